"""Samen reflecteren through qtbot: a whole route with turns, passes, timer, answers, board and
agreements, offline; pausing and resuming; comparing with an earlier reflection."""

import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLineEdit, QListWidget

from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import routes_dirs
from reflectiespel.core.sessions.storage import open_session
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.together import TogetherWindow


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection records the attempt and fails."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("geen netwerk in deze test")

    class BlockedSocket(socket.socket):  # stays a class, so modules that subclass it still import
        def __init__(self, *args, **kwargs):
            refuse(*args)
    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


@pytest.fixture
def window(qtbot, library, data_dir):
    made = []

    def make():
        w = TogetherWindow(library, data_dir=data_dir)
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        w.run_page.timer.clock.setInterval(10**9)  # the test drives the clock with tick()
        made.append(w)
        return w
    return make


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def find(w, cls, name):
    """The visible widget of that name (the card round and the values step each have a turn bar)."""
    QApplication.processEvents()  # widgets added to a shown layout appear on the next event loop turn
    found = [c for c in w.findChildren(cls, name) if c.isVisible()]
    assert len(found) == 1, (name, len(found))
    return found[0]


def turn_text(w):
    return w.run_page.bodies.currentWidget().turns.speaker.text()


def next_step(qtbot, w):
    click(qtbot, find(w, QAbstractButton, "nextStep"))


def test_whole_route_offline_with_turns_passes_timer_answers_and_agreements(qtbot, window, tmp_path, no_network):
    w = window()
    page = w.start_page
    for field, name in zip(page.names, ["Anna", "Bram", "Chris"]):
        qtbot.keyClicks(field, name)
    page.file.setText(str(tmp_path / "team"))
    page.select_route("beginnen-met-samenwerken")
    click(qtbot, page.start_button)
    session = w.session
    assert session is not None and (tmp_path / "team.reflectiespel").is_file()

    # 1. explain: the team types its short answer to the closing question
    assert w.run_page.title.text() == "Welkom"
    qtbot.keyClicks(find(w, QLineEdit, "stepAnswer"), "Elkaars werk")
    next_step(qtbot, w)

    # 2. a card round: the card is dealt, Anna starts, passes, comes back at the end
    assert w.run_page.title.text() == "Wie zijn wij?"
    assert w.run_page.card_round.card_view.card.id in session.step("elkaars-werk").card_ids
    assert turn_text(w) == "Anna is aan de beurt"
    click(qtbot, find(w, QAbstractButton, "turnPass"))
    assert turn_text(w) == "Bram is aan de beurt"
    assert "Chris, Anna" in w.run_page.card_round.turns.after.text()
    qtbot.keyClicks(w.run_page.card_round.turns.note, "Ik werk in de wijk")
    click(qtbot, find(w, QAbstractButton, "turnNext"))
    click(qtbot, find(w, QAbstractButton, "turnNext"))  # Chris
    assert turn_text(w) == "Anna is aan de beurt"
    click(qtbot, find(w, QAbstractButton, "turnNext"))
    assert turn_text(w).startswith("Iedereen is geweest")
    notes = session.step("elkaars-werk").notes
    assert [(session.display_name(n.participant_id), n.text) for n in notes] == [("Bram", "Ik werk in de wijk")]
    assert [session.display_name(t.person) for t in session.together.turn.passes()] == ["Anna"]

    # the timer counts down, pauses, gets a minute more, and never blocks moving on; this round gives
    # each of the three people two minutes on top of five for the card: 11 minutes
    timer = w.run_page.timer
    assert timer.display.text() == "11:00"
    for _ in range(3):
        timer.tick()
    assert timer.display.text() == "10:57"
    click(qtbot, find(w, QAbstractButton, "timerPause"))
    timer.tick()
    assert timer.display.text() == "10:57"
    click(qtbot, find(w, QAbstractButton, "timerMore"))
    assert timer.display.text() == "11:57"
    next_step(qtbot, w)

    # 3. values: the next round starts with Bram; each picks for themselves, at most three
    assert turn_text(w) == "Bram is aan de beurt"
    values = w.run_page.values
    for card_id in ("erbij-horen", "zingeving", "meedoen", "ertoe-doen"):
        click(qtbot, values.buttons[card_id])
    assert session.step("waarden").choices[session.participants[1].id] == ["erbij-horen", "zingeving", "meedoen"]
    assert "al 3 kaarten" in w.run_page.message.text()
    click(qtbot, find(w, QAbstractButton, "turnNext"))
    click(qtbot, values.buttons["erbij-horen"])  # Chris
    assert "(Bram, Chris)" in values.buttons["erbij-horen"].text()
    next_step(qtbot, w)

    # 4. one of two tip cards, dealt at random: a new round, with another starter
    assert turn_text(w) == "Chris is aan de beurt"
    assert w.run_page.card_round.card_view.card.id in ("tip-1-met-iedereen", "tip-6-eigenheid")
    next_step(qtbot, w)

    # 5. the board: add the practice, put it on the board; moving on records the position 'begin'
    board = w.run_page.board
    assert board is not None and board is not False
    qtbot.keyClicks(board.tray.name, "Buurtkoor")
    click(qtbot, board.findChild(QAbstractButton, "boardAdd"))
    click(qtbot, board.findChild(QAbstractButton, "boardPlace"))
    state = session.step("as").board
    assert [t.name for t in state.tokens] == ["Buurtkoor"] and len(state.placements) == 1
    next_step(qtbot, w)
    assert [s.name for s in state.snapshots] == ["begin"]

    # 6. agreements: wat, wie, wanneer
    agreements = w.run_page.agreements
    qtbot.keyClicks(agreements.wat, "Koffie met de wijkcoach")
    qtbot.keyClicks(agreements.wie, "Anna")
    qtbot.keyClicks(agreements.wanneer, "1 juni")
    click(qtbot, find(w, QAbstractButton, "agreementAdd"))
    assert agreements.items.count() == 1
    qtbot.keyClicks(find(w, QLineEdit, "stepAnswer"), "Over zes weken")
    assert find(w, QAbstractButton, "nextStep").text().startswith("Afronden")
    next_step(qtbot, w)

    # the end: the summary holds the answers, choices and agreements; the file has everything
    assert w.pages.currentWidget() is w.end_page
    summary = w.end_page.summary.toPlainText()
    assert "Koffie met de wijkcoach · wie: Anna · wanneer: 1 juni" in summary
    assert "Antwoord: Elkaars werk" in summary and "Bram koos: Erbij horen, Zingeving, Meedoen" in summary
    saved = open_session(tmp_path / "team.reflectiespel")
    assert saved.together.finished
    assert saved.step("afspraken").actions[0].wat == "Koffie met de wijkcoach"
    text_path = w.save_summary_text(tmp_path / "samenvatting.txt")
    assert "Koffie met de wijkcoach" in text_path.read_text(encoding="utf-8")
    click(qtbot, find(w, QAbstractButton, "endClose"))
    assert not w.isVisible()
    assert no_network == []


