"""``clipper export``: bundles to share with colleagues, and research formats.

``clipper import FILE.clipbundle`` (in ``clipper.cli.clips``) reads bundles
back: ``Library.import_paths`` hands them to the bundle import.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from clipper.cli import common
from clipper.exports import registry

FORMAT_NAMES = list(registry.FORMATS)


@click.command()
@click.argument("query", nargs=-1)
@click.option(
    "--bundle",
    "bundle",
    type=click.Path(dir_okay=False, writable=True),
    help="Write a .clipbundle (clips whole, with originals, tags, notes and topics).",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(FORMAT_NAMES, case_sensitive=False),
    help="Write a research format instead of a bundle.",
)
@click.option(
    "--out",
    "out",
    type=click.Path(),
    help="The file (the folder for markdown) to write; standard output if left out.",
)
@click.option("--full-text", is_flag=True, help="Include each clip's text (csv and jsonl).")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@common.pass_ctx
def export(
    ctx: common.Context,
    query: tuple[str, ...],
    bundle: str | None,
    format_: str | None,
    out: str | None,
    full_text: bool,
    as_json: bool,
) -> None:
    r"""Export the library, or the clips matching QUERY, to share or to cite.

    \b
    A bundle for a colleague's Clipper (they import it with `clipper import`):
      clipper export --bundle chips.clipbundle tag:"tech self-reliance"
    A research format (csl-json, ris, bibtex, csv, jsonl, markdown):
      clipper export --format bibtex --out refs.bib year:2024
      clipper export --format csv --full-text --out clips.csv
      clipper export --format markdown --out ~/Vault/Clips   (one note per clip)
    QUERY is in the search language (see `clipper search --help`); without
    one, every clip is exported.
    """
    if bool(bundle) == bool(format_):
        raise click.UsageError("Give either --bundle FILE or --format NAME.")
    if bundle and (out or full_text):
        raise click.UsageError(
            "--out and --full-text go with --format; a bundle always holds everything."
        )
    text = " ".join(query)
    with ctx.open() as lib:
        if bundle:
            path = Path(bundle).expanduser()
            count = lib.export_bundle(path, text, progress=_progress_bar(as_json))
            _report(as_json, count, str(path), "bundle")
            return
        assert format_ is not None
        fmt = registry.get(format_)
        if out is None and fmt.folder:
            raise click.UsageError(
                f"The {format_} export writes one file per clip: give a folder with --out."
            )
        if out is None:
            lib.export(fmt.name, sys.stdout, text, full_text=full_text)
            sys.stdout.flush()
            return
        count = lib.export(fmt.name, Path(out), text, full_text=full_text)
        _report(as_json, count, str(Path(out).expanduser()), fmt.name)


def _report(as_json: bool, count: int, path: str, what: str) -> None:
    if as_json:
        common.print_json({"exported": count, "path": path, "format": what})
    else:
        click.echo(f"Exported {count} clip{'s' if count != 1 else ''} to {path}.", err=True)


def _progress_bar(as_json: bool) -> Any:
    """A progress callback drawing a bar on a terminal's standard error."""
    from tqdm import tqdm

    bar: Any = None

    def progress(done: int, total: int, current: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="clip", disable=not sys.stderr.isatty() or as_json)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return progress


def register(cli: click.Group) -> None:
    """Add ``export`` to the ``clipper`` command."""
    cli.add_command(export)
