"""Walk a directory of publications and hand each file to its family's parser.

The pipeline points this at `REFORM_PUBLICATIONS`. A file that cannot be read
becomes an error naming it, and every other file still loads; files no parser
claims are listed as skipped rather than ignored.
"""
from __future__ import annotations

from pathlib import Path

from scrapers.publications import idx766, papi, pci, rankings
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
)

_WORKBOOK_SUFFIXES = {".xls", ".xlsx"}
# Transcriptions from research repositories (see its README): their own
# families, each with a parser of its own, not ranking tables.
SECONDARY_DIR = "secondary"


def _load_file(path: Path) -> PublicationLoad:
    suffix, name = path.suffix.lower(), path.name.lower()
    if suffix in _WORKBOOK_SUFFIXES and "papi" in name:
        return papi.parse_papi_workbook(path)
    if suffix == ".csv":
        return rankings.parse_ranking_csv(path)
    if suffix in {".html", ".htm"}:
        return rankings.parse_ranking_html(path)
    if suffix == ".json":
        return idx766.parse_766_json(path)
    load = PublicationLoad()
    load.skipped.append(PublicationError(path.name, "no parser for this file"))
    return load


def load_publications(root: Path) -> PublicationLoad:
    """Scores from every publication under `root`, with errors and skipped files."""
    root = Path(root)
    load = PublicationLoad()
    if not root.is_dir():
        load.errors.append(PublicationError(str(root), "publications directory not found"))
        return load
    pci_dirs = sorted({p.parent for p in root.rglob(pci.LAYOUT_FILE)})
    for directory in pci_dirs:
        load.extend(pci.load_pci_directory(directory))
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if SECONDARY_DIR in path.relative_to(root).parts[:-1]:
            load.skipped.append(PublicationError(str(path.relative_to(root)), "secondary publication: no parser yet"))
            continue
        if path.parent in pci_dirs and (path.name == pci.LAYOUT_FILE or path.suffix.lower() in _WORKBOOK_SUFFIXES):
            continue
        try:
            load.extend(_load_file(path))
        except PublicationFormatError as exc:
            load.errors.append(exc.error)
    return load
