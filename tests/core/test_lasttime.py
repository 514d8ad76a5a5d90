"""The open action items of the last session with the same group come back at the start of the next one."""

from datetime import date

import pytest

from reflectiespel.core.sessions.compare import mark
from reflectiespel.core.sessions.lasttime import bring_open_actions, carried, find_last, same_group
from reflectiespel.core.sessions.session import ActionItem, Session, SessionError, Step
from reflectiespel.core.sessions.storage import open_session, save_session


def session(title: str, group: str, day: date, actions=()) -> Session:
    made = Session.empty(title)
    made.group, made.date = group, day
    made.steps.append(Step(kind="free", title="Welkom"))
    made.steps[0].actions.extend(actions)
    return made


def test_the_latest_earlier_session_of_the_same_group_is_found(tmp_path):
    older = session("Maart", "Wijkteam Noord", date(2026, 3, 1), [ActionItem(wat="Zaal regelen")])
    latest = session("Juni", "wijkteam  noord", date(2026, 6, 1),
                     [ActionItem(wat="Verslag sturen", wie="Anna"), ActionItem(wat="Koffie", status="done")])
    other = session("Juni", "Bibliotheek", date(2026, 6, 2), [ActionItem(wat="Boeken")])
    settled = session("Juli", "Wijkteam Noord", date(2026, 7, 1), [ActionItem(wat="Klaar", status="dropped")])
    later = session("December", "Wijkteam Noord", date(2026, 12, 1), [ActionItem(wat="Later")])
    paths = [save_session(s, tmp_path / f"{i}.reflectiespel") for i, s in
             enumerate((older, latest, other, settled, later))]
    (tmp_path / "kapot.reflectiespel").write_text("{niet", encoding="utf-8")
    today = session("September", "Wijkteam Noord", date(2026, 9, 1))
    found = find_last(today, paths + [tmp_path / "kapot.reflectiespel", tmp_path / "weg.reflectiespel"])
    assert found is not None and found[0].title == "Juni" and found[1] == paths[1]
    assert find_last(session("Los", "", date(2026, 9, 1)), paths) is None  # no group: nothing to look for
    assert same_group(" Wijkteam  NOORD", "wijkteam noord") and not same_group("", "")


def test_open_items_come_to_the_first_step_to_be_marked_and_saved(tmp_path):
    earlier = session("Juni", "Wijkteam", date(2026, 6, 1),
                      [ActionItem(wat="Verslag sturen", wie="Anna"), ActionItem(wat="Koffie", status="done")])
    today = session("September", "Wijkteam", date(2026, 9, 1), [ActionItem(wat="Nieuw")])
    edit = bring_open_actions(today, earlier, "/ergens/juni.reflectiespel")
    edit.redo()
    first = today.steps[0].actions
    assert [a.wat for a in first] == ["Verslag sturen", "Nieuw"]  # last time's first, at the start
    assert [a.wat for a in carried(today)] == ["Verslag sturen"] and carried(today)[0].status == "open"
    assert today.earlier_actions.title == "Juni" and today.earlier_actions.date == date(2026, 6, 1)
    with pytest.raises(SessionError):
        bring_open_actions(today, earlier)
    mark(today, first[0].id, "done").redo()
    again = open_session(save_session(today, tmp_path / "sept.reflectiespel"))
    assert carried(again)[0].status == "done" and again.earlier_actions.carried == [first[0].id]
    edit.undo()
    assert [a.wat for a in today.steps[0].actions] == ["Nieuw"] and today.earlier_actions is None
