"""A session exported as Markdown (for an e-mail), CSV (for a spreadsheet) or JSON (for other tools).

See docs/export.md. CSV: UTF-8 with a byte order mark and ';' as delimiter, so that Excel in a Dutch
locale and LibreOffice open it with the accents intact and in columns. One row per note, vote, action
item, place on the board and card the group made. When the session is anonymous, no participant names
are written anywhere: a name typed in an action's "wie" becomes the participant's number
(``anonymised``), in the exports and in the report.
"""

from __future__ import annotations

import csv
import io
import json
import re

from .session import DOMAIN_NAMES, Session, Step

FORMATS = ("md", "csv", "json")
CSV_COLUMNS = ["soort", "stap", "stap_titel", "kaart", "deelnemer", "tekst", "stemmen", "wie", "wanneer",
               "status", "tijd", "plek"]


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
    return DOMAIN_NAMES.get(perspective, perspective)


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
        parts.append(f"Opdracht: {card.assignment}")
    return "\n".join(part for part in parts if part)


def _who(session: Session, participant_id: str | None) -> str:
    if session.anonymous or not participant_id:
        return ""
    return session.display_name(participant_id)


def _card(session: Session, step: Step, card_id: str | None, library) -> str:
    return session.card_title(step, card_id, library) if card_id else ""


def rows(session: Session, library=None) -> list[dict[str, str]]:
    """One dict per note, vote and action item, with the CSV_COLUMNS as keys."""
    out = []
    for number, step in enumerate(session.steps, 1):
        base = {"stap": str(number), "stap_titel": step.title}
        for note in step.notes:
            out.append({**base, "soort": "notitie", "kaart": _card(session, step, note.card_id, library),
                        "deelnemer": _who(session, note.participant_id), "tekst": note.text,
                        "tijd": note.time.isoformat()})
        for vote in step.votes:
            out.append({**base, "soort": "stem", "kaart": _card(session, step, vote.target, library),
                        "deelnemer": _who(session, vote.participant_id), "stemmen": str(vote.count)})
        for action in step.actions:
            out.append({**base, "soort": "actiepunt", "tekst": action.wat, "wie": anonymised(session, action.wie),
                        "wanneer": action.wanneer, "status": action.status})
        for line in board_lines(session, step):
            out.append({**base, "soort": "bord", "kaart": line["practice"], "deelnemer": line["who"],
                        "tekst": line["why"], "plek": line["where"]})
        for card in step.group_cards:
            out.append({**base, "soort": "eigen kaart", "kaart": card.title, "tekst": group_card_text(card)})
    return [{column: row.get(column, "") for column in CSV_COLUMNS} for row in out]


def to_csv(session: Session, library=None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";", quoting=csv.QUOTE_MINIMAL,
                            lineterminator="\r\n")
    writer.writeheader()
    for row in rows(session, library):
        writer.writerow({k: _no_formula(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def _no_formula(value: str) -> str:
    """A cell that starts with = + - @ TAB or CR could run as a formula in a spreadsheet (OWASP's list):
    a leading quote, as for deck sheets (core/sheetfiles.protect). A plain number such as -3 stays a number."""
    from .sheetfiles import protect

    return value if re.fullmatch(r"-?\d+", value) else protect(value)


def to_json(session: Session, library=None) -> bytes:
    steps = []
    for step in session.steps:
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
        "soort": "reflectiespel-export", "versie": 1,
        "sessie": {"titel": session.title, "datum": session.date.isoformat() if session.date else None,
                   "plaats": session.place, "groep": session.group, "begeleiding": session.facilitator,
                   "anoniem": session.anonymous},
        "deelnemers": [] if session.anonymous else [
            {"naam": session.display_name(p), "domein": DOMAIN_NAMES.get(p.domain, p.domain)}
            for p in session.participants],
        "stappen": steps,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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


def to_markdown(session: Session, library=None) -> bytes:
    lines = [f"# {md(session.title)}", ""]
    for label, value in (("Datum", session.date.isoformat() if session.date else ""), ("Plaats", session.place),
                         ("Groep", session.group), ("Begeleiding", session.facilitator)):
        if value:
            lines.append(f"- **{label}:** {md(value)}")
    if session.anonymous:
        lines.append(f"- **Deelnemers:** {len(session.participants)} (anoniem)")
    elif session.participants:
        names = ", ".join(md(session.display_name(p)) for p in session.participants)
        lines.append(f"- **Deelnemers:** {names}")
    for number, step in enumerate(session.steps, 1):
        title = lambda card_id: md(_card(session, step, card_id, library))  # noqa: E731
        lines += ["", f"## Stap {number}: {md(step.title)}", ""]
        if step.instruction:
            lines += [f"*{md(step.instruction)}*", ""]
        used = step.shown or step.card_ids
        if used:
            lines.append("Kaarten: " + ", ".join(title(c) for c in used))
        for pid, cards in step.choices.items():
            who = _who(session, pid) or "Iemand"
            lines.append(f"- {md(who)} koos: " + ", ".join(title(c) for c in cards))
        if step.notes:
            lines += ["", "### Notities", ""]
            for note in step.notes:
                about = ", ".join(x for x in (md(_who(session, note.participant_id)), title(note.card_id)) if x)
                lines.append(f"- {md(note.text)}" + (f" ({about})" if about else ""))
        ranked = step.ranked_votes()
        if ranked:  # a table: a card title that starts with a number never turns into a nested list
            lines += ["", "### Stemmen", "", "| Plaats | Kaart | Stemmen |", "|---|---|---|"]
            lines += [f"| {i} | {md_cell(_card(session, step, t, library))} | {n} |"
                      for i, (t, n) in enumerate(ranked, 1)]
        placed = board_lines(session, step)
        if placed:
            lines += ["", "### Het bord", "", "| Praktijk | Wie | Plek | Waarom |", "|---|---|---|---|"]
            lines += [f"| {md_cell(b['practice'])} | {md_cell(b['who'] or 'de groep')} | {md_cell(b['where'])} | "
                      f"{md_cell(b['why'])} |" for b in placed]
        if step.group_cards:
            lines += ["", "### Eigen kaarten"]
            for card in step.group_cards:
                lines += ["", f"**{md(card.title)}**", ""]
                if card.text:
                    lines += [md(card.text), ""]
                lines += [f"- {md(q)}" for q in card.questions]
                if card.assignment:
                    lines += ["" if card.questions else "", f"*Opdracht:* {md(card.assignment)}"]
    actions = [a for step in session.steps for a in step.actions]
    if actions:
        lines += ["", "## Afspraken", "", "| Wat | Wie | Wanneer |", "|---|---|---|"]
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
