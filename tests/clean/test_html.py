"""clean_html on whole pages and on clipboard fragments (fixtures written for the tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_html
from clipper.clean.html import parse
from clipper.errors import InputError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def page() -> str:
    return (FIXTURES / "article.html").read_text(encoding="utf-8")


def test_page_body_is_the_article_alone(page: str) -> None:
    article = clean_html(page)
    assert article.text.startswith("Equipment makers across the region")
    assert "production line opened in January." in article.text
    for junk in (
        "Home",
        "cookies",
        "Share on Twitter",
        "Sign up for our newsletter",
        "covers semiconductors",
        "Port authority",
        "Leave a Reply",
        "All rights reserved",
        "trackPageView",
        "font-family",
    ):
        assert junk not in article.text
    # Body only: the title and byline are metadata.
    assert "Chip makers race to build domestic tools" not in article.text
    assert "By Mei Lin" not in article.text


def test_page_paragraphs_are_separated_by_one_blank_line(page: str) -> None:
    text = clean_html(page).text
    assert "\n\n\n" not in text
    assert "Tool | Domestic share" in text
    assert "- Lithography remains the hardest step to replace." in text


def test_page_html_keeps_structure_and_is_sanitised(page: str) -> None:
    html = clean_html(page).html
    for tag in ("<h2>", "<blockquote>", "<ul>", "<li>", "<table>", "<td>"):
        assert tag in html
    assert "<i>" in html or "<em>" in html
    assert "onerror" not in html and "<script" not in html and "<form" not in html
    assert 'src="/img/fab.jpg"' in html or "fab.jpg" in html


def test_page_links_made_absolute_with_url(page: str) -> None:
    article = clean_html(
        page, url="https://ledger.example.com/tech/2024/03/06/chip-tools?utm_source=x"
    )
    assert "https://ledger.example.com/img/fab.jpg" in article.html
    assert article.url == "https://ledger.example.com/tech/2024/03/06/chip-tools?utm_source=x"


def test_page_metadata(page: str) -> None:
    article = clean_html(page)
    assert article.title == "Chip makers race to build domestic tools"
    assert article.authors == ("Mei Lin", "Tomás Ortega")
    assert article.published == "2024-03-06T09:30:00+08:00"
    assert article.site == "The Harbour Ledger"
    assert article.lang == "en"
    assert (
        article.subtitle
        == "Export controls have pushed equipment makers to replace foreign lithography suppliers."
    )


def test_removed_blocks_have_reasons(page: str) -> None:
    removed = {r.reason: r.text for r in clean_html(page).removed}
    assert "Technology" in removed["menu"]
    assert "cookies" in removed["cookie"]
    assert "Share on Twitter" in removed["share"]
    assert "newsletter" in removed["newsletter"]
    assert "covers semiconductors" in removed["bio"]
    assert "Port authority" in removed["related"]
    assert "Leave a Reply" in removed["comments"]
    assert removed["title"] == "Chip makers race to build domestic tools"
    assert "Mei Lin" in removed["byline"]


def test_candidates_mark_the_chosen_value(page: str) -> None:
    candidates = clean_html(page).candidates
    authors = candidates["authors"]
    assert [c.chosen for c in authors].count(True) == 1
    assert authors[0].source == "json-ld" and authors[0].chosen
    assert any(c.source == "meta" and c.value == "Ledger Staff" for c in authors)


def test_excerpt_is_short_and_ends_at_a_sentence() -> None:
    body = "".join(
        f"<p>Sentence number {i} says something useful about the topic at hand.</p>"
        for i in range(40)
    )
    article = clean_html(
        f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    )
    assert 100 <= len(article.excerpt) <= 380
    assert article.excerpt.endswith(".")


# -- fragments ------------------------------------------------------------------

FRAGMENT = """<meta charset='utf-8'><h1>Port reopens after storm</h1>
<p class="byline">By Ana Ruiz</p>
<p>The harbour reopened on Tuesday.</p>
<p>Ships queued overnight.</p>
<div class="social-share"><a href="#">Tweet</a> <a href="#">Share</a></div>
<p>Dock workers said <a href="https://example.org/report" onclick="steal()">the report</a> was right.</p>
<script>alert(1)</script>"""


def test_fragment_is_kept_whole_but_for_widgets() -> None:
    article = clean_html(FRAGMENT)
    assert article.text == (
        "The harbour reopened on Tuesday.\n\nShips queued overnight.\n\n"
        "Dock workers said the report was right."
    )
    assert article.title == "Port reopens after storm"
    assert article.authors == ("Ana Ruiz",)
    reasons = {r.reason for r in article.removed}
    assert {"share", "title", "byline"} <= reasons
    assert "onclick" not in article.html and "alert" not in article.html
    assert 'href="https://example.org/report"' in article.html


def test_short_fragment_is_not_cut_down() -> None:
    article = clean_html("<p>Just one short sentence.</p>")
    assert article.text == "Just one short sentence."


def test_windows_clipboard_fragment_markers() -> None:
    html = (
        "<html><head><title>Whole page title</title></head><body><nav>Menu</nav>"
        "<!--StartFragment--><p>Selected words only.</p><!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.text == "Selected words only."


def test_fragment_markers_left_inside_a_pages_article_do_not_make_it_a_selection() -> None:
    # Editors who paste into a CMS leave the clipboard's markers in the article.
    paragraphs = "".join(
        f"<p>Paragraph {n} of the report tells what the council decided on the budget.</p>"
        for n in range(1, 6)
    )
    html = (
        "<html><head><title>Council passes the budget - Riverton Daily</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>Council passes the budget</h1>"
        "<div class='article'><p><!--StartFragment--></p><p>A subheading pasted by the editor</p>"
        "<p><!--StartFragment--><!--EndFragment--></p>" + paragraphs + "</div></body></html>"
    )
    article = clean_html(html)
    assert article.title == "Council passes the budget"
    assert "Paragraph 5 of the report" in article.text


def test_an_article_after_an_included_headers_closing_html_tag_is_read() -> None:
    # A template includes its header as a whole document; a browser reads on past its end.
    html = (
        "<html><head><title>Council passes the budget</title></head><body>"
        "<div class='header'><a href='/'>Home</a> <a href='/news'>News</a></div></body></html>"
        "<div class='content'><h1>Council passes the budget</h1>"
        + "".join(
            f"<p>Paragraph {n} of the report tells what the council decided on the budget.</p>"
            for n in range(1, 6)
        )
        + "</div></body></html>"
    )
    article = clean_html(html)
    assert "Paragraph 5 of the report" in article.text
    assert "Home" not in article.text


def test_inline_code_stays_inside_its_sentence() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n}: Go has a keyword called <code>defer</code>, which runs a call when "
        f"the function returns, and Python has <code>contextlib.ExitStack</code> for it.</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>Deferred calls in Python</title></head><body>"
        f"<article><h1>Deferred calls in Python</h1>{paragraphs}</article></body></html>"
    )
    article = clean_html(html)
    assert "Paragraph 1: Go has a keyword called defer, which runs a call" in article.text
    assert "<p>Paragraph 1: Go has a keyword called <code>defer</code>, which" in article.html


def test_an_article_whose_paragraphs_are_sections_is_found() -> None:
    # WeChat's editors set every paragraph in a <section>, none in a <p>.
    sections = "".join(
        f"<section style='margin: 0 16px'><span>第{n}段：三星在美国旧金山举行发布会，"
        "正式发布旗下新一代旗舰手机 Galaxy S20 系列机型，"
        "包括三款新机，处理器采用高通骁龙 865 方案。"
        "</span></section>"
        for n in range(1, 7)
    )
    html = (
        "<html><head><title>三星 Galaxy S20 系列手机正式发布</title></head><body>"
        "<div class='profile'><div>爱否科技</div><div>微信号 FViewXFG</div></div>"
        "<div class='rich_media'><h2>三星 Galaxy S20 系列手机正式发布</h2>"
        f"<div id='js_content'>{sections}</div></div>"
        "<div class='qr'><div>微信扫一扫</div><div>关注该公众号</div></div></body></html>"
    )
    article = clean_html(html)
    assert "第1段：三星在美国旧金山举行发布会" in article.text
    assert "第6段" in article.text
    assert "微信号" not in article.text and "关注该公众号" not in article.text


def test_a_chinese_penned_by_line_over_the_text_gives_the_authors() -> None:
    paragraphs = "".join(
        f"<p>第{n}段：西方世界的一些政客正试图串联起来，"
        "组成一个所谓的跨国议会联盟，号称要协调对华政策。</p>"
        for n in range(1, 6)
    )
    html = (
        "<html><head><title>补壹刀：新联盟今天成立了</title></head><body>"
        "<h1>补壹刀：新联盟今天成立了</h1><p>2020-06-05 20:35</p>"
        "<div class='content'><p>执笔/叨叨姐、胡一刀&amp;李小飞刀</p>"
        f"{paragraphs}</div></body></html>"
    )
    article = clean_html(html)
    assert article.authors == ("叨叨姐", "胡一刀", "李小飞刀")
    assert "执笔" not in article.text


def test_a_selection_opening_with_a_paragraph_set_as_a_heading_keeps_it_in_the_text() -> None:
    lead = (
        "The mother of a woman who took pills bought online has described how her daughter "
        "was burning up from within in the hours before her death at the hospital."
    )
    html = (
        "<html><body><!--StartFragment--><h2>" + lead + "</h2>"
        "<p>She was taken to hospital on 12 April after taking a lethal dose.</p>"
        "<!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.text.startswith(lead)
    assert article.title != lead
    headline = html.replace(lead, "Student dies after taking diet pills bought online")
    assert clean_html(headline).title == "Student dies after taking diet pills bought online"


# -- bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "\u200b" * 10000,
        "<html><head><title></title></head><body>"
        + "<script>var a = 1;</script>" * 200
        + "</body></html>",
    ],
)
def test_no_text_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError):
        clean_html(html)


def test_zero_width_flood_between_words_is_removed() -> None:
    article = clean_html("<p>" + "\u200b" * 50000 + "Real words here." + "\u200b" * 50000 + "</p>")
    assert article.text == "Real words here."


def test_deep_nesting_keeps_the_text() -> None:
    depth = 100_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep inside the page.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    article = clean_html(html)
    assert "Deep inside the page." in article.text


def test_nesting_just_past_the_parser_limit_keeps_the_text() -> None:
    html = (
        "<html><body><p>Before the nest.</p>"
        + "<div>" * 300
        + "<p>Below the limit.</p>"
        + "</div>" * 300
        + "<p>After the nest.</p></body></html>"
    )
    text = clean_html(html).text
    assert "Before the nest." in text
    assert "Below the limit." in text
    assert "After the nest." in text


def test_nesting_within_the_parser_limit_keeps_the_structure() -> None:
    tree = parse("<html><body>" + "<div>" * 200 + "<h2>Kept as a heading</h2>" + "</div>" * 200)
    assert tree.xpath("//h2/text()") == ["Kept as a heading"]


def test_huge_page_is_bounded() -> None:
    para = "<p>" + "The quick brown fox jumps over the lazy dog by the river. " * 8 + "</p>"
    html = "<html><head><title>Big</title></head><body>" + para * 60_000 + "</body></html>"
    assert len(html) > 25_000_000
    article = clean_html(html)
    assert article.title == "Big"
    assert 0 < len(article.text) <= 2_100_000


def test_a_page_made_big_by_its_scripts_keeps_its_structured_data() -> None:
    # News sites' pages pass two million characters with their scripts; the
    # scripts go before parsing, but the JSON-LD listing every author stays.
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Takeaways",'
        ' "author": [{"@type": "Person", "name": "Jeremy Herb"},'
        ' {"@type": "Person", "name": "Kara Scannell"}]}</script>'
    )
    junk = "<script>var state = " + "'x'," * 600_000 + ";</script>"
    html = (
        f'<html><head><meta name="author" content="Douglas Wood">{junk}{ld}</head><body>'
        "<h1>Takeaways</h1><p>"
        + "The former president spoke from the stand for hours. " * 6
        + "</p></body></html>"
    )
    assert len(html) > 2_000_000
    assert clean_html(html).authors == ("Jeremy Herb", "Kara Scannell")


def test_single_huge_line() -> None:
    article = clean_html("<html><body><p>" + "word " * 1_000_000 + "</p></body></html>")
    assert article.text.startswith("word word")


def test_right_to_left_text_survives() -> None:
    arabic = "هذا نص عربي عن الاعتماد على الذات في التكنولوجيا. " * 10
    article = clean_html(
        f"<html dir='rtl' lang='ar'><head><title>عنوان</title></head><body><article><p>{arabic}</p><p>English words too.</p></article></body></html>"
    )
    assert "الاعتماد على الذات" in article.text
    assert article.lang == "ar"


def test_a_korean_page_names_its_reporter_without_the_trade_and_drops_the_address() -> None:
    """No author tag: the byline glued to the filing time gives "홍길동", not "홍길동 기자"."""
    article = clean_html((FIXTURES / "ko-wire.html").read_text(encoding="utf-8"))
    assert article.authors == ("홍길동",)
    assert article.published == "2024-03-06T10:21:00+09:00"
    assert article.site == "연합뉴스"
    assert article.lang == "ko"
    assert article.text.rstrip().endswith('치열해질 것"이라고 말했다.')
    assert "(서울=연합뉴스) 홍길동 기자 = 삼성전자가" in article.text
    for furniture in ("hong@yna.co.kr", "무단 전재", "글자크기조정", "많이 본 뉴스"):
        assert furniture not in article.text


def test_a_broken_link_in_a_heading_does_not_stop_a_copy_with_its_address() -> None:
    """Headings' links are read against the page's address; "http://[bad" is no address."""
    para = "<p>" + "Foundries started fewer wafers in the first quarter than a year before. " * 3
    html = f'<h1><a href="http://[bad">Field Notes</a></h1><h3>Wafer starts fall</h3>{para}</p>'
    article = clean_html(html, "https://fieldnotes.example/post/7710")
    assert article.title == "Wafer starts fall"  # the h1 links to a bare host: the blog's name
    assert "Foundries started fewer wafers" in article.text


def test_a_post_signed_under_its_text_names_its_author() -> None:
    """Blogger's footer, "Posted by Ada Byrne at 12:55 AM", right under the post's text."""
    article = clean_html((FIXTURES / "small-blog.html").read_text(encoding="utf-8"))
    assert article.title == "An open toolchain for tiny logic chips"
    assert article.authors == ("Ada Byrne",)
    assert "Posted by" not in article.text
    assert {r.text: r.reason for r in article.removed}.get(
        "Posted by Ada Byrne at 12:55 AM"
    ) == "byline"
    # Further down, past the share buttons and the sidebar, a "By" line is someone else's.
    para = (
        "<p>Foundries started fewer wafers in the first quarter than a year before, the "
        "industry group said on Monday, as customers ran down their stocks of older chips and "
        "waited for demand from carmakers to return. The group expects the numbers to recover "
        "in the second half, once the new plants in the region start their first lines.</p>"
        "<p>The fall was steepest at the oldest nodes, where carmakers and appliance makers buy "
        "most of their parts, and smallest at the leading edge.</p>"
    )
    html = (
        f"<html><head><title>Wafer starts fall</title></head><body><article><h1>Wafer starts "
        f"fall</h1>{para}</article><div>Share</div><div>Most read</div><div><a href='/x'>"
        "Tool prices climb</a></div><div>By Jo Clarke</div></body></html>"
    )
    assert clean_html(html).authors == ()
    signed = html.replace("<div>Share</div>", "<div>By Jo Clarke</div><div>Share</div>")
    assert clean_html(signed).authors == ("Jo Clarke",)


DECLARED = [
    "The regional water board approved a plan on Tuesday to replace the oldest pipes under the "
    "city centre within five years, the largest such project in its history.",
    "Engineers told the board that some of the pipes were laid before the First World War and "
    "now lose a fifth of the water they carry before it reaches a tap.",
    "The cost, estimated at 240 million euros, will be shared between the city and the region, "
    "officials said, and work will start in the spring in the northern district.",
]


def script_built_page(shown: str, body: str) -> str:
    """A page whose scripts would fill the article in; its JSON-LD declares the text."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Water board approves pipe plan",
        "author": {"@type": "Person", "name": "Jane Holloway"},
        "datePublished": "2024-03-04T10:15:00Z",
        "articleBody": body,
    }
    return (
        "<!DOCTYPE html><html><head><title>Water board approves pipe plan | The Courier</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        '<div id="__next"><header><a href="/">The Courier</a><nav><a href="/a">News</a>'
        '<a href="/b">Sport</a></nav></header><main><h1>Water board approves pipe plan</h1>'
        f"{shown}</main></div></body></html>"
    )


