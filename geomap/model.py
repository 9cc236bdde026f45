"""geomap's values: immutable, typed, GeoJSON-aware.

Data flows one way: text -> Mention -> Place -> Event/Movement -> Document.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from gazetteer import Candidate
from gazetteer.model import point_feature

PART_WORDS = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "centre": "central",
    "northeast": "northeastern",
    "northwest": "northwestern",
    "southeast": "southeastern",
    "southwest": "southwestern",
}

__all__ = ["Document", "Event", "EventPlace", "Mention", "Movement", "Place", "Quantity"]


AREA_CUES = frozenset({"province", "region", "county"})
"""The values of Mention.cue that say a name is an area's (a division or a region), not a town's."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names (or may name) a place, with its gazetteer candidates."""

    text: str
    start: int
    end: int
    candidates: tuple[Candidate, ...] = ()
    kind: str = "name"
    """"name", "demonym" (an adjective: "Syrian"), or "facility" (a named site: "X University")."""
    score: float = 1.0
    """How sure the recogniser is that this is a place, in [0, 1]."""
    part: str | None = None
    """A direction word that names a part of the place ("north" in "northern Syria")."""
    part_start: int | None = None
    """Offset of that direction word."""
    cue: str | None = None
    """A word of the text that says what kind of place this is ("city", "province"), or "eponym"
    where an agreement or body is named after it ("the Venice Commission")."""
    qualifier: Candidate | None = None
    """The division or country of a following ", X" that narrows the place ("Alexandria, La.")."""
    qualifies: tuple[Candidate, ...] = ()
    """The candidates of the name this one follows after a comma ("Tacoma" for "Washington" in
    "Tacoma, Washington"): where this name can be an area holding one of them, it is."""
    beside: tuple[Candidate, ...] = ()
    """The candidates of the other name of a possessive pair ("London's Heathrow", "Toronto's
    Pearson"): the text puts the two places side by side, so they lie near each other."""
    located_in: int | None = None
    """For a facility or a name the gazetteer lacks: the offset of the name the text says it is
    in ("Bambino Gesu Hospital in Rome", "London's Heathrow")."""
    listed_with: tuple[int, ...] = ()
    """The offsets of the other names of the list this name is in ("Springfield, Decatur and
    Bloomington"): places a text lists together lie near each other."""
    dateline: bool = False
    """Where the story was filed ("GENEVA (Reuters) -", "SPRINGFIELD, Ill. (AP) -")."""
    defined: bool = False
    """The text says what and where this place is ("Paris is a city in Lamar County, Texas"): its
    `qualifier` then holds wherever the text gives the name alone."""
    paragraph: int = 0
    """The number of the text's line it stands in (news gives a paragraph a line)."""
    named_area: bool = False
    """The word right after the name calls it an area ("the Kharkiv region", "Cebu province"): the
    mention is that area whatever the name alone means elsewhere in the text."""
    office: bool = False
    """The words after the name are an office or a body of a division's own ("New York's attorney
    general", "the Washington legislature"): the mention is that division, and says nothing of what
    the name means elsewhere in the text ("the New York Police Department" is the city's)."""
    offset: tuple[float, float, int] | None = None
    """Where the text says how far and which way the place lies from another it names ("Yambali
    village, about 600 km northwest of Port Moresby"): (kilometres, bearing in degrees clockwise
    from north, the offset of the other name)."""


