"""Author names out of bylines and metadata: clean names, nothing else.

Pages state authors in every shape: "By Jane Doe and John Roe", "Par Sébastien
Farcis", "Jane Doe, Staff Writer", "JANE DOE | March 11, 2015 3:46 PM", a
profile URL, a Twitter handle, the site's own name. A researcher cites the
authors, so what comes out must be names only: never a date, "By", "and", a
job title, a URL, a handle or the publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.clean import boilerplate, dates, lines

_LEAD = re.compile(
    r"^(?:(?:written|posted|published|reported|story|text|words|photos?|interview|écrit|ecrit"
    r"|propos recueillis|entretien réalisé|interview réalisée|interviewed|entrevista realizada"
    r"|rédigé|escrito|geschrieben|geschreven"
    r"|(?:an? )?(?:commentary|analysis|essay|column|opinion|review)"
    r"|ein (?:kommentar|gastbeitrag|essay|beitrag)|beitrag|gastbeitrag"
    r"|eine (?:analyse|kolumne|glosse)|une (?:tribune|chronique|analyse)"
    r"|un (?:entretien|éditorial)|una (?:tribuna|columna|entrevista)|un análisis)\s+)?"
    r"(?:(?:by|from|par|von|por|di|da|door|av|af|przez|автор|авторы|text|texto|текст|autor"
    r"|autorzy|autors|autori|autorius|autoriai|autorid|forfatter|forfattere|tác giả|автори"
    r"|yazar|muhabir|penulis|pewarta|wartawan|haber(?!\s+merkezi)|a cura di|un texte de"
    r"|dal(?:la)? nostr[oa] \w+"
    r"|oprac\.|γράφει (?:ο|η)"
    r"|συντάκτης|συντάκτρια|szerző|auteur|författare|kirjoittaja"
    r"|بقلم|تقرير|كتب|كتبت|लेखक|रिपोर्ट)(?:\s*[:：/|\-–—]\s*|\s+)"
    r"|(?:作者|文|(?:本报|本報|特约|实习)?(?:記者|记者)|通讯员|撰文|执笔|執筆|编辑|責任編輯)"
    r"\s*[:：/|\-–—]?\s*)",
    re.IGNORECASE,
)
#: A Korean reporter's trade, written after the name: "홍길동 기자", "이벌찬 특파원".
KO_TRADES = (
    r"(?:기자|특파원|선임기자|수석기자|전문기자|객원기자|인턴기자|논설위원|편집위원|칼럼니스트)"
)
_KO_TRADE_TAIL = re.compile(r"^([\uac00-\ud7af]{2,4})\s?" + KO_TRADES + r"(?![\uac00-\ud7af]).*$")
# Names written without a space between their parts (Chinese, Japanese, Korean).
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# The place a Chinese byline reports from: "陳怡君／台北報導", "张三/北京报道".
_CJK_PLACE = re.compile(r"\s*[／/]\s*[\u4e00-\u9fff]{1,8}?(?:即時|即时)?(?:報導|报道|報道)?$")
#: A Chinese trade over several reporters, spaced: "记者 王小明 李娜", "本报记者 王小明",
#: "澎湃新闻记者 周文 陈雨萌" (the outlet glued before the trade).
ZH_REPORTERS = re.compile(
    # ("作者：扬子晚报/紫牛新闻记者 沈佳怡 蒋文涛": the label, the paper and its app first)
    r"^(?:作者[:：]\s*)?(?:[\u4e00-\u9fff]{2,8}?(?:[/／][\u4e00-\u9fff]{2,8}?)?)?"
    r"(?:本报|本報|特约|实习)?(?:记者|記者|通讯员|评论员|評論員)[:：\s]\s*"
    r"((?:[\u4e00-\u9fff·]{2,4}\s+)+[\u4e00-\u9fff·]{2,4})"
    r"(?![\u4e00-\u9fff])"
)
_DATELINE_PLACE = re.compile(
    r"^[\u4e00-\u9fff\u30a0-\u30ff]{1,8}[=＝](?=[\u4e00-\u9fff\u3040-\u30ff]{2,6}$)"
)
_LEAD_SYMBOL = re.compile(r"^[\s:：/|•·\-–—]+")
_CONTRIBUTOR = re.compile(
    r"\b(?:edited|updated|additional reporting|photographs?|illustrations?|translated|"
    r"reviewed|fact[- ]checked|produced|with reporting)\b.*$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SPLIT = re.compile(
    r"\s*(?:;|\s&\s|\s[-–]\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\ben\b|(?-i:\si\s(?=[A-ZŁŚŻŹĆ]))|\sи\s|\bve\b"
    r"|\bκαι\b|\sऔर\s|\sو\s|、|，|/|\||\s[·•]\s"
    r"|(?<=[\uac00-\ud7af])[·ㆍ](?=[\uac00-\ud7af])"  # "김민지·이준호 기자"
    r"|(?<=[\u4e00-\u9fff])&(?=[\u4e00-\u9fff]))\s*",  # "胡一刀&李小飞刀"
    re.IGNORECASE,
)
# Words that label the date a byline is printed beside ("· Stand:", "· Publié le").
_DATE_LABELS = frozenset(
    "published updated posted stand publié publie modifié modifie actualizado publicado "
    "aktualisiert veröffentlicht aggiornato pubblicato "
    "公開日時 公開日 更新日時 最終更新 配信日時 配信 掲載日 投稿日 更新日 发布时间 发布于 更新时间 "
    "입력 수정 업데이트 승인 기사입력 최종수정 등록 발행".split()  # Korean: entered, amended…
) | frozenset(  # labels of more than one word
    (
        "oluşturulma tarihi",
        "yayınlanma",
        "güncelleme",
        "publikacja",
        "aktualizacja",
        "опубликовано",
        "обновлено",
        "نُشر في",
        "نشر في",
        "آخر تحديث",
        "تاريخ النشر",
        "प्रकाशित",
        "अपडेटेड",
        "δημοσιεύθηκε",
        "ενημερώθηκε",
        "atualizado",
        "atualizado em",
        "publicado em",
        "gepubliceerd",
        "bijgewerkt",
    )
)
_ROLE_WORDS = frozenset(
    "staff writer reporter correspondent editor editors contributor contributing columnist "
    "senior chief associate deputy managing executive desk news team staff guest author "
    "authors freelance bureau political science technology tech business sports analyst "
    "critic producer photographer redaktion rédaction redacción redazione journalist "
    "journaliste periodista contributors admin administrator anonymous unknown webmaster "
    "editorial board press release newsroom agency fellow research researcher scholar "
    # a beat before the trade ("Social Affairs Correspondent", "Health Editor")
    "affairs social health education crime environment transport courts economics "
    "digital democracy local trainee junior "
    # the same trades in the other languages Clipper reads ("Emre KayaEditör")
    "editör muhabir redakteur redakteurin reporterin korrespondent korrespondentin redactor "
    "redactora corresponsal redattore giornalista inviato inviata".split()
)
#: A trade and the program after a dash: "Fellow - Economic Studies", "Senior Research Analyst
#: - Brookings Metro" (a think tank's bylines): the program is no second author.
_TRADE_AND_PROGRAM = re.compile(
    r"(\b(?:fellow|analyst|researcher|scholar|director|professor|economist|editor|reporter"
    r"|correspondent))\s+[-–]\s+[^;,&|/]+?(?=\s*(?:[;,&|]|\band\b|$))",
    re.IGNORECASE,
)
_PURE_ROLE_PHRASES = frozenset(
    {
        "by",
        "and",
        "staff",
        "admin",
        "editor",
        "editors",
        "author",
        "anonymous",
        "unknown",
        "guest",
        "team",
        "redaktion",
        "기자",
        "특파원",
        # "作者：佚名", "来源：网络整理": anonymous, unknown, gathered from the web, the site
        "佚名",
        "未知",
        "匿名",
        "网络",
        "网络整理",
        "综合",
        "本站",
        "小编",
    }
)
_DATE_START = re.compile(
    r"\s*(?:[|,•·\-–—]\s*)?(?:(?:published|updated|posted|on)\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
    r"(?:\d{1,4}[./\-年]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)"
    r"|\s+(?:at|à|um|a las|alle|om)\s+\d{1,2}[:.h]\d{2}",  # "Posted by Jane Doe at 07:55 PM"
    re.IGNORECASE,
)


# Where a reporter files from, after the name: "Edward White in Seoul", "Anna Roth aus Berlin".
_FILED_FROM = re.compile(
    r"\s+(?:in|aus|à|en|desde)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*(?=\s+(?:and|und|et|y|e)\s|\s*[,;&/]|$)"
)


#: A news agency named after a reporter ("Jan Kowalski, PAP", "João Silva / Agência
#: Brasil", "أحمد المصري - رويترز"): by the word for agency, as an acronym, or by name
#: in a script that has no capitals to show an acronym.
_AGENCY = re.compile(
    r"\b(?:agency|agence|agentur|agencia|agência|agenzia|agentschap|agencja|ajansı|"
    r"агентство|πρακτορείο)\b|^وكالة\s|^(?:رويترز|فرانس برس|أسوشيتد برس|الأناضول|"
    r"आईएएनएस|पीटीआई|भाषा|एएनआई|ИТАР-ТАСС|РИА Новости|Интерфакс)$",
    re.IGNORECASE,
)
_AGENCY_ACRONYM = re.compile(r"(?:[^\W\d_a-zß-ÿа-яα-ω]{2,6})(?:[-/][^\W\d_a-zß-ÿа-яα-ω]{2,6})?")


def _outlet_after(name: str, piece: str) -> bool:
    """An outlet in capitals after a name that is not: "Jefferson Graham, USA TODAY"."""
    return not name.isupper() and _OUTLET_CAPS.fullmatch(piece) is not None


_OUTLET_CAPS = re.compile(r"(?:[A-Z][A-Z&.'’-]+\s*){1,4}")


def is_agency(text: str) -> bool:
    """Whether ``text`` names a news agency rather than a person (see ``_AGENCY``)."""
    text = text.strip()
    return bool(_AGENCY.search(text)) or (text.isupper() and bool(_AGENCY_ACRONYM.fullmatch(text)))


#: Greek endings of the genitive and the nominative they come from, for a man's
#: names ("Γιώργου Παπαδόπουλου" -> "Γιώργος Παπαδόπουλος", "Γιάννη" -> "Γιάννης").
_GREEK_MASCULINE = (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
#: A woman's first name in the genitive ("Μαρίας" -> "Μαρία", "Ελένης" -> "Ελένη");
#: her family name is printed in the genitive in every case, and stays.
_GREEK_FEMININE = (("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή"))


def _greek_nominative(name: str, *, feminine: bool | None = None) -> str:
    """A Greek name printed in the genitive after "Του"/"Της"/"Των", in the nominative.

    With ``feminine`` None (after the plural "Των") the first name's ending tells:
    "-ου" is a man's, "-ας"/"-ης" a woman's.
    """
    words = name.split()
    if not words or not all(re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff]+", w) for w in words):
        return name
    if feminine is None:
        feminine = words[0].endswith(("ας", "άς", "ης", "ής"))
    if feminine:
        first = words[0]
        for gen, nom in _GREEK_FEMININE:
            if first.endswith(gen):
                words[0] = first[: -len(gen)] + nom
                break
        return " ".join(words)
    out = []
    for word in words:
        for gen, nom in _GREEK_MASCULINE:
            if word.endswith(gen):
                word = word[: -len(gen)] + nom
                break
        out.append(word)
    return " ".join(out)


#: Arabic joins "and" to the next word: "أحمد المصري وسارة محمود" is two names.
_JOINED_AND = re.compile(r"\sو(?=[\u0600-\u06ff])")


#: The article before a Greek byline's name, which puts the name in the genitive.
GREEK_ARTICLE = re.compile(r"(Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+")


def _joined_pair(part: str) -> list[str]:
    """Two names joined by Arabic "و", when both halves are two or three words, else the part."""
    for m in _JOINED_AND.finditer(part):
        first, second = part[: m.start()], part[m.end() :]
        if 2 <= len(first.split()) <= 3 and 2 <= len(second.split()) <= 3:
            return [first, second]
    return [part]


def without_places(value: str) -> str:
    """A byline without the places its reporters file from ("A in Seoul", "张三/北京报道")."""
    return _CJK_PLACE.sub("", _FILED_FROM.sub("", value))


_GLUED_AND = re.compile(r"(?<=[a-zß-ÿ]{2})(?:and|und)(?=[A-ZÀ-Ý][a-zß-ÿ])")


def split_names(value: str) -> list[str]:
    """Split one byline into the names it lists (not yet cleaned).

    "Jong, Michiel de" stays whole (family name first); "Jane Doe, John Roe"
    is two names; "A and B" and "A & B" are two names.
    """
    value = " ".join((value or "").split())
    if spaced := ZH_REPORTERS.fullmatch(value):  # "记者 王小明 李娜": each one a reporter
        return spaced.group(1).split()
    value = _DATELINE_PLACE.sub("", value.strip("【】[]［］"))  # "【広島＝佐藤花子】"
    greek = GREEK_ARTICLE.match(value)  # "Του Γιώργου Παπαδόπουλου": the genitive
    value = _strip_lead(value[greek.end() :] if greek else value)
    value = _CONTRIBUTOR.sub("", value)
    value = _cut_at_date(value)
    value = _GLUED_AND.sub(" and ", value)  # "Ibrahim AdeyemiandHalima Musa": two links glued
    value = _TRADE_AND_PROGRAM.sub(r"\1", value)
    parts = [half for p in _SPLIT.split(value) if p and p.strip() for half in _joined_pair(p)]
    if len(parts) > 1:
        # "A / Agência Brasil", "A / ΑΠΕ-ΜΠΕ": the agency a person files for; an agency
        # named first ("By AFP and Jane Doe") is an author, as metadata names it
        first_person = next((i for i, p in enumerate(parts) if len(p.split()) >= 2), len(parts))
        parts = [p for i, p in enumerate(parts) if not (i > first_person and is_agency(p))] or parts
    if len(parts) > 1 and any(len(p.strip(" .")) < 2 for p in parts):
        parts = [value]  # "Mac & i", "A. & B. Smith": one name, not a name and a letter
    out: list[str] = []
    for part in parts:
        commas = [c.strip() for c in part.split(",") if c.strip()]
        family_first = (
            len(commas) == 2
            and not _UNSPACED_NAME.search(part)  # ("彭思远,林晓雯": two names)
            and all(len(c.split()) <= 2 for c in commas)
            and (len(commas[0].split()) == 1)
        )
        if family_first:
            out.append(part.strip())
            continue
        # "Jane Doe, Senior Writer, Desk" : a job title ends the list of names, and so
        # does an agency ("Jan Kowalski, PAP").
        for piece in commas:
            if out and (has_role(piece) or is_agency(piece) or _outlet_after(out[-1], piece)):
                break
            out.append(piece)
    # "Por José Pérez | Madrid": beside a full name, one capitalised word is
    # the dateline's place (an agency's acronym such as AFP stays).
    if any(len(p.split()) >= 2 for p in out):
        out = [
            p
            for p in out
            if len(p.split()) >= 2 or _ACRONYM.fullmatch(p.strip(" .")) or _UNSPACED_NAME.search(p)
        ]
    if greek:
        article = greek.group(1).lower()
        feminine = None if article == "των" else article == "της"  # "των": each name tells
        out = [_greek_nominative(p, feminine=feminine) for p in out]
    return out


def clean_names(values: Iterable[str]) -> list[str]:
    """Keep the values that are person names, cleaned and without repeats."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in values:
        name = clean_name(raw)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


