"""The agreements step: wat, wie, wanneer, and the list of what the team agreed today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.sessions.session import ActionItem
from .common import button, label, line_edit, set_points


class AgreementsBody(QWidget):
    add_requested = Signal(str, str, str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreementsBody")
        self.wat = line_edit("agreementWat", self.tr("Wat gaat er gebeuren?"), self.tr("Wat gaat er gebeuren?"), 16)
        self.wie = line_edit("agreementWie", self.tr("Wie doet het?"), self.tr("Wie doet het?"), 16)
        self.wanneer = line_edit("agreementWanneer", self.tr("Wanneer is het klaar?"),
                                 self.tr("Wanneer? (bijvoorbeeld 1 juni)"), 16, 200)
        self.add_button = button(self.tr("Afspraak toevoegen"), "agreementAdd", 16)
        self.items = QListWidget()
        self.items.setObjectName("agreementList")
        self.items.setAccessibleName(self.tr("Jullie afspraken"))
        set_points(self.items, 16)
        self.remove_button = button(self.tr("Gekozen afspraak weghalen"), "agreementRemove", 14)
        self.open_hint = label("", "agreementOpenHint", 14)
        form = QGridLayout()
        for column, (text, field) in enumerate(((self.tr("Wat"), self.wat), (self.tr("Wie"), self.wie),
                                                (self.tr("Wanneer"), self.wanneer))):
            form.addWidget(label(text, "", 15, bold=True), 0, column)
            form.addWidget(field, 1, column)
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(2, 1)
        form.addWidget(self.add_button, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.open_hint)
        self.add_button.clicked.connect(self._add)
        for field in (self.wat, self.wie, self.wanneer):
            field.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def _add(self) -> None:
        if not self.wat.text().strip():
            self.wat.setFocus()
            return
        self.add_requested.emit(self.wat.text(), self.wie.text(), self.wanneer.text())
        for field in (self.wat, self.wie, self.wanneer):
            field.clear()
        self.wat.setFocus()

    def _remove(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(256))

    def show_agreements(self, agreements: list[ActionItem], still_open: list[ActionItem]) -> None:
        self.items.clear()
        for action in agreements:
            parts = [action.wat] + [p for p in (action.wie, action.wanneer) if p]
            item = QListWidgetItem(" · ".join(parts))
            item.setData(256, action.id)
            self.items.addItem(item)
        self.remove_button.setEnabled(bool(agreements))
        self.open_hint.setText(self.tr("Nog open van vorige keer: %1").replace("%1", "; ".join(a.wat for a in still_open))
                               if still_open else "")
        self.open_hint.setVisible(bool(still_open))
