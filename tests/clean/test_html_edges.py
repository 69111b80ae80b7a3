"""Bylines, date lines and share rows below a standfirst leave the body; prose that
merely starts like a byline stays."""

from __future__ import annotations

import lxml.html
import pytest

from clipper.clean import boilerplate, clean_html
from clipper.clean.edges import trim_edges
from clipper.clean.headerlines import header_lines

from .test_text_shapes import DE_PROSE

PAGE = """<!doctype html><html lang="en"><head><title>Grid operators buy batteries | The Ledger</title>
<meta name="author" content="Ines Moreau"></head><body>
<nav><a href="/">Home</a> <a href="/energy">Energy</a></nav>
<article>
<h1>Grid operators buy batteries</h1>
<p class="standfirst">Storage is cheaper than new lines, regulators say, and the first sites open this winter
across three regions that had long waited for new transmission capacity.</p>
<p class="byline">By Ines Moreau · 4 February 2025</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a></div>
<p>By Tuesday the first contracts were signed, officials said, after months of talks between
the operators and the suppliers of the battery packs.</p>
<p>The sites will store enough energy to power a town of fifty thousand people for four hours,
and the operators expect to add more next year if prices keep falling.</p>
<p>Engineers say the main risk is the supply of cells, most of which come from a handful of
factories abroad.</p>
</article></body></html>"""


def test_byline_and_share_row_below_the_standfirst_are_removed() -> None:
    article = clean_html(PAGE, url="https://ledger.example.com/energy/batteries")
    assert "By Ines Moreau" not in article.text
    assert "Share on Facebook" not in article.text
    assert article.text.count("By Tuesday the first contracts were signed") == 1
    reasons = {r.reason for r in article.removed}
    assert {"byline", "share"} <= reasons
    assert article.authors == ("Ines Moreau",)


def test_a_japanese_paragraph_naming_the_reporter_is_not_a_byline() -> None:
    page = """<!doctype html><html lang="ja"><head><title>市議会、都市計画を可決</title></head>
<body><article><h1>仙台市議会、新しい都市計画を可決</h1>
<div class="meta"><time datetime="2022-12-30T13:26:00+09:00">2022年12月30日 13時26分</time>
<div class="byline"><a href="/reporter/759">山田太郎</a></div></div>
<div class="article-body">
<p>山田太郎氏は記者団に対し「一つの供給元に頼らない体制を作りたい」と述べました。会社側は「詳細についてはコメントを控える」としています。</p>
<p>関係者によりますと、地元での雇用の確保が交渉の焦点となっていました。政府は年内に詳しい評価結果を公表するとしています。</p>
<p>日本半導体の調べでは、国内メーカーが供給する割合は約73%に達しています。市議会は月曜日の夜、新しい都市計画を賛成多数で可決しました。</p>
</div></article></body></html>"""
    article = clean_html(page)
    assert article.authors == ("山田太郎",)
    assert article.text.startswith("山田太郎氏は記者団に対し")


def test_a_date_and_a_button_loose_in_the_article_header_leave_the_body() -> None:
    body = """<header><span>Planète</span>
<p>La majorité a fait bloc malgré l'opposition des riverains du quartier nord.</p>
<time datetime="2025-04-11T12:00:00+00:00">Publié le 11 avril 2025 à 12h00</time>
<p><a href="/reutilisation">Réutiliser ce contenu</a></p></header>
<section><p>Les syndicats menacent de saisir la justice si leurs demandes ne sont pas entendues,
a déclaré Camille Bernard à l'issue de la séance, mardi soir, devant la presse locale.</p>
<p>L'été dernier, le conseil municipal avait déjà repoussé le vote de trois mois, faute d'accord
sur le financement des nouvelles lignes de tramway prévues par le plan.</p></section>"""
    html, removed = trim_edges(body, "À Grenoble, le conseil adopte son plan", ("Antoine Moreau",))
    reasons = {r.text: r.reason for r in removed}
    assert reasons.get("Publié le 11 avril 2025 à 12h00") == "date"
    assert reasons.get("Réutiliser ce contenu") == "share"
    assert "Publié le" not in html and "Les syndicats menacent" in html
    assert "La majorité a fait bloc" in html


def test_a_date_line_with_the_publication_and_the_update_leaves_the_body() -> None:
    body = (
        "<p>Publié le 04 février 2024 à 10h15, modifié le 05 février 2024 à 08h00</p>"
        "<p>Le conseil municipal a voté mardi soir un plan très attendu pour transformer les "
        "berges du fleuve en parcs publics au cours des six prochaines années.</p>"
    )
    html, removed = trim_edges(body, "Le plan des berges", ())
    assert "Publié le" not in html and "Le conseil municipal" in html
    assert [r.reason for r in removed] == ["date"]


def test_a_read_more_link_inside_the_text_leaves_and_a_sentence_with_a_link_stays() -> None:
    paragraphs = [
        "The council voted on Tuesday to approve a long-debated plan for the northern riverside, "
        "which will become a chain of public parks over the next six years.",
        "The plan had stalled twice over the cost of cleaning the soil along the old wharves, "
        "council members said after the vote on Tuesday night.",
    ]
    link = '<p><strong>Read more:</strong> <a href="/c">Mayor defends budget plan</a></p>'
    kept = '<p>Read more about <a href="/d">the plan</a> in our guide to the new parks.</p>'
    body = f"<p>{paragraphs[0]}</p>{link}<p>{paragraphs[1]}</p>{kept}<p>{paragraphs[0]}</p>"
    html, removed = trim_edges(body, "Council approves the plan", ())
    assert "Mayor defends" not in html and paragraphs[1] in html
    assert "in our guide to the new parks" in html
    assert [r.reason for r in removed] == ["related"]


