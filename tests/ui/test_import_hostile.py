"""Issue #22 in the app: the Importeren… dialog reads in a worker (progress, Annuleren), names hostile
sheets' problems by row and writes nothing; big pictures are drawn from a copy scaled once."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from hostile_files import csv_many_copies, png, png_header, xlsx_zip_bomb
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import deckimport
from reflectiespel.ui.main_window import MainWindow

SHOTS = Path("/tmp/w22a-shots")
DATA = Path(__file__).parents[1] / "data"


def _window(qtbot, data_dir, builtin: Path | None = None) -> MainWindow:
    window = MainWindow(Library(builtin or builtin_decks_dir(), data_dir / "decks").load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_library()
    qtbot.waitExposed(window)
    return window


def _import_with(qtbot, window, monkeypatch, sheet: Path, check, wait_for_reading: bool = True) -> dict:
    """Click Importeren… on the library page and run ``check(dialog)`` once the dialog is open (and, by
    default, done reading); exec() blocks the test until the dialog closes."""
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    seen = {}

    def poll():
        dialog = getattr(window, "import_dialog", None)
        if dialog is None or not dialog.isVisible() or (wait_for_reading and dialog.busy):
            QTimer.singleShot(20, poll)
            return
        seen["done"] = True
        check(dialog)

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(window.library_page.import_button, Qt.MouseButton.LeftButton)
    assert seen.get("done")
    return seen


def _problems(dialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_picture_path_out_of_the_folder_is_a_problem_in_the_preview_and_nothing_is_saved(
        qtbot, data_dir, tmp_path, monkeypatch):
    sheet_dir = tmp_path / "a" / "b"
    sheet_dir.mkdir(parents=True)
    (tmp_path / "geheim.png").write_text("niet van jou\n")
    sheet = sheet_dir / "set.csv"
    sheet.write_text("titel;afbeelding\nZon;../../geheim.png\nMaan;\n", encoding="utf-8")
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        seen["problems"] = _problems(dialog)
        seen["save"] = dialog.save_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-outside.png"))
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    _import_with(qtbot, window, monkeypatch, sheet, check)
    assert seen["problems"] == [("rij 2, kolom afbeelding: '../../geheim.png' wijst buiten de map van de "
                                 "spreadsheet; gebruik een plaatje in die map zelf")]
    assert not seen["save"] and "Er is niets bewaard" in seen["summary"]
    assert window.import_dialog is None and not (data_dir / "decks").exists()


@pytest.mark.parametrize("make, expected", [
    (lambda p: csv_many_copies(p / "veel.csv"), "rij 22: hier wordt de set te groot: meer dan 1000 kaarten"),
    (lambda p: xlsx_zip_bomb(p / "bom.xlsx", cells=3_000_000), "dit Excel-bestand wordt uitgepakt veel te groot"),
], ids=["many-copies", "zip-bomb"])
def test_a_sheet_that_would_eat_the_machine_is_refused_in_the_dialog(qtbot, data_dir, tmp_path, monkeypatch,
                                                                     make, expected):
    sheet = make(tmp_path)
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        seen["problems"] = _problems(dialog)
        seen["save"] = dialog.save_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _import_with(qtbot, window, monkeypatch, sheet, check)
    assert any(line.startswith(expected) for line in seen["problems"]), seen["problems"]
    assert not seen["save"] and not (data_dir / "decks").exists()


def test_annuleren_stops_the_reading_and_closes_the_dialog(qtbot, data_dir, tmp_path, monkeypatch):
    """A slow read (a network drive, a big sheet): the bar moves, Annuleren stops the worker at once."""
    from reflectiespel.core.decks.sheetfiles import Cancelled

    sheet = tmp_path / "traag.csv"
    sheet.write_text("titel\nRust\n", encoding="utf-8")
    worker_saw = {}

    def slow_read(path, progress, cancelled):
        for step in range(1, 500):  # at most ~10 s, whatever happens
            if cancelled():
                worker_saw["cancelled"] = step
                raise Cancelled()
            progress(step / 500)
            time.sleep(0.02)
        return ("problems", ["never cancelled"])

    monkeypatch.setattr(deckimport, "read_sheet", slow_read)
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=5000)
        seen["bar"] = dialog.progress.isVisible()
        seen["save"] = dialog.save_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    started = time.monotonic()
    _import_with(qtbot, window, monkeypatch, sheet, check, wait_for_reading=False)
    assert seen["bar"] and not seen["save"] and seen["summary"] == "traag.csv wordt gelezen…"
    assert worker_saw.get("cancelled", 999) < 450 and time.monotonic() - started < 9
    assert window.import_dialog is None and not (data_dir / "decks").exists()


def test_a_good_sheet_with_a_big_picture_shows_it_in_the_preview_and_saves_it(qtbot, data_dir, tmp_path,
                                                                             monkeypatch):
    sheet_dir = tmp_path / "sheet"
    sheet_dir.mkdir()
    png(sheet_dir / "groen.png", 3200, 1600, colour=b"\x00\xc8\x00")
    sheet = sheet_dir / "buurt.csv"
    sheet.write_text("titel;afbeelding\nGroen;groen.png\n", encoding="utf-8")
    window = _window(qtbot, data_dir)
    seen = {}

    def check(dialog):
        seen["problems"] = _problems(dialog)
        seen["icon"] = dialog.preview.item(0).icon().pixmap(dialog.preview.THUMB).toImage()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-preview-picture.png"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _import_with(qtbot, window, monkeypatch, sheet, check)
    assert seen["problems"] == []
    image = seen["icon"]
    greens = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                 if QColor(image.pixel(x, y)).green() > 150 and QColor(image.pixel(x, y)).red() < 80)
    assert greens > 50, "the picture shows on the preview card"
    assert (data_dir / "decks" / "buurt" / "groen.png").read_bytes() == (sheet_dir / "groen.png").read_bytes()
    assert window.library_page.tile("buurt") is not None


def _deck_with_picture(folder: Path, picture: str) -> None:
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mini.yaml").write_text(text.replace("    back: Eigen achterkant", f"    image: {picture}"),
                                      encoding="utf-8")


def test_the_viewer_draws_a_big_picture_from_a_copy_scaled_once_in_the_cache_folder(qtbot, data_dir, tmp_path,
                                                                                    monkeypatch):
    from PIL import Image

    cache = tmp_path / "cache"
    monkeypatch.setenv("REFLECTIESPEL_CACHE_DIR", str(cache))
    builtin = tmp_path / "builtin"
    _deck_with_picture(builtin / "mini", "groot.png")
    png(builtin / "mini" / "groot.png", 4800, 3000, colour=b"\x00\xc8\x00")
    window = _window(qtbot, data_dir, builtin)
    qtbot.mouseClick(window.library_page.tile("mini"), Qt.MouseButton.LeftButton)
    view = window.deck_page.view
    qtbot.mouseClick(window.deck_page.next_button, Qt.MouseButton.LeftButton)  # the second card has the picture
    assert view.card.image == "groot.png"
    qtbot.waitUntil(lambda: any((cache / "pictures").glob("*")), timeout=5000)
    (copy,) = list((cache / "pictures").iterdir())
    with Image.open(copy) as scaled:
        assert scaled.size == (1600, 1000)
    shot = view.grab().toImage()
    SHOTS.mkdir(exist_ok=True)
    shot.save(str(SHOTS / "viewer-big-picture.png"))
    greens = sum(1 for x in range(0, shot.width(), 6) for y in range(0, shot.height(), 6)
                 if QColor(shot.pixel(x, y)).green() > 150 and QColor(shot.pixel(x, y)).red() < 80)
    assert greens > 100, "the picture is drawn on the card"
    assert [p.name for p in (builtin / "mini").iterdir()] and not any(
        p.name.startswith(".") for p in (builtin / "mini").iterdir()), "nothing is cached in the deck's folder"


def test_a_picture_with_too_many_pixels_makes_the_deck_a_broken_tile_that_says_why(qtbot, data_dir, tmp_path):
    builtin = tmp_path / "builtin"
    _deck_with_picture(builtin / "mini", "reus.png")
    png_header(builtin / "mini" / "reus.png", 15000, 14000)
    shutil.copy(DATA / "mini.yaml", builtin / "ander.yaml")
    (builtin / "ander.yaml").write_text((builtin / "ander.yaml").read_text().replace("id: mini", "id: ander"))
    window = _window(qtbot, data_dir, builtin)
    broken = [tile for tile in window.library_page.tiles if not tile.entry.ok]
    assert len(broken) == 1
    assert "'reus.png' heeft te veel beeldpunten (15000 × 14000); zo'n PNG mag er hoogstens 200 miljoen hebben" in \
        broken[0].toolTip()
