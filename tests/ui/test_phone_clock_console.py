"""The step's clock on every phone (issue #29.5), from the console by real clicks: the clock's start, pause,
a minute more and another step reach the phones; its five-a-second ticks do not; the soft tone at zero is
off until the facilitator ticks it on."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController


@pytest.fixture
def console(qtbot, data_dir):
    session = Session.empty("Klok")
    session.add_step(Step(id="s-een", kind="free", title="Praten", minutes=5))
    session.add_step(Step(id="s-twee", kind="free", title="Afspraken", minutes=2))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, Library(builtin_decks_dir()).load(), data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.stop()


def phone_state(qtbot, pool, url, token) -> dict:
    future = pool.submit(httpx.get, url + "api/state", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    qtbot.waitUntil(future.done, timeout=15000)
    return future.result().json()


def test_the_clock_of_the_step_reaches_every_phone_and_the_tone_is_off_until_ticked_on(console, qtbot):
    live = console.live
    assert not live.phone_sound.isChecked()  # off by default
    console.tabs.setCurrentWidget(live)
    qtbot.mouseClick(live.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, live.switch.height() // 2))
    url = live.server.url
    with ThreadPoolExecutor(2) as pool:
        future = pool.submit(httpx.post, url + "api/join", json={"code": live.hub.room.code, "name": "Ann"}, timeout=10)
        qtbot.waitUntil(future.done, timeout=15000)
        token = future.result().json()["token"]
        clock = phone_state(qtbot, pool, url, token)["clock"]
        assert clock == {"total": 300, "left": 300, "running": False, "speed": 1.0, "sound": False, "seq": clock["seq"]}
        qtbot.mouseClick(console.timer_button, Qt.MouseButton.LeftButton)
        clock = phone_state(qtbot, pool, url, token)["clock"]
        assert clock["running"] and 295 <= clock["left"] <= 300
        seq = clock["seq"]
        qtbot.wait(600)  # the window's clock ticks (five times a second): no news for the phones
        assert live.hub.clock.seq == seq
        qtbot.mouseClick(console.plus_button, Qt.MouseButton.LeftButton)
        clock = phone_state(qtbot, pool, url, token)["clock"]
        assert clock["total"] == 360 and clock["left"] > 350 and clock["seq"] > seq
        qtbot.mouseClick(live.phone_sound, Qt.MouseButton.LeftButton, pos=QPoint(8, live.phone_sound.height() // 2))
        assert phone_state(qtbot, pool, url, token)["clock"]["sound"] is True
        qtbot.mouseClick(console.timer_button, Qt.MouseButton.LeftButton)  # pause
        assert phone_state(qtbot, pool, url, token)["clock"]["running"] is False
        qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
        clock = phone_state(qtbot, pool, url, token)["clock"]
        assert (clock["total"], clock["left"], clock["running"]) == (120, 120, False)
