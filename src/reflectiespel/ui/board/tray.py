"""The tray beside the board: the group's own practices, who is placing, and the board's switches.

The tray only asks; the BoardWidget turns every request into a command on the model.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ...core.board.board import BoardState
from .view import TOKEN_MIME

TOKEN_COLOURS = ["#d35400", "#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037", "#ad1457"]
CLOSE = 100  # colours nearer than this (redmean distance, 0..765) are hard to tell apart on the board


def colour_distance(a: str, b: str) -> float:
    """How different two colours look (the 'redmean' approximation); 0 for the same colour."""
    first, second = QColor(a), QColor(b)
    mean = (first.red() + second.red()) / 2
    dr, dg, db = first.red() - second.red(), first.green() - second.green(), first.blue() - second.blue()
    return ((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db) ** 0.5


class TokenList(QListWidget):
    """The practices; drag one onto the board to place it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setObjectName("boardTokens")
        self.setAccessibleName(self.tr("Praktijken van de groep"))

    def startDrag(self, actions):
        item = self.currentItem()
        if item is None:
            return
        data = QMimeData()
        data.setData(TOKEN_MIME, item.data(Qt.ItemDataRole.UserRole).encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)


class KeyButton(QPushButton):
    """A button that keeps Space, Enter and Return while it has the focus: a keyboard user presses it,
    and a window's presenting shortcut on Space (next step) does not take the key away."""

    KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter}

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() in self.KEYS and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                   Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


def _button(text: str, name: str, parent_layout) -> QPushButton:
    button = KeyButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    parent_layout.addWidget(button)
    return button


