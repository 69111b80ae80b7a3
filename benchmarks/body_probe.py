"""The body of pasted text: boxes between paragraphs and furniture under the text.

Usage::

    python benchmarks/body_probe.py [--cases 400] [--seed 3] [-v]

Builds ``--cases`` pastes per language (English, German, French, Spanish,
Chinese in simplified and in traditional characters, Japanese, Korean): a short
header, the four paragraphs of ``header_probe.py``, with boxes between them at
random (an advertisement label, "Read more: ...", a related-stories label
glued to its headline, a photo credit, a sign-up prompt), blank lines between
the lines or none (as a browser copies ``div``s), then one to five pieces of
furniture under the text (share rows, tags, an author's bio, related stories,
a sign-up box, a comment form, comments, a copyright footer, a "most read"
list); half of them are whole pages, with teasers of other stories above the
article and a box of them under it. It checks the headline, that every
paragraph is kept whole, and that no box, furniture or teaser is.

Written during tuning (29 November): a tuning figure, like the header probe's.
``--more`` runs nine languages the rules were not written on instead (Italian,
Portuguese, Dutch, Polish, Russian, Turkish, Arabic, Hindi, Greek;
``body_languages.py``).
"""

from __future__ import annotations

import random

from header_probe import LANGUAGES, Language, Tally, probe_args

from clipper.clean import clean_text

