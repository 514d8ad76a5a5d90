"""Start-up: the window shows before the decks are read, the tiles fill in when they are, and the heavy
parts of the app (reportlab, pydantic, YAML, the board, the print dialog, sessions, the library page) are not imported to
show the first window."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data"

CHILD = """
import json, sys
import reflectiespel.cli
from reflectiespel.ui.launch import start_app

app, window = start_app(sys.argv[:1])
shown = sorted(sys.modules)
window.wait_for_library()
print(json.dumps({"shown": shown, "loaded": sorted(sys.modules), "visible": window.isVisible(),
                  "decks": len(window.library.decks)}))
"""


def test_the_first_window_needs_none_of_the_heavy_modules(tmp_path):
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REFLECTIESPEL_DATA_DIR=str(tmp_path / "data"),
               REFLECTIESPEL_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["visible"] and seen["decks"] >= 3

    def heavy(modules):
        return [m for m in modules if m.split(".")[0] in ("reportlab", "pydantic", "yaml")
                or m.startswith(("reflectiespel.ui.board", "reflectiespel.ui.printdialog", "reflectiespel.ui.session",
                                 "reflectiespel.ui.together", "reflectiespel.ui.deckpage", "reflectiespel.pdf",
                                 "reflectiespel.ui.librarypage",
                                 "reflectiespel.live",
                                 "reflectiespel.core.sessions.session", "reflectiespel.core.sessions.storage"))]

    assert heavy(seen["shown"]) == []
    # once the decks are in: still no PDF code, no board, no print dialog, no session windows
    assert [m for m in heavy(seen["loaded"]) if m.split(".")[0] == "reportlab" or m.startswith(
        ("reflectiespel.pdf", "reflectiespel.live", "reflectiespel.ui."))] == []


def test_the_window_shows_at_once_and_the_tiles_fill_in(qtbot, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    shutil.copy(DATA / "mini.yaml", user / "mini.yaml")
    deep = "".join("  " * i + f"k{i}:\n" for i in range(700))  # once a RecursionError for the whole app
    (user / "kapot.yaml").write_text(deep, encoding="utf-8")
    library = Library(builtin_decks_dir(), user, tmp_path / "cache")
    window = MainWindow(library, tmp_path / "data", load_in_background=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.library_loaded and window.library_page.tiles == []
    assert window.library_page.hint.text() == "De kaartensets worden geladen…"
    qtbot.mouseClick(window.start_page.decks_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_page
    with qtbot.waitSignal(window.library_ready, timeout=30_000):
        pass
    expected = len(Library(builtin_decks_dir(), user).load().shown_entries)  # one tile per deck, in its language
    assert len(window.library_page.tiles) == expected
    broken = [t for t in window.library_page.tiles if not t.entry.ok]
    assert [t.entry.path.name for t in broken] == ["kapot.yaml"] and "te diep genest" in broken[0].toolTip()
    assert str(user) in window.library_page.hint.text()
    qtbot.mouseClick(window.library_page.tile("mini"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.deck_page and window.deck_page.view.card.title == "Eerste kaart"


def test_a_click_before_the_decks_are_in_waits_for_them(qtbot, tmp_path):
    window = MainWindow(Library(builtin_decks_dir(), None, tmp_path / "cache"), tmp_path / "data",
                        load_in_background=True)
    qtbot.addWidget(window)
    window.show()
    window.open_deck("waarde-van-welzijn")  # what a tile click does, before any event was handled
    assert window.library_loaded and window.pages.currentWidget() is window.deck_page
    assert len(window.library_page.tiles) == len(window.library.shown_entries) > 0


def test_the_library_page_is_made_when_first_opened_with_every_deck(qtbot, tmp_path):
    """Not built for the first frame; opened after the decks are in, or while they still come in,
    it has a tile for every deck."""
    expected = len(Library(builtin_decks_dir(), None).load().shown_entries)
    window = MainWindow(Library(builtin_decks_dir(), None, tmp_path / "cache"), tmp_path / "data",
                        load_in_background=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_ready, timeout=30_000):
        pass
    assert window._library_page is None  # the first frame did not pay for it
    qtbot.mouseClick(window.start_page.decks_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_page
    assert len(window.library_page.tiles) == expected

    later = MainWindow(Library(builtin_decks_dir(), None, tmp_path / "cache2"), tmp_path / "data",
                       load_in_background=True)
    qtbot.addWidget(later)
    later.show()
    with qtbot.waitSignal(later._loader.entry_loaded, timeout=30_000):
        pass  # some decks are in, not all
    qtbot.mouseClick(later.start_page.decks_button, Qt.MouseButton.LeftButton)
    assert later.pages.currentWidget() is later.library_page
    qtbot.waitUntil(lambda: later.library_loaded, timeout=30_000)
    assert len(later.library_page.tiles) == expected


QUIT_AT_ONCE = """
import sys
from PySide6.QtCore import QTimer
from reflectiespel.ui.launch import start_app

app, window = start_app(sys.argv[:1])
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))  # while the decks are still being read
sys.exit(app.exec())
"""


def test_quitting_while_the_decks_load_ends_cleanly(tmp_path):
    """The deck reader is not killed inside Qt code at exit (that aborted the process now and then)."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REFLECTIESPEL_DATA_DIR=str(tmp_path / "data"),
               REFLECTIESPEL_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(4):
        result = subprocess.run([sys.executable, "-c", QUIT_AT_ONCE], capture_output=True, text=True, env=env,
                                timeout=120)
        assert result.returncode == 0 and "FATAL" not in result.stderr, result.stderr


