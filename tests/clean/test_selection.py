"""Copied selections (the clipboard's HTML): their header read as a paste's would be.

The fixtures are selections as browsers put them on the clipboard: from the
headline to the last paragraph, with the byline, date, buttons and photo
captions between, and none of the class names that would say which is which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_html
from clipper.model import Article

from .test_text_shapes import PROSE

FIXTURES = Path(__file__).parent.parent / "fixtures" / "selection"


def clean(name: str) -> Article:
    return clean_html((FIXTURES / name).read_text(encoding="utf-8"))


def test_chinese_portal_selection_has_no_button_for_an_author() -> None:
    article = clean("zh-portal-selection.html")
    assert article.title == "国家大基金三期成立 注册资本3440亿元"
    assert article.authors == ()  # not "缩小字体", the font-size button beside the date
    assert (article.published or "")[:10] == "2024-05-28"
    assert article.text.startswith("国家集成电路产业投资基金三期股份有限公司日前成立")
    for furniture in ("缩小字体", "放大字体", "收藏", "08:15"):
        assert furniture not in article.text


def test_japanese_selection_names_the_reporter_and_drops_the_photo_label() -> None:
    article = clean("ja-daily-selection.html")
    assert article.authors == ("西山明宏",)
    assert (article.published or "")[:10] == "2024-05-27"
    assert article.text.startswith("中国政府は、半導体産業を育成する国家ファンドの第3期")
    for furniture in ("北京=西山明宏", "保存", "写真・図版"):
        assert furniture not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("写真・図版") == "caption"


def test_wire_selection_takes_its_reporters_from_the_credit() -> None:
    article = clean("wire-selection.html")
    assert article.authors == ("Ella Cao", "Brenda Goh")
    assert (article.published or "")[:10] == "2024-05-27"
    assert article.text.startswith("BEIJING, May 27 (Reuters) - China has set up the third phase")
    assert "Updated 2 days ago" not in article.text
    assert "Item 1 of 2" not in article.text
    chosen = [c for c in article.candidates["authors"] if c.chosen]
    assert [c.source for c in chosen] == ["text"]


def test_selection_of_paragraphs_alone_is_kept_whole() -> None:
    paragraphs = [
        "The fund was registered on Friday with 19 shareholders.",
        "Analysts expect the money to go to equipment makers.",
        "Short.",
    ]
    html = (
        "<html><body><!--StartFragment-->"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.text.split("\n\n") == paragraphs


def test_select_all_of_a_page_without_nav_is_cleaned_as_a_page() -> None:
    """Select-all copies the menus and the archive's links too: that is a page, not a selection."""
    article = clean("select-all-page.html")
    assert article.title == "Council approves harbour tram line after decade of debate"
    assert article.authors == ("Maria Lopez",)
    assert article.text.startswith("The city council voted on Tuesday")
    assert article.text.endswith("along the route.")
    for furniture in ("Business", "Archive 3", "Comments", "Copyright", "The Harbour Ledger"):
        assert furniture not in article.text


