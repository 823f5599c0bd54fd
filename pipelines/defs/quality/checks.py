"""Great Expectations suites as blocking checks on the raw tables.

An error-level expectation that fails blocks everything downstream, so the
publish step does not run and BI keeps the last good file; a warn-level one
shows in the UI and the run summary without blocking. Failing rows go to
`quality.quarantine` with the expectation they broke. The checks write the
working database (quarantine, validation state), so they sit in the `duckdb`
pool with every other writer. The marts are checked by dbt's own tests, which
run as blocking checks inside `dbt build`.
"""
import dagster as dg

from expectations.cache import run_suite_if_changed
from expectations.runner import SuiteResult
from pipelines.resources import WarehouseResource


def _check_result(result: SuiteResult, reused: bool, docs_dir) -> dg.AssetCheckResult:
    failed = [o for o in result.outcomes if not o.success]
    severity = dg.AssetCheckSeverity.ERROR if not result.success else dg.AssetCheckSeverity.WARN
    return dg.AssetCheckResult(
        passed=result.success and not result.has_warnings,
        severity=severity,
        description=result.summary() + (" (rows unchanged since the last validation)" if reused else ""),
        metadata={
            "revalidated": not reused,
            "rows": result.n_rows,
            "expectations": len(result.outcomes),
            "failed_expectations": dg.MetadataValue.md(
                "\n".join(f"- `{o.expectation}` [{o.severity}] ×{o.unexpected_count}: {o.sample}" for o in failed)
                or "none"),
            "quarantined_rows": result.quarantined,
            "data_docs": dg.MetadataValue.path(str(result.docs_index or docs_dir)),
        },
    )


def _suite_check(suite: str, asset: dg.AssetKey) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=asset, name=f"{suite}_expectations", blocking=True, pool="duckdb",
                    description=f"Great Expectations suite `{suite}` (expectations/suites.py).")
    def check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        docs_dir = warehouse.home / "quality"
        with warehouse.connect() as con:
            return _check_result(*run_suite_if_changed(con, suite, docs_dir=docs_dir), docs_dir)

    return check


raw_pages_check = _suite_check("raw_pages", dg.AssetKey(["raw", "pages"]))
raw_articles_check = _suite_check("raw_articles", dg.AssetKey(["raw", "articles"]))
raw_facts_check = _suite_check("raw_facts", dg.AssetKey(["raw", "facts"]))
raw_index_scores_check = _suite_check("raw_index_scores", dg.AssetKey(["raw", "index_scores"]))
