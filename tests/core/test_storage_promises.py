"""Issue 10: what was written can be opened, autosaves belong to one window, saving keeps the file mode,
a reused process number hides nothing, and a killed writer's leftovers are cleaned up."""

import os
import stat
import subprocess
import sys

import pytest

from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.session_ops import SessionError
from reflectiespel.core.sessions.storage import atomic_write, open_session, save_session
from reflectiespel.core.sessions.autosave import Autosaver, find_recoverable


def session_with_note(text="eerste notitie") -> Session:
    s = Session.empty("Werkplaats")
    step = s.add_step(title="Praten").value
    s.add_note(step.id, text)
    return s


# --- 0: never write what would not load back --------------------------------------------------------
def test_a_step_that_is_not_a_step_is_refused_by_the_model():
    s = session_with_note()
    with pytest.raises(SessionError):
        s.add_step(False)  # what the "+ Stap" button passed
    assert len(s.steps) == 1


def test_a_session_that_would_not_open_is_not_saved_and_the_old_file_stays(tmp_path):
    s = session_with_note()
    path = save_session(s, tmp_path / "sessie.reflectiespel")
    before = path.read_bytes()
    s.steps.append(False)  # a bug elsewhere put a bad value in the model
    with pytest.raises(FileProblems, match="niet opgeslagen"):
        save_session(s, path)
    assert path.read_bytes() == before
    assert open_session(path).steps[0].notes[0].text == "eerste notitie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessie.reflectiespel"]


def test_the_autosave_keeps_the_last_good_copy_and_says_why(data_dir, crash):
    s = session_with_note()
    saver = Autosaver(data_dir, delay=0)
    saver.changed(s)
    assert saver.flush()
    s.steps.append(False)
    saver.changed(s)
    assert not saver.flush()
    assert "Automatisch opslaan lukt niet" in saver.error and "niet opgeslagen" in saver.error
    crash(saver)
    found = find_recoverable(data_dir)
    assert [r.session.steps[0].notes[0].text for r in found] == ["eerste notitie"]


def test_a_duplicated_step_id_is_refused_when_adding():
    s = session_with_note()
    with pytest.raises(SessionError):
        s.add_step(s.steps[0].model_copy())


# --- 1: an autosave belongs to one window ----------------------------------------------------------
def test_a_clean_close_of_one_window_keeps_the_other_windows_autosave(data_dir, tmp_path, crash):
    original = session_with_note()
    path = save_session(original, tmp_path / "sessie.reflectiespel")
    first, second = open_session(path), open_session(path)  # two windows, one file (or a copy: same id)
    window_a, window_b = Autosaver(data_dir, delay=0), Autosaver(data_dir, delay=0)
    window_a.changed(first)
    assert window_a.flush()
    second.add_note(second.steps[0].id, "alleen in B")
    window_b.changed(second)
    assert window_b.flush()
    window_a.discard(first)  # A closes cleanly
    crash(window_b)  # B is killed
    found = find_recoverable(data_dir)
    assert len(found) == 1
    assert [n.text for n in found[0].session.steps[0].notes] == ["eerste notitie", "alleen in B"]


# --- 7: a reused process number does not hide a session ---------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="process numbers are checked on POSIX only")
def test_a_live_process_that_is_not_reflectiespel_does_not_hide_a_session(data_dir):
    s = session_with_note()
    saver = Autosaver(data_dir)
    saver.changed(s)
    saver.flush()
    del saver  # the window is gone (crash); its lock went with it
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:  # the old owner's number now belongs to another program
        for name in (f"{s.id}.pid", *(p.with_suffix(".pid").name for p in (data_dir / "autosave").glob("*.reflectiespel"))):
            (data_dir / "autosave" / name).write_text(str(stranger.pid))
        assert [r.title for r in find_recoverable(data_dir)] == ["Werkplaats"]
    finally:
        stranger.kill()
        stranger.wait()


# --- 8: saving keeps the file's mode ----------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o664])
def test_saving_over_a_file_keeps_its_mode(tmp_path, mode):
    path = save_session(session_with_note(), tmp_path / "sessie.reflectiespel")
    os.chmod(path, mode)
    save_session(open_session(path), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path):
    old = os.umask(0o027)
    try:
        path = save_session(session_with_note(), tmp_path / "nieuw.reflectiespel")
        atomic_write(tmp_path / "export.md", b"# x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "export.md").stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_printing_over_a_pdf_keeps_its_mode_too(tmp_path):
    from reflectiespel.pdf.output import atomic_write as write_output

    target = tmp_path / "kaarten.pdf"
    target.write_bytes(b"%PDF-oud")
    os.chmod(target, 0o604)
    write_output(target, b"%PDF-nieuw")
    assert target.read_bytes() == b"%PDF-nieuw" and stat.S_IMODE(target.stat().st_mode) == 0o604


# --- 12: leftovers of a killed writer ---------------------------------------------------------------
KILLED_WRITER = """
import os, sys, time
from pathlib import Path
def stuck(temp, target):  # killed between writing the temporary file and putting it in place
    print(temp, flush=True)
    time.sleep(60)
os.replace = stuck
from reflectiespel.pdf.output import atomic_write
atomic_write(Path(sys.argv[1]) / "out.pdf", b"%PDF-half")
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_writers_temp_file_is_removed_when_the_same_output_is_written_again(tmp_path):
    from reflectiespel.core.files.locks import Lock
    from reflectiespel.pdf.output import atomic_write as write_output

    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    leftover = writer.stdout.readline().strip()
    writer.kill()
    writer.wait()
    writer.stdout.close()
    busy = tmp_path / ".out.pdf.bezig.tmp"  # a writer that is still at work: left alone
    busy.write_bytes(b"")
    holder = Lock.take(busy)
    write_output(tmp_path / "out.pdf", b"%PDF-heel")
    assert not os.path.exists(leftover) and busy.exists()
    holder.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
