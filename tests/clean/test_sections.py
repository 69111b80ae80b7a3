"""Sections after the article (comments, related stories, bios) and plain-line bylines."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from clipper.clean import clean_html, extract, htmlblocks
from clipper.clean.headerlines import header_bylines, header_lines
from clipper.clean.sections import cut_sections

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"

PARAS = [
    "The regional water board approved a plan on Tuesday to replace the oldest pipes under "
    "the city centre within five years, the largest such project in its history.",
    "Engineers told the board that some of the pipes were laid before the First World War "
    "and now lose a fifth of the water they carry before it reaches a tap.",
    "The cost, estimated at 240 million euros, will be shared between the city and the "
    "national government, which agreed to its part in a letter last month.",
    "Traffic will be diverted for several months, and some bus lines will change their "
    "routes while the streets around the railway station are dug up.",
]


def _page(after: str, byline: str = "<p>By Laura Bianchi | March 4, 2024</p>") -> str:
    """A page with no class names at all: only words say what each part is."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Old town gets new pipes</title></head><body>"
        "<div><div>City Press</div><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/n'>News</a></li></ul></div>"
        f"<div><h1>Old town gets new pipes</h1>{byline}{body}</div>"
        f"{after}<div><p>© 2024 City Press Ltd. All rights reserved.</p></div></body></html>"
    )


COMMENTS = (
    "<div><h3>3 Comments</h3><p>Peter says:</p><p>About time they did something about the "
    "water in the old town, we have waited for years.</p><p>Reply</p><h3>Leave a Reply</h3>"
    "<p>Your email address will not be published. Required fields are marked *</p></div>"
)
RELATED = (
    "<div><h3>Related stories</h3><h4><a href='/a'>Chess club turns one hundred</a></h4>"
    "<p>The chess club in the northern district celebrated its anniversary.</p>"
    "<h4><a href='/b'>Bus lines to change in spring</a></h4>"
    "<p>Several routes will move while the station square is rebuilt.</p></div>"
)
BIO = (
    "<div><h3>About the author</h3><p>Laura Bianchi is a reporter covering the city council "
    "and local infrastructure.</p></div>"
)


def test_comments_related_and_bio_after_the_article_are_removed_with_their_reason() -> None:
    article = clean_html(_page(BIO + RELATED + COMMENTS))
    for paragraph in PARAS:
        assert paragraph in article.text
    for junk in ("Comments", "Peter says", "Leave a Reply", "Related stories", "Chess club",
                 "About the author", "is a reporter covering"):  # fmt: skip
        assert junk not in article.text
    reasons = {r.reason for r in article.removed if "Leave a Reply" in r.text or
               "Related stories" in r.text or "About the author" in r.text}  # fmt: skip
    assert {"comments", "related", "bio"} <= reasons


def test_a_table_column_named_like_a_comment_form_field_is_not_a_section() -> None:
    table = (
        "<table><tr><th>Name</th><th>Streets</th></tr><tr><td>Old town</td><td>40</td></tr>"
        "<tr><td>Harbour</td><td>12</td></tr></table>"
    )
    html = "".join(f"<p>{p}</p>" for p in PARAS[:3]) + table + f"<p>{PARAS[3]}</p>"
    kept, removed = cut_sections(html)
    assert removed == []
    assert kept == html


def test_a_flat_body_loses_everything_from_a_comments_heading_on() -> None:
    html = (
        "".join(f"<p>{p}</p>" for p in PARAS)
        + "<h2>Comments</h2><p>Anna wrote on 4 March: a long and thoughtful comment about the "
        "pipes that goes on for quite a few words, as comments do.</p><p>Reply</p>"
    )
    kept, removed = cut_sections(html)
    text = " ".join(t for _, t in htmlblocks.iter_blocks(lxml.html.fragment_fromstring(
        kept, create_parent="div")))  # fmt: skip
    assert PARAS[-1] in text
    assert "Anna wrote" not in text
    assert [r.reason for r in removed] == ["comments"]


def test_a_related_heading_before_the_story_is_under_way_is_left_alone() -> None:
    html = "<h3>Related</h3>" + "".join(f"<p>{p}</p>" for p in PARAS)
    assert cut_sections(html) == (html, [])


