"""Browse one deck: a card at a time, large; next/previous, flip, shuffle, jump, overview.

Everything is reachable by keyboard and the key is written on the control: arrows/space/PageUp/PageDown,
F flip, S shuffle, R back to the original order, O overview, Home/End, Ctrl+G go to a card, Ctrl+P print, Ctrl+E edit, Alt+Left or Esc
back to the library."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..core.decks.cursor import CardCursor
from ..core.decks.decks import Deck
from .cardview import CardGrid, CardView
from .plaintext import plain
from .theme import grow, set_ink


def _button(parent: QWidget, name: str, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.split(" (")[0].strip("←▶◀ "))  # the key is in the accessible shortcut
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys with the card
    button.setMinimumHeight(40)
    return button


class DeckPage(QWidget):
    """The card viewer. Keys: arrows/space/PageUp/PageDown, F flip, S shuffle, O overview, Esc back."""

    back_requested = Signal()
    print_requested = Signal(str)  # deck id
    edit_requested = Signal(str)  # deck id

    def __init__(self, parent: QWidget | None = None, rng: random.Random | None = None):
        super().__init__(parent)
        self.setObjectName("deckPage")
        self.rng = rng or random.Random()
        self.cursor: CardCursor | None = None

        self.back_button = _button(self, "backToLibrary", self.tr("← Bibliotheek (Alt+←)"),
                                   self.tr("Terug naar alle sets (Alt+pijl links of Esc)"))
        self.print_button = _button(self, "printDeck", self.tr("Printen… (Ctrl+P)"),
                                    self.tr("Print deze set als kaarten om te knippen (Ctrl+P)"))
        self.edit_button = _button(self, "editDeck", self.tr("Bewerken… (Ctrl+E)"),
                                   self.tr("Pas deze set aan (een ingebouwde set: je bewerkt een eigen kopie)"))
        self.edit_button.clicked.connect(lambda: self.cursor and self.edit_requested.emit(self.cursor.deck.id))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("deckTitle")
        grow(self.title, 1.6, bold=True)
        self.title.setWordWrap(True)  # a long title takes two lines rather than widen the window
        self.source = QLabel(self)
        self.source.setObjectName("deckSource")
        self.source.setAccessibleName(self.tr("Bron van de set"))
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        set_ink(self.source, "secondary")
        grow(self.source, 1.15)
        self.source.setMinimumWidth(100)
        self._source_text = ""
        self.position = QLabel(self)
        self.position.setObjectName("cardPosition")
        grow(self.position, 1.5)
        self.jump = QComboBox(self)
        self.jump.setObjectName("jumpToCard")
        self.jump.setAccessibleName(self.tr("Ga naar kaart"))
        self.jump.setToolTip(self.tr("Ga naar kaart (Ctrl+G)"))
        self.jump.setMinimumWidth(200)
        # as wide as about 28 characters, whatever the card titles: shuffling never changes its width
        self.jump.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.jump.setMinimumContentsLength(28)
        self.jump.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)
        self.jump_label = QLabel(self.tr("Ga naar (Ctrl+G):"), self)
        self.jump_label.setObjectName("jumpLabel")
        self.jump_label.setBuddy(self.jump)
        top.addWidget(self.jump_label)
        top.addWidget(self.jump)

        self.view = CardView(self)
        self.grid = CardGrid(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.grid)

        self.prev_button = _button(self, "previousCard", self.tr("◀ Vorige"), self.tr("Vorige kaart (pijl links)"))
        self.next_button = _button(self, "nextCard", self.tr("Volgende ▶"), self.tr("Volgende kaart (pijl rechts, spatie)"))
        self.flip_button = _button(self, "flipCard", self.tr("Omdraaien (F)"), self.tr("Draai de kaart om (F)"))
        self.shuffle_button = _button(self, "shuffleDeck", self.tr("Schudden (S)"), self.tr("Schud de kaarten (S)"))
        self.overview_button = _button(self, "overview", self.tr("Overzicht (O)"), self.tr("Alle kaarten tegelijk (O)"))
        self.overview_button.setCheckable(True)
        self.restore_button = _button(self, "restoreOrder", self.tr("Originele volgorde (R)"),
                                      self.tr("De kaarten weer in de volgorde van de set (R)"))
        self.restore_button.setVisible(False)  # only after shuffling
        self.shuffle_note = QLabel(self)
        self.shuffle_note.setObjectName("shuffleNote")
        set_ink(self.shuffle_note, "accent")  # the theme's colour: readable in high contrast too
        grow(self.shuffle_note, 1.33, bold=True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(4000)
        self._note_timer.timeout.connect(self.shuffle_note.clear)
        # the note has a line of its own under the buttons: appearing, it never widens the window
        self.shuffle_note.setWordWrap(True)
        self.shuffle_note.setMinimumHeight(self.shuffle_note.fontMetrics().lineSpacing())
        bottom = QHBoxLayout()
        for widget in (self.prev_button, self.flip_button, self.shuffle_button, self.restore_button,
                       self.overview_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.shuffle_note)

        self.back_button.clicked.connect(self.back_requested)
        self.print_button.clicked.connect(lambda: self.cursor and self.print_requested.emit(self.cursor.deck.id))
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.flip_button.clicked.connect(self.flip)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.restore_button.clicked.connect(self.restore_order)
        self.overview_button.toggled.connect(self.set_overview)
        self.view.clicked.connect(self.flip)
        self.grid.card_chosen.connect(self._jump_from_grid)
        self.jump.activated.connect(self._jump_from_combo)

        keys = {
            Qt.Key.Key_Right: self.next, Qt.Key.Key_Space: self._space, Qt.Key.Key_PageDown: self.next,
            Qt.Key.Key_Left: self.previous, Qt.Key.Key_PageUp: self.previous,
            Qt.Key.Key_F: self.flip, Qt.Key.Key_S: self.shuffle, Qt.Key.Key_R: self.restore_order,
            Qt.Key.Key_O: lambda: self.overview_button.toggle(),
            Qt.Key.Key_Home: lambda: self._go(0), Qt.Key.Key_End: lambda: self._go(10**6),
            Qt.Key.Key_Escape: self._escape,
            "Alt+Left": self.back_requested.emit, "Ctrl+P": self.print_button.click,
            "Ctrl+E": self.edit_button.click, "Ctrl+G": self.open_jump,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # Tab in reading order: the top row, the card, the row under it
        chain = [self.back_button, self.edit_button, self.print_button, self.jump, self.view, self.prev_button,
                 self.flip_button, self.shuffle_button, self.restore_button, self.overview_button, self.next_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _space(self) -> None:
        """Space presses a button that has the keyboard (reached with Tab); elsewhere it is the next card."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
            focused.animateClick()
        else:
            self.next()

    def open_deck(self, deck: Deck) -> None:
        self.cursor = CardCursor(deck)
        self.title.setText(deck.title)
        self._source_text = "  ·  ".join(deck.source_lines())
        self.source.setToolTip(plain("\n".join(deck.source_lines())))
        self._fit_source()
        self.overview_button.setChecked(False)
        self._refill_jump()
        self._show()
        self.view.setFocus()

    def replace_deck(self, deck: Deck, was: str | None = None) -> None:
        """The same deck, changed (saved in the editor; ``was``: the id it had, for an own copy of a built-in
        deck): its new text shows at once, on the same card and side, in the order the viewer had (cards
        that are gone drop out, new ones come at the end)."""
        cursor = self.cursor
        if cursor is None or cursor.deck.id not in (deck.id, was):
            return
        showing, flipped = cursor.card.id if cursor.card else None, cursor.flipped
        by_id = {card.id: card for card in deck.cards}
        order = [by_id[c.id] for c in cursor.order if c.id in by_id]
        order += [card for card in deck.cards if card.id not in {c.id for c in order}]
        self.cursor = CardCursor(deck, order)
        ids = [card.id for card in order]
        self.cursor.go(ids.index(showing) if showing in ids else 0)
        self.cursor.flipped = flipped and showing in ids
        self.title.setText(deck.title)
        self._source_text = "  ·  ".join(deck.source_lines())
        self._fit_source()
        self._refill_jump()
        self._show()

    def _fit_source(self) -> None:
        """The sources on one line above the card, shortened with '…'; all of them in the tooltip and
        on the card 'Over deze set'."""
        width = max(100, self.width() - 30)
        self.source.setText(self.source.fontMetrics().elidedText(self._source_text, Qt.TextElideMode.ElideRight, width))
        self.source.setAccessibleDescription(self._source_text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_source()

    def _refill_jump(self) -> None:
        """Each card once: '3. Title', or the title alone when it carries its own number ('1. Werk…')."""
        assert self.cursor is not None
        self.jump.clear()
        for number, card in enumerate(self.cursor.order, 1):
            own_number = re.match(r"\s*\d+\s*[.):]", card.title)
            self.jump.addItem(card.title if own_number else f"{number}. {card.title}", card.id)

    def _show(self) -> None:
        cursor = self.cursor
        if cursor is None:
            return
        self.view.show_card(cursor.deck, cursor.card, cursor.flipped)
        self.position.setText(self.tr("Kaart {0} · geschud").format(cursor.position) if self.shuffled
                              else self.tr("Kaart {0}").format(cursor.position))
        self.restore_button.setVisible(self.shuffled)
        self.position.setAccessibleName(self.position.text())
        self.jump.setCurrentIndex(cursor.index)
        self.prev_button.setEnabled(cursor.index > 0)
        self.next_button.setEnabled(cursor.index < len(cursor.order) - 1)
        if self.stack.currentWidget() is self.grid:
            self.grid.show_cards(cursor.deck, cursor.order, cursor.card)

    def _go(self, index: int) -> None:
        if self.cursor:
            self.cursor.go(index)
            self._show()

    def next(self) -> None:
        if self.cursor and self.cursor.next():
            self._show()

    def previous(self) -> None:
        if self.cursor and self.cursor.previous():
            self._show()

    def flip(self) -> None:
        if self.cursor:
            self.cursor.flip()
            self._show()

    @property
    def shuffled(self) -> bool:
        return self.cursor is not None and self.cursor.order != list(self.cursor.deck.cards)

    def _note(self, text: str) -> None:
        self.shuffle_note.setText(text)
        self._note_timer.start()

    def shuffle(self) -> None:
        if self.cursor:
            self.cursor.shuffle(self.rng)
            self._refill_jump()
            self._show()
            self._note(self.tr("Geschud: {0} kaarten in een nieuwe volgorde").format(len(self.cursor.order)))

    def restore_order(self) -> None:
        if self.cursor and self.shuffled:
            self.cursor.restore_order()
            self._refill_jump()
            self._show()
            self._note(self.tr("Weer in de volgorde van de set"))

    def set_overview(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.grid if on else self.view)
        if on and self.cursor:
            self.grid.show_cards(self.cursor.deck, self.cursor.order, self.cursor.card)
            self.grid.setFocus()
        else:
            self.view.setFocus()

    def _jump_from_grid(self, card_id: str) -> None:
        if self.cursor and self.cursor.jump(card_id):
            self.overview_button.setChecked(False)
            self._show()

    def open_jump(self) -> None:
        """Ctrl+G: the list of cards opens with the keyboard in it; Enter goes there, Esc goes back."""
        self.jump.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.jump.showPopup()

    def _jump_from_combo(self, index: int) -> None:
        self._go(index)
        self.view.setFocus()

    def _escape(self) -> None:
        if self.overview_button.isChecked():
            self.overview_button.setChecked(False)
        else:
            self.back_requested.emit()
