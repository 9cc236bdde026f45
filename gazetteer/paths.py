"""Where the gazetteer cache lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["DB_FILENAME", "cache_dir", "default_db_path"]

DB_FILENAME = "gazetteer.sqlite"


def cache_dir() -> Path:
    """$GEOMAP_CACHE_DIR, else the user cache directory (on Linux $XDG_CACHE_HOME/geomap)."""
    override = os.environ.get("GEOMAP_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("geomap"))


def default_db_path() -> Path:
    return cache_dir() / DB_FILENAME
