"""The 766 index fetched live from a stand-in of the portal on 127.0.0.1:
one polite form POST per view, answers archived, rows read from the archive,
and an offline replay of the archive giving the same rows."""
import time
from datetime import date
from urllib.parse import parse_qs

import dagster as dg
import duckdb
import pytest
from portal_766_server import COMPONENTS, PortalServer

from pipelines.defs.publications.assets import raw_index_766
from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers.crawl.archive import Archive
from scrapers.crawl.http import ClientSettings, PoliteClient
from scrapers.crawl.transport import LiveTransport, ReplayTransport
from scrapers.publications import portal_766
from scrapers.publications.portal_766 import View, fetch_views, load_snapshots, nightly_views

NO_WAIT = ClientSettings(default_rate_limit=0.0)


@pytest.fixture
def portal():
    with PortalServer() as served:
        yield served


def _client(transport, archive) -> PoliteClient:
    return PoliteClient(transport, allowed_hosts=["127.0.0.1"], rate_limits={"127.0.0.1": 0.0},
                        settings=NO_WAIT, archive=archive, sleep=lambda _: None)


def _rows(load):
    return sorted((s.index_name, s.year, s.period, s.province_code, s.score, s.rank, s.rank_of,
                   tuple(sorted(s.components.items())), s.source_file, s.fetched_at, s.flags) for s in load.scores)


def test_nightly_views_are_the_periods_in_course():
    assert [v.label for v in nightly_views(date(2026, 11, 30))] == ["2026", "2026-Q4", "2026-M11"]


def test_one_form_post_per_view_archived_and_parsed(portal, tmp_path):
    archive = Archive(tmp_path / "archive")
    views = [View(2024), View(2024, quarter=3), View(2024, month=7)]
    assert fetch_views(_client(LiveTransport(), archive), views, portal.endpoint) == []
    assert len(portal.requests) == 3
    for request, view in zip(portal.requests, views, strict=True):
        assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded; charset=UTF-8"
        assert request["headers"]["X-Requested-With"] == "XMLHttpRequest"
        assert View.from_form(request["form"]) == view
        assert '"service":"report_tinh_766_service"' in parse_qs(request["form"])["params"][0]
    load = load_snapshots(archive, portal.endpoint)
    assert load.errors == []
    assert {(s.period, len([t for t in load.scores if t.period == s.period])) for s in load.scores} == {
        ("year", 63), ("Q3", 63), ("M07", 63)}
    hanoi = next(s for s in load.scores if s.province_code == "01" and s.period == "year")
    assert set(hanoi.components) == set(COMPONENTS) and hanoi.score == pytest.approx(sum(hanoi.components.values()))
    assert hanoi.rank_of == 63 and not hanoi.rank_computed and hanoi.fetched_at and hanoi.year == 2024
    assert hanoi.source_file == f"{portal_766.HOST}/766/2024@{hanoi.fetched_at}"


def test_offline_replay_of_the_archive_gives_the_same_rows(portal, tmp_path):
    live_archive = Archive(tmp_path / "live")
    views = [View(2024), View(2024, month=7)]
    fetch_views(_client(LiveTransport(), live_archive), views, portal.endpoint)
    replayed_archive = Archive(tmp_path / "replayed")
    assert fetch_views(_client(ReplayTransport(live_archive), replayed_archive), views, portal.endpoint) == []
    assert len(portal.requests) == 2           # the replay asked the archive, not the portal
    live, replayed = load_snapshots(live_archive, portal.endpoint), load_snapshots(replayed_archive, portal.endpoint)
    assert _rows(live) == _rows(replayed) and len(live.scores) == 126


def test_each_night_adds_a_snapshot(portal, tmp_path):
    archive = Archive(tmp_path / "archive")
    client = _client(LiveTransport(), archive)
    fetch_views(client, [View(2024, quarter=4)], portal.endpoint)
    first = {s.source_file for s in load_snapshots(archive, portal.endpoint).scores}
    time.sleep(1.1)                             # fetch times are kept to the second
    fetch_views(client, [View(2024, quarter=4)], portal.endpoint)
    load = load_snapshots(archive, portal.endpoint)
    assert len({s.source_file for s in load.scores}) == 2 and first < {s.source_file for s in load.scores}
    assert len(load.scores) == 126 and len({s.fetched_at for s in load.scores}) == 2


def test_units_of_2025_are_mapped(portal, tmp_path):
    archive = Archive(tmp_path / "archive")
    fetch_views(_client(LiveTransport(), archive), [View(2025, quarter=4)], portal.endpoint)
    load = load_snapshots(archive, portal.endpoint)
    assert load.errors == [] and len(load.scores) == 34
    assert all(s.flags == ("unit_2025",) for s in load.scores)
    tuyen_quang = next(s for s in load.scores if s.province_name_raw == "Tỉnh Tuyên Quang")
    assert tuyen_quang.province_code == "08"


def test_reform_run_live_asset_fetches_and_an_offline_run_replays(portal, tmp_path, monkeypatch):
    """The nightly job's asset: live, it fetches the three views of the day
    and loads them; offline, it reads the same archived answers into the same rows."""
    warehouse = WarehouseResource(reform_home=str(tmp_path / "home"))
    monkeypatch.setattr(portal_766, "ENDPOINT", portal.endpoint)
    monkeypatch.setattr(portal_766, "HOST", "127.0.0.1")
    monkeypatch.setattr(portal_766, "RATE_LIMIT_SECONDS", 0.0)

    def rows():
        with duckdb.connect(str(warehouse.work_db), read_only=True) as con:
            return con.execute("select * exclude (loaded_at) from raw.index_scores where index_name = '766' "
                               "order by all").fetchall()

    live = dg.materialize([raw_index_766], resources={"warehouse": warehouse,
                                                     "crawl_settings": CrawlSettings(live=True)})
    assert live.success and len(portal.requests) == 3
    first = rows()
    assert len(first) == 3 * 34 and {r[2] for r in first} >= {"year"}
    offline = dg.materialize([raw_index_766], resources={"warehouse": warehouse,
                                                        "crawl_settings": CrawlSettings(live=False)})
    assert offline.success and len(portal.requests) == 3
    assert rows() == first
