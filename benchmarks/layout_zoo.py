"""Cleaning on a zoo of generated saved pages: does Clipper's HTML cleaner generalise?

Usage::

    python benchmarks/layout_zoo.py [--seeds 0:200] [--verbose] [--json] [--dump DIR]
                                    [--no-names] [--select-all] [--text] [--chromium CACHE_DIR]

Each seed builds one saved web page in one of the layout families below
(``seed % len(FAMILIES)`` picks the family, so every family gets its share),
modelled on how real sites mark up an article page: WordPress (twentytwenty),
a big English news site, a Medium post with hashed class names, an old blog
laid out in ``<table>`` cells, Drupal, Ghost, a wire press release, a forum
thread (the article is the first post), a documentation page, German, French,
Spanish, Chinese and Japanese news sites with their own furniture, a Blogger
post whose paragraphs are ``<br><br>`` breaks in ``<div>``\\ s, a live blog and
a page built of ``data-component`` blocks with hashed classes. Per page the
head carries JSON-LD NewsArticle and OpenGraph, one of them, or nothing.

The article is drawn from sentence pools per language (3-12 paragraphs,
subheadings, lists, quotes, tables, figures). The reference is the article
as a reader would clip it: standfirst and figure captions in, headline,
byline and date lines out, and every piece of page furniture out (menus,
share buttons, related links, ads, newsletter and cookie boxes, comments,
author bios, footers, "Leave a Reply"). The reference metadata are the
headline as printed, the authors, the publication day and the site name.

The generator was written from how real sites mark up their pages, without
reading Clipper's cleaning rules, so the figure says how well those rules
carry to layouts they were not fitted on.

Scoring is ``clean_quality.py``'s (imported from it): word 4-gram precision
and recall per page, averaged, F1 from the averages; field accuracy where the
reference has a value (readability-lxml only gives a title).
"""

# ruff: noqa: E501
# (Page markup and sentence pools stay one line each, so a template reads like the page source.)
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_quality import (  # noqa: E402  (the benchmarks folder is not a package)
    FIELDS,
    Output,
    Tally,
    add_page_variants,
    as_variant,
    field_match,
    html_text,
    norm,
    print_table,
    run_clipper,
    run_clipper_text,
    run_readability,
    run_trafilatura,
    shingles,
    timed,
)

# -- language pools -------------------------------------------------------------------

EN_SENTENCES = [
    "{org} said on Tuesday that it would spend {money} over the next {n} years to expand its chip packaging plant outside {city}.",
    "The decision follows months of negotiations between the company and regional officials, who had pressed for guarantees on local hiring.",
    "Analysts at {org} estimate that domestic suppliers now meet about {pct} percent of the country's demand for mature-node processors.",
    "That figure was closer to a third only five years ago, according to industry data compiled by trade groups.",
    '"We are not trying to build everything ourselves," {person} told reporters after the announcement. "We are trying to make sure no single supplier can stop our factories."',
    "Critics argue that the subsidies risk creating overcapacity in segments where global prices are already falling.",
    "Export controls introduced in {year} cut off access to the most advanced lithography tools, forcing manufacturers to look for workarounds.",
    "Several engineers interviewed for this article described long hours spent adapting older equipment to produce smaller features.",
    "The city council voted {n} to 3 on Monday night to approve the new zoning plan after a five-hour public hearing.",
    "Residents who spoke against the measure said it would bring more traffic to streets that were never designed for it.",
    "Supporters countered that rents in {city} have risen by {pct} percent since {year}, pushing teachers and nurses out of the neighbourhoods where they work.",
    "The plan allows buildings of up to six storeys within a ten-minute walk of a rail station.",
    "Housing advocates welcomed the vote but warned that permits alone would not get anything built while interest rates remain high.",
    "Ridership on the regional network has recovered to roughly {pct} percent of its pre-pandemic level, the transit authority said.",
    "Officials attribute the gap mainly to office workers who now come in two or three days a week rather than five.",
    "A new timetable that adds late-evening trains on weekends will take effect next month.",
    "The authority still faces a budget shortfall of {money} once federal relief funds run out.",
    "Scientists at {org} have tracked the glacier's retreat for more than two decades using a mix of satellite images and field surveys.",
    "Their latest measurements show the ice front moved back almost {n} metres last summer alone.",
    "Meltwater from the glacier feeds a river that supplies drinking water to several towns downstream.",
    "Local farmers say the timing of the spring flood has already shifted, which complicates planting schedules.",
    "The researchers caution that one unusually warm season does not establish a trend on its own.",
    "Inflation eased for a third consecutive month in {month}, giving the central bank room to pause its tightening cycle.",
    "Core prices, which strip out food and energy, rose {pct2} percent from a year earlier.",
    "Economists polled by {org} had expected a slightly smaller decline.",
    "Retailers reported that shoppers were trading down to cheaper brands and buying fewer items per trip.",
    "The bank's governor, {person}, said in a speech last week that it was too early to declare victory.",
    "Hospitals in the region treated more patients for heat-related illness in {month} than in any month on record.",
    "Emergency physicians said older people living alone were particularly at risk during the nights, when temperatures stayed high.",
    "The health department has opened {n} cooling centres in libraries and community halls.",
    "Volunteers have been calling elderly residents twice a day to check on them.",
    "Negotiators worked through the night but failed to agree on the wording of the final statement.",
    "Delegates from smaller countries complained that they had been left out of the most important discussions.",
    "A draft seen by this newspaper commits signatories to review their targets every {n} years.",
    "The talks are expected to resume in {city} in the autumn.",
    "{org} reported quarterly revenue of {money}, slightly ahead of forecasts, but cut its outlook for the rest of the year.",
    "Shares fell {pct2} percent in early trading before recovering some of their losses.",
    "The chief executive blamed weaker demand in Europe and higher costs for raw materials.",
    "The company plans to cut about {n}0 jobs, mostly in administrative roles.",
    "Union representatives said they had not been consulted and would seek an urgent meeting with management.",
    "The museum's new wing, designed by a firm based in {city}, opens to the public on Saturday.",
    "It doubles the space available for the permanent collection and adds a workshop for school groups.",
    "The building's roof collects rainwater that is used to irrigate the sculpture garden.",
    "The study followed {n}00 adults for an average of eight years.",
    "Participants who walked at least 7,000 steps a day had a markedly lower risk of cardiovascular disease.",
    "The authors stress that the research was observational and cannot prove cause and effect.",
    "Still, the findings add to a growing body of evidence that modest amounts of activity bring real benefits.",
    "The port handled a record volume of containers last year despite disruptions on major shipping routes.",
    "Dock workers say automation has changed their jobs more in the past five years than in the previous twenty.",
    "A spokesperson for {org} declined to comment on the details of the agreement.",
    "It is not the first time the issue has come before the courts.",
    "In {year}, a similar case was dismissed on procedural grounds before the judges considered its merits.",
    "Lawyers for the plaintiffs said they were confident that the evidence this time was stronger.",
    "The ministry has promised to publish a full assessment before the end of the year.",
    "For now, the families who live closest to the site say they are mostly waiting to see what changes on the ground.",
]

