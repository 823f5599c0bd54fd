"""Extracted facts against the facts a generated corpus planted.

Scoring is the project's one scorer, `../shared/tools/score_facts.py` (matched
on article, metric, index, kind and value; attribute agreement over matched
pairs), loaded as a module so the benchmark and `reform eval` agree.
"""
from __future__ import annotations

import importlib.util
import json
import tempfile
from functools import cache
from pathlib import Path

import duckdb

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_facts.py"


@cache
def _scorer():
    if not SCORER.exists():
        raise FileNotFoundError(f"{SCORER}: the shared fact scorer is missing (clone ../shared beside the repo)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def warehouse_facts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """raw.facts in the FACTS.md shape the scorer reads."""
    cursor = con.execute("""
        select article_id as article, metric, value, unit, qualifier, kind, index_name as "index", component,
               rank_of, level, province, period, cast(period_start as varchar) as period_start,
               cast(period_end as varchar) as period_end
        from raw.facts""")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def score_against_planted(planted: Path, predicted: list[dict]) -> dict:
    """Precision, recall, F1, per-family and per-attribute agreement (the scorer's summary)."""
    scorer = _scorer()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in predicted)
    try:
        result = scorer.score(scorer.load(str(planted)), scorer.load(fh.name))
    finally:
        Path(fh.name).unlink()
    return {k: v for k, v in result.items() if k not in ("missed", "spurious")} | {
        "missed": len(result["missed"]), "spurious": len(result["spurious"])}
