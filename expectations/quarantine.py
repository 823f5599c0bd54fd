"""`quality.quarantine`: the rows that failed a row-level expectation.

The table mirrors the latest validation of each suite: a re-run keeps a row
still failing once (with the time it was first recorded), adds new failures
and drops rows that now pass. dbt's staging models leave out every row held
here with a severity other than `warn` (macro `quarantined_row_keys`), so the
build goes on without them.
"""
from __future__ import annotations

import json

import duckdb
import pandas as pd

from scrapers.raw.schema import transaction

TABLE = "quality.quarantine"
COLUMNS = ["suite", "expectation", "severity", "table_name", "row_key", "row_json"]

DDL = f"""
create schema if not exists quality;
create table if not exists {TABLE} (
    suite varchar not null,
    expectation varchar not null,      -- the expectation's `name` in its suite
    severity varchar not null,         -- error | warn
    table_name varchar not null,
    row_key varchar not null,          -- fact_id, article_id, "url sha256" …
    row_json varchar,                  -- the row as validated (long texts cut)
    recorded_at timestamp not null,    -- first time the row failed this expectation
    primary key (suite, expectation, table_name, row_key)
);
"""

# The full row stays in its table; quarantine only has to show what failed.
MAX_TEXT_CHARS = 500

# When is quarantining rows no longer the pages' fault but a broken step's?
# More than MAX_SHARE of a table's rows held back blocks publishing, as a
# failed `error` expectation does: a parser that lost every date, an
# extractor that reads every rate as 150 %. Below MIN_ROWS_FOR_SHARE held-back
# rows the share is not judged: in a small corpus one bad page is already a
# large share (1 article in 8), and it must not stop the night.
MAX_SHARE = 0.2
MIN_ROWS_FOR_SHARE = 20


def share_exceeded(n_quarantined: int, n_rows: int) -> bool:
    """Whether `n_quarantined` of `n_rows` rows held back is too many to publish without."""
    return n_quarantined >= MIN_ROWS_FOR_SHARE and n_quarantined > MAX_SHARE * n_rows


def row_json(row: pd.Series) -> str:
    values = {}
    for column, value in row.items():
        if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            value = value[:MAX_TEXT_CHARS] + "…"
        values[column] = None if _is_missing(value) else value
    return json.dumps(values, ensure_ascii=False, default=str)


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are values, not missing
        return False


def replace_suite_rows(con: duckdb.DuckDBPyConnection, suite: str, rows: list[dict]) -> int:
    """Make the quarantine rows of `suite` exactly `rows` (dicts of COLUMNS)."""
    con.execute(DDL)
    frame = pd.DataFrame(rows, columns=COLUMNS).drop_duplicates(["expectation", "table_name", "row_key"])
    frame["suite"] = suite
    con.register("_failing", frame)
    try:
        with transaction(con):
            con.execute(f"""
                delete from {TABLE} q where q.suite = ? and not exists (
                    select 1 from _failing f where f.expectation = q.expectation
                      and f.table_name = q.table_name and f.row_key = q.row_key)
            """, [suite])
            con.execute(f"""
                update {TABLE} q set row_json = f.row_json, severity = f.severity from _failing f
                where q.suite = f.suite and q.expectation = f.expectation
                  and q.table_name = f.table_name and q.row_key = f.row_key
            """)
            con.execute(f"""
                insert into {TABLE} ({', '.join(COLUMNS)}, recorded_at)
                select {', '.join('f.' + c for c in COLUMNS)}, now() from _failing f
                where not exists (select 1 from {TABLE} q where q.suite = f.suite and q.expectation = f.expectation
                                  and q.table_name = f.table_name and q.row_key = f.row_key)
            """)
    finally:
        con.unregister("_failing")
    return len(frame)
