"""The report's charts: Vega-Lite specs built with altair, drawn to SVG at
build time by vl-convert, so a page needs neither network nor JavaScript to
show them.

Measured here (2 cores): vl-convert draws a small line chart in about 0.05 s
and a 63-bar ranking in about 0.27 s; altair's own encoding and validation
cost another 0.06 s per chart, so each kind of chart is built with altair
once, on named data, and reused with each province's rows. The drawing
releases the GIL, so pages draw their charts on a thread pool.
"""
from __future__ import annotations

import copy
import re
from datetime import date
from functools import cache

import altair as alt
import vl_convert
from markupsafe import Markup

# Fonts with Vietnamese glyphs first; the same stack as the pages' CSS.
FONT = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"
WIDTH = 520
ROWS = "rows"

# Vega names clip paths and gradients with ids that would clash when several
# SVGs sit in one HTML document; each chart gets its own prefix.
_ID_REFERENCE = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')


def _values(rows: list[dict], fields: tuple[str, ...]) -> list[dict]:
    """Rows as JSON-safe dicts (dates as ISO strings) with only `fields`."""
    return [{f: (r.get(f).isoformat() if isinstance(r.get(f), date) else r.get(f)) for f in fields} for r in rows]


def _spec(chart: alt.TopLevelMixin) -> dict:
    return chart.configure(font=FONT).configure_view(stroke=None).to_dict()


def _with_rows(template: dict, rows: list[dict]) -> dict:
    spec = copy.deepcopy(template)
    spec["datasets"] = {ROWS: rows}
    return spec


def to_svg(spec: dict, chart_id: str) -> Markup:
    """Draw a Vega-Lite spec as an SVG string safe to inline in a page: Vega
    escapes the text it draws, and the ids are prefixed with `chart_id`."""
    svg = vl_convert.vegalite_to_svg(spec)
    svg = _ID_REFERENCE.sub(lambda m: f"{m.group(1)}{chart_id}-{m.group(2)}", svg)
    return Markup(svg.replace("<svg ", f'<svg data-chart="{chart_id}" role="img" ', 1))


@cache
def _ranking_template(field: str, title: str) -> dict:
    return _spec(alt.Chart(alt.NamedData(ROWS)).mark_bar(color="#2f6f9f").encode(
        x=alt.X(f"{field}:Q", title=title, axis=alt.Axis(labels=field != "standing")),
        y=alt.Y("province_name:N", title=None, sort=alt.EncodingSortField(field="rank", order="ascending")),
        tooltip=["province_name:N", "score:Q", "rank:Q", "rank_of:Q"],
    ).properties(width=WIDTH - 140, height=alt.Step(13)))


def ranking_chart(rows: list[dict], index_name: str) -> dict:
    """One bar per province, longer is better: the score where the index
    publishes one, else the rank drawn as the places it stands above the
    last (rank 1 of 63 is the longest bar, 63 of 63 the shortest)."""
    if any(r["score"] is not None for r in rows):
        field, title, data = "score", f"{index_name} score", [r for r in rows if r["score"] is not None]
    else:
        ranked = [r for r in rows if r["rank"] is not None]
        field_size = max((r["rank_of"] or r["rank"] for r in ranked), default=0)
        data = [dict(r, standing=(r["rank_of"] or field_size) - r["rank"] + 1) for r in ranked]
        field, title = "standing", f"{index_name} rank (longer bar = better rank)"
    return _with_rows(_ranking_template(field, title),
                      _values(data, ("province_name", "score", "rank", "rank_of", "standing")))


@cache
def _rate_distribution_template() -> dict:
    return _spec(alt.Chart(alt.NamedData(ROWS)).mark_bar().encode(
        x=alt.X("value:Q", bin=alt.Bin(step=5, extent=[0, 100]), title="resolved by the deadline (%)"),
        y=alt.Y("count():Q", title="figures"),
        color=alt.Color("level:N", title="level"),
    ).properties(width=WIDTH - 120, height=180))


def rate_distribution_chart(rows: list[dict]) -> dict:
    """How the shares of dossiers resolved by the deadline spread, by level."""
    data = [dict(r, level=r["level"] or "whole province") for r in rows]
    return _with_rows(_rate_distribution_template(), _values(data, ("value", "level", "province_name")))


@cache
def _source_template() -> dict:
    return _spec(alt.Chart(alt.NamedData(ROWS)).mark_bar().encode(
        x=alt.X("n_figures:Q", title="figures (log scale)", scale=alt.Scale(type="symlog")),
        y=alt.Y("name:N", title=None, sort="-x"),
        color=alt.Color("kind:N", title=None),
    ).properties(width=WIDTH - 200, height=alt.Step(14)))


def source_chart(rows: list[dict]) -> dict:
    """Figures each source contributed (articles' facts and publications' scores)."""
    return _with_rows(_source_template(), _values(rows, ("name", "n_figures", "kind")))


@cache
def _index_history_template() -> dict:
    base = alt.Chart(alt.NamedData(ROWS)).encode(
        x=alt.X("year:O", title=None), color=alt.Color("index_name:N", title="index"))
    ranks = base.transform_filter("isValid(datum.rank)").mark_line(point=True).encode(
        y=alt.Y("rank:Q", title="rank (1 = best)", scale=alt.Scale(reverse=True, zero=False)),
        tooltip=["index_name:N", "year:O", "rank:Q", "rank_of:Q"]).properties(width=260, height=180)
    scores = base.transform_filter("isValid(datum.score_pct)").mark_line(point=True).encode(
        y=alt.Y("score_pct:Q", title="score (% of scale)", scale=alt.Scale(zero=False)),
        tooltip=["index_name:N", "year:O", "score_pct:Q"]).properties(width=260, height=180)
    return _spec(alt.hconcat(ranks, scores))


def index_history_chart(rows: list[dict]) -> dict:
    """Rank (1 on top) and score as a share of the scale, per index and year."""
    data = [dict(r, score_pct=(100 * r["score"] / r["scale_max"]) if r["score"] is not None and r["scale_max"]
                 else None) for r in rows]
    return _with_rows(_index_history_template(),
                      _values(data, ("index_name", "year", "rank", "rank_of", "score_pct")))


@cache
def _rate_history_template() -> dict:
    return _spec(alt.Chart(alt.NamedData(ROWS)).mark_point(filled=True, size=70).encode(
        x=alt.X("when:T", title="period end", axis=alt.Axis(format="%m/%Y", labelAngle=0)),
        y=alt.Y("value:Q", title="%", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("rate:N", title="rate"),
        shape=alt.Shape("level:N", title="level"),
        tooltip=["rate:N", "level:N", "value:Q", "when:T"],
    ).properties(width=WIDTH - 160, height=180))


def rate_history_chart(rows: list[dict], metric_labels: dict[str, str]) -> dict:
    """Rates over time (by the end of the period they cover), one colour per
    rate and one shape per level."""
    data = [dict(r, when=r["period_end"] or r["published_on"], rate=metric_labels.get(r["metric"], r["metric"]),
                 level=r["level"] or "whole province") for r in rows]
    return _with_rows(_rate_history_template(), _values(data, ("when", "value", "rate", "level")))
