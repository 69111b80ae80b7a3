"""The search language: parsed by our own parser into FTS5 and SQL.

User text never reaches MATCH or SQL unparsed: every word and phrase is
re-quoted for FTS5, every filter value is a bound parameter. The language
(documented in docs/query-language.md)::

    china chips              both words (AND)
    "export controls"        an exact phrase
    chips OR semiconductors  either
    -potato  -"potato chips" exclude
    semicond*                prefix
    (a OR b) c               grouping
    title:huawei  author:johnson  notes:follow-up
    tag:"tech self-reliance" (with its child tags)  site:example.com  lang:de
    after:2024-01-01  before:2024-03-31  year:2024  (YYYY, YYYY-MM or YYYY-MM-DD)
    is:untagged  is:tagged  is:duplicate  is:incomplete  is:annotated
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from clipper.errors import QueryError

TEXT_FIELDS = {"title": "title", "author": "authors", "authors": "authors", "notes": "notes"}
FILTER_FIELDS = ("tag", "site", "lang", "after", "before", "year", "is")
KNOWN_FIELDS = tuple(sorted(set(TEXT_FIELDS) | set(FILTER_FIELDS)))
IS_VALUES = ("untagged", "tagged", "duplicate", "incomplete", "annotated")

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORDISH = re.compile(r"\w", re.UNICODE)
_FIELD = re.compile(r"([A-Za-z]+):")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# The effective date of a clip: when it was published, else when it was captured.
DATE_SQL = "coalesce(c.published, c.captured)"


# -- syntax tree -----------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A word or phrase to find, optionally in one column."""

    text: str
    pos: int
    phrase: bool = False
    prefix: bool = False
    column: str | None = None


@dataclass(frozen=True)
class Filter:
    """A condition on a clip's fields rather than its words."""

    field: str
    value: str
    pos: int


@dataclass(frozen=True)
class Not:
    """Excludes what its node matches: ``-word``, ``-"phrase"`` or ``NOT``."""

    node: Node


@dataclass(frozen=True)
class And:
    """Wants every one of its nodes: words side by side, or joined with ``AND``."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Wants any one of its nodes: ``a OR b``."""

    nodes: tuple[Node, ...]


Node = Text | Filter | Not | And | Or


# -- tokens ----------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # WORD PHRASE FIELD LPAREN RPAREN OR AND NOT MINUS
    value: str
    pos: int
    field: str = ""
    quoted: bool = False


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    n = len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            tokens.append(_Token("LPAREN" if ch == "(" else "RPAREN", ch, i))
            i += 1
            continue
        if ch == "-" and i + 1 < n and not query[i + 1].isspace() and query[i + 1] != "-":
            tokens.append(_Token("MINUS", ch, i))
            i += 1
            continue
        if ch == '"':
            value, i = _read_phrase(query, i)
            tokens.append(_Token("PHRASE", value, i - len(value) - 2))
            continue
        match = _FIELD.match(query, i)
        if match and not query.startswith("//", match.end()):
            name = match.group(1).lower()
            start = i
            i = match.end()
            if i < n and query[i] == '"':
                value, i = _read_phrase(query, i)
                tokens.append(_Token("FIELD", value, start, field=name, quoted=True))
            else:
                end = _word_end(query, i)
                tokens.append(_Token("FIELD", query[i:end], start, field=name))
                i = end
            continue
        end = _word_end(query, i)
        word = query[i:end]
        kind = word if word in ("OR", "AND", "NOT") else "WORD"
        tokens.append(_Token(kind, word, i))
        i = end
    return tokens


def _word_end(query: str, i: int) -> int:
    while i < len(query) and not query[i].isspace() and query[i] not in '()"':
        i += 1
    return i


def _read_phrase(query: str, start: int) -> tuple[str, int]:
    end = query.find('"', start + 1)
    if end < 0:
        raise QueryError(
            f'Unclosed quote at character {start + 1}: add the closing ".', query, start
        )
    return query[start + 1 : end], end + 1


