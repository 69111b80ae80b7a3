"""Hostile and broken inputs, generated here (never downloaded), with what each must give.

Each case either must become a clip whose text holds its distinctive words,
or may be refused with a message naming the file and the problem
(``refuse_ok``), or must be refused (``must_refuse``). ``benchmarks/torture.py``
makes many seeded variants of the same cases.
"""

from __future__ import annotations

import codecs
import random
from dataclasses import dataclass, field
from pathlib import Path

PROSE = (
    "The ministry said on Tuesday that the new fund would support research into advanced "
    "chip-making tools, part of a wider push for self-reliance that officials have described "
    "as a national priority for the coming decade. "
)
FRENCH = ("Le café de la gare coûte désormais 5 € – une « hausse » que les habitués jugent "
          "déjà “inacceptable”, selon le patron, qui se dit naïf face à l'inflation. ")
CHINESE = ("中国半导体产业正在加快自主创新步伐，多家企业宣布扩大芯片制造产能。"
           "分析人士认为，国家政策支持将推动光刻设备国产化进程。")
ARABIC = "قالت الوزارة إن الصندوق الجديد سيدعم البحث العلمي في مجال الرقائق الإلكترونية"
HEBREW = "המשרד אמר כי הקרן החדשה תתמוך במחקר בתחום השבבים"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@dataclass(frozen=True)
class Case:
    """One hostile input: file name, bytes, and what importing it must give."""

    name: str
    data: bytes
    must_contain: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    refuse_ok: bool = False
    must_refuse: bool = False
    refusal_mentions: tuple[str, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)


