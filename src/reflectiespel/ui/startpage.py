"""The start window: what do you want to do today?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)


def _big_button(parent: QWidget, name: str, title: str, detail: str) -> QPushButton:
    button = QPushButton(f"{title}\n{detail}", parent)
    button.setObjectName(name)
    button.setAccessibleName(title)
    button.setMinimumSize(320, 110)
    button.setStyleSheet("QPushButton { font-size: 17px; text-align: left; padding: 14px; }")
    return button


class StartPage(QWidget):
    browse_decks = Signal()
    new_session = Signal()
    open_session = Signal()
    open_recent = Signal(str)
    together = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        heading = QLabel(self.tr("Reflectiespel"), self)
        heading.setStyleSheet("font-size: 32px; font-weight: bold;")
        intro = QLabel(self.tr("Samen nadenken over cultuur, zorg, welzijn en beleid. Wat wil je doen?"), self)
        intro.setStyleSheet("font-size: 17px;")
        self.decks_button = _big_button(self, "browseDecks", self.tr("Kaartensets bekijken"),
                                        self.tr("Bekijk, projecteer en print de kaarten"))
        self.session_button = _big_button(self, "newSession", self.tr("Sessie begeleiden"),
                                          self.tr("Een werkvorm met projectie en regiescherm"))
        self.open_button = _big_button(self, "openSession", self.tr("Sessie openen…"),
                                       self.tr("Verder met een opgeslagen sessie"))
        self.together_button = _big_button(self, "together", self.tr("Samen reflecteren"),
                                           self.tr("Als team, zonder begeleider, op één laptop"))
        self.decks_button.clicked.connect(self.browse_decks)
        self.session_button.clicked.connect(self.new_session)
        self.open_button.clicked.connect(self.open_session)
        self.together_button.clicked.connect(self.together)
        grid = QGridLayout()
        grid.addWidget(self.decks_button, 0, 0)
        grid.addWidget(self.session_button, 0, 1)
        grid.addWidget(self.open_button, 1, 0)
        grid.addWidget(self.together_button, 1, 1)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentSessions")
        self.recent.setAccessibleName(self.tr("Recente sessies"))
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemDoubleClicked.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Recente sessies (dubbelklik om te openen):"), self))
        layout.addWidget(self.recent, 1)

    def show_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("Nog geen sessies opgeslagen."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
