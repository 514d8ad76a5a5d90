"""Which card of a deck is showing, in which order, and which side is up."""

from __future__ import annotations

import random

from .decks import Card, Deck


class CardCursor:
    """Walks through a deck: next, previous, jump, flip, shuffle. Holds no Qt and no files."""

    def __init__(self, deck: Deck, cards: list[Card] | None = None):
        self.deck = deck
        self.order: list[Card] = list(cards if cards is not None else deck.cards)
        self.index = 0
        self.flipped = False

    @property
    def card(self) -> Card | None:
        return self.order[self.index] if self.order else None

    @property
    def position(self) -> str:
        return f"{self.index + 1} / {len(self.order)}" if self.order else "0 / 0"

    def go(self, index: int) -> bool:
        if not self.order:
            return False
        index = max(0, min(index, len(self.order) - 1))
        moved = index != self.index
        self.index = index
        if moved:
            self.flipped = False
        return moved

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(self.index - 1)

    def jump(self, card_id: str) -> bool:
        for i, card in enumerate(self.order):
            if card.id == card_id:
                self.go(i)
                return True
        return False

    def flip(self) -> None:
        self.flipped = not self.flipped

    def shuffle(self, rng: random.Random | None = None) -> None:
        """A new order; the first card is one that was not showing, when there is a choice."""
        current = self.card
        (rng or random.Random()).shuffle(self.order)
        if current is not None and len(self.order) > 1 and self.order[0] is current:
            self.order[0], self.order[1] = self.order[1], self.order[0]
        self.index = 0
        self.flipped = False

    def restore_order(self) -> None:
        current = self.card
        self.order = list(self.deck.cards)
        self.index = self.order.index(current) if current in self.order else 0
