"""What a phone sends, turned into undoable edits on the Session (plain Python, no Qt, no web code).

Every function runs on the thread that owns the session (the UI thread in the app) and returns the
``Edit`` that core/sessions/session_ops.py made, so a phone's vote is undone like one typed by the facilitator.
A refusal raises RoomError with a message for the phone (the server says it in the room's language;
the hub runs these functions inside ``i18n.speaking(session language)``, so a refusal of the session
itself, and a practice this adds to the board, are in that language too).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.sessions import tally
from ..core.base.i18n import QT_TRANSLATE_NOOP, translate
from ..core.sessions.session import Session, Step
from ..core.sessions.session_ops import Edit, SessionError, combine
from ..core.sessions.stepkinds import kind_of, route_kind
from .rooms import Phone, RoomError

DEFAULT_TOKEN_NAME = QT_TRANSLATE_NOOP("live", "Onze praktijk")  # in the session's language when added
MAX_NOTE = 2000


def current_step(session: Session, step_id: str) -> Step:
    """Phones act on the step that is showing; an old page gets a clear answer."""
    step = session.active_step
    if step is None or step.id != step_id:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "De begeleider is al bij een andere stap. Je scherm is bijgewerkt."))
    return step


def _participant(session: Session, phone: Phone) -> str:
    if phone.participant_id is None or session.find_participant(phone.participant_id) is None:
        raise RoomError(401, QT_TRANSLATE_NOOP("live", "Je staat niet (meer) in deze sessie. Meld je opnieuw aan met de code."))
    return phone.participant_id


def _refused(exc: SessionError) -> RoomError:
    return RoomError(409, str(exc))


def vote_targets(session: Session, step: Step) -> list[str]:
    """The cards a phone shows: in a vote step exactly what can be voted on (core/sessions/tally.py, the same
    rule as the console's grid); in any other step its cards and the cards the group made in it. The ideas
    of an idea wall are left out: the wall shows them, with their own vote buttons (page/input.js)."""
    if tally.votes_on_earlier_choices(step):
        targets = tally.vote_targets(session, step)
    else:
        targets = list(step.card_ids) + [card.id for card in step.group_cards]
    on_wall = {idea.id for idea in step.wall.ideas} if step.wall is not None else set()
    return [target for target in targets if target not in on_wall]


def perspective_of(session: Session, participant_id: str) -> str:
    """The board keeps a person's placements under the name the console shows for them."""
    return session.display_name(participant_id)


def _unique_name(session: Session, name: str) -> str:
    taken = {session.display_name(p) for p in session.participants}
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} {n}", n + 1
    return candidate


def same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def join(session: Session, phone: Phone, taken: set[str] = frozenset()) -> Edit | None:
    """A phone joins as a participant (without a name in an anonymous session).

    A name the session already has, and that no other phone holds (``taken``), is that person: the
    phone takes their place (no edit; None). In Samen reflecteren the team was named at the start, so
    only those names can join. Otherwise a new participant; two Anns become Ann and Ann 2.
    """
    if not session.anonymous and phone.name:
        for person in session.participants:
            if person.id not in taken and same_name(person.name, phone.name):
                phone.participant_id, phone.name = person.id, session.display_name(person)
                return None
    if session.together is not None:
        names = ", ".join(session.display_name(p) for p in session.participants if p.id not in taken)
        if names:
            raise RoomError(403, QT_TRANSLATE_NOOP(
                "live", "Deze naam hoort niet bij jullie team. Kies je naam zoals hij op de laptop staat: {0}."), names)
        raise RoomError(403, QT_TRANSLATE_NOOP("live", "Deze naam hoort niet bij jullie team."))
    name = "" if session.anonymous or not phone.name else _unique_name(session, phone.name)
    phone.name = name
    edit = session.add_participant(name)
    edit.text = QT_TRANSLATE_NOOP("live", "Telefoon meldt zich aan")
    phone.participant_id = edit.value.id
    return edit


def vote(session: Session, phone: Phone, step_id: str, target: str, delta: int) -> Edit:
    step = current_step(session, step_id)
    pid = _participant(session, phone)
    votable = tally.vote_targets(session, step)  # the one rule (core/sessions/tally.py), as on the console's grid
    if target not in votable:
        if target not in step.card_ids and target not in {card.id for card in step.group_cards}:
            raise RoomError(404, QT_TRANSLATE_NOOP("live", "Deze kaart hoort niet bij deze stap."))
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Op deze kaart wordt nu niet gestemd. Je scherm is bijgewerkt."))
    # the phone's own words ("you"), in the room's language, before the session's refusal for the console
    budget, used = session.budget(step), step.votes_used(pid)
    if delta > 0 and budget == 0:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "In deze stap wordt niet gestemd."))
    if delta > 0 and used >= budget:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Je hebt al {0} van de {1} stemmen gebruikt in deze stap."),
                        used, budget)
    if delta <= 0 and not any(v.participant_id == pid and v.target == target for v in step.votes):
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Hier staat geen stem van jou."))
    try:
        if delta > 0:
            return session.add_vote(step.id, pid, target, 1, via="phone")
        return session.remove_vote(step.id, pid, target, 1, via="phone")
    except SessionError as exc:
        raise _refused(exc) from None


