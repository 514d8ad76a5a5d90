"""On the projection, while phones take part: the QR code, the address and the room code; after a
silent round, everything that was written, at once. Child widgets laid over a ProjectionView."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code for ``text``, with the quiet zone (segno does the encoding)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=4)]


class QrCode(QWidget):
    """Paints a QR code as black squares on white, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveQrCode")
        self.setAccessibleName(self.tr("QR-code om mee te doen"))
        self.matrix: list[list[bool]] = []
        self.text = ""

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.matrix = qr_matrix(text) if text else []
            self.update()

    def paintEvent(self, event) -> None:
        if not self.matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        n = len(self.matrix)
        cell = side / n
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), Qt.GlobalColor.white)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:  # a hair larger, so neighbouring squares leave no seams
                    painter.drawRect(QRectF(left + c * cell, top + r * cell, cell + 0.5, cell + 0.5))


def _label(parent: QWidget, name: str, accessible: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setTextFormat(Qt.TextFormat.PlainText)  # participants' text is shown literally, always
    label.setWordWrap(True)
    return label


class LiveOverlay(QObject):
    """Lays the join box and the reveal box over one ProjectionView and keeps them in place."""

    def __init__(self, view: QWidget):
        super().__init__(view)
        self.view = view
        self.join_box = QFrame(view)
        self.join_box.setObjectName("liveJoinBox")
        self.join_box.setStyleSheet("#liveJoinBox { background: white; border-radius: 8px; }"
                                    "QLabel { color: #111; }")
        layout = QVBoxLayout(self.join_box)
        self.qr = QrCode(self.join_box)
        self.qr.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.code_label = _label(self.join_box, "liveRoomCode", self.tr("Code om mee te doen"))
        self.address_label = _label(self.join_box, "liveAddress", self.tr("Adres om mee te doen"))
        for label in (self.code_label, self.address_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.code_label)
        layout.addWidget(self.address_label)
        self.reveal_box = _label(view, "liveReveal", self.tr("Wat er in de stille ronde is geschreven"))
        self.reveal_box.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reveal_box.setStyleSheet("background: #fdf6e3; color: #111; border-radius: 8px; padding: 12px;")
        self.join_box.hide()
        self.reveal_box.hide()
        view.installEventFilter(self)

    def show_join(self, address: str, code: str) -> None:
        self.qr.set_text(f"{address}?code={code}")
        self.code_label.setText(self.tr("Code: {0}").format(code))
        self.address_label.setText(address)
        self.join_box.show()
        self.place()

    def hide_join(self) -> None:
        self.join_box.hide()

    def show_reveal(self, texts: list[str]) -> None:
        if not texts:
            self.reveal_box.hide()
            return
        self.reveal_box.setText("\n\n".join(f"• {text}" for text in texts))
        self.reveal_box.show()
        self.place()

    def hide_reveal(self) -> None:
        self.reveal_box.hide()

    def place(self) -> None:
        w, h = self.view.width(), self.view.height()
        side = max(120, int(min(w * 0.26, h * 0.62)))
        self.join_box.setGeometry(w - side - int(w * 0.02), h - int(side * 1.3) - int(h * 0.02), side, int(side * 1.3))
        big = QFont()
        big.setPixelSize(max(10, int(side * 0.11)))
        big.setBold(True)
        self.code_label.setFont(big)
        small = QFont()
        small.setPixelSize(max(8, int(side * 0.06)))
        self.address_label.setFont(small)
        self.reveal_box.setGeometry(int(w * 0.03), int(h * 0.25), int(w * 0.94), int(h * 0.72))
        text = QFont()
        text.setPixelSize(max(10, int(h * 0.04)))
        self.reveal_box.setFont(text)
        self.reveal_box.raise_()
        self.join_box.raise_()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def remove(self) -> None:
        self.view.removeEventFilter(self)
        self.join_box.deleteLater()
        self.reveal_box.deleteLater()
        self.deleteLater()


__all__ = ["LiveOverlay", "QrCode", "qr_matrix", "QColor"]