EN_SUBHEADS = [
    "What happens next", "A long road", "The cost of waiting", "Who pays", "Lessons from abroad",
    "A changing workforce", "Behind the numbers", "Pressure from the capital", "What residents say",
    "The view from the factory floor", "An uncertain outlook", "How we got here",
]
EN_ITEMS = [
    "Faster approval for projects near stations", "A cap on annual rent increases",
    "New funding for track maintenance", "An independent review within two years",
    "More frequent trains at weekends", "Tax credits for first-time buyers",
    "Training programmes for technicians", "Public reporting of emissions",
    "Stricter checks on imported equipment", "A hotline for elderly residents",
    "Grants for small suppliers in {city}", "A shared testing laboratory run by {org}",
]
EN_QUOTES = [
    "We have waited too long for a decision, and people in this city are paying the price every month.",
    "Nobody expected the ice to go this fast. Every summer we go back and the numbers are worse.",
    "If you depend on one supplier, you do not really control your own factory.",
    "It is a good first step, but it will take years before anyone feels the difference in their rent.",
    "We will study the ruling carefully before deciding how to respond.",
    "Our members keep this port running, and they deserve to be part of the conversation.",
]
EN_CAPTIONS = [
    "Workers inspect silicon wafers at a plant outside {city}.",
    "Commuters board a train during the morning rush in {city}.",
    "The ice front of the glacier, seen from a survey flight last summer.",
    "Delegates arrive for the opening session of the talks in {city}.",
    "The new wing of the museum, seen from the sculpture garden.",
    "Containers stacked at the port's eastern terminal.",
    "{person} speaks to reporters after the council meeting.",
    "A volunteer hands out water at a cooling centre in {city}.",
]
EN_HEADLINES = [
    "{org} to spend {money} on chip plant as self-reliance push gathers pace",
    "{city} approves zoning overhaul after marathon hearing",
    "Transit ridership climbs in {city} but budget gap looms",
    "Glacier retreat accelerates, decade-long survey finds",
    "Inflation eases for third month, giving central bank room to pause",
    "Heatwave fills emergency rooms as {city} opens cooling centres",
    "Climate talks stall over wording of final statement",
    "{org} cuts outlook as European demand weakens",
    "Museum's new wing doubles space for permanent collection",
    "Walking 7,000 steps a day linked to lower heart risk",
    "Port handles record container volume despite shipping disruption",
    "Court hears revived challenge to {org} agreement",
]
EN_TEASERS = [
    "Ten places to eat in {city} this spring", "Opinion: the suburbs are not going anywhere",
    "How to read your energy bill", "Quiz of the week: who said it?",
    "Markets react to surprise rate decision", "Obituary: {person}, architect of the harbour redevelopment",
    "The best films of the year so far", "Why your phone battery drains faster in winter",
    "Five things we learned from the budget", "Photos: the week in pictures",
    "Letters: readers on the new bike lanes", "The quiet village that became a tech hub",
    "Podcast: inside the race for better batteries", "What the polls say about the next election",
    "Weekend reads: our editors' picks", "A beginner's guide to growing tomatoes",
]
EN_TEASER_SUMMARIES = [
    "Our critics pick the openings worth the trip.", "A reporter spent a month on the night shift.",
    "The numbers behind the headlines, explained.", "Readers share their stories.",
    "It started with a single workshop in a garage.", "Here is what changes for households.",
]
EN_COMMENTS = [
    "Great piece, thanks for covering this. Nobody else seems to be asking these questions.",
    "I live two streets from the station and the traffic is already terrible at eight in the morning.",
    "Interesting, but the article doesn't mention who actually pays for the maintenance afterwards.",
    "This has been coming for years. Glad someone finally wrote it up properly.",
    "Does anyone know whether the new timetable applies to the branch lines too?",
    "Same old story. Big promises, then nothing happens for a decade.",
    "My father worked at that port for thirty years. Hard to recognise the place now.",
    "Thanks for the clear explanation of the numbers, very helpful.",
    "I'd love to see a follow-up in a year to check whether any of this worked.",
    "The photos are stunning, but the story is depressing.",
]
EN_NAMES = [
    "Sarah Mitchell", "James O'Connor", "Priya Raman", "Daniel Okafor", "Emily Carter", "Tomás Herrera",
    "Hannah Lindqvist", "Michael Brennan", "Aisha Khan", "Robert Ellison", "Laura Chen", "David Abramson",
    "Olivia Grant", "Marcus Webb", "Nina Petrovic", "Samuel Adeyemi", "Claire Dubois", "Kevin Nakamura",
    "Rachel Stein", "Ben Harrington",
]
EN_ORGS = [
    "Northwind Semiconductor", "Calder Analytics", "Meridian Bank", "the Harbour Institute",
    "Beaufort Research", "Lakeside Power", "Ardent Logistics", "the Polar Survey Group",
]
EN_CITIES = ["Riverton", "Lakemont", "Port Ellis", "Ashford", "Millbrook", "Greyhaven", "Kingsbridge"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
EN_SITES = [
    ("The Daily Ledger", "dailyledger.com"), ("Northern Gazette", "northerngazette.co.uk"),
    ("Metro Courier", "metrocourier.com"), ("The Harbour Times", "harbourtimes.com"),
    ("Riverton Post", "rivertonpost.com"), ("Capital Observer", "capitalobserver.com"),
]
EN_BLOGS = [
    ("Notes from the Field", "notesfromthefield.net"), ("Quiet Signals", "quietsignals.blog"),
    ("The Tinkerer's Log", "tinkererslog.org"), ("Slow Transit", "slowtransit.net"),
    ("Harbour Light Journal", "harbourlight.org"),
]
EN_BIOS = [
    "{name} is a correspondent covering technology and industrial policy. Previously she reported from {city}.",
    "{name} writes about cities, housing and transport. He joined the paper in {year}.",
    "{name} is a science reporter based in {city}. Follow their work on climate and the polar regions.",
]

DE_SENTENCES = [
    "Der Stadtrat hat am Dienstagabend mit knapper Mehrheit den neuen Bebauungsplan beschlossen.",
    "Anwohner befürchten mehr Verkehr in den ohnehin engen Straßen des Viertels.",
    "Nach Angaben von {org} sind die Mieten in {city} seit {year} um {pct} Prozent gestiegen.",
    "„Wir können nicht länger warten“, sagte {person} nach der Sitzung.",
    "Die Landesregierung will das Vorhaben mit {money} fördern.",
    "Kritiker bemängeln, dass die Förderung vor allem großen Investoren zugutekomme.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund {n} Jahre dauern.",
    "Der Verkehrsverbund meldet inzwischen wieder fast so viele Fahrgäste wie vor der Pandemie.",
    "Besonders am Wochenende sind die Züge oft überfüllt, klagen Pendler.",
    "Ab dem nächsten Monat sollen deshalb zusätzliche Verbindungen am späten Abend angeboten werden.",
    "Forscher von {org} beobachten den Gletscher seit mehr als zwanzig Jahren.",
    "Im vergangenen Sommer hat sich die Gletscherzunge um fast {n} Meter zurückgezogen.",
    "Die Inflationsrate ist im {month} den dritten Monat in Folge gesunken.",
    "Ökonomen rechnen dennoch nicht mit einer raschen Zinssenkung durch die Notenbank.",
    "Der Halbleiterhersteller {org} will in den kommenden Jahren Tausende Arbeitsplätze schaffen.",
    "Ein Sprecher des Ministeriums wollte sich zu den Einzelheiten nicht äußern.",
    "Die Gewerkschaft kündigte an, notfalls auch vor Gericht zu ziehen.",
    "Ob der Zeitplan eingehalten werden kann, ist allerdings offen.",
]
FR_SENTENCES = [
    "Le conseil municipal a adopté mardi soir le nouveau plan d'urbanisme, après plus de cinq heures de débat.",
    "Les riverains redoutent une hausse du trafic dans des rues déjà saturées.",
    "Selon {org}, les loyers ont augmenté de {pct} % à {city} depuis {year}.",
    "« Nous ne pouvons plus attendre », a déclaré {person} à l'issue de la séance.",
    "La région prévoit de consacrer {money} au projet au cours des prochaines années.",
    "Pour ses détracteurs, ces aides profiteront surtout aux grands promoteurs immobiliers.",
    "Les travaux doivent débuter au printemps prochain et durer environ {n} ans.",
    "La fréquentation des transports en commun a presque retrouvé son niveau d'avant la pandémie.",
    "Le week-end, les trains sont souvent bondés, se plaignent les usagers.",
    "Des chercheurs de {org} suivent le recul du glacier depuis plus de vingt ans.",
    "L'été dernier, le front glaciaire a reculé de près de {n} mètres.",
    "L'inflation a ralenti en {month} pour le troisième mois consécutif.",
    "Les économistes n'anticipent pas pour autant une baisse rapide des taux.",
    "Le fabricant de semi-conducteurs {org} prévoit de créer plusieurs milliers d'emplois.",
    "Un porte-parole du ministère n'a pas souhaité commenter les détails de l'accord.",
    "Les syndicats menacent de saisir la justice si leurs demandes ne sont pas entendues.",
    "Reste à savoir si le calendrier pourra être tenu.",
]
ES_SENTENCES = [
    "El pleno del ayuntamiento aprobó el martes por la noche el nuevo plan urbanístico tras un largo debate.",
    "Los vecinos temen que aumente el tráfico en unas calles que ya están saturadas.",
    "Según {org}, los alquileres han subido un {pct} % en {city} desde {year}.",
    "“No podemos esperar más”, afirmó {person} al término de la sesión.",
    "El Gobierno regional destinará {money} al proyecto en los próximos años.",
    "Los críticos sostienen que las ayudas beneficiarán sobre todo a los grandes promotores.",
    "Las obras comenzarán la próxima primavera y durarán unos {n} años.",
    "El número de viajeros del transporte público casi ha recuperado el nivel previo a la pandemia.",
    "Los fines de semana los trenes van a menudo abarrotados, se quejan los usuarios.",
    "Investigadores de {org} siguen el retroceso del glaciar desde hace más de veinte años.",
    "El verano pasado, el frente del glaciar retrocedió casi {n} metros.",
    "La inflación se moderó en {month} por tercer mes consecutivo.",
    "Los economistas no esperan, sin embargo, una bajada rápida de los tipos de interés.",
    "El fabricante de semiconductores {org} prevé crear varios miles de empleos.",
    "Un portavoz del ministerio declinó comentar los detalles del acuerdo.",
    "Los sindicatos amenazan con acudir a los tribunales si no se atienden sus demandas.",
    "Queda por ver si se podrá cumplir el calendario.",
]
ZH_SENTENCES = [
    "{org}周二宣布，将在未来{n}年内投资{money}扩建位于{city}的芯片封装工厂。",
    "业内人士认为，这一举措有助于提升关键零部件的自主可控能力。",
    "据{org}统计，国内企业目前已能满足约{pct}%的成熟制程芯片需求。",
    "{person}在接受采访时表示：“我们不是要什么都自己做，而是要确保供应链不会被卡脖子。”",
    "自{year}年出口管制措施实施以来，先进光刻设备的进口受到严格限制。",
    "多位工程师介绍，他们花了大量时间改造旧设备，以生产更精细的结构。",
    "也有分析人士担心，大规模补贴可能导致部分领域产能过剩。",
    "地方政府承诺在土地、税收和人才引进等方面给予支持。",
    "今年前{n}个月，该市集成电路产量同比增长{pct}%。",
    "专家指出，人才短缺仍是制约产业发展的主要因素之一。",
    "多所高校已开设集成电路相关专业，并扩大了招生规模。",
    "业内预计，新工厂投产后将带动上下游企业集聚发展。",
    "该项目预计于{year2}年底前建成投产。",
    "市场监管部门表示，将加强对相关企业的监督检查。",
    "不少市民表示，希望新政策能够尽快落地见效。",
    "记者从有关部门了解到，相关配套措施正在抓紧制定中。",
]
JA_SENTENCES = [
    "{org}は火曜日、{city}にある半導体工場の拡張に今後{n}年間で{money}を投資すると発表しました。",
    "関係者によりますと、地元での雇用の確保が交渉の焦点となっていました。",
    "{org}の調べでは、国内メーカーが供給する割合は約{pct}%に達しています。",
    "{person}氏は記者団に対し「一つの供給元に頼らない体制を作りたい」と述べました。",
    "{year}年に導入された輸出規制により、最先端の製造装置の入手が難しくなっています。",
    "一方で、補助金が過剰な生産能力につながるとの懸念も出ています。",
    "市議会は月曜日の夜、新しい都市計画を賛成多数で可決しました。",
    "住民の間では、交通量の増加を心配する声も上がっています。",
    "鉄道の利用者数は、感染拡大前のおよそ{pct}%まで回復しました。",
    "来月からは週末の夜間に臨時列車を増発する予定です。",
    "研究チームは20年以上にわたって氷河の後退を観測してきました。",
    "専門家は「一度の猛暑だけで傾向を判断することはできない」と話しています。",
    "物価上昇率は{month}まで3か月連続で鈍化しました。",
    "政府は年内に詳しい評価結果を公表するとしています。",
    "会社側は「詳細についてはコメントを控える」としています。",
    "今後の動向が注目されます。",
]


def _money_en(rng: random.Random) -> str:
    return f"${rng.randint(2, 48)}{rng.choice(['', '.5'])} {rng.choice(['million', 'billion'])}"


@dataclass(frozen=True)
class Lang:
    """Everything language-specific a page needs: prose, names, furniture labels."""

    code: str
    sentences: list[str]
    subheads: list[str]
    items: list[str]
    quotes: list[str]
    captions: list[str]
    headlines: list[str]
    teasers: list[str]
    comments: list[str]
    names: list[str]
    orgs: list[str]
    cities: list[str]
    months: list[str]
    sites: list[tuple[str, str]]
    money: Callable[[random.Random], str]
    labels: dict[str, Any]
    sep: str = " "
    dec: str = "."


LANGS: dict[str, Lang] = {}
LANGS["en"] = Lang(
    "en", EN_SENTENCES, EN_SUBHEADS, EN_ITEMS, EN_QUOTES, EN_CAPTIONS, EN_HEADLINES, EN_TEASERS,
    EN_COMMENTS, EN_NAMES, EN_ORGS, EN_CITIES, EN_MONTHS, EN_SITES, _money_en,
    {
        "by": "By", "and": "and", "ad": "Advertisement", "related": "Related", "read_more": "Read more",
        "comments": "Comments", "share": "Share", "most_read": "Most read",
        "newsletter": ("Sign up for the Morning Briefing",
                       "Our editors' pick of the day's most important stories, delivered to your inbox every weekday."),
        "cookie": ("We use cookies", "We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time."),
        "accept": "Accept all",
        "nav": ["Home", "World", "UK", "Business", "Technology", "Science", "Climate", "Culture", "Sport", "Opinion", "Lifestyle", "Video"],
        "footer": ["About us", "Contact us", "Careers", "Advertise with us", "Terms of use", "Privacy policy",
                   "Cookie settings", "Accessibility", "Help", "Corrections", "Newsletters", "Apps", "RSS", "Archive"],
        "rights": "All rights reserved.",
    },
)  # fmt: skip
LANGS["de"] = Lang(
    "de", DE_SENTENCES,
    ["Was als Nächstes passiert", "Streit um die Kosten", "Ein langer Weg", "Die Sicht der Anwohner", "Unsichere Aussichten"],
    ["Schnellere Genehmigungen", "Eine Obergrenze für Mieterhöhungen", "Mehr Geld für die Instandhaltung", "Zusätzliche Züge am Wochenende"],
    ["Wir haben zu lange auf eine Entscheidung gewartet, und die Menschen in dieser Stadt zahlen jeden Monat den Preis dafür."],
    ["Pendler steigen am Hauptbahnhof in {city} in einen Regionalzug.", "Die Gletscherzunge im vergangenen Sommer, aufgenommen bei einem Messflug.", "{person} im Gespräch mit Journalisten nach der Sitzung."],
    ["Stadtrat in {city} beschließt umstrittenen Bebauungsplan", "Inflation sinkt den dritten Monat in Folge",
     "{org} plant neues Werk – Tausende Jobs erwartet", "Gletscher schmilzt schneller als erwartet"],
    ["So wird das Wetter am Wochenende", "Die besten Serien des Monats", "Kommentar: Die Stadt braucht mehr Mut",
     "Bahnstreik: Was Pendler jetzt wissen müssen", "Rezept der Woche: Spargel mit Bärlauch", "Bundesliga: Alle Spiele, alle Tore"],
    ["Endlich tut sich etwas. Das hätte man vor zehn Jahren schon machen müssen.", "Und wer bezahlt das am Ende? Natürlich wieder die Steuerzahler.",
     "Guter Artikel, danke für die sachliche Darstellung.", "Ich wohne direkt an der Strecke, der Lärm ist jetzt schon kaum auszuhalten."],
    ["Anna Schmidt", "Lukas Becker", "Julia Wagner", "Felix Hoffmann", "Sophie Krüger", "Jonas Weber", "Miriam Vogel", "Tobias Richter"],
    ["Halbtech", "Nordstrom Energie", "Rheinwerk Semiconductors", "Alpenlab"],
    ["Hamburg", "Leipzig", "Freiburg", "Kassel", "Bremen"],
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    [("Der Nordkurier Online", "nordkurier-online.de"), ("Rheinische Rundschau", "rheinische-rundschau.de"), ("Tagesblatt", "tagesblatt.de")],
    lambda rng: f"{rng.randint(2, 90)} Millionen Euro",
    {
        "by": "Von", "and": "und", "ad": "Anzeige", "related": "Mehr zum Thema", "comments": "Kommentare",
        "share": "Teilen", "most_read": "Meistgelesen", "save": "Merken", "gift": "Artikel verschenken",
        "cookie": ("Wir verwenden Cookies", "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren."),
        "accept": "Alle akzeptieren", "settings": "Einstellungen",
        "nav": ["Schlagzeilen", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Netzwelt", "Wissenschaft", "Reise", "Abo"],
        "footer": ["Impressum", "Datenschutz", "Nutzungsbedingungen", "Kontakt", "Hilfe", "Mediadaten", "Jobs", "Cookies & Tracking"],
        "rights": "Alle Rechte vorbehalten.", "discuss": "Diskutieren Sie mit", "home": "Zur Startseite", "topics": "Themen",
    },
)  # fmt: skip
LANGS["fr"] = Lang(
    "fr", FR_SENTENCES,
    ["Ce qui va changer", "Un long chemin", "La question du coût", "Le point de vue des riverains", "Des perspectives incertaines"],
    ["Des procédures accélérées", "Un plafonnement des loyers", "Des moyens pour l'entretien", "Davantage de trains le week-end"],
    ["Nous avons trop attendu une décision, et les habitants de cette ville en paient le prix chaque mois."],
    ["Des voyageurs montent dans un train régional à {city}.", "Le front du glacier, photographié l'été dernier lors d'un survol.", "{person} répond aux journalistes après la séance."],
    ["À {city}, le conseil municipal adopte un plan d'urbanisme contesté", "L'inflation ralentit pour le troisième mois consécutif",
     "{org} va construire une nouvelle usine", "Le recul du glacier s'accélère, selon une étude"],
    ["Les meilleurs films de la semaine", "Météo : un week-end ensoleillé", "Tribune : la ville doit oser",
     "Grève SNCF : ce qu'il faut savoir", "La recette de la semaine", "Ligue 1 : les résultats"],
    ["Enfin une décision ! Il était temps.", "Et qui paiera au final ? Le contribuable, comme toujours.",
     "Article très clair, merci.", "J'habite à côté de la gare, le bruit est déjà insupportable."],
    ["Jean Dupont", "Claire Martin", "Sophie Lefèvre", "Antoine Moreau", "Camille Bernard", "Louis Girard", "Élise Fournier"],
    ["l'Insee", "Semitech", "l'Observatoire des loyers", "l'Institut des glaciers"],
    ["Lyon", "Grenoble", "Nantes", "Bordeaux", "Lille"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    [("Le Quotidien du Centre", "lequotidienducentre.fr"), ("La Gazette de l'Ouest", "gazette-ouest.fr"), ("Le Républicain", "lerepublicain.fr")],
    lambda rng: f"{rng.randint(2, 90)} millions d'euros",
    {
        "by": "Par", "and": "et", "ad": "Publicité", "related": "Lire aussi", "comments": "Commentaires",
        "share": "Partager", "most_read": "Les plus lus", "published": "Publié le", "at": "à",
        "cookie": ("Nous utilisons des cookies", "Nous et nos partenaires utilisons des cookies pour personnaliser les contenus et les publicités et mesurer l'audience de notre site."),
        "accept": "Tout accepter", "settings": "Paramétrer",
        "nav": ["Actualités", "International", "Politique", "Économie", "Planète", "Culture", "Sport", "Débats", "Vidéos", "S'abonner", "Se connecter"],
        "footer": ["Mentions légales", "Charte du groupe", "Politique de confidentialité", "Gestion des cookies", "Conditions générales", "Publicité", "Aide", "Nous contacter"],
        "rights": "Tous droits réservés.", "subscribe": "Abonnez-vous", "react": "Réagir", "reuse": "Réutiliser ce contenu",
    },
)  # fmt: skip
LANGS["es"] = Lang(
    "es", ES_SENTENCES,
    ["Lo que viene ahora", "Un largo camino", "La cuestión del coste", "La opinión de los vecinos", "Un futuro incierto"],
    ["Trámites más rápidos", "Un tope a las subidas del alquiler", "Más fondos para mantenimiento", "Más trenes los fines de semana"],
    ["Hemos esperado demasiado una decisión, y los vecinos de esta ciudad pagan el precio cada mes."],
    ["Viajeros suben a un tren de cercanías en {city}.", "El frente del glaciar, fotografiado el verano pasado desde un avión.", "{person} atiende a los periodistas tras la sesión."],
    ["{city} aprueba un polémico plan urbanístico", "La inflación se modera por tercer mes consecutivo",
     "{org} construirá una nueva fábrica", "El glaciar retrocede más rápido de lo previsto"],
    ["Las mejores series del mes", "El tiempo: fin de semana soleado", "Opinión: la ciudad necesita valentía",
     "Huelga de trenes: lo que hay que saber", "La receta de la semana", "LaLiga: todos los resultados"],
    ["¡Por fin una decisión! Ya era hora.", "¿Y quién lo paga al final? Los de siempre.",
     "Muy buen artículo, gracias.", "Vivo al lado de la estación y el ruido ya es insoportable."],
    ["Lucía García", "Javier Fernández", "Marta López", "Pablo Sánchez", "Elena Romero", "Carlos Navarro", "Ana Ruiz"],
    ["el INE", "Semitec", "el Observatorio de la Vivienda", "el Instituto de Glaciología"],
    ["Valencia", "Zaragoza", "Bilbao", "Sevilla", "Málaga"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    [("El Diario del Norte", "eldiariodelnorte.es"), ("La Voz de la Costa", "lavozdelacosta.es"), ("Crónica Global Hoy", "cronicahoy.es")],
    lambda rng: f"{rng.randint(2, 90)} millones de euros",
    {
        "by": "Por", "and": "y", "ad": "Publicidad", "related": "Te puede interesar", "more_info": "Más información",
        "comments": "Comentarios", "share": "Compartir", "most_read": "Lo más visto",
        "cookie": ("Utilizamos cookies", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias."),
        "accept": "Aceptar y continuar", "settings": "Configurar",
        "nav": ["España", "Internacional", "Opinión", "Economía", "Sociedad", "Ciencia", "Tecnología", "Cultura", "Deportes", "Suscríbete", "Iniciar sesión"],
        "footer": ["Aviso legal", "Política de privacidad", "Configuración de cookies", "Contacto", "Publicidad", "Trabaja con nosotros", "Libro de estilo"],
        "rights": "Todos los derechos reservados.", "filed": "Archivado en", "rules": "Normas",
    },
)  # fmt: skip
LANGS["zh"] = Lang(
    "zh", ZH_SENTENCES,
    ["产业链加速布局", "人才缺口待补", "专家观点", "下一步怎么走"],
    ["加快项目审批", "加大研发投入", "完善人才培养体系", "强化知识产权保护"],
    ["我们不是要什么都自己做，而是要确保关键环节掌握在自己手里。"],
    ["工作人员在{city}一家芯片工厂内检查晶圆。", "新建的厂房已基本完工。"],
    ["{org}拟投资{money}扩建芯片工厂", "国产芯片自给率稳步提升", "{city}出台新政支持集成电路产业发展"],
    ["春季出游指南：这些地方人少景美", "央行最新表态释放什么信号", "新能源汽车销量再创新高",
     "高考志愿填报攻略", "这些新规下月起施行", "图集：城市夜景"],
    ["支持国产芯片！", "希望政策能真正落到实处。", "人才培养才是关键。", "期待早日投产。"],
    ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆"],
    ["华芯科技", "国家统计局", "中国半导体行业协会", "东方研究院"],
    ["合肥", "无锡", "成都", "武汉", "西安"],
    ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    [("华夏新闻网", "huaxianews.cn"), ("东方财经网", "dfcaijing.com.cn"), ("南方日报网", "nfribao.cn")],
    lambda rng: f"{rng.randint(20, 900)}亿元",
    {
        "related": "相关阅读", "ad": "广告", "comments": "评论", "share": "分享到：", "editor": "责任编辑：",
        "source": "来源：", "author": "作者：", "hot": "热门推荐", "say": "我有话说",
        "nav": ["首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "视频"],
        "footer": ["关于我们", "广告服务", "联系我们", "招聘信息", "网站律师", "隐私政策", "违法和不良信息举报"],
    },
    sep="",
)  # fmt: skip
LANGS["ja"] = Lang(
    "ja", JA_SENTENCES,
    ["今後の見通し", "地元の声", "専門家の見方"],
    ["審査の迅速化", "家賃上昇の上限設定", "保守費用の増額", "週末の列車の増発"],
    ["一つの供給元に頼っていては、自分たちの工場を本当に管理しているとは言えません。"],
    ["{city}の工場で検査されるウエハー", "市議会の本会議の様子"],
    ["{org}、{city}の半導体工場に{money}投資へ", "物価上昇率、3か月連続で鈍化", "{city}市議会、新しい都市計画を可決"],
    ["週末の天気　関東は晴れ", "新型スマホ、発売日決まる", "【解説】金利はどうなる", "桜の開花予想　各地の見頃は",
     "高校野球　組み合わせ決まる", "年金制度の見直し案まとまる"],
    ["地元の雇用につながるといいですね。", "税金の使い方として妥当なのか疑問です。", "分かりやすい記事でした。"],
    ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健"],
    ["日本半導体", "総務省", "日本鉄道研究所", "東邦エレクトロニクス"],
    ["熊本", "仙台", "広島", "札幌", "福岡"],
    ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    [("日本中央新聞", "chuo-shimbun.jp"), ("毎朝ニュース", "maiasa-news.jp"), ("東西日報デジタル", "tozai-nippo.jp")],
    lambda rng: f"{rng.randint(100, 9000)}億円",
    {
        "related": "関連記事", "ad": "広告", "comments": "コメント", "share": "この記事をシェア",
        "ranking": "アクセスランキング", "write": "コメントを書く", "login": "ログイン",
        "nav": ["トップ", "国内", "国際", "経済", "エンタメ", "スポーツ", "IT", "科学", "ライフ", "地域"],
        "footer": ["利用規約", "プライバシーポリシー", "お問い合わせ", "著作権について", "広告掲載", "会社概要"],
    },
    sep="",
)  # fmt: skip

PR_SENTENCES = [
    "{org} today announced the opening of a new manufacturing and testing facility in {city}, expanding its production capacity for power modules by {pct} percent.",
    "The facility will employ approximately {n}0 people when it reaches full operation in {year2}.",
    "The expansion responds to growing demand from customers in the automotive, industrial and renewable energy markets.",
    "The new site includes a clean room of 4,000 square metres and a dedicated reliability laboratory.",
    '"This investment reflects our commitment to building a resilient supply chain close to our customers," said {person}, chief executive officer of {org}.',
    "Construction was completed ahead of schedule and on budget.",
    "The company has also signed a long-term supply agreement with a regional wafer producer.",
    "Production of the first qualified modules is expected to begin in the third quarter.",
    '"Local partners have been essential to getting this project done in under two years," said {person}, vice president of operations.',
    "{org} will host an open day for the local community and students from nearby technical colleges.",
    "The investment is supported in part by a grant from the regional economic development fund.",
    "Financial terms of the supply agreement were not disclosed.",
]
DOC_SENTENCES = [
    "Sync keeps a copy of your workspace on every device you sign in to, and merges changes made while you were offline.",
    "By default, sync runs every five minutes and whenever you save a document.",
    "You can change the interval in the settings file, or turn automatic sync off entirely and sync by hand.",
    "Conflicts happen when the same field is edited on two devices before either of them has synced.",
    "When that happens, the most recent edit wins and the older value is kept in the document's history.",
    "Attachments larger than the limit set by your administrator are not synced; they stay on the device where they were added.",
    "If you use a proxy, set the proxy address before the first sync, or the client cannot reach the server.",
    "The command-line client reads the same settings file as the desktop application.",
    "Every import creates a new collection, so you can review the records before merging them into an existing one.",
    "Columns are matched by name; unmatched columns are imported as custom fields.",
    "Dates are read in ISO 8601 format unless you pass a different format with the date option.",
    "Rows that cannot be parsed are written to a separate report so that nothing is silently dropped.",
    "Large imports run in the background, and you can keep working while they finish.",
    "Administrators can restrict which collections a user may import into.",
    "The audit log records who ran each import and how many records it created.",
]
DOC_TITLES = ["Configuring sync", "Importing records from CSV", "Working offline", "Managing attachments", "Using the command-line client"]
DOC_SUBHEADS = ["Before you begin", "How it works", "Options", "Troubleshooting", "Examples", "Limits"]
DOC_CODE = [
    "[sync]\ninterval = 300\nauto = true\nproxy = \"http://proxy.internal:3128\"",
    "fieldbook import records.csv --collection surveys --date-format %d/%m/%Y",
    "fieldbook sync --now --verbose",
    "$ fieldbook config set sync.auto false\nsync.auto = false",
]
PR_ABOUT = [
    "{org} designs and manufactures power electronics for the automotive, industrial and energy markets. Founded in 1998 and headquartered in {city}, the company employs more than 3,000 people in twelve countries. For more information, visit www.{slug}.com.",
    "{org} is a leading provider of precision components and testing services. The company serves customers in more than 40 countries from its headquarters in {city}. Learn more at www.{slug}.com.",
]
FORUM_OPENERS = [
    "Hi all, long-time reader, first post here.",
    "I've searched the forum but couldn't find a thread that covers this exactly, so here goes.",
    "Posting this in case it helps someone else, and because I'd like a sanity check.",
]
FORUM_NAMES = ["mkowalski", "harbour_dan", "js_builder", "glacier_fan", "railwatcher", "old_timer_88", "ninap", "quietsignal"]


# -- the article --------------------------------------------------------------------------


@dataclass
class Block:
    """One piece of the article body; ``text`` is what the reader sees of it."""

    kind: str  # p, h, ul, ol, quote, table, figure, code
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Article:
    lang: Lang
    title: str
    standfirst: str | None
    lead: Block | None  # a lead figure above the body (its caption belongs to the text)
    blocks: list[Block]
    authors: list[str]
    published: datetime
    site: str
    domain: str
    section: str
    slug: str
    tags: list[str]


def fill(template: str, lang: Lang, rng: random.Random) -> str:
    """A pool sentence with its slots filled, so pages do not repeat each other."""
    year = rng.randint(2014, 2022)
    text = template.format(
        org=rng.choice(lang.orgs),
        person=rng.choice(lang.names),
        city=rng.choice(lang.cities),
        n=rng.randint(3, 40),
        pct=rng.randint(12, 85),
        pct2=f"{rng.randint(1, 9)}{lang.dec}{rng.randint(0, 9)}",
        year=year,
        year2=year + rng.randint(3, 6),
        money=lang.money(rng),
        month=rng.choice(lang.months),
    )
    return text[:1].upper() + text[1:]


def _table(lang: Lang, rng: random.Random) -> list[list[str]]:
    heads = {
        "en": ["Year", "Output (million units)", "Share of demand"],
        "de": ["Jahr", "Fahrgäste (Mio.)", "Veränderung"],
        "fr": ["Année", "Voyageurs (millions)", "Évolution"],
        "es": ["Año", "Viajeros (millones)", "Variación"],
        "zh": ["年份", "产量（万片）", "同比增长"],
        "ja": ["年", "生産量（万個）", "前年比"],
    }[lang.code]
    start = rng.randint(2016, 2020)
    rows = [heads]
    for i in range(rng.randint(3, 5)):
        rows.append([str(start + i), f"{rng.randint(40, 900)}", f"{rng.randint(1, 30)}%"])
    return rows


def make_article(
    rng: random.Random,
    lang: Lang,
    *,
    paras: tuple[int, int] = (3, 12),
    standfirst: bool = True,
    lead: bool = True,
    figures: bool = True,
    tables: bool = True,
    sentences: list[str] | None = None,
    subheads: list[str] | None = None,
    title: str | None = None,
    site: tuple[str, str] | None = None,
    authors: list[str] | None = None,
) -> Article:
    pool = list(sentences or lang.sentences)
    rng.shuffle(pool)
    cursor = 0

    def sentence() -> str:
        nonlocal cursor
        if cursor and cursor % len(pool) == 0:
            rng.shuffle(pool)
        s = fill(pool[cursor % len(pool)], lang, rng)
        cursor += 1
        return s

    first = sentence() if standfirst else None
    n = rng.randint(*paras)
    heads = list(subheads or lang.subheads)
    rng.shuffle(heads)
    blocks: list[Block] = []
    for i in range(n):
        if i >= 2 and heads and rng.random() < 0.28 and blocks[-1].kind != "h":
            blocks.append(Block("h", heads.pop()))
        k = rng.randint(1, 3) if lang.sep == "" else rng.randint(2, 4)
        blocks.append(Block("p", lang.sep.join(sentence() for _ in range(k))))
        if 1 <= i < n - 1:
            r = rng.random()
            if r < 0.10:
                items = rng.sample(lang.items, min(len(lang.items), rng.randint(3, 4)))
                blocks.append(Block(rng.choice(["ul", "ol"]), items=[fill(t, lang, rng) for t in items]))
            elif r < 0.18:
                blocks.append(Block("quote", rng.choice(lang.quotes)))
            elif r < 0.23 and tables:
                blocks.append(Block("table", rows=_table(lang, rng)))
            elif r < 0.33 and figures:
                blocks.append(Block("figure", fill(rng.choice(lang.captions), lang, rng)))
    name, domain = site or rng.choice(lang.sites)
    when = datetime(2019, 1, 1, 6, 0) + timedelta(
        days=rng.randrange(2350), minutes=rng.randrange(14 * 60)
    )
    head = title or fill(rng.choice(lang.headlines), lang, rng)
    slug = re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-")[:60] or f"a{rng.randrange(10**6)}"
    return Article(
        lang=lang,
        title=head,
        standfirst=first,
        lead=Block("figure", fill(rng.choice(lang.captions), lang, rng)) if lead and rng.random() < 0.7 else None,
        blocks=blocks,
        authors=authors if authors is not None else rng.sample(lang.names, 1 if rng.random() < 0.8 else 2),
        published=when,
        site=name,
        domain=domain,
        section=rng.choice(lang.labels["nav"][1:6]),
        slug=slug,
        tags=rng.sample(lang.labels["nav"][1:], 3),
    )


def reference_text(art: Article, *, blocks: list[Block] | None = None, extra_first: str = "") -> str:
    """The article as a reader clips it: standfirst, captions and body; no headline."""
    parts = [extra_first] if extra_first else []
    if art.standfirst:
        parts.append(art.standfirst)
    if art.lead and art.lead.text:
        parts.append(art.lead.text)
    for b in art.blocks if blocks is None else blocks:
        if b.kind == "ul":
            parts.extend(b.items)
        elif b.kind == "ol":  # numbered as a browser (and inscriptis, which renders the corpus) shows them
            parts.extend(f"{i}. {t}" for i, t in enumerate(b.items, 1))
        elif b.kind == "table":
            parts.extend(" ".join(row) for row in b.rows)
        elif b.text:
            parts.append(b.text)
    return "\n\n".join(parts)


# -- markup helpers -------------------------------------------------------------------


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=False)


def attr(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def hashed(rng: random.Random, prefix: str = "css-", n: int = 6) -> str:
    return prefix + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def inline(text: str, rng: random.Random, lang: Lang, p: float = 0.35) -> str:
    """Escape a paragraph and sometimes mark a few words up as a link or emphasis."""
    if rng.random() > p:
        return esc(text)
    tag, close = rng.choice(
        [(f'<a href="/topic/{rng.randrange(999)}">', "</a>"), ("<em>", "</em>"), ("<strong>", "</strong>"),
         (f'<a href="https://example.org/{rng.randrange(999)}" target="_blank" rel="noopener">', "</a>")]
    )  # fmt: skip
    if lang.sep == "":
        if len(text) < 14:
            return esc(text)
        i = rng.randrange(0, len(text) - 8)
        j = i + rng.randint(2, 5)
        return esc(text[:i]) + tag + esc(text[i:j]) + close + esc(text[j:])
    words = text.split(" ")
    if len(words) < 6:
        return esc(text)
    i = rng.randrange(0, len(words) - 3)
    j = i + rng.randint(1, 3)
    pre, mid, post = " ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:])
    return (esc(pre) + " " if pre else "") + tag + esc(mid) + close + (" " + esc(post) if post else "")


def img(rng: random.Random, domain: str, alt: str = "") -> str:
    w = rng.choice([640, 800, 1200])
    return (
        f'<img src="https://cdn.{domain}/images/{rng.randrange(10**8):08d}.jpg" alt="{attr(alt)}" '
        f'width="{w}" height="{w * 9 // 16}" loading="lazy" decoding="async">'
    )


def default_figure(b: Block, rng: random.Random, art: Article) -> str:
    cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
    return f"<figure>{img(rng, art.domain, 'Photo')}{cap}</figure>"


Markup = Callable[[], str] | str


def _a(x: Markup) -> str:
    return x() if callable(x) else x


def body_html(
    art: Article,
    rng: random.Random,
    *,
    blocks: list[Block] | None = None,
    p: Markup = "",
    h: Markup = "",
    h_tag: str = "h2",
    li: Markup = "",
    ul: Markup = "",
    quote: Markup = "",
    fig: Callable[[Block, random.Random, Article], str] = default_figure,
    table: Callable[[Block], str] | None = None,
    inserts: dict[int, list[str]] | None = None,
    p_prefix: str = "",
    inline_p: float = 0.35,
) -> str:
    """The article blocks as HTML, with furniture dropped in after chosen blocks."""
    out: list[str] = []
    lang = art.lang
    for i, b in enumerate(art.blocks if blocks is None else blocks):
        if b.kind == "p":
            out.append(f"<p{_a(p)}>{p_prefix}{inline(b.text, rng, lang, inline_p)}</p>")
        elif b.kind == "h":
            out.append(f"<{h_tag}{_a(h)}>{esc(b.text)}</{h_tag}>")
        elif b.kind in ("ul", "ol"):
            items = "".join(f"<li{_a(li)}>{esc(t)}</li>" for t in b.items)
            out.append(f"<{b.kind}{_a(ul)}>{items}</{b.kind}>")
        elif b.kind == "quote":
            out.append(f"<blockquote{_a(quote)}><p>{esc(b.text)}</p></blockquote>")
        elif b.kind == "table":
            out.append(table(b) if table else plain_table(b))
        elif b.kind == "figure":
            out.append(fig(b, rng, art))
        elif b.kind == "code":
            out.append(f'<pre class="language-shell"><code>{esc(b.text)}</code></pre>')
        for junk in (inserts or {}).get(i, []):
            out.append(junk)
    return "\n".join(out)


def plain_table(b: Block) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in b.rows[0])
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b.rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def place(art: Article, rng: random.Random, junk: list[str], blocks: list[Block] | None = None) -> dict[int, list[str]]:
    """Put each piece of in-article furniture after a random paragraph (never the last)."""
    seq = art.blocks if blocks is None else blocks
    spots = [i for i, b in enumerate(seq[:-1]) if b.kind == "p"] or [0]
    out: dict[int, list[str]] = {}
    for j in junk:
        out.setdefault(rng.choice(spots), []).append(j)
    return out


def links(labels: list[str], rng: random.Random, wrap: str = "li", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    items = []
    for t in labels:
        slug = re.sub(r"\W+", "-", t.lower()).strip("-") or str(rng.randrange(999))
        a = f'<a href="/{slug}/">{esc(t)}</a>'
        items.append(f"<{wrap}{c}>{a}</{wrap}>" if wrap else a)
    return "".join(items) if wrap else ", ".join(items)


def teasers(lang: Lang, rng: random.Random, k: int) -> list[str]:
    return [fill(t, lang, rng) for t in rng.sample(lang.teasers, min(k, len(lang.teasers)))]


# -- dates and the head -----------------------------------------------------------------


def fmt_date(d: datetime, style: str, lang: Lang) -> str:
    m = lang.months[d.month - 1]
    if style == "en_us":
        return f"{m} {d.day}, {d.year}"
    if style == "en_uk":
        return f"{d.day} {m} {d.year}"
    if style == "en_short":
        return f"{m[:3]} {d.day}, {d.year}"
    if style == "en_guardian":
        return f"{d.strftime('%a')} {d.day} {m[:3]} {d.year} {d:%H.%M} GMT"
    if style == "de":
        return rng_free_choice(d, [f"{d:%d.%m.%Y}, {d:%H.%M} Uhr", f"{d.day}. {m} {d.year}"])
    if style == "fr":
        return f"{d.day} {m} {d.year} à {d:%H}h{d:%M}"
    if style == "es":
        return f"{d.day:02d} {m[:3]} {d.year} - {d:%H:%M} CET"
    if style == "zh":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"
    if style == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    if style == "drupal":
        return f"{d:%a}, {d:%m/%d/%Y - %H:%M}"
    if style == "numeric_us":
        return f"{d.month}/{d.day}/{d.year}"
    return d.strftime("%Y-%m-%d")


def rng_free_choice(d: datetime, options: list[str]) -> str:
    """Pick a variant from the date itself (formatting stays a pure function)."""
    return options[d.day % len(options)]


def iso(d: datetime, tz: str = "+00:00") -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + tz


def jsonld(art: Article, kind: str = "NewsArticle", graph: bool = False, url: str = "") -> str:
    data: dict[str, Any] = {
        "@type": kind,
        "headline": art.title,
        "datePublished": iso(art.published),
        "dateModified": iso(art.published + timedelta(hours=2)),
        "author": [{"@type": "Person", "name": a} for a in art.authors],
        "publisher": {"@type": "Organization", "name": art.site,
                      "logo": {"@type": "ImageObject", "url": f"https://{art.domain}/logo.png"}},
        "mainEntityOfPage": url,
        "image": [f"https://cdn.{art.domain}/images/lead.jpg"],
        "inLanguage": art.lang.code,
    }  # fmt: skip
    if not art.authors:
        del data["author"]
    if graph:
        doc = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": f"https://{art.domain}/#website", "name": art.site, "url": f"https://{art.domain}/"},
            {"@type": "WebPage", "@id": url, "url": url, "name": art.title, "isPartOf": {"@id": f"https://{art.domain}/#website"}},
            data,
            {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{art.domain}/"}]},
        ]}  # fmt: skip
    else:
        doc = {"@context": "https://schema.org", **data}
    return f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'


def head(
    art: Article,
    rng: random.Random,
    meta: str,
    *,
    title_tag: str | None = None,
    kind: str = "NewsArticle",
    graph: bool = False,
    extra: str = "",
) -> str:
    """<head> with OpenGraph and JSON-LD as ``meta`` says ("full", "og", "jsonld", "none")."""
    url = f"https://{art.domain}/{art.section.lower()}/{art.published:%Y/%m/%d}/{art.slug}"
    sep = rng.choice([" | ", " - ", " – ", " :: "])
    title = title_tag if title_tag is not None else f"{art.title}{sep}{art.site}"
    h = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{attr(url)}">',
        f'<link rel="stylesheet" href="https://{art.domain}/assets/main.{rng.randrange(16**8):08x}.css">',
        "<style>.visually-hidden{position:absolute;clip:rect(0 0 0 0)}.hidden{display:none}</style>",
    ]
    if meta in ("full", "og"):
        h += [
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{attr(art.title)}">',
            f'<meta property="og:site_name" content="{attr(art.site)}">',
            f'<meta property="og:url" content="{attr(url)}">',
            f'<meta property="og:image" content="https://cdn.{art.domain}/images/lead.jpg">',
            f'<meta property="article:published_time" content="{iso(art.published)}">',
            '<meta name="twitter:card" content="summary_large_image">',
        ]
        if art.standfirst:
            h.append(f'<meta property="og:description" content="{attr(art.standfirst)}">')
        if art.authors and rng.random() < 0.6:
            h.append(f'<meta name="author" content="{attr(", ".join(art.authors))}">')
    if meta in ("full", "jsonld"):
        h.append(jsonld(art, kind, graph, url))
    h.append(
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        f"gtag('js',new Date());gtag('config','G-{rng.randrange(16**8):08X}');</script>"
    )
    h.append(extra)
    return "\n".join(h)


def document(art: Article, head_html: str, body: str, body_attrs: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{art.lang.code}">\n<head>\n{head_html}\n</head>\n'
        f"<body{body_attrs}>\n{body}\n"
        f'<script src="https://{art.domain}/assets/app.{len(body) % 997:03d}.js" defer></script>\n'
        "</body>\n</html>\n"
    )


def byline_names(art: Article, rng: random.Random, rel: bool = True, sep: str | None = None) -> str:
    """The authors as linked names joined the way the language joins them."""
    rel_attr = ' rel="author"' if rel else ""
    names = [
        f'<a href="/profile/{re.sub(r"[^a-z]+", "-", a.lower())}"{rel_attr}>{esc(a)}</a>'
        for a in art.authors
    ]
    joiner = sep if sep is not None else f" {art.lang.labels.get('and', 'and')} "
    return joiner.join(names)


def cookie_banner(lang: Lang, rng: random.Random) -> str:
    title, text = lang.labels["cookie"]
    return (
        f'<div id="cmp-banner" class="cookie-consent" role="dialog" aria-modal="true">'
        f"<h2>{esc(title)}</h2><p>{esc(text)}</p>"
        f'<div class="cmp-buttons"><button class="cmp-accept">{esc(lang.labels["accept"])}</button>'
        f'<button class="cmp-settings">{esc(lang.labels.get("settings", "Settings"))}</button></div></div>'
    )


def ad_slot(rng: random.Random, label: str) -> str:
    return (
        f'<div class="ad-slot ad-slot--inline" aria-hidden="true"><p class="ad-label">{esc(label)}</p>'
        f'<div id="div-gpt-ad-{rng.randrange(10**12)}-{rng.randrange(9)}" data-slot="inline{rng.randrange(9)}"></div></div>'
    )


def comment_items(lang: Lang, rng: random.Random, art: Article, k: int) -> list[tuple[str, datetime, str]]:
    """(name, date text, comment) for ``k`` readers' comments."""
    pool = lang.names + FORUM_NAMES
    out = []
    for _ in range(k):
        d = art.published + timedelta(hours=rng.randint(1, 72))
        out.append((rng.choice(pool), d, rng.choice(lang.comments)))
    return out


# -- layout families ------------------------------------------------------------------


@dataclass
class Built:
    html: str
    truth: str
    expected: dict[str, Any]
    meta: str


def expected_of(art: Article, date: bool = True) -> dict[str, Any]:
    return {
        "title": art.title,
        "authors": list(art.authors),
        "date": art.published.strftime("%Y-%m-%d") if date else None,
        "site": art.site,
    }


def fam_wordpress(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, site=rng.choice(EN_BLOGS), standfirst=False, authors=rng.sample(EN_NAMES, 1))
    meta = rng.choice(["full", "full", "og", "none"])
    pid = rng.randrange(100, 9999)
    cat = art.section
    wp_fig = lambda b, r, a: (  # noqa: E731
        f'<figure class="wp-block-image size-large">{img(r, a.domain, "")[:-1]} class="wp-image-{r.randrange(9999)}">'
        + (f'<figcaption class="wp-element-caption">{esc(b.text)}</figcaption>' if b.text else "")
        + "</figure>"
    )
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
        + "".join(
            f'<li class="share-{s.lower()}"><a rel="nofollow noopener noreferrer" class="share-{s.lower()} sd-button share-icon" href="?share={s.lower()}" target="_blank" title="Click to share on {s}"><span>{s}</span></a></li>'
            for s in ["Twitter", "Facebook", "LinkedIn", "Email", "Print"]
        )
        + '<li class="share-end"></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>'
        '<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> '
        '<span class="loading">Loading...</span></div></div>'
    )
    related = (
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        '<div class="jp-relatedposts-items jp-relatedposts-items-visual">'
        + "".join(
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/{i}/">{esc(t)}</a></h4>'
            f'<p class="jp-relatedposts-post-date">{fmt_date(art.published - timedelta(days=30 * (i + 1)), "en_us", en)}</p>'
            f'<p class="jp-relatedposts-post-context">In &quot;{esc(cat)}&quot;</p></div>'
            for i, t in enumerate(teasers(en, rng, 3))
        )
        + "</div></div>"
    )
    comments = comment_items(en, rng, art, rng.randint(0, 5))
    clist = "".join(
        f'<li id="comment-{100 + i}" class="comment even thread-even depth-1"><article id="div-comment-{100 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><img class="avatar avatar-50 photo" src="/avatar/{i}.png" alt="">'
        f'<b class="fn">{esc(n)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{100 + i}">'
        f'<time datetime="{iso(d)}">{fmt_date(d, "en_us", en)} at {d:%I:%M %p}</time></a></div></footer>'
        f'<div class="comment-content"><p>{esc(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>'
        "</article></li>"
        for i, (n, d, c) in enumerate(comments)
    )
    comments_html = (
        f'<div class="comments" id="comments"><div class="comments-header"><h2 class="comment-reply-title">'
        f"{len(comments)} {'reply' if len(comments) == 1 else 'replies'} on &ldquo;{esc(art.title)}&rdquo;</h2></div>"
        f'<ol class="comment-list">{clist}</ol></div>'
        if comments
        else ""
    )
    respond = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply '
        '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
        '<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> '
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text"></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email"></p>'
        '<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url"></p>'
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> '
        '<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>'
    )
    sidebar = (
        '<aside id="secondary" class="widget-area" role="complementary">'
        '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">'
        '<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>'
        '<input type="submit" class="search-submit" value="Search"></form></section>'
        '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
        + links(teasers(en, rng, 5), rng)
        + '</ul></section><section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments">'
        + "".join(
            f'<li class="recentcomments"><span class="comment-author-link">{esc(rng.choice(EN_NAMES))}</span> on <a href="/{i}/">{esc(t)}</a></li>'
            for i, t in enumerate(teasers(en, rng, 3))
        )
        + '</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
        + links([f"{m} {art.published.year}" for m in EN_MONTHS[:4]], rng)
        + '</ul></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>'
        + links(art.tags, rng, cls="cat-item")
        + "</ul></section></aside>"
    )
    author_bio = (
        f'<div class="author-bio"><div class="author-title-wrapper"><h2 class="author-title heading-size-4">{esc(art.authors[0])}</h2></div>'
        f'<div class="author-description"><p>{esc(rng.choice(EN_BIOS).format(name=art.authors[0], city=rng.choice(EN_CITIES), year=2015))}</p>'
        f'<a class="author-link" href="/author/{pid}/" rel="author">View Archive <span aria-hidden="true">&rarr;</span></a></div></div>'
        if rng.random() < 0.5
        else ""
    )
    lead = (
        f'<figure class="featured-media"><div class="featured-media-inner section-inner">{img(rng, art.domain)}'
        f'<figcaption class="wp-caption-text">{esc(art.lead.text)}</figcaption></div></figure>'
        if art.lead
        else ""
    )
    body = f"""<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
<header id="site-header" class="header-footer-group" role="banner"><div class="header-inner section-inner">
<div class="header-titles-wrapper"><div class="header-titles"><div class="site-title faux-heading"><a href="/">{esc(art.site)}</a></div>
<div class="site-description">Writing about cities, work and the things in between</div></div></div>
<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Horizontal" role="navigation"><ul class="primary-menu reset-list-style">
{links(["Home", "About", "Archive", "Contact", "Newsletter"], rng, cls="menu-item")}</ul></nav></div></div></header>
<main id="site-content" role="main">
<article class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat.lower()}" id="post-{pid}">
<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">
<div class="entry-categories"><span class="screen-reader-text">Categories</span><div class="entry-categories-inner"><a href="/category/{cat.lower()}/" rel="category tag">{esc(cat)}</a></div></div>
<h1 class="entry-title">{esc(art.title)}</h1>
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">
<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span><svg class="svg-icon" aria-hidden="true" width="18" height="20"></svg></span>
<span class="meta-text">By <a href="/author/{pid}/">{esc(art.authors[0])}</a></span></li>
<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span></span>
<span class="meta-text"><a href="/{art.slug}/"><time class="entry-date published" datetime="{iso(art.published)}">{fmt_date(art.published, "en_us", en)}</time></a></span></li>
<li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">{len(comments) or "No"} Comments<span class="screen-reader-text"> on {esc(art.title)}</span></a></span></li>
</ul></div></div></header>
{lead}
<div class="post-inner thin"><div class="entry-content">
{body_html(art, rng, h=' class="wp-block-heading"', ul=' class="wp-block-list"', quote=' class="wp-block-quote"', fig=wp_fig,
           table=lambda b: f'<figure class="wp-block-table">{plain_table(b)}</figure>')}
{share if rng.random() < 0.8 else ""}
{related if rng.random() < 0.7 else ""}
</div></div>
<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta">
<li class="post-tags meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Tags</span></span><span class="meta-text">{", ".join(f'<a href="/tag/{t.lower()}/" rel="tag">{esc(t)}</a>' for t in art.tags)}</span></li></ul></div>
{author_bio}</div>
<nav class="pagination-single section-inner" aria-label="Post"><hr class="styled-separator is-style-wide" aria-hidden="true"><div class="pagination-single-inner">
<a class="previous-post" href="/prev/"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">{esc(teasers(en, rng, 1)[0])}</span></span></a>
<a class="next-post" href="/next/"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">{esc(teasers(en, rng, 1)[0])}</span></span></a></div></nav>
<div class="comments-wrapper section-inner">{comments_html}{respond}</div>
</article></main>
{sidebar}
<footer id="site-footer" role="contentinfo" class="header-footer-group"><div class="section-inner"><div class="footer-credits">
<p class="footer-copyright">&copy; {art.published.year} <a href="/">{esc(art.site)}</a></p>
<p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div>
<a class="to-the-top" href="#site-header"><span class="to-the-top-long">To the top <span class="arrow" aria-hidden="true">&uarr;</span></span></a></div></footer>"""
    hd = head(art, rng, meta, kind="BlogPosting", graph=True)
    return Built(document(art, hd, body, ' class="post-template-default single single-post"'), reference_text(art), expected_of(art), meta)


def fam_bignews(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, paras=(5, 12))
    meta = rng.choice(["full", "og", "jsonld", "none"])
    if art.lead and rng.random() < 0.5:
        art.lead.text += f" Photograph: {rng.choice(EN_NAMES)}/{rng.choice(['Reuters', 'AP', 'Getty Images'])}"
    readmore = (
        '<aside class="related-inline" data-component="read-more"><h4>Read more</h4><ul>'
        + links(teasers(en, rng, rng.randint(2, 3)), rng) + "</ul></aside>"
    )
    t, txt = en.labels["newsletter"]
    newsletter = (
        f'<div class="newsletter-signup" data-component="newsletter"><h3>{esc(t)}</h3><p>{esc(txt)}</p>'
        '<form action="/newsletters/subscribe" method="post"><label class="visually-hidden" for="nl-email">Email address</label>'
        '<input id="nl-email" type="email" placeholder="Enter your email"><button type="submit">Sign up</button></form>'
        '<p class="privacy">By signing up you agree to our <a href="/privacy">privacy policy</a>. We may also send you occasional offers.</p></div>'
    )
    junk = [ad_slot(rng, "Advertisement") for _ in range(rng.randint(1, 3))] + [readmore]
    if rng.random() < 0.6:
        junk.append(newsletter)
    credit = lambda b, r, a: (  # noqa: E731
        f'<figure class="inline-media">{img(r, a.domain)}<figcaption><span class="caption-text">{esc(b.text)}</span></figcaption></figure>'
    )
    roles = ["Technology correspondent", "Economics editor", "Science reporter", "City reporter"]
    byline = (
        f'<span class="byline">By {byline_names(art, rng)}'
        + (f', <span class="role">{rng.choice(roles)}</span>' if len(art.authors) == 1 else "")
        + "</span>"
    )
    most = "".join(
        f'<li><a href="/story/{i}"><span class="rank">{i + 1}</span>{esc(t)}</a></li>' for i, t in enumerate(teasers(en, rng, 8))
    )
    more = "".join(
        f'<div class="card"><a href="/story/x{i}"><h3>{esc(t)}</h3></a><p>{esc(rng.choice(EN_TEASER_SUMMARIES))}</p></div>'
        for i, t in enumerate(teasers(en, rng, 4))
    )
    bio = (
        f'<div class="author-bio"><img src="/people/{rng.randrange(99)}.jpg" alt=""><p><strong>{esc(art.authors[0])}</strong> '
        f'{esc(rng.choice(EN_BIOS).format(name="", city=rng.choice(EN_CITIES), year=2016).strip())}</p><a href="/follow">Follow</a></div>'
    )
    lead = (
        f'<figure class="lead-media">{img(rng, art.domain)}<figcaption>{esc(art.lead.text)}</figcaption></figure>' if art.lead else ""
    )
    body = f"""<a class="skip" href="#main">Skip to main content</a>
<header class="site-header"><div class="masthead"><a class="logo" href="/">{esc(art.site)}</a>
<div class="header-actions"><a class="subscribe" href="/subscribe">Subscribe</a><a href="/signin">Sign in</a><button class="search-toggle">Search</button></div></div>
<nav class="main-nav" aria-label="Sections"><ul>{links(en.labels["nav"], rng)}</ul></nav></header>
<div class="breaking-news-bar" role="alert"><span class="label">Breaking</span> <a href="/live">{esc(teasers(en, rng, 1)[0])}</a></div>
<main id="main"><article class="article" data-article-id="{rng.randrange(10**7)}">
<div class="article-header"><nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{art.section.lower()}">{esc(art.section)}</a></nav>
<h1 class="headline">{esc(art.title)}</h1>
<p class="standfirst">{esc(art.standfirst or "")}</p>
<div class="byline-block">{byline}
<time datetime="{iso(art.published)}">Published {fmt_date(art.published, rng.choice(["en_uk", "en_us"]), en)}</time></div>
<div class="share-tools"><button>Share</button><a href="https://facebook.com/sharer">Facebook</a><a href="https://x.com/intent">X</a><a href="mailto:">Email</a><button>Save</button></div></div>
{lead}
<div class="article-body" itemprop="articleBody">
{body_html(art, rng, fig=credit, inserts=place(art, rng, junk))}
</div>
<div class="article-footer"><div class="topics"><span>Topics</span> {links(art.tags, rng, wrap="")}</div>
{bio if rng.random() < 0.6 else ""}</div>
</article>
<aside class="most-read"><h2>Most read</h2><ol>{most}</ol></aside>
<section class="more-stories"><h2>More on this story</h2>{more}</section></main>
<footer class="site-footer"><nav><ul>{links(en.labels["footer"], rng)}</ul></nav>
<p>&copy; {art.published.year} {esc(art.site)}. All rights reserved.</p></footer>"""
    return Built(document(art, head(art, rng, meta), body), reference_text(art), expected_of(art), meta)


def fam_medium(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, site=("Medium", "medium.com"), tables=False, authors=rng.sample(EN_NAMES, 1))
    meta = rng.choice(["full", "og"])
    H = lambda: f' class="{hashed(rng)} {hashed(rng, "", 2)}"'  # noqa: E731
    P = lambda: f' class="{hashed(rng)} {hashed(rng, "", 2)} {hashed(rng, "", 2)}" data-selectable-paragraph=""'  # noqa: E731
    fig = lambda b, r, a: (  # noqa: E731
        f'<figure{H()}><div{H()}><picture><source type="image/webp" srcset="https://miro.medium.com/v2/{r.randrange(10**6)}.webp">'
        f"{img(r, 'miro.medium.com')}</picture></div>"
        + (f"<figcaption{H()} data-selectable-paragraph=\"\">{esc(b.text)}</figcaption>" if b.text else "") + "</figure>"
    )
    author = art.authors[0]
    handle = "@" + re.sub(r"[^a-z]", "", author.lower())
    reads = rng.randint(3, 14)
    claps = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K"
    resp = rng.randint(2, 60)
    date = fmt_date(art.published, "en_short", en)
    cards = lambda who: "".join(  # noqa: E731
        f'<div{H()}><a href="/{handle}/{i}"><h2{H()}>{esc(t)}</h2><div{H()}><p{H()}>{esc(rng.choice(EN_TEASER_SUMMARIES))}</p></div></a>'
        f'<div{H()}><span>{rng.randint(3, 12)} min read</span><span>·</span><span>{fmt_date(art.published - timedelta(days=9 * i), "en_short", en)}</span>'
        f'<span{H()}>{rng.randint(50, 900)}</span><span{H()}>{rng.randint(1, 30)}</span></div></div>'
        for i, t in enumerate(teasers(en, rng, 4))
    )
    lead = (
        f"<figure{H()}><div{H()}>{img(rng, 'miro.medium.com')}</div><figcaption{H()}>{esc(art.lead.text)}</figcaption></figure>"
        if art.lead
        else ""
    )
    body = f"""<div id="root"><div{H()}><div{H()}><div{H()}>
<div{H()}><a aria-label="Homepage" href="/"><svg viewBox="0 0 1043.63 592.71" height="25"><g><path d="M588.67 296.36"></path></g></svg></a>
<div{H()}><div{H()}><input role="combobox" placeholder="Search"></div></div>
<div{H()}><a href="/new-story">Write</a></div><div{H()}><a href="/signup">Sign up</a></div><div{H()}><a href="/signin">Sign in</a></div></div>
<article><div{H()}><div{H()}><section><div{H()}><div{H()}><div{H()}><div{H()}>
<div{H()}><h1 id="{hashed(rng, "", 4)}" class="{hashed(rng)}" data-testid="storyTitle" data-selectable-paragraph="">{esc(art.title)}</h1></div>
<div{H()}><h2{H()} data-selectable-paragraph="">{esc(art.standfirst or "")}</h2></div>
<div{H()}><div{H()}><div{H()}><a href="/{handle}"><img alt="{attr(author)}" src="https://miro.medium.com/v2/resize:fill:88:88/{rng.randrange(10**6)}.jpeg" width="44" height="44"></a></div>
<div{H()}><div{H()}><span{H()}><a data-testid="authorName" href="/{handle}">{esc(author)}</a></span><span{H()}>·</span><span{H()}><button{H()}>Follow</button></span></div>
<div{H()}><span data-testid="storyReadTime">{reads} min read</span><span{H()}>·</span><span data-testid="storyPublishDate">{date}</span></div></div></div></div>
<div{H()}><div{H()}><div{H()}><button data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24"></svg></button><p{H()}><button{H()}>{claps}</button></p></div>
<div{H()}><button aria-label="responses"><svg></svg><p{H()}><span>{resp}</span></p></button></div></div>
<div{H()}><button aria-label="Add to list"></button><button data-testid="audioPlayButton"><p{H()}>Listen</p></button><button data-testid="headerSocialShareButton"><p{H()}>Share</p></button></div></div>
{lead}
{body_html(art, rng, p=P, h=H, li=P, ul=H, quote=H, fig=fig, inline_p=0.2)}
</div></div></div></div></section></div></div></article>
<div{H()}><div{H()}>{"".join(f'<a href="/tag/{t.lower()}"><div{H()}>{esc(t)}</div></a>' for t in art.tags)}</div>
<div{H()}><div{H()}><button data-testid="footerClapButton"></button><p{H()}>{claps}</p></div><div{H()}><button aria-label="responses"></button><p{H()}>{resp}</p></div></div>
<div{H()}><div{H()}><h2{H()}><a href="/{handle}">Written by {esc(author)}</a></h2><div{H()}><span><a href="/{handle}/followers">{rng.randint(1, 40)}K Followers</a></span></div>
<p{H()}>{esc(rng.choice(EN_BIOS).format(name="Writer.", city=rng.choice(EN_CITIES), year=2017))}</p><button{H()}>Follow</button></div></div>
<div{H()}><h2{H()}>More from {esc(author)}</h2>{cards(author)}<a href="/{handle}"><button{H()}>See all from {esc(author)}</button></a></div>
<div{H()}><h2{H()}>Recommended from Medium</h2>{cards("x")}<a href="/"><button{H()}>See more recommendations</button></a></div>
<div{H()}><h2{H()}>Responses ({resp})</h2><div{H()}><textarea placeholder="What are your thoughts?"></textarea></div>
{"".join(f'<div{H()}><div{H()}><a href="/@{n.lower().replace(" ", "")}">{esc(n)}</a><span>{fmt_date(d, "en_short", en)}</span></div><p{H()}>{esc(c)}</p><div{H()}><span>{rng.randint(1, 90)}</span><button>Reply</button></div></div>' for n, d, c in comment_items(en, rng, art, 3))}</div></div>
<div{H()}><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div>
</div></div></div></div>"""
    hd = head(art, rng, meta, title_tag=f"{art.title} | by {author} | Medium", kind="Article")
    return Built(document(art, hd, body), reference_text(art), expected_of(art), meta)


def fam_tableblog(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, site=rng.choice(EN_BLOGS), standfirst=False, lead=False, tables=False,
                       authors=rng.sample(EN_NAMES, 1))  # fmt: skip
    meta = rng.choice(["none", "none", "og"])
    font = rng.random() < 0.5
    pre, post = ('<font face="Verdana, Arial" size="2">', "</font>") if font else ("", "")
    fig = lambda b, r, a: (  # noqa: E731
        f'<table align="center" cellpadding="4"><tr><td>{img(r, a.domain)}</td></tr>'
        + (f'<tr><td align="center"><font size="1"><i>{esc(b.text)}</i></font></td></tr>' if b.text else "")
        + "</table>"
    )
    comments = comment_items(en, rng, art, rng.randint(0, 4))
    crow = "".join(
        f'<tr><td class="comment"><font size="2"><b>{esc(n)}</b> wrote on {fmt_date(d, "numeric_us", en)}:</font><br>{esc(c)}</td></tr>'
        for n, d, c in comments
    )
    when = f"{art.published:%A}, {fmt_date(art.published, 'en_us', en)}"
    body = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="header" bgcolor="#336699"><font size="6" color="#ffffff"><b>{esc(art.site)}</b></font><br>
<font size="2" color="#dddddd">Thoughts, links and the occasional rant since 2004</font></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee" class="sidebar"><font size="2">
<b>Navigation</b><br><a href="/">Home</a><br><a href="/archive.html">Archive</a><br><a href="/about.html">About me</a><br><a href="/links.html">Links</a><br><br>
<b>Archive</b><br>{"<br>".join(f'<a href="/{art.published.year}/{m:02d}/">{EN_MONTHS[m - 1]} {art.published.year}</a>' for m in range(1, 6))}<br><br>
<b>Blogroll</b><br>{"<br>".join(f'<a href="https://{d}">{esc(n)}</a>' for n, d in EN_BLOGS)}<br><br>
<img src="/cgi-bin/counter.gif" alt="counter"><br>Visitors: {rng.randrange(10**5, 10**6)}</font></td>
<td valign="top" class="content" style="padding:12px">
<h1>{esc(art.title)}</h1>
<font size="2" color="#666666">Posted by {esc(art.authors[0])} on {when}</font><hr>
{pre}{body_html(art, rng, fig=fig, h_tag="h3", inline_p=0.2)}{post}
<hr><font size="1">Filed under: {links(art.tags, rng, wrap="")} | <a href="#">Permalink</a> | <a href="#comments">Comments ({len(comments)})</a> | <a href="mailto:">Email this</a></font>
<br><br><a name="comments"></a><table width="100%" cellpadding="4" class="comments"><tr><td bgcolor="#eeeeee"><b>Comments</b></td></tr>{crow}
<tr><td><form action="/cgi-bin/comment.pl" method="post">Name: <input name="name"><br>Comment:<br><textarea name="text" rows="5" cols="40"></textarea><br><input type="submit" value="Post comment"></form></td></tr></table>
<p><a href="/prev.html">&laquo; Previous entry</a> | <a href="/next.html">Next entry &raquo;</a></p></td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright &copy; 2004-{art.published.year} {esc(art.site)}. All rights reserved. | <a href="mailto:webmaster@{art.domain}">Contact</a></font></td></tr>
</table>"""
    hd = head(art, rng, meta, title_tag=f"{art.site} - {art.title}")
    return Built(document(art, hd, body, ' bgcolor="#ffffff"'), reference_text(art), expected_of(art), meta)


def fam_drupal(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, standfirst=False, lead=False, authors=rng.sample(EN_NAMES, 1))
    meta = rng.choice(["full", "og", "none"])
    uid = rng.randrange(2, 500)
    fig = lambda b, r, a: (  # noqa: E731
        f'<figure role="group" class="caption caption-img">{img(r, a.domain)}'
        + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>"
    )
    comments = comment_items(en, rng, art, rng.randint(0, 4))
    cm = "".join(
        f'<article role="article" data-comment-user-id="{i}" class="comment js-comment by-anonymous">'
        f'<footer class="comment__meta"><p class="comment__submitted">Submitted by <span>{esc(n)}</span> on {fmt_date(d, "drupal", en)}</p></footer>'
        f'<div class="content"><h3><a href="/comment/{i}#comment-{i}" class="permalink" rel="bookmark">{esc(c[:24])}</a></h3>'
        f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(c)}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{i}">Reply</a></li></ul></div></article>'
        for i, (n, d, c) in enumerate(comments)
    )
    lead_img = f'<div class="field field--name-field-image field--type-image field--label-hidden field__item">{img(rng, art.domain)}</div>'
    body = f"""<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix"><div class="region region-header">
<div id="block-site-branding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/logo.svg" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{esc(art.site)}</a></div><div class="site-branding__slogan">News and views from the region</div></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu-menu" id="block-main-menu">
<h2 class="visually-hidden" id="block-main-menu-menu">Main navigation</h2><ul class="clearfix menu menu--main">{links(en.labels["nav"][:8], rng, cls="menu-item")}</ul></nav></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(art.title)}</span></h1></div>
<div id="block-content" class="block block-system block-system-main-block">
<article role="article" about="/news/{art.slug}" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><article typeof="schema:Person" about="/user/{uid}" class="profile"></article>
<div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{uid}" typeof="schema:Person" property="schema:name">{esc(art.authors[0])}</span></span>
 on <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{iso(art.published)}">{fmt_date(art.published, "drupal", en)}</time></span></div></footer>
<div class="node__content clearfix">{lead_img if rng.random() < 0.6 else ""}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(art, rng, fig=fig, h_tag="h3")}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">{links(art.tags, rng, cls="field__item")}</ul></div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
{"<h2 class='title comment__title'>Comments</h2>" + cm if comments else ""}
<h2 class="title comment-form__title">Add new comment</h2>
<form class="comment-comment-form comment-form" action="/comment/reply/node/{uid}/comment" method="post"><div class="form-item"><label for="edit-name">Your name</label><input id="edit-name" type="text"></div>
<div class="form-item"><label for="edit-comment-body">Comment</label><textarea id="edit-comment-body"></textarea></div>
<div class="description">Allowed HTML tags: &lt;a href&gt; &lt;em&gt; &lt;strong&gt; &lt;cite&gt; &lt;blockquote&gt; &lt;code&gt; &lt;ul&gt; &lt;ol&gt; &lt;li&gt;</div>
<input type="submit" value="Save" class="button button--primary"></form></section></div></article></div></div></section></main>
<div id="sidebar-first" class="column sidebar"><aside class="section" role="complementary"><div class="region region-sidebar-first">
<div class="search-block-form block block-search" role="search"><h2>Search</h2><form action="/search/node" method="get"><input type="search" name="keys"><input type="submit" value="Search"></form></div>
<div class="views-element-container block block-views"><h2>Recent content</h2><div class="item-list"><ul>{links(teasers(en, rng, 5), rng)}</ul></div></div></div></aside></div>
</div></div>
<footer class="site-footer"><div class="layout-container"><div class="region region-footer"><nav role="navigation"><ul class="menu">{links(["Contact", "About", "Privacy", "RSS feed"], rng)}</ul></nav>
<div class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>"""
    hd = head(art, rng, meta)
    return Built(document(art, hd, body, ' class="path-node page-node-type-article"'), reference_text(art), expected_of(art), meta)


def fam_ghost(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, site=rng.choice(EN_BLOGS), authors=rng.sample(EN_NAMES, 1))
    meta = rng.choice(["full", "full", "og"])
    fig = lambda b, r, a: (  # noqa: E731
        f'<figure class="kg-card kg-image-card{" kg-card-hascaption" if b.text else ""}">{img(r, a.domain)[:-1]} class="kg-image">'
        + (f'<figcaption><span style="white-space: pre-wrap;">{esc(b.text)}</span></figcaption>' if b.text else "") + "</figure>"
    )
    bookmark = (
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://{rng.choice(EN_SITES)[1]}/x">'
        f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(teasers(en, rng, 1)[0])}</div>'
        f'<div class="kg-bookmark-description">{esc(rng.choice(EN_TEASER_SUMMARIES))}</div>'
        f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.ico" alt=""><span class="kg-bookmark-author">{esc(rng.choice(EN_SITES)[0])}</span></div></div></a></figure>'
    )
    signup = (
        f'<div class="kg-card kg-signup-card kg-width-regular"><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Sign up for {esc(art.site)}</h2>'
        '<p class="kg-signup-card-subheading">New posts straight to your inbox. No spam, unsubscribe any time.</p>'
        '<form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form></div></div>'
    )
    junk = ([bookmark] if rng.random() < 0.4 else []) + ([signup] if rng.random() < 0.4 else [])
    feed = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="/p{i}/"><figure class="gh-card-image">{img(rng, art.domain)}</figure>'
        f'<div class="gh-card-wrapper"><h3 class="gh-card-title is-title">{esc(t)}</h3><p class="gh-card-excerpt is-body">{esc(rng.choice(EN_TEASER_SUMMARIES))}</p>'
        f'<footer class="gh-card-meta"><time class="gh-card-date">{fmt_date(art.published - timedelta(days=5 * i + 3), "en_short", en)}</time></footer></div></a></article>'
        for i, t in enumerate(teasers(en, rng, 4))
    )
    lead = (
        f'<figure class="gh-article-image">{img(rng, art.domain)}<figcaption><span style="white-space: pre-wrap;">{esc(art.lead.text)}</span></figcaption></figure>'
        if art.lead
        else ""
    )
    a = art.authors[0]
    body = f"""<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">{esc(art.site)}</a></div>
