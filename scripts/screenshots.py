"""Screenshots of Clipper on a demo library: the main window, the paste preview, the timeline.

Builds a small library of realistic (invented) articles through the Library
facade, opens the real window on it offscreen (or under Xvfb when DISPLAY is
set, e.g. ``xvfb-run python scripts/screenshots.py``) and saves PNGs.

Usage: python scripts/screenshots.py [--out docs/screenshots] [--library FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clipper.library import Library  # noqa: E402
from clipper.model import Capture  # noqa: E402

DEMO = [
    # (site, domain, date, authors, title, standfirst, paragraphs, tags)
    (
        "The Harbour Ledger",
        "ledger.example.com",
        "2023-09-14",
        ["Ana Ruiz"],
        "Port cities race to electrify their cranes",
        "Diesel cranes are giving way to grid power, and the savings are larger than expected.",
        [
            "Three of the region's busiest container ports have replaced most of their diesel cranes with "
            "electric ones over the past two years, cutting fuel bills by almost half.",
            "Port authorities say the main obstacle was not the machines but the grid connections, which "
            "took longer to approve than the cranes took to build.",
            "Unions have welcomed the change, citing cleaner air on the quays, but warn that automation "
            "often arrives in the same tender.",
        ],
        ["energy", "ports"],
    ),
    (
        "Tech Policy Weekly",
        "techpolicy.example.org",
        "2023-11-02",
        ["Li Na", "Tom Becker"],
        "Chip subsidies shift from factories to research labs",
        "A new round of public money favours design centres and national R&D programmes.",
        [
            "The latest budget moves a larger share of semiconductor support away from fabrication plants "
            "and towards research on chip design and domestic substitution of key tools.",
            "Officials describe the change as a bet on self-reliance in the parts of the supply chain "
            "that are hardest to buy abroad.",
            "Industry groups broadly support the shift but ask for clearer rules on who qualifies.",
        ],
        ["tech self-reliance", "china/semiconductors"],
    ),
    (
        "The Clipper Gazette",
        "gazette.example.org",
        "2024-01-18",
        ["Mira Okafor"],
        "Export controls reshape the market for lithography parts",
        "Spare parts for older machines now trade at several times their list price.",
        [
            "Since the new export controls took effect, brokers report a sharp rise in prices for "
            "second-hand lithography components, especially lenses and light sources.",
            "Smaller fabs that run older equipment are hit hardest, and several have begun to reverse-"
            "engineer parts in house.",
            "Analysts expect domestic suppliers to fill part of the gap within three to five years.",
        ],
        ["export controls", "china/semiconductors"],
    ),
    (
        "Europe Industry Review",
        "eir.example.eu",
        "2024-02-07",
        ["Claire Dubois"],
        "What the EU Chips Act has funded so far",
        "Two years in, most of the money has gone to a handful of large projects.",
        [
            "An analysis of public records shows that four projects account for most of the committed "
            "funds under the EU Chips Act.",
            "Smaller research consortia say the application process favours companies with large "
            "compliance teams.",
            "The Commission says a simplified track for pilot lines will open later this year.",
        ],
        ["EU chips act"],
    ),
    (
        "Tech Policy Weekly",
        "techpolicy.example.org",
        "2024-03-12",
        ["Li Na"],
        "Universities open joint labs for indigenous innovation in chip tools",
        "Five universities will share equipment and staff in a national programme.",
        [
            "Five universities have agreed to pool equipment in joint laboratories focused on deposition "
            "and etching tools, part of a national push for indigenous innovation.",
            "The labs will train engineers for domestic toolmakers, which struggle to hire staff with "
            "hands-on experience.",
            "Funding comes from the national R&D budget for strategic technology over five years.",
        ],
        ["tech self-reliance"],
    ),
    (
        "The Harbour Ledger",
        "ledger.example.com",
        "2024-03-28",
        ["Ana Ruiz", "Joe Mensah"],
        "Shipping insurers rethink cover for battery cargo",
        "Fires on car carriers have made underwriters cautious about electric vehicles at sea.",
        [
            "After a series of fires on car carriers, several insurers have raised premiums for cargoes "
            "that include electric vehicles.",
            "Shipowners say the data do not show a higher fire rate, only harder fires to put out.",
            "Classification societies are drafting new guidance on detection and fire fighting.",
        ],
        ["ports"],
    ),
    (
        "Science Desk",
        "sciencedesk.example.net",
        "2024-04-09",
        [],
        "Quiet progress on sodium batteries",
        "Cheaper cells could take over stationary storage first.",
        [
            "Sodium-ion cells are moving from pilot lines to volume production, with grid storage as "
            "their first large market.",
            "Their energy density trails lithium cells, but they use abundant materials and tolerate "
            "cold better.",
        ],
        [],
    ),
    (
        "The Clipper Gazette",
        "gazette.example.org",
        "2024-04-22",
        ["Mira Okafor"],
        "Chipmakers' home-grown etchers pass their first year",
        "Yields are improving slowly on lines built with domestic tools.",
        [
            "A year after switching two production lines to domestically built etching tools, a group of "
            "small chipmakers reports yields within five points of imported machines.",
            "Engineers credit weekly exchanges of test data between the firms and their suppliers.",
            "The next target is deposition equipment, where the gap is larger.",
        ],
        ["tech self-reliance", "china/semiconductors"],
    ),
    (
        "华夏科技评论",
        "kjpl.example.cn",
        "2024-05-06",
        ["王敏", "陈晓东"],
        "国产刻蚀设备走进量产线：科技自立自强的一年",
        "三家中小芯片企业的产线改用国产设备一年后，良率已接近进口设备。",
        [
            "去年春天，三家中小芯片制造企业把两条产线的刻蚀设备换成了国产机型。一年过去，"
            "企业公布的数据显示，良率与进口设备相差不到五个百分点。",
            "工程师们认为，关键在于企业与设备供应商之间每周交换测试数据，问题能在几天内而不是几个月内得到解决。",
            "业内人士表示，下一步的重点是薄膜沉积设备，那里的差距更大，也更需要国家研发经费的持续支持。",
        ],
        ["tech self-reliance", "china/semiconductors"],
    ),
]


def page(
    site: str,
    domain: str,
    date: str,
    authors: list[str],
    title: str,
    standfirst: str,
    paragraphs: list[str],
    furniture: bool = False,
) -> tuple[str, str]:
    """A news page around the article; ``furniture`` adds what a real page
    carries inside the article too (share bar, newsletter box, comments)."""
    slug = "-".join(title.lower().split()[:5]).replace("'", "")
    url = f"https://{domain}/{date[:4]}/{date[5:7]}/{slug}"
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in title)
    names = "、".join(authors) if cjk else " and ".join(authors)
    byline = f"<p class='byline'>{'记者 ' if cjk else 'By '}{names}</p>" if authors else ""
    meta = "".join(f"<meta name='author' content='{a}'>" for a in authors)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if furniture:
        half = len(paragraphs) // 2
        body = (
            "<div class='share'><a href='/s/fb'>Share on Facebook</a> <a href='/s/x'>Share on X</a> "
            "<a href='/s/mail'>Email this article</a></div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:half])
            + "<aside class='newsletter'><p>Sign up for our morning briefing: the day's trade "
            "news in your inbox before 7am.</p><a href='/signup'>Subscribe</a></aside>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[half:])
            + "<section id='comments'><h3>Leave a Reply</h3><p>Your email address will not be "
            "published. Required fields are marked *</p></section>"
        )
    html = (
        f"<html><head><title>{title} | {site}</title><meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}T09:00:00+00:00'>{meta}"
        f"<link rel='canonical' href='{url}'></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
        f" <a href='/subscribe'>Subscribe</a></nav><article><h1>{title}</h1><p class='standfirst'>{standfirst}</p>"
        f"{byline}<p class='date'>{date}</p>{body}</article><aside><h3>Related stories</h3><ul><li>"
        "<a href='/x'>More from this section</a></li></ul></aside><footer>© The publisher</footer></body></html>"
    )
    return html, url


class DemoClock:
    """Capture times a real library would have.

    Each article is clipped a day or two after it appeared, the newest ones
    yesterday and today.
    """

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, when: dt.datetime) -> None:
        self.now = min(when, dt.datetime.now(dt.UTC))


def build_demo(path: Path) -> None:
    clock = DemoClock()
    lib = Library.open(path, clock=clock)
    try:
        if lib.count(""):
            return
        now = dt.datetime.now(dt.UTC)
        for n, (site, domain, date, authors, title, standfirst, paras, tags) in enumerate(DEMO):
            html, url = page(site, domain, date, authors, title, standfirst, paras)
            published = dt.datetime.fromisoformat(date).replace(hour=9, minute=12, tzinfo=dt.UTC)
            clock.set(published + dt.timedelta(days=1 + n % 3, minutes=7 * n))
            if n == len(DEMO) - 1:
                clock.set(now - dt.timedelta(minutes=25))  # the newest: today
            lib.add(Capture(kind="html", content=html, name=f"{domain}.html", url=url), tags=tags)
        from importlib import resources

        sample = (
            resources.files("clipper.resources").joinpath("sample-article.html").read_text("utf-8")
        )
        clock.set(now - dt.timedelta(days=1, minutes=5))  # yesterday
        clip = lib.add(
            Capture(kind="html", content=sample, name="sample-article.html"),
            tags=["china/semiconductors"],
        )
        lib.update(clip.uuid, notes="Good detail on yields; compare with the April follow-up.")
        lib.save_search("Chips this year", "chips after:2024-01-01")
    finally:
        lib.close()


def wait(app, condition: Callable[[], bool], timeout: float = 20.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.3) -> None:  # noqa: ANN001
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--library", type=Path, help="use (or build) the demo library here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="clipper-shots-"))
    library_path = args.library or tmp / "demo.db"
    build_demo(library_path)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from clipper.gui import app as gui_app
    from clipper.gui.main_window import MainWindow
    from clipper.gui.settings import Settings

    app = gui_app.application()
    lib = Library.open(library_path)
    window = MainWindow(lib, Settings.at(tmp / "settings.ini"))
    window.resize(1440, 900)
    window.splitter.setSizes([200, 790, 450])
    window.middle_splitter.setSizes([620, 170])
    window.show()
    searched: list[int] = []
    window.searchFinished.connect(searched.append)
    timeline: list[bool] = []
    window.timelineUpdated.connect(lambda: timeline.append(True))
    wait(app, lambda: bool(searched) and bool(timeline))

    searched.clear()
    # A search that finds articles in English and in Chinese; the reader shows
    # the one with notes, its search terms marked.
    window.search_bar.set_text("chip* OR 芯片")
    wait(app, lambda: bool(searched))
    chosen = next(
        (u for u in window.model.uuids if lib.get(u, original=False).notes),
        window.model.uuid_at(0) or "",
    )
    window.list.select_uuid(chosen)
    settle(app)
    window.grab().save(str(args.out / "main-window.png"))

    # The timeline, by month, for the whole library.
    searched.clear()
    timeline.clear()
    window.search_bar.set_text("")
    window.timeline.set_bucket("month")
    wait(app, lambda: bool(searched) and bool(timeline))
    window.list.select_uuid(window.model.uuid_at(0) or "")
    settle(app)
    window.timeline.grab().save(str(args.out / "timeline.png"))

    # The paste preview, with an article shaped like a browser's copy.
    md = QMimeData()
    title = "Toolmakers race to replace imported etching parts"
    html, url = page(
        "The Clipper Gazette",
        "gazette.example.org",
        "2024-05-14",
        ["Mira Okafor"],
        title,
        "Export controls on spare parts have turned small suppliers into strategic assets.",
        [
            "Six months after export controls cut off the supply of spare parts for older etching "
            "machines, a handful of small domestic suppliers are booked out until next year.",
            "Chipmakers that run mature production lines say the parts they need most are "
            "valves, seals and the ceramic rings that hold wafers in place, none of which they "
            "could buy at home two years ago.",
            "The national R&D budget for strategic technology now funds a programme of domestic "
            "substitution for such parts, with grants tied to qualification at a working fab.",
            "Suppliers describe the work as slow: each part must run for weeks on a production "
            "line before a customer will order it in volume, and a failed test means starting over.",
            "Still, officials count the programme among the clearest gains of the push for "
            "self-reliance in semiconductors, and plan to extend it to deposition equipment.",
            "Industry groups warn that qualification capacity, not money, is now the bottleneck.",
        ],
        furniture=True,
    )
    md.setHtml(html)
    md.setText(title)
    md.setData("text/x-moz-url-priv", url.encode("utf-16-le"))
    QApplication.clipboard().setMimeData(md)
    shown: list[object] = []
    window.flow.previewShown.connect(shown.append)
    window.flow.paste()
    wait(app, lambda: bool(shown))
    dialog = shown[0]
    dialog.resize(1200, 780)
    settle(app)
    dialog.grab().save(str(args.out / "paste-preview.png"))
    dialog.reject()

    window.close()
    lib.close()
    for name in ("main-window.png", "paste-preview.png", "timeline.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
