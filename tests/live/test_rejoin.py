"""Issue #24 point 4: a phone that joins again gets its own place back; a second device under a name a
phone already holds needs the facilitator's yes. No "Chris 2" with a fresh vote budget, no phantom
participant in the report."""

from __future__ import annotations

import httpx
import pytest

from reflectiespel.live.rooms import Room

from liveserving import chromium_missing, make_session, on_owner, serving, wait_for


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def phone(server, address: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, transport=httpx.HTTPTransport(local_address=address), timeout=10)


def vote(client, token, target="een"):
    r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": target}, headers=auth(token))
    assert r.status_code == 200, r.text
    return r.json()


def test_the_facilitators_yes_gives_the_second_device_chris_own_place_and_budget():
    with serving(room=Room()) as (hub, server), phone(server, "127.0.0.20") as first, \
            phone(server, "127.0.0.21") as second, phone(server, "127.0.0.1") as laptop:
        secret = {"X-Reflectiespel-Secret": hub.room.secret}
        token = first.post("/api/join", json={"code": hub.room.code, "name": "Chris"}).json()["token"]
        vote(first, token), vote(first, token, "twee")
        r = second.post("/api/join", json={"code": hub.room.code, "name": "chris"})
        assert r.status_code == 202
        ticket = r.json()["ticket"]
        listed = laptop.get("/api/admin/phones", headers=secret).json()  # the facilitator, on the laptop
        assert [(w["name"], w["reason"]) for w in listed["waiting"]] == [("chris", "name")]
        r = laptop.post("/api/admin/answer", json={"id": listed["waiting"][0]["id"], "admit": True}, headers=secret)
        assert r.status_code == 200
        r = second.post("/api/join/wait", json={"ticket": ticket})
        assert r.status_code == 200, r.text
        state = r.json()["state"]
        assert state["name"] == "Chris" and state["votes_left"] == 1  # the same budget, not a fresh one
        assert state["me"]["votes"] == {"een": 1, "twee": 1}
        new = r.json()["token"]
        assert vote(second, new, "drie")["votes_left"] == 0
        r = second.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(new))
        assert r.status_code == 409  # no double votes
        assert [p.name for p in hub.session.participants] == ["Chris"]  # no phantom in the report
        assert first.get("/api/state", headers=auth(token)).status_code == 401  # the old device is out
        assert second.post("/api/join/wait", json={"ticket": ticket}).status_code == 401  # a ticket is used once
        assert [p["name"] for p in laptop.get("/api/admin/phones", headers=secret).json()["phones"]] == ["Chris"]


def test_a_phone_with_its_token_comes_back_to_its_place_without_joining():
    with serving() as (hub, server), phone(server, "127.0.0.22") as client:
        token = client.post("/api/join", json={"code": hub.room.code, "name": "Chris"}).json()["token"]
        vote(client, token)
        # the page is gone; the token on the device brings it back
        state = client.get("/api/state", headers=auth(token)).json()
        assert state["name"] == "Chris" and state["votes_left"] == 2
        # after the switch went off and on (a new room), the same name is the same person again
        hub.room = Room()
        r = client.post("/api/join", json={"code": hub.room.code, "name": "Chris"})
        assert r.status_code == 200 and r.json()["state"]["votes_left"] == 2
        assert len(hub.session.participants) == 1


@pytest.mark.skipif(chromium_missing(), reason="Debian's chromium is not installed")
def test_the_phone_page_keeps_its_token_and_a_lost_page_comes_back_in_chromium(browser):
    session = make_session()
    with serving(session) as (hub, server):
        context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(server.url)
        page.fill("#code", hub.room.code)
        page.fill("#name", "Chris")
        page.click("#join-button")
        page.wait_for_selector("#step-title:has-text('Kies een kaart')")
        page.click("li[data-card='twee'] button[aria-label='Stem op twee']")
        page.wait_for_selector("#budget:has-text('nog 2 van de 3')")
        page.close()  # the tab is closed (or the phone's browser dropped it)
        again = context.new_page()
        again.set_default_timeout(10_000)
        again.goto(server.url)
        again.wait_for_selector("#who:has-text('Je doet mee als Chris')")
        assert again.is_hidden("#join") and "nog 2 van de 3" in again.inner_text("#budget")
        assert on_owner(hub, lambda: [p.name for p in session.participants]) == ["Chris"]

        # a second device with the name in use waits, and is let in by the facilitator's yes
        other = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
        other.set_default_timeout(10_000)
        other.goto(server.url)
        other.fill("#code", hub.room.code)
        other.fill("#name", "Chris")
        other.click("#join-button")
        other.wait_for_selector("#message:has-text('al een telefoon mee als Chris')")
        assert other.is_visible("#join")
        wait_for(lambda: len(hub.room.waiting()) == 1)
        waiting = hub.room.waiting()[0]
        on_owner(hub, lambda: hub.answer(waiting.id, True))
        other.wait_for_selector("#who:has-text('Je doet mee als Chris')", timeout=15_000)
        assert "nog 2 van de 3" in other.inner_text("#budget")
        again.wait_for_selector("#message:has-text('uit de sessie gehaald')")  # the first device is told
        assert on_owner(hub, lambda: [p.name for p in session.participants]) == ["Chris"]
        other.context.close()
        context.close()
