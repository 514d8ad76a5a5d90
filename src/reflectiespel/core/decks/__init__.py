"""Decks: the card format, the library of decks, spreadsheets, pictures."""
