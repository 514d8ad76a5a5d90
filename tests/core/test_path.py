"""A practice's path across sessions: several session files of one group, ordered by date, practices
matched across them (also renamed ones), reasons per placement, a filter per perspective, and what could
not be matched said in words."""

from datetime import date, datetime, UTC

import pytest

from reflectiespel.core.base import i18n
from reflectiespel.core.board.board import BoardState, Snapshot, Token
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.reports.path import ALL, GROUP, build_path, open_sessions, plain_key
from reflectiespel.core.sessions.session import Participant, Session, Step
from reflectiespel.core.sessions.storage import save_session


def meeting(title, day, practices, people=("Anna", "Bram"), language="nl", group="Team Noord", reasons=None,
            snapshots=()):
    """A session with one board step: ``practices`` is [(token id, name, {perspective: (x, y)})]."""
    board = BoardState()
    for token_id, name, places in practices:
        board.tokens.append(Token(id=token_id, name=name))
        for who, (x, y) in places.items():
            board.place(token_id, who, x, y)
    board.reasons = dict(reasons or {})
    board.snapshots = list(snapshots)
    return Session(title=title, date=day, language=language, group=group,
                   participants=[Participant(name=n) for n in people],
                   steps=[Step(kind="board", title="Op de as", board=board)])


def year(tmp_path):
    """Four meetings of Team Noord, saved out of order; the second in English; the fourth renames a practice."""
    spring = meeting("Voorjaar", date(2026, 3, 10), [
        ("buurtkoor", "Buurtkoor", {"": (0.2, 0.3), "Anna": (0.25, 0.2)}),
        ("atelier", "Open atelier", {"": (0.8, 0.5)})], reasons={"buurtkoor": "we begonnen bij de zorgvraag"})
    summer = meeting("Summer", date(2026, 6, 12), [
        ("koor-2", "buurtkóór", {"": (0.4, 0.5), "Anna": (0.45, 0.4), "Bram": (0.3, 0.6)}),
        ("atelier", "Open studio", {"": (0.75, 0.6)})], language="en",
        reasons={"koor-2": "the choir chose its own songs"})
    autumn = meeting("Najaar", date(2026, 9, 20), [
        ("buurtkoor", "Buurtkoor", {"": (0.55, 0.8)}),
        ("atelier", "Open atelier", {"": (0.7, 0.7)}),
        ("wijkkrant", "Wijkkrant", {"": (0.1, 0.1)})],
        reasons={"buurtkoor": "de bewoners sturen nu mee"})
    winter = meeting("Winter", date(2026, 12, 1), [
        ("buurtkoor", "Wijkkoor De Eik", {"": (0.6, 0.85)}),
        ("atelier", "Open atelier", {"": (0.7, 0.7)})])
    paths = []
    for name, session in (("c-najaar", autumn), ("a-voorjaar", spring), ("d-winter", winter), ("b-zomer", summer)):
        paths.append(save_session(session, tmp_path / name))
    return paths


def test_four_sessions_come_in_date_order_whatever_order_the_files_were_chosen_in(tmp_path):
    opened = open_sessions(year(tmp_path))
    assert opened.problems == []
    path = build_path(opened.sessions)
    assert [s.title for s in path.sessions] == ["Voorjaar", "Summer", "Najaar", "Winter"]
    assert [s.label for s in path.sessions] == ["2026-03-10", "2026-06-12", "2026-09-20", "2026-12-01"]
    assert [s.file for s in path.sessions] == ["a-voorjaar.reflectiespel", "b-zomer.reflectiespel",
                                               "c-najaar.reflectiespel", "d-winter.reflectiespel"]


def test_a_practice_is_followed_by_its_id_or_by_its_name_whatever_the_case_or_accents(tmp_path):
    path = build_path(open_sessions(year(tmp_path)).sessions)
    choir = next(p for p in path.practices if "buurtkoor" in p.ids)
    # session 2 calls it 'buurtkóór' with another id: matched by name; sessions 3 and 4 by id
    assert choir.sessions == [1, 2, 3, 4] and choir.ids == {"buurtkoor", "koor-2"}
    assert [(p.session, p.x, p.y) for p in choir.path(GROUP)] == [(1, 0.2, 0.3), (2, 0.4, 0.5), (3, 0.55, 0.8),
                                                                  (4, 0.6, 0.85)]
    assert [(a.session, b.session) for a, b in choir.steps(GROUP)] == [(1, 2), (2, 3), (3, 4)]
    assert plain_key("  Café   BUURT ") == plain_key("cafe buurt")