def choose(session: Session, phone: Phone, step_id: str, card_id: str, chosen: bool) -> Edit:
    step = current_step(session, step_id)
    pid = _participant(session, phone)
    if card_id not in step.card_ids:
        raise RoomError(404, QT_TRANSLATE_NOOP("live", "Deze kaart hoort niet bij deze stap."))
    mine = step.choices.get(pid, [])
    if chosen and card_id in mine:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Deze kaart had je al gekozen."))
    if chosen and step.max_choices is not None and len(mine) >= step.max_choices:
        raise RoomError(409, QT_TRANSLATE_NOOP(
            "live", "Je hebt al zoveel kaarten gekozen als mag ({0}); haal eerst een keuze weg."), step.max_choices)
    if not chosen and card_id not in mine:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Deze kaart had je niet gekozen."))
    try:
        if chosen:
            return session.set_choice(step.id, pid, card_id, via="phone")
        return session.clear_choice(step.id, pid, card_id)
    except SessionError as exc:
        raise _refused(exc) from None


def note(session: Session, phone: Phone, step_id: str, text: str) -> Edit:
    step = current_step(session, step_id)
    pid = _participant(session, phone)
    text = str(text).strip()
    if len(text) > MAX_NOTE:
        raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit is te lang; houd het bij een paar zinnen."))
    if not text:
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Een lege notitie wordt niet bewaard."))
    try:
        edit = session.add_note(step.id, text, pid, session.active_card_id, via="phone")
    except SessionError as exc:
        raise _refused(exc) from None
    edit.text = QT_TRANSLATE_NOOP("live", "Antwoord van een telefoon")
    return edit


def place(session: Session, phone: Phone, step_id: str, token_id: str | None, x: float, y: float,
          reason: str | None = None) -> Edit:
    """Put a practice on the axis board from this phone's own perspective (the participant).

    With no practice on the board yet, the first placement adds one ("Onze praktijk"), in the same undo step.
    """
    step = current_step(session, step_id)
    pid = _participant(session, phone)
    if not kind_of(step).board:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "In deze stap staat er geen bord."))
    if not all(isinstance(v, (int, float)) and 0.0 <= v <= 1.0 for v in (x, y)):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Deze plek ligt niet op het bord."))
    edits = []
    try:
        if not step.board.tokens:
            edits.append(session.add_board_token(step.id, translate("live", DEFAULT_TOKEN_NAME)))
        token_id = token_id or step.board.tokens[0].id
        edits.append(session.place_token(step.id, token_id, perspective_of(session, pid), x, y, reason))
    except SessionError as exc:
        for edit in reversed(edits):
            edit.undo()
        raise _refused(exc) from None
    if len(edits) == 1:
        edits[0].text = QT_TRANSLATE_NOOP("live", "Praktijk plaatsen (telefoon)")
        return edits[0]
    return combine(QT_TRANSLATE_NOOP("live", "Praktijk plaatsen (telefoon)"), edits, edits[-1].value)


def turn(session: Session, phone: Phone, step_id: str, passed: bool, text: str = "") -> Edit:
    """Samen reflecteren: the speaker ends their turn from their own phone ("Klaar", with what they want
    kept as a note, or "Ik pas"). One undo step: the note and the turn together."""
    step = current_step(session, step_id)
    pid = _participant(session, phone)
    run = session.together
    if run is None or not route_kind(run.kind(step.id)).turns:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "In deze stap zijn er geen beurten."))
    if run.turn.current != pid:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Je bent nu niet aan de beurt. Je scherm is bijgewerkt."))
    text = "" if passed else str(text).strip()
    if len(text) > MAX_NOTE:
        raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit is te lang; houd het bij een paar zinnen."))
    before = run.turn.model_copy(deep=True)
    note = None
    if text:
        try:
            note = session.add_note(step.id, text, pid, session.active_card_id, via="phone")
        except SessionError as exc:
            raise _refused(exc) from None
    run.turn.pass_turn() if passed else run.turn.done()
    after = run.turn.model_copy(deep=True)

    def redo():
        if note is not None:
            note.redo()
        run.turn = after.model_copy(deep=True)

    def undo():
        run.turn = before.model_copy(deep=True)
        if note is not None:
            note.undo()
    label = QT_TRANSLATE_NOOP("live", "Ik pas (telefoon)") if passed else QT_TRANSLATE_NOOP("live", "Beurt klaar (telefoon)")
    return Edit(label, redo, undo, note.value if note else None)


@dataclass
class SilentRound:
    """'Stille ronde': everyone writes first; nothing is shown or saved until the facilitator reveals."""

    step_id: str
    written: list[tuple[str, str]] = field(default_factory=list)  # (participant id, text)

    def write(self, session: Session, phone: Phone, step_id: str, text: str) -> None:
        step = current_step(session, step_id)
        pid = _participant(session, phone)
        text = str(text).strip()
        if step.id != self.step_id:
            raise RoomError(409, QT_TRANSLATE_NOOP("live", "De stille ronde hoort bij een andere stap."))
        if not text:
            raise RoomError(422, QT_TRANSLATE_NOOP("live", "Een lege notitie wordt niet bewaard."))
        if len(text) > MAX_NOTE:
            raise RoomError(413, QT_TRANSLATE_NOOP("live", "Dit is te lang; houd het bij een paar zinnen."))
        self.written.append((pid, text))

    def count_by(self, participant_id: str) -> int:
        return sum(1 for pid, _ in self.written if pid == participant_id)

    def reveal(self, session: Session) -> Edit | None:
        """All notes at once, as one undo step; None when nobody wrote anything."""
        if self.step_id not in [s.id for s in session.steps]:
            return None
        edits = []
        for pid, text in self.written:
            who = pid if session.find_participant(pid) is not None else None
            edits.append(session.add_note(self.step_id, text, who, via="phone"))
        self.written = []
        if not edits:
            return None
        return combine(QT_TRANSLATE_NOOP("live", "Stille ronde onthullen"), edits, [e.value for e in edits])
