"""Title, authors, date and site out of the lines above a pasted article.

A page's header always comes in the same order, whatever the site: a site
name and menus, perhaps a "today" date, then a kicker, the headline, a
standfirst, and a byline block (names, date, share buttons) right before the
first paragraph. The lines closest above the body are the ones that describe
it; a date at the very top beside a weekday is the day the page was viewed.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from clipper.clean import boilerplate, dates, lines, names
from clipper.clean.boilerplate import key
from clipper.model import Candidate

PUBLISH_MARK = re.compile(
    r"\b(?:published|posted|publié|publiée|veröffentlicht|erschienen|stand|publicado|"
    r"publicada|pubblicato|gepubliceerd|created|first published|on|publikacja|opublikowano|"
    r"опубликовано|yayınlanma|yayınlandı|oluşturulma tarihi|δημοσιεύθηκε|δημοσίευση)\b|发布|發布|"
    r"发表|發表|公開|配信|掲載|投稿日|日期|时间|입력|송고|등록|발행|게재|"
    r"تاريخ النشر|نشر في|प्रकाशित",
    re.IGNORECASE,
)
#: A line that opens with a label of the publication date.
PUBLISHED_LABEL = re.compile(
    r"^\W{0,3}(?:published|posted|first published|first posted|publié|publiée|veröffentlicht|"
    r"publicado|publicada|pubblicato|gepubliceerd|opublikowano|发布日期|发布时间|发布于|發佈日期|"
    r"發佈時間|發布日期|發布時間|投稿日|"
    r"发表于|發表於|发表时间|發表時間|发稿时间|公開日|配信日|게재일|입력)",
    re.IGNORECASE,
)
#: A day with no year after a publication label: "09-30 22:46", "18-03-08 23:16".
_YEARLESS = re.compile(r"\s*[:：]?\s*(?:(\d{2})-)?(\d{1,2})-(\d{1,2})(?:\s*(\d{1,2}):(\d{2}))?")


def yearless_day(text: str) -> re.Match[str] | None:
    """The day a "published" line gives without its year, else None.

    Groups: the year's last two digits when printed ("18-03-08"), the month,
    the day and the hour ("发布时间：09-30 22:46", "发布时间：01-1417:58").
    """
    label = PUBLISHED_LABEL.match(text)
    return _YEARLESS.match(text, label.end()) if label else None


def short_year_day(text: str) -> str | None:
    """The time a "published" line gives with its year in two digits, else None.

    Baidu prints "发布时间：18-03-08 23:16" for a post of an earlier year: a
    Chinese, Japanese or Korean label puts the year first, never the day (an
    English "Posted 12-03-08" may be a day or a month first).
    """
    match = yearless_day(text)
    if match is None or match.group(1) is None or not _CJK_LABEL.search(text[: match.start()]):
        return None
    year = 2000 + int(match.group(1))
    if year > dt.date.today().year:
        year -= 100
    try:
        day = dt.date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    hour, minute = match.group(4, 5)
    if hour is None or int(hour) > 23:
        return day.isoformat()
    return f"{day.isoformat()}T{int(hour):02d}:{minute}:00"


_CJK_LABEL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_UPDATE_MARK = re.compile(
    r"(?:updated|last updated|modified|mis à jour|mise à jour|modifié|modifiée|aktualisiert|"
    r"geändert|actualizado|actualizada|modificado|aggiornato|modifica|atualizado|atualizada|"
    r"aktualizacja|zaktualizowano|bijgewerkt|gewijzigd|обновлено|изменено|güncellendi|"
    r"güncelleme|ενημερώθηκε|ενημέρωση|آخر تحديث|تحديث|अपडेटेड|अपडेट|"
    r"更新|修改|수정|업데이트|갱신)"
    r"(?:日期|时间|時間|日時|日|일)?"  # "更新日期：", "更新时间：": the update's, not the first day
    r"(?:\s+(?:on|le|am|el|il|at|em|op|в))?"
    r"(?:\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?"  # "…modified on Tue 11 Feb"
    r"(?:\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"  # "Updated 09:14, 12 Mar 2025": the clock first
    r"\W*$",
    re.IGNORECASE,
)
_CJK_AUTHOR = re.compile(
    r"(?:作者|记者|記者|撰文者|撰文|执笔|執筆|(?<![\u4e00-\u9fff])文|編集委員|論説委員|解説委員|特派員"
    r"|实习生|實習生|通讯员|通訊員|评论员|評論員)"
    r"[:：/|｜丨︱\s]\s*"  # (bars too: "作者︱春春", "作者丨张三")
    r"(?:责任编辑[:：]\s*)?"
    # (more names after it: "作者：彭思远,林晓雯", "作者：彭思远 林晓雯"; not the next credit's
    # label, "文：陳嘉欣 數據分析：梁俊輝")
    r"([\u4e00-\u9fff·]{2,4}"
    r"(?:[,，、 ]\s*(?![\u4e00-\u9fff·]{2,4}\s*[:：/／])[\u4e00-\u9fff·]{2,4}){0,4})"
    r"(?![\u4e00-\u9fff])"
    # Taiwan's papers glue the name to the trade, the place after a slash: "記者林佳穎／新北報導".
    r"|(?:记者|記者)([\u4e00-\u9fff·]{2,3})(?=\s*[／/][\u4e00-\u9fff]{1,8}(?:即時|即时)?(?:報導|报道))"
)
_CJK_SOURCE = re.compile(r"来源[:：]\s*(\S{2,20})")
#: "文｜财新 赵晨阳 孙佳": text by the outlet's writers, the outlet first.
_TEXT_BY_NAMES = re.compile(
    lines.TEXT_BY.pattern + r"\s*[\u4e00-\u9fff]{2,6}((?:\s+[\u4e00-\u9fff·]{2,4}){1,4})"
)
#: The site's domain as one piece of a byline between bars.
_BYLINE_DOMAIN = re.compile(
    r"\|\s*((?:[a-z0-9-]+\.)+(?:com|net|org|cn|jp|de|fr|es|uk|tw|hk)(?:\.[a-z]{2})?)\s*(?:\||$)"
)
#: The body that runs a Chinese site, as its footer names it ("主办单位：中华人民共和国...").
_CJK_HOST = re.compile(r"^(?:主办单位|主辦單位|主办|主辦)[:：]\s*(\S{2,30})$")
#: A Japanese paper's dateline opening the text: "【北京=田中一郎】" (place = reporter).
_CJK_DATELINE = re.compile(
    r"^[【\[]\s*[^=＝】\]]{1,12}[=＝]\s*([\u4e00-\u9fff\u3040-\u30ff]{2,6})\s*[】\]]"
)
#: A Chinese agency's dateline: "新华社北京5月27日电（记者张三、李四）" names them after it;
#: "（中央社記者吳家豪台北27日電）" glues the reporters to the place they file from.
#: A paper's own lead-in does the same: "新京报快讯（记者 裴剑飞）", "本报讯（记者 张三）".
_ZH_DATELINE_AFTER = re.compile(
    r"^.{2,24}?(?:\d{1,2}日[电電]|[讯訊]|\d{1,2}日消息)\s*[（(](?:本报|本報)?(?:记者|記者)\s*"
    r"([^（）()]{2,30})[）)]"
)
_ZH_DATELINE_GLUED = re.compile(
    r"^[（(][^（）()]{1,8}?(?:记者|記者)([^（）()\d]{3,30}?)\d{1,2}日[电電][）)]"
)
#: Taiwan's papers open the text with the reporters and the place they file from:
#: "〔記者陳宛廷／台北報導〕台北捷運…", "〔記者林佳穎、王冠仁／新北報導〕".
_ZH_REPORTED_FROM = re.compile(
    r"^[〔【\[（(]\s*(?:记者|記者)\s*([\u4e00-\u9fff·、，,\s]{2,30}?)\s*[／/]\s*"
    r"[\u4e00-\u9fff]{1,8}?(?:即時|即时)?(?:報導|报道)\s*[〕】\]）)]"
)
#: The Global Times opens the text with its reporters in brackets, each after their trade.
_ZH_BRACKET_REPORTERS = re.compile(r"^【([^【】]{2,60}?(?:记者|記者)[^【】]{2,40})】(?=\S)")
#: Mainichi closes the text's first paragraph with its reporter's name: "…と発表した。【山田航平】".
_JA_NAME_CLOSING = re.compile(
    r"[。」]\s*【([\u4e00-\u9fff\u3040-\u30ff]{2,6}(?:、[\u4e00-\u9fff\u3040-\u30ff]{2,6})*)】$"
)  # "…との声も上がる。【佐藤健太、木村沙織】": Mainichi's reporters, closing the lead
_ZH_NAME_AND_PLACE = 5  # "吳家豪台北": up to five characters, the place is the last two
_COMPANY_SUFFIX = re.compile(
    r"[,\s]+(?:(?:Private|Pvt\.?)\s+(?:Ltd\.?|Limited)|S\.?L\.?U?\.?|S\.?A\.?|Ltd\.?|Limited|Inc\.?|LLC|L\.P\.?|AG|plc"
    r"|GmbH(?: &(?: Co\.?(?: KG)?)?)?"  # ("© DER SPIEGEL GmbH & Co. KG", read up to "&")
    r"|Corp\.?|Pty\.?(?: Ltd\.?)?|"
    r"SAS|SARL|S\.p\.A\.?|B\.V\.|Co\.?|m\.b\.H\.?|S\.?R\.?L\.?|N\.?V\.?"
    r"|Sdn\.? Bhd\.?|Bhd\.?|Α\.Ε\.?|A\.E\.?)$"
    # "人民网股份有限公司", "上海东方报业有限公司": a Chinese company, run into its name
    r"|(?<=[\u4e00-\u9fff])(?:集團|集团)?(?:股份)?有限(?:责任|責任)?公司$"
)
# (Not the dot of a middle initial, "Nelson D. Schwartz", nor of a day, "6. März".)
_BLURB_START = re.compile(
    r",\s+(?:a|an|the|who)\s|(?<!\b[A-ZÀ-Ý])(?<!\d)\.\s|;\s|\s+is\s+(?:a|an|the)\s"
)
# A theme's screen-reader label before the byline ("• Post author By Jane Doe", WordPress).
_SR_AUTHOR = re.compile(r"^(?:post|entry|article)\s+author\s+(?=by\b)", re.IGNORECASE)
_HEADER_FURNITURE = (
    "caption",
    "share",
    "advertisement",
    "comments",
    "byline",
    "date",
    "newsletter",
)
_BUTTONS = frozenset(  # the buttons of a site's top bar, above or beside its name
    "follow openinapp getapp signup subscribe menu search write signin login register donate "
    "skiptocontent skiptomaincontent home responses becomeamember".split()
)
#: Spaces between two cells of a text renderer's column layout.
_COLUMN_GAP = re.compile(r"\S {6,}\S")
_PEN_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,19}")  # "Babbage", "Noahpinion"
#: A byline's closing note in brackets: the place and the trade ("(Pékin, correspondant)").
_PLACE_NOTE = re.compile(r"\s*\([^()]{2,60}\)\s*$")
_CJK_LONGEST_TITLE = 40  # characters of a Chinese sentence too long to be a headline
_CJK_TEASE_HEADLINE = 24  # characters of a headline that ends on a quote or a question
_CJK_STANDFIRST = 8  # characters of a Chinese or Japanese standfirst at least, unless a sentence
_SHORT_HEADLINE_WORDS = 3  # a title-case line this long over a sentence is a headline
_STANDFIRST_WORDS = 10  # words of a standfirst under a short headline at least
_TITLE_REACH = 15  # lines above the byline block where the headline may be
_ECHO_REACH = 4  # lines under the byline where a page may print its headline again
_BOX_REACH = 8  # lines under a "Related" label that may still be its teasers
PARAGRAPH_WORDS = 15  # a paragraph of the article, not a teaser's one-line summary
#: A logo's link text as a page copies it: "The Guardian - Back to homepage".
_HOME_LINK = re.compile(
    # "The Guardian - Back to homepage", "Sky News - back to home"
    r"^(?P<name>\S.{1,50}?)\s*(?:[-–—|:,]\s*)?"
    r"(?:(?:back to|go to|return to) (?:the )?home(?: ?page)?|home ?page)$"
    r"|^(?P<zh>[^\s\d]{2,12}?)(?:首页|首頁)$",
    re.IGNORECASE,
)
_LOGO_ALT = re.compile(r"(\S.{1,40}?)\s+logo\.?", re.IGNORECASE)
_ARTICLE_ALONE = re.compile(r"the|a|an|la|le|les|el|los|las|die|der|das|il|lo", re.IGNORECASE)
_GENERIC_HOME = frozenset({"网站", "網站", "返回", "回到", "本站", "网页", "網頁"})  # "网站首页"
_LOGO_REACH = 30  # lines from the top where a logo's link text may stand
#: A logo link's words that are no part of the site's name: "logo" (its image's
#: alt text), and a last "home" ("hacks.mozilla.org Home", "The Verge homepage").
_LOGO_WORD = re.compile(r"\blogo\b\.?", re.IGNORECASE)
_LOGO_HOME = re.compile(
    r"\s+(?:home\s?page|home|logo|startseite|accueil|inicio|portada)\W*$", re.IGNORECASE
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


@dataclass
class Meta:
    """What the header says about the article, with every candidate found."""

    title: str = ""
    title_index: int | None = None
    title_below: bool = False  # the headline was printed under the date and byline block
    subtitle: str | None = None
    subtitle_index: int | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    used: dict[int, str] = field(default_factory=dict)  # line index -> reason it is not body
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)

    def add(self, name: str, value: str, source: str) -> None:
        """Remember a candidate once per value."""
        known = self.candidates.setdefault(name, [])
        if value and all(c.value != value for c in known):
            known.append(Candidate(value, source))


#: A Japanese paper's byline alone on its line: "北京=西山明宏", "ワシントン=青山直篤、北京=...".
_JA_BYLINE = re.compile(
    r"[^\s=＝、]{1,10}[=＝]([\u4e00-\u9fff\u3040-\u30ff]{2,6})"
    r"(?:、[^\s=＝、]{1,10}[=＝]([\u4e00-\u9fff\u3040-\u30ff]{2,6}))*"
)


#: A name, then its trade: "佐藤花子 記者", "王小明 记者".
_CJK_NAME_TRADE = re.compile(
    r"([\u4e00-\u9fff\u3040-\u30ff]{2,6})[ \u3000]?"
    r"(?:記者|记者|特派員|编辑|編集委員|論説委員|解説委員)"
)
#: A Japanese magazine's byline: name, colon, outlet, trade ("田中 一郎 : 東洋経済 記者").
_JA_TRADE_BYLINE = re.compile(
    r"(\S{1,4}[ \u3000]\S{1,4}|\S{2,6})\s*[:：]\s*\S.{0,20}"
    r"(?:記者|ライター|編集部|編集委員|コラムニスト|ジャーナリスト|特派員|解説委員)"
)
#: A Japanese contributor's name, spaced, and trade, either way round: "松井 隆之 経済ジャー
#: ナリスト", "ファイナンシャルプランナー 岩田 紗季".
_JA_TRADES = (
    r"[\u4e00-\u9fff\u30a0-\u30ffー・]{0,8}(?:ジャーナリスト|ライター|アナリスト|エコノミスト"
    r"|コラムニスト|コンサルタント|プランナー|記者|作家|評論家|准教授|教授|研究員|弁護士|税理士"
    r"|社会保険労務士|医師)"
)
_JA_SPACED_NAME = r"([\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff\u3040-\u309f]{1,3})"
_JA_NAME_AND_TRADE = re.compile(
    rf"{_JA_SPACED_NAME}[ \u3000]+{_JA_TRADES}|{_JA_TRADES}[ \u3000]+{_JA_SPACED_NAME}"
    rf"|{_JA_SPACED_NAME}[（(]{_JA_TRADES}[）)]"  # "松尾 一郎（経済ジャーナリスト）"
)
#: A Japanese magazine's desk, then its writer: "ダイヤモンド編集部 堀内健太".
_JA_DESK_NAME = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ffー・A-Za-z0-9. -]{0,16}"
    # a desk, or a regional paper's bureau: "（石巻総局・高橋啓太）", "（仙台支局・佐藤一郎）"
    r"(?:編集部|編集局|取材班|総局|支局|通信部|報道部|社会部|経済部|政治部|運動部|報道センター)"
    r"[ \u3000・]+"
    # (a desk signs with a name of up to five characters: "吉川明日香")
    r"([\u4e00-\u9fff]{2,5}(?:[ \u3000][\u4e00-\u9fff]{1,3})?)"
)
#: A Japanese writer's name alone in brackets, under the text: "（石川 翠）" (神戸新聞).
_JA_BRACKETED_NAME = re.compile(
    r"[（(]([\u4e00-\u9fff\u3005]{1,4}[ \u3000]?[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4})[）)]"
)
#: What such brackets say that is no name: an omission, the end of a part.
_NOT_SIGNED = frozenset({"中略", "後略", "前略", "以下略", "続く", "了", "終わり", "完"})
#: A Japanese writer's name, then the outlet in brackets: "西田美穂 [Business Insider Japan]".
_NAME_THEN_OUTLET = re.compile(r"([\u4e00-\u9fff\u3040-\u30ff]{2,6})[ \u3000]*\[[^\[\]]{2,40}\]")
#: A Taiwanese or Chinese site's byline: its own name, then the writer's ("中時新聞網 蔡佳穎").
_OUTLET_THEN_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:網|网|日報|日报|時報|时报|晚報|晚报)"  # (not "日本経済新聞　電子版")
    r"[ \u3000]+([\u4e00-\u9fff]{2,3})"
)
#: A Japanese tech site's byline in brackets, the outlet last: "[佐藤浩，ITmedia]".
_BRACKET_BYLINE = re.compile(r"[\[［]((?:[^\[\]［］，,]{2,12}[，,]\s*)+)[^\[\]［］，,]{2,30}[\]］]")


# Korean names, then their trade: "홍길동 기자", "김민지·이준호 기자".
_KO_NAMED = (
    r"(?P<names>[\uac00-\ud7af]{2,4}(?:\s?[·ㆍ,]\s?[\uac00-\ud7af]{2,4})*)\s?" + names.KO_TRADES
)
#: A Korean byline: names and trade, perhaps a place before and an address after
#: ("홍길동 기자", "베이징=이벌찬 특파원", "김철수·박영희 기자 kim@hankyung.com").
_KO_BY = re.compile(r"(?:by|글)\s+([\uac00-\ud7af]{2,4})", re.IGNORECASE)
_KO_BYLINE = re.compile(
    r"(?:[\uac00-\ud7af]{1,10}\s?=\s?)?" + _KO_NAMED + r"(?:\s*[(（]?\s*[\w.+-]+@[\w.-]+\s*[)）]?)?"
)
#: A Korean wire's dateline opening its text: "(서울=연합뉴스) 홍길동 기자 = 삼성전자가 ...".
_KO_DATELINE = re.compile(r"^[(\[][^()\[\]=]{1,12}=[^()\[\]]{1,12}[)\]]\s*" + _KO_NAMED + r"\s?=")


#: A Japanese time, and a bracketed note after the date ("（最終更新 3月5日 9時00分）").
_CJK_CLOCK = re.compile(r"\d{1,2}時(?:\d{1,2}分)?")
_CJK_NOTE = re.compile(r"[（(][^（）()]{0,40}[）)]\s*$")
_CJK_DATE_LABEL = re.compile(
    r"\s*[（(]?(?:公開日時|公開日|更新日時|最終更新|配信日時|配信|掲載日|発表|发布时间|发布于|更新时间)"
    r"\s*[:：]?\s*[）)]?"
)
# What labels a Korean date: "입력", "수정", "송고", "업데이트", "기사입력", "승인".
_KO_DATE_LABEL = re.compile(r"(?:기사입력|입력|수정|송고|업데이트|등록|승인|발행)\s*[:：]?\s*")


def _without_dates(line: lines.Line) -> str:
    """The line with its dates (and their times) left out: "송고2024-03-06 10:21홍길동 기자"."""
    text = line.text
    for match in reversed(line.date_iso):
        end = match.end
        if clock := re.match(r"\.?\s*(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?", text[end:]):
            end += clock.end()
        text = text[: match.start] + " " + text[end:]
    return text


def _korean_names(text: str) -> list[str]:
    """The names before a Korean trade, when each starts with a family name."""
    found = [n.strip() for n in re.split(r"[·ㆍ,]", text)]
    return found if all(lines.korean_name(n) for n in found) else []


def _reported_from(text: str) -> list[str]:
    """The reporters of "<outlet or trade> <name> <place>, <name> <place>报道", else [].

    A Chinese byline names each reporter and the town each filed from, and
    closes on 报道 ("reports"): "记者 张三 北京报道", "英国《金融时报》 亚历克斯·莫里森
    吉隆坡, 黄嘉慧 新加坡报道". The word before each place is the name.
    """
    m = _REPORTED.fullmatch(text.strip())
    if m is None:
        return []
    found: list[str] = []
    parts = re.split(r"\s*[／/]\s*", m.group(1))
    if len(parts) == 2 and len(parts[1].strip()) <= _PLACE_CHARS and len(parts[0].split()) > 1:
        before = parts[0]  # "林佳穎 陳柏翰 / 新竹縣 報導": the place after the slash, the names
        return [w for w in re.split(r"[\s,，、]+", before) if lines.looks_like_name(w)]
    if m.group(1)[-1].isspace():  # "記者 林芷萱 報導": no place, the name last
        return [w for w in re.split(r"[\s,，、]+", m.group(1)) if lines.looks_like_name(w)]
    for part in re.split(r"\s*[,，、]\s*", m.group(1)):
        words = part.split()
        if len(words) < 2:
            return []  # a place with no name before it: no such byline
        found += [w for w in words[:-1] if lines.looks_like_name(w)]
    return found


_REPORTED = re.compile(r"(.{4,80}?)(?:报道|報導)")
_PLACE_CHARS = 6  # "新竹縣", "台北", "北京": a place filed from


#: A columnist's box: the name, the handle, the link to all their columns ("Selin Karaağaç
#: @selinkaraagac Tüm Yazıları", Dünya).
_ALL_THEIR_STORIES = re.compile(
    r"(?P<name>[^\W\d_][^@|]{2,40}?)\s+(?:@[\w.]+\s+)?(?:tüm yazıları|all (?:articles|posts|"
    r"stories|columns)|alle (?:artikel|beiträge|kolumnen)|tous ses articles|todos sus artículos"
    r"|tutti gli articoli|todos os artigos)",
    re.IGNORECASE,
)


_HANDLE_AND_NAME = re.compile(r"@[\w.]{2,30}\s*[（(]([^()（）]{2,30})[)）]")
_READ_TIME_TAIL = re.compile(r"\s+\d{1,3}\s*(?:-\s*)?(?:minute|min)s?\.?\s+read\b.*$", re.I)


def byline_names(line: lines.Line) -> list[str]:
    """The person names a byline line states ("By A and B" gives two), else []."""
    text = _KICKER_BY.sub("", line.text)  # "NewsByChloe Barrett": the kicker glued on
    if posts := lines.POSTS_BY.fullmatch(text.strip()):  # the author box's count of stories
        return [posts["name"]] if lines.looks_like_name(posts["name"]) else []
    if page := _ALL_THEIR_STORIES.fullmatch(text.strip()):  # "Selin Karaağaç @… Tüm Yazıları"
        return [page["name"]] if lines.looks_like_name(page["name"]) else []
    if handled := _HANDLE_AND_NAME.fullmatch(text.strip()):  # Qiita's "@kmurata_dev(村田 健一)"
        return [handled[1]] if lines.looks_like_name(handled[1]) else []
    if lines.HANGUL.search(text):
        rest = _KO_DATE_LABEL.sub(" ", _without_dates(line)).strip(" ·|,")  # "… 기자 · 3월 4일"
        ko = _KO_BYLINE.fullmatch(rest)
        if ko is None and (by := _KO_BY.fullmatch(rest)):  # "by 윤서하 Mar 04. 2025" (Brunch)
            return _korean_names(by.group(1))
        return _korean_names(ko.group("names")) if ko else []
    # Japanese bylines, perhaps joined to their date: "【広島＝佐藤花子】 · 2024/03/04 10:15".
    bare = text
    if line.date_iso:
        bare = _CJK_DATE_LABEL.sub(" ", _CJK_NOTE.sub(" ", _without_dates(line)))
    bare = _CJK_CLOCK.sub(" ", bare).strip(" ·|,、").strip("【】[]［］")
    if _JA_BYLINE.fullmatch(bare):
        found = re.findall(r"[=＝]([\u4e00-\u9fff\u3040-\u30ff]{2,6})", bare)
        return [n for n in found if lines.looks_like_name(n)]
    if after := _CJK_NAME_TRADE.fullmatch(bare):  # "佐藤花子 記者"
        return [after.group(1)] if lines.looks_like_name(after.group(1)) else []
    if reported := _reported_from(text):  # "英国《金融时报》 A 吉隆坡, B 新加坡报道"
        return reported
    if filed := _TW_FILED.fullmatch(text.strip()):  # "林子翔、王怡婷 / 台中報導"
        found = re.split(r"[、，, ]", filed.group(1))
        return found if all(lines.looks_like_name(n) for n in found) else []
    if listed := names.ZH_REPORTERS.search(text):  # "记者 王小明 李娜": each reporter, spaced
        found = listed.group(1).split()
        if len(found) > 1 and all(lines.looks_like_name(n) for n in found):
            return found
    if trade := _JA_TRADE_BYLINE.fullmatch(text.strip()):
        return [trade.group(1)] if lines.looks_like_name(trade.group(1)) else []
    if traded := _JA_NAME_AND_TRADE.fullmatch(bare.strip()):  # "松井 隆之 経済ジャーナリスト"
        name = traded.group(1) or traded.group(2) or traded.group(3)
        return [name] if lines.looks_like_name(name) else []
    # "ダイヤモンド編集部 堀内健太", "（J-CASTニュース編集部　中山雄介）" under the text
    if desk := _JA_DESK_NAME.fullmatch(bare.strip().removeprefix("（").removesuffix("）")):
        signed = desk.group(1).replace(" ", "").replace("\u3000", "")
        # (a name of five characters is longer than a name alone may be; the desk vouches)
        vouched = lines.looks_like_name(signed) or lines.looks_like_name(signed[:4])
        return [desk.group(1)] if vouched else []
    # "（石川 翠）": the writer alone in brackets, signing under the text
    if (signed := _JA_BRACKETED_NAME.fullmatch(text.strip())) and line.cjk:
        name = signed.group(1)
        return [name] if lines.looks_like_name(name) and name not in _NOT_SIGNED else []
    # "西田美穂 [Business Insider Japan]": the name, then the outlet in brackets
    if outlet_after := _NAME_THEN_OUTLET.fullmatch(text.strip()):
        writer = outlet_after.group(1)
        return [writer] if lines.looks_like_name(writer) else []
    if outlet := _OUTLET_THEN_NAME.fullmatch(bare.strip()):  # "中時新聞網 蔡佳穎"
        return [outlet.group(1)] if lines.looks_like_name(outlet.group(1)) else []
    if bracketed := _BRACKET_BYLINE.fullmatch(text.strip()):
        found = [n.strip() for n in re.split(r"[，,]", bracketed.group(1)) if n.strip()]
        return [n for n in found if lines.looks_like_name(n)]
    # "BY KIM JI-HYE [kim.jihye@joongang.co.kr]": the writer's address closes the byline
    m = lines.BYLINE.match(
        _SR_AUTHOR.sub("", lines.BULLET_START.sub("", _ADDRESS_TAIL.sub("", _unbracketed(text))))
    )
    raw: str | None = None
    if m:
        raw = m.group("names") or m.group("names2") or m.group("names3") or m.group("names4")
    else:
        by = re.search(r"\b(?:by|von|par|por)\s+(?=[A-ZÀ-Ý])(?P<n>.+)$", text)
        if by and line.date_iso:
            raw = by.group("n")
    start = line.date_iso[0].start if line.date_iso else 0
    # "Dan Goodin - Apr 16, 2015"; glued to the date ("Yahoo FinanceOctober 13") it is a source.
    if raw is None and start > 0 and (people := _names_before_outlet(text[:start])):
        return people  # "Emily Tkachuk, Daniel Okafor · CBC News · Posted: Oct 21, 2025"
    if raw is None and line.date_iso and (people := _names_after_date(text, line.date_iso[0])):
        return people  # "27.05.2025 um 14:05 Uhr - Lena Hartwig, Constantin Maier - in …"
    # (A name glued to the date is one in Japanese, "佐藤 健太2025年3月13日", not in English:
    # "Yahoo FinanceOctober 13" is a source.)
    glued_cjk = start > 0 and _HAN_OR_KANA.match(text[start - 1]) and text[start].isdigit()
    if raw is None and start > 0 and (not text[start - 1].isalpha() or glued_cjk):
        head = _CLOCK_BEFORE.sub("", text[:start])  # "…, USA TODAY 3:53 p.m. EST January 25"
        head = _DATE_PREPOSITION.sub("", _without_date_label(head.strip(" -–—|•·,")))
        author, _account = original_mark(head)
        labelled = PUBLISH_MARK.search(head) or _UPDATE_MARK.search(head)
        named = author or (None if labelled or dates.has_weekday(head) else _signed(head))
        if labelled and not named and labelled.start() > 0:
            # "Nur Hasliza Kamarudin Published: Aug 28, 2025 …": the name, then the date's label
            before = head[: labelled.start()].strip(" -–—|•·,")
            # (two words at least: "最後更新時間", "发稿时间" open on a word, not a name)
            named = before if " " in before and lines.looks_like_name(before) else None
        if named:
            return [named]
        parts = names.split_names(head) if not labelled else []
        if len(parts) > 1 and all(lines.looks_like_name(p) for p in parts):
            return parts  # "Lila Brandt and Omar Haddad – Jun 3, 2025 11:35 am | 142"
    if raw is None and (pair := _writers_parted(text)):
        return pair  # "Lena Hartmann | Jonas Brandt", "Camille Laurent - Julien Marceau"
    contact = _ADDRESS_TAIL.search(text) is not None  # (the writer's address closes the line)
    if raw is None and ("byline" in line.tags or contact) and (alone := _name_then_trade(text)):
        return [alone]  # "Lucy Tran Reporter": the name and the trade, two spans run together
    if raw is None and (branded := _NAME_DASH_BRAND.fullmatch(text.strip())):
        writer = branded.group(1)  # "Rizky Pratama - detikNews": the writer, the site's brand
        return [writer] if lines.looks_like_name(writer) and not names.has_role(writer) else []
    if raw is None:
        named = _signed(text)
        if named and _ROLE_AFTER.search(text):  # (a name alone is a byline only beside a date)
            return [named]
        # "财新网 记者 张三 实习记者 李四": each trade names one more reporter.
        return _cjk_authors(text)
    # "By Jane Doe. She covers ...", but not the dot of a middle initial ("Nelson D. Schwartz").
    raw = _BLURB_START.split(raw, maxsplit=1)[0]
    if text.lstrip("〔【(（ ").startswith("作者") and _SPACED_HAN_NAMES.fullmatch(raw.strip()):
        return names.clean_names(raw.split())  # "作者：孙敏 杨静": Chinese writers (a Japanese
        # name's two parts are spaced too, but its pages do not label it "作者")
    # Another label after a wide gap ends the names: "作者：钱童    责编：彭海斌".
    # ("取材・文／小野寺 悠　写真／佐伯さん提供": the photographer's credit after a wide space)
    raw = re.split(
        r"\s{2,}\S{1,6}[:：]|(?<=[\u4e00-\u9fff])\s+[\u4e00-\u9fff]{1,4}[:：／]", raw, maxsplit=1
    )[0]
    if len(raw) > 120:
        return []
    if _DUTCH_BY.match(text):
        raw = re.sub(r"\s+en\s+", " & ", raw)  # "Door A en B": Dutch "and", not "in" a place
    raw = _FOR_OUTLET.sub("", raw)  # "ELLIE KEMP FOR MAILONLINE", "Jane Doe for The Guardian"
    raw = _READ_TIME_TAIL.sub("", raw)  # "BY Marisa Okonkwo 6 minute read" (Fast Company)
    raw = lines.WRITERS_PART.sub("", _PICTURES_BY.sub("", raw))  # "A (texte) et B (photo)": A
    raw = names.WIRE_TAIL.sub("", raw)  # "By Giulia Ferrante with AFP": the writer, the wire
    raw = _STAFF_TAIL.sub("", raw)  # "Taylor Dobbs and Ana Ruiz Globe Staff"
    raw = _without_outlet_tail(raw)  # "Alex Cooke & Megan King Global News": the outlet after
    raw = names.without_places(raw)
    raw = _PLACE_NOTE.sub("", raw)  # "Harold Thibault (Pékin, correspondant)"
    if greek := names.GREEK_ARTICLE.match(text):
        raw = greek.group(0) + raw  # "Του Γιώργου Παπαδόπουλου": split_names declines it back
    found = [
        n
        for n in names.clean_names(names.split_names(raw))
        if lines.looks_like_name(n) or lines.caseless_name(n)  # "بقلم: أحمد المصري"
    ]
    if not found and line.cjk:  # "【文/观察者网专栏作者 王文】": the name after the writer's role
        found = _cjk_authors(text)
    return found


#: Taiwan's reporters, then where they report from: "林子翔、王怡婷 / 台中報導".
_SPACED_HAN_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})+")
_TW_FILED = re.compile(
    # (PTS spaces its reporters and its place: "林佳穎 陳柏翰 / 新竹縣 報導")
    r"(?!记者|記者)([\u4e00-\u9fff]{2,4}(?:[、，, ][\u4e00-\u9fff]{2,4}){0,3})\s*[／/]\s*"
    r"[\u4e00-\u9fff]{1,6}\s?(?:報導|报道|報道)"
)
_KICKER_BY = re.compile(r"^[A-Z][a-z]{2,15}(?=By[A-Z][a-z])")
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ADDRESS_TAIL = re.compile(r"\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?\s*$")


def _without_outlet_tail(raw: str) -> str:
    """The names without an outlet run on after the last: "… & Megan King Global News".

    The outlet is one word and a paper's word ("Global News", "Fox News"); what is
    left must still end on a name of two words ("Caitlin McKinnon Fox News").
    """
    words = raw.split()
    if len(words) < _OUTLET_TAIL_LEAST or words[-1] not in _PAPER_WORDS:
        return raw
    head = " ".join(words[:-2])
    last = re.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", head)[-1]
    return head if words[-2][:1].isupper() and lines.looks_like_name(last) else raw


_OUTLET_TAIL_LEAST = 4  # words: a name of two, an outlet of two
_PAPER_WORDS = frozenset("News Times Post Herald Journal Tribune Press".split())
#: A paper's staff designation after the names: "Globe Staff", "Times Staff Writer".
_STAFF_TAIL = re.compile(r"\s+(?:[A-Z][\w.]*\s+)?Staff(?:\s+(?:Writer|Reporter)s?)?\s*(?:,.*)?$")


def _names_after_date(text: str, date: dates.DateMatch) -> list[str]:
    """The names in the part after a date that opens a line of parts set apart by dashes.

    netzpolitik.org prints "27.05.2025 um 14:05 Uhr - Lena Hartwig, Constantin
    Maier - in Überwachung - 7 Ergänzungen": the date, the writers, the
    category, the comment count.
    """
    if text[: date.start].strip(" -–—|·•"):
        return []  # the date does not open the line
    rest = _CLOCK_AFTER.sub("", text[date.end :]).strip()
    if rest[:1] not in _PART_MARKS:
        return []  # "27.05.2025 Lena Hartwig": no part set apart
    parts = [p.strip() for p in re.split(r"\s[-–—|·•]\s", " " + rest) if p.strip()]
    if not parts:
        return []
    people = names.split_names(parts[0])
    return people if people and all(lines.looks_like_name(p) for p in people) else []


_PART_MARKS = frozenset("-–—|·•")
_CLOCK_AFTER = re.compile(r"^\s*(?:um|à|a las|at)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?", re.I)


def _names_before_outlet(head: str) -> list[str]:
    """The names opening a byline of parts set apart by dots: names, outlet, date's label.

    CBC prints "Emily Tkachuk, Daniel Okafor · CBC News · Posted: …" with
    no "By"; each part after the names is a few words.
    """
    parts = [p.strip() for p in re.split(r"\s[·•|]\s", head) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > _ITEM_WORDS for p in parts[1:]):
        return []
    people = names.split_names(parts[0])
    return people if people and all(lines.looks_like_name(p) for p in people) else []


def _cjk_authors(text: str) -> list[str]:
    """The names after Chinese writers' roles ("作者：张三"), not "作者：佚名" (anonymous).

    "文｜财新 赵晨阳 孙佳" names the outlet, then its writers, after "text by".
    """
    inner = text.strip()
    # "【文/观察者网 陈思远】": the brackets set the line apart as a byline, one name is enough.
    bracketed = inner.startswith("【") and inner.endswith("】")
    by = _TEXT_BY_NAMES.fullmatch(inner.strip("【】") if bracketed else inner)
    if by:
        found = [n for n in by.group(1).split() if lines.looks_like_name(n)]
        if len(found) >= (1 if bracketed else 2):
            return found
    found = names.clean_names(
        name for m in _CJK_AUTHOR.finditer(text) for name in re.split(r"[,，、\s]+", m[1] or m[2])
    )
    return [n for n in found if lines.looks_like_name(n)]


# An account's post header: "原创 张明 芯智讯 2024年05月27日 18:30" (mark, author, account, date).
_ORIGINAL_MARK = re.compile(r"^原创\s+(?:(?P<author>\S{2,12})\s+)?(?P<account>\S{2,20})$")


#: Who took the pictures, named in the byline after the writer: "Par A (texte) et B (photo)".
_PICTURES_BY = re.compile(
    r"(?:\s*,\s*|\s+(?:et|and|und|y|e|&)\s+)[^,()]{3,60}?\s*"
    r"\((?:photos?|fotos?|vidéos?|videos?|images?|illustrations?|infographie)\)",
    re.IGNORECASE,
)
_FOR_OUTLET = re.compile(r"\s+(?i:for)\s+(?i:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s*$")
_DUTCH_BY = re.compile(r"(?:door|Door|DOOR)\s")


def original_mark(head: str) -> tuple[str | None, str | None]:
    """The author and the publishing account named after an "original" mark, else Nones.

    China's public-account posts print "原创" (original work), the author when
    the post names one, then the account's name, then the date; the account
    is where the post was published, its site.
    """
    m = _ORIGINAL_MARK.match(head)
    if m is None:
        return None, None
    author = m.group("author")
    return (author if author and lines.looks_like_name(author) else None), m.group("account")


def _unbracketed(text: str) -> str:
    """A Japanese credit without the brackets around it: "＜取材・文／小野寺 悠＞"."""
    text = text.strip()
    if len(text) > 2 and _CREDIT_BRACKETS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


_CREDIT_BRACKETS = {"＜": "＞", "<": ">", "（": "）", "(": ")", "〈": "〉"}


def _name_then_trade(text: str) -> str | None:
    """The name of a byline that prints the writer's trade after it with no mark between.

    "Marieke Dijkstra Columnist", "Niamh O'Donovan Local Democracy Reporter
    niamh.odonovan@…": a rendering of the name's link and the trade's span.
    """
    text = _ADDRESS_TAIL.sub("", text)
    for glue in names.GLUE.finditer(text):  # "Priya NatarajanData Reporter": two spans glued
        # (a name's own capital, "DeShawn", "McKinnon", is no glue: the glue ends a name)
        before = text[: glue.start()].split()
        own = before[-1].split("-")[-1] in _NAME_PREFIXES if before else True
        if len(before) >= 2 and not own and lines.ROLE.fullmatch(text[glue.start() :]):
            text = text[: glue.start()] + " " + text[glue.start() :]
            break
    words = text.split()
    for cut in range(2, min(len(words), _NAME_WORDS_MOST + 1)):
        head, trade = " ".join(words[:cut]), " ".join(words[cut:])
        if lines.ROLE.fullmatch(trade) and lines.looks_like_name(head) and not names.has_role(head):
            return head
    return None


_NAME_PREFIXES = frozenset("Mc Mac De Di Da Du La Le Van Von Fitz".split())
_NAME_WORDS_MOST = 4


def _signed(text: str) -> str | None:
    """The name of a signature line, else None.

    "Jane Doe", "Jane Doe · Follow", "Jane Doe, Business reporter", "Jane Doe / Staff Writer".
    """
    text = lines.FOLLOW_TAIL.sub("", text)
    if lines.looks_like_name(text):
        return text
    mark = _ROLE_AFTER.search(text)
    if mark is None:
        return None
    head, trade = text[: mark.start()], text[mark.end() :].strip()
    # "José Pérez | Madrid", "Ayşe Demir - İstanbul": the place filed from
    placed = mark.group().strip() in ("|", "-", "–") and _PLACE.fullmatch(trade) is not None
    masthead = len(trade) >= _MASTHEAD_CHARS and _MASTHEAD_CAPS.fullmatch(trade)  # (not "CEO")
    vouched = lines.ROLE.match(trade) or names.is_agency(trade) or masthead
    if (placed or vouched) and lines.looks_like_name(head):
        return head.strip()
    if vouched and lines.caseless_name(head):
        return head.strip()  # "أحمد المصري، مراسل", "राहुल शर्मा, आईएएनएस": no capitals to go by
    return None


#: A time of day printed before the date it belongs to: "3:53 p.m. EST January 25, 2014".
_CLOCK_BEFORE = re.compile(
    r"\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[,·|]?\s*$", re.I
)
#: A masthead's name in capitals after a name: "Jefferson Graham, USA TODAY".
_MASTHEAD_CAPS = re.compile(r"(?:THE\s+)?[A-Z][A-Z&'’.]+(?:\s+[A-Z][A-Z&'’.]+){0,3}")
_MASTHEAD_CHARS = 4
#: Where a name ends and its role begins: "Jane Doe, City reporter", "Jane Doe / Staff Writer".
_ROLE_AFTER = re.compile(  # (each from the first space of a run: no search across a wide gap)
    r"(?<!\s)(?:\s*[,،]\s*|\s+/\s+|\s+\|\s+|\s+[-–]\s+)"
)
#: A place after a name: "Madrid", "Buenos Aires", "İstanbul" (a capital of any alphabet).
#: A place's name: "Madrid", "New York", "Palma de Mallorca", "Frankfurt am Main".
_PLACE = re.compile(
    r"(?-i:[^\W\d_a-zß-ÿ])[^\W\d_]+"
    r"(?:[ -](?:(?:de|del|da|do|am|an|der|la|le|sur|upon)[ -])?[^\W\d_][^\W\d_]+){0,2}"
)


def _writers_parted(text: str) -> list[str]:
    """Two or three writers' names parted by bars or dashes, else [].

    "José Pérez | Madrid" is a writer and the place filed from; so is
    "Jane Doe - New York", a place the time-zone database names. A second
    full name that names no such place is a second writer.
    """
    parts = [p.strip() for p in _WRITERS_BAR.split(text)]
    if not 2 <= len(parts) <= 3 or len(set(parts)) < len(parts):
        return []
    for part in parts:
        if len(part.split()) < 2 or not lines.looks_like_name(part) or names.has_role(part):
            return []
        if part.casefold() in _zone_cities():
            return []
    return parts


#: A writer's name, a dash or bar, and the site's brand as one word that no name is
#: spelled like: a small letter first ("detikNews", "kumparanNEWS") or a domain.
_NAME_DASH_BRAND = re.compile(
    r"(.{4,40}?)\s+[|\-–—]\s+(?:[a-z]+[A-Z][\w.]*|[\w-]+\.(?:com|net|org|id|co\.\w{2}|\w{2}))"
)
_WRITERS_BAR = re.compile(r"(?<!\s)\s+[|\-–/]\s+(?!\s)")


@functools.cache
def _zone_cities() -> frozenset[str]:
    """The cities the time-zone database is named for ("Buenos Aires", "Kuala Lumpur")."""
    return frozenset(
        zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        for zone in zoneinfo.available_timezones()
        if "/" in zone
    )


def _without_date_label(head: str) -> str:
    """A byline's head without the date's label or weekday after the name.

    "Jane Doe · Published" (March 4), "Jane Doe, City reporter · Updated"
    (March 5, 9:00 a.m.), "Jane Doe · Mon" (4 Mar 2024): the name is before them.
    """
    while True:
        seps = list(_HEAD_PARTS.finditer(head))
        if not seps or not _date_word(head[seps[-1].end() :]):
            return head
        head = head[: seps[-1].start()]


def _date_word(part: str) -> bool:
    word = _DATE_PREPOSITION.sub("", part.strip(" :.,"))  # "Publié le", "Published on"
    if PUBLISH_MARK.fullmatch(word) or _UPDATE_MARK.fullmatch(word):
        return True
    return bool(word) and dates.fold(word) in dates.WEEKDAYS


_DATE_PREPOSITION = re.compile(
    r"\s+(?:le|am|el|on|the|du|del|de|vom|il|op|at|à|em|w|в|στις|في)$", re.I
)
_HEAD_PARTS = re.compile(r"\s+[·|•—–-]\s+|\s*\|\s*|\s+·|·\s+")


_DATE_OVER_TITLE = 2  # lines from a date to the headline it heads (a kicker may stand between)


_UPDATE_PENALTY = 4


def _label_of(line: lines.Line, match: dates.DateMatch) -> str:
    """The words before a date since the date before it on the line: its label."""
    previous = [m.end for m in line.date_iso if m.end <= match.start]
    return line.text[max(previous, default=0) : match.start]


def date_score(line: lines.Line, match: dates.DateMatch, title_index: int | None) -> float:
    """How likely a date is the publication date, from its words and place.

    The words that label a date are those since the date before it on the
    line ("Publié le 4 février à 10h15, modifié le 5 février": the second is
    an update).
    """
    before = _label_of(line, match)
    before_words = re.findall(r"\w+", line.text[: match.start])
    told = len(before_words) >= _WORDS_BEFORE_DATE
    prose = sum(w.islower() for w in before_words) >= _PROSE_BEFORE_DATE
    sentence = told and (line.weight > _DATE_LINE_WORDS or prose)
    marks = {m.group(0).lower() for m in PUBLISH_MARK.finditer(before)}
    score = 0.0
    if _UPDATE_MARK.search(before):
        score -= _UPDATE_PENALTY
    elif marks - ({"on"} if sentence else set()):  # "signed into law on August 14" is no label
        score += 3
    above_title = title_index is not None and line.index < title_index
    # Right over the headline a date heads it (a blog's "Sunday, November 6, 2022").
    right_above = title_index is not None and 0 < title_index - line.index <= _DATE_OVER_TITLE
    today_bar = above_title and not right_above and not PUBLISH_MARK.search(before)
    if dates.has_weekday(line.text) and today_bar:
        score -= 6  # the "today" bar at the top of a page
    if line.index <= 2 and today_bar:
        score -= 4  # the top of the page, away from the headline
    if _clock_bar(line):
        score -= 6  # "2026年11月30日 星期一 2021年10月7日 星期四": a script's days, not the page's
    if title_index is not None and line.index > title_index:
        score += 2 - 0.2 * min(line.index - title_index, 10)
    if match.has_time:
        score += 0.5
    if line.label == "caption":
        score -= 4  # "... a factory in Nantong on March 17, 2022.": the photo's day
    if sentence:
        score -= 4  # a sentence that tells of a day ("... the formation March 24, 2014 near ...")
    return score


def _clock_bar(line: lines.Line) -> bool:
    """Two different days on one line, each beside its weekday: a "today" bar's clock."""
    days = {m.day for m in line.date_iso}
    return len(days) > 1 and all(
        dates.has_weekday(line.text[max(0, m.start - _WEEKDAY_REACH) : m.end + _WEEKDAY_REACH])
        for m in line.date_iso
    )