<nav class="gh-navigation-menu"><ul class="nav">{links(["Home", "About", "Archive", "Tags"], rng)}</ul></nav>
<div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-{art.section.lower()}">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{art.section.lower()}/">{esc(art.section)}</a>
<h1 class="gh-article-title is-title">{esc(art.title)}</h1>
<p class="gh-article-excerpt is-body">{esc(art.standfirst or "")}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/{a.split()[0].lower()}/"><img class="author-profile-image" src="/content/images/{rng.randrange(999)}.jpg" alt="{attr(a)}"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/{a.split()[0].lower()}/">{esc(a)}</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="{art.published:%Y-%m-%d}">{fmt_date(art.published, "en_short", en)}</time>
<span class="gh-article-meta-length"><span class="bull">—</span> {rng.randint(3, 12)} min read</span></div></div></div>
{lead}</header>
<section class="gh-content gh-canvas is-body">
{body_html(art, rng, fig=fig, inserts=place(art, rng, junk))}
</section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">{feed}</div></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{esc(art.site)}</span>
<nav class="gh-footer-menu"><ul class="nav">{links(["Sign up", "RSS", "Contact"], rng)}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">{esc(art.site)}</h2><p class="gh-footer-signup-subhead is-body">Thoughtful writing, once a week.</p>
<button class="gh-button" data-portal="signup">Subscribe</button></div></div></footer></div>"""
    hd = head(art, rng, meta, kind="Article", title_tag=art.title)
    return Built(document(art, hd, body, ' class="post-template tag-news has-sans-title has-serif-body"'), reference_text(art), expected_of(art), meta)


def fam_pressrelease(rng: random.Random) -> Built:
    en = LANGS["en"]
    company = rng.choice(["Halden Power Systems", "Corvane Technologies", "Bluefield Components", "Ostara Precision"])
    wire = rng.choice([("PR Wireline", "prwireline.com"), ("BusinessDesk Wire", "businessdeskwire.com")])
    lang = Lang(**{**en.__dict__, "orgs": [company]})
    title = f"{company} {rng.choice(['Opens New Manufacturing Facility in', 'Expands Production With New Site in', 'Announces Investment in'])} {rng.choice(EN_CITIES)}"
    art = make_article(rng, lang, paras=(4, 9), sentences=PR_SENTENCES, title=title, site=wire, authors=[],
                       lead=False, tables=False, figures=False, subheads=["Highlights", "About the facility", "Availability"])  # fmt: skip
    meta = rng.choice(["full", "og", "none"])
    city = rng.choice(EN_CITIES)
    dateline = f"{city.upper()}, {fmt_date(art.published, 'en_us', en)} /{wire[0]}/ -- "
    first = art.blocks[0]
    first_html = (
        f'<p><span class="xn-location">{esc(city.upper())}</span>, <span class="xn-chron">{fmt_date(art.published, "en_us", en)}</span> '
        f"/{esc(wire[0])}/ -- {esc(first.text)}</p>"
    )
    slug = re.sub(r"[^a-z]", "", company.lower())
    about = (
        f"<p><b>About {esc(company)}</b><br>{esc(rng.choice(PR_ABOUT).format(org=company, city=rng.choice(EN_CITIES), slug=slug))}</p>"
    )
    contact = (
        f"<p><b>Media Contact:</b><br>{esc(rng.choice(EN_NAMES))}<br>{esc(company)}<br>+1 555 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}<br>"
        f'<a href="mailto:press@{slug}.com">press@{slug}.com</a></p>'
    )
    tail = [about, '<p style="text-align:center">###</p>', contact]
    if rng.random() < 0.5:
        tail = [about, contact, f"<p>SOURCE {esc(company)}</p>"]
    body = f"""<header class="wire-header"><a class="logo" href="/">{esc(wire[0])}</a>
