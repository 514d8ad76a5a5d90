"""Everything by keyboard: library tiles open with Enter, the deck viewer's Printen…, Bewerken…, Ga naar and
Bibliotheek have keys that are written on the controls, and Tab walks each window in reading order."""

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reflectiespel.core.library import Library
from reflectiespel.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data"


def activate(qtbot, window):
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def window(qtbot, tmp_path, data_dir):
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    win = MainWindow(Library(builtin, tmp_path / "user").load(), data_dir=data_dir)
    win.deck_page.rng = random.Random(3)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show_library()
    activate(qtbot, win)
    return win


def tab_to(qtbot, window, widget, limit=40):
    """Press Tab until ``widget`` has the focus, as a user would."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.objectName()} not reached with Tab")


def test_a_library_tile_opens_with_enter(window, qtbot):
    tile = window.library_page.tile("mini")
    tab_to(qtbot, window, tile)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.deck_page
    assert window.deck_page.view.card.title == "Eerste kaart"
    assert "Enter" in window.library_page.hint.text()


def open_mini(window, qtbot):
    tile = window.library_page.tile("mini")
    tab_to(qtbot, window, tile)
    qtbot.keyClick(tile, Qt.Key.Key_Enter)
    page = window.deck_page
    qtbot.waitUntil(page.view.hasFocus)
    return page


def test_the_deck_viewer_keys_are_written_on_the_controls(window, qtbot):
    page = open_mini(window, qtbot)
    assert "Ctrl+P" in page.print_button.text() and "Ctrl+E" in page.edit_button.text()
    assert "Alt+←" in page.back_button.text() and "Ctrl+G" in page.jump_label.text()
    for button, key in ((page.flip_button, "(F)"), (page.shuffle_button, "(S)"), (page.overview_button, "(O)")):
        assert key in button.text()
    # the screen reader hears the name without the key written after it
    assert page.print_button.accessibleName() == "Printen…"
    assert page.back_button.accessibleName() == "Bibliotheek"


def test_ctrl_p_opens_the_print_dialog_and_ctrl_e_the_editor(window, qtbot):
    page = open_mini(window, qtbot)
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append((type(dialog).__name__, dialog.deck_choice.currentData()))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("PrintDialog", "mini")]
    activate(qtbot, window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editors = [w for w in window.windows if type(w).__name__ == "DeckEditor"]
    assert len(editors) == 1 and editors[0].isVisible()
    qtbot.addWidget(editors[0])


def test_ctrl_g_opens_the_card_list_and_enter_goes_there(window, qtbot):
    page = open_mini(window, qtbot)
    qtbot.keyClick(page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    popup = page.jump.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.view.card.title == "Tweede kaart" and page.position.text() == "Kaart 2 / 2"
    assert page.view.hasFocus()  # back on the card: the arrows walk again


def test_alt_left_goes_back_to_the_library(window, qtbot):
    page = open_mini(window, qtbot)
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.library_page
