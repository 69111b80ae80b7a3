"""Pages without their head: a select-all copy, or a page saved without it.

With no title tag, meta tags or JSON-LD, the headline is the heading right
above the text, not the site's logo in the first ``h1`` or a drawing's title.
"""

from __future__ import annotations

import lxml.html
import pytest

from clipper.clean import clean_html, metadata

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The city council voted on Tuesday to build a tram line along the old harbour road, "
        "ending a debate that began more than a decade ago.",
        "The line will run for nine kilometres and stop at eleven stations, linking the "
        "railway station with the new university campus in the east.",
        "Construction is to start next spring and take three years; the council put the "
        "cost at 240 million euros, two thirds of it from the state.",
    )
)
MENU = (
    "<nav><ul>"
    + "".join(
        f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("world", "business", "tech", "science")
    )
    + "</ul></nav>"
)


def page(header: str, article_head: str) -> str:
    return (
        "<html><body><!--StartFragment-->"
        f"<header>{header}{MENU}</header><main><article>{article_head}{PARAGRAPHS}</article>"
        "</main><footer><p>© 2024 The Harbour Ledger</p></footer><!--EndFragment--></body></html>"
    )


def test_the_logos_heading_is_not_the_headline() -> None:
    html = page(
        '<h1><a href="/">The Harbour Ledger</a></h1>',
        "<h1>Council approves harbour tram line after decade of debate</h1>"
        "<h2>Nine kilometres, eleven stations and a bill of 240 million euros</h2>",
    )
    article = clean_html(html)
    assert article.title == "Council approves harbour tram line after decade of debate"
    assert "The city council voted on Tuesday" in article.text
    assert "Council approves" not in article.text and "Business" not in article.text


def test_a_drawings_title_is_not_the_pages() -> None:
    logo = '<a href="/"><svg viewBox="0 0 10 10"><title>The Harbour Ledger</title></svg></a>'
    article = clean_html(page(logo, "<h1>Council approves harbour tram line</h1>"))
    assert article.title == "Council approves harbour tram line"


def test_a_date_heading_and_a_headings_anchor_are_no_headline() -> None:
    html = page(
        "<h1>Harbour notes</h1>",
        '<h1>Council approves harbour tram line <a href="#t">¶</a></h1><h2>06 December 2016</h2>',
    )
    article = clean_html(html)
    assert article.title == "Council approves harbour tram line"


@pytest.mark.parametrize(
    "day",
    [
        "Friday, November 5, 2021",  # Blogger's date header
        "2026年11月30日 星期一 2021年10月7日 星期四",  # a sidebar's clock: "today", a story's day
    ],
)
def test_a_blogs_name_linked_home_and_a_date_heading_are_no_headline(day: str) -> None:
    """Blogger prints the blog's name in an h1 linked home, the day in an h2, the post in an h3."""
    html = page(
        '<h1><a href="https://harbourlight.example/">Harbour Light Journal</a></h1>',
        f"<h2>{day}</h2><h3>Council approves harbour tram line</h3>",
    )
    assert clean_html(html).title == "Council approves harbour tram line"


def test_a_date_stacked_in_boxes_under_the_headline_dates_a_copy() -> None:
    """Tencent's year, day and time in blocks of their own: "2019" / "09/07" / "19:02"."""
    html = page(
        "",
        "<h1>Council approves harbour tram line after decade of debate</h1>"
        "<div class='date'><div>2019</div><div>09/07</div><div>19:02</div></div>",
    )
    assert clean_html(html).published == "2019-09-07T19:02:00"


def test_the_headline_under_a_menu_of_section_headings_heads_a_copys_date_lines() -> None:
    """NetEase: the menu's sections in h3s far above the headline's h2 and its date line.

    The lines under the headline are what the page's metadata reads for a
    date; the extractors may leave that box out of the body.
    """
    sections = "".join(
        f"<h3>Section {i}</h3><ul>"
        + "".join(f'<li><a href="/s{i}/{j}">Link {i}.{j}</a></li>' for j in range(12))
        + "</ul>"
        for i in range(8)
    )
    html = page(
        sections,
        "<h2>Council approves harbour tram line after decade of debate</h2>"
        "<p class='time'><span>2019-05-17</span> · <span>Harbour Ledger staff</span></p>",
    )
    meta = metadata.extract(lxml.html.document_fromstring(html))[0]
    assert meta.published == "2019-05-17"
    assert clean_html(html).title == "Council approves harbour tram line after decade of debate"


def test_an_h4_headline_over_a_standfirst_is_a_copys_headline_and_heads_its_date_line() -> None:
    """EDN China: a notice's h4 label, then the headline in an h4, its date line, a standfirst."""
    notice = (
        "<div class='modal'><h4>Notice</h4><div>Our magazine is free to subscribe to.</div></div>"
    )
    headline = "Council approves harbour tram line after decade of debate"
    standfirst = (
        "<div class='art-lead'><span>Nine kilometres, eleven stations and a bill of 240 million "
        "euros: the line the city has argued over since 2012 will open in 2028.</span></div>"
    )
    html = (
        "<html><body><!--StartFragment-->"
        + "".join(f'<div><a href="/s/{i}">Section {i}</a></div>' for i in range(90))
        + f"{notice}<div class='cover-text'><h4>{headline}</h4>"
        "<div><span>Time: 2019-09-25</span> <span>Author: staff</span></div></div>"
        f"{standfirst}<div class='article_body'>{PARAGRAPHS}</div><!--EndFragment--></body></html>"
    )
    assert clean_html(html).title == headline
    assert metadata.extract(lxml.html.document_fromstring(html))[0].published == "2019-09-25"


