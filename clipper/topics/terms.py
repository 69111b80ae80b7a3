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

import bisect
import re
import unicodedata
from collections import Counter
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


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def normalise(text: str) -> str:
    """Case-fold and strip accents so "Förderung" finds "forderung" and "FÖRDERUNG".

    Only the Latin, Greek and Cyrillic combining accents are stripped, so
    Japanese voiced kana (が) stay distinct from their plain forms (か).
    """
    text = text.replace("’", "'")
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


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
    """One part of an article (title, subtitle or body), ready to match.

    Counting works on the distinct words (a few hundred per article) rather
    than on every word; positions, needed only for phrases, are found on
    demand for the phrase's first word and kept.
    """

    text: str
    tokens: list[str]
    raw_counts: dict[str, int]
    counts: dict[str, int]  # raw words and their singular forms
    _positions: dict[str, list[int]] = field(default_factory=dict)
    _sorted: list[str] | None = None  # the vocabulary in order, for prefix terms
    _at: dict[str, list[int]] | None = None  # each word's positions, for phrases
    _forms: dict[str, set[str]] | None = None  # a word and its singular -> the words written

    @classmethod
    def of(cls, raw: str) -> Field:
        """Normalise and count a text once, so every term then matches against the counts."""
        text = normalise(raw)
        tokens = _WORD.findall(text)
        raw_counts: dict[str, int] = dict(Counter(tokens))
        counts = dict(raw_counts)
        for tok, n in raw_counts.items():
            stem = _singular(tok)
            if stem != tok:
                counts[stem] = counts.get(stem, 0) + n
        return cls(text, tokens, raw_counts, counts)

    def count(self, term: Term) -> int:
        """How many times ``term`` occurs here."""
        if term.cjk:
            return self.text.count(term.cjk)
        first, rest = term.words[0], term.words[1:]
        if term.prefix and not rest:
            return self._prefixed(first)
        if first not in self.counts:
            return 0
        if not rest:
            return self.counts[first]
        return sum(1 for i in self._positions_of(first) if self._follows(i + 1, rest, term.prefix))

    def _prefixed(self, start: str) -> int:
        """How many words begin with ``start``: a range of the sorted vocabulary, not a scan."""
        if self._sorted is None:
            self._sorted = sorted(self.raw_counts)
        words = self._sorted
        total = 0
        for i in range(bisect.bisect_left(words, start), len(words)):
            if not words[i].startswith(start):
                break
            total += self.raw_counts[words[i]]
        return total

    def _positions_of(self, word: str) -> list[int]:
        found = self._positions.get(word)
        if found is None:
            if self._at is None:  # one pass over the text indexes every word and its forms
                self._at, self._forms = {}, {}
                for i, tok in enumerate(self.tokens):
                    self._at.setdefault(tok, []).append(i)
                for tok in self._at:
                    self._forms.setdefault(tok, set()).add(tok)
                    self._forms.setdefault(_singular(tok), set()).add(tok)
            forms = self._forms.get(word, set()) if self._forms is not None else set()
            found = sorted(i for tok in forms for i in self._at[tok])
            self._positions[word] = found
        return found

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
    if token[-1:] != "s":
        return token
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
        """Prepare an article's three parts once, so each topic scores it without re-reading."""
        return cls(Field.of(title or ""), Field.of(subtitle or ""), Field.of(body or ""))