def test_a_flat_related_run_stops_where_the_article_resumes() -> None:
    html = (
        "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + "<p><strong>Read more</strong></p><p><a href='/x'>Chess club turns one hundred</a></p>"
        + "<p>"
        + " ".join(PARAS[2:])
        + "</p>"
    )
    kept, removed = cut_sections(html)
    assert "Chess club" not in kept
    assert PARAS[2] in kept
    assert [r.reason for r in removed] == ["related"]


def test_a_byline_printed_as_a_plain_line_gives_the_author_and_leaves_the_body() -> None:
    article = clean_html(_page(""))
    assert article.authors == ("Laura Bianchi",)
    assert "Laura Bianchi" not in article.text
    assert article.published is not None and article.published.startswith("2024-03-04")


def test_a_name_alone_above_a_date_line_is_the_byline() -> None:
    tree = lxml.html.document_fromstring(
        _page("", byline="<p>Sofia Lindqvist</p><p>4 March 2024, 10:32</p>")
    )
    assert header_bylines(header_lines(tree)) == ["Sofia Lindqvist"]


def test_no_byline_line_means_no_author_invented() -> None:
    tree = lxml.html.document_fromstring(_page("", byline="<p>Water and Energy</p>"))
    assert header_bylines(header_lines(tree)) == []


def test_bare_links_beside_the_article_in_a_table_cell_are_cut_with_the_sidebar() -> None:
    article = " ".join(PARAS)
    main_html = (
        "<table><tbody><tr><td><h3>Pipes</h3>"
        f"<p>{article}</p><h2>Official links:</h2><a href='/a'>Minecraft.net</a><br>"
        "<a href='/b'>Bug tracker</a><br><a href='/c'>Account support</a>"
        "</td></tr></tbody></table>"
    )
    kept = extract._span(main_html, htmlblocks.shingle_set(article))
    assert PARAS[0] in kept and PARAS[-1] in kept
    assert "Bug tracker" not in kept and "Official links" not in kept


def _entries(html: str, marker: str) -> list[str]:
    """The text of each ``marker`` block of a fixture page (its paragraphs joined)."""
    tree = lxml.html.document_fromstring(html)
    return [
        " ".join(p.text_content().split())
        for block in tree.xpath(marker)
        for p in block.iter("p")
        if len(p.text_content()) > 80
    ]


def test_a_live_blog_keeps_every_entry_not_the_one_readability_picked() -> None:
    # readability scores one entry as "the article": under a quarter of what
    # trafilatura found, so that pick must not cut the body down to it.
    html = (FIXTURES / "liveblog.html").read_text(encoding="utf-8")
    entries = _entries(html, "//article[@data-block-id]")
    assert len(entries) >= 5
    text = " ".join(clean_html(html).text.split())
    kept = [e for e in entries if e[:60] in text]
    assert len(kept) >= len(entries) - 1


def test_a_page_built_of_components_keeps_all_its_text_blocks() -> None:
    html = (FIXTURES / "components.html").read_text(encoding="utf-8")
    blocks = _entries(html, "//div[@data-component='text-block']")
    assert len(blocks) >= 4
    text = " ".join(clean_html(html).text.split())
    assert all(b[:60] in text for b in blocks)


def _bare_page(title: str, h1: str, extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title></head><body><div><h1>{h1}</h1>{extra}"
        f"{body}</div></body></html>"
    )


def test_with_no_metadata_the_title_tag_names_the_site_beside_the_headline() -> None:
    article = clean_html(
        _bare_page(
            "无锡出台新政支持集成电路产业发展_东方财经网", "无锡出台新政支持集成电路产业发展"
        ),
        url="https://www.dfcaijing.com.cn/a/1.html",
    )
    assert article.site == "东方财经网"
    assert article.title == "无锡出台新政支持集成电路产业发展"


def test_a_blog_name_the_domain_spells_is_the_site_not_part_of_the_title() -> None:
    article = clean_html(
        _bare_page("Slow Transit: Old town gets new pipes", "Slow Transit"),
        url="https://slowtransit.net/2024/03/pipes.html",
    )
    assert article.site == "Slow Transit"
    assert article.title == "Old town gets new pipes"


def test_a_section_before_the_headline_is_not_taken_for_the_site() -> None:
    article = clean_html(
        _bare_page("Opinion | Old town gets new pipes", "Old town gets new pipes"),
        url="https://example.com/opinion/pipes",
    )
    assert article.site == "example.com"


