"""The board definition file and the BoardState operations, without Qt."""

from datetime import datetime, UTC

import pytest

from reflectiespel.core.board.board import BoardState, Token, convex_hull, placement_key
from reflectiespel.core.board.boarddef import default_board_path, describe_position, load_board, load_default_board
from reflectiespel.core.base.problems import FileProblems


def test_builtin_board_has_the_axis_the_source_describes():
    """Ownership is three kinds (one party, alternating, shared), not a scale; each zone carries every row
    of the source figure under its column (value, quality, who decides: the row that once went missing);
    the examples have no invented height."""
    board = load_default_board()
    assert [s.words for s in board.horizontal.stops] == [
        "kunst als middel", "sociaal-artistiek samenwerken", "kunst als doel"]
    assert board.vertical.bands
    assert [s.words for s in board.vertical.stops] == ["één partij stuurt", "sturing wisselt", "sturing gedeeld"]
    assert [z.lines for z in board.zones] == [
        ["instrumentele waarde", "sociale kwaliteit", "de sociale professional bepaalt"],
        ["betekenisgevende waarde", "sociale & artistieke kwaliteit vullen elkaar aan", "mensen bepalen samen"],
        ["intrinsieke waarde", "artistieke kwaliteit", "de kunstenaar of designer bepaalt"]]
    names = [m.name for m in board.landmarks]
    assert names[0] == "creatieve zorg" and len(names) == 11
    assert all(m.on_axis_only for m in board.landmarks)
    assert "illustratie" in board.landmarks_note
    assert "huisarts" in next(m.note for m in board.landmarks if m.name == "kunst op recept")


def test_position_in_words():
    board = load_default_board()
    assert describe_position(board, 0.1, 0.95) == "dicht bij kunst als middel, sturing gedeeld"
    assert describe_position(board, 0.5, 0.5) == "sociaal-artistiek samenwerken, sturing wisselt"
    assert describe_position(board, 0.75, 0.02).startswith("tussen sociaal-artistiek samenwerken en kunst als doel")
    assert describe_position(board, 0.75, 0.02).endswith(", één partij stuurt")
    assert describe_position(board, 0.0, 0.34).endswith("sturing wisselt")  # bands, not 'tussen'


def test_bands_take_no_places_and_a_scale_needs_them(tmp_path):
    path = tmp_path / "b.yaml"
    source = default_board_path().read_text(encoding="utf-8")
    path.write_text(source.replace("    - words: sturing wisselt\n", "    - words: sturing wisselt\n      at: 0.5\n"),
                    encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_board(path)
    assert "haal 'at' weg" in str(caught.value)
    path.write_text(source.replace("  bands: true\n", ""), encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_board(path)
    assert "'at'" in str(caught.value)


def test_a_broken_board_file_names_line_and_field(tmp_path):
    text = tmp_path / "x.yaml"
    source = default_board_path().read_text(encoding="utf-8")
    text.write_text(source.replace("    x: 0.04\n", "    x: 1.5\n").replace("colour: \"#fbeee4\"", "kleur: rood"),
                    encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_board(text)
    messages = [str(p) for p in caught.value.problems]
    assert any("landmarks[1].x" in m and "te groot" in m and "regel" in m for m in messages), messages
    assert any("kleur" in m and "geen bekend veld" in m for m in messages), messages


def test_place_snapshot_and_reasons_round_trip_through_json():
    state = BoardState(tokens=[Token(id="ons", name="Ons project")])
    state.place("ons", "", 0.2, 0.3)
    state.place("ons", "Anna", 1.7, -1)  # clamped to the board
    assert (state.placement("ons", "Anna").x, state.placement("ons", "Anna").y) == (1.0, 0.0)
    state.take_snapshot("begin", datetime(2025, 1, 1, tzinfo=UTC))
    state.place("ons", "", 0.6, 0.8)
    state.reasons[placement_key("ons")] = "bewoners kiezen nu zelf"
    state.take_snapshot("nu", datetime(2025, 2, 1, tzinfo=UTC))
    again = BoardState.model_validate_json(state.model_dump_json())
    assert again == state
    assert [s.name for s in again.snapshots] == ["begin", "nu"]
    assert again.snapshots[1].reasons == {"ons": "bewoners kiezen nu zelf"}
    assert again.reasons == {}  # given to the snapshot


def test_spread_gives_ranges_and_hull():
    state = BoardState(tokens=[Token(id="t", name="T")])
    state.place("t", "", 0.5, 0.5)
    assert state.spread("t") is None
    for who, x, y in (("a", 0.1, 0.2), ("b", 0.9, 0.3), ("c", 0.4, 0.9)):
        state.place("t", who, x, y)
    spread = state.spread("t")
    assert (spread.x_min, spread.x_max, spread.y_min, spread.y_max) == (0.1, 0.9, 0.2, 0.9)
    assert (0.5, 0.5) not in spread.hull and len(spread.hull) == 3
    assert convex_hull([(0, 0), (1, 0), (1, 1), (0, 1), (0.5, 0.5)]) == [(0, 0), (1, 0), (1, 1), (0, 1)]
