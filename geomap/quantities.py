"""How many: "2.3 million people", "tens of thousands", "more than 370,000", "nearly 450,000", "half a
million"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Quantity

__all__ = ["QuantityMention", "find_quantities"]

_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "millions": 1_000_000,
}
_LOWER = r"(?:more than|over|at least|upwards of|in excess of)"
_APPROX = r"(?:about|around|some|nearly|almost|roughly|approximately|up to|an estimated|as many as)"
_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS = {
    **_UNITS,
    **{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15},
    **{"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
"""Counts news writes in words ("killing at least nine people", "twenty-five families")."""
_NUMBER = re.compile(
    rf"\b(?:(?P<lower>{_LOWER})\s+|(?:{_APPROX})\s+)?(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    r"|(?P<tens>" + "|".join(_TENS) + r")(?:-(?P<unit>" + "|".join(_UNITS) + r"|one))?\b"
    r"|(?P<word>" + "|".join(_WORDS) + r")\b"
    # counts written with "a": "half a million residents", "a quarter of a million", "a million people"
    r"|(?P<part>half\s+a|a\s+quarter\s+of\s+a|a)(?=\s+(?:thousand|million|billion)\b))"
    r"(?:\s*(?P<scale>thousand|million|billion)\b)?",
    re.I,
)
_PARTS = {"half a": 0.5, "a quarter of a": 0.25, "a": 1.0}
_VAGUE_RE = re.compile(
    r"\b(?:(?P<lower>" + _LOWER + r")\s+)?(?P<vague>hundreds of thousands|tens of thousands|"
    r"dozens|scores|hundreds|thousands|millions)\b",
    re.I,
)
_YEARISH = re.compile(r"^(?:19|20)\d{2}$")
_PEOPLE = re.compile(
    r"^\s*(?:\w+[- ]){0,2}?(people|persons|individuals|civilians|refugees|residents|migrants|"
    r"lives|children|families|households|inhabitants|displaced|idps|evacuees|returnees|survivors|"
    r"men|women|soldiers|fighters|troops|dead|killed|casualties|asylum|"
    r"tourists|holidaymakers|visitors|passengers|workers|students|pupils|protesters|protestors|"
    r"demonstrators|voters|patients|pilgrims|villagers|farmers|prisoners|detainees|hostages|fans|"
    r"employees|worshippers|mourners|spectators|commuters|travellers|travelers|seekers|victims|"
    r"homeless|orphans|youths|adults|elderly|citizens|nationals|locals|settlers|herders|crew|arrivals)",
    re.I,
)

_A_PEOPLE = re.compile(r"^\s+(?:[a-z]+\s+)?[A-Z][a-z]{2,}(?:ans|ese|is)\b")
"""A people after a number ("deported more than 10,000 Haitians", "200 Venezuelans", "1,500 ethnic
Sudanese", "40 Israelis"): the count is of people."""
_AUXILIARY = r"(?:have|had|has|were|are)(?:\s+(?:already|now|since))?"
_ON_THE_MOVE = r"(?:fled|crossed|arrived|returned|escaped)"
_GROUP = re.compile(
    rf"^\s+(?:ethnic\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b(?:\s+{_AUXILIARY})?\s+"
    rf"(?:{_ON_THE_MOVE}|left|reached|been|sought|sheltered)\b"
)
"""A count of a people named as such that flees or arrives: "700,000 Rohingya Muslims have fled",
"100,000 ethnic Armenians have left",
"2,000 Venezuelans crossed", "8,000 Rohingya have fled"."""

_PEOPLE_VERB = re.compile(
    r"\b(?:displac|evacuat|uproot|rescu|relocat|resettl|transferr|deport|expell|repatriat|kill|injur|wound)\w*\s+$",
    re.I,
)
"""A count right after one of these verbs counts people, with no noun after it: "displaced more
than 400,000", "evacuated 12,000", "transferred 1,200 of them to Porto Empedocle", "deported 300"."""

_DRIVEN_OUT = re.compile(
    r"^\s+(?:(?:from|out of)\s+their\s+homes?|to\s+(?:flee|leave|evacuate)"
    rf"|(?:{_AUXILIARY}\s+)?{_ON_THE_MOVE}\s+(?:into|to|from|across|in|at|the)\b)",
    re.I,
)
"""A count of those driven out or on the move, with no noun: "forced about 50,000 from their homes",
"forced 2,000 to flee", "Some 4,000 crossed into the Dominican Republic", "more than 10,000 crossed
the Ruzizi River"."""


_MOVED_AFTER = re.compile(
    r"^\s+(?:(?:were|was|have\s+been|had\s+been|are\s+being|were\s+being)\s+(?:later\s+|then\s+)?)?"
    r"(?:evacuated|rescued|relocated|resettled|uprooted|transferred|airlifted|flown|bussed|bused|ferried|moved)\b",
    re.I,
)
"""A count right before the participle of a verb that moves people, with no noun: "12 people were
killed and over 3,000 evacuated", "some 200 were rescued", "Some 300 were later transferred"."""


_OF_WHAT = re.compile(r"^\s+of\s+(?:the\s+)?(\S+)")
"""What a vague count counts ("dozens of drones", "thousands of Palestinians", "hundreds of
people"): people only when a word for people or a people's name (capitalised) follows."""

_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK)\$|\b(?:USD|EUR|GBP|Rs\.?)\s*)$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:(?:thousand|million|billion)\s+)?(?:of\s+)?(?:dollars?|euros?|pounds?|sterling|rand|yuan|yen|rupees?|"
    r"shillings?|naira|francs?|pesos?|dinars?|riyals?|dirhams?|rubles?|roubles?|hryvnias?|lira|reais|"
    r"usd|eur|gbp)\b",
    re.I,
)
"""A sum of money ("$20 billion gas project", "5 million euros in aid") counts no people."""


