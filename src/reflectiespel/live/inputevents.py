"""Phones in the step kinds that collect input (issue #29: word cloud, idea wall, rating scale): what a
phone sends, made into the same undoable edits the console makes (core/input/wordcloud.py, ...), and what a
phone may see of the step. Plain Python, no Qt, no web code; called by live/hub.py on the thread that
owns the session, inside ``i18n.speaking(session language)``.

Each action goes through the hub's limits like every other phone action (docs/live.md): the per-phone
pace (a text action counts as a text: ``TEXT_ACTIONS``), a locked step, and the session's size. The
per-step caps are the kinds' own: a person sends at most ``WordCloud.max_words`` words in a step.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.base.i18n import QT_TRANSLATE_NOOP
from ..core.sessions.session import Session, Step
from ..core.sessions.session_ops import Edit, SessionError
from ..core.sessions.stepinput import PHONE
from ..core.sessions.stepkinds import kind_of
from .rooms import Phone, RoomError

ACTIONS = ("words", "rate", "idea", "upvote")  # the phone API's routes for these kinds: /api/<action>
TEXT_ACTIONS = frozenset({"words", "idea"})  # actions that add a text to the session (paced as texts)
GROUP_AT_LEAST = 3  # marks on a row before phones see the group's middle


def _current(session: Session, step_id: str, wanted: str) -> Step:
    from .events import current_step

    step = current_step(session, step_id)
    if kind_of(step).collects != wanted:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Dit kan niet in deze stap. Je scherm is bijgewerkt."))
    return step


def _participant(session: Session, phone: Phone) -> str:
    from .events import _participant as participant

    return participant(session, phone)


def _by_phone(make: Callable[[], Edit], text: str) -> Edit:
    """The core's edit for a phone's action, named ``text`` in the undo list; the session's refusal becomes
    the phone's 409 with the session's words (as for every phone action: events._refused)."""
    from .events import _refused

    try:
        made = make()
    except SessionError as exc:
        raise _refused(exc) from None
    made.text = text
    return made


def edit(session: Session, phone: Phone, action: str, step_id: str, payload: dict) -> Edit:
    """A phone's request in one of these kinds as an edit; RoomError says what is wrong."""
    if action == "words":
        return words(session, phone, step_id, payload.get("words"))
    if action == "rate":
        return rate(session, phone, step_id, payload.get("row"), payload.get("value"))
    if action == "idea":
        return idea(session, phone, step_id, payload.get("text"))
    if action == "upvote":
        return upvote(session, phone, step_id, payload.get("idea_id"), payload.get("delta", 1))
    raise RoomError(404, QT_TRANSLATE_NOOP("live", "Onbekende opdracht."))


def words(session: Session, phone: Phone, step_id: str, sent) -> Edit:
    from ..core.input import wordcloud

    step = _current(session, step_id, "words")
    pid = _participant(session, phone)
    if not isinstance(sent, list) or not all(isinstance(w, str) for w in sent) or len(sent) > 10:
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Stuur een tot drie woorden."))
    return _by_phone(lambda: wordcloud.add_words(session, step.id, sent, pid, via=PHONE),
                     QT_TRANSLATE_NOOP("live", "Woorden van een telefoon"))


def rate(session: Session, phone: Phone, step_id: str, row, value) -> Edit:
    from ..core.input import ratings

    step = _current(session, step_id, "ratings")
    pid = _participant(session, phone)
    if not isinstance(row, str) or isinstance(value, bool) or not isinstance(value, int):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Geef een cijfer van 0 tot en met 10."))
    return _by_phone(lambda: ratings.rate(session, step.id, pid, row, value, via=PHONE),
                     QT_TRANSLATE_NOOP("live", "Cijfer van een telefoon"))


def idea(session: Session, phone: Phone, step_id: str, text) -> Edit:
    from ..core.input import ideas

    step = _current(session, step_id, "ideas")
    pid = _participant(session, phone)
    if not isinstance(text, str):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Schrijf je idee als tekst."))
    return _by_phone(lambda: ideas.add_idea(session, step.id, text, pid, via=PHONE),
                     QT_TRANSLATE_NOOP("live", "Idee van een telefoon"))


def upvote(session: Session, phone: Phone, step_id: str, idea_id, delta) -> Edit:
    from ..core.input import ideas

    step = _current(session, step_id, "ideas")
    pid = _participant(session, phone)
    if not isinstance(idea_id, str) or isinstance(delta, bool) or delta not in (1, -1):
        raise RoomError(422, QT_TRANSLATE_NOOP("live", "Deze stem klopt niet."))
    from ..core.input.screening import screen_of

    screen = screen_of(step)
    visible = {w.id for w in ideas.wall(step, released_only=screen.screened, with_hidden=False)
               if screen.items_on_phones or w.idea.participant_id == pid}
    if idea_id not in visible:
        raise RoomError(404, QT_TRANSLATE_NOOP("live", "Dit idee staat niet (meer) op de muur."))
    budget, used = session.budget(step), step.votes_used(pid)
    if delta > 0 and used >= budget:
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Je hebt al {0} van de {1} stemmen gebruikt in deze stap."),
                        used, budget)
    if delta < 0 and not any(v.participant_id == pid and v.target == idea_id for v in step.votes):
        raise RoomError(409, QT_TRANSLATE_NOOP("live", "Hier staat geen stem van jou."))
    return _by_phone(lambda: ideas.upvote(session, step.id, pid, idea_id, delta, via=PHONE),
                     QT_TRANSLATE_NOOP("live", "Stem van een telefoon"))


