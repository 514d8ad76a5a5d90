"""The speaking order: rotates per round, everyone speaks, passing is recorded, works alone and for 8."""

import pytest

from reflectiespel.core.sessions.turns import TurnState, rotated


def run_round(state: TurnState) -> list[str]:
    spoken = []
    state.start_round()
    while state.current is not None:
        spoken.append(state.current)
        state.done()
    return spoken


def test_a_different_person_starts_each_round_and_everyone_speaks():
    state = TurnState(people=["a", "b", "c", "d"])
    rounds = [run_round(state) for _ in range(5)]
    assert [r[0] for r in rounds] == ["a", "b", "c", "d", "a"]
    for spoken in rounds:
        assert sorted(spoken) == ["a", "b", "c", "d"]
    assert rounds[1] == ["b", "c", "d", "a"]


def test_first_pass_comes_back_at_the_end_second_pass_skips():
    state = TurnState(people=["a", "b", "c"])
    state.start_round()
    assert state.pass_turn() == "b"  # a passes: b speaks now
    assert state.queue == ["b", "c", "a"]
    state.done()
    state.done()
    assert state.current == "a"  # a gets another chance
    assert state.pass_turn() is None  # passes again: skipped, round over
    assert state.round_over
    assert [(t.person, t.outcome) for t in state.passes()] == [("a", "passed"), ("a", "passed")]
    assert [(t.person, t.outcome) for t in state.turns_in_round()] == [
        ("a", "passed"), ("b", "spoke"), ("c", "spoke"), ("a", "passed")]


def test_alone_is_a_round_of_one():
    state = TurnState(people=["me"])
    assert state.alone
    assert run_round(state) == ["me"]
    assert run_round(state) == ["me"]
    state.start_round()
    assert state.pass_turn() is None and state.round_over


@pytest.mark.parametrize("n", [1, 2, 5, 8])
def test_over_n_rounds_everyone_starts_once(n):
    people = [f"p{i}" for i in range(n)]
    state = TurnState(people=people)
    starters = [run_round(state)[0] for _ in range(n)]
    assert sorted(starters) == sorted(people)


def test_state_survives_a_round_trip_through_json():
    state = TurnState(people=["a", "b", "c"])
    state.start_round()
    state.pass_turn()
    again = TurnState.model_validate_json(state.model_dump_json())
    assert again.current == "b" and again.queue == ["b", "c", "a"] and again.deferred == ["a"]
    assert again.done() == "c"


def test_rotation_and_empty():
    assert rotated(["a", "b", "c"], 4) == ["b", "c", "a"]
    state = TurnState()
    assert state.start_round() is None and state.done() is None and state.pass_turn() is None
