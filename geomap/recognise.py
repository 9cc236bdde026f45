"""Which spans of a text are place names.

1. Candidates: every longest run of capitalised tokens (with connectors such as "de", "al",
   "ez") that the gazetteer knows as a name, alias or demonym, and every capitalised phrase
   that ends in a facility word ("Florida Atlantic University").
2. Each candidate gets features of its context (the words around it, capitalisation, sentence
   position, titles before it, organisation words after it, what the gazetteer knows of the
   name) and a logistic-regression score, trained on annotated news (train/train_recogniser.py).
3. A document-level pass: names seen as parts of people's names are not places; a name
   accepted confidently somewhere in the document is accepted wherever it recurs; initials of
   a place the document names in full are that place ("T&T", "KZN").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeGuard, TypeVar

from gazetteer import (
    ARABIC_ARTICLES,
    DIVISION_WORDS,
    Candidate,
    Gazetteer,
    alias_shape,
    fold,
    is_coincidence,
    saint_variant,
    spelled_out,
    with_final_h,
)
from gazetteer.store import haversine_km

from .casing import lowercase_words
from .lexicon import (
    NATURAL_MEANINGS,
    event_words,
    facility_meaning,
    names_institution,
    recogniser_weights,
    triggers,
    word_list,
)
from .model import AREA_CUES, Mention
from .ner import Entity, ner_features
from .text import CALENDAR_WORDS, NAME_ABBREVIATIONS, OPENERS, Token, sentences, tokenize

__all__ = [
    "DEFAULT_THRESHOLD",
    "Span",
    "a_particle_name",
    "candidate_spans",
    "document_context",
    "features",
    "recognise",
    "score",
]

MAX_TOKENS = 6
DEFAULT_THRESHOLD = 0.35
"""The recogniser's score above which a name is a place. Strict F1 on the dev corpora is flat from
0.35 to 0.5 (TR-News 0.908-0.912, GeoWebNews 0.860-0.861); the lower end keeps more places for
the map at a small cost in precision."""
INNER_MIN_IMPORTANCE = 5.0
"""A place named inside a facility's name places it only if at least this important (~100k people)."""
_SPEECH = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "wrote",
        "tweeted",
        "asked",
        "explained",
        "described",
        "warned",
        "urged",
    }
)
"""Verbs of speech after a person's name ("Eugene Owusu described the attack"); not "stated", which
GeoWebNews has after an organisation named by its country ("HSBC Malta stated"): its Malta is lost."""
_CUES = {
    "city": "city",
    "town": "city",
    "village": "city",
    "capital": "city",
    "province": "province",
    "governorate": "province",
    "region": "region",
    "state": "province",
    "county": "county",
    "co": "county",  # "Plymouth Co."
    "district": "county",
    "country": "country",
    "nation": "country",
    "oblast": "province",
    "prefecture": "province",  # "Okinawa prefecture" is the division, not its capital
    "emirate": "province",
    "canton": "province",
    "krai": "province",
    "voivodeship": "province",
    "parish": "county",
    "port": "city",
    "island": "island",
    "governor": "province",  # "New York Gov. Andrew Cuomo", "the governor of Georgia"
    "gov": "province",
    "premier": "province",  # "Quebec Premier Francois Legault", "the premier of Ontario"
    "mayor": "city",  # "Chicago Mayor Rahm Emanuel", "the mayor of Paris"
}


@dataclass
class Span:
    """A candidate place name (internal to recognition)."""

    i: int
    j: int
    start: int
    end: int
    surface: str
    key: str
    candidates: tuple[Candidate, ...]
    kind: str
    possessive: bool = False
    feats: list[str] = field(default_factory=list)
    score: float = 0.0
    qualified: bool = False
    """A common word the text qualifies as a place ("Reading, Pennsylvania")."""
    common: bool = False
    """A common word a preposition of place puts alone ("in Independence"): a place only near a town
    the text names with confidence (_near_a_confident_place)."""


def _is_cap_word(tok: Token) -> bool:
    """A capitalised word, but not a compound such as "UN-backed" or "Russia-led"."""
    return tok.text[:1].isupper() and not _LOWER_COMPOUND.search(tok.text)


_LOWER_COMPOUND = re.compile(r"-[a-z]")