def test_a_rename_between_sessions_is_recorded_and_said(tmp_path):
    path = build_path(open_sessions(year(tmp_path)).sessions)
    choir = next(p for p in path.practices if "buurtkoor" in p.ids)
    assert choir.name == "Wijkkoor De Eik"
    assert "Buurtkoor" in choir.former_names
    assert any("'Buurtkoor' heet vanaf sessie 4 (2026-12-01) 'Wijkkoor De Eik'" in n for n in path.notes)
    studio = next(p for p in path.practices if "atelier" in p.ids)
    assert studio.sessions == [1, 2, 3, 4]  # 'Open studio' in the English session: the same id, said as a rename
    assert "'Open atelier' heet in sessie 2 (2026-06-12, in het Engels) 'Open studio'" in path.notes
    assert not any("'Open studio' heet" in n for n in path.notes)  # back to its Dutch name: not a rename
    assert studio.former_names == []


def test_the_reasons_given_at_each_placement_stay_with_that_session(tmp_path):
    path = build_path(open_sessions(year(tmp_path)).sessions)
    choir = next(p for p in path.practices if "buurtkoor" in p.ids)
    assert [p.reasons for p in choir.path(GROUP)] == [["we begonnen bij de zorgvraag"],
                                                      ["the choir chose its own songs"],
                                                      ["de bewoners sturen nu mee"], []]


def test_the_filter_per_perspective_shows_only_that_perspectives_places(tmp_path):
    path = build_path(open_sessions(year(tmp_path)).sessions)
    assert list(path.perspectives) == ["", "anna", "bram"]
    assert path.perspective_name("") == "de groep" and path.perspective_name("anna") == "Anna"
    choir = next(p for p in path.practices if "buurtkoor" in p.ids)
    assert [(p.session, p.x) for p in choir.path("anna")] == [(1, 0.25), (2, 0.45)]
    assert [(p.session, p.x) for p in choir.path("bram")] == [(2, 0.3)]
    assert len(choir.path(ALL)) == 7
    assert [p.name for p in path.shown("bram")] == ["Wijkkoor De Eik"]  # only the choir has Bram's place


def test_what_could_not_be_matched_and_the_other_language_are_said_per_session(tmp_path):
    path = build_path(open_sessions(year(tmp_path)).sessions)
    said = "\n".join(path.notes)
    assert "'Wijkkrant' staat alleen in sessie 3 (2026-09-20)" in said
    assert "Sessie 2 (2026-06-12): gemaakt in het Engels; de namen en redenen staan er zoals ze toen zijn " \
           "ingetypt" in said
    assert "Sessie 1" not in said  # the Dutch sessions of a Dutch path need no note


def test_the_notes_speak_english_when_the_window_does(tmp_path):
    paths = year(tmp_path)
    i18n.set_language("en")
    path = build_path(open_sessions(paths).sessions)
    said = "\n".join(path.notes)
    assert "'Wijkkrant' only appears in session 3 (2026-09-20)" in said, said
    assert "Session 2 (2026-06-12): made in English" in said and path.perspective_name("") == "the group"


def test_a_board_in_the_other_language_is_the_same_board_and_another_board_is_said():
    dutch, english = load_default_board("nl"), load_default_board("en")
    other = dutch.model_copy(update={"id": "eigen-bord", "title": "Ons eigen bord"})
    sessions = [meeting("Een", date(2026, 1, 1), [("a", "A", {"": (0.1, 0.1)})]),
                meeting("Twee", date(2026, 2, 1), [("a", "A", {"": (0.2, 0.2)})], language="en"),
                meeting("Drie", date(2026, 3, 1), [("a", "A", {"": (0.3, 0.3)})])]
    boards = {"Een": dutch, "Twee": english, "Drie": other}
    path = build_path(sessions, definitions=lambda s: boards[s.title], reference=dutch)
    assert path.sessions[0].notes == []
    assert path.sessions[1].notes == ["gemaakt in het Engels; de namen en redenen staan er zoals ze toen zijn "
                                      "ingetypt"]  # the same board in English: the same places, nothing else to say
    assert any("op een ander bord gezet ('Ons eigen bord')" in n for n in path.sessions[2].notes)
    assert [p.x for p in path.practices[0].path()] == [0.1, 0.2, 0.3]  # the numbers are kept as they are


def test_damaged_and_doubled_files_are_refused_with_their_message_and_the_others_still_open(tmp_path):
    good = year(tmp_path)
    broken = tmp_path / "kapot.reflectiespel"
    broken.write_bytes(good[0].read_bytes()[:200])
    copy = tmp_path / "kopie.reflectiespel"
    copy.write_bytes(good[1].read_bytes())
    opened = open_sessions([broken, *good, copy])
    assert len(opened.sessions) == 4
    assert len(opened.problems) == 2
    assert "kapot.reflectiespel" in opened.problems[0] and "halverwege" in opened.problems[0]
    assert "kopie.reflectiespel" in opened.problems[1] and "staat al in het pad" in opened.problems[1]
    assert broken.read_bytes() == good[0].read_bytes()[:200]  # opening never changes a file