def test_a_bare_time_element_under_the_headline_dates_the_article_but_not_an_update() -> None:
    article = clean_html(
        _bare_page(
            "Old town gets new pipes",
            "Old town gets new pipes",
            "<p>Updated <time datetime='2024-03-09T08:00:00Z'>9 March</time></p>"
            "<p><time datetime='2024-03-04T10:32:00Z'>4 March</time></p>",
        )
    )
    assert article.published is not None and article.published.startswith("2024-03-04")


def test_a_numbered_list_keeps_its_numbers() -> None:
    steps = "<ol><li>Close the old mains</li><li>Lay the new pipes</li><li>Test the flow</li></ol>"
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + steps + f"<p>{PARAS[2]}</p>"
    article = clean_html(
        "<html><head><title>Pipes</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Pipes</h1>{body}</article><footer>© City Press</footer></body></html>"
    )
    assert "<ol>" in article.html
    assert "1. Close the old mains" in article.text
    assert "3. Test the flow" in article.text
    # trafilatura's own HTML makes every list a <ul>; the body it gives keeps <ol>.
    tree = lxml.html.document_fromstring(
        f"<html><body><article><h1>Pipes</h1>{body}</article></body></html>"
    )
    assert "<ol>" in extract._trafilatura_html(tree, None, fast=True)


def test_a_byline_as_loose_text_in_a_table_cell_is_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        "<html><head><title>Slow Transit</title></head><body><table><tr>"
        "<td class='sidebar'>Navigation<br>Home<br>Archive</td><td class='content'>"
        "<h1>Old town gets new pipes</h1><font size='2'>Posted by James O'Connor on "
        f"Saturday, July 23, 2022</font><hr>{body}</td></tr></table></body></html>"
    )
    article = clean_html(html)
    assert article.authors == ("James O'Connor",)
    assert article.published is not None and article.published.startswith("2022-07-23")


def test_a_label_for_screen_readers_is_not_an_author() -> None:
    html = _page(
        "",
        byline="<ul class='post-meta'><li class='post-author'><span class='screen-reader-text'>"
        "Post author</span><span>By <a href='/author/1'>Aisha Khan</a></span></li></ul>",
    )
    assert clean_html(html).authors == ("Aisha Khan",)


def test_two_linked_authors_on_one_line_are_both_authors() -> None:
    html = _page(
        "",
        byline="<div>Por <a rel='author' href='/a'>Javier Fernández</a> y "
        "<a rel='author' href='/b'>Marta López</a></div>",
    )
    assert clean_html(html).authors == ("Javier Fernández", "Marta López")


def test_tags_and_trust_lines_after_the_last_paragraph_and_a_comments_link_go() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        "<html><head><title>Glaciar</title></head><body><div><h1>Old town gets new pipes</h1>"
        "<p>Por Ana Ruiz</p><p>Comentarios</p>"
        f"{body}<p>Archivado en Sociedad, Internacional</p>"
        "<p>Se adhiere a los criterios de The Trust Project</p></div></body></html>"
    )
    article = clean_html(html)
    for junk in ("Comentarios", "Archivado en", "Trust Project"):
        assert junk not in article.text
    assert PARAS[-1] in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("Comentarios") == "comments"
    assert reasons.get("Archivado en Sociedad, Internacional") == "boilerplate"


def test_a_table_header_named_like_a_form_field_stays_in_the_body() -> None:
    table = (
        "<table><tr><th>Name</th><th>Region</th></tr><tr><td>Auckland</td><td>North</td></tr>"
        "</table>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + table + f"<p>{PARAS[2]}</p>"
    html = f"<html><body><article><h1>Pipes</h1>{body}</article></body></html>"
    assert "Name" in clean_html(html).text


def test_a_paragraph_opening_with_its_own_bold_about_heading_is_the_company_box() -> None:
    html = (
        "".join(f"<p>{p}</p>" for p in PARAS)
        + "<p><b>About Ostara Precision</b><br>Ostara Precision is a leading provider of "
        "precision components and testing services, with customers in more than 40 countries."
        "</p><p><b>Media Contact:</b><br>Michael Brennan<br>+1 555 321 6077</p>"
        "<p>SOURCE Ostara Precision</p>"
    )
    kept, removed = cut_sections(html)
    assert PARAS[-1] in kept
    assert "leading provider" not in kept and "Media Contact" not in kept
    assert [r.reason for r in removed] == ["bio"]


def test_a_paragraph_opening_with_a_bold_lead_in_is_not_a_section() -> None:
    html = "".join(f"<p>{p}</p>" for p in PARAS) + (
        "<p><b>Related costs</b><br>The board expects the cost of the diversions to be small "
        "next to the savings from the water that no longer leaks away.</p>"
    )
    assert "Related costs" in cut_sections(html)[0]


def test_two_names_under_the_date_over_their_trade_are_the_byline() -> None:
    byline = (
        "<p>27 September 2023</p><div><button>Share</button><button>Save</button></div>"
        "<div><div>Robert Ellison &amp; Samuel Adeyemi</div><div>Business reporter</div></div>"
    )
    tree = lxml.html.document_fromstring(_page("", byline=byline))
    assert header_bylines(header_lines(tree)) == ["Robert Ellison", "Samuel Adeyemi"]
    assert clean_html(_page("", byline=byline)).authors == ("Robert Ellison", "Samuel Adeyemi")


def test_a_byline_under_an_h2_that_titles_the_post_is_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        "<html><head><title>Water pipes plan approved - City Press</title></head><body>"
        "<div class='logo'>City Press</div><main><h2>Water pipes plan approved</h2>"
        f"<p>By Laura Bianchi | March 4, 2024</p>{body}</main></body></html>"
    )
    tree = lxml.html.document_fromstring(page)
    assert header_bylines(header_lines(tree)) == ["Laura Bianchi"]


