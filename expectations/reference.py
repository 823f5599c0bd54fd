"""The reference values suites check against (metric vocabulary, province codes)."""
from __future__ import annotations

import csv

import duckdb

from scrapers import settings


def reference_values(con: duckdb.DuckDBPyConnection, table: str, column: str) -> list[str]:
    """Distinct non-null values of `column` in `schema.table`.

    A `reference.*` table is a dbt seed: before the first `dbt seed` (raw checks
    run before dbt on a fresh database) the seed CSV it is loaded from is read.
    """
    schema, name = table.split(".")
    exists = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, name]
    ).fetchone()[0]
    if exists:
        rows = con.execute(f"select distinct cast({column} as varchar) from {table} where {column} is not null")
        return sorted(value for (value,) in rows.fetchall())
    seed = settings.SEEDS_DIR / f"{name}.csv"
    if schema != "reference" or not seed.is_file():
        raise LookupError(f"{table} is missing from the database (and no seed {seed}): run dbt build first")
    with seed.open(encoding="utf-8", newline="") as handle:
        return sorted({row[column] for row in csv.DictReader(handle) if row.get(column)})
