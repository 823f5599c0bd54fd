"""The summary `reform run` prints at the end: did it succeed, which checks
warned or failed and on how many rows, what a new parser or extractor version
read again, what failed to load and where to look, rows per mart, and where
the warehouse, the Data Docs and the full log are."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from scrapers import settings
from scrapers.raw.schema import SCHEMA, row_count

# dbt tests report their failing rows under this metadata key (dagster-dbt).
DBT_FAILED_ROWS = "dagster_dbt/failed_row_count"


@dataclass
class CheckProblem:
    name: str          # asset/check
    severity: str      # "failed" (error) or "warned"
    detail: str        # the check's own account, with its row counts


def check_outcomes(result: dg.ExecuteInProcessResult) -> Counter:
    """Checks passed, failed (error severity) and warned in a run."""
    counts: Counter = Counter()
    for event in result.get_asset_check_evaluations():
        if event.passed:
            counts["passed"] += 1
        elif event.severity == dg.AssetCheckSeverity.WARN:
            counts["warned"] += 1
        else:
            counts["failed"] += 1
    return counts


def check_problems(result: dg.ExecuteInProcessResult) -> list[CheckProblem]:
    """Every check that did not pass, named, with the rows it found."""
    problems = []
    for event in result.get_asset_check_evaluations():
        if event.passed:
            continue
        severity = "warned" if event.severity == dg.AssetCheckSeverity.WARN else "failed"
        metadata = {k: v.value for k, v in event.metadata.items()}
        if DBT_FAILED_ROWS in metadata:
            detail = f"{metadata[DBT_FAILED_ROWS]} rows"
        else:
            detail = event.description or ""
        problems.append(CheckProblem(f"{event.asset_key.to_user_string()}:{event.check_name}", severity, detail))
    return problems


def failed_checks(result: dg.ExecuteInProcessResult) -> list[str]:
    return [p.name for p in check_problems(result) if p.severity == "failed"]


def mart_row_counts(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables() where schema_name = 'main' "
                                            "order by table_name").fetchall()]
        return {t: row_count(con, f'"{t}"') for t in tables}


def load_errors_by_stage(work_db: Path) -> dict[str, int] | None:
    """Rows of raw.load_errors by stage, or None when the table cannot be read."""
    if not work_db.exists():
        return None
    try:
        with duckdb.connect(str(work_db), read_only=True) as con:
            return dict(con.execute(f"select stage, count(*) from {SCHEMA}.load_errors group by stage "
                                    "order by stage").fetchall())
    except duckdb.Error:
        return None


def version_rereads(result: dg.ExecuteInProcessResult) -> list[str]:
    """A line for each of parsing and extraction that read archived material
    again because its version is new; nothing on a night without one."""
    metadata = {tuple(e.asset_key.path): {k: v.value for k, v in e.materialization.metadata.items()}
                for e in result.get_asset_materialization_events()}
    parse, extract = metadata.get(("raw", "articles"), {}), metadata.get(("raw", "facts"), {})
    lines = []
    if reparsed := parse.get("reparsed_for_parser_version"):
        lines.append(f"  re-parsed for a new parser version: {reparsed} pages "
                     f"({parse.get('reparsed_texts_changed', 0)} article texts changed)")
    if reextracted := extract.get("reextracted_for_extractor_version"):
        lines.append(f"  re-extracted for a new extractor version: {reextracted} articles")
    return lines


def _columns(cells: list[str], per_line: int) -> list[str]:
    return ["    " + "   ".join(cells[i:i + per_line]) for i in range(0, len(cells), per_line)]


def summary(result: dg.ExecuteInProcessResult, log_path: Path | None = None) -> str:
    published = settings.published_db()
    checks = check_outcomes(result)
    lines = [f"Run {result.run_id[:8]}: {'succeeded' if result.success else 'FAILED'}"]
    failures = [e for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_FAILURE]
    failed_steps = [e.step_key for e in failures]
    for event in failures:
        error = event.event_specific_data.error
        message = " ".join((error.message if error else "").split())
        lines.append(f"  failed step: {event.step_key}: {message[:300]}")
    lines.append(f"  checks: {checks['passed']} passed, {checks['failed']} failed, {checks['warned']} warned")
    lines.extend(f"    {p.severity}: {p.name}: {p.detail}" for p in check_problems(result))
    lines.extend(version_rereads(result))
    errors = load_errors_by_stage(settings.work_db())
    if errors is not None:
        by_stage = ", ".join(f"{stage} {n}" for stage, n in errors.items())
        lines.append(f"  load errors: {sum(errors.values())}" + (f" ({by_stage}); each with its subject and reason "
                     f"in {SCHEMA}.load_errors of {settings.work_db()}" if errors else ""))
    skipped = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SKIPPED}
    if "published__warehouse" in skipped and not failed_steps:
        lines.append("  nothing new since the last publish: the published warehouse is current and was left as it was")
    counts = mart_row_counts(published)
    if counts:
        lines.append("  rows per mart:")
        lines.extend(_columns([f"{name:<26}{n:>8}" for name, n in counts.items()], per_line=3))
    lines.append(f"  warehouse (read-only for BI): {published}")
    lines.append(f"  Parquet: {settings.parquet_dir()}")
    lines.append(f"  data quality (Data Docs): {settings.reform_home() / 'quality' / 'index.html'}")
    if log_path is not None:
        lines.append(f"  full log: {log_path}   (reform run --verbose shows it as it runs)")
    lines.append("  open the Dagster UI with: make ui   (http://127.0.0.1:3000)")
    return "\n".join(lines)
