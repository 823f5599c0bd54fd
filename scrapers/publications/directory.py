"""Walk a directory of publications and hand each file to its family's parser.

The pipeline points this at `REFORM_PUBLICATIONS`. A file that cannot be read
becomes an error naming it, and every other file still loads; files no parser
claims are listed as skipped rather than ignored. Rows, errors and skipped
entries name their file by its path relative to the root, because the same
file name may sit in two folders.

Families that are a folder rather than a file (PCI workbooks with their
`layout.csv`, PAPI year files with their codebook) load first, then every
other file by its suffix and, for spreadsheets and CSV, by its header.
"""
from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from scrapers.publications import (
    idx766,
    papi,
    papi_csv,
    papi_dashboard,
    pci,
    pci_panel,
    pci_stata,
    pci_vcci_data,
    rankings,
)
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
)
from scrapers.publications.workbook import read_workbook

_WORKBOOK_SUFFIXES = {".xls", ".xlsx"}
_DOCUMENTATION_SUFFIXES = {".md", ".txt"}


def _csv_header(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []     # the ranking parser reports what is wrong with it


def _load_workbook(path: Path) -> PublicationLoad:
    if "papi" in path.name.lower():
        return papi.parse_papi_workbook(path)
    sheets = read_workbook(path)
    if pci_vcci_data.is_vcci_data_workbook(sheets):
        return pci_vcci_data.parse_vcci_data_workbook(path, sheets)
    panels = [sheet for sheet in sheets if pci_panel.is_panel(sheet)]
    if panels:
        load = PublicationLoad()
        for sheet in panels:
            load.extend(pci_panel.parse_pci_panel(path, sheet))
        return load
    load = PublicationLoad()
    load.skipped.append(PublicationError(path.name, "workbook of no known layout (PAPI, PCI panel, VCCI PCI data)"))
    return load


def _load_file(path: Path, official_pci_2016: dict[str, float]) -> PublicationLoad:
    suffix = path.suffix.lower()
    if suffix in _WORKBOOK_SUFFIXES:
        return _load_workbook(path)
    if suffix == ".dta":
        return pci_stata.parse_pci_stata(path, official_pci_2016)
    if suffix == ".csv":
        if papi_dashboard.is_papi_dashboard(_csv_header(path)):
            return papi_dashboard.parse_papi_dashboard(path)
        return rankings.parse_ranking_csv(path)
    if suffix in {".html", ".htm"}:
        return rankings.parse_ranking_html(path)
    if suffix == ".json":
        return idx766.parse_766_json(path)
    load = PublicationLoad()
    reason = "documentation" if suffix in _DOCUMENTATION_SUFFIXES else "no parser for this file"
    load.skipped.append(PublicationError(path.name, reason))
    return load


def _relative(load: PublicationLoad, directory: Path, root: Path) -> PublicationLoad:
    """The load with file names made paths relative to `root` (the parsers
    name files as they see them, relative to `directory`)."""
    prefix = directory.relative_to(root)

    def path_of(name: str) -> str:
        return (prefix / name).as_posix()

    return PublicationLoad(
        scores=[dataclasses.replace(s, source_file=path_of(s.source_file)) for s in load.scores],
        errors=[dataclasses.replace(e, file=path_of(e.file)) for e in load.errors],
        skipped=[dataclasses.replace(e, file=path_of(e.file)) for e in load.skipped],
    )


def load_publications(root: Path) -> PublicationLoad:
    """Scores from every publication under `root`, with errors and skipped files."""
    root = Path(root)
    load = PublicationLoad()
    if not root.is_dir():
        load.errors.append(PublicationError(str(root), "publications directory not found"))
        return load
    pci_dirs = sorted({p.parent for p in root.rglob(pci.LAYOUT_FILE)})
    for directory in pci_dirs:
        load.extend(_relative(pci.load_pci_directory(directory), directory, root))
    papi_dirs = sorted(d for d in root.rglob("*") if d.is_dir() and papi_csv.is_papi_csv_directory(d))
    for directory in papi_dirs:
        load.extend(_relative(papi_csv.load_papi_csv_directory(directory), directory, root))
    official_pci_2016 = {s.province_code: s.score for s in load.scores
                         if s.index_name == "PCI" and s.year == pci_stata.CHECK_YEAR and s.tier == "official"}

    def claimed(path: Path) -> bool:
        if path.parent in pci_dirs:
            return path.name == pci.LAYOUT_FILE or path.suffix.lower() in _WORKBOOK_SUFFIXES
        return path.parent in papi_dirs and path.suffix.lower() == ".csv" or (
            path.parent.name == papi_csv.CODEBOOK_DIR and path.parent.parent in papi_dirs)

    for path in sorted(p for p in root.rglob("*") if p.is_file() and not claimed(p)):
        try:
            loaded = _load_file(path, official_pci_2016)
        except PublicationFormatError as exc:
            loaded = PublicationLoad(errors=[exc.error])
        load.extend(_relative(loaded, path.parent, root))
    return load
