"""Page metadata: each field's candidates, their sources, and the one chosen."""

from __future__ import annotations

import lxml.html
import pytest

from clipper.clean import isodates, metadata, names
from clipper.clean.html import clean_html


def extract(html: str, url: str | None = None) -> metadata.PageMetadata:
    return metadata.extract(lxml.html.document_fromstring(html), url)[0]


CONFLICT = """<html lang="fr"><head>
<title>Le titre long | Le Quotidien</title>
<meta property="og:title" content="Le titre des réseaux">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Rédaction">
<meta property="article:published_time" content="2023-05-02T08:00:00+02:00">
<meta property="article:modified_time" content="2023-05-04T10:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Le titre structuré","author":{"@type":"Person","name":"Claire Dubois"},
 "datePublished":"2023-05-01T22:00:00+02:00","dateModified":"2023-05-04T10:00:00+02:00"}</script>
</head><body><h1>Le titre affiché</h1><p class="byline">Par Jean Martin</p></body></html>"""


def test_json_ld_wins_over_meta_and_byline() -> None:
    meta = extract(CONFLICT)
    assert meta.title == "Le titre structuré"
    assert meta.authors == ("Claire Dubois",)
    assert meta.published == "2023-05-01T22:00:00+02:00"
    sources = {c.source for c in meta.candidates["title"]}
    assert {"json-ld", "meta", "title-tag", "heading"} <= sources
    author_values = {c.value for c in meta.candidates["authors"]}
    assert "Jean Martin" in author_values
    assert "Rédaction" not in author_values  # a desk, not a person


def test_the_printed_headline_wins_when_the_title_tag_and_the_social_card_print_it() -> None:
    """The Manchester Evening News: the JSON-LD holds an SEO headline ("… LIVE: …") that the
    h1, the og:title and the title tag, all three alike, do not; the printed one is the
    title, the structured one stays a candidate."""
    agreed = (
        CONFLICT.replace("Le titre long | Le Quotidien", "Le titre affiché | Le Quotidien")
        .replace('content="Le titre des réseaux"', 'content="Le titre affiché"')
    )
    meta = extract(agreed)
    assert meta.title == "Le titre affiché"
    assert "Le titre structuré" in {c.value for c in meta.candidates["title"]}
    assert extract(CONFLICT).title == "Le titre structuré"  # (no agreement: the JSON-LD)


def test_the_printed_headline_wins_over_a_social_card_with_the_sites_name_or_cut_short() -> None:
    """Premium Times: "<h1> - Premium Times Nigeria" on the card; Deccan Herald: the card stops
    before the h1's last words; WDR: the title tag alone prints the h1."""
    h1 = "Le titre affiché en entier"
    named = (
        CONFLICT.replace("Le titre long | Le Quotidien", f"{h1} | Le Quotidien")
        .replace('content="Le titre des réseaux"', f'content="{h1} - Le Quotidien"')
        .replace("<h1>Le titre affiché</h1>", f"<h1>{h1}</h1>")
    )
    assert extract(named).title == h1
    cut = named.replace(f'content="{h1} - Le Quotidien"', 'content="Le titre affiché"')
    assert extract(cut).title == h1
    # WDR: the title tag prints the h1, the card is another headline, the JSON-LD a third
    other = named.replace(f'content="{h1} - Le Quotidien"', 'content="Le titre des réseaux"')
    assert extract(other).title == h1
    # The Verge: the card prints the h1, but the title tag prints the JSON-LD's headline
    verge = named.replace(f"<title>{h1} | Le Quotidien", "<title>Le titre structuré | Le Quotidien")
    assert extract(verge).title == "Le titre structuré"


def test_meta_and_byline_when_no_json_ld() -> None:
    html = CONFLICT.split("<script")[0] + "</head>" + CONFLICT.split("</head>")[1]
    meta = extract(html)
    assert meta.title == "Le titre des réseaux"
    assert meta.authors == ("Jean Martin",)
    assert meta.published == "2023-05-02T08:00:00+02:00"
    assert meta.site == "Le Quotidien"
    assert meta.lang == "fr"


def test_published_never_the_modified_date() -> None:
    html = """<html><head><meta property="article:modified_time" content="2024-02-02">
    <meta itemprop="dateModified" content="2024-02-02"></head><body>
    <time itemprop="datePublished" datetime="2023-12-24T10:00:00Z">Dec 24</time>
    <p>Updated February 2, 2024</p></body></html>"""
    assert extract(html).published == "2023-12-24T10:00:00+00:00"


def test_title_tag_loses_its_site_suffix() -> None:
    html = """<html><head><title>Rates rise again - The Daily Courier</title>
    <meta property="og:site_name" content="The Daily Courier"></head><body></body></html>"""
    meta = extract(html)
    assert meta.title == "Rates rise again"
    assert meta.site == "The Daily Courier"


def test_site_and_date_from_url_as_last_resort() -> None:
    meta = extract(
        "<html><head><title>Only a title</title></head><body></body></html>",
        url="https://www.courier.example.com/news/2022/11/05/story.html",
    )
    assert meta.site == "courier.example.com"
    assert meta.published == "2022-11-05"
    assert any(c.source == "url" for c in meta.candidates["site"])


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/2024/03/06/slug", "2024-03-06"),
        ("https://news.example.com/2010/POLITICS/08/13/social.security/index.html", "2010-08-13"),
        ("https://news.example.com/20240306/slug/", "2024-03-06"),
        ("https://news.example.com/2024/news/page/2/slug", None),
        ("https://news.example.com/2019/sports/12/45/slug", None),
    ],
)
def test_a_date_in_a_url_path_with_or_without_a_section_between_year_and_month(
    url: str, day: str | None
) -> None:
    assert isodates.date_in_url(url) == day


def test_a_saved_page_is_dated_by_the_path_of_its_canonical_link() -> None:
    html = """<html><head><title>Dems to use Social Security</title>
    <link rel="canonical" href="https://news.example.com/2010/POLITICS/08/13/dems/index.html">
    </head><body><h1>Dems to use Social Security</h1></body></html>"""
    meta = extract(html)
    assert meta.published == "2010-08-13"
    assert [c.source for c in meta.candidates["published"]] == ["url"]


