"""The app's autosave writes from a worker thread: the file still appears, loads back the same, a failure
is still reported and tried again, and a clean close leaves nothing behind."""

import json
import os
import threading

from reflectiespel.core.files import atomic
from reflectiespel.core.files.backgroundwrite import BackgroundWriter
from reflectiespel.core.sessions.session import Note, Participant, Session, Step
from reflectiespel.core.sessions.sessionbytes import session_json_in_steps
from reflectiespel.core.sessions.storage import open_session
from reflectiespel.core.sessions.autosave import Autosaver


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def session_with_notes() -> Session:
    people = [Participant(name=f"Persoon {i}") for i in range(3)]
    steps = [Step(kind="free", title=f"Ronde {i}") for i in range(4)]
    for i in range(20):
        steps[i % 4].notes.append(Note(text=f"notitie {i} <b>&", participant_id=people[i % 3].id))
    session = Session(title="Groot", participants=people, steps=steps)
    session.go_to(0)
    return session


def test_the_json_made_a_step_at_a_time_is_the_same_document():
    session = session_with_notes()
    assert json.loads(session_json_in_steps(session)) == json.loads(session.model_dump_json())
    empty = Session.empty()
    assert json.loads(session_json_in_steps(empty)) == json.loads(empty.model_dump_json())


def test_a_background_autosave_lands_on_disk_and_opens_again(data_dir):
    clock = FakeClock()
    saver = Autosaver(data_dir, delay=1.0, clock=clock, background=True)
    session = session_with_notes()
    saver.changed(session)
    clock.now += 2
    assert saver.tick()
    saver.writer.wait()
    assert open_session(saver.path_for(session)).model_dump() == session.model_dump()


def test_a_failed_background_write_is_reported_and_tried_again(data_dir, monkeypatch):
    clock = FakeClock()
    saver = Autosaver(data_dir, delay=1.0, clock=clock, background=True)
    session = session_with_notes()
    saver.changed(session)
    clock.now += 2
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "vol")))
    saver.tick()
    saver.writer.wait()
    saver.tick()  # the next tick hears of the failure
    assert "Automatisch opslaan lukt niet" in saver.error and saver.dirty
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    clock.now += 2
    assert saver.tick()
    saver.writer.wait()
    saver.tick()
    assert saver.error is None and saver.path_for(session).is_file()


def test_a_clean_close_right_after_a_background_write_leaves_no_autosave(data_dir):
    saver = Autosaver(data_dir, delay=0, background=True)
    session = session_with_notes()
    saver.changed(session)
    saver.tick()
    saver.discard(session)
    assert not saver.path_for(session).exists()


def test_the_writer_keeps_only_the_newest_data_for_a_path(tmp_path):
    gate, written = threading.Event(), []

    def slow_write(path, data):
        gate.wait(10)
        written.append(data)

    writer = BackgroundWriter(slow_write)
    target = tmp_path / "x"
    writer.submit(target, b"1")
    writer.submit(target, b"2")
    writer.submit(target, lambda: b"3")
    gate.set()
    writer.wait()
    assert written[-1] == b"3" and len(written) <= 2 and not writer.pending
