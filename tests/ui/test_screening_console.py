"""Screened input in the console (issue #29.3), by real clicks: 'Eerst langs mij' holds what phones send
until the facilitator releases it (one chosen, or all); the running counts can wait for the reveal on the
projection; the switches for the projection and for the phones are separate; all undoable. With
REFLECTIESPEL_SHOTS=<folder> the projection before the reveal is saved to look at."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.input import ratings, screening, wordcloud
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.projection import ProjectionView


@pytest.fixture
def console(qtbot, data_dir):
    session = Session.empty("Anoniem")
    session.anonymous = True
    for _ in range(4):
        session.add_participant("")
    session.add_step(Step(id="s-wolk", kind="wordcloud", title="In één woord"))
    session.add_step(Step(id="s-schaal", kind="rating", title="Hoe gaat het?",
                          scale=RatingScale(rows=[RatingRow(id="r1", text="Rust"), RatingRow(id="r2", text="Plezier")])))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, Library(builtin_decks_dir()).load(), data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def tick(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def projection(console, qtbot):
    view = ProjectionView(console.controller)
    view.resize(QSize(1920, 1080))
    qtbot.addWidget(view)
    picture = view.grab()
    return view, picture


def test_what_phones_send_waits_until_the_facilitator_releases_it(console, qtbot):
    box = console.input_panel.screen
    session = console.controller.session
    tick(qtbot, box.boxes["screened"])
    assert screening.screen_of(session.step("s-wolk")).screened
    people = [p.id for p in session.participants]
    for pid, words in zip(people, (["rust"], ["rust", "lef"], ["ruimte"])):
        wordcloud.add_words(session, "s-wolk", words, pid, "phone")  # as a phone would (tests/live test that path)
    console.controller.changed.emit()
    assert box.waiting.text() == "4 wachten op vrijgeven"
    view, _ = projection(console, qtbot)
    assert view.input_drawn["sizes"] == {}  # nothing on the screen yet
    panel = console.input_panel.pages["words"]
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == "rust")
    assert "2 wachten op vrijgeven" in panel.list.item(row).text()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(row)).center())
    qtbot.mouseClick(box.release_button, Qt.MouseButton.LeftButton)
    view.grab()
    assert set(view.input_drawn["sizes"]) == {"rust"} and box.waiting.text() == "2 wachten op vrijgeven"
    qtbot.mouseClick(box.release_all_button, Qt.MouseButton.LeftButton)
    view.grab()
    assert set(view.input_drawn["sizes"]) == {"rust", "lef", "ruimte"}
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.grab()
    assert set(view.input_drawn["sizes"]) == {"rust"}


def test_the_counts_wait_for_the_reveal_on_the_projection_while_the_phones_switch_is_separate(console, qtbot):
    box = console.input_panel.screen
    session = console.controller.session
    people = [p.id for p in session.participants]
    for pid in people:
        wordcloud.add_words(session, "s-wolk", ["rust"], pid, "phone")
    wordcloud.add_words(session, "s-wolk", ["lef"], people[0], "phone")
    console.controller.changed.emit()
    tick(qtbot, box.boxes["counts_on_projection"])  # off: the counts wait
    view, picture = projection(console, qtbot)
    sizes = view.input_drawn["sizes"]
    assert sizes["rust"] == sizes["lef"]  # four people or one: the same size until the reveal
    assert screening.screen_of(session.step("s-wolk")).counts_on_phones  # the phones' switch did not move
    shots = os.environ.get("REFLECTIESPEL_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(shots) / "screened-projection.png"))
    tick(qtbot, box.boxes["counts_on_projection"])  # the reveal
    view.grab()
    assert view.input_drawn["sizes"]["rust"] == pytest.approx(2 * view.input_drawn["sizes"]["lef"], rel=0.05)
    assert console.controller.undo_stack.undoText() == "Uitslag laten zien"


def test_a_scales_marks_wait_for_the_reveal_too(console, qtbot):
    session = console.controller.session
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    box = console.input_panel.screen
    assert not box.boxes["screened"].isVisible()  # marks carry no text: nothing to screen, only to keep
    for n, p in enumerate(session.participants):
        ratings.rate(session, "s-schaal", p.id, "r1", n + 5, "phone")
    tick(qtbot, box.boxes["counts_on_projection"])
    view, _ = projection(console, qtbot)
    assert view.input_drawn["kept"] and all(row["dots"] == 0 for row in view.input_drawn["rows"].values())
    tick(qtbot, box.boxes["counts_on_projection"])
    view.grab()
    assert view.input_drawn["rows"]["Rust"]["dots"] == 4


def test_the_phone_switches_are_ticked_in_the_console(qtbot, data_dir):
    session = Session.empty("Muur")
    session.add_step(Step(id="s-muur", kind="ideas", title="Ideeën"))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, Library(builtin_decks_dir()).load(), data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    box = window.input_panel.screen
    assert box.boxes["items_on_phones"].isVisible()
    tick(qtbot, box.boxes["items_on_phones"])
    tick(qtbot, box.boxes["counts_on_phones"])
    screen = screening.screen_of(session.step("s-muur"))
    assert (screen.items_on_phones, screen.counts_on_phones, screen.counts_on_projection) == (False, False, True)
    qtbot.mouseClick(window.toolbar.widgetForAction(window.undo_action), Qt.MouseButton.LeftButton)
    assert screening.screen_of(session.step("s-muur")).counts_on_phones
    assert box.boxes["counts_on_phones"].isChecked()  # the box follows the undo
