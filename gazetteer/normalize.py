"""Name normalisation shared by the build and the queries.

Folding is case-, diacritic-, punctuation- and apostrophe-insensitive, so that
"Cox's Bazar", "Cox’s Bāzār" and "COXS BAZAR" all fold to "coxs bazar", and
"Deir ez-Zor" to "deir ez zor".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARABIC_ARTICLES",
    "alias_shape",
    "arabic_article_variants",
    "fold",
    "is_latin",
    "saint_variant",
    "spelled_out",
    "with_final_h",
    "with_single_ayin_vowel",
]

_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02bf\u02be\u0060\u00b4\u2032`]")
_DOTS = re.compile(r"(?<=\w)\.(?=\w|$|\s)")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
    }
)


@lru_cache(maxsize=262_144)
def fold(name: str) -> str:
    """Return the lookup key of a place name.

    >>> fold("Cox’s Bāzār")
    'coxs bazar'
    >>> fold("Deir ez-Zor")
    'deir ez zor'
    >>> fold("U.S.")
    'us'
    """
    if name.isascii():  # most names: no letters to decompose
        return _NON_WORD.sub(" ", _DOTS.sub("", _APOSTROPHES.sub("", name)).lower()).strip()
    text = _APOSTROPHES.sub("", name.translate(_SPECIAL))
    text = _DOTS.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", text).strip()


_SAINTS = {"saint": "st", "sainte": "ste", "st": "saint", "ste": "sainte"}


def saint_variant(key: str) -> str | None:
    """A folded name with "Saint" written "St." or the other way round, as news and GeoNames each
    write it ("saint tammany parish" -> "st tammany parish"); None for names without it. Only a word
    before another: "main st" stays a street.

    >>> saint_variant("saint tammany parish"), saint_variant("sault ste marie"), saint_variant("main st")
    ('st tammany parish', 'sault sainte marie', None)
    """
    words = key.split(" ")
    if not any(w in _SAINTS for w in words[:-1]):
        return None
    return " ".join(_SAINTS.get(w, w) if k < len(words) - 1 else w for k, w in enumerate(words))


def with_final_h(key: str) -> str | None:
    """A folded one-word name ending in "a", spelled with the "h" of the Arabic feminine ending that
    news often drops ("daqahliya" of GeoNames' Daqahliyah), for a lookup that found nothing; None
    for other names.

    >>> with_final_h("daqahliya"), with_final_h("gaza"), with_final_h("santa fe")
    ('daqahliyah', None, None)
    """
    if len(key) >= 6 and key[-1] == "a" and key[-2] != "a" and " " not in key:
        return key + "h"
    return None


_PREFIXES = {"mt": "mount", "ft": "fort"}


def spelled_out(key: str, *, prefix: bool = False) -> str | None:
    """A folded name that starts with "Mt." or "Ft." with the word written out ("mt juliet" ->
    "mount juliet"), or that has "St.", "Ste.", "Mt." or "Ft." after its first word ("south st
    paul" -> "south saint paul"), for a lookup that found nothing (GeoNames gives some towns the
    short form as an alternate name, not all); None for other names. A name's last word stays as it
    is ("main st" is a street), unless `key` is only the `prefix` of a longer name.

    >>> spelled_out("mt juliet"), spelled_out("ft pierce"), spelled_out("mt"), spelled_out("juliet")
    ('mount juliet', 'fort pierce', None, None)
    >>> spelled_out("south st paul"), spelled_out("west st"), spelled_out("west st", prefix=True)
    ('south saint paul', None, 'west saint')
    """
    if not (key.startswith(("mt ", "ft ")) or " st" in key or " mt" in key or " ft" in key):
        return None  # the cheap test first: most names have no short word (growing names asks often)
    words = key.split(" ")
    inner = range(1, len(words) if prefix else len(words) - 1)
    if words[0] not in _PREFIXES and not any(words[k] in _SHORT_WORDS for k in inner):
        return None
    return " ".join(
        _SHORT_WORDS.get(w, w) if (k == 0 and w in _PREFIXES) or k in inner else w
        for k, w in enumerate(words)
    )


_SHORT_WORDS = {**_PREFIXES, "st": "saint", "ste": "sainte"}


_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")
"""Arabic's sun letters as English spells them: before one the article's "l" takes the letter's
sound, and transliterations write it so or not ("Jisr al-Shughur", GeoNames' Jisr ash Shughur)."""
_ASSIMILATED = re.compile(r"[ae](?:th|dh|sh|t|d|r|z|s|n)")


def arabic_article_variants(key: str) -> list[str]:
    """The other spellings of a folded name's Arabic article, for a lookup that found nothing: "al"
    and "el" as each other, and before a sun letter as the letter doubled; an assimilated article
    as "al" ("abu ad duhur" -> "abu al duhur"). Only an article between two words counts.

    >>> arabic_article_variants("jisr al shughur")
    ['jisr el shughur', 'jisr ash shughur']
    >>> arabic_article_variants("abu ad duhur"), arabic_article_variants("kabul")
    (['abu al duhur'], [])
    """
    words = key.split()
    out: list[str] = []
    for i in range(1, len(words) - 1):
        word, after = words[i], words[i + 1]
        if word in {"al", "el"}:
            out.append(" ".join([*words[:i], "el" if word == "al" else "al", *words[i + 1 :]]))
            sun = next((letter for letter in _SUN_LETTERS if after.startswith(letter)), None)
            if sun is not None:
                out.append(" ".join([*words[:i], "a" + sun, *words[i + 1 :]]))
        elif _ASSIMILATED.fullmatch(word) and after.startswith(word[1:]):
            out.append(" ".join([*words[:i], "al", *words[i + 1 :]]))
    return out


_DIGRAPHS = re.compile(r"(?<=[a-z])(?:ae|oe|ue)")
_UMLAUTS = frozenset("äöüÄÖÜ")


def with_single_ayin_vowel(key: str) -> str | None:
    """A folded name of two words or more whose "aa" renders an Arabic ayin by a doubled vowel, as
    news spells it and GeoNames does not ("tal rifaat" is GeoNames' Tall Rif'at, folded "tall
    rifat"), with the vowel single; None where the name has no "aa" or is one word (a person's
    first name, "Aaron", is not respelled).

    >>> with_single_ayin_vowel("tal rifaat"), with_single_ayin_vowel("aaron"), with_single_ayin_vowel("kabul")
    ('tal rifat', None, None)
    """
    if " " not in key or "aa" not in key:
        return None
    return key.replace("aa", "a")


def without_umlaut_digraphs(key: str) -> str | None:
    """A folded name with the German spelling of an umlaut ("ae", "oe", "ue" after a letter) written
    as the plain vowel that folding makes of "ä", "ö", "ü" ("baden wuerttemberg" -> "baden
    wurttemberg"), for a lookup that found nothing; None for a name without such a pair. Only places
    whose own name has an umlaut answer to it (`has_umlaut`): "Samuel" is no "Samul".

    >>> without_umlaut_digraphs("baden wuerttemberg"), without_umlaut_digraphs("duesseldorf")
    ('baden wurttemberg', 'dusseldorf')
    >>> without_umlaut_digraphs("ueckermunde"), without_umlaut_digraphs("berlin")
    (None, None)
    """
    plain = _DIGRAPHS.sub(lambda m: m.group()[0], key)
    return plain if plain != key else None


def has_umlaut(name: str) -> bool:
    """Whether a place's own name has an umlaut: the places `without_umlaut_digraphs` may answer."""
    return any(ch in _UMLAUTS for ch in name)


def is_latin(name: str) -> bool:
    """True when the folded name keeps at least one Latin letter and lost no other script."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return any(ch.isalpha() for ch in name)


@lru_cache(maxsize=262_144)  # a corpus asks of the same names and candidates over and over
def alias_shape(key: str, name: str) -> str:
    """How a name matched through an alias relates to the place's own name, both folded: a spelling
    variant ("zaporizhzhia" of "zaporizhzhya", "raqqa" of "ar raqqah"), a part ("ghouta" of
    "eastern ghouta"), initials ("uae"), or unrelated ("minister" as an alias of "minster" is a
    coincidence of spelling)."""
    words = name.split()
    if len(key) >= 5 and " " not in key and " " in name and key == name.replace(" ", ""):
        # the words run together: "naypyitaw" of "nay pyi taw" (not apart: "Xie Yang", a person,
        # is no Xieyang; Chinese names of people and of towns differ so)
        return "variant"
    if spelled_out(key) == name:
        return "variant"  # a short word written out: "north ft myers" of "north fort myers"
    if "the" in words and key == " ".join(w for w in words if w != "the"):
        return "variant"  # the name without its article: "republic of congo", "democratic republic of congo"
    if ("international" in words) != ("international" in key.split()) and [
        w for w in key.split() if w != "international"
    ] == [w for w in words if w != "international"]:
        return "variant"  # "salgado filho international airport" of "salgado filho airport"
    rest = name[len(key) :] if name.startswith(key) else None
    if len(key) >= 5 and rest and len(rest) <= 2 and " " not in rest:
        # a letter or two short of the name, a spelling: "zuwara" of "zuwarah" (dev corpora: one
        # false place more, "According to Petric" of a Slovenian story)
        return "variant"
    if key in words or (len(key) >= 4 and name.startswith(key)):
        return "part"
    if " " in key and f" {key}" in f" {name} " and name.endswith(key):
        return "part"  # the last words of the name: "heathrow airport" of "london heathrow airport"
    if len(words) > 1 and key.replace(" ", "") == "".join(
        w[0] for w in words if w not in {"of", "the", "and"}
    ):
        return "initials"
    content = [w for w in words if w not in ARABIC_ARTICLES]
    # a spelling of the name, or of its one word besides an article ("raqqa" of "ar raqqah"); not
    # of one word of several ("asher" of "al 'ashir min ramadan", 10th of Ramadan City)
    if len(key) >= 5 and any(
        _shares_most_of(key, form) for form in (name, *(content if len(content) == 1 else ()))
    ):
        return "variant"
    if len(name) >= 4 and key.startswith(name + " ") and " " not in key[len(name) + 1 :]:
        return "variant"  # the name and one word more: "quebec city" of "quebec"
    if key.endswith(" " + name) and key[: -len(name) - 1] in _COUNTY_WORDS:
        return "variant"  # "co cavan", "county cavan" of "cavan" (Irish and British usage)
    if len(key) >= 5 and _DOUBLED.sub(r"\1", key) == _DOUBLED.sub(r"\1", name):
        return "variant"  # a letter doubled or not: "shahat" of "shahhat", "milford" of "millford"
    if len(key) >= 7 and _I_RUNS.sub("i", key.replace("y", "i")) == _I_RUNS.sub("i", name.replace("y", "i")):
        # y for i, or one more: the transliterations of Ukrainian and Russian names ("kupiansk" of
        # "kupyansk", "avdiivka" of "avdiyivka"); short names so alike are often people's
        # ("sidney" of Sydney, "silva" of Sylva), and none of 7 letters or more in the dev corpora
        return "variant"
    key_words = [w for w in key.split() if w not in ARABIC_ARTICLES]
    name_words = [w for w in words if w not in ARABIC_ARTICLES]
    if len(key) >= 7 and _skeleton(" ".join(key_words)) == _skeleton(" ".join(name_words)):
        # the same consonants, other vowels: the transliterations of Arabic names ("hodeidah" of
        # "al hudaydah"), long enough not to be people's names spelt two ways
        return "variant"
    if (
        len(key_words) >= 2
        and len(key_words) == len(name_words)
        and all(_shares_most_of(a, b) for a, b in zip(key_words, name_words, strict=True))
    ):
        return "variant"  # word by word, the Arabic article aside: "jisr al shughour", "tal afar"
    return "other"


_COUNTY_WORDS = frozenset({"co", "county"})
_DOUBLED = re.compile(r"(\w)\1")
_I_RUNS = re.compile(r"i+")
ARABIC_ARTICLES = frozenset(
    {"al", "el", "ar", "as", "ash", "at", "ad", "an", "az", "ez", "es", "en", "ed", "ul"}
)
"""Transliterations of the Arabic article, which spellings of one name vary or drop (and which
news hyphenates before a name in lower case: "al-Hol")."""


_VOWELS = re.compile(r"[aeiouy']+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def _skeleton(name: str) -> tuple[str, int]:
    """The consonants of a folded name and its count of vowel runs, a final "h" after a vowel
    dropped: "hudaydah" and "hodeidah" are ("hdd", 3); "minster" ("mnstr", 2) is no "minister"
    ("mnstr", 3), nor "millford" a "milford"."""
    consonants = _VOWELS.split(_FINAL_H.sub("", name))  # one pass: the runs between the vowels
    return "".join(consonants), len(consonants) - 1


def _shares_most_of(a: str, b: str) -> bool:
    """Whether `a` and `b` begin alike for at least 60% of the longer one."""
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= 0.6 * max(len(a), len(b))
