"""Count how gold corpora write each word in mid-sentence; write the words they write in lower case
(geomap/data/lowercase_words.txt), which geomap.casing leaves in lower case when it restores the
capitals of a text written all in lower case, and those they write in capitals
(geomap/data/capitals_words.txt: "NATO", "U.S."), which it writes so.

    python train/casing.py ../shared/corpora/trnews.gold.jsonl ../shared/corpora/gwn.gold.jsonl
    python train/casing.py --out /tmp/lower.txt --out-capitals /tmp/capitals.txt \
        ../shared/corpora/trnews.gold.jsonl

A word counts where it is not a sentence's or a line's first: it is kept in lower case when written
so at least twice and at least as often as otherwise ("may", "bath", "reading", "sake"), in capitals
when written so at least twice and more often than otherwise.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from geomap.casing import CAPITALS_WORDS_PATH, LOWERCASE_WORDS_PATH, mid_sentence_words
from geomap.eval import read_gold


def words_of(paths: list[Path], min_count: int = 2) -> tuple[list[str], list[str]]:
    """The words the gold corpora at `paths` write in lower case in mid-sentence (at least
    `min_count` times and at least as often as otherwise), and those they write in capitals ("NATO",
    "U.S."; at least `min_count` times and more often than otherwise), each sorted, in lower case."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    for path in paths:
        for doc in read_gold(path):
            for word in mid_sentence_words(doc.text):
                if word.islower():
                    lower[word] += 1
                elif len(word.replace(".", "")) >= 2 and word.isupper():
                    capitals[word.lower()] += 1
                elif word[:1].isupper() and word[1:].islower():
                    capitalised[word.lower()] += 1
    return (
        sorted(w for w, n in lower.items() if n >= min_count and n >= capitalised[w] and n >= capitals[w]),
        sorted(w for w, n in capitals.items() if n >= min_count and n > lower[w] and n >= capitalised[w]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=LOWERCASE_WORDS_PATH)
    parser.add_argument("--out-capitals", type=Path, default=CAPITALS_WORDS_PATH)
    args = parser.parse_args()
    kept, capitals = words_of(args.gold)
    sources = ", ".join(p.name for p in args.gold)
    _write(args.out, kept, f"in lower case ({sources}", "at least as often as", "leaves them in lower case")
    _write(
        args.out_capitals, capitals, f"in capitals ({sources}", "more often than", 'writes them so ("NATO")'
    )


def _write(path: Path, words: list[str], how: str, often: str, what: str) -> None:
    header = (
        f"# Words that news writes {how}; in mid-sentence at least twice and {often}\n"
        f"# otherwise): geomap.casing {what}. Made by train/casing.py.\n"
    )
    path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {path}")


if __name__ == "__main__":
    main()
