"""The report's text as a Word document (.docx), for coordinators who paste the outcome into their own
reports: the cover's facts, per step its instruction, cards, choices, notes, votes (a table) and the
board (the report's own drawing as a picture, and the places in a table), the group's own cards, and the
agreements as a table. Real headings (Kop 1, Kop 2), so Word's navigation pane and table of contents
work; the document's language is the session's, no author is written.

python-docx (and lxml under it) is imported only when a document is written.
"""

from __future__ import annotations

import io

from ..core.reports.export import anonymised, board_lines, status_word
from ..core.base.i18n import QT_TRANSLATE_NOOP, speaking, translate
from ..core.sessions.session import Session, Step, domain_name
from .report import LANGUAGE_TAGS, dutch_date, report_title

WORDS = (QT_TRANSLATE_NOOP("WordExport", "Eigen kaarten"), QT_TRANSLATE_NOOP("WordExport", "Opdracht:"),
         QT_TRANSLATE_NOOP("WordExport", "Status"), QT_TRANSLATE_NOOP("WordExport", "Kaarten:"),
         QT_TRANSLATE_NOOP("WordExport", "Deelnemers: {0} (dit verslag noemt geen namen)"))


def _w(text: str) -> str:
    return translate("WordExport", text)


def _r(text: str) -> str:
    return translate("Report", text)


def _safe(value: str) -> str:
    """Text Word can hold: XML 1.0 allows no control characters but tab and line breaks (the session
    model refuses them already; this keeps a hand-edited file from breaking the export)."""
    return "".join(c if c in "\t\n" or ord(c) >= 32 else " " for c in value)


def _paragraph(doc, text: str = "", style: str | None = None, bold_prefix: str = "", italic: bool = False,
               head_line: bool = False):
    """A paragraph of user text, line breaks kept; ``bold_prefix`` before it, on a line of its own when
    ``head_line``."""
    paragraph = doc.add_paragraph(style=style)
    if bold_prefix:
        prefix = paragraph.add_run(bold_prefix)
        prefix.bold = True
        if text and head_line:
            prefix.add_break()
        elif text:
            paragraph.add_run(" ")
    lines = _safe(text).split("\n")
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.italic = italic or None
        if number < len(lines) - 1:
            run.add_break()
    return paragraph