def test_a_day_told_in_a_highlight_under_the_headline_does_not_date_the_page() -> None:
    html = """<html><head><title>Dems to use Social Security</title></head><body>
    <h1>Dems to use Social Security against GOP this fall</h1>
    <ul><li>The Social Security Act was signed into law on August 14, 1935</li>
    <li>Party chairman says Democrats will tout the program this fall</li></ul>
    <p>Democrats pledged Friday to make Social Security a central theme of the campaign.</p>
    </body></html>"""
    assert extract(html).published is None
    # A label that says "posted" still dates the page on a line as long.
    posted = html.replace(
        "The Social Security Act was signed into law on August 14, 1935",
        "Posted by Ed Hornick in Politics and Society on August 13, 2010",
    )
    assert extract(posted).published == "2010-08-13"


def test_same_instant_prefers_local_offset() -> None:
    html = """<html><head><script type="application/ld+json">{"@type":"Article","headline":"H",
    "datePublished":"2017-02-24T01:18:13Z"}</script>
    <meta property="article:published_time" content="2017-02-23T17:18:13-08:00"></head></html>"""
    assert extract(html).published == "2017-02-23T17:18:13-08:00"


def test_several_author_tags_are_several_authors() -> None:
    html = """<html><head><meta name="author" content="Ada Byron"><meta name="author" content="Alan Turing">
    </head></html>"""
    assert extract(html).authors == ("Ada Byron", "Alan Turing")


def test_author_names_are_clean() -> None:
    cases = {
        "By Erin Cunningham": ["Erin Cunningham"],
        "Par Sébastien Farcis": ["Sébastien Farcis"],
        "BY GILLIAN MOHNEY March 11, 2015 3:46 PM": ["Gillian Mohney"],
        "Written by Rob Ewaschuk Edited by Betsy Beyer": ["Rob Ewaschuk"],
        "Jane Doe and John Roe": ["Jane Doe", "John Roe"],
        "Jane Doe, Senior Staff Writer, Metro Desk": ["Jane Doe"],
        "Jong, Michiel de": ["Jong, Michiel de"],
        "https://example.com/people/jd": [],
        "devindra": [],
        "By": [],
        "J J": [],
        "作者：肖春芳": ["肖春芳"],
        "Dan Goodin": ["Dan Goodin"],
        "AFP": ["AFP"],
        "By AFP and JANE DOE": ["AFP", "Jane Doe"],
        "Mac & i": ["Mac & i"],
        "Ada Byron & Alan Turing": ["Ada Byron", "Alan Turing"],
        "Aleš Vávra Aleš Vávra": ["Aleš Vávra"],
        "Posted by Alon Zakai.": ["Alon Zakai"],  # the line's full stop
        "Élise Lucet, correspondante à Pékin": ["Élise Lucet"],  # the role, not a second name
        "Par Élise Lucet (avec AFP)": ["Élise Lucet"],
        "Von Jana Becker, ARD-Studio Peking": ["Jana Becker"],  # the bureau is no person
        "Ein Kommentar von Jana Becker": ["Jana Becker"],
        "记者 王小明 李娜": ["王小明", "李娜"],  # reporters listed with spaces
        "By Samuel Adeyemi and Nina Petrovic Published 4 March 2024": [
            "Samuel Adeyemi",
            "Nina Petrovic",
        ],  # the date's label is no part of the last name
        "本报记者 王小明": ["王小明"],
        "【広島＝佐藤花子】": ["佐藤花子"],  # the dateline's place, then the reporter
        "Nelson D.": ["Nelson D."],  # an initial's dot stays
        "John Smith Jr.": ["John Smith Jr."],
        "홍길동 기자": ["홍길동"],
        "김민지·이준호 기자": ["김민지", "이준호"],
        "박영희 기자(young@example.co.kr)": ["박영희"],
        "Jefferson Graham, USA TODAY": ["Jefferson Graham"],  # the outlet in capitals
        "JANE DOE, JOHN ROE": ["Jane Doe", "John Roe"],  # names in capitals, all of them
        "Lilian Alemagna, Laure Bretton, Envoyés spéciaux à Toulouse": [
            "Lilian Alemagna",
            "Laure Bretton",
        ],  # their trade in the plural
        # Chinese pages label what sits beside the name; none of it is a person.
        "IT之家; 发布时间：": ["IT之家"],  # an account's name, then the date's label
        "来源：当代商报 时间：": [],  # the outlet the story was taken from
        "作者：网络整理": [],  # "gathered from the web"
        "作者：佚名": [],  # "anonymous"
        "相关文章": [],  # the heading of the related links, in an author box
        "调整字体": [],  # a font-size button beside the date
        "王文，中国人民大学重阳金融研究院执行院长": ["王文"],  # his position, after the comma
        "执笔/叨叨姐、胡一刀&李小飞刀": ["叨叨姐", "胡一刀", "李小飞刀"],  # "penned by"
        "Propos recueillis par": [],  # an interview's label, its own text before the link
        "Propos recueillis par Thomas Reynier": ["Thomas Reynier"],
        "Emre KayaEditör": ["Emre Kaya"],  # a Turkish trade glued to the name
        "Anna Berg, Redakteurin": ["Anna Berg"],
        "Συντάκτης:": [],  # Greek "Author:", the label alone before the link
        "ΑΠΕ-ΜΠΕ": ["ΑΠΕ-ΜΠΕ"],  # an agency's acronym stays in capitals
        "Facebook X Viber Email": [],  # a share row
        "By Sarah Whitfield Digital Reporter": ["Sarah Whitfield"],  # her whole trade goes
        "Priya Oduya Local Democracy Reporter": ["Priya Oduya"],
    }
    for raw, expected in cases.items():
        assert names.clean_names(names.split_names(raw)) == expected, raw


def test_author_that_is_the_site_is_dropped() -> None:
    html = """<html><head><meta property="og:site_name" content="Tech Weekly">
    <meta name="author" content="Tech Weekly"></head><body><p>x</p></body></html>"""
    assert extract(html).authors == ()


