"""Run one expectation suite against the working database.

`run_suite` reads the tables a suite covers with SQL, validates each as a
pandas DataFrame with GX (GX's SQL data source cannot drive DuckDB), sorts
the outcomes by severity, writes failing rows to `quality.quarantine` and,
if asked, Data Docs. GX is imported on the first run, not with this module:
the Dagster definitions import the checks that call it and should load fast.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from expectations.datasets import ROW_KEY, SUITE_DATASETS, Dataset
from expectations.quarantine import MAX_SHARE, replace_suite_rows, row_json, share_exceeded

SUITE_NAMES: tuple[str, ...] = tuple(SUITE_DATASETS)
SAMPLE_SIZE = 5


@dataclass
class ExpectationOutcome:
    expectation: str            # the expectation's `name` in its suite
    column: str | None          # column(s) it checks; None for table-level ones
    severity: str               # error | quarantine | warn
    success: bool
    unexpected_count: int       # failing rows; 1 for a failed table-level expectation
    sample: list                # a few failing row keys, or the observed value / the error raised


@dataclass
class SuiteResult:
    suite: str
    success: bool               # False iff an error-level expectation failed (the share rule included)
    has_warnings: bool
    n_rows: int
    outcomes: list[ExpectationOutcome] = field(default_factory=list)
    quarantined: int = 0        # failing (expectation, row) pairs now in quarantine
    docs_index: Path | None = None

    def summary(self) -> str:
        """One line for logs and the run summary."""
        state = "FAILED" if not self.success else "passed with warnings" if self.has_warnings else "passed"
        failed = [o for o in self.outcomes if not o.success]
        line = (f"{self.suite}: {state}; {self.n_rows} rows, "
                f"{len(self.outcomes) - len(failed)}/{len(self.outcomes)} expectations met")
        if failed:
            line += "; failed: " + ", ".join(f"{o.expectation} [{o.severity}] ×{o.unexpected_count}" for o in failed)
        if self.quarantined:
            line += f"; {self.quarantined} rows quarantined"
        return line


def run_suite(con: duckdb.DuckDBPyConnection, suite_name: str, *, quarantine: bool = True,
              docs_dir: Path | None = None) -> SuiteResult:
    """Validate the tables of `suite_name` (one of SUITE_NAMES) in `con`.

    With `quarantine`, failing rows of row-level expectations replace the
    suite's rows in `quality.quarantine`; with `docs_dir`, GX Data Docs of
    the results are built there.
    """
    if suite_name not in SUITE_DATASETS:
        raise ValueError(f"unknown expectation suite {suite_name!r}; known: {', '.join(SUITE_NAMES)}")
    import great_expectations as gx

    from expectations import docs
    from expectations.suites import build_suite

    context = docs.make_context(docs_dir)
    suite = build_suite(con, suite_name)
    asset = context.data_sources.add_pandas("warehouse").add_dataframe_asset(suite_name)
    batches = asset.add_batch_definition_whole_dataframe("whole_table")
    datasets = SUITE_DATASETS[suite_name]
    outcomes: list[ExpectationOutcome] = []
    failing_rows: list[dict] = []
    validated = []
    n_rows = 0
    for dataset in datasets:
        expectations = [e for e in suite.expectations if e.meta["table"] == dataset.table]
        frame = _read(con, dataset)
        n_rows += len(frame)
        # One part per table, named after it: the name never meets the suite's
        # own, which GX would otherwise find in the docs store and re-save on
        # every expectation added while building it.
        part = gx.ExpectationSuite(name=dataset.table,
                                   expectations=[e.copy(update={"id": None}) for e in expectations])
        batch = batches.get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(part, result_format="COMPLETE")
        validated.append((part, batch.id, result))
        held_back: set[str] = set()
        for validation in result.results:
            outcome, rows = _outcome(validation, frame)
            outcomes.append(outcome)
            failing_rows += [_quarantine_row(outcome, dataset.table, frame.loc[i]) for i in rows]
            if outcome.severity != "warn":
                held_back.update(str(frame.at[i, ROW_KEY]) for i in rows)
        if share_exceeded(len(held_back), len(frame)):
            outcomes.append(ExpectationOutcome(
                expectation="quarantined_share", column=None, severity="error", success=False,
                unexpected_count=len(held_back),
                sample=[f"{len(held_back)} of {len(frame)} rows of {dataset.table} quarantined, "
                        f"more than {MAX_SHARE:.0%}: a step is broken, not a page"]))
    errors = [o for o in outcomes if not o.success and o.severity == "error"]
    warnings = [o for o in outcomes if not o.success and o.severity != "error"]
    suite_result = SuiteResult(suite=suite_name, success=not errors, has_warnings=bool(warnings),
                               n_rows=n_rows, outcomes=outcomes)
    if quarantine:
        suite_result.quarantined = replace_suite_rows(con, suite_name, failing_rows)
    if docs_dir is not None:
        suite_result.docs_index = docs.publish(context, validated)
    # GX keeps the current context process-wide, and its data source caches the
    # last batch's DataFrame: drop it, or a long run holds every table it validated.
    context.data_sources.delete("warehouse")
    return suite_result


def _read(con: duckdb.DuckDBPyConnection, dataset: Dataset):
    try:
        return con.execute(dataset.query).df()
    except duckdb.Error as exc:
        raise RuntimeError(f"cannot read {dataset.table} for validation: {exc}") from exc


def _outcome(validation, frame) -> tuple[ExpectationOutcome, list]:
    """The outcome of one expectation, and the index labels of its failing rows."""
    config = validation.expectation_config
    kwargs = config.kwargs
    columns = kwargs.get("column_list") or [c for c in (kwargs.get("column"), kwargs.get("column_A"),
                                                        kwargs.get("column_B")) if c]
    result = validation.result or {}
    rows = [] if validation.success else list(result.get("unexpected_index_list") or [])
    raised = _exception_message(validation.exception_info)
    if raised:
        sample = [raised]
    elif rows:
        sample = [frame.at[i, ROW_KEY] for i in rows[:SAMPLE_SIZE]]
    elif not validation.success:
        sample = [result.get("observed_value")]
    else:
        sample = []
    failed = 0 if validation.success else result.get("unexpected_count") or len(rows) or 1
    return ExpectationOutcome(
        expectation=config.meta["name"],
        column=", ".join(columns) or None,
        severity=config.meta["severity"],
        success=bool(validation.success) and not raised,
        unexpected_count=int(failed),
        sample=sample,
    ), rows


def _exception_message(info: dict | None) -> str | None:
    """GX reports an expectation that raised either flat or per metric."""
    if not info:
        return None
    if "raised_exception" in info:
        return info.get("exception_message") if info["raised_exception"] else None
    messages = [m for m in (_exception_message(v) for v in info.values() if isinstance(v, dict)) if m]
    return "; ".join(messages) or None


def _quarantine_row(outcome: ExpectationOutcome, table: str, row) -> dict:
    return {
        "expectation": outcome.expectation,
        "severity": outcome.severity,
        "table_name": table,
        "row_key": str(row[ROW_KEY]),
        "row_json": row_json(row.drop(ROW_KEY)),
    }
