"""Rendering: documents -> a layered folium map (HTML page or embeddable fragment), a report, a PNG."""

from __future__ import annotations

from .map import LAYERS, Map, build_map

__all__ = ["LAYERS", "Map", "build_map"]
