"""readability-lxml's algorithm, without the work that cannot change its answer.

Profiling ``clean_html`` on the tuning corpus showed readability-lxml spending
three fifths of its time in ``clean()``, which it calls on the whole text of
every candidate element and of each link inside it to measure link density:
three regular-expression passes over the same text, again for every ancestor.
Another fifth went to lxml's ``Cleaner``, which rewrites every link of the
page to drop ``javascript:`` URLs and ``on*`` handlers that never reach the
text readability scores. This subclass measures the same lengths (checked to
be equal to ``len(clean(text))`` character for character) with one pass over
the white space alone, and replaces the Cleaner by the removals that matter to
the text: scripts, styles, link tags and inline styles. Headings that link
to themselves lose the link first, or readability would drop them as links.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree
from lxml.etree import tounicode
from lxml.html import HtmlElement, fragment_fromstring
from readability import Document
from readability.readability import REGEXES

#: White space that ``readability.readability.clean`` may rewrite: runs of
#: two or more characters, or one that is not a plain space.
_SPECIAL_SPACE = re.compile(r"\s{2,}|[^\S ]")
_TABS = re.compile(r"\t|[ \t]{2,}")
_SELF_LINKS = "|".join(f"//h{n}//a[starts-with(@href, '#')]" for n in range(1, 7))


def _clean_run(match: re.Match[str]) -> str:
    # The three substitutions of readability's clean(), applied to one run.
    run = match.group()
    if len(run) >= 255:
        run = " " * 255
    if "\n" in run:
        return "\n"
    return _TABS.sub(" ", run)


def clean(text: str) -> str:
    """What ``readability.readability.clean`` returns, in one pass."""
    return _SPECIAL_SPACE.sub(_clean_run, text).strip()


def text_length(el: HtmlElement) -> int:
    """``readability.readability.text_length``, with the one-pass ``clean``."""
    return len(clean(el.text_content() or ""))


class FastDocument(Document):  # type: ignore[misc]
    """A readability ``Document`` over a tree the caller gives up (it is changed)."""

    def _parse(self, input: HtmlElement) -> HtmlElement:
        # As the original: hidden elements leave the input, and each attempt
        # (summary() retries less ruthlessly) starts from a fresh copy of it.
        self.encoding = "utf-8"
        for elem in input.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in input.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(elem.get("style")):
                elem.drop_tree()
        doc = copy.deepcopy(input)
        for elem in doc.iter("image"):
            elem.tag = "img"
        etree.strip_elements(doc, "script", "style", "link", with_tail=False)
        etree.strip_attributes(doc, "style")
        # readability drops a heading that is mostly link text; a heading that
        # links to itself (a permalink anchor, "#detecting-anomalies") is a
        # section title all the same, and the clip loses nothing without the link.
        for anchor in doc.xpath(_SELF_LINKS):
            anchor.drop_tag()
        return doc

    #: Link text lengths while the tree holds still (scoring reads it, pruning
    #: changes it): nested candidates share their links, each counted once.
    _link_lengths: dict[HtmlElement, int] | None = None

    def transform_misused_divs_into_paragraphs(self) -> None:
        """Readability's pass, with its first test made in one walk of the tree.

        A ``div`` with no block-like element below it becomes a ``p``;
        readability serialised each div's children to look for one, again for
        every ancestor (a third of its time on a deeply nested page). Which
        elements lie below a block-like tag does not change as divs become
        ``p``s (both count as block-like), so one walk from the leaves up tells
        every div at once.
        """
        blocky: set[HtmlElement] = set()
        for el in reversed(list(self.html.iter())):
            parent = el.getparent()
            if parent is not None and (
                el in blocky or (isinstance(el.tag, str) and _BLOCK_LIKE.match(el.tag))
            ):
                blocky.add(parent)
        for elem in list(self.html.iter("div")):
            if elem not in blocky:
                elem.tag = "p"
        for elem in list(self.html.iter("div")):
            _wrap_loose_text(elem)

    def score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
        """Readability's scoring as it is, with the one-pass ``clean``, each link measured once."""
        self._link_lengths = {}
        try:
            return self._score_paragraphs()
        finally:
            self._link_lengths = None

    def _score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
        candidates: dict[HtmlElement, dict[str, Any]] = {}
        ordered: list[HtmlElement] = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()
            inner_text = clean(elem.text_content() or "")
            inner_text_len = len(inner_text)
            if inner_text_len < self.min_text_length:
                continue  # under 25 characters a paragraph does not count
            if parent_node not in candidates:
                candidates[parent_node] = self.score_node(parent_node)
                ordered.append(parent_node)
            if grand_parent_node is not None and grand_parent_node not in candidates:
                candidates[grand_parent_node] = self.score_node(grand_parent_node)
                ordered.append(grand_parent_node)
            content_score = 1 + len(inner_text.split(",")) + min((inner_text_len / 100), 3)
            candidates[parent_node]["content_score"] += content_score
            if grand_parent_node is not None:
                candidates[grand_parent_node]["content_score"] += content_score / 2.0
        # Good content has few links: each candidate's score shrinks by its link density.
        for elem in ordered:
            candidates[elem]["content_score"] *= 1 - self.get_link_density(elem)
        return candidates

    def get_link_density(self, elem: HtmlElement) -> float:
        """Share of ``elem``'s text inside links, as readability measures it."""
        known = self._link_lengths
        if known is None:
            link_length = sum(text_length(link) for link in elem.findall(".//a"))
        else:
            link_length = 0
            for link in elem.iterfind(".//a"):
                length = known.get(link)
                if length is None:
                    length = known[link] = text_length(link)
                link_length += length
        return float(link_length) / max(text_length(elem), 1)

    def is_quote_lead(self, elem: HtmlElement) -> bool:
        """Whether ``elem`` introduces a quotation (readability's test, faster ``clean``)."""
        for lead in (elem, *elem.iterancestors()):
            following = lead.getnext()
            if following is None or not following.findall(".//blockquote"):
                continue
            lead_text = clean(lead.text_content() or "")
            if len(lead_text) >= self.min_text_length and lead_text.endswith(":"):
                return True
        return False


#: Tags whose name starts like readability's ``divToPElementsRe`` ("<p", "<div"...):
#: its own prefixes, matched on the tag name rather than on serialised HTML.
_BLOCK_LIKE = re.compile(REGEXES["divToPElementsRe"].pattern.removeprefix("<"), re.IGNORECASE)
_INLINE_TAGS = frozenset(
    {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
)


def _wrap_loose_text(elem: HtmlElement) -> None:
    """The second half of readability's pass, as it is: loose text and inline runs in ``p``s."""
    children = list(elem)
    paragraph = None
    if elem.text and elem.text.strip():
        p = fragment_fromstring("<p/>")
        p.text = elem.text
        elem.text = None
        elem.insert(0, p)
        paragraph = p
    for child in children:
        if child.tag == "br":
            paragraph = None
            continue
        if child.tag not in _INLINE_TAGS or REGEXES["divToPElementsRe"].search(
            tounicode(child, method="html")
        ):
            paragraph = None
            continue
        if paragraph is None:
            paragraph = fragment_fromstring("<p/>")
            child.addprevious(paragraph)
        paragraph.append(child)
    for pos, child in reversed(list(enumerate(elem))):
        if child.tail and child.tail.strip():
            p = fragment_fromstring("<p/>")
            p.text = child.tail
            child.tail = None
            elem.insert(pos + 1, p)
        if child.tag == "br":
            child.drop_tree()
