"""A hall of phones in one light asyncio process, for benchmarks/live_room.py and tests/live/test_hall.py.

Each phone talks from its own loopback address (127.0.1.2, 127.0.1.3, ...: Linux routes all of
127.0.0.0/8 to lo), so the server's limits per address hold as they would in a hall where every
phone has its own address. A phone does what the page (live/page/app.js) does: it loads the page
(gzip accepted, as browsers do), joins, keeps its event stream open, and acts on each step the
stream announces: in a step with a vote budget it spends its votes, on a board step it places its dot
and moves it once with a reason; once per step it reads its state (GET /api/state: the floor, the same
round trip without the session's owner). Every action goes out within ``ACT_WITHIN`` seconds of the
step change. A phone stops when the stream shows the step ``end`` names.

HTTP by hand on asyncio streams (a few hundred httpx clients would cost more than the server they
measure): keep-alive, a fresh connection when the server closed an idle one, chunked event streams.
Bounded: a timeout on every read, the whole hall within ``deadline`` seconds. Only ever talks to
127.0.0.1.

Run as a script: a JSON spec on stdin ({"port", "code", "phones", "end", "deadline", "arrive", "seed"}),
the results as JSON on stdout (``run_in_process`` / ``collect``).
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

LOOPBACK = "127.0.0.1"
TIMEOUT = 20.0  # seconds for any one answer
ACT_WITHIN = 8.0  # seconds after a step change by which a phone has sent everything for that step
IDLE_REUSE = 3.0  # seconds: a kept-alive connection idle longer is replaced (the server closes at 5 s)


def address(index: int) -> str:
    """Phone ``index``'s own loopback address: 127.0.1.2 ... 127.0.1.251, 127.0.2.2, ..."""
    return f"127.0.{1 + index // 250}.{2 + index % 250}"


class Closed(Exception):
    """The server closed the connection before answering."""


class Connection:
    """One HTTP/1.1 connection from a phone's own address, kept alive between requests."""

    def __init__(self, port: int, local: str):
        self.port, self.local = port, local
        self.reader = self.writer = None
        self.used = 0.0

    async def _open(self) -> None:
        self.close()
        self.reader, self.writer = await asyncio.wait_for(
            asyncio.open_connection(LOOPBACK, self.port, local_addr=(self.local, 0)), TIMEOUT)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: dict | None = None, token: str = "",
                      headers: dict | None = None) -> tuple[int, dict, bytes]:
        """(status, headers, body); a connection the server closed while idle is opened again, once."""
        for attempt in (0, 1):
            if self.writer is None or time.monotonic() - self.used > IDLE_REUSE:
                await self._open()
            try:
                self.writer.write(self._head(method, path, body, token, headers or {}))
                await self.writer.drain()
                status, head = await read_head(self.reader)
                data = await read_body(self.reader, head)
            except (Closed, ConnectionError) as exc:
                self.close()
                if attempt:
                    raise Closed(str(exc)) from None
                continue
            self.used = time.monotonic()
            if head.get("connection", "").lower() == "close":
                self.close()
            return status, head, data
        raise Closed("unreachable")

    def _head(self, method: str, path: str, body: dict | None, token: str, headers: dict) -> bytes:
        data = json.dumps(body).encode() if body is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {LOOPBACK}:{self.port}"]
        if token:
            lines.append(f"Authorization: Bearer {token}")
        if body is not None:
            lines += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + data


async def read_head(reader: asyncio.StreamReader) -> tuple[int, dict]:
    try:
        raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), TIMEOUT)
    except asyncio.IncompleteReadError:
        raise Closed("closed before an answer") from None
    lines = raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    head = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            head[name.strip().lower()] = value.strip()
    return status, head


async def read_body(reader: asyncio.StreamReader, head: dict) -> bytes:
    if "content-length" in head:
        return await asyncio.wait_for(reader.readexactly(int(head["content-length"])), TIMEOUT)
    if head.get("transfer-encoding", "").lower() == "chunked":
        data = b""
        async for chunk in chunks(reader, TIMEOUT):
            data += chunk
        return data
    return b""


async def chunks(reader: asyncio.StreamReader, timeout: float):
    """The chunks of a chunked body, as they come (an event stream: one message per chunk or more)."""
    while True:
        size_line = await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout)
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout)
            return
        data = await asyncio.wait_for(reader.readexactly(size + 2), timeout)
        yield data[:-2]


