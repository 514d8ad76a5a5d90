"""The console through AT-SPI, as Orca gets it on Linux: its labels say which card shows, which comes next and
what the clock does, the preview (a picture) is described in words, and → announces the new card's title
("Nu: …", as docs/accessibility.md promises). The key is a real one (xdotool) to the console's window on
Xvfb. Runs where the system has AT-SPI (see test_board_atspi.py; .ci/run installs it); elsewhere skipped."""

import shutil
from pathlib import Path

import pytest
from atspirun import read_over_atspi
from test_board_atspi import _missing

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir

LACKING = _missing() if Path("/usr/bin/python3").exists() else "python3"
if not LACKING and shutil.which("xdotool") is None:
    LACKING = "xdotool"


@pytest.mark.skipif(bool(LACKING), reason=f"AT-SPI not on this system: {LACKING}")
def test_orca_hears_the_card_the_clock_and_the_new_card_after_the_right_arrow():
    cards = Library(builtin_decks_dir()).load().get("zeven-verandertips").cards
    seen, stderr = read_over_atspi("console_app.py", "read_console.py", 60)
    assert seen["found"], stderr[-2000:]
    labels = seen["labels"]
    assert f"Nu: {cards[0].title}" in labels and f"Straks: {cards[1].title}" in labels, labels
    assert "Klok: 5:00, klaar om te starten" in labels, labels
    # drop-downs by their label, not their value ("(groep)", "Cultuur")
    assert {"Wie zei het", "Domein"} <= set(seen["combos"]) and "(groep)" not in seen["combos"], seen["combos"]
    assert seen["preview"] == f"De zaal ziet stap 'Drie tips' met de kaart '{cards[0].title}'."
    # → was pressed: the new card's title is announced, and the label that shows it is renamed
    assert f"Nu: {cards[1].title} (kaart 2 van 3)" in seen["announcements"], seen
    assert f"Nu: {cards[1].title}" in seen["renamed"], seen
