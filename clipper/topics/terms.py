"""The term syntax of topic definitions, and finding terms in a text.

A topic's terms are plain strings so they travel in bundles, TOML files and
the GUI's list editor unchanged. Each string is one term::

    [facet:] words [*] [^weight]

- ``words``: a word or phrase in any language, matched without regard to
  case or accents. Latin-script words match whole words (``chip`` matches
  "chip" and "chips", not "chipset"); a trailing ``*`` matches any ending
  (``semiconduct*``). Hyphens and spaces are interchangeable
  ("self-reliance" = "self reliance"). Chinese and Japanese terms, which have
  no spaces to split on, match anywhere in the text.
- ``^weight``: how much one occurrence counts (default 1).
- ``facet:``: the group the term belongs to. A topic with several facets
  needs evidence from every one of them: "tech self-reliance" needs both a
  technology term and a self-reliance/policy term, so an article about potato
  chips or an island's food self-sufficiency is not tagged however often it
  says "chips" or "self-sufficiency".

Matching works on a ``Document``: the title, subtitle and body normalised
and tokenised once, so scoring many topics against thousands of clips costs
one pass over each text per topic term list rather than one regular
expression per term.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from clipper.errors import UserError

_WEIGHT = re.compile(r"\s*\^\s*(-?\d+(?:\.\d+)?)\s*$")
_FACET = re.compile(r"^\s*([A-Za-z][\w-]{0,30}):(?!//)\s*")
# Han, kana, hangul: scripts written without spaces between words.
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CHARS}]")
# Words of the other scripts; a run of CJK splits them ("国产AI芯片" holds "ai").
_WORD = re.compile(f"[^\\W{_CJK_CHARS}]+", re.UNICODE)


class TermError(UserError):
    """A topic term that cannot be understood."""


@dataclass(frozen=True)
class Term:
    """One parsed term: what to look for and how much it counts."""

    source: str
    words: tuple[str, ...]
    facet: str = ""
    weight: float = 1.0
    prefix: bool = False
    cjk: str = ""  # the normalised text to find as a substring, for CJK terms
    label: str = ""  # the words as the person wrote them (with any *), for explanations


def normalise(text: str) -> str:
    """Case-fold and strip accents so "Förderung" finds "forderung" and "FÖRDERUNG"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def parse(source: str) -> Term:
    """Read one term string.

    Raises:
        TermError: the term is empty or has no letters to look for.
    """
    rest = source
    weight = 1.0
    if found := _WEIGHT.search(rest):
        weight = float(found.group(1))
        rest = rest[: found.start()]
    facet = ""
    if found := _FACET.match(rest):
        facet = found.group(1).casefold()
        rest = rest[found.end() :]
    words = rest.strip()
    if not words.rstrip("*").strip():
        raise TermError(f"The topic term {source!r} is empty; write a word or phrase.")
    prefix = words.endswith("*")
    words = words.rstrip("*").strip()
    norm = normalise(words)
    if _CJK.search(norm):
        label = words + ("*" if prefix else "")
        return Term(source, (), facet, weight, prefix, cjk=re.sub(r"\s+", "", norm), label=label)
    raw = _WORD.findall(norm)
    if not raw:
        raise TermError(f"The topic term {source!r} has no letters or digits to look for.")
    # Fold plurals on both sides; a prefix word is kept as written.
    tokens = [_singular(t) for t in raw]
    if prefix:
        tokens[-1] = raw[-1]
    return Term(source, tuple(tokens), facet, weight, prefix, label=words + ("*" if prefix else ""))


def parse_all(sources: tuple[str, ...] | list[str]) -> list[Term]:
    """Parse a topic's term list, skipping blank lines."""
    return [parse(s) for s in sources if s.strip()]


@dataclass
class Field:
    """One part of an article (title, subtitle or body), ready to match."""

    text: str
    tokens: list[str]
    positions: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, raw: str) -> Field:
        text = normalise(raw)
        tokens = _WORD.findall(text)
        positions: dict[str, list[int]] = defaultdict(list)
        for i, tok in enumerate(tokens):
            positions[tok].append(i)
            stem = _singular(tok)
            if stem != tok:
                positions[stem].append(i)
        return cls(text, tokens, dict(positions))

    def count(self, term: Term) -> int:
        """How many times ``term`` occurs here."""
        if term.cjk:
            return self.text.count(term.cjk)
        first, rest = term.words[0], term.words[1:]
        if term.prefix and not rest:
            return sum(1 for tok in self.tokens if tok.startswith(first))
        hits = 0
        for i in self.positions.get(first, ()):
            if self._follows(i + 1, rest, term.prefix):
                hits += 1
        return hits

    def _follows(self, start: int, rest: tuple[str, ...], prefix: bool) -> bool:
        if start + len(rest) > len(self.tokens):
            return False
        for k, word in enumerate(rest):
            tok = self.tokens[start + k]
            last = k == len(rest) - 1
            if last and prefix:
                if not tok.startswith(word):
                    return False
            elif tok != word and _singular(tok) != word:
                return False
        return True


def _singular(token: str) -> str:
    """A light plural folding that is safe in most Latin-script languages."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("es") and token[-3] in "sxz":
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


@dataclass
class Document:
    """An article's title, subtitle and body, normalised once for matching."""

    title: Field
    subtitle: Field
    body: Field

    @classmethod
    def of(cls, title: str, subtitle: str | None, body: str) -> Document:
        return cls(Field.of(title or ""), Field.of(subtitle or ""), Field.of(body or ""))