def test_a_selection_the_trimming_rules_would_empty_keeps_its_text() -> None:
    date = "<p>Publié le 04 février 2024 à 10h15, modifié le 05 février 2024 à 08h00</p>"
    paragraph = (
        "Le conseil municipal a voté mardi soir un plan très attendu pour transformer les "
        "berges du fleuve en parcs publics au cours des six prochaines années."
    )
    selection = f"<html><body>{date}{date}<p>Mehr zum Thema</p><p>{paragraph}</p></body></html>"
    article = clean_html(selection)
    assert paragraph in article.text


def test_a_blogs_trailer_goes_though_a_photo_moved_after_it_stays() -> None:
    # trafilatura may move a photo table of a table-layout blog to the end of
    # the body: the trailer (tags and tools between bars, previous and next
    # entry) is then no longer the last thing, but is still the trailer.
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "The port handled a record volume of containers last year despite disruptions on "
            "major shipping routes, the port authority said on Monday.",
            "Union representatives said they had not been consulted and would seek an urgent "
            "meeting with management about the changes to the night shifts.",
        )
    )
    body = (
        f"{paragraphs}<p>Filed under:</p><a href='/t'>Opinion</a>, <a href='/c'>Climate</a> | "
        "<a href='#'>Permalink</a> | <a href='#comments'>Comments (2)</a> | "
        "<a href='mailto:'>Email this</a><p><a href='/prev'>« Previous entry</a> | "
        "<a href='/next'>Next entry »</a></p>"
        "<table><tr><td><img src='https://example.org/a.jpg'></td></tr>"
        "<tr><td><i>Commuters board a train during the morning rush.</i></td></tr></table>"
    )
    html, removed = trim_edges(body, "Port handles record volume", ())
    assert "Permalink" not in html and "Previous entry" not in html
    assert "Commuters board a train" in html
    assert "Union representatives said" in html
    assert {r.reason for r in removed} >= {"menu"}


def test_a_block_printed_twice_in_a_row_is_kept_once() -> None:
    """A chart drawn in two sizes for two screens (one hidden by the style sheet) prints its
    title twice; a refrain of one word is left alone."""
    chart = (
        "<div class='chart'><div class='small'><p>Interest payments on the national debt</p>"
        "</div><div class='large'><p>Interest payments on the national debt</p></div></div>"
    )
    refrain = "<p>Ha!</p><p>Ha!</p>"
    page = PAGE.replace("<p>The sites will store", chart + refrain + "<p>The sites will store")
    article = clean_html(page)
    assert article.text.count("Interest payments on the national debt") == 1
    assert article.text.count("Ha!") == 2
    assert {r.reason for r in article.removed if "Interest payments" in r.text} == {"duplicate"}


def test_a_lead_photos_credit_over_the_text_goes_and_prose_that_starts_alike_stays() -> None:
    paragraphs = (
        "<p>Despite what the jeers of jaded Californians might suggest, toppled lawn chairs were "
        "not the worst of the damage from the earthquake that rattled the East Coast.</p>"
        "<p>The monument developed a crack near its peak, prompting officials to close it "
        "indefinitely while engineers examine the extent of the damage.</p>"
    )
    for credit in (
        "Mandel Ngan / AFP / Getty Images",
        "Courtesy G4",
        "(Al Dukes Photography)",
        "Illustration by Mike Nudelman",
    ):
        body, removed = trim_edges(f'<p id="caption">{credit}</p>{paragraphs}', "", ())
        assert credit not in body
        assert [(r.text, r.reason) for r in removed] == [(credit, "caption")]
    opening = "<p>Courtesy matters less than speed, say the monument's guides.</p>"
    body, removed = trim_edges(opening + paragraphs, "", ())
    assert "Courtesy matters less" in body
    assert removed == []


def test_a_phrase_under_a_photos_credit_at_the_top_is_its_caption() -> None:
    """The credit first, then the caption with no full stop (the BBC's and WeChat's order)."""
    paragraphs = (
        "<p>熟悉 Golang 的同学都知道，Golang 里面有一个关键词叫做defer，它可以实现延迟调用。</p>"
        "<p>实际上在 Python 里面也有相关的语法，那就是contextlib.ExitStack，用法也很简单。</p>"
    )
    for credit, caption in (
        ("摄影：产品经理", "产品经理的生日餐"),
        ("Mandel Ngan / AFP / Getty Images", "Tourists gather at the foot of the monument"),
    ):
        body, removed = trim_edges(f"<p>{credit}</p><p>{caption}</p>{paragraphs}", "", ())
        assert caption not in body and "熟悉 Golang" in body
        assert (caption, "caption") in [(r.text, r.reason) for r in removed]
    # With no credit above it, such a phrase stays: it may be the standfirst.
    body, removed = trim_edges(f"<p>Tourists gather at the foot of the monument</p>{paragraphs}", "", ())
    assert "Tourists gather" in body
    # Nor under a caption: "图为…的近影。" may stand over the first section's heading.
    photo = "<p>图为马素湘在澳大利亚悉尼游玩时的近影。</p><p>出国前后关注点大不同</p>"
    body, removed = trim_edges(photo + paragraphs, "", ())
    assert "出国前后关注点大不同" in body


def test_the_links_under_a_related_label_go_with_it() -> None:
    paragraphs = (
        "<p>新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕，新品名为iPhone 11，采用双摄像头。</p>"
        "<p>新浪科技查询Apple中国官网，iPhone 11（国行）各容量售价分别为：64GB售5499元，256GB售6799元。</p>"
    )
    links = (
        "<p><strong>相关新闻：</strong></p>"
        "<p><strong><a href='/zhibo'>直播2019年苹果发布会(英文原声+中文字幕)</a></strong></p>"
        "<p><strong><a href='/zt'>苹果2019年秋季新品发布会：谈色彩 致创新</a></strong></p>"
    )
    body, removed = trim_edges(links + paragraphs, "", ())
    assert "直播2019年苹果发布会" not in body and "谈色彩" not in body
    assert "新浪科技讯" in body and "新浪科技查询" in body
    assert sum(r.reason == "related" for r in removed) == 3
    # Under no label, a link of its own stays: it may be the text's first line.
    body, removed = trim_edges(links.replace("相关新闻：", "发布会") + paragraphs, "", ())
    assert "直播2019年苹果发布会" in body


