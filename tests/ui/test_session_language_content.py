"""Issue #16: a session keeps the language it was made in, also on the projection and in the console.

What the room sees of a session (its cards, the board's axis words, zones and examples) comes in the
session's language, whatever language the window speaks; the app's own words (buttons, "Nu:" / "Now:")
follow the window. Read from the real widgets: the console's "now" label, the projection window's last
paint, the console's board and the beamer's board. A deck that exists in one language only still shows."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem, QMessageBox

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.screencard import front_blocks
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.session.launcher import open_console

from projecting import project_at

DECK = "waarde-van-welzijn"
LEFT = Qt.MouseButton.LeftButton
NOW = {"nl": "Nu: {0}", "en": "Now: {0}"}  # the app's own word follows the window
ASSIGNMENT = {"nl": "Opdracht: ", "en": "Assignment: "}  # the card's own word follows the card


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def window_speaks(qapp):
    """Switch the whole app (Qt's words, ours, the core's) to a language; Dutch again after the test."""
    def switch(language: str) -> None:
        install_translators(qapp, language)
    yield switch
    install_translators(qapp, "nl")


def session_in(language: str, card_id: str) -> Session:
    return Session(title="Taal", language=language, steps=[
        Step(id="s-1", kind="cards", title="Kaart", deck_id=DECK, card_ids=[card_id]),
        Step(id="s-2", kind="board", title="Bord")])


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def console_for(qtbot, session, library, data_dir):
    window = open_console(session, library, data_dir)  # as the start page opens a session
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.open_files = False
    qtbot.addWidget(window)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the projection, as the facilitator starts it
    qtbot.waitUntil(lambda: window.projecting)
    qtbot.addWidget(window.projection)
    project_at(qtbot, window, 1280, 720)
    return window


def painted_card(view) -> str:
    view.grab()  # a real paint of what the room sees
    return view.card_shown


def board_text(scene) -> str:
    """Every word the board shows, as one text (a long label may break over two lines)."""
    texts = []
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
            texts.append(item.text())
        elif isinstance(item, QGraphicsTextItem) and item.isVisible():
            texts.append(item.toPlainText())
    return " | ".join(texts).replace("\n", " ")


def board_words(language: str, console: bool) -> list[str]:
    """The ends of the horizontal axis, the question and the zones in ``language``; on the console's board
    also the source line (the beamer leaves that small print out)."""
    board = load_default_board(language)
    source = {"nl": "Bron: {0}", "en": "Source: {0}"}[language].format(board.source)
    return [board.horizontal.low, board.horizontal.high, board.horizontal.name] + \
        [zone.label for zone in board.zones] + ([source] if console else [])


@pytest.mark.parametrize("window_language, session_language", [("nl", "en"), ("en", "nl")])
def test_cards_and_board_follow_the_session_not_the_window(qtbot, library, data_dir, window_speaks,
                                                           window_language, session_language):
    card_id = library.get(DECK, "nl").play_cards[0].id
    wanted = library.get(DECK, session_language).card(card_id).title
    other = library.get(DECK, window_language).card(card_id).title
    assert wanted != other  # the two versions differ, so the test can tell them apart
    window_speaks(window_language)
    session = session_in(session_language, card_id)
    window = console_for(qtbot, session, library, data_dir)

    # the card: in the console, on the beamer and in its preview, and where the core names it
    assert window.now_label.text() == NOW[window_language].format(wanted)
    assert painted_card(window.projection.view) == wanted
    assert painted_card(window.preview) == wanted
    assert session.card_title(session.steps[0], card_id, library) == wanted
    # the word before the card's assignment is part of the card: in the card's language
    deck, card = window.controller.card()
    assert card.assignment
    assignment = [b.text for b in front_blocks(deck, card, QColor("#000000")) if b.role == "assignment"]
    assert assignment == [ASSIGNMENT[session_language] + card.assignment]

    # the board: the words at the ends of the axis and the zones, on the console and on the beamer
    qtbot.mouseClick(window.next_button, LEFT)
    qtbot.waitUntil(lambda: window.board.isVisible() and window.projection.view.board.isVisible())
    for scene, console in ((window.board.board_scene, True), (window.projection.view.board.scene(), False)):
        shown = board_text(scene)
        for word in board_words(session_language, console):
            assert word in shown
        for word in board_words(window_language, console):
            assert word not in shown
    assert painted_card(window.projection.view) == ""  # a board step shows no card


def test_a_deck_in_one_language_only_still_shows(qtbot, data_dir, window_speaks, tmp_path):
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(builtin_decks_dir() / f"{DECK}.yaml", folder)  # the Dutch version, no English one
    dutch_only = Library(folder).load()
    card = dutch_only.get(DECK).play_cards[0]
    window_speaks("en")
    session = session_in("en", card.id)
    window = console_for(qtbot, session, dutch_only, data_dir)
    assert window.now_label.text() == NOW["en"].format(card.title)
    assert painted_card(window.projection.view) == card.title
    assert session.card_title(session.steps[0], card.id, dutch_only) == card.title


def test_samen_reflecteren_resumed_in_another_window_language_keeps_its_own(qtbot, library, data_dir,
                                                                          window_speaks, tmp_path):
    """A reflection begun in an English window and resumed in a Dutch one: its cards and its board stay
    English (the route's deck and the board in the session's language); the buttons speak Dutch."""
    from PySide6.QtWidgets import QAbstractButton

    from reflectiespel.ui.together import TogetherWindow

    path = tmp_path / "reflection.reflectiespel"
    window_speaks("en")
    first = TogetherWindow(library, data_dir=data_dir)
    qtbot.addWidget(first)
    assert first.start("beginnen-met-samenwerken", ["Anna", "Bram"], path)
    assert first.session.language == "en"
    first.pause()
    window_speaks("nl")
    w = TogetherWindow(library, data_dir=data_dir)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    assert w.resume(path)
    page = w.run_page

    def next_step():
        button = next(b for b in w.findChildren(QAbstractButton, "nextStep") if b.isVisible())
        assert "Volgende" in button.text()  # the window's own word
        qtbot.mouseClick(button, LEFT)

    while page.bodies.currentWidget() is not page.card_round:
        next_step()
    step = w.session.active_step
    english = library.get(step.deck_id, "en").card(w.session.active_card_id).title
    dutch = library.get(step.deck_id, "nl").card(w.session.active_card_id).title
    assert english != dutch
    assert page.card_round.card_view.card.title == english
    assert page.card_round.card_view.accessibleDescription().startswith(english)
    while page.bodies.currentWidget() is not page.board_host:
        next_step()
    shown = board_text(page.board.board_scene)
    for word in board_words("en", console=True):
        assert word in shown
    for word in board_words("nl", console=True):
        assert word not in shown