class Phone:
    def __init__(self, index: int, port: int, code: str, end: str, rng: random.Random):
        self.index, self.port, self.code, self.end, self.rng = index, port, code, end, rng
        self.local = address(index)
        self.conn = Connection(port, self.local)
        self.token = ""
        self.state: dict = {}
        self.step_seen = asyncio.Event()
        self.arrived: dict[str, float] = {}  # step id -> when the stream brought it
        self.actions: list[list] = []  # [path, status, seconds, step id]
        self.messages = 0  # event-stream messages received
        self.stream_bytes = 0
        self.joined_in = -1.0
        self.page_bytes = 0
        self.errors: list[str] = []
        self.gone = False

    def result(self) -> dict:
        return {"index": self.index, "joined_in": self.joined_in, "actions": self.actions, "arrived": self.arrived,
                "messages": self.messages, "stream_bytes": self.stream_bytes, "page_bytes": self.page_bytes,
                "errors": self.errors}

    async def post(self, path: str, body: dict) -> tuple[int, dict]:
        sent = time.monotonic()
        status, _head, data = await self.conn.request("POST", path, dict(body, sent=sent), self.token)
        step = body.get("step_id", "")
        self.actions.append([path, status, time.monotonic() - sent, step])
        try:
            return status, json.loads(data or b"{}")
        except ValueError:
            return status, {}

    async def read_state(self) -> None:
        sent = time.monotonic()
        status, _head, _data = await self.conn.request("GET", "/api/state", token=self.token)
        self.actions.append(["/api/state", status, time.monotonic() - sent, self.step_id()])

    def step_id(self) -> str:
        step = self.state.get("step") or {}
        return step.get("id", "")

    async def load_page(self) -> None:
        for path in ("/", "/app.js", "/style.css"):
            status, _head, data = await self.conn.request("GET", path, headers={"Accept-Encoding": "gzip, deflate"})
            if status != 200:
                self.errors.append(f"{path}: {status}")
            self.page_bytes += len(data)

    async def join(self) -> bool:
        start = time.monotonic()
        status, _head, data = await self.conn.request("POST", "/api/join",
                                                      {"code": self.code, "name": f"Deelnemer {self.index + 1}"})
        if status != 200:
            self.errors.append(f"join: {status} {data[:200]!r}")
            return False
        answer = json.loads(data)
        self.token, self.state = answer["token"], answer["state"]
        self.joined_in = time.monotonic() - start
        return True

    async def stream(self) -> None:
        """The event stream, open until the end step or the phone is sent away."""
        conn = Connection(self.port, self.local)
        try:
            await conn._open()
            conn.writer.write(conn._head("GET", f"/api/events?token={self.token}", None, "", {}))
            await conn.writer.drain()
            status, head = await read_head(conn.reader)
            if status != 200:
                self.errors.append(f"stream: {status}")
                return
            buffer = b""
            async for chunk in chunks(conn.reader, 60.0):
                self.stream_bytes += len(chunk)
                buffer += chunk
                while b"\n\n" in buffer:
                    message, buffer = buffer.split(b"\n\n", 1)
                    self._message(message.decode())
                if self.gone or self.step_id() == self.end:
                    return
        except (TimeoutError, Closed, ConnectionError, asyncio.IncompleteReadError) as exc:
            if self.step_id() != self.end:
                self.errors.append(f"stream: {type(exc).__name__} {exc}")
        finally:
            conn.close()
            self.step_seen.set()

    def _message(self, message: str) -> None:
        if message.startswith("event: gone"):
            self.gone = True
            return
        for line in message.split("\n"):
            if line.startswith("data: "):
                self.messages += 1
                self.state = json.loads(line[6:])
                step = self.step_id()
                if step and step not in self.arrived:
                    self.arrived[step] = time.monotonic()
                    self.step_seen.set()

    async def act(self, step: dict) -> None:
        """Everything this phone does in one step, within ACT_WITHIN seconds of seeing it."""
        rng = self.rng
        kind, step_id = step["kind"], step["id"]
        plan: list[tuple[float, str, dict | None]] = []  # (seconds after the step change, path, body)
        start = rng.uniform(0.2, ACT_WITHIN * 0.6)
        if step.get("budget", 0) > 0 and step.get("cards"):
            targets = [card["id"] for card in step["cards"]]
            for k in range(step["budget"]):
                plan.append((start + k * rng.uniform(0.2, 0.8),
                             "/api/vote", {"step_id": step_id, "target": rng.choice(targets), "delta": 1}))
        elif kind == "board":
            x, y = rng.random(), rng.random()
            plan.append((start, "/api/place", {"step_id": step_id, "token_id": None, "x": x, "y": y}))
            plan.append((start + rng.uniform(0.5, 1.5), "/api/place", {
                "step_id": step_id, "token_id": None, "x": min(1.0, x * 0.9 + 0.05), "y": min(1.0, y * 0.9 + 0.05),
                "reason": f"Omdat deelnemer {self.index + 1} het zo ziet."}))
        plan.append((rng.uniform(0.2, ACT_WITHIN), "/api/state", None))
        plan.sort(key=lambda item: item[0])
        seen = self.arrived.get(step_id, time.monotonic())
        for at, path, body in plan:
            delay = seen + min(at, ACT_WITHIN) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            if self.step_id() != step_id:
                return  # the facilitator moved on (does not happen in a healthy run: counted as not sent)
            if body is None:
                await self.read_state()
            else:
                await self.post(path, body)

    async def run(self, arrive: float) -> None:
        await asyncio.sleep(self.rng.uniform(0, arrive))
        try:
            await self.load_page()
            if not await self.join():
                return
            listening = asyncio.create_task(self.stream())
            done: set[str] = set()
            while not self.gone:
                self.step_seen.clear()  # before looking: a message from now on wakes the wait below
                step = self.state.get("step") or {}
                step_id = step.get("id", "")
                if step_id == self.end:
                    break
                if step_id and step_id not in done:
                    done.add(step_id)
                    self.arrived.setdefault(step_id, time.monotonic())
                    await self.act(step)
                    continue
                if listening.done():
                    break
                await self.step_seen.wait()
            await asyncio.wait_for(listening, TIMEOUT)
        except (TimeoutError, Closed, ConnectionError, OSError) as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            self.conn.close()


