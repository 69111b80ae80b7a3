"""Property tests: whatever text reaches clean_html, it returns an Article or raises our error."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.clean import clean_html
from clipper.clean.sanitize import html_to_text, sanitize
from clipper.errors import ClipperError
from clipper.model import Article

#: Three paragraphs of an article, for the tests that set page furniture around them.
PARKS = [
    "The city council voted on Tuesday to approve a long-debated plan that will turn the "
    "northern riverside into a chain of public parks over the next six years.",
    "The plan, first proposed in 2019, had stalled twice over the cost of cleaning up "
    "contaminated soil along the old industrial wharves, council members said.",
    "Work on the first park is expected to begin in the autumn, once the last of the permits "
    "has been granted by the regional environment office.",
]

TAGS = [
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "nav",
    "article",
    "time",
    "meta",
    "title",
    "head",
    "body",
    "html",
    "br",
    "img",
    "iframe",
]
ATTRS = [
    'class="byline"',
    'class="share"',
    'rel="author"',
    'href="javascript:x()"',
    'onclick="y()"',
    'itemprop="datePublished" content="2024-13-45"',
    'property="og:title" content="T"',
    'type="application/ld+json"',
    'datetime="not a date"',
    'lang="zz-invalid"',
    "",
]

piece = st.one_of(
    st.text(max_size=40),
    st.builds(lambda t, a: f"<{t} {a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(
        [
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "\u200b",
            '{"@type":"NewsArticle","author":[null,{"name":5}],"datePublished":[]}',
            "<!--StartFragment-->",
            "<!--EndFragment-->",
            "<!DOCTYPE html>",
            "\x00",
        ]
    ),
)
documents = st.lists(piece, max_size=60).map("".join)


def _assert_safe(html: str) -> None:
    """No script element, event handler or javascript: URL (as text they are harmless)."""
    if not html.strip():
        return
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter():
        assert el.tag not in ("script", "style", "iframe", "object", "embed", "form")
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on")
            assert not value.strip().lower().startswith("javascript:")


def _check(html: str) -> None:
    try:
        article = clean_html(html, url="https://example.com/2024/01/02/x")
    except ClipperError:
        return
    assert isinstance(article, Article)
    _assert_safe(article.html)
    assert "\n\n\n" not in article.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_markup_soup(html: str) -> None:
    _check(html)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_any_text(html: str) -> None:
    _check(html)


@settings(max_examples=100, deadline=None)
@given(documents)
def test_sanitize_and_text_never_fail(html: str) -> None:
    clean = sanitize(html)
    _assert_safe(clean)
    assert isinstance(html_to_text(clean), str)


def test_a_consent_banners_long_paragraph_over_the_article_is_no_part_of_it() -> None:
    # Spiegel's saved page: the banner's paragraph, in the page's markup before the article.
    from clipper.clean.html import clean_html

    banner = (
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein "
        "bestmögliches Nutzungserlebnis zu bieten, Inhalte und Werbung zu personalisieren und die "
        "Zugriffe auf unsere Website zu analysieren. Mit Klick auf Zustimmen willigen Sie ein."
    )
    paragraphs = [
        "Der Stadtrat hat am Dienstag einen lange umstrittenen Plan gebilligt, der das nördliche "
        "Flussufer in den nächsten sechs Jahren in eine Kette öffentlicher Parks verwandeln soll.",
        "Der Plan war bereits 2019 vorgeschlagen worden und zweimal an den Kosten für die "
        "Sanierung des Bodens entlang der alten Industriekais gescheitert, sagten Ratsmitglieder.",
        "Die Arbeiten am ersten Park sollen im Herbst beginnen, sobald die letzten Genehmigungen "
        "vom regionalen Umweltamt erteilt worden sind, teilte die Stadtverwaltung mit.",
    ]
    html = (
        "<html><body><div><p>"
        + banner
        + "</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></body></html>"
    )
    article = clean_html(html)
    assert "Cookies" not in article.text
    assert article.text.split("\n\n") == paragraphs


def test_a_sign_up_box_between_skip_marks_inside_the_article_is_dropped() -> None:
    # The Guardian: "skip past newsletter promotion", the box's name, pitch and fine print,
    # then "after newsletter promotion", between two paragraphs of the text.
    from clipper.clean.html import clean_html

    paragraphs = PARKS
    box = (
        '<figure data-spacefinder-role="inline" class="c1"><div class="c2">'
        '<a href="#EmailSignup-skip-link-7" class="c3">skip past newsletter promotion</a>'
        '<div class="c4"><p class="c5">Sign up to <span>Down to Earth</span></p>'
        '<p class="c6">Free weekly newsletter</p>'
        "<p class=\"c7\">The planet's most important stories. Get all the week's environment "
        "news - the good, the bad and the essential</p>"
        '<p class="c8"><strong>Privacy Notice: </strong>Newsletters may contain info about '
        "charities, online ads, and content funded by outside parties.</p></div>"
        '<div id="EmailSignup-skip-link-7" aria-label="after newsletter promotion" role="note" '
        'class="c3">after newsletter promotion</div></div></figure>'
    )
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + box
        + f"<p>{paragraphs[2]}</p></article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == paragraphs


def test_an_affiliate_disclosure_and_fine_print_after_the_text_are_no_part_of_it() -> None:
    # The Verge: a sign-up box's fine print, then the affiliate disclosure, a line longer
    # than any other block the trailer takes, under the article's last paragraph.
    from clipper.clean.html import clean_html

    paragraphs = PARKS
    tail = (
        "<p>By submitting your email, you agree to our Terms and Privacy Notice. This site is "
        "protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p>"
        "<p><em>Vox Media has affiliate partnerships. These do not influence editorial content, "
        "though Vox Media may earn commissions for products purchased via affiliate links. For "
        'more information, see our <a href="/ethics">ethics policy</a>.</em></p>'
    )
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + tail
        + "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Vox Media has affiliate partnerships. These do not influence editorial content, though "
        "Vox Media may earn commissions for products purchased via affiliate links. For more "
        "information, see our ethics policy.",
        "When you buy through links on our site, we may earn a commission on purchases made "
        "from our chosen retailers, at no extra cost to you. Learn more about how we test.",
        "Wenn Sie über einen dieser Links einkaufen, erhalten wir gegebenenfalls eine Provision "
        "vom Händler. Für Sie ändert sich am Preis nichts.",
        "Nous pouvons percevoir une commission sur les achats effectués via les liens affiliés "
        "de cette page, sans surcoût pour vous.",
    ],
)
def test_an_affiliate_disclosure_is_furniture_however_long(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "boilerplate"


@pytest.mark.parametrize(
    ("pitch", "prices", "prompt"),
    [
        ("Lesen Sie mit F+ weiter", "3 Monate für 1 € danach 3,95 € pro Woche",
         "Sie sind bereits Abonnent? <a href='/login'>Hier anmelden</a>"),
        ("Questo articolo è riservato agli abbonati", "1€ al mese per 3 mesi",
         "Sei già abbonato? <a href='/login'>Accedi</a>"),
        ("Vous avez envie de lire la suite ?", "1€ le premier mois puis 15,99€/mois",
         "Déjà abonné ? <a href='/login'>Connectez-vous</a>"),
    ],
)  # fmt: skip
def test_a_subscription_offer_that_cuts_the_text_is_no_part_of_it(
    pitch: str, prices: str, prompt: str
) -> None:
    # FAZ, Corriere, Le Figaro: the paywall's box under the text's first paragraphs, its
    # pitch, benefits, prices and buttons, and the prompt to log in that every site words alike.
    from clipper.clean.html import clean_html

    paragraphs = PARKS
    box = (
        f'<div class="c1"><h2>{pitch}</h2><p>Unlimited access to every article, in the app and '
        "on the web, independently reported.</p><ul><li>Every article</li><li>Cancel any time"
        f"</li></ul><div><span>{prices}</span></div><a href='/offer'>Subscribe now</a>"
        f"<p>{prompt}</p></div>"
    )
    html = (
        "<html><head><title>Council backs riverside parks</title></head><body><article>"
        "<h1>Council backs riverside parks</h1><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + box
        + "</div></article><footer><p>© 2024 The Courier</p></footer></body></html>"
    )
    article = clean_html(html)
    assert article.text.split("\n\n") == paragraphs
    assert any(prices in r.text and r.reason == "newsletter" for r in article.removed)


def test_a_short_year_date_line_and_a_sign_up_boxs_long_fine_print_are_no_part_of_it() -> None:
    # 20 Minutes: "Publié le 12/06/24 à 16h45 — Mis à jour …" under the standfirst, whose day
    # and month cannot be told apart; a newsletter box between paragraphs, its fine print
    # longer than the blocks the lexicon is asked about inside the text.
    from clipper.clean.boilerplate import lexicon_reason
    from clipper.clean.html import clean_html

    standfirst = (
        "Le plan, proposé en 2019, avait échoué deux fois sur le coût de la dépollution des quais."
    )
    paragraphs = [
        "Le conseil municipal a approuvé mardi un projet longtemps débattu qui transformera la "
        "rive nord en une chaîne de parcs publics au cours des six prochaines années.",
        "Les partisans du projet affirment que les parcs ramèneront les familles dans une partie "
        "de la ville coupée de l'eau depuis plus d'un siècle.",
        "Les travaux du premier parc devraient commencer à l'automne, une fois les dernières "
        "autorisations accordées par l'office régional de l'environnement.",
    ]
    box = (
        "<div><p>Chaque semaine, l’essentiel de l’actu locale dans votre boîte mail.</p>"
        "<p>Vos données sont traitées par Le Courrier pour vous adresser la newsletter. Vous "
        "pouvez vous désinscrire à tout moment.</p></div>"
    )
    html = (
        "<html><head><title>Parcs</title></head><body><article>"
        f"<p>{standfirst}</p><p>Publié le 12/06/24 à 16h45 — Mis à jour le 12/06/24 à 18h02</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + box
        + f"<p>{paragraphs[2]}</p></article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == [standfirst, *paragraphs]
    assert lexicon_reason("Die wichtigsten Nachrichten direkt in Ihr Postfach.") == "newsletter"


def test_a_sign_up_box_a_read_link_and_the_authors_bio_are_no_part_of_the_text() -> None:
    # The Atlantic: a newsletter box between paragraphs (its name and pitch, which the lexicon
    # does not know, over the button and the fine print), "Read: <a>another story</a>", and
    # "Name is a contributing writer at …" under the last paragraph.
    from clipper.clean.html import clean_html

    paragraphs = [
        "The city council voted on Tuesday to approve a long-debated plan that will turn the "
        "northern riverside into a chain of public parks over the next six years, ending a fight "
        "that has lasted for most of a decade.",
        "The plan, first proposed in 2019, had stalled twice over the cost of cleaning up "
        "contaminated soil along the old industrial wharves, council members said at a meeting "
        "that ran until almost midnight.",
        "Work on the first park is expected to begin in the autumn, once the last of the permits "
        "has been granted by the regional environment office, and should take about two years.",
    ]
    box = (
        '<div class="c1"><div><p>The Weekly Reader</p><p>Every Saturday, our editors gather the '
        "stories that made them stop and think, and send them to you with a note.</p>"
        '<a href="/newsletters/sign-up">Sign up</a><p>By signing up, you agree to our Privacy '
        "Policy and Terms and Conditions.</p></div></div>"
    )
    html = (
        "<html><head><title>Council backs parks</title></head><body><article><h1>Council backs parks</h1>"
        '<p class="byline">By Jane Holloway</p>'
        f"<p>{paragraphs[0]}</p>{box}<p><em>Read: </em><a href='/other'>Let your kids be "
        f"bored</a></p><p>{paragraphs[1]}</p><p>{paragraphs[2]}</p><p><a href='/jane'>Jane "
        "Holloway</a> is a contributing writer at <em>The Courier</em> and the author of "
        "<em>Small Parts</em>.</p></article></body></html>"
    )
    article = clean_html(html)
    assert article.authors == ("Jane Holloway",)
    assert article.text.split("\n\n") == paragraphs


def test_a_membership_appeal_under_the_text_is_no_part_of_it() -> None:
    # Vox: "Here at Vox, we believe…", an editor's signature and "$10/month $60/year" in a box
    # its markup names a contribution, under the last paragraph.
    from clipper.clean.html import clean_html

    paragraphs = PARKS
    appeal = (
        '<div class="cta--contribution"><p>You’ve read 1 article in the last month</p><p>Here '
        "at The Courier, we believe in helping everyone understand our complicated city, so that "
        "we can all help to shape it. Our mission is to create clear, accessible journalism."
        "</p><p>Thank you for being part of our community.</p><p>Jane Roe<br>Editor-in-Chief"
        '</p><div><a href="/support?amount=10">$10/month</a><a href="/support?amount=60">'
        "$60/year</a></div></div>"
    )
    html = (
        "<html><head><title>Council backs parks</title></head><body><article>"
        "<h1>Council backs parks</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + appeal
        + "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "朝日新聞デジタルでは、サービス向上や広告配信のためにクッキー（Cookie）を使用して"
            "います。詳しくはクッキーポリシーをご覧ください。",
            "cookie",
        ),
        ("本网站使用Cookie以改善您的浏览体验。", "cookie"),
        ("クッキーを使用したスイーツが人気だ。", None),  # a recipe's cookies
    ],
)
def test_a_japanese_or_chinese_consent_notice_is_a_cookie_prompt(
    line: str, reason: str | None
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_a_support_call_to_action_card_between_paragraphs_is_no_part_of_the_text() -> None:
    # The Kyiv Independent (Ghost): "We've been covering the war since day one" and a
    # "Become a member" button in <div class="kg-card kg-cta-card support-cta">.
    from clipper.clean.html import clean_html

    card = (
        '<div class="kg-card kg-cta-card support-cta"><p>We have been covering the city since '
        "day one</p><p>Over 20,000 members keep the Courier free for everyone. Help us keep "
        'reporting from the ground and join our community.</p><a href="/membership/">Become a '
        "member</a></div>"
    )
    html = (
        "<html><head><title>Council backs parks</title></head><body><article>"
        "<h1>Council backs parks</h1>"
        + "".join(f"<p>{p}</p>" for p in PARKS[:2])
        + card
        + "".join(f"<p>{p}</p>" for p in PARKS[2:])
        + "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == PARKS


def test_a_standfirst_in_the_articles_head_that_the_page_declares_is_its_subtitle() -> None:
    # Haaretz, the Tages-Anzeiger, Le Parisien, the FT: the dek in the article's header says
    # word for word what the description says; the reader view leaves it out of the text
    # (so do the corpus's references). A block the markup does not name one stays.
    from clipper.clean.html import clean_html

    dek = "The plan ends a fight over the old industrial wharves that has lasted for a decade"

    def page(dek_html: str) -> str:
        return (
            f'<html><head><title>Council backs parks</title><meta name="description" '
            f'content="{dek}"></head><body><article><header><h1>Council backs parks</h1>'
            f"{dek_html}</header><div class='article-body'>"
            + "".join(f"<p>{p}</p>" for p in PARKS)
            + "</div></article></body></html>"
        )

    for named in (f'<p class="article-subtitle">{dek}</p>', f'<p class="Head_lead__x1">{dek}</p>'):
        article = clean_html(page(named))
        assert article.text.split("\n\n") == PARKS
        assert article.subtitle == dek
        assert dek in [r.text for r in article.removed]
    article = clean_html(page(f"<p>{dek}.</p>"))  # unnamed: whatever the extractors make of it
    assert article.text.split("\n\n")[-len(PARKS) :] == PARKS


def test_the_h1_leaves_the_body_when_the_title_chosen_is_the_json_ld_headline() -> None:
    # Yomiuri: the JSON-LD headline is a shorter one; the h1 stood in the body's first
    # block, and the dateline's reporter ("【ロンドン=佐藤健太】") under a caption was missed.
    from clipper.clean.html import clean_html

    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council backs '
        'parks","author":{"@type":"Organization","name":"The Courier"}}'
    )
    h1 = "City council approves a new plan for the northern riverside parks after a long fight"
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:site_name" content="The Courier"></head><body><article>'
        f"<div class='article-body'><h1>{h1}</h1>"
        + "".join(f"<p>{p}</p>" for p in PARKS)
        + "</div></article></body></html>"
    )
    article = clean_html(html)
    assert article.title == "Council backs parks"
    assert h1 not in article.text
    assert article.text.split("\n\n") == PARKS


def test_an_arrow_before_a_link_to_another_story_is_a_teaser() -> None:
    # ETtoday: "►<a>武陵農場櫻花季倒數！…</a>" under the last paragraph, one a paragraph;
    # a paragraph that opens with a quote mark and a link stays.
    from clipper.clean.html import clean_html

    paragraphs = [
        "阿里山國家森林遊樂區花季8日正式開跑，園區內的吉野櫻陸續綻放，首日湧入大批遊客，"
        "嘉義分署預估今年花季期間將吸引超過20萬人次上山賞花。",
        "嘉義分署表示，今年因冬季低溫時間較長，櫻花開花時間比去年晚了約一週，"
        "預計3月中旬將進入滿開期，呼籲民眾多加利用接駁車，避免自行開車上山。",
        "» <a href='/guide'>園區交通管制資訊</a>請見嘉義分署官網，接駁車每15分鐘一班，"
        "從阿里山轉運站出發，票價為單程新台幣50元。",
    ]
    teasers = [
        "►<a href='/a/1'>武陵農場櫻花季倒數！紅粉佳人盛開　今年入園方式一次看</a>",
        "►<a href='/a/2'>新北賞櫻景點懶人包　三芝、淡水8處免費看河津櫻</a>",
    ]
    html = (
        '<html lang="zh-Hant-TW"><head><title>阿里山花季開跑</title></head><body><article>'
        "<h1>阿里山花季開跑</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs + teasers)
        + "</article></body></html>"
    )
    text = clean_html(html).text
    assert "武陵農場" not in text and "新北賞櫻" not in text
    assert "園區交通管制資訊請見嘉義分署官網" in text.replace(" ", "")