BLOG_POST = """<!doctype html><html lang="en"><head>
<title>Stock Market and Investing: Fed's Statement on Operation Twist with a Twist - Markets
Daily</title>
</head><body>
<h1>Market Insider</h1>
<div class="sidebar"><h2>RECENT POSTS</h2><ul>
<li><a href="/1">Fed's Statement on Operation Twist with a Twist</a></li>
<li><a href="/2">Silver Prices Slammed, and Here Is Why</a></li></ul>
<p>Current DateTime: 08:48:59 23 Sep 2011</p></div>
<div class="post"><h1>Fed's Statement on Operation Twist with a Twist</h1>
<p>Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</p>
<p><a href="#">Text Size</a></p>
<div><span>By: <a href="/domm">Patti Domm</a><br>Executive News Editor</span></div>
<p>Some traders found Wednesday's Fed statement to be a bit gloomier than expected, and
markets fell through the afternoon as the bank's words sank in.</p>
<p>One reason may be the addition of concern about Europe, where strains in global
financial markets have grown over the summer and banks hoard cash.</p>
<p>The Fed did launch the much anticipated operation, and it is also taking direct aim at
mortgages by putting money from maturing securities back into that market.</p>
</div></body></html>"""


def test_the_posts_own_heading_leads_to_its_byline_and_date_not_the_blogs_name() -> None:
    article = clean_html(BLOG_POST)
    assert article.title == "Fed's Statement on Operation Twist with a Twist"
    assert article.authors == ("Patti Domm",)
    assert article.published == "2011-09-21T16:35:00-04:00"
    assert article.text.startswith("Some traders found Wednesday's Fed statement")
    removed = {r.text: r.reason for r in article.removed}
    assert removed["Text Size"] == "share"
    assert "Executive News Editor" not in article.text
    nested = BLOG_POST.replace(
        "<h1>Fed's Statement on Operation Twist with a Twist</h1>\n<p>Published",
        "<h1><div>Fed's Statement on Operation Twist with a Twist</div></h1>\n<p>Published",
    )
    assert nested != BLOG_POST
    header = header_lines(lxml.html.document_fromstring(nested))
    assert header[0].text == "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET"
    # Printed as a block of its own, the trade goes with the byline above it.
    body, removed_blocks = trim_edges(
        "<p>By: Patti Domm</p><p>Executive News Editor</p>" + BLOG_POST.split("</span></div>")[1],
        "",
        ("Patti Domm",),
    )
    assert [(r.text, r.reason) for r in removed_blocks][:2] == [
        ("By: Patti Domm", "byline"),
        ("Executive News Editor", "byline"),
    ]


def test_a_furniture_label_beside_the_date_is_no_author() -> None:
    page = """<html><head><title>Morning show welcomes a hero</title></head><body>
    <h1>Morning show welcomes a hero</h1><p>June 8, 2012 6:14 AM</p>
    <ul><li><a href="#">Share this</a></li><li><a href="#c">View Comments</a></li></ul>
    <p>The hosts were thrilled to welcome a hero into the studio this morning, as the
    veteran talked about her years of service and the charity she founded.</p>
    <p>She told listeners how the charity began with a single phone call from a friend who
    had just come home, and how it now helps hundreds of families each year.</p>
    </body></html>"""
    article = clean_html(page)
    assert article.authors == ()
    assert article.published == "2012-06-08T06:14:00"
    # A section named for a place, set over the date line.
    kicker = page.replace("<p>June 8, 2012", "<p><a href='/nk'>North Korea</a></p><p>June 8, 2012")
    assert clean_html(kicker).authors == ()
    assert clean_html(kicker.replace("North Korea", "Jane Morrow")).authors == ("Jane Morrow",)


def test_a_caption_boxed_with_its_credit_at_the_top_goes_and_a_standfirst_stays() -> None:
    paragraphs = (
        "<p>This month, the federal government released a report on the fate of the oil that "
        "spilled into the Gulf after the explosion, and most of it was said to be gone.</p>"
        "<p>That left about a quarter of the original spill still present, either in sheen or "
        "in weathered tarballs on the shore or buried in sediment.</p>"
    )
    caption = (
        "Ricky Breaux wades in from the ocean near a pool of dispersed oil on a recently "
        "reopened public beach in Grand Isle, La., on Aug. 11, 2010"
    )
    boxed = f"<div><p>{caption}</p><p>Win McNamee / Getty Images</p></div>{paragraphs}"
    body, removed = trim_edges(boxed, "", ())
    assert body.count("<p>") == 2 and "Ricky Breaux" not in body
    assert [r.reason for r in removed] == ["caption", "caption"]
    deck = "<h2>The star won fame by targeting the guys who, she says, control popularity</h2>"
    body, removed = trim_edges(f"{deck}<p>Courtesy G4</p>{paragraphs}", "", ())
    assert "control popularity" in body
    assert [(r.text, r.reason) for r in removed] == [("Courtesy G4", "caption")]


_JA_TEXT = (
    "<p>【6月18日 AFP】ナイジェリア北東部ボルノ州で16日夜、イスラム過激派組織によるものと"
    "思われる少女を使った自爆攻撃が起き、31人が死亡した。地元当局者が17日明らかにした。</p>"
    "<p>攻撃はボルノ州の町ダンボアで、断食月明けの祭りの祝いから帰る途中の人々を狙って"
    "起きたもので、過激派の犯行と思われる特徴があった。</p>"
)
_AR_TEXT = (
    "<p>دمشق، سوريا -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة سيطرت على مخازن "
    "للصواريخ في ريف دمشق، بعد معارك استمرت أياما مع القوات الحكومية في المنطقة.</p>"
    "<p>وقال ناشطون إن المقاتلين استولوا على كميات كبيرة من الذخيرة والأسلحة الثقيلة، "
    "ونشروا صورا تظهر الصواريخ داخل المخازن بعد السيطرة عليها.</p>"
)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # Topic tags in brackets after the place.
        ("2018年6月18日 10:01 発信地：カノ/ナイジェリア [ ナイジェリア アフリカ ]", _JA_TEXT),
        # The time zone as an offset from GMT.
        ("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)", _AR_TEXT),
    ],
)
def test_a_date_line_with_tags_or_a_gmt_offset_leaves_the_top(line: str, text: str) -> None:
    body, removed = trim_edges(f"<p>{line}</p>{text}", "", ())
    assert [(r.text, r.reason) for r in removed] == [(line, "date")]
    assert body.count("<p>") == 2


