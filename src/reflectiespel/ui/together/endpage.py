"""The end: the agreements and a summary, to save, print or export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ..flow import FlowLayout
from .common import TITLE_POINTS, button, label, set_points


class EndPage(QWidget):
    back_requested = Signal()
    close_requested = Signal()
    text_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("endPage")
        self.heading = label(self.tr("Klaar! Dit hebben jullie gedaan"), "endTitle", TITLE_POINTS, bold=True)
        self.where = label("", "endWhere", 14)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summaryText")
        self.summary.setAccessibleName(self.tr("Samenvatting van de reflectie"))
        self.summary.setReadOnly(True)
        set_points(self.summary, 15)
        self.back_button = button(self.tr("◀ Terug naar de laatste stap"), "endBack", 14,
                                  self.tr("Terug naar de laatste stap"))
        self.text_button = button(self.tr("Samenvatting als tekst bewaren…"), "summaryText", 14)
        self.text_button.setObjectName("summarySaveText")
        self.pdf_button = button(self.tr("Samenvatting als PDF…"), "summaryPdf", 14)
        self.close_button = button(self.tr("Opslaan en sluiten"), "endClose", 16)
        self.message = label("", "endMessage", 13)
        row = FlowLayout(spacing=10)  # wraps at 1024 px instead of widening the window
        row.addWidget(self.back_button)
        row.addWidget(self.text_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.back_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.text_button.clicked.connect(self.text_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)

    def show_summary(self, text: str, where: str) -> None:
        self.summary.setPlainText(text)
        self.where.setText(where)
