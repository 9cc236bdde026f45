"""The library's front door: text in, typed values out. Each call is one pipeline run:
recognise -> resolve (-> events -> movements, in `extract`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gazetteer import Gazetteer, open_gazetteer

from .casing import readable
from .errors import InputError
from .events import extract_events
from .inputs import published_problem, span_problem
from .model import Document, Event, Mention, Movement, Place
from .ner import entities, resolve_ner
from .recognise import DEFAULT_THRESHOLD, mentions_for_spans, recognise
from .resolve import place_of, resolve

__all__ = ["extract", "places"]


def places(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    weights: dict[str, float] | None = None,
    calibrated: bool = True,
    ner: str | None = None,
) -> list[Place]:
    """The places `text` mentions, resolved, in text order.

    With `spans`, exactly those character spans are resolved (gold-span mode). `ner`: "spacy" (or a
    spaCy model's name) adds spaCy's entities as evidence (geomap.ner); default: the GEOMAP_NER
    environment variable, else the built-in recogniser alone.

    >>> [p.name for p in places("Talks were held in Astana.")]   # doctest: +SKIP
    ['Astana']
    """
    _check_text(text)
    if spans is not None:
        problem = span_problem(text, spans)
        if problem:
            raise InputError(problem)
    gaz = gazetteer or open_gazetteer()
    work = readable(text, gaz)
    found = _places(work, gaz, spans, threshold, weights, calibrated, ner)
    return found if work is text else [_as_written(p, text) for p in found]


def _places(
    text: str,
    gaz: Gazetteer,
    spans: Sequence[tuple[int, int]] | None,
    threshold: float,
    weights: dict[str, float] | None,
    calibrated: bool,
    ner: str | None,
) -> list[Place]:
    """places() of a text whose casing the recogniser can read (recased where it was not)."""
    if spans is not None:
        mentions = mentions_for_spans(text, spans, gazetteer=gaz)
        asked = {m.start for m in mentions}
        context = _context_words(text, mentions, gaz, threshold, weights)
        found = resolve(
            sorted([*mentions, *context], key=lambda m: m.start), gazetteer=gaz, calibrated=calibrated
        )
        return [p for p in found if p.start in asked]
    model = resolve_ner(ner)
    ents = entities(text, model) if model else None
    mentions = recognise(text, gazetteer=gaz, threshold=threshold, weights=weights, entities=ents)
    return resolve(mentions, gazetteer=gaz, calibrated=calibrated)


def extract(
    text: str,
    *,
    published: str | None = None,
    doc_id: str = "-",
    gazetteer: Gazetteer | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    ner: str | None = None,
) -> Document:
    """One Document: the places, the events at them and the movements between them.

    >>> doc = extract("Talks were held in Astana on Tuesday.", published="2018-05-17")  # doctest: +SKIP
    >>> doc.events[0].date                                                                  # doctest: +SKIP
    '2018-05-15'
    """
    problem = published_problem(published)
    if problem:
        raise InputError(f"published {problem}")
    _check_text(text)
    gaz = gazetteer or open_gazetteer()
    work = readable(text, gaz)
    found = _places(work, gaz, None, threshold, None, True, ner)
    events, movements = extract_events(
        work,
        _capitals_for_events(work, found, gaz),
        published=published,
        source=doc_id,
        peoples=lambda word: _a_people(word, gaz),
    )
    if work is not text:
        # a text written in lower case, in capitals or in title case: what the document reports is
        # as the text writes it
        found, events, movements = _written_as(text, work, found, events, movements)
    return Document(
        id=doc_id,
        text=text,
        published=published,
        places=tuple(found),
        events=tuple(events),
        movements=tuple(movements),
    )


def _as_written(place: Place, text: str) -> Place:
    """The place with its mention as `text` writes it (its offsets are the same in the recased
    text the recogniser read)."""
    return replace(place, mention=text[place.start : place.end])


def _written_as(
    text: str, work: str, found: list[Place], events: list[Event], movements: list[Movement]
) -> tuple[list[Place], list[Event], list[Movement]]:
    """Places, events and movements found in `work` (the recased `text`) with their words as `text`
    writes them: mentions, sentences, triggers, actors, counts and dates (only the case differs)."""

    def written(piece: str | None, start: int, end: int) -> str | None:
        if piece is None:
            return None
        at = work.find(piece, start, end)
        return text[at : at + len(piece)] if at >= 0 else piece

    def place_of(p: Place | None) -> Place | None:
        return None if p is None else _as_written(p, text)

    bounds = {e.id: (e.start, e.end) for e in events}
    events = [
        replace(
            e,
            sentence=text[e.start : e.end],
            trigger=written(e.trigger, e.start, e.end) or e.trigger,
            actors=tuple(written(a, e.start, e.end) or a for a in e.actors),
            quantity=(
                replace(e.quantity, text=written(e.quantity.text, e.start, e.end) or e.quantity.text)
                if e.quantity is not None
                else None
            ),
            date_text=written(e.date_text, e.start, e.end),
            places=tuple(replace(ep, place=_as_written(ep.place, text)) for ep in e.places),
        )
        for e in events
    ]
    movements = [
        replace(
            m,
            origin=place_of(m.origin),
            destination=place_of(m.destination),
            sentence=text[bounds[m.event][0] : bounds[m.event][1]] if m.event in bounds else m.sentence,
        )
        for m in movements
    ]
    return [_as_written(p, text) for p in found], events, movements


_CAPITAL_AFTER = re.compile(r"\s+capital\b(?:\s+(?:city\s+)?(?:of\s+)?)?")
"""After a people's adjective: "the Ukrainian capital", "the Kazakh capital Astana", "the Turkish
capital of Ankara"."""


def _capitals_for_events(text: str, found: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places as events take them: "the Ukrainian capital" is Kyiv, where "Drones struck the
    Ukrainian capital overnight" happened, though the place the text names is the country (as
    annotated corpora have it: "the Kenyan capital" is Kenya there). Not where the capital's name
    follows ("the Kazakh capital Astana": Astana is a place of its own)."""
    out = []
    starts = {p.start for p in found}
    for p in found:
        after = _CAPITAL_AFTER.match(text, p.end) if p.adjective and p.feature_code == "PCLI" else None
        if (
            after is not None
            and text[max(0, p.start - 4) : p.start].lower() == "the "
            and after.end() not in starts
        ):
            capital = gaz.capital(p.country_code)
            if capital is not None:
                p = place_of(Mention(p.mention, p.start, p.end), capital, p.confidence, gaz)
        out.append(p)
    return out


def _a_people(word: str, gaz: Gazetteer) -> bool:
    """Whether a capitalised word names a people: a demonym of the gazetteer, or its plural
    ("Armenians", "Sudanese")."""
    forms = (word, word[:-1]) if word.endswith("s") else (word,)
    return any(c.match == "demonym" for form in forms for c in gaz.lookup(form))


_CONTEXT_CODES = frozenset({"PCLI", "ADM1", "ADM2"})


def _context_words(
    text: str,
    mentions: Sequence[Mention],
    gaz: Gazetteer,
    threshold: float,
    weights: dict[str, float] | None,
) -> list[Mention]:
    """Given spans, the countries, nationalities, provinces and counties the recogniser finds
    outside them: context for resolving the spans, not reported. The spans of a corpus may leave a
    country word out ("None of the injured were British" of a story whose spans name only US places
    and "Manchester"), yet it says which country the text is about as much as a span would
    (GeoWebNews given gold names +2: Manchester and Colchester of a British soldier's story); so do a
    province or a county it leaves out ("DeSoto Parish" of a story whose spans are Mansfield and
    Shreveport: LGL +8; "Michigan" for "the Mouillee state game area": GeoVirus +1; GeoWebNews +3,
    Birmingham, Alabama and two places of it, through "GA" of "GA two-day passes" read as Georgia,
    right for a wrong reason; TR-News unchanged; none lost on the four). Not towns: those the
    recogniser finds are wrong more often and, taken as context, moved a London borough's names to
    Ohio ("GREEN fingered youngsters from an Edmonton school")."""
    taken = [(m.start, m.end) for m in mentions]
    return [
        m
        for m in recognise(text, gazetteer=gaz, threshold=threshold, weights=weights)
        if m.candidates
        and (m.kind == "demonym" or m.candidates[0].feature_code in _CONTEXT_CODES)
        and not any(m.start < end and start < m.end for start, end in taken)
    ]


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        hint = ": decode it first" if isinstance(text, bytes | bytearray) else ""
        raise InputError(f"the text must be a str, not {type(text).__name__}{hint}")