<nav><ul>{links(["News", "Products", "Contact", "Send a Release", "Sign Up", "Log In"], rng)}</ul></nav></header>
<main><article class="news-release">
<header class="release-header"><h1>{esc(art.title)}</h1><p class="subtitle"><i>{esc(art.standfirst or "")}</i></p>
<div class="meta"><span class="release-source">News provided by <a href="/news/{slug}/">{esc(company)}</a></span>
<p class="mb-no">{art.published:%b %d, %Y, %H:%M} ET</p></div>
<div class="social-share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></header>
<section class="release-body container">
{first_html}
{body_html(art, rng, blocks=art.blocks[1:], inline_p=0.1)}
{"".join(tail)}
</section>
<div class="related-links"><h3>Also from this source</h3><ul>{links([f"{company} Reports Fourth Quarter Results", f"{company} Names New Chief Financial Officer"], rng)}</ul>
<h3>Explore</h3><p>More news releases in similar topics: {links(["Manufacturing", "Electronic Components", "Expansions"], rng, wrap="")}</p></div>
</article></main>
<footer><p>&copy; {art.published.year} {esc(wire[0])}. All Rights Reserved.</p><ul>{links(["Terms of Use", "Privacy Policy", "Site Map", "Contact"], rng)}</ul></footer>"""
    truth = reference_text(art).replace(first.text, dateline + first.text, 1)
    hd = head(art, rng, meta, title_tag=f"{art.title}", kind="NewsArticle")
    exp = expected_of(art)
    return Built(document(art, hd, body), truth, exp, meta)


def fam_forum(rng: random.Random) -> Built:
    en = LANGS["en"]
    op = rng.choice(FORUM_NAMES)
    site = rng.choice([("Riverton Transit Forum", "forum.rivertontransit.org"), ("Chipmakers Community", "community.chipmakers.net")])
    title = rng.choice(["Anyone else following the new zoning plan?", "Thoughts on the chip plant expansion?",
                        "Late-evening trains from next month: what we know", "Is the rent data in this report right?"])  # fmt: skip
    art = make_article(rng, en, paras=(3, 6), standfirst=False, lead=False, figures=False, tables=False,
                       title=title, site=site, authors=[op])  # fmt: skip
    art.blocks.insert(0, Block("p", rng.choice(FORUM_OPENERS)))
    meta = rng.choice(["none", "none", "jsonld"])
    sig = f'<div class="signature"><p>-- {esc(op)} | commuting since 2009 | views my own</p></div>' if rng.random() < 0.5 else ""

    def post(n: int, who: str, d: datetime, content: str) -> str:
        return (
            f'<article id="post_{n}" class="topic-post clearfix regular" data-post-id="{rng.randrange(10**6)}" data-post-number="{n}">'
            f'<div class="row"><div class="topic-avatar"><a href="/u/{who}" class="trigger-user-card"><img alt="" width="48" height="48" src="/user_avatar/{who}/48.png" class="avatar"></a></div>'
            f'<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{who}">{esc(who)}</a></span></div>'
            f'<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/{art.slug}/{n}"><span title="{d:%b %d, %Y %I:%M %p}" data-time="{int(d.timestamp())}" class="relative-date">{fmt_date(d, "en_short", en)}</span></a></div></div></div>'
            f'<div class="regular contents"><div class="cooked">{content}</div>'
            f'<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="toggle-like" title="like this post">{rng.randint(0, 20) or ""}</button>'
            f'<button class="post-action-menu__copy-link" title="copy a link to this post">Copy link</button><button class="reply" title="begin composing a reply to this post">Reply</button></div></nav></section></div></div></div></article>'
        )

    replies = comment_items(en, rng, art, rng.randint(2, 6))
    stream = post(1, op, art.published, body_html(art, rng, inline_p=0.15) + sig) + "".join(
        post(i + 2, n, d, f"<p>{esc(c)}</p>") for i, (n, d, c) in enumerate(replies)
    )
    suggested = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{i}" class="title">{esc(t)}</a> <span class="badge-category">{esc(art.section)}</span></td>'
        f'<td class="posts">{rng.randint(1, 80)}</td><td class="views">{rng.randint(50, 5000)}</td><td class="activity">{rng.randint(1, 28)}d</td></tr>'
        for i, t in enumerate(teasers(en, rng, 5))
    )
    body = f"""<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">{esc(site[0])}</a></div>