def test_language_detected_when_not_declared() -> None:
    body = (
        "<p>"
        + "Die Regierung fördert den Bau einer neuen Chipfabrik in Sachsen mit Milliarden. " * 6
        + "</p>"
    )
    article = clean_html(
        f"<html><head><title>Chipfabrik</title></head><body><article>{body}</article></body></html>"
    )
    assert article.lang == "de"


def test_structured_headline_that_no_other_source_echoes_is_not_the_title() -> None:
    # Some publishers put a summary in JSON-LD's headline; the page itself says otherwise.
    meta = extract(
        """<html><head><title>New Zealand - Wikipedia</title>
        <meta property="og:site_name" content="Wikipedia">
        <script type="application/ld+json">{"@type":"Article","name":"New Zealand",
        "headline":"constitutional monarchy in Oceania"}</script>
        </head><body><h1>New Zealand</h1><p>Text.</p></body></html>"""
    )
    assert meta.title == "New Zealand"
    assert any(c.value == "constitutional monarchy in Oceania" for c in meta.candidates["title"])


def test_site_guessed_from_the_title_tag_does_not_veto_the_stated_title() -> None:
    meta = extract(
        """<html><head><title>draft-doe-sync-04 - remoteSync</title>
        <meta name="DC.Title" content="remoteSync"></head>
        <body><pre>Internet-Draft text.</pre></body></html>"""
    )
    assert meta.title == "remoteSync"


def test_the_site_is_the_name_its_home_link_prints_when_the_domain_spells_it() -> None:
    html = """<html><head><title>Glacier retreat accelerates - Archive</title></head><body>
<a href="https://slowtransit.net/">Slow Transit</a>
<a href="https://quietsignals.org">Quiet Signals</a>
<a href="https://harbourlight.org">Harbour Light Journal</a>
<h1>Glacier retreat accelerates</h1><p>Text.</p></body></html>"""
    meta = extract(html, "https://harbourlight.org/2024/12/07/glacier-retreat")
    assert meta.site == "Harbour Light Journal"


def test_a_copyright_holder_names_the_site_only_when_the_domain_spells_it_whole() -> None:
    page = """<html><head><title>Plant opens</title></head><body><h1>Plant opens</h1>
<p>Text.</p><footer>© 2022 {holder}. All rights reserved.</footer></body></html>"""
    url = "https://www.businessdeskwire.com/news/plant-opens"
    assert extract(page.format(holder="BusinessDesk Wire"), url).site == "BusinessDesk Wire"
    assert extract(page.format(holder="BusinessDesk Wire Holdings"), url).site == (
        "businessdeskwire.com"
    )
    # A leading article the domain leaves out is still the name it spells.
    assert extract(page.format(holder="The BusinessDesk Wire"), url).site == (
        "The BusinessDesk Wire"
    )


def test_a_forum_title_keeps_the_thread_the_heading_repeats_not_its_category() -> None:
    html = """<html><head>
<title>Anyone following the zoning plan? - World - Riverton Forum</title></head>
<body><a href="/">Riverton Forum</a><h1>Anyone following the zoning plan?</h1>
<p>Text.</p></body></html>"""
    meta = extract(html, "https://forum.rivertonforum.org/t/zoning/48485")
    assert meta.site == "Riverton Forum"
    assert meta.title == "Anyone following the zoning plan?"


def test_a_bylines_dateline_place_and_a_days_dot_are_not_part_of_the_names() -> None:
    para = "<p>" + ("Der Stadtrat hat am Dienstag einen lange umstrittenen Plan beschlossen. " * 4)
    body = "".join(para + "</p>" for _ in range(4))
    page = """<html lang="{lang}"><head><title>Plan</title></head><body><article><h1>Plan</h1>
{meta}{body}</article></body></html>"""
    german = '<p class="meta">Von <a href="/autor">Jürgen Müller</a> · 6. März 2024, 10:15 Uhr</p>'
    spanish = '<div class="byline">Por José Pérez | Madrid | 4 de febrero de 2024</div>'
    assert clean_html(page.format(lang="de", meta=german, body=body)).authors == ("Jürgen Müller",)
    assert clean_html(page.format(lang="es", meta=spanish, body=body)).authors == ("José Pérez",)
    # the agency a reporter files for is no second author (as "By Jane Doe, Reuters")
    assert names.clean_names(names.split_names("By Jane Doe | AFP")) == ["Jane Doe"]
    assert names.clean_names(names.split_names("By AFP and Jane Doe")) == ["AFP", "Jane Doe"]


def test_json_ld_authors_given_by_reference_or_as_one_string_are_read() -> None:
    graph = """<html><head><title>Plan</title><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "@id": "https://citypress.example/#website", "name": "City Press"},
 {"@type": "Article", "headline": "Plan", "datePublished": "2024-03-04",
  "author": {"@id": "https://citypress.example/#/schema/person/1"},
  "publisher": {"@id": "https://citypress.example/#organization"}},
 {"@type": "Organization", "@id": "https://citypress.example/#organization", "name": "City Press"},
 {"@type": "Person", "@id": "https://citypress.example/#/schema/person/1", "name": "Jane Doe"}
]}</script></head><body><h1>Plan</h1></body></html>"""
    meta = extract(graph)
    assert meta.authors == ("Jane Doe",)
    assert meta.site == "City Press"
    one = """<html><head><title>Plan</title><script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Plan", "author": "By Jane Doe and John Roe"}
</script></head><body><h1>Plan</h1></body></html>"""
    assert extract(one).authors == ("Jane Doe", "John Roe")


def test_an_agency_named_with_the_keeps_its_last_word_and_a_date_after_a_name_is_cut() -> None:
    assert names.clean_names(names.split_names("By The Associated Press")) == [
        "The Associated Press"
    ]
    assert names.clean_names(names.split_names("Written by Jane Doe 4 March 2024")) == ["Jane Doe"]
    assert names.clean_names(names.split_names("Jane Doe, Staff Writer")) == ["Jane Doe"]


