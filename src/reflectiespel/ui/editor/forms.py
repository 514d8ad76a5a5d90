"""The editor's forms: the deck's own fields, one card's fields, the categories. They only show values
and report changes (``changed(field, value)``); the window turns a change into an undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.decks.decks import CARD_SIZE_NAMES, KIND_NAMES, Card, Deck, kind_name
from ...core.decks.symbols import SYMBOLS, default_symbol
from ..screencard import paint_symbol
from ..theme import set_ink

SYMBOL_WORDS = {"circle": QT_TRANSLATE_NOOP("CategoryTable", "cirkel"),
                "square": QT_TRANSLATE_NOOP("CategoryTable", "vierkant"),
                "triangle": QT_TRANSLATE_NOOP("CategoryTable", "driehoek"),
                "diamond": QT_TRANSLATE_NOOP("CategoryTable", "ruit"),
                "star": QT_TRANSLATE_NOOP("CategoryTable", "ster"),
                "cross": QT_TRANSLATE_NOOP("CategoryTable", "kruis"),
                "hexagon": QT_TRANSLATE_NOOP("CategoryTable", "zeshoek"),
                "ring": QT_TRANSLATE_NOOP("CategoryTable", "ring")}


def symbol_icon(symbol: str, colour: QColor) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_symbol(painter, symbol, QPointF(16, 16), 12, colour)
    painter.end()
    return QIcon(pixmap)


def _problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"problem-{name}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    set_ink(label, "error")
    label.hide()
    return label


def _normal(text: str) -> str:
    return "\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


class FieldForm(QWidget):
    """A form of named fields, each with a problem line under it."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields when narrow
        outer.addLayout(self.layout_)
        outer.addStretch(1)  # the fields keep their own height; the room that is left stays below them
        self.fields: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self._filling = False

    def _add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field-{name}")
        # a check box's name holds the words on it too (what a speech-input user says to tick it)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        widget.setAccessibleName(f"{label}: {text}" if text else label)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        self.problems[name] = _problem_label(box, name)
        column.addWidget(self.problems[name])
        self.layout_.addRow(label, box)
        self.fields[name] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text, n=name: self._emit(n, text))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name, w=widget: self._emit(n, w.toPlainText()))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, n=name, w=widget: self._emit(n, w.currentData()))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda on, n=name: self._emit(n, on))
        return widget

    def line(self, name: str, label: str) -> QLineEdit:
        return self._add(name, label, QLineEdit(self))

    def text(self, name: str, label: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return self._add(name, label, edit)

    def combo(self, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        return self._add(name, label, combo)

    def _emit(self, name: str, value) -> None:
        if not self._filling:
            self.changed.emit(name, value)

    def set_value(self, name: str, value) -> None:
        """Show ``value``, unless the field already says the same (typing is never overwritten by the
        model's tidier version of it: trailing spaces, empty lines)."""
        widget = self.fields[name]
        if isinstance(widget, QLineEdit) and _normal(widget.text()) != _normal(value):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and _normal(widget.toPlainText()) != _normal(value):
            cursor = widget.textCursor().position()
            widget.setPlainText(value)
            text_cursor = widget.textCursor()
            text_cursor.setPosition(min(cursor, len(value)))
            widget.setTextCursor(text_cursor)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def fill(self, values: dict) -> None:
        self._filling = True
        try:
            for name, value in values.items():
                self.set_value(name, value)
        finally:
            self._filling = False

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.problems.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))