# -- parser ----------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        # Control characters are spaces to us: FTS5 reads MATCH as C text and
        # would stop at a NUL. One for one, so positions in messages still hold.
        self.tokens = _tokenize(_CONTROL.sub(" ", query))
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def error(self, message: str, pos: int) -> QueryError:
        return QueryError(message, self.query, pos)

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.parse_or()
        tok = self.peek()
        if tok is not None:
            raise self.error(
                f"Unmatched “)” at character {tok.pos + 1}: remove it or add a “(” before it.",
                tok.pos,
            )
        return node

    def parse_or(self) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind == "OR":
            raise self.error(f"OR at character {tok.pos + 1} needs a word before it.", tok.pos)
        nodes = [self.parse_and()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.i += 1
            after = self.peek()
            if after is None or after.kind in ("RPAREN", "OR"):
                raise self.error(f"OR at character {tok.pos + 1} needs a word after it.", tok.pos)
            nodes.append(self.parse_and())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_and(self) -> Node:
        nodes: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in ("RPAREN", "OR"):
            if tok.kind == "AND":
                self.i += 1
                after = self.peek()
                if not nodes or after is None or after.kind in ("RPAREN", "OR", "AND"):
                    raise self.error(
                        f"AND at character {tok.pos + 1} needs a word on each side.", tok.pos
                    )
                continue
            nodes.append(self.parse_unary())
        if not nodes:
            tok = self.peek()
            pos = tok.pos if tok else len(self.query)
            raise self.error(f"Nothing to search for at character {pos + 1}.", pos)
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_unary(self) -> Node:
        tok = self.peek()
        assert tok is not None
        if tok.kind in ("MINUS", "NOT"):
            self.i += 1
            after = self.peek()
            if after is None or after.kind in ("RPAREN", "OR", "AND", "MINUS", "NOT"):
                raise self.error(
                    f"“{tok.value}” at character {tok.pos + 1} "
                    "must be followed by what to exclude.",
                    tok.pos,
                )
            return Not(self.parse_atom())
        return self.parse_atom()

    def parse_atom(self) -> Node:
        tok = self.peek()
        assert tok is not None
        self.i += 1
        if tok.kind == "LPAREN":
            inner = self.parse_or()
            close = self.peek()
            if close is None or close.kind != "RPAREN":
                raise self.error(
                    f"The “(” at character {tok.pos + 1} is never closed: add a “)”.", tok.pos
                )
            self.i += 1
            return inner
        if tok.kind == "PHRASE":
            return Text(tok.value, tok.pos, phrase=True)
        if tok.kind == "FIELD":
            return self.field(tok)
        word = tok.value
        prefix = word.endswith("*") and len(word.rstrip("*")) > 0
        return Text(word.rstrip("*") if prefix else word, tok.pos, prefix=prefix)

    def field(self, tok: _Token) -> Node:
        name = tok.field
        if name not in KNOWN_FIELDS:
            raise self.error(
                f"Unknown field “{name}:” at character {tok.pos + 1}. "
                f"Known fields: {', '.join(f + ':' for f in KNOWN_FIELDS)}.",
                tok.pos,
            )
        value = tok.value.strip()
        if not value:
            raise self.error(
                f"“{name}:” at character {tok.pos + 1} needs a value, as in {_example(name)}.",
                tok.pos,
            )
        if name in TEXT_FIELDS:
            prefix = not tok.quoted and value.endswith("*") and len(value.rstrip("*")) > 0
            return Text(
                value.rstrip("*") if prefix else value,
                tok.pos,
                phrase=tok.quoted or " " in value,
                prefix=prefix,
                column=TEXT_FIELDS[name],
            )
        if name in ("after", "before", "year"):
            _parse_period(value, name, self.query, tok.pos)  # validate now, with position
        if name == "is" and value.lower() not in IS_VALUES:
            raise self.error(
                f"Unknown “is:{value}” at character {tok.pos + 1}. "
                f"Use one of: {', '.join('is:' + v for v in IS_VALUES)}.",
                tok.pos,
            )
        return Filter(name, value, tok.pos)


def _example(name: str) -> str:
    return {
        "tag": 'tag:"tech self-reliance"',
        "site": "site:example.com",
        "lang": "lang:de",
        "after": "after:2024-01-01",
        "before": "before:2024-03-31",
        "year": "year:2024",
        "is": "is:untagged",
        "title": "title:huawei",
        "author": "author:johnson",
        "authors": "authors:johnson",
        "notes": "notes:follow-up",
    }[name]


def parse(query: str) -> Node | None:
    """Parse a query; None for an empty one.

    Raises:
        QueryError: with the character position of the problem.
    """
    return _Parser(query).parse()


# -- dates -------------------------------------------------------------------


def _parse_period(value: str, name: str, query: str, pos: int) -> tuple[str, str]:
    """The first day of the period and the day after its end, as ISO dates."""
    match = _DATE.match(value)
    message = (
        f"“{name}:{value}” at character {pos + 1} is not a date: "
        f"write it as 2024, 2024-03 or 2024-03-31."
    )
    if not match or (name == "year" and match.group(2)):
        raise QueryError(message, query, pos)
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    try:
        if day:
            start = dt.date(year, int(month), int(day))
            end = start + dt.timedelta(days=1)
        elif month:
            start = dt.date(year, int(month), 1)
            end = start + dt.timedelta(days=calendar.monthrange(year, int(month))[1])
        else:
            start = dt.date(year, 1, 1)
            end = dt.date(year + 1, 1, 1)
    except (ValueError, OverflowError) as err:
        raise QueryError(message, query, pos) from err
    return start.isoformat(), end.isoformat()


# -- compiling ---------------------------------------------------------------


@dataclass
class Compiled:
    """A query as FTS5 and SQL: ``match`` ranks; ``where`` filters ``clips c``."""

    match: str | None = None
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    cjk_terms: list[str] = field(default_factory=list)

    def sql_where(self) -> str:
        """The conditions joined with AND (``1`` when there are none)."""
        return " AND ".join(f"({w})" for w in self.where) or "1"


@dataclass
class _Part:
    """A compiled node: a pure FTS expression, or SQL, or FTS plus SQL."""

    fts: str | None = None
    negated_fts: bool = False
    sql: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)


