"""raw_facts: one spoiled field fails exactly its expectation, at its severity."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from gx_rows import BODY, TEXT, add_article, add_fact, failed, quarantined_by_row

from expectations.runner import run_suite
from expectations.suites import validation_day


def test_a_good_fact_passes(con):
    add_article(con)
    add_fact(con)
    result = run_suite(con, "raw_facts")
    assert failed(result) == {}
    assert result.success and not result.has_warnings and result.n_rows == 1


# Fact id → (what is spoiled, the one expectation that must catch it).
SPOILED = {
    "offset_shifted": ({"evidence_start": 3}, "evidence_in_text"),
    "evidence_retyped": ({"evidence": "98,5 % hồ sơ"}, "evidence_in_text"),
    "percent_120": ({"value": 120.0}, "percent_in_range"),
    "count_negative": ({"metric": "dossiers_on_time", "unit": "count", "value": -5.0}, "count_non_negative"),
    "days_negative": ({"metric": "processing_days_cut", "unit": "days", "value": -2.0}, "count_non_negative"),
    "rank_70_of_63": ({"metric": "index_rank", "unit": "rank", "index_name": "PAR", "value": 70.0, "rank_of": 63},
                      "rank_within_rank_of"),
    "rank_0": ({"metric": "index_rank", "unit": "rank", "index_name": "PAR", "value": 0.0}, "rank_at_least_1"),
    "period_reversed": ({"period_start": "2024-07-01", "period_end": "2024-06-30"}, "period_ordered_actual"),
    "period_after_article": ({"period_start": "2025-01-01", "period_end": "2025-12-31"}, "period_before_publication"),
    "metric_unknown": ({"metric": "staff_count"}, "metric_in_vocabulary"),
    "unit_unknown": ({"unit": "percentage"}, "unit_in_set"),
    "qualifier_unknown": ({"qualifier": "roughly"}, "qualifier_in_set"),
    "kind_missing": ({"kind": None}, "kind_present"),
    "level_unknown": ({"level": "ward"}, "level_in_set"),
    "index_on_plain_metric": ({"index_name": "PAR"}, "index_iff_index_metric"),
    "index_metric_without_index": ({"metric": "index_score", "unit": "score", "value": 85.0},
                                   "index_iff_index_metric"),
    "index_unknown": ({"metric": "index_score", "unit": "score", "value": 85.0, "index_name": "PGI"},
                      "index_in_set"),
    "province_unknown": ({"province": "99"}, "province_known"),
}

# Facts that look odd but are legitimate.
LEGITIMATE = {
    # Signed changes may be negative, in places or in points.
    "rank_change_down": {"metric": "index_rank_change", "unit": "rank", "index_name": "PAR", "value": -7.0},
    "score_change_down": {"metric": "index_score_change", "unit": "percent", "index_name": "SIPAS", "value": -2.19},
    # Targets are about the future; a month's report appears in its last days.
    "target_2025": {"kind": "target", "period_start": "2021-01-01", "period_end": "2025-12-31", "value": 100.0},
    "month_report": {"period_start": "2024-06-01", "period_end": "2024-06-30"},
    # National figures and figures for all tiers.
    "national": {"province": None, "level": None},
}


def test_each_spoiled_fact_fails_exactly_its_expectation_and_good_ones_pass(con):
    add_article(con)
    for fact_id, changes in {**{k: spoil for k, (spoil, _) in SPOILED.items()}, **LEGITIMATE}.items():
        add_fact(con, fact_id=fact_id, **changes)
    result = run_suite(con, "raw_facts")
    assert result.success and result.n_rows == len(SPOILED) + len(LEGITIMATE)
    assert quarantined_by_row(con) == {fact_id: {(name, "quarantine")} for fact_id, (_, name) in SPOILED.items()}
    outcomes = {o.expectation: o for o in result.outcomes}
    assert outcomes["evidence_in_text"].unexpected_count == 2
    assert outcomes["percent_in_range"].sample == ["percent_120"]
    assert failed(result) == {name: "quarantine" for _, name in SPOILED.values()}


def test_an_evidence_sentence_that_is_not_the_articles_is_quarantined(con):
    """Kept apart from the table above: the quarantine cap counts at most 20 spoiled rows there."""
    add_article(con)
    add_fact(con)
    add_fact(con, fact_id="sentence_shifted", sentence_start=2)
    add_fact(con, fact_id="sentence_missing", evidence_sentence=None)
    result = run_suite(con, "raw_facts")
    assert quarantined_by_row(con) == {"sentence_shifted": {("sentence_in_text", "quarantine")},
                                       "sentence_missing": {("sentence_in_text", "quarantine")}}
    assert failed(result) == {"sentence_in_text": "quarantine"}


def test_a_fact_without_its_article_is_a_broken_build(con):
    """Referential integrity is the build's fault, not a page's: it blocks."""
    add_article(con)
    add_fact(con, fact_id="orphan", article_id="missing")
    result = run_suite(con, "raw_facts")
    assert not result.success
    assert failed(result)["article_known"] == "error"


def test_the_figures_of_an_article_dated_in_the_future_are_quarantined(con):
    tomorrow = validation_day() + timedelta(days=1)
    add_article(con, published="2099-01-01")
    add_fact(con, period_start="2098-01-01", period_end="2098-12-31")
    add_article(con, article_id="a2", url="https://vinhphuc.gov.vn/tin/2", published=tomorrow.isoformat())
    add_fact(con, fact_id="f2", article_id="a2", period_start=tomorrow.replace(day=1).isoformat(),
             period_end=tomorrow.isoformat())
    result = run_suite(con, "raw_facts")
    assert result.success
    assert quarantined_by_row(con) == {"f1": {("article_published_plausible", "quarantine")},
                                       "f2": {("article_published_plausible", "quarantine")}}


def test_a_year_result_reported_in_november_is_a_result_not_a_failure(con):
    """10/11/2024, "Năm 2024 … đạt 98,5%": the extractor keeps it as an actual
    figure (its period ends within the window after publication), and the
    check, reading the same constant, lets it pass."""
    from scrapers.models import ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION as window

    add_article(con, published="2024-11-10")
    add_fact(con, period_start="2024-01-01", period_end="2024-12-31")
    late = date(2024, 11, 10) + timedelta(days=window + 1)
    add_fact(con, fact_id="f2", period_start="2024-01-01", period_end=late.isoformat())
    run_suite(con, "raw_facts")
    assert quarantined_by_row(con) == {"f2": {("period_before_publication", "quarantine")}}


def test_vietnam_today_is_the_validation_day_whatever_the_server_clock(monkeypatch):
    """At the 02:00 ICT schedule a UTC clock still reads yesterday."""
    from expectations import suites

    class FixedClock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 11, 29, 19, 0, tzinfo=UTC).astimezone(tz)

    monkeypatch.setattr(suites, "datetime", FixedClock)
    assert suites.validation_day() == date(2026, 11, 30)


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
    sentence = text.index(BODY)
    add_fact(con, evidence="98,5%", evidence_start=start, evidence_end=start + 5, sentence_start=sentence,
             sentence_end=sentence + len(BODY))
    assert failed(run_suite(con, "raw_facts")) == {}


def test_without_reference_tables_the_seed_files_are_read(con):
    """Raw checks run before the first `dbt seed` on a fresh database."""
    con.execute("drop schema reference cascade")
    add_article(con)
    add_fact(con, metric="staff_count")
    assert failed(run_suite(con, "raw_facts")) == {"metric_in_vocabulary": "quarantine"}
