"""Read the decks in a worker thread while the window already shows; tiles fill as decks arrive.

The worker only reads files and builds core objects (no Qt widgets). It hands its results to private
signals that are relayed, queued, to the public ones: ``entry_loaded`` and ``finished`` are always
emitted on the UI thread. Nothing outside this class is ever called from the worker, so a listener may
connect and disconnect as it likes (PySide6 crashes when a plain Python callable is disconnected while
calls to it from another thread are still queued; pytest-qt's ``waitSignal`` does exactly that). ``wait()`` lets the window
finish loading at once when someone needs the library before the worker is done.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ..core.library import DeckEntry, Library


class LibraryLoader(QObject):
    entry_loaded = Signal(object)  # one DeckEntry, as soon as its file is read
    finished = Signal(object)  # the list of all entries (duplicate ids marked)
    # emitted by the worker thread only; each is relayed (queued, C++ signal to signal) to its public twin
    _entry_from_worker = Signal(object)
    _finished_from_worker = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._entry_from_worker.connect(self.entry_loaded, queued)
        self._finished_from_worker.connect(self.finished, queued)
        self.library = library
        self.entries: list[DeckEntry] | None = None
        self._started = False
        # not a daemon: the interpreter waits for it at exit instead of killing it inside Qt code
        self._thread = threading.Thread(target=self._run, name="reflectiespel-decks", daemon=False)

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def join(self) -> None:
        """Wait for a reader that has started (nothing may reach a window after it has gone)."""
        if self._started:
            self._thread.join()

    def wait(self) -> list[DeckEntry]:
        """Block until the worker is done (starting it if need be); its entries."""
        self.start()
        self._thread.join()
        assert self.entries is not None
        return self.entries

    def _run(self) -> None:
        try:
            entries = self.library.read(progress=self._emit_entry)
        except BaseException:  # noqa: BLE001 - the loaders never raise; if they do, the window shows no decks
            entries = []
        try:
            warm_up()  # before `finished`: the UI thread must never import a module this thread is importing
        except BaseException:  # noqa: BLE001 - only a head start; the first click imports it anyway
            pass
        self.entries = entries
        self._emit(self._finished_from_worker, entries)

    def _emit_entry(self, entry: DeckEntry) -> None:
        self._emit(self._entry_from_worker, entry)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window was closed while we were still reading
            pass


def warm_up() -> None:
    """Import, off the UI thread, what the first click on the start page will need anyway."""
    from ..core import session, storage  # noqa: F401
