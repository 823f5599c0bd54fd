"""Bộ chỉ số 766 as the national public-service portal returns it.

The portal's `report_tinh_766_service` answers with a JSON array, one object
per unit: `TEN` (name), `ROW_STT` (rank), `TONG_SCORE` (total of 100) and the
component groups `CKMB`, `TDGQ`, `CLGQ`, `TTTT`, `MDHL`, `MDSH` (format in
../shared/reference/national_portal_766.md). Components keep the portal's
field names because public scrapers disagree on what CLGQ and TTTT mean.
A saved response may also be wrapped as {"params": {...}, "data": [...]}, which
lets the request's `p_nam` give the year; otherwise the file name must.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    competition_ranks,
    province_code,
)
from scrapers.reference.provinces import resolve_province, resolve_unit_2025, successor_2025

COMPONENT_FIELDS = ("CKMB", "TDGQ", "CLGQ", "TTTT", "MDHL", "MDSH")
SCALE_MAX = 100.0


def _records_and_year(path: Path, payload: object) -> tuple[list, int | None]:
    match = re.search(r"(?<!\d)(20\d\d)(?!\d)", path.stem)
    year = int(match.group(1)) if match else None
    if isinstance(payload, dict):
        params = payload.get("params") or {}
        if isinstance(params, dict) and str(params.get("p_nam", "")).isdigit():
            year = int(params["p_nam"])
        payload = payload.get("data")
    if not isinstance(payload, list):
        raise PublicationFormatError(PublicationError(path.name, "expected a JSON array of units (or {'data': [...]})"))
    return payload, year


def parse_766_json(path: Path) -> PublicationLoad:
    """Province scores of one saved 766 response."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable JSON: {exc}")) from exc
    records, year = _records_and_year(path, payload)
    if year is None:
        raise PublicationFormatError(PublicationError(
            path.name, "no year: neither params.p_nam nor a year in the file name"))
    return parse_766_records(records, year, path.name)


def parse_766_records(records: list, year: int, source: str, *, period: str | None = None,
                      fetched_at: str | None = None, units_2025: bool = False) -> PublicationLoad:
    """Province rows of the portal's answer (a list of units) for `year`.
    `units_2025`: the answer ranks the 34 units in place since 1 July 2025;
    each row is kept under the code of the province the unit is named after
    (one of its members) and flagged `unit_2025`."""
    load = PublicationLoad()
    entries = []
    for position, record in enumerate(records):
        locator = f"[{position}]"
        if not isinstance(record, dict) or not record.get("TEN"):
            load.errors.append(PublicationError(source, "unit without TEN (name)", locator=locator))
            continue
        try:
            score = as_number(record.get("TONG_SCORE"))
            rank = as_number(record.get("ROW_STT"))
            components = {f: value for f in COMPONENT_FIELDS if (value := as_number(record.get(f))) is not None}
        except ValueError as exc:
            load.errors.append(PublicationError(source, f"{record['TEN']}: {exc}", locator=locator))
            continue
        code = (unit_namesake(record["TEN"], load, source, f"{locator}.TEN") if units_2025
                else province_code(record["TEN"], load, source, None, f"{locator}.TEN"))
        if code is not None:
            rank = int(rank) if rank is not None else None
            entries.append((locator, code, str(record["TEN"]), score, rank, components))
    computed = bool(entries) and all(e[4] is None for e in entries) and all(e[3] is not None for e in entries)
    ranks = competition_ranks([e[3] for e in entries]) if computed else [e[4] for e in entries]
    for (locator, code, name, score, _, components), rank in zip(entries, ranks, strict=True):
        load.scores.append(IndexScore(
            index_name="766", year=year, province_code=code, province_name_raw=name, score=score,
            scale_max=SCALE_MAX, rank=rank, rank_of=len(records), rank_computed=computed,
            components=components, source_file=source, source_locator=locator, period=period,
            fetched_at=fetched_at, flags=("unit_2025",) if units_2025 else (),
        ))
    return load


def unit_namesake(name: object, load: PublicationLoad, source: str, locator: str) -> str | None:
    """Pre-2025 code of the province a 2025 unit is named after, checked to be
    one of the unit's members; a name that is no 2025 unit is an error."""
    text = str(name or "").strip()
    unit, code = resolve_unit_2025(text), resolve_province(text)
    if unit is None or code is None or successor_2025(code) != unit:
        load.errors.append(PublicationError(source, f"unit {text!r} is not one of the 34 units of 2025",
                                            locator=locator))
        return None
    return code
