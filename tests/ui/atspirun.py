"""Runs an app and an AT-SPI reader in their own D-Bus session (tests/ui/atspi/run.sh), bounded in time.

Everything runs in a process group of its own: when the bound is passed, the whole group is killed (a plain
``subprocess.run(timeout=…)`` kills only dbus-run-session and would leave Xvfb, the bus and the app behind),
and after a normal end whatever the bus started and left (at-spi2-registryd) is stopped too."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "atspi"


def _stop_group(group: int) -> None:
    try:
        os.killpg(group, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def read_over_atspi(app: str, reader: str, seconds: int) -> tuple[dict, str]:
    """The reader's JSON line and the run's stderr. ``seconds`` bounds each of the reader's waits; the whole
    run is stopped after 3 × ``seconds`` + 60 s (and then reported, never left hanging)."""
    process = subprocess.Popen(["dbus-run-session", "--", "bash", str(HERE / "run.sh"), sys.executable, app, reader,
                                str(seconds)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=3 * seconds + 60)
    except subprocess.TimeoutExpired:
        _stop_group(process.pid)
        out, err = process.communicate(timeout=30)
        raise AssertionError(f"the AT-SPI run did not end within {3 * seconds + 60} s; stopped. "
                             f"stdout: {out[-1000:]!r} stderr: {err[-2000:]!r}") from None
    finally:
        _stop_group(process.pid)
    lines = out.strip().splitlines()
    assert lines, f"the reader printed nothing (exit {process.returncode}): {err[-2000:]}"
    return json.loads(lines[-1]), err
