"""The offline gazetteer: which real places could this name be?

It knows nothing of articles. Built from packaged GeoNames-derived data into one SQLite
file in the user cache, opened read-only, and spoken to through geopy's geocoder contract.
"""

from __future__ import annotations

from .build import BuildReport, build
from .cache import CachedGeocoder
from .errors import (
    GazetteerBuildError,
    GazetteerCorrupt,
    GazetteerError,
    GazetteerNotBuilt,
    GazetteerQueryError,
)
from .geocoder import Geocoder
from .model import Candidate, CountryInfo
from .normalize import (
    ARABIC_ARTICLES,
    alias_shape,
    arabic_article_variants,
    fold,
    has_umlaut,
    saint_variant,
    spelled_out,
    with_final_h,
    without_umlaut_digraphs,
)
from .paths import cache_dir, default_db_path
from .schema import SCHEMA_VERSION
from .store import DIVISION_WORDS, Gazetteer, is_coincidence, open_gazetteer

__all__ = [
    "ARABIC_ARTICLES",
    "DIVISION_WORDS",
    "SCHEMA_VERSION",
    "BuildReport",
    "CachedGeocoder",
    "Candidate",
    "CountryInfo",
    "Gazetteer",
    "GazetteerBuildError",
    "GazetteerCorrupt",
    "GazetteerError",
    "GazetteerNotBuilt",
    "GazetteerQueryError",
    "Geocoder",
    "alias_shape",
    "arabic_article_variants",
    "build",
    "cache_dir",
    "default_db_path",
    "fold",
    "has_umlaut",
    "is_coincidence",
    "open_gazetteer",
    "saint_variant",
    "spelled_out",
    "with_final_h",
    "without_umlaut_digraphs",
]
