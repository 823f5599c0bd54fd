"""Validate only what changed.

A suite's result depends on the rows it reads, the suites' code, the
reference seeds and the day (publication dates are judged against it). When
all four are as they were at the suite's last
validation, that result stands and GX is not run (nor imported): an idle
night's checks cost milliseconds instead of seconds. The quarantine still
holds that validation's failing rows.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import duckdb

from expectations.datasets import SUITE_DATASETS
from expectations.runner import ExpectationOutcome, SuiteResult, run_suite
from expectations.suites import validation_day
from scrapers import settings
from scrapers.raw.schema import content_digest

STATE_DDL = """
create schema if not exists quality;
create table if not exists quality.validation_state (
    suite varchar primary key,
    digest varchar not null,
    result_json varchar not null,
    validated_at timestamp
);
"""

_CODE = [*sorted(Path(__file__).parent.glob("*.py")), *sorted(settings.SEEDS_DIR.glob("*.csv"))]


def suite_digest(con: duckdb.DuckDBPyConnection, suite: str) -> str:
    digest = hashlib.sha256(validation_day().isoformat().encode())
    for path in _CODE:
        digest.update(path.read_bytes())
    for dataset in SUITE_DATASETS[suite]:
        digest.update(content_digest(con, f"({dataset.query})").encode())
    return digest.hexdigest()


def run_suite_if_changed(con: duckdb.DuckDBPyConnection, suite: str, *,
                         docs_dir: Path | None = None) -> tuple[SuiteResult, bool]:
    """The suite's result, and whether it was re-used from an identical earlier validation."""
    con.execute(STATE_DDL)
    digest = suite_digest(con, suite)
    rows = con.execute("select digest, result_json from quality.validation_state where suite = ?",
                       [suite]).fetchall()
    if rows and rows[0][0] == digest:
        return _result_from_json(rows[0][1]), True
    result = run_suite(con, suite, docs_dir=docs_dir)
    con.execute("""
        insert into quality.validation_state values (?, ?, ?, now())
        on conflict (suite) do update set digest = excluded.digest, result_json = excluded.result_json,
                                          validated_at = excluded.validated_at
    """, [suite, digest, json.dumps(asdict(result), default=str, ensure_ascii=False)])
    return result, False


def _result_from_json(text: str) -> SuiteResult:
    data = json.loads(text)
    outcomes = [ExpectationOutcome(**o) for o in data.pop("outcomes")]
    docs_index = data.pop("docs_index")
    return SuiteResult(**data, outcomes=outcomes, docs_index=Path(docs_index) if docs_index else None)
