"""Without a screen the app says so in plain words instead of Qt's misleading abort."""

import os
import subprocess
import sys

from reflectiespel.ui.launch import display_problem


def test_no_display_is_explained():
    assert "geen beeldscherm" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_starting_without_a_screen_exits_with_the_message():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli"], env=env, capture_output=True, text=True,
                            timeout=60)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "geen beeldscherm" in result.stderr and "Traceback" not in result.stderr
