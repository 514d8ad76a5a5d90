"""Add a step by hand: title, instruction, kind, deck and cards, minutes for the timer."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
                               QSpinBox, QWidget)

from ...core.decks.library import Library
from ...core.sessions.session import Step
from ...core.sessions.stepkinds import DEFAULT_KIND, KINDS


class StepDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(self.tr("Stap toevoegen"))
        self.library = library
        self.title = QLineEdit(self)
        self.title.setObjectName("stepTitle")
        self.title.setAccessibleName(self.tr("Titel van de stap"))
        self.instruction = QPlainTextEdit(self)
        self.instruction.setObjectName("stepInstruction")
        self.instruction.setAccessibleName(self.tr("Uitleg voor de groep"))
        self.instruction.setMaximumHeight(110)
        self.instruction.setTabChangesFocus(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("stepKind")
        self.kind.setAccessibleName(self.tr("Soort stap"))
        for kind in sorted(KINDS.values(), key=lambda k: k.key != DEFAULT_KIND):  # the plain one first
            self.kind.addItem(kind.title(), kind.key)
        self.deck = QComboBox(self)
        self.deck.setObjectName("stepDeck")
        self.deck.setAccessibleName(self.tr("Kaartenset"))
        self.deck.addItem(self.tr("(geen kaarten)"), None)
        for deck in library.decks:
            self.deck.addItem(deck.title, deck.id)
        self.cards = QComboBox(self)
        self.cards.setObjectName("stepCards")
        self.cards.setAccessibleName(self.tr("Welke kaarten"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("stepMinutes")
        self.minutes.setAccessibleName(self.tr("Minuten"))
        self.minutes.setRange(0, 600)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.deck.currentIndexChanged.connect(self._fill_cards)
        form = QFormLayout(self)
        form.addRow(self.tr("Titel:"), self.title)
        form.addRow(self.tr("Uitleg:"), self.instruction)
        form.addRow(self.tr("Soort:"), self.kind)
        form.addRow(self.tr("Kaartenset:"), self.deck)
        form.addRow(self.tr("Kaarten:"), self.cards)
        form.addRow(self.tr("Klok:"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill_cards()

    def _fill_cards(self) -> None:
        self.cards.clear()
        deck_id = self.deck.currentData()
        if deck_id is None:
            return
        deck = self.library.get(deck_id)
        self.cards.addItem(self.tr("Alle kaarten ({0})").format(len(deck.play_cards)), "all")
        playable = {card.category for card in deck.play_cards}
        for category in (c for c in deck.categories if c.id in playable):
            self.cards.addItem(self.tr("Categorie: {0}").format(category.name), f"category:{category.id}")
        for card in deck.play_cards:
            self.cards.addItem(card.title, card.id)

    def step(self) -> Step:
        deck_id = self.deck.currentData()
        card_ids: list[str] = []
        if deck_id is not None:
            deck = self.library.get(deck_id)
            choice = self.cards.currentData()
            if choice == "all":
                card_ids = [c.id for c in deck.play_cards]
            elif isinstance(choice, str) and choice.startswith("category:"):
                card_ids = [c.id for c in deck.play_cards if c.category == choice.split(":", 1)[1]]
            elif choice:
                card_ids = [choice]
        title = self.title.text().strip() or self.tr("Nieuwe stap")
        return Step(kind=self.kind.currentData(), title=title[:300], instruction=self.instruction.toPlainText().strip(),
                    deck_id=deck_id, card_ids=card_ids, minutes=self.minutes.value())


class EditStepDialog(QDialog):
    """Change a step's title, instruction and minutes (the cards stay as they are)."""

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("editStepDialog")
        self.setWindowTitle(self.tr("Stap wijzigen"))
        self.title = QLineEdit(step.title, self)
        self.title.setObjectName("editStepTitle")
        self.title.setAccessibleName(self.tr("Titel van de stap"))
        self.title.setMaxLength(300)
        self.instruction = QPlainTextEdit(step.instruction, self)
        self.instruction.setObjectName("editStepInstruction")
        self.instruction.setAccessibleName(self.tr("Uitleg voor de groep"))
        self.instruction.setTabChangesFocus(True)
        self.instruction.setMinimumWidth(420)
        self.instruction.setMaximumHeight(140)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("editStepMinutes")
        self.minutes.setAccessibleName(self.tr("Minuten"))
        self.minutes.setRange(0, 600)
        self.minutes.setValue(step.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout(self)
        form.addRow(self.tr("Titel:"), self.title)
        form.addRow(self.tr("Uitleg:"), self.instruction)
        form.addRow(self.tr("Klok:"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.selectAll()
        self.title.setFocus()

    def values(self) -> dict:
        return {"title": self.title.text().strip() or self.tr("Nieuwe stap"),
                "instruction": self.instruction.toPlainText().strip(), "minutes": self.minutes.value()}
