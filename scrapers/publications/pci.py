"""VCCI's Provincial Competitiveness Index workbooks, 2005–2016.

Each year's workbook has its own layout, described by one row of
`pci/layout.csv` beside the workbooks: the sheet, the first and last data
rows, and the (1-based) column of each sub-index and of the weighted total.
Province column 0 means the sheet is laid out in (province, score) pairs, each
pair sorted by its own score, so every score column has its province name in
the column to its left.

Ranks come from the workbook where it has them: a "Xếp hạng"/"Thứ hạng" column
in the summary sheet or, failing that, in another sheet (2005 keeps its ranks
on a sheet of their own). Otherwise (2006, 2008) provinces are ranked by the
weighted total with `rank_computed` set.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
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
from scrapers.publications.workbook import Sheet, read_workbook, sheet_at
from scrapers.reference.provinces import (
    former_province,
    name_key,
    resolve_province,
    strip_diacritics,
)

LAYOUT_FILE = "layout.csv"
SCALE_MAX = 100.0
# The ten sub-indices as VCCI names them (English as layout.csv heads them,
# Vietnamese as the PCI reports do). "Policy Bias" is "Cạnh tranh bình đẳng"
# (equal competition) since 2013; "Implementation and Consistency of Policies"
# was dropped after 2005.
SUB_INDICES = {
    "Entry Costs": "Gia nhập thị trường",
    "Land Access and Security of Tenure": "Tiếp cận đất đai",
    "Transparency and Access to Information": "Tính minh bạch",
    "Time Costs and Regulatory Compliance": "Chi phí thời gian",
    "Informal Charges": "Chi phí không chính thức",
    "Implementation and Consistency of Policies": "Tính nhất quán trong thực hiện chính sách",
    "Policy Bias": "Cạnh tranh bình đẳng",
    "Proactivity of Provincial Leadership": "Tính năng động của chính quyền tỉnh",
    "Business Support Services": "Dịch vụ hỗ trợ doanh nghiệp",
    "Labor and Training": "Đào tạo lao động",
    "Legal Institutions": "Thiết chế pháp lý",
    "Unweighted": "Chỉ số PCI chưa có trọng số",
}
_FIXED_COLUMNS = {"Year", "Type", "Sheet", "Begin Row", "End Row", "Province", "Weighted Col"}
_UNWEIGHTED = "Unweighted Col"


@dataclass(frozen=True)
class PciLayout:
    year: int
    sheet: int
    first_row: int
    last_row: int
    province_column: int                 # 0: (province, score) pairs
    weighted_column: int
    component_columns: dict[str, int]    # sub-index name (as layout.csv heads it) -> column

    @property
    def paired(self) -> bool:
        return self.province_column == 0


def read_layouts(path: Path) -> dict[int, PciLayout]:
    """The layout of each year's workbook, from `layout.csv`."""
    layouts = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                components = {
                    ("Unweighted" if name == _UNWEIGHTED else name): int(value)
                    for name, value in row.items() if name not in _FIXED_COLUMNS and value and value.strip()
                }
                layout = PciLayout(int(row["Year"]), int(row["Sheet"]), int(row["Begin Row"]), int(row["End Row"]),
                                   int(row["Province"]), int(row["Weighted Col"]), components)
            except (KeyError, TypeError, ValueError) as exc:
                raise PublicationFormatError(
                    PublicationError(path.name, f"bad layout row: {exc}", locator=f"row {line}")) from None
            layouts[layout.year] = layout
    return layouts


def year_of(path: Path) -> int | None:
    match = re.search(r"(?<!\d)(20\d\d)(?!\d)", path.stem)
    return int(match.group(1)) if match else None


def _ascii(value: object) -> str:
    return strip_diacritics(str(value)).lower().strip() if isinstance(value, str) else ""


def _is_rank_header(value: object) -> bool:
    # "Nhóm xếp hạng" (rating band) is not a rank.
    return _ascii(value).startswith(("xep hang", "thu hang", "rank"))


def _is_province_header(value: object) -> bool:
    return _ascii(value).startswith(("tinh", "province"))


def _name_column(layout: PciLayout, score_column: int) -> int:
    return score_column - 1 if layout.paired else layout.province_column


def _check_header(path: Path, sheet: Sheet, layout: PciLayout) -> None:
    """A province header just above the first data row, and no province just
    below the last one: otherwise the rows have shifted against layout.csv."""
    column = _name_column(layout, min([layout.weighted_column, *layout.component_columns.values()]))
    header = sheet.cell(layout.first_row - 1, column)
    if not _is_province_header(header):
        raise PublicationFormatError(PublicationError(
            path.name, f"expected the province header (Tỉnh…) above the first data row, found {header!r}",
            sheet.name, cell_ref(layout.first_row - 1, column)))
    below = sheet.cell(layout.last_row + 1, column)
    if isinstance(below, str) and (resolve_province(below) or former_province(below)):
        raise PublicationFormatError(PublicationError(
            path.name, f"province {below!r} follows the last data row: the table is longer than layout.csv says",
            sheet.name, cell_ref(layout.last_row + 1, column)))


def _rank_column(sheet: Sheet, layout: PciLayout) -> int | None:
    for row in range(1, layout.first_row):
        for column, value in enumerate(sheet.rows[row - 1], start=1):
            if _is_rank_header(value):
                return column
    return None


