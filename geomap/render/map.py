"""Documents -> a layered folium map.

Layers (names are part of the contract): Diplomatic venues, Displacement movements, Conflict
events, Places mentioned; base layers: country outlines (Natural Earth, from the gazetteer),
and OpenStreetMap tiles only when the map may use the network (`cdn=True`).

Everything article-derived that reaches HTML is escaped here (`html.escape`); markers are
CSS shapes (no icon fonts, no marker images); element ids derive from the content, so the
same input gives the same bytes, and two maps of different articles can share a page.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import folium
from branca.element import Element, MacroElement

from gazetteer import Gazetteer
from gazetteer.store import haversine_km

from ..model import Document, Event, Movement, Place
from ..text import sentences
from .assets import LEAFLET_CDN_CSS, LEAFLET_CDN_JS, leaflet_css, leaflet_js

__all__ = ["LAYERS", "Map", "build_map"]

LAYERS = ("Diplomatic venues", "Displacement movements", "Conflict events", "Places mentioned")
ATTRIBUTION = (
    "Places: GeoNames (CC BY 4.0) · Airports: airportsdata (MIT) · Outlines: Natural Earth (public domain)"
    " · geomap"
)
_COLOURS = {
    "diplomacy": "#1f5fbf",
    "conflict": "#c62828",
    "displacement": "#ef6c00",
    "return": "#2e7d32",
    "places": "#455a64",
}
_FEATURE_WORDS = {
    "PCLI": "country",
    "ADM1": "province / state",
    "ADM2": "district / county",
    "ADMD": "county / area",
    "PPLC": "capital city",
    "PPLA": "provincial capital",
    "PPL": "town or city",
    "RGN": "region",
    "CONT": "continent",
    "OCN": "ocean",
    "SEA": "sea",
    "AIRB": "air base",
    "AIRP": "airport",
    "LCTY": "locality",
}


_NOT_GEONAMES = {"AIRP": "airportsdata", "AIRB": "airportsdata or curated", "LCTY": "not in the gazetteer"}
"""Where a place without a GeoNames id comes from, by its feature code."""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Popup(MacroElement):  # type: ignore[misc]
    """A popup whose HTML (escaped by us) reaches Leaflet as a JSON string: no jQuery, and no
    JavaScript template literal for article text to break out of (folium's Popup has both)."""

    _template = folium.template.Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.bindPopup({{ this.content|tojson }}, {maxWidth: {{ this.max_width }}});
{% endmacro %}
""")

    def __init__(self, parts: list[str], max_width: int = 320) -> None:
        super().__init__()
        self._name = "Popup"
        self.content = "".join(parts)
        self.max_width = int(max_width)


class _Tooltip(MacroElement):  # type: ignore[misc]
    """A tooltip of plain text (Leaflet gets it as a JSON string and shows it escaped)."""

    _template = folium.template.Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.bindTooltip({{ this.content|tojson }});
{% endmacro %}
""")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Tooltip"
        self.content = html.escape(text)


def _popup(parts: list[str], width: int = 320) -> _Popup:
    return _Popup(parts, max_width=width)


def _decorate(element: Any, popup: _Popup, tooltip: str) -> Any:
    element.add_child(popup)
    element.add_child(_Tooltip(tooltip))
    return element


def _event_html(event: Event, *, with_source: bool) -> str:
    head = f"<b>{_e(event.kind.capitalize())}</b>"
    if event.date:
        head += f" · {_e(event.date)}"
    lines = [head]
    if event.actors:
        lines.append(f"<div><i>Who:</i> {_e(', '.join(event.actors))}</div>")
    if event.quantity:
        lines.append(f"<div><i>How many:</i> {_e(event.quantity.text)}</div>")
    lines.append(f"<blockquote class='geomap-evidence'>{_e(event.sentence)}</blockquote>")
    if with_source and event.source:
        lines.append(f"<div class='geomap-source'>{_e(event.source)}</div>")
    return "<div class='geomap-event'>" + "".join(lines) + "</div>"


def _shape_icon(kind: str, colour: str) -> folium.DivIcon:
    shapes = {
        "diamond": f"width:14px;height:14px;background:{colour};transform:rotate(45deg);"
        "border:2px solid #fff;box-shadow:0 0 2px #000;",
        "triangle": f"width:0;height:0;border-left:9px solid transparent;border-right:9px solid transparent;"
        f"border-bottom:16px solid {colour};filter:drop-shadow(0 0 1px #000);",
    }
    return folium.DivIcon(
        html=f"<div class='geomap-{kind}' style='{shapes[kind]}'></div>",
        icon_size=(18, 18),
        icon_anchor=(9, 9),
        class_name="geomap-icon",
    )


