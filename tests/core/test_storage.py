"""Saving, opening, refusing damaged files without touching them, autosave and the recent list."""

import json
import os
import re
from datetime import date, datetime, UTC

import pytest

from reflectiespel.core.files import atomic
from reflectiespel.core.sessions import storage
from reflectiespel.core.files.locks import Lock
from reflectiespel.core.board.board import BoardState, Placement, Token
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import SESSION_FORMAT_VERSION, Session, Step
from reflectiespel.core.sessions.storage import RecentSessions, open_session, open_user_file, save_session
from reflectiespel.core.sessions.autosave import Autosaver, find_recoverable


def full_session() -> Session:
    """A session with every field filled in, including text that looks like markup."""
    s = Session(title="Werkplaats “Samen” – Assen", date=date(2026, 3, 14), place="Wijkhuis De Ëik",
                facilitator="Fatima", group="Team Noord", anonymous=False, template_id="kennismaken",
                vote_budget=4)
    ann = s.add_participant("Ann", "zorg", colour="#112233").value
    s.add_participant("Bram", "inwoner")
    step = s.add_step(Step(kind="values", title="Kiezen", instruction="Kies drie kaarten", deck_id="mini",
                           card_ids=["eerste", "tweede"], minutes=15, vote_budget=3, max_choices=3)).value
    board = s.add_step(Step(kind="board", title="Op de as")).value
    s.go_to(0, 1)
    s.add_note(step.id, "<b>vet</b> & <img src=x.png> " + "w" * 3000, participant_id=ann.id, card_id="eerste",
               time=datetime(2026, 3, 14, 10, 5, tzinfo=UTC))
    s.set_choice(step.id, ann.id, "tweede")
    s.add_vote(step.id, ann.id, "eerste", 2)
    s.add_action(step.id, "Expositie plannen", "Bram", date(2026, 4, 1))
    s.add_group_card(step.id, "Onze kaart", "Eigen tekst", ["Wat zie je?"], "Teken het", [ann.id])
    board.board = BoardState(tokens=[Token(id="t1", name="Community art")],
                             placements=[Placement(token_id="t1", x=0.25, y=0.75)])
    return s


def test_round_trip_keeps_every_field(tmp_path):
    s = full_session()
    path = save_session(s, tmp_path / "werkplaats")
    assert path.name == "werkplaats.reflectiespel"
    assert s.path == str(path.resolve())
    loaded = open_session(path)
    assert loaded.model_dump() == s.model_dump()
    assert loaded.steps[0].notes[0].text.startswith("<b>vet</b> & <img src=x.png> ")
    assert (loaded.current_step, loaded.current_card) == (0, 1)
    text = path.read_text(encoding="utf-8")
    assert "“Samen”" in text and f'"format_version": {SESSION_FORMAT_VERSION}' in text  # readable UTF-8, indented JSON


def test_open_user_file_remembers_where_it_is(tmp_path):
    s = full_session()
    save_session(s, tmp_path / "a.reflectiespel")
    (tmp_path / "moved").mkdir()
    os.replace(tmp_path / "a.reflectiespel", tmp_path / "moved" / "a.reflectiespel")
    opened = open_user_file(tmp_path / "moved" / "a.reflectiespel")
    assert opened.path == str((tmp_path / "moved" / "a.reflectiespel").resolve())


def valid_text() -> str:
    return storage.session_to_bytes(full_session()).decode("utf-8")


BAD_FILES = {
    "leeg.reflectiespel": (b"", "leeg"),
    "kapot.reflectiespel": (b'{"format_version": 1, "document": "reflectiespel-sessie", "title": ', "halverwege"),
    "opmaak.reflectiespel": (b'{"format_version": 1,, "x": 2}\n', "opmaak"),
    "plaatje.reflectiespel": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen sessiebestand"),
    "latin1.reflectiespel": ('{"title": "café"}'.encode("latin-1"), "UTF-8"),
    "lijst.reflectiespel": (b"[1, 2, 3]", "geen sessiebestand"),
    "ander.reflectiespel": (b'{"format_version": 1, "id": "mini"}', "geen sessiebestand"),
    "set.reflectiespel": (b"format_version: 1\nid: mini\ncategories: []\ncards: []\n", "kaartenset"),
    "nieuwer.reflectiespel": (b'{"format_version": 7, "document": "reflectiespel-sessie"}', "nieuwere versie"),
    "typen.reflectiespel": (None, "beschadigd"),
    "lijstdiep.reflectiespel": (b"[" * 100_000 + b"]" * 100_000, "geen sessiebestand"),
    "diep.reflectiespel": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "diep"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_damaged_files_are_refused_and_stay_byte_for_byte_the_same(tmp_path, name):
    content, expected = BAD_FILES[name]
    if content is None:  # a real session with wrong types in it
        data = json.loads(valid_text())
        data["steps"][0]["minutes"] = "een kwartier"
        data["participants"][0]["domain"] = "sport"
        content = json.dumps(data).encode("utf-8")
    path = tmp_path / name
    path.write_bytes(content)
    stamp = path.stat().st_mtime_ns
    with pytest.raises(FileProblems) as info:
        open_session(path)
    message = str(info.value)
    assert name in message
    assert re.search(expected, message), message
    assert "Traceback" not in message
    assert path.read_bytes() == content and path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing renamed, nothing added


def test_wrong_types_name_the_fields(tmp_path):
    data = json.loads(valid_text())
    data["steps"][0]["minutes"] = "een kwartier"
    path = tmp_path / "typen.reflectiespel"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileProblems) as info:
        open_session(path)
    assert "steps[1].minutes" in str(info.value) and "heel getal" in str(info.value)


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "groot.reflectiespel"
    path.write_bytes(b"{" + b" " * 100)
    monkeypatch.setattr(storage, "MAX_BYTES", 50)
    with pytest.raises(FileProblems, match="te groot"):
        open_session(path)