#: A full stop after a name's last word, not after an initial ("Nelson D.") or "Jr.".
_SENTENCE_DOT = re.compile(r"(?<=[^\W\d_]{2})(?<![JS]r)\.$")


_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")
#: Characters of the longest name in Chinese characters alone: a person's runs to
#: four, a pen name or an account's ("中国广州发布", "八卦大相公") to a few more.
_HAN_NAME_LONGEST = 8
_CJK_TRADES = ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "摄影", "攝影")
#: A Chinese label for where a story was taken from ("来源：新华社").
_CJK_SOURCE = re.compile(r"^(?:来源|來源|稿源|出处|出處|转自|轉自|转载自)\s*[:：]")
_WITH_AGENCY = re.compile(r"\s*\((?:avec|with|mit|con|and|et|y|und)\s[^)]{1,40}\)$", re.I)
#: A wire named after the writer, no brackets: "Marine Cardot avec AFP", "… with AFP".
WIRE_TAIL = re.compile(
    r"\s+(?:avec|with|mit|con|et|and|y|und)\s+(?:l')?(?:AFP|AP|Reuters|dpa|EFE|ANSA|Belga"
    r"|Europa Press|agences|agencies|Agenturen|agencias)$"
)
_NEWSROOM = re.compile(
    r"\b(?:redacción|redaccion|redaktion|rédaction|newsroom|studio|bureau|büro|haber merkezi"
    r"|merkez)\b",
    re.IGNORECASE,
)


