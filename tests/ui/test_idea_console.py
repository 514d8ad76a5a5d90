"""The idea wall in the console and on the projection (issue #29.2), by real clicks: ideas and votes entered
for someone without a phone (marked as entered by the facilitator), pinned, hidden and merged, "only pinned
on the projection", the top five to the action items; each undoable. With REFLECTIESPEL_SHOTS=<folder> the
projection (1920×1080) and the console are saved to look at."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.input import ideas
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.projection import ProjectionView


@pytest.fixture
def console(qtbot, data_dir):
    session = Session.empty("Plannen")
    session.vote_budget = 3
    for name in ("Anna", "Bram", "Cem"):
        session.add_participant(name)
    session.add_step(Step(id="s-muur", kind="ideas", title="Wat gaan we doen?", instruction="Zet je idee op de muur."))
    session.add_step(Step(id="s-af", kind="free", title="Afspraken"))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, Library(builtin_decks_dir()).load(), data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def panel(console):
    return console.input_panel.pages["ideas"]


def post(qtbot, console, who: str, text: str) -> None:
    p = panel(console)
    p.who.setCurrentIndex(p.who.findText(who))
    p.field.setFocus()
    qtbot.keyClicks(p.field, text)
    qtbot.keyClick(p.field, Qt.Key.Key_Return)


def select(qtbot, console, *texts: str) -> None:
    p = panel(console)
    p.list.clearSelection()
    for number, text in enumerate(texts):
        row = next(i for i in range(p.list.count()) if p.list.item(i).text().startswith(text + "\n"))
        rect = p.list.visualItemRect(p.list.item(row))
        qtbot.mouseClick(p.list.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier,
                         rect.center())


def standing(console, hidden=True):
    return [(w.idea.text, w.votes) for w in ideas.wall(console.controller.session.step("s-muur"), with_hidden=hidden)]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ideas_and_votes_for_people_without_a_phone_are_marked_and_undone(console, qtbot):
    assert console.tabs.currentWidget() is console.input_panel and console.tabs.tabText(0) == "Ideeën"
    post(qtbot, console, "Anna", "Een buurtlunch")
    post(qtbot, console, "Bram", "Een koor")
    p = panel(console)
    assert "ingevoerd door de begeleider" in p.list.item(0).text()
    select(qtbot, console, "Een koor")
    p.who.setCurrentIndex(p.who.findText("Cem"))
    click(qtbot, p.vote_button)
    click(qtbot, p.vote_button)
    assert standing(console) == [("Een koor", 2), ("Een buurtlunch", 0)]
    select(qtbot, console, "Een koor")
    click(qtbot, p.unvote_button)
    assert standing(console)[0] == ("Een koor", 1)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert standing(console)[0] == ("Een koor", 2)
    p.who.setCurrentIndex(0)  # (groep): a vote needs a person
    select(qtbot, console, "Een koor")
    click(qtbot, p.vote_button)
    assert "Kies eerst bij 'Namens wie'" in console.statusBar().currentMessage()


def test_pin_hide_merge_and_only_pinned_change_what_the_room_sees(console, qtbot):
    for who, text in (("Anna", "Samen koken"), ("Bram", "Kookclub"), ("Cem", "Muurschildering")):
        post(qtbot, console, who, text)
    p = panel(console)
    select(qtbot, console, "Samen koken", "Kookclub")
    click(qtbot, p.merge_button)
    assert [t for t, _ in standing(console)] == ["Samen koken", "Muurschildering"]
    assert "+ 1 samengevoegd" in p.list.item(0).text()
    select(qtbot, console, "Muurschildering")
    click(qtbot, p.pin_button)
    assert ideas.idea_of(console.controller.session.step("s-muur"), p.selected()[0]).pinned
    click(qtbot, p.only_pinned)
    view = ProjectionView(console.controller)
    view.resize(QSize(1920, 1080))
    qtbot.addWidget(view)
    view.grab()
    assert [text for text, _, _ in view.input_drawn["ideas"]] == ["Muurschildering"]
    click(qtbot, p.only_pinned)
    select(qtbot, console, "Samen koken")
    click(qtbot, p.hide_button)
    view.grab()
    assert [text for text, _, _ in view.input_drawn["ideas"]] == ["Muurschildering"]
    select(qtbot, console, "Samen koken")
    click(qtbot, p.hide_button)  # Tonen
    select(qtbot, console, "Samen koken")
    click(qtbot, p.unmerge_button)
    assert len(standing(console)) == 3
    for _ in range(7):  # unmerge, show, hide, only pinned off and on, pin, merge
        qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t for t, _ in standing(console)] == ["Samen koken", "Kookclub", "Muurschildering"]


def test_the_top_five_go_to_the_action_items_of_the_next_step_with_one_click(console, qtbot, tmp_path):
    session = console.controller.session
    people = [session.add_participant(f"P{i}").value.id for i in range(8)]
    made = [ideas.add_idea(session, "s-muur", f"Idee {n}: " + "iets samen doen in de wijk " * (n % 3 + 1),
                           people[n % 8], "phone").value for n in range(11)]
    for n, pid in enumerate(people):  # three votes each, spread: idea 0 gets the most, idea 8 none
        for idea in (made[0], made[1 + n % 4], made[1 + n % 7]):
            ideas.upvote(session, "s-muur", pid, idea.id)
    ideas.set_pinned(session, "s-muur", made[1].id)
    console.controller.changed.emit()
    click(qtbot, panel(console).top_button)
    actions = [a.wat for a in session.step("s-af").actions]
    assert len(actions) == 5 and actions[0].startswith("Idee 0")
    assert "5 ideeën staan nu bij de actiepunten van 'Afspraken'" in console.statusBar().currentMessage()
    view = ProjectionView(console.controller)
    view.resize(QSize(1920, 1080))
    qtbot.addWidget(view)
    picture = view.grab()
    assert view.input_drawn["text_px"] >= 0.022 * 1080  # 24 px at least, on notes of three lines
    assert len(view.input_drawn["ideas"]) == 8 and view.input_drawn["left_out"] == 3  # "en nog 3 ideeën"
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.step("s-af").actions == []
    shots = os.environ.get("REFLECTIESPEL_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(shots) / "ideas-projection.png"))
        console.grab().save(str(Path(shots) / "ideas-console.png"))


def test_every_control_of_the_ideas_tab_has_a_name_for_a_screen_reader(console, qtbot):
    from a11ytree import misnamed, nameless_focusable

    post(qtbot, console, "Anna", "Een buurtlunch")
    assert nameless_focusable(console) + misnamed(console) == []
