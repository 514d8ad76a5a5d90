"""The console's 'Oefenronde': the agenda from the top with a clock ten times as fast, then a report."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console


class Clock:
    now = 1000.0

    def __call__(self):
        return self.now


def test_a_rehearsal_runs_the_clock_ten_times_as_fast_and_reports_the_timing(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    session = new_session_from_template(default_templates(data_dir).get("praktijk-op-de-as"), library)
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    controller = window.controller
    clock = Clock()
    controller.countdown.clock = clock
    controller.go_to(3)
    toolbar_button = next(t.widgetForAction(window.rehearse_action) for t in window.findChildren(QToolBar))
    qtbot.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
    assert window.rehearse_action.isChecked() and session.current_step == 0  # from the top
    assert controller.countdown.running  # the clock starts by itself
    clock.now += 30  # half a minute of rehearsing is five minutes on the day: 10:00 -> 5:00
    controller.timer_changed.emit()
    assert window.timer_label.text() == "5:00 (oefenen)"
    clock.now += 36  # eleven minutes in all: one over
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert session.current_step == 1 and controller.countdown.running
    clock.now += 60  # ten of the twenty minutes
    qtbot.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)  # stop
    assert not window.rehearse_action.isChecked() and session.current_step == 3  # back where we were
    assert controller.countdown.speed == 1 and not controller.countdown.running
    report = window.rehearsal_report
    assert report[0] == "Oefenronde: 21 van de 30 geplande minuten gebruikt."
    assert "'Onze praktijk' liep uit: 11 minuten in plaats van 10." in report
    # #29 put an idea wall ('Wat is er nodig?') before the agreements of this werkvorm
    assert report[-1] == "Niet geoefend: Waar willen we naartoe?, Wat is er nodig?, Afspraken."
    QApplication.processEvents()
    box = window.findChild(QMessageBox, "rehearsalReport")
    assert box is not None and box.isVisible() and "liep uit" in box.text()
    box.close()
    controller.close_cleanly()
