"""The console's "Telefoons erbij": phones on 127.0.0.1 change the session through the UI thread."""

from __future__ import annotations

import os
import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
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
    # the phone list shows the join within one publishing beat (hub.PUBLISH_EVERY)
    qtbot.waitUntil(lambda: [console.live.phones.item(i).text() for i in range(console.live.phones.count())]
                    == ["Fatima"], timeout=3000)
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
    qtbot.waitUntil(lambda: phones.count() == 1, timeout=3000)  # the join shows within one publishing beat
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
    qtbot.waitUntil(lambda: "2 briefje(s)" in console.live.silent_status.text(), timeout=3000)  # one publishing beat
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


# --- the facilitator's yes (issue #24 point 4, #22 point 4): a second device under a name in use, and a
# removed phone that asks to come back, wait under "Wacht op jouw ja" until "Toelaten" or "Weigeren"
SHOTS = os.environ.get("REFLECTIESPEL_SHOTS")  # a folder: save what the facilitator sees, to look at


def waiting_texts(panel) -> list[str]:
    return [panel.waiting.item(i).text() for i in range(panel.waiting.count())]


def ask_again(qtbot, pool, url, ticket) -> httpx.Response:
    return request(qtbot, pool, "POST", url + "api/join/wait", json={"ticket": ticket})


def test_a_second_device_under_a_name_in_use_waits_until_the_facilitator_lets_it_in(console, qtbot, pool):
    url, code = switch_on(console, qtbot)
    panel = console.live
    assert not panel.waiting.isVisible() and not panel.admit_button.isVisible()  # nobody waits: nothing shown
    first = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": "Chris"}).json()["token"]
    step = console.controller.session.step("s-tips")
    r = request(qtbot, pool, "POST", url + "api/vote", json={"step_id": "s-tips", "target": step.card_ids[0]},
                headers={"Authorization": f"Bearer {first}"})
    assert r.status_code == 200
    r = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": "Chris"})
    assert r.status_code == 202
    ticket = r.json()["ticket"]
    qtbot.waitUntil(lambda: waiting_texts(panel) == ["Chris (op een tweede apparaat)"], timeout=5000)
    assert panel.waiting.isVisible() and panel.admit_button.isVisible()
    assert "wacht op jouw ja" in console.statusBar().currentMessage()  # also when another tab is in view
    if SHOTS:
        panel.grab().save(os.path.join(SHOTS, "live-waiting.png"))
    assert ask_again(qtbot, pool, url, ticket).status_code == 202
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    r = ask_again(qtbot, pool, url, ticket)
    assert r.status_code == 200, r.text
    assert r.json()["state"]["name"] == "Chris" and r.json()["state"]["votes_left"] == 1  # Chris's own budget
    assert [p.name for p in console.controller.session.participants] == ["Chris"]
    assert request(qtbot, pool, "GET", url + "api/state", headers={"Authorization": f"Bearer {first}"}).status_code == 401
    qtbot.waitUntil(lambda: not panel.waiting.isVisible(), timeout=5000)
    assert [panel.phones.item(i).text() for i in range(panel.phones.count())] == ["Chris"]


def test_a_removed_phone_is_refused_until_the_facilitator_says_yes(console, qtbot, pool):
    url, code = switch_on(console, qtbot)
    panel = console.live
    r = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": "Piet"})
    assert r.status_code == 200, r.text
    qtbot.waitUntil(lambda: panel.phones.count() == 1, timeout=5000)
    panel.phones.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.phones.count() == 0
    r = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": "Piet"})
    assert r.status_code == 202 and "uit de sessie gehaald" in r.json()["message"]
    qtbot.waitUntil(lambda: waiting_texts(panel) == ["Piet (was weggestuurd)"], timeout=5000)
    qtbot.mouseClick(panel.refuse_button, Qt.MouseButton.LeftButton)
    r = ask_again(qtbot, pool, url, r.json()["ticket"])
    assert r.status_code == 403 and "niet toegelaten" in r.json()["error"]
    assert panel.phones.count() == 0 and waiting_texts(panel) == []
    # asked again, and let in this time: Piet is back in his own place
    r = request(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": "Piet"})
    qtbot.waitUntil(lambda: panel.waiting.count() == 1, timeout=5000)
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    assert ask_again(qtbot, pool, url, r.json()["ticket"]).json()["state"]["name"] == "Piet"
    assert [p.name for p in console.controller.session.participants] == ["Piet"]
