"""Start a session: choose a werkvorm (or an empty session), fill in the details and the participants."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

from ...core.library import Library
from ...core.session import DOMAINS, Session, domain_name
from ...core.session_ops import SessionError
from ...core.templates import TemplateLibrary, new_session_from_template
from ..plaintext import plain
from ..screenfit import fit_window
from ..theme import set_ink

EMPTY = "__leeg__"


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


class NewSessionDialog(QDialog):
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
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(plain("\n".join(str(p) for p in entry.problems)))
            self.choice.addItem(item)
        empty = QListWidgetItem(self.tr("Lege sessie\nJe voegt zelf stappen toe."))
        empty.setData(Qt.ItemDataRole.UserRole, EMPTY)
        self.choice.addItem(empty)
        self.choice.setCurrentRow(0)
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
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kies een werkvorm:"), self))
        layout.addWidget(self.choice, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _duration(self, template) -> str:
        """' · ongeveer 90 min' (the werkvorm's own estimate, else the sum of its steps' clocks)."""
        minutes = template.duration_minutes or sum(step.minutes for step in template.steps)
        return self.tr(" · ongeveer {0} min").format(minutes) if minutes else ""

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def build(self) -> Session:
        """The session the dialog describes; SessionError when the werkvorm cannot start."""
        item = self.choice.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else EMPTY
        title = self.title.text().strip() or None
        if chosen == EMPTY or chosen is None:
            session = Session.empty(title or self.tr("Nieuwe sessie"))
            session.add_step(title=self.tr("Welkom"), instruction=self.tr("Wie ben je, en waarom ben je hier?"),
                             minutes=10)
        else:
            session = new_session_from_template(self.templates.get(chosen), self.library, title)
        session.set_details(date=self.date.date().toPython(), place=self.place.text().strip(),
                            facilitator=self.facilitator.text().strip(), group=self.group.text().strip(),
                            anonymous=self.anonymous.isChecked())
        for name, domain in parse_participants(self.people.toPlainText()):
            session.add_participant(name, domain)
        return session

    def accept(self) -> None:
        try:
            self.session = self.build()
        except SessionError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
