"""Samen reflecteren on a 1024×768 laptop: every page of every built-in route fits, nothing is cut."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from reflectiespel.core.decks.library import Library
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


def _fits(widget) -> bool:
    """The widget's text, as wrapped, fits inside it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    needed = QFontMetrics(widget.font()).boundingRect(QRect(0, 0, widget.width(), 10_000),
                                                      int(Qt.TextFlag.TextWordWrap), widget.text())
    return needed.width() <= widget.width() and needed.height() <= widget.height()


def test_with_eight_people_at_1024_ik_pas_stays_put_and_every_card_button_and_text_fits(qtbot, data_dir, tmp_path):
    window = TogetherWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1016, 720)  # the window inside a 1024×768 screen with its frame
    window.show()
    window.run_page.timer.clock.setInterval(10**9)
    page = window.start_page
    for field, name in zip(page.names, ["Anna", "Bram", "Chris", "Dewi", "Esmeralda", "Femke", "Gert", "Hanna"]):
        qtbot.keyClicks(field, name)
    page.file.setText(str(tmp_path / "team"))
    page.select_route("beginnen-met-samenwerken")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    turn_pages = 0
    for _ in range(30):
        QApplication.processEvents()
        bars = [b for b in window.findChildren(QAbstractButton, "turnPass") if b.isVisible()]
        if bars:
            turn_pages += 1
            bar = bars[0].parentWidget()
            places = set()
            while bars:
                QApplication.processEvents()
                places.add(bars[0].mapTo(window, bars[0].rect().topLeft()).toTuple())
                assert _fits(bar.speaker), bar.speaker.text()
                speaker_next = [b for b in bar.findChildren(QAbstractButton, "turnNext") if b.isVisible()][0]
                qtbot.mouseClick(speaker_next, Qt.MouseButton.LeftButton)
                bars = [b for b in window.findChildren(QAbstractButton, "turnPass") if b.isVisible()]
            assert len(places) == 1, f"'Ik pas' moved between turns on '{window.run_page.title.text()}': {places}"
            QApplication.processEvents()
            assert _fits(bar.speaker), f"the end of the round is readable: {bar.speaker.text()}"
        values = window.run_page.values
        if values.isVisible():
            viewport = values.scroll.viewport()
            for button in values.buttons.values():
                QApplication.processEvents()
                left = button.mapTo(viewport, button.rect().topLeft()).x()
                assert 0 <= left and left + button.width() <= viewport.width(), button.accessibleName()
                lines = button.text().split("\n")
                metrics = button.fontMetrics()
                assert max(metrics.horizontalAdvance(line) for line in lines) <= button.width() - 8, button.text()
                assert len(lines) * metrics.lineSpacing() <= button.height(), button.text()
        following = [b for b in window.findChildren(QAbstractButton, "nextStep") if b.isVisible()]
        if not following:
            break
        qtbot.mouseClick(following[0], Qt.MouseButton.LeftButton)
    assert turn_pages >= 3
