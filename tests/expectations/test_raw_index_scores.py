"""raw_index_scores: spoiled rows fail exactly their expectation."""
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
    assert failed(result) == {expectation: "quarantine"}
    assert result.success and result.quarantined == 1
    outcome = next(o for o in result.outcomes if o.expectation == expectation)
    assert outcome.unexpected_count == n_failing


def insert_ranking(con, ranks: list[int], rank_of: int) -> None:
    rows = [("PAR", 2023, code, 90.0, 100.0, rank, rank_of, "par_2023.xlsx")
            for rank, code in zip(ranks, ["01", "26", "79"], strict=False)]
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


def test_more_provinces_ranked_than_rank_of_quarantines_the_ranking(con):
    insert_ranking(con, [1, 1, 2], rank_of=2)
    result = run_suite(con, "raw_index_scores")
    assert failed(result) == {"rank_of_covers_ranked": "quarantine", "rank_of_counts_ranked": "warn"}
    assert result.success and result.quarantined == 6



def test_unranked_scores_need_no_rank_of(con):
    add_ranking(con, 2)
    con.execute("update raw.index_scores set rank = null, rank_of = null")
    assert failed(run_suite(con, "raw_index_scores")) == {}