<div class="panel"><span class="header-buttons"><button class="sign-up-button">Sign Up</button><button class="login-button">Log In</button></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="{rng.randrange(10**5)}"><a href="/t/{art.slug}" class="fancy-title">{esc(art.title)}</a></h1>
<div class="topic-category"><span class="badge-category"><span class="badge-category__name">{esc(art.section)}</span></span></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1"><div class="posts-wrapper"><div class="post-stream">
{stream}
</div></div>
<div class="topic-map"><ul><li><h4>created</h4>{fmt_date(art.published, "en_short", en)}</li><li><h4>last reply</h4>{rng.randint(1, 9)}d</li>
<li><span class="number">{len(replies)}</span><h4>replies</h4></li><li><span class="number">{rng.randint(100, 4000)}</span><h4>views</h4></li><li><span class="number">{len(replies) + 1}</span><h4>users</h4></li></ul></div>
</section></div></div>
<div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>{suggested}</tbody></table></div>
</div>
<footer class="noscript-footer-nav"><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/privacy">Privacy Policy</a> <a href="/tos">Terms of Service</a>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>"""
    hd = head(art, rng, meta, kind="DiscussionForumPosting", title_tag=f"{art.title} - {art.section} - {site[0]}")
    return Built(document(art, hd, body, ' class="crawler"'), reference_text(art), expected_of(art), meta)


