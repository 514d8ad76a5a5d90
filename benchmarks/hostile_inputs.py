"""Time and peak memory of the worst sheets and pictures of issue #22, against importing the template.

    uv run python benchmarks/hostile_inputs.py [--repeat 3] [--code SRC] [--only NAME ...]

Every case is a new process (the real command, as a trainer or attacker would run it), limited to
3 GB of address space and 150 s; its wall time and peak resident memory (os.wait4: ru_maxrss of that
child alone) are measured. The floor is `decks import` of the spreadsheet template (.xlsx), in the same
run. Times are medians of --repeat runs, memory the largest of them.

Cases (files made on the spot, see tests/hostile_files.py):
- csv-copies: the 44 kB CSV of the issue, 4990 rows with 'aantal' 50;
- csv-10mb: a 10 MB CSV (the file limit is 5 MB), and csv-4.9mb: 1000 cards of 4.9 kB text each;
- xlsx-bomb: a 1.5 MB .xlsx whose worksheet inflates to 600 MB (60 million empty cells);
- xlsx-strings: an .xlsx with 30 million shared strings;
- xlsx-last-column: a 60 kB .xlsx with 3000 cards and a cell in column XFD;
- print-6000, print-7900, print-13000: `print` of a deck with a 6000², 7900² or 13000² PNG (36, 62, 169
  million pixels), each scaled once (in bands of rows) into an empty cache folder; print-6000-again uses
  the copy already in the cache;
- view-6000: paint a card with the 6000² picture on screen (QPainter, offscreen), first paint and a repaint.

--code SRC runs the cases with another source tree (e.g. an export of main) to compare before and after.
The last line is the worst ratio against the floor, of time or memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files  # noqa: E402 - found through the sys.path line above

LIMIT_BYTES = 3 * 1024 ** 3
TIMEOUT = 150

VIEW = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.ui.screencard import paint_card
deck = load_deck(Path(sys.argv[1]))
card = next(c for c in deck.cards if c.image)
times = []
for label in ("first paint", "repaint"):
    start = time.perf_counter()
    image = QImage(630, 880, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_card(painter, QRectF(0, 0, 630, 880), deck, card)
    painter.end()
    times.append(f"{label} {time.perf_counter() - start:.3f} s")
print(", ".join(times))
"""