class DeckForm(FieldForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line("title", self.tr("Titel"))
        self.text("description", self.tr("Beschrijving"))
        self.text("source", self.tr("Bronnen (één per regel)"))
        self.line("version", self.tr("Versie"))
        self.line("licence", self.tr("Licentie"))
        self.combo("default_size", self.tr("Kaartmaat bij printen"), [(s, s) for s in CARD_SIZE_NAMES])
        self.line("back_colour", self.tr("Kleur achterkant (#RRGGBB)"))
        self.line("back_text", self.tr("Tekst achterkant"))

    def show_deck(self, deck: Deck) -> None:
        self.fill({"title": deck.title, "description": deck.description, "source": "\n".join(deck.sources),
                   "version": deck.version, "licence": deck.licence, "default_size": deck.default_size,
                   "back_colour": deck.back.colour, "back_text": deck.back.text})


class CardForm(FieldForm):
    picture_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line("title", self.tr("Titel"))
        self.category = self.combo("category", self.tr("Categorie"), [])
        self.combo("kind", self.tr("Soort"), [(kind_name(k), k) for k in KIND_NAMES])
        self.text("text", self.tr("Tekst"), 4)
        self.text("questions", self.tr("Vragen (één per regel)"), 3)
        self.text("assignment", self.tr("Opdracht"), 2)
        self.line("back", self.tr("Eigen tekst achterkant"))
        picture_row = QWidget(self)
        row = QHBoxLayout(picture_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel(self.tr("geen"), picture_row)
        self.picture.setObjectName("cardPicture")
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture_button = QPushButton(self.tr("Kies plaatje…"), picture_row)
        self.picture_button.setObjectName("choosePicture")
        self.picture_button.setAccessibleName(self.tr("Kies plaatje voor de kaart"))
        self.picture_button.clicked.connect(self.picture_requested)
        self.no_picture = QPushButton(self.tr("Geen plaatje"), picture_row)
        self.no_picture.setObjectName("removePicture")
        self.no_picture.setAccessibleName(self.tr("Geen plaatje: het plaatje weghalen"))
        self.no_picture.clicked.connect(lambda: self._emit("image", None))
        row.addWidget(self.picture, 1)
        row.addWidget(self.picture_button)
        row.addWidget(self.no_picture)
        self.layout_.addRow(self.tr("Plaatje"), picture_row)
        self.problems["image"] = _problem_label(self, "image")
        self.layout_.addRow("", self.problems["image"])
        blank = QCheckBox(self.tr("Lege kaart om zelf in te vullen"), self)
        self._add("blank", self.tr("Leeg"), blank)
        underway = QCheckBox(self.tr("Vraagt naar werk dat al loopt (niet voor een nieuw team)"), self)
        self._add("underway", self.tr("Loopt al"), underway)

    def show_card(self, deck: Deck, card: Card) -> None:
        self._filling = True
        try:
            self.category.clear()
            for category in deck.categories:
                self.category.addItem(category.name, category.id)
        finally:
            self._filling = False
        self.fill({"title": card.title, "category": card.category, "kind": card.kind, "text": card.text,
                   "questions": "\n".join(card.questions), "assignment": card.assignment or "",
                   "back": card.back or "", "blank": card.blank, "underway": card.underway})
        self.picture.setText(card.image or self.tr("geen"))
        self.no_picture.setEnabled(bool(card.image))


class CategoryTable(QTableWidget):
    """Categories: name, colour (#RRGGBB, shown as a swatch), description and symbol (a shape beside the
    colour, for black-and-white prints; a combo box whose first item is the default for the row's place);
    edits report (row, field, value), the symbol as its id or "" for the default."""

    edited = Signal(int, str, str)
    FIELDS = ("name", "colour", "description", "symbol")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("categoryTable")
        self.setAccessibleName(self.tr("Categorieën"))
        self.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Kleur"), self.tr("Beschrijving"),
                                        self.tr("Symbool")])
        self.horizontalHeader().setStretchLastSection(True)
        self._filling = False
        self.itemChanged.connect(self._changed)

    def show_deck(self, deck: Deck) -> None:
        self._filling = True
        try:
            self.setRowCount(len(deck.categories))
            for row, category in enumerate(deck.categories):
                for column, value in enumerate((category.name, category.colour, category.description)):
                    item = QTableWidgetItem(value)
                    if column == 1:
                        item.setData(Qt.ItemDataRole.DecorationRole, QColor(category.colour))
                    self.setItem(row, column, item)
                self.setCellWidget(row, 3, self._symbol_choice(row, category.symbol, QColor(category.colour)))
        finally:
            self._filling = False

    def symbol_choice(self, row: int) -> QComboBox:
        return self.cellWidget(row, 3)

    def _symbol_choice(self, row: int, symbol: str | None, colour: QColor) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"categorySymbol{row}")
        combo.setAccessibleName(self.tr("Symbool van categorie {0}").format(row + 1))
        default = default_symbol(row)
        combo.addItem(symbol_icon(default, colour),
                      self.tr("standaard ({0})").format(self.tr(SYMBOL_WORDS[default])), "")
        for name in SYMBOLS:
            combo.addItem(symbol_icon(name, colour), self.tr(SYMBOL_WORDS[name]), name)
        combo.setCurrentIndex(max(0, combo.findData(symbol)) if symbol else 0)
        combo.currentIndexChanged.connect(
            lambda _i, combo=combo, row=row: self._filling or self.edited.emit(row, "symbol", combo.currentData()))
        return combo

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit(item.row(), self.FIELDS[item.column()], item.text())