_CJK_DESK_AFTER = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])（[^（）]{2,24}）$")
_HONORIFIC = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?|sen\.|rep\.)\s+(?=[A-Z])", re.IGNORECASE
)


def clean_name(value: str) -> str | None:
    """One name, or None when ``value`` is not a person's name."""
    name = " ".join((value or "").split()).strip(" \t,;:|•·-–—\"'“”〔〕【】")
    name = _balance(name)
    name = _CJK_PLACE.sub("", _strip_lead(name))
    name = _HONORIFIC.sub("", name)  # "Hon Mere Tautahi": a minister's title, not her name
    name = _CJK_DESK_AFTER.sub("", name)  # "佐藤由美（サイエンスポータル編集部）": the desk
    name = _cut_at_date(name)
    name = _KO_TRADE_TAIL.sub(r"\1", name)  # "홍길동 기자 hong@yna.co.kr": the name alone
    name = re.sub(r"\s*\(@?\w+\)$", "", name)  # "Jane Doe (@jdoe)"
    name = _WITH_AGENCY.sub("", name)  # "Élise Lucet (avec AFP)"
    name = _SENTENCE_DOT.sub("", name)  # "Posted by Alon Zakai.": the line's full stop
    name = _drop_roles(_unglue_role(name))
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])  # "Aleš Vávra Aleš Vávra": an avatar's alt text, the name
    if not name or len(name) > 60 or len(name.split()) > 6:
        return None
    if _LEAD.fullmatch(name + " "):
        return None  # "Por" alone: a byline's label in its own element, the name in the next
    if re.search(r"https?://|www\.|@|\.(?:com|org|net)\b|\d", name, re.IGNORECASE):
        return None
    if name.casefold() in _PURE_ROLE_PHRASES or dates.parse_date(name):
        return None
    if lines.ROLE.match(name):
        return None  # "correspondante à Pékin": the role after the name, split off at its comma
    if _NEWSROOM.search(name):
        return None  # "ARD-Studio Peking", "Redacción Expansión": a newsroom signing, no person
    if boilerplate.lexicon_reason(name):
        return None  # a button beside the name ("SHARE", "TWEET", "Email", "相关文章"), no person
    if all(boilerplate.EXACT.get(boilerplate.key(w)) == "share" for w in name.split()):
        return None  # a row of buttons in capitals ("LIKE SAVE PRINT"), read as a name
    if _HAN_ONLY.fullmatch(name) and name.endswith(_CJK_TRADES):
        return None  # "极目新闻记者": the paper's reporter, named in the next link
    if _HAN_ONLY.fullmatch(name) and len(name) > _HAN_NAME_LONGEST:
        return None  # "中国人民大学重阳金融研究院执行院长": the position after a name's comma
    if _CJK_SOURCE.match(name):
        return None  # "来源：当代商报": the outlet the story was taken from, not its author
    if name.casefold().rstrip(":：") in _DATE_LABELS:
        return None  # "Jane Doe · Stand: 4. März 2024": the date's label, not a second name
    if not re.search(r"[^\W\d_]{2}", name):
        return None  # initials alone ("J J") are not a name
    latin = re.fullmatch(r"[A-Za-z.'\- ]+", name)
    if latin and " " not in name and name.islower():
        return None  # a user handle such as "devindra"
    if name.isupper() and not re.fullmatch(r"[^\W\d_]{2,5}", name) and not is_agency(name):
        name = name.title()  # "JANE DOE", "JOÃO SILVA", but an agency's acronym (AFP, DPA) stays
    return name