def test_two_practices_with_one_name_in_one_session_stay_two(tmp_path):
    first = meeting("Een", date(2026, 1, 1), [("koor", "Koor", {"": (0.1, 0.1)})])
    second = meeting("Twee", date(2026, 2, 1), [("koor", "Koor", {"": (0.2, 0.2)}),
                                                ("koor-2", "koor", {"": (0.9, 0.9)})])
    path = build_path([first, second])
    assert [(p.name, p.sessions) for p in path.practices] == [("Koor", [1, 2]), ("koor", [2])]


def test_a_later_board_step_and_the_snapshots_of_a_session_give_its_last_place_and_all_its_reasons():
    taken = datetime(2026, 1, 1, 10, tzinfo=UTC)
    session = meeting("Een", date(2026, 1, 1), [("koor", "Koor", {"": (0.1, 0.1)})],
                      snapshots=[Snapshot(name="begin", taken=taken, placements=[],
                                          reasons={"koor": "eerst waren we voorzichtig"})],
                      reasons={"koor": "toen durfden we meer"})
    later = BoardState(tokens=[Token(id="koor", name="Koor")])
    later.place("koor", "", 0.6, 0.4)
    session.steps.append(Step(kind="board", title="Straks", board=later))
    point = build_path([session]).practices[0].path()[0]
    assert (point.x, point.y) == (0.6, 0.4)
    assert point.reasons == ["eerst waren we voorzichtig", "toen durfden we meer"]


def test_a_perspective_is_a_participant_by_id_or_name_and_an_anonymous_session_shows_numbers():
    open_session = meeting("Open", date(2026, 1, 1), [("koor", "Koor", {"Anna": (0.1, 0.1)})])
    hidden = meeting("Anoniem", date(2026, 2, 1), [("koor", "Koor", {"Anna": (0.2, 0.2)})])
    hidden.anonymous = True
    path = build_path([open_session, hidden])
    assert path.perspectives == {"anna": "Anna", "deelnemer 1": "Deelnemer 1"}


@pytest.mark.parametrize("group, said", [("team noord", False), ("Team Zuid", True)])
def test_a_session_of_another_group_is_said(group, said):
    one = meeting("Een", date(2026, 1, 1), [("koor", "Koor", {"": (0.1, 0.1)})], group=group)
    two = meeting("Twee", date(2026, 2, 1), [("koor", "Koor", {"": (0.2, 0.2)})])
    path = build_path([one, two])
    assert any("een andere groep" in n for n in path.sessions[0].notes) is said


def test_a_practice_typed_anew_under_a_new_name_is_joined_by_hand_and_that_is_said():
    one = meeting("Een", date(2026, 1, 1), [("buurtkoor", "Buurtkoor", {"": (0.1, 0.1)})])
    two = meeting("Twee", date(2026, 2, 1), [("buurtkoor", "Buurtkoor", {"": (0.2, 0.2)})])
    three = meeting("Drie", date(2026, 3, 1), [("wijkkoor", "Wijkkoor", {"": (0.5, 0.6)})])
    apart = build_path([one, two, three])
    assert [(p.name, p.sessions) for p in apart.practices] == [("Buurtkoor", [1, 2]), ("Wijkkoor", [3])]
    assert any("'Wijkkoor' staat alleen in sessie 3" in n for n in apart.notes)
    joined = build_path([one, two, three], joins=[("wijkkoor", "Buurtkoor")])
    assert [(p.name, p.sessions, p.former_names) for p in joined.practices] == [
        ("Wijkkoor", [1, 2, 3], ["Buurtkoor"])]
    assert "'Buurtkoor' heet vanaf sessie 3 (2026-03-01) 'Wijkkoor' (met de hand gekoppeld)" in joined.notes
    assert not joined.unmatched


def test_a_path_takes_at_most_its_number_of_sessions_and_bytes_and_says_which_files_it_left(tmp_path, monkeypatch):
    from reflectiespel.core.reports import path as path_module

    files = year(tmp_path)
    monkeypatch.setattr(path_module, "MAX_SESSIONS", 3)
    opened = open_sessions(files)
    assert len(opened.sessions) == 3 and "een pad heeft ten hoogste 3 sessies" in opened.problems[0]
    monkeypatch.setattr(path_module, "MAX_SESSIONS", 24)
    monkeypatch.setattr(path_module, "MAX_TOTAL_BYTES", files[0].stat().st_size + 10)
    opened = open_sessions(files)
    assert len(opened.sessions) == 1 and len(opened.problems) == 3
    assert "de sessies van een pad zijn samen ten hoogste 0 MB" in opened.problems[0]
