"""The social-artistic axis board: its definition and a group's positions on it."""
