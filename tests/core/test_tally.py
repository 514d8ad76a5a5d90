"""Which cards a choice or vote step offers, and the counts the room sees."""

import pytest

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.tally import choice_tally, is_vote_step, step_tally, vote_tally, vote_targets
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def session(library):
    s = new_session_from_template(default_templates().get("kennismaken-waarde-van-welzijn"), library)
    for name in ("Anna", "Bram", "Chantal"):
        s.add_participant(name)
    return s


def test_the_vote_step_offers_only_the_cards_chosen_before_in_deck_order(session):
    choose, vote = session.steps[1], session.steps[3]
    anna, bram = session.participants[0].id, session.participants[1].id
    cards = choose.card_ids
    assert len(cards) >= 15 and is_vote_step(session, vote) and not is_vote_step(session, choose)
    for card in (cards[9], cards[2], cards[5]):
        session.set_choice(choose.id, anna, card)
    for card in (cards[5], cards[0]):
        session.set_choice(choose.id, bram, card)
    assert vote_targets(session, vote) == [cards[0], cards[2], cards[5], cards[9]]


def test_without_earlier_choices_the_vote_step_offers_its_own_cards(session):
    vote = session.steps[3]
    assert vote_targets(session, vote) == vote.card_ids


def test_vote_tally_counts_dots_per_card_most_first(session, library):
    choose, vote = session.steps[1], session.steps[3]
    anna, bram, chantal = (p.id for p in session.participants)
    cards = choose.card_ids
    for who in (anna, bram):
        session.set_choice(choose.id, who, cards[1])
    session.set_choice(choose.id, chantal, cards[4])
    session.add_vote(vote.id, anna, cards[4], 2)
    session.add_vote(vote.id, bram, cards[4])
    session.add_vote(vote.id, chantal, cards[1])
    tally = step_tally(session, vote, library)
    assert tally.kind == "votes" and tally.total == 4 and tally.people == 3
    assert [(row.target, row.total) for row in tally.counted] == [(cards[4], 3), (cards[1], 1)]
    assert tally.counted[0].by == {anna: 2, bram: 1}
    assert tally.counted[0].title == library.get("waarde-van-welzijn").card(cards[4]).title
    assert [row.target for row in choice_tally(session, choose, library).counted] == [cards[1], cards[4]]


def test_cards_the_group_made_are_voted_on(library):
    s = Session.empty()
    s.add_participant("Anna")
    made = Step(kind="boundary-objects", title="Maken")
    choose = Step(kind="boundary-objects", title="Kies samen", vote_budget=3)
    s.add_step(made)
    s.add_step(choose)
    card = s.add_group_card(made.id, "Wijkkaart").value
    assert vote_targets(s, choose) == [card.id]
    s.add_vote(choose.id, s.participants[0].id, card.id, 3)
    assert [(r.title, r.total) for r in vote_tally(s, choose).counted] == [("Wijkkaart", 3)]


def test_a_vote_outside_the_rule_is_refused_with_a_message(session):
    from reflectiespel.core.sessions.session_ops import SessionError

    choose, vote = session.steps[1], session.steps[3]
    anna = session.participants[0].id
    session.set_choice(choose.id, anna, choose.card_ids[2])
    with pytest.raises(SessionError, match="eerder gekozen"):
        session.add_vote(vote.id, anna, choose.card_ids[3])
    assert vote.votes == []
    session.add_vote(vote.id, anna, choose.card_ids[2])
    assert vote.ranked_votes() == [(choose.card_ids[2], 1)]


def test_a_step_without_its_own_budget_votes_on_its_own_cards(session):
    choose = session.steps[1]
    anna = session.participants[0].id
    session.set_choice(choose.id, anna, choose.card_ids[2])
    later = session.steps[2]
    assert later.vote_budget is None
    assert vote_targets(session, later)[:len(later.card_ids)] == later.card_ids


def test_the_vote_tells_which_tip_rounds_chose_nothing(library):
    from reflectiespel.core.sessions.tally import left_out, vote_fed_by

    s = new_session_from_template(default_templates().get("zeven-verandertips"), library)
    anna = s.add_participant("Anna").value.id
    rounds = [step for step in s.steps if step.kind == "tips" and not step.vote_budget]
    vote = next(step for step in s.steps if step.vote_budget)
    assert len(rounds) == 7 and all(vote_fed_by(s, r) is vote for r in rounds)
    assert left_out(s, vote) == [], "nobody chose anywhere: the vote offers all seven tips"
    s.set_choice(rounds[0].id, anna, rounds[0].card_ids[0])
    s.set_choice(rounds[3].id, anna, rounds[3].card_ids[0])
    assert left_out(s, vote) == [r for i, r in enumerate(rounds) if i not in (0, 3)]
    assert vote_targets(s, vote) == [rounds[0].card_ids[0], rounds[3].card_ids[0]]
