"""The metrics of the contract, over a gold JSONL corpus.

Recognition: precision, recall and F1, strict (same span) and overlap (one-to-one
overlapping spans). Resolution, for gold names with coordinates: accuracy within 161 km
over the correctly recognised names (strict matches), the same end to end over all gold
names (a missed name counts as wrong), mean and median error in km, and AUC (Gritta et
al. 2018: the area under the sorted log(1 + error km) curve, normalised by log(20039);
lower is better).
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from gazetteer.store import haversine_km

from .errors import InputError, InputNotFound
from .model import Place

__all__ = ["GoldDoc", "Scores", "evaluate", "read_gold"]

ACCURACY_KM = 161.0
MAX_ERROR_KM = 20039.0


@dataclass(frozen=True)
class GoldName:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    gold: tuple[GoldName, ...]


@dataclass(frozen=True)
class Scores:
    documents: int
    gold_names: int
    predicted: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    overlap_precision: float
    overlap_recall: float
    overlap_f1: float
    acc161_recognised: float
    acc161_end_to_end: float
    mean_error_km: float
    median_error_km: float
    auc: float
    scored_names: int

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class NameOutcome:
    """One gold name as the system saw it (for --errors)."""

    doc: str
    mention: str
    start: int
    end: int
    gold: tuple[float, float] | None
    predicted: tuple[float, float] | None
    predicted_name: str | None
    error_km: float | None
    near: str | None = None
    """The place an unknown name was put at (gold-span mode), when it was."""


def read_gold(path: Path) -> Iterator[GoldDoc]:
    if not path.exists():
        raise InputNotFound(f"{path}: no such file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                gold = tuple(
                    GoldName(
                        int(g["start"]),
                        int(g["end"]),
                        str(g.get("name", "")),
                        g.get("lat"),
                        g.get("lon"),
                        g.get("geonameid"),
                    )
                    for g in raw["gold"]
                )
                yield GoldDoc(str(raw["id"]), str(raw["text"]), gold)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path} line {number}: not a gold document ({exc})") from None


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    docs: Iterable[GoldDoc],
    predict: Callable[[GoldDoc], list[Place]],
    errors: list[NameOutcome] | None = None,
) -> Scores:
    n_docs = n_gold = n_pred = strict_tp = overlap_tp = 0
    with_coords = 0
    recognised_errors: list[float] = []
    for doc in docs:
        n_docs += 1
        predicted = predict(doc)
        n_gold += len(doc.gold)
        n_pred += len(predicted)
        by_span = {(p.start, p.end): p for p in predicted}
        used: set[int] = set()
        for g in doc.gold:
            # overlap: one-to-one, first unused overlapping prediction
            for k, p in enumerate(predicted):
                if k not in used and p.start < g.end and g.start < p.end:
                    used.add(k)
                    overlap_tp += 1
                    break
            hit = by_span.get((g.start, g.end))
            if hit is not None:
                strict_tp += 1
            if g.lat is None or g.lon is None:
                continue
            with_coords += 1
            km = haversine_km(g.lat, g.lon, hit.lat, hit.lon) if hit is not None else None
            if km is not None:
                recognised_errors.append(km)
            if errors is not None:
                errors.append(
                    NameOutcome(
                        doc.id,
                        doc.text[g.start : g.end],
                        g.start,
                        g.end,
                        (g.lat, g.lon),
                        (hit.lat, hit.lon) if hit else None,
                        hit.name if hit else None,
                        None if km is None else round(km, 1),
                        hit.near if hit else None,
                    )
                )
    sp, sr, sf = _prf(strict_tp, n_pred, n_gold)
    op, orc, of = _prf(overlap_tp, n_pred, n_gold)
    within = sum(1 for e in recognised_errors if e <= ACCURACY_KM)
    auc = (
        statistics.fmean(math.log1p(e) / math.log(MAX_ERROR_KM) for e in recognised_errors)
        if recognised_errors
        else 0.0
    )
    return Scores(
        documents=n_docs,
        gold_names=n_gold,
        predicted=n_pred,
        strict_precision=sp,
        strict_recall=sr,
        strict_f1=sf,
        overlap_precision=op,
        overlap_recall=orc,
        overlap_f1=of,
        acc161_recognised=within / len(recognised_errors) if recognised_errors else 0.0,
        acc161_end_to_end=within / with_coords if with_coords else 0.0,
        mean_error_km=statistics.fmean(recognised_errors) if recognised_errors else 0.0,
        median_error_km=statistics.median(recognised_errors) if recognised_errors else 0.0,
        auc=auc,
        scored_names=len(recognised_errors),
    )
