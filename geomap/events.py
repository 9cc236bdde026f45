"""What happened where and when: events and movements from resolved places.

Per sentence: triggers from a lexicon (geomap/data/events.tsv) give the event's category and
kind; each place in the sentence gets a role from the words before it (event_cues.tsv: "in",
"on", "from", "to", ...), from standing just before a trigger ("the Geneva initiative",
"the Syrian war"), or as a trigger's object ("captured the town of Wad Madani"), and joins the
nearest trigger that can take that role. A place that plays
no role joins no event. Dates come from the sentence (dates.py), including "a day after ..."
and "on the eve of ..." anchors; counts from quantities.py. Movements link an origin and a
destination of a displacement or return that names at least one of them; where the people are
is where they went, when the text says where they came from. A missing origin is taken from a
conflict in the same sentence (the place attacked, not the province it is said to be in), else
from where the sentence's other displaced people came from, else from the sentence before.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace

from gazetteer import DIVISION_WORDS, fold

from . import dates as dates_mod
from .casing import lowercase_words
from .lexicon import (
    NATURAL_MEANINGS,
    Trigger,
    event_cues,
    facility_meaning,
    names_institution,
    triggers,
    word_list,
)
from .model import Event, EventPlace, Movement, Place, Quantity
from .quantities import find_quantities
from .recognise import NAME_PARTICLES, a_particle_name, person_words
from .text import CALENDAR_WORDS, NAME_ABBREVIATIONS, OPENERS, Sentence, Token, sentences, tokenize

__all__ = ["extract_events"]

_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "region",
        "area",
        "areas",
        "part",
        "parts",
        "capital",
        "state",
        "county",
        "district",
        "governorate",
        "port",
        "outskirts",
        "centre",
        "center",
        "suburbs",
        "island",
        "islands",
        "towns",
        "villages",
        "cities",
        "neighborhoods",
        "neighbourhoods",
        "districts",
        "north",
        "south",
        "east",
        "west",
        "streets",
        "provinces",
        "regions",
        "states",
        "counties",
        "department",
        "departments",
        "governorates",
        "municipality",
        "municipalities",
        "commune",
        "communes",
        "township",
        "townships",
        "neighborhood",
        "neighbourhood",
        "settlement",
        "settlements",
        "resort",
        "oasis",
        "enclave",
        "suburb",
        "hamlet",
        "peninsula",
        "coast",
        "coastline",
        "shore",
        "shores",
        "territory",
        "oblast",
        "prefecture",
        "borough",
    }
)
_ROLE_FOR = {
    "diplomacy": {
        "venue": "venue",
        "to_venue": "venue",
        "destination": "venue",
        "premod": "venue",
        "object": "venue",
    },
    "conflict": {
        "venue": "location",
        "to_venue": "location",
        "between": "location",
        "target": "target",
        "premod": "location",
        "object": "target",
        "of": "target",
        "concerned": "location",
        "homes": "location",
    },
    "displacement": {
        "venue": "location",
        "target": "location",  # (arrivals only) "Nearly 500 migrants arrived on the Canary Islands"
        "concerned": "origin",
        "origin": "origin",
        "destination": "destination",
        "to_venue": "destination",
        "object": "origin",
        "of": "origin",
        "homes": "origin",
    },
    "return": {
        "venue": "location",
        "target": "location",
        "concerned": "location",
        "destination": "destination",
        "to_venue": "destination",
        "origin": "origin",
        "homes": "location",
        "of": "destination",  # "Residents of Jasper began returning": home, where they return
    },
    "humanitarian": {
        "venue": "location",
        "destination": "location",
        "to_venue": "location",
        "concerned": "location",
        "homes": "location",
    },
}
"""Each category's role for a cue role of event_cues.tsv; "to_venue" is "in" after "to" and a noun
("fled to camps in Yola"), "object" a place right after a verb, "of" after "the ... of", "concerned"
after a notice and "for" ("evacuation orders for North Lismore": its people are to leave it),
"homes" where people of it live ("residents of border villages in Uri": they leave it, even when
told "to evacuate", where an origin before the word is another's: "ships were sent from Sydney to
evacuate people")."""
_FUNCTION_WORDS = frozenset(
    {
        "after",
        "before",
        "during",
        "as",
        "since",
        "and",
        "or",
        "with",
        "by",
        "in",
        "on",
        "at",
        "to",
        "from",
        "into",
        "of",
        "amid",
        "despite",
        "following",
        "while",
        "when",
        "where",
        "but",
    }
)
"""Words that keep a place from being its event noun's premodifier; not "for": "arrived in Doha
for talks" are talks in Doha."""
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose"})
"""Words that open a relative clause after a comma (", who visited Lampedusa on Sunday,")."""
_RELATIVE_OPENERS = _RELATIVE_PRONOUNS | {"where"}
"""... and those that open one about a place (", where 735,000 people had been evacuated ...,")."""
_AMID = frozenset({"amid", "amidst"})
_SUBORDINATORS = frozenset(
    {
        "after",
        "before",
        "since",
        "because",
        "when",
        "while",
        "until",
        "unless",
        "despite",
        "although",
        "though",
    }
)
"""Words that open a clause: a cue before one is no cue of a place after it."""
_STOP_BACK = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–"})
_BACK_TO_THEM = re.compile(
    r"\b(?:they|them|their|others|many|most|some(?!\s+\d[\d,.]*\s+(?-i:[A-Z]))|the\s+rest|those|these|"
    r"displaced|families|refugees|migrants|residents|survivors|evacuees|villagers|people|numbers)\b",
    re.IGNORECASE,
)
"""Words by which a sentence speaks again of people the sentence before moved: "Others crossed into
Chad", "Many planned to continue south", "Most crossed the Naf river", "Smaller numbers reached El
Fasher", "Boats carrying refugees
still arrive at Teknaf", "Some 4,000 crossed into the Dominican Republic" (not a count of a people
the sentence names: "some 8,000 Lebanese went home")."""
_INCLUDING = frozenset({"including", "notably", "especially", "particularly"})
"""Words after a comma that bring in examples of the phrase before it: ", including Metula and
Shlomi" are some of the "communities along the border" people were evacuated from."""
_WARNING = re.compile(r"\b(warn(?:ed|s|ing)?|threat(?:en(?:ed|s)?)?|could|looms?|feared|imminent)\b", re.I)
MAY_HAPPEN_CHARS = 30
_MAY_HAPPEN_BEFORE = re.compile(
    r"\b(?:could|may|might|would|expected\s+to|likely\s+to|set\s+to|at\s+risk\s+of)\s+"
    r"(?:(?:be|have\s+to|need\s+to|soon|yet|also|further)\s+)*(?:(?:forced|made|compelled)\s+to\s+)?$",
    re.I,
)
_MAY_HAPPEN_AFTER = re.compile(r"\s+(?:[^\s,;.]+\s+){0,5}?(?:is|are)\s+(?:expected|feared|likely)\b", re.I)
"""Words around a word of displacement that tell of displacement to come, not done: "could be
displaced", "are expected to flee", "at risk of displacement" (within MAY_HAPPEN_CHARS before the
word), "Further displacement towards Kutum is expected" (after a noun, in its clause; not "those
who fled are likely to return")."""


def _a_noun_of_moving(word: str) -> bool:
    """Whether a word of displacement is a noun ("displacement", "evacuations", "arrivals", "return")."""
    low = word.lower()
    return low.endswith(("ment", "ments", "tion", "tions", "als")) or low in {
        "return",
        "returns",
        "exodus",
        "influx",
    }


_A_DAY = r"(?:a|one|the)\s+day\s+(after|before)\b"
_DAY_AFTER = re.compile(r"^\s*" + _A_DAY, re.I)
"""A sentence that opens "A day after ..., X happened": the opening clause took place the day before."""
_DAY_AFTER_LATER = re.compile(r",\s+" + _A_DAY, re.I)
""""X happened on Tuesday, a day after Y": Y took place the day before X's date."""
_EVE_OF = re.compile(r"\bon the eve of\b", re.I)
_VERB_FORMS = frozenset(
    {
        "met",
        "meet",
        "meets",
        "fled",
        "flee",
        "visit",
        "visits",
        "return",
        "withdraw",
        "overran",
        "walked",
        "arrive",
        "arrived",
        "crossed",
    }
)
MAX_ROLE_TOKENS = 20
"""A cue role ("in Sochi") joins a trigger at most this many tokens away."""
_ARRIVING = frozenset({"arrival", "shelter", "crossing"})
_BACKED = r"led|backed|funded|allied|aligned|sponsored|supported|brokered|armed|trained"
"""The participles after a name that make it who acts or who stands behind others ("Saudi-led",
"Iran-backed")."""
_ACTOR_SUFFIX = re.compile(
    rf"-(?:{_BACKED}|made|built|supplied|manufactured|designed|produced|donated|provided)\b"
)
"""After a place, these make it who acts ("Saudi-led", "Iran-backed") or whose a weapon is
("U.S.-made ATACMS missiles", "Iranian-made drones"), not where: unlike "-based"."""
_LINKED_TO = re.compile(rf"-(?:linked|affiliated|inspired|{_BACKED})\Z")
"""The end of a group's name that makes it an adjective of others ("Islamic State-linked")."""
_AGENT_PARTICIPLES = frozenset(
    {"led", "backed", "mediated", "brokered", "funded", "supported", "sponsored", "armed", "trained"}
    | {"commanded", "ruled", "governed", "controlled", "financed", "organised", "organized"}
)
"""Before "by", these make the place after it who acts, as _ACTOR_SUFFIX does before a hyphen."""
_LEAVING = frozenset({"evacuation", "flight", "displacement"})
_REPORTING = frozenset({"said", "says", "told", "added", "stated", "announced", "explained"})
_CLAUSE_WORDS = _REPORTING | {"while", "whereas", "meanwhile"}
_SENTENCE_STOPS = frozenset({".", ";", "!", "?"})
"""Marks that end a sentence or a clause, past which a subject or an order is not looked for."""
_PEOPLE = frozenset(
    {"residents", "people", "inhabitants", "civilians", "families", "villagers", "citizens", "thousands"}
)
"""Before "of", these make the place people's origin: "residents of Kherson were evacuated"."""
_MIGRANTS = frozenset({"refugees", "migrants", "asylum-seekers", "evacuees", "returnees"})
_ON_THE_MOVE = _MIGRANTS | {"displaced", "idps"}
"""People whom a text names as on the move: beside them, weak movement words count."""
_REFUGES = frozenset({"shelter", "shelters", "camp", "camps"})
"""Where displaced people go: beside them, too, weak movement words count ("families left Mayfield
for shelters in Paducah"; lower case only: "Camp David" is no refuge)."""
_NOT_A_REFUGE_AFTER = frozenset(
    {"ground", "grounds", "site", "sites", "fire", "fires", "counselor", "counselors"}
)
_NOT_A_REFUGE_BEFORE = frozenset(
    {"summer", "boot", "training", "band", "day", "sports", "football", "basketball", "soccer", "baseball"}
    | {"youth", "church", "bible", "music", "science", "space", "golf", "tennis", "cheer", "animal", "dog"}
)


def _a_refuge(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word is a refuge of displaced people (_REFUGES): not "a camp ground" where a
    cyclist spends the night, a "summer camp", a "training camp" or an "animal shelter"."""
    return (
        tokens[k].text in _REFUGES
        and not (k + 1 < len(tokens) and tokens[k + 1].text.lower() in _NOT_A_REFUGE_AFTER)
        and not (k > 0 and tokens[k - 1].text.lower() in _NOT_A_REFUGE_BEFORE)
    )


_BEARING_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z’'-]+\s+){0,2}(?:capital|city|town|village|port)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
"""A bearing just before a place: the place is where a distance or a direction is taken from
("east of Pokrovsk", "south of the Sri Lankan capital Colombo", "west of the port city of Hodeidah")."""
BEARING_REACH = 60
"""How far before a place its bearing (_BEARING_OF) may begin."""
_NOTICES = frozenset(
    {
        "order",
        "orders",
        "warning",
        "warnings",
        "alert",
        "alerts",
        "notice",
        "notices",
        "advisory",
        "advisories",
    }
)
"""Before "for" and a place, what is issued for the area it names, not where anyone goes: "evacuation
orders for North Lismore", "a red alert for Pune"."""
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s")
"""Between two places, a break between two clauses, each with its own subject: "the river is rising
at Murwillumbah, and residents of Chinderah have been told to move"."""
_FROM_A_REFUGE = re.compile(
    r"\b(?:from|out\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(_REFUGES | {"settlement", "settlements"}))
    + r")\b"
)
"""People moved on from where they found refuge: "relocated 1,500 refugees from the camps to Bhasan
Char", "moved out of shelters"."""
_IN_A_REFUGE = re.compile(
    r"\b(?:shelters?|camps?|centres?|centers?|relatives|friends|host\s+famil(?:y|ies))\s+in\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
"""A refuge just before a place: after where people came from, where they went ("left Mayfield for
shelters in Paducah", "Residents of Canoas ... moved in with relatives in Caxias do Sul")."""
_AUTHORITIES_IN = re.compile(
    r"\b(?:[Aa]uthorities|[Oo]fficials|[Pp]olice|[Rr]escuers|[Tt]roops|[Ss]oldiers|[Gg]overnment)\s+in\s+"
    r"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+)?$"
)
"""Before a place, those who evacuate or move people there: "Authorities in Pakistan's Sindh province
evacuated ..." (where the authorities are, not where people went)."""
_DISPLACED_NOUNS = _MIGRANTS | {"nationals", "civilians", "families"}
"""After a country's adjective, people who come from that country: "Sudanese refugees", "Afghan
families"."""
_HAZARDS = frozenset(
    {
        "earthquake",
        "earthquakes",
        "quake",
        "quakes",
        "tremor",
        "aftershock",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "tornado",
        "tornadoes",
        "storms",
        "hurricanes",
        "cyclones",
        "typhoons",
        "tremors",
        "mudslide",
        "mudslides",
        "avalanche",
        "avalanches",
        "flood",
        "floods",
        "flooding",
        "tsunami",
        "landslide",
        "landslides",
        "wildfire",
        "wildfires",
        "bushfire",
        "bushfires",
        "drought",
        "heatwave",
        "eruption",
        "rain",
        "rains",
        "lightning",
    }
)
"""Natural hazards: what a sentence that names one before its verb has "hit" or "struck" is no
military strike ("the earthquakes that struck southern Turkey", "Hurricane Ian hit Florida")."""


_TOLL = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|many|at"
    r"|more|over|nearly|almost|about|some|around|up"
)


_HARMED = frozenset({"dead", "injured", "wounded", "homeless", "hurt", "killed", "missing"})


def _leaves_a_toll(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word ("leaving", "left") leaves a toll behind rather than a place:
    "clashes ... leaving two dead", "left at least 12 injured", "a siege that left more than 1,100
    people dead" (not "carried 1,200 fighters"); or leaves people in a state: "3,000 families were
    left homeless", "passengers were left stranded", "left about 4 million people stranded"."""
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in _LEFT_IN_A_STATE:
        return True
    if tokens[k].text.lower() == "left" and _after_be(tokens, k):
        # "drove them to Ras Jedir, where they were left without food or water": whom others leave
        # somewhere stays there ("only 20 people were left in the village")
        return True
    return (
        k + 1 < len(tokens)
        and bool(_TOLL.fullmatch(tokens[k + 1].text.lower()))
        # "have left about 4 million people stranded"
        and any(t.text.lower() in _LEFT_IN_A_STATE for t in tokens[k + 2 : k + 9])
    )


_LEFT_IN_A_STATE = _HARMED | {"stranded", "destitute", "trapped"}


def _a_main_passive(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word is a participle after "be" whose clause is no relative clause ("have
    been displaced", not "who had been displaced")."""
    return _after_be(tokens, k) and not any(
        t.text.lower() in _PASSIVE_RELATIVES for t in tokens[max(0, k - RELATIVE_PASSIVE_REACH) : k]
    )


_PASSIVE_RELATIVES = _RELATIVE_PRONOUNS | {"that", "whom"}
"""The relative pronouns before a passive: "who had been displaced", "that were displaced"."""
RELATIVE_PASSIVE_REACH = 4
"""How many words before a participle a relative pronoun opens its clause ("who had since been")."""


def _after_have(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word follows "has", "have" or "had", an adverb between allowed ("has already
    displaced"): a verb's perfect, not a noun or an adjective ("the displaced")."""
    return _after(tokens, k, _HAVE_FORMS)


def _after_be(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word follows a form of "be", an adverb between allowed ("were then left",
    "was simply left"): a passive."""
    return _after(tokens, k, _BE_FORMS)


_HAVE_FORMS = frozenset({"has", "have", "had"})


def _after(tokens: Sequence[Token], k: int, forms: frozenset[str]) -> bool:
    """Whether the k-th word follows one of the auxiliary `forms`, one adverb between allowed."""
    j = k - 1
    if j >= 0 and (tokens[j].text.lower().endswith("ly") or tokens[j].text.lower() in _BETWEEN_BE):
        j -= 1
    return j >= 0 and tokens[j].text.lower() in forms


_GOODS = frozenset(
    {"food", "aid", "supplies", "goods", "fuel", "equipment", "cargo", "money", "funds", "grain", "water"}
    | {"medicine", "medicines", "vaccines", "tents", "shelter", "assistance", "stocks", "weapons"}
    | {"belongings", "possessions", "furniture", "livestock", "cattle", "vehicles", "cars", "troops"}
    | {"valuables", "pets", "animals", "sandbags"}
)
"""What is moved or carried when a movement word's object is no people: "moved food from Bahir Dar"."""


_MOVE_AS_VERB = frozenset(
    {"to", "will", "would", "could", "can", "must", "should", "might", "may", "and", "or"}
)
"""Before "move", words that make it a verb: "told to move to higher ground", "refugees will move on";
otherwise it is a noun ("Henderson's move from Liverpool", "making the move back to Innisfail")."""


_WENT_TO = frozenset({"to", "towards", "toward", "back", "home"})


def _moves_goods(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word (a weak movement word) moves things, not people: "it had moved food from
    Bahir Dar", "trucks carried aid to Gaza", "told to move belongings upstairs"; or is the noun
    "move", a career's or a policy's; or "went" not to a place ("went off the road")."""
    if tokens[k].text.lower() == "move" and (k == 0 or tokens[k - 1].text.lower() not in _MOVE_AS_VERB):
        return True
    if tokens[k].text.lower() == "went" and (
        k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in _WENT_TO
    ):
        return True  # "the vehicle went off the road", "went missing", "went into effect"
    following = [t.text.lower() for t in tokens[k + 1 : k + 4]]
    while following and following[0] in {"the", "its", "their", "some", "more", "emergency", "relief"}:
        following.pop(0)
    return bool(following) and following[0] in _GOODS


_PEOPLE_WORDS = (
    _PEOPLE
    | _ON_THE_MOVE
    | _DISPLACED_NOUNS
    | {
        "households",
        "individuals",
        "persons",
        "children",
        "women",
        "hundreds",
        "millions",
        "dozens",
        "compatriots",
        "many",
        "most",
        "others",
        "population",
        "communities",
        "repatriated",
        "herders",
        "pastoralists",
        "nomads",
    }
)
"""Words that name people, or a share of people named before ("Many returned to northern Syria");
herders too ("relocated about 8,000 Maasai herders from the Ngorongoro Conservation Area")."""
_DIGITS = re.compile(r"\d[\d,.]*$")
"""A number: a count of people to a return ("Some 5,000 returned"); a year counts too, rarely wrongly."""


def _names_people(tokens: Sequence[Token]) -> bool:
    """Whether the words name people, or count them (not an age: "Washington, 69, said he would
    ... before returning to New York")."""
    return any(
        t.text.lower() in _PEOPLE_WORDS
        or (
            _DIGITS.match(t.text)
            and not (0 < k < len(tokens) - 1 and tokens[k - 1].text == "," and tokens[k + 1].text == ",")
            and not _no_count_of_people(tokens, k)
        )
        for k, t in enumerate(tokens)
    )


def _no_count_of_people(tokens: Sequence[Token], k: int) -> bool:
    """Whether the number tokens[k] is a year, a day of a month, a measure or a name's number, no
    count of people: "The Lancaster County Fair returned ... off Route 30 ... for the first time
    since 2019", "on March 5", "59 miles"."""
    text = tokens[k].text
    if len(text) == 4 and text.isdigit() and YEARS[0] <= int(text) <= YEARS[1]:
        return True
    before = tokens[k - 1].text.lower() if k > 0 else ""
    after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    return (
        before in CALENDAR_WORDS
        or before in _NUMBERED
        or after in CALENDAR_WORDS
        or after in _MEASURES
        or after in _TIME_UNITS
    )


_NUMBERED = frozenset(
    {"route", "highway", "interstate", "road", "flight", "gate", "terminal", "platform", "no."}
    | {"article", "section", "chapter", "resolution", "page", "line", "bus", "pier"}
)
"""Words a number names rather than counts: "off Route 30", "Flight 17", "Resolution 2334"."""
YEARS = (1800, 2100)
"""The four-digit numbers read as years."""
_MEASURES = frozenset(
    {"km", "kilometres", "kilometers", "miles", "mph", "percent", "%", "degrees", "metres", "meters"}
    | {"hours", "minutes", "a.m.", "p.m.", "am", "pm", "kg", "tons"}
)
"""Units after a number that measure, with _TIME_UNITS, no people."""


_WALKOUT_BEFORE = re.compile(
    r"\d+-(?:hour|day|week)|general|hunger|labou?r|rail|workers|teachers|doctors|nurses|union|wildcat"
)


def _walkout(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word ("strike") is workers' or a hunger strike: "a planned 48-hour strike at
    UK airports", "a general strike", "went on strike", "strike action", "workers ... would strike"."""
    if tokens[k].text.lower() not in {"strike", "strikes"}:
        return False
    before = tokens[k - 1].text.lower() if k > 0 else ""
    after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    return (
        bool(_WALKOUT_BEFORE.fullmatch(before))
        or before == "on"
        or after in {"action", "ballot", "pay"}
        # "workers in Lower Saxony would strike", "staff at the plant voted to strike" (not "health
        # workers said a strike hit the hospital")
        or (
            before in {"would", "will", "to", "could", "might", "may"}
            and any(t.text.lower() in _STRIKERS for t in tokens[max(0, k - MAX_APPOSITION) : k])
        )
    )


_STRIKERS = frozenset(
    {"workers", "staff", "employees", "unions", "teachers", "nurses", "doctors", "drivers", "miners"}
    | {"dockers", "pilots", "union", "walkout", "strikers"}
)
"""Working people named before "strike": it is theirs, a walkout, not a military strike."""


_DISPLACEMENT_SITES = frozenset(
    {"camp", "camps", "site", "sites", "centre", "centres", "center", "centers", "settlement", "settlements"}
    | {"tracking", "crisis"}
)
_NO_EVENT_WITH_NEXT = {
    # "the Mugunga displacement camp", "the Displacement Tracking Matrix"
    "displacement": _DISPLACEMENT_SITES,
    # "east of the Euphrates, a war monitor said", "war crimes": a noun the war qualifies
    "war": frozenset(
        {"monitor", "crimes", "crime", "criminal", "criminals", "correspondent", "correspondents"}
        | {"memorial", "museum", "veteran", "veterans", "reporter", "reporters", "cabinet", "games"}
    ),
    "offensive": frozenset(
        {"weapon", "weapons", "remarks", "comments", "language", "behaviour", "behavior", "line", "tackle"}
    ),
    "signed": frozenset({"off"}),
    "return": frozenset(
        {
            "flight",
            "flights",
            "trip",
            "trips",
            "ticket",
            "tickets",
            "journey",
            "leg",
            "match",
            "fixture",
            "game",
            "him",  # "asked Turkey to return him to the United States": one person sent back
            "her",
        }
    ),
    "returned": frozenset({"him", "her"}),
    # "negotiating an evacuation deal", "an evacuation plan for Rafah": a plan, not people moved;
    # "evacuation centres" are sites, as displacement camps are
    "evacuation": _DISPLACEMENT_SITES
    | {"deal", "deals", "agreement", "agreements", "plan", "plans", "drill", "drills"},
    "visit": frozenset({"with"}),
    "visited": frozenset({"with"}),
    # "an assault rifle", "assault charges", "a Santa Clara County sexual assault conviction"
    "assault": frozenset(
        {"rifle", "rifles", "weapon", "weapons", "charge", "charges", "conviction", "convictions"}
        | {"case", "cases", "suspect", "suspects", "victim", "victims", "trial"}
    ),
}
"""Words after a trigger that make it no event: an adjective ("an offensive weapon", "offensive
remarks"), a phrasal verb ("signed off on the sale"), a noun it qualifies ("his return flight to
Berlin", "an evacuation deal", "flee to evacuation centres in Cagayan": the flight is the event;
"an assault rifle", "assault charges"), one person sent back ("return him to the United States")
or a social call ("travel home to visit with their families")."""


_TOWARDS_TARGET = frozenset({"advance", "offensive", "assault", "invasion", "siege"})
"""Kinds of conflict whose "towards" place is their target, where no one is said to move: "advanced
towards Sake", "pressed their offensive toward Pokrovsk", "an assault on Vovchansk, pushing toward
Kharkiv", "laid siege to the town of Titao"."""

_NO_ARMED_ATTACK = frozenset(
    {"heart", "panic", "asthma", "anxiety", "malware", "cyber", "ransomware", "shark"}
    | {"wolf", "dog", "bear", "tiger", "leopard", "lion", "elephant", "crocodile", "snake", "animal"}
    | {"solo", "breakaway"}
)
"""Words before "attack(s)" that make it no armed one: "a heart attack", "malware attacks", "a
wolf attack", a rider's "solo attack on the final climb"."""
_NO_MILITARY_INTERVENTION = frozenset(
    {"medical", "surgical", "clinical", "therapeutic", "early", "divine", "dietary", "educational"}
    | {"behavioral", "behavioural", "nutritional", "psychological"}
)
"""Words before "intervention(s)" that make it care or teaching, no armed one."""
_CRIMINAL_ASSAULT = frozenset(
    {"sexual", "sex", "aggravated", "indecent", "domestic", "simple", "felony", "misdemeanor", "verbal"}
)
"""Words before "assault(s)" that make it a crime against a person, no armed one."""
_NO_EVENT_AFTER = {
    "advanced": frozenset(
        {"the", "a", "an", "around", "of", "with", "for", "about", "in", "more", "most", "very", "highly"}
        | {"its", "their", "his", "her", "our", "such", "and"}
    ),
    "attack": _NO_ARMED_ATTACK,
    # "There is nothing left in Jabaliya": what remains, no one leaving
    "left": frozenset({"nothing", "little", "anything", "something", "much", "none"}),
    "attacks": _NO_ARMED_ATTACK,
    "conference": frozenset({"press", "news", "media"}),
    # "if there were no medical intervention": care, no foreign army
    "intervention": _NO_MILITARY_INTERVENTION,
    "interventions": _NO_MILITARY_INTERVENTION,
    # crimes, not armed conflict: "a home invasion robbery in Newberry", "a sexual assault conviction"
    "invasion": frozenset({"home"}),
    "invasions": frozenset({"home"}),
    "assault": _CRIMINAL_ASSAULT,
    "assaults": _CRIMINAL_ASSAULT,
    # roadworks and surgery: "the Center Street reconstruction project", "knee reconstruction"
    "reconstruction": frozenset({"street", "avenue", "road", "knee", "ligament", "acl", "shoulder", "elbow"})
    | {"hip", "jaw", "facial", "breast"},
    "trip": frozenset(
        {"family", "road", "school", "day", "hour", "field", "fishing", "hunting", "camping", "shopping"}
        | {"ski", "boat", "train", "bus", "holiday", "weekend", "class", "honeymoon", "birthday", "maiden"}
        # a team's fixture away: "the Champions League trip to Madrid", "an FA Cup trip to Leeds"
        | {"league", "cup", "away", "derby", "team", "squad"}
    ),
}
"""Words before a trigger that make it an adjective of another sense ("concern around advanced
malware", "the most advanced weapons", "in advanced talks": forces that "advanced on" a town
come after their subject), a private journey ("a family trip", "the 6.5 hour trip"), a team's
away match ("the Champions League trip to Madrid") or a reporters' briefing ("told a press
conference in Cork")."""


_RETURN_WORDS = frozenset({"return", "returns", "returned", "returning"})
_RETURN_TO_PEOPLE = frozenset(
    {"their", "his", "her", "its", "our", "my", "the", "a", "home", "homes", "camps", "shelters"}
    | {"what", "whatever"}
)
"""After "return to", words that may lead to where people go back ("returning to what remains of
their homes in Gaza City"); any other lower-case word is a state or activity: "a return to
moderate growth", "returned to normal", "return to work"."""


_CAME_BACK_TO = frozenset(
    {"find", "see", "discover", "survey", "inspect", "check", "collect", "salvage", "rebuild", "assess"}
)
"""Verbs after "returned to" that say what people came back to a place for, not a state they
returned to ("returned to work", "returned to normal")."""


def _returns_to_a_state(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word is "return(ed) to" a state or activity rather than a place."""
    if tokens[k].text.lower() not in _RETURN_WORDS or k + 2 >= len(tokens) or tokens[k + 1].text != "to":
        return False
    after = tokens[k + 2].text
    return (
        after[:1].islower()
        and after not in _RETURN_TO_PEOPLE
        and after not in _CAME_BACK_TO  # "residents returned to find roofs torn off"
        and after not in _PLACE_NOUNS
        and after not in word_list("direction")  # "returned to northern Syria"
    )


_REACTIONS = frozenset(
    {
        "condemned", "condemn", "condemns", "condemning", "denounced", "denounce", "denounces",
        "deplored", "deplore", "decried", "decry", "criticised", "criticized", "criticise", "criticize",
        "mourned", "welcomed", "welcome", "welcomes", "hailed", "praised", "blamed",
    }
)  # fmt: skip


_WHO_IS = frozenset({"was", "is", "were", "are"})
_SPEAKING = frozenset({"speaking", "talking", "writing", "said", "says", "told"})
_TOLD = frozenset({"told", "tells", "telling", "briefed", "briefing"})
_AUDIENCES = frozenset({"reporters", "journalists", "lawmakers", "parliament", "diplomats", "delegates"})


def _whereabouts(tokens: Sequence[Token], k: int) -> bool:
    """Whether the place at token k is where someone was when they spoke or acted: "who was in
    Abuja", "who is in Washington", "speaking in Olympia", "speaking from Kyiv", "said in Geneva",
    "told reporters in Naypyitaw that the army had targeted 'terrorists'"."""
    if k < 2 or tokens[k - 1].text.lower() not in {"in", "at", "from"}:
        return False
    verb = tokens[k - 2].text.lower()
    if verb in _SPEAKING:
        return True
    if k < 3:
        return False
    before = tokens[k - 3].text.lower()
    return (verb in _WHO_IS and before == "who") or (verb in _AUDIENCES and before in _TOLD)


def _there_for_talks(tokens: Sequence[Token], k_end: int) -> bool:
    """Whether a place where someone was (_whereabouts) is followed by why, a diplomatic event:
    "Nyusi, who was in Kigali for talks with Rwandan President Paul Kagame" (talks in Kigali)."""
    if k_end >= len(tokens) or tokens[k_end].text.lower() != "for":
        return False
    j = k_end + 1
    if j < len(tokens) and tokens[j].text.lower() in {"a", "an", "the"}:
        j += 1
    trigger = triggers().get(tokens[j].text.lower()) if j < len(tokens) else None
    return trigger is not None and trigger.category == "diplomacy"


def _a_source(tokens: Sequence[Token], k: int) -> bool:
    """Whether the place at token k names who reports, after "according to" in the same phrase:
    "according to the UN human rights office in Geneva", "according to Kenya's health ministry"."""
    for j in range(k - 1, max(0, k - 8), -1):
        word = tokens[j].text
        if word in {",", ";", ".", ":"} or word.lower() in _SUBORDINATORS:
            return False
        if word.lower() == "to" and tokens[j - 1].text.lower() == "according":
            return True
    return False


def _reacted_to(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word (an event noun) is what someone reacts to: "condemned the attack",
    "denounced Sunday's strikes", "welcomed the ceasefire". The event happened where the text
    tells it, or after the noun ("condemned the attack on Odesa"); the places before it are
    where the one who reacts is ("Tinubu, who was in Abuja, condemned the attack")."""
    return any(t.text.lower() in _REACTIONS for t in tokens[max(0, k - 4) : k])


_CALLED_OFF = frozenset({"cancelled", "canceled", "cancels", "cancel", "postponed", "postpones", "scrapped"})


_VISIT_WORDS = frozenset({"trip", "trips", "visit", "visits", "tour"})
_GATHERINGS = _VISIT_WORDS | frozenset(
    {"meeting", "meetings", "talks", "summit", "summits", "conference", "session", "round", "negotiations"}
)
"""What a sentence may say was called off: "the meeting was cancelled", "a visit ... was postponed"."""


def _called_off(tokens: Sequence[Token], k: int) -> bool:
    """Whether a trip or a visit (token k) is called off: "cancelled a trip to Washington",
    "postponed his visit to Kyiv"; or a diplomatic event (token k) of a sentence that says its
    meeting was: "hosted Tshisekedi and Kagame for talks in Luanda, but the meeting was cancelled at
    the last minute", "The summit in Baku has been postponed"."""
    word = tokens[k].text.lower()
    if word in _VISIT_WORDS and any(t.text.lower() in _CALLED_OFF for t in tokens[max(0, k - 4) : k]):
        return True
    trigger = triggers().get(word)
    if trigger is None or trigger.category != "diplomacy":
        return False
    for j in range(2, len(tokens)):
        called = tokens[j].text.lower()
        if not (
            called in _CALLED_OFF
            or (called == "called" and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "off")
        ):
            continue
        if tokens[j - 1].text.lower() not in _BE_FORMS:
            continue
        if max(0, j - 4) <= k < j - 1 and word in _GATHERINGS:
            return True  # "a visit to Ankara was postponed"
        if j >= 3 and tokens[j - 2].text.lower() in _GATHERINGS and tokens[j - 3].text.lower() in _THAT_ONE:
            return True  # "the meeting was cancelled", "the talks were called off": the sentence's
    return False


_THAT_ONE = frozenset({"the", "this", "that", "their", "his", "her", "its"})


_CALLS = frozenset(
    {"called", "calling", "calls", "call", "appealed", "appealing", "appeals", "urged", "urging", "urges"}
    | {"demanded", "demanding", "demands", "pleaded", "pleading", "pressed", "pressing", "pushed", "pushing"}
)


def _called_for(tokens: Sequence[Token], k: int) -> bool:
    """Whether a ceasefire or a truce (token k) is only asked for: "appealed for a ceasefire at the
    UN General Assembly in New York", "called for an immediate truce" (no ceasefire there)."""
    if tokens[k].text.lower() not in {"ceasefire", "truce"}:
        return False
    before = [t.text.lower() for t in tokens[max(0, k - 5) : k]]
    return "for" in before and any(w in _CALLS for w in before)


_ENDED_STATES = frozenset({"war", "wars", "hostilities", "conflict", "fighting"})
_AIMED_AT = frozenset(
    {"at", "on", "to", "toward", "towards", "for", "of", "in", "about", "by", "is", "are", "was", "were",
     "be", "been", "without", "from"}
)  # fmt: skip


def _being_ended(tokens: Sequence[Token], k: int) -> bool:
    """Whether a war (token k) is one the text says a deal ends: "a declaration ending the state of
    war", "a peace deal ended a two-year war" (the act that ends it is the event, no war there);
    not a war that goes on: "talks aimed at ending the war", "called for an end to the war"."""
    if tokens[k].text.lower() not in _ENDED_STATES:
        return False
    for e in range(max(1, k - 4), k):
        word = tokens[e].text.lower()
        if word in {"ended", "ends"} or (word == "ending" and tokens[e - 1].text.lower() not in _AIMED_AT):
            return True
    return False


_QUALIFYING_NOUNS = frozenset({"return", "evacuation", "displacement"})


_ESCAPES = frozenset({"escape", "escaped", "escapes", "escaping"})
_CONFINEMENT = frozenset(
    {"prison", "prisons", "jail", "jails", "custody", "detention", "hospital", "ward", "asylum", "cell"}
)


def _escaped_confinement(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word escapes a place of confinement within the next words: "61 patients ...
    escaped the hospital grounds", "escaped from the prison" is a breakout, no displacement (not
    "escaped the fighting in Sake")."""
    return tokens[k].text.lower() in _ESCAPES and any(
        t.text.lower() in _CONFINEMENT for t in tokens[k + 1 : k + 4]
    )


def _no_event_here(tokens: Sequence[Token], k: int) -> bool:
    if (
        _being_ended(tokens, k)
        or _called_off(tokens, k)
        or _called_for(tokens, k)
        or _returns_to_a_state(tokens, k)
        or _signed_no_pact(tokens, k)
        or _hit_without_arms(tokens, k)
        or _struck_a_deal(tokens, k)
        or _kept_from(tokens, k)
        or _a_charge(tokens, k)
        or _negated(tokens, k)
        or _lectures(tokens, k)
        or _met_whom(tokens, k)
        or _a_private_meeting(tokens, k)
        or _crossed_a_line(tokens, k)
        or _policing(tokens, k)
        or _escaped_confinement(tokens, k)
    ):
        return True
    word = tokens[k].text.lower()
    after = _NO_EVENT_WITH_NEXT.get(word)
    if after is not None and k + 1 < len(tokens):
        # "the return Amsterdam-London leg": a name between the word and the noun it qualifies
        named = tokens[k + 1].text[:1].isupper() and word in _QUALIFYING_NOUNS and k + 2 < len(tokens)
        nxt = k + 2 if named else k + 1
        if tokens[k + 1].text.lower() in after or tokens[nxt].text.lower() in after:
            return True
    only = _EVENT_ONLY_AFTER.get(word)
    if only is not None and not (k > 0 and tokens[k - 1].text.lower() in only):
        return True
    before = _NO_EVENT_AFTER.get(word)
    return before is not None and k > 0 and tokens[k - 1].text.lower() in before


_POLICED = frozenset({"captured", "capture"})
_POLICE = frozenset(
    {"police", "policemen", "officers", "deputies", "troopers", "marshals", "detectives", "sheriff", "fbi"}
)


def _policing(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word (a capture) is the police's, an arrest, no armed conflict: "A man
    charged with murder in a recent Indiana homicide has been captured by Middletown police",
    "deputies captured the escaped inmate" (a police word just before it, or after "by"). A police
    raid stays an event: "Pakistani police raided Afghan neighbourhoods in Karachi", where a
    deportation begins."""
    if tokens[k].text.lower() not in _POLICED:
        return False
    if any(t.text.lower() in _POLICE for t in tokens[max(0, k - 3) : k]):
        return True
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].text == "by"
        and any(t.text.lower() in _POLICE for t in tokens[k + 2 : k + 6])
    )


_GIVEN = frozenset(
    {"give", "gives", "gave", "giving", "given", "deliver", "delivers", "delivered", "delivering"}
)
_COUNTING = frozenset(
    {"a", "some", "about", "around", "dozens", "hundreds", "of", "public", "many", "more", "than"}
)


def _lectures(tokens: Sequence[Token], k: int) -> bool:
    """Whether "talks" (token k) are lectures given: "giving some 300 talks a year, from Beijing to
    Buenos Aires" of an obituary (not "held talks")."""
    if tokens[k].text.lower() not in {"talk", "talks"}:
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        word = tokens[j].text.lower()
        if word in _GIVEN:
            return True
        if not (word in _COUNTING or word.replace(",", "").isdigit()):
            return False
    return False


def _crossed_a_line(tokens: Sequence[Token], k: int) -> bool:
    """Whether a crossing (token k) is of a race's line: "crossed the line 39 seconds ahead", "crossed
    the finish line" (not "crossed the line of contact", which a map would show nowhere either)."""
    words = [t.text.lower() for t in tokens[k + 1 : k + 4]]
    return tokens[k].text.lower() in {"crossed", "crosses", "crossing", "cross"} and (
        words[:2] in (["the", "line"], ["the", "finish"])
    )


_PRIVATE_MEETINGS = frozenset(
    {"board", "shareholders", "shareholder", "staff", "team", "club", "family", "church", "school"}
    | {"parents", "business", "sales", "investor", "investors", "budget", "planning", "zoning", "union"}
    | {"neighbourhood", "neighborhood", "community", "fan", "fans", "general"}
)
"""Before "meeting" or "talks", who meets privately: "a board meeting in London", "the annual general
meeting" (no diplomacy)."""


def _a_private_meeting(tokens: Sequence[Token], k: int) -> bool:
    """Whether a meeting or talks (token k) are a board's, a club's or a family's, no diplomacy."""
    return (
        tokens[k].text.lower() in {"meeting", "meetings", "talks"}
        and k >= 1
        and tokens[k - 1].text.lower() in _PRIVATE_MEETINGS
    )


def _met_whom(tokens: Sequence[Token], k: int) -> bool:
    """Whether "met" (token k) ends a relative clause of someone the subject had come to know:
    "the palaeontologist Louis Leakey, whom she had met in Nairobi" is no meeting of officials."""
    return tokens[k].text.lower() in {"met", "meet"} and any(
        t.text.lower() == "whom" for t in tokens[max(0, k - 4) : k]
    )


_ARMED_OPERATION = frozenset(
    {"military", "ground", "army", "air", "naval", "security", "counterterrorism", "counter-terrorism"}
    | {"counterinsurgency", "counter-insurgency", "anti-terror", "combat", "armed", "special"}
)
_SOUGHT = frozenset(
    {"sought", "seek", "seeks", "seeking", "took", "take", "takes", "taking", "taken", "found", "find"}
    | {"finds", "finding"}
)
_AN_AUXILIARY = frozenset({"were", "are", "was", "is", "been", "be", "still", "now", "already"})
_EVENT_ONLY_AFTER = {
    "operation": _ARMED_OPERATION,
    "operations": _ARMED_OPERATION,
    "refuge": _SOUGHT,
    "shelter": _SOUGHT,
    "crossing": _AN_AUXILIARY,
}
"""Words of an event only right after one of these: "launched a ground operation in Jenin", "military
operations in Rafah" (not "a rescue operation", "flight operations"); "Thousands sought refuge in
churches in Bangui", "12,000 people from Manipur had taken shelter in Aizawl" (not "a wildlife
refuge", "shelters in Paducah"); "refugees were still crossing into Chad at Adre" (a
verb: not "the Rafah crossing", nor a storm's "landfall near Vilanculos after crossing from
Madagascar")."""


_NOT = frozenset({"not", "never"})
_DEPORTED = frozenset({"deported", "deportation", "deportations"})
_THREAT = frozenset({"threat", "threats", "threatened", "risk", "risks", "fear", "fears", "face", "faces"})


def _only_threatened(tokens: Sequence[Token], k: int) -> bool:
    """Whether a deportation (the k-th word) is only a threat the six words before it name: "now
    face the threat of detention, and even deportation to Turkey" deports no one yet (a warning,
    as displacement to come is)."""
    return tokens[k].text.lower() in _DEPORTED and any(
        t.text.lower() in _THREAT for t in tokens[max(0, k - 6) : k]
    )


def _negated(tokens: Sequence[Token], k: int) -> bool:
    """Whether "not" or "never" goes right before the k-th word or its "to": "advised people not
    to travel to the affected parts of Kerala", "the families have not returned", "They don't
    arrive at school until after 8:30" (a contraction is one token: "don't", "haven’t")."""
    before = tokens[k - 1].text.lower() if k > 0 else ""
    if _a_no(before):
        return True
    return before == "to" and k > 1 and _a_no(tokens[k - 2].text.lower())


def _a_no(word: str) -> bool:
    """Whether a word (lower case) says no: "not", "never", or a contraction with "n't"."""
    return word in _NOT or word.endswith(_CONTRACTED_NOT)


_CONTRACTED_NOT = ("n't", "n’t")


_CHARGED = frozenset(
    {("charged", "with"), ("charges", "of"), ("charge", "of"), ("accused", "of"), ("convicted", "of")}
    | {("guilty", "of"), ("count", "of"), ("counts", "of"), ("suspicion", "of")}
)
"""Words before a crime someone is charged with: "on charges of aggravated fleeing"."""


def _a_charge(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word names a crime someone is charged with, right after the charge's words or
    after words in small letters that qualify it ("booked on charges of aggravated fleeing", "charged
    with attempted kidnapping"): a court's word, no event."""
    for gap in range(3):  # up to two qualifying words between
        a = k - gap - 2
        between = tokens[k - gap].text
        if a < 0 or (gap and not (between.isalpha() and between.islower())):
            return False
        if (tokens[a].text.lower(), tokens[a + 1].text.lower()) in _CHARGED:
            return True
    return False


_PREVENTING = frozenset(
    {"forbade", "forbid", "forbids", "forbidden", "barred", "bars", "banned", "bans", "prevented"}
    | {"prevents", "stopped", "stops", "blocked", "blocks", "prohibited", "prohibits", "kept", "keeps"}
)
"""Verbs that keep people from doing what the word after "from" says: no movement happened."""


def _kept_from(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word follows "from" after a verb that kept people from it: "Egypt forbade
    hundreds of Muslims from leaving Cairo", "residents were prevented from returning to Gaza"."""
    return (
        k > 1
        and tokens[k - 1].text.lower() == "from"
        and any(t.text.lower() in _PREVENTING for t in tokens[max(0, k - 9) : k - 1])
    )


_ARMS = frozenset(
    {
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "shelling",
        "bomb", "bombs", "airstrike", "airstrikes", "strike", "strikes", "jets", "warplanes", "aircraft",
        "artillery", "mortar", "mortars", "forces", "troops", "army", "militants", "rebels", "fighters",
        "attack", "attacks", "projectile", "projectiles", "munitions", "grenade", "grenades", "military",
        "militia", "insurgents", "gunmen", "explosive", "explosives", "bombing", "bombardment", "fire",
    }
)  # fmt: skip
_NOT_STRUCK = frozenset(
    {"deal", "deals", "agreement", "chord", "note", "tone", "balance", "pose", "gold"}
    # "oil prices struck a three-month low"
    | {"low", "lows", "high", "highs", "peak", "bottom"}
)


def _hit_without_arms(tokens: Sequence[Token], k: int) -> bool:
    """Whether "hit" or "targeted" (token k) is no military strike: no weapon or armed force within
    eight words before it or four after ("the jackpot has been hit", "unemployment hit its highest
    level", "India has been hit by protests", "targeted advertising"; not "a missile hit a school",
    "Kharkiv was hit by drones", "the strikes targeted the towns of Nabatieh and Khiam")."""
    if tokens[k].text.lower() not in {"hit", "hits", "targeted", "targeting"}:
        return False
    return not _armed_near(tokens, k)


def _armed_near(tokens: Sequence[Token], k: int) -> bool:
    """Whether a weapon or an armed force is named within eight words before token k or four after."""
    return _beside(tokens, k, _ARMS, before=8)


def _beside(tokens: Sequence[Token], k: int, words: Container[str], before: int = 6) -> bool:
    """Whether one of `words` stands within `before` words before tokens[k] or four after it."""
    return any(t.text.lower() in words for t in tokens[max(0, k - before) : k + 5])


def _struck_a_deal(tokens: Sequence[Token], k: int) -> bool:
    """Whether "struck" (token k) strikes a deal, a chord or a balance, no target."""
    return tokens[k].text.lower() == "struck" and any(
        t.text.lower() in _NOT_STRUCK for t in tokens[k + 1 : k + 4]
    )


_PACTS = frozenset(
    {
        "agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "pacts",
        "deal", "ceasefire", "cease-fire", "truce", "armistice", "memorandum", "mou", "protocol",
        "declaration", "communique", "charter", "convention", "roadmap", "road",
    }
)  # fmt: skip
_NOT_PACTS = frozenset(
    {"legislation", "law", "laws", "bill", "bills", "statement", "loan", "contract", "petition", "order"}
)
PACT_WINDOW = 6
"""How many words around "signed" may name what was signed."""


def _signed_no_pact(tokens: Sequence[Token], k: int) -> bool:
    """Whether "signed" (token k) signs no pact between parties: no agreement's noun within
    PACT_WINDOW words ("a statement he signed yesterday in Abuja", "the loan signed today"), or a
    law, a loan or a contract right after it ("signed legislation last week"). A company's deal
    stays one ("Exxon signed a deal with Rosneft"): nothing here tells it from a state's."""
    if tokens[k].text.lower() != "signed":
        return False
    around = [t.text.lower() for t in tokens[max(0, k - PACT_WINDOW) : k + PACT_WINDOW + 1]]
    after = [t.text.lower() for t in tokens[k + 1 : k + 4]]
    return not any(w in _PACTS for w in around) or any(w in _NOT_PACTS for w in after)


_VEHICLES = frozenset(
    {
        "car",
        "cars",
        "truck",
        "lorry",
        "bus",
        "train",
        "tram",
        "vehicle",
        "van",
        "taxi",
        "motorcycle",
        "motorbike",
        "pickup",
        "suv",
        "sedan",
        "minivan",
        "tractor-trailer",
        "semi",
    }
)


_IMPACTS = frozenset({"struck", "hit", "strikes", "strike"})
_WEAPONS = frozenset(
    {"drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs"}
    | {"jet", "jets", "warplane", "warplanes", "airstrike", "airstrikes", "artillery", "shelling"}
    | {"projectile", "projectiles", "munition", "munitions", "mortar", "mortars"}
)
VEHICLE_REACH = 8


def _a_vehicle_strikes(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word, a word of impact, is a vehicle's: "hit by a truck", or a car, a bus or
    a pickup the nearest thing before it in its clause, with no weapon between ("his pickup crossed
    the center line and struck a car"; not "a drone struck a bus"); or it strikes a car named by its
    model year ("it struck a 2003 Honda Accord")."""
    after = [t.text.lower() for t in tokens[k + 1 : k + 5]]
    if after[:1] == ["by"]:
        return next((w in _VEHICLES for w in after[1:] if w not in {"a", "an", "the", "his", "her"}), False)
    if (
        len(after) == 4
        and after[0] in _DETERMINERS
        and _MODEL_YEAR.fullmatch(after[1])
        and tokens[k + 3].text[:1].isupper()
    ):
        return True
    return _one_before_other(reversed(tokens[max(0, k - VEHICLE_REACH) : k]), _VEHICLES, _NO_VEHICLE)


_MODEL_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year before a make of car: "a 2003 Honda Accord", "an eastbound 1996 Chevrolet"."""
_AIRCRAFT = frozenset(
    {"aircraft", "warplanes", "jets", "planes", "fighters", "bombers", "drones", "warships", "vessels"}
)
"""Military craft that cross lines and borders: no people on the move."""
_NO_VEHICLE = _WEAPONS | _AIRCRAFT | _SENTENCE_STOPS | {","}
"""Before a word of impact, what ends the search for a vehicle that strikes: a weapon, a clause's end."""


def _a_hazard_moves(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of the k-th word, a word of moving ("headed", "moved"), is a hazard:
    "The storm then headed toward the Dominican Republic" moves no people there."""
    j = k - 1
    while j >= 0 and tokens[j].text.lower() in _AUXILIARIES:  # "The storm then headed"
        j -= 1
    if j >= 2 and tokens[j].text.lower() == "to" and tokens[j - 1].text.islower():
        # "The storm was forecast to cross eastern Cuba", "is expected to move": the subject of the
        # verb "to" follows
        j -= 2
        while j >= 0 and tokens[j].text.lower() in _AUXILIARIES_OR_BE:
            j -= 1
    if j >= 0 and tokens[j].text.lower() in _AND_THEN:
        # "Hurricane Milton strengthened into a Category 5 storm ... and headed for Florida", "The
        # typhoon made landfall on Fuga Island ... before moving toward southern China": the
        # subject of the clause's first verb, a hazard named before any people (not "Thousands of
        # residents fled the floods and headed to Lismore")
        start = j
        while start > 0 and not (tokens[start - 1].text in OPENERS or tokens[start - 1].text in {".", ";"}):
            start -= 1
        # the clause's own words, without a relative clause ("The storm then crossed eastern Cuba,
        # where 735,000 people had been evacuated ..., before heading for the Bahamas")
        own = _without_relative_clauses(tokens[start:j])
        return _one_before_other(own[-MAX_ROLE_TOKENS:], _HAZARDS_MOVING, _PEOPLE_WORDS)
    if j >= 0 and tokens[j].text.lower() in {"that", "which"}:
        # "an EF-3 tornado with winds of 140 mph that travelled 22 miles from near Rogersville": the
        # relative clause's subject, the nearest noun of people or hazard before it
        return _one_before_other(
            reversed(tokens[max(0, j - RELATIVE_REACH) : j]), _HAZARDS_MOVING, _PEOPLE_OR_STOPS
        )
    return (
        j >= 0
        # "survivors of last week's earthquake have left Antakya": the hazard ends the people's noun
        and _head_before_places(tokens, j) == j
    ) and (
        tokens[j].text.lower() in _HAZARDS
        or tokens[j].text.lower() in _SPREADING
        or tokens[j].text.lower() in _RISING
    )


def _without_relative_clauses(tokens: Sequence[Token]) -> list[Token]:
    """`tokens` without the relative clauses a comma opens with "where", "which" or "who" and a
    comma closes (one left open at the end is dropped too)."""
    out: list[Token] = []
    inside = False
    for k, t in enumerate(tokens):
        if t.text == ",":
            if inside:
                inside = False
                continue
            if k + 1 < len(tokens) and tokens[k + 1].text.lower() in _RELATIVE_OPENERS:
                inside = True
                continue
        if not inside:
            out.append(t)
    return out


RELATIVE_REACH = 8
"""How far before "that" or "which" the subject of a relative clause of moving is looked for."""


def _one_before_other(tokens: Iterable[Token], wanted: Container[str], stops: Container[str]) -> bool:
    """Whether, reading `tokens` in the order given, a word of `wanted` comes before any of `stops`
    (a word of both counts as wanted)."""
    for t in tokens:
        word = t.text.lower()
        if word in wanted:
            return True
        if word in stops:
            return False
    return False


_WALKS = frozenset({"walked", "walking"})
_AND_THEN = frozenset({"and", "before", "after"})
"""Words after which a verb of moving has the subject of the verb before them."""
_RISING = frozenset(
    {"river", "rivers", "water", "waters", "level", "levels", "toll", "tide", "lake", "reservoir"}
    | {"temperature", "temperatures", "prices", "inflation"}
)
"""What rises to a mark as the subject of "reached": "the Guaiba river reached a record 5.3 meters"
moves no people to Porto Alegre."""


_SPREADING = frozenset(
    {"fire", "fires", "blaze", "blazes", "flames", "floodwaters", "floodwater", "lava", "smoke", "flows"}
)
"""Besides the natural hazards, what spreads as the subject of a word of moving: "with the fire
moving south-east towards Ararat", "Lava flows reached the outskirts of Zafferana Etnea" move no
people (not hazards of a strike: "opened fire")."""
_HAZARDS_MOVING = _HAZARDS | _SPREADING
_PEOPLE_OR_STOPS = _PEOPLE_WORDS | _SENTENCE_STOPS


_FIGHTING = frozenset({"fighting", "fight", "fights", "fought"})
_FOUGHT = _HAZARDS | {"fire", "fires", "blaze", "blazes", "flames"}
"""What crews fight that no army does: a natural hazard or a fire."""


def _fights_a_hazard(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word, a fight's, fights a hazard or a fire: one right before it ("the flood
    fighting effort", "fire fighting crews") or as its object within three words ("fighting the
    blaze", "fought the wildfire for days"); or an illness right after it or its "against"
    ("its efforts in fighting AIDS", "the fight against malaria")."""
    if k > 0 and tokens[k - 1].text.lower() in _FOUGHT:
        return True
    if any(t.text.lower() in _FOUGHT for t in tokens[k + 1 : k + 4]):
        return True
    after = [t.text.lower() for t in tokens[k + 1 : k + 4] if t.text.lower() not in _AGAINST_THE]
    return bool(after) and after[0] in _ILLS


_ILLS = frozenset(
    {"disease", "diseases", "virus", "viruses", "epidemic", "epidemics", "pandemic", "outbreak", "outbreaks"}
    | {"aids", "hiv", "malaria", "cholera", "ebola", "polio", "measles", "tuberculosis", "flu", "influenza"}
    | {"cancer", "infection", "infections", "plague", "mpox", "dengue", "covid", "covid-19", "coronavirus"}
)
"""Illnesses, which are fought and strike as no army does: "fighting AIDS", "the deadly disease has
struck in Ituri district"."""
_AGAINST_THE = frozenset({"against", "the", "a", "an", "off", "back", "this", "its", "their"})


def _struck_by_hazard(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word ("hit", "struck") is struck by a natural hazard the sentence names
    before it ("Bushfires have destroyed 200 homes, with Cobargo among the worst hit"), or by a
    vehicle or hazard right after it ("a boy ... was hit by a car", "struck by lightning"); or by
    an illness just before it, its subject ("The deadly disease has struck in Ituri district")."""
    if any(t.text.lower() in _HAZARDS for t in tokens[:k]):
        return True
    if any(t.text.lower() in _ILLS for t in tokens[max(0, k - ILL_REACH) : k]):
        return True
    after = [t.text.lower() for t in tokens[k + 1 : k + 4]]
    if not after or after[0] != "by":
        return False
    agent = (
        after[2] if len(after) > 2 and after[1] in {"a", "an", "the"} else after[1] if len(after) > 1 else ""
    )
    return agent in _VEHICLES or agent in _HAZARDS


ILL_REACH = 4
"""How many words before a word of striking an illness that strikes may stand: "Ebola has struck"."""


_AGENT_NOUNS = frozenset(
    {
        "group",
        "groups",
        "agency",
        "agencies",
        "worker",
        "workers",
        "official",
        "officials",
        "organisations",
        "organizations",
        "organisation",
        "organization",
    }
)
"""After a humanitarian trigger, these make it a modifier of who acts, not an event: "aid groups
said"."""
_ORGANISERS = frozenset(
    {"organizers", "organisers", "organizer", "organiser", "spokesman", "spokeswoman", "spokesperson"}
)
"""After a meeting's word, these make it a modifier of who speaks: "Conference organizers report cases
in Mozambique and Botswana" is no conference there."""
_WHO_ACTS: dict[str, frozenset[str]] = {"humanitarian": _AGENT_NOUNS, "diplomacy": _ORGANISERS}
"""The nouns after a trigger of each category that make the trigger a modifier of who acts."""
MAX_DATE_CHARS = 100
"""A date expression dates a trigger at most this many characters away, unless the sentence opens
with it (_OPENING_DATE)."""
_OPENING_DATE = re.compile(r"\s*(?:(?:On|In|By|As\s+of|As\s+at|Early\s+on|Late\s+on)\s+)?")
"""What may stand before a date that opens a sentence, a comma after it: "On 13 April, ...", "In
March, ...", "As of 20 May, ..."."""
_ACTOR_STOP = frozenset(
    {"the", "a", "an", "in", "on", "at", "but", "and", "as", "since", "after", "source"}
    # "on Tuesday Blinken signed": a day or a month is no actor's first name
    | CALENDAR_WORDS
)


@dataclass
class _Found:
    token: Token
    trigger: Trigger
    places: list[EventPlace] = field(default_factory=list)


MAX_CUE_BACK = 8
MAX_CUE_CHAIN = 6
"""A cue stands at most MAX_CUE_BACK - 1 words before its place, or up to MAX_CUE_CHAIN words more
where all the words between are of names joined as one phrase ("left the Libyan port of Zuwara and
the Tunisian city of Sfax", "struck facilities in the western city of Lviv and the central region
of Vinnytsia")."""


_NOT_AS_CONJUNCTION = frozenset({"such", "well", "known", "same", "as", "so", "serve", "serves", "served"})


def _as_a_conjunction(tokens: Sequence[Token], idx: int) -> bool:
    """Whether "as" (token idx) opens a clause ("meet in Tehran as Turkey threatens"), not "such
    as", "as well as", "known as" or "served as"."""
    return (
        tokens[idx].text.lower() == "as"
        and (idx == 0 or tokens[idx - 1].text.lower() not in _NOT_AS_CONJUNCTION)
        and not (idx + 1 < len(tokens) and tokens[idx + 1].text.lower() in {"well", "part", "far"})
    )


def _role(
    tokens: Sequence[Token], k: int, lexicon: dict[str, Trigger], listed: bool = True
) -> tuple[str | None, int]:
    """The cue role of a place starting at token k, from the few words before it, and where the cue
    is; through the commas of a list of names where `listed`."""
    if k >= 2 and tokens[k - 1].text.lower() == "with" and tokens[k - 2].text.lower() in _BORDER_WORDS:
        j = k - 3 if k >= 3 and tokens[k - 3].text.lower() == "the" else k - 2
        if j >= 1 and tokens[j - 1].text.lower() in _TO:
            return "destination", j - 1  # "fled towards the border with Bangladesh": they head there
        return None, k  # "an attack near the border with Niger" was not in Niger
    cues = event_cues()
    part_at = -1
    for back in range(1, MAX_CUE_BACK + MAX_CUE_CHAIN):
        idx = k - back
        if idx < 0:
            return None, k
        if back >= MAX_CUE_BACK and not _all_modify(tokens, idx, k, listed):
            return None, k
        word = tokens[idx].text.lower()
        if word in _SUBORDINATORS or word in _REPORTING or _as_a_conjunction(tokens, idx):
            return None, idx  # "in northern Shan state after the Myanmar ... Army seized", "meet in
            # Tehran as Turkey threatens ...", "meets Sharaa in Riyadh and says U.S. sanctions":
            # another clause
        if word == "," and listed and _mid_list(tokens, idx, k):
            continue  # "crossed into Cameroon, Chad and Niger": Chad and Niger are crossed into too
        if word == "," and idx == k - 1 and idx > 0 and tokens[idx - 1].text.lower() in _PLACE_NOUNS:
            continue  # "evacuated from their homes in the Welsh capital, Cardiff": the name in
            # apposition takes the role of the noun before it
        if (
            word == "in"
            and listed
            and idx > 1
            and idx + 1 < k - 1
            and tokens[k - 1].text in {"and", "or"}
            # one capitalised word before "in", after a lower-case one: a name, not "Estado Mayor Central"
            and tokens[idx - 1].text[:1].isupper()
            and not tokens[idx - 2].text[:1].isupper()
            and all(t.text[:1].isupper() for t in tokens[idx + 1 : k - 1])
        ):
            continue  # "from Sfax in Tunisia and Zuwara in Libya": "in Tunisia" places the name before
        if word == "," and idx + 1 < k and tokens[idx + 1].text.lower() in _INCLUDING:
            # "evacuated from communities along the border, including Metula and Shlomi": the
            # examples take the role of the phrase they are examples of
            return _role(tokens, idx, lexicon, listed)
        if word in _STOP_BACK or word in lexicon:
            is_object = word in lexicon and _all_modify(tokens, idx, k, listed)
            return ("object" if is_object else None), idx
        if idx == part_at:
            continue  # (the part's noun, no bearing here: "the west of")
        if (
            word == "of"
            and idx > 1
            and tokens[idx - 1].text.lower() in _PLACE_NOUNS
            and tokens[idx - 2].text.lower() == "the"
        ):
            part_at = idx - 1  # "fled towards the west of the city and Deir al-Balah": a part of a
            continue  # place, not a bearing ("west of Goma"); the cue comes before
        two = f"{tokens[idx - 1].text.lower()} {word}" if idx > 0 else ""
        if two in cues:
            return cues[two], idx - 1
        if word == "of" and idx > 0 and tokens[idx - 1].text.lower() in _PLACE_NOUNS | {"control"}:
            continue  # "the province of Latakia", "seized control of Kidal": the cue comes before
        if word == "of" and not (
            idx > 0 and (tokens[idx - 1].text.lower() in lexicon or tokens[idx - 1].text.lower() in _PEOPLE)
        ):
            return None, idx  # "the siege of Mariupol", "residents of Kherson"; not "the median
            # line of the Taiwan Strait"
        if word in cues:
            if (
                cues[word] == "venue"
                and word in {"in", "at", "near", "around"}
                and _goes_to(tokens, idx, lexicon)
            ):
                return "to_venue", idx
            if (
                cues[word] == "venue"
                and word in {"in", "at", "near", "around"}
                and _goes_to(tokens, idx, lexicon, _FROM)
            ):
                return "origin", idx  # "fled from camps in Yola", "walked from villages around Dinsor"
            if (
                cues[word] == "venue"
                and word in {"in", "near", "around"}
                and _homes_of_people(tokens, idx, lexicon)
            ):
                return "homes", idx  # "residents of border villages in Uri and Kupwara moved"
            if word == "on" and _on_the_edge_of(tokens, idx, k):
                # "fled for camps on the outskirts of Baidoa": where they went, like "near"
                return ("to_venue" if _goes_to(tokens, idx, lexicon) else "venue"), idx
            if word == "from" and idx > 0 and tokens[idx - 1].text.lower() in _CARRIED_MATTER:
                return None, idx  # "Flood waters from the Cedar River", "smoke from fires in Quebec"
            if word in {"from", "to"} and _an_extent(tokens, idx):
                return "venue", idx  # "coastal areas from Hokkaido to Okinawa": where, not whence
            if (
                word == "from"
                and idx > 0
                and (tokens[idx - 1].text.lower() in _TEAMS or tokens[idx - 1].text.lower() in _REPORTED_FROM)
            ):
                # "Rescue teams from Shenzhen and Shantou have arrived": where people on duty come
                # from; "reported from Tyre": where a report comes from
                return None, idx
            if word == "to" and idx > 0 and tokens[idx - 1].text.lower() in _BOUND_TO:
                return None, idx  # "accused of belonging to the Tren de Aragua gang": no destination
            if word == "to" and idx + 1 < k and tokens[idx + 1].text.lower() in _LEAVE_VERBS:
                return "origin", idx  # "told to leave Bairnsdale", "ordered to leave the eastern parts of"
            if word == "for" and _for_a_notice(tokens, idx):
                return "concerned", idx  # "evacuation orders for North Lismore": the area it covers
            if word == "to" and _notice_extended(tokens, idx):
                return "concerned", idx  # "evacuation orders were extended to parts of Pasadena"
            if word == "for" and _a_noun_for(tokens, idx):
                return None, idx  # "Pokrovsk, a logistics hub for the Donetsk region": what a thing is for
            return cues[word], idx
    return None, k


def _an_extent(tokens: Sequence[Token], idx: int) -> bool:
    """Whether "from" or "to" (token idx) bounds a stretch of land a noun of it names: "told to
    evacuate coastal areas from Hokkaido to Okinawa", "isolated across the Mid North Coast, from Port
    Macquarie to Forster" (where people are, not a journey)."""
    j = idx
    if tokens[idx].text.lower() == "to":
        # back over the names after "from" ("from Port Macquarie to")
        j = idx - 1
        while j > 0 and (tokens[j].text[:1].isupper() or tokens[j].text in {"-", "'s", "’s"}):
            j -= 1
        if tokens[j].text.lower() != "from":
            return False
    before = j - 1
    if before > 0 and tokens[before].text == ",":
        before -= 1
    return before >= 0 and tokens[before].text in _EXTENTS  # lower case: not "the United States"


_EXTENTS = frozenset(
    {"areas", "coast", "coastline", "coasts", "stretch", "communities", "towns", "villages", "regions"}
    | {"provinces", "states", "parts"}
)
"""Nouns of a stretch of land that "from ... to ..." may bound (not "border": "poured across the
border from Pakistan" came from Pakistan)."""


_WIDENED = frozenset({"extended", "expanded", "widened", "broadened", "issued", "lifted"})


def _notice_extended(tokens: Sequence[Token], idx: int) -> bool:
    """Whether "to" (token idx) follows a notice's widening ("evacuation orders were extended to",
    "the warning was expanded to"): the place after it is the area the notice now covers, not where
    anyone goes."""
    return (
        idx > 1
        and tokens[idx - 1].text.lower() in _WIDENED
        and any(tokens[m].text.lower() in _NOTICES for m in range(max(0, idx - 5), idx - 1))
    )


_BOUND_TO = frozenset(
    {"belonging", "belong", "belongs", "linked", "loyal", "allied", "close", "next", "similar", "related"}
    | {"tied", "connected", "affiliated", "according", "due", "opposed", "akin", "attached"}
)
"""Words before "to" that make it no way anywhere: "belonging to the Tren de Aragua gang", "close to
Hezbollah", "according to Kyiv"."""
_TEAMS = frozenset(
    {"team", "teams", "crew", "crews", "rescuers", "firefighters", "medics", "volunteers", "experts"}
    | {"engineers", "inspectors", "investigators", "delegation", "delegates", "officials", "journalists"}
)
"""People on duty (not armed men, whom an evacuation may move: "civilians and rebels from Aleppo")
whose "from" says where they were sent from."""
_REPORTED_FROM = frozenset(
    {"reported", "reporting", "reports", "speaking", "writing", "filed", "broadcasting"}
)
"""Before "from" and a place, what makes it where a report comes from: "reported from Tyre"."""
_RETURNEES = frozenset({"returnees"})


def _evacuates_from_elsewhere(tokens: Sequence[Token], t_index: int) -> bool:
    """Whether an evacuation (the word at t_index) says where from ("Britain evacuated its
    diplomats from Khartoum to Cyprus", "Beijing evacuated 52,000 people from Guangdong") or moves
    its subject's own people ("Britain evacuated its diplomats"): the subject is who evacuates, not
    where from."""
    for m in range(t_index + 1, min(len(tokens), t_index + 1 + FROM_ELSEWHERE_REACH)):
        word = tokens[m].text.lower()
        if word == "from" or (word in {"its", "their"} and m == t_index + 1):
            return True
        if _inside_a_number(tokens, m, t_index + 1):
            continue  # the comma of "52,000"
        if word in _SENTENCE_STOPS or word in {",", "and", "as", "after", "before"}:
            return False
    return False


FROM_ELSEWHERE_REACH = 8
"""How many words after an evacuation its "from" may stand ("evacuated more than 52,000 people from")."""
_CITIZENS = frozenset({"nationals", "citizens"})
"""People a country's adjective names as its citizens, who are evacuated home, not from it."""
NOTICE_LIST_REACH = 20


def _for_a_notice(tokens: Sequence[Token], idx: int) -> bool:
    """Whether "for" (token idx) names the area a notice covers: "evacuation orders for North
    Lismore", "an evacuation order was issued for parts of Lismore ... and for the towns of
    Murwillumbah" (an "and for" goes on with the "for" before it)."""
    before = tokens[idx - 1].text.lower() if idx > 0 else ""
    if before in _NOTICES:
        return True
    if before in _WIDENED:
        return any(tokens[m].text.lower() in _NOTICES for m in range(max(0, idx - 5), idx - 1))
    if before not in {"and", ","}:
        return False
    for m in range(idx - 2, max(-1, idx - NOTICE_LIST_REACH), -1):
        if tokens[m].text in _SENTENCE_STOPS:
            return False
        if tokens[m].text.lower() == "for":
            return _for_a_notice(tokens, m)
    return False


_CARRIED_MATTER = frozenset(
    {"water", "waters", "floodwater", "floodwaters", "rain", "rains", "smoke", "ash", "lava", "mud"}
    | {"runoff", "debris", "fumes", "dust", "haze"}
)
"""What comes "from" a place without people leaving it: "Flood waters from the Cedar River continued
to rise", "smoke from wildfires in Quebec"."""


_SERVED_BY = frozenset(
    {"support", "backing", "solidarity", "sympathy", "sanctions", "plan", "plans", "proposal", "proposals"}
    | {"strategy", "envoy", "ambassador", "guarantees"}
)
"""Nouns right before "for" and a name that serve the place named, not take anyone there: "support
for Ukraine", "a peace plan for Gaza", "the U.S. envoy for Sudan"."""


def _a_noun_for(tokens: Sequence[Token], idx: int) -> bool:
    """Whether "for" (token idx) ends an indefinite noun phrase, "a logistics hub for", "an
    outpost for": what a thing serves, not where people go ("left for Tawila")."""
    if tokens[idx - 1].text.lower() in _CARRIERS:
        return False  # "boarded a bus for Kharkiv" is bound there
    if tokens[idx - 1].text.lower() in _SERVED_BY:
        return True  # "to discuss support for Ukraine": whom it serves, not where anyone goes
    for j in range(idx - 1, max(-1, idx - 4), -1):
        word = tokens[j].text
        if word.lower() in {"a", "an"}:
            return j < idx - 1
        if not (word.isalpha() and word.islower()):
            return False
    return False


def _all_modify(
    tokens: Sequence[Token], lo: int, k: int, listed: bool, words: Callable[[str], bool] | None = None
) -> bool:
    """Whether every word between tokens lo and k modifies the place at k (`words`, by default
    `_modifies_place`), or is a comma of the list of names it is in (where `listed`)."""
    modifies = words or _modifies_place
    return all(
        modifies(t.text)
        or (t.text == "," and listed and _mid_list(tokens, j, k))
        # the last name of a list: "hit the towns of Nabatieh, Tyre and Bint Jbeil"
        or (
            t.text in {"and", "or"}
            and listed
            and j == k - 1
            and j > lo + 1
            and tokens[j - 1].text[:1].isupper()
        )
        for j, t in enumerate(tokens[lo + 1 : k], lo + 1)
    )


def _qualifies(before: Place | None, place: Place, text: str) -> bool:
    """Whether `place` follows `before` after a comma as the province or country that holds it
    ("Retford, Nottinghamshire", "El Paso, Texas"), not as the next name of a list."""
    return (
        before is not None
        and text[before.end : place.start].strip() == ","
        and place.feature_code in {"ADM1", "ADM2", "PCLI"}
        and before.country_code == place.country_code
        and (place.feature_code == "PCLI" or before.feature_code not in {"ADM1", "PCLI"})
        # a province that does not hold the town before it is the next name of a list ("from Surin,
        # Sisaket, Buriram and Ubon Ratchathani provinces": Sisaket is no town of Buriram)
        and not (
            place.feature_code == "ADM1" and before.admin1 and place.admin1 and before.admin1 != place.admin1
        )
        # two divisions of one level are a list, not one held by the other ("evacuated in Albay,
        # Camarines Norte and Catanduanes")
        and not (before.feature_code == place.feature_code == "ADM2")
    )


def _mid_list(tokens: Sequence[Token], comma: int, k: int) -> bool:
    """Whether the comma (token `comma`) joins names of a list that the place at token k is in:
    a name on each side of it, and "and" or "or" after the first name of the list (between the
    comma and the place, or right after the place's name). Not "Bakhmut, Kyiv said"."""
    if comma == 0 or comma + 1 >= len(tokens) or not tokens[comma - 1].text[:1].isupper():
        return False
    if tokens[comma + 1].text in {"and", "or"}:
        return True  # the comma before the last name: "Retford, Nottinghamshire, and Gainsborough"
    if not tokens[comma + 1].text[:1].isupper():
        return False
    if any(t.text in {"and", "or"} for t in tokens[comma + 1 : k]):
        return True
    after = k
    while after < len(tokens) and (tokens[after].text[:1].isupper() or _abbreviation_dot(tokens, after)):
        after += 1  # "Portland, St. Thomas and Clarendon": the name's abbreviated word goes on
    return after < len(tokens) and tokens[after].text in {"and", "or", ","}


def _abbreviation_dot(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is the full stop of an abbreviated first word of a name ("St.", "Ft.", "Mt.")."""
    return (
        tokens[k].text == "."
        and k > 0
        and tokens[k].start == tokens[k - 1].end
        and tokens[k - 1].text.lower() in NAME_ABBREVIATIONS
    )


_BORDER_WORDS = frozenset({"border", "borders", "frontier"})
_TO = frozenset({"to", "into", "towards", "toward"})


_TO_OR_FOR = _TO | {"for"}
_FROM = frozenset({"from"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _on_the_edge_of(tokens: Sequence[Token], idx: int, k: int) -> bool:
    """Whether "on" (token idx) opens "on the outskirts of" (the edge, the edges) right before the
    place at the k-th token."""
    words = [t.text.lower() for t in tokens[idx + 1 : k]]
    return (
        len(words) == 3
        and words[0] == "the"
        and words[1] in {"outskirts", "edge", "edges"}
        and words[2] == "of"
    )


def _homes_of_people(tokens: Sequence[Token], idx: int, lexicon: dict[str, Trigger]) -> bool:
    """Whether "in", "near" or "around" (token idx) ends people "of" a few common words: "residents
    of border villages in Uri", "families of farming communities near Kupiansk" (_goes_to's
    words): where those people live, which they leave."""
    if not _goes_to(tokens, idx, lexicon, _OF):
        return False
    of = next(j for j in range(idx - 1, -1, -1) if tokens[j].text.lower() == "of")
    return of > 0 and tokens[of - 1].text.lower() in _PEOPLE


_OF = frozenset({"of"})


_ON_THE_WAY = frozenset({"a", "an", "the", "and", "at", "of", "their", "his", "her", "what"})
"""The function words that may stand between "to" and "in" where people go: "to a camp at a
school in", "returning to what remains of their homes in Gaza City"."""


_STAYING = frozenset({"remain", "remains", "stay", "stays"})


def _goes_to(
    tokens: Sequence[Token], idx: int, lexicon: dict[str, Trigger], openers: frozenset[str] = _TO_OR_FOR
) -> bool:
    """Whether "in", "at", "near" or "around" (token idx) ends "to" and a few common words (and a
    count: "moved to 45 relief camps in Kalpetta"): "fled to camps in Yola", "were moved to a
    school at Kakuma", "moved to a camp at a school in Naivasha", "to camps near Nowshera", "to
    regime-controlled zones around Damascus", "fled for camps near Baidoa" (`openers`: other words
    than "to" and "for": "from villages around Dinsor").
    Those few words must not be an event's word ("went to talks in Geneva" are talks in Geneva) or
    a function word other than an article, "and" or "at"."""
    for back in range(1, 9):
        j = idx - back
        if j < 0:
            return False
        word = tokens[j].text.lower()
        if word in openers:
            # "diverted floodwater into low-lying areas around the city of Zhuozhou": water goes there
            return back > 1 and not (j > 0 and tokens[j - 1].text.lower() in _CARRIED_MATTER)
        if word in _QUOTES:
            continue  # 'ordered to move to an "expanded humanitarian zone" in al-Mawasi'
        if back == 1 and "-" not in word and _a_past_verb(tokens[j].text):
            return False  # "negotiators from both sides gathered in Doha": a verb of its own before "in"
        if back == 1 and word in _STAYING:
            return False  # "the right to remain in Greece": where they are, not where they go
        if back > 2 and tokens[j].text[:1].isupper() and tokens[j + 1].text in {"and", ","}:
            continue  # a name listed before the phrase: "from Druzhkivka and several villages near"
        if word.replace(",", "").isdigit() and back > 1:
            continue  # a count of them: "were moved to 45 relief camps in Meppadi"
        if (
            not word.replace("-", "").isalpha()
            or not tokens[j].text.islower()
            or (word in lexicon and not _no_event_here(tokens, j))  # "to evacuation centres in"
            or (
                word in _FUNCTION_WORDS and word not in _ON_THE_WAY
            )  # "to schools and churches in", "to a camp at a school in"
        ):
            return False
    return False


_MODIFIERS = frozenset(
    {"the", "a", "an", "of", "and", "key", "strategic", "coastal", "besieged", "frontline", "border", "main"}
    | {"control", "full", "complete", "total"}
    | {"mining", "trading", "market", "oil", "farming", "fishing", "industrial", "commercial", "historic"}
    | {"ancient", "remote", "small", "nearby", "neighbouring", "neighboring", "provincial", "garrison"}
    # "fled from the Taquari valley towns of Lajeado, Estrela and Roca Sales"
    | {"valley", "delta", "mountain", "hill", "highland", "riverside", "lakeside", "seaside", "desert"}
    # "reached the tiny island of Lampedusa", "the sprawling camp of", "the southernmost town of"
    | {"tiny", "little", "large", "big", "sprawling", "crowded", "impoverished", "volcanic", "isolated"}
    | {"rural", "hilltop", "northernmost", "southernmost", "easternmost", "westernmost", "occupied"}
)
"""Words between a verb and the place it acts on that leave the place its object: "captured the
town of Wad Madani", "struck the Ukrainian port city of Odesa", "shelled the eastern outskirts of
Kharkiv", "had taken full control of El Fasher", "seized the mining town of Rubaya" (with the place
nouns, directions and other names)."""


_COUNTRYWIDE = re.compile(
    r"\s+(?:(?:so\s+far|in\s+total|since\s+[\w.]+|now)\s+)?(?:across|throughout|around|all\s+over)\s+the\s+"
    r"(?:country|nation)\b|\s+nationwide\b"
)
"""After a word of displacement: the count is the whole country's ("displaced across the country")."""
_DISCUSS = frozenset(
    {"discuss", "discussed", "discussing", "address", "addressing", "regarding", "concerning"}
    | {"agreeing", "agreed", "pledging", "pledged", "vowing", "vowed", "promising", "promised"}
    | {"urging", "urged", "calling", "called", "demanding", "demanded"}
    | {"giving", "allowing", "granting"}
)
"""Words after a meeting that bring in its topic or what came of it: a place after them is what was
talked about ("held talks on the sidelines, agreeing to resume patrols along their border in
Ladakh", "met in Paris and called for a ceasefire in Gaza", "signed a pact last year giving U.S.
troops access to four more bases, including in Cagayan")."""
_ITS_OFFICIALS = frozenset(
    {"officials", "official", "leaders", "diplomats", "diplomat", "counterpart", "counterparts"}
    | {"delegation", "delegations", "negotiators", "negotiator", "envoys", "lawmakers", "ministers"}
    | {"representatives", "authorities", "government", "administration"}
)
"""Words after a place that make it whose people they are, not where things happen ("met US
officials in Bogota", "talks with the Iranian delegation")."""
_ARMED_MEN = frozenset(
    {"gunmen", "militants", "bandits", "herdsmen", "attackers", "assailants", "jihadists", "insurgents"}
    | {"rebels", "fighters", "militiamen", "militia", "terrorists", "soldiers", "troops", "forces"}
)
"""Armed men as the subject of "killed", "abducted" or "pushed" (with the army, tanks and units for
the last): an attack, an abduction, an advance."""
_PUSHED = frozenset({"pushed", "pushing"})
"""Verbs of an advance only after armed forces and before "towards", "into" (_forces_push)."""


def _forces_push(tokens: Sequence[Token], k: int) -> bool:
    """Whether armed forces, right before "pushed" (token k; an auxiliary between), push on towards
    or into a place: "Russian troops pushed towards the Oskil River" is an advance."""
    subject = _subject_end(tokens, k)
    return (
        subject >= 0
        and (
            tokens[subject].text.lower() in _ARMED_MEN
            or tokens[subject].text.lower() in {"army", "tanks", "units"}
        )
        and k + 1 < len(tokens)
        and tokens[k + 1].text.lower() in {"towards", "toward", "into", "deeper", "on", "through", "further"}
    )


_BY_ARMED_MEN = frozenset({"killed", "abducted", "kidnapped"})
_BLOCKADED = frozenset({"blockaded", "blockading"})


def _subordinate_between(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether a word that opens a subordinate clause (_SUBORDINATORS) lies between the tokens that
    start at offsets a and b."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < t.start < hi and t.text.lower() in _SUBORDINATORS for t in tokens)


_CONCESSIVE = frozenset({"despite", "although", "though"})
_VERB_SIGNS = _WHO_IS | {"being", "been", "had", "has", "have", "says"}


def _in_a_subordinate_clause(tokens: Sequence[Token], t_index: int, cue_at: int) -> bool:
    """Whether the cue at cue_at lies in a subordinate clause that opens after the trigger at t_index
    and is still open there: "arrived with nothing after being detained in Tehran", "crossed into
    Cucuta, despite the government in Caracas saying"; not "since the fighting began, most of them
    to Sidon" (a comma closed it), nor "left before dawn Thursday en route to Puebla" (no verb: a
    preposition)."""
    opened = next(
        (j for j in range(cue_at - 1, t_index, -1) if tokens[j].text.lower() in _SUBORDINATORS), None
    )
    if opened is None or any(t.text == "," for t in tokens[opened + 1 : cue_at]):
        return False
    # its verb may come after the cue ("streamed back ... hours after a ceasefire between Israel and
    # Hezbollah took effect"), before the clause's end
    end = next((j for j in range(cue_at, len(tokens)) if tokens[j].text in {",", ".", ";"}), len(tokens))
    return (
        tokens[opened].text.lower() in _CONCESSIVE
        or any(
            t.text.lower() in _VERB_SIGNS or _a_past_verb(t.text) or _a_participle(t.text)
            for t in tokens[opened + 1 : cue_at]
        )
        or any(_a_past_verb(t.text) and t.text.lower() not in _REPORTING for t in tokens[cue_at + 1 : end])
    )


def _armed_men_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether armed men are the subject of "killed" or "abducted" (token k): named among the five
    words before it, with no other verb between ("suspected herdsmen killed", "gunmen on
    motorcycles abducted"; not "a man killed in a crash", "soldiers said two were killed")."""
    for t in reversed(tokens[max(0, k - 5) : k]):
        word = t.text.lower()
        if word in _ARMED_MEN:
            return True
        if word in _REPORTING or word in {"were", "was", "been", "being", "who"}:
            return False
    return False


_BLASTS = frozenset({"exploded", "explosion", "explosions", "blast", "blasts", "detonated"})
_EXPLOSIVES = frozenset(
    {"bomb", "bombs", "bomber", "bombers", "ied", "ieds", "mine", "mines", "landmine", "landmines"}
    | {"explosive", "explosives", "grenade", "grenades", "shell", "shells", "rocket", "rockets"}
    | {"missile", "missiles", "drone", "drones", "suicide"}
)
"""A blast is an attack only with an explosive beside it ("a car bomb exploded outside a hotel in
Mogadishu", "a suicide blast"; not "a gas cylinder exploded", "an explosion at a chemical plant")."""
_REGAINED = frozenset({"regained", "regain", "regaining"})
"""Words of recapture only before "control" ("the army regained control of Wad Madani"; not "the
party regained its majority in Ohio")."""
_UPROOTED = frozenset({"uprooted"})
"""Words of displacement only with people beside them ("1.2 million people had been uprooted by
fighting"; not "the storm uprooted trees")."""


def _displaced_people_described(tokens: Sequence[Token], f: _Found) -> bool:
    """Whether the found word is "displaced" used of people before their noun, after a word that
    cannot be its subject ("sheltering displaced families", "for displaced people", "the displaced
    Palestinians"; not "shelling displaced 5,000 families", where it is the verb), or "sheltering"
    said of a building ("a school sheltering displaced families")."""
    word = f.token.text.lower()
    if word not in {"displaced", "sheltering"}:
        return False
    k = _token_index(tokens, f.token.start)
    if k == 0 or k + 1 >= len(tokens):
        return False
    after, before = tokens[k + 1].text, tokens[k - 1].text.lower()
    people = after.lower() in _PEOPLE_WORDS or (after[:1].isupper() and after.endswith("s"))
    if word == "sheltering":
        # "a school sheltering displaced families": the building the strike hit
        return before in _BUILDINGS and (people or after == "displaced")
    # "around Marib, where more than a million displaced people live": a count before the adjective
    counted = before in {"million", "thousand", "hundred"} or bool(_DIGITS.match(before))
    return people and (
        before in _DESCRIBED_AFTER or before in _FUNCTION_WORDS or before in _DETERMINERS or counted
    )


_BUILDINGS = frozenset(
    {"school", "schools", "camp", "camps", "tent", "tents", "shelter", "shelters", "building", "buildings"}
    | {"hospital", "house", "houses", "home", "mosque", "church", "warehouse", "centre", "center", "compound"}
)
"""Buildings that "sheltering" describes ("a school sheltering displaced families": what a strike hit)."""


_ESCAPES = frozenset({"escaped", "escaping"})
"""Words of flight only before a place, "from" or "the" ("those who escaped El Fasher", "escaping
the fighting in Khartoum"; not "she escaped injury when a rocket hit Kharkiv")."""


def _escapes_a_place(tokens: Sequence[Token], k: int) -> bool:
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return nxt[:1].isupper() or nxt in {"from", "the"}


_CLASHED = frozenset({"clashed", "clashes", "clash", "clashing"})
_QUARRELLERS = frozenset(
    {"officials", "regulators", "lawmakers", "legislators", "ministers", "critics", "executives"}
    | {"investors", "shareholders", "journalists", "reporters", "unions", "colleagues", "judges"}
    | {"prosecutors", "management", "teammates", "referee", "referees", "coach", "board", "mayor"}
    | {"governor", "president", "lawyers", "bosses"}
)
"""Whom one quarrels with, not fights: "has clashed with officials in Alameda County over
coronavirus restrictions", "clashed with regulators in Brussels"."""


def _a_quarrel(tokens: Sequence[Token], k: int) -> bool:
    """Whether "clashed with" (the k-th word) has a quarreller as its object, a few words between
    ("clashed with local health officials"): words, not arms."""
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() != "with":
        return False
    for t in tokens[k + 2 : k + 2 + QUARREL_REACH]:
        word = t.text.lower()
        if word in _QUARRELLERS:
            return True
        if not word.isalpha() or word[:1] != t.text[:1] or word in _PEOPLE_WORDS:
            return False  # a name, a comma, or people ("clashed with protesters")
    return False


QUARREL_REACH = 4
"""How many words after "clashed with" its quarreller may stand ("the city's top health officials")."""


_SENT = frozenset({"sent", "send", "sends", "sending", "smuggled", "transferring", "transfer"})
"""Words that send people only with them as the object ("sent buses of migrants to Chicago", "smuggled
hundreds of migrants from northern France to England", "fighting flared near Myawaddy, sending some
3,000 people across the Moei River into Mae Sot", "began transferring hundreds of migrants by ferry to
Porto Empedocle"; not "Egypt sent rescue teams", "being sent to the local police station", "weapons
smuggled from Iran", "transferring funds to Kyiv")."""


def _sent_fleeing(tokens: Sequence[Token], k: int, lexicon: dict[str, Trigger]) -> bool:
    """Whether a word of sending (the k-th) sends people off on a movement a word after it tells:
    "sending tens of thousands of residents fleeing north towards Beirut" is the fleeing."""
    for t in tokens[k + 1 : k + 1 + SENT_REACH]:
        trigger = lexicon.get(t.text.lower())
        if trigger is not None and trigger.category in {"displacement", "return"}:
            return True
        if not (t.text.isalnum() or t.text == ","):
            return False
    return False


SENT_REACH = 8
"""How many words after a word of sending its people's own word of moving may stand: "sending tens of
thousands of residents fleeing"."""


_BOARDED = frozenset({"boarded", "boarding"})
"""Words of setting off on a vehicle, only with one as their object ("migrants boarded buses in
Tapachula"; not "boarded a plane" of one traveller, whom no crowd is named beside): where they
board is where they leave."""
_VEHICLES_BOARDED = frozenset({"boats", "boat", "buses", "bus", "trains", "train", "ferries", "ferry"})


_SET = frozenset({"set", "sets", "setting"})
_SET_OFF = frozenset({"off", "out", "sail"})
"""A journey's start ("migrants set out from Necocli", "The boat had set sail from Izmir") is "set"
before one of these words only."""


_SET_OFF_HOW = frozenset(
    {"from", "for", "to", "towards", "toward", "on", "in", "at", "into", "across", "through", "along", "over"}
    | {"via", "again", "early", "late", "before", "after", "with", "together", "alone", "overnight"}
    | {"yesterday", "today", "tonight", "last", "this", "next", "and", "but", "when", "as"}
    | {",", ".", ";", ":", "—", "–", "-", ")"}
    | {day.lower() for day in calendar.day_name}
)
"""What a journey's "set off" / "set out" / "set sail" goes on with: where from or to, when, how
("set off from Sfax", "set off Wednesday on a march", "set off the next morning", "set out again")."""
_SET_OFF_THE = frozenset({"next", "following", "same", "day", "morning", "night", "evening", "week"})


def _sets_off(tokens: Sequence[Token], k: int) -> bool:
    """Whether "set" at k starts a journey: before "off", "out" or "sail" and then a word of where,
    when or how, not an object ("set off an uproar", "set off fireworks inside Anfield", "set off
    sweeping expulsions": caused; "the steps set out by the government": laid down)."""
    if not (k + 1 < len(tokens) and tokens[k + 1].text in _SET_OFF):
        return False
    if k + 2 >= len(tokens):
        return True
    after = tokens[k + 2].text.lower()
    if after == "the":  # "set off the next morning", not "set off the alarm"
        return k + 3 < len(tokens) and tokens[k + 3].text.lower() in _SET_OFF_THE
    return after in _SET_OFF_HOW


def _without_set_off_before_another(tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
    """The triggers without a "set off"/"set out" that another movement word follows closely: it
    takes the journey's start ("300 migrants who set off from Libya's Zuwara reached Lampedusa" is
    one movement, from Zuwara to Lampedusa), in its clause ("Most had set off from Sfax ...; others
    left from Zuwara" are two)."""

    def at(f: _Found) -> int:
        return _token_index(tokens, f.token.start)

    return [
        f
        for f in found
        if f.token.text.lower() not in _SET
        or not any(
            g.trigger.category in {"displacement", "return"}
            and 0 < at(g) - at(f) <= MAX_ROLE_TOKENS
            and not _clause_break(tokens, at(f), at(g))
            for g in found
        )
    ]


_FIRED = frozenset({"fired", "firing"})
_FIRED_AT = frozenset({"at", "on", "into", "toward", "towards"})


def _fires_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word ("fired") is arms fired: at, on or into something, or with a weapon or an
    armed force beside it (_armed_near): "fired two anti-ship ballistic missiles at a container
    ship", "Gunmen fired on military aircraft" (not "was fired by the club", "fired up the crowd")."""
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() in {"up", "by"}:
        return False
    return tokens[k + 1].text.lower() in _FIRED_AT or _armed_near(tokens, k)


_TAKE = frozenset({"took", "taken", "taking", "take"})
_BEFORE_THE_TAKEN = _MODIFIERS | _PLACE_NOUNS | {"control", "over", "full", "most", "much", "part", "parts"}


def _takes_a_place(
    tokens: Sequence[Token], k: int, place_tokens: set[int], lexicon: dict[str, Trigger]
) -> bool:
    """Whether "took", "taken", "taking" or "take" (token k) is a capture: a place is its object
    ("has since taken Zalingei and El Geneina", "took control of the northern town of Kidal",
    "after taking Avdiivka") and a weapon or an armed force is near (_hit_without_arms), or the
    sentence tells of fighting otherwise ("The RSF captured Nyala and has since taken Zalingei").
    Not "took part in talks in Geneva", "took office", "was taken to hospital in Kherson", "took
    Paris by storm"."""
    j = k + 1
    directions = word_list("direction")
    while (
        j < len(tokens)
        and j not in place_tokens
        and ((word := tokens[j].text.lower()) in _BEFORE_THE_TAKEN or word in directions)
    ):
        j += 1
    if j not in place_tokens or tokens[j - 1].text.lower() == "part":
        return False
    return _armed_near(tokens, k) or any(
        (trigger := lexicon.get(t.text.lower())) is not None
        and trigger.category == "conflict"
        and t.text.lower() not in _TAKE
        for t in tokens
    )


_CARRIED_TO = Trigger("displacement", "movement", weak=True)
_CARRIED_BACK = Trigger("return", "return", weak=True)
_CARRIERS_TO = (_CARRIED_TO, _CARRIED_BACK)


def _taken_to(tokens: Sequence[Token], found: Sequence[_Found]) -> list[_Found]:
    """ "Taken" or "took" (or "take them") before "to" where it is no capture: people carried
    somewhere, a weak word of moving ("those fleeing the fighting have been taken to shelters in
    Kursk", "residents were taken to a rest centre at Leeds Civic Hall", "buses take them to Costa
    Rica", "were taken by bus to Herat"; alone, "was taken to hospital in Kherson" moves no one), a
    step of a return beside a word of returning ("The returnees are taken to a transit camp near
    Jalalabad")."""
    kept = {f.token.start for f in found}
    returning = any(f.trigger.category == "return" and not f.trigger.weak for f in found)
    return [
        _Found(t, _CARRIED_BACK if returning else _CARRIED_TO)
        for k, t in enumerate(tokens[:-1])
        if t.text.lower() in _TAKE
        and t.start not in kept
        and (to := _after_how(tokens, k + 2 if tokens[k + 1].text.lower() in _THEM else k + 1)) < len(tokens)
        and tokens[to].text.lower() == "to"
        and not _to_a_hospital(tokens, to)
    ]


_MEANS = frozenset({"air", "road", "sea", "boat", "boats", "foot", "ferry", "buses"})


def _after_how(tokens: Sequence[Token], j: int) -> int:
    """The index after the means of a journey that may stand at tokens[j] ("by bus", "by air"),
    else j: "families were taken by bus to Herat city"."""
    if j + 1 < len(tokens) and tokens[j].text.lower() == "by":
        means = tokens[j + 1].text.lower()
        if means in _MEANS or means in _CARRIERS:
            return j + 2
    return j


_CAME_BACK = Trigger("return", "return")
_BACK_VERBS = frozenset(
    {"come", "came", "comes", "coming", "go", "going", "goes", "went", "gone", "headed", "heading"}
)


def _came_back(tokens: Sequence[Token]) -> list[_Found]:
    """ "Came back", "come back" and "going back" are a return ("more than 35,000 people have come
    back from Peru and Chile", "they were going back to Aleppo and Idlib"), a phrase events.tsv
    cannot hold (its triggers are words, and "back" alone, a word the recogniser reads as an
    event's, is none)."""
    return [
        _Found(t, _CAME_BACK)
        for k, t in enumerate(tokens)
        if k > 0
        and t.text.lower() == "back"
        and tokens[k - 1].text.lower() in _BACK_VERBS
        and not (k > 1 and _a_no(tokens[k - 2].text.lower()))
    ]


def _carried_back(tokens: Sequence[Token], f: _Found) -> bool:
    """Whether a word of carrying people (f) carries them back: "back" within BACK_REACH words and
    before any punctuation, people between ("Buses brought about 2,000 people back from camps in
    Idlib province", "moved more than 2,000 displaced families from camps in Maiduguri back to their
    home town of Bama")."""
    if f.trigger.kind != "movement":
        return False
    k = _token_index(tokens, f.token.start)
    for m in range(k + 1, min(len(tokens), k + 1 + BACK_REACH)):
        if tokens[m].text.lower() == "back":
            return any(t.text.lower() in _PEOPLE_WORDS for t in tokens[k + 1 : m])
        if not tokens[m].text[:1].isalnum() and not _inside_a_number(tokens, m, k + 1):
            return False
    return False


BACK_REACH = 12


def _moved_back(tokens: Sequence[Token], f: _Found) -> bool:
    """Whether a word of moving (f) has "back" or "home" right after it: "refugees streamed back
    across the border", "Lebanese who had sheltered in Syria went home to Tyre" (a return, as weak
    as the word: "many regularly travel back home to visit" is none by itself)."""
    k = _token_index(tokens, f.token.start)
    return (
        f.trigger.kind == "movement"
        and k + 1 < len(tokens)
        and tokens[k + 1].text.lower() in {"back", "home"}
    )


_CARE = frozenset({"hospital", "hospitals", "clinic", "clinics"})
"""Where the hurt are taken, not the displaced: "The injured were taken to hospitals in Kozhikode"
(even after a sentence of people moved to camps)."""


def _modifies_place(word: str) -> bool:
    low = word.lower()
    return (
        low in _MODIFIERS
        or low in _PLACE_NOUNS
        or low in word_list("direction")
        or word[:1].isupper()
        # "Guangdong province's Shenzhen": a division's word in the possessive
        or (low.endswith(("'s", "’s")) and low[:-2] in DIVISION_WORDS)
        # "rebel-held", "drought-stricken areas of", "war-torn", "flood-hit"
        or ("-" in low and low.endswith(_COMPOUND_MODIFIER_ENDS))
    )


_COMPOUND_MODIFIER_ENDS = (
    "held", "controlled", "run", "stricken", "torn", "hit", "affected", "ravaged", "damaged", "battered",
)  # fmt: skip


_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
)
"""Words that open a noun phrase: a place before one is no premodifier of its noun."""


def _is_premodifier(tokens: Sequence[Token], k_end: int, trigger_index: int) -> bool:
    """A place directly before its trigger noun ("Geneva initiative", "Syrian war", "Syria peace talks");
    not the subject of a verb ("Russia intervened")."""
    gap = trigger_index - k_end
    between = tokens[k_end:trigger_index]
    if not (
        0 <= gap <= 2
        and all(t.text[:1].islower() and t.text not in _FUNCTION_WORDS for t in between)
        # a determiner opens another noun phrase, but "arrived in Doha for the talks" are Doha's
        and not any(
            t.text in _DETERMINERS and (n == 0 or between[n - 1].text != "for") for n, t in enumerate(between)
        )
    ):
        return False  # "Zaporizhzhia after shelling" is no "Zaporizhzhia shelling", "Moscow pressed its
        # offensive" no "Moscow offensive"
    if any(
        _a_past_verb(t.text) or t.text in _SAYING or t.text in _MODALS or _a_participle(t.text)
        for t in between
        if t.text not in _HOSTED
    ):
        return False  # "Moscow rejected talks with Kyiv", "Bangkok preferred bilateral talks", "Kyiv
        # reported strikes", "Bosnia will start talks", "crossed into Mae Sot fearing air strikes":
        # the place is who speaks or acts, or ends a clause (but "Qatar hosted talks" is where)
    word = tokens[trigger_index].text.lower()
    return not (word.endswith("ed") or word in _VERB_FORMS)


def _a_participle(word: str) -> bool:
    """Whether a lower-case word is a present participle ("fearing", "facing"), not a short noun."""
    return len(word) > 5 and word.endswith("ing")


_HOSTED = frozenset({"hosted", "held", "hosts", "holds"})
"""Verbs between a place and its event's noun that make the place the venue: "Qatar hosted talks"."""
_SAYING = frozenset(
    {"wants", "prefers", "rejects", "proposes", "seeks", "demands", "urges", "says", "welcomes", "reports"}
)
"""Present-tense verbs of a government between its capital or country and an event's noun: "Moscow
rejects talks", no venue."""


def _token_index(tokens: Sequence[Token], offset: int) -> int:
    """The first token that starts at or after `offset`."""
    return bisect.bisect_left(tokens, offset, key=lambda t: t.start)


def extract_events(
    text: str,
    places: Sequence[Place],
    *,
    published: str | None = None,
    source: str | None = None,
    peoples: Callable[[str], bool] | None = None,
) -> tuple[list[Event], list[Movement]]:
    """Events and movements of a text whose places are already resolved. `peoples` says whether a
    capitalised word names a people ("Armenians", "Sudanese"; the pipeline asks the gazetteer's
    demonyms): counted, they are a crowd whose leaving is a movement (_a_crowd_moves)."""
    pub = dates_mod.parse_published(published)
    lexicon = triggers()
    events: list[Event] = []
    movements: list[Movement] = []
    previous_origins: list[Place] = []
    previous_destinations: list[Place] = []
    quiet = 0  # sentences since the last that reported an event
    previous_left = False  # whether the sentence before said where people left
    previous_went = False  # whether the sentence before said where its people went
    moving_before = False
    moving_lately: list[bool] = []  # of the last CROWD_MEMORY sentences, which named people moving
    all_tokens = tokenize(text)
    persons = _titled_names(text, all_tokens)
    officials = _titled_names(text, all_tokens, speakers=False)
    split = sentences(text)
    in_each = [all_tokens[_token_index(all_tokens, s.start) : _token_index(all_tokens, s.end)] for s in split]
    for n, sentence in enumerate(split):
        in_sentence = [p for p in places if sentence.start <= p.start < sentence.end]
        tokens = in_each[n]
        place_tokens = {k for p in in_sentence for k, t in enumerate(tokens) if p.start <= t.start < p.end}
        found = [
            _Found(t, lexicon[t.text.lower()])
            for k, t in enumerate(tokens)
            if t.text.lower() in lexicon
            and k not in place_tokens
            and not (
                k + 1 < len(tokens)
                and tokens[k + 1].text.lower() in _WHO_ACTS.get(lexicon[t.text.lower()].category, ())
            )
            and not (
                lexicon[t.text.lower()].kind == "strike"
                and (_struck_by_hazard(tokens, k) or _walkout(tokens, k))
            )
            and not (lexicon[t.text.lower()].kind == "movement" and _leaves_a_toll(tokens, k))
            # "The storm then headed toward the Dominican Republic", "The storm then crossed eastern Cuba"
            and not (
                (lexicon[t.text.lower()].weak or lexicon[t.text.lower()].kind == "crossing")
                and _a_hazard_moves(tokens, k)
            )
            and not (lexicon[t.text.lower()].weak and _moves_goods(tokens, k))
            and not (t.text.lower() in _TAKE and not _takes_a_place(tokens, k, place_tokens, lexicon))
            and not (t.text.lower() in _FIRED and not _fires_at(tokens, k))
            and not (t.text.lower() in _SET and not _sets_off(tokens, k))
            and not (t.text.lower() in _BOARDED and not _beside(tokens, k, _VEHICLES_BOARDED))
            and not (
                t.text.lower() in _SENT
                and (
                    not (_moves_people(tokens, k) or _people_are_moved(tokens, k))
                    or _sent_fleeing(tokens, k, lexicon)
                )
            )
            and not (t.text.lower() in _BLASTS and not _beside(tokens, k, _EXPLOSIVES))
            and not (t.text.lower() in _CLASHED and _a_quarrel(tokens, k))
            and not (
                t.text.lower() in _REGAINED
                and not (k + 1 < len(tokens) and tokens[k + 1].text.lower() in {"control", "full"})
            )
            and not (t.text.lower() in _UPROOTED and not _beside(tokens, k, _PEOPLE_WORDS))
            and not (t.text.lower() in _ESCAPES and not _escapes_a_place(tokens, k))
            # "troops pushed towards the Oskil River" (not "pushed for reform", "were pushed out")
            and not (t.text.lower() in _PUSHED and not _forces_push(tokens, k))
            # "gunmen killed 12 people in Bokkos", "bandits abducted 40 villagers" (not "killed in a crash")
            and not (t.text.lower() in _BY_ARMED_MEN and not _armed_men_before(tokens, k))
            # "Islamist militants have blockaded the historic city of Timbuktu" (not "farmers
            # blockaded the border crossing")
            and not (t.text.lower() in _BLOCKADED and not _armed_men_before(tokens, k))
            and not _no_event_here(tokens, k)
            and not (
                lexicon[t.text.lower()].kind in _TRAVEL_KINDS
                and _on_duty(tokens, k)
                and not (lexicon[t.text.lower()].kind == "movement" and _moves_people(tokens, k))
                and not _diplomats_travel(tokens, k)
            )
            and not (lexicon[t.text.lower()].kind == "arrival" and _carrier_arrives(tokens, k))
            and not (t.text.lower() == "reach" and not _movers_try(tokens, k))
            and not (lexicon[t.text.lower()].kind == "movement" and _carried_by_water(tokens, k))
            and not (lexicon[t.text.lower()].kind == "movement" and _goods_are_moved(tokens, k))
            # "the storm weakened as it crossed into southeast Georgia": a thing moves, not people
            # (but "the institute said it had bused 1,500 migrants to Chiapas" moves them)
            and not (
                lexicon[t.text.lower()].category in {"displacement", "return"}
                and (subject := _subject_end(tokens, k)) >= 0
                and tokens[subject].text.lower() == "it"
                and not _moves_people(tokens, k)
            )
            # "his pickup crossed the center line and struck a car", "was hit by a truck": a road
            # accident, no strike
            and not (t.text.lower() in _IMPACTS and _a_vehicle_strikes(tokens, k))
            # "a northbound pickup crossed the median", "Some aircraft crossed the median line", "A
            # convoy of six UN trucks crossed from Turkey into Idlib": a vehicle or an aircraft, not
            # people crossing a border
            and not (
                lexicon[t.text.lower()].kind == "crossing"
                and (subject := _subject_end(tokens, k)) >= 0
                and (
                    tokens[subject].text.lower() in _CARRIERS
                    or tokens[subject].text.lower() in _AIRCRAFT
                    # "30 projectiles crossed from Lebanon": fire, no people
                    or tokens[subject].text.lower() in _WEAPONS
                )
            )
            and not (lexicon[t.text.lower()].kind in _TRAVEL_KINDS and _a_traveller(tokens, k))
            and not (lexicon[t.text.lower()].kind == "visit" and _sightseers_visit(tokens, k))
            and not (t.text.lower() in _GATHERED and not _officials_gather(tokens, k))
            # "the flood fighting effort", "crews were fighting the fire": a hazard fought, no battle
            and not (t.text.lower() in _FIGHTING and _fights_a_hazard(tokens, k))
            # "They were supposed to meet up at Kiser Lake to fish", "Brandyberry visited Gregg at
            # Mercy Memorial Hospital": a meeting or a visit of no state's party is no diplomacy
            and not (
                lexicon[t.text.lower()].category == "diplomacy"
                and lexicon[t.text.lower()].kind in {"meeting", "visit"}
                and not _a_state_takes_part(tokens, k, in_sentence, persons)
            )
            and not (t.text.lower() in _TRIPS and not _someones_trip(tokens, k, place_tokens))
            and not (lexicon[t.text.lower()].kind == "capture" and _seizes_goods(tokens, k))
            and not (lexicon[t.text.lower()].weak and _one_was_carried(tokens, k))
            and not (lexicon[t.text.lower()].kind == "flight" and _a_fugitive_flees(tokens, k))
            and not (lexicon[t.text.lower()].category == "displacement" and _no_one_moves(tokens, k))
            # "Instead of driving to Castlegar, people will be able to visit the Nelson office",
            # "rather than fleeing": what is not done
            and not _not_done(tokens, k)
            # "President Bashar al-Assad fled to Moscow": one official's flight, no one displaced
            and not (lexicon[t.text.lower()].kind == "flight" and _an_officials_act(tokens, k, persons))
            and (t.text[:1].islower() or k == 0 or tokens[k - 1].text in OPENERS)
        ]
        journeys: list[_Found] = []
        for f in found:
            someones = _official_travels(tokens, f, persons)
            if someones and f.token.text.lower() in _RELOCATES:
                continue  # "Hellen Obiri, who moved from Kenya to Boulder, Colorado": one person's new
                # home, no visit and no one displaced
            if _official_travels(tokens, f, officials) or _travels_for_talks(tokens, f, found):
                journeys.append(_Found(f.token, _VISIT))
            elif not someones:
                journeys.append(f)
            # (else "Munene arrived in the UK from Nairobi in 2002": one person's journey, whom the
            # text has speak but gives no title; no visit, and no one displaced)
        found = journeys
        if any(f.trigger.kind == "crossing" for f in found) and not _crossers_named(tokens, peoples):
            # "A 144-km stage that started in Embrun crossed the Col de la Bonette": a crossing of
            # no one the sentence names counts only beside people on the move
            found = [_Found(f.token, _SOMEONE_CROSSED) if f.trigger.kind == "crossing" else f for f in found]
        # "Buses brought about 2,000 people back from camps in Idlib province": a return
        found = [_Found(f.token, _CAME_BACK) if _carried_back(tokens, f) else f for f in found]
        found = [
            _Found(f.token, _CARRIED_BACK if f.trigger.weak else _CAME_BACK) if _moved_back(tokens, f) else f
            for f in found
        ]
        if carried := _taken_to(tokens, found) + _came_back(tokens):
            found = sorted([*found, *carried], key=lambda f: f.token.start)
        if any(f.trigger.category == "return" for f in found) and not any(
            f.trigger.category == "displacement" and not f.trigger.weak for f in found
        ):
            # "16,000 Syrians had returned from Jordan, most of them heading to Homs": people on
            # their way home move on as returnees
            found = [
                _Found(f.token, _CARRIED_BACK) if f.trigger.category == "displacement" else f for f in found
            ]
        if not any(f.trigger.category in {"displacement", "return"} for f in found):
            found += _in_evacuation_centres(tokens)
        # "Hundreds of Hondurans set off from San Pedro Sula ... heading for the United States": the
        # crowd is the subject of the word the next one merges into (_a_crowd_moves, below)
        before_merging = found
        if any(f.token.text.lower() in _SET for f in found):
            found = _without_set_off_before_another(tokens, found)
        if any(f.trigger.category == "conflict" for f in found):
            # "Strikes hit a school sheltering displaced families in Deir al-Balah": people
            # displaced before, where the strike is
            found = [f for f in found if not _displaced_people_described(tokens, f)]
        if any(f.token.text.lower() in _BY_ARMED_MEN for f in found):
            # "fighters killed at least 37 people in an attack on a village": the attack is the
            # event (with its toll); "killed" is one only where no other conflict word is in its
            # clause ("India struck nine sites ..., two weeks after gunmen killed 26 men in
            # Pahalgam": two events)
            found = [
                f
                for f in found
                if f.token.text.lower() not in _BY_ARMED_MEN
                or not any(
                    g.trigger.category == "conflict"
                    and g.token.text.lower() not in _BY_ARMED_MEN
                    and not _subordinate_between(tokens, f.token.start, g.token.start)
                    for g in found
                )
            ]
        if any(t.text.lower() in _ORDERS or t.text.lower() in _DRIVEN for t in tokens):
            found = _with_orders_to_leave(tokens, found)
        if any(f.trigger.category == "return" for f in found) and not any(
            map(_names_people, in_each[max(0, n - 1) : n + 2])
        ):
            # "his return flight to Berlin", "a return to moderate growth", "the band returned home":
            # a return is of people the text names, in this sentence or one beside it (a headline's
            # "Syrians return home from Turkey" has its people in the lede)
            found = [f for f in found if f.trigger.category != "return"]
        # a strong displacement word, or people on the move named as such ("2,000 migrants reached
        # Lampedusa", "refugees headed to Poland"), lets the weak words count
        moving = (
            any(f.trigger.category in {"displacement", "return"} and not f.trigger.weak for f in found)
            or any(
                t.text.lower() in _ON_THE_MOVE or (t.text in _REFUGES and _a_refuge(tokens, k))
                for k, t in enumerate(tokens)
            )
            # "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia",
            # "Grindavik's 3,700 residents had already left their homes in November"
            or any(
                f.trigger.weak
                and f.trigger.kind == "movement"
                and (
                    _a_crowd_moves(tokens, k, peoples)
                    or _THEIR_HOMES.match(" ".join(t.text for t in tokens[k + 1 : k + 3]))
                    # "the army used boats to move families from Elapatha to schools in Pelmadulla"
                    # (not "moved with her children to an apartment in Ottawa": one family's move)
                    or (
                        _moves_people(tokens, k)
                        and not (k + 1 < len(tokens) and tokens[k + 1].text == "with")
                    )
                )
                for k, f in _indexed(tokens, before_merging)
            )
        )
        if not (moving or moving_before):
            # "Many then travel through Nicaragua and Honduras to Tapachula": people named on the
            # move a few sentences before are who "many", "some" or "they" are
            kept = [
                f
                for k, f in _indexed(tokens, found)
                if not f.trigger.weak or (any(moving_lately) and _those_moving(tokens, k))
            ]
            moving = any(f.trigger.weak for f in kept)
            found = kept
        moving_before = moving
        moving_lately = [*moving_lately[1 - CROWD_MEMORY :], moving]
        if not found:
            quiet += 1
            if quiet > ORIGIN_MEMORY or not previous_left:
                previous_origins = []
            continue
        quiet = 0
        for before, place in zip([None, *in_sentence], in_sentence, strict=False):
            _attach(place, tokens, found, lexicon, listed=not _qualifies(before, place, text))
        if n > 0 and any(f.trigger.category in {"displacement", "return"} for f in found):
            earlier = split[max(0, n - ANAPHOR_SENTENCES)].start
            _the_place_meant(tokens, found, [p for p in places if earlier <= p.start < sentence.start])
        sentence_events = _events_of(
            sentence,
            tokens,
            found,
            pub,
            text,
            source,
            start_id=len(events) + 1,
            place_spans=[(p.start, p.end) for p in in_sentence],
        )
        if not sentence_events:
            # "Pinellas, Hillsborough and Manatee counties issued mandatory evacuation orders": words
            # of moving that make no event report nothing, as a sentence without them does
            quiet += 1
            if quiet > ORIGIN_MEMORY or not previous_left:
                previous_origins = []
            continue
        if previous_went and _moved_on(found):
            # "rescued off Lampedusa, having set sail from Sfax ... 450 of the migrants were later
            # transferred to Porto Empedocle", "arrived in Cox's Bazar ... relocated 1,500 refugees
            # from the camps to Bhasan Char": people carried on go from where the sentence before
            # took them, not from where they first came
            previous_origins = previous_destinations
        elif (previous_went and not _BACK_TO_THEM.search(sentence.text)) or _FROM_A_REFUGE.search(
            sentence.text
        ):
            # where people left is for the next sentence to say where they went ("Thousands fled
            # Kadugli. Others reached Kosti"), unless the sentence before said it and this one names
            # other people: "arrivals in Chad" after "3,500 families were displaced from Kadugli to
            # the Nuba Mountains"; or this one moves them on from where they found refuge ("700
            # refugees arrived in Cox's Bazar from Rakhine ... relocated 1,500 refugees from the
            # camps to Bhasan Char": not from Rakhine)
            previous_origins = []
        sentence_moves, origins = _movements_of(
            sentence, sentence_events, found, previous_origins, source, start_id=len(movements) + 1
        )
        events += sentence_events
        movements += sentence_moves
        previous_origins = origins
        previous_left = any(m.origin is not None for m in sentence_moves)
        previous_destinations = list(
            {id(m.destination): m.destination for m in sentence_moves if m.destination is not None}.values()
        )
        previous_went = any(m.destination is not None for m in sentence_moves)
    return _numbered(events, movements)


_ONWARD = frozenset(
    {"transferred", "transferring", "transfer", "relocated", "relocating", "relocate", "taken", "brought"}
    | {"flown", "airlifted", "ferried", "bused", "bussed", "busing", "bussing"}
)
"""Words by which people are carried on by others from where they are: the transfer of those the
text has just brought somewhere (_moved_on)."""


def _moved_on(found: Sequence[_Found]) -> bool:
    """Whether every displacement the sentence reports carries people on (_ONWARD): of people the
    sentence before took somewhere, that place is where they are carried from."""
    moving = [f for f in found if f.trigger.category == "displacement"]
    return bool(moving) and all(f.token.text.lower() in _ONWARD for f in moving)


_POPULATION = (_PEOPLE - {"thousands", "families", "civilians"}) | {"population"}
_CROWDS = (_PEOPLE - {"thousands"}) | {"survivors", "households", "persons"}
"""Subjects that, counted, are a crowd on the move: "Many survivors have left for Mersin"."""
_MANY = frozenset({"many", "most", "some", "hundreds", "thousands", "millions", "tens", "dozens"})
_DESCRIBED_AFTER = _MANY | {"sheltering", "housing", "hosting", "helping", "feeding"} | {
    "newly", "internally", "other", "all", "those", "these"
}  # fmt: skip
"""Words after which "displaced" describes the people after it (_displaced_people_described)."""
MIN_CROWD = 100
"""The least count of people whose leaving is a movement of its own ("about 2,000 residents left")."""
_COUNTED_CROWDS = frozenset({"thousands", "hundreds", "millions"})
_CROWD_NOUNS = _CROWDS | _COUNTED_CROWDS
_BEFORE_A_CROWD = frozenset({"of", "the", ".", ",", "and", "but", "as", "when", "while", "where", "\n"})
"""A count that is the subject itself, at the start of its clause or after "tens of": a crowd."""


def _indexed(tokens: Sequence[Token], found: Sequence[_Found]) -> list[tuple[int, _Found]]:
    where = {t.start: k for k, t in enumerate(tokens)}
    return [(where[f.token.start], f) for f in found]


_PASSIVE = frozenset({"were", "are", "been", "be", "being"})
_THEIR_HOMES = re.compile(r"their (?:homes?|country|homeland)$", re.I)
"""After a weak movement word, what makes it people's leaving: "had already left their homes", "More
than 7 million Venezuelans have left their country since 2015"."""
_SOMEONE_CROSSED = Trigger("displacement", "crossing", weak=True)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _crossers_named(tokens: Sequence[Token], peoples: Callable[[str], bool] | None) -> bool:
    """Whether the sentence names anyone who may cross: people, a people ("Venezuelans"), a
    pronoun, or a count of a crowd alone before its verb ("and 7,000 crossed into Chad"); not a
    number of anything else ("a 144-km stage", "Isola 2000")."""
    return any(
        t.text.lower() in _PEOPLE_WORDS
        or t.text.lower() in _PRONOUNS
        or (t.text[:1].isupper() and peoples is not None and peoples(t.text))
        or (_DIGITS.match(t.text) and _a_count_of_a_crowd(tokens, k) and _crosses_next(tokens, k))
        for k, t in enumerate(tokens)
    )


def _crosses_next(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word of crossing follows the k-th word, auxiliaries skipped ("7,000 have crossed")."""
    j = k + 1
    while j < len(tokens) and tokens[j].text.lower() in _AUXILIARIES_OR_PASSIVE:
        j += 1
    trigger = triggers().get(tokens[j].text.lower()) if j < len(tokens) else None
    return trigger is not None and trigger.kind == "crossing"


ORIGIN_MEMORY = 1
"""How many sentences that report no event may stand between people's leaving a place and the
sentence that says where they went: "ordered the evacuation of families from Pokrovsk ... About
53,000 people still live in Pokrovsk, a logistics hub. Evacuees were taken by train to Dnipro".
Not where the place is only where fighting was ("clashed in Debre Markos. Bahir Dar was placed
under curfew. Around 8,000 people have been displaced to Gondar": from anywhere)."""
CROWD_MEMORY = 3
"""How many sentences back people on the move are who "they", "many" or "some" are."""
_THOSE = frozenset({"they", "many", "some", "others", "most", "those"})
_THEM = frozenset({"them"})


def _those_moving(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of the k-th word (a weak movement word) is people named before, as a
    pronoun or a share ("Many then travel ... to Tapachula", "From there, some ride freight trains
    north", "they were heading to New York"), or "them" its object ("buses take them to Costa
    Rica"); a clause's "some" or "many" alone, not "some analysts"."""
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in _THEM:
        return True
    j = _subject_end(tokens, k, also=_PASSIVE)
    if j < 0 or tokens[j].text.lower() not in _THOSE:
        return False
    return tokens[j].text.lower() == "they" or j == 0 or tokens[j - 1].text.lower() in _BEFORE_A_CROWD


def _a_crowd_moves(tokens: Sequence[Token], k: int, peoples: Callable[[str], bool] | None) -> bool:
    """Whether the subject of the k-th word (a weak movement word) is a crowd: a count or "many" of
    residents, families or survivors, or a count of a people ("More than 100,000 ethnic Armenians
    have left Nagorno-Karabakh for Armenia", "Many survivors have left for Mersin"); not "a family
    left", nor "3,000 fans travelled to Cardiff"; also before a passive: "Around 500 families were
    relocated from Tacloban to Ormoc"."""
    j = _subject_end(tokens, k, also=_PASSIVE)
    if j < 0:
        return False
    if tokens[j].text[:1].isupper() or tokens[j].text.lower() not in _CROWD_NOUNS:
        j = _head_before_places(tokens, j)
    noun = tokens[j].text
    if noun.lower() in _COUNTED_CROWDS and (j == 0 or tokens[j - 1].text.lower() in _BEFORE_A_CROWD):
        return True  # "Thousands streamed out of Khan Younis", "Tens of thousands poured into Lviv"
    if j + 1 < k and tokens[j + 1].text.lower() in _PASSIVE and _a_count_of_a_crowd(tokens, j):
        return True  # "and 400 were flown to Tenerife": a count carried somewhere is of people
    if noun.lower() in _CROWDS:
        counts = _MANY
    elif noun[:1].isupper() and j > 0 and peoples is not None and peoples(noun):
        counts = _MANY - {"many", "most", "some"}  # "Many Americans left Boston" is no crowd
    else:
        return False
    for t in tokens[max(0, j - 5) : j]:
        word = t.text.lower()
        if word in counts:
            return True
        if _DIGITS.match(word):
            try:
                if float(word.replace(",", "")) >= MIN_CROWD:
                    return True
            except ValueError:
                continue
    return False


def _a_count_of_a_crowd(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a count of at least MIN_CROWD standing alone at its clause's start
    (after "and", a comma, "some" or "about"), the pieces of "1,500" taken together."""
    start = j
    while start >= 2 and tokens[start - 1].text == "," and _DIGITS.match(tokens[start - 2].text):
        start -= 2
    number = "".join(t.text for t in tokens[start : j + 1])
    if not _DIGITS.match(number) or (start > 0 and tokens[start - 1].text.lower() not in _BEFORE_A_COUNT):
        return False
    try:
        return float(number.replace(",", "")) >= MIN_CROWD
    except ValueError:
        return False


_BEFORE_A_COUNT = _BEFORE_A_CROWD | {"some", "about", "around", "another", "nearly", "over", "than"}


def _head_before_places(tokens: Sequence[Token], j: int) -> int:
    """The head of a subject that ends in places or in other words after its crowd noun: the crowd
    noun before "of", "in" or "from" within the eight words before tokens[j], with only names,
    lower-case words, possessives and "and" between ("Thousands of residents of border villages in
    Uri and Kupwara moved": "residents"; "Tens of thousands of survivors of last week's earthquake
    have left Antakya": "survivors"); else j."""
    for m in range(j - 1, max(-1, j - 9), -1):
        word = tokens[m].text.lower()
        if word in _CROWDS and tokens[m + 1].text.lower() in {"of", "in", "from"}:
            return m
        if not (word.isalpha() or word == "," or (word.endswith(("'s", "’s")) and word[:-2].isalpha())):
            return j
    return j


def _whose_people(tokens: Sequence[Token], k_end: int, place: Place) -> bool:
    """Whether a possessive place is its people's home, who leave it: "nearly all of Yellowknife's
    20,000 residents left for Alberta" (a count or "entire" between)."""
    if k_end == 0 or not tokens[k_end - 1].text.endswith(("'s", "’s")) or place.adjective:
        return False
    for t in tokens[k_end : k_end + 5]:
        word = t.text.lower()
        if word in _POPULATION:
            return True
        if not (word[:1].isdigit() or word in {",", "entire", "whole", "estimated", "some"}):
            return False
    return False


_NOT_OF_A_PLACE = frozenset({"north", "south", "east", "west", "part", "parts"})
"""Place nouns that do not tell of a place after them: "Vovchansk north of Kharkiv" is Vovchansk."""


def _describes_the_next(tokens: Sequence[Token], k: int, k_end: int, adjective: bool = False) -> bool:
    """Whether a place (tokens k to k_end) after "the" or with a possessive names what the next place
    is, with a place noun and "of" ("the Red Sea port of Hodeidah", "Syria's coastal province of
    Latakia", up to one lower-case word before the noun): the next place is where things happen.
    Not "Torkula village of Guma", where the next place holds the first. So does a province before
    its word of kind in the possessive: "visit Guangdong province's Shenzhen"."""
    n = len(tokens)
    j = k_end
    if (
        j + 1 < n
        and tokens[j].text.endswith(("'s", "’s"))
        and tokens[j].text[:-2].lower() in DIVISION_WORDS
        and tokens[j + 1].text[:1].isupper()
    ):
        return True
    # "the northern New South Wales town of Lismore", "the Egyptian Red Sea resort of Sharm
    # el-Sheikh": a bearing or a country's adjective between "the" and the place
    before = k - 1
    while before >= max(0, k - 2) and (
        tokens[before].text.lower() in word_list("direction") or tokens[before].text[:1].isupper()
    ):
        before -= 1
    possessive = tokens[k_end - 1].text.endswith(("'s", "’s"))
    if not (possessive or (before >= 0 and tokens[before].text.lower() == "the")):
        return False
    if j < n and tokens[j].text.islower() and tokens[j].text not in _PLACE_NOUNS:
        j += 1  # "coastal", "southern"
    if j == k_end and not adjective and not possessive and j < n and tokens[j].text in DIVISION_WORDS:
        return False  # "in the Bannu district of Khyber Pakhtunkhwa province": the district is named
    return (
        j + 2 < n
        and tokens[j].text in _PLACE_NOUNS
        and tokens[j].text not in _NOT_OF_A_PLACE
        and tokens[j + 1].text == "of"
        and tokens[j + 2].text[:1].isupper()
    )


def _owns_a_thing(tokens: Sequence[Token], k_end: int) -> bool:
    """Whether a place ending at token k_end is a possessive before a thing, not a place: "Israel's
    request", "Sweden's membership bid" (not "Qatar's capital", "Russia's Black Sea resort of
    Sochi", "Syria's north")."""
    if not tokens[k_end - 1].text.endswith(("'s", "’s")) or k_end >= len(tokens):
        return False
    words = [t.text for t in tokens[k_end : k_end + 3]]
    if not words[0][:1].islower():
        return False
    directions = word_list("direction")
    for word in words:
        if word in _PLACE_NOUNS or word in directions or word[:1].isupper():
            return False
        if not word.isalpha():
            break
    return True


def _where_clause(tokens: Sequence[Token], k_end: int) -> tuple[int, int] | None:
    """The tokens of a clause that ", where" opens right after a place, or after a short
    description of it ("fled to Bankass, about 15 km away, where the mayor said ... had arrived"),
    as (the index of "where", the end of the clause)."""
    n = len(tokens)
    j = k_end
    if j < n and tokens[j].text == ",":
        # a short description between commas: "about 15 km away"
        end = next((i for i in range(j + 1, min(n, j + MAX_DESCRIPTION + 2)) if tokens[i].text == ","), None)
        if not (j + 1 < n and tokens[j + 1].text.lower() == "where") and end is not None:
            j = end
        if j + 1 < n and tokens[j + 1].text.lower() == "where":
            stop = next((i for i in range(j + 2, n) if tokens[i].text in {".", ";"}), n)
            return j + 1, stop
    return None


MAX_DESCRIPTION = 6
"""The most words between the commas of a description that ", where" may follow."""


def _without_bearings_references(places: list[EventPlace], text: str) -> list[EventPlace]:
    """The places of an event but those a bearing is taken from after another of its places:
    "captured the village of Novohrodivka, east of Pokrovsk" is at Novohrodivka, "shelled positions
    near Sake, about 25 km west of Goma" at Sake (the displacements have their own reading)."""
    if len(places) < 2:
        return places
    first = min(ep.place.start for ep in places)
    return [
        ep
        for ep in places
        if ep.place.start == first
        or not _BEARING_OF.search(text, max(0, ep.place.start - BEARING_REACH), ep.place.start)
    ]


_LOCATED_BY_A_BEARING = re.compile(
    r",\s+(?:(?:about|some|around|nearly|roughly|just)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\s+)?"
    + _BEARING_OF.pattern.removeprefix(r"\b"),
    re.IGNORECASE,
)
"""Between a place and the one a bearing locates it by: "Sake, 25 km west of Goma", "Novohrodivka,
east of Pokrovsk"."""


def _start(place: Place) -> int:
    return place.start


def _at_what_a_bearing_locates(
    places: list[EventPlace], sentence_places: list[Place], text: str
) -> list[EventPlace]:
    """An event whose one place is the reference of a bearing that locates another place of the
    sentence is at that other place: "seized the town of Sake, 25 km west of Goma, after heavy
    fighting": the fighting was at Sake, not at Goma."""
    if len(places) != 1:
        return places
    ep = places[0]
    located = [
        p
        for p in sentence_places
        if p.end <= ep.place.start and _LOCATED_BY_A_BEARING.search(text, p.end, ep.place.start)
    ]
    return [EventPlace(role=ep.role, place=located[-1])] if located else places


_WITNESSED = frozenset({"saw", "sees", "witnessed", "witnesses", "experienced", "suffered", "endured"})
_CAME_UNDER = frozenset({"came", "come", "comes", "coming"})


def _witnessed(tokens: Sequence[Token], j: int) -> bool:
    """Whether the words from j, right after a place, say it saw what follows: "The port city of
    Basra saw clashes", "Kharkiv witnessed heavy shelling", "Aleppo came under heavy bombardment"
    (the place is its subject: where the events are)."""
    if j < len(tokens) and tokens[j].text.lower() in {"has", "have", "had"}:
        j += 1
    if j >= len(tokens):
        return False
    word = tokens[j].text.lower()
    if word in _CAME_UNDER and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "under":
        j += 1
    elif word not in _WITNESSED:
        return False
    # what it saw follows in small letters ("saw heavy fighting"), not a name: "Vietnam sees Russia
    # as a prioritized partner" regards
    return j + 1 < len(tokens) and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower()


def _joined_after(tokens: Sequence[Token], k: int, place: Place) -> str:
    """What follows the place inside its word, or as a hyphen and a word joined to it: "-led" of
    "Saudi-led", "-made" of "U.S.-made" (which the tokeniser splits after the abbreviation)."""
    token = tokens[k]
    if place.end < token.end:
        return token.text[place.end - token.start :]
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].start == place.end
        and tokens[k + 2].start == tokens[k + 1].end
    ):
        return "-" + tokens[k + 2].text
    return ""


_SENDS_BACK = frozenset(
    {"deported", "deports", "deporting", "deport", "expelled", "expels", "expelling", "expel"}
    | {"repatriated", "repatriates", "repatriating", "repatriate", "returned", "returns", "returning"}
)
"""Verbs by which a country, their subject, sends people away (with an object: not "returned to")."""
_NO_OBJECT_AFTER = frozenset({"to", "home", "from", "back", "in", "on", "at", "after", "with", "for", "."})


def _a_warring_pair(tokens: Sequence[Token], k: int, place: Place) -> bool:
    """Whether the place is one of two names joined before "war" ("the Israel-Hezbollah war", "the
    Russia-Ukraine war"): the sides that fight it, which do not say where it is fought."""
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in {"war", "wars"}:
        return False
    token = tokens[k]
    parts = token.text.split("-")
    return (
        len(parts) == 2
        and all(part[:1].isupper() for part in parts)
        and token.start <= place.start
        and place.end <= token.end
        and (place.start, place.end) != (token.start, token.end)
    )


def _attach(
    place: Place,
    tokens: Sequence[Token],
    found: list[_Found],
    lexicon: dict[str, Trigger],
    listed: bool = True,
) -> None:
    """Attach the place to the events of its sentence; `listed`: it may take its role from a cue
    before the list of names it is in ("crossed into Cameroon, Chad and Niger")."""
    k = _token_index(tokens, place.start)
    k_end = _token_index(tokens, place.end)
    role, cue_at = _role(tokens, k, lexicon, listed)
    if role is None and _witnessed(tokens, k_end):
        role, cue_at = "venue", k  # "Basra saw clashes", "Aleppo came under heavy bombardment"
    # "Sudanese refugees crossed into Chad": the people's adjective is where they come from
    # (not "Turkish nationals", "German citizens": evacuated home, from elsewhere)
    from_here = (
        place.adjective and k_end < len(tokens) and tokens[k_end].text.lower() in _DISPLACED_NOUNS - _CITIZENS
    ) or _whose_people(tokens, k_end, place)
    if any(
        t.text.lower() in _REPORTING and not _told_to(tokens, j)
        for j, t in enumerate(tokens[k_end : k_end + 2], k_end)
    ) and not (k_end < len(tokens) and tokens[k_end].text in {"and", "but"}):
        return  # "officials in Dhaka said": where a report comes from, not where things happen
        # (but "residents of Bairnsdale were told to leave" are told what to do, and "Trump meets
        # Sharaa in Riyadh and says sanctions will be lifted" meets there: the subject's next verb)
    if _describes_the_next(tokens, k, k_end, place.adjective):
        return  # "struck the Black Sea port of Odesa": the sea tells of the port, the port is hit
    if (_whereabouts(tokens, k) and not _there_for_talks(tokens, k_end)) or _a_source(tokens, k):
        return  # "Newsom, who was in Sacramento, approved federal aid": where someone is, not where
        # it happens; "according to the UN office in Geneva": where a report comes from
    if k < len(tokens) and _ACTOR_SUFFIX.match(_joined_after(tokens, k, place)):
        return  # "Saudi-led coalition jets struck Hodeidah": who acts, not where
    if _a_warring_pair(tokens, k, place):
        return  # "Lebanese who had sheltered in Syria during the Israel-Hezbollah war": who fights it
    if k >= 2 and tokens[k - 1].text == "by" and tokens[k - 2].text.lower() in _AGENT_PARTICIPLES:
        return  # "a security mission led by Nairobi", "talks mediated by Qatar": who acts, not where
    if k_end < len(tokens) and (
        tokens[k_end].text.lower().rstrip(".") in word_list("title")
        or (
            k_end + 1 < len(tokens)
            and tokens[k_end].text[:1].isupper()
            and tokens[k_end + 1].text.lower().rstrip(".") in word_list("title")
        )
    ):
        return  # "meeting Aleppo Mayor Brita Hagi Hasan in Paris", "met Saudi Crown Prince Mohammed bin
        # Salman in the desert oasis of Al Ula": the place is the mayor's or the prince's, not the venue
    if k_end < len(tokens) and tokens[k_end].text.lower() in _ITS_OFFICIALS:
        return  # "talks in Bogota next month with US officials": whose officials, not where
    if place.feature_code == "PCLI" and any(
        f.trigger.category == "conflict"
        and f.trigger.kind != "war"
        and (at := _token_index(tokens, f.token.start)) >= k_end
        and _is_premodifier(tokens, k_end, at)
        and not any(t.text in _AUXILIARIES or t.text == "been" for t in tokens[k_end:at])
        for f in found
    ):
        return  # a country right before a military noun is who acts: "US drone strikes", "killed in
        # an August 2015 U.S. drone strike" (but "the Iraq war" is where)
    passive = _passive_relative(tokens, k_end, found)
    if passive is not None and "object" in _ROLE_FOR.get(passive.trigger.category, {}):
        # "the fishing town of Grindavik, which was evacuated": the town is what was evacuated
        passive.places.append(EventPlace(_ROLE_FOR[passive.trigger.category]["object"], place.region()))
        return
    best: tuple[float, _Found, str] | None = None
    directions = word_list("direction")
    # people on the move in the sentence: a place they head towards is their destination, even
    # after an assault ("fled El Fasher after the assault, most of them towards Tawila")
    moving = any(f.trigger.category in {"displacement", "return"} for f in found)
    where = _where_clause(tokens, k_end)
    where_best: tuple[float, _Found, str] | None = None
    for f in found:
        t_index = _token_index(tokens, f.token.start)
        allowed = _ROLE_FOR.get(f.trigger.category, {})
        candidate_role = None
        if where is not None and where[0] < t_index < where[1] and "venue" in allowed:
            # "flew to Paris, where he met President Emmanuel Macron": what the clause tells
            # happened there, where no event outside it takes the place
            distance = float(t_index - where[0])
            if where_best is None or distance < where_best[0]:
                where_best = (distance, f, "venue")
            continue
        if (
            role is None
            and k == 0
            and f.trigger.kind == "evacuation"
            and "venue" in allowed
            and _subject_end(tokens, t_index) == k_end - 1
            and not _evacuates_from_elsewhere(tokens, t_index)
        ):
            # "Beijing evacuated more than 52,000 people": a place that evacuates, its subject, is
            # where people are moved from
            best = (0.0, f, "venue")
            continue
        if (
            role is None
            and place.feature_code == "PCLI"
            and not place.adjective
            and f.token.text.lower() in _SENDS_BACK
            and "origin" in allowed
            and _subject_end(tokens, t_index) == k_end - 1
            and t_index + 1 < len(tokens)
            and tokens[t_index + 1].text.lower() not in _NO_OBJECT_AFTER
        ):
            # "Mexico returned some 800 Hondurans to San Pedro Sula", "The United States deported
            # 1,200 Guatemalans": a country that sends people away is where they leave
            best = (0.0, f, "origin")
            continue
        if from_here and f.trigger.category in {"displacement", "return"}:
            if abs(k - t_index) > MAX_ROLE_TOKENS or _clause_break(tokens, min(k, t_index), max(k, t_index)):
                continue
            distance = float(abs(k - t_index))
            if best is None or distance < best[0]:
                # "Syrian refugees in Turkey began returning home": the people's home is where
                # they return to
                # ("South Sudanese returnees" arrive home, wherever the word of their journey)
                home = f.trigger.category == "return" or tokens[k_end].text.lower() in _RETURNEES
                best = (distance, f, "destination" if home else "origin")
            continue
        if (
            _is_premodifier(tokens, k_end, t_index)
            and "premod" in allowed
            and (not place.adjective or f.trigger.kind == "war")
        ):
            # "the Geneva initiative", "the Syrian war"; but "Israeli strikes" are by Israel
            candidate_role = "premod"
        elif role in allowed:
            candidate_role = role
            if (
                role == "venue"
                and (f.trigger.kind == "flight" or f.token.text.lower() in _LEFT_WORDS)
                and _fled_what(tokens, t_index, cue_at)
            ):
                # "fleeing shortages in Caracas", "left camps near Arsal"; a place left is no venue
                # of a visit ("Lopez, who left her home in Seville to teach in Cusco")
                candidate_role = "origin" if "origin" in allowed else None
            elif role == "venue" and f.token.text.lower() in _BOARDED and t_index < k:
                # "boarding boats in Necocli", "boarded buses in Tapachula": where they set off
                candidate_role = "origin" if "origin" in allowed else None
        elif (
            role == "destination"
            and f.trigger.kind in _TOWARDS_TARGET
            and (not moving or cue_at == t_index + 1)
        ):
            # "advanced towards Sake", "pressed their offensive toward Pokrovsk": where forces
            # advance is their target; right after their verb even where people flee in the sentence
            # ("tanks advanced into the eastern outskirts of Rafah, forcing thousands to flee")
            candidate_role = "target"
        if (
            candidate_role is not None
            and k < t_index
            and f.trigger.category in {"displacement", "return"}
            and _where_they_lived(tokens, cue_at)
        ):
            # "migrants who had lived for years in Chile and Peru are now heading north": where they
            # lived is where they are, not where they head ("families who lived in Bentiu fled to
            # Juba": they left it)
            candidate_role = "venue" if "venue" in allowed else None
        if candidate_role is None or (t_index > k and _reacted_to(tokens, t_index)):
            continue  # (the latter: "Tinubu, who was in Abuja, condemned the attack")
        if t_index > k and any(f.trigger is carrier for carrier in _CARRIERS_TO):
            continue  # "arrived ... near Teknaf and were taken to the camps in Ukhiya": where they
            # arrived, not where they were taken
        if (
            role == "target"
            and f.trigger.category in {"displacement", "return"}
            and f.trigger.kind != "arrival"
        ):
            continue  # "arrived on the Canary Islands", not "set out from Necocli, on the Gulf of Uraba"
        if f.token.text.lower() in _WALKS and candidate_role not in {"origin", "destination"}:
            continue  # "walked for days from Baidoa", not "walked the red carpet at the premiere in
            # Hollywood": a walk is a flight from or to a place
        if (
            f.trigger.category == "diplomacy"
            and t_index < k
            and any(t.text.lower() in _DISCUSS for t in tokens[t_index + 1 : k])
        ):
            continue  # "met in Santo Domingo to discuss deportations at Ouanaminthe": a topic, no venue
        if (
            f.trigger.category == "diplomacy"
            and t_index < k
            and any(t.text.lower() in _AMID for t in tokens[t_index + 1 : k])
        ):
            continue  # "travelled to Asmara for talks ..., amid fears of renewed conflict in the northern
            # Tigray region": the talks' circumstance, no venue
        if f.trigger.category == "diplomacy" and _owns_a_thing(tokens, k_end):
            continue  # "met in New York at Israel's request", "to send Sweden's membership bid to
            # parliament": whose request or bid, not where anyone meets
        if (
            candidate_role == "destination"
            and f.trigger.category == "diplomacy"
            and f.trigger.kind != "visit"
            and t_index < cue_at
            and tokens[cue_at - 1].text.lower() == "then"
        ):
            continue  # "traveled to Berlin for talks with Scholz, and then to Paris": the journey's next stop
        if (
            candidate_role == "destination"
            and f.trigger.category == "diplomacy"
            and t_index < cue_at
            and tokens[cue_at].text.lower() in _TO
            and any(
                _a_past_verb(t.text) and t.text.lower() not in _TRAVELLED
                for t in tokens[t_index + 1 : cue_at]
            )
        ):
            continue  # "The summit in Brussels also granted candidate status to Georgia": another verb's "to"
        if (
            candidate_role == "object"
            and (
                t_index >= k
                # "hosted Brazil's Lula" (but "to flee Haiti's capital", and "left Cox's Bazar",
                # whose possessive is inside its name)
                or (
                    k_end <= len(tokens)
                    and tokens[k_end - 1].text.endswith(("'s", "’s"))
                    and not (k_end < len(tokens) and tokens[k_end].text.lower() in _PLACE_NOUNS)
                )
                or not _all_modify(tokens, t_index, k, listed)
                # "people will be able to visit the Nelson office": the name of what is visited
                or (
                    f.trigger.kind == "visit"
                    and tokens[k - 1].text.lower() == "the"
                    and k_end < len(tokens)
                    and tokens[k_end].text.isalpha()
                    and tokens[k_end].text.islower()
                    and tokens[k_end].text not in _FUNCTION_WORDS
                )
                or (
                    f.trigger.category != "conflict"
                    # "reached the Italian island of Lampedusa", "fled the Sudanese city of El Fasher",
                    # "crossed the Darien Gap" (passed through: below), "The minister visited the
                    # quake-hit village of Amizmiz"
                    and f.trigger.kind
                    not in {"arrival", "flight", "movement", "evacuation", "crossing", "visit"}
                    and not _all_modify(
                        tokens,
                        t_index,
                        k,
                        listed,
                        lambda w: w == "and" or w[:1].isupper() or w.lower() in directions,
                    )
                )
            )
        ):
            continue  # "captured the town of Wad Madani", "visit Cairo and Amman", "fled northern
            # Syria"
        if (
            candidate_role == "object"
            and f.trigger.kind == "crossing"
            and k_end < len(tokens)
            and tokens[k_end].text.lower() in _CROSSED_WORKS
        ):
            continue  # people who "crossed the Simon Bolivar bridge" did not pass a place of that name
        if candidate_role != "premod":
            if place.adjective:
                continue  # "a Russian air base in Latakia": the adjective is not the venue
            reach_from = _its_verb(tokens, t_index, cue_at) if t_index < cue_at else t_index
            if (
                abs(cue_at - reach_from) - _apposed(tokens, reach_from, cue_at) > MAX_ROLE_TOKENS
                or _clause_break(tokens, t_index, cue_at)
                or (k < t_index and _where_it_was_said(tokens, k, t_index))
                or (k < t_index and _as_a_clause_opens(tokens, k, t_index))
                # "Born in Mandalay in 1943, he ... fled to Thailand": where he was born
                or (k < t_index and _in_a_background_phrase(tokens, k, t_index))
                # "Three years after Russia's invasion, ... many of them in Warsaw": not invaded
                or (t_index < k and _in_a_time_opening(tokens, t_index, k))
                # "through its Black Sea ports of Odesa ..., the highest since the full-scale
                # invasion": the event dates the clause, it happens at none of its places
                or (k < t_index and _dates_the_clause(tokens, t_index, k))
                # "Uganda, which hosts more refugees than any other country in Africa, received
                # 60,000 new arrivals": the relative clause's place is not the arrivals'
                or (k < t_index and _relative_clause_closes_before(tokens, k, t_index))
                # "those arriving had lived in Tehran for years", "migrants who had lived for years in
                # Chile and Peru are now heading north": where they lived, no movement's place
                or (t_index < cue_at - 1 and _where_they_lived(tokens, cue_at))
                # "ordered to evacuate ... as Hurricane Milton strengthened ... in the Gulf of Mexico"
                or (t_index < k and _as_a_clause_opens(tokens, t_index, k))
                or (t_index < k and _relative_clause_closes(tokens, t_index, k))
                # "held talks with Lula, who spent last week in Rio de Janeiro": where he was
                or (t_index < k and _about_someone(tokens, t_index, k))
                # "Many arrived with nothing after being detained in Tehran": another clause's place
                or (t_index < cue_at and _in_a_subordinate_clause(tokens, t_index, cue_at))
            ):
                continue
            if (
                candidate_role in {"target", "origin", "destination"}
                and t_index > k
                # "flew to Tunis on Sunday for talks": where someone travels for talks is their venue
                and not (
                    f.trigger.category == "diplomacy"
                    and cue_at > 0
                    and tokens[cue_at - 1].text.lower() in _TRAVELLED
                    and "," not in {t.text for t in tokens[k:t_index]}
                )
                and not (
                    role == "origin"
                    and f.trigger.category == "displacement"
                    and tokens[t_index - 1].text.lower() != "to"
                )
            ):
                continue  # "an assault on Idlib", "fled to Raqqa": the trigger comes first; but
                # "refugees from Syria arrived in Turkey", "migrants who set off from Zuwara
                # reached Lampedusa" (not "barred from the White House, only to return", nor
                # "ships were sent from Sydney to evacuate people": they left from elsewhere)
        distance = float(k - t_index if t_index < k else (t_index - k) * 1.5)
        if candidate_role == "premod":
            distance = 0.5
        if best is None or distance < best[0]:
            best = (distance, f, candidate_role)
    best = best or where_best
    if best is None:
        return
    _, f, candidate_role = best
    final_role = _ROLE_FOR[f.trigger.category][candidate_role]
    if candidate_role == "object" and f.trigger.kind == "arrival":
        final_role = "destination"  # what people reach is where they went
    elif candidate_role == "object" and f.trigger.kind == "crossing":
        final_role = "location"  # what people cross ("cross the Darien Gap") they pass through
    if final_role == "target" and k_end < len(tokens) and tokens[k_end].text.lower() in _BORDER_WORDS:
        final_role = "location"  # "seized a trade town on the Thai border": near the border, not Thailand
    if candidate_role == "premod":
        final_role = "premod:" + final_role
    f.places.append(EventPlace(final_role, place.region()))


_CROSSED_WORKS = frozenset({"bridge", "bridges", "crossing", "checkpoint", "road", "highway", "border"})
"""Nouns after a name that the name only qualifies: what people cross is the bridge, not the place."""
_PASSIVE_SIGNS = frozenset({"was", "were", "been"})
_ADVERBS_OF_TIME = frozenset({"later", "also", "then", "since", "already", "first", "reportedly"})
_BEFORE_A_PARTICIPLE = _PASSIVE_SIGNS | _ADVERBS_OF_TIME | {"has", "have", "had"}
_ANY_PASSIVE = _PASSIVE | _PASSIVE_SIGNS
_BE_FORMS = _ANY_PASSIVE | _WHO_IS
"""The forms of "be" before a participle: "where they were left", "is left"."""
_BETWEEN_BE = _ADVERBS_OF_TIME | {"just", "often", "still", "all", "not", "never"}
"""Adverbs between "be" and its participle: "were then left", "was still left"."""


def _passive_relative(tokens: Sequence[Token], k_end: int, found: Sequence[_Found]) -> _Found | None:
    """The trigger of a passive relative clause right after a place, of which the place is the
    object: "the fishing town of Grindavik, which was evacuated", "Kherson, which was recaptured"."""
    if k_end + 2 >= len(tokens) or tokens[k_end].text != "," or tokens[k_end + 1].text.lower() != "which":
        return None
    j, passive = k_end + 2, False
    while j < len(tokens) and tokens[j].text.lower() in _BEFORE_A_PARTICIPLE:
        passive = passive or tokens[j].text.lower() in _PASSIVE_SIGNS
        j += 1
    if not passive or j >= len(tokens):
        return None
    return next((f for f in found if f.token.start == tokens[j].start), None)


_TRAVELLED = frozenset(
    {"travel", "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flies"}
    | {"flying", "went", "go", "goes", "going", "came", "come", "headed", "heading", "returned"}
)
"""Verbs of an official's journey before "to" and a place: where they go for talks is the talks'
venue ("flew to Tunis on Sunday for talks with President Kais Saied")."""
ANAPHOR_SENTENCES = 2
_ANAPHORS = {
    "area": ("PPL", "ADM", "RGN"),
    "region": ("ADM", "RGN"),
    "province": ("ADM", "RGN"),
    "district": ("ADM", "RGN"),
    "city": ("PPL",),
    "town": ("PPL",),
    "village": ("PPL",),
}
"""Nouns after "the" that stand for a place the text has named, and the feature codes (by their
start) of the places each may stand for: a division or a region for "the region", a town for "the
city", either for "the area"."""
_NOT_ANAPHORIC_AFTER = frozenset({"of", "around", "near", "surrounding", "and", "where", "'s", "’s"})


def _the_place_meant(tokens: Sequence[Token], found: Sequence[_Found], earlier: Sequence[Place]) -> None:
    """Where a movement's origin, or a return's destination, is only "the area", "the region",
    "the city", "the town" or "the village" ("Moscow evacuated more than 120,000 people from the
    area", "Thousands have fled the city"), the place that noun stands for: the last place named in
    the ANAPHOR_SENTENCES sentences before (`earlier`) of its class (a division for "the region", a
    town for "the city"; not a country, nor a people's adjective). Not "the city of", "the area
    around Kupiansk" (a place follows), nor where the trigger has that end already."""
    indexed = _indexed(tokens, found)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text.lower() != "the" or (codes := _ANAPHORS.get(tokens[k + 1].text.lower())) is None:
            continue
        if k + 2 < len(tokens) and (
            tokens[k + 2].text.lower() in _NOT_ANAPHORIC_AFTER or tokens[k + 2].text[:1].isupper()
        ):
            continue
        before = tokens[k - 1].text.lower()
        role = "origin"
        trigger = next((f for j, f in indexed if j == k - 1), None)
        if trigger is not None and not (
            trigger.trigger.kind in {"flight", "evacuation"} or before in _LEFT_WORDS
        ):
            trigger = None  # "fled the city", "evacuated the town", "left the area"
        if trigger is None and before in {"from", "to"}:
            # "evacuated 120,000 people from the area", "returned to the town"
            # the nearest such word before the noun
            trigger = max(
                (
                    (j, f)
                    for j, f in indexed
                    if j < k
                    and f.trigger.category in {"displacement", "return"}
                    and k - j <= MAX_ROLE_TOKENS
                    and not _clause_break(tokens, j, k)
                ),
                key=lambda jf: jf[0],
                default=(k, None),
            )[1]
            if trigger is not None and before == "to":
                if trigger.trigger.category != "return":
                    continue  # "fled to the city" of a flight may be any city
                role = "destination"
        if trigger is None or any(ep.role == role for ep in trigger.places):
            continue
        meant = [p for p in earlier if not p.adjective and p.feature_code.startswith(codes)]
        if meant:
            trigger.places.append(EventPlace(role, meant[-1].region()))


_LEAVE_VERBS = frozenset({"leave", "flee", "evacuate", "abandon", "vacate", "quit", "exit", "escape"})
"""After "to", verbs whose object is where people leave: "told to leave Bairnsdale" (no "to" of a
destination)."""
_LEFT_WORDS = frozenset({"left", "leave", "leaves", "leaving", "abandoned", "abandoning", "deserted"})
"""Movement words whose object is a place left: "left camps near Arsal" came from there."""


def _fled_what(tokens: Sequence[Token], trigger: int, cue: int) -> bool:
    """Whether the words between a flight's verb and "in" name only what people fled: "fleeing
    shortages in Caracas", "fled the fighting in Khartoum" (not "fled and now live in Azaz")."""
    between = [t.text for t in tokens[trigger + 1 : cue]]
    return (
        bool(between)
        and all(
            w.isalpha() and w.islower() and (w in {"the", "a"} or w not in _FUNCTION_WORDS) for w in between
        )
        and any(w not in {"the", "a"} for w in between)
    )


_VISIT = Trigger("diplomacy", "visit")
_ORDERED_OUT = Trigger("displacement", "evacuation")
_FORCED_OUT = Trigger("displacement", "displacement")
_SHELTERING = Trigger("displacement", "shelter")


def _in_evacuation_centres(tokens: Sequence[Token]) -> list[_Found]:
    """ "About 31,800 people were staying in evacuation centres, many in Suzu and Anamizu": where no
    other word of the sentence moves people, evacuation centres are where displaced people shelter
    (beside a flight, "to flee to evacuation centres in Cagayan", the flight is the event)."""
    return [
        _Found(t, _SHELTERING)
        for k, t in enumerate(tokens[:-1])
        if t.text.lower() == "evacuation" and tokens[k + 1].text.lower() in _DISPLACEMENT_SITES
    ]


_ORDERS = frozenset(
    {"told", "ordered", "urged", "forced", "asked", "advised", "warned", "instructed"}
    | {"telling", "ordering", "urging", "forcing", "asking", "advising", "warning", "instructing"}
)
"""Before "to leave" (or a weak movement word), these make people leave: "forcing tens of thousands
of residents to leave for Ouagadougou"."""


def _with_orders_to_leave(tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
    """People made to leave are evacuated: "Residents of Bairnsdale were told to leave for
    Melbourne", "police ordered residents of Kherson to leave" (a movement word of its own, "leave"
    is none: "leave a caravan camp", "trains leave Kharkiv")."""
    at = {f.token.start: f for f in found}
    for k, t in enumerate(tokens):
        f = at.get(t.start)
        leaving = t.text.lower() == "leave" or (
            f is not None
            and f.trigger.weak
            and f.trigger.category == "displacement"
            and not _moves_goods(tokens, k)  # "told to move valuables upstairs"
        )
        if leaving and k >= 2 and tokens[k - 1].text.lower() == "to" and _ordered(tokens, k - 1):
            at[t.start] = _Found(t, _ORDERED_OUT)
        elif t.text.lower() in _DRIVEN and t.start not in at and _from_homes(tokens, k):
            at[t.start] = _Found(t, _FORCED_OUT)  # "forced 100,000 people from their homes"
    return [at[start] for start in sorted(at)]


ORDER_REACH = 12
"""How many words an order may stand before its "to": "ordered residents of Khan Younis and Rafah
to move" (the people and their places between)."""


def _ordered(tokens: Sequence[Token], to: int) -> bool:
    """Whether an order (_ORDERS) stands before the "to" at token `to`, in the same clause."""
    return _one_before_other(reversed(tokens[max(0, to - ORDER_REACH) : to]), _ORDERS, _CLAUSE_ENDS)


_CLAUSE_ENDS = _SENTENCE_STOPS | _CLAUSE_WORDS


_DRIVEN = frozenset({"forced", "forcing", "forces", "drove", "driving", "driven", "drives"})


def _from_homes(tokens: Sequence[Token], k: int) -> bool:
    """Whether "from their homes" (or "out of") follows the k-th word within a few words: people made
    to leave home ("forced 100,000 people from their homes", "drove thousands out of their homes")."""
    words = [t.text.lower() for t in tokens[k + 1 : k + 10]]
    for j in range(len(words) - 2):
        if words[j] in {"from", "out"} and (
            words[j + 1 : j + 3] in (["their", "homes"], ["their", "home"])
            or words[j + 1 : j + 4] == ["of", "their", "homes"]
        ):
            return True
    return False


_TRAVEL_KINDS = frozenset({"arrival", "return", "movement", "crossing"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
_AUXILIARIES = (
    frozenset({"has", "have", "had", "was", "is", "also", "then", "later", "first", "finally"}) | _MODALS
)
_AUXILIARIES_OR_BE = _AUXILIARIES | _WHO_IS
_AUXILIARIES_OR_PASSIVE = _AUXILIARIES | _PASSIVE


def _titled_names(text: str, tokens: Sequence[Token], speakers: bool = True) -> set[str]:
    """Folded words of the names this text gives a title, "of" and an office allowed between
    ("Secretary of State Antony Blinken"), and (with `speakers`) of the names it has speak
    ("Blinken said")."""
    titles = word_list("title")
    out = person_words(text, tokens) if speakers else set()
    for k, tok in enumerate(tokens):
        if tok.text.lower().rstrip(".") not in titles or not tok.text[:1].isupper():
            continue
        for t in tokens[k + 1 : k + 7]:
            if t.text == "of":
                continue
            if not t.text[:1].isupper():
                break
            out.add(fold(t.text.removesuffix("'s").removesuffix("’s")))
    return out


_ON_DUTY = frozenset(
    {
        "officers",
        "officials",
        "troops",
        "soldiers",
        "police",
        "peacekeepers",
        "inspectors",
        "delegation",
        "delegates",
        "diplomats",
        "envoy",
        "envoys",
        "experts",
        "investigators",
        "journalists",
        "reporters",
        "crews",
        "crew",
        "astronauts",
        "cosmonauts",
        "engineers",
        "teams",
        "team",
        "rescuers",
        "firefighters",
        "medics",
        "volunteers",
        "players",
        "squad",
        "athletes",
        "fans",
        "forces",
        "reinforcements",
        "fighters",
        "gunmen",
        "militants",
        "militiamen",
        "rebels",
        "insurgents",
        "jihadists",
        "attackers",
        "assailants",
        "bandits",
        "students",
        "protesters",
        "demonstrators",
        "marchers",
        "pilgrims",
        "mercenaries",
        "paratroopers",
        "commandos",
        "marines",
    }
)
"""People whose arrival, return or departure is a duty, an armed group's move, a protest or a
pilgrimage, not a displacement: "Kenyan police officers arrived at Toussaint Louverture
International Airport", "The gunmen arrived on motorcycles in Mafa", "NASA's Artemis II crew
arrived at the Kennedy Space Center", "Students who walked for days
from Belgrade, Nis and Kragujevac were greeted in Novi Sad" (but students who flee move)."""


_CRAFT = frozenset(
    {"ship", "ships", "vessel", "vessels", "flight", "flights", "plane", "planes", "aircraft", "trains"}
)
"""Ships, flights and trains: things that move, and may carry people or not."""
_CARRIERS = _VEHICLES | _CRAFT | frozenset(
    {
        "trip", "shipment", "shipments", "cargo", "package", "parcel", "mission", "season",
        "convoy", "convoys", "trucks", "lorries", "supplies", "aid",
        "flame", "torch", "relay", "coffin", "remains",
    }
)  # fmt: skip
"""Things whose arrival is no arrival of displaced people, unless the words before it count people
("Aid convoys from Misrata and Tripoli reached the eastern city"; "The Olympic flame arrived in
Marseille", "the coffin arrived in London")."""


_FUGITIVES = frozenset(
    {"suspect", "suspects", "gunman", "gunmen", "thief", "thieves", "robber", "robbers", "attacker",
     "attackers", "shooter", "assailant", "assailants", "culprit", "culprits", "inmate", "inmates",
     "escapee", "escapees", "fugitive", "fugitives", "perpetrator", "perpetrators", "driver",
     "suspected"}
)  # fmt: skip
"""Who flees the police or a scene, not a place: "The suspect, a man from Easley, fled on foot", "A
man suspected of shooting two people ... fled to Kentucky"."""
_HARMED_BY = frozenset(
    {"shooting", "killing", "stabbing", "attacking", "robbing", "injuring", "wounding", "assaulting"}
    | {"kidnapping", "abducting", "shot", "killed", "stabbed", "injured", "wounded", "robbed"}
)
"""Words of harm before people, who are then its victims, not people on the move: "suspected of
shooting two people"."""


FUGITIVE_REACH = 14
"""How many words before a word of flight its fleeing suspect may be named: "A man suspected of
shooting two people outside a Dayton bar early Saturday fled to Kentucky"."""


def _a_fugitive_flees(tokens: Sequence[Token], k: int) -> bool:
    """Whether the one who flees (token k) is a suspect or an attacker, named in the FUGITIVE_REACH
    words before it with no people on the move among them, or flees "the scene": no displacement."""
    if [t.text.lower() for t in tokens[k + 1 : k + 3]] == ["the", "scene"]:
        return True  # "Frank James, 64, fled the scene and was arrested a day later in the East Village"
    return _named_before_without_people(tokens, k, _FUGITIVES, FUGITIVE_REACH)


_MARKETS = frozenset(
    {"investors", "traders", "capital", "money", "funds", "markets", "buyers", "sellers", "shareholders"}
    | {"depositors", "savers", "customers", "clients", "advertisers", "sponsors", "users", "subscribers"}
    | {"viewers", "shoppers", "consumers", "borrowers", "lenders", "banks"}
)
"""Subjects whose flight or arrival moves no people: "Investors fled to safe-haven assets as markets
in Tokyo tumbled"."""
_ONE_OF_MANY = frozenset(
    {"family", "group", "crowd", "caravan", "wave", "influx", "flood", "stream", "column"}
)
"""Nouns in the singular that are many people on the move: "a caravan arrived in Tapachula"."""
_ARRIVING_WORDS = frozenset({"arrived", "arrives", "arrive", "arriving"})


def _no_one_moves(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of the k-th word, a word of displacement, is a market's people or money
    (_MARKETS), or, for an arrival, one thing or person a noun in the singular names ("Manchester
    United's new signing arrived in Manchester from Madrid"; not "a caravan arrived", nor a
    pronoun: "they arrived")."""
    j = _subject_end(tokens, k)
    if j < 0:
        return False
    word = tokens[j].text
    if word.lower() in _MARKETS:
        return True
    return (
        tokens[k].text.lower() in _ARRIVING_WORDS
        and word.isalpha()
        and word.islower()
        and not word.endswith("s")
        and word not in _PEOPLE_WORDS
        and word not in _ONE_OF_MANY
        and j >= 1
        and (
            tokens[j - 1].text.lower() in {"the", "a", "an", "new", "his", "her", "its"}
            or tokens[j - 1].text.endswith(("'s", "’s"))
        )
    )


def _goods_are_moved(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of the k-th word, a word of moving in the passive, is goods: "Aid is
    flown in from Juba", "Supplies were ferried to Goma" (no people moved; a carrier that moves is
    one that may carry people: "One bus left the camp before dawn")."""
    if not _after_be(tokens, k):
        return False
    j = _subject_end(tokens, k, also=_BE_FORMS | _BETWEEN_BE)
    return j >= 0 and tokens[j].text.lower() in _GOODS


def _carried_by_water(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word, a word of moving, is done by water or a hazard ("Bodies were found as
    far away as Nilambur, carried by the river", "swept by floodwaters"): no people moving."""
    after = [t.text.lower() for t in tokens[k + 1 : k + 4]]
    if not after or after[0] not in {"by", "downstream", "away"}:
        return False
    rest = [w for w in after[1:] if w not in {"the", "a"}]
    return bool(rest) and (rest[0] in _CARRIED_MATTER or rest[0] in _HAZARDS or rest[0] in _WATERS)


_WATERS = frozenset({"river", "rivers", "current", "currents", "sea", "waves", "tide", "torrent", "stream"})


def _carrier_arrives(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of an arrival (token k) is a ship, a flight, a train or a mission with no
    people counted before it ("A ship operated by Ocean Infinity arrived at the search area",
    "75,000 flights arrived at Schiphol"; not "a boat carrying 300 migrants arrived in Lampedusa"), or
    goods are."""
    if _named_before_without_people(tokens, k, _CARRIERS, CARRIER_REACH):
        return True
    # goods that arrive ("with food and fuel arriving only by air or in convoys escorted from
    # Ouagadougou"; not "families with their belongings arrived in Herat")
    j = _subject_end(tokens, k)
    return (
        j >= 0
        and tokens[j].text.lower() in _GOODS
        and _named_before_without_people(tokens, k, _GOODS, CARRIER_REACH)
    )


CARRIER_REACH = 8
"""How many words before an arrival its carrier or goods may stand (_carrier_arrives)."""


def _named_before_without_people(tokens: Sequence[Token], k: int, words: frozenset[str], reach: int) -> bool:
    """Whether one of `words` is among the `reach` words before the k-th, and no people on the move
    (_PEOPLE_WORDS) are: who the subject of a movement word is."""
    window = [t.text.lower() for t in tokens[max(0, k - reach) : k]]
    return any(w in words for w in window) and not any(
        w in _PEOPLE_WORDS and not _HARMED_BY.intersection(window[max(0, m - 3) : m])
        for m, w in enumerate(window)
    )


def _not_done(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word (an event's) follows "instead of", "rather than" or "without": what
    is not done."""
    before = [t.text.lower() for t in tokens[max(0, k - 2) : k]]
    return before in (["instead", "of"], ["rather", "than"]) or before[-1:] == ["without"]


_GATHERED = frozenset({"gathered", "convened"})


def _officials_gather(tokens: Sequence[Token], k: int) -> bool:
    """Whether those who gathered (the k-th word) are leaders or officials: "European leaders gathered
    in London", "Foreign ministers convened in Brussels"; not "Protesters gathered in the Afghan
    capital", "Thousands gathered in Trafalgar Square"."""
    j = _subject_end(tokens, k)
    return j >= 0 and tokens[j].text.lower() in _OFFICIALS


def _subject_end(tokens: Sequence[Token], k: int, also: frozenset[str] = frozenset()) -> int:
    """The index of the last word of the subject right before the k-th word (a verb), auxiliaries
    ("has", "later") and the words `also` holds skipped; -1 where the sentence starts with the verb."""
    j = k - 1
    while j >= 0 and (tokens[j].text.lower() in _AUXILIARIES or tokens[j].text.lower() in also):
        j -= 1
    return j


def _moves_people(tokens: Sequence[Token], k: int) -> bool:
    """Whether people follow the k-th word (a movement word) as its object: "officials moved the
    refugees to Medan" is the refugees' movement, not the officials'. Within four words, a number's
    pieces one word ("it had bused about 1,500 migrants"). Not to a hospital: "the crash sent all
    five people involved to the hospital" moves the hurt, as "taken to hospital" does (_CARE)."""
    if _to_care(tokens, k):
        return False
    words = 0
    for m in range(k + 1, len(tokens)):
        text = tokens[m].text
        if text.lower() in _PEOPLE_WORDS:
            return True
        if not _inside_a_number(tokens, m, k + 1):
            words += 1
            if words == 4:
                return False
    return False


def _to_care(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clause of the k-th word (a movement word) goes "to" a hospital or a clinic
    within a few words (_CARE)."""
    for m in range(k + 1, min(len(tokens), k + CARE_REACH)):
        word = tokens[m].text.lower()
        if word in _SENTENCE_STOPS:
            return False
        if word == "to":
            return _to_a_hospital(tokens, m)
    return False


def _to_a_hospital(tokens: Sequence[Token], to: int) -> bool:
    """Whether a hospital or a clinic (_CARE) is within three words after tokens[to], a "to"."""
    return any(w.text.lower() in _CARE for w in tokens[to + 1 : to + 4])


CARE_REACH = 8
"""How far after a movement word its "to" is looked for (_to_care): "sent all five people involved
to the hospital"."""


def _people_are_moved(tokens: Sequence[Token], k: int) -> bool:
    """Whether people are the subject of the k-th word (a movement word) in the passive: "Evacuees
    were sent to reception centres in Grande Prairie"."""
    j = _subject_end(tokens, k, also=_PASSIVE)
    return (
        j >= 0
        and tokens[j].text.lower() in _PEOPLE_WORDS
        and any(t.text.lower() in _ANY_PASSIVE for t in tokens[j + 1 : k])
    )


def _inside_a_number(tokens: Sequence[Token], m: int, first: int) -> bool:
    """Whether tokens[m] (not before tokens[first]) continues a number the tokens split: the comma
    and the digits after it of "1,500"."""
    text = tokens[m].text
    if text in {",", "."}:
        return (
            m > first
            and tokens[m - 1].text.isdigit()
            and m + 1 < len(tokens)
            and tokens[m + 1].text.isdigit()
        )
    return (
        text.isdigit()
        and m - 2 >= first
        and tokens[m - 1].text in {",", "."}
        and tokens[m - 2].text.isdigit()
    )


_ONE_PERSON = frozenset(
    {"woman", "man", "boy", "girl", "child", "patient", "passenger", "traveller", "traveler", "tourist"}
    | {"student", "pilgrim", "worker", "nurse", "doctor", "businessman", "businesswoman", "visitor"}
)
"""A person who travels, not people displaced, when one of them is the subject of an arrival."""
_BEFORE_THE_VERB = frozenset({"who", "that", "just", "recently", "already", "since"})


def _a_traveller(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject of the k-th word (an arrival, a return, a departure) is one person, a
    traveller, in a sentence that names no one on the move: "a Kenyan woman who had just arrived
    from India was put in isolation" (but "a woman who fled", and "a refugee who arrived", move)."""
    if any(t.text.lower() in _ON_THE_MOVE for t in tokens):
        return False
    j = _subject_end(tokens, k, also=_BEFORE_THE_VERB)
    if j < 0 or tokens[j].text.lower() not in _ONE_PERSON:
        return False
    return any(t.text.lower() in {"a", "an", "one"} for t in tokens[max(0, j - 4) : j])


_SEIZED_GOODS = (
    (_GOODS - {"troops"})
    | {"assets", "drugs", "cash", "property", "properties", "documents", "arms", "passports"}
    | {"ships", "tankers", "tanker", "vessel", "vessels", "cocaine", "heroin"}
    | {"rifles", "guns", "handguns", "pistols", "firearms", "ammunition", "shotguns", "explosives"}
)
"""What is seized that is no place: money, goods, vessels, firearms."""


_BEFORE_GOODS = _DETERMINERS | {"some"}


def _seizes_goods(tokens: Sequence[Token], k: int) -> bool:
    """Whether a capture word (token k) takes money or goods, no place: "working to seize $US1.7
    billion allegedly taken from the fund", "police seized drugs and weapons", "seized two assault
    rifles" (goods within its next three words)."""
    after = [t.text.lower() for t in tokens[k + 1 : k + 4] if t.text.lower() not in _BEFORE_GOODS]
    return bool(after) and (
        after[0][:1] in "$£€¥" or after[0][:1].isdigit() or any(w in _SEIZED_GOODS for w in after)
    )


def _one_was_carried(tokens: Sequence[Token], k: int) -> bool:
    """Whether a weak movement word (token k) is a passive of one ("Ismael Zambada was flown to El
    Paso, Texas, and arrested there"), in a sentence that names no one on the move: no crowd."""
    j = k - 1
    while j >= 0 and tokens[j].text.lower() in _ADVERBS_OF_TIME:
        j -= 1
    return (
        j >= 0 and tokens[j].text.lower() == "was" and not any(t.text.lower() in _ON_THE_MOVE for t in tokens)
    )


_TRIPS = frozenset({"trip", "trips"})
_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "whose"})


_NO_ONES_NAMES = _FUNCTION_WORDS | _DETERMINERS | CALENDAR_WORDS
"""Capitalised words that name no one: an article opening the sentence, a month, a day."""


def _someones_trip(tokens: Sequence[Token], k: int, place_tokens: Container[int]) -> bool:
    """Whether a trip (token k) is someone's: an owner before it ("his trip", "Blinken's trip") or
    a name in its sentence that is no place ("Blinken made a trip to Kyiv"); "The trip to Chicago
    takes about 30 hours" is no visit."""
    before = tokens[k - 1].text if k > 0 else ""
    if before.lower() in _OWNERS or before.endswith(("'s", "’s")):
        return True
    return any(
        t.text[:1].isupper() and j not in place_tokens and t.text.lower() not in _NO_ONES_NAMES
        for j, t in enumerate(tokens)
        if j != k
    )


_SIGHTSEERS = frozenset({"tourists", "tourist", "holidaymakers", "sightseers", "visitors", "sightseeing"})


def _a_state_takes_part(tokens: Sequence[Token], k: int, places: Sequence[Place], persons: set[str]) -> bool:
    """Whether the sentence of a meeting or a visit (its k-th word) names a party of a state: an
    office or its holders ("President", "officials", "a delegation", "MPs"), a person the text
    titles or quotes ("Putin" where "President Vladimir Putin" is), a country or its people's
    adjective; or a name that meets in a town, "Putin met Erdogan in Sochi"."""
    titles = word_list("title")
    if any(
        (low := t.text.lower().rstrip(".")) in titles
        or low in _STATE_PARTIES
        or low.removesuffix("s") in _STATE_PARTIES
        or low.removesuffix("s") in titles  # "the board of governors meets in Vienna"
        for t in tokens
    ):
        return True
    if any(
        t.text[:1].isupper() and fold(t.text.removesuffix("'s").removesuffix("’s")) in persons for t in tokens
    ):
        return True
    at = tokens[k].start
    if any(p.feature_code.startswith("PCL") or p.adjective for p in places):
        return True
    j = _subject_end(tokens, k, also=_MAKES_A_TRIP | _INTENDS)
    if j >= 0 and tokens[j].text.lower() in _HE_OR_SHE and persons:
        return True  # "He then flew to Grafton and met residents", "In Kinshasa, his visit comes as":
        # one person of a text that titles or quotes someone
    # "Putin met Erdogan in Sochi": someone named meets in a town (not "Brandyberry visited Gregg at
    # Mercy Memorial Hospital", a building)
    return (
        j >= 0
        and tokens[j].text[:1].isupper()
        and tokens[j].text.lower() not in lowercase_words()  # "Students will meet at the library"
        and not any(p.start <= tokens[j].start < p.end for p in places)
        and any(p.feature_code.startswith("PPL") and p.start > at for p in places)
    )


_HE_OR_SHE = frozenset({"he", "she", "his", "her"})
_INTENDS = frozenset(
    {"expected", "due", "set", "scheduled", "planning", "plans", "plan", "going", "to", "are", "were", "be"}
)
"""Between a subject and a visit's verb, the words of its being planned (besides the auxiliaries
_subject_end skips): "He is expected to visit Tel Aviv on Wednesday", "she was due to meet"."""
_MAKES_A_TRIP = frozenset({"made", "makes", "make", "making", "paid", "pays", "pay", "paying", "a", "an"})
"""Between a name and a visit's or a trip's noun, the words of making one: "Blinken made a trip"."""
_STATE_PARTIES = frozenset(
    {"official", "leader", "delegation", "delegate", "diplomat", "envoy", "government", "negotiator"}
    | {"lawmaker", "legislator", "representative", "authorities", "mp", "mla", "parliamentarian"}
    | {"counterpart", "administration", "ministry", "regime", "cabinet", "summit", "talks", "bilateral"}
    | {"state-level", "head", "heads", "dignitaries", "dignitary", "premier", "mayor", "council"}
)
"""Words of a state's offices and their holders (singular; a plural's "s" is dropped to match), beside
the titles of recognition.tsv: a meeting or a visit with one of them in its sentence is diplomacy."""


def _sightseers_visit(tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word, a visit, is tourists', not a diplomatic visit: "tourists, most of whom
    troop to Kogelo to visit the ancestral home"."""
    return any(t.text.lower() in _SIGHTSEERS for t in tokens[max(0, k - 12) : k])


def _on_duty(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject right before the k-th word (an arrival, a return, a departure) is people
    on duty ("volunteers who walked")."""
    j = _subject_end(tokens, k, also=_BEFORE_THE_VERB)
    head = j
    while head > 0 and (
        tokens[head].text[:1].isupper()
        or tokens[head].text.lower() in _INSIDE_AN_ORIGIN
        or tokens[head].text.lower() in _AFAR
    ):
        head -= 1
    if head < j and tokens[head].text.lower() in {"from", "of"}:
        j = head - 1  # "Rescue teams from Jakarta and Makassar reached the area", "from Egypt,
        # Turkey and the United Arab Emirates arrived", "A central team from the National
        # Institute of Virology in Pune arrived"
    if j >= 0 and tokens[j].text.lower() in _RELATIVE_SUBJECTS:
        # "deployed police officers to Haiti, where they arrived in Port-au-Prince": who "they"
        # are is the nearest people named before
        for m in range(j - 1, max(-1, j - PRONOUN_REACH), -1):
            word = tokens[m].text.lower()
            if word in _ON_DUTY or word in _PEOPLE_WORDS or word in _SENTENCE_STOPS:
                return word in _ON_DUTY
        return False
    if j >= 0 and tokens[j].text.lower() in _ON_DUTY:
        return True
    # "Thousands of protesters from Peru's southern regions of Puno, Cusco and Arequipa arrived in
    # Lima": people on duty whom a phrase of where they come from follows (its names and commas,
    # no verb); "Thousands of students who walked for two days from Belgrade arrived in Novi Sad":
    # people on duty whom a relative clause describes (no comma)
    if _duty_before(tokens, j, _FROM, ORIGIN_PHRASE_REACH, lambda t: _a_past_verb(t.text)):
        return True
    if _duty_before(tokens, j, _WHO_OR_THAT, PRONOUN_REACH, lambda t: t.text == ","):
        return True
    # "Thousands of volunteers carrying brooms and shovels walked ... into Paiporta": people on duty
    # whom a participle's phrase describes
    for m in range(j, max(-1, j - PRONOUN_REACH), -1):
        word = tokens[m].text.lower()
        if word in _PEOPLE_WORDS or word in _SENTENCE_STOPS:
            return False
        if word in _ON_DUTY and m + 1 < j and _a_participle(tokens[m + 1].text):
            return True
    return False


def _movers_try(tokens: Sequence[Token], k: int) -> bool:
    """Whether people on the move are who try to reach a place (the k-th word, "reach"), named in
    the TRY_REACH words before it: "migrants trying to reach Lampedusa", "refugees hoping to reach
    Europe" (not "Rescue teams in Jacobabad used boats to reach villages")."""
    before = tokens[max(0, k - TRY_REACH) : k]
    if any(t.text.lower() in _ON_THE_MOVE for t in before):
        return True
    # "Others walked for days to reach camps on the outskirts of Mogadishu": a journey on foot or in
    # flight whose end "to reach" names
    return (
        k > 0
        and tokens[k - 1].text.lower() == "to"
        and any(t.text.lower() in _JOURNEYS_TO_REACH for t in tokens[max(0, k - JOURNEY_REACH) : k - 1])
    )


TRY_REACH = 4
_JOURNEYS_TO_REACH = frozenset({"walked", "walking", "trekked", "trekking", "fled", "fleeing"})
JOURNEY_REACH = 6
"""How many words before "to reach" a walk or a flight may stand ("walked for three days to reach")."""


def _diplomats_travel(tokens: Sequence[Token], k: int) -> bool:
    """Whether the subject right before the k-th word (an arrival, a return, a departure) is a
    state's envoys: "Russian and Ukrainian delegations have arrived at the Dolmabahce Palace", "The
    delegation arrived in Geneva on Tuesday" (a visit, not people displaced, nor people on other
    duty whose arrival is no event)."""
    j = _subject_end(tokens, k, also=_BEFORE_THE_VERB)
    return j >= 0 and tokens[j].text.lower() in _DIPLOMATS


_DIPLOMATS = frozenset(
    {"delegation", "delegations", "delegates", "diplomats", "envoy", "envoys", "negotiators"}
    | {"mediators", "ministers"}
)
_OFFICIALS = _ITS_OFFICIALS | _DIPLOMATS | {"presidents", "heads", "chiefs", "premiers"}
"""Who may gather or convene for a meeting (_officials_gather)."""


_RELOCATES = frozenset({"moved", "move", "moves", "moving", "relocated", "relocating", "relocates"})
"""Movement words that, said of one person an official's journey would be, move a home: no visit."""


def _duty_before(
    tokens: Sequence[Token], j: int, opens: frozenset[str], reach: int, ends: Callable[[Token], bool]
) -> bool:
    """Whether, going back from the j-th word (a subject's last) within `reach` words and before a
    sentence's stop or a word that `ends` the phrase, the first word that `opens` a phrase follows
    people on duty."""
    for m in range(j, max(0, j - reach), -1):
        if tokens[m].text in _SENTENCE_STOPS or ends(tokens[m]):
            return False
        if tokens[m].text.lower() in opens:
            return tokens[m - 1].text.lower() in _ON_DUTY
    return False


ORIGIN_PHRASE_REACH = 12
"""How far back from a verb a phrase of where its subject comes from may start ("protesters from
Peru's southern regions of Puno, Cusco and Arequipa arrived")."""
_WHO_OR_THAT = frozenset({"who", "that"})
"""Relative pronouns of people: "students who walked", "crews that arrived"."""
_RELATIVE_SUBJECTS = frozenset({"they", "who"})
PRONOUN_REACH = 10
_INSIDE_AN_ORIGIN = frozenset({"and", ",", "the", "of", "in"})
"""Small words inside the names after "from" that a subject on duty comes from ("the National
Institute of Virology in Pune")."""
_AFAR = frozenset({"around", "across", "all", "over", "world", "globe", "country", "continent", "region"})
"""The words after "from" that say a subject on duty comes from everywhere: "Nearly 2 million
pilgrims from around the world travelled to Saudi Arabia", "fans from across the country"."""


_FOR_TALKS = frozenset({"for", "to"})
"""Before a word of diplomacy, the words that make a journey its purpose: "arrived in Riyadh on
Tuesday for talks", "travelled to Cairo to discuss the truce"."""


def _travels_for_talks(tokens: Sequence[Token], f: _Found, found: Sequence[_Found]) -> bool:
    """Whether an arrival or a journey (no one displaced on it) is for talks, a meeting or a summit
    that the sentence names within ten words after it, after "for" or "to": "Blinken arrived in
    Riyadh on Tuesday for talks with Saudi officials" is a visit, not people arriving."""
    if f.trigger.kind not in _TRAVEL_KINDS or f.trigger.category == "return":
        return False
    if any(t.text.lower() in _ON_THE_MOVE for t in tokens):
        return False
    at = _token_index(tokens, f.token.start)
    for g in found:
        if g.trigger.category != "diplomacy":
            continue
        k = _token_index(tokens, g.token.start)
        if at < k <= at + 10 and any(t.text.lower() in _FOR_TALKS for t in tokens[at + 1 : k]):
            return True
    return False


_ONES_HOME = [[pronoun, "home"] for pronoun in ("her", "his", "their", "my", "our")]


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})


def _official_travels(tokens: Sequence[Token], f: _Found, persons: set[str]) -> bool:
    """Whether an arrival, return or departure is an official's journey, not people's movement:
    its subject, right before it, is a name after a title ("Secretary of State Antony Blinken
    arrived in Tel Aviv") or a name the text gives a title elsewhere ("Zelenskiy returned to Kyiv"),
    or "he" or "she" after such a name in the sentence ("Barrot said he would travel to Beirut"), or
    such a name before ", who" ("Javier Milei, who arrived from Buenos Aires")."""
    if f.trigger.kind not in _TRAVEL_KINDS:
        return False
    at = _token_index(tokens, f.token.start)
    if f.trigger.kind == "movement" and _moves_people(tokens, at):
        return False  # "Gov. Greg Abbott has sent buses of migrants to Chicago": they move, not he
    return _an_officials_act(tokens, at, persons)


def _an_officials_act(tokens: Sequence[Token], at: int, persons: set[str]) -> bool:
    """Whether the subject of the verb at `at` is an official (_official_travels)."""
    if _diplomats_travel(tokens, at):
        return True
    if [t.text.lower() for t in tokens[at + 1 : at + 3]] in _ONES_HOME:
        return False  # "Maria Lopez, who left her home in Seville to teach in Peru": a life's move
    k = _subject_end(tokens, at)
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].text in _NAME_SUFFIXES:
        k -= 1  # "President Ferdinand Marcos Jr. flew to Laoag": the name ends before its suffix
    if k >= 1 and tokens[k].text in _NAME_SUFFIXES:
        k -= 1
    titles = word_list("title")
    if k >= 0 and tokens[k].text.lower() in {"he", "she"}:
        # "Foreign Minister Jean-Noel Barrot said he would travel to Beirut": one person, whom the
        # sentence names with a title or as a person before the pronoun; or, opening the sentence,
        # one the text does ("Prime Minister Shehbaz Sharif visited Quetta. He will travel to
        # Sukkur on Monday")
        return any(
            (t.text[:1].isupper() and (t.text.lower().rstrip(".") in titles or fold(t.text) in persons))
            for t in tokens[:k]
        ) or (bool(persons) and (k == 0 or tokens[k - 1].text in OPENERS))
    if k >= 0 and tokens[k].text == ",":
        return _titled_apposition(tokens, k, titles)
    if k >= 2 and tokens[k].text.lower() == "who" and tokens[k - 1].text == ",":
        k -= 2
        if (
            k >= 1
            and _FIRST_AND_SURNAME.fullmatch(f"{tokens[k - 1].text} {tokens[k].text}")
            and not tokens[k].text.endswith("s")
            and not any(t.text.lower() in _PEOPLE_WORDS for t in tokens)
        ):
            # "Argentina's Javier Milei, who arrived from Buenos Aires on Sunday": a first name and
            # a surname that ", who" takes up, in a sentence of no people (not "Rohingya Muslims,
            # who arrived": a plural is a people)
            return True
    if k < 0 or not (tokens[k].text[:1].isupper() or a_particle_name(tokens[k].text)):
        return False
    if fold(tokens[k].text) in persons:
        return True
    for back in range(k, max(-1, k - 8), -1):
        word = tokens[back].text
        if word.lower().rstrip(".") in titles:
            return True
        if not (word[:1].isupper() or word in {"of", "."} or (back == k and a_particle_name(word))):
            return False
    return False


_FIRST_AND_SURNAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
"""A first name and a surname (as the recogniser's _TWO_NAMES has them): "Javier Milei"."""


def _titled_apposition(tokens: Sequence[Token], comma: int, titles: Container[str]) -> bool:
    """Whether the subject that ends at the comma tokens[comma] is a name and a title in apposition:
    "The UN special envoy for Yemen, Martin Griffiths, arrived", "Filippo Grandi, the head of the UN
    refugee agency, arrived" (not "Thousands of refugees, mostly women and children, arrived")."""
    inner = comma - 1
    while inner >= 0 and comma - inner <= MAX_APPOSITION and tokens[inner].text not in {",", ".", ";"}:
        inner -= 1
    if inner <= 0 or tokens[inner].text != ",":
        return False
    outer = inner - 1
    while outer >= 0 and inner - outer <= MAX_APPOSITION and tokens[outer].text not in {",", ".", ";"}:
        outer -= 1
    first, second = tokens[outer + 1 : inner], tokens[inner + 1 : comma]

    def titled(words: Sequence[Token]) -> bool:
        return any(t.text.lower().rstrip(".") in titles or t.text.lower() == "head" for t in words)

    def named(words: Sequence[Token]) -> bool:
        return len(words) >= 2 and all(t.text[:1].isupper() for t in words[-2:])

    return (titled(first) and named(second)) or (named(first) and titled(second))


MAX_APPOSITION = 10
"""The most words of a name or of a title between commas around it."""


_SUBJECT_STARTS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "they", "he", "she", "it", "we", "there"}
)
"""Words that start a clause's subject: after "that", they make it the start of what was said ("told
the Council that the rebels had ..."), not a relative clause ("fighting that began")."""


def _where_it_was_said(tokens: Sequence[Token], k: int, t_index: int) -> bool:
    """Whether the place at the k-th word is where something was said and the trigger at t_index is
    in what was said: "told the UN Security Council in New York on Sunday that Rwanda's troops had
    invaded" (New York is no place of the invasion)."""
    if not any(t.text.lower() in _REPORTING for t in tokens[max(0, k - MAX_APPOSITION) : k]):
        return False
    return any(
        tokens[j].text == "that"
        and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text in _SUBJECT_STARTS)
        for j in range(k + 1, t_index - 1)
    )


_BREAKS_OUT = frozenset({"erupted", "broke", "raged", "flared", "continued", "intensified", "escalated"})
"""Verbs whose subject is a trigger noun: "Clashes between X and Y broke out on Thursday in Tibu"."""


def _its_verb(tokens: Sequence[Token], t_index: int, cue_at: int) -> int:
    """The index of the verb a trigger noun (token t_index: "clashes", "fighting", "talks") is the
    subject of, between it and the cue of a place after it ("Clashes between the National Liberation
    Army (ELN) guerrilla group and dissidents of the FARC broke out on Thursday in the municipalities
    of Tibu"): the place's reach (MAX_ROLE_TOKENS) counts from the verb; else t_index. Which trigger
    a place joins is still decided by its distance to the trigger itself. So does the place of
    people a trigger's sentence takes up again ("have fled the fighting in South Kivu since the start
    of the month, according to the UN, many of them across the border to Bujumbura")."""
    return next(
        (j for j in range(t_index + 1, cue_at) if tokens[j].text in _BREAKS_OUT or _taken_up(tokens, j)),
        t_index,
    )


def _taken_up(tokens: Sequence[Token], j: int) -> bool:
    """Whether the j-th word ends "many of them", "most of them", ...: people taken up again."""
    return (
        tokens[j].text == "them"
        and j >= 2
        and tokens[j - 1].text == "of"
        and tokens[j - 2].text.lower() in _SHARES_OF_THEM
    )


_SHARES_OF_THEM = _MANY | {"all", "half", "others", "one"}
"""Words before "of them" that take people up again (_taken_up): a count or a share of them."""


def _as_a_clause_opens(tokens: Sequence[Token], k: int, t_index: int) -> bool:
    """Whether "as" (or "until", "unless", "because") and a subject open a clause between the place
    at the k-th word and a trigger after it: "the evacuation of families from villages in the
    Kupiansk district as Russian troops pushed towards the Oskil River" (Kupiansk is the
    evacuation's, not the advance's); "sending ships around the Cape of Good Hope ... until Houthi
    attacks in the Red Sea stop"."""
    return any(
        tokens[j].text in _CLAUSE_OPENERS
        and tokens[j - 1].text.lower() not in {"such", "well", "known", "same", "so", "as"}
        # a subject of its own, not a pronoun ("goals in Syria as he pushes for a withdrawal"); a
        # headline's hazard needs no article ("evacuations as storm heads for Tampa Bay")
        and (
            tokens[j + 1].text[:1].isupper()
            or tokens[j + 1].text in {"the", "a", "an", "its", "their"}
            or tokens[j + 1].text in _HAZARDS
        )
        for j in range(k + 1, t_index - 1)
    )


_CLAUSE_OPENERS = frozenset({"as", "until", "unless", "because"})


def _told_to(tokens: Sequence[Token], j: int) -> bool:
    """Whether the j-th word, a reporting verb, tells people what to do ("were told to leave"),
    which is no report of its own."""
    return j + 1 < len(tokens) and tokens[j + 1].text.lower() == "to"


MAX_ASIDE = 6
"""How many words a reporting aside between commas may hold before its verb (", the IOM said,")."""


def _aside(tokens: Sequence[Token], j: int, lo: int, hi: int) -> bool:
    """Whether the j-th word, a reporting verb, closes an aside set off by commas inside the clause
    between tokens lo and hi: "At least 30,000 people were displaced, the IOM said, many of them to
    Benghazi" (the clause goes on past it); "told" may take its hearer first (", officials told
    Reuters,")."""
    if tokens[j].text.lower() not in _REPORTING:
        return False
    close = next((k for k in range(j + 1, min(j + 3, hi)) if tokens[k].text == ","), None)
    if close is None or any(not tokens[k].text[:1].isupper() for k in range(j + 1, close)):
        return False
    return any(
        tokens[k].text == ","
        and all(
            tokens[m].text not in {",", ";", "."} and not _a_past_verb(tokens[m].text)
            for m in range(k + 1, j)
        )
        for k in range(max(lo + 1, j - MAX_ASIDE - 1), j)
    )


_NOT_APPOSED = _FUNCTION_WORDS | _RELATIVE_OPENERS
"""Words that open a clause or a phrase after a comma, no apposition describing a name."""


def _apposed(tokens: Sequence[Token], a: int, b: int) -> int:
    """How many of the tokens between a and b stand in appositions that describe a name (", general
    secretary of the Communist Party of Vietnam Central Committee and Vietnamese president,"): they
    do not part an event from its place ("held talks with To Lam, ..., at the Great Hall of the
    People in Beijing")."""
    lo, hi = min(a, b), max(a, b)
    skipped = 0
    j = lo + 1
    while j < hi:
        if (
            tokens[j].text == ","
            and tokens[j - 1].text[:1].isupper()
            and j + 1 < hi
            and tokens[j + 1].text[:1].islower()
            and tokens[j + 1].text.lower() not in _NOT_APPOSED
        ):
            close = next((m for m in range(j + 1, hi) if tokens[m].text in {",", ";", "."}), None)
            if close is None or tokens[close].text != ",":
                break
            skipped += close - j + 1
            j = close + 1
            continue
        j += 1
    return skipped


def _clause_break(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A reporting verb, a semicolon, a contrasting "while" or ", and the" between two tokens
    starts another clause ("talks hosted by Angola, while peacekeepers reinforced positions in
    Ituri")."""
    lo, hi = min(a, b), max(a, b)
    return any(
        (t.text.lower() in _CLAUSE_WORDS and not _told_to(tokens, j) and not _aside(tokens, j, lo, hi))
        or t.text == ";"
        or (  # ", and the UN Security Council met": a clause with a subject of its own
            t.text == ","
            and j + 2 < hi
            and tokens[j + 1].text in {"and", "but"}
            and (
                tokens[j + 2].text in {"the", "The", "a", "an"}  # ", and a firefighter died in Pfaffenhofen"
                or _subject_and_verb(tokens, j + 2, hi)
                # ", and residents of low-lying areas of Zhengzhou were moved": people of a place
                or (tokens[j + 2].text.lower() in _PEOPLE and j + 3 < hi and tokens[j + 3].text == "of")
                # ", and in Burundi thousands were displaced": a clause that says where first
                or (tokens[j + 2].text in {"in", "at"} and j + 3 < hi and tokens[j + 3].text[:1].isupper())
                # ", and landslides in Guwahati killed four": a hazard, the subject of its own clause;
                # so is a vehicle (", and flights to Antalya were diverted")
                or tokens[j + 2].text.lower() in _HAZARDS
                or tokens[j + 2].text.lower() in _VEHICLES
                or tokens[j + 2].text.lower() in _CRAFT
            )
        )
        # "met Modi in New Delhi in April, when Apple opened its first stores in Mumbai": a time
        # clause with a subject of its own
        or (
            t.text == "," and j + 2 < hi and tokens[j + 1].text == "when" and tokens[j + 2].text[:1].isupper()
        )
        # "forced 10,000 residents to evacuate, as strong Santa Ana winds pushed flames toward homes
        # in Camarillo": a clause of its own, whose subject is no people
        or (
            t.text == ","
            and j + 2 < hi
            and tokens[j + 1].text == "as"
            and _subject_and_verb(tokens, j + 2, hi, reach=MAX_AS_SUBJECT)
        )
        for j, t in enumerate(tokens[lo + 1 : hi], start=lo + 1)
    )


MAX_AS_SUBJECT = 5
"""The most words of the subject of a clause after ", as" ("as strong Santa Ana winds pushed")."""


_NO_SUBJECT = frozenset({"are", "were", "be", "been", "being", "soon", "again", "still", "once"})
"""Besides auxiliaries, words that show the words after ", and" are no subject of their own: "and
many are expected to settle in Alberta", "and shelters were opened in Santa Monica"."""


_FORMER = frozenset({"former", "then", "ex"})
_IRREGULAR_PAST = frozenset(
    {"held", "met", "led", "sent", "went", "took", "made", "told", "fled", "began", "flew", "struck"}
    | {"won", "lost", "fought", "left", "came", "saw", "gave", "kept", "spoke", "said", "hit", "ran"}
)


def _relative_clause_closes(tokens: Sequence[Token], t_index: int, k: int) -> bool:
    """Whether the trigger at t_index is in a relative clause (", who visited Lampedusa ... on
    Sunday,") that a comma and the main clause's verb close before the place at k: "Meloni, who
    visited Lampedusa on Sunday, called for a blockade off North Africa" visited no North Africa."""
    opened = next(
        (
            j
            for j in range(t_index - 1, max(-1, t_index - RELATIVE_REACH), -1)
            if tokens[j].text.lower() in _RELATIVE_PRONOUNS and j > 0 and tokens[j - 1].text == ","
        ),
        None,
    )
    return opened is not None and any(
        tokens[j].text == "," and _a_past_verb(tokens[j + 1].text) for j in range(t_index + 1, k - 1)
    )


def _relative_clause_closes_before(tokens: Sequence[Token], k: int, t_index: int) -> bool:
    """Whether the place at k is in a relative clause (", which hosts ... in Africa,") that a comma
    and the main clause's verb close before the trigger at t_index: "Uganda, which hosts more
    refugees than any other country in Africa, received 60,000 new arrivals"."""
    comma = next((j for j in range(k - 1, -1, -1) if tokens[j].text in {",", ".", ";"}), None)
    return (
        comma is not None
        and tokens[comma].text == ","
        and tokens[comma + 1].text.lower() in _RELATIVE_OPENERS
        and any(tokens[j].text == "," and _a_past_verb(tokens[j + 1].text) for j in range(k + 1, t_index))
    )


def _about_someone(tokens: Sequence[Token], t_index: int, k: int) -> bool:
    """Whether a clause on someone (", who") opens between the trigger at t_index and the place at
    k, still open there: "in talks with Napoli over a loan move for striker Victor Osimhen, who spent
    last season at Galatasaray in Istanbul" held no talks in Istanbul."""
    return any(
        tokens[j].text.lower() == "who"
        and tokens[j - 1].text == ","
        and not any(t.text == "," for t in tokens[j + 1 : k])  # a clause a comma closes: "Biden met
        # Netanyahu, who had flown in from Jerusalem, at the White House"
        for j in range(t_index + 2, k)
    )


def _a_past_verb(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.islower() and word.endswith("ed") and len(word) > 4)


def _subject_and_verb(tokens: Sequence[Token], start: int, stop: int, reach: int = 2) -> bool:
    """Whether up to `reach` words from token `start` (before `stop`) are a subject that a verb in
    the past follows: "and Polish farmers blocked the crossing at Dorohusk"; not people, who may be
    the ones the clause before speaks of ("fled to higher ground in Sigi, and hundreds crowded the
    airport hoping to be flown to Balikpapan")."""
    if tokens[start].text.lower() in _FORMER or tokens[start].text[:1].isupper():
        # "and former President Donald Trump held a rally in Erie": a titled name, then its verb
        j = start + 1
        while j < stop and j - start < MAX_APPOSITION and tokens[j].text[:1].isupper():
            j += 1
        if j > start + 1 and j < stop and _a_past_verb(tokens[j].text):
            return True
    for j in range(start + 1, min(start + 1 + reach, stop)):
        word = tokens[j].text
        if _a_past_verb(word):
            return all(
                t.text.isalpha()
                and t.text.lower() not in _FUNCTION_WORDS | _AUXILIARIES | _NO_SUBJECT | _PEOPLE_WORDS
                and not t.text.endswith("ly")  # "and later travelled to", "and quickly moved"
                for t in tokens[start:j]
            )
        if not tokens[j].text.isalpha():
            return False
    return False


def _specific(places: list[EventPlace]) -> list[EventPlace]:
    """Within a role, drop countries when a place inside them is named, and a name before the
    trigger ("Syria peace talks in Astana") when the sentence names the venue outright."""
    direct = {ep.role for ep in places if not ep.role.startswith("premod:")}
    places = [
        ep if not ep.role.startswith("premod:") else EventPlace(ep.role.split(":", 1)[1], ep.place)
        for ep in places
        if not (ep.role.startswith("premod:") and ep.role.split(":", 1)[1] in direct)
    ]
    out = []
    for ep in places:
        same = [o for o in places if o.role == ep.role and o is not ep]
        inside = [
            o
            for o in same
            if o.place.feature_code != "PCLI" and o.place.country_code == ep.place.country_code
        ]
        if ep.place.feature_code == "PCLI" and inside:
            continue  # "crossed into Sudan's Kassala state": Kassala
        out.append(ep)
    seen = set()
    unique = []
    for ep in out:
        key = (ep.role, ep.place.name, ep.place.lat, ep.place.lon)
        if key not in seen:
            seen.add(key)
            unique.append(ep)
    return unique


def _events_of(
    sentence: Sentence,
    tokens: Sequence[Token],
    found: list[_Found],
    pub: dt.date | None,
    text: str,
    source: str | None,
    start_id: int,
    place_spans: Sequence[tuple[int, int]],
) -> list[Event]:
    published = pub
    date_mentions = dates_mod.find_dates(text, sentence.start, sentence.end)
    quantities = [q for q in find_quantities(text, sentence.start, sentence.end) if q.about_people]
    anchor = _DAY_AFTER.match(sentence.text)
    clause_end = sentence.start + sentence.text.find(",") if anchor and "," in sentence.text else None
    eve = _EVE_OF.search(sentence.text)
    eve_at = sentence.start + eve.end() if eve else None

    def resolved(d: dates_mod.DateMention) -> str | None:
        return dates_mod.resolve(d, published, future=_future(text, d, sentence.start))

    explicit_main = [d for d in date_mentions if clause_end is None or d.start > clause_end]
    main_date = (
        resolved(explicit_main[0])
        if explicit_main
        else (published.isoformat() if published and (anchor or eve) else None)
    )
    # "... announced sanctions on Tuesday, a day after Israeli jets struck Isfahan": what follows
    # happened the day before the clause's date (or the publication's)
    later = _DAY_AFTER_LATER.search(text, sentence.start, sentence.end)
    later_date = None
    if later is not None:
        before = [d for d in date_mentions if d.end <= later.start()]
        later_date = resolved(before[-1]) if before else (published.isoformat() if published else None)
    actors = _actors(text, tokens, place_spans)
    opening = next(
        (
            d
            for d in date_mentions[:1]
            if _OPENING_DATE.fullmatch(text, sentence.start, d.start) and text.startswith(",", d.end)
        ),
        None,
    )
    # "..., the International Organization for Migration said": who reports fighting or flight is
    # no party to it (a diplomat who reports talks may be one)
    reported_by = _sources(text[sentence.start : sentence.end])
    unreported = tuple(a for a in actors if not any(a in r for r in reported_by))
    # a diplomat who reports talks may have held them; a ministry or an agency that does has not
    # ("..., the State Department said")
    titles = word_list("title")
    spoken_for = tuple(
        a for a in actors if a in unreported or any(w.lower().rstrip(".") in titles for w in a.split())
    )
    out: list[Event] = []
    merged: dict[tuple[str, tuple[str, ...]], Event] = {}
    dated: list[tuple[str, str]] = []
    placed = [
        f
        for f in found
        if f.places
        or f.token.text.lower() not in _PEOPLE_WORDS
        # "More than 50,000 people have been displaced by fighting": a verb, whose count it is (not
        # a relative clause's: "Thousands of families who had been displaced ... began returning")
        or _a_main_passive(tokens, _token_index(tokens, f.token.start))
        # "Fighting in El Fasher has displaced more than 40,000 people": a verb after "have"
        or _after_have(tokens, _token_index(tokens, f.token.start))
    ]
    sentence_places = sorted({id(ep.place): ep.place for f in found for ep in f.places}.values(), key=_start)
    for f in found:
        places = _specific(f.places)
        if f.trigger.category not in {"displacement", "return"}:
            places = _without_bearings_references(places, text)
            places = _at_what_a_bearing_locates(places, sentence_places, text)
        at = f.token.start
        date_text = None
        if anchor and clause_end is not None and at < clause_end:
            date = dates_mod.add_days(main_date, -1 if anchor.group(1).lower() == "after" else 1)
        elif later is not None and at > later.end() and not any(d.start > later.end() for d in date_mentions):
            date = dates_mod.add_days(later_date, -1 if later.group(1).lower() == "after" else 1)
        elif eve_at is not None and at > eve_at:
            date = dates_mod.add_days(main_date, 1)
        else:
            nearby = [
                d
                for d in date_mentions
                if (clause_end is None or (d.start > clause_end) == (at > clause_end))
                and min(abs(d.start - at), abs(d.end - at)) <= MAX_DATE_CHARS
                and _nearest_trigger(d, found) is f
                and not _describes_another(text, sentence, d, at)
            ]
            if nearby:
                d = min(nearby, key=lambda d: abs(d.start - at) * (1 if d.start > at else 1.2))
                date = resolved(d)
                date_text = d.text
            elif opening is not None and opening.end < at:
                # "On 13 April, DTM field teams estimated that 60,000 households were displaced
                # from Zamzam camp": the date the sentence opens with is its events'
                date = resolved(opening)
                date_text = opening.text
            elif (
                len(found) == 1
                and len(date_mentions) == 1
                and clause_end is None
                and not _describes_another(text, sentence, date_mentions[0], at)
            ):
                # "Clashes between the Sudanese Armed Forces (SAF) and the Rapid Support Forces
                # (RSF) intensified around El Fasher on 10 May": a sentence's one event word and
                # its one date, however far apart
                date = resolved(date_mentions[0])
                date_text = date_mentions[0].text
            elif anchor and clause_end is not None and at > clause_end:
                date = main_date
            else:
                # "recaptured Ghouta last month after an offensive that displaced ...": people
                # displaced by a conflict move when the conflict happens
                causes = [d for cat, d in dated if cat == "conflict"]
                date = causes[-1] if causes and f.trigger.category in {"displacement", "return"} else None
        if date is not None:
            dated.append((f.trigger.category, date))
        if not places and f.trigger.category == "displacement":
            # "fled as forces shelled Mariupol": people flee the place under attack
            places = [
                EventPlace("origin", ep.place)
                for g in found
                if g.trigger.category == "conflict"
                for ep in _specific(g.places)
                if ep.role in {"target", "location"}
            ]
            if _COUNTRYWIDE.match(text, f.token.end):
                # "as more than 1.2 million people have now been displaced across the country": a
                # count of the whole country the attacks are in, not of the places attacked
                places = [
                    EventPlace("location", ep.place) for ep in places if ep.place.feature_code == "PCLI"
                ]
        if not places:
            continue
        kind = f.trigger.kind
        if f.trigger.category == "conflict" and _WARNING.search(text[sentence.start : at]):
            kind = "warning"
        if f.trigger.category in {"displacement", "return"} and (
            _MAY_HAPPEN_BEFORE.search(text, max(sentence.start, at - MAY_HAPPEN_CHARS), at)
            or (_a_noun_of_moving(f.token.text) and _MAY_HAPPEN_AFTER.match(text, f.token.end))
            # "the family now face the threat of detention, and even deportation to Turkey"
            or _only_threatened(tokens, _token_index(tokens, f.token.start))
        ):
            # "up to 50,000 people could be displaced from Zamzam", "Thousands more are expected to
            # flee to Tawila", "Further displacement towards Kutum is expected": a warning of
            # displacement, no movement yet
            kind = "warning"
        quantity: Quantity | None = None
        # a count goes to a trigger, not to a noun for people beside it that names no place
        # ("600,000 refugees and returnees have crossed from Sudan": the crossing's, not "returnees")
        owned = [q for q in quantities if _owner(q.start, q.end, placed or found, text) is f]
        if f.trigger.category in {"displacement", "return"}:
            # "evacuated residents ... after a dam burst killed at least 45 people": a toll counts
            # the dead, not the people who moved
            owned = [
                q
                for q in owned
                if not _a_toll(text, q.start, q.end)
                and not _counts_the_on_duty(text, q.end)
                # "arrived in Tawila with her two children": someone's company, no count of the movers
                and not _COMPANIONS.search(text, max(0, q.start - BEFORE_COUNT_REACH), q.start)
                and not (
                    _HOSTED_COUNT.search(text, max(0, q.start - BEFORE_COUNT_REACH), q.start)
                    # "hosts thousands of people displaced from villages": the hosted are displaced
                    and not 0 <= f.token.start - q.end <= DESCRIBED_COUNT_CHARS
                )
            ]
        t_index = _token_index(tokens, f.token.start)
        # "Ten years after the Islamic State group's assault on Sinjar, about 200,000 Yazidis
        # remain in camps": the count is the main clause's, not the assault's
        owned = [q for q in owned if not _in_a_time_opening(tokens, t_index, _token_index(tokens, q.start))]
        if f.trigger.category != "diplomacy" and owned:
            quantity = min(owned, key=lambda q: abs(q.start - at)).quantity
        key = (f.trigger.category, tuple(sorted(ep.place.name for ep in places)))
        if key in merged:
            continue
        event = Event(
            id=f"e{start_id + len(out)}",
            category=f.trigger.category,
            kind=kind,
            trigger=f.token.text,
            sentence=sentence.text,
            start=sentence.start,
            end=sentence.end,
            date=date,
            date_text=date_text,
            places=tuple(places),
            actors=spoken_for if f.trigger.category == "diplomacy" else unreported,
            quantity=quantity,
            source=source,
        )
        merged[key] = event
        out.append(event)
    return out


_RELATIVE = re.compile(r",\s+(?:" + "|".join(sorted(_RELATIVE_PRONOUNS)) + r")\b")


_COMPANIONS = re.compile(r"\bwith\s+(?:her|his|their|my|our)\s+$", re.IGNORECASE)
_HOSTED_COUNT = re.compile(
    r"\b(?:hosts|hosted|hosting|houses|housed|housing|shelters|sheltering|is\s+home\s+to)\s+"
    r"(?:(?:already|now|still|some|about|around|nearly|over|more\s+than|at\s+least)\s+)*$",
    re.IGNORECASE,
)
"""Before a count, a place's hosting: "reached the Mbera camp near Bassikounou, which already hosts
more than 90,000 Malians" counts those the camp holds, not those who reached it."""
DESCRIBED_COUNT_CHARS = 12
"""How far after a count its noun's participle may stand ("thousands of people displaced")."""
BEFORE_COUNT_REACH = 20
"""How far before a count "with her" (_COMPANIONS) or a place's hosting (_HOSTED_COUNT) may stand."""


def _in_a_background_phrase(tokens: Sequence[Token], k: int, t_index: int) -> bool:
    """Whether the k-th word stands in a phrase of someone's past that opens the sentence and that
    a comma closes before the t-th word (a trigger): "Born in Mandalay in 1943, he was jailed twice
    ... and fled to Thailand" (where and when he was born, not where he fled from)."""
    if not tokens or tokens[0].text.lower() not in _BACKGROUND:
        return False
    comma = next((m for m in range(1, len(tokens)) if tokens[m].text == ","), None)
    return comma is not None and k < comma < t_index


def _in_a_time_opening(tokens: Sequence[Token], t_index: int, k: int) -> bool:
    """Whether the t-th word (a trigger) stands in a phrase that opens the sentence with a time
    measured from it, and a comma closes that phrase before the k-th word: "Three years after
    Russia's full-scale invasion, about 1 million Ukrainians live in Poland, many of them in Warsaw"
    (the invasion's time, not its places)."""
    # (after a dateline: "DUHOK, Iraq — Ten years after the Islamic State group's assault on Sinjar,")
    start = next((m + 1 for m in range(min(len(tokens), _DATELINE_WORDS)) if tokens[m].text in OPENERS), 0)
    unit = next(
        (
            m
            for m in range(start, min(len(tokens), start + _TIME_OPENING))
            if tokens[m].text.lower() in _TIME_UNITS
        ),
        None,
    )
    if unit is None or unit + 1 >= len(tokens) or tokens[unit + 1].text.lower() not in {"after", "since"}:
        return False
    comma = next((m for m in range(unit + 2, len(tokens)) if tokens[m].text == ","), None)
    return comma is not None and unit < t_index < comma < k


def _dates_the_clause(tokens: Sequence[Token], t_index: int, k: int) -> bool:
    """Whether the t-th word (an event's noun) closes a phrase of time that a preposition of time
    opens after the k-th word: "the highest monthly total since the full-scale invasion", "fled to
    Chad after the attack", "fled to camps in Hamdaniya and Erbil during the fighting" (the
    invasion's, the attack's and the fighting's places are not the clause's)."""
    for j in range(t_index - 1, max(k, t_index - 1 - _TIME_PHRASE_WORDS), -1):
        word = tokens[j].text
        if word.lower() in _TIME_PREPOSITIONS:
            # a verb's -ing form right after it is the clause's own doing ("live in camps in
            # southern Bangladesh after fleeing a crackdown in Rakhine")
            return not (j == t_index - 1 and tokens[t_index].text.lower().endswith("ing"))
        if not (word.lower() in _DETERMINERS or word[:1].isupper() or "-" in word):
            return False
    return False


_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "following", "until", "during"})
_TIME_PHRASE_WORDS = 3
"""How many words (determiners, names, compounds) may stand between a preposition of time and its
event: "since the full-scale invasion", "after Russia's 2022 invasion"."""
_LIVED = frozenset({"lived", "resided"})
"""Verbs of where people lived: a place they take ("had lived in Tehran", "have never lived in
Afghanistan") is no place of a trigger before them (but where they live now is: "displaced people
live in Bentiu")."""
_TIME_UNITS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
)


def _where_they_lived(tokens: Sequence[Token], cue_at: int) -> bool:
    """Whether a verb of living stands before a place's cue, a length of time between ("had lived
    in Tehran", "had lived for years in Chile", "lived for a decade in Lima")."""
    j = cue_at - 1
    while j >= 0 and cue_at - j <= LIVED_REACH:
        word = tokens[j].text.lower()
        if word in _LIVED:
            return True
        if not (word in _TIME_UNITS or word in _FOR_A_TIME or word[:1].isdigit()):
            return False
        j -= 1
    return False


_FOR_A_TIME = frozenset({"for", "a", "many", "several", "some", "few", "two", "three", "there", "since"})
LIVED_REACH = 5
"""How many words before a place's cue a verb of living may stand ("lived for many years in")."""
_TIME_OPENING = 4
"""A sentence opens with a time measured from an event within this many words ("Two and a half years
after", "A year since")."""
_DATELINE_WORDS = 8
"""How many words a dateline may take before its dash ("DUHOK, Iraq —")."""


_BACKGROUND = frozenset({"born", "raised", "educated", "trained", "elected", "founded", "built"})
"""Past participles that open a phrase of someone's or something's past: "Born in Mandalay in
1943, he ...", "Founded in Lagos in 1990, the group ..."."""


def _describes_another(text: str, sentence: Sentence, d: dates_mod.DateMention, at: int) -> bool:
    """Whether the date stands in a relative clause the trigger (at `at`) is not in: "for parts of
    Lismore, which was devastated by floods in 2022, and for ..." dates the floods, not the order;
    or in a phrase of someone's past that opens the sentence ("Born in Mandalay in 1943, he ... fled
    to Thailand after the 1988 uprising")."""
    if d.text.lower().startswith("since") and _COMPARED_SINCE.search(
        text, max(sentence.start, d.start - COMPARED_CHARS), d.start
    ):
        return True  # "the largest influx since 2015": the date the count is compared with
    opening = sentence.text.split(None, 1)[0].lower() if sentence.text else ""
    if opening in _BACKGROUND:
        comma = text.find(",", sentence.start, sentence.end)
        if d.end <= comma < at:
            return True
    opened = None
    for found in _RELATIVE.finditer(text, sentence.start, d.start):
        opened = found
    if opened is None or "," in text[opened.end() : d.start]:
        return False  # (no relative clause, or one closed before the date)
    comma = text.find(",", d.end, sentence.end)
    closed = comma if comma >= 0 else sentence.end
    return not opened.start() < at < closed


_COMPARED_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|worst|deadliest|heaviest|greatest|strongest|longest|sharpest"
    r"|most|least|first|only|record)\b[^,.;:]*$",
    re.IGNORECASE,
)
COMPARED_CHARS = 50
"""A superlative at most this far before "since" and a date makes it the date a thing is compared
with, not when the event happened: "the largest influx since 2015", "the first time since 1990"."""
_ANOTHER_SAYS = re.compile(
    r",\s+and\s+(?:\w+\s+){1,4}(?:says|said|say|reported|reports|estimates|estimated)\s+(?:that\s+)?$"
)
"""Between a trigger and a count after it, another clause whose subject says the count: "Many
survivors have left for Mersin, Adana and Ankara, and the government says more than 1.2 million
people are staying in tents" counts those in tents, not those who left (after a semicolon the
clause goes on with the same people: "Others crossed into Syria ...; Syrian authorities said
230,000 people ... had entered the country")."""
_CONTRAST = re.compile(r"[,;]\s*(?:but|yet|while|whereas|although|though)\b", re.IGNORECASE)
"""A clause of contrast between a count and a trigger: "vaccinated more than 160,000 people, but
attacks around Beni halted the response" does not count the attacks' victims."""


def _owner(start: int, end: int, found: list[_Found], text: str) -> _Found | None:
    """A count belongs to the trigger nearest to it, on either side ("2,000 people crossed",
    "displaced tens of thousands"), a comma between them counting as a long way; to none across a
    clause of contrast."""

    # "attacked a camp near Timbuktu, killing at least 20 soldiers, a day after militants ambushed
    # a convoy": a toll after a participle of harm is the toll of the event before it
    toll = _TOLL_BEFORE.search(text, max(0, start - 24), start) is not None

    def distance(f: _Found) -> float:
        lo, hi = _gap(f, start, end)
        after = 1000 if toll and f.token.start >= end else 0
        return abs(hi - lo) + (100 if any(c in text[lo:hi] for c in ",;") else 0) + after

    # "16,500 displaced people were sheltering": a participle inside the count's noun phrase
    # describes the people counted; the count is of the verb's event
    owners = [
        f
        for f in found
        if not (
            f.token.start >= end
            and text[end : f.token.start].strip().lower() in _IN_COUNT
            and (after := _NEXT_WORD.match(text, f.token.end)) is not None
            and after.group(1).lower() in _PEOPLE_WORDS
        )
    ]
    owners = [
        f
        for f in owners or found
        if not _CONTRAST.search(text, *_gap(f, start, end))
        and not (f.token.end <= start and _ANOTHER_SAYS.search(text, *_gap(f, start, end)))
    ]
    return min(owners, key=distance) if owners else None


def _gap(f: _Found, start: int, end: int) -> tuple[int, int]:
    """The text between a trigger and a count, as (start, end)."""
    return (f.token.end, start) if f.token.end <= start else (end, f.token.start)


_HARM_VERBS = r"kill|wound|injur"
"""The stems of the verbs of harm before a toll ("killing", "wounded", "injures")."""
_HARM_BEFORE = re.compile(
    r"\b(?:" + _HARM_VERBS + r")(?:ed|ing|s|es)\s+"
    r"(?:(?:at|least|most|more|than|about|some|nearly|almost|over|up|to|around|roughly)\s+){0,3}$",
    re.IGNORECASE,
)
_HARM_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:were\s+|are\s+|have\s+been\s+|have\s+|had\s+)?(?:"
    + "|".join(_HARMED | {"died", "drowned", "perished"})
    + r")\b"
)


def _a_toll(text: str, start: int, end: int) -> bool:
    """Whether the count at text[start:end] counts people harmed: "killed at least 45 people", "12
    people were injured", "20 dead"."""
    return (
        _HARM_BEFORE.search(text, max(0, start - 30), start) is not None
        or _HARM_AFTER.match(text, end) is not None
    )


def _counts_the_on_duty(text: str, end: int) -> bool:
    """Whether the count that ends at `end` counts people on duty, not people on the move: "More
    than 3,000 soldiers were deployed", "200 firefighters"."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in _RESPONDERS


_RESPONDERS = frozenset(
    {"soldiers", "troops", "police", "policemen", "officers", "peacekeepers", "firefighters", "rescuers"}
    | {"personnel", "volunteers", "medics", "paramedics"}
)
"""People a count after a word of moving may count who are sent to help, not people on the move
(not "fighters": "Buses carried 1,200 fighters and their families from Douma")."""
_TOLL_BEFORE = re.compile(r"\b(?:(?:" + _HARM_VERBS + r")ing|leaving)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""A participle of harm right before a count ("killing at least 20", "leaving 12")."""
_IN_COUNT = frozenset({"", "internally", "newly", "recently"})
"""Words that may stand between a count and a participle describing the people counted ("2,000
internally displaced people")."""
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _nearest_trigger(d: dates_mod.DateMention, found: list[_Found]) -> _Found:
    """Each date belongs to the nearest trigger before it ("recaptured Ghouta last month"), else
    to the nearest after it ("in January at a summit"); of the triggers near enough to it, when
    there are some (a story's opening trigger can be far from the date that dates another)."""
    near = [
        f for f in found if min(abs(d.start - f.token.start), abs(d.end - f.token.start)) <= MAX_DATE_CHARS
    ]
    found = near or found
    before = [f for f in found if f.token.end <= d.start]
    if before:
        # not a word before it that no place makes an event of, where one after it has a place
        # ("streamed north along the coastal road on Monday, returning to Gaza City": the return's)
        placed_before = [f for f in before if f.places]
        placed_after = [f for f in found if f.places and f.token.start >= d.end]
        if not placed_before and placed_after:
            return min(placed_after, key=lambda f: f.token.start - d.end)
        return max(placed_before or before, key=lambda f: f.token.end)
    return min(found, key=lambda f: abs(f.token.start - d.end))


FUTURE_CHARS = 120
"""How far before a date, within its sentence and clause, a word of the future makes it ahead of
the publication date: "Zelenskiy will attend a peace summit in Switzerland on June 15-16", "Ruto
said he would host talks between Congolese President Felix Tshisekedi and Rwanda's Paul Kagame in
Nairobi on Wednesday" (80 characters missed that one; 80 and 120 date every dev corpus event and
probe alike otherwise)."""


def _future(text: str, mention: dates_mod.DateMention, sentence_start: int = 0) -> bool:
    """Whether the words of the date's clause just before it speak of the future ("will discuss it
    on Wednesday"); a clause ends at a comma or a semicolon ("Talks that will resume next week, began
    on Monday"), unless it has no verb."""
    before = text[max(sentence_start, mention.start - FUTURE_CHARS) : mention.start]
    for clause in reversed(re.split(r"[,;]", before)):
        if dates_mod.is_future(clause):
            return True
        if any(_a_past_verb(w) or w in _VERB_SIGNS for w in _WORD.findall(clause)):
            return False  # a clause with a verb of its own; one without is an apposition the clause
            # before it goes on through ("will visit Manila, the Philippines, from 12 to 13 July")
    return False


_WORD = re.compile(r"[\w'’-]+")


_NAME_PARTICLES = NAME_PARTICLES | {"al", "bin", "bint", "ibn", "den", "ter"}
"""Small words inside people's names, between capitalised ones (the recogniser's, of places' names
too, and the Arabic and Dutch ones of people's)."""


def _actors(text: str, tokens: Sequence[Token], places_spans: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """People and groups the sentence names: runs of two or more capitalised words that are not places."""
    runs: list[str] = []
    k = 0
    while k < len(tokens):
        if (
            tokens[k].text[:1].isupper()
            and tokens[k].text.lower() not in _ACTOR_STOP
            and not _in_place(tokens[k], places_spans)
        ):
            j = k
            while (
                j + 1 < len(tokens)
                and not _in_place(tokens[j + 1], places_spans)
                and (
                    tokens[j + 1].text[:1].isupper()
                    # "Luiz Inacio Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman"
                    or (
                        tokens[j + 1].text in _NAME_PARTICLES
                        and j + 2 < len(tokens)
                        and (tokens[j + 2].text[:1].isupper() or tokens[j + 2].text in _NAME_PARTICLES)
                    )
                    or a_particle_name(tokens[j + 1].text)  # "Abdel Fattah al-Burhan", "Jaish al-Islam"
                    # "the International Organization for Migration", "the Ministry of Defence"
                    or (
                        tokens[j + 1].text in {"of", "for"}
                        # not a plural alone: "Thousands of Rohingya", "Opponents of President Assad"
                        and (j > k or not tokens[k].text.endswith("s"))
                        and j + 2 < len(tokens)
                        and tokens[j + 2].text[:1].isupper()
                        and tokens[j + 2].text.lower() not in _ACTOR_STOP
                        and not _in_place(tokens[j + 2], places_spans)
                        and text[tokens[j + 1].end : tokens[j + 2].start] == " "
                    )
                )
                and text[tokens[j].end : tokens[j + 1].start] == " "
            ):
                j += 1
            if (
                (j > k or _a_lone_armed_name(text, tokens, k))
                and not any(a < tokens[j].end and tokens[k].start < b for a, b in places_spans)
                and not _a_site(tokens, k, j)
                and not _a_water(text, tokens, k, j)
            ):
                name = text[tokens[k].start : tokens[j].end].removesuffix("’s").removesuffix("'s")
                # "Islamic State-linked insurgents": the group the fighters are linked to
                name = _LINKED_TO.sub("", name)
                # (not "as Hurricane Milton strengthened": a storm is no party; nor a numbered
                # document's title: "Flash Update No. 12", "Resolution No. 2334")
                numbered = name.endswith(" No") and j + 1 < len(tokens) and tokens[j + 1].text == "."
                # a storm's name is a hazard's word and its own ("Tropical Storm Alberto": _HAZARDS)
                storm = any(w.lower() in _HAZARDS for w in name.split()[:2])
                if name not in runs and not storm and not numbered:
                    runs.append(name)
            k = j + 1
        else:
            k += 1
    return tuple(runs)


_ARMED_NOUNS = (_ARMED_MEN - {"forces"}) | {
    "militias",
    "paramilitaries",
    "jets",
    "warplanes",
    "drones",
    "commanders",
}
"""Nouns of an armed group's members or arms after its name: "Hamas fighters", "Houthi rebels" (not
"forces", also a verb: "Wildfire forces thousands to evacuate")."""


def _a_lone_armed_name(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the k-th word, one capitalised word, names an armed group where the sentence has it
    fight: its members or arms after it ("Al-Shabaab militants attacked", "Houthi rebels") or a
    word of fighting ("Hezbollah fired rockets", "the RSF captured El Fasher", "a Hamas attack");
    no common word written capitalised ("Police", "Government forces"), title or day."""
    word = tokens[k].text
    if (
        k + 1 >= len(tokens)
        or len(word) < 2
        or text[tokens[k].end : tokens[k + 1].start] != " "
        or word.lower() in lowercase_words()
        or word.lower() in word_list("title")
        # a creed's follower, no group's name: "Islamist militants", "Jihadists attacked"
        or word.lower().endswith(("ist", "ists"))
    ):
        return False
    following = tokens[k + 1].text.lower()
    if following in _ARMED_NOUNS:
        return True
    trigger = triggers().get(following)
    if trigger is None or trigger.category != "conflict":
        return False
    # an acronym ("the RSF captured", "a PKK attack"), or a name whose verb takes an object
    # ("Hezbollah fired rockets"; not "the remains of Iranians killed in Aleppo", "an Arab
    # intervention in Yemen")
    return _ACRONYM.fullmatch(word) is not None or (
        k + 2 < len(tokens) and tokens[k + 2].text.lower() not in _AFTER_A_PASSIVE
    )


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_AFTER_A_PASSIVE = _FUNCTION_WORDS | _SENTENCE_STOPS | {",", ":", "near", "across", "against", "for", "over"}
"""After a word of fighting, what shows it takes no object: a preposition, a conjunction or a stop
("Iranians killed in Aleppo")."""


_NAMED = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|for|al|de|bin))*"
_SOURCE = re.compile(
    rf"\b[Aa]ccording\s+to\s+({_NAMED})"
    rf"|,\s+(?:[a-z][\w-]*\s+){{0,3}}({_NAMED})(?:\s+\([A-Z]{{2,8}}\))?(?:\s+[a-z][\w-]*){{0,2}}(?:,[^,]{{1,60}},)?\s+"
    rf"(?:{'|'.join(sorted(_REPORTING))}|reported)\b[^,;]*(?:[.;]?$|,\s+(?:with|as|while|adding|saying)\b)"
    rf"|,\s+(?:{'|'.join(sorted(_REPORTING))})\s+({_NAMED})"
)
"""Who a sentence says reports it: "according to OCHA", "..., the International Organization for
Migration said on Tuesday.", "..., regional governor Oleh Syniehubov said", "..., the
International Organization for Migration (IOM) said on Friday, with most heading to ...", "...,
Al Jazeera's correspondent reported", "..., said Babagana Zulum, the Borno governor"."""


def _sources(sentence: str) -> list[str]:
    """The names of those the sentence attributes its report to (_SOURCE)."""
    return [next(g for g in m.groups() if g) for m in _SOURCE.finditer(sentence)]


_SITE_WORDS = frozenset({"building", "buildings", "complex", "hall", "auditorium"})
"""Last words of a site's name besides the facility words of recognition.tsv ("Hospital", "Centre")."""
_TO_A_SITE = frozenset({"at", "in", "inside", "outside", "near", "to", "into"})


def _a_site(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether the capitalised words k to j name a site where people go or meet, after a preposition
    of place: "evacuated ... to the War Memorial Complex in Wailuku", "the meeting at the Lebanon
    Municipal Building" (not an actor)."""
    last = tokens[j].text.lower()
    if not (last in _SITE_WORDS or last in word_list("facility")):
        return False
    before = k - 1
    while before >= 0 and tokens[before].text[:1].isupper():
        before -= 1  # a place's name before the words: "the Lebanon Municipal Building"
    if before >= 0 and tokens[before].text.lower() == "the":
        before -= 1
    return before >= 0 and tokens[before].text.lower() in _TO_A_SITE


_WATER_FIRST = frozenset({"river", "lake", "mount", "mt", "gulf", "sea", "cape", "bay", "lac", "rio"})


def _a_water(text: str, tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether the capitalised words k to j name a river, a lake or a mountain ("after the River Aire
    burst its banks"), not an actor; a body named after one acts ("the Lake Chad Basin
    Commission"). So do words before or ending in a word of land or water ("in the High Atlas
    mountains", "the Nuba Mountains")."""
    name = text[tokens[k].start : tokens[j].end]
    if names_institution(name):
        return False
    after = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return (
        tokens[k].text.lower().rstrip(".") in _WATER_FIRST
        or facility_meaning(name) in NATURAL_MEANINGS
        or (after.islower() and facility_meaning(after) in NATURAL_MEANINGS)
    )


def _in_place(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= token.start < b for a, b in spans)


def _locates_an_origin(place: Place, origins: Sequence[Place], found: Sequence[_Found]) -> bool:
    """Whether a place comes after an origin with no trigger between them: it tells where the
    origin is ("arriving from El Geneina and Murnei in West Darfur"), unlike "refugees from Sudan
    arrived in Adre"."""
    return any(
        o.start < place.start and not any(o.end <= f.token.start < place.start for f in found)
        for o in origins
    )


_CROSSED = re.compile(
    r"\b(?:cross(?:ed|es|ing)?|across)\s+(?:the\s+)?"
    r"(?:(?!(?:into|to|from|at|in|near|through|via|over|towards?)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Between a word of crossing and the name of what is crossed: "crossed the Rio Grande", "cross
Darien Gap", "fled across the Naf river" (not "crossed into Chad")."""


def _movements_of(
    sentence: Sentence,
    events: list[Event],
    found: list[_Found],
    previous_origins: list[Place],
    source: str | None,
    start_id: int,
) -> tuple[list[Movement], list[Place]]:
    moves: list[Movement] = []
    # the place attacked, where an event names one, not the place it is near ("attacked the
    # village of Natiaboani, near Fada N'Gourma": people fled from Natiaboani)
    conflict_places = [
        ep.place
        for e in events
        if e.category == "conflict"
        for ep in e.places
        if ep.role == ("target" if any(t.role == "target" for t in e.places) else "location")
    ]
    for f in found:
        if f.trigger.category == "conflict":
            named = _specific(f.places)
            role = "target" if any(ep.role == "target" for ep in named) else "location"
            conflict_places += [
                ep.place for ep in named if ep.role == role and ep.place not in conflict_places
            ]
    conflict_places = _without_containers(conflict_places, sentence)
    origins_here: list[Place] = []
    returned_from: list[Place] = []
    sheltered_at = [
        ep.place for e in events if e.kind == "shelter" for ep in e.places if ep.role == "location"
    ]
    # "crossed into Cucuta, fleeing shortages in Caracas": where the sentence's flight began
    fled_from = [
        ep.place
        for e in events
        if e.category == "displacement" and e.trigger.lower() not in _BOARDED
        for ep in e.places
        if ep.role == "origin"
    ]  # (where people board a bus is no place they fled: "crossed near Eagle Pass ... before
    # boarding buses in Del Rio")
    # "Officials in Pokrovsk ordered the evacuation of families, and about 600 people left by train
    # for Dnipro": where the sentence's evacuation is, they left
    evacuated_at = [
        ep.place for e in events if e.kind == "evacuation" for ep in e.places if ep.role == "location"
    ]
    # where the sentence's people went so far, and how many they were ("fled to Mizoram and were
    # later flown back to Myanmar": they were flown from Mizoram)
    taken_to: list[tuple[Place, Quantity | None]] = []
    for e in events:
        if e.category not in {"displacement", "return"} or e.kind == "warning":
            continue
        # "fled fighting around Sake in eastern Congo": from Sake, not also from the region holding it
        origins = _finest(_without_containers([ep.place for ep in e.places if ep.role == "origin"], sentence))
        destinations = [ep.place for ep in e.places if ep.role == "destination"]
        located = [ep.place for ep in e.places if ep.role == "location"]
        if origins and not destinations and located:
            # "people in Idlib had fled from other parts of Syria", "refugees returned from
            # Lebanon to their homes in Qusayr"; not the province an origin lies in ("fled El
            # Geneina in West Darfur")
            # where they are is named before where they came from; a place after the origins is
            # another origin or locates one ("evacuated residents of Canoas, north of Porto Alegre",
            # "the evacuation of Yellowknife and of communities in northern Alberta")
            kept = _without_containers(origins + located, sentence)
            first = min(p.start for p in origins)
            destinations = [
                p
                for p in located
                if any(p is q for q in kept)
                and not _holds_any(p, origins)
                # "the suburbs north of Athens": a bearing's reference is no place people are in
                and not _a_bearings_reference(p, sentence)
                and (p.start < first or _IN_A_REFUGE.search(sentence.text, 0, p.start - sentence.start))
                # "the river is rising at Murwillumbah, and residents of Chinderah were told to
                # move": where another clause's subject is, not where these people went
                and not _CLAUSE_BREAK.search(sentence.text, p.end - sentence.start, first - sentence.start)
                # "Authorities in Pakistan's Sindh province evacuated about 150,000 people from
                # low-lying areas along the Indus": where those who move people are
                and not _AUTHORITIES_IN.search(sentence.text, 0, p.start - sentence.start)
            ]
        if not origins and not destinations and located and e.kind == "evacuation":
            # "boats evacuated villagers in the districts of Kasur, Okara and Narowal": an
            # evacuation is from where it is (the finest of those places); not from a bearing's
            # reference ("residents of 20 villages south of the Litani river were told to leave")
            origins = _finest(
                _without_containers([p for p in located if not _a_bearings_reference(p, sentence)], sentence)
            )
        elif not destinations and located and e.kind in _ARRIVING:
            # "refugees arrive at Teknaf": where they arrive ("reaching camps at Adre and Farchana in
            # eastern Chad": at Adre, not also at the country that holds it); not what they cross
            # ("crossed the Rio Grande near Eagle Pass"), nor what locates where they came from
            # ("Refugees arriving from El Geneina and Murnei in West Darfur")
            destinations = _finest(
                _without_containers(
                    [
                        p
                        for p in located
                        if not _locates_an_origin(p, origins, found)
                        and not _CROSSED.search(sentence.text, 0, p.start - sentence.start)
                    ],
                    sentence,
                )
            )
        elif destinations and located and not origins and e.kind in _LEAVING:
            # "In Dadu district, 300,000 people were evacuated to camps in Hyderabad": where they
            # were, named before where they went, is where they left ("fled towards Sake and
            # Minova in South Kivu": a place after them holds them)
            first = min(p.start for p in destinations)
            kept = _without_containers(located + destinations, sentence)
            origins = [
                p
                for p in located
                if p.start < first
                and any(p is q for q in kept)
                # "fled across the Naf river into Bangladesh": what they crossed, not where they left
                and not _CROSSED.search(sentence.text, 0, p.start - sentence.start)
            ]
        elif destinations and located and not origins and e.category == "return":
            # "Syrian refugees in Turkey began returning home": where they are, in another country
            # than their home, is where they return from
            homes = {p.country_code for p in destinations}
            origins = [p for p in located if p.country_code not in homes and not _holds_any(p, destinations)]
        if not destinations and not origins:
            continue  # "the president, returning from talks, said ...": no end of a movement named
        quantity = e.quantity
        if not origins and (carried := _carried_on(e, sentence, taken_to)):
            # "around 600 soldiers fled across the border to Mizoram and were later flown back to
            # Myanmar": the same people, from where the sentence took them
            origins = [carried[0]]
            quantity = quantity or carried[1]
        if not origins and e.category == "return":
            # "had returned from Jordan and Turkey, most of them heading to Homs": from where the
            # sentence's return began; "Lebanese who had sheltered in Syria ... went home to
            # southern Lebanon": from where they had found refuge
            origins = list(dict.fromkeys(returned_from)) or [
                p
                for p in sheltered_at
                if not _holds_any(p, destinations) and not any(_same_place(p, d) for d in destinations)
            ]
        if e.category == "return":
            returned_from += origins
        if not origins and e.category == "displacement":
            # "families who fled Afrin are sheltering in Azaz": where the sentence's people came
            # from; not for returns: people who go home come from where they had fled to
            origins = (
                _finest(conflict_places)
                or fled_from
                or list(dict.fromkeys(origins_here))
                or (_finest(evacuated_at) if e.kind != "evacuation" else [])
                or previous_origins
            )
        origins_here += origins
        taken_to += [(d, quantity) for d in destinations]
        for o in origins or [None]:  # type: ignore[list-item]
            for d in destinations or [None]:  # type: ignore[list-item]
                if o is not None and d is not None and _same_place(o, d):
                    continue
                moves.append(
                    Movement(
                        id=f"m{start_id + len(moves)}",
                        category=e.category,
                        event=e.id,
                        origin=o,
                        destination=d,
                        quantity=quantity,
                        date=e.date,
                        sentence=e.sentence,
                        source=source,
                    )
                )
    return _merge_halves(moves), origins_here or conflict_places


_CARRIED_ON = (
    r"\band\s+(?:(?:were|was|are|is|have|has|had|been)\s+){0,2}"
    r"(?:(?:later|then|subsequently|eventually|afterwards|soon)\s+)?(?:(?:were|was|been)\s+)?"
)
"""Before a second word of moving whose subject is the first's: "fled to Mizoram and were later
flown back", "reached Lampedusa and were then transferred"."""


def _carried_on(
    e: Event, sentence: Sentence, taken_to: Sequence[tuple[Place, Quantity | None]]
) -> tuple[Place, Quantity | None] | None:
    """Where an earlier movement of the sentence took the people a later one moves on with no
    subject of its own (_CARRIED_ON before its word), and their count; None where no such chain."""
    if not taken_to:
        return None
    chained = re.search(_CARRIED_ON + re.escape(e.trigger) + r"\b", sentence.text)
    if chained is None:
        return None
    at = sentence.start + chained.start()
    before = [(p, q) for p, q in taken_to if p.end <= at]
    return before[-1] if before else None


def _same_place(a: Place, b: Place) -> bool:
    """Whether a movement from `a` to `b` goes nowhere: one point, unless one of them is a name the
    gazetteer lacks standing at the other ("fled El Fasher towards Tawila", Tawila put at El
    Fasher): people did move, over a distance the gazetteer cannot show."""
    if (a.lat, a.lon) != (b.lat, b.lon):
        return False
    return (a.near is None and b.near is None) or fold(a.mention) == fold(b.mention)


_CONTAINER_GAP = re.compile(
    r"(?:\s+(?:refugee|displacement|camp|district|city|town|village|province|region|area|county|state))*"
    r",?\s+(?:in|inside|(?:just\s+)?(?:near|outside))\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+\s+)?"
)
"""Between a place and one that holds it, or that the text locates it by: "Rafah in southern Gaza",
"San Vicente in Panama's Darien province", "In the town of Babenhausen, near Augsburg, residents
were evacuated" (from Babenhausen only), "the Jenin refugee camp in the occupied West Bank"."""


def _finest(places: list[Place]) -> list[Place]:
    """The places without those that hold another of them ("In Sennar State, attacks on villages
    east of Singa forced 12,000 people to flee": they fled from around Singa, not from the state
    as well)."""
    return [p for p in places if not _holds_any(p, [q for q in places if q is not p])]


def _holds_any(area: Place, places: list[Place]) -> bool:
    """Whether a country or a province holds one of the places, by the gazetteer's record ("Floods
    in China's southern Guangdong province forced the evacuation of 110,000 people from Meizhou":
    Guangdong holds Meizhou, it is not where they went)."""
    code = area.feature_code
    if code == "RGN" and area.country_code and (area.part is not None or area.geonameid is not None):
        # "southern Guangdong": a part of a province or country; "Southern California", "the
        # Midwest": the gazetteer's regions, inside one province or country
        code = "ADM1" if area.admin1 else "PCLI"
    if code == "PCLI":
        return any(p.country_code == area.country_code for p in places)
    if code == "ADM1":
        return any(p.country_code == area.country_code and p.admin1 == area.admin1 for p in places)
    return False


def _a_bearings_reference(place: Place, sentence: Sentence) -> bool:
    """Whether the sentence names `place` right after a bearing ("north of", "south of the"): the
    place a direction is taken from, not one where people are."""
    at = place.start - sentence.start
    return _BEARING_OF.search(sentence.text, max(0, at - BEARING_REACH), at) is not None


def _without_containers(found: list[Place], sentence: Sentence) -> list[Place]:
    """The places without those the sentence names as holding another ("Rafah in southern Gaza",
    "Syria's Idlib"): people displaced by strikes on Rafah come from Rafah."""

    def gap(a: Place, b: Place) -> str:
        return sentence.text[a.end - sentence.start : b.start - sentence.start]

    held = {
        id(outer)
        for outer in found
        for inner in found
        if inner is not outer
        and (
            (inner.end <= outer.start and bool(_CONTAINER_GAP.fullmatch(gap(inner, outer))))
            or (outer.end <= inner.start and gap(outer, inner)[:3] in {"'s ", "’s "})
        )
    }
    return [p for p in found if id(p) not in held]


def _same_actors(a: Event, b: Event) -> bool:
    """Whether two tellings may be of one happening by who takes part: one names no one, or both
    name the same people (by surname): "Putin met Assad in Sochi" is no telling of "the meeting with
    Chancellor Angela Merkel in Sochi" the next day."""
    if not a.actors or not b.actors:
        return True
    return {n.split()[-1].lower() for n in a.actors} == {n.split()[-1].lower() for n in b.actors}


def _happening(e: Event) -> tuple[str, str, tuple[str, ...]]:
    """What an event is, wherever and however the text tells it: its category, its kind, and the
    names of its places."""
    return e.category, e.kind, tuple(ep.place.name for ep in e.places)


def _merge_halves(moves: list[Movement]) -> list[Movement]:
    """ "Thousands were displaced from X ... and headed to Y": a one-sided movement whose known end
    a complete movement of the same sentence shares is that movement; it lends its count and date."""
    complete = {m.id: m for m in moves if m.origin is not None and m.destination is not None}
    alone: dict[str, Movement] = {}
    order: list[str] = []
    for m in moves:
        if m.id not in complete:
            partner = next(
                (
                    c
                    for c in complete.values()
                    if (m.origin is not None and c.origin == m.origin)
                    or (m.destination is not None and c.destination == m.destination)
                ),
                None,
            )
            if partner is not None:
                complete[partner.id] = replace(
                    partner, quantity=partner.quantity or m.quantity, date=partner.date or m.date
                )
                continue
            alone[m.id] = m
        order.append(m.id)
    return [complete.get(i) or alone[i] for i in order]


def _numbered(events: list[Event], movements: list[Movement]) -> tuple[list[Event], list[Movement]]:
    """One event for the same sentence printed twice (a caption repeating the lead), and for a
    happening that an undated sentence announces and a later one dates ("Erdogan and Putin meet in
    Tehran" over "Erdogan met Putin ... in Tehran on Tuesday": the headline's event is the story's);
    ids e1, e2, ... and m1, m2, ... in text order; the duplicate's movements go with it."""
    dated: dict[tuple[object, ...], Event] = {}
    for e in reversed(events):
        if e.date is not None:
            dated[_happening(e)] = e
    told_later = {
        e.id: twin.id
        for e in events
        if e.date is None
        and (twin := dated.get(_happening(e))) is not None
        and twin.start > e.start
        and _same_actors(e, twin)
    }
    # a count only the announcing sentence gives goes with the story's event ("Thousands flee")
    counts = {told_later[e.id]: e.quantity for e in events if e.id in told_later and e.quantity is not None}
    kept: dict[tuple[object, ...], str] = {}
    new_ids: dict[str, str] = {}
    unique: list[Event] = []
    for e in events:
        if e.id in told_later:
            continue
        if e.quantity is None and e.id in counts:
            e = replace(e, quantity=counts[e.id])
        key = (e.category, e.kind, e.sentence, e.date, _happening(e)[2])
        if key not in kept:
            kept[key] = f"e{len(unique) + 1}"
            unique.append(replace(e, id=kept[key]))
        new_ids[e.id] = kept[key]
    for announced, story in told_later.items():
        new_ids[announced] = new_ids[story]
    moves: list[Movement] = []
    seen: dict[tuple[object, ...], int] = {}
    for m in movements:
        event = new_ids.get(m.event or "", m.event)
        spot = (event, *((p.name, p.lat, p.lon) if p else None for p in (m.origin, m.destination)))
        if spot not in seen:
            seen[spot] = len(moves)
            moves.append(replace(m, id=f"m{len(moves) + 1}", event=event))
        elif moves[at := seen[spot]].date is None and m.date is not None:
            moves[at] = replace(m, id=moves[at].id, event=event)  # the dated telling of one movement
    return unique, moves
