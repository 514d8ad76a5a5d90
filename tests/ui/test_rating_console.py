"""The rating scale in the console and on the projection (issue #29.4), by real clicks and keys: marks
typed in the grid for someone without a phone (in italics: entered by the facilitator), replaced, taken
away and undone; questions added and removed; last time's marks of the group brought in; the projection
shows every mark as a dot (never only the middle) and the group's spider web. With
REFLECTIESPEL_SHOTS=<folder> the projection (1920×1080) and the console are saved to look at."""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from reflectiespel.core.input import ratings
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.projection import ProjectionView

ROWS = ["Lichaamsfuncties", "Mentaal welbevinden", "Zingeving", "Kwaliteit van leven", "Meedoen",
        "Dagelijks functioneren"]


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


def make_session(group: str = "Team Noord") -> Session:
    session = Session.empty("Gezondheid")
    session.group = group
    session.date = date(2026, 6, 1)
    for name in ("Anna", "Bram", "Cem"):
        session.add_participant(name)
    scale = RatingScale(rows=[RatingRow(id=f"r{i}", text=t) for i, t in enumerate(ROWS, 1)])
    session.add_step(Step(id="s-schaal", kind="rating", title="Hoe sta je ervoor?",
                          instruction="Geef elke vraag een cijfer van 0 tot 10.", scale=scale, minutes=8))
    session.go_to(0)
    return session


@pytest.fixture
def console(qtbot, library, data_dir):
    window = ConsoleWindow(SessionController(make_session(), library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def panel(console):
    return console.input_panel.pages["ratings"]


def type_mark(qtbot, console, row: int, column: int, text: str) -> None:
    grid = panel(console).grid
    rect = grid.visualRect(grid.model().index(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(grid, text[0])  # typing on a cell opens its editor with that key in it
    editor = QApplication.focusWidget()
    assert editor is not grid and editor.objectName() in ("ratingEditor", "qt_spinbox_lineedit")
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the item view commits an editor's value on the next turn of the event loop
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=3000)


def marks(console) -> dict:
    step = console.controller.session.step("s-schaal")
    return {(r.row, console.controller.session.display_name(r.participant_id)): (r.value, r.via)
            for r in step.scale.ratings}


def test_the_facilitator_types_marks_for_someone_without_a_phone_and_undoes_them(console, qtbot):
    assert console.tabs.currentWidget() is console.input_panel
    assert console.tabs.tabText(console.tabs.currentIndex()) == "Schaal"
    type_mark(qtbot, console, 0, 1, "7")
    assert marks(console) == {("r1", "Bram"): (7, "console")}
    item = panel(console).grid.item(0, 1)
    assert item.font().italic() and item.toolTip() == "ingevoerd door de begeleider"
    type_mark(qtbot, console, 0, 1, "10")
    assert marks(console) == {("r1", "Bram"): (10, "console")}
    grid = panel(console).grid
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert marks(console) == {}
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(console) == {("r1", "Bram"): (10, "console")}
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(console) == {("r1", "Bram"): (7, "console")}
    assert "Lichaamsfuncties: mediaan 7, van 7 tot 7 (1 cijfers)" in panel(console).summary.text()


def test_questions_are_added_and_removed_by_button_and_undone(console, qtbot):
    p = panel(console)
    p.row_field.setFocus()
    qtbot.keyClicks(p.row_field, "Samen iets maken")
    qtbot.mouseClick(p.add_row_button, Qt.MouseButton.LeftButton)
    rows = console.controller.session.step("s-schaal").scale.rows
    assert rows[-1].text == "Samen iets maken" and p.grid.rowCount() == 7
    type_mark(qtbot, console, 6, 0, "4")
    rect = p.grid.visualRect(p.grid.model().index(6, 2))
    qtbot.mouseClick(p.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(p.remove_row_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in rows] == ROWS and marks(console) == {}
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows[-1].text == "Samen iets maken" and marks(console)[(rows[-1].id, "Anna")] == (4, "console")


def test_last_time_of_the_group_comes_beside_this_time_by_a_click(qtbot, library, data_dir, tmp_path):
    earlier = make_session("team noord")
    earlier.date = date(2026, 3, 1)
    earlier.title = "Gezondheid in maart"
    for pid, value in zip([p.id for p in earlier.participants], (3, 4, 8)):
        ratings.rate(earlier, "s-schaal", pid, "r1", value)
    path = save_session(earlier, tmp_path / "maart.reflectiespel")
    controller = SessionController(make_session(), library, data_dir)
    controller.recent.add(path)
    window = ConsoleWindow(controller)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(panel(window).last_time_button, Qt.MouseButton.LeftButton)
    before = controller.session.step("s-schaal").scale.before
    assert before is not None and before.values["r1"] == [3, 4, 8]
    assert "De cijfers van 'Gezondheid in maart' staan erbij." in window.statusBar().currentMessage()
    assert "vorige keer 4" in panel(window).summary.text()
    qtbot.mouseClick(window.toolbar.widgetForAction(window.undo_action), Qt.MouseButton.LeftButton)
    assert controller.session.step("s-schaal").scale.before is None


def test_no_earlier_session_is_said_and_nothing_changes(console, qtbot):
    qtbot.mouseClick(panel(console).last_time_button, Qt.MouseButton.LeftButton)
    assert "Geen eerdere sessie van de groep 'Team Noord'" in console.statusBar().currentMessage()
    assert console.controller.session.step("s-schaal").scale.before is None


def test_the_projection_shows_every_mark_and_the_groups_web(console, qtbot):
    session = console.controller.session
    people = [session.add_participant(f"P{i}").value.id for i in range(9)]
    for n, pid in enumerate(people):
        for number, row in enumerate(session.step("s-schaal").scale.rows):
            ratings.rate(session, "s-schaal", pid, row.id, (n * (number + 2)) % 11, "phone")
    session.step("s-schaal").scale.before = __import__("reflectiespel.core.sessions.stepinput", fromlist=["x"]).RatingsBefore(
        title="Maart", values={"r1": [2, 3, 5], "r2": [6, 7, 7], "r3": [1, 2, 9]})
    console.controller.changed.emit()
    view = ProjectionView(console.controller)
    view.resize(QSize(1920, 1080))
    qtbot.addWidget(view)
    picture = view.grab()
    drawn = view.input_drawn
    assert drawn["web"] and len(drawn["rows"]) == 6
    assert all(row["dots"] == row["marks"] == 9 for row in drawn["rows"].values())  # every mark a dot
    assert min(row["label_px"] for row in drawn["rows"].values()) >= 32  # readable at the back of a room
    shots = os.environ.get("REFLECTIESPEL_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(shots) / "rating-projection.png"))
        console.grab().save(str(Path(shots) / "rating-console.png"))


def test_every_control_of_the_scale_tab_has_a_name_for_a_screen_reader(console, qtbot):
    from a11ytree import misnamed, nameless_focusable

    assert nameless_focusable(console) + misnamed(console) == []
