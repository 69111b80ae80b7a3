"""The site's name from a pasted page: masthead, footer links, copyright notices.

Each case is a page as a browser's select-all copies it, written for the
rule it checks, with the rest of the page a reader would see around it.
"""

from __future__ import annotations

from pathlib import Path

from clipper.clean import clean_text, textmeta

_BODY = [
    "",
    "Snow closed three schools in the valley on Tuesday morning, and the county's ploughs were "
    "still working the back roads by noon, the highways department said.",
    "",
    "Parents were told by text message shortly after six. The district said the buses could not "
    "reach the hill farms, where more than twenty centimetres fell overnight.",
    "",
    "The schools will open again on Wednesday if the roads are clear, the superintendent said in "
    "a statement, and the lost day will be made up in June.",
    "",
]


def test_a_swedish_skip_link_is_no_masthead_and_the_about_link_names_the_site() -> None:
    """SVT: "Till innehåll" over "SVT Nyheter" over its menu; the footer's "Om SVT Nyheter"."""
    copied = [
        "Till innehåll",
        "SVT Nyheter",
        "Nyheter",
        "Sport",
        "Väder",
        "SVT Play",
        "Logga in",
        "Inrikes",
        "Utrikes",
        "Snön stängde tre skolor i dalen",
        "Anna Berg",
        "Publicerad 12 februari 2025 kl. 06.12",
        "",
        "Snön stängde tre skolor i dalen på tisdagsmorgonen, och kommunens plogbilar arbetade "
        "fortfarande på de mindre vägarna vid lunch, uppgav väghållaren.",
        "",
        "Föräldrarna fick besked via sms strax efter sex. Skolbussarna kunde inte ta sig upp till "
        "gårdarna på höjderna, där mer än tjugo centimeter snö föll under natten.",
        "",
        "Skolorna öppnar igen på onsdag om vägarna är farbara, sade rektorn i ett uttalande.",
        "",
        "Ämnen",
        "Väder",
        "Inrikes",
        "SVT Nyheter",
        "Om SVT Nyheter",
        "Kontakta oss",
        "Sveriges Television AB",
    ]
    article = clean_text("\n".join(copied))
    assert article.site == "SVT Nyheter"
    assert all(c.value != "Till innehåll" for c in article.candidates["site"])


def test_the_footers_about_link_outvotes_the_owners_copyright() -> None:
    """A TV station's page: "About WRAL" names the site, "© Capitol Broadcasting" its owner."""
    copied = [
        "Skip to content",
        "WRAL.com",
        "Watch Live",
        "News",
        "Weather",
        "Sports",
        "Snow closes three valley schools as ploughs work back roads",
        "By Dana Whitfield, WRAL reporter",
        "Posted 6:12 a.m. Feb 11, 2025",
        *_BODY,
        "Copyright 2025 by Capitol Broadcasting Company. All rights reserved.",
        "WRAL",
        "About WRAL",
        "Contact Us",
        "Careers",
        "© 2025 Capitol Broadcasting Company",
    ]
    assert clean_text("\n".join(copied)).site == "WRAL"


def test_an_about_link_to_a_writer_or_to_footer_links_run_together_names_no_site() -> None:
    """The guards of the rule above: a writer's bio and "About" run into "HelpLegal"."""
    copied = [
        "The Valley Courier",
        "News",
        "Sport",
        "Business",
        "Snow closes three valley schools as ploughs work back roads",
        "By Marcus Reyes",
        "February 11, 2025",
        *_BODY,
        "About Marcus Reyes",
        "Marcus Reyes covers schools and roads for the paper.",
        "About HelpLegal",
        "About Us",
        "© 2025 Valley Media Group",
    ]
    article = clean_text("\n".join(copied))
    assert article.site == "The Valley Courier"
    assert not {c.value for c in article.candidates["site"]} & {"Marcus Reyes", "HelpLegal"}


