"""A VCCI "PCI data" workbook: sheet "Tổng hợp" with one row per province and
the ten sub-index scores headed "CSTP 1: Gia nhập thị trường" … "CSTP 10:
Thiết chế pháp lý & An ninh trật tự", then one sheet per sub-index with its
indicators (secondary/pci/ttuan8600_…xlsx).

It has no total and no rank (from 2023 VCCI publishes those for the top 30
only), so its rows carry sub-indices with an empty score. The year is written
nowhere in the file: its values match no PCI year 2012–2022 and it is taken
to be PCI 2023 (secondary/README.md), so every row is flagged
`year_inferred`. Thanh Hóa's 2023 values on pcivietnam.vn appear under the
row "Thái Nguyên" here, so one of the two sources swapped them: both rows are
flagged `doubtful_row`.
"""
from __future__ import annotations

import re
from pathlib import Path

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    cell_ref,
    province_code,
)
from scrapers.publications.pci import SCALE_MAX, SUB_INDICES
from scrapers.publications.workbook import Sheet
from scrapers.reference.provinces import name_key, resolve_province

SUMMARY_SHEET = "Tổng hợp"
INFERRED_YEAR = 2023
DOUBTFUL_PROVINCES = ("Thanh Hóa", "Thái Nguyên")
# "CSTP n" -> sub-index, in the order VCCI numbers them since 2013.
SUB_INDEX_NUMBERS = {
    1: "Entry Costs", 2: "Land Access and Security of Tenure", 3: "Transparency and Access to Information",
    4: "Time Costs and Regulatory Compliance", 5: "Informal Charges", 6: "Policy Bias",
    7: "Proactivity of Provincial Leadership", 8: "Business Support Services", 9: "Labor and Training",
    10: "Legal Institutions",
}
_SUB_INDEX_HEADER = re.compile(r"CSTP\s*(\d+)\s*:\s*(.+)")


def is_vcci_data_workbook(sheets: list[Sheet]) -> bool:
    return any(sheet.name == SUMMARY_SHEET for sheet in sheets)


def parse_vcci_data_workbook(path: Path, sheets: list[Sheet]) -> PublicationLoad:
    """Sub-index scores of every province on the summary sheet. The table ends
    at its first empty row; what follows (a repeated row, lowest / median /
    highest) is not a province's."""
    sheet = next(s for s in sheets if s.name == SUMMARY_SHEET)
    header = sheet.rows[0] if sheet.rows else []
    columns, labels = {}, {}
    for column, text in enumerate(header, start=1):
        match = _SUB_INDEX_HEADER.match(str(text or ""))
        if match and int(match.group(1)) in SUB_INDEX_NUMBERS:
            component = SUB_INDEX_NUMBERS[int(match.group(1))]
            columns[component], labels[component] = column, match.group(2).strip()
    if len(columns) != len(SUB_INDEX_NUMBERS):
        raise PublicationFormatError(PublicationError(
            path.name, f"expected the headers CSTP 1 … CSTP 10 on row 1, found {len(columns)}", sheet.name, "row 1"))
    doubtful = {resolve_province(name) for name in DOUBTFUL_PROVINCES}
    load = PublicationLoad()
    seen = set()
    for row in range(2, len(sheet.rows) + 1):
        name = sheet.cell(row, 1)
        if name is None:
            break
        if name_key(str(name)) in seen:
            load.errors.append(PublicationError(path.name, f"province {name!r} listed twice", sheet.name, f"A{row}"))
            continue
        seen.add(name_key(str(name)))
        try:
            components = {c: value for c, col in columns.items()
                          if (value := as_number(sheet.cell(row, col))) is not None}
        except ValueError as exc:
            load.errors.append(PublicationError(path.name, str(exc), sheet.name, f"row {row}"))
            continue
        code = province_code(name, load, path.name, sheet.name, cell_ref(row, 1))
        if code is None:
            continue
        flags = ("year_inferred", "doubtful_row") if code in doubtful else ("year_inferred",)
        load.scores.append(IndexScore(
            index_name="PCI", year=INFERRED_YEAR, province_code=code, province_name_raw=str(name), score=None,
            scale_max=SCALE_MAX, rank=None, rank_of=None, rank_computed=False, components=components,
            source_file=path.name, source_locator=f"sheet {sheet.name!r} row {row}", tier="secondary",
            source_sheet=sheet.name, source_row=row, flags=flags,
            component_labels={c: labels.get(c) or SUB_INDICES[c] for c in components},
        ))
    return load
