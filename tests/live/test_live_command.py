"""`reflectiespel live SESSION`: serves a session without a window and saves to the session file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import httpx

from reflectiespel.core.sessions.storage import open_session, save_session

from liveserving import make_session, printed_lines


def start(path, *extra, preexec_fn=None):
    process = subprocess.Popen([sys.executable, "-m", "reflectiespel.cli", "live", str(path), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=preexec_fn)
    return process, printed_lines(process, "Code", "Geheim van de begeleider (alleen voor deze computer)")


def test_serves_phones_and_saves_every_change_to_the_file(tmp_path):
    path = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), path)
    process, lines = start(path, "--host", "127.0.0.1")
    try:
        assert lines["Adres"].startswith("http://127.0.0.1:")
        with httpx.Client(base_url=lines["Adres"], timeout=10) as client:
            r = client.post("/api/join", json={"code": lines["Code"], "name": "Ann"})
            token = r.json()["token"]
            r = client.post("/api/vote", json={"step_id": "s-kaarten", "target": "twee"},
                            headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200
            secret = {"X-Reflectiespel-Secret": lines["Geheim van de begeleider (alleen voor deze computer)"]}
            assert client.post("/api/admin/go", json={"step": 2}, headers=secret).json() == {"step": 2}
            assert client.get("/api/admin/phones", headers=secret).json()["phones"][0]["name"] == "Ann"
        deadline = time.monotonic() + 10  # saved within about a second, while still running
        while not open_session(path).step("s-kaarten").votes and time.monotonic() < deadline:
            time.sleep(0.1)
        assert open_session(path).step("s-kaarten").votes[0].target == "twee"
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "bewaard" in out
    saved = open_session(path)
    assert [p.name for p in saved.participants] == ["Ann"] and saved.current_step == 1
    assert json.loads(path.read_text(encoding="utf-8"))["document"] == "reflectiespel-sessie"


def test_refuses_every_interface_and_a_broken_file(tmp_path):
    path = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), path)
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "live", str(path), "--host", "0.0.0.0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "alle netwerken" in result.stderr
    broken = tmp_path / "kapot.reflectiespel"
    broken.write_text("{niet af", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "live", str(broken)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "kapot.reflectiespel" in result.stderr
    assert broken.read_text(encoding="utf-8") == "{niet af"


def test_the_command_line_does_not_load_the_web_server_until_needed():
    code = ("import sys, reflectiespel.cli as c; c.build_parser(c.extra_commands()); "
            "print(sorted(m for m in ('starlette', 'uvicorn', 'segno') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ))
    assert result.stdout.strip() == "[]", result.stderr


def test_ctrl_c_stops_it_even_when_started_as_a_background_job(tmp_path):
    """A shell's background job starts with SIGINT ignored (and Python keeps it so): 'Stoppen: Ctrl+C'
    must hold all the same, and the session is saved."""
    path = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), path)
    process, _lines = start(path, "--host", "127.0.0.1",
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    assert process.returncode == 0, err
    assert "bewaard" in out
