"""The print dialog: the preview follows the settings, saving writes a real PDF, bad paths get a message."""

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from reflectiespel.core.decks.library import Library
from reflectiespel.pdf.geometry import sheet_layout
from reflectiespel.ui import printdialog
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.printdialog import PrintDialog

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def library(tmp_path):
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    return Library(builtin).load()


@pytest.fixture
def dialog(qtbot, library, monkeypatch):
    monkeypatch.setattr(printdialog, "available_printers", lambda: [])
    dlg = PrintDialog(library, "mini")
    qtbot.addWidget(dlg)
    dlg.resize(1280, 800)
    dlg.show()
    return dlg


def choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_preview_follows_size_backs_and_categories(dialog, qtbot):
    assert dialog.preview.cards_per_page == [2, 2]  # mini deck: front sheet and its back sheet
    dialog.blank.setValue(10)  # 2 cards + 2 x 10 blank = 22: more than one sheet of poker cards
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        pass
    per_poker = sheet_layout("poker").per_sheet
    assert dialog.preview.cards_per_page == [per_poker, per_poker]
    before = dialog.preview.image.copy()

    choose(dialog.size_choice, "a6")
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        pass
    per_a6 = sheet_layout("a6").per_sheet
    assert per_a6 != per_poker and dialog.preview.cards_per_page == [per_a6, per_a6]
    assert dialog.preview.image != before

    choose(dialog.backs_choice, "fold")  # front and back side by side, one page per sheet
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        pass
    per_fold = sheet_layout("a6", backs="fold").per_sheet
    assert dialog.preview.cards_per_page == [2 * per_fold]

    choose(dialog.backs_choice, "none")
    dialog.blank.setValue(0)
    dialog.categories.item(1).setCheckState(Qt.CheckState.Unchecked)  # only category 'een': 1 card
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        pass
    assert dialog.preview.cards_per_page == [1]
    assert dialog.summary.text().startswith("1 kaart,")

    dialog.categories.item(0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        pass
    assert dialog.preview.cards_per_page == [] and "minstens één categorie" in dialog.message.text()
    assert not dialog.save_button.isEnabled()


def test_save_writes_a_pdf_with_the_expected_pages(dialog, qtbot, tmp_path):
    dialog.copies.setValue(10)  # 20 cards: 3 poker sheets, each with a back page
    dialog.refresh_preview()
    target = tmp_path / "kaarten.pdf"
    dialog.save_pdf(target)
    assert not dialog.save_button.isEnabled()  # busy
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    reader = PdfReader(target)
    assert len(reader.pages) == 2 * 3
    assert "Eerste kaart" in reader.pages[0].extract_text()
    assert "Opgeslagen" in dialog.message.text() and dialog.open_button.isVisible()
    assert dialog.save_button.isEnabled() and dialog.saved_path == target


def test_unwritable_path_shows_a_dutch_message_and_leaves_no_file(dialog, qtbot, tmp_path):
    target = tmp_path / "bestaat-niet" / "kaarten.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=5000)
    assert "Kan niet schrijven" in dialog.message.text() and "bestaat niet" in dialog.message.text()
    assert not target.exists() and not target.parent.exists()

    folder = tmp_path / "kaarten.pdf"  # a folder where the file should go
    folder.mkdir()
    dialog.save_pdf(folder)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=5000)
    assert "dat is een map" in dialog.message.text()
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert not dialog.open_button.isVisible()


def test_a_failure_while_writing_in_the_background_is_reported(dialog, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(printdialog, "check_target", lambda path: None)  # skip the early check
    target = tmp_path / "weg" / "kaarten.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert "Kan niet schrijven" in dialog.message.text() and not target.parent.exists()
    assert dialog.save_button.isEnabled()


def test_print_button_is_disabled_without_printers(dialog):
    assert not dialog.print_button.isEnabled()
    assert "geen printer" in dialog.print_button.toolTip()


def test_printing_paints_every_page(dialog, qtbot, tmp_path, monkeypatch):
    """"Afdrukken…" lays out the same pages as the PDF; Qt's PDF printer lets us count them."""
    monkeypatch.setattr(printdialog, "available_printers", lambda: ["pdf"])
    dialog.copies.setValue(10)
    dialog.refresh_preview()
    target = tmp_path / "printer.pdf"

    def choose_pdf_printer(printer: QPrinter) -> bool:  # instead of the system's print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True
    dialog.ask_printer = choose_pdf_printer
    with qtbot.waitSignal(dialog.print_done, timeout=60000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.save_button.isEnabled()  # busy in the background
    reader = PdfReader(target)
    assert len(reader.pages) == 6 and "6 pagina's naar de printer gestuurd" in dialog.message.text()
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1
    text = reader.pages[0].extract_text().replace("\t", " ")  # Qt places each letter: pypdf sees tabs
    assert "Eerste kaart" in text and "1/2" in text and "vel 1/3 · voorkant" in text
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_every_widget_has_a_name(dialog):
    from PySide6.QtWidgets import QWidget

    for widget in dialog.findChildren(QWidget):
        if widget.parent() is dialog:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_deck_viewer_print_button_opens_the_dialog(qtbot, library, monkeypatch):
    opened = []
    monkeypatch.setattr(printdialog, "available_printers", lambda: [])
    monkeypatch.setattr(PrintDialog, "exec", lambda self: opened.append(self.deck.id) or 0)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.open_deck("mini")
    with qtbot.waitSignal(win.deck_page.print_requested) as signal:
        qtbot.mouseClick(win.deck_page.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["mini"] and opened == ["mini"]


def test_the_dialog_starts_at_the_size_the_deck_chooses(qtbot, tmp_path, monkeypatch):
    """A deck with much text chooses tarot; the dialog opens on tarot, and switching decks follows."""
    builtin = tmp_path / "eigen"
    builtin.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    text = (DATA / "mini.yaml").read_text(encoding="utf-8").replace("id: mini", "id: groot", 1)
    (builtin / "groot.yaml").write_text(text.replace("language: nl\n", "language: nl\ndefault_size: tarot\n"),
                                        encoding="utf-8")
    monkeypatch.setattr(printdialog, "available_printers", lambda: [])
    dlg = PrintDialog(Library(builtin).load(), "groot")
    qtbot.addWidget(dlg)
    assert dlg.size_choice.currentData() == "tarot" and dlg.options().size == "tarot"
    qtbot.keyClick(dlg.deck_choice, Qt.Key.Key_Down if dlg.deck_choice.currentIndex() == 0 else Qt.Key.Key_Up)
    assert dlg.deck.id == "mini" and dlg.size_choice.currentData() == "poker"


def test_ink_saving_and_instruction_page_from_the_dialog(dialog, qtbot, tmp_path):
    def dark_share() -> float:
        image = dialog.preview.image
        half = image.width() // 2  # the back sheet is the right-hand picture
        dark = total = 0
        for y in range(0, image.height(), 4):
            for x in range(half, image.width(), 4):
                colour = image.pixelColor(x, y)
                if colour.alpha() > 0:
                    total += 1
                    dark += colour.lightnessF() < 0.4
        return dark / max(1, total)

    dialog.refresh_preview()
    full = dark_share()
    qtbot.mouseClick(dialog.ink_saving, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.ink_saving.isChecked()
    dialog.refresh_preview()
    assert dark_share() < full / 3  # the preview shows the backs with little ink
    qtbot.mouseClick(dialog.instructions, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.instructions.isChecked()
    target = tmp_path / "kaarten.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    reader = PdfReader(target)
    assert "Afvinklijst" in reader.pages[0].extract_text()
    assert "Deze kant blijft leeg" in reader.pages[1].extract_text()