def test_a_page_built_by_its_scripts_gives_the_article_its_json_ld_declares() -> None:
    """Saved or fetched without running its scripts, the page shows "Loading…"."""
    article = clean_html(script_built_page("<p>Loading…</p>", "\n\n".join(DECLARED)))
    assert article.text == "\n\n".join(DECLARED)
    assert article.authors == ("Jane Holloway",)
    assert "Loading…" in {r.text for r in article.removed}


def test_a_declared_summary_or_the_same_text_leaves_the_pages_own_article() -> None:
    shown = "<h2>What it costs</h2>".join(f"<p>{p}</p>" for p in DECLARED)
    same = clean_html(script_built_page(shown, "\n\n".join(DECLARED)))
    assert "What it costs" in same.text  # the page's own text, with its subheading
    summary = clean_html(script_built_page(shown, "The board approved the pipe plan."))
    assert summary.text == same.text


def test_a_body_declared_as_html_gives_its_text() -> None:
    declared = "".join(f"<p>{p.replace('five years', '<em>five years</em>')}</p>" for p in DECLARED)
    article = clean_html(script_built_page("<p>Loading…</p>", declared))
    assert article.text == "\n\n".join(DECLARED)
    assert "<p>" not in article.text and "<em>" not in article.text


def test_paragraphs_each_in_a_stack_of_bare_divs_are_all_kept() -> None:
    # Both extractors score one stack and keep it; its siblings of the same
    # shape, each a sentence, are the rest of the article.
    paragraphs = [
        "The council met on Tuesday to discuss the new budget for the coming year. Several "
        "members raised concerns about the cost of repairing the old bridge over the river.",
        "The mayor said the city would look for money from the regional government before "
        "raising taxes. Residents who attended the meeting asked for more time to comment.",
        "A final vote is expected next month, after a second round of public hearings. "
        "Engineers warned that the bridge could be closed to heavy traffic within two years.",
        "Local businesses said a closure would cut them off from customers on the other bank. "
        "The opposition proposed selling an unused building to pay for part of the work.",
    ]
    page = (
        "<html><head><title>Council weighs the cost</title></head><body>"
        "<h1>Council weighs the cost</h1>"
        + "".join(f"<div><div><div>{p}</div></div></div>" for p in paragraphs)
        + "<div><div><div>Copyright 2015 Example Inc.</div></div></div></body></html>"
    )
    article = clean_html(page)
    assert article.text.split("\n\n") == paragraphs
    # The same with a link inside each paragraph: the stack's holder has children.
    linked = page.replace("the cost of", '<a href="/bridge">the cost</a> of').replace(
        "from the regional", 'from <a href="/region">the regional</a>'
    )
    assert clean_html(linked).text.split("\n\n") == paragraphs


