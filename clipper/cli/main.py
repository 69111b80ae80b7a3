"""The ``clipper`` command: a thin shell over ``clipper.library``.

Each command parses its arguments, opens the library, makes one facade call
and formats the result (``--json`` for other programs). User errors print one
line on standard error and exit 1; click's usage errors exit 2.
"""

from __future__ import annotations

import importlib
import sys

import click

import clipper
from clipper.cli import common

# Modules that each add their commands to the group; one per area so several
# people can work on the command line without touching the same file.
COMMAND_MODULES = (
    "clipper.cli.clips",
    "clipper.cli.clean",
    "clipper.cli.tags",
    "clipper.cli.topics",
    "clipper.cli.share",
    "clipper.cli.maintenance",
)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(clipper.__version__, "-V", "--version", prog_name="clipper")
@click.option(
    "--library",
    "library",
    type=click.Path(dir_okay=False),
    envvar="CLIPPER_LIBRARY",
    help="The library file (default: Clipper/library.db in your data folder).",
)
@click.pass_context
def cli(ctx: click.Context, library: str | None) -> None:
    """Clipper keeps the news articles you follow: capture, clean, tag, search, share.

    With no command, opens the window on the library.
    """
    ctx.obj = common.Context(library)
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@click.option(
    "--library",
    "library",
    type=click.Path(dir_okay=False),
    help="The library file (also accepted before the command).",
)
@click.pass_obj
def gui(obj: common.Context, library: str | None) -> None:
    """Open the Clipper window on the library."""
    from clipper.gui import app

    sys.exit(app.main(library=library or obj.library_arg, argv=[]))


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue  # that area has no commands yet
            raise
        module.register(cli)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="clipper")