NAMED_AFTER_THE_FIRST_FRAME = """
import json, sys
import reflectiespel.cli
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QWidget
from reflectiespel.ui.app import create_app
from reflectiespel.ui.launch import start_app

if sys.argv[1] == "shown":
    app, window = start_app(sys.argv[:1])
else:  # started minimised: never painted
    from reflectiespel.core.decks.library import Library, user_decks_dir
    from reflectiespel.core.files.paths import user_cache_dir
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    window = MainWindow(Library(builtin_decks_dir(), user_decks_dir(), user_cache_dir()), load_in_background=True)
before = {name: name in sys.modules for name in ("socket", "reflectiespel.ui.accessiblecombo")}
loop = QEventLoop()
window.library_ready.connect(loop.quit)
QTimer.singleShot(20_000, loop.quit)
loop.exec()
form = QWidget()
combo = QComboBox()
combo.addItems(["Tarot (70 x 120 mm)", "A6"])
QFormLayout(form).addRow("Maat", combo)
form.show()
app.processEvents()
print(json.dumps({"before": before, "loaded": window.library_loaded,
                  "name": QAccessible.queryAccessibleInterface(combo).text(QAccessible.Text.Name)}))
"""


@pytest.mark.parametrize("start", ["shown", "minimised"])
def test_drop_downs_are_named_by_their_label_once_the_first_frame_is_out(tmp_path, start):
    """The first frame waits for neither the screen readers' drop-down naming nor the deck reader's wake-up
    channel (neither is on the start page); both are in place right after it, or a second later for a
    window that is never painted."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REFLECTIESPEL_DATA_DIR=str(tmp_path / "data"),
               REFLECTIESPEL_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", NAMED_AFTER_THE_FIRST_FRAME, start], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["before"] == {"socket": False, "reflectiespel.ui.accessiblecombo": False}
    assert seen["loaded"]
    assert seen["name"] == "Maat"  # Qt's own interface would say "Tarot (70 x 120 mm)"


def test_a_window_that_is_never_painted_still_loads_its_decks(qtbot, tmp_path, monkeypatch):
    """Started minimised (no paint event): the decks come in all the same, a second later."""
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.main_window import MainWindow

    window = MainWindow(Library(builtin_decks_dir(), tmp_path / "decks", tmp_path / "cache"),
                        data_dir=tmp_path, load_in_background=True)
    qtbot.addWidget(window)  # never shown: no paint event
    with qtbot.waitSignal(window.library_ready, timeout=10_000):
        pass
    assert window.library_loaded and window.library.entries


def test_closing_the_window_while_decks_load_waits_for_the_reader(qtbot, tmp_path):
    """Closing at once after start: the reader is done before the window can be deleted (a reader that
    signals into a deleted window crashed the app at exit)."""
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.main_window import MainWindow

    window = MainWindow(Library(builtin_decks_dir(), tmp_path / "decks", tmp_path / "cache"),
                        data_dir=tmp_path, load_in_background=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._loader is not None and window._loader.started, timeout=5000)
    thread = window._loader._thread
    window.close()
    assert not thread.is_alive()


LISTEN_AND_LEAVE = """
import warnings
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from reflectiespel.ui.libraryloader import LibraryLoader

app = QApplication([])
late = []


class Burst:  # a library whose decks arrive faster than the window can take them
    def read(self, progress):
        for number in range(20):
            progress(number)
        return list(range(20))


class Listener:  # what pytest-qt's waitSignal does: listen until the first entry, then stop listening
    def __init__(self, loader):
        self.loader, self.loop, self.heard = loader, QEventLoop(), False
        loader.entry_loaded.connect(self.first)

    def first(self, _entry):
        if self.heard:
            late.append(_entry)  # called after it stopped listening
        self.heard = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                self.loader.entry_loaded.disconnect(self.first)
            except (RuntimeError, TypeError):
                pass
        self.loop.quit()


for _ in range(300):
    loader = LibraryLoader(Burst())
    listener = Listener(loader)
    loader.start()
    listener.loop.exec()
    loader.join()
    app.processEvents()  # the entries still on their way arrive here
print("late" if late else "ok")
"""


def test_listening_to_the_deck_reader_for_a_moment_is_safe(tmp_path):
    """A listener that stops listening while decks still arrive from the reader thread was called again
    afterwards, and now and then that crashed the whole test run (PySide6 calls a disconnected Python method
    whose call was queued from another thread). The reader's public signals are emitted on the UI thread only."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", LISTEN_AND_LEAVE], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", (result.returncode, result.stderr[-2000:])


def test_the_reader_signals_on_the_ui_thread(qtbot, tmp_path):
    import threading

    from reflectiespel.ui.libraryloader import LibraryLoader

    threads = []
    loader = LibraryLoader(Library(builtin_decks_dir(), None, tmp_path / "cache"))
    loader.entry_loaded.connect(lambda _entry: threads.append(threading.current_thread()))
    loader.finished.connect(lambda _entries: threads.append(threading.current_thread()))
    with qtbot.waitSignal(loader.finished, timeout=30_000):
        loader.start()
    loader.join()
    assert len(threads) > 3 and set(threads) == {threading.main_thread()}
