"""A PAPI dashboard's aggregate (secondary/papi/tunah72_papi-dashboard/
agg_province_year.csv): one row per province and year 2011–2024 with the
dimensions `D1`…`D8`, `total_papi` (sum of the year's dimensions),
`total_papi_6dim`, `total_official` (the publisher's total, 2019–2024 only)
and `rank_year` (computed by that repository).

It is built from the same releases as the per-year sub-dimension files, so it
is a cross-check, not a second source of the same figures: its rows carry
tier `cross-check`, are never served as the score of a province-year, and
every disagreement with the other tiers is listed as a conflict. Where the
publisher's total is given it is the score, and a `total_papi` that
differs from it is an error naming the row.
"""
from __future__ import annotations

import csv
from pathlib import Path

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    province_code,
)
from scrapers.publications.papi_csv import DIMENSION_LABELS, FIRST_EIGHT_DIMENSION_YEAR

TIER = "cross-check"
REQUIRED_COLUMNS = ("province_vi", "year", "total_papi", "total_papi_6dim", "total_official", "rank_year")
DIMENSION_COLUMNS = dict(zip(("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"), DIMENSION_LABELS, strict=True))
ROUNDING = 0.001


def is_papi_dashboard(header: list[str]) -> bool:
    return all(column in header for column in REQUIRED_COLUMNS)


def parse_papi_dashboard(path: Path) -> PublicationLoad:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable CSV: {exc}")) from exc
    load = PublicationLoad()
    ranked: dict[int, int] = {}
    for row in rows:
        if row.get("rank_year"):
            ranked[int(row["year"])] = ranked.get(int(row["year"]), 0) + 1
    for line, row in enumerate(rows, start=2):
        locator = f"row {line}"
        try:
            year = int(row["year"])
            total, six, official, rank = (as_number(row.get(c)) for c in
                                          ("total_papi", "total_papi_6dim", "total_official", "rank_year"))
            dimensions = {name: v for c, name in DIMENSION_COLUMNS.items() if (v := as_number(row.get(c))) is not None}
        except (KeyError, ValueError) as exc:
            load.errors.append(PublicationError(path.name, f"not a number: {exc}", locator=locator))
            continue
        code = province_code(row.get("province_vi"), load, path.name, None, locator)
        if code is None:
            continue
        if official is not None and total is not None and abs(official - total) > ROUNDING:
            load.errors.append(PublicationError(
                path.name, f"total_papi {total} differs from the publisher's total {official}", locator=locator))
            continue
        if total is None and official is None:
            load.skipped.append(PublicationError(path.name, f"{row['province_vi']} {year}: no total at source",
                                                 locator=locator))
        scale = 80.0 if year >= FIRST_EIGHT_DIMENSION_YEAR else 60.0
        common = {"index_name": "PAPI", "year": year, "province_code": code, "province_name_raw": row["province_vi"],
                  "rank_computed": True, "source_file": path.name, "source_locator": locator, "tier": TIER,
                  "source_row": line}
        if total is not None or official is not None or dimensions:
            load.scores.append(IndexScore(
                score=official if official is not None else total, scale_max=scale,
                rank=int(rank) if rank is not None else None, rank_of=ranked.get(year) if rank is not None else None,
                components=dimensions, component_labels={d: DIMENSION_LABELS[d] for d in dimensions}, **common))
        if six is not None:
            load.scores.append(IndexScore(score=six, scale_max=60.0, rank=None, rank_of=None, measure="total_6dim",
                                          **common))
    return load