def has_role(text: str) -> bool:
    """Whether ``text`` holds a word of a writer's role ("Senior", "Editor", "Staff")."""
    return any(w.casefold() in _ROLE_WORDS for w in re.findall(r"\w+", text))


def _balance(name: str) -> str:
    """Strip brackets around or after a name unless they pair up."""
    while (
        name
        and name[-1] in ")]"
        and name.count("(") + name.count("[") < name.count(")") + name.count("]")
    ):
        name = name[:-1].rstrip()
    while (
        name
        and name[0] in "(["
        and name.count("(") + name.count("[") > name.count(")") + name.count("]")
    ):
        name = name[1:].lstrip()
    return name.strip()


def _strip_lead(value: str) -> str:
    previous = None
    while previous != value:
        previous = value
        value = _LEAD_SYMBOL.sub("", _LEAD.sub("", value, count=1))
    return value.strip()


_DATE_WORD = re.compile(
    r"\s+(?:(?:published|posted|publié|publiée|veröffentlicht|publicado|publicada|pubblicato)"
    r"(?:\s+(?:on|le|am|el|il))?|le|am|el|on|du|del|de|vom|il|op)$",
    re.IGNORECASE,
)


#: The day of the week before a date: Dutch "di 17 jun" in lower case, German "Mi, 12. März"
#: with its comma or stop ("Josephine Ma" keeps her name), English and French words.
_WEEKDAY = re.compile(
    r"\s+(?:(?-i:ma|di|wo|do|vr|za|zo)\.?|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)[.,]"
    r"|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[.,]"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)"
    r",?$",
    re.IGNORECASE,
)


