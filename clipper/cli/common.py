"""What every command shares: opening the library, errors, JSON output."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from clipper.errors import UserError

if TYPE_CHECKING:
    from clipper.library import Library


class Context:
    """The group's options, handed to every command by click."""

    def __init__(self, library_arg: str | None) -> None:
        self.library_arg = library_arg

    @contextlib.contextmanager
    def open(self) -> Iterator[Library]:
        """Open the library for one command, and turn user errors into exit 1."""
        from clipper.library import Library

        with user_errors():
            if Library.needs_update(self.library_arg):
                click.echo(
                    "clipper: updating the library for this version (a copy of it is kept "
                    "beside it; about a second per 3,000 clips)...",
                    err=True,
                )
            lib = Library.open(self.library_arg)
            try:
                yield lib
            finally:
                lib.close()


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Print a ``UserError`` on one line of standard error and exit 1."""
    try:
        yield
    except UserError as err:
        click.echo(f"clipper: {err}", err=True)
        sys.exit(1)


def print_json(data: Any) -> None:
    """Write a JSON document on standard output, UTF-8, not escaped."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


pass_ctx = click.make_pass_decorator(Context)
