"""Count how gold corpora write each word in mid-sentence; write the words they write in lower case
(geomap/data/lowercase_words.txt), which geomap.casing leaves in lower case when it restores the
capitals of a text written all in lower case.

    python train/casing.py ../shared/corpora/trnews.gold.jsonl ../shared/corpora/gwn.gold.jsonl
    python train/casing.py --out /tmp/tr_words.txt ../shared/corpora/trnews.gold.jsonl

A word counts where it is not a sentence's or a line's first: it is kept when written in lower case
at least --min-count times and at least as often as capitalised ("may", "bath", "reading", "sake").
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from geomap.casing import LOWERCASE_WORDS_PATH, mid_sentence_words
from geomap.eval import read_gold


def words_of(paths: list[Path], min_count: int = 2) -> list[str]:
    """The words the gold corpora at `paths` write in lower case in mid-sentence, at least
    `min_count` times and at least as often as capitalised, sorted."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for path in paths:
        for doc in read_gold(path):
            for word in mid_sentence_words(doc.text):
                if word.islower():
                    lower[word] += 1
                elif word[:1].isupper() and word[1:].islower():
                    capitalised[word.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= min_count and n >= capitalised[w])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=LOWERCASE_WORDS_PATH)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    kept = words_of(args.gold, args.min_count)
    sources = ", ".join(p.name for p in args.gold)
    header = (
        f"# Words that news writes in lower case in mid-sentence ({sources}; at least {args.min_count}\n"
        "# times and at least as often as capitalised): geomap.casing leaves them in lower case.\n"
        "# Made by train/casing.py.\n"
    )
    args.out.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {args.out}")


if __name__ == "__main__":
    main()
