"""The phones' server under the attacks of issue #22 point 4: does a real phone still get through, and
how fast, while idle connections try to hold the door shut?

Run:  uv run python benchmarks/live_guard.py

One server on 127.0.0.1 (tests/live/liveserving.py: a plain thread owns the session, as the app's UI
thread would). A phone from its own loopback address asks its state (GET /api/state) 200 times, in five
alternating rounds:

- floor: with nothing else open;
- under attack: while 600 idle connections are open that send not one byte, 300 from one address
  and 300 from sixty others (five each), opened just before.

Also printed: how many of the 300 from one address the server held (the rest it closed at once), how
long until it had closed every idle connection, and how long 300 phones from 300 addresses take to
join (all must get in). The last line is the ratio of the median state request under attack to the
floor.
"""

from __future__ import annotations

import socket
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "live"))

import httpx

from liveserving import serving

REQUESTS = 200
ROUNDS = 5


def idle_socket(port: int, address: str) -> socket.socket:
    sock = socket.socket()
    sock.bind((address, 0))
    sock.settimeout(10)
    sock.connect(("127.0.0.1", port))
    return sock


def median_state(client: httpx.Client, token: str) -> float:
    times = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        r = client.get("/api/state", headers={"Authorization": f"Bearer {token}"})
        times.append(time.perf_counter() - start)
        assert r.status_code == 200, r.text
    return statistics.median(times)


def all_closed(sockets: list[socket.socket], within: float) -> float:
    """Wait until the server has closed every socket (EOF or reset), at most ``within`` seconds; the
    seconds it took (infinite when one stayed open)."""
    start = time.monotonic()
    for sock in sockets:
        sock.settimeout(max(0.01, within - (time.monotonic() - start)))
        try:
            while sock.recv(1024):
                pass
        except (ConnectionResetError, BrokenPipeError):
            pass
        except TimeoutError:
            return float("inf")
    return time.monotonic() - start


def main() -> None:
    with serving() as (hub, server):
        transport = httpx.HTTPTransport(local_address="127.0.0.3")
        with httpx.Client(base_url=server.url, transport=transport, timeout=10) as phone:
            token = phone.post("/api/join", json={"code": hub.room.code, "name": "Ann"}).json()["token"]
            median_state(phone, token)  # warm up
            floors, attacks, held, closed = [], [], [], []
            for _ in range(ROUNDS):  # alternating, so both see the same load on a shared machine
                floors.append(median_state(phone, token))
                idle = [idle_socket(server.port, "127.0.0.2") for _ in range(300)]
                idle += [idle_socket(server.port, f"127.0.0.{10 + i // 5}") for i in range(300)]
                opened = time.monotonic()
                held.append(server.guard.open_from("127.0.0.2"))
                attacks.append(median_state(phone, token))
                all_closed(idle, 15)
                closed.append(time.monotonic() - opened)
                for sock in idle:
                    sock.close()
            floor, attacked = statistics.median(floors), statistics.median(attacks)
        start = time.perf_counter()
        joined = 0
        for i in range(300):
            transport = httpx.HTTPTransport(local_address=f"127.0.{2 + i // 250}.{1 + i % 250}")
            with httpx.Client(base_url=server.url, transport=transport, timeout=10) as client:
                r = client.post("/api/join", json={"code": hub.room.code, "name": f"Deelnemer {i}"})
                joined += r.status_code == 200
        join_seconds = time.perf_counter() - start
    print(f"state request, floor (nothing else open): {floor * 1000:.2f} ms (median of {ROUNDS} rounds' medians "
          f"of {REQUESTS})")
    print(f"state request, 600 idle connections open: {attacked * 1000:.2f} ms (same)")
    print(f"of 300 idle connections from one address the server held {max(held)}; all 600 closed "
          f"{statistics.median(closed):.1f} s after they opened (median of {ROUNDS})")
    print(f"300 phones from 300 addresses joined: {joined} of 300 in {join_seconds:.1f} s")
    print(f"ratio under attack / floor: {attacked / floor:.2f}")


if __name__ == "__main__":
    main()
