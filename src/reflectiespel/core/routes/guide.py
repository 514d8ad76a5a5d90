"""The guide of "Samen reflecteren": what happens when a team moves through a route. No Qt.

The Qt screens (ui/together) call these small functions on the Session and redraw; everything
lands in the session (and so in its file): whose turn it is, what someone said, who passed, the
values chosen, the closing answers, the board's recorded positions, the agreements.
"""

from __future__ import annotations

from datetime import datetime

from ..board.boarddef import describe_position, load_default_board
from ..sessions.compare import carried_agreements, new_agreements, seed_board, side_by_side
from ..base.i18n import speaking, translate
from ..decks.library import Library
from ..base.problems import FileProblems
from ..sessions.session import Participant, Session, Step
from ..sessions.session_ops import SessionError
from ..sessions.stepkinds import DEFAULT_ROUTE_KIND, kind_of, route_kind
from ..sessions.together import TogetherRun, status_name


def run_of(session: Session) -> TogetherRun:
    if session.together is None:
        raise SessionError(translate("Guide", "Deze sessie is geen route van Samen reflecteren; open hem in de "
                                          "sessiemodus."))
    return session.together


def step_kind(session: Session, step: Step | None = None) -> str:
    step = step or session.active_step
    return run_of(session).kind(step.id) if step else DEFAULT_ROUTE_KIND


def place_of(session: Session) -> str:
    step = session.active_step
    return f"{step.id}/{session.current_card}" if step else ""


# --- moving through the route ------------------------------------------------------------------------
def enter(session: Session, now: datetime | None = None) -> None:
    """Arrive at the current step (or card): start a new speaking round, or seed the board."""
    run = run_of(session)
    step = session.active_step
    if step is None:
        return
    kind = route_kind(run.kind(step.id))
    if kind.turns and run.turn_place != place_of(session):
        run.turn.start_round()
        run.turn_place = place_of(session)
    if kind.board and run.earlier is not None:
        seed_board(step.board, run.earlier, now)


def leave(session: Session, now: datetime | None = None) -> None:
    """Before moving on: a board step records its positions under the route's name for it."""
    run = run_of(session)
    step = session.active_step
    if step is None or not route_kind(run.kind(step.id)).board:
        return
    name = run.steps[step.id].snapshot if step.id in run.steps else None
    board = step.board
    if name and board.placements:
        board.snapshots = [s for s in board.snapshots if s.name != name]
        board.take_snapshot(name, now or datetime.now().astimezone().replace(microsecond=0))


def go_to_step(session: Session, index: int) -> bool:
    if not 0 <= index < len(session.steps):
        return False
    leave(session)
    session.go_to(index, 0)
    enter(session)
    return True


def next_step(session: Session) -> bool:
    """To the next step; False after the last one (the end: agreements and summary)."""
    if session.current_step + 1 >= len(session.steps):
        leave(session)
        run_of(session).finished = True
        return False
    return go_to_step(session, session.current_step + 1)


def previous_step(session: Session) -> bool:
    run_of(session).finished = False
    return go_to_step(session, session.current_step - 1)


def next_card(session: Session) -> bool:
    step = session.active_step
    if step is None or session.current_card + 1 >= len(step.card_ids):
        return False
    session.go_to(session.current_step, session.current_card + 1)
    enter(session)
    return True


# --- turns -------------------------------------------------------------------------------------------
def speaker(session: Session) -> Participant | None:
    current = run_of(session).turn.current
    return session.find_participant(current) if current else None


def spoke(session: Session, note: str = "") -> None:
    """The speaker is done; what they said (if anyone typed it) is kept as a note with their name."""
    run = run_of(session)
    step = session.active_step
    who = run.turn.current
    if who is None or step is None:
        return
    if note.strip():
        session.add_note(step.id, note, participant_id=who, card_id=session.active_card_id)
    run.turn.done()


def passed(session: Session) -> None:
    run_of(session).turn.pass_turn()


def another_round(session: Session) -> None:
    run_of(session).turn.start_round()


def toggle_choice(session: Session, card_id: str) -> bool:
    """The current speaker picks (or unpicks) a card; True when it is now chosen."""
    step = session.active_step
    who = run_of(session).turn.current
    if step is None or who is None:
        raise SessionError(translate("Guide", "Er is nu niemand aan de beurt om te kiezen; begin een nieuw rondje."))
    if session.is_chosen(step.id, who, card_id):
        session.clear_choice(step.id, who, card_id)
        return False
    session.set_choice(step.id, who, card_id)
    return True


