"""Capitals for a text written all in lower case (a transcript, a lower-cased corpus, a message typed
without them) or all in capitals (old wire copy, lowered first): the recogniser reads capitals, so
a text without any finds no place, and one all in them tells no name from a word. `recased`
restores them where news would write them, keeping every character's offset: the first word of
each sentence, "i", month and day names, and the names the gazetteer knows that news does not
write in lower case (train/casing.py counts how the dev corpora write each word in mid-sentence:
"may", "bath" or "sake" stay lower case); a name of several words only where one of its words is
no common word or the place is an important one ("united states", "west bank"); and a word news
does not write in lower case next to such a name or after a title ("president vladimir putin",
"mahmoud abbas"), so the recogniser still tells people from places."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from gazetteer import Gazetteer, fold

from .lexicon import triggers, word_list
from .text import CALENDAR_WORDS, OPENERS, Token, tokenize

__all__ = [
    "CAPITALS_WORDS_PATH",
    "LOWERCASE_WORDS_PATH",
    "mid_sentence_words",
    "readable",
    "recased",
    "written_in_capitals",
    "written_in_lower_case",
    "written_in_title_case",
]

LOWERCASE_WORDS_PATH = Path(__file__).parent / "data" / "lowercase_words.txt"
CAPITALS_WORDS_PATH = Path(__file__).parent / "data" / "capitals_words.txt"
LOWER_CASE_SHARE = 0.002
"""A text is written in lower case where at most this share of its characters are capitals (one
stray "I" in 500 characters)."""
CAPITALS_SHARE = 0.05
"""A text is written in capitals where at most this share of its characters are small letters (a
wire story's "(Reuters)")."""
CHECKED_CHARS = 20_000
"""How a text is written is read from its first this many characters (a long text costs no more)."""
TITLE_CASE_SHARE = 0.1
"""A text is written in title case where at most this share of its words begin with a small letter
(news writes about three words in four so)."""
TITLE_CASE_CHARS = 3000
TITLE_CASE_SAMPLE = 600
TITLE_CASE_SAMPLE_SMALL = 12
"""Beyond this many small initials in the first TITLE_CASE_SAMPLE characters a text is no title case."""
MIN_WORDS = 20
MIN_LETTERS = 20
"""Fewer letters than this say nothing of how a text is written."""
MAX_NAME_WORDS = 4
IMPORTANT = 5.0
"""A name of common words only ("united states", "west bank"), or of two letters, is capitalised
where the gazetteer's place of it is at least this important (resolve.STRAY_IMPORTANCE, about
100,000 people, or a country or province)."""
_CAPITAL = re.compile(r"[A-Z]")
_SMALL = re.compile(r"[a-z]")
_INITIAL = re.compile(r"(?<![\w'’])[^\W\d_]")
_SMALL_INITIAL = re.compile(r"(?<![\w'’])[a-z]")
_SENTENCE_END = frozenset({".", "!", "?"})
_QUOTES_AND_DASHES = OPENERS - {"("}
_POSSESSIVE = re.compile(r"['’]s?$")
_ENGLISH_WORDS = frozenset(
    {"us", "it", "in", "on", "no", "so", "me", "he", "we", "my", "or", "an", "as", "at", "be", "by"}
    | {"do", "go", "if", "is", "of", "to", "up", "am", "pm", "sol", "nos", "le", "ii"}
)
"""Words of English (or Romance articles) that news also writes in capitals as abbreviations ("US",
"PM"): written so only after "the" ("the us")."""


def readable(text: str, gazetteer: Gazetteer) -> str:
    """`text` itself where its casing is news's; else (a text written in lower case, in capitals or
    in title case) the text with the capitals `recased` restores, each character at its offset."""
    if written_in_lower_case(text):
        return recased(text, gazetteer)
    if _small_initials(text):
        return text  # words begun small at once: neither in capitals nor in title case (most texts)
    if written_in_capitals(text) or written_in_title_case(text):
        lowered = text.lower()
        if len(lowered) != len(text):  # "İ" lowers to two characters
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        return recased(lowered, gazetteer)
    return text


def written_in_title_case(text: str) -> bool:
    """Whether (next to) every word of `text` begins with a capital, as headlines are written ("Floods
    Force Thousands From Homes In Sindh"): at most TITLE_CASE_SHARE of the words of its first
    TITLE_CASE_CHARS characters begin with a small letter, and there are MIN_WORDS words or more."""
    if _small_initials(text):
        return False
    initials = _INITIAL.findall(text, 0, TITLE_CASE_CHARS)
    if len(initials) < MIN_WORDS:
        return False
    small = sum(1 for c in initials if c.islower())
    return small <= TITLE_CASE_SHARE * len(initials)


def _small_initials(text: str) -> bool:
    """Whether more than TITLE_CASE_SAMPLE_SMALL words of the first TITLE_CASE_SAMPLE characters
    begin with a small letter: a text in neither capitals nor title case."""
    return len(_SMALL_INITIAL.findall(text, 0, TITLE_CASE_SAMPLE)) > TITLE_CASE_SAMPLE_SMALL


def written_in_capitals(text: str) -> bool:
    """Whether `text` has (next to) no small letters: at most CAPITALS_SHARE of its characters,
    and at least MIN_LETTERS letters ("KHARTOUM (Reuters) - FIGHTING SPREAD" still is)."""
    return _at_most(_SMALL, text, CAPITALS_SHARE) and _enough_letters(text)


def written_in_lower_case(text: str) -> bool:
    """Whether `text` has (next to) no capitals: at most LOWER_CASE_SHARE of its characters, and
    at least MIN_LETTERS letters."""
    return (text.islower() or _at_most(_CAPITAL, text, LOWER_CASE_SHARE)) and _enough_letters(text)


def _at_most(pattern: re.Pattern[str], text: str, share: float) -> bool:
    """Whether at most `share` of the first CHECKED_CHARS characters match `pattern` (a capital, a
    small letter); the count stops past the limit."""
    limit = int(min(len(text), CHECKED_CHARS) * share)
    matches = enumerate(pattern.finditer(text, 0, CHECKED_CHARS), start=1)
    return all(count <= limit for count, _ in matches)


def _enough_letters(text: str) -> bool:
    return sum(c.isalpha() for c in text[: MIN_LETTERS * 10]) >= MIN_LETTERS


@cache
def lowercase_words() -> frozenset[str]:
    """The words news writes in lower case in mid-sentence (train/casing.py)."""
    return _words(LOWERCASE_WORDS_PATH)


@cache
def capitals_words() -> frozenset[str]:
    """The words news writes in capitals in mid-sentence, in lower case ("nato", "u.s.";
    train/casing.py)."""
    return _words(CAPITALS_WORDS_PATH)


def _words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def mid_sentence_words(text: str) -> list[str]:
    """The words of `text` that stand neither first in a sentence or a line nor after a quote
    or a colon: how they are written there tells a name from a common word."""
    tokens = tokenize(text)
    return [
        t.text
        for k, t in enumerate(tokens)
        if t.text.replace(".", "").isalpha() and not _opens(text, tokens, k)
    ]


def _opens(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] stands first in a sentence, in a line, or after a quote, a colon or a dash
    (not after a parenthesis: "(NGO)" is written as in mid-sentence)."""
    return _starts_a_sentence(text, tokens, k) or tokens[k - 1].text in _QUOTES_AND_DASHES


def _starts_a_sentence(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is the first of the text, of a line, or after a sentence's full stop."""
    if k == 0:
        return True
    gap = text[tokens[k - 1].end : tokens[k].start]
    return "\n" in gap or (tokens[k - 1].text in _SENTENCE_END and gap != "")


_MONTH_CUES = frozenset({"in", "since", "until", "last", "early", "late", "mid", "of", "from", "by"})


def _a_date_word(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] names a month or a day ("december", "tuesday"), which the dates are read
    from; "may" and "march" only before a number or after "in", "since", "last" and the like."""
    word = tokens[k].text
    if word not in CALENDAR_WORDS or (len(word) <= 3 and word != "may"):
        return False  # "sun", "sat", "wed", "jan": abbreviations, or words
    if word not in {"may", "march"}:
        return True
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return after[:1].isdigit() or (k > 0 and tokens[k - 1].text in _MONTH_CUES)


def recased(text: str, gazetteer: Gazetteer) -> str:
    """`text` with capitals where news would write them (see the module); the same length, each
    character at its offset."""
    tokens = tokenize(text)
    common = lowercase_words()
    connectors = word_list("connector")
    titles = word_list("title")
    events = triggers()
    chars = list(text)
    capitalised = [False] * len(tokens)

    def capitalise(k: int, whole: bool = False) -> None:
        # a capital where it takes one character ("ß" would take two)
        for at in range(tokens[k].start, tokens[k].end if whole else tokens[k].start + 1):
            upper = chars[at].upper()
            if len(upper) == 1:
                chars[at] = upper
        capitalised[k] = True

    acronyms = capitals_words()
    for k, t in enumerate(tokens):
        if (
            t.text in acronyms
            and t.text not in common
            # "the us", not "told us": a word of English only after "the"
            and (t.text not in _ENGLISH_WORDS or (k > 0 and tokens[k - 1].text == "the"))
        ):
            capitalise(k, whole=True)  # "nato", "u.s.", "uae": in capitals, as news writes them

    k = 0
    while k < len(tokens):
        if capitalised[k]:
            k += 1
            continue
        end = _name_end(text, tokens, k, gazetteer, common, connectors)
        if end > k:
            for m in range(k, end):
                if tokens[m].text not in connectors or m == k:
                    capitalise(m)
            k = end
            continue
        word = tokens[k].text
        if word[:1].isalpha() and (
            _starts_a_sentence(text, tokens, k) or word == "i" or _a_date_word(tokens, k)
        ):
            capitalise(k)
        k += 1
    # people's names beside a name or after a title: "vladimir putin", "mahmoud abbas"
    for k, t in enumerate(tokens):
        if (
            capitalised[k]
            or not t.text.isalpha()
            or t.text in common
            or t.text in connectors
            or t.text in events  # "recaptured ghouta": a verb of the events, no first name
        ):
            continue
        before = tokens[k - 1].text if k > 0 else ""
        if (
            (
                (before.rstrip(".") in titles)
                # a surname after a first name, not a verb after a place ("iran resumed")
                or (
                    k > 0
                    and capitalised[k - 1]
                    and not _opens(text, tokens, k - 1)
                    and before.isalpha()
                    and not t.text.endswith(("ed", "ing"))
                )
                or (k + 1 < len(tokens) and capitalised[k + 1] and tokens[k + 1].text.isalpha())
            )
            and text[tokens[k - 1].end if k > 0 else 0 : t.start] in {"", " "}
        ):
            capitalise(k)
    return "".join(chars)


def _name_end(
    text: str,
    tokens: Sequence[Token],
    k: int,
    gazetteer: Gazetteer,
    common: frozenset[str],
    connectors: dict[str, str],
) -> int:
    """The end (exclusive) of the longest name the gazetteer knows from tokens[k] that deserves
    capitals, or k."""
    if not tokens[k].text[:1].isalpha() or tokens[k].text in connectors:
        return k
    if tokens[k].text in _ENGLISH_WORDS and not (k > 0 and tokens[k - 1].text == "the"):
        return k  # "told us", "it is": no "Us" (a village), no "It"
    last = k
    while (
        last + 1 < len(tokens)
        and last + 1 - k < MAX_NAME_WORDS
        and tokens[last + 1].text[:1].isalpha()
        and text[tokens[last].end : tokens[last + 1].start] == " "
    ):
        last += 1
    for end in range(last + 1, k, -1):
        if tokens[end - 1].text in connectors:
            continue
        words = [t.text for t in tokens[k:end]]
        surface = _POSSESSIVE.sub("", text[tokens[k].start : tokens[end - 1].end])
        if end == k + 1 and "-" in surface:
            surface = surface.split("-", 1)[0]  # "russia-backed", "un-brokered"
        candidates = gazetteer.lookup_folded(fold(surface)) if surface else ()
        if not candidates:
            continue
        own = [w for w in words if w not in connectors]
        important = any(
            c.importance >= IMPORTANT or c.feature_code in {"PCLI", "ADM1"} or c.match == "demonym"
            for c in candidates
        )
        if all(w in common for w in own) and not (len(own) > 1 and important):
            continue  # "may", "bath", "new home"; but "united states", "west bank"
        if len(words) == 1 and len(words[0]) < 3 and not important:
            continue
        return end
    return k