def _curve(a: tuple[float, float], b: tuple[float, float], n: int = 24) -> list[tuple[float, float]]:
    """A gentle arc from a to b (a quadratic Bézier bowed to the left of travel)."""
    (y0, x0), (y1, x1) = a, b
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    cx, cy = mx - dy * 0.2, my + dx * 0.2
    pts = []
    for i in range(n + 1):
        t = i / n
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1
        pts.append((y, x))
    return pts


def _arrowhead(points: list[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    (y0, x0), (y1, x1) = points[-3], points[-1]
    angle = math.atan2(y1 - y0, x1 - x0)
    left = (y1 - size * math.sin(angle - 0.45), x1 - size * math.cos(angle - 0.45))
    right = (y1 - size * math.sin(angle + 0.45), x1 - size * math.cos(angle + 0.45))
    return [(y1, x1), left, right]


class _Legend(MacroElement):  # type: ignore[misc]
    """A legend as a Leaflet control, so it stays inside its own map when embedded."""

    def __init__(self) -> None:
        super().__init__()
        self._name = "Legend"
        rows = [
            ("diamond", _COLOURS["diplomacy"], "Diplomatic venue"),
            ("triangle", _COLOURS["conflict"], "Conflict event"),
            ("line", _COLOURS["displacement"], "Displacement (arrow: direction; width: people)"),
            ("line", _COLOURS["return"], "Return"),
            (
                "ring",
                _COLOURS["displacement"],
                "People leaving (ring) or reaching (filled) a place, other end not named",
            ),
            ("dot", _COLOURS["places"], "Place mentioned (size: mentions)"),
        ]
        items = []
        for shape, colour, label in rows:
            if shape == "line":
                swatch = (
                    f"<span style='display:inline-block;width:18px;height:4px;background:{colour}'></span>"
                )
            elif shape == "ring":
                swatch = (
                    f"<span style='display:inline-block;width:8px;height:8px;border-radius:50%;"
                    f"border:2px solid {colour}'></span>"
                )
            elif shape == "dot":
                swatch = (
                    f"<span style='display:inline-block;width:10px;height:10px;border-radius:50%;"
                    f"background:{colour}'></span>"
                )
            elif shape == "diamond":
                swatch = (
                    f"<span style='display:inline-block;width:9px;height:9px;background:{colour};"
                    "transform:rotate(45deg)'></span>"
                )
            else:
                swatch = (
                    f"<span style='display:inline-block;width:0;height:0;border-left:6px solid transparent;"
                    f"border-right:6px solid transparent;border-bottom:10px solid {colour}'></span>"
                )
            items.append(f"<div>{swatch} {label}</div>")
        self.legend_html = "".join(items)
        self._template = folium.template.Template("""
{% macro script(this, kwargs) %}
(function() {
  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'geomap-legend');
    div.innerHTML = {{ this.legend_html|tojson }};
    return div;
  };
  legend.addTo({{ this._parent.get_name() }});
  {{ this._parent.get_name() }}.attributionControl.setPrefix('Leaflet');
  {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution|tojson }});
})();
{% endmacro %}
""")
        self.attribution = ATTRIBUTION


_STYLE = """
.geomap-legend{background:rgba(255,255,255,.92);padding:6px 8px;font:12px/1.5 sans-serif;border-radius:4px;
box-shadow:0 0 4px rgba(0,0,0,.3)}
.geomap-legend span{vertical-align:middle;margin-right:4px}
.geomap-event{margin-bottom:6px}
.geomap-evidence{margin:4px 0;padding-left:6px;border-left:3px solid #999;font-style:italic;color:#333}
.geomap-source{font-size:11px;color:#666}
.geomap-icon{background:none;border:none}
.leaflet-container{background:#c9dcea}
"""


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def build_map(
    documents: Sequence[Document],
    *,
    gazetteer: Gazetteer | None = None,
    cdn: bool = False,
    height: str = "100%",
) -> folium.Map:
    """A folium Map of the documents' places, events and movements."""
    several = len(documents) > 1
    m = folium.Map(
        location=(20, 0), zoom_start=2, tiles=None, control_scale=True, height=height, prefer_canvas=False
    )
    m.default_js = [("leaflet", LEAFLET_CDN_JS)] if cdn else []
    m.default_css = [("leaflet_css", LEAFLET_CDN_CSS)] if cdn else []
    root = m.get_root()
    if not cdn:
        root.header.add_child(Element(f"<style>{leaflet_css()}</style>"), name="leaflet_css_inline")
        root.header.add_child(Element(f"<script>{leaflet_js()}</script>"), name="leaflet_js_inline")
    root.header.add_child(Element(f"<style>{_STYLE}</style>"), name="geomap_style")

    points: list[tuple[float, float]] = []
    all_places = [p for d in documents for p in d.places]
    points += [(p.lat, p.lon) for p in all_places if p.feature_code not in {"CONT", "OCN", "PCLI"}]
    events = [e for d in documents for e in d.events]
    all_movements = [mv for d in documents for mv in d.movements]
    movements = [mv for mv in all_movements if mv.origin and mv.destination]
    one_ended = [mv for mv in all_movements if (mv.origin is None) != (mv.destination is None)]
    points += [(ep.place.lat, ep.place.lon) for e in events for ep in e.places]
    points += [(p.lat, p.lon) for mv in movements for p in (mv.origin, mv.destination) if p]
    if not points:
        points = [(p.lat, p.lon) for p in all_places] or [(20.0, 0.0)]

    if gazetteer is not None:
        _outline_layer(m, gazetteer, points)
    if cdn:
        folium.TileLayer(
            "OpenStreetMap", name="OpenStreetMap", overlay=False, control=True, show=gazetteer is None
        ).add_to(m)

    venues = folium.FeatureGroup(name=LAYERS[0], show=True)
    moves = folium.FeatureGroup(name=LAYERS[1], show=True)
    conflict = folium.FeatureGroup(name=LAYERS[2], show=True)
    places = folium.FeatureGroup(name=LAYERS[3], show=True)
    _places_layer(places, documents)
    _event_layer(venues, events, {"diplomacy"}, "diamond", with_source=several)
    _event_layer(conflict, events, {"conflict"}, "triangle", with_source=several)
    _movement_layer(moves, movements, with_source=several)
    _one_ended_layer(moves, one_ended, with_source=several)
    for layer in (places, moves, conflict, venues):
        layer.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    _Legend().add_to(m)
    view = _main_region(points)
    lats, lons = [p[0] for p in view], [p[1] for p in view]
    m.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))], padding=(30, 30), max_zoom=8)
    _stable_ids(m, documents)
    return m