FORUM = """<html><head><title>Late trains from next month - Riverton Transit Forum</title></head>
<body><header><a href="/">Riverton Transit Forum</a>
<span class="current-user"><a class="username" href="/u/night_owl">night_owl</a></span></header>
<h1>Late trains from next month: what we know</h1>
<article id="post_1"><div class="names"><span class="first username"><a href="/u/harbour_dan">
harbour_dan</a></span></div><span class="post-date">Jun 25, 2023</span>
<p>The council confirmed that the last trains will leave an hour later from next month,
after a year of complaints from shift workers who had no way home.</p>
<p>The operator said it would add two drivers to each late shift and keep the stations
staffed until the last train has left, which the union had asked for.</p></article>
<article id="post_2"><span class="username"><a href="/u/riverfan42">riverfan42</a></span>
<p>Good news, though I doubt the buses will match the new times any time soon.</p></article>
</body></html>"""


def test_a_forum_threads_first_poster_is_its_author_when_nothing_else_names_one() -> None:
    meta = extract(FORUM)
    assert meta.authors == ("harbour_dan",)
    assert clean_html(FORUM).authors == ("harbour_dan",)


def test_a_byline_wins_over_a_username_on_the_page() -> None:
    page = FORUM.replace('<article id="post_1">', '<p class="byline">By Jane Holloway</p><article>')
    assert extract(page).authors == ("Jane Holloway",)


def test_two_author_links_after_the_heading_win_over_a_teasers_byline_above_it() -> None:
    page = """<html><head><title>Port deal signed</title></head><body>
<aside><p class="byline">By Tom Teaser</p></aside>
<h1>Port deal signed</h1>
<p class="meta">Por <a rel="author" href="/a/ana">Ana Ruiz</a> y
<a rel="author" href="/a/luis">Luis Gómez</a></p>
<p>The port signed the deal on Monday after months of talks with the unions.</p></body></html>"""
    assert extract(page).authors == ("Ana Ruiz", "Luis Gómez")


def test_a_byline_after_the_headline_wins_over_one_after_a_logo_set_as_the_first_h1() -> None:
    page = """<html><head><title>The sharing economy is a lie - Salon.com</title></head><body>
<div class="menu"><h1><a href="/">Salon</a></h1><ul>
<li><a href="/a/1">Starbucks campaign caused a Twitter firestorm</a>
<span class="byline"><a href="/writer/jr">Joanna Rothkopf</a></span></li></ul></div>
<div class="article"><h1>The sharing economy is a lie</h1>
<span class="byline"><a href="/writer/re" rel="author">Richard Eskow</a></span>
<p>Disruptive companies talk a good game about sharing, but the riches stay with them.</p>
</div></body></html>"""
    assert extract(page).authors == ("Richard Eskow",)


def test_share_buttons_inside_a_byline_element_are_not_authors() -> None:
    page = """<html><head><title>Nintendo game</title></head><body><h1>Nintendo game</h1>
<div class="author-block"><span class="authorname">Alex Perry</span> <time>1 day ago</time>
<div class="sharing"><a>SHARE</a> <a>TWEET</a> <a>EMAIL</a></div></div>
<p>Nintendo's first iPhone game will launch in December, the company said on Tuesday.</p>
</body></html>"""
    assert extract(page).authors == ("Alex Perry",)


def test_the_kind_of_piece_before_by_is_no_author() -> None:
    page = """<html><head><title>The sparring match</title></head><body><h1>The sparring match</h1>
<div class="byline__names">{kind} by <a class="byline__link" href="/profiles/joan">
<span class="byline__name">Joan Biskupic</span></a>, CNN Senior Supreme Court Analyst</div>
<p>Justice Samuel Alito is the tip of the spear for conservatives at the Supreme Court.</p>
</body></html>"""
    for kind in ("Analysis", "Opinion", "Review", "An analysis"):
        assert extract(page.format(kind=kind)).authors == ("Joan Biskupic",), kind


def test_names_linked_one_by_one_in_a_byline_element_are_all_authors() -> None:
    page = """<html><head><title>Takeaways</title></head><body><h1>Takeaways</h1>
<div class="byline__names">By <a class="byline__link" href="/profiles/jeremy-herb"><span
class="byline__name">Jeremy Herb</span></a>, <a class="byline__link" href="/profiles/lauren"><span
class="byline__name">Lauren del Valle</span></a> and <a class="byline__link" href="/profiles/kara">
<span class="byline__name">Kara Scannell</span></a>, CNN</div>
<p>Donald Trump brought bombastic rhetoric to the witness stand on Monday in the civil case.</p>
</body></html>"""
    assert extract(page).authors == ("Jeremy Herb", "Lauren del Valle", "Kara Scannell")


def test_a_byline_set_in_the_headline_under_a_line_break_is_no_part_of_the_title() -> None:
    page = """<html><body><div class="section"><h1 class="article_title"><span>{title}</span>
<br><span class="small">{byline}</span></h1>
<p>６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮の委員長ばかりではなかった。</p>
</div></body></html>"""
    cases = [
        ("米朝首脳直通電話　習氏に挑むトランプ戦術の成否", "編集委員　中沢克二", "中沢克二"),
        ("Council backs the riverside parks plan", "By Jane Holloway", "Jane Holloway"),
    ]
    for title, byline, name in cases:
        article = clean_html(page.format(title=title, byline=byline))
        assert article.title == " ".join(title.split())
        assert article.authors == (name,)


def test_the_heading_wins_over_a_title_tag_that_glues_a_tail_to_it() -> None:
    page = """<html><head><title>{tag}</title></head><body><h1>{h1}</h1>
<p>The fetch API landed in browsers this spring, and it replaces most uses of XHR.</p></body></html>"""
    h1 = "This API is so Fetching!"
    for tail in (" ✩ Mozilla Hacks", " (with examples)", ". A long look at promises"):
        assert extract(page.format(tag=h1 + tail, h1=h1)).title == h1
    # A short label as the heading does not cut a title that goes on after a colon.
    assert extract(page.format(tag="Brexit: what happens next", h1="Brexit")).title == (
        "Brexit: what happens next"
    )