_TIMES_AFTER = re.compile(r"^\s+times\b", re.I)
"""After a number, what makes it a frequency, no count: "displaced eight times", "three times"."""


_NAMES_A_NUMBER = re.compile(r"(?:^|[^\s.!?:;\"'“”‘’])[ \t]+[A-Z][a-z]+ $")
"""A number a capitalised word inside a sentence names, which counts nothing unless a word for
people follows it: "on Interstate 4 as residents headed north", "a Category 3 hurricane", "Highway
3", "Flight 370 with 239 people" (not "In Gaza 30 people died")."""


@dataclass(frozen=True, slots=True)
class QuantityMention:
    quantity: Quantity
    start: int
    end: int
    about_people: bool


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    stop = len(text) if end is None else end
    out: list[QuantityMention] = []
    for m in _VAGUE_RE.finditer(text, start, stop):
        vague = _VAGUE[m.group("vague").lower()]
        after = text[m.end() : m.end() + 40]
        of_what = _OF_WHAT.match(after)
        people = not _MONEY_AFTER.match(after) and (
            of_what is None or of_what.group(1)[:1].isupper() or bool(_PEOPLE.match(after))
        )
        out.append(
            QuantityMention(
                Quantity(m.group().strip(), vague, bool(m.group("lower"))), m.start(), m.end(), people
            )
        )
    for m in _NUMBER.finditer(text, start, stop):
        if any(q.start <= m.start() < q.end for q in out):
            continue
        num = m.group("num")
        value: float
        if num is not None:
            if _YEARISH.match(num) and not m.group("scale"):
                continue
            value = float(num.replace(",", ""))
        elif m.group("part") is not None:
            value = _PARTS[" ".join(m.group("part").lower().split())]
        elif m.group("tens") is not None:
            unit = (m.group("unit") or "").lower()
            value = float(_TENS[m.group("tens").lower()] + (1 if unit == "one" else _UNITS.get(unit, 0)))
        else:
            value = float(_WORDS[m.group("word").lower()])
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        if value < 2 and not m.group("scale"):
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        after = text[m.end() : m.end() + 40]
        if num is not None and m.group() == num and _NAMES_A_NUMBER.search(before):
            counted = _PEOPLE.match(after)
            if not counted or after[: counted.start(1)].strip():
                continue  # but "In Gaza 30 people died" counts them
        if _TIMES_AFTER.match(after):
            continue  # "We have been displaced eight times": how often, not how many
        people = bool(
            _PEOPLE.match(after)
            or m.group("scale")
            or _PEOPLE_VERB.search(before)
            or _GROUP.match(after)
            or _DRIVEN_OUT.match(after)
            or _MOVED_AFTER.match(after)
            or _A_PEOPLE.match(after)
        ) and not (_MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after))
        out.append(
            QuantityMention(
                Quantity(m.group().strip(), int(value), bool(m.group("lower"))), m.start(), m.end(), people
            )
        )
    return _ranges(text, sorted(out, key=lambda q: q.start))


_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and)\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)


def _ranges(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """Two counts that make a range ("60,000 to 80,000 households", "between 2 and 3 million
    people", "5,000-7,000") are one: at least the lower (a scale after the upper is both's). Not a
    change: "rose from 1,000 to 5,000" is two."""
    out: list[QuantityMention] = []
    k = 0
    while k < len(found):
        q = found[k]
        if k + 1 < len(found):
            r = found[k + 1]
            join = text[q.end : r.start]
            before = text[max(0, q.start - 12) : q.start]
            if (
                _RANGE_JOIN.fullmatch(join)
                and (join.strip() != "and" or _BETWEEN.search(before))
                and not _FROM.search(before)
            ):
                low = q.quantity.value
                scale = next((v for w, v in _SCALE.items() if r.quantity.text.lower().endswith(w)), None)
                if scale is not None and low * scale <= r.quantity.value:
                    low *= scale  # "between 2 and 3 million"
                if low <= r.quantity.value:
                    between = _BETWEEN.search(before)
                    start = q.start - len(between.group()) if between else q.start
                    out.append(
                        QuantityMention(
                            Quantity(text[start : r.end], low, True),
                            start,
                            r.end,
                            q.about_people or r.about_people,
                        )
                    )
                    k += 2
                    continue
        out.append(q)
        k += 1
    return out
