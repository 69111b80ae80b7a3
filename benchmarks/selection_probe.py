"""Copied HTML selections: headline, authors, date and text of the article a user selected.

Usage::

    python benchmarks/selection_probe.py [--cases 300] [--seed 5] [-v]

A browser puts the HTML of a selection on the clipboard between
``<!--StartFragment-->`` markers, with no ``<head>``: no title tag, no meta
tags, no JSON-LD. This probe builds ``--cases`` such selections per language (English,
German, French, Spanish, Chinese in simplified and in traditional characters,
Japanese, Korean) from the parts of ``header_probe.py``: perhaps a kicker, the ``h1``,
the byline and date in three shapes (two paragraphs, one line joined by " · ",
date first), perhaps a share row, then the paragraphs. It checks the headline,
the authors, the date, that every paragraph is kept, and that the headline and
byline are not left in the text.

Written during tuning (29 November): a tuning figure.
"""

from __future__ import annotations

import html
import random

from header_probe import LANGUAGES, Language, Tally, probe_args

from clipper.clean import clean_html


def build(language: Language, rng: random.Random) -> tuple[str, str, str, tuple[str, ...] | None]:
    """A selection's HTML, its headline, its byline and the authors it names."""
    title = rng.choice(language.titles)
    bylines = [b for b, names in language.bylines.items() if b and names]
    byline = rng.choice(bylines)
    date = rng.choice([d.strip() for d in language.dates if d.strip()])
    kicker = rng.choice(language.kickers).strip()
    parts = []
    if kicker and rng.random() < 0.5:
        parts.append(f'<p class="kicker">{html.escape(kicker)}</p>')
    parts.append(f"<h1>{html.escape(title)}</h1>")
    shape = rng.randrange(3)
    if shape == 0:
        parts.append(
            f'<p class="byline">{html.escape(byline)}</p><p><time>{html.escape(date)}</time></p>'
        )
    elif shape == 1:
        parts.append(f"<div>{html.escape(byline)} · {html.escape(date)}</div>")
    else:
        parts.append(f"<p>{html.escape(date)}</p><p>{html.escape(byline)}</p>")
    if rng.random() < 0.4:
        parts.append('<div class="share"><a>Facebook</a><a>Twitter</a><a>Email</a></div>')
    parts += [f"<p>{html.escape(p)}</p>" for p in language.prose]
    fragment = (
        "<html><body><!--StartFragment-->" + "".join(parts) + "<!--EndFragment--></body></html>"
    )
    return fragment, title, byline, language.bylines[byline]


def main() -> None:
    args = probe_args(__doc__ or "", 300, 5, "selections")
    rng = random.Random(args.seed)
    tally = Tally()
    for lang, language in LANGUAGES.items():
        for _ in range(args.cases):
            fragment, title, byline, authors = build(language, rng)
            article = clean_html(fragment)
            checks = {
                "headline": article.title == title,
                "authors": article.authors == authors,
                "date": (article.published or "").startswith("2024-03-04"),
                "paragraphs": all(p in article.text for p in language.prose),
                "no header": title not in article.text and byline not in article.text,
            }
            tally.add(lang, checks, fragment[28:])
    tally.print(("headline", "authors", "date", "paragraphs", "no header"), verbose=args.verbose)


if __name__ == "__main__":
    main()
