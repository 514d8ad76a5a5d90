"""Screenshots of the step kinds of issue #29 for docs/werkvormen.md and docs/live.md: the projection at
1920×1080 (word cloud, idea wall with pinned ideas, rating scale with the group's web, a screened step
before the reveal) and the phone page at 360 px in Debian's headless chromium (word cloud, idea wall with
upvotes, rating rows with one's own web, the clock).

Each picture starts from a built-in werkvorm (core/sessions/templates.py builds the session), filled with what ten
participants sent: most from phones, some entered by the facilitator (``via="console"``). The phone
pictures come from the real phone page, served on 127.0.0.1 as the live tests serve it
(tests/live/liveserving.py). Each PNG is quantized to a palette, so it stays small.

    uv run python scripts/input_screenshots.py [folder]   # default docs/img
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "live"))  # liveserving: the test's server on 127.0.0.1

PEOPLE = [("Anna", "cultuur"), ("Bram", "zorg"), ("Chris", "welzijn"), ("Dewi", "beleid"), ("Esra", "cultuur"),
          ("Femke", "zorg"), ("Gert", "welzijn"), ("Hanna", "inwoner"), ("Ilias", "onderwijs"), ("Joke", "anders")]
# who said what at the close of "Wat is belangrijk?"; the last three have no phone: the facilitator typed theirs
# (one word each: the step asks for one)
WORDS = [["verbinding"], ["Verbinding"], ["rust"], ["verbinding"], ["zingeving"], ["samen"], ["luisteren"],
         ["verbinding"], ["rust"], ["humor"]]
IDEAS = [  # (idea, by whom: index in PEOPLE, entered by the facilitator)
    ("Een vast overleg tussen bibliotheek en wijkteam, één keer per maand", 0, False),
    ("Bewoners vanaf het begin mee laten denken over het plan", 1, False),
    ("Een buurtkoor als ontmoetingsplek voor mantelzorgers", 4, False),
    ("Samen een aanvraag schrijven voor de cultuurregeling van de gemeente", 3, False),
    ("Kunstenaar meelopen met de wijkverpleging", 5, False),
    ("Resultaten niet alleen in cijfers, ook in verhalen", 7, True),
    ("Een gezamenlijke training voor sociaal werkers en kunstenaars", 2, False),
    ("Klein beginnen: één pilot in de Rivierenbuurt", 8, True),
]
UPVOTES = [0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 7, 1, 0, 6]  # idea index per vote, 18 of 30 votes
# marks for the six parts of positive health, one row of six per person
MARKS = [[7, 6, 8, 7, 5, 8], [5, 4, 6, 5, 6, 7], [8, 7, 9, 8, 7, 8], [6, 5, 7, 6, 4, 6], [9, 8, 8, 9, 8, 9],
         [4, 5, 6, 5, 5, 5], [7, 7, 7, 6, 6, 8], [6, 3, 5, 4, 3, 6], [8, 6, 7, 7, 6, 7]]
PHONE_MARKS = [6, 7, 8, 7, 4, 6]  # the phone's own web
SCREENED = [("Te weinig tijd voor overleg", 6, "phone", True), ("We kennen elkaars taal niet", 2, "phone", True),
            ("Geld komt pas als het project al loopt", 3, "phone", False),
            ("Ik weet niet wie ik bij de gemeente moet bellen", 0, "phone", False),
            ("Kunstenaars worden vaak niet betaald voor overleg", 4, "phone", False),
            ("Resultaten zijn lastig te laten zien", 7, "console", True)]


def small_png(data: bytes, path: Path) -> None:
    """Save a screenshot as a palette PNG (256 colours; the pictures have flat colours and text)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(f"{path.name}: {image.width}×{image.height}, {path.stat().st_size // 1024} kB")


def new_session(template_id: str, library, data: Path):
    from reflectiespel.core.sessions.templates import default_templates, new_session_from_template

    session = new_session_from_template(default_templates(data).get(template_id), library)
    ids = [session.add_participant(name, domain).value.id for name, domain in PEOPLE]
    return session, ids


