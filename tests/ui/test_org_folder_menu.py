"""The organisation's folder in the app: chosen in the File menu (or set by IT), its decks on tiles that
say so, and editing one of them makes a copy in the user's own folder; the shared folder is never written."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.files.settings import read_settings
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def org(tmp_path):
    folder = tmp_path / "Gedeeld" / "reflectiespel"
    folder.mkdir(parents=True)
    deck = (DATA / "mini.yaml").read_text(encoding="utf-8")
    (folder / "huisstijl.yaml").write_text(deck.replace("id: mini", "id: huisstijl").replace("title: Mini-set", "title: Onze set"),
                                           encoding="utf-8")
    return folder


def window_with(qtbot, data_dir, org_dir=None):
    window = MainWindow(Library(builtin_decks_dir(), data_dir / "decks", org_dir=org_dir).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_choosing_the_org_folder_in_the_file_menu_shows_its_decks_and_is_remembered(qtbot, data_dir, org):
    window = window_with(qtbot, data_dir)
    menu = window.org_folder
    assert menu.choose_action in window.file_menu.actions() and not menu.clear_action.isVisible()
    menu.ask_folder = lambda: org
    menu.choose_action.trigger()
    window.show_library()
    tile = window.library_page.tile("huisstijl")
    assert tile is not None and tile.accessibleDescription() == "van je organisatie"
    assert str(org) in tile.toolTip()
    assert window.library_page.tile("grensobjecten").accessibleDescription() == ""  # built in: no mark
    assert read_settings(data_dir)["org_dir"] == str(org)
    assert menu.clear_action.isVisible()
    menu.clear_action.trigger()
    assert window.library_page.tile("huisstijl") is None
    assert read_settings(data_dir)["org_dir"] is None


def test_a_folder_that_is_not_there_is_refused_in_plain_words(qtbot, data_dir, tmp_path):
    window = window_with(qtbot, data_dir)
    told = []
    window.tell = lambda title, text: told.append(text)
    window.org_folder.ask_folder = lambda: tmp_path / "niet aangekoppeld"
    window.org_folder.choose_action.trigger()
    assert told and "geen map" in told[0] and "niet aangekoppeld" in told[0]
    assert window.library.org_dir is None and "org_dir" not in read_settings(data_dir)
    window.org_folder.ask_folder = lambda: data_dir / "decks"
    (data_dir / "decks").mkdir(exist_ok=True)
    window.org_folder.choose_action.trigger()
    assert "je eigen map" in told[1]


def test_when_it_sets_the_folder_the_menu_shows_it_and_cannot_change_it(qtbot, data_dir, org, monkeypatch):
    monkeypatch.setenv("REFLECTIESPEL_ORG_DIR", str(org))
    window = window_with(qtbot, data_dir, org_dir=org)
    assert not window.org_folder.choose_action.isEnabled()
    assert "REFLECTIESPEL_ORG_DIR" in window.org_folder.choose_action.statusTip()
    assert str(org) in window.org_folder.choose_action.statusTip()


def test_editing_an_org_deck_makes_an_own_copy_and_leaves_the_shared_file_alone(qtbot, data_dir, org):
    before = {p.name: p.read_bytes() for p in org.iterdir()}
    window = window_with(qtbot, data_dir, org_dir=org)
    window.show_library()
    qtbot.mouseClick(window.library_page.tile("huisstijl"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.deck_page.edit_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in window.windows if w.objectName() == "deckEditor")
    qtbot.addWidget(editor)
    editor.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    assert editor.path.parent == data_dir / "decks" and editor.deck.id != "huisstijl"
    assert "organisatie" in window.statusBar().currentMessage()
    assert {p.name: p.read_bytes() for p in org.iterdir()} == before
