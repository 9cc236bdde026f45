"""Sentences and tokens with their character offsets."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["CALENDAR_WORDS", "NAME_ABBREVIATIONS", "OPENERS", "Sentence", "Token", "sentences", "tokenize"]

# A state's dotted abbreviation ("W.Va.") and "U.S.", "D.C." first, and one written with a space
# after a comma ("Greenwood, W. Va.", "Albany, N. Y."; not initials before a name: "J. R. Smith");
# then words with inner apostrophes or hyphens ("Cox's", "ez-Zor"), ending in initials after a
# hyphen ("D-N.Y.", "pro-U.S.", "D-W.Va."); then any other single non-space character.
_TOKEN = re.compile(
    r"[A-Z]\.[A-Z][a-z]{1,3}\.(?!\w)|(?:[A-Za-z]\.){2,}"
    r"|(?<=, )[A-Z]\. [A-Z][a-z]{0,3}\.(?!\w)(?!\s*[A-Z][a-z])"
    r"|\w+(?:[’'\-]\w+)*(?:(?<=-[A-Za-z])\.(?:(?:[A-Za-z]\.)+|[A-Z][a-z]{1,3}\.(?!\w)))?|[^\w\s]"
)
NAME_ABBREVIATIONS = frozenset({"st", "ste", "ft", "mt", "pt"})
CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if w
)
"""Names of months and days, capitalised like names but none ("on Monday", "in May")."""
"""Abbreviated first words of place names, whose full stop ends no name: "St. Thomas", "Ste.
Genevieve", "Ft. Worth", "Mt. Juliet", "Pt. Pleasant"."""
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "ft",
        "mt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "prof",
        "rev",
        "ave",
        "blvd",
        "u.s",
        "e.g",
        "i.e",
        "cf",
        "la",
        "calif",
        "fla",
        "tex",
        "ont",
        "wash",
        "mass",
        "ariz",
        "colo",
        "conn",
        "ill",
        "ind",
        "kan",
        "ky",
        "md",
        "mich",
        "minn",
        "miss",
        "mo",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "va",
        "wis",
    }
)
OPENERS = frozenset({'"', "“", "(", ":", "-", "—", "–"})
"""After these, a word is written as at the start of a sentence: a quote, a dateline's dash
("KHARTOUM (Reuters) - Fighting spread")."""
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")
"""A last word such as "u.s." or "e.g": initials, which do not end a sentence."""
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+|\n\s*\n|\n(?=\s*[A-Z\"“])")


class Token(NamedTuple):
    """A word or punctuation mark, with its offsets (a named tuple: texts have many)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into `text`: _TOKEN's matches.

    A piece between spaces that is all letters and digits (`str.isalnum`: what `\\w` matches, but
    "_") is one token, as _TOKEN would match it; only runs of the other pieces ("Syria's", "said.",
    "W. Va.") go through the expression, whose matches cost more than the pieces (tokenising both
    dev corpora, compiled: 211 -> 153 us a document)."""
    stop = end or len(text)
    make = tuple.__new__  # Token(...) through its generated __new__ costs a third more; texts have many
    out: list[Token] = []
    at = start
    run_start, run_end = -1, 0  # the run of pieces that need the expression
    for piece in text[start:stop].split():
        at = text.find(piece, at)
        if piece.isalnum():
            if run_start >= 0:
                _matched(text, run_start, run_end, stop, out)
                run_start = -1
            out.append(make(Token, (piece, at, at + len(piece))))
        elif run_start < 0:
            run_start = at
        at += len(piece)
        if run_start >= 0:
            run_end = at
    if run_start >= 0:
        _matched(text, run_start, run_end, stop, out)
    return out


def _matched(text: str, start: int, end: int, stop: int, out: list[Token]) -> None:
    """_TOKEN's tokens that start in text[start:end], matched as in text[:stop] (its lookarounds
    see past `end`: "W. Va." is a token unless a name follows)."""
    make = tuple.__new__
    for m in _TOKEN.finditer(text, start, stop):
        if m.start() >= end:
            break
        out.append(make(Token, (m.group(), m.start(), m.end())))


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, keeping offsets; abbreviations such as "Gov." or "U.S." do not end one,
    nor does a capital initial ("John F. Kennedy", "Greenwood, W. Va."; "World War I." does)."""
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.start()
        before = text[begin : stop + 1].rstrip(".!?\"'”’) \n")
        words = before.rsplit(None, 1)  # the last word only: splitting all the text so far costs
        last = words[-1] if words else ""
        last_word = last.lower()
        following = text[match.end() : match.end() + 1]
        if "\n" not in match.group() and (
            last_word.rstrip(".") in _ABBREVIATIONS
            or _INITIALS.fullmatch(last_word)
            or (len(last) == 1 and last.isupper() and last != "I" and match.group().startswith(". "))
            or (following and not (following.isupper() or following in "\"“'‘(" or following.isdigit()))
        ):
            continue
        _add(out, text, begin, match.end())
        begin = match.end()
    _add(out, text, begin, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(stripped, s, s + len(stripped)))
