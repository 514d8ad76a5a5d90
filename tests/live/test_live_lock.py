"""Issue #22 point 3: `reflectiespel live SESSION` takes the same lock as a window. With the session
open in a window it refuses to start (and changes nothing); while it runs, no window opens or saves
over the file; a save it cannot make (the session over the size limit) is said, and it goes on."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest

from reflectiespel.core.files.claims import Claims
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.storage import open_in_window, open_session, save_in_window, save_session

from liveserving import make_session, printed_lines
from test_live_command import start


def stop(process) -> tuple[str, str]:
    try:
        process.send_signal(signal.SIGINT)
        return process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_live_refuses_a_session_a_window_has_open_and_leaves_it_alone(tmp_path, data_dir):
    path = save_session(make_session(), tmp_path / "sessie.reflectiespel")
    window = Claims(data_dir)
    session, _ = open_in_window(path, window)  # what "Sessie openen" does in the app
    before = path.read_bytes()
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "live", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "open in een venster van reflectiespel" in result.stderr and "sessie.reflectiespel" in result.stderr
    assert "Traceback" not in result.stderr and "Code:" not in result.stdout
    assert path.read_bytes() == before
    # the window saves as usual, and once it has closed the command starts
    session.title = "Na de pauze"
    save_in_window(session, path, window)
    window.release()
    process, lines = start(path)
    try:
        assert lines["Code"]
    finally:
        out, err = stop(process)
    assert process.returncode == 0, err
    assert open_session(path).title == "Na de pauze"


def test_while_live_runs_no_window_opens_or_saves_over_the_file(tmp_path, data_dir):
    path = save_session(make_session(), tmp_path / "sessie.reflectiespel")
    process, lines = start(path)
    try:
        with httpx.Client(base_url=lines["Adres"], timeout=10) as client:
            r = client.post("/api/join", json={"code": lines["Code"], "name": "Ann"})
            token = r.json()["token"]
            r = client.post("/api/note", json={"step_id": "s-kaarten", "text": "van de telefoon"},
                            headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200
        window = Claims(data_dir)
        with pytest.raises(FileProblems, match="al open"):
            open_in_window(path, window)
        other = Session.empty("Iets anders")
        with pytest.raises(FileProblems, match="al open"):
            save_in_window(other, path, window)  # "Opslaan als" onto the file live is serving
        window.release()
    finally:
        out, err = stop(process)
    assert process.returncode == 0, err
    saved = open_session(path)
    assert [n.text for n in saved.step("s-kaarten").notes] == ["van de telefoon"]  # the phone's note was kept
    session, _ = open_in_window(path, Claims(data_dir))  # free again once live has stopped
    assert session.title == "Proefsessie"


def test_live_says_when_it_cannot_save_and_keeps_the_last_good_file(tmp_path, data_dir, monkeypatch):
    """With a size limit just above the session as it is, a phone's notes push it over: the command
    says so on stderr, keeps serving, and the file stays the last one that opens."""
    path = save_session(make_session(), tmp_path / "sessie.reflectiespel")
    limit = len(path.read_bytes()) + 3000
    code = ("import sys; from reflectiespel.core.sessions import storage; storage.MAX_BYTES = int(sys.argv[1]); "
            "from reflectiespel.cli import main; sys.exit(main(['live', sys.argv[2]]))")
    process = subprocess.Popen([sys.executable, "-c", code, str(limit), str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = printed_lines(process, "Code", "Adres")
        with httpx.Client(base_url=lines["Adres"], timeout=10) as client:
            token = client.post("/api/join", json={"code": lines["Code"], "name": "Ann"}).json()["token"]
            for text in ("eerste " * 200, "tweede " * 200):
                r = client.post("/api/note", json={"step_id": "s-kaarten", "text": text},
                                headers={"Authorization": f"Bearer {token}"})
                assert r.status_code == 200, r.text
                time.sleep(1.5)  # a save a second
            assert client.get("/api/state", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    finally:
        out, err = stop(process)
    assert process.returncode == 1
    assert "niet opgeslagen" in err and "Traceback" not in err
    assert err.count("niet opgeslagen") == 1  # said once, not every second
    assert "konden niet worden bewaard" in out
    saved = open_session(path)  # the file still opens: the last save that fitted
    assert [n.text.split()[0] for n in saved.step("s-kaarten").notes] == ["eerste"]
