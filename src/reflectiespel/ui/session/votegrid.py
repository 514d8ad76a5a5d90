"""Choosing and voting as a grid: a row per card, a column per participant.

"Anna picks 3 of 24 cards" is three clicks in Anna's column. In the vote mode the rows are the cards
chosen earlier (core/sessions/tally.py), a click adds a vote, a right click or Shift+click takes one away, and
each column header says how many votes that person has left. Keys work on the cell with focus:
Space/Enter/+ add, Backspace/Delete/− take away. Every click is one undoable edit through the
controller. "Uitslag tonen" puts the result on the projection (ui/session/tally.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QHeaderView, QPushButton, QStyle,
                               QStyleOptionHeader, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.board.crowd import CROWD, is_crowd
from ...core.sessions.stepinput import CONSOLE
from ...core.sessions.tally import (choice_tally, choice_targets, chosen_before, is_vote_step, left_out, vote_fed_by, vote_tally, vote_targets, votes_on_earlier_choices)
from ..flow import FlowLayout
from ..screenfit import FitsScreen, fit_window
from .controller import SessionController
from .panels import named, plain_label
from ..plaintext import plain

CHOOSE, VOTE = "choose", "vote"
MIN_TITLE, MIN_PERSON = 110, 36  # column widths in pixels
MIN_SECTION = 20  # the header's narrowest column: an upright "Totaal"
FIT_PEOPLE = 10  # this many participants fit beside the card titles without scrolling sideways
MAX_UPRIGHT = 150  # an upright name longer than this ends in "…" (the tooltip has it all)
MARKED = QColor("#cfe8fc")  # a light blue behind a chosen cell or a cell with votes
MARKED_BRUSH = QBrush(MARKED)
CENTRE, ACCESSIBLE_TEXT = Qt.AlignmentFlag.AlignCenter, Qt.ItemDataRole.AccessibleTextRole
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ADD_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus, Qt.Key.Key_Equal}
TAKE_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
MOVE_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
             Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class PeopleHeader(QHeaderView):
    """The grid's column header: the participants' names stand upright (read from bottom to top) when
    they do not fit side by side; the card column and "Totaal" stay as they are."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.upright = False

    def set_upright(self, upright: bool) -> None:
        if upright != self.upright:
            self.upright = upright
            self.updateGeometry()
            self.viewport().update()

    def _turned(self, logical: int) -> bool:
        return self.upright and logical > 0

    def _lines(self, logical: int) -> list[str]:
        text = self.model().headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        return str(text or "").split("\n")

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        if not self._turned(logical):
            return size
        metrics, lines = self.fontMetrics(), self._lines(logical)
        longest = min(MAX_UPRIGHT, max(metrics.horizontalAdvance(line) for line in lines))
        return QSize(len(lines) * metrics.lineSpacing() + 8, longest + 16)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not self._turned(logical):
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section, option.text = rect, logical, ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        metrics = self.fontMetrics()
        painter.save()
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        area = QRect(8, 0, rect.height() - 14, rect.width())
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width()) for line in self._lines(logical)]
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "\n".join(lines))
        painter.restore()


