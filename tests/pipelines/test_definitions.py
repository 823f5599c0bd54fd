"""The code location loads, and the automation around it is what operators expect."""
import datetime as dt

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.defs.automation.schedules import failure_message, new_publication_sensor
from pipelines.defs.ingest.partitions import source_partitions, sync_source_partitions
from scrapers.sources.registry import load_registry


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def test_every_definition_loads(definitions):
    keys = {k.to_user_string() for k in definitions.resolve_asset_graph().get_all_asset_keys()}
    for expected in ("raw/archive", "raw/pages", "raw/articles", "raw/facts", "raw/index_scores", "raw/load_errors",
                     "marts/fct_dossiers_on_time", "marts/fct_index_scores", "marts/dim_province",
                     "published/warehouse", "published/report"):
        assert expected in keys
    assert definitions.resolve_job_def("nightly_refresh").name == "nightly_refresh"


def test_asset_keys_name_their_layer(definitions):
    layers = {k.path[0] for k in definitions.resolve_asset_graph().get_all_asset_keys()}
    assert layers == {"raw", "reference", "staging", "intermediate", "marts", "published"}


def test_assets_are_grouped_by_what_their_steps_do(definitions):
    graph = definitions.resolve_asset_graph()
    group = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert group["raw/archive"] == "ingest"
    assert group["raw/articles"] == "parse"
    assert group["raw/facts"] == "extract"
    assert group["raw/index_scores"] == "publications"
    assert group["raw/load_errors"] == "quality"
    assert group["marts/fct_online_services"] == "warehouse"
    assert group["published/warehouse"] == "publish"
    assert "default" not in group.values()


def test_database_writers_share_one_pool(definitions):
    graph = definitions.resolve_asset_graph()
    for key in ("raw/sources", "raw/pages", "raw/articles", "raw/facts", "raw/index_scores", "raw/load_errors",
                "marts/fct_index_scores", "published/warehouse"):
        assert graph.get(dg.AssetKey.from_user_string(key)).pools == {"duckdb"}, key


def test_checks_that_write_the_database_are_in_its_pool(definitions):
    gx_checks = [k for k in definitions.resolve_asset_graph().asset_check_keys if k.name.endswith("_expectations")]
    assert len(gx_checks) == 4
    for key in gx_checks:
        assert definitions.get_asset_checks_def(key).node_def.pool == "duckdb", key


def test_no_asset_is_left_dangling(definitions):
    """Every asset a definition depends on is produced by a definition."""
    graph = definitions.resolve_asset_graph()
    external = [k.to_user_string() for k in graph.get_all_asset_keys() if not graph.get(k).is_materializable]
    assert external == []


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
    node = definitions.resolve_asset_graph().get(dg.AssetKey(["raw", "archive"]))
    assert node.partitions_def == source_partitions
    assert node.pools == {"crawl"}
    assert node.backfill_policy == dg.BackfillPolicy.single_run()


def test_publication_sensor_first_tick_records_the_files_and_launches_nothing(tmp_path, monkeypatch):
    """`make ui` on a fresh instance must not republish the warehouse: the
    files already there are taken as seen."""
    monkeypatch.setenv("REFORM_PUBLICATIONS", str(tmp_path))
    (tmp_path / "par_index_2024.csv").write_text("province,score,rank\n", encoding="utf-8")
    first = dg.build_sensor_context()
    result = new_publication_sensor(first)
    assert isinstance(result, dg.SkipReason) and "1 publication files recorded as seen" in result.skip_message
    assert "par_index_2024.csv" in first.cursor


def test_publication_sensor_fires_once_per_new_file(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_PUBLICATIONS", str(tmp_path))
    (tmp_path / "par_index_2024.csv").write_text("province,score,rank\n", encoding="utf-8")
    first = dg.build_sensor_context()
    new_publication_sensor(first)
    again = dg.build_sensor_context(cursor=first.cursor)
    assert isinstance(new_publication_sensor(again), dg.SkipReason)
    (tmp_path / "sipas_2024.csv").write_text("province,score\n", encoding="utf-8")
    result = new_publication_sensor(dg.build_sensor_context(cursor=first.cursor))
    assert isinstance(result, dg.RunRequest) and result.tags["reform/changed_files"] == "sipas_2024.csv"


@pytest.mark.parametrize(("setting", "live"), [(None, False), ("0", False), ("1", True)])
def test_the_nightly_schedule_crawls_live_only_when_configured(definitions, monkeypatch, tmp_path, setting, live):
    if setting is None:
        monkeypatch.delenv("REFORM_LIVE", raising=False)
    else:
        monkeypatch.setenv("REFORM_LIVE", setting)
    schedule = definitions.resolve_schedule_def("nightly_refresh_schedule")
    # Not entered as a context: a closed test instance stays registered for the definitions loaded after it.
    context = dg.build_schedule_context(instance=dg.DagsterInstance.local_temp(str(tmp_path)),
                                        scheduled_execution_time=dt.datetime(2026, 11, 22, 2, 0))
    [request] = schedule.evaluate_tick(context).run_requests
    assert request.run_config["resources"]["crawl_settings"]["config"]["live"] is live
    assert request.tags["reform/crawl"] == ("live" if live else "replay")


def test_a_misspelt_live_setting_is_named(monkeypatch):
    from scrapers import settings

    monkeypatch.setenv("REFORM_LIVE", "ye")
    with pytest.raises(ValueError, match="REFORM_LIVE='ye'"):
        settings.live_nightly()


def test_the_nightly_cron_is_two_oclock_unless_configured(monkeypatch):
    from scrapers import settings

    monkeypatch.delenv("REFORM_NIGHTLY_CRON", raising=False)
    assert settings.nightly_cron() == "0 2 * * *"
    monkeypatch.setenv("REFORM_NIGHTLY_CRON", " * * * * * ")
    assert settings.nightly_cron() == "* * * * *"


def test_failure_message_names_the_run_and_the_safe_file():
    message = failure_message("nightly_refresh", "abcdef1234", "step raw_pages failed")
    assert "abcdef12" in message and "raw_pages" in message and "last good version" in message


def test_marts_carry_a_freshness_policy(definitions):
    graph = definitions.resolve_asset_graph()
    mart = graph.get(dg.AssetKey(["marts", "fct_dossiers_on_time"]))
    staging = graph.get(dg.AssetKey(["staging", "stg_portals__facts"]))
    assert mart.freshness_policy is not None and staging.freshness_policy is None
