"""A failed blocking check stops publishing; BI keeps the last good file."""
import shutil

import dagster as dg
import duckdb

from pipelines.run import run_nightly
from pipelines.summary import failed_checks, summary
from scrapers.warehouse.publish import published_stamp


def test_bad_fact_blocks_publishing_and_keeps_the_last_good_file(refreshed_home, tmp_path, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(refreshed_home, home)
    published = home / "reform.duckdb"
    stamp_before, bytes_before = published_stamp(published), published.read_bytes()
    # A fact no extractor should emit, as if a bug let it through: a 150 % on-time rate.
    with duckdb.connect(str(home / "work" / "warehouse.duckdb")) as con:
        con.execute("""
            insert into raw.facts (fact_id, article_id, metric, value, unit, qualifier, kind, province, evidence,
                                   evidence_start, evidence_end)
            select 'bad-fact', article_id, 'dossiers_on_time_rate', 150, 'percent', 'exact', 'actual', province,
                   substring(text, 1, 10), 0, 10
            from raw.articles order by article_id limit 1
        """)
    monkeypatch.setenv("REFORM_HOME", str(home))
    monkeypatch.delenv("REFORM_PUBLICATIONS", raising=False)
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert "raw/facts:raw_facts_expectations" in failed_checks(result)
    named = [line for line in summary(result).splitlines() if "failed: raw/facts:raw_facts_expectations" in line]
    assert named and "×" in named[0], summary(result)   # the expectation and its failing rows
    ran = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SUCCESS}
    assert not {"warehouse_models", "published__warehouse", "published__report"} & ran
    assert not result.success
    assert published_stamp(published) == stamp_before and published.read_bytes() == bytes_before
    with duckdb.connect(str(home / "work" / "warehouse.duckdb"), read_only=True) as con:
        quarantined = con.execute(
            "select suite, expectation from quality.quarantine where row_key = 'bad-fact'").fetchall()
    assert ("raw_facts", "percent_in_range") in quarantined or any(s == "raw_facts" for s, _ in quarantined)
