"""The word cloud (issue #29.1): people send one to three words, the room sees them sized by how many said
them; the facilitator merges, hides or splits words. No Qt.

Counting. Words are compared by their *key*: lower case, accents and punctuation off ("Één", "een" and
"EEN!" are one word; ``word_key``). A word counts the **people** who sent it, not the times it was sent.
The facilitator's changes are kept beside the words (core/stepinput.WordCloud), so nothing anyone sent is
ever lost: ``merged`` counts one key under another ("samenwerking" under "samenwerken"), ``hidden`` keeps
a key off the projection, ``split`` counts a phrase ("goed gesprek") as its separate words. Stop words
(assets/stoplists/<language>.txt, the session's language) are kept and listed in the console, but not
drawn.

The size scale is capped and honest (docs/werkvormen.md): a word's letters are ``sqrt(count / fewest)``
times the size of the least-named word, never more than ``SIZE_CAP`` (3) times. A word said by two people
is 1.4 times as large as one said once, by four people twice, by nine or more three times, so a word
said twice is never drawn five times larger.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..base.i18n import translate
from ..sessions.session_ops import Edit, _apply, _build, _group, _insert
from ..sessions.sessionparts import SessionError, Step, clean_text
from ..sessions.stepinput import CONSOLE, MAX_WORD, Word, WordCloud

SIZE_CAP = 3.0  # the most-named word is at most this many times the size of the least-named one
MAX_STEP_WORDS = 3000  # words in one step, from everyone together: a bound on the file, far above a hall
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a word, with an inner hyphen or apostrophe (zo'n, co-creatie)


def word_key(text: str) -> str:
    """How words are compared: lower case, without accents, punctuation or double spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(token.replace("’", "'") for token in _TOKEN.findall(plain))


def tokens(text: str) -> list[str]:
    """The separate words of a phrase, as typed."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=4)
def stopwords(language: str) -> frozenset[str]:
    """The stop words of a language (assets/stoplists/<language>.txt); none when the file is missing."""
    from ...resources import assets_dir

    path = assets_dir() / "stoplists" / f"{language}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(word_key(line) for line in lines if line.strip() and not line.lstrip().startswith("#"))


@dataclass
class CloudWord:
    """One word of the cloud as counted: its key, the spelling shown, how many people sent it."""

    key: str
    label: str
    count: int  # people (an entry without a person counts once)
    entries: int  # words sent that count here
    hidden: bool = False
    stop: bool = False
    members: list[str] = field(default_factory=list)  # other keys merged into this one
    phrase: bool = False  # several words, not split

    @property
    def drawn(self) -> bool:
        return not self.hidden and not self.stop


def final_key(cloud: WordCloud, key: str) -> str:
    """Where a key is counted after the facilitator's merges (a chain is followed; a loop stops)."""
    seen = {key}
    while key in cloud.merged and cloud.merged[key] not in seen:
        key = cloud.merged[key]
        seen.add(key)
    return key


def cloud_words(step: Step, language: str = "nl", released_only: bool = False) -> list[CloudWord]:
    """The words of a step's cloud, most people first (equal counts in the order first sent).
    ``released_only``: what the room may see in a screened step (core/stepinput.Word.released)."""
    cloud = step.cloud
    if cloud is None:
        return []
    stop = stopwords(language)
    people: dict[str, set] = {}
    entries: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    members: dict[str, set[str]] = {}
    order: dict[str, int] = {}
    for number, word in enumerate(cloud.words):
        if released_only and not word.released:
            continue
        key = word_key(word.text)
        parts = ([(word_key(t), t) for t in tokens(word.text)] if key in cloud.split else [(key, word.text)])
        for own, spelling in parts:
            if not own:
                continue
            target = final_key(cloud, own)
            order.setdefault(target, number)
            people.setdefault(target, set()).add(word.participant_id or f"entry:{word.id}")
            entries[target] = entries.get(target, 0) + 1
            if own == target:
                spelled = " ".join(tokens(spelling))  # without the punctuation around it
                spelling_count = spellings.setdefault(target, {})
                spelling_count[spelled] = spelling_count.get(spelled, 0) + 1
            else:
                members.setdefault(target, set()).add(own)
    words = []
    for key in people:
        spelled = spellings.get(key)
        label = max(spelled, key=lambda s: spelled[s]) if spelled else key  # the most common spelling
        phrase = " " in key and key not in cloud.split
        words.append(CloudWord(key, label, len(people[key]), entries[key], key in cloud.hidden,
                               bool(key) and all(part in stop for part in key.split()),
                               sorted(members.get(key, ())), phrase))
    return sorted(words, key=lambda w: (-w.count, order[w.key]))


