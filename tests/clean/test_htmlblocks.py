"""Blocks of a page as a reader sees them: their order and their words."""

from __future__ import annotations

import lxml.html

from clipper.clean import clean_html, htmlblocks

STORY = (
    "The port authority said on Monday that the new crane would double the number of "
    "containers the terminal can move in a day, once it is running at full speed.",
    "Dock workers were told the crane would not cost jobs, though the union said it wanted "
    "the promise in writing before the machine arrives from the builder in the spring.",
)


def blocks(html: str) -> list[str]:
    return [text for _, text in htmlblocks.iter_blocks(lxml.html.fragment_fromstring(html))]


def test_loose_text_comes_in_its_place_among_the_blocks() -> None:
    """A box's link after its paragraph, a post's text around its pictures: as on screen."""
    assert blocks(
        "<div>First words<p>A paragraph.</p>middle words <b>in bold</b><table><tr><td>Cell</td>"
        "</tr></table>last words</div>"
    ) == ["First words", "A paragraph.", "middle words in bold", "Cell", "last words"]


def test_a_line_break_parts_words() -> None:
    assert blocks("<div><p>12 Harbour Road<br>Ashford</p>loose<br>lines<p>x</p></div>") == [
        "12 Harbour Road Ashford",
        "loose lines",
        "x",
    ]
    # Inline markup inside a word leaves the word whole.
    assert blocks("<div>in<b>dependent</b><p>x</p></div>") == ["independent", "x"]


def test_a_removed_box_reads_in_the_pages_order() -> None:
    """The Original view matches removed blocks to the page's lines in order."""
    page = (
        "<html><head><title>Crane</title></head><body><article><h1>New crane for the port</h1>"
        f"<p>{STORY[0]}</p><aside class='newsletter'><p>Get the day's port news in your inbox "
        f"every morning.</p><a href='/signup'>Subscribe</a></aside><p>{STORY[1]}</p>"
        "</article></body></html>"
    )
    article = clean_html(page)
    box = next(r for r in article.removed if "inbox" in r.text)
    assert box.text.split("\n") == [
        "Get the day's port news in your inbox every morning.",
        "Subscribe",
    ]
    assert "Subscribe" not in article.text


POST = (
    "I have written a few posts in the past months, but all of them were for the lab's blog, "
    "so one here is long overdue.",
    "The chips are tiny and cheap, and their vendor publishes the full bitstream format, which "
    "almost nobody else in the field does today.",
    "Rather than writing a synthesizer from scratch, I wrote a technology library for an "
    "existing open synthesizer and a place-and-route tool for it.",
    "The tool places each cell greedily first, then improves the placement by moving one cell "
    "at a time while the score keeps getting better.",
)


def blog_page(head: str = '<meta charset="utf-8">') -> str:
    """A Blogger post: its text loose in the post's div, around subheads and a picture."""
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><div class='header'><h1 class='title'>"
        "<a href='https://fieldnotes.example.org/'>Field Notes</a></h1><p class='description'>"
        "Small notes on small chips.</p></div><div class='date-outer'><h2 class='date-header'>"
        "<span>Sunday, May 8, 2016</span></h2><div class='post'><h3 class='post-title'>An open "
        f"toolchain for tiny logic chips</h3><div class='post-body'>{POST[0]}<br><br><h2>What is "
        f"it?</h2>{POST[1]}<br><br><table class='tr-caption-container'><tr><td><img src='a.png'>"
        f"</td></tr><tr><td class='tr-caption'>Block diagram</td></tr></table>{POST[2]}<br><br>"
        f"<h2>How does it work?</h2>{POST[3]}</div></div></div><div class='sidebar'><h2>Links</h2>"
        "<ul><li>My other blog</li><li>Archive</li></ul></div></body></html>"
    )


def test_a_post_whose_text_runs_around_its_subheads_is_titled_by_its_heading() -> None:
    """The first run of the post's text is found in the page, so the h3 above it is the title
    (the blog's name, an h1 linked home, is not)."""
    article = clean_html(blog_page())
    assert article.title == "An open toolchain for tiny logic chips"
    assert article.text.startswith(POST[0])
    assert article.text.index(POST[1]) < article.text.index(POST[2]) < article.text.index(POST[3])


def test_removed_blocks_apart_in_the_page_are_listed_apart() -> None:
    """Two boxes of one reason with the article between them are two entries, each a run of
    lines the Original view can find in the page."""
    page = (
        "<html><head><title>Crane</title></head><body><article><h1>New crane for the port</h1>"
        f"<p>{STORY[0]}</p><aside class='related'><p>Get the day's port news every morning.</p>"
        f"<a href='/signup'>Subscribe</a></aside><p>{STORY[1]}</p></article>"
        "<aside class='related'><h3>Related stories</h3><a href='/x'>Tugs on strike</a></aside>"
        "</body></html>"
    )
    removed = [r.text for r in clean_html(page).removed]
    assert "Get the day's port news every morning.\nSubscribe" in removed
    assert "Related stories\nTugs on strike" in removed


def test_a_box_named_for_its_widget_gives_that_reason_over_its_tags() -> None:
    """An ``aside`` is a related box, unless its names say it is a sign-up, a share bar, an ad."""

    def reason(html: str) -> str | None:
        return htmlblocks.markup_reason(lxml.html.fragment_fromstring(html))

    assert reason("<aside class='newsletter'><p>Sign up</p></aside>") == "newsletter"
    assert reason("<aside class='ad-slot'><p>x</p></aside>") == "advertisement"
    assert reason("<nav class='social-share'><a>X</a></nav>") == "share"
    assert reason("<div role='complementary' id='comments'><p>x</p></div>") == "comments"
    assert reason("<aside class='sidebar'><p>x</p></aside>") == "related"
    assert reason("<aside class='author'><p>x</p></aside>") == "related"
    assert reason("<nav><a>Home</a></nav>") == "menu"

    page = (
        "<html><body><article><h1>Crane arrives</h1>"
        f"<p>{STORY[0]}</p><aside class='newsletter'><p>Sign up for our morning briefing: "
        "the day's news in your inbox.</p><a href='/s'>Subscribe</a></aside>"
        f"<p>{STORY[1]}</p></article></body></html>"
    )
    removed = {r.text: r.reason for r in clean_html(page).removed}
    box = "Sign up for our morning briefing: the day's news in your inbox.\nSubscribe"
    assert removed[box] == "newsletter"
