"""The idea wall (issue #29.2): participants post short ideas, everyone upvotes within the step's vote
budget (the same dots as on cards: ``Step.votes`` with the idea's id as target), the facilitator pins,
hides or merges ideas, chooses "only pinned on the projection", and sends the top five to the action
items with one click. Every change is an undoable Edit. No Qt.

Merging keeps both ideas: the merged one points at the one it joined (``merged_into``) and its votes count
there; hiding keeps the idea (and its votes) but off the projection and the phones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..base.i18n import translate
from ..sessions.session_ops import Edit, _apply, _build, _group, _insert, _update
from ..sessions.sessionparts import ActionItem, SessionError, Step, clean_text
from ..sessions.stepinput import CONSOLE, MAX_IDEA, Idea, IdeaWall

TOP = 5  # ideas that go to the action items with one click
MAX_STEP_IDEAS = 2000  # ideas in one step, from everyone together: a bound on the file


@dataclass
class WallIdea:
    """An idea as the room sees it: its votes (with those of the ideas merged into it)."""

    idea: Idea
    votes: int
    merged: list[Idea] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.idea.id


def idea_of(step: Step, idea_id: str) -> Idea:
    for idea in (step.wall.ideas if step.wall is not None else []):
        if idea.id == idea_id:
            return idea
    raise SessionError(translate("Ideas", "Dit idee staat niet (meer) op de muur."))


def final(step: Step, idea: Idea) -> Idea:
    """The idea this one counts under after merges (a chain is followed; a loop stops)."""
    seen = {idea.id}
    while idea.merged_into is not None and idea.merged_into not in seen:
        try:
            idea = idea_of(step, idea.merged_into)
        except SessionError:
            break
        seen.add(idea.id)
    return idea


def wall(step: Step, released_only: bool = False, with_hidden: bool = True) -> list[WallIdea]:
    """The ideas that stand on their own (not merged into another), most votes first; equal votes in the
    order they were posted. ``released_only``: what the room may see of a screened step."""
    if step.wall is None:
        return []
    totals: dict[str, int] = {}
    for vote in step.votes:
        totals[vote.target] = totals.get(vote.target, 0) + vote.count
    standing: dict[str, WallIdea] = {}
    order = {idea.id: i for i, idea in enumerate(step.wall.ideas)}
    for idea in step.wall.ideas:
        if idea.merged_into is None:
            standing[idea.id] = WallIdea(idea, totals.get(idea.id, 0))
    for idea in step.wall.ideas:
        if idea.merged_into is not None:
            into = final(step, idea)
            if into.id in standing:
                standing[into.id].merged.append(idea)
                standing[into.id].votes += totals.get(idea.id, 0)
    shown = [w for w in standing.values() if (with_hidden or not w.idea.hidden)
             and (w.idea.released or not released_only)]
    return sorted(shown, key=lambda w: (-w.votes, order[w.id]))


def ideas_by(step: Step, participant_id: str | None) -> list[Idea]:
    if step.wall is None or participant_id is None:
        return []
    return [i for i in step.wall.ideas if i.participant_id == participant_id]


def ideas_left(step: Step, participant_id: str | None) -> int:
    limit = step.wall.max_ideas if step.wall is not None else IdeaWall().max_ideas
    return max(0, limit - len(ideas_by(step, participant_id)))


def _ensure(step: Step) -> tuple[IdeaWall, list[Edit]]:
    if step.wall is not None:
        return step.wall, []
    made = IdeaWall()

    def redo():
        step.wall = made

    def undo():
        step.wall = None
    return made, [_apply("", redo, undo, made)]


# --- changes (each one undoable) -------------------------------------------------------------------
def add_idea(session, step_id: str, text: str, participant_id: str | None = None, via: str = CONSOLE) -> Edit:
    """An idea from one person, or for the group when ``participant_id`` is None."""
    step = session.step(step_id)
    if participant_id is not None:
        session.participant(participant_id)
    text = clean_text(str(text)).strip()
    if not text:
        raise SessionError(translate("Ideas", "Schrijf eerst je idee op."))
    if len(text) > MAX_IDEA:
        raise SessionError(translate("Ideas", "Dit idee is te lang: hoogstens {0} tekens, zoals op een briefje.")
                           .format(MAX_IDEA))
    if participant_id is not None and ideas_left(step, participant_id) <= 0:
        raise SessionError(translate("Ideas", "{0} heeft al {1} ideeën op de muur gezet; meer kan in deze stap niet.")
                           .format(session.display_name(participant_id), step.wall.max_ideas))
    if step.wall is not None and len(step.wall.ideas) >= MAX_STEP_IDEAS:
        raise SessionError(translate("Ideas", "Deze muur is vol ({0} ideeën).").format(MAX_STEP_IDEAS))
    from .screening import released_at_once

    idea = _build(Idea, text=text, participant_id=participant_id, via=via, released=released_at_once(step, via))
    made, edits = _ensure(step)
    edits.append(_insert("", made.ideas, idea))
    return _group(translate("Ideas", "Idee toevoegen"), edits, idea)


def set_pinned(session, step_id: str, idea_id: str, pinned: bool = True) -> Edit:
    idea = idea_of(session.step(step_id), idea_id)
    if idea.pinned == pinned:
        raise SessionError(translate("Ideas", "Dit idee is al vastgepind.") if pinned
                           else translate("Ideas", "Dit idee was niet vastgepind."))
    return _update(translate("Ideas", "Idee vastpinnen") if pinned else translate("Ideas", "Idee losmaken"),
                   idea, {"pinned": pinned})


def set_hidden(session, step_id: str, idea_id: str, hidden: bool = True) -> Edit:
    idea = idea_of(session.step(step_id), idea_id)
    if idea.hidden == hidden:
        raise SessionError(translate("Ideas", "Dit idee is al verborgen.") if hidden
                           else translate("Ideas", "Dit idee staat al op de muur."))
    return _update(translate("Ideas", "Idee verbergen") if hidden else translate("Ideas", "Idee tonen"),
                   idea, {"hidden": hidden})


def merge_ideas(session, step_id: str, idea_ids: list[str], into: str) -> Edit:
    """Ideas that say the same thing count as one (``into``); their votes go with them."""
    step = session.step(step_id)
    target = final(step, idea_of(step, into))
    found: dict[str, Idea] = {}
    for idea_id in dict.fromkeys(idea_ids):
        idea = final(step, idea_of(step, idea_id))
        if idea.id != target.id:
            found[idea.id] = idea
    others = list(found.values())
    if not others:
        raise SessionError(translate("Ideas", "Kies minstens twee verschillende ideeën om samen te voegen."))
    edits = [_update("", idea, {"merged_into": target.id}) for idea in others]
    return _group(translate("Ideas", "Ideeën samenvoegen"), edits, target)


def unmerge(session, step_id: str, idea_id: str) -> Edit:
    """The ideas merged into this one stand on their own again."""
    step = session.step(step_id)
    idea = idea_of(step, idea_id)
    merged = [i for i in step.wall.ideas if i.merged_into == idea.id]
    if not merged:
        raise SessionError(translate("Ideas", "Er is niets met dit idee samengevoegd."))
    return _group(translate("Ideas", "Ideeën weer los"), [_update("", i, {"merged_into": None}) for i in merged], idea)


def set_only_pinned(session, step_id: str, on: bool) -> Edit:
    step = session.step(step_id)
    made, edits = _ensure(step)
    edits.append(_update("", made, {"only_pinned": on}))
    return _group(translate("Ideas", "Alleen vastgepinde ideeën op het scherm") if on
                  else translate("Ideas", "Alle ideeën op het scherm"), edits, made)


def upvote(session, step_id: str, participant_id: str, idea_id: str, delta: int = 1, via: str | None = None) -> Edit:
    """A vote more (or less) on an idea, within the step's budget, as on cards (session_ops add_vote)."""
    step = session.step(step_id)
    idea = idea_of(step, idea_id)
    if idea.merged_into is not None or idea.hidden:
        raise SessionError(translate("Ideas", "Op dit idee kan niet meer gestemd worden."))
    if delta > 0:
        return session.add_vote(step.id, participant_id, idea.id, 1, via=via)
    return session.remove_vote(step.id, participant_id, idea.id, 1, via=via)


