"""The console's tab for the step kinds that collect input (issue #29): a word cloud, an idea wall, a rating
scale. The tab shows the panel of the step that is showing (``kind_of(step).collects``) and is hidden in
other steps. Every panel enters input on behalf of someone without a phone (marked "console", shown as
entered by the facilitator) and holds the facilitator's own actions (merge, hide, pin, release, ...).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core.input import screening
from ...core.sessions.stepkinds import kind_of
from ..flow import FlowLayout
from .controller import SessionController
from .panels import named, plain_label


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
        self.screen = ScreenBox(controller, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.screen)
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
        self.screen.refresh()

    def waiting_ids(self) -> list[str]:
        """The waiting words or ideas the facilitator chose in the page's list (for 'Vrijgeven')."""
        page = self.stack.currentWidget()
        return page.waiting_ids() if hasattr(page, "waiting_ids") else []


class ScreenBox(QGroupBox):
    """'Wat de zaal ziet' (issue #29.3): input first to the facilitator, released one by one or all; the
    running counts on the projection and on the phones, and what phones see of the others: four switches."""

    def __init__(self, controller, panel: InputPanel):
        super().__init__(panel)
        self.setTitle(self.tr("Wat de zaal ziet"))
        self.setObjectName("screenBox")
        self.controller = controller
        self.panel = panel
        self.boxes = {
            "screened": named(QCheckBox(self.tr("Eerst langs mij: ik geef vrij"), self), "screenScreened",
                              self.tr("Eerst langs mij: ik geef vrij")),
            "counts_on_projection": named(QCheckBox(self.tr("Tussenstand op het scherm"), self), "screenCounts",
                                          self.tr("Tussenstand op het scherm")),
            "counts_on_phones": named(QCheckBox(self.tr("Tussenstand op de telefoons"), self), "screenPhoneCounts",
                                      self.tr("Tussenstand op de telefoons")),
            "items_on_phones": named(QCheckBox(self.tr("Telefoons zien wat anderen stuurden"), self),
                                     "screenPhoneItems", self.tr("Telefoons zien wat anderen stuurden")),
        }
        self.boxes["screened"].setToolTip(self.tr("Wat telefoons sturen, zie jij eerst; het komt pas op het scherm "
                                                  "en op de andere telefoons als jij het vrijgeeft"))
        self.boxes["counts_on_projection"].setToolTip(self.tr("Uit: aantallen, stemmen en cijfers blijven verborgen "
                                                              "tot je dit aanzet (de onthulling)"))
        self.waiting = named(plain_label("", self), "screenWaiting", self.tr("Wacht op vrijgeven"))
        self.release_button = named(QPushButton(self.tr("Vrijgeven"), self), "screenRelease",
                                    self.tr("Vrijgeven: wat je in de lijst koos"))
        self.release_all_button = named(QPushButton(self.tr("Alles vrijgeven"), self), "screenReleaseAll",
                                        self.tr("Alles vrijgeven"))
        for name, box in self.boxes.items():
            box.clicked.connect(lambda on, name=name: self._switch(name, on))
        self.release_button.clicked.connect(self.release)
        self.release_all_button.clicked.connect(self.release_all)
        switches = FlowLayout()
        for box in self.boxes.values():
            switches.addWidget(box)
        buttons = FlowLayout()
        buttons.addWidget(self.waiting)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.release_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(switches)
        layout.addLayout(buttons)

    def _switch(self, name: str, on: bool) -> None:
        step = self.controller.step
        if step is not None:
            self.controller.apply(screening.set_screen, self.controller.session, step.id, **{name: on})
        self.refresh()

    def release(self) -> None:
        step = self.controller.step
        chosen = self.panel.waiting_ids()
        if step is not None and chosen:
            self.controller.apply(screening.release, self.controller.session, step.id, chosen)

    def release_all(self) -> None:
        step = self.controller.step
        if step is not None:
            self.controller.apply(screening.release_all, self.controller.session, step.id)

    def refresh(self) -> None:
        step = self.controller.step
        if step is None:
            return
        screen = screening.screen_of(step)
        for name, box in self.boxes.items():
            box.setChecked(getattr(screen, name))
        collects = kind_of(step).collects
        self.boxes["screened"].setVisible(collects in ("words", "ideas"))  # a scale's marks show no names, no text
        self.boxes["items_on_phones"].setVisible(collects == "ideas")
        count = len(screening.waiting(step))
        self.waiting.setText(self.tr("{0} wachten op vrijgeven").format(count) if screen.screened or count else "")
        for widget in (self.waiting, self.release_button, self.release_all_button):
            widget.setVisible(screen.screened or bool(count))
        self.release_button.setEnabled(bool(count))
        self.release_all_button.setEnabled(bool(count))
