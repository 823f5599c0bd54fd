"""The raw layer of the warehouse: DuckDB tables that keep every page, article,
fact and index row with its provenance, and the idempotent writes into them.

Every write is keyed (a page by URL and content hash, an article by id, facts
by article and extractor version, index rows by publication file), so running
a step twice leaves the same rows. Each write is one transaction (parsing and
extraction write one per chunk): a crash mid-write leaves the tables as they
were before that write, and the next run goes on from the last chunk kept.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from scrapers import settings

SCHEMA = "raw"

DDL = f"""
create schema if not exists {SCHEMA};

create table if not exists {SCHEMA}.pages (
    page_key varchar not null,         -- the request: URL for GET, URL#POST?form for POST (JSON list APIs)
    sha256 varchar not null,           -- content hash of the body
    url varchar not null,              -- canonical URL requested
    method varchar,
    final_url varchar,
    source_id varchar,
    status integer,                    -- 0: no HTTP answer (see error)
    error varchar,                     -- why the exchange failed (timeout, refused redirect, too large…)
    content_type varchar,
    size bigint,
    reconstructed boolean,             -- rebuilt by the project (seed archive), not captured
    first_fetched_at timestamp,
    last_fetched_at timestamp,
    primary key (page_key, sha256)
);

create table if not exists {SCHEMA}.page_parses (
    page_key varchar not null,
    sha256 varchar not null,
    url varchar not null,
    outcome varchar not null,          -- article | listing | error | skipped
    reason varchar,                    -- why a page was not an article (parse error, HTTP status…)
    article_id varchar,
    parsed_at timestamp,
    primary key (page_key, sha256)
);
-- How an article's title, date and body were found, as JSON (e.g. title: "source h1.x").
alter table {SCHEMA}.page_parses add column if not exists found varchar;
-- The parser version the page was parsed with (scrapers/parse/version.py); NULL: parsed before versions
-- were recorded. A page whose version differs from today's is parsed again.
alter table {SCHEMA}.page_parses add column if not exists parser_version varchar;

create table if not exists {SCHEMA}.articles (
    article_id varchar primary key,
    url varchar not null,
    source_id varchar,
    province varchar,
    title varchar,
    published date,
    body varchar,
    text varchar,                      -- title + body: fact evidence offsets index into this
    text_sha256 varchar,
    page_sha256 varchar,
    parsed_at timestamp
);

create table if not exists {SCHEMA}.extractions (
    article_id varchar not null,
    text_sha256 varchar not null,
    extractor_version varchar not null,
    n_facts integer,
    extracted_at timestamp,
    primary key (article_id, text_sha256, extractor_version)
);

create table if not exists {SCHEMA}.facts (
    fact_id varchar primary key,
    article_id varchar not null,
    metric varchar not null,
    value double,
    unit varchar,
    qualifier varchar,
    kind varchar,
    index_name varchar,
    component varchar,
    rank_of integer,
    level varchar,
    province varchar,
    period varchar,
    period_start date,
    period_end date,
    evidence varchar,
    evidence_start integer,
    evidence_end integer,
    extractor_version varchar,
    extracted_at timestamp
);

-- The whole sentence each fact's evidence stands in, and its offsets in the article text (facts-1.9).
alter table {SCHEMA}.facts add column if not exists evidence_sentence varchar;
alter table {SCHEMA}.facts add column if not exists sentence_start integer;
alter table {SCHEMA}.facts add column if not exists sentence_end integer;