def _ranks_on_ranking_sheet(sheets: list[Sheet]) -> dict[str, int]:
    """Ranks by province (name key) from a sheet of their own ("Xếp hạng …"),
    found by its header row: a province column and a rank column."""
    for sheet in sheets:
        if "xep hang" not in _ascii(sheet.name):
            continue
        for header_index, header in enumerate(sheet.rows[:5]):
            name_cols = [i for i, v in enumerate(header) if _is_province_header(v)]
            rank_cols = [i for i, v in enumerate(header) if _is_rank_header(v)]
            if name_cols and rank_cols:
                ranks = {}
                for row in sheet.rows[header_index + 1:]:
                    name, rank = row[name_cols[0]], row[rank_cols[0]]
                    if isinstance(name, str) and isinstance(rank, (int, float)):
                        ranks[name_key(name)] = int(rank)
                return ranks
    return {}


@dataclass
class _Entry:
    """One province's row while the workbook is being read."""

    raw_name: str
    row: int
    name_cell: str
    score: float | None
    rank: int | None = None
    components: dict[str, float] = field(default_factory=dict)


def _number(sheet: Sheet, row: int, column: int, path: Path, load: PublicationLoad) -> float | None:
    """A numeric cell; text is recorded as an error naming the cell, and gives None."""
    try:
        return as_number(sheet.cell(row, column))
    except ValueError as exc:
        load.errors.append(PublicationError(path.name, str(exc), sheet.name, cell_ref(row, column)))
        return None


def parse_pci_workbook(path: Path, layout: PciLayout) -> PublicationLoad:
    """Scores of one year's PCI workbook; raises PublicationFormatError if its
    layout is not the one `layout` describes."""
    load = PublicationLoad()
    sheets = read_workbook(path)
    sheet = sheet_at(path, sheets, layout.sheet)
    _check_header(path, sheet, layout)
    rank_column = _rank_column(sheet, layout)
    rows = range(layout.first_row, layout.last_row + 1)

    entries: dict[str, _Entry] = {}
    name_column = _name_column(layout, layout.weighted_column)
    for row in rows:
        name, name_cell = sheet.cell(row, name_column), cell_ref(row, name_column)
        if not isinstance(name, str):
            load.errors.append(PublicationError(path.name, f"no province name (found {name!r})", sheet.name, name_cell))
            continue
        if name_key(name) in entries:
            load.errors.append(PublicationError(path.name, f"province {name!r} listed twice", sheet.name, name_cell))
            continue
        score = _number(sheet, row, layout.weighted_column, path, load)
        if score is None and sheet.cell(row, layout.weighted_column) is None:
            load.errors.append(PublicationError(path.name, f"no weighted PCI for {name!r}", sheet.name,
                                                cell_ref(row, layout.weighted_column)))
        rank = _number(sheet, row, rank_column, path, load) if rank_column else None
        entries[name_key(name)] = _Entry(name, row, name_cell, score, int(rank) if rank is not None else None)

    for component, column in layout.component_columns.items():
        for row in rows:
            name = sheet.cell(row, _name_column(layout, column))
            value = _number(sheet, row, column, path, load)
            entry = entries.get(name_key(name)) if isinstance(name, str) else None
            if entry is None:
                load.errors.append(PublicationError(
                    path.name, f"{component}: province {name!r} is not in the weighted PCI column", sheet.name,
                    cell_ref(row, _name_column(layout, column))))
            elif value is not None:
                entry.components[component] = value

    rank_computed = False
    if rank_column is None:
        ranks = _ranks_on_ranking_sheet(sheets)
        if ranks:
            for key, entry in entries.items():
                entry.rank = ranks.get(key)
        else:
            rank_computed = True
            scored = [entry for entry in entries.values() if entry.score is not None]
            for entry, rank in zip(scored, competition_ranks([entry.score for entry in scored]), strict=True):
                entry.rank = rank

    for entry in entries.values():
        code = province_code(entry.raw_name, load, path.name, sheet.name, entry.name_cell)
        if code is None or entry.score is None:
            continue
        load.scores.append(IndexScore(
            index_name="PCI", year=layout.year, province_code=code, province_name_raw=entry.raw_name,
            score=entry.score, scale_max=SCALE_MAX, rank=entry.rank, rank_of=len(entries),
            rank_computed=rank_computed, components=entry.components, source_file=path.name,
            source_locator=f"sheet {sheet.name!r} row {entry.row}", source_sheet=sheet.name, source_row=entry.row,
            component_labels={c: SUB_INDICES[c] for c in entry.components if c in SUB_INDICES},
        ))
    return load


def load_pci_directory(directory: Path) -> PublicationLoad:
    """Every PCI_<year> workbook in `directory`, read with its `layout.csv` row.
    A workbook that cannot be read is one error; the others still load."""
    load = PublicationLoad()
    try:
        layouts = read_layouts(directory / LAYOUT_FILE)
    except FileNotFoundError:
        load.errors.append(PublicationError(LAYOUT_FILE, "missing: PCI workbooks need their layout"))
        return load
    except PublicationFormatError as exc:
        load.errors.append(exc.error)
        return load
    for path in sorted(directory.glob("*.xls*")):
        year = year_of(path)
        if year not in layouts:
            load.errors.append(PublicationError(path.name, f"no row for year {year} in {LAYOUT_FILE}"))
            continue
        try:
            load.extend(parse_pci_workbook(path, layouts[year]))
        except PublicationFormatError as exc:
            load.errors.append(exc.error)
    return load
