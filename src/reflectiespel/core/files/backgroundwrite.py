"""Write files in a worker thread, so that a slow disk (fsync) never holds up the window.

The caller hands over the bytes, or a function that makes them (run in the worker, see
core/sessions/sessionbytes.py), with ``submit``; the worker runs ``write(path, data)``. When a new submit comes while an older one still
waits, only the newest data for that path is written. ``wait()`` blocks until everything handed over is
on disk (a clean close, an explicit flush). ``failures()`` returns, once, the paths whose last write
failed and why, so that the caller can say so and try again.
"""

from __future__ import annotations

import threading
from pathlib import Path
from collections.abc import Callable

from ..base.collector import paused

Data = bytes | Callable[[], bytes]

# No cyclic garbage collection while a session is made into JSON and checked here (core/base/collector.py):
# that work makes hundreds of thousands of short-lived objects; they would set off full collections,
# which stop every thread, the window's too, for 30-40 ms each (a big session). Without the collector
# they are freed by reference counting as soon as the write is done; it runs again afterwards.


class BackgroundWriter:
    def __init__(self, write: Callable[[Path, bytes], None]):
        self._write = write
        self._lock = threading.Condition()
        self._waiting: dict[Path, Data] = {}
        self._busy = False
        self._failed: dict[Path, Exception] = {}
        self._thread: threading.Thread | None = None

    def submit(self, path: Path, data: Data) -> None:
        with self._lock:
            self._waiting[Path(path)] = data
            self._failed.pop(Path(path), None)
            if self._thread is None or not self._thread.is_alive():
                # not a daemon: the interpreter lets the last write finish before it exits
                self._thread = threading.Thread(target=self._run, name="reflectiespel-write", daemon=False)
                self._busy = True
                self._thread.start()
            self._lock.notify_all()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._busy = False
                    self._thread = None
                    self._lock.notify_all()
                    return
                path = next(iter(self._waiting))
                data = self._waiting.pop(path)
            try:
                with paused():
                    self._write(path, data if isinstance(data, bytes) else data())
            except Exception as exc:  # noqa: BLE001 - reported through failures(), never lost
                with self._lock:
                    if path not in self._waiting:  # a newer version will be tried anyway
                        self._failed[path] = exc

    def wait(self) -> None:
        """Until every submitted write has been done (or has failed)."""
        with self._lock:
            while self._busy or self._waiting:
                self._lock.wait()

    @property
    def pending(self) -> bool:
        with self._lock:
            return self._busy or bool(self._waiting)

    def failures(self) -> dict[Path, Exception]:
        with self._lock:
            failed, self._failed = self._failed, {}
            return failed
