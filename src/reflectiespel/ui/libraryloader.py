"""Read the decks in a worker thread while the window already shows; tiles fill as decks arrive.

The worker only reads files and builds core objects (no Qt widgets). Its results reach the window
through queued signals, so the window touches them on the UI thread only. ``wait()`` lets the window
finish loading at once when someone needs the library before the worker is done.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.library import DeckEntry, Library


class LibraryLoader(QObject):
    entry_loaded = Signal(object)  # one DeckEntry, as soon as its file is read
    finished = Signal(object)  # the list of all entries (duplicate ids marked)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
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
        self._emit(self.finished, entries)

    def _emit_entry(self, entry: DeckEntry) -> None:
        self._emit(self.entry_loaded, entry)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window was closed while we were still reading
            pass


def warm_up() -> None:
    """Import, off the UI thread, what the first click on the start page will need anyway."""
    from ..core import session, storage  # noqa: F401
