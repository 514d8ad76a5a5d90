"""The word cloud in the console and on the projection (issue #29.1), by real clicks: words entered for
someone without a phone (marked as entered by the facilitator), merged, hidden and split, each undoable;
the projection draws them on a capped scale. With REFLECTIESPEL_SHOTS=<folder> the projection (1920×1080)
and the console are saved to look at."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.input import wordcloud
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.stepinput import WordCloud
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.projection import ProjectionView


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def console(qtbot, library, data_dir):
    session = Session.empty("Afsluiting")
    for name in ("Anna", "Bram", "Cem", "Dewi"):
        session.add_participant(name)
    session.add_step(Step(id="s-open", kind="free", title="Welkom", instruction="Hoe gaat het?"))
    session.add_step(Step(id="s-wolk", kind="wordcloud", title="In één woord",
                          instruction="Welk woord neem je mee uit deze sessie?", minutes=5))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def enter(qtbot, console, who: str, words: str) -> None:
    panel = console.input_panel.pages["words"]
    panel.who.setCurrentIndex(panel.who.findText(who))
    panel.field.setFocus()
    qtbot.keyClicks(panel.field, words)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def select(qtbot, panel, *keys: str) -> None:
    panel.list.clearSelection()
    for number, key in enumerate(keys):
        row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == key)
        rect = panel.list.visualItemRect(panel.list.item(row))
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier,
                         rect.center())


def counts(console) -> dict:
    step = console.controller.session.step("s-wolk")
    return {w.key: w.count for w in wordcloud.cloud_words(step) if w.drawn}


def test_the_words_tab_comes_with_a_word_cloud_step_and_goes_after_it(console, qtbot):
    tabs = console.tabs
    index = tabs.indexOf(console.input_panel)
    assert not tabs.isTabVisible(index)
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    assert tabs.isTabVisible(index) and tabs.currentWidget() is console.input_panel
    assert tabs.tabText(index) == "Woorden"
    qtbot.mouseClick(console.prev_button, Qt.MouseButton.LeftButton)
    assert not tabs.isTabVisible(index)


def test_the_facilitator_enters_merges_hides_and_splits_words_and_undoes_each(console, qtbot):
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    panel = console.input_panel.pages["words"]
    enter(qtbot, console, "Anna", "Samenwerken, rust")
    enter(qtbot, console, "Bram", "samenwerking, goed gesprek")
    enter(qtbot, console, "Cem", "Samenwerken")
    step = console.controller.session.step("s-wolk")
    assert [(w.text, w.via) for w in step.cloud.words][:2] == [("Samenwerken", "console"), ("rust", "console")]
    assert counts(console) == {"samenwerken": 2, "rust": 1, "samenwerking": 1, "goed gesprek": 1}
    assert "2 ingevoerd door begeleider" in panel.list.item(0).text()  # marked as entered by the facilitator

    select(qtbot, panel, "samenwerken", "samenwerking")
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert counts(console)["samenwerken"] == 3 and "samenwerking" not in counts(console)
    select(qtbot, panel, "goed gesprek")
    qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    assert {"goed", "gesprek"} <= set(counts(console))
    select(qtbot, panel, "rust")
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert "rust" not in counts(console)
    rows = {panel.list.item(i).data(Qt.ItemDataRole.UserRole): panel.list.item(i).text()
            for i in range(panel.list.count())}
    assert "verborgen" in rows["rust"] and "verborgen" not in rows["samenwerken"]
    for _ in range(3):
        qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(console) == {"samenwerken": 2, "rust": 1, "samenwerking": 1, "goed gesprek": 1}
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Cem's word
    assert counts(console)["samenwerken"] == 1


def test_a_fourth_word_for_someone_is_refused_with_a_message_and_nothing_changes(console, qtbot):
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    enter(qtbot, console, "Dewi", "een, twee, drie")
    panel = console.input_panel.pages["words"]
    enter(qtbot, console, "Dewi", "vier")
    assert "al alle woorden" in console.statusBar().currentMessage()
    assert panel.field.text() == "vier"  # kept, so nothing typed is lost
    assert len(console.controller.session.step("s-wolk").cloud.words) == 3


def test_the_projection_draws_the_cloud_on_a_capped_scale(console, qtbot, tmp_path):
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    session = console.controller.session
    words = {"Verbinding": 9, "Samen": 4, "Rust": 2, "Plezier": 1, "Nieuwsgierig": 1, "de": 3}
    session.step("s-wolk").cloud = WordCloud(max_words=10)
    people = [session.add_participant(f"P{i}").value.id for i in range(12)]
    for word, n in words.items():
        for pid in people[:n]:
            wordcloud.add_words(session, "s-wolk", [word], pid, "phone")
    console.controller.changed.emit()
    view = ProjectionView(console.controller)
    view.resize(QSize(1920, 1080))
    qtbot.addWidget(view)
    picture = view.grab()
    sizes = view.input_drawn["sizes"]
    assert "de" not in sizes  # a stop word is not drawn
    assert sizes["Plezier"] >= 0.032 * 1080  # the smallest word stays readable at the back
    assert sizes["Verbinding"] == pytest.approx(3 * sizes["Plezier"], rel=0.05)  # nine people: capped at 3×
    assert sizes["Samen"] == pytest.approx(2 * sizes["Plezier"], rel=0.05)
    assert sizes["Rust"] == pytest.approx(1.41 * sizes["Plezier"], rel=0.05)  # said twice: not five times larger
    shots = os.environ.get("REFLECTIESPEL_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(shots) / "wordcloud-projection.png"))
        console.grab().save(str(Path(shots) / "wordcloud-console.png"))


def test_every_control_of_the_words_tab_has_a_name_for_a_screen_reader(console, qtbot):
    from a11ytree import misnamed, nameless_focusable

    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    enter(qtbot, console, "Anna", "rust")
    missing = [m for m in nameless_focusable(console) + misnamed(console)]
    assert missing == []
