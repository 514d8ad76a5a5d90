"""The one policy for Python's cyclic garbage collector, which is process-wide: every switch goes here.

Two things make the collector stop the window for tens of milliseconds, and each has its rule:

- **Long-lived objects** (an open session with a big board: hundreds of thousands of objects; the
  decks, the widgets, a running phone server) would be walked by every full collection. Whoever keeps
  such objects for a long time calls ``keep_long_lived()`` once they exist and ``release()`` on the
  returned hold when done. Each call freezes what exists at that moment (``gc.freeze``: out of all
  later passes); only when the last hold is released are they unfrozen. So the phones' server that
  starts and stops inside an open console never unfreezes what the console froze.
- **Making a session's JSON** in a worker thread creates a flood of short-lived objects that would set
  off full collections. ``paused()`` turns the collector off around such work; with several at once
  (two windows autosaving), it comes back on only when the last one ends, and only if it was on.

Core code, no Qt; the counts are guarded by a lock (the worker threads call ``paused``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_pauses = 0
_was_enabled = True


class Hold:
    """What ``keep_long_lived`` returns; ``release()`` once (a second call does nothing)."""

    def __init__(self):
        self.held = True

    def release(self) -> None:
        global _holds
        with _lock:
            if not self.held:
                return
            self.held = False
            _holds -= 1
            if _holds == 0:
                gc.unfreeze()


def keep_long_lived(young_first: bool = False) -> Hold:
    """What exists now lives long: out of the collector's full passes until every hold is released.
    ``young_first``: collect the young generations before (cheap), so that the garbage of the last seconds is
    not set aside with what lives (a hall of phones calls this again as it grows: live/phonelink.py)."""
    global _holds
    if young_first:
        gc.collect(1)
    with _lock:
        _holds += 1
        gc.freeze()
    return Hold()


def holds() -> int:
    """How many holds are open (for tests)."""
    with _lock:
        return _holds


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside; reference counting still frees everything the work made."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
