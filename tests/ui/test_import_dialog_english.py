"""Issue #16: the import dialog of an English interface lists a sheet's problems in English, by row and by
the sheet's own column names; a good English sheet becomes an English deck."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import deckimport
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.main_window import MainWindow

SHOTS = Path("/tmp/i16b-shots")


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")


def _open_import(qtbot, data_dir, monkeypatch, sheet: Path, check) -> None:
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    window = MainWindow(Library(builtin_decks_dir(), data_dir / "decks").load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_library()
    qtbot.waitExposed(window)
    seen = {}

    def poll():
        dialog = getattr(window, "import_dialog", None)
        if dialog is None or not dialog.isVisible() or dialog.busy:  # the sheet is read in a worker
            QTimer.singleShot(20, poll)
            return
        seen["done"] = True
        check(dialog)

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(window.library_page.import_button, Qt.MouseButton.LeftButton)
    assert seen.get("done")


def test_the_import_dialog_lists_english_problems_by_row_and_column(qtbot, data_dir, tmp_path, monkeypatch,
                                                                     english):
    sheet = tmp_path / "team.csv"
    sheet.write_text("#card-size;giant\ntitle;text;kind;count\n;no title;card;1\nCalm;t;carde;1\n"
                     "Courage;t;card;zero\n", encoding="utf-8")
    seen = {}

    def check(dialog):
        seen["summary"] = dialog.summary.text()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["save"] = dialog.save_button.isEnabled()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-problems-en.png"))
        dialog.reject()

    _open_import(qtbot, data_dir, monkeypatch, sheet, check)
    assert seen["problems"] == [
        "row 1: card size 'giant' does not exist; choose from poker, bridge, tarot, a6, square",
        "row 3, column title: empty",
        "row 4, column kind: 'carde' is not a kind; choose 'card', 'instruction', 'credits' or 'note'",
        "row 5, column count: 'zero' is not a number from 1 to 50",
    ]
    assert not seen["save"] and "Nothing has been saved" in seen["summary"], seen["summary"]
    assert not (data_dir / "decks" / "team.yaml").exists()


def test_a_good_english_sheet_is_saved_as_an_english_deck(qtbot, data_dir, tmp_path, monkeypatch, english):
    sheet = tmp_path / "team.csv"
    sheet.write_text("title;text;questions\nCalm;A moment of nothing;What helps you?\n", encoding="utf-8")
    seen = {}

    def check(dialog):
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _open_import(qtbot, data_dir, monkeypatch, sheet, check)
    written = data_dir / "decks" / "team.yaml"
    deck = load_deck(written)
    assert deck.language == "en" and deck.sources == ["own deck"] and deck.categories[0].name == "cards"
    assert written.read_text(encoding="utf-8").startswith("# Card deck for reflectiespel.")
    assert "team.csv: 'team', 1 card (read as UTF-8, separated by" in seen["summary"], seen["summary"]


def test_one_card_is_one_card_in_dutch_too(qtbot, data_dir, tmp_path, monkeypatch):
    sheet = tmp_path / "team.csv"
    sheet.write_text("titel;tekst\nRust;Even niets\n", encoding="utf-8")
    seen = {}

    def check(dialog):
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    _open_import(qtbot, data_dir, monkeypatch, sheet, check)
    assert "team.csv: 'team', 1 kaart (gelezen als UTF-8" in seen["summary"], seen["summary"]
