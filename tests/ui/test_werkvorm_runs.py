"""Every built-in werkvorm, start to end, on a 1024×768 laptop: once with the mouse only (clicks on the
real buttons, cells and fields) and once with the keyboard only (keys on the widget with focus). At each
step the controls fit the window, the clock starts, the group's work is captured, and the next step comes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

from fitcheck import outside
from gridclick import click_cell

WERKVORMEN = sorted(t.id for t in default_templates().templates)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def console_at_1024(qtbot, library, data_dir, template_id):
    session = new_session_from_template(default_templates(data_dir).get(template_id), library)
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name, "cultuur")
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def work(step) -> tuple:
    """What the group made in a step, to see that an action changed it."""
    return (len(step.notes), sum(len(v) for v in step.choices.values()), len(step.votes), len(step.actions),
            len(step.board.tokens), len(step.board.placements))


def click_tab(qtbot, window, page) -> None:
    """A click on the tab that holds ``page`` (where it is: the input tab of #29 comes first in its steps)."""
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(window.tabs.indexOf(page)).center())
    assert window.tabs.currentWidget() is page


def by_mouse(qtbot, window, step) -> None:
    qtbot.mouseClick(window.timer_button, LEFT)
    if step.kind == "board" and window.board is not None:
        tray = window.board.tray
        name = tray.findChild(QLineEdit, "boardNewName")
        qtbot.mouseClick(name, LEFT)
        qtbot.keyClicks(name, f"Praktijk {len(step.board.tokens) + 1}")
        qtbot.mouseClick(tray.findChild(QPushButton, "boardAdd"), LEFT)
        tokens = tray.findChild(QListWidget, "boardTokens")
        item = tokens.item(tokens.count() - 1)
        qtbot.mouseClick(tokens.viewport(), LEFT, pos=tokens.visualItemRect(item).center())
        qtbot.mouseClick(tray.findChild(QPushButton, "boardPlace"), LEFT)
        return
    if window.choices.targets:
        click_tab(qtbot, window, window.choices)
        click_cell(qtbot, window.choices.grid, 0, 1)
        return
    click_tab(qtbot, window, window.notes)
    field = window.notes.field
    qtbot.mouseClick(field, LEFT)
    qtbot.keyClicks(field, "Wat opviel")
    qtbot.keyClick(field, Qt.Key.Key_Return)


def presenting_focus(window):
    """Where a presenter's keys go: the agenda, or the board when the agenda folded away for it."""
    target = window.agenda.list if window.agenda.list.isVisible() else window.board.view
    target.setFocus()
    return target


def by_keyboard(qtbot, window, step) -> None:
    key_target = presenting_focus(window)
    qtbot.keyClick(key_target, Qt.Key.Key_T)  # the clock
    if step.kind == "board" and window.board is not None:
        name = window.board.tray.findChild(QLineEdit, "boardNewName")
        name.setFocus()  # as Tab would
        qtbot.keyClicks(name, f"Praktijk {len(step.board.tokens) + 1}")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        place = window.board.tray.findChild(QPushButton, "boardPlace")
        window.board.tray.findChild(QListWidget, "boardTokens").setCurrentRow(len(step.board.tokens) - 1)
        place.setFocus()
        qtbot.keyClick(place, Qt.Key.Key_Space)
        assert step.board.placements, f"the practice is on the board (now at step {window.controller.session.current_step})"
        return
    if window.choices.targets:
        window.tabs.setCurrentWidget(window.choices)
        grid = window.choices.grid
        grid.setFocus()
        grid.setCurrentCell(0, 0)
        qtbot.keyClick(grid, Qt.Key.Key_Right)  # to Anna's column
        qtbot.keyClick(grid, Qt.Key.Key_Space)
        return
    window.tabs.setCurrentWidget(window.notes)
    window.notes.field.setFocus()
    qtbot.keyClicks(window.notes.field, "Wat opviel")
    qtbot.keyClick(window.notes.field, Qt.Key.Key_Return)


@pytest.mark.parametrize("way", ["mouse", "keyboard"])
@pytest.mark.parametrize("template_id", WERKVORMEN)
def test_a_werkvorm_runs_start_to_end_at_1024_by(qtbot, library, data_dir, template_id, way):
    window = console_at_1024(qtbot, library, data_dir, template_id)
    session, controller = window.controller.session, window.controller
    visited = []
    for _ in range(len(session.steps) + 200):
        step = controller.step
        if not visited or visited[-1] != step.id:
            visited.append(step.id)
            QApplication.processEvents()
            assert (window.width(), window.height()) == (1024, 768)
            assert window.tabs.isVisible() and outside(window) == [], step.title
            before = work(step)
            (by_mouse(qtbot, window, step) if way == "mouse" else by_keyboard(qtbot, window, step))
            assert controller.countdown.running or step.minutes == 0, step.title
            assert work(step) != before, f"nothing was captured in '{step.title}'"
        where = (session.current_step, session.current_card)
        if way == "mouse":
            if not window.next_button.isEnabled():
                break
            qtbot.mouseClick(window.next_button, LEFT)
        else:
            qtbot.keyClick(presenting_focus(window), Qt.Key.Key_PageDown)
            if (session.current_step, session.current_card) == where:
                break
    assert visited == [s.id for s in session.steps], "every step in order, none skipped"
    assert session.current_step == len(session.steps) - 1
    window.controller.close_cleanly()
