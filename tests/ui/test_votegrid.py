"""The choice and vote grid in the console, and the result on the projection: real clicks and keys."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.export import export
from reflectiespel.core.library import Library
from reflectiespel.core.autosave import autosave_dir
from reflectiespel.core.tally import Tally, TallyRow
from reflectiespel.core.templates import default_templates, new_session_from_template
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
    s = c.session
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