def _cut_at_date(value: str) -> str:
    match = _DATE_START.search(value)
    starts = [match.start()] if match else []
    starts += [d.start for d in dates.find_dates(value)]  # "Jane Doe 4 March 2024"
    cut = min((s for s in starts if s > 0), default=None)
    if cut is not None:
        # and the word that introduced the date ("Tom Reed le 4 mars", "am 4. März", "on")
        # "Joris Heesbeen di 17 jun 2025", "Freiburg Mi, 12. März" (the comma opens the date)
        comma = "," if value[cut : cut + 1] == "," else ""
        value = _WEEKDAY.sub("", value[:cut].rstrip() + comma)
        return _DATE_WORD.sub("", value.strip(" ,|•·-–—")).strip(" ,|•·-–—")
    return value


def _role_word(word: str) -> bool:
    """A word of a writer's role: "Staff", "Editor", a German compound ("Wirtschaftsredakteur")."""
    return word.casefold().strip(".") in _ROLE_WORDS or bool(_ROLE_COMPOUND.search(word))


#: German runs the beat into the trade: "Wirtschaftsredakteur", "Auslandskorrespondentin".
_ROLE_COMPOUND = re.compile(
    r"\w{3,}(?:redakteur|korrespondent|reporter|kolumnist|journalist)(?:in)?$", re.IGNORECASE
)


