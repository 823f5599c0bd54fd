"""raw_index_scores and marts: spoiled rows fail exactly their expectation."""
from __future__ import annotations

import pytest
from gx_rows import add_ranking, failed

from expectations.runner import run_suite


def test_a_good_ranking_passes(con):
    add_ranking(con)
    result = run_suite(con, "raw_index_scores")
    assert failed(result) == {} and result.n_rows == 3


@pytest.mark.parametrize(("spoil", "expectation", "n_failing"), [
    ({"score": 120.0}, "score_within_scale", 1),
    ({"score": -1.0}, "score_non_negative", 1),
    ({"rank": 0}, "rank_at_least_1", 1),
    ({"rank": 5, "rank_of": 3}, "rank_within_rank_of", 1),
    ({"province_code": "99"}, "province_known", 1),
])
def test_a_spoiled_score_fails_its_expectation(con, spoil, expectation, n_failing):
    add_ranking(con, **spoil)
    result = run_suite(con, "raw_index_scores")
    assert failed(result) == {expectation: "error"}
    outcome = next(o for o in result.outcomes if o.expectation == expectation)
    assert outcome.unexpected_count == n_failing


def insert_ranking(con, ranks: list[int], rank_of: int) -> None:
    rows = [("PAR", 2023, code, 90.0, 100.0, rank, rank_of, "par_2023.xlsx")
            for rank, code in zip(ranks, ["01", "26", "79"])]
    con.executemany("insert into raw.index_scores (index_name, year, province_code, score, scale_max, rank, rank_of,"
                    " source_file) values (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def test_fewer_provinces_than_rank_of_only_warns(con):
    """A ranking 'of 64' where one ranked province (Hà Tây) was not loaded."""
    insert_ranking(con, [1, 2, 4], rank_of=4)
    result = run_suite(con, "raw_index_scores")
    assert failed(result) == {"rank_of_counts_ranked": "warn"}
    assert result.success and result.has_warnings
    outcome = next(o for o in result.outcomes if o.expectation == "rank_of_counts_ranked")
    assert outcome.unexpected_count == 3 and outcome.sample[0] == "PAR|2023|01|par_2023.xlsx"


def test_more_provinces_ranked_than_rank_of_is_an_error(con):
    insert_ranking(con, [1, 1, 2], rank_of=2)
    result = run_suite(con, "raw_index_scores")
    assert failed(result) == {"rank_of_covers_ranked": "error", "rank_of_counts_ranked": "warn"}
    assert not result.success


def test_unranked_scores_need_no_rank_of(con):
    add_ranking(con, 2)
    con.execute("update raw.index_scores set rank = null, rank_of = null")
    assert failed(run_suite(con, "raw_index_scores")) == {}


def test_good_marts_pass(marts_con):
    result = run_suite(marts_con, "marts")
    assert failed(result) == {} and result.success
    assert result.n_rows > 63 + 34


@pytest.mark.parametrize(("spoil", "expectation"), [
    ("insert into marts.fct_dossiers_on_time select * from marts.fct_dossiers_on_time",
     "fct_dossiers_on_time.grain_unique"),
    ("insert into marts.fct_index_components select * from marts.fct_index_components",
     "fct_index_components.grain_unique"),
    ("update marts.fct_online_services set province_code = '99'", "fct_online_services.province_in_dim_province"),
    ("update marts.dim_article set province_code = '00'", "dim_article.province_in_dim_province"),
    ("update marts.fct_fact_evidence set metric = 'staff_count'", "fct_fact_evidence.metric_in_dim_metric"),
    ("delete from marts.dim_admin_unit_2025 where unit_2025_code = '01'", "dim_admin_unit_2025.row_count"),
])
def test_spoiled_marts_fail_their_expectation(marts_con, spoil, expectation):
    marts_con.execute(spoil)
    result = run_suite(marts_con, "marts")
    assert failed(result) == {expectation: "error"}
    assert not result.success


def test_a_missing_province_fails_the_count_and_the_facts_that_cite_it(marts_con):
    marts_con.execute("delete from marts.dim_province where province_code = '26'")
    result = run_suite(marts_con, "marts")
    assert failed(result)["dim_province.row_count"] == "error"
    count = next(o for o in result.outcomes if o.expectation == "dim_province.row_count")
    assert count.sample == [62] and count.unexpected_count == 1
    assert "fct_procedures_published.province_in_dim_province" in failed(result)