def compile_query(query: str) -> Compiled:
    """Parse and compile ``query`` (see the module's docstring for the language)."""
    node = parse(query)
    out = Compiled()
    if node is None:
        return out
    out.cjk_terms = _cjk_terms(node)
    part = _Compiler(query).node(node)
    if part.negated_fts:
        part = _Compiler(query).to_sql(part)
    out.match = part.fts
    out.where, out.params = _merge_date_ranges(list(part.sql), list(part.params))
    return out


_DATE_BOUND = re.compile(r"^coalesce\(c\.published, c\.captured\) ([<>]=? \?)$")


def _merge_date_ranges(where: list[str], params: list[object]) -> tuple[list[str], list[object]]:
    """``after:`` and ``before:`` side by side as one range of ids from the date index.

    A range names only ``c.id`` and so is tested without reading clips (see
    ``search._id_only``); a bound alone stays a test on the row, as its id
    list could hold most of the library.
    """
    dates: list[str] = []
    date_params: list[object] = []
    rest: list[str] = []
    rest_params: list[object] = []
    i = 0
    for condition in where:
        n = condition.count("?")
        found = _DATE_BOUND.match(condition)
        if found:
            dates.append(f"{_DATE_KEY} {found.group(1)}")
            date_params.extend(params[i : i + n])
        else:
            rest.append(condition)
            rest_params.extend(params[i : i + n])
        i += n
    if len(dates) < 2:
        return where, params
    return [_date_filter(" AND ".join(dates)), *rest], [*date_params, *rest_params]


