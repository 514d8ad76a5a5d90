"""Import a deck from a spreadsheet in the app: see the cards and every problem by row before saving.

The sheet is read in a worker thread (core/decks/sheetfiles.py with its limits), with a progress bar and
Annuleren; saving (core/decks/deckwrite.py: check everything, then write) runs in a worker as well."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThread, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QMessageBox,
                               QProgressBar, QVBoxLayout, QWidget)

from ..core.base.problems import FileProblems, display_path
from .plaintext import plain
from .screenfit import FitsScreen, fit_window
from .theme import grow, set_ink

SHEET_FILTER = "Spreadsheet (*.xlsx *.csv *.tsv *.txt)"
PREVIEW_CARDS = 60  # cards shown in the preview; the summary says how many there are in all


def read_sheet(path: Path, progress, cancelled) -> tuple:
    """The work of reading a sheet (worker thread): ('deck', deck, how) or ('problems', [text]); raises
    Cancelled when ``cancelled()`` becomes true. Big pictures are scaled into the cache here too (the
    preview, the viewer and the printer all draw that copy)."""
    from ..core.decks.picturecache import drawable
    from ..core.decks.sheetfiles import Cancelled, read_rows
    from ..core.decks.sheets import deck_from_rows

    def step(fraction: float) -> None:
        if cancelled():
            raise Cancelled()
        progress(fraction)

    try:
        rows, how = read_rows(path, progress=step)
        step(1.0)
        deck = deck_from_rows(rows, path.name, fallback_title=path.stem, pictures_from=path.parent)
    except FileProblems as exc:
        sheet = (path.name, display_path(path))  # about the sheet itself: the message alone
        return ("problems", [problem.message if problem.file in sheet else str(problem) for problem in exc.problems])
    deck.from_folder(path.parent)  # the preview shows the (checked) pictures beside the sheet
    pictures = sorted({card.image for card in deck.cards if card.image})
    for number, image in enumerate(pictures, 1):  # big ones scaled now, here: never on the UI thread later
        step(number / len(pictures))
        drawable(path.parent / image)
    return ("deck", deck, how)


class Worker(QThread):
    """Runs one job away from the UI thread; ``progressed`` (0..1) and ``done`` arrive on the UI thread."""

    progressed = Signal(float)
    done = Signal(object)

    def __init__(self, job, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from ..core.decks.sheetfiles import Cancelled

        try:
            result = self.job(self.progressed.emit, self.cancelled)
        except Cancelled:
            result = ("cancelled",)
        except FileProblems as exc:
            result = ("problems", [str(problem) for problem in exc.problems])
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face
            result = ("problems", [QCoreApplication.translate("ImportDialog", "Er ging iets mis: {0}").format(
                type(exc).__name__)])
        self.done.emit(result)


class ImportDialog(FitsScreen, QDialog):
    """Reads the sheet in a worker (a progress bar and Annuleren meanwhile); shows the cards as a preview,
    or the problems with row and column. Saving checks and writes in a worker too."""

    read_done = Signal()  # the sheet has been read (deck or problems); for whoever waits on it

    def __init__(self, path: Path, target_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Kaartenset importeren"))
        self.path = Path(path)
        self.target_folder = target_folder
        self.deck = None
        self.written: Path | None = None
        self.worker: Worker | None = None
        self.saving = False
        self._on_done = None
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        grow(self.summary, 1.25)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Voortgang van het lezen"))
        self.progress.setRange(0, 1000)
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
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.preview, 4)
        layout.addWidget(self.buttons)
        fit_window(self, "import", QSize(1000, 720))
        self.read()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _start(self, job, on_done, saving: bool = False) -> None:
        self.worker = Worker(job, self)
        self._on_done = on_done
        self.saving = saving
        self.worker.progressed.connect(self._progressed)  # bound methods: queued onto the UI thread
        self.worker.done.connect(self._worker_done)
        self.progress.setRange(0, 0 if saving else 1000)
        self.progress.setValue(0)
        self.progress.show()
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(not saving)  # a save that has begun is finished, never cut off
        self.worker.start()

    def _progressed(self, part: float) -> None:
        self.progress.setValue(round(part * 1000))

    def _worker_done(self, result) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.saving = False
        if result[0] != "cancelled":
            self._on_done(result)

    def read(self) -> None:
        self.problems.clear()
        self.problems.hide()
        self.preview.hide()
        self.deck = None
        self.summary.setText(self.tr("{0} wordt gelezen…").format(self.path.name))
        path = self.path
        self._start(lambda progress, cancelled: read_sheet(path, progress, cancelled), self._show_read)

    def _show_read(self, result) -> None:
        if result[0] == "problems":
            self._show_problems(result[1], self.tr("{0}: er is iets mis. Verbeter het in de spreadsheet, bewaar "
                                                   "die en kies Importeren… opnieuw. Er is niets bewaard.").format(
                self.path.name))
            self.read_done.emit()
            return
        _kind, deck, how = result
        self.deck = deck
        summary = self.tr("{0}: '{1}', %n kaarten (gelezen als {2}). Komt in {3}.", "", len(deck.cards)).format(
            self.path.name, deck.title, how, display_path(self.target()))
        if len(deck.cards) > PREVIEW_CARDS:
            summary += " " + self.tr("Het voorbeeld toont de eerste {0}.").format(PREVIEW_CARDS)
        self.summary.setText(summary)
        self.preview.show()
        self.preview.show_cards(deck, list(deck.cards[:PREVIEW_CARDS]))
        self.save_button.setEnabled(True)
        self.read_done.emit()

    def _show_problems(self, lines: list[str], summary: str | None = None) -> None:
        self.problems.clear()
        for line in lines:
            self.problems.addItem(line)
        if summary is not None:
            self.summary.setText(summary)
            self.preview.hide()
            self.save_button.setEnabled(False)
        self.problems.show()

    def target(self) -> Path:
        assert self.deck is not None
        has_images = any(card.image for card in self.deck.cards)
        folder = self.target_folder / self.deck.id if has_images else self.target_folder
        return folder / f"{self.deck.id}.yaml"

    def save(self) -> None:
        if self.deck is None or self.busy:
            return
        target = self.target()
        overwrite = False
        if target.exists():
            if not self.confirm_overwrite(target):
                return
            overwrite = True
        deck, images = self.deck, self.path.parent if any(card.image for card in self.deck.cards) else None

        def job(_progress, _cancelled):
            from ..core.decks.deckwrite import write_deck

            return ("written", write_deck(deck, target, images_from=images, overwrite=overwrite, place="sheet"))

        self.summary.setText(self.tr("De set wordt bewaard…"))
        self._start(job, self._show_saved, saving=True)

    def _show_saved(self, result) -> None:
        if result[0] == "written":
            self.written = result[1]
            self.accept()
            return
        self.save_button.setEnabled(True)
        self._show_problems(result[1])
        self.summary.setText(self.tr("{0}: de set is niet bewaard.").format(self.path.name))

    def done(self, code: int) -> None:  # QDialog.done: every way of closing ends here
        if self.worker is not None:
            if self.saving:
                return  # Escape while saving: the save finishes and then closes the dialog itself
            worker = self.worker  # Annuleren while reading: stop the worker and wait for it (it checks often)
            worker.cancel()
            worker.wait(10_000)
        super().done(code)

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
    from ..core.decks.sheetfiles import sheet_bytes
    from ..core.decks.sheets import TEMPLATE_HEADER_ROW, template_rows
    from ..core.sessions.storage import atomic_write

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
