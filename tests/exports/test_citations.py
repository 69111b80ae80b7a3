"""CSL-JSON, RIS and BibTeX, each read back by a real reader of the format."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import bibtexparser
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from clipper.exports import common, registry
from tests.exports.samples import ALL, CHINESE, FORMULA, FULL


def export(tmp_path: Path, name: str) -> Path:
    fmt = registry.get(name)
    path = tmp_path / f"out{fmt.extension}"
    assert registry.write_path(fmt, ALL, path, full_text=False) == len(ALL)
    return path


def rejoin(name: str) -> str:
    """'Family, Given' back to the byline as written."""
    if ", " in name:
        family, given = name.split(", ", 1)
        return f"{given} {family}"
    return name


# -- CSL-JSON ---------------------------------------------------------------


def test_csl_json_fields(tmp_path: Path) -> None:
    items = json.loads(export(tmp_path, "csl-json").read_text(encoding="utf-8"))
    first = items[0]
    assert first["type"] == "article-newspaper"
    assert first["title"] == FULL.title
    assert first["container-title"] == FULL.site
    assert first["URL"] == FULL.url
    assert first["issued"] == {"date-parts": [[2024, 3, 6]]}
    assert first["accessed"] == {"date-parts": [[2024, 3, 7]]}
    assert first["language"] == "en"
    assert first["abstract"] == FULL.excerpt
    assert first["note"] == FULL.notes
    assert first["keyword"].split(", ") == list(FULL.tags)
    assert first["author"] == [
        {"family": "Johnson", "given": "Samantha"},
        {"family": "Müller-Ñúñez", "given": "José"},
        {"literal": "Reuters Staff"},
    ]
    assert items[1]["author"] == [{"literal": "张三"}]
    assert items[1]["issued"] == {"date-parts": [[2023, 11, 20]]}
    assert "issued" not in items[2] and "container-title" not in items[2]


def test_csl_json_renders_with_citeproc(tmp_path: Path) -> None:
    items = json.loads(export(tmp_path, "csl-json").read_text(encoding="utf-8"))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    citations = [Citation([CitationItem(item["id"])]) for item in items]
    for citation in citations:
        bibliography.register(citation)
    inline = bibliography.cite(citations[0], lambda item: None)
    assert inline == "(Johnson, Müller-Ñúñez and Reuters Staff, 2024)"
    rendered = [str(entry) for entry in bibliography.bibliography()]
    full = next(r for r in rendered if r.startswith("Johnson"))
    for part in (
        "Johnson, S.",
        "(2024)",
        FULL.title,
        "Example News & Co",
        "6 March",
        FULL.url,
        "Accessed: March 7, 2024",
    ):
        assert part in full
    chinese = next(r for r in rendered if r.startswith("张三"))
    assert CHINESE.title in chinese and "人民网" in chinese


# -- RIS --------------------------------------------------------------------


def test_ris_read_by_rispy(tmp_path: Path) -> None:
    path = export(tmp_path, "ris")
    assert b"\r\n" in path.read_bytes()
    records = rispy.load(path, encoding="utf-8")
    assert len(records) == 3
    full = records[0]
    assert full["type_of_reference"] == "NEWS"
    assert full["title"] == FULL.title
    assert [rejoin(a) for a in full["authors"]] == list(FULL.authors)
    assert full["secondary_title"] == FULL.site
    assert full["year"] == "2024"
    assert full["date"] == "2024/03/06"
    assert full["urls"] == [FULL.url]
    assert full["language"] == "en"
    assert full["abstract"] == FULL.excerpt
    assert full["keywords"] == list(FULL.tags)
    assert "\n".join(full["notes"]) == FULL.notes
    assert full["access_date"] == "2024/03/07"
    assert full["accession_number"] == FULL.uuid
    assert records[1]["authors"] == ["张三"]
    assert records[1]["title"] == CHINESE.title
    assert records[2]["notes"] == [FORMULA.notes]


def test_ris_notes_cannot_inject_a_record(tmp_path: Path) -> None:
    from dataclasses import replace

    sneaky = replace(FULL, notes="ER  - \nTY  - JOUR\nTI  - Injected")
    fmt = registry.get("ris")
    path = tmp_path / "sneaky.ris"
    registry.write_path(fmt, [sneaky], path, full_text=False)
    records = rispy.load(path, encoding="utf-8")
    assert len(records) == 1
    assert records[0]["title"] == FULL.title
    assert [n.strip() for n in records[0]["notes"]] == [
        line.strip() for line in sneaky.notes.splitlines()
    ]


# -- BibTeX -----------------------------------------------------------------


def test_bibtex_read_by_bibtexparser(tmp_path: Path) -> None:
    path = export(tmp_path, "bibtex")
    library = bibtexparser.parse_file(str(path), append_middleware=[LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    entries = {e.key: e for e in library.entries}
    keys = common.citation_keys(ALL)
    full = entries[keys[FULL.uuid]]
    assert full.entry_type == "article"
    fields = {name: f.value for name, f in full.fields_dict.items()}
    assert fields["title"] == FULL.title
    assert fields["subtitle"] == FULL.subtitle
    assert [rejoin(a) for a in fields["author"].split(" and ")] == list(FULL.authors)
    assert fields["journal"] == FULL.site
    assert fields["date"] == "2024-03-06"
    assert fields["year"] == "2024"
    assert fields["month"] == "mar"
    raw = bibtexparser.parse_file(str(path))  # URLs are verbatim: read them undecoded
    assert unquote(raw.entries[0].fields_dict["url"].value) == FULL.url
    assert fields["urldate"] == "2024-03-07"
    assert fields["language"] == "en"
    assert fields["keywords"].split(", ") == list(FULL.tags)
    assert fields["abstract"] == FULL.excerpt
    assert fields["annotation"] == FULL.notes

    chinese = {n: f.value for n, f in entries[keys[CHINESE.uuid]].fields_dict.items()}
    assert chinese["title"] == CHINESE.title and chinese["author"] == "张三"
    formula = entries[keys[FORMULA.uuid]]
    assert formula.entry_type == "online"
    assert formula.fields_dict["title"].value == FORMULA.title


def test_bibtex_escapes_latex_specials_and_accents(tmp_path: Path) -> None:
    raw = export(tmp_path, "bibtex").read_text(encoding="utf-8")
    title_line = next(line for line in raw.splitlines() if "chip push" in line)
    assert r"50{\%}" in title_line and r"{\&}" in title_line and r"{\#}1" in title_line
    assert r"M{\"u}ller" in title_line
    assert r"Jos{\'e}" in raw
    assert "ref=%7Bx%7D" in raw  # braces in a URL would unbalance the field
    # Braces balance in every entry, so no entry can swallow the next.
    for entry in raw.split("\n\n@"):
        depth = 0
        for index, char in enumerate(entry):
            if char in "{}" and (index == 0 or entry[index - 1] != "\\"):
                depth += 1 if char == "{" else -1
                assert depth >= 0
        assert depth == 0


def test_citation_keys_are_stable_and_unique() -> None:
    from dataclasses import replace

    keys = common.citation_keys(ALL)
    assert keys[FULL.uuid] == "johnson2024china"
    assert len(set(keys.values())) == len(ALL)
    assert all(k.isascii() for k in keys.values())
    # A key does not depend on which other clips are exported with it...
    assert common.citation_keys([FULL])[FULL.uuid] == keys[FULL.uuid]
    # ...and clashing keys are told apart by something of each clip's own.
    twin = replace(FULL, uuid="aaaaaaaa-0000-4000-8000-000000000000")
    clashing = common.citation_keys([FULL, twin])
    assert len(set(clashing.values())) == 2
    assert clashing == common.citation_keys([twin, FULL])


def test_names_split_for_citations() -> None:
    assert common.split_name("Samantha Johnson") == common.Name(family="Johnson", given="Samantha")
    assert common.split_name("Ludwig van Beethoven").family == "van Beethoven"
    assert common.split_name("Johnson, Samantha") == common.Name(family="Johnson", given="Samantha")
    assert common.split_name("张三").literal == "张三"
    assert common.split_name("Reuters").literal == "Reuters"
    assert common.split_name("Associated Press").literal == "Associated Press"