def test_a_copyright_mark_after_the_name_is_no_part_of_it() -> None:
    copied = [
        "Skip to main content",
        "Sign in",
        "News",
        "Snow closes three valley schools as ploughs work back roads",
        "By Dana Whitfield",
        "11:02, 11 FEB 2025",
        *_BODY,
        "All content copyright Valley Evening News © 2025. All rights reserved.",
    ]
    assert clean_text("\n".join(copied)).site == "Valley Evening News"
    # (an Indian company's whole ending goes, "Private" with its "Ltd")
    holder = textmeta.copyright_holder("Copyright 2026, The Printers (Mysore) Private Ltd.")
    assert holder == "The Printers (Mysore)"
    assert textmeta.copyright_holder("© 2025 Polska Press Sp. z o.o.") == "Polska Press"
    assert textmeta.copyright_holder("© 2025 Mediahuis NV") == "Mediahuis"
    assert textmeta.copyright_holder("© Mkini Dotcom Sdn Bhd 2025") == "Mkini Dotcom"
    assert textmeta.copyright_holder("©2025 Baidu 京ICP证030173号 京公网安备110000号") == "Baidu"
    # (the name before the mark, its group's company words and its rights gone)
    assert textmeta.copyright_holder("香港經濟日報集團有限公司 版權所有 © 2025") == "香港經濟日報"


def test_the_headers_weather_is_no_masthead() -> None:
    copied = [
        "Thursday 20 November 2025",
        "Darlington 6°C, heavy rain",
        "Subscribe Sign in",
        "Snow closes three valley schools as ploughs work back roads",
        "By Dana Whitfield",
        "20 November 2025",
        *_BODY,
    ]
    assert clean_text("\n".join(copied)).site is None


_JA_BODY = [
    "",
    "県内の運送会社の倒産が今年に入って急増している。民間の信用調査会社によると、1月から10月までの件数は前年同期の1.5倍に達した。",
    "",
    "燃料費の高止まりに加え、運転手の残業規制で受注を減らさざるを得ない会社が多いという。",
    "",
    "業界団体は運賃の引き上げを荷主に求めているが、交渉は難航している。",
    "",
]


def test_a_japanese_masthead_of_a_dozen_katakana_is_the_sites_name() -> None:
    """ダイヤモンド・オンライン: a name as long as a short sentence, over the menu's buttons."""
    copied = [
        "ダイヤモンド・オンライン",
        "メニュー",
        "検索",
        "ログイン",
        "会員登録",
        "有料会員登録",
        "特集",
        "連載",
        "運送会社の倒産が急増、燃料費と残業規制が重荷に",
        "2025.11.14 5:00",
        *_JA_BODY,
        "ダイヤモンド・プレミアムに登録すると、会員限定記事がすべて読めます。",
        "© DIAMOND, INC.",
    ]
    article = clean_text("\n".join(copied))
    assert article.site == "ダイヤモンド・オンライン"
    assert all(c.value != "有料会員登録" for c in article.candidates["site"])


def test_a_japanese_papers_digital_edition_is_cited_by_the_papers_name() -> None:
    copied = [
        "新潟日報デジタルプラス",
        "ニュース",
        "県内",
        "運送会社の倒産が急増、燃料費と残業規制が重荷に",
        "2025/11/14 05:00",
        *_JA_BODY,
        "新潟日報デジタルプラス",
        "新潟日報社について",
        "Copyright © 新潟日報 All rights reserved.",
    ]
    article = clean_text("\n".join(copied))
    assert article.site == "新潟日報"
    assert "新潟日報デジタルプラス" in {c.value for c in article.candidates["site"]}


def test_the_logo_under_the_skip_link_outvotes_an_owner_named_only_in_the_copyright() -> None:
    """A regional paper: its logo heads the page, its owner's company signs the foot alone."""
    copied = [
        "Aller au contenu principal",
        "Le Courrier du Jura",
        "S'abonner",
        "Se connecter",
        "Région",
        "Suisse",
        "Monde",
        "La fontaine du village sera restaurée avant l'été",
        "Par Claire Monnier",
        "Publié le 12 septembre 2026 à 17h30",
        *_BODY,
        "© 2026 Alpes Presse Romande. Tous droits réservés.",
    ]
    assert clean_text("\n".join(copied)).site == "Le Courrier du Jura"