def test_selection_with_a_few_links_stays_a_selection() -> None:
    """Links inside sentences and a short box of them do not make a page."""
    paragraphs = "".join(
        f'<p>Paragraph {i} cites <a href="/s{i}">a source</a> among its many other words.</p>'
        for i in range(8)
    )
    box = "".join(f'<li><a href="/r{i}">Related story {i}</a></li>' for i in range(4))
    html = (
        f"<html><body><!--StartFragment-->{paragraphs}<ul>{box}</ul>"
        "<!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.text.startswith("Paragraph 0 cites a source")
    assert "Paragraph 7 cites a source" in article.text


def test_the_outlet_after_the_reporters_name_is_no_second_author() -> None:
    """The outlet after "Von Jonas Becker," is the site's name, not a second author."""
    html = (
        "<html><body><!--StartFragment-->"
        "<h1>Rostock bekommt neues Montagewerk für Offshore-Fundamente</h1>"
        "<p>Von Jonas Becker, Nordkurier Online</p>"
        "<p>Der Stahlbauer Baltic Foundations will im Rostocker Überseehafen ein Werk für "
        "Fundamente von Windrädern auf See bauen. Das teilte das Unternehmen am Donnerstag mit.</p>"
        "<p>Die Landesregierung unterstützt das Vorhaben mit einer Förderung von 40 Millionen "
        "Euro, sagte der Wirtschaftsminister am Abend in Schwerin.</p>"
        "<!--EndFragment--></body></html>"
    )
    assert clean_html(html).authors == ("Jonas Becker",)


def test_a_row_of_chinese_buttons_copied_as_one_run_is_no_standfirst() -> None:
    """Six buttons in spans with no space between: "缩小字体放大字体收藏微博微信分享"."""
    article = clean("zh-portal-tools-selection.html")
    assert article.title == "国家大基金三期成立 注册资本3440亿元"
    assert article.subtitle is None
    assert "缩小字体" not in article.text and "责任编辑" not in article.text
    assert article.text.startswith("国家集成电路产业投资基金三期股份有限公司日前成立")


PL_PARAGRAPHS = (
    "Rada miasta zatwierdziła we wtorek długo dyskutowany plan, który w ciągu najbliższych "
    "sześciu lat zamieni północny brzeg rzeki w ciąg publicznych parków.",
    "Plan, zaproponowany po raz pierwszy w 2019 roku, dwukrotnie utknął z powodu kosztów "
    "oczyszczenia gleby wzdłuż starych nabrzeży przemysłowych, powiedzieli radni.",
)


def _selection(header: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PL_PARAGRAPHS)
    return (
        "<html><body><!--StartFragment--><h1>Rada miasta przyjęła nowy plan budowy parków</h1>"
        f"{header}{paragraphs}<!--EndFragment--></body></html>"
    )


def test_bylines_of_selections_in_other_languages_name_the_people_alone() -> None:
    for header, authors in (
        # the byline's label, in a byline's markup
        (
            '<p class="byline">Autor: Jan Kowalski</p><p><time>4 marca 2024</time></p>',
            ("Jan Kowalski",),
        ),
        (
            '<p class="byline">Του Γιώργου Παπαδόπουλου</p><p><time>4 marca 2024</time></p>',
            ("Γιώργος Παπαδόπουλος",),
        ),
        # the agency after a slash or a dash, the place after a dash
        (
            '<p class="byline">Jan Kowalski / PAP</p><p><time>4 marca 2024</time></p>',
            ("Jan Kowalski",),
        ),
        (
            '<p class="byline">Ayşe Demir - İstanbul</p><p><time>4 marca 2024</time></p>',
            ("Ayşe Demir",),
        ),
        # a weekday before the date, on the byline's line
        ("<div>Jan Kowalski, PAP · poniedziałek, 4 marca 2024 r.</div>", ("Jan Kowalski",)),
        # a date's label with more than one word after the name
        (
            "<div>Yazar: Ahmet Yılmaz · Oluşturulma Tarihi: Mart 04, 2024 10:15</div>",
            ("Ahmet Yılmaz",),
        ),
    ):
        article = clean_html(_selection(header))
        assert article.authors == authors, header
        assert (article.published or "")[:10] == "2024-03-04", header
        assert article.text == "\n\n".join(PL_PARAGRAPHS), header


def test_the_sites_name_linked_at_the_end_of_the_headline_is_no_part_of_it() -> None:
    # The paper's logo link sits inside the h1, after the headline, glued on.
    prose = (
        "<p>Las discrepancias jurídicas entre el juez y el fiscal anticorrupción han quedado de "
        "manifiesto en la resolución dictada por el titular del juzgado.</p>"
        "<p>El fiscal está perfilando con el jefe de la Fiscalía, en Madrid, la estrategia "
        "jurídica que seguirá tras el auto dictado por el juez.</p>"
    )
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    html = (
        "<html><body><!--StartFragment--><h1><span>" + headline + "</span><a "
        'href="/mallorca.html">Ultima Hora Mallorca</a></h1>' + prose + "<!--EndFragment-->"
        "</body></html>"
    )
    url = "https://www.ultimahora.es/noticias/local/2014/01/09/anticorrupcion.html"
    assert clean_html(html, url=url).title == headline
    other = "https://www.example.org/noticias/anticorrupcion.html"
    assert clean_html(html, url=other).title == headline + "Ultima Hora Mallorca"


def _select_all(headings: str) -> str:
    """The select-all fixture with its headline's markup replaced."""
    page = (FIXTURES / "select-all-page.html").read_text(encoding="utf-8")
    old = (
        "<h1>Council approves harbour tram line after decade of debate</h1>"
        "<div>By Maria Lopez</div>"
    )
    assert old in page
    return page.replace(old, headings)


def test_a_headline_set_as_an_h4_under_a_menu_of_h3s_is_the_title() -> None:
    menu = "".join(f"<h3><a href='/t/{t}'>{t}</a></h3>" for t in ("MacBook Air", "Galaxy S II"))
    headline = "Council approves harbour tram line after decade of debate"
    article = clean_html(_select_all(f"{menu}<h4>{headline}</h4><div>By Maria Lopez</div>"))
    assert article.title == headline
    assert article.text.startswith("The city council voted on Tuesday")


def test_a_headline_whose_heading_holds_a_paragraph_and_a_byline_heading_under_it() -> None:
    headline = "Council approves harbour tram line after decade of debate."
    page = _select_all(f"<h1><p>{headline}</p></h1><h2>BY <a href='/a/ml'>Maria Lopez</a></h2>")
    article = clean_html(page)
    assert article.title == headline
    assert article.authors == ("Maria Lopez",)
    assert article.text.startswith("The city council voted on Tuesday")


def test_a_copy_whose_headline_is_an_h3_is_dated_by_the_line_under_it() -> None:
    # A select-all copy has no head, and Guancha sets its headline in an h3, with the
    # date in the header box above the article's own container.
    paragraphs = "".join(
        f"<p>第{n}段：中国半导体行业协会副理事长魏少军在演讲中分析了2018年中国集成电路"
        "市场进出口数据，同时指出了中国半导体产业结构的不足之处。</p>"
        for n in range(1, 7)
    )
    menu = "".join(f"<a href='/c{n}'>频道{n}</a>" for n in range(12))
    html = (
        f"<html><body><!--StartFragment--><nav>{menu}</nav><div class='head'>"
        "<h3>我国集成电路进口突破3000亿美元</h3><div class='share'>分享到："
        "<a title='收藏本文'>9</a> <a href='#comment' title='查看评论'>23</a></div>"
        "<div class='time'><span>2019-09-07 15:10:53</span> "
        "<span>字号：<a>A-</a> <a>A</a> <a>A+</a></span> <span>来源：EETOP</span></div></div>"
        f"<div class='article'>{paragraphs}</div><h3>我要评论</h3><!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert (article.published or "").startswith("2019-09-07")


def test_a_caption_in_another_language_under_the_byline_is_no_heading_of_the_text() -> None:
    """A name with its town, share buttons and an English caption over Hindi text stay out."""
    prose = [
        "नगर परिषद ने मंगलवार को लंबे समय से चर्चा में रही उस योजना को मंजूरी दे दी, जिसके तहत "
        "अगले छह वर्षों में उत्तरी नदी तट को सार्वजनिक पार्कों की एक शृंखला में बदला जाएगा।",
        "परिषद के सदस्यों ने बताया कि यह योजना, जो पहली बार 2019 में प्रस्तावित की गई थी, पुरानी "
        "औद्योगिक गोदियों के किनारे की दूषित मिट्टी को साफ करने की लागत के कारण दो बार अटक चुकी थी।",
    ]
    html = (
        "<html><body><!--StartFragment-->"
        "<h1>नगर परिषद ने उत्तरी नदी तट पर पार्क बनाने की नई योजना को दी मंजूरी</h1>"
        "<h2>नदी तट के नए पार्कों से क्या बदलेगा</h2><p>04/03/2024 10:15</p>"
        "<p>राहुल शर्मा, नई दिल्ली</p><div class='share'><a>Facebook</a><a>Twitter</a></div>"
        "<figure><img src='p.jpg'><figcaption>Workers inspect a pipe near the station. "
        "(Anna Schmidt/City Press)</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + "<!--EndFragment--></body></html>"
    )
    assert clean_html(html).text.startswith(prose[0])


def portal_copy(masthead: str, header: str, paragraphs: tuple[str, ...], footer: str) -> str:
    """A Chinese portal's page copied with select-all: no head, its menu in a ``nav``."""
    items = "首页 要闻 政策 服务 互动".split()
    nav = "".join(f'<li><a href="/c{i}">{w}</a></li>' for i, w in enumerate(items))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><body><!--StartFragment-->{masthead}<nav><ul>{nav}</ul></nav>{header}"
        f"<div class='article-body'>{text}</div>{footer}<!--EndFragment--></body></html>"
    )


@pytest.mark.parametrize(
    ("masthead", "header", "paragraphs", "footer", "title", "published"),
    [
        pytest.param(  # no head, an h1 logo over the menu: the date line under the headline
            "<h1><a href='/'>山西省人民政府网站</a></h1>",
            "<h2>山西品牌丝路行（南美站）正式启动</h2>"
            "<ul><li><span>时间：</span>2019-09-18 06:23 <span>来源：</span>山西日报</li>"
            "<li><span>打印</span> <span>分享</span></li></ul><div>扫一扫在手机打开当前页面</div>",
            (
                "跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西，刷新走出去的最远纪录。"
                "当地时间9月16日下午，2019年山西品牌丝路行活动在巴西圣保罗正式启动。",
                "推介会上，山西省代表团介绍了山西的资源禀赋、产业基础和投资环境，巴西企业家对山西的"
                "煤炭、装备制造和文化旅游产业表现出浓厚兴趣，双方签署了多项合作协议。",
                "此次活动由山西省商务厅主办，旨在推动山西品牌走向世界，深化与南美国家的经贸合作。",
            ),
            "<div>版权所有：山西省人民政府办公厅</div>",
            "山西品牌丝路行（南美站）正式启动",
            "2019-09-18T06:23:00",
            id="logo-h1-over-the-menu",
        ),
        pytest.param(  # no heading element: the headline is known by its place over the date line
            "<div><a href='/'>新华网</a></div>",
            "<div class='h-title'>法国全国大罢工再次严重影响交通</div>"
            "<div><span>2019-12-10 07:57:40</span> <span>来源：新华网</span></div>",
            (
                "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度"
                "改革，首都巴黎交通几乎完全瘫痪，其他多个城市交通也受到影响。",
                "巴黎公交公司当天运营的地铁线路只有两条，其余线路全部停运，多条郊区快线也只在高峰时段"
                "部分运营，大批市民只能步行或骑车上班。",
                "法国政府计划本周公布退休制度改革的具体方案，工会表示罢工将持续到政府撤回改革计划为止。",
            ),
            "<div>版权所有 新华网</div>",
            "法国全国大罢工再次严重影响交通",
            "2019-12-10T07:57:40",
            id="headline-in-a-styled-div",
        ),
    ],
)
def test_a_select_all_copy_is_titled_and_dated_by_the_lines_over_its_text(
    masthead: str,
    header: str,
    paragraphs: tuple[str, ...],
    footer: str,
    title: str,
    published: str,
) -> None:
    """A portal's copy has no head: its headline and date line stand over the text."""
    article = clean_html(portal_copy(masthead, header, paragraphs, footer))
    assert article.title == title
    assert article.published == published
    assert article.text.startswith(paragraphs[0])


def test_an_infoboxs_dates_do_not_date_a_select_all_copy() -> None:
    """Wikipedia's infobox between the title and the text: its days are the country's history."""
    rows = [("Capital", "Wellington"), ("Responsible government", "7 May 1856")]
    rows += [("Dominion", "26 September 1907"), ("Statute of Westminster", "25 November 1947")]
    infobox = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><body><!--StartFragment--><nav><ul>"
        + "".join(f'<li><a href="/w{i}">Link {i}</a></li>' for i in range(6))
        + f"</ul></nav><h1>New Zealand</h1><table>{infobox}</table>{paragraphs}"
        "<!--EndFragment--></body></html>"
    )
    article = clean_html(html)
    assert article.title == "New Zealand"
    assert article.published is None


def test_a_copyright_line_under_a_copied_headline_is_no_part_of_the_title() -> None:
    """An old personal page sets its title, tagline and notice in one block under line breaks."""
    prose = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    for head in (
        "<p align='center'><b>linux usability<br>...or, why do I bother.</b><br>"
        "© 2002, 2003 <a href='mailto:x@example.org'>Jamie Zawinski</a></p>",
        "<h1>linux usability<br>...or, why do I bother.<br>© 2002, 2003 Jamie Zawinski</h1>",
    ):
        article = clean_html(head + prose)
        assert article.title == "linux usability ...or, why do I bother.", head
    # A headline that is itself about copyright keeps its words.
    article = clean_html("<h1>Copyright 2024 reform passes the Senate</h1>" + prose)
    assert article.title == "Copyright 2024 reform passes the Senate"
