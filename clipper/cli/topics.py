"""``clipper topics`` (define, apply, undo) and ``clipper suggest`` (learned tags)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import click

from clipper.cli import common
from clipper.model import Topic
from clipper.topics.apply import ApplyPlan

TERM_HELP = 'A signal term: "[facet:] words[*] [^weight]" (repeat; see docs/topics.md).'


def _topic_json(topic: Topic, color: str | None) -> dict[str, Any]:
    return {
        **dataclasses.asdict(topic),
        "terms": list(topic.terms),
        "exclude": list(topic.exclude),
        "color": color,
    }


def _plan_json(plan: ApplyPlan) -> dict[str, Any]:
    def change(c: Any) -> dict[str, Any]:
        return {"uuid": c.uuid, "title": c.title, "score": c.score, "reasons": list(c.reasons)}

    return {
        "topic": plan.topic,
        "gain": [change(c) for c in plan.gain],
        "lose": [change(c) for c in plan.lose],
        "unchanged": plan.unchanged,
        "kept_by_user": plan.kept_by_user,
        "rejected": plan.rejected,
    }


def _print_plan(plan: ApplyPlan, *, verbose: bool) -> None:
    click.echo(
        f"“{plan.topic}”: {len(plan.gain)} clips would gain the tag, "
        f"{len(plan.lose)} would lose it "
        f"({plan.unchanged} already tagged, {plan.kept_by_user} tagged by you and left alone, "
        f"{plan.rejected} where you removed it)."
    )
    for sign, items in (("+", plan.gain), ("-", plan.lose)):
        for c in items:
            click.echo(f"  {sign} {c.uuid}  {c.score:6.1f}  {c.title}")
            if verbose:
                for reason in c.reasons:
                    click.echo(f"        {reason}")


@click.group()
def topics() -> None:
    """Topics: tags with a definition that Clipper applies by itself.

    A topic has terms that signal it (any language), terms that rule it out,
    an optional search query and a threshold. New clips are tagged on
    capture; `clipper topics apply` revises the whole library, undoably.
    """


@topics.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print every topic as JSON.")
@common.pass_ctx
def list_(ctx: common.Context, as_json: bool) -> None:
    """List the topics with their thresholds and clip counts."""
    with ctx.open() as lib:
        found = lib.topics()
        counts = {t.name.casefold(): t.count for t in lib.tags()}
        if as_json:
            common.print_json([_topic_json(t, lib.topic_color(t.name)) for t in found])
            return
        for t in found:
            state = "" if t.enabled else "  (disabled)"
            count = counts.get(t.name.casefold(), 0)
            click.echo(
                f"{count:>5}  {t.name}  [threshold {t.threshold:g}, {len(t.terms)} terms]{state}"
            )


@topics.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the topic as JSON.")
@common.pass_ctx
def show(ctx: common.Context, name: str, as_json: bool) -> None:
    """Show a topic's whole definition."""
    with ctx.open() as lib:
        topic = lib.topic(name)
        color = lib.topic_color(topic.name)
        if as_json:
            common.print_json(_topic_json(topic, color))
            return
        click.echo(lib.export_topics([topic.name]).split("\n", 2)[2].rstrip())


def _edit_options(func: Any) -> Any:
    for option in reversed(
        [
            click.option("--description", "-d", help="What the topic is about, in words."),
            click.option("--term", "-t", "terms", multiple=True, help=TERM_HELP),
            click.option(
                "--exclude",
                "-x",
                "exclude",
                multiple=True,
                help="A term that rules the topic out (repeat).",
            ),
            click.option("--query", "-q", help="An extra condition in the search language."),
            click.option(
                "--threshold", type=float, help="The score from which the tag is applied."
            ),
            click.option("--color", help="The tag's colour, #rrggbb."),
        ]
    ):
        func = option(func)
    return func


@topics.command()
@click.argument("name")
@_edit_options
@common.pass_ctx
def add(
    ctx: common.Context,
    name: str,
    description: str | None,
    terms: tuple[str, ...],
    exclude: tuple[str, ...],
    query: str | None,
    threshold: float | None,
    color: str | None,
) -> None:
    """Create a topic: `clipper topics add NAME -t "term" -t "other ^2" --threshold 3`."""
    if not terms:
        raise click.UsageError("A topic needs at least one --term.")
    with ctx.open() as lib:
        if name.casefold() in {t.name.casefold() for t in lib.topics()}:
            raise click.UsageError(f"A topic named “{name}” exists; use `clipper topics edit`.")
        topic = Topic(name, description or "", terms, exclude, query or "", threshold or 1.0)
        lib.save_topic(topic, color=color)