def test_a_date_line_at_the_top_of_the_body_dates_a_page_that_says_nothing_else() -> None:
    # CNN's Arabic pages print the date over the text and nowhere in the metadata.
    page = (
        "<html><head><title>اشتباكات في دمشق</title></head><body><h1>اشتباكات في دمشق</h1>"
        + "<ul class='tags'>"
        + "".join(f"<li><a href='/t/{n}'>وسم {n}</a></li>" for n in range(14))
        + "</ul><div class='article'><p>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</p>"
        + "<p>أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة "
        "في ريف دمشق، وفق ما أعلنت في بيان نشرته على مواقع التواصل الاجتماعي.</p>"
        * 3
        + "</div></body></html>"
    )
    article = clean_html(page)
    assert article.published == "2013-08-28"
    assert ("2013-08-28", "date-line", True) in [
        (c.value, c.source, c.chosen) for c in article.candidates["published"]
    ]


def test_the_original_badge_set_before_a_chinese_headline_is_no_part_of_the_title() -> None:
    """Toutiao's "<h2><span>原创</span>…</h2>": the badge says the story is the site's own."""
    headline = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    page = (
        f"<html><body><div class='info-box'><h2 class='title'><span>原创</span>{headline}</h2>"
        "<div class='abstract'>当全世界绝大部分国家都在为能够吸引中国游客到来而绞尽脑汁的时候，"
        "只有这么一个国家一脸淡定，一副你们爱来不来的样子，这个国家便是蒙古国。</div></div>"
        "<p>蒙古国是世界第二大内陆国，位于中国与俄罗斯两国之间，草原面积广阔，牧民以畜牧业为生。</p>"
        "</body></html>"
    )
    article = clean_html(page)
    assert article.title == headline
    assert [c.value for c in article.candidates["title"] if c.chosen] == [headline]


