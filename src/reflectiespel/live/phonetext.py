"""Every word the phone page shows, in the room's language (plain Python, no Qt, no web code).

The page (page/index.html) is a template: ``{{key}}`` becomes the text below in the session's language
(HTML-escaped), ``{{lang}}`` the language code for ``<html lang>``, and ``{{texts}}`` the whole table as
JSON in a data block that app.js reads for what it writes itself (``t("key", ...)``, ``{0}`` filled in
there). The texts are Dutch sources in the one catalogue (context "phone"), so the English page is
checked for completeness like the rest of the app (scripts/translations.py check).
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources

from ..core.base.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, speaking, translate

PHONE_TEXTS = {
    # the page itself (index.html)
    "join_title": QT_TRANSLATE_NOOP("phone", "Doe mee"),
    "no_script": QT_TRANSLATE_NOOP("phone", "Meedoen lukt alleen als JavaScript aanstaat in je browser. Zet het "
                                            "aan in de instellingen en laad de pagina opnieuw, of doe mee op papier."),
    "code_label": QT_TRANSLATE_NOOP("phone", "Code van het scherm"),
    "name_label": QT_TRANSLATE_NOOP("phone", "Je naam (mag ook een schuilnaam)"),
    "join_button": QT_TRANSLATE_NOOP("phone", "Meedoen"),
    "locked": QT_TRANSLATE_NOOP("phone", "De begeleider heeft deze stap op slot gezet."),
    "turn_text_label": QT_TRANSLATE_NOOP("phone", "Wat wil je dat er bewaard blijft? (mag leeg)"),
    "turn_done": QT_TRANSLATE_NOOP("phone", "Klaar, de volgende"),
    "turn_pass": QT_TRANSLATE_NOOP("phone", "Ik pas"),
    "token_label": QT_TRANSLATE_NOOP("phone", "Welke praktijk?"),
    "board_label": QT_TRANSLATE_NOOP("phone", "Het bord: sleep je stip naar jullie plek, of gebruik de "
                                               "pijltjestoetsen"),
    "left": QT_TRANSLATE_NOOP("phone", "Naar links"),
    "right": QT_TRANSLATE_NOOP("phone", "Naar rechts"),
    "up": QT_TRANSLATE_NOOP("phone", "Omhoog"),
    "down": QT_TRANSLATE_NOOP("phone", "Omlaag"),
    "reason_label": QT_TRANSLATE_NOOP("phone", "Waarom hier?"),
    "place": QT_TRANSLATE_NOOP("phone", "Zet mijn stip hier"),
    "write_label": QT_TRANSLATE_NOOP("phone", "Jouw antwoord"),
    "send": QT_TRANSLATE_NOOP("phone", "Versturen"),
    # what app.js writes
    "unreachable": QT_TRANSLATE_NOOP("phone", "De laptop is niet bereikbaar. Zit je op hetzelfde wifi-netwerk?"),
    "failed": QT_TRANSLATE_NOOP("phone", "Dat lukte niet."),
    "removed": QT_TRANSLATE_NOOP("phone", "De begeleider heeft deze telefoon uit de sessie gehaald."),
    "reconnecting": QT_TRANSLATE_NOOP("phone", "Verbinding even weg; ik probeer het opnieuw…"),
    "joined": QT_TRANSLATE_NOOP("phone", "Je doet mee."),
    "joined_anonymous": QT_TRANSLATE_NOOP("phone", "Je doet mee. Deze sessie is anoniem: je naam wordt niet "
                                                   "bewaard."),
    "who": QT_TRANSLATE_NOOP("phone", "Je doet mee"),
    "who_named": QT_TRANSLATE_NOOP("phone", "Je doet mee als {0}"),
    "waiting": QT_TRANSLATE_NOOP("phone", "Nog even wachten op de eerste stap."),
    "where": QT_TRANSLATE_NOOP("phone", "{0} · stap {1} van {2}"),
    "budget": QT_TRANSLATE_NOOP("phone", "Je hebt nog {0} van de {1} stemmen."),
    "closing_question": QT_TRANSLATE_NOOP("phone", "Slotvraag: {0}"),
    "silent_label": QT_TRANSLATE_NOOP("phone", "Stille ronde: schrijf voor jezelf. De begeleider laat alles "
                                               "tegelijk zien."),
    "written_one": QT_TRANSLATE_NOOP("phone", "Je hebt 1 briefje geschreven."),
    "written_many": QT_TRANSLATE_NOOP("phone", "Je hebt {0} briefjes geschreven."),
    "vote_remove_label": QT_TRANSLATE_NOOP("phone", "Stem weghalen bij {0}"),
    "my_votes_label": QT_TRANSLATE_NOOP("phone", "Jouw stemmen: {0}"),
    "vote_add": QT_TRANSLATE_NOOP("phone", "+ stem"),
    "vote_add_label": QT_TRANSLATE_NOOP("phone", "Stem op {0}"),
    "chosen": QT_TRANSLATE_NOOP("phone", "Gekozen ✓"),
    "choose": QT_TRANSLATE_NOOP("phone", "Kies"),
    "unchoose_label": QT_TRANSLATE_NOOP("phone", "Keuze weghalen: {0}"),
    "choose_label": QT_TRANSLATE_NOOP("phone", "Kies {0}"),
    "my_turn": QT_TRANSLATE_NOOP("phone", "Jij bent aan de beurt"),
    "their_turn": QT_TRANSLATE_NOOP("phone", "{0} is aan de beurt"),
    "round_over": QT_TRANSLATE_NOOP("phone", "Iedereen is geweest. De laptop start een nieuw rondje."),
    "next": QT_TRANSLATE_NOOP("phone", "Daarna: {0}"),
    "passed": QT_TRANSLATE_NOOP("phone", "Je hebt gepast."),
    "thanks": QT_TRANSLATE_NOOP("phone", "Dank je. De volgende is aan de beurt."),
    "placed": QT_TRANSLATE_NOOP("phone", "Je stip staat op het bord: {0}."),
    # where the dot is, in words (after every move, and under the board): the axes' words, then the numbers
    "dot_where": QT_TRANSLATE_NOOP("phone", "Je stip: {0}."),
    "dot_unplaced": QT_TRANSLATE_NOOP("phone", "Je stip staat nog niet op het bord: sleep hem, of gebruik de "
                                               "pijlen."),
    "dot_numbers": QT_TRANSLATE_NOOP("phone", "{0} van 100 naar rechts, {1} van 100 omhoog"),
    "near": QT_TRANSLATE_NOOP("phone", "dicht bij {0}"),
    "between": QT_TRANSLATE_NOOP("phone", "tussen {0} en {1}"),
    "beyond": QT_TRANSLATE_NOOP("phone", "voorbij {0}"),
    "kept_silent": QT_TRANSLATE_NOOP("phone", "Bewaard tot de begeleider alles laat zien."),
    "sent": QT_TRANSLATE_NOOP("phone", "Verstuurd."),
    # the word cloud (live/page/input.js)
    "word_label": QT_TRANSLATE_NOOP("phone", "Woord {0}"),
    "words_send": QT_TRANSLATE_NOOP("phone", "Verstuur mijn woorden"),
    "word_label_one": QT_TRANSLATE_NOOP("phone", "Jouw woord"),
    "word_send": QT_TRANSLATE_NOOP("phone", "Verstuur mijn woord"),
    "my_words": QT_TRANSLATE_NOOP("phone", "Jouw woorden"),
    "words_left": QT_TRANSLATE_NOOP("phone", "Je kunt nog {0} van je {1} woorden sturen."),
    "words_left_one": QT_TRANSLATE_NOOP("phone", "Je kunt nog één woord sturen."),
    "words_all_sent": QT_TRANSLATE_NOOP("phone", "Je hebt al je woorden gestuurd. Kijk op het scherm."),
    "words_empty": QT_TRANSLATE_NOOP("phone", "Typ eerst een woord."),
    "word_sent": QT_TRANSLATE_NOOP("phone", "Je woord is verstuurd."),
    "words_sent": QT_TRANSLATE_NOOP("phone", "Je {0} woorden zijn verstuurd."),
    # the rating scale (live/page/input.js)
    "rate_help": QT_TRANSLATE_NOOP("phone", "Geef elke vraag een cijfer van 0 tot 10: schuif, of gebruik de "
                                            "pijltjes. Je cijfer is bewaard zodra je loslaat."),
    "my_web": QT_TRANSLATE_NOOP("phone", "Jouw web"),
    "web_legend": QT_TRANSLATE_NOOP("phone", "Blauw: jouw cijfers. Oranje: het midden van de groep (bij een vraag "
                                             "met minstens drie cijfers). Alleen jij ziet jouw web."),
    "web_legend_own": QT_TRANSLATE_NOOP("phone", "Blauw: jouw cijfers. Alleen jij ziet jouw web."),
    "group_word": QT_TRANSLATE_NOOP("phone", "groep"),
    "not_rated": QT_TRANSLATE_NOOP("phone", "nog geen cijfer"),
    "rated": QT_TRANSLATE_NOOP("phone", "{0}: {1} bewaard."),
    # the step's clock (live/page/clock.js)
    "clock_label": QT_TRANSLATE_NOOP("phone", "Klok: nog {0}"),
    "clock_over": QT_TRANSLATE_NOOP("phone", "De tijd is om."),
    "clock_paused": QT_TRANSLATE_NOOP("phone", "De klok staat stil."),
    # the idea wall (live/page/input.js)
    "idea_label": QT_TRANSLATE_NOOP("phone", "Jouw idee (kort, zoals op een briefje)"),
    "idea_send": QT_TRANSLATE_NOOP("phone", "Zet mijn idee op de muur"),
    "ideas_left": QT_TRANSLATE_NOOP("phone", "Je kunt nog {0} van de {1} ideeën op de muur zetten."),
    "ideas_all_sent": QT_TRANSLATE_NOOP("phone", "Je hebt al je ideeën op de muur gezet."),
    "wall_title": QT_TRANSLATE_NOOP("phone", "De muur: stem op de beste ideeën"),
    "idea_votes": QT_TRANSLATE_NOOP("phone", "{0} stemmen"),
    "idea_vote_one": QT_TRANSLATE_NOOP("phone", "1 stem"),
    "no_ideas": QT_TRANSLATE_NOOP("phone", "Nog geen ideeën op de muur."),
    "idea_empty": QT_TRANSLATE_NOOP("phone", "Schrijf eerst je idee op."),
    "idea_sent": QT_TRANSLATE_NOOP("phone", "Je idee staat op de muur."),
    # screened input (issue #29.3): it reaches the facilitator first
    "idea_screened": QT_TRANSLATE_NOOP("phone", "Je idee is bij de begeleider; die zet het op de muur."),
    "idea_waiting": QT_TRANSLATE_NOOP("phone", "Wacht op de begeleider."),
    "words_screened": QT_TRANSLATE_NOOP("phone", "Verstuurd. De begeleider laat je woorden zo zien."),
}

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def phone_texts(language: str) -> dict[str, str]:
    """key -> text in ``language`` (on this thread only: the server's thread)."""
    with speaking(language):
        return {key: translate("phone", text) for key, text in PHONE_TEXTS.items()}


@lru_cache(maxsize=len(LANGUAGES))
def phone_page(language: str) -> bytes:
    """index.html with every text in ``language``; an unknown language gets the source (Dutch) page."""
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    texts = phone_texts(language)
    data = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    template = (resources.files(__package__) / "page" / "index.html").read_text(encoding="utf-8")

    def fill(match: re.Match) -> str:
        key = match.group(1)
        if key == "lang":
            return language
        if key == "texts":
            return data
        return html.escape(texts[key])  # a key the table lacks fails loudly (tests/live/test_phone_english.py)

    return _PLACEHOLDER.sub(fill, template).encode("utf-8")
