"""The console's panels. Each reads the session through the controller and changes it only
through ``controller.apply`` (so every change is undoable and autosaved). Typed text is shown as
plain text everywhere (item text and QLabel in PlainText format), never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ...core.session import DOMAIN_NAMES, DOMAINS
from ..flow import FlowLayout
from .controller import SessionController


def named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class Panel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)

    @property
    def session(self):
        return self.controller.session

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass


class AgendaPanel(Panel):
    """The steps with progress; double-click (or Enter) goes to a step."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.list = named(QListWidget(self), "agenda", self.tr("Agenda"))
        self.list.itemActivated.connect(lambda item: controller.go_to(self.list.row(item)))
        self.list.itemDoubleClicked.connect(lambda item: controller.go_to(self.list.row(item)))
        self.add_button = named(QPushButton(self.tr("+ Stap"), self), "addStep", self.tr("Stap toevoegen"))
        self.remove_button = named(QPushButton(self.tr("Weg"), self), "removeStep", self.tr("Stap verwijderen"))
        self.up_button = named(QPushButton("▲", self), "stepUp", self.tr("Stap naar boven"))
        self.down_button = named(QPushButton("▼", self), "stepDown", self.tr("Stap naar beneden"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        buttons = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Agenda</b>"), self))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def selected_step(self):
        row = self.list.currentRow()
        return self.session.steps[row] if 0 <= row < len(self.session.steps) else None

    def add_step(self, step=None) -> None:
        """Add a step after the selected one (a dialog asks what it is, unless a step is given)."""
        if step is None:
            from .stepdialog import StepDialog

            dialog = StepDialog(self.controller.library, self)
            if not dialog.exec():
                return
            step = dialog.step()
        row = self.list.currentRow()
        self.controller.apply(self.session.add_step, step, row + 1 if row >= 0 else None)

    def remove_step(self) -> None:
        step = self.selected_step()
        if step is not None:
            self.controller.apply(self.session.remove_step, step.id)

    def move_step(self, delta: int) -> None:
        step = self.selected_step()
        if step is not None:
            row = self.list.currentRow()
            self.controller.apply(self.session.move_step, step.id, row + delta)
            self.list.setCurrentRow(max(0, min(row + delta, self.list.count() - 1)))

    def refresh(self) -> None:
        self.list.clear()
        current = self.session.current_step
        for i, step in enumerate(self.session.steps):
            mark = "▶ " if i == current else ("✓ " if i < current else "   ")
            minutes = f"  ({step.minutes} min)" if step.minutes else ""
            self.list.addItem(QListWidgetItem(f"{mark}{i + 1}. {step.title}{minutes}"))
        if self.session.steps and self.list.currentRow() < 0:
            self.list.setCurrentRow(current)


class ParticipantsPanel(Panel):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.list = named(QListWidget(self), "participants", self.tr("Deelnemers"))
        self.name = named(QLineEdit(self), "participantName", self.tr("Naam van de nieuwe deelnemer"))
        self.name.setPlaceholderText(self.tr("Naam of schuilnaam, Enter"))
        self.domain = named(QComboBox(self), "participantDomain", self.tr("Domein"))
        for key in DOMAINS:
            self.domain.addItem(self.tr(DOMAIN_NAMES[key]), key)
        self.remove = named(QPushButton(self.tr("Verwijderen"), self), "removeParticipant",
                            self.tr("Deelnemer verwijderen"))
        self.name.returnPressed.connect(self.add)
        self.remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.domain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Deelnemers</b>"), self))
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.remove)
        self.refresh()

    def add(self) -> None:
        name = self.name.text().strip()
        if name:
            self.controller.apply(self.session.add_participant, name, self.domain.currentData())
            self.name.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.controller.apply(self.session.remove_participant, item.data(Qt.ItemDataRole.UserRole))

    def refresh(self) -> None:
        self.list.clear()
        for participant in self.session.participants:
            label = f"{self.session.display_name(participant)} · {DOMAIN_NAMES[participant.domain]}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            self.list.addItem(item)


class NotesPanel(Panel):
    """Type and press Enter: the note is stamped with the time, the step and the card."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.who = named(QComboBox(self), "noteSpeaker", self.tr("Wie zei het"))
        self.field = named(QLineEdit(self), "noteField", self.tr("Notitie"))
        self.field.setPlaceholderText(self.tr("Wat zegt de groep? Typ en druk Enter"))
        self.field.setMaxLength(5000)
        self.list = named(QListWidget(self), "notes", self.tr("Notities van deze stap"))
        self.list.setWordWrap(True)
        self.field.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.who)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.refresh()

    def add(self) -> None:
        step = self.controller.step
        text = self.field.text()
        if step is None or not text.strip():
            return
        edit = self.controller.apply(self.session.add_note, step.id, text, self.who.currentData(),
                                     self.session.active_card_id)
        if edit is not None:
            self.field.clear()

    def refresh(self) -> None:
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("(groep)"), None)
        for participant in self.session.participants:
            self.who.addItem(self.session.display_name(participant), participant.id)
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(0, index))
        self.list.clear()
        step = self.controller.step
        if step is None:
            return
        for note in step.notes:
            who = f" – {self.session.display_name(note.participant_id)}" if note.participant_id else ""
            item = QListWidgetItem(f"{note.time:%H:%M}{who}: {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        self.list.scrollToBottom()


class ActionsPanel(Panel):
    """Action items: wat, wie, wanneer. Enter in any field adds the item."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.wat = named(QLineEdit(self), "actionWhat", self.tr("Wat"))
        self.wie = named(QLineEdit(self), "actionWho", self.tr("Wie"))
        self.wanneer = named(QLineEdit(self), "actionWhen", self.tr("Wanneer"))
        self.wat.setPlaceholderText(self.tr("Wat gaan we doen?"))
        self.wie.setPlaceholderText(self.tr("Wie?"))
        self.wanneer.setPlaceholderText(self.tr("Wanneer?"))
        self.add_button = named(QPushButton(self.tr("Actiepunt toevoegen"), self), "addAction",
                                self.tr("Actiepunt toevoegen"))
        self.list = named(QListWidget(self), "actions", self.tr("Actiepunten"))
        self.list.setWordWrap(True)
        for field in (self.wat, self.wie, self.wanneer):
            field.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Wat:"), self.wat)
        form.addRow(self.tr("Wie:"), self.wie)
        form.addRow(self.tr("Wanneer:"), self.wanneer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.list)
        self.refresh()

    def add(self) -> None:
        step = self.controller.step
        if step is None:
            return
        edit = self.controller.apply(self.session.add_action, step.id, self.wat.text(), self.wie.text(),
                                     self.wanneer.text())
        if edit is not None:
            for field in (self.wat, self.wie, self.wanneer):
                field.clear()
            self.wat.setFocus()

    def refresh(self) -> None:
        self.list.clear()
        for step in self.session.steps:
            for action in step.actions:
                who = f" — {action.wie}" if action.wie else ""
                when = f" ({action.wanneer})" if action.wanneer else ""
                self.list.addItem(f"{action.wat}{who}{when}")


class GroupCardsPanel(Panel):
    """The group's own cards (for example boundary objects): they become cards of the session."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = named(QLineEdit(self), "groupCardTitle", self.tr("Titel van de eigen kaart"))
        self.text = named(QLineEdit(self), "groupCardText", self.tr("Tekst van de eigen kaart"))
        self.title.setPlaceholderText(self.tr("Naam van jullie grensobject"))
        self.text.setPlaceholderText(self.tr("Wat is het, wat maakt het zichtbaar?"))
        self.add_button = named(QPushButton(self.tr("Kaart maken"), self), "addGroupCard",
                                self.tr("Eigen kaart maken"))
        self.list = named(QListWidget(self), "groupCards", self.tr("Eigen kaarten"))
        self.list.setWordWrap(True)
        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Titel:"), self.title)
        form.addRow(self.tr("Tekst:"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.list)
        self.refresh()

    def add(self) -> None:
        step = self.controller.step
        if step is None:
            return
        if self.controller.apply(self.session.add_group_card, step.id, self.title.text(), self.text.text()):
            self.title.clear()
            self.text.clear()
            self.title.setFocus()

    def refresh(self) -> None:
        self.list.clear()
        for card in self.session.all_group_cards():
            self.list.addItem(f"{card.title}: {card.text}" if card.text else card.title)
