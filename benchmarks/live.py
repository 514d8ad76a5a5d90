"""Phones in the room: how long a vote posted by one of 40 phones takes to be in the session model.

Run:  QT_QPA_PLATFORM=offscreen uv run python benchmarks/live.py

Each round opens the real console (ConsoleWindow) on a session with a voting step of 7 cards and a
budget of 3, switches "Telefoons erbij" on at 127.0.0.1 and lets 40 simulated phones loose on it
(tests/live/crowd.py): a process of its own, each phone from its own loopback address. Each phone
joins, then does three times: ask its state (GET /api/state), then vote (POST /api/vote).

- vote: from posting the vote to its answer. The server answers only after the UI thread has put the
  vote in the session model (one undo step), so this is the time until the vote is in the model,
  plus the way back.
- floor: the state request of the same phones at the same moment: the same HTTP round trip on the
  same server, without the UI thread.

Also printed: the longest piece of phone work on the UI thread (CPU time), and the longest stretch
between two turns of its event loop, whatever ran in it (CPU time, and on the wall clock, which
includes whatever else the machine was doing).
The goal for the median vote is under 100 ms. The last line is the ratio vote / floor (medians).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REFLECTIESPEL_DATA_DIR", tempfile.mkdtemp(prefix="live-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "live"))

from PySide6.QtWidgets import QApplication, QMessageBox

from crowd import UiClock, collect, run_in_process

PHONES, VOTES, CARDS, ROUNDS = 40, 3, 7, 5


def one_round(app, library) -> dict:
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController

    deck = library.get("zeven-verandertips")
    session = Session.empty("Volle zaal")
    session.add_step(Step(id="s-stem", kind="tips", title="Waar beginnen we?", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:CARDS]], vote_budget=VOTES))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, Path(os.environ["REFLECTIESPEL_DATA_DIR"])))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]
    window.show()
    window.live.switch.click()
    for _ in range(50):
        app.processEvents()
    actions = []
    for i in range(PHONES):
        phone = []
        for k in range(VOTES):
            phone.append(("/api/state", None))
            phone.append(("/api/vote", {"step_id": "s-stem", "target": session.steps[0].card_ids[(i + k) % CARDS]}))
        actions.append(phone)
    clock = UiClock().start()
    started = time.perf_counter()
    crowd = run_in_process(window.live.server.url, window.live.hub.room.code, actions, deadline=60.0)
    while crowd.poll() is None and time.perf_counter() - started < 90:
        app.processEvents()
    results = collect(crowd)
    clock.stop()
    votes = sum(v.count for v in session.steps[0].votes)
    piece = window.live.owner.longest_piece
    window.live.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    bad = [r for r in results if r.error or set(r.statuses) != {200}]
    return {
        "vote": [t for r in results for t in r.times.get("/api/vote", [])],
        "floor": [t for r in results for t in r.times.get("/api/state", [])],
        "lost": PHONES * VOTES - votes, "bad": len(bad),
        "cpu": clock.longest_cpu, "wall": clock.longest_wall, "piece": piece,
    }


def main() -> None:
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir

    app = QApplication.instance() or QApplication([])
    library = Library(builtin_decks_dir()).load()
    one_round(app, library)  # warm up: imports, first server start
    rounds = [one_round(app, library) for _ in range(ROUNDS)]
    votes = [statistics.median(r["vote"]) * 1000 for r in rounds]
    floors = [statistics.median(r["floor"]) * 1000 for r in rounds]
    print(f"{ROUNDS} rounds; each: {PHONES} phones (own process, own loopback address) join and do "
          f"{VOTES} x (state, vote) on a step of {CARDS} cards, against the real console on 127.0.0.1")
    print(f"votes lost: {sum(r['lost'] for r in rounds)}; phones with a refused or failed request: "
          f"{sum(r['bad'] for r in rounds)}")
    print("median vote posted -> in the session model (answered), per round (ms): "
          + ", ".join(f"{v:.1f}" for v in votes))
    print("median state request (floor), per round (ms): " + ", ".join(f"{f:.1f}" for f in floors))
    print(f"longest piece of phone work on the UI thread (a slice of requests or a redraw): CPU "
          f"{max(r['piece'] for r in rounds) * 1000:.1f} ms")
    print(f"longest UI-thread stretch between two event-loop turns: CPU {max(r['cpu'] for r in rounds) * 1000:.1f} ms, "
          f"wall clock {max(r['wall'] for r in rounds) * 1000:.1f} ms (one frame: 16.7 ms)")
    vote, floor = statistics.median(votes), statistics.median(floors)
    print(f"median vote -> session model: {vote:.1f} ms (goal: under 100 ms); floor {floor:.1f} ms")
    print("ratio vote / floor (medians over rounds):")
    print(f"{vote / floor:.2f}")


if __name__ == "__main__":
    main()