class _Compiler:
    def __init__(self, query: str) -> None:
        self.query = query

    def node(self, node: Node) -> _Part:
        if isinstance(node, Text):
            return _Part(fts=self.text(node))
        if isinstance(node, Filter):
            sql, params = self.filter(node)
            return _Part(sql=[sql], params=params)
        if isinstance(node, Not):
            inner = self.node(node.node)
            if inner.fts is not None and not inner.sql and not inner.negated_fts:
                return _Part(fts=inner.fts, negated_fts=True)
            sql, params = self.as_condition(inner)
            return _Part(sql=[f"NOT ({sql})"], params=params)
        if isinstance(node, And):
            return self.conjunction([self.node(n) for n in node.nodes])
        parts = [self.node(n) for n in node.nodes]
        if all(p.fts is not None and not p.sql and not p.negated_fts for p in parts):
            return _Part(fts=" OR ".join(f"({p.fts})" for p in parts))
        conditions = [self.as_condition(p) for p in parts]
        return _Part(
            sql=[" OR ".join(f"({c})" for c, _ in conditions)],
            params=[p for _, ps in conditions for p in ps],
        )

    def conjunction(self, parts: list[_Part]) -> _Part:
        positive = [p.fts for p in parts if p.fts is not None and not p.negated_fts]
        negative = [p.fts for p in parts if p.fts is not None and p.negated_fts]
        out = _Part()
        for p in parts:
            out.sql.extend(p.sql)
            out.params.extend(p.params)
        if positive:
            expr = " AND ".join(f"({e})" for e in positive)
            for neg in negative:
                expr = f"({expr}) NOT ({neg})"
            out.fts = expr
        else:
            for neg in negative:
                out.sql.append("c.id NOT IN (SELECT rowid FROM clip_fts WHERE clip_fts MATCH ?)")
                out.params.append(neg)
        return out

    def as_condition(self, part: _Part) -> tuple[str, list[object]]:
        """Any part as one SQL condition on ``c.id`` (for use inside OR and NOT)."""
        part = self.to_sql(part)
        return " AND ".join(f"({s})" for s in part.sql) or "1", part.params

    def to_sql(self, part: _Part) -> _Part:
        sql = list(part.sql)
        params = list(part.params)
        if part.fts is not None:
            op = "NOT IN" if part.negated_fts else "IN"
            sql.insert(0, f"c.id {op} (SELECT rowid FROM clip_fts WHERE clip_fts MATCH ?)")
            params.insert(0, part.fts)
        return _Part(sql=sql, params=params)

    def text(self, node: Text) -> str:
        pieces: list[str] = []
        rest = node.text
        for run in _CJK_RUN.findall(rest):
            pieces.append(_cjk_expr(run))
        latin = _CJK_RUN.sub(" ", rest)
        if _WORDISH.search(latin):
            words = latin.split()
            if node.phrase:
                expr = _quote(" ".join(words))
                pieces.insert(0, f"{node.column} : {expr}" if node.column else expr)
            else:
                for word in words:
                    if not _WORDISH.search(word):
                        continue
                    expr = _quote(word) + ("*" if node.prefix and word == words[-1] else "")
                    pieces.insert(0, f"{node.column} : {expr}" if node.column else expr)
        if not pieces:
            raise QueryError(
                f"“{node.text}” at character {node.pos + 1} "
                "has no letters or digits to search for.",
                self.query,
                node.pos,
            )
        return " AND ".join(pieces) if len(pieces) > 1 else pieces[0]

    def filter(self, node: Filter) -> tuple[str, list[object]]:
        value = node.value
        if node.field == "tag":
            name = " ".join(value.split()).strip("/")
            return (
                "c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\')",
                [name, _like_escape(name) + "/%"],
            )
        if node.field == "site":
            return _site_filter(value)
        if node.field == "lang":
            code = value.lower()
            return (
                "lower(c.lang) = ? OR lower(c.lang) LIKE ? ESCAPE '\\'",
                [code, _like_escape(code) + "-%"],
            )
        if node.field in ("after", "before", "year"):
            start, end = _parse_period(value, node.field, self.query, node.pos)
            # One bound alone can hold most of the library: tested on the row.
            if node.field == "after":
                return f"{DATE_SQL} >= ?", [start]
            if node.field == "before":
                return f"{DATE_SQL} < ?", [end]
            return _date_filter(f"{_DATE_KEY} >= ? AND {_DATE_KEY} < ?"), [start, end]
        return _IS_SQL[value.lower()], []


