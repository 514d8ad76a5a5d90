"""The phones' server for a hall (issue #28), without a window: the page compressed and not sent twice,
a step change made into JSON once for every phone, a vote that wakes only its own phone's stream, and
enough open files for 300 phones. All on 127.0.0.1, every wait bounded."""

from __future__ import annotations

import asyncio
import gzip
import json
import subprocess
import sys

import httpx
import pytest

from hall import Connection, address, chunks, read_head
from liveserving import on_owner, serving

PHONES = 30


def test_the_phone_page_comes_compressed_and_a_phone_that_has_it_gets_304():
    with serving() as (hub, server), httpx.Client(base_url=server.url, timeout=10) as client:
        plain = client.get("/", headers={"Accept-Encoding": "identity"})
        assert plain.status_code == 200 and "content-encoding" not in plain.headers
        assert b"<html" in plain.content
        packed = client.get("/", headers={"Accept-Encoding": "gzip, deflate, br"})
        assert packed.headers["content-encoding"] == "gzip"
        assert packed.headers["vary"] == "Accept-Encoding"
        assert packed.content == plain.content  # httpx inflated it (the test below reads the bytes on the wire)
        assert int(packed.headers["content-length"]) < len(plain.content) * 0.45, "the page is at least halved"
        tag = packed.headers["etag"]
        assert tag == plain.headers["etag"]  # one page, one tag, however it travels
        again = client.get("/", headers={"If-None-Match": tag, "Accept-Encoding": "gzip"})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert "no-store" not in again.headers["cache-control"]  # the browser keeps it and asks with the tag
        script = client.get("/app.js", headers={"Accept-Encoding": "gzip"})
        assert script.headers["content-encoding"] == "gzip" and b"EventSource" in script.content
        assert client.get("/app.js", headers={"If-None-Match": script.headers["etag"]}).status_code == 304
        assert client.get("/style.css", headers={"If-None-Match": '"something else"'}).status_code == 200
        # the security headers stay on every file
        assert "default-src 'none'" in again.headers["content-security-policy"]


def test_gzip_bytes_on_the_wire_are_the_page():
    """What travels is really gzip (read from a raw connection, not through a client that inflates it)."""
    with serving() as (hub, server):
        async def fetch():
            conn = Connection(server.port, "127.0.0.5")
            try:
                return await conn.request("GET", "/", headers={"Accept-Encoding": "gzip"})
            finally:
                conn.close()
        status, head, body = asyncio.run(fetch())
        assert status == 200 and head["content-encoding"] == "gzip"
        page = gzip.decompress(body)
        assert page.startswith(b"<!DOCTYPE html>") or b"<html" in page[:200]
        assert len(body) < len(page) * 0.45


def test_a_step_change_is_made_into_json_once_and_reaches_every_phone(monkeypatch):
    with serving() as (hub, server):
        tokens = []
        for i in range(PHONES):
            transport = httpx.HTTPTransport(local_address=address(i))
            with httpx.Client(base_url=server.url, transport=transport, timeout=10) as client:
                answer = client.post("/api/join", json={"code": hub.room.code, "name": f"Deelnemer {i + 1}"})
                assert answer.status_code == 200, answer.text
                tokens.append(answer.json()["token"])
        encoded = []
        dumps = json.dumps

        def counting(value, *args, **kwargs):  # the step (cards, texts) is the big part of a phone's state
            step = hub.picture.public.get("step")
            if isinstance(value, dict) and step is not None and value.get("step") is step:
                encoded.append(hub.picture.version)
            return dumps(value, *args, **kwargs)
        monkeypatch.setattr(json, "dumps", counting)  # wherever the server makes JSON

        async def listen(index: int, token: str, opened: asyncio.Event) -> list[dict]:
            conn = Connection(server.port, address(index))
            await conn._open()
            try:
                conn.writer.write(conn._head("GET", f"/api/events?token={token}", None, "", {}))
                await conn.writer.drain()
                status, _head = await read_head(conn.reader)
                assert status == 200
                seen, buffer = [], b""
                async for chunk in chunks(conn.reader, 10.0):
                    buffer += chunk
                    while b"\n\n" in buffer:
                        message, buffer = buffer.split(b"\n\n", 1)
                        if message.startswith(b"data: "):
                            seen.append(json.loads(message[6:]))
                    if seen and not opened.is_set():
                        opened.set()
                    if seen and seen[-1]["step"]["id"] == "s-bord":
                        return seen
            finally:
                conn.close()

        async def room():
            opened = [asyncio.Event() for _ in tokens]
            streams = [asyncio.create_task(listen(i, t, opened[i])) for i, t in enumerate(tokens)]
            await asyncio.wait_for(asyncio.gather(*(o.wait() for o in opened)), 20)
            encoded.clear()
            await asyncio.to_thread(on_owner, hub, lambda: (hub.session.go_to(1), hub.publish()))
            return await asyncio.wait_for(asyncio.gather(*streams), 20)

        seen = asyncio.run(room())
        assert all(messages[-1]["step"]["id"] == "s-bord" for messages in seen)  # every phone has the board step
        assert len({m[-1]["phone_id"] for m in seen}) == PHONES  # each its own state
        assert all(m[-1]["me"]["votes"] == {} and m[-1]["step"]["kind"] == "board" for m in seen)
        assert len(encoded) == 1, f"the new step was made into JSON {len(encoded)} times for {PHONES} phones"


