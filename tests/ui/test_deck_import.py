"""Importing a spreadsheet in the app: a preview of the cards, problems by row, nothing saved on a problem."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import deckimport
from reflectiespel.ui.main_window import MainWindow


def _window(qtbot, data_dir) -> MainWindow:
    window = MainWindow(Library(builtin_decks_dir(), data_dir / "decks").load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_library()
    qtbot.waitExposed(window)
    return window


def _while_open(qtbot, window, check):
    """Run ``check(dialog)`` once the modal import dialog is open (exec() blocks the test otherwise)."""
    seen = {}

    def poll():
        dialog = getattr(window, "import_dialog", None)
        if dialog is None or not dialog.isVisible() or dialog.busy:  # the sheet is read in a worker
            QTimer.singleShot(20, poll)
            return
        seen["done"] = True
        check(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_import_button_previews_and_saves_the_deck(qtbot, data_dir, tmp_path, monkeypatch):
    sheet = tmp_path / "teamwaarden.csv"
    sheet.write_text("#titel;Teamwaarden\ntitel;tekst;vragen;categorie\nRust;Even niets;Wat helpt jou?;Zorg\n"
                     "Lef;Iets nieuws proberen;Waar durf je meer?;Groei\n", encoding="utf-8")
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        seen["summary"] = dialog.summary.text()
        seen["preview"] = [dialog.preview.item(i).toolTip() for i in range(dialog.preview.count())]
        seen["preview_visible"] = dialog.preview.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    state = _while_open(qtbot, window, check)
    qtbot.mouseClick(window.library_page.import_button, Qt.MouseButton.LeftButton)
    assert state.get("done")
    assert "Teamwaarden" in seen["summary"] and "2 kaarten" in seen["summary"] and seen["preview_visible"]
    assert seen["preview"] == ["Rust", "Lef"]
    written = data_dir / "decks" / "teamwaarden.yaml"
    assert load_deck(written).title == "Teamwaarden"
    assert window.library_page.tile("teamwaarden") is not None  # the library shows the new set at once


def test_problems_are_listed_by_row_and_save_is_off(qtbot, data_dir, tmp_path, monkeypatch):
    sheet = tmp_path / "fout.csv"
    sheet.write_text("titel;tekst;aantal\n;zonder titel;1\nGoed;tekst;veel\n", encoding="utf-8")
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["save_enabled"] = dialog.save_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    state = _while_open(qtbot, window, check)
    qtbot.mouseClick(window.library_page.import_button, Qt.MouseButton.LeftButton)
    assert state.get("done")
    assert "rij 2, kolom titel: leeg" in seen["problems"]
    assert any(p.startswith("rij 3, kolom aantal") for p in seen["problems"])
    assert seen["save_enabled"] is False
    assert not (data_dir / "decks").exists() or not list((data_dir / "decks").glob("*.yaml"))


def test_template_button_writes_a_template_that_imports(qtbot, data_dir, tmp_path, monkeypatch):
    target = tmp_path / "sjabloon.xlsx"
    monkeypatch.setattr(deckimport.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = _window(qtbot, data_dir)
    qtbot.mouseClick(window.library_page.template_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"PK")
    assert "Sjabloon opgeslagen" in window.statusBar().currentMessage()
    from reflectiespel.core.decks.sheetfiles import read_rows
    from reflectiespel.core.decks.sheets import deck_from_rows

    assert deck_from_rows(read_rows(Path(target))[0], "sjabloon.xlsx").title == "Onze waarden"