def fam_docs(rng: random.Random) -> Built:
    en = LANGS["en"]
    title = rng.choice(DOC_TITLES)
    art = make_article(rng, en, paras=(3, 9), standfirst=False, lead=False, tables=True, figures=False,
                       sentences=DOC_SENTENCES, subheads=DOC_SUBHEADS, title=title,
                       site=("Fieldbook Docs", "docs.fieldbook.dev"), authors=[])  # fmt: skip
    for i in sorted(rng.sample(range(1, len(art.blocks) + 1), rng.randint(1, 2)), reverse=True):
        art.blocks.insert(i, Block("code", rng.choice(DOC_CODE)))
    meta = rng.choice(["og", "none"])
    groups = {"Getting started": ["Introduction", "Installation", "Quick start"],
              "Guides": DOC_TITLES, "Reference": ["Settings file", "Command line", "REST API", "Glossary"]}  # fmt: skip
    side = "".join(
        f'<li class="menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist" href="#">{esc(g)}</a></div>'
        f'<ul class="menu__list">{"".join(f"<li class=menu__list-item><a class=menu__link href=/docs/{i}>{esc(t)}</a></li>" for i, t in enumerate(ts))}</ul></li>'
        for g, ts in groups.items()
    )
    toc = "".join(f'<li><a href="#{b.text.lower().replace(" ", "-")}" class="table-of-contents__link">{esc(b.text)}</a></li>' for b in art.blocks if b.kind == "h")
    prev_t, next_t = rng.sample([t for t in DOC_TITLES if t != title], 2)
    body = f"""<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title">{esc(art.site)}</b></a>
<a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/api">API</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div>
<div class="navbar__items navbar__items--right"><a href="https://github.com/fieldbook/fieldbook" class="navbar__item navbar__link">GitHub</a><div class="navbar__search"><input placeholder="Search docs" aria-label="Search"><kbd>Ctrl</kbd><kbd>K</kbd></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper"><div class="docsWrapper"><div class="docRoot">
<aside class="theme-doc-sidebar-container docSidebarContainer"><nav aria-label="Docs sidebar" class="menu thin-scrollbar"><ul class="theme-doc-sidebar-menu menu__list">{side}</ul></nav></aside>
<main class="docMainContainer"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol">
<div class="docItemContainer"><article><nav class="theme-doc-breadcrumbs" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">Home</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Guides</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">{esc(title)}</span></li></ul></nav>
<div class="theme-doc-markdown markdown"><header><h1>{esc(title)}</h1></header>
{body_html(art, rng, inline_p=0.3)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a href="https://github.com/fieldbook/docs/edit/main/{art.slug}.md" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated"><span class="theme-last-updated">Last updated on <b><time datetime="{iso(art.published)}">{fmt_date(art.published, "en_short", en)}</time></b></span></div></div></footer></article>
<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/prev"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">{esc(prev_t)}</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/next"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">{esc(next_t)}</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents thin-scrollbar theme-doc-toc-desktop"><p>On this page</p><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items clean-list">{links(["Tutorial", "Guides", "Reference"], rng, cls="footer__item")}</ul></div>
<div class="col footer__col"><div class="footer__title">Community</div><ul class="footer__items clean-list">{links(["Forum", "Discord", "Stack Overflow"], rng, cls="footer__item")}</ul></div>
<div class="col footer__col"><div class="footer__title">More</div><ul class="footer__items clean-list">{links(["Blog", "GitHub", "Changelog"], rng, cls="footer__item")}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © {art.published.year} Fieldbook contributors. Built with Docusaurus.</div></div></div></footer></div>"""
    hd = head(art, rng, meta, kind="TechArticle", title_tag=f"{title} | {art.site}")
    return Built(document(art, hd, body), reference_text(art), expected_of(art), meta)