def size_factor(count: int, fewest: int) -> float:
    """How many times larger than the least-named word: sqrt of the ratio, capped at SIZE_CAP."""
    return min(SIZE_CAP, math.sqrt(max(1, count) / max(1, fewest)))


# --- changes (each one undoable) -------------------------------------------------------------------
def _step(session, step_id: str) -> Step:
    return session.step(step_id)


def _ensure(step: Step) -> tuple[WordCloud, list[Edit]]:
    """The step's cloud; made (as part of the edit) when the step has none yet."""
    if step.cloud is not None:
        return step.cloud, []
    cloud = WordCloud()

    def redo():
        step.cloud = cloud

    def undo():
        step.cloud = None
    return cloud, [_apply("", redo, undo, cloud)]


def words_by(step: Step, participant_id: str | None) -> list[Word]:
    if step.cloud is None or participant_id is None:
        return []
    return [w for w in step.cloud.words if w.participant_id == participant_id]


def words_left(step: Step, participant_id: str | None) -> int:
    limit = step.cloud.max_words if step.cloud is not None else WordCloud().max_words
    return max(0, limit - len(words_by(step, participant_id)))


def add_words(session, step_id: str, texts: list[str], participant_id: str | None = None,
              via: str = CONSOLE) -> Edit:
    """One to three words (as many as the step allows) from one person, or for the group when
    ``participant_id`` is None; one undo step. ``via`` says who typed them (core/sessions/stepinput.py)."""
    step = _step(session, step_id)
    if participant_id is not None:
        session.participant(participant_id)  # refuses someone who is not (or no longer) in the session
    cleaned = [" ".join(clean_text(str(t), one_line=True).split()) for t in texts]
    cleaned = [t for t in cleaned if t]
    if not cleaned:
        raise SessionError(translate("WordCloud", "Typ eerst een woord."))
    too_long = next((t for t in cleaned if len(t) > MAX_WORD), None)
    if too_long is not None:
        raise SessionError(translate("WordCloud", "'{0}…' is te lang voor de woordwolk: hoogstens {1} tekens, "
                                                  "een woord of een kort zinnetje.").format(too_long[:20], MAX_WORD))
    if any(not word_key(t) for t in cleaned):
        raise SessionError(translate("WordCloud", "Een woord bestaat uit letters of cijfers."))
    keys = [word_key(t) for t in cleaned]
    if len(set(keys)) < len(keys):
        raise SessionError(translate("WordCloud", "Hetzelfde woord staat er twee keer in."))
    if participant_id is not None:
        sent = {word_key(w.text) for w in words_by(step, participant_id)}
        again = next((t for t, k in zip(cleaned, keys) if k in sent), None)
        if again is not None:
            raise SessionError(translate("WordCloud", "{0} stuurde '{1}' al.").format(
                session.display_name(participant_id), again))
        left = words_left(step, participant_id)
        if len(cleaned) > left:
            limit = step.cloud.max_words if step.cloud is not None else WordCloud().max_words
            raise SessionError(
                translate("WordCloud", "{0} heeft al alle woorden van deze stap gestuurd ({1}).").format(
                    session.display_name(participant_id), limit) if left <= 0 else
                translate("WordCloud", "{0} kan nog {1} woord(en) sturen in deze stap.").format(
                    session.display_name(participant_id), left))
    if step.cloud is not None and len(step.cloud.words) + len(cleaned) > MAX_STEP_WORDS:
        raise SessionError(translate("WordCloud", "Deze woordwolk is vol ({0} woorden).").format(MAX_STEP_WORDS))
    cloud, edits = _ensure(step)  # only now: a refusal above leaves the step exactly as it was
    from .screening import released_at_once

    shown = released_at_once(step, via)  # a phone's word in a screened step waits for the facilitator
    for text in cleaned:
        word = _build(Word, text=text, participant_id=participant_id, via=via, released=shown)
        edits.append(_insert("", cloud.words, word))
    return _group(translate("WordCloud", "Woord toevoegen") if len(cleaned) == 1
                  else translate("WordCloud", "Woorden toevoegen"), edits, [e.value for e in edits[-len(cleaned):]])


