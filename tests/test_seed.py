"""The seed article and further articles, each against its expected file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geomap
from gazetteer import Gazetteer
from gazetteer.store import haversine_km

from .conftest import SEED, SEED_EXPECTED
from .expected import check

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def _run(path: Path, expected_path: Path, gaz: Gazetteer) -> tuple[geomap.Document, dict[str, object]]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    doc = geomap.extract(
        path.read_text(encoding="utf-8"), published=expected["published"], doc_id=path.name, gazetteer=gaz
    )
    return doc, expected


def test_seed_article_matches_its_expected_file(gaz: Gazetteer) -> None:
    doc, expected = _run(SEED, SEED_EXPECTED, gaz)
    assert check(doc, expected) == []


def test_seed_displacements_from_ghouta(gaz: Gazetteer) -> None:
    doc, _ = _run(SEED, SEED_EXPECTED, gaz)
    from_ghouta = [m for m in doc.movements if m.origin and m.origin.mention == "Ghouta"]
    destinations = {m.destination.name: m.destination for m in from_ghouta if m.destination}
    damascus = destinations["Damascus"]
    assert haversine_km(damascus.lat, damascus.lon, 33.51, 36.29) < 25
    north = destinations["northern Syria"]
    assert north.lat > 35.0 and north.country_code == "SY"
    assert all(
        m.quantity and m.quantity.text == "tens of thousands" and m.date == "2018-04" for m in from_ghouta
    )


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_article_matches_its_expected_file(article: Path, gaz: Gazetteer) -> None:
    doc, expected = _run(article, article.with_suffix(".expected.json"), gaz)
    assert check(doc, expected) == []


def test_no_trigger_no_event(gaz: Gazetteer) -> None:
    doc = geomap.extract(
        "Paris is the capital of France. Lyon lies on the Rhone.", published="2020-01-01", gazetteer=gaz
    )
    assert doc.places and doc.events == () and doc.movements == ()


def test_places_api_returns_typed_values(gaz: Gazetteer, seed_text: str) -> None:
    found = geomap.places(seed_text, gazetteer=gaz)
    assert all(isinstance(p, geomap.Place) for p in found)
    assert all(seed_text[p.start : p.end] == p.mention for p in found)
    assert all(0.0 <= p.confidence <= 1.0 for p in found)
    feature = found[0].__geo_interface__
    assert feature["geometry"]["type"] == "Point"


def test_a_repeated_sentence_gives_one_event_and_one_movement(gaz: Gazetteer) -> None:
    text = "Thousands fled Mosul to Erbil on Monday. Thousands fled Mosul to Erbil on Monday."
    doc = geomap.extract(text, published="2017-03-01", gazetteer=gaz)
    assert [e.id for e in doc.events] == ["e1"]
    assert [(m.id, m.event) for m in doc.movements] == [("m1", "e1")]


def _event_places(doc: geomap.Document) -> set[str]:
    """The mentions of the places of a document's events."""
    return {ep.place.mention for e in doc.events for ep in e.places}


def _event_places_of(event: geomap.Event) -> set[str]:
    """The mentions of an event's places."""
    return {ep.place.mention for ep in event.places}


def _assert_no_events(text: str, gaz: Gazetteer) -> None:
    doc = geomap.extract(text, gazetteer=gaz)
    assert not doc.events and not doc.movements, doc.events


def _kinds_at(text: str, gaz: Gazetteer) -> set[tuple[str, str]]:
    """The (kind, first place's mention) of each event of `text`."""
    return {(e.kind, e.places[0].place.mention) for e in geomap.extract(text, gazetteer=gaz).events}


def _ends(doc: geomap.Document) -> set[tuple[str | None, str | None]]:
    """The (origin, destination) mentions of a document's movements."""
    return {
        (m.origin.mention if m.origin else None, m.destination.mention if m.destination else None)
        for m in doc.movements
    }


def _origins(text: str, gaz: Gazetteer) -> set[str | None]:
    """The origin mentions of the movements of a text."""
    return {origin for origin, _ in _ends(geomap.extract(text, gazetteer=gaz))}


def _displace_no_one(*texts: str, gaz: Gazetteer) -> None:
    """Asserts that no text has a displacement event or a movement."""
    for text in texts:
        doc = geomap.extract(text, gazetteer=gaz)
        assert not doc.movements and not any(e.category == "displacement" for e in doc.events), text


def test_people_moved_or_walking_move_but_a_move_or_belongings_moved_do_not(gaz: Gazetteer) -> None:
    """The verbs "move" and "walking" are weak movement words: they count beside people on the move
    or a refuge. The noun "move" (a career's) and belongings moved are no people moving."""
    moved = "Rescue teams used boats to move residents of Sehwan to relief camps in Larkana."
    assert _ends(geomap.extract(moved, gazetteer=gaz)) == {("Sehwan", "Larkana")}
    walking = "Hundreds of Venezuelan migrants walking to Bogota were stranded on Wednesday."
    assert _ends(geomap.extract(walking, gazetteer=gaz)) == {("Venezuelan", "Bogota")}
    for text in (
        "Refugees criticised the captain's move from Liverpool to Riyadh.",
        "Refugees in camps near Hebden Bridge were told to move belongings to Halifax.",
    ):
        assert not geomap.extract(text, gazetteer=gaz).movements, text