class BoardTray(QWidget):
    add_requested = Signal(str, str)  # name, colour
    place_requested = Signal(str, str)  # token id, perspective: put it in the middle
    unplace_requested = Signal(str, str)
    reason_given = Signal(str)
    snapshot_requested = Signal(str)
    display_changed = Signal(str)
    landmarks_toggled = Signal(bool)
    ghosts_toggled = Signal(bool)
    snapping_toggled = Signal(bool)
    export_requested = Signal(str)  # "projector", "print" or "svg"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("boardTray")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Jullie praktijken</b> — sleep er een op het bord")))
        self.tokens = TokenList()
        layout.addWidget(self.tokens, 1)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("boardNewName")
        self.name.setPlaceholderText(self.tr("Naam van jullie praktijk"))
        self.name.setAccessibleName(self.tr("Naam van een nieuwe praktijk"))
        self.colour = QComboBox()
        self.colour.setObjectName("boardNewColour")
        self.colour.setAccessibleName(self.tr("Kleur van de nieuwe praktijk"))
        names = [self.tr("oranje"), self.tr("blauw"), self.tr("groen"), self.tr("paars"), self.tr("rood"),
                 self.tr("blauwgroen"), self.tr("bruin"), self.tr("roze")]
        for value, colour_name in zip(TOKEN_COLOURS, names):  # named: colour alone says nothing to everyone
            pixmap = QPixmap(18, 18)
            pixmap.fill(QColor(value))
            self.colour.addItem(QIcon(pixmap), colour_name, value)
        row.addWidget(self.name, 1)
        row.addWidget(self.colour)
        layout.addLayout(row)
        add = _button(self.tr("Praktijk toevoegen"), "boardAdd", layout)
        add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)

        form = QFormLayout()
        self.perspective = QComboBox()
        self.perspective.setObjectName("boardPerspective")
        self.perspective.setAccessibleName(self.tr("Wie zet de praktijk neer"))
        form.addRow(self.tr("Wie zet neer:"), self.perspective)
        layout.addLayout(form)
        row = QHBoxLayout()
        place = _button(self.tr("Op het bord"), "boardPlace", row)
        unplace = _button(self.tr("Van het bord"), "boardUnplace", row)
        layout.addLayout(row)
        place.clicked.connect(lambda: self._with_token(self.place_requested))
        unplace.clicked.connect(lambda: self._with_token(self.unplace_requested))

        self.reason = QLineEdit()
        self.reason.setObjectName("boardReason")
        self.reason.setPlaceholderText(self.tr("Waarom schoof het? (één regel)"))
        self.reason.setAccessibleName(self.tr("Waarom schoof de gekozen praktijk"))
        self.reason.setEnabled(False)
        self.reason.editingFinished.connect(lambda: self.reason_given.emit(self.reason.text()))
        layout.addWidget(self.reason)

        phases = QGroupBox(self.tr("Positie vastleggen"))
        row = QHBoxLayout(phases)
        self.phase = QComboBox()
        self.phase.setEditable(True)
        self.phase.addItems([self.tr("begin"), self.tr("nu"), self.tr("straks")])
        self.phase.setObjectName("boardPhase")
        self.phase.setAccessibleName(self.tr("Naam van het moment"))
        self.phase.lineEdit().setAccessibleName(self.phase.accessibleName())
        row.addWidget(self.phase, 1)
        take = _button(self.tr("Vastleggen"), "boardSnapshot", row)
        take.clicked.connect(lambda: self.snapshot_requested.emit(self.phase.currentText().strip() or "nu"))
        layout.addWidget(phases)

        view = QGroupBox(self.tr("Weergave"))
        box = QVBoxLayout(view)
        self.display = QComboBox()
        self.display.setObjectName("boardDisplay")
        self.display.setAccessibleName(self.tr("Wat het bord laat zien"))
        for text, value in ((self.tr("Posities en spreiding"), "both"), (self.tr("Alleen posities"), "positions"),
                            (self.tr("Alleen spreiding"), "spread")):
            self.display.addItem(text, value)
        self.display.currentIndexChanged.connect(lambda: self.display_changed.emit(self.display.currentData()))
        box.addWidget(self.display)
        for text, name, signal, on in ((self.tr("Voorbeeldpraktijken tonen"), "boardLandmarks",
                                        self.landmarks_toggled, True),
                                       (self.tr("Eerdere posities tonen"), "boardGhosts", self.ghosts_toggled, True),
                                       (self.tr("Uitlijnen op raster"), "boardSnap", self.snapping_toggled, False)):
            check = QCheckBox(text)
            check.setObjectName(name)
            check.setAccessibleName(text)
            check.setChecked(on)
            check.toggled.connect(signal)
            box.addWidget(check)
        layout.addWidget(view)

        layout.addWidget(QLabel(self.tr("Bord bewaren als afbeelding:")))
        row = QHBoxLayout()
        for text, kind in ((self.tr("PNG beamer"), "projector"), (self.tr("PNG print"), "print"),
                           (self.tr("SVG"), "svg")):
            button = _button(text, f"boardExport_{kind}", row)
            button.clicked.connect(lambda _=False, k=kind: self.export_requested.emit(k))
        layout.addLayout(row)

    def _add(self) -> None:
        name = self.name.text().strip()
        if name:
            self.add_requested.emit(name, self.colour.currentData())
            self.name.clear()  # the next colour: avoid_colours picks one no practice and no participant has

    def _with_token(self, signal) -> None:
        item = self.tokens.currentItem()
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole), self.perspective.currentData())

    def avoid_colours(self, participant_colours: list[str], token_colours: list[str]) -> None:
        """A new practice never takes a participant's colour (those are not offered) and, while there is
        a choice, not one another practice already has."""
        participant_colours = sorted(set(participant_colours))  # a hall of 300 shares a palette of a few
        if (participant_colours, token_colours) == getattr(self, "_avoided", None):
            return
        self._avoided = (participant_colours, list(token_colours))
        model = self.colour.model()
        for row in range(self.colour.count()):
            value = self.colour.itemData(row)
            taken = any(colour_distance(value, other) < CLOSE for other in participant_colours)
            item = model.item(row)
            item.setEnabled(not taken)
            item.setToolTip(self.tr("Deze kleur heeft een deelnemer al") if taken else "")
        free = [row for row in range(self.colour.count()) if model.item(row).isEnabled()]
        if not free:
            return
        unused = [row for row in free if all(colour_distance(self.colour.itemData(row), other) >= CLOSE
                                             for other in token_colours)]
        current = self.colour.currentIndex()
        if current not in (unused or free):
            self.colour.setCurrentIndex((unused or free)[0])

    def show_state(self, state: BoardState, perspectives: list[str]) -> None:
        """Refill the lists from the model (no state of its own)."""
        current = self.tokens.currentItem().data(Qt.ItemDataRole.UserRole) if self.tokens.currentItem() else None
        self.tokens.clear()
        for token in state.tokens:
            pixmap = QPixmap(22, 22)
            pixmap.fill(QColor(token.colour) if QColor(token.colour).isValid() else QColor("#d35400"))
            placed = len(state.placements_of(token.id))
            text = token.name + (self.tr(" (%n keer op het bord)", "", placed) if placed else "")
            item = QListWidgetItem(QIcon(pixmap), text)
            item.setData(Qt.ItemDataRole.UserRole, token.id)
            self.tokens.addItem(item)
            if token.id == current:
                self.tokens.setCurrentItem(item)
        if self.tokens.currentItem() is None and self.tokens.count():
            self.tokens.setCurrentRow(0)
        if perspectives == getattr(self, "_perspectives", None):
            return  # a hall's three hundred names are not put in again at every change
        self._perspectives = list(perspectives)
        chosen = self.perspective.currentData()
        self.perspective.blockSignals(True)
        self.perspective.clear()
        self.perspective.addItem(self.tr("De hele groep"), "")
        for name in perspectives:
            self.perspective.addItem(name, name)
        index = self.perspective.findData(chosen)
        self.perspective.setCurrentIndex(max(0, index))
        self.perspective.blockSignals(False)

    def show_reason(self, enabled: bool, text: str) -> None:
        self.reason.setEnabled(enabled)
        if not self.reason.hasFocus():
            self.reason.setText(text)
