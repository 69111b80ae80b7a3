"""``clipper clean``: show what Clipper makes of a page or a paste, as JSON.

It touches no library: it reads one file (or standard input), cleans it and
prints the ``Article`` contract (docs/json-output.md), so other tools can use
Clipper's cleaner and users can see what a capture would keep and drop.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from clipper.cli import common
from clipper.errors import InputError

# A document that opens with markup, or carries several common block tags, is HTML.
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|"
    r"article|section|span|table|h[1-6]|ul|ol|main|header|a|img|br|b|i|em|strong)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|li|h[1-6]|table|td|img|article|section)\b[^>]*>",
                       re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether text is markup rather than a paste (a paste may mention "<p>" once)."""
    head = text[:4000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 5


def _read(source: str) -> tuple[str, str]:
    """The decoded text of FILE or standard input, and a name for messages."""
    from clipper.importers import decode

    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except FileNotFoundError as err:
            raise InputError(f"{source}: no such file.") from err
        except IsADirectoryError as err:
            raise InputError(f"{source}: is a folder, not a file.") from err
        except OSError as err:
            raise InputError(f"{source}: cannot be read ({err.strerror or err}).") from err
        name = source
    if not data.strip():
        raise InputError(f"{name}: is empty; there is nothing to clean.")
    return decode.decode(data, name), name


@click.command("clean")
@click.argument("source", metavar="FILE|-", default="-")
@click.option("--url", help="Where the page came from (gives the site name, sometimes the date).")
@click.option("--html", "kind", flag_value="html", help="Treat the input as HTML.")
@click.option("--text", "kind", flag_value="text", help="Treat the input as pasted plain text.")
def clean(source: str, url: str | None, kind: str | None) -> None:
    """Clean a web page or pasted text and print the article as JSON.

    FILE is an HTML page or a text file ("-" or nothing reads standard input).
    Without --html or --text the kind is guessed from the content. The output
    holds title, subtitle, authors, published, site, url, lang, text, html,
    excerpt, the removed blocks with their reasons, and the candidates found
    for each field.
    """
    from clipper import clean as cleaning
    from clipper.importers import html as html_importer

    with common.user_errors():
        content, name = _read(source)
        if kind is None:
            kind = "html" if looks_like_html(content) or name.lower().endswith(
                (".html", ".htm", ".xhtml")) else "text"
        try:
            if kind == "html":
                # A saved page's own note of its address, as importing it reads it.
                url = url or html_importer.source_url(content)
                article = cleaning.clean_html(content, url=url)
            else:
                article = cleaning.clean_text(content, url=url)
        except InputError as err:
            raise InputError(f"{name}: {err}") from err
        common.print_json(article.to_json())


def register(cli: click.Group) -> None:
    """Add ``clean`` to the ``clipper`` command group."""
    cli.add_command(clean)
