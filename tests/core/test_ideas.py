"""The idea wall (issue #29.2): post, upvote within the budget, pin, hide, merge (votes go along), only the
pinned on the projection, the top five to the action items with one click; every change undone."""

import pytest

from reflectiespel.core.input import ideas
from reflectiespel.core.sessions import storage
from reflectiespel.core.sessions.session import Session, SessionError, Step


@pytest.fixture
def session():
    session = Session(title="Ideeën", vote_budget=3, steps=[
        Step(id="s-muur", kind="ideas", title="Wat kunnen we doen?"), Step(id="s-af", kind="free", title="Afspraken")])
    for name in ("Ann", "Bo", "Cem"):
        session.add_participant(name)
    return session


def people(session):
    return [p.id for p in session.participants]


def post(session, text, pid=None, via="phone"):
    return ideas.add_idea(session, "s-muur", text, pid, via).value


def ranking(session, **kw):
    return [(w.idea.text, w.votes) for w in ideas.wall(session.step("s-muur"), **kw)]


def test_ideas_are_posted_and_upvoted_within_the_budget(session):
    ann, bo, cem = people(session)
    lunch = post(session, "Een buurtlunch", ann)
    koor = post(session, "Een koor in de wijk", bo)
    for _ in range(3):
        ideas.upvote(session, "s-muur", cem, koor.id)
    with pytest.raises(SessionError, match="al 3 van de 3 stemmen"):
        ideas.upvote(session, "s-muur", cem, lunch.id)
    ideas.upvote(session, "s-muur", ann, lunch.id)
    assert ranking(session) == [("Een koor in de wijk", 3), ("Een buurtlunch", 1)]
    ideas.upvote(session, "s-muur", cem, koor.id, -1)
    assert ranking(session)[0] == ("Een koor in de wijk", 2)


def test_too_long_empty_or_too_many_ideas_are_refused_and_nothing_changes(session):
    ann = people(session)[0]
    before = session.model_dump_json()
    for text in ("", "   ", "x" * 281):
        with pytest.raises(SessionError):
            ideas.add_idea(session, "s-muur", text, ann)
    assert session.model_dump_json() == before
    for n in range(5):
        post(session, f"idee {n}", ann)
    with pytest.raises(SessionError, match="al 5 ideeën"):
        post(session, "nog een", ann)


def test_pin_hide_and_merge_are_undone_and_merged_votes_count_once_together(session):
    ann, bo, cem = people(session)
    a = post(session, "Samen koken", ann)
    b = post(session, "Kookclub", bo)
    c = post(session, "Een muurschildering", cem)
    ideas.upvote(session, "s-muur", ann, b.id)
    ideas.upvote(session, "s-muur", bo, a.id)
    merge = ideas.merge_ideas(session, "s-muur", [b.id], a.id)
    assert ranking(session) == [("Samen koken", 2), ("Een muurschildering", 0)]
    with pytest.raises(SessionError, match="niet meer gestemd"):
        ideas.upvote(session, "s-muur", cem, b.id)  # a merged idea takes no votes of its own
    pin = ideas.set_pinned(session, "s-muur", c.id)
    hide = ideas.set_hidden(session, "s-muur", a.id)
    assert ranking(session, with_hidden=False) == [("Een muurschildering", 0)]
    for edit in (hide, pin, merge):
        edit.undo()
    assert ranking(session) == [("Samen koken", 1), ("Kookclub", 1), ("Een muurschildering", 0)]
    assert not c.pinned and not a.hidden
    merge.redo()
    unmerge = ideas.unmerge(session, "s-muur", a.id)
    assert len(ranking(session)) == 3
    unmerge.undo()
    assert len(ranking(session)) == 2


def test_the_top_five_go_to_the_next_steps_action_items_once(session):
    ann, bo, cem = people(session)
    made = [post(session, f"Idee {n}", None, "console") for n in range(7)]
    for pid in (ann, bo, cem):
        for idea in made[:3]:
            ideas.upvote(session, "s-muur", pid, idea.id)
    ideas.set_only_pinned(session, "s-muur", True)
    edit = ideas.top_to_actions(session, "s-muur")
    assert [a.wat for a in session.step("s-af").actions] == ["Idee 0", "Idee 1", "Idee 2"]  # only ideas with votes
    with pytest.raises(SessionError, match="al bij de actiepunten"):
        ideas.top_to_actions(session, "s-muur")
    edit.undo()
    assert session.step("s-af").actions == []


def test_the_report_names_an_idea_by_its_text_and_the_wall_opens_again(session, tmp_path):
    idea = post(session, "Een <b>buurtlunch</b> & meer", people(session)[0])
    ideas.upvote(session, "s-muur", people(session)[1], idea.id)
    ideas.set_pinned(session, "s-muur", idea.id)
    assert session.card_title(session.step("s-muur"), idea.id) == "Een <b>buurtlunch</b> & meer"
    back = storage.open_session(storage.save_session(session, tmp_path / "muur.reflectiespel"))
    wall = ideas.wall(back.step("s-muur"))
    assert [(w.idea.text, w.votes, w.idea.pinned, w.idea.via) for w in wall] == [
        ("Een <b>buurtlunch</b> & meer", 1, True, "phone")]
