"""raw_facts: one spoiled field fails exactly its expectation, at its severity."""
from __future__ import annotations

import pytest
from gx_rows import TEXT, add_article, add_fact, failed

from expectations.runner import run_suite


def test_a_good_fact_passes(con):
    add_article(con)
    add_fact(con)
    result = run_suite(con, "raw_facts")
    assert failed(result) == {}
    assert result.success and not result.has_warnings and result.n_rows == 1


@pytest.mark.parametrize(("spoil", "expectation"), [
    ({"evidence_start": 3}, "evidence_in_text"),
    ({"evidence": "98,5 % hồ sơ"}, "evidence_in_text"),
    ({"article_id": "missing"}, "evidence_in_text"),
    ({"value": 120.0}, "percent_in_range"),
    ({"metric": "dossiers_on_time", "unit": "count", "value": -5.0}, "count_non_negative"),
    ({"metric": "processing_days_cut", "unit": "days", "value": -2.0}, "count_non_negative"),
    ({"metric": "index_rank", "unit": "rank", "index_name": "PAR", "value": 70.0, "rank_of": 63},
     "rank_within_rank_of"),
    ({"metric": "index_rank", "unit": "rank", "index_name": "PAR", "value": 0.0}, "rank_at_least_1"),
    ({"period_start": "2024-07-01", "period_end": "2024-06-30"}, "period_ordered_actual"),
    ({"period_start": "2025-01-01", "period_end": "2025-12-31"}, "period_before_publication"),
    ({"metric": "staff_count"}, "metric_in_vocabulary"),
    ({"unit": "percentage"}, "unit_in_set"),
    ({"qualifier": "roughly"}, "qualifier_in_set"),
    ({"kind": None}, "kind_present"),
    ({"level": "ward"}, "level_in_set"),
    ({"index_name": "PAR"}, "index_iff_index_metric"),
    ({"metric": "index_score", "unit": "score", "value": 85.0}, "index_iff_index_metric"),
    ({"metric": "index_score", "unit": "score", "value": 85.0, "index_name": "PGI"}, "index_in_set"),
    ({"province": "99"}, "province_known"),
])
def test_a_spoiled_fact_fails_its_expectation(con, spoil, expectation):
    add_article(con)
    add_fact(con, **spoil)
    result = run_suite(con, "raw_facts")
    assert failed(result) == {expectation: "error"}
    assert not result.success
    outcome = next(o for o in result.outcomes if o.expectation == expectation)
    assert outcome.unexpected_count == 1 and outcome.sample == ["f1"]


@pytest.mark.parametrize("spoil", [
    # Signed changes may be negative, in places or in points.
    {"metric": "index_rank_change", "unit": "rank", "index_name": "PAR", "value": -7.0},
    {"metric": "index_score_change", "unit": "percent", "index_name": "SIPAS", "value": -2.19},
    # Targets are about the future; a month's report appears in its last days.
    {"kind": "target", "period_start": "2021-01-01", "period_end": "2025-12-31", "value": 100.0},
    {"period_start": "2024-06-01", "period_end": "2024-06-30"},
    # National figures and figures for all tiers.
    {"province": None, "level": None},
])
def test_legitimate_facts_pass(con, spoil):
    add_article(con)
    add_fact(con, **spoil)
    assert failed(run_suite(con, "raw_facts")) == {}


def test_a_target_with_a_reversed_period_only_warns(con):
    add_article(con)
    add_fact(con, kind="target", period_start="2025-12-31", period_end="2025-01-01")
    result = run_suite(con, "raw_facts")
    assert failed(result) == {"period_ordered_target": "warn"}
    assert result.success and result.has_warnings
    assert "passed with warnings" in result.summary()


def test_evidence_offsets_count_code_points_like_python(con):
    """An astral character before the evidence shifts UTF-16 offsets, not code points."""
    text = "Tin 😀 mới\n\n" + TEXT
    add_article(con, text=text)
    start = text.index("98,5%")
    add_fact(con, evidence="98,5%", evidence_start=start, evidence_end=start + 5)
    assert failed(run_suite(con, "raw_facts")) == {}


def test_without_reference_tables_the_seed_files_are_read(con):
    """Raw checks run before the first `dbt seed` on a fresh database."""
    con.execute("drop schema reference cascade")
    add_article(con)
    add_fact(con, metric="staff_count")
    assert failed(run_suite(con, "raw_facts")) == {"metric_in_vocabulary": "error"}
