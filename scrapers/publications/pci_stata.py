"""PCI totals in a Stata panel (secondary/pci/tnguyentranphuoc_Dataset.dta):
one observation per province and year 2016–2022, `pci` the weighted total
(float32, two decimals as published), `name` an ASCII abbreviation (HNOI,
VPHUC, BĐINH…) and `id` 1–63 in the statistical yearbook's order.

Abbreviations go through the province resolver. One may stand for several
provinces (HGIANG: Hà Giang or Hậu Giang, when Hậu Giang is also written
HAUGIANG): those left over after the unambiguous ones are given their
candidates in ascending code order, by ascending `id` (the yearbook lists
Hà Giang before Hậu Giang, as GSO codes do). Every mapping is then checked
against the official 2016 totals when they are at hand: a province whose
2016 value differs by more than rounding is an error, not a guess. The file
has no ranks: provinces are ranked by total within each year.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    competition_ranks,
)
from scrapers.publications.pci import SCALE_MAX
from scrapers.reference.provinces import abbreviation_candidates

CHECK_YEAR = 2016
ROUNDING = 0.006        # two published decimals, stored as float32


def _codes_by_id(path: Path, frame: pd.DataFrame, load: PublicationLoad) -> dict[int, str]:
    names = frame.drop_duplicates("id").sort_values("id")[["id", "name"]].itertuples(index=False)
    codes, ambiguous = {}, []
    for unit_id, name in names:
        candidates = abbreviation_candidates(str(name))
        if len(candidates) == 1:
            codes[int(unit_id)] = candidates[0]
        elif candidates:
            ambiguous.append((int(unit_id), str(name), candidates))
        else:
            load.errors.append(PublicationError(path.name, f"abbreviation {name!r} names no province",
                                                locator=f"id {unit_id}"))
    taken = set(codes.values())
    for unit_id, name, candidates in ambiguous:
        free = [code for code in candidates if code not in taken]
        if not free:
            load.errors.append(PublicationError(
                path.name, f"abbreviation {name!r}: every candidate {candidates} is taken", locator=f"id {unit_id}"))
            continue
        codes[unit_id] = free[0]
        taken.add(free[0])
    return codes


def parse_pci_stata(path: Path, official_2016: dict[str, float] | None = None) -> PublicationLoad:
    """PCI totals of the Stata panel; `official_2016` (GSO code -> total of the
    official 2016 workbook) checks the province mapping."""
    try:
        frame = pd.read_stata(path, columns=["name", "id", "year", "pci"])
    except (OSError, ValueError, KeyError) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable Stata file: {exc}")) from exc
    load = PublicationLoad()
    codes = _codes_by_id(path, frame, load)
    if official_2016:
        for row in frame[frame["year"] == CHECK_YEAR].itertuples():
            code = codes.get(int(row.id))
            if code in official_2016 and abs(float(row.pci) - official_2016[code]) > ROUNDING:
                load.errors.append(PublicationError(
                    path.name, f"{row.name} (id {row.id}) read as province {code}, but its {CHECK_YEAR} PCI "
                    f"{row.pci:.2f} is not that province's official {official_2016[code]:.2f}",
                    locator=f"obs {row.Index + 1}"))
                codes.pop(int(row.id))
    for year, rows in frame.groupby("year", sort=True):
        entries = []
        for row in rows.itertuples():
            code = codes.get(int(row.id))
            if code is None:
                continue
            if pd.isna(row.pci):
                load.skipped.append(PublicationError(path.name, f"{row.name} {year}: no PCI total at source",
                                                     locator=f"obs {row.Index + 1}"))
                continue
            entries.append((row, code, round(float(row.pci), 2)))
        for (row, code, score), rank in zip(entries, competition_ranks([e[2] for e in entries]), strict=True):
            load.scores.append(IndexScore(
                index_name="PCI", year=int(year), province_code=code, province_name_raw=str(row.name), score=score,
                scale_max=SCALE_MAX, rank=rank, rank_of=len(entries), rank_computed=True, source_file=path.name,
                source_locator=f"obs {row.Index + 1}", tier="secondary", source_row=row.Index + 1,
                flags=() if official_2016 else ("province_mapping_unchecked",),
            ))
    return load
