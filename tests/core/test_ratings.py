"""The rating scale (issue #29.4): one mark 0-10 per person per row, replaced and undone; the spread per
row (every mark, the median, lowest and highest); rows from a werkvorm or a deck; last time's marks of
the same group beside this time's; saved and opened again."""

import pytest

from reflectiespel.core.input import ratings
from reflectiespel.core.sessions import storage
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, SessionError, Step
from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale
from reflectiespel.core.sessions.templates import Template, new_session_from_template
from reflectiespel.resources import builtin_decks_dir

ROWS = ["Lichaamsfuncties", "Mentaal welbevinden", "Zingeving"]


def scale_session(group: str = "Team Noord") -> Session:
    scale = RatingScale(rows=[RatingRow(id=f"r{i}", text=t) for i, t in enumerate(ROWS, 1)])
    session = Session(title="Gezondheid", group=group, steps=[Step(id="s-schaal", kind="rating", title="Hoe sta je ervoor?",
                                                                   scale=scale)])
    for name in ("Ann", "Bo", "Cem"):
        session.add_participant(name)
    return session


def people(session):
    return [p.id for p in session.participants]


def test_a_mark_is_replaced_by_a_new_one_and_undo_brings_the_old_one_back():
    session = scale_session()
    ann = people(session)[0]
    first = ratings.rate(session, "s-schaal", ann, "r1", 4, "phone")
    second = ratings.rate(session, "s-schaal", ann, "r1", 8, "console")
    assert ratings.mine(session.step("s-schaal"), ann) == {"r1": 8}
    assert [(r.value, r.via) for r in session.step("s-schaal").scale.ratings] == [(8, "console")]
    second.undo()
    assert ratings.mine(session.step("s-schaal"), ann) == {"r1": 4}
    first.undo()
    assert ratings.mine(session.step("s-schaal"), ann) == {}


def test_a_mark_outside_0_to_10_or_on_an_unknown_row_is_refused():
    session = scale_session()
    ann = people(session)[0]
    for row, value in (("r1", 11), ("r1", -1), ("r1", True), ("r9", 5)):
        with pytest.raises(SessionError):
            ratings.rate(session, "s-schaal", ann, row, value)
    assert session.step("s-schaal").scale.ratings == []


def test_the_spread_of_a_row_keeps_every_mark_not_only_the_middle():
    session = scale_session()
    ann, bo, cem = people(session)
    for pid, value in ((ann, 2), (bo, 9), (cem, 9)):
        ratings.rate(session, "s-schaal", pid, "r2", value)
    spread = {s.row.id: s for s in ratings.spreads(session.step("s-schaal"))}
    assert spread["r2"].values == [2, 9, 9] and spread["r2"].median == 9
    assert (spread["r2"].lowest, spread["r2"].highest, spread["r2"].count) == (2, 9, 3)
    assert spread["r2"].histogram()[9] == 2 and spread["r2"].histogram()[2] == 1
    assert spread["r1"].values == [] and spread["r1"].median is None
    assert ratings.fmt(6.5) == "6,5" and ratings.fmt(7) == "7" and ratings.fmt(None) == "–"


def test_rows_are_added_and_removed_with_their_marks_undoably():
    session = scale_session()
    ann = people(session)[0]
    ratings.rate(session, "s-schaal", ann, "r3", 6)
    added = ratings.add_row(session, "s-schaal", "  Kwaliteit   van leven ")
    assert session.step("s-schaal").scale.rows[-1].text == "Kwaliteit van leven"
    with pytest.raises(SessionError, match="al op de schaal"):
        ratings.add_row(session, "s-schaal", "kwaliteit van LEVEN")
    removed = ratings.remove_row(session, "s-schaal", "r3")
    assert [r.id for r in session.step("s-schaal").scale.rows] == ["r1", "r2", added.value.id]
    assert session.step("s-schaal").scale.ratings == []
    removed.undo()
    assert ratings.mine(session.step("s-schaal"), ann) == {"r3": 6}


def test_last_time_of_the_same_group_comes_beside_this_time(tmp_path):
    earlier = scale_session()
    for pid, value in zip(people(earlier), (3, 4, 8)):
        ratings.rate(earlier, "s-schaal", pid, "r1", value)
    earlier.date = __import__("datetime").date(2026, 3, 1)
    path = storage.save_session(earlier, tmp_path / "maart.reflectiespel")
    other_group = scale_session("Team Zuid")
    for pid in people(other_group):
        ratings.rate(other_group, "s-schaal", pid, "r1", 10)
    other = storage.save_session(other_group, tmp_path / "zuid.reflectiespel")
    (tmp_path / "kapot.reflectiespel").write_text("{", encoding="utf-8")

    now = scale_session(" team  noord ")
    now.date = __import__("datetime").date(2026, 6, 1)
    found = ratings.find_last(now, now.step("s-schaal"), [other, tmp_path / "kapot.reflectiespel", path])
    assert found is not None and found[1] == path
    edit = ratings.bring_last_time(now, "s-schaal", found[0], found[1])
    spread = ratings.spreads(now.step("s-schaal"))[0]
    assert spread.before == [3, 4, 8] and spread.median_before == 4
    assert now.step("s-schaal").scale.before.title == "Gezondheid"
    edit.undo()
    assert now.step("s-schaal").scale.before is None


def test_a_werkvorm_makes_rows_from_its_list_or_from_the_cards_of_its_deck():
    library = Library(builtin_decks_dir()).load()
    template = Template.model_validate({
        "format_version": 1, "id": "proef", "title": "Proef", "steps": [
            {"kind": "rating", "title": "Gezondheid", "rows": ["Lichaamsfuncties", "Zingeving"]},
            {"kind": "rating", "title": "Bouwstenen", "deck": "vijf-bouwstenen", "cards": "category:bouwstenen"}]})
    session = new_session_from_template(template, library)
    first, second = session.steps
    assert [r.text for r in first.scale.rows] == ["Lichaamsfuncties", "Zingeving"]
    assert len(second.scale.rows) == 5 and second.scale.rows[0].id == "ken-elkaars-werk"
    assert second.card_ids == []  # the cards are the rows, not cards to show one by one
    with pytest.raises(ValueError, match="vragen nodig"):
        Template.model_validate({"format_version": 1, "id": "x", "title": "X",
                                 "steps": [{"kind": "rating", "title": "Leeg"}]})
    with pytest.raises(ValueError, match="alleen bij een schaal"):
        Template.model_validate({"format_version": 1, "id": "x", "title": "X",
                                 "steps": [{"kind": "free", "title": "Vrij", "rows": ["a"]}]})


def test_a_scale_is_saved_and_opens_again(tmp_path):
    session = scale_session()
    ratings.rate(session, "s-schaal", people(session)[1], "r2", 7, "phone")
    back = storage.open_session(storage.save_session(session, tmp_path / "s.reflectiespel"))
    assert [(r.row, r.value, r.via) for r in back.step("s-schaal").scale.ratings] == [("r2", 7, "phone")]
