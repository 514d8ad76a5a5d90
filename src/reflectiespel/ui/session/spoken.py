"""What the console says to a screen reader (docs/accessibility.md): the card that shows, the clock, what the
room sees. The console's card and preview are pictures and its labels change without focus, so a move is
announced (AT-SPI 'object:announcement', UIA notification, NSAccessibility announcement)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def where_now(controller) -> str:
    """'Nu: <card> (kaart 2 van 7)' on a card, else the step: 'Nu: stap 2 van 5, <title>'."""
    session, step, shown = controller.session, controller.step, controller.card()
    if shown is not None:
        return QCoreApplication.translate("ConsoleSpoken", "Nu: {0} (kaart {1} van {2})").format(
            shown[1].title, session.current_card + 1, len(step.card_ids))
    if step is None:
        return QCoreApplication.translate("ConsoleSpoken", "Nu: geen stap")
    return QCoreApplication.translate("ConsoleSpoken", "Nu: stap {0} van {1}, {2}").format(
        session.current_step + 1, len(session.steps), step.title)


def clock_words(countdown, rehearsing: bool = False) -> str:
    """The clock's label as a screen reader says it: 'Klok: 4:59, loopt'."""
    if countdown.total <= 0:
        return QCoreApplication.translate("ConsoleSpoken", "Klok: geen klok bij deze stap")
    if countdown.finished:
        state = QCoreApplication.translate("ConsoleSpoken", "de tijd is om")
    elif countdown.running:
        state = QCoreApplication.translate("ConsoleSpoken", "loopt")
    elif countdown.remaining >= countdown.total:
        state = QCoreApplication.translate("ConsoleSpoken", "klaar om te starten")
    else:
        state = QCoreApplication.translate("ConsoleSpoken", "gepauzeerd")
    text = QCoreApplication.translate("ConsoleSpoken", "Klok: {0}, {1}").format(countdown.text(), state)
    if rehearsing:
        text += QCoreApplication.translate("ConsoleSpoken", " (oefenronde)")
    return text


def room_sees(controller) -> str:
    """The preview's description: what the room's screen shows, in words."""
    if controller.black:
        return QCoreApplication.translate("ConsoleSpoken", "De zaal ziet een zwart scherm.")
    step, shown = controller.step, controller.card()
    if step is None:
        return QCoreApplication.translate("ConsoleSpoken", "De zaal ziet nog niets: de sessie heeft geen stappen.")
    if shown is not None:
        return QCoreApplication.translate("ConsoleSpoken", "De zaal ziet stap '{0}' met de kaart '{1}'.").format(
            step.title, shown[1].title)
    return QCoreApplication.translate("ConsoleSpoken", "De zaal ziet stap '{0}'.").format(step.title)


def announce(widget: QWidget, sentence: str) -> None:
    """Have screen readers say ``sentence`` now (politely: after what they are saying)."""
    widget.setProperty("announced", sentence)  # what was last said, for tests
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, sentence))
