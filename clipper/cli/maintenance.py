"""Commands that keep a library safe: backup, backups, restore, check.

``restore`` must work when the library will not open at all, so it never
opens it through ``Context.open``; it goes through ``Library.restore_backup``,
which verifies the backup and keeps a copy of what it replaces.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from clipper import paths
from clipper.cli import common


def _existing(ctx: common.Context) -> None:
    """Refuse to check or copy a library that is not there (opening would create it)."""
    library = paths.library_path(ctx.library_arg)
    if not library.exists():
        click.echo(f"clipper: There is no library at {library}.", err=True)
        sys.exit(1)


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the backup's path as JSON.")
@common.pass_ctx
def backup(ctx: common.Context, path: Path | None, as_json: bool) -> None:
    """Copy the library to PATH (a file or a folder), safely even while it is in use.

    Without PATH the copy goes to the backups folder beside the library.
    The copy is made with SQLite's online backup and checked before it is kept.
    """
    _existing(ctx)
    with ctx.open() as lib:
        target = lib.backup(path)
    if as_json:
        common.print_json({"backup": str(target), "size": target.stat().st_size})
    else:
        click.echo(f"Backed up to {target}")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the backups as a JSON list.")
@common.pass_ctx
def backups(ctx: common.Context, as_json: bool) -> None:
    """List the library's backups, newest first (works when the library will not open)."""
    from clipper.library import Library

    with common.user_errors():
        found = Library.backups_of(ctx.library_arg)
    if as_json:
        common.print_json([
            {"path": str(b.path), "kind": b.kind, "created": b.created.isoformat(), "size": b.size}
            for b in found
        ])
        return
    if not found:
        click.echo(f"No backups of {paths.library_path(ctx.library_arg)} yet.")
    for b in found:
        click.echo(f"{b.created:%Y-%m-%d %H:%M}  {b.kind:<14} {_size(b.size):>9}  {b.path}")


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
@common.pass_ctx
def restore(ctx: common.Context, path: Path, yes: bool, as_json: bool) -> None:
    """Replace the library with the backup at PATH.

    The backup is checked first, and the library it replaces is kept in the
    backups folder, so a restore can be undone with another restore.
    Close Clipper's window on this library first.
    """
    from clipper.library import Library

    library = paths.library_path(ctx.library_arg)
    if not yes:
        click.confirm(f"Replace {library} with {path}? (A copy of it is kept first.)",
                      abort=True, err=True)
    with common.user_errors():
        kept = Library.restore_backup(library, path)
    if as_json:
        common.print_json({"library": str(library), "restored_from": str(path),
                           "kept": str(kept) if kept else None})
        return
    click.echo(f"Restored {library} from {path}.")
    if kept is not None:
        click.echo(f"What it replaced is kept as {kept}")


@click.command()
@click.option("--repair", is_flag=True, help="Rebuild the search index from the clips first.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@common.pass_ctx
def check(ctx: common.Context, repair: bool, as_json: bool) -> None:
    """Check the library file, its search index and its counts; exit 1 on a problem."""
    _existing(ctx)
    with ctx.open() as lib:
        health = lib.check(repair=repair)
    report: dict[str, Any] = {
        "library": str(health.path),
        "ok": health.ok,
        "schema_version": health.schema_version,
        "size": health.size,
        "clips": health.clips,
        "originals": health.originals,
        "clips_without_original": health.clips_without_original,
        "index_rows": health.index_rows,
        "tags": health.tags,
        "problems": list(health.problems),
    }
    if as_json:
        common.print_json(report)
    else:
        click.echo(f"Library:   {health.path} "
                   f"(schema {health.schema_version}, {_size(health.size)})")
        click.echo(f"Clips:     {health.clips} ({health.originals} originals, "
                   f"{health.index_rows} in the search index)")
        click.echo(f"Tags:      {health.tags}")
        for problem in health.problems:
            click.echo(f"Problem:   {problem}")
        click.echo("Everything is sound." if health.ok else "Problems found.")
    if not health.ok:
        sys.exit(1)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def register(cli: click.Group) -> None:
    """Add the maintenance commands to the ``clipper`` group."""
    for command in (backup, backups, restore, check):
        cli.add_command(command)