def test_a_date_printed_right_above_the_headline_dates_a_page_without_metadata() -> None:
    page = """<html><head><title>1Password für Mac | Mac &amp; i</title></head><body>
<p class="news_navi"><a href="/a">« Vorige</a> | <a href="/b">Nächste »</a></p>
<article><p class="news_datum">08.04.2015 12:46</p><h1>1Password für Mac</h1>
<p>Das in der iOS-Version bereits enthaltene Feature ist nun auch auf dem Mac verfügbar.</p>
</article></body></html>"""
    assert (extract(page).published or "").startswith("2015-04-08")


#: No heading element: the headline is a styled div, and the title tag glues a
#: channel and the site to it (the headline itself holds a colon).
HEADLINE_IN_A_DIV = """<html><head>
<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title></head>
<body><div class="nav">首页 | 教育</div><div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>
<div class="l_time">发稿时间：<span>2017-03-10 08:42:00</span> 来源：青网校园</div>
<p>两会期间，海外留学生通过网络关注国内的政策动向，出国前后关注的重点有所不同。</p></body></html>"""


def test_a_headline_in_a_div_that_the_title_tag_repeats_heads_the_date_line_under_it() -> None:
    assert (extract(HEADLINE_IN_A_DIV).published or "").startswith("2017-03-10")


def test_a_link_to_the_authors_page_or_a_test_id_names_the_author() -> None:
    page = """<html><head><title>Xbox One X review</title></head><body><h1>Xbox One X review</h1>
<div class="t-meta">{byline} <div>11.03.17 in Gaming</div></div>
<p>The Xbox One X is the most powerful console yet, and it plays more games in 4K.</p>
</body></html>"""
    for byline in (
        '<a href="/about/editors/devindra-hardawar/">Devindra Hardawar</a>',
        '<a href="/author/devindra-hardawar">Devindra Hardawar</a>',
        '<a data-testid="authorName" href="/@devindra">Devindra Hardawar</a>',
    ):
        assert extract(page.format(byline=byline)).authors == ("Devindra Hardawar",), byline


def test_a_headline_printed_in_a_plain_element_drops_channel_and_site_from_the_title() -> None:
    assert extract(HEADLINE_IN_A_DIV).title == "海外留学生看两会：出国前后关注点大不同"


def test_a_site_glued_by_a_hyphen_after_latin_letters_goes_when_the_page_prints_the_headline() -> (
    None
):
    body = "<p>刚刚，在阿里2019云栖大会上，阿里巴巴集团首席技术官发布了阿里的首款AI芯片。</p>"
    title = "<title>阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU-EDN 电子技术设计</title>"
    printed = "<div class='cover-text'><h4>\n阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU\t</h4></div>"
    page = f"<html><head>{title}</head><body>{printed}{body}</body></html>"
    assert extract(page).title == "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU"
    # Not printed alone, the hyphen may be the headline's own ("新款iPhone-11").
    page = f"<html><head>{title}</head><body>{body}</body></html>"
    assert (
        extract(page).title == "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU-EDN 电子技术设计"
    )


def test_a_speakers_words_after_a_full_width_colon_stay_in_the_title_and_are_no_site() -> None:
    html = """<html><head>
<title>我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心</title></head>
<body><div class="nav">首页 | 科技</div>
<p>中国半导体行业协会副理事长魏少军在论坛上表示，我国集成电路进口额已突破3000亿美元。</p>
</body></html>"""
    meta = extract(html)  # a saved page: no address to name the site
    assert meta.title == "我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心"
    assert meta.site != "产业结构扭曲，没将产品作为中心"


def test_a_social_title_cut_at_an_unescaped_quote_gives_way_to_the_whole_headline() -> None:
    html = """<html><head><title>男孩因不想上补习班 写"救命啊"纸团抛出引来警察_网易新闻</title>
<meta property="og:title" content="男孩因不想上补习班 写"救命啊"纸团抛出引来警察">
</head><body><h1>男孩因不想上补习班 写"救命啊"纸团抛出引来警察</h1>
<p>9月7日，市民杨某途经新桥新街一写字楼时，险些被一个从天而降的纸团砸中。</p></body></html>"""
    assert extract(html).title == '男孩因不想上补习班 写"救命啊"纸团抛出引来警察'


def test_a_chinese_site_glued_to_the_headline_with_a_bare_hyphen_is_dropped() -> None:
    html = """<html><head><title>法国全国大罢工再次严重影响交通-新华网</title></head>
<body><div class="h-title">法国全国大罢工再次严重影响交通</div>
<p>法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革，首都巴黎交通几乎完全瘫痪。</p>
</body></html>"""
    assert extract(html).title == "法国全国大罢工再次严重影响交通"


LABELLED_UNDER_THE_ARTICLE = """<html><head><title>金融知识进万家活动启动</title></head><body>
<h1>金融知识进万家活动启动</h1><div class="entry">
<p>9月20日，金融知识普及月宣传活动在市中心广场正式启动。{long}</p>
<p>志愿者们向市民宣传人民币、个人征信和支付结算等金融知识。</p></div>
<div class="single-cat">发布日期：2019-09-23 14:34:05 所属分类：要闻</div>{more}</body></html>"""


#: The article's long first paragraph: the date line is far below the headline.
LONG = "活动现场设置了宣传展台，摆放宣传展板，分发宣传折页，志愿者解答市民提问。" * 12


def test_a_labelled_publication_date_under_the_article_dates_a_page_with_no_other() -> None:
    page = LABELLED_UNDER_THE_ARTICLE.format(more="", long=LONG)
    assert (extract(page).published or "").startswith("2019-09-23T14:34")


def test_labelled_dates_that_disagree_date_nothing() -> None:
    # A list of other stories, each with its own label: no telling which is this one's.
    more = "<ul><li><a href='/a'>另一篇</a><br>发布日期：2019-08-02 10:00:00</li></ul>"
    assert extract(LABELLED_UNDER_THE_ARTICLE.format(more=more, long=LONG)).published is None


