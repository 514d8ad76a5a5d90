"""Every icon the packages need, made from assets/icons/reflectiespel.svg (the one source).

Usage:  uv run python packaging/icons.py [OUT]        (default OUT: build/icons)

Writes, in OUT:
  hicolor/<n>x<n>/apps/reflectiespel.png   n = 16 24 32 48 64 128 256 512 (freedesktop icon theme)
  hicolor/scalable/apps/reflectiespel.svg
  reflectiespel.ico                        Windows: 16-256 px in one file
  reflectiespel.icns                       macOS: 16 pt to 512 pt, also @2x (32-1024 px)
and reads each back to check it (size, format), so a broken icon fails the build, not the user's menu.
Qt renders the SVG (QtSvg is part of PySide6-Essentials); Pillow (reportlab's dependency) writes .ico/.icns.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assets" / "icons" / "reflectiespel.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "reflectiespel"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"icons: could not write {out}")


def make(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter wants an application)
    from PIL import Image

    made: list[Path] = []
    for size in HICOLOR_SIZES:
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        render(SOURCE, size, png)
        made.append(png)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    made.append(scalable)
    big = out / "work" / "1024.png"
    render(SOURCE, 1024, big)
    with Image.open(big) as image:
        image = image.convert("RGBA")
        image.save(out / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])
        image.save(out / f"{NAME}.icns")  # Pillow writes 16 pt@2x to 512 pt@2x from the 1024 px image
    shutil.rmtree(out / "work")
    made += [out / f"{NAME}.ico", out / f"{NAME}.icns"]
    check(out)
    return made


def check(out: Path) -> None:
    """Read every icon back: the right pixel size and format, and not empty (transparent all over)."""
    from PIL import Image

    for size in HICOLOR_SIZES:
        with Image.open(out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png") as image:
            assert image.format == "PNG" and image.size == (size, size), (size, image.size)
            assert image.convert("RGBA").getbbox() is not None, f"{size} px icon is empty"
    with Image.open(out / f"{NAME}.ico") as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in ICO_SIZES} <= set(ico.info["sizes"]), ico.info["sizes"]
    with Image.open(out / f"{NAME}.icns") as icns:
        assert icns.format == "ICNS"
        # (points, points, scale): what Finder and the Dock ask for, 16 pt to 512 pt, retina (@2x) too
        wanted = {(16, 16, 2), (32, 32, 2), (128, 128, 1), (128, 128, 2), (256, 256, 1), (256, 256, 2),
                  (512, 512, 1), (512, 512, 2)}
        assert wanted <= set(icns.info["sizes"]), icns.info["sizes"]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    made = make(out)
    print(f"Iconen: {len(made)} bestanden in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
