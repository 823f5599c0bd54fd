"""What each page shows: the template context of the national page, of a
province (before the 2025 merger) and of a 2025 unit, charts included.

A province's section (index history, facts, targets, conflicts) is built once
and shown both on its own page and on the page of the 2025 unit it joined.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from report import charts
from report.warehouse import INDEX_ORDER, INDEX_TITLES, WarehouseSnapshot

FAMILY_TITLES = {
    "procedures": "Thủ tục hành chính: công bố, mới, sửa đổi, bãi bỏ (procedures)",
    "dossiers": "Hồ sơ: đúng hạn, trước hạn, trễ hạn (dossiers)",
    "online": "Dịch vụ công trực tuyến và hồ sơ trực tuyến (online services)",
}
# Definitions of the share resolved by the deadline that compare (fct_dossiers_on_time.on_time_definition).
COMPARABLE_DEFINITIONS = ("early_and_on_time", "early_plus_on_time")
# Rates drawn over time on a province page.
RATE_METRICS = ("dossiers_by_deadline_rate", "dossiers_on_time_rate", "dossiers_early_rate", "dossiers_late_rate",
                "online_dossier_rate")


@dataclass
class ProvinceSection:
    province: dict
    scores: list[dict]
    facts_by_family: dict[str, list[dict]]
    targets: list[dict]
    fact_conflicts: list[dict]
    index_conflicts: list[dict]
    charts: dict[str, object] = field(default_factory=dict)

    @property
    def n_figures(self) -> int:
        return len(self.scores) + sum(len(v) for v in self.facts_by_family.values())


def metric_label(snapshot: WarehouseSnapshot, metric: str) -> str:
    meta = snapshot.metrics.get(metric)
    return f"{meta['term_vi']} ({meta['description']})" if meta else metric


def province_section(snapshot: WarehouseSnapshot, province: dict) -> ProvinceSection:
    code = province["province_code"]
    facts = snapshot.facts_by_province.get(code, [])
    by_family: dict[str, list[dict]] = defaultdict(list)
    for fact in facts:
        family = snapshot.metrics.get(fact["metric"], {}).get("metric_family", "other")
        article = snapshot.articles.get(fact["article_id"], {})
        by_family[family].append(dict(fact, label=metric_label(snapshot, fact["metric"]),
                                      article_title=article.get("title")))
    section = ProvinceSection(
        province=province, scores=snapshot.scores_of(code),
        facts_by_family={f: by_family[f] for f in FAMILY_TITLES if by_family.get(f)},
        targets=[dict(t, label=metric_label(snapshot, t["metric"]))
                 for t in snapshot.targets_by_province.get(code, [])],
        fact_conflicts=snapshot.fact_conflicts_by_province.get(code, []),
        index_conflicts=snapshot.index_conflicts_by_province.get(code, []))
    if section.scores:
        section.charts["index_history"] = charts.to_svg(
            charts.index_history_chart(section.scores), f"p{code}-index")
    rates = [f for f in facts if f["metric"] in RATE_METRICS and f["unit"] == "percent" and f["kind"] == "actual"]
    if rates:
        labels = {m: snapshot.metrics[m]["term_vi"] for m in RATE_METRICS if m in snapshot.metrics}
        section.charts["rates"] = charts.to_svg(charts.rate_history_chart(rates, labels), f"p{code}-rates")
    return section


def national_context(snapshot: WarehouseSnapshot) -> dict:
    rankings = []
    for name, rows in snapshot.latest_rankings().items():
        entry = {"index_name": name, "title": INDEX_TITLES.get(name, name), "rows": rows,
                 "year": rows[0]["year"] if rows else None, "chart": None}
        if rows:
            entry["chart"] = charts.to_svg(charts.ranking_chart(rows, name), f"rank-{name}")
        rankings.append(entry)
    rankings.sort(key=lambda e: INDEX_ORDER.index(e["index_name"]) if e["index_name"] in INDEX_ORDER else 99)

    # Only shares that count early and on-time dossiers alike go into one chart.
    by_deadline = sorted(snapshot.by_deadline_rates(), key=lambda r: -r["value"])
    on_time = [r for r in by_deadline if r["on_time_definition"] in COMPARABLE_DEFINITIONS]
    published_day = snapshot.published_at.date() if snapshot.published_at else None
    names = snapshot.province_names()
    sources = [dict(s, days_old=(published_day - s["latest_published_on"]).days
                    if published_day and s["latest_published_on"] else None,
                    province_name=names.get(s["province_code"]) if s["province_code"] else None)
               for s in snapshot.sources]
    loaded = sorted({p["index_name"] for p in snapshot.publication_sources})
    for entry in rankings:
        if not entry["rows"]:
            entry["why_empty"] = (
                f"No {entry['index_name']} publication is loaded (the publications give "
                f"{', '.join(loaded) or 'none'}), and no article read so far states a {entry['index_name']} "
                "score or rank.")
    contributions = ([{"name": s["source_name"], "n_figures": s["n_facts"], "kind": "articles"}
                      for s in sources if s["n_facts"]]
                     + [{"name": p["source_ref"], "n_figures": p["n_figures"], "kind": "publications"}
                        for p in snapshot.publication_sources])
    return {
        "rankings": rankings,
        "on_time": on_time,
        "on_time_unspecified": [r for r in by_deadline if r["on_time_definition"] not in COMPARABLE_DEFINITIONS],
        "on_time_chart": charts.to_svg(charts.rate_distribution_chart(on_time), "on-time") if on_time else None,
        "sources": sources,
        "publication_sources": snapshot.publication_sources,
        "source_chart": charts.to_svg(charts.source_chart(contributions), "sources") if contributions else None,
    }


def unit_members(snapshot: WarehouseSnapshot, unit: dict) -> list[dict]:
    codes = (unit["member_province_codes"] or "").split(";")
    by_code = {p["province_code"]: p for p in snapshot.provinces}
    return [by_code[c] for c in codes if c in by_code]


def unit_index_history(members: list[ProvinceSection]) -> list[dict]:
    """The members' ranks (and scores) side by side, per index and year, oldest
    first: a 2025 unit's history 2005–2024 read across the provinces it joined."""
    cells: dict[tuple[str, int], dict[str, dict]] = defaultdict(dict)
    for member in members:
        for score in member.scores:
            if score["source_type"] == "publication":
                cells[(score["index_name"], score["year"])][member.province["province_code"]] = score
    order = {name: n for n, name in enumerate(INDEX_ORDER)}
    return [{"index_name": name, "year": year,
             "cells": [cells[(name, year)].get(m.province["province_code"]) for m in members]}
            for name, year in sorted(cells, key=lambda k: (order.get(k[0], 99), k[0], k[1]))]
