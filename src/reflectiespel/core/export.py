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

from .i18n import QT_TRANSLATE_NOOP, speaking, translate
from .session import Session, Step, domain_name

FORMATS = ("md", "csv", "json")
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
        from .boarddef import describe_position, load_default_board

        return describe_position(load_default_board(), x, y)
    except Exception:  # noqa: BLE001 - a broken board file must not stop an export: then the numbers
        return f"{x:.2f}, {y:.2f}"


def board_lines(session: Session, step: Step) -> list[dict[str, str]]:
    """Every placement on a step's board: practice, who (empty for the group), place in words, reason."""
    board = step.board
    tokens = {t.id: t.name for t in board.tokens}
    out = []
    for p in sorted(board.placements, key=lambda p: (list(tokens).index(p.token_id) if p.token_id in tokens
                                                      else len(tokens), p.perspective != "")):
        key = f"{p.token_id}@{p.perspective}" if p.perspective else p.token_id
        out.append({"practice": tokens.get(p.token_id, p.token_id),
                    "who": perspective_name(session, p.perspective) if p.perspective else "",
                    "where": where(p.x, p.y), "why": board.reasons.get(key, "")})
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
                        "tijd": note.time.isoformat()})
        for vote in step.votes:
            out.append({**base, "soort": _key("stem"), "kaart": _card(session, step, vote.target, library),
                        "deelnemer": _who(session, vote.participant_id), "stemmen": str(vote.count)})
        for action in step.actions:
            out.append({**base, "soort": _key("actiepunt"), "tekst": action.wat, "wie": anonymised(session, action.wie),
                        "wanneer": action.wanneer, "status": action.status})
        for line in board_lines(session, step):
            out.append({**base, "soort": _key("bord"), "kaart": line["practice"], "deelnemer": line["who"],
                        "tekst": line["why"], "plek": line["where"]})
        for card in step.group_cards:
            out.append({**base, "soort": _key("eigen kaart"), "kaart": card.title, "tekst": group_card_text(card)})
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
    from .sheetfiles import protect

    return value if re.fullmatch(r"-?\d+", value) else protect(value)


@in_session_language
def to_json(session: Session, library=None) -> bytes:
    steps = []
    for _number, step in session.steps_that_ran():  # a step jumped over did not happen (#24)
        title = lambda card_id: _card(session, step, card_id, library)  # noqa: E731
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
                             "status": a.status} for a in step.actions],
            "bord": [{"praktijk": b["practice"], "perspectief": b["who"], "plek": b["where"], "waarom": b["why"]}
                     for b in board_lines(session, step)],
            "eigen_kaarten": [{"titel": c.title, "tekst": c.text, "vragen": c.questions, "opdracht": c.assignment}
                              for c in step.group_cards],
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
    }
    return (json.dumps(_keyed(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~]|&(?=#?[A-Za-z0-9]+;))")  # & only where it would be an entity
_MD_LINE_START = re.compile(r"^([-+=]|\d+(?=[.)]))")  # a list, a setext heading line, a numbered list


def _md_lines(value: str) -> list[str]:
    """Each line of user text made literal for Markdown: specials escaped, nothing at the start of a line
    that Markdown reads as structure (list, heading, quote, code by indenting); an empty line kept
    as a no-break space, so it does not end the paragraph or list item it is in."""
    lines = []
    for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _MD_SPECIAL.sub(r"\\\1", line.lstrip(" \t"))
        line = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1),
                                  line)
        lines.append(line.rstrip(" \t") or "\u00a0")
    return lines


def md(value: str) -> str:
    """User text that shows literally in Markdown: special characters escaped, line breaks kept."""
    return "  \n".join(_md_lines(value)) if value else ""


def md_cell(value: str) -> str:
    """User text in one cell of a Markdown table: literal, on one line."""
    return " ".join(_md_lines(value)) if value else ""


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
        title = lambda card_id: md(_card(session, step, card_id, library))  # noqa: E731
        lines += ["", translate("Export", "## Stap {0}: {1}").format(number, md(step.title)), ""]
        if step.instruction:
            lines += [f"*{md(step.instruction)}*", ""]
        used = step.shown or step.card_ids
        if used:
            lines.append(translate("Export", "Kaarten: {0}").format(", ".join(title(c) for c in used)))
        for pid, cards in step.choices.items():
            who = _who(session, pid) or translate("Export", "Iemand")
            lines.append(translate("Export", "- {0} koos: {1}").format(md(who), ", ".join(title(c) for c in cards)))
        if step.notes:
            lines += ["", translate("Export", "### Notities"), ""]
            for note in step.notes:
                about = ", ".join(x for x in (md(_who(session, note.participant_id)), title(note.card_id)) if x)
                lines.append(f"- {md(note.text)}" + (f" ({about})" if about else ""))
        ranked = step.ranked_votes()
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
        if step.group_cards:
            lines += ["", translate("Export", "### Eigen kaarten")]
            for card in step.group_cards:
                lines += ["", f"**{md(card.title)}**", ""]
                if card.text:
                    lines += [md(card.text), ""]
                lines += [f"- {md(q)}" for q in card.questions]
                if card.assignment:
                    lines += ["" if card.questions else "", translate("Export", "*Opdracht:* {0}").format(
                        md(card.assignment))]
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