def test_a_dateline_in_lenticular_brackets_opens_the_text_however_short() -> None:
    short = "<p>【2018年6月18日 AFP】ナイジェリア北東部で自爆攻撃が起きた。</p>"
    body, removed = trim_edges(short + _JA_TEXT, "", ())
    assert "自爆攻撃が起きた。" in body and removed == []


def test_blocks_of_bars_and_dashes_at_the_edges_go() -> None:
    paragraphs = [
        "The council approved the plan for the new parks on Tuesday night after a long debate.",
        "Work on the first of the parks will begin in the spring and take about two years.",
    ]
    body = "<p>-</p>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>| | | | |</p>"
    html, removed = trim_edges(body, "Council approves the plan", ())
    assert all(p in html for p in paragraphs)
    assert "|" not in html and "<p>-</p>" not in html
    assert [r.reason for r in removed] == ["menu", "menu"]


def test_the_title_with_a_badge_glued_before_it_goes_with_the_title() -> None:
    paragraphs = [
        "当全世界绝大部分国家都在为能够吸引中国游客到来而绞尽脑汁的时候，只有这么一个国家一脸淡定。",
        "这个国家便是位于中国与俄罗斯两国中间的，世界第二大内陆国的蒙古国。",
    ]
    title = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    body = f"<p>原创{title}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    html, removed = trim_edges(body, title, ())
    assert all(p in html for p in paragraphs) and "原创" not in html
    assert [r.reason for r in removed] == ["title"]


def test_a_related_label_or_a_click_prompt_left_over_the_text_goes() -> None:
    paragraphs = [
        "新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕，新品名为iPhone 11。",
        "新浪科技查询Apple中国官网，iPhone 11各容量售价分别为：64GB售5499元。",
    ]
    for label in ("相关新闻：", "点击进入“文艺星青年”>>", "Related:"):
        body = f"<p>{label}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        html, removed = trim_edges(body, "苹果发布新iPhone 11", ())
        assert label.rstrip(":：>") not in html and all(p in html for p in paragraphs), label
        assert [r.reason for r in removed] == ["related"], label


@pytest.mark.parametrize(
    "credit",
    [
        "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）",
        "采写：南都见习记者林子沛",
        "（资料来源：参考消息、海外网等）【编辑：姚昊】",
        "【1】【2】【3】【4】（责编：汤诗瑶、丁涛）",
        "图片均来自网络",
        "（实习生王金茹对此文亦有贡献）",
        "新京报记者陆一夫编辑刘晓阳校对李铭",
        "扬子晚报记者张楠",  # the paper's reporter signing under the text
        "医技药剂党支部、药剂科供稿摄影/张艳编辑/苏芳",
        "来源：无锡交警",
        "信息来源于网络",  # taken from the web,
        "经过文刃重新编排",  # and re-edited by the account
        "作者：余毅菁 向雪妮",
        # A republished story's note of its original headline.
        "(原题为《是“收割韭菜”还是“回归理性”》)",
        "-原标题:苹果回应“违反中国劳动法”:大多数指控错误",
    ],
)
def test_a_chinese_articles_credit_under_its_last_paragraph_goes(credit: str) -> None:
    paragraphs = [
        "据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司9日对记者表示，"
        "我们调查了中国劳工观察的说法，大多数指控是错误的。",
        "同时，苹果公司表示，我们在调查期间确实发现派遣工人的比例超过了我们的标准，"
        "我们正在与富士康密切合作解决这个问题。",
        "记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。据了解，富士康此前已多次就"
        "派遣工问题作出说明，并表示将在年内完成整改。",
    ]
    html = (
        "<html lang='zh'><head><title>苹果回应违反劳动法指控</title></head><body><article>"
        "<h1>苹果回应违反劳动法指控</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"<p>{credit}</p></article></body></html>"
    )
    article = clean_html(html)
    assert article.text.endswith(paragraphs[-1])


@pytest.mark.parametrize(
    "credit",
    [
        "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",
        "摄影：产品经理的生日餐",
        "石佳/中国青年报",
        "新华社",
        "来源于：东区办事处",
        "1/10",
        "（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）",
        "“2018十大经济年度人物评选”火热进行中！【点击投票】Pick你心目中的商业领袖",  # a promotion
    ],
)
def test_a_chinese_caption_or_credit_over_the_first_paragraph_goes(credit: str) -> None:
    first = (
        "据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司9日对记者表示，"
        "我们调查了中国劳工观察的说法，大多数指控是错误的。"
    )
    second = (
        "同时，苹果公司表示，我们在调查期间确实发现派遣工人的比例超过了我们的标准，"
        "我们正在与富士康密切合作解决这个问题。记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。"
    )
    html = (
        "<html lang='zh'><head><title>苹果回应违反劳动法指控</title></head><body><article>"
        f"<h1>苹果回应违反劳动法指控</h1><p>{credit}</p><p>{first}</p><p>{second}</p>"
        "</article></body></html>"
    )
    assert clean_html(html).text.startswith(first)


def test_a_headline_printed_after_a_section_glued_before_it_in_the_title_tag() -> None:
    """ "明日股市预测--<headline>": the page prints the end alone, in a styled div."""
    headline = "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"
    body = (
        "联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险，2019年全球经济"
        "增长率也将从3%降至2.3%。一些大型新兴经济体已经陷入衰退，而一些发达经济体也面临下行压力。"
    )
    html = (
        f"<html lang='zh'><head><title>明日股市预测--{headline}</title></head><body>"
        f"<div class='nav'>首页 明日股市预测</div><div class='con'><div class='tit'>{headline}</div>"
        f"<p>{body}</p><p>{body[::-1]}</p></div></body></html>"
    )
    article = clean_html(html)
    assert article.title == headline
    assert article.text.startswith(body)


