"""The print dialog: choose deck and print settings, see the first sheets follow every change, save the
PDF (in a worker thread, with a progress bar) or print straight to a printer through Qt.

Preview, printer and PDF draw the same laid-out pages (pdf/deckpdf.py ``deck_pages``): the PDF with
reportlab, the preview and the printer with QPainter (ui/sheetpaint.py), so card numbers, sheet footers,
text sizes and outlines are the same on screen, on paper and in the file. Printing runs in a worker
thread too. A printer that cannot print both sides (or a system dialog where it was switched off) is
said before anything is printed, never silently dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.decks.decks import Deck
from ..core.decks.library import Library
from ..pdf.deckpdf import PrintError, PrintOptions, PrintResult, deck_pages, write_deck_pdf
from ..pdf.geometry import CARD_SIZES, LayoutError, sheets_needed
from ..pdf.output import OutputError, check_target
from .screenfit import FitsScreen
from .sheetpaint import PagePainter, SheetPreview, print_family
from .theme import set_ink

DUPLEX = {"long-edge": QPrinter.DuplexMode.DuplexLongSide, "short-edge": QPrinter.DuplexMode.DuplexShortSide}


def available_printers() -> list:
    return QPrinterInfo.availablePrinters()


class SaveJob(QThread):
    """Writes the whole PDF away from the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # PrintResult
    failed = Signal(str)

    def __init__(self, deck: Deck, path: Path, options: PrintOptions, parent=None):
        super().__init__(parent)
        self.deck, self.path, self.options = deck, path, options

    def run(self) -> None:
        try:
            result = write_deck_pdf(self.deck, self.path, self.options, progress=self.progressed.emit)
        except (PrintError, OutputError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face
            self.failed.emit(QCoreApplication.translate("PrintDialog", "Het PDF-bestand kon niet worden gemaakt: {0}").format(exc))
        else:
            self.succeeded.emit(result)


class PrintJob(QThread):
    """Lays out and paints every page on the printer, away from the UI thread (Qt allows painting on a
    QPrinter from a worker thread); one page is in memory at a time."""

    progressed = Signal(int, int)  # cards done, cards in total
    succeeded = Signal(object)  # PrintResult
    failed = Signal(str)

    def __init__(self, deck: Deck, options: PrintOptions, printer: QPrinter, parent=None):
        super().__init__(parent)
        self.deck, self.options, self.printer = deck, options, printer

    def run(self) -> None:
        try:
            self.succeeded.emit(self._print())
        except (PrintError, OSError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face
            self.failed.emit(QCoreApplication.translate("PrintDialog", "Er kon niet worden geprint: {0}").format(exc))

    def _print(self) -> PrintResult:
        result = PrintResult()
        pages = deck_pages(self.deck, self.options, result, progress=self.progressed.emit)
        first = next(pages)  # settings that cannot be used fail before the printer starts
        painter = QPainter()
        if not painter.begin(self.printer):
            raise OSError(QCoreApplication.translate("PrintDialog", "De printer kan niet worden gebruikt."))
        try:
            drawer = PagePainter(painter, self.printer.resolution() / 25.4)
            drawer.paint(first)
            for page in pages:
                self.printer.newPage()
                drawer.paint(page)
        finally:
            painter.end()
        result.warnings = list(dict.fromkeys(result.warnings + drawer.problems))
        return result


class PrintDialog(FitsScreen, QDialog):
    preview_ready = Signal()
    print_done = Signal()  # "Afdrukken…" finished, was refused or failed
    DEBOUNCE_MS = 150

    def __init__(self, library: Library, deck_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Kaarten printen"))
        self.setAccessibleName(self.windowTitle())
        self.decks = library.decks
        self.job: SaveJob | None = None
        self.saved_path: Path | None = None
        self.warnings: list[str] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_preview)

        form = self._build_settings()
        buttons = self._build_output()
        self._lay_out(form, buttons)
        self._connect()

        index = max(0, self.deck_choice.findData(deck_id)) if deck_id else 0
        self.deck_choice.setCurrentIndex(index)
        self._deck_changed()
        self.refresh_preview()

    # --- building -------------------------------------------------------------------------------------
    def _build_settings(self) -> QFormLayout:
        """The choices on the left: deck, size, paper, backs, bleed, marks, categories, copies, offset."""
        form = QFormLayout()
        self.deck_choice = self._named(QComboBox(self), "deckChoice", self.tr("Kaartenset"))
        for deck in self.decks:
            self.deck_choice.addItem(deck.title, deck.id)
        self.size_choice = self._named(QComboBox(self), "sizeChoice", self.tr("Kaartmaat"))
        for key, (w, h) in CARD_SIZES.items():
            self.size_choice.addItem(self.tr("{0} ({1:g} × {2:g} mm)").format(self._size_name(key), w, h), key)
        self.paper_choice = self._named(QComboBox(self), "paperChoice", self.tr("Papier"))
        self.paper_choice.addItem("A4", "a4")
        self.paper_choice.addItem("Letter", "letter")
        self.backs_choice = self._named(QComboBox(self), "backsChoice", self.tr("Achterkanten"))
        for key, text in (("long-edge", self.tr("Dubbelzijdig, omslaan langs de lange kant")),
                          ("short-edge", self.tr("Dubbelzijdig, omslaan langs de korte kant")),
                          ("fold", self.tr("Naast de voorkant, om te vouwen")),
                          ("none", self.tr("Geen achterkanten"))):
            self.backs_choice.addItem(text, key)
        self.bleed = self._spin(QDoubleSpinBox(self), "bleed", self.tr("Afloop"), 0, 10, self.tr(" mm"))
        self.bleed.setSingleStep(0.5)
        self.bleed.setToolTip(self.tr("Zo ver loopt de kleur door buiten de snijlijn"))
        self.crop_marks = self._named(QCheckBox(self.tr("Snijtekens (buiten de kaarten)"), self), "cropMarks",
                                      self.tr("Snijtekens (buiten de kaarten)"))
        self.crop_marks.setChecked(True)
        self.ink_saving = self._named(QCheckBox(self.tr("Inktzuinige achterkanten (rand en naam op wit)"), self),
                                      "inkSaving", self.tr("Inktzuinige achterkanten (rand en naam op wit)"))
        self.instructions = self._named(QCheckBox(self.tr("Eerste pagina met uitleg en afvinklijst"), self),
                                        "instructionPage", self.tr("Eerste pagina met uitleg en afvinklijst"))
        self.categories = self._named(QListWidget(self), "categories", self.tr("Categorieën"))
        self.categories.setMaximumHeight(110)
        self.copies = self._spin(QSpinBox(self), "copies", self.tr("Exemplaren"), 1, 100, "")
        self.blank = self._spin(QSpinBox(self), "blankCards", self.tr("Lege kaarten per categorie"), 0, 100, "")
        self.offset_x = self._spin(QDoubleSpinBox(self), "offsetX", self.tr("Verschuiving achterkant X"), -10, 10,
                                   self.tr(" mm"))
        self.offset_y = self._spin(QDoubleSpinBox(self), "offsetY", self.tr("Verschuiving achterkant Y"), -10, 10,
                                   self.tr(" mm"))
        offset = QHBoxLayout()
        offset.addWidget(self.offset_x)
        offset.addWidget(self.offset_y)
        for text, widget in ((self.tr("Set"), self.deck_choice), (self.tr("Maat"), self.size_choice),
                             (self.tr("Papier"), self.paper_choice), (self.tr("Achterkanten"), self.backs_choice),
                             (self.tr("Afloop"), self.bleed), ("", self.crop_marks), ("", self.ink_saving),
                             ("", self.instructions),
                             (self.tr("Categorieën"), self.categories), (self.tr("Exemplaren"), self.copies),
                             (self.tr("Lege kaarten"), self.blank), (self.tr("Verschuiving X, Y"), offset)):
            label = self._named(QLabel(text, self), "label" + str(form.rowCount()), text or self.tr("Snijtekens"))
            form.addRow(label, widget)
        return form

    def _build_output(self) -> QHBoxLayout:
        """The preview, what it will be, messages and progress; the row of buttons (returned)."""
        self.preview = SheetPreview(self)
        self.summary = self._named(QLabel(self), "printSummary", self.tr("Samenvatting"))
        self.summary.setWordWrap(True)
        self.message = self._named(QLabel(self), "printMessage", self.tr("Melding"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = self._named(QProgressBar(self), "printProgress", self.tr("Voortgang"))
        self.progress.hide()
        self.save_button = self._named(QPushButton(self.tr("Opslaan als PDF…"), self), "savePdf",
                                       self.tr("Opslaan als PDF"))
        self.print_button = self._named(QPushButton(self.tr("Afdrukken…"), self), "printDirect", self.tr("Afdrukken"))
        self.open_button = self._named(QPushButton(self.tr("PDF openen"), self), "openPdf", self.tr("PDF openen"))
        self.open_button.hide()
        self.close_button = self._named(QPushButton(self.tr("Sluiten"), self), "closePrint", self.tr("Sluiten"))
        if not available_printers():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.tr("Er is geen printer gevonden. Sla een PDF op en print die."))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _lay_out(self, form: QFormLayout, buttons: QHBoxLayout) -> None:
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.message)
        right.addWidget(self.progress)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addLayout(buttons)

    def _connect(self) -> None:
        """Every change of a choice schedules a new preview; the buttons do what they say."""
        self.deck_choice.currentIndexChanged.connect(self._deck_changed)
        for combo in (self.size_choice, self.paper_choice, self.backs_choice):
            combo.currentIndexChanged.connect(self.schedule_preview)
        for spin in (self.bleed, self.copies, self.blank, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self.schedule_preview)
        for box in (self.crop_marks, self.ink_saving, self.instructions):
            box.toggled.connect(self.schedule_preview)
        self.categories.itemChanged.connect(self.schedule_preview)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_direct)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)

    def _named(self, widget, name: str, accessible: str):
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _spin(self, spin, name: str, accessible: str, low: float, high: float, suffix: str):
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return self._named(spin, name, accessible)

    def _size_name(self, key: str) -> str:
        return {"poker": self.tr("Poker"), "bridge": self.tr("Bridge"), "tarot": self.tr("Tarot"),
                "a6": self.tr("A6"), "square": self.tr("Vierkant")}[key]

    # --- state ------------------------------------------------------------------------------------
    @property
    def deck(self) -> Deck | None:
        return self.decks[self.deck_choice.currentIndex()] if self.decks else None

    def _deck_changed(self) -> None:
        if self.deck is not None:  # each deck prints at the size it chose, until the user picks another
            self.size_choice.blockSignals(True)
            self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(self.deck.default_size)))
            self.size_choice.blockSignals(False)
        self.categories.blockSignals(True)
        self.categories.clear()
        for category in self.deck.categories if self.deck else []:
            item = QListWidgetItem(category.name, self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.categories.blockSignals(False)
        self.schedule_preview()

    def checked_categories(self) -> list[str]:
        items = [self.categories.item(i) for i in range(self.categories.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def options(self) -> PrintOptions:
        chosen = self.checked_categories()
        everything = len(chosen) == self.categories.count()
        return PrintOptions(size=self.size_choice.currentData(), paper=self.paper_choice.currentData(),
                            bleed=self.bleed.value(), crop_marks=self.crop_marks.isChecked(),
                            backs=self.backs_choice.currentData(), categories=() if everything else tuple(chosen),
                            copies=self.copies.value(), offset=(self.offset_x.value(), self.offset_y.value()),
                            blank=self.blank.value(), ink_saving=self.ink_saving.isChecked(),
                            instructions=self.instructions.isChecked())

    def _problem(self, text: str) -> None:
        set_ink(self.message, "error")
        self.message.setText(text)

    def _note(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # --- preview ----------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self.timer.start()

    def refresh_preview(self) -> None:
        self.timer.stop()
        deck = self.deck
        ok = False
        if deck is None:
            self.preview.clear()
            self._problem(self.tr("Er zijn geen kaartensets om te printen."))
        elif not self.checked_categories():
            self.preview.clear()
            self._problem(self.tr("Kies minstens één categorie."))
        else:
            try:
                options = self.options()
                layout = options.layout()
                result = PrintResult()
                pages = list(deck_pages(deck, options, result, max_sheets=1, instructions=False))
            except (PrintError, LayoutError) as exc:
                self.preview.clear()
                self._problem(str(exc)[0].upper() + str(exc)[1:])
            else:
                ok = True
                labels = [self.tr("Achterkanten vel 1 (gespiegeld)") if p.side == "back" else self.tr("Voorkanten vel 1")
                          for p in pages]
                self.preview.show_pages(pages, labels)
                cards = result.cards
                sheets = sheets_needed(cards, layout)
                per_page = 2 if options.backs in ("long-edge", "short-edge") else 1
                self.summary.setText(self.tr("{0}, {1} per vel: {2}, {3}. {4}").format(
                    self.tr("%n kaarten", "", cards), layout.per_sheet, self.tr("%n vellen", "", sheets),
                    self.tr("%n pagina's", "", sheets * per_page), self._hint(options.backs)))
                if not self.job:
                    self._note("")
        self.save_button.setEnabled(ok and self.job is None)
        self.print_button.setEnabled(ok and self.job is None and bool(available_printers()))
        self.preview_ready.emit()

    def _hint(self, backs: str) -> str:
        return {"long-edge": self.tr("Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%)."),
                "short-edge": self.tr("Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%)."),
                "none": self.tr("Print enkelzijdig, op ware grootte (100%)."),
                "fold": self.tr("Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw "
                                "op de streepjeslijn.")}[backs]

    # --- saving -----------------------------------------------------------------------------------
    def save_pdf(self, path: Path | None = None) -> None:
        deck = self.deck
        if deck is None or self.job is not None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Opslaan als PDF"),
                                                  str(Path.home() / f"{deck.id}-kaarten.pdf"), "PDF (*.pdf)")
            if not name:
                return
            path = Path(name)
        try:
            check_target(Path(path))
        except OutputError as exc:
            self._problem(str(exc))
            return
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self._note(self.tr("Bezig met opslaan…"))
        self.job = SaveJob(deck, Path(path), self.options(), self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(lambda result, p=Path(path): self._saved(p, result))
        self.job.failed.connect(self._problem)
        self.job.finished.connect(self._job_done)
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _saved(self, path: Path, result) -> None:
        self.saved_path = path
        self.warnings = list(result.warnings)
        text = self.tr("Opgeslagen: {0} ({1} pagina's).").format(path, result.pages)
        if self.warnings:
            self._problem(text + "\n" + self.tr("Let op, tekst past niet helemaal:") + "\n• " +
                          "\n• ".join(self.warnings))
        else:
            self._note(text)
        self.open_button.show()

    def _job_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.progress.hide()
        self.refresh_preview_buttons()

    def refresh_preview_buttons(self) -> None:
        ok = self.deck is not None and bool(self.checked_categories())
        self.save_button.setEnabled(ok)
        self.print_button.setEnabled(ok and bool(available_printers()))

    def open_pdf(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    # --- printing ---------------------------------------------------------------------------------
    def ask_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog; tests replace this with one that picks Qt's PDF printer."""
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def ask_duplex(self, text: str) -> bool:
        """Print anyway although the sheets will not come out double-sided? (Tests replace this.)"""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Niet dubbelzijdig"), text, parent=self)
        anyway = box.addButton(self.tr("Toch printen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Niet printen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is anyway

    def duplex_modes(self, printer: QPrinter) -> list | None:
        """What the chosen printer can do; None for a file (Qt's PDF printer), where it does not apply."""
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            return None
        info = QPrinterInfo(printer)
        return None if info.isNull() else list(info.supportedDuplexModes())

    def print_direct(self) -> None:
        """"Afdrukken…": the system's print dialog, then every page in a worker thread."""
        if self.deck is None or self.job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        if not self.ask_printer(printer) or not self._duplex_agreed(printer):
            self.print_done.emit()
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self._note(self.tr("Bezig met printen…"))
        self.job = PrintJob(self.deck, self.options(), printer, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._printed)
        self.job.failed.connect(self._problem)
        self.job.finished.connect(self._job_done)
        self.job.finished.connect(self.print_done)
        print_family()  # the print font is loaded into Qt here, on the UI thread
        self.job.start()

    def _duplex_agreed(self, printer: QPrinter) -> bool:
        """Both sides wanted but the printer cannot (or the system dialog switched it off): say so."""
        wanted = DUPLEX.get(self.options().backs)
        if wanted is None:
            return True
        modes = self.duplex_modes(printer)
        if modes is None:
            return True
        name = printer.printerName()
        if wanted not in modes and QPrinter.DuplexMode.DuplexAuto not in modes:
            first = (self.tr("De printer ‘{0}’ kan niet dubbelzijdig printen.").format(name) if name
                     else self.tr("De gekozen printer kan niet dubbelzijdig printen."))
            text = first + " " + self.tr("De achterkanten komen dan op aparte vellen, om en om met de voorkanten: "
                                         "draai die zelf om en leg ze terug in de printer, of kies bij "
                                         "Achterkanten ‘Naast de voorkant, om te vouwen’.")
        elif printer.duplex() not in (wanted, QPrinter.DuplexMode.DuplexAuto):
            text = self.tr("In het printvenster staat dubbelzijdig printen uit, of omslaan langs de andere kant "
                           "dan je koos. Dan vallen de achterkanten niet achter hun voorkanten. Kies in het "
                           "printvenster dubbelzijdig, {0}.").format(
                self.tr("omslaan langs de lange kant") if wanted == QPrinter.DuplexMode.DuplexLongSide
                else self.tr("omslaan langs de korte kant"))
        else:
            return True
        if self.ask_duplex(text):
            return True
        self._note(self.tr("Niet geprint."))
        return False

    def prepare_printer(self, printer: QPrinter) -> None:
        options = self.options()
        layout = options.layout()
        printer.setFullPage(True)
        size = QPageSize(QPageSize.PageSizeId.A4 if options.paper == "a4" else QPageSize.PageSizeId.Letter)
        orientation = QPageLayout.Orientation.Landscape if layout.landscape else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))
        printer.setDuplex(DUPLEX.get(options.backs, QPrinter.DuplexMode.DuplexNone))
        printer.setDocName(self.deck.title if self.deck else "")

    def _printed(self, result: PrintResult) -> None:
        text = self.tr("{0} pagina's naar de printer gestuurd.").format(result.pages)
        if result.warnings:
            self._problem(text + "\n" + self.tr("Let op, tekst past niet helemaal:") + "\n• " +
                          "\n• ".join(result.warnings))
        else:
            self._note(text)

    def done(self, result: int) -> None:
        if self.job is not None:  # let a running save finish: never a half-written file
            self.job.wait()
        super().done(result)
