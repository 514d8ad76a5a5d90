"""Comparing with last time: what a team had in an earlier reflection, and what changed since.

``summarize`` copies what matters of an earlier session (positions on the axis, the values each
person chose, the open agreements) into an ``EarlierSummary`` kept in the new session, so the
comparison still works when the old file moves. ``carry_over`` brings the old open agreements into
the new session, where the team marks each one done, still open or dropped (``mark``).
``side_by_side`` lines up then and now for the screen and the summary. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from collections.abc import Callable

from ..board.board import BoardState, Placement, Snapshot, Token
from ..base.i18n import QT_TRANSLATE_NOOP, language, translate
from ..decks.library import Library
from .session import ActionItem, Session
from .stepkinds import kind_of
from .session_ops import Edit, SessionError, _group, _insert, _remove, _update
from .together import STATUS_NAMES, EarlierChoice, EarlierPosition, EarlierSummary, status_name

Describe = Callable[[float, float], str]
GROUP = QT_TRANSLATE_NOOP("Compare", "de groep")  # a position without a perspective


# --- what a session holds --------------------------------------------------------------------------
def _perspective_name(session: Session, perspective: str) -> str:
    if not perspective:
        return ""
    found = session.find_participant(perspective)
    return session.display_name(found) if found else perspective


def board_positions(session: Session) -> list[EarlierPosition]:
    """The latest positions on the axis: the last board step that has any (else its last snapshot)."""
    for step in reversed(session.steps):
        board: BoardState = step.board
        placements: list[Placement] = board.placements or (board.snapshots[-1].placements if board.snapshots else [])
        if not placements:
            continue
        names = {t.id: t.name for t in board.tokens}
        return [EarlierPosition(token=names.get(p.token_id, p.token_id),
                                perspective=_perspective_name(session, p.perspective), x=p.x, y=p.y)
                for p in placements]
    return []


def chosen_values(session: Session, library: Library | None = None) -> list[EarlierChoice]:
    """Per person (in participant order) the titles of the cards they chose in 'values' steps."""
    by_person: dict[str, list[str]] = {}
    for step in session.steps:
        if not kind_of(step).values or not step.choices:
            continue
        for participant in session.participants:
            for card_id in step.choices.get(participant.id, []):
                title = session.card_title(step, card_id, library)
                chosen = by_person.setdefault(session.display_name(participant), [])
                if title not in chosen:
                    chosen.append(title)
    return [EarlierChoice(person=person, cards=cards) for person, cards in by_person.items()]


def all_actions(session: Session) -> list[ActionItem]:
    return [action for step in session.steps for action in step.actions]


def open_agreements(session: Session) -> list[ActionItem]:
    """Agreements still open at the end of that session (done and dropped ones were settled then)."""
    return [a for a in all_actions(session) if a.status == "open"]


def summarize(earlier: Session, library: Library | None = None, path: Path | str | None = None) -> EarlierSummary:
    return EarlierSummary(
        title=earlier.title, date=earlier.date.isoformat() if earlier.date else "",
        path=str(path or earlier.path or ""), positions=board_positions(earlier),
        values=chosen_values(earlier, library), agreements=len(open_agreements(earlier)))


# --- bringing last time into this session ------------------------------------------------------------
def carry_over(current: Session, step_id: str, earlier: Session, library: Library | None = None,
               path: Path | str | None = None) -> Edit:
    """Copy the earlier open agreements into ``step_id`` (status open, to be marked) and keep a summary.

    Opening another earlier file replaces what came from the previous one. Undoable as one edit.
    """
    run = current.together
    if run is None:
        raise SessionError(translate("Compare", "Deze sessie is geen route van Samen reflecteren."))
    if earlier.id == current.id:
        raise SessionError(translate("Compare", "Dit is de reflectie van vandaag zelf; kies die van een eerdere keer."))
    step = current.step(step_id)
    edits: list[Edit] = []
    for old_id in list(run.carried):
        for s in current.steps:
            found = next((a for a in s.actions if a.id == old_id), None)
            if found is not None:
                edits.append(_remove("", s.actions, found))
    copies = [ActionItem(wat=a.wat, wie=a.wie, wanneer=a.wanneer) for a in open_agreements(earlier)]
    for copy in copies:
        edits.append(_insert("", step.actions, copy))
    edits.append(_update("", run, {"earlier": summarize(earlier, library, path),
                                   "carried": [c.id for c in copies]}))
    return _group(translate("Compare", "Vorige keer openen"), edits, copies)


def mark(current: Session, action_id: str, status: str) -> Edit:
    """The team says of an old agreement: done, still open, or dropped."""
    if status not in STATUS_NAMES:
        raise SessionError(translate("Compare", "Kies gedaan, nog open of vervallen."))
    for step in current.steps:
        for action in step.actions:
            if action.id == action_id:
                return _update(translate("Compare", "Afspraak: {0}").format(status_name(status).lower()), action,
                               {"status": status})
    raise SessionError(translate("Compare", "Deze afspraak bestaat niet (meer)."))


def carried_agreements(current: Session) -> list[ActionItem]:
    run = current.together
    if run is None:
        return []
    wanted = set(run.carried)
    return [a for a in all_actions(current) if a.id in wanted]


def new_agreements(current: Session) -> list[ActionItem]:
    wanted = set(current.together.carried) if current.together else set()
    return [a for a in all_actions(current) if a.id not in wanted]


def seed_board(state: BoardState, earlier: EarlierSummary, taken: datetime | None = None,
               name: str | None = None) -> bool:
    """Put last time's practices on an empty board, at last time's places, with a ghost snapshot.

    Returns False (and changes nothing) when the board already has tokens: the team's own work wins.
    The snapshot is called ``name``, by default "vorige keer" in the interface language.
    """
    if state.tokens or not earlier.positions:
        return False
    ids: dict[str, str] = {}
    colours = ["#d35400", "#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00838f"]
    for position in earlier.positions:
        if position.token not in ids:
            token_id = state.new_token_id(position.token)
            ids[position.token] = token_id
            state.tokens.append(Token(id=token_id, name=position.token, colour=colours[(len(ids) - 1) % len(colours)]))
        state.place(ids[position.token], position.perspective, position.x, position.y)
    state.snapshots.append(Snapshot(name=name or translate("Compare", "vorige keer"),
                                    taken=taken or datetime.now().astimezone().replace(microsecond=0),
                                    placements=[p.model_copy() for p in state.placements]))
    return True


# --- side by side ----------------------------------------------------------------------------------
@dataclass
class PositionRow:
    token: str
    perspective: str
    then: tuple[float, float] | None
    now: tuple[float, float] | None

    @property
    def who(self) -> str:
        return self.perspective or translate("Compare", GROUP)

    def change(self, describe: Describe | None = None) -> str:
        """In words: new, gone, stayed, or which way it moved (and where it is now)."""
        if self.then is None and self.now is None:
            return ""
        if self.then is None:
            return translate("Compare", "nieuw") + (f": {describe(*self.now)}" if describe and self.now else "")
        if self.now is None:
            return translate("Compare", "nog niet opnieuw geplaatst")
        dx = self.now[0] - self.then[0]
        parts = []
        if abs(dx) >= 0.05:
            parts.append(translate("Compare", "meer naar kunst als doel") if dx > 0
                         else translate("Compare", "meer naar kunst als middel"))
        then_band, now_band = _ownership(self.then[1]), _ownership(self.now[1])
        if then_band != now_band:  # ownership is three kinds, not a scale: name the kinds
            parts.append(translate("Compare", "van {0} naar {1}").format(then_band, now_band))
        words = ", ".join(parts) or translate("Compare", "op dezelfde plek")
        return words + (translate("Compare", " (nu: {0})").format(describe(*self.now)) if describe and parts else "")


_BANDS: dict[str, list[str]] = {}  # per language: a summary may speak another language than the screen


def _ownership(y: float) -> str:
    """The kind of ownership at height ``y`` on the built-in board (three equal bands), in the current language."""
    bands = _BANDS.get(language())
    if not bands:
        try:
            from ..board.boarddef import load_default_board

            bands = [stop.words for stop in load_default_board().vertical.stops]
        except Exception:  # noqa: BLE001 - a broken board file must not break the comparison
            bands = [translate("Report", "één partij stuurt"), translate("Report", "sturing wisselt"),
                     translate("Report", "sturing gedeeld")]
        _BANDS[language()] = bands
    return bands[min(len(bands) - 1, max(0, int(y * len(bands))))]


@dataclass
class ValueRow:
    person: str
    then: list[str]
    now: list[str]

    @property
    def kept(self) -> list[str]:
        return [v for v in self.now if v in self.then]

    @property
    def added(self) -> list[str]:
        return [v for v in self.now if v not in self.then]

    @property
    def left(self) -> list[str]:
        return [v for v in self.then if v not in self.now]


@dataclass
class SideBySide:
    earlier: EarlierSummary
    positions: list[PositionRow] = field(default_factory=list)
    values: list[ValueRow] = field(default_factory=list)
    agreements: list[ActionItem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        totals = {status: 0 for status in STATUS_NAMES}
        for action in self.agreements:
            totals[action.status] += 1
        return totals


def side_by_side(current: Session, library: Library | None = None) -> SideBySide | None:
    """Then (the summary kept in the session) next to now; None when nothing was opened yet."""
    run = current.together
    if run is None or run.earlier is None:
        return None
    earlier = run.earlier
    then = {(p.token, p.perspective): (p.x, p.y) for p in earlier.positions}
    now = {(p.token, p.perspective): (p.x, p.y) for p in board_positions(current)}
    keys = list(then) + [k for k in now if k not in then]
    positions = [PositionRow(token, who, then.get((token, who)), now.get((token, who))) for token, who in keys]
    then_values = {c.person: c.cards for c in earlier.values}
    now_values = {c.person: c.cards for c in chosen_values(current, library)}
    people = list(then_values) + [p for p in now_values if p not in then_values]
    values = [ValueRow(person, then_values.get(person, []), now_values.get(person, [])) for person in people]
    return SideBySide(earlier, positions, values, carried_agreements(current))
