"""`reflectiespel --smoke-test`: prove that an installed app has everything it needs, then exit.

Opens the main window, loads every built-in deck, werkvorm and route, renders one card on screen, one PDF
page and a session report in memory. Exit 0 when all of that works, 1 with the reason (in the interface language)
when something is missing.
Used by CI on the bundle (packaging/build) so that a missing data file or hidden import fails the build.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from collections.abc import Callable

from .core.base.i18n import QT_TRANSLATE_NOOP, translate


def _check_data() -> tuple[list[str], str]:
    """Load every built-in deck, werkvorm and route; returns (problems, summary)."""
    from .core.decks.library import Library
    from .core.routes.routes import load_routes
    from .core.sessions.templates import TemplateLibrary
    from .resources import builtin_decks_dir

    problems: list[str] = []
    builtin = builtin_decks_dir()
    nowhere = Path(tempfile.gettempdir()) / "reflectiespel-smoke-no-user-folder"
    library = Library(builtin, None).load()
    for entry in library.entries:
        problems += [translate("SmokeTest", "kaartenset {0}: {1}").format(entry.path.name, p) for p in entry.problems]
    templates = TemplateLibrary(builtin / "werkvormen", None).load()
    for entry in templates.entries:
        problems += [translate("SmokeTest", "werkvorm {0}: {1}").format(entry.path.name, p) for p in entry.problems]
    routes = load_routes(library, builtin / "routes", nowhere)
    for route in routes:
        problems += [translate("SmokeTest", "route {0}: {1}").format(route.path.name, p) for p in route.problems]
    if not library.decks:
        problems.append(translate("SmokeTest", "geen ingebouwde kaartensets gevonden in {0}").format(builtin))
    summary = translate("SmokeTest", "{0} kaartensets, {1} werkvormen, {2} routes").format(
        len(library.decks), len(templates.templates), sum(1 for r in routes if r.ok))
    return problems, summary


def _render_card(deck) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from .ui.screencard import paint_card

    image = QImage(400, 560, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    paint_card(painter, QRectF(0, 0, 400, 560), deck, deck.cards[0])
    painter.end()
    if all(image.pixel(x, y) == 0xFFFFFFFF for x in range(0, 400, 8) for y in range(0, 560, 8)):
        raise RuntimeError(translate("SmokeTest", "de kaart bleef leeg op het scherm"))


def _render_pdf(deck) -> None:
    from .pdf.deckpdf import PrintOptions, render_pdf

    data, result = render_pdf(deck, PrintOptions(), max_sheets=1)
    if not data.startswith(b"%PDF") or result.sheets < 1:
        raise RuntimeError(translate("SmokeTest", "de PDF met kaarten bleef leeg"))


def _render_report(library) -> str:
    from .core.sessions.templates import TemplateLibrary, new_session_from_template
    from .pdf.report import render_report
    from .resources import builtin_decks_dir

    template = TemplateLibrary(builtin_decks_dir() / "werkvormen", None).load().templates[0]
    session = new_session_from_template(template, library)
    data, _warnings = render_report(session, library=library)
    if not data.startswith(b"%PDF"):
        raise RuntimeError(translate("SmokeTest", "het verslag bleef leeg"))
    return template.title


def run_smoke_test(out: Callable[[str], None] = print) -> int:
    from .ui.launch import display_problem

    if display_problem():  # a check, not a window for a person: no screen is fine
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    steps: list[tuple[str, Callable[[], object]]] = []
    state: dict[str, object] = {}
    try:
        from PySide6.QtWidgets import QApplication

        from .ui.app import create_app, show_main_window
    except ImportError as exc:
        out(translate("SmokeTest", "MISLUKT: Qt kan niet worden geladen ({0})").format(exc))
        return 1

    def data() -> str:
        problems, summary = _check_data()
        if problems:
            raise RuntimeError("; ".join(problems))
        return summary

    def window() -> str:
        app = QApplication.instance() or create_app(["reflectiespel"])
        state["window"] = main = show_main_window(app)
        app.processEvents()
        if main is not None:
            main.wait_for_library()  # the decks load behind the shown window
        if main is None or not main.isVisible():
            raise RuntimeError(translate("SmokeTest", "het hoofdvenster is niet zichtbaar"))
        main.show_library()  # the library page is made when first opened: open it here
        if len(main.library_page.tiles) != len(main.library.shown_entries):
            raise RuntimeError(translate("SmokeTest", "de bibliotheek toont niet elke kaartenset"))
        return main.windowTitle()

    def card() -> str:
        deck = state["window"].library.decks[0]
        _render_card(deck)
        return deck.title

    def pdf() -> str:
        deck = state["window"].library.decks[0]
        _render_pdf(deck)
        return deck.title

    def report() -> str:
        return _render_report(state["window"].library)

    steps = [(QT_TRANSLATE_NOOP("SmokeTest", "gegevens"), data), (QT_TRANSLATE_NOOP("SmokeTest", "hoofdvenster"), window),
             (QT_TRANSLATE_NOOP("SmokeTest", "kaart op scherm"), card), (QT_TRANSLATE_NOOP("SmokeTest", "PDF-pagina"), pdf),
             (QT_TRANSLATE_NOOP("SmokeTest", "verslag"), report)]
    for name, step in steps:
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 - the whole point is to report any failure in words
            out(translate("SmokeTest", "MISLUKT bij {0}: {1}: {2}").format(
                translate("SmokeTest", name), type(exc).__name__, exc))
            return 1
        out(translate("SmokeTest", "in orde: {0} ({1})").format(translate("SmokeTest", name), detail))
    main = state.get("window")
    if main is not None:
        main.close()
    out(translate("SmokeTest", "Zelftest geslaagd."))
    return 0


if __name__ == "__main__":
    sys.exit(run_smoke_test())