def choosers(session: Session, step: Step, card_id: str) -> list[str]:
    return [session.display_name(p) for p in session.participants if card_id in step.choices.get(p.id, [])]


# --- closing answers ---------------------------------------------------------------------------------
def answer(session: Session, step_id: str) -> str:
    note_id = run_of(session).answers.get(step_id)
    step = session.step(step_id)
    note = next((n for n in step.notes if n.id == note_id), None)
    return note.text if note else ""


def set_answer(session: Session, step_id: str, text: str) -> None:
    """The team's short answer to the closing question (one note per step; empty removes it)."""
    run = run_of(session)
    step = session.step(step_id)
    note = next((n for n in step.notes if n.id == run.answers.get(step_id)), None)
    if not text.strip():
        if note is not None:
            session.remove_note(step_id, note.id)
        run.answers = {k: v for k, v in run.answers.items() if k != step_id}
    elif note is None:
        added = session.add_note(step_id, text).value
        run.answers = {**run.answers, step_id: added.id}
    elif note.text != text.strip():
        session.update_note(step_id, note.id, text=text.strip())


# --- the summary -------------------------------------------------------------------------------------
def summary_text(session: Session, library: Library | None = None) -> str:
    """The whole reflection as plain text: answers, what people said, choices, positions, agreements; in
    the language the session was made in, as the report and the exports."""
    with speaking(session.language):
        return _summary_text(session, library)


def _summary_text(session: Session, library: Library | None) -> str:
    run = run_of(session)
    names = ", ".join(session.display_name(p) for p in session.participants)
    lines = [session.title, translate("Summary", "Route: {0}").format(run.route_title),
             translate("Summary", "Datum: {0}").format(session.date.isoformat() if session.date else ""),
             translate("Summary", "Met: {0}").format(names), "", translate("Summary", "Afspraken")]
    lines += [f"- {_agreement(a)}" for a in new_agreements(session)] or [translate("Summary",
                                                                                   "(geen nieuwe afspraken)")]
    lines.append("")
    for number, step in enumerate(session.steps, 1):
        lines.append(f"{number}. {step.title}")
        question, reply = run.question(step.id), answer(session, step.id)
        if question:
            lines.append(f"   {question}")
            lines.append("   " + translate("Summary", "Antwoord: {0}").format(
                reply or translate("Summary", "(niet ingevuld)")))
        for note in step.notes:
            if note.id != run.answers.get(step.id):
                who = (session.display_name(note.participant_id) if note.participant_id
                       else translate("Summary", "Notitie"))
                lines.append(f"   - {who}: {note.text}")
        if kind_of(step).values and step.choices:
            for participant in session.participants:
                chosen = [session.card_title(step, c, library) for c in step.choices.get(participant.id, [])]
                if chosen:
                    lines.append("   " + translate("Summary", "{0} koos: {1}").format(
                        session.display_name(participant), ", ".join(chosen)))
        if step.board.placements:
            tokens = {t.id: t.name for t in step.board.tokens}
            for p in step.board.placements:
                who = f" ({p.perspective})" if p.perspective else ""
                lines.append(f"   {tokens.get(p.token_id, p.token_id)}{who}: {_position(p.x, p.y)}")
        lines.append("")
    passes = len(run.turn.passes())
    if passes:
        lines += [translate("Summary", "Er is {0} keer gepast.").format(passes), ""]
    old = carried_agreements(session)
    if old:
        lines += ["", translate("Summary", "Afspraken van vorige keer")]
        lines += [f"- {_agreement(a)}: {status_name(a.status).lower()}" for a in old]
    view = side_by_side(session, library)
    if view is not None and view.positions:
        lines += ["", translate("Summary", "Plek op de as: vorige keer en nu")]
        lines += [f"- {row.token} ({row.who}): {row.change()}" for row in view.positions]
    return "\n".join(lines).rstrip() + "\n"


def _agreement(action) -> str:
    parts = [action.wat]
    if action.wie:
        parts.append(translate("Summary", "wie: {0}").format(action.wie))
    if action.wanneer:
        parts.append(translate("Summary", "wanneer: {0}").format(action.wanneer))
    return " · ".join(parts)


def _position(x: float, y: float) -> str:
    """A position in words, from the board file (as the board itself says it)."""
    try:
        return describe_position(load_default_board(), x, y)
    except FileProblems:
        return translate("Summary", "{0}% naar kunst als doel, {1}% gedeeld").format(round(x * 100), round(y * 100))
