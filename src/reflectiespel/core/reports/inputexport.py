"""The step kinds of issue #29 in the exports (core/reports/export.py: CSV, Markdown, JSON; core/reports/workbook.py: a sheet
per kind). The report (pdf/reportinput.py) reads the same summaries, so paper and files agree. Written in
the session's language (the callers speak it); no names in an anonymous session. No Qt.
"""

from __future__ import annotations

from ..base.i18n import QT_TRANSLATE_NOOP, translate

# words written into the files (context "Export", in the session's language)
WORDS = (QT_TRANSLATE_NOOP("Export", "woord"), QT_TRANSLATE_NOOP("Export", "woordwolk"),
         QT_TRANSLATE_NOOP("Export", "aantal"), QT_TRANSLATE_NOOP("Export", "verborgen"),
         QT_TRANSLATE_NOOP("Export", "stopwoord"), QT_TRANSLATE_NOOP("Export", "samengevoegd"),
         QT_TRANSLATE_NOOP("Export", "ingevoerd_via"), QT_TRANSLATE_NOOP("Export", "cijfer"),
         QT_TRANSLATE_NOOP("Export", "schaal"), QT_TRANSLATE_NOOP("Export", "vraag"),
         QT_TRANSLATE_NOOP("Export", "cijfers"), QT_TRANSLATE_NOOP("Export", "mediaan"),
         QT_TRANSLATE_NOOP("Export", "laagste"), QT_TRANSLATE_NOOP("Export", "hoogste"),
         QT_TRANSLATE_NOOP("Export", "vorige_keer"), QT_TRANSLATE_NOOP("Export", "vorige_mediaan"),
         QT_TRANSLATE_NOOP("Export", "begeleider"), QT_TRANSLATE_NOOP("Export", "telefoon"),
         QT_TRANSLATE_NOOP("Export", "idee"), QT_TRANSLATE_NOOP("Export", "ideeen"),
         QT_TRANSLATE_NOOP("Export", "vastgepind"), QT_TRANSLATE_NOOP("Export", "deelname"),
         QT_TRANSLATE_NOOP("Export", "deden_mee"), QT_TRANSLATE_NOOP("Export", "via_telefoon"),
         QT_TRANSLATE_NOOP("Export", "via_begeleider"), QT_TRANSLATE_NOOP("Export", "anders"),
         QT_TRANSLATE_NOOP("Export", "namen"))


def _key(name: str) -> str:
    return translate("Export", name)


def word_status(word) -> str:
    """'verborgen' (the facilitator hid it), 'stopwoord' (not drawn), or '' (on the screen)."""
    if word.hidden:
        return _key("verborgen")
    if word.stop:
        return _key("stopwoord")
    return ""


def cloud_summary(session, step) -> list:
    """The counted words of a step (core/wordcloud.CloudWord), most people first; [] for another kind."""
    if step.cloud is None:
        return []
    from ..input.wordcloud import cloud_words

    return cloud_words(step, session.language)


def by_console(step) -> int:
    """How many of the step's words the facilitator entered (for people without a phone)."""
    from ..sessions.stepinput import CONSOLE

    return sum(1 for w in step.cloud.words if w.via == CONSOLE) if step.cloud is not None else 0


def wall_summary(step) -> list:
    """The ideas of a step's idea wall as they stand (core/ideas.WallIdea), most votes first; hidden ones too."""
    from ..input.ideas import wall

    return wall(step)


def idea_status(item) -> str:
    """'vastgepind', 'verborgen', both, or ''."""
    marks = [_key("vastgepind")] if item.idea.pinned else []
    if item.idea.hidden:
        marks.append(_key("verborgen"))
    return ", ".join(marks)


def scale_summary(step) -> list:
    """The spread of each row of a step's rating scale (core/ratings.Spread); [] for another kind."""
    from ..input.ratings import spreads

    return spreads(step)