def test_a_flat_related_run_stops_at_a_short_paragraph_of_the_article() -> None:
    html = (
        "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + "<p><strong>Read more</strong></p><p><a href='/x'>Chess club turns one hundred</a></p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    )
    kept, removed = cut_sections(html)
    assert "Chess club" not in kept
    assert PARAS[2] in kept and PARAS[3] in kept
    assert [r.reason for r in removed] == ["related"]


def test_a_heading_the_lexicon_also_files_as_a_menu_item_opens_the_comments() -> None:
    # "评论" is a Chinese site's "Opinion" section in its menu and, as a
    # heading under a story, the comments: under the article it is the latter.
    paras = [
        "中国半导体行业协会周二宣布，将在未来三年内投资三百亿元扩建位于无锡的芯片封装工厂。"
        "多所高校已开设集成电路相关专业，并扩大了招生规模。",
        "自二零一六年出口管制措施实施以来，先进光刻设备的进口受到严格限制。"
        "记者从有关部门了解到，相关配套措施正在抓紧制定中。",
        "不少市民表示，希望新政策能够尽快落地见效。也有分析人士担心，大规模补贴可能导致部分领域产能过剩。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    comments = (
        "<div><h3>评论</h3><div><p><span>harbour_dan网友</span></p><p>人才培养才是关键。</p>"
        "<p><span>09-14 08:30</span></p></div><p>已有151人参与</p></div>"
    )
    cut, removed = cut_sections(f"<div><div>{body}</div>{comments}</div>")
    assert "人才培养才是关键" not in cut
    assert "不少市民表示" in cut
    assert [r.reason for r in removed] == ["comments"]


def test_a_comment_section_named_only_by_its_heading_leaves_a_page_with_no_class_names() -> None:
    # The comments are paragraphs like the article's, under a comment form, in
    # a container only its first line names. Both extractors keep them and
    # trafilatura's body drops that line, so only the page still tells.
    comments = "".join(
        f"<div><div><h3><span>Anonymous</span></h3><div><p>{text}</p></div>"
        "<ul><li><a href='#r'>reply</a></li></ul></div></div>"
        for text in (
            "One valuable reform would be to require anyone who searches your records to "
            "tell you so, from private investigators to the police, as a consumer protection.",
            "Cookies are only an association mechanism; the heart of the problem is the "
            "harvesting of every click and everything on a page, the over-collection of data.",
        )
    )
    section = (
        "<div><div><div><span>View comments</span> (27)</div><div><div>Read the Terms of Use</div>"
        "<form><div><label>Your name</label><input name='name'></div><div><label>Comment"
        "</label><textarea></textarea></div><input type='submit' value='Add comment'></form>"
        f"{comments}</div></div></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS + PARAS[:2])
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body>"
        "<div><div>City Press</div><ul><li><a href='/'>Home</a></li></ul></div>"
        "<div><div><h1>Old town gets new pipes</h1><p>By Laura Bianchi | March 4, 2024</p>"
        f"<div>{paras}</div></div>{section}</div></body></html>"
    )
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert "One valuable reform" not in article.text
    assert "Cookies are only" not in article.text
    assert any(r.reason == "comments" and "One valuable reform" in r.text for r in article.removed)


