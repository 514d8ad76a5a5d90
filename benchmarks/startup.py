"""How fast reflectiespel starts, against a bare PySide6 script that shows an empty QMainWindow.

Run:  QT_QPA_PLATFORM=offscreen uv run python benchmarks/startup.py [--rounds 21] [--all-cpus]

Each sample is a new Python process (this script with --child), timed from just before the process
is started until the window is shown and idle: the window's show() has run and the event loop has
handled everything that was waiting (a zero-timer fires, then processEvents once more). Both sides
use the same Python, the same clock (time.monotonic, shared between processes on Linux) and the
same idle test. Rounds alternate between bare, the app with only the built-in decks, and the app
with 50 extra user decks, so that machine noise hits all three; figures are medians. Every child runs
on one and the same CPU (Linux; ``--all-cpus`` to let them move): a start that the scheduler moves
between CPUs mid-way measured up to 90 ms slower at random, for the floor as much as for the app, and
that scattered the medians of a whole run by ±0.2 of the ratio on the shared 2-CPU machine. One CPU
is also the laptop's worst case for the app: Qt's GUI thread pool (fills of 96+ lines) then shares it
with the main thread.

The app side starts the way ``reflectiespel`` starts (reflectiespel.cli, then ui.launch.start_app),
with its own empty user data folder and its own deck cache folder. One run of each before the
rounds fills the cache, as any earlier start would have, and writes the modules' bytecode
(__pycache__), as installing does: the children run without PYTHONDONTWRITEBYTECODE.

Printed figures:
- idle (s): bare, app built-in only, app with 50 user decks;
- library filled (s): until every deck has its tile (decks load while the window already shows);
- 50 user decks against built-in only, library filled (goal at most 1.5); also the 50 decks with an
  empty cache (every file parsed and checked: a first start, or the first after an update);
- a bare window with one label (the Qt namespace's enums, the font database), and that window with a
  Python QProxyStyle (what the focus ring costs any window: QStyle's enums and a Python call per painted
  element): the floor decided on issue 13, "what any accessible PySide6 window pays";
- the main thread's CPU time until idle (time.thread_time in the child, interpreter start included):
  on a shared machine the wall clock mostly measures the other processes, CPU time much less so;
- the median over the rounds of app / floor within one round (back to back, so a machine that is slow
  for a while slows both): a second reading of the same ratio;
- last line: app built-in only / that floor, until shown and idle (goal at most 1.3, issue 25).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 21
USER_DECKS = 50

CHILD_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()

def idle():
    app.processEvents()
    print("idle", time.monotonic(), flush=True)
    print("cpu", time.thread_time(), flush=True)
    app.quit()

QTimer.singleShot(0, idle)
app.exec()
"""

# A second, informative floor: the same bare window, but with what any Qt window that shows text pays:
# the Qt namespace's enums (PySide6 builds about 90 Python enum classes on `from PySide6.QtCore import Qt`)
# and a first paint of text (the font database is set up on first use).
CHILD_TEXT = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
# STYLE
window = QMainWindow()
window.resize(1200, 800)
label = QLabel("Reflectiespel: kaartensets, sessies en de sociaal-artistieke as")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.show()

def idle():
    app.processEvents()
    print("idle", time.monotonic(), flush=True)
    print("cpu", time.thread_time(), flush=True)
    app.quit()

QTimer.singleShot(0, idle)
app.exec()
"""

# The floor of this app's first frame: the window with text, plus the one thing every frame of the app has
# that a plain window has not: a focus-ring style, which is a Python QProxyStyle over Fusion (accessibility,
# DESIGN.md). Subclassing QProxyStyle builds QStyle's enum classes, and each painted element calls into Python.
CHILD_FLOOR = CHILD_TEXT.replace("# STYLE", """
from PySide6.QtWidgets import QProxyStyle, QStyleFactory


class Ring(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None):
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)


app.setStyle(Ring(QStyleFactory.create("Fusion")))
""")

CHILD_APP = """
import sys, time
import reflectiespel.cli  # the module behind the reflectiespel command
from PySide6.QtCore import QTimer
from reflectiespel.ui.launch import start_app

app, window = start_app(sys.argv[:1])
done = {}

def finish():
    if "idle" in done and "filled" in done:
        print("idle", done["idle"], flush=True)
        print("cpu", done["cpu"], flush=True)
        print("filled", done["filled"], flush=True)
        app.quit()

def idle():
    app.processEvents()
    done["idle"] = time.monotonic()
    done["cpu"] = time.thread_time()
    finish()

def filled():
    app.processEvents()
    done["filled"] = time.monotonic()
    finish()

window.library_ready.connect(filled)
if window.library_loaded:
    QTimer.singleShot(0, filled)
