"""Metadata of a web page: title, subtitle, authors, dates, site, URL, language.

Each field is gathered as a list of candidates from every place a page states
it (JSON-LD, meta tags, microdata, the title tag, headings, byline elements,
the URL), best source first, so the GUI can offer the runners-up with one
click. The order of sources follows what publishers fill in with most care:
structured data written for search engines first, social-card meta tags next,
then what the page shows, then guesses.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from clipper.clean import headerlines, htmlblocks, isodates, lines, names, textmeta
from clipper.model import Candidate

_HOME_LINKS = 30  # links to a home page read for the site's name (a blogroll has many)
_LOGO_WORDS = 5
_HOME_HREF = re.compile(r"\s*(?:/|(?:https?:)?//[^/?#\s]+/?)\s*$", re.IGNORECASE)
_ARTICLE_TYPES = re.compile(
    r"(Article|BlogPosting|Posting|Report|Review|NewsArticle|ScholarlyArticle|"
    r"Story|LiveBlogPosting|Blog|WebPage|Recipe|HowTo)$"
)
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$")
_NOT_BYLINE = re.compile(
    r"(^|[\s_-])(bio|avatar|image|img|photo|desc\w*|about|box|info|card|more|"
    r"other|related|list|social|follow|comments?|twitter|email|contact|title)"
    r"($|[\s_-])",
    re.I,
)
#: Words of a title; each Chinese or Japanese character counts as one.
_TITLE_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")
#: Separators with spaces around them, or a bar or an underscore.
_SPACED_SEPARATORS = r"\s+(?:[|\-–—:·•»/\\>~]|::)\s+|\s*[|｜]\s*|\s+_|_\s+"
#: Chinese and Japanese sites glue "标题_频道_网站", "标题-新华网" and "見出し：サイト"
#: with no spaces.
_GLUED_TO_CJK = r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e])\s*[{}]+\s*(?=\S)"
_TITLE_SEPARATORS = re.compile(_SPACED_SEPARATORS + "|" + _GLUED_TO_CJK.format("_：-"))
#: Where a site's name may follow a Chinese headline: not at a full-width colon,
#: which brings a speaker's words ("魏少军：产业结构扭曲"); a Japanese title (one
#: with kana) does glue its site there ("見出し：朝日新聞デジタル").
_ZH_SITE_SEPARATORS = re.compile(_SPACED_SEPARATORS + "|" + _GLUED_TO_CJK.format("_-"))
_KANA = re.compile(r"[\u3040-\u30ff]")


def site_parts(title: str) -> list[str]:
    """The parts of a title tag, split where a site's name may follow the headline."""
    splitter = _TITLE_SEPARATORS if _KANA.search(title) else _ZH_SITE_SEPARATORS
    return [p.strip() for p in splitter.split(title) if p.strip()]


def keyword_row(title: str) -> bool:
    """Whether a title is the site's search keywords in a row, not a headline.

    "今日股市行情_明日大盘_今日股市_股票行情_… - 明日大盘网": a logo's heading, or
    every page's title tag, on sites written for search engines.
    """
    return len(site_parts(title)) >= _KEYWORD_PARTS


_KEYWORD_PARTS = 4  # a headline and its section and site's names make three


@dataclass
class Fields:
    """Candidates per field, in the order they were found (best source first)."""

    found: dict[str, list[Candidate]] = field(default_factory=dict)
    #: Names the page prints for itself: its home link ("logo") and its
    #: copyright line ("holder"); the site's name when the domain spells one.
    names_on_page: list[tuple[str, str]] = field(default_factory=list)
    #: Authors the structured data types as organisations ("西日本新聞社"): a byline
    #: the page prints names the person who wrote the story.
    organisations: set[str] = field(default_factory=set)

    def add(self, name: str, value: str | None, source: str) -> None:
        """Record a candidate unless it is empty or already known."""
        if value is None:
            return
        value = " ".join(value.split())
        if not value:
            return
        known = self.found.setdefault(name, [])
        if all(c.value.casefold() != value.casefold() for c in known):
            known.append(Candidate(value, source))

    def first(self, name: str) -> str | None:
        """The best candidate's value."""
        known = self.found.get(name)
        return known[0].value if known else None

    def choose(self, name: str, value: str | None) -> None:
        """Mark ``value`` chosen (adding it as a candidate if it is new)."""
        known = self.found.get(name, [])
        if value is not None and not any(c.value == value for c in known):
            known.insert(0, Candidate(value, "derived"))
        self.found[name] = [
            Candidate(c.value, c.source, value is not None and c.value == value) for c in known
        ]

    def frozen(self) -> dict[str, tuple[Candidate, ...]]:
        """The candidates as the ``Article`` carries them."""
        return {k: tuple(v) for k, v in self.found.items() if v}


@dataclass(frozen=True)
class PageMetadata:
    """What the page says about itself, chosen, with every candidate."""

    title: str = ""
    subtitle: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    url: str | None = None
    lang: str | None = None
    candidates: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)
    #: The article's text as the page's JSON-LD declares it (``articleBody``), if it does.
    body: str | None = None


# -- structured data -------------------------------------------------------------


def json_ld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, flattened out of lists and @graph."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = _CDATA.sub("", script.text or "").strip().rstrip(";")
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        found.extend(_flatten(data, depth=0))
    return found


def _declared_body(objects: list[dict[str, Any]]) -> str | None:
    for obj in objects:
        body = obj.get("articleBody")
        if _is_article(obj) and isinstance(body, str) and body.strip():
            return body
    return None


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth + 1)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type", "")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind)]


def _is_article(obj: dict[str, Any]) -> bool:
    return any(_ARTICLE_TYPES.search(t) for t in _types(obj))


def _text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text_of(value.get("name") or value.get("@value"))
    if isinstance(value, list) and value:
        return _text_of(value[0])
    return None


