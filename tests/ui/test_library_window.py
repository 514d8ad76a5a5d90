"""The deck library window: tiles, broken decks with their problem, and the card viewer by keyboard."""

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reflectiespel.core.decks.library import Library
from reflectiespel.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def window(qtbot, tmp_path):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir(), user.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    (user / "kapot.yaml").write_text("format_version: 1\nid: kapot\ntitle: [\n", encoding="utf-8")
    win = MainWindow(Library(builtin, user).load())
    win.deck_page.rng = random.Random(3)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show_library()
    win.show()
    qtbot.waitExposed(win)
    return win


def test_library_shows_a_tile_per_deck_and_the_broken_one(window):
    page = window.library_page
    tile = page.tile("mini")
    assert tile is not None and tile.accessibleName() == "Mini-set, 2 kaarten"
    broken = [t for t in page.tiles if not t.entry.ok]
    assert len(broken) == 1
    assert "kan niet worden geladen" in broken[0].accessibleName()
    assert "kapot.yaml" in broken[0].toolTip() and "regel" in broken[0].toolTip()


def test_clicking_a_broken_tile_does_nothing_harmful(window, qtbot):
    broken = [t for t in window.library_page.tiles if not t.entry.ok][0]
    qtbot.mouseClick(broken, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_page


def test_open_deck_and_walk_with_keys(window, qtbot):
    qtbot.mouseClick(window.library_page.tile("mini"), Qt.MouseButton.LeftButton)
    page = window.deck_page
    assert window.pages.currentWidget() is page
    view = page.view
    assert view.card.title == "Eerste kaart" and page.position.text() == "Kaart 1 / 2"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.card.title == "Tweede kaart" and page.position.text() == "Kaart 2 / 2"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last card
    assert view.card.title == "Tweede kaart"
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.showing_back
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.card.title == "Eerste kaart" and not view.showing_back
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.card.title == "Tweede kaart"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.library_page


def test_buttons_click_to_flip_shuffle_and_jump(window, qtbot):
    window.open_deck("mini")
    page = window.deck_page
    qtbot.mouseClick(page.view, Qt.MouseButton.LeftButton)
    assert page.view.showing_back
    qtbot.mouseClick(page.flip_button, Qt.MouseButton.LeftButton)
    assert not page.view.showing_back
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.view.card.id == "tweede"
    page.jump.activated.emit(0)
    assert page.view.card.id == "eerste"
    before = page.view.card.id
    qtbot.mouseClick(page.shuffle_button, Qt.MouseButton.LeftButton)
    assert page.view.card.id != before  # shuffling shows a different card first
    assert [page.jump.itemData(i) for i in range(page.jump.count())] == [c.id for c in page.cursor.order]


def test_overview_grid_jumps_to_a_card(window, qtbot):
    window.open_deck("mini")
    page = window.deck_page
    qtbot.keyClick(page.view, Qt.Key.Key_O)
    assert page.stack.currentWidget() is page.grid and page.grid.count() == 2
    item = page.grid.item(1)
    rect = page.grid.visualItemRect(item)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.view and page.view.card.id == "tweede"


def test_card_is_large_on_a_projector(window, qtbot):
    window.resize(1920, 1080)
    window.open_deck("mini")
    qtbot.wait(10)
    image = window.deck_page.view.grab().toImage()
    assert image.height() > 800  # the card area takes most of the screen


def test_start_page_leads_to_the_library_and_back(window, qtbot):
    window.show_start()
    qtbot.mouseClick(window.start_page.decks_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_page
    qtbot.mouseClick(window.library_page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.start_page


def test_the_source_is_on_the_tile_and_above_the_cards(window, qtbot):
    """A facilitator sees where a deck comes from before and while reading its cards."""
    tile = window.library_page.tile("mini")
    assert tile.source_text == "Bron: Testbron (2026)"
    assert "Bron: Testbron (2026)" in tile.toolTip()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    label = window.deck_page.source
    assert label.isVisible() and label.text() == "Bron: Testbron (2026)"
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Bron: Testbron (2026)" in label.toolTip()


@pytest.mark.parametrize("deck_id", ["zeven-verandertips", "waarde-van-welzijn"])
def test_shuffling_and_restoring_keep_the_viewer_inside_a_1024_screen(qtbot, deck_id):
    from reflectiespel.resources import builtin_decks_dir

    win = MainWindow(Library(builtin_decks_dir()).load())
    win.deck_page.rng = random.Random(5)
    qtbot.addWidget(win)
    win.resize(1016, 734)  # a 1024×768 laptop less the window frame
    win.show()
    qtbot.waitExposed(win)
    win.open_deck(deck_id)
    page = win.deck_page
    page.view.setFocus()
    widths = [win.width()]
    for key in (Qt.Key.Key_S, Qt.Key.Key_S, Qt.Key.Key_Right, Qt.Key.Key_R):
        qtbot.keyClick(page.view, key)
        qtbot.wait(50)  # a layout request that would widen the window is handled by now
        widths.append(win.width())
    assert widths == [1016] * 5, f"window widths after S, S, →, R: {widths}"
    assert win.minimumSizeHint().width() <= 1016
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert page.shuffle_note.text().startswith("Geschud") and page.shuffle_note.isVisible()


def test_a_deck_put_in_the_folder_from_outside_appears_without_a_reload(qtbot, tmp_path):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir(), user.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    win = MainWindow(Library(builtin, user).load())
    qtbot.addWidget(win)
    win.resize(1016, 734)
    win.show_library()
    win.show()
    qtbot.waitExposed(win)
    assert win.library_page.tile("ander") is None
    # what `reflectiespel decks import` does: a new deck file in the user's folder
    text = (DATA / "mini.yaml").read_text(encoding="utf-8").replace("id: mini", "id: ander", 1)
    text = text.replace("title: Mini-set", "title: Een andere set", 1)
    (user / "ander.yaml").write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: win.library_page.tile("ander") is not None, timeout=5000)
    assert win.library_page.tile("ander").accessibleName().startswith("Een andere set")