def _set(text: str, cloud: WordCloud, name: str, value) -> Edit:
    old = getattr(cloud, name)

    def put(v):
        setattr(cloud, name, v)
    return _apply(text, lambda: put(value), lambda: put(old), cloud)


def _known(step: Step, key: str) -> WordCloud:
    cloud = step.cloud
    if cloud is None or not any(word_key(w.text) == key or key in word_key(w.text).split()
                                for w in cloud.words):
        raise SessionError(translate("WordCloud", "Dit woord staat niet (meer) in de woordwolk."))
    return cloud


def merge_words(session, step_id: str, keys: list[str], into: str) -> Edit:
    """Count the words ``keys`` under ``into`` (for example 'samenwerking' under 'samenwerken')."""
    step = _step(session, step_id)
    cloud = _known(step, into)
    into = final_key(cloud, into)
    others = [k for k in dict.fromkeys(keys) if final_key(cloud, k) != into]
    if not others:
        raise SessionError(translate("WordCloud", "Kies minstens twee verschillende woorden om samen te voegen."))
    for key in others:
        _known(step, key)
    merged = dict(cloud.merged)
    for key in others:
        merged[key] = into
        for other, target in list(merged.items()):  # what was merged into this key follows it
            if target == key:
                merged[other] = into
    hidden = [k for k in cloud.hidden if k not in others]
    edits = [_set("", cloud, "merged", merged)]
    if hidden != cloud.hidden:
        edits.append(_set("", cloud, "hidden", hidden))
    return _group(translate("WordCloud", "Woorden samenvoegen"), edits, into)


def set_hidden(session, step_id: str, key: str, hidden: bool = True) -> Edit:
    """Keep a word off the projection (it stays in the session and in the console), or show it again."""
    step = _step(session, step_id)
    cloud = _known(step, key)
    key = final_key(cloud, key)
    if (key in cloud.hidden) == hidden:
        raise SessionError(translate("WordCloud", "Dit woord is al verborgen.") if hidden
                           else translate("WordCloud", "Dit woord staat al op het scherm."))
    value = cloud.hidden + [key] if hidden else [k for k in cloud.hidden if k != key]
    return _set(translate("WordCloud", "Woord verbergen") if hidden else translate("WordCloud", "Woord tonen"),
                cloud, "hidden", value)


def split_word(session, step_id: str, key: str) -> Edit:
    """Undo a merge (the words merged into ``key`` count on their own again), or count a phrase as its
    separate words ('goed gesprek' as 'goed' and 'gesprek')."""
    step = _step(session, step_id)
    cloud = _known(step, key)
    key = final_key(cloud, key)
    into_key = {k: v for k, v in cloud.merged.items() if v == key}
    if into_key:
        return _set(translate("WordCloud", "Woorden weer los"), cloud, "merged",
                    {k: v for k, v in cloud.merged.items() if v != key})
    if " " in key and key not in cloud.split:
        return _set(translate("WordCloud", "Woorden splitsen"), cloud, "split", cloud.split + [key])
    raise SessionError(translate("WordCloud", "Dit is één woord; er is niets om te splitsen."))


__all__ = ["SIZE_CAP", "MAX_STEP_WORDS", "CloudWord", "word_key", "tokens", "stopwords", "final_key",
           "cloud_words", "size_factor", "words_by", "words_left", "add_words", "merge_words", "set_hidden",
           "split_word"]