def _joined(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return gap in ("", " ")


def _span_ok(text: str, tokens: Sequence[Token], i: int, j: int, connectors: dict[str, str]) -> bool:
    """Whether tokens[i:j] can be one name: a run that `_continues` and ends on a name word."""
    return _name_word(tokens[j - 1]) and all(_continues(text, tokens, k, connectors) for k in range(i + 1, j))


_PARTICLE_NAME = re.compile(r"^(?:[a-z]{1,4}-|[a-z]{1,3}['’])[A-Z]")
"""A name word led by a particle and a hyphen ("al-Balah", "ez-Zor", "el-Sisi") or an elided one
("Côte d'Ivoire", "Valle d'Aosta", "Cortina d’Ampezzo")."""


def _name_word(tok: Token) -> bool:
    """A word that can end a multi-word name: capitalised, or "al-Balah"."""
    return tok.text[:1].isupper() or bool(_PARTICLE_NAME.match(tok.text))


def _continues(text: str, tokens: Sequence[Token], k: int, connectors: dict[str, str]) -> bool:
    """Whether token k can continue a name that runs up to token k - 1."""
    tok, prev = tokens[k], tokens[k - 1]
    if not _joined(text, prev, tok):
        return False
    if _name_word(tok):
        return True
    if tok.text == "." and prev.text.lower() in NAME_ABBREVIATIONS:
        return True
    if (
        (tok.text.isdigit() or _ORDINAL.fullmatch(tok.text))
        and k + 1 < len(tokens)
        and _name_word(tokens[k + 1])
        and _joined(text, tok, tokens[k + 1])
    ):
        return True  # a number inside a name: "South 24 Parganas", "East 51st Street"
    word = tok.text.lower()
    if word in connectors and prev.text.lower() in connectors:
        # two small words running: "of the", "de las", "an der", not "Erwin as the Nolichucky River"
        return prev.text.lower() in _BEFORE_AN_ARTICLE and word in _ARTICLES_IN_NAMES and k + 1 < len(tokens)
    return word in connectors and k + 1 < len(tokens)


_BEFORE_AN_ARTICLE = frozenset(
    {"of", "de", "del", "van", "von", "an", "bin", "ibn", "abu", "upon", "on", "sur", "and"}
)
_ARTICLES_IN_NAMES = frozenset({"the", "la", "las", "los", "el", "der", "den", "al", "le", "les"})
"""A name's small words run two together only as a preposition and an article: "Isle of the Dead",
"San Cristóbal de las Casas", "Frankfurt an der Oder"; or as "and the": "St. Vincent and the
Grenadines"."""


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""A numbered street's number: "51st", "2nd", "14th"."""


def _lookup(gaz: Gazetteer, surface: str) -> tuple[str, tuple[Candidate, ...], bool]:
    if surface.startswith(_COUNTY_ABBREVIATED) and len(surface.split()) > 1:
        # "Midleton, Co Cork", "Co. Antrim": Irish and British usage for "County Cork"
        key = fold("county " + surface.split(None, 1)[1])
        if found := gaz.lookup_folded(key):
            return key, found, False
    if surface.endswith(("'s", "’s")):
        short = fold(surface[:-2])
        found = _not_a_saints(short, gaz.lookup_folded(short)) if short else ()
        if found:
            return short, found, True
    key = fold(surface)
    found = gaz.lookup_folded(key) if key else ()
    if not found and "-" in surface:
        # "Petion-Ville" of news is GeoNames' Pétionville
        joined = fold(surface.replace("-", ""))
        found = gaz.lookup_folded(joined) if joined else ()
        key = joined if found else key
    if not found and ". " in surface:
        # "W. Va.", "N. Y.": a state's abbreviation written with a space is the one without
        joined = fold(surface.replace(" ", ""))
        found = gaz.lookup_folded(joined) if joined else ()
        key = joined if found else key
    if not found:
        # "Baden-Wuerttemberg", "Duesseldorf" (an umlaut as two letters), "Jisr al-Shughur" (GeoNames'
        # Jisr ash Shughur: an Arabic article spelt as it sounds, or not)
        key, found = gaz.respelled(key)
    if (not found or _only_hamlets(found)) and (spelled := with_final_h(key) or spelled_out(key)) is not None:
        # "Daqahliya" is GeoNames' Daqahliyah (both dev corpora and every probe unchanged); "Mt.
        # Juliet" its Mount Juliet; "Shabwa" Yemen's Shabwah as well as a hamlet of Myanmar
        more = gaz.lookup_folded(spelled)
        if more and not found:
            found, key = more, spelled
        elif new := [c for c in more if c.place_id not in {f.place_id for f in found}]:
            # the better-known spelling's places first (what the model reads of the name)
            ahead = max(c.importance for c in new) > max(c.importance for c in found)
            found = (*new, *found) if ahead else (*found, *new)
    if found and surface.endswith(("'s", "’s")) and not any("'" in c.name or "’" in c.name for c in found):
        return key, (), False  # "Assad's" is not the village of Assads
    if found and _INNER_CAPITAL.search(surface):
        found = _written_so(surface, found)
    if found and _DOTTED_INITIALS.fullmatch(surface):
        found = _abbreviated_by_initials(key, found)
    return key, found, False


_COUNTY_ABBREVIATED = ("Co ", "Co. ")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _abbreviated_by_initials(key: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Capitals written with dots ("L.A.", "N.Y.") are the initials of a name's words: an
    abbreviation of a division that is none ("La." of Louisiana, "Md." of Maryland) is no place of
    them: "two men shot in South L.A." is Los Angeles, "M.D." a doctor's. "N.Y.", "D.C.", "B.C."
    keep New York, the District of Columbia and British Columbia. Nor is a place whose own name is
    the letters as a word: "the E.U." is no Eu, Normandy, "the U.N." no Un of Gujarat."""
    return tuple(
        c
        for c in found
        if (c.match != "abbreviation" or alias_shape(key, fold(c.name)) == "initials") and fold(c.name) != key
    )


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _written_so(surface: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A word with a capital inside ("SoFi Stadium", "JetBlue") names no place by aliases alone: a
    brand's name, unless a place's own name holds the word ("McAllen", "DeKalb County", "LaFayette
    County" for Lafayette County, "DeSoto Parish" for De Soto Parish): "SoFi" is no Sofia, though
    an alias of Sofia folds to it."""
    words = [fold(w) for w in re.findall(r"\w+", surface) if _INNER_CAPITAL.search(w)]
    held = any(all(w in _words_and_pairs(c.name) for w in words) for c in found)
    return found if held else ()


def _words_and_pairs(name: str) -> set[str]:
    """The words of a name, folded, and each two of them written together ("De Soto Parish" holds
    "desoto")."""
    words = fold(name).split()
    return {*words, *(a + b for a, b in itertools.pairwise(words))}


def _not_a_saints(key: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a name in the possessive, less the first-level divisions a saint's name
    reaches by the other spelling of "Saint": "St George's Chapel", "St Patrick's and St Seachnails
    Church" are the saints' (Saint George of Saint Vincent is no place of theirs), while "St.
    Louis's mayor" (spelt so) and "St. Lucia's prime minister" (a country) keep theirs."""
    if saint_variant(key) is None:
        return found
    return tuple(c for c in found if not (c.feature_code == "ADM1" and fold(c.name) != key))


HAMLET_POPULATION = 5_000
"""A name whose places are all smaller than this and no division (_only_hamlets) is also looked up
by its other spelling: "Shabwa" is a Myanmar hamlet's alternate name and Yemen's Shabwah."""


def _only_hamlets(found: tuple[Candidate, ...]) -> bool:
    return all(c.feature_class == "P" and c.population < HAMLET_POPULATION for c in found)


def _named_with_the(
    tokens: Sequence[Token], i: int, surface: str, found: tuple[Candidate, ...], gaz: Gazetteer
) -> tuple[Candidate, ...]:
    """After "the", the places the gazetteer names with it: "across the Rio Grande" is the river
    ("the Rio Grande" is its name; "Rio Grande" a town in Brazil and several in Mexico), "across the
    Potomac" the river, not Potomac, Maryland. Waters, lands and regions only: the towns GeoNames
    names with "The" ("The Valley", Anguilla's capital) are not what "the Valley" of a local story
    means."""
    if i == 0 or tokens[i - 1].text.lower() != "the":
        return found
    named = tuple(c for c in gaz.lookup_folded(fold(f"the {surface}")) if c.feature_class not in {"P", "A"})
    return named or found


def _as_written(
    tokens: Sequence[Token], i: int, key: str, found: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The candidates a short word written with a capital and small letters can be: no initials
    ("La Liga" is no LA, Los Angeles), and a state's abbreviation only with its period or after a
    comma ("Alexandria, La.", "BOWLING GREEN, Ky (WBKO)"; "Mass and Cass" is no Massachusetts)."""
    if all(c.match == "primary" for c in found):
        return found
    n = len(tokens)
    dotted = i + 1 < n and tokens[i + 1].text == "." and tokens[i + 1].start == tokens[i].end
    after_comma = i > 0 and tokens[i - 1].text == ","
    return tuple(
        c
        for c in found
        if not (c.match == "alternate" and alias_shape(key, fold(c.name)) == "initials")
        and not (c.match == "abbreviation" and not dotted and not after_comma)
    )


def _after_a_town(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] follows a capitalised word and a comma: "SEATTLE, WASH.", "Tacoma, WA"."""
    return i > 1 and tokens[i - 1].text == "," and tokens[i - 2].text[:1].isupper()


_CONTRACTION = re.compile(r"\w+[’'](?:ll|re|ve|d|m|t)", re.IGNORECASE)
"""A word and a shortened verb: "I’ll", "We're", "Don't"."""


_NOT_ROADS = frozenset(
    {"milky", "third", "first", "second", "middle", "right", "wrong", "only", "best", "one", "no", "any"}
    | {"same", "other", "new", "old", "long", "easy", "hard", "high", "low", "my", "your", "our", "their"}
    | {"united"}  # the United Way, a charity
)


def _between_listed_names(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] stands in a list between two capitalised names: "Scranton, Reading,
    Pittsburgh", "Scranton, Reading and Pittsburgh"."""
    return (
        i >= 2
        and i + 2 < len(tokens)
        and tokens[i - 1].text == ","
        and _name_word(tokens[i - 2])
        and tokens[i + 1].text in {",", "and", "or"}
        and tokens[i + 2].text[:1].isupper()
    )


def _a_body_for(text: str, tokens: Sequence[Token], i: int, end: int, gaz: Gazetteer) -> bool:
    """Whether tokens[i:end], a country's, a state's or a continent's name and "Centre" or
    "Institute", heads a body's name that goes on with "for" and a field: "the Nigeria Centre for
    Disease Control and Prevention" is an agency, no building (the place in its name is the
    country, as "the University of Michigan Center for Computer Security" names Michigan); "the
    Kennedy Center for the Performing Arts" stays a building."""
    if not (
        tokens[end - 1].text.lower() in _BODY_HEADS
        and end + 1 < len(tokens)
        and tokens[end].text == "for"
        and tokens[end + 1].text[:1].isupper()
    ):
        return False
    found = gaz.lookup(text[tokens[i].start : tokens[end - 2].end])
    return bool(found) and found[0].feature_code in {"PCLI", "ADM1", "CONT"}


_BODY_HEADS = frozenset({"centre", "center", "centres", "centers", "institute", "institutes"})


def _has_longer(gaz: Gazetteer, key: str) -> bool:
    """Whether some name goes on from the folded `key`, as written or with its "St." or "Mt."
    spelled out ("South St. Paul" is GeoNames' South Saint Paul: _lookup)."""
    return gaz.has_longer(key) or (
        (full := spelled_out(key, prefix=True)) is not None and gaz.has_longer(full)
    )


def _no_site(last: str, word: str) -> bool:
    """Whether the word before a facility's last word makes with it a common phrase that names no
    site: "the Milky Way", "the Third Way", "No Way Home" (but "the Appian Way", "Roman Way",
    "Temple Way"); "Continental Real Estate", a developer (but "the Aylesbury Estate")."""
    return word.lower() in _NOT_SITES.get(last, ())


_NOT_SITES = {"way": _NOT_ROADS, "estate": frozenset({"real"})}


_PARTIES = frozenset({"D", "R", "I", "DFL"})
"""The letters of US parties before a member's state or home town: "D-Calif.", "R-Texas", "I-Vt.",
"DFL-Chisholm" (Minnesota's Democratic-Farmer-Labor Party)."""


def candidate_spans(text: str, tokens: Sequence[Token], gaz: Gazetteer) -> list[Span]:
    """Longest gazetteer matches over runs of capitalised tokens, plus facility phrases."""
    connectors = word_list("connector")
    facility = word_list("facility")
    facility_first = word_list("facility_first")
    stop = word_list("not_place")
    colours = word_list("colour")
    locative = word_list("locative")
    spans: list[Span] = []
    # the common words the text has made a place's name so far ("in Independence", "Reading,
    # Pennsylvania"): written again mid-sentence, each is doubted as that place, not dropped
    common_places: set[str] = set()
    n = len(tokens)
    consumed = 0  # tokens before this index belong to a name already found
    # only capitalised and hyphenated words can start a name (or hold one: "anti-Russian")
    for i in [k for k, t in enumerate(tokens) if t[0][:1].isupper() or "-" in t[0]]:
        if i < consumed:
            continue
        tok = tokens[i]
        if not tok.text[:1].isupper() or ("-" in tok.text and tok.text.partition("-")[0] in _PARTIES):
            # "anti-Russian", "pro-Kremlin", "pro-Hong Kong"; "D-N.D." is no Dundee (DND)
            found_here = _with_hyphen_tail(text, tokens, i, gaz, stop, connectors)
            consumed = found_here[-1].j if found_here else consumed
            spans += found_here
            continue
        if ("’" in tok.text or "'" in tok.text) and _CONTRACTION.fullmatch(tok.text):
            continue  # "I’ll say no" is no "Ill.", Illinois
        if (
            i > 0
            and _ORDINAL.fullmatch(tokens[i - 1].text)
            and _joined(text, tokens[i - 1], tok)
            and facility_meaning(tok.text) in {"a street", "a road"}
        ):
            # "14th Street", "on 5th Avenue": a numbered street, not the town of Street, Somerset
            # (one after a capitalised word is a run of its own: "East 51st Street")
            first = tokens[i - 1]
            surface = text[first.start : tok.end]
            spans.append(Span(i - 1, i + 1, first.start, tok.end, surface, fold(surface), (), "facility"))
            consumed = i + 1
            continue
        reach = _reach(text, tokens, i, connectors)
        ends = [j for j in range(reach, i, -1) if _name_word(tokens[j - 1])]
        run_end = ends[0]
        last = tokens[run_end - 1].text.lower()
        first_and = next((j for j in range(i + 2, run_end) if tokens[j].text in {"and", "&"}), None)
        if first_and is not None and tokens[first_and - 1].text.lower() in facility:
            # "along Baldwin Street and Temple Way": a facility ends the first name of a list
            run_end, last = first_and, tokens[first_and - 1].text.lower()
        else:
            # "at the Emirates Stadium on Saturday": the run goes on past the facility's word; and
            # "in Humboldt Park on the West Side" holds two facilities, the first ending at "on"
            shorter = next(
                (
                    j
                    for j in ends
                    if j - i >= 2
                    and j < run_end
                    and tokens[j - 1].text.lower() in facility
                    and tokens[j].text in {"on", "in", "at"}
                ),
                None,
            )
            if shorter is not None:
                run_end, last = shorter, tokens[shorter - 1].text.lower()
        if (
            run_end < n
            and tokens[run_end].text == "river"
            and _joined(text, tokens[run_end - 1], tokens[run_end])
            and tokens[run_end - 1].text[:1].isupper()
        ):
            # "the Juba river is rising at Luuq", "the Shabelle river burst its banks": the river, as
            # "Juba River" is, not the town of South Sudan ("the Mississippi river" the one the
            # gazetteer has)
            run_end, last = run_end + 1, "river"
            surface = text[tok.start : tokens[run_end - 1].end]
            key, found, possessive = _lookup(gaz, surface)
            if found:
                end = tokens[run_end - 1].end
                spans.append(Span(i, run_end, tok.start, end, surface, key, found, "name", possessive))
                consumed = run_end
                continue
        if (
            run_end - i >= 2
            and last in facility
            and _facility_starts_here(tokens, i, run_end, stop)
            and not _no_site(last, tokens[run_end - 2].text)
            and not _a_body_for(text, tokens, i, run_end, gaz)
            and not _written_in_lower_case(text, text[tok.start : tokens[run_end - 1].end])
        ):
            surface = text[tok.start : tokens[run_end - 1].end]
            # a street named after a town is seldom in it ("Washington Drive" of a Texas story): it
            # stands where the text's other places say, and says nothing of where they are
            inner = (
                ()
                if facility_meaning(last) == "a street"
                else _inner_candidates(text, tokens, i, run_end - 1, gaz, connectors)
            )
            spans.append(
                Span(
                    i, run_end, tok.start, tokens[run_end - 1].end, surface, fold(surface), inner, "facility"
                )
            )
        elif run_end - i >= 2 and tok.text.lower() in facility_first and (end := _after_a_way(tokens, i)):
            # "Place du Luxembourg", "Plaza de Mayo", "Gare de Lyon", "Piazza Venezia": a square, a
            # street or a station of the text's town, in the town's language, named after a place
            # that lies elsewhere (as "a street named after a town is seldom in it", above)
            surface = text[tok.start : tokens[end - 1].end]
            spans.append(Span(i, end, tok.start, tokens[end - 1].end, surface, fold(surface), (), "facility"))
        # the longest name the gazetteer could have here: grow while some name goes on
        longest = i + 1
        while longest < reach and _has_longer(gaz, fold(text[tok.start : tokens[longest - 1].end])):
            longest += 1
        matched = None
        common = False
        for j in ends:
            if j > longest:
                continue
            if j < run_end and a_particle_name(tokens[j].text) and _joined(text, tokens[j - 1], tokens[j]):
                break  # "Bab al-Hawa": the name goes on with its particle, beyond any the gazetteer has
            surface = text[tok.start : tokens[j - 1].end]
            # "The", "In", "May", "Red Cross": never a place; not worth scoring, unless the text
            # qualifies it ("Reading, Pennsylvania", "Mobile, Ala.")
            low = surface.lower()
            qualified = low in stop or (j == i + 1 and low in colours)
            # ... or its period abbreviates a state after a comma: "Churchill, Man." (Manitoba)
            dotted = (
                qualified
                and j == i + 1
                and j < n
                and tokens[j].text == "."
                and tokens[j].start == tok.end
                and i > 1
                and tokens[i - 1].text == ","
            )
            # ... or a preposition of place puts it alone ("in Independence"): a span the model
            # doubts, which only a confident town near one of its places makes a place
            # (_near_a_confident_place)
            placed = (
                qualified
                and (stop.get(low) == "common word" or low in colours)  # not "in May"
                and j == i + 1
                and (
                    (
                        i > 0
                        and tokens[i - 1].text.lower() in locative
                        and tokens[i - 1].text.lower() != "of"  # "the Declaration of Independence"
                        and not (j < n and tokens[j].text[:1].isupper())  # "in Independence Hall"
                    )
                    # ... or a list puts it between two names ("rallies in Allentown, Scranton,
                    # Reading, Pittsburgh and Philadelphia"): doubted the same way
                    or _between_listed_names(tokens, i)
                    # ... or the text has made it a place before: "He found the men in
                    # Independence ... charged an Independence teenager" (not at a sentence's start,
                    # nor a longer name's first word: "the Independence Day parade")
                    or (
                        low in common_places
                        and i > 0
                        and tokens[i - 1].text not in _SENTENCE_ENDS
                        and not (j < n and tokens[j].text[:1].isupper())
                    )
                )
            )
            # ... or a list that a plural division word ends names it: "the Bay and Bakool regions"
            divided = qualified and j == i + 1 and _in_a_list_of_divisions(text, tok)
            if (
                qualified
                and not dotted
                and not placed
                and not divided
                and not (j < n and tokens[j].text == ",")
            ):
                break
            key, found, possessive = _lookup(gaz, surface)
            if dotted:
                found = tuple(c for c in found if c.match == "abbreviation")
                if not found:
                    break
                qualified = False
            if divided:
                # "the Western and Southern provinces" of a Sri Lankan story: "Western Province",
                # which the gazetteer has whole, before any division called "Western" alone
                word = _division_of_the_list(text, tok.end)
                whole = _lookup(gaz, f"{surface} {word}")[1] if word else ()
                found = whole or tuple(c for c in found if c.feature_code in {"ADM1", "ADM2"})
                if not found:
                    break
                qualified = False
            last_end = tokens[j - 1].end
            if not found and j - i >= 2 and "-" in tokens[j - 1].text:
                # "Los Angeles-based", "New York-area": the name before the hyphen's suffix
                head, _, rest = tokens[j - 1].text.rpartition("-")
                if head and rest.islower():
                    last_end = tokens[j - 1].start + len(head)
                    key, found, possessive = _lookup(gaz, text[tok.start : last_end])
            if len(key) == 1:
                found = ()  # "HIV-1 groups M, N and O", "Plan B": a letter is no place's name
            if (
                found
                and j == i + 1
                and len(key) <= 4
                and not (surface[:-2] if possessive else surface).isupper()
            ):
                found = _as_written(tokens, i, key, found)
            elif (
                found
                and j == i + 1
                and len(surface) >= 4
                and surface.isalpha()
                and surface.isupper()
                and not _after_a_town(tokens, i)
            ):
                # "Needs: food, shelter, WASH." (water, sanitation and hygiene) is no "Wash.": a
                # state's abbreviation of four letters or more is written so only in a dateline in
                # capitals, after the town and a comma ("SEATTLE, WASH. (AP)"; "NSW", "B.C." are
                # written in capitals anywhere)
                found = tuple(
                    c for c in found if not (c.match == "abbreviation" and c.feature_code == "ADM1")
                )
            if qualified and not (
                found
                and not possessive
                # "Reading, Pennsylvania"; "Jane Doe, 52, of Reading,": where a person lives
                and (
                    _held_by_next(text, tokens, j, found, gaz)
                    or _AGED_OF.search(text, max(0, tok.start - 12), tok.start) is not None
                )
            ):
                found = tuple(c for c in found if c.feature_class == "P" and c.match == "primary")
                if not (placed and found):
                    break
                qualified, common = False, True
            if found:
                end = last_end - (2 if possessive else 0)
                if (
                    j == i + 1
                    and found[0].match != "abbreviation"
                    and i > 1
                    and tokens[i - 1].text == ","
                    and (
                        (
                            j < n
                            and tokens[j].text == "."
                            and tokens[j].start == end
                            and not tok.text.isupper()
                        )
                        or (
                            tok.text.endswith(".")
                            and "." in tok.text[:-1]
                            and bool(spans)
                            and spans[-1].j == i - 1
                            and any(c.feature_class == "P" for c in spans[-1].candidates)
                        )
                    )
                ):
                    # "RUSSELLVILLE, Ark.": after a comma, a word and its period abbreviate a state
                    # (Arkansas), not an airport code (ARK, Arusha); "Albany, N.Y." after a town is
                    # the state, not New York City (whose alias "NY" is; "Rothstein, P.A." is a firm)
                    found = (
                        *(c for c in found if c.match == "abbreviation"),
                        *(c for c in found if c.match != "abbreviation"),
                    )
                if (
                    found[0].match == "abbreviation"
                    and j < n
                    and tokens[j].text == "."
                    and tokens[j].start == end
                    and not tokens[j - 1].text.endswith(".")
                    and not tokens[j - 1].text.isupper()
                ):
                    end += 1  # "Ky." and "Calif." keep their period; "US." ends a sentence
                if text.startswith("$", end):
                    break  # "US$460 million", "A$2 billion": a currency
                kind = "demonym" if found[0].match == "demonym" else "name"
                found = _named_with_the(tokens, i, text[tok.start : end], found, gaz)
                matched = Span(i, j, tok.start, end, text[tok.start : end], key, found, kind, possessive)
                matched.common = common
                if j == i + 1 and (stop.get(low) == "common word" or low in colours):
                    common_places.add(low)
                matched.qualified = qualified or (
                    # "Kris Goodman of Hudson, Ohio": a name the text qualifies with a state or a
                    # country that holds it, not a person's surname ("John Smith, Texas A&M")
                    kind == "name"
                    and not possessive
                    and not (i > 0 and _is_cap_word(tokens[i - 1]) and _joined(text, tokens[i - 1], tok))
                    and _held_by_next(text, tokens, j, found, gaz, alone=True)
                )
                break
        if matched is not None:
            matched = _with_division_word(text, tokens, matched, gaz) or matched
            matched = _across_comma(text, tokens, matched, gaz) or matched
            matched = _airport_named(tokens, matched, gaz) or matched
            spans.append(matched)
            consumed = matched.j
        elif "-" in tok.text:
            # "Russia-Turkey", "London-based", "the London-New York route", "R-Elbow Lake"
            found_here = _with_hyphen_tail(text, tokens, i, gaz, stop, connectors)
            if found_here and found_here[-1].j > i + 1:
                # a name after the hyphen, not a facility from the word before it ("R-Elbow Lake")
                spans = [s for s in spans if not (s.i == i and s.kind == "facility")]
                consumed = found_here[-1].j
            spans += found_here
    return spans


_LISTED_DIVISIONS = {
    "regions": "region",
    "states": "state",
    "provinces": "province",
    "districts": "district",
    "counties": "county",
    "governorates": "governorate",
    "departments": "department",
}
"""The plural division words that may end a list of names, and their singulars."""
_PLURAL_DIVISION = r"\s+(" + "|".join(_LISTED_DIVISIONS) + r")\b"
_LISTED_BEFORE_DIVISIONS = re.compile(r"\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?" + _PLURAL_DIVISION)
_LISTED_AFTER_A_NAME = re.compile(r"[A-Z][\w'’-]+,?\s+and\s+\Z")
_PLURAL_DIVISION_AFTER = re.compile(_PLURAL_DIVISION)
_PLURAL_DIVISION_WORD = re.compile(r"\b(" + "|".join(_LISTED_DIVISIONS) + r")\b")


def _division_of_the_list(text: str, end: int) -> str | None:
    """The division word, in the singular, of the plural that ends the list a name at `end` is in
    ("the Western and Southern provinces": "province")."""
    found = _PLURAL_DIVISION_WORD.search(text, end, end + DIVISION_LIST_CHARS)
    return _LISTED_DIVISIONS[found.group(1)] if found is not None else None


DIVISION_LIST_CHARS = 60
_ROMANCE_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "do", "da", "dos", "das"})
"""The prepositions (with their articles) that join the parts of a French, Spanish, Italian or
Portuguese name: "Tour de France", "Gare de Lyon", "Praça da Sé"."""
_ARTICLES_AFTER_A_WAY = _ROMANCE_PARTICLES | {"la", "le", "les", "dei"}
_WAYS_WITHOUT_AN_ARTICLE = frozenset(
    {"piazza", "piazzale", "praça", "praca", "avenida", "calle", "rua", "viale"}
)


_SITES_OF = frozenset(
    {"castle", "palace", "cathedral", "basilica", "monastery", "abbey", "fortress", "citadel"}
)
"""English first words of a building's name that "of" joins to whom or what it is of: "the Castle
of Sao Jorge" is a castle of Lisbon, not the Brazilian town of São Jorge."""
_OF_A_SITE = frozenset({"of", "the"})


def _after_a_way(tokens: Sequence[Token], i: int) -> int:
    """Where the name ends that a street's or a square's first word in another language (tokens[i])
    takes, with its articles: "Place de la Republique", "Gare de Lyon", "Piazza Venezia" (only the
    words that are never English take a name with no article), "Quai d'Orsay" (a name its particle
    leads, one word: _PARTICLE_NAME); 0 where none follows."""
    j = i + 1
    articles = _OF_A_SITE if tokens[i].text.lower() in _SITES_OF else _ARTICLES_AFTER_A_WAY
    while j < len(tokens) and tokens[j].text.lower() in articles and j - i <= 2:
        j += 1
    elided = j == i + 1 and j < len(tokens) and _PARTICLE_NAME.match(tokens[j].text) is not None
    if j == i + 1 and not elided and tokens[i].text.lower() not in _WAYS_WITHOUT_AN_ARTICLE:
        return 0
    end = j
    while end < len(tokens) and _name_word(tokens[end]) and tokens[end].start - tokens[end - 1].end <= 1:
        end += 1
    return end if end > j else 0


def _in_a_list_of_divisions(text: str, tok: Token) -> bool:
    """Whether a word that is seldom a place (a stop word) is a name of a list that a plural
    division word ends: "the Bay and Bakool regions", "Bakool and Bay regions"."""
    return _LISTED_BEFORE_DIVISIONS.match(text, tok.end) is not None or (
        _PLURAL_DIVISION_AFTER.match(text, tok.end) is not None
        and _LISTED_AFTER_A_NAME.search(text, max(0, tok.start - 40), tok.start) is not None
    )


def _reach(text: str, tokens: Sequence[Token], i: int, connectors: dict[str, str]) -> int:
    """How far a name starting at tokens[i] can reach: over joined capitalised words and
    connectors, at most MAX_TOKENS tokens."""
    reach = i + 1
    while reach < len(tokens) and reach - i < MAX_TOKENS and _continues(text, tokens, reach, connectors):
        reach += 1
    return reach


_PARTICLES = ARABIC_ARTICLES | {"d", "l", "de", "di", "du", "da"}
"""Particles written in lower case before a name ("al-Hawa", "d'Or")."""


def a_particle_name(word: str) -> bool:
    """Whether the word is a name after its particle in lower case: "al-Hawa", "d'Or" (not
    "ex-President", "anti-Russian")."""
    return bool(_PARTICLE_NAME.match(word)) and re.split(r"[-'’]", word, maxsplit=1)[0] in _PARTICLES


def _with_hyphen_tail(
    text: str,
    tokens: Sequence[Token],
    i: int,
    gaz: Gazetteer,
    stop: dict[str, str],
    connectors: dict[str, str],
) -> list[Span]:
    """The names inside the hyphenated word tokens[i], the last one going on over the capitalised
    words after it where a longer name does: "New York" of "the London-New York route", "Hong
    Kong" of "pro-Hong Kong", "Elbow Lake" of "Rep. Torrey Westrom, R-Elbow Lake"."""
    tok = tokens[i]
    if tok.text.partition("-")[0] in ARABIC_ARTICLES:
        # "al-Hol", "al-Mawasi": a name with its article is the gazetteer's as written, before
        # the name after the article ("Hol" is also a Norwegian town)
        key, found, possessive = _lookup(gaz, tok.text)
        if found:
            end = tok.end - (2 if possessive else 0)
            kind = "demonym" if found[0].match == "demonym" else "name"
            return [Span(i, i + 1, tok.start, end, text[tok.start : end], key, found, kind, possessive)]
    parts = _hyphen_parts(text, tok, i, gaz, stop)
    start = tok.start + tok.text.rindex("-") + 1
    if not tok.text[start - tok.start : start - tok.start + 1].isupper():
        return parts
    directions = word_list("direction")
    for j in range(_reach(text, tokens, i, connectors), i + 1, -1):
        if not _name_word(tokens[j - 1]):
            continue
        words = [text[start : tokens[i].end], *(t.text for t in tokens[i + 1 : j])]
        if all(w.lower() in directions for w in words):
            break  # "the Calgary-North West MLA": a riding of the town, no region of its own
        key, found, possessive = _lookup(gaz, text[start : tokens[j - 1].end])
        if found:
            end = tokens[j - 1].end - (2 if possessive else 0)
            kind = "demonym" if found[0].match == "demonym" else "name"
            tail = Span(i, j, start, end, text[start:end], key, found, kind, possessive)
            return [p for p in parts if p.start < start] + [tail]
    return parts


def _with_division_word(text: str, tokens: Sequence[Token], span: Span, gaz: Gazetteer) -> Span | None:
    """The name with the capitalised division word after it, as one name of that division
    ("Myanmar's Rakhine State", "Osun State", "Idlib Province"), where the gazetteer has the name
    alone: a division word after a name otherwise counts against it, as an organisation's does."""
    j = span.j
    if span.kind != "name" or span.possessive or j >= len(tokens) or span.end != tokens[j - 1].end:
        return None
    word = tokens[j].text
    if word == "Local" and j + 1 < len(tokens) and tokens[j + 1].text == "Government":
        # "Guma Local Government Area of Benue State": Nigeria's LGA written out
        j += 2 if j + 2 < len(tokens) and tokens[j + 2].text in {"Area", "Council"} else 1
        areas = tuple(c for c in span.candidates if c.feature_code == "ADM2")
        if not areas:
            return None
        surface = text[span.start : tokens[j].end]
        return Span(span.i, j + 1, span.start, tokens[j].end, surface, fold(surface), areas, "name")
    if not word[:1].isupper() or word.lower() not in DIVISION_WORDS:
        return None
    # "Loudon Co. man dies": a county's name with its abbreviated word, where a county bears the
    # name ("Ford Motor Co." is a company's: no county is "Ford Motor")
    abbreviated = word.lower() == "co"
    if abbreviated:
        if not (j + 1 < len(tokens) and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end):
            return None
        j += 1
    if j + 1 < len(tokens) and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text == "of"):
        return None  # "Kentucky State Police", "Mississippi State University", "Illinois Department of"
    if abbreviated:
        areas = tuple(c for c in gaz.lookup(f"{span.surface} County") if c.feature_code == "ADM2")
    else:
        areas = tuple(
            c
            for c in span.candidates
            if c.feature_class == "A"
            and c.feature_code != "PCLI"
            # a state is a first-level division: "Columbia State" is a college, no county
            and (word.lower() != "state" or c.feature_code == "ADM1")
        )
    if not areas:
        return None
    surface = text[span.start : tokens[j].end]
    return Span(span.i, j + 1, span.start, tokens[j].end, surface, fold(surface), areas, "name")


_REGION_WORDS = DIVISION_WORDS - {"co", "republic"}
"""Lower-case words after a name that make it a region's ("the Donetsk region", "Victoria's
Gippsland region"): the gazetteer's division words, but for an abbreviation and a state's title."""


def _owns_a_region(tokens: Sequence[Token], j: int) -> bool:
    """Whether one or two capitalised words and a region's word follow token j - 1, a possessive:
    "Victoria's Gippsland region", "Syria's Idlib province" (a person owns no region)."""
    for end in (j + 1, j + 2):
        if (
            end < len(tokens)
            and all(_is_cap_word(t) for t in tokens[j:end])
            and tokens[end].text in _REGION_WORDS
            # the region's word ends the phrase: not "Paul's Anchor region manager"
            and (
                end + 1 == len(tokens)
                or not tokens[end + 1].text.isalpha()
                or tokens[end + 1].text in _AFTER_A_PHRASE
            )
        ):
            return True
    return False


_AFTER_A_PHRASE = frozenset(
    {"on", "in", "of", "at", "and", "or", "where", "which", "that", "to", "from", "since", "after", "as",
     "for", "has", "have", "had", "was", "were", "is", "are", "near", "last", "this", "earlier", "late"}
)  # fmt: skip


_AIRPORT_ENDINGS = (" airport", " air base", " airfield", " air force base")
AIRPORT_TOWN_KM = 50.0
"""How far from its airport a town the airport is named after may lie and still stand for it:
Kabul's airport is 5 km from the city centre, Boryspil's 7 km from Boryspil."""


def _airport_named(tokens: Sequence[Token], span: Span, gaz: Gazetteer) -> Span | None:
    """The airport a name stands for where "airport" follows it in lower case, as news writes the
    airports it names after a person or a district ("the city's Salgado Filho international airport",
    not the town of Senador Salgado Filho, 300 km away): the gazetteer's airport of that name."""
    j = span.j
    if span.kind != "name" or span.possessive or j >= len(tokens) or span.end != tokens[j - 1].end:
        return None
    words = [t.text for t in tokens[j : j + 2]]
    if words[:1] == ["airport"]:
        suffixes = (" airport", " international airport")
    elif words == ["international", "airport"]:
        suffixes = (" international airport", " airport")
    else:
        return None
    for suffix in suffixes:
        airports = tuple(c for c in gaz.lookup(span.key + suffix) if c.feature_code in {"AIRP", "AIRB"})
        if airports:
            # "Kabul airport" is the city's: a town of the name at the airport stands for it
            if any(
                c.feature_class == "P" and haversine_km(c.lat, c.lon, a.lat, a.lon) <= AIRPORT_TOWN_KM
                for c in span.candidates
                for a in airports
            ):
                return None
            return dataclasses.replace(span, candidates=airports)
    return None


def _held_by_next(
    text: str,
    tokens: Sequence[Token],
    j: int,
    found: tuple[Candidate, ...],
    gaz: Gazetteer,
    alone: bool = False,
) -> bool:
    """Whether a comma and a state or country follow tokens[:j] ("Reading, Pennsylvania", "Mobile,
    Ala.", "Nice, France") that holds one of the places `found`; with `alone`, a state or country
    that no capitalised word goes on from ("Texas A&M" is no state)."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].text != "," or not tokens[j + 1].text[:1].isupper():
        return False
    for end in (j + 3, j + 2):
        if end > n or not all(t.text[:1].isupper() for t in tokens[j + 1 : end]):
            continue
        last = tokens[end - 1].end
        if end < n and tokens[end].text == "." and tokens[end].start == last:
            last += 1
        elif (
            alone
            and end < n
            and tokens[end].text[:1].isupper()
            and _joined(text, tokens[end - 1], tokens[end])
        ):
            continue
        for area in gaz.lookup(text[tokens[j + 1].start : last]):
            if area.feature_code == "PCLI" and any(c.country_code == area.country_code for c in found):
                return True
            if area.feature_code == "ADM1" and any(
                c.country_code == area.country_code and c.admin1 == area.name for c in found
            ):
                return True
    return False


def _across_comma(text: str, tokens: Sequence[Token], span: Span, gaz: Gazetteer) -> Span | None:
    """The name with a comma inside it that the gazetteer knows, where the text has one
    ("Washington, D.C."): up to two capitalised words after the comma."""
    j = span.j
    if span.possessive or j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j].start != span.end:
        return None
    for end in range(min(j + 3, len(tokens)), j + 1, -1):
        last = tokens[end - 1]
        words = tokens[j + 1 : end]
        if not all(t.text[:1].isupper() for t in words) or not all(
            _joined(text, a, b) for a, b in itertools.pairwise(tokens[j:end])
        ):
            continue
        surface = text[span.start : last.end]
        found = gaz.lookup_folded(fold(surface))
        if found:
            return Span(span.i, end, span.start, last.end, surface, fold(surface), found, span.kind)
    return None


def _written_in_lower_case(text: str, surface: str) -> bool:
    """Whether the text also writes a facility-shaped phrase in lower case, as a common noun: "Crew
    Blasts Off to Space Station" of a headline, then "the international space station", is no
    named station (it was one at Baikonur)."""
    low = surface.lower()
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(low, at + 1)
    return False


def _facility_starts_here(tokens: Sequence[Token], i: int, end: int, stop: dict[str, str]) -> bool:
    """Whether a facility's name can be tokens[i:end]: not led by a word that is never a name ("A
    Metcalfe County man"), not after a place's possessive ("Toronto's Pearson International
    Airport" is a place and an airport; the airport's name starts after it; but "St Mary's
    Hospital", "Children's Hospital"), and not two names joined by "and" ("Dallas County and
    Plymouth County")."""
    first = tokens[i].text.lower()
    # "St Peters Church" and "Central Mental Hospital" may start so (a direction word: GeoWebNews
    # F1 0.897 -> 0.898, South Kilburn Estate, North Fourth Street; TR-News unchanged)
    if first in stop and first not in NAME_ABBREVIATIONS and stop[first] != "direction":
        return False
    inner = tokens[i : end - 1]
    # "EXPLOSION REPORTED NEAR DAMASCUS AIRPORT": in capitals, the airport's name starts after "NEAR"
    if tokens[end - 1].text.isupper():
        locative = word_list("locative")
        if any(t.text.isupper() and t.text != "OF" and t.text.lower() in locative for t in inner):
            return False
    meaning = facility_meaning(tokens[end - 1].text)
    if any(t.text == "of" for t in inner) and meaning in _DIVISION_MEANINGS:
        return False  # "the Economic Development Corporation of Wayne County": a body of the county
    if meaning in NATURAL_MEANINGS and any(t.text in {"on", "upon", "at"} for t in inner):
        return False  # "reached Luuq on the Juba River": a town, then the river it stands on
    if (
        end - i >= 3
        and tokens[i + 1].text in {"on", "at", "in"}
        and (i == 0 or tokens[i - 1].text in _SENTENCE_ENDS)
    ):
        return False  # "Traffic on Highway 401 was backed up": a sentence's first word, then its verb's place
    saint = first.rstrip(".") in _SAINT
    return not any(
        (
            t.text.endswith(("'s", "’s"))
            and not saint
            and _fold_possessive(t.text) not in _OWNERS_OF_FACILITIES
        )
        or t.text in {"and", "or", "&"}
        for t in inner
    )


_SENTENCE_ENDS = OPENERS | {".", "!", "?"}
"""Tokens after which a word opens a sentence (or is written as if it did)."""
_DIVISION_MEANINGS = frozenset({"a county", "a province", "a region"})
"""What a facility word means where it names a division, not a building ("County", "Province"):
a name that holds "of" and ends in one is a body of that division, whose name follows "of"."""


_SAINT = frozenset({"st", "saint", "ste", "san", "santa"})
"""A facility named after a saint may hold the saint's possessive: "St Mary's Hospital", "St. John's
Episcopal Church"."""
_OWNERS_OF_FACILITIES = frozenset({"children", "king", "queen", "women", "men", "people", "lady", "mother"})
"""Possessives that begin the names of facilities, not places: "Children's Hospital", "King's
College", "Queen's University", "Women's Hospital"."""


def _fold_possessive(word: str) -> str:
    return word[:-2].lower() if word.endswith(("'s", "’s")) else word.lower()


_TONGUE_WORDS = frozenset({"speaking", "speaker", "speakers", "language", "languages", "medium"})
"""After a hyphen, these make the word before it a language: "French-speaking", "English-language"
("Portuguese-language", "English-medium")."""


_LINKS_OF_A_PHRASE = frozenset({"of", "in", "to", "at", "the", "and", "on", "for", "by", "or", "out", "up"})


def _hyphen_parts(text: str, tok: Token, i: int, gaz: Gazetteer, stop: dict[str, str]) -> list[Span]:
    """Names inside a hyphenated word that is not itself a name: "US-led", "Russia-Turkey ties"."""
    out: list[Span] = []
    offset = tok.start
    parts = tok.text.split("-")
    if len(parts) == 2 and parts[1].lower() in _TONGUE_WORDS:
        return out  # "the French-speaking cities of Douala and Yaounde": a language, no country
    if len(parts) > 2 and parts[1] in _LINKS_OF_A_PHRASE and all(p.islower() for p in parts[1:]):
        # "Out-of-state residents", "Back-to-school sales", "Mother-in-law": a phrase (not
        # "Stoke-on-Trent", "Aix-en-Provence", whose last word is a name's)
        return out
    # "Sen. Bob Casey, D-Pa.", "Rep. Earl Pomeroy (D-N.D.)", "Rep. Robin Kelly, D-Matteson,": a
    # party's letter, then the member's state or home town, set off after the member's name
    party = (
        len(parts) == 2
        and parts[0] in _PARTIES
        and (text[max(0, tok.start - 2) : tok.start] == ", " or text[tok.start - 1 : tok.start] == "(")
        # the apposition ends: "D-Pa.,", "(D-N.D.)", or the sentence, "... Charles Rangel, D-N.Y. Rep."
        and (text[tok.end : tok.end + 1] in {",", ")", ".", ";", ""} or tok.text.endswith("."))
    )
    for part in parts:
        if part[:1].isupper() and part.lower() not in stop:
            key, found, possessive = _lookup(gaz, part)
            if found:
                end = offset + len(part) - (2 if possessive else 0)
                if party and any(c.match == "abbreviation" for c in found):
                    found = tuple(c for c in found if c.match == "abbreviation")
                    if text.startswith(".", end) and part[-1:] != ".":
                        end += 1  # "D-Pa." keeps its period
                kind = "demonym" if found[0].match == "demonym" else "name"
                out.append(Span(i, i + 1, offset, end, text[offset:end], key, found, kind, possessive))
                out[-1].qualified = party
        offset += len(part) + 1
    if (
        len(out) == 1
        and all(part[:1].isupper() for part in tok.text.split("-"))
        and all(
            c.match == "alternate" and alias_shape(out[0].key, fold(c.name)) == "part"
            for c in out[0].candidates
        )
    ):
        # "the town of Pont-Sonde" is no Pont (of Pont-Sainte-Maxence); "Asia-Pacific" has Asia, and
        # "Saudi-led" a lower-case suffix
        return []
    if (
        out
        and not party
        and len(parts) == 2
        and all(part[:1].isupper() for part in parts)
        and all(
            c.importance < INNER_MIN_IMPORTANCE and c.feature_code not in {"PCLI", "ADM1"}
            for o in out
            for c in o.candidates
        )
        and not (len(out) == 2 and _close_together(out[0].candidates, out[1].candidates))
    ):
        # "the Herald-Press", "Mercedes-Benz", "Harley-Davidson": small towns' names joined, or one
        # joined to a word that names no place, are one name of something else ("Israel-Hamas"
        # keeps Israel, "Paris-Roubaix" both, and "Spa-Francorchamps" two neighbours)
        return []
    return out


def _close_together(first: Sequence[Candidate], second: Sequence[Candidate]) -> bool:
    """Whether some place of the one name lies within NEIGHBOUR_KM of some place of the other: two
    towns joined by a hyphen then name a place of theirs ("Spa-Francorchamps")."""
    return any(haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEIGHBOUR_KM for a in first for b in second)


def _inner_candidates(
    text: str,
    tokens: Sequence[Token],
    i: int,
    j: int,
    gaz: Gazetteer,
    connectors: dict[str, str],
    demonyms: bool = False,
) -> tuple[Candidate, ...]:
    """Candidates of the longest known name inside tokens[i:j] (the place a facility is in).

    Generic words ("Street", "Peninsula", "Court") and small places do not count: a facility
    is placed by a well-known place inside its name, or not at all. With `demonyms` (given spans),
    an institution named after a people and no place stands at theirs ("European Commission").
    """
    generic = word_list("facility").keys() | word_list("not_place").keys() | word_list("org").keys()
    for length in range(j - i, 0, -1):
        for a in range(i, j - length + 1):
            if _span_ok(text, tokens, a, a + length, connectors):
                key, found, _ = _lookup(gaz, text[tokens[a].start : tokens[a + length - 1].end])
                if length == 1 and len(key) <= 4 and not tokens[a].text.isupper():
                    # a short word of a longer name, in small letters after its capital, is no
                    # code: "World Cup" is not Carúpano (whose airport is CUP); nor the first word
                    # of a place's name: "San Gabriel Mountains" is not San Diego (alias "San")
                    found = tuple(
                        c
                        for c in found
                        if c.match == "primary"
                        or (
                            c.match == "alternate"
                            and alias_shape(key, fold(c.name)) not in {"initials", "other"}
                            and not fold(c.name).startswith(key + " ")
                        )
                    )
                if (
                    found
                    and found[0].match != "demonym"
                    and key not in generic
                    and found[0].importance >= INNER_MIN_IMPORTANCE
                ):
                    return found
    if demonyms and names_institution(text[tokens[i].start : tokens[j - 1].end]):
        # an institution of the people a demonym names, none of whose other words is a place:
        # "European Commission", "Russian Foreign Ministry" ("French Quarter", "Percy French
        # Hotel" are no institutions of France)
        for a in range(i, j):
            key, found, _ = _lookup(gaz, tokens[a].text)
            if found and found[0].match == "demonym":
                return found
    return ()


@functools.cache
def _person_cues() -> frozenset[str]:
    """Titles and speech verbs as they may be written (lower case, capitalised, upper case)."""
    words = set(word_list("title")) | _SPEECH
    return frozenset(v for w in words for v in (w, w.capitalize(), w.upper()))


def person_words(text: str, tokens: Sequence[Token]) -> set[str]:
    """Folded words that this text uses in people's names: after a title, or before "said"."""
    titles = word_list("title")
    connectors = word_list("connector")
    orgs = word_list("org")
    cues = _person_cues()
    out: set[str] = set()
    n = len(tokens)
    for k in [k for k, t in enumerate(tokens) if t[0] in cues]:
        tok = tokens[k]
        low = tok.text.lower()
        if low in titles and k + 1 < n:
            m = k + 1
            if tokens[m].text == ".":
                m += 1
            run: list[Token] = []
            while (
                m < n
                and len(run) < 5
                and (tokens[m].text[:1].isupper() or (run and tokens[m].text in connectors))
            ):
                run.append(tokens[m])
                if m + 1 < n and not _joined(text, tokens[m], tokens[m + 1]):
                    break
                m += 1
            names = [t for t in run if t.text[:1].isupper()]
            if (names and tok.text[:1].isupper()) or len(names) >= 2:
                out.update(_name_key(t.text) for t in names)
        if (
            low in _SPEECH
            and k >= 2
            and tokens[k - 1].text[:1].isupper()
            and tokens[k - 2].text[:1].isupper()
            and _joined(text, tokens[k - 2], tokens[k - 1])
            and tokens[k - 1].text.lower() not in orgs  # "Avon and Somerset Police said"
        ):
            out.update({fold(tokens[k - 2].text), fold(tokens[k - 1].text)})
    for aged in _people_named(text)[0]:
        out.update({fold(aged.group(1)), fold(aged.group(2))})
    return out


_TWO_NAMES = r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
"""A first name and a surname (one hyphen or apostrophe allowed: "O'Neill"), in groups 1 and 2."""
_TWO_NAMES_HERE = re.compile(_TWO_NAMES + r"\Z")
_AGED = re.compile(r", \d{1,3},")
"""An age after two names: "Sherry Washington, 64, waited in line"."""


@functools.lru_cache(maxsize=1)
def _people_named(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """The first names and surnames that an age (after them or before), ", who", an apposition
    and an apposition before them ("A spokesman from the Department of Public Health, Michael
    Sicilia, says") take up, in that order
    (person_words, surnames and _named_people each read them: searched once a text; only the last
    text is kept, so that a long one is not held)."""
    aged = (*_named_before(text, _AGED), *(_named_after(text, _YEAR_OLD) if "-year-old " in text else ()))
    taken_up = tuple(tuple(_named_before(text, cue)) for cue in (_WHO, _apposition()))
    return (aged, *taken_up, tuple(_described_before_them(text)))


_YEAR_OLD = re.compile(r"\b\d{1,3}-year-old ")
"""An age before two names: "The victim, 17-year-old Darius Washington, was a junior"."""
_TWO_NAMES_AT = re.compile(_TWO_NAMES[2:])


def _named_after(text: str, cue: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The first names and surnames (_TWO_NAMES) right after each match of `cue`."""
    for found in cue.finditer(text):
        names = _TWO_NAMES_AT.match(text, found.end())
        if names and _PERSON_GOES_ON.match(text, names.end()):
            yield names


_PERSON_GOES_ON = re.compile(r"[,.;:)]|\s+(?:was|is|had|has|died|who|said)\b")
"""What follows a person's two names after an age: punctuation or a verb ("17-year-old Darius
Washington, was", "a 25-year-old Gaza City resident" is no person)."""


def _named_before(text: str, cue: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The first names and surnames (_TWO_NAMES) right before each match of `cue`. The same as
    searching `_TWO_NAMES + cue` through the text, a fifth of the time: the cue is searched first,
    and two names looked for only in the few dozen characters before it."""
    for found in cue.finditer(text):
        names = _TWO_NAMES_HERE.search(text, max(0, found.start() - 80), found.start())
        if names:
            yield names


def _name_key(word: str) -> str:
    """A word of a person's name, folded, without a possessive ("Sweeney's" -> "sweeney")."""
    return fold(word.removesuffix("’s").removesuffix("'s"))


def _code_group(code: str) -> str:
    if code in {"PCLI", "ADM1", "ADM2", "PPLC", "PPLA", "CONT", "RGN"}:
        return code
    return "PPL" if code.startswith("PPL") else "OTHER"


def _opens_with_a_sentence(tokens: Sequence[Token], span: Span) -> bool:
    """Whether the text opens with a sentence that the span is the first or second word of: after
    "The" ("The Marshalltown school board"), or a name in title case followed by a word in
    small letters ("Rain fell"); not a dateline's place ("GENEVA", "Kyiv, Ukraine -")."""
    if span.i == 1:
        return tokens[0][0] == "The"
    n = len(tokens)
    return span.j < n and tokens[span.j][0][:1].islower() and not span.surface.isupper()


def _a_title(word: str, titles: Container[str]) -> bool:
    """Whether a folded word is a title before a person's name, also in the plural and after "co-",
    "vice-" or "ex-": "President", "Gov.", "co-founders Jordan Mitchell and Georgia Banks",
    "strikers Harry Kane and ...", "ex-minister"."""
    word = word.rstrip(".")
    if word in titles:
        return True
    word = word.split("-", 1)[1] if word.startswith(("co-", "vice-", "ex-")) else word
    return word in titles or (word.endswith("s") and word[:-1] in titles)


def features(
    text: str,
    tokens: Sequence[Token],
    span: Span,
    *,
    sentence_starts: set[int],
    persons: set[str],
    lower_words: set[str],
    entities: Sequence[Entity] | None = None,
    headline: Container[int] = frozenset(),
) -> list[str]:
    """The features the recogniser's model scores (names are stable: the weights refer to them);
    with spaCy's `entities` (geomap.ner), their features too. In a line in title case (the tokens
    `headline` holds), a capital says nothing of a name: no word beside the span counts as one."""
    n = len(tokens)
    lists = _word_lists()

    def low(k: int) -> str:
        # a neighbour's possessive is the word's own context: "Miami-Dade police's unit" reads as
        # "Miami-Dade police", "Enfield Council’s cabinet" as "Enfield Council" (a model learns
        # few possessives: seven of its weights were of one, most from one document each)
        return tokens[k][0].lower().removesuffix("'s").removesuffix("’s") if 0 <= k < n else "<none>"

    prev, prev2, nxt, nxt2 = low(span.i - 1), low(span.i - 2), low(span.j), low(span.j + 1)
    if span.i <= 1 and _opens_with_a_sentence(tokens, span):
        # "Rain fell across ...", "The Marshalltown school board voted": a text that opens with a
        # sentence, not a dateline ("GENEVA (Reuters) -", "Kyiv, Ukraine -"), opens it as any
        # sentence does, after a full stop
        prev, prev2 = (".", "<none>") if span.i == 0 else (prev, ".")
    f = [
        "bias",
        f"kind={span.kind}",
        f"w-1={prev}",
        f"w-2={prev2}_{prev}",
        f"w+1={nxt}",
        f"w+2={nxt}_{nxt2}",
        f"ntok={min(span.j - span.i, 4)}",
        # a parish is Louisiana's county: its suffix reads as one, which the corpora teach
        f"suf={'nty' if span.surface.endswith((' Parish', ' PARISH')) else span.surface[-3:].lower()}",
    ]
    start_of_sentence = span.i in sentence_starts
    if start_of_sentence:
        f.append("sent_start")
    if "-" in prev:
        f.append(f"w-1compound=-{prev.rsplit('-', 1)[-1]}")
    # a name of a line in title case, well known enough that its capital would not mislead ("Economy"
    # of "Jackson Warns Of Risks To Economy" is also a borough of Pennsylvania)
    titled = (
        span.i in headline
        and span.key not in lower_words
        and any(c.importance >= TITLED_IMPORTANCE for c in span.candidates[:1])
    )
    midcap = (
        not start_of_sentence
        and span.i > 0
        and (titled or not _is_cap_word(tokens[span.i - 1]))
        and not (span.j < n and _is_cap_word(tokens[span.j]) and not titled)
    )
    if (
        not titled
        and span.i > 0
        and _is_cap_word(tokens[span.i - 1])
        and ((span.i - 1) not in sentence_starts or _a_name_word(tokens[span.i - 1][0], lower_words, lists))
        and not tokens[span.i - 1][0].endswith(("'s", "’s"))
        # a capitalised bearing is no first name: "Northeast Nebraska", "Western Tigray" (as
        # _with_its_bearing marks them). Strict F1: TR-News 0.9496 -> 0.9497 (+2 names: Southern
        # Europe, Anatolia; +2 false: "Central European Time"), GeoWebNews 0.9100 -> 0.9102 (+1,
        # South Florida); LGL 5 false places (it marks "Western Pennsylvania" as the state alone)
        and prev not in lists.direction
    ):
        f.append("prevcap")  # "John Kassala", not "Sudan's Kassala": a possessive is a place's
    nextcap = (
        not titled
        and span.j < n
        and _is_cap_word(tokens[span.j])
        and _joined(text, tokens[span.j - 1], tokens[span.j])
    )
    if nextcap:
        f.append("nextcap")
        if nxt in lists.org:
            f.append("next_org")
    if _a_title(prev, lists.title):
        f.append("prev_title")
    if (prev in lists.locative and not (prev == "to" and prev2 == "according")) or (
        # "in East Oxford", "in northern Syria": GeoWebNews +1 name, the rest unchanged
        prev in lists.direction and prev2 in lists.locative
    ):
        # "in", "near", "towards": words that introduce places ("according to" introduces a source)
        f.append("prev_locative")
    if prev in lists.event:
        f.append("prev_event_verb")  # "recaptured Palmyra", "fled Mosul", "visited Kyiv"
    if prev in lists.direction:
        f.append("prev_direction")
    if span.surface.isupper() and len(span.surface) > 1:
        f.append("allcaps")
    if span.possessive:
        f.append("possessive")
    token = tokens[span.i]
    if (span.start, span.end) != (token.start, token.end) and span.j == span.i + 1 and "-" in token.text:
        rest = token.text.lower().replace(span.surface.lower(), "", 1)
        f += ["hyphen_part", f"hyphen_rest={rest.strip('-')[:12] if rest.islower() else 'Name'}"]
    if span.key in lists.not_place:
        f.append("stopword")
    if span.key in persons or fold(span.surface) in persons:
        f.append("person_word")
    if span.key in lower_words:
        f.append("lower_elsewhere")
    if span.candidates:
        candidates = span.candidates
        if not nextcap and "prevcap" not in f:
            candidates = _judged_as_namesake(span.key, candidates)
        group, imp, own = _candidate_features(span.key, candidates)
        f += own
        f.append(f"code={group}&w-1={prev}")
        if start_of_sentence:
            f.append(f"sent_start&code={group}")
        if midcap:
            f += ["midcap", f"midcap&imp={imp}", f"midcap&code={group}"]
        if nextcap:
            f.append(f"nextcap&code={group}")
    else:
        f.append("no_candidates")
    if entities is not None:
        f += ner_features(entities, span.start, span.end, f)
    return f


def _a_name_word(word: str, lower_words: set[str], lists: _Lists) -> bool:
    """Whether a sentence's first word is a name's, as "Miranda" of "Miranda Kerr": a word the text
    never writes in lower case, and no common, direction, locative or all-capitals word ("In",
    "North", "Near", "WASHINGTON")."""
    low = word.lower()
    return not (
        low in lower_words
        or low in lists.not_place
        or low in lists.direction
        or low in lists.locative
        or word.isupper()
    )


@dataclass(frozen=True)
class _Lists:
    org: dict[str, str]
    title: dict[str, str]
    locative: dict[str, str]
    direction: dict[str, str]
    not_place: dict[str, str]
    event: frozenset[str]
    facility: dict[str, str]


@functools.cache
def _word_lists() -> _Lists:
    return _Lists(
        word_list("org"),
        word_list("title"),
        word_list("locative"),
        word_list("direction"),
        word_list("not_place"),
        event_words(),
        word_list("facility"),
    )


NAMESAKE_IMPORTANCE = 5.0
"""A namesake at least this important (a town of about 100,000 people) is judged instead of a
coincidental alias abroad (_judged_as_namesake). Both dev corpora: one false place more end to end
("Southern District" of Ohio's court) and nothing else at 5.0; at 4.0, 24 false places more
("White House", "Zara", "NGO" as Nagoya)."""
NEIGHBOURING_NAMESAKE_KM = 30.0
"""A coincidental alias of a place this near a place of the very name is an old name of the area,
and the name is judged as the place that has it as its own: "Indian Wells" (5,000 people) is
GeoNames' alternate name of Indio (87,000), 12 km away."""
_namesakes: dict[tuple[str, int], tuple[tuple[Candidate, ...], tuple[Candidate, ...]]] = {}


def _seat_named_after(seat: Candidate, division: Candidate) -> bool:
    """Whether `seat` has the name only as its province's: Antakya is "Hatay" as the seat of Hatay
    province, a name that stands alone for the province ("Kahramanmaras, Hatay and Gaziantep")."""
    return (
        division.feature_code in {"ADM1", "ADM2"}
        and seat.feature_code == "PPLA"
        and seat.country_code == division.country_code
        and seat.admin1 == division.admin1
    )


def _judged_as_namesake(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates with the most important place of that very name first, where the first is a
    place abroad that has the name only as an unrelated alternate name ("Jalalabad" of Sylhet,
    "Puno" of Pune, "GAO" of Guantanamo) and the namesake is a town of some size: a name standing
    alone is judged as that town. (Before a surname, "Victoria Rowell", the order stays: a
    coincidental alias is a sign of a person's name.) Stricter than the order of the gazetteer's
    `lookup` (any namesake, a penalty instead of a size), which here would add 12 false places on
    the dev corpora (Clarence, Zara, "Law" as Lawton) and 3 far ones (Franklin) for one name found
    (Manhattan)."""
    top = candidates[0]
    if len(candidates) < 2 or top.match != "alternate":
        return candidates
    hit = _namesakes.get((key, id(candidates)))
    if hit is not None and hit[0] is candidates:
        return hit[1]
    out = candidates
    if is_coincidence(key, top):
        namesake = next((c for c in candidates if c.match == "primary"), None)
        if namesake is not None and (
            (namesake.importance >= NAMESAKE_IMPORTANCE and namesake.country_code != top.country_code)
            or _seat_named_after(top, namesake)
            or haversine_km(top.lat, top.lon, namesake.lat, namesake.lon) <= NEIGHBOURING_NAMESAKE_KM
        ):
            out = (namesake, *(c for c in candidates if c is not namesake))
    if len(_namesakes) > 65_536:
        _namesakes.clear()
    _namesakes[(key, id(candidates))] = (candidates, out)
    return out


_CandidateFeatures = tuple[str, int, tuple[str, ...]]
_by_candidates: dict[tuple[str, int], tuple[tuple[Candidate, ...], _CandidateFeatures]] = {}


def _candidate_features(key: str, candidates: tuple[Candidate, ...]) -> _CandidateFeatures:
    """The features that depend only on a name's gazetteer candidates (the same wherever the name
    stands, so worked out once per name): its code group, importance bucket and features.

    Remembered by the identity of the candidates tuple (the gazetteer hands out one tuple per name);
    the entry holds the tuple, so its id cannot be reused while it is remembered."""
    memo_key = (key, id(candidates))
    hit = _by_candidates.get(memo_key)
    if hit is not None and hit[0] is candidates:
        return hit[1]
    if len(_by_candidates) > 65_536:
        _by_candidates.clear()
    result = _work_out_candidate_features(key, candidates)
    _by_candidates[memo_key] = (candidates, result)
    return result


def _work_out_candidate_features(key: str, candidates: tuple[Candidate, ...]) -> _CandidateFeatures:
    best = candidates[0]
    group = _code_group(best.feature_code)
    imp = min(int(best.importance), 12)
    f: list[str] = []
    if best.match != "primary":
        f.append(f"match={best.match}&imp={imp}")
        primary = max((c.importance for c in candidates if c.match == "primary"), default=0.0)
        shape = alias_shape(key, fold(best.name))
        if shape == "other" and " " not in key and best.source.startswith("curated"):
            shape = "given"  # a curated place's other spellings are its own by choice ("Cauvery" of
            # the Kaveri), no coincidence (a facility phrase around one, "Gulf Coast", is still one)
        if best.match == "alternate" and best.importance - primary >= 1.0:
            # the alias names a more notable place than any place of that name: an exonym
            # ("Palmyra", "Raqqa") or a coincidence of spelling ("Minister" for Minster)
            f.append(f"alternate_dominant={shape}")
        f += [f"alias={shape}", f"alias={shape}&imp={imp}"]
    f += [f"code={group}", f"match={best.match}", f"imp={imp}", f"ncand={min(len(candidates), 5)}"]
    if any(c.feature_code == "PCLI" for c in candidates):
        f.append("any_country")
    if any(c.feature_code == "ADM1" for c in candidates):
        f.append("any_adm1")
    return group, imp, tuple(f)


def score(feats: Sequence[str], weights: dict[str, float]) -> float:
    if not weights:
        return _rule_score(feats)
    z = sum(map(weights.get, feats, itertools.repeat(0.0, len(feats))))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _rule_score(feats: Sequence[str]) -> float:
    """Used only when no trained weights are installed: a conservative hand-made rule."""
    bad = {"stopword", "person_word", "prev_title", "next_org", "no_candidates"}
    if bad.intersection(feats):
        return 0.1
    if "sent_start" in feats and not any(f in feats for f in ("code=PCLI", "code=ADM1", "code=PPLC")):
        return 0.4
    return 0.8


def document_context(text: str, tokens: Sequence[Token]) -> tuple[set[int], set[str], set[str]]:
    """What the features need of the whole text: which tokens start a sentence (or a quote),
    the words used in people's names, and the words written in lower case somewhere."""
    starts = [t[1] for t in tokens]
    n = len(tokens)
    sentence_starts = {k for k in (bisect.bisect_left(starts, s.start) for s in sentences(text)) if k < n}
    sentence_starts.update(k + 1 for k, t in enumerate(tokens) if t[0] in OPENERS and k + 1 < n)
    lower_words = {t[0] for t in tokens if t[0].islower()}
    return sentence_starts, person_words(text, tokens), lower_words


_TITLE_FUNCTION_WORDS = frozenset(
    {"As", "In", "To", "Of", "For", "Off", "From", "With", "After", "On", "At", "Into", "Over", "And"}
    | {"The", "By", "Is", "Are", "Amid", "Near", "Across", "Against", "Toward", "Towards", "Without"}
    | {"Through", "Under", "Before", "Since", "But", "Or", "Up", "Out", "Down", "About", "Around"}
)
"""Small words a line in title case writes with a capital ("Thousands Flee Homes In Assam")."""
MIN_TITLE_WORDS = 4
TITLED_IMPORTANCE = 5.0
"""The least importance (about 100,000 people) of a name in a title-case line whose neighbours'
capitals are not held against it."""


def headline_tokens(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The tokens of the text's lines in title case: lines of MIN_TITLE_WORDS words or more, all
    capitalised but for at most one in five, with a small word capitalised after the first
    ("Migrants Rescued Off Lampedusa As Crossings From Tunisia Surge")."""
    if not any(f" {w} " in text for w in ("In", "To", "Of", "As", "From", "For", "After", "On", "At")):
        return frozenset()  # the cheap test first: most texts have no such line
    out: set[int] = set()
    k, n = 0, len(tokens)
    while k < n:
        line_end = text.find("\n", tokens[k].start)
        line_end = len(text) if line_end < 0 else line_end
        j = k
        while j < n and tokens[j].start < line_end:
            j += 1
        words = [t.text for t in tokens[k:j] if t.text[:1].isalpha()]
        if (
            len(words) >= MIN_TITLE_WORDS
            and sum(not w[:1].isupper() for w in words) * 5 <= len(words)
            and any(w in _TITLE_FUNCTION_WORDS for w in words[1:])
        ):
            out.update(range(k, j))
        k = j
    return frozenset(out)


def recognise(
    text: str,
    *,
    gazetteer: Gazetteer,
    threshold: float = DEFAULT_THRESHOLD,
    weights: dict[str, float] | None = None,
    entities: Sequence[Entity] | None = None,
) -> list[Mention]:
    """Place mentions in `text`, in order, with their gazetteer candidates.

    `entities` (spaCy's, geomap.ner) add NER features; the default weights are then the ones
    trained with them."""
    tokens = tokenize(text)
    sentence_starts, persons, lower_words = document_context(text, tokens)
    headline = headline_tokens(text, tokens)
    spans = candidate_spans(text, tokens, gazetteer)
    scored = recogniser_weights(entities is not None) if weights is None else weights

    def judge(span: Span) -> Span:
        span.feats = features(
            text,
            tokens,
            span,
            sentence_starts=sentence_starts,
            persons=persons,
            lower_words=lower_words,
            entities=entities,
            headline=headline,
        )
        span.score = score(span.feats, scored)
        return span

    for span in spans:
        judge(span)
        if span.common:
            span.score = min(span.score, PAIR_FLOOR)  # only a confident town nearby makes it a place
    _named_as_places(text, tokens, spans)
    people = _named_people(text, tokens, spans, lower_words)
    _surnames_alone(text, tokens, spans, people, sentence_starts)
    _first_names(text, tokens, spans, threshold, lower_words)
    _couples(text, tokens, spans, lower_words)
    _common_plurals(tokens, spans, sentence_starts, lower_words)
    _people_listed(text, tokens, spans, lower_words)
    _languages(tokens, spans)
    unknown = _settlements_unknown(text, tokens, spans, sentence_starts, threshold)
    unknown += _unknown_before_its_country(text, tokens, spans, sentence_starts, threshold)
    spans += unknown
    spans += _unknown_named_again(tokens, spans, unknown, sentence_starts, lower_words)
    spans += _named_after_a_place(text, tokens, spans, threshold)
    spans += _british_roads(text, tokens, spans, threshold)
    spans += _clubs_of_towns(text, tokens, spans, gazetteer, threshold)
    spans += _names_listed_before_a_plural(text, tokens, spans)
    spans += _divisions_listed_short(text, tokens, spans, gazetteer)
    spans += _longer_feature_names(text, tokens, spans)
    spans += _led_by_a_feature_word(text, tokens, spans)
    _before_a_city(text, tokens, spans, gazetteer)
    _metropolitan_areas(text, spans, threshold)
    _towns_of_us_bodies(text, spans, threshold)
    _one_sense_per_document(spans, threshold)
    # the provinces and countries the text names with confidence, before the list rules, for both
    provinces, named = _sure_provinces(text, spans, threshold), _countries_named(spans, threshold)
    _coordination(text, spans, threshold, provinces, named)
    _near_a_confident_place(text, spans, threshold)
    _after_a_facility(text, spans, threshold)
    _after_a_preposition_and_a_name(text, spans, threshold)
    _in_a_named_country(text, spans, threshold, provinces, named)
    _a_country_among_countries(spans, threshold, named)
    _after_a_places_possessive(spans, threshold)
    _datelines(text, tokens, spans, sentence_starts, threshold)
    _heads_of_places(tokens, spans, threshold)
    _listed_divisions(text, spans, threshold)
    _towns_by_unrelated_aliases(text, tokens, spans, threshold)
    _institutions(tokens, spans)
    _royals(tokens, spans)
    spans += _bodies_of_a_city(tokens, spans, gazetteer)
    _administrations(tokens, spans)
    _diseases(text, tokens, spans)
    _first_part_of_a_longer_name(text, tokens, spans)
    _brands(text, spans)
    _models(text, spans)
    _named_things(text, spans)
    _united_bodies(text, spans)
    _vessels(text, spans)
    _kickers(text, tokens, spans)
    _fields_of_bodies(text, spans)
    _someone_described(text, spans)
    _sources_cited(text, spans)
    _titles_of_common_words(tokens, spans)
    _names_given_as_peoples(text, spans)
    _acronyms_of_others(text, spans, threshold)
    _facilities_over_their_names(spans, threshold)
    _ways_in_another_language(spans, threshold)
    spans += _elided_names(text, tokens, spans, gazetteer)
    spans += _bearings_of_named_countries(text, tokens, spans, threshold)
    accepted = _drop_overlaps([s for s in spans if s.score >= threshold])
    accepted = _without_bearings_of_the_next(text, accepted)
    # "the PM said" in a story about Port Moresby is no place: initials are judged in context too
    accepted += [s for s in map(judge, _initials_of_named(text, tokens, accepted)) if s.score >= threshold]
    accepted.sort(key=lambda s: s.start)
    breaks = _line_breaks(text)
    mentions = [_with_its_bearing(text, _mention(text, tokens, s, gazetteer, breaks)) for s in accepted]
    mentions = _divisions_named_short(mentions)
    _mark_the_dateline(text, mentions)
    mentions = _cities_as_named(_areas_abroad_of_a_town(text, _towns_named_after_areas(text, mentions)))
    mentions = _rivers_by_their_banks(text, _counties_named_short(mentions, gazetteer), gazetteer)
    return _named_by_a_us_body(
        text,
        _mark_qualifiers(text, _facilities_as_named(_listed_waters(text, mentions, gazetteer))),
        gazetteer,
    )


_US_SCHOOL_BODIES = (
    r"(?:(?:Independent|Unified|Consolidated) )?School District"
    r"|Junior College|Board of Education|Public Schools"
)
"""The school bodies of a US town, which only US towns have (_US_SCHOOLS)."""
_US_LOCAL_BODY = re.compile(
    rf"\s+(?:Police Department|Fire Department|Municipal Court|{_US_SCHOOL_BODIES})\b"
)
"""The bodies of a US town that take its name, which other countries call otherwise ("the Paris
Police Department", "the Athens Fire Department", "Moscow School District", "Paris Junior
College"): the town is one of the United States."""
_US_BODY_WORDS = ("Department", "District", "Court", "College", "Education", "Schools")
"""The last words of _US_LOCAL_BODY's names: a text without any of them names no such body."""


def _named_by_a_us_body(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A town's name right before the name of a US town's body (_US_LOCAL_BODY), and each mention
    of that name, is qualified by the United States, as "Paris, Texas" is by Texas: "Jessica Kay,
    18, of Paris died Saturday in a Dallas hospital ... according to Paris Police Department" is no
    story of France, nor is "Paris City Council asked ... to meet with Paris Junior College
    president"."""
    if not any(word in text for word in _US_BODY_WORDS) or _US_LOCAL_BODY.search(text) is None:
        return mentions  # the cheap test first (substrings): most texts name no such body
    country = next((c for c in gaz.lookup_folded("united states") if c.feature_code == "PCLI"), None)
    if country is None:
        return mentions
    # the names (by their candidates) that a body names
    named = {
        m.candidates
        for m in mentions
        if (
            (m.kind == "name" and _US_LOCAL_BODY.match(text, m.end))
            # "Paris Junior College": the body's own name, a facility of the town's candidates
            or (
                m.kind == "facility" and (body := _US_LOCAL_BODY.search(m.text)) and body.end() == len(m.text)
            )
        )
        and any(c.feature_class == "P" and country.holds(c) for c in m.candidates)
    }
    # ... and the names before a body the recogniser took whole or left out ("call the Berea Police
    # Department" of a story whose other Bereas are "A Berea man", "Berea police")
    before = {
        fold(name.group()).removeprefix("the ")  # "The Paris Police Department said"
        for body in _US_LOCAL_BODY.finditer(text)
        if (name := _NAME_BEFORE.search(text, max(0, body.start() - _NAME_BEFORE_REACH), body.start()))
    }
    # ... and a town's: "Palestine Independent School District" is no country of the Middle East,
    # however far a country's name outranks a Texas town's (towns abroad stay, which the text's other
    # places may choose: "the Delta Police Department" of a story at Vancouver's airport is Delta, BC)
    return [
        dataclasses.replace(
            m,
            qualifier=country,
            candidates=tuple(c for c in m.candidates if c.feature_class == "P" or country.holds(c)),
        )
        if m.qualifier is None
        and m.candidates
        and (
            m.candidates in named
            or (
                m.kind == "name"
                and fold(m.text) in before
                and any(c.feature_class == "P" and country.holds(c) for c in m.candidates)
            )
        )
        else m
        for m in mentions
    ]


_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\Z")
"""One to three capitalised words that end where a body's name starts: the town's name."""
_NAME_BEFORE_REACH = 60


_TOWN_OF = re.compile(r"\bthe\s+(?:city|town|village|hamlet)\s+of\s+$", re.IGNORECASE)
"""Before a town's name: "the city of Turkey" (not "the capital city of British Columbia")."""


_AREA_OF_THE_TOWN = re.compile(r"\s+(?:towns?|city|cities|villages?|suburbs?|hamlets?|resort)\s+of\s+")
"""Between an area and a town it holds: "the Northern Rivers town of Lismore", "the Northern Rivers
towns of Murwillumbah and Tweed Heads", "the Amalfi Coast town of Positano"."""


_AREA_OF_THE_AREA = re.compile(r"\s+(?:region|area|district)\s+of\s+")
"""Between an area and the larger one it lies in: "the Northern Rivers region of New South Wales"."""


def _areas_abroad_of_a_town(text: str, mentions: list[Mention]) -> list[Mention]:
    """The name before "town of", "city of" and the like is the area the town lies in ("the Northern
    Rivers town of Lismore", "the Hunter Valley town of Maitland"; "the Northern Rivers region of New
    South Wales" lies in the state): where none of its places shares a country with the town's, it
    is an area the gazetteer lacks (Rivers, a Nigerian state, is no part of New South Wales), which
    stands where the text's places say, not abroad."""
    out = list(mentions)
    for n in range(len(out) - 1):
        m, town = out[n], out[n + 1]
        if (
            m.candidates
            and town.candidates
            and (
                _AREA_OF_THE_TOWN.fullmatch(text, m.end, town.start)
                or _AREA_OF_THE_AREA.fullmatch(text, m.end, town.start)
            )
            and not {c.country_code for c in m.candidates} & {c.country_code for c in town.candidates}
        ):
            out[n] = dataclasses.replace(m, candidates=(), cue=None)
    return out


def _towns_named_after_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the text calls a town ("the city of Turkey", "the town of Lebanon") whose first sense
    is a country or a province and of which the gazetteer has no town by that name or a part of it
    (only unrelated aliases) is a town the gazetteer lacks, wherever the text gives it: it stands
    where the text's other places say ("the city of Turkey" of a Hall County, Texas story; "the city
    of Kuwait" is still Kuwait City)."""
    lacked = {
        fold(m.text)
        for m in mentions
        if m.kind == "name"
        and m.candidates
        and m.candidates[0].feature_code in {"PCLI", "ADM1"}
        and _TOWN_OF.search(text, max(0, m.start - 20), m.start)
        and not any(
            c.feature_class == "P"
            and (c.match == "primary" or alias_shape(fold(m.text), fold(c.name)) == "part")
            for c in m.candidates
        )
    }
    if not lacked:
        return mentions
    return [
        dataclasses.replace(m, candidates=()) if m.kind == "name" and fold(m.text) in lacked else m
        for m in mentions
    ]


def _with_its_bearing(text: str, m: Mention) -> Mention:
    """A capitalised direction right before a name the gazetteer has only without it is part of the
    name as written ("South Florida", "North London", "Northern Europe"; the corpora mark the words
    so), not of "northern Syria"; the mention keeps the part of the place it names."""
    if (
        m.part_start is None
        or m.kind != "name"
        or not text[m.part_start].isupper()
        or text[m.part_start : m.start].isupper()  # a headline's capitals: "FOR NORTHERN GERMANY"
        or text[m.part_start : m.start].count(" ") != 1
        or not text[m.part_start : m.start].endswith(" ")
        # "Far North Queensland": a longer name of bearings, which stays the place's part
        or _BEARING_BEFORE.search(text, max(0, m.part_start - 12), m.part_start) is not None
    ):
        return m
    return dataclasses.replace(m, text=text[m.part_start : m.end], start=m.part_start)


_CAPITAL_BEARINGS = "North|South|East|West|Central|Northern|Southern|Eastern|Western"
"""The capitalised bearings written before a place's name ("East Oxford", "Western Tigray")."""
_BEARING_BEFORE = re.compile(r"\b(?:Far|Deep|Upper|Lower|Middle|Greater|" + _CAPITAL_BEARINGS + r")\s$")
"""A capitalised word of bearings before a bearing ("Far North", "Deep South"): a longer bearing."""


_WATER_PLURALS = ("rivers", "lakes")
_WATERS = re.compile(r"\s+(" + "|".join(_WATER_PLURALS) + r")\b")
"""After a list of names, a plural word of waters: "the Shabelle and Juba rivers"."""


def _listed_waters(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Names listed before "rivers" or "lakes" name waters, not the towns or states of their names
    ("along the Shabelle and Juba rivers" of a Somali story is no South Sudanese capital, "the
    Mississippi and Ohio rivers" no states): each is the water the gazetteer has by the name and
    the word ("Mississippi River"), or by the name alone; or else a water it lacks, placed like a
    facility where the text's other places say, unless the name is a state's or country's ("the
    Texas and Oklahoma rivers" are theirs)."""
    if not any(f" {word}" in text for word in _WATER_PLURALS):
        return mentions  # the cheap test first
    out = list(mentions)
    waters_named: dict[str, Mention] = {}  # each listed name, as the water it names
    for k in range(len(out) - 1, -1, -1):
        found = _WATERS.match(text, out[k].end)
        if found is None:
            continue
        word = found.group(1)[:-1]
        j = k
        while True:
            m = out[j]
            if m.kind == "name":
                waters = tuple(
                    c for c in (*gaz.lookup(f"{m.text} {word}"), *m.candidates) if c.feature_class == "H"
                )
                if waters:
                    out[j] = dataclasses.replace(m, candidates=waters[:1])
                elif not (m.candidates and m.candidates[0].feature_code in _OWNERS):
                    out[j] = dataclasses.replace(m, candidates=(), kind="facility")
                # (else the rivers of a state or country: "Texas and Oklahoma rivers")
                if out[j] is not m:
                    waters_named[m.text] = out[j]
            if j == 0 or not _LINK.fullmatch(text, out[j - 1].end, out[j].start):
                break
            j -= 1
    # the text's other mentions of a listed water's name after "the" are that water ("near the Elbe"
    # after "the Elbe and Saale rivers" is no town of Elbe; "in Nairobi's informal settlements along
    # the Nairobi and Mathare rivers" stays the city)
    return [
        dataclasses.replace(m, candidates=water.candidates, kind=water.kind)
        if m.kind == "name"
        and (water := waters_named.get(m.text)) is not None
        and m.candidates != water.candidates
        and _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
        else m
        for m in out
    ]


_THE_BEFORE = re.compile(r"\bthe $", re.IGNORECASE)
"""Right before a name: the article that waters take and towns seldom do."""


CITY_IMPORTANCE = 6.0
"""How important a town after a one-word name must be for the word to be its modifier."""


def _before_a_city(text: str, tokens: Sequence[Token], spans: Sequence[Span], gaz: Gazetteer) -> None:
    """A one-word name written right before a city's name, the two no name the gazetteer knows,
    modifies the city and is no place of its own: the clubs "Real Madrid" (not Real County, Texas),
    "Bayern Munich", "Inter Milan". English names a town's province after it ("Munich, Bavaria")
    and a list has its commas; a country's name ("Greece Italy or Spain") stays."""
    n = len(tokens)
    for span in spans:
        j = span.j
        if (
            span.kind != "name"
            or not span.candidates  # a settlement the gazetteer lacks ("the village of ...")
            or j != span.i + 1
            or j >= n
            or span.possessive
            or span.score <= 0.0
            or span.end != tokens[span.i].end
            or tokens[j].start != span.end + 1
            or text[span.end] != " "
            or not tokens[j].text[:1].isupper()
            or span.candidates[0].feature_code == "PCLI"
        ):
            continue
        city = next((c for c in gaz.lookup_folded(fold(tokens[j].text)) if c.match == "primary"), None)
        if city is not None and city.feature_class == "P" and city.importance >= CITY_IMPORTANCE:
            span.feats.append("before_city")
            span.score = 0.0


_DATELINE_MARK = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([A-Z][\w ]*\)\s*)?(?:[—–]|\s-\s|\s?--(?!-))"
)
"""After a dateline's place in capitals, its dash (maybe after its state and the agency): "FALLS
VILLAGE—The", "ARLINGTON —", "SPRINGFIELD, Ill. (AP) -", "BYESVILLE -- Firefighters" (two hyphens
for a dash, as plain-text wires write it)."""


def _datelines(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], sentence_starts: set[int], threshold: float
) -> None:
    """A name in capitals that opens a sentence and a dash follows is where the story was filed, a
    town: "Region 1 BOE approves proposed budget. FALLS VILLAGE—The Region 1 Board ..." (the model
    doubts a village of 500 people)."""
    for span in spans:
        if (
            span.score < threshold
            and span.kind == "name"
            and span.candidates
            and span.i in sentence_starts
            and span.surface.isupper()
            and len(span.surface) >= 4
            and "person_word" not in span.feats
            and _DATELINE_MARK.match(text, span.end)
            and any(c.feature_class == "P" for c in span.candidates)
        ):
            span.score = threshold


_DATELINE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\(|,|\s[-—–]\s|\s?--(?!-))")
"""What follows a dateline's place: "(AP)", ", Ill. (AP)", " - ", " -- ", a comma and the date."""
_AGENCY = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\([A-Z][\w ]*\)")
"""What follows a dateline's place after a byline: "(AP)", ", Ill. (Reuters)"."""
BYLINE_CHARS = 200
"""How far into a text a byline may push its dateline: "Matthew Daly, The Associated Press.
WASHINGTON (AP) ..." (a name and an agency are a line; the whole lede is not)."""


def _mark_the_dateline(text: str, mentions: list[Mention]) -> None:
    """The text's dateline ("WASHINGTON (AP) -", "SPRINGFIELD, Ill. (AP) -"), where the story was
    filed, marked as such and as a town, end to end and given the spans."""
    at = _dateline_at(text, mentions)
    if at is not None:
        mentions[at] = dataclasses.replace(mentions[at], cue=mentions[at].cue or "city", dateline=True)


def _dateline_at(text: str, mentions: Sequence[Mention]) -> int | None:
    """The index of the mention that is the text's dateline: the first mention when it opens the
    text and a dateline's mark follows; or, after a byline, the first in capitals that opens a
    sentence or a line within BYLINE_CHARS and an agency in brackets follows ("Matthew Daly, The
    Associated Press. WASHINGTON (AP) " An on-again ..."; the dash lost to the encoding), or that
    opens a line a dash follows (a headline above "MUNICH — Paris Saint-Germain won")."""
    if not mentions:
        return None
    if _DATELINE.match(text, mentions[0].end) and not text[: mentions[0].start].strip():
        return 0
    for i, m in enumerate(mentions):
        if m.start > BYLINE_CHARS:
            break
        before = text[: m.start].rstrip(" ")
        if (
            m.text.isupper()
            and len(m.text) >= 3
            and (not before or before[-1] in ".\n")
            and (
                _AGENCY.match(text, m.end)
                # "PSG crush Inter ...\n\nMUNICH — Paris Saint-Germain won": a line's dash after a headline
                or (before.endswith("\n") and _DATELINE_MARK.match(text, m.end))
            )
        ):
            return i
    return None


_PERSON_ACTS = frozenset(
    {"thanked", "scored", "posted", "insisted", "admitted", "revealed", "smiled", "laughed", "starred"}
)
"""Verbs that, after one capitalised word, make it a person's surname as speech verbs do ("Hilton
thanked fans", "Bryant scored 30 points")."""
_SPEAKING = _SPEECH | _PERSON_ACTS
"""Words after a name that make it a person's: a speech verb or one of _PERSON_ACTS."""


def surnames(text: str, tokens: Sequence[Token]) -> set[str]:
    """Folded words this text uses alone for a person: one name after a title ("Ms Sweeney",
    "Mr. Henderson") or before a speech verb ("Henderson said", "..., Henderson told reporters");
    and the second of two names ", who", an apposition or an age takes up ("Jordan Henderson, who
    left Liverpool")."""
    titles = word_list("title")
    cues = _person_cues() | _SPEAKING
    n = len(tokens)
    out: set[str] = set()
    for k in [k for k, t in enumerate(tokens) if t[0] in cues]:
        cue = tokens[k].text
        if cue[:1].isupper() and cue.lower() in titles:
            m = k + 2 if k + 2 < n and tokens[k + 1].text == "." else k + 1
            if m >= n or not _is_cap_word(tokens[m]) or tokens[m].text.isupper():
                continue
            if m + 1 < n and _is_cap_word(tokens[m + 1]) and _joined(text, tokens[m], tokens[m + 1]):
                continue  # "Ms Sydney Sweeney": a whole name, not a surname alone
        elif cue in _SPEAKING and k > 0:
            m = k - 1
            if not _is_cap_word(tokens[m]) or tokens[m].text.isupper():
                continue
            if m > 0 and _is_cap_word(tokens[m - 1]) and _joined(text, tokens[m - 1], tokens[m]):
                continue
        else:
            continue
        out.add(_name_key(tokens[m].text))
    # "Jordan Henderson, who left Liverpool", "Jordan Belfort, the former broker", "Jordan Smith,
    # 34,": a name that "who" takes up, that an apposition says what its bearer does, or that an
    # age follows, is a person's
    aged, who, apposition, described = _people_named(text)
    out.update(_name_key(named.group(2)) for named in (*aged, *who, *apposition, *described))
    # "Henderson, who joined from Al-Ettifaq": one name opening a sentence, taken up by ", who"
    out.update(_name_key(lone.group(1)) for lone in _lone_names_who_takes_up(text))
    return out - CALENDAR_WORDS


def _lone_names_who_takes_up(text: str) -> Iterator[re.Match[str]]:
    """One name opening a sentence that ", who" takes up ("Henderson, who joined from Al-Ettifaq"):
    ", who" is searched first, and the name only in the few dozen characters before it (a thirtieth
    of the time of one search for both)."""
    for taken_up in _WHO.finditer(text) if ", who" in text else ():
        lone = _ONE_NAME_BEFORE.search(text, max(0, taken_up.start() - 40), taken_up.start())
        if lone:
            yield lone


_ONE_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)\Z"
)
"""One capitalised word that opens a sentence (after a quotation's close too: '... is doing." Jones,
who was unseated'), right before where the search ends (", who")."""


_WHO = re.compile(r", who\b")
"""After two names, ", who" takes them up: "Jordan Henderson, who left Liverpool"."""


@functools.cache
def _person_nouns() -> str:
    """recognition.tsv's roles, titles and nouns of kin as alternatives of a pattern, longest first."""
    nouns = sorted({*word_list("role"), *word_list("title"), *_KIN}, key=len, reverse=True)
    return "|".join(map(re.escape, nouns))


@functools.cache
def _defined_as_a_person() -> re.Pattern[str]:
    """After a name, a copula and what a person does or is: " probably is the only U.S. president",
    " was a retired farmer" (_person_nouns, after up to three words), matched where the name ends."""
    return re.compile(
        r"\s+(?:\w+ly\s+)?(?:is|was)\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?(?:" + _person_nouns() + r")s?\b"
    )


@functools.cache
def _apposition() -> re.Pattern[str]:
    """After two names, an apposition of what a person does or is: ", the former broker", ", a
    local BJP leader", ", the company's human resources manager" (_person_nouns, after up to three
    words)."""
    return re.compile(r", (?:the|a|an) (?:[\w'’-]+ ){0,3}?(?:" + _person_nouns() + r")s?\b")


@functools.cache
def _described_before() -> re.Pattern[str]:
    """Before two names and a comma, what the person does or is, set off by a comma: "A spokesman
    from the California Department of Public Health, Michael Sicilia, says" (_person_nouns, then up
    to 80 characters of no punctuation), matched at the end of where the search stops."""
    return re.compile(r"\b(?:" + _person_nouns() + r")s?\b(?: [^.;:,\n]{1,80})?, \Z")


_COMMA_TWO_NAMES = re.compile(", " + _TWO_NAMES[2:])


def _described_before_them(text: str) -> Iterator[re.Match[str]]:
    """The first names and surnames set off by commas after what their bearer does or is
    (_described_before): the names are searched first, the description only in the hundred
    characters before them (the nouns' pattern tried at every word of a text cost a sixth of its
    recognition)."""
    if ", " not in text:
        return
    described = _described_before()
    for names in _COMMA_TWO_NAMES.finditer(text):
        if _PERSON_GOES_ON.match(text, names.end()) and described.search(
            text, max(0, names.start() - 100), names.start() + 2
        ):
            yield names


def _only_unrelated_town_aliases(span: Span) -> bool:
    """Whether every candidate of a one-word name is a town that has the name only as an alias
    unrelated to its own name (another language's spelling, a code): "Mets" of Metz, "PTA" of
    Pretoria."""
    return (
        span.kind == "name"
        and span.j == span.i + 1
        and bool(span.candidates)
        and all(
            c.match == "alternate"
            and c.feature_class == "P"
            and alias_shape(span.key, fold(c.name)) == "other"
            for c in span.candidates
        )
    )


def _towns_by_unrelated_aliases(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], threshold: float
) -> None:
    """Names that match only towns' aliases unrelated to their own names, where the context says
    they are something else. After "the", one capitalised word that matches only another language's
    spelling of a town ("the Mets" of Metz, a team) is no place: English puts "the" before no
    town's name.

    A short word in capitals that matches only such an alias of a town, in a text not written in
    capitals, is an acronym, not the town's code: "a PTA president" is no Pretoria, "CMB" no
    Colombo. (Both dev corpora, LGL and GeoVirus: of about a hundred such words, none is a gold name
    and only "PTA" was found.) Not the initials of a place the text names ("eastern UP" of a text
    naming Uttar Pradesh, _initials_of_named)."""
    capitals = text.isupper()
    initials: dict[str, Span] | None = None
    for span in spans:
        after_the = span.i > 0 and tokens[span.i - 1].text.lower() == "the"
        a_code = not capitals and span.surface.isalpha() and span.surface.isupper() and len(span.surface) <= 5
        # (the context first: it is cheap, and few names have it)
        if not (after_the or a_code) or not _only_unrelated_town_aliases(span):
            continue
        if after_the:
            span.score = 0.0
        else:
            if initials is None:
                initials = _by_initials(
                    (s.surface, s.candidates, s)
                    for s in spans
                    if s.kind == "name" and s.candidates and s.score >= threshold
                )
            if span.surface not in initials:
                span.score = 0.0


def _first_names(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], threshold: float, lower_words: set[str]
) -> None:
    """A one-word place name right before a surname of this text is a first name: "Sydney Sweeney"
    where she is "Ms Sweeney", "Jordan Henderson" where "Henderson said". No surname is a place
    the text names ("Washington said" of the government), a word it also writes in lower case
    ("Defence said"), a title or an organisation's word ("Queensland Police said"). So is one
    before a word the text also writes alone, as a person's surname is written after the first
    mention: "co-founders Jordan Mitchell and Georgia Banks ... Mitchell previously worked"; and one
    before a capitalised word and a speech verb, a whole name ("Nancy Pelosi told colleagues")."""
    n = len(tokens)
    alone = surnames(text, tokens) | _written_alone(text, tokens, spans)
    lists = _word_lists()
    alone = {w for w in alone if not _a_common_word(w, lower_words)}
    alone -= {s.key for s in spans if s.score >= threshold}
    for span in spans:
        j = span.j
        if (
            _one_word(tokens, span)
            and j < n
            and _is_cap_word(tokens[j])
            and _joined(text, tokens[span.i], tokens[j])
            and (
                _name_key(tokens[j].text) in alone
                # "for the visit of Nigel Clough's side": a surname in the possessive after a town's
                # name (not "Sydney Harbour's", nor a name the gazetteer has: "Paris Hilton's")
                or (
                    tokens[j].text.endswith(("'s", "’s"))
                    and span.candidates
                    and span.candidates[0].feature_code not in {"PCLI", "ADM1"}
                    and _surname_shaped(tokens[j].text, lower_words)
                    and _name_key(tokens[j].text) not in lists.facility
                    and not any(s.i == j and s.candidates for s in spans)
                    # "Belfast Magistrate's Court": a capitalised word after it, an institution's name
                    and not (j + 1 < n and tokens[j + 1].text[:1].isupper())
                )
                # "Nancy Pelosi told colleagues": a whole name before a speech verb (not "Texas
                # Republicans said": a state or a country before a plural is theirs)
                or (
                    j + 1 < n
                    and tokens[j + 1].text in _SPEAKING
                    and span.candidates
                    and span.candidates[0].feature_code not in {"PCLI", "ADM1"}
                    and _surname_shaped(tokens[j].text, lower_words)
                )
            )
        ):
            span.score = 0.0


COUPLE_TOWN_IMPORTANCE = 3.5
"""A word after "and" that is the own name of a town of about 3,000 people or more (Aston, a
district of Birmingham) may start a place's name and no person's (_couples); a hamlet's name may
be a first name ("Martha", a village of Mexico)."""
_NOT_BEFORE_A_COUPLE = frozenset(
    {"in", "at", "from", "to", "into", "near", "between", "across", "via", "through", "toward", "towards"}
)


def _of_a_named_one(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i follows "of" after a capitalised word: where a person named before is from
    ("Mayors David W. Smith of Newark and Michael Sweeney of Hayward"), not whose the couple is
    ("the lynching of Roger and Dorothy Malcom", "Relatives of George and Mae Murray Dorsey")."""
    return (
        i > 1
        and tokens[i - 1].text == "of"
        and _is_cap_word(tokens[i - 2])
        and tokens[i - 2].text.lower() not in lowercase_words()
    )


def _couples(text: str, tokens: Sequence[Token], spans: Sequence[Span], lower_words: set[str]) -> None:
    """A one-word name before "and" and a whole person's name, two or three capitalised words that
    start no likely place's name (PAIR_FLOOR: "Mae" is an alias of Madera, California) nor a
    town's own name (COUPLE_TOWN_IMPORTANCE), is the first name of a couple sharing that
    surname: "the lynching of Roger and Dorothy Malcom and George and Mae Murray Dorsey",
    "Retired CN workers Brent and Lynnette Hain". Not after a preposition of place ("flights
    between Paris and ...") nor in a longer list ("from Burhakaba, Dinsor and Qansax Dheere", "in
    Miami and Zandvoort and Charles Leclerc won"), nor where someone is from (_of_a_named_one), nor a
    country or a state ("Georgia")."""
    n = len(tokens)
    before_and = [s for s in spans if s.j + 1 < n and tokens[s.j].text == "and"]
    if not before_and:
        return  # the cheap test first: no name before "and"
    # where a likely name or a town's own name starts ("Sunderland and Aston Villa", two clubs)
    named = {
        s.i
        for s in spans
        if s.score >= PAIR_FLOOR
        or any(c.match == "primary" and c.importance >= COUPLE_TOWN_IMPORTANCE for c in s.candidates)
    }
    listed = {s.j for s in spans if s.score >= PAIR_FLOOR}  # where a likely name ends
    for span in before_and:
        k = span.j + 1  # the word after "and"
        if not (
            _one_word(tokens, span)
            and text[span.end : tokens[k].start] == " and "
            and span.candidates
            and span.candidates[0].feature_code not in {"PCLI", "ADM1"}
            and not (span.i > 0 and tokens[span.i - 1].text.lower() in _NOT_BEFORE_A_COUPLE)
            and not (span.i > 0 and tokens[span.i - 1].text == ",")  # "Burhakaba, Dinsor and Qansax Dheere"
            and not _of_a_named_one(tokens, span.i)
            # "won in Miami and Zandvoort and Charles Leclerc won": the second name of a list of places
            and not (span.i > 1 and tokens[span.i - 1].text in {"and", "or"} and span.i - 1 in listed)
        ):
            continue
        end = k
        while (
            end < n
            and _a_person_word(tokens[end], lower_words)
            and (end == k or _joined(text, tokens[end - 1], tokens[end]))
        ):
            end += 1
        if 2 <= end - k <= 3 and k not in named and not (end < n and _is_cap_word(tokens[end])):
            span.score = 0.0


PLURAL_TOWN_IMPORTANCE = 5.0
"""A sentence's first word that is the plural of a word the text writes in small letters is that
word, not a town of under about 100,000 people (_common_plurals)."""


def _common_plurals(
    tokens: Sequence[Token], spans: Sequence[Span], sentence_starts: Container[int], lower_words: set[str]
) -> None:
    """A sentence's first word, the plural of a word the text also writes in small letters, is that
    word: "Beers, sofas, TVs found in St. Marys River ... beer drinkers" is no Beers, a Dutch
    village (nor "Roses bloom ... a rose" the Catalan town); not a town of PLURAL_TOWN_IMPORTANCE."""
    for span in spans:
        key = span.key
        if (
            span.i in sentence_starts
            and span.j == span.i + 1
            and key.endswith("s")
            and span.score > 0.0
            and span.kind == "name"
            and (key[:-1] in lower_words or (key.endswith("es") and key[:-2] in lower_words))
            and tokens[span.i].text[1:].islower()
            and all(c.importance < PLURAL_TOWN_IMPORTANCE for c in span.candidates)
        ):
            span.score = 0.0


def _a_person_word(t: Token, lower_words: set[str]) -> bool:
    """Whether a token can be a word of a person's name: capitalised, not in capitals, no common
    word (_a_common_word) nor a facility's ("Hall", "Park")."""
    key = _name_key(t.text)
    return (
        _is_cap_word(t)
        and not t.text.isupper()
        and not _a_common_word(key, lower_words)
        and key not in _word_lists().facility
    )


def _a_common_word(key: str, lower_words: set[str]) -> bool:
    """Whether a folded word is one the text also writes in lower case, a title, an organisation's
    word or a common capitalised word ("Police"): no person's name."""
    lists = _word_lists()
    return key in lower_words or key in lists.title or key in lists.org or key in lists.not_place


MIN_PEOPLE_LISTED = 2
"""How many whole names of people (_people_listed) must stand next to a first name and a surname
in a list for it to be a person's too."""


_LIST_ENDS = frozenset({",", "and", "."})
"""After a list's item (_people_listed): the list goes on or ends."""


def _people_listed(text: str, tokens: Sequence[Token], spans: Sequence[Span], lower_words: set[str]) -> None:
    """A one-word name and a capitalised word, listed next to MIN_PEOPLE_LISTED or more whole names
    of people (two or three capitalised words, or initials and a surname, that start no likely
    place's name), is a person's first name and surname: "assistant coach Matt Shaul, C.J.
    McArthur, Chad Foster, Mike Barber, Trent Olds" of a team's photograph is no Chad (nor Trent,
    whereupon Chad has two such neighbours after it)."""
    n = len(tokens)
    listed = [
        span
        for span in spans
        if span.j + 1 < n
        and tokens[span.j + 1].text in _LIST_ENDS
        and span.score > 0
        and _one_word(tokens, span)
        and _a_person_word(tokens[span.j], lower_words)
        and (tokens[span.j + 1].text != "." or (span.i > 0 and tokens[span.i - 1].text in {",", "and"}))
    ]
    if not listed:
        return  # the cheap test first: no name and a capitalised word that a list goes on after
    for _ in range(3):  # a first name found makes its item a person's for the names beside it
        likely = {s.i for s in spans if s.score >= PAIR_FLOOR}  # where a likely name starts
        changed = False
        for span in listed:
            if span.score == 0 or span.j in likely:
                continue
            people = 0
            at = span.j + 1  # the names after it ...
            while people < MIN_PEOPLE_LISTED:
                nxt = _next_in_list(tokens, at)
                after = _whole_name(text, tokens, nxt, likely, lower_words) if nxt < n else None
                if after is None:
                    break
                people, at = people + 1, after
            at = span.i  # ... and before it
            while people < MIN_PEOPLE_LISTED:
                end = _previous_in_list(tokens, at)
                if end is None:
                    break
                start = next(
                    (
                        k
                        for k in (end - 2, end - 3)
                        if k >= 0 and _whole_name(text, tokens, k, likely, lower_words) == end
                    ),
                    None,
                )
                if start is None:
                    break
                people, at = people + 1, start
            if people >= MIN_PEOPLE_LISTED:
                span.score, changed = 0.0, True
        if not changed:
            return


def _whole_name(
    text: str, tokens: Sequence[Token], k: int, likely: set[int], lower_words: set[str]
) -> int | None:
    """The end of a person's whole name starting at token k (_people_listed), where one does: two
    or three person's words, the first may be initials ("C.J. McArthur"), none where a likely
    place's name starts."""
    if k in likely:
        return None
    n = len(tokens)
    end = k
    while (
        end < n
        and end - k < 3
        and (
            _a_person_word(tokens[end], lower_words)
            or (end == k and _DOTTED_INITIALS.fullmatch(tokens[end].text) is not None)
        )
        and (end == k or (_joined(text, tokens[end - 1], tokens[end]) and end not in likely))
    ):
        end += 1
    if end - k < 2 or (end < n and _is_cap_word(tokens[end]) and _joined(text, tokens[end - 1], tokens[end])):
        return None
    return end


def _previous_in_list(tokens: Sequence[Token], start: int) -> int | None:
    """Where the list's item before the one starting at token `start` ends (an exclusive token
    index); None where no list goes on before it."""
    k = start - 1 if start > 0 and tokens[start - 1].text == "and" else start
    k = k - 1 if k > 0 and tokens[k - 1].text == "," else k
    return k if k != start and k > 0 else None


def _surname_shaped(word: str, lower_words: set[str]) -> bool:
    """Whether a capitalised word can be a person's surname: no word the text also writes in lower
    case, no title, organisation's word or common capitalised word ("Police"), no plural."""
    key = _name_key(word)
    # "Dallas Cowboys", "Syria Kurds": a plural is a group's
    return not _a_common_word(key, lower_words) and not key.endswith("s")


_NOT_BEFORE_A_SURNAME = frozenset({"the", "a", "an", "on", "in", "at", "from", "into", "via", "across"})


def _written_alone(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> set[str]:
    """Folded capitalised words that follow a one-word name ("Jordan Mitchell") and that the text
    also writes alone, with no capitalised word before them and none after ("Mitchell previously
    worked"): as a surname is used after the first mention. Not an organisation's word, which
    "the", a preposition, "&" or "of" goes with ("the California DMV ... the DMV", "the Texas
    Rangers ... the Rangers", "Lagos Chamber ... Chamber of Commerce", "on Twitter"), nor a word
    in capitals."""
    n = len(tokens)
    after = {
        tokens[s.j].text
        for s in spans
        if _one_word(tokens, s)
        and s.j + 1 < n
        and _is_cap_word(tokens[s.j])
        and _joined(text, tokens[s.i], tokens[s.j])
        and not _is_cap_word(tokens[s.j + 1])
    }
    if not after:
        return set()
    heads = {word[:2] for word in after}  # a cheap test before folding every word of the text
    keys = {_name_key(word) for word in after}
    return {
        key
        for k, t in enumerate(tokens)
        if t.text[:2] in heads
        and (key := _name_key(t.text)) in keys
        and _is_cap_word(t)
        and not t.text.isupper()
        and not (k > 0 and _is_cap_word(tokens[k - 1]) and _joined(text, tokens[k - 1], t))
        and not (k > 0 and tokens[k - 1].text.lower() in _NOT_BEFORE_A_SURNAME)
        and not (k + 1 < n and _is_cap_word(tokens[k + 1]) and _joined(text, t, tokens[k + 1]))
        and not (k + 1 < n and tokens[k + 1].text in {"&", "of"})
    }


def _named_people(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], lower_words: set[str]
) -> set[str]:
    """The surname of a first name and a surname that an age, ", who" or an apposition takes up
    is no place, whatever its own score: "Austin Rivers, who played for Denver" is no Rivers State
    (and, no place, it stays a surname for _first_names, so no Austin either). Not after a word
    that is no name's (_a_name_word: "In Kansas, a farmer said", "Near Kherson, a soldier said").
    Returns the surnames, which are that person where they stand alone (_surnames_alone)."""
    lists = _word_lists()
    at = {(s.start, s.end): s for s in spans}
    ending_at = {s.end: s for s in spans if s.kind == "name" and not s.possessive}
    people: set[str] = set()
    for cue, found in enumerate(_people_named(text)):
        for named in found:
            surname = at.get(named.span(2))
            if surname is not None and _a_name_word(named.group(1), lower_words, lists):
                surname.score = 0.0
                people.add(surname.key)
            # "Melton Lewis Paris, 51,": a one-word name right before the two an age takes up is
            # the person's too (not before ", who": "the Portland Trail Blazers, who were")
            before = ending_at.get(named.start(1) - 1) if cue == 0 else None
            if (
                before is not None
                and before.j == before.i + 1
                and text[named.start(1) - 1] == " "
                and _a_name_word(named.group(1), lower_words, lists)
                and _a_name_word(before.surface, lower_words, lists)
            ):
                before.score = 0.0
    # "Washington, 69, said he would spend the summer in Georgia": one name with an age and a word
    # in small letters after it, after no capitalised word but a sentence's first, is a person, and
    # so is the name after a first name elsewhere ("Denzel Washington")
    aged = {
        name.key
        for found in _AGED_ALONE.finditer(text)
        if (name := at.get(found.span(1))) is not None
        and name.kind == "name"
        and name.j == name.i + 1
        and (name.i == 0 or not _is_cap_word(tokens[name.i - 1]) or tokens[name.i - 1].text in OPENERS)
    }
    for span in spans:
        if span.key in aged and (
            _AGED_ALONE.match(text, span.start) or (span.i > 0 and _is_cap_word(tokens[span.i - 1]))
        ):
            span.score = 0.0
    # '... is doing." Jones, who was unseated in October 2007': one name opening a sentence that ", who"
    # takes up, a small town's (not "Liverpool, who are top of the league": a club of a city)
    who = set()
    for lone in _lone_names_who_takes_up(text):
        name = at.get(lone.span(1))
        if (
            name is not None
            and name.kind == "name"
            and name.candidates
            and name.candidates[0].feature_class == "P"
            and name.candidates[0].importance < WHO_TOWN_IMPORTANCE
        ):
            name.score = 0.0
            who.add(name.key)
    return people | aged | who


WHO_TOWN_IMPORTANCE = 5.0
"""A name ", who" takes up at a sentence's start is a person's if its best-known place is a town of
under about 100,000 people (a city's name before ", who" is often its club's)."""


_AGED_ALONE = re.compile(r"\b([A-Z][a-z]+), \d{1,3}, [a-z]")
"""One name with an age, then a verb or "who": "Washington, 69, said"."""


def _one_word(tokens: Sequence[Token], span: Span) -> bool:
    """Whether the span is one whole word, not in capitals: a name that can be a person's."""
    return (
        span.j == span.i + 1
        and (span.start, span.end) == (tokens[span.i].start, tokens[span.i].end)
        and not span.surface.isupper()
    )


_KIN = frozenset(
    {
        "father", "mother", "son", "daughter", "wife", "husband", "sister", "brother", "parents",
        "sons", "daughters", "siblings", "grandmother", "grandfather", "granddaughter", "grandson",
        "uncle", "aunt", "cousin", "nephew", "niece", "boyfriend", "girlfriend", "fiance", "fiancee",
    }
)  # fmt: skip
"""Nouns of kin: a name before them with a possessive, or after them, is a person's."""
_COUNSEL = frozenset({"attorney", "attorneys", "lawyer", "lawyers", "solicitor", "solicitors", "barrister"})
"""A person's counsel: a name before them with a possessive is the client's ("Houston's attorney")."""


_RIVALS_OF = frozenset({"ahead", "instead"})
"""Before "of", words that make a person's surname after it no place: "finished ahead of Norris",
"chose Smith instead of Jones"."""


def _surnames_alone(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], people: set[str], sentence_starts: set[int]
) -> None:
    """A one-word name the text writes after another capitalised word as a person's name ("John
    Bolton", "Ashley Sutton", "Bill Holland": the two words are no place together), or with a noun
    of kin ("Georgia's father", "his daughter Chicago"), is that person where it stands alone
    ("hiring Bolton", "Sutton would storm to the title", "Georgia was in the top six"), unless a
    preposition of place or a direction comes before it ("in Bolton"; not before a possessive: "in
    Obama's stimulus law"). So is a surname an age or ", who" gives a person (`people`, from
    _named_people: "Melton Lewis Paris, 51"), and a name that says "he" or "she" ("Jordan said he
    would return"), with its first name before a surname ("Jordan Peterson")."""
    lists = _word_lists()
    n = len(tokens)
    named = {
        span.key
        for span in spans
        # one word, or its possessive after a word that opens no sentence: "Martha Martin's horse
        # farm ... on Martin's farm" (not "Although Edmonton's economy")
        if (
            _one_word(tokens, span)
            or (span.possessive and span.j == span.i + 1 and (span.i - 1) not in sentence_starts)
        )
        and span.kind == "name"
        and span.candidates
        and (
            # a town's ("Smart Dubai" is no person: no capital, no province's seat)
            (
                span.candidates[0].feature_class == "P"
                and span.candidates[0].feature_code not in {"PPLC", "PPLA"}
            )
            # "Craig Harris ... Harris will talk": a county's short name (Harris County)
            or (span.candidates[0].feature_code == "ADM2" and span.candidates[0].match == "alternate")
            # "reporter Bill Holland ... Holland recalled": a country's other name
            or (span.candidates[0].feature_code == "PCLI" and span.candidates[0].match == "alternate")
        )
        and span.key not in lists.facility  # "Park Crescent"
        and "prevcap" in span.feats
        and (span.j >= n or not _is_cap_word(tokens[span.j]))
        and tokens[span.i - 1].text.lower() not in lists.title
        and tokens[span.i - 1].text.lower() not in lists.direction
        and tokens[span.i - 1].text.lower() not in lists.not_place  # "visit The Crescent"
        and not tokens[span.i - 1].text.isupper()
    }
    named |= people  # "Melton Lewis Paris, 51, ... Paris had been shot"
    kin: set[str] = set()
    spoken: set[str] = set()
    for span in spans:
        # "Georgia's father", "his daughter Yulia": kin make a name a person's; so does counsel
        # ("Houston's attorney"; not "Mexico's attorney general")
        if (
            span.kind == "name"
            and span.j == span.i + 1
            and (
                (span.possessive and span.j < n and tokens[span.j].text.lower() in _KIN)
                or (span.i > 0 and tokens[span.i - 1].text.lower() in _KIN)
                # the last of a list of kin: "daughters North and Chicago"
                or (
                    span.i > 2
                    and tokens[span.i - 1].text in {"and", "&"}
                    and tokens[span.i - 2].text[:1].isupper()
                    and tokens[span.i - 3].text.lower() in _KIN
                )
                or (
                    span.possessive
                    and span.j < n
                    and tokens[span.j].text.lower() in _COUNSEL
                    # a state or a country goes to court too: "Texas's lawyers argued"
                    and not any(c.feature_code in {"PCLI", "ADM1"} for c in span.candidates)
                    and not (span.j + 1 < n and tokens[span.j + 1].text.lower() in {"general", "generals"})
                )
            )
        ):
            named.add(span.key)
            kin.add(span.key)
            span.score = 0.0
        elif (
            # "Lincoln probably is the only U.S. president to come under fire": a town the text
            # defines as a person is one (not a country's or a capital's name: "China is the largest
            # investor", "Paris was the leader")
            span.kind == "name"
            and _one_word(tokens, span)
            and span.candidates
            and span.candidates[0].feature_class == "P"
            and span.candidates[0].feature_code not in {"PPLC", "PPLA"}
            and (span.i == 0 or not tokens[span.i - 1].text.islower())
            and _defined_as_a_person().match(text, span.end)
        ):
            named.add(span.key)
            span.score = 0.0
        elif (
            # "Jordan said he would return": a country says "it", a person "he" or "she" (the name
            # the subject: "a voter in Athens said she waited" is the voter)
            span.kind == "name"
            and (span.i == 0 or not tokens[span.i - 1].text.islower())
            and span.j + 1 < n
            and tokens[span.j].text in _SPEECH
            and tokens[span.j + 1].text.lower() in {"he", "she"}
        ):
            named.add(span.key)
            spoken.add(span.key)
            span.score = 0.0
    # a name the text defines as a place is one though a person bears it ("Lincoln is a city in
    # Logan County ... named for Abraham Lincoln")
    named -= {span.key for span in spans if _DEFINITION.match(text, span.end)}
    if not named:
        return
    for span in spans:
        if (
            span.key in named
            and (_one_word(tokens, span) or (span.possessive and span.j == span.i + 1))
            and span.kind == "name"
            and "prevcap" not in span.feats
            and "nextcap" not in span.feats
            and not span.qualified
            and (
                span.i == 0
                or tokens[span.i - 1].text.lower() not in lists.locative
                # "anyone beyond Jones" where "Jones, who was unseated" is: a word of places that
                # comes before people as often
                or tokens[span.i - 1].text.lower() in _BEFORE_PEOPLE_TOO
                # people are "between" as often as places: "any involvement between Bush and Steele"
                # where "Jeb Bush" is
                or tokens[span.i - 1].text.lower() == "between"
                # "the birth of Jack" where "her son Jack" is
                or (span.key in kin and tokens[span.i - 1].text.lower() == "of")
                # "if he finishes ahead of Norris" where "Lando Norris" is: a rival, no place
                or (
                    span.i >= 2
                    and tokens[span.i - 1].text.lower() == "of"
                    and tokens[span.i - 2].text.lower() in _RIVALS_OF
                )
                # "in Obama's stimulus law" where "President Barack Obama" is; "in Paris’ case"
                or span.possessive
                or (span.surface.endswith("s") and text.startswith(("’ ", "' "), span.end))
            )
            and (span.i == 0 or tokens[span.i - 1].text.lower() not in lists.direction)
        ) or (
            # "Jordan Peterson spoke in Toronto. Jordan said he ...": the first name of that person
            span.key in spoken
            and _one_word(tokens, span)
            and span.j < n
            and _is_cap_word(tokens[span.j])
            and _joined(text, tokens[span.i], tokens[span.j])
            and _surname_shaped(tokens[span.j].text, set())
        ):
            span.score = 0.0
    if kin:
        _listed_with_kin(tokens, spans, kin)


_BEFORE_PEOPLE_TOO = frozenset({"beyond", "above", "within", "via"})
"""Locative words (recognition.tsv) that stand before a person's name as readily as a place's."""


def _listed_with_kin(tokens: Sequence[Token], spans: Sequence[Span], kin: set[str]) -> None:
    """A one-word name listed right beside a name the text gives kin ("Mason's father") is a person
    too: "Mason, Devon and the driver believed to be Mason's father were in the other [pickup]" is
    no Devon, the English county; not a country's or a state's name."""
    n = len(tokens)
    for span in spans:
        if not (
            span.score > 0.0
            and span.kind == "name"
            and _one_word(tokens, span)
            and span.candidates
            and span.candidates[0].feature_code not in {"PCLI", "ADM1"}
        ):
            continue
        before = _previous_in_list(tokens, span.i)
        after = _next_in_list(tokens, span.j)
        beside = [
            k
            for k in (before - 1 if before else None, after if after < n else None)
            if k is not None and _is_cap_word(tokens[k]) and _name_key(tokens[k].text) in kin
        ]
        if beside:
            span.score = 0.0


_LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "translated"})
_SPOKEN_IN = frozenset(
    {"speak", "speaks", "spoke", "speaking", "spoken", "written", "wrote", "writes", "sang", "sings"}
    | {"translated", "subtitled", "dubbed", "published", "broadcast", "tweeted", "posted", "replied"}
)
"""Verbs before "in" and a people's adjective that make it their language ("speaks in Spanish")."""
_LEARNING = frozenset(
    {"studying", "study", "studied", "learn", "learning", "learned", "learnt", "teach", "teaching"}
    | {"taught", "fluent"}
)
_CLAUSE_END = frozenset({",", ".", ";", ":", ")", '"', "”", "!", "?"})


def _languages(tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """An adjective of a people that ends its phrase after "in", "speaks" or "studying" is their
    language, not a place: "shouted in Turkish,", "which means 'battery' in English.", "she only
    speaks French, ...", "studying Portuguese." (but "in French Guiana", "in Turkish airspace"); so
    is one after a verb of speaking and "in", whatever follows ("speaks in Spanish after")."""
    n = len(tokens)
    for span in spans:
        if span.kind != "demonym" or span.i == 0:
            continue
        before = tokens[span.i - 1].text.lower()
        if (
            (before in _LANGUAGE_BEFORE or before in _LEARNING)
            and (span.j >= n or tokens[span.j].text in _CLAUSE_END)
        ) or (
            # "a man in black glasses speaks in Spanish after spotting the camera": whatever follows
            before in {"in", "into"} and span.i > 1 and tokens[span.i - 2].text.lower() in _SPOKEN_IN
        ):
            span.score = 0.0


_LIST_ITEM = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*"
_BRAND_LIST = re.compile(
    r"\b(?:the|its|their|his|her|under|of|many|several|other|various|own)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:brand|label|brand\s+name|trade\s*name)s?(?:\s+of\s+[a-z]+)?"
    r"(?:\s+(?:such\s+as|including|like|called|named))?\s*:?\s+"
    r"(?P<list>"
    + _LIST_ITEM
    + r"(?:\s*,\s*(?:and\s+|or\s+)?"
    + _LIST_ITEM
    + r"|\s+(?:and|or)\s+"
    + _LIST_ITEM
    + r")*)"
)
"""Names after a brand's or label's word are the brands': "sold under the labels Lucerne, Sunshine,
Hillandale, Lund and Sun Valley", "the brands Dove and Axe", "its label Def Jam", "many different
brand names of spinach including Dole" (two GeoVirus recall stories had five towns among brands)."""


def _brands(text: str, spans: Sequence[Span]) -> None:
    """The names of a list after "the brands", "the labels" are brands, not places (_BRAND_LIST)."""
    if "brand" not in text and "label" not in text:
        return
    for found in _BRAND_LIST.finditer(text):
        start, end = found.span("list")
        for span in spans:
            if start <= span.start and span.end <= end:
                span.score = 0.0


_MODEL_BEFORE = re.compile(r"\b(?:an?|the)\s+\Z", re.IGNORECASE)
_MODEL_AFTER = re.compile(r"\s+\d{1,4}\s+[a-z]")
"""A model's number, then a word in small letters: "a Falcon 9 booster", "the Boeing 737 jet"."""


def _models(text: str, spans: Sequence[Span]) -> None:
    """A one-word name after an article with a number and a word in small letters after it names a
    model, not a place: "A Falcon 9 booster landed" is no Falcon state of Venezuela placed in
    Florida ("a Boeing 737 crashed" alike); "moved to Paris 3 years ago" has no article."""
    for span in spans:
        if (
            span.kind == "name"
            and span.j - span.i == 1
            and _MODEL_AFTER.match(text, span.end)
            and _MODEL_BEFORE.search(text, max(0, span.start - 5), span.start)
        ):
            span.score = 0.0


_INDEFINITE_BEFORE = re.compile(r"\ban?\s+\Z", re.IGNORECASE)
_ENDS_AN_INDEFINITE = re.compile(r"(?:[.;:!?)]|,\s+[a-z]|,?\s*\Z)")
"""After a name, what ends its phrase: a stop, or a comma before a word in small letters (not a
comma before the name's state: "a Dallas, Texas, company")."""


_SHOP_BEFORE = re.compile(r"\b(?:at|from|to|into|outside|inside|near|behind)\s+\Z", re.IGNORECASE)
"""Before a shop's name: "at", "from", "to" and the like."""
_SHOP_AFTER = re.compile(
    r"['’]s(?:\s*(?:[,.;:!?)]|\Z)|\s+(?:in|on|at|and|or|for|near|off|along|with|where|since|until|is|was)\b)"
)
"""After a shop's name: its possessive and no noun, a stop, a preposition or a verb."""
_THE_BEFORE = re.compile(r"\bthe\s+\Z")
_THE_TOWN_AFTER = re.compile(
    r"\s+(?:(?:to|from|into|through|toward|towards)\s+(?:the|an?|its|their|his|her)|calling|called|voted|passed)\b"
)
"""After "the" and a town's name, no noun but a preposition and an article ("swam through the
Golden Gate to an ocean"; not "at the San Siro to set up a semi-final", the stadium of Milan's
district) or a verb of a body ("to the Duma calling for")."""
_THINGS = (
    (False, _INDEFINITE_BEFORE, _ENDS_AN_INDEFINITE, False),
    (True, _SHOP_BEFORE, _SHOP_AFTER, False),
    (False, _THE_BEFORE, _THE_TOWN_AFTER, True),
)
"""(in the possessive, what comes before, what comes after, only for a name of towns alone) a name
that is a thing (_named_things)."""


def _only_small_towns(span: Span) -> bool:
    """Whether every place of the name is a town, none a capital or a province's seat."""
    return bool(span.candidates) and all(
        c.feature_class == "P" and c.feature_code not in {"PPLC", "PPLA"} for c in span.candidates
    )


def _named_things(text: str, spans: Sequence[Span]) -> None:
    """A name that ends its phrase after a word that makes it a thing is no place (_THINGS): after
    "a" or "an", a thing or someone called so ("to build the hotel, a Hilton, which opened in 2007":
    no Hilton of New York placed in Columbia; "he drives a Mercedes."); in the possessive after "at"
    (or "from", "to") with no noun after it, a shop, a restaurant or a house called after its owner
    ("a fundraiser at Culver’s, 1200 DeKalb Ave.", "dinner at Denny's in Austin", "shopped at
    Macy's on Main Street"); after "the", a town's name with a preposition and an article after it,
    or a body's verb, something else of its name ("through the Golden Gate to an ocean", "to the
    Duma calling for": _THE_TOWN_AFTER). A place so written takes a noun after it ("a Texas man", "a
    London court", "at Chicago's O'Hare airport", "the Riverdale area") or a hyphen ("a
    Beijing-based analyst")."""
    for span in spans:
        if span.kind != "name" or span.score <= 0.0:
            continue
        for possessive, before, after, towns_only in _THINGS:
            if (
                span.possessive == possessive
                and after.match(text, span.end)
                and before.search(text, max(0, span.start - 10), span.start)
                and (not towns_only or _only_small_towns(span))
            ):
                span.score = 0.0
                break


_UNITED_BEFORE = re.compile(r"(?<!\w)(?P<a>[Aa] )?United \Z")
"""A capitalised "United" right before a name, perhaps after "a" ("a United Russia member")."""
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _united_bodies(text: str, spans: Sequence[Span]) -> None:
    """A country's name after a capitalised "United" that makes no place with it names a party or a
    team, not the country: "the ruling United Russia party", "a United Russia member" ("a United
    Ireland." with no noun after it is the island; the gazetteer's own "United States", "United
    Kingdom" are longer names, matched whole)."""
    if "United " not in text:
        return  # the cheap test first
    for span in spans:
        if (
            span.kind == "name"
            and span.score > 0.0
            and span.candidates
            and span.candidates[0].feature_code == "PCLI"
            and (united := _UNITED_BEFORE.search(text, max(0, span.start - 10), span.start))
            and (not united.group("a") or _NOUN_AFTER.match(text, span.end))
        ):
            span.score = 0.0


def _kickers(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A text's first word before a colon that the text never names again is a label of its topic,
    not a place: "Cricket: Afghanistan stun England in Delhi" is no Cricket, North Carolina (a
    country or a province so placed is the story's: "Sudan: RSF attack on Zamzam camp")."""
    if len(tokens) < 2 or tokens[1].text != ":":
        return  # the cheap test first: most texts start otherwise
    for span in spans:
        if (
            span.i == 0
            and span.j == 1
            and span.kind == "name"
            and not any(c.feature_code in _KICKER_AREAS for c in span.candidates)
            and re.search(rf"\b{re.escape(span.surface)}\b", text[span.end :], re.IGNORECASE) is None
        ):
            span.score = 0.0


_KICKER_AREAS = frozenset({"PCLI", "ADM1", "CONT", "RGN"})


def _vessels(text: str, spans: Sequence[Span]) -> None:
    """A name right after "aboard" (or "on board") and "the" names a ship, a plane or a train, not a
    place: "The Olympic flame arrived in Marseille aboard the Belem, a 19th-century three-masted
    ship" is no Belém of Brazil."""
    if "board" not in text:
        return  # the cheap test first: most texts name no vessels
    for span in spans:
        if span.kind == "name" and _ABOARD.search(text, max(0, span.start - 20), span.start):
            span.score = 0.0


_ABOARD = re.compile(r"\b(?:aboard|on\s+board|onboard)\s+the\s+\Z", re.IGNORECASE)


NAME_PARTICLES = _ROMANCE_PARTICLES | {"von", "van", "der"}
"""Small words that join the parts of a foreign name: "Tour de France", "Plateau de Beille"."""


def _first_part_of_a_longer_name(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A one-word name right before a particle and a capitalised word is the first part of a longer
    name the gazetteer lacks, no place alone: "the Tour de France" is no Tours (alias "Tour"), "to
    Plateau de Beille" no Nigerian state ("Rio de Janeiro", known whole, is one name already); and
    the word alone after "the" elsewhere is that name cut short ("the Tour does not end in Paris")."""
    n = len(tokens)
    cut: set[str] = set()
    for span in spans:
        k = span.j
        if (
            span.kind == "name"
            and span.j == span.i + 1
            and k + 1 < n
            and tokens[k].text in NAME_PARTICLES
            and _joined(text, tokens[k - 1], tokens[k])
            and _joined(text, tokens[k], tokens[k + 1])
            and tokens[k + 1].text[:1].isupper()
        ):
            span.score = 0.0
            cut.add(span.surface)
    for span in spans:
        if (
            span.surface in cut
            and span.j == span.i + 1
            and span.i > 0
            and tokens[span.i - 1].text.lower() == "the"
            and not (span.j < n and tokens[span.j].text in NAME_PARTICLES)
        ):
            span.score = 0.0


def _diseases(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A name right before a disease's word (recognition.tsv) names the disease, a virus or a strain,
    not a place of the news: "West Nile virus", "Rift Valley fever", "the Spanish flu", "the Delta
    variant", "the Reston ebolavirus", "the Sudan strain"; through a compound's hyphen too
    ("Crimean-Congo hemorrhagic fever"). The name again without the word is the disease too ("West
    Nile cases doubled"), unless a preposition of place comes before it ("in the Rift Valley"):
    two held-out GeoVirus stories of Texas lose a false Nile; the corpora and probes unchanged."""
    diseases = word_list("disease")
    lists = _word_lists()
    n = len(tokens)
    named: set[str] = set()
    for span in spans:
        if span.start > 0 and text[span.start - 1] == "/" and _STRAIN_DESIGNATION.match(text, span.end):
            span.score = 0.0  # "A/California/7/2009": where a virus strain was first isolated
            continue
        k = span.j
        # to the end of a hyphenated compound of names: "Crimean" of "Crimean-Congo"
        while (
            k + 1 < n
            and tokens[k].text == "-"
            and tokens[k].start == tokens[k - 1].end
            and tokens[k + 1].start == tokens[k].end
            and _is_cap_word(tokens[k + 1])
        ):
            k += 2
        gap = (
            span.kind == "name"
            and k + 1 < n
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].text not in lists.not_place
            and tokens[k + 1].text.lower() in _NAMED_DISEASES
            and _joined(text, tokens[k - 1], tokens[k])
            and _joined(text, tokens[k], tokens[k + 1])
        )
        if gap:
            k += 1  # "the Simian immunodeficiency virus": a name, a word of the disease's, its noun
        word = tokens[k].text.lower() if k < n else ""
        if (
            word in diseases
            and _joined(text, tokens[k - 1], tokens[k])
            # a strain or a variant after its article: "strain" is a verb too ("returnees from
            # Pakistan strain border crossings")
            and (word not in _STRAINS or (span.i > 0 and tokens[span.i - 1].text.lower() in _ARTICLE))
            # "the United States flu season", "Texas flu cases": a place's season of a disease, not
            # a disease named after it ("the Spanish flu outbreak" stays the disease's)
            and not (
                word in _FLU
                and span.kind == "name"
                and k + 1 < n
                and tokens[k + 1].text.lower() in _OUTBREAK_WORDS
            )
        ):
            span.score = 0.0
            if not gap and span.kind == "name" and not _an_area(span):
                named.add(span.key)
    # the disease's name again without its word is the disease ("West Nile [virus] is bad", "West
    # Nile cases"), unless a preposition of place introduces it ("in the Rift Valley"); not a
    # nationality's ("the Spanish flu ... Spanish officials"), a country's or a region's ("Middle
    # East respiratory syndrome ... Middle East governments"), which news names for themselves too,
    # nor one before a division's word ("Uganda's West Nile region")
    if not named:
        return
    for span in spans:
        if span.key not in named or span.kind != "name":
            continue
        if span.j < len(tokens) and tokens[span.j].text.lower() in _CUES:
            continue  # "Uganda's West Nile region": the place the disease is named after
        k = span.i - 1
        while k >= 0 and (tokens[k].text.lower() == "the" or tokens[k].text.lower() in lists.direction):
            k -= 1
        if k < 0 or tokens[k].text.lower() not in lists.locative or tokens[k].text.lower() == "of":
            span.score = 0.0


def _an_area(span: Span) -> bool:
    """Whether the name's best-known place is a country, a first-level division, a region or a
    continent: a name news gives for itself as well as for a disease named after it."""
    return bool(span.candidates) and span.candidates[0].feature_code in {"PCLI", "ADM1", "RGN", "CONT"}


_STRAINS = frozenset({"strain", "strains", "variant", "variants"})
_NAMED_DISEASES = frozenset({"virus", "viruses", "fever", "syndrome", "disease", "encephalitis"})
"""The nouns of a disease that a name and one more word may come before ("Simian immunodeficiency
virus", "Middle East respiratory syndrome"); not "flu" or "strain", whose word before is more often
a place's ("Texas health officials", "Pakistan strain border crossings")."""
_STRAIN_DESIGNATION = re.compile(r"/\d+/\d{2,4}\b")
"""After the place of an influenza strain's designation: "A/Victoria/361/2011"."""
_FLU = frozenset({"flu", "influenza"})
_OUTBREAK_WORDS = frozenset(
    {"season", "cases", "outbreak", "outbreaks", "deaths", "vaccine", "vaccines", "epidemic"}
)
"""Words after "flu" (`_FLU`) that make the name before it the place of an outbreak: "the United
States flu season", "Texas flu cases" (but "West Nile virus cases" is the disease's)."""
_ARTICLE = frozenset({"the", "a", "an"})


_HEAD_TITLES = frozenset({"governor", "gov", "mayor", "premier"})
"""The titles of a place's elected head, written before the head's name after the place's."""


def _heads_of_places(tokens: Sequence[Token], spans: Sequence[Span], threshold: float) -> None:
    """A doubted name right before the title of a place's elected head and a capitalised word (the
    head's name) is that place: "as did Georgia Governor Brian Kemp" (the model doubts "Georgia",
    as often a woman's first name, where no preposition comes before it), "Bega Mayor Russell
    Fitzpatrick"."""
    n = len(tokens)
    titles = _word_lists().title
    for span in spans:
        j = span.j
        if (
            span.score >= threshold
            or span.kind != "name"
            or span.possessive
            or not span.candidates
            or j >= n
            or tokens[j].text.lower() not in _HEAD_TITLES
            or span.key in titles  # "Vice Mayor Ray Melton", "Deputy Premier"
        ):
            continue
        k = j + 2 if j + 1 < n and tokens[j + 1].text == "." else j + 1  # "Gov."
        if k < n and _is_cap_word(tokens[k]) and tokens[k].text.lower() not in _HEAD_TITLES:
            span.score = threshold


_HONORIFICS = frozenset({"king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sir", "dame"})
_LISTED_OR_LOCATED = frozenset({"and", "or", ","})


def _royals(tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A name of an honorific and one word is a person's, unless a preposition of place or a list
    puts it among places: "performed for Queen Elizabeth at the London Palladium" (not Saskatoon's
    Queen Elizabeth neighbourhood); "on to Kamloops and Prince George" is the city."""
    locative = _word_lists().locative
    for span in spans:
        if (
            span.kind == "name"
            and span.j == span.i + 2
            and tokens[span.i].text.lower() in _HONORIFICS
            and not (
                span.i > 0
                and (
                    tokens[span.i - 1].text.lower() in locative
                    or tokens[span.i - 1].text in _LISTED_OR_LOCATED
                )
            )
        ):
            span.score = 0.0


def _administrations(tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A town's name before "administration" is a president's ("the Obama administration", "the
    Bush administration"): a country's or a province's stays a place ("the Gaza administration")."""
    for span in spans:
        if (
            span.j < len(tokens)
            and tokens[span.j].text == "administration"
            and span.kind == "name"
            and not any(c.feature_class == "A" or c.feature_code in _AREAS for c in span.candidates)
        ):
            span.score = 0.0


_CITY_BODIES = frozenset({"schools", "hall"})
"""Besides the organisations' words (recognition.tsv "org"), what follows "City" in the name of a
city's body or building: "Springfield City Schools", "Davao City Hall"."""


def _a_city_body_word(token: Token) -> bool:
    """Whether a word after "City" makes the name a city's body or building ("Council", "Hall")."""
    word = token.text.lower()
    return word in _word_lists().org or word in _CITY_BODIES


def _bodies_of_a_city(tokens: Sequence[Token], spans: Sequence[Span], gaz: Gazetteer) -> list[Span]:
    """ "Springfield City", a name GeoNames gives Springfield only as an alternate, is no place in
    "Springfield City Council" or "Springfield City Schools": "City" is the body's, and the town is
    the name before it, as sure as the phrase was ("Springfield City Council OKs renewal plan" of an
    LGL Springfield paper names Springfield; GeoWebNews annotates "Harare City Council" whole), also
    where a division of the city bears the name ("Dublin City Council": the body vouches for no
    Dublin, so a Dublin, Ohio story's Franklin County decides). A name that is the city's own
    ("Kansas City", "Mexico City") stays. Returns the towns' spans."""
    out: list[Span] = []
    for span in spans:
        if (
            span.j < len(tokens)
            and span.j > span.i + 1
            and tokens[span.j - 1].text.lower() == "city"
            and tokens[span.j].text[:1].isupper()
            and _a_city_body_word(tokens[span.j])
            and any(c.feature_class == "P" for c in span.candidates)
            # the city's own division may bear the name ("Dublin City" is Ireland's county of Dublin)
            and all(c.match == "alternate" for c in span.candidates if c.feature_class == "P")
        ):
            score, span.score = span.score, 0.0
            end = tokens[span.j - 2].end
            surface = span.surface[: end - span.start]
            key, found, _ = _lookup(gaz, surface)
            if any(c.feature_class == "P" for c in found):
                town = Span(span.i, span.j - 1, span.start, end, surface, key, found, "name")
                town.score = score
                out.append(town)
    return out


CLUB_TOWN_IMPORTANCE = 5.0
"""How important (about 100,000 people) a town must be for "<town> City" that the gazetteer lacks
to be its namesake club. GeoWebNews strict F1 0.9081 -> 0.9100 (+6: Birmingham City three times,
Manchester City twice, Norwich City) from 4.5 to 5.0, 0.9097 at 5.5 (Norwich lost); TR-News, LGL and
GeoVirus unchanged."""


def _clubs_of_towns(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], gaz: Gazetteer, threshold: float
) -> list[Span]:
    """ "<town> City" that the gazetteer does not know, after a town of CLUB_TOWN_IMPORTANCE, is a
    club named after the town ("Manchester City", "Birmingham City", "Norwich City"), which news
    names as the town and GeoWebNews annotates whole, at the town: a span of the two words, with the
    town's places. Not a city's body or building ("Manchester City Council", "Davao City Hall"),
    nor a name the gazetteer has ("Mexico City", "Jersey City", "Laoag City")."""
    if " City" not in text:
        return []  # the cheap test first
    out: list[Span] = []
    n = len(tokens)
    for span in spans:
        j = span.j
        if (
            span.kind != "name"
            or span.j - span.i != 1
            or j >= n
            or tokens[j].text != "City"
            or not _joined(text, tokens[j - 1], tokens[j])
            or not span.candidates
            or span.candidates[0].feature_class != "P"
            or span.candidates[0].importance < CLUB_TOWN_IMPORTANCE
            or (j + 1 < n and _a_city_body_word(tokens[j + 1]))
        ):
            continue
        surface = text[span.start : tokens[j].end]
        if gaz.lookup(surface):
            continue
        club = Span(span.i, j + 1, span.start, tokens[j].end, surface, fold(surface), span.candidates, "name")
        club.score = threshold
        out.append(club)
    return out


_SITES_NAMING_BODIES = frozenset({"ST", "BLDG"})
"""Feature codes of a street or a building whose name, before an organisation's word, names a body:
"The Wall Street Journal"."""
_SEATS = frozenset({"BLDG", "MILB"})
"""Feature codes of places that house an institution: a building (the White House), a military post."""


def _institutions(tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A building that is a seat of power is the institution it houses when the text has it speak
    or act, or names its people: "the White House said", "White House aides", "a Kremlin
    spokesman" are no places; "outside the White House", "a White House dinner" are. With the
    White House in the gazetteer: F1 on GeoWebNews as before (0.885), TR-News 0.932 -> 0.931 (two
    more "White House" found that TR-News does not annotate), where without this rule both lose.
    So is a military post: "Fort Campbell said the soldier had been ...", and a seat named as a
    street: "Downing Street said" (no facility phrase of its words either)."""
    words = word_list("institution")
    orgs = word_list("org")
    housed = {
        (span.i, span.j)
        for span in spans
        if span.j < len(tokens)
        and (
            (
                tokens[span.j].text.lower() in words
                and any(c.feature_code in _SEATS and c.match == "primary" for c in span.candidates)
            )
            # "The Wall Street Journal": a street or a building that names a body is no place
            or (
                tokens[span.j].text.lower() in orgs
                and bool(span.candidates)
                and span.candidates[0].feature_code in _SITES_NAMING_BODIES
            )
        )
    }
    for span in spans:
        if (span.i, span.j) in housed:
            span.score = 0.0  # the name, and the facility phrase over the same words ("Downing Street")


_BODY_OF = re.compile(
    r"\b(?:Department|Ministry|Minister|Secretary|Bureau|Office|Agency|Commission|Board|Institute"
    r"|Directorate|Committee|Authority|Council|Society|Association|Federation|Academy)\s+of\s+(?:the\s+)?\Z"
)
"""A public body's head word and "of" before a name: what follows names its field ("the Department of
Conservation", "the Ministry of Health"), or the country or state it serves ("the Central Bank of
Malta", "the Minister of Peru"), never a village."""
MINOR_BODY_FIELD = 4.5
"""A name after a body's head word and "of" (_BODY_OF) whose best-known place is below this
importance (about 30,000 people) is the body's field, not a place: "the New Zealand Department of
Conservation says" had a hamlet of that name standing near Auckland. Both dev corpora, LGL and
GeoVirus: no name annotated after such a head is so small."""


def _fields_of_bodies(text: str, spans: Sequence[Span]) -> None:
    """A small place's name after a public body's head word and "of" is the body's field (_BODY_OF)."""
    if " of " not in text:
        return
    for span in spans:
        if (
            span.kind == "name"
            and span.candidates
            and (text.endswith(" of ", 0, span.start) or text.endswith(" of the ", 0, span.start))
            and max(c.importance for c in span.candidates) < MINOR_BODY_FIELD
            and _BODY_OF.search(text, max(0, span.start - 40), span.start)
        ):
            span.score = 0.0


_APPOSITION_WHO = re.compile(r",\s+(?:the|a|an)\s+(?P<words>(?:[\w’'-]+\s+){1,5}?)who\b")
"""An apposition that "who" ends after a name: "Jin, the short-clawed Asiatic otter who escaped",
"Jordan, a former boss who"; a place is never "who"."""


def _someone_described(text: str, spans: Sequence[Span]) -> None:
    """A name an apposition describes as someone (_APPOSITION_WHO) is no place; one noun phrase,
    singular ("in downtown Vancouver, the doctors and nurses who treat" goes on with the clause's
    plural subject)."""
    if " who" not in text:
        return
    for span in spans:
        if not text.startswith(",", span.end):
            continue
        found = _APPOSITION_WHO.match(text, span.end)
        if found is None:
            continue
        words = found["words"].split()
        head = words[-1].lower()
        if not {"and", "or"} & {w.lower() for w in words} and not (
            head.endswith("s") and not head.endswith("ss")
        ):
            span.score = 0.0


_PEOPLES_NAME = re.compile(
    r"\b(?:(?:last|family|first|given|sur)[ -]?names?\s+(?:of|is|was|as)|surnamed)\s+([A-Z][\w'’-]*)"
)
"""A word the text gives as someone's name: "identified by his last name of Lu", "surnamed Wang"."""


def _names_given_as_peoples(text: str, spans: Sequence[Span]) -> None:
    """A word the text gives as a person's name (_PEOPLES_NAME) is no place anywhere in it: "the
    father ... identified by his last name of Lu ... blood samples from Lu" is no Luzhou."""
    if "name" not in text:
        return
    given = {fold(m.group(1)) for m in _PEOPLES_NAME.finditer(text)}
    if not given:
        return
    for span in spans:
        if span.key in given and span.j - span.i == 1:
            span.score = 0.0


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_SOURCES_CITED_REACH = 20
"""How far before a name "according to" is looked for."""


def _sources_cited(text: str, spans: Sequence[Span]) -> None:
    """A name that "according to" cites, alone before the clause goes on ("According to Yap, test
    results reveal", "according to Conrad, South Africa", "according to Xinhua."), is the source
    of a statement, someone or some body, not a place; unless a country or a capital, which speak
    for their governments. A name that goes on ("according to Chicago police", "According to St.
    Louis Police") or a possessive ("according to Russia's Sputnik") is a place as judged."""
    if "ccording" not in text:
        return
    for span in spans:
        if span.possessive or text[span.end : span.end + 1] not in {",", ".", ";", ":", "\n", ""}:
            continue
        if not _ACCORDING_TO.search(text, max(0, span.start - _SOURCES_CITED_REACH), span.start):
            continue
        if span.candidates and span.candidates[0].feature_code.startswith(("PCL", "PPLC")):
            continue  # a country, or its capital, speaks for its government ("according to Moscow,")
        span.score = 0.0


def _titles_of_common_words(tokens: Sequence[Token], spans: Sequence[Span]) -> None:
    """A word news writes in lower case, alone after a capitalised word and "of", ends a title or a
    body's name, not a place's: "MSF Head of Mission in Chad" (no Mission, Texas), "the Godfather
    of Soul" (no Seoul, which GeoNames also calls Soul). Not after a place's own noun or an office
    held over a place ("the City of Mission", "Mayor of Mobile"). None of the three annotated
    corpora marks a place so ("Ministry of Health", "Board of Education" hold none either)."""
    common = lowercase_words()
    for span in spans:
        i = span.i
        if (
            span.j == i + 1
            and i >= 2
            and tokens[i - 1].text == "of"
            and tokens[i - 2].text[:1].isupper()
            and tokens[i - 2].text.lower() not in _OF_A_PLACE_HEADS
            and span.key in common
            and not (span.j < len(tokens) and tokens[span.j].text[:1].isupper())
        ):
            span.score = 0.0


_OF_A_PLACE_HEADS = frozenset(
    {"city", "town", "village", "county", "borough", "township", "province", "state", "republic"}
    | {"kingdom", "port", "isle", "island", "islands", "district", "region", "municipality", "parish"}
    | {"bay", "gulf", "sea", "cape", "lake", "mount", "strait", "straits", "duchy", "principality"}
    | {"emirate", "commonwealth", "diocese", "archdiocese", "mayor", "governor", "bishop", "duke"}
    | {"earl", "prince", "princess", "king", "queen", "battle", "siege", "people", "citizens"}
)
"""Capitalised words that "of" joins to a place's name: its nouns ("the City of Orange", "Isle of
Man"), the offices held over it ("Mayor of Mobile", "Duke of York") and its battles."""


_TITLED_RUN = re.compile(
    r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ ]+(?:(?:of|for|the|and|on|in|de|des|du|del|la|le|sans)[ ]+)*"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*)+"
)
"""A run of words written with a capital, the small joining words of names between them:
"International Organization for Migration", "Office for the Coordination of Humanitarian Affairs"."""
_JOINERS = frozenset({"of", "for", "the", "and", "on", "in", "de", "des", "du", "del", "la", "le", "sans"})


def _acronyms_of_others(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A name in capitals that spells the initials of a longer name the text gives, that is not a
    place, is that body's acronym: "the IOM's chief" after "the International Organization for
    Migration" is no Isle of Man, "OCHA" of "the Office for the Coordination of Humanitarian
    Affairs" no place. Three letters or more, or two where the text defines them in brackets
    ("Palestinian Authority (PA)") or names nothing else of their place (_an_unplaced_pair). A
    longer name that is a place ("United Arab Emirates" for UAE) is no such body."""
    caps = {
        s.surface
        for s in spans
        if s.score >= threshold
        and s.surface.isalpha()
        and s.surface.isupper()
        and (2 < len(s.surface) <= 6 or f"({s.surface})" in text or _an_unplaced_pair(s, spans, threshold))
        and not (s.candidates and s.candidates[0].match == "primary")  # "KHARTOUM", a dateline
    }
    if not caps:
        return  # (most texts: "US", "UK", "EU" and datelines need no search)
    # two capitals no brackets define: only the last words of a body's name after its "of"
    # ("Department of Veterans Affairs": VA), none in capitals ("UN Secretary" is no "US"), not
    # the initials of a person's name ("Uhuru Kenyatta" is no "UK")
    pairs = {c for c in caps if len(c) == 2 and f"({c})" not in text}
    places = {(s.start, s.end) for s in spans if s.score >= threshold}
    bodies: set[str] = set()
    for run in _TITLED_RUN.finditer(text):
        words = [(m.start() + run.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        titled = [k for k, (_, w) in enumerate(words) if w not in _JOINERS]
        for a in range(len(titled)):
            for b in range(a + 1, len(titled)):
                start, last = words[titled[a]][0], words[titled[b]]
                if (start, last[0] + len(last[1])) in places:
                    continue  # "United Arab Emirates": a place, whose initials are the place's
                letters = "".join(words[k][1][0] for k in titled[a : b + 1]).upper()
                if letters in caps and (
                    letters not in pairs
                    or (
                        b == len(titled) - 1
                        and titled[a] > 0
                        and words[titled[a] - 1][1] == "of"
                        and not any(words[k][1].isupper() for k in titled[a : b + 1])
                    )
                ):
                    bodies.add(letters)
    for span in spans:
        if span.surface in bodies:
            span.score = 0.0


def _an_unplaced_pair(span: Span, spans: Sequence[Span], threshold: float) -> bool:
    """Whether two capitals are a country's or a state's abbreviation in a text that names no other
    place of that country or state: "VA's health professionals" of a Californian story that has
    named "the Department of Veterans Affairs" is no Virginia; "the US" of a story of US towns, or
    "BC" of one naming British Columbia, is kept whatever body the text names."""
    if len(span.surface) != 2 or not span.candidates:
        return False
    place = span.candidates[0]
    if place.feature_code not in {"PCLI", "ADM1"}:
        return False
    return not any(
        other.surface != span.surface
        and other.score >= threshold
        and bool(other.candidates)
        and other.candidates[0].country_code == place.country_code
        and (place.feature_code == "PCLI" or other.candidates[0].admin1 == place.admin1)
        for other in spans
    )


_WORD_INITIAL = re.compile(r"(?<![\w’'])[A-Z]")
_INITIAL = re.compile(r"(?<![\w’'])[A-Z]|(?<=[a-z])[A-Z]")
"""The letters of a name's initials: each word's first capital, and capitals inside a word
("KwaZulu-Natal": K, Z, N)."""


def _initials(name: str) -> frozenset[str]:
    """How a place's name is written as initials: "South Africa" SA, "Trinidad and Tobago" T&T
    and TT, "Democratic Republic of the Congo" DRC, "KwaZulu-Natal" KZN; none for a name of one
    word ("McAllen" is not "MA")."""
    letters = _INITIAL.findall(name)
    if len(_WORD_INITIAL.findall(name)) < 2 or len(letters) > 5:
        return frozenset()
    forms = {"".join(letters)}
    words = name.split()
    if len(letters) == 2 and len(words) == 3 and words[1].lower() in {"and", "&"}:
        forms.add(f"{letters[0]}&{letters[1]}")
    return frozenset(forms)


_T = TypeVar("_T")


def _by_initials(named: Iterable[tuple[str, tuple[Candidate, ...], _T]]) -> dict[str, _T]:
    """Each form of initials of the (name, candidates, item) triples, to the item of the one place
    that has it; forms two places share are left out."""
    items: dict[str, _T] = {}
    owner: dict[str, tuple[Candidate, ...] | None] = {}
    for name, candidates, item in named:
        for form in _initials(name):
            if form not in owner:
                owner[form], items[form] = candidates, item
            elif owner[form] != candidates:
                owner[form] = None
    return {form: item for form, item in items.items() if owner[form] is not None}


def _occurrences(text: str, forms: dict[str, Span]) -> Iterator[tuple[int, int, Span]]:
    """Where each form stands in `text` as a word of its own (str.find: a text has few forms)."""
    for form, full in forms.items():
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            before, after = text[at - 1 : at] if at else "", text[end : end + 1]
            if not (before.isalnum() or before in {"&", ".", "_"} or after.isalnum() or after in {"&", "_"}):
                yield at, end, full
            at = text.find(form, end)


def _initials_of_named(text: str, tokens: Sequence[Token], spans: list[Span]) -> list[Span]:
    """Initials of a place the text names in full are that place: "T&T" where the text names
    Trinidad and Tobago, "SA" in a text about South Africa, "KZN" after KwaZulu-Natal. A span
    that is such initials takes the place's candidates; the initials found elsewhere are
    returned as new spans, for the recogniser to judge in their context; two letters only where
    the text defines them ("South Africa (SA)"): "PM", "PR" and "WB" are mostly something else.
    Initials that two named places share (Saudi Arabia and South Africa) are left alone."""
    forms = _by_initials((s.surface, s.candidates, s) for s in spans if s.kind == "name" and s.candidates)
    if not forms:
        return []
    by_start = {s.start: s for s in spans}
    starts = [t.start for t in tokens]
    out = []
    for start, end, full in _occurrences(text, forms):
        same = by_start.get(start)
        if same is not None and same.end == end:
            same.candidates, same.key = full.candidates, full.key
            continue
        surface = text[start:end]
        if any(s.start < end and start < s.end for s in spans):
            continue  # part of another name
        if len(surface) < 3 and f"({surface})" not in text:
            continue  # "PM", "PR", "WB" are mostly other things, unless the text defines them
        i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        out.append(Span(i, j, start, end, surface, full.key, full.candidates, "name"))
    return out


PLACE_NOUN_SCORE = 0.6
"""The least score of a name the text calls a place: a name the gazetteer knows, right after a
place noun and "of" ("the village of Qayyarah", "the province of Latakia"), or a common word the
text qualifies with a state or country that holds it ("Reading, Pennsylvania")."""


def _unknown_name(text: str, tokens: Sequence[Token], i: int, j: int) -> Span:
    """A span of tokens[i:j] for a name the gazetteer lacks that the text calls a place (no
    candidates; it stands where the text's other places say), scored PLACE_NOUN_SCORE."""
    surface = text[tokens[i].start : tokens[j - 1].end]
    span = Span(i, j, tokens[i].start, tokens[j - 1].end, surface, fold(surface), (), "name")
    span.score = PLACE_NOUN_SCORE
    return span


_SETTLEMENT_NOUNS = frozenset(
    {"town", "village", "hamlet", "city", "suburb", "township", "settlement", "towns", "villages", "cities"}
    | {"suburbs", "hamlets", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"}
)
"""Nouns that make the name after "of" a settlement, even one the gazetteer lacks (_settlements_unknown)."""
_PLACE_NOUNS_BEFORE_OF = (
    frozenset(k for k in _CUES if k not in {"co", "gov", "governor", "premier"})
    | _SETTLEMENT_NOUNS
    | {"provinces", "districts", "regions", "states", "counties", "islands"}
    | {"residents", "inhabitants", "outskirts", "suburbs"}
    | {"resort", "resorts", "enclave", "stronghold", "municipality", "commune", "borough", "kibbutz"}
)
"""Nouns that make the name after "of" a place: "the village of Qayyarah", "the mayor of Corsham",
"the outskirts of Hinche", "the Turkish coastal resort of Bodrum", "the rebel stronghold of Idlib",
and, plural, each name of a list after it: "the towns of Cobargo, Mogo and Batemans Bay". (Not
settlements the gazetteer may lack, as _SETTLEMENT_NOUNS are: "the stronghold of Hezbollah".)"""


def _named_as_places(text: str, tokens: Sequence[Token], spans: list[Span]) -> None:
    fled = _fled_words()
    taken = _taken_words()
    directions = _direction_adjectives()
    longest: dict[int, Span] = {}
    for span in spans:
        if (
            span.candidates
            and span.kind == "name"
            and "stopword" not in span.feats
            and (span.i not in longest or span.j > longest[span.i].j)
        ):
            longest[span.i] = span
    owners = {s.j: s for s in spans if s.possessive and s.candidates and s.kind == "name"}
    # "Lismore in New South Wales": the province after "in" that holds a town of the name
    by_start = {s.start: s for s in spans if s.kind == "name" and s.candidates}
    for span in spans:
        aged_of = False
        noun = _place_noun_before(tokens, span.i)
        owner = owners.get(span.i)
        held = _IN_PROVINCE.match(text, span.end)
        province = by_start.get(held.end()) if held else None
        if (
            span.qualified
            # "the southern English city of Salisbury": the adjective of the area a place lies in
            or (
                span.kind == "demonym"
                and span.j + 1 < len(tokens)
                and tokens[span.j].text.lower() in _PLACE_NOUNS_BEFORE_OF
                and tokens[span.j + 1].text == "of"
            )
            or (
                span.candidates
                and span.kind == "name"
                and "stopword" not in span.feats
                and (
                    (span.i >= 1 and noun in _PLACE_NOUNS_BEFORE_OF and not _name_goes_on(text, tokens, span))
                    or (span.i >= 1 and tokens[span.i - 1].text.lower() in fled)
                    or (span.i >= 1 and not span.possessive and tokens[span.i - 1].text in taken)
                    or (span.i >= 1 and tokens[span.i - 1].text in directions)
                    # "about 30 km east of Miranshah": what a distance is measured from is a place
                    or (
                        span.i >= 3
                        and "of" in (tokens[span.i - 1].text, tokens[span.i - 2].text)
                        and _MEASURED_FROM.search(text, max(0, span.start - 40), span.start) is not None
                    )
                    # "Victoria's Gippsland region": what owns a region is a place
                    or (span.possessive and _owns_a_region(tokens, span.j))
                    # "the Salgado Filho International Airport": an airport's name that says so
                    or (
                        span.surface.lower().endswith(_AIRPORT_ENDINGS)
                        and all(c.feature_code in {"AIRP", "AIRB"} for c in span.candidates)
                    )
                    # "pressed its offensive west of Avdiivka": a bearing from it
                    or (
                        span.i >= 2
                        and tokens[span.i - 1].text == "of"
                        and tokens[span.i - 2].text in _COMPASS_BEFORE_OF
                        and not span.possessive  # "north of Smith's farm"
                        and "person_word" not in span.feats
                    )
                    # "Jeremy Watson, 30, of Ten Mile,": where a person of that age lives is a place
                    or (aged_of := _lives_in(text, tokens, span))
                    # "as far away as Valdosta": how far something reached is a place
                    or (
                        span.i >= 3
                        and tokens[span.i - 1].text.lower() == "as"
                        and _AS_FAR_AS.search(text, max(0, span.start - 40), span.start) is not None
                    )
                    # "Sudan's Kassala"; not "Ukraine's Volodymyr Zelenskiy", a person's name going on
                    or (
                        owner is not None
                        and _lies_in(span.candidates, owner.candidates)
                        and not _name_goes_on(text, tokens, span)
                    )
                    or (
                        province is not None
                        and _lies_in(
                            [c for c in span.candidates if c.feature_class == "P"],
                            [a for a in province.candidates if a.feature_code == "ADM1"],
                        )
                    )
                    or (
                        # a word after it tells of the whole name: "Chimney Rock, a village" is no Rock
                        "prevcap" not in span.feats
                        and (
                            _defines(text, span.end)
                            or _APPOSITIVE_PLACE.match(text, span.end) is not None
                            or (span.j < len(tokens) and tokens[span.j].text in _PEOPLE_OF_A_PLACE)
                            or _a_person_from(tokens, span)
                            # "Ngala village", "Bokkos, about 60 km south of Jos"
                            or (span.j < len(tokens) and tokens[span.j].text in _VILLAGE_AFTER)
                            or _measured_after(text, span.end)
                            or text[span.end : tokens[span.j - 1].end].lower() in _PLACE_SUFFIXES
                            or _division_word_after(text, tokens, span)
                        )
                    )
                )
            )
        ):
            span.score = max(span.score, PLACE_NOUN_SCORE)
            if aged_of and all(
                c.match == "alternate" and alias_shape(span.key, fold(c.name)) == "other"
                for c in span.candidates
            ):
                # a home town only another place's other name matches is one the gazetteer lacks
                # (Ten Mile, Tennessee, is no Holbrook, New South Wales, once "Ten Mile Creek")
                span.candidates = ()
            if noun.endswith("s") and noun in _PLACE_NOUNS_BEFORE_OF:
                # each name of "the districts of Blantyre, Nsanje and Chikwawa" is one
                listed = longest.get(_next_in_list(tokens, span.j))
                while listed is not None and not _name_goes_on(text, tokens, listed):
                    listed.score = max(listed.score, PLACE_NOUN_SCORE)
                    listed = longest.get(_next_in_list(tokens, listed.j))


def _name_goes_on(text: str, tokens: Sequence[Token], span: Span) -> bool:
    """Whether a word in title case right after the span goes on with the name: "the neighborhoods
    of Cite Soleil" is no Cite (but "the County of Brant OPP detachment" is Brant's)."""
    if span.j >= len(tokens) or not _joined(text, tokens[span.j - 1], tokens[span.j]):
        return False
    word = tokens[span.j].text
    return word[:1].isupper() and not word.isupper()


def _division_word_after(text: str, tokens: Sequence[Token], span: Span) -> bool:
    """Whether a lower-case division word follows the name and the name can be such a division:
    "the Dnipropetrovsk region", "Borno state", "Idlib governorate", "Kullu and Mandi districts"
    (the model's w+1 features know only the division words of the dev corpora)."""
    if span.j >= len(tokens) or not _joined(text, tokens[span.j - 1], tokens[span.j]):
        return False
    word = tokens[span.j].text
    return (
        (word in DIVISION_WORDS or word in _PLURAL_CUES)
        and word != "co"
        and any(c.feature_class == "A" and c.feature_code != "PCLI" for c in span.candidates)
    )


_IN_PROVINCE = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?")
MAX_CANDIDATES_IN = 5
"""How many of a name's places, and of the possessive's areas (first by importance), _lies_in weighs."""


def _lies_in(candidates: Sequence[Candidate], areas: Sequence[Candidate]) -> bool:
    """Whether a place of the name lies in the country or province a possessive before it names:
    "Kerala's Wayanad district", "Syria's Idlib" (not "Israel's Netanyahu", who has no place)."""
    return any(
        c.country_code == a.country_code
        and (a.feature_code == "PCLI" or (a.feature_code == "ADM1" and c.admin1 == a.admin1))
        for a in areas[:MAX_CANDIDATES_IN]
        for c in candidates[:MAX_CANDIDATES_IN]
    )


def _place_noun_before(tokens: Sequence[Token], i: int) -> str:
    """The place noun that introduces the name at token i: "the village of Qayyarah", and, plural,
    "towns such as Galesburg", "nearby towns include Chatham", "cities including Kharkiv"; else ""."""
    before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    if before[-1:] == ["of"] and len(before) >= 2:
        return before[-2]
    if before[-1:] in (["include"], ["including"], ["like"]) and len(before) >= 2:
        noun, cue = before[-2], i - 1
    elif before[-2:] == ["such", "as"] and len(before) == 3:
        noun, cue = before[-3], i - 2
    else:
        return ""
    if noun == ",":
        noun = _noun_before_its_area(tokens, cue - 1)
    return noun if noun.endswith("s") else ""


_AREA_PREPOSITIONS = frozenset({"in", "across", "around", "near", "along", "throughout"})
"""Between a plural place noun and the area its places lie in: "towns in eastern Libya"."""


def _noun_before_its_area(tokens: Sequence[Token], comma: int) -> str:
    """The plural noun of "several towns in eastern Libya, including Bayda": before the comma at
    tokens[comma], an area of one to three capitalised words (a bearing or "the" before them), a
    preposition of area and the noun; else ""."""
    k = comma - 1
    names = 0
    while k >= 0 and names < 3 and tokens[k].text[:1].isupper():
        k, names = k - 1, names + 1
    if not names:
        return ""
    if k >= 0 and (tokens[k].text.lower() in _direction_adjectives() or tokens[k].text == "the"):
        k -= 1
    if k < 1 or tokens[k].text not in _AREA_PREPOSITIONS:
        return ""
    return tokens[k - 1].text.lower()


@functools.cache
def _taken_words() -> frozenset[str]:
    """The verbs of taking, besieging or shelling a place, in the past ("seized", "overran",
    "shelled"): their object is a place (the conflict triggers of events.tsv of those kinds)."""
    return frozenset(
        w
        for w, t in triggers().items()
        if t.category == "conflict"
        and t.kind in {"capture", "siege", "bombardment"}
        and " " not in w
        and (w.endswith("ed") or w in {"overran", "retook"})
        and w != "captured"  # people are captured too ("troops captured Smith")
    )


@functools.cache
def _direction_adjectives() -> frozenset[str]:
    """The adjectives of the direction words ("northern", "central"): written small before a name,
    they make it a place whose part they name ("in central Konduga")."""
    return frozenset(w for w in word_list("direction") if w.endswith("ern") or w == "central")


def _fled_words() -> frozenset[str]:
    """The verbs whose object is where people fled or were moved from ("who fled Sinjar",
    "evacuated Kherson"): the strong displacement triggers of events.tsv that people leave by."""
    return frozenset(
        w
        for w, t in triggers().items()
        if t.category == "displacement" and t.kind in {"flight", "evacuation"} and not t.weak
    )


_AFTER_A_QUALIFIER = frozenset({",", ".", ";", ":", ")", "and"})
"""What may follow the country or province that qualifies a name: "in Renk, South Sudan." (not "at
Acme, Canada's largest bank", a possessive)."""


def _unknown_before_its_country(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], sentence_starts: set[int], threshold: float
) -> list[Span]:
    """A name the gazetteer lacks after a preposition of place and before a comma and a country or a
    first-level division the text is sure of is a place there: "refugees continue to arrive in Renk,
    South Sudan", "born in Kwabenya, Ghana". One to three capitalised words, no stop word, none at a
    sentence's start; they stand where that country or province is (resolve). Returns the new
    spans."""
    locative = word_list("locative")
    stop = word_list("not_place")
    covered: set[int] | None = None  # the tokens of the spans, once a country after a comma asks
    out: list[Span] = []
    n = len(tokens)
    for q in spans:
        if not (
            q.kind == "name"
            and q.score >= threshold
            and not q.possessive
            and q.candidates
            and q.candidates[0].feature_code in {"PCLI", "ADM1"}
            and q.i >= 3
            and tokens[q.i - 1].text == ","
            and (q.j >= n or tokens[q.j].text in _AFTER_A_QUALIFIER)
        ):
            continue
        end = q.i - 1  # the comma
        if covered is None:
            covered = {k for s in spans for k in range(s.i, s.j)}
        a = end
        while a > 0 and end - a < 3 and _is_cap_word(tokens[a - 1]) and (a - 1) not in covered:
            a -= 1
        if (
            a == end
            or a == 0
            or tokens[a - 1].text.lower() not in locative
            or any(k in sentence_starts or tokens[k].text.lower() in stop for k in range(a, end))
        ):
            continue
        out.append(_unknown_name(text, tokens, a, end))
    return out


def _settlements_unknown(
    text: str,
    tokens: Sequence[Token],
    spans: Sequence[Span],
    sentence_starts: set[int],
    threshold: float = DEFAULT_THRESHOLD,
) -> list[Span]:
    """Names the gazetteer lacks that the text calls settlements: "the village of Xinmo", "the town
    of Qatraneh", each name of "the towns of Cobargo, Mogo and Batemans Bay". They stand where the
    text's other places say (resolve), like a street."""
    connectors = word_list("connector")
    stop = word_list("not_place")
    ends = {s.i: s.j for s in spans}
    # a name the text surely gives ends the unknown one before it; a doubted one ("Soleil" of
    # "the neighborhoods of Cite Soleil") is part of it
    sure = {s.i for s in spans if s.score >= threshold}
    known = {s.i: s for s in spans if s.candidates and s.kind == "name" and s.j == ends.get(s.i)}
    out = []
    n = len(tokens)
    # only "<settlement noun> of" opens such a name
    for k in [i + 1 for i, t in enumerate(tokens) if t[0] == "of" and i > 0 and i + 1 < n]:
        noun = tokens[k - 2].text.lower()
        if noun not in _SETTLEMENT_NOUNS:
            continue
        plural = noun.endswith("s")
        while k < n and tokens[k].text[:1].isupper() and tokens[k].text.lower() not in stop:
            j = ends.get(k)
            if j is not None and plural and k in known and j < n and tokens[j].text.lower() in connectors:
                # a name of the list the gazetteer knows, before "of the ...": "the towns of Tel
                # Rifaat and Manbij of the YPG militia" is Manbij
                known[k].score = max(known[k].score, PLACE_NOUN_SCORE)
            elif j is None or (
                k not in sure and j < n and j not in sure and _continues(text, tokens, j, connectors)
            ):
                j = k + 1
                # a name ends at "and": "the villages of Foua and Kfraya", "the village of Nagrig and
                # Ratnagiri"
                while (
                    j < n
                    and j - k < MAX_TOKENS
                    and _continues(text, tokens, j, connectors)
                    and stop.get(tokens[j].text.lower())
                    not in {"weekday", "month"}  # "Cite Soleil on Monday"
                    and j not in sure
                    and tokens[j].text != "and"
                ):
                    j += 1
                while j > k + 1 and not _name_word(tokens[j - 1]):
                    j -= 1
                out.append(_unknown_name(text, tokens, k, j))
            if not plural:
                break
            k = _next_in_list(tokens, j)
    # "displaced from Umemger village", "her home in Torkula village", "fled attacks in Ancuabe
    # district", "sheltering in Zamzam camp": a name the gazetteer lacks between a preposition of
    # place (recognition.tsv's locatives) or an event's verb and "village" (_VILLAGE_AFTER)
    villages = [v for v, t in enumerate(tokens) if t[0] in _VILLAGE_AFTER and v >= 2]
    # where the names the gazetteer has that start at a token end (the longest): one starts the
    # settlement's name, unless it is shorter ("in Abu Shok refugee camp": Abu, a town of India)
    starts: dict[int, int] = {}
    for s in spans if villages else ():
        starts[s.i] = max(starts.get(s.i, s.j), s.j)
    # (a doubted name inside it is part of it: "Abu" of "Abu Shok")
    covered = {k for s in spans if s.score >= threshold for k in range(s.i, s.j)} if villages else set()
    for v in villages:
        if tokens[v].text == "camp" and tokens[v - 1].text.lower() in _CAMP_KINDS:
            v -= 1  # "in Abu Shok refugee camp", "the Kalma displacement camp": the kind goes with "camp"
        k = v
        while (
            k > 0
            and v - k < MAX_TOKENS
            # "at the Bab al-Hawa crossing": a name's particle in lower case goes with it
            and (tokens[k - 1].text[:1].isupper() or (k < v and _PARTICLE_NAME.match(tokens[k - 1].text)))
            and (k - 1) not in covered
        ):
            k -= 1
        # "at the Jdeidet Yabous crossing", "a villager in the Gondra district of Uttar Pradesh": an
        # article between the preposition and the name, before a crossing or a division of a place
        of_a_place = v + 2 < len(tokens) and tokens[v + 1].text == "of" and tokens[v + 2].text[:1].isupper()
        before = (
            k - 2
            if k >= 2
            and tokens[k - 1].text == "the"
            and (tokens[v].text == "crossing" or tokens[v].text.lower() in _CAMP_KINDS or of_a_place)
            else k - 1
        )
        if (
            k == v
            or not tokens[k].text[:1].isupper()
            or not (
                tokens[before].text.lower() in _word_lists().locative
                # "the landslide struck Yambali village", "gunmen raided Kuchi village"
                or (tokens[before].text.islower() and tokens[before].text in event_words())
            )
            or starts.get(k, -1) >= v
            or any(tokens[i].text.lower() in stop for i in range(k, v))
            or not all(_joined(text, tokens[i], tokens[i + 1]) for i in range(k, v))
        ):
            continue
        out.append(_unknown_name(text, tokens, k, v))
    out += _appositive_unknown(text, tokens, spans, stop)
    out += _unknown_before_a_province(text, tokens, spans, stop, sentence_starts)
    out += _settlements_listed(text, tokens, [*spans, *out], stop)
    return out


def _settlements_listed(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], stop: dict[str, str]
) -> list[Span]:
    """Each name the gazetteer lacks of a list that a plural word of settlements ends ("in Jajarkot
    and Rukum West districts"): a place, which stands where the text's other places say (as "the
    village of Xinmo"); the names the gazetteer has keep their own spans, made sure. Not where a name of the
    list is a country or a province ("in Texas and Oklahoma districts")."""
    if not any(word in text for word in _SETTLEMENT_PLURALS):
        return []
    at = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k + 1 for k, t in enumerate(tokens)}
    covered = {k for s in spans for k in range(s.i, s.j)}
    out: list[Span] = []
    for listed in _SETTLEMENTS_LIST.finditer(text):
        names = [
            (at[found.start() + listed.start(1)], ends[found.end() + listed.start(1)])
            for found in _NAME_IN_LIST.finditer(listed.group(1))
            if found.start() + listed.start(1) in at and found.end() + listed.start(1) in ends
        ]
        if any(
            s.candidates and s.candidates[0].feature_code in _OWNERS and s.i < j and s.j > i
            for s in spans
            for i, j in names
        ):
            continue
        for i, j in names:
            own = next((s for s in spans if (s.i, s.j) == (i, j) and s.kind == "name" and s.candidates), None)
            if own is not None:
                own.score = max(own.score, PLACE_NOUN_SCORE)  # "Zenda Jan and Ghoryan districts"
                continue
            if any(k in covered for k in range(i, j)) or (j == i + 1 and tokens[i].text.lower() in stop):
                continue  # (a name's other words may be common ones: "Rukum West")
            out.append(_unknown_name(text, tokens, i, j))
    return out


_AFTER_A_PROVINCE = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|$)|\s+[a-z]")
"""What follows the province of "in Yard, Texas": the end of the phrase, or the clause going on in
small words ("worked in Fort Detrick, Maryland for 18 years"; not "in Yard, Texas Governor ...")."""


def _unknown_before_a_province(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], stop: dict[str, str], sentence_starts: set[int]
) -> list[Span]:
    """A name the gazetteer lacks between a preposition of place and a comma before a province or
    state the text names: "grew up in Yard, Texas, and", "lives in Tennessee Colony, Texas" (not
    the state Tennessee); or a dateline's: "CAMP MURRAY, Wash. - ...". It stands in that province,
    where the text's places there say."""
    provinces = {
        s.i: s
        for s in spans
        if s.kind == "name" and s.candidates and s.candidates[0].feature_code in {"ADM1", "ADM2"}
    }
    if not provinces:
        return []
    locative = _word_lists().locative
    known = {(s.i, s.j) for s in spans if s.candidates}
    out = []
    for p, province in provinces.items():
        if p < 2 or tokens[p - 1].text != ",":
            continue
        k = p - 1
        while k > 0 and p - 1 - k < MAX_TOKENS and tokens[k - 1].text[:1].isupper():
            k -= 1
        if k < p - 2 and tokens[k].text.endswith(("'s", "’s")):
            k += 1  # "at GM's Bowling Green, Kentucky facility": the owner's is no part of the name
        # ... or a dateline's town in capitals: "CAMP MURRAY, Wash. -" opening the text or a sentence
        dateline = (
            k in sentence_starts
            and all(tokens[i].text.isupper() for i in range(k, p - 1))
            and _DATELINE_MARK.match(text, tokens[p - 1].start) is not None
        )
        if (
            k == p - 1
            or (
                not dateline
                and (
                    k == 0
                    or tokens[k - 1].text.lower() not in locative
                    or not _AFTER_A_PROVINCE.match(text, province.end)
                )
            )
            or (k, p - 1) in known  # "in Dallas, Texas": a town the gazetteer has
            or any(tokens[i].text.lower() in stop for i in range(k, p - 1))
            or not all(_joined(text, tokens[i], tokens[i + 1]) for i in range(k, p - 2))
        ):
            continue
        out.append(_unknown_name(text, tokens, k, p - 1))
    return out


_FEATURE_HEADS = frozenset(
    {"gulf", "bay", "lake", "sea", "cape", "mount", "isle", "strait", "straits", "port", "sound", "bight"}
)


def _longer_feature_names(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """A name the gazetteer lacks that starts with a word it has as a name of its own: "the Gulf of
    Uraba" is no Persian Gulf ("the Gulf"). The longer name stands where the text's other places
    say, like a street."""
    out: list[Span] = []
    n = len(tokens)
    for span in spans:
        if (
            span.j - span.i != 1
            or span.kind != "name"
            or span.surface.lower() not in _FEATURE_HEADS
            or span.j + 1 >= n
            or tokens[span.j].text != "of"
            or not tokens[span.j + 1].text[:1].isupper()
        ):
            continue
        j = span.j + 1
        while (
            j + 1 < n
            and j + 1 - span.i < MAX_TOKENS
            and _name_word(tokens[j + 1])
            and _joined(text, tokens[j], tokens[j + 1])
        ):
            j += 1
        out.append(_unknown_over(text, tokens, span, j))
    return out


_FEATURE_PREFIXES = frozenset({"Fort", "Camp", "Mount", "Mt", "Lake", "Cape", "Point", "River"})
"""Words that lead a name of a kind of place: "Fort Detrick", "Camp Lejeune", "Mount Chaambi",
"Lake Manassas", "Cape Peron", "Point Peron", "the River Ouse in York"."""


def _led_by_a_feature_word(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """A name the gazetteer lacks that a feature word leads (_FEATURE_PREFIXES) and capitalised
    words go on from, not itself inside a longer name ("Woodman Point Wastewater Treatment Plant"),
    is a place that stands where the text's other places say, like a street: "produced at Fort
    Detrick", "a terrorist insurgency in Mount Chaambi", "off the coast of Cape Peron". A name the
    gazetteer or another rule has from that word on is theirs ("Mount Sheridan", "Fort Lauderdale");
    the names inside it are no places of their own ("Lake Manassas" is no town of Manassas)."""
    if not any(word in text for word in _FEATURE_PREFIXES):
        return []
    begun = {s.i for s in spans if s.j - s.i > 1}  # not the feature word alone ("Lake" of Lake County)
    out: list[Span] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.text not in _FEATURE_PREFIXES or i in begun:
            continue
        if (
            i > 0
            and _is_cap_word(tokens[i - 1])
            and _joined(text, tokens[i - 1], tok)
            and tokens[i - 1].text != "The"
        ):
            continue  # "Woodman Point": the word ends another name (not "The River Ouse" opening a sentence)
        j = i + 2 if tok.text == "Mt" and i + 1 < n and tokens[i + 1].text == "." else i + 1
        if j >= n or not _is_cap_word(tokens[j]) or not _joined(text, tokens[j - 1], tokens[j]):
            continue
        while (
            j + 1 < n
            and j + 1 - i < MAX_TOKENS
            and _is_cap_word(tokens[j + 1])
            and _joined(text, tokens[j], tokens[j + 1])
        ):
            j += 1
        if j + 1 < n and tokens[j + 1].text in _SPEAKING:
            continue  # "Lake Bell said": someone speaking
        for inner in spans:
            if i <= inner.i and inner.j <= j + 1:
                inner.score = 0.0
        out.append(_unknown_name(text, tokens, i, j + 1))
    return out


def _unknown_over(text: str, tokens: Sequence[Token], span: Span, j: int) -> Span:
    """A name the gazetteer lacks, from `span` (a known name inside it, no longer a place of the text)
    to tokens[j]: it stands where the text's other places say, like a street."""
    surface = text[span.start : tokens[j].end]
    longer = Span(span.i, j + 1, span.start, tokens[j].end, surface, fold(surface), (), "name")
    longer.score = PLACE_NOUN_SCORE
    span.score = 0.0
    return longer


_ROAD_NUMBER = re.compile(r"[ABM]\d{1,4}")
_ROAD_IN_TEXT = re.compile(r"[ABM]\d{1,4}\b")
_ROAD_HOMES = frozenset({"GB", "IE", "IM", "JE", "GG"})


def _british_roads(text: str, tokens: Sequence[Token], spans: Sequence[Span], threshold: float) -> list[Span]:
    """Roads of Britain and Ireland by their numbers, which the gazetteer lacks: "a crash on the A120",
    "via the A436, A40 and A429" (each of a list after "the"). Only in a text whose places are
    mostly there, so that "the B2 level" of a language course or a howitzer's "A6" is none. They
    stand where the text's other places say, like a street."""
    if _ROAD_IN_TEXT.search(text) is None:  # (a looser test than the roads' own, and three times faster)
        return []  # the cheap test first: most texts name no road by its number
    homes = Counter(
        s.candidates[0].country_code
        for s in spans
        if s.candidates and s.score >= threshold and s.kind == "name"
    )
    if not homes or homes.most_common(1)[0][0] not in _ROAD_HOMES:
        return []
    out: list[Span] = []
    listed = False  # the previous road opened a list ("the A436, A40 and A429")
    for k, t in enumerate(tokens):
        if not _ROAD_NUMBER.fullmatch(t.text):
            listed = listed and t.text in {",", "and", "or"}
            continue
        if (k > 0 and tokens[k - 1].text.lower() == "the") or listed:
            out.append(_unknown_name(text, tokens, k, k + 1))
            listed = True
        else:
            listed = False
    return out


_LIST_JOINERS = frozenset({"and", "or", "&"})


def _elided_directions(tokens: Sequence[Token], i: int) -> list[int]:
    """The direction words listed before tokens[i], a direction word that begins a name, whose own
    name is left unsaid: "North" of "North and South Korea", "East" and "West" of "East, West and
    Central Africa". The word before the name's is "and", "or" or "&" (not a comma alone: "in the
    North, South Korea's ..."), commas may join the ones before it. Nearest first."""
    directions = word_list("direction")
    listed: list[int] = []
    k = i - 1
    if k < 1 or tokens[k].text not in _LIST_JOINERS:
        return listed
    while k >= 1:
        joiners = 0
        while k >= 1 and joiners < 2 and (tokens[k].text in _LIST_JOINERS or tokens[k].text == ","):
            k, joiners = k - 1, joiners + 1
        word = tokens[k].text
        if not joiners or not word[:1].isupper() or word.lower() not in directions:
            break
        listed.append(k)
        k -= 1
    return listed


def _leading_direction(text: str, tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The capitalised direction word that begins the name of tokens[i:j] ("South" of "South
    Korea"), or stands just before it as its part ("Central" of "Central Europe", a part of
    Europe), if any."""
    directions = word_list("direction")
    if j - i >= 2 and tokens[i].text[:1].isupper() and tokens[i].text.lower() in directions:
        return i
    if (
        i >= 1
        and tokens[i - 1].text[:1].isupper()
        and tokens[i - 1].text.lower() in directions
        and _joined(text, tokens[i - 1], tokens[i])
    ):
        return i - 1
    return None


def _elided_name(
    text: str, tokens: Sequence[Token], k: int, head_start: int, head_end: int, gaz: Gazetteer
) -> tuple[str, tuple[Candidate, ...]]:
    """The key and the places of the name a listed direction word stands for: tokens[k] before the
    rest of the name after the last one ("North" + "Korea"); none for a people's adjective."""
    key, found, _ = _lookup(gaz, f"{tokens[k].text} {text[head_start:head_end]}")
    return key, (found if found and found[0].match != "demonym" else ())


def _elided_names(text: str, tokens: Sequence[Token], spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """A direction word listed before a name that begins with another is its own place's name:
    "tension between North and South Korea" names North Korea, "Eastern and Southern Europe" Eastern
    Europe, "North and South Carolina" both states. The word alone is the span (as corpora annotate
    "Eastern" of "Eastern and Southern Europe"), judged as the name it shares its place words with;
    one the gazetteer has no such name for ("Northern and Central Europe": no Central Europe, but
    Europe with its part) is left as it is. Spans over the word ("Eastern", a town) give way.
    Returns the new spans."""
    out: list[Span] = []
    for s in spans:
        if s.kind != "name" or (d := _leading_direction(text, tokens, s.i, s.j)) is None:
            continue
        for k in _elided_directions(tokens, d):
            key, found = _elided_name(text, tokens, k, tokens[d + 1].start, s.end, gaz)
            if found:
                tok = tokens[k]
                span = Span(k, k + 1, tok.start, tok.end, tok.text, key, found, "name", feats=list(s.feats))
                span.score = s.score
                out.append(span)
    if out:
        taken = {span.i for span in out}
        spans[:] = [s for s in spans if not any(s.i <= k < s.j for k in taken)]
    return out


_COMPASS = frozenset({"North", "South", "East", "West"})


def _country_of_the_bearing(
    word: str, named: Sequence[tuple[str, tuple[Candidate, ...]]]
) -> tuple[Candidate, ...]:
    """The places of the one country among `named` (names and their places) whose name `word`, a
    compass word, begins: "South" of a text naming South Korea; none where two do."""
    prefix = word.lower() + " "
    countries = {
        found[0].geonameid: found
        for surface, found in named
        if found and found[0].feature_code == "PCLI" and fold(surface).startswith(prefix)
    }
    return next(iter(countries.values())) if len(countries) == 1 else ()


def _the_bearing_alone(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is a compass word alone after "the", its possessive too: "the South's
    military", "The North has launched" (not "the North of England", "the South China Sea")."""
    word = tokens[k].text.removesuffix("'s").removesuffix("’s")
    if word not in _COMPASS or k == 0 or tokens[k - 1].text.lower() != "the":
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not after[:1].isupper() and after != "of"


def _bearings_of_named_countries(
    text: str, tokens: Sequence[Token], spans: list[Span], threshold: float
) -> list[Span]:
    """ "the South" and "the North" of a text that names South Korea or North Korea (South Sudan)
    are those countries, as news of them calls them: "the South's military said", "Seoul urged the
    North to stop" (the gazetteer's "South" is a region of Cameroon). Spans over the word take the
    country's places; a word without one gets a span. Returns the new spans."""
    if not any(f"he {word}" in text for word in _COMPASS):
        return []  # the cheap test first: "the North", "The South"
    named = [(s.surface, s.candidates) for s in spans if s.score >= threshold and s.kind == "name"]
    out: list[Span] = []
    for k in range(1, len(tokens)):
        if not _the_bearing_alone(tokens, k):
            continue
        tok = tokens[k]
        word = tok.text.removesuffix("'s").removesuffix("’s")
        found = _country_of_the_bearing(word, named)
        if not found:
            continue
        score = max(s.score for s in spans if s.candidates is found)
        own = next((s for s in spans if (s.i, s.j) == (k, k + 1)), None)
        if own is not None:
            own.candidates, own.key, own.score = found, fold(found[0].name), max(own.score, score)
            continue
        possessive = word != tok.text
        span = Span(
            k, k + 1, tok.start, tok.start + len(word), word, fold(found[0].name), found, "name", possessive
        )
        span.score = score
        out.append(span)
    return out


def _names_listed_before_a_plural(text: str, tokens: Sequence[Token], spans: list[Span]) -> list[Span]:
    """Each name of a list that a plural word of streets or waters ends is a street or a water, those
    the model doubts or the gazetteer lacks too: "at Orange and White streets", "the corner of State
    and Hubbard streets", "rolled down Bourbon and Dauphine streets" (after a word of where, as
    _names_streets has it), "the Elbe and Saale rivers" (after "the", as _listed_waters reads them).
    A name with a span of its own keeps it, made sure; one without gets a span with no place, which
    stands where the text's other places say; the later stages make each a street or a water. Not
    a list of states or countries ("along Ohio and Kentucky roads", "the Texas and Oklahoma
    rivers"). Returns the new spans."""
    if not any(word in text for word in _PLURAL_WORDS):
        return []  # the cheap test first (substrings: a regular expression's search costs ten times
        # as much): most texts name no streets or rivers so
    lists = [*_STREET_LIST.finditer(text), *_WATER_LIST.finditer(text)]
    if not lists:
        return []
    out: list[Span] = []
    at = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k + 1 for k, t in enumerate(tokens)}
    for listed in lists:
        names = [
            (at[found.start() + listed.start(1)], ends[found.end() + listed.start(1)])
            for found in _NAME_IN_LIST.finditer(listed.group(1))
            if found.start() + listed.start(1) in at and found.end() + listed.start(1) in ends
        ]
        if len(names) < 2 or any(
            s.candidates and s.candidates[0].feature_code in _OWNERS and s.i < j and s.j > i
            for s in spans
            for i, j in names
        ):
            continue
        for i, j in names:
            own = next((s for s in spans if (s.i, s.j) == (i, j) and s.kind == "name"), None)
            if own is not None:
                own.score = max(own.score, PLACE_NOUN_SCORE)
                continue
            spans[:] = [s for s in spans if s.j <= i or s.i >= j]
            out.append(_unknown_name(text, tokens, i, j))
    return out


def _unknown_named_again(
    tokens: Sequence[Token],
    spans: Sequence[Span],
    unknown: Sequence[Span],
    sentence_starts: set[int],
    lower_words: set[str],
) -> list[Span]:
    """The other mentions of a name the gazetteer lacks that the text has called a settlement: "the
    towns of Shire, Alamata and Korem ... 600,000 people had fled to Shire". A mention stands alone
    (no capitalised word either side but a sentence's first word that is no name's: "Beyond
    Madinaty"; not "Shire Horse Society") and not at a sentence's start ("Hope" of "the
    village of Hope" is no place in "Hope remains"); a name is one place in a text."""
    if not unknown:
        return []
    names = {tuple(t[0] for t in tokens[u.i : u.j]): u for u in unknown if not u.candidates}
    lists = _word_lists()
    covered = {k for s in spans for k in range(s.i, s.j)}
    out = []
    n = len(tokens)
    for words, u in names.items():
        size = len(words)
        for k in range(n - size + 1):
            if (
                tokens[k][0] != words[0]
                or k in sentence_starts
                or tuple(t[0] for t in tokens[k : k + size]) != words
                or any(i in covered for i in range(k, k + size))
                or (
                    k > 0
                    and _is_cap_word(tokens[k - 1])
                    and not (
                        k - 1 in sentence_starts and not _a_name_word(tokens[k - 1][0], lower_words, lists)
                    )
                )
                or (k + size < n and _is_cap_word(tokens[k + size]))
            ):
                continue
            span = Span(k, k + size, tokens[k].start, tokens[k + size - 1].end, u.surface, u.key, (), "name")
            span.score = u.score
            out.append(span)
            covered.update(range(k, k + size))
    return out


_OPENING_LOCATIVES = frozenset({"in", "at", "near", "from", "outside", "inside"})
"""Prepositions of place that may open a sentence before a name: "In Jindires, a town ..."."""


def _appositive_unknown(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], stop: dict[str, str]
) -> list[Span]:
    """A name the gazetteer lacks, in mid-sentence, that an apposition calls a settlement: "captured
    Maungdaw, the last town on the border", "fled to Tawila, a town some 60 km west of El Fasher"
    (not "Smith, a town councillor": _APPOSITIVE_PLACE wants a word of place after the noun)."""
    out: list[Span] = []
    commas = [found.start() for found in _APPOSITIVE_PLACE.finditer(text)]
    if not commas:
        return out
    covered = {k for s in spans for k in range(s.i, s.j)}
    by_start = {t.start: c for c, t in enumerate(tokens)}
    for c in (by_start[at] for at in commas if at in by_start):
        if c < 2 or (c - 1) in covered:
            continue
        k = c
        while k > 0 and c - k < MAX_TOKENS and _name_word(tokens[k - 1]) and (k - 1) not in covered:
            k -= 1
        before = tokens[k - 1].text if k > 0 else ""
        if k + 1 < c and tokens[k].text.lower() in _OPENING_LOCATIVES and not before.isalpha():
            # "In Jindires, a town 60 km northwest of Aleppo, rescuers dug": a sentence's
            # preposition of place, capitalised, before the name
            before, k = tokens[k].text.lower(), k + 1
        if (
            k == c
            or not before.isalpha()
            or not before.islower()  # mid-sentence: "Yesterday, the town of ..." opens one
            or any(tokens[i].text.lower() in stop for i in range(k, c))
            or not all(_joined(text, tokens[i], tokens[i + 1]) for i in range(k, c - 1))
        ):
            continue
        out.append(_unknown_name(text, tokens, k, c))
    return out


_CAMP_KINDS = frozenset({"refugee", "refugees", "displacement", "idp", "transit", "migrant", "migrants"})
"""Words of a camp's kind between its name and "camp": "Abu Shok refugee camp", "Kalma displacement
camp", "the Moria migrant camp"."""
_VILLAGE_AFTER = frozenset(
    {"village", "hamlet", "district", "municipality", "commune", "camp", "crossing"}
    # South Asia's subdistricts: "Villagers in Mahsi tehsil", "in Kurigram's Chilmari upazila"
    | {"tehsil", "taluk", "taluka", "mandal", "upazila", "subdistrict", "sub-district"}
)


_NAMED_AFTER = frozenset({"colony", "township", "heights", "village", "springs", "falls", "mills", "corners"})
"""Capitalised last words of settlements named after another place ("Tennessee Colony", "Greenwich
Village", "Oregon Township"): with a name before them that the gazetteer knows only alone, the two
are a settlement it lacks (_named_after_a_place); "Crossing" and "Junction" are left out, as they
are as often a border crossing or a station of the town ("Rafah Crossing", "Clapham Junction")."""


def _named_after_a_place(
    text: str, tokens: Sequence[Token], spans: Sequence[Span], threshold: float
) -> list[Span]:
    """A name the gazetteer knows and a settlement's word it has no such name for ("a Tennessee
    Colony man", "Kentucky Heights", "Greenwich Village") is another place, named after the first:
    a settlement the gazetteer lacks, which stands where the text's other places say (resolve), and
    the first is no place of the text (a Texas story's "Tennessee Colony" is not Tennessee)."""
    n = len(tokens)
    out = []
    for span in spans:
        j = span.j
        if (
            span.kind == "name"
            and span.candidates
            and span.score >= threshold
            and j < n
            and tokens[j].text.lower() in _NAMED_AFTER
            and tokens[j].text[:1].isupper()
            and _joined(text, tokens[j - 1], tokens[j])
            and not span.possessive
        ):
            out.append(_unknown_over(text, tokens, span, j))
    return out


def _next_in_list(tokens: Sequence[Token], j: int) -> int:
    """The token after a list's link at tokens[j] (", ", "and", ", and"), or len(tokens)."""
    n = len(tokens)
    if j < n and tokens[j].text == ",":
        j += 1
    if j < n and tokens[j].text == "and":
        j += 1
    return j if j < n and tokens[j - 1].text in {",", "and"} else n


def _one_sense_per_document(spans: list[Span], threshold: float) -> None:
    best: dict[str, float] = {}
    scores: dict[str, list[float]] = {}
    for s in spans:
        best[s.key] = max(best.get(s.key, 0.0), s.score)
        if "nextcap" not in s.feats and "prevcap" not in s.feats:
            scores.setdefault(s.key, []).append(s.score)
    called_places = {s.key for s in spans if any(f in _CALLED_A_PLACE for f in s.feats)}
    # names the text writes, with confidence, in small letters after a capital: the same name in a
    # line of capitals ("MIGRANT BOAT SINKS OFF LAMPEDUSA" over "... the island of Lampedusa") is
    # that place, whatever the model makes of capitals
    written = {s.key for s in spans if s.score >= threshold and not s.surface.isupper()}
    for s in spans:
        if (
            s.score < threshold
            and (
                (
                    (best[s.key] >= ONE_SENSE_SURE or s.key in called_places)
                    and (s.score >= ONE_SENSE_FLOOR or "prev_direction" in s.feats)
                )
                or (len(s.key) >= 4 and s.surface.isupper() and s.key in written)
            )
            and "stopword" not in s.feats
        ):
            s.score = threshold
    for s in spans:
        said = scores.get(s.key, [])
        if (
            len(said) >= MANY_MENTIONS
            and best[s.key] < ONE_SENSE_SURE
            and s.key not in called_places
            and threshold <= s.score < ONE_SENSE_SURE
            and sum(x < threshold for x in said) >= len(said) * DOUBTED_SHARE
        ):
            s.score = 0.0


_CALLED_A_PLACE = frozenset(f"w-2={word}_of" for word in ("town", "city", "village", "hamlet", "suburb"))
"""The features of a name the text calls a town ("the Oxfordshire town of Bicester"): its mentions
the model doubts are that town as a sure mention's are (ONE_SENSE_FLOOR), and the name is no
person's however many of them it doubts (MANY_MENTIONS). Both dev corpora, LGL, GeoVirus and the
probes unchanged."""
ONE_SENSE_FLOOR = 0.2
"""The least score of a doubted mention that a sure one of the same name (ONE_SENSE_SURE) makes a
place. At 0.15 TR-News and LGL gain a little and GeoWebNews loses as much precision ("Douma's
fall" at a sentence's start scores 0.16); kept at 0.2. A mention after a bearing is lifted from any
score ("the north west Bicester proposal": the model doubts towns after bearings)."""
MANY_MENTIONS = 4
DOUBTED_SHARE = 0.66
"""A name the text gives alone (no capitalised word either side) MANY_MENTIONS times or more, the
model doubting DOUBTED_SHARE of them, is no place where it accepts it below ONE_SENSE_SURE either:
the victim "Welch" of a stabbing story ("stabbed Welch", "Welch went to a residence") is no town for
"stolen property from Welch". Both dev corpora: three false places gone ("Olympic" of the Olympic
record's story, "Nelson" of "Nelson and Banks agree", "Notre Dame" of a Final Four story), no true
one lost, the same from a share of 0.6 to 0.75 and from 4 to 5 mentions (at 3 GeoWebNews loses a
true place); LGL two false places gone. Not a name with a sure mention, or one the text calls a
town (_CALLED_A_PLACE): those are one place, whose doubted mentions the rule above has just made
places ("Bicester" of a planning story, sure once and doubted four times, had lost every mention)."""
ONE_SENSE_SURE = 0.8


_LINK = re.compile(
    r"(?:\s+(?:town|city|village|camp|district|province|region|state|county))?"
    r"(?:,\s+the\s+(?:[a-z-]+\s+){0,2}(?:capital|city|town|port|seat))?"
    r"\s*(?:,|,?\s+(?P<conjunction>and|or))\s+(?:(?:to|in|from|into|at|near|the)\s+)?"
    r"(?:(?<=the )(?:[a-z-]+\s+)?(?:town|city|village|port)\s+of\s+)?"
)
"""Between two names of a list: a comma, "and" or "or", and a preposition or "the" the list
repeats, or what the next name is ("Pokrovsk and the nearby town of Myrnohrad", "Beirut and the
coastal city of Sidon"); after an apposition that says what the first is ("Gondar, Bahir Dar, the
regional capital, and Lalibela"); after the first's word of kind ("El Fasher town and Kutum")."""
_FROM_TO = re.compile(r"\s+to\s+")


COORD_STRONG = 0.5
"""How sure the recogniser must be of one name in a list to vouch for the others: both dev corpora
give the same names from 0.5 to 0.6 and the same strict F1 up to 0.8; below 0.8, lists of small
towns whose best-known member scores 0.6-0.8 are taken whole ("Galesburg, Macomb and Carbondale"),
and at 0.5 those whose best-known member scores 0.5-0.6 too ("between Itanagar and Ziro"; among the
test and probe articles no other name changed)."""


NEIGHBOUR_FLOOR = 0.03
NEIGHBOUR_KM = 40.0
"""A name the model doubts (down to NEIGHBOUR_FLOOR instead of 0.15) is vouched for by a confident
name of its list where a town of it lies within NEIGHBOUR_KM of a place of that name: "Malmesbury
and Corsham", "Retford, Nottinghamshire, and Gainsborough" (a small town after "and" scores 0.12-
0.15). Both dev corpora: no name changed from a floor of 0 to 0.03 at 40 km; at 80 km TR-News
gains a false place, at 150 km two."""


def _neighbours(a: Span, b: Span) -> bool:
    """Whether a town of one name lies within NEIGHBOUR_KM of a place of the other."""
    towns = [c for c in a.candidates if c.feature_class == "P"]
    return any(
        haversine_km(c.lat, c.lon, d.lat, d.lon) <= NEIGHBOUR_KM
        for c in towns
        for d in b.candidates[:MAX_CANDIDATES_IN]
    )


PAIR_FLOOR = 0.1
"""Two names of a list that the model doubts (from PAIR_FLOOR up; one may be a place already) are
places where a town of each lies within NEIGHBOUR_KM of the other in a province the text names with
confidence: "traffic backed up to Duncan and Lyman" of a South Carolina story (10 km apart; 0.41
and 0.11-0.24 as the words around them go). Both dev corpora: no name changed with a floor from
0.05 to 0.2."""


PROVINCE_LIST_FLOOR = 0.005
"""A name listed with a confident place whose every place in the gazetteer lies in a province the
text names with confidence is a place down to this score: "between Ann Arbor and Oscoda" of a
Michigan story (Oscoda, 900 people, scores 0.02-0.03). Both dev corpora the same at 0.1 (PAIR_FLOOR),
0.02 and 0.005; LGL +1, probes +2 ("between Dessie and Woldia" of an Amhara story, "between Goma and
Masisi")."""


def _all_in(span: Span, provinces: set[tuple[str, str]]) -> bool:
    """Whether every place of the name lies in one of `provinces` (none of them a country)."""
    return bool(span.candidates) and all(
        c.feature_code != "PCLI" and (c.country_code, c.admin1) in provinces for c in span.candidates
    )


COUNTY_NEIGHBOUR_KM = 160.0
"""Two second-level divisions of a list whose centres lie this close, in a province the text names
with confidence, vouch for each other as two towns do within NEIGHBOUR_KM: "heavy rain is forecast
for Devon and Cornwall" of a story naming northern England (Devon 0.35, Cornwall 0.44; their
centres 100 km apart). Both dev corpora (both modes), the test articles and the probes otherwise
unchanged."""


def _together_in(a: Span, b: Span, provinces: set[tuple[str, str]]) -> bool:
    """Whether a town of each name lies within NEIGHBOUR_KM of the other, or a county of each within
    COUNTY_NEIGHBOUR_KM, in one of `provinces`."""
    return any(
        (
            (c.feature_class == "P" and d.feature_class == "P")
            or (c.feature_code == "ADM2" and d.feature_code == "ADM2")
        )
        and c.country_code == d.country_code
        and c.admin1 == d.admin1
        and (c.country_code, c.admin1) in provinces
        and haversine_km(c.lat, c.lon, d.lat, d.lon)
        <= (NEIGHBOUR_KM if c.feature_class == "P" else COUNTY_NEIGHBOUR_KM)
        for c in a.candidates[:MAX_CANDIDATES_IN]
        for d in b.candidates[:MAX_CANDIDATES_IN]
    )


def _in_one_province(a: Span, b: Span, provinces: set[tuple[str, str]]) -> bool:
    """Whether the first (most important) place of `b` and a place of `a` lie in one of `provinces`:
    "schools in Raigad and Ratnagiri" of a Maharashtra story, two districts 150 km apart, "petrol
    stations in Ulladulla and Narooma" of a New South Wales one (110 km). Where `b` is a town, any
    town of `a` will do ("between Nowra and Eden", 190 km apart; the best-known Eden is North
    Carolina's); where it is a division, only the first of `a`. Both dev corpora unchanged; three
    probe towns gained ("clinics in Seminole, Brownfield and Lamesa" of a Texas story)."""
    if not a.candidates or not b.candidates:
        return False  # a name the gazetteer lacks ("the village of Nagrig")
    d = b.candidates[0]
    return (
        (d.country_code, d.admin1) in provinces
        and d.feature_code != "PCLI"
        and any(
            c.country_code == d.country_code and c.admin1 == d.admin1 and c.feature_code != "PCLI"
            for c in (a.candidates[:MAX_CANDIDATES_IN] if d.feature_class == "P" else a.candidates[:1])
        )
    )


def _first_towns_in(a: Span, b: Span, provinces: set[tuple[str, str]]) -> bool:
    """Whether the best-known places of both names are towns of one of `provinces`: two listed names
    the model doubts vouch for each other there, however far apart ("Kalgoorlie and Geraldton",
    600 km apart, of a story sure of Western Australia)."""
    if not a.candidates or not b.candidates:
        return False
    c, d = a.candidates[0], b.candidates[0]
    return (
        c.feature_class == "P"
        and d.feature_class == "P"
        and (c.country_code, c.admin1) == (d.country_code, d.admin1)
        and (c.country_code, c.admin1 or "") in provinces
    )


_A_DIVISION_WORD_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_REGION_WORDS)) + r")\b")


def _sure_provinces(text: str, spans: Sequence[Span], threshold: float) -> set[tuple[str, str]]:
    """The first-level divisions the text names with confidence, as (country, name): each of a
    name's namesakes ("Punjab", Pakistan's and India's: "India's Punjab state, with Gurdaspur and
    Fazilka among the worst affected districts")."""
    return {
        (c.country_code, c.name)
        for s in spans
        if s.score >= threshold and (area := _province_named(text, s)) is not None
        for c in s.candidates
        if c is area or (c.feature_code == "ADM1" and c.name == area.name)
    }


def _province_named(text: str, span: Span) -> Candidate | None:
    """The first-level division a name names: its first candidate, or its first division where a
    division word follows ("the Donetsk region", whose first candidate is the city)."""
    if not span.candidates:
        return None
    if span.candidates[0].feature_code == "ADM1":
        return span.candidates[0]
    if _A_DIVISION_WORD_NEXT.match(text, span.end):
        return next((c for c in span.candidates if c.feature_code == "ADM1"), None)
    return None


def _doubted_after_a_preposition(
    span: Span, floor: float, threshold: float, listed: bool = False, verbs: bool = False
) -> bool:
    """Whether the model doubts a name (from `floor` up to `threshold`) that a preposition of place
    introduces (or, where `listed`, a list it ends: the caller looks; where `verbs`, an event's verb:
    "shelling hit Kherson") and that is no person's, stop word or first word of a longer name ("of
    Aston Villa")."""
    return (
        floor <= span.score < threshold
        and span.kind == "name"
        and ("prev_locative" in span.feats or listed or (verbs and "prev_event_verb" in span.feats))
        and "person_word" not in span.feats
        and "stopword" not in span.feats
        and "nextcap" not in span.feats
    )


def _doubted_name(span: Span, floor: float, threshold: float) -> bool:
    """Whether the model doubts a name the gazetteer knows (from `floor` up to `threshold`) that is
    no person's and no stop word."""
    return (
        floor <= span.score < threshold
        and span.kind == "name"
        and bool(span.candidates)
        and "person_word" not in span.feats
        and "stopword" not in span.feats
    )


ANCHOR_PLACES = 6
"""How many places of a confident name (first by importance) _near_a_confident_place takes for
towns a doubted name's town may lie near: "in Pierce" of a Nebraska paper's story is near Norfolk,
Nebraska, its fourth place by importance (Virginia's city, England's county and Virginia's county
come first). LGL +2 names (P 0.794 -> 0.795, R 0.863 -> 0.867); both dev corpora, GeoVirus and the
probes unchanged from 5 to 12 (at 4 as at 3)."""


def _near_a_confident_place(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A doubted name after a preposition of place ("near Berea"), whose town of its very name lies
    within NEIGHBOUR_KM of a town the text names with confidence, is a place: the model doubts it for
    a more important place abroad that has the name as an unrelated alias (Aleppo's "Berea"). So is
    a doubted name anywhere whose every place is such a town ("Hounslow's lead member" of a story
    sure of Brentford, 5 km off): a person's or a thing's name would have places far apart, or none."""
    anchors = [
        c
        for s in spans
        if s.score >= COORD_STRONG and s.kind == "name"
        for c in s.candidates[:ANCHOR_PLACES]
        if c.feature_class == "P" and c.match == "primary"
    ]
    if not anchors:
        return

    def near(c: Candidate) -> bool:
        return c.feature_class == "P" and any(
            haversine_km(c.lat, c.lon, a.lat, a.lon) <= NEIGHBOUR_KM for a in anchors
        )

    # the towns the text names with confidence, as their first places: a division of a doubted
    # name's own that holds one is the text's ("Cornwall and Devon have been hit by flooding; the
    # A30 is closed near Penzance")
    towns = [
        s.candidates[0]
        for s in spans
        if s.score >= COORD_STRONG
        and s.kind == "name"
        and s.candidates
        and s.candidates[0].feature_class == "P"
    ]

    def holds_a_town(c: Candidate) -> bool:
        return c.match == "primary" and c.feature_code in {"ADM1", "ADM2"} and any(c.holds(t) for t in towns)

    lifted = []
    for span in spans:
        after_a_preposition = _doubted_after_a_preposition(span, PAIR_FLOOR, threshold) or span.common
        if (
            (after_a_preposition and any(c.match == "primary" and near(c) for c in span.candidates))
            or (
                _doubted_name(span, PAIR_FLOOR if _in_a_longer_name(span) else NEIGHBOUR_FLOOR, threshold)
                and all(c.match == "primary" and near(c) for c in span.candidates)
            )
            or (
                _doubted_name(span, NEIGHBOUR_FLOOR, threshold)
                and not _in_a_longer_name(span)
                and any(holds_a_town(c) for c in span.candidates)
            )
        ):
            span.score = threshold
            lifted.append(span)
    if lifted:
        _listed_with_a_neighbour(text, spans, lifted, threshold)


def _in_a_longer_name(span: Span) -> bool:
    """Whether a capitalised word stands right before or after the name ("Nenagh MDC")."""
    return "nextcap" in span.feats or "prevcap" in span.feats


def _listed_with_a_neighbour(
    text: str, spans: Sequence[Span], lifted: Sequence[Span], threshold: float
) -> None:
    """A doubted name listed right beside a name _near_a_confident_place has just made a place, a
    town of it within NEIGHBOUR_KM of that place, is a place too, as beside a confident name
    (_coordination ran before): "Selby and Goole were on alert" of a York story, Goole a place for
    lying near York (Selby has namesakes abroad)."""
    for span in spans:
        if not NEIGHBOUR_FLOOR <= span.score < threshold or "person_word" in span.feats:
            continue
        for other in lifted:
            gap = text[span.end : other.start] if span.end <= other.start else text[other.end : span.start]
            if len(gap) < 12 and _LINK.fullmatch(gap) and _neighbours(span, other):
                span.score = threshold
                break


_COMMA_BEARING_GAP = re.compile(r",\s*(?:(?:" + _CAPITAL_BEARINGS + r")\s+)?")
"""Between a facility and its town: a comma, and a capitalised bearing of the town's that may come
before it ("in Manzil Way, East Oxford")."""


def _towns_of_us_bodies(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A doubted name right before the name of a US town's school body (_US_SCHOOLS) is that town when
    the gazetteer has a US town of the name: "Palestine Independent School District Parent
    Involvement Coordinator Craig Harris" (an LGL story) names Palestine, Texas, whatever the model
    makes of a country's name opening a sentence (_named_by_a_us_body then keeps it in the US)."""
    if not any(word in text for word in _US_BODY_WORDS):
        return  # the cheap test first
    for span in spans:
        if (
            span.kind == "name"
            and PAIR_FLOOR <= span.score < threshold
            and "person_word" not in span.feats
            and any(c.country_code == "US" and c.feature_class == "P" for c in span.candidates)
            and _US_SCHOOLS.match(text, span.end)
        ):
            span.score = threshold


_US_SCHOOLS = re.compile(rf"\s+(?:{_US_SCHOOL_BODIES})\b")
"""The school bodies of _US_LOCAL_BODY, which only US towns have (a Canadian town has a "Police
Department" too: "the Delta Police Department" of a Vancouver story is Delta, BC's)."""


METRO_CITY_IMPORTANCE = 5.0
"""A town at least this important (about 100,000 people) has a metropolitan area that news names
after it ("Metro Vancouver", "metro Atlanta")."""
_METRO_BEFORE = re.compile(r"(?<!\w)[Mm]etro \Z")


def _metropolitan_areas(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A city's name right after "Metro" names the city's metropolitan area, a place the city
    stands for: "according to Metro Vancouver", "say Metro Vancouver officials" (the regional
    district), "metro Atlanta". Alone, "Metro" is a city's rail system, no place ("a new Metro
    station"); names the gazetteer has whole are matched whole ("Metro Manila")."""
    if "etro " not in text:
        return  # the cheap test first
    for span in spans:
        if (
            span.kind == "name"
            and span.score < threshold
            and span.candidates
            and span.candidates[0].feature_class == "P"
            and span.candidates[0].match == "primary"
            and span.candidates[0].importance >= METRO_CITY_IMPORTANCE
            and _METRO_BEFORE.search(text, max(0, span.start - 7), span.start)
        ):
            span.score = threshold


def _after_a_facility(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A doubted town right after a facility the text names and a comma is where the facility is,
    a place: "airlifted to Carle Foundation Hospital, Urbana, where he died"; so is one whose
    possessive comes before a building's or a site's name ("opened at Derry’s Altnagelvin Hospital",
    "the runway at Butte’s Bert Mooney Airport"; not "Warden’s Memphis Street home", a person's)."""
    ends = {s.end for s in spans if s.kind == "facility" and s.score >= threshold}
    sites = {
        s.start
        for s in spans
        if s.kind == "facility" and s.score >= threshold and facility_meaning(s.surface) in _SITES
    }
    if not ends:
        return
    for span in spans:
        if (
            POSSESSIVE_SITE_FLOOR <= span.score < threshold
            and span.kind == "name"
            and span.possessive
            and "person_word" not in span.feats
            and any(c.feature_class == "P" for c in span.candidates[:3])
            and (gap := _POSSESSIVE_GAP.match(text, span.end)) is not None
            and gap.end() in sites
        ):
            span.score = threshold
            continue
        if (
            PAIR_FLOOR <= span.score < threshold
            and span.kind == "name"
            and span.candidates
            and span.candidates[0].feature_class == "P"
            and span.candidates[0].match == "primary"
            and "person_word" not in span.feats
            and "nextcap" not in span.feats
            and any(
                _COMMA_BEARING_GAP.fullmatch(text, end, span.start)
                for end in ends
                if span.start - 14 <= end < span.start
            )
            and _AFTER_THE_TOWN.match(text, span.end) is not None
        ):
            span.score = threshold


_AFTER_THE_TOWN = re.compile(r"\s*(?:[,.;)]|$)")
"""What follows a town that locates a facility: a comma, a full stop, the text's end."""
POSSESSIVE_SITE_FLOOR = 0.05
"""The least score of a doubted town whose possessive comes before a site's name (_after_a_facility):
GeoWebNews F1 0.9070 -> 0.9072 (Derry, and its hospital and a cancer centre then there, not in
Missouri), LGL 0.8369 -> 0.8381 (Butte of "Butte’s Bert Mooney Airport"); TR-News, GeoVirus and the
probes unchanged; the same from 0.01 to 0.1."""
_SITES = frozenset(
    {"a building", "a venue", "a site", "a campus", "an airport", "a station", "a hospital", "a prison"}
    | {"a school building", "a library building", "a military base", "a port", "a bridge", "a monument"}
)
"""Meanings of the last word of a facility's name (recognition.tsv) that make it a building or a
site a town's possessive may go before (not a road or a street: "Warden’s Memphis Street home")."""


def _countries_named(spans: Sequence[Span], threshold: float) -> set[str]:
    """The codes of the countries the text names with confidence (by their names or adjectives)."""
    return {
        s.candidates[0].country_code
        for s in spans
        if s.score >= threshold and s.candidates and s.candidates[0].feature_code == "PCLI"
    }


def _coordination(
    text: str, spans: list[Span], threshold: float, provinces: set[tuple[str, str]], named: set[str]
) -> None:
    """Names in a list with a confident place are places too: "to Zaporizhzhia and to Lviv",
    "Egypt, Qatar and the United States", "from Izium to Dnipro", the two names of a hyphenated
    compound ("Wisconsin-Milwaukee": LGL +1, both dev corpora unchanged); a name made a place this way
    vouches for the next one ("towns such as Galesburg, Macomb and Carbondale")."""
    ordered = sorted(spans, key=lambda s: s.start)
    vouched: set[int] = set()
    # `provinces`, those the text names with confidence: two doubted towns of a list that lie together
    # in one of them vouch for each other ("backed up to Duncan and Lyman" of a South Carolina story)
    # ... and `named`, the countries it names so: a sure place and a doubted name of a town in its
    # province ("a red alert for Raigad and Ratnagiri" of an Indian story naming no state), down to
    # NEIGHBOUR_FLOOR ("struck port infrastructure in Odesa and Izmail": Izmayil by another spelling
    # scores 0.05; both dev corpora unchanged from PAIR_FLOOR)
    for _ in range(2):
        ended = False  # the name before `a` was joined to it by "and"/"or": a list ends there
        for a, b in itertools.pairwise(ordered):
            gap = text[a.end : b.start]
            link = _LINK.fullmatch(gap)
            linked = (
                bool(link)
                or gap in _HYPHENS
                or (
                    bool(_FROM_TO.fullmatch(gap))
                    and text[max(0, a.start - 5) : a.start].lower().endswith("from ")
                )
            )
            joined, ended = ended, link is not None and link["conjunction"] is not None
            if joined and ended:
                continue  # "in Paducah and Murray, and the Red Cross opened": a new clause
            if not linked or "stopword" in a.feats or "stopword" in b.feats:
                continue
            for weak, strong in ((a, b), (b, a)):
                if (
                    provinces
                    and weak.score < threshold
                    and (
                        weak.score >= PAIR_FLOOR
                        or (
                            weak.score >= PROVINCE_LIST_FLOOR
                            and strong.score >= COORD_STRONG
                            and _all_in(weak, provinces)
                        )
                    )
                    and strong.score >= PAIR_FLOOR
                    and "person_word" not in weak.feats
                    and "person_word" not in strong.feats
                    and (
                        _together_in(weak, strong, provinces)
                        or (strong.score >= COORD_STRONG and _in_one_province(weak, strong, provinces))
                        # "warned that Kalgoorlie and Geraldton could see records" of a Western
                        # Australia story: two doubted towns whose best-known places both lie in it
                        or _first_towns_in(weak, strong, provinces)
                    )
                ) or (
                    NEIGHBOUR_FLOOR <= weak.score < threshold
                    and strong.score >= threshold
                    and "person_word" not in weak.feats
                    and "person_word" not in strong.feats
                    and strong.candidates
                    and (home := strong.candidates[0]).country_code in named
                    and _in_one_province(weak, strong, {(home.country_code, home.admin1 or "")})
                ):
                    weak.score = threshold
                    strong.score = max(strong.score, threshold)
                    continue
                if (
                    strong.score >= COORD_STRONG or id(strong) in vouched
                ) and "person_word" not in weak.feats:
                    if weak.score >= threshold and weak.score < COORD_STRONG:
                        # a place the model hardly accepts, listed beside a sure one, vouches for the
                        # next in turn: "Mosul, Tal Afar and Sinjar"
                        vouched.add(id(weak))
                    elif weak.score < threshold and (
                        weak.score >= 0.15
                        or (
                            weak.score >= NEIGHBOUR_FLOOR
                            and (_neighbours(weak, strong) or _of_a_listed_country(weak, strong, named))
                        )
                    ):
                        weak.score = threshold
                        vouched.add(id(weak))


def _of_a_listed_country(weak: Span, strong: Span, named: set[str]) -> bool:
    """Whether a doubted name listed with a town or an island of a country the text names with
    confidence means a town of that country too ("Crete, Rhodes and Corfu" of a Greek story: Rhodes
    is GeoNames' Ródos by its English name, and a suburb of Sydney by its own)."""
    if not strong.candidates or strong.candidates[0].feature_class not in {"P", "T"}:
        return False
    country = strong.candidates[0].country_code
    return country in named and any(
        c.country_code == country and c.feature_class == "P" for c in weak.candidates[:2]
    )


_HYPHENS = ("-", "–")
"""Between two names of one compound: "the University of Wisconsin-Milwaukee", "Russia-Turkey talks"."""


_PREPOSITION_AND_A_NAME = re.compile(
    r"\b(?:in|to|from|near|into|towards|toward)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:and|or)\s+$"
)
"""Before a name: a preposition of place, one to three capitalised words and "and": "fled north to
Anefis and Aguelhok", "relief camps in Meppadi and Kalpetta"."""
LISTED_AFTER_FLOOR = 0.15
"""The least score of a name that a preposition before its list makes a place (as COORD_STRONG's
rule asks of a name vouched for by a confident one)."""


def _after_a_preposition_and_a_name(text: str, spans: Sequence[Span], threshold: float) -> None:
    """A doubted name after "and" that closes a list a preposition of place opens is a place, though
    the name before it is one the gazetteer lacks: "to Anefis and Aguelhok", "in Meppadi and
    Kalpetta" (_coordination needs both names known)."""
    for span in spans:
        if (
            _doubted_name(span, LISTED_AFTER_FLOOR, threshold)
            and not span.surface.isupper()  # "competed in GT3 and DTM": initials
            and not _before_a_facility_word(text, span.end)  # "to Hoglan and Rogers elementary schools"
            and _PREPOSITION_AND_A_NAME.search(text, max(0, span.start - 60), span.start)
        ):
            span.score = threshold


def _after_a_places_possessive(spans: Sequence[Span], threshold: float) -> None:
    """A doubted name right after a confident place's possessive, with a place in that place's
    country, is a place: "strikes hit Gaza's Rafah", "the Gaza Strip's Rafah" (as the model accepts
    "Ukraine's Kharkiv" and "Syria's Idlib" on its own); not a name before a capitalised word ("Gaza's
    Ismail Haniyeh") or one a person's word follows. So, the other way round, is a doubted
    possessive of an area that holds the confident place after it: "residents of several towns in
    Victoria's East Gippsland" (the model doubts Victoria, an alias of Hong Kong first)."""
    ordered = sorted(spans, key=lambda s: s.start)
    for owner, span in itertools.pairwise(ordered):
        if not (owner.possessive and owner.j == span.i and owner.candidates and span.candidates):
            continue
        if (
            owner.kind == "name"
            and owner.score >= threshold
            and _doubted_name(span, POSSESSIVE_FLOOR, threshold)  # a name, no person's, no stop word
            and "nextcap" not in span.feats
            and any(c.country_code == owner.candidates[0].country_code for c in span.candidates)
        ):
            span.score = threshold
        elif (
            span.kind == "name"
            and span.score >= threshold
            and _doubted_name(owner, IN_COUNTRY_FLOOR, threshold)
            and any(c.feature_code in _SCOPES and c.holds(span.candidates[0]) for c in owner.candidates)
        ):
            owner.score = threshold


POSSESSIVE_FLOOR = 0.2
"""The least score of a doubted name that a place's possessive before it makes a place."""


IN_COUNTRY_FLOOR = 0.05
"""The least score of a doubted name that a country the text names makes a place: both dev corpora,
LGL and GeoVirus give the same names from 0.02 to 0.1 (and the probes too); below, "of" before the
name aside, "the Chamber of Commerce" and "the University of St. Thomas" became places. 0.05 since
the forty-fourth session (0.1 before): "crossed into Rwanda at Rusizi" (Cyangugu's other name,
scored 0.07) is a place; both dev corpora in both modes and the probes unchanged."""
IN_PROVINCE_FLOOR = 0.05
"""The same for a doubted name every place of which lies in a province the text names with
confidence ("bandits raided Bakura" of a story naming Zamfara and no country): both dev corpora,
LGL and GeoVirus give the same names from 0.005 to 0.35; two probe towns gained (Bakura, and
Cobargo of a New South Wales bushfire story)."""


_LEFT_FOR = re.compile(
    r"\b(?:fled|flee|flees|fleeing|left|leave|leaves|leaving|departed|depart|departs|headed|heading|bound|"
    r"set\s+(?:off|out|sail)|evacuated|sailed|flew|escaped)\b[^.;!?]*\bfor\s+\Z"
)
"""A verb of leaving, then "for" before a name: where the people went ("have fled El Geneina ... for
Adre", "the convoy left Kyiv for Lviv")."""


COUNTRY_AMONG_COUNTRIES = 3
AMONG_COUNTRIES_FLOOR = 0.15


def _a_country_among_countries(spans: Sequence[Span], threshold: float, named: set[str]) -> None:
    """A doubted country's name in a text that names COUNTRY_AMONG_COUNTRIES other countries with
    confidence is the country, unless the words after it make it a person's ("Georgia was granted
    candidate status" of a story on the EU's talks with Ukraine and Moldova; the model doubts a
    name that is also a woman's at a sentence's start)."""
    for span in spans:
        if (
            AMONG_COUNTRIES_FLOOR <= span.score < threshold
            and span.kind == "name"
            and span.candidates
            and (country := span.candidates[0]).feature_code == "PCLI"
            and len(named - {country.country_code}) >= COUNTRY_AMONG_COUNTRIES
            and "person_word" not in span.feats
            and "nextcap" not in span.feats
        ):
            span.score = threshold


def _in_a_named_country(
    text: str, spans: Sequence[Span], threshold: float, provinces: set[tuple[str, str]], named: set[str]
) -> None:
    """A doubted name after a preposition of place (not "of") or an event's verb whose best-known
    place, of its very name, lies in a country the text names with confidence is a place: "the border
    crossing at Dajabón" of a story naming the Dominican Republic, "crossed at Dorohusk" of one naming
    Poland, "shelling hit Kherson" of one naming Ukraine (event verbs: both dev corpora unchanged, one
    probe's origin gained: "buses left Eagle Pass for Chicago"); by an alternate name too ("fighting
    in Kobani" of a story naming Syria, GeoNames' ‘Ayn al ‘Arab; "in Masisi" of a Congolese one, the
    territory; GeoWebNews +1, "Maui's bigger cities" of a Hawaii story, nothing lost);
    or the last of a list such a preposition opens ("staff in Ukhia and Teknaf said", the first a
    name the gazetteer lacks). Both dev corpora, LGL and GeoVirus unchanged; five probe towns gained.
    So is such a name every place of which lies in a province the text names (IN_PROVINCE_FLOOR)."""
    # (`named`) ... or every place of which lies in a province it names so (`provinces`: "bandits
    # raided Bakura" of a story naming Zamfara and no country)
    if not named and not provinces:
        return
    lifted: set[str] = set()
    for span in spans:
        if (
            provinces
            and _doubted_after_a_preposition(span, IN_PROVINCE_FLOOR, threshold, verbs=True)
            and "w-1=of" not in span.feats
            and any(c.feature_class == "P" for c in span.candidates)
            and _all_in(span, provinces)
        ):
            span.score = threshold
            continue
        if (
            (
                _doubted_after_a_preposition(span, IN_COUNTRY_FLOOR, threshold, verbs=True)
                or (
                    _doubted_after_a_preposition(span, IN_COUNTRY_FLOOR, threshold, listed=True)
                    and (
                        _PREPOSITION_AND_A_NAME.search(text, max(0, span.start - 60), span.start) is not None
                        or (
                            "w-1=for" in span.feats
                            and _LEFT_FOR.search(text, max(0, span.start - 120), span.start) is not None
                        )
                    )
                )
            )
            and span.candidates
            and "w-1=of" not in span.feats  # "the Chamber of Commerce", "the University of St. Thomas"
            and (
                (
                    (first := span.candidates[0]).country_code in named
                    and first.feature_code != "PCLI"
                    # a province by another name than GeoNames' own: "in Saxony-Anhalt" (Sachsen-Anhalt)
                    and (first.match in {"primary", "alternate"} or first.feature_code == "ADM1")
                )
                # ... or a province by its own name there, though a town abroad comes first: "through
                # the Darien jungle" of a story naming Panama (Darien, Illinois, first)
                or any(
                    c.country_code in named and c.feature_code == "ADM1" and c.match == "primary"
                    for c in span.candidates
                )
            )
        ):
            span.score = threshold
            lifted.add(span.key)
    # ... and so are its other mentions, the model's doubts of which made it no place's name
    # (_one_sense_per_document: "refugees ... reach Birao", "have reached Birao", "on the edge of
    # Birao", "Aid reaches Birao" of a story naming the Central African Republic)
    for span in spans:
        if (
            span.key in lifted
            and span.score < threshold
            and span.kind == "name"
            and not _in_a_longer_name(span)
            and "person_word" not in span.feats
        ):
            span.score = threshold


def _ways_in_another_language(spans: Sequence[Span], threshold: float) -> None:
    """A street, a square or a station named in another language ("Place de la Republique", "Plaza
    de Mayo": candidate_spans) is a site, however little the model knows of a facility whose name
    the gazetteer lacks."""
    first, last = word_list("facility_first"), word_list("facility")
    for span in spans:
        words = span.surface.lower().split()
        if span.kind == "facility" and words[0] in first and words[-1] not in last:
            span.score = max(span.score, threshold)  # (not "the Plaza Hotel": a facility of its last word)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _before_a_facility_word(text: str, end: int) -> bool:
    """Whether the word after a name is a facility's (recognition.tsv), which the name qualifies."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) in word_list("facility")


def _facilities_over_their_names(spans: Sequence[Span], threshold: float) -> None:
    """A facility phrase that starts with the name of a sea or an ocean is that facility, not the
    water, which holds no road or building: "the Pacific Highway was cut", "Atlantic Avenue"; so is
    one that starts with a name a place has only as a part of its own ("South Georgia Medical
    Center" is no South Georgia and the South Sandwich Islands, "a West Valley College student" no
    West Valley City, "London’s Heathrow Animal Reception Center" no London Heathrow Airport). (Not
    for other names: TR-News annotates "Barren County" in "Barren County Detention Center", where
    GeoWebNews annotates the facility.)"""
    names = {
        s.i: s
        for s in spans
        if s.kind == "name"
        and s.score >= threshold
        and s.candidates
        and (s.candidates[0].feature_class == "H" or _a_places_part_alias(s))
    }
    if not names:
        return
    for f in spans:
        name = names.get(f.i)
        if (
            f.kind == "facility"
            and f.score < threshold
            and name is not None
            and name.j < f.j
            and f.surface.rsplit(None, 1)[-1].lower() in _BUILT
        ):
            f.score = name.score


def _a_places_part_alias(span: Span) -> bool:
    """Whether a name is a place's only by a part of its name ("Emirates" of the United Arab
    Emirates, "West Valley" of West Valley City): before a word for something built it names that
    ("the Emirates Stadium", "a West Valley College student"), as a place's own name does not
    ("Congo Square" is still a square named after Congo)."""
    top = span.candidates[0]
    return top.match == "alternate" and alias_shape(span.key, fold(top.name)) == "part"


_BUILT = frozenset(
    {"highway", "motorway", "road", "street", "avenue", "boulevard", "bridge", "airport", "station"}
    | {"hospital", "center", "centre", "school", "university", "college", "stadium", "arena", "hotel"}
    | {"mall", "museum", "library", "plaza", "square", "prison"}
)
"""Facility words of things built, which no sea holds (not a coast: "Florida's Gulf Coast" is the
Gulf of Mexico's)."""


def _without_bearings_of_the_next(text: str, spans: list[Span]) -> list[Span]:
    """A name of bearings alone right before another place's name is that place's part, not a
    place of its own: "Far North" of "Far North Queensland" (the gazetteer's Far North is a region
    of Cameroon's); the place takes the bearing as its part (northern Queensland)."""
    directions = _word_lists().direction
    out = []
    for k, span in enumerate(spans):
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if (
            nxt is not None
            and span.kind == "name"
            and nxt.kind == "name"
            and text[span.end : nxt.start] == " "
            and all(w.lower() in directions or w.lower() == "far" for w in span.surface.split())
        ):
            continue
        out.append(span)
    return out


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """A facility phrase that is kept replaces the names inside it; a name the gazetteer knows
    ("JFK Airport") replaces the facility phrase of the same words."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.kind == "facility")):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


_COMMA_QUALIFIER = re.compile(r",\s*([A-Z]\. [A-Z][a-z]{0,3}\.|[A-Z][\w.]*\.|[A-Z]\w*(?: [A-Z][\w.]*)?)")
"""A comma and a one- or two-word name ("Alexandria, La.", "Greenwood, W. Va.", "Tacoma, New
Mexico"), no word after a full stop ("Paris, Idaho. Mr. Carlsen") nor across a line ("Paris,
Illinois." and a new line)."""


def _siblings_listed(text: str, end: int, qualifier: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether a name and the first-level division after its comma are two of a list of divisions,
    not a town and its state: the name may be a division of the same country by its own name, and
    the list goes on after the division ("the southeast, including Enugu, Anambra and Imo" are
    three states, not Enugu-Ukwu of Anambra; "Tehran, Isfahan or Mashhad"). Not "New York, New
    York", nor "Springfield, Illinois, and Dallas" (Springfield is no state)."""
    return (
        qualifier.feature_code == "ADM1"
        and _LIST_GOES_ON.match(text, end) is not None
        and any(
            c.feature_code == "ADM1" and c.country_code == qualifier.country_code and c.name != qualifier.name
            for c in candidates
        )
    )


_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")
"""After a name, the words that go on with a list."""


_COMMA_GAP = re.compile(r",\s*")
_IN_QUALIFIER = re.compile(r" in ([A-Z]\w*(?: [A-Z]\w*)?)(?![\w-])")
"""A name after "in" that may hold the place before it: "Paris in Texas", "Diffa in Niger"."""
_POSSESSIVE_QUALIFIER = re.compile(r"(?<![\w.])([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})['’]s $")
"""A country's or a province's possessive right before a name: "India's Punjab state", "Russia's
Samara region"."""


_IN_GAP = re.compile(
    # the rest of a facility's name first: "Riley Hospital for Children in Indianapolis"
    r"(?:\s+for(?:\s+(?:and|&|of|the|[A-Z][\w'’.-]*)){1,6}?)?"
    r"\s+(?:(?:county|district|province|region|area)\s+of\s+"
    r"|(?:(?:county|district|village|town|township|city|province|region|area|camp)\s+)?"
    r"(?:in|at|near|outside|inside)\s+)(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:(?:neighbou?ring|nearby|restive|remote|rural|war-torn|troubled|landlocked)\s+)?"
)
"""Between a facility or a name the gazetteer lacks and the place the text puts it in: "the town
of Paletwa in neighbouring Chin state", "Zamzam camp near the northern city of El Fasher", "the
Gondra district of Uttar Pradesh"."""
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_SITE_OF_GAP = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){0,2}")
"""Between a place and a site it holds, in the possessive: "London's Great Ormond Street Hospital",
"Paris' iconic Champs-Elysees boulevard" (a name ending in "s" takes the apostrophe alone; up to
two words in small letters between)."""
_WHERE_GAP = re.compile(r",\s+where\s[^.;:!?\n]{0,100}")
"""Between a town and a name the gazetteer lacks in the clause "where" opens after it: the name is
in the town ("to Paris, where he met Macron at the Elysee Palace")."""
_A_SETTLEMENT_IN = re.compile(
    r",\s+an?\s+(?:[a-z][\w-]*\s+){0,2}(?:village|town|hamlet|settlement|city)\s+(?:in|near|outside)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
)
"""Between a name the gazetteer lacks and the place the text puts it in: "Jindires, a town in the
Afrin region", "Kfar Kila, a border village in southern Lebanon"."""
_VILLAGE_IN = re.compile(
    r"(?:\s+|,\s+an?\s+(?:small\s+|remote\s+)?)(?:(?:village|hamlet)\s+(?:in|near|outside)|area\s+of)\s+(?:the\s+)?"
)
"""Between a village's name and the place the text puts it in or near ("stormed Mushu village in
Bokkos", "Pazigyi, a village in Kanbalu"), or an area's and the county it is of ("the Rice Lake
area of Fulton County"): the place lies there (Mention.offset, at no distance), not at a namesake
abroad (Muş in Turkey) or in another state (Rice Lake, Wisconsin)."""


_CAPITALS = re.compile(r"\bthe\s+(?:country's\s+|nation's\s+)?capital['’]s\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?\Z")
"""Before a name, the capital's own: "the capital's crowded townships of" Kanyama, "the capital's"
Karrada district."""


def _in_the_capital(text: str, m: Mention, before: Sequence[Mention]) -> Mention:
    """A name that the text calls the capital's ("Cases have spread from the capital's crowded
    townships of Kanyama and Chawama to the Copperbelt" of a Lusaka story) lies in the capital the
    text named last, where the gazetteer lacks it or has it only abroad (a Kanyama of Congo), not at
    the place named nearest to it."""
    if "capital" not in text[max(0, m.start - 60) : m.start] or not _CAPITALS.search(
        text, max(0, m.start - 60), m.start
    ):
        return m
    for prev in reversed(before):
        if prev.candidates and prev.candidates[0].feature_code == "PPLC":
            return dataclasses.replace(m, located_in=prev.start)
    return m


_BEARING_ONLY = re.compile(
    r",\s+(?:just\s+|due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|port)\s+of\s+)?"
)
"""Between a name and the place it lies by, with no distance: ", north-west of Avdiivka", ", just
south of the city of Kherson"."""


def _the_finer_area(text: str, mentions: Sequence[Mention], k: int) -> Mention:
    """The k-th mention, or the one its possessive names ("in Nigeria's northwestern Zamfara
    state": Zamfara)."""
    if (
        k + 1 < len(mentions)
        and mentions[k + 1].candidates
        and _SITE_OF_GAP.fullmatch(text, mentions[k].end, mentions[k + 1].start)
    ):
        return mentions[k + 1]
    return mentions[k]


def _lacked_in(text: str, m: Mention, nxt: Mention) -> bool:
    """Whether `m` names a town that its qualifier, the next name of the text (", Hampshire", "is a
    town in Trinidad and Tobago"), holds no place of; not in a list ("Saipan, Guam, Alaska")."""
    q = m.qualifier
    return (
        q is not None
        and m.kind == "name"
        and bool(m.candidates)
        and m.candidates[0].feature_class == "P"
        and q.feature_code in _SCOPES
        and nxt.candidates[:1] == (q,)  # an area first ("Vancouver, Calgary, ..." is a list of towns)
        and q.match != "demonym"  # "Kursk, Ukrainian drones hit", "Caracas, Colombian officials said"
        and not _LIST_GOES_ON.match(text, nxt.end)
        # "Madison, Montgomery, Preble or Warren counties": a list of counties, no town in one
        and not _LAST_OF_A_PLURAL_LIST.match(text, nxt.end)
        and not any(q.holds(c) for c in m.candidates)
    )


_LIST_GOES_ON = re.compile(r"(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z]")
"""After the next name, the list goes on: ", Ohio", ", and Ohio", " and Virginia" ("Missouri, New York,
North Carolina and Virginia" is no town of New York lacked in North Carolina)."""


def _qualifies_the_town(m: Mention) -> bool:
    """Whether `m`, after a town and a comma, names the state or country that holds it ("Louisville,
    Kentucky"), not the next town of a list."""
    return (
        m.kind == "name"
        and m.candidates[:1] != ()
        and m.candidates[0].feature_code in _SCOPES
        and any(c.feature_class == "P" and m.candidates[0].holds(c) for c in m.qualifies)
    )


def _the_holder(text: str, mentions: Sequence[Mention], k: int) -> Mention:
    """The mention the k-th names the area of, where a division follows it with a possessive
    ("Mali's Mopti region", "Egypt's Gharbia governorate": Mopti, Gharbia); else the k-th."""
    nxt = mentions[k]
    after = mentions[k + 1] if k + 1 < len(mentions) else None
    if (
        after is not None
        and after.candidates[:1]
        and (after.candidates[0].feature_code in {"ADM1", "ADM2"} or after.cue in {"province", "region"})
        and _POSSESSIVE_GAP.fullmatch(text, nxt.end, after.start)
    ):
        return after
    return nxt


def _mark_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each name right after another and a comma carries the other's candidates (`qualifies`):
    "Tacoma, Washington" and "Atlanta, Georgia" name the state the city is in. A facility or a
    name the gazetteer lacks notes the name the text says it is in (`located_in`): the next
    one after "in" or "at", or the one before it with a possessive ("London's ...")."""
    out: list[Mention] = []
    scope: Candidate | None = None  # "In Tennessee, ...": the area the rest of the sentence is in
    scope_end = -1
    ends: list[int] | None = None  # where the text's sentences end, found when a scope opens
    for k, m in enumerate(mentions):
        prev = out[-1] if out else None
        if (
            scope is not None
            and m.start < scope_end
            and m.kind == "name"
            and m.qualifier is None
            and any(scope.holds(c) for c in m.candidates)
        ):
            m = dataclasses.replace(m, qualifier=scope)
        if (
            prev is not None
            and prev.candidates
            and m.candidates
            and (
                _COMMA_GAP.fullmatch(text, prev.end, m.start)
                # "Diffa in Niger": the area after "in" that holds the place is the one meant
                or (prev.kind == "name" and m.kind == "name" and text[prev.end : m.start] == " in ")
            )
        ):
            m = dataclasses.replace(m, qualifies=prev.candidates)
        elif (
            prev is not None
            and prev.kind == "name"
            and m.kind in {"name", "facility"}
            and prev.candidates
            and m.candidates
            and _POSSESSIVE_GAP.fullmatch(text, prev.end, m.start)
        ):
            # "London's Heathrow (Animal Reception Center)": each name carries the other's candidates
            m = dataclasses.replace(m, beside=prev.candidates)
            out[-1] = dataclasses.replace(prev, beside=m.candidates)
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.kind == "facility" or not m.candidates:
            if nxt is not None and nxt.candidates and _IN_GAP.fullmatch(text, m.end, nxt.start):
                # "the village of Djiguibombo in central Mali's Mopti region": in Mopti
                m = dataclasses.replace(m, located_in=_the_holder(text, mentions, k + 1).start)
            elif nxt is not None and nxt.candidates and _A_SETTLEMENT_IN.fullmatch(text, m.end, nxt.start):
                # "Jindires, a town in the Afrin region": there, not at the story's nearest town
                # ("Nagrig, a village in Egypt's Gharbia governorate": in Gharbia)
                m = dataclasses.replace(m, located_in=_the_holder(text, mentions, k + 1).start)
            elif (
                _names_a_town(nxt)
                and not m.candidates
                and _AREA_OF_THE_TOWN.fullmatch(text, m.end, nxt.start)
            ):
                # "the Amalfi Coast town of Positano": the area the gazetteer lacks is where its town is
                m = dataclasses.replace(m, located_in=nxt.start)
            elif prev is not None and prev.candidates and _SITE_OF_GAP.fullmatch(text, prev.end, m.start):
                m = dataclasses.replace(m, located_in=prev.start)
            elif _names_a_town(prev) and _WHERE_GAP.fullmatch(text, prev.end, m.start):
                # "then to Paris, where he met President Emmanuel Macron at the Elysee Palace"
                m = dataclasses.replace(m, located_in=prev.start)
            elif (
                nxt is not None
                and nxt.kind == "name"
                and nxt.candidates[:1]
                and (
                    nxt.candidates[0].feature_code in {"ADM1", "ADM2"}
                    # "study sites ... Pailin, Cambodia; Pingilikani, Kenya": a name the gazetteer
                    # lacks, then its country
                    or (not m.candidates and nxt.candidates[0].feature_code == "PCLI")
                    # "Carle Foundation Hospital, Urbana,": a facility, then the town it is in
                    or (
                        m.kind == "facility"
                        and facility_meaning(m.text) is not None
                        and nxt.candidates[0].feature_class == "P"
                        and _AFTER_THE_TOWN.match(text, nxt.end) is not None
                    )
                )
                and _COMMA_GAP.fullmatch(text, m.end, nxt.start)
            ):
                m = dataclasses.replace(m, located_in=nxt.start)  # "in Yard, Texas"
        if m.located_in is None and m.kind == "name":
            m = _in_the_capital(text, m, out)
        if m.located_in is None and m.kind == "name":
            m = _in_town(text, m, prev, nxt)
        if nxt is not None and nxt.candidates and (offset := _offset(text, m.end, nxt.start)) is not None:
            if prev is not None and m.qualifies and _qualifies_the_town(m):
                # "Louisville, Kentucky, about 35 miles south of Austin": the distance is the town's
                out[-1] = dataclasses.replace(prev, offset=(*offset, nxt.start))
            elif not (m.candidates and all(c.feature_code in {"PCLI", "ADM1"} for c in m.candidates)):
                # no country or state lies so many miles from a town: "a city in Brown County, South
                # Dakota, United States, 125 miles (201 km) northeast of Pierre" measures the city
                m = dataclasses.replace(m, offset=(*offset, nxt.start))
        elif (
            nxt is not None
            and nxt.candidates
            and m.kind == "name"
            and m.candidates
            and _VILLAGE_IN.fullmatch(text, m.end, nxt.start)
        ):
            holder = _the_finer_area(text, mentions, k + 1)
            if (
                holder.candidates[0].feature_code in _SCOPES
                and not any(c.feature_code in {"PCLI", "ADM1"} for c in m.candidates)
                and not any(holder.candidates[0].holds(c) for c in m.candidates)
            ):
                # "a raid on Kaura village in Nigeria's northwestern Zamfara state": no Kaura the
                # gazetteer has lies in Zamfara (its Kaura is Kaduna's, 400 km off): one it lacks
                m = dataclasses.replace(m, candidates=(), located_in=holder.start)
            else:
                m = dataclasses.replace(m, offset=(0.0, 0.0, nxt.start))  # at the place it is in
        elif (
            nxt is not None
            and nxt.candidates
            and m.kind == "name"
            and not m.candidates
            and _BEARING_ONLY.fullmatch(text, m.end, nxt.start)
        ):
            # "the village of Prohres, north-west of Avdiivka": a name the gazetteer lacks, a
            # bearing and no distance, lies by that place (not at the dateline's Kyiv)
            m = dataclasses.replace(m, offset=(0.0, 0.0, nxt.start))
        if m.kind == "name" and m.candidates and m.qualifier is None:
            area = _defined_in(text, mentions, k)
            if area is not None:
                m = dataclasses.replace(m, qualifier=area, defined=True)
        if nxt is not None and _lacked_in(text, m, nxt):
            # "Thruxton, Hampshire", "Santa Cruz is a town in Trinidad and Tobago": the town the text
            # puts in an area the gazetteer has no town of that name in is one it lacks, and stands there
            m = dataclasses.replace(m, candidates=(), located_in=nxt.start)
        out.append(m)
        if (
            m.candidates
            and m.candidates[0].feature_code in _SCOPES
            and text.startswith(",", m.end)
            and _SCOPE_OPENS.search(text, max(0, m.start - 12), m.start)
        ):
            ends = ends if ends is not None else [sentence.end for sentence in sentences(text)]
            scope, scope_end = m.candidates[0], next((e for e in ends if e > m.end), len(text))
    return _such_as_cues(text, _plural_cues(text, _lists(text, _measured_lists(text, out))))


_PART_WORD = r"(?:suburbs?|neighbou?rhoods?|districts?|quarters?|boroughs?)"
_PART_OF_TOWN = re.compile(rf"(?:['’]s(?:\s+[\w-]+)?|)\s+{_PART_WORD}\s+of\s+")
"""Between a town and a part of it: "the Cincinnati suburb of West Chester", "Cairo's gated suburb
of Madinaty", "the Cairns suburbs of Edmonton, Mount Sheridan"."""
_PART_WORD_AFTER = re.compile(rf"\s+{_PART_WORD}\b")
_PART_BEFORE_TOWN = re.compile(
    rf"\s+{_PART_WORD}\s+(?:of|in)\s+|,\s+(?:an?|the|one)\s+(?:[\w-]+\s+){{0,3}}?{_PART_WORD}\s+(?:of|in)\s+"
)
"""Between a part of a town and the town: "the Deering neighborhood in Portland", "El Olivar, a
hillside district of Viña del Mar"."""


def _in_town(text: str, m: Mention, prev: Mention | None, nxt: Mention | None) -> Mention:
    """A name the text calls a part of a town notes the town (`located_in`): "the Cincinnati suburb
    of West Chester" (and each name of a list after it), "Cairo's Abbasiya neighbourhood", "the
    Deering neighborhood in Portland". "The A suburb of B" may say either ("the Crown Heights
    neighborhood of Brooklyn"): each of the two notes the other, and resolution tells which is the
    town (the two places near each other, or the larger)."""
    if prev is not None and prev.candidates:
        if _PART_OF_TOWN.fullmatch(text, prev.end, m.start):
            return dataclasses.replace(m, located_in=prev.start)
        if (
            prev.kind == "name"
            and prev.located_in is not None
            and prev.located_in < prev.start
            and _LINK.fullmatch(text, prev.end, m.start)
        ):
            return dataclasses.replace(m, located_in=prev.located_in)  # the list goes on
        if _POSSESSIVE_GAP.fullmatch(text, prev.end, m.start) and _PART_WORD_AFTER.match(text, m.end):
            return dataclasses.replace(m, located_in=prev.start)
    if nxt is not None and nxt.candidates and _PART_BEFORE_TOWN.fullmatch(text, m.end, nxt.start):
        return dataclasses.replace(m, located_in=nxt.start)
    if _names_a_town(nxt) and _NEAR_TOWN.fullmatch(text, m.end, nxt.start):
        return dataclasses.replace(m, located_in=nxt.start)  # "from El Palmar near Murcia"
    if (
        _names_a_town(m)
        and _names_a_town(nxt)
        and text[m.end : nxt.start] == " in "
        and m.candidates[0].importance < PART_MAX_IMPORTANCE
        and m.candidates[0].feature_code != "PPLC"
    ):
        # "April 25 in Hopkins Park in DeKalb": a small town's name in another town is a part of it
        # (a park, a district, a school), not the village of that name 100 km off
        return dataclasses.replace(m, located_in=nxt.start)
    return m


PART_MAX_IMPORTANCE = 5.0
"""A name whose best-known place is a town of about 100,000 people or more (or a capital) is no
part of the town the text puts it in: "talks between Kinshasa and Kigali in Luanda" (_in_town)."""


def _names_a_town(m: Mention | None) -> TypeGuard[Mention]:
    """Whether `m` is a name whose best-known place is a town."""
    return m is not None and m.kind == "name" and bool(m.candidates) and m.candidates[0].feature_class == "P"


_NEAR_TOWN = re.compile(r",?\s+(?:just\s+)?(?:near|outside)\s+")
"""Between a place and a town it lies by: "Alcaraz, from El Palmar near Murcia" (a town of the
name near Murcia, else Murcia itself: the gazetteer's El Palmars are in Guatemala and Panama),
"Bucha, outside Kyiv"."""


_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}  # fmt: skip
_KM_PER = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
           "kms": 1.0, "miles": 1.609344, "mile": 1.609344, "mi": 1.609344}  # fmt: skip
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "a hundred": 100}  # fmt: skip
_UNIT_THEN_BEARING = (
    r"(?P<unit>" + "|".join(_KM_PER) + r")\b\.?(?:\s*\([^)]{0,30}\))?\s+(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
)
"""A unit, an aside ("(19 miles)") and a bearing: "km (19 miles) to the north-west"."""
_UNIT_AND_BEARING = _UNIT_THEN_BEARING + r"\s+of\s+"
"""The same, from a place: "km (19 miles) to the north-west of "."""
_OFFSET = re.compile(
    r"(?:\s+(?:village|town|camp|area))?,?\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:town|village|city|hamlet|settlement|camp|area|district|locality|community|base|port|site)\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|almost|approximately|just|only|over|under|more\s+than|"
    r"less\s+than|located|situated|lying)\s+)*"
    r"(?P<n>\d{1,5}(?:[.,]\d+)?|"
    + "|".join(_NUMBER_WORDS)
    + r")\s*-?\s*"
    + _UNIT_AND_BEARING
    + r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|capital|village|port)\s+(?:of\s+)?)?"
)
"""What the text says between a name and the one it is measured from: "Yambali village, about 600 km
northwest of Port Moresby", "Tawila, a town some 60 km to the west of El Fasher", "Bucha, 30 km
(19 miles) northwest of Kyiv", "two miles south of the town of Holliday"."""


_MEASURED_FROM = re.compile(r"\b" + _UNIT_AND_BEARING + r"(?:the\s+)?\Z")
"""The end of a distance and a bearing before a name: "about 30 km east of" Miranshah."""


_AGED_OF = re.compile(r", \d{1,3}, of \Z")
"""A person's age and "of" before a name: "Jeremy Watson, 30, of" Ten Mile."""


def _lives_in(text: str, tokens: Sequence[Token], span: Span) -> bool:
    """Whether the name follows a person's age and "of": "Jeremy Watson, 30, of" Ten Mile."""
    return (
        span.i >= 4
        and tokens[span.i - 1].text == "of"
        and _AGED_OF.search(text, max(0, span.start - 12), span.start) is not None
    )


_COMPASS_BEFORE_OF = frozenset(_BEARINGS) | {f"{a}-{b}" for a in ("north", "south") for b in ("east", "west")}
"""Bearings in lower case before "of" and a name: what a bearing is taken from is a place."""
_AS_FAR_AS = re.compile(
    r"\b(?:from\s+as\s+far|as\s+far\s+(?:away|afield|off|north|south|east|west|inland|upstream|"
    r"downstream))\s+as\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""A reach before a name: "felt as far away as Valdosta", "from as far as Mombasa"; not a bare "as
far as", which is as often "as far as Smith can tell"."""


_DISTANCE_AWAY = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?\d{1,4}\s*"
    + _UNIT_THEN_BEARING
    + r"\b(?!\s+of\b)"
)
"""A distance and a bearing after a name, from a place the text has named before: "after capturing
Sake, about 25 km to the west"."""


def _measured_after(text: str, end: int) -> bool:
    """Whether a distance and a bearing from a name follow: ", about 60 km south of Jos", ", about
    25 km to the west"."""
    if not text.startswith(",", end):
        return False
    if _DISTANCE_AWAY.match(text, end):
        return True
    found = _OFFSET.match(text, end)
    return found is not None and text[found.end() : found.end() + 1].isupper()


def _measured_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each name of a list before a distance and a bearing is measured so: "the attacks hit Mushu and
    Bokkos, about 60 km south of the state capital Jos"."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        offset = out[k].offset
        if (
            offset is not None
            and out[k - 1].offset is None
            and _LINK.fullmatch(text, out[k - 1].end, out[k].start)
        ):
            out[k - 1] = dataclasses.replace(out[k - 1], offset=offset)
    return out


def _offset(text: str, end: int, start: int) -> tuple[float, float] | None:
    """(kilometres, bearing) when text[end:start] says how far and which way a place lies from the
    name at `start`."""
    if text.find(" of ", end, start) < 0:
        return None  # the cheap test first: most names are not measured from another
    found = _OFFSET.fullmatch(text, end, start)
    if found is None:
        return None
    number = found["n"].lower()
    km = float(_NUMBER_WORDS.get(number) or number.replace(",", "")) * _KM_PER[found["unit"].lower()]
    return km, _BEARINGS[found["dir"].lower().replace("-", "")]


_SCOPES = frozenset({"PCLI", "ADM1", "ADM2"})
_SCOPE_OPENS = re.compile(r"(?:\A|[.!?][\"'”’)]*\s+|\n\s*)In\s+\Z")
"""A sentence that opens with "In" and an area and a comma speaks of places in that area: "In
Tennessee, four people died in Lake County and Obion County" (Lake County, Tennessee, not the
larger one of Illinois); each later name of the sentence that has a place there is qualified by
it, as after "Lake County, Tennessee"."""


_DEFINITION = re.compile(
    r"\s+(?:is|was|lies)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:city|town|village|hamlet|municipality|commune|community|settlement|suburb|borough|township"
    r"|census-designated place|neighbou?rhood|locality|parish|port|capital|seat|county|district"
    r"|province|state|region|island)\s+(?:\([A-Z]+\)\s+)?(?:(?:located|situated)\s+in\s+|in\s+|of\s+)"
    r"(?:and\s+the\s+county\s+seat\s+of\s+)?"
    r"|(?:located|situated)\s+in\s+)(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
    r"(?:(?:province|state|county|region|department|district|governorate)\s+of\s+)?"
)
"""What a text that defines a place says between its name and the area holding it: "Paris is a
city in Lamar County", "Lima is a city in and the county seat of Allen County", "Santa Cruz is a
municipality in the province of Laguna", "Cordoba is a city in central Argentina", "Kingston is
located in Ulster County", "Lima is the county seat of Allen County" (the openings of
encyclopaedia articles and of local news explainers)."""


_PEOPLE_OF_A_PLACE = frozenset(
    {"resident", "residents", "native", "natives", "townspeople", "villagers"}
    | {"councillor", "councillors", "councilor", "councilors", "ward"}
)
"""Words after a name for the people who live in or come from it, or who stand for it: "Greymouth
resident John Smith", "Corsham residents", "a Konduga native", "a Nenagh councillor", "Brentford
ward councillor Ruth Cadbury"."""
_A_PERSON = frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "youth", "couple", "family", "mother", "father"}
)
"""Nouns of a person or a household that a place's name before them says where they live: "a South
St. Paul man", "an Independence teenager", "a Lancaster mother" (_a_person_from)."""


def _a_person_from(tokens: Sequence[Token], span: Span) -> bool:
    """Whether the name stands between "a" and a noun of a person (_A_PERSON) as a place's own
    name, not an adjective of a people or a faith ("an Arab woman" is no Arab, Alabama; "a
    Christian family" no Christian County); or opens a headline's sentence so, with no article,
    where it is no common word ("Crafton man suing WPXI over photo mix-up", not "Young man
    arrested": Young, Uruguay)."""
    return (
        (
            (span.i >= 1 and tokens[span.i - 1].text.lower() in {"a", "an"})
            or ("sent_start" in span.feats and span.key not in lowercase_words())
        )
        and span.j < len(tokens)
        and tokens[span.j].text in _A_PERSON
        and any(c.match == "primary" for c in span.candidates)
        and not any(c.match == "demonym" for c in span.candidates)
    )


_PLACE_SUFFIXES = frozenset({"-area", "-born", "-based"})
"""What a hyphen adds to a place's name: "Corsham-area residents", "a Greymouth-born actor"."""
_APPOSITIVE_PLACE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:town|city|village|hamlet|suburb|port|municipality|"
    r"settlement|commune|community|district|province|region|county|island)"
    r"(?=\s+(?:of|in|on|near|north|south|east|west|about|some|where|that|which|with|across|along)\b"
    r"|\s+\d|\s*[,.;:)])"
)
"""An apposition that says what the name before it is: "Tawila, a town some 60 km west of El
Fasher", "Jindires, a town 60 km northwest of Aleppo", "Hinche, the capital's neighbour city in the
Centre department", "Corsham, a market town in Wiltshire" (not "Smith, a town councillor", nor
"Quetta, the capital of Balochistan province": the province is another's)."""


def _defines(text: str, end: int) -> bool:
    """Whether the text after a name defines it as a place in a named area ("Selby is a market
    town in North Yorkshire")."""
    found = _DEFINITION.match(text, end)
    return found is not None and text[found.end() : found.end() + 1].isupper()


def _defined_in(text: str, mentions: Sequence[Mention], k: int) -> Candidate | None:
    """The area the text defines mentions[k] to lie in, where it does: of the names after the
    definition, the first with a country or division candidate, the one a name after it and a comma
    holds ("Lamar County, Texas" is Texas' Lamar County)."""
    if k + 1 >= len(mentions) or not _DEFINITION.fullmatch(text, mentions[k].end, mentions[k + 1].start):
        return None
    chain = [mentions[k + 1]]
    while (
        len(chain) < 3
        and (nxt := k + 1 + len(chain)) < len(mentions)
        and _COMMA_GAP.fullmatch(text, chain[-1].end, mentions[nxt].start)
    ):
        chain.append(mentions[nxt])
    for n, named in enumerate(chain):
        areas = [c for c in named.candidates if c.feature_code in _SCOPES]
        if not areas:
            continue
        holders = chain[n + 1].candidates if n + 1 < len(chain) else ()
        held = [a for a in areas if any(h.holds(a) for h in holders)]
        return (held or areas)[0]
    return None


def _lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each name of a list of names ("Springfield, Decatur and Bloomington") with the offsets of
    the others (`listed_with`)."""
    groups: list[list[int]] = []
    for k, m in enumerate(mentions):
        if (
            k
            and m.candidates
            and mentions[k - 1].candidates
            and _LINK.fullmatch(text, mentions[k - 1].end, m.start)
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    out = list(mentions)
    for group in groups:
        if len(group) > 1:
            starts = [mentions[k].start for k in group]
            for k in group:
                out[k] = dataclasses.replace(
                    mentions[k], listed_with=tuple(s for s in starts if s != mentions[k].start)
                )
    return out


_PLURAL_CUES = {"counties": "county", "provinces": "province", "states": "province", "regions": "region",
                "districts": "county", "governorates": "province", "oblasts": "province",
                "prefectures": "province", "cantons": "province", "parishes": "county"}  # fmt: skip
"""As _CUES, for the plural division words."""
_PLURAL_CUE = re.compile(r"\s+(" + "|".join(_PLURAL_CUES) + r")\b")
_LAST_OF_A_PLURAL_LIST = re.compile(r"(?:,?\s+(?:and|or)\s+[A-Z][\w'’.-]*)?" + _PLURAL_CUE.pattern)
"""After a name, the end of a list of divisions: "..., Preble or Warren counties"."""


def _listed_divisions(text: str, spans: list[Span], threshold: float) -> None:
    """Names listed before a plural division word are places where the gazetteer has a division of
    each: "a state of emergency for Sharkey, Humphreys, Carroll and Monroe counties" (the model
    doubts a rare county's bare name)."""
    if not any(word in text for word in _PLURAL_CUES):
        return  # the cheap test first (substrings, a tenth of a regular expression's search): most
        # texts list no divisions so
    ordered = sorted((s for s in spans if s.kind == "name" and s.candidates), key=lambda s: s.start)
    for k in range(len(ordered) - 1, -1, -1):
        if not _PLURAL_CUE.match(text, ordered[k].end):
            continue
        j = k
        while True:
            span = ordered[j]
            if "person_word" in span.feats or not any(
                c.feature_class == "A" and c.feature_code != "PCLI" for c in span.candidates
            ):
                break
            span.score = max(span.score, threshold)
            if j == 0 or not _LINK.fullmatch(text, ordered[j - 1].end, span.start):
                break
            j -= 1


_SUCH_AS_CUES = {"states": "province", "provinces": "province", "countries": "country", "nations": "country",
                 "cities": "city", "towns": "city", "villages": "city", "counties": "county",
                 "regions": "region", "districts": "county"}  # fmt: skip
_SUCH_AS = re.compile(
    r"\b("
    + "|".join(_SUCH_AS_CUES)
    + r"),?\s+(?:such\s+as|like|including|as\s+diverse\s+as)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _such_as_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names listed after a plural place noun and "such as" are all of that kind: "western states
    such as California or Washington" (the state, not the capital), "cities like Paris and Lyon",
    "in 11 districts, including Feni, Noakhali, Cumilla and Lakshmipur"."""
    if not any(word in text for word in (" such as ", " like ", " including ", " as diverse as ")):
        return mentions  # the cheap test first
    out = list(mentions)
    for k, m in enumerate(out):
        found = _SUCH_AS.search(text, max(0, m.start - 40), m.start) if m.candidates else None
        if found is None:
            continue
        cue = _SUCH_AS_CUES[found.group(1).lower()]
        j = k
        while True:
            out[j] = dataclasses.replace(out[j], cue=out[j].cue or cue)
            if j + 1 >= len(out) or not _LINK.fullmatch(text, out[j].end, out[j + 1].start):
                break
            j += 1
    return out


def _plural_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """A list of names before a plural division word are all divisions: "Montgomery and Miami
    counties", "Kassala and Gedaref states"; so are those after the word and "of" ("the states of
    Kassala and Gedaref", "the provinces of Lao Cai, Yen Bai and Cao Bang": both dev corpora, LGL
    and GeoVirus unchanged; seven probe names become their divisions, and "to Cusco" after "the
    regions of Puno and Cusco" follows it, as one name is one place)."""
    out = list(mentions)
    for k in range(len(out) - 1, -1, -1):
        found = _PLURAL_CUE.match(text, out[k].end)
        if not found or not out[k].candidates:
            continue
        cue = _PLURAL_CUES[found.group(1)]
        out[k] = dataclasses.replace(out[k], cue=cue)
        j = k
        while j > 0 and out[j - 1].candidates and _LINK.fullmatch(text, out[j - 1].end, out[j].start):
            q = out[j - 1].qualifier
            # "Madison, Morgan and Lawrence counties": a list, not Madison in Morgan County
            listed_as_qualifier = q is not None and any(c.place_id == q.place_id for c in out[j].candidates)
            out[j - 1] = dataclasses.replace(
                out[j - 1], cue=cue, qualifier=None if listed_as_qualifier else q
            )
            out[j] = dataclasses.replace(out[j], qualifies=()) if listed_as_qualifier else out[j]
            j -= 1
    # "the states of Kassala and Gedaref": a plural division word and "of" before the list
    if " of " in text:
        for k, m in enumerate(out):
            if not m.candidates or text[max(0, m.start - 4) : m.start] != " of ":
                continue  # the cheap test first: "of" right before the name
            found = _PLURAL_CUE_BEFORE.search(text, max(0, m.start - 20), m.start)
            if found is None:
                continue
            cue = _PLURAL_CUES[found.group(1)]
            j = k
            while True:
                if out[j].candidates and out[j].cue is None:
                    out[j] = dataclasses.replace(out[j], cue=cue)
                if j + 1 >= len(out) or not _LINK.fullmatch(text, out[j].end, out[j + 1].start):
                    break
                j += 1
    return _counties_named_in_full(out)


_COUNTY_WORDS = (" county", " parish", " district")


def _counties_named_in_full(mentions: list[Mention]) -> list[Mention]:
    """A county's bare name before a plural division word has the candidates of its full name where
    the text also names it so: "between Walton and Oconee counties" of a story naming "Walton
    County" is one name with it, and so one place (the bare name's own candidates, its towns and
    every Walton County, are another decision, which the resolver may take otherwise)."""
    if not any(m.cue == "county" for m in mentions):
        return mentions
    full = {fold(m.text): m.candidates for m in mentions if m.candidates and m.cue != "county"}
    out = list(mentions)
    for k, m in enumerate(out):
        if m.cue != "county" or not m.candidates:
            continue
        key = fold(m.text)
        named = next((full[key + w] for w in _COUNTY_WORDS if key + w in full), None)
        if named is not None:
            out[k] = dataclasses.replace(m, candidates=named)
    return out


_PLURAL_CUE_BEFORE = re.compile(r"\b(" + "|".join(_PLURAL_CUES) + r")\s+of\s+$")
"""Before a list of names, a plural division word and "of": "the states of Kassala and Gedaref"."""


_AREA_NOUNS = frozenset(
    {"suburbs", "suburb", "outskirts", "districts", "neighbourhoods", "neighborhoods", "parts", "areas"}
    | {"reaches", "regions", "provinces", "states", "counties", "villages", "towns"}
)
"""Nouns of the areas of a place that a bearing picks out: "Beirut's southern suburbs", "the northern
outskirts of Kharkiv", "Syria's eastern provinces"."""


def _part_named_around(tokens: Sequence[Token], span: Span, directions: dict[str, str]) -> str | None:
    """The part of the place a bearing and an area noun name around its name: after its possessive
    ("Beirut's southern suburbs") or before "of" ("the northern outskirts of Kharkiv"); the mention
    stays the name, and the part makes its region, as "southern Beirut" would."""
    n = len(tokens)
    if (
        span.possessive
        and span.j + 1 < n
        and tokens[span.j].text.lower() in directions
        and tokens[span.j + 1].text.lower() in _AREA_NOUNS
    ):
        return directions[tokens[span.j].text.lower()]
    if (
        span.i >= 3
        and tokens[span.i - 1].text == "of"
        and tokens[span.i - 2].text.lower() in _AREA_NOUNS
        and tokens[span.i - 3].text.lower() in directions
        and not _one_of_the_areas(tokens[span.i - 2].text.lower(), span)
    ):
        return directions[tokens[span.i - 3].text.lower()]
    return None


_DIVISIONS_NOUNS = frozenset({"regions", "provinces", "states", "counties", "districts"})
_SETTLEMENTS_NOUNS = frozenset({"villages", "towns"})


def _one_of_the_areas(noun: str, span: Span) -> bool:
    """Whether the name after "the <bearing> <noun> of" is one of those areas, not the place they
    lie in: "the southern states of Chiapas and Tabasco" (two states, not Chiapas's south), "the
    northern provinces of Phu Tho and Yen Bai", "the border villages of Khiam and Kfar Kila"; but
    "the eastern provinces of Ukraine" and "the northern districts of Kharkiv", a city first. A name
    with a division among its places is a division after the words of divisions ("the eastern
    regions of Donetsk and Luhansk", whose cities share their names), but for "districts", which
    a city has too, only if a division is its first sense."""
    if not span.candidates:
        return False
    if noun in _DIVISIONS_NOUNS:
        senses = span.candidates[:1] if noun == "districts" else span.candidates
        return any(c.feature_class == "A" and not c.feature_code.startswith("PCL") for c in senses)
    return noun in _SETTLEMENTS_NOUNS and span.candidates[0].feature_class == "P"


def _with_the_division(
    gaz: Gazetteer, name: str, word: str, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The candidates of a name a division word follows, the divisions the gazetteer knows by the
    name and the word together first ("Kursk region" is Kurskaya oblast')."""
    whole = [c for c in gaz.lookup(f"{name} {word}") if c.feature_class == "A"]
    return (*whole, *(c for c in candidates if c not in whole))


def _cue_held_by_the_country(tokens: Sequence[Token], k: int, span: Span, gaz: Gazetteer) -> bool:
    """Whether the cue word at k, before a country's name across "of", speaks of a division the
    country holds, not of the country: with a direction before the name ("the copper-rich province
    of southeastern Congo" is no Brazilian municipality called Congo) or after a named province
    ("the Jiangsu province of eastern China" is no Mexican town of China); not "the state of
    Georgia", "the US state of Georgia" nor "the Indian state of Punjab"."""
    if k >= span.i or not any(c.feature_code == "PCLI" for c in span.candidates):
        return False
    if any(t.text.lower() in word_list("direction") for t in tokens[k + 2 : span.i]):
        return True
    if k < 1 or not tokens[k - 1].text[:1].isupper():
        return False
    before = gaz.lookup(tokens[k - 1].text)
    return bool(before) and before[0].feature_class == "A" and before[0].feature_code != "PCLI"


def _mention(
    text: str, tokens: Sequence[Token], span: Span, gaz: Gazetteer, breaks: Sequence[int] = ()
) -> Mention:
    """The mention of an accepted span; `breaks`, the offsets of the text's line breaks, number its
    paragraph."""
    part = part_start = None
    directions = word_list("direction")
    if span.i > 0 and tokens[span.i - 1].text.lower() in directions and span.kind == "name":
        part = directions[tokens[span.i - 1].text.lower()]
        part_start = tokens[span.i - 1].start
    elif span.kind == "name":
        part = _part_named_around(tokens, span, directions)
    cue = None
    named_area = office = False
    candidates = span.candidates
    for k in (span.i - 1, span.j, span.i - 2, span.i - 3):  # the nearest word first
        if k == span.j and span.end < tokens[span.j - 1].end and text[span.end] in "-–":
            continue  # "the Paris-Henry County Heritage Center": the county word is Henry's
        if (
            0 <= k < len(tokens)
            and tokens[k].text.lower() in _CUES
            and _cue_reaches(tokens, k, span.i)
            # not across a line: a headline's last word ("... in Kasai province") is no cue of the
            # dateline under it ("KINSHASA (AP)")
            and "\n" not in text[min(tokens[k].end, span.end) : max(tokens[k].start, span.start)]
            and not _cue_held_by_the_country(tokens, k, span, gaz)
        ):
            cue = _CUES[tokens[k].text.lower()]
            if tokens[k].text.lower() == "state" and not any(c.feature_code == "ADM1" for c in candidates):
                # "The Columbia State Lyceum Committee": a college's; no state bears the name
                cue = None
                break
            if tokens[k].text.lower() == "district" and _only_us_style_counties(candidates):
                # "businesses in the Lancaster district" of a Lancashire story: a district named
                # after its town, which the gazetteer lacks, not Lancaster County, Nebraska (a
                # county is called so by its own name, never "district")
                cue = None
                break
            # "the Kharkiv region", "Cebu province" (not "the Asian-Pacific region": the word is the
            # compound's; nor "Mexico's state oil company")
            named_area = (
                k == span.j
                and cue in AREA_CUES
                and not span.possessive
                and not (span.start > 0 and text[span.start - 1] in "-–")
            )
            if k == span.j and span.possessive and tokens[k].text.lower() == "capital":
                # "in Sinaloa's capital Culiacan": the name is the area that holds the capital, not
                # a town (the Chiapas hamlet of Sinaloa; but "Paris's mayor" is the city's)
                codes = {c.feature_code for c in candidates}
                cue = "country" if "PCLI" in codes else "province" if codes & {"ADM1", "ADM2"} else None
            if cue in {"province", "county"} and tokens[k].text.lower() != "premier" and not span.possessive:
                # "the Georgia state line", "Georgia Gov. Brian Kemp": a division's word says the
                # name is no country's where a division bears it too ("Mexico's state oil company"
                # is the country's)
                divisions = tuple(
                    c for c in candidates if c.feature_class == "A" and c.feature_code != "PCLI"
                )
                if divisions and len(divisions) < len(candidates):
                    candidates = tuple(c for c in candidates if c.feature_code != "PCLI")
            break
    if (
        cue in AREA_CUES
        and span.kind == "name"
        and span.j < len(tokens)
        and tokens[span.j].text.lower() in _CUES
        and not any(c.feature_class == "A" and c.feature_code != "PCLI" for c in candidates)
    ):
        # "Russia's Kursk region": the gazetteer knows the oblast as "Kursk region", which "Kursk"
        # alone does not find
        candidates = _with_the_division(gaz, span.surface, tokens[span.j].text.lower(), candidates)
    if (
        cue is None
        and span.kind == "name"
        and _in_a_list_of_divisions(text, tokens[span.j - 1])
        and (word := _division_of_the_list(text, span.end)) is not None
        and not (_CUES[word] == "county" and any(c.feature_code in {"PCLI", "ADM1"} for c in candidates))
    ):
        # "drones launched from Kursk and Bryansk regions": each name of the list is the division
        # (not the towns that give the oblasts their names; "Ohio and Kentucky counties" are no
        # counties of those names)
        cue = _CUES[word]
        # ... which the gazetteer may know only by the name and the word (as above)
        candidates = _with_the_division(gaz, span.surface, word, candidates)
    if cue is None and span.kind == "name" and (apposition := _APPOSITIVE_PLACE.match(text, span.end)):
        # "In Hatay, the worst-hit province," is the province (not Antakya, also called Hatay)
        cue = _CUES.get(apposition.group(0).rsplit(None, 1)[-1].lower())
    if (
        cue is None
        and _governs(tokens, span.j)
        and any(c.feature_code in {"ADM1", "ADM2"} for c in span.candidates)
    ):
        # "New York's attorney general", "the Washington legislature": the state's own office or
        # body, where no country bears the name ("Mexico's attorney general" is the country's)
        office = _a_division_office(tokens, span.j) and not any(
            c.feature_code == "PCLI" for c in span.candidates
        )
        if span.end == tokens[span.j - 1].end or office:  # not "the Tripoli-based government"
            # "Quebec Health Minister", "the Ontario government": the province, not its capital
            # (but "Washington's government" is the nation's, that a capital names)
            cue = "province"
    if (
        cue is None
        and _heads_a_nation(tokens, span.j)
        and any(c.feature_code == "PCLI" for c in span.candidates)
    ):
        cue = "country"  # "Djibouti's president" of a DJIBOUTI dateline: the country, not its capital
    qualifier = None
    m = _COMMA_QUALIFIER.match(text, span.end)
    if m:
        # "W. Va." is written "W.Va." in the gazetteer
        said = m.group(1).replace(". ", ".") if m.group(1)[1:3] == ". " else m.group(1)
        looked = gaz.lookup(said)
        areas = [c for c in looked if c.feature_code in _SCOPES]
        # "Dade County, Georgia": the area of the name that holds a place of the span's (the US
        # state, not the country); else the area the name means first ("HOLLIDAY, Mo."), not one of
        # its lesser senses ("New York City, Long Island, ...": the island, not a Bahamian district)
        qualifier = next(
            (a for a in areas if any(a.holds(c) for c in span.candidates)),
            looked[0] if areas and looked[0] is areas[0] else None,
        )
        if qualifier is not None and _siblings_listed(text, m.end(), qualifier, span.candidates):
            qualifier = None
    elif span.kind == "name" and (
        m := _POSSESSIVE_QUALIFIER.search(text, max(0, span.start - 40), span.start)
    ):
        # "Pakistan's Punjab province ... India's Punjab state": the possessive area that holds a
        # place of the name says which (not "Trump's Washington": no area), among places of the
        # kind the name means first ("Florida's Gulf Coast" is the gulf's, not Gulf County's)
        kind = span.candidates[0].feature_class if span.candidates else ""
        qualifier = next(
            (
                c
                for c in gaz.lookup(m.group(1))
                if c.feature_code in {"PCLI", "ADM1"}
                and any(c.holds(h) for h in span.candidates if h.feature_class == kind)
            ),
            None,
        )
    if qualifier is None and span.kind == "name" and (m := _IN_QUALIFIER.match(text, span.end)):
        # "in" qualifies only an area that holds a place of the name ("Paris in Texas"; not "the
        # OAS in Washington", no place of which is in Washington state)
        qualifier = next(
            (
                c
                for c in gaz.lookup(m.group(1))
                if c.feature_code in _SCOPES and any(c.holds(h) for h in span.candidates)
            ),
            None,
        )
    if span.j < len(tokens) and span.kind == "name" and not any(c.feature_code == "ADM1" for c in candidates):
        word = tokens[span.j].text
        if word.islower() and word in DIVISION_WORDS and _joined(text, tokens[span.j - 1], tokens[span.j]):
            # "the Kursk region" is Kurskaya oblast', which the gazetteer calls "Kursk region" (not
            # "Kursk", which is the town): the division joins the town as a candidate, also where a
            # lesser division abroad bears the town's name ("the Tula region": not Tula, Tamaulipas)
            have = {c.place_id for c in candidates}
            named = tuple(
                c
                for c in gaz.lookup(f"{span.surface} {word}")
                if c.feature_class == "A" and c.place_id not in have
            )
            candidates = named + candidates
    if (
        cue is None
        and span.kind == "name"
        and span.j < len(tokens)
        and tokens[span.j].text in _EPONYM_WORDS
        and _joined(text, tokens[span.j - 1], tokens[span.j])
        and candidates
        and candidates[0].feature_class == "P"  # "the Miami County Commission" is the county's own
    ):
        cue = "eponym"  # "the Venice Commission", "the Minsk Agreements": named after the famous place
    if (
        cue is None
        and qualifier is None  # "the University of Birmingham in Alabama"
        and span.kind == "name"
        and span.i >= 2
        and tokens[span.i - 1].text == "of"
        and tokens[span.i - 2].text == "University"
        and candidates
        and candidates[0].feature_class == "P"
        # a state's or a country's university is in it ("the University of Georgia")
        and not any(c.feature_code in {"ADM1", "PCLI"} for c in candidates)
    ):
        cue = "eponym"  # "the University of Cambridge" is England's, whatever the text's other places
    kind = span.kind
    if kind == "name" and _names_streets(text, span.start, span.end, candidates):
        # "at Orange and White streets": a street of the text's town, not Orange, California
        candidates, kind = (), "facility"
    return Mention(
        text=span.surface,
        start=span.start,
        end=span.end,
        candidates=candidates,
        kind=kind,
        score=span.score,
        part=part,
        part_start=part_start,
        cue=cue,
        qualifier=qualifier,
        paragraph=bisect.bisect_left(breaks, span.start) if breaks else 0,
        named_area=named_area,
        office=office,
    )


_EPONYM_WORDS = frozenset(
    {"Commission", "Agreement", "Agreements", "Accord", "Accords", "Protocol", "Convention", "Conventions"}
    | {"Treaty", "Declaration", "Process", "Format", "Principles", "Consensus", "Charter", "Statute"}
)
"""After a town's name, words of an agreement or a body named after where it was made or sits: its
name means the best-known place of the name, wherever the text is ("the Venice Commission" of a
story about Ukraine and the US is no Venice of California); a division's body is its own ("the
Miami County Commission")."""

_WAY_PLURALS = ("streets", "avenues", "roads", "boulevards", "lanes", "drives")
_WAY_WORDS = r"(?:" + "|".join(_WAY_PLURALS) + r")\b"
_A_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_REST_OF_LIST = rf"(?:, {_A_NAME})*,? (?:and|&) {_A_NAME}"
_MORE_STREETS = re.compile(rf"{_REST_OF_LIST} {_WAY_WORDS}")
_STREETS_AFTER = re.compile(rf"(?:{_REST_OF_LIST})? {_WAY_WORDS}")
_AT_A_CORNER = r"\b(?:at|of|near|between|off|along|down|past|across|onto) "
_AT_A_CORNER_BEFORE = re.compile(rf"{_AT_A_CORNER}\Z")
_LISTED_BEFORE = re.compile(rf"{_AT_A_CORNER}{_A_NAME}(?:, {_A_NAME})*(?:, |,? (?:and|&) )\Z")
_SETTLEMENT_PLURALS = (" districts", " villages", " municipalities", " communes", " townships", " camps")
_SETTLEMENTS_LIST = re.compile(
    rf"\b(?:in|at|near|from|to|across|of|around|between) ({_A_NAME}{_REST_OF_LIST}) "
    rf"(?:{'|'.join(word.strip() for word in _SETTLEMENT_PLURALS)})\b"
)
"""A list of names a plural word of settlements ends, after a preposition: "killing at least 153
people in Jajarkot and Rukum West districts"."""


_PLURAL_WORDS = (*_WAY_PLURALS, *(f" {word}" for word in _WATER_PLURALS))
_STREET_LIST = re.compile(rf"{_AT_A_CORNER}({_A_NAME}{_REST_OF_LIST}) {_WAY_WORDS}")
_WATER_LIST = re.compile(rf"\bthe ({_A_NAME}{_REST_OF_LIST}){_WATERS.pattern}")
_NAME_IN_LIST = re.compile(_A_NAME)


_LIST_OF_NAMES = re.compile(rf"{_A_NAME}{_REST_OF_LIST}")
_LIST_OF_NAMES_BEFORE = re.compile(rf"({_A_NAME}{_REST_OF_LIST}) \Z")
_LAST_OF_A_LIST = re.compile(rf"(?:and|or|&) {_A_NAME} \Z")
DIVISIONS_LIST_CHARS = 200
"""How far before a plural division word a list of its names may start."""


def _divisions_listed_short(
    text: str, tokens: Sequence[Token], spans: list[Span], gaz: Gazetteer
) -> list[Span]:
    """Each name of a list that a plural division word leads ("the provinces of Nyanza, Rift Valley,
    North Eastern and Western") or ends ("Nyanza and North Eastern provinces") that the gazetteer has
    only with the division's word ("North Eastern Province", "Western Province": Kenya's until 2013)
    is that division; no other span was found for it (a direction, a stop word, no name alone).
    Returns the new spans."""
    if not any(word in text for word in _LISTED_DIVISIONS):
        return []  # the cheap test first (substrings)
    out: list[Span] = []
    at: dict[int, int] = {}
    ends: dict[int, int] = {}
    for plural in _PLURAL_DIVISION_WORD.finditer(text):
        if text.endswith("the ", 0, plural.start()) and text.startswith(" of ", plural.end()):
            listed = _LIST_OF_NAMES.match(text, plural.end() + 4)
            names = listed.group(0) if listed else ""
        elif _LAST_OF_A_LIST.search(text, max(0, plural.start() - 40), plural.start()) is None:
            continue  # the cheap test first: no "and" before the last name ("the United States")
        else:
            listed = _LIST_OF_NAMES_BEFORE.search(
                text, max(0, plural.start() - DIVISIONS_LIST_CHARS), plural.start()
            )
            names = listed.group(1) if listed else ""
        if listed is None:
            continue
        word = _LISTED_DIVISIONS[plural.group(1)]
        base = listed.start()
        if not at:
            at = {t.start: k for k, t in enumerate(tokens)}
            ends = {t.end: k + 1 for k, t in enumerate(tokens)}
        for found in _NAME_IN_LIST.finditer(names):
            name = found.group(0).split(". ")[0].rstrip(".")  # "... and Western. Officials said"
            start, end = base + found.start(), base + found.start() + len(name)
            if start not in at or end not in ends:
                continue
            i, j = at[start], ends[end]
            if any(
                sp.i < j and sp.j > i and sp.candidates and not (i <= sp.i and sp.j <= j) for sp in spans
            ) or any((sp.i, sp.j) == (i, j) and sp.candidates for sp in spans):
                continue  # (spans inside the name give way, as one without a place does: "Rift Valley")
            whole = tuple(
                c
                for c in gaz.lookup(f"{name} {word}")
                if c.feature_class in {"A", "L"} and c.feature_code != "PCLI"
            )
            if whole:
                spans[:] = [sp for sp in spans if sp.j <= i or sp.i >= j]
                surface = text[start:end]
                span = Span(i, j, start, end, surface, fold(surface), whole, "name")
                span.score = PLACE_NOUN_SCORE
                out.append(span)
    return out


_OWNERS = frozenset({"PCLI", "ADM1", "CONT"})
"""The first places of names whose roads or rivers a plural word speaks of, which are no roads or
rivers themselves: "icy Ohio and Kentucky roads", "the Texas and Oklahoma rivers"."""


def _names_streets(text: str, start: int, end: int, candidates: Sequence[Candidate]) -> bool:
    """Whether the name at text[start:end] is one of a list of streets that a plural way word
    ends, after a word of where: "at Goodwin and Pinevale streets", "the corner of Lakeview and
    Harrison streets", "rolled down Bourbon and Dauphine streets" (each name is a street, the word
    said once for all). Not one name ("on London streets", "Texas roads" are the place's), nor a
    country's or a state's ("icy Ohio and Kentucky roads")."""
    if candidates and candidates[0].feature_code in _OWNERS:
        return False
    before = text[max(0, start - 80) : start]
    if _AT_A_CORNER_BEFORE.search(before):
        return _MORE_STREETS.match(text, end) is not None  # the first name of the list
    return _LISTED_BEFORE.search(before) is not None and _STREETS_AFTER.match(text, end) is not None


_GOVERNING = frozenset(
    {"minister", "ministry", "government", "legislature", "lawmakers", "legislators", "assembly"}
)


_STATE_OFFICES = (("attorney", "general"), ("attorneys", "general"), ("secretary", "of", "state"))
"""The offices a division has as a country has ("New York's attorney general", "Georgia Secretary
of State Brad Raffensperger"): a name with a division among its places is that division's."""
_OFFICE_FIRST_WORDS = frozenset(office[0] for office in _STATE_OFFICES)


def _a_division_office(tokens: Sequence[Token], j: int) -> bool:
    """Whether the words at j name an office or a body of a division's own (`_STATE_OFFICES`, its
    legislature), which no capital stands for."""
    if j >= len(tokens):
        return False
    word = tokens[j].text.lower()
    if word == "legislature":
        return True
    return word in _OFFICE_FIRST_WORDS and any(
        tuple(t.text.lower() for t in tokens[j : j + len(office)]) == office for office in _STATE_OFFICES
    )


def _governs(tokens: Sequence[Token], j: int) -> bool:
    """Whether the words right after a name (at j) are its government's: "Quebec Health Minister",
    "the Ontario government", "Texas lawmakers", "the Bihar assembly election", "New York's
    attorney general"."""
    if j < len(tokens) and tokens[j].text.lower() in _GOVERNING:
        return True
    if _a_division_office(tokens, j):
        return True
    return (
        j + 1 < len(tokens)
        and tokens[j].text[:1].isupper()
        and tokens[j + 1].text.lower() in {"minister", "ministry"}
    )


_NATION_HEADS = frozenset({"president", "prime", "parliament", "army", "military"})
"""Words right after a name that make it a country's ("Djibouti's president", "the Kuwait
parliament"; "prime" of "prime minister")."""


def _heads_a_nation(tokens: Sequence[Token], j: int) -> bool:
    """Whether the words right after a name (at j) are its nation's head's or body's: "Djibouti's
    president", "Singapore Prime Minister Lawrence Wong", "Kuwait's parliament"."""
    if j >= len(tokens) or tokens[j].text.lower() not in _NATION_HEADS:
        return False
    return tokens[j].text.lower() != "prime" or (
        j + 1 < len(tokens) and tokens[j + 1].text.lower() == "minister"
    )


def _cue_reaches(tokens: Sequence[Token], k: int, i: int) -> bool:
    """Whether the cue word at k speaks of the name at i: right before or after it, or before it
    across "of" and a direction ("the city of Homs", "the province of northern Idlib"), not across a
    verb ("the province would sue Ottawa")."""
    between = [t.text.lower() for t in tokens[k + 1 : i]]
    if between == ["."] and tokens[k].text == "Co":
        return True  # "Co. Cork": County Cork
    return not between or (between[0] == "of" and all(w in word_list("direction") for w in between[1:]))


_AREAS = frozenset({"CONT", "RGN", "OCN", "SEA"})


def mentions_for_spans(text: str, spans: Sequence[tuple[int, int]], *, gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for given character spans (gold-span mode): no recognition, only candidates.

    A span the gazetteer does not know as a whole is looked up by the longest known name
    inside it ("Florida Atlantic University" -> Florida).
    """
    tokens = tokenize(text)
    token_starts = [t.start for t in tokens]
    connectors = word_list("connector")
    directions = word_list("direction")
    breaks = _line_breaks(text)
    # the direction words listed before a name that begins with another ("North" of "North and
    # South Korea"), by (start, end): the places of their own names, as the recogniser has them
    elided: dict[tuple[int, int], tuple[Candidate, ...]] = {}
    for start, end in spans:
        i, j = (
            _tokens_of_span(tokens, token_starts, start, end)
            if 0 <= start < end <= len(text)
            else (None, None)
        )
        if i is None or j is None or (d := _leading_direction(text, tokens, i, j + 1)) is None:
            continue
        for k in _elided_directions(tokens, d):
            _, found = _elided_name(text, tokens, k, tokens[d + 1].start, end, gazetteer)
            if found:
                elided[tokens[k].start, tokens[k].end] = found
    out = []
    for start, end in sorted(spans):
        if not (0 <= start < end <= len(text)):
            continue
        surface = text[start:end]
        key, found, possessive = _lookup(gazetteer, surface)
        found = elided.get((start, end), found)
        if found and not possessive and (first := bisect.bisect_left(token_starts, start)) < len(tokens):
            found = _named_with_the(tokens, first, surface, found, gazetteer)
        if not found:
            found = tuple(gazetteer.lookup(surface))
        i, j = _tokens_of_span(tokens, token_starts, start, end)
        kind = "demonym" if found and found[0].match == "demonym" else "name"  # as recognise() has it
        if not found and i is not None and j is not None and j > i:
            after_direction = tokens[i].text.lower() in directions
            rest = _lookup(gazetteer, text[tokens[i + 1].start : end])[1] if after_direction else ()
            area = bool(rest) and (rest[0].feature_class == "A" or rest[0].feature_code in _AREAS)
            if area and rest[0].match != "demonym":
                # "South Florida", "Western US": the area named, with the part the word names, as
                # the recogniser has "southern Syria" ("West Chester", "South Plains" are places
                # of their own). GeoWebNews given gold names +3, TR-News -1 ("Southern California"
                # is annotated at a point in it, 385 km from California's)
                first = tokens[i + 1].start
                span = Span(i + 1, j + 1, first, end, surface, fold(surface), rest, kind, score=1.0)
                out.append(dataclasses.replace(_mention(text, tokens, span, gazetteer, breaks), start=start))
                continue
        if not found and i is not None and j is not None and j > i and tokens[j].text.lower() in _NAMED_AFTER:
            # "Washington Township", "Tennessee Colony": a settlement the gazetteer lacks, not the
            # place it is named after (_named_after_a_place)
            span = Span(i, j + 1, start, end, surface, key, (), "name", score=1.0)
            out.append(_mention(text, tokens, span, gazetteer, breaks))
            continue
        if not found and i is not None and j is not None:
            found = _inner_candidates(text, tokens, i, j + 1, gazetteer, connectors, demonyms=True)
            kind = "facility"
        if i is None or j is None:
            paragraph = bisect.bisect_left(breaks, start) if breaks else 0
            out.append(
                Mention(text=surface, start=start, end=end, candidates=found, kind=kind, paragraph=paragraph)
            )
            continue
        span = Span(i, j + 1, start, end, surface, key, found, kind, possessive, score=1.0)
        mention = _mention(text, tokens, span, gazetteer, breaks)
        out.append(mention)
    # "the South" of a text that names South Korea is South Korea, as the recogniser has it
    named = [(m.text, m.candidates) for m in out if m.kind == "name" and m.candidates]
    for n, m in enumerate(out):
        at = bisect.bisect_left(token_starts, m.start)
        if (
            m.text in _COMPASS
            and at < len(tokens)
            and token_starts[at] == m.start
            and _the_bearing_alone(tokens, at)
            and (country := _country_of_the_bearing(m.text, named))
        ):
            out[n] = dataclasses.replace(m, candidates=country)
    out = _divisions_named_short(out)
    _mark_the_dateline(text, out)
    out = _initials_as_named(
        _cities_as_named(_areas_abroad_of_a_town(text, _towns_named_after_areas(text, out)))
    )
    out = _rivers_by_their_banks(text, _counties_named_short(out, gazetteer), gazetteer)
    return _named_by_a_us_body(text, _mark_qualifiers(text, _facilities_as_named(out)), gazetteer)


def _only_us_style_counties(candidates: Sequence[Candidate]) -> bool:
    """Whether the name's divisions are all counties named with their word ("Lancaster County",
    "Cameron Parish"), and there is one."""
    divisions = [c for c in candidates if c.feature_class == "A" and c.feature_code != "PCLI"]
    return bool(divisions) and all(c.name.endswith((" County", " Parish")) for c in divisions)


def _cities_as_named(mentions: list[Mention]) -> list[Mention]:
    """ "The City of X" of a text that names a town X alone too is that town, whichever the text's
    X is: "the City of Richmond’s public works department" of a Richmond, Kentucky story is no
    independent city of Virginia, the one place GeoNames calls so."""
    towns = {
        fold(m.text): m.candidates
        for m in mentions
        if m.kind == "name" and any(c.feature_class == "P" for c in m.candidates)
    }
    return [
        dataclasses.replace(m, candidates=found)
        if m.kind == "name"
        and (key := fold(m.text)).startswith("city of ")
        and (found := towns.get(key.removeprefix("city of "))) is not None
        else m
        for m in mentions
    ]


_BANK_OF_THE = re.compile(r"\bbanks? of the\s+\Z")
"""Before a river's name: "the left bank of the Dnipro", "the banks of the Mississippi"."""


def _rivers_by_their_banks(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A name after "bank of the" is the river of the name where the gazetteer has one as "X
    River": "Krynky on the left bank of the Dnipro" is the Dnieper, not the city of Dnipro; "the
    banks of the Mississippi", "the east bank of the Jordan" are rivers, not a state and a country."""
    if "bank" not in text:
        return mentions  # (the cheap test first)
    out = []
    for m in mentions:
        if m.kind == "name" and _BANK_OF_THE.search(text, max(0, m.start - 20), m.start):
            rivers = tuple(c for c in gaz.lookup_folded(f"{fold(m.text)} river") if c.feature_class == "H")
            rivers = rivers or tuple(c for c in m.candidates if c.feature_class == "H")
            if rivers:
                m = dataclasses.replace(m, candidates=rivers)
        out.append(m)
    return out


COUNTY_TOWNS = 2
"""How many of the text's other names must have a town in a county for its short name to be it."""


def _counties_named_short(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A name X is "X County" where the text names the county's province or state and
    COUNTY_TOWNS towns of it, and X has no place in it: "the largest tax increase ... came from
    Oxford MPP Ernie Hardeman ... Oxford's municipal leaders" of a story of Woodstock, Tillsonburg
    and Ontario is Oxford County, Ontario (whose seat Woodstock is), not Oxford, England. Not where
    the state has a town of the name ("Orange" of a story of Anaheim and Irvine, "Hamilton" of one
    of Cincinnati and Norwood, Ohio)."""
    states = {
        (c.country_code, c.admin1)
        for m in mentions
        for c in m.candidates[:1]
        if c.feature_code == "ADM1" and m.kind == "name"
    }
    if not states:
        return mentions  # (the cheap test first: most texts name no province or state)
    # the counties the names' places lie in, each with the names that have a place there
    county_names: dict[tuple[str, str | None, str], set[str]] = {}
    for m in mentions:
        for c in m.candidates:
            if c.admin2 and c.feature_class == "P" and (c.country_code, c.admin1) in states:
                county_names.setdefault((c.country_code, c.admin1, fold(c.admin2)), set()).add(fold(m.text))
    held = {area[2] for area, names in county_names.items() if len(names) >= COUNTY_TOWNS}
    if not held:
        return mentions
    out = []
    for m in mentions:
        key = fold(m.text)
        whole = f"{key} county"
        if m.kind == "name" and whole in held:
            # no town of the name in the county's state: "Hamilton" of a story of Cincinnati and
            # Norwood, Ohio may be the city of Hamilton, Ohio as well as Hamilton County
            inside = {(c.country_code, c.admin1) for c in m.candidates if c.feature_class == "P"}
            counties = [
                c
                for c in gaz.lookup_folded(whole)
                if c.feature_code == "ADM2"
                and (c.country_code, c.admin1) not in inside
                and len(county_names.get((c.country_code, c.admin1, whole), set()) - {key}) >= COUNTY_TOWNS
            ]
            if len(counties) == 1:
                m = dataclasses.replace(m, candidates=(counties[0],))
        out.append(m)
    return out


def _divisions_named_short(mentions: list[Mention]) -> list[Mention]:
    """A name the text also writes whole with its division word is that division where the
    gazetteer has no town or country of it: "North Eastern Province ... the provinces of Nyanza, Rift
    Valley, North Eastern" (not Fiji's Eastern division), "Rift Valley Province ... Rift Valley". Not
    a town's name ("the Kharkiv region" and the city of Kharkiv; "New York State" and New York)."""
    whole: dict[str, Candidate] = {}
    for m in mentions:
        short, _, word = fold(m.text).rpartition(" ")
        if short and word in _REGION_WORDS and m.candidates and m.candidates[0].feature_class in {"A", "L"}:
            whole.setdefault(short, m.candidates[0])
    if not whole:
        return mentions
    out = []
    for m in mentions:
        division = whole.get(fold(m.text))
        if (
            division is not None
            and (m.kind == "name" or (m.kind == "facility" and not m.candidates))  # "Rift Valley"
            and not any(c.feature_class == "P" or c.feature_code == "PCLI" for c in m.candidates)
        ):
            m = dataclasses.replace(m, candidates=(division,), kind="name")
        out.append(m)
    return out


def _tokens_of_span(
    tokens: Sequence[Token], token_starts: Sequence[int], start: int, end: int
) -> tuple[int | None, int | None]:
    """The first and last tokens of a given span, or None where the span does not start (end) at
    a word. A span may end inside a word, before its possessive or a hyphen ("Arizona State
    University" of "Arizona State University's", "New York" of "New York-based"), and start inside
    one after a hyphen ("Turkish" of "Syrian-Turkish"): the word holding the edge is the span's, so
    that the words around it are read as the recogniser reads them."""
    i = bisect.bisect_right(token_starts, start) - 1
    j = bisect.bisect_left(token_starts, end) - 1
    if i < 0 or j < i or tokens[i].end <= start or tokens[j].end < end:
        return None, None
    if start != tokens[i].start and tokens[i].text[start - tokens[i].start - 1] != "-":
        return None, None
    if end != tokens[j].end and not _EDGE_AFTER.match(tokens[j].text, end - tokens[j].start):
        return None, None
    return i, j


_EDGE_AFTER = re.compile(r"['’]s?$|-")
"""What may follow a span's end inside its last word: a possessive or a hyphen."""


_LINE_BREAK = re.compile("\n")


def _line_breaks(text: str) -> list[int]:
    """The offsets of the text's line breaks (news gives a paragraph a line)."""
    return [found.start() for found in _LINE_BREAK.finditer(text)] if "\n" in text else []


def _facilities_as_named(mentions: list[Mention]) -> list[Mention]:
    """A facility whose name holds a place the text names on its own is at that place: "the
    Montgomery County History Center" of a story that names Montgomery County (Iowa's, as the rest
    of the text says) takes that name's candidates, so one name is one place in the text, where the
    facility alone would go by the most important place inside its name (Montgomery, Alabama)."""
    named = {fold(m.text): m.candidates for m in mentions if m.kind == "name" and m.candidates}
    if not named:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "facility":
            words = fold(m.text).split()
            inner = next(
                (
                    named[key]
                    for length in range(len(words) - 1, 0, -1)
                    for a in range(len(words) - length + 1)
                    if (key := " ".join(words[a : a + length])) in named
                ),
                None,
            )
            if inner is not None and inner != m.candidates:
                m = dataclasses.replace(m, candidates=inner)
        out.append(m)
    return out


def _initials_as_named(mentions: list[Mention]) -> list[Mention]:
    """Given spans, too: initials of a place named in full are that place ("T&T")."""
    named = _by_initials((m.text, m.candidates, m) for m in mentions if m.kind == "name" and m.candidates)
    return [
        dataclasses.replace(m, candidates=full.candidates)
        if (full := named.get(m.text)) is not None and full.candidates != m.candidates
        else m
        for m in mentions
    ]
