"""Render Clipper's icon from its one SVG source into every format a platform wants.

The SVG (``resources/icons/hicolor/scalable/apps/io.github.clipper.Clipper.svg``)
is the only drawing. The PNG renders beside it in the hicolor tree are
committed, because desktops that cannot read SVG icons, Qt without its SVG
plug-in, and the Windows and macOS builds all need bitmaps; this script
makes them, and ``--check`` tells whether they still match the SVG.

Qt's own ``QSvgRenderer`` draws them, because PySide6 is already installed
wherever Clipper is built (Linux, Windows, macOS), so no one needs librsvg or
Inkscape. Windows ``.ico`` and macOS ``.icns`` files are written with Pillow
(the ``packaging`` extra), from the native render of each size rather than
one image scaled down, which keeps the small sizes crisp.

Usage::

    python packaging/render_icons.py            # rewrite the PNGs
    python packaging/render_icons.py --check    # exit 1 if a PNG is stale
    python packaging/render_icons.py --ico build/clipper.ico --icns build/clipper.icns
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

if TYPE_CHECKING:
    from PIL import Image

APP_ID = "io.github.clipper.Clipper"
ROOT = Path(__file__).resolve().parent.parent
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Pillow's ICNS writer picks these sizes (retina variants are the doubles).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
# Largest mean per-channel difference (0-255) between a committed PNG and a
# fresh render that still counts as "the same": absorbs anti-aliasing
# differences between Qt versions, catches any change to the drawing.
STALE_THRESHOLD = 2.0


def png_path(size: int, root: Path = HICOLOR) -> Path:
    """Where the render of one size lives in a hicolor icon tree."""
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _ensure_gui_app() -> None:
    """QSvgRenderer needs a QGuiApplication; make an offscreen one if none exists."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])


def render(size: int, svg: Path = SVG) -> QImage:
    """Render the SVG to a square QImage of ``size`` pixels, transparent outside."""
    _ensure_gui_app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt's renderer")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute per-channel difference of two same-sized ARGB32 images."""
    if a.size() != b.size():
        return 255.0
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    total = sum(abs(x - y) for x, y in zip(bytes_a, bytes_b, strict=True))
    return total / len(bytes_a)


def write_pngs(root: Path = HICOLOR) -> list[Path]:
    """Write every PNG size into the hicolor tree under ``root``."""
    written = []
    for size in PNG_SIZES:
        path = png_path(size, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        # PySide6's stubs say the format is bytes; at run time (6.12) only str works.
        if not render(size).save(str(path), "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def stale_pngs(root: Path = HICOLOR) -> list[str]:
    """Say which committed PNGs are missing or no longer match the SVG."""
    _ensure_gui_app()
    problems = []
    for size in PNG_SIZES:
        path = png_path(size, root)
        committed = QImage(str(path))
        if committed.isNull():
            problems.append(f"{path}: missing or unreadable")
            continue
        diff = mean_difference(committed, render(size))
        if diff > STALE_THRESHOLD:
            problems.append(f"{path}: differs from the SVG (mean difference {diff:.1f})")
    return problems


def _pil_image(size: int) -> Image.Image:
    """A Pillow image of the native render of one size."""
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "PNG")  # type: ignore[call-overload]  # str, as in write_pngs
    return Image.open(io.BytesIO(buffer.data().data())).convert("RGBA")


def write_ico(path: Path) -> Path:
    """Write a Windows .ico holding a native render of each size up to 256."""
    images = [_pil_image(size) for size in ICO_SIZES]
    path.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(
        path,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    return path


def write_icns(path: Path) -> Path:
    """Write a macOS .icns holding a native render of each size up to 1024."""
    images = [_pil_image(size) for size in ICNS_SIZES]
    path.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(path, format="ICNS", append_images=images[:-1])
    return path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: render, check, or write platform icon files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a PNG is stale")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_pngs()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/render_icons.py", file=sys.stderr)
        return 1 if problems else 0
    if args.ico or args.icns:
        if args.ico:
            print(write_ico(args.ico))
        if args.icns:
            print(write_icns(args.icns))
        return 0
    for path in write_pngs():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
