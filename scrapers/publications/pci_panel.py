"""A research panel of PCI scores: one sheet, one row per province and year
(`ID`, `YEAR`, `Province`), the weighted total in `PCI` and the ten sub-indices
in `PCI1`…`PCI10` (secondary/pci/letrinhandn_…xlsx, 2012–2021 despite its name).

The panel numbers its sub-indices in its own order, not layout.csv's: entry
costs, land access, transparency, time costs, informal charges, proactivity,
business support, labour training, legal institutions, policy bias (see
secondary/README.md). `PCI10` is empty in 2012, when VCCI did not publish
it. The panel has no ranks: provinces are ranked by total within each year
(`rank_computed`). Other columns (GRDP, the PAPI participation dimension…)
are not index scores of this family and are left alone.
"""
from __future__ import annotations

from pathlib import Path

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    cell_ref,
    competition_ranks,
    province_code,
)
from scrapers.publications.pci import SCALE_MAX, SUB_INDICES
from scrapers.publications.workbook import Sheet

PANEL_COLUMNS = ("ID", "YEAR", "Province", "PCI")
SUB_INDEX_COLUMNS = {
    "PCI1": "Entry Costs",
    "PCI2": "Land Access and Security of Tenure",
    "PCI3": "Transparency and Access to Information",
    "PCI4": "Time Costs and Regulatory Compliance",
    "PCI5": "Informal Charges",
    "PCI6": "Proactivity of Provincial Leadership",
    "PCI7": "Business Support Services",
    "PCI8": "Labor and Training",
    "PCI9": "Legal Institutions",
    "PCI10": "Policy Bias",
}


def is_panel(sheet: Sheet) -> bool:
    header = sheet.rows[0] if sheet.rows else []
    return all(column in header for column in PANEL_COLUMNS)


def parse_pci_panel(path: Path, sheet: Sheet) -> PublicationLoad:
    """Province-year PCI totals and sub-indices of the panel sheet."""
    load = PublicationLoad()
    header = list(sheet.rows[0])
    columns = {name: header.index(name) + 1 for name in (*PANEL_COLUMNS, *SUB_INDEX_COLUMNS) if name in header}
    missing = [name for name in SUB_INDEX_COLUMNS if name not in columns]
    if missing:
        raise PublicationFormatError(PublicationError(
            path.name, f"panel header lacks sub-index column(s): {', '.join(missing)}", sheet.name, "row 1"))
    by_year: dict[int, list[IndexScore]] = {}
    for row in range(2, len(sheet.rows) + 1):
        name = sheet.cell(row, columns["Province"])
        if name is None and sheet.cell(row, columns["YEAR"]) is None:
            continue
        try:
            year = int(as_number(sheet.cell(row, columns["YEAR"])))
            total = as_number(sheet.cell(row, columns["PCI"]))
            components = {SUB_INDEX_COLUMNS[c]: value for c in SUB_INDEX_COLUMNS
                          if (value := as_number(sheet.cell(row, columns[c]))) is not None}
        except (TypeError, ValueError) as exc:
            load.errors.append(PublicationError(path.name, f"not a number: {exc}", sheet.name, f"row {row}"))
            continue
        code = province_code(name, load, path.name, sheet.name, cell_ref(row, columns["Province"]))
        if code is None:
            continue
        if total is None:
            load.skipped.append(PublicationError(path.name, f"{name} {year}: no PCI total at source",
                                                 sheet.name, cell_ref(row, columns["PCI"])))
            continue
        by_year.setdefault(year, []).append(IndexScore(
            index_name="PCI", year=year, province_code=code, province_name_raw=str(name), score=total,
            scale_max=SCALE_MAX, rank=None, rank_of=None, rank_computed=True, components=components,
            source_file=path.name, source_locator=f"sheet {sheet.name!r} row {row}", tier="secondary",
            source_sheet=sheet.name, source_row=row, component_labels={c: SUB_INDICES[c] for c in components},
        ))
    for _, scores in sorted(by_year.items()):
        for score, rank in zip(scores, competition_ranks([s.score for s in scores]), strict=True):
            score.rank, score.rank_of = rank, len(scores)
        load.scores.extend(scores)
    return load
