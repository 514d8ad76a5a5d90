"""A werkvorm longer than one meeting comes in parts: the new-session dialog offers deel 1, deel 2 or all parts
with a break, the session holds the part chosen, the agenda shows the break point, and rounds in which
everyone speaks get their minutes from the participants typed in. Driven by clicks and typing, as a
facilitator does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import BREAK_MINUTES, default_templates, step_minutes
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session.newsession import NewSessionDialog

LEFT = Qt.MouseButton.LeftButton
TWELVE = "\n".join(f"Deelnemer {n}" for n in range(1, 13))


@pytest.fixture
def main(qtbot, data_dir):
    window = MainWindow(Library(builtin_decks_dir()).load(), data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def open_dialog(qtbot, main) -> NewSessionDialog:
    dialog = NewSessionDialog(default_templates(main.data_dir), main.library, main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_werkvorm(qtbot, dialog, template_id: str) -> None:
    view = dialog.choice
    row = next(r for r in range(view.count()) if view.item(r).data(Qt.ItemDataRole.UserRole) == template_id)
    view.scrollToItem(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(view.item(row)).center())
    assert view.currentRow() == row


def click_part(qtbot, dialog, index: int) -> None:
    """Open the part list with a click and click the entry, as in a real combo box popup."""
    combo = dialog.part
    qtbot.mouseClick(combo, LEFT)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a person reads the list before clicking in it
    rect = popup.visualRect(combo.model().index(index, 0))
    qtbot.mouseClick(popup.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentIndex() == index


def begin(qtbot, dialog):
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.session is not None, dialog.error.text()
    return dialog.session


def type_people(qtbot, dialog, text: str) -> None:
    """One name per line, Enter between them, as typed."""
    qtbot.mouseClick(dialog.people.viewport(), LEFT)
    for number, line in enumerate(text.splitlines()):
        if number:
            qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.people, line)


def test_the_dialog_offers_the_parts_and_the_session_holds_the_part_chosen(qtbot, main):
    template = default_templates(main.data_dir).get("zeven-verandertips")
    dialog = open_dialog(qtbot, main)
    click_werkvorm(qtbot, dialog, "zeven-verandertips")
    assert dialog.part.isVisible() and dialog.part_label.isVisible()
    names = [dialog.part.itemText(i) for i in range(dialog.part.count())]
    assert len(names) == 3 and names[0].startswith("Deel 1") and names[1].startswith("Deel 2")
    assert "pauze" in names[2]
    assert dialog.part.currentIndex() == 0  # the first part unless the facilitator chooses otherwise
    click_part(qtbot, dialog, 1)
    type_people(qtbot, dialog, TWELVE)
    assert "Met 12 deelnemers" in dialog.duration.text()
    session = begin(qtbot, dialog)
    part_two = [s for s in template.steps if s.part == 2]
    assert "Deel 2" in session.title and len(session.participants) == 12
    tips = [step for step in session.steps if step.kind == "tips" and len(step.card_ids) == 1]
    assert [t.card_ids[0] for t in tips] == ["tip-5-voor-de-samenleving", "tip-6-eigenheid", "tip-7-temporiseren"]
    # the round in which everyone speaks got its minutes from the twelve names
    assert session.steps[0].title == part_two[0].title
    assert session.steps[0].minutes == step_minutes(part_two[0], 12) > step_minutes(part_two[0], 3)


def test_all_parts_in_one_session_show_the_break_point_in_the_agenda(qtbot, main):
    dialog = open_dialog(qtbot, main)
    click_werkvorm(qtbot, dialog, "zeven-verandertips")
    click_part(qtbot, dialog, 2)
    assert "pauzes" in dialog.duration.text() and "waar een deel eindigt" in dialog.duration.text()
    type_people(qtbot, dialog, "Anna\nBram\nChris")
    session = begin(qtbot, dialog)
    titles = [step.title for step in session.steps]
    pause = next(i for i, title in enumerate(titles) if title.startswith("Pauze"))
    assert "Deel 1" in titles[pause] and session.steps[pause].minutes == BREAK_MINUTES
    tips = [step.card_ids[0] for step in session.steps if step.kind == "tips" and len(step.card_ids) == 1]
    assert len(tips) == 7
    before = [s.card_ids[0] for s in session.steps[:pause] if s.kind == "tips" and len(s.card_ids) == 1]
    assert before == tips[:4]  # tips 1-4 before the break, 5-7 after it
    console = main.start_console(session)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    QApplication.processEvents()
    agenda = [console.agenda.list.item(i).text() for i in range(console.agenda.list.count())]
    assert f"{pause + 1}. Pauze: einde van Deel 1" in agenda[pause]
    console.controller.close_cleanly()


def test_a_werkvorm_in_one_piece_offers_no_parts_and_counts_the_people(qtbot, main):
    template = default_templates(main.data_dir).get("knelpunten-en-kansen")
    dialog = open_dialog(qtbot, main)
    click_werkvorm(qtbot, dialog, "knelpunten-en-kansen")
    assert not dialog.part.isVisible() and not dialog.part_label.isVisible()
    assert f"Met {template.group_size} deelnemers" in dialog.duration.text()  # nobody typed yet
    type_people(qtbot, dialog, TWELVE)
    assert "Met 12 deelnemers" in dialog.duration.text() and "langer dan 90 minuten" in dialog.duration.text()
    session = begin(qtbot, dialog)
    assert "Deel" not in session.title and not any(s.title.startswith("Pauze") for s in session.steps)
    welcome = template.steps[0]
    assert session.steps[0].minutes == step_minutes(welcome, 12) >= 12  # 'one minute each' for twelve


def test_half_minutes_per_person_round_up_per_step_and_the_dialog_says_what_the_agenda_adds_up_to(qtbot, main):
    """Seven people and half a minute each: 'Waar waren we?' gets 3 + 3.5 = 6.5, shown as 7 minutes (each step
    is rounded up on its own, never down); the dialog's total is the sum the agenda shows, and with seven
    people part 2 still fits one meeting."""
    dialog = open_dialog(qtbot, main)
    click_werkvorm(qtbot, dialog, "zeven-verandertips")
    click_part(qtbot, dialog, 1)
    type_people(qtbot, dialog, "\n".join(f"Deelnemer {n}" for n in range(1, 8)))
    said = dialog.duration.text()
    assert "Met 7 deelnemers duurt dit ongeveer 89 minuten." in said and "langer dan" not in said
    session = begin(qtbot, dialog)
    assert session.steps[0].title == "Waar waren we?" and session.steps[0].minutes == 7
    assert sum(step.minutes for step in session.steps) == 89
    console = main.start_console(session)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    QApplication.processEvents()
    assert "1. Waar waren we?  (7 min)" in console.agenda.list.item(0).text()
    console.controller.close_cleanly()
