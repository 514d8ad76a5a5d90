"""How fast is printing a deck? A 500-card deck with backs (generated in memory) written as PDF,
against a floor: plain reportlab canvas calls drawing the same number of rectangles and strings
with the same fonts, in the same run (turn about, CPU time). Repeats and takes medians. Goal: ratio <= 1.25.

    uv run python benchmarks/print_pdf.py [--repeat 5]

The last line printed is the ratio.
Also times the print dialog's preview update for a 60-card deck (goal: median < 300 ms), see
``preview_benchmark`` below.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from reflectiespel.core.decks.decks import Deck
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf
from reflectiespel.pdf.fonts import BOLD, REGULAR, register_fonts
from reflectiespel.pdf.geometry import MM_TO_PT

WORDS = ("samen werken kunst zorg welzijn buurt ontmoeting verschil gesprek muziek dans theater "
         "beleid gemeente betekenis café ĳsbaan één coördinatie “waarde” – €").split()


def make_deck(n: int) -> Deck:
    cards = []
    for i in range(n):
        words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(25 + i % 15)]
        cards.append({
            "id": f"kaart-{i}", "category": f"cat-{i % 5}", "title": f"Kaart {i} {WORDS[i % len(WORDS)]}",
            "text": " ".join(words).capitalize() + ".",
            "questions": [f"Wat betekent {WORDS[(i + q) % len(WORDS)]} voor jou?" for q in range(1 + i % 3)],
            "assignment": "Maak samen in tien minuten iets dat dit laat zien." if i % 2 else None,
            "back": f"Eigen achterkant {i}" if i % 10 == 0 else None,
        })
    return Deck.model_validate({
        "format_version": 1, "id": "bench", "title": "Benchmark", "source": "bench",
        "back": {"colour": "#37474f", "text": "Benchmark"},
        "categories": [{"id": f"cat-{k}", "name": f"Categorie {k}", "colour": "#2e7d32"} for k in range(5)],
        "cards": cards,
    })


class Counter:
    """Counts the drawing calls of a render, to give the floor the same amount of work."""

    def __init__(self) -> None:
        self.rects = 0
        self.strings = 0
        self.lines = 0
        self.pages = 0
        self.inside = 0


def count_calls(deck: Deck, options: PrintOptions) -> Counter:
    counter = Counter()
    originals = {name: getattr(Canvas, name) for name in
                 ("rect", "drawString", "drawCentredString", "line", "showPage", "clipPath")}

    def wrap(name, field):
        def patched(self, *args, **kwargs):
            setattr(counter, field, getattr(counter, field) + 1)
            counter.inside += 1  # drawString uses a text object itself: count it once
            try:
                return originals[name](self, *args, **kwargs)
            finally:
                counter.inside -= 1
        return patched

    for name, field in (("rect", "rects"), ("clipPath", "rects"), ("drawString", "strings"),
                        ("drawCentredString", "strings"), ("line", "lines"), ("showPage", "pages")):
        setattr(Canvas, name, wrap(name, field))
    # strings drawn through a text object (a block's lines) count as strings too
    text_originals = {name: getattr(PDFTextObject, name) for name in ("textLine", "textOut")}

    def text_wrap(name):
        def patched(self, text="", *args, **kwargs):
            counter.strings += bool(text) and not counter.inside
            return text_originals[name](self, text, *args, **kwargs)
        return patched

    for name in text_originals:
        setattr(PDFTextObject, name, text_wrap(name))
    try:
        render_pdf(deck, options)
    finally:
        for name, original in originals.items():
            setattr(Canvas, name, original)
        for name, original in text_originals.items():
            setattr(PDFTextObject, name, original)
    return counter


def floor(counter: Counter) -> bytes:
    """The same number of rectangles, strings and lines with plain canvas calls, no layout work."""
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(210 * MM_TO_PT, 297 * MM_TO_PT), pageCompression=1, initialFontName=REGULAR)
    per_page = max(1, counter.pages)
    rects, strings, lines = (-(-n // per_page) for n in (counter.rects, counter.strings, counter.lines))
    for page in range(per_page):
        for i in range(rects):
            c.setFillColorRGB(0.2, 0.4, 0.6)
            c.rect(20 + i % 10, 20 + i % 30, 100, 100, stroke=0, fill=1)
        for i in range(strings):
            c.setFont(BOLD if i % 5 == 0 else REGULAR, 9)
            c.drawString(30, 30 + (i % 60) * 10, f"Kaart {page} regel {i} samen café ĳsbaan werken")
        for i in range(lines):
            c.line(10, 10 + i, 40, 10 + i)
        c.showPage()
    c.save()
    return buffer.getvalue()


def preview_benchmark(cards: int = 60, repeat: int = 15) -> None:
    """The Qt print dialog's preview update for a 60-card deck: from an option change to the preview
    ready (its 150 ms debounce included), and the render alone. Goal: median < 300 ms."""
    import os
    from types import SimpleNamespace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reflectiespel.ui.printdialog import PrintDialog

    app = QApplication.instance() or QApplication([])
    dialog = PrintDialog(SimpleNamespace(decks=[make_deck(cards)]))
    dialog.resize(1280, 800)
    dialog.show()
    app.processEvents()
    combos = [(dialog.size_choice, i) for i in range(dialog.size_choice.count())]
    combos += [(dialog.backs_choice, i) for i in range(dialog.backs_choice.count())]
    full, render = [], []
    for run in range(repeat):
        combo, index = combos[run % len(combos)]
        if combo.currentIndex() == index:
            index = (index + 1) % combo.count()
        loop = QEventLoop()
        dialog.preview_ready.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)  # never hang
        start = time.perf_counter()
        combo.setCurrentIndex(index)
        loop.exec()
        full.append(time.perf_counter() - start)
        dialog.preview_ready.disconnect(loop.quit)
        start = time.perf_counter()
        dialog.refresh_preview()
        render.append(time.perf_counter() - start)
    app.processEvents()
    dialog.close()
    print(f"preview update, {cards}-card deck (change to ready, incl. {PrintDialog.DEBOUNCE_MS} ms debounce): "
          f"median {statistics.median(full) * 1000:.0f} ms over {repeat} runs (goal < 300 ms)")
    print(f"preview render alone: median {statistics.median(render) * 1000:.0f} ms, "
          f"max {max(render) * 1000:.0f} ms over {repeat} runs")


def interleaved(ours, base, repeat: int) -> tuple[list[float], list[float]]:
    """CPU seconds of each run, ours and the floor taking turns: on a shared, busy machine the wall
    clock mostly measures the other processes, and alternating spreads any slow spell over both."""
    ours_times, base_times = [], []
    for _ in range(repeat):
        for fn, times in ((ours, ours_times), (base, base_times)):
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
    return ours_times, base_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--cards", type=int, default=500)
    parser.add_argument("--no-preview", action="store_true", help="skip the print dialog's preview timing")
    args = parser.parse_args()
    deck = make_deck(args.cards)
    options = PrintOptions()  # poker, A4, long-edge backs, crop marks
    data, result = render_pdf(deck, options)
    counter = count_calls(deck, options)
    print(f"deck: {args.cards} cards, {result.pages} pages, {len(data) / 1e6:.2f} MB, warnings: {len(result.warnings)}")
    print(f"drawing calls: {counter.rects} rectangles, {counter.strings} strings, {counter.lines} lines")
    ours, base = interleaved(lambda: render_pdf(deck, options), lambda: floor(counter), args.repeat)
    ours_m, base_m = statistics.median(ours), statistics.median(base)
    print(f"print deck: median {ours_m * 1000:.0f} ms CPU over {args.repeat} runs")
    print(f"floor (plain canvas calls): median {base_m * 1000:.0f} ms CPU over {args.repeat} runs")
    if not args.no_preview:
        preview_benchmark()
    print(f"ratio print/floor: {ours_m / base_m:.2f}")


if __name__ == "__main__":
    main()
