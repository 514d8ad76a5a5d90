"""A hall of 300 phones (issue #28): how long a phone's vote takes to be in the session model, how long
the UI thread is ever blocked, and what the server's memory does, over several rounds.

Run:  QT_QPA_PLATFORM=offscreen uv run python benchmarks/live_room.py [--phones 300] [--rounds 3] [--runs 1]

The real console (ConsoleWindow, with the axis board and the projection window at 1920×1080) runs a
session with a welcome step, then per round a vote step (7 cards, 3 votes each) and a board step, then
an end step. "Telefoons erbij" goes on at 127.0.0.1. The phones are one light asyncio process
(tests/live/hall.py), each phone from its own 127.0.x.y address with its event stream open: they
arrive within ``ARRIVE`` seconds and load the page, join, and act on every step the stream announces,
everything within 8 s of the step change (3 votes; or a placement and a move with a reason) plus one
state read per step. The facilitator's side moves to the next step when every action of the step has
landed (or after 15 s).

Reported:
- votes (and placements) lost: sent by the phones, minus what is in the session at the end (must be 0);
  refused: answers other than 200;
- vote -> session model: from the phone's send time (in the request) to the moment the edit is in the
  model (measured where the owner applies it; one clock, CLOCK_MONOTONIC, for both processes):
  median and p95; the same for placements;
- floor: the state read of the same phones in the same rounds (GET /api/state, round trip), which never
  waits for the session's owner; the ratio p95 vote / p95 floor;
- step change -> phone: from the facilitator's move to the stream bringing the new step to a phone;
- the UI thread: the longest piece of phone work (QtOwner.longest_piece, CPU), and a lag probe (a
  QTimer every 10 ms: how late it fired, wall clock, and the UI thread's CPU time between two ticks);
- server memory: the process's resident set (VmRSS; the server runs in the app's process) after the
  joins and after each round.

The last line is the p95 of vote -> session model in ms (median over runs). Goal: <= 150 ms, no UI
block over 50 ms, memory bounded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REFLECTIESPEL_DATA_DIR", tempfile.mkdtemp(prefix="live-room-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "live"))

from hall import HallProcess
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

CARDS, VOTES = 7, 3
ARRIVE = 20.0  # seconds over which the phones arrive
STEP_LIMIT = 15.0  # seconds the facilitator waits for a step's actions at most
END = "s-einde"


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def wait_until(check, timeout: float, every: int = 20) -> bool:
    """Run the Qt event loop (idle between checks, as the app is) until ``check()`` or ``timeout`` seconds."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    outcome = {"ok": False}

    def look():
        if check():
            outcome["ok"] = True
            loop.quit()
        elif time.monotonic() > deadline:
            loop.quit()
    timer = QTimer()
    timer.setInterval(every)
    timer.timeout.connect(look)
    timer.start()
    look()
    if not outcome["ok"] and time.monotonic() <= deadline:
        loop.exec()
    timer.stop()
    return outcome["ok"]


class LagProbe:
    """A QTimer every ``interval`` ms on the UI thread: how late each tick came (wall clock) is how long the
    thread was kept from its event loop; the UI thread's CPU time between two ticks is the work that did it
    (the rest of a late tick is the machine: other programs, or the server's thread holding the interpreter).
    10 ms: fine enough to see a 50 ms block, without a Python call every millisecond taking the
    interpreter from the server's thread."""

    def __init__(self, interval: int = 10):
        self.interval = interval / 1000
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._tick)
        self.lags: list[float] = []
        self.longest_cpu = 0.0

    def start(self) -> LagProbe:
        import gc

        self.last, self.cpu = time.perf_counter(), time.thread_time()
        self.collections: list[tuple[int, float]] = []  # (generation, seconds) of every collection
        gc.callbacks.append(self._collecting)
        self.timer.start()
        return self

    def _collecting(self, phase, info) -> None:
        if phase == "start":
            self._gc_start = time.thread_time()
        elif hasattr(self, "_gc_start"):  # CPU time of the thread that collects (all others wait for it)
            self.collections.append((info["generation"], time.thread_time() - self._gc_start))

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.lags.append(max(0.0, now - self.last - self.interval))
        self.longest_cpu = max(self.longest_cpu, cpu - self.cpu)
        self.last, self.cpu = now, cpu

    def stop(self) -> None:
        import gc

        self.timer.stop()
        if self._collecting in gc.callbacks:
            gc.callbacks.remove(self._collecting)


