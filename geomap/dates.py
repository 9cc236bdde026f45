"""Dates in news text, resolved against the publication date, with the precision the text gives.

`find_dates(sentence)` returns the date expressions of a sentence with their offsets;
`resolve(expression, published, future=...)` turns one into `YYYY`, `YYYY-MM` or
`YYYY-MM-DD`. Relative expressions ("on Thursday", "last month") need a publication date;
without one they resolve to None and their text is kept by the caller.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "add_days", "find_dates", "parse_published", "resolve"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day_year", re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)),
    ("day_month_year", re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})\.? (\d{{4}})\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH_RE})\.? (?:of )?(\d{{4}})\b", re.I)),
    ("month_day", re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})", re.I)),
    ("day_month", re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})\b(?! \d{{4}})", re.I)),
    (
        "in_month",
        re.compile(
            rf"\b(?:in|since|until|by|from|during|early|late|mid-?)\s+({_MONTH_RE})\b(?![ .]*\d)", re.I
        ),
    ),
    ("in_year", re.compile(r"\b(?:in|since|until|by|from|during|of|early|late)\s+((?:19|20)\d{2})\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on |last |this |next )?({_WEEKDAY_RE})\b", re.I)),
    ("relative_month", re.compile(r"\b(last|this|next) month\b", re.I)),
    ("relative_week", re.compile(r"\b(last|this|next) week\b", re.I)),
    ("relative_year", re.compile(r"\b(last|this|next) year\b", re.I)),
    ("relative_day", re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)),
]
_FUTURE = re.compile(
    r"\b(will|would|shall|(?:is|are|was|were) due to|is set to|are set to|plans? to|next"
    r"|(?:is|are) (?:planned|scheduled|expected)|to be held|upcoming)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    kind: str
    groups: tuple[str, ...]


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end], longest first where they overlap, in text order."""
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, stop):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if kind in {"month_day", "day_month", "in_month"} and _is_may_verb(text, m):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.group(), m.start(), m.end(), kind, tuple(g or "" for g in m.groups())))
    return sorted(found, key=lambda d: d.start)


def _is_may_verb(text: str, m: re.Match[str]) -> bool:
    """ "may" is a month only when capitalised ("in May"), not the verb ("it may rain")."""
    word = next((g for g in m.groups() if g and g.lower() == "may"), None)
    return word is not None and word[0].islower()


def is_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def add_days(value: str | None, days: int) -> str | None:
    """Shift a YYYY-MM-DD date by whole days; coarser dates are returned unchanged."""
    if value is None or len(value) != 10:
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _month_shift(day: dt.date, months: int) -> str:
    index = day.year * 12 + (day.month - 1) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def resolve(mention: DateMention, published: dt.date | None, *, future: bool = False) -> str | None:
    """The date a mention denotes, at the precision the text gives, or None."""
    g = mention.groups
    kind = mention.kind
    try:
        if kind == "month_day_year":
            return dt.date(int(g[2]), _MONTHS[g[0].lower()], int(g[1])).isoformat()
        if kind == "day_month_year":
            return dt.date(int(g[2]), _MONTHS[g[1].lower()], int(g[0])).isoformat()
        if kind == "month_year":
            return f"{int(g[1]):04d}-{_MONTHS[g[0].lower()]:02d}"
        if kind == "in_year":
            return g[0]
    except (ValueError, KeyError):
        return None
    if published is None:
        return None
    if kind in {"month_day", "day_month"}:
        month_name, day_text = (g[0], g[1]) if kind == "month_day" else (g[1], g[0])
        month = _MONTHS[month_name.lower()]
        try:
            candidate = dt.date(published.year, month, int(day_text))
            if future and candidate < published:
                candidate = dt.date(published.year + 1, month, int(day_text))
            elif not future and candidate > published:
                candidate = dt.date(published.year - 1, month, int(day_text))
        except ValueError:
            return None
        return candidate.isoformat()
    if kind == "in_month":
        month = _MONTHS[g[0].lower()]
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        target = _WEEKDAYS[g[0].lower()]
        word = mention.text.split()[0].lower()
        delta = (published.weekday() - target) % 7
        if word == "next" or (future and word != "last"):
            ahead = (target - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=ahead)).isoformat()
        if word == "last" and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat()
    if kind == "relative_month":
        return _month_shift(published, {"last": -1, "this": 0, "next": 1}[g[0].lower()])
    if kind == "relative_week":
        day = published + dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[g[0].lower()])
        return f"{day.year:04d}-{day.month:02d}"
    if kind == "relative_year":
        return f"{published.year + {'last': -1, 'this': 0, 'next': 1}[g[0].lower()]:04d}"
    if kind == "relative_day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g[0].lower()]
        return (published + dt.timedelta(days=shift)).isoformat()
    return None
