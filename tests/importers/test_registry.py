"""Importers and the registry, each with a real file written to tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.errors import ClipperError, InputError
from clipper.importers import registry
from clipper.model import Capture

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0042)https://news.example.com/2024/05/01/story -->
<html><head><meta charset="utf-8"><title>Story</title></head>
<body><p>Body text of the story.</p></body></html>"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def only(captures: list[Capture]) -> Capture:
    assert len(captures) == 1
    return captures[0]


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.xhtml"])
def test_html_file(tmp_path: Path, name: str) -> None:
    capture = only(registry.read_path(write(tmp_path, name, PAGE)))
    assert capture.kind == "html"
    assert capture.name == name
    assert "Body text of the story." in capture.content
    assert capture.url == "https://news.example.com/2024/05/01/story"


@pytest.mark.parametrize(
    "note",
    [
        "<!-- saved from url=(0042)https://news.example.com/2024/05/01/story -->\n",
        "<!--https://news.example.com/2024/05/01/story-->\n",
        "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n"
        " url: https://news.example.com/2024/05/01/story \n"
        " saved date: Mon Nov 30 2026 10:12:44 GMT+0100 (CET)\n-->",
    ],
)
def test_a_saved_pages_note_of_its_address_is_its_url(tmp_path: Path, note: str) -> None:
    page = note + """<html><head><meta charset="utf-8"><title>Story</title>
<link rel="canonical" href="https://news.example.com/story-canonical"></head>
<body><p>Body text of the story.</p></body></html>"""
    capture = only(registry.read_path(write(tmp_path, "page.html", page)))
    assert capture.url == "https://news.example.com/2024/05/01/story"


def test_a_comment_with_an_address_inside_the_page_is_no_note_of_its_own(
    tmp_path: Path,
) -> None:
    page = """<html><head><title>Story</title></head><body>
<!-- https://ads.example.net/slot/12 --><p>Body text of the story.</p></body></html>"""
    assert only(registry.read_path(write(tmp_path, "page.html", page))).url is None


def test_html_sniffed_despite_txt_name(tmp_path: Path) -> None:
    assert only(registry.read_path(write(tmp_path, "saved.txt", PAGE))).kind == "html"


def test_text_file_and_unknown_extension(tmp_path: Path) -> None:
    for name in ("note.txt", "note.weird", "README"):
        capture = only(registry.read_path(write(tmp_path, name, "Plain words.\n\nMore words.")))
        assert capture.kind == "text" and capture.content.startswith("Plain words.")


def test_markdown_goes_to_the_markdown_importer(tmp_path: Path) -> None:
    capture = only(registry.read_path(write(tmp_path, "note.md", "# Title\n\nSome *text*.")))
    assert capture.metadata["title"] == "Title"
    assert capture.content.strip() == "Some *text*."
    assert capture.clean is False


MHTML = (
    "From: <Saved by Blink>\r\n"
    "Snapshot-Content-Location: https://news.example.com/a/b\r\n"
    "Subject: Story\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n'
    "\r\n"
    "------MultipartBoundary--abc\r\n"
    "Content-Type: text/html\r\n"
    "Content-ID: <frame-1@mhtml.blink>\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://news.example.com/a/b\r\n"
    "\r\n"
    '<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dwindows-1252">'
    "</head><body><p>Caf=E9 reopens after the storm.</p></body></html>\r\n"
    "------MultipartBoundary--abc\r\n"
    "Content-Type: image/png\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "Content-Location: https://news.example.com/a.png\r\n"
    "\r\n"
    "iVBORw0KGgo=\r\n"
    "------MultipartBoundary--abc--\r\n"
)


@pytest.mark.parametrize("name", ["page.mhtml", "page.mht", "page.bin"])
def test_mhtml_file(tmp_path: Path, name: str) -> None:
    capture = only(registry.read_path(write(tmp_path, name, MHTML.encode("ascii"))))
    assert capture.kind == "html"
    assert "Café reopens after the storm." in capture.content
    assert capture.url == "https://news.example.com/a/b"


def test_mhtml_without_html_part(tmp_path: Path) -> None:
    broken = MHTML.replace("Content-Type: text/html\r\n", "Content-Type: text/css\r\n")
    with pytest.raises(InputError, match="page.mhtml: .*no HTML page"):
        registry.read_path(write(tmp_path, "page.mhtml", broken.encode("ascii")))


