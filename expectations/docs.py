"""GX contexts for the runner, and Data Docs (static HTML) of its results.

A plain run needs no files: an ephemeral context. For Data Docs, the same
ephemeral context keeps its validation results in files under
`docs_dir/gx/`, so the site index lists every suite although each suite is
validated by a separate call (one Dagster asset check each). Only the latest
result of each suite is kept: the site shows the state of the warehouse, not
a history.
"""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import great_expectations as gx
from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context import AbstractDataContext
from great_expectations.data_context.types.base import (
    DataContextConfig,
    FilesystemStoreBackendDefaults,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from expectations import static_docs

SITE_NAME = "reform_quality"
RUN_NAME = "reform"

# GX logs every rendering step at INFO and warns about its own usage analytics.
logging.getLogger("great_expectations").setLevel(logging.ERROR)


def make_context(docs_dir: Path | None) -> AbstractDataContext:
    """An ephemeral context without progress bars; with `docs_dir`, file-backed
    stores under `docs_dir/gx` and a Data Docs site rooted at `docs_dir`."""
    if docs_dir is None:
        stores = InMemoryStoreBackendDefaults(init_temp_docs_sites=False)
        sites: dict = {}
    else:
        docs_dir = Path(docs_dir).resolve()
        stores = FilesystemStoreBackendDefaults(root_directory=str(docs_dir / "gx"))
        sites = {SITE_NAME: {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }}
    config = DataContextConfig(
        store_backend_defaults=stores,
        data_docs_sites=sites,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        analytics_enabled=False,
    )
    # get_context, not the constructor: GX builds suites against the current context.
    return gx.get_context(project_config=config, mode="ephemeral")


def publish(context: AbstractDataContext, results: list[tuple[gx.ExpectationSuite, str,
                                                               ExpectationSuiteValidationResult]]) -> Path:
    """Store (suite, batch id, result) triples as the latest of their suites
    and rebuild the site; returns its index page."""
    store = context.validation_results_store
    names = {suite.name for suite, _, _ in results}
    for key in store.list_keys():
        if key.expectation_suite_identifier.name in names:
            store.remove_key(key)
    keys = []
    for suite, batch_id, result in results:
        context.suites.add_or_update(suite)
        suite_key = ExpectationSuiteIdentifier(name=suite.name)
        key = ValidationResultIdentifier(expectation_suite_identifier=suite_key,
                                         run_id=RunIdentifier(run_name=RUN_NAME), batch_identifier=batch_id)
        store.set(key, result)
        keys += [suite_key, key]
    # Render only this call's pages; the index still lists every suite.
    urls = context.build_data_docs(site_names=[SITE_NAME], resource_identifiers=keys)
    # GX's index needs CDNs to show anything: replace it with a page that does not.
    return static_docs.write_index(context, Path(url2pathname(urlsplit(urls[SITE_NAME]).path)).parent)
