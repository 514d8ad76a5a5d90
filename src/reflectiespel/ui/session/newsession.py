"""Start a session: choose a werkvorm (or an empty session), fill in the details and the participants."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

from ...core.decks.library import Library
from ...core.sessions.session import DOMAINS, Session, domain_name
from ...core.sessions.session_ops import SessionError
from ...core.sessions.templates import (BREAK_MINUTES, MEETING_MINUTES, Template, TemplateLibrary, new_session_from_template, template_minutes)
from ..plaintext import plain
from ..screenfit import FitsScreen, fit_window
from ..theme import ink, set_ink

EMPTY = "__leeg__"
ALL_PARTS = 0  # the part choice 'every part in one session'


def parse_participants(text: str) -> list[tuple[str, str]]:
    """One per line: 'Anna' or 'Anna, zorg' (or the domain's name in the interface language: 'Anna, care').
    An unknown domain becomes 'anders'."""
    known = {key: key for key in DOMAINS} | {domain_name(key).lower(): key for key in DOMAINS}
    people = []
    for line in text.splitlines():
        name, _, domain = line.partition(",")
        name, domain = name.strip(), domain.strip().lower()
        if name:
            people.append((name, known.get(domain, "anders")))
    return people


class NewSessionDialog(FitsScreen, QDialog):
    def __init__(self, templates: TemplateLibrary, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("Nieuwe sessie"))
        fit_window(self, "newSession", QSize(720, 640))
        self.templates, self.library = templates, library
        self.session: Session | None = None
        self.choice = QListWidget(self)
        self.choice.setObjectName("templateChoice")
        self.choice.setAccessibleName(self.tr("Werkvorm"))
        self.choice.setWordWrap(True)  # the whole description, over as many lines as it needs
        self.choice.setUniformItemSizes(False)
        self.choice.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choice.setSpacing(3)
        for template in templates.templates:
            item = QListWidgetItem(f"{template.title}{self._duration(template)}\n{template.description}".strip())
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            sources = [template.source] if isinstance(template.source, str) else list(template.source or [])
            if sources:
                item.setToolTip(plain("\n".join(self.tr("Bron: {0}").format(s) for s in sources)))
            self.choice.addItem(item)
        for entry in templates.broken:
            item = QListWidgetItem(self.tr("{0} (kan niet worden gebruikt: {1})").format(
                entry.path.name, entry.problems[0].message if entry.problems else ""))
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # it cannot be chosen
            # ...but it must be read: a disabled item is pale grey (1.86:1 on white); in the error colour
            item.setForeground(QColor(ink("error")))
            item.setToolTip(plain("\n".join(str(p) for p in entry.problems)))
            self.choice.addItem(item)
        empty = QListWidgetItem(self.tr("Lege sessie\nJe voegt zelf stappen toe."))
        empty.setData(Qt.ItemDataRole.UserRole, EMPTY)
        self.choice.addItem(empty)
        # a werkvorm in parts (deel 1, deel 2): which part this session holds; hidden for the others
        self.part = QComboBox(self)
        self.part.setObjectName("templatePart")
        self.part.setAccessibleName(self.tr("Deel van de werkvorm"))
        self.part_label = QLabel(self.tr("Deel:"), self)
        self.part_label.setBuddy(self.part)
        self.duration = QLabel(self)  # how long it takes for the people typed in below
        self.duration.setObjectName("sessionDuration")
        self.duration.setTextFormat(Qt.TextFormat.PlainText)
        self.duration.setWordWrap(True)
        self.title = self._line("sessionTitle", self.tr("Titel"))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("sessionDate")
        self.date.setAccessibleName(self.tr("Datum"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")  # '23 november 2026': month names in the interface language
        self.place = self._line("sessionPlace", self.tr("Plaats"))
        self.facilitator = self._line("sessionFacilitator", self.tr("Begeleider"))
        self.group = self._line("sessionGroup", self.tr("Groep of organisatie"))
        self.anonymous = QCheckBox(self.tr("Anoniem: geen namen in verslag en export"), self)
        self.anonymous.setObjectName("sessionAnonymous")
        self.anonymous.setAccessibleName(self.anonymous.text())
        self.people = QPlainTextEdit(self)
        self.people.setObjectName("sessionParticipants")
        self.people.setAccessibleName(self.tr("Deelnemers"))
        self.people.setPlaceholderText(self.tr("Eén per regel, eventueel met domein:\nAnna, cultuur\nBram, zorg"))
        self.people.setMaximumHeight(120)
        self.people.setTabChangesFocus(True)  # Tab goes on to the next field; one name per line needs no tabs
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_ink(self.error, "error")
        form = QFormLayout()
        form.addRow(self.tr("Titel:"), self.title)
        form.addRow(self.tr("Datum:"), self.date)
        form.addRow(self.tr("Plaats:"), self.place)
        form.addRow(self.tr("Begeleider:"), self.facilitator)
        form.addRow(self.tr("Groep:"), self.group)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Deelnemers:"), self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sessie beginnen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choice.currentItemChanged.connect(self._template_changed)
        self.part.currentIndexChanged.connect(self._show_duration)
        self.people.textChanged.connect(self._show_duration)
        self.choice.setCurrentRow(0)
        self._template_changed()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kies een werkvorm:"), self))
        layout.addWidget(self.choice, 1)
        parts = QHBoxLayout()
        parts.addWidget(self.part_label)
        parts.addWidget(self.part, 1)
        layout.addLayout(parts)
        layout.addWidget(self.duration)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _duration(self, template) -> str:
        """' · ongeveer 90 min', or ' · 2 delen van ongeveer 80 min' (the werkvorm's own estimate, else the
        sum of its steps' clocks)."""
        if template.parts:
            longest = max((part.duration_minutes or 0) for part in template.parts)
            return self.tr(" · {0} delen van ongeveer {1} min").format(len(template.parts), longest) if longest else ""
        minutes = template.duration_minutes or sum(step.minutes for step in template.steps)
        return self.tr(" · ongeveer {0} min").format(minutes) if minutes else ""

    def chosen_template(self) -> Template | None:
        item = self.choice.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        if chosen in (None, EMPTY):
            return None
        try:
            return self.templates.get(chosen)
        except KeyError:
            return None

    def chosen_part(self) -> int | None:
        """The part the session holds (1, 2, ...), or None for a werkvorm without parts or all of them."""
        if not self.part.count():
            return None
        value = self.part.currentData()
        return None if value in (None, ALL_PARTS) else int(value)

    def _template_changed(self, *_) -> None:
        """Offer the parts of a werkvorm in parts: each one on its own (the first chosen), or all with a break."""
        template = self.chosen_template()
        self.part.blockSignals(True)
        self.part.clear()
        if template is not None and template.parts:
            for number in range(1, len(template.parts) + 1):
                self.part.addItem("", number)
            self.part.addItem("", ALL_PARTS)
        self.part.blockSignals(False)
        shown = bool(self.part.count())
        self.part.setVisible(shown)
        self.part_label.setVisible(shown)
        self._show_duration()

    def _name_parts(self, template: Template) -> None:
        """Each part with its minutes for the people typed in so far."""
        for index in range(self.part.count()):
            number = self.part.itemData(index)
            if number == ALL_PARTS:
                total = self._minutes(template, None) + BREAK_MINUTES * (len(template.parts) - 1)
                text = self.tr("Alle delen in één sessie, met een pauze ertussen (ongeveer {0} min)").format(total)
            else:
                minutes = self._minutes(template, number)
                title = template.parts[number - 1].title
                text = self.tr("{0} (ongeveer {1} min)").format(title, minutes) if minutes else title
            self.part.setItemText(index, text)

    def _minutes(self, template: Template, part: int | None) -> int:
        people = len(parse_participants(self.people.toPlainText())) or None
        try:
            return template_minutes(template, self.library, people=people, part=part)
        except SessionError:  # a deck is missing: the dialog says so when the session is begun
            return 0

    def _show_duration(self, *_) -> None:
        """'Met 8 deelnemers duurt dit ongeveer 80 minuten.': for the people typed in (else the werkvorm's
        own group size), the part chosen; a warning when one meeting would be longer than 90 minutes."""
        template = self.chosen_template()
        if template is None:
            self.duration.setText("")
            return
        if template.parts:
            self._name_parts(template)
        people = len(parse_participants(self.people.toPlainText())) or template.group_size
        part = self.chosen_part()
        minutes = self._minutes(template, part)
        if not minutes:
            self.duration.setText("")
            return
        if template.parts and part is None:  # every part in one session: the breaks count too
            longest = max(self._minutes(template, number) for number in range(1, len(template.parts) + 1))
            minutes += BREAK_MINUTES * (len(template.parts) - 1)
            text = self.tr("Met {0} deelnemers duurt dit ongeveer {1} minuten, met de pauzes. De agenda laat "
                           "zien waar een deel eindigt.").format(people, minutes)
        else:
            longest = minutes
            text = self.tr("Met {0} deelnemers duurt dit ongeveer {1} minuten.").format(people, minutes)
        if longest > MEETING_MINUTES:
            text += " " + self.tr("Dat is langer dan {0} minuten: maak rondes korter of werk in groepjes.").format(
                MEETING_MINUTES)
        self.duration.setText(text)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def build(self) -> Session:
        """The session the dialog describes; SessionError when the werkvorm cannot start. A round per person
        gets its minutes from the participants typed in; a werkvorm in parts holds the part chosen."""
        item = self.choice.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else EMPTY
        title = self.title.text().strip() or None
        people = parse_participants(self.people.toPlainText())
        if chosen == EMPTY or chosen is None:
            session = Session.empty(title or self.tr("Nieuwe sessie"))
            session.add_step(title=self.tr("Welkom"), instruction=self.tr("Wie ben je, en waarom ben je hier?"),
                             minutes=10)
        else:
            session = new_session_from_template(self.templates.get(chosen), self.library, title,
                                                people=len(people) or None, part=self.chosen_part())
        session.set_details(date=self.date.date().toPython(), place=self.place.text().strip(),
                            facilitator=self.facilitator.text().strip(), group=self.group.text().strip(),
                            anonymous=self.anonymous.isChecked())
        for name, domain in people:
            session.add_participant(name, domain)
        return session

    def accept(self) -> None:
        try:
            self.session = self.build()
        except SessionError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