# For each language: the header, boxes between paragraphs, furniture under the
# text, and the marks whose presence in the output means a box or furniture stayed.
HEADS = {
    "en": "Home\nNews\n\n{t}\nBy Jane Holloway\nMarch 4, 2024\n\n",
    "de": "Startseite\n\n{t}\nVon Jana Becker\n4. März 2024\n\n",
    "fr": "Accueil\n\n{t}\nPar Élise Lucet\n4 mars 2024\n\n",
    "es": "Portada\n\n{t}\nPor José Pérez\n4 de marzo de 2024\n\n",
    "zh": "首页\n\n{t}\n记者 王小明\n2024年3月4日\n\n",
    "zh-tw": "首頁\n\n{t}\n記者陳怡君／台北報導\n2024/03/04 10:15\n\n",
    "ja": "トップ\n\n{t}\n2024年3月4日\n佐藤花子\n\n",
    "ko": "뉴스\n\n{t}\n김민지 기자\n입력 2024.03.04. 오전 10:15\n\n",
}
BOXES = {
    "en": (
        "Advertisement",
        "Read more: Why the river is lower than ever this year",
        "Related: Council approves new budget after long debate",
        "Sign up for our morning newsletter",
        "Workers inspect a pipe near the station. Photo: Anna Schmidt/City Press",
        "Story continues below advertisement",
        "Listen to this article · 5 min",
        "RELATED: Council approves new budget after long debate",
        "Follow us on X @RiversideCourier",
        "Image: Getty Images",
        "Click here to get the morning briefing",
    ),
    "de": (
        "Anzeige",
        "Mehr zum Thema: Buslinien ändern im Sommer ihre Routen",
        "Lesen Sie auch: Neue Radwege im Süden",
        "Weiterlesen nach der Anzeige",
    ),
    "fr": (
        "Publicité",
        "Lire aussi : Les lignes de bus changent d'itinéraire cet été",
        "La suite après cette publicité",
    ),
    "es": (
        "Publicidad",
        "Lee también: Las líneas de autobús cambian de ruta este verano",
        "Sigue leyendo",
    ),
    "zh": ("广告", "相关阅读：公交线路夏季调整", "延伸阅读"),
    "zh-tw": ("廣告", "相關新聞：公車路線暑期調整", "延伸閱讀", "看更多"),
    "ja": ("広告", "関連記事：バス路線、夏に経路変更"),
    "ko": ("광고", "관련기사", "공사 현장을 점검하는 직원들. /시청 제공"),
}
TAILS = {
    "en": (
        "Share this article\nFacebook\nTwitter\nEmail",
        "Tags: Parks, City council, Riverside",
        "Jane Holloway is a staff writer covering city hall. She joined the Courier in 2015.",
        "Related stories\nBus lines to change routes during summer works\n"
        "New cycle lanes open in the south of the city",
        "Sign up for our newsletter\nGet the day's top stories in your inbox.\nEmail address",
        "Leave a Reply\nCancel reply\nYour email address will not be published.\nPost Comment",
        "12 Comments\nharbour_dan\n2 hours ago\nGreat news for the neighbourhood.\nReply",
        "© 2024 Riverside Courier. All rights reserved.\nPrivacy Policy",
        "Most read\n1\nCouncil approves new budget after long debate\n2\n"
        "Museum reopens after two years of repairs",
        "(Reporting by Jane Holloway; Editing by Tom Reed)",
        "Have a tip? Email us at tips@riversidecourier.com",
        "Topics\nParks\nCity council",
        "Was this article helpful?\nYes\nNo",
        "This article was originally published by the Riverside Courier.",
    ),
    "de": (
        "Artikel teilen\nFacebook\nTwitter",
        "Mehr zum Thema\nBuslinien ändern im Sommer ihre Routen\nNeue Radwege im Süden eröffnet",
        "Kommentare (12)\nharbour_dan\nvor 2 Stunden\nGute Nachricht für das Viertel.",
        "© 2024 Stadtkurier. Alle Rechte vorbehalten.\nImpressum",
    ),
    "fr": (
        "Partager\nFacebook\nTwitter",
        "Lire aussi\nLes lignes de bus changent d'itinéraire cet été\n"
        "De nouvelles pistes cyclables ouvrent au sud",
        "Commentaires (12)\nharbour_dan\nil y a 2 heures\nBonne nouvelle pour le quartier.",
        "© 2024 Le Courrier. Tous droits réservés.\nMentions légales",
    ),
    "es": (
        "Compartir\nFacebook\nTwitter",
        "Noticias relacionadas\nLas líneas de autobús cambian de ruta este verano\n"
        "Nuevos carriles bici en el sur",
        "Comentarios (12)\nharbour_dan\nhace 2 horas\nBuena noticia para el barrio.",
        "© 2024 El Diario. Todos los derechos reservados.\nAviso legal",
    ),
    "zh": (
        "分享到：微信微博",
        "相关阅读\n公交线路夏季调整\n南区新建自行车道开通",
        "责任编辑：李娜",
        "版权所有 © 2024 江海商报\n关于我们",
    ),
    "zh-tw": (
        "分享到臉書",
        "相關新聞\n公車路線暑期調整\n南區新建自行車道啟用",
        "責任編輯：林美玲",
        "網友評論\n請先登入後再發表評論",
        "版權所有 © 2024 北岸日報\n關於我們\n隱私權政策",
    ),
    "ja": (
        "この記事をシェア\nX\nFacebook",
        "関連記事\nバス路線、夏に経路変更\n南部に新しい自転車道",
        "アクセスランキング\n1\n週末の天気 関東は晴れ\n2\n高校野球 組み合わせ決まる",
        "利用規約\nプライバシーポリシー",
    ),
    "ko": (
        "공유\n페이스북\n카카오톡",
        "관련기사\n버스 노선, 여름 공사 기간 우회\n남부에 새 자전거 도로 개통",
        "김민지 기자 minji@example.co.kr\n<저작권자 © 강변일보, 무단 전재 및 재배포 금지>",
        "많이 본 뉴스\n1\n주말 날씨 맑음\n2\n고교 야구 대진 확정",
        "회사소개\n개인정보처리방침\n이용약관",
    ),
}
MARKS = {
    "en": (
        "Advertisement",
        "Read more",
        "Related",
        "Sign up",
        "Photo: Anna",
        "Story continues",
        "Listen to this",
        "Share this",
        "Tags:",
        "staff writer",
        "Bus lines",
        "Leave a Reply",
        "Great news for",
        "All rights",
        "Most read",
        "RELATED:",
        "Follow us",
        "Getty",
        "Click here",
        "Reporting by",
        "Have a tip",
        "Topics",
        "helpful",
        "originally published",
    ),
    "de": (
        "Anzeige",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Weiterlesen",
        "Artikel teilen",
        "Gute Nachricht",
        "Alle Rechte",
    ),
    "fr": ("Publicité", "Lire aussi", "La suite", "Partager", "Bonne nouvelle", "Tous droits"),
    "es": (
        "Publicidad",
        "Lee también",
        "Sigue leyendo",
        "Compartir",
        "Buena noticia",
        "Todos los derechos",
    ),
    "zh": ("广告", "相关阅读", "延伸阅读", "分享到", "责任编辑", "版权所有"),
    "zh-tw": (
        "廣告",
        "相關新聞",
        "延伸閱讀",
        "看更多",
        "分享到",
        "責任編輯",
        "網友評論",
        "版權所有",
    ),
    "ja": ("広告", "関連記事", "この記事をシェア", "アクセスランキング", "利用規約"),
    "ko": (
        "광고",
        "관련기사",
        "/시청 제공",
        "페이스북",
        "minji@",
        "무단 전재",
        "많이 본 뉴스",
        "회사소개",
    ),
}