def test_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    s = full_session()
    path = save_session(s, tmp_path / "sessie.reflectiespel")
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    s.set_details(title="Heel anders")
    with pytest.raises(FileProblems, match="oude bestand is niet veranderd"):
        save_session(s, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["sessie.reflectiespel"]  # no temp file left behind


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_autosave_waits_for_the_delay_and_keeps_saving_under_steady_changes(data_dir):
    clock = FakeClock()
    saver = Autosaver(data_dir, delay=1.0, clock=clock)
    s = Session.empty("Live")
    step = s.add_step(title="Praten").value
    target = saver.path_for(s)
    saver.changed(s)
    assert not saver.tick() and not target.exists()
    for i in range(25):  # a change every 0.1 s for 2.5 s
        clock.now += 0.1
        s.add_note(step.id, f"notitie {i}")
        saver.changed(s)
        saver.tick()
    assert target.exists()
    saved = open_session(target)
    assert len(saved.steps[0].notes) >= 15  # at most ~1 s behind
    assert saver.flush() and len(open_session(target).steps[0].notes) == 25
    assert not saver.flush()  # nothing new to write
    assert find_recoverable(data_dir) == []  # its window is still running
    saver.discard()
    assert not target.exists() and find_recoverable(data_dir) == []


def test_autosave_failure_is_reported_and_retried(data_dir, monkeypatch):
    clock = FakeClock()
    saver = Autosaver(data_dir, delay=1.0, clock=clock)
    s = Session.empty()
    saver.changed(s)
    clock.now += 2
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "vol")))
    assert not saver.tick() and "Automatisch opslaan lukt niet" in saver.error
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    clock.now += 2
    assert saver.tick() and saver.error is None


def test_recovery_lists_newest_first_and_skips_damaged_without_deleting(data_dir):
    folder = data_dir / "autosave"
    older, newer = Session.empty("Oud"), Session.empty("Nieuw")
    for s in (older, newer):
        saver = Autosaver(data_dir)
        saver.changed(s)
        saver.flush()
        if s is older:
            os.utime(saver.path_for(older), (1_000_000, 1_000_000))
        del saver  # its window is gone without a clean close, as after a crash
    damaged = folder / "kapot.reflectiespel"
    damaged.write_bytes(b'{"format_version": 1, "docu')
    assert [r.title for r in find_recoverable(data_dir)] == ["Nieuw", "Oud"]
    assert damaged.read_bytes() == b'{"format_version": 1, "docu'


def test_recent_list_is_short_newest_first_and_survives_damage(data_dir, tmp_path):
    recent = RecentSessions(data_dir)
    assert recent.paths() == []
    files = []
    for i in range(12):
        files.append(save_session(Session.empty(f"S{i}"), tmp_path / f"s{i}"))
        recent.add(files[-1])
    recent.add(files[3])
    paths = recent.paths()
    assert len(paths) == 10 and paths[0] == files[3].resolve() and paths[1] == files[11].resolve()
    files[11].unlink()
    assert files[11].resolve() not in recent.existing()
    recent.file.write_text("{kapot", encoding="utf-8")
    assert recent.paths() == []
    recent.add(files[0])
    assert recent.paths() == [files[0].resolve()]


def test_autosave_removes_temp_files_a_crash_left_behind(data_dir):
    s = Session.empty()
    folder = data_dir / "autosave"
    folder.mkdir()
    stale = folder / f".{s.id}.reflectiespel.abc123.tmp"
    stale.write_bytes(b'{"half')
    busy = folder / ".andere.reflectiespel.abc123.tmp"
    busy.write_bytes(b"x")
    writer = Lock.take(busy)  # another window is writing this one right now
    saver = Autosaver(data_dir)
    saver.changed(s)
    assert saver.flush()
    assert not stale.exists() and busy.exists()
    writer.release()


OWNER = """
import sys, time
from pathlib import Path
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.autosave import Autosaver
saver = Autosaver(Path(sys.argv[1]))
saver.changed(Session.empty("Nog bezig"))
saver.flush()
print("klaar", flush=True)
time.sleep(60)
"""


def test_a_session_another_running_window_autosaves_is_not_offered(data_dir):
    import subprocess
    import sys
    other = subprocess.Popen([sys.executable, "-c", OWNER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "klaar"
        assert find_recoverable(data_dir) == []  # that window is still running
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    found = find_recoverable(data_dir)
    assert [r.title for r in found] == ["Nog bezig"]  # it died: offer it
    found[0].discard()
    assert list((data_dir / "autosave").iterdir()) == []
