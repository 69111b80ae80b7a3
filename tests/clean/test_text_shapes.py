"""The plain-text cleaner on the shapes found at the edges of an article's text.

Each test builds a paste around one shape (an author's bio under the text, a
step heading over a one-line instruction, a ranked "most read" box...) with
the header and prose of an ordinary news page, so the rule under test is the
only thing that decides the outcome.
"""

from __future__ import annotations

import pytest

from clipper.clean import clean_text, dates, lines, textlabels, textmeta
from clipper.model import Article

TITLE = "City Council Approves a New Plan for the Northern Riverside Parks"

HEADER = """Skip to content
Home
News
Business
Technology

City Council Approves a New Plan for the Northern Riverside Parks

By Jane Holloway
March 4, 2024
"""

PROSE = [
    "The city council voted on Tuesday to approve a long-debated plan that will turn the "
    "northern riverside into a chain of public parks over the next six years.",
    "The plan, which was first proposed in 2019, had stalled twice over the cost of cleaning "
    "the soil along the old industrial wharves, council members said.",
    "Supporters argued that the parks would bring families back to a part of the city that "
    "has been cut off from the water for more than a century.",
    "Opponents on the council said the money would be better spent on repairing roads and "
    "schools, and two members voted against the plan in the end.",
    "Work on the first park is expected to begin in the autumn, once the last of the permits "
    "has been granted by the regional environment office.",
]


def paste(*middle: str, tail: str = "") -> str:
    return HEADER + "\n" + "\n".join(middle) + "\n" + tail


def published_on(article: Article, day: str) -> bool:
    return article.published is not None and article.published.startswith(day)


def removed_lines(article: Article) -> dict[str, str]:
    return {line: r.reason for r in article.removed for line in r.text.split("\n")}


def test_a_bio_of_the_byline_author_between_the_byline_and_the_text_is_no_part_of_it() -> None:
    # TechCrunch printed its writer's bio under the byline, over the article.
    bio = (
        "Jane Holloway currently works for the Riverside Courier as a writer. She studied "
        "journalism in Leeds and moved to the city after four years in London... → Learn More"
    )
    article = clean_text(paste(bio, *PROSE))
    assert article.text.startswith(PROSE[0])
    assert removed_lines(article)[bio] == "bio"


def test_a_closing_bio_in_other_capitals_is_the_authors_bio() -> None:
    bio = "Jane holloway is a staff writer for the Riverside Courier and lives by the river."
    article = clean_text(paste(*PROSE, bio))
    assert article.authors == ("Jane Holloway",)
    assert bio not in article.text
    assert removed_lines(article)[bio] == "bio"


def test_a_closing_paragraph_naming_a_reporters_trade_is_a_bio() -> None:
    bio = "Mark Ellison is a breaking news reporter for the Courier and is based in Leeds."
    article = clean_text(paste(*PROSE, bio))
    assert bio not in article.text
    assert PROSE[-1] in article.text


def test_a_person_described_in_the_middle_of_the_text_stays() -> None:
    quote = "Mark Ellison is a retired engineer who has fished from the wharves since 1970."
    article = clean_text(paste(*PROSE[:2], quote, *PROSE[2:]))
    assert quote in article.text


def test_step_headings_over_one_line_instructions_stay() -> None:
    steps = ["Step 1", "Cut the foam to fit the dish.",
             "Step 2", "Insert your plant into the hole."]
    article = clean_text(paste(*PROSE[:3], *steps, *PROSE[3:]))
    for line in steps:
        assert line in article.text.split("\n")


def test_a_list_introduced_by_a_colon_keeps_its_introduction() -> None:
    items = ["What You'll Need:", "* Cloche", "* Floral foam", "* Moss", "* Tweezers"]
    article = clean_text(paste(*PROSE[:3], *items, *PROSE[3:]))
    assert "What You'll Need:" in article.text.split("\n")
    assert "* Moss" in article.text.split("\n")


def test_a_ranked_most_read_box_after_the_text_is_dropped() -> None:
    box = ["Las más leídas"]
    for rank, head in enumerate([
        "Por qué el puerto de la ciudad cambió de dueño tres veces en un solo año",
        "Qué son los nuevos bonos verdes y por qué preocupan a los ahorristas del país",
        "La frase del ministro que encendió el debate sobre las tarifas del transporte",
        "El viaje de un tren de carga que cruzó el país cargado de indiferencia",
    ], start=1):
        box += [str(rank), head]
    article = clean_text(paste(*PROSE, *box))
    assert PROSE[-1] in article.text
    assert "Qué son los nuevos bonos" not in article.text
    assert removed_lines(article)["2"] == "related"


@pytest.mark.parametrize(
    "tags",
    [["Etichete: Riverside parks council budget"],
     ["関連キーワード", "* 河川敷", "* 市議会", "* 公園"],
     ["Temas", "Parques", "Concejo municipal", "Presupuesto"]],
)  # fmt: skip
def test_the_tags_under_the_text_end_it_whatever_follows_them(tags: list[str]) -> None:
    # A donation appeal and an author's box under the tags, in words no lexicon knows.
    after = [
        "Riverside Weekly is an independent paper and lives on what its readers give each "
        "month; if you want to help keep it that way, you can give from five pounds a month.",
        "Mark Dunmore has written about the city, its parks and its buses for the paper since "
        "2019, and before that reported on the port for a decade.",
    ]
    article = clean_text(paste(*PROSE, *tags, *after))
    assert PROSE[-1] in article.text
    assert "independent paper" not in article.text
    assert tags[0] not in article.text


def test_substacks_discussion_heading_opens_the_comments() -> None:
    comments = [
        "Discussion about this post",
        "Beth Ansel, RN Mar 4",
        "I worked in the parks department for twelve years before the plan was shelved, and "
        "every number in this post matches what our director used to show us at meetings.",
        "12 Reply",
    ]
    article = clean_text(paste(*PROSE, *comments))
    assert PROSE[-1] in article.text
    assert "twelve years" not in article.text
    assert removed_lines(article)["Discussion about this post"] == "comments"


def test_a_run_of_bulleted_tag_names_under_the_last_sentence_ends_the_text() -> None:
    tags = ["* Riverside", "* Parks", "* City Council", "* Northern Quarter"]
    after = [
        "The Morning Show",
        "Every weekday from seven to ten, the station's morning programme brings the news, "
        "its guests, the columns and the long interview of the day.",
    ]
    article = clean_text(paste(*PROSE, *tags, *after))
    assert PROSE[-1] in article.text
    assert "Northern Quarter" not in article.text
    assert "morning programme" not in article.text


def test_a_list_of_code_names_under_a_sentence_stays() -> None:
    methods = ["* arrayBuffer()", "* blob()", "* json()", "* text()"]
    more = "Both of them parse the body for you, so none of the old parsing code is needed."
    article = clean_text(paste(*PROSE, *methods, more))
    assert "json()" in article.text
    assert more in article.text


def test_a_sign_up_box_between_paragraphs_goes_with_its_name_pitch_and_fine_print() -> None:
    box = [
        "Free weekly newsletter",
        "The city's most important stories. Get all the week's riverside news, the good, the "
        "bad and the essential",
        "Enter your email address Sign up",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties.",
    ]
    article = clean_text(paste(*PROSE[:3], *box, *PROSE[3:]))
    assert all(p in article.text for p in PROSE)
    assert "riverside news" not in article.text
    assert "Privacy Notice" not in article.text
    assert "Free weekly newsletter" not in article.text


def test_a_paragraph_that_speaks_of_an_inbox_over_a_newsletter_box_stays() -> None:
    answer = (
        "Because the parks were cheap to promise and dear to build. When the soil reports came "
        "back in 2022, suddenly everyone wanted to know about the wharves. My inbox changed "
        "overnight, and people who had ignored our letters for a decade asked for meetings."
    )
    box = ["Get our Riverside Newsletter", "Your weekly guide to the parks.", "Sign Up Now"]
    article = clean_text(paste(*PROSE[:3], answer, *box, *PROSE[3:]))
    assert answer in article.text


def test_a_topics_line_over_the_text_does_not_end_it() -> None:
    article = clean_text(paste("Topics: Parks Council", *PROSE))
    assert all(p in article.text for p in PROSE)


def test_rows_of_a_table_inside_the_text_stay() -> None:
    table = [
        "Park          Area          Opening",
        "North Wharf   4.2 ha        2026",
        "Old Mill      2.8 ha        2027",
        "Salt Quay     6.1 ha        2029",
    ]
    article = clean_text(paste(*PROSE[:3], *table, *PROSE[3:]))
    for row in table:
        assert row in article.text
    assert "<pre>" in article.html


def test_a_page_that_is_one_long_list_keeps_the_list() -> None:
    items = [f"+ Added {thing}" for thing in (
        "granite, andesite and diorite blocks", "slime blocks", "iron trapdoors",
        "prismarine and sea lanterns", "the ocean monument", "red sandstone", "banners",
        "armor stands", "coarse dirt where grass will not grow", "rabbits, with item drops",
    )]
    text = "Game News\nPowered by Blogs\n\nVersion 1.8 - The Big Update\n" + "\n".join(items) + (
        "\nNewer\nOlder\nOfficial links:\nForums\nBug tracker\nAccount Support\n")
    article = clean_text(text)
    for item in items:
        assert item in article.text
    assert "Bug tracker" not in article.text
    assert "Powered by Blogs" not in article.text


def test_headlines_stamped_with_a_short_date_and_time_are_feed_items() -> None:
    feed = [
        "Harbour cranes arrive two months early at the eastern terminal Ledger 3/9 18:01",
        "Why the tram line will not reach the airport before 2030 City Wire 3/9 15:47",
        "Five things to know about the new parking rules downtown Courier 3/8 07:20",
    ]
    article = clean_text(paste(*PROSE, "Latest from our partners", *feed))
    assert PROSE[-1] in article.text
    for line in feed:
        assert line not in article.text


def test_a_run_of_titles_cut_short_with_an_ellipsis_is_a_list_of_links() -> None:
    links = [
        "o Get a first look at the new riverside walking rout...",
        "o Tips for finding a quiet bench in the busy city ce...",
        "o Five steps to a greener courtyard for your building...",
    ]
    article = clean_text(paste(*PROSE, "Popular posts", *links))
    assert PROSE[-1] in article.text
    for line in links:
        assert line not in article.text


def test_a_sentence_trailing_off_inside_the_text_stays() -> None:
    pause = "And then the council waited, and waited, and waited..."
    article = clean_text(paste(*PROSE[:3], pause, *PROSE[3:]))
    assert pause in article.text


def test_a_table_of_contents_does_not_part_the_introduction_from_the_sections() -> None:
    sections = ["Why the Soil Matters", "What the Plan Costs", "Who Voted Against",
                "When Work Begins", "What Comes Next", "How to Take Part"]
    toc = ["Table of Contents"] + [f"* {s}" for s in sections]
    body: list[str] = []
    for n, section in enumerate(sections):
        body += [section, PROSE[n % len(PROSE)], PROSE[(n + 1) % len(PROSE)]]
    intro = "Many residents have waited a decade for this vote, and most of them came to watch."
    article = clean_text(paste(intro, *toc, *body))
    assert intro in article.text
    assert "* Why the Soil Matters" not in article.text
    assert "\nWho Voted Against\n" in article.text


def test_a_documentation_pages_title_is_found_over_its_pager_and_nested_contents() -> None:
    # A page from a documentation generator, rendered to text: the project's
    # name, the page's title, a pager to the pages around it, the title again
    # with its permalink mark, and contents nested three deep ("*", "+", "o").
    sections = ["Why the Soil Matters", "What the Plan Costs", "Who Voted Against",
                "When Work Begins", "What Comes Next"]
    toc = ["Contents", "* Riverside Parks Planning Guide"]
    for section in sections:
        toc += [f"  + {section}", "    o Setting up", "    o An example of the plan"]
    body: list[str] = []
    for n, section in enumerate(sections):
        body += [f"{section}¶", PROSE[n % len(PROSE)], "Setting up¶", PROSE[(n + 1) % len(PROSE)],
                 "An example of the plan¶", PROSE[(n + 2) % len(PROSE)]]
    text = "\n".join([
        "riverside documentation", "Riverside Parks Planning Guide",
        "« Getting Started :: Contents :: Reference »", "Riverside Parks Planning Guide¶",
        *toc, *body,
    ])
    article = clean_text(text)
    assert article.title == "Riverside Parks Planning Guide"
    assert "¶" not in article.text
    assert article.text.startswith("Why the Soil Matters\n")
    assert "\nWho Voted Against\n" in article.text
    assert "Getting Started" not in article.text


def test_a_byline_with_the_authors_blurb_names_the_author() -> None:
    header = (
        "Home\nNews\n\nRiverside Parks Are the City's Biggest Bet in Decades\n"
        "The council's vote ends ten years of argument over the old wharves.\n"
        "By Jane Holloway , a senior reporter who has covered the city hall and its budget "
        "fights for more than twelve years at the Courier, and who writes the weekly "
        "Council Notes letter.\nMarch 4, 2024\n"
    )
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Jane Holloway",)
    assert article.title == "Riverside Parks Are the City's Biggest Bet in Decades"
    assert "senior reporter" not in article.text


def test_the_site_is_not_a_menu_item_and_the_copyright_holder_loses_its_years() -> None:
    text = ("* Gear\n* Gaming\n* Reviews\n" + HEADER.split("\n", 5)[5] + "\n".join(PROSE)
            + "\n\nCopyright (C) 2016-2020 Riverside Courier. All rights reserved.\n")
    assert clean_text(text).site == "Riverside Courier"


@pytest.mark.parametrize("again", ["menu", "kickers"])
def test_a_menus_first_item_that_shows_again_as_a_section_is_no_site(again: str) -> None:
    # A copied menu has no bullets: "Gear" over "Gaming / Reviews / Deals" reads like a
    # logo's name. It comes back in the footer's copy of the menu, or over teasers.
    menu = "Skip to content\nGear\nGaming\nReviews\nDeals\nVideo\n\n"
    footer = ("\nSections\nGear\nGaming\nReviews\n" if again == "menu" else
              "\nGear\nThe Best Budget Headphones for Commuters\n"
              "Gear\nWhy Cheap Cameras Still Sell Well in Summer\n")
    text = menu + HEADER.split("\n", 5)[5] + "\n".join(PROSE) + "\n" + footer
    article = clean_text(text)
    assert article.site is None
    assert article.title == TITLE and article.authors == ("Jane Holloway",)
    # the site's own name set over its menu stays the site, even repeated in the footer
    logo = "Skip to content\nGadget Courier\nGaming\nReviews\nDeals\nVideo\n\n"
    text = logo + HEADER.split("\n", 5)[5] + "\n".join(PROSE) + "\n\nGadget Courier\nAbout us\n"
    assert clean_text(text).site == "Gadget Courier"



def test_a_logo_over_its_menu_that_sentences_name_stays_the_site_though_the_footer_repeats_it() -> None:
    # The footer repeats the logo over some of the header's links, as a menu repeats a
    # section; but sentences name the paper ("told the Gadget Courier"), none a section.
    logo = "Skip to content\nGadget Courier\nGaming\nReviews\nDeals\nVideo\n\n"
    said = "The council's press office told Gadget Courier that the permits were granted."
    footer = "\n\nGadget Courier\nGaming\nReviews\nAbout us\n"
    body = HEADER.split("\n", 5)[5] + "\n".join([*PROSE, said])
    assert clean_text(logo + body + footer).site == "Gadget Courier"
    # a menu's first item named once in passing is still a section
    gear = logo.replace("Gadget Courier", "Gear")
    said = "The council's press office said the Gear Library would open in the spring."
    body = HEADER.split("\n", 5)[5] + "\n".join([*PROSE, said])
    assert clean_text(gear + body + footer.replace("Gadget Courier", "Gear")).site is None
    # nor is a logo a section when the copyright holder's name starts with it
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    notice = "\n© Copyright Gadget Courier Newspapers Ltd. 1996 - 2025\n"
    assert clean_text(logo + body + footer + notice).site == "Gadget Courier"


def test_a_copyright_holder_ends_at_a_spaced_dash_and_initials_name_the_masthead() -> None:
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    notice = "\n\n© Copyright Riverside Courier - Circulation audited by the ACPM\n"
    assert clean_text(body + notice).site == "Riverside Courier"
    # "© HT Digital Streams" under the masthead "Hindustan Times": the masthead's company
    text = "Riverside Courier\n" + body + "\n\nCopyright © RC Digital Streams Ltd. All rights reserved.\n"
    article = clean_text(text)
    assert article.site == "Riverside Courier"
    assert "RC Digital Streams" in [c.value for c in article.candidates["site"]]


def test_a_german_skip_link_to_the_navigation_is_no_site() -> None:
    text = "Zum Inhalt springen\nZur Navigation springen\n" + HEADER.split("\n", 1)[1]
    assert clean_text(text + "\n".join(PROSE)).site is None


_MINATO = [
    "港市は15日、老朽化した水道管の更新計画を前倒しし、今後5年間で約120キロを取り替えると発表した。",
    "市内では昨年度、水道管の破裂が過去最多の48件に上り、一部の地区では半日以上断水した。",
    "市水道局によると、更新が必要な管の多くは高度成長期に敷設されたもので、耐用年数の40年を超えている。",
    "事業費は約300億円を見込み、国の交付金と水道料金の見直しで賄う方針だという。",
    "市長は記者会見で「市民生活を支える基盤を次の世代に引き継ぐため、必要な投資だ」と述べた。",
]


@pytest.mark.parametrize("layout", ["company", "bilingual", "stacked"])
def test_a_japanese_page_is_named_in_its_own_script_not_by_its_latin_copyright(layout: str) -> None:
    # "Copyright 2025, The Sankei Shimbun" closes a page whose footer names 産経新聞社,
    # or whose masthead prints both names: "中央社 CNA", "風傳媒" over "The Storm Media".
    top = {"company": "港ニュース\n", "bilingual": "港新聞 Minato Press\n",
           "stacked": "港新聞\nMinato Press\n"}[layout]
    company = "港新聞社\n会社概要\n" if layout == "company" else "会社概要\n"
    text = ("メインコンテンツにスキップ\n" + top + "ニュース\n速報\n政治\n経済\n\n"
            "港市、水道管更新を前倒し　5年で120キロ\n2025/4/15 18:02\n\n"
            + "\n".join(_MINATO) + "\n\n" + company
            + "Copyright 2025, Minato Press. All rights reserved.\n")
    article = clean_text(text)
    assert article.site == "港新聞"
    assert "Minato Press" in [c.value for c in article.candidates["site"]]

def test_teaser_cards_with_a_summary_and_a_stamp_each_end_the_article() -> None:
    # "Recommended for you", then card after card: headline, one sentence of summary, time.
    cards = []
    for n, topic in enumerate(("bus lanes", "school meals", "harbour ferries")):
        cards += [f"Council Weighs New Plans for the City's {topic.title()}",
                  f"Members will debate the cost of the {topic} at next month's meeting, officials said.",
                  f"2024-03-0{n + 1} 07:42"]
    article = clean_text(paste(*PROSE, tail="Recommended for you\n" + "\n".join(cards) + "\n"))
    assert article.text == "\n\n".join(PROSE)


def test_a_rating_widget_under_the_byline_is_no_standfirst() -> None:
    widget = ("Rate this article:\nCurrently rated 1 star(s) out of 5\nRate 1 star\nRate 2 stars\n"
              "Viewed 314 times\n")
    article = clean_text(HEADER + widget + "\n".join(PROSE))
    assert article.subtitle is None and article.text == "\n\n".join(PROSE)
    from clipper.clean.boilerplate import lexicon_reason

    for line in ("Valorar:", "Actualmente puntuada con 1 estrella(s) sobre 5", "Puntualo 1 estrellas",
                 "Visto 314 veces"):
        assert lexicon_reason(line) == "share", line
    assert lexicon_reason("Valorar la propuesta costará meses, dijo el ministro.") is None


def test_a_photos_date_under_the_standfirst_does_not_take_the_header_from_the_byline() -> None:
    # The byline block stands over the standfirst; the photo's credit under it has a date too.
    stand = ("A long-debated plan will turn the northern riverside into a chain of public parks "
             "over the next six years, at a cost the council has yet to put a figure on.")
    paste = ("Home\nNews\n" + TITLE + "\nJane Holloway | Riverside | 04/03/2024\nRate this article:\n"
             "Viewed 314 times\n* Photos\n" + stand + "\n27-06-2012\n| Efe\n" + "\n".join(PROSE))
    article = clean_text(paste)
    assert article.title == TITLE and article.subtitle == stand
    assert published_on(article, "2024-03-04") and article.authors == ("Jane Holloway",)


def test_a_comment_sections_rules_under_the_text_go_however_long() -> None:
    rules = ("Comments are moderated: we welcome a lively and useful discussion, and to spare "
             "us reading every comment before it is published, please read our community "
             "guidelines first. Anything you post may be used, with your name and picture, "
             "under our privacy policy and in keeping with the site's terms of use, so think "
             "before you post.")
    arabic = "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط."
    article = clean_text(paste(*PROSE, tail=rules + "\n" + arabic + "\n"))
    assert article.text == "\n\n".join(PROSE)
    from clipper.clean.boilerplate import lexicon_reason

    reported = "The site said comments are moderated by volunteers who read each one."
    assert lexicon_reason(reported) is None


def test_share_links_in_an_unknown_language_go_by_their_networks() -> None:
    # BBC Burmese: "this page" and the network, link after link, then the link to copy.
    links = "\n".join(f"ဒီစာမျက်နှာ {n}" for n in ("Facebook", "Messenger", "Twitter", "WhatsApp"))
    header = HEADER.replace("By Jane Holloway", links + "\nhttps://www.example.com/news/parks-45989453")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE and article.subtitle is None
    assert "Facebook" not in article.text
    # one such line is a heading: "Inside Facebook" over a paragraph stays
    text = paste(PROSE[0], "Inside Facebook", *PROSE[1:])
    assert "Inside Facebook" in clean_text(text).text


