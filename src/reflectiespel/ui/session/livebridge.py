"""Qt's end of the live server: requests from the server's thread run on the UI thread.

``QtOwner.call`` is called on the server's thread; it puts the function in a queue and wakes the UI
thread through ``ui/wakeup.py`` (never a Qt call from the server's thread: see there). There, one single-shot timer does all phone work, one piece per turn
of the event loop: either a slice of waiting requests (at most ``SLICE`` seconds) or one redraw of
the views. Between two pieces the window repaints and the facilitator's clicks are handled, so a
room full of phones never freezes the console. Results go back to the server through Futures. The
session model is only ever touched on the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import Future
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ..wakeup import Wakeup

SLICE = 0.005  # seconds of CPU time for requests per turn of the event loop
FRAME = 1 / 60
WALL = 3 * FRAME  # seconds: a slice never runs longer than this on the wall clock, even when the laptop is busy
# (a frame's cap made a busy laptop do one request per turn of the event loop: the queue of a hall then grew)
REDRAW_EVERY = 0.05  # seconds: while phones send changes, the views redraw at most this often
REDRAW_LATEST = 0.25  # seconds: ... and at least this often, however many requests wait


class QtOwner(QObject):
    def __init__(self, parent: QObject | None = None, redraw: Callable[[], None] | None = None):
        super().__init__(parent)
        self.redraw = redraw  # redraws the views after phones changed the session
        self._pending: deque[tuple[Callable[[], Any], Future]] = deque()
        self._lock = threading.Lock()
        self._redraw_due = False
        self._last_redraw = 0.0
        self.longest_piece = 0.0  # the most CPU time one piece of phone work took (seconds; for tests and benchmarks)
        self.pieces: list | None = None  # a benchmark's list: (start, wall, CPU, requests or -1 for a redraw, left)
        self._tick = QTimer(self)  # one timer fires at most once per turn of the event loop
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self._work)
        self._wakeup: Wakeup | None = None  # made by open(): no socket at all while the phones are off

    def open(self) -> None:
        """On the UI thread, before the server starts: from now on ``call`` can wake this thread."""
        if self._wakeup is None:
            self._wakeup = Wakeup(self._woken, self)

    def close(self) -> None:
        """On the UI thread, after the server stopped: no more wake-ups (what is queued still runs)."""
        if self._wakeup is not None:
            self._wakeup.close()
            self._wakeup.deleteLater()
            self._wakeup = None
        self._schedule()

    def call(self, fn: Callable[[], Any]) -> Future:
        """From any thread: run ``fn`` on the UI thread soon; its result (or exception) comes in the Future."""
        future: Future = Future()
        with self._lock:
            self._pending.append((fn, future))
            wake = len(self._pending) == 1
        wakeup = self._wakeup
        if wake and wakeup is not None:
            wakeup.wake()
        return future

    def redraw_soon(self) -> None:
        """On the UI thread: the views should show a change, within REDRAW_EVERY."""
        self._redraw_due = True
        self._schedule()

    def _woken(self) -> None:
        """The server's thread handed over work: do the first piece now, not after another turn of the
        event loop (each turn costs the interpreter's lock twice when the server's thread is busy)."""
        if self._tick.isActive():
            self._tick.stop()
        self._work()

    def _schedule(self) -> None:
        if self._pending:
            delay = 0.0
        elif self._redraw_due:
            delay = max(0.0, self._last_redraw + REDRAW_EVERY - time.perf_counter())
        else:
            return
        if not self._tick.isActive() or self._tick.remainingTime() > delay * 1000:
            self._tick.start(int(delay * 1000))

    def _work(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        with self._lock:
            waiting = bool(self._pending)
        since = now - self._last_redraw
        # phones' requests go before a redraw: a vote never waits for the views, unless they have waited
        # REDRAW_LATEST already (a steady stream of requests must not keep the room's screen still)
        answered = None
        if self._redraw_due and since >= REDRAW_EVERY and (not waiting or since >= REDRAW_LATEST):
            self._redraw_due = False
            self._last_redraw = now
            if self.redraw is not None:
                self.redraw()
        else:
            answered = []
            while True:
                with self._lock:
                    if not self._pending:
                        break
                    fn, future = self._pending.popleft()
                if future.set_running_or_notify_cancel():
                    try:
                        answered.append((future, fn(), None))
                    except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                        answered.append((future, None, exc))
                # the slice is CPU time (on a busy laptop a wall-clock slice would shrink to one request),
                # capped on the wall clock at a frame; the CPU clock (a system call) is read only once the
                # wall clock has passed a slice, as CPU time never runs ahead of it
                wall = time.perf_counter() - now
                if wall >= SLICE and (wall >= WALL or time.thread_time() - cpu >= SLICE):
                    break
            # the answers go back together, after the slice: handing one over wakes the server's thread,
            # which then holds the interpreter while this thread waits to do the next request
            for future, result, exc in answered:
                if exc is not None:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        spent = time.thread_time() - cpu
        self.longest_piece = max(self.longest_piece, spent)
        if self.pieces is not None:  # a benchmark looks at every piece
            self.pieces.append((now, time.perf_counter() - now, spent, len(answered) if answered is not None else -1,
                                len(self._pending)))
        self._schedule()


def private_addresses() -> list[str]:
    """The laptop's IPv4 addresses on a private network (192.168.x, 10.x, 172.16-31.x), found locally.

    Asks the network interfaces; never connects anywhere to find out.
    """
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found = []
    for interface in QNetworkInterface.allInterfaces():
        wanted = flags.IsUp | flags.IsRunning
        if interface.flags() & wanted != wanted or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and ip.isPrivateUse():
                found.append(ip.toString())
    return found