# The expression of the schema's clips_date index, spelled exactly as indexed.
_DATE_KEY = "coalesce(published, captured)"


def _date_filter(condition: str) -> str:
    """A date condition as a set of clip ids read from the clips_date index alone.

    Conditions that only name ``c.id`` let the search test them without
    reading the clip's row (see ``search._from``), which for a large library
    is most of a query's time.
    """
    return f"c.id IN (SELECT id FROM clips WHERE {condition})"


def _site_filter(value: str) -> tuple[str, list[object]]:
    """Clips from a host, its sub-domains or a host with more labels, or a site by name.

    Written so every branch can use an index: the host itself and
    ``host.…`` as ranges on ``clips_domain``, sub-domains (``….host``, which
    no index can find) by walking the distinct domains of that index (one
    seek per domain, not one row per clip), the site name through
    ``clips_site``. The obvious ``domain LIKE '%.host' OR site = ?`` reads
    every clip instead.
    """
    host = value.lower().removeprefix("www.")
    return (
        "c.id IN (SELECT id FROM clips WHERE domain = ? "
        "UNION ALL SELECT id FROM clips WHERE domain > ? AND domain < ? "
        "UNION ALL SELECT id FROM clips WHERE domain IN ("
        "WITH RECURSIVE d(x) AS (SELECT min(domain) FROM clips UNION ALL "
        "SELECT (SELECT min(domain) FROM clips WHERE domain > x) FROM d WHERE x IS NOT NULL) "
        "SELECT x FROM d WHERE x LIKE ? ESCAPE '\\') "
        "UNION ALL SELECT id FROM clips WHERE site = ? COLLATE NOCASE)",
        [host, host + ".", host + "/", "%." + _like_escape(host), value],
    )


_IS_SQL = {
    "untagged": "NOT EXISTS (SELECT 1 FROM clip_tags x WHERE x.clip_id = c.id)",
    "tagged": "EXISTS (SELECT 1 FROM clip_tags x WHERE x.clip_id = c.id)",
    "duplicate": "c.duplicate_of IS NOT NULL",
    "incomplete": "c.title = '' OR c.published IS NULL OR c.authors = '[]'",
    "annotated": "c.notes != ''",
}


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _cjk_expr(run: str) -> str:
    if len(run) == 1:
        return f"cjk : {_quote(run)}*"
    grams = " ".join(run[i : i + 2] for i in range(len(run) - 1))
    return f"cjk : {_quote(grams)}"


def _cjk_terms(node: Node) -> list[str]:
    """CJK runs the query looks for (positively), for snippets made in Python."""
    if isinstance(node, Text):
        return _CJK_RUN.findall(node.text)
    if isinstance(node, (And, Or)):
        return [t for n in node.nodes for t in _cjk_terms(n)]
    return []


def highlight_terms(query: str) -> list[str]:
    """The words and phrases a reader should mark for this query (never raises)."""
    try:
        node = parse(query)
    except QueryError:
        return []
    return _terms(node) if node is not None else []


def _terms(node: Node) -> list[str]:
    if isinstance(node, Text):
        return [node.text]
    if isinstance(node, (And, Or)):
        return [t for n in node.nodes for t in _terms(n)]
    return []
