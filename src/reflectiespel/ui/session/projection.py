"""What the room sees: the current card large, the instruction, the timer, the board, or black."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPainterPath, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..screencard import CUT, INK, PAPER, draw_within, front_blocks, paint_card, text_layout
from ...core.sessions.stepkinds import kind_of
from ...core.sessions.tally import step_tally
from .controller import SessionController
from .inputpaint import paint_input
from .tally import paint_tally

ROOM = QColor("#202124")
TEXT = QColor("#f5f5f5")
WARN = QColor("#ffb300")
LATE = QColor("#ef5350")
WIDE_TEXT = 1.15  # a card as wide as the beamer has room for bigger letters than a card on paper


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


class ProjectionView(QWidget):
    """Paints the projection from the controller. Used full screen and as the console's preview."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None,
                 board_factory=None):
        super().__init__(parent)
        self.setObjectName("projectionView")
        self.setAccessibleName(self.tr("Projectie"))
        self.controller = controller
        # a preview paints as if it were this size (the beamer's), scaled down: same lines, same breaks
        self.reference = None  # callable returning a QSize, or None: paint at the widget's own size
        self.sizes: dict[str, float] = {}  # pixel sizes of the last paint, on the room's screen
        self.painted_for = QSize()  # the canvas (the room's screen) those sizes are for
        self.lines: dict[str, list[str]] = {}  # the lines the instruction and the step text broke into
        self.words = 0  # how many words the card or step text of the last paint had
        self.card_shown = ""  # the title of the card the last paint showed ("" for none)
        self.input_drawn: dict = {}  # what the last paint drew of a step's input (ui/session/inputpaint.py)
        self.board = board_factory(self) if board_factory else None
        if self.board is not None:
            self.board.hide()
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        controller.black_changed.connect(lambda _on: self.refresh())
        controller.tally_changed.connect(lambda _on: self.refresh())
        controller.large_changed.connect(lambda _on: self.refresh())
        controller.timer_changed.connect(self.update)

    def refresh(self) -> None:
        self._place_board()
        self.update()

    def showing_board(self) -> bool:
        step = self.controller.step
        return (self.board is not None and step is not None and kind_of(step).board
                and not self.controller.black and not self.controller.tally_shown)

    def canvas(self) -> QSize:
        """The size this view lays out for: the beamer's for a preview, else its own."""
        size = self.reference() if self.reference is not None else None
        return size if size is not None and not size.isEmpty() else self.size()

    def _scale(self) -> float:
        return self.width() / max(1, self.canvas().width())

    def _regions(self) -> tuple[QRectF, QRectF, QRectF]:
        """(header with title and instruction, timer, main area), in canvas coordinates."""
        size = self.canvas()
        w, h = size.width(), size.height()
        header = QRectF(w * 0.03, h * 0.03, w * 0.76, h * 0.2)
        timer = QRectF(w * 0.8, h * 0.03, w * 0.17, h * 0.12)
        main = QRectF(w * 0.03, h * 0.25, w * 0.94, h * 0.72)
        step = self.controller.step
        if step is not None and kind_of(step).board:  # the board is the picture: as tall as it can be
            header = QRectF(w * 0.03, h * 0.02, w * 0.76, h * 0.16)
            timer = QRectF(w * 0.8, h * 0.02, w * 0.17, h * 0.1)
            main = QRectF(w * 0.03, h * 0.19, w * 0.94, h * 0.8)
        return header, timer, main

    def _place_board(self) -> None:
        if self.board is None:
            return
        if self.showing_board():
            main, scale = self._regions()[2], self._scale()
            self.board.setGeometry(QRectF(main.left() * scale, main.top() * scale,
                                          main.width() * scale, main.height() * scale).toRect())
            self.board.show()
        else:
            self.board.hide()

    def resizeEvent(self, event) -> None:
        self._place_board()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.controller.black:
            painter.fillRect(self.rect(), Qt.GlobalColor.black)
            return
        painter.fillRect(self.rect(), ROOM)
        painter.scale(self._scale(), self._scale())
        header, timer_rect, main = self._regions()
        step = self.controller.step
        canvas = self.canvas()
        h = canvas.height()
        self.sizes, self.lines, self.words, self.card_shown = {}, {}, 0, ""
        self.painted_for = canvas
        if step is None:
            self._text(painter, self.tr("Nog geen stappen in deze sessie"), QRectF(0, 0, canvas.width(), h),
                       h * 0.05, True)
            return
        shown = self.controller.card()
        board = self.showing_board() or kind_of(step).board
        collects = kind_of(step).collects  # a word cloud, idea wall or rating scale: the input is the picture
        large = self.controller.large
        title_layout, title_h = text_layout(step.title, _font(h * (0.07 if large else 0.055), True), header.width())
        painter.setPen(TEXT)
        title_layout.draw(painter, header.topLeft())
        if step.instruction and (shown is not None or board or collects) and not large:
            room = QRectF(header.left(), header.top() + title_h + h * 0.01, header.width(),
                          header.height() - title_h)
            self._fitted(painter, step.instruction, room, h * 0.034, role="instruction")
        self._paint_timer(painter, timer_rect)
        self.input_drawn = {}
        if self.controller.tally_shown and not collects:  # the result the facilitator revealed replaces the card
            paint_tally(painter, main, step_tally(self.controller.session, step, self.controller.library), h)
        elif collects:
            self.input_drawn = paint_input(painter, main, self.controller.session, step, h)
        elif shown is not None and large:
            self._paint_large_card(painter, main, h, *shown)
            self.card_shown = shown[1].title
        elif shown is not None:
            deck, card = shown
            self.card_shown = card.title
            # the card takes the whole width of the screen, its text grows with it (legible at the back)
            self.sizes.update(paint_card(painter, main, deck, card, text_scale=WIDE_TEXT))
            self.words = sum(len(block.text.split()) for block in front_blocks(deck, card, TEXT))
        elif not board:
            text = step.instruction if large and step.instruction else self.step_text(step)
            self._fitted(painter, text, main, h * (0.075 if large else 0.05), TEXT, role="body")
            self.words = len(text.split())

    def _paint_large_card(self, painter: QPainter, room: QRectF, h: float, deck, card) -> None:
        """Groot beeld: the category in words, the card's title and its text, as large as the screen allows;
        the questions stay on the console, to be read aloud one at a time. A card without text shows its
        first question."""
        outline = QPainterPath()
        outline.addRoundedRect(room, h * 0.02, h * 0.02)
        painter.fillPath(outline, PAPER)
        category = deck.category(card.category)
        band = QRectF(room.left(), room.top(), room.width(), h * 0.09)
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(band, QColor(category.colour))
        painter.restore()
        pad = h * 0.03
        painter.setPen(QColor("white"))
        painter.setFont(_font(h * 0.05, True))
        painter.drawText(band.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         category.name.upper())
        inner = room.adjusted(pad, band.height() + pad, -pad, -pad)
        body = deck.card_text(card) or (card.questions[0] if card.questions else "")
        title_px = h * 0.1
        while title_px > 12 and text_layout(card.title, _font(title_px, True), inner.width())[1] > inner.height() * 0.4:
            title_px *= 0.95
        layout, title_h = text_layout(card.title, _font(title_px, True), inner.width())
        painter.setPen(INK)
        layout.draw(painter, inner.topLeft())
        self.sizes["title"] = float(layout.font().pixelSize())
        if body:
            self._fitted(painter, body, inner.adjusted(0, title_h + pad, 0, 0), h * 0.075, INK, role="body")
        self.words = len(card.title.split()) + len(body.split())

    def step_text(self, step) -> str:
        """A step without a card: its instruction large, and what the group made in it."""
        lines = [step.instruction] if step.instruction else []
        if step.actions:
            lines.append("")
            earlier = set(self.controller.session.earlier_actions.carried) \
                if self.controller.session.earlier_actions is not None else set()
            states = {"open": self.tr("nog open"), "done": self.tr("gedaan"), "dropped": self.tr("vervallen")}
            lines += [f"• {a.wat}" + (f" — {a.wie}" if a.wie else "") + (f" ({a.wanneer})" if a.wanneer else "")
                      + (f" · {states[a.status]}" if a.id in earlier else "") for a in step.actions]
        if step.group_cards:
            lines.append("")
            lines += [f"▣ {card.title}" for card in step.group_cards]
        return "\n".join(lines)

    def clock_caption(self) -> str:
        """Under a stopped clock: 'klaar om te starten' when it never ran in this step, else 'gepauzeerd'."""
        countdown = self.controller.countdown
        if countdown.total <= 0 or countdown.running or countdown.finished:
            return ""
        return self.tr("klaar om te starten") if countdown.remaining >= countdown.total else self.tr("gepauzeerd")

    def _paint_timer(self, painter: QPainter, rect: QRectF) -> None:
        countdown = self.controller.countdown
        if countdown.total <= 0:
            return
        colour = LATE if countdown.finished else WARN if countdown.warning else TEXT
        if countdown.finished:  # the visual signal at zero: a filled red panel
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(239, 83, 80, 70))
            painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(colour)
        size = rect.height() * 0.7
        while size > 8 and QFontMetricsF(_font(size, True)).horizontalAdvance(countdown.text() + "0") > rect.width():
            size *= 0.9
        painter.setFont(_font(size, True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, countdown.text())
        caption = self.clock_caption()
        if caption:
            size = rect.height() * 0.18
            while size > 8 and QFontMetricsF(_font(size)).horizontalAdvance(caption) > rect.width():
                size *= 0.9
            painter.setFont(_font(size))
            painter.drawText(rect.adjusted(0, 0, 0, rect.height() * 0.35),
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, caption)

    def _fitted(self, painter: QPainter, text: str, room: QRectF, size: float, colour: QColor | None = None,
                role: str = "") -> float:
        while True:
            layout, height = text_layout(text, _font(size), room.width())
            if height <= room.height() or size <= 10:
                break
            size *= 0.95
        if role:
            self.sizes[role] = float(layout.font().pixelSize())
            self.lines[role] = [text.replace("\n", "\u2028")[line.textStart():line.textStart() + line.textLength()]
                                .rstrip("\u2028 ") for line in (layout.lineAt(i) for i in range(layout.lineCount()))]
        painter.setPen(colour or QColor("#d0d0d0"))
        if draw_within(painter, layout, room.topLeft(), room.bottom(), room.width()):
            self.sizes[CUT] = 1.0  # even the smallest size did not fit: the last line shown ends in '…'
        return size

    def _text(self, painter: QPainter, text: str, room: QRectF, size: float, bold: bool = False) -> None:
        layout, height = text_layout(text, _font(size, bold), room.width() * 0.8)
        painter.setPen(TEXT)
        layout.draw(painter, QPointF(room.left() + room.width() * 0.1, room.center().y() - height / 2))


class AspectFrame(QWidget):
    """Holds a ProjectionView at the beamer's shape (16:9 unless the beamer says otherwise), centred,
    so the preview breaks its lines where the room's screen does."""

    def __init__(self, view: ProjectionView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewFrame")
        self.view = view
        view.setParent(self)
        self.setMinimumSize(QSize(288, 162))
        self.on_resize = None  # called after a resize (the console shows the room's words when it is small)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        canvas = self.view.canvas()
        return round(width * canvas.height() / max(1, canvas.width()))

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def resizeEvent(self, event) -> None:
        self.place()
        super().resizeEvent(event)
        if self.on_resize is not None:
            self.on_resize()

    def eventFilter(self, watched, event) -> bool:
        """Installed on the room's view: its size is this preview's shape (a 4:3 beamer, a window), so a
        change there re-shapes the preview; before, a preview placed for 16:9 was cut off at the bottom."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            QTimer.singleShot(0, self, self.canvas_changed)  # with self: not after the console closed
        return False

    def canvas_changed(self) -> None:
        self.updateGeometry()  # the height for its width changed
        self.place()
        self.view.update()
        if self.on_resize is not None:
            self.on_resize()

    def place(self) -> None:
        canvas = self.view.canvas()
        ratio = canvas.width() / max(1, canvas.height())
        width = min(self.width(), round(self.height() * ratio))
        height = round(width / ratio)
        self.view.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)


class ProjectionWindow(QWidget):
    """The window for the room. It never takes the keyboard from the console (a window manager gives a new
    full-screen window the focus, and then a note's "b" would blacken the room): it does not accept the
    focus, shows without activating, and hands an activation it gets anyway back to the console.
    Its own keys (as in presentation software) act only where a system activates it all the same."""

    def __init__(self, controller: SessionController, board_factory=None, on_escape=None, console=None):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.console = console
        self.setObjectName("projectionWindow")
        self.setWindowTitle(self.tr("Reflectiespel – projectie"))
        self.controller = controller
        self.view = ProjectionView(controller, self, board_factory)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        keys = {
            Qt.Key.Key_Right: controller.go_next, Qt.Key.Key_Space: controller.go_next,
            Qt.Key.Key_PageDown: controller.go_next, Qt.Key.Key_Left: controller.go_previous,
            Qt.Key.Key_PageUp: controller.go_previous, Qt.Key.Key_B: controller.toggle_black,
            Qt.Key.Key_Period: controller.toggle_black, Qt.Key.Key_T: controller.toggle_timer,
            Qt.Key.Key_G: controller.toggle_large,
            Qt.Key.Key_Escape: on_escape or self.close,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.console is not None \
                and self.console.isVisible():
            self.console.activateWindow()  # the keys belong to the console
