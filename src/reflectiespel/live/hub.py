"""Between the web server's thread and the thread that owns the session.

The server never touches the Session: it asks the owner (``Owner.call``) to run a function on its own
thread and waits for the answer. After every change the owner calls ``publish``, which builds a plain,
immutable picture of what phones may see; the server reads only that picture.

Language: phones speak the language of the session being run (``session.language``, the language it
was made in), whatever the window speaks. Work done for a phone runs inside ``i18n.speaking`` (this
thread only); the undo text the facilitator sees stays in the interface language.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol
from collections.abc import Callable

from ..core.board.boarddef import board_in
from ..core.base.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, speaking, translate
from ..core.base.i18n import language as window_language
from ..core.sessions.session import Session, Step, shape_problems
from ..core.sessions.session_ops import Edit
from ..core.sessions.stepkinds import kind_of, route_kind
from ..core.sessions.storage import NEAR_BYTES
from . import events, inputevents
from .phoneclock import PhoneClock
from .rooms import Phone, Room, RoomError, Waiting

TEXTS_PER_STEP = 30  # notes (and turn texts) one phone may send in one step
PUBLISH_EVERY = 0.05  # seconds: phones' event streams get a new picture at most this often (publish_soon)


class Owner(Protocol):
    def call(self, fn: Callable[[], Any]) -> Future: ...


class QueueOwner:
    """The owner for a program without Qt: the main thread runs ``run_pending`` in a loop."""

    def __init__(self):
        self._queue: queue.Queue = queue.Queue()

    def call(self, fn: Callable[[], Any]) -> Future:
        future: Future = Future()
        self._queue.put((fn, future))
        return future

    def run_pending(self, timeout: float = 0.1) -> int:
        done = 0
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return 0
        while item is not None:
            run(*item)
            done += 1
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                item = None
        return done


def run(fn: Callable[[], Any], future: Future) -> None:
    """Run ``fn`` and put its result (or its exception) in ``future``."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(fn())
    except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
        future.set_exception(exc)


CardInfo = Callable[[Step, str], tuple[str, str]]  # (step, card id) -> (title, text)


NOBODY = {"votes": {}, "chosen": [], "placements": {}, "reasons": {}, "written": 0, "my_turn": False,
          **inputevents.empty_own()}  # the own part of a phone with no place in the session (read only)


@dataclass(frozen=True)
class Picture:
    """What phones may see, at one version.

    ``public`` (the step, its cards, ...) is the same for every phone: it is made into JSON once per
    version (``message``), however many event streams send it; each phone adds only its own part and the
    step's clock as it stands when the message is sent (``clock``: PhoneClock.for_phone, issue #29.5)."""

    version: int
    public: dict
    mine: dict = field(default_factory=dict)  # participant id -> what is theirs
    changed: dict = field(default_factory=dict)  # participant id -> the version in which their view last changed
    clock: Callable[[dict | None], dict | None] | None = field(default=None, compare=False, repr=False)
    _encoded: dict = field(default_factory=dict, compare=False, repr=False)  # "public" -> its JSON, made once

    def changed_for(self, participant_id: str | None) -> int:
        """The version in which this phone's view last changed (the event stream sends only then)."""
        return self.changed.get(participant_id or "", self.changed.get("", self.version))

    def public_json(self) -> str:
        """``public`` as JSON, made the first time a stream (or a request) needs it at this version; without
        the clock's lasting part, which each message says for the moment it is sent."""
        text = self._encoded.get("public")
        if text is None:
            text = self._encoded["public"] = json.dumps({k: v for k, v in self.public.items() if k != "clock"})
        return text

    def clock_now(self) -> dict | None:
        """The step's clock as a phone gets it now (the seconds left at this moment), or None."""
        return self.clock(self.public.get("clock")) if self.clock is not None else None

    def message(self, phone: Phone) -> str:
        """This phone's state as JSON: the shared public part as made once, then the phone's own part
        (the same document as ``LiveHub.state_for``)."""
        own = self.mine.get(phone.participant_id or "", NOBODY)
        extra = {"version": self.version, "me": own, "phone_id": phone.id, "name": phone.name,
                 "clock": self.clock_now()}
        step = self.public.get("step")
        if step is not None:
            extra["votes_left"] = max(0, step["budget"] - sum(own["votes"].values()))
        public, rest = self.public_json(), json.dumps(extra)
        return public[:-1] + ", " + rest[1:] if len(public) > 2 else rest