def test_a_breadcrumb_set_as_a_heading_is_no_headline() -> None:
    """The Geographical Society of China: "首页 - 新闻动态" in an h3, the headline in an h5."""
    html = page(
        "<h3>首页 - 新闻动态</h3>",
        "<h5>Council approves harbour tram line after decade of debate</h5>"
        "<div><b>Published: 2019-05-18</b> <i>Source: Harbour Ledger</i></div>",
    )
    assert clean_html(html).title == "Council approves harbour tram line after decade of debate"


def test_a_logos_h1_holding_the_headline_and_the_sites_name_gives_the_headline_alone() -> None:
    """Ultima Hora: the masthead's h1 glues the headline to a link to the edition's front page."""
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    html = page(
        f'<h1><span class="define">{headline}</span>'
        '<a href="/mallorca.html">Ultima Hora Mallorca</a></h1>',
        f"<hgroup><h3>{headline}</h3></hgroup>",
    )
    assert clean_html(html).title == headline


def test_a_sections_label_over_a_headline_set_in_a_div_is_no_headline() -> None:
    """Portals set the headline in a styled div; the nearest heading names the section."""
    headline = "Council approves harbour tram line after decade of debate"
    html = page(
        "",
        f"<h3>Hospital news</h3><div class='title'>{headline}</div>"
        "<div class='title_blow'>Source: our own<br>Time: 2019-10-31 23:00</div>",
    )
    article = clean_html(html)
    assert article.title == headline
    assert article.published == "2019-10-31T23:00:00"


@pytest.mark.parametrize("blog", ["https://harbourlight.example/blog", "/blog"])
def test_a_posts_title_linked_under_the_blogs_name_is_the_headline(blog: str) -> None:
    """A blog's name in an h1 linked to the blog, the post's title in an h2 linked to its
    permalink under it: with no address to compare, the link under the other tells."""
    html = page(
        f'<h1><a href="{blog}">Steven and Fiona’s travels</a></h1>',
        f'<h2><a href="{blog}/post/39926056-harbour-tram">Harbour tram (2)</a></h2>',
    )
    assert clean_html(html).title == "Harbour tram (2)"


def test_a_heading_linked_under_the_blogs_name_above_another_is_no_headline() -> None:
    """A teaser's title linked under the blog, then the post's own heading: the last one heads."""
    html = page(
        '<h1><a href="/blog">Steven and Fiona’s travels</a></h1>',
        '<h3><a href="/blog/post/1-older">An older trip</a></h3>'
        "<h1>Council approves harbour tram line after decade of debate</h1>",
    )
    assert clean_html(html).title == "Council approves harbour tram line after decade of debate"


def test_a_logos_heading_of_search_keywords_is_no_headline() -> None:
    """A portal's logo heading lists its search keywords; the headline is a styled div
    over the date line."""
    keywords = "今日股市行情_明日大盘_今日股市_股票行情_明日股市_大盘预测 - 明日大盘网，权威股市行情资讯网站"
    headline = "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"
    text = (
        "联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险，2019年全球经济增长率"
        "也将从3%降至2.3%。一些大型新兴经济体已经陷入衰退，而一些发达经济体距离衰退仅一步之遥。"
    )
    html = (
        "<html><body><!--StartFragment-->"
        f"<div class='logo'><h1>{keywords}</h1></div>{MENU}"
        f"<div class='page_art_title'><div class='title-text'>{headline}</div>"
        "<div class='title-meta'>发布时间： 2019-09-26 10:09:11</div></div>"
        f"<div class='page_art_content'>{text}</div><!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.title == headline
    assert article.text.startswith("联合国贸发会议")
    assert article.published == "2019-09-26T10:09:11"


def test_an_h1_under_the_authors_name_and_date_heads_a_section_not_the_story() -> None:
    """Medium set the headline and each section's heading in h1s; the author's name and the
    date close the header, so the h1 under them is the first section's."""
    headline = "Node.js and CPU profiling on production (in real-time without downtime)"
    html = page(
        "",
        f"<h1>{headline}</h1><div>Vincent Vallet</div><div>Follow</div>"
        "<div>Oct 18, 2019 · 8 min read</div><h1>Why CPU monitoring is important?</h1>",
    )
    article = clean_html(html)
    assert article.title == headline
    assert "Why CPU monitoring is important?" in article.text


def test_a_date_under_a_sites_name_does_not_make_it_the_headline() -> None:
    """No author's name above the date: a site's h1 over today's date stays no headline."""
    html = page(
        "<h1>The Harbour Ledger</h1><div>Monday, March 4, 2024</div>",
        "<h1>Council approves harbour tram line after decade of debate</h1>",
    )
    assert clean_html(html).title == "Council approves harbour tram line after decade of debate"
