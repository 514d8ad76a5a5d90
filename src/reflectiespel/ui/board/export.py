"""Export the board as PNG (projector 1920x1080, or print at 300 dpi on A4 landscape) and SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ...core.files.atomic import atomic_write
from .scene import BoardScene

SIZES = {"projector": QSize(1920, 1080), "print": QSize(3508, 2480)}  # A4 landscape at 300 dpi
DOTS_PER_METRE = {"projector": 3780, "print": 11811}  # 96 dpi, 300 dpi


def _render(scene: BoardScene, painter: QPainter, target: QRectF) -> None:
    current = scene.current_key
    scene.set_current(None)  # no keyboard ring on paper
    # cached pixmaps (for fast dragging) would end up as blurry images: draw text as text
    cached = [item for item in scene.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        scene.set_current(current)


def export_png(scene: BoardScene, path: Path | str, kind: str = "projector") -> Path:
    size = SIZES[kind]
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(DOTS_PER_METRE[kind])
    image.setDotsPerMeterY(DOTS_PER_METRE[kind])
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    path = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(QCoreApplication.translate("BoardExport", "kan {0} niet opslaan").format(path))
    buffer.close()
    atomic_write(path, bytes(data))  # complete or not at all, like every file the app writes
    return path


def export_svg(scene: BoardScene, path: Path | str, title: str = "") -> Path:
    rect = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title or scene.definition.title)
    generator.setDescription(scene.definition.subtitle)
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()
    buffer.close()
    atomic_write(Path(path), bytes(data))
    return Path(path)