class GridTable(QTableWidget):
    """A table whose cells are hit, not edited: ``hit(row, column, +1 or -1)``."""

    hit = Signal(int, int, int)
    room_changed = Signal()  # the viewport's width changed (a resize, a scroll bar came or went)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(PeopleHeader(self))
        self.horizontalHeader().setMinimumSectionSize(MIN_SECTION)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long card title ends in "…" (its tooltip has it all)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # the arrows go from cell to cell; Tab leaves the grid (#24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

    def _hit_at(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return
        take = event.button() == Qt.MouseButton.RightButton or \
            bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.hit.emit(index.row(), index.column(), -1 if take else +1)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._hit_at(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.room_changed.emit()
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()  # the second press already came as a press: two quick clicks are two hits, not an edit

    def event(self, event) -> bool:
        # the grid's own keys win over the console's presenting keys while the grid has focus
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) and \
                event.key() in ADD_KEYS | TAKE_KEYS | MOVE_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in ADD_KEYS | TAKE_KEYS and self.currentRow() >= 0:
            self.hit.emit(self.currentRow(), self.currentColumn(), +1 if event.key() in ADD_KEYS else -1)
            return
        super().keyPressEvent(event)


class VoteGridPanel(QWidget):
    """The console's "Kiezen en stemmen" tab."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None, popout: bool = True):
        super().__init__(parent)
        self.controller = controller
        self.window_: GridWindow | None = None
        self._modes: dict[str, str] = {}  # step id -> mode the facilitator picked (UI state only)
        self.targets: list[str] = []
        self._hall = False  # more participants than core.crowd.CROWD: counts per card, no column per person
        self.choose_button = named(QPushButton(self.tr("Kiezen"), self), "gridChoose", self.tr("Kaarten kiezen"))
        self.vote_button = named(QPushButton(self.tr("Stemmen"), self), "gridVote", self.tr("Stemmen geven"))
        self.modes = QButtonGroup(self)
        for button in (self.choose_button, self.vote_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
            self.modes.addButton(button)
        self.choose_button.clicked.connect(lambda: self.set_mode(CHOOSE))
        self.vote_button.clicked.connect(lambda: self.set_mode(VOTE))
        self.reveal = named(QPushButton(self.tr("Uitslag tonen"), self), "revealTally",
                            self.tr("Uitslag tonen op het scherm van de zaal"))
        self.reveal.setCheckable(True)
        self.reveal.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
        self.reveal.toggled.connect(controller.set_tally_shown)
        controller.tally_changed.connect(self._show_reveal)
        self.help = named(plain_label("", self), "gridHelp", self.tr("Uitleg bij het raster"))
        self.grid = named(GridTable(self), "voteGrid", self.tr("Raster van kaarten en deelnemers"))
        self.grid.hit.connect(self.hit)
        self.grid.room_changed.connect(self._fit_columns)
        top = FlowLayout()  # two rows on a narrow screen
        top.addWidget(self.choose_button)
        top.addWidget(self.vote_button)
        if popout:  # a narrow console: the same grid in a window of its own, as large as needed
            self.popout = named(QPushButton(self.tr("Groot raster"), self), "gridPopout",
                                self.tr("Groot raster in een eigen venster"))
            self.popout.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys where they were
            self.popout.clicked.connect(self.open_window)
            top.addWidget(self.popout)
        top.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.grid, 1)
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        self.refresh()

    @property
    def session(self):
        return self.controller.session

    # --- mode ---------------------------------------------------------------------------------
    def mode(self) -> str:
        step = self.controller.step
        if step is None:
            return CHOOSE
        return self._modes.get(step.id, VOTE if is_vote_step(self.session, step) else CHOOSE)

    def set_mode(self, mode: str) -> None:
        step = self.controller.step
        if step is not None:
            self._modes[step.id] = mode
        self.controller.changed.emit()  # every grid on this session (the big window too) redraws

    def _show_reveal(self, on: bool) -> None:
        self.reveal.blockSignals(True)
        self.reveal.setChecked(on)
        self.reveal.blockSignals(False)
        self.reveal.setText(self.tr("Uitslag verbergen") if on else self.tr("Uitslag tonen"))

    def open_window(self) -> GridWindow:
        if self.window_ is None:
            self.window_ = GridWindow(self.controller, self.window())
            self.window_.grid_panel.set_modes(self._modes)
            fit_window(self.window_, "grid", QSize(1000, 700), self.controller.data_dir)
        self.window_.show()
        self.window_.raise_()
        return self.window_

    def set_modes(self, modes: dict[str, str]) -> None:
        """Share the mode per step with another grid on the same session (the big window)."""
        self._modes = modes
        self.refresh()

    # --- changing -----------------------------------------------------------------------------
    def hit(self, row: int, column: int, delta: int) -> None:
        """A click or key on a cell: choose/unchoose, or one vote more/less."""
        step = self.controller.step
        people = self.session.participants
        if step is None or not 0 <= row < len(self.targets) or not 1 <= column <= len(people):
            return
        if self._hall:
            return  # a hall: the grid counts, the phones vote
        target, who = self.targets[row], people[column - 1].id
        if self.mode() == CHOOSE:
            chosen = self.session.is_chosen(step.id, who, target)
            if chosen:
                self.controller.apply(self.session.clear_choice, step.id, who, target)
            elif delta > 0:  # entered by the facilitator, for someone without a phone (in italics)
                self.controller.apply(self.session.set_choice, step.id, who, target, CONSOLE)
        elif delta > 0:
            self.controller.apply(self.session.add_vote, step.id, who, target, 1, CONSOLE)
        elif any(v.participant_id == who and v.target == target for v in step.votes):
            self.controller.apply(self.session.remove_vote, step.id, who, target, 1, CONSOLE)

    # --- showing ------------------------------------------------------------------------------
    def _header(self, participant, name: str, used: dict[str, int] | None = None) -> str:
        step = self.controller.step
        if self.mode() == VOTE:
            left = (max(0, self.session.budget(step) - used.get(participant.id, 0)) if used is not None
                    else self.session.votes_left(step, participant.id))
            return self.tr("{0}\n{1} over").format(name, left)
        chosen = len(step.choices.get(participant.id, []))
        if step.max_choices:
            return self.tr("{0}\n{1} van {2}").format(name, chosen, step.max_choices)
        return self.tr("{0}\n{1} gekozen").format(name, chosen)

    def _help_text(self, step) -> str:
        if step is None:
            return self.tr("Nog geen stap.")
        if not self.session.participants:
            return self.tr("Voeg eerst deelnemers toe (links): elke deelnemer krijgt een kolom.")
        if not self.targets:
            return self.tr("Deze stap heeft geen kaarten om te kiezen of op te stemmen.")
        if self.mode() == VOTE:
            earlier = "" if not (votes_on_earlier_choices(step) and chosen_before(self.session, step)) else \
                self.tr(" Alleen de kaarten die eerder gekozen zijn.")
            text = self.tr("Klik: een stem erbij. Rechtsklik of Shift+klik: een stem eraf. "
                           "{0} stemmen per persoon.").format(self.session.budget(step)) + earlier + \
                self.tr(" Cursief: ingevoerd door de begeleider.")
            missing = left_out(self.session, step)
            if missing:  # the moment it matters: the vote's list lacks the rounds where nothing was chosen
                numbers = ", ".join(str(self.session.steps.index(s) + 1) for s in missing)
                text += "\n" + self.tr("Niet op de lijst: de kaart van stap {0}, want daar is niets gekozen. "
                                        "Ga terug (◀) en klik in Keuzes wie hem kiest, of stem op wat er staat."
                                        ).format(numbers)
            return text
        text = self.tr("Klik een vakje: de deelnemer kiest die kaart (nog eens klikken: weghalen).") + \
            self.tr(" Cursief: ingevoerd door de begeleider.")
        vote = vote_fed_by(self.session, step)
        if vote is not None:
            text += "\n" + self.tr("Telt mee: alleen wat hier gekozen wordt, staat straks op de stemlijst van "
                                    "stap {0} ('{1}').").format(self.session.steps.index(vote) + 1, vote.title)
        return text

    def _count_width(self, metrics: QFontMetrics) -> int:
        """The widest a header's second line can get in this step ("3 van 3", "12 over"): the columns are
        as wide before a click as after it."""
        step = self.controller.step
        if step is None:
            return 0
        if self.mode() == VOTE:
            most = self.session.budget(step)
            text = self.tr("{0}\n{1} over").format("", max(most, 10))
        elif step.max_choices:
            text = self.tr("{0}\n{1} van {2}").format("", step.max_choices, step.max_choices)
        else:
            text = self.tr("{0}\n{1} gekozen").format("", max(len(self.targets), 10))
        return metrics.horizontalAdvance(text.split("\n")[-1])

    def _fit_columns(self) -> None:
        """Every participant's name readable and every column in view: names stand upright when they do
        not fit side by side (8 participants on a 1024 px laptop). The widths follow only from the room,
        the names and the step, never from a click, so a column stays where it was between clicks. A hall
        (counts per card instead of a column per person) has nothing to fit."""
        if self._hall:
            return
        header = self.grid.horizontalHeader()
        columns = self.grid.columnCount()
        if columns < 2:
            return
        for c in range(columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        people = columns - 2
        room = self.grid.viewport().width()
        metrics = QFontMetrics(header.font())
        total = metrics.horizontalAdvance(self.tr("Totaal")) + 16
        names = [self.grid.horizontalHeaderItem(c).text().split("\n")[0] for c in range(1, columns - 1)]
        widest = max([metrics.horizontalAdvance(name) for name in names] + [self._count_width(metrics)] + [0])
        flat = max(MIN_PERSON, widest + 14)
        upright = people > 0 and MIN_TITLE + people * flat + total > room
        header.set_upright(upright)
        if upright:  # two lines side by side (name, count); "Totaal" one
            each, total = 2 * metrics.lineSpacing() + 8, metrics.lineSpacing() + 10
        else:
            each = flat
        for c in range(1, columns - 1):
            self.grid.setColumnWidth(c, each)
        self.grid.setColumnWidth(columns - 1, total)
        self.grid.setColumnWidth(0, max(MIN_TITLE, room - total - each * people))
        longest = min(MAX_UPRIGHT, max([metrics.horizontalAdvance(name) for name in names + [self.tr("Totaal")]]))
        header.setMinimumHeight(longest + 16 if upright else 0)
        header.viewport().update()

    def minimumSizeHint(self) -> QSize:
        """Room for the card column and up to FIT_PEOPLE upright names without scrolling sideways:
        the console gives the capture panel at least this (folding the agenda if it must)."""
        hint = super().minimumSizeHint()
        people = min(FIT_PEOPLE, len(self.session.participants))
        if not people:
            return hint
        line = QFontMetrics(self.grid.horizontalHeader().font()).lineSpacing()
        grid = MIN_TITLE + people * (2 * line + 8) + line + 10 + 2 * self.grid.frameWidth() \
            + self.grid.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        return QSize(max(hint.width(), grid + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def refresh(self) -> None:
        step, session = self.controller.step, self.session
        vote = self.mode() == VOTE
        (self.vote_button if vote else self.choose_button).setChecked(True)
        self.targets = [] if step is None else (vote_targets(session, step) if vote else choice_targets(session, step))
        people = session.participants
        self._hall = is_crowd(len(people))
        if self._hall:
            self._refresh_hall(step, vote)
            return
        names = session.display_names()  # once, not once per person: a hall has three hundred
        counts: dict[tuple[str, str], int] = {}
        used: dict[str, int] = {}
        by_console: set[tuple[str, str]] = set()  # cells the facilitator entered (issue #29.6): in italics
        if vote and step is not None:
            for v in step.votes:
                counts[(v.participant_id, v.target)] = counts.get((v.participant_id, v.target), 0) + v.count
                used[v.participant_id] = used.get(v.participant_id, 0) + v.count
                if v.via == CONSOLE:
                    by_console.add((v.participant_id, v.target))
        elif step is not None:
            by_console = {(pid, card) for pid, cards in step.choice_via.items() for card, via in cards.items()
                          if via == CONSOLE}
        entered = self.tr(", ingevoerd door de begeleider")
        labels = [self.tr("Kaart")] + [self._header(p, names[p.id], used) for p in people] + [self.tr("Totaal")]
        active = session.active_card_id
        rows = []  # (title, [(text, count, accessible text) per person], total)
        for target in self.targets:
            title = session.card_title(step, target, self.controller.library)
            cells = []
            for participant in people:
                if vote:
                    count = counts.get((participant.id, target), 0)
                    text = "●" * count if count <= 4 else str(count)
                else:
                    count = int(target in step.choices.get(participant.id, []))
                    text = "✓" if count else ""
                marked = bool(count) and (participant.id, target) in by_console
                cells.append((text, count, f"{title}, {names[participant.id]}: {count}" + (entered if marked else ""),
                              marked))
            rows.append((("▶ " if target == active else "") + title, title, cells, sum(c[1] for c in cells)))
        shape = (vote, tuple(self.targets), tuple(p.id for p in people))
        before = getattr(self, "_shape", None)
        self.grid.blockSignals(True)
        if before is None or before[:2] != shape[:2] or self.grid.rowCount() != len(rows) \
                or shape[2][:len(before[2])] != before[2]:
            self._build(labels, rows, len(people))
        else:  # forty phones joining and voting: add their columns, change only the cells that changed
            if len(shape[2]) > len(before[2]):
                self._add_people(labels, rows, len(before[2]))
            self._update_cells(labels, rows)
        if before is None or len(before[2]) != len(shape[2]):
            self.updateGeometry()  # more participants: the panel asks for more room
        self._shape, self._shown = shape, (labels, rows)
        self.grid.blockSignals(False)
        self.help.setText(self._help_text(step))
        self._show_reveal(self.controller.tally_shown)

    def _refresh_hall(self, step, vote: bool) -> None:
        """A hall (more than core.crowd.CROWD participants): a column per person would be hundreds of
        columns nobody can read; the grid counts per card instead: the votes (or choices) and how many of
        the participants gave them. The phones do the voting."""
        session = self.session
        tally = (vote_tally if vote else choice_tally)(session, step, self.controller.library) if step else None
        people = len(session.participants)
        active = session.active_card_id
        labels = [self.tr("Kaart"), self.tr("Stemmen") if vote else self.tr("Gekozen"), self.tr("Deelnemers")]
        rows = [(("▶ " if row.target == active else "") + row.title, str(row.total) if row.total else "",
                 self.tr("{0} ({1} %)").format(len(row.by), round(100 * len(row.by) / max(1, people))) if row.by else "")
                for row in (tally.rows if tally else [])]
        shape = ("hall", vote, tuple(self.targets))
        self.grid.blockSignals(True)
        if getattr(self, "_shape", None) != shape or self.grid.rowCount() != len(rows):
            self.grid.clear()
            self.grid.setRowCount(len(rows))
            self.grid.setColumnCount(3)
            self.grid.setHorizontalHeaderLabels(labels)
            self.grid.verticalHeader().setVisible(False)
            big = self._cell_font()
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    if c:
                        item.setTextAlignment(CENTRE)
                        item.setFont(big)
                    self.grid.setItem(r, c, item)
            header = self.grid.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in (1, 2):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        else:
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    if self.grid.item(r, c).text() != text:
                        self.grid.item(r, c).setText(text)
        self._shape = shape
        self.grid.blockSignals(False)
        self.help.setText(self.tr("{0} deelnemers: het raster telt per kaart, de telefoons stemmen. Een kolom per "
                                  "persoon komt terug bij {1} deelnemers of minder.").format(people, CROWD))
        self._show_reveal(self.controller.tally_shown)

    def _cell_font(self) -> QFont:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        return big

    def _build(self, labels: list[str], rows: list, people: int) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(people + 2)
        self.grid.setHorizontalHeaderLabels(labels)
        for i in range(1, people + 1):
            self.grid.horizontalHeaderItem(i).setToolTip(plain(labels[i].replace("\n", ": ")))
        big = self._cell_font()
        for r, (shown, title, cells, total) in enumerate(rows):
            item = QTableWidgetItem(shown)
            item.setToolTip(plain(title))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(r, 0, item)
            for c, cell in enumerate(cells, 1):
                self.grid.setItem(r, c, self._cell(cell, big))
            total_item = QTableWidgetItem(str(total) if total else "")
            total_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bold = QFont(big)
            bold.setBold(True)
            total_item.setFont(bold)
            self.grid.setItem(r, people + 1, total_item)
        self.grid.verticalHeader().setVisible(False)
        self._fit_columns()
        if rows and people:
            self.grid.setCurrentCell(max(0, min(row, len(rows) - 1)), max(1, min(column, people)))

    @staticmethod
    def _cell(cell: tuple[str, int, str, bool], font: QFont) -> QTableWidgetItem:
        text, count, accessible, _marked = cell
        item = QTableWidgetItem(text)
        item.setTextAlignment(CENTRE)
        item.setFlags(CELL_FLAGS)
        VoteGridPanel._show_cell(item, cell, font)
        return item

    @staticmethod
    def _show_cell(item: QTableWidgetItem, cell: tuple[str, int, str, bool], font: QFont) -> None:
        """Text, the screen reader's words, the mark of a chosen cell, and italics for what the facilitator
        entered for someone without a phone (issue #29.6)."""
        text, count, accessible, marked = cell
        item.setText(text)
        item.setData(ACCESSIBLE_TEXT, accessible)
        item.setBackground(MARKED_BRUSH if count else QBrush())
        shown = QFont(font)
        shown.setItalic(marked)
        item.setFont(shown)
        item.setToolTip(QCoreApplication.translate("VoteGridPanel", "ingevoerd door de begeleider") if marked else "")

    def _add_people(self, labels: list[str], rows: list, known: int) -> None:
        """New participants (phones joining) get their columns before 'Totaal'; the rest stays."""
        old_labels, old_rows = self._shown
        big = self._cell_font()
        for column in range(known + 1, len(labels) - 1):
            self.grid.insertColumn(column)
            header = QTableWidgetItem(labels[column])
            header.setToolTip(plain(labels[column].replace("\n", ": ")))
            self.grid.setHorizontalHeaderItem(column, header)
            for r, row in enumerate(rows):
                self.grid.setItem(r, column, self._cell(row[2][column - 1], big))
        self._shown = (old_labels[:-1] + labels[known + 1:-1] + old_labels[-1:],
                       [(old[0], old[1], old[2] + row[2][known:], old[3]) for old, row in zip(old_rows, rows)])
        self._fit_columns()

    def _update_cells(self, labels: list[str], rows: list) -> None:
        old_labels, old_rows = self._shown
        headers = False
        for i in range(1, len(labels) - 1):
            if labels[i] != old_labels[i]:
                item = self.grid.horizontalHeaderItem(i)
                item.setText(labels[i])
                item.setToolTip(plain(labels[i].replace("\n", ": ")))
                headers = True
        big = self._cell_font()
        for r, ((shown, _title, cells, total), old) in enumerate(zip(rows, old_rows)):
            if shown != old[0]:
                self.grid.item(r, 0).setText(shown)
            for c, (cell, was) in enumerate(zip(cells, old[2]), 1):
                if cell != was:
                    self._show_cell(self.grid.item(r, c), cell, big)
            if total != old[3]:
                self.grid.item(r, len(cells) + 1).setText(str(total) if total else "")
        if headers:  # the counts changed, not the widths: a column stays under the mouse
            self.grid.horizontalHeader().viewport().update()


class GridWindow(FitsScreen, QWidget):
    """The grid on its own: for a laptop screen where the console's tab is too narrow."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("gridWindow")
        self.setWindowTitle(self.tr("Kiezen en stemmen – Reflectiespel"))
        self.grid_panel = VoteGridPanel(controller, self, popout=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid_panel)