def _names_of(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for item in value for n in _names_of(item)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        return [f"{given} {family}"] if isinstance(given, str) and isinstance(family, str) else []
    return names.split_names(value) if isinstance(value, str) else []  # "By A and B"


def _organisations(value: Any) -> bool:
    """Whether a JSON-LD author is one or more organisations, no person."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(
        isinstance(item, dict) and {"Organization", "NewsMediaOrganization"} & set(_types(item))
        for item in items
    )


def _resolved(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """A node given by reference ({"@id": ...}, as Yoast's @graph does) as the node itself."""
    if isinstance(value, list):
        return [_resolved(item, by_id) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _from_json_ld(objects: list[dict[str, Any]], fields: Fields) -> None:
    # Articles before WebPage: a page's own name is often the site's.
    ordered = sorted(
        objects, key=lambda o: 0 if _is_article(o) and "WebPage" not in _types(o) else 1
    )
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in ordered:
        if not _is_article(obj):
            if any(t in ("Organization", "WebSite", "NewsMediaOrganization") for t in _types(obj)):
                fields.add("site-weak", _text_of(obj.get("name")), "json-ld")
            continue
        fields.add("title", _text_of(obj.get("headline")) or _text_of(obj.get("name")), "json-ld")
        fields.add("description", _text_of(obj.get("description")), "json-ld")
        fields.add("alternative", _text_of(obj.get("alternativeHeadline")), "json-ld")
        author = _resolved(obj.get("author") or obj.get("creator"), by_id)
        author_names = names.clean_names(_names_of(author))
        fields.add("authors", "; ".join(author_names) or None, "json-ld")
        if author_names and _organisations(author):
            fields.organisations.add("; ".join(author_names))
        for key in ("datePublished", "dateCreated"):
            fields.add("published", isodates.iso(_text_of(obj.get(key))), "json-ld")
        fields.add("site", _text_of(_resolved(obj.get("publisher"), by_id)), "json-ld")
        fields.add("lang", _text_of(obj.get("inLanguage")), "json-ld")
        url = obj.get("url") or _text_of(obj.get("mainEntityOfPage"))
        if isinstance(url, dict):
            url = url.get("@id")
        fields.add(
            "url", url if isinstance(url, str) and url.startswith("http") else None, "json-ld"
        )


# -- meta tags and markup ----------------------------------------------------------

_META_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "title",
        (
            "og:title",
            "twitter:title",
            "dc.title",
            "dcterms.title",
            "citation_title",
            "parsely-title",
            "sailthru.title",
            "title",
            "headline",
        ),
    ),
    (
        "description",
        (
            "og:description",
            "twitter:description",
            "description",
            "dc.description",
            "dcterms.abstract",
        ),
    ),
    (
        "authors",
        (
            "author",
            "article:author",
            "dc.creator",
            "dcterms.creator",
            "parsely-author",
            "sailthru.author",
            "byl",
            "citation_author",
            "og:article:author",
            "cxenseparse:author",
            "article.author",
        ),
    ),
    (
        "published",
        (
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "published_at",
            "published_time",
            "article.published",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dcterms.issued",
            "dcterms.created",
            "dc.date.created",
            "citation_publication_date",
            "citation_date",
            "original-publish-date",
            "date",
            "dc.date",
            "dcterms.date",
            "cxenseparse:recs:publishtime",
            # Chinese portals' own: Weibo's share card, Tencent's, NetEase's and others'
            "weibo:article:create_at",
            "og:time",
            "apub:time",
            "firstpublishedtime",
        ),
    ),
    (
        "site",
        (
            "og:site_name",
            "application-name",
            "apple-mobile-web-app-title",
            "twitter:app:name:iphone",
            "publisher",
            "dc.publisher",
            "citation_journal_title",
        ),
    ),
    ("url", ("og:url", "twitter:url")),
    ("lang", ("content-language", "og:locale", "dc.language", "language", "inlanguage")),
)


def _meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (
            meta.get("property")
            or meta.get("name")
            or meta.get("itemprop")
            or meta.get("http-equiv")
        )
        content = meta.get("content")
        if key and content and content.strip():
            # "weibo: article:create_at", "og:time ": stray spaces in the name
            values.setdefault("".join(key.split()).lower(), []).append(content.strip())
    return values


def _from_meta(tree: HtmlElement, fields: Fields) -> None:
    values = _meta_values(tree)
    for name, keys in _META_FIELDS:
        for key in keys:
            if name == "authors":
                # Several tags of one name list several authors, in order.
                cleaned = names.clean_names(
                    n for v in values.get(key, []) for n in names.split_names(v)
                )
                fields.add(name, "; ".join(cleaned) or None, "meta")
                continue
            for value in values.get(key, []):
                if name == "published":
                    # Within one source the earliest value wins: later ones are updates.
                    fields.add(name, isodates.iso(value), "meta")
                else:
                    fields.add(name, value, "meta")


#: A heading's link to itself, printed after it ("Evolve: Shared Mutable History ¶").
ANCHOR_MARK = re.compile(r"\s*[¶§#]\s*$")


def _stamps(tree: HtmlElement) -> list[str]:
    """Every full timestamp the page's meta tags and time elements hold, whatever they name."""
    values = [m.get("content") for m in tree.iter("meta")]
    values += [t.get("datetime") for t in tree.iter("time")]
    stamps = (isodates.iso(v) for v in values if v and _STAMP.match(v.strip()))
    return [s for s in stamps if s and len(s) > len("YYYY-MM-DD")]


#: Days among a page's time elements marked "published" that make them a list of posts.
_LISTED_DAYS = 3
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _from_markup(tree: HtmlElement, fields: Fields, url: str | None) -> None:
    heading = headerlines.main_heading(tree)  # the bylines and dates read from it
    for el in tree.xpath('//*[@itemprop="datePublished"][@datetime or @content]'):
        fields.add("published", isodates.iso(el.get("datetime") or el.get("content")), "microdata")
    stamps = [
        isodates.iso(el.get("datetime"))
        for el in tree.xpath(
            '//time[@pubdate or contains(@class,"publish") or contains(@class,"posted")][@datetime]'
        )
    ]
    # A list of posts, each dated ("Similar articles" under a blog post, an
    # archive): the article's own date is the one nearest its headline.
    listed = len({stamp[:10] for stamp in stamps if stamp}) >= _LISTED_DAYS
    if listed:
        stamps = [headerlines.nearest_time(tree, heading)]
    for stamp in stamps:
        fields.add("published", stamp, "time-tag")
    for el in tree.xpath('//*[@itemprop="author" or @itemprop="creator"]'):
        inner = el.xpath('.//*[@itemprop="name"]')
        value = (
            (inner[0].get("content") or inner[0].text_content())
            if inner
            else (el.get("content") or el.text_content())
        )
        cleaned = names.clean_names(names.split_names(value))
        fields.add("authors", "; ".join(cleaned) or None, "microdata")
    for text in _bylines(tree, heading):
        cleaned = names.clean_names(names.split_names(text))
        fields.add("authors", "; ".join(cleaned) or None, "byline")
    above, header = headerlines.around_heading(tree, heading)
    fields.add("authors", "; ".join(headerlines.header_bylines(header)) or None, "byline-line")
    fields.add("authors", _first_poster(tree), "username")
    if not listed:
        fields.add("published", headerlines.header_time(tree, heading), "time-tag")
    fields.add("published", headerlines.header_date(header), "date-line")
    fields.add("published", headerlines.header_date(above), "date-line")  # "12:46" over the h1
    if not fields.found.get("published"):  # "发布日期：…" under the article, as a last resort
        fields.add("published", headerlines.labelled_date(tree), "date-line")
    if not fields.found.get("published"):  # "发布时间：09-30 22:46" and a stamp with the year
        fields.add("published", headerlines.yearless_date(header, _stamps(tree)), "date-line")
    for el in tree.xpath('//link[@rel="canonical"][@href]'):
        fields.add("url", el.get("href"), "canonical-link")
    for el in tree.xpath("//h1"):
        heading, byline = heading_and_byline(el)
        heading = without_site_link(el, " ".join(heading.split()), url)
        fields.add("heading", ANCHOR_MARK.sub("", heading), "heading")
        fields.add("authors", "; ".join(byline) or None, "byline")
    home_links = (a for a in tree.iter("a") if a.get("rel") == "home" or _is_home(a.get("href")))
    for el in itertools.islice(home_links, _HOME_LINKS):
        # Visible text only: a logo's SVG title ("The Verge logo.") is no part of the name.
        name = textmeta.logo_name(htmlblocks.visible_text(el))
        fields.names_on_page.append((name, "logo"))
    held = '//body//text()[contains(., "©") or contains(., "ⓒ") or contains(., "Copyright")]'
    for text in tree.xpath(held)[:5]:
        holder = textmeta.copyright_holder(str(text)) if len(text) < 200 else None
        if holder:
            fields.names_on_page.append((holder, "holder"))


_SCREEN_READER = re.compile(r"screen-reader|sr-only|visually-hidden|visuallyhidden|a11y", re.I)


def _read_aloud(el: HtmlElement) -> list[str]:
    """The text pieces of ``el`` a sighted reader sees: labels for screen readers left out.

    Themes put "Post author" or "Posted on" in the byline for screen readers
    only; read as text, the label became an author's name.
    """
    pieces: list[str] = []

    def walk(node: HtmlElement) -> None:
        if not _SCREEN_READER.search(node.get("class") or ""):
            pieces.append(node.text or "")
            for child in node:
                if isinstance(child.tag, str):
                    walk(child)
                pieces.append(child.tail or "")

    walk(el)
    return pieces


# A link to the author's page ("/author/jane-doe", "/about/editors/devindra-hardawar/").
_AUTHOR_PAGE = " or ".join(
    f'contains(@href, "/{part}/")'
    for part in ("author", "authors", "editors", "writers", "journalists", "autor", "auteur")
)


def heading_and_byline(el: HtmlElement) -> tuple[str, list[str]]:
    """A heading's text, and the names of a byline set in it under a line break.

    Japanese papers print the writer inside the ``h1``, under the headline:
    "米朝首脳直通電話<br>編集委員 中沢克二".
    """
    if el.find(".//br") is None:
        return " ".join(el.text_content().split()), []
    clone = copy.deepcopy(el)
    for br in clone.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = [" ".join(p.split()) for p in clone.text_content().split("\n") if p.strip()]
    if len(parts) > 1 and _COPYRIGHT_PART.match(parts[-1]):
        parts.pop()  # "linux usability<br>or, why do I bother.<br>© 2002, 2003 Jamie Zawinski"
    if len(parts) > 1:
        last = lines.make_lines(parts[-1], None)
        found = textmeta.byline_names(last[0]) if len(last) == 1 else []
        if found:
            return " ".join(parts[:-1]), found
    return " ".join(" ".join(parts).split()), []


#: A copyright notice set under a heading's lines: the page's owner, no part of the headline.
_COPYRIGHT_PART = re.compile(r"(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[^\W\d_])", re.I)
#: The same notice run into the headline when the heading's line breaks are lost.
_COPYRIGHT_TAIL = re.compile(r"\s+(?:©|\(c\)|copyright)\s*\d{4}\b[^©]*$", re.I)


def without_copyright(title: str) -> str:
    """A headline without the copyright notice printed under it in the same block."""
    head = _COPYRIGHT_TAIL.sub("", title)
    return head if len(head.split()) >= 2 else title


_BYLINE_MARK = (
    '@rel="author" or contains(@class, "byline") or contains(@class, "author")'
    ' or contains(@id, "byline") or contains(@data-testid, "author")'
)
_BYLINE_MARKS = f"//*[{_BYLINE_MARK}] | //a[{_AUTHOR_PAGE}]"
#: Whether an element is one of ``_BYLINE_MARKS`` (an author box's h3, "author-name").
_IS_BYLINE_MARK = etree.XPath(f"boolean(self::*[{_BYLINE_MARK}] | self::a[{_AUTHOR_PAGE}])")


def _bylines(tree: HtmlElement, heading: HtmlElement | None) -> list[str]:
    """Texts of the page's byline elements, the ones nearest after the main heading first.

    Pages repeat bylines in teasers and sidebars; the article's own is the
    one that follows its title. Pieces of text in separate elements are kept
    apart (" | ") so a name never runs into the job title printed beside it.
    """
    # An XPath union comes back in document order: the heading's place among
    # the bylines is all the distance needs, without numbering the whole page.
    if heading is None:
        nodes = tree.xpath(_BYLINE_MARKS)
    else:  # the headline among them, in its place; the other headings of its level out
        nodes = [
            n
            for n in tree.xpath(f"//{heading.tag} | {_BYLINE_MARKS}")
            if n is heading or n.tag != heading.tag or _IS_BYLINE_MARK(n)
        ]
    anchor = next((i for i, el in enumerate(nodes) if el is heading), 0)
    bylines = [(i, n) for i, n in enumerate(nodes) if n is not heading]
    found: list[tuple[int, str]] = []
    for position, el in bylines[:60]:
        label = (el.get("class") or "") + " " + (el.get("id") or "")
        if el.get("rel") == "author":
            # "Por <a rel=author>A</a> y <a rel=author>B</a>": the line names both.
            parent = el.getparent()
            if parent is not None and len(parent.xpath('./*[@rel="author"]')) > 1:
                el = parent
        pieces = [" ".join(t.split()) for t in _read_aloud(el)]
        text = " | ".join(p for p in pieces if p.strip(" |,;·•"))  # not a comma between names
        if _NOT_BYLINE.search(label) or not text or len(text) > 150:
            continue
        distance = position - anchor if position >= anchor else 10**6 + anchor - position
        found.append((distance, text))
    found.sort(key=lambda item: item[0])
    return [text for _, text in found]


_HANDLE = re.compile(r"[^\W_][\w.\-]{1,38}")


def _first_poster(tree: HtmlElement) -> str | None:
    """The handle of a forum thread's first post, its author when the page names no other.

    Forum software (Discourse, phpBB, XenForo, vBulletin) marks the poster's
    name with a "username" class; people cite a forum post by that name.
    Only the first after the heading: the others are the replies.
    """
    # In document order (an XPath union): the signed-in user in the top bar is above.
    nodes = tree.xpath('(//h1)[1] | //*[contains(@class, "username")]')
    heading = next((i for i, el in enumerate(nodes) if el.tag == "h1"), -1)
    if heading + 1 >= len(nodes):
        return None
    text = " ".join(nodes[heading + 1].text_content().split())
    return text if _HANDLE.fullmatch(text) or names.clean_name(text) == text else None


# -- choosing ------------------------------------------------------------------


def extract(tree: HtmlElement, url: str | None = None) -> tuple[PageMetadata, Fields]:
    """Gather every candidate from ``tree`` and choose one value per field.

    Returns the chosen metadata and the ``Fields`` so the caller (which also
    knows the body) can add its own candidates and choose again.
    """
    fields = Fields()
    objects = json_ld_objects(tree)
    _from_json_ld(objects, fields)
    _from_meta(tree, fields)
    _from_markup(tree, fields, url)
    if fields.organisations and (known := fields.found.get("authors")):
        known.sort(key=lambda c: c.value in fields.organisations)  # a printed byline first
    # The document's title, not an inline drawing's ("<svg><title>The Verge</title>" in a logo).
    title_tag = next(
        (t.text for t in tree.iter("title") if next(t.iterancestors("svg"), None) is None), None
    )
    if title_tag:
        fields.add("heading", _printed_headline(tree, title_tag), "printed")
    html_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if html_lang:
        fields.found.setdefault("lang", []).insert(0, Candidate(html_lang.strip(), "html-lang"))
    if url:
        fields.add("url", url, "url")
    for link in fields.found.get("url", []):  # a saved page's own address is its canonical link
        fields.add("published", isodates.date_in_url(link.value), "url")
    meta = choose(fields, title_tag, url)
    body = _declared_body(objects)
    return (dataclasses.replace(meta, body=body) if body else meta), fields


def _printed_headline(tree: HtmlElement, title_tag: str) -> str | None:
    """The start of the title tag, up to a separator, when the page prints it alone.

    Pages built without heading elements set the headline in a styled div
    ("<div class=l_tit>"); the title tag glues channel and site to it
    ("标题：副题_教育频道_中国青年网"). The longest such start that some element
    of the page holds as its whole text is the headline.
    """
    title = " ".join(title_tag.split())
    # In a Chinese title a hyphen after Latin letters may glue the site too ("…GPU-EDN
    # 电子技术设计"): the page printing the start alone says it is the headline.
    cuts = _PRINTED_SEPARATORS if htmlblocks.cjk_chars(title) else _TITLE_SEPARATORS
    starts = [title[: m.start()].strip() for m in cuts.finditer(title)]
    # Failing a start, an end: a section glued before the headline ("明日股市预测--标题").
    ends = [title[m.end() :].strip() for m in cuts.finditer(title)]
    for parts in (starts, ends):
        for part in sorted(set(parts), key=len, reverse=True):
            if len(part) < _PRINTED_SHORTEST:
                continue
            if tree.xpath("//body//text()[normalize-space(.) = $t]", t=part):
                return part
            if htmlblocks.cjk_chars(part) and (printed := _printed_across(tree, part)):
                return printed
    return None


def _printed_across(tree: HtmlElement, part: str) -> str | None:
    """A Chinese headline the page sets over several lines, matched without white space.

    A gazette breaks its headline with ``<br>``s ("…常务委员会<br>关于批准…"),
    and its title tag may hold a stray ideographic space ("2007　年末"); in
    Chinese neither space nor line break is part of the words.
    """
    key = "".join(part.split())
    for node in tree.xpath("//body//text()[contains(., $h)]", h=part.split()[0][:6]):
        el = node.getparent()
        for _ in range(_PRINTED_DEPTH):
            if el is None or el.tag == "body":
                break
            if "".join(str(el.xpath("string()")).split()) == key:
                return key if not _LATIN_WORD.search(key) else " ".join(part.split())
            el = el.getparent()
    return None


#: How far above the text holding a headline's first characters its element may be.
_PRINTED_DEPTH = 3
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")


#: A title part shorter than this is a label ("Home", "News"), not a headline.
_PRINTED_SHORTEST = 8
_PRINTED_SEPARATORS = re.compile(_TITLE_SEPARATORS.pattern + r"|\s*[-_—]+\s*")


def choose(fields: Fields, title_tag: str | None, url: str | None) -> PageMetadata:
    """Pick one value per field and mark it in the candidates."""
    canonical = _pick_url(fields, url)
    headings = [c.value for c in fields.found.get("heading", [])]
    site = _pick_site(fields, canonical or url, title_tag, headings)
    tag_title = strip_site(title_tag, site, headings) if title_tag else None
    printed = _printed_over_structured(fields, tag_title, headings, site)
    if tag_title:
        fields.add("title", tag_title, "title-tag")
    for heading in headings[:3]:
        fields.add("title", heading, "heading")
    title = printed or _pick_title(fields, site, headings[:3])
    published = earliest_of_best(fields.found.get("published", []))
    authors_value = fields.first("authors")
    # An author named like the site is the site, unless structured data says otherwise.
    from_json_ld = (
        bool(fields.found.get("authors")) and fields.found["authors"][0].source == "json-ld"
    )
    # (An organisation the JSON-LD names as author and that is the site is the site: "読売新聞".)
    organisation = authors_value in fields.organisations
    # (The site's other structured name counts too: "静岡新聞社" beside "あなたの静岡新聞".)
    site_names = [site] + [c.value for c in fields.found.get("site", []) if c.source == "json-ld"]
    authors = tuple(
        a
        for a in (authors_value or "").split("; ")
        if a
        and ((from_json_ld and not organisation) or not any(_names_site(a, s) for s in site_names))
    )
    lang = next(
        (normal for c in fields.found.get("lang", []) if (normal := normalise_lang(c.value))), None
    )
    fields.choose("title", title or None)
    fields.choose("authors", "; ".join(authors) or None)
    fields.choose("published", published)
    fields.choose("site", site)
    fields.choose("url", canonical)
    fields.choose(
        "lang",
        next(
            (c.value for c in fields.found.get("lang", []) if normalise_lang(c.value) == lang), None
        ),
    )
    description = fields.first("description")
    return PageMetadata(
        title=title or "",
        subtitle=fields.first("alternative"),
        description=description,
        authors=authors,
        published=published,
        site=site,
        url=canonical,
        lang=lang,
        candidates=fields.frozen(),
    )


def _pick_title(fields: Fields, site: str | None, headings: list[str]) -> str:
    """The first title candidate that another source of the page echoes, else the first.

    Structured data is the best source in general, but some publishers fill
    its headline with a summary (Wikipedia puts the Wikidata description
    there) that neither the title tag, the social card nor the h1 repeats. A
    site name guessed from the title tag itself does not veto a title, since
    it may be the title's own last part.
    """
    guessed_site = any(
        c.source == "title-tag" and c.value == site for c in fields.found.get("site", [])
    )
    values: list[tuple[str, str]] = []
    for cand in fields.found.get("title", []):
        value = cand.value
        if site and cand.source in ("meta", "json-ld"):
            value = strip_site(value, site, [])
        if value and (guessed_site or not _same(value, site)):
            values.append((value, cand.source))
    whole = [v for v, _ in values] + headings
    for value, source in values:
        others = [other for other, where in values if where != source]
        others += headings if source != "heading" else []
        if not others or any(_echoes(value, other) for other in others):
            return _heading_within(_uncut(value, whole), headings)
    return _uncut(values[0][0], whole) if values else ""


def _printed_over_structured(
    fields: Fields, tag_title: str | None, headings: list[str], site: str | None
) -> str | None:
    """The h1, when the social card and the title tag print it too and only the JSON-LD differs.

    Structured data may carry an SEO headline the reader never sees ("Oldham mill fire LIVE:
    Huge blaze at …" over the h1 "Huge fire rips through …"); the headline a reader sees
    and cites is the one three sources agree on. The social card may carry the site's
    name ("… - Premium Times Nigeria") or stop short of the headline's last words.
    """
    found = fields.found.get("title", [])
    if not headings or not tag_title or not found or found[0].source != "json-ld":
        return None
    h1 = " ".join(headings[0].split())
    social = next((c.value for c in found if c.source == "meta"), None)
    card = " ".join(strip_site(social, site, []).split()).casefold() if social else ""
    shown = h1.casefold()
    carded = bool(card) and (card == shown or shown.startswith(card + " "))
    tag = " ".join(tag_title.split()).casefold()
    structured = " ".join(found[0].value.split()).casefold()
    # ("<h1> - Nachrichten - WDR": the tag's sections left after the site's name went)
    tagged = tag == shown or (
        tag.startswith(shown) and _SECTION_TAIL.fullmatch(tag[len(shown) :]) is not None
    )
    # (The Verge's title tag prints the JSON-LD's headline: two sources against the card's one)
    if (carded or tagged) and structured not in (shown, tag):
        return h1
    return None


_SECTION_TAIL = re.compile(r"\s*[-|–—·:]\s*[^-|–—·:]{1,30}(?:\s*[-|–—·:]\s*[^-|–—·:]{1,30})?\s*")


def _uncut(title: str, others: list[str]) -> str:
    """The whole title when a meta tag's value stops at a quotation mark it held.

    Pages put headlines with straight double quotes in attributes unescaped:
    ``content="…龙湖集团"暗伤"曝露？"`` ends at the first quote, while the
    title tag and the h1 hold all of it.
    """
    for other in others:
        other = " ".join(other.split())
        if len(other) > len(title) and other.startswith(title) and other[len(title)] == '"':
            return other
    return title


def _heading_within(title: str, headings: list[str]) -> str:
    """The page's heading when ``title`` is that heading with a tail glued on.

    "This API is so Fetching! ✩ Mozilla Hacks", "How to Build a Terrarium (with
    Pictures)", "Samantha and The Great Big Lie. How to get shanked…": the
    title tag adds a site, a note or a teaser the headline itself does not have.
    """
    folded = " ".join(title.split()).casefold()
    for heading in headings:
        head = " ".join(heading.split())
        if htmlblocks.word_count(head) < _HEADING_WORDS:
            continue
        if folded.startswith(head.casefold()) and _GLUED_TAIL.match(
            title[len(head) :] if title.startswith(head) else ""
        ):
            return head
        # Chinese has no spaces between words: a stray one ("2007　年末") is no difference.
        bare, bare_head = "".join(title.split()), "".join(head.split())
        if (
            htmlblocks.cjk_chars(head)
            and bare.startswith(bare_head)
            and _GLUED_TAIL.match(bare[len(bare_head) :])
        ):
            return head
        # A section glued before it: "Stock Market and Investing: Fed's Statement on ..."
        if folded.endswith(head.casefold()) and _GLUED_HEAD.search(folded[: -len(head)]):
            return head
    return title


_HEADING_WORDS = 3  # a heading shorter than this may be a section's label ("Brexit")
# What a title tag glues after the headline: a separator, a bracketed note, a second sentence.
_GLUED_TAIL = re.compile(r"\s*(?:[|\-–—·•»/\\>~_✩★☆]|\(|\.\s)")
_GLUED_HEAD = re.compile(r"\S\s*[:|\-–—·•»>]\s*$")


def _echoes(a: str, b: str) -> bool:
    """Whether two titles share most of the words of the shorter one."""
    words_a, words_b = (
        set(_TITLE_WORD.findall(a.casefold())),
        set(_TITLE_WORD.findall(b.casefold())),
    )
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and len(words_a & words_b) * 2 >= shorter


def _pick_url(fields: Fields, url: str | None) -> str | None:
    for cand in fields.found.get("url", []):
        if cand.value.startswith(("http://", "https://")):
            return cand.value
    return url


def _pick_site(
    fields: Fields, url: str | None, title_tag: str | None, headings: list[str]
) -> str | None:
    for source in ("site", "site-weak"):
        for cand in fields.found.get(source, []):
            value = cand.value
            if re.match(r"^(https?://|www\.)", value, re.I):
                value = domain_of(value if "//" in value else "http://" + value) or value
            if 1 < len(value) <= 80:
                if source == "site-weak":
                    fields.add("site", value, cand.source)
                found = fields.found.get(source, [])
                name = _without_company(value, found)
                if title_tag and cand.source == "json-ld":
                    return _title_brand(name, found, title_tag)
                return name
    domain = domain_of(url) if url else None
    label = _domain_label(domain)
    # A name the page prints for itself and the domain spells beats a guess from the title.
    printed = (
        next((n for n, kind in fields.names_on_page if _spells(label, n, kind)), None)
        if len(label) >= 4
        else None
    )
    if printed:
        fields.add("site", printed, "text")
    named = site_in_title(title_tag, domain, headings) if title_tag else None
    if named:
        fields.add("site", named, "title-tag")
    if domain:
        fields.add("site", domain, "url")
    if title_tag:
        title = " ".join(title_tag.split())
        parts = site_parts(title)
        if len(parts) > 1 and len(parts[-1].split()) <= 4 and len(parts[-1]) < len(title) / 2:
            fields.add("site", parts[-1], "title-tag")
    return fields.first("site")


def _without_company(value: str, candidates: list[Candidate]) -> str:
    """The site's own name when the first one found is its company's ("Ediciones El País").

    JSON-LD's publisher often names the company that owns the site; the
    og:site_name beside it names the site, the company's name holds it.
    """
    value = textmeta.paper_name(value)  # "西日本新聞社": the paper's company
    for cand in candidates:
        if _brand_of(cand.value.strip(), value):
            return cand.value.strip()  # "WDR" beside "Westdeutscher Rundfunk": the brand
    if not _COMPANY_WORDS.search(value):
        return value
    for cand in candidates:
        other = cand.value.strip()
        if 1 < len(other) < len(value) and other.casefold() in value.casefold():
            return other
    for cand in candidates:  # "VLTAVA LABE MEDIA a.s." beside og:site_name "Brněnský deník"
        other = cand.value.strip()
        if 1 < len(other) <= _SITE_CHARS and other != value and not _COMPANY_WORDS.search(other):
            return other
    return value


_SITE_CHARS = 40  # a site's name, not a motto or a sentence


def _title_brand(value: str, candidates: list[Candidate], title_tag: str) -> str:
    """The site's brand when its title tag signs with a name other than the one chosen.

    A JSON-LD publisher names the owner ("Südwestrundfunk", "中国新聞社",
    "Radio France") while og:site_name and every title tag ("… - SWR Aktuell",
    "…｜中国新聞デジタル", "… | France Inter") name the site the reader is on.
    The title's own signature settles it, unless it also prints the first
    name, or signs with an address ("Haaretz.com") where the first is a name.
    """
    parts = [_key(p) for p in site_parts(" ".join(title_tag.split()))]
    if len(parts) < 2 or _key(value) in parts:
        return value
    for end in (parts[-1], parts[0]):
        for cand in candidates:
            other = cand.value.strip()
            if other == value or _key(other) != end or not 1 < len(other) <= _SITE_CHARS:
                continue
            if _ADDRESS_END.search(other) and not _ADDRESS_END.search(value):
                return value
            return other
    return value


_ADDRESS_END = re.compile(r"\.[a-z]{2,4}$", re.IGNORECASE)  # "ladepeche.fr", "Haaretz.com"


def _brand_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym spelled from ``name``'s letters in order, its first first.

    "NDR" from "Norddeutscher Rundfunk", "SWR" from "Südwestrundfunk": the
    broadcaster's brand, which its pages and their readers use.
    """
    if not _BRAND.fullmatch(short) or len(name) <= len(short):
        return False
    letters = name.casefold()
    if not letters.startswith(short[0].casefold()):
        return False
    at = 0
    for ch in short.casefold():
        at = letters.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


_BRAND = re.compile(r"[A-Z][A-Z0-9]{1,4}")


_COMPANY_WORDS = re.compile(
    r"\b(?:company|ediciones|[ée]ditions|edizioni|group|gruppe|verlag\w*|inc|ltd|llc|gmbh"
    r"|corp(?:oration)?|holdings?|limited|plc|perum)\b|株式会社|有限会社|有限公司"
    r"|\s(?:a\.\s?s|s\.\s?a|s\.\s?p\.\s?a|s\.\s?l|b\.\s?v|n\.\s?v|sp\.\s?z\s?o\.\s?o)\.?$"
    r"|\s(?-i:AB|ASA|A/S|Oy|Oyj)$",
    re.IGNORECASE,
)


def site_in_title(title: str, domain: str | None, headings: list[str]) -> str | None:
    """The site's name as the title tag prints it beside the headline, else None.

    With no structured site name, a short part of "Headline | Site" names the
    site when the domain spells it ("Slow Transit", slowtransit.net) or when
    the page's heading is the other part: a name beats a bare domain.
    """
    title = " ".join(title.split())
    parts = site_parts(title)
    # "…_新闻频道_央视网(cctv.com)": the last part a name beside its own address
    signed = _NAME_AND_ADDRESS.fullmatch(parts[-1]) if len(parts) > 1 else None
    if signed and (not domain or domain.casefold().endswith(signed.group(2).casefold())):
        return signed.group(1)
    label = _domain_label(domain)
    # "Blog Name: Post title" splits at the colon only when the domain spells the name.
    for part in [*parts, title.split(": ", 1)[0] if ": " in title else ""]:
        if part and len(label) >= 4 and len(part.split()) <= 5 and _spells(label, part, "title"):
            return part
    if len(parts) != 2:
        return None
    # Otherwise only "Headline | Site": a short last part beside the page's heading.
    headline, last = parts
    if len(last.split()) > 5 or len(last) > len(title) / 2:
        return None
    if any(_key(headline) == _key(h) or _echoes(headline, h) for h in headings):
        return last if not any(_key(last) == _key(h) for h in headings) else None
    return None


_NAME_AND_ADDRESS = re.compile(
    r"(\S.{0,29}?)\s*[(（]\s*(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s*[)）]", re.IGNORECASE
)


def strip_site(title: str, site: str | None, headings: Iterable[str]) -> str:
    """Drop a site name or section glued to a title ("Title | Site", "Site: Title").

    A part is dropped when it names the site (and of what is left, a part the
    page's heading repeats is the title); when no part does, the part that a
    heading on the page repeats is kept; otherwise the title stays whole.
    """
    title = " ".join(title.split())
    if site and title.casefold().startswith(site.casefold() + ": "):
        return title[len(site) + 2 :].strip()  # "Blog Name: Post title"
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site_key = _key(site or "")
    if site_key:
        kept = [
            p
            for p in parts
            if not (
                _key(p) == site_key
                or (len(site_key) > 3 and site_key in _key(p) and len(_key(p)) <= len(site_key) + 6)
            )
        ]
        if kept and len(kept) < len(parts):
            for heading in headings:  # "Thread - Category - Forum": the heading is the thread
                if len(kept) > 1 and " ".join(heading.split()) in kept:
                    return " ".join(heading.split())
            # Rejoin what is left with the separators the title used.
            start = title.find(kept[0])
            end = title.rfind(kept[-1]) + len(kept[-1])
            if start >= 0 and end > start:
                return title[start:end].strip()
    for heading in headings:
        heading = " ".join(heading.split())
        if heading and _key(heading) in _key(title) and htmlblocks.word_count(heading) >= 2:
            if heading in title:
                return heading
            # The same words in other quotes or dashes ("‘Star Wars’" in the h1,
            # "'Star Wars'" in the title tag): the title tag's own part.
            same = next((p for p in parts if _key(p) == _key(heading)), None)
            if same:
                return same
    return title


def earliest_of_best(cands: list[Candidate]) -> str | None:
    """The best source's date; among that source's dates, the earliest."""
    if not cands:
        return None
    best = cands[0].source
    same = [c.value for c in cands if c.source == best]
    chosen = min(same, key=lambda v: v[:19])
    # The same instant stated with the publisher's own offset tells the local day.
    instant = isodates.instant(chosen)
    if instant is not None and chosen.endswith("+00:00"):
        for cand in cands:
            if not cand.value.endswith("+00:00") and isodates.instant(cand.value) == instant:
                return cand.value
    return chosen


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without "www.", as a fallback site name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^(www\d?|m|amp|mobile)\.", "", host.lower())
    return host or None


def normalise_lang(value: str | None) -> str | None:
    """The primary language subtag in lower case ("en-US" -> "en")."""
    if not value:
        return None
    match = re.match(r"^\s*([A-Za-z]{2,3})(?:[-_]|$|\s)", value)
    if not match:
        return None
    code = match.group(1).lower()
    return None if code in ("und", "mul", "zxx", "xx") else code


def _domain_label(domain: str | None) -> str:
    """The part of a host that names the site: "slowtransit" for www.slowtransit.net."""
    return _key(max(domain.split(".")[:-1], key=len)) if domain and "." in domain else ""


def without_site_link(el: HtmlElement, text: str, url: str | None) -> str:
    """A heading's text without the site's name linked at its end.

    Some papers set their logo's link inside the headline's ``h1``, after
    it: "...la imputación de la Infanta<a href=/mallorca.html>Ultima Hora
    Mallorca</a>", glued on with no space. The last link goes when it goes
    home or the page's domain spells its text ("Ultima Hora" for ultimahora.es;
    a home link may add a word).
    """
    links = el.xpath(".//a")
    if not links:
        return text
    name = " ".join(links[-1].text_content().split())
    if not name or name == text or not text.endswith(name):
        return text
    label = _domain_label(domain_of(url) if url else None)
    spelled = len(label) >= _LABEL_CHARS and _spells(label, name, "logo")
    if _is_home(links[-1].get("href")) or spelled:
        return text[: -len(name)].rstrip(" |-–—:·")
    return text


_LABEL_CHARS = 4  # a domain's label too short to spell a name with ("wsj" is an abbreviation)


def links_home(el: HtmlElement, text: str) -> bool:
    """Whether an element's whole text is a link to the site's home: the site's name, a logo."""
    return any(
        _is_home(a.get("href")) and " ".join(a.text_content().split()) == text for a in el.iter("a")
    )


def whole_link(el: HtmlElement, text: str) -> str | None:
    """The address a heading's whole text links to, scheme and "www." aside; None if none."""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and " ".join(a.text_content().split()) == text:
            return _SCHEME_WWW.sub("", href.split("#")[0]).rstrip("/") or None
    return None


def links_under(href: str, parent: str) -> bool:
    """Whether ``href`` is a page under ``parent``: a post's permalink under its blog's address."""
    return href.startswith(parent + "/") and len(href) > len(parent) + 1


_SCHEME_WWW = re.compile(r"^(?:https?:)?//(?:www\.)?", re.IGNORECASE)


def links_to(el: HtmlElement, url: str) -> bool:
    """Whether an element holds a link to the page at ``url``: a post's title, by its permalink.

    Scheme, "www.", query, fragment and a last "/" aside; a site's home page is
    never the page meant (a blog's name links there).
    """
    page = _page_key(url, "")
    return page is not None and any(
        _page_key(url, a.get("href") or "") == page for a in el.iter("a")
    )


def _page_key(base: str, href: str) -> str | None:
    """Host and path of ``href`` read against ``base``; None for a home page or a malformed one."""
    try:
        address = urljoin(base.strip(), href.strip())
        path = urlsplit(address).path.rstrip("/")
    except ValueError:  # "http://[bad": a page's own broken link
        return None
    host = domain_of(address)
    return f"{host}{path}" if host and path else None


def _is_home(href: str | None) -> bool:
    """Whether a link goes to a site's home page ("/", "https://example.com/")."""
    return href is not None and _HOME_HREF.match(href) is not None


_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|die|der|das|il|lo|o|a)\s+", re.IGNORECASE)