class LiveHub:
    def __init__(self, session: Session, room: Room, owner: Owner, commit: Callable[[Edit | None], None],
                 card_info: CardInfo | None = None, board=None):
        self.session = session
        self.axes = axes_of(board_in(board, self.language))
        self.room = room
        self.owner = owner
        self.commit = commit  # applied edits go here: onto the undo stack, or marked for saving
        self.card_info = card_info or (lambda step, card_id: (session.card_title(step, card_id), ""))
        self.silent: events.SilentRound | None = None
        self.revealed: list = []  # the notes of the last reveal (for the projection)
        self.picture = Picture(0, {})
        self.clock = PhoneClock()  # the step's clock on every phone (issue #29.5; the window sets it)
        self.listeners: list[Callable[[], None]] = []  # called on the owner's thread after publish
        # the size of the session as last saved (the window's autosave, the command's save): from
        # storage.NEAR_BYTES on, phones can add no more text, so the session stays one that can be saved
        self.saved_size: Callable[[], int] = lambda: 0
        self.checked_by_host = False  # LiveHub.for_host: the session's host checks every edit
        self.closed = False
        # the owner's way to run a function after its current piece of work (Qt: a zero timer); None: at once
        self.later: Callable[[Callable[[], None], float], None] | None = None
        self._flush_due = False
        self._published_at = -PUBLISH_EVERY  # time.monotonic() of the last picture
        self._cards_key, self._cards_shown = None, []  # the step's cards as last looked up (_cards)
        self._detach: Callable[[], None] = lambda: None
        self._scoped = False  # committing a phone's own edit: the host checks it on scope()
        self._lock = threading.Lock()
        if self.language != window_language():  # read the catalogue now, not while the first phone waits
            _undo_sources(SOURCE_LANGUAGE), _undo_sources(self.language)
        self.publish()

    @classmethod
    def for_host(cls, host, room: Room, owner: Owner, card_info: CardInfo | None = None, board=None) -> LiveHub:
        """A hub whose phones change the session through its host (core/sessions/host.py): every edit checked, one
        undo step, saved; and whatever changes the session (a phone, the window, an undo) is published."""
        from ..core.sessions.host import PHONE, WINDOW, Refused

        def commit(edit: Edit | None) -> None:
            if edit is None:  # not an edit (the facilitator's "go" in the headless command): saved and told
                host.changed(WINDOW)
                return
            try:  # a phone's own edit is checked on what it can touch (scope); a reveal or a yes on the whole
                host.apply(edit, PHONE, steps=hub.scope() if hub._scoped else None)
            except Refused:  # never keep what would not load back; said in the room's language
                raise RoomError(409, QT_TRANSLATE_NOOP("live", "Dit kon niet worden bewaard.")) from None

        hub = cls(host.session, room, owner, commit, card_info, board)
        hub.checked_by_host = True  # _keep leaves the check to the host
        hub.saved_size = lambda: host.size  # from storage.NEAR_BYTES on, phones add no more text

        def publish(_source: str) -> None:
            hub.publish_soon()  # a burst of changes (300 phones voting) makes one picture per PUBLISH_EVERY
        def detach() -> None:
            if publish in host.listeners:
                host.listeners.remove(publish)
        host.listeners.append(publish)
        hub._detach = detach
        return hub

    @property
    def language(self) -> str:
        """The language phones see: the session's (it keeps the language it was made in)."""
        language = getattr(self.session, "language", None)
        return language if language in LANGUAGES else SOURCE_LANGUAGE

    # --- run on the owner's thread ---------------------------------------------------------------
    def handle(self, token: str | None, action: str, payload: dict) -> dict:
        """One request from a phone: check it, change the session, return the phone's new state."""
        phone = self.room.phone(token)
        session = self.session
        if action != "state":
            step_id = str(payload.get("step_id", ""))
            if self.room.is_locked(step_id):
                raise RoomError(423, QT_TRANSLATE_NOOP("live", "De begeleider heeft deze stap op slot gezet."))
            if adds_text(action, payload):
                self._check_room_for_text(phone, step_id)
            if action == "note" and self.silent is not None and self.silent.step_id == step_id:
                self.silent.write(session, phone, step_id, payload.get("text", ""))
                self.publish_soon()
                return self.state_now(phone)
            with speaking(self.language):
                edit = self._edit(phone, action, step_id, payload)
            self._keep(edit)
        return self.state_now(phone)

    def _check_room_for_text(self, phone: Phone, step_id: str) -> None:
        """A phone's text must fit: in the step (TEXTS_PER_STEP per phone) and in the session file."""
        if self.saved_size() >= NEAR_BYTES:
            raise RoomError(507, QT_TRANSLATE_NOOP(
                "live", "De sessie is zo groot geworden dat er geen teksten van telefoons meer bij kunnen. "
                        "Zeg het tegen de begeleider."))
        step = self.session.step(step_id) if step_id in {s.id for s in self.session.steps} else None
        pid = phone.participant_id
        if step is None or pid is None:
            return  # events.py says what is wrong
        written = sum(1 for note in step.notes if note.participant_id == pid)
        if self.silent is not None and self.silent.step_id == step_id:
            written += self.silent.count_by(pid)
        if written >= TEXTS_PER_STEP:
            raise RoomError(429, QT_TRANSLATE_NOOP(
                "live", "Je hebt in deze stap al {0} antwoorden gestuurd; meer kan hier niet."), TEXTS_PER_STEP)

    def _keep(self, edit: Edit) -> None:
        """A phone's edit goes to the owner (the undo stack, or saving); one that would leave the session
        unsaveable is undone at once and refused. The look (core.session.shape_problems) goes into the parts
        of the step showing only (``scope``), with the participants and the list of steps; every step of a
        hall's session at every vote would cost more than the vote itself. A hub for a host leaves the look
        to the host, with the same scope."""
        if not self.checked_by_host and shape_problems(self.session, self.scope()):
            edit.undo()
            raise RoomError(409, QT_TRANSLATE_NOOP("live", "Dit kon niet worden bewaard."))
        self._scoped = True
        try:
            self.commit(for_facilitator(edit, self.language))
        finally:
            self._scoped = False

    def scope(self) -> list[Step]:
        """The steps a phone's own edit can touch, for the check before it is kept: the step showing."""
        step = self.session.active_step
        return [step] if step is not None else []

    def _edit(self, phone: Phone, action: str, step_id: str, payload: dict) -> Edit:
        session = self.session
        if action == "vote":
            return events.vote(session, phone, step_id, str(payload.get("target", "")), _int(payload.get("delta", 1)))
        if action == "choose":
            return events.choose(session, phone, step_id, str(payload.get("card_id", "")), bool(payload.get("chosen")))
        if action == "note":
            return events.note(session, phone, step_id, str(payload.get("text", "")))
        if action == "turn":
            return events.turn(session, phone, step_id, bool(payload.get("passed")), str(payload.get("text", "")))
        if action == "place":
            reason = payload.get("reason")
            return events.place(session, phone, step_id, payload.get("token_id") or None,
                                _float(payload.get("x")), _float(payload.get("y")),
                                None if reason is None else str(reason))
        if action in inputevents.ACTIONS:  # word cloud, idea wall, rating scale (issue #29)
            return inputevents.edit(session, phone, action, step_id, payload)
        raise RoomError(404, QT_TRANSLATE_NOOP("live", "Onbekende opdracht."))

    def join(self, phone: Phone) -> dict | Waiting:
        """A phone's join applied to the session: its state; or, when a phone already holds the place its
        name asks for, a Waiting: a second device under that name needs the facilitator's yes."""
        holders = {p.participant_id for p in self.room.phones() if p is not phone and p.participant_id}
        held = self._held_place(phone.name, holders)
        if held is not None:
            item = self.room.hold(phone, held)
            self.publish()  # the facilitator's window shows who waits
            return item
        try:
            with speaking(self.language):
                edit = events.join(self.session, phone, holders)
        except RoomError:
            self.room.remove(phone.id, barred=False)
            raise
        if edit is not None:
            try:
                self._keep(edit)
            except RoomError:
                self.room.remove(phone.id, barred=False)
                raise
        else:
            self.publish_soon()  # the console shows who joined
        return self.state_now(phone)

    def _held_place(self, name: str, holders: set[str]) -> str | None:
        """The participant a phone's name is, when another phone holds that place (not in Samen reflecteren:
        there the team's names are the only ones, and events.join says which are free)."""
        session = self.session
        if session.anonymous or not name or session.together is not None:
            return None
        for person in session.participants:
            if events.same_name(person.name, name) and person.id in holders:
                free = [p for p in session.participants if p.id not in holders and events.same_name(p.name, name)]
                return None if free else person.id
        return None

    def answer(self, waiting_id: str, admit: bool) -> None:
        """The facilitator's yes or no for a waiting device. Yes: it gets the place its name asked for
        (the phone that held it leaves the room), or joins as a phone does."""
        item = self.room.find_waiting(waiting_id)
        if item is None:
            return
        if not admit:
            self.room.decide(item, None)
            self.publish()
            return
        session = self.session
        phone = self.room.new_phone(item.name, item.address)
        edit, replaced = None, []
        if item.participant_id is not None and session.find_participant(item.participant_id) is not None:
            phone.participant_id, phone.name = item.participant_id, session.display_name(item.participant_id)
            replaced = [p for p in self.room.phones() if p.participant_id == item.participant_id]
        else:
            holders = {p.participant_id for p in self.room.phones() if p.participant_id}
            try:
                with speaking(self.language):
                    edit = events.join(session, phone, holders)
            except RoomError:
                self.room.decide(item, None)
                self.publish()
                return
        self.room.decide(item, phone, replaced)
        if edit is not None:
            self._keep(edit)
        else:
            self.publish()

    def remove_phone(self, phone_id: str) -> None:
        """The facilitator sends a phone away; what it did stays in the session (that is undoable). The
        device waits for the facilitator's yes if it wants to come back."""
        if self.room.remove(phone_id) is not None:
            self.publish()

    def set_locked(self, step_id: str, locked: bool) -> None:
        self.room.set_locked(step_id, locked)
        self.publish()

    def set_clock(self, total: float, remaining: float, running: bool, sound: bool = False, speed: float = 1.0) -> None:
        """The facilitator's clock (and whether phones play a soft sound at zero); phones hear of a change."""
        if self.clock.update(total, remaining, running, sound, speed):
            self.publish()

    def start_silent(self) -> None:
        step = self.session.active_step
        if step is not None:
            self.silent = events.SilentRound(step.id)
            self.revealed = []
            self.publish()

    def reveal(self) -> Edit | None:
        """End the silent round: every note at once, one undo step."""
        if self.silent is None:
            return None
        edit = self.silent.reveal(self.session)
        self.silent = None
        self.revealed = list(edit.value) if edit is not None else []
        if edit is not None:
            if not self.checked_by_host and shape_problems(self.session):  # the notes' step may not be showing
                edit.undo()
                raise RoomError(409, QT_TRANSLATE_NOOP("live", "Dit kon niet worden bewaard."))
            self.commit(for_facilitator(edit))
        self.publish()
        return edit

    def publish_soon(self) -> None:
        """Publish soon, through the owner's ``later(fn, seconds)``: after its current piece of work, and at
        most every PUBLISH_EVERY seconds, so that three hundred phones voting make twenty pictures a second,
        not one per vote (each phone's answer has its own change already: ``state_now``). Without ``later``,
        at once."""
        if self.later is None:
            self.publish()
        elif not self._flush_due:
            self._flush_due = True
            self.later(self._flush, max(0.0, self._published_at + PUBLISH_EVERY - time.monotonic()))

    def _flush(self) -> None:
        if self._flush_due:
            self.publish()

    def publish(self) -> None:
        """Build the picture phones see from the session as it is now; wake whoever waits for it."""
        self._flush_due = False
        self._published_at = time.monotonic()
        public, mine = self._describe()
        with self._lock:
            old, version = self.picture, self.picture.version + 1
            same_public = public == old.public
            changed = {"": old.changed.get("", version) if same_public else version}
            for pid, own in mine.items():  # once here, not once per phone on the server's thread
                unchanged = same_public and pid in old.changed and own == old.mine.get(pid)
                changed[pid] = old.changed[pid] if unchanged else version
            self.picture = Picture(version, public, mine, changed, clock=self.clock.for_phone)
        for listener in list(self.listeners):
            listener()

    def close(self) -> None:
        self.closed = True
        self._detach()
        for listener in list(self.listeners):
            listener()

    # --- the picture -------------------------------------------------------------------------------
    def _describe(self) -> tuple[dict, dict]:
        return self._public(), self._mine()

    def _public(self) -> dict:
        """What every phone sees: the session's title and the step showing, with its cards."""
        session = self.session
        step = session.active_step
        public: dict = {"title": session.title, "anonymous": session.anonymous, "language": self.language,
                        "step": None, "clock": self.clock.public()}
        if step is None:
            return public
        kind = kind_of(step)
        cards = self._cards(step)
        public["step"] = {
            "id": step.id, "index": session.current_step + 1, "count": len(session.steps),
            "kind": step.kind, "board": kind.board, "phone_votes": kind.phone_votes,
            "title": step.title, "instruction": step.instruction,
            "current_card": session.active_card_id, "cards": cards,
            "budget": session.budget(step), "max_choices": step.max_choices,
            "locked": self.room.is_locked(step.id),
            "silent": self.silent is not None and self.silent.step_id == step.id,
            "tokens": [{"id": t.id, "name": t.name, "colour": t.colour} for t in step.board.tokens],
            "axes": self.axes if kind.board else None,
            "question": "", "turn": None,
        }
        inputevents.describe(session, step, public["step"])  # word cloud, idea wall, rating scale (#29)
        run = session.together
        if run is not None:  # Samen reflecteren: the closing question, and whose turn it is
            public["step"]["question"] = run.question(step.id)
            if route_kind(run.kind(step.id)).turns:
                queue = self._turn_queue(step)
                public["step"]["turn"] = {"speaker": session.display_name(queue[0]) if queue else None,
                                          "upcoming": [session.display_name(pid) for pid in queue[1:]]}
        return public

    def _cards(self, step: Step) -> list[dict]:
        """The cards of a step as phones see them; looked up once per step and its group cards (the targets
        are the step's own cards and group cards; a deck lookup per card per vote was a third of a vote's time)."""
        targets = events.vote_targets(self.session, step)
        key = (step.id, tuple(targets), tuple((c.id, c.title, c.text) for c in step.group_cards))
        if self._cards_key != key:
            cards = []
            for card_id in targets:
                title, text = self.card_info(step, card_id)
                cards.append({"id": card_id, "title": title, "text": text})
            self._cards_key, self._cards_shown = key, cards
        return [dict(card) for card in self._cards_shown]

    def _turn_queue(self, step: Step) -> list[str]:
        known = {p.id for p in self.session.participants}
        return [pid for pid in self.session.together.turn.queue if pid in known]

    def _mine(self, only: str | None = None) -> dict:
        """What is each participant's own in the step showing (or only participant ``only``'s), in one pass
        over the step: a hall of 300 costs 300 small dicts, not 300 passes over everyone."""
        session = self.session
        if only is None:
            names = session.display_names()
        else:
            person = session.find_participant(only)
            names = {} if person is None else {person.id: session.display_name(person)}
        mine: dict = {pid: {"votes": {}, "chosen": [], "placements": {}, "reasons": {}, "written": 0,
                            "my_turn": False, **inputevents.empty_own()} for pid in names}
        step = session.active_step
        if step is None or not mine:
            return mine
        run = session.together
        if run is not None and route_kind(run.kind(step.id)).turns:
            queue = self._turn_queue(step)
            if queue and queue[0] in mine:
                mine[queue[0]]["my_turn"] = True
        for vote in step.votes:  # a phone's votes and those the facilitator entered for them count together
            if vote.participant_id in mine:
                own = mine[vote.participant_id]["votes"]
                own[vote.target] = own.get(vote.target, 0) + vote.count
        for pid, chosen in step.choices.items():
            if pid in mine:
                mine[pid]["chosen"] = list(chosen)
        by_name = {name: pid for pid, name in names.items()}  # the board keeps a perspective by display name
        for placement in step.board.placements:
            if placement.perspective in by_name:
                mine[by_name[placement.perspective]]["placements"][placement.token_id] = [placement.x, placement.y]
        for key, why in step.board.reasons.items():
            token_id, _, perspective = key.partition("@")
            if perspective in by_name:
                mine[by_name[perspective]]["reasons"][token_id] = why
        if self.silent is not None:
            written: dict[str, int] = {}
            for pid, _text in self.silent.written:
                written[pid] = written.get(pid, 0) + 1
            for pid in mine:
                mine[pid]["written"] = written.get(pid, 0)
        inputevents.describe_own(step, mine)  # words, ideas and marks (#29), in one pass too
        return mine

    def state_now(self, phone: Phone) -> dict:
        """This phone's state from the session as it is now: the answer to its request, with its own
        change in it, whether or not the picture for the event streams has been made yet (publish_soon)."""
        own = self._mine(phone.participant_id).get(phone.participant_id or "", NOBODY)
        # the version the next picture will have: a stream message older than this answer is not shown
        version = self.picture.version + (1 if self._flush_due else 0)
        public = self._public()
        state = dict(public, version=version, me=own, phone_id=phone.id, name=phone.name,
                     clock=self.clock.for_phone(public.get("clock")))
        step = state.get("step")
        if step is not None:
            state["votes_left"] = max(0, step["budget"] - sum(own["votes"].values()))
        return state

    def state_for(self, phone: Phone, picture: Picture | None = None) -> dict:
        """What one phone sees (safe to call from the server's thread: it reads only the picture)."""
        picture = picture or self.picture
        own = picture.mine.get(phone.participant_id or "", NOBODY)
        state = dict(picture.public, version=picture.version, me=own, phone_id=phone.id,
                     name=phone.name, clock=self.clock.for_phone(picture.public.get("clock")))
        step = picture.public.get("step")
        if step is not None:
            state["votes_left"] = max(0, step["budget"] - sum(own["votes"].values()))
        return state


