"""The session document: named operations, undo/redo, vote budget, anonymous names, navigation."""

import pytest

from reflectiespel.core.sessions.session import Session, SessionError, Step


@pytest.fixture
def session():
    s = Session.empty("Proef")
    s.add_participant("Ann", "zorg")
    s.add_participant("Bram", "cultuur", colour="#AA0000")
    s.add_step(Step(kind="values", title="Kiezen", card_ids=["a", "b", "c"], max_choices=2))
    s.add_step(Step(kind="free", title="Delen"))
    return s


def ids(s):
    return [p.id for p in s.participants]


def test_note_add_undo_redo_keeps_the_same_note(session):
    step = session.steps[0]
    ann = session.participants[0].id
    edit = session.add_note(step.id, "  Samen dansen helpt  ", participant_id=ann, card_id="a")
    note = edit.value
    assert note.text == "Samen dansen helpt" and note.participant_id == ann and note.card_id == "a"
    assert note.time.tzinfo is not None
    edit.undo()
    assert step.notes == []
    edit.redo()
    assert step.notes == [note] and step.notes[0].id == note.id
    edit.redo()  # a second redo changes nothing
    assert len(step.notes) == 1
    removal = session.remove_note(step.id, note.id)
    assert step.notes == []
    removal.undo()
    assert step.notes[0] is note


def test_empty_note_is_refused_in_dutch(session):
    with pytest.raises(SessionError, match="lege notitie"):
        session.add_note(session.steps[0].id, "   ")


def test_typed_text_is_kept_literally(session):
    step = session.steps[0]
    text = "<b>vet</b> & <img src=http://example.org/x.png> " + "lang" * 500
    note = session.add_note(step.id, text).value
    assert note.text == text


def test_vote_budget_is_respected_with_a_clear_message(session):
    step = session.steps[0]
    ann, bram = ids(session)
    session.add_vote(step.id, ann, "a", 2)
    session.add_vote(step.id, ann, "b")
    with pytest.raises(SessionError, match="Ann heeft al 3 van de 3 stemmen"):
        session.add_vote(step.id, ann, "c")
    assert session.votes_left(step, ann) == 0
    assert session.votes_left(step, bram) == 3
    session.add_vote(step.id, bram, "b", 2)
    assert step.ranked_votes() == [("b", 3), ("a", 2)]
    edit = session.remove_vote(step.id, ann, "a")
    assert step.ranked_votes() == [("b", 3), ("a", 1)]
    edit.undo()
    assert step.ranked_votes() == [("b", 3), ("a", 2)]


def test_budget_can_be_changed_per_session_and_per_step(session):
    step = session.steps[0]
    ann = ids(session)[0]
    session.set_details(vote_budget=5)
    session.add_vote(step.id, ann, "a", 5)
    session.update_step(step.id, vote_budget=0)
    with pytest.raises(SessionError, match="niet gestemd"):
        session.add_vote(step.id, ann, "b")


def test_choices_respect_max_and_undo(session):
    step = session.steps[0]
    ann = ids(session)[0]
    session.set_choice(step.id, ann, "a")
    edit = session.set_choice(step.id, ann, "b")
    with pytest.raises(SessionError, match="al 2 kaarten gekozen"):
        session.set_choice(step.id, ann, "c")
    edit.undo()
    assert step.choices == {ann: ["a"]}
    clear = session.clear_choice(step.id, ann, "a")
    assert step.choices == {}
    clear.undo()
    assert step.choices == {ann: ["a"]}


def test_removing_a_participant_takes_votes_and_choices_and_undo_brings_them_back(session):
    step = session.steps[0]
    ann = ids(session)[0]
    session.add_vote(step.id, ann, "a")
    session.set_choice(step.id, ann, "b")
    before = session.model_dump()
    edit = session.remove_participant(ann)
    assert step.votes == [] and step.choices == {} and len(session.participants) == 1
    edit.undo()
    assert session.model_dump() == before


def test_actions_and_group_cards(session):
    step = session.steps[1]
    action = session.add_action(step.id, "Wijkkaart maken", "Bram", "2026-03-01").value
    edit = session.update_action(step.id, action.id, wie="Ann en Bram")
    assert step.actions[0].wie == "Ann en Bram"
    edit.undo()
    assert step.actions[0].wie == "Bram"
    with pytest.raises(SessionError):
        session.add_action(step.id, " ")
    card = session.add_group_card(step.id, "Onze wijkkrant", "Een krant die we samen maken",
                                  questions=["Wie schrijft mee?"]).value
    deck = session.group_deck()
    assert deck is not None and deck.cards[0].title == "Onze wijkkrant"
    assert deck.cards[0].questions == ["Wie schrijft mee?"]
    session.remove_group_card(step.id, card.id)
    assert session.group_deck() is None


def test_anonymous_session_shows_no_names(session):
    ann, bram = ids(session)
    assert session.display_name(ann) == "Ann"
    session.set_details(anonymous=True)
    assert [session.display_name(p) for p in session.participants] == ["Deelnemer 1", "Deelnemer 2"]
    assert session.display_name(bram) == "Deelnemer 2"
    assert "Ann" not in session.display_name(ann)


def test_steps_add_move_remove_keep_the_current_step(session):
    first, second = session.steps
    session.go_to(1)
    assert session.active_step is second
    move = session.move_step(second.id, 0)
    assert session.steps == [second, first] and session.active_step is second
    move.undo()
    assert session.steps == [first, second] and session.active_step is second
    removal = session.remove_step(second.id)
    assert session.active_step is first
    removal.undo()
    assert session.steps == [first, second]
    added = session.add_step(title="Afsluiten", kind="free", minutes=10, index=0).value
    assert session.steps[0] is added and session.active_step is second
    with pytest.raises(SessionError):
        session.add_step(kind="dansen", title="x")


def test_navigation_walks_cards_then_steps_and_records_shown_cards(session):
    session.go_to(0)
    seen = [(session.current_step, session.active_card_id)]
    while session.advance():
        seen.append((session.current_step, session.active_card_id))
    assert seen == [(0, "a"), (0, "b"), (0, "c"), (1, None)]
    assert session.steps[0].shown == ["a", "b", "c"]
    assert session.retreat() and session.active_card_id == "c"
    while session.retreat():
        pass
    assert (session.current_step, session.current_card) == (0, 0)


def test_update_with_a_wrong_value_changes_nothing(session):
    step = session.steps[0]
    with pytest.raises(SessionError):
        session.update_step(step.id, minutes=-5, title="Nieuw")
    assert step.title == "Kiezen" and step.minutes == 0


def test_card_title_names_deck_cards_and_group_cards(session, mini_deck_path):
    from reflectiespel.core.decks.library import Library
    decks = Library(mini_deck_path.parent).load()
    step = session.add_step(Step(kind="cards", title="Mini", deck_id="mini", card_ids=["eerste"])).value
    own = session.add_group_card(step.id, "Onze kaart").value
    assert session.card_title(step, "eerste", decks) == "Eerste kaart"
    assert session.card_title(step, own.id) == "Onze kaart"
    assert session.card_title(step, "weg", decks) == "weg"


def test_ids_do_not_change(session):
    with pytest.raises(SessionError, match="id verandert niet"):
        session.update_participant(session.participants[0].id, id="x")
