"""Wake the UI thread from any thread without calling Qt from that thread.

A worker thread that is not a QThread (the deck reader, the phones' server) must not emit Qt signals:
PySide6 6.11 then builds and frees Python wrappers for the queued call on a thread Qt does not know,
and under load that crashed the whole process now and then, in the garbage collector of the UI thread
(tests/ui/test_wakeup.py says how it was found). So such a worker only puts its results in a queue of
its own and calls ``wake()``, which writes one byte to a socket pair. On the UI thread a
QSocketNotifier sees the byte and calls the handler, which empties the queue. ``wake()`` is a plain
system call: safe from any thread, never blocks (a full buffer already means "wake up"), and costs
nothing when nobody is waiting. A socket pair rather than a pipe, because Qt's notifier on Windows
only watches sockets.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Slot


class Wakeup(QObject):
    def __init__(self, handler: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._handler = handler
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def wake(self) -> None:
        """From any thread: have the handler run on the UI thread soon."""
        try:
            self._writer.send(b"\0")
        except (BlockingIOError, InterruptedError):
            pass  # the buffer is full of wake-ups already
        except OSError:
            pass  # closed: the window has gone

    @Slot()
    def _readable(self) -> None:
        try:
            while self._reader.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            return
        self._handler()

    def close(self) -> None:
        """Stop listening (the UI thread); later wake-ups are ignored."""
        self._notifier.setEnabled(False)
        self._close_sockets()

    def _close_sockets(self) -> None:
        for end in (self._reader, self._writer):
            try:
                end.close()
            except OSError:
                pass
