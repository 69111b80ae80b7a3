"""The app icon: one SVG, and PNG renders that still match it at every size."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.packaging.conftest import SVG_ICON, load_packaging_module

render_icons = load_packaging_module("render_icons")


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """pytest-qt's QApplication must exist before the renderer makes a QGuiApplication."""


def test_svg_is_self_contained() -> None:
    """No text (fonts differ per machine), no links, no raster images, no scripts."""
    root = ET.parse(SVG_ICON).getroot()
    tags = {element.tag.split("}")[-1] for element in root.iter()}
    assert tags.isdisjoint({"text", "image", "script", "use", "foreignObject", "a", "style"})
    assert root.get("viewBox") == "0 0 512 512"
    assert "href" not in SVG_ICON.read_text(encoding="utf-8")


@pytest.mark.parametrize("size", render_icons.PNG_SIZES)
def test_png_render_exists_with_its_size(size: int) -> None:
    image = QImage(str(render_icons.png_path(size)))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # Transparent corners (the rounded tile), an opaque middle.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_png_renders_match_the_svg() -> None:
    assert render_icons.stale_pngs() == [], "run: python packaging/render_icons.py"


def test_staleness_check_notices_a_changed_drawing(tmp_path: Path) -> None:
    """The check above can fail: a PNG of another drawing is reported stale."""
    fake_root = tmp_path / "hicolor"
    for size in render_icons.PNG_SIZES:
        path = render_icons.png_path(size, fake_root)
        path.parent.mkdir(parents=True)
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ff00ff"))
        assert image.save(str(path))
    render_icons.png_path(16, fake_root).unlink()
    problems = render_icons.stale_pngs(fake_root)
    assert len(problems) == len(render_icons.PNG_SIZES)
    assert "missing" in problems[0]
    assert all("differs" in problem for problem in problems[1:])


def test_windows_and_macos_icon_files(tmp_path: Path) -> None:
    """The .ico and .icns the spec builds on Windows and macOS hold every native size."""
    image_module = pytest.importorskip("PIL.Image", reason="Pillow comes with the packaging extra")
    ico = render_icons.write_ico(tmp_path / "clipper.ico")
    with image_module.open(ico) as image:
        assert sorted(image.info["sizes"]) == [(s, s) for s in render_icons.ICO_SIZES]
    icns = render_icons.write_icns(tmp_path / "clipper.icns")
    with image_module.open(icns) as image:
        assert (512, 512, 2) in image.info["sizes"]
        assert (16, 16, 2) in image.info["sizes"]
