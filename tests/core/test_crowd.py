"""A hall's placements summed up for the board (core/board/crowd.py): how many, where dense, the middle, the middle half."""

from reflectiespel.core.board.crowd import CROWD, is_crowd, summarise


def test_three_hundred_placements_become_a_count_cells_a_middle_and_a_middle_half():
    points = [(0.1 + 0.8 * (i % 10) / 9, 0.3 + 0.4 * (i // 10) / 29) for i in range(300)]
    crowd = summarise(points)
    assert crowd.count == 300
    assert sum(crowd.cells.values()) == 300  # every dot in exactly one cell
    assert abs(crowd.middle[0] - 0.5) < 0.06 and abs(crowd.middle[1] - 0.5) < 0.02
    assert crowd.low[0] < crowd.middle[0] < crowd.high[0] and crowd.low[1] < crowd.middle[1] < crowd.high[1]
    inside = sum(1 for x, y in points if crowd.low[0] <= x <= crowd.high[0])
    assert 0.4 * 300 <= inside <= 0.7 * 300  # about half lies within the middle half along x
    assert crowd.densest == max(crowd.cells.values()) and crowd.densest > 1


def test_the_edges_of_the_board_fall_in_its_outer_cells_and_one_dot_is_its_own_middle():
    crowd = summarise([(0.0, 0.0), (1.0, 1.0)])
    assert set(crowd.cells) == {(0, 0), (crowd.columns - 1, crowd.rows - 1)}
    one = summarise([(0.3, 0.7)])
    assert one.count == 1 and one.middle == one.low == one.high == (0.3, 0.7)
    assert summarise([]) is None


def test_a_hall_is_more_than_crowd_perspectives_and_a_group_is_not():
    assert not is_crowd(12) and not is_crowd(CROWD) and is_crowd(CROWD + 1) and is_crowd(300)