def test_a_today_bars_clock_of_two_days_is_not_the_publication_date() -> None:
    """A script writes the day the page is read, and one more, each with its weekday."""
    body = (
        "目前嫦娥五号探测器已经在海南文昌进入发射场准备阶段，执行发射任务的长征五号运载火箭也在进行"
        "发射前的总装和测试。这是中国探月工程的收官之作，会首次从月球采样带回。"
    )
    html = (
        "<html lang='zh'><head><title>嫦娥五号即将发射</title></head><body>"
        "<h1>快科技</h1><div>2026年11月30日 星期一 2021年10月7日 星期四</div>"
        "<ul><li>· 售价来了！12代酷睿提前上架</li><li>· 打破卡脖子！清华实现晶圆制造的突破</li></ul>"
        f"<div class='news'><div class='title'>嫦娥五号即将发射</div><p>{body}</p><p>{body[::-1]}</p>"
        "</div></body></html>"
    )
    published = clean_html(html).published
    assert published is None or not published.startswith("2026-11-30")


def test_an_empty_heading_over_a_copys_headline_heads_nothing() -> None:
    """A portal's template leaves "<h3></h3>" over the headline; a copy has no title tag."""
    copy = (
        "<html><body><h3></h3><h2>山西品牌丝路行（南美站）正式启动</h2>"
        "<h3>成功举办中国（山西）－巴西双向经贸投资推介会</h3>"
        "<ul><li><span>时间：</span>2019-09-18 06:23 <span>来源：</span>山西日报</li></ul>"
        "<div><p>跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西，刷新走出去的最远纪录。"
        "当地时间9月16日下午，2019年山西品牌丝路行活动在巴西圣保罗正式启动。</p></div>"
        "</body></html>"
    )
    header = header_lines(lxml.html.document_fromstring(copy))
    assert "时间：2019-09-18 06:23 来源：山西日报" in [line.text for line in header]


