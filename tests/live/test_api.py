"""The phone API over real HTTP on 127.0.0.1 (httpx), against a real uvicorn server."""

from __future__ import annotations

import socket

import httpx
import pytest

from reflectiespel.live.rooms import CODE_ALPHABET, JoinLimiter, Room, normalize_code
from reflectiespel.live.server import LiveServerError, check_host

from liveserving import make_session, serving


def join(client: httpx.Client, code: str, name: str = "Ann") -> tuple[str, dict]:
    response = client.post("/api/join", json={"code": code, "name": name})
    assert response.status_code == 200, response.text
    data = response.json()
    return data["token"], data["state"]


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_join_vote_choose_and_note_land_in_the_session_as_undoable_edits():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, state = join(client, hub.room.code.lower(), "  Ann   de Vries ")
        session = hub.session
        assert [p.name for p in session.participants] == ["Ann de Vries"]
        assert state["step"]["title"] == "Kies een kaart" and state["votes_left"] == 3
        for target in ("een", "een", "twee"):
            r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": target}, headers=auth(token))
            assert r.status_code == 200, r.text
        assert r.json()["votes_left"] == 0
        step = session.step("s-kaarten")
        assert step.ranked_votes() == [("een", 2), ("twee", 1)]
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "drie"}, headers=auth(token))
        assert r.status_code == 409 and "3 van de 3" in r.json()["error"]
        client.post("/api/choose", json={"step_id": "s-kaarten", "card_id": "twee", "chosen": True}, headers=auth(token))
        client.post("/api/note", json={"step_id": "s-kaarten", "text": "Dit raakt me"}, headers=auth(token))
        pid = session.participants[0].id
        assert step.choices == {pid: ["twee"]}
        assert [n.text for n in step.notes] == ["Dit raakt me"] and step.notes[0].participant_id == pid
        # each phone action is one edit: undo them all and the session is as before
        for edit in reversed(hub.edits):
            edit.undo()
        assert not step.votes and not step.choices and not step.notes and not session.participants


def test_wrong_code_and_unknown_token_are_refused_in_dutch():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        wrong = "".join(c for c in CODE_ALPHABET if c not in hub.room.code)[:5]
        r = client.post("/api/join", json={"code": wrong, "name": "Eve"})
        assert r.status_code == 403 and "code klopt niet" in r.json()["error"]
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth("verzonnen"))
        assert r.status_code == 401 and "aangemeld" in r.json()["error"]
        assert not hub.session.participants


def test_joins_are_rate_limited_per_address():
    room = Room(limiter=JoinLimiter(attempts=3, window=60))
    with serving(room=room) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        codes = [client.post("/api/join", json={"code": "XXXXX"}).status_code for _ in range(4)]
        assert codes == [403, 403, 403, 429]
        r = client.post("/api/join", json={"code": hub.room.code})
        assert r.status_code == 429 and "Wacht een minuut" in r.json()["error"]


def test_big_or_broken_requests_are_refused_and_nothing_changes():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, _ = join(client, hub.room.code)
        r = client.post("/api/note", content=b'{"text": "' + b"x" * 20_000 + b'"}', headers=auth(token))
        assert r.status_code == 413
        r = client.post("/api/note", content=b"{niet json", headers=auth(token))
        assert r.status_code == 400
        r = client.post("/api/place", json={"step_id": "s-kaarten", "x": "a", "y": 0}, headers=auth(token))
        assert r.status_code in (409, 422)
        assert not any(step.notes for step in hub.session.steps)


def test_phones_act_on_the_current_step_only_and_a_locked_step_refuses():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, _ = join(client, hub.room.code)
        r = client.post("/api/note", json={"step_id": "s-stil", "text": "te vroeg"}, headers=auth(token))
        assert r.status_code == 409 and "andere stap" in r.json()["error"]
        hub.owner.call(lambda: hub.set_locked("s-kaarten", True)).result(5)
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        assert r.status_code == 423 and "op slot" in r.json()["error"]
        assert client.get("/api/state", headers=auth(token)).json()["step"]["locked"] is True
        assert not hub.session.step("s-kaarten").votes


def test_placing_on_the_board_with_a_reason():
    session = make_session()
    session.go_to(1)
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, state = join(client, hub.room.code, "Bo")
        assert state["step"]["kind"] == "board"
        r = client.post("/api/place", json={"step_id": "s-bord", "x": 0.2, "y": 0.9, "reason": "We maken het samen"},
                        headers=auth(token))
        assert r.status_code == 200, r.text
        board = session.step("s-bord").board
        assert [t.name for t in board.tokens] == ["Onze praktijk"]
        placement = board.placement(board.tokens[0].id, "Bo")  # the console's perspective: the name shown
        assert (placement.x, placement.y) == (0.2, 0.9)
        assert board.reasons == {f"{board.tokens[0].id}@Bo": "We maken het samen"}
        assert r.json()["me"]["placements"] == {board.tokens[0].id: [0.2, 0.9]}
        r = client.post("/api/place", json={"step_id": "s-bord", "x": 1.5, "y": 0.5}, headers=auth(token))
        assert r.status_code == 422
        hub.edits[-1].undo()  # the first placement, with the token it made, is one undo step
        assert not board.tokens and not board.placements and not board.reasons


