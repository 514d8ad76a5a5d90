"""The console's 'Van vorige keer': the action items the last session with this group left open, each
with done / still open / dropped. Shown at the top of the Acties tab while there are any."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core.sessions.compare import mark
from ...core.sessions.lasttime import carried
from ...core.sessions.together import STATUS_NAMES
from .controller import SessionController
from .panels import named, plain_label


class LastTimePanel(QGroupBox):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lastTime")
        self.controller = controller
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.intro = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows)
        self.combos: dict[str, QComboBox] = {}
        self._shown: tuple = ()
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        items = carried(session)
        self.setVisible(bool(items))
        shape = tuple((a.id, a.wat, a.wie, a.status) for a in items)
        if shape == self._shown:
            return
        self._shown = shape
        earlier = session.earlier_actions
        if earlier is not None:
            self.setTitle(self.tr("Van vorige keer"))
            when = earlier.date.strftime("%d-%m-%Y") if earlier.date else ""
            self.intro.setText(self.tr("Open actiepunten van '{0}' {1}: wat is ervan gekomen?")
                               .format(earlier.title, when).replace("  ", " "))
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        for row, action in enumerate(items):
            who = f" — {action.wie}" if action.wie else ""
            text = QLabel(f"{action.wat}{who}", self)
            text.setWordWrap(True)
            combo = named(QComboBox(self), f"lastTimeStatus{row}", self.tr("Hoe staat het met: {0}").format(action.wat))
            names = {"open": self.tr("Nog open"), "done": self.tr("Gedaan"), "dropped": self.tr("Vervallen")}
            for status in STATUS_NAMES:
                combo.addItem(names[status], status)
            combo.setCurrentIndex(list(STATUS_NAMES).index(action.status))
            combo.activated.connect(lambda _i, a=action.id, c=combo: self._mark(a, c.currentData()))
            self.rows.addWidget(text, row, 0)
            self.rows.addWidget(combo, row, 1)
            self.combos[action.id] = combo

    def _mark(self, action_id: str, status: str) -> None:
        self.controller.apply(mark, self.controller.session, action_id, status)
