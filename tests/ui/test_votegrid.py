"""The choice and vote grid in the console, and the result on the projection: real clicks and keys."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.reports.export import export
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.autosave import autosave_dir
from reflectiespel.core.sessions.tally import Tally, TallyRow
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.tally import BAR, paint_tally

from gridclick import click_cell

NAMES = ("Anna", "Bram", "Chantal", "Dirk")


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def console(qtbot, library, data_dir):
    session = new_session_from_template(default_templates().get("kennismaken-waarde-van-welzijn"), library)
    for name in NAMES:
        session.add_participant(name, "zorg")
    session.go_to(1)  # "Kies drie kaarten": max 3 each
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.choices)
    return window


def bar_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    target = BAR.rgb() & 0xFFFFFF
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixel(x, y) & 0xFFFFFF == target)


def test_anna_picks_three_of_the_cards_in_three_clicks(console, qtbot, data_dir):
    grid, s = console.choices, console.controller.session
    step, anna = s.steps[1], s.participants[0].id
    assert grid.mode() == "choose" and len(grid.targets) == len(step.card_ids) >= 15
    for row in (0, 5, 11):
        click_cell(qtbot, grid.grid, row, 1)
    assert step.choices[anna] == [step.card_ids[0], step.card_ids[5], step.card_ids[11]]
    assert grid.grid.horizontalHeaderItem(1).toolTip() == "Anna: 3 van 3"
    click_cell(qtbot, grid.grid, 12, 1)  # a fourth is refused, with the reason in the status bar
    assert len(step.choices[anna]) == 3 and "al 3 kaarten" in console.statusBar().currentMessage()
    click_cell(qtbot, grid.grid, 5, 1)  # clicking a chosen card takes it back
    assert step.choices[anna] == [step.card_ids[0], step.card_ids[11]]
    assert grid.grid.item(5, 1).text() == "" and grid.grid.item(0, 1).text() == "✓"
    grid.grid.setFocus()
    qtbot.keyClick(grid.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step.choices[anna] == [step.card_ids[0], step.card_ids[5], step.card_ids[11]]
    qtbot.waitUntil(lambda: any(autosave_dir(data_dir).glob("*.reflectiespel")), timeout=3000)
    saved = json.loads(next(autosave_dir(data_dir).glob("*.reflectiespel")).read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: json.loads(next(autosave_dir(data_dir).glob("*.reflectiespel")).read_text(
        encoding="utf-8"))["steps"][1]["choices"].get(anna) == step.choices[anna], timeout=3000)
    assert saved["id"] == s.id


def test_keys_on_the_grid_choose_and_never_move_the_session(console, qtbot):
    grid, s = console.choices, console.controller.session
    step, bram = s.steps[1], s.participants[1].id
    click_cell(qtbot, grid.grid, 2, 2)  # Bram chooses card 3
    qtbot.keyClick(grid.grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid.grid, Qt.Key.Key_Space)  # and card 4
    qtbot.keyClick(grid.grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid.grid, Qt.Key.Key_Return)  # Chantal card 4
    assert step.choices[bram] == [step.card_ids[2], step.card_ids[3]]
    assert step.choices[s.participants[2].id] == [step.card_ids[3]]
    qtbot.keyClick(grid.grid, Qt.Key.Key_Backspace)
    assert s.participants[2].id not in step.choices
    assert (s.current_step, s.current_card) == (1, 0), "Space and arrows on the grid do not change the step"


def test_the_vote_step_votes_on_the_chosen_cards_within_the_budget(console, qtbot, library, tmp_path):
    grid, c = console.choices, console.controller
    s = c.session
    choose = s.steps[1]
    for column, rows in ((1, (0, 3, 7)), (2, (3, 7, 9)), (3, (0, 1, 2)), (4, (3, 13, 7))):
        for row in rows:
            click_cell(qtbot, grid.grid, row, column)
    c.go_to(3)  # "Samen kiezen"
    vote = s.steps[3]
    wanted = [choose.card_ids[i] for i in (0, 1, 2, 3, 7, 9, 13)]
    assert grid.mode() == "vote" and grid.targets == wanted and grid.grid.rowCount() == 7
    assert "3 over" in grid.grid.horizontalHeaderItem(1).toolTip()
    for _ in range(4):  # Anna: three votes on the first card, the fourth is refused
        click_cell(qtbot, grid.grid, 0, 1)
    assert vote.votes_used(s.participants[0].id) == 3 and "3 van de 3" in console.statusBar().currentMessage()
    assert grid.grid.item(0, 1).text() == "●●●" and grid.grid.item(0, 5).text() == "3"
    click_cell(qtbot, grid.grid, 0, 1, Qt.MouseButton.RightButton)  # right click: one back
    click_cell(qtbot, grid.grid, 0, 1, modifier=Qt.KeyboardModifier.ShiftModifier)  # Shift+click: another
    assert vote.votes_used(s.participants[0].id) == 1
    click_cell(qtbot, grid.grid, 4, 2)
    click_cell(qtbot, grid.grid, 4, 2)
    assert [(t, n) for t, n in vote.ranked_votes()] == [(choose.card_ids[7], 2), (choose.card_ids[0], 1)]
    text = export(s, "md", library=library).decode("utf-8")
    first = library.get("waarde-van-welzijn").card(choose.card_ids[7]).title
    assert f"### Stemmen\n\n| Plaats | Kaart | Stemmen |\n|---|---|---|\n| 1 | {first} | 2 |" in text  # the report/export ranks the grid's votes as before


def test_revealing_puts_the_result_on_the_projection_and_a_new_step_hides_it(console, qtbot):
    grid, c = console.choices, console.controller
    for row in (0, 1):
        click_cell(qtbot, grid.grid, row, 1)
    c.go_to(3)
    click_cell(qtbot, grid.grid, 1, 1)
    click_cell(qtbot, grid.grid, 1, 2)
    before = bar_pixels(console.preview.grab().toImage())
    qtbot.mouseClick(grid.reveal, Qt.MouseButton.LeftButton)
    assert c.tally_shown and grid.reveal.text() == "Uitslag verbergen"
    assert bar_pixels(console.preview.grab().toImage()) > before + 50
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)  # another card: the result stays
    assert c.tally_shown
    c.go_to(4)
    assert not c.tally_shown and not grid.reveal.isChecked()


def test_the_big_grid_window_changes_the_same_session(console, qtbot):
    grid, s = console.choices, console.controller.session
    qtbot.mouseClick(grid.popout, Qt.MouseButton.LeftButton)
    big = grid.window_
    qtbot.waitExposed(big)
    click_cell(qtbot, big.grid_panel.grid, 2, 4)
    assert s.is_chosen(s.steps[1].id, s.participants[3].id, s.steps[1].card_ids[2])
    assert grid.grid.item(2, 4).text() == "✓"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_projected_tally_is_readable_from_the_back(qapp, size, tmp_path):
    rows = [TallyRow(f"k{i}", f"Kaart met een lange titel nummer {i}", 30 - i) for i in range(24)]
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#202124"))
    painter = QPainter(image)
    shown, px = paint_tally(painter, QRectF(0, 0, size[0], size[1] * 0.72), Tally("votes", rows, 12), size[1])
    painter.end()
    image.save(str(tmp_path / f"tally-{size[0]}.png"))
    assert px >= size[1] * 0.034 - 0.5  # ≥ 36 px on 1080p
    assert 5 <= shown < 24  # the rest is summed up in one line, not shrunk to nothing
    assert bar_pixels(image) > 1000


EIGHT = ("Anna", "Bram", "Chris", "Dewi", "Esmeralda", "Femke", "Gert", "Hanna")


def console_at_1024(qtbot, library, data_dir, names):
    session = new_session_from_template(default_templates().get("kennismaken-waarde-van-welzijn"), library)
    for name in names:
        session.add_participant(name, "cultuur")
    session.go_to(1)  # "Kies drie kaarten"
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(window.tabs.indexOf(window.choices)).center())
    return window


@pytest.fixture
def console_of_eight(qtbot, library, data_dir):
    return console_at_1024(qtbot, library, data_dir, EIGHT)


@pytest.mark.parametrize("people", [5, 8])
def test_quick_clicks_on_the_names_at_1024_each_choose_the_card_under_the_mouse(qtbot, library, data_dir, people):
    window = console_at_1024(qtbot, library, data_dir, EIGHT[:people])
    grid, s = window.choices.grid, window.controller.session
    step = s.steps[1]
    assert window.tabs.isVisible() and window.choices.isVisible()
    # where a fast facilitator aims: the cells of the first row, measured once before the first click
    aims = [grid.visualRect(grid.model().index(0, c)).center() for c in range(1, people + 1)]
    assert all(grid.viewport().rect().contains(p) for p in aims), "every participant's column is in view at 1024 px"
    columns_before = [grid.columnViewportPosition(c) for c in range(grid.columnCount())]
    clicked = (1, 2, 4, people)  # Anna, Bram, Dewi and the last one, one after the other without pausing
    for column in clicked:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=aims[column - 1])
    assert [grid.columnViewportPosition(c) for c in range(grid.columnCount())] == columns_before, \
        "no column moved between the clicks"
    chosen = {p.name for p in s.participants if step.choices.get(p.id)}
    assert chosen == {EIGHT[c - 1] for c in clicked}
    assert all(step.choices[p.id] == [step.card_ids[0]] for p in s.participants if p.name in chosen)


def test_eight_names_are_whole_in_the_grid_header_at_1024(console_of_eight):
    grid = console_of_eight.choices.grid
    header = grid.horizontalHeader()
    metrics = header.fontMetrics()
    assert header.upright, "eight names side by side do not fit: they stand upright"
    for column, name in enumerate(EIGHT, 1):
        assert grid.horizontalHeaderItem(column).text().split("\n")[0] == name
        # an upright name has the header's height to itself: nothing is cut off
        assert metrics.horizontalAdvance(name) <= header.height() - 14
        assert grid.columnViewportPosition(column) + grid.columnWidth(column) <= grid.viewport().width()
    last = grid.columnCount() - 1
    assert grid.columnViewportPosition(last) + grid.columnWidth(last) <= grid.viewport().width(), "Totaal in view"
    assert grid.columnWidth(0) >= 110, "the card titles keep a readable column"


def test_the_facilitator_hears_when_a_tip_round_ends_without_choices_and_the_vote_says_what_is_missing(
        qtbot, library, data_dir):
    session = new_session_from_template(default_templates().get("zeven-verandertips"), library)
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name, "cultuur")
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # to tip round 1 (step 2)
    vote_number = next(i for i, s in enumerate(session.steps) if s.vote_budget) + 1
    assert f"stemlijst van stap {vote_number}" in window.statusBar().currentMessage()
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(window.tabs.indexOf(window.choices)).center())
    assert f"stap {vote_number}" in window.choices.help.text()
    click_cell(qtbot, window.choices.grid, 0, 1)  # Anna chooses tip 1
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # round 2: nothing chosen here
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("Bij stap 3 is niets gekozen")
    while session.current_step < vote_number - 1:
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    grid = window.choices
    assert grid.mode() == "vote" and grid.grid.rowCount() == 1
    rounds = [n for n, s in enumerate(session.steps, 1) if s.kind == "tips" and not s.vote_budget]
    missing = ", ".join(str(n) for n in rounds[1:])  # every tip round but the first, where Anna chose
    assert f"Niet op de lijst: de kaart van stap {missing}, want" in grid.help.text()
    assert grid.help.isVisible()
