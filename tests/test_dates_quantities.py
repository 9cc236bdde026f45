"""Date and quantity rules on their own."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.dates import find_dates, resolve
from geomap.quantities import find_quantities

PUBLISHED = dt.date(2018, 5, 17)  # a Thursday


def _one(text: str, published: dt.date | None = PUBLISHED, future: bool = False) -> str | None:
    (mention,) = find_dates(text)
    return resolve(mention, published, future=future)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday", "2018-05-17"),
        ("on Tuesday", "2018-05-15"),
        ("last Thursday", "2018-05-10"),
        ("last month", "2018-04"),
        ("next month", "2018-06"),
        ("in December", "2017-12"),
        ("in January", "2018-01"),
        ("last week", "2018-05"),
        ("in April 2023", "2023-04"),
        ("in 2015", "2015"),
        ("In 1948, some 700,000 Palestinians fled", "1948"),  # a sentence's opening year
        ("since August 25", "2017-08-25"),
        ("on March 3, 2021", "2021-03-03"),
        ("on 5 June 2019", "2019-06-05"),
        ("yesterday", "2018-05-16"),
        ("last year", "2017"),
    ],
)
def test_dates_resolve_against_publication(text: str, expected: str) -> None:
    assert _one(text) == expected


def test_future_tense_looks_forward() -> None:
    assert _one("on Wednesday", future=True) == "2018-05-23"
    assert _one("in January", future=True) == "2019-01"


def test_relative_dates_need_a_publication_date() -> None:
    assert _one("on Thursday", published=None) is None
    assert _one("last month", published=None) is None
    assert _one("in April 2023", published=None) == "2023-04"  # absolute dates still resolve


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("the regime may attack in the spring") == []
    assert [d.text for d in find_dates("talks in May")] == ["in May"]


@pytest.mark.parametrize(
    ("text", "value", "lower"),
    [
        ("could affect 2.3 million people", 2_300_000, False),
        ("displaced tens of thousands", 10_000, False),
        ("about 2,000 people", 2_000, False),
        ("more than 370,000 people", 370_000, True),
        ("nearly 450,000 refugees", 450_000, False),
        ("hundreds of thousands fled", 100_000, False),
        # counts written in words
        ("killing at least nine people", 9, True),
        ("Twenty-five families fled", 25, False),
        ("some twelve thousand people", 12_000, False),
        # ... and with "a"
        ("half a million residents were evacuated", 500_000, False),
        ("more than a million people fled", 1_000_000, True),
        ("a quarter of a million refugees", 250_000, False),
    ],
)
def test_quantities(text: str, value: int, lower: bool) -> None:
    (q,) = find_quantities(text)
    assert (q.quantity.value, q.quantity.lower_bound) == (value, lower)


def test_years_are_not_counts() -> None:
    assert find_quantities("in 2015 the war turned") == []


@pytest.mark.parametrize(
    ("text", "about_people"),
    [
        # the nouns of humanitarian reports
        ("over 12,500 individuals displaced", True),
        ("forced an estimated 2,800 IDPs to flee", True),
        ("some 3,400 households returned", True),
        # a bare count right after a verb that moves or harms people
        ("and displaced more than 150,000 since August", True),
        ("evacuated 12,000 from the coast", True),
        # a people named as such, that flees or arrives
        ("More than 700,000 Rohingya Muslims have fled", True),
        ("about 2,000 Venezuelans crossed the bridge", True),
        ("More than 8,000 Rohingya have fled into Bangladesh", True),
        # a bare count of those driven out
        ("and forced about 50,000 from their homes", True),
        ("forced 2,000 to flee on Friday", True),
        # a bare count before the participle of a verb that moves people
        ("and over 3,000 evacuated after the rain", True),
        ("some 200 were rescued from rooftops", True),
        ("Some 300 were later transferred by ferry", True),
        ("some 300 cars were evacuated", False),
        # ... or right after a verb that moves people on
        ("the coast guard transferred 1,200 of them to Porto Empedocle", True),
        ("Mexico deported 300 to Guatemala", True),
        ("transferred $5 million to the fund", False),
        ("two weeks later", False),
        ("three people died", True),
        # not about people
        ("a budget of 400 dollars", False),
        ("some 300 Toyotas were sold", False),
        ("route 66 was closed", False),
        # sums of money, however large ("million" alone counts people: "2.3 million fled")
        ("its $20 billion gas project near Palma", False),
        ("would send 5 million euros in aid", False),
        ("appealed for US$71 million", False),
        ("pledged a million dollars in aid", False),
        ("costing them millions of rand", False),
        ("2.3 million fled the fighting", True),
        # a vague count is of what follows "of": people, or a people by name; else things
        ("thousands fled to Maiduguri", True),
        ("tens of thousands of people fled", True),
        ("hundreds of Palestinians crossed", True),
        ("thousands of the displaced returned", True),
        ("Thousands of holidaymakers were told to leave", True),
        ("intercepted dozens of drones", False),
        ("destroyed hundreds of homes", False),
    ],
)
def test_which_counts_are_of_people(text: str, about_people: bool) -> None:
    (q,) = find_quantities(text)
    assert q.about_people is about_people


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number a capitalised word inside a sentence names counts nothing
        ("Gridlock stretched on Interstate 4 as residents headed north", []),
        ("It made landfall as a Category 3 hurricane near Siesta Key", []),
        ("the search for Flight 370 with 239 people on board", [239]),
        # unless a word for people follows it right away, or the word opens the sentence
        ("In Gaza 30 people died overnight", [30]),
        ("It rained. Another 300 people fled", [300]),
    ],
)
def test_numbers_of_names_are_no_counts(text: str, counts: list[int]) -> None:
    assert [q.quantity.value for q in find_quantities(text)] == counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60,000 to 80,000 households were displaced", [("60,000 to 80,000", 60_000, True)]),
        ("between 60,000 and 80,000 households", [("between 60,000 and 80,000", 60_000, True)]),
        ("5,000-7,000 people fled", [("5,000-7,000", 5_000, True)]),
        ("between 2 and 3 million people", [("between 2 and 3 million", 2_000_000, True)]),
        # a change, and two counts of two verbs, are no range
        ("rose from 1,000 to 5,000 people", [("1,000", 1_000, False), ("5,000", 5_000, False)]),
        ("killed 12 and injured 40 people", [("12", 12, False), ("40", 40, False)]),
    ],
)
def test_a_range_is_one_count_of_at_least_its_lower_end(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert [
        (q.quantity.text, q.quantity.value, q.quantity.lower_bound) for q in find_quantities(text)
    ] == expected
