"""Issue #22 point 4: the phones' server cannot be locked or flooded. Each attack as it was reported,
over real HTTP or raw sockets from distinct 127.0.0.x addresses, against a real uvicorn server;
every loop is bounded and every socket is closed."""

from __future__ import annotations

import json
import socket
import time
from contextlib import ExitStack, contextmanager

import httpx

from reflectiespel.core.sessions.storage import NEAR_BYTES
from reflectiespel.live.guard import HEAD_TIMEOUT, PER_ADDRESS
from reflectiespel.live.rooms import JOIN_ATTEMPTS, PHONES_PER_ADDRESS, TEXT_BURST, TEXT_EVERY, JoinLimiter, Room

from liveserving import make_session, serving, wait_for

NOTE = "Een lange notitie van een telefoon. " * 54  # 1944 characters, as in the report


def phone(server, address: str = "127.0.0.1", timeout: float = 10) -> httpx.Client:
    """A client that talks from its own loopback address, like a phone on the network."""
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=server.url, transport=transport, timeout=timeout)


def joined(client: httpx.Client, code: str, name: str) -> str:
    r = client.post("/api/join", json={"code": code, "name": name})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def raw(server, address: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((address, 0))
    sock.settimeout(10)
    sock.connect(("127.0.0.1", server.port))
    return sock


def closed_by_server(sock: socket.socket, within: float) -> bool:
    """True when the server closes ``sock`` (EOF or reset) within ``within`` seconds."""
    sock.settimeout(within)
    try:
        while True:
            if not sock.recv(65536):
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


@contextmanager
def sockets():
    with ExitStack() as stack:
        opened: list[socket.socket] = []
        stack.callback(lambda: [s.close() for s in opened])
        yield opened


def test_three_hundred_idle_connections_do_not_keep_phones_out():
    """Reported: 300 connections without a byte filled limit_concurrency=300; phones got 503."""
    with serving() as (hub, server), sockets() as idle:
        for _ in range(300):  # from one address, and then from sixty others: five each
            idle.append(raw(server, "127.0.0.2"))
        for i in range(300):
            idle.append(raw(server, f"127.0.0.{10 + i // 5}"))
        with phone(server, "127.0.0.3") as client:
            token = joined(client, hub.room.code, "Ann")
            r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"}, headers=auth(token))
            assert r.status_code == 200, r.text
        # one address holds at most PER_ADDRESS; the rest was closed at once
        assert server.guard.open_from("127.0.0.2") <= PER_ADDRESS
        assert server.guard.refused >= 300 - PER_ADDRESS
        # and whatever sends no request is closed within HEAD_TIMEOUT
        started = time.monotonic()
        assert all(closed_by_server(s, HEAD_TIMEOUT + 5 - (time.monotonic() - started)) for s in idle[:20] + idle[-20:])
        wait_for(lambda: server.guard.open_from("127.0.0.2") == 0 and server.guard.open_from("127.0.0.69") == 0)


def test_a_head_sent_a_byte_at_a_time_is_closed_in_seconds():
    """A slow head (slowloris) never completes: the connection goes after HEAD_TIMEOUT, bytes or not."""
    with serving() as (hub, server), sockets() as opened:
        slow = raw(server, "127.0.0.4")
        opened.append(slow)
        started = time.monotonic()
        head = b"GET /api/state HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100
        closed = False
        for byte in head:  # bounded: one byte every 0.1 s, at most ~12 s
            try:
                slow.send(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.1)
            if time.monotonic() - started > HEAD_TIMEOUT + 3:
                break
        assert closed or closed_by_server(slow, 3)
        assert time.monotonic() - started < HEAD_TIMEOUT + 4
        # an idle keep-alive connection after an answer goes too
        keep = raw(server, "127.0.0.4")
        opened.append(keep)
        keep.sendall(b"GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n")
        assert keep.recv(65536).startswith(b"HTTP/1.1 200")
        assert closed_by_server(keep, HEAD_TIMEOUT + 3)


def test_the_same_address_cannot_fill_the_room_and_a_hall_of_addresses_still_gets_in():
    """Reported: 70 joins in 3.7 s filled the room ("De sessie is vol")."""
    room = Room()  # the real limits
    with serving(room=room) as (hub, server):
        with phone(server, "127.0.0.5") as client:
            statuses = [client.post("/api/join", json={"code": hub.room.code, "name": f"Bot {i}"}).status_code
                        for i in range(70)]
            refusal = client.post("/api/join", json={"code": hub.room.code, "name": "Nog een"}).json()["error"]
        assert statuses.count(200) == PHONES_PER_ADDRESS and len(hub.room.phones()) == PHONES_PER_ADDRESS
        assert set(statuses[JOIN_ATTEMPTS:]) == {429} and refusal  # with a sentence for the phone
        # everybody else still gets in: sixty phones, each from its own address
        for i in range(60):
            with phone(server, f"127.0.1.{i + 1}") as client:
                joined(client, hub.room.code, f"Deelnemer {i}")
        assert len(hub.session.participants) == PHONES_PER_ADDRESS + 60


def test_x_forwarded_for_does_not_get_round_the_join_limit():
    """Reported: from the laptop itself, a new X-Forwarded-For per request escaped the join limit."""
    with serving(room=Room(limiter=JoinLimiter())) as (hub, server), phone(server) as client:
        statuses = [client.post("/api/join", json={"code": "XXXXX"}, headers={"X-Forwarded-For": f"10.0.0.{i}"})
                    .status_code for i in range(JOIN_ATTEMPTS + 5)]
        assert statuses[:JOIN_ATTEMPTS] == [403] * JOIN_ATTEMPTS and set(statuses[JOIN_ATTEMPTS:]) == {429}


def test_a_removed_phone_waits_for_the_facilitator_before_it_is_back():
    """Reported: a removed phone simply joined again."""
    with serving() as (hub, server), phone(server, "127.0.0.6") as client:
        token = joined(client, hub.room.code, "Piet")
        piet = hub.room.phones()[0]
        hub.owner.call(lambda: hub.remove_phone(piet.id)).result(10)
        assert client.get("/api/state", headers=auth(token)).status_code == 401
        r = client.post("/api/join", json={"code": hub.room.code, "name": "Niet Piet"})
        assert r.status_code == 202 and "uit de sessie gehaald" in r.json()["message"]
        assert hub.room.phones() == [] and [p.name for p in hub.session.participants] == ["Piet"]
        ticket = r.json()["ticket"]
        assert client.post("/api/join/wait", json={"ticket": ticket}).status_code == 202  # still waiting
        [waiting] = hub.room.waiting()
        hub.owner.call(lambda: hub.answer(waiting.id, False)).result(10)
        r = client.post("/api/join/wait", json={"ticket": ticket})
        assert r.status_code == 403 and "niet toegelaten" in r.json()["error"]
        assert hub.room.phones() == []


def test_one_phone_writes_at_a_persons_pace():
    """Reported: one phone posted 600 notes of 1.9 kB in 20 s, all accepted."""
    with serving(room=Room(limiter=JoinLimiter(attempts=100))) as (hub, server), phone(server, "127.0.0.7") as client:
        token = joined(client, hub.room.code, "Snel")
        started = time.monotonic()
        answers = [client.post("/api/note", json={"step_id": "s-kaarten", "text": NOTE}, headers=auth(token))
                   for _ in range(600)]
        elapsed = time.monotonic() - started
        accepted = [r for r in answers if r.status_code == 200]
        assert len(accepted) <= TEXT_BURST + elapsed / TEXT_EVERY + 1
        refused = [r for r in answers if r.status_code == 429]
        assert len(refused) >= 600 - len(accepted) - 1 and "Rustig aan" in refused[0].json()["error"]
        notes = hub.session.step("s-kaarten").notes
        assert len(notes) == len(accepted)
        # a person's pace is fine: after a pause the next note goes through
        time.sleep(TEXT_EVERY + 0.2)
        r = client.post("/api/note", json={"step_id": "s-kaarten", "text": "Na een pauze"}, headers=auth(token))
        assert r.status_code == 200, r.text


def test_a_phone_sends_at_most_thirty_texts_in_one_step():
    room = Room(paces=((1000, 1000.0), (1000, 1000.0)))  # no pace: only the cap per step
    with serving(room=room) as (hub, server), phone(server) as client:
        token = joined(client, hub.room.code, "Veel")
        codes = [client.post("/api/note", json={"step_id": "s-kaarten", "text": f"notitie {i}"},
                             headers=auth(token)).status_code for i in range(35)]
        assert codes == [200] * 30 + [429] * 5
        r = client.post("/api/note", json={"step_id": "s-kaarten", "text": "nog een"}, headers=auth(token))
        assert "al 30 antwoorden" in r.json()["error"]
        # another step, another thirty; and votes are not texts
        assert client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"},
                           headers=auth(token)).status_code == 200