def via_word(via) -> str:
    """Who typed it in: 'telefoon', 'begeleider', or '' when not known (an older file)."""
    return {"phone": _key("telefoon"), "console": _key("begeleider")}.get(via, "")


def _who(session, participant_id) -> str:
    """A name for the exports, none in an anonymous session (as core/reports/export.py does)."""
    if session.anonymous or not participant_id:
        return ""
    return session.display_name(participant_id)


def _marks(session, step):
    """(row, rating) for every mark of a step, in the order of the rows."""
    if step.scale is None:
        return []
    order = {row.id: i for i, row in enumerate(step.scale.rows)}
    rows = {row.id: row for row in step.scale.rows}
    return [(rows[r.row], r) for r in sorted(step.scale.ratings, key=lambda r: order.get(r.row, 0)) if r.row in rows]


# --- CSV ------------------------------------------------------------------------------------------
def csv_rows(session, step, base: dict) -> list[dict]:
    out = [{**base, "soort": _key("woord"), "tekst": w.label, "stemmen": str(w.count), "status": word_status(w)}
           for w in cloud_summary(session, step)]
    out += [{**base, "soort": _key("idee"), "tekst": w.idea.text, "deelnemer": _who(session, w.idea.participant_id),
             "stemmen": str(w.votes), "status": idea_status(w), "wie": via_word(w.idea.via)}
            for w in wall_summary(step)]
    out += [{**base, "soort": _key("cijfer"), "tekst": row.text, "deelnemer": _who(session, mark.participant_id),
             "stemmen": str(mark.value), "wie": via_word(mark.via)} for row, mark in _marks(session, step)]
    return out


# --- Markdown -------------------------------------------------------------------------------------
def markdown_lines(session, step, md_cell) -> list[str]:
    return cloud_markdown(session, step, md_cell) + wall_markdown(session, step, md_cell) + \
        scale_markdown(session, step, md_cell)


def wall_markdown(session, step, md_cell) -> list[str]:
    standing = wall_summary(step)
    if not standing:
        return []
    lines = ["", translate("Export", "### Ideeënmuur"), "", translate("Export", "| Idee | Stemmen | Status |"),
             "|---|---|---|"]
    for w in standing:
        text = w.idea.text + "".join(f" + {m.text}" for m in w.merged)
        lines.append(f"| {md_cell(text)} | {w.votes} | {md_cell(idea_status(w))} |")
    return lines


def cloud_markdown(session, step, md_cell) -> list[str]:
    words = cloud_summary(session, step)
    if not words:
        return []
    lines = ["", translate("Export", "### Woordwolk"), "",
             translate("Export", "| Woord | Genoemd door | Op het scherm |"), "|---|---|---|"]
    yes, no = translate("Export", "ja"), translate("Export", "nee")
    for word in words:
        shown = no + (f" ({word_status(word)})" if word_status(word) else "") if not word.drawn else yes
        label = word.label + (f" (+ {', '.join(word.members)})" if word.members else "")
        lines.append(f"| {md_cell(label)} | {word.count} | {shown} |")
    entered = by_console(step)
    if entered:
        lines += ["", translate("Export", "{0} woorden ingevoerd door de begeleider.").format(entered)]
    return lines


def scale_markdown(session, step, md_cell) -> list[str]:
    from ..input.ratings import fmt

    spread = scale_summary(step)
    if not spread:
        return []
    before = step.scale.before
    head = translate("Export", "| Vraag | Cijfers | Midden | Van – tot |")
    rule = "|---|---|---|---|"
    if before is not None:
        head += translate("Export", " Vorige keer |")
        rule += "---|"
    lines = ["", translate("Export", "### Schaal van 0 tot 10"), "", head, rule]
    for s in spread:
        line = (f"| {md_cell(s.row.text)} | {', '.join(map(str, s.values)) or '–'} | {fmt(s.median)} | "
                f"{fmt(s.lowest)} – {fmt(s.highest)} |")
        if before is not None:
            line += f" {fmt(s.median_before)} |"
        lines.append(line)
    if before is not None:
        lines += ["", translate("Export", "Vorige keer: {0}").format(md_cell(before.title))]
    return lines


