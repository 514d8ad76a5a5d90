"""One step of a route on screen: title, explanation, the step's own part, timer and closing question.

Everything the team does goes through core/routes/guide.py into the Session; this page only shows it
and emits ``changed`` so the window can autosave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core.routes import guide
from ...core.board.boarddef import BoardDefinition, board_in, describe_position
from ...core.sessions.compare import carried_agreements, mark, new_agreements, side_by_side
from ...core.decks.library import Library
from ...core.sessions.session import Session, SessionError
from ...core.sessions.stepkinds import route_kind
from ..theme import set_ink
from .agreements import AgreementsBody
from .cards import CardRoundBody, ValuesBody
from .common import TEXT_POINTS, TITLE_POINTS, button, label, line_edit, set_points
from .comparepanel import ComparePanel
from .timer import StepTimer

PERSON_COLOURS = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"]


class RunPage(QWidget):
    changed = Signal()
    finished = Signal()
    pause_requested = Signal()
    open_earlier_requested = Signal()

    def __init__(self, library: Library, board_definition: BoardDefinition | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runPage")
        self.library = library
        self.board_definition = board_definition
        self.shown_definition = board_definition  # the board in the session's language (set_session)
        self.session: Session | None = None
        self.undo_stack = QUndoStack(self)  # the reflection's undo history, behind the window's host
        self.host = None  # the window's host of the reflection (core/sessions/host.py): the board's changes go there
        self.board = None  # the BoardWidget, made on first use
        self.progress = label("", "stepProgress", 14)
        self.title = label("", "stepTitle", TITLE_POINTS, bold=True)
        self.explanation = label("", "stepExplanation", TEXT_POINTS)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timer = StepTimer()
        self.message = label("", "runMessage", 14)
        set_ink(self.message, "error")
        self.bodies = QStackedWidget()
        self.empty = QWidget()
        self.card_round = CardRoundBody()
        self.values = ValuesBody()
        self.agreements = AgreementsBody()
        self.compare = ComparePanel()
        self.board_host = QWidget()
        self.board_layout = QVBoxLayout(self.board_host)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty, self.card_round, self.values, self.agreements, self.compare, self.board_host):
            self.bodies.addWidget(widget)
        self.question = label("", "stepQuestion", 17, bold=True)
        self.answer = line_edit("stepAnswer", self.tr("Jullie antwoord op de slotvraag"),
                                self.tr("Typ hier jullie korte antwoord"), 17, 2000)
        self.back_button = button(self.tr("◀ Vorige stap"), "previousStep", 15, self.tr("Vorige stap"))
        self.pause_button = button(self.tr("Pauzeren en opslaan"), "pauseRoute", 15)
        self.next_button = button(self.tr("Volgende stap ▶"), "nextStep", 17, self.tr("Volgende stap"))
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.progress)
        titles.addWidget(self.title)
        head.addLayout(titles, 1)
        head.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        closing = QHBoxLayout()
        closing.addWidget(self.answer, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.pause_button)
        nav.addWidget(self.message, 1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addLayout(head)
        layout.addWidget(self.explanation)
        layout.addWidget(self.bodies, 1)
        layout.addWidget(self.question)
        layout.addLayout(closing)
        layout.addLayout(nav)

    def _connect(self) -> None:
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.pause_requested)
        self.answer.textEdited.connect(self._answer_edited)
        for bar in (self.card_round.turns, self.values.turns):
            bar.spoke.connect(lambda text: self._turn(guide.spoke, text))
            bar.passed.connect(lambda: self._turn(guide.passed))
            bar.again.connect(lambda: self._turn(guide.another_round))
        self.card_round.next_card.connect(self._next_card)
        self.values.card_clicked.connect(self._choose)
        self.agreements.add_requested.connect(self._add_agreement)
        self.agreements.remove_requested.connect(self._remove_agreement)
        self.compare.open_requested.connect(self.open_earlier_requested)
        self.compare.status_changed.connect(self._mark)
        QShortcut(QKeySequence("Ctrl+Right"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+Left"), self, self.go_back)

    # --- showing -----------------------------------------------------------------------------------
    def set_session(self, session: Session, host=None) -> None:
        self.session = session
        self.host = host
        # the room sees the board in the language the session was made in, whatever the window speaks
        self.shown_definition = board_in(self.board_definition, session.language)
        if self.board not in (None, False) and self.board.definition is not self.shown_definition:  # another session's
            self.board_layout.removeWidget(self.board)
            self.board.deleteLater()
            self.board = None
        guide.enter(session)
        self.show_step(restart_timer=True)

    def show_step(self, restart_timer: bool = False) -> None:
        session = self.session
        step = session.active_step if session else None
        if step is None:
            return
        kind = route_kind(guide.step_kind(session))
        run = guide.run_of(session)
        self.progress.setText(self.tr("Stap %1 van %2 · %3").replace("%1", str(session.current_step + 1))
                              .replace("%2", str(len(session.steps))).replace("%3", run.route_title))
        self.title.setText(step.title)
        self.explanation.setText(step.instruction)
        self.question.setText(run.question(step.id))
        if self.answer.text() != guide.answer(session, step.id):
            self.answer.setText(guide.answer(session, step.id))
        if restart_timer:
            self.timer.set_minutes(step.minutes)
        self.back_button.setEnabled(session.current_step > 0)
        last = session.current_step + 1 >= len(session.steps)
        self.next_button.setText(self.tr("Afronden ▶") if last else self.tr("Volgende stap ▶"))
        self.next_button.setAccessibleName(self.tr("Afronden") if last else self.tr("Volgende stap"))
        self.message.setText("")
        set_points(self.explanation, 14 if kind.board or kind.compare else TEXT_POINTS)  # a wide part of its own
        shows = {"cards": self._show_card_round, "values": self._show_values, "board": self._show_board,
                 "agreements": self._show_agreements, "compare": self._show_compare}
        shows.get(kind.body, lambda: self.bodies.setCurrentWidget(self.empty))()

    def _show_agreements(self) -> None:
        session = self.session
        self.agreements.show_agreements(new_agreements(session),
                                        [a for a in carried_agreements(session) if a.status == "open"])
        self.bodies.setCurrentWidget(self.agreements)

    def _show_compare(self) -> None:
        self.compare.show_view(side_by_side(self.session, self.library), self._describe)
        self.bodies.setCurrentWidget(self.compare)

    def _show_turns(self, bar) -> None:
        session = self.session
        run = guide.run_of(session)
        names = [session.display_name(p) for p in (session.find_participant(i) for i in run.turn.queue) if p]
        over = self.tr("Iedereen is geweest. Nog een rondje, of door naar de volgende stap.")
        if run.turn.alone:
            over = self.tr("Klaar met deze kaart? Ga door, of kijk nog eens.")
        bar.show_turn(names[0] if names else None, names[1:], run.turn.alone, over)

    def _show_card_round(self) -> None:
        session = self.session
        step = session.active_step
        deck = self._deck(step)
        card_id = session.active_card_id
        card = self._card(deck, card_id)
        self.card_round.show_card(deck, card, session.current_card, len(step.card_ids))
        self._show_turns(self.card_round.turns)
        self.bodies.setCurrentWidget(self.card_round)

    def _show_values(self) -> None:
        session = self.session
        step = session.active_step
        deck = self._deck(step)
        cards = [c for c in (self._card(deck, i) for i in step.card_ids) if c is not None]
        if [c.id for c in cards] != list(self.values.buttons):
            self.values.show_cards(deck, cards)
        who = guide.run_of(session).turn.current
        chosen = set(step.choices.get(who, [])) if who else set()
        speaker = guide.speaker(session)
        left = (step.max_choices or 3) - len(chosen)
        self.values.show_choices({c.id: c.title for c in cards}, chosen,
                                 {c.id: guide.choosers(session, step, c.id) for c in cards},
                                 session.display_name(speaker) if speaker else None, max(0, left))
        self._show_turns(self.values.turns)
        self.bodies.setCurrentWidget(self.values)

    def _show_board(self) -> None:
        session = self.session
        state = session.active_step.board
        colours = {session.display_name(p): PERSON_COLOURS[i % len(PERSON_COLOURS)]
                   for i, p in enumerate(session.participants)}
        if self.board is None:
            self.board = self._make_board(state, colours)
        elif self.board is not False:
            self.board.set_host(self.host)
            self.board.set_state(state)
            self.board.set_perspective_colours(colours)
        self.bodies.setCurrentWidget(self.board_host)

    def _make_board(self, state, colours):
        try:
            from ..board import BoardWidget
        except ImportError:  # the board is not there: say so, the team can still talk and answer
            BoardWidget = None  # noqa: N806 - the class, or None when the board cannot load
        if BoardWidget is None or self.shown_definition is None:
            self.board_layout.addWidget(label(self.tr("Het bord is hier niet beschikbaar. Teken de as op papier: "
                                                      "links kunst als middel, rechts kunst als doel, en drie "
                                                      "banen: één partij stuurt, de sturing wisselt, of jullie "
                                                      "delen de sturing."), "boardFallback", 18))
            return False
        widget = BoardWidget(state, self.shown_definition, self.host or self.undo_stack, colours)
        set_points(widget, 11)  # the board's tray is dense; the board itself draws its own large labels
        if widget.tray is not None:
            widget.tray.setFixedWidth(300)
            _simplify_tray(widget.tray)
        self.board_layout.addWidget(widget)  # its changes reach the window through the host
        return widget

    # --- helpers -------------------------------------------------------------------------------------
    def _deck(self, step):
        """The step's deck in the session's language (core/sessions/session.py deck_of), as the phones show it."""
        deck = self.session.deck_of(step, self.library)
        if deck is None and step.deck_id:
            self.message.setText(self.tr("De kaartenset '%1' is niet gevonden.").replace("%1", str(step.deck_id)))
        return deck

    @staticmethod
    def _card(deck, card_id):
        if deck is None or card_id is None:
            return None
        try:
            return deck.card(card_id)
        except KeyError:
            return None

    def _describe(self, x: float, y: float) -> str:
        if self.shown_definition is None:
            return f"{x:.2f}, {y:.2f}"
        return describe_position(self.shown_definition, x, y)

    def _done(self) -> None:
        self.show_step()
        self.changed.emit()

    def _safely(self, action, *args) -> bool:
        try:
            action(self.session, *args)
        except SessionError as exc:
            self.message.setText(str(exc))
            return False
        return True

    # --- what the team does -------------------------------------------------------------------------------
    def _turn(self, action, *args) -> None:
        if self._safely(action, *args):
            self._done()

    def _choose(self, card_id: str) -> None:
        if self._safely(guide.toggle_choice, card_id):
            self._done()
        else:
            problem = self.message.text()
            self.show_step()  # the button un-checks itself again
            self.message.setText(problem)

    def _next_card(self) -> None:
        if guide.next_card(self.session):
            self._done()

    def _answer_edited(self, text: str) -> None:
        step = self.session.active_step
        if step is not None and self._safely(lambda s: guide.set_answer(s, step.id, text)):
            self.changed.emit()

    def _add_agreement(self, wat: str, wie: str, wanneer: str) -> None:
        step = self.session.active_step
        if self._safely(lambda s: s.add_action(step.id, wat, wie, wanneer)):
            self._done()

    def _remove_agreement(self, action_id: str) -> None:
        step = self.session.active_step
        if self._safely(lambda s: s.remove_action(step.id, action_id)):
            self._done()

    def _mark(self, action_id: str, status: str) -> None:
        if self._safely(lambda s: mark(s, action_id, status)):
            self.changed.emit()

    def go_next(self) -> None:
        if self.session is None:
            return
        moved = guide.next_step(self.session)
        self.changed.emit()
        if moved:
            self.show_step(restart_timer=True)
        else:
            self.timer.stop()
            self.finished.emit()

    def go_back(self) -> None:
        if self.session is not None and guide.previous_step(self.session):
            self.show_step(restart_timer=True)
            self.changed.emit()


def _simplify_tray(tray: QWidget) -> None:
    """A team without a facilitator needs to add, place and record; display switches and image
    export stay in the facilitator's console. Hides them here (and saves room on a 720-pixel screen)."""
    for box in tray.findChildren(QGroupBox):
        if box.title() == "Weergave":
            box.hide()
    for widget in tray.findChildren(QPushButton):
        if widget.objectName().startswith("boardExport_"):
            widget.hide()
    for text in tray.findChildren(QLabel):
        if text.text().startswith(("Bewaren als", "Bord bewaren")):
            text.hide()
