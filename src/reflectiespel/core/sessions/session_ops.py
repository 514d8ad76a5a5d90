"""Small named operations on a Session, each one undoable.

Every operation changes the session at once and returns an ``Edit``: ``undo()`` puts things back,
``redo()`` does it again with the same ids, so later edits that refer to them keep working. The edit
goes to the session's host (core/sessions/host.py: checked, kept for undo, saved; redo() does nothing while the
edit is applied).
A change that is not allowed raises ``SessionError`` with a message for the facilitator. Messages and undo
labels are made in the interface language at the moment the edit is made (core/i18n.translate).

Navigation (go_to, advance, retreat) is not an edit: like presentation software, moving on is not undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable, Iterable

from ..base.i18n import translate
from .stepkinds import kind_of
from .sessionparts import ActionItem, GroupCard, Note, Participant, SessionError, Step, Vote, clean_text, now
# core/sessions/session.py mixes SessionOps into Session and imports this module; this module never imports it.


MAX_NOTE = 20_000  # characters in one note (session.MAX_TEXT)


@dataclass
class Edit:
    text: str  # for the undo menu, in Dutch: translate("SessionOps", "Notitie toevoegen")
    _redo: Callable[[], None] = field(repr=False)
    _undo: Callable[[], None] = field(repr=False)
    value: Any = None  # what the edit made (a Note, a Step, ...), if anything
    applied: bool = True
    # Edits with the same merge_key that follow each other are one undo step (arrow keys moving one
    # token): they set the same thing, so the first one's undo and the last one's redo are the whole step.
    merge_key: Any = None

    def undo(self) -> None:
        if self.applied:
            self._undo()
            self.applied = False

    def redo(self) -> None:
        if not self.applied:
            self._redo()
            self.applied = True

    def then(self, after: Callable[[], None]) -> Edit:
        """Call ``after`` whenever this edit is undone or done again (a view that redraws); returns self."""
        redo, undo = self._redo, self._undo

        def redo_then():
            redo()
            after()

        def undo_then():
            undo()
            after()
        self._redo, self._undo = redo_then, undo_then
        return self

    def absorb(self, later: Edit) -> bool:
        """Take a later edit with the same merge_key into this one (both applied); False if they differ."""
        if self.merge_key is None or later.merge_key != self.merge_key or not (self.applied and later.applied):
            return False
        self._redo = later._redo
        self.value = later.value
        return True


def _apply(text: str, redo: Callable[[], None], undo: Callable[[], None], value: Any = None) -> Edit:
    redo()
    return Edit(text, redo, undo, value)


def _insert(text: str, items: list, item: Any, index: int | None = None, after: Callable = lambda: None) -> Edit:
    position = len(items) if index is None else max(0, min(index, len(items)))

    def redo():
        items.insert(position, item)
        after()

    def undo():
        items.remove(item)
        after()
    return _apply(text, redo, undo, item)


def _remove(text: str, items: list, item: Any, after: Callable = lambda: None) -> Edit:
    position = items.index(item)

    def redo():
        items.remove(item)
        after()

    def undo():
        items.insert(position, item)
        after()
    return _apply(text, redo, undo, item)


def _update(text: str, obj: Any, changes: dict[str, Any]) -> Edit:
    """Set fields (validated by the model); undo sets the old values back."""
    if "id" in changes:
        raise SessionError(translate("SessionOps", "Een id verandert niet; maak liever iets nieuws."))
    unknown = [name for name in changes if name not in type(obj).model_fields]
    if unknown:
        raise SessionError(translate("SessionOps", "Onbekend veld: {0}").format(", ".join(unknown)))
    old = {name: getattr(obj, name) for name in changes}
    try:  # validate everything before anything changes
        validated = obj.model_validate({**obj.model_dump(), **changes})
    except ValueError as exc:
        raise SessionError(_explain(exc)) from None
    new = {name: getattr(validated, name) for name in changes}

    def put(values):
        for name, value in values.items():
            setattr(obj, name, value)
    return _apply(text, lambda: put(new), lambda: put(old), obj)


def combine(text: str, edits: list[Edit], value: Any = None) -> Edit:
    """Several applied edits as one undo step (undone in reverse order)."""
    return _group(text, edits, value)


def _build(model: Any, **fields: Any) -> Any:
    """A new part of the session, or SessionError saying which field is wrong."""
    try:
        return model(**fields)
    except ValueError as exc:
        raise SessionError(_explain(exc)) from None


def _explain(exc: ValueError) -> str:
    from ..base.problems import explain_validation_error
    problems = explain_validation_error(exc, "") if hasattr(exc, "errors") else []
    return "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in problems) or str(exc)


def _group(text: str, edits: list[Edit], value: Any = None) -> Edit:
    def redo():
        for edit in edits:
            edit.redo()

    def undo():
        for edit in reversed(edits):
            edit.undo()
    return Edit(text, redo, undo, value)


class SessionOps:
    """Mixed into Session. Steps are named by id, so moving steps does not break later edits."""

    # --- details and participants ------------------------------------------------------------
    def set_details(self, **changes: Any) -> Edit:
        """Title, date, place, facilitator, group, anonymous, vote_budget."""
        allowed = {"title", "date", "place", "facilitator", "group", "anonymous", "vote_budget"}
        if set(changes) - allowed:
            raise SessionError(translate("SessionOps", "Dit kun je hier niet wijzigen: {0}").format(
                ", ".join(sorted(set(changes) - allowed))))
        return _update(translate("SessionOps", "Gegevens wijzigen"), self, changes)

    def add_participant(self, name: str, domain: str = "anders", colour: str | None = None,
                        index: int | None = None) -> Edit:
        participant = _build(Participant, name=clean_text(name, one_line=True).strip(), domain=domain, colour=colour)
        return _insert(translate("SessionOps", "Deelnemer toevoegen"), self.participants, participant, index)

    def update_participant(self, participant_id: str, **changes: Any) -> Edit:
        return _update(translate("SessionOps", "Deelnemer wijzigen"), self.participant(participant_id), changes)

    def remove_participant(self, participant_id: str) -> Edit:
        """Removes the participant with their votes, choices and marks; their notes, words and ideas stay,
        without a name."""
        participant = self.participant(participant_id)
        edits = []
        for step in self.steps:
            for vote in [v for v in step.votes if v.participant_id == participant_id]:
                edits.append(_remove("", step.votes, vote))
            if participant_id in step.choices:
                edits.append(_pop_key(step.choices, participant_id))
            if participant_id in step.choice_via:
                edits.append(_pop_key(step.choice_via, participant_id))
            if step.scale is not None:  # their marks on a rating scale go with their votes (issue #29)
                for rating in [r for r in step.scale.ratings if r.participant_id == participant_id]:
                    edits.append(_remove("", step.scale.ratings, rating))
        edits.append(_remove("", self.participants, participant))
        return _group(translate("SessionOps", "Deelnemer verwijderen"), edits, participant)

    # --- the agenda ----------------------------------------------------------------------------
    def add_step(self, step: Step | None = None, index: int | None = None, **fields: Any) -> Edit:
        if step is not None and not isinstance(step, Step):
            raise SessionError(translate("SessionOps", "Dit is geen stap; er is niets toegevoegd."))
        if step is not None and any(other.id == step.id for other in self.steps):
            raise SessionError(translate("SessionOps", "Deze stap staat al in de agenda."))
        if step is None:
            try:
                step = Step(**{"title": translate("SessionOps", "Nieuwe stap"), **fields})
            except ValueError as exc:
                raise SessionError(translate("SessionOps", "Deze stap klopt niet: {0}").format(_explain(exc))) from None
        return _insert(translate("SessionOps", "Stap toevoegen"), self.steps, step, index,
                       after=self._keep_place(self.active_step))

    def remove_step(self, step_id: str) -> Edit:
        return _remove(translate("SessionOps", "Stap verwijderen"), self.steps, self.step(step_id),
                       after=self._keep_place(self.active_step))

    def move_step(self, step_id: str, new_index: int) -> Edit:
        step = self.step(step_id)
        old_index = self.steps.index(step)
        new_index = max(0, min(new_index, len(self.steps) - 1))
        keep = self._keep_place(self.active_step)

        def move(to):
            self.steps.remove(step)
            self.steps.insert(to, step)
            keep()
        return _apply(translate("SessionOps", "Stap verplaatsen"), lambda: move(new_index), lambda: move(old_index),
                      step)

    def update_step(self, step_id: str, **changes: Any) -> Edit:
        return _update(translate("SessionOps", "Stap wijzigen"), self.step(step_id), changes)

    def _keep_place(self, active: Step | None) -> Callable[[], None]:
        """After steps change: stay on the same step if it is still there, else on a valid one."""
        def keep():
            if active is not None and active in self.steps:
                self.current_step = self.steps.index(active)
            else:
                self.current_step = max(0, min(self.current_step, len(self.steps) - 1))
                self.current_card = 0
        return keep

    # --- notes ---------------------------------------------------------------------------------
    def add_note(self, step_id: str, text: str, participant_id: str | None = None,
                 card_id: str | None = None, time: Any = None, via: str | None = None) -> Edit:
        """``via``: "phone" or "console" (the facilitator, for someone without a phone); None: not said."""
        text = clean_text(text)
        if not text.strip():
            raise SessionError(translate("SessionOps", "Een lege notitie wordt niet bewaard."))
        if participant_id is not None:
            self.participant(participant_id)
        try:
            note = Note(text=text.strip(), time=time or now(), participant_id=participant_id, card_id=card_id,
                        via=via)
        except ValueError:
            if len(text.strip()) > MAX_NOTE:
                raise SessionError(translate("SessionOps", "Deze notitie is te lang; splits hem in kleinere "
                                                           "stukken.")) from None
            raise SessionError(translate("SessionOps", "Deze notitie kan niet worden bewaard: de deelnemer of kaart "
                                                       "klopt niet.")) from None
        return _insert(translate("SessionOps", "Notitie toevoegen"), self.step(step_id).notes, note)

    def update_note(self, step_id: str, note_id: str, **changes: Any) -> Edit:
        return _update(translate("SessionOps", "Notitie wijzigen"), self.step(step_id).note(note_id), changes)

    def remove_note(self, step_id: str, note_id: str) -> Edit:
        step = self.step(step_id)
        return _remove(translate("SessionOps", "Notitie verwijderen"), step.notes, step.note(note_id))

    # --- chosen cards ----------------------------------------------------------------------------
    def is_chosen(self, step_id: str, participant_id: str, card_id: str) -> bool:
        return card_id in self.step(step_id).choices.get(participant_id, [])

    def set_choice(self, step_id: str, participant_id: str, card_id: str, via: str | None = None) -> Edit:
        step = self.step(step_id)
        participant = self.participant(participant_id)
        chosen = step.choices.get(participant_id, [])
        if card_id in chosen:
            raise SessionError(translate("SessionOps", "{0} heeft deze kaart al gekozen.").format(
                self.display_name(participant)))
        if step.max_choices is not None and len(chosen) >= step.max_choices:
            # two strings, not a %n plural: pyside6-lupdate sees plurals only in tr()
            full = (translate("SessionOps", "{0} heeft al een kaart gekozen; haal eerst die keuze weg.")
                    if step.max_choices == 1 else
                    translate("SessionOps", "{0} heeft al {1} kaarten gekozen; haal eerst een keuze weg."))
            raise SessionError(full.format(self.display_name(participant), step.max_choices))
        if participant_id not in step.choices:
            edits = [_set_key(step.choices, participant_id, [card_id])]
        else:
            edits = [_insert("", step.choices[participant_id], card_id)]
        if via is not None:  # who entered it (issue #29.6): kept beside the choice
            edits.append(_mark_via(step, participant_id, card_id, via))
        return _group(translate("SessionOps", "Kaart kiezen"), edits, card_id)

    def clear_choice(self, step_id: str, participant_id: str, card_id: str) -> Edit:
        step = self.step(step_id)
        chosen = step.choices.get(participant_id, [])
        if card_id not in chosen:
            raise SessionError(translate("SessionOps", "Deze kaart was niet gekozen."))
        edits = [_pop_key(step.choices, participant_id) if len(chosen) == 1 else _remove("", chosen, card_id)]
        if card_id in step.choice_via.get(participant_id, {}):
            edits.append(_mark_via(step, participant_id, card_id, None))
        return _group(translate("SessionOps", "Keuze weghalen"), edits, card_id)

    # --- dot votes -----------------------------------------------------------------------------
    def add_vote(self, step_id: str, participant_id: str, target: str, count: int = 1, via: str | None = None) -> Edit:
        """``via``: who entered it; a vote from a phone and one the facilitator entered stay apart (the tallies
        add them up)."""
        step = self.step(step_id)
        name = self.display_name(self.participant(participant_id))
        budget, used = self.budget(step), step.votes_used(participant_id)
        if count < 1:
            raise SessionError(translate("SessionOps", "Geef minstens één stem."))
        if budget == 0:
            raise SessionError(translate("SessionOps", "In deze stap wordt niet gestemd."))
        if used + count > budget:
            spent = (translate("SessionOps", "{0} heeft de enige stem in deze stap al gebruikt.") if budget == 1
                     else translate("SessionOps", "{0} heeft al {1} van de {2} stemmen gebruikt in deze stap."))
            raise SessionError(spent.format(name, used, budget))
        from .tally import vote_targets, votes_on_earlier_choices  # the one rule of what can be voted on (console and phones)

        targets = vote_targets(self, step)
        on_wall = step.wall is not None and any(idea.id == target for idea in step.wall.ideas)  # core/ideas checks those
        if targets and target not in targets and not on_wall:  # a step that offers cards: only those (none: not limited)
            if votes_on_earlier_choices(step):
                raise SessionError(translate("SessionOps", "Op deze kaart wordt in deze stap niet gestemd: alleen op "
                                                           "de kaarten die eerder gekozen zijn."))
            raise SessionError(translate("SessionOps", "Deze kaart hoort niet bij deze stap."))
        vote = next((v for v in step.votes if v.participant_id == participant_id and v.target == target
                     and v.via == via), None)
        if vote is None:
            return _insert(translate("SessionOps", "Stem geven"), step.votes,
                           Vote(participant_id=participant_id, target=target, count=count, via=via))
        return _update(translate("SessionOps", "Stem geven"), vote, {"count": vote.count + count})

    def remove_vote(self, step_id: str, participant_id: str, target: str, count: int = 1,
                    via: str | None = None) -> Edit:
        """Takes a vote away, the one entered the same way first (``via``), else any of this person's."""
        step = self.step(step_id)
        mine = [v for v in step.votes if v.participant_id == participant_id and v.target == target]
        vote = next((v for v in mine if v.via == via), mine[0] if mine else None)
        if vote is None or count < 1:
            raise SessionError(translate("SessionOps", "Hier staat geen stem van deze deelnemer."))
        if vote.count > count:
            return _update(translate("SessionOps", "Stem weghalen"), vote, {"count": vote.count - count})
        return _remove(translate("SessionOps", "Stem weghalen"), step.votes, vote)

    # --- action items --------------------------------------------------------------------------
    def add_action(self, step_id: str, wat: str, wie: str = "", wanneer: Any = "") -> Edit:
        wat, wie = clean_text(wat), clean_text(wie, one_line=True)
        if not wat.strip():
            raise SessionError(translate("SessionOps", "Schrijf op wat er moet gebeuren."))
        when = wanneer.isoformat() if hasattr(wanneer, "isoformat") else str(wanneer or "")
        action = _build(ActionItem, wat=wat.strip(), wie=wie.strip(), wanneer=clean_text(when, one_line=True).strip())
        return _insert(translate("SessionOps", "Actiepunt toevoegen"), self.step(step_id).actions, action)

    def update_action(self, step_id: str, action_id: str, **changes: Any) -> Edit:
        if hasattr(changes.get("wanneer"), "isoformat"):
            changes["wanneer"] = changes["wanneer"].isoformat()
        return _update(translate("SessionOps", "Actiepunt wijzigen"), self.step(step_id).action(action_id), changes)

    def remove_action(self, step_id: str, action_id: str) -> Edit:
        step = self.step(step_id)
        return _remove(translate("SessionOps", "Actiepunt verwijderen"), step.actions, step.action(action_id))

    # --- cards the group made ------------------------------------------------------------------
    def add_group_card(self, step_id: str, title: str, text: str = "",
                       questions: Iterable[str] = (), assignment: str | None = None,
                       made_by: Iterable[str] = ()) -> Edit:
        title, text = clean_text(title, one_line=True), clean_text(text)
        questions = [clean_text(q) for q in questions]
        if not title.strip():
            raise SessionError(translate("SessionOps", "Geef de kaart een titel."))
        card = _build(GroupCard, title=title.strip(), text=text.strip(), questions=[q.strip() for q in questions if q.strip()],
                         assignment=(assignment or "").strip() or None, made_by=list(made_by))
        return _insert(translate("SessionOps", "Eigen kaart maken"), self.step(step_id).group_cards, card)

    def update_group_card(self, step_id: str, card_id: str, **changes: Any) -> Edit:
        return _update(translate("SessionOps", "Eigen kaart wijzigen"), self.step(step_id).group_card(card_id), changes)

    def remove_group_card(self, step_id: str, card_id: str) -> Edit:
        step = self.step(step_id)
        return _remove(translate("SessionOps", "Eigen kaart verwijderen"), step.group_cards, step.group_card(card_id))

    # --- the axis board ------------------------------------------------------------------------
    def add_board_token(self, step_id: str, name: str, colour: str = "#d35400") -> Edit:
        from ..board.board import Token
        board = self.step(step_id).board
        if not name.strip():
            raise SessionError(translate("SessionOps", "Geef de praktijk een naam."))
        token = Token(id=board.new_token_id(name), name=name.strip()[:100], colour=colour)
        return _insert(translate("SessionOps", "Praktijk toevoegen"), board.tokens, token)

    def place_token(self, step_id: str, token_id: str, perspective: str, x: float, y: float,
                    reason: str | None = None) -> Edit:
        """Put (or move) a token for one perspective; ``reason`` (the "waarom") replaces the old one."""
        from ..board.board import clamp01, placement_key
        board = self.step(step_id).board
        if not any(t.id == token_id for t in board.tokens):
            raise SessionError(translate("SessionOps", "Deze praktijk staat niet (meer) op het bord."))
        if reason is not None and len(reason) > 2000:
            raise SessionError(translate("SessionOps", "Dit 'waarom' is te lang; houd het bij een paar zinnen."))
        old = board.placement(token_id, perspective)
        before = (old.x, old.y) if old is not None else None
        after = (clamp01(x), clamp01(y))
        key = placement_key(token_id, perspective)
        old_reason = board.reasons.get(key)
        new_reason = old_reason if reason is None else (reason.strip() or None)

        def put(where, why):
            if where is None:
                board.remove_placement(token_id, perspective)
            else:
                board.place(token_id, perspective, *where)
            if why is None:
                board.reasons.pop(key, None)
            else:
                board.reasons[key] = why
        return _apply(translate("SessionOps", "Praktijk plaatsen"), lambda: put(after, new_reason),
                      lambda: put(before, old_reason), key)

    # --- navigation (not undoable) ---------------------------------------------------------------
    def go_to(self, step_index: int, card_index: int = 0) -> None:
        if not self.steps:
            self.current_step = self.current_card = 0
            return
        if self.ran_steps is None:  # a session from an older version: what the agenda showed as done then
            self.ran_steps = [step.id for step in self.steps[:self.current_step + 1]]
        self.current_step = max(0, min(step_index, len(self.steps) - 1))
        if self.steps[self.current_step].id not in self.ran_steps:
            self.ran_steps.append(self.steps[self.current_step].id)
        cards = self.steps[self.current_step].card_ids
        self.current_card = max(0, min(card_index, len(cards) - 1)) if cards else 0
        card_id = self.active_card_id
        step = self.steps[self.current_step]
        if card_id is not None and card_id not in step.shown:
            step.shown.append(card_id)
        if kind_of(step).board and step.board_from:
            self.carry_board(step)  # the board of an earlier step comes along (see Session.carry_board)

    def advance(self) -> bool:
        """Next card, or the next step after the last card. False at the very end."""
        step = self.active_step
        if step is not None and self.current_card + 1 < len(step.card_ids):
            self.go_to(self.current_step, self.current_card + 1)
            return True
        if self.current_step + 1 < len(self.steps):
            self.go_to(self.current_step + 1, 0)
            return True
        return False

    def retreat(self) -> bool:
        """Previous card, or the last card of the previous step. False at the very start."""
        if self.current_card > 0:
            self.go_to(self.current_step, self.current_card - 1)
            return True
        if self.current_step > 0:
            previous = self.steps[self.current_step - 1]
            self.go_to(self.current_step - 1, max(0, len(previous.card_ids) - 1))
            return True
        return False


def _mark_via(step: Step, participant_id: str, card_id: str, via: str | None) -> Edit:
    """Remember (or forget, with None) who entered a choice; undone with it."""
    before = {pid: dict(cards) for pid, cards in step.choice_via.items()}
    after = {pid: dict(cards) for pid, cards in before.items()}
    if via is None:
        after.get(participant_id, {}).pop(card_id, None)
        if participant_id in after and not after[participant_id]:
            del after[participant_id]
    else:
        after.setdefault(participant_id, {})[card_id] = via

    def put(value):
        step.choice_via = {pid: dict(cards) for pid, cards in value.items()}
    return _apply("", lambda: put(after), lambda: put(before))


def _set_key(mapping: dict, key: str, value: Any, text: str = "") -> Edit:
    return _apply(text, lambda: mapping.__setitem__(key, value), lambda: mapping.pop(key, None), value)


def _pop_key(mapping: dict, key: str, text: str = "") -> Edit:
    value = mapping[key]
    return _apply(text, lambda: mapping.pop(key, None), lambda: mapping.__setitem__(key, value), value)
