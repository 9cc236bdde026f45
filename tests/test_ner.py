"""The optional spaCy NER evidence (geomap[spacy]), with the real spaCy model the test extra installs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import geomap
from gazetteer import Gazetteer
from geomap import NerUnavailable
from geomap.ner import Entity, entities, load_spacy, ner_features, resolve_ner

from .conftest import SEED, SEED_EXPECTED
from .expected import check

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def test_choice_of_recogniser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEOMAP_NER", raising=False)
    monkeypatch.delenv("GEOMAP_SPACY_MODEL", raising=False)
    assert resolve_ner(None) is None and resolve_ner("builtin") is None
    assert resolve_ner("en_core_web_md") == "en_core_web_md"
    assert resolve_ner("spacy") is not None  # the test extra installs a model
    monkeypatch.setenv("GEOMAP_NER", "spacy")
    assert resolve_ner(None) == resolve_ner("spacy")
    assert resolve_ner("builtin") is None  # an explicit choice wins over the environment


def test_a_model_that_is_not_installed_is_one_clear_error() -> None:
    with pytest.raises(NerUnavailable, match="not installed"):
        load_spacy("en_core_web_nonexistent")
    proc = subprocess.run(
        [sys.executable, "-m", "geomap", "places", str(SEED), "--ner", "en_core_web_nonexistent"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "not installed" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_entity_features_from_the_real_model() -> None:
    text = "President Vladimir Putin met Bashar al-Assad in Sochi on Thursday."
    ents = entities(text, resolve_ner("spacy"))
    sochi = text.index("Sochi")
    assert ner_features(ents, sochi, sochi + 5)[0] == "ner=GPE"
    putin = text.index("Putin")
    assert ner_features(ents, putin, putin + 5)[0] in {"ner_in=PERSON", "ner=PERSON"}
    thursday = text.index("Thursday")
    assert ner_features(ents, thursday - 3, thursday + 3)[0].startswith("ner_over=")
    assert ner_features([], 0, 5, ["code=PPL", "sent_start"]) == [
        "ner=O",
        "ner=O&code=PPL",
        "ner=O&sent_start",
    ]


def test_exact_containing_and_overlapping_entities() -> None:
    ents = [Entity(0, 5, "PERSON"), Entity(10, 25, "ORG"), Entity(30, 35, "GPE")]
    assert ner_features(ents, 30, 35)[0] == "ner=GPE"
    assert ner_features(ents, 12, 20)[0] == "ner_in=ORG"
    assert ner_features(ents, 20, 28)[0] == "ner_over=ORG"
    assert ner_features(ents, 26, 29)[0] == "ner=O"


@pytest.mark.parametrize(
    ("text_path", "expected_path"),
    [(SEED, SEED_EXPECTED), *((a, a.with_suffix(".expected.json")) for a in ARTICLES)],
    ids=["seed", *(a.stem for a in ARTICLES)],
)
def test_articles_with_spacy_evidence(text_path: Path, expected_path: Path, gaz: Gazetteer) -> None:
    """The entities improve, not gate: every expected place, event and movement is still found."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    doc = geomap.extract(
        text_path.read_text(encoding="utf-8"), published=expected["published"], gazetteer=gaz, ner="spacy"
    )
    assert check(doc, expected) == []
