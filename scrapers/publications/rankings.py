"""Ranking tables as published on the web (PAR Index, SIPAS, …), as CSV or HTML.

Publishers head their columns in Vietnamese or English and in no fixed order,
so the header row is found by its column names: a province column and a score
or rank column. The index is named in the file name, a column name
(`par_index_pct`) or the page title; the year in a column, else the file name
or title.

`rank_of` comes from a column where the table has one. A table naming at least
34 units is taken as complete (the 63 provinces, or the 34 units since 2025):
then `rank_of` is its size, and if it has scores but no ranks, provinces are
ranked by score (`rank_computed`). An excerpt (a news report's top five) keeps
`rank_of` empty rather than guessing.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from scrapers.models import IndexScore
from scrapers.publications.base import (
    PublicationError,
    PublicationFormatError,
    PublicationLoad,
    as_number,
    competition_ranks,
    province_code,
)
from scrapers.reference.provinces import strip_diacritics

# Index name -> words that name it in file names, headers and titles (ASCII-folded).
INDEX_NAMES = {
    "SIPAS": ("sipas", "hai long", "satisfaction"),
    "PAR": ("par index", "par_index", "parindex", "par", "cai cach hanh chinh"),
    "PAPI": ("papi",),
    "PCI": ("pci", "nang luc canh tranh"),
    "DTI": ("dti", "chuyen doi so"),
    "766": ("766",),
}
SCALE_MAX = {"PAR": 100.0, "SIPAS": 100.0, "PCI": 100.0, "766": 100.0}
COMPLETE_TABLE = 34
_HEADER_SEARCH_ROWS = 10

# Column role -> header spellings (ASCII-folded, lower case), matched at the
# start of the header as whole words: "name" is not "năm", "score_qualifier"
# is not a score and "rank_note" is not a rank. First role wins.
_ROLES = {
    "rank_of": re.compile(r"^(rank_of|rank of|tong so|out of)\b"),
    "rank": re.compile(r"^(xep hang|thu hang|hang|rank)\b"),
    "year": re.compile(r"^(nam|year)\b"),
    "province": re.compile(r"^(tinh|dia phuong|don vi|province|name|ten)\b"),
    "score": re.compile(r"^(diem|chi so|ket qua|score|ty le|muc do hai long|value|gia tri"
                        r"|par_index\w*|sipas\w*|\w+_pct|par index)\b|%\)?$"),
}


def _fold(text: object) -> str:
    return re.sub(r"\s+", " ", strip_diacritics(str(text or "")).lower()).strip()


def _role(header: str) -> str | None:
    folded = _fold(header)
    return next((role for role, pattern in _ROLES.items() if pattern.search(folded)), None)


def _index_named_in(text: str) -> str | None:
    words = re.sub(r"[^a-z0-9_ ]+", " ", _fold(text))
    for index, names in INDEX_NAMES.items():
        if any(re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", words) for name in names):
            return index
    return None


def _year_in(text: str) -> int | None:
    match = re.search(r"(?<!\d)(20\d\d)(?!\d)", text)
    return int(match.group(1)) if match else None


def _header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    for position, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for column, cell in enumerate(row):
            role = _role(cell)
            if role and role not in columns:
                columns[role] = column
        if "province" in columns and ("score" in columns or "rank" in columns):
            return position, columns
    raise ValueError("no header row with a province column and a score or rank column "
                     f"in the first {_HEADER_SEARCH_ROWS} rows")


def _rank(value: str) -> tuple[int | None, int | None]:
    """A rank cell: "5", "05", "5/63" (rank and its denominator)."""
    text = (value or "").strip()
    if not text:
        return None, None
    match = re.fullmatch(r"(\d+)(?:\s*/\s*(\d+))?", text)
    if not match:
        raise ValueError(f"rank {value!r} is not a number")
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def parse_ranking_rows(rows: list[list[str]], file: str, context: str, table: str | None = None) -> PublicationLoad:
    """Scores from one table's rows (header included). `context` is the text the
    index and year may be named in: the file name, and an HTML page's title."""
    load = PublicationLoad()
    try:
        header_at, columns = _header(rows)
    except ValueError as exc:
        raise PublicationFormatError(PublicationError(file, str(exc), table)) from exc
    headers = " ".join(rows[header_at])
    index = _index_named_in(context) or _index_named_in(headers) or _index_named_in(
        " ".join(" ".join(row) for row in rows[:header_at]))
    if index is None:
        raise PublicationFormatError(PublicationError(
            file, f"no index named in the file name, title or headers (one of {', '.join(INDEX_NAMES)})", table))
    default_year = _year_in(context) or _year_in(" ".join(" ".join(row) for row in rows[:header_at]))

    by_year: dict[int, list[dict]] = defaultdict(list)
    for line, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        locator = f"row {line}"
        cells = {role: (row[col].strip() if col < len(row) and row[col] else "") for role, col in columns.items()}
        if not any(cells.values()):
            continue
        try:
            score = as_number(cells.get("score"))
            rank, denominator = _rank(cells.get("rank", ""))
            rank_of = int(as_number(cells["rank_of"])) if cells.get("rank_of") else denominator
            year = int(as_number(cells["year"])) if cells.get("year") else default_year
        except ValueError as exc:
            load.errors.append(PublicationError(file, str(exc), table, locator))
            continue
        if year is None:
            load.errors.append(PublicationError(file, "no year in the row, file name or title", table, locator))
            continue
        code = province_code(cells["province"], load, file, table, locator)
        if code is None:
            continue
        if score is None and rank is None:
            load.skipped.append(PublicationError(file, f"{cells['province']}: neither score nor rank", table, locator))
            continue
        by_year[year].append({"code": code, "name": cells["province"], "score": score, "rank": rank,
                              "rank_of": rank_of, "locator": locator})

    for year, entries in sorted(by_year.items()):
        complete = len(entries) >= COMPLETE_TABLE
        computed = complete and all(e["rank"] is None for e in entries) and all(e["score"] is not None for e in entries)
        if computed:
            for entry, rank in zip(entries, competition_ranks([e["score"] for e in entries]), strict=True):
                entry["rank"] = rank
        for entry in entries:
            load.scores.append(IndexScore(
                index_name=index, year=year, province_code=entry["code"], province_name_raw=entry["name"],
                score=entry["score"], scale_max=SCALE_MAX.get(index), rank=entry["rank"],
                rank_of=entry["rank_of"] or (len(entries) if complete else None), rank_computed=computed,
                source_file=file, source_locator=f"{table} {entry['locator']}" if table else entry["locator"],
            ))
    return load


