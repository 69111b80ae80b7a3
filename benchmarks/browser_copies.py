"""Copies made by a real browser: what the clipboard holds when a user copies a page.

Usage::

    python benchmarks/browser_copies.py --corpus ../shared/corpus [--mode all|selection]
        [--save DIR] [--verbose]
    python benchmarks/browser_copies.py --zoo 400:500 [--mode ...]
    python benchmarks/browser_copies.py --capture PAGE.html --out STEM [--mode ...]

Chromium (Debian's ``chromium``) runs with a window on an X display: the one
in ``DISPLAY``, or an ``Xvfb`` the script starts. It loads each
``html/NAME/source.html`` of the corpus, selects (``--mode all``: Ctrl+A;
``--mode selection``: from the headline, the last ``h1`` above the text (else
``h2``, else ``h3``), to the end of the text's last paragraph, as found by the
reference), and presses Ctrl+C through the DevTools protocol, spoken over a
pipe. A Qt program then reads the clipboard as Clipper's GUI does: the
text/html flavour, the plain text and the source URL Chromium puts beside
them.

The HTML flavour is scored for Clipper (given the source URL, as the GUI
gives it), trafilatura and readability-lxml; the plain text for Clipper's
text cleaner. The browser copies only what it shows: no ``<head>``, no hidden
element, inline styles on the outer elements, and whatever the page's
scripts did when loaded from disk (nothing is fetched from the network).
``--save DIR`` keeps each copy (``NAME.html``, ``NAME.txt``, ``NAME.url``);
``--capture`` copies one page of your own (the test fixtures were made so).
``--zoo START:STOP`` copies ``layout_zoo.py``'s generated pages of those seeds
instead of the corpus (seeds 400-799 are the held-out ones: read totals only).
A page whose copy the browser refuses (a blog that blocks copying) is left out.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import clean_quality as cq

# Select from the headline (the last h1 above the text's start; with none, the last h2,
# then h3) to the end of the text: window.find() matches across elements, as the
# reader's eye does.
_SELECT = r"""
(function (first, last, exact) {
  const s = window.getSelection();
  s.removeAllRanges();
  if (!window.find(first, false, false, true)) return "no start";
  const a = s.getRangeAt(0).cloneRange();
  s.removeAllRanges();
  let b = null;
  while (window.find(last, false, false, false)) {
    b = s.getRangeAt(0).cloneRange();
    s.collapseToEnd();
  }
  if (!b) return "no end";
  let h = null;
  for (const level of exact ? [] : ["h1", "h2", "h3"]) {
    for (const el of document.querySelectorAll(level)) {
      if (el.compareDocumentPosition(a.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) h = el;
    }
    if (h) break;
  }
  const r = document.createRange();
  if (h) r.setStartBefore(h); else r.setStart(a.startContainer, a.startOffset);
  r.setEnd(b.endContainer, b.endOffset);
  s.removeAllRanges();
  s.addRange(r);
  return "ok";
})
"""

# Read the clipboard as the GUI does, on the same display (a process of its own:
# the X clipboard answers a program that owns no window of the browser's).
_READ_CLIPBOARD = r"""
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv)
md = app.clipboard().mimeData()
url = bytes(md.data("chromium/x-source-url")).decode("utf-8", "replace")
print(json.dumps({"html": md.html() if md.hasHtml() else "",
                  "text": md.text() if md.hasText() else "", "url": url.strip()}))