def test_pause_and_resume_at_the_same_step_and_speaker(qtbot, window, tmp_path, data_dir):
    w = window()
    assert w.start("beginnen-met-samenwerken", ["Anna", "Bram", "Chris"], tmp_path / "team")
    next_step(qtbot, w)
    click(qtbot, find(w, QAbstractButton, "turnPass"))  # Anna passes: Bram is next
    qtbot.keyClicks(find(w, QLineEdit, "stepAnswer"), "Veel")
    click(qtbot, find(w, QAbstractButton, "pauseRoute"))
    assert not w.isVisible()
    assert not list((data_dir / "autosave").glob("*")), "a clean pause leaves no autosave behind"

    again = window()
    assert again.resume(tmp_path / "team.reflectiespel")
    assert again.run_page.title.text() == "Wie zijn wij?"
    assert turn_text(again) == "Bram is aan de beurt"
    assert "Chris, Anna" in again.run_page.card_round.turns.after.text()
    assert find(again, QLineEdit, "stepAnswer").text() == "Veel"
    click(qtbot, find(again, QAbstractButton, "turnNext"))
    assert turn_text(again) == "Chris is aan de beurt"


def test_autosave_follows_changes_and_the_team_file_with_it(qtbot, window, tmp_path, data_dir):
    w = window()
    w.autosaver.delay = 0
    assert w.start("beginnen-met-samenwerken", ["Anna", "Bram"], tmp_path / "team")
    qtbot.keyClicks(find(w, QLineEdit, "stepAnswer"), "Rust")
    w.tick()
    autosaved = list((data_dir / "autosave").glob("*.reflectiespel"))
    assert len(autosaved) == 1
    assert open_session(autosaved[0]).step("welkom").notes[0].text == "Rust"
    assert open_session(tmp_path / "team.reflectiespel").step("welkom").notes[0].text == "Rust"


