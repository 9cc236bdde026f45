"""The library's front door: text in, typed values out. Each call is one pipeline run:
recognise -> resolve (-> events -> movements, in `extract`)."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer import Gazetteer, open_gazetteer

from .errors import InputError
from .events import extract_events
from .inputs import published_problem, span_problem
from .model import Document, Mention, Place
from .ner import entities, resolve_ner
from .recognise import DEFAULT_THRESHOLD, mentions_for_spans, recognise
from .resolve import resolve

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
        raise InputError(f"published {problem}")  # the text is checked by places()
    gaz = gazetteer or open_gazetteer()
    found = places(text, gazetteer=gaz, threshold=threshold, ner=ner)
    events, movements = extract_events(
        text, found, published=published, source=doc_id, peoples=lambda word: _a_people(word, gaz)
    )
    return Document(
        id=doc_id,
        text=text,
        published=published,
        places=tuple(found),
        events=tuple(events),
        movements=tuple(movements),
    )


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
