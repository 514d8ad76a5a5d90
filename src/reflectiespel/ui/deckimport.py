"""Import a deck from a spreadsheet in the app: see the cards and every problem by row before saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QMessageBox,
                               QVBoxLayout, QWidget)

from ..core.problems import FileProblems, display_path
from .plaintext import plain
from .screenfit import fit_window
from .theme import grow, set_ink

SHEET_FILTER = "Spreadsheet (*.xlsx *.csv *.tsv *.txt)"


class ImportDialog(QDialog):
    """Reads the sheet at once; shows the cards as a preview, or the problems with row and column."""

    def __init__(self, path: Path, target_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Kaartenset importeren"))
        self.path = Path(path)
        self.target_folder = target_folder
        self.deck = None
        self.written: Path | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        grow(self.summary, 1.25)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problemen in de spreadsheet"))
        set_ink(self.problems, "error")
        grow(self.problems, 1.15)
        from .cardview import CardGrid

        self.preview = CardGrid(self)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("Voorbeeld van de kaarten"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("importSave")
        self.save_button.setText(self.tr("Set bewaren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.preview, 4)
        layout.addWidget(self.buttons)
        fit_window(self, "import", QSize(1000, 720))
        self.read()

    def read(self) -> None:
        from ..core.sheetfiles import read_rows
        from ..core.sheets import deck_from_rows

        self.problems.clear()
        self.deck = None
        try:
            rows, how = read_rows(self.path)
            self.deck = deck_from_rows(rows, self.path.name, fallback_title=self.path.stem)
        except FileProblems as exc:
            for problem in exc.problems:
                self.problems.addItem(problem.message if problem.file == self.path.name else str(problem))
            self.summary.setText(self.tr("{0}: er is iets mis. Verbeter het in de spreadsheet, bewaar die en "
                                         "kies Importeren… opnieuw. Er is niets bewaard.").format(self.path.name))
            self.problems.show()
            self.preview.hide()
            self.save_button.setEnabled(False)
            return
        deck = self.deck
        self.summary.setText(self.tr("{0}: '{1}', %n kaarten (gelezen als {2}). Komt in {3}.", "",
                                     len(deck.cards)).format(self.path.name, deck.title, how,
                                                             display_path(self.target())))
        self.problems.hide()
        self.preview.show()
        self.preview.show_cards(deck, list(deck.cards))
        self.save_button.setEnabled(True)

    def target(self) -> Path:
        assert self.deck is not None
        has_images = any(card.image for card in self.deck.cards)
        folder = self.target_folder / self.deck.id if has_images else self.target_folder
        return folder / f"{self.deck.id}.yaml"

    def save(self) -> None:
        from ..core.deckwrite import write_deck

        if self.deck is None:
            return
        target = self.target()
        overwrite = False
        if target.exists():
            if not self.confirm_overwrite(target):
                return
            overwrite = True
        has_images = any(card.image for card in self.deck.cards)
        try:
            self.written = write_deck(self.deck, target, images_from=self.path.parent if has_images else None,
                                      overwrite=overwrite)
        except FileProblems as exc:
            self.problems.clear()
            for problem in exc.problems:
                self.problems.addItem(str(problem))
            self.problems.show()
            return
        self.accept()

    def confirm_overwrite(self, target: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("Set bestaat al"),
                                      plain(self.tr("Er is al een set '{0}'. Wil je die vervangen?").format(target.name)),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def ask_sheet_to_import(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("DeckImport", "Spreadsheet importeren")
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), SHEET_FILTER)
    return Path(name) if name else None


def save_template(parent: QWidget, path: Path | None = None) -> Path | None:
    """Write the spreadsheet template where the user chooses (xlsx unless the name ends in .csv)."""
    from ..core.sheetfiles import sheet_bytes
    from ..core.sheets import TEMPLATE_HEADER_ROW, template_rows
    from ..core.storage import atomic_write

    if path is None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DeckImport", "Sjabloon opslaan"),
                                              str(Path.home() / QCoreApplication.translate("DeckImport",
                                                                                           "kaartenset.xlsx")),
                                              "Excel (*.xlsx);;CSV (*.csv)")
        if not name:
            return None
        path = Path(name)
    kind = "csv" if path.suffix.lower() == ".csv" else "xlsx"
    if kind == "xlsx" and path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    atomic_write(path, sheet_bytes(template_rows(), TEMPLATE_HEADER_ROW, kind))
    return path
