"""A live server on 127.0.0.1 for tests, with a plain thread owning the session (like the app's UI thread)."""

from __future__ import annotations

import os
import queue
import shutil
import threading
import time
from contextlib import contextmanager

from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.live.app import create_app
from reflectiespel.live.hub import LiveHub, QueueOwner
from reflectiespel.live.rooms import JoinLimiter, Room
from reflectiespel.live.server import LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def chromium_missing() -> bool:
    """No chromium here, outside CI (in CI a missing browser must fail, not skip)."""
    return not os.path.exists(CHROMIUM) and not os.environ.get("CI")


def make_session(anonymous: bool = False) -> Session:
    steps = [
        Step(id="s-kaarten", kind="cards", title="Kies een kaart", instruction="Stem op wat je raakt.",
             card_ids=["een", "twee", "drie"], vote_budget=3, max_choices=1),
        Step(id="s-bord", kind="board", title="Waar staan we nu?", instruction="Zet je stip op het bord."),
        Step(id="s-stil", kind="free", title="Stille ronde", instruction="Schrijf eerst voor jezelf."),
    ]
    return Session(title="Proefsessie", steps=steps, anonymous=anonymous)


@contextmanager
def serving(session: Session | None = None, room: Room | None = None, admin_api: bool = True, board=None,
            host=None):
    """Yields (hub, server); the owner thread applies everything; edits are recorded in hub.edits.
    ``board``: the axis board's definition (its words on the phone's board); none by default.
    ``host``: a core.host.SessionHost, as ``reflectiespel live`` and the windows give it (then the host's
    history keeps the edits, and hub.edits stays empty)."""
    session = session or (host.session if host is not None else make_session())
    owner = QueueOwner()
    edits = []

    def commit(edit):
        edits.append(edit)
        hub.publish()

    room = room or Room(limiter=JoinLimiter(attempts=1000), phones_per_address=1000)  # many phones from 127.0.0.1
    hub = (LiveHub(session, room, owner, commit, board=board) if host is None
           else LiveHub.for_host(host, room, owner, board=board))
    hub.edits = edits
    stop = threading.Event()

    def own():
        while not stop.is_set():
            owner.run_pending(0.05)
    thread = threading.Thread(target=own, name="owner", daemon=True)
    thread.start()
    server = LiveServer(create_app(hub, admin_api=admin_api), "127.0.0.1", 0).start()
    try:
        yield hub, server
    finally:
        hub.close()
        server.stop()
        stop.set()
        thread.join(5)


def on_owner(hub, fn):
    """Run ``fn`` on the thread that owns the session (as the app's UI thread would); its result."""
    return hub.owner.call(fn).result(10)


def wait_for(check, timeout: float = 10.0) -> None:
    """Poll ``check`` until it holds, for at most ``timeout`` seconds (a bounded loop)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"not in time ({timeout} s)")


def printed_lines(process, *needed: str, within: float = 60) -> dict[str, str]:
    """The "Key: value" lines a child prints, read until every key in ``needed`` is there. Bounded: a
    child that does not get there ``within`` seconds (a busy machine) is stopped and its stderr shown.
    A thread reads the lines, so the test never blocks on the pipe of a child that is still running; it
    stops reading once the lines are there."""
    printed: queue.Queue = queue.Queue()

    def read() -> None:  # until the needed lines are there: what follows is left for communicate()
        seen = set()
        for line in iter(process.stdout.readline, ""):
            printed.put(line)
            seen.add(line.partition(": ")[0])
            if all(key in seen for key in needed):
                return

    threading.Thread(target=read, daemon=True).start()
    lines: dict[str, str] = {}
    deadline = time.monotonic() + within
    while not all(key in lines for key in needed):
        try:
            key, _, value = printed.get(timeout=max(0.0, deadline - time.monotonic())).partition(": ")
        except queue.Empty:
            process.kill()
            _out, err = process.communicate(timeout=10)
            raise AssertionError(f"the child did not print {needed} within {within} s: {err[-2000:]}") from None
        lines[key] = value.strip()
    return lines