def step_of(session, kind: str) -> tuple[int, object]:
    return next((i, s) for i, s in enumerate(session.steps) if s.kind == kind)


def fill_words(session, step, ids, people: int = len(PEOPLE)) -> None:
    from reflectiespel.core.input import wordcloud

    for number, (pid, words) in enumerate(zip(ids[:people], WORDS)):
        wordcloud.add_words(session, step.id, words, pid, via="console" if number >= 7 else "phone")


def fill_ideas(session, step, ids) -> list:
    from reflectiespel.core.input import ideas

    made = [ideas.add_idea(session, step.id, text, ids[who], via="console" if typed else "phone").value
            for text, who, typed in IDEAS]
    for number, target in enumerate(UPVOTES):
        voter = ids[number % len(ids)]
        ideas.upvote(session, step.id, voter, made[target].id, via="phone" if number % 4 else "console")
    return made


def fill_marks(session, step, ids, people: int = len(MARKS)) -> None:
    from reflectiespel.core.input import ratings

    for number, (pid, marks) in enumerate(zip(ids[:people], MARKS)):
        for row, value in zip(step.scale.rows, marks):
            ratings.rate(session, step.id, pid, row.id, value, via="console" if number >= 7 else "phone")


def projection_shots(folder: Path) -> None:
    os.environ["REFLECTIESPEL_DATA_DIR"] = tempfile.mkdtemp()  # never the real user folder
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([])
    from reflectiespel.core.base import i18n
    from reflectiespel.core.input import ideas, screening
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.session.launcher import open_console
    from reflectiespel.ui.translators import install_translators

    i18n.set_language("nl")
    install_translators(app, "nl")
    library = Library(builtin_decks_dir()).load()
    data = Path(os.environ["REFLECTIESPEL_DATA_DIR"])

    def shoot(session, index: int, name: str) -> None:
        window = open_console(session, library, data)
        window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
        window.controller.go_to(index)
        window.controller.touch()
        window.start_projection()
        window.resize(1920, 1080)
        window.projection.resize(1920, 1080)
        for _ in range(5):
            app.processEvents()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        window.projection.grab().save(buffer, "PNG")
        small_png(bytes(buffer.data()), folder / f"projectie-{name}-1920x1080.png")
        window.stop_projection()
        window.controller.close_cleanly()
        window.close()

    session, ids = new_session("wat-is-belangrijk", library, data)
    index, step = step_of(session, "wordcloud")
    fill_words(session, step, ids)
    shoot(session, index, "woordwolk")

    session, ids = new_session("praktijk-op-de-as", library, data)
    index, step = step_of(session, "ideas")
    made = fill_ideas(session, step, ids)
    for idea in made[:3]:
        ideas.set_pinned(session, step.id, idea.id)
    shoot(session, index, "ideeenmuur")

    session, ids = new_session("wat-is-belangrijk", library, data)
    index, step = step_of(session, "rating")
    fill_marks(session, step, ids)
    # the werkvorm starts with the marks off the screen (counts_hidden); the picture shows them as the
    # facilitator switches them on ('Tussenstand op het scherm')
    screening.set_screen(session, step.id, screened=False, counts_on_projection=True)
    shoot(session, index, "schaal")

    # screened: what phones sent waits for the facilitator; two are released, the counts come at the reveal
    session, ids = new_session("praktijk-op-de-as", library, data)
    index, step = step_of(session, "ideas")
    screening.set_screen(session, step.id, screened=True, counts_on_projection=False)
    for text, who, via, released in SCREENED:
        idea = ideas.add_idea(session, step.id, text, ids[who], via=via).value
        if released and via == "phone":
            screening.release(session, step.id, [idea.id])
    shoot(session, index, "afgeschermd")


