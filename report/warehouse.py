"""Everything the report reads from the published warehouse, as plain rows.

The report never writes: it opens `reform.duckdb` read-only, so it can run
while BI tools hold the same file, and it reads only the marts (their columns
are documented in `dbt_project/models/marts/_marts__models.yml`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

# The indices a province is judged by, in the order the national page shows them.
INDEX_ORDER = ("PAR", "SIPAS", "PAPI", "PCI", "766")
INDEX_TITLES = {
    "PAR": "PAR Index (Chỉ số cải cách hành chính)",
    "SIPAS": "SIPAS (Chỉ số hài lòng về sự phục vụ hành chính)",
    "PAPI": "PAPI (Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh)",
    "PCI": "PCI (Chỉ số năng lực cạnh tranh cấp tỉnh)",
    "766": "Bộ chỉ số 766 (chỉ đạo, điều hành và đánh giá chất lượng phục vụ)",
}
# Fact marts shown on a province page, each with the figures it holds.
FACT_MARTS = ("fct_procedures_published", "fct_dossiers_on_time", "fct_online_services")


# A page shows the latest figures of each series (province, metric, tier,
# kind) and the latest conflicts of each province: a dozen make the trend, and
# at a hundred thousand articles the report still reads a bounded number of
# rows, so its memory does not grow with the archive.
ROWS_PER_SERIES = 12


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class WarehouseSnapshot:
    """The published marts, as rows grouped the way the pages need them."""
    published_at: object
    provinces: list[dict]
    units_2025: list[dict]
    metrics: dict[str, dict]
    articles: dict[str, dict]
    sources: list[dict]
    publication_sources: list[dict]
    index_scores: list[dict]
    facts_by_province: dict[str, list[dict]] = field(default_factory=dict)
    targets_by_province: dict[str, list[dict]] = field(default_factory=dict)
    fact_conflicts_by_province: dict[str, list[dict]] = field(default_factory=dict)
    index_conflicts_by_province: dict[str, list[dict]] = field(default_factory=dict)

    def scores_of(self, province_code: str) -> list[dict]:
        return [r for r in self.index_scores if r["province_code"] == province_code]

    def latest_rankings(self) -> dict[str, list[dict]]:
        """The latest year of each index, best rank first; an index with no
        figures yet maps to an empty list so the page can say so. The latest
        year is that of the latest whole ranking (a publication) where there
        is one: one province's rank quoted in an article does not make a year."""
        by_index: dict[str, list[dict]] = {name: [] for name in INDEX_ORDER}
        for row in self.index_scores:
            by_index.setdefault(row["index_name"], []).append(row)
        latest: dict[str, list[dict]] = {}
        for name, rows in by_index.items():
            if not rows:
                latest[name] = []
                continue
            published = [r for r in rows if r["source_type"] == "publication"]
            year = max(r["year"] for r in published or rows)
            latest[name] = sorted((r for r in rows if r["year"] == year),
                                  key=lambda r: (r["rank"] is None, r["rank"] or 0, -(r["score"] or 0)))
        return latest

    def province_names(self) -> dict[str, str]:
        return {p["province_code"]: p["province_name"] for p in self.provinces}

    def by_deadline_rates(self) -> list[dict]:
        """Every share of dossiers resolved by the deadline (derived per report
        from its on-time and early rates), with the province's name and the
        definition it rests on."""
        names = self.province_names()
        return [dict(r, province_name=names.get(r["province_code"], r["province_code"]))
                for facts in self.facts_by_province.values() for r in facts
                if r["metric"] == "dossiers_by_deadline_rate" and r["unit"] == "percent"]


def read_snapshot(published_db: Path) -> WarehouseSnapshot:
    """Read the marts of `published_db` (opened read-only)."""
    if not published_db.is_file():
        raise FileNotFoundError(f"published warehouse not found: {published_db} (run `reform run` first)")
    with duckdb.connect(str(published_db), read_only=True) as con:
        published_at = con.execute("select max(published_at) from meta.published").fetchone()[0]
        provinces = _rows(con, "select * from dim_province order by province_code")
        units = _rows(con, "select * from dim_admin_unit_2025 order by unit_2025_code")
        metrics = {r["metric"]: r for r in _rows(con, "select * from dim_metric")}
        sources = _rows(con, "select * from dim_source order by n_facts desc, source_id")
        publication_sources = _rows(con, """
            select source_ref, index_name, min(year) as first_year, max(year) as last_year, count(*) as n_figures
            from fct_index_scores where source_type = 'publication'
            group by all order by index_name, source_ref""")
        # Whole years on each index's own scale; PAPI's six-dimension total and
        # the 766 portal's quarters and months stay in the warehouse.
        index_scores = _rows(con, """
            select s.*, p.province_name from fct_index_scores s
            left join dim_province p using (province_code)
            where s.measure = 'total' and s.period = 'year'
            order by s.index_name, s.year, s.rank""")
        facts: dict[str, list[dict]] = defaultdict(list)
        for mart in FACT_MARTS:
            for row in _rows(con, f"""
                    select *, '{mart}' as mart from {mart}
                    qualify row_number() over (
                        partition by province_code, metric, level, kind, unit
                        order by period_end desc nulls last, published_on desc, fact_id) <= {ROWS_PER_SERIES}
                    order by province_code, metric, period_end nulls last, published_on"""):
                facts[row["province_code"]].append(row)
        targets: dict[str, list[dict]] = defaultdict(list)
        for row in _rows(con, f"""
                select * from fct_reform_targets
                qualify row_number() over (
                    partition by province_code, metric, level, unit
                    order by target_period_end desc nulls last, target_fact_id) <= {ROWS_PER_SERIES}
                order by province_code, metric, target_period_end"""):
            targets[row["province_code"]].append(row)
        shown = sorted({r["article_id"] for rows in facts.values() for r in rows})
        articles = {r["article_id"]: r for r in _rows(
            con, "select article_id, source_id, source_url, province_code, title, published_on, n_facts "
                 "from dim_article where article_id in (select unnest(?))", [shown])}
        fact_conflicts: dict[str, list[dict]] = defaultdict(list)
        for row in _rows(con, f"""
                select * exclude (conflict_rank) from (
                    select *, dense_rank() over (
                        partition by province_code order by period_end desc, conflict_id) as conflict_rank
                    from fct_fact_conflicts)
                where conflict_rank <= {ROWS_PER_SERIES}
                order by province_code, metric, period_end, value"""):
            fact_conflicts[row["province_code"]].append(row)
        index_conflicts: dict[str, list[dict]] = defaultdict(list)
        for row in _rows(con, "select * from fct_index_conflicts order by province_code, index_name, year"):
            index_conflicts[row["province_code"]].append(row)
    return WarehouseSnapshot(
        published_at=published_at, provinces=provinces, units_2025=units, metrics=metrics, articles=articles,
        sources=sources, publication_sources=publication_sources, index_scores=index_scores,
        facts_by_province=dict(facts), targets_by_province=dict(targets),
        fact_conflicts_by_province=dict(fact_conflicts),
        index_conflicts_by_province=dict(index_conflicts))
