"""A one-page report: the map, the article with every place mention highlighted (click one to fly
to it), and tables of places, events and movements. Printable: a print stylesheet, and the map as
a picture in print when a headless Chromium is there to take it."""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence

from gazetteer import Gazetteer

from ..errors import RenderError
from ..model import Document
from .map import Map

__all__ = ["render_report"]

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#222}
h1{font-size:22px} h2{font-size:18px;margin-top:28px}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:12px;border-radius:4px;background:#fafafa}
.place{background:#ffe9a8;border-radius:3px;padding:0 2px;cursor:pointer}
.place:hover,.place:focus{background:#ffc94d;outline:none}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border:1px solid #ddd;padding:4px 6px;
text-align:left;vertical-align:top} th{background:#f0f0f0}
.print-only{display:none}
.credits{font-size:12px;color:#666;margin-top:24px}
@media print{.geomap-embed{display:none}.print-only{display:block;max-width:100%}
.place{background:none;border-bottom:1px solid #999}body{max-width:none}}
"""

_SCRIPT = """
(function(){
  var container = document.querySelector('.geomap-embed .folium-map');
  var map = container && window[container.id];
  document.querySelectorAll('.place').forEach(function(el){
    function go(){ if (map) { map.flyTo([+el.dataset.lat, +el.dataset.lon], 7);
      container.scrollIntoView({behavior:'smooth'}); } }
    el.addEventListener('click', go);
    el.addEventListener('keydown', function(e){ if (e.key === 'Enter') go(); });
  });
})();
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _highlighted(doc: Document) -> str:
    out: list[str] = []
    at = 0
    for p in sorted(doc.places, key=lambda p: p.start):
        if p.start < at:
            continue
        out.append(_e(doc.text[at : p.start]))
        out.append(
            f"<span class='place' tabindex='0' data-lat='{p.lat:.5f}' data-lon='{p.lon:.5f}' "
            f"title='{_e(p.name)} ({_e(p.country_code)})'>{_e(doc.text[p.start : p.end])}</span>"
        )
        at = p.end
    out.append(_e(doc.text[at:]))
    return "".join(out)


def _tables(doc: Document) -> str:
    rows = "".join(
        f"<tr><td>{_e(p.mention)}</td><td>{_e(p.name)}</td><td>{_e(p.feature_code)}</td>"
        f"<td>{_e(p.country_code)}</td><td>{p.lat:.4f}, {p.lon:.4f}</td><td>{p.confidence:.2f}</td></tr>"
        for p in doc.places
    )
    places = (
        "<table><tr><th>mention</th><th>place</th><th>type</th><th>country</th><th>point</th>"
        f"<th>confidence</th></tr>{rows}</table>"
    )
    rows = "".join(
        f"<tr><td>{_e(e.category)}</td><td>{_e(e.kind)}</td><td>{_e(e.date or '')}</td>"
        f"<td>{_e(', '.join(f'{p.place.mention} ({p.role})' for p in e.places))}</td>"
        f"<td>{_e(e.quantity.text if e.quantity else '')}</td><td>{_e(e.sentence)}</td></tr>"
        for e in doc.events
    )
    events = (
        "<table><tr><th>category</th><th>kind</th><th>date</th><th>places</th><th>how many</th>"
        f"<th>evidence</th></tr>{rows}</table>"
    )
    rows = "".join(
        f"<tr><td>{_e(m.origin.name if m.origin else '')}</td>"
        f"<td>{_e(m.destination.name if m.destination else '')}</td><td>{_e(m.category)}</td>"
        f"<td>{_e(m.date or '')}</td><td>{_e(m.quantity.text if m.quantity else '')}</td>"
        f"<td>{_e(m.sentence)}</td></tr>"
        for m in doc.movements
    )
    moves = (
        "<table><tr><th>from</th><th>to</th><th>category</th><th>date</th><th>how many</th>"
        f"<th>evidence</th></tr>{rows}</table>"
    )
    return f"<h2>Places</h2>{places}<h2>Events</h2>{events}<h2>Movements</h2>{moves}"


def render_report(
    documents: Sequence[Document], *, gazetteer: Gazetteer | None = None, with_image: bool = True
) -> str:
    """The report page as one HTML string (offline, like the map)."""
    view = Map(documents, gazetteer=gazetteer)
    image = ""
    if with_image:
        from .png import find_chromium, screenshot_bytes

        if find_chromium() is not None:
            try:
                png = screenshot_bytes(view.html())
                image = (
                    f"<img class='print-only' alt='map' "
                    f"src='data:image/png;base64,{base64.b64encode(png).decode('ascii')}'>"
                )
            except RenderError:
                image = ""
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>geomap report: {_e(', '.join(d.id for d in documents))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Places and events: {_e(', '.join(d.id for d in documents))}</h1>",
        view.fragment(height="560px"),
        image,
    ]
    for doc in documents:
        if len(documents) > 1:
            parts.append(f"<h2>{_e(doc.id)}</h2>")
        parts.append(f"<h2>Article</h2><div class='article'>{_highlighted(doc)}</div>")
        parts.append(_tables(doc))
    parts.append(
        "<p class='credits'>Places: GeoNames (CC BY 4.0). Airports: airportsdata (MIT). "
        "Outlines: Natural Earth (public domain). "
        "Made with geomap.</p>"
    )
    parts.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts)