def _table(doc, header: list[str], rows: list[list[str]]):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = _safe(text)
    return table


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _set_language(doc, tag: str) -> None:
    """The language of all text (Word's spelling check and a screen reader's voice follow it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault"))
    properties = run_defaults.find(qn("w:rPr"))
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), tag)


def _board_picture(session: Session, step: Step, doc) -> None:
    from docx.shared import Cm

    from .boarddraw import BoardDrawing
    from .rasterise import flowable_png
    from .report import _perspective_name

    png = flowable_png(BoardDrawing(step.board, _perspective_name(session)), 453.0)
    doc.add_picture(io.BytesIO(png), width=Cm(16))
    doc.paragraphs[-1].runs[-1]._r.xpath("./w:drawing/wp:inline/wp:docPr")[0].set(
        "descr", _r("Het bord"))  # the picture's alternative text


def _cover(session: Session, doc) -> None:
    doc.add_heading(_safe(session.title), level=0)
    _paragraph(doc, _r("Verslag van de reflectiesessie"), style="Subtitle")
    for label, value in ((_r("Datum"), dutch_date(session.date)), (_r("Plaats"), session.place),
                         (_r("Groep"), session.group), (_r("Begeleiding"), session.facilitator)):
        if value and value.strip():
            _paragraph(doc, value, bold_prefix=f"{label}:")
    if session.anonymous:
        _paragraph(doc, _w("Deelnemers: {0} (dit verslag noemt geen namen)").format(len(session.participants)))
    elif session.participants:
        doc.add_heading(_r("Deelnemers"), level=2)
        for participant in session.participants:
            _paragraph(doc, f"{session.display_name(participant)} ({domain_name(participant.domain)})",
                       style="List Bullet")


def _step(session: Session, number: int, step: Step, library, doc) -> None:
    def title(card_id: str) -> str:
        return session.card_title(step, card_id, library)

    doc.add_heading(_safe(_r("Stap {0}: {1}").format(number, step.title)), level=1)
    if step.instruction.strip():
        _paragraph(doc, step.instruction, italic=True)
    used = step.shown or step.card_ids
    if used:
        _paragraph(doc, ", ".join(title(c) for c in used), bold_prefix=_w("Kaarten:"))
    if step.choices:
        doc.add_heading(_r("Gekozen kaarten"), level=2)
        for participant_id, cards in step.choices.items():
            chosen = ", ".join(title(c) for c in cards) or _r("geen")
            _paragraph(doc, chosen, style="List Bullet", bold_prefix=f"{session.display_name(participant_id)}:")
    if step.notes:
        doc.add_heading(_r("Notities"), level=2)
        for note in step.notes:
            about = [note.time.strftime("%H:%M")]
            if note.participant_id:
                about.append(session.display_name(note.participant_id))
            if note.card_id:
                about.append(_r("bij {0}").format(title(note.card_id)))
            _paragraph(doc, note.text, style="List Bullet", bold_prefix=" · ".join(about), head_line=True)
    ranked = step.ranked_votes() if step.wall is None else []  # an idea wall's votes: in its own table
    if ranked:
        doc.add_heading(_r("Stemmen"), level=2)
        _table(doc, [_r("Plaats"), _r("Kaart"), _r("Stemmen")],
               [[str(i), title(target), str(count)] for i, (target, count) in enumerate(ranked, 1)])
    board = step.board
    if board.tokens and (board.placements or board.snapshots):
        doc.add_heading(_r("Het bord"), level=2)
        _board_picture(session, step, doc)
        group = translate("Export", "de groep")
        lines = board_lines(session, step)
        if lines:
            _table(doc, [translate("Export", "praktijk").capitalize(), _r("Wie"),
                         translate("Export", "plek").capitalize(), translate("Export", "waarom").capitalize()],
                   [[b["practice"], b["who"] or group, b["where"], b["why"]] for b in lines])
    _input(session, step, doc)
    if step.group_cards:
        doc.add_heading(_w("Eigen kaarten"), level=2)
        for card in step.group_cards:
            _paragraph(doc, card.title).runs[0].bold = True
            if card.text:
                _paragraph(doc, card.text)
            for question in card.questions:
                _paragraph(doc, question, style="List Bullet")
            if card.assignment:
                _paragraph(doc, card.assignment, bold_prefix=_w("Opdracht:"))


def _input(session: Session, step: Step, doc) -> None:
    """A word cloud, idea wall or rating scale (issue #29) as tables, as in the PDF report."""
    from ..core.reports.inputexport import cloud_summary, idea_status, scale_summary, wall_summary, word_status
    from ..core.input.ratings import fmt

    words = cloud_summary(session, step)
    if words:
        doc.add_heading(_r("Woordwolk"), level=2)
        _table(doc, [_r("Woord"), _r("Genoemd door"), _r("Op het scherm")],
               [[w.label + (f" (+ {', '.join(w.members)})" if w.members else ""), str(w.count),
                 _r("ja") if w.drawn else _r("nee ({0})").format(word_status(w))] for w in words])
    standing = wall_summary(step)
    if standing:
        doc.add_heading(_r("Ideeënmuur"), level=2)
        _table(doc, [_r("Idee"), _r("Stemmen"), _r("Status")],
               [[w.idea.text + "".join(f"\n+ {m.text}" for m in w.merged), str(w.votes), idea_status(w)]
                for w in standing])
    spread = scale_summary(step)
    if spread:
        doc.add_heading(_r("Schaal van 0 tot 10"), level=2)
        _table(doc, [_r("Vraag"), _r("Cijfers"), _r("Midden"), _r("Vorige keer")],
               [[s.row.text, ", ".join(map(str, s.values)) or "–", fmt(s.median), fmt(s.median_before)]
                for s in spread])


def _engagement(session: Session, doc) -> None:
    """Who took part per step (issue #29.7): numbers, and names only when the session is not anonymous."""
    from ..core.reports.engagement import engagement, names

    found = [e for e in engagement(session) if e.total]
    if not found:
        return
    doc.add_heading(_r("Deelname"), level=1)
    header = [_r("Stap"), _r("Deden mee"), _r("Telefoon"), _r("Via begeleider")]
    if not session.anonymous:
        header.append(_r("Wie"))
    _table(doc, header, [[f"{e.number}. {e.title}", str(e.total), str(e.phone), str(e.console)]
                         + ([] if session.anonymous else [names(session, e)]) for e in found])


def render_docx(session: Session, library=None) -> bytes:
    """The report's text as .docx bytes, in the language the session was made in."""
    with speaking(session.language):
        return _render(session, library)


def _render(session: Session, library) -> bytes:
    import docx

    doc = docx.Document()
    properties = doc.core_properties
    properties.title = report_title(session)
    properties.subject = _r("Verslag van de reflectiesessie")
    properties.author = properties.last_modified_by = ""  # python-docx's template says 'python-docx'
    properties.comments = properties.keywords = properties.category = ""
    properties.language = LANGUAGE_TAGS.get(session.language, session.language)
    _set_language(doc, properties.language)
    _cover(session, doc)
    for number, step in session.steps_that_ran():  # as the PDF: a step jumped over is left out (#24)
        _step(session, number, step, library, doc)
    actions = [a for step in session.steps for a in step.actions]
    if actions:
        doc.add_heading(_r("Afspraken"), level=1)
        _table(doc, [_r("Wat"), _r("Wie"), _r("Wanneer"), _w("Status")],
               [[a.wat, anonymised(session, a.wie), a.wanneer, status_word(a.status)] for a in actions])
    _engagement(session, doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
