"""Bytes to text: BOMs, declared charsets, guesses, and binary refused by name."""

from __future__ import annotations

import codecs

import pytest

from clipper.errors import InputError
from clipper.importers.decode import decode

TEXT = "Café “quotes” — naïve façade, 35 € and ½ cup. "


@pytest.mark.parametrize(
    "bom,encoding",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_wins(bom: bytes, encoding: str) -> None:
    assert decode(bom + TEXT.encode(encoding), "a.txt") == TEXT


def test_cp1252_with_meta_charset() -> None:
    html = f'<html><head><meta charset="windows-1252"></head><body><p>{TEXT}</p></body></html>'
    assert TEXT in decode(html.encode("cp1252"), "a.html")


def test_latin1_label_read_as_cp1252() -> None:
    html = f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>{TEXT}</p>'
    assert TEXT in decode(html.encode("cp1252"), "a.html")


def test_cp1252_without_declaration() -> None:
    text = "Le gouvernement français a annoncé une aide à l’industrie des semi-conducteurs. " * 5
    assert decode(text.encode("cp1252"), "a.txt") == text


def test_gb18030_with_meta() -> None:
    html = '<html><head><meta charset="gb2312"></head><body><p>国产芯片产业加快自主创新步伐。</p></body></html>'
    assert "国产芯片产业加快自主创新步伐" in decode(html.encode("gb18030"), "a.html")


def test_gb18030_without_declaration() -> None:
    text = "国产芯片产业加快自主创新步伐，科技自立自强成为发展的战略支撑。" * 4
    assert decode(text.encode("gb18030"), "a.txt") == text


def test_utf8_is_the_default() -> None:
    assert decode("日本語のテキスト ✓".encode(), "a.txt") == "日本語のテキスト ✓"


def test_declared_charset_outside_the_bytes() -> None:
    assert decode("Grüße".encode("cp1252"), "part", declared="windows-1252") == "Grüße"


@pytest.mark.parametrize(
    "data,what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"some\x00text\x00with\x00nuls", "binary data"),
    ],
)
def test_binary_refused_with_file_named(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=rf"^report\.html: this is .*{what}"):
        decode(data, "report.html")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zażółć gęślą jaźń. Wszystkie łąki są zielone, a pszczoły latają nad polami.", "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Čeština je krásný jazyk.", "cp1250"),
        ("Lietuvos Respublika yra valstybė Baltijos jūros rytinėje pakrantėje. Ąžuolai šlama.", "cp1257"),
        ("Съешь же ещё этих мягких французских булок, да выпей чаю.", "cp1251"),
        ("Le café coûte 5 € – une « hausse » que les habitués jugent déjà “inacceptable”. " * 3, "cp1252"),
        ("El niño comió paella en la plaza mayor de Señorío, ¿verdad? Sí, señor.", "cp1252"),
        ("Größere Städte müssen öfter über Maßnahmen für Straßen entscheiden.", "cp1252"),
    ],
)
def test_single_byte_text_without_a_label_reads_in_its_own_encoding(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "page.txt") == text


def test_utf8_with_a_few_damaged_bytes_stays_utf8() -> None:
    data = "Grüße aus München, die Straße ist lang. ".encode() * 3
    damaged = data.replace(b"die", b"\xff\xfe\xc3(die", 1)
    text = decode(damaged, "page.html")
    assert "München" in text and "Straße" in text and "\ufffd" in text