def _page(body: str, *, title: str = "A hostile page", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>\n" for t in texts)


def cases(rng: random.Random | None = None, *, big_mb: int = 50) -> list[Case]:
    """Every hostile case; ``rng`` varies the filler so the torture run sees many variants."""
    rng = rng or random.Random(0)
    tag = f"{rng.randrange(10**6):06d}"
    prose = PROSE * 3
    out = [
        Case("empty.html", b"", must_refuse=True),
        Case("empty.txt", b"", must_refuse=True),
        Case("blank.txt", b" \n\t\r\n  \n", must_refuse=True),
        Case("image-named.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096), must_refuse=True,
             refusal_mentions=("PNG",)),
        Case("random-bytes.html", rng.randbytes(20_000), refuse_ok=True),
        Case("huge.html", _huge_page(tag, big_mb).encode("utf-8"),
             must_contain=(f"zebrafinch{tag}",), refuse_ok=True),
        Case("deep.html", ("<!DOCTYPE html><html><head><title>Deep nesting</title></head><body>"
                           + "<div>" * 100_000 + f"<p>{prose} flamingo{tag} at the bottom.</p>"
                           + "</div>" * 100_000 + "</body></html>").encode("utf-8"),
             must_contain=(f"flamingo{tag}",), refuse_ok=True),
        Case("invalid-utf8.html",
             _page(_paras(f"Grüße aus München, pelican{tag}. {prose}",
                          f"{prose} Second paragraph about lithography.")).encode("utf-8")
             .replace(b"pelican", b"\xff\xfe\xc3(pelican"),
             must_contain=(f"pelican{tag}", "München", "lithography")),
        Case("utf16-bom.html",
             codecs.BOM_UTF16_LE + _page(_paras(f"Ça coûte très cher, hérisson{tag}. {prose}",
                                                 FRENCH * 2), charset=None).encode("utf-16-le"),
             must_contain=(f"hérisson{tag}", "très", "“inacceptable”")),
        Case("cp1252-meta.html",
             _page(_paras(f"Nouvelles {tag}. " + FRENCH * 3, FRENCH * 2),
                   charset="windows-1252").encode("cp1252"),
             must_contain=("café", "5 €", "“inacceptable”", "déjà", "naïf")),
        Case("cp1252-no-meta.html",
             _page(_paras(f"Nouvelles {tag}. " + FRENCH * 3, FRENCH * 2),
                   charset=None).encode("cp1252"),
             must_contain=("café", "5 €", "déjà", "naïf")),
        Case("gb18030-meta.html",
             _page(_paras(f"新闻{tag}。" + CHINESE * 3, CHINESE * 2), title="半导体新闻",
                   charset="gb18030").encode("gb18030"),
             must_contain=("半导体产业", "光刻设备国产化")),
        Case("gb18030-no-meta.html",
             _page(_paras(f"新闻{tag}。" + CHINESE * 3, CHINESE * 2), title="半导体新闻",
                   charset=None).encode("gb18030"),
             must_contain=("半导体产业", "光刻设备国产化")),
        Case("all-script.html",
             ("<!DOCTYPE html><html><head><title>Scripts</title></head><body>"
              + "".join(f"<script>var secretscript{tag}_{i} = '{prose}';</script>"
                        for i in range(200))
              + "</body></html>").encode("utf-8"),
             must_not_contain=(f"secretscript{tag}", "var "), refuse_ok=True),
        Case("no-text.html",
             b"<!DOCTYPE html><html><head></head><body><div><img src='a.png'><hr><br>"
             b"<span></span></div></body></html>", must_refuse=True),
        Case("zero-width-flood.html",
             _page("\u200b" * 300_000 + _paras(f"Zero-width flood, ocelot{tag}. {prose}", prose)
                   + "\u200b" * 300_000 + "\u200c\u200d\ufeff" * 50_000).encode("utf-8"),
             must_contain=(f"ocelot{tag}",)),
        Case("zero-width-only.txt", ("\u200b\u200c\u200d\ufeff" * 250_000).encode("utf-8"),
             must_refuse=True),
        Case("one-line-5mb.txt",
             (f"capybara{tag} " + PROSE * (5_000_000 // len(PROSE))).encode("utf-8"),
             must_contain=(f"capybara{tag}",), refuse_ok=True),
        # One line pasted over and over: each reading of a line against the others
        # (pull quotes, wrapping) must stay near linear, or 20,000 lines take a minute.
        Case("repeated-sentence.txt",
             f"{PROSE.strip()} Walrus{tag} said so.\n".encode() * 15_000,
             must_contain=(f"Walrus{tag}",), refuse_ok=True),
        Case("repeated-buttons.txt",  # wrapped-looking lines, all joined into one
             f"Log out Sign in Share Save Email Print Home News World Stoat{tag}\n".encode()
             * 20_000,
             refuse_ok=True),
        Case("repeated-sidebar.txt",
             ("Navigation" + " " * 60 + f"The council voted on the plan for the parks, lynx{tag}.\n")
             .encode("utf-8") * 20_000,
             must_contain=(f"lynx{tag}",), refuse_ok=True),
        Case("rtl-mixed.html",
             _page(_paras(f"The ministry said {ARABIC} in Cairo, kingfisher{tag}. {prose}",
                          f"Officials in Jerusalem added {HEBREW} on Tuesday. {prose}",
                          f"{ARABIC}. {HEBREW}. {ARABIC}.")).encode("utf-8"),
             must_contain=(f"kingfisher{tag}", "الصندوق الجديد", "הקרן החדשה", "ministry")),
        Case("rtl-mixed.txt",
             (f"Ministry statement {tag}\n\nThe ministry said {ARABIC} in Cairo, heron{tag}. "
              f"{prose}\n\nOfficials added {HEBREW} on Tuesday. {prose}\n").encode(),
             must_contain=(f"heron{tag}", "الصندوق الجديد", "הקרן החדשה")),
    ]
    return out


def _huge_page(tag: str, megabytes: int) -> str:
    head = _paras(f"Colossal page, zebrafinch{tag}: {PROSE}", PROSE)
    filler_para = f"<p>{PROSE * 4}</p>\n"
    count = megabytes * 1_000_000 // len(filler_para)
    return _page(head + filler_para * count, title="A colossal page")


def write(folder: Path, items: list[Case]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in items:
        path = folder / case.name
        path.write_bytes(case.data)
        paths.append(path)
    return paths


def judge(case: Case, path: Path, result: dict[str, object]) -> list[str]:
    """What is wrong with the import of ``case`` (empty when it behaved)."""
    problems: list[str] = []
    added = result["added"]
    failed = result["failed"]
    assert isinstance(added, list) and isinstance(failed, list)
    if failed:
        where, reason = failed[0]
        if case.must_contain and not case.refuse_ok:
            problems.append(f"refused ({reason}) but it should have become a clip")
        if path.name not in where and path.name not in reason:
            problems.append(f"the refusal does not name the file: {where!r}: {reason!r}")
        if len(str(reason).strip()) < 10 or "Traceback" in reason:
            problems.append(f"the refusal does not say the problem: {reason!r}")
        for word in case.refusal_mentions:
            if word not in reason:
                problems.append(f"the refusal does not mention {word}: {reason!r}")
    elif not added:
        problems.append(f"neither a clip nor a refusal: {result}")
    else:
        if case.must_refuse:
            problems.append("should have been refused but became a clip")
        for clip in added:
            assert isinstance(clip, dict)
            visible = str(clip["text"]).translate(_INVISIBLE).strip()
            if not visible:
                problems.append(f"an empty clip was stored (title {clip['title']!r}, no text); "
                                "a page without an article should be refused")
            text = f"{clip['title']}\n{clip['text']}"
            for word in case.must_contain:
                if word not in text:
                    problems.append(f"the clip's text lacks {word!r}: {text[:200]!r}")
            for word in case.must_not_contain:
                if word in text or word in str(clip["html"]):
                    problems.append(f"the clip holds {word!r}, which it must not")
            if text.count("\u200b") > 10:
                problems.append(f"the clip keeps {text.count(chr(0x200b))} zero-width spaces")
    return problems
