"""The start: choose a route, say who is there (1 to 8, or alone), and where to keep the reflection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.routes.routes import RouteEntry
from ...core.sessions.turns import MAX_PEOPLE
from ..theme import set_ink
from .common import TITLE_POINTS, button, label, line_edit, set_points
from ..plaintext import plain


class StartPage(QWidget):
    start_requested = Signal()
    resume_requested = Signal()
    choose_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.entries: list[RouteEntry] = []
        heading = label(self.tr("Samen reflecteren"), "startTitle", TITLE_POINTS, bold=True)
        intro = label(self.tr("Zonder begeleider: dit scherm legt elke stap uit, deelt de kaarten, zegt wie er "
                              "aan de beurt is en houdt de tijd bij. Alles blijft op deze computer."), "", 15)
        self.routes = QListWidget()
        self.routes.setObjectName("routeList")
        self.routes.setAccessibleName(self.tr("Kies een route"))
        self.routes.setWordWrap(True)
        self.routes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routes.setSpacing(4)
        set_points(self.routes, 17)
        self.about = label("", "routeAbout", 14)
        self.alone = QCheckBox(self.tr("Ik doe het alleen"))
        self.alone.setObjectName("aloneCheck")
        self.alone.setAccessibleName(self.tr("Ik doe het alleen"))
        set_points(self.alone, 15)
        self.names = [line_edit(f"name{i + 1}", self.tr("Naam %1").replace("%1", str(i + 1)),
                                self.tr("Naam %1").replace("%1", str(i + 1)), 15, 100) for i in range(MAX_PEOPLE)]
        self.file = line_edit("saveFile", self.tr("Bestand waarin jullie reflectie wordt bewaard"), "", 13, 1000)
        self.choose_button = button(self.tr("Andere plek kiezen…"), "chooseFile", 14)
        self.start_button = button(self.tr("Beginnen"), "startRoute", 19)
        self.resume_button = button(self.tr("Verder met een eerdere reflectie…"), "resumeRoute", 15)
        self.message = label("", "startMessage", 14)
        set_ink(self.message, "error")
        names = QGridLayout()
        for i, field in enumerate(self.names):
            names.addWidget(field, i % 4, i // 4)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("1. Kies een route"), "", 16, bold=True))
        left.addWidget(self.routes, 1)
        left.addWidget(self.about)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("2. Wie doen er mee? (1 tot 8 namen)"), "", 16, bold=True))
        right.addWidget(self.alone)
        right.addLayout(names)
        right.addWidget(label(self.tr("3. Waar bewaren jullie het?"), "", 16, bold=True))
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(self.choose_button)
        right.addLayout(where)
        right.addStretch(1)
        right.addWidget(self.message)
        right.addWidget(self.start_button)
        right.addWidget(self.resume_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        self.routes.currentRowChanged.connect(self._show_about)
        self.alone.toggled.connect(self._alone_toggled)
        self.start_button.clicked.connect(self.start_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.choose_button.clicked.connect(self.choose_file_requested)

    def show_routes(self, entries: list[RouteEntry]) -> None:
        self.entries = entries
        self.routes.clear()
        for entry in entries:
            if entry.ok:
                route = entry.route
                text = f"{route.title}\n{route.when} · ± {route.minutes} min".rstrip(" ·")
                item = QListWidgetItem(text)
                item.setToolTip(plain(route.description))
            else:
                item = QListWidgetItem(self.tr("%1 (werkt niet)").replace("%1", entry.path.name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(plain("\n".join(str(p) for p in entry.problems)))
            self.routes.addItem(item)
        first = next((i for i, e in enumerate(entries) if e.ok), -1)
        self.routes.setCurrentRow(first)

    def _show_about(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        if entry is None or not entry.ok:
            self.alone.setEnabled(True)
        if entry is None:
            self.about.setText("")
        elif entry.ok:
            extra = self.tr(" Houd het bestand van de vorige keer bij de hand.") if entry.route.needs_earlier else ""
            self.about.setText(entry.route.description + extra)
            if entry.route.team:  # a route for a team: not alone
                self.alone.setChecked(False)
            self.alone.setEnabled(not entry.route.team)
        else:
            self.about.setText(self.tr("Deze route werkt niet:") + "\n" + "\n".join(str(p) for p in entry.problems))

    def _alone_toggled(self, alone: bool) -> None:
        for field in self.names[1:]:
            field.setEnabled(not alone)
        self.names[0].setPlaceholderText(self.tr("Je naam (mag leeg)") if alone else self.tr("Naam 1"))

    def selected(self) -> RouteEntry | None:
        row = self.routes.currentRow()
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        return entry if entry is not None and entry.ok else None

    def select_route(self, route_id: str) -> None:
        for i, entry in enumerate(self.entries):
            if entry.ok and entry.route.id == route_id:
                self.routes.setCurrentRow(i)

    def people(self) -> list[str]:
        fields = self.names[:1] if self.alone.isChecked() else self.names
        return [f.text() for f in fields if f.text().strip()]

    def path(self) -> Path | None:
        text = self.file.text().strip()
        return Path(text).expanduser() if text else None