def action_step(session, step: Step) -> Step:
    """Where the top ideas go: the next step in the agenda (usually the agreements), else this one."""
    index = session.steps.index(step)
    return session.steps[index + 1] if index + 1 < len(session.steps) else step


def top_to_actions(session, step_id: str, count: int = TOP) -> Edit:
    """The ``count`` ideas with the most votes (not hidden) become action items of the next step; an idea
    that is an action item there already is not added twice."""
    step = session.step(step_id)
    top = [w for w in wall(step, with_hidden=False) if w.votes > 0][:count]
    if not top:
        raise SessionError(translate("Ideas", "Er zijn nog geen ideeën met stemmen."))
    target = action_step(session, step)
    there = {" ".join(a.wat.split()).casefold() for a in target.actions}
    new = [w for w in top if " ".join(w.idea.text.split()).casefold() not in there]
    if not new:
        raise SessionError(translate("Ideas", "Deze ideeën staan al bij de actiepunten."))
    edits = [_insert("", target.actions, _build(ActionItem, wat=w.idea.text)) for w in new]
    return _group(translate("Ideas", "Top {0} naar de actiepunten").format(len(new)), edits,
                  [e.value for e in edits])


__all__ = ["TOP", "WallIdea", "idea_of", "final", "wall", "ideas_by", "ideas_left", "add_idea", "set_pinned",
           "set_hidden", "merge_ideas", "unmerge", "set_only_pinned", "upvote", "action_step", "top_to_actions"]