def test_a_vote_sends_a_message_only_to_the_phone_that_voted():
    with serving() as (hub, server):
        tokens = []
        for i in range(6):
            transport = httpx.HTTPTransport(local_address=address(i))
            with httpx.Client(base_url=server.url, transport=transport, timeout=10) as client:
                tokens.append(client.post("/api/join", json={"code": hub.room.code, "name": f"D{i}"}).json()["token"])

        async def listen(index: int, token: str, ready: asyncio.Event, counts: list[int]) -> None:
            conn = Connection(server.port, address(index))
            await conn._open()
            try:
                conn.writer.write(conn._head("GET", f"/api/events?token={token}", None, "", {}))
                await conn.writer.drain()
                await read_head(conn.reader)
                async for chunk in chunks(conn.reader, 10.0):
                    counts[index] += chunk.count(b"data: ")
                    ready.set()
            except (TimeoutError, asyncio.CancelledError):
                pass
            finally:
                conn.close()

        async def room():
            counts = [0] * len(tokens)
            ready = [asyncio.Event() for _ in tokens]
            streams = [asyncio.create_task(listen(i, t, ready[i], counts)) for i, t in enumerate(tokens)]
            await asyncio.wait_for(asyncio.gather(*(r.wait() for r in ready)), 20)
            before = list(counts)
            conn = Connection(server.port, address(0))
            status, _h, _b = await conn.request("POST", "/api/vote", {"step_id": "s-kaarten", "target": "een"},
                                                tokens[0])
            conn.close()
            assert status == 200
            await asyncio.sleep(1.0)  # long enough for any stream to have sent (a stream sends within 50 ms)
            for task in streams:
                task.cancel()
            await asyncio.gather(*streams, return_exceptions=True)
            return before, counts

        before, after = asyncio.run(room())
        assert after[0] == before[0] + 1, "the phone that voted sees its vote on its stream"
        assert after[1:] == before[1:], "the other phones' streams stay quiet"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no soft limit on open files to raise")
def test_the_server_raises_the_open_file_limit_a_hall_needs():
    """A laptop that starts with 256 open files (macOS) gets the 4096 a hall needs, as far as the hard limit
    allows; in a process of its own (the limit is the process's)."""
    code = (
        "import resource\n"
        "from reflectiespel.live.server import raise_open_files\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))\n"
        "before, after = raise_open_files()\n"
        "now = resource.getrlimit(resource.RLIMIT_NOFILE)[0]\n"
        "wanted = 4096 if hard == resource.RLIM_INFINITY else min(4096, hard)\n"
        "print(before, after, now, wanted)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    before, after, now, wanted = map(int, out.stdout.split())
    assert before == 256 and now == after and now >= min(wanted, 4096) and now > 256