@topics.command()
@click.argument("name")
@_edit_options
@click.option(
    "--add-term", "add_terms", multiple=True, help="Add a signal term, keeping the others."
)
@click.option(
    "--remove-term", "remove_terms", multiple=True, help="Remove a signal term (as written)."
)
@click.option("--rename", help="A new name for the topic (and its tag).")
@click.option("--enable/--disable", default=None, help="Switch automatic tagging on or off.")
@common.pass_ctx
def edit(
    ctx: common.Context,
    name: str,
    description: str | None,
    terms: tuple[str, ...],
    exclude: tuple[str, ...],
    query: str | None,
    threshold: float | None,
    color: str | None,
    add_terms: tuple[str, ...],
    remove_terms: tuple[str, ...],
    rename: str | None,
    enable: bool | None,
) -> None:
    """Change a topic; options left out keep their value (--term replaces all terms)."""
    with ctx.open() as lib:
        old = lib.topic(name)
        new_terms = list(terms or old.terms)
        new_terms = [t for t in new_terms if t not in set(remove_terms)] + list(add_terms)
        topic = Topic(
            name=rename or old.name,
            description=old.description if description is None else description,
            terms=tuple(new_terms),
            exclude=exclude or old.exclude,
            query=old.query if query is None else query,
            threshold=old.threshold if threshold is None else threshold,
            enabled=old.enabled if enable is None else enable,
        )
        lib.save_topic(topic, color=color, rename_from=old.name if rename else None)


@topics.command(name="rm")
@click.argument("name")
@click.option("--with-tag", is_flag=True, help="Also delete the tag from every clip.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@common.pass_ctx
def rm(ctx: common.Context, name: str, with_tag: bool, yes: bool) -> None:
    """Delete a topic's definition; its tag stays on the clips unless --with-tag."""
    with ctx.open() as lib:
        topic = lib.topic(name)
        if with_tag:
            usage = lib.tag_usage(topic.name)
            click.echo(
                f"“{usage.name}” is on {usage.clips} clips; the tag goes from all of them.",
                err=True,
            )
            if not yes:
                click.confirm(f"Delete the topic “{topic.name}” and its tag?", abort=True, err=True)
        lib.delete_topic(topic.name, with_tag=with_tag)


@topics.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--keep-existing", is_flag=True, help="Leave topics already in the library as they are."
)
@common.pass_ctx
def import_(ctx: common.Context, files: tuple[str, ...], keep_existing: bool) -> None:
    """Import topics from TOML files (see docs/topics.md for the format)."""
    with ctx.open() as lib:
        for file in files:
            names = lib.import_topics_file(Path(file), replace=not keep_existing)
            click.echo(f"{file}: {', '.join(names)}")


@topics.command()
@click.argument("names", nargs=-1)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False),
    help="Write to this file instead of standard output.",
)
@common.pass_ctx
def export(ctx: common.Context, names: tuple[str, ...], out: str | None) -> None:
    """Export topics (all, or those named) as TOML."""
    with ctx.open() as lib:
        text = lib.export_topics(list(names) or None)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@topics.command()
