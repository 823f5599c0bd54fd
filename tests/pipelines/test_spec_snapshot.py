"""Every asset spec, check, pool, job, schedule and sensor of the code
location, as a snapshot: a change to the graph shows up in review as a diff of
tests/pipelines/__snapshots__/test_spec_snapshot.ambr. After an intended change,
refresh it with `pytest tests/pipelines/test_spec_snapshot.py --snapshot-update`."""
import dagster as dg
import pytest

from pipelines.definitions import defs


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def _asset_spec(graph, key: dg.AssetKey) -> dict:
    node = graph.get(key)
    return {
        "group": node.group_name,
        "deps": sorted(k.to_user_string() for k in node.parent_keys),
        "pools": sorted(node.pools or ()),
        "partitions": type(node.partitions_def).__name__ if node.partitions_def else None,
        "freshness_policy": node.freshness_policy is not None,
        "tags": dict(sorted(node.tags.items())),
    }


def test_asset_specs(definitions, snapshot):
    graph = definitions.resolve_asset_graph()
    specs = {k.to_user_string(): _asset_spec(graph, k) for k in sorted(graph.get_all_asset_keys(), key=str)}
    assert specs == snapshot


def _check_pool(definitions: dg.Definitions, key: dg.AssetCheckKey) -> str | None:
    """A check's pool: its own op's, or (dbt tests) that of the dbt step it runs in."""
    assets_def = definitions.resolve_assets_def(key.asset_key)
    node = assets_def if key in assets_def.check_keys else definitions.get_asset_checks_def(key)
    return node.node_def.pool


def test_asset_checks(definitions, snapshot):
    graph = definitions.resolve_asset_graph()
    checks = {}
    for key in sorted(graph.asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name)):
        spec = graph.get_check_spec(key)
        checks[f"{key.asset_key.to_user_string()}:{key.name}"] = {
            "blocking": spec.blocking,
            "pool": _check_pool(definitions, key),
        }
    assert checks == snapshot


def test_jobs_schedules_and_sensors(definitions, snapshot):
    schedules = {s.name: {"job": s.job_name, "cron": s.cron_schedule, "timezone": s.execution_timezone,
                          "default_status": s.default_status.value}
                 for s in (definitions.resolve_schedule_def(d.name) for d in definitions.schedules)}
    sensors = {s.name: {"default_status": s.default_status.value, "interval_s": s.minimum_interval_seconds}
               for s in (definitions.resolve_sensor_def(d.name) for d in definitions.sensors)}
    jobs = sorted(j.name for j in definitions.resolve_all_job_defs() if not j.name.startswith("__"))
    assert {"jobs": jobs, "schedules": schedules, "sensors": sensors} == snapshot