@dataclass(frozen=True, slots=True)
class Place:
    """A mention resolved to a real place: the contract's Place shape."""

    mention: str
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: int | None
    feature_code: str
    country_code: str
    admin1: str | None
    confidence: float
    part: str | None = None
    """A direction word before the name ("north" in "northern Syria")."""
    part_point: tuple[float, float] | None = None
    """(lat, lon) inside that part of the place's extent, when it has one."""
    adjective: bool = False
    """The mention is an adjective ("Syrian"), naming the place indirectly."""
    near: str | None = None
    """Set when the place stands where the text's other places say it is: a name the gazetteer does
    not know (a street, a building), or a facility named after an area or a foreign place; the name
    of the place it was put at, or measured from where the text says how far and which way it lies
    ("600 km northwest of Port Moresby")."""

    def region(self) -> Place:
        """The directional region the mention names ("northern Syria") as a place of its own, with
        feature code RGN; the place itself when the mention names no part. The region keeps its
        part ("north") but has no part point of its own: it is that point, and it has no region."""
        if self.part is None or self.part_point is None:
            return self
        word = PART_WORDS.get(self.part, self.part)
        return replace(
            self,
            name=f"{word} {self.name}",
            lat=self.part_point[0],
            lon=self.part_point[1],
            feature_code="RGN",
            part_point=None,
        )

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return point_feature(self.lat, self.lon, self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        data = {
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "lat": round(self.lat, 5),
            "lon": round(self.lon, 5),
            "geonameid": self.geonameid,
            "feature_code": self.feature_code,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "confidence": round(self.confidence, 3),
        }
        if self.part:
            data["part"] = self.part
            if self.part_point is not None:
                region = self.region()
                data["region"] = {
                    "name": region.name,
                    "lat": round(region.lat, 5),
                    "lon": round(region.lon, 5),
                    "feature_code": "RGN",
                }
        if self.adjective:
            data["adjective"] = True
        if self.near is not None:
            data["near"] = self.near
        return data


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: int
    lower_bound: bool = False
    """True when the text says "more than", "over", "at least"."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "lower_bound": self.lower_bound}


@dataclass(frozen=True, slots=True)
class EventPlace:
    role: str
    """venue, location, target, origin or destination."""
    place: Place

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "role": self.role,
            "mention": p.mention,
            "name": p.name,
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
            "country_code": p.country_code,
            "start": p.start,
            "end": p.end,
            "geonameid": p.geonameid,
            "feature_code": p.feature_code,
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    category: str
    kind: str
    trigger: str
    sentence: str
    start: int
    end: int
    date: str | None
    places: tuple[EventPlace, ...]
    actors: tuple[str, ...] = ()
    quantity: Quantity | None = None
    date_text: str | None = None
    source: str | None = None
    """The document the event comes from (its id), for maps of several articles."""

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        coords = [(p.place.lon, p.place.lat) for p in self.places]
        geometry = (
            {"type": "MultiPoint", "coordinates": coords}
            if coords
            else {"type": "GeometryCollection", "geometries": []}
        )
        return {"type": "Feature", "geometry": geometry, "properties": self.to_dict()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "kind": self.kind,
            "trigger": self.trigger,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "date_text": self.date_text,
            "places": [p.to_dict() for p in self.places],
            "actors": list(self.actors),
            "quantity": self.quantity.to_dict() if self.quantity else None,
        }


@dataclass(frozen=True, slots=True)
class Movement:
    id: str
    category: str
    event: str | None
    origin: Place | None
    destination: Place | None
    quantity: Quantity | None
    date: str | None
    sentence: str
    source: str | None = None

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        coords = [(p.lon, p.lat) for p in (self.origin, self.destination) if p is not None]
        geometry = (
            {"type": "LineString", "coordinates": coords}
            if len(coords) == 2
            else {"type": "Point", "coordinates": coords[0]}
        )
        return {"type": "Feature", "geometry": geometry, "properties": self.to_dict()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "event": self.event,
            "origin": self.origin.to_dict() if self.origin else None,
            "destination": self.destination.to_dict() if self.destination else None,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "date": self.date,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    published: str | None
    places: tuple[Place, ...]
    events: tuple[Event, ...] = ()
    movements: tuple[Movement, ...] = field(default=())

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        features = [p.__geo_interface__ for p in self.places]
        features += [m.__geo_interface__ for m in self.movements if m.origin and m.destination]
        return {"type": "FeatureCollection", "features": features}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published,
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "movements": [m.to_dict() for m in self.movements],
        }