def test_a_comment_count_opening_the_articles_own_container_takes_nothing() -> None:
    # "3 Comments" above the text, first in the container that holds it: the
    # article is not under way yet, so it opens no comment section.
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body>"
        "<h1>Old town gets new pipes</h1><p>By Laura Bianchi | March 4, 2024</p>"
        f"<div><div><a href='#c'>3 Comments</a></div>{paras}</div></body></html>"
    )
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text


def test_an_old_blogs_table_of_comments_under_its_title_row_leaves_the_page() -> None:
    # A table-layout blog: the comments are rows of a table whose first row,
    # one bold cell, names it; nothing else in the markup does.
    rows = "".join(
        f"<tr><td><font size='2'><b>{name}</b> wrote on 3/5/2024:</font><br>{text}</td></tr>"
        for name, text in (
            ("Tomás Herrera", "Great piece, thanks for covering this. Nobody else seems to be "
             "asking these questions about the water in the old town."),
            ("Nina Petrovic", "Does anyone know whether the new pipes will be laid under the "
             "market square too, or only along the river?"),
        )
    )  # fmt: skip
    paras = "".join(f"<p>{p}</p>" for p in PARAS + PARAS[:2])
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><table><tr><td>"
        f"<h1>Old town gets new pipes</h1><p>By Laura Bianchi | March 4, 2024</p>{paras}"
        "<table width='100%'><tr><td bgcolor='#eeeeee'><b>Comments</b></td></tr>"
        f"{rows}</table></td><td><a href='/'>Home</a></td></tr></table></body></html>"
    )
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert "Great piece" not in article.text and "Does anyone know" not in article.text


def test_a_link_preview_card_inside_the_article_is_not_its_text() -> None:
    # A "bookmark card": one link wrapping the other page's headline, summary
    # and publisher. Extractors ran its blocks together into one line.
    card = (
        "<figure><a href='https://capitalobserver.com/x'><div><div>Ten places to eat this "
        "spring</div><div>The numbers behind the headlines, explained.</div><div>"
        "<img src='/favicon.ico' alt=''><span>The Daily Ledger</span></div></div></a></figure>"
    )
    photo = (
        "<a href='https://example.org/photo-page'><figure><img src='/p.jpg'>"
        "<figcaption><p>Workers at the pumping station.</p><p>Photo: City Press</p></figcaption>"
        "</figure></a>"
    )
    paras = [f"<p>{p}</p>" for p in PARAS]
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><article>"
        "<h1>Old town gets new pipes</h1>"
        + "".join(paras[:2]) + card + photo + "".join(paras[2:])
        + "</article></body></html>"
    )  # fmt: skip
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert "Ten places to eat" not in article.text
    assert "The Daily Ledger" not in article.text
    assert "Workers at the pumping station." in article.text
    assert any(r.reason == "related" and "Ten places to eat" in r.text for r in article.removed)


ZH = [
    "市议会周二批准了一项争论已久的计划，将在未来六年内把北岸改造成一连串的公共公园，为周边居民提供更多休闲空间。",
    "该计划于二零一九年首次提出，曾因清理旧工业码头土壤的费用问题两度搁浅，多位议员表示这次终于达成了一致。",
    "支持者认为，这些公园将把家庭带回到这座城市一个与水隔绝了一个多世纪的地区，并带动沿岸商业的发展。",
    "反对者则表示，这笔钱最好用于修缮道路和学校，最终有两名议员投了反对票，但计划仍以多数通过。",
]
KO = [
    "시의회는 화요일 북부 강변을 앞으로 6년에 걸쳐 공원 지대로 "
    "바꾸는 오랜 숙원 계획을 찬성 다수로 통과시켰다.",
    "이 계획은 2019년 처음 제안됐지만 옛 공업용 부두의 "
    "토양 정화 비용을 둘러싸고 두 차례 무산된 바 있다.",
    "찬성 측은 공원이 한 세기 넘게 물가와 단절돼 온 "
    "지역에 가족들을 다시 불러들일 것이라고 주장했다.",
    "반대 측 의원들은 그 예산을 도로와 학교 보수에 쓰는 편이 "
    "낫다고 밝혔으며, 결국 두 명이 반대표를 던졌다.",
]


