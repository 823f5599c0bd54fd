"""The PAPI workbook (UNDP / papi.org.vn): one sheet per year ("2011_PAPI"),
two header rows (English, then Vietnamese), one row per province with the
dimension scores and the total.

Columns are found by their header, not their position, because the sub-
dimensions between them change from year to year. Each dimension scores 0–10,
so the total's scale is 10 × the number of dimensions (60 for 2011–2017, 80
once e-governance and environmental governance joined in 2018). The workbook
has no ranks: provinces are ranked by total (`rank_computed`). Where a
province has no dimension scores the workbook's total formula gives 0 (Bắc
Giang and Đồng Tháp in 2014); that value is kept, ranked, and the components
stay empty, as in the reference table, but flagged `total_without_dimensions`:
the transcriptions have those province-years blank.
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
    competition_ranks,
    province_code,
)
from scrapers.publications.workbook import Sheet, read_workbook
from scrapers.reference.provinces import strip_diacritics

# Dimension (component name) -> its Vietnamese header.
DIMENSIONS = {
    "Participation at Local Levels": "Tham gia của người dân ở cấp cơ sở",
    "Transparency": "Công khai, minh bạch",
    "Vertical Accountability": "Trách nhiệm giải trình với người dân",
    "Control of Corruption": "Kiểm soát tham nhũng trong khu vực công",
    "Public Administrative Procedures": "Thủ tục hành chính công",
    "Public Service Delivery": "Cung ứng dịch vụ công",
}
LATER_DIMENSIONS = {
    "Environmental Governance": "Quản trị môi trường",
    "E-Governance": "Quản trị điện tử",
}
HEADER_ROWS = 2
_SUMMARY_ROW_ID = 900      # tinhid 999 and the like: highest / lowest / average rows


def _folded(value: object) -> str:
    return re.sub(r"\s+", " ", strip_diacritics(str(value)).lower()).strip() if isinstance(value, str) else ""


def _columns(path: Path, sheet: Sheet) -> tuple[int, int, int, dict[str, int]]:
    """(id, name, total, dimensions) columns, 1-based, found by header text."""
    headers = [[_folded(sheet.cell(row, col)) for row in range(1, HEADER_ROWS + 1)]
               for col in range(1, max((len(r) for r in sheet.rows[:HEADER_ROWS]), default=0) + 1)]

    def find(*names: str) -> int | None:
        wanted = {_folded(name) for name in names}
        return next((col for col, texts in enumerate(headers, start=1) if wanted & set(texts)), None)

    def find_prefix(*prefixes: str) -> int | None:
        return next((col for col, texts in enumerate(headers, start=1)
                     if any(text.startswith(prefixes) for text in texts)), None)

    id_col, name_col = find("tinhid"), find("tentinh_vie") or find("tentinh_eng")
    total_col = find_prefix("un-weighted", "unweighted", "chi so papi")
    dimensions = {name: col for name, vi in DIMENSIONS.items() if (col := find(name, vi))}
    missing = [label for label, col in (("tinhid", id_col), ("tentinh_vie", name_col), ("PAPI total", total_col))
               if col is None] + [name for name in DIMENSIONS if name not in dimensions]
    if missing:
        raise PublicationFormatError(PublicationError(
            path.name, f"header rows 1–{HEADER_ROWS} lack column(s): {', '.join(missing)}", sheet.name, "rows 1-2"))
    dimensions |= {name: col for name, vi in LATER_DIMENSIONS.items() if (col := find(name, vi))}
    return id_col, name_col, total_col, dimensions


def parse_papi_sheet(path: Path, sheet: Sheet, year: int) -> PublicationLoad:
    load = PublicationLoad()
    id_col, name_col, total_col, dimensions = _columns(path, sheet)
    rows = []
    for row in range(HEADER_ROWS + 1, len(sheet.rows) + 1):
        unit_id, name = sheet.cell(row, id_col), sheet.cell(row, name_col)
        if unit_id is None and name is None:
            continue
        if isinstance(unit_id, (int, float)) and unit_id >= _SUMMARY_ROW_ID:
            continue
        try:
            total = as_number(sheet.cell(row, total_col))
            components = {dim: value for dim, col in dimensions.items()
                          if (value := as_number(sheet.cell(row, col))) is not None}
        except ValueError as exc:
            bad_col = next(col for col in [total_col, *dimensions.values()] if not _is_number(sheet.cell(row, col)))
            load.errors.append(PublicationError(path.name, str(exc), sheet.name, cell_ref(row, bad_col)))
            continue
        if total is None and set(components) >= set(DIMENSIONS):
            # The total is a formula (=D3+I3+…) over the dimension cells; a copy
            # saved without cached values has it empty, so sum as the formula does.
            total = sum(components.values())
        if total is None:
            load.errors.append(PublicationError(path.name, f"no PAPI total for {name!r}", sheet.name,
                                                cell_ref(row, total_col)))
            continue
        code = province_code(name, load, path.name, sheet.name, cell_ref(row, name_col))
        if code is not None:
            rows.append((row, code, str(name), total, components))
    for (row, code, name, total, components), rank in zip(rows, competition_ranks([r[3] for r in rows]), strict=True):
        load.scores.append(IndexScore(
            index_name="PAPI", year=year, province_code=code, province_name_raw=name, score=total,
            scale_max=10.0 * len(dimensions), rank=rank, rank_of=len(rows), rank_computed=True,
            components=components, source_file=path.name, source_locator=f"sheet {sheet.name!r} row {row}",
            source_sheet=sheet.name, source_row=row,
            flags=("total_without_dimensions",) if not components else (),
            component_labels={d: vi for d, vi in (DIMENSIONS | LATER_DIMENSIONS).items() if d in components},
        ))
    return load


def _is_number(value: object) -> bool:
    try:
        as_number(value)
        return True
    except ValueError:
        return False


def parse_papi_workbook(path: Path) -> PublicationLoad:
    """Every year sheet of a PAPI workbook; a malformed sheet is one error and
    the other years still load. Sheets without a year in their name are not data."""
    load = PublicationLoad()
    for sheet in read_workbook(path):
        match = re.search(r"(?<!\d)(20\d\d)(?!\d)", sheet.name)
        if not match:
            load.skipped.append(PublicationError(path.name, "no year in the sheet name: not a score sheet", sheet.name))
            continue
        try:
            load.extend(parse_papi_sheet(path, sheet, int(match.group(1))))
        except PublicationFormatError as exc:
            load.errors.append(exc.error)
    return load
