"""Issue #16: every help text of the command line, down to the placeholders (metavars) and the option
spellings shown first, is in the language asked for."""

import re

import pytest

from reflectiespel.cli import main

COMMANDS = [[], ["decks"], ["decks", "list"], ["decks", "show"], ["decks", "validate"], ["decks", "template"],
            ["decks", "import"], ["decks", "export-sheet"], ["decks", "path"], ["print"], ["report"], ["export"],
            ["live"]]
DUTCH = re.compile(r"\b(TAAL|BESTAND|PAD|OPDRACHT|SET\.yaml|overschrijven|de|het|een|kaart|kaarten|sessie|bestand)\b")
ENGLISH = re.compile(r"\b(LANGUAGE|FILE|PATH|COMMAND|DECK\.yaml|the|show this help|usage)\b")


def help_of(capsys, *args) -> str:
    with pytest.raises(SystemExit):
        main([*args, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "reflectiespel")
def test_help_in_english_has_no_dutch_and_in_dutch_no_english(capsys, command):
    english = help_of(capsys, "--lang", "en", *command)
    # the Dutch spelling of --overwrite is accepted, and listed after the English one
    assert not DUTCH.search(english.replace("--overschrijven", "")), english
    dutch = help_of(capsys, "--lang", "nl", *command)
    assert not ENGLISH.search(dutch.replace("--overwrite", "")), dutch


def test_the_overwrite_option_is_shown_in_the_language_of_the_interface(capsys):
    english = help_of(capsys, "--lang", "en", "decks", "import")
    assert "[--overwrite]" in english and "--overwrite, --overschrijven" in english
    dutch = help_of(capsys, "--lang", "nl", "decks", "import")
    assert "[--overschrijven]" in dutch and "--overschrijven, --overwrite" in dutch
