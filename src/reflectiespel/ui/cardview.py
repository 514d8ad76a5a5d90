"""A widget that shows one card as large as the space allows, and the overview grid of a deck."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from ..core.decks.decks import Card, Deck
from .screencard import CUT, paint_card
from .plaintext import plain

CARD_RATIO = 0.72  # width / height of a card on screen when space is tall
WIDE_RATIO = 1.3  # on a wide screen a card may grow wider for bigger text
# the focus ring around the card, on its dark surround (#2b2d31): light blue, or the high-contrast yellow
CARD_FOCUS = {"standard": QColor("#8ab4f8"), "high-contrast": QColor("#ffd400")}


def card_rect(area: QRectF, ratio_min: float = CARD_RATIO, ratio_max: float = WIDE_RATIO) -> QRectF:
    """The largest card rectangle inside ``area`` with a width/height ratio in [min, max], centred."""
    ratio = max(ratio_min, min(ratio_max, area.width() / max(1.0, area.height())))
    height = min(area.height(), area.width() / ratio)
    width = height * ratio
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


class CardView(QWidget):
    """Shows one card (front or back). Click to flip."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setAccessibleName(self.tr("Kaart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it and leaves it; it shows when it has it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        self._deck: Deck | None = None
        self._card: Card | None = None
        self._back = False
        self.cut = False  # the last paint left text out (it ends in an ellipsis)
        self.background = QColor("#2b2d31")

    def show_card(self, deck: Deck | None, card: Card | None, back: bool = False) -> None:
        self._deck, self._card, self._back = deck, card, back
        if card is not None:
            side = self.tr("achterkant") if back else self.tr("voorkant")
            if back or deck is None:
                words = [f"{card.title} ({side})"] + ([deck.back_text(card) or deck.title] if deck else [])
            else:  # what is on the front, in reading order, for a screen reader
                category = deck.category(card.category).name
                words = [f"{card.title} ({side}, {category})", deck.card_text(card), *card.questions,
                         card.assignment or ""]
            self.setAccessibleDescription("\n".join(w for w in words if w))
            self.setToolTip(self.tr("Klik of druk F om de kaart om te draaien"))
        self.update()

    @property
    def card(self) -> Card | None:
        return self._card

    @property
    def showing_back(self) -> bool:
        return self._back

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        if self._deck is None or self._card is None:
            painter.setPen(QColor("#cccccc"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Geen kaart"))
            self._paint_focus(painter)
            return
        margin = min(self.width(), self.height()) * 0.04
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        self.cut = CUT in paint_card(painter, card_rect(area), self._deck, self._card, self._back)
        self._paint_focus(painter)

    def _paint_focus(self, painter: QPainter) -> None:
        """The keyboard is here: a ring as thick as the theme's focus ring, light enough for the dark
        surround (at least 3:1 against it, tests/ui/test_keyboard_access.py)."""
        if not self.hasFocus():
            return
        from .theme import RING, current_theme

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(CARD_FOCUS[current_theme()], RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(RING / 2, RING / 2, -RING / 2, -RING / 2), 6, 6)
        painter.restore()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def card_pixmap(deck: Deck, card: Card, size: QSize, back: bool = False) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_card(painter, QRectF(0, 0, size.width(), size.height()), deck, card, back)
    painter.end()
    return pixmap


class CardGrid(QListWidget):
    """The overview: every card as a thumbnail; activating one asks to jump there."""

    card_chosen = Signal(str)

    THUMB = QSize(200, 260)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardGrid")
        self.setAccessibleName(self.tr("Overzicht van alle kaarten"))
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(self.THUMB)
        self.setSpacing(12)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.card_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.itemClicked.connect(lambda item: self.card_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def show_cards(self, deck: Deck, cards: list[Card], current: Card | None = None) -> None:
        self.clear()
        for number, card in enumerate(cards, 1):
            icon = QIcon()
            pixmap = card_pixmap(deck, card, self.THUMB)
            icon.addPixmap(pixmap, QIcon.Mode.Normal)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # no blue tint over the selected card
            item = QListWidgetItem(icon, f"{number}. {card.title}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setToolTip(plain(card.title))
            self.addItem(item)
            if card is current:
                self.setCurrentItem(item)