def thread_clocks(server_thread) -> dict[str, int]:
    """CPU clocks of the UI thread and the server's thread (Linux; empty where the system has none)."""
    try:
        return {"UI thread": time.pthread_getcpuclockid(threading.main_thread().ident),
                "server thread": time.pthread_getcpuclockid(server_thread.ident)}
    except (AttributeError, OSError):
        return {}


def resource_children() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def make_session(library, rounds: int):
    from reflectiespel.core.sessions.session import Session, Step

    deck = library.get("zeven-verandertips")
    session = Session.empty("Regiodag cultuur en zorg")
    session.add_step(Step(id="s-welkom", kind="free", title="Welkom", instruction="Scan de code en doe mee."))
    for r in range(rounds):
        session.add_step(Step(id=f"s-stem-{r}", kind="tips", title=f"Waar beginnen we? ({r + 1})", deck_id=deck.id,
                              card_ids=[c.id for c in deck.cards[:CARDS]], vote_budget=VOTES))
        session.add_step(Step(id=f"s-bord-{r}", kind="board", title=f"Waar staan we? ({r + 1})",
                              instruction="Zet je stip op het bord en zeg waarom."))
    session.add_step(Step(id=END, kind="free", title="Dank je wel"))
    session.go_to(0)
    return session


def expected(step, phones: int) -> int:
    return phones * (VOTES if step.vote_budget else 2)


