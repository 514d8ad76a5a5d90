"""A deck as a spreadsheet and back: the template, import with problems by row and column, and export.

Layout of the sheet (CSV or the first sheet of an .xlsx), top to bottom:
- settings rows whose first cell starts with '#': ``#titel | Mijn set``, ``#bron | ...`` (one row per
  source), ``#categorie | id | naam | kleur | beschrijving | symbool``, ...; rows starting with '##' are comments;
- one header row with the column names (``titel``, ``tekst``, ``vraag1``..``vraagN`` or ``vragen``,
  ``opdracht``, ``categorie``, ``soort``, ``aantal``, ``afbeelding``, ``achterkant``, ``leeg``, ``id``,
  ``basis``: what the card rests on, one line per passage ``000: kop (p. 12)``, or ``eigen voorstel``);
- one row per card.
Nothing here writes a file: ``deck_from_rows`` gives the data of a deck (validated by the same model that
opening a deck uses) or raises FileProblems naming row and column.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .decks import CARD_SIZE_NAMES, MAX_CARDS, Deck
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem
from .sheetfiles import unprotect
from .symbols import SYMBOL_NAMES, SYMBOLS

COLUMNS = ["id", "titel", "tekst", "vragen", "opdracht", "categorie", "soort", "aantal", "afbeelding",
           "achterkant", "leeg", "loopt-al", "basis"]
ALIASES = {"title": "titel", "text": "tekst", "vraag": "vragen", "questions": "vragen", "assignment": "opdracht",
           "category": "categorie", "kind": "soort", "count": "aantal", "image": "afbeelding", "plaatje": "afbeelding",
           "back": "achterkant", "blank": "leeg", "underway": "loopt-al"}
SETTINGS = ["id", "titel", "beschrijving", "taal", "bron", "versie", "licentie", "kaartmaat", "achterkant-kleur",
            "achterkant-tekst", "categorie"]
SETTING_ALIASES = {"title": "titel", "description": "beschrijving", "language": "taal", "source": "bron",
                   "version": "versie", "licence": "licentie", "license": "licentie", "card-size": "kaartmaat",
                   "back-colour": "achterkant-kleur", "back-color": "achterkant-kleur", "back-text": "achterkant-tekst",
                   "category": "categorie"}
KINDS = {"kaart": "card", "card": "card", "": "card", "zo speel je": "instruction", "uitleg": "instruction",
         "instruction": "instruction", "over deze set": "credits", "credits": "credits", "let op": "note",
         "note": "note"}
KIND_WORDS = {"card": "kaart", "instruction": "zo speel je", "credits": "over deze set", "note": "let op"}
YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true"}
NO = {"nee", "n", "no", "0", "onwaar", "false", ""}
PALETTE = ["#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f", "#4e342e", "#ad1457"]
MAX_COPIES = 50
# The sheet's keywords in English (the reader understands both; the template follows the interface).
ENGLISH_COLUMNS = {value: key for key, value in ALIASES.items() if key not in ("vraag", "plaatje")}
ENGLISH_SETTINGS = {value: key for key, value in SETTING_ALIASES.items() if key not in ("license", "back-color")}
ENGLISH_WORDS = set(ENGLISH_COLUMNS.values())
ENGLISH_KIND_WORDS = {"card": "card", "instruction": "instruction", "credits": "credits", "note": "note"}


def _interface_english() -> bool:
    from ..base import i18n

    return i18n.language() == "en"


def _vocabulary(rows: list[list[str]]) -> bool:
    """True when the sheet is written with the English keywords (``title``, ``#language``), else False.
    Where it does not tell (no keyword either way), the interface language decides."""
    english = dutch = 0
    for row in rows:
        first = row[0].strip().lower() if row else ""
        if first.startswith("##"):
            continue
        if first.startswith("#"):
            key = first[1:].strip()
            english += key in SETTING_ALIASES and key not in SETTINGS
            dutch += key in SETTINGS and key not in SETTING_ALIASES
            continue
        cells = [c.strip().lower() for c in row]
        if not any(cells):
            continue
        english += sum(c in ENGLISH_WORDS or bool(re.fullmatch(r"question ?\d+", c)) for c in cells)
        dutch += sum(c in COLUMNS and c != "id" or bool(re.fullmatch(r"vraag ?\d+", c)) for c in cells)
        break  # the header row is the last that tells
    return english > dutch if english != dutch else _interface_english()


def _or_list(words: list[str]) -> str:
    """'a, b, c of d' (Dutch) / 'a, b, c or d' (English)."""
    if len(words) < 2:
        return "".join(words)
    return translate("Sheets", "{0} of {1}").format(", ".join(words[:-1]), words[-1])


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60] or "kaart"


@dataclass
class SheetReader:
    """Collects the problems of one sheet; names columns and settings as the sheet itself writes them."""

    name: str
    english: bool = False  # the sheet uses the English keywords (title, kind, #language, ...)
    problems: list[Problem] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # column -> its name in the sheet's header

    def column(self, name: str) -> str:
        """A column as the sheet calls it: its own header text, else the word of the sheet's language."""
        if name in self.labels:
            return self.labels[name]
        if self.english:
            if name.startswith("vraag") and name[5:].isdigit():
                return "question" + name[5:]
            return ENGLISH_COLUMNS.get(name, name)
        return name

    def setting(self, name: str) -> str:
        """A setting (without '#') as the sheet's language writes it."""
        return ENGLISH_SETTINGS.get(name, name) if self.english else name

    def where(self, row: int, column: str = "") -> str:
        if column:
            return translate("Sheets", "rij {0}, kolom {1}").format(row, column)
        return translate("Sheets", "rij {0}").format(row)

    def problem(self, row: int, message: str, column: str = "") -> None:
        self.problems.append(Problem(self.name, f"{self.where(row, column)}: {message}"))


def _column_name(raw: str) -> str:
    name = raw.strip().lower()
    if re.fullmatch(r"vraag ?\d+", name):
        return name.replace(" ", "")
    if re.fullmatch(r"question ?\d+", name):
        return "vraag" + name[len("question"):].strip()
    return ALIASES.get(name, name)


def _split_questions(cell: str) -> list[str]:
    return [line.strip(" -•\t") for line in cell.splitlines() if line.strip(" -•\t")]


OWN_WORDS = {"eigen voorstel", "eigen", "own suggestion", "own"}
NOTE_WORDS = ("noot:", "note:")
_PASSAGE = re.compile(r"^(?P<seed>\S+?)\s*:\s*(?P<heading>.+?)(?:\s*\(p\.?\s*(?P<page>\d+)\))?$")


def basis_cell(basis, english: bool = False) -> str:
    """A card's basis as one spreadsheet cell: a line per passage ('000: Kop (p. 12)'), 'eigen voorstel', and
    'noot: ...' for the note."""
    if basis is None:
        return ""
    lines = ["own suggestion" if english else "eigen voorstel"] if basis.own else []
    lines += [f"{p.seed}: {p.heading}" + (f" (p. {p.page})" if p.page else "") for p in basis.passages]
    if basis.note:
        lines.append(("note: " if english else "noot: ") + basis.note)
    return "\n".join(lines)


def _basis(reader: SheetReader, row: int, cell: str) -> dict | None:
    """The basis of a card from its cell (see basis_cell); a line that is none of those is a problem (then
    None is returned)."""
    basis: dict = {}
    for line in (line.strip() for line in cell.splitlines()):
        if not line:
            continue
        if line.lower() in OWN_WORDS:
            basis["own"] = True
        elif line.lower().startswith(NOTE_WORDS):
            basis["note"] = line.split(":", 1)[1].strip()
        elif match := _PASSAGE.match(line):
            passage = {"seed": match["seed"], "heading": match["heading"]}
            if match["page"]:
                passage["page"] = int(match["page"])
            basis.setdefault("passages", []).append(passage)
        else:
            reader.problem(row, translate("Sheets", "'{0}' is geen passage; schrijf per regel 'bron: kop (p. 12)', "
                                                    "bijvoorbeeld '000: Jezelf zijn', of 'eigen voorstel'").format(line),
                           reader.column("basis"))
            return None
    return basis


def _yes(reader: SheetReader, row: int, column: str, cell: str) -> bool:
    value = cell.strip().lower()
    if value in YES:
        return True
    if value not in NO:
        reader.problem(row, translate("Sheets", "'{0}' is geen ja of nee").format(cell), reader.column(column))
    return False


def _settings(reader: SheetReader, rows: list[tuple[int, list[str]]]) -> tuple[dict, list[dict]]:
    deck: dict = {}
    categories: list[dict] = []
    for number, row in rows:
        key = row[0].strip()[1:].strip().lower()
        key = SETTING_ALIASES.get(key, key)
        values = [unprotect(c.strip()) for c in row[1:]]
        value = values[0] if values else ""
        if key not in SETTINGS:
            known = [reader.setting(name) for name in SETTINGS]
            hint = difflib.get_close_matches(key, known, n=1) or [
                reader.setting(name) for name in difflib.get_close_matches(key, SETTINGS, n=1)]
            if hint:
                message = translate("Sheets", "onbekende instelling '#{0}' (bedoel je '#{1}'?)").format(key, hint[0])
            else:
                message = translate("Sheets", "onbekende instelling '#{0}'; bekend zijn: {1}").format(
                    key, ", ".join("#" + name for name in known))
            reader.problem(number, message)
        elif key == "bron":
            if value:
                deck.setdefault("source", []).append(value)
        elif key == "categorie":
            cat_id, name, colour, description, symbol = (values + ["", "", "", "", ""])[:5]
            if not name and not cat_id:
                reader.problem(number, translate("Sheets", "een categorie heeft een id of een naam nodig"))
                continue
            entry = {"id": cat_id or slug(name), "name": name or cat_id}
            entry["colour"] = colour or PALETTE[len(categories) % len(PALETTE)]
            if description:
                entry["description"] = description
            if symbol:
                found = _symbol(symbol)
                if found is None:
                    names = list(SYMBOLS) if reader.english else list(SYMBOL_NAMES.values())
                    reader.problem(number, translate("Sheets", "symbool '{0}' bestaat niet; kies uit {1}").format(
                        symbol, ", ".join(names)), translate("Sheets", "symbool"))
                else:
                    entry["symbol"] = found
            categories.append(entry)
        elif value:
            target = {"id": "id", "titel": "title", "beschrijving": "description", "taal": "language",
                      "versie": "version", "licentie": "licence"}.get(key)
            if target:
                deck[target] = value
            elif key == "kaartmaat":
                if value.lower() not in CARD_SIZE_NAMES:
                    reader.problem(number, translate("Sheets", "kaartmaat '{0}' bestaat niet; kies uit {1}").format(
                        value, ", ".join(CARD_SIZE_NAMES)))
                else:
                    deck["default_size"] = value.lower()
            elif key == "achterkant-kleur":
                deck.setdefault("back", {})["colour"] = value
            elif key == "achterkant-tekst":
                deck.setdefault("back", {})["text"] = value
    return deck, categories


def _symbol(text: str) -> str | None:
    """A symbol by its Dutch name or its id in the deck format ('ster' or 'star')."""
    word = text.strip().lower()
    if word in SYMBOLS:
        return word
    return next((key for key, name in SYMBOL_NAMES.items() if name == word), None)


def _header(reader: SheetReader, number: int, row: list[str]) -> dict[str, list[int]]:
    columns: dict[str, list[int]] = {}
    for index, raw in enumerate(row):
        if not raw.strip():
            continue
        name = _column_name(raw)
        if name not in COLUMNS and not re.fullmatch(r"vraag\d+", name):
            known = [reader.column(column) for column in COLUMNS]
            hint = difflib.get_close_matches(raw.strip().lower(), known, n=1) or [
                reader.column(column) for column in difflib.get_close_matches(name, COLUMNS, n=1)]
            if hint:
                message = translate("Sheets", "onbekende kolom (bedoel je '{0}'?)").format(hint[0])
            else:
                message = translate("Sheets", "onbekende kolom; bekend zijn: {0}").format(", ".join(known))
            reader.problem(number, message, raw.strip())
            continue
        columns.setdefault(name, []).append(index)
        reader.labels.setdefault(name, raw.strip())
    if "titel" not in columns:
        reader.problem(number, translate("Sheets", "de kolom '{0}' ontbreekt in de kopregel").format(
            reader.column("titel")))
    return columns


def deck_from_rows(rows: list[list[str]], name: str, fallback_title: str | None = None,
                   pictures_from: Path | None = None) -> Deck:
    """The deck a sheet describes; raises FileProblems with 'rij N, kolom X: ...' (in the interface
    language, naming columns as the sheet does) for everything wrong. With ``pictures_from`` (the
    sheet's folder) every picture a card names is checked there too (core/decks/pictures.py); nothing is read
    but their headers."""
    from ..base import i18n

    reader = SheetReader(name, english=_vocabulary(rows))
    settings_rows, header, cards = [], None, []
    for number, row in enumerate(rows, 1):
        first = row[0].strip() if row else ""
        if first.startswith("##") or not any(c.strip() for c in row):
            continue
        if header is None and first.startswith("#"):
            settings_rows.append((number, row))
        elif header is None:
            header = (number, row)
        else:
            cards.append((number, row))
    if header is None:
        raise FileProblems([Problem(name, translate("Sheets", "er staat geen kopregel in (een rij met onder meer "
                                                               "'{0}')").format(reader.column("titel")))])
    deck, categories = _settings(reader, settings_rows)
    # What the sheet leaves out is filled in the deck's language: its '#taal', else the language of the
    # sheet's keywords (an English sheet makes an English deck), else the interface language.
    deck.setdefault("language", "en" if reader.english else "nl")
    with i18n.speaking(deck["language"] if deck["language"] in i18n.LANGUAGES else i18n.language()):
        default_category = translate("Sheets", "kaarten")
        default_title = translate("Sheets", "Mijn kaartenset")
        default_source = translate("Sheets", "eigen set")
    columns = _header(reader, *header)
    card_list = _cards(reader, columns, cards, categories, default_category)
    card_rows = [card.pop("_row") for card in card_list]  # kept aside for messages by row
    if pictures_from is not None:
        _check_pictures(reader, card_list, card_rows, pictures_from)
    if not card_list and not reader.problems:
        reader.problem(header[0] + 1, translate("Sheets", "er staan geen kaarten onder de kopregel"))
    deck.setdefault("title", fallback_title or default_title)
    deck.setdefault("id", slug(deck["title"]))
    deck.setdefault("source", [default_source])
    deck.setdefault("back", {}).setdefault("colour", "#37474f")
    deck["back"].setdefault("text", deck["title"])
    data = {"format_version": 1, **deck, "categories": categories, "cards": card_list}
    if reader.problems:
        raise FileProblems(reader.problems)
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        raise FileProblems(_row_problems(reader, exc, card_rows)) from None
    from .deckwrite import deck_yaml, too_big_problem

    too_big = too_big_problem(deck_yaml(deck).encode("utf-8"), name)  # it would not open again
    if too_big is not None:
        raise FileProblems([too_big])
    return deck


CARD_COLUMNS = {"title": "titel", "text": "tekst", "questions": "vragen", "assignment": "opdracht",
                "category": "categorie", "kind": "soort", "image": "afbeelding", "back": "achterkant", "blank": "leeg",
                "underway": "loopt-al", "basis": "basis"}
DECK_SETTINGS = {"title": "#titel", "id": "#id", "description": "#beschrijving", "language": "#taal",
                 "source": "#bron", "version": "#versie", "licence": "#licentie", "back": "#achterkant-kleur",
                 "categories": "#categorie"}


def _row_problems(reader: SheetReader, exc: ValidationError, card_rows: list[int]) -> list[Problem]:
    """The model's problems (as for a deck file) told by row and column of the sheet."""
    from ..base.problems import explain_validation_error

    found = []
    for problem, error in zip(explain_validation_error(exc, reader.name), exc.errors()):
        loc = error.get("loc", ())
        message = problem.message
        if len(loc) >= 2 and loc[0] == "cards" and isinstance(loc[1], int) and loc[1] < len(card_rows):
            column = reader.column(CARD_COLUMNS.get(str(loc[2]), str(loc[2]))) if len(loc) > 2 else ""
            where = reader.where(card_rows[loc[1]], column)
        elif loc:
            setting = DECK_SETTINGS.get(str(loc[0]))
            where = translate("Sheets", "instelling {0}").format(
                "#" + reader.setting(setting[1:]) if setting else str(loc[0]))
        else:
            where = translate("Sheets", "de set")
        found.append(Problem(reader.name, f"{where}: {message}"))
    return found


def _check_pictures(reader: SheetReader, cards: list[dict], card_rows: list[int], folder: Path) -> None:
    from .pictures import PictureProblem, check_picture

    seen: set[str] = set()
    for card, row in zip(cards, card_rows):
        image = card.get("image")
        if not image or image in seen:
            continue
        seen.add(image)
        try:
            check_picture(folder, image, "sheet")
        except PictureProblem as exc:
            reader.problem(row, exc.message, reader.column("afbeelding"))


def _cards(reader: SheetReader, columns: dict[str, list[int]], rows, categories: list[dict],
           default_category: str) -> list[dict]:
    def cell(row: list[str], column: str) -> str:
        indexes = columns.get(column, [])
        return unprotect(row[indexes[0]].strip()) if indexes and indexes[0] < len(row) else ""

    question_columns = sorted((c for c in columns if c.startswith("vraag") and c != "vragen"),
                              key=lambda c: int(c[5:]))
    by_name = {c["name"].lower(): c["id"] for c in categories} | {c["id"]: c["id"] for c in categories}
    cards: list[dict] = []
    used: set[str] = set()
    for number, row in rows:
        title = cell(row, "titel")
        blank = _yes(reader, number, "leeg", cell(row, "leeg"))
        if not title:
            reader.problem(number, translate("Sheets", "leeg"), reader.column("titel"))
            continue
        category_text = cell(row, "categorie") or default_category
        category = by_name.get(category_text.lower())
        if category is None:
            category = slug(category_text)
            categories.append({"id": category, "name": category_text,
                               "colour": PALETTE[len(categories) % len(PALETTE)]})
            by_name[category_text.lower()] = by_name[category] = category
        kind = KINDS.get(cell(row, "soort").lower())
        if kind is None:
            words = [f"'{word}'" for word in (ENGLISH_KIND_WORDS if reader.english else KIND_WORDS).values()]
            reader.problem(number, translate("Sheets", "'{0}' is geen soort; kies {1}").format(
                cell(row, "soort"), _or_list(words)), reader.column("soort"))
            continue
        copies_text = cell(row, "aantal") or "1"
        if not copies_text.isdigit() or not 1 <= int(copies_text) <= MAX_COPIES:
            reader.problem(number, translate("Sheets", "'{0}' is geen aantal van 1 tot {1}").format(
                copies_text, MAX_COPIES), reader.column("aantal"))
            continue
        questions = _split_questions(cell(row, "vragen"))
        questions += [q for q in (cell(row, c) for c in question_columns) if q]
        card = {"_row": number, "category": category, "title": title, "kind": kind}
        for column, key in (("tekst", "text"), ("opdracht", "assignment"), ("afbeelding", "image"),
                            ("achterkant", "back")):
            if cell(row, column):
                card[key] = cell(row, column)
        if questions:
            card["questions"] = questions
        if blank:
            card["blank"] = True
        if _yes(reader, number, "loopt-al", cell(row, "loopt-al")):
            card["underway"] = True  # asks about work under way: a route for a new team skips it
        if cell(row, "basis"):
            basis = _basis(reader, number, cell(row, "basis"))
            if basis is None:
                continue
            if basis:
                card["basis"] = basis
        base = cell(row, "id") or slug(title)
        copies = int(copies_text)
        if len(cards) + copies > MAX_CARDS:
            reader.problem(number, translate("Sheets", "hier wordt de set te groot: meer dan {0} kaarten (elke kaart "
                                                       "zo vaak als 'aantal' zegt). Splits de set in kleinere "
                                                       "sets.").format(MAX_CARDS))
            break
        for copy in range(1, copies + 1):
            card_id = base if copies == 1 else f"{base}-{copy}"
            while card_id in used:
                if cell(row, "id") and copies == 1:
                    reader.problem(number, translate("Sheets", "de id '{0}' staat er al; elke kaart heeft een eigen "
                                                             "id").format(card_id), reader.column("id"))
                    break
                card_id += "-x"
            used.add(card_id)
            cards.append({"id": card_id, **card})
    return cards


def _keyword(word: str, english: bool) -> str:
    """A sheet keyword (column 'titel', setting '#titel', kind 'kaart', 'ja') in the language of the sheet."""
    if not english:
        return word
    if word.startswith("#"):
        return "#" + ENGLISH_SETTINGS.get(word[1:], word[1:])
    if word.startswith("vraag") and word[5:].isdigit():
        return "question" + word[5:]
    return ENGLISH_COLUMNS.get(word, {"kaart": "card", "ja": "yes"}.get(word, word))


def rows_from_deck(deck: Deck) -> tuple[list[list[str]], int]:
    """The sheet of a deck (settings, header, one row per card) and the number of its header row.
    The keywords follow the interface language (the reader understands both)."""
    english = _interface_english()

    def key(word: str) -> str:
        return _keyword(word, english)

    kind_words = ENGLISH_KIND_WORDS if english else KIND_WORDS
    rows: list[list[str]] = [
        [translate("Sheets", "## Reflectiespel-kaartenset. Rijen met # zijn instellingen; daaronder de kopregel en "
                             "één rij per kaart.")],
        [key("#id"), deck.id], [key("#titel"), deck.title], [key("#beschrijving"), deck.description],
        [key("#taal"), deck.language],
    ]
    rows += [[key("#bron"), source] for source in deck.sources]
    rows += [[key("#versie"), deck.version], [key("#licentie"), deck.licence], [key("#kaartmaat"), deck.default_size],
             [key("#achterkant-kleur"), deck.back.colour], [key("#achterkant-tekst"), deck.back.text]]
    rows += [[key("#categorie"), c.id, c.name, c.colour, c.description,
              (c.symbol if english else SYMBOL_NAMES[c.symbol]) if c.symbol else ""] for c in deck.categories]
    width = max([1] + [len(card.questions) for card in deck.cards])
    question_columns = [key(f"vraag{i}") for i in range(1, width + 1)]
    header = [key(word) for word in ("id", "titel", "tekst")] + question_columns + [
        key(word) for word in ("opdracht", "categorie", "soort", "aantal", "afbeelding", "achterkant", "leeg",
                               "loopt-al")] + (["basis"] if any(card.basis for card in deck.cards) else [])
    rows.append(header)
    header_row = len(rows)
    yes = key("ja")
    for card in deck.cards:
        questions = list(card.questions) + [""] * (width - len(card.questions))
        rows.append([card.id, card.title, card.text, *questions, card.assignment or "",
                     deck.category(card.category).name, kind_words[card.kind], "1", card.image or "",
                     card.back or "", yes if card.blank else "", yes if card.underway else "",
                     *([basis_cell(card.basis, english)] if header[-1] == "basis" else [])])
    return rows, header_row


# The example rows of the spreadsheet template; the free texts are translated (template_rows), the keywords
# (#titel, the column names, 'kaart') are what the reader understands and stay as they are.
TEMPLATE_ROWS = [
    [QT_TRANSLATE_NOOP("SheetTemplate", "## Vul per kaart één rij in. Alleen 'titel' is verplicht. Meer vragen? "
                                        "Zet ze onder elkaar in 'vragen' (Alt+Enter) of gebruik kolommen "
                                        "vraag1, vraag2, ...")],
    ["#titel", QT_TRANSLATE_NOOP("SheetTemplate", "Onze waarden")],
    ["#beschrijving", QT_TRANSLATE_NOOP("SheetTemplate", "Wat vinden wij belangrijk in ons werk?")],
    ["#bron", QT_TRANSLATE_NOOP("SheetTemplate", "Workshop van het team, november 2026")],
    ["#kaartmaat", "poker"],
    ["#achterkant-kleur", "#1f4e5f"],
    ["titel", "tekst", "vragen", "opdracht", "categorie", "soort", "aantal", "afbeelding"],
    [QT_TRANSLATE_NOOP("SheetTemplate", "Samen beginnen"),
     QT_TRANSLATE_NOOP("SheetTemplate", "Een nieuw project begint met kennismaken: wie doet mee en waarom?"),
     QT_TRANSLATE_NOOP("SheetTemplate", "Wat wil jij leren van de ander?\nHoe merk je dat iemand zich welkom voelt?"),
     QT_TRANSLATE_NOOP("SheetTemplate", "Vertel elkaar in twee minuten waarom je hier bent."),
     QT_TRANSLATE_NOOP("SheetTemplate", "Start"), "kaart", "1", ""],
    [QT_TRANSLATE_NOOP("SheetTemplate", "Wat mis je?"),
     QT_TRANSLATE_NOOP("SheetTemplate", "Schrijf hier een waarde die nog ontbreekt."),
     QT_TRANSLATE_NOOP("SheetTemplate", "Waarom is dit voor jou belangrijk?"),
     "", QT_TRANSLATE_NOOP("SheetTemplate", "Eigen kaarten"), "kaart", "3", ""],
]


def template_rows() -> list[list[str]]:
    """TEMPLATE_ROWS with its example texts in the interface language (keywords unchanged)."""
    english = _interface_english()
    keywords = set(COLUMNS) | {"#" + name for name in SETTINGS} | {"kaart"}
    return [[_keyword(cell, english) if cell in keywords else
             translate("SheetTemplate", cell) if cell else cell for cell in row] for row in TEMPLATE_ROWS]


TEMPLATE_HEADER_ROW = 7