QTimer.singleShot(0, idle)
app.exec()
"""


def run_child(code: str, env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr}")
    times = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        times[name] = float(value) - (0.0 if name == "cpu" else start)  # cpu: the main thread's own seconds
    return times


def user_decks(folder: Path, count: int) -> None:
    """``count`` user decks: copies of the built-in ones, each with an id of its own."""
    from reflectiespel.resources import builtin_decks_dir

    sources = sorted(builtin_decks_dir().glob("*.yaml"))
    folder.mkdir(parents=True)
    for i in range(count):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        text = re.sub(r"^id: .*$", f"id: eigen-set-{i + 1}", text, count=1, flags=re.MULTILINE)
        (folder / f"eigen-set-{i + 1}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else ROUNDS
    pinned = None
    if "--all-cpus" not in sys.argv and hasattr(os, "sched_setaffinity"):
        pinned = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {pinned})  # the children inherit it
    base = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        # As installed (a wheel, the bundle): modules load from bytecode. With PYTHONDONTWRITEBYTECODE
        # set (as in some shells) every app module would be compiled from source at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs = {}
        for name in ("builtin", "user50"):
            envs[name] = dict(env, REFLECTIESPEL_DATA_DIR=str(base / name / "data"),
                              REFLECTIESPEL_CACHE_DIR=str(base / name / "cache"))
            (base / name / "data").mkdir(parents=True)
        user_decks(base / "user50" / "data" / "decks", USER_DECKS)
        for name in envs:  # fill the deck cache, as an earlier start would have
            run_child(CHILD_APP, envs[name])
        cold = dict(envs["user50"], REFLECTIESPEL_CACHE_DIR=str(base / "cold-cache"))
        samples: dict[str, list[dict[str, float]]] = {"bare": [], "text": [], "floor": [], "builtin": [], "user50": [], "cold": []}
        for _ in range(rounds):
            samples["bare"].append(run_child(CHILD_BARE, env))
            samples["text"].append(run_child(CHILD_TEXT, env))
            samples["floor"].append(run_child(CHILD_FLOOR, env))
            samples["builtin"].append(run_child(CHILD_APP, envs["builtin"]))
            samples["user50"].append(run_child(CHILD_APP, envs["user50"]))
            shutil.rmtree(base / "cold-cache", ignore_errors=True)
            samples["cold"].append(run_child(CHILD_APP, cold))
    finally:
        shutil.rmtree(base, ignore_errors=True)

    def median(kind: str, figure: str) -> float:
        return statistics.median(s[figure] for s in samples[kind])

    bare = median("bare", "idle")
    print(f"rounds: {rounds} (alternating), medians; {USER_DECKS} user decks in the second app case; "
          + (f"every start on CPU {pinned}" if pinned is not None else "starts free to move between CPUs"))
    print(f"shown and idle, bare QMainWindow:        {bare:.3f} s")
    print(f"shown and idle, bare window with text:   {median('text', 'idle'):.3f} s")
    print(f"shown and idle, text + focus-ring style: {median('floor', 'idle'):.3f} s")
    print(f"shown and idle, app (built-in decks):    {median('builtin', 'idle'):.3f} s")
    print(f"shown and idle, app (+{USER_DECKS} user decks):   {median('user50', 'idle'):.3f} s")
    print(f"library filled, app (built-in decks):    {median('builtin', 'filled'):.3f} s")
    print(f"library filled, app (+{USER_DECKS} user decks):   {median('user50', 'filled'):.3f} s")
    print(f"library filled, app (+{USER_DECKS} user decks, empty cache): {median('cold', 'filled'):.3f} s "
          "(a first start, or after an update)")
    print(f"library filled, {USER_DECKS} user decks / built-in only (goal <= 1.5): "
          f"{median('user50', 'filled') / median('builtin', 'filled'):.2f}")
    print(f"shown and idle, app / bare window with text (informative): "
          f"{median('builtin', 'idle') / median('text', 'idle'):.2f}")
    print(f"shown and idle, text + focus-ring style / bare (informative): "
          f"{median('floor', 'idle') / bare:.2f}")
    print(f"shown and idle, app / bare (informative): {median('builtin', 'idle') / bare:.2f}")
    print(f"main-thread CPU until idle: bare {median('bare', 'cpu') * 1000:.0f} ms, floor "
          f"{median('floor', 'cpu') * 1000:.0f} ms, app {median('builtin', 'cpu') * 1000:.0f} ms; "
          f"app / floor {median('builtin', 'cpu') / median('floor', 'cpu'):.2f} (steadier than the wall clock "
          "on a busy machine)")
    paired = statistics.median(a["idle"] / f["idle"] for a, f in zip(samples["builtin"], samples["floor"]))
    print(f"shown and idle, app / floor within each round, median over the rounds: {paired:.2f}")
    print("shown and idle, app / text + focus-ring style, the floor decided on issue 13 (goal <= 1.3):")
    print(f"{median('builtin', 'idle') / median('floor', 'idle'):.2f}")


if __name__ == "__main__":
    main()