def adds_text(action: str, payload: dict) -> bool:
    """Whether a phone's request adds a text to the session (a note, a turn with words)."""
    if action == "note" or action in inputevents.TEXT_ACTIONS:
        return True
    return action == "turn" and not payload.get("passed") and bool(str(payload.get("text", "")).strip())


def for_facilitator(edit: Edit, spoken: str = SOURCE_LANGUAGE) -> Edit:
    """The undo text of a phone's edit in the interface language, for the window's undo list.

    events.py marks its own texts (Dutch sources, context "live"); the session's own texts (core) were
    made while speaking ``spoken``, the session's language: they are looked up and said again.
    """
    text = edit.text
    if spoken == window_language():  # the usual case: core's texts are in the window's language already
        edit.text = translate("live", text)
        return edit
    key = _undo_sources(SOURCE_LANGUAGE).get(text) or _undo_sources(spoken).get(text)
    if key is not None:
        edit.text = translate(*key)
    return edit


_SOURCES: dict[str, dict[str, tuple[str, str]]] = {}


def _undo_sources(language: str) -> dict[str, tuple[str, str]]:
    """A text as ``language`` says it -> (context, Dutch source), from the catalogue (read once)."""
    if language not in _SOURCES:
        from ..core.base.i18n import catalogue_path, read_catalogue

        found: dict[str, tuple[str, str]] = {}
        for (context, source), forms in read_catalogue(catalogue_path("en")).items():
            if "%n" in source:
                continue
            said = source if language == SOURCE_LANGUAGE else forms[0] if language == "en" else None
            if said is not None:
                found.setdefault(said, (context, source))
        _SOURCES[language] = found
    return _SOURCES[language]


