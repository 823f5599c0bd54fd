"""Great Expectations suites as blocking asset checks.

An error-level expectation that fails blocks everything downstream, so the
publish step does not run and BI keeps the last good file; a warn-level one
shows in the UI and the run summary without blocking. Failing rows go to
`quality.quarantine` with the expectation they broke.
"""
import dagster as dg

from expectations.cache import run_suite_if_changed
from expectations.runner import SuiteResult
from pipelines.defs.warehouse import MART_KEYS
from pipelines.resources import WarehouseResource
from scrapers import settings


def _check_result(result: SuiteResult, reused: bool) -> dg.AssetCheckResult:
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
            "data_docs": dg.MetadataValue.path(str(result.docs_index or settings.reform_home() / "quality")),
        },
    )


def _suite_check(suite: str, asset: dg.AssetKey, additional_deps=()) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=asset, name=f"{suite}_expectations", blocking=True, additional_deps=list(additional_deps),
                    description=f"Great Expectations suite `{suite}` (expectations/suites.py).")
    def check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.connect() as con:
            return _check_result(*run_suite_if_changed(con, suite, docs_dir=settings.reform_home() / "quality"))

    return check


raw_pages_check = _suite_check("raw_pages", dg.AssetKey("raw_pages"))
raw_articles_check = _suite_check("raw_articles", dg.AssetKey("raw_articles"))
raw_facts_check = _suite_check("raw_facts", dg.AssetKey("raw_facts"))
raw_index_scores_check = _suite_check("raw_index_scores", dg.AssetKey("raw_index_scores"))
# One suite covers every mart; it runs once the last of them is built.
MARTS_CHECK_ASSET = dg.AssetKey(["marts", "fct_index_scores"])
marts_check = _suite_check("marts", MARTS_CHECK_ASSET,
                           additional_deps=[k for k in MART_KEYS if k != MARTS_CHECK_ASSET])