@click.argument("names", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Apply every enabled topic.")
@click.option("--dry-run", "-n", is_flag=True, help="Say what would change; change nothing.")
@click.option("--verbose", "-v", is_flag=True, help="List the reasons for each clip.")
@click.option("--json", "as_json", is_flag=True, help="Print the plans (and the run id) as JSON.")
@common.pass_ctx
def apply(
    ctx: common.Context,
    names: tuple[str, ...],
    all_: bool,
    dry_run: bool,
    verbose: bool,
    as_json: bool,
) -> None:
    """Apply topics to the whole library: tag the clips that fit, untag those that no longer fit.

    Only tags a topic set are taken off again; tags you set or removed by hand
    are never changed. Undo with `clipper topics undo`.
    """
    with ctx.open() as lib:
        chosen = (
            [t.name for t in lib.topics() if t.enabled]
            if all_
            else [lib.topic(n).name for n in names]
        )
        if not chosen:
            raise click.UsageError("Name a topic to apply, or use --all.")
        if dry_run:
            plans = [lib.plan_topic(n) for n in chosen]
            run = None
        else:
            run, plans, _ = lib.apply_topics(chosen)
    if as_json:
        common.print_json({"run": run, "dry_run": dry_run, "plans": [_plan_json(p) for p in plans]})
        return
    for plan in plans:
        _print_plan(plan, verbose=verbose)
    if run is not None:
        click.echo(f"Applied as run {run}; `clipper topics undo {run}` puts everything back.")


@topics.command()
@click.argument("run", type=int, required=False)
@common.pass_ctx
def undo(ctx: common.Context, run: int | None) -> None:
    """Undo a topic run (the latest by default) as one step."""
    with ctx.open() as lib:
        changes = lib.undo_topic_run(run)
    click.echo(f"Undone; {len(changes.updated)} clips restored.")


@topics.command()
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON.")
@common.pass_ctx
def runs(ctx: common.Context, as_json: bool) -> None:
    """List the latest topic runs (what `undo` can take back)."""
    with ctx.open() as lib:
        found = lib.topic_runs()
    if as_json:
        common.print_json(
            [
                {
                    "id": r.id,
                    "created": r.created,
                    "topics": list(r.topics),
                    "undone": r.undone,
                    "changes": [dataclasses.asdict(c) for c in r.changes],
                }
                for r in found
            ]
        )
        return
    for r in found:
        added = sum(c.action == "add" for c in r.changes)
        state = f"  undone {r.undone}" if r.undone else ""
        click.echo(
            f"{r.id:>4}  {r.created}  {', '.join(r.topics)}: "
            f"+{added} -{len(r.changes) - added}{state}"
        )


@topics.command()
@click.argument("name")
@click.argument("uuid")
@common.pass_ctx
def explain(ctx: common.Context, name: str, uuid: str) -> None:
    """Say why a clip does or does not fit a topic, term by term."""
    with ctx.open() as lib:
        score = lib.explain_topic(name, uuid)
    verdict = (
        "fits" if score.applies else ("is borderline for" if score.borderline else "does not fit")
    )
    click.echo(f"{uuid} {verdict} “{score.topic}”.")
    for reason in score.reasons():
        click.echo(f"  {reason}")


_SUGGEST_OPTIONS = [
    click.option("--untagged", is_flag=True, help="Only clips without any tag."),
    click.option("--limit", default=3, show_default=True, help="Suggestions per clip."),
    click.option("--json", "as_json", is_flag=True, help="Print suggestions as JSON."),
]


def _suggest_options(func: Any) -> Any:
    for option in reversed(_SUGGEST_OPTIONS):
        func = option(func)
    return func


@click.group(invoke_without_command=True)
@_suggest_options
@click.pass_context
def suggest(click_ctx: click.Context, untagged: bool, limit: int, as_json: bool) -> None:
    """Tags learned from how you tagged, for every clip (or `suggest show UUID...`).

    Each suggestion comes with its score, the terms behind it and the most
    similar clips that carry the tag. Accept or reject them with
    `clipper suggest accept|reject UUID TAG...`; a rejected tag is never
    suggested for that clip again, and teaches the model.
    """
    if click_ctx.invoked_subcommand is None:
        _show(click_ctx.obj, (), untagged, limit, as_json)


@suggest.command(name="show")
@click.argument("uuids", nargs=-1)
@_suggest_options
@common.pass_ctx
def show_suggestions(
    ctx: common.Context, uuids: tuple[str, ...], untagged: bool, limit: int, as_json: bool
) -> None:
    """Suggestions for the clips named (all clips when none)."""
    _show(ctx, uuids, untagged, limit, as_json)


def _show(
    ctx: common.Context, uuids: tuple[str, ...], untagged: bool, limit: int, as_json: bool
) -> None:
    with ctx.open() as lib:
        for uuid in uuids:
            lib.get(uuid, original=False)
        found = lib.suggest_tags(list(uuids) or None, limit=limit, untagged_only=untagged)
        titles = {
            c.uuid: c.title
            for c in lib.summaries(list({u for s in found for u in (s.uuid, *s.similar)}))
        }
    if as_json:
        common.print_json(
            [
                {
                    "uuid": s.uuid,
                    "tag": s.tag,
                    "score": s.score,
                    "terms": list(s.terms),
                    "similar": list(s.similar),
                    "reasons": list(s.reasons(titles)),
                }
                for s in found
            ]
        )
        return
    if not found:
        click.echo("No suggestions (a tag is learned once a few clips carry it).")
    for s in found:
        click.echo(f"{s.uuid}  {s.score:.2f}  {s.tag}  — {titles.get(s.uuid, '')}")
        for reason in s.reasons(titles)[1:]:
            click.echo(f"      {reason}")


@suggest.command()
@click.argument("uuid")
@click.argument("tags", nargs=-1, required=True)
@common.pass_ctx
def accept(ctx: common.Context, uuid: str, tags: tuple[str, ...]) -> None:
    """Accept suggested tags for a clip (they become your own tags)."""
    with ctx.open() as lib:
        lib.get(uuid, original=False)
        lib.accept_suggestions([(uuid, t) for t in tags])


@suggest.command()
@click.argument("uuid")
@click.argument("tags", nargs=-1, required=True)
@common.pass_ctx
def reject(ctx: common.Context, uuid: str, tags: tuple[str, ...]) -> None:
    """Reject suggested tags for a clip: never suggested for it again."""
    with ctx.open() as lib:
        lib.reject_suggestions([(uuid, t) for t in tags])


def register(cli: click.Group) -> None:
    """Add ``topics`` and ``suggest`` to the ``clipper`` command."""
    cli.add_command(topics)
    cli.add_command(suggest)
