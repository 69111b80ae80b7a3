"""Commands on clips: add, import, search, show, list, rm."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from clipper.cli import common
from clipper.errors import DuplicateError, InputError
from clipper.model import Capture, Clip, SearchHit
from clipper.store.search import MARK_END, MARK_START


def clip_summary_json(clip: Clip) -> dict[str, Any]:
    """The shape of a clip in ``list`` (and ``search`` without snippet and score)."""
    return {
        "uuid": clip.uuid,
        "title": clip.title,
        "authors": list(clip.authors),
        "published": clip.published,
        "site": clip.site,
        "url": clip.url,
        "tags": list(clip.tags),
    }


def clip_full_json(clip: Clip, *, original: bool = False) -> dict[str, Any]:
    """Every field of a clip, for ``show --json``."""
    data: dict[str, Any] = {
        **clip_summary_json(clip),
        "subtitle": clip.subtitle,
        "lang": clip.lang,
        "canonical_url": clip.canonical_url,
        "excerpt": clip.excerpt,
        "word_count": clip.word_count,
        "text": clip.text,
        "html": clip.html,
        "notes": clip.notes,
        "captured": clip.captured,
        "updated": clip.updated,
        "duplicate_of": clip.duplicate_of,
        "removed": [{"text": r.text, "reason": r.reason} for r in clip.removed],
    }
    if original and clip.original is not None:
        data["original"] = {
            "kind": clip.original.kind,
            "name": clip.original.name,
            "content": clip.original.content,
        }
    return data


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """A search hit: the summary plus snippet (matches in [brackets]) and score."""
    snippet = hit.snippet.replace(MARK_START, "[").replace(MARK_END, "]")
    return {**clip_summary_json(hit.clip), "snippet": snippet, "score": round(hit.score, 4)}


def _read_input(source: str) -> tuple[Capture, str]:
    """A Capture from a file (any importable format) or standard input (text or HTML)."""
    if source == "-":
        from clipper.importers import decode

        data = sys.stdin.buffer.read()
        text = decode.decode(data, "standard input")
        if _looks_like_html(text):
            return Capture(kind="html", content=text), "standard input"
        return Capture(kind="text", content=text), "standard input"
    from clipper.importers import registry

    path = Path(source)
    captures = registry.read_path(path)
    if len(captures) != 1:
        raise InputError(
            f"{path.name} holds {len(captures)} articles; use `clipper import` for it."
        )
    return captures[0], path.name


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<p" in head and "</" in head)


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option("--url", help="The article's address, when the file does not say it.")
@click.option("--tag", "tags", multiple=True, help="Tag the new clip (repeatable).")
@click.option("--allow-duplicate", is_flag=True,
              help="Keep it even if it is already in the library.")
@click.option("--json", "as_json", is_flag=True, help="Print the new clip as JSON.")
@common.pass_ctx
def add(ctx: common.Context, source: str, url: str | None, tags: tuple[str, ...],
        allow_duplicate: bool, as_json: bool) -> None:
    """Capture one article from FILE (or - for standard input), cleaned.

    Prints the new clip's id. If the article is already in the library, says
    which clip it duplicates and exits 1.
    """
    with ctx.open() as lib:
        capture, _ = _read_input(source)
        if url:
            capture = Capture(capture.kind, capture.content, capture.name, url, capture.metadata,
                              capture.clean)
        try:
            clip = lib.add(capture, tags=tags, allow_duplicate=allow_duplicate)
        except DuplicateError as err:
            if as_json:
                common.print_json({"duplicate_of": err.existing_uuid})
            click.echo(f"clipper: {err}", err=True)
            sys.exit(1)
        if as_json:
            common.print_json(clip_full_json(clip))
        else:
            click.echo(clip.uuid)


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--tag", "tags", multiple=True, help="Tag every imported clip (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@common.pass_ctx
def import_(ctx: common.Context, paths: tuple[str, ...], tags: tuple[str, ...],
            as_json: bool) -> None:
    """Import files and folders in bulk (HTML, MHTML, TXT, Markdown, EML, bundles...).

    Shows a progress bar on a terminal and ends with a summary: imported,
    already present, failed with the reason for each.
    """
    from tqdm import tqdm

    with ctx.open() as lib:
        bar: tqdm[Any] | None = None

        def progress(done: int, total: int, current: str) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(total=total, unit="file", disable=not sys.stderr.isatty() or as_json)
            bar.n = done
            bar.set_postfix_str(Path(current).name[-30:] if current else "", refresh=True)

        summary = lib.import_paths(list(paths), tags=tags, progress=progress)
        if bar is not None:
            bar.close()
    if as_json:
        common.print_json({
            "added": list(summary.added),
            "updated": list(summary.updated),
            "merged": list(summary.merged),
            "skipped": list(summary.skipped),
            "duplicates": [{"source": s, "duplicate_of": u} for s, u in summary.duplicates],
            "failed": [{"path": f.path, "reason": f.reason} for f in summary.failed],
        })
    else:
        click.echo(
            f"Imported {len(summary.added)}, already present {len(summary.duplicates)}, "
            f"updated {len(summary.updated)}, merged {len(summary.merged)}, "
            f"failed {len(summary.failed)}."
        )
        for failure in summary.failed:
            click.echo(f"  failed: {failure.path}: {failure.reason}")
    if summary.failed and not (
        summary.added or summary.duplicates or summary.updated or summary.merged
    ):
        sys.exit(1)


@click.command()
@click.argument("query", nargs=-1)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--sort", type=click.Choice(["relevance", "published", "captured"]),
              default="relevance", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the hits as a JSON list.")
@common.pass_ctx
def search(ctx: common.Context, query: tuple[str, ...], limit: int, sort: str,
           as_json: bool) -> None:
    # Not a raw docstring: click's no-rewrap marker is the backspace character "\b" itself.
    """Search the library.

    The query language (see docs/query-language.md):

    \b
      words ANDed, "exact phrase", a OR b, -word, -"phrase", prefix*, ( )
      title:  author:  notes:  tag:"name" (with children)  site:example.com
      lang:de  after:2024-01-01  before:2024-03-31  year:2024
      is:untagged  is:tagged  is:duplicate  is:incomplete  is:annotated
    """  # noqa: D301
    text = " ".join(query)
    with ctx.open() as lib:
        result = lib.search(text, sort=sort, limit=limit)  # type: ignore[arg-type]
    if as_json:
        common.print_json([hit_json(h) for h in result.hits])
        return
    for hit in result.hits:
        clip = hit.clip
        meta = " · ".join(
            x for x in (clip.site, ", ".join(clip.authors), (clip.published or "")[:10]) if x
        )
        click.echo(click.style(clip.title or "(untitled)", bold=True) + f"  {clip.uuid}")
        if meta:
            click.echo(f"  {meta}")
        snippet = hit.snippet.replace("\n", " ")
        snippet = snippet.replace(MARK_START, "\x1b[1m" if sys.stdout.isatty() else "[")
        snippet = snippet.replace(MARK_END, "\x1b[0m" if sys.stdout.isatty() else "]")
        if snippet:
            click.echo(f"  {snippet}")
    click.echo(f"{result.total} clip{'s' if result.total != 1 else ''} "
               f"({result.seconds * 1000:.0f} ms)", err=True)


@click.command()
@click.argument("uuid")
@click.option("--json", "as_json", is_flag=True, help="Print every field as JSON.")
@click.option("--original", is_flag=True, help="Show the original as captured instead.")
@common.pass_ctx
def show(ctx: common.Context, uuid: str, as_json: bool, original: bool) -> None:
    """Show one clip: its metadata and clean text (or the original)."""
    with ctx.open() as lib:
        clip = lib.get(uuid)
    if as_json:
        common.print_json(clip_full_json(clip, original=original))
        return
    if original:
        click.echo(clip.original.content if clip.original else "")
        return
    click.echo(click.style(clip.title or "(untitled)", bold=True))
    if clip.subtitle:
        click.echo(clip.subtitle)
    for label, value in (
        ("Authors", ", ".join(clip.authors)), ("Published", clip.published), ("Site", clip.site),
        ("URL", clip.url), ("Language", clip.lang), ("Tags", ", ".join(clip.tags)),
        ("Captured", clip.captured),
    ):
        if value:
            click.echo(f"{label}: {value}")
    click.echo()
    click.echo(clip.text)
    if clip.notes:
        click.echo("\nNotes:\n" + clip.notes)


@click.command(name="list")
@click.option("--limit", default=0, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--sort", type=click.Choice(["captured", "published", "title", "site"]),
              default="captured", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the clips as a JSON list.")
@common.pass_ctx
def list_(ctx: common.Context, limit: int, sort: str, as_json: bool) -> None:
    """List the clips in the library, newest first."""
    with ctx.open() as lib:
        uuids = lib.search_uuids("", sort=sort, descending=sort in ("captured", "published"))
        if limit:
            uuids = uuids[:limit]
        clips = lib.summaries(uuids)
    if as_json:
        common.print_json([clip_summary_json(c) for c in clips])
        return
    for clip in clips:
        date = (clip.published or "")[:10]
        click.echo(f"{clip.uuid}  {date:10}  {clip.title or '(untitled)'}")


@click.command()
@click.argument("uuids", nargs=-1, required=True)
@common.pass_ctx
def rm(ctx: common.Context, uuids: tuple[str, ...]) -> None:
    """Delete clips by id."""
    with ctx.open() as lib:
        gone, _ = lib.delete(list(uuids))
    click.echo(f"Deleted {len(gone)} clip{'s' if len(gone) != 1 else ''}.")


def register(cli: click.Group) -> None:
    """Add this module's commands to the ``clipper`` group."""
    for command in (add, import_, search, show, list_, rm):
        cli.add_command(command)
