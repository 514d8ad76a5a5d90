"""What the room reads, in the console's own font, under a preview too small to read (#24).

The preview is the projection made small: on a 1024×768 laptop its smallest letters are 6–8 px. This
panel says the same words at the console's size: the step, the card's title, its text, questions and
assignment (or the step's own text), and whether the room sees black or the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..screencard import CUT, INK, front_blocks
from .projection import ProjectionView


def _label(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a card's words are text, never markup
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class RoomText(QScrollArea):
    """The preview's words, readable: shown by the console while the preview's letters are smaller than
    its own (``needed``)."""

    def __init__(self, preview: ProjectionView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomText")
        self.setAccessibleName(self.tr("Wat de zaal leest"))
        self.preview = preview
        self.controller = preview.controller
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows stay with presenting
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(2, 2, 2, 2)
        self.step_label = _label(inner)
        self.step_label.setObjectName("roomTextStep")
        self.instruction_label = _label(inner)
        self.instruction_label.setObjectName("roomTextInstruction")
        self.title_label = _label(inner, bold=True)
        self.title_label.setObjectName("roomTextTitle")
        self.body_label = _label(inner)
        self.body_label.setObjectName("roomTextBody")
        for label in self.labels():
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(inner)
        for signal in (self.controller.changed, self.controller.moved):
            signal.connect(self.refresh)
        for signal in (self.controller.black_changed, self.controller.tally_changed, self.controller.large_changed):
            signal.connect(lambda _on: self.refresh())
        self.refresh()

    def labels(self) -> list[QLabel]:
        return [self.step_label, self.instruction_label, self.title_label, self.body_label]

    def refresh(self) -> None:
        c = self.controller
        step, shown = c.step, c.card()
        session = c.session
        where, instruction, title, body = "", "", "", ""
        if step is not None:
            where = self.tr("De zaal ziet stap {0}: {1}").format(session.steps.index(step) + 1, step.title)
            if shown is not None and not c.large and not c.black and not c.tally_shown:
                instruction = step.instruction  # under the step's title, as on the room's screen
        if c.black:
            title = self.tr("Zwart scherm (B: weer aan)")
        elif step is None:
            title = self.tr("Nog geen stappen in deze sessie")
        elif c.tally_shown:
            title = self.tr("De uitslag van deze stap")
        elif shown is not None:
            deck, card = shown
            blocks = front_blocks(deck, card, INK)
            title = blocks[0].text
            if c.large:  # Groot beeld: the title and the text, the questions stay on the console
                body = deck.card_text(card) or (card.questions[0] if card.questions else "")
            else:
                body = "\n".join(block.text.strip() for block in blocks[1:] if block.role)
        else:
            body = self.preview.step_text(step) if not (c.large and step.instruction) else step.instruction
        self.step_label.setText(where)
        self.instruction_label.setText(instruction)
        self.instruction_label.setVisible(bool(instruction))
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.body_label.setText(body)
        self.body_label.setVisible(bool(body))

    def needed(self, width: int) -> bool:
        """Whether a preview ``width`` px wide shows letters smaller than the console's own."""
        painted = self.preview.painted_for  # the sizes are for the canvas of the last paint
        sizes = [px for role, px in self.preview.sizes.items() if role != CUT]
        if not sizes or painted.isEmpty():  # before a paint: the instruction's size
            painted, sizes = self.preview.canvas(), [self.preview.canvas().height() * 0.034]
        return min(sizes) * width / max(1, painted.width()) < QFontInfo(self.font()).pixelSize()
