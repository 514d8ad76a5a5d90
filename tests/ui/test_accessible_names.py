"""A screen reader's view of every window: each focusable control has a name and a role.

The test walks the QAccessible tree (what NVDA, Orca and VoiceOver are given), not the widget tree, for the
start page, the library, the deck viewer (card and overview), the console with each of its tabs and on a
board step, the projection, the board on its own, Samen reflecteren, the deck editor, the import dialog, the
print dialog and the new-session dialog."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from reflectiespel.core.board.board import BoardState, Token
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow

from a11ytree import focusable_count, misnamed, nameless_focusable


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def shown(qtbot, window, size=(1280, 800)):
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def assert_all_named(window, where: str, at_least: int = 1):
    assert focusable_count(window) >= at_least, f"{where}: the walk found too few controls"
    missing = nameless_focusable(window) + misnamed(window)
    assert not missing, f"{where}: " + "; ".join(missing)


@pytest.fixture
def main(qtbot, library, data_dir):
    return shown(qtbot, MainWindow(library, data_dir=data_dir))


def test_start_page_library_and_deck_viewer(main, qtbot):
    assert_all_named(main, "start page with the welcome", 5)
    main.show_library()
    assert_all_named(main, "library", 8)
    main.open_deck("zeven-verandertips")
    assert_all_named(main, "deck viewer", 3)
    qtbot.keyClick(main.deck_page.view, Qt.Key.Key_O)
    assert main.deck_page.stack.currentWidget() is main.deck_page.grid
    assert_all_named(main, "deck viewer overview", 3)


def session_with_a_board(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Toegankelijk")
    session.add_participant("Anna", "cultuur")
    session.add_participant("Bram", "zorg")
    session.add_step(Step(kind="tips", title="Twee tips", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:2]], minutes=5))
    board = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400")])
    board.place("ons", "", 0.3, 0.6)
    session.add_step(Step(kind="board", title="Op de as", instruction="Zet het project neer.", board=board))
    session.go_to(0)
    return session


@pytest.fixture
def console(qtbot, library, data_dir):
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.session.launcher import board_definition

    controller = SessionController(session_with_a_board(library), library, data_dir)
    window = ConsoleWindow(controller, board_definition())
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    return shown(qtbot, window, (1400, 860))


def test_console_every_tab_the_board_step_and_the_projection(console, qtbot):
    bar = console.tabs.tabBar()
    for index in range(console.tabs.count()):
        if not console.tabs.isTabVisible(index):
            continue  # the input tab of a word cloud or scale: checked in tests/ui/test_wordcloud_console.py
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert console.tabs.currentIndex() == index
        assert_all_named(console, f"console, tab {console.tabs.tabText(index)}", 5)
    console.controller.go_to(1)
    QApplication.processEvents()
    assert console.board.isVisible()
    assert_all_named(console, "console on a board step", 5)
    console.start_action.trigger()
    projection = console.projection
    qtbot.waitExposed(projection)
    canvas = QAccessible.queryAccessibleInterface(projection.view)
    assert canvas.text(QAccessible.Text.Name)
    assert not nameless_focusable(projection), "projection"
    console.stop_projection()


def test_the_board_on_its_own(qtbot):
    from reflectiespel.ui.board import BoardWidget

    state = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400")])
    state.place("ons", "Anna", 0.2, 0.2)
    widget = shown(qtbot, BoardWidget(state, load_default_board(), QUndoStack(), {"Anna": "#0072b2"}))
    assert_all_named(widget, "board", 3)


def test_samen_reflecteren_from_choice_to_running(qtbot, library, data_dir, tmp_path):
    from reflectiespel.ui.together import TogetherWindow

    window = shown(qtbot, TogetherWindow(library, data_dir=data_dir))
    window.run_page.timer.clock.setInterval(10**9)
    assert_all_named(window, "Samen reflecteren, choosing a route", 3)
    assert window.start("tussentijds-evalueren", ["Anna", "Bram"], tmp_path / "team")
    QApplication.processEvents()
    assert_all_named(window, "Samen reflecteren, first step", 3)


def test_deck_editor(main, qtbot):
    main.open_deck("grensobjecten")
    qtbot.mouseClick(main.deck_page.edit_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in main.windows if w.objectName() == "deckEditor")
    shown(qtbot, editor)
    assert_all_named(editor, "deck editor", 8)


def run_modal(qtbot, opener):
    """Open a modal dialog through the app, walk it while it is open, and close it."""
    found = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        found["name"] = dialog.objectName()
        found["count"] = focusable_count(dialog)
        found["missing"] = nameless_focusable(dialog) + misnamed(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    opener()
    return found


def test_print_dialog(main, qtbot):
    main.open_deck("zeven-verandertips")
    found = run_modal(qtbot, lambda: qtbot.mouseClick(main.deck_page.print_button, Qt.MouseButton.LeftButton))
    assert found["count"] >= 8 and found["missing"] == [], found


def test_new_session_dialog(main, qtbot):
    found = run_modal(qtbot, lambda: qtbot.mouseClick(main.start_page.session_button, Qt.MouseButton.LeftButton))
    assert found["name"] == "newSessionDialog"
    assert found["count"] >= 4 and found["missing"] == [], found


def test_import_dialog(main, qtbot, tmp_path, monkeypatch):
    from reflectiespel.ui import deckimport

    sheet = tmp_path / "teamwaarden.csv"
    sheet.write_text("#titel;Teamwaarden\ntitel;tekst;vragen;categorie\nRust;Even niets;Wat helpt jou?;Zorg\n",
                     encoding="utf-8")
    monkeypatch.setattr(deckimport, "ask_sheet_to_import", lambda parent: sheet)
    main.show_library()
    found = run_modal(qtbot, lambda: qtbot.mouseClick(main.library_page.import_button, Qt.MouseButton.LeftButton))
    assert found["name"] == "importDialog"
    assert found["count"] >= 2 and found["missing"] == [], found


def test_the_walk_finds_a_nameless_field_and_an_empty_button(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    host = QWidget()
    layout = QVBoxLayout(host)
    field, button = QLineEdit(host), QPushButton("", host)
    layout.addWidget(field)
    layout.addWidget(button)
    shown(qtbot, host, (300, 200))
    assert len(nameless_focusable(host)) == 2
    field.setAccessibleName("Naam")
    button.setText("Opslaan")
    assert nameless_focusable(host) == []


def test_the_walk_finds_a_drop_down_named_by_its_value_and_a_button_whose_name_hides_its_words(qtbot):
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

    host = QWidget()
    layout = QVBoxLayout(host)
    size, button = QComboBox(host), QPushButton("+1 min", host)
    size.addItems(["Tarot (70 × 120 mm)", "Poker (63 × 88 mm)"])
    button.setAccessibleName("Een minuut erbij")
    layout.addWidget(size)
    layout.addWidget(button)
    shown(qtbot, host, (300, 200))
    assert len(misnamed(host)) == 2, misnamed(host)
    label = QLabel("&Maat", host)  # a label that has the drop-down as buddy names it, as an accessible name does
    label.setBuddy(size)
    layout.insertWidget(0, label)
    button.setAccessibleName("+1 min: een minuut erbij")
    assert misnamed(host) == []
    interface = QAccessible.queryAccessibleInterface(size)
    assert interface.text(QAccessible.Text.Name) == "Maat"
    assert interface.text(QAccessible.Text.Value) == "Tarot (70 × 120 mm)"
    assert interface.text(QAccessible.Text.Description).startswith("Tarot (70 × 120 mm)")  # heard after the name
    qtbot.keyClick(size, Qt.Key.Key_Down)  # the value follows the choice
    assert interface.text(QAccessible.Text.Value) == "Poker (63 × 88 mm)"


def test_the_step_dialogs_and_the_big_grid_window_of_the_console(console, qtbot):
    from reflectiespel.ui.session.votegrid import GridWindow

    found = run_modal(qtbot, lambda: qtbot.mouseClick(console.agenda.add_button, Qt.MouseButton.LeftButton))
    assert found["name"] == "stepDialog"
    assert found["count"] >= 3 and found["missing"] == [], found
    console.agenda.list.setCurrentRow(0)
    found = run_modal(qtbot, lambda: qtbot.mouseClick(console.agenda.edit_button, Qt.MouseButton.LeftButton))
    assert found["name"] == "editStepDialog"
    assert found["count"] >= 3 and found["missing"] == [], found
    grid = shown(qtbot, GridWindow(console.controller))
    assert_all_named(grid, "the big grid window", 3)