async def hall(spec: dict) -> list[dict]:
    rng = random.Random(spec.get("seed", 28))
    phones = [Phone(i, spec["port"], spec["code"], spec["end"], random.Random(rng.random()))
              for i in range(spec["phones"])]
    tasks = [asyncio.create_task(phone.run(spec.get("arrive", 15.0))) for phone in phones]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), spec["deadline"])
    except TimeoutError:
        for phone in phones:
            if phone.step_id() != phone.end:
                phone.errors.append("deadline")
    return [phone.result() for phone in phones]


class HallProcess:
    """The hall in a process of its own, as real phones are (they do not share the laptop's Python).
    Its output is read by a thread as it comes (a full pipe would stop the hall)."""

    def __init__(self, port: int, code: str, phones: int, end: str, deadline: float, arrive: float = 15.0,
                 seed: int = 28):
        import subprocess
        import threading

        spec = json.dumps({"port": port, "code": code, "phones": phones, "end": end, "deadline": deadline,
                           "arrive": arrive, "seed": seed})
        self.popen = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
        self.popen.stdin.write(spec.encode())
        self.popen.stdin.close()
        self._out: list[bytes] = []
        self._err: list[bytes] = []
        self._readers = [threading.Thread(target=lambda: self._out.append(self.popen.stdout.read()), daemon=True),
                         threading.Thread(target=lambda: self._err.append(self.popen.stderr.read()), daemon=True)]
        for reader in self._readers:
            reader.start()

    def done(self) -> bool:
        return self.popen.poll() is not None

    def results(self, timeout: float = 30.0) -> list[dict]:
        """Wait for the hall (at most ``timeout`` seconds, then it is killed) and return a result per phone."""
        try:
            self.popen.wait(timeout)
        except BaseException:
            self.stop()
            raise
        for reader in self._readers:
            reader.join(10)
        self.popen.stdout.close()
        self.popen.stderr.close()
        if self.popen.returncode != 0:
            raise RuntimeError(b"".join(self._err).decode(errors="replace")[-3000:])
        return json.loads(b"".join(self._out))

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(10)


def _main() -> None:
    spec = json.loads(sys.stdin.read())
    results = asyncio.run(hall(spec))
    sys.stdout.write(json.dumps(results))


if __name__ == "__main__":
    _main()
