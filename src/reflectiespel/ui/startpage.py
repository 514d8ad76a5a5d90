"""The start window: what do you want to do today?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .theme import grow, set_ink


def _big_button(parent: QWidget, name: str, title: str, detail: str) -> QPushButton:
    button = QPushButton(f"{title}\n{detail}", parent)
    button.setObjectName(name)
    button.setAccessibleName(title)
    button.setMinimumSize(320, 110)
    button.setStyleSheet("QPushButton { text-align: left; padding: 14px; }")
    grow(button, 1.4)
    return button


class StartPage(QWidget):
    browse_decks = Signal()
    new_session = Signal()
    open_session = Signal()
    open_recent = Signal(str)
    together = Signal()
    path = Signal()
    welcome_closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        heading = QLabel(self.tr("Reflectiespel"), self)
        grow(heading, 2.6, bold=True)
        intro = QLabel(self.tr("Samen nadenken over cultuur, zorg, welzijn en beleid. Wat wil je doen?"), self)
        grow(intro, 1.4)
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
        # the list of recent sessions is made when there is something to list (show_recent, once the decks
        # are read): until then a line says so, and the first frame builds no item view (~4 ms in PySide)
        self.recent = None
        self.recent_waiting = QLabel(self.tr("De recente sessies worden geladen…"), self)
        self.recent_waiting.setObjectName("recentWaiting")
        self.recent_waiting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        set_ink(self.recent_waiting, "secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.welcome = self._welcome_box()
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.welcome)
        QWidget.setTabOrder(self.welcome_button, self.decks_button)  # reading order: the welcome comes first
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addSpacing(16)
        self.path_button = QPushButton(self.tr("Pad van onze praktijk…"), self)
        self.path_button.setObjectName("practicePath")
        self.path_button.setAccessibleName(self.tr("Pad van onze praktijk: waar stonden jullie praktijken per sessie"))
        self.path_button.setToolTip(self.tr("Kies sessies van dezelfde groep en zie hoe jullie praktijken op de as "
                                            "bewogen, en waarom"))
        self.path_button.clicked.connect(self.path)
        recent_row = QHBoxLayout()
        recent_row.addWidget(QLabel(self.tr("Recente sessies (dubbelklik om te openen):"), self), 1)
        recent_row.addWidget(self.path_button)
        layout.addLayout(recent_row)
        layout.addWidget(self.recent_waiting, 1)
        self._layout = layout
        QWidget.setTabOrder(self.together_button, self.path_button)  # reading order: above the list, at the right

    def _welcome_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("welcome")
        box.setAccessibleName(self.tr("Welkom"))
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("#welcome { background: #eef6f8; border: 1px solid #1f4e5f; border-radius: 6px; }")
        self.welcome_text = QLabel(box)
        self.welcome_text.setObjectName("welcomeText")
        self.welcome_text.setTextFormat(Qt.TextFormat.PlainText)
        self.welcome_text.setWordWrap(True)
        self.welcome_text.setStyleSheet("border: none;")
        grow(self.welcome_text, 1.25)
        self.welcome_button = QPushButton(self.tr("Begrepen"), box)
        self.welcome_button.setObjectName("welcomeDone")
        self.welcome_button.setAccessibleName(self.tr("Begrepen, welkom sluiten"))
        self.welcome_button.clicked.connect(self._close_welcome)
        row = QHBoxLayout(box)
        row.addWidget(self.welcome_text, 1)
        row.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignTop)
        box.hide()
        return box

    def show_welcome(self, decks_folder: Path, data_folder: Path) -> None:
        """The first start: what the app does and where your own things go. Shown once."""
        self.welcome_text.setText(self.tr(
            "Welkom! Met reflectiespel bekijk en print je kaartensets, begeleid je sessies met een "
            "projectiescherm, plaats je je praktijk op de sociaal-artistieke as en reflecteer je als team. "
            "Alles werkt zonder internet en zonder account.\n"
            "Je eigen kaartensets zet je in: {0}\n"
            "Sessies bewaar je waar je wilt (Bestand > Opslaan); een reservekopie staat in: {1}").format(
                decks_folder, data_folder))
        self.welcome.show()

    def _close_welcome(self) -> None:
        self.welcome.hide()
        self.welcome_closed.emit()

    def _recent_list(self):
        """The list of recent sessions, made the first time it has something to show."""
        if self.recent is None:
            from PySide6.QtWidgets import QListWidget

            self.recent = QListWidget(self)
            self.recent.setObjectName("recentSessions")
            self.recent.setAccessibleName(self.tr("Recente sessies"))
            self.recent.itemActivated.connect(self._open_item)
            self.recent.itemDoubleClicked.connect(self._open_item)
            self._layout.replaceWidget(self.recent_waiting, self.recent)
            self._layout.setStretchFactor(self.recent, 1)
            self.recent_waiting.hide()
            self.recent_waiting.setParent(None)  # no parent: deleted with its last Python reference, now
            self.recent_waiting = None
            self.recent.show()  # made after the page was shown: a new child starts hidden
            QWidget.setTabOrder(self.path_button, self.recent)
        return self.recent

    def show_recent(self, paths: list[Path]) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self._recent_list().clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("Nog geen sessies opgeslagen."))
            # enabled, so it is drawn in the text colour (a disabled item is pale grey: 1.8:1 on white);
            # not selectable, and it opens nothing (_open_item)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)

    def _open_item(self, item) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, str) and path:
            self.open_recent.emit(path)