def run(argv: list[str], env: dict) -> tuple[float, float, int, str]:
    """(wall seconds, peak MB, exit code, last line of output) of one child process."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                             preexec_fn=limits)
    deadline = start + TIMEOUT
    output = b""
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            output = b"(killed after %d s)" % TIMEOUT
            break
        time.sleep(0.02)
    wall = time.monotonic() - start
    if not output:
        output = child.stdout.read() or b""
    child.stdout.close()
    code = os.waitstatus_to_exitcode(status)
    lines = [line for line in output.decode("utf-8", "replace").splitlines() if line.strip()]
    return wall, usage.ru_maxrss / 1024, code, (lines[-1] if lines else "")


def deck_with_picture(folder: Path, width: int, height: int) -> Path:
    folder.mkdir(parents=True)
    hostile_files.striped_png(folder / "groot.png", width, height)
    (folder / "groot.yaml").write_text(
        "format_version: 1\nid: groot\ntitle: Groot\nsource: bench\nback: {colour: '#334455'}\n"
        "categories: [{id: een, name: Een, colour: '#2e7d32'}]\n"
        "cards:\n  - {id: a, category: een, title: Met plaatje, image: groot.png}\n", encoding="utf-8")
    return folder / "groot.yaml"


def make_cases(work: Path, python: list[str]) -> list[tuple[str, list[str], bool]]:
    """(name, argv, fresh cache) per case; the floor first."""
    cli = python + ["-m", "reflectiespel.cli"]
    out = str(work / "uit" / "set.yaml")
    template = work / "sjabloon.xlsx"
    subprocess.run(cli + ["decks", "template", "-o", str(template)], check=True, capture_output=True,
                   env=os.environ | {"REFLECTIESPEL_DATA_DIR": str(work / "data")})
    big = work / "tien.csv"
    with open(big, "w", encoding="utf-8") as text:
        text.write("titel;tekst\n")
        while text.tell() < 10 * 1024 * 1024:
            text.write("Kaart;" + "woorden " * 60 + "\n")
    near = work / "bijna.csv"
    near.write_text("titel;tekst\n" + "".join(f"Kaart {i};" + "tekst " * 816 + "\n" for i in range(1000)),
                    encoding="utf-8")
    hostile_files.csv_many_copies(work / "veel.csv")
    hostile_files.xlsx_zip_bomb(work / "bom.xlsx")
    hostile_files.xlsx_many_strings(work / "teksten.xlsx")
    hostile_files.xlsx_last_column(work / "kolom.xlsx", rows=3000)
    decks = {side: deck_with_picture(work / f"plaatje-{side}", side, side) for side in (6000, 7900, 13000)}
    cases = [("floor: template.xlsx", cli + ["decks", "import", str(template), "-o", out], False),
             ("csv-copies", cli + ["decks", "import", str(work / "veel.csv"), "-o", out], False),
             ("csv-10mb", cli + ["decks", "import", str(big), "-o", out], False),
             ("csv-4.9mb", cli + ["decks", "import", str(near), "-o", out], False),
             ("xlsx-bomb", cli + ["decks", "import", str(work / "bom.xlsx"), "-o", out], False),
             ("xlsx-strings", cli + ["decks", "import", str(work / "teksten.xlsx"), "-o", out], False),
             ("xlsx-last-column", cli + ["decks", "import", str(work / "kolom.xlsx"), "-o", out], False)]
    for side, deck in decks.items():
        cases.append((f"print-{side}", cli + ["print", str(deck), "-o", str(work / f"p{side}.pdf")], True))
        if side == 6000:
            cases.append(("print-6000-again", cli + ["print", str(deck), "-o", str(work / "p2.pdf")], False))
    cases.append(("view-6000", python + ["-c", VIEW, str(decks[6000])], True))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, help="another source tree to run (its src/ folder)")
    parser.add_argument("--only", nargs="*", default=[], help="only these cases (the floor always runs)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REFLECTIESPEL_DATA_DIR=str(work / "data"),
                   REFLECTIESPEL_LANG="nl")
        if args.code:
            env["PYTHONPATH"] = str(args.code.resolve())
        python = [sys.executable]
        print(f"making the files in {work} ...", flush=True)
        cases = make_cases(work, python)
        results = {}
        for name, argv, fresh_cache in cases:
            if args.only and not name.startswith("floor") and name not in args.only:
                continue
            walls, peaks = [], []
            for _ in range(args.repeat):
                cache = work / "cache"
                if fresh_cache and cache.exists():
                    shutil.rmtree(cache)
                shutil.rmtree(work / "uit", ignore_errors=True)
                wall, peak, code, last = run(argv, env | {"REFLECTIESPEL_CACHE_DIR": str(cache)})
                walls.append(wall)
                peaks.append(peak)
            results[name] = (statistics.median(walls), max(peaks))
            print(f"{name:18} {statistics.median(walls):7.2f} s {max(peaks):8.0f} MB  exit {code}  {last[:110]}",
                  flush=True)
        floor_time, floor_mem = results["floor: template.xlsx"]
        worst = (0.0, "", "")
        for name, (wall, peak) in results.items():
            if name.startswith("floor"):
                continue
            for ratio, what in ((wall / floor_time, "time"), (peak / floor_mem, "memory")):
                if ratio > worst[0]:
                    worst = (ratio, name, what)
        print(f"floor (template import): {floor_time:.2f} s, {floor_mem:.0f} MB")
        print(f"worst ratio against the template import: {worst[0]:.2f}x ({worst[1]}, {worst[2]})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