def test_chinese_portals_meta_names_for_the_publication_time() -> None:
    page = """<html><head><title>儿歌一分钱被改成一元钱</title>{meta}</head><body>
<h1>儿歌一分钱被改成一元钱</h1><p>《一分钱》是几代人耳熟能详的儿歌。</p></body></html>"""
    for meta in (
        '<meta name="apub:time" content="2019-9-7 21:30:50">',
        '<meta name="weibo: article:create_at" content="2019-09-07 21:30:50">',
        '<meta name="og:time " content="2019-09-07 21:30:50">',
    ):
        assert (extract(page.format(meta=meta)).published or "").startswith("2019-09-07"), meta


YEARLESS = """<html><head><title>日本最后一家传呼机公司停止服务</title>
<meta itemprop="dateUpdate" content="{stamp}"></head><body>
<h1>日本最后一家传呼机公司停止服务</h1><p>IT之家</p><p>发布时间：{printed}青岛软媒网络科技有限公司</p>
<p>据外媒报道，日本现存的唯一一家提供传呼机服务的营运商将正式终止服务。</p></body></html>"""


def test_a_publication_line_without_its_year_takes_it_from_a_stamp_of_the_same_day() -> None:
    cases = (("09-3022:46", "2019-09-30 22:46:13"), ("18-03-0823:16", "2018-03-08 23:16:24"))
    for printed, stamp in cases:
        page = YEARLESS.format(printed=printed, stamp=stamp)
        assert extract(page).published == stamp.replace(" ", "T"), printed


def test_a_publication_line_with_a_two_digit_year_dates_a_page_with_no_stamp() -> None:
    # A copy of the page (no head, so no stamp): "18-03-08" puts the year first.
    page = YEARLESS.format(printed="18-03-0823:16", stamp="")
    page = page.replace('<meta itemprop="dateUpdate" content="">', "")
    assert clean_html(page).published == "2018-03-08T23:16:00"
    assert clean_html(page.replace("18-03-0823:16", "09-3022:46")).published is None


def test_a_stamp_of_another_day_gives_a_yearless_line_no_year() -> None:
    page = YEARLESS.format(printed="09-3022:46", stamp="2019-10-02 08:00:00")
    assert extract(page).published is None


def test_a_title_start_printed_only_as_a_short_label_is_not_the_headline() -> None:
    html = """<html><head><title>News - Budget vote delayed again - Riverton Daily</title>
</head><body><ul><li><a href="/news">News</a></li></ul>
<p>The council postponed the budget vote for a second time on Monday.</p></body></html>"""
    meta = extract(html, "https://rivertondaily.com/news/budget")
    assert meta.title == "News - Budget vote delayed again"


def test_a_taiwanese_byline_in_the_markup_gives_the_reporter_alone() -> None:
    for byline in ("記者陳怡君／台北報導", "〔記者陳怡君／台北報導〕"):
        page = f"""<html><head><title>北岸公園規劃</title></head><body><h1>北岸公園規劃</h1>
<p class="byline">{byline}</p><p>市議會週二通過一項爭論已久的計畫。</p></body></html>"""
        assert extract(page).authors == ("陳怡君",), byline


def test_with_no_meta_tags_the_site_is_stripped_from_the_title_however_the_page_names_it() -> None:
    # No og:site_name: the site's name comes from the page itself, and the
    # title tag's suffix goes when that name is found.
    logo = """<html><head><title>Vision Pro hands-on: the Retina moment for headsets - The Verge</title>
<link rel="canonical" href="https://www.theverge.com/23752959/vision-pro-hands-on"></head><body>
<a href="/"><span class="sr-only">The Verge homepage</span><svg><title>The Verge logo.</title></svg></a>
<h1>Vision Pro is the Retina moment for headsets</h1><p>Text of the review.</p></body></html>"""
    meta = extract(logo)
    assert meta.site == "The Verge"
    assert meta.title == "Vision Pro hands-on: the Retina moment for headsets"
    # The domain cuts the name's first words to initials.
    initials = """<html><head><title>The New York Times en Español - The New York Times</title>
</head><body><h2>Noticias</h2><p>Text.</p></body></html>"""
    meta = extract(initials, "https://www.nytimes.com/es/")
    assert meta.site == "The New York Times"
    assert meta.title == "The New York Times en Español"
    # The heading's quotes are not the title tag's.
    quotes = """<html><head><title>'Star Wars' Cuts Might Be Released | Fandom powered by Wikia</title>
</head><body><a href="/">Fandom</a><h1>‘Star Wars’ Cuts Might Be Released</h1>
<p>Text.</p></body></html>"""
    meta = extract(quotes, "http://fandom.wikia.com/articles/star-wars-cuts")
    assert meta.title == "'Star Wars' Cuts Might Be Released"


def test_a_blogs_list_of_dated_posts_under_the_text_does_not_date_the_article() -> None:
    # A select-all copy: no head. The post's date stands over its title; the
    # "Similar articles" under the text are dated with the same markup, and
    # the earliest of them is no publication date.
    teasers = "".join(
        f'<li><time class="published" datetime="{day}">{day}</time><a href="/p{i}">Post {i}</a></li>'
        for i, day in enumerate(("2020-07-27", "2019-08-13", "2017-05-11"))
    )
    page = f"""<html><body><nav><a class="logo" href="/">Haki Benita</a></nav>
<time class="published" datetime="2020-09-21">21 September 2020</time>
<h1>Simple Anomaly Detection Using Plain SQL</h1>
<p>Many developers think that having a critical bug in their code is the worst thing that can happen.</p>
<p>Well, there is something much worse than that: having a critical bug and not knowing about it.</p>
<h2>Similar articles</h2><ul>{teasers}</ul></body></html>"""
    assert clean_html(page).published == "2020-09-21"