def card_info_from(library, session: Session) -> CardInfo:
    """(step, card id) -> (title, text): a card the group made, else the deck's card (in the session's
    language when the deck has that version, whatever the window shows), else the id itself."""
    def info(step: Step, card_id: str) -> tuple[str, str]:
        for card in session.all_group_cards():
            if card.id == card_id:
                return card.title, card.text
        deck = session.deck_of(step, library)
        if deck is not None:
            try:
                card = deck.card(card_id)
                return card.title, card.text
            except KeyError:
                pass
        return card_id, ""
    return info


def axes_of(board) -> dict:
    """The words at the ends of the axis board's axes and its zones, for the phone's small board."""
    if board is None:
        return {"left": "", "right": "", "bottom": "", "top": "", "zones": [], "horizontal": None, "vertical": None}
    vertical = board.vertical
    return {"left": board.horizontal.stops[0].words, "right": board.horizontal.stops[-1].words,
            # an axis of kinds (bands) has no low and high words: its lowest and highest kind name its ends
            "bottom": vertical.stops[0].words if vertical.bands else vertical.low,
            "top": vertical.stops[-1].words if vertical.bands else vertical.high,
            "zones": [{"label": z.label, "x": list(z.x), "colour": z.colour} for z in board.zones],
            # for saying where a dot is in words, as the console does (core/board/boarddef.py describe_on_axis)
            "horizontal": axis_words(board.horizontal), "vertical": axis_words(vertical)}


def axis_words(axis) -> dict:
    return {"bands": axis.bands, "stops": [[stop.at, stop.words] for stop in axis.stops]}


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Dit getal klopt niet.")) from None


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Deze plek ligt niet op het bord."))
    return float(value)
