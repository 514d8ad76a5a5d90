"""A session exported as Markdown (for an e-mail), CSV (for a spreadsheet) or JSON (for other tools).

See docs/export.md. CSV: UTF-8 with a byte order mark and ';' as delimiter, so that Excel in a Dutch
locale and LibreOffice open it with the accents intact and in columns. One row per note, vote, action
item, place on the board and card the group made. When the session is anonymous, no participant names
are written anywhere: a name typed in an action's "wie" becomes the participant's number
(``anonymised``), in the exports and in the report.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from datetime import date, datetime

from ..base.i18n import QT_TRANSLATE_NOOP, speaking, translate
from . import inputexport
from ..sessions.session import Session, Step, domain_name

FORMATS = ("md", "csv", "json")  # the spreadsheet is core/reports/workbook.py, which builds on this module
CSV_COLUMNS = ["soort", "stap", "stap_titel", "kaart", "deelnemer", "tekst", "stemmen", "wie", "wanneer",
               "status", "tijd", "plek"]
# Column names and JSON keys are written in the session's language ("kaart" / "card"); marked here for
# the catalogue, translated as they are written.
KEYS = (QT_TRANSLATE_NOOP("Export", "soort"), QT_TRANSLATE_NOOP("Export", "stap"),
        QT_TRANSLATE_NOOP("Export", "stap_titel"), QT_TRANSLATE_NOOP("Export", "kaart"),
        QT_TRANSLATE_NOOP("Export", "deelnemer"), QT_TRANSLATE_NOOP("Export", "tekst"),
        QT_TRANSLATE_NOOP("Export", "stemmen"), QT_TRANSLATE_NOOP("Export", "wie"),
        QT_TRANSLATE_NOOP("Export", "wanneer"), QT_TRANSLATE_NOOP("Export", "status"),
        QT_TRANSLATE_NOOP("Export", "tijd"), QT_TRANSLATE_NOOP("Export", "titel"),
        QT_TRANSLATE_NOOP("Export", "instructie"), QT_TRANSLATE_NOOP("Export", "kaarten"),
        QT_TRANSLATE_NOOP("Export", "keuzes"), QT_TRANSLATE_NOOP("Export", "notities"),
        QT_TRANSLATE_NOOP("Export", "actiepunten"), QT_TRANSLATE_NOOP("Export", "wat"),
        QT_TRANSLATE_NOOP("Export", "eigen_kaarten"), QT_TRANSLATE_NOOP("Export", "vragen"),
        QT_TRANSLATE_NOOP("Export", "opdracht"), QT_TRANSLATE_NOOP("Export", "versie"), QT_TRANSLATE_NOOP("Export", "taal"),
        QT_TRANSLATE_NOOP("Export", "sessie"), QT_TRANSLATE_NOOP("Export", "datum"),
        QT_TRANSLATE_NOOP("Export", "plaats"), QT_TRANSLATE_NOOP("Export", "groep"),
        QT_TRANSLATE_NOOP("Export", "begeleiding"), QT_TRANSLATE_NOOP("Export", "anoniem"),
        QT_TRANSLATE_NOOP("Export", "deelnemers"), QT_TRANSLATE_NOOP("Export", "naam"),
        QT_TRANSLATE_NOOP("Export", "domein"), QT_TRANSLATE_NOOP("Export", "stappen"),
        QT_TRANSLATE_NOOP("Export", "notitie"), QT_TRANSLATE_NOOP("Export", "stem"),
        QT_TRANSLATE_NOOP("Export", "actiepunt"), QT_TRANSLATE_NOOP("Export", "plek"),
        QT_TRANSLATE_NOOP("Export", "bord"), QT_TRANSLATE_NOOP("Export", "eigen kaart"),
        QT_TRANSLATE_NOOP("Export", "praktijk"), QT_TRANSLATE_NOOP("Export", "perspectief"),
        QT_TRANSLATE_NOOP("Export", "waarom"))


STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("Export", "open"), "done": QT_TRANSLATE_NOOP("Export", "gedaan"),
                "dropped": QT_TRANSLATE_NOOP("Export", "vervallen")}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def status_word(status: str) -> str:
    """An action item's status as a word of the session's language ('gedaan', 'done')."""
    return translate("Export", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def when_date(value: str, language: str) -> date | None:
    """The date in an action item's free 'wanneer' when it is only a date: 2026-04-12, or in a Dutch
    session 12-04-2026, 12/4/2026 or 12.4.2026 (day first, as Dutch people write it); otherwise None."""
    text = value.strip()
    found = _ISO_DATE.fullmatch(text)
    if found:
        year, month, day = (int(g) for g in found.groups())
    else:
        found = _DUTCH_DATE.fullmatch(text) if language == "nl" else None
        if not found:
            return None
        day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def wall_time(moment: datetime) -> datetime:
    """A note's time as the clock in the room showed it (the offset it was saved with dropped): what a
    spreadsheet can hold, and what the report prints."""
    return moment.replace(tzinfo=None, microsecond=0)


def _csv_when(value: str, language: str) -> str:
    found = when_date(value, language)
    return found.isoformat() if found else value


def _key(name: str) -> str:
    return translate("Export", name)


def in_session_language(write):
    """An export is written in the language its session was made in, as the report is."""
    @functools.wraps(write)
    def wrapped(session: Session, library=None) -> bytes:
        with speaking(session.language):
            return write(session, library)
    return wrapped


def _keyed(value):
    """Dict keys in the current language, all the way down."""
    if isinstance(value, dict):
        return {_key(k): _keyed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_keyed(v) for v in value]
    return value


def anonymised(session: Session, value: str) -> str:
    """Free text with the participants' names (full and first) replaced by 'Deelnemer n' when the
    session is anonymous; unchanged otherwise."""
    if not session.anonymous or not value:
        return value
    names: dict[str, str] = {}
    for participant in session.participants:
        full = participant.name.strip()
        if not full:
            continue
        alias = session.display_name(participant)
        names.setdefault(full, alias)
        first = full.split()[0]
        if len(first) >= 2:
            names.setdefault(first, alias)
    for name in sorted(names, key=len, reverse=True):
        value = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", names[name], value, flags=re.IGNORECASE)
    return value


def perspective_name(session: Session, perspective: str) -> str:
    """Who placed a practice: a participant (their name, or number when anonymous) or a domain."""
    if session.find_participant(perspective) is not None:
        return session.display_name(perspective)
    return domain_name(perspective)


def where(x: float, y: float) -> str:
    """A place on the board in words ('dicht bij kunst als middel, sturing gedeeld')."""
    try:
        from ..board.boarddef import describe_position, load_default_board

        return describe_position(load_default_board(), x, y)
    except Exception:  # noqa: BLE001 - a broken board file must not stop an export: then the numbers
        return f"{x:.2f}, {y:.2f}"


def board_lines(session: Session, step: Step) -> list[dict]:
    """Every placement on a step's board: practice, who (empty for the group), place in words, reason,
    and the place as numbers (x, y from 0 to 1)."""
    board = step.board
    tokens = {t.id: t.name for t in board.tokens}
    out = []
    for p in sorted(board.placements, key=lambda p: (list(tokens).index(p.token_id) if p.token_id in tokens
                                                      else len(tokens), p.perspective != "")):
        key = f"{p.token_id}@{p.perspective}" if p.perspective else p.token_id
        out.append({"practice": tokens.get(p.token_id, p.token_id),
                    "who": perspective_name(session, p.perspective) if p.perspective else "",
                    "where": where(p.x, p.y), "why": board.reasons.get(key, ""), "x": p.x, "y": p.y})
    return out


def group_card_text(card) -> str:
    parts = [card.text, *(f"• {q}" for q in card.questions)]
    if card.assignment:
        parts.append(translate("Export", "Opdracht: {0}").format(card.assignment))
    return "\n".join(part for part in parts if part)


def _who(session: Session, participant_id: str | None) -> str:
    if session.anonymous or not participant_id:
        return ""
    return session.display_name(participant_id)


def _card(session: Session, step: Step, card_id: str | None, library) -> str:
    return session.card_title(step, card_id, library) if card_id else ""


def rows(session: Session, library=None) -> list[dict[str, str]]:
    """One dict per note, vote and action item, with the CSV_COLUMNS as keys (kind values translated)."""
    out = []
    for number, step in enumerate(session.steps, 1):
        base = {"stap": str(number), "stap_titel": step.title}
        for note in step.notes:
            out.append({**base, "soort": _key("notitie"), "kaart": _card(session, step, note.card_id, library),
                        "deelnemer": _who(session, note.participant_id), "tekst": note.text,
                        "tijd": wall_time(note.time).isoformat(sep=" ", timespec="minutes")})
        for vote in step.votes:
            out.append({**base, "soort": _key("stem"), "kaart": _card(session, step, vote.target, library),
                        "deelnemer": _who(session, vote.participant_id), "stemmen": str(vote.count)})
        for action in step.actions:
            out.append({**base, "soort": _key("actiepunt"), "tekst": action.wat, "wie": anonymised(session, action.wie),
                        "wanneer": _csv_when(action.wanneer, session.language),
                        "status": status_word(action.status)})
        for line in board_lines(session, step):
            out.append({**base, "soort": _key("bord"), "kaart": line["practice"], "deelnemer": line["who"],
                        "tekst": line["why"], "plek": line["where"]})
        for card in step.group_cards:
            out.append({**base, "soort": _key("eigen kaart"), "kaart": card.title, "tekst": group_card_text(card)})
        out += inputexport.csv_rows(session, step, base)  # word cloud, ideas, ratings (issue #29)
    out += inputexport.engagement_csv(session)  # who took part per step, phone or facilitator (issue #29.7)
    return [{column: row.get(column, "") for column in CSV_COLUMNS} for row in out]


@in_session_language
def to_csv(session: Session, library=None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([_key(column) for column in CSV_COLUMNS])
    for row in rows(session, library):
        writer.writerow([_no_formula(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _no_formula(value: str) -> str:
    """A cell that starts with = + - @ TAB or CR could run as a formula in a spreadsheet (OWASP's list):
    a leading quote, as for deck sheets (core/sheetfiles.protect). A plain number such as -3 stays a number."""
    from ..decks.sheetfiles import protect

    return value if re.fullmatch(r"-?\d+", value) else protect(value)


@in_session_language
def to_json(session: Session, library=None) -> bytes:
    steps = []
    for _number, step in session.steps_that_ran():  # a step jumped over did not happen (#24)
        title = lambda card_id, step=step: _card(session, step, card_id, library)
        steps.append({
            "titel": step.title,
            "instructie": step.instruction,
            "kaarten": [title(c) for c in (step.shown or step.card_ids)],
            "keuzes": [{"deelnemer": _who(session, pid), "kaarten": [title(c) for c in cards]}
                       for pid, cards in step.choices.items()],
            "notities": [{"tekst": n.text, "tijd": n.time.isoformat(), "deelnemer": _who(session, n.participant_id),
                          "kaart": title(n.card_id)} for n in step.notes],
            "stemmen": [{"kaart": title(target), "stemmen": count} for target, count in step.ranked_votes()],
            "actiepunten": [{"wat": a.wat, "wie": anonymised(session, a.wie), "wanneer": a.wanneer,
                             "status": status_word(a.status)} for a in step.actions],
            "bord": [{"praktijk": b["practice"], "perspectief": b["who"], "plek": b["where"], "waarom": b["why"]}
                     for b in board_lines(session, step)],
            "eigen_kaarten": [{"titel": c.title, "tekst": c.text, "vragen": c.questions, "opdracht": c.assignment}
                              for c in step.group_cards],
            **inputexport.json_parts(session, step),
        })
    data = {
        "soort": "reflectiespel-export", "versie": 1, "taal": session.language,
        "sessie": {"titel": session.title, "datum": session.date.isoformat() if session.date else None,
                   "plaats": session.place, "groep": session.group, "begeleiding": session.facilitator,
                   "anoniem": session.anonymous},
        "deelnemers": [] if session.anonymous else [
            {"naam": session.display_name(p), "domein": domain_name(p.domain)}
            for p in session.participants],
        "stappen": steps,
        "deelname": inputexport.engagement_json(session),
    }
    return (json.dumps(_keyed(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Markdown that reads the same in python-markdown (MkDocs), pandoc, GitHub and as plain text in an e-mail.
# Only escapes that all three renderers undo are used: a backslash before \\ ` * _ [ > # + - . ) |
# (python-markdown honours no other backslash escape: "\\<" and "\\=" would show their backslash); where
# a character has no such escape (< & ~ ^ $ = :) and would still be read as structure, a numeric character
# reference, which all three show as the character. Everything else is left as typed, so an e-mail reader
# sees few backslashes.
_MD_INLINE = re.compile(
    r"\\"  # a backslash: before punctuation it escapes, before a letter pandoc reads LaTeX (and drops it)
    r"|[`*\[|]"  # code, emphasis, links, table cells
    r"|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"  # an underscore that is not inside a word
    r"|<(?=[A-Za-z/!?])"  # a tag, a comment, an autolink
    r"|&(?=#?[A-Za-z0-9]+;)")  # an entity
_MD_ENTITY = {"<": "&lt;", "&": "&amp;"}
_MD_PAIRED = {"~": "&#126;", "^": "&#94;", "$": "&#36;"}  # strike-through, sub/superscript, maths when paired
_MD_LIST = re.compile(r"^(\(?(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|#|@[\w-]*))([.)])(?=\s|$)")  # 1. a) (i) #.
_MD_BULLET = re.compile(r"^([-+])(?=[\s+=-]|$)")  # a bullet, a rule, a setext line, a grid table


def _md_line(line: str, paired: set[str]) -> str:
    line = _MD_INLINE.sub(lambda m: _MD_ENTITY.get(m.group(), "\\" + m.group()), line)
    for char in paired:
        line = line.replace(char, _MD_PAIRED[char])
    line = _MD_LIST.sub(r"\1\\\2", line)
    line = _MD_BULLET.sub(r"\\\1", line)
    if line[:1] in ("#", ">"):  # a heading, a quote
        line = "\\" + line
    elif re.fullmatch(r"=+\s*", line):  # a setext heading's underline
        line = "&#61;" + line[1:]
    elif re.match(r"[:~]\s", line):  # a definition (pandoc)
        line = {":": "&#58;", "~": "&#126;"}[line[0]] + line[1:]
    return re.sub(r"#+$", lambda m: "\\#" * len(m.group()), line)  # a closing sequence of a heading


def _md_lines(value: str) -> list[str]:
    """Each line of user text made literal for Markdown: nothing read as markup, nothing at the start of
    a line read as structure (list, heading, quote, code by indenting); an empty line kept as a
    no-break space, so it does not end the paragraph or list item it is in."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    paired = {char for char in _MD_PAIRED if text.count(char) > 1}
    return [_md_line(line.strip(" \t"), paired) or "\u00a0" for line in text.split("\n")]


def md(value: str) -> str:
    """User text that shows literally in Markdown: special characters escaped, line breaks kept."""
    return "  \n".join(_md_lines(value)) if value else ""


def md_item(value: str) -> str:
    """User text as the body of a list item: its further lines indented, so every renderer keeps them
    inside the item."""
    return "  \n    ".join(_md_lines(value)) if value else ""


def md_cell(value: str) -> str:
    """User text in one cell of a Markdown table: literal, on one line."""
    return " ".join(_md_lines(value)).replace("\u00a0", " ").strip() if value else ""


@in_session_language
def to_markdown(session: Session, library=None) -> bytes:
    lines = [f"# {md(session.title)}", ""]
    for label, value in ((translate("Export", "Datum"), session.date.isoformat() if session.date else ""),
                         (translate("Export", "Plaats"), session.place),
                         (translate("Export", "Groep"), session.group),
                         (translate("Export", "Begeleiding"), session.facilitator)):
        if value:
            lines.append(f"- **{label}:** {md(value)}")
    if session.anonymous:
        lines.append(translate("Export", "- **Deelnemers:** {0} (anoniem)").format(len(session.participants)))
    elif session.participants:
        names = ", ".join(md(session.display_name(p)) for p in session.participants)
        lines.append(translate("Export", "- **Deelnemers:** {0}").format(names))
    for number, step in session.steps_that_ran():  # numbered as in the agenda; a step jumped over is left out
        title = lambda card_id, step=step: md(_card(session, step, card_id, library))
        lines += ["", translate("Export", "## Stap {0}: {1}").format(number, md(step.title)), ""]
        if step.instruction:
            lines += ["  \n".join(f"*{line}*" if line.strip() else line for line in _md_lines(step.instruction)), ""]
        used = step.shown or step.card_ids
        if used:
            lines += [translate("Export", "Kaarten: {0}").format(", ".join(title(c) for c in used)), ""]
        for pid, cards in step.choices.items():  # a list after an empty line: python-markdown and pandoc
            who = _who(session, pid) or translate("Export", "Iemand")  # join it to the paragraph otherwise
            lines.append(translate("Export", "- {0} koos: {1}").format(md(who), ", ".join(title(c) for c in cards)))
        if step.notes:
            lines += ["", translate("Export", "### Notities"), ""]
            for note in step.notes:
                about = ", ".join(x for x in (md(_who(session, note.participant_id)), title(note.card_id)) if x)
                lines.append(f"- {md_item(note.text)}" + (f" ({about})" if about else ""))
        ranked = step.ranked_votes() if step.wall is None else []  # an idea wall: its own table
        if ranked:  # a table: a card title that starts with a number never turns into a nested list
            lines += ["", translate("Export", "### Stemmen"), "", translate("Export", "| Plaats | Kaart | Stemmen |"),
                      "|---|---|---|"]
            lines += [f"| {i} | {md_cell(_card(session, step, t, library))} | {n} |"
                      for i, (t, n) in enumerate(ranked, 1)]
        placed = board_lines(session, step)
        if placed:
            lines += ["", translate("Export", "### Het bord"), "",
                      translate("Export", "| Praktijk | Wie | Plek | Waarom |"), "|---|---|---|---|"]
            group = translate("Export", "de groep")
            lines += [f"| {md_cell(b['practice'])} | {md_cell(b['who'] or group)} | "
                      f"{md_cell(b['where'])} | {md_cell(b['why'])} |" for b in placed]
        lines += inputexport.markdown_lines(session, step, md_cell)
        if step.group_cards:
            lines += ["", translate("Export", "### Eigen kaarten")]
            for card in step.group_cards:
                lines += ["", f"**{md(card.title)}**", ""]
                if card.text:
                    lines += [md(card.text), ""]
                lines += [f"- {md_item(q)}" for q in card.questions]
                if card.assignment:
                    lines += ["", translate("Export", "*Opdracht:* {0}").format(md(card.assignment))]
    lines += inputexport.engagement_markdown(session, md_cell)
    actions = [a for step in session.steps for a in step.actions]
    if actions:
        lines += ["", translate("Export", "## Afspraken"), "", translate("Export", "| Wat | Wie | Wanneer |"),
                  "|---|---|---|"]
        lines += [f"| {md_cell(a.wat)} | {md_cell(anonymised(session, a.wie))} | {md_cell(a.wanneer)} |"
                  for a in actions]
    return ("\n".join(lines) + "\n").encode("utf-8")


def export(session: Session, fmt: str, library=None) -> bytes:
    if fmt == "md":
        return to_markdown(session, library)
    if fmt == "csv":
        return to_csv(session, library)
    if fmt == "json":
        return to_json(session, library)
    raise ValueError(fmt)
