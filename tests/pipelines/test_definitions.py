"""The code location loads, and the automation around it is what operators expect."""
import datetime as dt

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.defs.automation import failure_message, new_publication_sensor
from pipelines.defs.ingest import source_partitions, sync_source_partitions
from scrapers.sources.registry import load_registry


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def test_every_definition_loads(definitions):
    keys = {k.to_user_string() for k in definitions.resolve_asset_graph().get_all_asset_keys()}
    for expected in ("archived_pages", "raw_pages", "raw_articles", "raw_facts", "raw_index_scores",
                     "marts/fct_dossiers_on_time", "marts/fct_index_scores", "marts/dim_province",
                     "published_warehouse"):
        assert expected in keys
    assert definitions.resolve_job_def("nightly_refresh") is not None


def test_assets_are_grouped_by_stage(definitions):
    graph = definitions.resolve_asset_graph()
    group = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert group["archived_pages"] == "ingest"
    assert group["raw_facts"] == "extract"
    assert group["raw_index_scores"] == "publications"
    assert group["marts/fct_online_services"] == "warehouse"
    assert group["published_warehouse"] == "publish"


def test_database_writers_share_one_pool(definitions):
    graph = definitions.resolve_asset_graph()
    for name in ("raw_pages", "raw_articles", "raw_facts", "raw_index_scores", "published_warehouse"):
        node = graph.get(dg.AssetKey(name))
        assert node.pools == {"duckdb"}, name


def test_nightly_schedule_runs_at_two_in_vietnam_over_every_source(definitions):
    schedule = definitions.resolve_schedule_def("nightly_refresh_schedule")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Ho_Chi_Minh"
    assert schedule.job_name == "nightly_refresh"
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance,
                                            scheduled_execution_time=dt.datetime(2026, 11, 22, 2, 0))
        [request] = schedule.evaluate_tick(context).run_requests
        sources = instance.get_dynamic_partitions("source")
    assert sources == list(load_registry())
    assert request.tags["dagster/asset_partition_range_start"] == sources[0]
    assert request.tags["dagster/asset_partition_range_end"] == sources[-1]


def test_source_partitions_follow_the_registry():
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("source", ["a-source-since-removed"])
        keys = sync_source_partitions(instance)
    assert keys == list(load_registry())


def test_crawl_is_partitioned_by_source_in_its_own_pool(definitions):
    node = definitions.resolve_asset_graph().get(dg.AssetKey("archived_pages"))
    assert node.partitions_def == source_partitions
    assert node.pools == {"crawl"}
    assert node.backfill_policy == dg.BackfillPolicy.single_run()


def test_publication_sensor_fires_once_per_new_file(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_PUBLICATIONS", str(tmp_path))
    (tmp_path / "par_index_2024.csv").write_text("province,score,rank\n", encoding="utf-8")
    first = dg.build_sensor_context()
    result = new_publication_sensor(first)
    assert isinstance(result, dg.RunRequest)
    again = dg.build_sensor_context(cursor=first.cursor)
    assert isinstance(new_publication_sensor(again), dg.SkipReason)
    (tmp_path / "sipas_2024.csv").write_text("province,score\n", encoding="utf-8")
    assert isinstance(new_publication_sensor(dg.build_sensor_context(cursor=first.cursor)), dg.RunRequest)


def test_failure_message_names_the_run_and_the_safe_file():
    message = failure_message("nightly_refresh", "abcdef1234", "step raw_pages failed")
    assert "abcdef12" in message and "raw_pages" in message and "last good version" in message


def test_marts_carry_a_freshness_policy(definitions):
    graph = definitions.resolve_asset_graph()
    mart = graph.get(dg.AssetKey(["marts", "fct_dossiers_on_time"]))
    staging = graph.get(dg.AssetKey(["staging", "stg_raw__facts"]))
    assert mart.freshness_policy is not None and staging.freshness_policy is None