_LENS_PROSE = [
    "Nantes est allé chercher un point inespéré à Bollaert samedi soir, grâce à un but de "
    "Moussa Diallo dans la cinquième minute du temps additionnel, au terme d'un match fou.",
    "Menés de deux buts à la pause, les Canaris ont changé de visage après le passage à trois "
    "défenseurs centraux décidé par leur entraîneur à la demi-heure de jeu, un pari qui a "
    "fini par payer.",
    "Lens, qui restait sur quatre victoires consécutives à domicile, voit Monaco prendre six "
    "points d'avance dans la course à la troisième place du championnat, à dix journées de la "
    "fin.",
]


def test_a_comment_section_headed_by_its_count_in_french_goes() -> None:
    """L'Équipe: "Réactions (47)" over readers' reactions, as long as paragraphs; a section
    headed "Reactions" with no count is the article's own (what politicians said)."""
    said = [
        "Franchement je n'y croyais plus du tout à la pause. Première mi-temps catastrophique, "
        "on était à côté de la plaque dans tous les duels et Lens aurait pu en mettre quatre.",
        "Toujours le même problème depuis le début de la saison : on mène, on recule, on prend "
        "des buts en fin de match. C'est la troisième fois qu'on perd des points ainsi.",
    ]
    reactions = (
        "<section><h2>Réactions (47)</h2>"
        "<p>Les réactions sont réservées aux abonnés. Abonnez-vous pour participer.</p>"
        + "".join(f"<div><div>lecteur_{i}</div><p>{p}</p></div>" for i, p in enumerate(said))
        + "</section>"
    )
    body = "".join(f"<p>{p}</p>" for p in _LENS_PROSE)
    html = (
        "<html><head><title>Lens-Nantes : le nul au bout du temps additionnel</title></head>"
        "<body><div><h1>Nantes arrache le nul à Lens au bout du temps additionnel</h1>"
        f"<div>{body}</div><p>Julien Morel, à Lens</p>{reactions}</div></body></html>"
    )
    article = clean_html(html)
    assert article.text.split("\n\n") == _LENS_PROSE
    own = html.replace("Réactions (47)", "Reactions")
    assert "je n'y croyais plus" in clean_html(own).text


