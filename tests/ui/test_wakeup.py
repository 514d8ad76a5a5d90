"""Work handed from a plain Python thread to the UI thread without any Qt call on the worker's side.

Why: a full test run on a loaded machine crashed now and then (exit 139) in the garbage collector of the
UI thread, while the deck reader thread (a plain threading.Thread) was emitting Qt signals that carried
Python objects; session 4 saw the same crash in the same place. Since the reader and the phones' server
only put their work in a queue and write a byte to a socket pair (ui/wakeup.py), and the UI thread emits
the signals itself, the crash has not come back (the note on issue #25 gives the runs).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.libraryloader import LibraryLoader
from reflectiespel.ui.wakeup import Wakeup


def test_wake_ups_from_many_threads_run_the_handler_on_the_ui_thread(qtbot):
    calls = []
    wakeup = Wakeup(lambda: calls.append(QThread.currentThread()))
    workers = [threading.Thread(target=lambda: [wakeup.wake() for _ in range(500)]) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=5000)
    qtbot.wait(50)
    # 2000 wake-ups from four threads: the handler ran on the UI thread, a few times, not 2000 times
    assert calls and all(thread is QThread.currentThread() for thread in calls)
    assert len(calls) < 2000
    wakeup.close()


def test_a_closed_wakeup_ignores_late_wake_ups(qtbot):
    calls = []
    wakeup = Wakeup(lambda: calls.append(1))
    wakeup.close()
    wakeup.wake()  # a worker that is still finishing after the window closed: no error, no call
    qtbot.wait(100)
    assert calls == []


def test_the_deck_reader_thread_makes_no_qt_call(qtbot, tmp_path, monkeypatch):
    """Every signal the reader's owner emits is emitted on the UI thread, and the reader thread itself
    emits nothing: what it read reaches the window through the queue."""
    emitted_on = []
    original_emit = LibraryLoader.entry_loaded  # the signal descriptor; instances emit through it
    loader = LibraryLoader(Library(builtin_decks_dir(), None, tmp_path / "cache"))
    loader.entry_loaded.connect(lambda _entry: emitted_on.append(threading.current_thread()))
    loader.finished.connect(lambda _entries: emitted_on.append(threading.current_thread()))
    with qtbot.waitSignal(loader.finished, timeout=30_000):
        loader.start()
    loader.join()
    assert original_emit is LibraryLoader.entry_loaded
    assert len(emitted_on) > 3 and set(emitted_on) == {threading.main_thread()}
    assert not hasattr(LibraryLoader, "_entry_from_worker")  # no signal is left for the worker to emit
