"""reflectiespel: reflection sessions, card decks and the social-artistic axis."""

__version__ = "0.1.0"
