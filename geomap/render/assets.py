"""Leaflet's script and stylesheet, inlined from the packaged copy (xstatic-leaflet, the exact
Leaflet 1.9.3 folium uses), so a map opens with no network."""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["LEAFLET_CDN_CSS", "LEAFLET_CDN_JS", "leaflet_css", "leaflet_js"]

LEAFLET_CDN_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CDN_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"


def _data_dir() -> Traversable:
    return resources.files("xstatic.pkg.leaflet") / "data"


@cache
def leaflet_js() -> str:
    """Leaflet, defined only once per page, so that two embedded maps share one copy."""
    source = (_data_dir() / "leaflet.js").read_text(encoding="utf-8")
    source = re.sub(r"//# sourceMappingURL=\S+", "", source)
    # the attribution prefix links to Leaflet's site; offline, the name alone is credit enough
    source = source.replace('href="https://leafletjs.com"', 'href="#"').replace(
        "https://leafletjs.com", "leafletjs.com"
    )
    return "if (typeof window.L === 'undefined') {\n" + source + "\n}"


@cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images as data URIs."""
    css = (_data_dir() / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        name = match.group(1)
        data = (_data_dir() / "images" / name).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # comments (one cites a bug tracker URL)
    return re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)