ALONE_ROUTE = """\
format_version: 1
id: ik-alleen
title: Ik alleen
description: Een route die je ook alleen kunt doen.
source: Eigen werk
steps:
  - id: begin
    kind: explain
    title: Begin
    explanation: Zeg hallo.
    question: Hoe gaat het?
  - id: kaart
    kind: card-round
    title: Een kaart
    deck: zeven-verandertips
    cards: [tip-7-temporiseren]
    explanation: Lees de kaart.
    question: Wat neem je mee?
"""


def test_alone(qtbot, window, tmp_path):
    """Every built-in route is for a team; a user's own route without 'team: true' can be done alone."""
    _, user = routes_dirs()
    user.mkdir(parents=True)
    (user / "ik-alleen.yaml").write_text(ALONE_ROUTE, encoding="utf-8")
    w = window()
    box = w.start_page.alone
    for route_id in ("actieonderzoek-starten", "beginnen-met-samenwerken", "tussentijds-evalueren"):
        w.start_page.select_route(route_id)  # the built-in routes ask for turns, pairs, choosing together
        assert not box.isEnabled(), route_id
    w.start_page.select_route("ik-alleen")
    assert box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not w.start_page.names[1].isEnabled()
    w.start_page.file.setText(str(tmp_path / "ik"))
    click(qtbot, w.start_page.start_button)
    assert [p.name for p in w.session.participants] == ["Ik"]
    next_step(qtbot, w)
    assert turn_text(w) == "Jij bent aan de beurt"
    assert find(w, QAbstractButton, "turnNext").text() == "Klaar"
    click(qtbot, find(w, QAbstractButton, "turnNext"))
    assert turn_text(w).startswith("Klaar met deze kaart")


