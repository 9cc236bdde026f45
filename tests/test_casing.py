"""Texts written in lower case or in capitals: the capitals the recogniser reads are restored first
(geomap.casing), and what the document reports is written as the text writes it."""

from __future__ import annotations

import json

import pytest

import geomap
from gazetteer import Gazetteer
from gazetteer.store import haversine_km
from geomap.casing import (
    readable,
    recased,
    written_in_capitals,
    written_in_lower_case,
    written_in_title_case,
)

from .conftest import SEED, SEED_EXPECTED


def _title(text: str) -> str:
    """Every word begun with a capital, as headlines are written ("Putin And Assad Meet In Sochi")."""
    return "".join(
        c.upper() if k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "'’") else c
        for k, c in enumerate(text)
    )


@pytest.mark.parametrize("case", [str.lower, str.upper, _title], ids=["lower", "upper", "title"])
def test_the_seed_in_lower_case_or_capitals_finds_its_places_and_events(case, gaz: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    """The seed article written all in lower case (or all in capitals, or every word capitalised)
    gives the places of its expected file, within their tolerance, none of its not-places, and its
    movements from Ghouta, each written as the text writes it."""
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    text = case(SEED.read_text(encoding="utf-8"))
    doc = geomap.extract(text, published=expected["published"], gazetteer=gaz)
    assert all(text[p.start : p.end] == p.mention for p in doc.places)
    found = {p.mention.lower(): p for p in doc.places}
    for want in expected["places"]:
        place = found[want["mention"].lower()]
        assert place.country_code == want["country_code"], want
        if "tolerance_km" in want:
            assert haversine_km(place.lat, place.lon, want["lat"], want["lon"]) <= want["tolerance_km"], want
    reported = {p.mention.lower() for p in doc.places}
    assert not reported & {n.lower() for n in expected["not_places"]}
    ends = {
        (m.origin.mention.lower(), m.destination.mention.lower())
        for m in doc.movements
        if m.origin and m.destination
    }
    assert ("ghouta", "damascus") in ends
    assert all(e.sentence == text[e.start : e.end] and e.trigger in e.sentence for e in doc.events)
    assert all(m.sentence in text for m in doc.movements)


def test_recasing_keeps_offsets_and_leaves_common_words_in_lower_case(gaz: Gazetteer) -> None:
    """Capitals go to sentences' first words and to names, not to common words that are also
    places ("may", "reading"); a name of common words only is capitalised where the place is an
    important one ("the united states", "the west bank"); a month after "in" is one; and NATO is
    no village called Nato."""
    text = "she may be reading. talks in geneva between the united states and iran resumed in march."
    work = recased(text, gaz)
    assert len(work) == len(text) and work.lower() == text
    assert work == "She may be reading. Talks in Geneva between the United States and Iran resumed in March."
    # what news writes in capitals is written so ("NATO", "U.S.", "UAE"), a word of English only
    # after "the" ("told us", "the us")
    text = "nato officials in the u.s. and the uae told us so. the us said it would stay."
    assert (
        recased(text, gaz) == "NATO officials in the U.S. and the UAE told us so. The US said it would stay."
    )
    found = {p.mention: p.name for p in geomap.places(text, gazetteer=gaz)}
    assert found == {"u.s.": "United States", "uae": "United Arab Emirates", "us": "United States"}


def test_only_a_text_without_capitals_or_without_small_letters_is_recased(gaz: Gazetteer) -> None:
    """A text as news writes it is read as it is (the same object); one in lower case with a
    stray capital, or one in capitals with "(Reuters)", is recased."""
    normal = SEED.read_text(encoding="utf-8")
    assert readable(normal, gaz) is normal
    assert not written_in_lower_case(normal) and not written_in_capitals(normal)
    lower = "i live in london now. I love it, and my family visits from leeds every summer." + (
        " the weather is grey but the people are kind and the buses run on time." * 6
    )
    assert written_in_lower_case(lower)
    assert "London" in readable(lower, gaz) and "Leeds" in readable(lower, gaz)
    capitals = (
        "KHARTOUM (Reuters) - FIGHTING SPREAD TO OMDURMAN ON TUESDAY AS THOUSANDS FLED TO WAD MADANI. "
        "THE ARMY SAID IT HAD REPELLED AN ATTACK ON ITS BASES AND THAT AID CONVOYS WOULD RESUME SOON."
    )
    assert written_in_capitals(capitals)
    found = [p.mention for p in geomap.places(capitals, gazetteer=gaz)]
    assert {"KHARTOUM", "OMDURMAN", "WAD MADANI"} <= set(found)
    assert not written_in_lower_case("too short") and not written_in_capitals("TOO SHORT")
    titled = _title(normal)
    assert written_in_title_case(titled) and not written_in_title_case(normal)
    assert not written_in_title_case(_title("Putin and Assad meet in Sochi") + "\n\n" + normal)
    assert readable(titled, gaz) != titled and len(readable(titled, gaz)) == len(titled)
