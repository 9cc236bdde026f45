"""Train the recogniser's logistic regression on gold corpora; write geomap/data/recogniser_weights.json.

    python train/train_recogniser.py ../shared/corpora/trnews.gold.jsonl \
        ../shared/corpora/gwn.gold.jsonl
    python train/train_recogniser.py --cross ../shared/corpora/trnews.gold.jsonl \
        ../shared/corpora/gwn.gold.jsonl
    python train/train_recogniser.py --ner ...   # with spaCy entity features (geomap[spacy])

Every candidate span the recogniser generates is an example; its label is whether a gold
name has exactly that span. Training is plain stochastic gradient descent with L2, features
kept only if seen at least --min-count times, so the shipped file stays small. --cross
trains on each corpus and scores candidate-level F1 on the other, and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from pathlib import Path

from gazetteer import open_gazetteer
from geomap.eval import read_gold
from geomap.lexicon import weights_file
from geomap.ner import entities, resolve_ner
from geomap.recognise import candidate_spans, document_context, features, headline_tokens
from geomap.text import tokenize

DATA = Path(__file__).resolve().parent.parent / "geomap" / "data"


def examples(path: Path, ner: str | None = None) -> list[tuple[list[str], int]]:
    """One example per candidate span; `ner`, a spaCy model, adds the NER features."""
    gaz = open_gazetteer()
    out = []
    for doc in read_gold(path):
        text = doc.text
        tokens = tokenize(text)
        starts, persons, lower = document_context(text, tokens)
        headline = headline_tokens(text, tokens)
        gold = {(g.start, g.end) for g in doc.gold}
        ents = entities(text, ner) if ner else None
        for span in candidate_spans(text, tokens, gaz):
            feats = features(
                text,
                tokens,
                span,
                sentence_starts=starts,
                persons=persons,
                lower_words=lower,
                entities=ents,
                headline=headline,
            )
            out.append((feats, int((span.start, span.end) in gold)))
    return out


def train(
    data: list[tuple[list[str], int]], *, epochs: int, l2: float, rate: float, min_count: int, seed: int = 13
) -> dict[str, float]:
    counts = Counter(f for feats, _ in data for f in set(feats))
    keep = {f for f, c in counts.items() if c >= min_count}
    weights: dict[str, float] = {}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + epoch)
        for idx in order:
            feats, label = data[idx]
            feats = [f for f in feats if f in keep]
            z = sum(weights.get(f, 0.0) for f in feats)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - label
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - lr * (g + l2 * w)
    return {f: round(w, 4) for f, w in weights.items() if abs(w) >= 1e-3}


def f1(
    weights: dict[str, float], data: list[tuple[list[str], int]], threshold: float = 0.5
) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for feats, label in data:
        z = sum(weights.get(f, 0.0) for f in feats)
        pred = 1 / (1 + math.exp(-max(-30, min(30, z)))) >= threshold
        tp += pred and label
        fp += pred and not label
        fn += (not pred) and label
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return p, r, 2 * p * r / (p + r) if p + r else 0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--cross", action="store_true")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument(
        "--ner", action="store_true", help="add spaCy entity features; writes recogniser_weights_spacy.json"
    )
    args = parser.parse_args()
    model = resolve_ner("spacy") if args.ner else None
    sets = {p.name.split(".")[0]: examples(p, model) for p in args.corpora}
    hyper = {"epochs": args.epochs, "l2": args.l2, "rate": args.rate, "min_count": args.min_count}
    if args.cross:
        for held in sets:
            train_data = [ex for name, data in sets.items() if name != held for ex in data]
            w = train(train_data, **hyper)
            p, r, f = f1(w, sets[held])
            print(
                f"train on {'+'.join(n for n in sets if n != held)}, test on {held}: "
                f"candidate P {p:.3f} R {r:.3f} F1 {f:.3f}"
            )
        return
    data = [ex for d in sets.values() for ex in d]
    weights = train(data, **hyper)
    out = DATA / weights_file(with_ner=model is not None)
    out.write_text(
        json.dumps(
            {
                "trained_on": sorted(sets),
                "hyperparameters": hyper,
                **({"ner": model} if model else {}),
                "examples": len(data),
                "weights": dict(sorted(weights.items())),
            },
            indent=0,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {out} ({len(weights)} weights from {len(data)} examples)")


if __name__ == "__main__":
    main()
