"""Simulated phones on loopback, for the load test and benchmarks/live.py.

Each phone talks from its own loopback address (127.0.0.2, 127.0.0.3, ...), so the join limit per
address holds as it would in a room. Bounded: a fixed number of phones and requests, a timeout on
every request, the whole crowd within ``deadline`` seconds. Only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import httpx

LOOPBACK = "127.0.0.1"


@dataclass
class PhoneResult:
    index: int
    token: str = ""
    statuses: list[int] = field(default_factory=list)
    times: dict[str, list[float]] = field(default_factory=dict)  # path -> seconds from sending to the answer
    error: str = ""


async def _phone(index: int, url: str, code: str, actions: list[tuple[str, dict | None]], timeout: float,
                 start: asyncio.Event, name: str = "") -> PhoneResult:
    result = PhoneResult(index)
    transport = httpx.AsyncHTTPTransport(local_address=f"127.0.0.{index + 2}")
    async with httpx.AsyncClient(base_url=url, transport=transport, timeout=timeout) as client:
        await start.wait()
        try:
            r = await client.post("/api/join", json={"code": code, "name": name or f"Telefoon {index + 1}"})
            result.statuses.append(r.status_code)
            if r.status_code != 200:
                return result
            result.token = r.json()["token"]
            headers = {"Authorization": f"Bearer {result.token}"}
            for path, body in actions:
                sent = time.perf_counter()
                if body is None:
                    r = await client.get(path, headers=headers)
                else:
                    r = await client.post(path, json=body, headers=headers)
                result.times.setdefault(path, []).append(time.perf_counter() - sent)
                result.statuses.append(r.status_code)
        except httpx.HTTPError as exc:
            result.error = f"{type(exc).__name__}: {exc}"
    return result


async def _crowd(url, code, count, actions_of, deadline, timeout, names=()):
    assert url.startswith(f"http://{LOOPBACK}:"), url  # loopback only, never another address
    start = asyncio.Event()
    names = list(names) + [""] * count
    tasks = [asyncio.create_task(_phone(i, url, code, actions_of(i), timeout, start, names[i])) for i in range(count)]
    start.set()
    return await asyncio.wait_for(asyncio.gather(*tasks), deadline)


def start_crowd(url: str, code: str, count: int, actions_of, deadline: float = 60.0, timeout: float = 20.0):
    """``count`` phones in a thread of their own. Returns (thread, box): when the thread has ended,
    box["results"] holds a PhoneResult per phone (or box["error"] what went wrong)."""
    box: dict = {}

    def main():
        try:
            box["results"] = asyncio.run(_crowd(url, code, count, actions_of, deadline, timeout))
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            box["error"] = exc
    thread = threading.Thread(target=main, name="crowd", daemon=True)
    thread.start()
    return thread, box


class UiClock:
    """Beats on every turn of the Qt event loop; ``longest_cpu`` is the most CPU time the UI thread spent
    between two turns (work that kept it from painting), ``longest_wall`` the same on the wall clock,
    and ``gc_in_longest`` how much of the longest was Python's garbage collector."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)  # 1 ms: fine enough for frames, without spinning a CPU of its own
        self.timer.timeout.connect(self.beat)
        self.longest_cpu = self.longest_wall = self.gc_in_longest = 0.0
        self.beats = 0
        self._gc = self._gc_start = 0.0

    def _collecting(self, phase, _info) -> None:
        if phase == "start":
            self._gc_start = time.thread_time()
        elif threading.current_thread() is threading.main_thread():
            self._gc += time.thread_time() - self._gc_start

    def start(self) -> UiClock:
        import gc

        gc.callbacks.append(self._collecting)
        self.last = (time.perf_counter(), time.thread_time())
        self.timer.start()
        return self

    def beat(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        self.longest_wall = max(self.longest_wall, now[0] - self.last[0])
        if now[1] - self.last[1] > self.longest_cpu:
            self.longest_cpu, self.gc_in_longest = now[1] - self.last[1], self._gc
        self._gc = 0.0
        self.last = now
        self.beats += 1

    def stop(self) -> None:
        import gc

        self.timer.stop()
        if self._collecting in gc.callbacks:
            gc.callbacks.remove(self._collecting)

    def __str__(self) -> str:
        return (f"longest UI stretch {self.longest_cpu * 1000:.1f} ms CPU (of which garbage collection "
                f"{self.gc_in_longest * 1000:.1f} ms), {self.longest_wall * 1000:.1f} ms wall, {self.beats} turns")


def run_in_process(url: str, code: str, actions: list[list[tuple[str, dict | None]]], deadline: float = 60.0,
                   names: list[str] = ()):
    """The crowd in a process of its own, as real phones are (they do not share the laptop's Python):
    one phone per list in ``actions`` (joining with ``names``, else "Telefoon 1", ...).
    Returns the process; ``collect`` waits for it."""
    import json
    import subprocess
    import sys

    spec = json.dumps({"url": url, "code": code, "actions": actions, "deadline": deadline, "names": list(names)})
    popen = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    popen.stdin.write(spec)  # small: a few kB
    popen.stdin.close()
    return popen  # done when popen.poll() is not None (the results, a few kB, wait in the pipe)


def collect(popen, timeout: float = 90.0) -> list[PhoneResult]:
    """Wait for the crowd process (bounded) and return a PhoneResult per phone."""
    import json

    try:
        popen.wait(timeout)
    except BaseException:
        popen.kill()
        popen.wait()
        raise
    out, err = popen.stdout.read(), popen.stderr.read()
    popen.stdout.close()
    popen.stderr.close()
    if popen.returncode != 0:
        raise RuntimeError(err[-2000:])
    return [PhoneResult(**r) for r in json.loads(out)]


def _main() -> None:
    import dataclasses
    import json
    import sys

    spec = json.loads(sys.stdin.read())
    actions = spec["actions"]
    results = asyncio.run(_crowd(spec["url"], spec["code"], len(actions), lambda i: actions[i], spec["deadline"], 20.0,
                                spec.get("names", ())))
    json.dump([dataclasses.asdict(r) for r in results], sys.stdout)


if __name__ == "__main__":
    _main()
