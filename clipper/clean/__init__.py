"""Cleaning: pure functions from what the user captured to an ``Article``.

``clean_text`` handles plain text as a browser's select-all and copy produces
it; ``clean_html`` handles whole pages and clipboard fragments. Both are pure:
no I/O, no database, no globals, so they are tested and benchmarked alone.
"""

from __future__ import annotations

from clipper.model import Article


def clean_text(text: str, url: str | None = None) -> Article:
    """Clean pasted plain text into an article (see ``clipper.clean.text``)."""
    from clipper.clean import text as text_cleaner

    return text_cleaner.clean_text(text, url=url)


def clean_html(html: str, url: str | None = None) -> Article:
    """Clean a page or an HTML fragment into an article (see ``clipper.clean.html``)."""
    from clipper.clean import html as html_cleaner

    return html_cleaner.clean_html(html, url=url)
