"""Each crawl's outcome per source, kept so `reform sources` and `dim_source`
can say how every source did last time.

An append-only JSON-lines file (`scrapers.settings.crawl_outcomes`): one line
per source and crawl, written after the crawl; a torn last line (a crash mid
write) is skipped when reading.
"""
from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from scrapers.crawl.crawler import CrawlReport


def record_outcomes(report: CrawlReport, path: Path, *, mode: str) -> None:
    """Append the outcome of every source the crawl visited."""
    if not report.sources:
        return
    at = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [json.dumps({"source_id": s.source_id, "at": at, "mode": mode, **s.outcome()}, ensure_ascii=False)
             for s in report.sources.values()]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def last_outcomes(path: Path) -> dict[str, dict]:
    """The latest outcome of each source (empty when nothing was crawled yet),
    with `since`: when the source's outcome status last changed, so an idle
    night that ends as the one before leaves the warehouse as it was."""
    latest: dict[str, dict] = {}
    if not path.exists():
        return latest
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                outcome = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(outcome, dict) or "source_id" not in outcome:
                continue
            before = latest.get(outcome["source_id"])
            same = before is not None and before.get("status") == outcome.get("status")
            outcome["since"] = before["since"] if same else outcome.get("at")
            latest[outcome["source_id"]] = outcome
    return latest


def outcome_line(outcome: dict | None) -> str:
    """One short cell: `ok 12p/5n` with parse failures, fall-backs and the failure when there are."""
    if not outcome:
        return "never crawled"
    text = f"{outcome['status']} {outcome['pages']}p/{outcome['new_articles']}n"
    if outcome.get("parse_failures"):
        text += f" {outcome['parse_failures']} unparsed"
    if outcome.get("fallbacks"):
        text += f" {outcome['fallbacks']} fallback"
    return text + f" ({outcome['at'][:10]}, {outcome.get('discovery', 'listing')})"