def _euro_news(rng: random.Random, code: str) -> Built:
    """German, French and Spanish news sites: same bones, each with its own furniture."""
    L = LANGS[code]
    lab: dict[str, Any] = defaultdict(str, L.labels)  # the other languages' branches below are built too
    art = make_article(rng, L, paras=(3, 9))
    meta = rng.choice(["full", "og", "jsonld", "none"])
    d = art.published
    rel_items = teasers(L, rng, rng.randint(2, 3))
    if code == "fr":
        related_inline = (
            f'<section class="catcher catcher--inline"><span class="catcher__label">{lab["related"]} |</span> '
            f'<a class="js-article-read-also" href="/x/{rng.randrange(999)}">{esc(rel_items[0])}</a></section>'
        )
        ad = f'<div class="dfp-slot dfp__inread dfp-unloaded" data-format="inread"><span class="dfp__label">{lab["ad"]}</span><div id="div-gpt-ad-inread-{rng.randrange(99)}"></div></div>'
    elif code == "de":
        related_inline = (
            f'<aside class="related-inline" data-area="related_articles"><h3>{lab["related"]}</h3><ul>'
            + "".join(f'<li><a href="/x/{i}"><span class="kicker">{esc(art.section)}</span> {esc(t)}</a></li>' for i, t in enumerate(rel_items))
            + "</ul></aside>"
        )
        ad = f'<div class="ad-container" data-ad="mrec"><span class="ad-label">{lab["ad"]}</span><div id="div-gpt-ad-mrec-{rng.randrange(99)}"></div></div>'
    else:
        related_inline = (
            f'<aside class="a_ei" data-dtm-region="articulo_mas_informacion"><span class="a_ei_t">{lab["more_info"]}</span>'
            + "".join(f'<article class="c"><h3><a href="/x/{i}">{esc(t)}</a></h3></article>' for i, t in enumerate(rel_items))
            + "</aside>"
        )
        ad = f'<div class="ad ad-nstd-bkg" aria-hidden="true"><span class="ad-lbl">{lab["ad"]}</span><div id="div-gpt-ad-robapaginas-{rng.randrange(99)}"></div></div>'
    junk = [ad, related_inline] + ([ad] if rng.random() < 0.5 else [])
    date_txt = f'{lab["published"]} {fmt_date(d, "fr", L)}' if code == "fr" else fmt_date(d, code, L)
    comments = comment_items(L, rng, art, rng.randint(0, 4))
    reply = {"de": "Antworten", "fr": "Répondre", "es": "Responder"}[code]
    cm = "".join(
        f'<li class="comment"><div class="comment-head"><span class="comment-author">{esc(n)}</span> <time datetime="{iso(t)}">{t:%d.%m.%Y %H:%M}</time></div>'
        f'<p class="comment-body">{esc(c)}</p><div class="comment-actions"><button>{reply}</button></div></li>'
        for n, t, c in comments
    )
    lead = f'<figure class="lead">{img(rng, art.domain)}<figcaption>{esc(art.lead.text)}</figcaption></figure>' if art.lead else ""
    more = "".join(f'<li><a href="/m/{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers(L, rng, 5)))
    extra = {
        "de": f'<div class="article-tools"><button>{lab["share"]}</button><button>{lab["save"]}</button><a href="/abo/geschenk">{lab["gift"]}</a></div>',
        "fr": f'<div class="article__social"><button>{lab["share"]}</button><a href="/reutilisation">{lab["reuse"]}</a></div>',
        "es": f'<div class="a_sh"><button>{lab["share"]}</button><a href="#comentarios">{lab["comments"]}</a></div>',
    }[code]
    after = {
        "de": f'<footer class="article-footer"><div class="tags">{lab["topics"]}: {links(art.tags, rng, wrap="")}</div><a href="/">{lab["home"]}</a></footer>',
        "fr": f'<div class="paywall-promo"><p>{lab["subscribe"]} : 1 € le premier mois, sans engagement.</p><a href="/abonnement">{lab["subscribe"]}</a></div>',
        "es": f'<div class="a_k"><span>{lab["filed"]}</span> {links(art.tags, rng, wrap="")}</div>'
        '<div class="a_tp">Se adhiere a los criterios de <a href="/trust">The Trust Project</a></div>',
    }[code]
    classes = {
        "de": ("article-header", "headline", "leadtext", "authors", "article-body"),
        "fr": ("article__header", "article__title", "article__desc", "meta__author", "article__content"),
        "es": ("a_e_txt", "a_t", "a_st", "a_md_a", "a_c clearfix"),
    }[code]
    stand_tag = "h2" if code == "es" else "p"
    body = f"""{cookie_banner(L, rng)}
<header class="site-header"><a class="logo" href="/">{esc(art.site)}</a><nav class="nav-main"><ul>{links(lab["nav"], rng)}</ul></nav></header>
<main id="main"><article class="article" aria-label="{attr(art.title)}">
<header class="{classes[0]}"><span class="kicker">{esc(art.section)}</span>
<h1 class="{classes[1]}">{esc(art.title)}</h1>
<{stand_tag} class="{classes[2]}">{esc(art.standfirst or "")}</{stand_tag}>
<div class="{classes[3]}">{lab["by"]} {byline_names(art, rng)}</div>
<time class="meta__date" datetime="{iso(d)}">{date_txt}</time>
{extra}</header>
{lead}
<section class="{classes[4]}">
{body_html(art, rng, inserts=place(art, rng, junk), p=' class="article__paragraph"' if code == "fr" else "")}
</section>
{after}
</article>
<section id="comments" class="comments"><h2>{lab["comments"]} ({len(comments)})</h2>{"<p>" + lab["discuss"] + "</p>" if code == "de" else ""}<ul>{cm}</ul>
{"<p>" + esc(lab.get("react", lab.get("rules", ""))) + "</p>"}</section>
<aside class="most-read"><h2>{lab["most_read"]}</h2><ol>{more}</ol></aside></main>
<footer class="site-footer"><ul>{links(lab["footer"], rng)}</ul><p>&copy; {d.year} {esc(art.site)}. {lab["rights"]}</p></footer>"""
    return Built(document(art, head(art, rng, meta), body), reference_text(art), expected_of(art), meta)


def fam_de_news(rng: random.Random) -> Built:
    return _euro_news(rng, "de")


def fam_fr_news(rng: random.Random) -> Built:
    return _euro_news(rng, "fr")


def fam_es_news(rng: random.Random) -> Built:
    return _euro_news(rng, "es")


def fam_zh_news(rng: random.Random) -> Built:
    L = LANGS["zh"]
    lab = L.labels
    art = make_article(rng, L, paras=(3, 10), standfirst=False, authors=rng.sample(L.names, 1))
    meta = rng.choice(["og", "none", "none", "jsonld"])
    editor = rng.choice([n for n in L.names if n not in art.authors])
    fig = lambda b, r, a: (  # noqa: E731
        f'<div class="img_wrapper">{img(r, a.domain)}' + (f'<span class="img_descr">{esc(b.text)}</span>' if b.text else "") + "</div>"
    )
    junk = [f'<div class="adv" data-adtype="text"><span class="adv-label">{lab["ad"]}</span><div id="ad_{rng.randrange(9999)}"></div></div>']
    rel = "".join(f'<li><a href="/n/{i}.shtml">{esc(t)}</a></li>' for i, t in enumerate(teasers(L, rng, 5)))
    hot = "".join(f'<li><a href="/h/{i}.shtml">{esc(t)}</a></li>' for i, t in enumerate(teasers(L, rng, 4)))
    cm = "".join(f'<div class="cmnt-item"><span class="name">{esc(n)}网友</span><p>{esc(c)}</p><span class="time">{t:%m-%d %H:%M}</span></div>'
                 for n, t, c in comment_items(L, rng, art, rng.randint(0, 3)))  # fmt: skip
    lead = (
        f'<div class="img_wrapper">{img(rng, art.domain)}<span class="img_descr">{esc(art.lead.text)}</span></div>' if art.lead else ""
    )
    body = f"""<div class="top-nav"><div class="top-nav-wrap"><a href="/" class="logo">{esc(art.site)}</a><ul>{links(lab["nav"], rng)}</ul>
<div class="login"><a href="/login">登录</a> | <a href="/reg">注册</a></div></div></div>
<div class="main-content w1240"><div class="path"><a href="/">{esc(art.site)}</a> &gt; <a href="/tech/">科技</a> &gt; 正文</div>
<h1 class="main-title">{esc(art.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{fmt_date(art.published, "zh", L)}</span>
<span class="source ent-source">{lab["source"]}{esc(art.site)}</span> <span class="author">{lab["author"]}{esc(art.authors[0])}</span></div>
<div class="share"><span>{lab["share"]}</span><a class="weibo" href="#">微博</a><a class="weixin" href="#">微信</a><a class="qzone" href="#">QQ空间</a></div></div>
<div class="article" id="artibody">
{lead}
{body_html(art, rng, fig=fig, inserts=place(art, rng, junk), p_prefix="　　", inline_p=0.15, h_tag="h3")}
<p class="show_author">{lab["editor"]}{esc(editor)}</p>
</div>
<div class="article-bottom"><div class="related"><h3>{lab["related"]}</h3><ul>{rel}</ul></div>
<div class="hot"><h3>{lab["hot"]}</h3><ul>{hot}</ul></div>
<div class="comment-area"><h3>{lab["comments"]}</h3><div class="say"><textarea placeholder="{lab["say"]}"></textarea><button>发布</button></div>{cm}
<p class="cmnt-count">已有{rng.randint(0, 500)}人参与</p></div>
<div class="report"><a href="/jubao">举报</a></div></div></div>
<div class="footer"><p>{" | ".join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(lab["footer"]))}</p>
<p>Copyright © 1998-{art.published.year} {esc(art.site)} All Rights Reserved 版权所有</p><p>京ICP证{rng.randrange(10**6)}号</p></div>"""
    return Built(document(art, head(art, rng, meta, title_tag=f"{art.title}_{art.site}"), body), reference_text(art), expected_of(art), meta)


def fam_ja_news(rng: random.Random) -> Built:
    L = LANGS["ja"]
    lab = L.labels
    art = make_article(rng, L, paras=(3, 9), standfirst=rng.random() < 0.5, authors=rng.sample(L.names, 1))
    meta = rng.choice(["full", "og", "none"])
    junk = [f'<div class="ad-inread"><span class="ad-label">{lab["ad"]}</span><div id="div-gpt-ad-{rng.randrange(10**9)}-0"></div></div>',
            '<aside class="related-inline"><p class="related-inline__title">' + lab["related"] + "</p><ul>"
            + links(teasers(L, rng, 2), rng) + "</ul></aside>"]  # fmt: skip
    cm = "".join(f'<li class="comment"><span class="comment-user">{esc(n)}</span><p>{esc(c)}</p><span class="good">共感した {rng.randint(0, 300)}</span></li>'
                 for n, t, c in comment_items(L, rng, art, rng.randint(0, 4)))  # fmt: skip
    rank = "".join(f'<li><span class="rank">{i + 1}</span><a href="/r/{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers(L, rng, 5)))
    lead = f'<figure class="article-image">{img(rng, art.domain)}<figcaption>{esc(art.lead.text)}</figcaption></figure>' if art.lead else ""
    stand = f'<p class="article-lead">{esc(art.standfirst)}</p>' if art.standfirst else ""
    body = f"""<header class="site-header"><div class="site-logo"><a href="/">{esc(art.site)}</a></div>
<nav class="global-nav"><ul>{links(lab["nav"], rng)}</ul></nav><div class="header-util"><a href="/login">{lab["login"]}</a></div></header>
<main class="main"><article class="article">
<header class="article-header"><h1 class="article-title">{esc(art.title)}</h1>
<div class="article-meta"><time datetime="{iso(art.published, '+09:00')}">{fmt_date(art.published, "ja", L)}</time>
<div class="byline"><a href="/reporter/{rng.randrange(999)}">{esc(art.authors[0])}</a></div></div>
<div class="share-buttons"><span>{lab["share"]}</span><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてなブックマーク</a></div></header>
{stand}{lead}
<div class="article-body">
{body_html(art, rng, inserts=place(art, rng, junk), inline_p=0.15, h_tag="h2")}
</div></article>
<section class="related"><h2>{lab["related"]}</h2><ul>{links(teasers(L, rng, 4), rng)}</ul></section>
<section class="comments"><h2>{lab["comments"]}</h2><a class="comment-write" href="/comment">{lab["write"]}</a><ul>{cm}</ul></section>
<aside class="ranking"><h2>{lab["ranking"]}</h2><ol>{rank}</ol></aside></main>
<footer class="site-footer"><ul>{links(lab["footer"], rng)}</ul><p><small>&copy; {art.published.year} {esc(art.site)}</small></p></footer>"""
    return Built(document(art, head(art, rng, meta, title_tag=f"{art.title}：{art.site}"), body), reference_text(art), expected_of(art), meta)


def fam_blogger_br(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, site=rng.choice(EN_BLOGS), standfirst=False, lead=False, tables=False,
                       authors=rng.sample(EN_NAMES, 1))  # fmt: skip
    meta = rng.choice(["none", "none", "og"])
    style = rng.choice(["br", "div"])
    parts: list[str] = []
    for b in art.blocks:
        if b.kind == "p":
            t = inline(b.text, rng, en, 0.25)
            parts.append(f"<div>{t}</div><div><br /></div>" if style == "div" else f"{t}<br /><br />")
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b><br />" if style == "br" else f"<div><b>{esc(b.text)}</b></div>")
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>" + "".join(f"<li>{esc(t)}</li>" for t in b.items) + f"</{b.kind}>")
        elif b.kind == "quote":
            parts.append(f"<blockquote>{esc(b.text)}</blockquote>")
        elif b.kind == "figure":
            parts.append(
                '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left:auto;margin-right:auto;"><tbody>'
                f'<tr><td style="text-align:center;"><a href="https://blogger.googleusercontent.com/img/{rng.randrange(10**9)}" style="margin-left:auto;margin-right:auto;">{img(rng, "blogger.googleusercontent.com")}</a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align:center;">{esc(b.text)}</td></tr></tbody></table>'
            )
    post_body = "\n".join(parts)
    comments = comment_items(en, rng, art, rng.randint(0, 4))
    cm = "".join(
        f'<li class="comment" id="c{rng.randrange(10**9)}"><div class="avatar-image-container"><img src="/img/blank.gif" alt=""></div><div class="comment-block">'
        f'<div class="comment-header"><cite class="user"><a href="/profile/{i}" rel="nofollow">{esc(n)}</a></cite><span class="icon user"></span>'
        f'<span class="datetime secondary-text"><a rel="nofollow" href="#c{i}">{fmt_date(t, "en_us", en)} at {t:%I:%M %p}</a></span></div>'
        f'<p class="comment-content">{esc(c)}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>'
        f'<span class="item-control blog-admin pid-{i}"><a target="_self" href="/delete-comment.g">Delete</a></span></span></div></li>'
        for i, (n, t, c) in enumerate(comments)
    )
    a = art.authors[0]
    body = f"""<div class="navbar no-items section" id="navbar" name="Navbar"></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="https://{art.domain}/">{esc(art.site)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Small notes on big changes.</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{art.published:%A}, {fmt_date(art.published, "en_us", en)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/x.jpg" itemprop="image_url"><a name="{rng.randrange(10**18)}"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(art.title)}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{rng.randrange(10**18)}" itemprop="description articleBody">
{post_body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<meta content="https://www.blogger.com/profile/{rng.randrange(10**18)}" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author" title="author profile"><span itemprop="name">{esc(a)}</span></a></span></span>
<span class="post-timestamp">at <meta content="https://{art.domain}/{art.published:%Y/%m}/{art.slug}.html" itemprop="url"><a class="timestamp-link" href="/{art.published:%Y/%m}/{art.slug}.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso(art.published, '-08:00')}">{art.published:%I:%M %p}</abbr></a></span>
<span class="post-comment-link"></span><div class="post-share-buttons goog-inline-block">
{"".join(f'<a class="goog-inline-block share-button sb-{s[1]}" href="#" title="{s[0]}"><span class="share-button-link-text">{s[0]}</span></a>' for s in [("Email This", "email"), ("BlogThis!", "blog"), ("Share to X", "twitter"), ("Share to Facebook", "facebook"), ("Share to Pinterest", "pinterest")])}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {", ".join(f'<a href="/search/label/{t}" rel="tag">{esc(t)}</a>' for t in art.tags)}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>{len(comments)} comments:</h4><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">{cm}</ol></div></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/2" onclick="">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer.html" title="Newer Post">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older.html" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div><div class="clear"></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="/profile"><img alt="My photo" class="profile-img" height="80" src="/img/me.jpg" width="60"></a>
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile" rel="author">{esc(a)}</a></dt><dd class="profile-textblock">Writing about the places I live in and the things that change them.</dd></dl>
<a class="profile-link" href="/profile" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
{"".join(f'<li class="archivedate collapsed"><a class="toggle" href="#"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="/{y}/">{y}</a> <span class="post-count" dir="ltr">({rng.randint(3, 40)})</span></li>' for y in range(art.published.year, art.published.year - 5, -1))}</ul></div></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>{links(teasers(en, rng, 4), rng)}</ul></div></div></div></aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div></div>"""
    return Built(document(art, head(art, rng, meta, title_tag=f"{art.site}: {art.title}", kind="BlogPosting"), body, ' class="version-1-3-3 variant-simplysimple"'),
                 reference_text(art), expected_of(art), meta)  # fmt: skip


def fam_liveblog(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, paras=(6, 12), lead=False, tables=False)
    meta = rng.choice(["full", "og", "jsonld"])
    # Entries: a new one at each subheading, otherwise every one to three paragraphs.
    entries: list[list[Block]] = []
    for b in art.blocks:
        if not entries or b.kind == "h" or (b.kind == "p" and entries[-1][-1].kind == "p" and rng.random() < 0.55):
            entries.append([])
        entries[-1].append(b)
    entries = [e for e in entries if any(b.kind != "h" for b in e)]
    clock = art.published + timedelta(minutes=25 * len(entries))
    tag = rng.choice(["article", "div"])  # both are common for a live blog's entries
    html_entries, ordered = [], []
    for k, e in enumerate(reversed(entries)):
        t = clock - timedelta(minutes=25 * k)
        title = e[0].text if e[0].kind == "h" else ""
        rest = e[1:] if title else e
        ordered.extend(e)
        bid = f"block-{rng.randrange(16**12):012x}"
        html_entries.append(
            f'<{tag} id="{bid}" class="block{" is-key-event" if title else ""}" data-block-id="{bid}"><header class="block-header">'
            f'<p class="block-time published-time"><a href="?page=with:{bid}#{bid}"><time datetime="{iso(t)}">{t:%H.%M} GMT</time></a></p>'
            + (f'<h2 class="block-title">{esc(title)}</h2>' if title else "")
            + f'</header><div class="block-elements">{body_html(art, rng, blocks=rest)}</div>'
            + f'<footer class="block-footer">{f"<span class=updated>Updated at {(t + timedelta(minutes=4)):%H.%M} GMT</span>" if rng.random() < 0.3 else ""}'
            f'<div class="block-share"><button>Share</button></div></footer></{tag}>'
        )
    key = "".join(
        f'<li><a href="#k{i}"><time>{rng.randint(1, 9)}h ago</time> <span>{esc(e[0].text)}</span></a></li>'
        for i, e in enumerate(entries) if e[0].kind == "h"
    )  # fmt: skip
    body = f"""<header class="site-header"><a class="logo" href="/">{esc(art.site)}</a><nav><ul>{links(en.labels["nav"], rng)}</ul></nav>
<a class="support" href="/contribute">Support us</a></header>
<main><article class="article liveblog">
<div class="content__head"><div class="live-badge"><span>Live</span></div><h1 class="headline">{esc(art.title)}</h1>
<div class="standfirst"><p>{esc(art.standfirst or "")}</p></div>
<div class="meta"><span class="byline">{byline_names(art, rng)}</span>
<p class="dateline"><time datetime="{iso(clock)}">{fmt_date(clock, "en_guardian", en)}</time></p>
<p class="first-published">First published on {fmt_date(art.published, "en_guardian", en)}</p></div></div>
{f'<div class="key-events"><h2>Key events</h2><ul>{key}</ul><button>Show key events only</button></div>' if key else ""}
<div class="live-blog-body" data-component="liveblog">
{"".join(html_entries)}
</div>
<div class="liveblog-pagination"><a href="?page=newer">Newer</a> <span>1 of {rng.randint(2, 6)}</span> <a href="?page=older">Older</a><button>Load more updates</button></div>
</article>
<aside class="most-viewed"><h2>Most viewed</h2><ol>{links(teasers(en, rng, 6), rng)}</ol></aside></main>
<footer class="site-footer"><ul>{links(en.labels["footer"], rng)}</ul><p>&copy; {art.published.year} {esc(art.site)}. All rights reserved.</p></footer>"""
    truth = reference_text(art, blocks=ordered)
    art_meta = head(art, rng, meta, kind="LiveBlogPosting")
    return Built(document(art, art_meta, body), truth, expected_of(art), meta)


def fam_components(rng: random.Random) -> Built:
    en = LANGS["en"]
    art = make_article(rng, en, paras=(4, 11))
    meta = rng.choice(["full", "jsonld", "none"])

    def c(name: str) -> str:
        return f' class="{hashed(rng, "ssrcss-", 7)}-{name} {hashed(rng, "e", 7)}0"'

    blocks = []
    blocks.append(f'<div data-component="text-block"{c("RichTextComponentWrapper")}><div{c("RichTextContainer")}><p{c("Paragraph")}><b{c("StyledBold")}>{esc(art.standfirst or "")}</b></p></div></div>')
    for b in art.blocks:
        if b.kind == "p":
            blocks.append(f'<div data-component="text-block"{c("RichTextComponentWrapper")}><div{c("RichTextContainer")}><p{c("Paragraph")}>{inline(b.text, rng, en)}</p></div></div>')
        elif b.kind == "h":
            blocks.append(f'<div data-component="subheadline-block"{c("StyledHeading")}><h2{c("StyledHeading")}>{esc(b.text)}</h2></div>')
        elif b.kind in ("ul", "ol"):
            blocks.append(f'<div data-component="unordered-list-block"{c("ListWrapper")}><ul{c("StyledList")}>' + "".join(f"<li{c('ListItem')}>{esc(t)}</li>" for t in b.items) + "</ul></div>")
        elif b.kind == "quote":
            blocks.append(f'<div data-component="text-block"{c("RichTextComponentWrapper")}><blockquote{c("Quote")}><p{c("Paragraph")}>{esc(b.text)}</p></blockquote></div>')
        elif b.kind == "table":
            blocks.append(f'<div data-component="table-block"{c("TableWrapper")}>{plain_table(b)}</div>')
        elif b.kind == "figure":
            blocks.append(f'<div data-component="image-block"{c("ComponentWrapper")}><figure{c("Figure")}>{img(rng, art.domain)}'
                          f'<figcaption{c("Caption")}><span class="visually-hidden">Image caption, </span>{esc(b.text)}</figcaption></figure></div>')  # fmt: skip
        if b.kind == "p" and rng.random() < 0.07:
            blocks.append(f'<div data-component="links-block"{c("LinksWrapper")}><div{c("Heading")}><h2>Related stories</h2></div><ul>{links(teasers(en, rng, 2), rng)}</ul></div>')
    lead = (
        f'<div data-component="image-block"{c("ComponentWrapper")}><figure{c("Figure")}>{img(rng, art.domain)}'
        f'<figcaption{c("Caption")}><span class="visually-hidden">Image caption, </span>{esc(art.lead.text)}</figcaption></figure></div>'
        if art.lead
        else ""
    )
    a = art.authors[0] if len(art.authors) == 1 else f"{art.authors[0]} & {art.authors[1]}"
    top = "".join(f'<li{c("StyledListItem")}><a href="/news/{i}"{c("PromoLink")}><span>{esc(t)}</span></a></li>' for i, t in enumerate(teasers(en, rng, 6)))
    body = f"""<header data-testid="header"{c("Header")}><a href="/"{c("BrandLink")}><span>{esc(art.site)}</span></a>
<nav{c("GlobalNavigation")}><ul>{links(["Home", "News", "Sport", "Weather", "Business", "Innovation", "Culture", "Travel", "Audio", "Video"], rng)}</ul></nav>
<a href="/signin"{c("SignIn")}>Sign in</a><a href="/search"{c("Search")}>Search</a></header>
<div id="main-content"{c("Main")}><article{c("Article")}>
<header{c("HeadingWrapper")}><h1 id="main-heading" type="headline" tabindex="-1"{c("StyledHeading")}>{esc(art.title)}</h1></header>
<div data-component="byline-block"{c("BylineBlock")}><div{c("MetadataStrip")}><time data-testid="timestamp" datetime="{iso(art.published)}">{fmt_date(art.published, "en_uk", en)}</time>
<div{c("ShareButtons")}><button>Share</button><button>Save</button></div></div>
<div{c("Contributor")}><div{c("TextContributorName")}>{esc(a)}</div><div{c("TextContributorRole")}>{rng.choice(["Technology reporter", "Business reporter", "Climate editor"])}</div></div></div>
{lead}
{"".join(blocks)}
<div data-component="tag-list"{c("TagList")}><h2>Related topics</h2><ul>{links(art.tags, rng)}</ul></div>
</article>
<section data-component="top-stories"{c("TopStories")}><h2>Top stories</h2><ul>{top}</ul></section>
<section data-component="features"{c("Features")}><h2>Features</h2><ul>{links(teasers(en, rng, 4), rng)}</ul></section>
<section data-component="most-read"{c("MostRead")}><h2>Most read</h2><ol>{links(teasers(en, rng, 10), rng)}</ol></section></div>
<footer data-testid="footer"{c("Footer")}><ul>{links(["Terms of Use", "About", "Privacy Policy", "Cookies", "Accessibility Help", "Parental Guidance", "Contact", "Get Personalised Newsletters", "Why you can trust us", "Advertise with us"], rng)}</ul>
<p>Copyright {art.published.year} {esc(art.site)}. {esc(art.site)} is not responsible for the content of external sites. <a href="/external">Read about our approach to external linking.</a></p></footer>"""
    return Built(document(art, head(art, rng, meta), body), reference_text(art), expected_of(art), meta)


FAMILIES: dict[str, Callable[[random.Random], Built]] = {
    "wordpress": fam_wordpress,
    "bignews": fam_bignews,
    "medium": fam_medium,
    "tableblog": fam_tableblog,
    "drupal": fam_drupal,
    "ghost": fam_ghost,
    "pressrelease": fam_pressrelease,
    "forum": fam_forum,
    "docs": fam_docs,
    "de_news": fam_de_news,
    "fr_news": fam_fr_news,
    "es_news": fam_es_news,
    "zh_news": fam_zh_news,
    "ja_news": fam_ja_news,
    "blogger_br": fam_blogger_br,
    "liveblog": fam_liveblog,
    "components": fam_components,
}


@dataclass
class Page:
    seed: int
    family: str
    meta: str
    html: str
    truth: str
    expected: dict[str, Any]


def build_page(seed: int) -> Page:
    """Seed ``seed``'s page: the family goes round in turn, the rest is drawn from the seed."""
    names = list(FAMILIES)
    family = names[seed % len(names)]
    rng = random.Random(f"layout-zoo/{seed}")
    built = FAMILIES[family](rng)
    return Page(seed, family, built.meta, built.html, built.truth, built.expected)


# -- scoring and output -----------------------------------------------------------------

SYSTEMS: dict[str, Callable[[str], Output]] = {
    "clipper": run_clipper,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
}


@dataclass
class Result:
    page: Page
    outputs: dict[str, Output]
    scores: dict[str, tuple[float, float]]

    def f1(self, system: str) -> float:
        p, r = self.scores[system]
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pages: list[Page]) -> tuple[dict[str, Tally], dict[str, dict[str, Tally]], dict[str, dict[str, Tally]], list[Result]]:
    """Run every system on every page; tallies overall, per family and per head metadata."""
    overall = {name: Tally() for name in SYSTEMS}
    per_family: dict[str, dict[str, Tally]] = {}
    per_meta: dict[str, dict[str, Tally]] = {}
    results = []
    if pages:  # load each system's models and tables before the clock runs
        for fn in SYSTEMS.values():
            timed(fn, pages[0].html)
    for page in pages:
        outs, scores = {}, {}
        fam = per_family.setdefault(page.family, {n: Tally() for n in SYSTEMS})
        met = per_meta.setdefault(page.meta, {n: Tally() for n in SYSTEMS})
        for name, fn in SYSTEMS.items():
            out = timed(fn, page.html)
            outs[name] = out
            for tally in (overall[name], fam[name], met[name]):
                tally.add(out, page.truth, page.expected)
            scores[name] = (overall[name].p[-1], overall[name].r[-1])
        results.append(Result(page, outs, scores))
    return overall, per_family, per_meta, results


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text or "")


