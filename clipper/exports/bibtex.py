r"""BibTeX (and biblatex): the bibliography format of LaTeX.

A clip from a named publication is an ``@article`` in that ``journal``; a
clip without one is an ``@online`` page. Both carry biblatex's ``date``,
``url`` and ``urldate`` beside classic BibTeX's ``year`` and ``month``, so
either toolchain cites it. Text is escaped for LaTeX with pylatexenc: the
specials (``# $ % & ~ _ ^ \ { }``) and accented letters become commands that
classic BibTeX, which reads bytes, also understands; characters that have no
LaTeX command (Chinese, Japanese) stay UTF-8 for biber and XeLaTeX. Titles
are wrapped in braces so styles do not change the case of a headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO
from urllib.parse import quote

from pylatexenc.latexencode import (  # type: ignore[import-untyped]
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from clipper.exports import common
from clipper.model import Clip

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENCODER = UnicodeToLatexEncoder(
    # A straight double quote stays one (braced, so BibTeX never reads it as
    # a field delimiter), not the closing curly quote pylatexenc makes of it.
    conversion_rules=[
        UnicodeToLatexConversionRule(RULE_DICT, {ord('"'): '"'}),
        "defaults",
    ],
    non_ascii_only=False,
    replacement_latex_protection="braces-all",
    unknown_char_policy="keep",
    unknown_char_warning=False,
)


def escape(text: str) -> str:
    """Text as LaTeX source that prints as the text (braces always balanced)."""
    return str(_ENCODER.unicode_to_latex(text))


def _url(url: str) -> str:
    """A URL safe inside braces: only what would unbalance them or break the line is encoded."""
    return quote(common.one_line(url), safe=":/?#[]@!$&'()*+,;=%~-._")


def _author(author: str) -> str:
    name = common.split_name(author)
    if name.literal:
        return "{" + escape(name.literal) + "}"  # kept whole, never inverted
    return f"{escape(name.family)}, {escape(name.given)}"


def entry(clip: Clip, key: str) -> str:
    """One clip as a BibTeX entry."""
    kind = "article" if clip.site else "online"
    fields: list[tuple[str, str]] = [("title", "{" + escape(common.one_line(clip.title)) + "}")]
    if clip.subtitle:
        fields.append(("subtitle", escape(common.one_line(clip.subtitle))))
    if clip.authors:
        fields.append(("author", " and ".join(_author(a) for a in clip.authors)))
    if clip.site:
        fields.append(("journal", escape(common.one_line(clip.site))))
    parts = common.date_parts(clip.published)
    if parts:
        fields.append(("date", common.iso_date(clip.published)))
        fields.append(("year", str(parts[0])))
    if clip.url:
        fields.append(("url", _url(clip.url)))
    if captured := common.iso_date(clip.captured):
        fields.append(("urldate", captured))
    if clip.lang:
        fields.append(("language", escape(clip.lang)))
    if clip.tags:
        fields.append(("keywords", escape(", ".join(clip.tags))))
    if clip.excerpt:
        fields.append(("abstract", escape(clip.excerpt)))
    if clip.notes.strip():
        # biblatex's annotation is not printed by the standard styles: a
        # researcher's private notes must not end up in a bibliography.
        fields.append(("annotation", escape(clip.notes.strip())))
    lines = [f"@{kind}{{{key},"]
    lines.extend(f"  {name} = {{{value}}}," for name, value in fields)
    if len(parts) > 1:
        lines.append(f"  month = {_MONTHS[parts[1] - 1]},")
    lines.append("}")
    return "\n".join(lines)


def write(clips: Sequence[Clip], out: TextIO, *, full_text: bool = False) -> int:
    """Write the clips as BibTeX entries (UTF-8; full text has no place here)."""
    keys = common.citation_keys(clips)
    for clip in clips:
        out.write(entry(clip, keys[clip.uuid]))
        out.write("\n\n")
    return len(clips)