_WEEKDAY_REACH = 6
_DATE_LINE_WORDS = 12  # "Published on Monday, March 4, 2024 at 10:15 AM by Jane Doe"
#: Words before a date that make it part of a sentence; a dateline opens its
#: paragraph with the date ("WASHINGTON, March 4, 2024 — The Senate ...").
_WORDS_BEFORE_DATE = 6
#: Small words in lower case before a date on a short line: a sentence ("The
#: Act was signed into law on August 14, 1935"), not a byline's names.
_PROSE_BEFORE_DATE = 4


def _reach_from(ls: list[lines.Line], anchor: int) -> int:
    """Where the search for the headline above ``anchor`` starts.

    A table of contents between a document's title and its text is read
    past, and so is a share bar: a long one would otherwise put the title
    out of reach.
    """
    start, counted = anchor, 0
    while start > 0 and counted < _TITLE_REACH:
        start -= 1
        # (nor does a share bar of twelve networks between the headline and the date)
        counted += "contents" not in ls[start].tags and ls[start].label != "share"
    return start


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORDS = 8  # "jane@courier.com | Courier Reporting": an address and a role, no headline


def pick_title(ls: list[lines.Line], anchor: int, meta: Meta, below: range = range(0)) -> None:
    """The headline: the heading-like line above the byline block (see module doc).

    Blogs and some magazines print the date, or the byline, above the headline
    instead: when nothing above the block reads as one, the first heading-like
    line between the block and the body (``below``) is the headline.
    """
    doubled = _doubled_heading(ls, anchor, meta)
    if doubled is not None:
        _set_title(meta, doubled, None)
        return
    stack: list[lines.Line] = []
    passed: lines.Line | None = None  # the nearest short line passed over
    labels = numbered_labels(ls)
    for line in reversed(ls[_reach_from(ls, anchor) : anchor]):
        if len(stack) == 3:
            break
        if not stack and letters_key(line) in labels:
            continue  # "Maria Lopez 00:00:12", "Step 1": the text's own label, no headline
        if stack and _headline_read_as_name(line):
            _unname(line)  # over the standfirst: "Council Backs Riverside Parks" is no author
        if (
            line.label in _HEADER_FURNITURE
            or line.index in meta.used
            or not _has_letters(line)
            or lines.wire_credited(line)
            or PUBLISHED_LABEL.match(line.text)  # "发布时间：09-30 22:46", a date with no year
            or (_SOURCE_LABEL.match(line.text) and line.weight <= _SOURCE_LINE_WORDS)  # "来源：…"
            or _ADDRESS_LINE.fullmatch(line.text.strip())  # a share box's link to copy
            or (line.words <= _CONTACT_WORDS and _EMAIL.search(line.text))  # the writer's contact
            or _boxed(ls, line)
            or glued_teaser(line)  # "READ MORE: <a headline>" among the summary's points
        ):
            continue  # captions, share buttons and icons, bylines and dates sit around headlines
        if line.label and _photo_button(ls, line):
            continue  # "Read More" that opens a photo's caption, "1 of 2" between captions
        if _writers_trade(ls, line):
            continue  # "Economista y docente universitaria" between the name and the date
        if (
            line.label == "related"
            and stack
            and stack[-1].index == line.index + 1
            and all(ln.weight >= _TEASER_LEAST for ln in stack)
            and not _in_menu(ls, line.index)
        ):
            stack.clear()  # "Noticias relacionadas" over its teasers, between headline and byline
            continue
        below_line = ls[line.index + 1] if line.index + 1 < len(ls) else None
        full_stop = line.end_punct and not line.text.endswith(_NO_FULL_STOP)
        credited = below_line is not None and (
            _credit_line(below_line) or _photographer_for(ls, below_line)
        )
        if (stack or full_stop) and credited:
            # A lead photo's caption over its credit ("Foto: REUTERS"), above the headline or
            # between it and the standfirst, a sentence or not (Quartz's); between the
            # standfirst and the byline, a sentence (STAT's), where a headline over its
            # photo's credit has no full stop.
            continue
        if line.label:
            above = ls[line.index - 1] if line.index else None
            # (under the share row's "Comments14", Reach's section tag over the byline)
            lone_tag = (
                line.label == "menu"
                and line.weight <= 2
                and above
                and (not above.label or above.label in ("share", "comments"))
            )
            if not stack and lone_tag:
                continue  # a section's tag between the headline and the byline
            if not stack and _tag_row(ls, line):
                continue  # "* 社会" / "* 教育" / "* 東京": the story's tags over its date
            if lone_tag and _tag_over_standfirst(ls, stack, line):
                continue  # "OPINION" between the headline and its standfirst (La Tribune's)
            break  # a menu: the header ends here
        if not stack and line.listed:
            continue  # the first section's heading, under the table of contents
        if line.bullet or "contents" in line.tags:
            if not stack and _lone_headline_item(ls, line):
                stack.append(line)  # the headline set as a list's only item (Guancha's)
                continue
            if stack:
                break  # a list above the headline: the header ends here
            continue  # a list item is never the headline ("* Log out", tags, meta items)
        if not stack and line.weight <= 3 and not line.cjk:
            passed = passed or line
            continue  # "View Photos", "Our Foreign Staff" between headline and byline
        if not stack and line.cjk and line.words <= 1 and not _is_headline(line):
            continue  # "김민지" with no trade, "中国": a name or a tag, too short for a headline
        if (
            line.weight <= _LONE_TAG_WORDS
            and not line.cjk
            and _tag_over_standfirst(ls, stack, line)
        ):
            continue  # "Comunidad" between the headline and its standfirst (Milenio's)
        stack.append(line)
    last = ls[below.start - 1] if below and below.start > 0 else None
    if not stack and last is not None and _headline_read_as_name(last):
        _unname(last)  # the byline block's last line, over a standfirst in title case
        nxt = ls[last.index + 1] if last.index + 1 < below.stop else None
        dek = nxt is not None and not nxt.label and nxt.words >= _STAND_WORDS
        _set_title(meta, last, nxt if dek else None)
        return
    # Nothing above the byline block but menus: a headline read as a name heads the block,
    # unless it is the block's only name and a headline stands under the block (a blog's).
    named = anchor < len(ls) and _headline_read_as_name(ls[anchor])
    others = any(
        {"byline", "bare-name"} & ln.tags for ln in ls[anchor + 1 : below.start or anchor + 1]
    )
    if not stack and not (named and others) and _title_below(ls, below, meta):
        return
    if not stack and named:
        _unname(ls[anchor])
        stack = [ls[anchor]]
    if not stack and passed is not None and passed.weight >= 2 and lines.heading_like(passed):
        stack = [passed]  # a headline of three words ("Monitoring Distributed Systems"), no other
    if not stack:
        return
    if len(stack) > 1 and _name_alone(stack[0], ls) and len(stack[0].text.split()) <= 3:
        stack = stack[1:]  # the author's name alone between the headline (or standfirst) and text
    title = stand = None
    first = stack[0]
    sentence = first.end_punct and not first.text.endswith(_NO_FULL_STOP)
    echoed = any(ln.key == first.key for ln in ls[anchor + 1 : anchor + _ECHO_REACH])
    # (A headline of two sentences in title case ends on a full stop: "…Running Dry. Now the
    # State Is Stepping In.")
    if echoed and (not sentence or title_cased(first.text)) and _is_headline(first):
        title = first  # the headline printed again under the byline (a sticky bar's copy)
    elif (
        len(stack) > 2
        and stack[2].key == first.key
        and not stack[1].label
        and stack[1].weight >= _DECK_LEAST
        and stack[1].repeats == 1  # (a section's name, "Dominio Público", comes back elsewhere)
        and first.weight * 2 >= stack[1].weight  # (nor a section's tag around the headline)
    ):
        # Macao Daily: the headline, its second deck, the headline again over the date
        title, stand = first, stack[1]
        meta.used[stack[2].index] = "title"
    elif len(stack) > 1 and _labelled_copy(stack[1].text, first.text):
        title = first  # "正在阅读：<the headline>" above it: a sticky bar's label and copy
    elif len(stack) > 1 and _kicker_over_headline(stack[1], first):
        title = first  # BILD's "Nacht-Drama an der A7" over "Trucker schlafen auf dem …"
        meta.used[stack[1].index] = "title"
    elif (
        len(stack) > 2
        and _name_alone(stack[1], ls)
        and _is_headline(stack[2])
        and not _shouted_over_headline(stack[2], first)
    ):
        title, stand = stack[2], first  # headline, then the author's name, then the standfirst
    elif len(stack) > 2 and _over_two_points(stack[2], stack[1], first):
        title, stand = stack[2], stack[1]  # the headline over a standfirst of two points
        meta.used[first.index] = "subtitle"
    elif _under_standfirst(stack):
        title, stand = stack[2], stack[1]  # headline, standfirst, then the lead photo's caption
        credit, nxt = (ls[i] if i < len(ls) else None for i in (first.index + 1, first.index + 2))
        if credit and nxt and {"bare-name"} <= credit.tags and {"bare-name"} <= nxt.tags:
            _unname(credit)  # the photographer's name under the caption, then the writer's
            meta.used[credit.index] = "caption"
    elif (sentence or first.weight > 30) and len(stack) > 1 and stack[1].weight >= 2:
        # (a word alone over a headline of two sentences is its kicker: "Commentary")
        title, stand = stack[1], first
    elif (
        len(stack) > 1
        and not stack[1].bullet
        and (
            _is_headline(stack[1])
            and stack[1].weight >= 4
            or _over_sentence_case(stack[1], first)
            # ("Work Life Leadership": a few words over a headline three times as long,
            # with its standfirst under it, are its kicker; Substack's short title over
            # its subtitle, with no standfirst, is the headline)
            and not (
                stack[1].weight < 4
                and first.weight >= 3 * stack[1].weight
                and not sentence
                and _standfirst_under(ls, first)
            )
        )
        and not _shouted_over_headline(stack[1], first)
        and not _signed_apart(ls, stack[1], first)
        # A Chinese line too short for a standfirst over the date is the headline, whatever
        # stands above it (a search box's suggestion, "七省联合破获特大制毒案").
        and not (
            0 < first.cjk < _CJK_TEASE_HEADLINE
            and first.text.endswith(("”", "」", "？", "！", "?", "!"))
        )
        # A notice of many clauses over the headline ("我司杂志提供免费订阅，…的权利！"):
        # a Chinese headline is seldom so long a sentence.
        and not (stack[1].cjk >= _CJK_LONGEST_TITLE and "prose" in stack[1].tags)
        # nor does a Chinese or Japanese headline end on a full stop ("…略作修改。")
        and not (stack[1].cjk and stack[1].text.rstrip().endswith("。"))
        # A series' name the page prints again (its box, its other stories' kicker) over
        # a headline printed once: "고규홍의 큰 나무 이야기" over "큰 나무의 태풍 대비 전략".
        and not (
            stack[1].repeats > 1
            and first.repeats == 1
            and not first.end_punct
            and first.weight >= stack[1].weight  # (not "来源：中国日报网" under the headline)
        )
    ):
        title, stand = stack[1], first  # (a list item above is a breadcrumb, not a headline)
    elif lines.heading_like(first) or first.weight <= 30:
        title = first
    if title is not None and stand is first and _trail_names(ls, title, first):
        title, stand = first, None  # "Inicio » México » UNAM desarrolla…" over the kicker
    if stand is not None and stand.cjk and stand.cjk < _CJK_STANDFIRST and not stand.end_punct:
        stand = None  # "中国・台湾" under a Japanese headline: its section's tag
    # A short first line over a tagline is the site's name and motto: a blog's
    # header, with the date over the post's headline below.
    masthead = title is not None and title.index == 0 and stand is not None and title.weight <= 5
    if masthead and _title_below(ls, below, meta):
        return
    short = stand is not None and title is not None and _over_sentence_case(title, stand)
    # The paste's first line, alone over the text: a headline of three words
    # ("اجتماع المجلس البلدي"), however few letters a script needs to write them.
    alone = (
        title is not None
        and title.index == 0 == anchor - 1
        and title.words >= 2
        and not _COLUMN_GAP.search(title.text)
    )
    if title is None or not (_is_headline(title) or short or alone):
        _title_below(ls, below, meta)
        return
    _set_title(meta, title, stand)