"""


_ANSWER_SECONDS = 30
_LOAD_SECONDS = 15


class Browser:
    """Chromium with a window, driven over ``--remote-debugging-pipe`` (fds 3 and 4)."""

    def __init__(self, chromium: str, display: str, profile: Path) -> None:
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()

        def fds() -> None:  # the child reads commands on fd 3 and answers on fd 4
            high_in, high_out = os.dup(to_child) + 100, os.dup(from_child) + 100
            os.dup2(to_child, high_in)  # (out of the way first: either may be fd 3 or 4)
            os.dup2(from_child, high_out)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self._proc = subprocess.Popen(
            [
                chromium,
                "--no-sandbox",
                "--no-first-run",
                "--disable-gpu",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "--window-size=1280,900",
                "about:blank",
            ],
            env=dict(os.environ, DISPLAY=display),
            close_fds=False,  # (it would close fds 3 and 4 after they are set)
            preexec_fn=fds,  # noqa: PLW1509 (no threads here)
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._id = 0
        self._session = ""
        self._events: list[str] = []

    def _next(self, timeout: float) -> dict[str, Any] | None:
        """The browser's next message, or None when it says nothing for ``timeout`` seconds."""
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(raw))

    def call(self, method: str, session: bool = False, **params: Any) -> Any:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._next(_ANSWER_SECONDS)
            if reply is None:
                raise RuntimeError(f"{method}: no answer from Chromium")
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(str(reply.get("method")))
            if reply.get("method") == "Page.javascriptDialogOpening":
                self.page("Page.handleJavaScriptDialog", accept=True)

    def page(self, method: str, **params: Any) -> Any:
        return self.call(method, session=True, **params)

    def load(self, url: str) -> None:
        """Open ``url`` in the tab and wait for its load event (not a race with its scripts)."""
        if not self._session:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
                "sessionId"
            ]
            self.page("Page.enable")
        self._events.clear()
        self.page("Page.navigate", url=url)
        deadline = time.monotonic() + _LOAD_SECONDS
        while "Page.loadEventFired" not in self._events and time.monotonic() < deadline:
            message = self._next(0.5)
            if message is not None:
                self._events.append(str(message.get("method")))
            if self._events and self._events[-1] == "Page.javascriptDialogOpening":
                self._events.append("answered")  # an alert() on load: a user would close it
                self.page("Page.handleJavaScriptDialog", accept=True)
        time.sleep(0.3)  # the page's own scripts, run on load

    def js(self, expression: str) -> Any:
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def keys(self, key: str, code: str, command: str) -> None:
        for kind in ("keyDown", "keyUp"):
            self.page(
                "Input.dispatchKeyEvent",
                type=kind,
                modifiers=2,
                key=key,
                code=code,
                windowsVirtualKeyCode=ord(key.upper()),
                commands=[command] if kind == "keyDown" else [],
            )

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)


@contextmanager
def display() -> Iterator[str]:
    """The X display to use: ``DISPLAY``, or an Xvfb started for the run."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("No X display: set DISPLAY or install Debian's xvfb.")
    name = f":{90 + os.getpid() % 9}"
    proc = subprocess.Popen(
        [xvfb, name, "-screen", "0", "1280x1024x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        yield name
    finally:
        proc.terminate()


def read_clipboard(display_name: str) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", _READ_CLIPBOARD],
        env=dict(os.environ, DISPLAY=display_name, QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    try:
        return dict(json.loads(result.stdout.strip().splitlines()[-1]))
    except (IndexError, ValueError):
        return {"html": "", "text": "", "url": ""}


def copy_page(
    browser: Browser,
    display_name: str,
    source: Path,
    mode: str,
    ends: tuple[str, str] | None,
    exact: bool = False,
) -> dict[str, str] | None:
    """Load ``source``, select, copy; the clipboard's flavours, or None if the copy failed.

    A selection starts at the headline over the first of ``ends``, or with
    ``exact`` at those words themselves.
    """
    browser.load(source.resolve().as_uri())
    for attempt in range(4):  # a page's scripts may hold the focus or the first key
        if mode == "all" or ends is None:
            browser.keys("a", "KeyA", "selectAll")
        elif (
            browser.js(
                _SELECT + f"({json.dumps(ends[0])}, {json.dumps(ends[1])}, {json.dumps(exact)})"
            )
            != "ok"
        ):
            return None
        time.sleep(0.3 + attempt)
        browser.page("Page.bringToFront")
        browser.keys("c", "KeyC", "copy")
        time.sleep(0.5 + attempt)
        copied = read_clipboard(display_name)
        if copied["url"] == source.resolve().as_uri():  # this page's copy, not the last one
            return copied
    return None


def text_ends(truth: str) -> tuple[str, str]:
    """The first words of the text's first paragraph and the last of its last."""
    paragraphs = [p for p in truth.split("\n") if p.strip()]
    first, last = paragraphs[0].split(), paragraphs[-1].split()
    start = " ".join(first[:5]) if len(first) > 1 else paragraphs[0][:12]
    end = " ".join(last[-5:]) if len(last) > 1 else paragraphs[-1][-12:]
    return start, end


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--zoo", help="START:STOP: layout_zoo.py's pages of these seeds")
    parser.add_argument("--mode", choices=("all", "selection"), default="selection")
    parser.add_argument("--save", type=Path, help="keep each copy in this folder")
    parser.add_argument("--capture", type=Path, help="copy this one page (with --out)")
    parser.add_argument("--out", type=Path, help="STEM: writes STEM.html, STEM.txt, STEM.url")
    parser.add_argument("--ends", nargs=2, help="with --capture: the text's first and last words")
    parser.add_argument(
        "--exact",
        action="store_true",
        help="with --ends: start at the first words, not the headline",
    )
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with display() as name, tempfile.TemporaryDirectory() as profile:
        browser = Browser(args.chromium, name, Path(profile))
        try:
            if args.capture:
                copied = copy_page(
                    browser,
                    name,
                    args.capture,
                    args.mode,
                    tuple(args.ends or ()) or None,
                    args.exact,
                )
                if copied is None:
                    print(f"{args.capture}: the browser copied nothing")
                    return 1
                for suffix, value in (
                    ("html", copied["html"]),
                    ("txt", copied["text"]),
                    ("url", copied["url"]),
                ):
                    args.out.with_suffix(f".{suffix}").write_text(
                        value + ("\n" if suffix == "url" else ""), encoding="utf-8"
                    )
                return 0
            if args.zoo:
                args.corpus = Path(profile) / "zoo"
                zoo_corpus(args.zoo, args.corpus)
            elif args.corpus is None:
                parser.error("--corpus, --zoo or --capture is needed")
            return score(browser, name, args)
        finally:
            browser.close()