def _spells(label: str, name: str, kind: str) -> bool:
    """Whether a domain's label spells a name the page prints for itself.

    "BusinessDesk Wire" for businessdeskwire.com; a home link may add a word
    ("Harbour Light Journal" for harbourlight.org), a copyright holder may not
    (it is often the company that owns the site).
    """
    key = _key(name)
    if label in (key, _key(_ARTICLE.sub("", name))):
        return True  # "The Tinkerer's Log" for tinkererslog.org, as for thetinkererslog.org
    if _abbreviates(label, name):
        return True  # "The New York Times" for nytimes.com, "Wall Street Journal" for wsj.com
    return kind == "logo" and key.startswith(label) and len(name.split()) <= _LOGO_WORDS


def _abbreviates(label: str, name: str) -> bool:
    """Whether a domain's label is a name with its first words cut to their initials.

    "nytimes" (New York Times), "latimes" (Los Angeles Times), "wsj" (Wall
    Street Journal): two initials at least, and the rest of the name spelled.
    """
    words = [_key(w) for w in _ARTICLE.sub("", name).split()]
    words = [w for w in words if w]
    if len(label) < 3 or len(words) < 2:
        return False
    for cut in range(2, len(words) + 1):
        if label == "".join(w[0] for w in words[:cut]) + "".join(words[cut:]):
            return True
    return False


def _key(value: str) -> str:
    return re.sub(r"[\W_]+", "", value.casefold())


def _names_site(name: str, site: str | None) -> bool:
    """Whether an "author" is really the site (or the start of its name)."""
    key, site_key = _key(name), _key(site or "")
    key = _COMPANY_END.sub("", key) or key  # "静岡新聞社": the company that prints 静岡新聞
    return bool(
        key and site_key and (key == site_key or (len(key) >= 3 and site_key.startswith(key)))
    )


_COMPANY_END = re.compile(r"(?:株式会社|社|inc|ltd|llc|gmbh|plc)$")


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and _key(a) == _key(b))


def text_content(el: etree._Element) -> str:
    """Text of an element with its white space collapsed."""
    return " ".join(str(el.xpath("string()")).split())
