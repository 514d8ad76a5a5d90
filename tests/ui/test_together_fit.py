"""Samen reflecteren on a 1024×768 laptop: every page of every built-in route fits, nothing is cut."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from reflectiespel.core.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.together import TogetherWindow

from fitcheck import outside

ROUTES = ["beginnen-met-samenwerken", "tussentijds-evalueren", "actieonderzoek-starten", "actieonderzoek-terugkijken"]


@pytest.mark.parametrize("route", ROUTES)
def test_every_page_of_the_route_fits_1024_by_768(qtbot, data_dir, tmp_path, route):
    window = TogetherWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.run_page.timer.clock.setInterval(10**9)
    page = window.start_page
    for field, name in zip(page.names, ["Anna", "Bram", "Chris"]):
        qtbot.keyClicks(field, name)
    page.file.setText(str(tmp_path / "team"))
    page.select_route(route)
    pages = []
    QApplication.processEvents()
    assert window.width() == 1024 and outside(window) == [], "start page"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    for _ in range(30):
        QApplication.processEvents()
        pages.append(window.run_page.title.text())
        assert (window.width(), window.height()) == (1024, 768), pages[-1]
        assert outside(window) == [], pages[-1]
        following = [b for b in window.findChildren(QAbstractButton, "nextStep") if b.isVisible()]
        if not following:
            break
        qtbot.mouseClick(following[0], Qt.MouseButton.LeftButton)
    assert window.findChild(QAbstractButton, "endClose").isVisible() and len(pages) >= 4
    window.grab().save(str(tmp_path / f"{route}-end.png"))
