"""PAPI sub-dimension scores, one CSV per year (secondary/papi/hnks-gh_…/
2011.csv … 2024.csv) with a codebook beside them: `codebook_provinces.csv`
(P01–P63 → province), `codebook_subcriteria.csv` (SC11…SC83 → name and
dimension C01…C08) and `codebook_criteria.csv` (dimension names).

A dimension is the sum of its sub-dimensions and the total the sum of the
dimensions, on the scale of the year: six dimensions out of 60 up to 2017,
eight out of 80 from 2018 (environmental and e-governance). The total of
the first six (out of 60) is stored too, as `measure = total_6dim`: it is
the one comparable across 2011–2024.

Blank cells are never zeros. A sub-dimension blank for every province of a
year was not measured that year (SC24 before 2018, SC52 from 2021, SC83 in
2018): its dimension sums the others. A sub-dimension blank for one province
while others have it leaves that province's dimension absent, and a total
missing a dimension is absent too; each absence is listed as skipped with
its reason, so no province-year disappears unnoticed. Ranks are computed
from the totals of the year (`rank_computed`).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    competition_ranks,
)
from scrapers.publications.papi import DIMENSIONS, LATER_DIMENSIONS
from scrapers.reference.provinces import province_name, resolve_province

CODEBOOK_DIR = "codebook"
SUBDIMENSIONS_FILE = "codebook_subcriteria.csv"
PROVINCES_FILE = "codebook_provinces.csv"
FIRST_EIGHT_DIMENSION_YEAR = 2018
# Codebook dimension codes -> the dimension names the PAPI workbook uses.
DIMENSION_CODES = dict(zip(("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"),
                           (*DIMENSIONS, *LATER_DIMENSIONS), strict=True))
DIMENSION_LABELS = DIMENSIONS | LATER_DIMENSIONS
SIX_DIMENSIONS = tuple(DIMENSIONS)


def is_papi_csv_directory(directory: Path) -> bool:
    return (directory / CODEBOOK_DIR / SUBDIMENSIONS_FILE).is_file()


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable CSV: {exc}")) from exc


def _codebook(directory: Path) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(sub-dimension code -> (name, dimension), province id -> GSO code)."""
    subdimensions = {}
    for line, row in enumerate(_read_csv(directory / CODEBOOK_DIR / SUBDIMENSIONS_FILE), start=2):
        dimension = DIMENSION_CODES.get(row.get("Criteria_Code", ""))
        if dimension is None or not row.get("Variable_Code"):
            raise PublicationFormatError(PublicationError(
                f"{CODEBOOK_DIR}/{SUBDIMENSIONS_FILE}", f"unknown dimension {row.get('Criteria_Code')!r}",
                locator=f"row {line}"))
        subdimensions[row["Variable_Code"]] = (row["Variable_Name"], dimension)
    provinces = {}
    for line, row in enumerate(_read_csv(directory / CODEBOOK_DIR / PROVINCES_FILE), start=2):
        code = resolve_province(row.get("Variable_Name", ""))
        if code is None:
            raise PublicationFormatError(PublicationError(
                f"{CODEBOOK_DIR}/{PROVINCES_FILE}", f"province {row.get('Variable_Name')!r} not recognised",
                locator=f"row {line}"))
        provinces[row["Variable_Code"]] = code
    return subdimensions, provinces


def _dimensions(row: dict[str, str], measured: dict[str, list[str]]) -> tuple[dict[str, float], list[str]]:
    """Dimension sums of one province's row and the dimensions it lacks."""
    sums, lacking = {}, []
    for dimension, codes in measured.items():
        values = [as_number(row.get(code)) for code in codes]
        if any(value is None for value in values):
            lacking.append(dimension)
        else:
            sums[dimension] = sum(values)
    return sums, lacking


