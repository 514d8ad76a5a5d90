"""'Namens wie': the box in which the facilitator picks the participant they enter input for (someone
without a phone, issue #29.6), or the group; shared by the input panels of ui/session/inputpanel.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from .controller import SessionController
from .panels import named


def who_box(panel: QWidget, controller: SessionController, name: str, group: bool = True) -> QComboBox:
    """'Namens': the participant the facilitator enters for (someone without a phone), or the group."""
    box = named(QComboBox(panel), name, QCoreApplication.translate("InputPanel", "Namens wie"))
    box.setToolTip(QCoreApplication.translate("InputPanel", "Voor wie zonder telefoon: kies de deelnemer. Wat je "
                                                            "invoert, staat erbij als ingevoerd door de begeleider."))
    box.group = group
    fill_who(box, controller.session)
    return box


def fill_who(box: QComboBox, session) -> None:
    """The participants as they are now; the box is filled again only when they changed (a hall's votes
    change the session three hundred times a round, its participants seldom)."""
    names = session.display_names()
    people = [(p.id, names[p.id]) for p in session.participants]
    if people == getattr(box, "_people", None):
        return
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    if box.group:
        box.addItem(QCoreApplication.translate("InputPanel", "(groep)"), None)
    for pid, name in people:
        box.addItem(name, pid)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    box.blockSignals(False)
    box._people = people
