"""The smaller things a facilitator notices (issue 9, item 10): the clock before it starts, the new-session
dialog, practice colours, the card list, shuffling, broken decks on tiles and on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from reflectiespel.core.board.board import BoardState
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.templates import default_templates
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.board.tray import CLOSE, colour_distance
from reflectiespel.ui.board.widget import BoardWidget
from reflectiespel.ui.deckpage import DeckPage
from reflectiespel.ui.librarypage import LibraryPage
from reflectiespel.ui.session.console import PALETTE, ConsoleWindow
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.newsession import NewSessionDialog

from projecting import project_at

LEFT = Qt.MouseButton.LeftButton
BROKEN = """format_version: 1
id: kapot
title: Kapot
categories:
  - id: a
    name: A
    colour: "#zzzzzz"
cards:
  - id: een
    category: b
    title: ""
  - id: twee
    categroy: a
    title: Twee
"""


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def test_a_new_step_says_ready_to_start_not_paused(qtbot, library, data_dir, tmp_path):
    session = Session.empty("Klok")
    for title in ("Eerste", "Tweede"):
        session.add_step(Step(kind="free", title=title, instruction="Praat.", minutes=5))
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    preview = window.preview
    assert preview.clock_caption() == "klaar om te starten"
    qtbot.mouseClick(window.timer_button, LEFT)
    assert preview.clock_caption() == ""  # running: the numbers speak for themselves
    qtbot.mouseClick(window.timer_button, LEFT)
    assert preview.clock_caption() == "gepauzeerd"
    qtbot.mouseClick(window.next_button, LEFT)
    assert preview.clock_caption() == "klaar om te starten"
    project_at(qtbot, window, 1920, 1080)
    window.projection.view.grab().save(str(tmp_path / "klok.png"))  # looked at by hand: fits under the clock
    window.stop_projection()


def test_new_session_dialog_shows_whole_werkvormen_a_dutch_date_and_tab_moves_on(qtbot, library, data_dir):
    templates = default_templates(data_dir)
    dialog = NewSessionDialog(templates, library)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.wordWrap()
    for row, template in enumerate(templates.templates):
        text = dialog.choice.item(row).text()
        assert template.description.strip() in text  # the whole description, not cut
        if template.parts:  # a werkvorm in parts says how many, and how long the longest takes
            longest = max(part.duration_minutes for part in template.parts)
            assert f"{len(template.parts)} delen van ongeveer {longest} min" in text.splitlines()[0]
            continue
        minutes = template.duration_minutes or sum(step.minutes for step in template.steps)
        assert f"ongeveer {minutes} min" in text.splitlines()[0]
    dialog.date.setDate(QDate(2026, 11, 23))
    assert dialog.date.text() == "23 november 2026"
    dialog.people.setFocus()
    qtbot.keyClicks(dialog.people, "Anna, zorg")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Tab)
    assert dialog.people.toPlainText() == "Anna, zorg" and not dialog.people.hasFocus()


def test_a_new_practice_never_takes_a_participants_colour(qtbot):
    participants = {"Anna": PALETTE[0], "Bram": PALETTE[1], "Chris": PALETTE[2]}
    board = BoardWidget(BoardState(), load_default_board(), QUndoStack(), participants)
    qtbot.addWidget(board)
    board.show()
    tray = board.tray
    offered = [tray.colour.itemData(row) for row in range(tray.colour.count())
               if tray.colour.model().item(row).isEnabled()]
    assert offered and all(colour_distance(c, p) >= CLOSE for c in offered for p in participants.values())
    for name in ("Buurtkoor", "Theater in de wijk", "Moestuin"):
        qtbot.mouseClick(tray.name, LEFT)
        qtbot.keyClicks(tray.name, name)
        qtbot.keyClick(tray.name, Qt.Key.Key_Return)
    tokens = board.state().tokens
    assert [t.name for t in tokens] == ["Buurtkoor", "Theater in de wijk", "Moestuin"]
    for token in tokens:
        assert all(colour_distance(token.colour, p) >= CLOSE for p in participants.values()), token
    assert len({t.colour for t in tokens}) == 3  # and each its own colour while there is a choice


def test_card_list_numbers_each_card_once_and_shuffle_says_so(qtbot, library):
    page = DeckPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    deck = library.get("knelpunten-en-kansen")
    page.open_deck(deck)
    texts = [page.jump.itemText(i) for i in range(page.jump.count())]
    numbered = [t for t in texts if t[0].isdigit() and t.split(". ", 2)[1][:1].isdigit()]
    assert not numbered, numbered[:3]  # never '1. 1. Een gedeelde maatschappelijke ambitie'
    assert "1. Een gedeelde maatschappelijke ambitie" in texts
    assert not page.restore_button.isVisible()
    qtbot.mouseClick(page.shuffle_button, LEFT)
    assert page.shuffle_note.text() == f"Geschud: {len(deck.cards)} kaarten in een nieuwe volgorde"
    assert page.position.text().endswith("· geschud") and page.restore_button.isVisible()
    assert [c.id for c in page.cursor.order] != [c.id for c in deck.cards]
    qtbot.mouseClick(page.restore_button, LEFT)
    assert [c.id for c in page.cursor.order] == [c.id for c in deck.cards]
    assert page.shuffle_note.text() == "Weer in de volgorde van de set" and not page.restore_button.isVisible()
    # by keyboard: S shuffles, R puts the order back
    page.view.setFocus()
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert page.shuffled
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    assert not page.shuffled


def test_a_broken_tile_shows_every_problem_with_its_line(qtbot, tmp_path):
    (tmp_path / "kapot.yaml").write_text(BROKEN, encoding="utf-8")
    library = Library(tmp_path).load()
    page = LibraryPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show_entries(library.entries)
    page.show()
    tile = page.tiles[0]
    problems = tile.entry.problems
    assert len(problems) >= 5
    lines = tile.problem_text.splitlines()
    assert len(lines) == len(problems)
    for problem, line in zip(problems, lines):
        assert f"regel {problem.line}:" in line and problem.message in line
    # everything fits inside the tile: the text's height at the tile's width
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(tile.font())
    font.setPixelSize(14)
    needed = QFontMetrics(font).boundingRect(QRect(0, 0, tile.width() - 32, 10000), Qt.TextFlag.TextWordWrap,
                                             "Kan niet worden geladen:\n" + tile.problem_text).height()
    assert tile.height() >= needed + 36 + 30
    page.grab().save(str(tmp_path / "kapotte-tegel.png"))


def test_print_of_a_broken_deck_says_what_is_wrong(tmp_path):
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "kapot.yaml").write_text(BROKEN, encoding="utf-8")
    import os

    env = dict(os.environ, REFLECTIESPEL_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "print", "kapot", "-o",
                             str(tmp_path / "kapot.pdf")], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0 and not (tmp_path / "kapot.pdf").exists()
    assert "geen kaartenset met id" not in result.stderr
    assert "kan niet worden geladen" in result.stderr and "regel 7" in result.stderr and "regel 13" in result.stderr
    assert "Traceback" not in result.stderr
    assert Path(decks / "kapot.yaml").read_text(encoding="utf-8") == BROKEN