def test_picking_another_route_keeps_a_file_name_the_team_typed(qtbot, window, tmp_path):
    w = window()
    page = w.start_page

    def pick(route_id):
        row = next(i for i, e in enumerate(page.entries) if e.ok and e.route.id == route_id)
        rect = page.routes.visualItemRect(page.routes.item(row))
        qtbot.mouseClick(page.routes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.selected().route.id == route_id

    pick("tussentijds-evalueren")
    assert "tussentijds-evalueren-" in page.file.text()  # untouched: the suggestion follows the route
    page.file.clear()
    qtbot.keyClicks(page.file, str(tmp_path / "ons-team"))
    pick("beginnen-met-samenwerken")
    assert page.file.text() == str(tmp_path / "ons-team")


def test_an_existing_file_is_never_overwritten(qtbot, window, tmp_path):
    target = tmp_path / "bestaat.reflectiespel"
    target.write_bytes(b"oud")
    w = window()
    assert not w.start("beginnen-met-samenwerken", ["Anna", "Bram"], target)
    assert "Er staat al een reflectie" in w.start_page.message.text()
    assert target.read_bytes() == b"oud"
    assert not w.resume(target)
    assert "geen sessiebestand" in w.start_page.message.text()


def test_a_broken_route_is_shown_with_its_problem(qtbot, window):
    _, user = routes_dirs()
    user.mkdir(parents=True)
    (user / "kapot.yaml").write_text("format_version: 1\nid: kapot\ntitle: Kapot\n", encoding="utf-8")
    w = window()
    items = [w.start_page.routes.item(i) for i in range(w.start_page.routes.count())]
    broken = [i for i in items if "kapot.yaml" in i.text()]
    assert len(broken) == 1 and not broken[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert "steps: ontbreekt" in broken[0].toolTip()


def earlier_reflection(window, qtbot, path):
    """Last time, through the app: a position, values, two agreements."""
    w = window()
    assert w.start("beginnen-met-samenwerken", ["Anna", "Bram"], path)
    s = w.session
    for _ in range(2):
        next_step(qtbot, w)
    click(qtbot, w.run_page.values.buttons["erbij-horen"])  # Bram starts this round
    click(qtbot, find(w, QAbstractButton, "turnNext"))
    click(qtbot, w.run_page.values.buttons["zingeving"])  # Anna
    for _ in range(2):
        next_step(qtbot, w)
    state = s.step("as").board
    qtbot.keyClicks(w.run_page.board.tray.name, "Buurtkoor")
    click(qtbot, w.run_page.board.findChild(QAbstractButton, "boardAdd"))
    state.place(state.tokens[0].id, "", 0.2, 0.3)
    while s.steps[s.current_step].id != "afspraken":  # on to the agreements, the route's last step
        next_step(qtbot, w)
    s.add_action("afspraken", "Koffie met de wijkcoach", "Anna", "maart")
    s.add_action("afspraken", "Fotoserie maken", "Bram", "april")
    next_step(qtbot, w)
    click(qtbot, find(w, QAbstractButton, "endClose"))


def test_compare_with_last_time(qtbot, window, tmp_path, monkeypatch, no_network):
    earlier_reflection(window, qtbot, tmp_path / "vorige")
    w = window()
    assert w.start("tussentijds-evalueren", ["Anna", "Bram"], tmp_path / "nu")
    next_step(qtbot, w)
    assert w.run_page.bodies.currentWidget() is w.run_page.compare
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "vorige.reflectiespel"), "")))
    click(qtbot, find(w, QAbstractButton, "compareOpen"))
    assert "Vorige keer: Beginnen met samenwerken" in w.run_page.compare.earlier.text()
    first = find(w, QComboBox, "agreementStatus0")
    second = find(w, QComboBox, "agreementStatus1")
    first.setCurrentIndex(first.findData("done"))
    second.setCurrentIndex(second.findData("dropped"))
    statuses = [(a.wat, a.status) for a in w.session.step("terugblik").actions]
    assert statuses == [("Koffie met de wijkcoach", "done"), ("Fotoserie maken", "dropped")]

    for _ in range(2):
        next_step(qtbot, w)
    board = w.session.step("as").board
    assert [t.name for t in board.tokens] == ["Buurtkoor"]  # last time's practice, at last time's place
    assert board.snapshots[0].name == "vorige keer"
    board.place(board.tokens[0].id, "", 0.7, 0.8)
    next_step(qtbot, w)
    assert turn_text(w) == "Bram is aan de beurt"  # the second round of the day: Bram starts
    click(qtbot, w.run_page.values.buttons["meedoen"])
    for _ in range(2):
        next_step(qtbot, w)

    # side by side: the axis moved, the values changed; the step's text names the columns the screen has
    positions = w.run_page.compare.positions
    headers = [positions.horizontalHeaderItem(i).text() for i in range(positions.columnCount())]
    assert headers == ["Praktijk", "Vorige keer", "Nu"]
    told = w.run_page.explanation.text()
    assert "'Vorige keer' naast de kolom 'Nu'" in told and "Links staat" not in told
    assert positions.rowCount() == 1
    assert "meer naar kunst als doel, van één partij stuurt naar sturing gedeeld" in positions.item(0, 2).text()
    values = w.run_page.compare.values
    rows = {values.item(r, 0).text(): (values.item(r, 1).text(), values.item(r, 2).text())
            for r in range(values.rowCount())}
    assert rows["Bram"] == ("Erbij horen", "Meedoen") and rows["Anna"] == ("Zingeving", "—")
    assert find(w, QComboBox, "agreementStatus0").currentData() == "done"

    next_step(qtbot, w)
    next_step(qtbot, w)
    summary = w.end_page.summary.toPlainText()
    assert "Koffie met de wijkcoach · wie: Anna · wanneer: maart: gedaan" in summary
    assert "Fotoserie maken · wie: Bram · wanneer: april: vervallen" in summary
    saved = open_session(tmp_path / "nu.reflectiespel")
    assert saved.together.earlier.title == "Beginnen met samenwerken"
    assert no_network == []


def test_last_times_place_stays_faintly_visible_when_the_practice_moves(qtbot, window, tmp_path, monkeypatch):
    """What the mid-point review's board step promises: once the team opened last time's file, the practice
    stands at last time's place; dragged away, that place stays as a faint ghost ('vorige keer') with an arrow
    to the new place (not a light grey spot before anything moved)."""
    from reflectiespel.ui.board.background import to_scene
    from reflectiespel.ui.board.items import ArrowItem, GhostItem

    earlier_reflection(window, qtbot, tmp_path / "vorige")
    w = window()
    assert w.start("tussentijds-evalueren", ["Anna", "Bram"], tmp_path / "nu")
    next_step(qtbot, w)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "vorige.reflectiespel"), "")))
    click(qtbot, find(w, QAbstractButton, "compareOpen"))
    while w.session.active_step.id != "as":
        next_step(qtbot, w)
    assert "vaag zichtbaar" in w.session.active_step.instruction
    scene = w.run_page.board.board_scene
    state = w.session.step("as").board
    placed = state.placements[0]
    assert (placed.x, placed.y) == (0.2, 0.3)  # last time's place
    assert not [i for i in scene.items() if isinstance(i, GhostItem)]  # nothing has moved yet
    view, viewport = w.run_page.board.view, w.run_page.board.view.viewport()
    a, b = view.mapFromScene(to_scene(0.2, 0.3)), view.mapFromScene(to_scene(0.7, 0.8))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, a + (b - a) * i / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    assert state.placements[0].x == pytest.approx(0.7, abs=0.02)
    ghosts = [i for i in scene.items() if isinstance(i, GhostItem)]
    assert len(ghosts) == 1 and ghosts[0].label.text() == "vorige keer"
    assert ghosts[0].rect().center() == to_scene(0.2, 0.3)
    assert [i for i in scene.items() if isinstance(i, ArrowItem)]