def test_a_related_link_between_cjk_paragraphs_takes_no_paragraph_with_it() -> None:
    """A paragraph of forty-five Chinese characters, or fifty Korean ones, is the article
    going on under a "related" link, as a long English paragraph is."""
    for paragraphs, link in ((ZH, "相关阅读：公交线路夏季调整"), (KO, "관련기사")):
        body = "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        body += f'<p><a href="/more">{link}</a></p><p>{paragraphs[3]}</p>'
        html, removed = cut_sections(body)
        assert paragraphs[3] in html
        assert [r.text for r in removed] == [link]


def test_a_label_with_its_headline_after_a_colon_is_one_link_not_a_section() -> None:
    """"Related: Bus routes change" names one story; the short paragraph under it is the text."""
    body = "".join(f"<p>{p}</p>" for p in PARAS[:3])
    body += '<p><a href="/bus">Related: Bus routes change</a></p>'
    body += "<p>The council votes again in May.</p>"
    html, removed = cut_sections(body)
    assert "The council votes again in May." in html
    assert [r.text for r in removed] == ["Related: Bus routes change"]
    bare = body.replace("Related: Bus routes change", "Related stories")
    assert "The council votes again in May." not in cut_sections(bare)[0]  # a box of teasers


def test_a_comment_section_taken_out_of_the_page_keeps_its_lines_apart() -> None:
    """Listed a block a line, so the Original view finds it line by line in the page."""
    body = "".join(f"<p>{p} {p}</p>" for p in PARAS)  # long paragraphs: the story under way
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><article>"
        f"<h1>Old town gets new pipes</h1>{body}<section id='comments'><h3>Leave a Reply</h3>"
        "<p>Your email address will not be published. Required fields are marked *</p>"
        "</section></article></body></html>"
    )
    comments = [r.text for r in clean_html(page).removed if r.reason == "comments"]
    assert comments == [
        "Leave a Reply\nYour email address will not be published. Required fields are marked *"
    ]


def test_panes_shown_on_demand_inside_the_article_are_not_its_text() -> None:
    panes = (
        "<div class='util-bar-flyout-pane util-bar-flyout-pane-success'><h4>Posted!</h4>"
        "<p>A link has been posted to your Facebook feed, and your friends can see it now "
        "in their own feeds.</p></div>"
        "<div class='ugc-modal'><p>Your submission didn't go through. Please try again, and "
        "check that the photo you chose is smaller than ten megabytes.</p></div>"
    )
    heading = "<h1>Old town gets new pipes</h1>"
    page = _page("").replace(heading, heading + panes)
    article = clean_html(page)
    assert "posted to your Facebook feed" not in article.text
    assert "submission didn't go through" not in article.text
    assert article.text.startswith("The regional water board approved")
    assert any("posted to your Facebook feed" in r.text for r in article.removed)
    # A story opened in a lightbox is the page's text, however the pane is named.
    boxed = _page("").replace("<div><h1>", "<div class='lightbox'><h1>")
    assert "Engineers told the board" in clean_html(boxed).text


# -- Chinese pages: what follows the article -----------------------------------------

ZH_PARAS = [
    "9月3日，在第二届全球IC企业家大会开幕式上，中国半导体行业协会副理事长魏少军表示，"
    "2018年我国集成电路进口额突破3000亿美元，产业结构扭曲的问题依然突出。",
    "他指出，国内企业没有把产品作为发展的中心，很多企业热衷于追逐热点，"
    "缺乏长期投入和核心技术积累，这是制约产业发展的重要原因。",
    "魏少军认为，未来五年是中国集成电路产业发展的关键时期，"
    "企业应当坚持以产品为中心，加强设计、制造和封装测试环节的协同。",
]


def _zh_body(after: str) -> str:
    return "".join(f"<p>{p}</p>" for p in ZH_PARAS) + after


def _assert_trimmed(tail: list[str]) -> None:
    """A page whose article ``tail`` follows, one paragraph each: none of it is kept."""
    page = (
        "<html><head><title>南沙邮轮母港即将开通</title></head><body><h1>南沙邮轮母港即将开通</h1>"
        + _zh_body("".join(f"<p>{t}</p>" for t in tail))
        + "</body></html>"
    )
    article = clean_html(page)
    assert ZH_PARAS[-1] in article.text
    for line in tail:
        assert line not in article.text, line


def _kept_text(html: str) -> str:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return "\n".join(t for _, t in htmlblocks.iter_blocks(root))


