"""The running session in the console: its host (core/sessions/host.py: the one way in, the undo stack, the
autosave), its timer, the projection's state and where it is.

Widgets read the session through this object and change it only through ``apply``, which hands a
core operation's edit to the host; phones go through the same host (livepanel.py, phonelink.py).
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from ...core.sessions.countdown import Countdown
from ...core.decks.decks import Card, Deck
from ...core.decks.library import Library
from ...core.sessions.rehearsal import Rehearsal
from ...core.base.problems import FileProblems
from ...core.sessions.host import PHONE, WINDOW
from ...core.sessions.session import Session, Step
from ...core.sessions.session_ops import Edit, SessionError
from ...core.sessions.storage import MAX_BYTES, NEAR_BYTES, Claims, RecentSessions, save_in_window, size_text
from ...core.sessions.autosave import Autosaver
from .hosting import window_host

LARGE_SETTING = "projection-large"  # settings.json key: groot beeld on the projection
AUTOSAVE_DELAY = 1.0  # seconds: with the 250 ms tick, every change is on disk within 1.25 s
SIZE_WARNING_EVERY = 60.0  # seconds: the warning that a session nears the size limit comes back this often


class SessionController(QObject):
    changed = Signal()  # the model changed: views redraw
    moved = Signal()  # another step or card is showing
    problem = Signal(str)  # a Dutch message for the facilitator
    black_changed = Signal(bool)
    timer_changed = Signal()
    tally_changed = Signal(bool)  # the result of choosing/voting is (not) on the projection
    rehearsal_changed = Signal(bool)  # a rehearsal (clock ten times as fast) started or ended
    large_changed = Signal(bool)  # "groot beeld" on the projection (larger text, fewer words)

    def __init__(self, session: Session, library: Library, data_dir: Path | None = None,
                 parent: QObject | None = None, claims: Claims | None = None):
        super().__init__(parent)
        self.session = session
        self.claims = claims or self._claim(session, data_dir)
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.autosaver = Autosaver(data_dir, delay=AUTOSAVE_DELAY, background=True)
        # the one way in: checks, the undo stack, the autosave, and out of the collector's full passes
        # while the window is open (a big board: hundreds of thousands of objects; core/base/collector.py)
        self.host = window_host(session, self.undo_stack, self.autosaver)
        self.host.listeners.append(self._host_changed)
        self.recent = RecentSessions(data_dir)
        self.black = False
        self.tally_shown = False  # like black: what the room sees, not part of the session
        self.data_dir = data_dir
        self.large = bool(self._settings().get(LARGE_SETTING, False))  # remembered between sessions
        self.sound = False  # a beep at zero; off by default, the signal at zero is visual
        self.countdown = Countdown(self._step_seconds())
        self.rehearsal = None  # a core.rehearsal.Rehearsal while the facilitator rehearses the agenda
        self._before_rehearsal = (0, 0)
        self._timer_was_finished = False
        self._size_warned_at: float | None = None  # when the facilitator was last told the session nears the limit
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(250)
        self._autosave_timer.timeout.connect(self._autosave_tick)
        self._autosave_timer.start()
        self._clock = QTimer(self)
        self._clock.setInterval(200)
        self._clock.timeout.connect(self._clock_tick)
        self._clock.start()
        self.autosaver.changed(session)  # a new or restored session is on disk within a second

    # --- changing the model ----------------------------------------------------------------
    def apply(self, operation: Callable[..., Edit], *args, **kwargs) -> Edit | None:
        """Run a core operation and hand its edit to the host (checked, one undo step, saved, told); a
        refused change becomes a message."""
        try:
            return self.host.run(operation, *args, **kwargs)
        except SessionError as exc:  # also the host's Refused: undone, nothing kept
            self.problem.emit(str(exc))
            return None

    def _host_changed(self, source: str) -> None:
        if source != PHONE:  # a phone's change redraws a little later, with the others (phonelink.py)
            self.changed.emit()

    @staticmethod
    def _claim(session: Session, data_dir: Path | None) -> Claims:
        """Claims for a session that did not come from open_in_window (new, recovered): its id, its file."""
        import uuid

        claims = Claims(data_dir)
        if not claims.claim_id(session.id):  # the same session is open in another window
            session.id = uuid.uuid4().hex
            claims.claim_id(session.id)
        if session.path and not claims.claim_file(Path(session.path)):
            session.path = None  # another window has that file: "Opslaan" asks where
        return claims

    def touch(self) -> None:
        """Something changed outside an edit: save soon and let the views know."""
        self.host.changed(WINDOW)

    def _autosave_tick(self) -> None:
        self.autosaver.tick()
        if self.autosaver.error:
            self.problem.emit(self.autosaver.error)
        elif self.autosaver.size >= NEAR_BYTES:
            self._warn_size()
        else:
            self._size_warned_at = None

    def _warn_size(self) -> None:
        """The session nears the size a session file may have: say so at once, and again every minute."""
        now = self.autosaver.clock()
        if self._size_warned_at is not None and now - self._size_warned_at < SIZE_WARNING_EVERY:
            return
        self._size_warned_at = now
        self.problem.emit(self.tr("Let op: deze sessie is {0} groot; boven {1} kan hij niet meer worden bewaard. "
                                  "Telefoons kunnen geen tekst meer sturen. Begin voor het vervolg een nieuwe "
                                  "sessie, of haal lange notities weg.").format(size_text(self.autosaver.size),
                                                                                size_text(MAX_BYTES)))

    # --- where we are ----------------------------------------------------------------------
    @property
    def step(self) -> Step | None:
        return self.session.active_step

    def deck_of(self, step: Step | None) -> Deck | None:
        """The step's deck in the session's language (core/sessions/session.py ``deck_of``), not the window's."""
        return self.session.deck_of(step, self.library) if step is not None else None

    def card(self, step: Step | None = None, card_id: str | None = None) -> tuple[Deck, Card] | None:
        """The deck and card showing (or the given one), if there is a card."""
        step = step or self.step
        card_id = card_id or self.session.active_card_id
        deck = self.deck_of(step)
        if deck is None or card_id is None:
            return None
        try:
            return deck, deck.card(card_id)
        except KeyError:
            return None

    def next_card(self) -> tuple[Deck, Card] | None:
        session = self.session
        step = self.step
        if step is not None and session.current_card + 1 < len(step.card_ids):
            return self.card(step, step.card_ids[session.current_card + 1])
        following = session.next_step()
        if following is not None and following.card_ids:
            return self.card(following, following.card_ids[0])
        return None

    def go_next(self) -> None:
        self._move(self.session.advance)

    def go_previous(self) -> None:
        self._move(self.session.retreat)

    def go_to(self, step_index: int, card_index: int = 0) -> None:
        self._move(lambda: self.session.go_to(step_index, card_index) or True)

    def _move(self, move: Callable[[], bool]) -> None:
        before = (self.session.current_step, self.session.current_card)
        if not move():
            return
        if self.session.current_step != before[0]:
            self.countdown.reset(self._step_seconds())
            self._timer_was_finished = False
            if self.rehearsal is not None:  # rehearsing: each step's clock runs at once, ten times as fast
                self._rehearse_step()
            self.timer_changed.emit()
            self.set_tally_shown(False)  # a new step starts without a result on the screen
        self.host.moved()
        self.moved.emit()

    def set_black(self, on: bool) -> None:
        if on != self.black:
            self.black = on
            self.black_changed.emit(on)

    def toggle_black(self) -> None:
        self.set_black(not self.black)

    def _settings(self) -> dict:
        from ...core.files.paths import user_data_dir
        from ...core.files.settings import read_settings

        return read_settings(self.data_dir or user_data_dir())

    def set_large(self, on: bool) -> None:
        """Groot beeld for rooms with people with low vision; remembered in settings.json for next time."""
        if on == self.large:
            return
        self.large = on
        from ...core.files.paths import user_data_dir
        from ...core.files.settings import remember

        try:
            remember(self.data_dir or user_data_dir(), LARGE_SETTING, on)
        except (OSError, FileProblems):
            self.problem.emit(self.tr("Groot beeld staat aan voor deze sessie; de keuze kon niet worden bewaard."))
        self.large_changed.emit(on)

    def toggle_large(self) -> None:
        self.set_large(not self.large)

    def set_tally_shown(self, on: bool) -> None:
        if on != self.tally_shown:
            self.tally_shown = on
            self.tally_changed.emit(on)

    # --- a rehearsal ---------------------------------------------------------------------------
    def start_rehearsal(self) -> None:
        """Run the agenda from the first step with the clock ten times as fast, to check the timing."""
        if self.rehearsal is not None or not self.session.steps:
            return
        self._before_rehearsal = (self.session.current_step, self.session.current_card)
        self.rehearsal = Rehearsal(clock=self.countdown.clock)
        self.session.go_to(0)
        self.countdown.reset(self._step_seconds())
        self._rehearse_step()
        self.timer_changed.emit()
        self.moved.emit()
        self.rehearsal_changed.emit(True)

    def _rehearse_step(self) -> None:
        step = self.step
        self.rehearsal.enter(step.id, step.title, step.minutes)
        self.countdown.set_speed(self.rehearsal.speed)
        self.countdown.start()

    def stop_rehearsal(self) -> list[str]:
        """End the rehearsal: the clock at normal speed, back where the facilitator was; returns the report."""
        if self.rehearsal is None:
            return []
        self.rehearsal.finish()
        report = self.rehearsal.report([s.title for s in self.session.steps])
        self.rehearsal = None
        self.countdown.set_speed(1.0)
        self.session.go_to(*self._before_rehearsal)
        self.countdown.reset(self._step_seconds())
        self.timer_changed.emit()
        self.moved.emit()
        self.rehearsal_changed.emit(False)
        return report

    # --- the timer -------------------------------------------------------------------------
    def _step_seconds(self) -> int:
        step = self.session.active_step
        return step.minutes * 60 if step else 0

    def toggle_timer(self) -> None:
        self.countdown.toggle()
        self.timer_changed.emit()

    def add_minute(self) -> None:
        self.countdown.add(60)
        self.timer_changed.emit()

    def reset_timer(self) -> None:
        self.countdown.reset(self._step_seconds())
        self._timer_was_finished = False
        self.timer_changed.emit()

    def _clock_tick(self) -> None:
        if self.countdown.running:
            finished = self.countdown.finished
            if finished and not self._timer_was_finished and self.sound:
                QApplication.beep()
            self._timer_was_finished = finished
            self.timer_changed.emit()

    # --- files -----------------------------------------------------------------------------
    def save(self, path: Path) -> Path:
        """Save atomically; raises OSError/FileProblems for the window to report (and then nothing changed:
        not the file, not the path the window saves to)."""
        written = save_in_window(self.session, Path(path), self.claims)
        self.undo_stack.setClean()
        self.recent.add(written)
        self.autosaver.changed(self.session)
        self.autosaver.flush()
        return written

    def close_cleanly(self) -> None:
        """The facilitator closed the session on purpose: no recovery offer next time."""
        self._autosave_timer.stop()
        self._clock.stop()
        self.autosaver.discard(self.session)
        self.claims.release()
        self.host.close()