def parse_papi_year(path: Path, year: int, subdimensions: dict[str, tuple[str, str]],
                    provinces: dict[str, str]) -> PublicationLoad:
    load = PublicationLoad()
    rows = _read_csv(path)
    unknown = [c for c in (rows[0] if rows else {}) if c != "Province" and c not in subdimensions]
    if unknown:
        raise PublicationFormatError(PublicationError(path.name, f"columns not in the codebook: {', '.join(unknown)}",
                                                      locator="row 1"))
    dimensions_of_year = SIX_DIMENSIONS if year < FIRST_EIGHT_DIMENSION_YEAR else tuple(DIMENSION_LABELS)
    # Sub-dimensions measured this year: those with a value for some province.
    measured = {d: [code for code, (_, dim) in subdimensions.items()
                    if dim == d and any(as_number(r.get(code)) is not None for r in rows)]
                for d in dimensions_of_year}
    entries = []
    for line, row in enumerate(rows, start=2):
        unit = row.get("Province", "")
        code = provinces.get(unit)
        if code is None:
            load.errors.append(PublicationError(path.name, f"province id {unit!r} not in the codebook",
                                                locator=f"row {line}"))
            continue
        try:
            sums, lacking = _dimensions(row, measured)
            subscores = {subdimensions[c][0]: v for c in subdimensions if (v := as_number(row.get(c))) is not None}
        except ValueError as exc:
            load.errors.append(PublicationError(path.name, f"{unit}: {exc}", locator=f"row {line}"))
            continue
        if not sums and not subscores:
            load.skipped.append(PublicationError(
                path.name, f"{province_name(code)} ({unit}) {year}: blank at source, no score", locator=f"row {line}"))
            continue
        if lacking:
            load.skipped.append(PublicationError(
                path.name,
                f"{province_name(code)} ({unit}) {year}: no total, dimension(s) blank at source: {', '.join(lacking)}",
                locator=f"row {line}"))
        entries.append((line, unit, code, sums, subscores, lacking))
    for measure, wanted in (("total", dimensions_of_year), ("total_6dim", SIX_DIMENSIONS)):
        scale_rows = [e for e in entries if not set(e[5]) & set(wanted)]
        totals = [sum(e[3][d] for d in wanted) for e in scale_rows]
        ranks = competition_ranks(totals)
        for (line, unit, code, sums, subscores, _), total, rank in zip(scale_rows, totals, ranks, strict=True):
            load.scores.append(IndexScore(
                index_name="PAPI", year=year, province_code=code, province_name_raw=unit, score=total,
                scale_max=10.0 * len(wanted), rank=rank, rank_of=len(scale_rows), rank_computed=True,
                components=(sums | subscores) if measure == "total" else {}, source_file=path.name,
                source_locator=f"row {line}", tier="secondary", measure=measure, source_row=line,
                component_labels={d: DIMENSION_LABELS[d] for d in sums} if measure == "total" else {},
            ))
        # A province with dimensions but no total keeps its dimensions, on a row without a score.
        if measure == "total":
            for line, unit, code, sums, subscores, lacking in entries:
                if set(lacking) & set(wanted):
                    load.scores.append(IndexScore(
                        index_name="PAPI", year=year, province_code=code, province_name_raw=unit, score=None,
                        scale_max=10.0 * len(wanted), rank=None, rank_of=None, rank_computed=True,
                        components=sums | subscores, source_file=path.name, source_locator=f"row {line}",
                        tier="secondary", source_row=line, flags=("partial",),
                        component_labels={d: DIMENSION_LABELS[d] for d in sums},
                    ))
    return load


def load_papi_csv_directory(directory: Path) -> PublicationLoad:
    """Every YYYY.csv of the directory, read with its codebook; a file that
    cannot be read is one error and the other years still load."""
    load = PublicationLoad()
    try:
        subdimensions, provinces = _codebook(directory)
    except PublicationFormatError as exc:
        load.errors.append(exc.error)
        return load
    names = {name for name, _ in subdimensions.values()}
    if names & set(DIMENSION_LABELS):
        load.errors.append(PublicationError(f"{CODEBOOK_DIR}/{SUBDIMENSIONS_FILE}",
                                            f"sub-dimension named like a dimension: "
                                            f"{sorted(names & set(DIMENSION_LABELS))}"))
        return load
    for path in sorted(directory.glob("*.csv")):
        if not re.fullmatch(r"20\d\d", path.stem):
            load.skipped.append(PublicationError(path.name, "not a year file (YYYY.csv)"))
            continue
        try:
            load.extend(parse_papi_year(path, int(path.stem), subdimensions, provinces))
        except PublicationFormatError as exc:
            load.errors.append(exc.error)
    return load