EML = (
    "From: Jane Reporter <jane@paper.example>\r\n"
    "To: me@example.org\r\n"
    "Subject: =?utf-8?q?Chip_export_rules_tighten_=E2=80=93_analysis?=\r\n"
    "Date: Wed, 06 Mar 2024 09:30:00 +0800\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b1"\r\n'
    "\r\n--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nPlain version.\r\n"
    "--b1\r\n"
    "Content-Type: text/html; charset=iso-8859-1\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    "<html><body><p>HTML version, caf=E9.</p></body></html>\r\n"
    "--b1--\r\n"
)


def test_eml_file_html_part_and_headers(tmp_path: Path) -> None:
    capture = only(registry.read_path(write(tmp_path, "mail.eml", EML.encode("ascii"))))
    assert capture.kind == "html"
    assert "HTML version, café." in capture.content
    assert capture.metadata == {
        "title": "Chip export rules tighten – analysis",
        "authors": ["Jane Reporter"],
        "published": "2024-03-06T09:30:00+08:00",
    }


def test_eml_text_only(tmp_path: Path) -> None:
    plain = (
        "From: news@paper.example\r\nSubject: Brief\r\nDate: Thu, 07 Mar 2024 10:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nJust text.\r\n"
    )
    capture = only(registry.read_path(write(tmp_path, "brief.eml", plain)))
    assert capture.kind == "text" and capture.content.strip() == "Just text."
    assert capture.metadata["authors"] == ["news@paper.example"]


@pytest.mark.parametrize(
    "data,what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"%PDF-1.4\n" + bytes(64), "PDF document"),
        (b"PK\x03\x04" + bytes(64), "zip archive"),
    ],
)
def test_binary_with_html_name_refused(tmp_path: Path, data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=rf"^report\.html: this is .*{what}.*, not a web page"):
        registry.read_path(write(tmp_path, "report.html", data))


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty.html: the file is empty"):
        registry.read_path(write(tmp_path, "empty.html", b""))
    with pytest.raises(InputError, match="gone.html: no such file"):
        registry.read_path(tmp_path / "gone.html")


def test_utf16_page_with_bom(tmp_path: Path) -> None:
    capture = only(registry.read_path(write(tmp_path, "u16.html", PAGE.encode("utf-16"))))
    assert capture.kind == "html" and "Body text of the story." in capture.content


def test_cp1252_page_without_charset(tmp_path: Path) -> None:
    page = (
        "<html><body><p>"
        + "L’économie française résiste malgré la crise énergétique. " * 5
        + "</p></body></html>"
    )
    capture = only(registry.read_path(write(tmp_path, "fr.html", page.encode("cp1252"))))
    assert "L’économie française" in capture.content


def test_gb18030_page_with_meta(tmp_path: Path) -> None:
    page = '<html><head><meta charset="GB18030"></head><body><p>科技自立自强</p></body></html>'
    capture = only(registry.read_path(write(tmp_path, "zh.html", page.encode("gb18030"))))
    assert "科技自立自强" in capture.content


def test_expand_folders_skips_hidden_and_system_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in (
        "a.html",
        "sub/b.txt",
        "sub/deeper/c.eml",
        "sub/picture.png",
        ".hidden.html",
        ".git/config",
        "Thumbs.db",
        "sub/.DS_Store",
        "~$draft.txt",
    ):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    files = [p.relative_to(tmp_path).as_posix() for p in registry.expand([tmp_path])]
    assert files == ["a.html", "sub/b.txt", "sub/deeper/c.eml", "sub/picture.png"]


def test_expand_keeps_files_given_directly_and_missing_ones(tmp_path: Path) -> None:
    hidden = write(tmp_path, ".secret.html", PAGE)
    assert registry.expand([hidden, tmp_path / "missing.txt"]) == [hidden, tmp_path / "missing.txt"]


def test_registry_is_a_table_with_text_last() -> None:
    names = [f.name for f in registry.formats()]
    assert names[-1] == "text" and {"html", "mhtml", "eml"} <= set(names)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.html", PAGE)
    path.chmod(0)
    with pytest.raises(InputError, match="locked.html: Clipper is not allowed"):
        registry.read_path(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=3000),
    name=st.sampled_from(["x.html", "x.txt", "x.eml", "x.mhtml", "x"]),
)
def test_any_bytes_give_captures_or_an_input_error(data: bytes, name: str) -> None:
    try:
        captures = registry.read_bytes(data, name)
    except ClipperError:
        return
    assert captures and all(isinstance(c.content, str) for c in captures)