def test_a_korean_date_label_in_the_byline_box_is_no_author() -> None:
    """Dong-A Ilbo: "이지훈 기자" then "입력 2025-03-05 03:00" (entered) in one byline box."""
    body = "".join(f"<p>{p}</p>" for p in _LENS_PROSE)
    html = (
        "<html><head><title>서울 지하철 심야 연장 운행 재개</title></head><body><article>"
        "<h1>서울 지하철 심야 연장 운행 3년 만에 재개</h1>"
        '<div class="byline"><span class="name"><a href="/r?r=easy">이지훈 기자</a></span>'
        '<ul><li><button class="date_info">입력 <span>2025-03-05 03:00</span></button></li>'
        '<li><button class="date_info">수정 <span>2025-03-05 09:10</span></button></li></ul></div>'
        f"{body}</article></body></html>"
    )
    assert clean_html(html).authors == ("이지훈",)


_OFFERS = [
    '<div class="paywall"><p>Denne artikkelen er for abonnenter</p>'
    "<p>Få tilgang til alt innhold fra Aftenposten. Første måned for 1 krone.</p>"
    '<a href="/bli-abonnent">Kjøp abonnement</a>'
    '<p>Er du allerede abonnent? <a href="/login">Logg inn</a></p></div>',
    '<div><p>この続きは、JBpressの無料会員登録でお読みいただけます。</p>'
    "<ul><li>会員限定記事が読める</li><li>記事のクリップ機能</li></ul>"
    '<a href="/auth/register">無料会員登録する</a><p>会員の方は<a href="/login">ログイン</a></p>'
    "</div>",
    "<div><p>Why You Can Trust CNET: Our expert staff tests and reviews products "
    "independently. We may earn a commission when you buy through links on our site.</p></div>",
]


