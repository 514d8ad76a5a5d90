"""The start page's recent sessions: a line says they are being loaded in the first frame; once the decks
are read the list shows each saved session, and Enter or a double-click opens it in a console."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.storage import RecentSessions
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.theme import contrast

from test_open_session_file import session_file


def consoles() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "consoleWindow" and w.isVisible()]


def test_recent_sessions_show_once_the_decks_are_in_and_enter_opens_one(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    saved = session_file(tmp_path)
    RecentSessions(data).add(saved)
    window = MainWindow(Library(builtin_decks_dir(), data / "decks", tmp_path / "cache"), data_dir=data,
                        load_in_background=True)
    qtbot.addWidget(window)
    window.show()
    waiting = window.findChild(QLabel, "recentWaiting")
    assert waiting is not None and waiting.isVisible() and "worden geladen" in waiting.text()
    assert window.findChild(QListWidget, "recentSessions") is None  # no item view in the first frame
    with qtbot.waitSignal(window.library_ready, timeout=20_000):
        pass
    listed = window.findChild(QListWidget, "recentSessions")
    assert listed.isVisible() and listed.count() == 1
    assert listed.item(0).text().startswith("Sessie van dinsdag")
    assert listed.geometry().height() > 100  # it takes the room the waiting line had
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(consoles()), timeout=20_000)
    for console in consoles():
        qtbot.addWidget(console)
    assert any("Sessie van dinsdag" in console.windowTitle() for console in consoles())


def test_with_no_saved_session_the_list_says_so_readably_and_opens_nothing(qtbot, tmp_path):
    window = MainWindow(Library(builtin_decks_dir(), tmp_path / "decks", tmp_path / "cache"), data_dir=tmp_path)
    qtbot.addWidget(window)
    window.show()
    listed = window.findChild(QListWidget, "recentSessions")
    assert [listed.item(i).text() for i in range(listed.count())] == ["Nog geen sessies opgeslagen."]
    assert window.findChild(QLabel, "recentWaiting") is None
    # drawn in the list's text colour, not the pale grey of a disabled item
    picture = listed.viewport().grab().toImage()
    rect = listed.visualItemRect(listed.item(0))
    darkest = min(picture.pixelColor(x, y).lightness() for x in range(rect.left(), rect.right())
                  for y in range(rect.top(), rect.bottom()))
    assert contrast(QColor.fromHsl(0, 0, darkest), listed.palette().color(QPalette.ColorRole.Base)) >= 4.5
    opened = []
    window.start_page.open_recent.connect(opened.append)
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [] and consoles() == []
