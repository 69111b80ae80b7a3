"""Copied HTML selections: headline, authors, date and text of the article a user selected.

Usage::

    python benchmarks/selection_probe.py [--cases 300] [--seed 5] [-v]

A browser puts the HTML of a selection on the clipboard between
``<!--StartFragment-->`` markers, with no ``<head>``: no title tag, no meta
tags, no JSON-LD. This probe builds ``--cases`` such selections per language (English,
German, French, Spanish, Chinese in simplified and in traditional characters,
Japanese, Korean) from the parts of ``header_probe.py``: perhaps a kicker, the ``h1``,
the byline and date in three shapes (two paragraphs, one line joined by " · ",
date first), perhaps a standfirst in an ``h2``, a share row, a photo with its
caption, then the paragraphs with perhaps an advertisement's label and a
linked "read more" line between them (``body_probe.py``'s boxes). It checks
the headline, the authors, the date, that every paragraph is kept, and that
the headline, byline and boxes are not left in the text.

Written during tuning (29 November): a tuning figure. ``--more`` runs nine
languages the rules were not written on instead (``header_languages.py``,
``body_languages.py``).
"""

from __future__ import annotations

import html
import random

from body_probe import BOXES
from header_probe import LANGUAGES, Language, Tally, probe_args

from clipper.clean import clean_html


def build(
    language: Language, rng: random.Random, boxes: tuple[str, ...] = ()
) -> tuple[str, str, str, tuple[str, ...] | None, list[str]]:
    """A selection's HTML, its headline, its byline, the authors it names, the boxes put in."""
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
    dek = rng.choice(language.deks).strip()
    if dek and rng.random() < 0.4:
        parts.insert(
            parts.index(f"<h1>{html.escape(title)}</h1>") + 1, f"<h2>{html.escape(dek)}</h2>"
        )
    if rng.random() < 0.4:
        parts.append('<div class="share"><a>Facebook</a><a>Twitter</a><a>Email</a></div>')
    if rng.random() < 0.3:
        parts.append(
            '<figure><img src="pipes.jpg" alt=""><figcaption>Workers inspect a pipe near the '
            "station. (Anna Schmidt/City Press)</figcaption></figure>"
        )
    added: list[str] = []
    for i, paragraph in enumerate(language.prose):
        parts.append(f"<p>{html.escape(paragraph)}</p>")
        if boxes and i < len(language.prose) - 1 and rng.random() < 0.25:
            box = boxes[rng.randrange(min(2, len(boxes)))]  # the advertisement, "read more"
            added.append(box)
            parts.append(f'<p><a href="/more">{html.escape(box)}</a></p>')
    fragment = (
        "<html><body><!--StartFragment-->" + "".join(parts) + "<!--EndFragment--></body></html>"
    )
    return fragment, title, byline, language.bylines[byline], added


def main() -> None:
    args = probe_args(__doc__ or "", 300, 5, "selections")
    rng = random.Random(args.seed)
    tally = Tally()
    languages, boxes_of = LANGUAGES, BOXES
    if args.more:
        import body_languages
        from header_languages import MORE_LANGUAGES

        languages, boxes_of = MORE_LANGUAGES, body_languages.BOXES
    for lang, language in languages.items():
        for _ in range(args.cases):
            fragment, title, byline, authors, boxes = build(language, rng, boxes_of[lang])
            article = clean_html(fragment)
            checks = {
                "headline": article.title == title,
                "authors": article.authors == authors,
                "date": (article.published or "").startswith("2024-03-04"),
                "paragraphs": all(p in article.text for p in language.prose),
                "no header": title not in article.text and byline not in article.text,
                "no boxes": not any(b in article.text for b in boxes),
            }
            tally.add(lang, checks, fragment[28:])
    names = ("headline", "authors", "date", "paragraphs", "no header", "no boxes")
    tally.print(names, verbose=args.verbose)


if __name__ == "__main__":
    main()
