"""Plain-text cleaning on generated news pages: a check that rules generalise.

Usage::

    python benchmarks/generated_pages.py [--seeds 300:400] [-v]

Each seed builds one page the way news sites lay them out, at random: a
masthead, a menu, perhaps a "today" bar and a breadcrumb, the headline, a
standfirst, one of several byline shapes, share buttons, then the article
(paragraphs drawn from a pool of sentences, subheadings, lists, figures with
captions, an inline "Read more" box, an advertisement) followed by any of an
author box, a related-stories box with summaries, a newsletter box, comments
and a footer. The page is rendered to text with inscriptis (as the official
benchmark renders the corpus) and ``clean_text`` is scored against the
article's own lines with word 4-grams (``clean_quality.py``'s measure).

The tuning loop of the plain-text cleaner looked at seeds 0-199; seeds 300
and up were kept out of it, so their figure says how well the rules carry to
layouts they were not fitted on.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import statistics
from collections import Counter

import inscriptis

from clipper.clean import html as html_cleaner
from clipper.clean import text as text_cleaner

SENTENCES = [
    "The regional water board approved a plan on Tuesday to replace the oldest pipes under "
    "the city centre within five years.",
    "Engineers told the board that some of the pipes were laid before the First World War and"
    " now lose a fifth of the water they carry.",
    "The cost, estimated at 240 million euros, will be shared between the city and the "
    "national government.",
    "Residents of the old town have complained for years about low pressure and brown water "
    "in the mornings.",
    "“We have waited long enough for this,” said Maria Keller, who runs a bakery near the "
    "cathedral square.",
    "Work will start in the spring on the streets around the main railway station, where the "
    "leaks are worst.",
    "Traffic will be diverted for several months, and some bus lines will change their routes"
    " during the works.",
    "The opposition on the council said the plan came too late and that the money should have"
    " been found a decade ago.",
    "A spokesman for the mayor said the city had spent the last ten years paying off debts "
    "left by the previous administration.",
    "Similar projects in other cities have run over budget, and the board promised to publish"
    " a report on its costs every quarter.",
    "The company that won the contract has replaced pipes in three other cities in the region"
    " since 2015.",
    "Its chief executive said the new pipes would last at least a hundred years if they were "
    "properly maintained.",
    "Environmental groups welcomed the decision but asked the board to do more to reduce the "
    "amount of water used by industry.",
    "Farmers in the valley have also been asked to cut their use of water during the summer "
    "months.",
    "The last dry summer forced the board to ban the watering of gardens for six weeks, a "
    "measure that proved unpopular.",
    "Scientists at the university have warned that dry summers will become more frequent over"
    " the coming decades.",
    "They recommend that the city build new reservoirs and collect more rainwater from the "
    "roofs of public buildings.",
    "The board said it would study the proposals and present its own plan for new reservoirs "
    "next year.",
    "Meanwhile, households will be offered free devices that reduce the flow of water from "
    "taps and showers.",
    "About 12,000 households have already asked for the devices since the offer was announced"
    " in January.",
    "The chess club in the northern district celebrated its hundredth anniversary with a "
    "tournament on Saturday.",
    "More than two hundred players took part, from children of seven to a retired teacher of "
    "ninety-one.",
    "The club was founded in 1924 by a group of railway workers who met in the back room of a"
    " tavern.",
    "It now has its own hall, paid for by a bequest from one of its former champions.",
    "The winner of the tournament, a seventeen-year-old student, said she had learned the "
    "game from her grandfather.",
    "The club hopes to open a second hall in the south of the city, where it says many young "
    "players live.",
    "Its president said chess had become popular again thanks to online games and television "
    "series.",
    "The city council has promised to help the club find a suitable building for its new hall.",
]
HEADS = [
    "Why the pipes are failing",
    "What the works will cost",
    "What residents say",
    "The next steps",
    "A century of chess",
    "How the plan was made",
    "What changes for drivers",
]
TITLES = [
    "Water board approves plan to replace the city's oldest pipes",
    "Old town will get new water pipes within five years, board says",
    "Chess club celebrates a hundred years with its biggest tournament",
]
NAMES = ["Anna Schmidt", "Paul Moreau", "Laura Bianchi", "James O'Neill", "Sofia Lindqvist"]
MENU = [
    "Home",
    "News",
    "Politics",
    "Business",
    "Sport",
    "Culture",
    "Opinion",
    "Weather",
    "Podcasts",
    "Local",
    "Science",
    "Travel",
    "Video",
]
RELATED = [
    "Bus lines to change routes during summer works",
    "Council approves new budget after long debate",
    "Why the river is lower than ever this year",
    "New cycle lanes open in the south of the city",
    "School meals to cost more from September",
    "Museum reopens after two years of repairs",
]


def para(r: random.Random, n: int) -> str:
    """A paragraph of ``n`` sentences from the pool."""
    return " ".join(r.sample(SENTENCES, n))


def page(seed: int, *, html_reference: bool = False) -> tuple[str, list[str]]:
    """The page's HTML and the lines of its article (the reference).

    With ``html_reference`` the reference also holds the standfirst and the
    figure captions, as the HTML references of ``corpus/html`` do: a cleaned
    page keeps its figures with their captions, and its standfirst.
    """
    r = random.Random(seed)
    title = r.choice(TITLES)
    name = r.choice(NAMES)
    body: list[str] = []
    parts: list[str] = []
    n = r.randint(4, 9)
    for i in range(n):
        if i and r.random() < 0.3:
            h = r.choice(HEADS)
            parts.append(f"<h2>{h}</h2>")
            body.append(h)
        p = para(r, r.randint(1, 3))
        parts.append(f"<p>{html.escape(p)}</p>")
        body.append(p)
        if r.random() < 0.15:
            items = r.sample(
                [
                    "new pipes for 40 streets",
                    "a report every quarter",
                    "free water-saving devices",
                    "two new reservoirs",
                    "a ban on garden watering in dry weeks",
                ],
                3,
            )
            parts.append("<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>")
            body += items
        if r.random() < 0.15:
            caption = (
                f"Workers inspect a pipe near the station. Photo: {r.choice(NAMES)}/City Press"
            )
            parts.append(f"<figure><img src='x.jpg'><figcaption>{caption}</figcaption></figure>")
            if html_reference:
                body.append(caption)
        if r.random() < 0.1:
            parts.append(
                "<aside><h4>Read more</h4><ul>"
                + "".join(f"<li><a href='#'>{x}</a></li>" for x in r.sample(RELATED, 2))
                + "</ul></aside>"
            )
        if r.random() < 0.1:
            parts.append("<div class='ad'>Advertisement</div>")
    nav = (
        "<nav><ul>"
        + "".join(f"<li><a href='#'>{m}</a></li>" for m in r.sample(MENU, r.randint(5, 12)))
        + "</ul></nav>"
    )
    top = r.choice(["<div>Skip to content</div>", "<div>Monday, 4 March 2024</div>", ""])
    crumbs = "<div>Home &raquo; News &raquo; Local</div>" if r.random() < 0.5 else ""
    byline = r.choice(
        [
            f"<p>By {name}</p>",
            f"<p>{name}</p><p>4 March 2024, 10:32</p>",
            f"<p>By {name} | March 4, 2024</p>",
        ]
    )
    date = "" if "2024" in byline else "<p>Published March 4, 2024</p>"
    share = (
        "<ul><li>Share</li><li>Facebook</li><li>Twitter</li><li>Email</li></ul>"
        if r.random() < 0.7
        else ""
    )
    lead = para(r, 1) if r.random() < 0.5 else ""
    standfirst = f"<p class='lead'>{lead}</p>" if lead else ""
    if lead and html_reference:
        body.insert(0, lead)
    after: list[str] = []
    if r.random() < 0.6:
        after.append(
            f"<div><h3>About the author</h3><p>{name} is a reporter covering the city council "
            "and local infrastructure.</p></div>"
        )
    if r.random() < 0.6:
        after.append(
            "<div><h3>Related stories</h3>"
            + "".join(
                f"<h4><a href='#'>{x}</a></h4><p>{para(r, 1)}</p>" for x in r.sample(RELATED, 4)
            )
            + "</div>"
        )
    if r.random() < 0.5:
        after.append(
            "<div><p>Sign up for our newsletter</p><p>Enter your email address</p>"
            "<p>Subscribe</p></div>"
        )
    if r.random() < 0.5:
        after.append(
            "<div><h3>3 Comments</h3><p>Peter says:</p><p>About time they did something about "
            "the water in the old town.</p><p>Reply</p><h3>Leave a Reply</h3><p>Your email "
            "address will not be published. Required fields are marked *</p></div>"
        )
    footer = (
        "<footer><p>About us</p><p>Contact</p><p>Privacy policy</p>"
        "<p>© 2024 City Press Ltd. All rights reserved.</p></footer>"
    )
    doc = (
        f"<html><body>{top}<header><div>City Press</div>{nav}</header>{crumbs}<article>"
        f"<h1>{title}</h1>{standfirst}{byline}{date}{share}{''.join(parts)}</article>"
        f"{''.join(after)}{footer}</body></html>"
    )
    return doc, body


def shingles(text: str, n: int = 4) -> list[tuple[str, ...]]:
    """Word 4-grams, as ``clean_quality.py`` counts them."""
    words = re.findall(r"\w+", text)
    return [tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))]


def scores(output: str, truth: str) -> tuple[float, float]:
    """Precision and recall of the output's 4-grams against the article's."""
    out, ref = Counter(shingles(output)), Counter(shingles(truth))
    tp = sum((out & ref).values())
    return (tp / sum(out.values()) if out else 0.0, tp / sum(ref.values()) if ref else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="300:400", help="FIRST:LAST (last excluded)")
    parser.add_argument(
        "--html", action="store_true", help="clean the HTML pages (clean_html), not their text"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print the ten worst pages")
    args = parser.parse_args()
    first, last = (int(x) for x in args.seeds.split(":"))
    rows = []
    for seed in range(first, last):
        doc, body = page(seed, html_reference=args.html)
        if args.html:
            article = html_cleaner.clean_html(doc)
        else:
            article = text_cleaner.clean_text(inscriptis.get_text(doc))
        p, r = scores(article.text, "\n".join(body))
        rows.append((seed, p, r))
    mp = statistics.mean(p for _, p, _ in rows)
    mr = statistics.mean(r for _, _, r in rows)
    print(
        f"generated pages {first}-{last - 1}{' (HTML)' if args.html else ''} ({len(rows)}): "
        f"4-grams P={mp:.3f} R={mr:.3f} "
        f"F1={2 * mp * mr / (mp + mr):.3f}"
    )
    if args.verbose:
        for seed, p, r in sorted(
            rows, key=lambda row: 2 * row[1] * row[2] / (row[1] + row[2] + 1e-9)
        )[:10]:
            print(f"  seed {seed}: P={p:.3f} R={r:.3f}")


if __name__ == "__main__":
    main()
