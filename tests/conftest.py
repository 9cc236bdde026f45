"""Shared fixtures: the real gazetteer, built once into the user cache (or $GEOMAP_CACHE_DIR)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazetteer import Gazetteer, open_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd19820c00cedb26.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_bd19820c00cedb26.expected.json"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return open_gazetteer()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, object]:
    data: dict[str, object] = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return data
