"""The faster readability subclass must measure and choose exactly as the original."""

from __future__ import annotations

import copy

import lxml.html
from hypothesis import given
from hypothesis import strategies as st
from readability import Document
from readability.readability import clean as original_clean

from clipper.clean import readable

_SPACES_AND_WORDS = st.text(
    alphabet=st.sampled_from(
        [" ", "\t", "\n", "\r", "\xa0", "\u2028", "\x0b", "a", "b", "é", "字"]
    ),
    max_size=40,
)


@given(_SPACES_AND_WORDS)
def test_clean_equals_readabilitys_own(text: str) -> None:
    assert readable.clean(text) == original_clean(text)


def test_clean_equals_readabilitys_own_on_long_runs() -> None:
    text = "a" + " \t" * 300 + "b" + "\n" * 400 + "c" + " " * 254 + "d" + "\t\t x \t"
    assert readable.clean(text) == original_clean(text)


def _page() -> lxml.html.HtmlElement:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story says something long enough to be scored, "
        f"with a <a href='/x{i}'>link</a>, a comma, and more words to count.</p>"
        for i in range(12)
    )
    return lxml.html.document_fromstring(
        "<html><head><style>p{}</style><script>var a = 1;</script></head><body>"
        "<nav class='menu'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='article-body' style='color: red'>{paragraphs}</div>"
        "<div hidden>Hidden text that must not appear.</div>"
        "<div style='display:none'>Also hidden.</div>"
        "<footer class='footer'>Copyright and links</footer></body></html>"
    )


def test_summary_equals_the_original_document() -> None:
    page = _page()
    ours = readable.FastDocument(copy.deepcopy(page)).summary(html_partial=True)
    theirs = Document(copy.deepcopy(page)).summary(html_partial=True)
    assert "Paragraph 11" in ours
    assert "Hidden text" not in ours and "var a" not in ours
    assert lxml.html.fromstring(ours).text_content() == lxml.html.fromstring(theirs).text_content()


def test_a_heading_that_links_to_itself_stays_a_heading() -> None:
    # readability-lxml drops headings whose text is mostly a link: a permalink
    # anchor made every section title of a long article vanish.
    sections = "".join(
        f"<h2 id='part-{i}'><a class='toclink' href='#part-{i}'>Part {i} of the method</a></h2>"
        + "".join(
            f"<p>Sentence {i}.{j} explains the method in plain words, long enough to be "
            "scored as prose, with a comma, and then some more words.</p>"
            for j in range(3)
        )
        for i in range(4)
    )
    page = lxml.html.document_fromstring(f"<html><body><div>{sections}</div></body></html>")
    ours = readable.FastDocument(copy.deepcopy(page)).summary(html_partial=True)
    theirs = Document(copy.deepcopy(page)).summary(html_partial=True)
    assert "Part 3 of the method" in ours
    assert "Part 3 of the method" not in theirs  # the behaviour this works around