def zoo_corpus(seeds: str, folder: Path) -> None:
    """Write layout_zoo's pages of ``seeds`` as a corpus: source, reference text and fields."""
    import layout_zoo

    for seed in layout_zoo.parse_seeds(seeds):
        page = layout_zoo.build_page(seed)
        home = folder / "html" / f"{seed:04d}-{page.family}"
        home.mkdir(parents=True)
        (home / "source.html").write_text(page.html, encoding="utf-8")
        paragraphs = (p for p in page.truth.split("\n") if p.strip())
        (home / "expected.html").write_text(
            "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs), encoding="utf-8"
        )
        fields = {
            "title": page.expected.get("title"),
            "byline": ", ".join(page.expected.get("authors") or []) or None,
            "publishedTime": page.expected.get("date"),
            "siteName": page.expected.get("site"),
        }
        (home / "expected-metadata.json").write_text(json.dumps(fields), encoding="utf-8")


def score(browser: Browser, display_name: str, args: argparse.Namespace) -> int:
    pages, copies, urls = [], {}, {}
    for page in cq.load_pages(args.corpus, None):
        copied = copy_page(
            browser,
            display_name,
            args.corpus / "html" / page.name / "source.html",
            args.mode,
            text_ends(page.truth),
        )
        if copied is None:
            print(f"{page.name}: no copy (the browser refused it, or the text was not found)")
            continue
        pages.append(page)
        copies[page.name] = copied
        urls[copied["html"]] = copied["url"]
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            for suffix, key in (("html", "html"), ("txt", "text"), ("url", "url")):
                (args.save / f"{page.name}.{suffix}").write_text(copied[key], encoding="utf-8")
    systems = {
        "clipper": lambda h: cq._article_output(cq.clean_html_module.clean_html(h, urls.get(h))),
        "trafilatura": cq.run_trafilatura,
        "readability": cq.run_readability,
    }
    what = (
        "select-all copies" if args.mode == "all" else "copied selections (headline to text's end)"
    )
    tallies = cq.score_pages(pages, systems, lambda p: copies[p.name]["html"], args.verbose)
    cq.print_table(f"Chromium's clipboard, HTML flavour, {what} ({len(pages)} pages)", tallies)
    headline = tallies["clipper"].summary().get("headline")
    if headline:
        print(f"clipper title, a site name the reference glues on set aside: {headline[0]:.1%}")
    texts = cq.score_pages(
        pages, {"clipper": cq.run_clipper_text}, lambda p: copies[p.name]["text"], args.verbose
    )
    cq.print_table(f"Chromium's clipboard, plain text, {what} ({len(pages)} pages)", texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
