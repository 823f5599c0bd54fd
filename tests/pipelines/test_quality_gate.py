"""Bad rows are quarantined and the night publishes without them; only a
broken build (here: too large a share of bad rows) stops the publish, and BI
keeps the last good file."""

import dagster as dg
import duckdb
import pytest

from pipelines.run import run_nightly
from pipelines.summary import failed_checks, summary
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.warehouse.publish import published_stamp

SEED_ARTICLE = "https://baothaibinh.com.vn/tin-tuc/2/160245/thai-binh-quyet-tam-nang-thu-hang-chi-so-cai-cach-hanh-chinh"
FUTURE_ARTICLE = SEED_ARTICLE.replace("160245", "999001")
ORDINARY_ARTICLE = SEED_ARTICLE.replace("160245", "999002")


def add_bad_facts(home, n: int) -> None:
    """Facts no extractor should emit, as if a bug let them through: 150 % on-time rates."""
    with duckdb.connect(str(home / "work" / "warehouse.duckdb")) as con:
        con.execute(f"""
            insert into raw.facts (fact_id, article_id, metric, value, unit, qualifier, kind, province, evidence,
                                   evidence_start, evidence_end)
            select 'bad-fact-' || i, article_id, 'dossiers_on_time_rate', 150, 'percent', 'exact', 'actual',
                   province, substring(text, 1, 10), 0, 10
            from (select * from raw.articles order by article_id limit 1), range({n}) t(i)
        """)


def published_rows(home, sql: str) -> list[tuple]:
    with duckdb.connect(str(home / "reform.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def quarantined(home, table: str) -> dict[str, set[str]]:
    with duckdb.connect(str(home / "work" / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute("select row_key, expectation from quality.quarantine where table_name = ?",
                           [table]).fetchall()
    held: dict[str, set[str]] = {}
    for key, expectation in rows:
        held.setdefault(key, set()).add(expectation)
    return held


def test_a_bad_fact_is_quarantined_and_the_rest_is_published(home):
    add_bad_facts(home, 1)
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success and failed_checks(result) == []
    assert "percent_in_range" in quarantined(home, "raw.facts")["bad-fact-0"]
    too_high = "select count(*) from fct_dossiers_on_time where unit = 'percent' and value > 100"
    assert published_rows(home, too_high) == [(0,)]
    assert published_rows(home, "select count(*) from fct_fact_evidence") != [(0,)]


def test_too_many_bad_rows_mean_a_broken_step_and_keep_the_last_good_file(home):
    published = home / "reform.duckdb"
    stamp_before, bytes_before = published_stamp(published), published.read_bytes()
    add_bad_facts(home, 200)
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert "raw/facts:raw_facts_expectations" in failed_checks(result)
    named = [line for line in summary(result).splitlines() if "failed: raw/facts:raw_facts_expectations" in line]
    assert named and "×" in named[0], summary(result)   # the expectation and its failing rows
    ran = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SUCCESS}
    assert not {"warehouse_models", "published__warehouse", "published__report"} & ran
    assert not result.success
    assert published_stamp(published) == stamp_before and published.read_bytes() == bytes_before


def _warc_of(path, pages: dict[str, bytes]) -> None:
    """A WARC file as a standard crawler writes it: one response record per page."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages.items():
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": "2026-11-30T00:00:00Z"}))


# A whole night of its own (~50 s on a 2-core machine): `make test-all` runs it; `make test` keeps the bad fact's
# quarantine above, which goes through the same gate.
@pytest.mark.slow
def test_a_page_dated_in_the_future_has_its_figures_quarantined_and_the_rest_is_published(home, tmp_path):
    """Pages imported with `reform import`, one of them dated 01/01/2099: that
    page's article and figures stay out, the other imported page and the rest
    of the night publish."""
    from scrapers.cli import main

    seed = Archive(settings.replay_archive())
    body = seed.read_body(seed.latest_response(SEED_ARTICLE)["sha256"])
    future = body.replace(b"160245", b"999001")
    for date in (b"05/11/2024", b"01/11/2022"):     # the page's header date and its own
        future = future.replace(date, b"01/01/2099")
    warc = tmp_path / "captured.warc.gz"
    _warc_of(warc, {FUTURE_ARTICLE: future, ORDINARY_ARTICLE: body.replace(b"160245", b"999002")})
    assert main(["import", str(warc)]) == 0
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success and failed_checks(result) == []
    with duckdb.connect(str(home / "work" / "warehouse.duckdb"), read_only=True) as con:
        article_id, published = con.execute("select article_id, published::varchar from raw.articles "
                                             "where url = ?", [FUTURE_ARTICLE]).fetchall()[0]
        future_facts = {r[0] for r in con.execute("select fact_id from raw.facts where article_id = ?",
                                                  [article_id]).fetchall()}
    assert published == "2099-01-01" and future_facts
    assert "published_plausible" in quarantined(home, "raw.articles")[article_id]
    held_facts = quarantined(home, "raw.facts")
    assert all("article_published_plausible" in held_facts[f] for f in future_facts)
    assert published_rows(home, f"select count(*) from dim_article where article_id = '{article_id}'") == [(0,)]
    assert published_rows(home, f"select count(*) from fct_fact_evidence where article_id = '{article_id}'") \
        == [(0,)]
    imported = published_rows(home, "select count(*) from fct_fact_evidence f join dim_article a using (article_id) "
                                    f"where a.source_url = '{ORDINARY_ARTICLE}'")
    assert imported != [(0,)], "the other imported page was not published"
    # The same article under its real date is still published, figures and all.
    assert published_rows(home, "select rank, rank_of from fct_index_scores where index_name = 'PAR' "
                                "and province_code = '34' and year = 2021") == [(50, 63)]
