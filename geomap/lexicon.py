"""The word lists and trained weights that live as data in geomap/data."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from importlib import resources

__all__ = ["event_words", "recogniser_weights", "word_list"]


@cache
def _lists() -> dict[str, dict[str, str]]:
    text = (resources.files("geomap") / "data" / "recognition.tsv").read_text(encoding="utf-8")
    lists: dict[str, dict[str, str]] = defaultdict(dict)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, word, meaning = line.split("\t")
        lists[name][word] = meaning
    return dict(lists)


def word_list(name: str) -> dict[str, str]:
    """One list of recognition.tsv: word -> its meaning."""
    return _lists()[name]


@cache
def recogniser_weights() -> dict[str, float]:
    """The recogniser's logistic-regression weights (train/train_recogniser.py), or {}."""
    path = resources.files("geomap") / "data" / "recogniser_weights.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    weights: dict[str, float] = data["weights"]
    return weights


@cache
def event_words() -> frozenset[str]:
    """The event triggers of events.tsv (first column), for the recogniser's context features."""
    text = (resources.files("geomap") / "data" / "events.tsv").read_text(encoding="utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