def test_a_logo_is_no_row_of_buttons_nor_an_owners_own_site_name() -> None:
    """The guards of the rule above: buttons over the page, a paper's company, its motto."""

    def site(top: str, foot: str) -> str | None:
        header = ["Skip to content", top, "News", "Sport", "Business"]
        story = ["Snow closes three valley schools as ploughs work back roads", "By Dana Whitfield"]
        copied = [*header, *story, "February 11, 2025", *_BODY, foot]
        return clean_text("\n".join(copied)).site

    assert site("ePaper Subscribe Login", "© 2025 Alpes Presse Romande") != "ePaper Subscribe Login"
    assert site("Nordblick - Nachrichten für den Norden", "© 2025 Ströer Digital") == "Nordblick"
    assert site("Kanto News Online", "© 2025 The Kanto Shimbun") == "The Kanto Shimbun"
    assert site("العربية", "© Le360 2025. Tous droits réservés.") == "Le360"  # a language link


def test_the_masthead_prints_the_brand_whole_with_its_kind_or_edition() -> None:
    """"© Yle 2025" names the brand, the masthead "Yle News"; "Nikkei Asia", "网易新闻" too.
    A paper's section after its name ("BuzzFeed News") is no edition of it."""

    def site(masthead: list[str], foot: str) -> str | None:
        copied = [
            "Skip to content", *masthead, "Politics", "Business",
            "Snow closes three valley schools as ploughs work back roads",
            "By Dana Whitfield", "February 11, 2025", *_BODY, foot,
        ]  # fmt: skip
        return clean_text("\n".join(copied)).site

    assert site(["Yle", "Yle News"], "© Yle 2025") == "Yle News"
    assert site(["Nikkei Asia"], "© 2025 Nikkei Inc. All rights reserved.") == "Nikkei Asia"
    assert site(["BuzzFeed News"], "© 2025 BuzzFeed, Inc") == "BuzzFeed"


def test_a_french_canadian_skip_link_is_no_masthead() -> None:
    """Le Droit: "Passer au contenu principal" over the paper's name."""
    copied = [
        "Passer au contenu principal",
        "La Vallée",
        "S'abonner",
        "Se connecter",
        "Actualités",
        "Gatineau",
        "La neige ferme trois écoles de la vallée",
        "Par Élodie Charbonneau, La Vallée",
        "12 février 2025 à 6 h 12",
        *_BODY,
        "La Vallée est un média indépendant. Chaque don nous aide à maintenir une information "
        "locale de qualité.",
        "Tous droits réservés © 2025 La Vallée, une division de Coopérative nationale de "
        "l'information indépendante (CN2i)",
    ]
    assert clean_text("\n".join(copied)).site == "La Vallée"


def _paper(masthead: str, notice: str) -> str:
    return "\n".join(
        [
            "Skip to content",
            masthead,
            "Saturday 6 December 2025",
            "E-paper",
            "Subscribe",
            "News",
            "Sport",
            "Snow closes three schools in the valley",
            "By Anna Berg",
            "December 5, 2025",
            *_BODY,
            "About us",
            "Contact",
            notice,
        ]
    )


def test_the_masthead_beats_a_company_whose_name_holds_a_papers_word() -> None:
    """Newsday's pages: "Copyright © 2025 Daily News Limited." under its own masthead."""
    paste = _paper(
        "Harbour Valley Newsday", "Copyright © 2025 Daily Herald Limited. All rights reserved."
    )
    assert clean_text(paste).site == "Harbour Valley Newsday"


def test_a_papers_company_beats_a_masthead_that_is_its_address() -> None:
    """FAZ: "FAZ.NET" over the menu, "© Frankfurter Allgemeine Zeitung GmbH" at the foot."""
    paste = _paper("HVZ.NET", "© Harbour Valley Zeitung GmbH 2025")
    assert clean_text(paste).site == "Harbour Valley Zeitung"


def test_the_logos_initials_over_its_name_spelled_out() -> None:
    """Deccan Herald: "DH" over "Deccan Herald", the owner's company at the foot."""
    paste = _paper("VH\nValley Herald", "Copyright 2025, The Printers (Valley) Private Ltd.")
    assert clean_text(paste).site == "Valley Herald"


def test_a_logo_under_the_skip_link_over_the_buttons_heads_no_menu() -> None:
    """A trade site: the logo's name, then "Subscribe" and "Login", then the sections.

    The fixture is one of the benchmarks' blind pastes (its story invented), renamed.
    """
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "paste"
    paste = (fixture / "en-trade-site-logo-over-buttons.txt").read_text("utf-8")
    assert clean_text(paste).site == "Brolly"
