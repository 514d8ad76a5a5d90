"""The console's panels. Each reads the session through the controller and changes it only
through ``controller.apply`` (so every change is undoable and autosaved). Typed text is shown as
plain text everywhere (item text and QLabel in PlainText format), never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ...core.sessions.session import DOMAINS, domain_name
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


def show_rows(widget: QListWidget, rows: list[tuple[object, str]]) -> bool:
    """Make ``widget`` show ``rows`` (key, text) and change only what differs: rows added at the end are
    appended, a changed text is set in place; only another order or a removal rebuilds the list (the
    selected key stays selected). A list of 10,000 notes takes one more note without redrawing the others.
    True when something changed."""
    shown = getattr(widget, "_shown_rows", None)
    if shown == rows:
        return False
    if shown is not None and len(shown) <= len(rows) and [k for k, _ in shown] == [k for k, _ in rows[:len(shown)]]:
        for i, ((_key, old), (_same, new)) in enumerate(zip(shown, rows)):
            if old != new:
                widget.item(i).setText(new)
        for key, text in rows[len(shown):]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            widget.addItem(item)
    else:
        selected = widget.currentItem().data(Qt.ItemDataRole.UserRole) if widget.currentItem() else None
        widget.clear()
        for key, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            widget.addItem(item)
            if key == selected and selected is not None:
                widget.setCurrentItem(item)
    widget._shown_rows = list(rows)
    return True


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


class AgendaList(QListWidget):
    """The agenda's list: Enter goes to the chosen step, F2 edits it, Delete removes it."""

    go = Signal(int)
    edit = Signal()
    remove = Signal()

    def keyPressEvent(self, event) -> None:
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
                self.go.emit(self.currentRow())
                return
            if event.key() == Qt.Key.Key_F2:
                self.edit.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.remove.emit()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        row = self.row(self.itemAt(event.position().toPoint())) if self.itemAt(event.position().toPoint()) else -1
        event.accept()
        if row >= 0:
            self.go.emit(row)


