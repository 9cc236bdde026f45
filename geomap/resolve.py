"""Which real place each name is.

Each candidate of a mention is scored by:
- its prior: the gazetteer's importance (population and feature type) and how the name matched;
- the document: countries and first-level divisions it names (or whose places it names
  unambiguously), and distance to the places already resolved with confidence (none for a
  province or county that holds one of them, which also gains: Montreal lies in Quebec province,
  far from its point; "Georgia" with Atlanta is the state);
- cue words: "the city of", "province", and a qualifier after a comma ("Alexandria, La.");
- one sense per document: the same name in one document is one place (one per qualified sense
  where the text qualifies it two ways: "Springfield, Ill." and "Springfield, Missouri").
Confidence is the softmax share of the winning candidate, times the recogniser's score.

A name the gazetteer lacks (a street, a building: the recogniser found it, or it was given as a
span) stands at the nearest place the text names around it (`Place.near`); so does a small town
abroad that stands for one ("Headingley" of a Leeds story, a village in Manitoba to GeoNames).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gazetteer import DIVISION_WORDS, Candidate, Gazetteer, alias_shape, fold, is_coincidence
from gazetteer.parts import box_part_point
from gazetteer.store import EARTH_RADIUS_KM

from .lexicon import NATURAL_MEANINGS, facility_meaning, names_institution, word_list
from .model import AREA_CUES, Mention, Place

__all__ = ["CALIBRATION_PATH", "calibrate", "part_point", "place_of", "resolve"]

CALIBRATION_PATH = Path(__file__).parent / "data" / "calibration.json"


@cache
def _calibration() -> tuple[float, float]:
    """Platt scaling of the raw confidence (train/calibrate.py), or the identity."""
    try:
        data = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
        return float(data["a"]), float(data["b"])
    except (OSError, ValueError, KeyError):
        return 1.0, 0.0


def calibrate(raw: float) -> float:
    """The probability, fitted on the dev corpora, that a place with this raw confidence is right."""
    a, b = _calibration()
    p = min(1 - 1e-4, max(1e-4, raw))
    return 1.0 / (1.0 + math.exp(-(a * math.log(p / (1 - p)) + b)))


W_PRIOR = 1.0
PRIOR_FLOOR = 3.0
"""The least importance a town's prior counts (about 1,000 people): below it, a town's size
says nothing of which namesake a text means, and the text's other places decide ("homes in Fulford
and Naburn" of a York flood story is York's Fulford, of no recorded population, not a village of
650 people 150 km off in Staffordshire). The scores of both dev corpora (both modes), LGL and
GeoVirus are the same from 0 to 3.5, and the events at 3.0; three probe names move: a town for its
district ("fled to Mangu"), and two names wrong either way ("Delta Air Lines"; Bristol's Clifton,
which the gazetteer lacks)."""
W_ALTERNATE = -0.5
W_LOCAL_ALIAS = 1.0
LOCAL_NAMESAKES = 2
"""A town's alias unrelated to its own name, in a country where LOCAL_NAMESAKES towns or more bear
the name as theirs, is a district's or a former name there, and costs W_LOCAL_ALIAS more: "Centerville"
of a Richmond, Indiana story is one of the Centervilles (Ohio's, 75 km off; the paper's own is
Indiana's), not Fremont, California, one of whose five founding towns it was. An alias abroad is
another language's name or an old one and keeps its rank ("Roma", "Medina", "Canton"). Both dev
corpora in both modes unchanged, with 1.0 or 2.0, and two or three namesakes."""
W_COUNTRY = 1.5
W_ADMIN1 = 1.5
W_COUNTY = 1.5
"""Gained besides W_ADMIN1 by a town in a county the text names: "Lake Park" of a story that names
Lowndes County and Georgia is the Lowndes County town, not the larger one of Florida that the story
names too; "just west of Kansas on Route 16" of a story naming Edgar County (Illinois) and no state
is the Edgar County village, not the state (the county alone, not with its state: every corpus
prediction unchanged). Not where the name is a world city's and unqualified (WORLD_CITY: the county
spares its namesake from being outsized, and no more: "grew up in Lamar County, Texas, opened the
European leg of her tour in Paris"), unless the world city's country and continent go unnamed ("A
Paris man ... appear in Henry County General Sessions Court" of a Tennessee paper) or the county is
listed with the name ("Paris and Henry County"). TR-News given gold names +1 (Monroe County beside "PARIS,
Mo.") from 1.0 to 2.5, GeoWebNews unchanged."""
W_DISTANCE = 1.25
W_CUE = 2.0
W_QUALIFIER = 4.0
W_SEAT = 0.5
W_TOWNS_COUNTY = 1.5
"""Won by a county that holds a town of another name of the text, as a town in a county the text
names wins W_ADMIN1: "Boone County" with "Lebanon" is Indiana's, where a Lebanon lies (Missouri's is
the most populous), and "Suffolk" with "the town of Southold" New York's Suffolk County. Not a city's
own county of its name ("York" with Haxby stays the city). Given gold names: GeoWebNews 0.9494 /
0.9457 -> 0.9502 / 0.9465 (+2, "Suffolk" twice), LGL 0.840 -> 0.848 (+4, Boone County); TR-News,
GeoVirus and 337 probes unchanged; the same for any weight from 0.5 to 3."""
W_SHARED_COUNTY = 1.0
SHARED_COUNTY_NAMES = 2
SHARED_COUNTY_MOST = 3
"""Won by a town, for each other name of the text (up to SHARED_COUNTY_MOST) whose best-known place is a town
and that has a town in the same county, where at least SHARED_COUNTY_NAMES such names do: a local
paper's towns lie together ("Cedar Haven Nursing Home in Lebanon" of an obituary naming Hershey,
Palmyra and Annville is Lebanon, Pennsylvania, not the country; a Falls Village, Connecticut
paper's Kent and Sharon are Litchfield County's, not Ohio's and Pennsylvania's). Both dev corpora,
GeoVirus and the probes' towns unchanged for weights from 0.5 to 2.0; from one such name (not two)
TR-News moves six names, Venice to California among them."""
W_BESIDE = 4.0
"""Won by a town or site within NEIGHBOUR_KM of a town or site of the name the text pairs it with by
a possessive ("London's Heathrow Animal Reception Center ... Heathrow's center" of an airline story
that names Canada and no British place is the airport by London, England, and London is that one,
not London, Ontario; "Toronto's Pearson", "Cairo's Abbasiya"). GeoWebNews given gold names 0.9482 /
0.9446 -> 0.9494 / 0.9457 (+3, none lost), end to end 0.9685 -> 0.9693 of the recognised; TR-News,
LGL, GeoVirus and 337 probes unchanged; the same for any weight from 1.5 to 8."""
W_NAMED_OTHERWISE = 2.0
"""Lost by a town that matches the name only as an alternate one where another name of the text
has chosen that very town by its own name and a town bears this name as its own, at least as
populous: "In Mount Gilead ... In Youngstown, Mayor Jay Williams" of an Ohio story is Youngstown,
not Mount Gilead, once called Youngstown (a writer who names a town by its name does not name it
again by a former one). Not where no town so bears the name ("Bombay" beside "Mumbai")."""
HOME_STATE_NAMES = 5
"""How many of the text's other names must have their best-known place in one country for a
country that shares its name with a state of that country ("Georgia") to need the text to speak of
it (W_COUNTY_TOWN)."""
W_NAMED_IN_FULL = 2.0
"""Won by a town that the name matches only as a part of its own ("Boulogne" of Boulogne-sur-Mer)
where another name of the text has chosen that very town by its full name: a writer who has
named "Boulogne-sur-Mer" means it by "Boulogne" (not Boulogne-Billancourt, more populous); and by
a division the name abbreviates that the text names in full ("Ind." and "Indiana")."""
W_DIVISIONS_SEAT = 1.0
SEAT_OVER_DIVISION = 2_000_000
"""A town that the name matches only as the start of its own ("Oklahoma" of Oklahoma City), where
the state or country of that name holds it, loses W_DIVISIONS_SEAT: the bare name means the state
("Officials in Oklahoma and Kansas"), unless the town has SEAT_OVER_DIVISION people or more ("New
York" means New York City)."""
W_FOREIGN = 2.0
"""Lost by a place in a country the text neither names nor places others in ("Paris" of a Texas
story is Paris, Texas), unless it lies on a continent the text names ("the European leg of her
tour in Paris": both dev corpora unchanged, no gold name changed), or is a bare dateline ("GENEVA
(Reuters) -" of a Sudan story that names the United States is Switzerland's, not Illinois'; both dev
corpora unchanged). A country the text does not otherwise speak of loses it too where the name has
a town in a country the text does ("Police in Lebanon" of a story of Hanover and Grafton County is
Lebanon, New Hampshire; "Denmark, S.C." is no kingdom; "troops in Poland" of an Ohio story and
"workers from Mexico" of one near Mexico, N.Y. stay countries): both dev corpora unchanged."""
WORLD_CITY = 500_000
WORLD_GAP = 30
WORLD_NEAR_KM = 100.0
"""A name whose own town has half a million people or more (a world city, by its primary name or
a part of it: "Frankfurt" of Frankfurt am Main) keeps
it from namesakes WORLD_GAP times smaller, or of any size that have the name only by a coincidence
of their alternate names (Syracuse, N.Y. as "Milan"; both dev corpora: no place changed), that
nothing in the text places: no qualifier, cue word, county of theirs named, nor a place chosen
within WORLD_NEAR_KM of them; such a namesake loses
W_FOREIGN ("bids from Toronto, Atlanta and Austin" is Toronto, Ontario, not Toronto, Ohio; London
of a story that names Kentucky once is still London, while "Donnie Ray Smith of London" in a
Laurel County story is Laurel County's London, and London, Ontario, a twenty-third of London's
size, keeps its own stories). At 100 both dev corpora were unchanged in both modes; at 30 Sydney
among US places is Australia's, not Nova Scotia's (a 46th), and GeoWebNews end to end gains one
(Birmingham, Alabama of a Sloss Furnaces story; given the gold names unchanged), TR-News unchanged.
The place chosen near the namesake must not be a world city itself: every big city has suburbs
named after others ("Los Angeles", a 110th of its namesake, 15 km from Madrid). A cue word ("the
town of") spares the far smaller namesakes, not those named by coincidence ("the mayor of
Philadelphia" is not Amman, once Philadelphia). Where every namesake in the countries the text
speaks of is so kept from the name, and none lies in a province it names, the world city is no
foreigner either ("Los Angeles" of a Spanish story is California's; the foreign penalty had
cancelled the rule). Both dev corpora: no gold name changed; given the gold names, Manhattan of
one story is the borough, no longer New York City. At half a million rather than a million people
(the same from 300,000 to 600,000), GeoWebNews gains 3 names in both modes (Portland, Oregon of a
Texas sports digest, a 38th of it, no longer Portland, Texas) and loses one (Wyoming the state,
through a false place, "Obama", now placed in the United States); TR-News unchanged. A gap of 20
rather than 30 loses 5 names on TR-News (London, Ontario and its like keep their stories)."""
_WORLD_AREAS = frozenset({"PCLI", "ADM1"})
"""A country or a province whose people number WORLD_CITY or more keeps its name from far smaller
towns as a world city does, where the text names neither their province nor their county nor
their continent nor a place near them: "diagnosed in England" of a story of Alberta, Washington
and Texas is England, not England, Arkansas; "Victoria" of a story naming British Columbia, or of
a "North America leg", stays the city. Not a province named by a direction ("the West" is no
region of Cameroon)."""
INTERNATIONAL_COUNTRIES = 3
"""A text whose other names speak of this many countries or more is a story of the world: a world
city's country going unnamed there is no sign that the city is foreign to it (W_FOREIGN), so a
namesake in one of those countries no longer wins on that alone: "the Royal Opera House in London
and the Vienna State Opera" of a New York story naming Toronto and Tokyo is England's London, not
Ontario's; Athens of an Olympics story naming France, Jamaica, Serbia and Spain is Greece's, not
Georgia's. Only a world city (WORLD_CITY): a Hollywood in such a story is still California's by its
text. Both dev corpora (both modes) and their events unchanged at 3 and 4; two probe names moved,
both to the world city."""
W_HOLDS = 1.5
"""A division that holds a place chosen for another name ("Georgia" with Atlanta), unless a town
of its own name lies in it ("New York"): GeoWebNews given gold names +3 (Washington State with
Seattle), no loss on either corpus from 0.5 to 2.0.

A division that is itself the place chosen for another name of the text gains it again: "southwest
Georgia" of a story datelined "ALBANY, Ga." is the state the abbreviation names, not the country
whose prior outweighs a state holding Albany and Americus (the same guard: not "New York" with
"N.Y.", whose city lies in the state)."""
DISTANCE_SCALE_KM = 1500.0
DATELINE_DISTANCE_FACTOR = 5.0
"""A place the text names only in its dateline is where the story was filed: the other names' places
near it gain W_DISTANCE as if it lay this many times further (within 300 km rather than 1,500):
"WASHINGTON (AP) - A federal judge in Wyoming" is the state, not Wyoming, Michigan, 800 km off."""
W_LIST = 1.0
LIST_SCALE_KM = 300.0
"""A name listed with towns ("Springfield, Decatur and Bloomington") gains up to W_LIST by lying
near the nearest of them (round 1 on): Bloomington of central Illinois, not of Indiana, which the
text also names. Both dev corpora unchanged at 1.0; at 2.0 GeoWebNews loses Idaho (beside
Colorado, to Idaho Springs), whence only towns count as list-mates, and counties (ADM2): in
"Sharkey, Humphreys, Carroll and Monroe counties" of a Mississippi story, Humphreys lies near
Sharkey County, not in Tennessee (both dev corpora unchanged)."""
W_COUNTY_TOWN = 10.0
"""Lost by a country whose name a town bears in a county the text names, where no other name of the
text has its best-known place in that country: "Lebanon" of a story naming Boone County, Indiana,
is the county seat, but not in one that names Beirut. Both dev corpora unchanged; LGL +3."""
W_MAIN_PROVINCE = 1.5
MAIN_PROVINCE_MENTIONS = 2
MAIN_PROVINCE_LEAD = 2.0
"""A place in the province the text names most often (MAIN_PROVINCE_MENTIONS times or more, by a
name whose first sense is that province, and more than any other province of the name's candidates)
gains W_MAIN_PROVINCE besides W_ADMIN1; not where the name may be a province's own ("Montana" is no
Montana City): "Boone County" of an Indiana jobs story that names Indiana five times and Illinois,
Ohio, Kentucky and Michigan once each is Indiana's, not Kentucky's (larger); "Shelby" of a Montana
prison story that names Tennessee once is Montana's town. GeoWebNews given gold names +2 (0.9455
-> 0.9463), GeoVirus +1 of the recognised names within 161 km, LGL given gold names 0.759 -> 0.789,
TR-News unchanged; the same for W_MAIN_PROVINCE from 1.0 to 2.0 (at 0.5 GeoWebNews gains none);
from one mention GeoWebNews loses 6. The province must be named more than MAIN_PROVINCE_LEAD times
as often as the next: "Marion" of a hurricane story naming Florida twice and North Carolina once is
left to the rest of the text (both dev corpora the same from a lead of 1.0; at 1.5 LGL and GeoVirus
gain 3 more, and the hurricane's Marion goes to Florida)."""
W_SIBLING = 4.0
W_SIBLING_COUNTY = 3.0
"""Gained by a county of a state (by a name that says it is a county: "Cook County") where the text
names MIN_SIBLINGS or more other counties of that state (settled): "deputies from Cook County"
beside Lowndes and Brooks counties is Georgia's, not Chicago's. Both dev corpora unchanged from 1.5
to 4.0; not for names without the word ("Leeds" beside Yorkshire's boroughs stays the city). One
county is enough that the name is listed with before "counties": "between Walton and Oconee
counties" of a story naming Walton County, Georgia, is Georgia's Oconee, not South Carolina's."""
MIN_SIBLINGS = 2
"""A text that names MIN_SIBLINGS or more first-level divisions of one country (settled, other names)
makes a name's division of that country gain W_SIBLING over its namesakes abroad: "Georgia" among
Alaska, Hawaii and Nevada, or beside Texas and North Carolina, is the state, not the country. Only
where the name's most important place is abroad ("Washington" stays the capital). Both dev corpora:
+1 name given gold names on GeoWebNews and none lost from 3.0 to 5.0 (none changed at 2.0); the
Punjab of a text naming two Indian states is India's, Victoria beside Queensland and New South Wales
Australia's. A name listed with countries only gains as much for its country: "crossed into
Cameroon, Chad and Niger" of a Borno story is the country, not Nigeria's Niger state (the text's
Nigerian places weigh for the state); both dev corpora unchanged."""
W_NEIGHBOUR = 1.5
NEIGHBOUR_KM = 50.0
MIN_NEIGHBOUR_SHARE = 0.25
"""Two names the text gives, each with several places of that name, where some place of one lies
near some place of the other, are most likely those two: "Edmonton" and "Enfield" of a story
naming no country are the two districts of north London, 4 km apart, not Alberta's capital and
Connecticut's town. From round 1, a town gains up to W_NEIGHBOUR by lying within NEIGHBOUR_KM of a
town of another name not yet settled, times how near that town came to winning its own name
(exp(its score - the best score), from MIN_NEIGHBOUR_SHARE). TR-News given gold names +11 (the two
Edmonton stories), GeoWebNews end to end +1 (a facility now stands in Haymarket, Virginia), none
lost; the same from a share of 0.1 to 0.5; at 1.0 none changed, at 2.0 each corpus loses one (the Venice
film festival goes to Venice, California, beside the story's Hollywood), at 100 km GeoWebNews loses
Brands Hatch."""
SETTLED_NEIGHBOUR_SHARE = 0.5
"""A town settled for another name counts as a neighbour (W_NEIGHBOUR) with this share: "Hanover"
of a story whose "Bethel, Vt." is settled is New Hampshire's, 31 km off, not Maryland's (larger);
not for a name whose best-known place is a province or a country ("Montana" of a story datelined
"HELENA, Mont." is the state, no town near Helena). Given the gold names: TR-News +1 (Litchfield,
Connecticut, by New Milford), GeoWebNews +1 (Overton of a West Yorkshire story), LGL +7 (one
Hanover story), none lost; at 0.25 none of them is gained, at 1.0 TR-News loses two ("New York" of
a story naming a town near it) and GeoWebNews one."""
MAX_DISTANCE_RANK = 12
"""Only the first candidates (by importance) are placed against the others, and those in a
province the text names or holding one of its places: a name's 13th most important homonym wins
on distance alone too rarely to pay for the sums, unless the text names its province
("Montgomery County" with Iowa and Red Oak is the 14th Montgomery County) or a place in it
("Plymouth Co." with Le Mars is Iowa's)."""


def _nearest_km(lat: float, lon: float, points: Sequence[tuple[float, float]]) -> float:
    """Kilometres to the nearest of `points`, equirectangular: within a fraction of a percent of the
    great circle at the distances that matter here (the bonus fades out by 1,500 km), and much
    cheaper. One loop: this is the resolver's inner loop."""
    best = math.inf
    cos, radians, hypot = math.cos, math.radians, math.hypot
    for alat, alon in points:
        dlon = abs(lon - alon)
        if dlon > 180:
            dlon = 360 - dlon
        d = 111.195 * hypot(dlon * cos(radians((lat + alat) / 2)), lat - alat)
        if d < best:
            best = d
    return best


_Area = tuple[str, str, str]
"""A division by (country, first-level division, second-level division or "")."""


def _area(c: Candidate) -> _Area:
    """The division a candidate is, as the places inside it name it: a county is the one of its
    own state ("Hamilton County" of Tennessee holds Chattanooga; Ohio's does not)."""
    if c.feature_code != "ADM1" and c.admin2 == c.name:
        return (c.country_code, c.admin1 or "", c.name)
    return (c.country_code, c.name, "")


def _areas_of(place: Candidate) -> list[_Area]:
    """The divisions a place lies in, as _area names them."""
    out = []
    if place.admin1:
        out.append((place.country_code, place.admin1, ""))
    if place.admin2:
        out.append((place.country_code, place.admin1 or "", place.admin2))
    return out


def _borne_by_a_larger_town(m: Mention, c: Candidate) -> bool:
    """Whether a town at least as populous as `c` bears the mention's name as its own (W_NAMED_OTHERWISE)."""
    return any(
        t.feature_class == "P" and t.match == "primary" and t.population >= c.population and t.population > 0
        for t in m.candidates
    )


def _seat_by_its_divisions_name(c: Candidate, divisions: Sequence[Candidate]) -> bool:
    """Whether a town the name matches only as the start of its own (Oklahoma City) lies in a state
    or country of the name (`divisions`: the name's own, by their own name) and is no world city
    (W_DIVISIONS_SEAT)."""
    return c.population < SEAT_OVER_DIVISION and any(
        d.country_code == c.country_code and (d.feature_code == "PCLI" or d.admin1 == c.admin1)
        for d in divisions
    )


def _holds_a_chosen_place(
    area: Candidate, holding: frozenset[_Area], candidates: Sequence[Candidate]
) -> bool:
    """Whether a division holds a place chosen for another name of the text (`holding`), and no
    town of its own name (`candidates`) lies in it: "Georgia" with Atlanta, not "New York"."""
    return area.feature_class == "A" and _area(area) in holding and not _has_namesake_inside(area, candidates)


def _has_namesake_inside(area: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether a town of the area's own name lies in it ("New York" the city, in New York State):
    the text's places in the area then speak for the town as much as for the area."""
    key = _area(area)
    return any(c.feature_class == "P" and key in _areas_of(c) for c in candidates)


def _candidates_of(key: tuple[int, ...]) -> tuple[int, ...]:
    """The candidates of a decision's key (_decision_keys), without the sense it may add (negative
    markers after the candidates' ids)."""
    return tuple(x for x in key if x >= 0)


def _key(m: Mention) -> tuple[int, ...]:
    return _key_of(m.candidates)


def _key_of(candidates: Sequence[Candidate]) -> tuple[int, ...]:
    return tuple(c.place_id for c in candidates)


_CUE_SENSE = {
    "city": -1_000_010,
    "province": -1_000_011,
    "region": -1_000_011,
    "county": -1_000_011,
    "country": -1_000_011,
}
"""The sense a cue word gives a name, for _decision_keys, where no candidate is of its kind: a town,
or an area (below any -1 - k that marks the k-th candidate as a decision's sense)."""


def _cue_sense(m: Mention) -> int:
    """The sense a cue word gives a mention: the first of its candidates of the cue's kind, so that
    a cue and a qualifier that mean one place are one sense ("Russia's Kursk region" and "the Kursk
    region" are both the oblast, not two decisions that would each take the other's oblast for
    where the town lies); _CUE_SENSE where no candidate is of that kind."""
    return next(
        (k for k, c in enumerate(m.candidates) if _of_the_cues_kind(m.cue, c)), _CUE_SENSE[m.cue or ""]
    )


def _of_the_cues_kind(cue: str | None, c: Candidate) -> bool:
    """Whether the candidate is of the kind a cue word says: a town for "city", a country for
    "country", a division for "province", "region" and "county"; a county by its name ("Houston
    County") is none of a province's or a region's ("the Houston region" is the city's)."""
    return (
        (cue == "city" and c.feature_class == "P")
        or (cue == "country" and c.feature_code == "PCLI")
        or (
            cue in AREA_CUES
            and c.feature_class == "A"
            and c.feature_code != "PCLI"
            and not (cue != "county" and c.name.endswith(_COUNTY_NAMES))
        )
    )


_COUNTY_NAMES = (" County", " Parish", " Borough")
"""How a county's own name ends, where the gazetteer knows it by its division word too."""


def _decision_keys(mentions: Sequence[Mention]) -> dict[int, tuple[int, ...]]:
    """The decision each mention (by id) is taken in: one per name, as one name in one text is one
    place, unless the text qualifies the name two ways ("Springfield, Ill." and "Springfield,
    Missouri"), or calls it a town once and an area once ("WASHINGTON (AP)", a dateline, and
    "Washington state"): then one per sense, and the name alone follows the sense it last had
    before (or its first). An agreement's or a body's namesake ("the Paris Agreement") is a
    decision of its own."""
    keys = {id(m): _key(m) for m in mentions}
    senses: dict[tuple[int, ...], list[tuple[int, int]]] = defaultdict(list)  # (start, sense)
    defined: dict[tuple[int, ...], int] = {}  # the sense a text's definition of the name gives it
    for m in mentions:
        if m.qualifier is not None:
            held = next((k for k, c in enumerate(m.candidates) if m.qualifier.holds(c)), None)
            if held is not None:
                senses[_key(m)].append((m.start, held))
                if m.defined:
                    defined.setdefault(_key(m), held)
        elif m.cue in _CUE_SENSE and not m.office:
            # "WASHINGTON (AP)" (a dateline: a city) and "Washington state" are two places too
            senses[_key(m)].append((m.start, _cue_sense(m)))
    for m in mentions:
        found = senses.get(keys[id(m)])
        if not found or len({held for _, held in found}) < 2:
            continue
        before = [held for start, held in found if start <= m.start]
        if m.qualifier is None and m.cue not in _CUE_SENSE and keys[id(m)] in defined:
            # "Paris is a city in Texas ... named after Paris, France ... Paris is home to"
            before = [defined[keys[id(m)]]]
        held = before[-1] if before else found[0][1]
        # the k-th candidate's sense is marked -1 - k; a cue's sense without a candidate, as itself
        keys[id(m)] = (*keys[id(m)], -1 - held if held >= 0 else held)
    for m in mentions:
        if (
            m.qualifies
            and m.qualifier is None
            and m.cue is None
            and any(
                c.feature_code in {"ADM1", "PCLI"} and any(c.holds(h) for h in m.qualifies)
                for c in m.candidates
            )
        ):
            # "Everett, Washington" is the state; "near Washington" of the same text is no state
            # for it: a name that qualifies a town it holds is a decision of its own
            keys[id(m)] = (*keys[id(m)], _QUALIFYING_SENSE)
    for m in mentions:
        if m.cue == "eponym" or (m.kind == "facility" and _a_way_or_township(m.text)):
            # "the Paris Agreement" of a Paris, Texas story; "a substation on Columbus Avenue" of a
            # Lebanon, Ohio story says nothing of Columbus (nor makes "a Franklin man" its namesake)
            keys[id(m)] = (*_key(m), _EPONYM_SENSE)
        elif m.office:
            # "New York's attorney general" is the state, and says nothing of the text's other New
            # Yorks ("the New York Police Department")
            keys[id(m)] = (*_key(m), _OFFICE_SENSE)
    return keys


_QUALIFYING_SENSE = -1_000_013
"""The decision of a name that qualifies the town before it ("Everett, Washington"), apart from the
name's others."""
_EPONYM_SENSE = -1_000_012
"""The decision of a name an agreement, a body or a street is named after, apart from the name's
others."""
_OFFICE_SENSE = -1_000_014
"""The decision of a name said of a division's own office (Mention.office), apart from the name's
others."""


def _evidence(m: Mention) -> tuple[str | None, set[str]]:
    """What one mention says of the document's setting: a country (countries and demonyms),
    and division names (countries and divisions named outright)."""
    top = m.candidates[0]
    if m.cue in AREA_CUES:
        # "the County of Brant": the text says the name is a division's, where a town also bears it
        top = next((c for c in m.candidates if c.feature_class == "A" and c.feature_code != "PCLI"), top)
    country = top.country_code if (top.feature_code == "PCLI" or top.match == "demonym") else None
    names: set[str] = set()
    if top.feature_class == "A":
        names = {fold(top.name), fold(m.text)}
    return country, names


def _scores(
    m: Mention,
    countries: dict[str, float],
    admin_names: dict[str, float],
    chosen: Sequence[tuple[float, float]],
    holding: frozenset[_Area] = frozenset(),
    sibling_of: frozenset[str] = frozenset(),
    continents: Sequence[tuple[float, float, float, float]] = (),
    mates: Sequence[tuple[float, float]] = (),
    neighbours: Sequence[tuple[float, float, float]] = (),
    towns: Sequence[tuple[float, float]] = (),
    among_countries: bool = False,
    among_divisions: str | None = None,
    county_of: frozenset[tuple[str, str | None]] = frozenset(),
    listed_counties: frozenset[tuple[str, str | None]] = frozenset(),
    chosen_ids: frozenset[int] = frozenset(),
    provinces_said: dict[str, int] | None = None,
    countries_of_others: dict[str, float] | None = None,
    county_towns: Counter[_Area] | None = None,
    shared_counties: Counter[_Area] | None = None,
    own_counties: frozenset[_Area] = frozenset(),
    dateline_at: Sequence[tuple[float, float]] = (),
) -> list[float]:
    """Each candidate's score; `chosen` are the points of the places chosen for the other names,
    `towns` those of them that are not world cities."""
    if m.cue == "eponym":
        # an agreement or body named after a place ("the Venice Commission") means the best-known one
        return [
            W_PRIOR * c.importance + (W_ALTERNATE if c.match == "alternate" else 0.0) for c in m.candidates
        ]
    q = m.qualifier
    out = []
    # the towns of each country that bear the name as their own (W_LOCAL_ALIAS)
    own_towns = Counter(
        c.country_code for c in m.candidates if c.feature_class == "P" and c.match == "primary"
    )
    abroad = m.candidates[0].country_code
    town_first = m.candidates[0].feature_class == "P"
    key = fold(m.text)
    # among namesake counties, not towns: "Cook County", "Humphreys and Carroll counties"
    says_county = key.endswith((" county", " parish")) or m.cue == "county"

    def named(area: str | None) -> bool:
        """Whether the text names this province or county (by another name than this one's)."""
        return bool(area) and admin_names.get(fold(area or ""), 0.0) > 0

    # a town of the name lies in a country the text speaks of: a country it does not is foreign then
    domestic = bool(countries) and any(
        c.feature_class == "P" and countries.get(c.country_code, 0.0) > 0
        for c in m.candidates[:MAX_DISTANCE_RANK]
    )
    # how each town's name the text writes, where it is one of the town's alternate names ("part":
    # "Frankfurt" of Frankfurt am Main; "variant": of Frankfort, Kentucky; "other")
    shapes = [
        alias_shape(key, fold(c.name)) if c.match == "alternate" and c.feature_class == "P" else None
        for c in m.candidates
    ]
    # a world city of the name: its far smaller namesakes need the text to say where they are
    world = max(
        (
            c.population
            for c, shape in zip(m.candidates[:MAX_DISTANCE_RANK], shapes, strict=False)
            if c.feature_class == "P" and (c.match == "primary" or shape == "part")
        ),
        default=0,
    )

    def unplaced(c: Candidate) -> bool:
        """Whether the text names neither the town's county nor a town near it."""
        return not named(c.admin2) and not (towns and _nearest_km(c.lat, c.lon, towns) < WORLD_NEAR_KM)

    outsized = [False] * len(m.candidates)
    if world >= WORLD_CITY and q is None:
        outsized = [
            c.feature_class == "P"
            # a cue word ("the town of") may mean a small namesake, not one named by coincidence
            and (
                (m.cue is None and c.population * WORLD_GAP <= world)
                or is_coincidence(key, c)
                # a spelling of its own name another language writes, which is the world city's
                # own: "Frankfurt" of Frankfort, Kentucky
                or shape == "variant"
            )
            and unplaced(c)
            for c, shape in zip(m.candidates, shapes, strict=True)
        ]
    # ... and so does a country or a province of the name as large, for the towns of provinces the
    # text does not name ("diagnosed in England" of a story of Alberta and Texas is no Arkansas town)
    world_area = max(
        (
            c.population
            for c in m.candidates[:MAX_DISTANCE_RANK]
            if c.feature_code in _WORLD_AREAS and c.match == "primary"
        ),
        default=0,
    )
    if world_area >= WORLD_CITY and q is None and m.cue is None and key not in word_list("direction"):
        outsized = [
            big
            or (
                c.feature_class == "P"
                and c.population * WORLD_GAP <= world_area
                and not named(c.admin1)
                and not _on(continents, c)  # "the North America leg ... Victoria on Sunday"
                and unplaced(c)
            )
            for big, c in zip(outsized, m.candidates, strict=True)
        ]
    # ... and when its namesakes in the countries the text speaks of are all such, and in none of
    # the provinces it names, it is no foreigner ("Los Angeles" of a Spanish story is not Madrid's
    # suburb; "Edmonton" of a Queensland story is still Queensland's)
    at_home = [
        rank
        for rank, c in enumerate(m.candidates)
        if c.feature_class == "P" and c.population != world and countries.get(c.country_code, 0.0) > 0
    ]
    kept = bool(at_home) and all(outsized[rank] and not named(m.candidates[rank].admin1) for rank in at_home)
    # a namesake in a county the text names: the world city needs its country or continent named
    # ("the Paris City Council" of a story naming Lamar County and Dallas is Paris, Texas; both dev
    # corpora: no gold name changed)
    county_namesake = world >= WORLD_CITY and any(
        c.feature_class == "P" and c.population != world and named(c.admin2) for c in m.candidates
    )
    # ... and so does the division of the world city's name around it (the département of Paris)
    world_at = (
        [(c.lat, c.lon) for c in m.candidates if c.feature_class == "P" and c.population == world]
        if county_namesake
        else []
    )
    town_held = q is not None and any(c.feature_class == "P" and q.holds(c) for c in m.candidates)
    # ... where the world city's country and continent go unnamed, the county's town is the text's as
    # a small town's would be ("a Paris man ... Henry County General Sessions Court")
    world_abroad = county_namesake and not any(
        c.population == world and (countries.get(c.country_code, 0.0) > 0 or _on(continents, c))
        for c in m.candidates
    )
    # the province of a candidate that the text names more often than those of all the others
    said_of = {c.admin1: (provinces_said or {}).get(fold(c.admin1), 0) for c in m.candidates if c.admin1}
    ranked = sorted(said_of.values(), reverse=True)
    most_said = ranked[0] if ranked else 0
    main_province = (
        next(a for a, n in said_of.items() if n == most_said)
        if most_said >= MAIN_PROVINCE_MENTIONS
        and (len(ranked) == 1 or most_said > MAIN_PROVINCE_LEAD * ranked[1])
        # not for a name that may be a province's own ("Montana", "Victoria")
        and not any(c.feature_code == "ADM1" for c in m.candidates)
        else None
    )
    # a town of the name in a county the text names ("Lebanon" with Boone County, Indiana)
    county_town = any(c.feature_class == "P" and named(c.admin2) for c in m.candidates)
    # the towns and sites of the other name of a possessive pair ("London's Heathrow")
    beside = [(b.lat, b.lon) for b in m.beside[:MAX_DISTANCE_RANK] if b.feature_class in {"P", "S"}]
    # a state of a country the text's other names speak of many times ("toward Georgia and the
    # Panhandle" of a Florida story naming a dozen Florida places): the country of the name needs
    # the text to speak of it or its continent, as for a town in a named county
    # the states and countries the name is the own name of (W_DIVISIONS_SEAT, W_NAMED_IN_FULL too)
    divisions = [
        d
        for d in m.candidates[:MAX_DISTANCE_RANK]
        if d.match == "primary" and d.feature_code in {"ADM1", "PCLI"}
    ]
    home_state = (
        m.cue != "country"
        and not among_countries
        and any(
            d.feature_code == "ADM1"
            and (
                (countries_of_others or {}).get(d.country_code, 0.0) >= HOME_STATE_NAMES
                # ... or one that holds a place chosen for another name ("Rain fell in Atlanta and across
                # Georgia")
                or _holds_a_chosen_place(d, holding, m.candidates)
            )
            for d in divisions
        )
    )
    international = sum(1 for weight in countries.values() if weight > 0) >= INTERNATIONAL_COUNTRIES
    # a place of the very name in a country the text speaks of ("Uman" of a Ukrainian story)
    named_at_home = any(o.match == "primary" and countries.get(o.country_code, 0.0) > 0 for o in m.candidates)
    # the places of the name this one may qualify ("Washington" after "Tacoma, "): the one chosen for
    # it, once one is ("Tehran, Isfahan or Mashhad" lists cities: Tehran is the capital, not the
    # Tiran of Isfahan province that is also a candidate of its name)
    qualified = m.qualifies[:MAX_DISTANCE_RANK]
    if any(h.place_id in chosen_ids for h in m.qualifies):
        qualified = tuple(h for h in m.qualifies if h.place_id in chosen_ids)
    # the most names with a town in one county of the name's (W_TOWNS_COUNTY)
    most_towns = (
        max(
            (
                county_towns[area] - (area in own_counties)
                for d in m.candidates
                if d.feature_code == "ADM2" and (area := _area(d)) in county_towns
            ),
            default=0,
        )
        if county_towns
        else 0
    )
    for rank, c in enumerate(m.candidates):
        s = W_PRIOR * (max(c.importance, PRIOR_FLOOR) if c.feature_class == "P" else c.importance)
        if (
            named_at_home
            and c.feature_code == "PCLI"
            and countries.get(c.country_code, 0.0) <= 0
            and is_coincidence(key, c)
        ):
            s -= W_COUNTY_TOWN  # ... is no country that has the name by a coincidence of spelling (Oman)
        if (
            (county_town or home_state)
            and c.feature_code == "PCLI"
            and (countries_of_others or {}).get(c.country_code, 0.0) <= 0
            and not _on(continents, c)
        ):
            s -= W_COUNTY_TOWN  # no country the text's other names speak of
        if c.match == "alternate":
            s += W_ALTERNATE
            shape = shapes[rank]
            if shape == "other" and own_towns[c.country_code] >= LOCAL_NAMESAKES:
                s -= W_LOCAL_ALIAS
            if shape == "part":
                if _seat_by_its_divisions_name(c, divisions):
                    s -= W_DIVISIONS_SEAT
                # not "New York" beside "New York City" (a state's own name), nor "the Karak district"
                if c.place_id in chosen_ids and not divisions and m.cue in {None, "city"}:
                    s += W_NAMED_IN_FULL  # "Boulogne" after "Boulogne-sur-Mer" is that town
            if c.place_id in chosen_ids and c.feature_class == "P" and _borne_by_a_larger_town(m, c):
                s -= W_NAMED_OTHERWISE  # "Youngstown" beside "Mount Gilead" is not Mount Gilead
        elif c.match == "abbreviation" and c.feature_class == "A" and named(c.name):
            # "avoiding Ind. tax" of a story that names Indiana is the state, not Indianapolis (whose
            # alias "Ind" the state the text names would otherwise lend W_ADMIN1)
            s += W_NAMED_IN_FULL
        if outsized[rank]:
            s -= W_FOREIGN
        if (
            county_namesake
            and (
                c.population == world
                or (c.feature_class == "A" and _nearest_km(c.lat, c.lon, world_at) < WORLD_NEAR_KM)
            )
            and countries.get(c.country_code, 0.0) <= 0
            and not _on(continents, c)
        ):
            s -= W_FOREIGN
        if domestic and c.feature_code == "PCLI" and countries.get(c.country_code, 0.0) <= 0:
            s -= W_FOREIGN
        if c.feature_code == "PCLI" and countries.get(c.country_code, 0.0) > 0:
            # the country the text speaks of by its other names ("Panamanian") is the country its name
            # means, not the capital that has the name as an alternate ("into Panama")
            s += W_COUNTRY * min(1.0, countries[c.country_code])
        if countries and c.feature_code != "PCLI" and c.country_code:
            weight = countries.get(c.country_code, 0.0)
            if weight > 0:
                s += W_COUNTRY * min(1.0, weight)
            elif (
                not _on(continents, c)
                and not (m.dateline and q is None)
                # the best-known town of the name, where its namesakes at home are all outsized, or
                # a world city in a story of many countries ("the Royal Opera House in London" beside
                # Vienna, Tokyo and Toronto; Athens beside France, Jamaica, Serbia and Spain)
                and not (
                    (kept or (international and world >= WORLD_CITY))
                    and c.population == world
                    and c.feature_class == "P"
                    # (by its own name or a part of it, as `world` counts: "Frankfurt")
                    and (c.match == "primary" or shapes[rank] == "part")
                )
                and not (kept and c.population == world_area and c.feature_code in _WORLD_AREAS)
            ):
                s -= W_FOREIGN
        # in a province the text names, or a town in a county it names ("Southold" with Suffolk
        # County is Long Island's, not South Bend, which has "Southold" as an alternate name)
        state_named = named(c.admin1)
        county_named_too = c.feature_class == "P" and named(c.admin2)
        if (state_named or county_named_too) and c.feature_code not in {"ADM1", "PCLI"}:
            s += W_ADMIN1
        if county_named_too and (
            world < WORLD_CITY or q or world_abroad or (c.country_code, c.admin2) in listed_counties
        ):
            s += W_COUNTY  # "Paris and Henry County": listed with its county, a world city's namesake
        if main_province is not None and c.admin1 == main_province and c.feature_code not in {"ADM1", "PCLI"}:
            s += W_MAIN_PROVINCE
        holds = bool(holding) and c.feature_class == "A" and _area(c) in holding
        if (
            (chosen or dateline_at)
            and (rank < MAX_DISTANCE_RANK or state_named or county_named_too or holds)
            and c.feature_code not in {"PCLI", "CONT"}
        ):
            if holds:
                nearest = 0.0  # a province holds a place chosen for another name
                if _holds_a_chosen_place(c, holding, m.candidates):
                    s += W_HOLDS  # "Georgia ... Atlanta" is the state, not the country
                    if c.place_id in chosen_ids:
                        s += W_HOLDS  # "Ga." of the dateline is the state itself
            else:
                nearest = min(
                    _nearest_km(c.lat, c.lon, chosen) if chosen else math.inf,
                    DATELINE_DISTANCE_FACTOR * _nearest_km(c.lat, c.lon, dateline_at)
                    if dateline_at
                    else math.inf,
                )
            s += W_DISTANCE * max(0.0, 1.0 - nearest / DISTANCE_SCALE_KM)
        if neighbours and rank < MAX_DISTANCE_RANK and c.feature_class == "P":
            s += W_NEIGHBOUR * _neighbourly(c, neighbours)
        if mates and rank < MAX_DISTANCE_RANK and c.feature_code not in {"PCLI", "CONT"}:
            s += W_LIST * max(0.0, 1.0 - _nearest_km(c.lat, c.lon, mates) / LIST_SCALE_KM)
        if _of_the_cues_kind(m.cue, c):
            s += W_CUE
        if (
            q is not None
            and q.holds(c)
            and not (c.feature_code == "ADM2" and c.match == "alternate" and town_held)
        ):
            # "Alexandria" in "Alexandria, La." is the one in Louisiana; "Plymouth, Massachusetts" the
            # town, not Plymouth County, which the state holds too
            s += W_QUALIFIER
        if (
            qualified
            and (c.feature_class == "A" or c.feature_code == "PCLI")
            and any(c.holds(h) for h in qualified)
            # "Hollywood, Los Angeles" is the city, not the county of its alternate name that holds it
            and not (
                c.feature_code == "ADM2" and c.match == "alternate" and _has_namesake_inside(c, m.candidates)
            )
        ):
            s += W_QUALIFIER  # "Washington" in "Tacoma, Washington" is the state
        if (
            beside
            and rank < MAX_DISTANCE_RANK
            and c.feature_class in {"P", "S"}
            and _nearest_km(c.lat, c.lon, beside) <= NEIGHBOUR_KM
        ):
            s += W_BESIDE  # "London's Heathrow" is the airport by London, and that London
        if (
            c.feature_code == "ADM2"
            and not holds
            and county_towns
            and county_towns[county := _area(c)] > (county in own_counties)
            # ... the county of the most of them: "Champaign County" of a story naming Urbana and
            # St. Paris is Ohio's, which holds a town of each, not Illinois's (only an Urbana)
            and county_towns[county] - (county in own_counties) >= most_towns
            # the county of Cairns is no rival of Cairns (nor the municipality of São Paulo, which
            # the gazetteer does not say the city is in, of the city at its centre)
            and not _has_namesake_inside(c, m.candidates)
            and not any(
                t.feature_class == "P" and _nearest_km(t.lat, t.lon, [(c.lat, c.lon)]) <= SAME_PLACE_KM
                for t in m.candidates
            )
        ):
            s += W_TOWNS_COUNTY  # "Boone County" with "Lebanon" is the Boone County a Lebanon lies in
        if (
            c.feature_class == "P"
            and shared_counties
            and rank < MAX_DISTANCE_RANK
            and c.admin2
            # a town of the very name (not Mount Gilead, by its other name, for the "Youngstown" of a
            # story datelined MOUNT GILEAD that names Morrow County)
            and c.match == "primary"
            # not where the county bears the name as its own: the text's towns there say as much for
            # it ("Leyte" of a story naming towns of Leyte province; but Lebanon County is no Lebanon)
            and not any(
                d.feature_class == "A" and d.match == "primary" and d.name == c.admin2 for d in m.candidates
            )
        ):
            county = (c.country_code, c.admin1 or "", c.admin2)
            # the other names with a town there (the name itself counts where its best-known place is a town)
            shared = shared_counties[county] - (town_first and county in own_counties)
            if shared >= SHARED_COUNTY_NAMES:
                s += W_SHARED_COUNTY * min(shared, SHARED_COUNTY_MOST)
        if c.feature_code in {"PPLA", "PPLC"}:
            s += W_SEAT
        if c.feature_code == "ADM1" and (
            (
                c.country_code in sibling_of
                # a foreign namesake's rival, or the best-known place of the name with no town of it
                # inside ("Wyoming" among Indiana, Ohio and Montana is the state, not Wyoming, Ohio)
                and (c.country_code != abroad or (rank == 0 and not _has_namesake_inside(c, m.candidates)))
            )
            # listed with states of its country only: "Missouri, New Jersey, New Mexico, New York,
            # Ohio, Oklahoma" are states, not two of them their largest cities
            or c.country_code == among_divisions
        ):
            s += W_SIBLING  # "Georgia" among Alaska, Hawaii and Nevada is the state
        if says_county and c.feature_code == "ADM2" and (c.country_code, c.admin1) in county_of:
            s += W_SIBLING_COUNTY  # "Cook County" beside Lowndes and Brooks counties is Georgia's
        if among_countries and c.feature_code == "PCLI":
            s += W_SIBLING  # "Niger" after Cameroon and Chad is the country, not Nigeria's state
        out.append(s)
    return out


def _among_divisions(listed: Sequence[Candidate], mates: Sequence[Sequence[Candidate]]) -> str | None:
    """The country whose first-level divisions a list names, where two or more of its other names
    are settled (`listed`) as divisions of that country and each of the rest could be one (`mates`:
    each other name's first candidates): "Missouri, New Jersey, New Mexico, New York, Ohio,
    Oklahoma, Oregon"; None otherwise."""
    states = Counter(mate.country_code for mate in listed if mate.feature_code == "ADM1")
    if not states:
        return None
    code, n = states.most_common(1)[0]
    countries = sum(mate.feature_code == "PCLI" for mate in listed)
    if n < MIN_SIBLINGS and (n + countries < MIN_SIBLINGS or n + countries < len(listed)):
        # "Firefighters from Quebec, Ontario and South Africa": a division of that country among
        # divisions and countries only is the division, not Quebec City
        return None
    if not all(
        any((c.feature_code == "ADM1" and c.country_code == code) or c.feature_code == "PCLI" for c in cands)
        for cands in mates
    ):
        return None  # "Miami, Ohio and Texas": a town's name among them
    return code


def resolve(
    mentions: Sequence[Mention],
    *,
    gazetteer: Gazetteer | None = None,
    rounds: int = 1,
    calibrated: bool = True,
) -> list[Place]:
    """One Place per mention that has a candidate, in text order.

    A mention with a direction word ("northern Syria") keeps the place it names (its span is the
    name, as annotated corpora have it) and carries the region too: a point inside that part of
    the place's extent (`Place.region()` is that region as a Place of its own, feature code RGN).

    One sense per document: all mentions with the same candidates are one decision, pooling
    their evidence. Each decision is scored with the evidence of the *other* names only
    (a name does not vote for itself), then re-scored `rounds` times with the distances to
    the places chosen for the other names.
    """
    decision = _decision_keys(mentions)
    groups: dict[tuple[int, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.candidates:
            groups[decision[id(m)]].append(m)
    # each decision's candidates, without the sense it may add: a name's senses are one name
    named_as = {key: _candidates_of(key) for key in groups}
    # how often the text names each first-level division by a name that means it first
    provinces_said = Counter(
        fold(m.candidates[0].name)
        for m in mentions
        if m.candidates and m.candidates[0].feature_code == "ADM1"
    )
    own_country: dict[tuple[int, ...], dict[str, float]] = {}
    own_names: dict[tuple[int, ...], dict[str, float]] = {}
    total_country: dict[str, float] = defaultdict(float)
    total_names: dict[str, float] = defaultdict(float)
    said_by: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # name -> country
    total_tops: dict[str, float] = defaultdict(float)
    for key, group in groups.items():
        oc: dict[str, float] = defaultdict(float)
        on: dict[str, float] = defaultdict(float)
        for m in group:
            country, names = _evidence(m)
            if country:
                oc[country] += 1.0
            # the country of each name's best-known place (for W_COUNTY_TOWN)
            said_by[fold(m.text)][m.candidates[0].country_code] += 1.0
            total_tops[m.candidates[0].country_code] += 1.0
            for n in names:
                on[n] += 1.0
        own_country[key], own_names[key] = oc, on
        for k, v in oc.items():
            total_country[k] += v
        for k, v in on.items():
            total_names[k] += v

    # the extents of the continents the text names ("Europe", "European"): no place on them is
    # foreign to the text
    continents = [
        box
        for m in mentions
        if m.candidates and m.candidates[0].feature_code == "CONT" and (box := m.candidates[0].bbox)
    ]

    def minus(total: dict[str, float], own: dict[str, float]) -> dict[str, float]:
        return {k: v - own.get(k, 0.0) for k, v in total.items() if v - own.get(k, 0.0) > 0}

    # for each name, the counties its towns lie in (W_TOWNS_COUNTY)
    town_counties = {
        key: frozenset(
            area
            for c in group[0].candidates[:MAX_DISTANCE_RANK]
            if c.feature_class == "P"
            for area in _areas_of(c)
            if area[2]
        )
        for key, group in groups.items()
    }
    # how many names have a town in each county (W_TOWNS_COUNTY)
    county_towns = Counter(county for counties in town_counties.values() for county in counties)
    # ... of the names whose best-known place is a town (W_SHARED_COUNTY: not "Washington,
    # Pennsylvania and California", states, whose towns lie in Washington County, Pennsylvania)
    shared_counties = Counter(
        county
        for key, counties in town_counties.items()
        if groups[key][0].candidates[0].feature_class == "P"
        for county in counties
    )
    # ... and of the counties the text names by their full name, each its own ("Urbana" of a story
    # datelined ST. PARIS that names "the Champaign County Sheriff's Office" is Ohio's, whose
    # Champaign County holds St. Paris too, not Illinois's, the better known)
    shared_counties.update(
        {
            (c.country_code, c.admin1 or "", c.admin2)
            for group in groups.values()
            if group[0].candidates[0].feature_code == "ADM2" and group[0].candidates[0].match == "primary"
            for c in group[0].candidates[:MAX_DISTANCE_RANK]
            if c.feature_code == "ADM2" and c.admin2
        }
    )
    # for each name, the countries of the other names' best-known places (W_COUNTY_TOWN), once
    others_tops = {name: minus(total_tops, by_name) for name, by_name in said_by.items()}

    # the decisions of names the text gives only in its dateline (DATELINE_DISTANCE_FACTOR)
    only_datelines = frozenset(key for key, group in groups.items() if all(m.dateline for m in group))
    choice: dict[tuple[int, ...], tuple[int, float]] = {}
    # the towns each name's decision nearly chose (lat, lon, exp(score - best)), for W_NEIGHBOUR
    contenders: dict[tuple[int, ...], list[tuple[float, float, float]]] = {}
    key_at = {m.start: decision[id(m)] for m in mentions if m.candidates}
    for round_ in range(rounds + 1):
        # (an agreement's or a body's namesake, "the Paris Agreement", says nothing of where the
        # text's other places are)
        settled = {
            key: groups[key][0].candidates[i]
            for key, (i, share) in choice.items()
            if share >= 0.5 and key[-1:] != (_EPONYM_SENSE,)
        }
        divided = Counter(c.country_code for c in settled.values() if c.feature_code == "ADM1")
        counties = Counter((c.country_code, c.admin1) for c in settled.values() if c.feature_code == "ADM2")
        # the divisions the settled places lie in (_Area), and those only one name's place does
        holders: dict[_Area, set[tuple[int, ...]]] = defaultdict(set)
        for other, c in settled.items():
            for held_area in _areas_of(c):
                holders[held_area].add(other)
        held = frozenset(holders)
        held_only_by: dict[tuple[int, ...], set[_Area]] = defaultdict(set)
        for held_area, keys in holders.items():
            if len(keys) == 1:
                held_only_by[next(iter(keys))].add(held_area)
        # the towns settled so far, as neighbours of the other names' towns (SETTLED_NEIGHBOUR_SHARE)
        settled_towns = [
            (other, (c.lat, c.lon, SETTLED_NEIGHBOUR_SHARE))
            for other, c in settled.items()
            if c.feature_class == "P" and SETTLED_NEIGHBOUR_SHARE > 0
        ]
        new_choice = {}
        new_contenders: dict[tuple[int, ...], list[tuple[float, float, float]]] = {}
        for key, group in groups.items():
            countries = minus(total_country, own_country[key])
            admin_names = minus(total_names, own_names[key])
            if round_ > 0:
                for other, cand in settled.items():
                    if other != key and cand.country_code and cand.feature_code != "CONT":
                        countries[cand.country_code] = countries.get(cand.country_code, 0.0) + 0.25
            # (nor the name's other senses: "KHARKIV" of the dateline, the city, casts no vote of
            # nearness for the city in "the Kupiansk district of Kharkiv region")
            others_by_key = {
                other: c
                for other, c in settled.items()
                if named_as[other] != named_as[key]
                and c.feature_code not in {"PCLI", "CONT", "OCN", "SEA", "RGN"}
            }
            others = {c.place_id: c for c in others_by_key.values()}.values()
            chosen = [(c.lat, c.lon) for other, c in others_by_key.items() if other not in only_datelines]
            dateline_at = [(c.lat, c.lon) for other, c in others_by_key.items() if other in only_datelines]
            chosen_ids = frozenset(c.place_id for c in others)
            towns = [(c.lat, c.lon) for c in others if c.population < WORLD_CITY]
            # the countries of whose first-level divisions the text names two or more (other names)
            own = settled.get(key)
            own_division = own.country_code if own is not None and own.feature_code == "ADM1" else None
            sibling_of = frozenset(
                code for code, n in divided.items() if n - (code == own_division) >= MIN_SIBLINGS
            )
            own_county = (
                (own.country_code, own.admin1) if own is not None and own.feature_code == "ADM2" else None
            )
            county_of = frozenset(
                state for state, n in counties.items() if n - (state == own_county) >= MIN_SIBLINGS
            )
            if len(group[0].candidates) == 1:
                new_choice[key] = (0, 1.0)
                continue
            holding = held - held_only_by[key] if key in held_only_by else held
            pooled: list[float] | None = None
            neighbours = [
                point
                for other, points in contenders.items()
                if other != key and other not in settled
                for point in points
            ]
            if group[0].candidates[0].feature_code not in {"ADM1", "PCLI"}:
                neighbours += [point for other, point in settled_towns if other != key]
            # mentions of one name differ only in their cue words and qualifier
            distinct = {
                (
                    m.cue,
                    m.qualifier.place_id if m.qualifier else None,
                    _key_of(m.qualifies),
                    _key_of(m.beside),
                    m.listed_with,
                    m.dateline,
                ): m
                for m in group
            }
            for m in distinct.values():
                listed = [
                    mate
                    for start in m.listed_with
                    if (mate_key := key_at.get(start)) is not None
                    and mate_key != key
                    and (mate := settled.get(mate_key)) is not None
                ]
                mates = [
                    (mate.lat, mate.lon)
                    for mate in listed
                    if mate.feature_class == "P" or mate.feature_code == "ADM2"
                ]
                # listed with countries only ("Cameroon, Chad and Niger"): a country too
                among_countries = bool(listed) and all(mate.feature_code == "PCLI" for mate in listed)
                # each list-mate's first candidates, settled or not
                mates_may_be = [
                    groups[mate_key][0].candidates[:MAX_DISTANCE_RANK]
                    for start in m.listed_with
                    if (mate_key := key_at.get(start)) is not None and mate_key != key
                ]
                among_divisions = _among_divisions(listed, mates_may_be) if listed else None
                # the states of the counties the name is listed with before "counties" ("between
                # Walton and Oconee counties": counties of one state, W_SIBLING_COUNTY)
                sibling_counties = county_of
                if m.cue == "county":
                    sibling_counties |= {
                        (c.country_code, c.admin1) for c in listed if c.feature_code == "ADM2"
                    }
                # the counties a list-mate may name ("Paris and Henry County")
                listed_counties = frozenset(
                    (c.country_code, c.name)
                    for cands in mates_may_be
                    for c in cands
                    if c.feature_code == "ADM2"
                )
                scores = _scores(
                    m,
                    countries,
                    admin_names,
                    chosen,
                    holding,
                    sibling_of,
                    continents,
                    mates,
                    neighbours,
                    towns,
                    among_countries,
                    among_divisions,
                    sibling_counties,
                    listed_counties,
                    chosen_ids,
                    provinces_said,
                    others_tops[fold(m.text)],
                    county_towns,
                    shared_counties,
                    town_counties[key],
                    dateline_at,
                )
                pooled = (
                    scores if pooled is None else [max(a, b) for a, b in zip(pooled, scores, strict=True)]
                )
            assert pooled is not None
            best = max(range(len(pooled)), key=pooled.__getitem__)
            total = sum(math.exp(s - pooled[best]) for s in pooled)
            new_choice[key] = (_by_its_own_name(group[0].candidates, pooled, best), 1.0 / total)
            if round_ < rounds and key[-1:] != (_EPONYM_SENSE,):
                new_contenders[key] = [
                    (c.lat, c.lon, near)
                    for c, score in zip(group[0].candidates[:MAX_DISTANCE_RANK], pooled, strict=False)
                    if c.feature_class == "P"
                    and (near := math.exp(score - pooled[best])) >= MIN_NEIGHBOUR_SHARE
                ]
        choice = new_choice
        contenders = new_contenders
    places: list[Place] = []
    unknown: list[Mention] = []
    facilities: list[tuple[int, Mention, Candidate]] = []  # (index in places, mention, its place)
    small: list[tuple[int, Mention]] = []  # towns and small divisions, which may be strays from abroad
    parts: list[tuple[int, Mention]] = []  # names the text calls part of a town (located_in)
    picked: list[Candidate] = []  # the candidate of each place
    astray: list[tuple[int, Mention]] = []  # names the text puts in a state that has no place of the name
    for m in mentions:
        if not m.candidates:
            unknown.append(m)
            continue
        index, share = choice[decision[id(m)]]
        if (
            (m.named_area or m.office)
            and not _of_the_cues_kind(m.cue, m.candidates[index])
            and (sense := _cue_sense(m)) >= 0
        ):
            # "the Kupiansk district of Kharkiv region" of a story datelined KHARKIV is the oblast,
            # as "most of them in Cebu province" under "CEBU, Philippines" is the province
            index = sense
        c = m.candidates[index]
        if _not_where_said(m):
            astray.append((len(places), m))
        if m.kind == "facility":
            facilities.append((len(places), m, c))
        elif (
            (
                c.importance < (STRAY_DIVISION_IMPORTANCE if c.feature_class == "A" else STRAY_IMPORTANCE)
                or _coincidence(m, c)
                or _compass_division(m, c)
                or (c.feature_class == "A" and c.importance < LISTED_STRAY_IMPORTANCE and bool(m.listed_with))
                # "Suba, Migori, Homa Bay" of a Kenyan story: Suva by an unrelated alias, in a list
                or (bool(m.listed_with) and is_coincidence(fold(m.text), c))
                or _a_compass_name(m, c)
            )
            and (c.feature_class in {"P", "A"} or _compass_division(m, c))
            and c.feature_code != "PCLI"
            and not m.qualifier
            and not (c.names >= FAMOUS_NAMES and c.match == "primary")
            # the only town a name is the first part of is that town named short ("Clacton" of
            # Clacton-on-Sea), no coincidence (FAMOUS_NAMES)
            and not (
                len(m.candidates) == 1
                and c.match == "alternate"
                and alias_shape(fold(m.text), fold(c.name)) == "part"
            )
        ):
            small.append((len(places), m))
        if m.kind == "name" and m.located_in is not None:
            parts.append((len(places), m))
        picked.append(c)
        confidence = round(calibrate(share * m.score) if calibrated else share * m.score, 3)
        places.append(place_of(m, c, confidence, gazetteer))
    if parts:
        _parts_of_towns(places, picked, parts, gazetteer)
    for i, m in astray:
        places[i] = _in_the_state(m, places, gazetteer)
    paragraphs = {m.start: m.paragraph for m in mentions}
    datelines = frozenset(m.start for m in mentions if m.dateline)
    # the small towns that are also minor: at home, far from the text's other places, strays too
    minor = frozenset(i for i, _ in small if picked[i].importance < DOMESTIC_STRAY_IMPORTANCE)
    placed = _in_their_context(places, facilities, unknown, small, paragraphs, datelines, minor)
    measured = [m for m in mentions if m.offset is not None and m.candidates]
    return _where_measured(placed, measured, gazetteer) if measured else placed


_SITE_MEANINGS = frozenset({"a park", "a square", "a street", "a road", "a venue", "a building"}) | (
    NATURAL_MEANINGS & {"a bay", "a beach", "a lake", "a river"}
)


def _named_as_a_site(m: Mention) -> bool:
    """Whether a name of several words ends in a site's word ("Union Park", "Washington Square"),
    or water's ("Back Bay"): matched as a small town of that very name, it is as likely a park, a
    square or the bay of the story's own town ("a casino parking garage on Back Bay" of a Biloxi
    story is no Boston neighbourhood)."""
    return " " in m.text and (
        facility_meaning(m.text) in _SITE_MEANINGS
        # "at the south end of Lake Mary" of a Minnesota story: the lake, no town of Florida
        or m.text.split(None, 1)[0].lower() in _LAKE_FIRST
    )


_LAKE_FIRST = frozenset({"lake", "loch", "lough"})
"""First words of a name that make it water's as much as a town's ("Lake Mary", "Loch Lomond")."""


def _not_where_said(m: Mention) -> bool:
    """Whether the text puts a town's name in a state or province of none of its places: "HOLLIDAY,
    Mo." or "Holliday, Missouri" where the gazetteer's Hollidays are all in other states. The state
    by its own name or abbreviation only: in a list ("Kyiv, Kharkiv, Odesa") the next name, here
    the oblast's other name, qualifies nothing."""
    q = m.qualifier
    return (
        q is not None
        and q.feature_code == "ADM1"
        and q.match in {"primary", "abbreviation"}
        and len(m.listed_with) < 2  # "Miami, West Palm Beach, New York, and Detroit" (not the state alone)
        and all(c.feature_class == "P" for c in m.candidates)
        and not any(q.holds(c) for c in m.candidates)
    )


def _in_the_state(m: Mention, places: Sequence[Place], gazetteer: Gazetteer | None) -> Place:
    """A name put in a state that has no place of the name (_not_where_said) stands at the place the
    text names nearest to it in that state, or else at the state: a place the gazetteer lacks."""
    q = m.qualifier
    assert q is not None
    return _at(_nearest_inside(m, places, q.country_code, q.name) or place_of(m, q, 1.0, gazetteer), m)


def _nearest_inside(
    m: Mention, places: Sequence[Place], country: str, admin1: str | None, *, anywhere: bool = False
) -> Place | None:
    """The place finer than a province that the text names nearest to `m` inside that province (or
    `anywhere` in the country), or None; another mention of `m`'s own name that stands at a town
    there is that town ("the Salinas Valley region of California ... a ranch in Salinas Valley", the
    second at Salinas)."""
    inside = [
        p
        for p in _fine(places)
        if p.country_code == country and (anywhere or p.admin1 == admin1) and p.start != m.start
    ]
    return _nearest_in_text(m, inside) if inside else None


def place_of(m: Mention, c: Candidate, confidence: float, gazetteer: Gazetteer | None) -> Place:
    """The Place of a mention resolved to the candidate `c`."""
    return Place(
        mention=m.text,
        start=m.start,
        end=m.end,
        name=c.name,
        lat=c.lat,
        lon=c.lon,
        geonameid=c.geonameid,
        feature_code=c.feature_code,
        country_code=c.country_code,
        admin1=c.admin1,
        confidence=confidence,
        part=m.part,
        part_point=part_point(gazetteer, c, m.part) if m.part is not None else None,
        adjective=m.kind == "demonym",
    )


TOWN_PART_KM = 60.0
"""How near a town a place the text calls a part of it ("the Cincinnati suburb of West Chester")
must lie to be that part."""


def _parts_of_towns(
    places: list[Place],
    picked: Sequence[Candidate],
    parts: Sequence[tuple[int, Mention]],
    gazetteer: Gazetteer | None,
) -> None:
    """A place the text calls a suburb or a neighbourhood of a town (`Mention.located_in`) lies
    near it: where the place chosen is far from the town, the name's candidate near the town is
    chosen ("the Cairns suburbs of Edmonton": Edmonton, Queensland), and where it has none, the
    smaller of the two stands at the larger ("the Cincinnati suburb of West Chester": the gazetteer
    knows only West Chester, Pennsylvania)."""
    at = {p.start: k for k, p in enumerate(places)}
    for i, m in parts:
        k = at.get(m.located_in) if m.located_in is not None else None
        if k is None:
            continue
        town, place = places[k], places[i]
        if picked[i].feature_class != "P" or picked[k].feature_class != "P" or town.near or place.near:
            continue  # a province is nobody's suburb ("the Cincinnati suburb of West Chester, Ohio")
        if _nearest_km(place.lat, place.lon, [(town.lat, town.lon)]) <= TOWN_PART_KM:
            continue
        near = [
            c
            for c in m.candidates
            if c.feature_class == "P" and _nearest_km(c.lat, c.lon, [(town.lat, town.lon)]) <= TOWN_PART_KM
        ]
        if near:
            places[i] = place_of(m, near[0], place.confidence, gazetteer)
        elif picked[i].importance < picked[k].importance:
            places[i] = _at(town, m)


def _neighbourly(c: Candidate, neighbours: Sequence[tuple[float, float, float]]) -> float:
    """max over the points of share * (1 - distance / NEIGHBOUR_KM), 0 beyond NEIGHBOUR_KM."""
    best = 0.0
    reach = NEIGHBOUR_KM / 111.0  # degrees of latitude: a cheap test before the distance
    for lat, lon, share in neighbours:
        if share > best and abs(lat - c.lat) < reach:
            gain = share * (1.0 - _nearest_km(c.lat, c.lon, [(lat, lon)]) / NEIGHBOUR_KM)
            if gain > best:
                best = gain
    return best


def _on(boxes: Sequence[tuple[float, float, float, float]], c: Candidate) -> bool:
    """Whether the candidate lies in one of the (west, south, east, north) boxes; a box whose west
    is east of its east crosses the antimeridian (GeoNames' Asia and North America)."""
    return any(
        (west <= c.lon <= east if west <= east else (c.lon >= west or c.lon <= east))
        and south <= c.lat <= north
        for west, south, east, north in boxes
    )


COINCIDENCE_IMPORTANCE = 6.0
"""A place below this importance (about a million people) that has the name only as an alternate
name unrelated to its own ("Boni" of Bonn, "CHU" of Quzhou) is judged like a small town abroad
(STRAY_IMPORTANCE): in a country the text does not speak of, it is most often a local name the
gazetteer lacks. GeoWebNews given gold names +1, none lost (at 7.0: no more gained, "West Coast"
changes from one wrong place to another; exonyms such as Peking, Bombay or Mecca are above it)."""


SAME_PLACE_KM = 30.0
"""Two candidates this close are one place for a reader: the one the text calls by its own name
is shown ("New Delhi" is New Delhi, not Delhi, which GeoNames also calls "New Delhi")."""


def _by_its_own_name(candidates: Sequence[Candidate], scores: Sequence[float], best: int) -> int:
    """The chosen candidate, or the nearly as good one of the name itself at the same place and of
    the same kind (a town for a town, a division for a division)."""
    chosen = candidates[best]
    if chosen.match == "primary":
        return best
    for k, c in enumerate(candidates):
        if (
            c.match == "primary"
            and c.feature_class == chosen.feature_class  # not a city for "the province of Latakia"
            and scores[k] >= scores[best] - W_PRIOR
            and _nearest_km(c.lat, c.lon, [(chosen.lat, chosen.lon)]) <= SAME_PLACE_KM
        ):
            return k
    return best


def _coincidence(m: Mention, c: Candidate) -> bool:
    return c.importance < COINCIDENCE_IMPORTANCE and is_coincidence(fold(m.text), c)


_COMPASS = re.compile(r"(?:(?:far|north|south|east|west|centre|center|central)(?:ern)?[- ]?)+", re.IGNORECASE)


def _compass_division(m: Mention, c: Candidate) -> bool:
    """Whether a division is named by compass words only ("the South West", "Centre"): such a name
    abroad, in a country the text does not speak of, is the text's own country's region ("the
    Wimmera and the South West" of a Victorian story is not Cameroon's South-West), so it is judged
    like a small town abroad (STRAY_IMPORTANCE) whatever its population; so is a region so named
    ("the Northeast" of an Indian story is no Northeastern United States)."""
    return (c.feature_class == "A" or c.feature_code == "RGN") and _COMPASS.fullmatch(
        m.text.removeprefix("the ")
    ) is not None


_COMPASS_ADJECTIVES = frozenset({"Northern", "Southern", "Eastern", "Western", "Central"})


def _a_compass_name(m: Mention, c: Candidate) -> bool:
    """Whether a division is named with a capitalised compass adjective the gazetteer does not know
    the name with ("the Northern Rivers towns of Murwillumbah" of a New South Wales story: Nigeria's
    Rivers state): such a name abroad, in a country the text does not speak of, is judged like a
    small town abroad, up to COMPASS_STRAY_IMPORTANCE ("Northern Rakhine" of a Myanmar story
    stays)."""
    first = m.text.split(maxsplit=1)[0]
    return (
        c.feature_class == "A"
        and c.importance < COMPASS_STRAY_IMPORTANCE
        and m.part is not None
        and first in _COMPASS_ADJECTIVES
    )


COMPASS_STRAY_IMPORTANCE = 6.5
"""Below this importance (Queensland 6.6, Rivers state 6.0) a division abroad named with a
capitalised compass adjective may be a local region the gazetteer lacks (_a_compass_name); above it
the text means its part ("Northern California", 7.2, of a story that names only British places)."""


STRAY_IMPORTANCE = 5.0
"""A town below this importance (about 100,000 people; a division below STRAY_DIVISION_IMPORTANCE)
in a country the text neither names, nor names another place in (other than such towns and
facilities), nor is about (the country most of its places are in) is most often a place of that
country that the gazetteer lacks ("Headingley" in a Leeds story is no village in Manitoba, "Karak
district" in a Jordanian one no district of Pakistan): it stands at the nearest confident place the
text names there instead. Given gold names, towns: +2 names on TR-News and +6 -1 on GeoWebNews at
5.0 (no value from 4.0 to 6.0 gains more on either corpus); divisions at 5.0: +3 -1 on TR-News,
none changed on GeoWebNews."""
FAMOUS_NAMES = 12
"""A small town abroad that the sources know by at least this many names, named by its own, is the
place the text means, not a stray standing for a local place the gazetteer lacks: "bankers
gathered in Davos" (15 names) of a New York story, Cannes (23) of a Los Angeles one, Srebrenica
(15); Headingley in Manitoba has 1, the Karak of Pakistan 3. Both dev corpora, both modes: no name
changed at 12 (at 8 one wrong name moves, still wrong; without "by its own name", Abbasiya and
"CHU", matched through other places' alternate names, are lost). Nor is the only place of a name
that is the first part of its own ("Clacton" of Clacton-on-Sea, 7 names): a British story about a
tribute show that "comes to Clacton" is not placed at its Las Vegas (GeoWebNews given gold names
0.9477 -> 0.9481, end to end acc@161 0.9713 -> 0.9717; nothing else changed)."""
STRAY_DIVISION_IMPORTANCE = 5.5
"""The same for a division (a province of about 300,000 people, its importance discounted): "the
Midlands" of a British story is no Zimbabwean province. Both corpora: no gold name changed from 5.0
to 6.0 (two placed elsewhere, still wrong)."""
LISTED_STRAY_IMPORTANCE = 6.0
"""A division below this importance (a province of about a million people), listed with other names,
is judged like a small town abroad too: "the Central Plateau and Artibonite regions" of a Haitian
story is no Nigerian state (Plateau, importance 5.7). British Columbia (6.5), listed with American
states, keeps its country. Both dev corpora (both modes), LGL and GeoVirus unchanged from 0 to 7.0."""


def _in_their_context(
    places: list[Place],
    facilities: Sequence[tuple[int, Mention, Candidate]],
    unknown: Sequence[Mention],
    small: Sequence[tuple[int, Mention]] = (),
    paragraphs: dict[int, int] | None = None,
    datelines: frozenset[int] = frozenset(),
    minor: frozenset[int] = frozenset(),
) -> list[Place]:
    """The places, with facilities named after an area or a foreign place, towns abroad that are
    strays, and names the gazetteer lacks, put where the text's other places say they are. A name
    placed so more than once stands at one place: the one nearest in the text to any of its
    mentions ("Tawila, a town some 60 km to the west" of El Fasher, then "the Norwegian Refugee
    Council in Tawila" a paragraph before Port Sudan)."""
    said = _Said(
        _mentions_by_name([m for _, m in small] + [m for _, m, _ in facilities] + list(unknown)),
        paragraphs or {},
        datelines,
    )
    if small and len(places) > 1:
        home = _home(places, datelines)
        # the countries the text names, or names a place in that is neither a small town nor a
        # facility (placed below) itself
        unsure = {i for i, _ in small} | {i for i, _, _ in facilities}
        unsure_at = {places[k].start for k in unsure}
        there = {
            p.country_code
            for k, p in enumerate(places)
            if p.feature_code == "PCLI" or p.adjective or k not in unsure
        }
        anchors = [p for p in _anchors(places, datelines) if p.country_code == home]
        by_offset = {p.start: p for p in places}
        provinces = {(p.country_code, p.admin1) for k, p in enumerate(places) if k not in unsure}
        # a local story: the places it is sure of at home, and the provinces it names, lie in one
        # ... and it names no country abroad ("ROME - A boat carrying migrants from Libya capsized off
        # the Italian island of Lampedusa" is no local story of Rome: Lampedusa is the island)
        local = len(
            {p.admin1 for p in anchors} | {a for c, a in provinces if c == home and a}
        ) == 1 and not any(p.feature_code == "PCLI" and p.country_code != home for p in places)
        # a story of the world: a town abroad of one place of its name is that town ("Zandvoort" of a
        # Formula One story naming Brazil, Monaco, Qatar, Japan and Singapore)
        sure = [p for k, p in enumerate(places) if k not in unsure and not p.adjective]
        world = len(there) >= WORLD_STORY_COUNTRIES and sum(p.country_code == home for p in sure) * 2 < len(
            sure
        )
        moves: dict[int, Place] = {}
        strays: list[tuple[int, Mention]] = []
        for i, m in small:
            at_home = places[i].country_code in there or places[i].country_code == home
            if world and (
                (
                    len({(c.country_code, c.admin1) for c in m.candidates}) == 1
                    and max(c.importance for c in m.candidates) >= WORLD_TOWN_IMPORTANCE
                )
                or _best_known(m, places[i])
            ):
                continue
            # "marched from Union Park to the Federal Plaza" of a Chicago story that also names
            # Louisiana is no Union Park, Florida: a site's name needs no local story
            site = _named_as_a_site(m)
            if at_home and not (
                (local or site) and i in minor and _far_at_home(places[i], m, anchors, provinces, home, site)
            ):
                continue  # a town of a country the text speaks of, unless a minor one far off
            if places[i].feature_code.startswith("ADM") and any(
                (mate := by_offset.get(s)) is not None and mate.country_code != home and s not in unsure_at
                for s in m.listed_with
            ):
                continue  # a division listed with places abroad ("as far away as Japan, Alaska and
                # Peru" of a Tongan story) is no local place the gazetteer lacks; strays listed
                # together abroad are no such places ("Nyanza, Rift Valley, North Eastern and
                # Western" of a Kenyan story are no divisions of Fiji)
            strays.append((i, m))
        # ... each where the text puts it ("the capital's townships of Kanyama"), else at the place
        # nearest in the text that is no stray itself ("Star Lake ... Lake Mary" of a Minnesota story
        # are two lakes, neither at the other's namesake in New York or Florida)
        straying = {places[i].start for i, _ in strays}
        for i, m in strays:
            pool = [p for p in anchors if p.start != m.start and p.start not in straying] or [
                p for p in anchors if p.start != m.start
            ]
            if pool:
                moves[i] = _at(_located(m, by_offset) or _nearest_in_text(m, pool, said), m)
        # ... unless another mention of the name stays the town itself: one name, one place
        kept = {fold(p.mention) for k, p in enumerate(places) if k not in moves and p.near is None}
        for i, moved in moves.items():
            if fold(places[i].mention) not in kept:
                places[i] = moved
    by_start = {p.start: p for p in places} if facilities or unknown else {}
    if facilities and len(places) > 1:
        at = {i for i, _, _ in facilities}
        named = [p for k, p in enumerate(places) if k not in at]
        fine, home = _fine(named), _home(named, datelines)
        # a facility the text puts in another ("Columbia Road near Kings Island") after that one
        starts = {m.start for _, m, _ in facilities}
        for i, m, c in sorted(facilities, key=lambda f: f[1].located_in in starts):
            inside = _located(m, by_start)
            if inside is None and _in_its_own_country(m, places[i], by_start):
                continue  # "Kyoto University in Japan" of a Boston story stays at Kyoto
            places[i] = (
                _at(inside, m) if inside else _facility_in_context(m, places[i], c, fine, home, said, named)
            )
            by_start[places[i].start] = places[i]
    if unknown and places:
        anchors = _anchors(places, datelines)
        # where the text says one mention of a name is, all of them are ("on Paris' iconic
        # Champs-Elysees boulevard ... was on Champs-Elysees boulevard")
        located = [_located(m, by_start) for m in unknown]
        said_where: dict[str, Place] = {}
        for m, where in zip(unknown, located, strict=True):
            if where is not None:
                said_where.setdefault(fold(m.text), where)
        placed = [
            _measured(m, by_start)
            or _at(where or said_where.get(fold(m.text)) or _nearest_in_text(m, anchors, said), m)
            for m, where in zip(unknown, located, strict=True)
        ]
        places = sorted(places + placed, key=lambda p: p.start)
    return places


def _best_known(m: Mention, place: Place) -> bool:
    """Whether the chosen place is the name's best-known place, named by its own name and of
    WORLD_TOWN_IMPORTANCE or more: in a story of the world, "Monte Carlo" is Monaco's (16,000
    people), not a local place the gazetteer lacks, though a Brazilian town shares its name. Both
    dev corpora, both modes, unchanged."""
    chosen = next((c for c in m.candidates if c.geonameid == place.geonameid), None)
    return (
        chosen is not None
        and chosen.match == "primary"
        and chosen.importance >= WORLD_TOWN_IMPORTANCE
        and all(c.importance <= chosen.importance for c in m.candidates)
    )


WORLD_STORY_COUNTRIES = 5
"""A text that names, or is sure of places in, this many countries, fewer than half of the places
it is sure of at home, is a story of the world: a small town abroad whose name has one place is
that town there, no stray standing for a local place the gazetteer lacks (_in_their_context), if
of WORLD_TOWN_IMPORTANCE (about 3,000 people) or more: the gazetteer's only Korma, a Belarus hamlet,
is no town of a Sudan story that also names Chad, Egypt, the United States and Saudi Arabia."""
WORLD_TOWN_IMPORTANCE = 3.5
DOMESTIC_STRAY_KM = 600.0
DOMESTIC_STRAY_IMPORTANCE = 4.5
"""In a local story (the places it is sure of at home and the provinces it names lie in one
province), a town of its own country below DOMESTIC_STRAY_IMPORTANCE (about 30,000 people), in a
province the text names no other place in, lying over DOMESTIC_STRAY_KM from every place the text
is sure of, is a local place the gazetteer lacks, as a small town abroad is (STRAY_IMPORTANCE):
"Washington Square" of a New Orleans story is no suburb of Philadelphia, "the South Side" of a
Chicago one no part of Staten Island. Not in a story of several provinces: "Rep. Robin Kelly,
D-Matteson" beside members from Pennsylvania and New York is of Matteson, Illinois. GeoWebNews given
gold names 0.9467 / 0.9431 -> 0.9482 / 0.9446 (+4, none lost), end to end 0.9671 -> 0.9685 of the
recognised; TR-News, LGL and GeoVirus unchanged; the same at 300 km. Without the bound on
importance (below STRAY_IMPORTANCE, 5.0), TR-News loses Bam (100,000 people, its 2003 earthquake
named in a Tabriz story); without the bound to local stories, GeoWebNews gains two more (a golf
story's "Stonewall Golf Club") and the member's Matteson is lost. 600 km, not 800: "near Buchanan" of
a Paris, Tenn. story and "a church in Albion" of a Marshalltown, Iowa one are hamlets the gazetteer
lacks, not Michigan's towns 690 km off; at 400 km, "Bankass" of a Mali story naming only Bamako (510
km off) would be lost; both dev corpora (both modes) the same at 400, 600 and 800 km."""


def _far_at_home(
    place: Place,
    m: Mention,
    anchors: Sequence[Place],
    provinces: set[tuple[str, str | None]],
    home: str | None,
    site: bool = False,
) -> bool:
    """Whether a small town of the text's own country, in a province it names no other place in,
    lies over DOMESTIC_STRAY_KM from every place it is sure of: a local place the gazetteer lacks
    ("Washington Square" of a New Orleans story is no town in Pennsylvania). A name the text is sure
    of is no such place, unless it is a site's (`site`: "Union Park", sure as a name, not as that
    town): then the other places it is sure of say."""
    others = [a for a in anchors if a.start != m.start and a.mention != m.text] if site else anchors
    return (
        place.country_code == home
        and (place.feature_code.startswith("PPL") or (site and _a_county_by_its_short_name(place, m)))
        and (place.country_code, place.admin1) not in provinces
        and bool(others)
        and all(a.start != m.start for a in others)
        and _nearest_km(place.lat, place.lon, [(a.lat, a.lon) for a in others]) > DOMESTIC_STRAY_KM
    )


def _a_county_by_its_short_name(place: Place, m: Mention) -> bool:
    """Whether the place is a county the mention names without its word ("Red River" of Red River
    County, Texas): a site's name so ("the Red River will crest at 40 feet in Fargo") is as likely
    the story's own river as a county of another state."""
    return place.feature_code == "ADM2" and any(
        c.geonameid == place.geonameid and c.match == "alternate" for c in m.candidates
    )


def _in_its_own_country(m: Mention, place: Place, by_start: dict[int, Place]) -> bool:
    """Whether the text puts a facility in the country of the place it is named after ("Kyoto
    University in Japan", "the Karolinska Institute in Sweden"): it is there, though the text's
    other places are elsewhere."""
    country = by_start.get(m.located_in) if m.located_in is not None else None
    return (
        country is not None
        and country.feature_code == "PCLI"
        and not country.adjective
        and country.country_code == place.country_code
    )


def _located(m: Mention, by_start: dict[int, Place]) -> Place | None:
    """The place the text says a facility or an unknown name is in ("... Hospital in Rome"),
    when that is a place finer than a province: it wins over every other place around, whatever
    its country or confidence (a Rome of a Liverpool story is less sure, but the text says so).
    GeoWebNews given gold names: 5 names more within 161 km, 1 fewer (a street "at Washington
    Square", a square resolved to New York)."""
    place = by_start.get(m.located_in) if m.located_in is not None else None
    if place is None or place.adjective or place.near is not None:
        return None
    if place.feature_code in {"ADM1", "ADM2"}:
        # in a province ("the town of Shire in the northern Tigray region"): at the nearest place
        # the text names inside it, else at the province, not at a town of another province
        return _nearest_inside(m, list(by_start.values()), place.country_code, place.admin1) or place
    if place.feature_code == "PCLI" and not m.candidates:
        # a name the gazetteer lacks in a country ("Pingilikani, Kenya"): at the nearest place the
        # text names there, else at the country, not at a place of another country nearer in the text
        return _nearest_inside(m, list(by_start.values()), place.country_code, None, anywhere=True) or place
    if place.feature_code == "RGN" and fold(place.name).rsplit(" ", 1)[-1] in DIVISION_WORDS:
        # a former province the gazetteer has as a region ("troop to Kogelo in Nyanza province":
        # Kenya's until 2013): at the province, not at a town of another province nearer in the text
        return place
    return None if place.feature_code in _BROAD else place


def _home(places: Sequence[Place], datelines: frozenset[int] = frozenset()) -> str | None:
    """The country most of the places are in, a dateline's counting twice: "WASHINGTON - ... the
    Kennedy Center" of a story that also names Toronto and Canada is in the United States."""
    named = Counter(p.country_code for p in places if not p.adjective)
    named.update(p.country_code for p in places if p.start in datelines and not p.adjective)
    return named.most_common(1)[0][0] if named else None


def _fine(places: Sequence[Place]) -> list[Place]:
    return [p for p in places if p.feature_code not in _BROAD and not p.adjective and p.near is None]


def _mentions_by_name(mentions: Sequence[Mention]) -> dict[str, list[tuple[int, int]]]:
    """The spans of each name (folded) among `mentions`."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[fold(m.text)].append((m.start, m.end))
    return spans


PARAGRAPH_CHARS = 200
"""A place named in another paragraph (line) than a name placed in context counts as this many
characters further away: a situation report's bullet "Fighting in El Fasher ... displaced 25,000
people, most of them to Tawila" puts Tawila near El Fasher, not near the next bullet's Singa, 900
km off (Tine of an El Fasher story, not at Port Sudan; a Malibu road, not at the next paragraph's
Sacramento). GeoWebNews given gold names -1 at 100 to 1,000 (a church placed at its sentence's
honeymoon town, not at the previous paragraph's Dewsbury), TR-News unchanged."""


@dataclass(frozen=True)
class _Said:
    """Where the text names each name (folded: its spans), the paragraph of each mention, and the
    starts of the text's datelines."""

    spans: dict[str, list[tuple[int, int]]]
    paragraphs: dict[int, int]
    datelines: frozenset[int] = frozenset()


def _nearest_in_text(m: Mention, pool: Sequence[Place], said: _Said | None = None) -> Place:
    """The place of `pool` named nearest in the text to `m`, or to any mention of the same name
    (`said`), so that every mention of a name finds the same place; one in another paragraph
    counts PARAGRAPH_CHARS further, the dateline's town DATELINE_GAP times as far."""
    spans = (said.spans if said else {}).get(fold(m.text)) or [(m.start, m.end)]
    paragraph = said.paragraphs if said else {}

    datelines = said.datelines if said else frozenset()

    def gap(p: Place) -> float:
        nearer = DATELINE_GAP if p.start in datelines and m.kind == "facility" else 1.0
        return nearer * min(
            (start - p.end if p.end <= start else p.start - end)
            + (PARAGRAPH_CHARS if paragraph.get(start, 0) != paragraph.get(p.start, 0) else 0)
            for start, end in spans
        )

    return min(pool, key=gap)


def _facility_in_context(
    m: Mention,
    place: Place,
    candidate: Candidate,
    fine: Sequence[Place],
    home: str | None,
    said: _Said | None = None,
    around: Sequence[Place] = (),
) -> Place:
    """A facility named after a place ("Florida Atlantic University", "Liverpool Academy") is
    often not at that place's point: when the place is an area (a province, a country) and the
    text names a finer place inside it (`fine`: the text's other places finer than a province),
    or when the place lies outside the country the text is about (`home`) and the text names a
    finer place there, the facility stands at the nearest such place, as it does when the place is
    a small town far from all of them (FACILITY_FAR_KM; so also an institution: "Robert Trent
    Jones Golf Club" of a Virginia story is no club of Trenton, N.C.). An institution named after
    an area ("Bank of Mexico", "European Central Bank") stands for that area and stays there. `around`:
    the text's other places, all of them."""
    # a town of the text's own country: the rule for small towns far away (below) holds for institutions too
    town_at_home = place.feature_code.startswith("PPL") and (not home or home == place.country_code)
    if names_institution(m.text) and not town_at_home:
        return place  # GeoWebNews given gold names: +2 (Bank of Mexico, European Central Bank), none lost
    if place.feature_code == "ADM1" and m.text.split()[-1].lower() in word_list("chamber"):
        # "Iowa House challengers" of a Red Oak story: the state's legislature, not a Red Oak building
        return place
    if _a_way_or_township(m.text):
        # a street named after a town is in the text's town, whatever the size of its namesake,
        # which the text may name alone as the street's short name ("north on Decatur Boulevard
        # ... the southbound lanes of Decatur" of a Las Vegas story): not where the street is
        pool = [
            p
            for p in fine
            if (not home or p.country_code == home)
            and (p.geonameid is None or p.geonameid != place.geonameid)
        ]
        if pool and _nearest_km(place.lat, place.lon, [(p.lat, p.lon) for p in pool]) >= WAY_FAR_KM:
            return _at(_nearest_in_text(m, pool, said), m)
    if place.feature_code in {"PCLI", "ADM1", "ADM2"}:
        pool = [
            p
            for p in fine
            if p.country_code == place.country_code
            and (place.feature_code == "PCLI" or p.admin1 == place.admin1)
        ]
        if (
            not pool
            and home
            and candidate.match != "primary"
            and (
                (home != place.country_code and _built(m.text))
                or (home == place.country_code and place.feature_code != "PCLI")
            )
        ):
            # a building or a road named after a country abroad by another than its own name, with
            # no place of that country in the text: a sponsor's name, in the text's country ("the
            # Emirates Stadium" of a London football story; but "Florida Atlantic University" is
            # in Florida); so is a site named after a division at home by another than its name,
            # with no place of that division in the text ("Kings Island" of an Ohio story is no
            # site of Kings County, New York)
            pool = [p for p in fine if p.country_code == home]
    elif home and home != place.country_code:
        # but water or land named after a town the text names itself is by it: "an oil tanker sank
        # in Manila Bay" of a story that names Manila, and more places in China (a school or a club
        # may bear a town's name anywhere: the "Liverpool Academy" of Cairo)
        natural = facility_meaning(m.text) in NATURAL_MEANINGS
        by_the_town = natural and any(p.geonameid == place.geonameid for p in fine)
        pool = [] if by_the_town else [p for p in fine if p.country_code == home]
        if natural and not by_the_town and around:
            # ... and water or land is named after no foreign town the text leaves unnamed: it lies
            # where the text's places around it do ("Gombe Stream on the shores of Lake Tanganyika"
            # of an obituary told from England is no stream of Gombe, Nigeria, nor of Bournemouth)
            pool = list(around)
    else:
        # named after a small town far from all the text's places: after a person, most likely
        # ("Kennedy High School" of a Cedar Rapids story is no school of Kennedy Township, Pa.)
        pool = [p for p in fine if p.country_code == place.country_code]
        if (
            not pool
            or (
                candidate.importance >= STRAY_IMPORTANCE
                and not _LOCAL_SCHOOL.search(m.text)
                # a city's own name; not one it had ("Concordia College" of a Moorhead story is no
                # college of El Paso, once Concordia, 1,700 km off)
                and not _by_a_name_it_had(candidate, m.text)
            )
            or _nearest_km(place.lat, place.lon, [(p.lat, p.lon) for p in pool]) < FACILITY_FAR_KM
        ):
            pool = []
    return _at(_nearest_in_text(m, pool, said), m) if pool else place


_LOCAL_SCHOOL = re.compile(r"\b(?:High|Elementary|Middle|Primary|Secondary|Junior High)\s+School$")
"""A local school's name: named after a famous town at home, it is most often named after a person
("Washington High School" of a Kent, Ohio story is no school of Washington, D.C.)."""


DATELINE_GAP = 0.5
"""A name the gazetteer lacks stands at the place named nearest in the text to it; the dateline's
town counts as this much nearer, as the reporter files from where most of a story's streets and
buildings are: "police ... outside parliament on Rustaveli Avenue" of a "TBILISI, Georgia (AP)"
story that names Batumi later is in Tbilisi, "Miraflores Palace" of a "CARACAS" story that names
Maracaibo in Caracas, "Ball Arena" of a Denver dateline in Denver. The dev corpora, LGL and GeoVirus
give the same figures from 0.25 to 1.0; among the probes six such names moved to the dateline's
town, four nearer to where they are and none further. Facilities only: a village the gazetteer
lacks is where the story's places are, not where the reporter files from ("Mundakkai" of a
"THIRUVANANTHAPURAM" story on Wayanad's landslides stands at Malappuram, 40 km off, not 330 km off
in the capital; the dev corpora unchanged)."""
WAY_FAR_KM = 50.0
"""A street, road or square named after a town this far from every finer place the text names in
its country is in one of those places: "Riverside Street" of a Portland, Maine story."""
_WAYS = frozenset({"a street", "a road", "a square"})


_BUILT_MEANINGS = _WAYS | {
    "a building", "a site", "a venue", "a hospital", "an airport", "a station", "a bridge", "a campus",
    "a school building", "a prison", "a library building",
}  # fmt: skip


def _built(name: str) -> bool:
    """Whether a facility's name ends in a word for a road or a building ("Stadium", "Hospital",
    "Street"; not "Valley" or "Delta")."""
    return facility_meaning(name) in _BUILT_MEANINGS


_NAMED_AFTER_MEANINGS = _WAYS | {"a township"}
"""What a facility named after a town may be wherever the town is: a way, or a township ("Madison
Township" of a Columbus, Ohio story is no part of Madison, Wisconsin)."""


def _a_way_or_township(name: str) -> bool:
    """Whether a facility's name ends in a word for a street, road or square, or a township
    (_NAMED_AFTER_MEANINGS)."""
    return facility_meaning(name) in _NAMED_AFTER_MEANINGS


def _by_a_name_it_had(candidate: Candidate, text: str) -> bool:
    """Whether a facility's name (`text`) names the place only by an alias unrelated to the place's
    own name (is_coincidence) at every length of its opening words: "Concordia College" names El
    Paso, once Concordia, so; "New York Auto Show" names New York City by a part of its name."""
    words = fold(text).split()
    return candidate.match == "alternate" and all(
        is_coincidence(" ".join(words[:k]), candidate) for k in range(1, len(words) + 1)
    )


FACILITY_FAR_KM = 300.0
"""A facility named after a town of under about 100,000 people (STRAY_IMPORTANCE) that lies this
far from every place finer than a province the text names in that country is named after a person
("Kennedy High School" of a Cedar Rapids story, "Marjory Stoneman Douglas High School" of a Florida
one, a "N. Bedford Drive" span) and stands at the nearest of those places. GeoWebNews given gold
names +2, none lost, the same from 150 to 500 km (+1 at 1,000); TR-News unchanged."""


CONTEXT_CONFIDENCE = 0.7
"""How often a name placed in context lies within 161 km of the place it is put at (below) on the
dev corpora: 253 of 317 GeoWebNews names, 24 of 39 TR-News names, given the gold spans
(`geomap eval --spans --errors`, the rows with `near`); of the gold names the recogniser finds
and places so, 65 of 84 (the same without --spans)."""

ANCHOR_CONFIDENCE = 0.75
"""Where the text has places the resolver is this sure of (calibrated), only they anchor a name
placed in context: a homonym resolved wrongly nearby ("Bourbon" in a New Orleans story) would
carry the name away with it. GeoWebNews given gold names, with the current calibration:
0.908-0.910 from 0.6 to 0.7, 0.912 at 0.72, 0.915 at 0.75, 0.915 at 0.8 and 0.85; TR-News 0.915
up to 0.75, 0.911 at 0.85. Refit the calibration, sweep this again: it is a threshold on
calibrated values."""

_BROAD = frozenset(
    {"PCLI", "PCLD", "PCLS", "PCLF", "PCLH", "CONT", "OCN", "SEA", "RGN", "ADM1"}
    | {"STM", "LK", "GULF", "STRT", "CNL", "BAY", "MTS", "MT", "VLC", "DSRT"}
)
"""Feature codes of places too large to stand for a street or a building inside them, and of
waters, ranges and peaks, whose point (a river's mouth, a range's highest peak) is no place a street
of the text is near."""


def _anchors(places: Sequence[Place], datelines: frozenset[int] = frozenset()) -> list[Place]:
    """The places a name the gazetteer lacks (a street, a building, a district: given as a span or
    found as a facility phrase, so known to be a place) may stand at, the nearest in the text
    winning: places finer than a province, in the country most of the text's places are in, and
    resolved with confidence, as far as the text has such places. An unknown street of a New
    Orleans story is in the United States even where the nearest name is a homonym resolved to
    France. Where the text names no finer place, its places in that country: "a Nepal festival ...
    in the village of Bariyapur, drawing pilgrims from India" is in Nepal (the dev corpora, LGL,
    GeoVirus and the probes unchanged). The dateline's town is one whatever its country: "MUNICH —
    Paris Saint-Germain won ... at the Allianz Arena" of a story that names more French places."""
    home = _home(places, datelines)
    fine = _fine(places)
    pool = (
        [p for p in fine if p.country_code == home or p.start in datelines]
        or fine
        or [p for p in places if p.country_code == home]
        or list(places)
    )
    return [p for p in pool if p.confidence >= ANCHOR_CONFIDENCE or p.start in datelines] or pool


def _at(near: Place, m: Mention) -> Place:
    """The mention, standing at `near`: its name stays the mention's, its feature code is GeoNames'
    LCTY (a locality of unspecified character), `near` names the place it stands at, and its
    confidence is that place's times CONTEXT_CONFIDENCE (close to how often such places are
    right: a mean of 0.58 against 0.64 for the 111 the recogniser finds in the dev corpora)."""
    return Place(
        mention=m.text,
        start=m.start,
        end=m.end,
        name=m.text,
        lat=near.lat,
        lon=near.lon,
        geonameid=None,
        feature_code="LCTY",
        country_code=near.country_code,
        admin1=near.admin1,
        confidence=round(CONTEXT_CONFIDENCE * near.confidence, 3),
        near=near.name,
    )


OFFSET_SLACK = 0.5
OFFSET_MIN_KM = 30.0
"""A place the text says lies so far and that way from another ("Kuchi, a small town some 45 km
north of Gao") is where the name's candidate within OFFSET_SLACK of the distance (at least
OFFSET_MIN_KM) of that point is, or at that point where it has none (not at Kuchi in China). News
rounds such distances ("about 600 km"). Both dev corpora say so once, of a road."""


def _where_measured(
    places: list[Place], measured: Sequence[Mention], gazetteer: Gazetteer | None
) -> list[Place]:
    """The places, with those the text measures from another (`Mention.offset`) put where it says."""
    by_start = {p.start: p for p in places}
    at = {p.start: k for k, p in enumerate(places)}
    out = list(places)
    for m in measured:
        k = at.get(m.start)
        point = _offset_point(m, by_start)
        if k is None or point is None:
            continue
        slack = max(OFFSET_MIN_KM, OFFSET_SLACK * m.offset[0]) if m.offset else OFFSET_MIN_KM
        if out[k].near is None and (
            _nearest_km(out[k].lat, out[k].lon, [point]) <= slack or _an_area_or_feature(m, out[k])
        ):
            continue
        near = [c for c in m.candidates if _nearest_km(c.lat, c.lon, [point]) <= slack]
        if near:
            out[k] = place_of(m, near[0], out[k].confidence, gazetteer)
        elif not _where_qualified(m, out[k]):  # "Louisville, Kentucky, ... of Austin" stays in Kentucky
            out[k] = _measured(m, by_start) or out[k]
    return out


def _an_area_or_feature(m: Mention, place: Place) -> bool:
    """Whether the name was resolved to an area, a water or a land feature, not a town or a site:
    the point the text measures lies somewhere in it ("swept away in Buner, about 100 km north of
    Peshawar" is Buner District; "sank in the Ionian Sea about 50 miles southwest of Pylos")."""
    return any(
        c.name == place.name and c.feature_code == place.feature_code and c.feature_class not in {"P", "S"}
        for c in m.candidates
    )


def _where_qualified(m: Mention, place: Place) -> bool:
    """Whether `place` lies in the state or country the text puts the name in ("Louisville,
    Kentucky"): a town so placed stays there whatever the text measures it from."""
    q = m.qualifier
    return (
        q is not None
        and place.near is None
        and place.country_code == q.country_code
        and (q.feature_code == "PCLI" or q.name == place.admin1)
    )


def _offset_point(m: Mention, by_start: dict[int, Place]) -> tuple[float, float] | None:
    """The point the text's distance and bearing give from the place it measures from, or None
    where that place is an area (a country's centre is no origin) or placed in context itself."""
    if m.offset is None:
        return None
    km, bearing, start = m.offset
    origin = by_start.get(start)
    if origin is None or origin.adjective or origin.near is not None or origin.feature_code in _BROAD:
        return None
    return destination(origin.lat, origin.lon, km, bearing)


def _measured(m: Mention, by_start: dict[int, Place]) -> Place | None:
    """A name the gazetteer lacks where the text says how far and which way it lies from a place
    ("Yambali village, about 600 km northwest of Port Moresby"): at that distance and bearing from
    the place, not at it; None where the place is an area (a country's centre is no origin) or a
    name placed in context itself."""
    point = _offset_point(m, by_start)
    if point is None or m.offset is None:
        return None
    return dataclasses.replace(_at(by_start[m.offset[2]], m), lat=point[0], lon=point[1])


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) along the initial bearing (degrees clockwise from north), on
    a sphere of the Earth's mean radius."""
    d = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 5)


def part_point(gazetteer: Gazetteer | None, candidate: Candidate, part: str) -> tuple[float, float] | None:
    """A point inside the named part ("north") of a place's extent, or None when it has none:
    inside that third of a country's outline, else the centre of that third of the place's
    bounding box (gazetteer.parts)."""
    if gazetteer is not None:
        return gazetteer.part_point(candidate, part)
    return box_part_point(candidate.bbox, part) if candidate.bbox is not None else None
