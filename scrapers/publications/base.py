"""What every publication parser shares: the error record, the load result,
cell addresses, score cells and ranking by score."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from scrapers.models import IndexScore
from scrapers.reference.provinces import former_province, resolve_province


@dataclass(frozen=True)
class PublicationError:
    """One thing in a publication that could not be loaded, and where it is."""

    file: str
    reason: str
    sheet: str | None = None       # sheet name of a workbook, table number of an HTML page
    locator: str | None = None     # cell (C12), row (row 7) or JSON path ([3].TEN)

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.sheet and f"sheet {self.sheet!r}", self.locator) if part)
        return f"{where}: {self.reason}"


class PublicationFormatError(Exception):
    """A publication whose layout is not the one expected: nothing in it is loaded."""

    def __init__(self, error: PublicationError):
        self.error = error
        super().__init__(str(error))


@dataclass
class PublicationLoad:
    """Scores read from publications, what could not be read (errors), and rows
    deliberately left out (skipped: e.g. an abolished province), each with its place."""

    scores: list[IndexScore] = field(default_factory=list)
    errors: list[PublicationError] = field(default_factory=list)
    skipped: list[PublicationError] = field(default_factory=list)

    def extend(self, other: PublicationLoad) -> None:
        self.scores.extend(other.scores)
        self.errors.extend(other.errors)
        self.skipped.extend(other.skipped)


def cell_ref(row: int, column: int) -> str:
    """Spreadsheet address of a 1-based (row, column): (12, 3) -> C12."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def as_number(value: object) -> float | None:
    """A score cell as a float: numbers, or text in either decimal convention
    ("90,88", "90.88", "90,88%"); None for an empty cell. Raises ValueError on
    anything else, so that text in a score column is reported, not skipped."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, (int, float)):
        if math.isnan(value):
            return None
        return float(value)
    text = str(value).strip().rstrip("%").strip()
    if re.fullmatch(r"-?\d+(,\d+)?", text):
        return float(text.replace(",", "."))
    if re.fullmatch(r"-?\d*\.\d+|-?\d+", text):
        return float(text)
    raise ValueError(f"{value!r} is not a number")


def competition_ranks(scores: list[float]) -> list[int]:
    """Rank 1 for the highest score; equal scores share the best rank and the
    next rank skips (1, 2, 2, 4), as the index publishers rank ties."""
    ordered = sorted(scores, reverse=True)
    first_place = {}
    for position, score in enumerate(ordered, start=1):
        first_place.setdefault(score, position)
    return [first_place[score] for score in scores]


def province_code(raw: object, load: PublicationLoad, file: str, sheet: str | None, locator: str) -> str | None:
    """GSO code of a province name read from a publication. A name that does
    not resolve is recorded in `load` (an abolished province as skipped,
    anything else as an error) and gives None, so no row disappears unnoticed."""
    name = str(raw).strip() if raw is not None else ""
    code = resolve_province(name)
    if code is None:
        former = former_province(name)
        if former:
            load.skipped.append(PublicationError(file, f"{former}: no code in the 63-province list", sheet, locator))
        else:
            load.errors.append(PublicationError(file, f"province {name!r} not recognised", sheet, locator))
    return code
