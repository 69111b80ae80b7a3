"""The cleaned article put together: paragraphs, simple HTML, excerpt, removed blocks.

Body lines become blocks (paragraphs, subheadings, lists, program text) that
give both the plain text (one blank line between blocks) and a small,
escaped HTML body; dropped lines are merged into blocks with their reasons.
"""

from __future__ import annotations

import html as html_lib
import re

from clipper.clean import lang as lang_detect
from clipper.clean import lines, textmeta
from clipper.model import Article, Candidate, Removed

_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s+")


def _paragraphs(body: list[lines.Line]) -> list[tuple[str, list[str]]]:
    """Group body lines into blocks: ("p"|"h"|"ul"|"ol"|"pre", lines)."""
    blocks: list[tuple[str, list[str]]] = []
    for idx, line in enumerate(body):
        if "code" in line.tags:
            if blocks and blocks[-1][0] == "pre":
                blocks[-1][1].append(line.text)
            else:
                blocks.append(("pre", [line.text]))
            continue
        if line.bullet:
            kind = "ol" if _NUMBERED.match(line.text) else "ul"
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(line.text)
            else:
                blocks.append((kind, [line.text]))
            continue
        nxt = body[idx + 1] if idx + 1 < len(body) else None
        heading = (
            "prose" not in line.tags
            and not line.end_punct
            and line.weight <= 12
            and nxt is not None
        )
        blocks.append(("h" if heading else "p", [line.text]))
    return blocks


def _html(blocks: list[tuple[str, list[str]]]) -> str:
    parts: list[str] = []
    for kind, texts in blocks:
        if kind == "pre":
            parts.append(f"<pre>{html_lib.escape(chr(10).join(texts))}</pre>")
        elif kind in ("ul", "ol"):
            items = "".join(
                f"<li>{html_lib.escape(lines.BULLET_START.sub('', t, count=1))}</li>" for t in texts
            )
            parts.append(f"<{kind}>{items}</{kind}>")
        else:
            tag = "h2" if kind == "h" else "p"
            parts.append(f"<{tag}>{html_lib.escape(texts[0])}</{tag}>")
    return "\n".join(parts)


def _excerpt(subtitle: str | None, blocks: list[tuple[str, list[str]]]) -> str:
    source = subtitle or next((t[0] for k, t in blocks if k == "p"), "")
    if len(source) <= 300:
        return source
    cut = source[:300]
    sentence = max(cut.rfind(". "), cut.rfind("。"))
    return cut[: sentence + 1] if sentence > 120 else cut.rsplit(" ", 1)[0] + "…"


def _merge_removed(removed: list[tuple[lines.Line, str]]) -> tuple[Removed, ...]:
    """Neighbouring lines dropped for the same reason become one block."""
    runs: list[tuple[str, list[str]]] = []  # joined once: a run may be thousands of lines
    last_index = -2
    for line, reason in sorted(removed, key=lambda r: r[0].index):
        if runs and runs[-1][0] == reason and line.index == last_index + 1:
            runs[-1][1].append(line.text)
        else:
            runs.append((reason, [line.text]))
        last_index = line.index
    return tuple(Removed("\n".join(texts), reason) for reason, texts in runs)


def build_article(
    body: list[lines.Line],
    removed: list[tuple[lines.Line, str]],
    meta: textmeta.Meta,
    lang: str | None,
    url: str | None,
) -> Article:
    """The Article: body text and HTML, metadata, removed blocks and candidates."""
    blocks = _paragraphs(body)
    text = "\n\n".join("\n".join(texts) for _, texts in blocks)
    body_lang = lang_detect.detect("\n".join(ln.text for ln in body[:40])) or lang
    cands = {
        name: _mark(values, chosen)
        for name, values, chosen in (
            ("title", meta.candidates.get("title", []), meta.title),
            ("subtitle", meta.candidates.get("subtitle", []), meta.subtitle),
            ("authors", meta.candidates.get("authors", []), None),
            ("published", meta.candidates.get("published", []), meta.published),
            ("site", meta.candidates.get("site", []), meta.site),
        )
        if values
    }
    if "authors" in cands:
        cands["authors"] = tuple(
            Candidate(c.value, c.source, c.value in meta.authors) for c in cands["authors"]
        )
    if body_lang:
        cands["lang"] = (Candidate(body_lang, "text", True),)
    return Article(
        title=meta.title,
        subtitle=meta.subtitle,
        authors=meta.authors,
        published=meta.published,
        site=meta.site,
        url=url,
        lang=body_lang,
        text=text,
        html=_html(blocks),
        excerpt=_excerpt(meta.subtitle, blocks),
        removed=_merge_removed(removed),
        candidates=cands,
    )


def _mark(values: list[Candidate], chosen: str | None) -> tuple[Candidate, ...]:
    out = [Candidate(c.value, c.source, chosen is not None and c.value == chosen) for c in values]
    if chosen and not any(c.chosen for c in out):
        out.insert(0, Candidate(chosen, "text", True))
    return tuple(out)
