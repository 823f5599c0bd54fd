"""The whole graph, materialised in process into a temporary REFORM_HOME."""
import re

import dagster as dg
import duckdb

from pipelines.run import run_nightly
from pipelines.summary import summary
from scrapers.crawl.archive import Archive
from scrapers.models import FetchedResponse
from scrapers.warehouse.publish import published_stamp


def published(home):
    return duckdb.connect(str(home / "reform.duckdb"), read_only=True)


def counts(home) -> dict[str, int]:
    with published(home) as con:
        tables = [r[0] for r in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'").fetchall()]
        return {t: con.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}


def test_vinh_phuc_procedures_announced_with_evidence(refreshed_home):
    with published(refreshed_home) as con:
        rows = con.execute("""
            select province_code, value, unit, period_start::varchar, period_end::varchar, source_url, evidence
            from fct_procedures_published where metric = 'procedures_published' and province_code = '26'
        """).fetchall()
    assert ("26", 1995.0, "count", "2021-07-15", "2024-03-31") in [r[:5] for r in rows]
    row = next(r for r in rows if r[1] == 1995.0)
    assert row[5].startswith("https://vinhphuc.gov.vn/")
    assert "1.995" in row[6]


def test_thai_binh_par_index_rank_from_its_article(refreshed_home):
    with published(refreshed_home) as con:
        rows = con.execute("""
            select rank, rank_of, source_type, source_url, evidence from fct_index_scores
            where index_name = 'PAR' and province_code = '34' and year = 2021
        """).fetchall()
    assert [r[:3] for r in rows] == [(50, 63, "article")]
    assert rows[0][3].startswith("https://baothaibinh.com.vn/")
    assert "50/63" in rows[0][4]


def test_every_published_index_row_of_pci_and_papi(refreshed_home):
    with published(refreshed_home) as con:
        years = dict(con.execute("""
            select index_name, count(distinct year) from fct_index_scores
            where source_type = 'publication' group by index_name
        """).fetchall())
        danang_2005 = con.execute("""
            select round(score, 2), rank, rank_of from fct_index_scores
            where index_name = 'PCI' and year = 2005 and province_code = '48'
        """).fetchall()
    # Official workbooks to 2016, secondary transcriptions after them: PCI 2005–2022, PAPI 2011–2024.
    assert years == {"PCI": 18, "PAPI": 14}
    assert danang_2005 == [(70.67, 2, 42)]


def test_every_fact_row_carries_its_provenance(refreshed_home):
    with published(refreshed_home) as con:
        for mart in ("fct_procedures_published", "fct_dossiers_on_time", "fct_online_services"):
            missing = con.execute(f"""
                select count(*) from {mart}
                where metric is null or value is null or unit is null or kind is null
                   or article_id is null or source_url is null or evidence is null
            """).fetchall()[0][0]
            assert missing == 0, mart
        bad_evidence = con.execute("""
            select count(*) from fct_fact_evidence e join dim_article a using (article_id)
            where substr(a.article_text, e.evidence_start + 1, e.evidence_end - e.evidence_start) <> e.evidence
        """).fetchall()[0][0]
    assert bad_evidence == 0


def test_a_night_with_nothing_new_leaves_the_warehouse_as_it_was(refreshed_home, shared_dir, monkeypatch):
    stamp_before = published_stamp(refreshed_home / "reform.duckdb")
    monkeypatch.setenv("REFORM_HOME", str(refreshed_home))
    monkeypatch.setenv("REFORM_PUBLICATIONS", str(shared_dir / "publications"))
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    skipped = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SKIPPED}
    assert {"published__warehouse", "published__report"} <= skipped
    assert published_stamp(refreshed_home / "reform.duckdb") == stamp_before
    reused = [e.metadata["revalidated"].value for e in result.get_asset_check_evaluations()]
    assert reused and not any(reused)
    publications = next(e for e in result.get_asset_materialization_events()
                        if e.asset_key == dg.AssetKey(["raw", "index_scores"]))
    assert publications.materialization.metadata["unchanged"].value is True


def test_rerun_is_idempotent_and_a_broken_page_is_recorded(refreshed_home, monkeypatch):
    before = counts(refreshed_home)
    # A page that cannot be an article arrives in the archive, as from a crawl.
    Archive(refreshed_home / "archive").append(FetchedResponse(
        url="https://baothaibinh.com.vn/tin-tuc/2/999999/trang-hong", final_url="https://baothaibinh.com.vn/tin-tuc/2/999999/trang-hong",
        status=200, headers={"Content-Type": "text/html; charset=utf-8"},
        body=b"<html><head><title></title></head><body><div>"
             b"Trang \xc4\x91ang b\xe1\xba\xa3o tr\xc3\xac</div></body></html>",
        fetched_at="2026-11-21T00:00:00+00:00", source_id="baothaibinh"))
    monkeypatch.setenv("REFORM_HOME", str(refreshed_home))
    monkeypatch.setenv("REFORM_PUBLICATIONS", str(refreshed_home.parent))  # no publications: nothing to reload
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    after = counts(refreshed_home)
    assert {k: v for k, v in after.items() if k != "dim_source"} == \
        {k: v for k, v in before.items() if k != "dim_source"}
    with duckdb.connect(str(refreshed_home / "work" / "warehouse.duckdb"), read_only=True) as con:
        errors = con.execute(
            "select stage, reason from raw.load_errors where subject like '%/999999/%'").fetchall()
    assert errors and errors[0][0] == "parse" and errors[0][1]
    text = summary(result)
    assert re.search(r"load errors: [1-9]\d* \(.*parse [1-9]", text) and "raw.load_errors of" in text, text
