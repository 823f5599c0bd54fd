"""The rooms import one way. Read from the source with `ast`, so a new module
is held to the rules the day it is added."""
import ast
from pathlib import Path

import pytest

from scrapers.settings import REPO_ROOT


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (imports inside functions count)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((REPO_ROOT / folder).rglob("*.py"))


def _offending(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{path.relative_to(REPO_ROOT)} imports {name}"
            for path in _modules(folder) for name in sorted(_imports(path))
            if any(name == f or name.startswith(f + ".") for f in forbidden)]


@pytest.mark.parametrize(("folder", "forbidden"), [
    # scrapers/ works without Dagster, GX or the report
    ("scrapers", ("dagster", "dagster_dbt", "pipelines", "expectations", "report")),
    # parsing never reaches back into the crawl, nor the registry into either
    ("scrapers/parse", ("scrapers.crawl",)),
    ("scrapers/sources", ("scrapers.crawl", "scrapers.parse")),
    # the extractor and the publication parsers read text and files, not the network
    ("scrapers/facts", ("scrapers.crawl",)),
    # expectations check tables; they do not orchestrate
    ("expectations", ("dagster", "pipelines", "report")),
    # the report reads only the published file: no pipeline, no raw layer, no checks
    ("report", ("dagster", "pipelines", "expectations", "scrapers.raw", "scrapers.crawl", "scrapers.parse",
                "scrapers.facts", "scrapers.publications", "scrapers.warehouse")),
])
def test_rooms_import_one_way(folder, forbidden):
    assert _modules(folder), f"{folder} has no modules"
    assert _offending(folder, forbidden) == []


def test_pipelines_reach_scrapers_only_through_their_public_modules():
    """pipelines/ may call into scrapers/, never the other way (checked above),
    and nothing outside pipelines/ imports pipelines' internals except its CLI."""
    outside = [p for folder in ("scrapers", "expectations", "report", "benchmarks") for p in _modules(folder)]
    offending = [f"{p.relative_to(REPO_ROOT)} imports {name}" for p in outside for name in _imports(p)
                 if name.startswith("pipelines.defs") or name.startswith("pipelines.lib")]
    assert offending == []