def test_a_writers_box_over_the_headline_and_an_american_two_digit_year() -> None:
    # HuffPost, 2010: the sections in capitals, the writer's name over an address and
    # follow buttons, then the headline in title case and "First Posted: 08-13-10 05:18 PM".
    header = ("BUSINESS SMALL BUSINESS REAL ESTATE THE WATCHDOG TECH\nJane Holloway\n"
              "jane@courier.example | Courier Reporting\n"
              "Become a Fan Get Email Alerts from this Reporter\n" + TITLE + "\n"
              "First Posted: 03-04-24 05:18 PM | Updated: 03-05-24 12:41 AM\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE and article.subtitle is None
    assert article.authors == ("Jane Holloway",)
    assert article.published == "2024-03-04T17:18:00"
    assert article.text == "\n\n".join(PROSE)


@pytest.mark.parametrize("heading", ["Market Reaction", "Inside Facebook"])
def test_a_two_word_subheading_under_the_lead_is_no_byline(heading: str) -> None:
    # Two capitalised words read as a name; the date over the lead is not beside them.
    article = clean_text(paste(PROSE[0], heading, *PROSE[1:]))
    assert heading in article.text and article.subtitle is None
    assert article.text.startswith(PROSE[0]) and article.authors == ("Jane Holloway",)


def test_a_headline_with_a_trails_links_run_on_before_it_loses_them() -> None:
    # The trail's links copied with no space between them and the headline, then the h1.
    header = ("Skip to content\nHomeLatest News" + TITLE + "\n" + TITLE + "\n\nBy Jane Holloway\n"
              "March 4, 2024\n")
    assert clean_text(header + "\n".join(PROSE)).title == TITLE


def test_xinhuas_error_button_and_editor_credit_close_the_text() -> None:
    from clipper.clean.boilerplate import EDITOR_IN_CHARGE, lexicon_reason

    assert EDITOR_IN_CHARGE.match("【纠错】 【责任编辑:张樵苏 】")
    assert lexicon_reason("【纠错】") == "boilerplate" and lexicon_reason("阅读下一篇：") == "related"
    paste = "\n".join(["苹果回应违反劳动法指控", "2019-09-09 19:32:27 来源：新华网", *ZH_ARTICLE,
                       "【纠错】 【责任编辑:张樵苏 】", "阅读下一篇：", "深度观察",
                       "新华全媒头条丨黄河流域文物保护传承观察",
                       "数说中国丨10月份市场销售加快恢复 服务零售增长较快"])  # fmt: skip
    assert clean_text(paste).text.endswith(ZH_ARTICLE[-1])


def test_an_authors_bio_that_opens_with_the_name_and_a_comma_goes() -> None:
    bio = ("Jane Holloway, who has covered the city hall since 2015, writes the weekly Council "
           "Notes letter.")
    article = clean_text(paste(*PROSE, tail="\n" + bio + "\nMore from the Courier\n"))
    assert article.text == "\n\n".join(PROSE)
    assert removed_lines(article).get(bio) == "bio"


def test_a_paragraph_opening_with_the_authors_first_name_and_a_comma_stays() -> None:
    # By Jane Holloway; "Jane, a nurse ..." is someone else with the same first name.
    quoted = "Jane, a nurse who lives near the wharves, said she had waited ten years for it."
    article = clean_text(paste(PROSE[0], PROSE[1], quoted, *PROSE[2:]))
    assert quoted in article.text and PROSE[-1] in article.text


def test_a_report_dated_by_its_month_alone_gives_the_month() -> None:
    header = ("Riverside Policy Institute\n\nThe Future of the Northern Riverside Parks\n"
              "A report on the regeneration of the old wharves\n{}\n\n")
    for printed in ("March 2024", "Published: March 2024", "März 2024"):
        article = clean_text(header.format(printed) + "\n\n".join(PROSE))
        assert article.published == "2024-03", printed
        assert printed not in article.text
    # a full date wins, and a month beside other words is no date line
    assert clean_text(paste(*PROSE)).published.startswith("2024-03-04")
    article = clean_text(header.format("May 2024 issue") + "\n\n".join(PROSE))
    assert article.published is None


def test_a_short_sentence_naming_a_trade_is_no_byline() -> None:
    # A role may be followed by a few words ("dziennikarz działu Kraj"), but not by
    # the rest of a sentence.
    short = "The reporter asked the mayor why."
    article = clean_text(paste(PROSE[0], short, *PROSE[1:]))
    assert short in article.text
    assert clean_text(paste(*PROSE)).authors == ("Jane Holloway",)


def test_a_company_that_owns_the_site_is_a_candidate_not_the_site() -> None:
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    article = clean_text(body + "\n\n© 2024 Riverside Media Group Limited. All rights reserved.\n")
    assert article.site is None  # the owner, not the publication a citation names
    assert [c.value for c in article.candidates["site"]] == ["Riverside Media Group"]
    # with the publication's own name at the top, the name inside the company's is the site
    article = clean_text("Riverside Courier\n" + body
                         + "\n\n© 2024 Riverside Courier Media Group. All rights reserved.\n")
    assert article.site == "Riverside Courier"


def test_a_projects_contributors_as_copyright_holder_name_the_project() -> None:
    for footer, site in (
        ("© 2024 The Fieldbook contributors", "Fieldbook"),
        ("© Copyright 2019, The Riverkit Authors. All rights reserved.", "Riverkit"),
    ):
        text = HEADER.split("\n", 5)[5] + "\n".join(PROSE) + f"\n\n{footer}\n"
        assert clean_text(text).site == site


def test_the_labels_of_a_chart_do_not_cut_the_article_in_two() -> None:
    chart = []
    for _ in range(3):
        chart += ["$900", "billion", "600", "billion", "300", "0"]
        chart += [f"’{year}" for year in range(17, 26)]
    more = [
        "Deficit hawks on the council have gone silent, and some now propose changes that would "
        "raise the cost of the plan even further over the coming decade.",
        "The mayor said she would ask the regional government for help with the soil, which she "
        "called a debt left behind by a century of industry on the river.",
    ]
    article = clean_text(paste(*PROSE, *chart, *more))
    assert PROSE[0] in article.text
    assert more[-1] in article.text
    assert "’19" not in article.text


FEED = [
    "Share this article", "Facebook Twitter",
    "2 minutes ago",
    "The regional transport office said on Monday that the new tram line would stop short of "
    "the airport until at least 2030 because of the cost of the tunnel under the ring road.",
    "The office said that the ring road tunnel alone would cost more than the rest of the line, "
    "and that it had asked the national government to share the bill with the region.",
    "15 minutes ago",
    "Schools in the old town will close an hour early on Friday so that the streets can be "
    "cleared for the winter market, the education office said in a letter to parents.",
]


def test_a_feed_of_timed_stories_after_the_share_bar_ends_the_article() -> None:
    article = clean_text(paste(*PROSE, *FEED))
    assert PROSE[-1] in article.text
    assert "regional transport office said" not in article.text


def test_a_live_blogs_timed_entries_stay() -> None:
    entries = []
    for n, para in enumerate(PROSE):
        entries += [f"{n * 10 + 5} minutes ago", para, PROSE[(n + 2) % len(PROSE)]]
    article = clean_text(paste(*entries))
    for para in PROSE:
        assert para in article.text


def test_a_feed_of_headlines_with_long_summaries_is_not_the_article() -> None:
    summary = (
        "Officials said on Thursday that the {0} would be reviewed again next spring, after a "
        "year in which costs rose faster than expected and residents complained at public "
        "meetings that nobody had asked them before the work began, and the council promised a "
        "full report with figures for every district before the summer holidays, when the "
        "budget for the next two years is due to be set by the finance committee."
    )
    feed: list[str] = []
    for topic in ("bus lanes", "bridge repairs", "school meals", "street lights", "bin rounds"):
        feed += ["News", "12 Comments", f"What the city plans for its {topic} next year",
                 summary.format(topic)]
    article = clean_text(paste(*feed, "More", *PROSE[:3]))
    assert PROSE[0] in article.text
    assert "street lights would be reviewed" not in article.text


def test_a_pull_quote_repeating_a_sentence_of_the_text_is_dropped() -> None:
    quote = "turn the northern riverside into a chain of public parks"
    article = clean_text(paste(*PROSE[:2], quote, *PROSE[2:]))
    assert removed_lines(article)[quote] == "duplicate"
    assert PROSE[0] in article.text


def test_a_photo_gallery_inside_the_text_leaves_its_blurb_once_and_no_buttons() -> None:
    blurb = (
        "Housed in a former boat shed, the new visitor centre will show how the wharves "
        "looked when the river was still the city's main road."
    )
    gallery = ["View Photos", blurb, "Caption", blurb, "Buy Photo", "Wait 1 second to continue."]
    article = clean_text(paste(*PROSE[:2], *gallery, *PROSE[2:]))
    paragraphs = article.text.split("\n\n")
    assert paragraphs.count(blurb) == 1
    for button in ("View Photos", "Caption", "Buy Photo", "Wait 1 second to continue."):
        assert button not in paragraphs
    assert PROSE[1] in paragraphs and PROSE[2] in paragraphs


def test_a_paragraph_said_again_further_down_stays_both_times() -> None:
    refrain = "Supporters argued that the parks would bring families back to the water."
    article = clean_text(paste(*PROSE[:2], refrain, *PROSE[2:], refrain))
    assert article.text.split("\n\n").count(refrain) == 2


def test_a_short_paragraph_that_no_other_repeats_stays() -> None:
    short = "Nobody on the council spoke against the parks themselves."
    article = clean_text(paste(*PROSE[:2], short, *PROSE[2:]))
    assert short in article.text


def test_a_comment_widgets_prompts_end_the_article() -> None:
    widget = ["Sign in to post a reply.", "Rating failed. Try again.",
              "We will promote constructive and witty comments to the top, so everyone sees them!",
              "Comments (10580)"]
    article = clean_text(paste(*PROSE, *widget))
    assert PROSE[-1] in article.text
    assert "witty comments" not in article.text
    assert removed_lines(article)["Sign in to post a reply."] == "comments"


def test_the_headline_under_a_related_label_inside_the_text_is_dropped() -> None:
    link = "I rode the new tram line. It is the best commute in the city."
    article = clean_text(paste(*PROSE[:3], "Related", link, *PROSE[3:]))
    assert link not in article.text
    assert PROSE[3] in article.text
    assert removed_lines(article)[link] == "related"


def test_a_paragraph_broken_mid_sentence_is_joined_and_kept() -> None:
    broken = ["The non-URL attributes of the request can only be set by passing initial",
              "values as a second argument to the constructor, which takes a dictionary."]
    article = clean_text(paste(*PROSE[:3], *broken, *PROSE[3:]))
    assert " ".join(broken) in article.text


def test_lines_that_end_and_start_like_headings_are_not_joined() -> None:
    article = clean_text(paste(*PROSE[:3], "What the Plan Costs Over the Next Six Years",
                               *PROSE[3:]))
    assert "\nWhat the Plan Costs Over the Next Six Years\n" in article.text


def test_teasers_after_a_related_label_are_not_taken_back_into_the_article() -> None:
    box = ["Related stories"]
    for head, summary in [
        ("Bus lines to change routes during summer works", PROSE[1]),
        ("New cycle lanes open in the south of the city", PROSE[2]),
        ("Why the river is lower than ever this year", PROSE[3]),
        ("Council approves new budget after long debate", PROSE[4]),
    ]:
        box += [head, summary.replace("council", "committee")]
    article = clean_text(paste(*PROSE, *box, "About us", "Contact"))
    assert PROSE[-1] in article.text
    assert "committee" not in article.text


def test_paragraphs_under_captions_before_a_teaser_box_stay_in_the_article() -> None:
    caption = "Workers inspect a pipe near the station. Photo: Anna Schmidt/City Press"
    text = [PROSE[0], caption, PROSE[1], "What the works will cost the city", PROSE[2], caption,
            "Related stories"]
    for head in ("Bus lines to change routes during summer works",
                 "New cycle lanes open in the south of the city",
                 "Why the river is lower than ever this year",
                 "Council approves new budget after long debate"):
        text += [head, "Officials said the change would take effect after the summer holidays."]
    article = clean_text(paste(*text, "About us"))
    for para in PROSE[:3]:
        assert para in article.text
    assert "Officials said" not in article.text


def test_a_long_numbered_contents_list_does_not_part_the_lead_from_the_sections() -> None:
    names = ["Soil", "Costs", "Votes", "Works", "Parks", "Trams", "Schools", "Budget", "Future"]
    toc, body = ["Contents"], []
    for n, name in enumerate(names, start=1):
        toc += [f"{n} The {name}", f"{n}.1 Early {name}", f"{n}.2 Later {name}"]
        for head in (f"The {name}", f"Early {name}", f"Later {name}"):
            body += [head, PROSE[n % len(PROSE)]]
    lead = ("Riverside is a district of the city on the north bank of the river, home to about "
            "forty thousand people and to the oldest wharves of the port.")
    article = clean_text(paste(lead, *toc, *body))
    assert lead in article.text
    assert "2.1 Early Costs" not in article.text
    assert "\nLater Budget\n" in article.text


def test_a_name_then_a_dated_stamp_is_the_byline() -> None:
    header = ("Home\nNews\n\nCity Council Approves a New Plan for the Northern Riverside Parks\n"
              "Dan Goodin - Apr 16, 2015 8:02 pm UTC\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Dan Goodin",)
    assert article.published is not None and article.published.startswith("2015-04-16")


def test_an_agency_video_label_is_not_a_byline() -> None:
    header = ("Home\nNews\n\nCity Council Approves a New Plan for the Northern Riverside Parks\n"
              "AFP Videos\nMarch 4, 2024\n")
    assert clean_text(header + "\n".join(PROSE)).authors == ()


def test_the_editor_named_after_the_author_label_is_not_called_editor() -> None:
    text = ("国产芯片加速落地 多家智算中心完成适配\n"
            "2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳\n"
            "据了解，长三角地区多家智算中心已经完成国产人工智能芯片的适配工作，相关企业表示，"
            "今年将进一步扩大部署规模，推动国产算力在更多行业落地应用。\n"
            "业内人士认为，国产芯片在软件生态方面仍需加强，但随着应用场景不断丰富，"
            "市场对国产算力的需求将持续增长，产业链上下游的合作也会更加紧密。\n")
    assert clean_text(text).authors == ("肖春芳",)


def test_a_two_line_section_heading_stays() -> None:
    heads = ["Where the Money Comes From", "A regional fund and a city loan"]
    article = clean_text(paste(*PROSE[:3], *heads, *PROSE[3:]))
    for head in heads:
        assert f"\n{head}\n" in article.text


def test_a_list_announced_after_a_box_of_links_is_the_text_again() -> None:
    box = ["Other People Are Reading", "* Plant Terrarium Ideas", "* How to Water Moss"]
    need = ["What You'll Need:", "* Cloche", "* Floral foam", "* Moss"]
    article = clean_text(paste(*PROSE[:2], *box, *need, *PROSE[2:]))
    assert "* Plant Terrarium Ideas" not in article.text
    for line in need:
        assert line in article.text


def test_a_membership_appeal_is_furniture_and_joining_a_body_is_not() -> None:
    appeal = "Want to see fewer ads? Become a Member."
    nato = "Finland will become a member of the alliance next year, officials said on Monday."
    article = clean_text(paste(*PROSE[:3], nato, *PROSE[3:], appeal, "Order Now"))
    assert nato in article.text
    assert appeal not in article.text


def test_a_closing_invitation_to_more_articles_is_dropped() -> None:
    invite = "Check out more articles on Courier.com!"
    article = clean_text(paste(*PROSE, invite))
    assert PROSE[-1] in article.text
    assert invite not in article.text


def test_a_long_licence_notice_in_the_footer_is_boilerplate() -> None:
    notice = ("Except as otherwise noted, any code samples from the Riverside project are "
              "licensed under a BSD-style license. Other content on this page is licensed under "
              "the Creative Commons Attribution 3.0 License. For details, see our site policies.")
    article = clean_text(paste(*PROSE, notice))
    assert removed_lines(article)[notice] == "boilerplate"


def test_the_japanese_share_button_is_share_furniture() -> None:
    article = clean_text(paste(*PROSE[:2], "シェアする", *PROSE[2:]))
    assert removed_lines(article)["シェアする"] == "share"


def test_a_short_brief_is_not_replaced_by_the_list_of_links_under_it() -> None:
    brief = ("The harbour bridge will close at 10 p.m. tonight for repairs to its lights, "
             "the port said.")
    links = [f"* {head}" for head in (
        "Bus lines to change routes during summer works in the city centre",
        "Council approves new budget after a long debate on school spending",
        "Why the river is lower than ever this year, according to scientists",
        "New cycle lanes open in the south of the city next to the park",
        "School meals to cost more from September, says the education office",
        "Museum reopens after two years of repairs to its roof and walls",
        "Tram line will not reach the airport before 2030, officials say",
        "Five things to know about the new parking rules in the old town",
    )]
    text = "Home\nNews\nBrief: Harbour bridge closed tonight\n\n" + brief + "\n\nMore news\n"
    article = clean_text(text + "\n".join(links))
    assert brief in article.text
    assert "Museum reopens" not in article.text


def test_a_sign_up_box_in_the_middle_of_the_article_does_not_end_it() -> None:
    box = [
        "Sign up for the Morning Briefing",
        "Our editors' pick of the day's most important stories, delivered to your inbox.",
        "Email addressSign up",
        "By signing up you agree to our privacy policy. We may also send you offers.",
        "Lessons from abroad",
    ]
    article = clean_text(paste(*PROSE[:2], *box, *PROSE[2:]))
    assert PROSE[-1] in article.text
    assert "Sign up for the Morning Briefing" not in article.text


def test_a_most_read_box_with_teasers_and_no_paragraph_after_it_ends_the_article() -> None:
    # A topics line, then ranked headlines with their numbers glued on, then
    # teasers whose one-line summaries read like sentences.
    most_read = [
        "Topics Business, Culture, UK",
        "Most read",
        " 1. 1Opinion: the suburbs are not going anywhere",
        " 2. 2Quiz of the week: who said it?",
        " 3. 3Markets react to surprise rate decision",
        " 4. 4The best films of the year so far",
        " 5. 5What the polls say about the next election",
        "More on this story",
        "Quiz of the week: who said it?",
        "It started with a single workshop in a garage.",
        "The best films of the year so far",
        "It started with a single workshop in a garage.",
        "Markets react to surprise rate decision",
        "Our critics pick the openings worth the trip.",
    ]
    article = clean_text(paste(*PROSE, "", "\n\n".join(most_read)))
    assert PROSE[-1] in article.text
    for line in most_read[1:]:
        assert line.strip() not in article.text.split("\n")


def test_a_related_box_followed_by_more_paragraphs_does_not_end_the_article() -> None:
    box = ["Other People Are Reading", "* Plant Terrarium Ideas", "* Moss in glass jars"]
    article = clean_text(paste(*PROSE[:3], *box, *PROSE[3:]))
    assert PROSE[-1] in article.text


def test_a_table_of_numbers_in_the_article_stays_whether_tabs_or_spaces_part_its_cells() -> None:
    for gap in ("\t", "  "):
        rows = [gap.join(r) for r in (("2016", "876", "3%"), ("2017", "839", "30%"),
                                      ("2018", "589", "15%"), ("2019", "771", "9%"))]  # fmt: skip
        article = clean_text(paste(*PROSE[:3], "Year" + gap + "Output" + gap + "Change", *rows,
                                   *PROSE[3:]))  # fmt: skip
        for row in rows:
            assert row in article.text.split("\n"), (repr(gap), row)


def test_a_press_release_credit_line_is_not_taken_for_the_standfirst() -> None:
    header = (
        "PR Wireline\n* News\n* Contact\n\n"
        "Corvane Technologies Expands Production With New Site in Ashford\n\n"
        "The new site includes a clean room of 4,000 square metres and a laboratory.\n\n"
        "News provided by Corvane Technologies\n\nJul 07, 2020, 10:14 ET\n\n"
    )
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == "Corvane Technologies Expands Production With New Site in Ashford"
    assert article.authors == ()


def test_a_breadcrumb_item_above_the_headline_is_not_the_headline() -> None:
    text = (
        "Fieldbook Docs\n* Home\n* Guides\n* Using the command-line client\n"
        "Using the command-line client\n" + "\n".join(PROSE)
    )
    assert clean_text(text).title == "Using the command-line client"


def test_a_byline_with_a_middle_initial_names_the_whole_author() -> None:
    header = ("Home\nNews\n\n" + TITLE + "\n"
              "By Nelson D. Schwartz\nMarch 4, 2024\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Nelson D. Schwartz",)
    assert article.title == TITLE


def test_a_name_beside_a_follow_button_is_the_byline() -> None:
    header = ("Write\nSign in\n\n" +
              TITLE + "\n"
              "Jane Holloway·Follow\n6 min read·Mar 4, 2024\n124\nListen\nShare\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Jane Holloway",)
    assert article.title == TITLE


def test_a_themes_post_meta_list_gives_the_byline_and_date() -> None:
    header = ("Harbour Light Journal\n* Home\n* About\n* Contact\n\n" +
              TITLE + "\n"
              "* Post author By Jane Holloway\n* Post date March 4, 2024\n"
              "* 3 Comments on City Council Approves a New Plan\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Jane Holloway",)
    assert article.title == TITLE
    assert published_on(article, "2024-03-04")


def test_a_list_item_above_the_byline_is_never_the_headline() -> None:
    header = ("Home\nNews\n* Sections\n* Log out Sign in\nSunday, March 3, 2024 11:57 AM UTC\n")
    assert clean_text(header + "\n".join(PROSE)).title != "* Log out Sign in"


def test_a_blog_post_dated_above_its_headline_keeps_headline_and_date() -> None:
    header = ("Slow Transit\nNotes on cities and trains.\nFriday, November 5, 2021\n" +
              TITLE + "\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE
    assert published_on(article, "2021-11-05")
    assert article.text.startswith(PROSE[0])


def test_the_icons_of_a_share_bar_do_not_hide_the_headline_above_them() -> None:
    header = ("* News\n* World\n" +
              TITLE + "\n"
              "*\n*\n*\n+\nPhoto: the riverside at dusk (Credit: Jane Roe)\n* Our Staff\n"
              "16 November 2017 • 2:15pm\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE


def test_nested_list_items_rendered_with_o_bullets_are_list_items() -> None:
    header = ("Home\n* Opinion\no Cities\n"
              "o The big parks debate: what the council will not tell you\n"
              "+\nMonday, March 4, 2024 11:57 AM UTC\n" +
              TITLE + "\n")
    article = clean_text(header + "\n".join(PROSE[:3]) + "\nIt has three parts:\n"
                         "o Parks along the river\no Schools near the parks\n" + PROSE[3])
    assert article.title == TITLE
    assert "<li>Parks along the river</li>" in article.html


def test_a_list_copied_without_its_bullets_between_paragraphs_stays_whole() -> None:
    items = ("New funding for track maintenance\nTax credits for first-time buyers\n"
             "More frequent trains at weekends\n")
    text = paste(PROSE[0] + "\n", PROSE[1] + "\n", items, PROSE[2] + "\n", PROSE[3], PROSE[4])
    article = clean_text(text)
    assert "New funding for track maintenance\nTax credits for first-time buyers\n" in article.text
    assert "<li>New funding for track maintenance</li>" in article.html
    assert "More frequent trains at weekends" in article.text


def test_links_then_a_sign_up_box_in_the_middle_of_the_article_do_not_end_it() -> None:
    box = [
        "\nAdvertisement\n",
        "Read more",
        "Five things we learned from the budget",
        "The quiet village that became a tech hub",
        "Sign up for the Morning Briefing\n",
        "Our editors' pick of the day's most important stories, delivered to your inbox.\n",
        "Email address",
        "Sign up\n",
        "By signing up you agree to our privacy policy. We may also send you offers.\n",
    ]
    article = clean_text(paste(*PROSE[:3], *box, PROSE[3] + "\n", PROSE[4]))
    assert PROSE[3] in article.text and PROSE[4] in article.text
    assert "Sign up for the Morning Briefing" not in article.text
    assert "The quiet village that became a tech hub" not in article.text


def test_two_bare_names_beside_the_date_are_the_authors() -> None:
    header = ("Home\nNews\nLive\n" +
              TITLE + "\n\n"
              "The vote ends five years of argument over the old wharves.\n\n"
              "Hannah Lindqvist and James O'Connor\n\nWed 22 Dec 2021 08.39 GMT\n\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Hannah Lindqvist", "James O'Connor")
    assert article.title == TITLE
    assert article.subtitle == "The vote ends five years of argument over the old wharves."


def test_names_joined_by_an_ampersand_over_their_trade_are_the_authors() -> None:
    header = ("Home\nNews\nSign inSearch\n" +
              TITLE + "\n"
              "27 September 2023\nShareSave\nRobert Ellison & Samuel Adeyemi\nBusiness reporter\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.authors == ("Robert Ellison", "Samuel Adeyemi")
    assert article.title == TITLE


def test_a_lone_section_tag_under_the_headline_does_not_hide_it() -> None:
    header = ("Chipmakers Community\nSign UpLog In\n"
              "Is the rent data in this report right?\nScience\nharbour_dan\nJul 26, 2024\n\n")
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == "Is the rent data in this report right?"


def test_a_byline_under_a_headline_and_standfirst_that_read_as_prose_is_found() -> None:
    header = ("Home\nWorld\nBusiness\nBreaking A beginner's guide to growing tomatoes\n"
              "Home › World\n"
              "Ardent Logistics to spend $20 billion on chip plant as self-reliance push "
              "gathers pace\n\n"
              "Hospitals in the region treated more patients for heat-related illness in "
              "August.\n\n"
              "By Tomás Herrera, Science reporter Published November 21, 2019\n"
              "ShareFacebookXEmailSave\n\n")
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == (
        "Ardent Logistics to spend $20 billion on chip plant as self-reliance push gathers pace"
    )
    assert article.authors == ("Tomás Herrera",)
    assert published_on(article, "2019-11-21")
    assert "Ardent Logistics to spend" not in article.text


def test_a_blogs_name_and_tagline_over_the_date_are_not_the_headline() -> None:
    header = ("Notes from the Field\n\nSmall notes on big changes.\n\nThursday, August 4, 2022\n" +
              TITLE + "\n")
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert published_on(article, "2022-08-04")


def test_a_paste_that_starts_at_the_headline_keeps_it_over_a_line_under_the_date() -> None:
    header = (TITLE + "\n"
              "The vote ends five years of argument over the old wharves.\n"
              "By Jane Holloway\nMarch 4, 2024\nA new chapter for the riverside\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE


def test_a_three_character_japanese_name_beside_the_date_is_the_author() -> None:
    text = ("ニュース\n経済\n科学\nログイン\n広島市議会、新しい都市計画を可決\n"
            "2025年1月31日 10時24分\n田中健\nこの記事をシェアXFacebookLINE\n\n"
            "市議会は月曜日の夜、新しい都市計画を賛成多数で可決しました。一方で、補助金が過剰な"
            "生産能力につながるとの懸念も出ています。\n\n"
            "専門家は「一度の猛暑だけで傾向を判断することはできない」と話しています。物価上昇率は"
            "10月まで3か月連続で鈍化しました。住民の間では、交通量の増加を心配する声も上がっています。\n")
    article = clean_text(text)
    assert article.authors == ("田中健",)
    assert article.title == "広島市議会、新しい都市計画を可決"


def test_a_post_signed_under_its_text_names_the_author() -> None:
    header = ("Slow Transit\n\nNotes on cities and trains.\n\nFriday, November 5, 2021\n" +
              TITLE + "\n")
    tail = ("Posted by Daniel Okafor at 07:55 PM\n"
            "Email ThisBlogThis!Share to XShare to Facebook\nLabels: Cities, Parks\n3 comments:\n")
    article = clean_text(header + "\n\n".join(PROSE) + "\n" + tail)
    assert article.authors == ("Daniel Okafor",)
    assert "Posted by" not in article.text


def test_a_source_glued_to_the_date_is_neither_headline_nor_author() -> None:
    header = ("Home\nNews\nEntering a modal\n" +
              TITLE + "\n"
              "Ben Silverman\nYahoo FinanceOctober 13, 2016\n11 Comments\n\n")
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert article.authors == ("Ben Silverman",)
    assert published_on(article, "2016-10-13")


def test_a_posts_tag_under_its_date_does_not_hide_the_headline_under_them() -> None:
    header = ("Haki Benita\n* About\n* Subscribe\n* 21 September 2020\n* SQL\n" +
              TITLE + "\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE
    assert published_on(article, "2020-09-21")


def test_a_write_button_at_the_top_is_not_the_sites_name() -> None:
    header = ("Write\nSign up\nSign in\n" +
              TITLE + "\n"
              "Jane Holloway·Follow\n6 min read·Mar 4, 2024\n")
    assert clean_text(header + "\n".join(PROSE)).site != "Write"


def test_the_headline_printed_again_under_the_byline_wins_over_a_menu_line_above() -> None:
    header = ("* Sign In Join\n*\nPlaces near me Random place\n" +
              TITLE + "\n"
              "by Jane Holloway July 10, 2015\n" +
              TITLE + "\n"
              "Copy Link Facebook Twitter Reddit Flipboard Pocket\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE
    assert article.authors == ("Jane Holloway",)


def test_the_bylines_of_a_related_box_above_the_text_are_not_the_articles() -> None:
    header = ("Accueil\nMonde\n" +
              TITLE + "\n"
              "AFP 30 avril 2015 à 07:19\n* Facebook :Facebook\n* Twitter :Twitter\n"
              "Sur le même sujet\n* Reportage\nA Katmandou, exode sous pression\n"
              "Par Sébastien Farcis\n* interview\n"
              "Népal : «Plus les heures passent, moins on est utiles»\nPar Laurence Defranoux\n")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE
    assert "Sébastien Farcis" not in article.authors
    assert "Plus les heures passent" not in article.text
    assert article.text.startswith(PROSE[0])


def test_a_name_signed_with_a_time_beats_a_sources_name_beside_it() -> None:
    header = "Home\nNews\n" + TITLE + "\nTech Insider\nAlex Perry 1 day ago\nSHARE\nTWEET\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.authors == ("Alex Perry",)
    assert article.title == TITLE


def test_a_question_under_the_headline_and_a_logos_home_text_are_not_the_sites_name() -> None:
    header = ("Sign in\n" + TITLE + "\nJane Holloway\nFollow\nOct 18, 2019 · 8 min read\n"
              "Why does the council want parks?\n\n")
    assert clean_text(header + "\n\n".join(PROSE)).site != "Why does the council want parks?"
    header = ("* Skip to content\nhacks.mozilla.org Home\nGo\n* Home\n\n" + TITLE
              + "\nBy Jane Holloway\n")
    assert clean_text(header + "\n".join(PROSE)).site == "hacks.mozilla.org"


def test_a_short_heading_printed_twice_above_the_text_is_the_title() -> None:
    text = ("Skip to main content\nFieldbook Docs DocsAPIBlog\nGuides\nWorking offline\n"
            "Managing attachments\nUsing the command-line client\nReference\nGlossary\nHome\n"
            "Guides\nManaging attachments\nManaging attachments\n\n" + "\n\n".join(PROSE))
    assert clean_text(text).title == "Managing attachments"


def test_a_charts_source_credit_inside_the_text_is_a_caption() -> None:
    credit = "\nBy The New York Times | Source: Congressional Budget Office\n"
    article = clean_text(paste(*PROSE[:2], credit, *PROSE[2:]))
    assert "Congressional Budget Office" not in article.text
    assert PROSE[2] in article.text
    assert removed_lines(article).get(credit.strip()) == "caption"


def test_a_german_date_with_an_umlauted_month_is_the_publication_date() -> None:
    header = "Startseite\nWirtschaft\n\n" + TITLE + "\nVon Jana Becker\n6. März 2024, 10:15 Uhr\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert published_on(article, "2024-03-06")
    assert article.authors == ("Jana Becker",)


def test_a_date_line_with_the_publication_and_the_update_gives_the_publication() -> None:
    header = ("Accueil\nPolitique\n\n" + TITLE + "\n\nPar Élise Lucet\n"
              "Publié le 04 février 2024 à 10h15, modifié le 05 février 2024 à 08h00\n\n")
    assert published_on(clean_text(header + "\n\n".join(PROSE)), "2024-02-04")


def test_a_listen_button_with_its_length_and_a_time_zone_after_am_are_header_furniture() -> None:
    header = ("Home › News › Cities\n" + TITLE + "\nListen to this article · 5 min\nShare\n"
              "Jane Doe\nMarch 4, 2024 at 10:15 a.m. EST\n\n")
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.subtitle is None
    assert article.authors == ("Jane Doe",)
    assert published_on(article, "2024-03-04T10:15")


def test_prompts_and_embed_links_between_paragraphs_leave_the_text() -> None:
    for junk in ("Continue reading below", "Click here to read more", "Don't miss",
                 "pic.twitter.com/AbCdEf123"):
        article = clean_text(paste(*PROSE[:2], "\n" + junk + "\n", *PROSE[2:]))
        assert junk not in article.text, junk
        assert all(p in article.text for p in PROSE), junk


GERMAN = [
    "Der Stadtrat hat am Dienstagabend einen lange umstrittenen Plan beschlossen, der das "
    "Flussufer in eine Kette öffentlicher Parks verwandeln soll.",
    "Der Plan war bereits 2019 vorgeschlagen worden, scheiterte aber zweimal an den Kosten für "
    "die Sanierung der alten Hafenanlagen.",
    "Befürworter argumentierten, die Parks würden Familien in einen Teil der Stadt "
    "zurückbringen, der seit einem Jahrhundert vom Wasser abgeschnitten ist.",
    "Die Arbeiten am ersten Park sollen im Herbst beginnen, sobald die letzten Genehmigungen "
    "der Umweltbehörde vorliegen.",
]


def test_a_bare_related_label_over_paragraphs_set_off_by_blank_lines_does_not_cut_them() -> None:
    text = ("Startseite\nPolitik\n\nDer Stadtrat beschließt den Parkplan\n\n"
            + "\n\n".join([*GERMAN[:2], "Mehr zum Thema", *GERMAN[2:]]))
    article = clean_text(text)
    assert all(p in article.text for p in GERMAN)
    assert "Mehr zum Thema" not in article.text


def test_prompts_between_paragraphs_in_german_french_and_spanish_leave_the_text() -> None:
    for junk in ("Weiterlesen nach der Anzeige", "Artikel wird unter der Anzeige fortgesetzt",
                 "La suite après cette publicité", "Article réservé aux abonnés",
                 "Lire la suite", "Sigue leyendo"):
        text = ("Startseite\nPolitik\n\nDer Stadtrat beschließt den Parkplan\n\n"
                + "\n\n".join([*GERMAN[:2], junk, *GERMAN[2:]]))
        article = clean_text(text)
        assert junk not in article.text, junk
        assert all(p in article.text for p in GERMAN), junk


def test_a_name_under_share_buttons_under_the_date_is_the_byline() -> None:
    header = "Home\nNews\nSport\n" + TITLE + "\n4 March 2024\nShare\nSave\nJane Doe\nBBC News\n\n"
    assert clean_text(header + "\n\n".join(PROSE)).authors == ("Jane Doe",)


def test_a_numeric_date_line_beside_a_japanese_name_gives_the_date_and_the_author() -> None:
    text = ("ホーム\nニュース\n\n市議会、河岸公園計画を可決\n\n2024/03/06 10:15\n佐藤花子\n\n"
            "市議会は月曜日の夜、新しい都市計画を賛成多数で可決しました。川沿いを六年かけて公園に"
            "変える計画です。\n\n計画は二〇一九年に初めて提案されましたが、旧工業用岸壁の土壌浄化"
            "費用をめぐって二度にわたり頓挫していました。\n")
    article = clean_text(text)
    assert article.authors == ("佐藤花子",)
    assert published_on(article, "2024-03-06T10:15")


def test_a_row_of_glued_account_buttons_is_not_the_standfirst_of_a_teaser() -> None:
    header = (
        "Home\nNews\n"
        "The quest to save the old harbour cranes Henry Grabar\n"
        "Log out Sign in\n"
        "Sunday, Feb 1, 2015 11:57 AM UTC\n" + TITLE + "\n"
        "The vote ends five years of argument over the old wharves.\n"
        "Richard (R.J.) Eskow\nShare\n\n"
    )
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    dek = "The vote ends five years of argument over the old wharves."
    assert article.subtitle == dek or article.text.startswith(dek)
    assert article.authors == ("Richard (R.J.) Eskow",)
    assert removed_lines(article)["Log out Sign in"] == "menu"


def test_buttons_copied_as_one_line_are_furniture_but_headlines_are_not() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("Log out Sign in") == "menu"
    assert lexicon_reason("Sign UpLog In") is not None
    assert lexicon_reason("ShareSave") == "share"
    assert lexicon_reason("Share 12 Comments 4") is not None
    assert lexicon_reason("« Previous entry | Next entry »") == "menu"
    assert lexicon_reason("ログイン会員登録") == "menu"  # Chinese and Japanese buttons, unspaced
    assert lexicon_reason("市議会、北岸の公園整備計画を可決") is None
    assert lexicon_reason("Technology, Opinion, World | Permalink | Comments (4) | Email this")
    for headline in ("Health Care", "The Future of News", "Science Fiction", "News of the World"):
        assert lexicon_reason(headline) is None
    # A paid service's note is furniture; a series note is the editors' word on the text.
    assert lexicon_reason("This article is part of POLITICO Pro") == "newsletter"
    assert lexicon_reason("This article is part of a series on water") is None
    assert lexicon_reason("Follow us on X @RiversideCourier") == "share"
    assert lexicon_reason("Click here to get the morning briefing") == "boilerplate"
    assert lexicon_reason("Was this article helpful?") == "boilerplate"
    assert lexicon_reason("This article was originally published by the Courier.") is not None
    assert lexicon_reason("Follow the money, investigators said.") is None
    assert lexicon_reason("Follow The Riverside Courier") == "share"


def test_a_show_name_over_a_share_bar_after_the_text_is_not_an_author_box() -> None:
    tail = "\nGood Morning America\nShare\nCricketwireless.Com/LGG2 Sponsored\n"
    article = clean_text(paste(*PROSE, tail=tail))
    assert article.authors == ("Jane Holloway",)
    assert article.site != "cricketwireless.com"


def test_a_headline_right_under_a_labelled_list_of_links_is_not_one_of_its_items() -> None:
    header = (
        "MENÚ\nBUSCAR\nServicios:\nHoróscopo\nTránsito y transporte\nSudoku\n"
        "Suscribite\n" + TITLE + "\n"
    )
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE


def test_a_headline_without_the_bullets_of_the_labelled_list_above_it_is_not_an_item() -> None:
    """BBC Chinese: "检索词:" over its edition links ("* 简体版"), then the headline and date."""
    headline = "港特首就住宅违建事件道歉"
    paste = "\n".join(["检索词:", "BBC Chinese", "* 简体版", "* 繁體版", headline,
                       "更新时间 2012年12月10日, 格林尼治标准时间10:41", *ZH_ARTICLE])  # fmt: skip
    assert clean_text(paste).title == headline


def test_a_list_announced_by_a_label_keeps_its_last_item_over_the_text() -> None:
    header = "Home\nNews\n\n" + TITLE + "\n\nBy Jane Holloway\nMarch 4, 2024\n\n"
    items = "What the council will build:\nA playground\nA boat ramp\nA riverside path\n"
    article = clean_text(header + PROSE[0] + "\n\n" + items + "\n".join(PROSE[1:]))
    assert "A riverside path" in article.text.split("\n")


def test_a_posts_tag_copied_without_its_bullet_does_not_hide_the_headline_or_the_dek() -> None:
    dek = "What the New Parks Will Change for the Riverside"
    header = "Harbour Notes\nAbout\nSubscribe\n21 September 2020\nParks\n" + TITLE + "\n" + dek + "\n"
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == TITLE
    assert article.subtitle == dek
    assert published_on(article, "2020-09-21")


def test_a_forum_posters_handle_over_the_date_is_the_author_and_a_section_tag_is_not() -> None:
    header = "Riverton Transit Forum\nSign UpLog In\n" + TITLE + "\nWorld\nharbour_dan\nJun 28, 2022\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.authors == ("harbour_dan",)
    assert "harbour_dan" not in article.text
    untagged = header.replace("harbour_dan\n", "")
    assert clean_text(untagged + "\n\n".join(PROSE)).authors == ()


def test_a_table_under_a_sign_up_box_inside_the_text_keeps_the_rest_of_the_article() -> None:
    box = [
        "Sign up for the Morning Briefing",
        "Our editors' pick of the day's most important stories, delivered to your inbox.",
        "Email addressSign up",
        "By signing up you agree to our privacy policy.",
    ]
    table = [
        "Year  Output (million units)  Share of demand",
        "2016  131                     25%",
        "2017  43                      8%",
        "2018  105                     8%",
        "2019  402                     25%",
    ]
    article = clean_text(paste(*PROSE[:2], *box, *table, *PROSE[2:]))
    assert PROSE[-1] in article.text
    assert "2017  43" in article.text
    assert "Morning Briefing" not in article.text


def test_a_link_preview_card_between_paragraphs_is_not_the_article() -> None:
    card = "\nLetters: readers on the new bike lanes\nIt started with a single workshop.\nCapital Observer\n"
    text = HEADER + "\n" + "\n\n".join([*PROSE[:2], card, *PROSE[2:]])
    article = clean_text(text)
    assert "readers on the new bike lanes" not in article.text
    assert "Capital Observer" not in article.text
    assert article.text.split("\n\n") == PROSE
    # The same lines parted by blank lines are a subheading and a paragraph of the text.
    spaced = card.replace("\n", "\n\n").replace("\n\nCapital Observer", "")
    kept = clean_text(HEADER + "\n" + "\n\n".join([*PROSE[:2], spaced, *PROSE[2:]]))
    assert "It started with a single workshop." in kept.text


def test_a_headline_standfirst_and_name_over_the_text_are_not_a_link_card() -> None:
    dek = "The vote ends five years of argument over the old wharves."
    header = "Home\nNews\n\n" + TITLE + "\n" + dek + "\nJane Holloway\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert article.subtitle == dek or article.text.startswith(dek)


def test_a_name_then_its_trade_after_a_comma_is_the_byline() -> None:
    dek = "The vote ends five years of argument over the old wharves."
    header = "Home\nNews\n\n" + TITLE + "\n" + dek + "\nJane Holloway, City reporter\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert article.authors == ("Jane Holloway",)
    assert "City reporter" not in article.text


def test_a_section_name_between_the_date_and_the_headline_does_not_hide_it() -> None:
    header = "Sign inSubscribe\nPublished 2 hours ago\nPolitics\n" + TITLE + "\n\n"
    assert clean_text(header + "\n\n".join(PROSE)).title == TITLE


def test_a_breadcrumb_between_the_date_and_the_headline_does_not_hide_it() -> None:
    header = "Skip to content\nMenu\nMarch 4, 2024\nHome › News › Cities\n" + TITLE + "\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert published_on(article, "2024-03-04")


def test_a_date_right_above_the_headline_at_the_top_of_a_paste_is_the_publication_date() -> None:
    for top in ("04.03.2024, 10:15 Uhr\nPolitik\n", "2024年3月4日 10時15分\n", "4 mars 2024\n"):
        article = clean_text(top + TITLE + "\nBy Jane Holloway\n\n" + "\n\n".join(PROSE))
        assert published_on(article, "2024-03-04"), top
    # The "today" bar over the site's menu is still not the publication date.
    bar = "Sat. Apr 20th, 2024\nHome\nNews\nWorld\n" + TITLE + "\nBy Jane Holloway\n\n"
    assert clean_text(bar + "\n\n".join(PROSE)).published is None


def test_unspaced_japanese_account_buttons_above_the_headline_are_not_it() -> None:
    text = (
        "ログイン会員登録\n\n市議会、北岸の公園整備計画を可決\n\n"
        "市議会は火曜日、北岸を今後六年かけて公園の連なりに変える長年の懸案だった計画を可決しました。\n\n"
        "計画は二〇一九年に初めて提案されましたが、土壌浄化費用をめぐって二度にわたり頓挫していました。\n"
    )
    assert clean_text(text).title == "市議会、北岸の公園整備計画を可決"


def test_a_sentence_case_headline_that_reads_as_prose_opens_the_text_as_its_title() -> None:
    title = "Le conseil municipal adopte un nouveau plan pour les parcs de la rive nord"
    text = (
        "Se connecterS'abonner\nEXCLUSIF\n" + title + "\nÉlise Lucet\n\n"
        "Le conseil municipal a approuvé mardi un projet longtemps débattu qui transformera la "
        "rive nord en une chaîne de parcs publics au cours des six prochaines années.\n\n"
        "Le projet, proposé pour la première fois en 2019, avait été bloqué à deux reprises en "
        "raison du coût de la dépollution des sols le long des anciens quais industriels.\n"
    )
    article = clean_text(text)
    assert article.title == title
    assert article.text.startswith("Le conseil municipal a approuvé")
    assert article.authors == ("Élise Lucet",)
    assert article.site != "Exclusif"


def test_a_blogs_weekday_date_right_over_the_post_title_is_its_date() -> None:
    header = "Harbour Light Journal\n\nSmall notes on big changes.\n\nSunday, November 6, 2022\n\n"
    article = clean_text(header + TITLE + "\n\n" + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert published_on(article, "2022-11-06")


def test_a_date_line_in_lower_case_is_not_joined_to_the_line_above() -> None:
    header = "Accueil\nPolitique\n" + TITLE + "\nPar Élise Lucet et Tom Reed\nle 4 mars 2024 à 10:15\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.authors == ("Élise Lucet", "Tom Reed")
    assert published_on(article, "2024-03-04")
    undated = clean_text("Politique\n" + TITLE + "\nle 4 mars 2024 à 10:15\n\n" + "\n\n".join(PROSE))
    assert undated.title == TITLE


def test_the_word_before_a_date_is_not_part_of_a_name() -> None:
    from clipper.clean import names

    for byline in ("Tom Reed le 4 mars 2024", "Tom Reed am 4. März 2024", "Tom Reed on March 4, 2024"):
        assert names.clean_names(names.split_names(byline)) == ["Tom Reed"]


def test_a_headline_then_the_authors_name_then_the_standfirst() -> None:
    dek = "Nach fünf Jahren Streit um die alten Kais fällt die Entscheidung."
    header = "AnmeldenAbonnieren\n\nPolitik\n\n" + TITLE + "\n\nJana Becker\n\n" + dek
    article = clean_text(header + "\n\nArtikel teilen\n\nMerken\n\n" + "\n\n".join(PROSE))
    assert article.title == TITLE
    assert article.authors == ("Jana Becker",)
    assert article.subtitle == dek


def test_a_name_or_handle_between_the_headline_and_a_heading_like_standfirst() -> None:
    dek = "What the New Parks Will Change for the Riverside"
    for name in ("Richard (R.J.) Eskow", "Jane Holloway", "harbour_dan"):
        for middle in (name + "\n" + dek, dek + "\n" + name):
            header = "Sign inSubscribe\nEXCLUSIVE\n" + TITLE + "\n" + middle + "\nShare\nSave\n\n"
            article = clean_text(header + "\n\n".join(PROSE))
            assert article.title == TITLE, middle
            assert article.subtitle in (dek, None), middle


JAPANESE = [
    "市議会は火曜日、北岸を今後六年かけて公園の連なりに変える長年の懸案だった計画を賛成多数で可決しました。",
    "計画は二〇一九年に初めて提案されましたが、旧工業用岸壁の土壌浄化費用をめぐって二度にわたり頓挫していました。",
    "賛成派は、公園が一世紀以上にわたって水辺から切り離されてきた地域に家族を呼び戻すと主張しました。",
    "反対派は、その資金は道路や学校の修繕に充てるべきだと述べ、最終的に二人の議員が反対票を投じました。",
]


def test_chinese_and_japanese_paragraphs_one_a_line_are_not_taken_for_wrapped_text() -> None:
    body = [JAPANESE[0], "広告", JAPANESE[1], JAPANESE[2], "関連記事：バス路線、夏に経路変更", JAPANESE[3]]
    text = "トップ\n\n市議会、北岸の公園整備計画を可決\n2024年3月4日\n佐藤花子\n\n" + "\n".join(body)
    article = clean_text(text)
    assert article.text.split("\n\n") == JAPANESE
    assert article.subtitle is None


def test_a_chinese_related_label_is_furniture_but_a_sentence_opening_with_its_first_word_is_not() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("相关阅读：公交线路夏季调整") == "related"
    assert lexicon_reason("関連記事：バス路線、夏に経路変更") == "related"
    assert lexicon_reason("相关部门表示，将加强对企业的监督检查。") is None
    # "此前报道：<headline>" links the story's earlier reports; "此前报道称" opens a sentence
    assert lexicon_reason("此前报道：港媒曝陈同佳出狱前首受访 称“对不起香港人”") == "related"
    assert lexicon_reason("往期回顾：公交线路夏季调整") == "related"
    assert lexicon_reason("此前报道称，该公司已于上月提交申请。") is None
    for label in ("为你推荐", "精华推荐", "大家都在看", "热门搜索", "最热文章"):  # boxes' headings
        assert lexicon_reason(label) == "related", label
    # the pager to the neighbouring articles, its labels in brackets
    pager = "【上一篇】 财政部又发大消息！银行股逆市狂拉 【下一篇】 国庆小长假如何躺着赚钱"
    assert lexicon_reason(pager) == "menu"
    assert lexicon_reason("[下一篇] 华为发布5G芯片") == "menu"
    assert lexicon_reason("上一篇文章讲到，华为发布了5G芯片。") is None
    # an embedded video's caption over the text; "视频显示，……" opens a sentence
    assert lexicon_reason("视频-这个中国人习以为常的地方为何老外却说“了不得”?") == "caption"
    assert lexicon_reason("视频|网友纷纷祝袁隆平长命超百岁，成为“00后”！") == "caption"
    assert lexicon_reason("视频显示，陈同佳走出监狱后上车离开了现场。") is None


def test_the_sites_own_terms_in_its_own_voice_are_boilerplate() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    contributors = (
        "Your Take contributions have not been reviewed for accuracy by USA TODAY. Contributors "
        "agree to our Terms of Service and are responsible for the content of their videos and "
        "photos. Please report any content that violates the terms."
    )
    assert lexicon_reason(contributors) == "boilerplate"
    assert lexicon_reason("By submitting you agree to our Terms of Service") == "boilerplate"
    assert lexicon_reason("By signing up you agree to our Terms of Service.") == "newsletter"
    reported = "Users agree to the terms of service when they sign up, the lawsuit says."
    assert lexicon_reason(reported) is None


def test_a_byline_beside_its_date_with_a_dot_between_gives_the_names_alone() -> None:
    from clipper.clean import lines, textmeta

    for text, want in (
        ("Von Jana Becker und Tom Reed · Stand: 4. März 2024", ["Jana Becker", "Tom Reed"]),
        ("Par Élise Lucet · Publié le 04 mars 2024 à 10h15", ["Élise Lucet"]),
        ("Jane Holloway · Follow · 4 March 2024 10:15 GMT", ["Jane Holloway"]),
        ("Jane Holloway, City reporter · 4 March 2024 10:15 GMT", ["Jane Holloway"]),
    ):
        assert textmeta.byline_names(lines.make_lines(text, None)[0]) == want, text


def test_a_name_then_a_mastheads_name_in_capitals_then_a_time_and_a_date_is_a_byline() -> None:
    from clipper.clean import lines, textmeta

    line = "Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014"
    assert textmeta.byline_names(lines.make_lines(line, None)[0]) == ["Jefferson Graham"]
    article = clean_text(HEADER.replace("By Jane Holloway\nMarch 4, 2024", line) + "\n".join(PROSE))
    assert article.authors == ("Jefferson Graham",)
    assert article.published == "2014-01-25T15:53:00-05:00"


def test_a_story_highlights_label_is_no_author() -> None:
    # USA Today and CNN head their key points "Story Highlights": two capitalised words.
    box = "Story Highlights\n  * The council approved the plan by nine votes to two\n"
    article = clean_text(HEADER.replace("By Jane Holloway\n", "") + box + "\n".join(PROSE))
    assert article.authors == ()
    assert article.text.startswith(PROSE[0])


def test_a_songs_guest_in_brackets_is_no_photo_credit() -> None:
    # "(Lucy Akins)" closing a short line credits a photo; "(Ft. Stevie Wonder)" names a guest.
    from clipper.clean import lines

    headline = "“Only One” Lyrics : PJ Morton (Ft. Stevie Wonder)"
    assert not lines.is_caption(lines.make_lines(headline, None)[0])
    assert lines.is_caption(lines.make_lines("Moss laid over the oasis. (Lucy Akins)", None)[0])
    article = clean_text(HEADER.replace("City Council Approves a New Plan for the Northern Riverside Parks", headline) + "\n".join(PROSE))
    assert article.title == headline


def test_a_question_opening_the_text_stays_in_it() -> None:
    # (A question with a topic before a colon, "Riverside parks: what will change?",
    # is a headline's shape; a question alone may open the text.)
    question = "Is this the end of the riverside parks plan?"
    article = clean_text(paste(question, *PROSE))
    assert article.text.startswith(question)


def test_only_scripts_without_capitals_and_without_rules_of_their_own_give_caseless_names() -> None:
    from clipper.clean import lines

    assert lines.caseless_name("أحمد علي") and lines.caseless_name("राहुल शर्मा")
    for text in ("新华社 记者", "뉴스 홈", "Jane Doe", "أحمد", "أحمد علي محمد حسن"):
        assert not lines.caseless_name(text), text


def test_a_headline_in_guillemets_is_no_pager() -> None:
    title = "« Nous ne lâcherons rien sur les parcs de la rive nord »"
    text = HEADER.replace(TITLE, title) + "\n".join(PROSE)
    assert clean_text(text).title == title


def test_bylines_of_other_languages_give_each_name_as_it_is_cited() -> None:
    from clipper.clean import lines, textmeta

    for text, want in (
        # Greek prints the name in the genitive after "Του"/"Της"/"Των"
        ("Του Γιώργου Παπαδόπουλου", ["Γιώργος Παπαδόπουλος"]),
        ("Της Μαρίας Νικολάου", ["Μαρία Νικολάου"]),
        ("Των Γιώργου Παπαδόπουλου και Μαρίας Νικολάου",
         ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"]),
        # Dutch "en" is "and" ("en Chine" is French "in")
        ("Door Jan de Vries en Sanne Bakker", ["Jan de Vries", "Sanne Bakker"]),
        ("Par Jean Dupont en Chine", ["Jean Dupont"]),
        # Arabic joins "and" to the next name
        ("بقلم: أحمد المصري وسارة محمود", ["أحمد المصري", "سارة محمود"]),
        ("بقلم: أحمد وليد", ["أحمد وليد"]),  # one man, Ahmed Walid: no half is a name
        # a news agency after the name is no author
        ("Jan Kowalski, PAP", ["Jan Kowalski"]),
        ("Por João Silva / Agência Brasil", ["João Silva"]),
        ("POR JOÃO SILVA E ANA OLIVEIRA", ["João Silva", "Ana Oliveira"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        ("लेखक: राहुल शर्मा और प्रिया वर्मा", ["राहुल शर्मा", "प्रिया वर्मा"]),
    ):
        assert textmeta.byline_names(lines.make_lines(text, None)[0]) == want, text


def test_teasers_above_a_headline_that_reads_as_prose_are_not_the_article() -> None:
    title = "Le conseil municipal adopte un nouveau plan pour les parcs de la rive nord"
    paragraphs = [
        "Le conseil municipal a approuvé mardi un projet longtemps débattu qui transformera la "
        "rive nord en une chaîne de parcs publics au cours des six prochaines années.",
        "Le projet, proposé pour la première fois en 2019, avait été bloqué à deux reprises en "
        "raison du coût de la dépollution des sols le long des anciens quais industriels.",
    ]
    text = (
        "Les lignes de bus changent d'itinéraire cet été\n"
        "Les changements dureront jusqu'en septembre, selon la mairie.\n\n"
        "De nouvelles pistes cyclables ouvrent au sud\n"
        "Les habitants saluent les pistes mais réclament plus de passages.\n\n"
        "Accueil\n\n" + title + "\nPar Élise Lucet\n4 mars 2024\n\n" + "\n\n".join(paragraphs)
    )
    article = clean_text(text)
    assert article.title == title
    assert article.text.split("\n\n") == paragraphs
    assert article.authors == ("Élise Lucet",)


TAIWAN_PARAGRAPHS = [
    "台積電今日宣布，將在高雄廠區加碼投資，先進製程的擴產時程較原先規劃提前半年。"
    "公司表示，此舉是為了因應人工智慧晶片需求的快速成長。",
    "根據公司說明，新產線預計明年第二季開始試產，屆時將新增約三千個工作機會。"
    "高雄市政府表示，將全力協助用水與用電的調度。",
    "業界人士指出，台灣在全球晶圓代工市場的占有率已超過六成，此次擴產將進一步鞏固領先地位。"
    "不過也有專家提醒，電力供應仍是未來幾年最大的挑戰。",
]


def test_a_traditional_chinese_paste_loses_its_furniture_and_gives_its_reporter() -> None:
    # Taiwan's and Hong Kong's sites write the furniture in traditional
    # characters ("相關新聞", "延伸閱讀", "跳到主文") and sign "記者X／Y報導".
    text = (
        "跳到主文\n首頁\n即時\n政治\n國際\n財經\n登入\n\n"
        "台積電宣布在高雄加碼投資 先進製程擴產提前\n\n"
        "2024-03-06 14:30\n記者陳怡君／台北報導\n\n"
        f"{TAIWAN_PARAGRAPHS[0]}\n\n{TAIWAN_PARAGRAPHS[1]}\n\n"
        "相關新聞\n台積電法說會釋出樂觀展望\n半導體設備商訂單能見度提高\n\n"
        f"{TAIWAN_PARAGRAPHS[2]}\n\n"
        "延伸閱讀\nAI伺服器需求強勁 供應鏈全面受惠\n\n"
        "分享到臉書\n網友評論\n請先登入後再發表評論\n關於我們 | 廣告刊登 | 隱私權政策\n"
    )
    article = clean_text(text)
    assert article.title == "台積電宣布在高雄加碼投資 先進製程擴產提前"
    assert article.authors == ("陳怡君",)
    assert (article.published or "").startswith("2024-03-06")
    assert article.text.split("\n\n") == TAIWAN_PARAGRAPHS


def test_chinese_bylines_give_the_reporter_not_the_place_reported_from() -> None:
    from clipper.clean import lines, textmeta

    for text, want in (
        ("記者陳怡君／台北報導", ["陳怡君"]),
        ("〔記者陳怡君／台北報導〕", ["陳怡君"]),
        ("记者 陈怡君/北京报道", ["陈怡君"]),
    ):
        assert textmeta.byline_names(lines.make_lines(text, "zh")[0]) == want, text


def test_taiwans_furniture_words_are_furniture() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    for line, reason in (
        ("看更多", "related"),
        ("會員登入", "menu"),
        ("字級", "share"),
        ("隱私權政策", "boilerplate"),
        ("請先登入後再發表評論", "comments"),
    ):
        assert lexicon_reason(line) == reason, line


def test_a_chinese_blogs_menu_and_its_date_line_are_not_the_post() -> None:
    # A blog platform's page: the blog's menu (album, blog, guestbook, card),
    # "related posts", a date line, then the post's headline and its text.
    text = (
        "史蒂文的家_藍天\n跳到主文\n相簿\n部落格\n留言\n名片\n相關文章\n"
        "Dec 28 Sat 2013 00:28\n台積電宣布在高雄加碼投資 先進製程擴產提前\n"
        + "\n".join(TAIWAN_PARAGRAPHS)
        + "\n"
    )
    article = clean_text(text)
    assert article.title == "台積電宣布在高雄加碼投資 先進製程擴產提前"
    assert article.authors == ()
    assert (article.published or "").startswith("2013-12-28")
    assert article.text.split("\n\n") == TAIWAN_PARAGRAPHS


def test_a_copied_wikipedia_article_is_titled_by_the_line_over_its_tagline() -> None:
    # Hatnotes and an infobox stand between the title and the text, and an
    # infobox row reads as a headline; the tagline says which line the title is.
    lead = (
        "New Zealand (Māori: Aotearoa) is an island country in the southwestern Pacific "
        "Ocean. It consists of two main landmasses, the North Island and the South Island, "
        "and over 700 smaller islands."
    )
    body = (
        "The islands were the last large habitable land to be settled by humans. Between "
        "about 1280 and 1350, Polynesians began to settle in the islands and developed a "
        "distinctive Māori culture."
    )
    for tagline, site in (
        ("From Wikipedia, the free encyclopedia", "Wikipedia"),
        ("Aus Wikipedia, der freien Enzyklopädie", "Wikipedia"),
        ("Un article de Wikipédia, l'encyclopédie libre", "Wikipédia"),
    ):
        text = (
            f"New Zealand\n{tagline}\nJump to navigation Jump to search\n"
            "This article is about the country. For other uses, see New Zealand "
            "(disambiguation).\nCapital\tWellington\nLargest city\tAuckland\n"
            "Stages of independence  from the United Kingdom\n• Dominion\n26 September 1907\n"
            f"{lead}\n{body}\n"
        )
        article = clean_text(text)
        assert article.title == "New Zealand", tagline
        assert article.site == site
        assert tagline not in article.text
        assert lead in article.text and body in article.text


def test_a_row_of_columns_from_a_text_renderer_is_never_the_headline() -> None:
    # A text browser or renderer lays a two-column page side by side: the
    # blog's name and the sidebar's heading on one line, far apart.
    text = (
        "Minecraft News  Powered by Tumblr" + " " * 40 + "Official links:\n"
        + "\n".join(PROSE)
        + "\n"
    )  # fmt: skip
    article = clean_text(text)
    assert "Official links" not in article.title
    assert all(p in article.text for p in PROSE)


@pytest.mark.parametrize(
    "headline", ["China Tightens Chip Rules", "Monitoring Distributed Systems"]
)
def test_a_short_title_cased_headline_over_a_byline_is_no_author(headline: str) -> None:
    """Capitalised words read as a name; over someone else's "By" line they are the headline."""
    header = HEADER.replace(TITLE, headline).replace("By Jane", "Written by Jane")
    article = clean_text(header + "\n".join(PROSE))
    assert article.title == headline
    assert article.authors == ("Jane Holloway",)
    # An author's own name over the byline is still no headline.
    named = clean_text(HEADER.replace("By Jane", "Jane Holloway\nBy Jane") + "\n".join(PROSE))
    assert named.title == TITLE and named.authors == ("Jane Holloway",)


SHORT = "Council Backs Riverside Parks"  # four capitalised words: they read as a name


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # Over the standfirst, the byline under it.
        (f"Menu\nSearch\n\n{SHORT}\n\nThe vote ends five years of argument.\n\nBy Jane Holloway\n",
         ("Jane Holloway",)),
        # Over the date, menus above: beside a date is where a bare name stands.
        (f"Home\nNews\nCities · Parks\n{SHORT}\nMarch 4, 2024\n", ()),
        # Over the author's name and the date.
        (f"4 March 2024 10:15 GMT\nCities · Parks\n{SHORT}\nRichard (R.J.) Eskow\nShare\n",
         ("Richard (R.J.) Eskow",)),
        # Under the date, over a standfirst in title case.
        (f"Home\nNews\n4 March 2024 10:15 GMT\n{SHORT}\n"
         "What the New Parks Will Change for the Riverside\n", ()),
    ],
)
def test_a_short_headline_in_title_case_is_not_taken_for_a_name(
    header: str, authors: tuple[str, ...]
) -> None:
    article = clean_text(header + "\n" + "\n\n".join(PROSE))
    assert article.title == SHORT
    assert article.authors == authors
    assert article.text.startswith(PROSE[0])


SPANISH = [
    "El ayuntamiento aprobó el martes un plan largamente debatido que convertirá la ribera "
    "norte en una cadena de parques públicos en los próximos seis años.",
    "El plan, propuesto por primera vez en 2019, se había estancado dos veces por el coste de "
    "limpiar el suelo de los viejos muelles industriales, dijeron los concejales.",
]


def test_a_long_name_over_the_date_with_the_headline_under_them_stays_a_name() -> None:
    """A blog's shape: the author and the day, then the post's headline. The four-word name is
    no headline when a headline stands under the byline block."""
    text = (
        "Inicio\nNoticias\nJosé María Pérez Gómez\n4 de marzo de 2024\n"
        "El ayuntamiento aprueba el plan de parques de la ribera\n\n" + "\n\n".join(SPANISH)
    )
    assert clean_text(text).title == "El ayuntamiento aprueba el plan de parques de la ribera"
    over = (
        "Inicio\nNoticias\nEl ayuntamiento aprueba el plan de parques de la ribera\n"
        "José María Pérez Gómez\n4 de marzo de 2024\n\n" + "\n\n".join(SPANISH)
    )
    article = clean_text(over)
    assert article.title == "El ayuntamiento aprueba el plan de parques de la ribera"
    assert article.authors == ("José María Pérez Gómez",)


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("Jane Holloway · Mon 4 Mar 2024 10.15 GMT", "2024-03-04"),
        ("Jane Holloway · Follow · Published March 4, 2024", "2024-03-04"),
        (
            "Jane Holloway, City reporter · Updated March 5, 2024, 9:00 a.m. ET"
            " | Published March 4, 2024",
            "2024-03-04",
        ),
        ("Jane Holloway / Staff Writer · 2024-03-04", "2024-03-04"),
        ("Jane Holloway / Staff Writer", None),
    ],
)
def test_a_name_before_the_dates_label_or_weekday_or_role_is_the_author(
    byline: str, day: str | None
) -> None:
    header = "Home\nNews\n\n" + TITLE + "\n" + byline + "\nSign up for our newsletter\n\n"
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.authors == ("Jane Holloway",)
    assert article.title == TITLE  # a newsletter prompt over the text does not end the header
    if day:
        assert published_on(article, day)


def test_calls_to_follow_click_and_rate_between_and_under_paragraphs_leave_the_text() -> None:
    text = paste(
        PROSE[0],
        "Follow us on X @RiversideCourier",
        PROSE[1],
        "Click here to get the morning briefing",
        *PROSE[2:],
        tail="Was this article helpful?\nYes\nNo\n",
    )
    article = clean_text(text)
    assert article.text.startswith(PROSE[0]) and article.text.rstrip().endswith(PROSE[-1])
    for junk in ("Follow us", "Click here", "helpful", "\nYes"):
        assert junk not in article.text


def test_a_portals_copy_is_sited_at_the_paper_over_its_own_follow_button() -> None:
    """A news portal prints its own name on top and the paper's over "Follow <paper>"."""
    header = (
        "Portal News\nHome\nWorld\nBusiness\nThe Riverside Courier\nFollow The Riverside Courier\n"
        + TITLE + "\nBy Jane Holloway\nMarch 4, 2024\n\n"
    )
    article = clean_text(header + "\n\n".join(PROSE))
    assert article.site == "The Riverside Courier"
    assert "Portal News" in [c.value for c in article.candidates["site"]]
    assert article.title == TITLE  # the button is no headline


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Élise Lucet, correspondante à Pékin · Publié le 04/03/2024 à 10h15", "Élise Lucet"),
        ("José Pérez | Madrid · Lunes, 4 de marzo de 2024", "José Pérez"),
        ("Por José Pérez, corresponsal en Pekín\n4 de marzo de 2024", "José Pérez"),
    ],
)
def test_a_byline_in_french_or_spanish_with_a_role_or_a_place_names_the_author(
    header: str, author: str
) -> None:
    head = "Accueil\nPolitique\n\n" + TITLE + "\n" + header + "\n\n"
    article = clean_text(head + "\n\n".join(PROSE))
    assert article.authors == (author,)
    assert published_on(article, "2024-03-04")


def test_a_page_that_prints_only_its_update_gives_that_day() -> None:
    """It does not tell the two apart; with a publication date beside it, that one wins."""
    header = "Portada\nPolítica\nActualizado: 04/03/2024 10:15 h\nEXCLUSIVA\n" + TITLE + "\n\n"
    assert published_on(clean_text(header + "\n\n".join(PROSE)), "2024-03-04")
    both = header.replace("10:15 h\n", "10:15 h | Publicado: 01/03/2024 09:00 h\n")
    assert published_on(clean_text(both + "\n\n".join(PROSE)), "2024-03-01")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("记者 王小明 李娜", ("王小明", "李娜")),
        ("【広島＝佐藤花子】 · 2024年3月4日 10時15分（最終更新 3月5日 9時00分）", ("佐藤花子",)),
        ("佐藤花子 記者 · 公開日時 2024年03月04日 10:15", ("佐藤花子",)),
        ("記者：佐藤花子 · 公開日時 2024年03月04日 10:15", ("佐藤花子",)),
    ],
)
def test_chinese_and_japanese_bylines_joined_to_their_dates_name_the_reporters(
    byline: str, authors: tuple[str, ...]
) -> None:
    article = clean_text(
        "ニュース\n\n北岸公園計画、住民に何が変わるのか\n" + byline + "\n\n" + "\n\n".join(JAPANESE)
    )
    assert article.authors == authors


@pytest.mark.parametrize(
    "line", ["Tom Reed le 4 mars 2024", "Tom Reed am 4. März 2024", "Tom Reed on March 4, 2024"]
)
def test_a_name_then_its_date_with_a_preposition_names_the_author_alone(line: str) -> None:
    """("le" is also a first name: it must not join "Tom Reed".)"""
    article = clean_text("Home\nNews\n\n" + TITLE + "\n" + line + "\n\n" + "\n\n".join(PROSE))
    assert article.authors == ("Tom Reed",)


FURNITURE = [
    "Please follow the Courier on Twitter and Facebook.",
    "Tags: Parks, Council | Get Alerts for these topics »",
    "Share:", "Twitter", "Facebook", "Reddit", "LinkedIn", "Email",
    "Recent Posts", "Bridge repairs start in May...", "Ferry fares to rise...",
    "Receive email updates on new comments!",
]  # fmt: skip
THREAD = [
    "6 Comments",
    "Flag as Offensive",
    "Beltway Greg on Mar 4, 3:05 PM said:",
    "Parks are nice, but the council has ignored the roads on the east side for years and the "
    "potholes there are now so deep that buses avoid two of the streets altogether, which "
    "means that people who work early shifts have to walk twenty minutes to the next stop "
    "before dawn, and nobody on the council seems to care about them at all.",
    "Reply",
    "riverwatcher on Mar 4, 3:23 PM said:",
    "I grew up next to the wharves and I can tell you the soil is worse than they admit. My "
    "father worked at the tannery for thirty years and the things they poured into the "
    "ground back then are still there, so six years sounds far too short to me, and I expect "
    "the cost to double before the first family sits on the new grass by the water.",
    "Reply",
    "marktheshark on Mar 4, 4:23 PM said:",
    "Another plan, another election promise. We had the same speeches about the harbour in "
    "2009 and the harbour still looks the same, with the same fences and the same empty "
    "warehouses, and the same councillors are now telling us that this time it is different "
    "because the money is already there, which is exactly what they said the last time.",
    "Reply",
]


def test_a_dated_reader_thread_longer_than_a_short_article_is_not_taken_for_it() -> None:
    article = clean_text(paste(*PROSE[:3], *FURNITURE, *THREAD))
    assert article.text.startswith(PROSE[0])
    assert "Beltway Greg" not in article.text and "tannery" not in article.text
    # A quotation under "The minister said:" is the article's own text.
    quoted = paste(*PROSE[:3], "The minister said:", THREAD[3], *PROSE[3:])
    assert THREAD[3] in clean_text(quoted).text


def test_a_text_written_as_numbered_paragraphs_is_the_article() -> None:
    numbered = [
        f"{n}. {p} {PROSE[(n + 1) % len(PROSE)]}" for n, p in enumerate(PROSE[:4], start=1)
    ]
    promo = (
        "Enter your email address and zip code to set up customized email alerts for the "
        "topics you follow."
    )
    summary = "From the council's own summary of the plan:"
    article = clean_text(paste(summary, *numbered, *FURNITURE, tail=promo))
    assert all(n in article.text for n in numbered)


def test_a_row_of_share_services_and_a_section_over_it_take_neither_title_nor_byline() -> None:
    header = HEADER.replace(
        f"\n{TITLE}\n",
        "\nPart of complete coverage on\nElection Center\nShare this on:\n"
        "Mixx Facebook Twitter Digg delicious reddit MySpace StumbleUpon LinkedIn\n"
        f"{TITLE}\n",
    )
    article = clean_text(header + "\n" + "\n".join(PROSE))
    assert article.title == TITLE
    assert article.authors == ("Jane Holloway",)
    reasons = removed_lines(article)
    assert reasons["Mixx Facebook Twitter Digg delicious reddit MySpace StumbleUpon LinkedIn"] == (
        "share"
    )


def test_chinese_share_buttons_under_the_headline_are_no_authors() -> None:
    text = (
        "港特首梁振英就住宅违建事件道歉\n更新时间 2012年12月10日, 格林尼治标准时间10:41\n"
        "Facebook\nTwitter\n人人\n开心网\n新浪微博\nqq空间\n豆瓣\n转寄朋友\n打印文稿\n\n"
        "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。\n\n"
        "梁振英在星期二的答问大会开始之际在其演说中道歉，但强调他在违章建筑问题上没有隐瞒的意图。\n\n"
        "梁振英此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题，引发诚信危机。\n"
    )
    article = clean_text(text)
    assert article.authors == ()
    assert article.title == "港特首梁振英就住宅违建事件道歉"
    assert "人人" not in article.text


def test_a_box_of_recent_comments_under_pictures_and_signatures_does_not_take_the_text() -> None:
    box = ["Buzzworthy", "Recent comments on our stories.."]
    for user, story, words in (
        ("Bittersweet", "Is law school worth the price?", PROSE[3]),
        ("jputtgen", "China's toxic harvest in the cancer villages", PROSE[4]),
        ("sparky81884", "Just say no to joint tax filing", PROSE[2]),
    ):
        comment = words.replace("The ", "I think the ", 1)[:-1] + " and more of the same..."
        box += [f"{user}'s picture", story, comment, f"{user} | Apr 22, 2013"]
    article = clean_text(paste(PROSE[0], *FURNITURE, *box))
    assert article.text.startswith(PROSE[0])
    assert "I think the" not in article.text


def test_cards_with_two_word_titles_under_a_repeated_label_are_teasers() -> None:
    cards: list[str] = []
    for title, summary in (
        ("Tony Awards", "From exclusive interviews to the latest news, our coverage of it."),
        ("WiFi Parks", "Free wireless is in many of the city's parks, and here are seven."),
        ("Gluten Free", "Our latest picks for the best gluten-free menus and bake shops."),
        ("Belmont Stakes", "All you need to know for the race: how to get tickets, what to wear."),
    ):
        cards += ["New York City Guides", title, summary]
    article = clean_text(paste(PROSE[0], *FURNITURE, *cards))
    assert article.text.startswith(PROSE[0])
    assert "gluten-free" not in article.text
    # Sections of one text, each under the same advertisement label, stay.
    sections: list[str] = []
    titles = ("The Plan", "The Cost", "The Vote", "The Work")
    for title, paragraph in zip(titles, PROSE[1:], strict=True):
        sections += ["Advertisement", title, paragraph]
    article = clean_text(paste(PROSE[0], *sections))
    assert all(p in article.text for p in PROSE[:5])


def test_a_japanese_trail_of_spaced_labels_over_the_headline_is_no_title() -> None:
    headline = "動画：ナイジェリアで少女らによる自爆攻撃、ロケット弾も撃ち込まれ31人死亡"
    text = (
        "+ 中南米\n*\nニュース 戦争・紛争 Video\n"
        f"{headline}\n2018年6月18日 10:01 発信地：カノ/ナイジェリア\nこのニュースをシェア\n"
        "【6月18日 AFP】ナイジェリア北東部ボルノ州で16日夜、イスラム過激派組織によるものと思われる"
        "少女を使った自爆攻撃が起き、31人が死亡した。地元当局者と民兵指導者が17日、明らかにした。\n"
        "攻撃はボルノ州の町ダンボアで、断食月明けの祭りの祝いから帰る途中の人々を狙って起きたもので、"
        "過激派の犯行と思われる特徴があった。\n"
    )
    article = clean_text(text)
    assert article.title == headline
    assert "ニュース 戦争・紛争" not in article.text


@pytest.mark.parametrize(
    ("text", "trail"),
    [
        ("ニュース 戦争・紛争 Video", True),
        ("首页 科技 正文 评论", True),
        ("年份    产量（万片）  同比增长", False),  # a table's head: its cells
        ("财新网 记者 张三 实习记者 李四", False),  # a byline
        ("中, 반도체 자립 위해 70조원 '빅펀드' 3기 출범", False),  # Korean spaces its words
        ("米朝首脳直通電話　習氏に挑むトランプ戦術の成否", False),  # a headline's two halves
    ],
)
def test_chinese_and_japanese_labels_spaced_apart_are_a_trail(text: str, trail: bool) -> None:
    assert lines.is_breadcrumb(lines.make_lines(text, None)[0]) is trail


@pytest.mark.parametrize(
    ("text", "trail"),
    [
        ("首页 - 新闻动态", True),
        ("位置：首页 >  新闻动态", True),
        ("Home / News", True),
        ("Startseite | Politik", True),
        ("Homes for sale - 2024", False),
        ("Home is where the heart is", False),
        ("Home - News and analysis for the week", False),  # a sentence, not a step
    ],
)
def test_a_link_home_and_one_step_is_a_trail_whatever_the_separator(text: str, trail: bool) -> None:
    assert lines.is_breadcrumb(lines.make_lines(text, None)[0]) is trail


# -- Chinese pastes: a comment thread, a paragraph that opens with a day ------------

ZH_ARTICLE = [
    "据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司9日对记者表示，"
    "我们调查了中国劳工观察的说法，大多数指控是错误的。",
    "同时，苹果公司表示，我们在调查期间确实发现派遣工人的比例超过了我们的标准，"
    "我们正在与富士康密切合作解决这个问题。",
    "记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。",
]


def test_a_chinese_comment_thread_under_its_reply_buttons_does_not_outweigh_the_article() -> None:
    thread = []
    for n in range(6):
        thread += [
            f"网友{n}号",
            f"第{n}条评论：富士康就是以血汗工厂出名的啊，这些地方和行业长期都是每天工作十二个小时，"
            "每月只休息一两天，五险一金也不齐全，劳动法在这里几乎形同虚设，工人的权益根本得不到保障，"
            "这种情况已经持续很多年了，监管部门应该认真管一管。",
            "3小时前",
            "查看回复 1 举报 分享",
            f"回复 踩{n} 赞{n + 10} 收藏",
        ]
    paste = "\n".join(
        ["苹果回应“违反中国劳动法”：大多数指控错误", "2019-09-09 19:32:27 来源：中新网", *ZH_ARTICLE,
         "热门评论 10条", *thread]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith("据中新网9月9日报道")
    assert "第0条评论" not in article.text and "第5条评论" not in article.text


def test_a_chinese_paragraph_that_opens_with_a_day_is_text_and_the_labelled_day_dates_it() -> None:
    first = (
        "2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉一行"
        "到众创金融街进行实地考察调研。"
    )
    paste = "\n".join(
        ["现在位置： 首页 >> 东区新闻 >> 正文", "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作",
         "来源于：东区办事处", first, *ZH_ARTICLE[:2], "发布日期：2019-03-06 责任编辑：龙慧",
         "【打印本页】【关闭窗口】"]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith(first)
    assert (article.published or "").startswith("2019-03-06")


def test_a_chinese_photo_credit_under_the_headline_is_a_caption_not_the_byline() -> None:
    headline = "较强冷空气来袭 全国多地开启“抖抖抖”模式"
    lede = (
        "综合消息，近日，较强冷空气袭击多地，24日，东北地区中东部、华北、黄淮、江淮、江汉、"
        "江南西部等地降温6～12℃，局地降幅达14℃以上。"
    )
    paste = "\n".join(
        ["首页 / 其他 / 正文", headline, "中国网 2019-11-25 10:37:31", lede, headline,
         "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄", "重庆湖北等地降雨 中东部地区出现明显降温",
         *ZH_ARTICLE]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.authors == ()  # the photographer is no author
    assert article.text.startswith(lede)
    assert "贾天勇 摄" not in article.text


def test_a_yearless_publication_line_under_the_headline_is_never_the_headline() -> None:
    headline = "日本最后一家传呼机公司停止服务，殡仪馆为BB机送终"
    paste = "\n".join(
        ["返回首页", headline, "IT之家", "发布时间：09-3022:46青岛软媒网络科技有限公司", *ZH_ARTICLE]
    )
    assert clean_text(paste).title == headline


def test_a_sections_heading_and_subheadings_under_the_date_line_open_the_text() -> None:
    heads = ["Why the Council Changed Its Mind", "Before the vote: who would pay for the soil?"]
    article = clean_text(paste(*heads, *PROSE))
    assert article.text.startswith("\n\n".join([*heads, PROSE[0]]))
    assert article.title == TITLE


def test_chinese_subheadings_under_the_date_line_and_a_photo_caption_open_the_text() -> None:
    heads = ["出国前后关注点大不同", "出国前：政治科目会出啥考题？", "出国后：国家未来将如何发展？"]
    paste = "\n".join(
        ["首页 >> 教育资讯 >> 正文", "海外留学生看两会：出国前后关注点大不同",
         "发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版", "图为马素湘在澳大利亚悉尼游玩时的近影。",
         *heads, *ZH_ARTICLE]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith("\n\n".join([*heads, ZH_ARTICLE[0]]))
    assert "图为马素湘" not in article.text
    assert article.title == "海外留学生看两会：出国前后关注点大不同"


def test_a_caption_and_a_tag_under_the_date_line_are_not_headings_of_the_text() -> None:
    between = ["Workers inspect the pipes. (Anna Schmidt)", "The Northern Riverside Parks Plan"]
    article = clean_text(paste(*between, *PROSE))
    assert article.text.startswith(PROSE[0])


def test_a_drop_cap_copied_on_its_own_line_joins_its_word_again() -> None:
    article = clean_text(paste("T", "", PROSE[0][1:], *PROSE[1:]))
    assert article.text.startswith(PROSE[0])
    assert "\nT\n" not in article.text


def test_a_one_letter_line_over_a_capitalised_paragraph_or_a_label_is_not_a_drop_cap() -> None:
    icons = "K\nadditional replies submitted and awaiting review\n"
    article = clean_text(paste(*PROSE[:2], "B", PROSE[2], *PROSE[3:], tail=icons))
    assert f"\n\n{PROSE[2]}" in article.text
    assert "Kadditional" not in "\n".join([article.text, *(r.text for r in article.removed)])


@pytest.mark.parametrize(
    ("trail", "headline", "body"),
    [
        ("澎湃号 > 中国广州发布", "广州南沙邮轮母港即将开通 地铁直达", ZH_ARTICLE),
        ("Tech › Gadgets", "A Folding Phone That Finally Survives a Year in a Pocket", PROSE),
    ],
)
def test_a_two_step_trail_over_the_headline_is_not_the_headline(
    trail: str, headline: str, body: list[str]
) -> None:
    paste = "\n".join(["Home", "News", trail, "", headline, "", "2019-08-13 14:07", *body])
    assert clean_text(paste).title == headline


def test_a_headline_that_compares_with_a_greater_than_sign_stays_the_headline() -> None:
    headline = "Why Python > Java for quick scripts, say developers"
    paste = "\n".join(["Home", "News", headline, "By Jane Holloway", "March 4, 2024", *PROSE])
    assert clean_text(paste).title == headline


def test_a_count_of_readers_taking_part_under_the_date_is_not_the_headline() -> None:
    headline = "女童眼睛被塞几十片纸，“无法用科学解释”"
    paste = "\n".join(
        ["资讯 > 社会 > 正文", headline, "", "2019年11月25日 16:04:30", "来源：澎湃新闻网", "",
         "1032人参与308评论", "", "澎湃新闻记者 段彦超 廖艳", "", *ZH_ARTICLE]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert "人参与" not in article.text


def test_a_posts_badge_writer_and_relative_day_under_the_headline_are_not_the_headline() -> None:
    headline = "一日一技：在 Python 中实现延迟调用"
    paste = "\n".join(
        [headline, "", "原创 kingname 未闻Code 前天", "", "摄影：产品经理的生日餐", "", *ZH_ARTICLE]
    )
    article = clean_text(paste)
    assert article.title == headline
    assert "kingname" not in article.text


def test_a_date_stacked_in_boxes_of_year_day_and_time_dates_the_text() -> None:
    headline = "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？"
    paste = "\n".join(["要闻", "娱乐", headline, "2019", "09/07", "19:02", "企鹅号", *ZH_ARTICLE])
    article = clean_text(paste)
    assert article.published == "2019-09-07T19:02:00"
    assert article.title == headline


def test_a_now_reading_bar_over_the_headline_is_not_the_headline() -> None:
    headline = "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？"
    paste = "\n".join(
        ["  * 要闻", "  * 娱乐", "  * 财经", "      + 军事", "      + 游戏", f"正在阅读：{headline}",
         "一键登录", "", headline, "", "2019-09-07 19:02", "扬眼", "企鹅号", "分享", "评论", "2819",
         *ZH_ARTICLE]
    )  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert "一键登录" not in article.authors  # the one-click login button is no name


def test_a_headline_over_its_own_second_half_stays_the_headline() -> None:
    headline = "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
    paste = "\n".join(
        ["Home", "", headline, "", "Lupita Nyong'o", "", "$150K Pearl Oscar Dress ... STOLEN!!!!",
         "", "2/26/2015 7:11 AM PST BY TMZ STAFF", "", *PROSE]
    )  # fmt: skip
    assert clean_text(paste).title == headline


def test_a_headline_set_as_a_lists_only_item_over_the_date_is_the_headline() -> None:
    headline = "我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心"
    paste = "\n".join(
        ["登录/注册", "首页", "国际", "军事", "", f"  * {headline}", "", "分享到：", "9 23",
         "2019-09-07 15:10:53 字号：A- A A+ 来源：EETOP", "", *ZH_ARTICLE]
    )  # fmt: skip
    assert clean_text(paste).title == headline


def test_an_item_of_a_list_over_the_byline_is_not_the_headline() -> None:
    items = [
        "  * Riverside parks plan wins its final vote at the council",
        "  * Tram line to the harbour opens for its first passengers",
    ]
    paste = "\n".join(["Home", TITLE, "", *items, "", "By Jane Holloway", "March 4, 2024", *PROSE])
    assert clean_text(paste).title == TITLE


_PHRASES = ["目前", "南沙国际邮轮母港码头工程", "已进入最后的施工及验收准备阶段"]


def test_a_chinese_sentence_set_one_phrase_to_a_line_between_paragraphs_stays() -> None:
    paste = "\n".join(["返回首页", "广州南沙邮轮母港即将开通", "2019-08-13 14:07", *ZH_ARTICLE[:2],
                       *_PHRASES, "������", ZH_ARTICLE[0], ZH_ARTICLE[2]])  # fmt: skip
    article = clean_text(paste)
    assert "\n\n".join([ZH_ARTICLE[1], *_PHRASES, ZH_ARTICLE[0]]) in article.text
    assert "������" not in article.text


def test_short_headlines_under_a_related_label_between_paragraphs_still_go() -> None:
    teasers = ["苹果回应违反劳动法指控", "富士康称将整改派遣工比例", "劳工组织发布调查报告"]
    paste = "\n".join(["返回首页", "广州南沙邮轮母港即将开通", "2019-08-13 14:07", *ZH_ARTICLE[:2],
                       "相关阅读", *teasers, ZH_ARTICLE[0], ZH_ARTICLE[2]])  # fmt: skip
    article = clean_text(paste)
    assert ZH_ARTICLE[2] in article.text
    assert not any(t in article.text for t in teasers)


def test_a_chinese_texts_last_sentence_set_one_phrase_to_a_line_closes_the_text() -> None:
    tail = ["此外", "航站楼免税店正同步进行招商", "购物、餐饮、空中花园、无敌免税城……", "这么高大上的邮轮母港",
            "开始搓搓手了！！！"]  # fmt: skip
    paste = "\n".join(["返回首页", "广州南沙邮轮母港即将开通", "2019-08-13 14:07", *ZH_ARTICLE,
                       *tail, "编辑|禤志杰", "责编|陈梦莹", "热门推荐", "光大银行行长葛海蛟任河北省副省长"])  # fmt: skip
    article = clean_text(paste)
    assert article.text.endswith("\n\n".join(tail))


def test_the_editors_credit_set_as_a_list_item_still_closes_the_text() -> None:
    paste = "\n".join(["返回首页", "苹果回应违反劳动法指控", "2019-09-09 19:32:27", *ZH_ARTICLE,
                       "  + 责任编辑: 刘响", "", "大公司", "", "海尔回应4名员工午睡被开除，员工称只有30分钟午餐时间"])  # fmt: skip
    article = clean_text(paste)
    assert article.text.endswith(ZH_ARTICLE[-1])


def test_teaser_cards_under_the_editors_credit_do_not_carry_the_text_on() -> None:
    # Each story in the box under the credit is a headline, a one-paragraph summary and
    # a date: prose, but never two paragraphs in a row.
    cards = []
    for n in range(3):
        cards += [f"合肥地铁{n + 3}号线启动安全保护区界线测设工作,",
                  f"近日，记者从合肥市轨道交通集团获悉，为保障轨道交通{n + 3}号线开通试运营后安全、"
                  "平稳运行，已正式启动安全保护区界线测设工作，计划于11月中旬完成所有工作。",
                  "2019年11月03日"]
    paste = "\n".join(["苹果回应违反劳动法指控", "2019-09-09 19:32:27", *ZH_ARTICLE, "责任编辑：刘响",
                       "相关文章", *cards])  # fmt: skip
    article = clean_text(paste)
    assert article.text.endswith(ZH_ARTICLE[-1])
    # two paragraphs in a row under the credit: the text goes on
    more = ["苹果公司还表示，将在下个月公布调查的全部结果，并邀请独立机构参与核查。",
            "富士康方面此前曾多次表示，公司一直遵守中国的劳动法律法规，并将配合调查。"]
    paste = "\n".join(["苹果回应违反劳动法指控", "2019-09-09 19:32:27", *ZH_ARTICLE, "责任编辑：刘响",
                       *more])  # fmt: skip
    assert clean_text(paste).text.endswith(more[-1])


@pytest.mark.parametrize(
    "credit",
    ["新京报快讯（记者 裴剑飞）", "本报讯（记者 王小明）", "新华社北京12月28日电（记者王小明）"],
    ids=["paper-flash", "own-paper", "agency"],
)
def test_a_short_lead_opening_with_the_reporters_credit_stays_text(credit: str) -> None:
    # The lead is short enough to read as a byline with a date in it ("今日（12月28日）").
    lead = credit + "今日（12月28日）有网友爆料，有60万个账号和410万条联系人数据在暗网低价出售。"
    paste = "\n".join(["新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享", "60万账号外泄？中铁总辟谣称消息不实",
                       "2018年12月28日 19:55 新京报", lead, *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith(lead)
    assert article.authors == ("王小明" if "王小明" in credit else "裴剑飞",)
    assert article.title == "60万账号外泄？中铁总辟谣称消息不实"  # the toolbar is no headline
    # a promotion's call in brackets is no text
    promo = "“2018十大经济年度人物评选”火热进行中！【点击投票】Pick你心目中的商业领袖"
    assert promo not in clean_text(paste.replace(lead, promo + "\n" + lead)).text


def test_chinese_teasers_printed_twice_do_not_outweigh_a_short_article() -> None:
    # A copied gallery teaser gives its picture's text, then its link's: one headline twice.
    teasers = [f"{t} {t}" for t in ("可活动式游泳池？东京奥运会游泳场馆首次公开", "湖南道县“百龙”竞逐迎端午",
                                     "美图：最新旅行摄影范本", "美国大树被闪电击中出现奇景",
                                     "巨浪-3潜射导弹到底会长什么样？", "游客闯小岛遭原住民箭雨射杀",
                                     "白血病患儿被父亲放弃治疗：已做化疗", "惊险一幕！辅警遭毒贩驾车拖行200多米",
                                     "美图：一起发现旅行中的新世界", "一个都不能少：童伴妈妈和32个留守娃")]
    headline = "苹果回应违反劳动法指控"
    paste = "\n".join(["新浪新闻客户端 新浪新闻客户端", "新闻中心", headline, headline,
                       "2019年09月09日 19:32 中新网", "缩小字体 放大字体 收藏 微博 微信 分享 20,536",
                       "原标题：快讯！苹果回应违反劳动法指控", "视频-苹果回应 大多数指控错误", *ZH_ARTICLE[:2],
                       "责任编辑：刘响", "视频新闻", *teasers, *teasers[:4]])  # fmt: skip
    article = clean_text(paste)
    assert article.text == "\n\n".join(ZH_ARTICLE[:2])
    assert article.title == headline
    assert (article.published or "").startswith("2019-09-09")  # the app's link heads no box


def test_an_original_work_badge_glued_to_a_chinese_headline_goes_from_the_title() -> None:
    headline = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    paste = "\n".join(["首页 / 图片 / 正文", "原创" + headline, "2019-09-08 11:42:03", *ZH_ARTICLE])
    article = clean_text(paste)
    assert article.title == headline
    assert "原创" + headline in [c.value for c in article.candidates["title"]]  # one click away
    # a short headline that opens with the word keeps it: "原创音乐剧首演" is its own
    paste = "\n".join(["原创音乐剧今晚首演", "2019-09-08 11:42:03", *ZH_ARTICLE])
    assert clean_text(paste).title == "原创音乐剧今晚首演"


def test_a_list_items_mark_does_not_hide_what_the_item_says() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("+ 责任编辑: 刘响") == "boilerplate"
    assert lexicon_reason("* Share on Facebook") == "share"
    assert lexicon_reason("* Council approves the riverside parks plan") is None


_OPENING = ["下周一，", "京沪高速施工就将进入第二阶段，", "也是对无锡市民出行影响最大的一段。", "什么？", "你还不知道？"]


def test_a_chinese_text_opening_one_phrase_to_a_line_keeps_its_opening() -> None:
    paste = "\n".join(["网易号", "京沪高速无锡至江阴大桥段封闭", "2019-05-17 · 苏皖城市报道", "分享到",
                       "用微信扫描二维码", "19 跟贴", *_OPENING, "01", *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith("\n\n".join(_OPENING))
    assert article.title == "京沪高速无锡至江阴大桥段封闭"


def test_a_menu_of_short_items_over_the_first_paragraph_stays_out() -> None:
    menu = ["深度观察报道", "城市生活指南", "旅游美食推荐", "教育健康资讯"]
    paste = "\n".join(["京沪高速无锡至江阴大桥段封闭", "2019-05-17 · 苏皖城市报道", *menu, *ZH_ARTICLE])
    article = clean_text(paste)
    assert article.text.startswith(ZH_ARTICLE[0])


@pytest.mark.parametrize(
    "column", [["风闻", "观察员", "国际军事"], ["深度观察", "城市生活", "旅游美食", "教育健康"]]
)
def test_a_column_of_channel_names_under_the_date_gives_no_author(column: list[str]) -> None:
    paste = "\n".join(["京沪高速无锡至江阴大桥段封闭", "2019-05-17 · 苏皖城市报道", *column, *ZH_ARTICLE])
    assert clean_text(paste).authors == ()


def test_a_chinese_name_alone_under_the_date_is_still_the_author() -> None:
    paste = "\n".join(["京沪高速无锡至江阴大桥段封闭", "2019-05-17 · 苏皖城市报道", "张三", *ZH_ARTICLE])
    assert clean_text(paste).authors == ("张三",)


def test_a_run_of_phrase_lines_that_ends_the_paste_does_not_break_the_cleaner() -> None:
    tail = ["此外", "航站楼免税店正同步进行招商", "这么高大上的邮轮母港"]
    paste = "\n".join(["广州南沙邮轮母港即将开通", "2019-08-13 14:07", *ZH_ARTICLE, *tail])
    article = clean_text(paste)
    assert ZH_ARTICLE[-1] in article.text


def test_a_source_line_under_a_closing_phrase_run_stays_out_of_the_text() -> None:
    tail = ["道路施工会给大家的出行带来不便，", "但短暂的维修换来的是", "日后的更安全、更畅通。", "请大家互相转告通知，",
            "愿大家都能", "平安出行，安全到家。"]  # fmt: skip
    paste = "\n".join(["京沪高速无锡至江阴大桥段封闭", "2019-05-17 14:07", *ZH_ARTICLE, *tail,
                       "来源：无锡交警", "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。"])  # fmt: skip
    article = clean_text(paste)
    assert article.text.endswith("\n\n".join(tail))


def test_a_portals_login_bar_and_a_yearless_stamp_leave_the_headline_and_the_text() -> None:
    """Baijiahao: "百度首页" / "登录<name>", the headline, the account, "发布时间：01-1417:58"."""
    headline = "一袭汉服，一架古筝，90后彭静旋异国他乡只为传播中华文化"
    paste = "\n".join(["百度首页", "登录月落_长安", headline, "八卦大相公", "发布时间：01-1417:58",
                       *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert article.text.startswith(ZH_ARTICLE[0])


def test_a_publication_line_with_a_two_digit_year_dates_the_paste() -> None:
    # Baijiahao prints the year of an older post in two digits, first: "18-03-08".
    headline = "这款休闲裤太帅了，让你时尚潮流穿着舒适"
    paste = "\n".join(["百度首页登录月落_长安", headline, "体育教科书", "发布时间：18-03-0823:16",
                       *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.published == "2018-03-08T23:16:00"
    assert article.text.startswith(ZH_ARTICLE[0])
    from clipper.clean import textmeta

    assert textmeta.short_year_day("Posted: 12-03-08 10:00") is None  # December 3 in the U.S.


def test_a_toolbars_links_in_a_row_and_a_search_boxs_hint_are_no_headline() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("网站地图 设置首页") == "menu"
    assert lexicon_reason("请输入你要查询的关键字") == "menu"
    assert lexicon_reason("请输入要搜索的内容") == "menu"
    assert lexicon_reason("请输入内容，共同讨论。") is None
    assert lexicon_reason("外媒眼中的武汉 欢声笑语") is None  # a headline's two halves
    assert lexicon_reason("速報 地震発生") is None  # a headline and its label
    headline = "外媒眼中的武汉长假：蓬勃发展，欢声笑语"
    paste = "\n".join(["您的当前位置：新闻中心 > 武汉", "搜索", "请输入你要查询的关键字",
                       " 网站地图 设置首页", headline, "2020-10-04 20:30 来源: 长江网", *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert article.text.startswith(ZH_ARTICLE[0])


def test_a_headline_that_trails_off_in_an_ellipsis_is_no_standfirst() -> None:
    # "…唯一的要求竟是……": a teasing headline, not a sentence under a shorter headline.
    headline = "他放弃百万年薪来到这里 唯一的要求竟是……"
    paste = "\n".join(["资讯 > 暖新闻 > 正文", "站内", "28省GDP半年报", headline,
                       "2019年09月09日 18:13:22", "来源：新华网", *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert article.text.startswith(ZH_ARTICLE[0])


def test_a_portals_top_bar_glued_into_one_line_is_not_the_headline() -> None:
    headline = "日本最后一家传呼机公司停止服务，殡仪馆为BB机送终"
    paste = "\n".join(["百度首页登录月落_长安", headline, "IT之家", "发布时间：09-3022:46青岛软媒网络科技有限公司",
                       *ZH_ARTICLE])  # fmt: skip
    assert clean_text(paste).title == headline


def test_a_typo_reports_prompt_under_the_text_is_furniture() -> None:
    tail = "Found a typo?\nSelect the text and press Ctrl+Enter to send it to the editors.\n"
    article = clean_text(paste(*PROSE, tail=tail))
    assert article.text.endswith(PROSE[-1])


def test_a_headline_item_holding_its_columnists_title_as_a_nested_item_is_the_headline() -> None:
    headline = "王文：中美贸易“持久战”，中国人的斗志被激发"
    paste = "\n".join(
        ["登录/注册", "首页", "国际", "军事", "", f"  * {headline}", "      + 王文中国人民大学重阳金融研究院执行院长",
         "", "分享到：", "22 59", "2019-09-07 09:25:09 字号：A- A A+ 来源：观察者网", "", *ZH_ARTICLE]
    )  # fmt: skip
    assert clean_text(paste).title == headline


def test_a_name_ending_in_the_character_for_writing_before_a_colon_is_no_byline() -> None:
    """"王文：…" is a columnist's headline; "文/…" and "【文/…作者 王文】" are bylines."""
    paste = "\n".join(["王文：中美贸易“持久战”，中国人的斗志被激发", "2019-09-07 09:25:09",
                       "【文/观察者网专栏作者 王文】", *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.title == "王文：中美贸易“持久战”，中国人的斗志被激发"
    assert article.authors == ("王文",)
    assert "【文/观察者网专栏作者 王文】" not in article.text


def test_a_credit_to_no_one_in_particular_names_no_author() -> None:
    """"作者：网络整理" (gathered from the web), "作者：佚名" (anonymous): no person."""
    for credit in ("网络整理", "佚名", "小编"):
        paste = "\n".join(["阿里发布最强AI芯片：性能“吊打”同行", f"时间：2019-09-25 作者：{credit}",
                           *ZH_ARTICLE])  # fmt: skip
        assert clean_text(paste).authors == ()


def test_the_pager_to_the_neighbouring_articles_is_neither_headline_nor_text() -> None:
    headline = "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU"
    paste = "\n".join(["杂志声明", "向右滑动：上一篇 向左滑动：下一篇 我知道了", "广告", headline,
                       "时间：2019-09-25 作者：张三", *ZH_ARTICLE, "上一篇：国产AI芯片加速落地",
                       "下一篇:返回列表"])  # fmt: skip
    article = clean_text(paste)
    assert article.title == headline
    assert article.text.endswith(ZH_ARTICLE[-1])


def test_rows_of_links_copied_as_one_line_with_glued_labels_are_a_menu() -> None:
    """Sina's market links: seventy labels spaced on one line, a few glued in pairs."""
    row = ("交易提示 操盘必读 证券报 最新公告 限售解禁 数据中心 条件选股 券商评级 股价预测 板块行情 "
           "千股千评 个股诊断 大宗交易 财报查询 业绩预告 ETF期权 类余额宝 基金净值 基金对比 "
           "基金排名商品行情 外盘期货 商品持仓 现货报价 CFTC持仓 期指行情 期指持仓 期指研究 行业指数 "
           "权重股票 期货名人 专家坐堂 高清解盘 期货入门 各国国债 期市要闻 期货研究 机构评论 "
           "品种大全外汇计算器 人民币牌价 中间价 美元指数 直盘行情 所有行情 美元相关 人民币相关")
    assert lines.is_breadcrumb(lines.make_lines(row, "zh")[0])
    assert not lines.is_breadcrumb(lines.make_lines("新浪 财经 品种大全外汇计算器", "zh")[0])


def test_a_feed_far_below_the_share_bar_past_many_teasers_is_not_the_text() -> None:
    """Aktuálně.cz: share bar, "Related" and a dozen teaser lines, then "1 minute ago"."""
    teasers = [  # each printed twice, as a picture's text and its link
        "Ferry fares rise again. Commuters say the new timetable is the last straw for them",
        "Storm closes the coast road. It is the second time this week the council has done so",
        "The library extension opens. Two years of building works are over at last, it says",
    ]
    other = [
        "Prague will build almost three hundred cooperative flats along the main road, the "
        "city's councillors decided on Monday after a long debate about the plan.",
        "The project of affordable cooperative housing was approved by the assembly in "
        "December, and the city has since been looking for suitable plots of land.",
        "The first tenants could move in within four years, the deputy mayor said after the "
        "meeting, if the building permits are granted without further delays.",
    ]
    tail = "\n".join(
        ["Share this article", "Facebook Twitter", "Related",
         *[t for teaser in teasers for t in (teaser, teaser)], "29 photos",
         "Happening now", "1 minute ago", "Photo", "Prague to build cooperative flats", *other]
    )  # fmt: skip
    article = clean_text(paste(*PROSE, tail=tail))
    assert article.text.endswith(PROSE[-1])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sdílet článek", "share"),
        ("Udostępnij artykuł", "share"),
        ("Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám vědět. Děkujeme!",
         "boilerplate"),
    ],
)  # fmt: skip
def test_czech_and_polish_share_buttons_and_typo_prompts_are_in_the_lexicon(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_a_chinese_roundups_section_label_and_item_headings_are_the_text() -> None:
    """A news roundup: "收盘播报" (a section, not a name), then each item's source and headline."""
    items = [
        "【证券时报网】A股三大股指集体回调：创业板指跌近3% 银行股逆市走强",
        ZH_ARTICLE[0],
        "【第一财经】财政部：金融企业拨备覆盖率超过监管要求两倍视为存在隐藏利润倾向",
        *ZH_ARTICLE[1:],
    ]
    paste = "\n".join(["【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向", "2019年9月26日 15:10 来源：天天基金网", "收盘播报",
                       *items])  # fmt: skip
    article = clean_text(paste)
    assert article.authors == ()
    assert article.text.startswith(items[0])
    assert items[2] in article.text.split("\n\n")


def test_a_numbered_key_points_box_opening_the_text_is_kept_from_its_first_item() -> None:
    """"划重点：" over four numbered points, the first two too short to count as paragraphs."""
    points = [
        "1. 一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理。",
        "2. 大数据对于现金贷而言是命门，没有了数据做支撑，他们就无法放贷。",
        "3. 有助贷平台高管表示，每个数据源的价格在几毛钱到几块钱不等，最终算下来一个借款用户的数据成本普遍在2元到10元之间，少数能达到20元左右。",
        "4. 中国银联的一名风险专家提到，爬虫的本质是一种获取数据的方式，无好坏之分。但法律明确规定获取数据需要客户授权，所以数据公司很容易触碰法律红线。",
    ]
    paste = "\n".join(["数据业大整顿：爬虫与现金贷共生共荣", "金融市场棱镜2019-09-23 07:48", "分享",
                       "  * QQ空间", "  * QQ好友", "  * 新浪微博", "37评论 收藏", "划重点：", *points,
                       "《棱镜》作者 周纯", *ZH_ARTICLE])  # fmt: skip
    article = clean_text(paste)
    assert article.text.startswith("划重点：\n\n" + points[0])


def test_a_last_paragraph_ending_on_a_link_home_is_not_a_trail() -> None:
    last = "转型之路，道阻且长。可以预见的是，第三方数据行业的整顿仍将持续。返回腾讯网首页>>"
    paste = "\n".join(["数据业大整顿：爬虫与现金贷共生共荣", "2019-09-23 07:48", *ZH_ARTICLE, last])
    assert "第三方数据行业的整顿仍将持续" in clean_text(paste).text


_ZH_COMMENTS = [
    "4,060 条评论", "评论", "  * 我每天都在微笑 5小时前",
    "建议以后这种危险景区给游客佩戴定位手环，出景区才能由专业人员取下，这样可以避免很多悲剧的发生。",
    "  * 山水之间 3小时前",
    "希望孩子早日平安回家，家人一直在等你，全国的网友也都在为你祈祷，请一定要坚持住啊。",
    "  * 清风徐来 2小时前",
    "山里的天气变化很快，没有经验的人千万不要独自进山，景区也应该在危险路段设置更明显的警示标志和护栏。",
    "  * 老街坊 1小时前",
    "看到这个消息心里很难受，孩子的父母这一个多月是怎么熬过来的，希望搜救队伍不要放弃，继续扩大搜索范围。",
    "  * 远方的云 30分钟前",
    "每年暑假都有类似的事情发生，学校和家长都应该加强安全教育，让孩子知道遇到危险时应该怎样求助和自救。",
    "  * 小河流水 20分钟前",
    "我也是十堰人，看到家乡的孩子出事特别揪心，已经转发到了老乡群里，希望能有更多的人看到这条消息。",
    "  * 晨光 10分钟前",
    "景区的监控设备应该全面覆盖，现在这个年代还能让一个大活人就这样消失，实在是说不过去，管理部门要反思。",
    "  * 听雨 5分钟前",
    "孩子的妈妈一定非常崩溃，作为一个母亲我完全能够理解这种心情，真心希望奇迹能够发生，孩子能平安回来。",
]  # fmt: skip


_ZH_STORY = [
    *ZH_ARTICLE,
    "小温出发前跟爸爸说好，这趟旅游回来后继续好好锻炼身体。他是校运动会的长跑冠军，平时也喜欢和同学们一起爬山，家人原以为这次出行不会有什么危险，没想到却出了这样的事情。",
    "九月二日晚，与当地警方和景区执法局沟通后，温先生乘坐火车返回十堰。他说自己并没有放弃，只是家里还有老人需要照顾，搜救的事情已经拜托给了当地的志愿者和救援队伍。",
    "小温失联第三十四天，温先生去了一趟孩子的小学。班主任说，孩子的物品已被悉数搬到了新教室，座位和书本都留了给他，学籍的保留也没有问题。确认过后，温先生径直走出了校门。",
    "小温父母在等待，此前通过所有能想到的渠道发布的消息，有一天有人回应。温先生对记者说，又像在喃喃自语：是我的孩子，他一定会回来的。这句话他已经说了很多遍，每说一次都更加坚定。",
]  # fmt: skip


def test_a_list_of_short_labels_closing_the_text_is_its_tags() -> None:
    """Toutiao: the credits, then the tags as a list, then the comments."""
    tags = ["  * 不完美妈妈", "  * 四川", "  * 户外运动", "  * 雅安", "  * 甘孜", "  * 成都"]
    paste = "\n".join(["十堰男孩景区失联第三十四天", "2019-09-08 11:42", *_ZH_STORY, "采写：南都见习记者 林子沛",
                       *tags, "收藏", *_ZH_COMMENTS])  # fmt: skip
    assert clean_text(paste).text.endswith(_ZH_STORY[-1])


def test_a_short_list_the_text_announces_at_its_end_stays_in_it() -> None:
    items = ["  * 护照", "  * 签证", "  * 机票", "  * 酒店订单", "  * 保险单"]
    paste = "\n".join(["出境游需要准备什么", "2019-09-08 11:42", *_ZH_STORY, "需要准备的材料：", *items,
                       "收藏", *_ZH_COMMENTS])  # fmt: skip
    assert clean_text(paste).text.endswith("* 保险单")


def test_two_short_exclamations_over_the_first_paragraph_open_the_text() -> None:
    opening = ["搭地铁去坐邮轮玩转东南亚！", "去无敌免税城买买买不是梦！"]
    paste = "\n".join(["广州南沙邮轮母港即将开通", "2019-08-13 14:07", "字号", "关注",
                       "本文原标题:《定了!广州南沙邮轮母港即将开通!》", *opening, *ZH_ARTICLE])  # fmt: skip
    assert clean_text(paste).text.startswith("\n\n".join(opening))


@pytest.mark.parametrize(
    ("line", "reason"),
    [("一键转发", "share"), ("请关注“电子技术设计微信公众号”", "share"), ("请先说点什么", "comments"),
     ("按热度", "comments"), ("发布评论", "comments")],
)  # fmt: skip
def test_chinese_forwarding_follow_prompts_and_comment_boxes_are_in_the_lexicon(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason
    assert lexicon_reason("他关注这个公众号已经很久了，每天都会阅读上面的文章。") is None


def test_a_box_of_recent_comments_signed_by_handles_does_not_outweigh_a_short_text() -> None:
    """Marketplace: an episode's one paragraph, then readers' comments, each "handle | day"."""
    comments = [
        "Is law school worth the price?",
        "First, to expect an unbiased answer from someone who is going to become a lawyer is naive, "
        "and the debt they take on is rarely talked about honestly.",
        "Bittersweet | Apr 22, 2013",
        "Thank you. I read this story as a little window into a huge landscape of farms and villages "
        "that most of us never think about when we buy our food.",
        "jputtgen | Apr 17, 2013",
        "I feel like individual filing would make things more complicated for most families, and "
        "the savings would go to the accountants rather than to the households.",
        "sparky81884 | Apr 12, 2013",
        "One aspect of the cost of genetic testing that is rarely addressed is what insurers will do "
        "with the results once they have them, and who gets to see them later on.",
        "Javasmom | Apr 12, 2013",
    ]
    paste = "\n".join([TITLE, "April 19, 2013", PROSE[0], PROSE[1], "Recent comments", *comments])
    article = clean_text(paste)
    assert article.text.startswith(PROSE[0])
    assert "Javasmom" not in article.text and "genetic testing" not in article.text


def test_a_screen_readers_caption_label_is_taken_off_its_caption() -> None:
    """BBC's pages copy "Image caption" before each caption; the page shows the caption alone."""
    caption = "Residents gathered at the old ferry landing on Monday to hear the council's plans."
    article = clean_text(paste(PROSE[0], f"Image caption, {caption}", *PROSE[1:]))
    assert "Image caption" not in article.text
    assert all("Image caption" not in r.text for r in article.removed)


def test_a_blank_line_under_a_labelled_list_of_tight_links_ends_the_list() -> None:
    """A blog's sidebar over the post: its blog name and headline are no more links."""
    items = [
        "+ Added granite, andesite and diorite stone blocks, with smooth versions",
        "+ Added slime blocks that bounce players and mobs",
        "+ Added iron trapdoors that only redstone can open",
        "+ Added prismarine and sea lantern blocks to ocean monuments",
        "+ Villagers will harvest crops and plant new ones",
        "+ Mossy cobblestone and mossy stone bricks are now craftable",
        "+ Doors and fences now come in all wood type variants",
        "+ Sponge blocks have regained their water-absorbing ability",
    ]
    sidebar = ["Official links:", "Minecraft.net", "Merchandise", "Bug tracker"]
    sidebar += ["Community links:", "Minecraft Forums", "Minecraft on Twitch.tv"]
    blog = ["Minecraft News", "Minecraft 1.8 - The Bountiful Update", *items]
    article = clean_text("\n".join(sidebar) + "\n\n" + "\n".join(blog))
    assert article.title == "Minecraft 1.8 - The Bountiful Update"
    assert article.text.split("\n")[0] == items[0]
    assert article.site != "Official links:"


@pytest.mark.parametrize(
    "line", ["Minecraft News  Powered by Tumblr", "Harbour Notes — proudly powered by Ghost"]
)
def test_a_blog_platforms_credit_is_boilerplate(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "boilerplate"


def test_a_byline_under_a_box_of_key_points_names_the_author() -> None:
    """Tencent's columns open on "划重点：" and its points, then the byline, then the text."""
    points = [
        "一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理，这次应该是大动作。",
        "有助贷平台高管表示，每个数据源的价格在几毛钱到几块钱不等，用户的数据成本普遍在几元之间。",
        "一名风险专家提到，爬虫的本质是一种获取数据的方式，但法律明确规定获取数据需要客户授权。",
    ]
    header = ["苹果回应劳工报告：大多数指控是错误的", "金融市场棱镜2019-09-23 07:48"]
    share = ["分享", "QQ空间", "QQ好友", "新浪微博", "微信好友"]
    paste = "\n".join([*header, *share, "划重点：", *points, "《棱镜》作者 周纯", *ZH_ARTICLE])
    article = clean_text(paste)
    assert article.authors == ("周纯",)
    assert article.text.endswith(ZH_ARTICLE[-1])
    assert "作者" not in article.text


@pytest.mark.parametrize("line", ["微信好友", "QQ好友"])
def test_sharing_with_friends_is_a_share_button(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "share"


def test_a_chinese_paragraph_with_an_ascii_semicolon_is_prose_not_code() -> None:
    """Chinese typed with a half-width ";" for "；", closing on a credit: the text's last paragraph."""
    last = (
        "本次活动面对金融消费者、投资者和广大网民，宣传基础金融知识和风险防范技能，提升其金融素养，"
        "免受违法违规金融活动侵害;引导消费者和投资者理性选择、正确使用金融产品和服务。(文/图 刘玺东 易赛楠)"
    )
    paste = "\n".join(["常德市金融系统积极开展金融知识普及活动", "2019-09-23 14:34", *ZH_ARTICLE, last])
    article = clean_text(paste)
    assert last[:40] in article.text
    assert "code" not in lines.make_lines(last, "zh")[0].tags
    assert lines.looks_like_code(lines.make_lines("int x = 1; // 计数器的初始值", "zh")[0])


@pytest.mark.parametrize(("under", "authors"), [("主题购买", ()), ("昨天", ()), ("周纯", ("周纯",))])
def test_a_chinese_name_alone_under_the_headline_starts_with_a_family_name(
    under: str, authors: tuple[str, ...]
) -> None:
    paste = "\n".join(["苹果回应劳工报告：大多数指控是错误的", under, *ZH_ARTICLE])
    assert clean_text(paste).authors == authors


@pytest.mark.parametrize("line", ["* Printer-friendly version", "Print this article", "Print version"])
def test_a_print_button_is_a_share_button(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "share"


@pytest.mark.parametrize(
    "line",
    [
        "Iezīmējiet tekstu un spiediet uz Ziņot par kļūdu pogas, lai nosūtītu fragmentu redaktoram!",
        "Select the text and press the Report button to tell the editors.",
        "Выделите текст и нажмите кнопку, чтобы сообщить редакции.",
    ],
)
def test_how_to_report_a_typo_is_boilerplate(line: str) -> None:
    """A typo box's mobile twin names its button, not Ctrl+Enter: the instruction alone tells it."""
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "boilerplate"


@pytest.mark.parametrize("line", ["字号：默认 大 超大 | 打印 |", "字体：大 中 小", "【字体：大 中 小】【打印】【关闭】"])
def test_a_type_size_picker_is_a_share_button(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "share"


def test_a_note_in_brackets_closing_the_text_stays() -> None:
    """"（应受访者要求，文中张严为化名。）": the reporter's note on a name, the text's last line."""
    note = "（应受访者要求，文中张严为化名。）"
    paste = "\n\n".join(
        ["苹果回应劳工报告：大多数指控是错误的", "2019-09-09 10:15", *ZH_ARTICLE, note]
    )
    paste += "\n\n本文来源：每日经济新闻 责任编辑：史建磊\n分享到："
    article = clean_text(paste)
    assert article.text.endswith(note)
    assert "责任编辑" not in article.text


def test_a_headline_glued_to_the_sites_name_is_cut_where_the_page_prints_it_alone() -> None:
    """The logo's h1 holds the headline and the site's link: "…Riverside ParksHarbour Ledger"."""
    from clipper.clean.textmeta import printed_alone

    glued = TITLE + "Harbour Ledger"
    for other, expected in (
        (TITLE, TITLE),  # the headline over the text, printed alone
        ("* " + TITLE, glued),  # a link to the story in a list
        ("City Council Approves a New Plan for the Northern...", glued),  # a teaser cut short
        ("City Council", glued),  # a kicker: too little of the title
    ):
        ls = lines.make_lines("\n".join([glued, "Home", other, "By Jane Holloway"]), "en")
        assert printed_alone(ls, glued, 0) == expected, other


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zur Startseite", "menu"), ("Nach oben", "menu"), ("Haut de page", "menu"),
        ("Volver arriba", "menu"), ("Verwandte Artikel", "related"),
        ("Dans la même rubrique", "related"), ("También te puede interesar", "related"),
        ("Schon Abonnent? Hier anmelden", "newsletter"), ("Déjà abonné ? Se connecter", "newsletter"),
        ("¿Ya eres suscriptor? Inicia sesión", "newsletter"),
        ("Already a subscriber? Sign in", "newsletter"), ("Externer Inhalt", "cookie"),
        ("Contenu externe", "cookie"), ("Contenido externo", "cookie"),
        ("Continue reading the main story", "advertisement"), ("Load comments", "comments"),
        ("Artikel merken", "share"), ("Ajouter à mes favoris", "share"),
        ("Escuchar noticia", "share"), ("Escuchar nota", "share"),
    ],
)  # fmt: skip
def test_news_pages_buttons_and_prompts_in_german_french_spanish_and_english(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


DE_PROSE = [
    "Der Stadtrat hat am Dienstag einen lange umstrittenen Plan gebilligt, der das nördliche "
    "Flussufer in den nächsten sechs Jahren in eine Kette öffentlicher Parks verwandeln soll.",
    "Der Plan war bereits 2019 vorgeschlagen worden und zweimal an den Kosten für die "
    "Sanierung des Bodens entlang der alten Industriekais gescheitert, sagten Ratsmitglieder.",
    "Die Befürworter argumentierten, dass die Parks Familien in einen Teil der Stadt "
    "zurückbringen würden, der seit mehr als einem Jahrhundert vom Wasser abgeschnitten ist.",
    "Die Arbeiten am ersten Park sollen im Herbst beginnen, sobald die letzten Genehmigungen "
    "vom regionalen Umweltamt erteilt worden sind, teilte die Stadtverwaltung mit.",
]


def test_an_embedded_posts_consent_box_between_paragraphs_leaves_the_text() -> None:
    """Spiegel, Zeit and SZ hold an embedded post behind a consent box, copied as four lines."""
    box = [
        "Empfohlener redaktioneller Inhalt",
        "Externer Inhalt",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Inhalt laden",
    ]
    head = "Stadtrat billigt Plan für Parks am nördlichen Flussufer\n\nVon Jana Holl\n4. März 2024\n\n"
    text = head + "\n\n".join([*DE_PROSE[:2], "\n".join(box), *DE_PROSE[2:]])
    article = clean_text(text)
    assert article.text.split("\n\n") == DE_PROSE


def test_a_skip_link_is_no_site_and_a_notice_drops_the_year_after_the_name() -> None:
    # "Direkt zum Inhalt springen" over the masthead; "© RFI 2024 - Tous droits réservés".
    text = ("Direkt zum Inhalt springen\n" + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
            + "\n\n© Riverside Courier 2024 - All rights reserved. About us\n")
    assert clean_text(text).site == "Riverside Courier"
    text = "Direkt zum Inhalt springen\nRiverside Courier\n" + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
    assert clean_text(text).site == "Riverside Courier"


def test_a_publishing_company_that_owns_the_masthead_confirms_it() -> None:
    # "© STANDARD Verlagsgesellschaft m.b.H. 2024" under a page headed "derStandard".
    text = ("Zum Inhalt springen\nderCourier\n" + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
            + "\n\n© COURIER Verlagsgesellschaft m.b.H. 2024\n")
    article = clean_text(text)
    assert article.site == "derCourier"
    assert "COURIER Verlagsgesellschaft" in [c.value for c in article.candidates["site"]]


ES_PROSE = [
    "El pleno del Ayuntamiento aprobó el martes un plan largamente discutido que convertirá la "
    "ribera norte del río en una cadena de parques públicos durante los próximos seis años.",
    "El plan se propuso por primera vez en 2019 y fracasó dos veces por el coste de limpiar "
    "los suelos de los antiguos muelles industriales, según explicaron varios concejales.",
    "Sus defensores sostienen que los parques devolverán a las familias una parte de la ciudad "
    "que lleva más de un siglo separada del agua por naves y almacenes abandonados.",
    "Las obras del primer parque comenzarán en otoño, en cuanto la consejería de Medio Ambiente "
    "conceda los últimos permisos, informó el Ayuntamiento en un comunicado.",
]


def test_a_lead_photos_caption_under_the_standfirst_is_neither_headline_nor_its_dek() -> None:
    # El País: headline, a standfirst longer than any headline, the photo's caption and
    # its photographer in capitals, then the writer and the date.
    headline = "El Ayuntamiento aprueba el plan de parques para la ribera norte del río"
    stand = ("La propuesta, que fracasó dos veces por el coste de limpiar los suelos de los "
             "antiguos muelles, prevé seis parques encadenados y un paseo de cuatro kilómetros "
             "que abrirá por tramos hasta 2030")
    caption = "Vecinos pasean por la ribera norte del río, junto a los antiguos muelles, el pasado jueves."
    text = ("Menú\nEspaña\nInternacional\nOpinión\nCIUDADES\n" + headline + "\n" + stand + "\n"
            + caption + "\nMARTA RUIZ\nJuana Holguín\nSevilla - 04 mar 2024 - 05:30 CET\n"
            + "Compartir en Facebook\nCopiar enlace\n" + "\n".join(ES_PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.subtitle == stand
    assert article.authors == ("Juana Holguín",)
    assert article.text.split("\n\n") == ES_PROSE
    # La Nación: a "listen" button between them, a caption with no full stop, the
    # photographer's name and the writer's, both in plain case.
    text = ("Cultura\n" + headline + "\n" + stand + "\nEscuchar nota\n" + caption.rstrip(".")
            + "\nMarta Ruiz\nJuana Holguín\nPARA LA COURIER\n4 de marzo de 2024\n"
            + "\n".join(ES_PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Juana Holguín",)


def test_a_related_word_among_menu_items_the_lexicon_does_not_know_heads_no_box() -> None:
    # "ランキング" between two of Nikkei's menu items is a link, not a box over the date.
    headline = "北海道の酪農家、1年で320戸減　飼料高と生乳価格の低迷が重荷"
    prose = [
        "北海道で酪農をやめる農家が相次いでいる。道庁の集計によると、2月時点の道内の酪農家戸数は"
        "約4900戸と、1年前より320戸減った。飼料価格の高止まりが経営を圧迫している。",
        "道内の酪農家が使う配合飼料の価格は、円安や穀物相場の上昇を背景に3年前より約4割高い。"
        "一方、乳業メーカーとの交渉で決まる生乳の取引価格の上げ幅は限られている。",
        "根室地方で乳牛を飼う50代の男性は「牛を増やせば増やすほど赤字が膨らむ」と話す。"
        "後継ぎの息子に経営を継がせるかどうか、決めかねているという。",
    ]
    text = ("ライフスタイル\nランキング\n紙面ビューアー\nログイン\n地域\n北海道・東北\n" + headline
            + "\n北海道・東北\n2024年3月12日 19:30\n保存\n共有\n印刷\nその他\n"
            + "牛舎で作業する酪農家（北海道別海町）\n" + "\n".join(prose))
    article = clean_text(text)
    assert article.title == headline
    assert article.published is not None and article.published.startswith("2024-03-12")


def test_a_headline_over_two_summary_points_in_sentence_case_is_the_headline() -> None:
    # SCMP prints two summary points under the headline, none of the three a sentence.
    headline = "Riverside council approves park plan as costs of cleaning old wharves fall"
    points = ["Officials say the first of six parks could open to families by the autumn of 2026",
              "Opponents warn the money would be better spent on the city's roads and schools"]
    text = ("Hong Kong\nTransport\n" + headline + "\n" + "\n".join(points)
            + "\nJane Holloway\nPublished: 6:00pm, 4 Mar 2024\n" + "\n".join(PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.subtitle == points[0]
    # a kicker of a few words over the headline and its standfirst leaves them be
    text = ("Hong Kong\nTransport\nRiverside Politics\n" + headline + "\n" + points[0]
            + "\nJane Holloway\nPublished: 6:00pm, 4 Mar 2024\n" + "\n".join(PROSE))
    assert clean_text(text).title == headline
    # and so does the Guardian's notice on an old story
    text = ("World\nThis article is more than 1 year old\n" + headline + "\n" + points[0]
            + "\nJane Holloway\nFri 4 Mar 2024 12.01 GMT\n" + "\n".join(PROSE))
    assert clean_text(text).title == headline


def test_a_caption_closed_by_its_photographer_and_paper_is_no_headline() -> None:
    # Politico: "… on nutrition funding. | Francis Chung/POLITICO" between the dek and the byline.
    dek = "The vote ends a five-year fight over the cost of cleaning the old industrial wharves."
    caption = ("Council members debated the plan for more than four hours on Tuesday night. "
               "| Francis Chung/COURIER")
    text = ("Politics\n" + TITLE + "\n" + dek + "\n" + caption + "\nBy Jane Holloway\n"
            "03/04/2024 05:00 PM EDT\n" + "\n".join(PROSE))
    article = clean_text(text)
    assert article.title == TITLE and article.subtitle == dek
    assert lines.is_credited(lines.make_lines("Moradores na orla - Rubens Cavallari - "
                                              "30.jan.2025/Folhapress", None)[0])


def test_a_donation_box_between_the_standfirst_and_the_byline_is_no_part_of_the_header() -> None:
    # The Independent: the box's heading, its pitch and its button; a caption credited "(PA Archive)".
    dek = "The vote ends a five-year fight over the cost of cleaning the old industrial wharves"
    box = ["Your support helps us to tell the story",
           "From climate change to local democracy, the Courier is on the ground when the story "
           "is developing. We know how important it is to parse out the facts from the messaging.",
           "Support Now"]
    headline = "Riverside residents to be offered weekend ferry trips as the council clears its backlog"
    text = ("News\nUK\n" + headline + "\n\n" + dek + "\n\nCouncil members at the wharves (PA Archive)\n\n"
            + "\n".join(box) + "\n\nJane Holloway\nThursday 4 March 2024 18:32 GMT\n\n"
            + "\n\n".join(PROSE) + "\n\nI would like to be emailed about offers, events and "
            "updates from the Courier\n")
    article = clean_text(text)
    assert article.title == headline and article.subtitle == dek
    assert article.text.split("\n\n") == PROSE


@pytest.mark.parametrize(
    "line",
    ["By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You "
     "may unsubscribe at any time by following the directions at the bottom of the email or by "
     "contacting us here. This site is protected by reCAPTCHA and the Google Privacy Policy and "
     "Terms of Service apply.",
     "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
     "By submitting your email, you agree to our Terms and Privacy Notice.",
     "Donate", "Support us", "Make a contribution"],
)  # fmt: skip
def test_a_sign_up_forms_fine_print_and_a_donation_boxs_buttons_are_a_newsletters(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "newsletter"


def test_taiwan_and_mainichi_name_the_reporter_glued_to_the_texts_first_paragraph() -> None:
    zh = "〔記者陳宛廷／台北報導〕" + ZH_ARTICLE[0]
    text = "\n".join(["首頁", "財經", "北捷票價25年來首度全面調整", "2024/12/18 18:32", "Facebook",
                      "複製連結", zh, *ZH_ARTICLE[1:]])  # fmt: skip
    article = clean_text(text)
    assert article.authors == ("陳宛廷",)
    ja = JAPANESE[0] + "【山田航平】"
    text = "\n".join(["トップ", "社会", "市議会、北岸の公園整備計画を可決", "2024/3/4 18:32",
                      "ブックマーク", "メール", "リンク", "印刷", ja, *JAPANESE[1:]])  # fmt: skip
    article = clean_text(text)
    assert article.authors == ("山田航平",)
    assert article.text.split("\n\n")[0] == ja  # the paragraph keeps its bracket, as a dateline


def test_a_bracketed_text_by_line_names_its_one_writer_after_the_outlet() -> None:
    # Guancha: "【文/观察者网 陈思远】" over the text; a caption closed by its picture agency.
    text = "\n".join(["首页", "国际", "荷兰扩大对华半导体设备出口管制", "2025-01-09 21:46:13",
                      "【文/观察者网 陈思远】", ZH_ARTICLE[0], "荷兰阿斯麦公司总部 视觉中国",
                      *ZH_ARTICLE[1:]])  # fmt: skip
    article = clean_text(text)
    assert article.authors == ("陈思远",)
    assert article.text.split("\n\n") == ZH_ARTICLE


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Votre abonnement vous permet d'offrir jusqu'à 15 articles par mois à vos proches. Pour "
      "cela, cliquez sur l'icône « Offrir l'article » présente en haut et en bas de chaque "
      "article.", "newsletter"),
     ("WATCH | Riverside riders describe their new commutes:", "related"),
     ("Duration 2:07", "related"), ("REGISTER NOW", "advertisement"),
     ("Lisez aussi Canicule : pourquoi la saison des feux commence plus tôt", "related")],
)  # fmt: skip
def test_a_gift_notice_a_video_box_an_event_button_and_a_french_teaser(line: str, reason: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason
    assert lines.is_credited(lines.make_lines("Image Credits:Voltloop", None)[0])


def test_a_swiss_byline_names_the_town_and_the_lead_photo_has_its_credit_alone() -> None:
    # The NZZ: "Reto Imhof, Bern" over the date; under the share bar, the caption then
    # "Peter Klaunzer / Keystone" on a line of its own.
    text = ("Zum Hauptinhalt springen\nStartseite\nSchweiz\nKOMMENTAR\n"
            "Stadtrat billigt Plan für Parks am nördlichen Flussufer\n"
            "Der Rat hat einen lange umstrittenen Plan gebilligt. Das Anliegen ist verständlich, "
            "die Kosten aber sind es nicht, und die Stadt sollte sie offenlegen.\n"
            "Jana Holl, Bern\n04.03.2024, 05.30 Uhr\n4 min\nHören\nMerken\nTeilen\n"
            "Seit 2019 liegt das Ufer brach, die alten Kais rosten vor sich hin.\n"
            "Peter Klaunzer / Keystone\n\n" + "\n\n".join(DE_PROSE))
    article = clean_text(text)
    assert article.authors == ("Jana Holl",)
    assert article.text.split("\n\n") == DE_PROSE
    assert article.site is None  # (the skip link is no masthead)


def test_names_then_the_outlet_then_the_date_make_a_byline_with_no_by() -> None:
    # CBC: "Emily Tkachuk, Daniel Okafor · CBC News · Posted: Oct 21, 2025 5:00 AM CST | …"
    byline = ("Jane Holloway, John Roe · Courier News · Posted: Mar 04, 2024 5:00 AM CST | "
              "Last Updated: March 4")
    text = "News\n" + TITLE + "\n" + byline + "\nSocial Sharing\n\n" + "\n\n".join(PROSE)
    article = clean_text(text)
    assert article.authors == ("Jane Holloway", "John Roe")
    assert published_on(article, "2024-03-04")


def test_a_reposts_note_and_a_japanese_signature_in_brackets_name_the_writer() -> None:
    # Huxiu reposts a public account's post under its note; Tokyo Shimbun signs the text's end.
    note = "本文来自微信公众号：硬核财经局 （ID：yinghecaijing），作者：陈墨，编辑：周楠，题图来自：视觉中国"
    text = "\n".join(["首页", "资讯", "二手车商，正在被“闲置经济”改写", "硬核财经局", "2025-06-18 08:15",
                      note, *ZH_ARTICLE])  # fmt: skip
    article = clean_text(text)
    assert article.authors == ("陈墨",)
    assert note not in article.text
    last = JAPANESE[-1] + "（山田雄一）"
    text = "\n".join(["トップ", "社会", "市議会、北岸の公園整備計画を可決", "2024年3月4日 06時00分",
                      *JAPANESE[:-1], last, "関連キーワード"])  # fmt: skip
    assert clean_text(text).authors == ("山田雄一",)
    # a place in brackets names no one; an agency's credit names the agency, as "Par AFP" does
    for credit, wire in (("（共同）", ("共同",)), ("（北海道別海町）", ()), ("（東京都）", ())):
        text = "\n".join(["トップ", "社会", "市議会、北岸の公園整備計画を可決", "2024年3月4日 06時00分",
                          *JAPANESE[:-1], JAPANESE[-1] + credit])  # fmt: skip
        assert clean_text(text).authors == wire, credit


def test_a_page_that_prints_its_update_on_top_gives_the_day_printed_under_the_text() -> None:
    # The Hindu: "Updated - October 14, 2025" under the headline, "Published - October 13,
    # 2025" under the text.
    text = (TITLE + "\nJane Holloway\nUpdated - March 5, 2024 08:47 pm IST - CHENNAI\n\n"
            + "\n\n".join(PROSE) + "\n\nPublished - March 4, 2024 07:15 pm IST\nRead Comments\n")
    assert published_on(clean_text(text), "2024-03-04")


def test_a_share_bar_of_many_networks_leaves_the_headline_in_reach() -> None:
    # NBC News: the caption and its credit, then fourteen buttons, then the date and byline.
    dek = ("The vote ends a five-year fight over the cost of cleaning the old industrial wharves, "
           "and the first park could open to families by the autumn of 2026, officials said.")
    buttons = ["Save", "Copy link", "Facebook", "X", "Email", "SMS", "Print", "Whatsapp", "Reddit",
               "Pocket", "Flipboard", "Pinterest", "Linkedin"]
    text = ("U.S. NEWS\n" + TITLE + "\n" + dek + "\n\nCouncil members at the wharves on Tuesday.\n"
            "Scott Olson / Getty Images file\n\n" + "\n".join(buttons)
            + "\nMarch 4, 2024, 5:02 AM EDT\nBy Jane Holloway\n" + "\n".join(PROSE))
    assert clean_text(text).title == TITLE


def test_a_photographers_copyright_over_the_standfirst_is_a_credit() -> None:
    # Stern: kicker, headline, the photo's caption, "© Lena Hartwig / dpa", the standfirst.
    headline = "Wenn der Stadtrat entscheidet: Ein Ufer wartet seit hundert Jahren auf seinen Park"
    stand = ("Seit 2019 liegt das Ufer brach. Jetzt soll es ein Park werden – und die ganze Stadt "
             "redet mit. Über einen Plan, der zweimal an den Kosten gescheitert ist und nun doch kommt.")
    text = ("Gesellschaft\nReportage\nStadtplanung\n" + headline + "\n"
            "Die alten Kais am nördlichen Flussufer der Stadt im Februar\n© Lena Hartwig / dpa\n"
            + stand + "\nVon Jana Holl\n04.03.2024, 06:00\n4 Min.\nArtikel teilen\n\n"
            + "\n\n".join(DE_PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Jana Holl",)


@pytest.mark.parametrize(
    "line", ["Facebook Logo", "X Logo", "WhatsApp Logo", "Per E-Mail teilen",
             "Vergrößern des Bildes", "SMS", "Pocket"],
)  # fmt: skip
def test_share_icons_by_their_alt_text_and_an_enlarge_button_are_share_buttons(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "share"


def test_an_interviews_byline_and_a_standfirst_of_two_paragraphs() -> None:
    # L'Obs: "Propos recueillis par …" under a headline in quotes and two paragraphs of dek.
    headline = "« Nous avons oublié de nous promener au bord du fleuve »"
    dek = ["Urbaniste et spécialiste des berges à l'université de Lyon, Clémence Vautrin publie un "
           "essai sur la reconquête des quais. Elle y défend une idée simple et dérangeante.",
           "Selon elle, les parcs ne suffisent pas : c'est notre rapport au temps libre qui doit changer."]
    prose = [
        "Les villes ont toujours tourné le dos à leurs fleuves, mais ce n'est pas une fatalité. "
        "Pendant un siècle, les quais ont servi au commerce, puis à l'automobile, jamais aux habitants.",
        "Le conseil municipal a approuvé mardi un plan longtemps débattu qui doit transformer la rive "
        "nord en une chaîne de parcs publics au cours des six prochaines années.",
        "Les travaux du premier parc devraient commencer à l'automne, une fois les derniers permis "
        "accordés par le service régional de l'environnement, selon la mairie.",
        "Le plan avait été proposé une première fois en 2019 et avait échoué deux fois à cause du "
        "coût de la dépollution des sols le long des anciens quais industriels.",
        "Ses partisans estiment que les parcs ramèneront des familles dans un quartier coupé de "
        "l'eau depuis plus d'un siècle par des entrepôts et des voies ferrées.",
    ]
    text = ("Se connecter\nS'abonner\nPolitique\nMonde\nSociété\nSanté\nCulture\n\nSanté\n"
            "Entretien\n" + headline + "\n" + "\n".join(dek)
            + "\nPropos recueillis par Élise Karamanlis\nPublié le 9 février 2025 à 07h00\n"
            "Temps de lecture : 5 min.\nArticle réservé aux abonnés\nPartager\n\n"
            + "\n\n".join(prose))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Élise Karamanlis",)


def test_two_letter_family_names_and_chinese_interns_and_correspondents_are_authors() -> None:
    assert lines.looks_like_name("Hannah Lo") and lines.looks_like_name("Kevin Ng")
    assert not lines.looks_like_name("Lo Siento") and not lines.looks_like_name("通讯员")
    for byline, want in (("南方周末记者 黄嘉陵 南方周末实习生 孟一帆", ["黄嘉陵", "孟一帆"]),
                         ("记者 张三 通讯员 李四", ["张三", "李四"])):  # fmt: skip
        assert textmeta.byline_names(lines.make_lines(byline, None)[0]) == want


@pytest.mark.parametrize("between", ["", "y\n"])
def test_writers_stacked_one_a_line_over_the_date_are_all_authors(between: str) -> None:
    # 20minutos stacks its writers; El Confidencial puts "y" on a line of its own.
    text = ("NACIONAL\n" + TITLE + "\nPor\nJane Holloway\n" + between + "John Roe\n"
            "Publicada: 04.03.2024 - 08:02h\nCompartir\n\n" + "\n\n".join(PROSE))
    assert clean_text(text).authors == ("Jane Holloway", "John Roe")


def test_chinese_font_buttons_name_no_one_and_the_agencys_dateline_names_its_reporter() -> None:
    # China News: "大字体 / 小字体" beside the date, then "中新网北京5月9日电 (记者 李雯欣)…".
    first = "中新网北京5月9日电 (记者 李雯欣)" + ZH_ARTICLE[0]
    text = "\n".join(["首页", "财经", "前4个月中国跨境电商进出口同比增长7.6%", "2025年05月09日 15:42",
                      "来源：中国新闻网", "大字体", "小字体", first, *ZH_ARTICLE[1:]])  # fmt: skip
    assert clean_text(text).authors == ("李雯欣",)


def test_bylines_of_a_university_office_a_taiwanese_site_and_the_global_times() -> None:
    text = (TITLE + "\nThe plan was first proposed in 2019.\n"
            "Jane Holloway | Department of Civil and Environmental Engineering\n"
            "Publication Date:\nMarch 4, 2024\n\n" + "\n\n".join(PROSE))
    assert clean_text(text).authors == ("Jane Holloway",)
    text = "\n".join(["首頁", "生活", "端午連假高鐵加開106班次", "中時新聞網 蔡佳穎", "2025/04/15 14:28",
                      *ZH_ARTICLE])  # fmt: skip
    assert clean_text(text).authors == ("蔡佳穎",)
    first = "【环球时报驻日本特约记者 林雨桐 环球时报特约记者 周屹】" + ZH_ARTICLE[0]
    text = "\n".join(["首页", "国际", "日本多地便利店试行夜间无人值守", "2025-04-16 06:48",
                      "来源：环球时报", first, *ZH_ARTICLE[1:]])  # fmt: skip
    assert clean_text(text).authors == ("林雨桐", "周屹")


def test_a_photographers_credit_in_capitals_over_an_agency_is_no_author() -> None:
    # HuffPost France: the caption, then "PASCAL FAYOLLE / AFP" on a line of its own.
    assert lines.is_credited(lines.make_lines("PASCAL FAYOLLE / AFP", None)[0])
    text = ("Actualités\n" + TITLE + "\nPar Jane Holloway\nPublié le 4 mars 2024 à 10h32\n"
            "Partager\nLes quais de la ville, le 3 mars 2024.\nPASCAL FAYOLLE / AFP\n\n"
            + "\n\n".join(PROSE))
    assert clean_text(text).authors == ("Jane Holloway",)


def test_a_two_digit_year_after_a_publication_label_when_the_order_is_plain() -> None:
    assert dates.labelled_short_year("Publié le 27/03/25 à 07h15") == "2025-03-27"
    assert dates.labelled_short_year("Posted 12/31/24") == "2024-12-31"
    assert dates.labelled_short_year("Publié le 03/04/25") is None  # a day or a month first


def test_the_first_publication_under_the_text_beats_the_days_date_on_top() -> None:
    # Handelsblatt: "12.03.2025 - 08:47 Uhr" under the headline, "Erstpublikation: 11.03.2025,
    # 17:05 Uhr." under the text.
    text = ("Unternehmen\nStadtrat billigt Plan für Parks am nördlichen Flussufer\n"
            "Jana Holl\n05.03.2024 - 08:47 Uhr\n\n" + "\n\n".join(DE_PROSE)
            + "\n\nErstpublikation: 04.03.2024, 17:05 Uhr.\n")
    assert published_on(clean_text(text), "2024-03-04")


def test_a_logos_alt_text_and_a_back_to_home_link_name_the_site() -> None:
    # The Verge: "The homepage" (the link split from its name), then "The Verge logo.".
    top = "Skip to main content\nThe homepage\nThe Courier\nThe Courier logo.\nMenu Button\n"
    text = top + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
    assert clean_text(text).site == "The Courier"
    text = "Riverside Courier - back to home\n" + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
    assert clean_text(text).site == "Riverside Courier"
    text = "Search\nlogo logo\n" + HEADER.split("\n", 1)[1] + "\n".join(PROSE)
    assert clean_text(text).site != "logo"


def test_a_company_of_partners_owning_the_site_is_no_site() -> None:
    # "Copyright © 2025 Bennett, Coleman & Co. Ltd.": the owner, not the paper's name.
    text = (HEADER + "\n".join(PROSE) + "\n\nCopyright © 2024 Greene, Holloway & Co. Ltd. All "
            "rights reserved.\n")
    article = clean_text(text)
    assert article.site is None
    assert any(c.value.startswith("Greene, Holloway") for c in article.candidates["site"])


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Le puede interesar: Estas son las estaciones del metro con más quejas", "related"),
     ("À voir également sur Le HuffPost :", "related"),
     ("Mehr: Wie Deutschlands Autozulieferer um ihre Zukunft kämpfen", "related"),
     ("【関連記事】八潮の道路陥没事故受け、下水道管の全国点検へ", "related"),
     ("【図解】シラスウナギ国内採捕量の推移", "related"),
     ("Why you can trust Sky News", "boilerplate"),
     ("Submit a letter to the editor at mail@wired.com", "boilerplate"),
     ("未经授权禁止转载、摘编、复制及建立镜像", "boilerplate"),
     ("违法和不良信息举报电话：010-12345678", "boilerplate"),
     ("You’ve read 1 article in the last month", "newsletter"),
     ("Yes, I'll give $5/month", "newsletter"),
     ("Can't afford to donate? Support the Courier by creating a free account", "newsletter"),
     ("Already contributed? Log in to hide these messages.", "newsletter"),
     ("Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.", "newsletter"),
     ("Únete a nuestro canal ¡EL COURIER ya está en Whatsapp!", "newsletter"),
     ("Join the Courier's WhatsApp Channel and get the latest news.", "newsletter"),
     ("Il Corriere è anche su WhatsApp.", "newsletter"),
     ("スポンサーリンク", "advertisement")],
)  # fmt: skip
def test_teasers_notes_donation_boxes_and_messenger_channels(line: str, reason: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Pic: Reuters", "EFE/Javier Blasco", "Lucas Gibbs/The Clarion-Ledger via USA TODAY NETWORK",
     "TALKBRIDGE M1（出典：プレスリリース、以下同）"],
)  # fmt: skip
def test_more_photo_credits(line: str) -> None:
    assert lines.is_credited(lines.make_lines(line, None)[0])


def test_a_pricing_pages_payment_note_is_text() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("We accept credit card, Apple Pay and Google Pay.") is None
    assert lexicon_reason("Mehr Geld für alle") is None


def test_the_authors_name_in_a_card_inside_the_text_is_no_signature() -> None:
    # Ghost's bookmark card: the linked page's title, summary, host and author, then the
    # essay goes on for as long again. The same name under the last paragraph signs it.
    card = ["The Thursday Tally – a printable count sheet",
            "A one-page form for counting bikes at a single corner. Free to copy and use.",
            "Google Docs", "Jane Holloway"]
    more = [p.replace("council", "committee") for p in PROSE]
    text = (HEADER + "\n\n".join(PROSE) + "\n\n" + "\n".join(card) + "\n\n" + "\n\n".join(more)
            + "\n\nDon't miss out on the latest issues. Sign up now to get access to the library.\n")
    article = clean_text(text)
    assert article.text.split("\n\n")[-len(more):] == more
    assert "Jane Holloway" not in article.text.split("\n\n")
    assert "Don't miss out" not in article.text
    text = HEADER + "\n\n".join(PROSE) + "\n\nJane Holloway\n\n" + "Reply\nShare your thoughts\n"
    assert clean_text(text).text.split("\n\n") == PROSE


def test_a_subheading_over_a_line_that_opens_a_list_is_kept() -> None:
    # Le Parisien: "Comment fonctionne la coopérative" over "Concrètement, le capital est
    # réparti ainsi :" and three items ending on semicolons.
    prose = [
        "La boulangerie de la rue de Fontenay ne fermera pas. Après des mois d'incertitude, plus de "
        "deux cents habitants du quartier ont réuni de quoi la racheter au boulanger historique.",
        "Le collectif a choisi de créer une société coopérative d'intérêt collectif, une forme "
        "juridique qui permet d'associer salariés, clients et collectivités au capital.",
        "Chaque associé dispose d'une voix en assemblée générale, quel que soit le montant investi, "
        "et les bénéfices sont d'abord réinvestis dans le commerce, selon les statuts.",
        "Le maire salue une initiative exemplaire et assure que la ville étudie un dispositif pour "
        "aider d'autres commerces de proximité menacés de fermeture dans le quartier.",
    ]
    section = ["Comment fonctionne la coopérative", "Concrètement, le capital est réparti ainsi :",
               "", "212 habitants, avec des parts de 100 à 5 000 euros ;", "les trois salariés ;",
               "la commune, qui a pris une part symbolique.", ""]
    text = ("Vincennes : les habitants rachètent la boulangerie du quartier\nPar Julie Martin\n"
            "Le 23 avril 2024 à 18h42\n\n" + "\n\n".join(prose[:2]) + "\n" + "\n".join(section)
            + "\n" + "\n\n".join(prose[2:]))
    assert "Comment fonctionne la coopérative" in clean_text(text).text.split("\n\n")


@pytest.mark.parametrize(
    ("line", "reason"),
    [("skip past newsletter promotion", "newsletter"), ("after newsletter promotion", "newsletter"),
     ("Privacy Notice: Newsletters may contain info about charities, online ads, and content "
      "funded by outside parties.", "newsletter"),
     ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien.", "cookie"),
     ("Nous utilisons des cookies pour améliorer votre expérience.", "cookie"),
     ("Utilizamos cookies propias y de terceros.", "cookie")],
)  # fmt: skip
def test_the_guardians_newsletter_box_and_cookie_notices_in_four_languages(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_japanese_and_taiwanese_credits_a_members_badge_and_a_headline_closing_a_quote() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("会員限定") == lexicon_reason("贊助我們") == "newsletter"
    assert lexicon_reason("ポスト") == "share"
    # Diamond: a series' label, "#3", the headline closing on a quote, the desk and its writer.
    headline = "ドライバー残業規制から1年、中小運送会社の倒産が過去最多ペースで増える「本当の理由」"
    text = "\n".join(["特集", "物流クライシス2025", "#3", headline, "ダイヤモンド編集部 堀内健太",
                      "2025.3.10 5:25", "会員限定", *JAPANESE])  # fmt: skip
    article = clean_text(text)
    assert article.title == headline and article.authors == ("堀内健太",)
    # The Reporter: "文字" over its writers, "攝影" over the photographer's name.
    text = "\n".join(["科學環境", "風機轉動的第五年：彰化王功漁村的收入", "文字", "林宜蓁、陳柏睿", "攝影",
                      "吳思緯", "2025/3/10", *ZH_ARTICLE])  # fmt: skip
    assert clean_text(text).authors == ("林宜蓁", "陳柏睿")


def test_a_kicker_under_the_date_an_audio_player_and_a_byline_closed_by_a_comma() -> None:
    from clipper.clean.boilerplate import lexicon_reason

    for line in ("Lecture en 4 min.", "4 min de lecture", "1x"):
        assert lexicon_reason(line) == "share", line
    assert lexicon_reason("23:30") is None  # a time in a table's cell
    assert lines.is_credited(lines.make_lines("JEAN-LUC FOURNIER / CIRIC", None)[0])
    # n-tv: the date, a kicker of three words, the headline, then the audio player.
    headline = "Stadtrat billigt Plan für Parks am nördlichen Flussufer"
    text = ("Politik\nPanorama\n04.03.2024, 15:42 Uhr\nParks statt Kais\n" + headline
            + "\nArtikel anhören\n00:00\n02:51\n1x\n\n" + "\n\n".join(DE_PROSE))
    assert clean_text(text).title == headline
    # La Croix: "Clémence Aubertin," over the date, a credit in capitals under the caption.
    text = ("Religion\nAnalyse\n" + TITLE + "\nThe vote ends a five-year fight over the cost of "
            "cleaning the old industrial wharves, and the first park could open next year.\n"
            "Jane Holloway,\nle 04/03/2024 à 17:05\nLecture en 4 min.\nPartager\n"
            "Council members at the wharves in February\nJEAN-LUC FOURNIER / CIRIC\n\n"
            + "\n\n".join(PROSE))
    assert clean_text(text).authors == ("Jane Holloway",)


def test_writers_names_glued_to_their_profiles_are_names() -> None:
    # CNBC: "Samantha Ruiz@in/samantharuizcnbc/@SamRuizCNBC" under the dates.
    text = (TITLE + "\nPublished Mon, Mar 4 2024 9:12 AM EST\n"
            "Jane Holloway@in/janeholloway/@JHolloway\nJohn Roe@_JohnRoe\nShare\n\n"
            + "\n\n".join(PROSE))
    assert clean_text(text).authors == ("Jane Holloway", "John Roe")


def test_a_read_more_point_over_the_byline_is_no_box_and_for_an_outlet_is_no_name() -> None:
    # Daily Mail: the summary's points end on "READ MORE: <headline>", then "By JAMES
    # TARRANT and ELLIE KEMP FOR MAILONLINE" over the dates.
    headline = "Furious villagers say coach tours are 'shaking apart' their 600-year-old bridge"
    text = ("News\nLogin\n" + headline + "\nUp to 40 coaches a day now stop in the village, "
            "near the old wharves\nStonemasons have found three fresh cracks in the parapet\n"
            "READ MORE: Village so overrun by tourists it hired its own traffic wardens\n"
            "By JANE HOLLOWAY and JOHN ROE FOR COURIERONLINE\n"
            "Published: 14:22 GMT, 4 March 2024 | Updated: 16:05 GMT, 4 March 2024\n\n"
            + "\n\n".join(PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Jane Holloway", "John Roe")
    by = lines.make_lines("By Jane Doe for The Guardian", "en")[0]
    assert textmeta.byline_names(by) == ["Jane Doe"]


def test_an_op_ed_contributor_with_a_trade_after_the_name_and_a_tag_over_the_standfirst() -> None:
    # La Tribune: the headline, "OPINION", a standfirst longer than a paragraph, then
    # "Name, économiste, professeur associé à …" over the date.
    standfirst = ("OPINION. The vote ends a five-year fight over the cost of cleaning the old "
                  "industrial wharves, and the first park could open next year if the permits "
                  "arrive on time. But the plan says little about who will pay for the upkeep.")
    text = ("Aller au contenu principal\nLa Tribune\nS'abonner\n" + TITLE + "\nOPINION\n"
            + standfirst + "\nJane Holloway, économiste, professeur associé à l'université "
            "Paris-Dauphine\n10 mars 2025 à 7h00\nPartager\n\n" + "\n\n".join(PROSE))
    article = clean_text(text)
    assert article.title == TITLE
    assert article.authors == ("Jane Holloway",)
    assert textlabels.bare_names("Ana Ruiz, a senior fellow at the Brookings Institution") == (
        "Ana Ruiz",)
    # A headline's second part names no trade.
    assert textlabels.bare_names("Jacques Delors, bâtisseur de l'Europe") == ()


def test_a_list_the_text_announces_under_a_sign_up_box_is_the_text_going_on() -> None:
    # Frankfurter Rundschau: a newsletter's pitch and button between paragraphs, then "Die
    # wichtigsten Punkte des Beschlusses:" over three items (one reads as a date line), then
    # the last paragraph.
    from clipper.clean.boilerplate import lexicon_reason

    pitch = "Frankfurt-Newsletter: Das Wichtigste aus der Stadt – jeden Morgen kostenlos in Ihr Postfach."
    assert lexicon_reason(pitch) == "newsletter"
    items = ["Dauerhafte Sperrung für den Durchgangsverkehr ab 1. Januar 2025",
             "Lieferverkehr und Rettungsdienste bleiben zugelassen",
             "Umbau bis Ende 2026, Kosten rund 9,4 Millionen Euro"]
    text = ("Politik\nFrankfurt\nStadtrat billigt Plan für Parks am nördlichen Flussufer\n"
            "Von Jane Holloway\n21.11.2024, 17:35 Uhr\n\n" + "\n\n".join(DE_PROSE[:3]) + "\n\n"
            + pitch + "\nJetzt anmelden\n\nDie wichtigsten Punkte des Beschlusses:\n\n"
            + "\n".join(items) + "\n\n" + DE_PROSE[3] + "\n\nAuch interessant\nImpressum\n")
    body = clean_text(text).text
    assert "Postfach" not in body
    assert all(item in body for item in items)
    assert body.endswith(DE_PROSE[3])


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Taylor Dobbs can be reached at taylor.dobbs@globe.com.", "bio"),
     ("Enjoying this article? Click here to subscribe for full access.", "newsletter"),
     ("Sigue toda la información de Cinco Días en Facebook, X y Linkedin", "share"),
     ("Síguenos en Twitter", "share"), ("Suivez-nous sur Facebook", "share"),
     ("Folgen Sie uns auf Instagram", "share"), ("請繼續下滑閱讀", "advertisement"),
     # teasers between paragraphs: The Atlantic's and the Bangkok Post's, Heraldo's
     ("Read: The case for a right to repair", "related"),
     ("Lea también: ¿Cuándo se va la nieve? La Aemet avanza el tiempo", "related"),
     ("Readers say the plan is bad.", None), ("Read:", None),
     # Il Post's teaser behind a dash, its appeal and its newsletter; IT之家's link notice
     ("– Leggi anche: Venezia ha sempre meno abitanti", "related"),
     ("Il Post è gratuito da leggere, ma è fatto di giornalismo che costa. Abbonati per "
      "sostenerlo.", "newsletter"),
     ("Iscriviti a Tienimi al Post, la newsletter che ti racconta cosa è successo oggi.",
      "newsletter"),
     ("广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息。",
      "boilerplate"),
     ("— Jane Doe", None),
     # Japanese share rows and a topic's follow button (Yahoo! News, Nikkei)
     ("Xでポスト Facebookでシェア LINEで送る URLをコピー", "share"),
     ("X Facebook LINE はてな リンクをコピー 保存 印刷", "share"),
     ("能登半島地震 フォローする", "share"), ("Jane Doe Follow", None),
     ("Pular para o conteúdo principal", "menu"),  # Folha's skip link, read as the site
     ("用微信扫码二维码", "share"),  # Xinhua's WeChat prompt, read as the headline
     ("Datenschutz bei SPIEGEL", "cookie"),  # a consent dialog's heading, read as the site
     ("Datenschutz bei Kindern ist wichtig, sagt die Ministerin in Berlin.", None),
     ("Facebook X WhatsApp Mail Sauvegarder", "share"),  # 20 Minutes' share row
     ("Listen Watch Sign in", "share")],  # CNN's buttons, read as the headline
)  # fmt: skip
def test_contact_lines_follow_prompts_and_an_ad_marker_are_in_the_lexicon(
    line: str, reason: str | None
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_the_writers_contact_lines_under_the_text_are_no_part_of_it() -> None:
    # The Boston Globe: "Name can be reached at address." for each writer, under the text.
    text = (TITLE + "\nBy Jane Holloway and John Roe Globe Staff\nUpdated March 9, 2025\n\n"
            + "\n\n".join(PROSE) + "\n\nJane Holloway can be reached at jane.holloway@globe.com."
            "\nJohn Roe can be reached at john.roe@globe.com.\n\nMost Popular\n")
    assert clean_text(text).text.split("\n\n") == PROSE


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [("英国《金融时报》 亚历克斯·莫里森 吉隆坡, 黄嘉慧 新加坡报道", "zh", ["亚历克斯·莫里森", "黄嘉慧"]),
     ("记者 张三 北京报道", "zh", ["张三"]),  # (not "北京报道", the town filed from)
     ("本报记者 张三 李四 北京报道", "zh", ["张三", "李四"]),
     ("松井 隆之 経済ジャーナリスト", "ja", ["松井 隆之"]),
     ("ファイナンシャルプランナー 岩田 紗季", "ja", ["岩田 紗季"]),
     ("東京 大阪 名古屋", "ja", [])],
)  # fmt: skip
def test_chinese_reported_from_and_japanese_name_and_trade_bylines(
    line: str, lang: str, names: list[str]
) -> None:
    assert textmeta.byline_names(lines.make_lines(line, lang)[0]) == names


def test_a_japanese_contributor_with_a_trade_under_the_headline_is_no_headline() -> None:
    # 現代ビジネス: the headline, then "松井 隆之 経済ジャーナリスト", "プロフィール", the date.
    headline = "実家の空き家を放置すると「固定資産税6倍」も…相続した人が今すぐ確認すべき3つのこと"
    text = "\n".join(["現代ビジネス", "ライフ", headline, "松井 隆之 経済ジャーナリスト", "プロフィール",
                      "2025.03.13", *JAPANESE])  # fmt: skip
    article = clean_text(text)
    assert article.title == headline and article.authors == ("松井 隆之",)


def test_a_lone_section_word_under_the_headline_and_two_writers_joined_by_y() -> None:
    # Milenio: the headline, "Comunidad", the standfirst, "Daniela Ruiz y Javier Mendoza"
    # (read whole, one name with its "y", as "José Ortega y Gasset" is), the town and date.
    headline = "Iztapalapa y Tlalpan, con tandeo de agua hasta octubre; Sacmex amplía reparto de pipas"
    standfirst = ("El Sistema de Aguas de la Ciudad de México informó que 260 colonias recibirán "
                  "agua por tandeo mientras se realizan trabajos de mantenimiento en el Cutzamala.")
    text = ("Opinión\nMilenio TV\n" + headline + "\nComunidad\n" + standfirst + "\n"
            "Daniela Ruiz y Javier Mendoza\nCiudad de México / 19.08.2024 08:15:00\nFacebook\n"
            "Twitter\n\n" + "\n\n".join(SPANISH))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Daniela Ruiz", "Javier Mendoza")
    assert textlabels.bare_names("José Ortega y Gasset") == ("José Ortega y Gasset",)


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [("27.05.2025 um 14:05 Uhr - Lena Hartwig, Constantin Maier - in Überwachung - 7 Ergänzungen",
      "de", ["Lena Hartwig", "Constantin Maier"]),
     ("2025-03-01 | Jane Doe", "en", ["Jane Doe"]),
     ("3 March 2025 - New York", "en", []),
     ("端傳媒記者 周雨晴 發自台北", "zh", ["周雨晴"])],
)  # fmt: skip
def test_writers_after_the_date_that_opens_a_line_and_a_reporter_filing_from_a_town(
    line: str, lang: str, names: list[str]
) -> None:
    assert textmeta.byline_names(lines.make_lines(line, lang)[0]) == names


@pytest.mark.parametrize(
    ("line", "reason"),
    [("TE RECOMENDAMOS", "related"),
     ("Log in, register or subscribe to save articles for later.", "newsletter"),
     ("Join over 1 million Forbes Daily subscribers", "newsletter"),
     ("Wir sind ein spendenfinanziertes Medium", "newsletter"),
     ("Unterstütze auch Du unsere Arbeit mit einer Spende.", "newsletter")],
)  # fmt: skip
def test_a_recommendation_label_save_prompt_and_donation_box_are_in_the_lexicon(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_a_live_blogs_entries_are_no_teasers_and_a_writer_with_the_wire_is_the_author() -> None:
    # BFMTV: "Marine Cardot avec AFP" over the dates, "Ce direct est désormais terminé.", then
    # entries newest first, each its time, heading and paragraph: the shape of a list of
    # teasers, but for the time over each heading.
    entries = [
        ("18:47", "Enedis: près de 180.000 foyers toujours privés d'électricité",
         "En fin d'après-midi, environ 180.000 foyers restaient privés de courant dans l'ouest "
         "du pays, dont 95.000 dans le Finistère, selon Enedis, qui a mobilisé 2.400 techniciens."),
        ("17:30", "La SNCF prévoit une reprise progressive jeudi",
         "La circulation des TER reste interrompue entre Brest et Rennes ainsi qu'entre Caen et "
         "Cherbourg. La SNCF annonce une reprise progressive à partir de jeudi midi."),
        ("16:05", "Un homme de 67 ans grièvement blessé dans les Côtes-d'Armor",
         "Un homme a été grièvement blessé à Lannion par la chute d'une branche alors qu'il "
         "dégageait l'accès à son garage, a indiqué la préfecture des Côtes-d'Armor."),
        ("14:20", "Les écoles fermées jeudi dans le Finistère",
         "Le rectorat de Rennes a annoncé que les écoles, collèges et lycées du Finistère "
         "resteraient fermés jeudi. Les établissements des Côtes-d'Armor rouvriront normalement."),
        ("11:48", "Une rafale à 163 km/h enregistrée à la pointe du Raz",
         "Météo-France a enregistré une rafale de 163 km/h à la pointe du Raz vers 3 heures du "
         "matin, la plus forte mesurée pendant l'épisode, et 120 km/h à Morlaix."),
    ]
    text = ("BFMTV\nPolitique\nSociété\nEN DIRECT - Tempête Léandre: 180.000 foyers toujours "
            "privés d'électricité\nMarine Cardot avec AFP\nLe 12/03/2025 à 06:12\nPartager\n"
            "Facebook\n\nPublicité\n\nCe direct est désormais terminé. Merci de l'avoir suivi.\n\n"
            + "\n\n".join("\n".join(e) for e in entries) + "\n\nMots-clés\nTempête\n")
    article = clean_text(text)
    assert article.authors == ("Marine Cardot",)
    assert all(paragraph in article.text for _, _, paragraph in entries)
    assert "Ce direct" not in article.text


def test_a_cna_caption_with_its_dated_credit_is_no_paragraph_so_the_dateline_names_the_writer() -> None:
    # CNA: the caption closes on "中央社記者張新偉攝 114年3月12日" (the day in Taiwan's
    # calendar); the text opens with "（中央社記者陳怡君台北12日電）".
    headline = "南部水情轉趨嚴峻 經濟部：台南高雄4月起亮橙燈減量供水"
    caption = "曾文水庫蓄水率降至2成以下。圖為曾文水庫大片裸露的庫底。中央社記者張新偉攝 114年3月12日"
    first = ("（中央社記者陳怡君台北12日電）南部地區自去年秋季以來降雨明顯偏少，主要水庫蓄水持續下滑。"
             "經濟部今天宣布，台南、高雄地區水情燈號將自4月1日起轉為橙燈減量供水。")
    text = "\n".join(["中央社 CNA", "政治", "生活", headline, "2025/3/12 14:32", "", caption, "",
                      first, "", *TAIWAN_PARAGRAPHS])  # fmt: skip
    article = clean_text(text)
    assert article.authors == ("陳怡君",)
    assert article.text.startswith("（中央社記者陳怡君")


def test_a_staff_designation_after_the_names_is_no_part_of_them() -> None:
    # The Boston Globe: "By A and B Globe Staff,Updated March 9, 2025, 6:02 p.m."
    by = lines.make_lines("By Jane Holloway and John Roe Globe Staff,Updated March 9, 2025, "
                          "6:02 p.m.", "en")[0]  # fmt: skip
    assert textmeta.byline_names(by) == ["Jane Holloway", "John Roe"]
    text = (TITLE + "\nBy Jane Holloway and John Roe Globe Staff,Updated March 9, 2025, 6:02 p.m."
            "\n\n" + "\n\n".join(PROSE))
    article = clean_text(text)
    assert article.authors == ("Jane Holloway", "John Roe")
    assert article.text.split("\n\n") == PROSE


def test_a_broadcasters_note_under_the_byline_is_furniture_not_the_texts_start() -> None:
    # BR24: the byline, "Über dieses Thema berichtet: BR24 im Radio am …", "Artikel teilen",
    # then "Kommentare" over "23" (a link to them), then the article. Read as prose, the
    # note started the text, and "Kommentare" under it ended it.
    text = ("BR24\nNachrichten\n18.03.2025, 14:33 Uhr\nBildbeitrag\nDie Uferkais im Februar.\n"
            "Bildrechte: BR/Florian Lang\nBildbeitrag\n>\nParks am Fluss\nStadtrat billigt Plan "
            "für Parks am nördlichen Flussufer\nDer Beschluss beendet einen jahrelangen Streit um "
            "die Kosten.\nVon Jane Holloway\nÜber dieses Thema berichtet: BR24 im Radio am "
            "18.03.2025 um 12:00 Uhr.\nArtikel teilen\nKommentare\n23\n\n" + "\n\n".join(DE_PROSE)
            + "\n\n23\nKommentieren\nImpressum\n")
    assert clean_text(text).text.split("\n\n") == DE_PROSE
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("Dieses Thema im Programm: MDR AKTUELL") == "boilerplate"


@pytest.mark.parametrize(
    "line",
    ["当前位置：首页 > 社会", "您的位置：首页 > 财经", "現在位置：ホーム > ニュース",
     "Sie sind hier: Startseite > Politik", "You are here: Home / News"],
)  # fmt: skip
def test_a_breadcrumb_with_its_label_is_a_menu(line: str) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == "menu"


def test_a_labelled_breadcrumb_over_the_headline_is_no_headline() -> None:
    # China Newsweek: "当前位置：首页 > 社会" over the headline, which it read as.
    headline = "县域医共体改革五年：乡镇卫生院“活”了吗"
    text = "\n".join(["中国新闻周刊", "首页", "当前位置：首页 > 社会", headline, "2025-03-10 09:15",
                      "作者：王晓晨", "", *ZH_ARTICLE])  # fmt: skip
    assert clean_text(text).title == headline


def test_two_section_tags_between_the_headline_and_its_standfirst() -> None:
    # Challenges: the headline, "Entreprise", "Industrie", the standfirst, "Par A et B".
    standfirst = ("Confrontés à un marché en recul de près de 40 % depuis 2022, les fabricants "
                  "tricolores réduisent leurs capacités et cherchent à mutualiser leur recherche.")
    headline = ("Pompes à chaleur : après deux ans de chute, les industriels français misent sur "
                "le collectif")
    paragraphs = [
        "Le conseil municipal a approuvé mardi un projet longtemps débattu qui transformera la "
        "rive nord en une chaîne de parcs publics au cours des six prochaines années.",
        "Le plan, proposé en 2019, avait échoué deux fois sur le coût de la dépollution des sols "
        "le long des anciens quais industriels, ont indiqué les élus.",
        "Les travaux du premier parc devraient commencer à l'automne, une fois les dernières "
        "autorisations accordées par l'office régional de l'environnement.",
    ]
    text = ("Challenges\nNewsletters\n\n" + headline + "\nEntreprise\nIndustrie\n" + standfirst
            + "\nPar Marie Dufresne et Thomas Lecoq\nPublié le 5 mars 2025 à 14h20\n\n"
            + "\n\n".join(paragraphs))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Marie Dufresne", "Thomas Lecoq")


def test_a_lead_photos_caption_sentence_between_the_headline_and_the_standfirst() -> None:
    # Quartz: the headline, the caption (a sentence) over "Photo: … (Getty Images)", then the
    # standfirst and the byline.
    headline = "Council backs a plan to turn the northern riverside into a chain of parks"
    text = ("Quartz\nLatest\nEconomy\n" + headline + "\n\nCouncil members walk the old wharves on "
            "the northern riverside in February.\nPhoto: Daniel Koenig (Getty Images)\nThe vote "
            "ends a five-year fight over the cost of cleaning the wharves, and the first park "
            "could open next year if the permits arrive on time\n\nBy Jane Holloway\nPublished "
            "March 11, 2025\n12Comments\n\n" + "\n\n".join(PROSE))
    assert clean_text(text).title == headline


def test_a_byline_in_capitals_with_the_writers_address_under_the_text() -> None:
    # Korea JoongAng Daily: no byline over the text; "BY KIM JI-HYE [kim.jihye@joongang.co.kr]"
    # under it.
    by = lines.make_lines("BY KIM JI-HYE [kim.jihye1@joongang.co.kr]", "en")[0]
    assert textmeta.byline_names(by) == ["Kim Ji-Hye"]
    text = (TITLE + "\nPublished: 19 Feb. 2025, 17:42\n\n" + "\n\n".join(PROSE)
            + "\n\nBY JANE HOLLOWAY [jane.holloway@courier.com]\n\nMore in Social Affairs\n")
    article = clean_text(text)
    assert article.authors == ("Jane Holloway",)
    assert article.text.split("\n\n") == PROSE


def test_a_japanese_writer_glued_to_the_date_and_a_bookmark_button() -> None:
    # PC Watch: "佐藤 健太2025年3月13日 11:08" under the headline, then "X", "facebook",
    # "はてブ" (Hatena's bookmark button, once read as the author), "LINE".
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("はてブ") == "share"
    by = lines.make_lines("佐藤 健太2025年3月13日 11:08", "ja")[0]
    assert textmeta.byline_names(by) == ["佐藤 健太"]
    by = lines.make_lines("Yahoo FinanceOctober 13, 2024", "en")[0]
    assert textmeta.byline_names(by) == []  # glued in English, a source


def test_a_japanese_last_paragraph_signed_in_brackets_ends_on_its_full_stop() -> None:
    # Hokkaido Shimbun: "…採決される見通し。（佐々木美帆）", a short last paragraph whose
    # bracketed signature hid its full stop, so it went as furniture.
    last = "補正予算案は19日の本会議で採決される見通し。（佐々木美帆）"
    assert lines.make_lines(last, "ja")[0].end_punct
    assert not lines.make_lines("この記事の関連タグ（3）", "ja")[0].end_punct


def test_a_spanish_subheading_in_capitals_is_no_glued_byline() -> None:
    # "AF" + "ECTADAS…" read as Danish "af" (by) glued to a name: case blind, the glue let
    # any capitals through, and a subheading became two authors and left the text.
    sub = "AFECTADAS TRES LÍNEAS EN PLENA HORA PUNTA"
    assert textmeta.byline_names(lines.make_lines(sub, "es")[0]) == []
    assert textmeta.byline_names(lines.make_lines("BySamantha Johnson", "en")[0]) == ["Samantha Johnson"]
    head = "El Ayuntamiento aprueba el plan de parques para la ribera norte del río\n7 de mayo de 2025\n\n"
    article = clean_text(head + "\n\n".join([*ES_PROSE[:2], sub, *ES_PROSE[2:]]))
    assert article.authors == ()
    assert sub in article.text.split("\n\n")


def test_an_archive_photos_caption_and_its_credit_between_standfirst_and_date() -> None:
    # Europa Press: "Archivo - <caption>", then "- Lucía Sanz - Europa Press - Archivo".
    headline = "El Ayuntamiento aprueba el plan de parques para la ribera norte del río"
    stand = "Las obras del primer tramo comenzarán en otoño y costarán 40 millones de euros"
    text = ("Nacional\nMadrid\nSociedad\n" + headline + "\n" + stand + "\n"
            "Archivo - Vecinos pasean por la ribera norte del río, junto a los antiguos muelles.\n"
            "- Lucía Sanz - Europa Press - Archivo\nPublicado: miércoles, 7 mayo 2025 11:52\n"
            + "\n\n".join(ES_PROSE))
    article = clean_text(text)
    assert (article.title, article.subtitle) == (headline, stand)


def test_a_photos_caption_sentence_over_its_credit_under_a_short_standfirst() -> None:
    # STAT: headline, a standfirst of 24 words, the photo's caption (a sentence) and its
    # credit, then the byline: the caption is no standfirst, the standfirst no headline.
    stand = ("The plan will turn the old industrial wharves into six linked parks and a "
             "four-kilometre path, with the first section opening in 2026")
    headline = "City council approves a new plan for the northern riverside parks, at last"
    text = ("Skip to Main Content\nCourier\nBusiness\n" + headline + "\n" + stand + "\n"
            "A family walks along the northern riverside near the old wharves on Thursday.\n"
            "Mario Tama/Getty Images\nBy Jane Holloway\nMarch 4, 2024\n\n" + "\n\n".join(PROSE))
    article = clean_text(text)
    assert (article.title, article.subtitle) == (headline, stand)
    assert article.authors == ("Jane Holloway",)


def test_a_german_kicker_over_the_headline_is_no_headline_over_a_standfirst() -> None:
    # "Streit im Stadtrat" is title case over a line of sentence case only in English:
    # German capitalises its nouns, and the long line under the kicker is the headline.
    headline = ("Parks am Flussufer: Stadtrat stimmt knapp für den Umbau der alten "
                "Industriekais an der Hafenstraße")
    text = ("Zum Inhalt springen\nLokales\nStadt\nStreit im Stadtrat\n" + headline
            + "\nStand: 08.04.2025, 05:31 Uhr\nVon: Anna Weber\n\n" + "\n\n".join(DE_PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Anna Weber",)


def test_a_photographer_credited_under_each_picture_votes_once() -> None:
    # Münchner Merkur: "© Stefan Rossmann" under two pictures tied the masthead's vote.
    logo = "Zum Inhalt springen\nRiverside Courier\nLokales\nPolitik\nSport\nKultur\n\n"
    credit = "© Stefan Rossmann"
    body = HEADER.split("\n", 5)[5] + "\n".join([PROSE[0], credit, *PROSE[1:3], credit, *PROSE[3:]])
    article = clean_text(logo + body)
    assert article.site == "Riverside Courier"
    assert "Stefan Rossmann" in [c.value for c in article.candidates["site"]]


def test_a_sites_name_before_its_copyright_mark_and_in_a_desk_byline() -> None:
    # "經濟日報 © 2025 All Rights Reserved.": the holder printed before the mark.
    assert textmeta.copyright_holder("經濟日報 © 2025 All Rights Reserved.") == "經濟日報"
    assert textmeta.copyright_holder("Photo ©") is None  # a caption's mark, no notice
    # "Par Le Soir avec Belga": the paper's desk and the wire, no person; the site.
    head = ("Schaerbeek : le tram 10 prolongé jusqu’à la gare dès lundi\nBruxelles\n"
            "Par Le Courrier avec Belga\nPublié le 27/01/2025 à 16:42\n\n")
    prose = [
        "Le prolongement de la ligne 10 du tram jusqu’à la gare de Schaerbeek sera mis en "
        "service lundi matin, après deux ans de travaux et plusieurs mois de retard.",
        "La nouvelle section compte trois arrêts et doit désengorger les bus de la chaussée "
        "de Haecht, saturés aux heures de pointe, selon la société de transport.",
        "Les riverains, qui ont subi les nuisances du chantier, attendent surtout une baisse "
        "du trafic automobile dans les rues étroites du quartier, a indiqué la commune.",
    ]
    article = clean_text(head + "\n\n".join(prose))
    assert article.site == "Le Courrier"
    assert article.authors == ()


def test_a_shouted_masthead_keeps_its_digits_and_wins_a_tie_with_the_footer() -> None:
    # "TF1 INFO" over the menu, "© TF1" in the footer: a reader writes "TF1 Info".
    text = ("Aller au contenu principal\nRC1 INFO\nActualité\nPolitique\nSport\nMétéo\n\n"
            + HEADER.split("\n", 5)[5] + "\n".join(PROSE)
            + "\n\nÀ propos de RC1 INFO\n© RC1 2025\n")
    assert clean_text(text).site == "RC1 Info"


def test_a_broadcasters_day_over_its_menu_and_the_items_time_under_the_text() -> None:
    # RTHK: its name, "文字大小" (the font-size button, once read as a name), the day's
    # date over the sections, the headline, the text, then "2025-08-04 HKT 09:47".
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("文字大小") == "share"
    headline = "將軍澳綫早上信號故障 列車服務一度嚴重受阻"
    prose = [
        "港鐵將軍澳綫今日早上繁忙時間發生信號故障，北角至寶琳及康城站之間的列車服務一度嚴重受阻，大批乘客滯留月台。",
        "港鐵表示，早上7時45分左右，調景嶺站一個信號系統組件出現故障，列車需要以較慢速度行駛，班次相隔延長至約10分鐘。",
        "運輸及物流局表示，已要求港鐵盡快查明事故原因，並在三個工作天內提交詳細報告，同時檢視事故期間向乘客發放資訊的安排。",
        "港鐵發言人指，服務在早上9時20分左右逐步回復正常，公司會徹底調查故障原因，並就事件為乘客帶來的不便致歉。",
    ]
    text = ("跳至主要內容\n河岸電台網站\n新聞\n電視\n電台\n文字大小\n2025年8月5日 星期二\n即時新聞\n"
            "本地\n大中華\n國際\n財經\n本地\n" + headline + "\n" + "\n\n".join(prose)
            + "\n\n2025-08-04 HKT 09:47\n分享\nFacebook\n相關新聞\n東鐵綫周日起縮短部分班次相隔時間\n")
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ()
    assert published_on(article, "2025-08-04")
    assert article.text.split("\n\n") == prose


def test_a_sites_box_of_two_paragraphs_over_a_signed_chinese_headline() -> None:
    # sspai: "Matrix 首页推荐", the box's two paragraphs (prose, the last ending on "。"),
    # then the headline, the writer, the date and "阅读约 9 分钟" over the text.
    headline = "我如何用 Obsidian 搭建一套「不费力」的读书笔记系统"
    prose = [
        "作为一名出版社编辑，我每年要读的书不少于六十本。过去我试过纸质笔记本、印象笔记、Notion，每一套系统都坚持不过半年。",
        "去年年初我换到 Obsidian，给自己定了一个很简单的原则：记笔记的成本必须低于读书的成本。一年下来，这套系统居然一直没有荒废。",
        "我选择 Obsidian 的理由其实很朴素：文件是本地的 Markdown，不用担心哪天服务停止；双向链接让零散的摘录可以自然地连在一起。",
        "需要说明的是，这篇文章不会涉及复杂的查询或者自动化脚本。我的目标是让一个完全没接触过它的人，也能在一个下午搭好这套流程。",
    ]
    text = ("少数派\n首页\n栏目\n搜索\n登录\nMatrix 首页推荐\n"
            "Matrix 是少数派的写作社区，我们主张分享真实的产品体验，有实用价值的经验与思考。我们会不定期挑选最优质的文章，展示来自用户的最真实的体验和观点。\n"
            "文章代表作者个人观点，少数派仅对标题和排版略作修改。\n\n" + headline
            + "\n北岸的鱼\n2025/04/15\n阅读约 9 分钟\n" + "\n\n".join(prose))
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("北岸的鱼",)
    assert published_on(article, "2025-04-15")
    assert article.text.split("\n\n") == prose


def test_a_videos_day_and_length_is_no_date_line_and_its_length_no_time() -> None:
    # ZDFheute: "Video" / the video's title / "02.06.2025 | 1:48 min" between the date
    # line and the text; the video's title became the headline, 1:48 its time.
    assert [m.iso for m in dates.find_dates("02.06.2025 | 1:48 min")] == ["2025-06-02"]
    headline = "Hochwasser am Fluss: Pegel steigen weiter, erste Keller geräumt"
    text = ("Zum Inhalt springen\nStartseite\nPolitik\nLiveblog\n" + headline + "\n"
            "Datum: 02.06.2025 19:05 Uhr\nTeilen\nVideo\n"
            "Hochwasser im Südwesten: So ist die Lage am Abend\n02.06.2025 | 1:48 min\n"
            + "\n\n".join(DE_PROSE))
    article = clean_text(text)
    assert article.title == headline
    assert article.published == "2025-06-02T19:05:00"


@pytest.mark.parametrize(
    ("byline", "lang", "names"),
    [
        ("By Giulia Ferrante with AFP", "en", ["Giulia Ferrante"]),  # Euronews: the wire after
        ("（J-CASTニュース編集部　中山雄介）", "ja", ["中山雄介"]),  # the desk, then the writer
        ("西田美穂 [Business Insider Japan]", "ja", ["西田美穂"]),  # the outlet in brackets
    ],
)
def test_bylines_with_a_wire_a_desk_or_an_outlet_beside_the_name(
    byline: str, lang: str, names: list[str]
) -> None:
    assert textmeta.byline_names(lines.make_lines(byline, lang)[0]) == names


def test_writers_stacked_each_over_a_role_line_are_all_authors() -> None:
    # Grist: "Maya Lindgren" / "Staff Writer" / "Theo Ramírez" / "Contributor" / the date.
    text = (TITLE + "\nMaya Lindgren\nStaff Writer\nTheo Ramírez\nContributor\n"
            "Published Oct 8, 2024\nShare\n\n" + "\n\n".join(PROSE))
    article = clean_text(text)
    assert article.authors == ("Maya Lindgren", "Theo Ramírez")
    assert article.text.split("\n\n") == PROSE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The views expressed in this opinion article are the author’s and not necessarily "
         "those of Kyiv Post.", "boilerplate"),
        ("Gastkommentare geben ausschließlich die Meinung der Autorin oder des Autors wieder.",
         "boilerplate"),
        ("This is AI generated summarization, which may have errors.", "boilerplate"),
        ("How does this make you feel?", "boilerplate"),
        ("Get in touch with our news team by emailing us at webnews@metro.co.uk.", "boilerplate"),
        ("For more stories like this, check our news page.", "boilerplate"),
        ("本文为极客公园原创文章，转载请联系极客君微信 geekparkGO", "boilerplate"),
        ("Please enter a valid email address.", "newsletter"),
        ("Please select your desired newsletters and submit your email to upgrade your inbox.",
         "newsletter"),
        ("Unser Ebersberg-Newsletter informiert Sie regelmäßig über alle wichtigen Geschichten.",
         "newsletter"),
        ("LEE AQUÍ: Hoy No Circula viernes 21 de marzo: ¿qué autos descansan?", "related"),
        ("¿Ya conoces nuestro canal de YouTube? ¡Suscríbete!", "share"),
        ("Pour ne rater aucun bon plan, rejoignez notre nouveau channel WhatsApp", None),
        ("Rejoignez notre nouveau channel WhatsApp Frandroid Bons Plans", "share"),
        ("Lee aquí la entrevista completa con el ministro, publicada ayer en este diario.", None),
        ("有料記事 1642文字", "newsletter"),  # Mainichi's paywall: the article's length
        ("残り 538文字", "newsletter"),
        ("残りの予算は5000億円だ。", None),
        ("阅读约 9 分钟", "share"),  # sspai's reading time, under the date
        ("约5分钟后到达车站。", None),
    ],
)
def test_prompts_disclaimers_and_sign_up_lines_of_more_sites(line: str, reason: str | None) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("(Picture: SWNS)", "en"),  # Metro's credits, alone or closing the caption
        ("The bull was spotted trotting past shops (Picture: North Yorkshire Police)", "en"),
        ("土鍋からはみ出す3匹（画像提供：豆乳ラテさん）", "ja"),
        ("画像提供：豆乳ラテさん", "ja"),
        ("*头图来源：视觉中国", "zh"),
        ("星眸科技在发布会上展示的 AI 眼镜产品。｜图片来源：星眸科技", "zh"),
    ],
)
def test_more_photo_credits_mark_their_caption(line: str, lang: str) -> None:
    assert lines.is_credited(lines.make_lines(line, lang)[0])


def test_a_teaser_with_its_label_on_one_line_opens_no_box_over_the_next_heading() -> None:
    # Excélsior: "LEE AQUÍ: <headline>" between paragraphs, then the text's subheading.
    sub = "¿Qué parques se abrirán primero este otoño?"
    teaser = "LEE AQUÍ: Hoy No Circula viernes 21 de marzo: ¿qué autos descansan?"
    head = "El Ayuntamiento aprueba el plan de parques para la ribera norte del río\n7 de mayo de 2025\n\n"
    article = clean_text(head + "\n\n".join([*ES_PROSE[:2], teaser, sub, *ES_PROSE[2:]]))
    assert article.text.split("\n\n") == [*ES_PROSE[:2], sub, *ES_PROSE[2:]]


def test_a_logo_run_into_the_menu_button_and_a_publishers_company_words() -> None:
    # A rendering that keeps inline elements on one line: "Menu Bloomberg" over the menu,
    # "© 2025 Bloomberg L.P." and "© The Courier Newspaper Company" in the footer.
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    text = ("Skip to content\nMenu Riverside Courier\n  * Markets\n  * Economics\n  * Tech\n"
            "  * Politics\n\n" + body + "\n\nAbout Riverside Courier\n")
    assert clean_text(text).site == "Riverside Courier"
    text = body + "\n\n© 2025 Riverside Courier L.P. All Rights Reserved.\n"
    assert clean_text(text).site == "Riverside Courier"
    for holder in ("The Riverside Courier Company", "The Riverside Courier Newspaper Limited"):
        text = body + f"\n\n© 2025 {holder}. All rights reserved.\n"
        assert clean_text(text).site == "The Riverside Courier"
    text = body + "\n\n© 2025 Fast Company. All rights reserved.\n"  # the magazine's name
    assert clean_text(text).site == "Fast Company"


def test_four_topic_tags_over_the_standfirst_and_a_staff_byline() -> None:
    # Al-Monitor: the headline, "Iraq" / "Turkey" / "Water" / "Climate", the standfirst,
    # then "Al-Monitor Staff" (no person) and the date.
    stand = ("The framework commits the upstream dam operators to minimum monthly releases "
             "through the summer in exchange for pledges on irrigation reform.")
    text = ("Newsletters\nPodcasts\nSearch\n\n" + TITLE + "\nIraq\nTurkey\nWater\nClimate\n"
            + stand + "\nRiverside Courier Staff\nJanuary 22, 2025\n\n" + "\n\n".join(PROSE))
    article = clean_text(text)
    assert (article.title, article.subtitle) == (TITLE, stand)
    assert article.authors == ()
    assert not lines.looks_like_name("Riverside Courier Staff")


@pytest.mark.parametrize(
    ("byline", "lang", "names"),
    [
        ("（AERA dot.編集部・吉川明日香）", "ja", ["吉川明日香"]),  # a desk, "・", five characters
        ("（石巻総局・高橋啓太）", "ja", ["高橋啓太"]),  # a regional paper's bureau (河北新報)
        ("（仙台支局・佐藤一郎）", "ja", ["佐藤一郎"]),
        ("石巻総局の調べでは", "ja", []),
        ("（石川 翠）", "ja", ["石川 翠"]),  # the writer alone in brackets, under the text
        ("（中略）", "ja", []),  # an omission
        ("（東京）", "ja", []),  # a place
        ("ヘルス", "ja", []),  # a section's loanword in katakana, no name
    ],
)
def test_japanese_desk_signatures_and_katakana_sections(
    byline: str, lang: str, names: list[str]
) -> None:
    assert textmeta.byline_names(lines.make_lines(byline, lang)[0]) == names
    assert not lines.looks_like_name("ヘルス")


def test_two_chinese_reporters_spaced_on_one_line_are_two_authors() -> None:
    # 经济观察网: "王思远 李晨" under the headline; in Japanese "田中 一郎" is one name.
    assert textlabels.bare_names("王思远 李晨", chinese=True) == ("王思远", "李晨")
    assert textlabels.bare_names("田中 一郎") != ("田中", "一郎")


def test_a_sister_sites_name_in_a_menu_is_no_own_script_name_nor_a_logo_in_a_tie() -> None:
    # PC Watch: "Impress Watch" over its sister sites ("家電 Watch"): a Han word beside the
    # copyright's last word is no bilingual masthead. PR Newswire: "Resources" under the
    # menu's first items ties with "© Cision US"; only the page's first line is a logo.
    prose = "\n".join(_MINATO)
    text = ("Minato Watch\nPC Watch\nデジカメ Watch\n家電 Watch\nケータイ Watch\n\n"
            "港市、水道管更新を前倒し　5年で120キロ\n2025/4/15 18:02\n\n" + prose
            + "\n\nCopyright ©2025 Minato Watch Corporation. All rights reserved.\n")
    assert clean_text(text).site != "家電"
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    text = ("Skip to main content\nRiverside Wire: news distribution and monitoring\nHome\n"
            "Send a Release\nNews\nResources\nContact\nBlog\n\n" + body
            + "\n\nSee our Resources page.\nCopyright © 2025 Cision US Inc.\n")
    assert clean_text(text).site != "Resources"


def test_reporters_closing_a_japanese_lead_in_brackets_are_all_authors() -> None:
    lead = "区の半数が給食の献立を見直した。栄養士らは「もう限界に近い」と話す。【佐藤健太、木村沙織】"
    meta = textmeta.Meta()
    textmeta.dateline_author(lines.make_lines(lead, "ja"), 0, meta)
    assert meta.authors == ("佐藤健太", "木村沙織")


def test_a_networks_section_and_its_company_printed_together_name_the_site() -> None:
    # Yahoo: "News / Finance / Sports / More" over "Yahoo Finance"; "© 2025 Yahoo" closes it.
    body = HEADER.split("\n", 5)[5] + "\n".join(PROSE)
    text = ("Skip to navigation\nSkip to main content\nNews\nFinance\nSports\nMore\n"
            "Riverside Finance\nSearch\nMarkets\n\n" + body
            + "\n\nRiverside Finance markets data.\nRead more on Finance.\nFinance news daily.\n"
            "Copyright © 2025 Riverside. All rights reserved.\n")
    assert clean_text(text).site == "Riverside Finance"


def test_a_japanese_papers_marked_subheading_under_a_related_box_and_its_caption() -> None:
    # 河北新報: "関連記事" and one teaser, a blank line, then "■「…」" over its paragraph: the
    # subheading is the article's; "…役員ら＝石巻市南境の…集会所" under the share row is a
    # caption (what, then "＝" and where).
    caption = "水道管の更新について話し合う市の職員ら＝港市南町の市役所"
    subheading = "■「あと何年続けられるか」"
    text = (
        "港新報\nニュース\n\n港市、水道管更新を前倒し　5年で120キロ\n2025年4月15日 6:00\nX\nFacebook\n"
        + caption + "\n\n" + "\n\n".join(_MINATO[:3])
        + "\n\n関連記事\n港市の断水、半日で復旧　水道局まとめ\n\n" + subheading + "\n\n"
        + "\n\n".join(_MINATO[3:])
    )
    article = clean_text(text)
    assert subheading in article.text
    assert caption not in article.text and "港市の断水" not in article.text


def test_a_section_under_the_date_that_the_breadcrumb_names_is_no_writer() -> None:
    # Nikkei: "1. トップ / 2. 地域 / 3. 北陸" over the headline, "北陸" under the date.
    text = (
        "1. トップ\n2. 地域\n3. 北陸\n能登半島地震 フォローする\n"
        "港市、水道管更新を前倒し　5年で120キロ\n2025年4月15日 5:00\n北陸\n\n" + "\n\n".join(_MINATO)
    )
    article = clean_text(text)
    assert article.title == "港市、水道管更新を前倒し　5年で120キロ"
    assert article.authors == ()


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        # People's Daily Online: the rights' holder in Chinese, the host in Latin letters
        ("人民网股份有限公司版权所有，未经书面授权禁止使用\n"
         "Copyright © 1997-2025 by www.people.com.cn. all rights reserved", "人民网"),
        ("Copyright © 2025 上海东方报业有限公司", None),  # a press group, not its paper
    ],
)
def test_a_chinese_companys_words_leave_the_sites_name(footer: str, site: str | None) -> None:
    text = "首页\n新闻\n\n" + "\n\n".join(ZH_ARTICLE) + "\n\n" + footer + "\n"
    assert clean_text(text).site == site


def test_a_spanish_publishing_company_is_no_site() -> None:
    # El Confidencial's footer names its company alone: no site rather than the company.
    text = TITLE + "\n\n" + "\n\n".join(PROSE) + "\n\n© Titania Compañía Editorial, S.L. 2025\n"
    assert clean_text(text).site is None


def test_a_holder_cut_inside_gmbh_and_co_kg_is_still_the_masthead() -> None:
    # Der Spiegel's footer, "© DER SPIEGEL GmbH & Co. KG": the holder read up to "&".
    text = TITLE + "\n\n" + "\n\n".join(PROSE) + "\n\n© DER SPIEGEL GmbH & Co. KG\n"
    assert clean_text(text).site == "DER SPIEGEL"


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        # a footer's list item names the paper's company (西日本新聞)
        ("* 港新聞社\n* 採用情報\nCopyright © The Minato Shimbun Co., Ltd.", "港新聞"),
        # a rights notice names the site (朝日新聞デジタル)
        ("港新聞デジタルに掲載の記事・写真の無断転載を禁じます。\n"
         "Copyright © The Minato Shimbun. All rights reserved.", "港新聞デジタル"),
    ],
)
def test_a_japanese_page_named_in_latin_takes_its_footers_own_name(
    footer: str, site: str
) -> None:
    text = "港市、水道管更新を前倒し　5年で120キロ\n2025/4/15 18:02\n\n" + "\n".join(_MINATO)
    assert clean_text(text + "\n\n" + footer + "\n").site == site


def test_a_pages_kind_over_the_date_is_no_writer() -> None:
    # 神戸新聞NEXT: "神戸" (the section), "記事" (the page's kind), then the date; "記事" was
    # read as the writer. A section's or a format's label is no name.
    for label in ("記事", "速報", "特集", "社説", "快讯", "视频"):
        assert not lines.looks_like_name(label), label
    assert lines.looks_like_name("石川翠")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Cet article vous a-t-il été utile ?", "boilerplate"),
        ("Bu içerik hakkında ne düşünüyorsun?", "boilerplate"),
        ("Tento text je osobním názorem autora a nemusí vyjadřovat názor redakce iDNES.cz.",
         "boilerplate"),
        ("Opinion columns reflect the views of their authors, not those of the paper.",
         "boilerplate"),
        ("The BBC is not responsible for the content of external sites.", "boilerplate"),
        ("End of twitter content, 1", "boilerplate"),
        ("Unlock full access to The Jakarta Post", "newsletter"),
        ("Suivez l'actualité de Sète sur notre page dédiée et recevez nos alertes.",
         "newsletter"),
        ("Lees de reacties (412) Reageren is mogelijk met een NUjij-account.", "newsletter"),
    ],
)  # fmt: skip
def test_helpful_prompts_disclaimers_embeds_and_paywall_offers_are_in_the_lexicon(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Cet article est réservé aux abonnés", "newsletter"),
        ("Keep reading with a digital subscription", "newsletter"),
        ("Il vous reste 68% de l'article à lire.", "newsletter"),
        ("Il vous reste des questions sur le projet, a dit le maire.", None),
        ("Vous avez atteint la limite d'articles gratuits.", "newsletter"),
        ("Article continues below this ad", "boilerplate"),
        ("Article content", "menu"),
        ("E-Edition", "menu"),
        ("この記事の写真をすべて見る（3枚）", "boilerplate"),
        ("Las opiniones expresadas en esta columna son de exclusiva responsabilidad de su autora",
         "boilerplate"),
    ],
)  # fmt: skip
def test_paywall_offers_postmedias_labels_and_gallery_links_are_in_the_lexicon(
    line: str, reason: str | None
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lesen Sie mehr: Schanigärten: Wirtschaftskammer will Sperrstunde verlegen", "related"),
        ("Mirá también", "related"),
        ("Passer la publicité", "boilerplate"),
        ("Simak breaking news dan berita pilihan kami langsung di ponselmu.", "newsletter"),
        ("Get the latest news from across Greater Manchester by signing up to our daily "
         "newsletter HERE", "newsletter"),
        ("For the latest news, weather, sports, and streaming video", "newsletter"),
        ("What have we missed? What do you think? We want to hear your thoughts.",
         "boilerplate"),
    ],
)  # fmt: skip
def test_follow_prompts_see_also_labels_and_an_ads_skip_button_are_in_the_lexicon(
    line: str, reason: str
) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(line) == reason


def test_hungarian_teasers_and_follow_prompts_are_furniture() -> None:
    teaser = "Ez is érdekelheti: Új körforgalom épül a város és a falu között"
    follow = "Kövesse a Folyóparti Hírlapot a Facebookon is!"
    article = clean_text(paste(*PROSE[:2], teaser, *PROSE[2:], follow))
    assert all(p in article.text for p in PROSE)
    assert teaser not in article.text
    assert follow not in article.text


def test_a_headline_announced_with_a_colon_between_paragraphs_is_a_teaser() -> None:
    box = ["Das könnte dich auch interessieren:", "Neue Parkgebühren in der Innenstadt ab Jänner"]
    article = clean_text(paste(*PROSE[:2], *box, *PROSE[2:]))
    assert all(p in article.text for p in PROSE)
    assert "Neue Parkgebühren" not in article.text


def test_a_subheading_a_blank_line_under_a_see_also_box_stays() -> None:
    box = "Mehr zum Thema:\nParken: Die Gebühren steigen\nBusse: Neue Linie ab Mai\n"
    subheading = "Anwohner kündigen Widerstand gegen die Pläne an"
    text = HEADER + "\n" + "\n".join(PROSE[:2]) + "\n" + box + "\n" + subheading + "\n\n"
    article = clean_text(text + "\n".join(PROSE[2:]))
    assert subheading in article.text
    assert "Busse: Neue Linie ab Mai" not in article.text


def test_a_portals_informal_newsletter_prompt_and_more_news_under_the_text() -> None:
    tail = [
        "Du möchtest regelmäßig Informationen aus Villach erhalten?",
        "Dann melde dich für unseren Newsletter an.",
        "Hier geht's zum Newsletter",
        "Mehr News aus Villach:",
        "Villacher Fasching präsentiert neues Prinzenpaar",
        "Warmbad-Therme schließt im Jänner für zwei Wochen",
    ]
    article = clean_text(paste(*PROSE, *tail))
    assert PROSE[-1] in article.text
    assert "Informationen aus Villach" not in article.text
    assert "Prinzenpaar" not in article.text
