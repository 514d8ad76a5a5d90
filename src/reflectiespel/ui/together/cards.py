"""The card steps: a dealt card with the turn bar beside it, and the grid of values to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...core.decks.decks import Card, Deck
from ..cardview import CardView
from .common import button, label, set_points
from .turnbar import TurnBar
from ..plaintext import plain


class CardRoundBody(QWidget):
    """The card large on the left; whose turn it is on the right."""

    next_card = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardRoundBody")
        self.card_view = CardView()
        self.card_view.setObjectName("togetherCard")
        self.card_view.setAccessibleName(self.tr("De kaart van deze ronde"))
        self.card_view.background = QColor("#f4f1ea")
        self.card_view.clicked.connect(self._flip)
        self.position = label("", "cardPosition", 15)
        self.next_button = button(self.tr("Volgende kaart"), "nextCard", 16)
        self.turns = TurnBar()
        right = QVBoxLayout()
        right.addWidget(self.turns, 1)
        right.addWidget(self.position)
        right.addWidget(self.next_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card_view, 3)
        layout.addLayout(right, 2)
        self.next_button.clicked.connect(self.next_card)

    def _flip(self) -> None:
        self.card_view.show_card(self.card_view._deck, self.card_view.card, not self.card_view.showing_back)

    def show_card(self, deck: Deck | None, card: Card | None, index: int, count: int) -> None:
        self.card_view.show_card(deck, card)
        self.position.setText(self.tr("Kaart %1 van %2").replace("%1", str(index + 1)).replace("%2", str(count))
                              if count > 1 else "")
        self.position.setVisible(count > 1)
        self.next_button.setVisible(index + 1 < count)


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken into lines of at most ``width`` pixels (a single longer word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class ValuesBody(QWidget):
    """Every card as a large button; the speaker clicks the ones that matter most to them."""

    card_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("valuesBody")
        self.buttons: dict[str, QPushButton] = {}
        self.card_view = CardView()
        self.card_view.setObjectName("valuesCard")
        self.card_view.setAccessibleName(self.tr("De laatst aangeklikte kaart"))
        self.card_view.background = QColor("#f4f1ea")
        self.card_view.setMinimumSize(220, 200)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(6)
        scroll = QScrollArea()
        scroll.setObjectName("valuesScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll
        self._texts: dict[str, tuple[str, list[str]]] = {}  # card id -> (title, who chose it)
        self.hint = label("", "valuesHint", 15, bold=True)
        self.turns = TurnBar()
        middle = QVBoxLayout()
        middle.addWidget(self.hint)
        middle.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card_view, 2)
        layout.addLayout(middle, 4)
        layout.addWidget(self.turns, 2)

    def show_cards(self, deck: Deck | None, cards: list[Card]) -> None:
        for widget in self.buttons.values():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.buttons = {}
        self._deck = deck
        columns = 2
        for i, card in enumerate(cards):
            colour = deck.category(card.category).colour if deck else "#455a64"
            widget = QPushButton(card.title)
            # the grid shares out the width; the text is wrapped to it (_rewrap), never the other way round
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            widget.setObjectName(f"value-{card.id}")
            widget.setAccessibleName(card.title)
            widget.setAccessibleDescription(card.text)
            widget.setToolTip(plain(card.text))
            widget.setCheckable(True)
            widget.setMinimumHeight(58)
            set_points(widget, 13, bold=True)
            widget.setStyleSheet(
                f"QPushButton {{ background: white; color: #222; border: 3px solid {colour}; border-radius: 8px; "
                f"padding: 4px; text-align: center; }} QPushButton:checked {{ background: {colour}; color: white; }}")
            widget.clicked.connect(lambda _=False, c=card: self._clicked(c))
            self.grid.addWidget(widget, i // columns, i % columns)
            self.buttons[card.id] = widget
            self._texts[card.id] = (card.title, [])
        self._rewrap()
        self.card_view.show_card(deck, cards[0] if cards else None)

    def _rewrap(self) -> None:
        """Each button's text broken into lines that fit its column (two columns in the scroll area)."""
        if not self.buttons:
            return
        column = (self.scroll.viewport().width() - 3 * self.grid.spacing()) // 2
        metrics = QFontMetrics(next(iter(self.buttons.values())).font())
        room = max(60, column - 24)  # less the border and padding of the button's style
        for card_id, widget in self.buttons.items():
            title, names = self._texts.get(card_id, (widget.accessibleName(), []))
            text = wrapped(title, metrics, room) + ("\n" + wrapped(f"({', '.join(names)})", metrics, room) if names else "")
            if widget.text() != text:
                widget.setText(text)
                widget.setMinimumHeight(max(58, (text.count("\n") + 1) * metrics.lineSpacing() + 22))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._rewrap)  # once the scroll area has its new width

    def _clicked(self, card: Card) -> None:
        self.card_view.show_card(self._deck, card)
        self.card_clicked.emit(card.id)

    def show_choices(self, titles: dict[str, str], chosen_by_speaker: set[str], choosers: dict[str, list[str]],
                     speaker: str | None, left: int) -> None:
        for card_id, widget in self.buttons.items():
            self._texts[card_id] = (titles[card_id], list(choosers.get(card_id, [])))
            widget.setChecked(card_id in chosen_by_speaker)
            widget.setEnabled(speaker is not None)
        self._rewrap()
        if speaker is None:
            self.hint.setText(self.tr("Iedereen is geweest. Praat samen over wat jullie kozen."))
        else:
            self.hint.setText(self.tr("%1 kiest: nog %2 kaart(en). Klik nog eens om een keuze weg te halen.")
                              .replace("%1", speaker).replace("%2", str(left)))