# --- JSON -----------------------------------------------------------------------------------------
def json_parts(session, step) -> dict:
    parts: dict = {}
    words = cloud_summary(session, step)
    if words:
        parts["woordwolk"] = [{"woord": w.label, "aantal": w.count, "status": word_status(w),
                               "samengevoegd": w.members} for w in words]
    standing = wall_summary(step)
    if standing:
        parts["ideeen"] = [{"idee": w.idea.text, "stemmen": w.votes, "status": idea_status(w),
                            "samengevoegd": [m.text for m in w.merged]} for w in standing]
    spread = scale_summary(step)
    if spread:
        parts["schaal"] = [{"vraag": s.row.text, "cijfers": s.values, "mediaan": s.median, "laagste": s.lowest,
                            "hoogste": s.highest, "vorige_keer": s.before} for s in spread]
    return parts


# --- the workbook ---------------------------------------------------------------------------------
def cloud_sheet_rows(session, library):
    for number, step in enumerate(session.steps, 1):
        for word in cloud_summary(session, step):
            yield [number, step.title, word.label, word.count, word_status(word), ", ".join(word.members)]


def wall_sheet_rows(session, library):
    for number, step in enumerate(session.steps, 1):
        for w in wall_summary(step):
            yield [number, step.title, w.idea.text, w.votes, idea_status(w), "\n".join(m.text for m in w.merged),
                   via_word(w.idea.via)]


def scale_sheet_rows(session, library):
    for number, step in enumerate(session.steps, 1):
        for s in scale_summary(step):
            yield [number, step.title, s.row.text, s.count, s.median, s.lowest, s.highest,
                   ", ".join(map(str, s.values)), s.median_before]


def mark_sheet_rows(session, library):
    for number, step in enumerate(session.steps, 1):
        for row, mark in _marks(session, step):
            who = session.display_name(mark.participant_id) if mark.participant_id else ""  # 'Deelnemer 2' when anonymous
            yield [number, step.title, row.text, who, mark.value, via_word(mark.via)]


# --- engagement: who took part per step (issue #29.7) --------------------------------------------------------
def engagement_rows(session) -> list:
    from .engagement import engagement

    return [e for e in engagement(session) if e.total]


def engagement_csv(session) -> list[dict]:
    return [{"soort": _key("deelname"), "stap": str(e.number), "stap_titel": e.title, "stemmen": str(e.total),
             "tekst": translate("Export", "{0} via telefoon, {1} via begeleider").format(e.phone, e.console)}
            for e in engagement_rows(session)]


def engagement_json(session) -> list[dict]:
    from .engagement import names

    return [{"stap": e.number, "deden_mee": e.total, "via_telefoon": e.phone, "via_begeleider": e.console,
             "anders": e.other, **({} if session.anonymous else {"namen": names(session, e)})}
            for e in engagement_rows(session)]


def engagement_markdown(session, md_cell) -> list[str]:
    from .engagement import names

    found = engagement_rows(session)
    if not found:
        return []
    head = translate("Export", "| Stap | Deden mee | Telefoon | Via begeleider |")
    rule = "|---|---|---|---|"
    if not session.anonymous:
        head += translate("Export", " Wie |")
        rule += "---|"
    lines = ["", translate("Export", "## Deelname"), "", head, rule]
    for e in found:
        line = f"| {e.number}. {md_cell(e.title)} | {e.total} | {e.phone} | {e.console} |"
        if not session.anonymous:
            line += f" {md_cell(names(session, e))} |"
        lines.append(line)
    return lines


def engagement_sheet_rows(session, library):
    from .engagement import names

    for e in engagement_rows(session):
        yield [e.number, e.title, e.total, e.phone, e.console, e.other, names(session, e)]
