"""The deck editor: a user's own deck (or a copy of a built-in one), with a live card preview.

Every change becomes an edit of core/decks/deckedit.py: checked at once by the deck model, undoable (typing in
one field merges into one step), shown in the preview with the viewer's own painter. A change that would
make the deck invalid is not applied; its problem shows under the field and saving waits until it is
solved. Saving writes YAML atomically and only what opens again (core/decks/deckwrite.py).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QLabel, QListWidget, QMainWindow,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ...core.decks import deckedit
from ...core.decks.decks import Deck
from ...core.base.problems import FileProblems
from ..cardview import CardView
from ..flow import FlowLayout
from ..tabkeys import arrows_stay
from .forms import CardForm, CategoryTable, DeckForm
from ..plaintext import plain
from ..screenfit import FitsScreen, fit_window

DECK_FIELDS = {"back.colour": "back_colour", "back.text": "back_text"}


class DeckChange(QUndoCommand):
    """One step: the deck before and after. Typing in one field merges into one step."""

    def __init__(self, editor: DeckEditor, before: Deck, after: Deck, text: str, key: str = ""):
        super().__init__(text)
        self.editor, self.before, self.after, self.key = editor, before, after, key

    def id(self) -> int:
        return 1 if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, DeckChange) and other.key == self.key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        self.editor.show_deck(self.after)

    def undo(self) -> None:
        self.editor.show_deck(self.before)


class _UndoKeysToStack(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a text field undo the editor's last change, not the field's own typing."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


class DeckEditor(FitsScreen, QMainWindow):
    print_requested = Signal(str)  # the deck file's path, after saving
    view_requested = Signal(str)
    saved = Signal(str)

    def __init__(self, deck: Deck, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deckEditor")
        self.deck = deck
        self.path = Path(path)
        self.folder = self.path.parent
        self.current = 0
        self.problems: dict[str, str] = {}
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)
        self.deck_form = DeckForm(self)
        self.card_form = CardForm(self)
        self.categories = CategoryTable(self)
        self.cards = QListWidget(self)
        self.cards.setObjectName("editorCards")
        self.cards.setAccessibleName(self.tr("Kaarten van de set (sleep om de volgorde te veranderen)"))
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.cards.model().rowsMoved.connect(self._rows_moved)
        self.cards.currentRowChanged.connect(self._card_chosen)
        self.front, self.back = CardView(self), CardView(self)
        self.front.setObjectName("previewFront")
        self.back.setObjectName("previewBack")
        self.warning = QLabel(self)
        self.warning.setObjectName("printWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #7a4a00; background: #fff4d6; padding: 6px;")
        self.state = QLabel(self)
        self.state.setObjectName("editorState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self._build()
        self.deck_form.changed.connect(self._deck_field)
        self.card_form.changed.connect(self._card_field)
        self.card_form.picture_requested.connect(self.choose_picture)
        self.categories.edited.connect(self._category_field)
        self._undo_keys = _UndoKeysToStack(self)
        for widget in list(self.deck_form.fields.values()) + list(self.card_form.fields.values()):
            widget.installEventFilter(self._undo_keys)
        fit_window(self, "editor", QSize(1280, 800))
        self.show_deck(deck)

    # --- building ------------------------------------------------------------------------------
    def _button(self, name: str, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(tip or text)
        button.setToolTip(plain(tip or text))
        button.clicked.connect(slot)
        return button

    def _action(self, name: str, text: str, slot, key=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)  # every binding of the platform (Redo: Ctrl+Y and Ctrl+Shift+Z)
        elif key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _build(self) -> None:
        self.toolbar = self.addToolBar(self.tr("Bewerken"))
        self.toolbar.setObjectName("editorToolbar")
        self.save_action = self._action("editorSave", self.tr("Opslaan"), self.save, QKeySequence.StandardKey.Save)
        self.undo_action = self._action("editorUndo", self.tr("Ongedaan maken"), self.stack.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("editorRedo", self.tr("Opnieuw"), self.stack.redo,
                                        QKeySequence.StandardKey.Redo)
        self._action("editorPrint", self.tr("Printen…"), lambda: self._after_save(self.print_requested), "Ctrl+P")
        self._action("editorView", self.tr("Bekijken"), lambda: self._after_save(self.view_requested), "Ctrl+B")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("Kaarten (sleep om te ordenen)"), left))
        column.addWidget(self.cards, 1)
        row = FlowLayout()  # two rows on a 1024 px laptop rather than a window wider than the screen
        row.addWidget(self._button("addCard", self.tr("+ Kaart"), self.add_card, self.tr("+ Kaart: kaart toevoegen")))
        row.addWidget(self._button("removeCard", self.tr("Weg"), self.remove_card, self.tr("Weg: kaart weghalen")))
        row.addWidget(self._button("cardUp", "▲", lambda: self.move_card(-1), self.tr("Kaart omhoog")))
        row.addWidget(self._button("cardDown", "▼", lambda: self.move_card(1), self.tr("Kaart omlaag")))
        column.addLayout(row)
        self.tabs = QTabWidget(self)
        arrows_stay(self.tabs.tabBar())
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self.card_form, self.tr("Kaart"))
        self.tabs.addTab(self.deck_form, self.tr("Set"))
        categories = QWidget(self)
        cat_column = QVBoxLayout(categories)
        cat_column.addWidget(self.categories, 1)
        cat_row = FlowLayout()
        cat_row.addWidget(self._button("addCategory", self.tr("+ Categorie"), self.add_category))
        cat_row.addWidget(self._button("removeCategory", self.tr("Categorie weg"), self.remove_category))
        cat_column.addLayout(cat_row)
        self.tabs.addTab(categories, self.tr("Categorieën"))
        right = QWidget(self)
        preview = QVBoxLayout(right)
        preview.addWidget(QLabel(self.tr("Zo ziet de kaart eruit"), right))
        preview.addWidget(self.front, 3)
        preview.addWidget(self.back, 2)
        preview.addWidget(self.warning)
        splitter = QSplitter(self)
        for widget, stretch in ((left, 1), (self.tabs, 3), (right, 2)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.state, 1)

    # --- showing -------------------------------------------------------------------------------
    def show_deck(self, deck: Deck) -> None:
        self.deck = deck
        self.problems = {}
        self.cards.blockSignals(True)
        self.cards.clear()
        for number, card in enumerate(deck.cards, 1):
            self.cards.addItem(f"{number}. {card.title}")
        self.current = min(self.current, len(deck.cards) - 1)
        self.cards.setCurrentRow(self.current)
        self.cards.blockSignals(False)
        self.deck_form.show_deck(deck)
        self.categories.show_deck(deck)
        self._show_card()
        self._show_problems()
        self._update_state()

    def _show_card(self) -> None:
        card = self.deck.cards[self.current]
        self.card_form.show_card(self.deck, card)
        self.front.show_card(self.deck, card)
        self.back.show_card(self.deck, card, back=True)
        self._check_print_size()

    def _check_print_size(self) -> None:
        from ...pdf.readable import PRINT_FLOOR, smallest_print_size

        card = self.deck.cards[self.current]
        size, fits = smallest_print_size(self.deck, card)
        if not fits:
            text = self.tr("Deze tekst past niet op een {0}-kaart, ook niet in de kleinste letter: maak hem "
                           "korter.").format(self.deck.default_size)
        elif size < PRINT_FLOOR - 0.005:
            text = self.tr("Let op: geprint op {0}-formaat wordt de letter {1:.1f} pt, kleiner dan {2:g} pt. "
                           "Maak de tekst korter of kies een grotere kaartmaat.").format(
                self.deck.default_size, size, PRINT_FLOOR)
        else:
            text = ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _show_problems(self) -> None:
        deck_problems = {DECK_FIELDS.get(k, k.split("[")[0]): v for k, v in self.problems.items()
                         if not k.startswith(("cards", "categories"))}
        prefix = f"cards[{self.current + 1}]."
        card_problems = {k[len(prefix):].split("[")[0]: v for k, v in self.problems.items() if k.startswith(prefix)}
        self.deck_form.show_problems(deck_problems)
        self.card_form.show_problems(card_problems)

    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.stack):  # the stack says 'changed' once more while it is destroyed
            self._update_state()

    def _update_state(self) -> None:
        dirty = not self.stack.isClean()
        self.save_action.setEnabled(dirty and not self.problems)
        if self.problems:
            self.state.setText(self.tr("Niet opgeslagen: los eerst de melding(en) in rood op."))
        else:
            self.state.setText(self.tr("Wijzigingen nog niet opgeslagen.") if dirty else self.tr("Opgeslagen."))
        self.setWindowTitle(self.tr("{0} bewerken — {1}{2}").format(self.deck.title, self.path.name,
                                                                  " *" if dirty else ""))

    # --- changes -------------------------------------------------------------------------------
    def apply(self, result: deckedit.EditResult, text: str, key: str = "") -> bool:
        if not result.ok:
            self.problems = result.problems
            self._show_problems()
            self._update_state()
            return False
        assert result.deck is not None
        self.stack.push(DeckChange(self, self.deck, result.deck, text, key))
        return True

    def _deck_field(self, name: str, value) -> None:
        if name == "source":
            value = [line.strip() for line in value.splitlines() if line.strip()]
        self.apply(deckedit.set_deck_field(self.deck, self.folder, name, value), self.tr("set: {0}").format(name),
                   key=f"deck.{name}")

    def _card_field(self, name: str, value) -> None:
        if name == "questions":
            value = [line.strip() for line in value.splitlines() if line.strip()]
        elif name in ("assignment", "back") and not value:
            value = None
        self.apply(deckedit.set_card_field(self.deck, self.folder, self.current, name, value),
                   self.tr("kaart: {0}").format(name), key=f"card.{self.current}.{name}")

    def _category_field(self, row: int, name: str, value: str) -> None:
        result = deckedit.set_category(self.deck, self.folder, row, name, value)
        if not self.apply(result, self.tr("categorie"), key=f"category.{row}.{name}"):
            self.statusBar().showMessage("; ".join(result.problems.values()), 8000)

    def _card_chosen(self, row: int) -> None:
        if 0 <= row < len(self.deck.cards):
            self.current = row
            self._show_card()
            self._show_problems()

    def add_card(self) -> None:
        result, index = deckedit.add_card(self.deck, self.folder, self.current)
        self.current = index
        if self.apply(result, self.tr("kaart toevoegen")):
            self.tabs.setCurrentWidget(self.card_form)
            self.card_form.fields["title"].setFocus()
            self.card_form.fields["title"].selectAll()

    def remove_card(self) -> None:
        if len(self.deck.cards) == 1:
            self.statusBar().showMessage(self.tr("Een set heeft minstens één kaart."), 6000)
            return
        title = self.deck.cards[self.current].title
        if self.apply(deckedit.remove_card(self.deck, self.folder, self.current), self.tr("kaart weghalen")):
            self.statusBar().showMessage(self.tr("'{0}' weggehaald. Ongedaan maken: Ctrl+Z.").format(title), 8000)

    def move_card(self, step: int) -> None:
        to = self.current + step
        if 0 <= to < len(self.deck.cards):
            result = deckedit.move_card(self.deck, self.folder, self.current, to)
            self.current = to
            self.apply(result, self.tr("kaart verplaatsen"))

    def _rows_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        to = row - 1 if row > start else row  # Qt gives the row before which the card was dropped
        self.current = to
        self.apply(deckedit.move_card(self.deck, self.folder, start, to), self.tr("kaart verplaatsen"))

    def add_category(self) -> None:
        self.apply(deckedit.add_category(self.deck, self.folder, self.tr("Nieuwe categorie")),
                   self.tr("categorie toevoegen"))

    def remove_category(self) -> None:
        row = max(0, self.categories.currentRow())
        result = deckedit.remove_category(self.deck, self.folder, row)
        if not self.apply(result, self.tr("categorie weghalen")):
            self.statusBar().showMessage("; ".join(result.problems.values()), 8000)
            self.problems = {}
            self._update_state()

    def choose_picture(self, source: Path | None = None) -> None:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Plaatje kiezen"), str(Path.home()),
                                                  self.tr("Plaatjes (*.png *.jpg *.jpeg)"))
            if not name:
                return
            source = Path(name)
        relative = f"{self.deck.id}-plaatjes/{source.name}"
        from ...core.decks.deckwrite import add_picture
        from ...core.base.problems import FileProblems

        try:  # a deck only uses pictures inside its own folder: a checked PNG or JPEG, never a link
            add_picture(source, self.folder, relative)
        except FileProblems as exc:
            self.statusBar().showMessage(self.tr("Plaatje niet gekopieerd: {0}").format(str(exc)), 10000)
            return
        self._card_field("image", relative)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        from ...core.decks.deckwrite import write_deck

        if self.problems:
            return False
        try:
            write_deck(self.deck, self.path, overwrite=True, keep_comments_of=self.path)
        except FileProblems as exc:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), plain(str(exc)))
            return False
        self.stack.setClean()
        self.saved.emit(str(self.path))
        return True

    def _after_save(self, signal) -> None:
        if self.stack.isClean() or self.save():
            signal.emit(str(self.path))

    def save_question(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Wijzigingen bewaren?"),
                          self.tr("De set '{0}' heeft wijzigingen die nog niet zijn opgeslagen.").format(
                              self.deck.title),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the deck's title is typed text
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Niet opslaan"))
        return box

    def ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton(self.save_question().exec())

    def closeEvent(self, event) -> None:
        if not self.stack.isClean():
            answer = self.ask_to_save()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        super().closeEvent(event)