def test_a_title_tag_naming_the_section_and_site_gives_way_to_the_headline_over_the_text() -> None:
    prose = (
        "<p>5月10-12日，2019年中国人文地理学术年会在重庆·西南大学举行。本次会议由中国地理学会"
        "人文地理专业委员会主办，西南大学地理科学学院承办，来自全国的专家学者参加了会议。</p>"
    )
    page = (
        "<html><head><title>新闻动态--中国地理学会官网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻动态</a></div>"
        f"<div class='detail'><h5>2019年中国人文地理学术年会在重庆•西南大学成功举行！</h5>{prose}</div>"
        "</body></html>"
    )
    assert clean_html(page).title == "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    english = (
        "<html><head><title>News | Harbour Ledger</title></head><body><nav>Home News</nav>"
        "<h3>Port authority approves automated cranes for the eastern terminal</h3>"
        "<p>The port authority voted on Tuesday to replace the twelve diesel cranes at the eastern "
        "terminal with automated electric ones, a project expected to take three years.</p>"
        "</body></html>"
    )
    assert clean_html(english).title == (
        "Port authority approves automated cranes for the eastern terminal"
    )
    # A story's own title tag keeps its headline over a section's heading.
    story = english.replace("News | Harbour", "Cranes to run on batteries at last | Harbour")
    assert clean_html(story).title == "Cranes to run on batteries at last"


def test_a_chinese_headline_set_over_lines_matches_a_title_tag_with_a_stray_space() -> None:
    """A gazette breaks its headline with ``<br>``s; its title tag has "2007　年末"."""
    page = """<html><head>
<title>全国人大常委会关于调整2007　年末国债余额限额的决议__2007年第23号国务院公报_中国政府网</title>
</head><body><div class="nav">首页 | 公报</div>
<p align="center"><strong>全国人大常委会<br>
关于调整2007年末国债余额限额的决议</strong><br>（2007年6月29日通过）</p>
<p>第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长的说明，并对议案进行了审议。</p>
</body></html>"""
    assert extract(page).title == "全国人大常委会关于调整2007年末国债余额限额的决议"


@pytest.mark.parametrize(
    ("publisher", "site", "want"),
    [("Ediciones El País", "El País", "El País"),
     ("The New York Times Company", "The New York Times", "The New York Times"),
     ("DER SPIEGEL", "SPIEGEL", "DER SPIEGEL"),
     # a company whose name holds no site's: its legal form says what it is
     ("VLTAVA LABE MEDIA a.s.", "Brněnský deník", "Brněnský deník"),
     ("Perum LKBN ANTARA", "Antara News", "Antara News"),
     ("朝日インタラクティブ株式会社", "CNET Japan", "CNET Japan"),
     ("Sydsvenska Dagbladets AB", "Sydsvenskan", "Sydsvenskan")],
)  # fmt: skip
def test_a_publishers_company_name_gives_way_to_the_site_name_it_holds(
    publisher: str, site: str, want: str
) -> None:
    html = f"""<html><head><meta property="og:site_name" content="{site}">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "A plan for the
    parks", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>
    </head><body><p>x</p></body></html>"""
    assert extract(html).site == want


@pytest.mark.parametrize(
    ("publisher", "site", "title", "want"),
    [("Westfunk", "WF Aktuell", "Pegel steigt weiter - WF Aktuell", "WF Aktuell"),
     ("港日本新聞社", "港日本新聞デジタル", "堤防を強化へ｜港日本新聞デジタル", "港日本新聞デジタル"),
     ("Radio Nord", "Nord Inter", "« Nous arrêtons » | Nord Inter", "Nord Inter"),
     # the title tag prints the publisher's name too: it stays
     ("Harbour Post", "Harbour Post Online", "Cranes arrive | Harbour Post", "Harbour Post"),
     # an address is no better name than the name itself
     ("Harbour Post", "HarbourPost.com", "Cranes arrive - HarbourPost.com", "Harbour Post"),
     # no title tag signs with the other name: the publisher stays
     ("Westfunk", "WF Aktuell", "Pegel steigt weiter", "Westfunk")],
)  # fmt: skip
def test_the_site_name_a_title_tag_signs_with_beats_the_publishers_other_name(
    publisher: str, site: str, title: str, want: str
) -> None:
    html = f"""<html><head><title>{title}</title>
    <meta property="og:site_name" content="{site}">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "A plan for the
    parks", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>
    </head><body><p>x</p></body></html>"""
    assert extract(html).site == want


def test_an_organisation_as_the_json_ld_author_gives_way_to_the_printed_byline() -> None:
    # Nishinippon: JSON-LD names the company as author ("@type": "Organization"); the
    # page prints "井上真理 記者" over the text. The company's "社" is no part of the site.
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"筑後川の堤防強化",'
        '"author":{"@type":"Organization","name":"港日本新聞社"},'
        '"publisher":{"@type":"Organization","name":"港日本新聞社"}}'
    )
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "国土交通省九州地方整備局は8日、筑後川の堤防強化事業に約120億円を投じると発表した。",
            "2023年7月の記録的大雨で浸水被害が相次いだ久留米市など流域5市町が対象となる。",
            "整備局によると、堤防のかさ上げと川底の掘削を組み合わせ、今秋にも本格着工する。",
        )
    )
    html = (
        f'<html lang="ja"><head><script type="application/ld+json">{ld}</script></head>'
        '<body><article><h1>筑後川の堤防強化</h1><p class="article__writer">'
        '<a href="/writer/inoue-mari/">井上真理</a><span>記者</span></p>'
        f"{body}</article></body></html>"
    )
    article = clean_html(html)
    assert article.authors == ("井上真理",)
    assert article.site == "港日本新聞"
    # The same when the title tag signs with the site's brand, not the company's name.
    branded = html.replace(
        "<head>", '<head><title>筑後川の堤防強化｜港日本新聞デジタル</title>'
        '<meta property="og:site_name" content="港日本新聞デジタル">'
    )
    article = clean_html(branded)
    assert (article.authors, article.site) == (("井上真理",), "港日本新聞デジタル")
    assert "港日本新聞社" in [c.value for c in article.candidates["authors"]]


def test_a_title_tags_last_part_naming_the_site_beside_its_address() -> None:
    # CCTV: "<headline>_新闻频道_央视网(cctv.com)" and no other name for the site.
    title = "全国春播粮食完成意向面积过半_新闻频道_河岸网(hean.com)"
    assert metadata.site_in_title(title, "news.hean.com", []) == "河岸网"
    assert metadata.site_in_title(title, "other.org", []) is None