create table if not exists {SCHEMA}.index_scores (
    index_name varchar not null,
    year integer not null,
    period varchar not null default 'year',  -- part of the year the figure covers: year | H1 | Q1…Q4 | M01…M12
    province_code varchar not null,
    measure varchar not null default 'total',  -- total | total_6dim (PAPI's six dimensions, comparable across years)
    province_name_raw varchar,
    score double,
    scale_max double,
    rank integer,
    rank_of integer,
    rank_computed boolean,
    tier varchar not null default 'official',  -- official | secondary (a transcription) | cross-check
    flags varchar,                     -- doubts carried by the source, comma-separated (year_inferred, doubtful_row…)
    source_file varchar not null,      -- path under REFORM_PUBLICATIONS, or the archived request of a live answer
    source_sheet varchar,
    source_row integer,
    source_locator varchar,
    fetched_at timestamp,              -- live answers: when the portal gave it
    loaded_at timestamp,
    primary key (index_name, year, period, province_code, measure, source_file)
);

create table if not exists {SCHEMA}.index_components (
    index_name varchar not null,
    year integer not null,
    period varchar not null default 'year',
    province_code varchar not null,
    component varchar not null,
    component_label varchar,           -- the publisher's Vietnamese name, where known
    score double,
    source_file varchar not null,
    primary key (index_name, year, period, province_code, component, source_file)
);

create table if not exists {SCHEMA}.publication_skips (
    subject varchar not null,          -- the file (path under REFORM_PUBLICATIONS)
    locator varchar,
    reason varchar not null,           -- why nothing was loaded there: blank at source, abolished province…
    recorded_at timestamp
);

create table if not exists {SCHEMA}.publication_loads (
    root varchar primary key,          -- the REFORM_PUBLICATIONS directory
    files_digest varchar not null,     -- names and contents of every file under it when last loaded
    loaded_at timestamp
);

create table if not exists {SCHEMA}.sources (
    source_id varchar primary key,
    name varchar,
    family varchar,                    -- CMS / markup family
    province varchar,                  -- GSO code; NULL for national outlets
    hosts varchar
);
-- Added with the registry's evidence status and the crawl outcomes (older databases gain them here).
alter table {SCHEMA}.sources add column if not exists unit_2025 varchar;       -- 2025 unit code; NULL national
alter table {SCHEMA}.sources add column if not exists status varchar;          -- verified | unverified | retired
alter table {SCHEMA}.sources add column if not exists successor varchar;       -- retired: who took over
alter table {SCHEMA}.sources add column if not exists last_outcome varchar;    -- ok | errors | failed | host skipped
alter table {SCHEMA}.sources add column if not exists last_outcome_since timestamptz;  -- when that outcome began

create table if not exists {SCHEMA}.load_errors (
    stage varchar not null,            -- crawl | parse | extract | publications
    subject varchar not null,          -- the URL or file at fault
    locator varchar,                   -- sheet, cell, row… where known
    reason varchar not null,
    recorded_at timestamp
);
"""


@contextmanager
def connect(path: Path | str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the working database with the raw schema in place.

    Closed on exit: dbt and DuckDB allow one writer, so no step holds the file
    longer than it writes.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only, config={"memory_limit": settings.duckdb_memory_limit()})
    try:
        if not read_only:
            _upgrade_index_tables(con)
            con.execute(DDL)
        yield con
    finally:
        con.close()
        release_freed_memory()


def _upgrade_index_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Index tables written before rows had a tier, a measure and a period are
    dropped, and the publications marked unloaded: they are rebuilt from the
    files on the next load (nothing in them came from anywhere else)."""
    old = con.execute(f"""
        select count(*) from information_schema.tables t
        where t.table_schema = '{SCHEMA}' and t.table_name = 'index_scores'
          and not exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
                          and c.table_name = t.table_name and c.column_name = 'tier')
    """).fetchall()[0][0]
    if old:
        con.execute(f"drop table {SCHEMA}.index_scores; drop table if exists {SCHEMA}.index_components;"
                    f"delete from {SCHEMA}.publication_loads")


def release_freed_memory() -> None:
    """Hand memory freed by a finished step back to the operating system.

    CPython and pandas free large buffers, but glibc keeps the pages for
    reuse; on a long in-process run that reads a big archive step after step
    the process would hold each step's peak. The next step, often another
    process (dbt), needs that memory more. A no-op off glibc.
    """
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """The columns of `raw.<table>` as the DDL above declares them: the one
    definition every writer's rows are shaped by."""
    return [row[0] for row in con.execute(f"describe {SCHEMA}.{table}").fetchall()]


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[dict]) -> int:
    """Bulk-insert dict rows through a DataFrame; returns the count. Keys are
    the table's columns (a missing one is NULL); a key the table lacks is an
    error naming it, never silently dropped."""
    rows = list(rows)
    if not rows:
        return 0
    declared = table_columns(con, table)
    unknown = sorted({key for row in rows for key in row} - set(declared))
    if unknown:
        raise ValueError(f"{SCHEMA}.{table} has no column {', '.join(unknown)}")
    columns = [c for c in declared if any(c in row for row in rows)]
    frame = pd.DataFrame(rows, columns=columns)
    con.register("_rows", frame)
    try:
        con.execute(f"insert into {SCHEMA}.{table} ({', '.join(columns)}) select {', '.join(columns)} from _rows")
    finally:
        con.unregister("_rows")
    return len(frame)


def record_errors(con: duckdb.DuckDBPyConnection, stage: str, errors: Iterable[tuple[str, str | None, str]]) -> int:
    """Keep (subject, locator, reason) errors of a stage; the same error is kept once."""
    rows = [{"stage": stage, "subject": s, "locator": loc, "reason": r} for s, loc, r in errors]
    if not rows:
        return 0
    frame = pd.DataFrame(rows, columns=["stage", "subject", "locator", "reason"])
    con.register("_errors", frame)
    try:
        con.execute(f"""
            insert into {SCHEMA}.load_errors
            select e.stage, e.subject, e.locator, e.reason, now() from _errors e
            where not exists (
                select 1 from {SCHEMA}.load_errors k
                where k.stage = e.stage and k.subject = e.subject
                  and k.locator is not distinct from e.locator and k.reason = e.reason)
        """)
    finally:
        con.unregister("_errors")
    return len(rows)


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and
    # refuses the connection's next statement.
    return con.execute(f"select count(*) from {table}").fetchall()[0][0]


# Tables dbt reads (the sources ymls under dbt_project/models/staging/): what the
# warehouse is built from.
DBT_SOURCE_TABLES = ("sources", "articles", "facts", "index_scores", "index_components", "publication_skips",
                     "load_errors")


def content_digest(con: duckdb.DuckDBPyConnection, relation: str) -> str:
    """Row count and an order-free hash of every row of a table or query,
    leaving out the `*_at` audit columns (when a row was loaded or fetched
    changes nothing about what it says). Computed inside DuckDB."""
    columns = [row[0] for row in con.execute(f"describe {relation}").fetchall() if not row[0].endswith("_at")]
    quoted = ", ".join(f'"{c}"' for c in columns)
    count, digest = con.execute(
        f"select count(*), coalesce(bit_xor(hash({quoted})), 0) from {relation}").fetchall()[0]
    return f"{count}:{digest:x}"


def raw_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """What the warehouse would be built from, as one string."""
    return ";".join(f"{t}={content_digest(con, f'{SCHEMA}.{t}')}" for t in DBT_SOURCE_TABLES)