@pytest.mark.parametrize("box", _OFFERS, ids=["aftenposten", "jbpress", "cnet"])
def test_paywall_boxes_in_norwegian_and_japanese_and_a_disclosure_inside_the_text_go(
    box: str,
) -> None:
    """Aftenposten: "Er du allerede abonnent? Logg inn"; JBpress: "会員の方はログイン" close a
    box between the free and the locked text; CNET sets its affiliate disclosure between
    two paragraphs of a review."""
    html = (
        "<html><head><title>Nantes arrache le nul</title></head><body><article>"
        "<h1>Nantes arrache le nul à Lens au bout du temps additionnel</h1>"
        f"<p>{_LENS_PROSE[0]}</p>{box}<p>{_LENS_PROSE[1]}</p><p>{_LENS_PROSE[2]}</p>"
        "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == _LENS_PROSE


def test_a_byline_run_into_its_date_line_over_the_text_goes() -> None:
    """Emol: "Por Camila Fuentes Araya | Publicado: Lunes, 14 de abril de 2025 a las 21:17
    hrs. Actualizado a las 23:02 hrs." between the standfirst and the lead photo."""
    html = (
        "<html><head><title>Sismo de magnitud 6,1</title></head><body><div>"
        "<h1>Sismo de magnitud 6,1 sacude la zona centro-sur</h1>"
        "<div>Por Camila Fuentes Araya | Publicado: Lunes, 14 de abril de 2025 a las 21:17 hrs. "
        "<span>Actualizado a las 23:02 hrs.</span></div><div><div>"
        + "".join(f"<p>{p}</p>" for p in _LENS_PROSE)
        + "</div></div></div></body></html>"
    )
    article = clean_html(html)
    assert article.text.split("\n\n") == _LENS_PROSE
    assert article.authors == ("Camila Fuentes Araya",)


def test_a_japanese_reporters_signature_closing_the_text_names_the_writer() -> None:
    """Shizuoka Shimbun: the JSON-LD names the company (静岡新聞社, the paper 静岡新聞 with
    its company's 社), and the reporter signs the text's last line, "（浜松総局・中村遥）"."""
    page = """<html lang="ja"><head><title>浜名湖のアサリ漁、3年ぶり再開へ | 静岡新聞</title>
<meta property="og:site_name" content="あなたの静岡新聞">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"浜名湖のアサリ漁、3年ぶり再開へ",
"author":{"@type":"Organization","name":"静岡新聞社","url":"https://www.at-s.com/"},"datePublished":"2025-03-20T10:00:00+09:00",
"publisher":{"@type":"Organization","name":"静岡新聞社"}}</script>
</head><body><header><p>2025年3月21日（金）</p><nav><ul><li><a href="/">トップ</a></li>
<li><a href="/news">ニュース</a></li><li><a href="/sports">スポーツ</a></li></ul></nav></header>
<div class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/a">静岡市で新店舗が開業</a></li>
<li><a href="/b">浜松まつり、今年の日程決まる</a></li></ol></div>
<article><h1>浜名湖のアサリ漁、3年ぶり再開へ</h1>
<p>浜名湖のアサリ漁が3年ぶりに再開される。浜名漁協が20日、資源量が回復したとして発表した。</p>
<p>漁協によると、昨年秋の調査で稚貝の数が前年の約2倍に増えた。漁の期間は4月から6月までとする。</p>
<p>浜名湖のアサリの漁獲量は2010年代半ばから急減し、一昨年からは一般向けの潮干狩りを中止していた。</p>
<p>減少の原因は、クロダイによる食害や餌となる植物プランクトンの減少などが指摘されている。</p>
<p>漁協は食害を防ぐ網を干潟に張るなどの対策を続け、稚貝の放流も進めてきた。</p>
<p>地元の観光協会は「春の風物詩が戻ってくるのはうれしい」と歓迎している。</p>
<p>漁協は潮干狩りの期間中も資源量の調査を続け、状況が悪化した場合は途中で打ち切ることも検討する。</p>
<p>（浜松総局・中村遥）</p>
</article></body></html>"""
    article = clean_html(page)
    assert article.authors == ("中村遥",)
    assert article.text.endswith("（浜松総局・中村遥）")


def test_a_live_pages_key_points_over_its_entries_stay() -> None:
    """A live page's "Key points" box sits above the entries' container, outside it.

    The fixture is one of the benchmarks' blind pages (its story invented), renamed.
    """
    html = (Path(__file__).resolve().parent.parent / "fixtures" / "html" / "live-key-points.html")
    text = clean_html(html.read_text("utf-8")).text
    assert "Key points" in text
    assert "A lorry carrying animal feed caught fire" in text
    assert "Road expected to stay shut into the evening" in text
