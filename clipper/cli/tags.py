"""``clipper tag``, ``clipper untag`` and ``clipper tags``: tagging and tag management.

Destructive commands (rename, merge, rm) first say how many clips they
touch and ask; ``--yes`` skips the question for scripts.
"""

from __future__ import annotations

from typing import Any

import click

from clipper.cli import common
from clipper.store.tags import TagUsage


def _usage_line(usage: TagUsage) -> str:
    """“china” is on 12 clips (10 by you, 2 by topics); 2 child tags: ..."""
    parts = []
    if usage.by_user:
        parts.append(f"{usage.by_user} by you")
    if usage.by_topic:
        parts.append(f"{usage.by_topic} by topics")
    if usage.by_bundle:
        parts.append(f"{usage.by_bundle} from bundles")
    split = f" ({', '.join(parts)})" if parts else ""
    line = f"“{usage.name}” is on {usage.clips} clip{'s' if usage.clips != 1 else ''}{split}"
    if usage.children:
        line += f"; child tags: {', '.join(usage.children)} ({usage.with_children} clips in all)"
    if usage.topic:
        line += "; it is a topic"
    return line + "."


def _usage_json(usage: TagUsage) -> dict[str, Any]:
    return {
        "name": usage.name,
        "clips": usage.clips,
        "with_children": usage.with_children,
        "by_user": usage.by_user,
        "by_topic": usage.by_topic,
        "by_bundle": usage.by_bundle,
        "children": list(usage.children),
        "topic": usage.topic,
        "origin": usage.origin,
        "color": usage.color,
    }


def _confirm(question: str, yes: bool) -> None:
    if not yes:
        click.confirm(question, abort=True, err=True)


@click.command()
@click.option("--query", "-q", help="Tag every clip that matches this search instead of UUIDs.")
@click.argument("args", nargs=-1, required=True)
@common.pass_ctx
def tag(ctx: common.Context, query: str | None, args: tuple[str, ...]) -> None:
    """Add tags: `clipper tag UUID TAG...` or `clipper tag --query QUERY TAG...`.

    Tags are created as needed; "/" makes a hierarchy (china/semiconductors).
    """
    with ctx.open() as lib:
        if query is not None:
            changes = lib.tag_query(query, list(args))
            click.echo(f"Tagged {len(changes.updated)} clips matching “{query}”.")
            return
        if len(args) < 2:
            raise click.UsageError(
                "Give a clip's UUID and at least one tag (or --query QUERY TAG...)."
            )
        lib.get(args[0], original=False)  # a clear message for an unknown UUID
        lib.tag([args[0]], list(args[1:]))


@click.command()
@click.option("--query", "-q", help="Untag every clip that matches this search instead of UUIDs.")
@click.argument("args", nargs=-1, required=True)
@common.pass_ctx
def untag(ctx: common.Context, query: str | None, args: tuple[str, ...]) -> None:
    """Remove tags: `clipper untag UUID TAG...` or `clipper untag --query QUERY TAG...`.

    Rules and suggestions never put a tag you removed back on that clip.
    """
    with ctx.open() as lib:
        if query is not None:
            changes = lib.untag_query(query, list(args))
            click.echo(f"Untagged {len(changes.updated)} clips matching “{query}”.")
            return
        if len(args) < 2:
            raise click.UsageError(
                "Give a clip's UUID and at least one tag (or --query QUERY TAG...)."
            )
        lib.get(args[0], original=False)
        lib.untag([args[0]], list(args[1:]))


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: [{name, count, color, origin}].")
@click.pass_context
def tags(click_ctx: click.Context, as_json: bool) -> None:
    """List tags with their clip counts, or manage them (rename, merge, rm...).

    Tags that came with an imported bundle are marked [bundle] until adopted.
    """
    if click_ctx.invoked_subcommand is not None:
        return
    ctx: common.Context = click_ctx.obj
    with ctx.open() as lib:
        found = lib.tags()
    if as_json:
        common.print_json(
            [
                {"name": t.name, "count": t.count, "color": t.color, "origin": t.origin}
                for t in found
            ]
        )
        return
    width = max((len(str(t.count)) for t in found), default=1)
    for t in found:
        mark = "  [bundle]" if t.origin == "bundle" else ""
        click.echo(f"{t.count:>{width}}  {t.name}{mark}")


@tags.command(name="show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the usage as JSON.")
@common.pass_ctx
def show(ctx: common.Context, name: str, as_json: bool) -> None:
    """Say how many clips carry a tag, by whom, and its children."""
    with ctx.open() as lib:
        usage = lib.tag_usage(name)
    if as_json:
        common.print_json(_usage_json(usage))
    else:
        click.echo(_usage_line(usage))


@tags.command()
@click.argument("old")
@click.argument("new")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@common.pass_ctx
def rename(ctx: common.Context, old: str, new: str, yes: bool) -> None:
    """Rename a tag (and its children); every clip keeps it under the new name."""
    with ctx.open() as lib:
        usage = lib.tag_usage(old)
        click.echo(_usage_line(usage), err=True)
        _confirm(f"Rename “{usage.name}” to “{new}”?", yes)
        changes = lib.rename_tag(old, new)
        click.echo(f"Renamed “{usage.name}” to “{new}” on {len(changes.updated)} clips.")


@tags.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@common.pass_ctx
def merge(ctx: common.Context, names: tuple[str, ...], yes: bool) -> None:
    """Merge tags: every clip of the sources moves to TARGET (once each); the sources are deleted.

    Typed as `clipper tags merge SOURCE... TARGET`: the last name is the one kept.
    """
    if len(names) < 2:
        raise click.UsageError("Give at least one source tag and the target tag.")
    sources, target = list(names[:-1]), names[-1]
    with ctx.open() as lib:
        for source in sources:
            click.echo(_usage_line(lib.tag_usage(source)), err=True)
        _confirm(f"Merge {', '.join(f'“{s}”' for s in sources)} into “{target}”?", yes)
        changes = lib.merge_tags(sources, target)
        click.echo(f"Merged into “{target}”: {len(changes.updated)} clips moved.")


@tags.command(name="rm")
@click.argument("names", nargs=-1, required=True)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@common.pass_ctx
def rm(ctx: common.Context, names: tuple[str, ...], yes: bool) -> None:
    """Delete tags from every clip (a topic's definition goes with its tag; child tags stay)."""
    with ctx.open() as lib:
        usages = [lib.tag_usage(n) for n in names]
        for usage in usages:
            click.echo(_usage_line(usage), err=True)
        _confirm(f"Delete {', '.join(f'“{u.name}”' for u in usages)}?", yes)
        for usage in usages:
            changes = lib.delete_tag(usage.name)
            click.echo(f"Deleted “{usage.name}” from {len(changes.updated)} clips.")


@tags.command()
@click.argument("names", nargs=-1, required=True)
@common.pass_ctx
def adopt(ctx: common.Context, names: tuple[str, ...]) -> None:
    """Make tags that came with a bundle your own."""
    with ctx.open() as lib:
        for name in names:
            lib.adopt_tag(name)


@tags.command()
@click.argument("name")
@click.argument("color", required=False)
@common.pass_ctx
def color(ctx: common.Context, name: str, color: str | None) -> None:
    """Set a tag's colour (#rrggbb), or clear it when COLOR is left out."""
    with ctx.open() as lib:
        lib.set_tag_color(name, color)


def register(cli: click.Group) -> None:
    """Add ``tag``, ``untag`` and ``tags`` to the ``clipper`` command."""
    cli.add_command(tag)
    cli.add_command(untag)
    cli.add_command(tags)