def phone_shots(folder: Path) -> None:
    from liveserving import CHROMIUM, FLAGS, on_owner, serving, wait_for
    from playwright.sync_api import sync_playwright

    from reflectiespel.core.base import i18n
    from reflectiespel.core.input import ratings
    from reflectiespel.core.decks.library import Library
    from reflectiespel.resources import builtin_decks_dir

    i18n.set_language("nl")
    data = Path(tempfile.mkdtemp())
    library = Library(builtin_decks_dir()).load()

    def phone(browser, server, hub, name: str):
        context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True,
                                      device_scale_factor=1)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(server.url)
        page.fill("#code", hub.room.code)
        page.fill("#name", name)
        page.click("#join-button")
        page.wait_for_selector("#room", state="visible")
        return page

    def save(page, name: str, tallest: int = 740, start: str | None = None) -> None:
        """The page as a 360 px phone shows it, up to ``tallest`` px of it (the page scrolls inside its
        <main>, so a browser's full-page picture would stop at the screen's height), from the top or from
        the element ``start``."""
        page.wait_for_timeout(300)
        hidden = page.evaluate("(() => { const m = document.querySelector('main');"
                               " return m.scrollHeight - m.clientHeight; })()")
        page.set_viewport_size({"width": 360, "height": min(tallest, 740 + max(0, hidden))})
        if start:
            page.evaluate(f"document.querySelector('{start}').scrollIntoView({{block: 'start'}})")
        else:
            page.evaluate("document.querySelector('main').scrollTo(0, 0)")
        page.wait_for_timeout(300)
        small_png(page.screenshot(), folder / f"telefoon-{name}-360.png")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            # the word cloud: nine people have sent their word, Kim is typing hers
            session, ids = new_session("wat-is-belangrijk", library, data)
            index, step = step_of(session, "wordcloud")
            fill_words(session, step, ids, people=9)
            session.go_to(index)
            with serving(session) as (hub, server):
                page = phone(browser, server, hub, "Kim")
                page.wait_for_selector("#word-1", state="visible")
                page.fill("#word-1", "nieuwsgierig")
                save(page, "woordwolk", tallest=900)
                page.context.close()

            # the idea wall: eight ideas with their votes; the phone has used one of its three votes
            session, ids = new_session("praktijk-op-de-as", library, data)
            index, step = step_of(session, "ideas")
            made = fill_ideas(session, step, ids)
            session.go_to(index)
            with serving(session) as (hub, server):
                page = phone(browser, server, hub, "Kim")
                target = made[1]
                page.wait_for_selector(f"li[data-idea='{target.id}']")
                page.click(f"li[data-idea='{target.id}'] button[aria-label^='Stem op']")
                page.wait_for_selector("#idea-budget:has-text('nog 2 van de 3')")
                save(page, "ideeenmuur", tallest=1280)
                page.context.close()

            # the rating rows: the phone's own marks, its web beside the group's
            session, ids = new_session("wat-is-belangrijk", library, data)
            index, step = step_of(session, "rating")
            fill_marks(session, step, ids)
            session.go_to(index)
            with serving(session) as (hub, server):
                page = phone(browser, server, hub, "Kim")
                kim = next(p.id for p in session.participants if p.name == "Kim")
                for number, value in enumerate(PHONE_MARKS):
                    page.wait_for_selector(f"#rate-{number}", state="visible")
                    page.fill(f"#rate-{number}", str(value))
                    wait_for(lambda n=number: len(on_owner(hub, lambda: ratings.mine(step, kim))) > n)
                page.wait_for_timeout(500)
                save(page, "schaal", tallest=1420, start="#rate-rows")
                page.context.close()

            # the clock: a running clock on the phone, in the closing word cloud
            session, ids = new_session("wat-is-belangrijk", library, data)
            index, step = step_of(session, "wordcloud")
            session.go_to(index)
            with serving(session) as (hub, server):
                page = phone(browser, server, hub, "Kim")
                on_owner(hub, lambda: hub.set_clock(240, 157, True, False))
                page.wait_for_selector("#clock", state="visible")
                page.wait_for_selector("#clock-time:has-text('2:3')")
                save(page, "klok")
                page.context.close()
        finally:
            browser.close()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    folder.mkdir(parents=True, exist_ok=True)
    projection_shots(folder)
    phone_shots(folder)
    print(f"screenshots in {folder}")


if __name__ == "__main__":
    main()
