"""A real X server with two monitors (a laptop and a beamer), a window manager, and the console in it, for
tests/ui/test_two_screens.py.

Xvfb cannot make two monitors (its RandR is a stub); Xorg with the dummy driver can, through RandR 1.5
monitors, and Qt reports them as two QScreens. twoscreens/two-screens (a copy of the project's shared tool)
starts it, and unplugs and plugs the beamer. The window manager is openbox, because a window manager is what
takes the keyboard away from the console. Keys and clicks come from outside with xdotool, as a person's do.

Everything started here is stopped in ``close()``, and ``close()`` checks that nothing is left.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).parent / "twoscreens"
TOOL = HERE / "two-screens"
DISPLAYS = range(81, 90)  # the numbers these tests may use
DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")


def missing() -> str:
    """What this machine lacks to run a real X server with two monitors, or "" when nothing."""
    for tool, package in (("Xorg", "xserver-xorg-core"), ("xrandr", "x11-xserver-utils"), ("openbox", "openbox"),
                          ("xdotool", "xdotool"), ("xprop", "x11-utils")):
        if shutil.which(tool) is None:
            return f"{tool} (Debian: {package})"
    if not DUMMY_DRIVER.exists():
        return "Xorg's dummy driver (Debian: xserver-xorg-video-dummy)"
    if os.geteuid() != 0:
        return "root (Xorg with the dummy driver is started as root here)"
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return "Qt's xcb plugin"
    if shutil.which("ldd") and "not found" in subprocess.run(["ldd", str(plugin)], capture_output=True,
                                                             text=True).stdout:
        return "the xcb libraries Qt's X11 plugin needs (libxcb-cursor0, libxcb-icccm4, …)"
    return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]


def _stop(pid: int, seconds: float = 5) -> None:
    """SIGTERM, then SIGKILL if it is still there after ``seconds``."""
    for signal in (15, 9):
        try:
            os.kill(pid, signal)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.05)
        if not _alive(pid):
            return


class Room:
    """The X server, the window manager and the console app, driven as a facilitator drives them."""

    def __init__(self, laptop: str, beamer: str, data_dir: Path):
        self.display = self._free_display()
        self.env = dict(os.environ, DISPLAY=self.display)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.folder = None
        self.xorg = self.wm = self.app = None
        try:
            self._start_x(laptop, beamer)
            self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            self._wait(lambda: "window id" in subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True,
                text=True).stdout, 10, "openbox did not start")
            self._start_app(data_dir)
        except BaseException:
            self.close()
            raise

    # --- starting and stopping ------------------------------------------------------------------
    @staticmethod
    def _free_display() -> str:
        for number in DISPLAYS:
            if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
                return f":{number}"
        raise RuntimeError("no free X display among :81–:89")

    def _start_x(self, laptop: str, beamer: str) -> None:
        result = subprocess.run([str(TOOL), "start", self.display, laptop, beamer], capture_output=True,
                                text=True, timeout=60)
        lines = result.stderr.strip().splitlines()
        self.folder = Path(lines[0]) if lines and lines[0].startswith(tempfile.gettempdir()) else None
        if result.returncode != 0 or not result.stdout.strip():
            raise RuntimeError(f"two-screens start failed: {result.stderr[-2000:]}")
        self.xorg = int(result.stdout.strip().splitlines()[-1])

    def _start_app(self, data_dir: Path) -> None:
        env = dict(self.env, QT_QPA_PLATFORM="xcb", REFLECTIESPEL_DATA_DIR=str(data_dir))
        self.log = open(data_dir / "app.log", "w")
        self.app = subprocess.Popen([sys.executable, str(HERE / "console_app.py"), str(data_dir)], env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self._line(60)
        if not json.loads(first).get("ready"):
            raise RuntimeError(f"the console did not start: {first}")

    def _read(self) -> None:
        for line in self.app.stdout:
            self.lines.put(line)

    def _line(self, timeout: float) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the console did not answer within {timeout} s; its log:\n"
                                 + (Path(self.log.name).read_text()[-3000:])) from None

    def close(self) -> None:
        """Stop the app, the window manager and the X server; then check that none of them is left."""
        if self.app is not None:
            if self.app.poll() is None:
                try:
                    self.app.stdin.write("quit\n")
                    self.app.stdin.flush()
                    self.app.wait(timeout=10)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            _stop(self.app.pid)
            self.app.wait()
            self.log.close()
        if self.wm is not None:
            _stop(self.wm.pid)
            self.wm.wait()
        if self.xorg is not None:
            _stop(self.xorg)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        left = [pid for pid in (self.xorg, getattr(self.wm, "pid", None), getattr(self.app, "pid", None))
                if pid is not None and _alive(pid)]
        assert not left, f"processes left behind: {left}"

    # --- what a person does ------------------------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20,
                              check=True).stdout.strip()

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def click(self, point: list[int]) -> None:
        self.xdotool("mousemove", "--sync", str(point[0]), str(point[1]), "click", "1")

    def unplug(self) -> None:
        subprocess.run([str(TOOL), "unplug", self.display], env=self.env, check=True, timeout=20)

    def plug(self, beamer: str = "1920x1080") -> None:
        subprocess.run([str(TOOL), "plug", self.display, beamer], env=self.env, check=True, timeout=20)

    def focused_window(self) -> int:
        """The window that has the keyboard, as the X server says (not as the app believes)."""
        return int(self.xdotool("getwindowfocus"))

    # --- what a person sees ------------------------------------------------------------------------
    def state(self) -> dict:
        self.app.stdin.write("state\n")
        self.app.stdin.flush()
        return json.loads(self._line(20))

    def wait_for(self, what, timeout: float = 15, message: str = "") -> dict:
        """The state once ``what(state)`` holds; fails with the last state after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            if what(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"{message or 'waited in vain'}; last state: {json.dumps(state)}")
            time.sleep(0.2)

    def settled(self, seconds: float = 1.0) -> dict:
        """The state after the window manager has had ``seconds`` to do what it does."""
        time.sleep(seconds)
        return self.state()

    def shot(self, prefix: Path) -> None:
        """A picture of each screen (prefix-<n>-<screen>.png), for a person to look at."""
        self.app.stdin.write(f"shot {prefix}\n")
        self.app.stdin.flush()
        self._line(20)

    def _wait(self, what, timeout: float, message: str) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            if time.monotonic() > deadline:
                raise RuntimeError(message)
            time.sleep(0.1)


def inside(inner: list[int], outer: list[int]) -> bool:
    """Rectangles as [x, y, width, height]: ``inner`` lies wholly within ``outer``."""
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh
