"""The expectation suites, as code.

Every expectation carries in its `meta`:
- `severity`: what a failing row means.
  - `quarantine`: the row is wrong, not the build. Failing rows move to
    `quality.quarantine` with the expectation they broke, dbt's staging
    models leave them out, and the night goes on and publishes without them
    (a page dated in the future, a period that cannot be, a 150 % rate).
  - `error`: the build itself is wrong (schema, grain, referential
    integrity): publishing is blocked and BI keeps the last good file. So is
    a table whose quarantined share passes `expectations.quarantine.MAX_SHARE`:
    that many bad rows mean a broken step, not a bad page.
  - `warn`: only reported;
- `name`: a short stable code, used in logs and as the quarantine key;
- `table`: the table whose rows it checks.

The marts are guarded by dbt's own tests (grain, relationships to the
dimensions, dimension sizes), which run as blocking checks inside `dbt build`;
no suite here repeats them.
The helper columns the expectations read (`is_nfc`, `evidence_in_text` …) are
computed by the queries in `expectations.datasets`.
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time
from http import HTTPStatus
from zoneinfo import ZoneInfo

import duckdb
import great_expectations as gx
import great_expectations.expectations as gxe
from great_expectations.expectations.expectation import Expectation

from expectations.reference import reference_values

ERROR = "error"
QUARANTINE = "quarantine"
WARN = "warn"
# The pages are Vietnamese and the schedule runs at 02:00 there, while the
# server's clock may be on UTC and still on yesterday: "today" is Vietnam's.
VALIDATION_TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")

UNITS = ("count", "percent", "score", "rank", "days")
QUALIFIERS = ("exact", "over", "under", "about", "at_least", "at_most")
KINDS = ("actual", "target")
LEVELS = ("province", "department", "district", "commune")
INDICES = ("PAR", "SIPAS", "PAPI", "PCI", "DTI", "766", "DDCI")
# 0 is how the crawler records an exchange that got no HTTP response at all.
PAGE_STATUSES = (0, *sorted(s.value for s in HTTPStatus))
EARLIEST_PUBLICATION = datetime(2000, 1, 1)


def _add(suite: gx.ExpectationSuite, table: str, severity: str, name: str, expectation: Expectation) -> None:
    expectation.meta = {"severity": severity, "name": name, "table": table}
    suite.add_expectation(expectation)


def validation_day() -> date:
    """The day date-relative expectations are judged on: today in Vietnam. The
    one place the suites take "today" from; results cached on another day are
    stale (expectations.cache keys on it)."""
    return datetime.now(VALIDATION_TIMEZONE).date()


def _columns_present(suite: gx.ExpectationSuite, table: str, columns: list[str]) -> None:
    _add(suite, table, ERROR, "columns_present", gxe.ExpectTableColumnsToMatchSet(
        column_set=columns, exact_match=False,
        description=f"The table has the columns every later step reads: {', '.join(columns)}."))


def _midnight(day: date) -> datetime:
    # Dates come out of DuckDB as datetime64 columns: compare with datetimes.
    return datetime.combine(day, time())


def raw_articles(today: date | None = None) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name="raw_articles")
    t = "raw.articles"
    today = today or validation_day()
    _columns_present(suite, t, ["article_id", "url", "source_id", "title", "published", "body"])
    for column in ("title", "body"):
        _add(suite, t, QUARANTINE, f"{column}_present", gxe.ExpectColumnValuesToNotBeNull(
            column=column, description=f"Every article has a {column}."))
        _add(suite, t, QUARANTINE, f"{column}_not_blank", gxe.ExpectColumnValuesToMatchRegex(
            column=column, regex=r"\S", description=f"No article's {column} is blank."))
    _add(suite, t, QUARANTINE, "text_is_nfc", gxe.ExpectColumnValuesToBeInSet(
        column="is_nfc", value_set=[True], description="Title, body and text are NFC-normalised."))
    _add(suite, t, QUARANTINE, "published_plausible", gxe.ExpectColumnValuesToBeBetween(
        column="published", min_value=EARLIEST_PUBLICATION, max_value=_midnight(today),
        description=f"Publication dates fall between 2000-01-01 and today ({today})."))
    _add(suite, t, WARN, "published_known", gxe.ExpectColumnValuesToNotBeNull(
        column="published", description="Every article has a publication date."))
    _add(suite, t, ERROR, "article_id_unique", gxe.ExpectColumnValuesToBeUnique(
        column="article_id", description="One row per article id."))
    return suite


def raw_pages() -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name="raw_pages")
    t = "raw.pages"
    _columns_present(suite, t, ["page_key", "sha256", "url", "status"])
    # A non-standard status (Cloudflare's 52x, 999) is odd but harmless: only
    # status 200 pages are parsed into articles.
    _add(suite, t, WARN, "status_known", gxe.ExpectColumnValuesToBeInSet(
        column="status", value_set=list(PAGE_STATUSES),
        description="HTTP status is a registered code (0: no response)."))
    _add(suite, t, QUARANTINE, "sha256_hex", gxe.ExpectColumnValuesToMatchRegex(
        column="sha256", regex=r"^[0-9a-f]{64}$", description="Content hash is 64 lower-case hex digits."))
    _add(suite, t, QUARANTINE, "url_http", gxe.ExpectColumnValuesToMatchRegex(
        column="url", regex=r"^https?://", description="URL starts with http:// or https://."))
    return suite


def raw_facts(metrics: Collection[str], province_codes: Collection[str],
              today: date | None = None) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name="raw_facts")
    t = "raw.facts"
    today = today or validation_day()
    _columns_present(suite, t, ["fact_id", "article_id", "metric", "value", "unit", "kind", "province",
                                "period_start", "period_end"])
    _add(suite, t, ERROR, "fact_id_unique", gxe.ExpectColumnValuesToBeUnique(
        column="fact_id", description="One row per fact id."))
    _add(suite, t, ERROR, "article_known", gxe.ExpectColumnValuesToBeInSet(
        column="article_exists", value_set=[True], description="Every fact's article is in raw.articles."))
    # A fact is no better than its article's date: a page dated in the future
    # has its figures quarantined with it.
    _add(suite, t, QUARANTINE, "article_published_plausible", gxe.ExpectColumnValuesToBeBetween(
        column="published", min_value=EARLIEST_PUBLICATION, max_value=_midnight(today),
        description=f"The fact's article was published between 2000-01-01 and today ({today})."))
    _add(suite, t, QUARANTINE, "evidence_in_text", gxe.ExpectColumnValuesToBeInSet(
        column="evidence_in_text", value_set=[True],
        description="Evidence is the exact substring text[evidence_start:evidence_end] of its article."))
    _add(suite, t, QUARANTINE, "sentence_in_text", gxe.ExpectColumnValuesToBeInSet(
        column="sentence_in_text", value_set=[True],
        description="The evidence sentence is the exact substring text[sentence_start:sentence_end]."))
    _add(suite, t, QUARANTINE, "percent_in_range", gxe.ExpectColumnValuesToBeBetween(
        column="value", min_value=0, max_value=100,
        row_condition='unit == "percent" and is_signed == False', condition_parser="pandas",
        description="Percentages lie within 0–100 (signed changes excepted)."))
    _add(suite, t, QUARANTINE, "rank_at_least_1", gxe.ExpectColumnValuesToBeBetween(
        column="value", min_value=1, row_condition='metric == "index_rank"', condition_parser="pandas",
        description="A rank is 1 or more."))
    _add(suite, t, QUARANTINE, "rank_within_rank_of", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="rank_of", column_B="value", or_equal=True, ignore_row_if="either_value_is_missing",
        row_condition='metric == "index_rank"', condition_parser="pandas",
        description="A rank is at most the number ranked (rank_of)."))
    _add(suite, t, QUARANTINE, "count_non_negative", gxe.ExpectColumnValuesToBeBetween(
        column="value", min_value=0,
        row_condition='unit in ["count", "days"] and is_signed == False', condition_parser="pandas",
        description="Counts and days are not negative."))
    for kind, severity in (("actual", QUARANTINE), ("target", WARN)):
        _add(suite, t, severity, f"period_ordered_{kind}", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="period_end", column_B="period_start", or_equal=True,
            ignore_row_if="either_value_is_missing", row_condition=f'kind == "{kind}"', condition_parser="pandas",
            description=f"An {kind} figure's period starts before it ends."))
    # Targets are about the future, so only actual figures must end by publication.
    _add(suite, t, QUARANTINE, "period_before_publication", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="latest_actual_period_end", column_B="period_end", or_equal=True,
        ignore_row_if="either_value_is_missing", row_condition='kind == "actual"', condition_parser="pandas",
        description="An actual figure's period ends by its article's publication date (plus a little slack)."))
    _add(suite, t, QUARANTINE, "metric_in_vocabulary", gxe.ExpectColumnValuesToBeInSet(
        column="metric", value_set=sorted(metrics), description="Metric is in the vocabulary of FACTS.md."))
    for column, values in (("unit", UNITS), ("qualifier", QUALIFIERS), ("kind", KINDS)):
        _add(suite, t, QUARANTINE, f"{column}_present", gxe.ExpectColumnValuesToNotBeNull(
            column=column, description=f"Every fact has a {column}."))
        _add(suite, t, QUARANTINE, f"{column}_in_set", gxe.ExpectColumnValuesToBeInSet(
            column=column, value_set=list(values), description=f"{column.capitalize()} is one of FACTS.md's."))
    _add(suite, t, QUARANTINE, "level_in_set", gxe.ExpectColumnValuesToBeInSet(
        column="level", value_set=list(LEVELS), description="Level, where stated, is one of FACTS.md's tiers."))
    _add(suite, t, QUARANTINE, "index_in_set", gxe.ExpectColumnValuesToBeInSet(
        column="index_name", value_set=list(INDICES), description="Index, where set, is one of FACTS.md's."))
    _add(suite, t, QUARANTINE, "index_iff_index_metric", gxe.ExpectColumnValuesToBeInSet(
        column="index_matches_metric", value_set=[True],
        description="Index is set exactly when the metric starts with index_."))
    _add(suite, t, QUARANTINE, "province_known", gxe.ExpectColumnValuesToBeInSet(
        column="province", value_set=sorted(province_codes), description="Province is one of the 63 GSO codes."))
    return suite


def raw_index_scores(province_codes: Collection[str]) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name="raw_index_scores")
    t = "raw.index_scores"
    _columns_present(suite, t, ["index_name", "year", "province_code", "score", "rank", "rank_of", "source_file"])
    _add(suite, t, QUARANTINE, "rank_of_covers_ranked", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="rank_of", column_B="n_ranked", or_equal=True, ignore_row_if="either_value_is_missing",
        description="No more provinces are ranked for an index, year and file than rank_of says."))
    # Fewer is possible: PCI 2005–2008 rank Hà Tây, which has no code among the
    # 63 and is not loaded, so the count only warns.
    _add(suite, t, WARN, "rank_of_counts_ranked", gxe.ExpectColumnPairValuesToBeEqual(
        column_A="rank_of", column_B="n_ranked", ignore_row_if="either_value_is_missing",
        description="rank_of is the number of provinces loaded with a rank for the index, year and file."))
    _add(suite, t, QUARANTINE, "score_non_negative", gxe.ExpectColumnValuesToBeBetween(
        column="score", min_value=0, description="Scores are not negative."))
    _add(suite, t, QUARANTINE, "score_within_scale", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="scale_max", column_B="score", or_equal=True, ignore_row_if="either_value_is_missing",
        description="Scores do not exceed the scale maximum."))
    _add(suite, t, QUARANTINE, "rank_at_least_1", gxe.ExpectColumnValuesToBeBetween(
        column="rank", min_value=1, description="Ranks start at 1."))
    _add(suite, t, QUARANTINE, "rank_within_rank_of", gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A="rank_of", column_B="rank", or_equal=True, ignore_row_if="either_value_is_missing",
        description="A rank is at most the number ranked."))
    _add(suite, t, QUARANTINE, "province_known", gxe.ExpectColumnValuesToBeInSet(
        column="province_code", value_set=sorted(province_codes), description="Province is one of the 63 GSO codes."))
    _add(suite, t, ERROR, "row_unique", gxe.ExpectCompoundColumnsToBeUnique(
        column_list=["index_name", "year", "period", "province_code", "measure", "source_file"],
        description="One row per index, year, period, province, measure and publication file."))
    return suite


def build_suite(con: duckdb.DuckDBPyConnection, name: str) -> gx.ExpectationSuite:
    """The suite `name`, with the reference values it checks against read from `con`."""
    if name == "raw_articles":
        return raw_articles()
    if name == "raw_pages":
        return raw_pages()
    if name == "raw_facts":
        return raw_facts(reference_values(con, "reference.metric_vocabulary", "metric"),
                         reference_values(con, "reference.provinces_63", "code"))
    if name == "raw_index_scores":
        return raw_index_scores(reference_values(con, "reference.provinces_63", "code"))
    raise ValueError(f"unknown expectation suite {name!r}")