def _unglue_role(name: str) -> str:
    """The name without the trade a page glued to it: "Chloe BarrettDigital Reporter".

    Reach's papers print the name and the trade as two spans with no space
    between; a capital inside a word that a trade follows to the end is the
    glue, while "McKinnon" or "DeShawn" have no trade after their capital.
    """
    for glue in GLUE.finditer(name):
        tail = name[glue.start() :]
        if lines.ROLE.fullmatch(tail) or all(_role_word(w) for w in tail.split()):
            return name[: glue.start()]
    return name


#: Two spans run together: a small letter, then a capital that opens a word ("BarrettDigital").
GLUE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Ý][a-zß-ÿ])")


def _drop_roles(name: str) -> str:
    # "Jane Doe, Staff Writer" / "Jane Doe - Reporter" -> "Jane Doe"
    head = re.split(r"\s*[,|–—]\s*|\s+-\s+", name, maxsplit=1)
    if len(head) == 2 and all(_role_word(w) for w in re.findall(r"\w+", head[1])):
        name = head[0]
    words = name.split()
    if words and all(_role_word(w) for w in words):
        return ""
    organisation = bool(words) and words[0].casefold() in ("the", "la", "le", "el", "die", "der")
    while words and _role_word(words[-1]) and len(words) > 2 and not organisation:
        words.pop()  # "Jane Doe Reporter"; but "The Associated Press" is a name whole
    return " ".join(words)
