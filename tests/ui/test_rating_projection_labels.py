"""The rating scale on the projection keeps every row's name whole (issue #29): the five bouwstenen (nl, en)
and the six parts of Positive Health of 'wat is belangrijk', with twelve people's marks, at 1920×1080 and
1024×768; before the reveal (the questions only) and after it (the spread and the web). A name wraps over
lines of whole words, never ends in '…', and its letters stay at least 24 px on a 1080p beamer.
With REFLECTIESPEL_SHOTS=<folder> every projection is saved to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from reflectiespel.core import ratings
from reflectiespel.core.library import Library
from reflectiespel.core.stepinput import Screen
from reflectiespel.core.stepkinds import kind_of
from reflectiespel.core.templates import load_template, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.controller import SessionController
from reflectiespel.ui.session.inputpaint import row_label
from reflectiespel.ui.session.projection import ProjectionView

WERKVORMEN = builtin_decks_dir() / "werkvormen"
FLOOR = 24 / 1080  # the smallest letters, as a share of the screen height
SIZES = [(1920, 1080), (1024, 768)]


def rating_session(werkvorm: str, language: str, data_dir):
    """The session the werkvorm makes, on its rating step, with twelve people's marks in every row."""
    suffix = ".en" if language == "en" else ""
    library = Library(builtin_decks_dir(), language=language).load()
    session = new_session_from_template(load_template(WERKVORMEN / f"{werkvorm}{suffix}.yaml"), library)
    index = next(i for i, s in enumerate(session.steps) if kind_of(s).collects == "ratings")
    step = session.steps[index]
    for n in range(12):
        person = session.add_participant(f"Deelnemer {n + 1}").value.id
        for number, row in enumerate(step.scale.rows):
            ratings.rate(session, step.id, person, row.id, (n * (number + 3) + number) % 11, "phone")
    session.go_to(index)
    return SessionController(session, library, data_dir), step


CASES = [("vijf-bouwstenen", "nl", 5), ("vijf-bouwstenen", "en", 5), ("wat-is-belangrijk", "nl", 6),
         ("wat-is-belangrijk", "en", 6)]


def record_text(monkeypatch) -> list:
    """Every string the projection paints, with its letters' pixel size and the width it was given."""
    drawn = []
    paint = QPainter.drawText

    def recording(painter, *args):
        box = args[0] if isinstance(args[0], (QRectF, QRect)) else None
        drawn.append((args[-1], painter.font().pixelSize(), box.width() if box is not None else None))
        return paint(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    return drawn


def painted_label(drawn: list, full: str) -> list | None:
    """The consecutive painted strings that together read ``full``, word for word; None when none do."""
    for start in range(len(drawn)):
        run = []
        for item in drawn[start:]:
            run.append(item)
            joined = " ".join(text for text, _, _ in run)
            if joined == full:
                return run
            if not full.startswith(joined + " "):
                break
    return None


@pytest.mark.parametrize("revealed", [True, False], ids=["after-the-reveal", "before-the-reveal"])
@pytest.mark.parametrize("width,height", SIZES, ids=["1080p", "768p"])
@pytest.mark.parametrize("werkvorm,language,rows", CASES, ids=[f"{w}-{lang}" for w, lang, _ in CASES])
def test_every_row_name_on_the_rating_projection_is_whole_and_large_enough(
        qtbot, monkeypatch, data_dir, werkvorm, language, rows, width, height, revealed):
    controller, step = rating_session(werkvorm, language, data_dir)
    step.screen = Screen(counts_on_projection=revealed)
    view = ProjectionView(controller)
    qtbot.addWidget(view)
    view.resize(QSize(width, height))
    drawn = record_text(monkeypatch)
    picture = view.grab()
    monkeypatch.undo()
    assert view.input_drawn["kept"] is not revealed
    assert len(view.input_drawn["rows"]) == rows
    cut = [text for text, _, _ in drawn if "…" in text]
    assert not cut, f"cut off on the projection: {cut}"
    for number, row in enumerate(step.scale.rows, 1):
        full = row_label(number, row.text)
        lines = painted_label(drawn, full)
        assert lines is not None, f"{full!r} is not painted whole: {[t for t, _, _ in drawn]}"
        for text, px, room in lines:
            font = QFont()
            font.setPixelSize(px)
            assert QFontMetricsF(font).horizontalAdvance(text) <= room, f"{text!r} is wider than its room"
            assert px >= round(height * FLOOR), f"{text!r} is painted at {px} px"
    if revealed:
        assert view.input_drawn["web"]
        assert all(r["dots"] == r["marks"] == 12 for r in view.input_drawn["rows"].values())
    shots = os.environ.get("REFLECTIESPEL_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        state = "uitslag" if revealed else "vragen"
        picture.save(str(Path(shots) / f"rating-{werkvorm}-{language}-{width}x{height}-{state}.png"))