def test_a_note_that_comments_are_their_writers_views_opens_the_comment_section() -> None:
    after = (
        "<p>网友评论仅供其表达个人看法，并不表明网易立场。</p>"
        "<p>房地产公司开始完蛋了，只要不让它们把钱转移出去，肉烂在锅里问题不大，如果被掏空就不堪设想。</p>"
    )
    kept, removed = cut_sections(_zh_body(after))
    assert ZH_PARAS[-1] in _kept_text(kept)
    assert "房地产公司" not in _kept_text(kept)
    assert [r.reason for r in removed] == ["comments"]


def test_an_end_mark_ends_the_article_with_all_that_follows_it() -> None:
    after = (
        "<p>- THE END -</p><p>转载请注明出处：快科技</p>"
        "<ul><li>- 快科技官方微博 <ul><li>带来硬件软件、手机数码最快资讯！"
        "还有科技快讯、手机开箱、产品体验、应用推荐，"
        "每日及时查看最新手机、电脑、汽车、智能硬件信息。</li></ul></li></ul>"
    )
    kept, removed = cut_sections(_zh_body(after))
    text = _kept_text(kept)
    assert ZH_PARAS[-1] in text
    assert "THE END" not in text and "最快资讯" not in text
    assert [r.reason for r in removed] == ["boilerplate"]


def test_an_end_mark_word_inside_a_sentence_ends_nothing() -> None:
    html = _zh_body("<p>他说这件事还没有完，下周还将继续讨论产业政策的细节和落实办法。</p>")
    assert cut_sections(html) == (html, [])


def test_chinese_credits_notices_and_account_prompts_after_the_article_are_trimmed() -> None:
    tail = [
        "编辑|禤志杰",
        "责编|陈梦莹",
        "校对|黄慧敏",
        "6、回复【垃圾分类】查看投放指南",
        "扫描下方二维码解锁更多技能",
        "看都看完了，点【在看】试试",
        "特别声明",
        "本文为政务等机构在澎湃新闻上传并发布，仅代表该机构观点，不代表澎湃新闻的观点或立场。",
        "| | | | | |",
    ]
    _assert_trimmed(tail)


def test_the_responsible_editors_line_closes_a_chinese_article() -> None:
    after = (
        "<ul><li>责任编辑: 于文凯</li><li><a href='/a'>华为发布业界首款5G SoC芯片</a>2019-09-06</li>"
        "<li><a href='/b'>香港警方追查可疑车辆，司机掏出气枪，警方正在进一步调查事件的经过和原因</a>"
        "2019-09-05</li></ul><p>观察员 · 推荐查看全部大参考大参考新闻实验室</p>"
    )
    kept, removed = cut_sections(_zh_body(after))
    text = _kept_text(kept)
    assert ZH_PARAS[-1] in text and "责任编辑: 于文凯" in text  # the credit itself stays
    assert "华为" not in text and "2019-09-0" not in text and "观察员" not in text
    assert [r.reason for r in removed] == ["boilerplate"]


def test_a_row_of_page_numbers_after_the_article_goes() -> None:
    _assert_trimmed(["【1】【2】【3】【4】"])


def test_chinese_platform_disclaimers_app_prompts_and_keyword_lines_after_the_article_go() -> None:
    tail = [
        "相关资讯请关注:逆水寒专区",
        "关键词 >> 新型冠状病毒,新冠病毒,味觉嗅觉丧失",
        "图片来自网络，如有侵权，请联系删除。",
        "以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "Notice: The content above (including the pictures and videos if any) is uploaded and "
        "posted by a user of NetEase Hao, which is a social media platform and only provides "
        "information storage services.",
        "- 证券时报APP",
    ]
    _assert_trimmed(tail)


def test_a_gallery_counter_named_so_leaves_the_caption_it_heads() -> None:
    # A slideshow: the counter sits in its own element at the head of each caption.
    caption = (
        "<div class='abstract'><span class='abstract-index'><em>{k}</em>/3</span> {text}</div>"
    )
    slides = "".join(
        f"<div class='slide'><img src='/p{k}.jpg'>{caption.format(k=k, text=text)}</div>"
        for k, text in enumerate(ZH[:3], start=1)
    )
    page = (
        "<html><head><title>北岸公园计划获批</title></head><body><article><h1>北岸公园计划获批</h1>"
        f"<div class='gallery'>{slides}</div><p>{ZH[3]}</p></article></body></html>"
    )
    article = clean_html(page)
    assert article.text.startswith(ZH[0])
    assert "1/3" not in article.text and "2/3" not in article.text
    assert any(r.text == "1/3" and r.reason == "caption" for r in article.removed)
    # Not named a counter, "1/2" at an item's head is an amount, and stays.
    recipe = page.replace("abstract-index", "amount").replace("/3</span>", "/2</span>")
    assert "1/2" in clean_html(recipe).text


