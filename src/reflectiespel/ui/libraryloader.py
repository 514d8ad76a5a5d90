"""Read the decks in a worker thread while the window already shows; tiles fill as decks arrive.

The worker only reads files and builds core objects; it never calls Qt. It puts what it read in a
queue and wakes the UI thread through ``ui/wakeup.py`` (a byte on a socket pair), and the UI thread
emits ``entry_loaded`` and ``finished``. So both signals are always emitted on the UI thread, a
listener may connect and disconnect as it likes, and no Python object crosses threads inside Qt
(PySide6 6.11 crashed now and then when a plain Python thread emitted a signal with a Python object:
see ui/wakeup.py). ``wait()`` lets the window finish loading at once when someone needs the library
before the worker is done.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.decks.library import DeckEntry, Library

if TYPE_CHECKING:
    from .wakeup import Wakeup


class LibraryLoader(QObject):
    entry_loaded = Signal(object)  # one DeckEntry, as soon as its file is read
    finished = Signal(object)  # the list of all entries (duplicate ids marked)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.entries: list[DeckEntry] | None = None
        self._started = False
        self._inbox: deque[DeckEntry] = deque()  # filled by the worker, emptied on the UI thread
        self._done = False  # the worker has put its last entry in the inbox and set ``entries``
        self._finished_emitted = False
        self._wakeup: Wakeup | None = None  # made by start(): its socket pair is not needed for the first frame
        # not a daemon: the interpreter waits for it at exit instead of killing it inside Qt code
        self._thread = threading.Thread(target=self._run, name="reflectiespel-decks", daemon=False)

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """On the UI thread: open the wake-up channel and start the worker."""
        if not self._started:
            from .wakeup import Wakeup  # the socket module: ~2 ms, after the first frame rather than before it

            self._wakeup = Wakeup(self._deliver, self)
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
            entries = self.library.read(progress=self._put)
        except BaseException:  # noqa: BLE001 - the loaders never raise; if they do, the window shows no decks
            entries = []
        try:
            warm_up()  # before `finished`: the UI thread must never import a module this thread is importing
        except BaseException:  # noqa: BLE001 - only a head start; the first click imports it anyway
            pass
        self.entries = entries
        self._done = True
        self._wakeup.wake()

    def _put(self, entry: DeckEntry) -> None:
        """On the worker: one more entry for the UI thread."""
        self._inbox.append(entry)
        self._wakeup.wake()

    def _deliver(self) -> None:
        """On the UI thread: emit what the worker has read so far, and ``finished`` once it is done."""
        done = self._done  # read before emptying: every entry is in the inbox before ``_done`` is set
        while self._inbox:
            self.entry_loaded.emit(self._inbox.popleft())
        if done and not self._finished_emitted:
            self._finished_emitted = True
            self._wakeup.close()
            self.finished.emit(self.entries)


def warm_up() -> None:
    """Import, off the UI thread, what the first click on the start page will need anyway."""
    from ..core.sessions import session, storage  # noqa: F401 - imported only to be loaded