FAR_KM = 5000.0
FAR_SHARE = 0.2
"""The map opens on the story's region: points farther than FAR_KM from its centre (the point
nearest, in sum, to all the others, each place counted once per mention and once per event or
movement at it) are left out of the first view where they hold at most FAR_SHARE of the points
(a Haitian story's one mention of a trip to Kenya). They are still drawn: the reader zooms out."""
MAX_CENTRE_POINTS = 400


def _main_region(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points the first view fits (FAR_KM)."""
    counts: dict[tuple[float, float], int] = defaultdict(int)
    for p in points:
        counts[p] += 1
    unique = list(counts)
    if len(unique) < 3 or len(unique) > MAX_CENTRE_POINTS:
        return points

    def km(a: tuple[float, float], b: tuple[float, float]) -> float:
        return haversine_km(a[0], a[1], b[0], b[1])

    centre = min(unique, key=lambda a: sum(counts[b] * km(a, b) for b in unique))
    far = {p for p in unique if km(centre, p) > FAR_KM}
    if not far or sum(counts[p] for p in far) > FAR_SHARE * len(points):
        return points
    return [p for p in unique if p not in far]


def _stable_ids(m: folium.Map, documents: Sequence[Document]) -> None:
    """Element ids from the content, not from random numbers: same input, same bytes."""
    digest = hashlib.sha1()
    for d in documents:
        digest.update(d.id.encode())
        digest.update(d.text.encode())
        digest.update((d.published or "").encode())
    prefix = digest.hexdigest()[:10]
    for i, element in enumerate(_walk(m.get_root())):
        element._id = f"{prefix}{i:04d}"


def _outline_layer(m: folium.Map, gazetteer: Gazetteer, points: list[tuple[float, float]]) -> None:
    from shapely import box
    from shapely.geometry import mapping

    lats, lons = [p[0] for p in points], [p[1] for p in points]
    pad = max(10.0, (max(lats) - min(lats)) * 0.6, (max(lons) - min(lons)) * 0.3)
    view = box(min(lons) - pad * 2, min(lats) - pad, max(lons) + pad * 2, max(lats) + pad)
    features = []
    for code, outline in sorted(gazetteer.outlines().items()):
        if not outline.intersects(view):
            continue
        shape = outline.intersection(view.buffer(pad)).simplify(0.04, preserve_topology=True)
        if shape.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": gazetteer.country_name(code)},
                "geometry": _round(mapping(shape)),
            }
        )
    base = folium.FeatureGroup(name="Country outlines", overlay=False, control=True)
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda _: {"fillColor": "#f4f1ea", "color": "#8d8d8d", "weight": 1, "fillOpacity": 1},
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
        control=False,
    ).add_to(base)
    base.add_to(m)


def _round(geometry: Any) -> Any:
    if isinstance(geometry, dict):
        return {k: _round(v) for k, v in geometry.items()}
    if isinstance(geometry, (list, tuple)):
        if geometry and isinstance(geometry[0], float):
            return [round(v, 3) for v in geometry]
        return [_round(v) for v in geometry]
    return geometry


def _places_layer(layer: folium.FeatureGroup, documents: Sequence[Document]) -> None:
    grouped: dict[tuple[str, float, float], list[tuple[Document, Place]]] = defaultdict(list)
    evidence: dict[int, str] = {}
    for d in documents:
        sents = sentences(d.text)
        starts = [s.start for s in sents]
        for p in d.places:
            # a name the gazetteer lacks shares the marker of the place it stands at
            grouped[(p.near or p.name, round(p.lat, 4), round(p.lon, 4))].append((d, p))
            evidence[id(p)] = sents[max(0, bisect.bisect_right(starts, p.start) - 1)].text[:400]
    for (name, lat, lon), mentions in sorted(grouped.items()):
        named = [q for _, q in mentions if q.near is None]
        unknown = list(dict.fromkeys(q.mention for _, q in mentions if q.near is not None))
        p = named[0] if named else mentions[0][1]
        quotes: list[str] = []
        for _, q in mentions:
            if evidence[id(q)] not in quotes:
                quotes.append(evidence[id(q)])
        kind = _FEATURE_WORDS.get(p.feature_code, p.feature_code)
        origin = f"GeoNames {p.geonameid}" if p.geonameid else _NOT_GEONAMES.get(p.feature_code, "curated")
        body = [
            f"<b>{_e(name)}</b> · {_e(kind)}",
            f"<div>{_e(p.country_code or '')}"
            f"{' · ' + _e(p.admin1) if p.admin1 and p.feature_code != 'ADM1' else ''}</div>",
            f"<div>{len(mentions)} mention{'s' if len(mentions) > 1 else ''} · {_e(origin)}</div>",
        ]
        if unknown:
            body.append(
                f"<div>Also named here, not in the gazetteer and shown at {_e(name)}: "
                f"{_e(', '.join(unknown))}</div>"
            )
        body += [f"<blockquote class='geomap-evidence'>{_e(s)}</blockquote>" for s in quotes[:3]]
        marker = folium.CircleMarker(
            location=(lat, lon),
            radius=4 + 2 * math.sqrt(len(mentions)),
            color="#ffffff",
            weight=1,
            fill=True,
            fill_color=_COLOURS["places"],
            fill_opacity=0.85,
            class_name="geomap-place",
        )
        _decorate(marker, _popup(body), name).add_to(layer)


def _event_layer(
    layer: folium.FeatureGroup,
    events: Sequence[Event],
    categories: set[str],
    shape: str,
    *,
    with_source: bool,
) -> None:
    at: dict[tuple[str, float, float], list[Event]] = defaultdict(list)
    for e in events:
        if e.category not in categories:
            continue
        for ep in e.places:
            at[
                (
                    ep.place.mention if ep.place.part else ep.place.name,
                    round(ep.place.lat, 4),
                    round(ep.place.lon, 4),
                )
            ].append(e)
    for (name, lat, lon), here in sorted(at.items()):
        colour = _COLOURS[here[0].category]
        body = [f"<b>{_e(name)}</b>"] + [_event_html(e, with_source=with_source) for e in here]
        marker = folium.Marker(location=(lat, lon), icon=_shape_icon(shape, colour))
        _decorate(marker, _popup(body), f"{name}: {len(here)} event{'s' if len(here) > 1 else ''}").add_to(
            layer
        )


def _movement_lines(mv: Movement, with_source: bool) -> list[str]:
    """A movement's popup lines: its kind, count and date, the sentence that tells it, its source."""
    lines = [
        f"<div>{_e(mv.category.capitalize())}"
        f"{' · ' + _e(mv.quantity.text) if mv.quantity else ''}"
        f"{' · ' + _e(mv.date) if mv.date else ''}</div>",
        f"<blockquote class='geomap-evidence'>{_e(mv.sentence)}</blockquote>",
    ]
    if with_source and mv.source:
        lines.append(f"<div class='geomap-source'>{_e(mv.source)}</div>")
    return lines


def _movement_layer(layer: folium.FeatureGroup, movements: Sequence[Movement], *, with_source: bool) -> None:
    for mv in movements:
        assert mv.origin is not None and mv.destination is not None
        a, b = (mv.origin.lat, mv.origin.lon), (mv.destination.lat, mv.destination.lon)
        value = mv.quantity.value if mv.quantity else 0
        weight = 2 + (math.log10(value) if value > 1 else 0)
        colour = _COLOURS.get(mv.category, _COLOURS["displacement"])
        origin_name = mv.origin.mention if mv.origin.part else mv.origin.name
        destination_name = mv.destination.name
        body = [f"<b>{_e(origin_name)} → {_e(destination_name)}</b>", *_movement_lines(mv, with_source)]
        label = f"{origin_name} → {destination_name}"
        if a == b:
            # to a place the gazetteer lacks, standing at the origin: no direction to draw, a ring
            ring = folium.CircleMarker(
                a,
                radius=6 + 2 * weight,
                color=colour,
                weight=weight,
                fill=False,
                dash_array="4 3",
                class_name="geomap-movement",
            )
            _decorate(ring, _popup(body), label).add_to(layer)
            continue
        pts = _curve(a, b)
        line = folium.PolyLine(pts, color=colour, weight=weight, opacity=0.9, class_name="geomap-movement")
        _decorate(line, _popup(body), label).add_to(layer)
        span = math.dist(a, b)
        head = folium.Polygon(
            _arrowhead(pts, size=max(0.15, min(1.5, span * 0.12))),
            color=colour,
            weight=1,
            fill=True,
            fill_color=colour,
            fill_opacity=1,
            class_name="geomap-arrow",
        )
        _decorate(head, _popup(body), label).add_to(layer)


def _one_ended_layer(layer: folium.FeatureGroup, movements: Sequence[Movement], *, with_source: bool) -> None:
    """Movements the text gives one end of ("33,000 fled Port-au-Prince", "moved to relief camps in
    Larkana"): a ring at that place, one per place and direction, listing each movement; its width
    grows with the largest count, as an arrow's does."""
    at: dict[tuple[str, str, float, float], list[Movement]] = defaultdict(list)
    for mv in movements:
        end, place = ("from", mv.origin) if mv.origin is not None else ("to", mv.destination)
        assert place is not None
        name = place.mention if place.part else place.name
        at[(end, name, round(place.lat, 4), round(place.lon, 4))].append(mv)
    for (end, name, lat, lon), here in sorted(at.items()):
        value = max((mv.quantity.value for mv in here if mv.quantity), default=0)
        weight = 2 + (math.log10(value) if value > 1 else 0)
        colour = _COLOURS.get(here[0].category, _COLOURS["displacement"])
        title = f"{_e(name)} → ?" if end == "from" else f"? → {_e(name)}"
        body = [f"<b>{title}</b>"] + [line for mv in here for line in _movement_lines(mv, with_source)]
        ring = folium.CircleMarker(
            (lat, lon),
            radius=8 + 2 * weight,
            color=colour,
            weight=weight,
            fill=end == "to",
            fill_opacity=0.25,
            class_name=f"geomap-movement-{end}",
        )
        label = (
            f"{'from' if end == 'from' else 'to'} {name}: {len(here)} movement{'s' if len(here) > 1 else ''}"
        )
        _decorate(ring, _popup(body), label).add_to(layer)


class Map:
    """A geomap map: shows itself in Jupyter, renders to a page or to a fragment for a report.

    >>> Map([doc]).html()          # doctest: +SKIP
    """

    def __init__(
        self, documents: Sequence[Document], *, gazetteer: Gazetteer | None = None, cdn: bool = False
    ) -> None:
        self.documents = list(documents)
        self.gazetteer = gazetteer
        self.cdn = cdn

    def folium(self, *, height: str = "100%") -> folium.Map:
        return build_map(self.documents, gazetteer=self.gazetteer, cdn=self.cdn, height=height)

    def html(self) -> str:
        """A whole HTML page."""
        rendered: str = self.folium().get_root().render()
        return rendered

    def fragment(self, *, height: str = "520px") -> str:
        """An HTML fragment (no <html>/<body>) to paste into a report page."""
        m = self.folium(height=height)
        root = m.get_root()
        for child in root._children.values():
            child.render()
        header = re.sub(r"<meta\b[^>]*>", "", root.header.render(), flags=re.S)
        body = root.html.render()
        script = root.script.render()
        return (
            f'<div class="geomap-embed" style="position:relative;width:100%;height:{height}">\n'
            f"{header}\n{body}\n<script>\n{script}\n</script>\n</div>\n"
        )

    def _repr_html_(self) -> str:
        return self.fragment()
