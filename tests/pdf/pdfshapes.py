"""Read back what a PDF page really draws: clip rectangles, filled rectangles and stroked lines, in
millimetres on the page (the current transformation matrix applied), using pypdf's content visitor."""

from __future__ import annotations

from dataclasses import dataclass, field

PT_TO_MM = 25.4 / 72.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def contains_segment(self, seg, eps: float = 0.05) -> bool:
        (x1, y1), (x2, y2) = seg
        return all(self.x - eps <= x <= self.right + eps and self.y - eps <= y <= self.top + eps
                   for x, y in ((x1, y1), (x2, y2)))

    def enters(self, seg, eps: float = 0.01) -> bool:
        """Does an axis-parallel segment reach into the inside of this rectangle?"""
        (x1, y1), (x2, y2) = seg
        lo_x, hi_x = sorted((x1, x2))
        lo_y, hi_y = sorted((y1, y2))
        return lo_x < self.right - eps and hi_x > self.x + eps and lo_y < self.top - eps and hi_y > self.y + eps


@dataclass
class Shapes:
    clips: list[Rect] = field(default_factory=list)
    fills: list[Rect] = field(default_factory=list)
    lines: list[tuple[tuple[float, float], tuple[float, float]]] = field(default_factory=list)


def _apply(cm, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = (float(v) for v in cm)
    return ((a * x + c * y + e) * PT_TO_MM, (b * x + d * y + f) * PT_TO_MM)


def page_shapes(page) -> Shapes:
    shapes = Shapes()
    rects: list[Rect] = []
    segments: list = []
    current: list = [None]
    clip = [False]

    def visit(op, args, cm, tm):
        if op == b"re":
            x, y, w, h = (float(v) for v in args)
            x1, y1 = _apply(cm, x, y)
            x2, y2 = _apply(cm, x + w, y + h)
            rects.append(Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)))
        elif op == b"m":
            current[0] = _apply(cm, *args)
        elif op == b"l":
            point = _apply(cm, *args)
            segments.append((current[0], point))
            current[0] = point
        elif op in (b"W", b"W*"):
            clip[0] = True
        elif op in (b"n", b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"):
            if clip[0]:
                shapes.clips.extend(rects)
            if op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
                shapes.fills.extend(rects)
            if op in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
                shapes.lines.extend(segments)
            rects.clear()
            segments.clear()
            clip[0] = False

    page.extract_text(visitor_operand_before=visit)
    return shapes
