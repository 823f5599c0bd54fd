"""The Data Docs index as one self-contained page.

GX's own site loads its CSS and JavaScript (Bootstrap, jQuery,
bootstrap-table, Vega) from CDNs, and its index builds its table in
JavaScript: offline it is empty and unstyled. This page is drawn from the
same stored validation results, with its styles inline and no script, so it
reads the same with or without a network; each suite links to GX's detailed
page beside it.
"""
from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from great_expectations.data_context import AbstractDataContext

STYLE = """
body { font: 15px/1.45 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif; margin: 2rem auto;
       max-width: 72rem; padding: 0 1rem; color: #1d2329; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #d9dee3; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f4f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.passed { color: #1d7a3a; font-weight: 600; } .failed { color: #b3261e; font-weight: 600; }
.warning { color: #8a5a00; font-weight: 600; } .muted { color: #5f6b76; } code { font-size: 0.85rem; }
"""


def _severity(outcome) -> str:
    """`error` or `warn`, as the suite gave it (expectations/suites.py)."""
    return (outcome.expectation_config.meta or {}).get("severity", "error")


def _state(success: bool, severity: str) -> tuple[str, str]:
    if success:
        return "passed", "passed"
    return ("warning", "warned") if severity == "warn" else ("failed", "failed")


def _detail_page(docs_dir: Path, suite_name: str) -> str | None:
    """The newest GX page of the suite's validation, relative to `docs_dir`."""
    pages = sorted((docs_dir / "validations").joinpath(*suite_name.split(".")).rglob("*.html"))
    return pages[-1].relative_to(docs_dir).as_posix() if pages else None


def _expectation_rows(result) -> str:
    rows = []
    for outcome in result.results:
        config = outcome.expectation_config
        kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
        detail = outcome.result or {}
        css, word = _state(outcome.success, _severity(outcome))
        sample = detail.get("partial_unexpected_list") or []
        rows.append(
            f"<tr><td>{escape((config.meta or {}).get('name', ''))} <code>{escape(config.type)}</code><br>"
            f"<span class='muted'>{escape(str(kwargs))[:300]}</span></td>"
            f"<td class='{css}'>{word}</td>"
            f"<td class='num'>{escape(str(detail.get('unexpected_count', '')))}</td>"
            f"<td>{escape(', '.join(map(str, sample[:5])))[:300]}</td></tr>")
    return "\n".join(rows)


def write_index(context: AbstractDataContext, docs_dir: Path) -> Path:
    """Write `docs_dir/index.html` from every stored validation result."""
    store = context.validation_results_store
    results = sorted((store.get(key) for key in store.list_keys()), key=lambda r: r.suite_name)
    sections, summary = [], []
    for result in results:
        stats = result.statistics
        failed = [o for o in result.results if not o.success]
        css, word = _state(not failed, "warn" if all(_severity(o) == "warn" for o in failed) else "error")
        page = _detail_page(docs_dir, result.suite_name)
        link = f" <a href='{escape(page)}'>GX page</a>" if page else ""
        summary.append(f"<tr><td><a href='#{escape(result.suite_name)}'>{escape(result.suite_name)}</a></td>"
                       f"<td class='{css}'>{word}</td><td class='num'>{stats['successful_expectations']}/"
                       f"{stats['evaluated_expectations']}</td></tr>")
        sections.append(f"<h2 id='{escape(result.suite_name)}'>{escape(result.suite_name)}: "
                        f"<span class='{css}'>{word}</span>{link}</h2>\n<table><thead><tr><th>expectation</th>"
                        f"<th>result</th><th>unexpected rows</th><th>sample</th></tr></thead><tbody>\n"
                        f"{_expectation_rows(result)}\n</tbody></table>")
    written = datetime.now(UTC).isoformat(timespec="seconds")
    html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Data quality</title>"
            f"<style>{STYLE}</style></head><body><h1>Data quality: Great Expectations suites of the raw tables</h1>"
            f"<p class='muted'>Latest validation of each suite, written {written}. This page needs no network; "
            "GX's detailed pages load their styles from CDNs.</p>"
            "<table><thead><tr><th>suite</th><th>state</th><th>expectations met</th></tr></thead><tbody>"
            + "".join(summary) + "</tbody></table>\n" + "\n".join(sections) + "</body></html>")
    index = docs_dir / "index.html"
    index.write_text(html, encoding="utf-8")
    return index
