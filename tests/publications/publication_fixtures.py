"""Publications in the formats the web serves, generated for the tests: a
ranking page (HTML), a ranking CSV, and the national portal's 766 JSON."""
from __future__ import annotations

import csv
import html
import json
from pathlib import Path

PROVINCES_63 = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "provinces_63.csv"


def provinces() -> list[dict[str, str]]:
    with open(PROVINCES_63, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def ranking_html(path: Path, title: str, headers: list[str], rows: list[list[object]], preamble_rows: int = 1) -> Path:
    """A page with a layout table first (not a ranking), then the ranking table
    under a merged title row, as provincial portals publish them."""
    def cells(tag: str, values) -> str:
        return "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    title_rows = "".join(f'<tr><td colspan="{len(headers)}">{html.escape(title)}</td></tr>'
                         for _ in range(preamble_rows))
    path.write_text(
        f"<html><head><title>{html.escape(title)}</title></head><body>"
        f"<table><tr><td>Trang chủ</td><td>Tin tức</td></tr></table>"
        f"<table>{title_rows}<tr>{cells('th', headers)}</tr>{body}</table></body></html>",
        encoding="utf-8")
    return path


def ranking_csv(path: Path, headers: list[str], rows: list[list[object]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def portal_766_json(path: Path, units: list[dict], year: int | None = None) -> Path:
    """The response of report_tinh_766_service, optionally wrapped with its request params."""
    payload = {"params": {"service": "report_tinh_766_service", "p_nam": str(year)}, "data": units} if year else units
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path
