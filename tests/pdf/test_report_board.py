"""The board in the report reads on a black-and-white printer: numbers tie perspectives to practices
(not colours), labels are at least 7 pt, never overlap each other or a marker, stay inside the frame."""

from __future__ import annotations

import io
import math
from datetime import datetime, UTC

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from reflectiespel.core.board.board import BoardState, Placement, Snapshot, Token
from reflectiespel.pdf.boarddraw import BoardDrawing, legend
from reflectiespel.pdf.fonts import register_fonts

NAMES = ["Buurtkoor", "Atelier in de wijk", "Theater op recept", "Wijkkrant", "Dansles voor ouderen",
         "Muziek in het verpleeghuis"]
COLOURS = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f"]


def crowded_board() -> BoardState:
    """Six practices and two perspectives each, all close together in the middle."""
    tokens = [Token(id=f"t{i}", name=n, colour=c) for i, (n, c) in enumerate(zip(NAMES, COLOURS))]
    placements = []
    for i, token in enumerate(tokens):
        placements += [Placement(token_id=token.id, x=0.45 + 0.03 * i, y=0.5 + 0.02 * i),
                       Placement(token_id=token.id, perspective="p-ann", x=0.5 + 0.02 * i, y=0.55),
                       Placement(token_id=token.id, perspective="zorg", x=0.4, y=0.45 + 0.03 * i)]
    taken = datetime(2026, 3, 12, tzinfo=UTC)
    return BoardState(tokens=tokens, placements=placements, snapshots=[Snapshot(
        name="begin", taken=taken, placements=[Placement(token_id="t0", x=0.1, y=0.2)])])


def draw(board: BoardState) -> tuple[BoardDrawing, bytes]:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(595, 842))
    drawing = BoardDrawing(board, {"p-ann": "Ann de Vries", "zorg": "Zorg"}.get)
    drawing.wrap(453, 600)
    drawing.drawOn(c, 60, 200)
    c.showPage()
    c.save()
    return drawing, buffer.getvalue()


def text_runs(pdf: bytes) -> list[tuple[str, float]]:
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])))
    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def test_labels_never_overlap_and_stay_inside_the_frame():
    drawing, _pdf = draw(crowded_board())
    boxes = drawing.labels.boxes
    assert len(boxes) == 6 + 12 + 1  # every practice, perspective and snapshot has its label
    x0, y0, x1, y1 = drawing.labels.frame
    for i, a in enumerate(boxes):
        assert x0 <= a[0] and a[2] <= x1 and y0 <= a[1] and a[3] <= y1, a
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]), (a, b)


def test_every_text_on_the_board_is_at_least_7_pt():
    _drawing, pdf = draw(crowded_board())
    runs = text_runs(pdf)
    assert runs and min(size for _text, size in runs) >= 7 - 1e-6


def test_perspectives_are_tied_to_practices_by_number_not_colour():
    _drawing, pdf = draw(crowded_board())
    texts = [text for text, _size in text_runs(pdf)]
    for number in range(1, 7):  # inside the group's dot and inside both perspectives' circles
        assert texts.count(str(number)) >= 3
        assert f"{number} {NAMES[number - 1]}" in texts
    words = legend(crowded_board())
    assert "1 = Buurtkoor" in words and "6 = Muziek in het verpleeghuis" in words
