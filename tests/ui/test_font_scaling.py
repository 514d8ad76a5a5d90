"""Text grows with the system's font size and is not cut off: at 150 % (the application font 1.5 times its
normal size) the key windows at a normal window size show every label and button whole."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def big_font(qapp):
    normal = qapp.font()
    big = qapp.font()
    big.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(big)
    yield big
    qapp.setFont(normal)


def clipped(window) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have."""
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.inherits("QScrollBar") or not getattr(widget, "text", lambda: "")():
            continue
        if widget.objectName().startswith("qt_") or widget.inherits("QToolButton") and widget.parent() is not None \
                and widget.parent().inherits("QTabBar"):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_w, need_h = 0, widget.heightForWidth(widget.width())
        else:
            hint = widget.sizeHint()
            need_w, need_h = hint.width(), hint.height()
        if need_w > widget.width() + 1 or need_h > widget.height() + 1:
            found.append(f"{type(widget).__name__} '{widget.objectName()}' {widget.text()[:40]!r}: needs "
                         f"{need_w}x{need_h}, has {widget.width()}x{widget.height()}")
    return found


def show(qtbot, window, size=(1280, 800)):
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def fits(window, size=(1280, 800)) -> bool:
    """The window still fits the size it was given: nothing pushed it wider or taller."""
    return window.width() <= size[0] and window.height() <= size[1]


def test_start_page_library_and_deck_viewer_at_150_percent(qtbot, big_font, library, data_dir):
    window = show(qtbot, MainWindow(library, data_dir=data_dir))
    assert window.start_page.decks_button.font().pointSizeF() >= big_font.pointSizeF() * 0.99
    assert clipped(window) == [] and fits(window)
    window.show_library()
    QApplication.processEvents()
    assert clipped(window) == []
    window.open_deck("zeven-verandertips")
    QApplication.processEvents()
    assert clipped(window) == [] and fits(window), window.size()


def test_console_at_150_percent(qtbot, big_font, library, data_dir):
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.ui.session.console import ConsoleWindow
    from reflectiespel.ui.session.controller import SessionController

    deck = library.get("zeven-verandertips")
    session = Session.empty("Groot lettertype")
    session.add_participant("Anna", "cultuur")
    session.add_step(Step(kind="tips", title="Twee tips", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:2]], minutes=5))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    show(qtbot, window, (1400, 860))
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        QApplication.processEvents()
        assert clipped(window) == [] and fits(window, (1400, 860)), window.tabs.tabText(index)