def describe(session: Session, step: Step, public_step: dict) -> None:
    """What every phone may see of a step of these kinds, into the step's public part (made once per
    picture, whatever the number of phones)."""
    from ..core.input.screening import screen_of

    collects = kind_of(step).collects
    public_step["collects"] = collects
    screen = screen_of(step)
    public_step["screened"] = screen.screened
    if collects == "words":
        cloud = step.cloud
        public_step["max_words"] = cloud.max_words if cloud is not None else 3
    elif collects == "ideas":
        from ..core.input import ideas

        public_step["ideas"] = [_shown(w, screen) for w in _standing(step, screen)] if screen.items_on_phones else []
        public_step["max_ideas"] = step.wall.max_ideas if step.wall is not None else ideas.IdeaWall().max_ideas
    elif collects == "ratings":
        from ..core.input import ratings

        spread = ratings.spreads(step)
        public_step["rows"] = [{"id": s.row.id, "text": s.row.text} for s in spread]
        # the group's web on every phone; a row with fewer than three marks shows none (it would tell whose)
        public_step["group"] = [s.median if s.count >= GROUP_AT_LEAST and screen.counts_on_phones else None
                                for s in spread]


def describe_own(step: Step, mine: dict) -> None:
    """Each person's own part of a step of these kinds, into ``mine`` (participant id -> their part; one
    person's or everyone's): one pass over the step's words, ideas or marks, so that a hall of 300 phones
    costs one look at each item, not one per phone (#28)."""
    from ..core.input.screening import screen_of

    collects = kind_of(step).collects
    screen = screen_of(step)
    if collects == "words":
        limit = step.cloud.max_words if step.cloud is not None else _default_max_words()
        sent: dict[str, list[str]] = {}
        if step.cloud is not None:
            for word in step.cloud.words:
                if word.participant_id in mine:
                    sent.setdefault(word.participant_id, []).append(word.text)
        for pid, own in mine.items():
            own["words"] = sent.get(pid, [])
            own["words_left"] = max(0, limit - len(own["words"]))
    elif collects == "ideas":
        from ..core.input import ideas

        limit = step.wall.max_ideas if step.wall is not None else ideas.IdeaWall().max_ideas
        posted: dict[str, list] = {}
        for item in step.wall.ideas if step.wall is not None else []:
            if item.participant_id in mine:
                posted.setdefault(item.participant_id, []).append(item)
        shown_by: dict[str, list[dict]] = {}
        if not screen.items_on_phones:  # phones see only their own ideas
            for w in _standing(step, screen):
                if w.idea.participant_id in mine:
                    shown_by.setdefault(w.idea.participant_id, []).append(_shown(w, screen))
        for pid, own in mine.items():
            theirs = posted.get(pid, [])
            own["ideas_left"] = max(0, limit - len(theirs))
            own["my_ideas"] = [i.id for i in theirs]
            # what this person sent that waits for the facilitator
            own["my_waiting"] = [i.text for i in theirs if not i.released and not i.hidden and screen.screened]
            if not screen.items_on_phones:
                own["my_shown"] = shown_by.get(pid, [])
    elif collects == "ratings":
        marks: dict[str, dict[str, int]] = {}
        if step.scale is not None:
            for mark in step.scale.ratings:
                if mark.participant_id in mine:
                    marks.setdefault(mark.participant_id, {})[mark.row] = mark.value
        for pid, own in mine.items():
            own["ratings"] = marks.get(pid, {})


def _standing(step: Step, screen) -> list:
    """The ideas phones may see (released ones in a screened step, none hidden); while the votes wait for
    the reveal, in the order they came (no numbers)."""
    from ..core.input import ideas

    standing = ideas.wall(step, released_only=screen.screened, with_hidden=False)
    if not screen.counts_on_phones:
        order = {idea.id: i for i, idea in enumerate(step.wall.ideas)} if step.wall is not None else {}
        standing = sorted(standing, key=lambda w: order.get(w.id, 0))
    return standing


def _shown(w, screen) -> dict:
    return {"id": w.id, "text": w.idea.text, "votes": w.votes if screen.counts_on_phones else None,
            "pinned": w.idea.pinned}


def _default_max_words() -> int:
    from ..core.input.wordcloud import WordCloud

    return WordCloud().max_words


def empty_own() -> dict:
    """What a phone of someone who sent nothing has of these kinds."""
    return {"words": [], "words_left": 0, "ratings": {}, "ideas_left": 0, "my_ideas": [], "my_waiting": []}
