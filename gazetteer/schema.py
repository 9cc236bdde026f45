"""Constants shared by the build and the store, kept apart so opening a gazetteer stays light."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["SCHEMA_VERSION", "STAGES", "Progress"]

SCHEMA_VERSION = 4
STAGES = ("countries", "divisions", "places", "curated", "indexes")
Progress = Callable[[str], None]
"""Called with the name of each build stage as it starts."""
