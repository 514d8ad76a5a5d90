"""The organisation's shared folder in the File menu: choose it, or let it go (docs/install.md, for IT).

The folder holds decks, werkvormen/ and routes/ as the built-in decks/ folder does; the app reads it after
the built-ins and before the user's own, and never writes there. REFLECTIESPEL_ORG_DIR, set by an IT
department, wins: then the menu shows the folder and cannot change it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..core.files.paths import ORG_DIR_SETTING, ORG_DIR_VARIABLE
from ..core.base.problems import FileProblems


class OrgFolderMenu(QObject):
    """Two actions in the File menu of a MainWindow; ``ask_folder`` is replaced in tests."""

    def __init__(self, window, menu, before: QAction | None = None):
        super().__init__(window)
        self.window = window
        self.choose_action = QAction(self.tr("Map van je organisatie kiezen…"), window)
        self.choose_action.setObjectName("orgFolderChoose")
        self.choose_action.triggered.connect(self.choose)
        self.clear_action = QAction(self.tr("Map van je organisatie niet meer gebruiken"), window)
        self.clear_action.setObjectName("orgFolderClear")
        self.clear_action.triggered.connect(self.clear)
        for action in (self.choose_action, self.clear_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        self.update_actions()

    @property
    def managed(self) -> str:
        """The folder IT set for everyone (REFLECTIESPEL_ORG_DIR), or ''."""
        return os.environ.get(ORG_DIR_VARIABLE, "").strip()

    def update_actions(self) -> None:
        current = self.window.library.org_dir
        if self.managed:
            tip = self.tr("Ingesteld door je organisatie ({0}): {1}").format(ORG_DIR_VARIABLE, self.managed)
        elif current is not None:
            tip = self.tr("Nu: {0}").format(current)
        else:
            tip = self.tr("Een gedeelde map met kaartensets en werkvormen van je organisatie; de app leest hem "
                          "alleen.")
        for action in (self.choose_action, self.clear_action):
            action.setEnabled(not self.managed)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.clear_action.setVisible(current is not None)

    def ask_folder(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.window.library.org_dir or Path.home())
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Map van je organisatie kiezen"), start)
        return Path(name) if name else None

    def choose(self) -> Path | None:
        folder = self.ask_folder()
        if folder is None:
            return None
        problem = self.problem(folder)
        if problem:
            self.window.tell(self.tr("Deze map kan niet"), problem)
            return None
        return self._use(folder)

    def clear(self) -> None:
        self._use(None)

    def problem(self, folder: Path) -> str:
        """Why this folder cannot be the organisation's, in words a trainer understands; '' when it can."""
        if not folder.is_dir():
            return self.tr("{0} is geen map (of is nu niet bereikbaar).").format(folder)
        own = self.window.library.user_dir
        resolved = folder.resolve()
        if own is not None and (resolved == own.resolve() or own.resolve() in resolved.parents
                                or resolved in own.resolve().parents):
            return self.tr("{0} is (of bevat) je eigen map met kaartensets. Kies de gedeelde map van je "
                           "organisatie.").format(folder)
        return ""

    def _use(self, folder: Path | None) -> Path | None:
        from ..core.files.settings import remember

        try:
            remember(self.window.data_dir, ORG_DIR_SETTING, str(folder) if folder else None)
        except (OSError, FileProblems) as exc:
            self.window.tell(self.tr("Niet onthouden"), self.tr("De keuze kan niet worden bewaard: {0}").format(exc))
            return None
        self.window.library.org_dir = folder
        self.window.refresh_library(reload=True)
        self.update_actions()
        if folder is None:
            self.window.statusBar().showMessage(self.tr("De map van je organisatie wordt niet meer gebruikt."), 8000)
        else:
            self.window.statusBar().showMessage(
                self.tr("Kaartensets en werkvormen uit {0} staan nu in de app (alleen lezen).").format(folder), 8000)
        return folder