def _writers_trade(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether a short line between a writer's name and the date is the writer's trade.

    A columnist's line ("Economista y docente universitaria") reads as a short
    headline; printed between the byline and its date, it is part of the byline.
    """
    if line.index == 0 or line.index + 1 >= len(ls) or line.end_punct:
        return False
    above, below = ls[line.index - 1], ls[line.index + 1]
    return (
        line.weight <= _TRADE_WORDS
        and "bare-name" in above.tags
        and below.label == "date"
        and below.date_iso is not None
    )


_TRADE_WORDS = 6  # "Profesora de Economía en la Universidad Católica"

_DECK_LEAST = 4  # the words of a second deck under the headline, more than a section's

#: Ends of a line that are no full stop: a question, a quote closed, a tease ("唯一的要求竟是……").
_NO_FULL_STOP = ("?", "!", "？", "！", "؟", "”", '"', "»", "«", "…", "...", "」", "』")
_STANDFIRST_ONLY = 25  # words no headline runs to: a standfirst's
_HEADLINE_LEAST = 6  # words of a full headline, not a kicker's


def _standfirst_under(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether a sentence of a standfirst's length stands right under ``line``."""
    under = ls[line.index + 1] if line.index + 1 < len(ls) else None
    return (
        under is not None
        and not under.label
        and "prose" in under.tags
        and under.end_punct
        and under.weight >= _STAND_WORDS
    )


def _tag_row(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether ``line`` is an item of a short bulleted run of tags right under a headline.

    Mainichi lists a story's sections ("* 社会", "* 教育", "* 東京") between its
    headline and its date; the lexicon knows some of them as menu items. A
    run of a few one-word items with a heading-like line over it is the
    story's tags, not the site's menu, which runs longer.
    """
    if not line.bullet or line.weight > _TAG_ROW_WORDS:
        return False
    top = line.index
    while top > 0 and ls[top - 1].bullet and ls[top - 1].weight <= _TAG_ROW_WORDS:
        top -= 1
    bottom = line.index
    while (
        bottom + 1 < len(ls) and ls[bottom + 1].bullet and ls[bottom + 1].weight <= _TAG_ROW_WORDS
    ):
        bottom += 1
    over = ls[top - 1] if top > 0 else None
    return (
        bottom - top + 1 <= _TAG_ROW_ITEMS
        and over is not None
        and not over.label
        and not over.bullet
        and lines.heading_like(over)
    )


_TAG_ROW_WORDS = 2
_TAG_ROW_ITEMS = 4


def _under_standfirst(stack: list[lines.Line]) -> bool:
    """Whether the line over the byline is a caption under a standfirst under the headline.

    El País and La Nación print the lead photo's caption between the
    standfirst and the byline; the standfirst, longer than any headline,
    would otherwise be read as the headline with the caption as its dek.
    """
    if len(stack) < 3:
        return False
    first, stand, head = stack[:3]
    return (
        not (first.cjk or stand.cjk or head.cjk)
        and stand.weight >= _STANDFIRST_ONLY
        and first.weight < stand.weight
        and _HEADLINE_LEAST <= head.weight < stand.weight
        and lines.heading_like(head)
        and _is_headline(head)
    )


def _boxed(ls: list[lines.Line], line: lines.Line) -> bool:
    """A donation or sign-up box's pitch, between its heading and its button.

    ("Your support helps us to tell the story" / the pitch / "Support Now",
    The Independent's, between the standfirst and the byline.)
    """
    if line.label or not 0 < line.index < len(ls) - 1:
        return False
    return ls[line.index - 1].label == ls[line.index + 1].label == "newsletter"


def numbered_labels(ls: list[lines.Line]) -> set[str]:
    """Short lines the text prints three times or more with other numbers.

    A transcript heads each answer with its speaker and time ("Maria Lopez
    00:01:05"), a how-to each step with its number: the words of such a
    label say what a part of the text is, never the whole text's title.
    """
    seen: dict[str, set[str]] = {}
    for line in ls:
        if line.weight <= _LABEL_WORDS and _DIGIT.search(line.text):
            seen.setdefault(letters_key(line), set()).add(line.text)
    return {key for key, texts in seen.items() if key and len(texts) >= _LABEL_NUMBERS}


def letters_key(line: lines.Line) -> str:
    """A line's words without its numbers: "Step 3" and "Step 4" share one."""
    return _NOT_LETTERS.sub(" ", line.text).strip().casefold()


_LABEL_WORDS = 8
_LABEL_NUMBERS = 3
_DIGIT = re.compile(r"\d")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _lone_headline_item(ls: list[lines.Line], line: lines.Line) -> bool:
    """A list's only item, as long as a headline, right over the byline block.

    Some sites set the headline in a one-item list; an item among others (a
    menu, tags, the byline's pieces) or a short one ("* Log out") is not it.
    """
    near = [ls[i] for i in (line.index - 1, line.index + 1) if 0 <= i < len(ls)]
    return (
        line.label is None
        and "contents" not in line.tags
        and not any(n.bullet and not _nested_under(n, line) for n in near)
        and _is_headline(line)
        and (line.cjk >= _ITEM_HEADLINE_CJK or line.words >= _ITEM_HEADLINE_WORDS)
    )


def _nested_under(item: lines.Line, line: lines.Line) -> bool:
    """An item of a list inside ``line``'s item: indented deeper, right under it.

    (Guancha's headline item holds its columnist's title as a nested item.)
    """

    def indent(ln: lines.Line) -> int:
        return len(ln.raw) - len(ln.raw.lstrip())

    return item.index == line.index + 1 and indent(item) > indent(line)


_ITEM_HEADLINE_CJK = 10
_ITEM_HEADLINE_WORDS = 6


def _labelled_copy(line: str, headline: str) -> bool:
    """Whether ``line`` is the headline after a short label: "正在阅读：…", "Now reading: …"."""
    label, sep, rest = line.partition("：") if "：" in line else line.partition(": ")
    return bool(sep) and rest.strip() == headline.strip() and 0 < len(label) <= _BAR_LABEL_CHARS


_BAR_LABEL_CHARS = 16


def title_read_as_name(ls: list[lines.Line], start: int, meta: Meta) -> None:
    """With no headline found, the header's line in title case that was read as a name.

    Over another name ("Council Backs Riverside Parks" over "Richard Eskow")
    or under a date at the top, a short headline in title case takes a bare
    name's label; when nothing else heads the text, it is the headline.
    """
    if meta.title:
        return
    line = next((ln for ln in ls[:start] if _headline_read_as_name(ln)), None)
    if line is not None:
        _unname(line)
        _set_title(meta, line, None)


def _signed_apart(ls: list[lines.Line], upper: lines.Line, first: lines.Line) -> bool:
    """A byline between two lines that end like no sentence: they are no headline and standfirst.

    "The World for People who Think" (a site's motto) over a section's name
    read as a byline ("Puppet Masters"), then the headline with its own
    byline and date under it: the line nearest the byline block is the headline.
    """
    if first.weight >= _STANDFIRST_UNDER_NAME and upper.weight < first.weight:
        return False  # the headline, the columnist's name, then a standfirst of twenty words
    return not first.end_punct and any(
        "byline" in ln.tags for ln in ls[upper.index + 1 : first.index]
    )


_STANDFIRST_UNDER_NAME = 20


def _tag_over_standfirst(ls: list[lines.Line], stack: list[lines.Line], tag: lines.Line) -> bool:
    """Whether a section's tag (or up to four) stands between a headline and the standfirst.

    "OPINION" (La Tribune), "Comunidad" (Milenio), "Entreprise" / "Industrie"
    (Challenges): the headline is the first longer line above the tags.
    """
    k = tag.index - 1
    while k >= 0 and tag.index - k <= _TAGS_IN_ROW and ls[k].weight <= _LONE_TAG_WORDS:
        k -= 1  # another tag above this one
    above = ls[k] if k >= 0 and tag.index - k <= _TAGS_IN_ROW else None
    return (
        len(stack) == 1
        and "prose" in stack[0].tags
        and stack[0].words >= _STAND_WORDS
        and above is not None
        and above.words >= _TAGGED_HEADLINE_WORDS
        and not above.end_punct
        and lines.heading_like(above)
    )


_TAGGED_HEADLINE_WORDS = 4
_TAGS_IN_ROW = 4  # "Iraq" / "Turkey" / "Water" / "Climate" (Al-Monitor's)
_LONE_TAG_WORDS = 2


def _headline_read_as_name(line: lines.Line) -> bool:
    """A short headline in title case that the labels took for an author's bare name.

    "Council Backs Riverside Parks" reads as a name for its capitals. A name
    of four words or more is rare; such a line is the headline when it stands
    over the standfirst, or heads the byline block with nothing but menus above.
    """
    return (
        line.label == "byline"
        and "bare-name" in line.tags
        and "signed" not in line.tags
        and not line.cjk
        and len(line.text.split()) >= _NAME_AS_HEADLINE_WORDS  # ("Richard (R.J.) Eskow": 3)
        and lines.heading_like(line)
        and _is_headline(line)
        and _name_then_trade(line.text) is None  # ("Priya Oduya Local Democracy Reporter")
    )


_NAME_AS_HEADLINE_WORDS = 4


def _unname(line: lines.Line) -> None:
    line.label, line.persons = None, ()
    line.tags -= {"bare-name", "byline"}


def _photo_button(ls: list[lines.Line], line: lines.Line) -> bool:
    """A short labelled line beside a photo's caption: the gallery's, not the header's end."""
    beside = ls[max(0, line.index - 1) : line.index + 2]
    return line.weight <= 3 and any(ln.label == "caption" for ln in beside)


def _over_sentence_case(head: lines.Line, under: lines.Line) -> bool:
    """A short headline in title case over a standfirst in sentence case.

    "China's Lithography Push" over "What we know about SMEE's new scanner,
    and what it means": three capitalised words are a headline, not a kicker,
    when the line under them is written as a sentence.
    """
    if head.cjk or under.cjk or head.words < _SHORT_HEADLINE_WORDS:
        return False
    if under.words < max(_STANDFIRST_WORDS, 3 * head.words):
        return False  # a headline in sentence case under a kicker is no longer than that
    # German capitalises its nouns: "Streit im Stadtrat" over "48 Wohnungen am Ortsrand:
    # Grafinger Bauausschuss stimmt knapp für Neubaugebiet…" is a kicker over the headline.
    capitals = [w[0].isupper() for w in long_words(under.text)]
    if sum(capitals) * 2 >= len(capitals):
        return False
    return title_cased(head.text) and not title_cased(under.text)


def _shouted_over_headline(above: lines.Line, first: lines.Line) -> bool:
    """A row of capitals over a line in title case: a menu's sections over the headline.

    "BUSINESS SMALL BUSINESS DAILYFINANCE REAL ESTATE ..." over "Federal
    Reserve's Low Rate Policy Is A 'Dangerous Gamble'": a standfirst is written
    as a sentence, so the title-case line is the headline.
    """
    letters = [c for c in above.text if c.isalpha()]
    return (
        not above.cjk
        and len(letters) >= _SHOUTED_LETTERS
        and all(c.isupper() for c in letters)
        and not above.end_punct
        and first.words >= _SHORT_HEADLINE_WORDS
        and not first.end_punct
        and title_cased(first.text)
    )


_SHOUTED_LETTERS = 12


def _over_two_points(head: lines.Line, one: lines.Line, two: lines.Line) -> bool:
    """A headline in title case over two sentence-case lines: a standfirst of two points.

    "China Sets Up Third Chip Fund With $47.5 Billion" over "Beijing ramps up
    effort..." and "Finance ministry is the largest shareholder...": a
    business wire's summary bullets, copied without their bullets.
    """
    if lines.HANGUL.search(head.text):
        # A Korean headline over two shorter points (한겨레's subheadline), none of them a
        # sentence: the headline is the longest of the three.
        return (
            all(not ln.end_punct and not ln.bullet and ln.weight >= 3 for ln in (one, two))
            and head.weight >= _POINTS_SHORTER * max(one.weight, two.weight)
            and not head.end_punct
            # one block, the headline and its points on the lines right under it
            and one.index == head.index + 1
            and two.index == one.index + 1
            and not (one.blank_before or two.blank_before)
        )
    if head.cjk or head.words < _TWO_POINTS_HEADLINE:
        return False
    if not title_cased(head.text):
        # SCMP's headline over its two summary points, all three in sentence case and
        # none a sentence: one block of three full lines, with no kicker among them.
        return (
            all(
                not ln.cjk
                and not ln.bullet
                and not ln.end_punct
                and _TWO_POINTS_HEADLINE <= ln.words <= _POINT_WORDS
                for ln in (head, one, two)
            )
            and (one.index, two.index) == (head.index + 1, head.index + 2)
            and not (one.blank_before or two.blank_before)
        )
    # (German capitalises its nouns: "Kommentar zur Velostation Bahnhof Bern" is a kicker in
    # title case over the headline and its standfirst, in German's sentence case)
    if _GERMAN_SENTENCE.search(f"{one.text} {two.text}"):
        return False
    return all(
        not ln.cjk
        and not ln.bullet
        and ln.words >= _TWO_POINTS_HEADLINE
        and not title_cased(ln.text)
        for ln in (one, two)
    )


#: German's small words that English never writes (not "die" nor "den").
_GERMAN_SENTENCE = re.compile(r"\b(?:und|ist|nicht|für|weil|auf|mit|der|das|sind|wird)\b")
_TWO_POINTS_HEADLINE = 5  # words of the headline and of each point, at least
_POINT_WORDS = 30  # a summary point is no paragraph
_POINTS_SHORTER = 1.15  # how much longer a headline is than the points under it, at least


def long_words(text: str) -> list[str]:
    """The words of four letters or more: those a title capitalises."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]


def title_cased(text: str) -> bool:
    """Every word of four letters or more capitalised (small words may not be)."""
    words = long_words(text)
    return bool(words) and all(w[0].isupper() for w in words)


def _kicker_over_headline(kicker: lines.Line, headline: lines.Line) -> bool:
    """A German kicker of four words at most over a headline of six to fourteen, no stop in it.

    German tabloids and magazines print a "Dachzeile" over the headline ("Nacht-Drama an
    der A7" / "Trucker schlafen auf dem Standstreifen – weil kein Parkplatz frei ist"); a
    standfirst under a headline runs longer, or ends on a full stop.
    """
    return (
        not kicker.cjk
        and not headline.cjk
        and 1 <= kicker.words <= _KICKER_MAX_WORDS
        and not kicker.end_punct
        and _HEADLINE_MIN_WORDS <= headline.words <= _HEADLINE_MAX_WORDS
        and not headline.end_punct
        and headline.words >= 2 * kicker.words
        # (a German convention: Substack's short title over its subtitle is a headline)
        and _GERMAN_WORDS.search(f"{kicker.text} {headline.text}") is not None
    )


_GERMAN_WORDS = re.compile(r"\b(?:der|die|das|und|auf|mit|für|ist|nicht|weil|dem|den|des)\b")
_KICKER_MAX_WORDS = 4
_HEADLINE_MIN_WORDS = 6
_HEADLINE_MAX_WORDS = 14


def _trail_names(ls: list[lines.Line], above: lines.Line, headline: lines.Line) -> bool:
    """Whether a trail over ``above`` ends on ``headline``'s first words, cut short.

    EFE: "Inicio » México » UNAM desarrolla un bioinsecticida con hongo nativo…" over
    "México Ciencia y Tecnología" (the sections) over the headline itself.
    """
    opening = headline.text[:_TRAIL_ECHO_CHARS]
    return len(headline.text) > _TRAIL_ECHO_CHARS and any(
        opening in ln.text and ln.text.rstrip().endswith(("…", "...")) and ln.text != headline.text
        for ln in ls[max(0, above.index - _TRAIL_REACH) : above.index]
    )


_TRAIL_ECHO_CHARS = 24
_TRAIL_REACH = 3


def _doubled_heading(ls: list[lines.Line], anchor: int, meta: Meta) -> lines.Line | None:
    """A heading printed twice right above the text: a breadcrumb's last item, then the h1.

    Documentation pages title a page in two words ("Working offline"), too
    short to read as a headline on its own; said twice, it is one.
    """
    near = [
        ln
        for ln in ls[max(0, anchor - 4) : anchor]
        if ln.label not in _HEADER_FURNITURE and ln.index not in meta.used and _has_letters(ln)
    ][-2:]
    if len(near) < 2 or near[1].label or near[1].bullet:
        return None
    # (or with a trail's links run on before it: "HomeLatest NewsNollywood Actress, …")
    head, alone = near[0].text.strip(), near[1].text.strip()
    glued = (
        len(near[1].key) >= _GLUED_HEADING_KEY
        and len(head) > len(alone)
        and head.endswith(alone)
        and (
            head[-len(alone) - 1].isalnum()  # no space between: a link's text run on
            # or the trail's separator: "Home » News » Kaduna: Barnawa residents …" (The Punch)
            or head[: -len(alone)].rstrip()[-1:] in _TRAIL_MARKS
        )
    )
    if near[0].key != near[1].key and not glued:
        return None
    top = near[1]
    return top if lines.heading_like(top) and (top.words >= 2 or top.cjk >= 2) else None


_TRAIL_MARKS = frozenset("»›>/|·")
_GLUED_HEADING_KEY = 20  # characters of a headline a trail may be run on before, at least
_STAND_WORDS = 6  # a standfirst is a sentence, not a kicker or a button
_OPEN_TITLE_WORDS = 25  # a headline read as prose is no longer than this


_KICKER_WORDS = 3


def _title_below(ls: list[lines.Line], below: range, meta: Meta) -> bool:
    """The headline printed under the date or byline, right above the text."""
    for i in below:
        line = ls[i]
        if line.label in _HEADER_FURNITURE or i in meta.used or not _has_letters(line):
            continue
        if line.bullet and not line.label:
            continue  # the post's tags ("* SQL") under its date
        if line.label in (None, "menu") and line.weight <= 2 and not _is_headline(line):
            continue  # the same tags copied without their bullets, a section's name
        if line.label == "menu" and line.lexicon == "menu":
            continue  # a kicker the lexicon knows ("TYLKO U NAS", "EXCLUSIVE")
        if lines.is_breadcrumb(line):
            continue  # "Home › News › Cities" between the date and the headline
        nxt = ls[i + 1] if i + 1 < below.stop else None
        if (
            not line.label
            and line.weight <= _KICKER_WORDS
            and not line.end_punct
            and nxt is not None
            and not nxt.label
            and lines.heading_like(nxt)
            and _is_headline(nxt)
            and nxt.weight > line.weight
        ):
            continue  # n-tv's kicker, "Frost vernichtet Blüten", over the headline
        # (a headline of two sentences in title case ends on a full stop: "We Scrapped
        # Parking Minimums in Our Downtown. Here’s What Happened in Year One.")
        shaped = lines.heading_like(line) or (
            title_cased(line.text) and line.words >= _HEADLINE_LEAST
        )
        if line.label or not shaped or not _is_headline(line):
            return False
        stand = nxt if nxt is not None and "prose" in nxt.tags and nxt.end_punct else None
        _set_title(meta, line, stand)
        meta.title_below = True
        return True
    return False


def title_from_first_line(ls: list[lines.Line], start: int, meta: Meta) -> None:
    """The body's first line as the headline, when nothing above it was one.

    A headline in sentence case ("Le conseil municipal adopte un nouveau plan
    pour les parcs") has as many small words as prose and opens the run of
    prose; with no sentence end and paragraphs under it, it is the headline.
    """
    if meta.title or start + 1 >= len(ls):
        return
    first = ls[start]
    if (
        "open" in first.tags
        and not first.end_punct
        and not first.bullet
        and _is_headline(first)
        and first.weight <= _OPEN_TITLE_WORDS
        and any("prose" in ln.tags and ln.end_punct for ln in ls[start + 1 : start + 3])
    ):
        _set_title(meta, first, None)


#: The line a wiki prints under an article's title, in the languages Clipper reads:
#: "From Wikipedia, the free encyclopedia", "Aus Wikipedia, der freien Enzyklopädie"...
_WIKI_TAGLINE = re.compile(
    r"^(?:from|aus|de|un article de|da)\s+(?P<site>wiki[^\W\d_]+)\s*,"
    r"|^(?P<zh>维基百科|維基百科)，自由的百科全[书書]"
    r"|^出典[:：]\s*フリー百科事典『(?P<ja>ウィキペディア)",
    re.IGNORECASE,
)
_WIKI_REACH = 12  # lines from the top where a wiki's tagline may stand


def wiki_title(ls: list[lines.Line], meta: Meta) -> str | None:
    """A wiki article's title, the line over its tagline; the wiki's name, or None.

    A copied Wikipedia page opens with the title, then "From Wikipedia, the
    free encyclopedia", then hatnotes and an infobox whose rows read as
    headlines ("Stages of independence from the United Kingdom"): the
    tagline says which line the title is, in every language's edition.
    """
    for line in ls[1:_WIKI_REACH]:
        m = _WIKI_TAGLINE.match(line.text.strip())
        if not m:
            continue
        title = ls[line.index - 1]
        if title.end_punct or not 1 <= max(title.words, title.cjk // 2) <= _OPEN_TITLE_WORDS:
            return None
        if meta.title_index is not None and meta.used.get(meta.title_index) == "title":
            del meta.used[meta.title_index]
        _set_title(meta, title, None)
        meta.used[line.index] = "boilerplate"
        return m.group("site") or m.group("zh") or m.group("ja")
    return None


def credit_opens_text(line: lines.Line) -> bool:
    """Whether a Chinese agency's or paper's credit opens a paragraph that goes on after it.

    "新京报快讯（记者 裴剑飞）今日有网友爆料，……。" is the article's first
    paragraph, however short: the reporter is its author, and the line stays text.
    """
    m = _ZH_DATELINE_AFTER.match(line.text) or _ZH_DATELINE_GLUED.match(line.text)
    rest = line.text[m.end() :] if m else ""
    return line.end_punct and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= _CREDIT_TEXT_CHARS


_CREDIT_TEXT_CHARS = 10  # Chinese characters of text after the credit, at least


def dateline_author(ls: list[lines.Line], body_from: int, meta: Meta) -> None:
    """The reporters a Japanese paper or a Chinese agency names in the dateline opening the text.

    "【北京=田中一郎】中国政府は...": with no byline above, the name after the
    place is the author; the paragraph keeps its dateline, as "BERLIN
    (Reuters) -" keeps its own. Chinese agencies name them after the dateline
    ("...日电（记者张三）") or glue them to the place ("（中央社記者吳家豪台北27日電）").
    """
    if meta.authors or body_from >= len(ls):
        return
    text = ls[body_from].text
    found: list[str] = []
    if m := _CJK_DATELINE.match(text):
        meta.authors = (m.group(1),)  # the bracket's form names a reporter: "吉永亜希子" has five
        meta.add("authors", m.group(1), "text")
        return
    elif m := _ZH_DATELINE_AFTER.match(text):
        found = re.split(r"[、，,\s]+", m.group(1).strip())
    elif m := _KO_DATELINE.match(text):
        found = _korean_names(m.group("names"))
    elif m := _ZH_DATELINE_GLUED.match(text):
        *names, last = re.split(r"[、，,]", m.group(1))
        place_cut = len(last) - 2 if len(last) <= _ZH_NAME_AND_PLACE else 3
        found = [*names, last[:place_cut]]
    elif m := _ZH_REPORTED_FROM.match(text):
        found = [n for n in re.split(r"[、，,\s]+", m.group(1)) if n]
    elif m := _ZH_BRACKET_REPORTERS.match(text):
        found = _cjk_authors(m.group(1))  # "【环球时报特约记者 林雨桐 …特约记者 周屹】…"
    elif m := _JA_NAME_CLOSING.search(text):
        for name in m.group(1).split("、"):  # the bracket's form names reporters, as above
            meta.add("authors", name, "text")
        meta.authors = tuple(m.group(1).split("、"))
        return
    found = [n for n in found if lines.looks_like_name(n) or lines.korean_name(n)]
    if found:
        meta.authors = tuple(found)
        for name in found:
            meta.add("authors", name, "text")


# A wire story's closing credit: "Reporting by Ella Cao in Beijing and Brenda Goh; Editing by ...".
_REPORTED_BY = re.compile(r"^(?:reporting|writing|reported|written)\s+by\s+([^;]+)", re.IGNORECASE)
_CREDIT_REACH = 4  # lines past the text's end where the closing credit may stand


def credit_authors(ls: list[lines.Line], body_from: int, end: int, meta: Meta) -> None:
    """The reporters a wire story names in its closing credit, when its byline names none.

    A wire's own byline is the agency ("By Reuters"), or absent; the people
    who reported it are named under the text. "Additional reporting by" and
    "Editing by" name helpers, not authors. A Chinese article names its
    writer under the text too ("作者︱春春"); its editor ("责任编辑") is no author.
    """
    if meta.authors:
        return
    for line in ls[max(0, body_from - _REPOST_REACH) : min(len(ls), end + _CREDIT_REACH)]:
        if repost := _REPOST_AUTHOR.match(line.text):
            _one_author(meta, repost.group(1), "credit")  # "本文来自微信公众号：…，作者：陈墨"
            return
    last = ls[end - 1] if body_from < end <= len(ls) else None
    signed = _JA_NAME_AT_END.search(last.text) if last is not None and last.cjk else None
    if signed and not signed.group(1).endswith(_JA_PLACE_ENDS):
        # Tokyo Shimbun: "…と指摘している。（山田雄一）"
        _one_author(meta, signed.group(1), "credit")
        return
    for line in ls[body_from : min(len(ls), end + _CREDIT_REACH)]:
        if line.label == "byline" and line.cjk and line.index >= end:
            # A Chinese article signs under its text: "作者︱春春", "作者：张三".
            found = _cjk_authors(line.text)
            if found:
                meta.authors = tuple(found)
                for n in found:
                    meta.add("authors", n, "credit")
                return
        m = _REPORTED_BY.match(line.text) if line.label == "byline" else None
        if m is None:
            continue
        found = [n for n in names.split_names(names.without_places(m.group(1))) if n]
        if found and all(lines.looks_like_name(n) for n in found):
            meta.authors = tuple(found)
            for n in found:
                meta.add("authors", n, "credit")
        return


def _one_author(meta: Meta, name: str, source: str) -> None:
    meta.authors = (name,)
    meta.add("authors", name, source)


#: A post reposted from a public account names its writer in its note: "本文来自微信公众号：
#: 硬核财经局 （ID：…），作者：陈墨，编辑：周楠，…".
_REPOST_AUTHOR = re.compile(
    r"^本文(?:来自|转载自|经授权转载自).{0,80}?作者[:：]\s*([\u4e00-\u9fff·]{2,4})(?=[，,。；;\s]|$)"
)
_REPOST_REACH = 3  # lines over the text where the repost note stands
#: A Japanese paper signs its text with the reporter's name in brackets at the end:
#: "…と指摘している。（山田雄一）"; an agency's "（共同）" or "（時事）" is shorter.
_JA_NAME_AT_END = re.compile(r"[。」]\s*（([\u4e00-\u9fff]{3,5})）$")
_JA_PLACE_ENDS = tuple("都道府県市区町村省国社局部庁")  # a place's or an office's name
_OFFICE = re.compile(
    r"(?:the\s+)?(?:office|department|bureau|ministry|division|directorate|agency|secretariat"
    r"|press office|communications)\b",
    re.IGNORECASE,
)


def pick_standfirst(ls: list[lines.Line], body_from: int, meta: Meta) -> None:
    """A sentence between the headline and the byline, when nothing else took it.

    The header ends at the byline, so a standfirst printed above it would go
    with the header; said in a sentence of its own, it is the standfirst.
    """
    if meta.subtitle is not None or meta.title_index is None:
        return
    between = [
        ln
        for ln in ls[meta.title_index + 1 : body_from]
        if ln.index not in meta.used
        and not ln.label
        and _has_letters(ln)
        and not lines.caption_after_credit(ls, ln.index)
        and not _ADDRESS_LINE.fullmatch(ln.text.strip())  # the page's link, to copy
    ]
    stands = [ln for ln in between if ln.weight >= _STAND_WORDS]
    if _points(stands):
        # A Korean paper's subtitle of two or three points: the first, the others with it.
        meta.subtitle, meta.subtitle_index = stands[0].text, stands[0].index
        meta.add("subtitle", stands[0].text, "text")
        for point in stands:
            meta.used[point.index] = "subtitle"
        return
    # An office's name under a press release's headline is its contact, no standfirst.
    if len(stands) == 1 and (
        stands[0].end_punct or lines.heading_like(stands[0]) and not _OFFICE.match(stands[0].text)
    ):
        stand = stands[0]
        meta.subtitle, meta.subtitle_index = stand.text, stand.index
        meta.used[stand.index] = "subtitle"
        meta.add("subtitle", stand.text, "text")


_POINTS = (2, 3)  # the points of a subtitle printed one a line


def _points(stands: list[lines.Line]) -> bool:
    """Short Chinese, Japanese or Korean headings one under the other: a subtitle's points."""
    return (
        _POINTS[0] <= len(stands) <= _POINTS[1]
        and all(
            ln.cjk and lines.heading_like(ln) and not lines.korean_sentence(ln) for ln in stands
        )
        and all(b.index == a.index + 1 for a, b in itertools.pairwise(stands))
    )


def _has_letters(line: lines.Line) -> bool:
    return re.search(r"[^\W\d_]", line.text) is not None


# A kicker glued to the headline by its colon, as one page's two spans copy:
# "Halbleiter:China legt Milliardenfonds auf" (a title's own colon has a space after it).
_GLUED_KICKER = re.compile(r"^[A-ZÀ-Ý][^\s:]{2,30}:(?=[A-ZÀ-Ý][a-zà-ÿ])")


def asked_title_under_block(
    ls: list[lines.Line], start: int, end: int, block_end: int, meta: Meta
) -> None:
    """The headline right under the byline block, when it asks or quotes and opens the run.

    Numerama prints the writer and the dates over the headline: "Un astéroïde
    de 60 mètres frôlera la Terre en octobre : faut-il s'inquiéter ?" ends
    like a sentence and opens the text's run, over its standfirst. A line
    that asks a question or ends on a quotation, no longer than a headline,
    right under the block and over a longer sentence, is the headline.
    """
    if meta.title or start != block_end or start + 1 >= end:
        return
    head, nxt = ls[start], ls[start + 1]
    text = head.text.rstrip()
    if head.label or head.weight > _ASKED_HEADLINE_WORDS:
        return
    if not (text.endswith(("?", "？")) or QUOTED_END.search(text)):
        return
    if "prose" not in nxt.tags or nxt.weight <= head.weight:
        return
    _set_title(meta, head, nxt)


_ASKED_HEADLINE_WORDS = 20
#: A headline that ends on a quotation: "Amaia Urrutia: «Cambiar la barquilla … abierto»".
QUOTED_END = re.compile(r"[«“„\"「『]\s*[^«»“”\"「」『』]{3,}[»”\"」』]$")


def _set_title(meta: Meta, title: lines.Line, stand: lines.Line | None) -> None:
    text = lines.BULLET_START.sub("", title.text) if title.bullet else title.text
    meta.title = boilerplate.without_badge(_GLUED_KICKER.sub("", text))
    meta.title_index = title.index
    meta.used[title.index] = "title"
    meta.add("title", meta.title, "heading")
    meta.add("title", text, "heading")  # with its kicker, if it had one
    if stand is not None and stand.key == title.key:
        meta.used[stand.index] = "title"  # the headline printed twice, one under the other
        stand = None
    if stand is not None:
        meta.subtitle, meta.subtitle_index = stand.text, stand.index
        meta.used[stand.index] = "subtitle"
        meta.add("subtitle", stand.text, "text")


def _is_headline(line: lines.Line) -> bool:
    if _COLUMN_GAP.search(line.text):
        return False  # cells of a row laid out in columns, not one headline
    if _ADDRESS_LINE.fullmatch(line.text.strip()):
        return False  # the page's address, copied from a share box
    if line.cjk:
        return 5 <= line.cjk <= 80
    return 2 <= line.words <= 40 and not (line.words <= 3 and line.chars < 25)


def printed_alone(ls: list[lines.Line], title: str, title_index: int | None) -> str:
    """The headline without what a logo glued to it, when the page prints it alone too.

    A masthead's ``h1`` may hold the headline and the site's name with no
    space between ("…de la InfantaUltima Hora Mallorca"); the headline over
    the text is printed alone. A line elsewhere that the title starts with,
    lacking only a few words at its end, is the headline.
    """
    title_key = key(title)
    for line in ls:
        if line.index == title_index or len(line.key) < _ALONE_SHARE * len(title_key):
            continue
        if line.bullet or line.label or line.text.rstrip().endswith(("...", "…")):
            continue  # a link to the story in a list, the headline cut short in a teaser
        if _glued_to(title_key, line.key):
            return line.text.strip()
    return title


def glued_to(title: str, headline: str) -> bool:
    """Whether ``title`` is ``headline`` with a few words glued on at its end (a site's name)."""
    title_key, headline_key = key(title), key(headline)
    return len(headline_key) >= _ALONE_SHARE * len(title_key) and _glued_to(title_key, headline_key)


def _glued_to(title_key: str, headline_key: str) -> bool:
    rest = title_key[len(headline_key) :]
    return title_key.startswith(headline_key) and bool(rest) and len(rest) <= _GLUED_CHARS


_ALONE_SHARE = 0.6  # of the title's letters the headline printed alone holds, at least
_GLUED_CHARS = 30  # letters of a site's name glued to the headline, at most


_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S+")


def strip_site(title: str, site: str | None) -> str:
    """Drop a site name glued to a title ("Title | Site", "Site - Title")."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [p for p in parts if key(p) != key(site)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    return title


_SOURCE_LINE_WORDS = 8  # "来源：界面新闻", "Source: Reuters and AP": a credit, no headline
#: The label of a line naming where a story comes from: "来源：新华网", "Source: Reuters".
_SOURCE_LABEL = re.compile(r"^(?:来源|來源|稿源|source|quelle|fuente)\s*[:：]\s*", re.IGNORECASE)


def pick_site(ls: list[lines.Line], url: str | None, meta: Meta) -> None:
    """The site's name: the URL's host, a copyright holder, a masthead line."""
    from clipper.clean import metadata  # the HTML side's helpers for hosts

    votes: dict[str, float] = {}
    shown: dict[str, str] = {}

    def vote(value: str, source: str, weight: float) -> None:
        value = _SOURCE_LABEL.sub("", value.strip())  # "来源：新华网" names 新华网
        value = _COMPANY_SUFFIX.sub("", value.strip(" .,|·-")).strip()
        if len(value.split()) > 2:
            value = re.sub(r"\s+(?:Company|Newspapers?|Publishers)$", "", value)
        if not value or len(value) > 60 or not re.search(r"[^\W\d_]", value):
            return
        k = key(value)
        votes[k] = votes.get(k, 0) + weight
        if k not in shown or shown[k].isupper() or shown[k].istitle() and not value.istitle():
            shown[k] = value  # "El Faro del Sur" from the footer beats "EL FARO DEL SUR"
        meta.add("site", value, source)

    host = metadata.domain_of(url) if url else None
    if host:
        vote(host, "url", 2.5)
    publishers: dict[str, float] = {}  # holders named as companies: their copyright votes
    cores: dict[str, str] = {}  # their names without the company's words
    holders: set[str] = set()  # every copyright holder's name
    companies: set[str] = set()  # the holders named with their legal form ("… Limited")
    credited: set[str] = set()  # names after a copyright mark seen so far
    mastheads: set[str] = set()  # the names the page prints over its menu
    for line in ls:
        holder = copyright_holder(line.text) if line.chars < 200 else None
        if holder:
            # "© UC Global" alone is a photo's credit; the site's notice has its years
            # or its rights ("Original content © 2002-2023 by Sott.net").
            mark = line.text.find("©")
            # (the notice's own years: "… fondée en 1921. © Pascal Guittet" credits a photo)
            notice = _NOTICE.search(line.text[mark:] if mark > 0 else line.text) is not None
            if not notice and key(holder) in credited:
                continue  # the photographer of each picture, credited under each one
            credited.add(key(holder))
            vote(holder, "text", _COPYRIGHT_VOTE if notice else _CREDIT_VOTE)
            holders.add(key(_COMPANY_SUFFIX.sub("", holder.strip(" .,|·-")).strip()))
            after = line.text[line.text.find(holder) + len(holder) :] if holder in line.text else ""
            if _COMPANY_SUFFIX.search(holder.strip(" .,|·-")) or _LEGAL_FORM_NEXT.match(after):
                companies.add(key(_COMPANY_SUFFIX.sub("", holder.strip(" .,|·-")).strip()))
            if _PUBLISHER_WORDS.search(holder) or _PARTNERS.search(holder):
                k = key(_COMPANY_SUFFIX.sub("", holder.strip(" .,|·-")).strip())
                publishers[k] = publishers.get(k, 0) + _COPYRIGHT_VOTE
                cores[k] = key(_PUBLISHER_WORDS.sub(" ", holder))
        src = _CJK_SOURCE.search(line.text)
        if src and line.date_iso:
            vote(src.group(1), "text", 1.5)
        if runner := _CJK_HOST.match(line.text):
            vote(runner.group(1), "text", 3)
        if (
            line.label == "byline"
            and not byline_names(line)
            and (desk := _DESK_AND_WIRE.match(line.text))
        ):
            vote(desk.group(1), "text", 2)  # "Par Le Soir avec Belga": the paper's desk, the wire
        if "byline" in line.tags and (domain := _BYLINE_DOMAIN.search(line.text)):
            vote(domain.group(1), "text", 2)  # "By ZHANG XIN | chinadaily.com.cn | Updated: ..."
        if line.date_iso and line.date_iso[0].start > 0:
            _author, account = original_mark(line.text[: line.date_iso[0].start].strip())
            if account:
                vote(account, "text", 3)  # the public account that published the post
    for line in ls[: meta.title_index if meta.title_index is not None else _LOGO_REACH]:
        logo = _HOME_LINK.match(line.text.strip()) if line.chars <= 80 else None
        if logo and logo.group("name") and _ARTICLE_ALONE.fullmatch(logo.group("name")):
            continue  # "The homepage": the logo's link split from the name it holds
        if logo and logo.group("zh") not in _GENERIC_HOME:  # "The Guardian - Back to homepage"
            vote(logo_name(logo.group("name") or logo.group("zh")), "text", 3)
            break
        alt = _LOGO_ALT.fullmatch(line.text.strip()) if not line.label else None
        if alt and not (_ARTICLE_ALONE.fullmatch(alt.group(1)) or _LOGO_WORD.search(alt.group(1))):
            vote(alt.group(1), "text", 3)  # "The Verge logo.": the logo's picture, by its alt text
            break
    above = meta.title_index if meta.title_index is not None else _LOGO_REACH
    for line, button in itertools.pairwise(ls[:above]):
        follow = _FOLLOW_BUTTON.match(button.text.strip())
        name = follow and (follow.group("before") or follow.group("after"))
        if name and key(name) == line.key and not _masthead_button(line):
            vote(line.text.strip(), "text", 4)  # a portal's copy: the paper over its own button
            break
    for line in ls[(meta.title_index or 0) + 1 :]:
        about = _ABOUT_SITE.match(line.text.strip()) if line.weight <= 5 else None
        name = about.group("name") if about else ""
        # (printed elsewhere too: "About HelpLegal" is a footer's links run together)
        if about and _about_name(name) and any(_mentions(name, o) for o in ls if o is not line):
            vote(name, "text", 3)  # "About WRAL", "Om SVT Nyheter": the footer's link
            break
    above_title = ls[: min(6, meta.title_index if meta.title_index is not None else 6)]
    for line in above_title:  # a site's name stands above the headline, never under it
        kicker = meta.title_index is not None and 0 < line.index == meta.title_index - 1
        if _masthead(line) and not kicker:  # ("EXCLUSIVE" right over the headline is its kicker)
            name = logo_name(line.text)  # "hacks.mozilla.org Home": a logo's link text
            name = _BUTTON_BEFORE.sub("", name) or name  # "Menu Bloomberg": the button, the logo
            mentions = sum(_mentions(name, other) for other in ls if other is not line)
            # ("DH" over "Deccan Herald", "VN" over "Vorarlberger Nachrichten": the logo's
            # letters, then its name spelled out)
            ahead = [
                ln for ln in ls[: line.index] if _above_masthead(ln) and not _initials(ln, name)
            ]
            if not mentions and ahead:
                break  # under a menu item, a name the page never repeats is one more item
            # ("Skip to content" / "Mumbrella" / "Subscribe": the logo's place, over buttons)
            under_skip_link = (
                0 < line.index < len(ls) - 1
                and _SKIP_LINK.match(dates.fold(ls[line.index - 1].text)) is not None
                and ls[line.index + 1].label is not None
            )
            if (
                _heads_a_column(ls, line)
                and not under_skip_link
                and not any(key(name) in k for k in votes)  # ("© Toronto Star Newspapers")
                and _section_again(ls, line)
                and not _named_in_prose(ls, name)
            ):
                break  # "Games / Movies / TV / Wikis": the menu's first item, not a logo
            # "EL FARO DEL SUR" is shouted; "NHK", "AP" and "中央社 CNA" are spelled so.
            latin = re.findall(r"[A-Za-z]+", name)
            shouted = name.isupper() and not (len(latin) == 1 and _ACRONYM.match(latin[0]))
            spoken = _untitled(name) if shouted else name
            vote(spoken, "text", 1 + mentions)
            if not ahead:
                mastheads.add(key(spoken))  # the page's first line: its logo, surely
            if shouted:
                shown[key(name)] = shown.get(key(name), spoken)
            break
    if not votes:
        return
    # A name inside another ("Longitude" in "Longitude Media Group") is the same site.
    for k in list(votes):
        for other in list(votes):
            if k != other and k in other and len(k) >= 4:
                votes[k] += votes[other]
    # "© STANDARD Verlagsgesellschaft" owns the masthead "derStandard": the
    # company's name inside a name printed elsewhere confirms that name.
    for k, core in cores.items():
        named = [
            o
            for o in votes
            if o not in publishers
            and len(core) >= 3
            and core in o
            and len(shown[o].split()) <= _ITEM_WORDS  # a name, not "Heise-Foren: Einloggen | …"
            and not re.search(r"[:|]", shown[o])
        ]
        if len(named) == 1 and k in votes:
            votes[named[0]] += votes.pop(k)
    # "© HT Digital Streams" owns the masthead "Hindustan Times": its initials and
    # its trade (a bare "© BBC" is how "British Broadcasting Corporation" names itself).
    for k in list(holders):
        words = shown[k].split() if k in shown else []
        initials = words[0] if len(words) > 1 else ""
        named = [o for o in votes if o != k and _ACRONYM.match(initials)]
        named = [o for o in named if "".join(w[0] for w in shown[o].split()) == initials]
        if len(named) == 1 and k in votes:
            votes[named[0]] += votes.pop(k)
    # (a tie between the name over the page and its footer's: the reader sees the masthead)
    best = max(votes, key=lambda k: (votes[k], k in mastheads, -len(k)))
    if joined := _holder_and_section(ls, meta, best, holders):
        best = key(joined)  # "Yahoo Finance": the company's name and the section's, as printed
        shown.setdefault(best, joined)
        votes.setdefault(best, 1.0)
        meta.add("site", joined, "text")
    own = None
    cjk_page = _mostly_cjk(ls)
    if not _HAN.search(shown[best]) and cjk_page:
        own = _name_in_own_script(ls, best)
    masthead = None
    if not own and best in holders and best not in mastheads and host is None:
        masthead = _masthead_over_holder(
            ls, shown[best], mastheads, shown, cjk_page=cjk_page, company=best in companies
        )
    if own:
        meta.site = own
        meta.add("site", own, "text")
    elif masthead:
        meta.site = masthead
    elif votes[best] > publishers.get(best, 0):
        meta.site = paper_name(shown[best])
        edition = _DIGITAL_EDITION.fullmatch(meta.site)
        paper = edition.group(1) if edition else ""
        if paper and any(ln.text.strip().startswith((paper + "社", paper + "　")) for ln in ls):
            # "新潟日報デジタルプラス" over the page, "新潟日報社について" in its footer: the
            # paper's own site, cited by the paper's name ("朝日新聞デジタル", whose
            # footer names no paper, is the site's whole name)
            meta.site = paper
    # (else "© 2024 Telegraph Media Group", "© Demand Media": the company that owns the
    # site, not the site a citation names; it stays a candidate, one click away.)
    top = ls[: meta.title_index if meta.title_index is not None else _LOGO_REACH]
    if meta.site and (fuller := _fuller_name(top, meta.site)):
        meta.site = fuller
        meta.add("site", fuller, "text")


def _fuller_name(ls: list[lines.Line], site: str) -> str | None:
    """The site's name as its masthead prints it whole: "Yle News" for "Yle", "MBS NEWS".

    The copyright or the footer names the brand ("© Yle 2025"); the logo adds the kind of
    site it is or its edition ("Nikkei Asia"), and a citation names the site so. (A
    paper's digital edition, "東京新聞デジタル", is cited by the paper's name, and a
    "Magazine" after a paper's name is its weekend section.)
    """
    for line in ls:
        text = line.text.strip()
        if line.chars > _FULLER_CHARS or text == site or line.date_iso:
            continue
        if text.casefold().startswith(site.casefold()):
            extra = text[len(site) :]
            if not _OUTLET_KIND.fullmatch(extra) or extra[0].isalpha() and extra.isascii():
                continue
            # ("BuzzFeed News" is BuzzFeed's section too: "News" after a word, only when
            # shouted or after a broadcaster's letters, "MBS NEWS", "Yle News")
            if extra.strip().casefold() != "news" or extra.strip().isupper() or len(site) <= 4:
                return text
    return None


_FULLER_CHARS = 40
#: What a masthead adds to a brand's name: the kind of site it is, its edition.
_OUTLET_KIND = re.compile(
    r"\s*(?:news|asia|europe)|ニュース|新聞|新闻",
    re.IGNORECASE,
)


def _mostly_cjk(ls: list[lines.Line]) -> bool:
    """Whether most of a page's lines hold Chinese or Japanese characters."""
    return sum(ln.cjk > 0 for ln in ls) * 2 > len(ls)


def _masthead_over_holder(
    ls: list[lines.Line],
    name: str,
    mastheads: set[str],
    shown: dict[str, str],
    *,
    cjk_page: bool,
    company: bool = False,
) -> str | None:
    """The logo's name, when the copyright's holder (``name``) is a company named nowhere else.

    "© 2026 ESH Médias" closes ArcInfo's pages, "© Focal Attractions"
    Mumbrella's: the owner's name, printed once at the foot, against the
    logo's name at the head. A citation names the publication.
    """
    # ("産経新聞社" owns "産経ニュース": the paper is what a citation names; but "© Daily News
    # Limited", a company by its legal form, owns "Trinidad and Tobago Newsday")
    paper = _PAPER_WORD.search(name) is not None and not (company and name.isascii())
    if len(mastheads) != 1 or _PAPER_COMPANY.match(name) or paper:
        return None
    masthead = next(iter(mastheads))
    logo = shown.get(masthead, "")
    holder = key(name)
    if not logo or masthead in holder or holder in masthead or _NOT_A_LOGO.search(logo):
        return None  # ("t-online - Nachrichten für Deutschland": the holder's name, and a motto)
    if any(boilerplate.EXACT.get(k) for k in map(key, logo.split()) if k not in _OUTLET_WORDS):
        return None  # "ePaper Subscribe Login": the top bar's buttons, run into one line
    if not cjk_page and not re.search(r"[A-Za-zÀ-ÿ]", logo):
        return None  # "العربية" under the skip link of a French page: its language switcher
    if _SPELLED.fullmatch(logo) and name.isascii():
        return None  # "지디넷코리아" over "© ZDNet Korea": the Latin name, spelled out
    if "." in logo and (logo.isupper() or _PAPER_WORD.search(name) and _ADDRESS_LOGO.search(logo)):
        return None  # "SN.AT": the site's address, shouted; the paper is the holder
    if any(_mentions(name, ln) and copyright_holder(ln.text) is None for ln in ls):
        return None  # the holder named in the text too: the site's own name, after all
    if m := _MOTTO.match(logo):
        logo = m.group(1)  # "t-online - Nachrichten für Deutschland"
    return _READING.sub("", logo)  # "AERA dot. (アエラドット)": the name, read out


#: Words of the lexicon's menus that are part of a news site's name: "Yle News".
_OUTLET_WORDS = frozenset({"news", "nachrichten", "noticias", "magazine", "ニュース", "新闻"})
#: A logo's name and its motto: "t-online - Nachrichten für Deutschland".
_MOTTO = re.compile(r"^(\S.{1,30}?)\s+[-–|]\s+\S+(?:\s+\S+){2,}$")
#: A name in a script that spells sounds, Hangul or katakana, with no Latin or Han in it.
_SPELLED = re.compile(r"[\uac00-\ud7af\u30a0-\u30ff・ー\s]+")
#: A logo's name read out in katakana after it, in brackets: "AERA dot. (アエラドット)".
_READING = re.compile(r"\s*[(（][\u30a0-\u30ff・ー]{2,20}[)）]$")
#: A logo that is the site's address: "FAZ.NET", "Faz.Net".
_ADDRESS_LOGO = re.compile(r"\.(?:[a-z]{2,3}|net|com|info)$", re.IGNORECASE)
#: A paper's word in a holder's name: "Frankfurter Allgemeine Zeitung", "時事通信".
_PAPER_WORD = re.compile(
    r"\b(?:zeitung|times|post|herald|journal|gazette|tribune|news|nachrichten|shimbun|shimpo)\b"
    r"|新聞|新闻|通信|日報|日报|時報|时报|新報|新报",
    re.IGNORECASE,
)
#: The words of the buttons and labels a page prints above its logo ("Open Menu Icon").
_NOT_A_LOGO = re.compile(
    r"\b(?:menu|navigation|icon|close|open|dialog(?:ue)?|sections?|springen|naar|search"
    r"|english|español|français|deutsch|italiano|português)\b"
    r"|スキップ|連載",
    re.IGNORECASE,
)


_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A Chinese or Japanese site's name before its Latin one: "中央社 CNA", "端傳媒 Initium Media".
_HAN_BEFORE_LATIN = re.compile(r"^([\u4e00-\u9fff]{2,10})\s*([A-Za-z][\w .&'-]{1,40})$")
#: The paper's company in its footer ("産経新聞社", "時事通信社"),
#: or the holder of its rights ("自由時報版權所有").
_PAPER_COMPANY = re.compile(
    r"^([\u4e00-\u9fff]{1,10}(?:新聞|新闻|通信|日報|日报|時報|时报|新報|新报))社"
    r"|^([\u4e00-\u9fff]{2,10}?)\s*版[权權]所有"
)


def _holder_and_section(
    ls: list[lines.Line], meta: Meta, best: str, holders: set[str]
) -> str | None:
    """A line over the headline that joins the copyright holder's name to the name chosen.

    Yahoo's network menu ("News / Finance / Sports") puts "Finance" over
    "Yahoo Finance"; the footer's "© 2025 Yahoo" names the company. The line
    that prints the two together is the site a reader names.
    """
    if best in holders:
        return None
    above = ls[: meta.title_index if meta.title_index is not None else _LOGO_REACH]
    for line in above:
        if line.label or line.weight > _ITEM_WORDS:
            continue
        for holder in holders:
            if holder and line.key in (holder + best, best + holder):
                return line.text.strip()
    return None


def paper_name(name: str) -> str:
    """A paper's name without its company's "社": "西日本新聞社" -> "西日本新聞".

    The publisher's company ("産経新聞社", "共同通信社") signs the structured
    data and the footer; a citation names the paper.
    """
    company = _PAPER_COMPANY.match(name.strip())
    whole = company is not None and company.end() == len(name.strip())
    return company.group(1) if whole and company and company.group(1) else name


#: A Japanese paper's digital edition, named for the paper: "信濃毎日新聞デジタル".
_DIGITAL_EDITION = re.compile(
    r"([\u4e00-\u9fff]{1,10}(?:新聞|日報|新報))\s*(?:デジタル\S*|電子版|DIGITAL|Digital)"
)


def _name_in_own_script(ls: list[lines.Line], best: str) -> str | None:
    """The Chinese or Japanese name of a site its copyright names in Latin letters.

    "Copyright © The Sankei Shimbun" closes a Japanese page; a citation in
    the page's language names 産経新聞. The masthead prints both names side
    by side ("中央社 CNA", "風傳媒" over "The Storm Media"), or the footer
    names the paper's company ("産経新聞社") or its rights ("自由時報版權所有").
    A katakana reading under a Latin logo ("PRESIDENT Online" / "プレジデント
    オンライン") is the same name spelled out, not another one.
    """
    for i, line in enumerate(ls):
        under = ls[i + 1] if i + 1 < len(ls) else None
        text = line.text.strip()
        if m := _HAN_BEFORE_LATIN.match(text):
            latin = key(m.group(2))  # (the whole name or its start: not "家電 Watch")
            if latin and (best.startswith(latin) or latin.startswith(best)):
                return m.group(1)
        if under and _HAN.search(text) and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", text):
            latin = under.key
            if latin and under.text.isascii() and latin in best:  # the name, not its notice
                return text
    for line in reversed(ls):
        # (a footer's list item: "* 西日本新聞社")
        if m := _PAPER_COMPANY.match(lines.BULLET_START.sub("", line.text).strip()):
            # ("人民网股份有限公司版权所有": the company's words go, the site's name stays)
            return _COMPANY_SUFFIX.sub("", m.group(1) or m.group(2))
    for line in reversed(ls):
        if m := _POSTED_HERE.match(line.text.strip()):
            return m.group(1)  # "朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます"
    return None


#: A Japanese site's rights notice, naming it: "朝日新聞デジタルに掲載の記事・写真の無断転載を
#: 禁じます", "西日本新聞meに掲載の記事・写真・図表などの無断転載を禁止します".
_POSTED_HERE = re.compile(r"^([^\s、。]{2,15}?)に掲載(?:の|された|されている)(?:記事|全て|すべて)")


_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
#: A menu's button the rendering runs into the logo's name on one line: "Menu Bloomberg".
_BUTTON_BEFORE = re.compile(r"^(?:menu|menú|menü|sections|rubriques|secciones)\s+(?=\S)", re.I)

#: A byline naming the paper and a wire, no person: "Par Le Soir avec Belga", "By CNN with AP".
_DESK_AND_WIRE = re.compile(
    r"^\s*(?:by|par|por|von|di)\s+((?-i:[A-Z])\S*(?:\s\S+){0,3}?)"
    r"\s+(?:with|avec|con|mit|und|et|y|and|e)\s+(?-i:[A-Z])[\w.]+(?:\s(?-i:[A-Z])[\w.]+)?\s*$",
    re.IGNORECASE,
)
#: Words that name a company rather than a publication: "Telegraph Media Group",
#: "Demand Media", "Heise Medien", "Economia, a.s.", "Oath Tech Network".
#: A company's legal form right after the holder's name: "© 2025 Daily News Limited."
_LEGAL_FORM_NEXT = re.compile(
    r"[,\s]+(?:(?:Private|Pvt\.?)\s+)?(?:Ltd\b|Limited\b|Inc\b|LLC\b|plc\b|GmbH\b|Pty\b|AG\b)"
)
_PUBLISHER_WORDS = re.compile(
    r"\b(?:media|group|network|holdings?|verlag\w*|medien|mediengruppe|publishing|ediciones"
    r"|[ée]ditions|edizioni|editora|publications|communications|corporation|interactive|a\.\s?s"
    r"|s\.\s?a|gruppo|grupo|groupe|compa[ñn][íi]a editorial)\b"
    r"|(?:报业|報業|传媒|傳媒|集团|集團)$",  # "上海东方报业": a press group, not its paper
    re.IGNORECASE,
)
#: Partners' names, as a company is called: "Bennett, Coleman & Co. Ltd.", "Dow Jones & Company".
_PARTNERS = re.compile(r"\w,\s+\w|\s&(?:\s|$)")
_COPYRIGHT_VOTE = 2
_CREDIT_VOTE = 0.5  # a copyright mark with no year and no rights: a picture's credit, mostly
_NOTICE = re.compile(r"(?:19|20)\d{2}|rights|rechte|droits|derechos|版权|著作権", re.IGNORECASE)
#: A publisher's own subscribe or follow button: "한국경제 구독", "Follow Reuters".
_FOLLOW_BUTTON = re.compile(
    r"^(?P<before>.{2,40}?)\s*(?:구독(?:하기)?|フォロー(?:する)?|关注|關注|訂閱|订阅)$"
    r"|^(?:subscribe to|follow)\s+(?P<after>.{2,40})$",
    re.IGNORECASE,
)


#: The footer's link to the page about the site, in the languages that name it so.
_ABOUT_SITE = re.compile(
    r"^(?:about|om|über|à propos d(?:e |')|a propos d(?:e |')|acerca de|sobre|over"
    r"|informazioni su)\s*(?P<name>[^\W\d_][^,:;|!?()]{1,38})$",
    re.IGNORECASE,
)
#: What else an "About" link opens: the site's own pages, not its name.
_ABOUT_NOT_SITE = re.compile(
    r"^(?:us|u|me|our\b.*|this\b.*|these\b.*|the\b.*\b(?:author|writer|site|page|series"
    r"|project|newsletter|team)s?|sponsored\b.*|cookies|ads?|advertising|nosotros|nous|uns"
    r"|oss|ons|noi|el autor|l'auteur|den autor|die autorin|.*\b(?:accounts?|accessibility"
    r"|privacy|ads|cookies|content|newsletters?|podcasts?)$)",
    re.IGNORECASE,
)


def _about_name(name: str) -> bool:
    """Whether an "About ..." link names the site: not its team, its ads, nor its writer."""
    name = name.strip()
    return (
        (name[0].isupper() or not name[0].isalpha() or name[0].isdigit())
        and len(name.split()) <= _ITEM_WORDS
        and not _ABOUT_NOT_SITE.match(name)
        and not lines.looks_like_name(name)  # "About Marcus Reyes": the writer's bio
    )


def _masthead_button(line: lines.Line) -> bool:
    """Whether a line is itself a button ("Follow"), not a name."""
    return line.label in ("menu", "share") and line.weight <= 1


# Skip links, the only lines a page prints above its name ("Skip to content", "跳到主要内容").
_SKIP_LINK = re.compile(
    r"^(?:skip|jump to|aller |zum (?:haupt)?inhalt|zur (?:navigation|suche)|direkt zum"
    r"|saltar|ir a|ir para|vai al|pular para"
    r"|naar inhoud|ga naar"
    r"|till innehall|hoppa till|ga (?:direkt )?till? (?:innehall|innhold|indhold|hoved)"
    r"|hopp til|spring til|siirry sisaltoon|hyppaa|prejit na|preskocit|ugras a|sari la"
    r"|przejdz|icerige|перейти|跳到|跳至|跳过|跳轉|メインコンテンツ|本文へ|본문)"
)


def _initials(line: lines.Line, name: str) -> bool:
    """Whether ``line`` is ``name``'s initials alone ("DH" for "Deccan Herald")."""
    letters = line.text.strip()
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return 2 <= len(letters) <= 5 and letters.isupper() and letters == "".join(capitals)


def _above_masthead(line: lines.Line) -> bool:
    """A line that puts a site's name under it in doubt: text, or a menu item not a skip link."""
    text = lines.BULLET_START.sub("", line.text)
    if _SKIP_LINK.match(dates.fold(text)):
        return False
    return not line.label or line.label == "menu"


_ITEM_WORDS = 3  # a menu item's most words ("Gaming & Culture", "Start a Wiki")


def _heads_a_column(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether a short line stands over a column of more short lines: a menu's first item.

    A copied menu has no bullets, and its first item ("Games", "Biz & IT",
    "Domácí") is as short as a site's name over it would be. The site's own
    name is set apart, or named again by a copyright line or a "follow"
    button; a menu's first item runs on into the next.
    """
    if line.weight > _ITEM_WORDS:
        return False
    following = ls[line.index + 1 : line.index + 5]
    short = [
        ln for ln in following if ln.weight <= _ITEM_WORDS and not ln.end_punct and not ln.date_iso
    ]
    # (a masthead set apart by a blank line over "Home / World / Business" is a logo)
    return len(following) == 4 and len(short) >= 3 and not following[0].blank_before


def _section_again(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether a menu's first item shows again as a section: in the menu again, or as a kicker.

    A section's name comes back beside its sibling items (the menu repeated
    in the footer: "Biz & IT / Tech / Science") or over teasers' headlines,
    twice or more ("Games / Not Everyone Will Love 'For Honor'"). A site's
    logo, repeated in the footer, stands among links of its own.
    """
    column = {ln.key for ln in ls[line.index + 1 : line.index + 5]}
    kickers = 0
    for other in ls:
        if other is line or other.key != line.key:
            continue
        near = ls[max(0, other.index - 3) : other.index + 4]
        if any(ln.key in column for ln in near if ln is not other):
            return True
        under = ls[other.index + 1] if other.index + 1 < len(ls) else None
        if under and under.weight > _ITEM_WORDS and not under.end_punct:
            kickers += 1
    return kickers >= 2


_PROSE_WORDS = 8  # a sentence, not a link's label or a menu item
_NAMED_SINGLE = 2  # mentions a one-word name needs: "Numerama", not "Apple" once


def _named_in_prose(ls: list[lines.Line], name: str) -> bool:
    """Whether the text's sentences name ``name`` as printed, inside them.

    A logo over the menu comes back over the footer's links as a section's
    name would, but sentences name the paper ("told Fox News Digital",
    "Abonnez-vous à Numerama"); a section is named in passing, if at all,
    with a small letter or at a sentence's start, or in teasers' headlines.
    """
    word = re.compile(r"(?<=\s)" + re.escape(name) + r"(?![^\W\d_])")
    count = sum(
        1
        for line in ls
        if line.words >= _PROSE_WORDS
        and line.end_punct  # ("Free Xbox Games With Gold Revealed": a teaser's headline)
        and word.search(line.text)
    )
    return count >= (1 if len(name.split()) > 1 else _NAMED_SINGLE)


def _mentions(name: str, line: lines.Line) -> bool:
    """Whether a line names the site: as a word in Latin script ("AP" is not in "capital")."""
    if not name.isascii():
        return key(name) in line.key
    word = r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])"
    return re.search(word, line.text, re.IGNORECASE) is not None


def logo_name(text: str) -> str:
    """A site's name from its logo link's text.

    "The Verge logo. The Verge" -> "The Verge" (the image's alt text, then the
    name beside it); "The Verge homepage" -> "The Verge".
    """
    name = " ".join(_LOGO_WORD.sub(" ", text).split())
    words = name.split()
    half = len(words) // 2
    if name != " ".join(text.split()) and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])
    return _LOGO_HOME.sub("", name)


_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CF]?\b")


def _masthead(line: lines.Line) -> bool:
    """A site's name at the top: a few words, not a menu item, a date, a button or markup."""
    return (
        not line.label
        and not line.date_iso
        and not _SKIP_LINK.match(dates.fold(line.text))  # "Direkt zum Inhalt springen"
        and (1 <= line.weight or line.cjk > 0)  # "36氪": a brand of one character and a number
        and (line.weight <= 5 or line.cjk > 0 and line.chars <= 14)  # "ダイヤモンド・オンライン"
        and (3 if not line.cjk else 2) <= line.chars <= 40  # "搜狐", "新浪"
        and not line.text.endswith(("?", "!", ":", "："))  # ("Official links:" labels a list)
        and not _WEATHER.search(line.text)  # "Darlington 6°C, heavy rain": the header's weather
        and not lines.BULLET_START.match(line.text)
        and "<" not in line.text
        and line.key not in _BUTTONS
        and not _HOME_LINK.match(line.text.strip())  # read by the logo rule, if at all
    )


#: A project's people named as its copyright holder ("The Go Authors",
#: "Fieldbook contributors"): the project's name is the site's.
_CONTRIBUTORS = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:contributors|authors|developers)$", re.IGNORECASE
)


def copyright_holder(text: str) -> str | None:
    """The name after "©" or "Copyright" ("© 2024 Acme S.L. All rights reserved" -> "Acme")."""
    m = re.search(r"(?:[©ⓒⒸ]|\(c\)|copyright\b)\s*", text, re.IGNORECASE)
    if not m:
        return None
    rest = re.sub(
        # ("Copyright @ 2003 - 2024 Bleeping Computer® LLC": an at sign for the mark)
        r"^(?:(?:[©ⓒⒸ@]|\(c\)|copyright\b)\s*)*(?:(?:19|20)\d{2}(?:\s*[-–~～]\s*(?:19|20)\d{2})?[,\s]*)?",
        "",
        text[m.end() :],
        flags=re.IGNORECASE,
    )
    rest = _POLISH_COMPANY.sub("", rest)  # "Polska Press Sp. z o.o.", its dots no sentence's
    rest = re.split(
        # ("©2025 Baidu 京ICP证030173号": a Chinese site's licence number after its name)
        r"\s*(?:\||all rights|alle rechte|tous droits|todos los|版权|版權|\.\s|[\u4e00-\u9fff]?ICP)"
        r"|,?\s*무단"
        r"|\s[-–—]\s(?!(?:19|20)\d{2}\b)",  # "20 Minutes - La fréquentation… est certifiée"
        rest,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    # ("© RFI 2024 - Tous droits réservés": the year after the name, then a dash)
    # (nor "© Jeune Afrique 2025, tous droits réservés": the comma before the rights)
    # ("copyright Manchester Evening News © 2025": the mark again, after the name)
    rest = _YEAR_END.sub("", rest.strip(" -–—,")).rstrip(" ©ⓒⒸ")
    rest = _COMPANY_SUFFIX.sub("", rest.replace("®", "").replace("™", "").strip()).strip(" .,")
    rest = re.sub(r"^by\s+", "", rest, flags=re.IGNORECASE)  # "© 2002-2023 by Sott.net"
    rest = rest.split("/")[0].strip()  # "Sott.net/Signs of the Times"
    rest = _CONTRIBUTORS.sub(r"\1", rest)
    if re.search(r"\bcopyright\b", rest, re.IGNORECASE):
        return None  # "© Crown copyright": a kind of copyright, no holder's name
    before = text[: m.start()].strip(" -|·")
    notice = _NOTICE.search(text) is not None  # (not a caption's "Photo ©")
    if (
        not rest
        and notice
        and 2 <= len(before) <= _HOLDER_BEFORE
        and re.search(r"[^\W\d_]", before)
    ):
        # "經濟日報 © 2025 All Rights Reserved.": the name before the mark (and its company's
        # words and rights: "香港經濟日報集團有限公司 版權所有 © 2025")
        before = re.split(r"\s*(?:版权|版權)", before, maxsplit=1)[0]
        return _COMPANY_SUFFIX.sub("", before).strip() or None
    return rest or None


_POLISH_COMPANY = re.compile(r",?\s+Sp\.\s*z\s*o\.\s*o\.?", re.IGNORECASE)
_YEAR_END = re.compile(r"[\s,.]*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\.?$")
_HOLDER_BEFORE = 30  # characters of a name printed before its copyright mark, at most


def _untitled(name: str) -> str:
    """A name shouted in capitals, as a reader writes it: "TF1 INFO" -> "TF1 Info"."""
    return " ".join(w if re.search(r"\d", w) else w.title() for w in name.split())


_BOX_LABEL_WORDS = 6  # "Related stories from the Courier": a box's label, at most
_TEASER_REACH = 2  # lines under a teaser where its own byline and date stand


def glued_teaser(line: lines.Line) -> bool:
    """A related link with its headline on one line: one teaser, not a box's label.

    "READ MORE: Cotswolds village so overrun…" among a summary's points is a
    link like the points beside it; a label over teasers is a few words.
    """
    return line.label == "related" and line.weight > _BOX_LABEL_WORDS and ":" in line.text


def in_related_box(ls: list[lines.Line], i: int) -> bool:
    """Whether a line sits in a "Related" box, under its label with no paragraph between.

    The teasers' own bylines ("Par Jane Doe" under each headline) are not the article's.
    """
    if _byline_over_text(ls, i):
        return False
    for line in reversed(ls[max(0, i - _BOX_REACH) : i]):
        # A teaser printed twice ("<picture's text> <link's text>") heads its own byline
        # and date, not a box: the page's own date may stand a few lines under it.
        teaser = "twice" in line.tags and i - line.index > _TEASER_REACH
        if (
            line.label == "related"
            and not teaser
            and not glued_teaser(line)
            and not _in_menu(ls, line.index)
        ):
            return True
        if line.weight >= PARAGRAPH_WORDS:
            return False
    return False


def _byline_over_text(ls: list[lines.Line], i: int) -> bool:
    """Whether a byline over its date heads the text: the article's, under a box or not.

    elEconomista prints "Noticias relacionadas" and two headlines between its
    headline and its byline; the writer's name, the date and the lead photo's
    caption follow, then the text. A teaser's byline is followed by the next
    teaser's headline.
    """
    nxt = ls[i + 1] if i + 1 < len(ls) else None
    if nxt is None or nxt.label != "date" or "byline" not in ls[i].tags:
        return False
    for line in ls[i + 2 : i + _TEXT_UNDER_BYLINE]:
        if line.weight >= PARAGRAPH_WORDS and "prose" in line.tags:
            return True
        if not line.label and line.weight >= _TEASER_LEAST:
            return False  # the next teaser's headline
    return False


_TEXT_UNDER_BYLINE = 8  # the lines a byline's date, a photo and its caption take
_TEASER_LEAST = 4  # the words of a teaser's headline, more than a label's


_MENU_WORD = 3
_MENU_NEIGHBOUR = 4  # "ライフスタイル": a menu item of seven kana


def _in_menu(ls: list[lines.Line], i: int) -> bool:
    """A "related" word between menu items is a menu's link ("ランキング" among sections)."""
    if ls[i].weight > _MENU_WORD:
        return False
    above = ls[i - 1] if i > 0 else None
    below = ls[i + 1] if i + 1 < len(ls) else None
    if "menu" in (above and above.label, below and below.label):
        return True
    # Or between short items the lexicon does not know ("ライフスタイル" / "ランキング" /
    # "紙面ビューアー"); a box's label heads its teasers' headlines, longer than items.
    return all(
        ln is not None and ln.weight <= _MENU_NEIGHBOUR and not ln.end_punct and not ln.date_iso
        for ln in (above, below)
    )


def over_dated_title(ls: list[lines.Line], i: int, meta: Meta) -> bool:
    """Whether line ``i`` stands just over the date over the headline: a writer's place.

    Wired prints the writer's name, the section and the date over the
    headline; a masthead beside the day's date stands further up.
    """
    title = meta.title_index
    if title is None or not 0 < title - i <= _NAME_OVER_TITLE:
        return False
    if len(ls[i].text.split()) > _NAME_WORDS:
        return False  # "Council Backs Riverside Parks" over the date: a headline over its dek
    between = ls[i + 1 : title]
    return any(ln.label == "date" for ln in between) and all(
        ln.label == "date" or ln.weight <= _SECTION_WORDS for ln in between
    )  # (a blog's tagline between its name and the date: a masthead)


def over_contact(ls: list[lines.Line], i: int) -> bool:
    """A name over its e-mail address: the writer's box, above the headline as well as under."""
    under = ls[i + 1] if i + 1 < len(ls) else None
    return under is not None and under.words <= _CONTACT_WORDS and bool(_EMAIL.search(under.text))


_NAME_OVER_TITLE = 3  # lines from a writer's name over the date to the headline under them
_SECTION_WORDS = 2  # "Business": the section's name between the writer's and the date
_NAME_WORDS = 3  # a person's name; a title-case headline of four words reads as one too


def wire_byline(ls: list[lines.Line], zone: Iterable[int], meta: Meta) -> None:
    """The news agency a header's byline names when no person signs ("Par AFP Publié le …").

    Only when nothing else names a writer: a wire's reporters credited under
    the text ("Reporting by …") come first.
    """
    for i in zone:
        line = ls[i]
        alone = _wire_alone(ls, line)  # "PTI" alone between the headline and the date
        if not alone and (line.label not in ("byline", "date") or in_related_box(ls, i)):
            continue
        text = line.text[: line.date_iso[0].start] if line.date_iso else line.text
        m = lines.BYLINE.match(text.strip())
        if alone:
            raw = re.split(r"\s*[|·•,]\s*", line.text.strip(), maxsplit=1)[0]
        elif m:
            raw = m.group("names") or m.group("names2") or ""  # "Par AFP Publié le …"
            # ("作者：中央社 | 發布日期 …": the date's label after a bar)
            raw = re.split(r"\s*[|｜]\s*", raw)[0]
        elif labelled := _CJK_WIRE_LABEL.match(text.strip()):
            raw = labelled.group(1)  # "作者 中央社 | 發布日期 …": the label, a space, the wire
        elif line.date_iso and wire_first(line.text):
            raw = text  # "MAP | 27 Août 2025 …"
        else:
            raw = None
        if raw:
            wire = _WIRE.fullmatch(_PUBLISHED_TAIL.sub("", raw).strip(" ,|•·-–—"))
            if wire:
                meta.used.setdefault(i, "byline")
                meta.add("authors", wire.group(0), "byline")
                meta.authors = (wire.group(0),)
                return


def _wire_alone(ls: list[lines.Line], line: lines.Line) -> bool:
    """A wire's name on a line of its own by the date: "PTI" under Deccan Herald's headline.

    The Gleaner prints "CMC" under its date line instead, over the text.
    """
    below = ls[line.index + 1] if line.index + 1 < len(ls) else None
    above = ls[line.index - 1] if line.index > 0 else None
    return (
        any(near is not None and near.label == "date" for near in (below, above))
        and line.weight <= _WIRE_LINE_WORDS
        and wire_first(line.text)  # ("Europa Press | Zarautz": the wire, the place it filed from)
    )


_WIRE_LINE_WORDS = 5


def wire_signed_under(ls: list[lines.Line], last: int, meta: Meta) -> None:
    """The wire a Japanese or Chinese text signs at its end: "…廃止された。（共同）".

    Only when nothing else names a writer; a wire's name in brackets closing
    the last paragraph is the whole credit such copy carries.
    """
    for line in reversed(ls[max(0, last - _SIGNED_REACH) : last]):
        if "prose" not in line.tags:
            continue
        signed = _BRACKETED_END.search(line.text.strip())
        if signed and _WIRE.fullmatch(signed.group(1)):
            meta.add("authors", signed.group(1), "text")
            meta.authors = (signed.group(1),)
        return


_CJK_WIRE_LABEL = re.compile(r"^(?:作者|来源|來源)[:：\s]\s*([\u4e00-\u9fff]{2,4})(?=\s|$|[|｜])")
_SIGNED_REACH = 4  # lines from the text's end where its last paragraph may be
#: "（共同）", "（中央社）" closing the text: a name in Chinese characters in brackets, a
#: wire if the table knows it (an English "(Yonhap)" there ends a quoted line, not a story).
_BRACKETED_END = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]$")


def wire_first(text: str) -> bool:
    """Whether a line of parts set apart by bars opens on a wire's name ("MAP | 27 Août …")."""
    first = re.split(r"\s*[|·•,]\s*", text.strip(), maxsplit=1)[0]  # ("AAP, 21/08/2026")
    return _WIRE.fullmatch(first) is not None


#: The wires that sign a story alone: "Par AFP", "Por EFE", "Von dpa", "By Reuters".
_WIRE = re.compile(
    r"AFP|AP|Reuters|dpa|DPA|EFE|Efe|ANSA|Europa Press|Xinhua|Kyodo|Jiji|Yonhap|PTI|IANS|ANP|MAP"
    r"|Belga|APA|AAP|Lusa|Télam|Notimex|Agência Brasil|Agencia EFE|Agence France-Presse"
    # (Switzerland's ATS and SDA, with or without Keystone; the Nordic, Central European
    # and South-East Asian national agencies)
    r"|(?:Keystone-)?(?:ATS|SDA)|KNA|epd|NTB|TT|Ritzau|STT|ČTK|CTK|PAP|TASR|MTI|BTA|HINA"
    r"|Bernama|Antara|PNA|Anadolu|ANA-MPA|AGERPRES|CMC|Colprensa|Andina|IPS"
    r"|The Associated Press|Associated Press|Press Association|PA Media"
    r"|共同|共同通信|時事|時事通信|中央社|新华社|新華社|中新社|韩联社|韓聯社"
)
#: What follows the names in a byline run into its date line: "AFP Publié le".
_PUBLISHED_TAIL = re.compile(
    r"\s+(?:publié|publiée|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert"
    r"|published|updated|posted|pubblicato|aggiornato)\b.*$",
    re.IGNORECASE,
)


_EDITOR_LABEL = re.compile(r"^\W{0,2}(?:责任编辑|責任編輯|编辑|編輯|责编)\s*[:：/／]")


def pick_authors(ls: list[lines.Line], zone: range, meta: Meta) -> None:
    """Authors from byline lines in the header, or a bare name beside the date."""
    found: list[str] = []
    bare: list[int] = []
    for i in zone:
        line = ls[i]
        if in_related_box(ls, i):
            continue
        if "bare-name" in line.tags:
            if not _section_named_above(ls, i, meta):
                bare.append(i)
            continue
        got = (
            byline_names(line)
            if "byline" in line.tags or (line.date_iso and line.weight <= 25)
            else []
        )
        if got and found and _EDITOR_LABEL.match(line.text):
            meta.used.setdefault(i, "byline")
            continue  # "编辑：顾晓雯" under "作者：…": the editor, not a second writer
        if got:
            if not (line.cjk and credit_opens_text(line)):  # (the credit's paragraph stays text)
                meta.used.setdefault(i, "byline")
            if i + 1 in zone and (other := _co_author_with_role(ls[i + 1])):
                meta.used.setdefault(i + 1, "byline")
                got = [*got, other]
            elif (joined := _co_author_after_and(ls, i)) is not None and joined in zone:
                meta.used.setdefault(joined, "byline")
                got = [*got, *(n for n in _joined_names(ls[joined]) if n not in got)]
            for n in got:
                meta.add("authors", n, "byline")
            found.extend(n for n in got if n not in found)
    # Without a "By" line, the one bare name nearest below the headline is the author;
    # a name signed with a handle or a time ("Jane Doe 1 day ago") before a plain one.
    under = meta.title_index + 1 if meta.title_index is not None else None
    if under is not None and under in zone and under not in bare and _name_alone(ls[under], ls):
        bare = sorted([*bare, under])  # a name alone right under the headline, no date beside it
    pen = _pen_name(ls, meta)
    if pen is not None and pen not in bare:
        bare = sorted([*bare, pen])
    contact = [
        i
        for i in zone
        if i not in bare and over_contact(ls, i) and lines.looks_like_name(ls[i].text)
    ]
    bare = sorted([*bare, *contact[:1]])  # "Shahien Nasiripour" over "shahien@…"
    after_title = [
        i
        for i in bare
        if meta.title_index is None
        or i > meta.title_index
        or over_dated_title(ls, i, meta)
        or over_contact(ls, i)
    ]
    after_title.sort(key=lambda i: ("signed" not in ls[i].tags, i < (meta.title_index or 0)))
    if after_title and not found and (above := _co_author_above(ls, after_title[0], meta)):
        after_title[0] = above
        bare = sorted([*bare, above])
        ls[above].tags.update({"byline", "bare-name"})
    for i in _with_co_authors(ls, after_title[0], bare) if after_title and not found else []:
        meta.used[i] = "byline"
        traded = _name_then_trade(ls[i].text) if len(ls[i].persons) <= 1 else None
        for printed in (traded,) if traded else ls[i].persons or (ls[i].text,):
            person = names.clean_name(printed) or printed  # "CHENG TING-FANG" -> "Cheng Ting-Fang"
            meta.add("authors", person, "text")
            if person not in found:  # (a name printed twice: the avatar's, then the link's)
                found.append(person)
    if meta.site:
        found = [n for n in found if not _names_site(n, meta.site)]
    meta.authors = tuple(_as_named_elsewhere(ls, n) for n in found)


def _as_named_elsewhere(ls: list[lines.Line], name: str) -> str:
    """A byline's name cut to the shorter name the text gives the writer elsewhere.

    "By Caitlin McKinnon Fox News", "By Maya Desrosiers Transportation
    Reporter": the page runs the name into its outlet or beat with nothing
    between, and the bio under the text opens with the writer's name alone
    ("Maya Desrosiers is a Toronto-based reporter"). A full name the text
    also prints whole elsewhere stays whole, and a shorter one in the prose
    ("Juan Carlos" in a story by Juan Carlos Pérez) cuts nothing.
    """
    words = name.split()
    if len(words) < 3 or any(_UNSPACED.search(w) for w in words):
        return name
    text = "\n".join(line.text for line in ls)
    if len(re.findall(re.escape(name) + r"\b", text)) > 1:
        return name
    for k in range(len(words) - 1, 1, -1):
        short = " ".join(words[:k])
        after = re.compile(r"(?m)^" + re.escape(short) + r"\b(?!\s+" + re.escape(words[k]) + r"\b)")
        if after.search(text):
            return short
    return name


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _section_named_above(ls: list[lines.Line], i: int, meta: Meta) -> bool:
    """Whether a bare name under the headline is a section the breadcrumb above names.

    Nikkei prints the region under the date ("北陸"), the breadcrumb's last
    item over the headline ("1. トップ / 2. 地域 / 3. 北陸"): a section, no writer.
    """
    if meta.title_index is None or i <= meta.title_index:
        return False
    name = ls[i].key
    return any(
        (ln.label == "menu" or "item" in ln.tags)
        and boilerplate.key(lines.BULLET_START.sub("", ln.text.strip())) == name
        for ln in ls[: meta.title_index]
    )


def _credit_line(line: lines.Line) -> bool:
    """A photo's credit on a line of its own, bare or labelled: no sentence.

    "Getty Images"; "Photo credit: Dennis Mwangi | Nation Media Group" (the
    Daily Nation's, under the lead photo's caption).
    """
    if lines.bare_credit(line):
        return True
    return (
        line.label == "caption"
        and line.weight <= _CREDIT_LINE_WORDS
        and not line.end_punct
        and not lines.IMAGE_FILE.fullmatch(line.text)  # ("parks.JPG": the picture, no credit)
    )


_CREDIT_LINE_WORDS = 10


def _photographer_for(ls: list[lines.Line], line: lines.Line) -> bool:
    """Whether a line is a photographer's credit "for" the paper, right over the byline.

    Quanta: "Tessa Lindqvist for Quanta Magazine" under the lead photo's
    caption, then "By Veronique Greenwood": a writer's "for" byline would
    be the byline itself, not a line over it.
    """
    below = ls[line.index + 1] if line.index + 1 < len(ls) else None
    m = _NAME_FOR_OUTLET.fullmatch(line.text.strip())
    return (
        m is not None
        and below is not None
        and "byline" in below.tags
        and lines.looks_like_name(m.group(1))
        and not line.label
    )


_NAME_FOR_OUTLET = re.compile(
    r"(.{4,40}?)\s+for\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
)


def _co_author_with_role(line: lines.Line) -> str | None:
    """A second writer on the line under a byline, the name run into its role.

    The Christian Science Monitor stacks "By Laura Whitcomb Staff writer" and
    "Daniel Ortega-Reyes Correspondent"; a role alone ("Senior reporter") is
    no name, and a name alone is the bare names' rule's to judge.
    """
    if line.blank_before or line.label not in (None, "byline") or line.date_iso:
        return None
    text = lines.BULLET_START.sub("", line.text).strip()
    if line.weight > _ROLE_WORDS + 3 or not (lines.ROLE.match(text) or names.has_role(text)):
        return None  # (nor "Dan HollisTraffic and Travel Reporter", the trade glued on)
    name = names.clean_name(text)
    if not name or name == text or names.has_role(name):
        return None  # ("Senior Reviews Editor" under "By Nadia Okafor": her role, all of it)
    return name if lines.looks_like_name(name) else None


def _joined_names(line: lines.Line) -> tuple[str, ...]:
    """The names of a co-author's line: a bare name's, or the one after "& " or "and "."""
    if line.persons and "bare-name" in line.tags:
        return line.persons
    return _and_name(line)


def _and_name(line: lines.Line) -> tuple[str, ...]:
    joined = _AND_NAME.fullmatch(line.text.strip())
    if joined and lines.looks_like_name(joined.group(1)):
        return (joined.group(1),)
    return ()


_AND_NAME = re.compile(r"(?:&|and|und|et|y|e)\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})")


def _co_author_after_and(ls: list[lines.Line], i: int) -> int | None:
    """The bare name after "and" on a line of its own under a byline, else None.

    The Dallas Morning News: "ByMarissa Delgado" / "Staff Writer" / "and" /
    "Trent Whitaker" / "Senior City Hall Reporter".
    """
    j = i + 1
    if j < len(ls) and _role_under_name(ls[j]):
        j += 1
    if j < len(ls) and not ls[j].blank_before and _and_name(ls[j]):
        return j  # "& Tom Lindley" on a line of its own (the Manchester Evening News)
    if j + 1 >= len(ls) or not _LONE_AND.fullmatch(ls[j].text.strip()):
        return None
    named = ls[j + 1]
    if "bare-name" not in named.tags or not named.persons or named.blank_before:
        return None
    return j + 1


def _with_co_authors(ls: list[lines.Line], first: int, bare: list[int]) -> list[int]:
    """The bare name chosen, and the names printed right under it as one byline.

    20minutos stacks its writers one a line over the date; El Confidencial
    puts "y" on a line of its own between them ("Por" / "Elena Marugán" /
    "y" / "Javier Oyarzun").
    """
    chosen, i = [first], first
    while True:
        nxt = i + 1
        if nxt < len(ls) and _LONE_AND.fullmatch(ls[nxt].text.strip()):
            nxt += 1
        elif nxt + 1 in bare and _role_under_name(ls[nxt]):
            nxt += 1  # Grist: "Maya Lindgren" / "Staff Writer" / "Theo Ramírez" / "Contributor"
        if nxt not in bare or ls[nxt].blank_before or "bare-name" not in ls[i].tags:
            return chosen
        chosen.append(nxt)
        i = nxt


def _co_author_above(ls: list[lines.Line], first: int, meta: Meta) -> int | None:
    """A first writer's name right over the bare name read as the author, else None.

    La Voz de Galicia and Expansión stack "Antón Lestón" over "Xiana Rial"
    over the place and the date, right under the headline's standfirst:
    the date vouches for the name beside it, and the name over that one is
    the byline's first. A name under the lead photo's caption is the
    photographer's.
    """
    j = first - 1
    if meta.title_index != j - 2 or ls[first].blank_before:
        return None
    line, above = ls[j], ls[j - 1]
    if line.label or j in meta.used or "prose" in line.tags or "bare-name" not in ls[first].tags:
        return None
    if len(line.text.split()) < 2 or not lines.looks_like_name(line.text):
        return None
    if "prose" not in above.tags or above.weight < PARAGRAPH_WORDS:
        return None  # no standfirst between the headline and the name
    return j


_LONE_AND = re.compile(r"and|und|et|y|e|&|und von|and by", re.IGNORECASE)
_ROLE_WORDS = 4  # "Staff Writer", "Senior Climate Reporter": a writer's role, at most


def _role_under_name(line: lines.Line) -> bool:
    """A writer's role on its own line under the name: a byline's part, no name."""
    return (
        line.label == "byline"
        and not {"bare-name", "signed"} & line.tags
        and line.weight <= _ROLE_WORDS
        and not line.date_iso
        and not line.blank_before
    )


def _names_site(name: str, site: str) -> bool:
    """Whether an author read off a byline is the site itself ("财新" for 财新网)."""
    n, s = key(name), key(site)
    if n == s or bool(_OUTLET_END.search(s)) and s.startswith(n) and len(s) - len(n) <= 2:
        return True
    # "Par Julie Rouvier, France Bleu Isère": the site's local station after the writer;
    # "Periódico La Jornada" under the correspondents: the paper, called by its kind
    site_words, words = site.casefold().split(), name.casefold().split()
    return (
        len(site) >= _SITE_EDITION_LEAST
        and len(words) > len(site_words) >= 2
        and (words[: len(site_words)] == site_words or words[-len(site_words) :] == site_words)
    )


_SITE_EDITION_LEAST = 6  # the characters of a site's name another name may start with


#: How a Chinese outlet's name ends: "财新网" is "财新"'s site, "新华社" is "新华"'s agency.
_OUTLET_END = re.compile(r"(?:网|網|社|报|報|新闻|新聞|周刊|週刊)$")


def _pen_name(ls: list[lines.Line], meta: Meta) -> int | None:
    """A one-word name between the headline block and the date: a newsletter's pen name.

    "China's Lithography Push / What we know ... / Babbage / Mar 06, 2024":
    a single capitalised word (not the lexicon's, not a small word of the
    language) right under the headline or standfirst and right over the date
    line is where every other shape puts the author.
    """
    top = meta.subtitle_index if meta.subtitle_index is not None else meta.title_index
    if top is None or top + 2 >= len(ls):
        return None
    line, date = ls[top + 1], ls[top + 2]
    if line.label or date.label != "date" or line.tags - {"bare-name"}:
        return None
    word = line.text.strip()
    if not _PEN_NAME.fullmatch(word) or boilerplate.lexicon_reason(word):
        return None
    if PUBLISH_MARK.search(word) or _UPDATE_MARK.search(word):
        return None  # "Published" over the date is its label
    return None if lines.is_stop_word(word) else line.index


def _name_alone(line: lines.Line, ls: list[lines.Line]) -> bool:
    """A person's name or a poster's handle alone on a line: the author's, near a headline."""
    if line.label:
        return False
    if lines.HANDLE.fullmatch(line.text):
        return True  # ("harbour_dan" reads as code for its underscore)
    if line.tags - {"bare-name"} or not lines.looks_like_name(line.text):
        return False
    han = re.fullmatch(r"[\u4e00-\u9fff]+", line.text.strip()) is not None
    # Chinese, unlike Japanese (no kana on the page), names a person by a family name first.
    return not han or _japanese(ls) or lines.chinese_name(line.text.strip())


def _japanese(ls: list[lines.Line]) -> bool:
    return any(_KANA.search(ln.text) for ln in ls)


_KANA = re.compile(r"[\u3040-\u30ff]")


def labelled_day(ls: Iterable[lines.Line], label: re.Pattern[str] | None = None) -> str | None:
    """The date the lines labelled "published" give, wherever they stand, else None.

    Some templates print "发布日期：2019-09-23 14:34:05" or "Published on 4
    March 2024" under the article, not under its headline. Every such line
    must give the same day: lists of other stories label theirs too. A
    narrower ``label`` reads other lines so ("Erstpublikation: 11.03.2025").
    """
    found: set[str] = set()
    for line in ls:
        if (
            len(line.text) <= _LABELLED_CHARS
            and line.words <= _LABELLED_WORDS
            and (label or PUBLISHED_LABEL).match(line.text)
            and line.date_iso
        ):
            found.add(line.date_iso[0].iso)
            if len({iso[:10] for iso in found}) > 1:
                return None
    return min(found) if found else None


#: A line labelling the first publication: "Erstpublikation: 11.03.2025".
_FIRST_LABEL = re.compile(
    r"^\W{0,3}(?:erstpublikation|erstmals (?:veröffentlicht|erschienen)|first published"
    r"|originally published|publié initialement|publicado originalmente)\b",
    re.IGNORECASE,
)
_LABELLED_CHARS = 120
_LABELLED_WORDS = 14  # "Published on Monday, 4 March 2024 at 10:15 by Jane Doe"


def _tells_of_a_day(line: lines.Line) -> bool:
    """A sentence that opens with a day ("2019年2月27日下午，…调研。"): the event's, not the page's.

    Chinese takes a quarter of the characters English does, so such a
    sentence stays under the 160 characters that shut out long lines.
    """
    return line.weight > _DATE_LINE_WEIGHT and line.text.rstrip().endswith(_SENTENCE_ENDS)


_DATE_LINE_WEIGHT = 20  # a date line with its labels and byline weighs less
_SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?")


_MONTH_LABEL = re.compile(
    r"^(?:published|issued|updated|released|publié|veröffentlicht|publicado|stand)\s*:?\s*", re.I
)


def pick_date(ls: list[lines.Line], zone: range, url: str | None, meta: Meta) -> None:
    """The publication date: the best-placed, best-worded date above the body."""
    from clipper.clean import isodates

    scored: list[tuple[float, int, str]] = []
    updates: list[tuple[float, int, str]] = []  # scored as if they were not updates
    # A date above a headline is a "today" bar, unless the page prints its dates above headlines.
    title_index = None if meta.title_below else meta.title_index
    for i in zone:
        line = ls[i]
        if len(line.text) > 160 or _tells_of_a_day(line):
            continue
        for match in line.date_iso:
            s = date_score(line, match, title_index)
            scored.append((s, -i, match.iso))
            if _UPDATE_MARK.search(_label_of(line, match)):
                updates.append((s + _UPDATE_PENALTY, -i, match.iso))
            meta.add("published", match.iso, "byline" if "byline" in line.tags else "date-line")
            if s > -3:
                meta.used.setdefault(i, "date")
    url_date = isodates.date_in_url(url) if url else None
    if url_date:
        scored.append((1.0, -(10**6), url_date))
        meta.add("published", url_date, "url")
    good = [s for s in scored if s[0] > -3]
    # A page that prints only when it was updated ("Actualizado: 04/03/2024") gives that day:
    # it does not tell the two apart, and the article was out by then.
    good = good or [s for s in updates if s[0] > -3]
    if good:
        meta.published = max(good)[2]
        # The Hindu: "Updated - October 14" under the headline, "Published - October 13"
        # under the text; Handelsblatt: the day's date on top, "Erstpublikation: 11.03.2025"
        # under the text. The day it was first out, when the page says so.
        update_keys = {u[1:] for u in updates}
        updated = all(s[1:] in update_keys for s in good)
        first = labelled_day(ls) if updated else labelled_day(ls, _FIRST_LABEL)
        if first and first[:10] < meta.published[:10]:
            meta.published = first
            meta.add("published", first, "date-line")
        return
    labelled = labelled_day(ls)  # "发布日期：2019-03-06" under the article
    if labelled:
        meta.published = labelled
        meta.add("published", labelled, "date-line")
        return
    today = dt.date.today()
    readers: tuple[Callable[[lines.Line], str | None], ...] = (
        # "发布时间：18-03-08 23:16": the year in two digits
        lambda ln: short_year_day(ln.text) if len(ln.text) <= 160 else None,
        # "Publié le 27/03/25": a publication label, the year in two digits
        lambda ln: dates.labelled_short_year(ln.text) if len(ln.text) <= 160 else None,
        # "5/21(火) 11:32配信": this year's story, its year said by the weekday
        lambda ln: dates.weekday_day(ln.text, today) if ln.weight <= 12 else None,
        # A report or a magazine issue dated by its month alone ("March 2024" under the title).
        lambda ln: dates.month_alone(_MONTH_LABEL.sub("", ln.text)) if ln.words <= 4 else None,
    )
    for read in readers:  # each over the whole header before the next, weaker one
        for i in zone:
            day = read(ls[i])
            if day:
                meta.published = day
                meta.add("published", day, "date-line")
                meta.used.setdefault(i, "date")
                return
