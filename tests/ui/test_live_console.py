"""The console's "Telefoons erbij": phones on 127.0.0.1 change the session through the UI thread."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from reflectiespel.core.library import Library
from reflectiespel.core.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

MARKUP = '<b>vet</b> & <img src=x onerror="alert(1)">'


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


def make_session(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Telefoonsessie")
    session.add_step(Step(id="s-tips", kind="tips", title="Twee tips", deck_id=deck.id,
                          card_ids=[deck.cards[0].id, deck.cards[1].id], vote_budget=2))
    session.add_step(Step(id="s-stil", kind="free", title="Stille ronde", instruction="Schrijf eerst."))
    session.go_to(0)
    return session


@pytest.fixture
def console(qtbot, library, data_dir):
    controller = SessionController(make_session(library), library, data_dir)
    window = ConsoleWindow(controller)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]  # tests serve on loopback only
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.stop()


@pytest.fixture
def pool():
    with ThreadPoolExecutor(4) as executor:
        yield executor


def switch_on(console, qtbot):
    switch = console.live.switch
    console.tabs.setCurrentWidget(console.live)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert console.live.running, console.live.status.text()
    return console.live.server.url, console.live.hub.room.code


def request(qtbot, pool, method, url, **kwargs) -> httpx.Response:
    """A phone's request from another thread, while the UI thread keeps running (as in the app)."""
    future = pool.submit(httpx.request, method, url, timeout=10, **kwargs)
    qtbot.waitUntil(future.done, timeout=15000)
    return future.result()


def join(qtbot, pool, url, code, name):
    r = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": name})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def test_switch_is_off_by_default_and_starts_and_stops_a_loopback_server(console, qtbot, pool):
    assert not console.live.switch.isChecked() and console.live.server is None
    assert not console.preview.findChild(QLabel, "liveRoomCode").isVisible()
    url, code = switch_on(console, qtbot)
    assert url.startswith("http://127.0.0.1:") and code in console.live.status.text()
    assert console.preview.findChild(QLabel, "liveRoomCode").text() == f"Code: {code}"
    assert console.preview.findChild(QLabel, "liveAddress").text() == url
    port = console.live.server.port
    qtbot.mouseClick(console.live.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, console.live.switch.height() // 2))
    assert console.live.server is None and not console.preview.findChild(QLabel, "liveRoomCode").isVisible()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_phone_votes_arrive_as_undoable_steps_and_show_who_joined(console, qtbot, pool):
    url, code = switch_on(console, qtbot)
    token = join(qtbot, pool, url, code, "Fatima")
    assert [console.live.phones.item(i).text() for i in range(console.live.phones.count())] == ["Fatima"]
    card = console.controller.session.steps[0].card_ids[1]
    r = request(qtbot, pool, "POST", url + "api/vote", json={"step_id": "s-tips", "target": card},
                headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    step = console.controller.session.step("s-tips")
    assert step.ranked_votes() == [(card, 1)]
    assert console.controller.undo_stack.undoText() == "Stem geven"
    console.activateWindow()
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step.votes == []


def test_facilitator_locks_a_step_and_removes_a_phone(console, qtbot, pool):
    url, code = switch_on(console, qtbot)
    token = join(qtbot, pool, url, code, "Eve")
    card = console.controller.session.steps[0].card_ids[0]
    vote = {"step_id": "s-tips", "target": card}
    auth = {"Authorization": f"Bearer {token}"}
    lock = console.live.lock
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton, pos=QPoint(8, lock.height() // 2))
    assert request(qtbot, pool, "POST", url + "api/vote", json=vote, headers=auth).status_code == 423
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton, pos=QPoint(8, lock.height() // 2))
    assert request(qtbot, pool, "POST", url + "api/vote", json=vote, headers=auth).status_code == 200
    phones = console.live.phones
    qtbot.mouseClick(phones.viewport(), Qt.MouseButton.LeftButton, pos=phones.visualItemRect(phones.item(0)).center())
    qtbot.mouseClick(console.live.remove_button, Qt.MouseButton.LeftButton)
    assert phones.count() == 0
    assert request(qtbot, pool, "POST", url + "api/vote", json=vote, headers=auth).status_code == 401
    assert console.controller.session.step("s-tips").votes  # what the phone did stays


def test_silent_round_reveals_everything_at_once_literally_on_the_projection(console, qtbot, pool):
    console.controller.go_to(1)
    url, code = switch_on(console, qtbot)
    tokens = [join(qtbot, pool, url, code, name) for name in ("Ann", "Bo")]
    qtbot.mouseClick(console.live.silent_button, Qt.MouseButton.LeftButton)
    for token, text in zip(tokens, (MARKUP, "tweede")):
        r = request(qtbot, pool, "POST", url + "api/note", json={"step_id": "s-stil", "text": text},
                    headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
    assert console.controller.session.step("s-stil").notes == []
    assert "2 briefje(s)" in console.live.silent_status.text()
    qtbot.mouseClick(console.live.reveal_button, Qt.MouseButton.LeftButton)
    notes = console.controller.session.step("s-stil").notes
    assert [n.text for n in notes] == [MARKUP, "tweede"]
    reveal = console.preview.findChild(QLabel, "liveReveal")
    assert reveal.isVisible() and reveal.textFormat() == Qt.TextFormat.PlainText and MARKUP in reveal.text()
    assert console.controller.undo_stack.undoText() == "Stille ronde onthullen"


def test_no_private_network_says_what_to_try_and_stays_off(console, qtbot):
    console.live.addresses = lambda: []
    console.tabs.setCurrentWidget(console.live)
    switch = console.live.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert not switch.isChecked() and console.live.server is None
    assert "lokaal netwerk" in console.live.status.text()
    assert console.live.help.isVisible() and "hotspot" in console.live.help.text()


def test_closing_the_console_stops_the_server(console, qtbot):
    url, code = switch_on(console, qtbot)
    port = console.live.server.port
    console.close()
    assert console.live.server is None
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
