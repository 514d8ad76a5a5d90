"""Printing the report from the console through the system's print dialog. The dialog is replaced by
one that chooses Qt's PDF printer (never a real queue); the test clicks the toolbar button and reads
what came out of the printer: the report's own pages, A4, in the range chosen."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressBar

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.pdf.rasterise import page_count, pages
from reflectiespel.pdf.report import render_report
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def console(qtbot, library, data_dir):
    session = Session.empty("Printsessie ë é ĳ €")
    session.add_participant("Anna", "cultuur")
    for number in range(1, 5):
        session.add_step(Step(kind="free", title=f"Ronde {number}", instruction="Praat verder. " * 80))
    for index in range(len(session.steps)):  # the session went through every step (#24: only those are reported)
        session.go_to(index)
    session.go_to(0)
    controller = SessionController(session, library, data_dir)
    window = ConsoleWindow(controller)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def to_pdf_file(target, pages_from=0, pages_to=0, chosen=None):
    def ask(printer: QPrinter) -> bool:
        if chosen is not None:
            chosen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFromTo(pages_from, pages_to)
        return True
    return ask


def click_print(console, qtbot):
    button = console.toolbar.widgetForAction(console.print_action)
    with qtbot.waitSignal(console.print_done, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert console.findChild(QProgressBar, "printProgress") is not None  # progress while it prints
        assert not console.print_action.isEnabled()


def difference(a, b) -> float:
    """Mean difference (0-255) between two page pictures seen from afar (averaged over 4x4 mm areas):
    the printed page is a 300 dpi picture of the PDF page, so single glyph edges differ a little."""
    from PIL import Image, ImageChops, ImageStat

    size = (52, 74)
    a, b = a.resize(size, Image.Resampling.BOX), b.resize(size, Image.Resampling.BOX)
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def test_the_printer_gets_the_reports_own_pages_on_a4(console, qtbot, tmp_path):
    target = tmp_path / "geprint.pdf"
    chosen = []
    console.ask_printer = to_pdf_file(target, chosen=chosen)
    click_print(console, qtbot)
    assert chosen[0].pageLayout().pageSize().id() == chosen[0].pageLayout().pageSize().PageSizeId.A4
    printed = target.read_bytes()
    report = render_report(console.controller.session, "a4", console.controller.library)[0]
    assert page_count(printed) == page_count(report) >= 3
    for page in PdfReader(target).pages:
        assert [round(float(v)) for v in page.mediabox[2:]] == [595, 842]  # A4, not scaled
    printed_pages, report_pages = list(pages(printed, 40)), list(pages(report, 40))
    for mine, theirs in zip(printed_pages, report_pages):
        assert difference(mine, theirs) < 3  # the same page, to a few grey levels of smoothing
    assert difference(printed_pages[1], report_pages[2]) > 3 * difference(printed_pages[1], report_pages[1])
    assert "naar de printer gestuurd" in console.statusBar().currentMessage()
    assert console.print_action.isEnabled()


def test_a_page_range_from_the_dialog_prints_only_those_pages(console, qtbot, tmp_path):
    target = tmp_path / "pagina2.pdf"
    console.ask_printer = to_pdf_file(target, 2, 2)
    click_print(console, qtbot)
    report = render_report(console.controller.session, "a4", console.controller.library)[0]
    (printed,), second = list(pages(target.read_bytes(), 40)), next(iter(pages(report, 40, 1, 1)))
    assert difference(printed, second) < 3


def test_cancelling_the_dialog_prints_nothing(console, qtbot, tmp_path):
    asked = []
    console.ask_printer = lambda printer: asked.append(printer) and False
    qtbot.keyClick(console, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1  # the shortcut opened the dialog
    assert console.print_job is None and console.print_action.isEnabled()
    assert not list(tmp_path.iterdir())
