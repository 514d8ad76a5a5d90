"""Issue #22 point 2: whatever the app writes, it opens. A session over the size limit is refused by
every writer (Ctrl+S, the autosave in the foreground and in its worker thread), the old file stays as it
was, and recovery says why it cannot offer an autosave that is too big, instead of leaving it out."""

from __future__ import annotations

import os

import pytest

from reflectiespel.core.sessions import storage
from reflectiespel.core.sessions.autosave import Autosaver
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.sessionparts import Note
from reflectiespel.core.sessions.storage import MAX_BYTES, NEAR_BYTES, TooBig, open_session, save_session, session_to_bytes
from reflectiespel.core.sessions.autosave import find_recoverable

NOTE = "Een lange notitie van een telefoon. " * 54  # 1944 characters, as in the report


def grown(session: Session, size: int) -> Session:
    """``session`` with notes of about 1.9 kB added to its first step until it is at least ``size`` bytes."""
    step = session.steps[0]
    while (size_now := len(session_to_bytes(session))) < size:
        step.notes.extend(Note(text=NOTE) for _ in range((size - size_now) // (len(NOTE) + 300) + 1))
    return session


@pytest.fixture(scope="module")
def big_session():
    """A session of 23 MB, as in the report (over the limit also as the more compact autosave), made once
    for this module."""
    session = Session.empty("Grote sessie")
    session.add_step(title="Ophalen")
    return grown(session, 23 * 1024 * 1024)


def small_session() -> Session:
    session = Session.empty("Grote sessie")
    step = session.add_step(title="Ophalen").value
    session.add_note(step.id, "eerste notitie")
    return session


def test_ctrl_s_refuses_a_session_over_the_limit_and_leaves_the_file_as_it_was(tmp_path, big_session):
    path = save_session(small_session(), tmp_path / "sessie.reflectiespel")
    before = path.read_bytes()
    big_session.path = None
    with pytest.raises(TooBig) as refused:
        save_session(big_session, path)
    message = str(refused.value)
    assert "20 MB" in message and "niet veranderd" in message and "ongedaan" in message
    assert path.read_bytes() == before
    assert big_session.path is None  # still saves to where it did before
    assert [p.name for p in tmp_path.iterdir()] == ["sessie.reflectiespel"]  # no temporary file left


def test_the_write_limit_and_the_open_limit_are_one_constant(tmp_path, monkeypatch):
    """Whatever passes the write check opens; one byte more is refused by both."""
    session = grown(small_session(), 300_000)
    session.path = str((tmp_path / "precies.reflectiespel").resolve())  # the file keeps where it was saved
    size = len(session_to_bytes(session))
    monkeypatch.setattr(storage, "MAX_BYTES", size)
    path = save_session(session, tmp_path / "precies.reflectiespel")
    assert len(open_session(path).steps[0].notes) == len(session.steps[0].notes)
    session.add_note(session.steps[0].id, "nog een")
    with pytest.raises(TooBig):
        save_session(session, path)
    path.write_bytes(session_to_bytes(session))  # as an older version would have written it
    with pytest.raises(FileProblems, match="te groot"):
        open_session(path)


def test_the_background_autosave_refuses_it_keeps_the_last_good_copy_and_says_why(tmp_path, big_session):
    autosaver = Autosaver(tmp_path, delay=0, background=True)
    small = small_session()
    small.id = big_session.id
    autosaver.changed(small)
    assert autosaver.flush()
    good = autosaver.path_for(small).read_bytes()
    autosaver.changed(big_session)
    assert not autosaver.flush()
    assert "20 MB" in autosaver.error and "niet" in autosaver.error
    assert autosaver.size > MAX_BYTES  # the window can say how big it is
    assert autosaver.path_for(big_session).read_bytes() == good
    assert autosaver.dirty  # tried again later: nothing is marked as saved
    autosaver.discard()


def test_the_autosave_reports_the_size_of_what_it_wrote(tmp_path):
    autosaver = Autosaver(tmp_path, delay=0, background=True)
    session = grown(small_session(), 200_000)
    autosaver.changed(session)
    assert autosaver.flush()
    assert autosaver.size == os.path.getsize(autosaver.path_for(session))
    assert NEAR_BYTES < MAX_BYTES
    autosaver.discard()


def test_recovery_names_an_autosave_it_cannot_open_and_why(tmp_path, big_session):
    folder = tmp_path / "autosave"
    folder.mkdir()
    too_big = folder / f"{big_session.id}.0badc0de.reflectiespel"
    too_big.write_bytes(session_to_bytes(big_session))  # written by a version before the limit held
    broken = folder / "kapot.12345678.reflectiespel"
    broken.write_text('{"document": "reflectiespel-sessie", ', encoding="utf-8")
    autosaver = Autosaver(tmp_path)
    good = small_session()
    autosaver.changed(good)
    autosaver.flush()
    autosaver._locks[good.id].abandon()  # its window crashed: the lock is gone, the file stays

    refused = []
    found = find_recoverable(tmp_path, refused)
    assert [r.session.id for r in found] == [good.id]  # the good one is still offered
    reasons = {item.path.name: item.reason for item in refused}
    assert set(reasons) == {too_big.name, broken.name}
    assert "te groot" in reasons[too_big.name] and "20 MB" in reasons[too_big.name]
    assert "halverwege" in reasons[broken.name]
    assert too_big.exists() and broken.exists()  # nothing removed
