"""Source partitions: one per registered source, so a broken source fails
alone and can be re-run alone. The nightly run takes every partition in one
step."""
import dagster as dg

from scrapers.sources.registry import load_registry

source_partitions = dg.DynamicPartitionsDefinition(name="source")


def sync_source_partitions(instance: dg.DagsterInstance) -> list[str]:
    """Make the instance's source partitions equal the registry's ids (added
    sources appended, removed ones dropped); returns them in instance order."""
    registry = load_registry()
    existing = instance.get_dynamic_partitions(source_partitions.name)
    for gone in [k for k in existing if k not in registry]:
        instance.delete_dynamic_partition(source_partitions.name, gone)
    new = [k for k in registry if k not in existing]
    if new:
        instance.add_dynamic_partitions(source_partitions.name, new)
    return instance.get_dynamic_partitions(source_partitions.name)


def partition_range_tags(keys: list[str]) -> dict[str, str]:
    """Run tags that select a contiguous range of source partitions."""
    return {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