def test_people_fleeing_towards_the_border_with_a_country_head_for_that_country(gaz: Gazetteer) -> None:
    """ "fled towards the border with Bangladesh": Bangladesh is where they head, not where the
    text is reported from ("according to the UN human rights office in Geneva")."""
    text = (
        "About 45,000 people have fled from Sittwe towards the border with Bangladesh, according "
        "to the UN human rights office in Geneva."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Sittwe", "Bangladesh")}
    assert "Geneva" not in _event_places(doc)
    near = geomap.extract("Troops attacked a village near the border with Niger.", gazetteer=gaz)
    assert "Niger" not in _event_places(near)


def test_a_summit_someone_will_attend_is_ahead_of_the_publication_date(gaz: Gazetteer) -> None:
    text = "Volodymyr Zelenskiy will attend a peace summit in Switzerland on June 15-16, his office said."
    (summit,) = geomap.extract(text, published="2024-05-17", gazetteer=gaz).events
    assert (summit.kind, summit.date) == ("summit", "2024-06-15")
    text = (
        "Kenyan President William Ruto said he would host talks between Congolese President Felix "
        "Tshisekedi and Rwanda's Paul Kagame in Nairobi on Wednesday."
    )
    (talks,) = geomap.extract(text, published="2024-01-28", gazetteer=gaz).events
    assert talks.date == "2024-01-31"
    held = "Leaders met at a peace summit in Switzerland on June 15, his office said."
    (summit,) = geomap.extract(held, published="2024-05-17", gazetteer=gaz).events
    assert summit.date == "2023-06-15"


def test_a_place_taken_by_force_is_captured_but_not_one_taken_part_in(gaz: Gazetteer) -> None:
    def captured(text: str) -> set[str]:
        doc = geomap.extract(text, gazetteer=gaz)
        return {ep.place.mention for e in doc.events if e.kind == "capture" for ep in e.places}

    assert captured("Rebels took control of the town of Kidal on Sunday.") == {"Kidal"}
    assert captured("Malian troops took control of the northern town of Kidal on Tuesday.") == {"Kidal"}
    assert captured("The rebels entered Goma after capturing Bukavu last week.") == {"Bukavu"}
    assert captured("Troops captured Kidal after taking Gao.") == {"Kidal", "Gao"}
    for text in (
        "The wounded soldier was taken to hospital in Kherson after shelling.",
        "Army officers took part in talks in Geneva.",
        "Fans took Paris by storm on Sunday.",
    ):
        assert not captured(text), text


def test_people_who_went_to_provinces_moved_there_but_a_car_that_went_off_a_road_did_not(
    gaz: Gazetteer,
) -> None:
    """ "went" is a weak movement word, to a place only; plural division words leave the places
    after them the destination ("the southern departments of Grand'Anse and Sud"). A bare count
    that crosses ("Some 4,000 crossed into") counts people."""
    text = (
        "More than 33,000 people fled Port-au-Prince in a week. Most went to the southern departments "
        "of Grand'Anse and Sud. Some 4,000 crossed into the Dominican Republic near Dajabon."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert {
        ("Port-au-Prince", "Grand'Anse"),
        ("Port-au-Prince", "Sud"),
        ("Port-au-Prince", "Dominican Republic"),
    } <= _ends(doc)
    crossed = next(
        m for m in doc.movements if m.destination and m.destination.mention == "Dominican Republic"
    )
    assert crossed.quantity is not None and crossed.quantity.value == 4000
    text = (
        "Thousands of residents fled the floods in Manitoba. Police said the suspect's vehicle went off "
        "the road near the town of Virden."
    )
    assert "Virden" not in {
        p.mention
        for m in geomap.extract(text, gazetteer=gaz).movements
        for p in (m.origin, m.destination)
        if p
    }


def test_a_place_after_led_by_is_who_acts_not_where(gaz: Gazetteer) -> None:
    text = "Prime Minister Ariel Henry travelled to Kenya to push for a security mission led by Nairobi."
    (visit,) = geomap.extract(text, gazetteer=gaz).events
    assert [ep.place.mention for ep in visit.places] == ["Kenya"]


def test_a_towns_residents_who_leave_leave_that_town(gaz: Gazetteer) -> None:
    """ "nearly all of Yellowknife's 20,000 residents left for Alberta": the possessive town is
    their origin; survivors "moved to a camp at a school in Naivasha" went to Naivasha."""
    text = (
        "Wildfires forced thousands from their homes. Nearly all of Yellowknife's 20,000 residents left "
        "by road and air for Alberta."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Yellowknife", "Alberta")}
    text = "Survivors were moved to a camp at a school in Naivasha."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Naivasha")}


def test_a_ceasefire_called_for_is_no_ceasefire(gaz: Gazetteer) -> None:
    text = "Prime Minister Najib Mikati appealed for a ceasefire at the UN General Assembly in New York."
    assert not geomap.extract(text, gazetteer=gaz).events
    agreed = "Israel and Hamas agreed a ceasefire in Cairo on Thursday."
    assert [e.kind for e in geomap.extract(agreed, gazetteer=gaz).events] == ["ceasefire"]


def test_a_cancelled_trip_is_no_visit(gaz: Gazetteer) -> None:
    text = "President William Ruto cancelled a trip to Washington. Zelenskiy postponed his visit to Spain."
    assert not geomap.extract(text, gazetteer=gaz).events
    assert geomap.extract("President William Ruto made a trip to Washington.", gazetteer=gaz).events
    # a sentence that says its meeting was called off has no meeting
    text = (
        "Angolan President Joao Lourenco hosted Felix Tshisekedi and Paul Kagame for talks in Luanda in "
        "December, but the meeting was cancelled at the last minute."
    )
    assert not geomap.extract(text, gazetteer=gaz).events
    text = "Foreign ministers were due to meet in Ankara on Monday, but the talks were called off."
    assert not geomap.extract(text, gazetteer=gaz).events
    text = "Putin met Erdogan in Sochi on Friday; a visit to Ankara was postponed to next year."
    assert [(e.kind, e.places[0].place.mention) for e in geomap.extract(text, gazetteer=gaz).events] == [
        ("meeting", "Sochi")
    ]


def test_a_place_after_as_opening_a_clause_is_no_venue_of_the_meeting_before(gaz: Gazetteer) -> None:
    text = "Erdogan and Putin meet in Tehran as Turkey threatens a new offensive in Syria."
    meetings = [e for e in geomap.extract(text, gazetteer=gaz).events if e.category == "diplomacy"]
    assert [[ep.place.mention for ep in e.places] for e in meetings] == [["Tehran"]]
    listed = "Leaders met in cities such as Geneva and Vienna."
    (meeting,) = geomap.extract(listed, gazetteer=gaz).events
    assert {ep.place.mention for ep in meeting.places} == {"Geneva", "Vienna"}
    text = "Some 500,000 Syrians have already returned to areas of northern Syria, officials say."
    (back,) = geomap.extract(text, gazetteer=gaz).movements
    assert back.quantity is not None and back.quantity.value == 500000


def test_a_clause_with_a_subject_of_its_own_after_and_holds_no_venue(gaz: Gazetteer) -> None:
    """ ", and Polish farmers blocked ... at Dorohusk": another subject, another clause; but ", and
    many are expected to settle in Alberta" goes on with the same people."""
    text = (
        "Zelenskyy met European leaders in Brussels, and Polish farmers blocked the border crossing "
        "at Dorohusk in Poland."
    )
    meetings = [e for e in geomap.extract(text, gazetteer=gaz).events if e.category == "diplomacy"]
    assert [[ep.place.mention for ep in e.places] for e in meetings] == [["Brussels"]]
    text = (
        "In neighbouring Tanzania, more than 150 people died in floods, and in Burundi thousands were "
        "displaced around Gatumba."
    )
    (displaced,) = geomap.extract(text, gazetteer=gaz).events
    assert {ep.place.mention for ep in displaced.places} == {"Gatumba"}
    text = "Refugees will arrive from camps in Chad, and many are expected to settle in Alberta."
    (arrival,) = geomap.extract(text, gazetteer=gaz).events
    assert "Alberta" in {ep.place.mention for ep in arrival.places}


def test_people_flee_the_place_attacked_not_the_town_it_is_near(gaz: Gazetteer) -> None:
    text = "Gunmen attacked the village of Natiaboani, near Fada N'Gourma, on Sunday. Thousands of people fled to Kaya."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Natiaboani", "Kaya")}


def test_an_officials_journey_is_a_visit_not_a_movement_of_people(gaz: Gazetteer) -> None:
    text = (
        "Thousands of displaced families fled from Rafah to Khan Younis on Monday. "
        "U.S. Secretary of State Antony Blinken arrived in Tel Aviv on Wednesday. "
        "Blinken later returned to Washington."
    )
    doc = geomap.extract(text, published="2024-05-10", gazetteer=gaz)
    assert _ends(doc) == {("Rafah", "Khan Younis")}
    visits = [e for e in doc.events if e.category == "diplomacy"]
    assert [ep.place.mention for e in visits for ep in e.places] == ["Tel Aviv", "Washington"]
    assert all(e.kind == "visit" for e in visits)


def test_an_official_named_beside_a_title_in_commas_visits(gaz: Gazetteer) -> None:
    """A title and a name in apposition are an official: "The UN special envoy for Yemen, Martin
    Griffiths, arrived in Riyadh" is a visit (a movement of displaced people to Riyadh before); people
    described between commas still arrive as people on the move."""
    text = (
        "The UN special envoy for Yemen, Martin Griffiths, arrived in Riyadh on Monday for talks. "
        "Filippo Grandi, the head of the UN refugee agency, arrived in Adre on Tuesday. "
        "Thousands of refugees, mostly women and children, arrived in Chad on Wednesday."
    )
    doc = geomap.extract(text, published="2024-05-10", gazetteer=gaz)
    assert _ends(doc) == {(None, "Chad")}
    visits = [e for e in doc.events if e.kind == "visit"]
    assert [ep.place.mention for e in visits for ep in e.places] == ["Riyadh", "Adre"]
    assert [e.actors for e in visits] == [("Martin Griffiths",), ("Filippo Grandi",)]


def test_where_something_was_said_is_no_place_of_what_was_said(gaz: Gazetteer) -> None:
    """ "told the UN Security Council in New York on Sunday that Rwanda's troops had invaded": New
    York is where it was said, not where the invasion was; a relative "that" keeps its place."""
    doc = geomap.extract(
        "Congo's foreign minister told the UN Security Council in New York on Sunday that Rwanda's "
        "troops had invaded. Zelenskiy told reporters in Kyiv on Monday that Russian forces had "
        "shelled Kharkiv overnight.",
        published="2025-01-28",
        gazetteer=gaz,
    )
    assert _event_places(doc) == {"Kharkiv"}
    doc = geomap.extract(
        "The UN said fighting in Goma that began on Sunday had displaced 10,000 people.", gazetteer=gaz
    )
    assert _ends(doc) == {("Goma", None)}


def test_a_town_described_by_its_trade_is_the_target(gaz: Gazetteer) -> None:
    """ "seized the mining town of Rubaya": a word of what a town lives by leaves it the object."""
    doc = geomap.extract("M23 rebels seized the mining town of Goma last year.", gazetteer=gaz)
    assert [(ep.role, ep.place.mention) for e in doc.events for ep in e.places] == [("target", "Goma")]


def test_a_journey_set_out_on_starts_where_it_set_out_from(gaz: Gazetteer) -> None:
    """ "set out from" names where migrants started, unless another movement word follows closely
    and takes the start ("who set off from Libya's Zuwara reached Lampedusa": one movement)."""
    text = (
        "The migrants set out from the Colombian towns of Necocli and Capurgana, on the Gulf of Uraba, "
        "and walk for up to a week through the jungle before reaching reception centres at Lajas Blancas."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {
        ("Necocli", "Lajas Blancas"),
        ("Capurgana", "Lajas Blancas"),
    }
    text = "Meanwhile, 300 migrants who set off from Libya's Zuwara reached the Italian island of Lampedusa."
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Zuwara", "Lampedusa")}
    assert [m.quantity.value if m.quantity else None for m in doc.movements] == [300]
    # "the sun set on Monday", "a fire set off an evacuation": no journey
    _assert_no_events("The sun set over Kabul on Monday, and a fire set off alarms in Herat.", gaz)
    # what "set off" causes is no journey ("set off an uproar", "set off fireworks inside Anfield")
    text = (
        "The head of a youth orchestra who set off an uproar by performing a concert in Israel was blocked "
        "Tuesday from entering a West Bank refugee camp."
    )
    assert geomap.extract(text, gazetteer=gaz).movements == ()
    # ... but when, where or how it sets off is
    text = "Thousands of displaced people set off the next morning from Saraqib towards the Turkish border."
    assert _origins(text, gaz) == {"Saraqib"}


def test_people_arriving_at_a_place_do_not_also_arrive_at_what_holds_it(gaz: Gazetteer) -> None:
    """ "reaching camps at Adre in eastern Chad", "at Adre in Chad's Ouaddai province": at Adre."""
    for where in ("in eastern Chad", "in Chad's Ouaddai province"):
        text = f"The refugees walked for days before reaching camps at Adre {where}."
        assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Adre")}, where


def test_what_passes_through_a_place_happens_there(gaz: Gazetteer) -> None:
    """ "swept through the city of Derna ..., displacing more than 30,000": Derna is where it
    happened; a place people pass through is no destination ("on to France through Ventimiglia")."""
    text = (
        "Floodwaters swept through the eastern Libyan city of Derna on Monday, killing at least 5,300 "
        "people and displacing more than 30,000, the United Nations said."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert [(e.kind, [ep.place.mention for ep in e.places]) for e in doc.events] == [
        ("displacement", ["Derna"])
    ]
    text = "Many migrants later travel north to Milan and on to France through Ventimiglia."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Milan"), (None, "France")}


def test_a_place_whose_officials_are_met_is_no_venue(gaz: Gazetteer) -> None:
    """ "met US officials in Bogota": the United States says whose officials, Bogota where."""
    for text in (
        "The two governments agreed to hold talks in Bogota next month with US officials.",
        "The minister met US officials in Bogota on Monday.",
    ):
        assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Bogota"}, text


def test_a_conflict_nouns_places_count_from_the_verb_it_is_the_subject_of(gaz: Gazetteer) -> None:
    """ "Clashes between the National Liberation Army (ELN) guerrilla group and dissidents of the
    demobilized FARC rebels broke out on Thursday in the municipalities of Tibu ...": the long subject
    puts Tibu beyond MAX_ROLE_TOKENS of "Clashes", but not of "broke"."""
    text = (
        "Clashes between the National Liberation Army (ELN) guerrilla group and dissidents of the "
        "demobilized FARC rebels broke out on Thursday in the municipalities of Tibu, El Tarra and "
        "Teorama, killing at least 80 people."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Tibu", "El Tarra", "Teorama"}


def test_clashes_in_the_municipalities_of_towns_are_in_those_towns(gaz: Gazetteer) -> None:
    text = "Clashes broke out on Thursday in the municipalities of Tibu, El Tarra and Teorama, killing 80 people."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Tibu", "El Tarra", "Teorama"}


def test_a_hurricane_that_heads_for_a_coast_moves_no_people(gaz: Gazetteer) -> None:
    """ "ordered to evacuate the Tampa Bay area ... as Hurricane Milton strengthened into a Category 5
    storm in the Gulf of Mexico and headed for Florida's west coast": people leave the Tampa Bay area
    (the object of "evacuate" after "the"); the storm's sea and its heading are no one's."""
    text = (
        "Hundreds of thousands of people were ordered to evacuate the Tampa Bay area on Monday as "
        "Hurricane Milton strengthened into a Category 5 storm in the Gulf of Mexico and headed for "
        "Florida's west coast."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Tampa Bay", None)}
    assert _event_places(doc) == {"Tampa Bay"}


def test_a_river_reaching_a_record_moves_no_people(gaz: Gazetteer) -> None:
    text = (
        "Floods have forced more than 580,000 people from their homes in Rio Grande do Sul. In Porto "
        "Alegre, the state capital, the Guaiba river reached a record 5.3 meters on Saturday."
    )
    assert not any(m.destination for m in geomap.extract(text, gazetteer=gaz).movements)


def test_a_fire_moving_towards_a_town_moves_no_people(gaz: Gazetteer) -> None:
    text = (
        "Residents of Pomonal have been told to evacuate. An emergency warning was issued on "
        "Wednesday, with the fire moving south-east towards Ararat."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == set()


def test_workers_who_would_strike_walk_out(gaz: Gazetteer) -> None:
    """ "workers in Lower Saxony would strike": a walkout, no military strike; an army's is one."""
    text = (
        "Union leader Daniela Cavallo said workers in Lower Saxony would strike if the company pressed "
        "ahead. The army warned it would strike Hezbollah targets in Beirut."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Beirut"}


def test_a_vehicle_crossing_is_no_one_crossing_a_border(gaz: Gazetteer) -> None:
    text = (
        "The crash happened near the Boone-Callaway county line when a northbound pickup crossed the "
        "median, troopers said. Hundreds of refugees crossed into Chad on Monday. Some aircraft "
        "crossed the median line of the Taiwan Strait near Kinmen."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Chad")}


def test_a_journeys_next_stop_and_what_happens_there(gaz: Gazetteer) -> None:
    """ "traveled to Berlin for talks with Scholz, and then to Paris, where he met Macron at the
    Elysee Palace": Paris is the journey's next stop (no venue of the Berlin talks), and the palace,
    which the gazetteer lacks, stands in Paris (it had stood at a Ukrainian town of the story)."""
    text = (
        "Ukraine's military said it had repelled attacks near Pokrovsk. President Volodymyr Zelenskyy "
        "traveled to Berlin on Friday for talks with Chancellor Olaf Scholz, and then to Paris, where he "
        "met President Emmanuel Macron at the Elysee Palace."
    )
    doc = geomap.extract(text, published="2024-06-01", gazetteer=gaz)
    venues = {(e.kind, ep.place.mention) for e in doc.events if e.category == "diplomacy" for ep in e.places}
    assert ("talks", "Paris") not in venues and ("visit", "Paris") in venues, venues
    palace = next(p for p in doc.places if p.mention == "Elysee Palace")
    assert (palace.near, palace.country_code) == ("Paris", "FR")


def test_forces_pushing_towards_a_place_advance_on_it(gaz: Gazetteer) -> None:
    """ "pounded" is a bombardment; "troops pushed towards the Oskil River" an advance, and the
    evacuation before "as" keeps its district (the advance had taken it as its location): "from 11
    villages in the Kupiansk district" is where the families left, as "from villages around Dinsor"."""
    text = (
        "Russian forces pounded the city of Kharkiv overnight. Authorities ordered the evacuation of "
        "families from 11 villages in the Kupiansk district as Russian troops pushed towards the Oskil River."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    found = {(e.kind, ep.role, ep.place.mention) for e in doc.events for ep in e.places}
    assert ("bombardment", "target", "Kharkiv") in found
    assert ("advance", "target", "Oskil River") in found
    assert ("evacuation", "origin", "Kupiansk") in found
    assert not any(m.destination and m.destination.mention == "Oskil River" for m in doc.movements)
    _assert_no_events("Campaigners pushed for reform in Kharkiv.", gaz)


def test_a_place_a_meeting_discusses_is_no_venue(gaz: Gazetteer) -> None:
    """ "met ... in Santo Domingo last week to discuss the deportations of Haitians across the border
    at Ouanaminthe": the border town is the topic (and "the flow of refugees ... into Poland")."""
    for text, venue in (
        (
            "Prime Minister Alix Didier Fils-Aime met Dominican President Luis Abinader in Santo Domingo "
            "last week to discuss the deportations of Haitians across the border at Ouanaminthe.",
            "Santo Domingo",
        ),
        (
            "In Washington, Secretary of State Antony Blinken met his Polish counterpart to discuss the "
            "flow of refugees from Lviv into Poland.",
            "Washington",
        ),
    ):
        doc = geomap.extract(text, gazetteer=gaz)
        meetings = [e for e in doc.events if e.category == "diplomacy"]
        assert [ep.place.mention for e in meetings for ep in e.places] == [venue], text


def test_a_countrys_count_of_the_displaced_is_no_flight_from_the_place_attacked(gaz: Gazetteer) -> None:
    """ "Israeli air strikes hit Beirut ... as more than 1.2 million people have now been displaced
    across the country": not 1.2 million people from Beirut; an incursion into a place targets it."""
    text = (
        "Israeli air strikes hit the southern suburbs of Beirut overnight and Israeli troops pressed a "
        "ground incursion into southern Lebanon, as more than 1.2 million people have now been displaced "
        "across the country, the government said."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert not doc.movements
    assert ("invasion", "target", "Lebanon") in {
        (e.kind, ep.role, ep.place.mention) for e in doc.events for ep in e.places
    }
    doc = geomap.extract("Israeli jets bombed Beirut overnight, and thousands fled.", gazetteer=gaz)
    assert _ends(doc) == {("Beirut", None)}


def test_people_fleeing_stricken_areas_for_camps_outside_a_town_go_there(gaz: Gazetteer) -> None:
    """ "have fled drought-stricken areas of the Bay and Bakool regions for camps on the outskirts of
    Baidoa": a compound adjective ("drought-stricken", "war-torn") leaves the areas the object of
    "fled", and camps "on the outskirts of", "near" a town after "for" are where people went; "Bay"
    (a stop word) is Somalia's region in a list that "regions" ends."""
    text = (
        "Nearly 100,000 Somalis have fled drought-stricken areas of the Bay and Bakool regions for camps "
        "on the outskirts of Baidoa since January, aid agencies said."
    )
    doc = geomap.extract(text, published="2024-05-01", gazetteer=gaz)
    assert _ends(doc) == {("Bay", "Baidoa"), ("Bakool", "Baidoa")}
    bay = next(p for p in doc.places if p.mention == "Bay")
    assert (bay.country_code, bay.feature_code) == ("SO", "ADM1")
    assert _ends(
        geomap.extract("Thousands fled war-torn areas of Darfur for camps near Adre.", gazetteer=gaz)
    ) == {("Darfur", "Adre")}
    assert not geomap.places("He lives by the Bay and works in Oakland.", gazetteer=gaz)[:-1]
    (shabelle,) = geomap.places("Militants attacked a base in Lower Shabelle on Monday.", gazetteer=gaz)
    assert (shabelle.name, shabelle.feature_code) == ("Shabeellaha Hoose", "ADM1")


def test_people_who_leave_from_homes_in_a_place_leave_that_place(gaz: Gazetteer) -> None:
    """ "fled from camps in Yola", "walked for days from villages around Dinsor": after "from" and a
    few common words, "in", "near" or "around" names where people came from (a location before)."""
    for text, origin in (
        ("Thousands fled from camps in Yola on Monday.", "Yola"),
        ("Families fled from villages near Kaya to Ouagadougou.", "Kaya"),
        ("Thousands of families fled from their homes in Kharkiv, officials said.", "Kharkiv"),
    ):
        assert origin in {
            m.origin.mention for m in geomap.extract(text, gazetteer=gaz).movements if m.origin
        }, text


def test_armed_men_who_kill_or_abduct_attack_where_they_do(gaz: Gazetteer) -> None:
    """ "gunmen killed 12 people in Bokkos LGA", "bandits abducted 40 villagers" are attacks (an
    abduction); "killed in a crash" is none, and "fighters killed at least 37 people in an attack on
    a village" is the attack's toll. "Guma Local Government Area" is Nigeria's LGA written out."""
    text = (
        "Suspected herdsmen attacked Yelwata community in Guma Local Government Area of Benue State. "
        "In neighbouring Plateau State, gunmen killed 12 people in Bokkos LGA on Friday, while in "
        "Zamfara, bandits abducted 40 villagers. A man was killed in a crash near Jos."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    found = {(e.kind, ep.place.mention) for e in doc.events for ep in e.places}
    assert {
        ("attack", "Guma Local Government Area"),
        ("attack", "Bokkos LGA"),
        ("abduction", "Zamfara"),
    } <= found
    assert not any(m == "Jos" for _, m in found)
    guma = next(p for p in doc.places if p.mention == "Guma Local Government Area")
    assert (guma.name, guma.feature_code) == ("Guma", "ADM2")
    text = "Suspected Boko Haram fighters killed at least 37 people in an attack on a village in Borno state."
    (attack,) = geomap.extract(text, gazetteer=gaz).events
    assert attack.quantity is not None and attack.quantity.value == 37
    # ... but a killing after "after" is an event of its own clause, with its own toll and place
    text = (
        "India struck nine sites in Pakistan early on Wednesday, two weeks after gunmen killed 26 men "
        "at a tourist spot in Pahalgam."
    )
    events = {e.kind: e for e in geomap.extract(text, gazetteer=gaz).events}
    assert [ep.place.mention for ep in events["strike"].places] == ["Pakistan"]
    assert events["strike"].quantity is None
    assert [ep.place.mention for ep in events["attack"].places] == ["Pahalgam"]
    assert events["attack"].quantity is not None and events["attack"].quantity.value == 26


def test_soldiers_sent_from_provinces_are_no_people_on_the_move(gaz: Gazetteer) -> None:
    """ "More than 3,000 soldiers were deployed from neighboring Hubei and Shandong provinces, and
    residents of low-lying areas of Zhengzhou were moved to shelters": the residents moved from
    Zhengzhou, uncounted; the soldiers' provinces and count are not theirs."""
    text = (
        "More than 3,000 soldiers were deployed from neighboring Hubei and Shandong provinces, and "
        "residents of low-lying areas of Zhengzhou were moved to shelters in schools and gymnasiums."
    )
    (move,) = geomap.extract(text, gazetteer=gaz).movements
    assert move.origin is not None and move.origin.mention == "Zhengzhou" and move.quantity is None


def test_people_flee_the_place_retaken_in_their_sentence(gaz: Gazetteer) -> None:
    text = (
        "Clashes continued in Amhara and Tigray regions. South Sudan's army said it had retaken "
        "Malakal, in Upper Nile state, forcing thousands to flee into Sudan's White Nile state."
    )
    doc = geomap.extract(text, published="2024-06-10", gazetteer=gaz)
    assert _ends(doc) == {("Malakal", "White Nile")}


def test_people_who_leave_for_shelters_are_displaced(gaz: Gazetteer) -> None:
    """ "left" alone is weak (a president leaves Paris), but people leaving for shelters or camps
    are on the move, from where they left to where the shelters are."""
    text = (
        "A tornado flattened much of downtown Mayfield overnight. Hundreds of families left "
        "Mayfield for shelters in Paducah and Murray, officials said."
    )
    doc = geomap.extract(text, published="2021-12-11", gazetteer=gaz)
    assert _ends(doc) == {("Mayfield", "Paducah"), ("Mayfield", "Murray")}
    text = "The president left Paris for talks in Berlin. Hikers left Camp Muir for the summit."
    assert geomap.extract(text, gazetteer=gaz).movements == ()


def test_a_toll_left_behind_is_no_movement(gaz: Gazetteer) -> None:
    """ "leaving two dead" is a toll, not people leaving a place, even beside migrants."""
    text = "Migrants waited in Tijuana. Troops clashed with protesters in San Antonio del Tachira, leaving two dead."
    doc = geomap.extract(text, gazetteer=gaz)
    assert not any(
        m.origin is not None and m.origin.mention == "San Antonio del Tachira" for m in doc.movements
    )


def test_the_province_that_holds_where_people_left_is_not_where_they_went(gaz: Gazetteer) -> None:
    text = (
        "Floods in China's southern Guangdong province forced the evacuation of 110,000 people "
        "from Meizhou and Shaoguan, state media said."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    ends = _ends(doc)
    assert ("Meizhou", None) in ends and not any(d == "Guangdong" for _, d in ends)


def test_a_place_some_way_off_names_where_it_happens(gaz: Gazetteer) -> None:
    """ "an attack on a village about 30 km north of Mopti": Mopti is where the attack was, beside
    the region the sentence also names; so is Bakhmut of "shelling 20 km south of Bakhmut"."""
    text = "Gunmen killed 40 civilians in an attack on a village about 30 km north of Mopti in central Mali."
    (attack,) = geomap.extract(text, published="2023-03-20", gazetteer=gaz).events
    assert [(p.role, p.place.name) for p in attack.places] == [
        ("location", "Mopti"),
        ("location", "central Mali"),
    ]
    text = "Russian shelling 20 km south of Bakhmut killed three civilians."
    (shelling,) = geomap.extract(text, gazetteer=gaz).events
    assert [(p.role, p.place.name) for p in shelling.places] == [("location", "Bakhmut")]


def test_a_return_is_of_people_the_text_names(gaz: Gazetteer) -> None:
    """A band that "returned home" or a player who "would return to Europe" is no return of
    displaced people; "Many returned to northern Syria" after refugees is, and a headline's
    "Syrians return home from Turkey" has its people in the lede."""
    text = "The band played in Copenhagen and Hamburg this month but has instead returned home to Sweden."
    assert geomap.extract(text, gazetteer=gaz).movements == ()
    text = "Sinner said he would return to Europe to train."
    assert geomap.extract(text, gazetteer=gaz).movements == ()
    text = (
        "Syrians return home from Turkey\n\nNearly 450,000 Syrian refugees have returned to Aleppo "
        "since August. Many returned to northern Syria."
    )
    moves = geomap.extract(text, gazetteer=gaz).movements
    assert [m.origin.name for m in moves if m.origin is not None][:1] == ["Turkey"]
    assert any(m.destination is not None and m.destination.name == "northern Syria" for m in moves)


def test_what_came_a_day_before_a_dated_clause_is_dated_the_day_before(gaz: Gazetteer) -> None:
    text = (
        "The United States announced new sanctions on Iran on Tuesday, a day after Israeli jets "
        "struck targets near Isfahan."
    )
    (event,) = geomap.extract(text, gazetteer=gaz, published="2024-12-12").events
    assert (event.kind, event.date) == ("strike", "2024-12-09")
    # unless the later clause has its own date
    text = text.replace("Isfahan.", "Isfahan on Sunday.")
    (event,) = geomap.extract(text, gazetteer=gaz, published="2024-12-12").events
    assert event.date == "2024-12-08"


def test_people_named_by_their_home_return_to_it(gaz: Gazetteer) -> None:
    """ "Syrian refugees in Turkey began returning home": from Turkey to Syria (the people's
    adjective is where they come from only when they flee: "Sudanese refugees crossed into Chad")."""
    text = (
        "Syrian refugees in Turkey began returning home this week, Turkish officials said. "
        "Most were heading to Aleppo and Idlib."
    )
    moves = geomap.extract(text, gazetteer=gaz).movements
    pairs = {(m.origin and m.origin.name, m.destination and m.destination.name) for m in moves}
    assert {("Turkey", "Syria"), ("Turkey", "Aleppo"), ("Turkey", "Idlib")} <= pairs, pairs
    assert all(m.origin is not None and m.origin.name == "Turkey" for m in moves), pairs


@pytest.mark.parametrize(
    "text",
    [
        # what a vehicle hits was in a road accident
        "GLASGOW, Ky. (WBKO) -- One woman has died after being struck by a vehicle in Glasgow.",
        "A boy riding a scooter on the road in Kingston, south of Brisbane, was hit by a car.",
        # workers' and hunger strikes are no military strikes
        "Flights were cancelled days before a planned 48-hour strike at UK airports.",
        "Teachers in Chicago went on strike on Monday.",
        "A general strike closed shops in Athens.",
        # an adjective or a phrasal verb: no offensive, agreement or talks
        "He was arrested on McCandless Street in possession of an offensive weapon.",
        "The administration signed off Thursday on selling artillery to Saudi Arabia.",
        "We don't have anyone to talk to at the airline's office in Harare.",
        # "advanced" after a preposition or a determiner is an adjective of another sense
        "A hot topic is the growing concern around advanced malware across the Middle East.",
        "Officials in Kyiv praised the most advanced air defence systems of Germany.",
        # a noun a trigger qualifies, and a social call
        "Hundreds of people waited at the airport. He boarded his return flight to Berlin at noon.",
        "Many Zimbabweans in the UK regularly go home to visit with their families in Harare.",
        # what is hit without arms, struck as a deal, or attacked by a disease or malware
        "It is the first time the jackpot has been hit since January, when a man in Florida won it.",
        "Unemployment in India hit its highest level in 16 months in March.",
        "The two firms struck a deal in Moscow on Friday.",
        "He suffered a heart attack in Boston. Banks in Dubai are on alert against malware attacks.",
        # things arriving, and a briefing for reporters
        "More than 75,000 flights arrived at Schiphol from airports near Amsterdam in 2017.",
        "A ship operated by Ocean Infinity arrived at the search area in the Indian Ocean on Monday.",
        "Some 30,000 people were displaced. Aid convoys from Misrata and Tripoli reached the city.",
        "But she told a press conference in Cork city today that they cannot cover the cost.",
        # a private journey is no visit
        "Dr. Maggard is currently in France on what was supposed to be a family trip.",
        "The 6.5 hour trip from Amsterdam to Berlin includes stops in Hilversum and Almelo.",
        # nor a team's away match
        "Liverpool manager Arne Slot said his side would now focus on the Champions League trip to Madrid.",
        # what is signed is no pact: a law, a statement, a loan
        "Oklahoma Gov. Mary Fallin signed legislation last week in Oklahoma City.",
        "Frank, reacting in a statement he signed yesterday in Abuja, faulted the party.",
        "The loan signed today in Luxembourg by the European Investment Bank will fund research.",
        # one person sent back is no return of people
        "About 5,000 of his supporters urged Turkey to return him to the United States.",
        # a return to a state or an activity is no return of people
        "Prices may slow in Toronto, and 2,000 people expect a return to moderate growth in Alberta.",
        "Thousands of workers in Dhaka returned to work on Monday.",
        # goods moved are no people moving, and a forced closure no displacement
        "Refugees fled the fighting. The World Food Programme said it had moved food from Bahir Dar.",
        "The storm forced the closure of schools in Manila.",
        # targeted without arms
        "The company's targeted advertising business in Dublin grew 12% last year.",
    ],
)
def test_words_of_events_in_other_senses_are_no_events(text: str, gaz: Gazetteer) -> None:
    assert geomap.extract(text, gazetteer=gaz).events == ()


def test_each_name_of_a_list_takes_the_role_of_its_cue(gaz: Gazetteer) -> None:
    def roles(text: str) -> set[tuple[str, str]]:
        (event,) = geomap.extract(text, gazetteer=gaz).events
        return {(p.role, p.place.name) for p in event.places}

    crossed = roles(
        "Thousands of refugees have crossed from Nigeria into Cameroon, Chad and Niger since 2009."
    )
    assert {("destination", "Cameroon"), ("destination", "Chad"), ("destination", "Niger")} <= crossed
    fled = roles("Residents fled Bakhmut, Kyiv and Kharkiv on Friday.")
    assert {name for _, name in fled} == {"Bakhmut", "Kyiv", "Kharkiv"}
    # a county after a comma holds the town before it: no name of the list
    evacuated = roles(
        "Hundreds of residents were evacuated from Retford, Nottinghamshire, and Gainsborough on Friday."
    )
    assert evacuated == {("origin", "Retford"), ("origin", "Gainsborough")}
    # nor is a name that says something after a comma
    assert roles("Troops captured Avdiivka, Moscow said on Saturday.") == {("target", "Avdiyivka")}


def test_the_same_words_in_their_event_sense_are_events(gaz: Gazetteer) -> None:
    text = (
        "Drones struck an oil depot in Sochi on Sunday. A Russian strike on Odesa killed four people. "
        "The army launched an offensive against Mosul. Both sides signed a peace deal in Baghdad. "
        "Troops advanced on Pokrovsk in Ukraine."
    )
    kinds = [e.kind for e in geomap.extract(text, gazetteer=gaz).events]
    assert kinds == ["strike", "strike", "offensive", "agreement", "advance"]


def test_a_cue_holds_for_each_name_of_a_phrase_joined_by_and(gaz: Gazetteer) -> None:
    """ "in the western city of Lviv and the central region of Vinnytsia": "in" holds for both,
    though Vinnytsia stands eleven words after it."""
    text = (
        "KYIV (Reuters) - Russian missiles struck energy facilities in the western city of Lviv and "
        "the central region of Vinnytsia on Tuesday."
    )
    (strike,) = geomap.extract(text, gazetteer=gaz).events
    assert {ep.place.mention for ep in strike.places} == {"Lviv", "Vinnytsia"}


def test_a_cue_does_not_reach_across_a_clause_opener(gaz: Gazetteer) -> None:
    """ "in northern Shan state after the Myanmar National Democratic Alliance Army seized ...": the
    "in" is Shan state's; the rebels' name that starts the next clause is no place of the seizure."""
    text = (
        "Myanmar's military launched airstrikes on the town of Lashio in northern Shan state after the "
        "Myanmar National Democratic Alliance Army seized the regional military headquarters there."
    )
    events = geomap.extract(text, gazetteer=gaz).events
    assert [e.kind for e in events] == ["strike"]
    assert {ep.place.mention for ep in events[0].places} == {"Lashio", "Shan"}


def test_a_country_before_a_military_noun_or_a_place_before_a_title_is_no_venue(gaz: Gazetteer) -> None:
    """ "A US drone strike ... near Kabul" happens near Kabul, by the US; "meeting Aleppo Mayor Brita
    Hagi Hasan in Paris" is a meeting in Paris with Aleppo's mayor. But a country that "has been hit"
    is where, and "the Iraq war" is in Iraq."""

    def places_of(text: str) -> list[set[str]]:
        return [{ep.place.mention for ep in e.places} for e in geomap.extract(text, gazetteer=gaz).events]

    assert places_of("A US drone strike killed three men near Kabul on Sunday.") == [{"Kabul"}]
    assert places_of("Since meeting Aleppo Mayor Brita Hagi Hasan in Paris, Hidalgo has raised funds.") == [
        {"Paris"}
    ]
    assert places_of("Ukraine has been hit by Russian strikes for weeks.") == [{"Ukraine"}]
    assert places_of("The Iraq war left the country in ruins.") == [{"Iraq"}]


def test_people_told_to_leave_are_evacuated_from_where_they_are(gaz: Gazetteer) -> None:
    """ "Residents of Bairnsdale were told to leave for Melbourne or Sale" is an evacuation from
    Bairnsdale; ships "sent from Sydney to evacuate people" did not take people from Sydney."""
    text = "Residents of Bairnsdale were told to leave for Melbourne or Sale."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Bairnsdale", "Melbourne"), ("Bairnsdale", "Sale")}
    text = "Police ordered residents of Kherson to leave for Zaporizhzhia."
    (evacuation,) = geomap.extract(text, gazetteer=gaz).events
    assert evacuation.kind == "evacuation"
    text = "Navy ships would be sent from Sydney to evacuate people from Mallacoota."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Mallacoota", None)}


def test_an_evacuation_order_extended_to_a_town_is_for_it(gaz: Gazetteer) -> None:
    """ "evacuation orders were extended to parts of Pasadena and Altadena" send their people away,
    not to them; and the region the fire is in ("Southern California", a region of the gazetteer
    inside one state) holds them: it is no place they went."""
    text = (
        "Firefighters battled a fast-moving wildfire in Southern California on Wednesday as evacuation "
        "orders were extended to parts of Pasadena and Altadena, officials said."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Pasadena", None), ("Altadena", None)}


def test_a_reporting_aside_does_not_end_the_clause(gaz: Gazetteer) -> None:
    """ "At least 30,000 people were displaced, the IOM said, many of them to Benghazi, Tobruk and Al
    Bayda": the aside between commas is no clause of its own, so the displaced went to the three
    towns; a report that ends the sentence still ends the clause."""
    text = (
        "DERNA, Libya - At least 30,000 people were displaced, the IOM said, many of them to "
        "Benghazi, Tobruk and Al Bayda."
    )
    assert {d for _, d in _ends(geomap.extract(text, gazetteer=gaz))} == {"Benghazi", "Tobruk", "Al Bayda"}
    text = "Thousands fled the fighting, officials told Reuters, most of them to Bukavu."
    assert {d for _, d in _ends(geomap.extract(text, gazetteer=gaz))} == {"Bukavu"}


def test_an_order_to_move_reaches_past_a_list_of_places(gaz: Gazetteer) -> None:
    """ "Israeli forces ordered residents of Khan Younis and Rafah to move to the al-Mawasi area": the
    order stands nine words before its "to", past the two towns the residents are of; an order in
    the sentence before moves no one."""
    text = (
        "Israeli forces ordered residents of Khan Younis and Rafah to move to the al-Mawasi area on "
        "the coast on Monday."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {
        ("Khan Younis", "al-Mawasi"),
        ("Rafah", "al-Mawasi"),
    }
    _displace_no_one(
        "Police ordered a curfew. Residents of Khan Younis and Rafah want to move to Gaza City.", gaz=gaz
    )


def test_a_town_that_locates_another_is_no_origin(gaz: Gazetteer) -> None:
    """ "In the town of Babenhausen, near Augsburg, residents were evacuated": from Babenhausen, not
    also from Augsburg, which only says where Babenhausen is."""
    text = (
        "In the town of Babenhausen, near Augsburg, residents were evacuated after a dam on the Guenz "
        "river threatened to break."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Babenhausen", None)}


def test_camps_counted_and_valley_towns_keep_their_roles(gaz: Gazetteer) -> None:
    """ "were moved to 45 relief camps in Kalpetta": a count of the camps leaves Kalpetta where they
    went; "fled from the Taquari valley towns of Lajeado, Estrela and Roca Sales": a landform before
    the towns' noun leaves all three where people fled from."""
    text = "More than 3,000 people were moved to 45 relief camps in Meppadi and Kalpetta."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Kalpetta")}
    text = (
        "Most of the displaced fled from the Taquari valley towns of Lajeado, Estrela and Roca Sales "
        "to Caxias do Sul."
    )
    assert {o for o, _ in _ends(geomap.extract(text, gazetteer=gaz))} == {"Lajeado", "Estrela", "Roca Sales"}


def test_a_crew_arriving_and_bodies_carried_by_a_river_move_no_one(gaz: Gazetteer) -> None:
    """ "NASA's Artemis II crew arrived at the Kennedy Space Center in Florida" is a crew on duty;
    "Bodies were found as far away as Nilambur, carried by the river" moves no people (beside a
    sentence that does move them)."""
    _displace_no_one(
        "NASA's Artemis II crew arrived at the Kennedy Space Center in Florida on Friday.", gaz=gaz
    )
    text = (
        "More than 3,000 people were moved to relief camps in Kalpetta. Bodies were found as far away "
        "as Nilambur in Malappuram district, carried by the river."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Kalpetta")}


def test_an_obituarys_lectures_and_acquaintances_are_no_diplomacy(gaz: Gazetteer) -> None:
    """ "the palaeontologist Louis Leakey, whom she had met in Nairobi" and "giving some 300 talks a
    year, from Beijing to Buenos Aires" are a life's, not meetings of officials; "held talks in
    Istanbul" still are."""
    text = (
        "At 26 she travelled to Tanzania at the invitation of the palaeontologist Louis Leakey, whom "
        "she had met in Nairobi. She spent her later life giving some 300 talks a year, from Beijing to "
        "Buenos Aires."
    )
    assert not [e for e in geomap.extract(text, gazetteer=gaz).events if e.category == "diplomacy"]
    text = "Iran's foreign minister held talks with European diplomats in Istanbul on Friday."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Istanbul"}


def test_an_abbreviated_name_in_a_list_takes_the_lists_role(gaz: Gazetteer) -> None:
    """ "fled from Portland, St. Thomas and Clarendon": the full stop of "St." is no end of the list."""
    text = "KINGSTON, Jamaica - Thousands fled from Portland, St. Thomas and Clarendon."
    assert {o for o, _ in _ends(geomap.extract(text, gazetteer=gaz))} == {
        "Portland",
        "St. Thomas",
        "Clarendon",
    }


def test_a_race_line_and_a_bearings_river_move_no_one(gaz: Gazetteer) -> None:
    """ "crossed the line 39 seconds ahead" is a race's finish; "residents of more than 20 villages
    south of the Litani river were told to leave" leave the villages, not the river."""
    _displace_no_one(
        "The Slovenian crossed the line in Saint-Lary-Soulan 39 seconds ahead of the Dane.", gaz=gaz
    )
    text = (
        "The Israeli military told residents of more than 20 villages south of the Litani river to "
        "leave their homes immediately."
    )
    assert not any(m.origin for m in geomap.extract(text, gazetteer=gaz).movements)


def test_a_crowd_that_sets_off_moves_through_the_word_it_merges_into(gaz: Gazetteer) -> None:
    """ "Hundreds of Hondurans set off from San Pedro Sula on Saturday in a new migrant caravan heading
    for the United States": the crowd is the subject of "set off", which merges into "heading"."""
    text = (
        "Hundreds of Hondurans set off from San Pedro Sula on Saturday in a new migrant caravan heading "
        "for the United States."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("San Pedro Sula", "United States")}


def test_the_area_an_evacuation_order_is_for_is_where_people_leave(gaz: Gazetteer) -> None:
    """ "Evacuation orders for North Lismore" send its people away from it, not to it; and where
    another clause's subject is ("the river is rising at Murwillumbah, and residents of Chinderah
    have been told to move") is not where the people told to move go."""
    text = (
        "Residents of Lismore have been told to prepare for another flood. The State Emergency "
        "Service has issued evacuation orders for the CBD and North Lismore."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("North Lismore", None)}
    text = (
        "Further north, the Tweed River is rising at Murwillumbah, and residents of Tumbulgum and "
        "Chinderah have been told to move to higher ground."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Chinderah", None)}


def test_where_someone_is_when_they_act_is_no_place_of_the_event(gaz: Gazetteer) -> None:
    text = (
        "A wildfire forced thousands of residents of Malibu to flee on Tuesday. Gov. Gavin Newsom, "
        "who was in Sacramento, approved federal aid. Gov. Jay Inslee, speaking in Olympia, said "
        "crews had been sent to fight the fire."
    )
    at = _event_places(geomap.extract(text, gazetteer=gaz))
    assert "Malibu" in at and not at & {"Sacramento", "Olympia"}


def test_where_a_spokesman_speaks_is_no_place_of_the_strikes_he_speaks_of(gaz: Gazetteer) -> None:
    text = (
        "Air strikes hit Pazigyi village in Sagaing on Tuesday. The junta's spokesman told reporters "
        "in Naypyitaw that the army had targeted terrorists. The minister said in Mandalay that jets "
        "would strike again."
    )
    at = _event_places(geomap.extract(text, gazetteer=gaz))
    assert "Sagaing" in at and not at & {"Naypyitaw", "Mandalay"}


def test_a_toll_after_a_participle_of_harm_is_the_event_befores(gaz: Gazetteer) -> None:
    text = (
        "Jihadist fighters attacked a military camp near Timbuktu on Saturday, killing at least 20 "
        "soldiers, the army said, a day after militants ambushed a convoy between Gao and Menaka."
    )
    doc = geomap.extract(text, published="2024-10-05", gazetteer=gaz)
    tolls = {ep.place.mention: e.quantity and e.quantity.value for e in doc.events for ep in e.places}
    assert tolls["Timbuktu"] == 20 and tolls["Gao"] is None


def test_people_forced_from_their_homes_are_displaced_and_a_toll_is_not_their_count(
    gaz: Gazetteer,
) -> None:
    text = "The rising waters of Lake Tanganyika forced 100,000 people from their homes around Bujumbura."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert (event.category, event.quantity and event.quantity.value) == ("displacement", 100_000)
    assert [ep.place.mention for ep in event.places] == ["Bujumbura"]
    text = "Authorities evacuated residents of Mai Mahiu, near Nairobi, after a dam burst killed at least 45 people."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert (event.kind, event.quantity) == ("evacuation", None)


def test_places_that_strikes_targeted_are_their_targets(gaz: Gazetteer) -> None:
    text = "Israeli airstrikes targeted the towns of Nabatieh and Bint Jbeil in southern Lebanon on Tuesday."
    targets = {
        ep.place.mention
        for e in geomap.extract(text, gazetteer=gaz).events
        for ep in e.places
        if ep.role == "target"
    }
    assert {"Nabatieh", "Bint Jbeil"} <= targets


def test_a_place_after_the_origins_is_no_destination_unless_a_refuge_is_there(gaz: Gazetteer) -> None:
    text = (
        "Rescuers in boats evacuated residents of Canoas and Sao Leopoldo, north of Porto Alegre, to schools."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Canoas", None), ("Sao Leopoldo", None)}
    text = "Wildfires forced the evacuation of Yellowknife and of several communities in northern Alberta."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Yellowknife", None)}
    text = "Hundreds of families left Mayfield for shelters in Paducah."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Mayfield", "Paducah")}


def test_people_flee_from_the_finest_place_under_attack(gaz: Gazetteer) -> None:
    text = (
        "In Sennar State, attacks on villages east of Singa forced about 12,000 people to flee to "
        "Gedaref and Kassala states."
    )
    doc = geomap.extract(text, published="2024-10-15", gazetteer=gaz)
    origins = {m.origin.mention for m in doc.movements if m.origin is not None}
    assert origins == {"Singa"}  # not the state that holds it as well


def test_a_camps_name_forces_that_advance_and_a_region_holding_an_origin(gaz: Gazetteer) -> None:
    text = (
        "More than 100,000 people have fled fighting around Sake in eastern Congo over the past week, "
        "heading for Goma. M23 rebels have since advanced towards Sake, 25 km west of Goma. On "
        "Thursday, shells hit the Mugunga displacement camp on the outskirts of Goma, killing 12 people."
    )
    doc = geomap.extract(text, published="2024-05-10", gazetteer=gaz)
    origins = {m.origin.mention for m in doc.movements if m.origin is not None}
    assert origins == {"Sake"}  # not eastern Congo as well, and no movement out of the shelled camp
    assert not any(e.category == "displacement" and e.trigger == "displacement" for e in doc.events)
    advance = next(e for e in doc.events if e.kind == "advance")
    assert ("target", "Sake") in {(ep.role, ep.place.mention) for ep in advance.places}
    # an offensive's "toward" is its target too; but where people flee, "towards" is where they go
    text = (
        "Russian troops pressed their offensive toward Pokrovsk and Kostiantynivka in the Donetsk "
        "region. More than 26,000 people fled El Fasher in the two days after the assault, most of them "
        "on foot towards Tawila, a town some 60 km to the west."
    )
    doc = geomap.extract(text, published="2024-05-10", gazetteer=gaz)
    offensive = next(e for e in doc.events if e.kind == "offensive")
    roles = {(ep.role, ep.place.mention) for ep in offensive.places}
    assert {("target", "Pokrovsk"), ("target", "Kostiantynivka")} <= roles
    assert [
        (m.origin and m.origin.mention, m.destination and m.destination.mention) for m in doc.movements
    ] == [("El Fasher", "Tawila")]


def test_a_count_across_a_clause_of_contrast_is_not_the_events(gaz: Gazetteer) -> None:
    """ "vaccinated more than 160,000 people, but attacks around Beni halted the response": the
    attacks did not harm 160,000 people; a count of the attack's own clause still is its count."""
    text = (
        "Health workers have vaccinated more than 160,000 people, but attacks by armed groups around "
        "Beni have repeatedly halted the response."
    )
    (event,) = geomap.extract(text, published="2019-07-15", gazetteer=gaz).events
    assert (event.category, event.quantity) == ("conflict", None), event
    text = "Gunmen attacked a village near Beni, killing at least 12 people, but the army said it was calm."
    (event,) = geomap.extract(text, published="2019-07-15", gazetteer=gaz).events
    assert event.quantity is not None and event.quantity.value == 12, event


def test_a_war_a_deal_ends_is_no_war_there_but_one_talks_aim_to_end_is(gaz: Gazetteer) -> None:
    """ "signed a declaration ending the state of war ... in Asmara" is an agreement signed in
    Asmara, no war there; "talks aimed at ending the war in Yemen" speak of a war that goes on."""
    text = (
        "The leaders of Ethiopia and Eritrea signed a declaration ending the state of war between the "
        "two countries on Monday in Asmara."
    )
    doc = geomap.extract(text, published="2018-07-10", gazetteer=gaz)
    assert [(e.category, e.kind) for e in doc.events] == [("diplomacy", "agreement")], doc.events
    assert _event_places(doc) == {"Asmara"}
    doc = geomap.extract("Talks in Geneva aimed at ending the war in Yemen stalled.", gazetteer=gaz)
    assert {(e.category, ep.place.mention) for e in doc.events for ep in e.places} == {
        ("diplomacy", "Geneva"),
        ("conflict", "Yemen"),
    }


def test_a_siege_that_left_more_than_a_thousand_dead_is_no_movement(gaz: Gazetteer) -> None:
    """ "a siege that left more than 1,100 people dead": "left" leaves a toll, a long one split
    into tokens by its comma, not a place people left; the toll is the siege's."""
    text = (
        "Troops retook the last building held by militants in Marawi, ending a five-month siege that "
        "left more than 1,100 people dead and displaced some 360,000 residents."
    )
    doc = geomap.extract(text, published="2017-10-17", gazetteer=gaz)
    assert [e.kind for e in doc.events if e.category == "displacement"] == ["displacement"], doc.events
    siege = next(e for e in doc.events if e.category == "conflict")
    assert siege.quantity is not None and siege.quantity.value == 1100, siege


def test_a_place_that_tells_what_the_next_place_is_is_not_where_it_happens(gaz: Gazetteer) -> None:
    """ "struck the Black Sea port of Odesa": the sea says what Odesa is, Odesa is struck; but in
    "displaced from Torkula village of Guma" both are where the people came from."""
    doc = geomap.extract("Russian missiles struck the Black Sea port of Odesa on Friday.", gazetteer=gaz)
    assert _event_places(doc) == {"Odesa"}, doc.events
    doc = geomap.extract("She was displaced from Torkula village of Guma by gunmen.", gazetteer=gaz)
    assert {m.origin.mention for m in doc.movements if m.origin} == {"Torkula", "Guma"}, doc.movements


def test_people_who_left_camps_near_a_town_came_from_it(gaz: Gazetteer) -> None:
    """ "left camps near Arsal for Homs": Arsal (GeoNames "Aarsâl", a letter doubled) is where they
    came from, as of "fled camps near Arsal"."""
    text = "Others have left camps near Arsal for Homs and Hama since the government retook the area."
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Arsal", "Homs"), ("Arsal", "Hama")}, doc.movements


def test_rescue_teams_from_abroad_are_no_displaced_people_arriving(gaz: Gazetteer) -> None:
    """ "Rescue teams from Egypt, Turkey and the United Arab Emirates arrived in Benghazi": people
    on duty (a list of countries with "the" in it), no movement of displaced people; nor do the
    survivors who "fled west to Benghazi" in the next sentence come from those countries."""
    text = (
        "Floods swept through Derna, killing thousands. Rescue teams from Egypt, Turkey and the United "
        "Arab Emirates arrived in Benghazi on Wednesday. Many survivors fled west to Benghazi and Tobruk."
    )
    doc = geomap.extract(text, published="2023-09-14", gazetteer=gaz)
    assert not any(e.kind == "arrival" for e in doc.events), doc.events
    assert {m.origin.mention for m in doc.movements if m.origin} & {"Egypt", "Turkey"} == set(), doc.movements
    assert {m.destination.mention for m in doc.movements if m.destination} == {"Benghazi", "Tobruk"}


def test_a_place_before_a_verb_and_its_object_is_no_premodifier_of_the_object(gaz: Gazetteer) -> None:
    """ "as Moscow pressed its offensive": Moscow acts, the offensive is not in Moscow (a determiner
    between them opens another noun phrase); "arrived in Doha for the talks" are still Doha's."""
    doc = geomap.extract("Russian troops advanced in Ukraine as Moscow pressed its offensive.", gazetteer=gaz)
    assert "Moscow" not in _event_places(doc), doc.events
    doc = geomap.extract("The foreign minister arrived in Doha for the talks on Monday.", gazetteer=gaz)
    assert [(e.kind, _event_places(doc)) for e in doc.events] == [("talks", {"Doha"})], doc.events
    # nor a verb between them: the capital speaks for its government ("Qatar hosted talks" hosts them)
    for text in (
        "Moscow rejected talks with Kyiv.",
        "Bangkok preferred bilateral talks.",
        "Moscow wants talks.",
    ):
        assert not _event_places(geomap.extract(text, gazetteer=gaz)), text
    doc = geomap.extract("Qatar hosted talks between Israel and Hamas.", gazetteer=gaz)
    assert _event_places(doc) == {"Qatar"}, doc.events
    # nor one a modal verb parts from it, and another verb's "to" is no venue of the summit
    doc = geomap.extract("Bosnia and Herzegovina will start talks once it meets the reforms.", gazetteer=gaz)
    assert not _event_places(doc), doc.events
    text = "The summit in Brussels also granted candidate status to Georgia, after Russia's invasion."
    doc = geomap.extract(text, gazetteer=gaz)
    assert {e.kind: _event_places_of(e) for e in doc.events}.get("summit") == {"Brussels"}, doc.events


def test_what_a_place_is_a_hub_for_is_no_destination(gaz: Gazetteer) -> None:
    """ "villages around Pokrovsk, a logistics hub for the Donetsk region": the region is what the
    town serves, not where the evacuated go; "fled Mosul for Erbil" still goes there."""
    text = (
        "KYIV - Authorities ordered the evacuation of families from villages around Pokrovsk, a "
        "logistics hub for the Donetsk region, on Friday."
    )
    doc = geomap.extract(text, published="2024-05-03", gazetteer=gaz)
    assert not any(m.destination for m in doc.movements), doc.movements
    doc = geomap.extract("Thousands of people fled Mosul for Erbil on Friday.", gazetteer=gaz)
    assert _ends(doc) == {("Mosul", "Erbil")}, doc.movements


def test_the_last_name_of_a_long_list_after_its_cue_takes_the_cues_role(gaz: Gazetteer) -> None:
    """ "Strikes hit the towns of Nabatieh, Tyre and Bint Jbeil": the list's commas and its "and"
    do not end the cue's reach, however long the list."""
    doc = geomap.extract("Strikes hit the towns of Nabatieh, Tyre and Bint Jbeil.", gazetteer=gaz)
    assert {ep.place.mention: ep.role for e in doc.events for ep in e.places} == {
        "Nabatieh": "target",
        "Tyre": "target",
        "Bint Jbeil": "target",
    }, doc.events


def test_officials_who_move_refugees_move_the_refugees(gaz: Gazetteer) -> None:
    """ "Indonesian officials moved some of the refugees to a convention center in Banda Aceh": the
    refugees moved, not officials on duty; rescue teams who "reached" people still did not."""
    text = "Indonesian officials moved some of the refugees to a convention center in Banda Aceh."
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(None, "Banda Aceh")}, doc.movements
    doc = geomap.extract("Rescue teams reached thousands of stranded people in Derna.", gazetteer=gaz)
    assert not doc.movements, doc.movements


def test_refugees_who_landed_somewhere_arrived_there(gaz: Gazetteer) -> None:
    """ "Rohingya refugees have landed in Aceh province": a boat's passengers arrive; a plane that
    landed carried no displaced people."""
    text = "More than 1,000 Rohingya refugees have landed in Aceh province since November."
    doc = geomap.extract(text, published="2023-12-10", gazetteer=gaz)
    assert _ends(doc) == {(None, "Aceh")}, doc.movements
    assert not geomap.extract("The plane landed in Kabul on Monday.", gazetteer=gaz).events


def test_the_place_people_are_told_to_leave_is_their_origin(gaz: Gazetteer) -> None:
    """ "ordered ... Palestinians to leave the eastern parts of Khan Younis": the "to" of an
    infinitive is no destination's; "forced to flee to Kaya" still goes to Kaya."""
    text = "Israeli forces ordered thousands of Palestinians to leave the eastern parts of Khan Younis on Monday."
    doc = geomap.extract(text, published="2024-07-01", gazetteer=gaz)
    assert _ends(doc) == {("Khan Younis", None)}, doc.movements
    doc = geomap.extract("Thousands were forced to flee to Kaya.", gazetteer=gaz)
    assert _ends(doc) == {(None, "Kaya")}, doc.movements


def test_a_suspect_who_flees_is_no_displaced_person(gaz: Gazetteer) -> None:
    """ "The suspect, a man from Easley, fled on foot": a fugitive, no displacement; residents who
    fled after gunmen attacked still are."""
    text = "The suspect, a 27-year-old man from Easley, fled on foot and was arrested hours later."
    assert not geomap.extract(text, gazetteer=gaz).movements
    text = "Gunmen attacked the village of Kwashebe and residents fled to Maiduguri."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Kwashebe", "Maiduguri")}
    # nor is a crime one is charged with ("charges of aggravated fleeing") an event
    text = (
        "Bloomington police arrested a Normal man on Friday. He was booked into the county jail in "
        "Bloomington on charges of aggravated fleeing and driving with a revoked license."
    )
    _assert_no_events(text, gaz)
    text = "He was accused of forcing 300 villagers to flee Bentiu."
    assert {origin for origin, _ in _ends(geomap.extract(text, gazetteer=gaz))} == {"Bentiu"}


def test_a_force_that_has_taken_full_control_of_a_town_captured_it(gaz: Gazetteer) -> None:
    """ "it had taken full control of El Fasher after an 18-month siege": "full" between the verb
    and the place leaves the place its object; the people who then reached Tawila came from it."""
    text = (
        "Thousands of people have fled El Obeid for Kosti since the start of the month. In Darfur, the "
        "RSF said it had taken full control of El Fasher after an 18-month siege, and aid groups "
        "reported that more than 30,000 people had reached Tawila, 60 km to the west."
    )
    doc = geomap.extract(text, published="2025-10-28", gazetteer=gaz)
    assert ("conflict", "capture", "El Fasher") in {
        (e.category, e.kind, ep.place.mention) for e in doc.events for ep in e.places
    }, doc.events
    assert ("El Fasher", "Tawila") in _ends(doc), doc.movements


def test_a_bearings_reference_is_no_destination_of_people_evacuated(gaz: Gazetteer) -> None:
    """ "swept through the suburbs north of Athens, forcing the evacuation of Varnavas and Marathon":
    Athens is where the bearing is taken from, not where the evacuated are ("people in Idlib had
    fled from other parts of Syria" still puts them in Idlib)."""
    text = (
        "Wildfires swept through the suburbs north of Athens on Sunday, forcing the evacuation of the "
        "towns of Varnavas and Marathon."
    )
    doc = geomap.extract(text, published="2024-08-12", gazetteer=gaz)
    assert not any(m.destination for m in doc.movements), doc.movements
    assert {m.origin.mention for m in doc.movements if m.origin} == {"Varnavas", "Marathon"}


def test_people_told_to_move_their_valuables_are_not_evacuated(gaz: Gazetteer) -> None:
    """ "Residents of Cockermouth have been told to move valuables upstairs": things are moved, not
    people; "told to move to higher ground" still evacuates them."""
    text = "Residents of Cockermouth, which flooded in 2009, have been told to move valuables upstairs."
    assert not geomap.extract(text, gazetteer=gaz).events
    text = "Residents of Cockermouth have been told to move to higher ground."
    assert [e.kind for e in geomap.extract(text, gazetteer=gaz).events] == ["evacuation"]


def test_people_kept_from_leaving_and_single_travellers_do_not_move(gaz: Gazetteer) -> None:
    """ "Egypt forbade hundreds of Muslims from leaving Cairo": no one left. "a Kenyan woman who
    had just arrived from India" is a traveller (a patient of an outbreak story), and "tourists ...
    troop to Kogelo to visit" no diplomatic visit; a woman who fled, and refugees who arrived, move."""
    text = "In September, Egypt forbade hundreds of Muslims from leaving Cairo for the Hajj."
    assert not geomap.extract(text, gazetteer=gaz).movements
    text = (
        "A Kenyan woman who had just arrived from India was put in isolation at a hospital in Nairobi. "
        "Tourists, most of whom troop to Kogelo in Kisumu County, visit the ancestral home of Obama's father."
    )
    _assert_no_events(text, gaz)
    text = "A Syrian woman who fled Aleppo arrived in Gaziantep, Turkey, on Monday with 200 refugees."
    doc = geomap.extract(text, gazetteer=gaz)
    assert {m.origin.mention for m in doc.movements if m.origin} == {"Aleppo"}, doc.movements


def test_a_meetings_word_before_its_organisers_is_no_meeting(gaz: Gazetteer) -> None:
    """ "Conference organizers report cases in Mozambique and Botswana": the organisers speak, no
    conference is held there; "talks would resume in Doha" after "Summit organisers" still is."""
    assert not geomap.extract(
        "Conference organizers report cases in Mozambique and Botswana.", gazetteer=gaz
    ).events
    doc = geomap.extract(
        "Summit organisers in Geneva said talks would resume in Doha next week.", gazetteer=gaz
    )
    assert [(e.kind, [p.place.mention for p in e.places]) for e in doc.events] == [("talks", ["Doha"])]


def test_people_who_fled_a_town_for_another_went_there_and_actors_keep_their_of(gaz: Gazetteer) -> None:
    """ "fled El Geneina ... for Adre, across the border in Chad": the model doubts Adre after "for",
    but after a verb of leaving "for" names where people went; and an actor's name keeps its "of" or
    "for" ("the International Organization for Migration") and its article ("al-Burhan"), not a
    plural before it ("Thousands of")."""
    text = (
        "More than 20,000 people have fled El Geneina in Sudan's West Darfur state for Adre, across the "
        "border in Chad, the International Organization for Migration said on Friday."
    )
    doc = geomap.extract(text, published="2023-11-10", gazetteer=gaz)
    assert _ends(doc) == {("El Geneina", "Adre")}
    assert doc.movements[0].destination is not None and doc.movements[0].destination.country_code == "TD"
    # (who reports the flight is no actor of it: test_who_reports_fighting_or_flight_is_no_actor_of_it)
    text = "The International Organization for Migration evacuated 300 people from Tawila to El Fasher."
    assert "International Organization for Migration" in geomap.extract(text, gazetteer=gaz).events[0].actors
    doc = geomap.extract("Thousands of Rohingya fled Maungdaw for Cox's Bazar.", gazetteer=gaz)
    assert all(not actor.startswith("Thousands") for e in doc.events for actor in e.actors)
    # ... and a surname led by an Arabic article: "al-Burhan", not "Abdel Fattah" alone
    doc = geomap.extract("UN envoy Ramtane Lamamra met Abdel Fattah al-Burhan in Port Sudan.", gazetteer=gaz)
    assert doc.events[0].actors == ("Ramtane Lamamra", "Abdel Fattah al-Burhan")
    # ... and the small words inside a name
    text = "President Luiz Inacio Lula da Silva met Ursula von der Leyen in Brasilia on Monday."
    assert geomap.extract(text, gazetteer=gaz).events[0].actors == (
        "President Luiz Inacio Lula da Silva",
        "Ursula von der Leyen",
    )


def test_people_left_homeless_are_counted_where_they_shelter(gaz: Gazetteer) -> None:
    """ "were left homeless" leaves people in a state, not a place: the count is the sheltering's."""
    text = (
        "More than 3,000 families were left homeless and were sheltering in tents in Jumla, officials said."
    )
    doc = geomap.extract(text, published="2023-11-04", gazetteer=gaz)
    (event,) = doc.events
    assert event.kind == "shelter" and event.quantity is not None and event.quantity.value == 3000


def test_examples_after_including_take_the_role_of_what_they_exemplify(gaz: Gazetteer) -> None:
    """ "evacuated from communities along the border, including Metula and Shlomi": the towns are
    where people left; "mostly through Adre" is a way, not an example (Chad stays the destination)."""
    text = (
        "In Israel, some 60,000 people have been evacuated from communities along the border, "
        "including Metula and Shlomi."
    )
    doc = geomap.extract(text, published="2024-06-12", gazetteer=gaz)
    assert _ends(doc) == {("Metula", None), ("Shlomi", None)}
    text = "Some 500,000 refugees have crossed into Chad, mostly through Adre, since April."
    doc = geomap.extract(text, published="2024-06-12", gazetteer=gaz)
    assert (None, "Chad") in _ends(doc)


def test_a_sentence_about_other_people_takes_no_origin_from_a_finished_movement(gaz: Gazetteer) -> None:
    """After "3,500 families were displaced from Kadugli to the Nuba Mountains", "arrivals in Chad"
    are other people's, not Kadugli's; "Others crossed into Chad" after "fled El Fasher towards
    Tawila" are the same people's; "relocated refugees from the camps" after their arrival from
    Rakhine takes them on from the camps, not from Rakhine."""
    text = (
        "In South Kordofan, some 3,500 families were displaced from Kadugli to the Nuba Mountains after "
        "shelling on Tuesday. A UNHCR spokesperson said arrivals in Chad had reached 500,000 since April."
    )
    doc = geomap.extract(text, published="2023-11-10", gazetteer=gaz)
    assert ("Kadugli", "Chad") not in _ends(doc) and (None, "Chad") in _ends(doc)
    text = (
        "More than 26,000 people fled El Fasher towards Tawila, the IOM said. Others crossed into Chad "
        "through the border town of Tine."
    )
    doc = geomap.extract(text, published="2023-11-10", gazetteer=gaz)
    assert ("El Fasher", "Chad") in _ends(doc)
    # the same people carried on from where they found refuge: from there, not from where they
    # first fled
    text = (
        "More than 700 Rohingya refugees arrived in Cox's Bazar from Myanmar's Rakhine state. "
        "Bangladesh relocated 1,500 refugees from the camps to the island of Bhasan Char on Tuesday."
    )
    doc = geomap.extract(text, published="2023-11-10", gazetteer=gaz)
    assert ("Rakhine", "Bhasan Char") not in _ends(doc) and ("Cox's Bazar", "Bhasan Char") in _ends(doc)
    text = (
        "Coast guard vessels rescued more than 600 migrants off Lampedusa, most of whom had set sail "
        "from Sfax in Tunisia. About 450 of the migrants were later transferred to Porto Empedocle, "
        "and others were taken to reception centres in Calabria."
    )
    doc = geomap.extract(text, published="2023-11-10", gazetteer=gaz)
    assert ("Sfax", "Lampedusa") in _ends(doc)
    assert ("Lampedusa", "Porto Empedocle") in _ends(doc) and ("Lampedusa", "Calabria") in _ends(doc)
    assert not any(o == "Sfax" and d in {"Porto Empedocle", "Calabria"} for o, d in _ends(doc))


def test_where_people_left_reaches_past_a_sentence_that_reports_nothing(gaz: Gazetteer) -> None:
    """One sentence without an event between an evacuation and where the evacuees went does not
    lose where they left; where only fighting was, a later sentence's displaced come from anywhere."""
    text = (
        "Authorities ordered the evacuation of families from the eastern city of Pokrovsk on Monday. "
        "About 53,000 people still live in Pokrovsk, a logistics hub. "
        "Evacuees were taken by train to Dnipro and Lviv."
    )
    doc = geomap.extract(text, published="2024-08-20", gazetteer=gaz)
    assert ("Pokrovsk", "Dnipro") in _ends(doc) and ("Pokrovsk", "Lviv") in _ends(doc)
    text = (
        "Federal forces and militiamen clashed in the town of Debre Markos on Tuesday. "
        "The regional capital Bahir Dar was placed under curfew. "
        "Around 8,000 people have been displaced to Gondar since January."
    )
    doc = geomap.extract(text, published="2024-03-06", gazetteer=gaz)
    assert (None, "Gondar") in _ends(doc) and ("Debre Markos", "Gondar") not in _ends(doc)


def test_a_country_a_meeting_discusses_support_for_is_no_venue(gaz: Gazetteer) -> None:
    """ "met in Brussels to discuss support for Ukraine": Ukraine is whom the support serves, not
    where the ministers met."""
    text = "NATO foreign ministers met in Brussels on Wednesday to discuss support for Ukraine."
    doc = geomap.extract(text, published="2024-05-08", gazetteer=gaz)
    (meeting,) = doc.events
    assert [p.place.mention for p in meeting.places] == ["Brussels"]


def test_a_storm_that_heads_somewhere_moves_no_people_there(gaz: Gazetteer) -> None:
    """ "The storm then headed toward the Dominican Republic, where authorities evacuated 12,000
    people from La Romana": the people left La Romana; the storm's heading is no destination of theirs."""
    text = (
        "The storm then headed toward the Dominican Republic, where authorities evacuated 12,000 people "
        "from coastal areas of La Romana and Higuey."
    )
    doc = geomap.extract(text, published="2022-09-19", gazetteer=gaz)
    assert ("La Romana", None) in _ends(doc) and all(d is None for _, d in _ends(doc))


def test_where_an_official_flies_for_talks_is_their_venue(gaz: Gazetteer) -> None:
    """ "flew to Tunis on Sunday for talks with President Kais Saied": Tunis is the talks' venue
    (the date between the place and the talks had kept it from them)."""
    text = (
        "Italian Prime Minister Giorgia Meloni flew to Tunis on Sunday for talks with President Kais Saied."
    )
    doc = geomap.extract(text, published="2023-06-12", gazetteer=gaz)
    assert [(e.kind, [p.place.mention for p in e.places]) for e in doc.events] == [("talks", ["Tunis"])]


def test_each_name_of_a_list_of_towns_in_their_countries_keeps_the_cue(gaz: Gazetteer) -> None:
    """ "setting off from Sfax in Tunisia and Zuwara in Libya": Zuwara is an origin too, "in Tunisia"
    placing Sfax, not cueing Zuwara."""
    text = (
        "More than 1,200 migrants reached the Italian island of Lampedusa over the weekend, most of them "
        "after setting off from Sfax in Tunisia and Zuwara in Libya, the coastguard said."
    )
    doc = geomap.extract(text, published="2023-06-12", gazetteer=gaz)
    assert {("Sfax", "Lampedusa"), ("Zuwara", "Lampedusa")} <= _ends(doc)


def test_forces_that_advance_into_a_town_people_flee_make_it_their_origin(gaz: Gazetteer) -> None:
    """ "tanks advanced into the eastern outskirts of Rafah, forcing tens of thousands to flee north
    to Khan Younis": Rafah is the advance's target (right after its verb, though people flee in the
    sentence), and so where they fled from."""
    text = (
        "Israeli tanks advanced into the eastern outskirts of Rafah on Tuesday, forcing tens of "
        "thousands of Palestinians to flee north to Khan Younis."
    )
    doc = geomap.extract(text, published="2024-05-08", gazetteer=gaz)
    assert ("Rafah", "Khan Younis") in _ends(doc)
    assert any(e.kind == "advance" and [p.role for p in e.places] == ["target"] for e in doc.events)


def test_gazas_refuge_and_sudans_mountains_are_curated_places(gaz: Gazetteer) -> None:
    """al-Mawasi and the Nuba Mountains, which the packaged extracts lack, are curated (sourced)
    places; "ordered them to move to an "expanded humanitarian zone" in al-Mawasi" goes there,
    the quotes no break between "to" and "in"."""
    text = (
        "Tens of thousands of Palestinians left eastern Rafah on Tuesday after the Israeli military "
        'ordered them to move to an "expanded humanitarian zone" in al-Mawasi on the coast.'
    )
    doc = geomap.extract(text, published="2024-05-08", gazetteer=gaz)
    assert ("Rafah", "al-Mawasi") in _ends(doc)
    mawasi = next(p for p in doc.places if p.mention == "al-Mawasi")
    assert (mawasi.name, mawasi.country_code) == ("Al-Mawasi", "PS")
    (nuba,) = geomap.places("Families fled to the Nuba Mountains.", gazetteer=gaz)
    assert (nuba.name, nuba.country_code, nuba.feature_code) == ("Nuba Mountains", "SD", "MTS")


def test_the_largest_camps_of_the_displaced_are_curated_places(gaz: Gazetteer) -> None:
    """Camps the packaged extracts lack (GeoNames' feature code CMPRF), where news sends the
    displaced: "displaced an estimated 40,000 people to Zamzam camp" moves them 15 km south of El
    Fasher, not to El Fasher itself (where the unknown camp had stood)."""
    text = "Heavy fighting in El Fasher, North Darfur, displaced an estimated 40,000 people to Zamzam camp."
    doc = geomap.extract(text, gazetteer=gaz)
    (move,) = doc.movements
    assert move.origin is not None and move.destination is not None
    assert (move.origin.mention, move.destination.name) == ("El Fasher", "Zamzam camp")
    assert move.destination.feature_code == "CMPRF"
    assert (
        10 < haversine_km(move.origin.lat, move.origin.lon, move.destination.lat, move.destination.lon) < 30
    )
    for text, name, country in (
        ("Rohingya refugees in Kutupalong protested on Monday.", "Kutupalong refugee camp", "BD"),
        ("Syrian refugees in the Zaatari camp said they would not return.", "Zaatari refugee camp", "JO"),
        ("Women and children held in al-Hol camp were repatriated to Iraq.", "Al-Hawl refugee camp", "SY"),
        (
            "South Sudanese refugees arrived in Bidibidi in northern Uganda.",
            "Bidibidi Refugee Settlement",
            "UG",
        ),
    ):
        assert (name, country) in {(p.name, p.country_code) for p in geomap.places(text, gazetteer=gaz)}, text


def test_a_counted_crowd_that_leaves_moves(gaz: Gazetteer) -> None:
    """ "left" is a weak movement word (a toll, a side, a job), but a count of a people (the
    gazetteer's demonyms, in the plural) or "many" residents or survivors leaving is a movement; a
    count in a clause that another subject says is not the crowd's."""
    text = (
        "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia since Azerbaijan "
        "retook the breakaway region last week, officials said on Saturday."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Nagorno-Karabakh", "Armenia")}
    (move,) = doc.movements
    assert move.quantity is not None and move.quantity.value == 100_000
    text = (
        "Many survivors have left for Mersin, Adana and Ankara, and the government says more than 1.2 "
        "million people are staying in tents."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(None, "Mersin"), (None, "Adana"), (None, "Ankara")}
    assert all(m.quantity is None for m in doc.movements)
    # one family, "many Americans" or 3,000 fans are no crowd on the move
    _assert_no_events("A family left Mersin for Ankara on Monday.", gaz)
    _assert_no_events("Many Americans left Boston for Chicago after the war.", gaz)
    _assert_no_events("About 3,000 fans travelled to Cardiff for the final.", gaz)


def test_whose_request_or_bid_is_no_venue_and_an_evacuation_deal_moves_no_one(gaz: Gazetteer) -> None:
    """A place in the possessive before a thing ("at Israel's request", "Sweden's membership bid")
    says whose it is, not where a meeting is; "Qatar's capital" is a place. "negotiating an
    evacuation deal" is a plan: "under Moscow's protection" is no evacuation's place."""
    text = "The U.N. Security Council met in New York on Sunday at Israel's request."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"New York"}
    text = "Erdogan agreed after a meeting with Kristersson to send Sweden's membership bid to parliament."
    _assert_no_events(text, gaz)
    text = "The envoys met in Qatar's capital on Monday."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Qatar"}
    text = (
        "The rebels deny they are negotiating an evacuation deal and want to stay in the city under "
        "Moscow's protection."
    )
    _assert_no_events(text, gaz)


def test_people_forced_to_flee_to_evacuation_centres_and_a_typhoon_moving_on(gaz: Gazetteer) -> None:
    """ "forcing ... to leave for Ouagadougou" makes people leave (as "forced ... to" did);
    "evacuation centres in Cagayan" are where those who flee go, no evacuation of their own; a
    typhoon that made landfall "before moving toward southern China" moves no people."""
    text = (
        "Fighters besieged the town of Djibo for months, forcing tens of thousands of residents to "
        "leave for Ouagadougou."
    )
    assert ("Djibo", "Ouagadougou") in _ends(geomap.extract(text, gazetteer=gaz))
    text = (
        "Typhoon Doksuri lashed the northern Philippines on Wednesday, forcing more than 12,000 people "
        "to flee to evacuation centres in Cagayan and Ilocos Norte provinces. The typhoon made "
        "landfall on Fuga Island before moving toward southern China."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(None, "Cagayan"), (None, "Ilocos Norte")}
    assert {m.quantity.value for m in doc.movements if m.quantity} == {12_000}
    assert {e.kind for e in doc.events} == {"flight"}


def test_people_taken_somewhere_beside_a_flight_move_there(gaz: Gazetteer) -> None:
    """ "taken to" is no capture where no place is taken: beside a flight it moves people ("have been
    taken to temporary shelters in the city of Kursk", not the fighting's place they fled), beside a
    return it is the return's step; alone it moves no one ("taken to hospital")."""
    text = (
        "Many of those fleeing the fighting have been taken to temporary shelters in the city of Kursk, "
        "about 100 kilometers northeast of the border."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Kursk")}
    text = (
        "The returnees are taken to a transit camp near Jalalabad, the capital of Nangarhar province, "
        "before moving on to Kabul or their home provinces."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert {e.category for e in doc.events if any(r.place.mention == "Jalalabad" for r in e.places)} == {
        "return"
    }
    _assert_no_events("The wounded driver was taken to hospital in Kherson.", gaz)


def test_a_named_district_of_a_province_and_a_list_of_districts_are_where_it_happens(
    gaz: Gazetteer,
) -> None:
    """ "in the Bannu district of Khyber Pakhtunkhwa province": the district is named, the province
    holds it (not "the Syrian province of Idlib", whose noun tells of the next name); "in Albay,
    Camarines Norte and Catanduanes": three provinces of one level are a list, the second no
    qualifier of the first (as "Retford, Nottinghamshire" is)."""
    text = "Gunmen attacked a police checkpoint in the Bannu district of Khyber Pakhtunkhwa province."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert "Bannu" in {r.place.mention for r in event.places}
    (event,) = geomap.extract("Israeli jets struck the Syrian province of Idlib.", gazetteer=gaz).events
    assert [r.place.mention for r in event.places] == ["Idlib"]
    text = "More than 300,000 people were evacuated in Albay, Camarines Norte and Catanduanes."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert [r.place.mention for r in event.places] == ["Albay", "Camarines Norte", "Catanduanes"]
    # a province after a town it does not hold is the list's next name, not the town's qualifier
    text = "Civilians from Surin, Sisaket, Buriram and Ubon Ratchathani provinces were moved to shelters."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert [r.place.mention for r in event.places] == ["Surin", "Sisaket", "Buriram", "Ubon Ratchathani"]


def test_above_or_below_a_place_is_where_it_happens(gaz: Gazetteer) -> None:
    """ "tore through the foothills above Altadena ..., forcing more than 30,000 people to evacuate":
    the hills above a town are where the evacuation is (the event had no place, so none)."""
    text = (
        "A fast-moving wildfire tore through the foothills above Altadena on Wednesday, destroying "
        "hundreds of homes and forcing more than 30,000 people to evacuate."
    )
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert (event.kind, [r.place.mention for r in event.places]) == ("evacuation", ["Altadena"])
    assert event.quantity is not None and event.quantity.value == 30_000


def test_people_on_the_move_brought_somewhere_move_there(gaz: Gazetteer) -> None:
    """ "brought them to the island of Lampedusa": migrants brought somewhere move there (a weak word
    of moving, as "taken to" is); a storm that "brought heavy rain to Lisbon" moves no one."""
    text = (
        "Italian coast guard ships rescued more than 600 migrants in the central Mediterranean over the "
        "weekend and brought them to the island of Lampedusa."
    )
    (move,) = geomap.extract(text, gazetteer=gaz).movements
    assert (move.destination and move.destination.mention, move.quantity and move.quantity.value) == (
        "Lampedusa",
        600,
    )
    _assert_no_events("The storm brought heavy rain to Lisbon on Tuesday.", gaz)


def test_where_the_displaced_go_in_darfur_kivu_and_cox_s_bazar(gaz: Gazetteer) -> None:
    """Towns that cities500 lacks and the curated file adds (Tawila, Minova, Ukhiya) are where people
    go; "taken to" moves people only to what follows it: "near Teknaf" before it is where they
    arrived."""
    text = (
        "Sudan's Rapid Support Forces have tightened their siege of El Fasher, the last major city in the "
        "Darfur region still held by the army. At least 130,000 people have fled El Fasher since April, "
        "most of them heading west to Tawila or north to Mellit."
    )
    assert ("El Fasher", "Tawila") in _ends(geomap.extract(text, gazetteer=gaz))
    text = (
        "M23 rebels captured the town of Rubaya, forcing thousands of residents to flee toward Goma "
        "and Minova, local officials said."
    )
    assert ("Rubaya", "Minova") in _ends(geomap.extract(text, gazetteer=gaz))
    text = (
        "More than 8,000 Rohingya have crossed into Bangladesh to escape fighting in Rakhine state. Most "
        "arrived by boat near Teknaf and were taken to the sprawling camps in Ukhiya."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    taken = next(e for e in doc.events if e.trigger == "taken")
    assert [(r.role, r.place.mention) for r in taken.places] == [("destination", "Ukhiya")]


def test_the_area_or_the_city_people_leave_is_the_place_named_before(gaz: Gazetteer) -> None:
    """ "from the area", "fled the city", "returned to the town": the place the noun stands for, the
    last of its class named in the two sentences before (a division for "the region", a town for
    "the city"); not "the area around Kupiansk" (a place follows) nor a flight "to the city"."""
    text = (
        "Ukrainian forces pushed deeper into Russia's Kursk region on Tuesday. Moscow evacuated more "
        "than 120,000 people from the area."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    (move,) = doc.movements
    assert (move.origin and move.origin.name, move.quantity and move.quantity.value) == (
        "Kurskaya oblast'",
        120_000,
    )
    text = (
        "Russian shells hit the Kharkiv region overnight, and a missile struck Kupiansk. Thousands have "
        "fled the city since Monday."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Kupiansk", None)}
    text = (
        "Fighting flared near Pokrovsk in the Donetsk region. Some 2,000 residents have returned to the town."
    )
    assert (None, "Pokrovsk") in _ends(geomap.extract(text, gazetteer=gaz))
    text = "Russian shells hit Kharkiv overnight. Thousands fled the area around Kupiansk."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Kupiansk", None)}
    text = "Russian shells hit Kharkiv overnight. Thousands of people fled to the city on foot."
    assert not geomap.extract(text, gazetteer=gaz).movements


def test_a_site_people_go_to_is_no_actor_and_people_flown_out_move(gaz: Gazetteer) -> None:
    """ "to the War Memorial Complex in Wailuku" and "at the Lebanon Municipal Building" are sites,
    not actors; "14,000 visitors were flown from Kahului Airport to Honolulu" after an evacuation is
    a movement ("flown" is weak: it needs people on the move beside it)."""
    text = (
        "Thousands of residents were evacuated, many of them to shelters in Kahului and to the War "
        "Memorial Complex in Wailuku. Some 14,000 visitors were flown from Kahului Airport to Honolulu."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert all(not e.actors for e in doc.events)
    assert ("Kahului Airport", "Honolulu") in _ends(doc)
    (flown,) = [m for m in doc.movements if m.destination and m.destination.mention == "Honolulu"]
    assert flown.quantity is not None and flown.quantity.value == 14_000
    text = "The council will meet Monday at the Lebanon Municipal Building in Lebanon, Ohio."
    (meeting,) = geomap.extract(text, gazetteer=gaz).events
    assert meeting.kind == "meeting" and not meeting.actors
    _assert_no_events("The senator was flown to Honolulu for the fundraiser.", gaz)


def test_a_walk_on_a_red_carpet_and_one_person_returning_are_no_displacement(gaz: Gazetteer) -> None:
    """ "walked" is a flight from or to a place ("walked for days from Baidoa"), not where people
    walked ("the red carpet at the premiere in Hollywood"); an age is no count of people returning
    ("Washington, 69, said he would ... before returning to New York")."""
    text = (
        "Denzel Washington and Sydney Sweeney walked the red carpet at the premiere in Hollywood on "
        "Monday. Washington, 69, said he would spend the summer filming in Georgia before returning "
        "to New York."
    )
    _assert_no_events(text, gaz)
    text = "Families walked for days from Baidoa to reach the camps."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Baidoa", None)}


def test_people_left_stranded_and_a_hazards_clause_move_no_one(gaz: Gazetteer) -> None:
    """ "Floods have left about 4 million people stranded" is a toll, no one leaving; in "floods
    displaced more than 400,000 people in 28 districts, and landslides in Guwahati killed four" the
    landslides' town is no place of the displacement."""
    text = "Floods in northeastern Bangladesh have left about 4 million people stranded, officials said."
    _assert_no_events(text, gaz)
    text = (
        "In neighbouring Assam, floods displaced more than 400,000 people in 28 districts, and "
        "landslides in Guwahati killed four."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Assam"}


def test_a_hazard_that_travels_moves_no_one(gaz: Gazetteer) -> None:
    """ "an EF-3 tornado with winds of 140 mph that travelled 22 miles from near Rogersville to
    Niangua": the relative clause's subject is the tornado, no people; "families that travelled from
    Marshfield to Springfield" still move."""
    text = (
        "About 40 families spent the night at a Red Cross shelter in Marshfield. The National Weather "
        "Service office in Springfield confirmed an EF-3 tornado with winds of 140 mph that travelled "
        "22 miles from near Rogersville to Strafford."
    )
    assert not geomap.extract(text, gazetteer=gaz).movements
    text = "Displaced families that travelled from Marshfield to Springfield slept in a shelter."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Marshfield", "Springfield")}


def test_arrivals_on_islands_and_a_princes_country_is_no_venue(gaz: Gazetteer) -> None:
    """ "arrived on the Canary Islands" is where the migrants arrived (but "set out from Necocli and
    Capurgana, on the Gulf of Uraba" leaves from the towns only); "met Saudi Crown Prince Mohammed
    bin Salman in the desert oasis of Al Ula" met in Al Ula, not in Saudi Arabia (the prince's)."""
    text = "Nearly 500 migrants arrived on the Canary Islands on Saturday aboard six boats."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Canary Islands")}
    text = (
        "The migrants set out from the Colombian towns of Necocli and Capurgana, on the Gulf of Uraba, "
        "and walk for a week through the jungle."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Necocli", "Capurgana"}
    text = (
        "Blinken met Saudi Crown Prince Mohammed bin Salman in the desert oasis of Al Ula on Monday, "
        "officials said."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Al Ula"}


def test_a_river_or_a_mountain_is_no_actor(gaz: Gazetteer) -> None:
    """ "after the River Aire burst its banks": the river is no actor of the evacuation (a body named
    after a mountain is: "the Mount Zorvan Relief Committee"), nor are "the High Atlas mountains" or
    "the Nuba Mountains"."""
    text = (
        "Residents of Kirkstall in Leeds were evacuated from their homes overnight after the River Aire "
        "burst its banks."
    )
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert event.actors == ()
    text = "The Mount Zorvan Relief Committee said 2,000 families fled Maiduguri to Yola."
    assert "Mount Zorvan Relief Committee" in geomap.extract(text, gazetteer=gaz).events[0].actors
    # ... nor a range the gazetteer lacks, before or ending in its word of land
    text = (
        "Thousands of villagers left their destroyed homes in the High Atlas mountains on Sunday and "
        "headed to tent camps in Amizmiz and Asni."
    )
    assert all(e.actors == () for e in geomap.extract(text, gazetteer=gaz).events)
    text = "Fighting in the Nuba Mountains forced 5,000 people to flee to Kadugli."
    assert all(e.actors == () for e in geomap.extract(text, gazetteer=gaz).events)


def test_who_reports_fighting_or_flight_is_no_actor_of_it(gaz: Gazetteer) -> None:
    """ "..., the International Organization for Migration said", "according to the World Food
    Programme", ", said Babagana Zulum": the source of a report of fighting or flight is no party to
    it; the ones who act stay ("Rapid Support Forces"), and a diplomat who reports talks is one."""
    text = (
        "Fighting between the army and the Rapid Support Forces spread to Sennar on Saturday, forcing "
        "55,000 people to flee to Gedaref, the International Organization for Migration said."
    )
    doc = geomap.extract(text, published="2024-06-16", gazetteer=gaz)
    assert doc.events and all(e.actors == ("Rapid Support Forces",) for e in doc.events), doc.events
    text = "Some 8,000 people fled Kadugli for Kosti last week, according to the World Food Programme."
    assert all(e.actors == () for e in geomap.extract(text, gazetteer=gaz).events)
    text = "Gunmen killed 37 people in an attack on Mafa, said Babagana Zulum, the Borno governor."
    assert all(e.actors == () for e in geomap.extract(text, gazetteer=gaz).events)
    text = "The two sides held talks in Doha on Monday, Foreign Minister Ayman Safadi said."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert event.actors == ("Foreign Minister Ayman Safadi",)
    # ... but a ministry that reports talks held none, and a day is no one's first name
    text = (
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Vientiane on Friday, the "
        "State Department said. On Tuesday Blinken and Defense Secretary Lloyd Austin held talks in Tokyo."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert [e.actors for e in doc.events] == [
        ("Secretary of State Antony Blinken", "Foreign Minister Wang Yi"),
        ("Defense Secretary Lloyd Austin",),
    ]


def test_an_armed_group_of_one_word_is_an_actor_where_it_fights(gaz: Gazetteer) -> None:
    """Armed groups named in one word act: "Al-Shabaab militants attacked", "Hezbollah fired
    rockets", "the RSF captured", "a PKK attack" (a TR-News story); not "the remains of Iranians
    killed in Aleppo" (killed, not killing), "Islamist militants" (a creed, no group's name) nor a
    common word in a headline ("Wildfire forces thousands to evacuate")."""
    cases = [
        ("Al-Shabaab militants attacked an army base in Baidoa on Tuesday.", ("Al-Shabaab",)),
        ("Hezbollah fired rockets at Haifa on Monday.", ("Hezbollah",)),
        ("The RSF captured El Fasher on Sunday.", ("RSF",)),
        ("It comes a week after 44 people were killed in a PKK attack in Istanbul.", ("PKK",)),
        (
            "Tens of thousands have already fled to government areas. Abo Zayd said Iran also "
            "demanded the return of the remains of Iranians killed in Aleppo.",
            ("Abo Zayd",),
        ),
        ("Islamist militants attacked the town of Gwoza in Borno state on Saturday.", ()),
        ("Wildfire forces thousands to evacuate in Ventura County.", ()),
    ]
    for text, actors in cases:
        doc = geomap.extract(text, published="2024-06-16", gazetteer=gaz)
        assert doc.events, text
        assert all(e.actors == actors for e in doc.events), (text, doc.events)


def test_a_bearing_before_a_describing_place_and_clauses_of_their_own(gaz: Gazetteer) -> None:
    """ "the northern New South Wales town of Lismore": the state tells of the town, which is left;
    ", and former President Donald Trump held a rally in Erie" and ", when Apple opened its first
    stores in Mumbai" are clauses of their own, whose places are no venue of the meeting before."""
    text = "Residents of the northern New South Wales town of Lismore were told to evacuate on Tuesday."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Lismore"}
    text = (
        "President Joe Biden traveled to Detroit to meet striking autoworkers, and former President "
        "Donald Trump held a rally in Erie, Pennsylvania."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Detroit"}
    text = (
        "Tim Cook met Indian Prime Minister Narendra Modi in New Delhi in April, when Apple opened its "
        "first stores in Mumbai and Delhi."
    )
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"New Delhi"}


def test_a_capital_in_apposition_a_possessive_capital_and_a_wolf_attack(gaz: Gazetteer) -> None:
    """ "in the Welsh capital, Cardiff" takes the role of "in the ... capital"; "to flee Haiti's
    capital" leaves Haiti's capital (a possessive before a place noun is no "Brazil's Lula"); "a
    wolf attack" is no armed one."""
    text = "Hundreds of people have been evacuated from their homes in the Welsh capital, Cardiff."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Cardiff", None)}
    text = "Gang violence has forced more than 33,000 people to flee Haiti's capital in a week."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Haiti", None)}
    _assert_no_events("Six people were killed in a wolf attack in Uttar Pradesh's Bahraich district.", gaz)


def test_people_in_evacuation_centres_shelter_and_a_storm_it_crosses_moves_no_one(gaz: Gazetteer) -> None:
    """ "31,800 people were staying in evacuation centres, many in Suzu and Anamizu": where they
    shelter (no flight beside it); "the storm ... as it crossed into southeast Georgia": "it" is no
    people crossing."""
    text = "About 31,800 people were staying in evacuation centres, many in Suzu and Anamizu."
    (event,) = geomap.extract(text, gazetteer=gaz).events
    assert event.kind == "shelter" and {ep.place.mention for ep in event.places} == {"Suzu", "Anamizu"}
    text = "Hurricane Idalia weakened to a tropical storm as it crossed into southeast Georgia on Wednesday."
    _assert_no_events(text, gaz)


def test_people_who_returned_to_find_their_homes_returned(gaz: Gazetteer) -> None:
    """ "residents returned to find roofs torn off" came back (to Perry); "returned to work" is a
    return to an activity, no place's."""
    text = "In Perry, Fla., residents returned to find roofs torn off."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Perry"}
    _assert_no_events("Workers returned to work in Perry on Monday.", gaz)


def test_what_a_where_clause_tells_happened_at_the_place_before_it(gaz: Gazetteer) -> None:
    """ "flew to Paris, where he met President Emmanuel Macron": the meeting is in Paris; "arrived
    from Abu Dhabi, where he met UAE President Sheikh Mohamed bin Zayed": in Abu Dhabi, the origin
    of no displacement of his."""
    text = "Blinken flew to Paris, where he met President Emmanuel Macron on Monday."
    (meeting,) = geomap.extract(text, gazetteer=gaz).events
    assert meeting.kind == "meeting" and _event_places(geomap.extract(text, gazetteer=gaz)) == {"Paris"}
    text = (
        "U.S. Secretary of State Antony Blinken arrived in Al Ula on Monday. Blinken arrived from Abu "
        "Dhabi, where he met UAE President Sheikh Mohamed bin Zayed."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert ("meeting", "Abu Dhabi") in {(e.kind, ep.place.mention) for e in doc.events for ep in e.places}
    assert not doc.movements


def test_arms_fired_at_a_place_are_an_attack(gaz: Gazetteer) -> None:
    """ "fired two anti-ship ballistic missiles at a container ship ... off Hodeidah", "Turkey fired
    on Qamishli": attacks; "The coach was fired by the club in Madrid" is none."""
    text = "The Houthis fired drones at Jizan and Abha in southern Saudi Arabia."
    assert {e.kind for e in geomap.extract(text, gazetteer=gaz).events} == {"attack"}
    text = "A spokesman says Turkey fired on Qamishli and other towns along the border on Tuesday."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Qamishli"}
    _assert_no_events("The coach was fired by the club in Madrid on Monday.", gaz)


def test_an_agency_that_buses_people_and_a_governor_who_sends_them_move_them(gaz: Gazetteer) -> None:
    """ "the institute said it had bused about 1,500 migrants from ... to ...": "it" moves people (a
    number's pieces are one word before them); "Gov. Greg Abbott has sent buses of migrants from
    Eagle Pass to New York": the migrants' journey, no visit of his; "sent rescue teams" and "being
    sent to the local police station" move no one."""
    text = (
        "Mexico's National Migration Institute said it had bused about 1,500 migrants from the northern "
        "border cities of Ciudad Juarez and Piedras Negras to the southern states of Chiapas and Tabasco."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(o, d) for o in ("Ciudad Juarez", "Piedras Negras") for d in ("Chiapas", "Tabasco")}
    assert {m.quantity.text for m in doc.movements if m.quantity} == {"about 1,500"}
    # the southern states of Chiapas and Tabasco are the two states, not Chiapas's south
    assert {p.mention: p.part for p in doc.places}["Chiapas"] is None
    text = "Gov. Greg Abbott has sent buses of migrants from Eagle Pass to New York and Chicago."
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {("Eagle Pass", "New York"), ("Eagle Pass", "Chicago")}
    assert {e.kind for e in doc.events} == {"movement"}
    text = (
        "Thousands had fled Derna to Benghazi. Aid convoys from Tripoli reached the city, and Egypt "
        "and Turkey sent rescue teams."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Derna", "Benghazi")}


def test_a_crowd_that_streams_or_pours_and_people_uprooted_move(gaz: Gazetteer) -> None:
    """ "Thousands streamed out of Khan Younis towards Rafah", "Tens of thousands of Afghans poured
    across the border from Pakistan" and "1.2 million people had been uprooted by fighting in
    Khartoum" move people; "the concert was streamed live from Paris", "Thousands of fans poured into
    Wembley" and "the storm uprooted trees in Leeds" move no one."""
    text = "Thousands streamed out of Khan Younis towards Rafah on Tuesday."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Khan Younis", "Rafah")}
    text = "Tens of thousands of Afghans poured across the border from Pakistan on Thursday."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Pakistan", None)}
    text = "The UN said 1.2 million people had been uprooted by fighting in Khartoum."
    (movement,) = geomap.extract(text, gazetteer=gaz).movements
    assert movement.origin is not None and movement.origin.mention == "Khartoum"
    assert movement.quantity is not None and movement.quantity.text == "1.2 million"
    _assert_no_events("The concert was streamed live from Paris on Friday.", gaz)
    _assert_no_events("The storm uprooted trees in Leeds on Friday.", gaz)
    assert not geomap.extract("Thousands of fans poured into Wembley.", gazetteer=gaz).movements


def test_a_bomb_that_explodes_is_an_attack_and_regained_control_a_capture(gaz: Gazetteer) -> None:
    """ "A car bomb exploded outside a hotel in Mogadishu", "a suicide blast at a mosque in
    Peshawar": attacks; "the army said it had regained control of Wad Madani": a capture. A gas
    cylinder that exploded, an explosion at a chemical plant and a party that "regained its
    majority" are none."""
    for text, kind, place in (
        ("A car bomb exploded outside a hotel in Mogadishu.", "attack", "Mogadishu"),
        ("A suicide blast at a mosque in Peshawar killed 59 people.", "attack", "Peshawar"),
        ("Sudan's army said it had regained control of Wad Madani.", "capture", "Wad Madani"),
    ):
        doc = geomap.extract(text, gazetteer=gaz)
        assert {(e.kind, ep.place.mention) for e in doc.events for ep in e.places} == {(kind, place)}
    _assert_no_events("A gas cylinder exploded in a restaurant in Karachi.", gaz)
    _assert_no_events("An explosion at a chemical plant in Texas injured workers.", gaz)
    _assert_no_events("The party regained its majority in Ohio.", gaz)


def test_the_place_a_bearing_is_taken_from_is_no_place_of_the_event(gaz: Gazetteer) -> None:
    """ "captured the village of Novohrodivka, east of Pokrovsk" is a capture at Novohrodivka and
    "clashes around Sake, 25 km west of Goma" are at Sake: Pokrovsk and Goma only say where, as
    Colombo does "south of the Sri Lankan capital Colombo"; "Strikes hit Kharkiv and Odesa" keeps
    both."""
    for text, place in (
        (
            "Russian forces captured the village of Novohrodivka, east of Pokrovsk, the ministry said.",
            "Novohrodivka",
        ),
        ("Peacekeepers were killed in clashes around Sake, 25 km west of Goma, last week.", "Sake"),
        # ... and an event whose one place is the reference: the fighting was at Sake too
        ("M23 rebels seized the town of Sake, 25 km west of Goma, after heavy fighting.", "Sake"),
        # ... with the reference described ("the capital Colombo", an LGL story)
        (
            "The suicide bombing occurred in Matara district some 160km south of the Sri Lankan "
            "capital Colombo.",
            "Matara",
        ),
    ):
        assert _event_places(geomap.extract(text, gazetteer=gaz)) == {place}
    assert _event_places(geomap.extract("Strikes hit Kharkiv and Odesa.", gazetteer=gaz)) == {
        "Kharkiv",
        "Odesa",
    }


def test_an_event_in_a_peoples_capital_is_at_the_capital(gaz: Gazetteer) -> None:
    """ "Drones struck the Ukrainian capital overnight" is a strike at Kyiv, though the place the
    text names is Ukraine (as annotated corpora have it); "talks in the Kazakh capital Astana" are at
    Astana, named."""
    doc = geomap.extract("Drones struck the Ukrainian capital overnight.", gazetteer=gaz)
    assert [(p.mention, p.feature_code) for p in doc.places] == [("Ukrainian", "PCLI")]
    assert [(e.kind, [(ep.place.name, ep.place.feature_code) for ep in e.places]) for e in doc.events] == [
        ("strike", [("Kyiv", "PPLC")])
    ]
    doc = geomap.extract("Peace talks were held in the Kazakh capital Astana on Tuesday.", gazetteer=gaz)
    assert _event_places(doc) == {"Astana"}


def test_a_place_that_saw_an_event_is_where_it_happened(gaz: Gazetteer) -> None:
    """ "The port city of Basra saw clashes", "Aleppo came under heavy bombardment": the place is the
    subject; "Vietnam sees Russia as a partner" of a story of talks regards, and the talks are not
    in Vietnam."""
    for text, place in (
        ("The port city of Basra saw clashes on Monday.", "Basra"),
        ("Aleppo came under heavy bombardment overnight.", "Aleppo"),
        ("Kharkiv witnessed heavy shelling overnight.", "Kharkiv"),
    ):
        doc = geomap.extract(text, gazetteer=gaz)
        assert [(e.category, _event_places_of(e)) for e in doc.events] == [("conflict", {place})], text
    text = "He praised the talks, adding that Vietnam sees Russia as a prioritized partner."
    assert not geomap.extract(text, gazetteer=gaz).events


def test_leaders_who_gather_meet_and_a_crowd_does_not(gaz: Gazetteer) -> None:
    """ "European leaders gathered in London on Sunday", "Foreign ministers convened in Brussels":
    meetings; "Protesters gathered in the Afghan capital", "Thousands gathered in Trafalgar Square":
    no diplomacy."""
    for text, place in (
        ("European leaders gathered in London on Sunday.", "London"),
        ("Foreign ministers convened in Brussels on Monday.", "Brussels"),
    ):
        doc = geomap.extract(text, published="2025-03-07", gazetteer=gaz)
        assert [(e.kind, _event_places_of(e)) for e in doc.events] == [("meeting", {place})], text
    for text in (
        "Protesters gathered in the Afghan capital on Friday.",
        "Thousands gathered in Trafalgar Square.",
    ):
        assert not geomap.extract(text, gazetteer=gaz).events, text


def test_an_escape_from_confinement_displaces_no_one(gaz: Gazetteer) -> None:
    """ "61 patients ... escaped the hospital grounds" is a breakout, not people fleeing; "escaped the
    fighting in Sake" still is."""
    _displace_no_one(
        "Some 61 patients escaped the hospital grounds and wandered across Nairobi.",
        "Three prisoners escaped from the jail in Kisumu on Sunday.",
        gaz=gaz,
    )
    doc = geomap.extract("Thousands of families escaped the fighting in Sake.", gazetteer=gaz)
    assert {e.category for e in doc.events} >= {"displacement"}


def test_a_titled_name_with_a_suffix_travels_as_an_official(gaz: Gazetteer) -> None:
    """ "President Ferdinand Marcos Jr. arrived in Laoag", after a sentence of people fleeing, is his
    visit, not displaced people arriving: the name ends before "Jr."."""
    text = "Thousands fled the floods. President Ferdinand Marcos Jr. arrived in Laoag on Monday."
    doc = geomap.extract(text, published="2025-03-07", gazetteer=gaz)
    assert [(e.kind, _event_places_of(e)) for e in doc.events] == [("visit", {"Laoag"})]
    assert not doc.movements


def test_an_arrival_for_talks_is_a_visit(gaz: Gazetteer) -> None:
    """ "Blinken arrived in Riyadh on Tuesday for talks with Saudi officials": a visit to Riyadh (no
    title names him here), not people arriving; "Thousands of refugees arrived in Lviv" still move."""
    doc = geomap.extract(
        "Blinken arrived in Riyadh on Tuesday for talks with Saudi officials.", gazetteer=gaz
    )
    assert not doc.movements and {e.category for e in doc.events} == {"diplomacy"}
    assert _ends(geomap.extract("Thousands of refugees arrived in Lviv.", gazetteer=gaz)) == {(None, "Lviv")}


def test_a_verb_between_from_and_in_ends_the_origin(gaz: Gazetteer) -> None:
    """ "Negotiators from both sides gathered in Doha for a new round of talks": "gathered" is a verb
    of its own, so Doha is where the talks are, no origin of "from both sides"; "fled from camps in
    Yola" keeps its origin."""
    doc = geomap.extract(
        "Negotiators from both sides gathered in Doha for a new round of talks.", gazetteer=gaz
    )
    assert {(e.kind, ep.role, ep.place.mention) for e in doc.events for ep in e.places} == {
        ("talks", "venue", "Doha")
    }
    assert _ends(geomap.extract("Thousands fled from camps in Yola.", gazetteer=gaz)) == {("Yola", None)}


def test_a_named_person_taken_up_by_who_travels_and_volunteers_walk(gaz: Gazetteer) -> None:
    """ "Argentina's Javier Milei, who arrived from Buenos Aires on Sunday, objected": a leader's
    journey, no one displaced; "Thousands of volunteers walked from Valencia to Paiporta to help":
    people on duty, no movement. "Rohingya Muslims, who arrived in Cox's Bazar" (a plural: a
    people) and "Thousands of villagers walked from Dinsor to Baidoa" still move."""
    _displace_no_one(
        "Argentina's Javier Milei, who arrived from Buenos Aires on Sunday, objected to the declaration.",
        "Thousands of volunteers walked from Valencia to Paiporta to help clean up.",
        gaz=gaz,
    )
    rohingya = geomap.extract(
        "Rohingya Muslims, who arrived in Cox's Bazar in 2017, fear violence.", gazetteer=gaz
    )
    assert _ends(rohingya) == {(None, "Cox's Bazar")}
    walked = geomap.extract("Thousands of villagers walked from Dinsor to Baidoa.", gazetteer=gaz)
    assert _ends(walked) == {("Dinsor", "Baidoa")}


def test_marchers_and_pilgrims_who_walk_or_arrive_are_no_displaced_people(gaz: Gazetteer) -> None:
    """ "Students who walked for days from Belgrade, Nis and Kragujevac" to a protest, pilgrims
    arriving in Mecca: no one displaced (the subject is read past "who"); students who flee a city
    still move."""
    _displace_no_one(
        "Students who walked for days from Belgrade, Nis and Kragujevac were greeted in Novi Sad.",
        "Pilgrims arrived in Mecca from Indonesia on Sunday.",
        gaz=gaz,
    )
    fled = geomap.extract(
        "Hundreds of students fled the university in Khartoum for Port Sudan.", gazetteer=gaz
    )
    assert _ends(fled) == {("Khartoum", "Port Sudan")}


def test_people_of_the_villages_in_a_place_leave_it(gaz: Gazetteer) -> None:
    """ "Thousands of residents of border villages in Uri and Kupwara moved to safer places": the
    residents' homes are the origins (the crowd is the subject, past the places that end it), also
    before "told to evacuate"; where they come back, their homes are the return's location."""
    doc = geomap.extract(
        "Thousands of residents of border villages in Uri and Kupwara moved to safer places.", gazetteer=gaz
    )
    assert _ends(doc) == {("Uri", None), ("Kupwara", None)}
    told = geomap.extract(
        "KHARKIV, Ukraine - Residents of villages near Kupiansk have been told to evacuate.", gazetteer=gaz
    )
    assert _ends(told) == {("Kupiansk", None)}
    back = geomap.extract("Residents of villages in Uri returned home on Sunday.", gazetteer=gaz)
    assert [(e.category, [(r.role, r.place.mention) for r in e.places]) for e in back.events] == [
        ("return", [("location", "Uri")])
    ]


def test_an_evacuation_leaves_where_it_is_and_troops_crossing_are_no_displaced_people(gaz: Gazetteer) -> None:
    """ "boats evacuated villagers in the districts of Kasur, Okara and Narowal": the evacuation's
    places are where people leave; "from Druzhkivka and several villages near Kostiantynivka": both
    are left (a listed name does not end the phrase); "Russian troops crossed the Oskil River near
    Kupiansk": forces on duty, no one displaced."""
    text = "Rescue workers used boats to evacuate villagers in the districts of Kasur, Okara and Narowal."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Kasur", None), ("Okara", None), ("Narowal", None)}
    text = (
        "KYIV, Ukraine - Authorities ordered the evacuation of families from Druzhkivka and several "
        "villages near Kostiantynivka."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Druzhkivka", None), ("Kostiantynivka", None)}
    _displace_no_one("In the northeast, Russian troops crossed the Oskil River near Kupiansk.", gaz=gaz)


def test_people_who_escaped_a_place_fled_it(gaz: Gazetteer) -> None:
    """ "Many of those who escaped El Fasher have reached Tawila": a flight from El Fasher to Tawila;
    "she escaped injury when a rocket hit Kharkiv" and a suspect's escape move no one."""
    text = "Many of those who escaped El Fasher have reached Tawila, some 60 kilometers to the west."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("El Fasher", "Tawila")}
    _displace_no_one(
        "She escaped injury when a rocket hit Kharkiv.",
        "The suspect escaped from the jail in Clarksville on Monday.",
        gaz=gaz,
    )


def test_people_displaced_before_are_where_a_strike_hits_not_a_new_displacement(gaz: Gazetteer) -> None:
    """ "Strikes hit a school sheltering displaced families in Deir al-Balah": a strike there, not a
    displacement nor a shelter (the words describe the school's people); "Shelling displaced 5,000
    families in Kherson" still displaces them, and so does a flooded school "sheltering displaced
    families" with no strike in its sentence."""
    text = "Strikes hit a school sheltering displaced families in Deir al-Balah, medics said."
    events = geomap.extract(text, gazetteer=gaz).events
    assert [(e.category, _event_places_of(e)) for e in events] == [("conflict", {"Deir al-Balah"})]
    (shelled,) = geomap.extract("Shelling displaced 5,000 families in Kherson.", gazetteer=gaz).events
    assert shelled.category == "displacement"
    text = "A school sheltering displaced families in Gaza City was flooded."
    assert [e.category for e in geomap.extract(text, gazetteer=gaz).events] == ["displacement"]


def test_people_taken_up_again_go_where_the_sentence_sends_them(gaz: Gazetteer) -> None:
    """ "have fled the fighting in South Kivu since the start of the month, according to the UN,
    many of them across the border to Burundi's commercial capital Bujumbura": "many of them" takes
    the people up again, so the far destination is still theirs."""
    text = (
        "More than 200,000 people have fled the fighting in South Kivu since the start of the month, "
        "according to the UN, many of them across the border to Burundi's commercial capital Bujumbura "
        "and to the town of Rugombo."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {
        ("South Kivu", "Bujumbura"),
        ("South Kivu", "Rugombo"),
    }


def test_a_siege_laid_to_a_town_targets_it(gaz: Gazetteer) -> None:
    """ "militants ambushed a convoy near Diapaga ... and laid siege to the town of Titao": a siege of
    Titao, as an offensive "towards" a town targets it."""
    text = "Militants ambushed a convoy near Diapaga and laid siege to the town of Titao."
    events = {e.kind: _event_places_of(e) for e in geomap.extract(text, gazetteer=gaz).events}
    assert events == {"attack": {"Diapaga"}, "siege": {"Titao"}}


def test_crossing_as_a_verb_moves_people_and_as_a_noun_does_not(gaz: Gazetteer) -> None:
    """ "Refugees were still crossing into Chad at Adre": people crossing a border; "Refugees queued
    at the Adre crossing into Chad" names a border post, no one crossing."""
    doc = geomap.extract("Refugees were still crossing into Chad at Adre.", gazetteer=gaz)
    assert [(e.kind, e.trigger) for e in doc.events] == [("crossing", "crossing")]
    assert _ends(doc) == {(None, "Chad")}
    post = geomap.extract("Refugees queued at the Adre crossing into Chad.", gazetteer=gaz)
    assert not any(e.trigger == "crossing" for e in post.events)


def test_people_leave_where_the_evacuation_is_and_the_hurt_and_players_are_not_displaced(
    gaz: Gazetteer,
) -> None:
    """ "Officials in Pokrovsk ordered the evacuation of families with children, and about 600 people
    left by train for Dnipro": they left Pokrovsk. "The injured were taken to hospitals in Kozhikode"
    after people moved to camps, and "Thousands of fans celebrated in Madrid, while Dortmund's players
    returned to Germany", move no one."""
    doc = geomap.extract(
        "Officials in Pokrovsk ordered the evacuation of families with children, and about 600 people "
        "left by train for Dnipro.",
        gazetteer=gaz,
    )
    assert _ends(doc) == {("Pokrovsk", "Dnipro")}
    for text in (
        "About 3,000 people were moved to relief camps. The injured were taken to hospitals in Kozhikode.",
        "Thousands of fans celebrated in Madrid, while Dortmund's players returned to Germany on Sunday.",
    ):
        assert not geomap.extract(text, gazetteer=gaz).movements, text


def test_waters_from_a_river_are_no_people_leaving_it(gaz: Gazetteer) -> None:
    """ "Flood waters from the Cedar River continued to rise in Cedar Rapids, where officials ordered
    the evacuation of 5,000 homes": the river is where the water comes from, no origin of people;
    "Thousands fled from Cedar Rapids" keeps its origin."""
    doc = geomap.extract(
        "Flood waters from the Cedar River continued to rise Tuesday in Cedar Rapids, where officials "
        "ordered the evacuation of 5,000 homes.",
        gazetteer=gaz,
    )
    assert not any(ep.role == "origin" for e in doc.events for ep in e.places)
    assert _ends(geomap.extract("Thousands fled from Cedar Rapids.", gazetteer=gaz)) == {
        ("Cedar Rapids", None)
    }


def test_a_team_from_an_institute_and_a_negated_journey_move_no_one(gaz: Gazetteer) -> None:
    """ "A central team from the National Institute of Virology in Pune arrived in Kozhikode": people
    on duty; "Karnataka has advised people not to travel to Kerala", "The children don't arrive at
    the school in Woodstock": journeys not made. "Thousands
    of refugees from Sudan arrived in Adre" still move."""
    _displace_no_one(
        "A central team from the National Institute of Virology in Pune arrived in Kozhikode on Wednesday.",
        "Neighbouring Karnataka has advised people not to travel to the affected parts of Kerala.",
        # a contraction is one word: "don't", "haven’t"
        "The children don't arrive at the school in Woodstock until after 8:30 a.m.",
        "Thousands of families from Aleppo haven’t returned to Idlib since the offensive.",
        gaz=gaz,
    )
    refugees = geomap.extract("Thousands of refugees from Sudan arrived in Adre.", gazetteer=gaz)
    assert _ends(refugees) == {("Sudan", "Adre")}


def test_an_armed_operation_is_an_offensive_and_a_rescue_operation_is_not(gaz: Gazetteer) -> None:
    """ "Israeli forces launched a ground operation in Jenin", "military operations were continuing
    in the outskirts of the city of Douma": offensives there; "A rescue operation continued in
    Derna": none."""
    for text, place in (
        ("Israeli forces launched a ground operation in Jenin on Monday.", "Jenin"),
        ("Military operations were continuing in the outskirts of the city of Douma.", "Douma"),
    ):
        doc = geomap.extract(text, gazetteer=gaz)
        assert {(e.kind, ep.place.mention) for e in doc.events for ep in e.places} == {("offensive", place)}
    assert not geomap.extract("A rescue operation continued in Derna.", gazetteer=gaz).events


def test_a_counted_crowd_before_a_passive_moves(gaz: Gazetteer) -> None:
    """ "Around 500 families were relocated from Tacloban to Ormoc": a crowd, though "were" stands
    between it and the weak word; "About 3,000 fans were moved to Cardiff" is no crowd of the
    displaced, and a storm's "landfall near Vilanculos after crossing from Madagascar" moves no one."""
    relocated = geomap.extract("Around 500 families were relocated from Tacloban to Ormoc.", gazetteer=gaz)
    assert _ends(relocated) == {("Tacloban", "Ormoc")}
    assert not geomap.extract("About 3,000 fans were moved to Cardiff.", gazetteer=gaz).movements
    storm = geomap.extract(
        "About 1,600 people had been moved to centres in Quelimane. Freddy first made landfall near "
        "Vilanculos on Feb. 24 after crossing from Madagascar.",
        gazetteer=gaz,
    )
    assert all(m.origin is None or m.origin.mention != "Madagascar" for m in storm.movements)


def test_people_who_sought_refuge_shelter_there(gaz: Gazetteer) -> None:
    """ "Thousands sought refuge in churches in Bangui": people sheltering in Bangui; "the wildlife
    refuge near Sacramento" is no shelter of people."""
    doc = geomap.extract("Thousands sought refuge in churches in Bangui.", gazetteer=gaz)
    assert [(e.kind, [ep.place.mention for ep in e.places]) for e in doc.events] == [("shelter", ["Bangui"])]
    refuge = geomap.extract("Ducks returned to the wildlife refuge near Sacramento.", gazetteer=gaz)
    assert not any(e.kind == "shelter" for e in refuge.events)


def test_people_deported_move_and_a_threatened_deportation_does_not(gaz: Gazetteer) -> None:
    """ "tens of thousands of people deported from Pakistan through the Torkham and Chaman
    crossings", "The United States deported 200 Venezuelans to El Salvador" (from the country that
    deports them): movements; "Guhdar and
    his family now face the threat of detention, and even deportation to Turkey": none yet, a
    warning of it (as displacement to come is), of people who are in Greece ("the right to remain
    in Greece": where they are, not where they go)."""
    assert _ends(
        geomap.extract(
            "Afghanistan absorbs tens of thousands of people deported from Pakistan.", gazetteer=gaz
        )
    ) == {("Pakistan", None)}
    assert _ends(
        geomap.extract(
            "The United States deported 200 Venezuelans to El Salvador on Saturday.", gazetteer=gaz
        )
    ) == {("United States", "El Salvador")}
    threat = geomap.extract(
        "Without the right to remain in Greece, the family now face the threat of detention, and even "
        "deportation to Turkey.",
        gazetteer=gaz,
    )
    assert not threat.movements
    assert [(e.kind, [(ep.place.mention, ep.role) for ep in e.places]) for e in threat.events] == [
        ("warning", [("Greece", "location"), ("Turkey", "destination")])
    ]


def test_a_person_who_left_her_home_makes_no_visit(gaz: Gazetteer) -> None:
    """An obituary's "Maria Lopez, who left her home in Seville to teach in the Peruvian Andes" is
    a life's move, not an official's journey: no visit, and no crash (a place left was made an
    origin of a visit, a role visits do not have)."""
    text = (
        "Maria Lopez, who left her home in Seville to teach in the Peruvian Andes and founded a school "
        "for girls in Cusco, died on Friday in Lima. She was 88."
    )
    doc = geomap.extract(text, published="2025-03-28", gazetteer=gaz)
    assert not [e for e in doc.events if e.kind == "visit"], doc.events
    assert {p.mention for p in doc.places} >= {"Seville", "Cusco", "Lima"}


def test_a_bare_count_carried_somewhere_is_a_crowd(gaz: Gazetteer) -> None:
    """ "and 400 were flown to Tenerife and Gran Canaria": a count that opens its clause before a
    passive of a word that carries people is a crowd on the move, with its count; a weight is not
    ("About 300 tonnes were flown to Goma")."""
    text = (
        "The Canaries asked Madrid to take unaccompanied minors to the mainland, and 400 were flown to "
        "Tenerife and Gran Canaria last week."
    )
    doc = geomap.extract(text, published="2025-03-28", gazetteer=gaz)
    assert _ends(doc) == {(None, "Tenerife"), (None, "Gran Canaria")}
    assert {m.quantity.value for m in doc.movements if m.quantity} == {400}
    _displace_no_one("About 300 tonnes were flown to Goma on Monday.", gaz=gaz)


def test_a_headline_and_the_sentence_that_dates_it_are_one_event(gaz: Gazetteer) -> None:
    """ "Erdogan and Putin meet in Tehran" over "Erdogan met Putin ... in Tehran on Tuesday": one
    meeting, dated, where there were two (the headline's undated); a count only the headline gives
    goes with it. Two dated meetings in one city stay two."""
    text = (
        "Thousands flee Mariupol as Erdogan and Putin meet in Tehran\n\n"
        "TEHRAN (Reuters) - Turkish President Tayyip Erdogan met Russian President Vladimir Putin in "
        "Tehran on Tuesday for talks on Syria. Residents fled Mariupol on Monday."
    )
    doc = geomap.extract(text, published="2025-03-28", gazetteer=gaz)
    meetings = [e for e in doc.events if e.kind == "meeting"]
    assert [(e.date, _event_places_of(e)) for e in meetings] == [("2025-03-25", {"Tehran"})]
    flights = [e for e in doc.events if e.kind == "flight"]
    assert [(e.date, e.quantity and e.quantity.value) for e in flights] == [("2025-03-24", 1000)]
    assert [(m.origin and m.origin.mention, m.date) for m in doc.movements] == [("Mariupol", "2025-03-24")]
    two = "Putin met Assad in Sochi on Tuesday. Putin met Merkel in Sochi on Friday."
    assert len(geomap.extract(two, published="2018-05-19", gazetteer=gaz).events) == 2


def test_a_vehicle_that_strikes_something_is_no_attack(gaz: Gazetteer) -> None:
    """A road accident's "his pickup crossed the center line and struck a car" and "was hit by a
    truck" are no conflict strikes; "a drone struck a bus" and "a missile hit a train station" are."""
    _assert_no_events(
        "Troopers said his pickup crossed the center line near Kingston and struck a car. "
        "A man was hit by a truck in Dallas on Monday.",
        gaz,
    )
    for text in ("A Russian drone struck a bus in Kherson.", "A missile hit a train station in Kramatorsk."):
        assert [e.kind for e in geomap.extract(text, gazetteer=gaz).events] == ["strike"], text


def test_the_seeds_two_meetings_in_sochi_stay_two(gaz: Gazetteer, seed_text: str) -> None:
    """The seed's undated "Putin met ... Assad in Sochi" and its dated meeting with Merkel in Sochi
    the next day are two meetings of other people, not one happening told twice."""
    doc = geomap.extract(seed_text, published="2018-05-17", gazetteer=gaz)
    sochi = [e for e in doc.events if e.kind == "meeting" and _event_places_of(e) == {"Sochi"}]
    assert len(sochi) == 2, sochi


def test_many_some_and_they_are_the_people_named_on_the_move_before(gaz: Gazetteer) -> None:
    """A migration story's "Many then travel through Nicaragua and Honduras to Tapachula" and "some
    ride freight trains north to Ciudad Juarez and cross into El Paso" move the migrants its
    sentences before named (CROWD_MEMORY), as "buses take them to Costa Rica" does; alone, with no
    one on the move named before, "Many then travel ... to Tapachula" moves no one."""
    text = (
        "Panama said 520,000 migrants crossed the Darien Gap last year. From reception centres in "
        "Lajas Blancas, buses take them to Costa Rica. Many then travel through Nicaragua and Honduras "
        "to Tapachula, on Mexico's southern border. From there, some ride freight trains north to "
        "Ciudad Juarez and cross into El Paso, Texas."
    )
    doc = geomap.extract(text, published="2025-03-28", gazetteer=gaz)
    assert {d for _, d in _ends(doc)} >= {"Costa Rica", "Tapachula", "Ciudad Juarez", "El Paso"}
    _displace_no_one("Many then travel through Nicaragua and Honduras to Tapachula.", gaz=gaz)


def test_who_crosses_and_what_is_crossed(gaz: Gazetteer) -> None:
    """A crossing moves people the sentence names, counts, or speaks of as "he" or "they" ("7,000
    crossed into Chad at Adre"); not a race's stage or a convoy of trucks; what people cross ("the
    Darien Gap") they pass through, no origin; and a place before a participle ("into Mae Sot
    fearing air strikes") is no premodifier of the noun after it: Mae Sot is where they went."""
    assert _ends(geomap.extract("In the past week, 7,000 crossed into Chad at Adre.", gazetteer=gaz)) == {
        (None, "Chad")
    }
    _displace_no_one(
        "A 144-km stage that started in Embrun crossed the Col de la Bonette near Isola 2000.",
        "A convoy of six UN trucks crossed from Turkey into Idlib.",
        gaz=gaz,
    )
    gap = geomap.extract("Thousands of migrants crossed the Darien Gap last year.", gazetteer=gaz)
    assert [ep.role for e in gap.events for ep in e.places] == ["location"]
    fearing = geomap.extract(
        "Thousands of residents crossed the Moei River into Mae Sot fearing air strikes.", gazetteer=gaz
    )
    assert _ends(fearing) == {(None, "Mae Sot")}


def test_people_sent_somewhere_or_who_took_shelter_there_move(gaz: Gazetteer) -> None:
    """ "Evacuees were sent to reception centres in Grande Prairie and Calgary" (people the passive's
    subject) and "12,000 people from Manipur had taken shelter in Aizawl" move; "the shelter in
    Paducah" and a rider's "solo attack on the final climb" are no events."""
    sent = geomap.extract(
        "Evacuees were sent to reception centres in Grande Prairie and Calgary.", gazetteer=gaz
    )
    assert _ends(sent) == {(None, "Grande Prairie"), (None, "Calgary")}
    shelter = geomap.extract(
        "More than 12,000 people from Manipur had taken shelter in Aizawl.", gazetteer=gaz
    )
    assert _ends(shelter) == {("Manipur", "Aizawl")}
    _assert_no_events(
        "Volunteers cleaned the shelter in Paducah. Pogacar won with a solo attack on the final climb "
        "near Nice.",
        gaz,
    )


def test_a_notice_issued_for_places_and_a_relative_clause_date(gaz: Gazetteer) -> None:
    """ "an evacuation order was issued for parts of Lismore, which was devastated by floods in 2022,
    and for the towns of Murwillumbah and Tweed Heads": the people of all three leave them (the
    areas the order covers, not where anyone goes), and 2022 dates the floods, not the order."""
    text = (
        "An evacuation order was issued for parts of Lismore, which was devastated by floods in 2022, "
        "and for the towns of Murwillumbah and Tweed Heads."
    )
    doc = geomap.extract(text, published="2025-03-06", gazetteer=gaz)
    assert _ends(doc) == {("Lismore", None), ("Murwillumbah", None), ("Tweed Heads", None)}
    assert [e.date for e in doc.events] == [None]


def test_whose_count_and_who_moves(gaz: Gazetteer) -> None:
    """ "In Romania, where six people died, ... villagers were moved to shelters in Galati": six is
    a toll, not the count of the moved; "deported more than 10,000 Haitians" counts a people;
    police officers of whom "they arrived in Port-au-Prince" are on duty; a man who "fled the scene"
    is no one displaced."""
    romania = geomap.extract(
        "In Romania, where six people died, villagers were moved to shelters in the city of Galati.",
        gazetteer=gaz,
    )
    assert [m.quantity for m in romania.movements] == [None]
    deported = geomap.extract(
        "The Dominican Republic deported more than 10,000 Haitians last week through Ouanaminthe.",
        gazetteer=gaz,
    )
    assert [e.quantity.value for e in deported.events if e.quantity] == [10000]
    _displace_no_one(
        "Kenya has deployed police officers to Haiti, where they arrived in Port-au-Prince last month.",
        "Frank James, 64, fled the scene and was arrested a day later in the East Village in Manhattan.",
        gaz=gaz,
    )


def test_counts_of_arrivals_and_crossings_and_what_is_no_journey(gaz: Gazetteer) -> None:
    """ "600,000 refugees and returnees have crossed from Sudan": the crossing's count, not the noun
    "returnees"'s; "more than 10,000 crossed the Ruzizi River into Burundi" counts people; "Refugees
    arriving from El Geneina" arrive; a trip of no one ("The trip to Chicago takes about 30 hours")
    is no visit, Blinken's is; "the return Amsterdam-London leg" no return."""
    sudan = geomap.extract(
        "Since 15 April, more than 600,000 refugees and returnees have crossed from Sudan into Chad.",
        gazetteer=gaz,
    )
    assert [(e.kind, e.quantity and e.quantity.value) for e in sudan.events] == [("crossing", 600000)]
    ruzizi = geomap.extract("More than 10,000 crossed the Ruzizi River into Burundi.", gazetteer=gaz)
    assert [m.quantity and m.quantity.value for m in ruzizi.movements] == [10000]
    arriving = geomap.extract(
        "Refugees arriving from El Geneina report killings by armed men.", gazetteer=gaz
    )
    assert _ends(arriving) == {("El Geneina", None)}
    trips = geomap.extract(
        "The trip to Chicago takes about 30 hours. Blinken made a trip to Kyiv on Monday.", gazetteer=gaz
    )
    assert [_event_places_of(e) for e in trips.events] == [{"Kyiv"}]
    _assert_no_events(
        "It will take two years before the return Amsterdam-London leg is made without a change of "
        "trains at Brussels.",
        gaz,
    )


def test_journeys_told_in_parts_and_places_of_other_clauses(gaz: Gazetteer) -> None:
    """ "Most had set off from Sfax ...; others left from Zuwara" are two movements; "were taken by
    bus to Herat" moves people there; "reached the tiny island of Lampedusa"; "have come back from
    Peru and Chile" is a return; a place in a clause the trigger is not in is not the event's
    ("arrived with nothing after being detained in Tehran", "who visited Lampedusa ..., called for
    a blockade off North Africa"), but one after a subordinate clause a comma closed is ("fled
    southern Lebanon since the fighting began, most of them to Sidon")."""
    text = (
        "More than 7,000 migrants reached the tiny island of Lampedusa, Sicily, in two days. Most had "
        "set off from Sfax in Tunisia on small boats; others left from Zuwara in Libya."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) >= {
        (None, "Lampedusa"),
        ("Sfax", None),
        ("Zuwara", None),
    }
    herat = geomap.extract(
        "More than 30,000 Afghans returned from Iran. Families were taken by bus to Herat.", gazetteer=gaz
    )
    assert (None, "Herat") in _ends(herat) or ("Iran", "Herat") in _ends(herat)
    back = geomap.extract("More than 35,000 people have come back from Peru and Chile.", gazetteer=gaz)
    assert [(e.category, _event_places_of(e)) for e in back.events] == [("return", {"Peru", "Chile"})]
    _assert_no_events("Many arrived with nothing after being detained in Tehran, Mashhad and Isfahan.", gaz)
    meloni = geomap.extract(
        "Italian Prime Minister Giorgia Meloni, who visited Lampedusa in Sicily on Sunday, called for a "
        "naval blockade off North Africa.",
        gazetteer=gaz,
    )
    assert [_event_places_of(e) for e in meloni.events] == [{"Lampedusa", "Sicily"}]
    lebanon = geomap.extract(
        "More than 100,000 people have fled southern Lebanon since the fighting began, most of them to "
        "Sidon and Beirut.",
        gazetteer=gaz,
    )
    assert {d for _, d in _ends(lebanon)} == {"Sidon", "Beirut"}


def test_what_is_seized_and_where(gaz: Gazetteer) -> None:
    """ "M23 rebels seize Bukavu" is a capture, "working to seize $1.7 billion" none; "a trade town
    on the Thai border" is where the capture is, not its target; "officials are due to negotiate in
    Geneva" are negotiations there; "crossed the Rio Grande near Eagle Pass" did not go to the river."""
    seize = geomap.extract("M23 rebels seize Bukavu in South Kivu.", gazetteer=gaz)
    assert [(e.kind, _event_places_of(e)) for e in seize.events] == [("capture", {"Bukavu", "South Kivu"})]
    _assert_no_events("Prosecutors in Washington are working to seize $1.7 billion in assets.", gaz)
    border = geomap.extract("Rebels seized a key trade town on the Thai border.", gazetteer=gaz)
    assert [ep.role for e in border.events for ep in e.places] == ["location"]
    geneva = geomap.extract("American and Ukrainian officials are due to negotiate in Geneva.", gazetteer=gaz)
    assert [(e.kind, _event_places_of(e)) for e in geneva.events] == [("negotiations", {"Geneva"})]
    rio = geomap.extract("Most of the migrants crossed the Rio Grande near Eagle Pass.", gazetteer=gaz)
    assert "Rio Grande" not in {d for _, d in _ends(rio)}


def test_a_future_visit_dated_across_an_apposition(gaz: Gazetteer) -> None:
    """ "will visit Manila, the Philippines, from 12 to 13 July": the comma opens an apposition,
        not a clause of its own, so the visit is ahead of the publication date (it was dated a year
        before); "Ministers who will meet again next month met in Geneva, the Swiss city, on Monday" met
    in the past."""
    doc = geomap.extract(
        "Foreign Minister Yoko Kamikawa will visit Manila, the Philippines, from 12 to 13 July.",
        published="2025-03-28",
        gazetteer=gaz,
    )
    assert [e.date for e in doc.events] == ["2025-07-13"]
    past = geomap.extract(
        "Ministers met in Geneva, the Swiss city, on Monday.",
        published="2025-03-28",
        gazetteer=gaz,
    )
    assert [e.date for e in past.events] == ["2025-03-24"]


def test_who_is_carried_and_what_a_passive_relative_names(gaz: Gazetteer) -> None:
    """ "the fishing town of Grindavik, which was evacuated": the town is the evacuation's origin
    ("Kherson, which was later recaptured" the capture's target); "residents had already left their
    homes" leave; but one man "was flown to El Paso", and army reinforcements that "had arrived from
    Mexico City", do not."""
    lava = geomap.extract(
        "Lava flowed towards the fishing town of Grindavik, which was evacuated along with a spa.",
        gazetteer=gaz,
    )
    assert _ends(lava) == {("Grindavik", None)}
    kherson = geomap.extract(
        "Russian troops left Kherson, which was later recaptured by Ukraine.", gazetteer=gaz
    )
    assert [(ep.role, ep.place.mention) for e in kherson.events for ep in e.places] == [("target", "Kherson")]
    homes = geomap.extract(
        "Grindavik's 3,700 residents had already left their homes in November.", gazetteer=gaz
    )
    assert _ends(homes) == {("Grindavik", None)}
    zambada = geomap.extract(
        "Hundreds of families fled Navolato. Ismael Zambada was flown to El Paso, Texas, and arrested there.",
        gazetteer=gaz,
    )
    assert _ends(zambada) == {("Navolato", None)}
    _displace_no_one(
        "Officials said army reinforcements had arrived from Mexico City and Sonora.",
        gaz=gaz,
    )


def test_what_storms_do_and_what_is_left_are_no_ones_journey(gaz: Gazetteer) -> None:
    """ "The storm was forecast to cross eastern Cuba" crosses for no one (the evacuation in the same
    sentence still is one), "Tornadoes also struck Monette" strikes nothing armed; "There is nothing
    left in Jabaliya" leaves from nowhere; "more than a million displaced people live" around a town
    where fighting is are no new displacement; "a 50 billion euro aid package" counts no people."""
    cuba = geomap.extract(
        "The storm was forecast to cross eastern Cuba, where authorities evacuated 500,000 people from "
        "Santiago de Cuba.",
        gazetteer=gaz,
    )
    assert [e.kind for e in cuba.events] == ["evacuation"]
    _assert_no_events("Tornadoes also struck Monette, Arkansas, where a nursing home was destroyed.", gaz)
    gaza = (
        'Thousands of displaced Palestinians streamed north. "There is nothing left in Jabaliya," said one.'
    )
    assert "Jabaliya" not in _origins(gaza, gaz)
    marib = geomap.extract(
        "Fighting has intensified around Marib, where more than a million displaced people live in camps.",
        gazetteer=gaz,
    )
    assert [e.kind for e in marib.events] == ["clashes"]
    aid = geomap.extract("Hungary would keep blocking a 50 billion euro aid package for Kyiv.", gazetteer=gaz)
    assert [e.quantity for e in aid.events] == [None]


def test_citizens_are_no_origin_and_belonging_to_is_no_way(gaz: Gazetteer) -> None:
    """ "Turkish nationals" evacuated from Beirut come from Beirut, not from Turkey (as "Sudanese
    refugees" come from Sudan); "accused of belonging to the Tren de Aragua gang" sends no one to
    Aragua."""
    ship = geomap.extract(
        "Governments rushed to evacuate their citizens. A Turkish navy ship carried 1,200 Turkish "
        "nationals from Beirut to Mersin.",
        gazetteer=gaz,
    )
    assert _ends(ship) == {("Beirut", "Mersin")}
    refugees = geomap.extract("Thousands of Sudanese refugees crossed into Chad.", gazetteer=gaz)
    assert _ends(refugees) == {("Sudanese", "Chad")}
    deported = geomap.extract(
        "The United States deported 238 Venezuelans accused of belonging to the Tren de Aragua gang to "
        "El Salvador.",
        gazetteer=gaz,
    )
    assert _ends(deported) == {("United States", "El Salvador")}


def test_volunteers_described_by_a_participle_and_people_going_back(gaz: Gazetteer) -> None:
    """ "Thousands of volunteers carrying brooms and shovels walked ... into Paiporta" are on duty,
    however long the phrase that describes them; "they were going back to Aleppo and Idlib", of
    refugees, is a return (as "come back" is); "refugees fleeing the fighting walked from Sake to
    Goma" still move."""
    _displace_no_one(
        "Thousands of volunteers carrying brooms and shovels walked across a bridge from Valencia city "
        "into Paiporta.",
        gaz=gaz,
    )
    back = geomap.extract(
        "Thousands of Syrian refugees queued at the border. Many said they were going back to Aleppo and Idlib.",
        gazetteer=gaz,
    )
    assert [(e.category, _event_places_of(e)) for e in back.events] == [("return", {"Aleppo", "Idlib"})]
    walked = geomap.extract(
        "Thousands of refugees fleeing the fighting walked from Sake to Goma.", gazetteer=gaz
    )
    assert ("Sake", "Goma") in _ends(walked)


def test_returnees_adjective_is_their_home(gaz: Gazetteer) -> None:
    """ "Most new arrivals are South Sudanese returnees": the people's adjective is where the
    returnees arrive, not where they came from ("Sudanese refugees crossed into Chad" still came
    from Sudan)."""
    doc = geomap.extract(
        "Refugees keep crossing at Renk. Most new arrivals are South Sudanese returnees.", gazetteer=gaz
    )
    assert ("South Sudanese", None) not in _ends(doc)


def test_where_teams_and_reports_come_from_is_no_ones_origin(gaz: Gazetteer) -> None:
    """ "Rescue teams from Shenzhen and Shantou have arrived in the county, and about 5,000 residents
    have been moved to shelters": the teams' towns are no origin of the residents' move; nor is the
    town a correspondent "reported from"; but "the evacuation of civilians and rebels from Aleppo"
    is from Aleppo."""
    teams = (
        "Rescue teams from Shenzhen and Shantou have arrived in Meizhou, and about 5,000 residents have "
        "been moved to temporary shelters."
    )
    assert not _origins(teams, gaz) & {"Shenzhen", "Shantou"}
    tyre = "Israel ordered residents of 23 villages to leave, Al Jazeera's correspondent reported from Tyre."
    assert "Tyre" not in _origins(tyre, gaz)
    aleppo = geomap.extract(
        "Russia and Turkey have co-sponsored the evacuation of civilians and rebels from Aleppo.",
        gazetteer=gaz,
    )
    assert _ends(aleppo) == {("Aleppo", None)}


def test_families_moved_as_an_object_move_and_lava_does_not(gaz: Gazetteer) -> None:
    """ "the army used boats to move families from the town of Kuruwita" moves the families (people
    the object of the weak word, as a crowd its subject); "moved with her children to an apartment"
    is one family's move, and "Lava flows reached the outskirts of Zafferana Etnea" no one's."""
    boats = geomap.extract(
        "In Ratnapura, the army used boats to move families from the town of Kuruwita.", gazetteer=gaz
    )
    assert ("Kuruwita", "Ratnapura") in _ends(boats)
    _displace_no_one(
        "She sold her home in Gatineau and moved with her children to an apartment in Ottawa.",
        "Lava flows reached the outskirts of Zafferana Etnea on Sunday.",
        gaz=gaz,
    )


def test_envoys_arriving_visit_and_people_left_somewhere_do_not_leave(gaz: Gazetteer) -> None:
    """Delegations that arrive somewhere visit it ("Russian and Ukrainian delegations have arrived
    at the Dolmabahce Palace in Istanbul": no one displaced); migrants "left without food or water"
    where police drove them stay there; and a place after what a meeting agreed on is no venue of it
    ("held talks on the sidelines, agreeing to resume patrols along their border in Ladakh")."""
    text = (
        "LIVE: Russia-Ukraine talks in Istanbul\n\nRussian and Ukrainian delegations have arrived at "
        "the Dolmabahce Palace in Istanbul for the first direct talks in three years, TRT reported."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert not doc.movements
    assert {(e.kind, m) for e in doc.events for m in _event_places_of(e)} >= {("visit", "Istanbul")}
    left = (
        "Tunisian authorities have bussed hundreds of migrants from the port city of Sfax, rights "
        "groups said.\n\nWitnesses said police rounded up at least 500 people from sub-Saharan Africa "
        "in Sfax on Wednesday, where they were left without food or water."
    )
    assert {e.trigger for e in geomap.extract(left, gazetteer=gaz).events} == {"bussed"}
    talks = (
        "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks in Kazan, "
        "agreeing to resume patrols along their disputed border in Ladakh."
    )
    assert _event_places(geomap.extract(talks, gazetteer=gaz)) == {"Kazan"}


def test_migrants_trying_to_reach_a_place_head_there(gaz: Gazetteer) -> None:
    """ "migrants trying to reach Lampedusa" head for the island (which the model doubts alone: the
    word before it is a movement's); rescue teams that "used boats to reach villages" move no one."""
    text = (
        "Tunisian police rounded up 500 migrants in Sfax on Wednesday. Sfax has become a main "
        "departure point for migrants trying to reach Lampedusa, about 130 km away, Italian officials say."
    )
    assert (None, "Lampedusa") in _ends(geomap.extract(text, gazetteer=gaz))
    teams = geomap.extract(
        "In Dadu district, 300,000 people were evacuated to relief camps. Rescue teams in Jacobabad, "
        "one of the hottest cities on earth, used boats to reach villages.",
        gazetteer=gaz,
    )
    assert [e.trigger for e in teams.events] == ["evacuated"]


def test_pilgrims_from_afar_a_runner_who_moved_and_a_poets_birth_move_no_one(gaz: Gazetteer) -> None:
    """ "pilgrims from around the world travelled to Saudi Arabia" are on a pilgrimage (people on
    duty, whatever phrase says where they come from); "Hellen Obiri, who moved from Kenya to
    Boulder" made a new home, no visit; "Born in Mandalay in 1943, he ... fled to Thailand" fled
    neither from Mandalay nor in 1943."""
    _displace_no_one(
        "Nearly 2 million pilgrims from around the world travelled to Saudi Arabia for the Hajj.", gaz=gaz
    )
    runner = geomap.extract(
        "In the women's race, Hellen Obiri, who moved from Kenya to Boulder, Colorado, two years ago, "
        "won her first major marathon.",
        gazetteer=gaz,
    )
    assert not runner.events
    poet = geomap.extract(
        "Born in Mandalay in 1943, he was jailed twice under the military government and fled to "
        "Thailand after the 1988 uprising.",
        gazetteer=gaz,
    )
    assert [(e.date, _event_places_of(e)) for e in poet.events] == [(None, {"Thailand"})]


def test_people_brought_back_return(gaz: Gazetteer) -> None:
    """ "Buses brought about 2,000 people back from camps in Idlib province and from Arsal in
    Lebanon" is a return (a word of carrying, people its object, then "back")."""
    doc = geomap.extract(
        "Buses brought about 2,000 people back from camps in Idlib province and from Arsal in Lebanon "
        "to Rastan on Sunday, officials said.",
        gazetteer=gaz,
    )
    assert {(e.category, e.trigger) for e in doc.events} == {("return", "brought")}
    assert {m.category for m in doc.movements} == {"return"}
    # "back" further on, past where they came from: "moved more than 2,000 families from camps in
    # Maiduguri back to their home town of Bama"
    bama = geomap.extract(
        "The government has moved more than 2,000 families from camps in Maiduguri back to their home "
        "town of Bama.",
        gazetteer=gaz,
    )
    assert {(m.category, m.destination.mention if m.destination else None) for m in bama.movements} == {
        ("return", "Bama")
    }


def test_where_someone_a_clause_describes_was_is_no_venue_and_a_camps_territory_no_origin(
    gaz: Gazetteer,
) -> None:
    """ "held talks with Lula, who spent last week in Rio de Janeiro": the clause on Lula says where
    he was, not where the talks were (one a comma closes does not hide the venue after it: "Biden
    met Netanyahu, who had flown in from Jerusalem, at the White House"); people who flee "the
    Jenin refugee camp in the occupied West Bank" come from Jenin, not also from the West Bank."""
    lula = geomap.extract(
        "The foreign ministers held talks with Lula, who spent last week in Rio de Janeiro.", gazetteer=gaz
    )
    assert not _event_places(lula)
    white_house = geomap.extract(
        "Biden met Netanyahu, who had flown in from Jerusalem, at the White House.", gazetteer=gaz
    )
    assert _event_places(white_house) == {"White House"}
    jenin = geomap.extract(
        "Israeli forces launched a large-scale raid on the Jenin refugee camp in the occupied West "
        "Bank on Monday, killing at least 12 Palestinians and forcing about 3,000 residents to flee.",
        gazetteer=gaz,
    )
    assert _ends(jenin) == {("Jenin", None)}


def test_what_is_crossed_is_no_origin_and_a_flame_displaces_no_one(gaz: Gazetteer) -> None:
    """ "Thousands of Rohingya have fled across the Naf river into Bangladesh": the river is crossed,
    not left; "The Olympic flame arrived in Marseille ... greeted by more than 100,000 people" moves
    no one; "returning to what remains of their homes in Gaza City" goes to Gaza City."""
    naf = geomap.extract(
        "Thousands of Rohingya have fled across the Naf river into Bangladesh in recent weeks.", gazetteer=gaz
    )
    assert "Naf river" not in {origin for origin, _ in _ends(naf)}
    _displace_no_one(
        "The Olympic flame arrived in Marseille on Wednesday from Piraeus in Greece, greeted by more "
        "than 100,000 people in the Old Port.",
        gaz=gaz,
    )
    gaza = geomap.extract(
        "Tens of thousands of displaced Palestinians streamed north on Monday after Israeli forces "
        "withdrew under the ceasefire deal, returning to what remains of their homes in Gaza City.",
        gazetteer=gaz,
    )
    assert (None, "Gaza City") in _ends(gaza)


def test_marchers_a_relative_clause_describes_and_what_a_pact_gives_move_no_one(gaz: Gazetteer) -> None:
    """ "Thousands of students who walked for two days from Belgrade arrived in Novi Sad" are
    marchers (people on duty whom a relative clause describes), unlike refugees who walked from
    Sake; "keep busing migrants to Denver" moves them; "signed a pact last year giving U.S. troops
    access to four more bases, including in Cagayan" was not signed in Cagayan."""
    _displace_no_one(
        "Thousands of students who walked for two days from Belgrade arrived in Novi Sad on Friday.", gaz=gaz
    )
    refugees = geomap.extract(
        "Thousands of refugees who walked for two days from Sake arrived in Goma on Friday.", gazetteer=gaz
    )
    assert _ends(refugees) == {("Sake", "Goma")}
    busing = geomap.extract(
        "Texas Governor Greg Abbott said his state would keep busing migrants to Denver and Philadelphia.",
        gazetteer=gaz,
    )
    assert {destination for _, destination in _ends(busing)} == {"Denver", "Philadelphia"}
    pact = geomap.extract(
        "Washington and Manila signed a pact last year giving U.S. troops access to four more bases, "
        "including in Cagayan and Isabela.",
        gazetteer=gaz,
    )
    assert not _event_places(pact)


def test_a_place_that_evacuates_is_left_and_diverted_water_goes_nowhere_for_people(gaz: Gazetteer) -> None:
    """ "Beijing evacuated more than 52,000 people": the city that evacuates, the sentence's
    subject, is where they leave; "diverted floodwater into low-lying areas around the city of
    Zhuozhou, forcing more than 100,000 people to move" sends the water there, not the people."""
    beijing = geomap.extract(
        "Beijing evacuated more than 52,000 people on Monday as the heaviest rain in 140 years flooded "
        "the capital.",
        gazetteer=gaz,
    )
    assert _ends(beijing) == {("Beijing", None)}
    zhuozhou = geomap.extract(
        "In Hebei province, authorities diverted floodwater into low-lying areas around the city of "
        "Zhuozhou, forcing more than 100,000 people to move to safer ground.",
        gazetteer=gaz,
    )
    assert (None, "Zhuozhou") not in _ends(zhuozhou)


def test_how_often_counts_no_one_and_people_who_left_their_country_moved(gaz: Gazetteer) -> None:
    """ "We have been displaced eight times since we left Gaza City": eight is how often, not how
    many; "More than 7 million Venezuelans have left their country since 2015, nearly 3 million of
    them to Colombia" is people leaving (their country, like their homes, licenses the weak word)."""
    often = geomap.extract(
        '"We have been displaced eight times since we left Gaza City," said Umm Mohammed, 52.', gazetteer=gaz
    )
    assert all(e.quantity is None for e in often.events)
    left = geomap.extract(
        "More than 7 million Venezuelans have left their country since 2015, nearly 3 million of them "
        "to Colombia.",
        gazetteer=gaz,
    )
    assert (None, "Colombia") in _ends(left)


def test_a_headlines_hazard_opens_a_clause_of_its_own(gaz: Gazetteer) -> None:
    """ "Hurricane Ian evacuations as storm heads for Tampa Bay": where the storm heads is no
    destination of the evacuations (a headline's hazard after "as" needs no article to be the
    clause's subject)."""
    doc = geomap.extract("Hurricane Ian evacuations as storm heads for Tampa Bay", gazetteer=gaz)
    assert (None, "Tampa Bay") not in _ends(doc)


def test_herders_relocated_move_and_aid_flown_or_protesters_arriving_do_not(gaz: Gazetteer) -> None:
    """ "relocated about 8,000 Maasai herders ... to Msomera village" moves people (herders are
    people a weak word may move); "Aid is flown in from Juba" moves goods; "Thousands of protesters
    from Peru's southern regions of Puno, Cusco and Arequipa arrived in Lima" are marchers (people on
    duty before a phrase of where they come from), unlike refugees from Darfur arriving in Adre."""
    maasai = geomap.extract(
        "Tanzanian authorities have relocated about 8,000 Maasai herders from the Ngorongoro "
        "Conservation Area to Msomera village in Tanga region, officials said.",
        gazetteer=gaz,
    )
    assert (None, "Msomera") in _ends(maasai)
    aid = geomap.extract(
        "More than 140,000 displaced people live in Bentiu. Aid is flown in from Juba.", gazetteer=gaz
    )
    assert {e.trigger for e in aid.events} == {"displaced"}
    _displace_no_one(
        "Thousands of protesters from Peru's southern regions of Puno, Cusco and Arequipa arrived in "
        "Lima on Wednesday.",
        gaz=gaz,
    )
    refugees = geomap.extract(
        "Thousands of refugees from the Sudanese regions of Darfur and Kordofan arrived in Adre.",
        gazetteer=gaz,
    )
    assert ("Darfur", "Adre") in _ends(refugees)


def test_a_visit_to_the_town_of_a_name_is_a_visit_there(gaz: Gazetteer) -> None:
    """ "The minister visited the quake-hit village of Amizmiz" and "Tillerson ... visited the
    Turkish capital of Ankara" (TR-News) are visits there (a visit's object may be a place noun and
    its name, as an arrival's is); "people will be able to visit the Nelson office" (GeoWebNews) is a
    visit to an office, no place of Nelson's."""
    amizmiz = geomap.extract(
        "MARRAKESH, Morocco (Reuters) - The minister visited the quake-hit village of Amizmiz on Tuesday.",
        gazetteer=gaz,
    )
    assert {(e.kind, m) for e in amizmiz.events for m in _event_places_of(e)} == {("visit", "Amizmiz")}
    ankara = geomap.extract(
        "U.S. Secretary of State Rex Tillerson met with the pastor's wife in March when he visited the "
        "Turkish capital of Ankara.",
        gazetteer=gaz,
    )
    assert ("visit", "Ankara") in {(e.kind, m) for e in ankara.events for m in _event_places_of(e)}
    office = geomap.extract(
        "NELSON, B.C. - Instead of driving to Castlegar, people will be able to visit the Nelson office "
        "and get support.",
        gazetteer=gaz,
    )
    assert not any(e.kind == "visit" for e in office.events)


def test_a_boat_that_set_sail_with_migrants_moves_them(gaz: Gazetteer) -> None:
    """ "The boat had set sail from Izmir with 200 migrants on board" is a journey's start, as "set
    off" and "set out" are."""
    doc = geomap.extract("The boat had set sail from Izmir with 200 migrants on board.", gazetteer=gaz)
    assert ("Izmir", None) in _ends(doc)


def test_migrants_smuggled_somewhere_move_there(gaz: Gazetteer) -> None:
    """ "A gang that smuggled hundreds of migrants from northern France to England" moves them, as
    "Migrants were smuggled into Italy from Libya" does; weapons smuggled move no one."""
    doc = geomap.extract(
        "A gang that smuggled hundreds of migrants from northern France to England has been jailed.",
        gazetteer=gaz,
    )
    assert ("France", "England") in _ends(doc)
    doc = geomap.extract("Migrants were smuggled into Italy from Libya.", gazetteer=gaz)
    assert ("Libya", "Italy") in _ends(doc)
    assert not geomap.extract("Weapons were smuggled from Iran to Yemen.", gazetteer=gaz).movements


def test_an_event_in_an_opening_time_phrase_takes_no_place_of_the_sentence(gaz: Gazetteer) -> None:
    """ "Three years after Russia's full-scale invasion, about 1 million Ukrainians live in Poland,
    many of them in Warsaw, Krakow and Wroclaw": the invasion dates the sentence; Poland's cities
    are not invaded."""
    text = (
        "Three years after Russia's full-scale invasion, about 1 million Ukrainians live in Poland, "
        "many of them in Warsaw, Krakow and Wroclaw."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert not any(e.kind == "invasion" and e.places for e in doc.events)


def test_where_people_lived_is_no_place_of_their_arrival(gaz: Gazetteer) -> None:
    """ "Many of those arriving had lived in Tehran, Isfahan or Mashhad for years" sends no one to
    Iran's cities; "Refugees who fled to Chad now live in camps in Adre" still places the flight."""
    doc = geomap.extract(
        "Many of those arriving had lived in Tehran, Isfahan or Mashhad for years.", gazetteer=gaz
    )
    assert not doc.events and not doc.movements
    doc = geomap.extract("Thousands fled to Chad and now live in camps in Adre.", gazetteer=gaz)
    (flight,) = doc.events
    assert {(p.role, p.place.mention) for p in flight.places} == {
        ("destination", "Chad"),
        ("location", "Adre"),
    }


def test_goods_that_arrive_move_no_one(gaz: Gazetteer) -> None:
    """ "with food and fuel arriving only in convoys escorted from Ouagadougou" is no arrival of
    people; "Families with their belongings arrived in Herat from Iran" is."""
    text = "Djibo has been under blockade, with food and fuel arriving only in convoys escorted from Ouagadougou."
    assert not geomap.extract(text, gazetteer=gaz).movements
    doc = geomap.extract("Families with their belongings arrived in Herat from Iran.", gazetteer=gaz)
    assert ("Iran", "Herat") in _ends(doc)


def test_a_storm_that_crosses_and_heads_on_moves_no_one(gaz: Gazetteer) -> None:
    """ "The storm then crossed eastern Cuba, where 735,000 people had been evacuated in Santiago de
    Cuba and Granma provinces, before heading for the Bahamas": the evacuees left their provinces;
    no one crossed Cuba or went to the Bahamas (the relative clause's people are not the subject of
    "heading")."""
    text = (
        "The storm then crossed eastern Cuba, where 735,000 people had been evacuated in Santiago de "
        "Cuba and Granma provinces, before heading for the Bahamas."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert {e.kind for e in doc.events} == {"evacuation"}
    assert all(m.destination is None for m in doc.movements)
    assert {m.origin.mention for m in doc.movements if m.origin} >= {"Santiago de Cuba", "Granma"}


def test_a_meeting_place_before_the_next_verb_of_its_subject(gaz: Gazetteer) -> None:
    """ "Trump meets Sharaa in Riyadh and says U.S. sanctions will be lifted" meets in Riyadh (the
    subject's next verb is no report from there), and what the report is about (U.S. sanctions) is
    no venue; "Officials in Kabul said ..." still reports from Kabul."""
    doc = geomap.extract(
        "Trump meets Sharaa in Riyadh and says U.S. sanctions will be lifted.", gazetteer=gaz
    )
    (meeting,) = doc.events
    assert [(p.role, p.place.mention) for p in meeting.places] == [("venue", "Riyadh")]
    doc = geomap.extract("Officials in Kabul said talks had stalled.", gazetteer=gaz)
    assert not any(e.places for e in doc.events)


def test_a_sea_that_tells_of_a_resort_after_a_country_is_no_venue(gaz: Gazetteer) -> None:
    """ "arrived in the Egyptian Red Sea resort of Sharm el-Sheikh": the sea, after the country's
    adjective, says what the resort is; it is no venue."""
    text = (
        "Israeli and Hamas delegations arrived in the Egyptian Red Sea resort of Sharm el-Sheikh for talks."
    )
    venues = {p.place.mention for e in geomap.extract(text, gazetteer=gaz).events for p in e.places}
    assert venues == {"Sharm el-Sheikh"}


def test_a_clause_until_an_event_keeps_the_places_before_it(gaz: Gazetteer) -> None:
    """ "sending ships around the Cape of Good Hope instead of through the Suez Canal until Houthi
    attacks in the Red Sea stop": the attacks are in the Red Sea only; ", and flights to Antalya
    were diverted" after an evacuation near Izmir sends no evacuee to Antalya."""
    text = (
        "Maersk will keep sending ships around the Cape of Good Hope instead of through the Suez "
        "Canal until Houthi attacks in the Red Sea stop."
    )
    places = {p.place.mention for e in geomap.extract(text, gazetteer=gaz).events for p in e.places}
    assert places == {"Red Sea"}
    text = (
        "A fire near Izmir forced the evacuation of several neighbourhoods, and flights to Antalya "
        "were diverted because of smoke."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Izmir", None)}


def test_an_event_that_dates_the_clause_takes_none_of_its_places(gaz: Gazetteer) -> None:
    """ "grain ... through its Black Sea ports of Odesa and Chornomorsk, the highest monthly total
    since the full-scale invasion": no invasion there; "hitting homes in Kiryat Shmona, after
    Israeli strikes on the towns of Nabatieh and Tyre": the strikes hit Nabatieh and Tyre only; but
    "live in camps in southern Bangladesh after fleeing Rakhine" still fled to Bangladesh."""
    text = (
        "Ukraine exported 4.2 million tonnes of grain through its Black Sea ports of Odesa and "
        "Chornomorsk, the highest monthly total since the full-scale invasion."
    )
    assert not any(e.kind == "invasion" and e.places for e in geomap.extract(text, gazetteer=gaz).events)
    text = (
        "Hezbollah fired rockets at northern Israel, hitting homes in Kiryat Shmona, after Israeli "
        "strikes on the southern Lebanese towns of Nabatieh and Tyre killed 15 people."
    )
    strikes = [e for e in geomap.extract(text, gazetteer=gaz).events if e.trigger == "strikes"]
    assert {p.place.mention for e in strikes for p in e.places} == {"Nabatieh", "Tyre"}
    text = "More than 1 million Rohingya live in camps in southern Bangladesh after fleeing Myanmar's Rakhine state."
    assert ("Rakhine", "Bangladesh") in _ends(geomap.extract(text, gazetteer=gaz))


def test_residents_of_a_place_return_to_it(gaz: Gazetteer) -> None:
    """ "Residents of Jasper began returning on Friday": home, where they return (as "residents of
    Kherson fled" leave it)."""
    doc = geomap.extract("Residents of Jasper began returning on Friday.", gazetteer=gaz)
    assert _ends(doc) == {(None, "Jasper")}


def test_from_and_to_bounding_a_stretch_of_land_are_no_journey(gaz: Gazetteer) -> None:
    """ "told to evacuate coastal areas from Hokkaido to Okinawa": the evacuation covers them, no one
    goes from Hokkaido to Okinawa; "Thousands fled from Goma to Bukavu" is a journey, and "withdraw
    the United States from the trans-Pacific Partnership" is no stretch of the United States."""
    text = "In Japan, about 2 million people were told to evacuate coastal areas from Hokkaido to Okinawa."
    ends = _ends(geomap.extract(text, gazetteer=gaz))
    assert ends == {("Hokkaido", None), ("Okinawa", None)}
    assert ("Goma", "Bukavu") in _ends(geomap.extract("Thousands fled from Goma to Bukavu.", gazetteer=gaz))


def test_a_relative_clause_before_an_arrival_keeps_its_place(gaz: Gazetteer) -> None:
    """ "Uganda, which hosts more refugees than any other country in Africa, received 60,000 new
    arrivals ... from Sudan": no one arrived in Africa."""
    text = (
        "Uganda, which hosts more refugees than any other country in Africa, received more than "
        "60,000 new arrivals this year, most of them from Sudan."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Sudan", None)}


def test_a_time_opening_after_a_dateline_keeps_its_event_apart(gaz: Gazetteer) -> None:
    """ "DUHOK, Iraq — Ten years after the Islamic State group's assault on Sinjar, about 200,000
    Yazidis remain in camps ..., most of them around Duhok": the assault was on Sinjar, with no
    count of the Yazidis who remain and not at Duhok."""
    text = (
        "DUHOK, Iraq — Ten years after the Islamic State group's assault on Sinjar, about 200,000 "
        "Yazidis remain in camps, most of them around Duhok."
    )
    (assault,) = geomap.extract(text, gazetteer=gaz).events
    assert [(p.role, p.place.mention) for p in assault.places] == [("target", "Sinjar")]
    assert assault.quantity is None


def test_the_coast_of_a_place_is_that_place_and_a_clause_with_a_subject_of_its_own(gaz: Gazetteer) -> None:
    """ "landed on the southern coast of Crete ..., most of them from eastern Libya" lands on Crete;
    ", and a firefighter died during a rescue in Pfaffenhofen" is another clause than the evacuation
    of Bavaria before it."""
    text = "More than 2,000 migrants landed on the southern coast of Crete last week, most of them from eastern Libya."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Libya", "Crete")}
    text = (
        "Floods forced thousands of people in Bavaria to leave their homes on Sunday, and a "
        "firefighter died during a rescue in Pfaffenhofen."
    )
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Bavaria", None)}


def test_a_clause_of_time_whose_verb_follows_the_place_keeps_it(gaz: Gazetteer) -> None:
    """ "Families displaced by the war streamed back towards southern Lebanon, hours after a
    ceasefire between Israel and Hezbollah took effect": no one came from Israel, and the war is
    not placed there by the ceasefire's clause."""
    text = (
        "Thousands of families displaced by the war streamed back towards southern Lebanon on "
        "Wednesday, hours after a ceasefire between Israel and Hezbollah took effect."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(None, "Lebanon")}
    assert not any(p.place.mention == "Israel" for e in doc.events for p in e.places)


def test_someones_company_is_no_count_of_the_movers(gaz: Gazetteer) -> None:
    """ "said Hawa Adam, 29, who arrived in Tawila with her two children" counts no two arrivals;
    "About 300 families arrived in Tawila with their belongings" counts 300."""
    text = '"We walked for three days," said Hawa Adam, 29, who arrived in Tawila with her two children.'
    (move,) = geomap.extract(text, gazetteer=gaz).movements
    assert move.quantity is None
    (move,) = geomap.extract(
        "About 300 families arrived in Tawila with their belongings.", gazetteer=gaz
    ).movements
    assert move.quantity is not None and move.quantity.value == 300


def test_an_event_during_which_people_move_takes_none_of_their_places(gaz: Gazetteer) -> None:
    """ "families who fled to camps in Hamdaniya and Erbil during the fighting": they went to both;
    the fighting was not in Erbil; "suspended the licence in Manila, and the president ordered an
    investigation during a visit to Cebu" visited Cebu only."""
    text = "Many families who fled to camps in Hamdaniya and Erbil during the fighting have come back."
    doc = geomap.extract(text, gazetteer=gaz)
    assert _ends(doc) == {(None, "Hamdaniya"), (None, "Erbil")}
    text = (
        "The transport department in Manila suspended the operator's licence, and the president "
        "ordered an investigation during a visit to Cebu."
    )
    (visit,) = geomap.extract(text, gazetteer=gaz).events
    assert [p.place.mention for p in visit.places] == ["Cebu"]


def test_people_sent_or_transferred_somewhere_move_there(gaz: Gazetteer) -> None:
    """ "sending some 3,000 people across the Moei River into Mae Sot" and "began transferring
    hundreds of migrants by ferry to Porto Empedocle" move people; funds and rescue teams are no
    one's movement, and "sending tens of thousands fleeing" is the fleeing, with its count."""
    doc = geomap.extract(
        "Fighting flared near Myawaddy, sending some 3,000 people across the Moei River into Mae Sot.",
        gazetteer=gaz,
    )
    assert ("Myawaddy", "Mae Sot") in _ends(doc)
    doc = geomap.extract(
        "Authorities began transferring hundreds of migrants by ferry to Porto Empedocle in Sicily.",
        gazetteer=gaz,
    )
    assert (None, "Porto Empedocle") in _ends(doc)
    for text in ("The bank is transferring funds to Kyiv.", "Egypt will send rescue teams to Libya."):
        assert not geomap.extract(text, gazetteer=gaz).movements, text
    doc = geomap.extract(
        "Israeli airstrikes pounded villages across southern Lebanon on Monday, sending tens of "
        "thousands of residents fleeing north towards Beirut.",
        gazetteer=gaz,
    )
    assert [(e.trigger, e.quantity is not None) for e in doc.events if e.category == "displacement"] == [
        ("fleeing", True)
    ]


def test_survivors_of_a_disaster_leaving_a_town_move(gaz: Gazetteer) -> None:
    """ "Tens of thousands of survivors of last week's earthquake have left Antakya ... for Mersin":
    the survivors leave, not the earthquake (a hazard after the people's noun is no subject that
    moves on, as "The storm then headed toward the Dominican Republic" is)."""
    doc = geomap.extract(
        "Tens of thousands of survivors of last week's earthquake have left Antakya and other "
        "devastated towns of Hatay province for Mersin, Adana and Istanbul, officials said.",
        gazetteer=gaz,
    )
    assert {("Antakya", "Mersin"), ("Antakya", "Adana"), ("Antakya", "Istanbul")} <= _ends(doc)
    assert not geomap.extract("The storm then headed toward the Dominican Republic.", gazetteer=gaz).movements


def test_the_hajjs_sites_a_border_crossing_and_palma_are_curated_places(gaz: Gazetteer) -> None:
    """Mina, Mount Arafat, Bab al-Hawa and Mozambique's Palma, which the packaged extracts lack,
    are curated (sourced) places: Mina was a village of Iran, and Palma of a Cabo Delgado story
    Palma de Mallorca, which a Spanish story still names."""
    text = (
        "MECCA, Saudi Arabia - Pilgrims walked for hours between Mina, where they stay in tents, and "
        "Mount Arafat. Aid convoys crossed from Turkey into Syria at Bab al-Hawa. Insurgents in "
        "Mozambique's Cabo Delgado province have struck Macomia, Mocimboa da Praia and Palma."
    )
    found = {p.mention: p for p in geomap.places(text, gazetteer=gaz)}
    assert {
        m: (found[m].country_code, found[m].feature_code) for m in ("Mina", "Mount Arafat", "Bab al-Hawa")
    } == {
        "Mina": ("SA", "PPLX"),
        "Mount Arafat": ("SA", "MT"),
        "Bab al-Hawa": ("SY", "PSTB"),
    }
    assert haversine_km(found["Mina"].lat, found["Mina"].lon, found["MECCA"].lat, found["MECCA"].lon) < 15
    assert found["Palma"].country_code == "MZ"
    (spanish, _) = geomap.places("Rafael Nadal trained in Palma before the match in Madrid.", gazetteer=gaz)
    assert (spanish.mention, spanish.country_code) == ("Palma", "ES")


def test_a_count_before_a_passive_of_displacement_is_its_own(gaz: Gazetteer) -> None:
    """ "More than 50,000 people have been displaced by fighting in Tibu": the count is of the
    displaced, not of the fighting; "Thousands of families who had been displaced for a decade
    began returning to Homs": a relative clause's participle leaves the count to the return."""
    doc = geomap.extract(
        "More than 50,000 people have been displaced by fighting in Tibu, officials said.", gazetteer=gaz
    )
    counts = {e.kind: e.quantity.value if e.quantity else None for e in doc.events}
    assert counts == {"displacement": 50000, "clashes": None}
    doc = geomap.extract(
        "Thousands of families who had been displaced for more than a decade began returning to Homs.",
        gazetteer=gaz,
    )
    (move,) = doc.movements
    assert move.destination is not None and move.destination.mention == "Homs"
    assert move.quantity is not None and move.quantity.value >= 1000


def test_where_people_lived_before_moving_is_no_destination(gaz: Gazetteer) -> None:
    """ "Venezuelan migrants who had lived for years in Chile and Peru are now heading north ...
    toward the United States" head for the United States only; "Displaced families who lived in
    Bentiu fled to Juba" left Bentiu."""
    doc = geomap.extract(
        "Hundreds of Venezuelan migrants who had lived for years in Chile and Peru are now heading "
        "north through Colombia toward the United States.",
        gazetteer=gaz,
    )
    assert {d for _, d in _ends(doc)} == {"United States"}
    doc = geomap.extract("Displaced families who lived in Bentiu fled to Juba.", gazetteer=gaz)
    assert _ends(doc) == {("Bentiu", "Juba")}


def test_torkham_and_panay_are_curated_places(gaz: Gazetteer) -> None:
    """The Torkham crossing (which the packaged extracts lack: "deported more than 3,000 Afghans
    through the Torkham border crossing" had no place) and Panay island (a village of the name 80
    km off) are curated places."""
    doc = geomap.extract(
        "Pakistani authorities deported more than 3,000 Afghans through the Torkham border crossing.",
        gazetteer=gaz,
    )
    (deported,) = doc.events
    assert [(p.place.name, p.place.feature_code) for p in deported.places] == [("Torkham", "PSTB")]
    found = {
        p.mention: p
        for p in geomap.places("The typhoon crossed Leyte before heading west toward Panay.", gazetteer=gaz)
    }
    assert (found["Panay"].feature_code, found["Panay"].country_code) == ("ISL", "PH")


def test_a_quarrel_with_officials_is_no_armed_clash(gaz: Gazetteer) -> None:
    """ "Musk ... has clashed with officials in Alameda County over coronavirus restrictions" is a
    quarrel, no conflict event; "Police clashed with protesters in Nairobi" and "Fighters clashed
    with government forces in Sake" are clashes."""
    text = (
        "Musk, who moved to Texas last year, has clashed with officials in Alameda County over restrictions."
    )
    assert not geomap.extract(text, gazetteer=gaz).events
    for text, place in (
        ("Police clashed with protesters in Nairobi.", "Nairobi"),
        ("Fighters clashed with government forces in Sake.", "Sake"),
    ):
        (event,) = geomap.extract(text, gazetteer=gaz).events
        assert (event.kind, [p.place.mention for p in event.places]) == ("clashes", [place]), text


def test_a_country_that_evacuates_from_elsewhere_is_no_origin(gaz: Gazetteer) -> None:
    """ "Britain evacuated its diplomats from Wadi Seidna air base ... to Cyprus" moved no one from
    Britain, nor did "Beijing evacuated more than 52,000 people from Guangdong" take them to Beijing;
    "Beijing evacuated more than 52,000 people" still evacuates where Beijing governs."""
    text = "Britain evacuated its diplomats from Wadi Seidna air base, north of the capital, to Cyprus."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {(None, "Cyprus")}
    text = "Beijing evacuated more than 52,000 people from Guangdong."
    assert _ends(geomap.extract(text, gazetteer=gaz)) == {("Guangdong", None)}
    assert _ends(geomap.extract("Beijing evacuated more than 52,000 people.", gazetteer=gaz)) == {
        ("Beijing", None)
    }


def test_a_walk_to_reach_a_place_ends_there(gaz: Gazetteer) -> None:
    """ "Others walked for days to reach camps on the outskirts of Mogadishu" after "people displaced
    by drought" is an arrival at Mogadishu; "Rescue teams used boats to reach villages near Sukkur"
    and firefighters' walks are not."""
    text = (
        "More than 100,000 people displaced by drought arrived in Baidoa. Others walked for days to "
        "reach camps on the outskirts of Mogadishu."
    )
    assert (None, "Mogadishu") in _ends(geomap.extract(text, gazetteer=gaz))
    for text in (
        "Rescue teams in Jacobabad used boats to reach villages near Sukkur.",
        "Firefighters walked for hours to reach the blaze near Malibu.",
    ):
        assert not geomap.extract(text, gazetteer=gaz).movements, text


def test_a_blockade_by_armed_men_is_a_siege_people_flee(gaz: Gazetteer) -> None:
    """ "Islamist militants have blockaded the historic city of Timbuktu ... thousands of residents
    have fled west to Mauritania": a siege of Timbuktu, which they fled; farmers' blockades are no
    conflict."""
    text = (
        "Islamist militants have blockaded the historic city of Timbuktu for a month, cutting off "
        "food supplies. Thousands of residents have fled west to Mauritania."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert [
        (e.kind, [p.place.mention for p in e.places]) for e in doc.events if e.category == "conflict"
    ] == [("siege", ["Timbuktu"])]
    assert ("Timbuktu", "Mauritania") in _ends(doc)
    _assert_no_events("Farmers blockaded the border crossing at Dorohusk.", gaz)


def test_a_camps_hosted_count_and_mercenaries_arriving_are_no_movement(gaz: Gazetteer) -> None:
    """ "reached the Mbera camp near Bassikounou, which already hosts more than 90,000 Malians"
    counts those the camp holds, not those who reached it; "Wagner Group mercenaries arrived in
    Timbuktu" is no displacement."""
    text = "Most of the refugees reached the Mbera camp near Bassikounou, which already hosts more than 90,000 Malians."
    (move,) = geomap.extract(text, gazetteer=gaz).movements
    assert move.destination is not None and move.destination.mention == "Mbera" and move.quantity is None
    (move,) = geomap.extract("More than 90,000 Malians reached the Mbera camp.", gazetteer=gaz).movements
    assert move.quantity is not None and move.quantity.value == 90000
    _assert_no_events("Wagner Group mercenaries arrived in Timbuktu by plane last year.", gaz)


def test_people_who_move_in_with_relatives_somewhere_go_there(gaz: Gazetteer) -> None:
    """ "Residents of Canoas ... moved in with relatives in Caxias do Sul" went to Caxias do Sul, as
    "left Mayfield for shelters in Paducah" went to Paducah."""
    text = (
        "Residents of Canoas and Eldorado do Sul were taken by boat to shelters in schools and gyms, "
        "and many moved in with relatives in Caxias do Sul."
    )
    assert ("Canoas", "Caxias do Sul") in _ends(geomap.extract(text, gazetteer=gaz))


def test_a_year_or_a_route_number_counts_no_people_who_return(gaz: Gazetteer) -> None:
    """A return is of people the text names or counts: "The Lancaster County Fair returned to the
    fairgrounds off Route 30 ... for the first time since 2019" counts no one (a year, a road's
    number); "About 2,000 returned to Kharkiv" and "Refugees returned to Kharkiv in 2023" do."""
    _assert_no_events(
        "The Lancaster County Fair returned to the fairgrounds off Route 30 this week for the first "
        "time since 2019, drawing visitors from Harrisburg and York.",
        gaz,
    )
    for text in ("About 2,000 returned to Kharkiv on Monday.", "Refugees returned to Kharkiv in 2023."):
        assert (None, "Kharkiv") in _ends(geomap.extract(text, gazetteer=gaz)), text


def test_where_migrants_board_buses_is_where_they_set_off(gaz: Gazetteer) -> None:
    """ "Thousands of migrants boarded buses in Tapachula bound for Mexico City" set off from
    Tapachula; a traveller boarding a plane, and passengers boarding flights, move no one."""
    text = "Thousands of migrants boarded buses in Tapachula bound for Mexico City."
    assert ("Tapachula", "Mexico City") in _ends(geomap.extract(text, gazetteer=gaz))
    _assert_no_events("The president boarded a plane in Kyiv.", gaz)
    _assert_no_events("Passengers boarding flights in Frankfurt faced delays.", gaz)


def test_a_meeting_or_visit_of_no_states_party_is_no_diplomacy(gaz: Gazetteer) -> None:
    """Neighbours who "meet up at Kiser Lake to fish" and a man who "visited Gregg at Mercy Memorial
    Hospital" hold no diplomatic meeting or visit; a board of governors that meets in Vienna, and
    Putin meeting Erdogan in Sochi, do."""
    local = geomap.extract(
        "ST. PARIS, Ohio — They were supposed to meet up again this morning at Kiser Lake in "
        "Champaign County to fish. Brandyberry visited Gregg at Mercy Memorial Hospital on Saturday "
        "morning.",
        gazetteer=gaz,
    )
    assert not [e for e in local.events if e.category == "diplomacy"]
    abroad = geomap.extract(
        "The International Atomic Energy Agency's board of governors meets in Vienna on Monday. "
        "Putin met Erdogan in Sochi on Tuesday.",
        gazetteer=gaz,
    )
    venues = [
        (e.kind, [p.place.mention for p in e.places]) for e in abroad.events if e.category == "diplomacy"
    ]
    assert venues == [("meeting", ["Vienna"]), ("meeting", ["Sochi"])]


def test_fighting_a_flood_or_a_fire_is_no_clash(gaz: Gazetteer) -> None:
    """ "Local volunteers join flood fighting effort in Fargo" and "crews were fighting the blaze
    near Paradise, California" fight hazards, no armed clash; "heavy fighting broke out in Bakhmut"
    still is one."""
    hazards = geomap.extract(
        "Local volunteers join flood fighting effort in Fargo. Crews were fighting the blaze near "
        "Paradise, California, on Friday.",
        gazetteer=gaz,
    )
    assert not [e for e in hazards.events if e.category == "conflict"]
    war = geomap.extract("Heavy fighting broke out in Bakhmut on Monday as fires raged.", gazetteer=gaz)
    assert [(e.kind, _event_places_of(e)) for e in war.events] == [("clashes", {"Bakhmut"})]


def test_a_crash_that_sends_people_to_hospital_displaces_no_one(gaz: Gazetteer) -> None:
    """ "the sequence of events that sent all five people involved to the hospital" of a crash in
    Madison County is no displacement from it, nor is a truck "heading toward Richmond" in the next
    sentence a movement of people; "the fighting sent 3,000 people from Myawaddy to camps in Mae Sot"
    still is."""
    _assert_no_events(
        "Sgt. Sam Manley from the Madison County Sheriff's Department confirmed the sequence of events "
        "that sent all five people involved to the hospital with injuries. A black Ford truck was about "
        "to turn right onto KY 52 heading toward Richmond, Manley said.",
        gaz,
    )
    doc = geomap.extract("The fighting sent 3,000 people from Myawaddy to camps in Mae Sot.", gazetteer=gaz)
    assert _ends(doc) == {("Myawaddy", "Mae Sot")}, _ends(doc)


@pytest.mark.parametrize(
    "text",
    [
        "No one was injured in a home invasion robbery in Newberry on Friday night.",
        "A state appeals court has reversed a Santa Clara County sexual assault conviction.",
        "Police in Fresno seized two assault rifles and a shotgun.",
        "A man charged with murder in a recent Indiana homicide has been captured by Middletown police.",
        "The mayor also gave briefings on the Center Street reconstruction project in Hampden.",
        "His plan was to stop for a while in Gainesville before heading on to Sherman where he had "
        "decided to spend the night in a camp ground.",
        "The Oldsmobile was sent into the southbound lanes of Decatur, where it struck a 2003 Honda Accord.",
    ],
)
def test_crimes_roadworks_and_a_cyclists_camp_are_no_conflict_or_displacement(
    text: str, gaz: Gazetteer
) -> None:
    """Local news words that conflict and displacement share: a home invasion, a sexual assault, an
    assault rifle, a fugitive the police capture, a street's reconstruction project, and a camp
    ground where a cyclist sleeps (no refuge that makes "heading on to Sherman" people's flight); a
    car that strikes a car of a model year."""
    _assert_no_events(text, gaz)


def test_an_armed_capture_an_assault_and_a_police_raid_stay_events(gaz: Gazetteer) -> None:
    """What the crime words above must leave alone: rebels capturing a town, an assault on a town,
    and a police raid where a deportation begins."""
    text = (
        "Rebels captured Goma on Sunday. Russian forces launched an assault on Vovchansk. Pakistani "
        "police raided Afghan neighbourhoods in Karachi on Wednesday."
    )
    assert _kinds_at(text, gaz) == {("capture", "Goma"), ("assault", "Vovchansk"), ("attack", "Karachi")}


def test_illnesses_fought_and_striking_are_no_war(gaz: Gazetteer) -> None:
    """An outbreak story's words of war: "its efforts in fighting AIDS ... around Europe", "The
    deadly disease has struck in Ituri district", "deaths in the UK if there were no medical
    intervention", "said in a media conference in Hong Kong": no clash, strike, intervention or
    diplomatic conference. Fighting between armies and an airstrike beside an outbreak stay."""
    for text in (
        "The company is fighting AIDS with a promotion trip around Europe.",
        "The deadly disease has struck in Ituri district, Orientale province.",
        "A pandemic could kill 50,000 people in the UK if there were no medical intervention.",
        "Hong Kong's Health Secretary said in a media conference in Hong Kong on Friday that the virus is endemic.",
    ):
        _assert_no_events(text, gaz)
    war = (
        "Fighting between the army and rebels killed 12 people in Bunia. An airstrike struck a market in "
        "Sanaa, where a cholera outbreak has killed hundreds."
    )
    assert _kinds_at(war, gaz) == {("clashes", "Bunia"), ("strike", "Sanaa")}


def test_people_who_go_back_or_home_return(gaz: Gazetteer) -> None:
    """ "streamed back", "went home": a word of moving with "back" or "home" right after it is a
    return (as weak as the word: it needs people on the move); people on their way home after a
    return go on as returnees, from where the return began; people who had sheltered somewhere
    return from there."""
    text = (
        "Thousands of Afghan refugees streamed back across the Torkham crossing from Pakistan on "
        "Thursday as the deadline for deportations passed."
    )
    doc = geomap.extract(text, published="2023-11-02", gazetteer=gaz)
    assert [m.category for m in doc.movements] == ["return"] and ("Pakistan", None) not in _ends(doc)
    text = (
        "About 12,000 Sudanese had returned from Egypt since January, most of them heading to "
        "Khartoum and Wad Madani."
    )
    doc = geomap.extract(text, published="2025-06-02", gazetteer=gaz)
    assert {(m.category, *_ends_of(m)) for m in doc.movements} >= {
        ("return", "Egypt", "Khartoum"),
        ("return", "Egypt", "Wad Madani"),
    }
    text = "Some 3,000 families who had sheltered in Kassala went home to Wad Madani last week."
    doc = geomap.extract(text, published="2025-06-02", gazetteer=gaz)
    assert ("return", "Kassala", "Wad Madani") in {(m.category, *_ends_of(m)) for m in doc.movements}
    # a habit of going home, in no sentence of people on the move, is no return
    text = "There is a large Zimbabwean community in Leicester and many regularly travel back home."
    assert not geomap.extract(text, gazetteer=gaz).events


def _ends_of(m: geomap.Movement) -> tuple[str | None, str | None]:
    return (m.origin.mention if m.origin else None, m.destination.mention if m.destination else None)


def test_an_officials_flight_and_a_wars_sides_displace_no_one(gaz: Gazetteer) -> None:
    """ "President Bashar al-Assad fled to Moscow" is one official's flight, no displacement; "the
    Israel-Hezbollah war" names who fights it, not where people fled from; "some 8,000" counts, it
    does not speak again of the people the sentence before moved."""
    text = "Rebels seized Damascus on Sunday and President Bashar al-Assad fled to Moscow."
    doc = geomap.extract(text, published="2024-12-09", gazetteer=gaz)
    assert [e.kind for e in doc.events] == ["capture"] and not doc.movements
    text = (
        "More than 16,000 Syrians returned from Jordan and Turkey to Homs on Sunday. At the same time, "
        "some 8,000 Lebanese who had sheltered in Syria during the Israel-Hezbollah war went home to Tyre."
    )
    doc = geomap.extract(text, published="2024-12-12", gazetteer=gaz)
    ends = _ends(doc)
    assert ("Syria", "Tyre") in ends
    assert not any(o in {"Israel", "Jordan", "Turkey"} and d in {"Syria", "Tyre"} for o, d in ends), ends
    assert "Israel" not in _event_places(doc)


def test_the_date_a_sentence_opens_with_dates_its_events_far_after_it(gaz: Gazetteer) -> None:
    """ "On 13 April, ... field teams estimated that 60,000 households were displaced from Zamzam
    camp": the opening date is the sentence's, however far its event word; a date nearer the word
    still wins."""
    text = (
        "On 13 April, IOM Displacement Tracking Matrix field teams working with local partners in the "
        "region estimated that between 60,000 and 80,000 households were displaced from Zamzam camp."
    )
    doc = geomap.extract(text, published="2025-04-16", gazetteer=gaz)
    assert [e.date for e in doc.events] == ["2025-04-13"]
    text = (
        "On 13 April, aid agencies working across the region of North Darfur said that 5,000 people "
        "had fled Tawila on 11 April."
    )
    doc = geomap.extract(text, published="2025-04-16", gazetteer=gaz)
    assert [e.date for e in doc.events] == ["2025-04-11"]


def test_a_country_that_sends_people_away_is_where_they_leave(gaz: Gazetteer) -> None:
    """ "Mexico returned some 800 Hondurans to San Pedro Sula": the country that deports, expels or
    returns people, their verb's subject, is their origin; not a country whose people return ("Mexico
    returned to the talks"), nor one named after "of"."""
    text = "Mexico returned some 800 Hondurans by bus to San Pedro Sula last month."
    doc = geomap.extract(text, published="2024-07-04", gazetteer=gaz)
    assert ("Mexico", "San Pedro Sula") in _ends(doc)
    text = "The Dominican Republic deported more than 10,000 Haitians through Ouanaminthe last week."
    doc = geomap.extract(text, published="2024-07-04", gazetteer=gaz)
    assert [(m.origin.mention if m.origin else None) for m in doc.movements] == ["Dominican Republic"]
    text = "Thousands of people from Mexico returned to Tijuana after the floods."
    doc = geomap.extract(text, published="2024-07-04", gazetteer=gaz)
    assert all(not (m.origin and m.origin.mention == "Mexico") for m in doc.movements), _ends(doc)


def test_a_perfect_verb_owns_its_count_and_a_sentences_one_date_dates_its_one_event(gaz: Gazetteer) -> None:
    """ "Fighting in El Fasher has displaced more than 40,000 people": "displaced" after "has" is the
    verb whose count it is (not the noun of "the displaced"); "Clashes between ... intensified around
    El Fasher on 10 May": a sentence's one event word and its one date go together however far
    apart; "According to IOM DTM" is a source, capitalised too."""
    text = "Fighting in El Fasher, North Darfur, has displaced more than 40,000 people since 10 May."
    doc = geomap.extract(text, published="2024-05-21", gazetteer=gaz)
    assert [(e.kind, e.quantity.value if e.quantity else None) for e in doc.events] == [
        ("clashes", None),
        ("displacement", 40_000),
    ]
    text = (
        "Clashes between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) intensified "
        "around El Fasher on 10 May."
    )
    doc = geomap.extract(text, published="2024-05-21", gazetteer=gaz)
    assert [e.date for e in doc.events] == ["2024-05-10"]
    text = "According to IOM DTM, people fled mainly to Tawila, Kabkabiya and Zamzam camp."
    assert all(e.actors == () for e in geomap.extract(text, gazetteer=gaz).events)


def test_whose_weapon_or_who_leads_is_no_place_of_the_event(gaz: Gazetteer) -> None:
    """ "with U.S.-made ATACMS missiles", "Iranian-made drones", "Saudi-led coalition jets": whose
    weapon or who leads, not where it happens (the tokeniser splits "U.S.-made" after the
    abbreviation)."""
    text = "Ukrainian forces struck an ammunition depot in Russia's Bryansk region with U.S.-made ATACMS missiles."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Bryansk"}
    text = "Iranian-made drones hit Odesa overnight, and Saudi-led coalition jets struck Hodeidah."
    assert _event_places(geomap.extract(text, gazetteer=gaz)) == {"Odesa", "Hodeidah"}


def test_a_person_without_a_title_who_arrives_makes_no_visit(gaz: Gazetteer) -> None:
    """ "Oxford Crown Court heard Munene arrived in the UK from Nairobi in 2002": one person's journey,
    whom the text has speak but gives no title, is no diplomatic visit (nor anyone displaced); a
    titled one's still is."""
    text = (
        "Pauline Munene, 49, used a fake passport to work as a carer, said Munene's lawyer. The court "
        "heard Munene arrived in the UK from Nairobi in 2002."
    )
    assert not geomap.extract(text, gazetteer=gaz).events
    text = "Foreign Minister Naledi Pandor arrived in Nairobi on Monday. Pandor said the visit was short."
    assert [e.kind for e in geomap.extract(text, gazetteer=gaz).events] == ["visit"]


def test_markets_a_new_signing_and_a_board_move_no_one(gaz: Gazetteer) -> None:
    """Business and sports news: "Investors fled to safe-haven assets as markets in Tokyo and
    Frankfurt tumbled", "oil prices struck a three-month low", "the club's new signing arrived in
    Manchester from Madrid", "a board meeting in London": no flight, strike, arrival or meeting; a
    caravan that arrives still moves people."""
    for text in (
        "Investors fled to safe-haven assets on Monday as markets in Tokyo and Frankfurt tumbled.",
        "Oil prices struck a three-month low in London on Monday.",
        "Manchester United's new signing arrived in Manchester from Madrid on Tuesday.",
        "The American owners of the club returned to Florida after a board meeting in London.",
        "Shareholders approved the plan at the annual general meeting in London on Monday.",
    ):
        _assert_no_events(text, gaz)
    text = "A caravan of some 3,000 migrants arrived in Tapachula from the Guatemalan border on Sunday."
    assert any(d == "Tapachula" for _, d in _ends(geomap.extract(text, gazetteer=gaz)))


def test_a_clause_after_as_keeps_its_places_and_evacuees_who_drove_moved(gaz: Gazetteer) -> None:
    """ "forced more than 10,000 residents to evacuate, as strong Santa Ana winds pushed flames
    toward homes in Camarillo": the clause after ", as" has a subject of its own, and flames are no
    people going to Camarillo; "Some evacuees drove to relatives in Oxnard" is a movement."""
    text = (
        "A wildfire in Ventura County forced more than 10,000 residents to evacuate on Wednesday, as "
        "strong winds pushed flames toward homes in Camarillo."
    )
    doc = geomap.extract(text, published="2024-11-07", gazetteer=gaz)
    assert ("Ventura County", "Camarillo") not in _ends(doc) and ("Ventura County", None) in _ends(doc)
    text = (
        "Evacuation orders were issued for Camarillo and Somis on Wednesday. Some evacuees drove to "
        "relatives in Oxnard, while others spent the night in their cars."
    )
    doc = geomap.extract(text, published="2024-11-07", gazetteer=gaz)
    assert ("Camarillo", "Oxnard") in _ends(doc)


def test_a_date_goes_to_an_event_word_with_a_place(gaz: Gazetteer) -> None:
    """A date belongs to the nearest event word before it, but not to one no place makes an event
    of where one after it has a place: "streamed north along the coastal road on Monday, returning
    to Gaza City" dates the return; "had been displaced from Wad Madani when the RSF captured that
    city in December" dates the displacement."""
    text = (
        "Hundreds of thousands of displaced Palestinians streamed north along the coastal road on "
        "Monday, returning to Gaza City for the first time in 15 months."
    )
    doc = geomap.extract(text, published="2025-01-28", gazetteer=gaz)
    assert [(e.kind, e.date) for e in doc.events] == [("return", "2025-01-27")]
    text = "Many had already been displaced from Wad Madani when the RSF captured that city in December."
    doc = geomap.extract(text, published="2024-06-16", gazetteer=gaz)
    assert [(e.kind, e.date) for e in doc.events] == [("displacement", "2023-12")]


def test_displacement_to_come_is_a_warning_and_no_movement(gaz: Gazetteer) -> None:
    """ "up to 50,000 people could be displaced from Zamzam", "Thousands more are expected to flee to
    Tawila", "Further displacement towards Kutum is expected", "the arrivals would be transferred to
    Porto Empedocle": warnings of displacement (kind "warning"), no movement yet; people who fled and
    "are likely to return" did flee."""
    text = (
        "Aid agencies warned that up to 50,000 people could be displaced from Zamzam. Thousands more are "
        "expected to flee to Tawila in the coming days. Further displacement towards Kutum is expected."
    )
    doc = geomap.extract(text, published="2024-05-21", gazetteer=gaz)
    assert doc.events and all(e.kind == "warning" for e in doc.events) and not doc.movements
    text = "Families who fled Kadugli to Dilling last week are likely to return when the fighting ends."
    doc = geomap.extract(text, published="2024-05-21", gazetteer=gaz)
    assert ("Kadugli", "Dilling") in _ends(doc)


def test_people_moved_on_in_the_same_sentence_go_from_where_it_took_them(gaz: Gazetteer) -> None:
    """ "around 600 Myanmar soldiers fled across the border to Mizoram and were later flown back to
    Myanmar": the return, with no subject of its own, is of the same 600 and from Mizoram; "taken to
    reception centres in Lajas Blancas and then bused to the border with Costa Rica" goes on from
    Lajas Blancas (not from the village reached the sentence before)."""
    text = (
        "Earlier this month, around 600 Myanmar soldiers fled across the border to Mizoram and were "
        "later flown back to Myanmar by Indian authorities."
    )
    doc = geomap.extract(text, published="2024-01-16", gazetteer=gaz)
    back = [m for m in doc.movements if m.category == "return"]
    assert [(m.origin and m.origin.mention, m.destination and m.destination.mention) for m in back] == [
        ("Mizoram", "Myanmar")
    ]
    assert back[0].quantity is not None and back[0].quantity.value == 600
    text = (
        "Migrants walk for up to a week through the jungle before reaching the Panamanian village of "
        "Bajo Chiquito. From there they are taken to reception centres in Lajas Blancas and then "
        "bused to the border with Costa Rica."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    pairs = {(m.origin and m.origin.mention, m.destination and m.destination.mention) for m in doc.movements}
    assert ("Lajas Blancas", "Costa Rica") in pairs and ("Bajo Chiquito", "Costa Rica") not in pairs


def test_a_diplomats_planned_journey_is_dated_ahead_and_is_his(gaz: Gazetteer) -> None:
    """A Monday wire story: "was due to hold talks in Cairo ... on Tuesday" is the next day's talks
    (not the Tuesday before), and "He is expected to visit Tel Aviv on Wednesday", of the Secretary
    of State the text titles, is a visit (the words of its planning between "He" and the verb)."""
    text = (
        "U.S. Secretary of State Antony Blinken arrived in Saudi Arabia on Monday. Blinken met Crown "
        "Prince Mohammed bin Salman in Riyadh and was due to hold talks in Cairo with President Abdel "
        "Fattah al-Sisi on Tuesday. He is expected to visit Tel Aviv on Wednesday."
    )
    doc = geomap.extract(text, published="2024-02-05", gazetteer=gaz)
    dates = {ep.place.mention: e.date for e in doc.events for ep in e.places}
    assert dates["Cairo"] == "2024-02-06"
    assert dates["Tel Aviv"] == "2024-02-07"


def test_a_date_compared_with_a_boats_port_and_a_governor_who_reports(gaz: Gazetteer) -> None:
    """ "the largest influx since 2015" dates no arrival (the date a count is compared with); "The
    boat left Cox's Bazar" leaves from Cox's Bazar, whose possessive is inside its name (not a
    possessive before a person, "hosted Brazil's Lula"); ", regional governor Oleh Syniehubov said"
    reports an evacuation, he is no actor of it."""
    text = (
        "Since November, more than 1,500 Rohingya have arrived in Aceh, the largest influx since 2015. "
        "The boat left Cox's Bazar in Bangladesh in late November, according to UNHCR."
    )
    doc = geomap.extract(text, published="2023-12-10", gazetteer=gaz)
    assert [e.date for e in doc.events if e.kind == "arrival"] == ["2023-11"]
    assert any(m.origin is not None and m.origin.mention == "Cox's Bazar" for m in doc.movements)
    text = (
        "More than 7,500 people have been evacuated from the Vovchansk area since Friday, regional "
        "governor Oleh Syniehubov said."
    )
    (event,) = geomap.extract(text, published="2024-05-14", gazetteer=gaz).events
    assert event.actors == ()


def test_a_part_of_a_place_authorities_and_a_leaders_next_stop(gaz: Gazetteer) -> None:
    """ "fled towards the west of the city and Deir al-Balah" went to Deir al-Balah ("the west of"
    is a part of a place, not the bearing "west of Goma"); "Authorities in Pakistan's Sindh province
    evacuated about 150,000 people from low-lying areas along the Indus" did not take them to Sindh
    (it is where the authorities are); "Prime Minister Shehbaz Sharif ... met displaced families in
    Quetta. He will travel to Sukkur on Monday" is his visit, no displacement to Sukkur."""
    text = "Tens of thousands of Palestinians fled towards the west of the city and Deir al-Balah."
    doc = geomap.extract(text, gazetteer=gaz)
    assert [(m.origin, m.destination and m.destination.mention) for m in doc.movements] == [
        (None, "Deir al-Balah")
    ]
    text = (
        "Authorities in Pakistan's Sindh province evacuated about 150,000 people from low-lying areas "
        "along the Indus river on Sunday, officials said."
    )
    doc = geomap.extract(text, published="2022-08-28", gazetteer=gaz)
    assert doc.movements and all(m.destination is None for m in doc.movements)
    text = (
        "Prime Minister Shehbaz Sharif visited flood-hit areas of Balochistan on Saturday and met "
        "displaced families in Quetta. He will travel to Sukkur on Monday."
    )
    doc = geomap.extract(text, published="2022-08-28", gazetteer=gaz)
    sukkur = [e for e in doc.events if any(ep.place.mention == "Sukkur" for ep in e.places)]
    assert [(e.category, e.kind, e.date) for e in sukkur] == [("diplomacy", "visit", "2022-08-29")]
    assert not any(m.destination is not None and m.destination.mention == "Sukkur" for m in doc.movements)


def test_a_suspect_who_shot_people_flees_no_one_displaced(gaz: Gazetteer) -> None:
    """ "A man suspected of shooting two people outside a Dayton bar early Saturday fled to
    Kentucky": a suspect's flight (named thirteen words before it), the two people shot its victims,
    not people on the move; "Residents fled Dayton after the shooting" is still a flight."""
    text = (
        "A man suspected of shooting two people outside a Dayton bar early Saturday fled to Kentucky, "
        "where he was arrested Sunday night in Covington, police said."
    )
    doc = geomap.extract(text, published="2024-06-10", gazetteer=gaz)
    assert not doc.movements and not any(e.category == "displacement" for e in doc.events)
    doc = geomap.extract("Hundreds of residents fled Dayton after the shooting.", gazetteer=gaz)
    assert [m.origin and m.origin.mention for m in doc.movements] == ["Dayton"]


def test_talks_amid_a_conflict_elsewhere_and_a_source_with_its_acronym(gaz: Gazetteer) -> None:
    """ "travelled to Asmara on Tuesday for talks with Eritrean President Isaias Afwerki, state media
    reported, amid fears of renewed conflict in the northern Tigray region": talks in Asmara, not
    in Tigray (the circumstance after "amid"); "..., the International Organization for Migration
    (IOM) said on Friday, with most heading to ..." reports the flight, it is no actor of it."""
    text = (
        "Ethiopian Prime Minister Abiy Ahmed travelled to Asmara on Tuesday for talks with Eritrean "
        "President Isaias Afwerki, state media reported, amid fears of renewed conflict in the "
        "northern Tigray region."
    )
    doc = geomap.extract(text, published="2025-03-12", gazetteer=gaz)
    assert _event_places(doc) == {"Asmara"}
    text = (
        "Gang attacks in Haiti's capital Port-au-Prince forced more than 33,000 people to flee their "
        "homes in the past week, the International Organization for Migration (IOM) said on Friday, "
        "with most heading to the southern departments of Grand'Anse and Sud."
    )
    doc = geomap.extract(text, published="2024-10-18", gazetteer=gaz)
    assert doc.events and all(e.actors == () for e in doc.events)


def test_a_leader_there_for_talks_and_a_group_others_are_linked_to(gaz: Gazetteer) -> None:
    """ "President Filipe Nyusi, who was in Kigali for talks with Rwandan President Paul Kagame":
    where he was is where the talks were (not only where someone spoke from, "who was in Abuja,
    condemned the attack"); "Islamic State-linked insurgents attacked" are the Islamic State's."""
    text = (
        "President Filipe Nyusi, who was in Kigali for talks with Rwandan President Paul Kagame, "
        "said the attackers had been repelled."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    assert [(e.kind, _event_places_of(e)) for e in doc.events] == [("talks", {"Kigali"})]
    text = (
        "Islamic State-linked insurgents attacked the town of Macomia in Cabo Delgado province on "
        "Friday, local sources said."
    )
    doc = geomap.extract(text, published="2024-05-13", gazetteer=gaz)
    assert [e.actors for e in doc.events] == [("Islamic State",)]


def test_talks_past_a_long_apposition_and_a_provinces_town(gaz: Gazetteer) -> None:
    """A Xinhua sentence: "held talks with To Lam, general secretary of the Communist Party of
    Vietnam Central Committee and Vietnamese president, at the Great Hall of the People in Beijing"
    has its talks in Beijing (the apposition that describes him does not part the talks from their
    place); "He will also visit Guangdong province's Shenzhen" is a visit to Shenzhen, which the
    province tells of."""
    text = (
        "Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party "
        "of Vietnam Central Committee and Vietnamese president, at the Great Hall of the People in "
        "Beijing on Monday. To Lam arrived in Guangzhou on Sunday for a state visit to China. He will "
        "also visit Guangdong province's Shenzhen."
    )
    doc = geomap.extract(text, published="2024-08-19", gazetteer=gaz)
    venues = [(e.kind, _event_places_of(e)) for e in doc.events]
    assert ("talks", {"Beijing"}) in venues
    assert ("visit", {"Shenzhen"}) in venues and ("visit", {"Guangdong"}) not in venues


def test_fire_crosses_no_one_and_families_driving_away_flee(gaz: Gazetteer) -> None:
    """A live blog: "30 projectiles crossed from Lebanon" moves no one (fire, as "drones crossed"
    does not); "Thousands of families were seen driving north on the coastal highway from Tyre and
    Sidon towards Beirut, Al Jazeera's correspondent reported", after "Thousands flee south Lebanon
    towards Beirut", is their flight (the reporter no actor of it); "Instead of driving to
    Castlegar, people will be able to visit the Nelson office" (a GeoWebNews story) moves no one."""
    text = "The Israeli military said 30 projectiles crossed from Lebanon, most of them intercepted."
    assert geomap.extract(text, gazetteer=gaz).movements == ()
    text = (
        "Thousands flee south Lebanon towards Beirut. Thousands of families were seen driving north "
        "on the coastal highway from Tyre and Sidon towards Beirut, Al Jazeera's correspondent reported."
    )
    doc = geomap.extract(text, gazetteer=gaz)
    pairs = {(m.origin and m.origin.mention, m.destination and m.destination.mention) for m in doc.movements}
    assert {("Tyre", "Beirut"), ("Sidon", "Beirut")} <= pairs
    assert all(e.actors == () for e in doc.events)
    text = (
        "The new office is the 30th to open in the province. Instead of driving to Castlegar, people "
        "will be able to visit the Nelson office."
    )
    assert geomap.extract(text, gazetteer=gaz).movements == ()


def test_smaller_numbers_reaching_a_town_and_its_neighbour_came_from_the_camp(gaz: Gazetteer) -> None:
    """An OCHA flash update's bullets: "an estimated 400,000 people fled Zamzam camp ... About
    150,000 people have arrived in Tawila ... Smaller numbers reached El Fasher town and Kutum": the
    smaller numbers are of the same people (from Zamzam), and Kutum, after "El Fasher town and", is
    a place of the list as El Fasher is."""
    text = (
        "- Between 11 and 13 April, an estimated 400,000 people fled Zamzam camp following attacks by "
        "the Rapid Support Forces.\n- About 150,000 people have arrived in Tawila, North Darfur, where "
        "humanitarian partners are scaling up assistance.\n- Smaller numbers reached El Fasher town "
        "and Kutum."
    )
    doc = geomap.extract(text, published="2025-04-16", gazetteer=gaz)
    pairs = {(m.origin and m.origin.mention, m.destination and m.destination.mention) for m in doc.movements}
    assert {("Zamzam", "El Fasher"), ("Zamzam", "Kutum")} <= pairs
    # the update's title, a numbered document, is no actor
    title = "Sudan: Flash Update No. 12 - Displacement from Zamzam camp (16 April 2025)"
    assert [e.actors for e in geomap.extract(title, gazetteer=gaz).events] == [()]


def test_people_fleeing_a_storm_come_from_where_it_was_ordered(gaz: Gazetteer) -> None:
    """ "Officials in Florida ordered more than a million people to evacuate coastal areas around
    Tampa Bay ... as Hurricane Milton strengthened": the storm is no actor; "Pinellas, Hillsborough
    and Manatee counties issued mandatory evacuation orders" reports no event, so "residents fled
    north toward Gainesville and Ocala" in the next sentence came from Tampa Bay, as after a
    sentence with no word of moving."""
    text = (
        "Officials in Florida ordered more than a million people to evacuate coastal areas around Tampa "
        "Bay on Tuesday as Hurricane Milton strengthened in the Gulf of Mexico. Pinellas, Hillsborough "
        "and Manatee counties issued mandatory evacuation orders for low-lying zones. Interstate 75 was "
        "jammed with traffic as residents fled north toward Gainesville and Ocala."
    )
    doc = geomap.extract(text, published="2024-10-08", gazetteer=gaz)
    assert all("Hurricane Milton" not in e.actors for e in doc.events)
    pairs = {(m.origin and m.origin.mention, m.destination and m.destination.mention) for m in doc.movements}
    assert {("Tampa Bay", "Gainesville"), ("Tampa Bay", "Ocala")} <= pairs


def test_an_ayins_doubled_vowel_and_a_war_monitor(gaz: Gazetteer) -> None:
    """ "Turkish-backed Syrian factions captured Tal Rifaat north of Aleppo" is a capture at Tall
    Rif'at (news renders the ayin by a doubled vowel, GeoNames by an apostrophe: not At Tall, a town
    near Damascus, by the name's first word); "east of the Euphrates, a war monitor said" is no war
    at the Euphrates."""
    text = (
        "Turkish-backed Syrian factions captured Tal Rifaat north of Aleppo on Sunday and advanced on "
        "Manbij, a city held by the Kurdish-led Syrian Democratic Forces (SDF) east of the Euphrates, "
        "a war monitor said."
    )
    doc = geomap.extract(text, published="2024-12-01", gazetteer=gaz)
    tal = next(p for p in doc.places if p.mention.startswith("Tal"))
    assert (tal.mention, tal.name, tal.country_code) == ("Tal Rifaat", "Tall Rif‘at", "SY")
    assert [e.kind for e in doc.events] == ["capture"]
    assert _event_places(doc) == {"Tal Rifaat", "Manbij"}
