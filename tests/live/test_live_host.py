"""Phones through the session's host (core/sessions/host.py), as ``reflectiespel live`` and the windows run them:
every phone's change is checked, can be undone, and what the host changes the phones see."""

from __future__ import annotations

import httpx
from liveserving import make_session, on_owner, serving, wait_for
from test_api import auth, join

from reflectiespel.core.sessions.host import SessionHost


def test_a_phones_vote_is_kept_by_the_host_and_undoing_it_gives_the_phone_its_vote_back():
    host = SessionHost(make_session(), long_lived=False)
    heard = []
    host.listeners.append(heard.append)
    with serving(host=host) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, _state = join(client, hub.room.code, "Ann")
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        assert r.status_code == 200 and r.json()["votes_left"] == 2
        assert heard[-1] == "phone" and host.history.can_undo()
        assert on_owner(hub, host.history.undo)  # the facilitator takes it back
        assert hub.session.step("s-kaarten").votes == []
        wait_for(lambda: client.get("/api/state", headers=auth(token)).json()["votes_left"] == 3)


def test_a_phones_change_that_would_not_load_back_is_refused_and_nothing_is_kept():
    """``reflectiespel live`` had no such check before (#25): now the host's check refuses it."""
    session = make_session()
    host = SessionHost(session, long_lived=False)
    with serving(host=host) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, _state = join(client, hub.room.code, "Ann")
        last = host.history.undo_text()  # the join
        on_owner(hub, lambda: session.steps.append(session.steps[2]))  # one step twice: would not open again
        r = client.post("/api/note", json={"step_id": "s-kaarten", "text": "Dit raakt me"}, headers=auth(token))
        assert r.status_code == 409 and r.json()["error"] == "Dit kon niet worden bewaard."
        assert session.step("s-kaarten").notes == [] and host.history.undo_text() == last
