"""Choosing the sessions of a path: tick recent sessions, or add other files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ..screenfit import FitsScreen, fit_window


class ChooseSessions(FitsScreen, QDialog):
    """Recent sessions with a tick box each; 'Andere bestanden…' adds files chosen in a file dialog.
    ``chosen()`` is the ticked files, in the list's order."""

    def __init__(self, recent: list[Path], parent: QWidget | None = None, pick_files=None):
        super().__init__(parent)
        self.setObjectName("chooseSessions")
        self.setWindowTitle(self.tr("Sessies voor het pad kiezen"))
        self.pick_files = pick_files or self._file_dialog  # tests replace it
        intro = QLabel(self.tr("Kies de sessies van dezelfde groep (twee of meer). De volgorde maakt niet uit: "
                               "het pad loopt van de oudste naar de nieuwste datum."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("pathSessionChoice")
        self.list.setAccessibleName(self.tr("Sessies om te kiezen"))
        for path in recent:
            self._add(path, checked=False)
        self.more = QPushButton(self.tr("Andere bestanden…"), self)
        self.more.setObjectName("pathMoreFiles")
        self.more.setAccessibleName(self.tr("Andere bestanden kiezen (sessies)"))
        self.more.clicked.connect(self._more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Pad tonen"))
        self.ok.setObjectName("pathChooseOk")
        self.ok.setAccessibleName(self.tr("Pad tonen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Recente sessies:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        fit_window(self, "pathChoose", QSize(560, 420))

    def _add(self, path: Path, checked: bool) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == str(path):
                self.list.item(row).setCheckState(Qt.CheckState.Checked)
                return
        item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _file_dialog(self) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Sessies kiezen"), str(Path.home()),
                                                self.tr("Reflectiespel-sessie (*.reflectiespel)"))
        return [Path(n) for n in names]

    def _more(self) -> None:
        for path in self.pick_files():
            self._add(Path(path), checked=True)

    def chosen(self) -> list[Path]:
        return [Path(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
