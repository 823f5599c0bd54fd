"""A suite re-validates only when its rows (or the suites' code) changed."""
import duckdb

from expectations.cache import run_suite_if_changed
from scrapers.raw.schema import DDL


def test_unchanged_rows_reuse_the_last_result_and_a_change_revalidates(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(DDL)
    con.execute("""insert into raw.pages values ('https://x.vn/a', repeat('a', 64), 'https://x.vn/a', 'GET',
                   'https://x.vn/a', 's', 200, null, 'text/html', 10, false, now(), now())""")
    first, reused_first = run_suite_if_changed(con, "raw_pages")
    # A re-fetch of the same content moves only the audit timestamp: nothing to validate again.
    con.execute("update raw.pages set last_fetched_at = now() + interval 1 day")
    second, reused_second = run_suite_if_changed(con, "raw_pages")
    assert first.success and not reused_first and reused_second
    assert second.summary() == first.summary()
    con.execute("update raw.pages set sha256 = 'not-a-hash'")
    third, reused_third = run_suite_if_changed(con, "raw_pages")
    # A bad row is quarantined; the suite, and the build, go on without it.
    assert not reused_third and third.success and third.has_warnings and third.quarantined == 1


def test_a_cached_result_does_not_outlive_its_day(tmp_path, monkeypatch):
    """raw_articles judges publication dates against today: tomorrow the same
    rows are validated again rather than served yesterday's verdict."""
    import datetime as dt

    from expectations import suites

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(DDL)
    con.execute("""insert into raw.articles (article_id, url, title, published, body, text)
                   values ('a1', 'https://x.vn/a', 'T', date '2026-12-01', 'B', 'T\n\nB')""")
    monkeypatch.setattr(suites, "validation_day", lambda: dt.date(2026, 11, 30))
    monkeypatch.setattr("expectations.cache.validation_day", suites.validation_day)
    today, _ = run_suite_if_changed(con, "raw_articles")
    monkeypatch.setattr(suites, "validation_day", lambda: dt.date(2026, 12, 1))
    monkeypatch.setattr("expectations.cache.validation_day", suites.validation_day)
    tomorrow, reused = run_suite_if_changed(con, "raw_articles")
    # Dated in the future today, the article is quarantined; tomorrow it is not.
    assert today.quarantined == 1 and not reused and tomorrow.quarantined == 0 and not tomorrow.has_warnings
