"""The pictures of printed sheets in docs/printing.md: one per layout, made from the real PDFs.

    uv run python scripts/print_pictures.py

Each picture is the first page (or the page named) of ``reflectiespel print`` with the options shown,
rendered by poppler's pdftoppm at a small resolution. tests/pdf/test_print_pictures.py checks that
every picture the page names exists.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "img" / "printen"

# (picture name, page, command-line options)
PICTURES = [
    ("poker-a4-voorkant", 1, ["zeven-verandertips", "--size", "poker"]),
    ("poker-a4-achterkant", 2, ["zeven-verandertips", "--size", "poker"]),
    ("tarot-a4", 1, ["grensobjecten", "--size", "tarot"]),
    ("bridge-letter", 1, ["waarde-van-welzijn", "--size", "bridge", "--paper", "letter"]),
    ("a6-a4-vier", 1, ["vijf-bouwstenen", "--size", "a6"]),
    ("square-a4", 1, ["knelpunten-en-kansen", "--size", "square"]),
    ("vouwen-bridge", 1, ["zeven-verandertips", "--size", "bridge", "--backs", "fold"]),
    ("afloop-zonder-snijtekens", 1, ["praktijkvoorbeelden", "--size", "poker", "--bleed", "3",
                                     "--no-crop-marks"]),
    ("inktzuinig-achterkant", 2, ["grensobjecten", "--size", "poker", "--ink-saving"]),
    ("uitleg-eerste-pagina", 1, ["zeven-verandertips", "--size", "poker", "--instructions"]),
    ("kalibratie-achterkant", 2, ["--calibration"]),
]


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, page, options in PICTURES:
            pdf = Path(tmp) / f"{name}.pdf"
            subprocess.run([sys.executable, "-c", "import sys; from reflectiespel.cli import main; sys.exit(main())",
                            "print", *options, "-o", str(pdf)], check=True,
                           capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "32", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(TARGET / name)], check=True)
            picture = TARGET / f"{name}.png"
            from PIL import Image  # comes with reportlab

            Image.open(picture).convert("RGB").quantize(colors=48).save(picture, optimize=True)  # small files
            print(picture)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
