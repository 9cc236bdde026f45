"""Geoparser benchmark: geomap and two naive baselines on the same corpora, in one run.

    python bench/bench_geoparser.py [--corpora ../shared/corpora]

Prints, per corpus: names P/R/F1 (strict), acc@161 km of recognised names, acc@161 km given the
gold names, documents a second (one core), and peak memory; then geomap's cross-corpus figures
(recogniser trained on the other corpus only), extraction speed next to places-only speed, and
the cold start of `geomap places` on the seed article.

Baselines (measured here, same gazetteer):
- greedy: longest gazetteer match over capitalised tokens, most important candidate;
- spaCy en_core_web_sm NER + most important candidate: run only where spaCy and that model are
  installed (the model is not on PyPI, so not on this project's machines).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gazetteer import Candidate, Gazetteer, fold, open_gazetteer
from geomap import Place, extract, places
from geomap.eval import GoldDoc, evaluate, read_gold
from geomap.text import tokenize

ROOT = Path(__file__).resolve().parent.parent
Predict = Callable[[GoldDoc], list[Place]]


def most_populous(surface: str, start: int, end: int, c: Candidate) -> Place:
    """A baseline's Place: the gazetteer's first (most important) candidate, fully confident."""
    return Place(
        surface, start, end, c.name, c.lat, c.lon, c.geonameid, c.feature_code, c.country_code, c.admin1, 1.0
    )


def greedy(gaz: Gazetteer) -> Callable[[str], list[Place]]:
    def run(text: str) -> list[Place]:
        tokens = tokenize(text)
        out: list[Place] = []
        i = 0
        while i < len(tokens):
            if not tokens[i].text[:1].isupper():
                i += 1
                continue
            for j in range(min(len(tokens), i + 5), i, -1):
                if not all(t.text[:1].isupper() for t in tokens[i:j]):
                    continue
                surface = text[tokens[i].start : tokens[j - 1].end]
                found = gaz.lookup_folded(fold(surface))
                if found:
                    c = found[0]
                    out.append(most_populous(surface, tokens[i].start, tokens[j - 1].end, c))
                    i = j
                    break
            else:
                i += 1
        return out

    return run


def greedy_spans(gaz: Gazetteer, doc: GoldDoc) -> list[Place]:
    out = []
    for g in doc.gold:
        found = gaz.lookup(doc.text[g.start : g.end])
        if found:
            c = found[0]
            out.append(most_populous(doc.text[g.start : g.end], g.start, g.end, c))
    return out


def spacy_baseline(gaz: Gazetteer) -> Callable[[str], list[Place]] | None:
    try:
        import spacy  # type: ignore[import-not-found]

        nlp = spacy.load("en_core_web_sm")
    except Exception:
        return None

    def run(text: str) -> list[Place]:
        out = []
        for ent in nlp(text).ents:
            if ent.label_ in {"GPE", "LOC", "FAC"}:
                found = gaz.lookup(ent.text)
                if found:
                    c = found[0]
                    out.append(most_populous(ent.text, ent.start_char, ent.end_char, c))
        return out

    return run


def measure(docs: list[GoldDoc], predict: Predict) -> tuple[Any, float, float]:
    """Scores, documents a second, and peak traced memory (MB) of the predictions (a second pass:
    tracing slows Python down, so the timed pass runs untraced)."""
    for doc in docs[:5]:
        predict(doc)  # warm-up: first lookups, lazy data files
    t0 = time.perf_counter()
    for doc in docs:
        predict(doc)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()
    for doc in docs:
        predict(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    scores = evaluate(docs, predict)
    return scores, len(docs) / elapsed, peak / 1e6


def cold_start(seed: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geomap", "places", str(seed)], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    gaz = open_gazetteer()
    corpora = {p.name.split(".")[0]: list(read_gold(p)) for p in sorted(args.corpora.glob("*.gold.jsonl"))}
    if not corpora:
        sys.exit(f"no *.gold.jsonl corpora in {args.corpora}")
    naive = greedy(gaz)
    sp = spacy_baseline(gaz)
    print(
        f"{'system':<34} {'corpus':<7} {'F1':>6} {'P':>6} {'R':>6} {'acc161':>7} {'acc161|gold':>11} "
        f"{'docs/s':>8} {'peak MB':>8}"
    )
    rates: dict[str, float] = {}
    for name, docs in corpora.items():
        for label, predict, spans_predict in [
            (
                "geomap",
                lambda d: places(d.text, gazetteer=gaz),
                lambda d: places(d.text, gazetteer=gaz, spans=[(g.start, g.end) for g in d.gold]),
            ),
            ("greedy gazetteer + most populous", lambda d: naive(d.text), lambda d: greedy_spans(gaz, d)),
        ] + (
            [("spaCy sm NER + most populous", lambda d: sp(d.text), lambda d: greedy_spans(gaz, d))]
            if sp
            else []
        ):
            scores, rate, peak = measure(docs, predict)
            given = evaluate(docs, spans_predict)
            rates[f"{label}:{name}"] = rate
            print(
                f"{label:<34} {name:<7} {scores.strict_f1:6.3f} {scores.strict_precision:6.3f} "
                f"{scores.strict_recall:6.3f} {scores.acc161_recognised:7.3f} "
                f"{given.acc161_recognised:11.3f} "
                f"{rate:8.0f} {peak:8.1f}"
            )
    if sp is None:
        print(
            "spaCy en_core_web_sm NER baseline: not measured (the model is not installable from PyPI here);"
            " the issue's reference figure is ~20 docs/s, F1 0.74 on TR-News"
        )

    if len(corpora) == 2:
        sys.path.insert(0, str(ROOT / "train"))
        from train_recogniser import examples, train  # type: ignore[import-not-found]

        print("\ncross-corpus (recogniser trained on the other corpus only):")
        paths = {p.name.split(".")[0]: p for p in sorted(args.corpora.glob("*.gold.jsonl"))}
        for held, docs in corpora.items():
            other = next(n for n in corpora if n != held)
            weights = train(examples(paths[other]), epochs=12, l2=1e-3, rate=0.2, min_count=3)
            scores = evaluate(docs, lambda d, w=weights: places(d.text, gazetteer=gaz, weights=w))
            print(
                f"  train {other:<7} -> test {held:<7} F1 {scores.strict_f1:.3f} "
                f"(P {scores.strict_precision:.3f}"
                f" R {scores.strict_recall:.3f}), acc161 of recognised {scores.acc161_recognised:.3f}, "
                f"end to end {scores.acc161_end_to_end:.3f}"
            )

    all_docs = [d for docs in corpora.values() for d in docs]
    t0 = time.perf_counter()
    for d in all_docs:
        places(d.text, gazetteer=gaz)
    places_rate = len(all_docs) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for d in all_docs:
        extract(d.text, published="2018-05-17", gazetteer=gaz)
    extract_rate = len(all_docs) / (time.perf_counter() - t0)
    print(
        f"\nspeed on {len(all_docs)} documents, one core: places {places_rate:.0f} docs/s, "
        f"extract (places + events + movements) {extract_rate:.0f} docs/s "
        f"(extraction costs {places_rate / extract_rate:.2f}x places; goal <= 2x)"
    )
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak resident memory of this whole benchmark process: {rss:.0f} MB "
        "(the 'peak MB' column counts Python allocations of the predictions alone)"
    )
    seed = ROOT / "seeds" / "000_bd19820c00cedb26.txt"
    cold = cold_start(seed)
    print(
        f"cold `geomap places` on the seed article (built gazetteer, whole process): {cold:.3f} s "
        "(goal < 0.5 s)"
    )
    if sp is not None:
        for name in corpora:
            print(
                f"  geomap vs spaCy on {name}: "
                f"{rates[f'geomap:{name}'] / rates[f'spaCy sm NER + most populous:{name}']:.0f}x"
            )


if __name__ == "__main__":
    main()