def differences(output: str, truth: str, limit: int = 200) -> tuple[str, str]:
    """(text kept that the reference lacks, reference text lost), each cut to ``limit``.

    A line counts as kept junk when most of its word 4-grams (or, for a short
    line, its run of words) are not in the other side; the same the other way.
    """

    def missing(src: str, other: str) -> list[str]:
        other_sh = shingles(other)
        other_words = " " + norm(" ".join(_words(other))) + " "
        out = []
        for line in src.splitlines():
            words = _words(line)
            if not words:
                continue
            if len(words) < 6:
                if " " + norm(" ".join(words)) + " " not in other_words:
                    out.append(" ".join(line.split()))
                continue
            sh = shingles(line)
            absent = sum(n for g, n in sh.items() if g not in other_sh)
            if absent > 0.5 * sum(sh.values()):
                out.append(" ".join(line.split()))
        return out

    kept = " ⏎ ".join(missing(output, truth))
    lost = " ⏎ ".join(missing(truth, output))
    return kept[:limit], lost[:limit]


def family_rows(per_family: dict[str, dict[str, Tally]]) -> list[dict[str, Any]]:
    rows = []
    for fam, tallies in per_family.items():
        row: dict[str, Any] = {"family": fam, "pages": len(tallies["clipper"].p)}
        for name, t in tallies.items():
            s = t.summary()
            row[name] = {k: s[k] for k in ("precision", "recall", "f1", "title", "authors", "date", "site", "errors")}
        rows.append(row)
    return rows


def _pct(value: Any) -> str:
    return "   -" if value is None else f"{value[0] * 100:4.0f}"


def print_families(rows: list[dict[str, Any]]) -> None:
    print("\nPer layout family (body F1 of each system; Clipper's P, R and fields in % of pages with a value)")
    print(
        f"{'family':13} {'pages':>5}  {'clip P':>6} {'clip R':>6} {'clip F1':>7} {'traf F1':>7} {'read F1':>7}  "
        f"{'title':>5} {'auth':>5} {'date':>5} {'site':>5}"
    )
    for row in sorted(rows, key=lambda r: r["clipper"]["f1"]):
        c = row["clipper"]
        print(
            f"{row['family']:13} {row['pages']:5d}  {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:7.3f} "
            f"{row['trafilatura']['f1']:7.3f} {row['readability']['f1']:7.3f}  "
            f"{_pct(c['title']):>5} {_pct(c['authors']):>5} {_pct(c['date']):>5} {_pct(c['site']):>5}"
        )


def print_worst(results: list[Result], n: int) -> None:
    print(f"\nWorst {n} pages for Clipper (body F1), what it kept that the reference lacks and what it lost")
    for res in sorted(results, key=lambda r: r.f1("clipper"))[:n]:
        p, r = res.scores["clipper"]
        out = res.outputs["clipper"]
        kept, lost = differences(out.text, res.page.truth)
        print(f"\n  seed {res.page.seed} {res.page.family} (head: {res.page.meta})  P {p:.2f} R {r:.2f} F1 {res.f1('clipper'):.2f}"
              f"  [traf {res.f1('trafilatura'):.2f}, read {res.f1('readability'):.2f}]")  # fmt: skip
        if out.error:
            print(f"    error: {out.error}")
        print(f"    kept: {kept or '-'}")
        print(f"    lost: {lost or '-'}")
        wrong = [
            f"{f}: got {out.fields.get(f)!r} want {res.page.expected[f]!r}"
            for f in FIELDS
            if res.page.expected.get(f) and not field_match(f, out.fields.get(f), res.page.expected[f])
        ]
        if wrong:
            print("    fields: " + "; ".join(wrong))


def print_field_misses(results: list[Result]) -> None:
    """Clipper's wrong fields, grouped by family and field, with one example each."""
    misses: dict[tuple[str, str], list[str]] = {}
    for res in results:
        out = res.outputs["clipper"]
        for f in FIELDS:
            want = res.page.expected.get(f)
            if want and not field_match(f, out.fields.get(f), want):
                misses.setdefault((res.page.family, f), []).append(
                    f"seed {res.page.seed} ({res.page.meta}): got {out.fields.get(f)!r} want {want!r}"
                )
    if not misses:
        return
    print("\nClipper's wrong fields (family, field: count, one example)")
    for (fam, f), items in sorted(misses.items()):
        print(f"  {fam:13} {f:8} {len(items):3d}  {items[0]}")


def parse_seeds(text: str) -> range:
    start, _, stop = text.partition(":")
    return range(int(start), int(stop)) if stop else range(int(start), int(start) + 1)


def dump(pages: list[Page], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        stem = f"{page.seed:04d}-{page.family}"
        (folder / f"{stem}.html").write_text(page.html, encoding="utf-8")
        (folder / f"{stem}.txt").write_text(page.truth + "\n", encoding="utf-8")
        (folder / f"{stem}.json").write_text(
            json.dumps({**page.expected, "family": page.family, "head_metadata": page.meta}, ensure_ascii=False, indent=2),
            encoding="utf-8",
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0:200", help="a range START:STOP of seeds (default 0:200)")
    parser.add_argument("--verbose", action="store_true", help="the worst pages with what was kept and lost")
    parser.add_argument("--worst", type=int, default=15, help="how many worst pages --verbose shows")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--dump", type=Path, help="write each page's HTML, reference text and metadata here")
    parser.add_argument("--family", help="only this layout family")
    add_page_variants(parser)
    parser.add_argument(
        "--text",
        action="store_true",
        help="also clean each page rendered to plain text (as a browser copy), with clean_text",
    )
    parser.add_argument(
        "--chromium",
        type=Path,
        metavar="CACHE_DIR",
        help="also clean each page as headless Chromium renders it (document.body.innerText), "
        "with clean_text; renderings are kept in CACHE_DIR (SEED.txt) and reused",
    )
    args = parser.parse_args(argv)

    start = time.perf_counter()
    pages = [build_page(s) for s in parse_seeds(args.seeds)]
    if args.family:
        pages = [p for p in pages if p.family == args.family]
    pages = as_variant(pages, args)
    built = time.perf_counter() - start
    if args.dump:
        dump(pages, args.dump)
    overall, per_family, per_meta, results = score(pages)
    total = time.perf_counter() - start

    if args.json:
        json.dump(
            {
                "seeds": args.seeds,
                "pages": len(pages),
                "overall": {k: v.summary() for k, v in overall.items()},
                "families": family_rows(per_family),
                "head_metadata": {m: {k: v.summary() for k, v in t.items()} for m, t in per_meta.items()},
                "seconds": total,
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
        return 0
    print(f"{len(pages)} pages in {len(per_family)} layout families (seeds {args.seeds}); "
          f"generated in {built:.1f} s, whole run {total:.0f} s")  # fmt: skip
    print_table("All pages: body over word 4-grams; fields where the reference has a value (count)", overall)
    print_families(family_rows(per_family))
    print("\nBy head metadata (full = OpenGraph + JSON-LD), Clipper:")
    for m in ("full", "og", "jsonld", "none"):
        if m in per_meta:
            s = per_meta[m]["clipper"].summary()
            print(f"  {m:6} {s['docs']:4d} pages  F1 {s['f1']:.3f}  title {_pct(s['title'])}%  authors {_pct(s['authors'])}%  "
                  f"date {_pct(s['date'])}%  site {_pct(s['site'])}%")  # fmt: skip
    empty = {
        f: sum(1 for r in results if r.page.expected.get(f) and r.outputs["clipper"].fields.get(f) is None)
        for f in FIELDS
    }
    if any(empty.values()):
        print("  (as in clean_quality.py, a field a system leaves empty is not counted; Clipper left empty: "
              + ", ".join(f"{f} {n}" for f, n in empty.items() if n) + " of the pages that have one)")  # fmt: skip
    if args.verbose:
        print_field_misses(results)
        print_worst(results, args.worst)
    if args.text:
        print_text_scores(pages, lambda page: html_text(page.html), "inscriptis")
    if args.chromium:
        print_text_scores(pages, chromium_renderer(args.chromium), "headless Chromium innerText")
    return 0


def chromium_renderer(cache: Path) -> Callable[[Page], str]:
    """Render a page as Chromium's ``document.body.innerText``, once per seed (cached)."""
    import shutil
    import tempfile

    from render_text import render

    chromium = shutil.which("chromium") or "chromium"
    cache.mkdir(parents=True, exist_ok=True)

    def rendered(page: Page) -> str:
        target = cache / f"{page.seed}.txt"
        if not target.exists():
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp) / "source.html"
                source.write_text(page.html, encoding="utf-8")
                target.write_text(render(chromium, source, Path(tmp)), encoding="utf-8")
        return target.read_text(encoding="utf-8")

    return rendered


def print_text_scores(pages: list[Page], render: Callable[[Page], str], how: str) -> None:
    """The same pages rendered to text as a browser copies them, cleaned by ``clean_text``."""

    overall = Tally()
    families: dict[str, Tally] = {}
    for page in pages:
        out = timed(run_clipper_text, render(page))
        for tally in (overall, families.setdefault(page.family, Tally())):
            tally.add(out, page.truth, page.expected)
    print_table(f"The same pages as pasted plain text ({how}), clean_text", {"clipper": overall})
    print("\nPer layout family, pasted text: body F1")
    for fam, tally in sorted(families.items(), key=lambda kv: kv[1].summary()["f1"]):
        s = tally.summary()
        print(f"  {fam:13} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