def test_a_pull_quote_repeating_a_paragraph_goes_and_a_quotation_printed_once_stays() -> None:
    # A box beside the text that sets out a sentence the article says again in
    # reported speech, with the speaker's name under it.
    said = (
        "A bus that comes every twenty minutes will not get anyone out of their car in the "
        "old town"
    )
    box = (
        f"<aside class='article-quote'><blockquote>“{said}.”</blockquote>"
        "<p>Laura Bianchi, transport councillor</p></aside>"
    )
    again = f"<p>The councillor said that {said.lower()}, and asked for more lines.</p>"
    letter = (
        "<blockquote><p>We have carried water from the pump on the square for three weeks "
        "now and nobody has told us when it will end.</p></blockquote>"
    )
    paras = [f"<p>{p}</p>" for p in PARAS]
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><article>"
        "<h1>Old town gets new pipes</h1>"
        + "".join(paras[:2]) + box + again + letter + "".join(paras[2:])
        + "</article></body></html>"
    )  # fmt: skip
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert article.text.count("every twenty minutes") == 1
    assert "transport councillor" not in article.text
    assert "carried water from the pump" in article.text
    assert any(r.reason == "related" and "transport councillor" in r.text for r in article.removed)


def test_a_teaser_box_set_among_the_paragraphs_goes_and_a_german_teaser_paragraph_stays() -> None:
    teaser = (
        "<aside class='pro-teaser'><p class='pro-teaser__label'>City Press Pro Water</p>"
        "<p class='pro-teaser__text'>Engineers are already drafting a second plan for the pumping stations, and the "
        "unions say the money covers barely a third of the work still to do under the old town "
        "and its squares and markets.</p>"
        "<a href='https://pro.citypress.example/water'>Get the full analysis with a Pro "
        "subscription.</a></aside>"
    )
    standfirst = (
        "<div class='article-teaser'>The city will dig up its oldest streets for five years, "
        "and residents are asked to be patient.</div>"
    )
    paras = [f"<p>{p}</p>" for p in PARAS]
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><article>"
        "<h1>Old town gets new pipes</h1>" + standfirst + "<div class='story-text'>"
        + "".join(paras[:2]) + teaser + "".join(paras[2:])
        + "</div></article></body></html>"
    )  # fmt: skip
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert "second plan for the pumping stations" not in article.text
    assert "Get the full analysis" not in article.text
    assert any(r.reason == "related" and "City Press Pro Water" in r.text for r in article.removed)
    assert "dig up its oldest streets" in article.text + (article.subtitle or "")


def test_related_and_newsletter_boxes_between_paragraphs_go_but_not_a_list_after_the_text() -> None:
    related = (
        "<div class='related-box'><span>Read also</span><a href='/pumps'>Pumping stations "
        "get new motors</a><p>Eight of the twenty-three stations have been refitted, the "
        "others follow in the spring.</p></div>"
    )
    signup = (
        "<div class='newsletter-inline'><p>The City Press morning letter</p><p>The news of "
        "the old town, Monday to Friday, in your inbox.</p><a href='/newsletters'>Sign up</a>"
        "</div>"
    )
    after = (
        "<div class='related-links'><a href='/a'>Chess club turns one hundred</a>"
        "<a href='/b'>Bus lines to change in spring</a></div>"
    )
    paras = [f"<p class='article-paragraph'>{p}</p>" for p in PARAS]
    page = (
        "<html><head><title>Old town gets new pipes</title></head><body><article>"
        "<h1>Old town gets new pipes</h1><div class='article-body'>"
        + paras[0] + related + paras[1] + paras[2] + signup + paras[3] + after
        + "</div></article></body></html>"
    )  # fmt: skip
    article = clean_html(page)
    for paragraph in PARAS:
        assert paragraph in article.text
    assert "Eight of the twenty-three stations" not in article.text
    assert "morning letter" not in article.text
    reasons = {r.reason for r in article.removed if "stations" in r.text or "letter" in r.text}
    assert {"related", "newsletter"} <= reasons
    assert not any("Chess club" in r.text and "Read also" in r.text for r in article.removed)