def parse_ranking_csv(path: Path) -> PublicationLoad:
    """A ranking CSV (UTF-8, with or without BOM; comma or semicolon separated)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable CSV: {exc}")) from exc
    # The header line's most frequent separator; csv.Sniffer trips on quoted prose.
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return parse_ranking_rows(rows, path.name, path.stem)


def parse_ranking_html(path: Path) -> PublicationLoad:
    """Every ranking table on a saved web page; tables without a province and
    score/rank header (layout tables, menus) are not rankings and are passed over."""
    try:
        tree = LexborHTMLParser(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError as exc:
        raise PublicationFormatError(PublicationError(path.name, f"unreadable HTML: {exc}")) from exc
    title = " ".join(node.text(strip=True) for node in tree.css("title, h1, h2"))
    load = PublicationLoad()
    tables = tree.css("table")
    for number, table in enumerate(tables, start=1):
        rows = [[cell.text(separator=" ", strip=True) for cell in tr.css("th, td")] for tr in table.css("tr")]
        caption = " ".join(node.text(strip=True) for node in table.css("caption"))
        try:
            load.extend(parse_ranking_rows(rows, path.name, f"{path.stem} {caption} {title}", f"table {number}"))
        except PublicationFormatError as exc:
            if "no header row" not in exc.error.reason:
                load.errors.append(exc.error)
    if not load.scores and not load.errors:
        load.errors.append(PublicationError(path.name, f"none of its {len(tables)} table(s) is a ranking"))
    return load
