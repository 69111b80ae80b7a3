"""Clips written for the export tests: every field filled, and the awkward
values each format must escape (LaTeX specials, accents, Chinese, a title
that looks like a spreadsheet formula, notes over several lines)."""

from __future__ import annotations

from clipper.model import Clip, Original

FULL = Clip(
    uuid="3f2a9c1e-0b7d-4e55-9a21-6c8f0d2e4b17",
    title="China's chip push: 50% & rising — Müller's “self-reliance” #1",
    subtitle="Beijing bets on domestic substitution",
    authors=("Samantha Johnson", "José Müller-Ñúñez", "Reuters Staff"),
    published="2024-03-06",
    site="Example News & Co",
    url="https://www.example.com/news/chips?id=7&ref={x}",
    lang="en",
    text="Beijing wants self-reliance.\n\nThe plan costs $5 billion_total ~ 10^3 \\ {braces}.",
    html=(
        "<h2>Plan</h2><p>Beijing wants <em>self-reliance</em>.</p>"
        "<ul><li>chips</li><li>tools</li></ul>"
    ),
    excerpt="Beijing wants self-reliance.",
    word_count=12,
    notes="First thought.\n\nSecond paragraph with 100% certainty & a_b.",
    captured="2024-03-07T09:00:00+00:00",
    updated="2024-03-08T10:30:00+00:00",
    tags=("tech self-reliance", "china/semiconductors"),
    original=Original("html", "<html><body>orig</body></html>", "page.html"),
)

CHINESE = Clip(
    uuid="8d1b5a2c-7e34-4c0f-b6a9-2f1e3d4c5b6a",
    title="半导体芯片产业：自立自强",
    authors=("张三",),
    published="2023-11-20T08:15:00+08:00",
    site="人民网",
    url="https://www.people.com.cn/n1/2023/1120/c1004-1.html",
    lang="zh",
    text="中国推动半导体芯片产业自立自强。",
    excerpt="中国推动半导体芯片产业自立自强。",
    word_count=16,
    captured="2023-11-21T02:00:00+00:00",
    updated="2023-11-21T02:00:00+00:00",
    tags=("china/semiconductors",),
)

FORMULA = Clip(
    uuid="c0ffee00-1234-4abc-8def-001122334455",
    title='=HYPERLINK("http://evil.example","click")',
    authors=("@attacker",),
    url="https://blog.example.org/post",
    text="-2+3 is a formula too",
    notes="+cmd|' /C calc'!A0",
    captured="2022-01-02T03:04:05+00:00",
    updated="2022-01-02T03:04:05+00:00",
)

ALL = (FULL, CHINESE, FORMULA)
