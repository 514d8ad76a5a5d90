"""Comparing with last time, side by side: the axis, the values, and last time's agreements to mark."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.sessions.compare import SideBySide
from ...core.sessions.together import STATUS_NAMES, status_name
from .common import button, label, set_points


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    set_points(table, 12)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class ComparePanel(QWidget):
    open_requested = Signal()
    status_changed = Signal(str, str)  # action id, status

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.open_button = button(self.tr("Reflectie van vorige keer openen…"), "compareOpen", 16)
        self.earlier = label(self.tr("Nog niets geopend."), "compareEarlier", 15)
        self.positions = _table("comparePositions", self.tr("Plek op de as, vorige keer en nu"),
                                [self.tr("Praktijk"), self.tr("Vorige keer"), self.tr("Nu")])
        self.values = _table("compareValues", self.tr("Gekozen waarden, vorige keer en nu"),
                             [self.tr("Wie"), self.tr("Vorige keer"), self.tr("Nu")])
        self.agreement_host = QWidget()
        self.agreement_rows = QGridLayout(self.agreement_host)
        scroll = QScrollArea()
        scroll.setObjectName("compareAgreementsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.agreement_host)
        self.combos: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.earlier, 1)
        columns = QHBoxLayout()
        for title, widget, stretch in ((self.tr("Afspraken van vorige keer"), scroll, 4),
                                       (self.tr("Plek op de as"), self.positions, 5),
                                       (self.tr("Gekozen waarden"), self.values, 4)):
            box = QGroupBox(title)
            set_points(box, 15)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            columns.addWidget(box, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.open_button.clicked.connect(self.open_requested)

    def show_view(self, view: SideBySide | None, describe) -> None:
        while self.agreement_rows.count():
            old = self.agreement_rows.takeAt(0).widget()
            old.hide()
            old.deleteLater()
        self.combos = {}
        if view is None:
            self.earlier.setText(self.tr("Open de reflectie van de vorige keer (een .reflectiespel-bestand)."))
            _fill(self.positions, [])
            _fill(self.values, [])
            return
        when = f" ({view.earlier.date})" if view.earlier.date else ""
        self.earlier.setText(self.tr("Vorige keer: %1").replace("%1", view.earlier.title + when))
        self.open_button.setText(self.tr("Andere reflectie openen…"))
        self.open_button.setAccessibleName(self.open_button.text())
        _fill(self.positions, [[f"{row.token} ({row.who})",
                                describe(*row.then) if row.then else "—",
                                (describe(*row.now) if row.now else "—") + f"\n→ {row.change()}"]
                               for row in view.positions])
        _fill(self.values, [[row.person, ", ".join(row.then) or "—", ", ".join(row.now) or "—"]
                            for row in view.values])
        if not view.agreements:
            self.agreement_rows.addWidget(label(self.tr("Er stonden geen afspraken open."), "", 14), 0, 0)
        for r, action in enumerate(view.agreements):
            parts = [action.wat] + [p for p in (action.wie, action.wanneer) if p]
            self.agreement_rows.addWidget(label(" · ".join(parts), f"agreementText{r}", 14), r, 0)
            combo = QComboBox()
            combo.setObjectName(f"agreementStatus{r}")
            combo.setAccessibleName(self.tr("Hoe staat het met: %1").replace("%1", action.wat))
            set_points(combo, 14)
            for status in STATUS_NAMES:
                combo.addItem(status_name(status), status)
            combo.setCurrentIndex(list(STATUS_NAMES).index(action.status))
            combo.currentIndexChanged.connect(lambda _i, c=combo, a=action.id: self.status_changed.emit(a, c.currentData()))
            self.agreement_rows.addWidget(combo, r, 1)
            self.combos[action.id] = combo
        self.agreement_rows.setRowStretch(len(view.agreements) + 1, 1)
