"""Render saved pages to plain text the way a browser's select-all and copy does.

Usage::

    python benchmarks/render_text.py --corpus ../shared/corpus --out /tmp/renders

Each ``html/NAME/source.html`` is loaded in headless Chromium (Debian's
``chromium`` package) with a script appended that replaces the page by its
``document.body.innerText``; the DOM is dumped and the text written to
``OUT/NAME.txt``. These renderings are what ``paste_quality.py --renders``
scores the plain-text cleaner on: they have the line breaks, menus and glued
counts of a real paste. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_SCRIPT = """
<script>
window.addEventListener('load', function () {
  var t = document.body ? document.body.innerText : '';
  document.documentElement.innerHTML = '<body><pre id="clipper-text"></pre></body>';
  document.getElementById('clipper-text').textContent = t;
});
</script>
"""


def render(chromium: str, source: Path, workdir: Path) -> str:
    page = workdir / "page.html"
    raw = source.read_bytes().decode("utf-8", errors="replace")
    raw = re.sub(r"<meta[^>]+http-equiv=[\"']?refresh[^>]*>", "", raw, flags=re.IGNORECASE)
    page.write_text(raw + _SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--blink-settings=imagesEnabled=false",
         "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=False,
    )
    m = re.search(r'<pre id="clipper-text">(.*?)</pre>', result.stdout, re.DOTALL)
    return html.unescape(m.group(1)) if m else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(p for p in (args.corpus / "html").iterdir() if p.is_dir()):
            text = render(args.chromium, folder / "source.html", Path(tmp))
            (args.out / f"{folder.name}.txt").write_text(text, encoding="utf-8")
            print(f"{folder.name}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    main()