def test_a_second_phone_with_a_name_in_use_waits_and_never_becomes_ann_2():
    """Issue #24 point 4: no phantom "Ann 2" with a fresh vote budget; the facilitator decides."""
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        first, _ = join(client, hub.room.code, "Ann")
        r = client.post("/api/join", json={"code": hub.room.code, "name": " ann "})
        assert r.status_code == 202 and "al een telefoon mee als ann" in r.json()["message"]
        assert [p.name for p in hub.session.participants] == ["Ann"]
        assert client.get("/api/state", headers=auth(first)).status_code == 200  # the first phone carries on


def test_anonymous_session_keeps_no_names():
    with serving(make_session(anonymous=True)) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, state = join(client, hub.room.code, "Geheime Naam")
        assert state["name"] == "" and state["anonymous"] is True
        assert [p.name for p in hub.session.participants] == [""]
        assert "Geheime Naam" not in hub.session.model_dump_json()
        assert all(p.name == "" for p in hub.room.phones())


def test_silent_round_keeps_notes_hidden_until_reveal():
    session = make_session()
    session.go_to(2)
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        secret = {"X-Reflectiespel-Secret": hub.room.secret}
        assert client.post("/api/admin/silent", headers={"X-Reflectiespel-Secret": "fout"}).status_code == 403
        assert client.post("/api/admin/silent", headers=secret).status_code == 200
        tokens = [join(client, hub.room.code, name)[0] for name in ("A", "B")]
        for token, text in zip(tokens, ("eerst", "daarna")):
            r = client.post("/api/note", json={"step_id": "s-stil", "text": text}, headers=auth(token))
            assert r.json()["me"]["written"] == 1
        assert session.step("s-stil").notes == []
        r = client.post("/api/admin/reveal", headers=secret)
        assert r.json()["revealed"] == ["eerst", "daarna"]
        assert [n.text for n in session.step("s-stil").notes] == ["eerst", "daarna"]


def test_removed_phone_is_refused_and_its_stream_ends():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, state = join(client, hub.room.code)
        with client.stream("GET", "/api/events", params={"token": token}) as stream:
            lines = stream.iter_lines()
            first = next(line for line in lines if line.startswith("data:"))
            assert '"Kies een kaart"' in first
            hub.owner.call(lambda: hub.remove_phone(state["phone_id"])).result(5)
            assert "event: gone" in [next(lines) for _ in range(3)]
        r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
        assert r.status_code == 401


def test_the_page_has_no_third_party_resources_and_strict_headers():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        page = client.get("/")
        assert page.status_code == 200 and "Doe mee" in page.text
        assert "default-src 'none'" in page.headers["content-security-policy"]
        for path in ("/", "/app.js", "/style.css"):
            body = client.get(path).text
            assert "http://" not in body and "https://" not in body and "//cdn" not in body
        assert "innerHTML" not in client.get("/app.js").text
        assert client.get("/api/admin/phones").status_code == 403


def test_the_apps_server_has_no_facilitator_routes():
    with serving(admin_api=False) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        r = client.get("/api/admin/phones", headers={"X-Reflectiespel-Secret": hub.room.secret})
        assert r.status_code == 404


def test_stopping_closes_the_port():
    with serving() as (hub, server):
        port = server.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert not server.running


@pytest.mark.parametrize("host", ["0.0.0.0", "8.8.8.8", "::", "laptop"])
def test_only_local_addresses_are_allowed(host):
    with pytest.raises(LiveServerError):
        check_host(host)
    assert check_host("192.168.1.20") == "192.168.1.20"


def test_room_codes_have_no_look_alikes():
    room = Room()
    assert len(room.code) == 5 and set(room.code) <= set(CODE_ALPHABET)
    assert not set("0O1IL2Z5S8B") & set(CODE_ALPHABET)
    assert normalize_code(" ab-c d ") == "ABCD"


def test_in_the_vote_step_phones_offer_and_accept_only_what_the_console_offers():
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.core.sessions.tally import vote_targets

    tips = ["tip-1", "tip-2", "tip-3"]
    session = Session(title="Tips", vote_budget=3, steps=[
        Step(id="ronde-1", kind="tips", title="Tip 1", deck_id="tips", card_ids=["tip-1"]),
        Step(id="ronde-2", kind="tips", title="Tip 2", deck_id="tips", card_ids=["tip-2"]),
        Step(id="stemmen", kind="tips", title="Welke tip pakken we op?", deck_id="tips", card_ids=tips,
             vote_budget=3)])
    anna = session.add_participant("Anna").value
    session.set_choice("ronde-1", anna.id, "tip-1")
    session.go_to(2)
    with serving(session) as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        token, state = join(client, hub.room.code, "Bram")
        console = vote_targets(session, session.steps[2])
        assert console == ["tip-1"], "the console's grid: only the tip chosen in round 1"
        assert [card["id"] for card in state["step"]["cards"]] == console, "the phone lists the same"
        r = client.post("/api/vote", json={"step_id": "stemmen", "target": "tip-2"}, headers=auth(token))
        assert r.status_code == 409 and "niet gestemd" in r.json()["error"]
        assert session.steps[2].votes == [], "a refused vote is not stored"
        r = client.post("/api/vote", json={"step_id": "stemmen", "target": "tip-1"}, headers=auth(token))
        assert r.status_code == 200, r.text
        assert session.steps[2].ranked_votes() == [("tip-1", 1)]
