"""Publications → `raw.index_scores` and `raw.index_components`, file by file,
and the digest that lets an unchanged publications folder skip re-parsing."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pandas as pd

from scrapers.raw.schema import SCHEMA, insert_frame, record_errors, transaction
from scrapers.raw.steps import StepStats


def publications_digest(root: Path) -> str:
    """Names and contents of every file under a publications directory."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def publications_unchanged(con: duckdb.DuckDBPyConnection, root: Path, digest: str) -> bool:
    """True when every file under `root` is as it was at its last load."""
    rows = con.execute(f"select files_digest from {SCHEMA}.publication_loads where root = ?", [str(root)]).fetchall()
    return bool(rows) and rows[0][0] == digest


def record_publications_load(con: duckdb.DuckDBPyConnection, root: Path, digest: str) -> None:
    con.execute(f"""
        insert into {SCHEMA}.publication_loads values (?, ?, now())
        on conflict (root) do update set files_digest = excluded.files_digest, loaded_at = excluded.loaded_at
    """, [str(root), digest])


def score_rows(scores, loaded_at: pd.Timestamp) -> tuple[list[dict], list[dict]]:
    """Rows of raw.index_scores and raw.index_components for `IndexScore`s."""
    rows = [{
        "index_name": s.index_name, "year": s.year, "period": s.period or "year",
        "province_code": s.province_code, "measure": s.measure, "province_name_raw": s.province_name_raw,
        "score": s.score, "scale_max": s.scale_max, "rank": s.rank, "rank_of": s.rank_of,
        "rank_computed": s.rank_computed, "tier": s.tier, "flags": ",".join(s.flags) or None,
        "source_file": s.source_file, "source_sheet": s.source_sheet, "source_row": s.source_row,
        "source_locator": s.source_locator, "fetched_at": pd.Timestamp(s.fetched_at) if s.fetched_at else None,
        "loaded_at": loaded_at,
    } for s in scores]
    components = [{
        "index_name": s.index_name, "year": s.year, "period": s.period or "year",
        "province_code": s.province_code, "component": name, "component_label": s.component_labels.get(name),
        "score": value, "source_file": s.source_file,
    } for s in scores for name, value in s.components.items()]
    return rows, components


def replace_index_rows(con: duckdb.DuckDBPyConnection, files: list[str], scores) -> int:
    """Inside the caller's transaction: the rows of `files` replaced by `scores`."""
    rows, components = score_rows(scores, pd.Timestamp.now())
    if files:
        con.register("_files", pd.DataFrame({"source_file": files}))
        for table in ("index_scores", "index_components"):
            con.execute(f"delete from {SCHEMA}.{table} where source_file in (select source_file from _files)")
        con.unregister("_files")
    insert_frame(con, "index_scores", rows)
    insert_frame(con, "index_components", components)
    return len(rows)


def load_index_scores(con: duckdb.DuckDBPyConnection, load) -> StepStats:
    """Replace the rows of every publication file that loaded; keep the errors
    of those that did not (their earlier rows stay), and why rows were skipped."""
    files = sorted({s.source_file for s in load.scores})
    with transaction(con):
        new = replace_index_rows(con, files, load.scores)
        record_errors(con, "publications", ((e.file, _where(e.sheet, e.locator), e.reason) for e in load.errors))
        # Rows a publication holds but deliberately gives no score for (blank
        # at source, an abolished province); whole files no parser claims are
        # listed by `reform publications`, not kept.
        gaps = [e for e in load.skipped if e.sheet or e.locator]
        if gaps:
            con.register("_files", pd.DataFrame({"subject": sorted({e.file for e in gaps})}))
            con.execute(f"delete from {SCHEMA}.publication_skips where subject in (select subject from _files)")
            con.unregister("_files")
        insert_frame(con, "publication_skips", ({"subject": e.file, "locator": _where(e.sheet, e.locator),
                                                 "reason": e.reason, "recorded_at": pd.Timestamp.now()}
                                                for e in gaps))
    return StepStats(new=new, failed=len(load.errors), details={"files": len(files)},
                     errors=[str(e) for e in load.errors])


def _where(sheet: str | None, locator: str | None) -> str | None:
    parts = [p for p in (sheet and f"sheet {sheet!r}", locator) if p]
    return ", ".join(parts) or None
