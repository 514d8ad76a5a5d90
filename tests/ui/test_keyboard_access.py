"""Everything by keyboard: library tiles open with Enter, the deck viewer's Printen…, Bewerken…, Ga naar and
Bibliotheek have keys that are written on the controls, and Tab walks each window in reading order."""

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reflectiespel.core.decks.library import Library
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


@pytest.fixture
def console(qtbot, data_dir):
    from PySide6.QtWidgets import QMessageBox

    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController

    library = Library(builtin_decks_dir()).load()
    deck = library.get("zeven-verandertips")
    session = Session.empty("Toetsen")
    session.add_participant("Anna", "cultuur")
    session.add_step(Step(kind="tips", title="Twee tips", instruction="Lees de kaart voor en praat erover.",
                          deck_id=deck.id, card_ids=[c.id for c in deck.cards if c.kind == "card"][:2], minutes=5))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.open_files = False
    qtbot.addWidget(window)
    window.resize(1400, 860)
    activate(qtbot, window)
    return window


def test_console_keys_for_export_swap_screen_and_sound_are_on_the_toolbar(console, qtbot):
    from PySide6.QtWidgets import QFileDialog, QToolBar

    toolbar = console.findChild(QToolBar, "sessionToolbar")
    tips = {a.text(): a.toolTip() for a in toolbar.actions()}
    for name, key in (("Exporteren…", "(Ctrl+E)"), ("Wissel scherm", "(Ctrl+Shift+W)"),
                      ("Geluid bij nul", "(Ctrl+Shift+T)"), ("Groot beeld", "(Ctrl+Shift+G)")):
        assert tips[name].endswith(key)  # the key shows on the button's tooltip, as for the others
        assert toolbar.widgetForAction(next(a for a in toolbar.actions() if a.text() == name)).isVisible()
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        asked.append(isinstance(dialog, QFileDialog) and dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Exporteren"]
    activate(qtbot, console)
    assert not console.controller.sound
    qtbot.keyClick(console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert console.controller.sound and console.sound_action.isChecked()
    qtbot.keyClick(console, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # one screen here: nothing to swap, and the console says so (two screens: tests/ui/test_two_screens.py)
    assert "maar één scherm" in console.screens.banner.text()


def test_groot_beeld_by_key_in_the_console_and_the_projection_and_remembered(console, qtbot, data_dir):
    import json

    view = console.preview
    view.repaint()
    normal_words, normal_title, normal_body = view.words, view.sizes["title"], view.sizes["body"]
    qtbot.keyClick(console, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert console.controller.large and console.large_action.isChecked()
    view.repaint()
    assert view.sizes["title"] >= 1.3 * normal_title and view.sizes["body"] >= 1.3 * normal_body  # larger text
    assert view.words < normal_words  # fewer words: the questions stay on the console
    assert json.loads((data_dir / "settings.json").read_text())["projection-large"] is True
    console.start_action.trigger()
    projection = console.projection
    # the projection never takes the keyboard (tests/ui/test_two_screens.py): the key stays the console's
    assert projection.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.keyClick(console, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not console.controller.large and not console.large_action.isChecked()
    view.repaint()
    assert view.words == normal_words  # the questions are back on the projection
    assert json.loads((data_dir / "settings.json").read_text())["projection-large"] is False
    console.stop_projection()


def test_groot_beeld_by_click_on_the_toolbar_button(console, qtbot):
    from PySide6.QtWidgets import QToolBar

    toolbar = console.findChild(QToolBar, "sessionToolbar")
    button = toolbar.widgetForAction(console.large_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.controller.large
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not console.controller.large


def tab_chain(qtbot, window, limit=60) -> list:
    """The widgets Tab visits, from the first one, once round."""
    first = window.focusWidget() or QApplication.focusWidget()
    chain = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is chain[-1]:
            continue  # a date field: Tab walks its day, month and year first
        if now is None or now is first or now in chain:
            break
        chain.append(now)
    return chain


def out_of_reading_order(chain, window) -> list[str]:
    """Pairs where Tab goes up, or left on the same line: reading order is left to right, top to bottom."""
    wrong = []
    for before, after in zip(chain, chain[1:]):
        a, b = before.mapTo(window, before.rect().topLeft()), after.mapTo(window, after.rect().topLeft())
        centre_a, centre_b = a.y() + before.height() / 2, b.y() + after.height() / 2
        same_line = abs(centre_a - centre_b) < min(before.height(), after.height()) / 2
        if (same_line and b.x() < a.x()) or (not same_line and b.y() < a.y()):
            wrong.append(f"{before.objectName() or type(before).__name__} -> {after.objectName() or type(after).__name__}")
    return wrong


def test_tab_follows_reading_order_on_the_start_page_and_in_the_library(window, qtbot):
    window.show_start()
    window.start_page.show_welcome(window.data_dir, window.data_dir)
    window.start_page.welcome_button.setFocus(Qt.FocusReason.TabFocusReason)
    chain = tab_chain(qtbot, window)
    assert len(chain) >= 4 and out_of_reading_order(chain, window) == [], [w.objectName() for w in chain]
    window.show_library()
    window.library_page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    chain = tab_chain(qtbot, window)
    assert window.library_page.tile("mini") in chain
    assert out_of_reading_order(chain, window) == [], [w.objectName() for w in chain]


def test_tab_follows_reading_order_in_the_new_session_dialog(window, qtbot):
    from reflectiespel.core.sessions.templates import default_templates
    from reflectiespel.ui.session.newsession import NewSessionDialog

    dialog = NewSessionDialog(default_templates(window.data_dir), window.library, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.choice.setFocus(Qt.FocusReason.TabFocusReason)
    chain = tab_chain(qtbot, dialog)
    assert len(chain) >= 4 and out_of_reading_order(chain, dialog) == [], [w.objectName() for w in chain]


def test_a_tab_bar_takes_the_arrow_keys_when_it_has_the_focus(console, qtbot):
    bar = console.tabs.tabBar()
    assert bar.focusPolicy() & Qt.FocusPolicy.TabFocus
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    start = console.tabs.currentIndex()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert console.tabs.currentIndex() == start + 1
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert console.tabs.currentIndex() == start
    assert console.controller.session.current_card == 0  # the arrows did not move the session


def test_the_card_in_the_viewer_tells_a_screen_reader_all_its_text(window, qtbot):
    page = open_mini(window, qtbot)
    card, deck = page.view.card, page.cursor.deck
    description = page.view.accessibleDescription()
    assert description.startswith(card.title) and deck.category(card.category).name in description
    for question in card.questions:
        assert question in description
    if deck.card_text(card):
        assert deck.card_text(card) in description


def test_console_buttons_are_reached_with_tab_and_pressed_with_space(console, qtbot):
    """+1 min, Opnieuw and the agenda's buttons take no focus from a click, but Tab reaches them."""
    c = console.controller
    console.notes.field.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if QApplication.focusWidget() is console.plus_button:
            break
    assert console.plus_button.hasFocus(), [w.objectName() for w in visited]
    total, card = c.countdown.total, c.session.current_card
    qtbot.keyClick(console.plus_button, Qt.Key.Key_Space)
    assert c.countdown.total == total + 60
    assert c.session.current_card == card  # Space pressed the button, it did not move to the next card
    for button in (console.reset_button, console.agenda.add_button, console.prev_button):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_tab_reaches_every_toolbar_button_of_the_console_and_space_presses_it(console, qtbot):
    from PySide6.QtWidgets import QToolBar

    activate(qtbot, console)
    toolbar = console.findChild(QToolBar, "sessionToolbar")
    buttons = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    assert len(buttons) == 13
    c = console.controller  # something to undo and to redo: those two buttons are enabled (a disabled one is skipped)
    c.apply(c.session.add_note, c.session.steps[0].id, "een")
    c.apply(c.session.add_note, c.session.steps[0].id, "twee")
    c.undo_stack.undo()
    console.agenda.list.setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() in buttons:
            reached.add(QApplication.focusWidget())
    assert reached == set(buttons), sorted(b.text() for b in set(buttons) - reached)
    large = toolbar.widgetForAction(console.large_action)
    large.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(large, Qt.Key.Key_Space)  # Space presses it (not "next card")
    assert console.controller.large and console.controller.session.current_card == 0
    qtbot.keyClick(large, Qt.Key.Key_Space)
    assert not console.controller.large


def test_oefenronde_has_a_key_and_a_menu_entry_like_every_console_action(console, qtbot):
    from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

    activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert console.controller.rehearsal is not None and console.rehearse_action.isChecked()
    assert "(Ctrl+Shift+O)" in console.rehearse_action.toolTip()
    # every toolbar action is in a menu of the console, with its key
    in_menus = {action for menu in console.menuBar().findChildren(QMenu) for action in menu.actions()}
    toolbar = console.findChild(QToolBar, "sessionToolbar")
    assert set(toolbar.actions()) <= in_menus
    assert all(action.shortcut().toString() for action in toolbar.actions()), \
        [a.text() for a in toolbar.actions() if not a.shortcut().toString()]
    # the clock menu, opened with Alt+K as a keyboard user would, runs the rehearsal off again
    clock = console.findChild(QMenu, "clockMenu")
    qtbot.keyClick(console, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(clock.isVisible)
    clock.setActiveAction(console.rehearse_action)
    qtbot.keyClick(clock, Qt.Key.Key_Return)
    assert console.controller.rehearsal is None and not console.rehearse_action.isChecked()
    box = console.findChild(QMessageBox, "rehearsalReport")
    if box is not None:
        box.close()


def test_the_card_in_the_viewer_shows_the_focus_and_tab_leaves_it_and_comes_back(window, qtbot):
    from PySide6.QtGui import QColor

    from reflectiespel.ui import theme
    from reflectiespel.ui.cardview import CARD_FOCUS

    page = open_mini(window, qtbot)
    view = page.view
    for name in ("standard", "high-contrast"):  # the ring stands out from the card's dark surround
        assert theme.contrast(CARD_FOCUS[name], view.background) >= 3.0
    ring = QColor(view.grab().toImage().pixel(view.width() // 2, 1))
    assert ring == CARD_FOCUS["standard"], ring.name()  # the card has the keyboard, and shows it
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus() and page.isAncestorOf(QApplication.focusWidget())
    left = QApplication.focusWidget()
    assert QColor(view.grab().toImage().pixel(view.width() // 2, 1)) == view.background  # no ring any more
    qtbot.keyClick(left, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.hasFocus()
    # Space on the card: the next card; on a button reached with Tab: that button
    first = page.cursor.index
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.cursor.index == first + 1
    page.flip_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.flip_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.cursor.flipped)
    assert page.cursor.index == first + 1
