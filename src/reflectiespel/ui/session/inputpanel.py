"""The console's tab for the step kinds that collect input (issue #29): a word cloud, an idea wall, a rating
scale. The tab shows the panel of the step that is showing (``kind_of(step).collects``) and is hidden in
other steps. Every panel enters input on behalf of someone without a phone (marked "console", shown as
entered by the facilitator) and holds the facilitator's own actions (merge, hide, pin, release, ...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QStackedWidget, QVBoxLayout, QWidget

from ...core.stepkinds import kind_of
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
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    if box.group:
        box.addItem(QCoreApplication.translate("InputPanel", "(groep)"), None)
    for participant in session.participants:
        box.addItem(session.display_name(participant), participant.id)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    box.blockSignals(False)


class InputPanel(QWidget):
    """Holds one panel per kind of input; shows the one of the current step."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inputPanel")
        self.setAccessibleName(self.tr("Invoer van de zaal"))
        self.controller = controller
        from .ideapanel import IdeaWallPanel
        from .ratingpanel import RatingPanel
        from .wordcloudpanel import WordCloudPanel

        self.pages: dict[str, QWidget] = {"words": WordCloudPanel(controller, self),
                                          "ratings": RatingPanel(controller, self),
                                          "ideas": IdeaWallPanel(controller, self)}
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        self.refresh()

    @property
    def collects(self) -> str:
        step = self.controller.step
        return kind_of(step).collects if step is not None else ""

    def tab_title(self) -> str:
        return {"words": self.tr("Woorden"), "ratings": self.tr("Schaal"), "ideas": self.tr("Ideeën")}.get(
            self.collects, self.tr("Invoer"))

    def refresh(self) -> None:
        page = self.pages.get(self.collects)
        if page is not None:
            self.stack.setCurrentWidget(page)
