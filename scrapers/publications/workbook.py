"""Spreadsheets as plain rows, whatever the format (.xls via xlrd, .xlsx via
openpyxl), so that parsers index cells the same way for every year."""
from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import xlrd
from openpyxl.utils.exceptions import InvalidFileException

from scrapers.publications.base import PublicationError, PublicationFormatError


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]     # empty cells are None; text is NFC

    def cell(self, row: int, column: int) -> object:
        """Value at a 1-based (row, column); None outside the used range."""
        if 1 <= row <= len(self.rows) and 1 <= column <= len(self.rows[row - 1]):
            return self.rows[row - 1][column - 1]
        return None


def _clean(value: object) -> object:
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).strip()
        return value or None
    return value


def read_workbook(path: Path) -> list[Sheet]:
    """Every sheet of an .xls or .xlsx workbook; an unreadable file is a format error."""
    try:
        if path.suffix.lower() == ".xls":
            book = xlrd.open_workbook(str(path))
            return [Sheet(s.name, [[_clean(v) for v in s.row_values(i)] for i in range(s.nrows)])
                    for s in book.sheets()]
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return [Sheet(s.title, [[_clean(v) for v in row] for row in s.iter_rows(values_only=True)])
                    for s in book.worksheets]
        finally:
            book.close()
    except (OSError, xlrd.XLRDError, ValueError, KeyError, zipfile.BadZipFile, InvalidFileException) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable workbook: {exc}")) from exc


def sheet_at(path: Path, sheets: list[Sheet], number: int) -> Sheet:
    """The 1-based `number`th sheet, or a format error naming the file and sheet."""
    if not 1 <= number <= len(sheets):
        raise PublicationFormatError(PublicationError(
            path.name, f"workbook has {len(sheets)} sheet(s), layout expects sheet {number}", sheet=str(number)))
    return sheets[number - 1]
