"""The console's rating scale (issue #29.4): a grid with a row per question and a column per participant.
Type a mark 0-10 in a cell for someone without a phone (shown in italics: entered by the facilitator),
Delete takes a mark away; a question can be added or removed; 'Vorige keer erbij' puts the marks of this
group's last session beside this time's. Every change is one undoable edit through the controller."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLineEdit, QPushButton, QSpinBox,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core import ratings
from ...core.stepinput import CONSOLE, SCALE_MAX, SCALE_MIN
from ...core.stepkinds import kind_of
from ..flow import FlowLayout
from .controller import SessionController
from .panels import named, plain_label

ROW_ID = Qt.ItemDataRole.UserRole
PERSON = Qt.ItemDataRole.UserRole + 1


class MarkDelegate(QStyledItemDelegate):
    """A cell is edited with a spin box from 0 to 10."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(SCALE_MIN, SCALE_MAX)
        editor.setObjectName("ratingEditor")
        editor.setAccessibleName(QCoreApplication.translate("RatingPanel", "Cijfer van 0 tot 10"))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if isinstance(value, int) else 5)
        editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RatingGrid(QTableWidget):
    """Delete or Backspace on a cell takes its mark away."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != \
                QAbstractItemView.State.EditingState and self.currentItem() is not None:
            self.parent_panel.clear_cell(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


class RatingPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        self.controller = controller
        self._filling = False
        self.help = named(plain_label(self.tr("Typ een cijfer van 0 tot 10 in de kolom van wie geen telefoon heeft "
                                              "(Enter bewaart, Delete haalt weg). Cursief: ingevoerd door de "
                                              "begeleider."), self), "ratingHelp", self.tr("Uitleg bij de schaal"))
        self.grid = named(RatingGrid(self), "ratingGrid", self.tr("Cijfers per vraag en deelnemer"))
        self.grid.parent_panel = self
        self.grid.setItemDelegate(MarkDelegate(self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)  # the arrows go from cell to cell; Tab leaves the grid (#24)
        self.grid.itemChanged.connect(self._changed)
        self.summary = named(plain_label("", self), "ratingSummary", self.tr("De schaal in getallen"))
        self.row_field = named(QLineEdit(self), "ratingRowText", self.tr("Nieuwe vraag"))
        self.row_field.setPlaceholderText(self.tr("Nieuwe vraag, Enter"))
        self.add_row_button = named(QPushButton(self.tr("Vraag toevoegen"), self), "ratingAddRow",
                                    self.tr("Vraag toevoegen"))
        self.remove_row_button = named(QPushButton(self.tr("Vraag weghalen"), self), "ratingRemoveRow",
                                       self.tr("Vraag weghalen: de gekozen vraag, met haar cijfers"))
        self.last_time_button = named(QPushButton(self.tr("Vorige keer erbij"), self), "ratingLastTime",
                                      self.tr("Vorige keer erbij: de cijfers van de vorige sessie met deze groep"))
        self.last_time_button.setToolTip(self.tr("Zoekt de laatste sessie van dezelfde groep met cijfers op deze "
                                                 "vragen, en zet die naast de cijfers van nu"))
        self.row_field.returnPressed.connect(self.add_row)
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_row)
        self.last_time_button.clicked.connect(self.bring_last_time)
        row = QHBoxLayout()
        row.addWidget(self.row_field, 1)
        row.addWidget(self.add_row_button)
        buttons = FlowLayout()
        buttons.addWidget(self.remove_row_button)
        buttons.addWidget(self.last_time_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addLayout(buttons)
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        self.refresh()

    @property
    def step(self):
        return self.controller.step

    def tell(self, message: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 8000)

    # --- actions --------------------------------------------------------------------------------
    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.step is None:
            return
        value = item.data(Qt.ItemDataRole.EditRole)
        row_id, person = item.data(ROW_ID), item.data(PERSON)
        if isinstance(value, int) and row_id and person:
            if self.controller.apply(ratings.rate, self.controller.session, self.step.id, person, row_id, value,
                                     CONSOLE) is None:
                self.refresh()  # refused: the cell shows the mark as it is

    def clear_cell(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is None or self.step is None or not isinstance(item.data(Qt.ItemDataRole.EditRole), int):
            return
        self.controller.apply(ratings.clear_rating, self.controller.session, self.step.id, item.data(PERSON),
                              item.data(ROW_ID))

    def add_row(self) -> None:
        if self.step is None or not self.row_field.text().strip():
            return
        if self.controller.apply(ratings.add_row, self.controller.session, self.step.id,
                                 self.row_field.text()) is not None:
            self.row_field.clear()

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        scale = self.step.scale if self.step is not None else None
        if scale is not None and 0 <= row < len(scale.rows):
            self.controller.apply(ratings.remove_row, self.controller.session, self.step.id, scale.rows[row].id)

    def bring_last_time(self) -> None:
        session, step = self.controller.session, self.step
        if step is None or step.scale is None:
            return
        found = ratings.find_last(session, step, self.controller.recent.existing())
        if found is None:
            self.tell(self.tr("Geen eerdere sessie van de groep '{0}' met cijfers op deze vragen gevonden.")
                      .format(session.group or self.tr("(geen groep ingevuld)")))
            return
        earlier, path = found
        if self.controller.apply(ratings.bring_last_time, session, step.id, earlier, path) is not None:
            self.tell(self.tr("De cijfers van '{0}' staan erbij.").format(earlier.title))

    # --- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        step = self.step
        if step is None or kind_of(step).collects != "ratings":  # hidden in other steps: nothing to redraw
            return
        session = self.controller.session
        names = session.display_names()  # once, not once per person: a hall has three hundred
        scale = step.scale
        rows = scale.rows if scale is not None else []
        people = session.participants
        self._filling = True
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(len(people))
        self.grid.setHorizontalHeaderLabels([names[p.id] for p in people])
        self.grid.setVerticalHeaderLabels([r.text for r in rows])
        marks = {(r.row, r.participant_id): r for r in (scale.ratings if scale is not None else [])}
        italic = QFont(self.grid.font())
        italic.setItalic(True)
        for y, row in enumerate(rows):
            for x, person in enumerate(people):
                mark = marks.get((row.id, person.id))
                item = self.grid.item(y, x) or QTableWidgetItem()
                item.setData(ROW_ID, row.id)
                item.setData(PERSON, person.id)
                item.setData(Qt.ItemDataRole.EditRole, mark.value if mark is not None else None)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                by_console = mark is not None and mark.via == CONSOLE
                item.setFont(italic if by_console else self.grid.font())
                item.setToolTip(self.tr("ingevoerd door de begeleider") if by_console else "")
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{0}, {1}: {2}").format(row.text, names[person.id],
                                                             mark.value if mark is not None else self.tr("leeg")))
                if self.grid.item(y, x) is None:
                    self.grid.setItem(y, x, item)
        self._filling = False
        self.grid.resizeColumnsToContents()
        spread = ratings.spreads(step)
        lines = [self.tr("{0}: mediaan {1}, van {2} tot {3} ({4} cijfers)").format(
            s.row.text, ratings.fmt(s.median), ratings.fmt(s.lowest), ratings.fmt(s.highest), s.count)
            + (self.tr("; vorige keer {0}").format(ratings.fmt(s.median_before)) if s.before else "")
            for s in spread]
        self.summary.setText("\n".join(lines))
        # a line per question, in full (a long one wraps once): never cut off by the grid above it
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * (len(lines) * 2 if len(lines) < 4
                                                                                  else len(lines) + 3))
        self.remove_row_button.setEnabled(bool(rows))
