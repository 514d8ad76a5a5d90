"""The facilitator's yes in the console's "Telefoons" tab (issue #24 point 4, #22 point 4): a second
device under a name in use, and a removed phone that asks to come back, wait under "Wacht op jouw ja"
until the facilitator clicks "Toelaten" or "Weigeren"."""

from __future__ import annotations

import os

import httpx
from PySide6.QtCore import Qt

from test_live_console import console, library, pool, request, switch_on  # noqa: F401 - fixtures

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
