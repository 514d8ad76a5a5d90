"""How long the UI thread stands still when a big session is autosaved.

Run:  QT_QPA_PLATFORM=offscreen uv run python benchmarks/autosave.py

A session with 40 participants, 1000 notes and a full board (300 tokens, a position per token for the
group and for every participant, 5 snapshots) runs in a real SessionController, with its own autosave
timer, in a temporary data folder. A heartbeat QTimer (interval 0) notes when the event loop gets back
to it; the longest gap between two beats is the longest time the UI thread was blocked.

Each round has three phases of PHASE seconds, alternating so that machine noise hits all of them:
- floor: the session is open, nothing changes, so nothing is written;
- on the UI thread: a note's text changes every 300 ms and the autosave writes about every second,
  all of it on the UI thread (the Autosaver without its background writer, as before issue 13);
- as the app does it: the same, with the Autosaver's background writer (JSON a step at a time and the
  write in a worker thread, core/sessions/sessionbytes.py and core/files/backgroundwrite.py).
Printed are the medians over the rounds of each phase's longest gap (and the largest of all), and
whether the autosave file was rewritten. The last line is the median longest UI-thread gap with the
app's autosave, in ms (goal: at most 16).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import datetime, UTC
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROUNDS = 7
PHASE = 3.0
PARTICIPANTS = 40
NOTES = 1000
TOKENS = 300


def big_session():
    from reflectiespel.core.board.board import BoardState, Placement, Snapshot, Token
    from reflectiespel.core.sessions.session import Note, Participant, Session, Step

    rng = random.Random(7)
    people = [Participant(name=f"Deelnemer {i + 1}") for i in range(PARTICIPANTS)]
    board = BoardState(tokens=[Token(id=f"t{i}", name=f"Praktijk {i + 1}") for i in range(TOKENS)])
    for token in board.tokens:
        for perspective in ["", *(p.id for p in people)]:
            board.placements.append(Placement(token_id=token.id, perspective=perspective,
                                              x=rng.random(), y=rng.random()))
    taken = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)
    board.snapshots = [Snapshot(name=f"moment {i + 1}", taken=taken,
                                placements=[Placement(token_id=t.id, x=rng.random(), y=rng.random())
                                            for t in board.tokens]) for i in range(5)]
    steps = [Step(kind="free", title=f"Ronde {i + 1}") for i in range(10)]
    steps.append(Step(kind="board", title="Het bord", board=board))
    for i in range(NOTES):
        steps[i % 10].notes.append(Note(text=f"Notitie {i + 1}: " + "wat we zagen en wat het ons deed. " * 4,
                                        time=taken, participant_id=people[i % PARTICIPANTS].id))
    session = Session(title="Grote sessie", participants=people, steps=steps)
    session.go_to(0)
    return session


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0


def run_phase(app: QApplication, heart: Heartbeat, seconds: float, change=None) -> float:
    heart.reset()
    end = time.perf_counter() + seconds
    next_change = time.perf_counter()
    while time.perf_counter() < end:
        if change is not None and time.perf_counter() >= next_change:
            change()
            next_change += 0.3
        app.processEvents()
        heart.beat()
    return heart.longest


def main() -> None:
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.session.controller import SessionController

    app = QApplication.instance() or QApplication([])
    data_dir = Path(tempfile.mkdtemp(prefix="autosave-bench-"))
    session = big_session()
    controller = SessionController(session, Library(builtin_decks_dir()).load(), data_dir)
    size = len(session.model_dump_json(indent=2))
    note = session.steps[0].notes[0]
    counter = [0]

    def change() -> None:
        counter[0] += 1
        note.text = f"Notitie veranderd {counter[0]}"
        controller.touch()

    written = [0]
    autosave_dir = data_dir / "autosave"

    heart = Heartbeat()
    heart.timer.start()
    run_phase(app, heart, 1.5)  # the first autosave of the new session, and warming up
    writer = controller.autosaver.writer
    phases: dict[str, list[float]] = {"floor": [], "sync": [], "app": []}
    for _ in range(ROUNDS):
        phases["floor"].append(run_phase(app, heart, PHASE) * 1000)
        controller.autosaver.writer = None
        phases["sync"].append(run_phase(app, heart, PHASE, change) * 1000)
        controller.autosaver.writer = writer
        before = sum(p.stat().st_mtime_ns for p in autosave_dir.glob("*.reflectiespel"))
        phases["app"].append(run_phase(app, heart, PHASE, change) * 1000)
        if writer is not None:
            writer.wait()
        after = sum(p.stat().st_mtime_ns for p in autosave_dir.glob("*.reflectiespel"))
        written[0] += int(after != before)
    heart.timer.stop()
    print(f"session: {PARTICIPANTS} participants, {NOTES} notes, {TOKENS} tokens on the board; "
          f"{size / 1e6:.1f} MB as JSON")
    print(f"rounds: {ROUNDS} x 3 phases of {PHASE:.0f} s; a change every 300 ms in the autosave phases")
    print(f"autosave file rewritten in {written[0]} of {ROUNDS} app phases (background writer: {writer is not None})")
    for name, label in (("floor", "no changes (floor)"), ("sync", "autosave on the UI thread"),
                        ("app", "autosave as the app does it")):
        print(f"longest UI-thread gap, {label:<28} median {statistics.median(phases[name]):6.1f} ms, "
              f"largest {max(phases[name]):6.1f} ms")
    print("longest UI-thread block with the app's autosave, median over rounds (ms, goal <= 16):")
    print(f"{statistics.median(phases['app']):.1f}")


if __name__ == "__main__":
    main()
