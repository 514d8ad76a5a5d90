"""Samen reflecteren with phones: each team member joins under their own name and takes their turn
from their phone; the team's laptop shows whose turn it is; each turn is one undo step; switching
off closes the port. Real server on 127.0.0.1, requests from another thread while the UI runs."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.together import TogetherWindow

MARKUP = "<b>Ik</b> werk in de wijk & met kunst"


@pytest.fixture
def team(qtbot, tmp_path, data_dir):
    w = TogetherWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    w.phones.addresses = lambda: ["127.0.0.1"]  # loopback only
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    assert w.start("beginnen-met-samenwerken", ["Anna", "Bram", "Chris"], tmp_path / "team")
    qtbot.mouseClick(w.findChild(QAbstractButton, "nextStep"), Qt.MouseButton.LeftButton)
    assert w.run_page.title.text() == "Wie zijn wij?"
    yield w
    w.phones.stop()


@pytest.fixture
def pool():
    with ThreadPoolExecutor(4) as executor:
        yield executor


def send(qtbot, pool, method, url, **kwargs) -> httpx.Response:
    future = pool.submit(httpx.request, method, url, timeout=10, **kwargs)
    qtbot.waitUntil(future.done, timeout=15000)
    return future.result()


def speaker(w) -> str:
    return w.run_page.card_round.turns.speaker.text()


def test_team_members_take_their_turn_from_their_phone(team, qtbot, pool):
    w = team
    session = w.session
    assert w.phones.isVisible() and not w.phones.switch.isChecked()
    switch = w.phones.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert w.phones.running and w.phones.qr.isVisible()
    url, code = w.phones.server.url, w.phones.hub.room.code
    assert url in w.phones.status.text() and code in w.phones.status.text()

    def join(name):
        return send(qtbot, pool, "POST", url + "api/join", json={"code": code, "name": name})
    stranger = join("Zoë")
    assert stranger.status_code == 403 and "Anna, Bram, Chris" in stranger.json()["error"]
    anna, bram = join(" anna "), join("Bram")
    assert anna.status_code == 200 and bram.status_code == 200
    assert [p.name for p in session.participants] == ["Anna", "Bram", "Chris"]  # no one added
    state = anna.json()["state"]
    assert state["name"] == "Anna" and state["me"]["my_turn"]
    assert state["step"]["turn"] == {"speaker": "Anna", "upcoming": ["Bram", "Chris"]}
    auth = {name: {"Authorization": "Bearer " + r.json()["token"]} for name, r in (("Anna", anna), ("Bram", bram))}
    step_id = session.active_step.id

    def turn(name, **body):
        return send(qtbot, pool, "POST", url + "api/turn", json={"step_id": step_id, **body}, headers=auth[name])

    early = turn("Bram", passed=False, text="Ik wil wel")
    assert early.status_code == 409 and "niet aan de beurt" in early.json()["error"]
    assert turn("Anna", passed=True).status_code == 200
    qtbot.waitUntil(lambda: speaker(w) == "Bram is aan de beurt")  # the laptop shows whose turn it is
    r = turn("Bram", passed=False, text=MARKUP)
    assert r.status_code == 200 and not r.json()["me"]["my_turn"]
    qtbot.waitUntil(lambda: speaker(w) == "Chris is aan de beurt")
    notes = session.active_step.notes
    assert [(session.display_name(n.participant_id), n.text) for n in notes] == [("Bram", MARKUP)]
    assert [session.display_name(t.person) for t in session.together.turn.log] == ["Anna", "Bram"]

    # each phone turn is one undo step: undo Bram's, and it is Bram's turn again, without his note
    w.run_page.undo_stack.undo()
    QApplication.processEvents()
    assert speaker(w) == "Bram is aan de beurt" and session.active_step.notes == []
    # Bram's phone hears it within one publishing beat (hub.PUBLISH_EVERY), not only on its next request
    qtbot.waitUntil(lambda: send(qtbot, pool, "GET", url + "api/state", headers=auth["Bram"]).json()["me"]["my_turn"],
                    timeout=3000)

    # the team moves on on the laptop: the phones follow; off closes the port at once
    port = w.phones.server.port
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert not w.phones.running and not w.phones.qr.isVisible()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_closing_the_window_stops_the_phones(team, qtbot):
    w = team
    w.phones.switch.click()
    port = w.phones.server.port
    w.close()
    assert w.phones.server is None
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