def test_an_embedded_posts_consent_box_inside_the_article_leaves_the_body() -> None:
    """German papers hold an embedded post behind a consent box, in the article's markup."""
    box = (
        "<div><p>Empfohlener redaktioneller Inhalt</p>"
        "<p>An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.</p>"
        "<div><p>Externer Inhalt</p><p>Ich bin damit einverstanden, dass mir externe Inhalte "
        "angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt "
        "werden.</p><button>Inhalt laden</button></div></div>"
    )
    paragraphs = [f"<p>{p}</p>" for p in DE_PROSE]
    html = (
        "<html><head><title>Stadtrat billigt Plan für Parks</title></head><body><article>"
        "<h1>Stadtrat billigt Plan für Parks</h1>"
        + "".join(paragraphs[:2])
        + box
        + "".join(paragraphs[2:])
        + "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == DE_PROSE


def test_the_headline_reworded_over_the_text_and_a_screenshots_caption_leave_the_body() -> None:
    """A video's title and its caption ("…。视频截图") over the lede; a lede that retells stays."""
    lede = (
        "新京报讯2019年篮球世界杯17-32名排位赛，中国男篮以77比73战胜韩国队，保住进军东京奥运会的希望。"
        "姚明本场并未坐在主席台，而是和球队坐在一起。"
    )
    more = (
        "比赛中一个镜头引起了大家的注意，周琦在一次暂停后准备上场时，姚明拉住他在耳边叮嘱了几句，"
        "随后上半场表现不佳的周琦转变明显。那么，姚明到底和周琦说了什么？"
    )
    body, removed = trim_edges(
        "<p>姚明对周琦说了啥？大魔王上下半场判若两人</p><p><img src='/v.jpg'></p>"
        f"<p>姚明场边支招周琦。视频截图</p><p>{lede}</p><p>{more}</p>",
        "姚明对周琦说了啥？周琦上下半场判若两人",
        (),
    )
    assert [(r.text, r.reason) for r in removed] == [
        ("姚明对周琦说了啥？大魔王上下半场判若两人", "title"),
        ("姚明场边支招周琦。视频截图", "caption"),
    ]
    assert lede in body and more in body
    # A short lede in the headline's words is a sentence, and stays.
    title = "Port cranes to run on batteries"
    lede = "Port cranes to run on batteries soon."
    prose = "".join(f"<p>{p}</p>" for p in DE_PROSE[:2])
    body, removed = trim_edges(f"<p>{lede}</p>{prose}", title, ())
    assert lede in body and not removed


def test_a_link_home_run_into_the_last_paragraph_and_the_credits_before_it_leave() -> None:
    """ "…持续。返回腾讯网首页>>": the link goes, the sentence stays; "作者：…" under the text goes."""
    first = (
        "第三方数据行业的整顿引发关注，多家公司开始转型，将服务重心从新金融领域转向银行机构。" * 3
    )
    second = "其次是业务方向转型，单纯的数据服务已不能满足市场需求，需要向科技赋能转型。" * 3
    last = "转型之路，道阻且长。而眼下，可以预见的是，第三方数据行业的整顿仍将持续。"
    body, removed = trim_edges(
        f"<p>{first}</p><p>{second}</p><p>{last}<a href='https://www.qq.com/'>返回腾讯网首页&gt;&gt;</a></p>",
        "标题",
        (),
    )
    assert f"<p>{last}</p>" in body
    assert [(r.text, r.reason) for r in removed] == [("返回腾讯网首页>>", "menu")]
    body, removed = trim_edges(
        f"<p>{first}</p><p>{second}</p><p>采写：南都记者 余毅菁 向雪妮</p>"
        "<p>作者：余毅菁 向雪妮<a href='https://www.sohu.com/'><span>返回富达，查看更多</span></a></p>",
        "标题",
        (),
    )
    assert body.endswith(f"<p>{second}</p>")
    assert [r.reason for r in removed] == ["boilerplate", "byline", "menu"]
    # A link that is the paragraph's own words, or a link home with words after it, stays.
    kept = f"<p>{first}</p><p>{second}</p><p>详情见<a href='https://example.cn/'>查看更多</a>，欢迎参与。</p>"
    body, removed = trim_edges(kept, "标题", ())
    assert "查看更多" in body and not removed


def test_a_link_home_with_furniture_after_it_still_leaves_with_the_credits_before_it() -> None:
    """An empty "责任编辑：" under the credit run into a link home: the trailer reaches past it."""
    first = (
        "第三方数据行业的整顿引发关注，多家公司开始转型，将服务重心从新金融领域转向银行机构。" * 3
    )
    second = "其次是业务方向转型，单纯的数据服务已不能满足市场需求，需要向科技赋能转型。" * 3
    body, removed = trim_edges(
        f"<p>{first}</p><p>{second}</p><p>采写：南都记者 余毅菁 向雪妮</p>"
        "<p>作者：余毅菁 向雪妮<a href='https://www.sohu.com/'><span>返回富达，查看更多</span></a></p>"
        "<p>责任编辑：<span></span></p>",
        "标题",
        (),
    )
    assert body.endswith(f"<p>{second}</p>")
    assert "余毅菁" not in body


def test_a_date_line_under_the_text_of_a_page_laid_out_in_a_table_goes() -> None:
    """ "发布日期：2019-03-06 责任编辑：龙慧" in the layout table's last row, which also holds
    the article's photo: the date line is no photo's caption."""
    paragraphs = [
        "2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉一行"
        "到众创金融街开展调研工作，市金融局、东区办事处相关负责人陪同调研。" * 3,
        "下一步，我区将在市委市政府的领导下，在市金融局的指导下，结合当前粤港澳大湾区背景，"
        "升级发展众创金融街，进一步加快金融资源集聚，强化金融服务实体经济能力。" * 3,
    ]
    cells = "".join(f"<p>{p}</p>" for p in paragraphs)
    body, removed = trim_edges(
        f"<table><tr><td><p><img src='a.jpg'></p>{cells}</td></tr>"
        "<tr><td>发布日期：2019-03-06 责任编辑：龙慧</td></tr></table>",
        "标题",
        (),
    )
    assert "发布日期" not in body
    assert all(p in body for p in paragraphs)
    assert ("发布日期：2019-03-06 责任编辑：龙慧", "date") in [(r.text, r.reason) for r in removed]
    # A photo's own box keeps its caption, a date in it or not.
    photo = "<table><tr><td><img src='b.jpg'></td></tr><tr><td>2019年3月6日，调研组参观金融街。</td></tr></table>"
    body, removed = trim_edges(f"{cells}{photo}", "标题", ())
    assert "调研组参观金融街" in body


def test_a_chinese_articles_credits_under_the_text_go_and_name_the_writer() -> None:
    """ "原标题：…", "出品︱…", "作者︱春春" under the last paragraph: furniture, and the writer."""
    paragraphs = [
        "众所周知，宇航员在太空中的生活十分单调，他们每天都要进行大量的科学实验和身体锻炼，几乎没有任何娱乐活动。" * 2,
        "那么宇航员在太空中能不能喝酒呢？答案是不能，因为酒精会影响人的判断力，在太空中这是非常危险的事情。" * 2,
    ]
    credits = ["原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人", "出品︱网易科学人栏目组 胖胖", "作者︱春春"]
    html = (
        "<html><body><article><h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs + credits)
        + "</article><div class='share'>分享</div></body></html>"
    )
    article = clean_html(html)
    assert article.text.endswith(paragraphs[-1])
    assert article.authors == ("春春",)


def test_the_writers_box_tip_prompt_and_affiliate_footer_under_the_text_go() -> None:
    """The Badische Zeitung ends on the writer's box, the name alone, then a line about him
    that does not open on his name; Omroep Brabant asks "Heb jij een tip …?"; Advance
    Local's footer says "… through a link on our site, we may receive compensation"."""
    paragraphs = [
        "By Tuesday the first contracts were signed, officials said, after months of talks "
        "between the operators and the suppliers of the battery packs.",
        "The sites will store enough energy to power a town of fifty thousand people for four "
        "hours, and the operators expect to add more next year if prices keep falling.",
        "Engineers say the main risk is the supply of cells, most of which come from a handful "
        "of factories abroad.",
    ]
    tail = [
        "Heb jij een tip of meer informatie over dit onderwerp? Mail naar tips@ledger.example.com.",
        "If you purchase a product or register for an account through a link on our site, we may "
        "receive compensation.",
        "Ines Moreau",
        "Reporter on the energy desk. Writes about grids, storage and the companies that run them.",
    ]
    page = PAGE.replace(
        "factories abroad.</p>\n</article>",
        "factories abroad.</p>\n" + "".join(f"<p>{t}</p>" for t in tail) + "\n</article>",
    )
    article = clean_html(page, url="https://ledger.example.com/energy/batteries")
    assert article.text.split("\n\n")[-1] == paragraphs[-1]
    for line in tail:
        assert line not in article.text


def test_a_chinese_line_of_facts_over_the_text_and_a_hong_kong_paywall_go() -> None:
    """大河网's "2025-11-27 10:32 来源：… 作者：… 字号：小 中 大"; 信報's "只供訂戶閱讀" box."""
    paragraphs = [
        "记者11月26日从郑州市城市管理局获悉，今年郑州市区计划新建的12处口袋公园已全部进入收尾阶段，年底前将陆续向市民开放。",
        "所谓口袋公园，是指面积在400平方米至1万平方米之间、见缝插绿建设的小型公园，市民步行5到10分钟就能进入。",
        "城管部门表示，明年还将在老旧小区周边继续建设一批口袋公园，并同步完善照明和座椅等设施。",
    ]
    facts = (
        "<p><span>2025-11-27 10:32</span> <span>来源：<a href='/'>大河报·豫视频</a></span> "
        "<span>作者：王晓晨</span> <span>字号：<a>小</a> <a>中</a> <a>大</a></span></p>"
    )
    paywall = (
        "<div class='paywall'><p>此文章只供信報訂戶閱讀</p>"
        "<p>立即訂閱信報網站，閱讀全部《信報》日報內容、獨家評論及財經專欄。首月只需港幣$48。</p>"
        "<p><a href='/subscribe'>立即訂閱</a> <a href='/login'>訂戶登入</a></p></div>"
    )
    html = (
        "<html><body><article><h1>郑州年内新增12处口袋公园</h1>"
        + facts
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + paywall
        + "</article></body></html>"
    )
    article = clean_html(html)
    assert article.text.startswith(paragraphs[0])
    assert article.text.endswith(paragraphs[-1])


def test_an_about_the_author_box_in_czech_ends_the_text() -> None:
    paragraphs = [
        "Před rokem jsem prodal auto a začal po Brně jezdit šalinou, na kole a pěšky. Nejvíc mě "
        "překvapilo, kolik času jsem dřív trávil hledáním parkovacího místa u domu.",
        "Nákup dělám jednou týdně s vozíkem, na chatu jezdím vlakem a autobusem a na dovolenou "
        "jsme si letos poprvé půjčili auto přes sdílenou službu, což vyšlo levněji.",
        "Nejvíc mi chybí auto v zimě, když prší a děti mají kroužky na druhém konci města; "
        "tehdy si objednám taxi a počítám, že i tak ušetřím proti splátkám a pojištění.",
    ]
    html = (
        "<html><body><article><h1>Rok bez auta v Brně</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<div class='author-box'><h3>O autorovi</h3><p>Jiří Hájek</p>"
        "<p>Dopravní inženýr z Brna, otec dvou dětí a pravidelný uživatel šaliny číslo 3.</p></div>"
        "</article></body></html>"
    )
    article = clean_html(html)
    assert article.text.endswith(paragraphs[-1])


def test_live_posts_stamps_an_arrowed_teaser_a_share_row_and_a_wires_credits_go() -> None:
    """WalesOnline's "12:20Dafydd Morgan" over each post; SETN's "►延伸閱讀 …"; Diario Libre's
    "Compartir Postear WhatsApp"; Antara's "Pewarta: … Editor: … Copyright © ANTARA 2026"."""
    posts = [
        "Traffic Wales says the trunk road will stay shut in both directions while geotechnical "
        "engineers assess the slope above the carriageway near Storey Arms.",
        "Diversions are in place via the A4059 and the A465, and drivers are being told to "
        "expect long delays through Hirwaun for the rest of the afternoon.",
        "The landslip happened shortly after six this morning after a night of heavy rain, and "
        "no vehicles were caught in it, South Wales Police said.",
    ]
    html = (
        "<html><body><article><h1>A470 closed live: landslip shuts road</h1>"
        "<div class='share'>Compartir Postear WhatsApp Telegram</div>"
        f"<div class='post'><p class='stamp'>12:20Dafydd Morgan</p><p>{posts[0]}</p></div>"
        f"<div class='post'><p class='stamp'>11:34 Ffion Pritchard</p><p>{posts[1]}</p></div>"
        "<p><a href='/x'>►延伸閱讀 台中捷運藍線預算追加 市議會三讀通過</a></p>"
        f"<div class='post'><p class='stamp'>10:48Ffion Pritchard</p><p>{posts[2]}</p></div>"
        "<p class='small'>Pewarta: Dimas Ardiansyah<br>Editor: Hendra Wijaya<br>"
        "Copyright © ANTARA 2026</p>"
        "</article></body></html>"
    )
    text = clean_html(html).text
    assert all(p in text for p in posts)
    for gone in ("Dafydd Morgan", "Ffion Pritchard", "延伸閱讀", "Postear", "Pewarta", "©"):
        assert gone not in text
    # (the lexicon reads a label behind an arrow, and Spanish X's "Postear", anywhere)
    assert boilerplate.lexicon_reason("►延伸閱讀 台中捷運藍線預算追加 市議會三讀通過") == "related"
    assert boilerplate.lexicon_reason("Compartir Postear WhatsApp Telegram") == "share"


def test_the_lead_pictures_caption_over_the_text_goes_a_figure_inside_it_stays() -> None:
    """A WordPress theme's featured image: its caption, no credit, over the text."""
    paragraphs = [
        "Singapore keeps celebrating hawker culture while the people who cook it are getting "
        "older, and the stalls we love will quietly disappear without a plan for succession.",
        "At Old Airport Road, more than a third of stallholders are past sixty-five, and few "
        "have children who want to take over the early mornings and the long hours.",
        "The agency that runs the centres has tried incubator stalls and lower rents, but the "
        "numbers of new hawkers have barely moved in five years.",
    ]
    html = (
        "<html><body><h1>Our hawker centres need hawkers</h1><div class='post-content'>"
        "<div class='featured-image'><figure><a href='lead.jpg'><img src='lead.jpg'></a>"
        "<figcaption>Diners at Old Airport Road Food Centre in Singapore on a weekday "
        "evening.</figcaption></figure></div>"
        f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
        "<figure><img src='queue.jpg'><figcaption>A queue outside a chicken rice stall at "
        "lunchtime.</figcaption></figure>"
        f"<p>{paragraphs[2]}</p></div></body></html>"
    )
    article = clean_html(html)
    assert "Diners at Old Airport Road" not in article.text
    assert "A queue outside a chicken rice stall" in article.text
    assert any(r.reason == "caption" and "Diners" in r.text for r in article.removed)


def test_a_credited_caption_under_the_standfirst_goes_and_ads_labelled_in_vietnamese() -> None:
    """KARE 11: standfirst, then the lead video's caption and "Credit: KARE"; Tuổi Trẻ's
    "Quảng cáo" between paragraphs."""
    paragraphs = [
        "Hennepin County will open three more overnight warming centers on Tuesday as a "
        "deep freeze settles over the Twin Cities, officials said on Monday afternoon.",
        "The new sites, in Minneapolis and Brooklyn Park, add about 140 beds to the county's "
        "shelter system, which has been running at capacity since the weekend.",
        "Outreach workers will offer rides to the centers from encampments and transit "
        "stations, and the county asked residents to call 911 if they see anyone at risk.",
    ]
    html = (
        "<html><body><h1>Hennepin County opens 3 more warming centers</h1><div class='body'>"
        "<p class='standfirst'>The county says the new sites add 140 beds as temperatures fall "
        "below zero across the metro, and more may open later this week if the cold holds.</p>"
        "<figure><div class='video'></div><figcaption>Outreach teams spent Monday checking "
        "encampments along the Hiawatha corridor. Credit: KARE</figcaption></figure>"
        f"<p>{paragraphs[0]}</p><p>Quảng cáo</p><p>{paragraphs[1]}</p><p>{paragraphs[2]}</p>"
        "</div></body></html>"
    )
    text = clean_html(html).text
    assert all(p in text for p in paragraphs)
    assert "Hiawatha corridor" not in text
    assert "Quảng cáo" not in text


def test_a_donation_pitch_a_paywall_box_and_a_blogs_disclaimer_under_the_text_go() -> None:
    """Premium Times's "Support PREMIUM TIMES' journalism…", 天下雜誌's "本文為會員限定文章",
    Il Fatto's comment policy and its blogs' disclaimer: the trailer, once the lexicon knows
    them."""
    paragraphs = [
        "The Federal Road Safety Corps has deployed 1,400 personnel on the Lagos-Ibadan "
        "expressway for the yuletide season, the corps said in a statement on Sunday.",
        "The sector commander said patrol teams would be stationed at known flashpoints, and "
        "that towing vans and ambulances would be on standby along the busiest stretches.",
    ]
    trailer = [
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "Good journalism costs a lot of money. Yet only good journalism can ensure the "
        "possibility of a good society.",
        "本文為會員限定文章",
        "已是會員？登入",
        "Gentile lettore,",
        "Gli articoli dei blog sono scritti dai rispettivi autori e non impegnano la "
        "responsabilità della testata.",
    ]
    html = (
        "<html><body><article><h1>FRSC deploys 1,400 personnel for yuletide</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs + trailer)
        + "</article></body></html>"
    )
    assert clean_html(html).text.rstrip().endswith(paragraphs[-1])


def test_a_wires_syndication_note_a_share_row_and_japanese_credits_under_the_text_go() -> None:
    """Business Standard's PTI note and "Follow us on Google News" row; Walkerplus's
    "取材・文＝北村麻衣 撮影＝中川翔太"; El Colombiano's "Este contenido fue publicado…"."""
    paragraphs = [
        "Southern Railway will run 24 special trains for Sabarimala pilgrims until the middle "
        "of January to clear the rush on the Chennai and Bengaluru routes, officials said.",
        "Bookings for the special services open on Friday, and the trains will stop at "
        "Kottayam and Chengannur, the nearest stations to the hill shrine.",
    ]
    trailer = [
        "Facebook Twitter WhatsApp LinkedIn Follow us on Google News",
        "(Only the headline and picture of this report may have been reworked by the Business "
        "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
        "Don't miss the most important news and views of the day. Get them on our Telegram "
        "channel",
        "取材・文＝北村麻衣 撮影＝中川翔太",
        "Este contenido fue publicado originalmente por la agencia EFE.",
    ]
    html = (
        "<html><body><article><h1>Southern Railway to run 24 special trains</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs + trailer)
        + "</article></body></html>"
    )
    assert clean_html(html).text.rstrip().endswith(paragraphs[-1])


def test_a_live_posts_published_at_stamp_and_screen_reader_caption_labels_go() -> None:
    """The BBC's live pages: "published at 15:06 GMT" over each post, "Image caption, …"."""
    posts = [
        "Northern Ireland Electricity Networks says about 40,000 homes and businesses are "
        "without power, most of them in counties Antrim and Down.",
        "Engineers are working to restore supplies but warned that some customers could be "
        "without electricity until Sunday evening as the wind keeps gusting.",
    ]
    html = (
        "<html><body><article><h1>Storm Hester: thousands without power</h1>"
        f"<div class='post'><p>published at 15:06 GMT</p><p>{posts[0]}</p></div>"
        "<div class='post'><p>published at 14:27 GMT</p>"
        "<p>Image caption, The tree fell on Hillsborough Road shortly after 14:00</p>"
        f"<p>{posts[1]}</p></div></article></body></html>"
    )
    text = clean_html(html).text
    assert all(p in text for p in posts)
    assert "published at" not in text
    assert "Image caption" not in text


@pytest.mark.parametrize("line", ["Publié le 12/11/2025 à 06:00 Temps de lecture: 4 min",
                                  "Bijgewerkt om 14.05 uur"])  # fmt: skip
def test_a_date_line_with_its_reading_time_or_an_updates_time_alone_goes(line: str) -> None:
    """Sudinfo prints the reading time beside the date; Het Nieuwsblad "Bijgewerkt om 14.05 uur"
    (updated at) under the standfirst."""
    paragraphs = [
        "Les pompiers volontaires de la zone de secours manquent de bras, et les casernes "
        "rurales peinent à garder leurs effectifs au complet la nuit et le week-end.",
        "Le commandant de zone plaide pour des horaires plus souples et une meilleure "
        "reconnaissance de l'engagement de ces bénévoles auprès des employeurs.",
    ]
    html = (
        "<html><body><article><h1>Pompiers volontaires : « Il nous manque des bras »</h1>"
        f"<p>{paragraphs[0]}</p><p>{line}</p><p>{paragraphs[1]}</p></article></body></html>"
    )
    assert line not in clean_html(html).text
