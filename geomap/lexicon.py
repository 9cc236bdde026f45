"""The word lists, trigger lexicons and trained weights that live as data in geomap/data."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from gazetteer import fold

__all__ = [
    "NATURAL_MEANINGS",
    "Trigger",
    "event_cues",
    "event_words",
    "facility_meaning",
    "names_institution",
    "recogniser_weights",
    "triggers",
    "weights_file",
    "word_list",
]


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, without its '#' comment lines."""
    text = (resources.files("geomap") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _lists() -> dict[str, dict[str, str]]:
    lists: dict[str, dict[str, str]] = defaultdict(dict)
    for name, word, meaning in _rows("recognition.tsv"):
        lists[name][word] = meaning
        if not word.isascii():
            # a word with a diacritic is also the word written without it, as names are matched
            # folded: "El Nino" is the weather as "El Niño" is, "Praca" as "Praça"
            lists[name].setdefault(fold(word), meaning)
    return dict(lists)


def word_list(name: str) -> dict[str, str]:
    """One list of recognition.tsv: word -> its meaning."""
    return _lists()[name]


def facility_meaning(name: str) -> str | None:
    """What the last word of a facility's name means (recognition.tsv's facility words: "a road",
    "a venue", "a county"), or its first word in another language ("Place du Luxembourg": a
    square), or None."""
    words = name.split()
    meaning = word_list("facility").get(words[-1].strip(".").lower()) if words else None
    if meaning is None and len(words) > 1:
        meaning = word_list("facility_first").get(words[0].lower())
    return meaning.split(" (", 1)[0] if meaning else None  # without its examples: "a road ("Temple Way")"


NATURAL_MEANINGS = frozenset(
    {"a bay", "a coast", "a beach", "a river", "a lake", "a range", "a mountain", "an island", "islands"}
    | {"a landform", "a desert", "a port"}
)
"""Facility words of water and land (recognition.tsv's meanings): such a feature lies by the town it
is named after, and its name holds no "on" ("Luuq on the Juba River" is a town and a river)."""


def names_institution(name: str) -> bool:
    """Whether a name holds an organisation's word ("Bank of Mexico", "European Commission"), so
    that it names an institution of the place or people in it rather than a site."""
    orgs = word_list("org")
    return any(w.strip(".,'’").lower() in orgs for w in name.split())


@dataclass(frozen=True)
class Trigger:
    """What an event word of events.tsv means."""

    category: str
    kind: str
    weak: bool = False
    """Counts only next to a strong displacement or return trigger ("headed", "left")."""


@cache
def triggers() -> dict[str, Trigger]:
    """events.tsv: trigger word -> its category, kind and strength."""
    return {
        word: Trigger(category, kind, strength == "weak")
        for word, category, kind, _meaning, strength in _rows("events.tsv")
    }


@cache
def event_words() -> frozenset[str]:
    """The trigger words, for the recogniser's context features."""
    return frozenset(triggers())


@cache
def event_cues() -> dict[str, str]:
    """event_cues.tsv: the word before a place -> the role it gives the place."""
    return {cue: role for cue, role, _meaning in _rows("event_cues.tsv")}


def weights_file(with_ner: bool = False) -> str:
    """The name, in geomap/data, of the recogniser's weights: trained with or without spaCy's
    entity features (train_recogniser.py [--ner] writes them)."""
    return "recogniser_weights_spacy.json" if with_ner else "recogniser_weights.json"


@cache
def recogniser_weights(with_ner: bool = False) -> dict[str, float]:
    """The recogniser's logistic-regression weights (train/train_recogniser.py), or {}."""
    path = resources.files("geomap") / "data" / weights_file(with_ner)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    weights: dict[str, float] = data["weights"]
    return weights
