"""`build_report`: the static site from the published warehouse.

Layout of `out_dir`:
  index.html                 the national page
  province/index.html        every province and 2025 unit with data
  province/<code>.html       a province as it was until 30 June 2025 (63 codes)
  province/2025-<code>.html  a unit of the 2025 map, with its member provinces' history

The site is written to a fresh folder beside `out_dir`, its own for each
build (`.<name>.<pid>.building`: two builds at once never share one), and
moved in place only once every page is written, so a build that fails leaves
the previous report whole. Staging folders of builds whose process is gone
are removed by the next build.
"""
from __future__ import annotations

import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from report import formatting
from report.pages import FAMILY_TITLES, national_context, province_section, unit_index_history, unit_members
from report.warehouse import read_snapshot
from scrapers.processes import process_alive


@dataclass(frozen=True)
class ReportResult:
    out_dir: Path
    pages: list[Path]
    n_charts: int
    seconds: float


def _environment() -> Environment:
    # autoescape everywhere: titles and evidence are scraped text and must
    # render as text, whatever markup they carry.
    env = Environment(loader=PackageLoader("report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(vi_number=formatting.vi_number, figure=formatting.figure,
                       evidence_link=formatting.evidence_link)
    env.globals.update(family_titles=FAMILY_TITLES)
    return env


def build_report(published_db: Path, out_dir: Path) -> ReportResult:
    """Write the site for `published_db` (opened read-only) into `out_dir`."""
    started = time.perf_counter()
    snapshot = read_snapshot(Path(published_db))
    out_dir = Path(out_dir)
    _remove_stale_staging(out_dir)
    staging = out_dir.with_name(f".{out_dir.name}.{os.getpid()}.building")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "province").mkdir(parents=True)
    env = _environment()
    common = {"published_at": snapshot.published_at}
    pages: list[Path] = []
    n_charts = 0

    def write(relative: str, template: str, **context) -> None:
        path = staging / relative
        path.write_text(env.get_template(template).render(**common, **context), encoding="utf-8")
        pages.append(out_dir / relative)

    national = national_context(snapshot)
    n_charts += sum(1 for r in national["rankings"] if r["chart"]) + bool(national["on_time_chart"]) \
        + bool(national["source_chart"])
    write("index.html", "national.html.j2", root="", **national)

    units_by_code = {u["unit_2025_code"]: u for u in snapshot.units_2025}
    sections = {}
    # Drawing releases the GIL: provinces draw their charts side by side.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        all_sections = list(pool.map(partial(province_section, snapshot), snapshot.provinces))
    for province, section in zip(snapshot.provinces, all_sections, strict=True):
        if section.n_figures:
            sections[province["province_code"]] = section
            n_charts += len(section.charts)
    for code, section in sections.items():
        unit = units_by_code.get(section.province["unit_2025_code"])
        write(f"province/{code}.html", "province.html.j2", root="../", section=section, unit=unit)
    units_with_data = []
    for unit in snapshot.units_2025:
        members = [sections[p["province_code"]] for p in unit_members(snapshot, unit)
                   if p["province_code"] in sections]
        if members:
            units_with_data.append(unit)
            write(f"province/2025-{unit['unit_2025_code']}.html", "unit.html.j2", root="../",
                  unit=unit, members=members, index_history=unit_index_history(members))
    write("province/index.html", "provinces.html.j2", root="../",
          sections=list(sections.values()), units=units_with_data)

    _swap_in(staging, out_dir)
    return ReportResult(out_dir=out_dir, pages=pages, n_charts=n_charts, seconds=time.perf_counter() - started)


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Put the finished site in place of the old one (moved aside under this build's own name, then removed)."""
    aside = out_dir.with_name(f".{out_dir.name}.{os.getpid()}.old")
    shutil.rmtree(aside, ignore_errors=True)
    if out_dir.exists():
        os.replace(out_dir, aside)
    os.replace(staging, out_dir)
    shutil.rmtree(aside, ignore_errors=True)


def _remove_stale_staging(out_dir: Path) -> None:
    """Folders `.<name>.<pid>.building|old` left by builds whose process is gone."""
    for path in out_dir.parent.glob(f".{out_dir.name}.*.*"):
        pid = path.name[len(out_dir.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