# Teasers of other stories (headline, one-line summary) and the label of a box of them.
TEASERS = {
    "en": (
        (
            "Bus lines to change routes during summer works",
            "The transport office said the changes would last until September.",
        ),
        (
            "New cycle lanes open in the south of the city",
            "Residents welcomed the lanes but asked for more crossings.",
        ),
    ),
    "de": (
        ("Buslinien ändern im Sommer ihre Routen", "Die Änderungen gelten bis September."),
        ("Neue Radwege im Süden der Stadt eröffnet", "Anwohner wünschen sich mehr Übergänge."),
    ),
    "fr": (
        (
            "Les lignes de bus changent d'itinéraire cet été",
            "Les changements dureront jusqu'en septembre, selon la mairie.",
        ),
        (
            "De nouvelles pistes cyclables ouvrent au sud",
            "Les habitants saluent les pistes mais réclament plus de passages.",
        ),
    ),
    "es": (
        (
            "Las líneas de autobús cambian de ruta este verano",
            "Los cambios durarán hasta septiembre, según el ayuntamiento.",
        ),
        (
            "Nuevos carriles bici en el sur de la ciudad",
            "Los vecinos celebran los carriles pero piden más cruces.",
        ),
    ),
    "zh": (
        ("公交线路夏季调整", "交通部门表示，调整将持续到九月份。"),
        ("南区新建自行车道开通", "居民对新车道表示欢迎，但希望增加过街设施。"),
    ),
    "zh-tw": (
        ("公車路線暑期調整", "交通局表示，調整將持續到九月。"),
        ("南區新建自行車道啟用", "居民對新車道表示歡迎，但希望增加過街設施。"),
    ),
    "ja": (
        ("バス路線、夏に経路変更", "交通局によると、変更は九月まで続くということです。"),
        ("南部に新しい自転車道", "住民は歓迎する一方、横断歩道の増設を求めています。"),
    ),
    "ko": (
        ("버스 노선, 여름 공사 기간 우회", "교통국은 변경이 9월까지 이어질 것이라고 밝혔다."),
        ("남부에 새 자전거 도로 개통", "주민들은 환영하면서도 횡단보도를 늘려 달라고 요구했다."),
    ),
}
BOX_LABELS = {
    "en": "Most popular",
    "de": "Meistgelesen",
    "fr": "Les plus lus",
    "es": "Lo más leído",
    "zh": "热门推荐",
    "zh-tw": "熱門新聞",
    "ja": "アクセスランキング",
    "ko": "많이 본 뉴스",
}


def build(
    lang: str, rng: random.Random, languages: dict[str, Language] = LANGUAGES
) -> tuple[str, tuple[str, ...], list[str]]:
    """A paste, its paragraphs, and the marks of the boxes and furniture put in it.

    Half the pastes are whole pages: teasers of other stories above the
    article and a box of them under it.
    """
    language = languages[lang]
    body: list[str] = []
    for i, paragraph in enumerate(language.prose):
        body.append(paragraph)
        if i < len(language.prose) - 1 and rng.random() < 0.6:
            body.append(rng.choice(BOXES[lang]))
    tails = rng.sample(TAILS[lang], rng.randint(1, min(5, len(TAILS[lang]))))
    sep = rng.choice(["\n", "\n\n"])
    text = (
        HEADS[lang].format(t=language.titles[0])
        + sep.join(body)
        + "\n\n"
        + sep.join(t.replace("\n", sep) for t in tails)
        + "\n"
    )
    added = "\n".join([*body[1:], *tails])
    marks = [m for m in MARKS[lang] if m in added and not any(m in p for p in language.prose)]
    if rng.random() < 0.5:
        teasers = "".join(f"{head}\n{summary}\n\n" for head, summary in TEASERS[lang])
        text = teasers + text + "\n" + BOX_LABELS[lang] + "\n" + teasers
        marks += [summary for _, summary in TEASERS[lang]]
    return text, language.prose, marks


def main() -> None:
    args = probe_args(__doc__ or "", 400, 3, "pastes")
    rng = random.Random(args.seed)
    tally = Tally()
    languages = LANGUAGES
    if args.more:
        import body_languages
        from header_languages import MORE_LANGUAGES

        languages = MORE_LANGUAGES
        for table, more in (
            (HEADS, body_languages.HEADS),
            (BOXES, body_languages.BOXES),
            (TAILS, body_languages.TAILS),
            (MARKS, body_languages.MARKS),
            (TEASERS, body_languages.TEASERS),
            (BOX_LABELS, body_languages.BOX_LABELS),
        ):
            table.update(more)
    for lang, language in languages.items():
        for _ in range(args.cases):
            text, prose, marks = build(lang, rng, languages)
            article = clean_text(text)
            checks = {
                "headline": article.title == language.titles[0],
                "paragraphs": all(p in article.text for p in prose),
                "no boxes": not any(m in article.text for m in marks),
            }
            tally.add(lang, checks, text)
    tally.print(("headline", "paragraphs", "no boxes"), verbose=args.verbose)


if __name__ == "__main__":
    main()