def test_a_name_or_note_that_is_not_text_is_a_400_and_breaks_nothing():
    """Reported: a name with a lone surrogate gave a 500, the phone stayed, and the phone list broke."""
    with serving() as (hub, server), phone(server) as client:
        secret = {"X-Reflectiespel-Secret": hub.room.secret}
        body = json.dumps({"code": hub.room.code, "name": "\udc00"})  # ensure_ascii: the escape \udc00
        r = client.post("/api/join", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 400 and r.json()["error"] == "Dit bericht is onleesbaar."
        assert hub.room.phones() == [] and hub.session.participants == []
        assert client.get("/api/admin/phones", headers=secret).status_code == 200
        token = joined(client, hub.room.code, "Ann")
        for text in ("a\udc00b", "\ud83d"):
            body = json.dumps({"step_id": "s-kaarten", "text": text})
            r = client.post("/api/note", content=body, headers=auth(token))
            assert r.status_code == 400, r.text
        deep = "[" * 100 + "]" * 100
        r = client.post("/api/note", content='{"step_id": "s-kaarten", "text": ' + deep + "}", headers=auth(token))
        assert r.status_code == 400
        assert client.get("/api/admin/phones", headers=secret).json()["phones"][0]["name"] == "Ann"
        assert hub.session.step("s-kaarten").notes == []


def test_request_heads_are_capped_and_a_long_one_is_refused_with_a_sentence():
    """Reported: request headers of 100 kB were accepted."""
    with serving() as (hub, server), sockets() as opened:
        with phone(server) as client:
            r = client.get("/api/state", headers={"X-Big": "a" * 100_000})
            assert r.status_code in (400, 431) and r.json()["error"]
            r = client.get("/api/state", headers={f"X-{i}": "b" * 500 for i in range(30)})  # 15 kB in many lines
            assert r.status_code in (400, 431) and r.json()["error"]
            assert client.get("/style.css").status_code == 200  # a normal request still works
        big = raw(server, "127.0.0.8")  # sent in parts, never complete
        opened.append(big)
        big.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000)
        answer, deadline = b"", time.monotonic() + 10
        while time.monotonic() < deadline:  # the whole answer, until the server closes
            chunk = big.recv(65536)
            if not chunk:
                break
            answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400") and json.loads(body)["error"]


def test_phones_stop_adding_text_before_the_session_is_too_big_to_save():
    with serving() as (hub, server), phone(server) as client:
        token = joined(client, hub.room.code, "Ann")
        hub.saved_size = lambda: NEAR_BYTES  # the last save was this big
        r = client.post("/api/note", json={"step_id": "s-kaarten", "text": "nog iets"}, headers=auth(token))
        assert r.status_code == 507 and "te groot" in r.json()["error"].replace("zo groot", "te groot")
        assert client.post("/api/vote", json={"step_id": "s-kaarten", "target": "een"},
                           headers=auth(token)).status_code == 200  # a vote adds no text: still fine
        assert hub.session.step("s-kaarten").notes == []


def test_an_english_session_refuses_in_english():
    session = make_session()
    session.language = "en"
    with serving(session, room=Room()) as (hub, server), phone(server, "127.0.0.9") as client:
        token = joined(client, hub.room.code, "Sam")
        answers = [client.post("/api/note", json={"step_id": "s-kaarten", "text": "hi"}, headers=auth(token))
                   for _ in range(TEXT_BURST + 1)]
        refusal = answers[-1].json()["error"]
        assert answers[-1].status_code == 429 and "Rustig" not in refusal, refusal
