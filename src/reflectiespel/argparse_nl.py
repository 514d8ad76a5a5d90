"""argparse's own words (usage, help, errors) in Dutch, so that `reflectiespel --help` is Dutch all through.

argparse asks ``gettext`` for its messages; ``install(language)`` points it at this table for Dutch and
back at the plain English for English. Developer errors (bad parser definitions) stay English.
"""

from __future__ import annotations

import argparse
import gettext

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
}
DUTCH_PLURAL = {
    "expected %s argument": ("hier hoort %s waarde bij", "hier horen %s waarden bij"),
}


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    forms = DUTCH_PLURAL.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def install(language: str) -> None:
    """argparse speaks ``language`` from now on (nl: this table; anything else: argparse's English)."""
    if language == "nl":
        argparse._ = _dutch  # argparse looks these module globals up at call time
        argparse.ngettext = _dutch_plural
    else:
        argparse._ = gettext.gettext
        argparse.ngettext = gettext.ngettext