class AgendaPanel(Panel):
    """The steps with progress; double-click (or Enter) goes to a step; F2 edits its title, text and minutes."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.list = named(AgendaList(self), "agenda", self.tr("Agenda"))
        self.list.setToolTip(self.tr("Dubbelklik of Enter: naar deze stap. F2: wijzigen. Delete: weghalen."))
        self.list.go.connect(self.go_to)
        self.list.edit.connect(self.edit_step)
        self.list.remove.connect(self.remove_step)
        self.add_button = named(QPushButton(self.tr("+ Stap"), self), "addStep", self.tr("+ Stap: stap toevoegen"))
        self.edit_button = named(QPushButton(self.tr("Wijzig…"), self), "editStep",
                                 self.tr("Wijzig de stap"))
        self.remove_button = named(QPushButton(self.tr("Weg"), self), "removeStep",
                                   self.tr("Weg: stap verwijderen"))
        self.up_button = named(QPushButton("▲", self), "stepUp", self.tr("Stap naar boven"))
        self.down_button = named(QPushButton("▼", self), "stepDown", self.tr("Stap naar beneden"))
        self.add_button.setToolTip(self.tr("Een stap toevoegen na de gekozen stap"))
        self.edit_button.setToolTip(self.tr("Titel, uitleg en minuten van de gekozen stap wijzigen (F2)"))
        self.remove_button.setToolTip(self.tr("De gekozen stap weghalen (Delete); Ctrl+Z zet hem terug"))
        self.up_button.setToolTip(self.tr("De gekozen stap een plek naar boven"))
        self.down_button.setToolTip(self.tr("De gekozen stap een plek naar beneden"))
        # clicked(bool) must not reach add_step(step): the button always asks with the dialog
        self.add_button.clicked.connect(lambda: self.add_step())
        self.edit_button.clicked.connect(lambda: self.edit_step())
        self.remove_button.clicked.connect(lambda: self.remove_step())
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        buttons = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
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

    def go_to(self, row: int) -> None:
        """The beamer shows this step; the step that is already showing stays as it is (card and clock)."""
        if 0 <= row < len(self.session.steps) and row != self.session.current_step:
            self.controller.go_to(row)

    def tell(self, message: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 8000)

    def add_step(self, step=None) -> None:
        """Add a step after the selected one (a dialog asks what it is, unless a step is given)."""
        if step is None:
            from .stepdialog import StepDialog

            dialog = StepDialog(self.controller.library, self)
            accepted = dialog.exec()
            step = dialog.step() if accepted else None
            dialog.deleteLater()
            if step is None:
                return
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else len(self.session.steps)
        if self.controller.apply(self.session.add_step, step, index) is not None:
            self.list.setCurrentRow(index)

    def edit_step(self) -> None:
        """Title, instruction and minutes of the chosen step, as one undoable change."""
        step = self.selected_step()
        if step is None:
            return
        from .stepdialog import EditStepDialog

        dialog = EditStepDialog(step, self)
        values = dialog.values() if dialog.exec() else None
        dialog.deleteLater()
        if values is None:
            return
        changes = {name: value for name, value in values.items() if getattr(step, name) != value}
        if not changes or self.controller.apply(self.session.update_step, step.id, **changes) is None:
            return
        countdown = self.controller.countdown
        if step is self.controller.step and "minutes" in changes and not countdown.running \
                and countdown.remaining == countdown.total:
            self.controller.reset_timer()  # the clock of the showing step follows, until it has been started

    def confirm_remove(self, step, following) -> bool:
        """Removing the step on the beamer changes what the room sees: ask first."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stap weghalen?"),
                          self.tr("De stap '{0}' staat nu op het scherm. Weghalen?\n"
                                  "De zaal ziet daarna '{1}'. Met Ctrl+Z (Ongedaan maken) zet je hem terug.").format(
                              step.title, following.title if following else self.tr("niets")), parent=self)
        box.setObjectName("confirmRemoveStep")
        box.setTextFormat(Qt.TextFormat.PlainText)  # step titles are typed text
        remove = box.addButton(self.tr("Weghalen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Laten staan"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is remove

    def remove_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        steps = self.session.steps
        if step is self.controller.step:
            index = steps.index(step)
            following = steps[index + 1] if index + 1 < len(steps) else steps[index - 1] if index > 0 else None
            if not self.confirm_remove(step, following):
                return
        if self.controller.apply(self.session.remove_step, step.id) is not None:
            self.tell(self.tr("Stap '{0}' weggehaald. Ongedaan maken (Ctrl+Z) zet hem terug.").format(step.title))

    def move_step(self, delta: int) -> None:
        step = self.selected_step()
        if step is not None:
            row = self.list.currentRow()
            self.controller.apply(self.session.move_step, step.id, row + delta)
            self.list.setCurrentRow(max(0, min(row + delta, self.list.count() - 1)))

    def refresh(self) -> None:
        """Texts change in place, so the chosen row stays chosen (and an item in hand stays valid)."""
        current = self.session.current_step
        steps = self.session.steps
        ran = {step.id for _number, step in self.session.steps_that_ran()}  # jumped over: no ✓
        texts = []
        for i, step in enumerate(steps):
            mark = "▶ " if i == current else ("✓ " if step.id in ran else "   ")
            minutes = f"  ({step.minutes} min)" if step.minutes else ""
            texts.append(f"{mark}{i + 1}. {step.title}{minutes}")
        chosen = self.list.currentRow()
        while self.list.count() > len(texts):
            self.list.takeItem(self.list.count() - 1)
        for i, text in enumerate(texts):
            if i < self.list.count():
                if self.list.item(i).text() != text:
                    self.list.item(i).setText(text)
            else:
                self.list.addItem(QListWidgetItem(text))
        moved = current != getattr(self, "_followed", None)
        self._followed = current
        if steps and (moved or not 0 <= chosen < len(steps)):  # the highlight goes along with ▶
            self.list.setCurrentRow(min(current, len(steps) - 1))


class ParticipantsPanel(Panel):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.list = named(QListWidget(self), "participants", self.tr("Deelnemers"))
        self.name = named(QLineEdit(self), "participantName", self.tr("Naam van de nieuwe deelnemer"))
        self.name.setPlaceholderText(self.tr("Naam of schuilnaam, Enter"))
        self.domain = named(QComboBox(self), "participantDomain", self.tr("Domein"))
        for key in DOMAINS:
            self.domain.addItem(domain_name(key), key)
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
        names = self.session.display_names()
        show_rows(self.list, [(p.id, f"{names[p.id]} · {domain_name(p.domain)}") for p in self.session.participants])


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
        self.list.setFocusProxy(self.field)  # a click on the notes goes on typing, never presses a presenting key
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
                                     self.session.active_card_id, None, "console")
        if edit is not None:
            self.field.setText("")  # also forgets the typing: Ctrl+Z now undoes the note itself

    def refresh(self) -> None:
        """Only what changed: a new note is one more row, a new participant one more name (a hall writes
        many notes; redrawing them all at every one froze the window)."""
        session = self.session
        names = session.display_names()
        speakers = [(None, self.tr("(groep)"))] + [(p.id, names[p.id]) for p in session.participants]
        if speakers != getattr(self, "_speakers", None):
            current = self.who.currentData()
            self.who.clear()
            for key, name in speakers:
                self.who.addItem(name, key)
            self.who.setCurrentIndex(max(0, self.who.findData(current)))
            self._speakers = speakers
        step = self.controller.step
        rows = []
        for note in step.notes if step is not None else []:
            if note.participant_id:
                who = f" – {names.get(note.participant_id) or session.display_name(note.participant_id)}"
                if note.via == "phone":  # mixed rooms (#29.6): a phone's note says so
                    who += self.tr(" (telefoon)")
            else:
                who = ""
            rows.append((note.id, f"{note.time:%H:%M}{who}: {note.text}"))
        if show_rows(self.list, rows):
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
        self.list.setFocusProxy(self.wat)
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
                field.setText("")
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
        self.list.setFocusProxy(self.title)
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
            self.title.setText("")
            self.text.setText("")
            self.title.setFocus()

    def refresh(self) -> None:
        self.list.clear()
        for card in self.session.all_group_cards():
            self.list.addItem(f"{card.title}: {card.text}" if card.text else card.title)