def one_run(app, library, phones: int, rounds: int) -> dict:
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.session.launcher import board_definition

    session = make_session(library, rounds)
    window = ConsoleWindow(SessionController(session, library, Path(os.environ["REFLECTIESPEL_DATA_DIR"])),
                           board_definition(session.language))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]
    window.resize(1366, 768)
    window.show()
    window.start_projection()
    window.projection.resize(1920, 1080)
    window.live.switch.click()
    assert window.live.running
    wait_until(lambda: False, 0.3)
    hub = window.live.hub
    landed: dict[str, list[float]] = {}  # step id -> seconds from send to in the model

    handle, call = hub.handle, window.live.owner.call
    parts = {"server": [], "queue": [], "apply": []}  # where a vote's time goes
    current = {}

    def timed(token, action, payload):
        started = time.monotonic()
        result = handle(token, action, payload)
        done = time.monotonic()
        if "sent" in payload and action != "state":
            landed.setdefault(str(payload.get("step_id")), []).append(done - float(payload["sent"]))
            if os.environ.get("LIVE_ROOM_TRACE"):
                trace.append((current.get("queued"), started, done, float(payload["sent"])))
            if action == "vote" and "queued" in current:
                parts["server"].append(current["queued"] - float(payload["sent"]))
                parts["queue"].append(started - current["queued"])
                parts["apply"].append(done - started)
        return result
    hub.handle = timed

    def queued(fn):  # the moment the server's thread hands a request to the UI thread
        at = time.monotonic()

        def stamped():
            current["queued"] = at
            return fn()
        return call(stamped)
    hub.owner.call = window.live.owner.call = queued
    window.live.owner.pieces = pieces = []
    trace = []

    memory = {"before": rss_mb()}
    probe = LagProbe().start()
    cpu_clocks = thread_clocks(window.live.server.thread)
    cpu_start = {name: time.clock_gettime(clock) for name, clock in cpu_clocks.items()}
    process_start = time.process_time()
    children_start = resource_children()
    deadline = ARRIVE + 60 + rounds * 2 * (STEP_LIMIT + 3)
    crowd = HallProcess(window.live.server.port, hub.room.code, phones, END, deadline, arrive=ARRIVE)
    started = time.monotonic()
    all_in = wait_until(lambda: len(session.participants) >= phones or crowd.done(), ARRIVE + 60)
    join_seconds = time.monotonic() - started
    wait_until(lambda: False, 1.0)  # the last ones open their streams
    memory["joined"] = rss_mb()
    went: dict[str, float] = {}
    step_seconds = []
    for index in range(1, len(session.steps)):
        step = session.steps[index]
        went[step.id] = time.monotonic()
        window.controller.go_to(index)
        if step.id == END:
            break
        want = expected(step, len(session.participants))
        wait_until(lambda sid=step.id, want=want: len(landed.get(sid, [])) >= want or crowd.done(), STEP_LIMIT)
        step_seconds.append(time.monotonic() - went[step.id])
        wait_until(lambda: False, 0.5)
        if step.kind == "board":
            memory[f"round {index // 2}"] = rss_mb()
    wait_until(crowd.done, 60)
    results = crowd.results()
    probe.stop()
    memory["end"] = rss_mb()
    cpu = {name: time.clock_gettime(clock) - cpu_start[name] for name, clock in cpu_clocks.items()}
    process = time.process_time() - process_start
    cpu["other threads (autosave, ...)"] = process - sum(cpu.values())
    cpu["phones' process"] = resource_children() - children_start
    wall = time.monotonic() - started
    piece = window.live.owner.longest_piece
    if os.environ.get("LIVE_ROOM_TRACE"):
        import json
        with open(os.environ["LIVE_ROOM_TRACE"], "w") as out:
            json.dump({"pieces": pieces, "trace": trace}, out)
    window.live.stop()
    window.stop_projection()
    window.close()
    window.deleteLater()
    wait_until(lambda: False, 0.2)

    sent = {"/api/vote": 0, "/api/place": 0}
    refused, times = {}, {"/api/vote": [], "/api/place": [], "/api/state": []}
    for phone in results:
        for path, status, seconds, _step in phone["actions"]:
            if path in sent:
                sent[path] += 1
            times[path].append(seconds)
            if status != 200:
                refused[status] = refused.get(status, 0) + 1
    votes_in = sum(v.count for s in session.steps for v in s.votes)
    placed = sum(1 for s in session.steps for _ in s.board.placements)
    reasons = sum(1 for s in session.steps for _ in s.board.reasons)
    vote_landed = [t for s in session.steps if s.vote_budget for t in landed.get(s.id, [])]
    place_landed = [t for s in session.steps if s.kind == "board" for t in landed.get(s.id, [])]
    arrival = [phone["arrived"][sid] - went[sid] for phone in results for sid in went if sid in phone["arrived"]]
    return {
        "phones": phones, "joined": len(session.participants), "all_in": all_in, "join_seconds": join_seconds,
        "join_rtt": [p["joined_in"] for p in results if p["joined_in"] >= 0],
        "errors": [e for p in results for e in p["errors"]],
        "votes_sent": sent["/api/vote"], "votes_in": votes_in, "places_sent": sent["/api/place"],
        "placed": placed, "reasons": reasons, "refused": refused,
        "vote_model": vote_landed, "place_model": place_landed, "vote_rtt": times["/api/vote"],
        "floor": times["/api/state"], "arrival": arrival, "step_seconds": step_seconds,
        "piece": piece, "parts": parts, "pieces": pieces, "collections": probe.collections, "cpu_use": cpu, "wall_seconds": wall, "cpu": probe.longest_cpu, "lag": probe.lags,
        "memory": memory, "messages": sum(p["messages"] for p in results),
        "stream_bytes": sum(p["stream_bytes"] for p in results), "page_bytes": [p["page_bytes"] for p in results],
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def report(run: dict, rounds: int) -> None:
    phones = run["phones"]
    print(f"- joined {run['joined']} of {phones} in {run['join_seconds']:.1f} s (arriving over {ARRIVE:.0f} s); "
          f"join round trip median {ms(statistics.median(run['join_rtt']))} ms, p95 {ms(pct(run['join_rtt'], 95))} ms; "
          f"page per phone {statistics.median(run['page_bytes']) / 1024:.1f} kB")
    lost = run["votes_sent"] - run["votes_in"]
    print(f"- votes sent {run['votes_sent']}, in the session {run['votes_in']}, lost {lost}; placements sent "
          f"{run['places_sent']} for {run['placed']} dots with {run['reasons']} reasons; refused {run['refused'] or 0}; "
          f"phone errors {len(run['errors'])}" + (f" (first: {run['errors'][0]})" if run["errors"] else ""))
    print(f"- vote -> session model: median {ms(statistics.median(run['vote_model']))} ms, p95 "
          f"{ms(pct(run['vote_model'], 95))} ms, max {ms(max(run['vote_model']))} ms (n={len(run['vote_model'])}); "
          f"placement: median {ms(statistics.median(run['place_model']))} ms, p95 {ms(pct(run['place_model'], 95))} ms")
    print(f"- vote round trip (answer on the phone): median {ms(statistics.median(run['vote_rtt']))} ms, p95 "
          f"{ms(pct(run['vote_rtt'], 95))} ms; floor (state read): median {ms(statistics.median(run['floor']))} ms, "
          f"p95 {ms(pct(run['floor'], 95))} ms")
    print(f"- step change -> phone (event stream): median {ms(statistics.median(run['arrival']))} ms, p95 "
          f"{ms(pct(run['arrival'], 95))} ms; {run['messages']} stream messages, "
          f"{run['stream_bytes'] / 1024 / 1024:.1f} MB; steps took {', '.join(f'{s:.1f}' for s in run['step_seconds'])} s")
    parts = run["parts"]
    print("- of a vote's time: " + "; ".join(
        f"{name} median {ms(statistics.median(values))} ms, p95 {ms(pct(values, 95))} ms"
        for name, values in (("server thread until handed to the UI thread", parts["server"]),
                             ("waiting for the UI thread", parts["queue"]), ("applying", parts["apply"]))
        if values))
    lag = run["lag"]
    print(f"- UI thread: longest piece of phone work {ms(run['piece'])} ms CPU; lag probe (a 10 ms timer): late by "
          f"p99 {ms(pct(lag, 99))} ms, max {ms(max(lag))} ms wall, over 50 ms late: {sum(1 for x in lag if x > 0.05)} "
          f"of {len(lag)} ticks; most UI-thread CPU between two ticks {ms(run['cpu'])} ms")
    pieces = run["pieces"]
    slices = [p for p in pieces if p[3] >= 0]
    redraws = [p for p in pieces if p[3] < 0]
    gaps = [b[0] - (a[0] + a[1]) for a, b in zip(pieces, pieces[1:]) if a[4] > 0]  # backlog left, yet idle
    print(f"- the owner's pieces: {len(slices)} slices of requests (median {statistics.median([p[3] for p in slices]):.0f}, "
          f"max {max(p[3] for p in slices)} requests; wall median {ms(statistics.median([p[1] for p in slices]))} ms, "
          f"CPU median {ms(statistics.median([p[2] for p in slices]))} ms), {len(redraws)} redraws (wall median "
          f"{ms(statistics.median([p[1] for p in redraws]) if redraws else 0)} ms, CPU max "
          f"{ms(max((p[2] for p in redraws), default=0))} ms); with requests left, the next piece came after median "
          f"{ms(statistics.median(gaps) if gaps else 0)} ms, p95 {ms(pct(gaps, 95))} ms")
    full = [seconds for generation, seconds in run["collections"] if generation == 2]
    print(f"- garbage collections: {len(run['collections'])}, of which full {len(full)}, the longest "
          f"{ms(max((seconds for _g, seconds in run['collections']), default=0))} ms CPU")
    print(f"- CPU seconds over the {run['wall_seconds']:.0f} s of the hall: " + ", ".join(
        f"{name} {seconds:.1f}" for name, seconds in run["cpu_use"].items()))
    memory = run["memory"]
    print("- memory (VmRSS, MB): " + ", ".join(f"{k} {v:.0f}" for k, v in memory.items()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir

    app = QApplication.instance() or QApplication([])
    library = Library(builtin_decks_dir()).load()
    runs = []
    profile = None
    if os.environ.get("LIVE_ROOM_PROFILE"):  # where the UI thread's time goes (cProfile, this thread only)
        import cProfile
        profile = cProfile.Profile(time.thread_time)  # CPU time of the UI thread, not waits
        profile.enable()
    for n in range(args.runs):
        run = one_run(app, library, args.phones, args.rounds)
        print(f"run {n + 1}: {args.phones} phones (one asyncio process, each its own 127.0.x.y with its event "
              f"stream open), {args.rounds} rounds of a vote step and a board step, console + projection 1920x1080")
        report(run, args.rounds)
        sys.stdout.flush()
        runs.append(run)
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["LIVE_ROOM_PROFILE"])
    p95s = [pct(r["vote_model"], 95) * 1000 for r in runs]
    medians = [statistics.median(r["vote_model"]) * 1000 for r in runs]
    floors = [pct(r["floor"], 95) * 1000 for r in runs]
    lost = sum(r["votes_sent"] - r["votes_in"] for r in runs)
    print(f"over {len(runs)} run(s): votes lost {lost}; vote -> model median {statistics.median(medians):.1f} ms, "
          f"p95 {statistics.median(p95s):.1f} ms (goal <= 150 ms); floor p95 {statistics.median(floors):.1f} ms; "
          f"ratio p95 vote / p95 floor {statistics.median(p95s) / statistics.median(floors):.2f}; "
          f"longest UI piece {max(r['piece'] for r in runs) * 1000:.1f} ms CPU, lag max "
          f"{max(max(r['lag']) for r in runs) * 1000:.1f} ms wall (goal: none over 50 ms)")
    print("p95 vote -> session model (ms):")
    print(f"{statistics.median(p95s):.1f}")


if __name__ == "__main__":
    main()