def test_a_japanese_papers_reporters_close_the_lead_when_its_data_names_the_paper() -> None:
    # Mainichi: JSON-LD's author is the paper (an Organization, the site itself); the
    # reporters close the lead paragraph: "…との声も上がる。【佐藤健太、木村沙織】".
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"給食の献立見直し",'
        '"author":{"@type":"Organization","name":"港新聞"},'
        '"publisher":{"@type":"Organization","name":"港新聞"}}'
    )
    lead = (
        "食材価格の高騰を受け、東京23区のうち半数の11区が2024年度に学校給食の献立を見直した。"
        "栄養士らは「もう限界に近い」と話す。【佐藤健太、木村沙織】"
    )
    rest = "".join(
        f"<p>{s}</p>"
        for s in (
            "区の担当者によると、牛乳や野菜の仕入れ価格は2年前より2割ほど上がっている。",
            "保護者からは給食費の値上げを求める声と、家計への負担を心配する声の両方が出ている。",
            "国は自治体への交付金を増やす方針だが、来年度の予算でどこまで手当てできるかは見通せない。",
        )
    )
    html = (
        f'<html lang="ja"><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>給食の献立見直し</h1><p>{lead}</p>{rest}</article></body></html>"
    )
    article = clean_html(html)
    assert article.authors == ("佐藤健太", "木村沙織")
    assert article.site == "港新聞"
    # with no such credit in the text, the paper is no author either
    article = clean_html(html.replace("【佐藤健太、木村沙織】", ""))
    assert article.authors == ()


def test_a_japanese_dateline_under_a_lead_photos_caption_names_the_reporter() -> None:
    # Yomiuri: the photo's caption (a long block) stands over "【ロンドン=佐藤健太】英政府は…".
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"英、スマホ禁止へ",'
        '"author":{"@type":"Organization","name":"港新聞"}}'
    )
    paragraphs = (
        "ロンドン市内の中学校で、スマートフォンを預けてから授業に向かう生徒たち（11月）＝ロイター",
        "【ロンドン=佐藤健太】英政府は17日、公立学校で生徒がスマートフォンを使うことを法律で禁止する方針を発表した。",
        "教育相は「子どもたちの集中力と心の健康を守るためだ」と述べ、来年9月からの実施を目指すとした。",
        "違反した学校には是正命令を出すことも検討しており、教員団体からは負担増を懸念する声も出ている。",
    )
    html = (
        f'<html lang="ja"><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:site_name" content="港新聞"></head><body><article>'
        "<h1>英、スマホ禁止へ</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    assert clean_html(html).authors == ("佐藤健太",)


def test_a_bylines_label_in_an_element_of_its_own_is_no_author() -> None:
    # El Colombiano: <span class="author-label">Por</span> <span class="author-name">EFE</span>.
    html = (
        '<html lang="es"><head><meta property="og:site_name" content="El Diario"></head><body>'
        "<article><h1>Perú declara la emergencia en 118 distritos</h1>"
        '<div class="byline"><span class="author-label">Por</span> '
        '<span class="author-name">EFE</span></div>'
        + "<p>El Gobierno de Perú declaró este lunes el estado de emergencia en 118 distritos.</p>"
        * 4
        + "</article></body></html>"
    )
    assert clean_html(html).authors == ("EFE",)
    for label in ("Por", "Von", "Par", "Door", "Texto"):
        assert names.clean_names([label]) == [], label


def test_a_german_writers_compound_trade_is_no_part_of_the_name() -> None:
    # WELT rendered as text: "Von Tobias Kremer Wirtschaftsredakteur".
    for raw in ("Tobias Kremer Wirtschaftsredakteur", "Tobias Kremer, Auslandskorrespondentin"):
        assert names.clean_names([raw]) == ["Tobias Kremer"], raw
    assert names.clean_names(["Jane Doe Reporter"]) == ["Jane Doe"]


def test_a_think_tanks_byline_keeps_the_program_after_a_trade_out() -> None:
    """Brookings: "Elena Marchetti-Haynes | Fellow - Economic Studies | Joshua Adeyemi |
    Senior Research Analyst - Brookings Metro": the programs are no authors."""
    byline = (
        "Elena Marchetti-Haynes | Fellow - Economic Studies | Joshua Adeyemi | Senior Research "
        "Analyst - Brookings Metro"
    )
    assert names.clean_names(names.split_names(byline)) == ["Elena Marchetti-Haynes", "Joshua Adeyemi"]
    assert names.clean_names(names.split_names("Jane Doe - Reuters")) == ["Jane Doe"]


def test_a_broadcasters_brand_beside_its_full_name_in_the_structured_data() -> None:
    """NDR's og:site_name "NDR", its JSON-LD publisher "Norddeutscher Rundfunk": the brand."""
    page = (
        '<html><head><meta property="og:site_name" content="NDR">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Elbfähre fährt '
        'hybrid","publisher":{"@type":"Organization","name":"Norddeutscher Rundfunk"}}</script>'
        "</head><body><h1>Elbfähre fährt hybrid</h1></body></html>"
    )
    assert extract(page).site == "NDR"
    # (a short name that is no acronym of the long one leaves the publisher's name)
    other = page.replace('content="NDR"', 'content="HALLO"')
    assert extract(other).site == "Norddeutscher Rundfunk"


def test_the_h1_over_the_json_ld_when_the_title_tag_prints_it_before_its_sections() -> None:
    """WDR: "<h1> - Nachrichten - WDR" in the title tag, another headline on the card and a
    third in the JSON-LD; the site is the brand "WDR", its sections stay out of the title."""
    h1 = "Schnee und Glätte in NRW: Unfälle, Sperrungen und Unterrichtsausfall – der Ticker"
    page = (
        f"<html><head><title>{h1} - Nachrichten - WDR</title>"
        '<meta property="og:site_name" content="WDR">'
        '<meta property="og:title" content="Schnee und Glätte in NRW: Unfälle – der Ticker">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Wintereinbruch '
        'in NRW: Schnee und Glätte – Liveticker","publisher":{"@type":"Organization",'
        '"name":"Westdeutscher Rundfunk"}}</script>'
        f"</head><body><h1>{h1}</h1></body></html>"
    )
    meta = extract(page)
    assert meta.title == h1
    assert meta.site == "WDR"