def test_every_interactive_widget_is_named(qtbot, window, tmp_path):
    w = window()
    seen = set()

    def check():
        for cls in (QAbstractButton, QLineEdit, QComboBox, QListWidget):
            for widget in w.findChildren(cls):
                if not widget.isVisible() or w.run_page.board and w.run_page.board.isAncestorOf(widget):
                    continue  # the board widget is checked by its own tests
                if widget.inherits("QScrollBar") or widget.objectName().startswith("qt_"):
                    continue
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()
                seen.add(widget.objectName())
    check()
    w.start("tussentijds-evalueren", ["Anna", "Bram"], tmp_path / "x")
    for _ in range(len(w.session.steps) + 1):
        check()
        if w.pages.currentWidget() is w.run_page:
            next_step(qtbot, w)
    assert {"routeList", "aloneCheck", "name1", "startRoute", "turnPass", "turnNext", "timerPause", "timerMore",
            "stepAnswer", "nextStep", "compareOpen", "agreementWat", "summarySaveText"} <= seen


def test_summary_as_pdf_through_the_report(qtbot, window, tmp_path, monkeypatch):
    w = window()
    assert w.start("beginnen-met-samenwerken", ["Anna", "Bram"], tmp_path / "team")
    w.session.add_action("afspraken", "Koffie met de wijkcoach", "Anna", "1 juni")
    for _ in range(len(w.session.steps)):
        next_step(qtbot, w)
    button = find(w, QAbstractButton, "summaryPdf")
    target = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, button)
    assert target.read_bytes().startswith(b"%PDF"), w.end_page.message.text()


def test_a_team_route_does_not_start_with_one_name(qtbot, window, tmp_path):
    """Action research is the work of a group: with one name the route says so and starts nothing; with a
    second name it starts."""
    w = window()
    page = w.start_page
    qtbot.keyClicks(page.names[0], "Anna")
    page.file.setText(str(tmp_path / "team"))
    page.select_route("actieonderzoek-starten")
    click(qtbot, page.start_button)
    assert w.session is None and not (tmp_path / "team.reflectiespel").exists()
    assert "team" in page.message.text() and "twee namen" in page.message.text()
    qtbot.keyClicks(page.names[1], "Bram")
    click(qtbot, page.start_button)
    assert w.session is not None and [p.name for p in w.session.participants] == ["Anna", "Bram"]


def test_each_dealt_card_is_a_new_round_with_another_starter(qtbot, window, data_dir, tmp_path):
    """A route that deals two cards: the second card starts a new round, begun by the next person."""
    folder = data_dir / "decks" / "routes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "twee-tips.yaml").write_text(
        "format_version: 1\nid: twee-tips\ntitle: Twee tips\ndescription: Twee tips na elkaar.\n"
        "source: Eigen route\nsteps:\n  - id: tips\n    kind: card-round\n    title: Twee tips\n"
        "    deck: zeven-verandertips\n    cards: [tip-1-met-iedereen, tip-6-eigenheid]\n    deal: 2\n"
        "    shuffle: false\n    minutes: 30\n    explanation: Lees de kaart hardop en praat om de beurt.\n"
        "    question: Wat nemen jullie mee?\n", encoding="utf-8")
    w = window()
    assert w.start("twee-tips", ["Anna", "Bram", "Chris"], tmp_path / "tips")
    assert w.run_page.card_round.card_view.card.id == "tip-1-met-iedereen"
    assert turn_text(w) == "Anna is aan de beurt"
    click(qtbot, find(w, QAbstractButton, "nextCard"))
    assert w.run_page.card_round.card_view.card.id == "tip-6-eigenheid"
    assert turn_text(w) == "Bram is aan de beurt"
