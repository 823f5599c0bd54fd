"""`raw.articles` → `raw.facts`: facts of every article whose text or
extractor version is new; an article's facts are replaced as a whole, so
re-runs never duplicate. An article the extractor fails on is recorded in
`raw.load_errors` (stage `extract`) and tried again the next night; so is
every figure the extractor dropped as implausible, with its article, place and
reason."""
from __future__ import annotations

import hashlib
from functools import partial

import duckdb
import pandas as pd

from scrapers.raw.schema import SCHEMA, insert_frame, record_errors, transaction
from scrapers.raw.steps import CHUNK_SIZE, Progress, StepStats, map_chunks


def extract_new_facts(con: duckdb.DuckDBPyConnection, progress: Progress | None = None) -> StepStats:
    """Read facts from every article whose text or extractor version is new;
    an article's facts are replaced as a whole, so re-runs never duplicate."""
    from scrapers.facts.extract import EXTRACTOR_VERSION

    pending_sql = f"""
        from {SCHEMA}.articles a
        where not exists (
            select 1 from {SCHEMA}.extractions e
            where e.article_id = a.article_id and e.text_sha256 = a.text_sha256
              and e.extractor_version = ?)
    """
    n_pending = con.execute(f"select count(*) {pending_sql}", [EXTRACTOR_VERSION]).fetchall()[0][0]
    stats = StepStats()
    now = pd.Timestamp.now()
    # A second cursor streams the texts while `con` writes facts: one scan of
    # raw.articles, never every text in memory at once.
    with con.cursor() as reader:
        reader.execute(f"select a.article_id, a.url, a.text, a.text_sha256, a.published, a.province {pending_sql} "
                       "order by a.article_id", [EXTRACTOR_VERSION])
        chunks = iter(partial(reader.fetchmany, CHUNK_SIZE), [])
        done = 0
        dropped_figures = 0
        for facts, extractions, errors, dropped in map_chunks(partial(_extract_chunk, now), chunks,
                                                              -(-n_pending // CHUNK_SIZE)):
            failed_ids = [article_id for _, article_id, _ in errors]
            with transaction(con):
                con.register("_ids", pd.DataFrame({"article_id": [e["article_id"] for e in extractions] + failed_ids}))
                con.execute(f"delete from {SCHEMA}.facts where article_id in (select article_id from _ids)")
                con.unregister("_ids")
                insert_frame(con, "facts", facts)
                insert_frame(con, "extractions", extractions)
                record_errors(con, "extract", errors)
                record_errors(con, "extract", dropped)
                dropped_figures += len(dropped)
                stats.new += len(facts)
                stats.failed += len(errors)
                stats.errors.extend(f"{url}: {reason}" for url, _, reason in errors)
                done += len(extractions) + len(errors)
                if progress and n_pending > CHUNK_SIZE:
                    progress(f"extracted {done}/{n_pending} articles")
    stats.details = {"articles_read": done, "figures_dropped_as_implausible": dropped_figures}
    return stats


def _extract_chunk(now: pd.Timestamp, rows: list[tuple]) -> tuple[list[dict], list[dict], list[tuple], list[tuple]]:
    """Facts of one chunk of articles, one extraction record per article read, (url, article_id, reason)
    for each article the extractor failed on (it keeps no facts and no extraction record, so it is read
    again), and (url, place, reason) for each figure dropped as implausible."""
    from scrapers.facts.extract import EXTRACTOR_VERSION, ExtractionError, read_article

    facts: list[dict] = []
    extractions: list[dict] = []
    errors: list[tuple[str, str | None, str]] = []
    dropped: list[tuple[str, str | None, str]] = []
    for article_id, url, text, text_sha, published, province in rows:
        try:
            reading = read_article(text, article_id=article_id, published=published, province=province)
        except ExtractionError as exc:
            errors.append((url, article_id, str(exc)))
            continue
        dropped.extend((url, f"article {article_id}, characters {fact.evidence_start}-{fact.evidence_end}",
                        f"figure dropped as implausible ({fact.metric} {fact.value:g} {fact.unit}): {reason}; "
                        f"evidence {fact.evidence!r}")
                       for fact, reason in reading.dropped)
        rows_by_id = {}
        for fact in reading.facts:
            row = fact.as_dict()
            row["index_name"] = row.pop("index")
            row["article_id"] = row.pop("article")
            row["fact_id"] = fact_id(row)
            row["extractor_version"] = EXTRACTOR_VERSION
            row["extracted_at"] = now
            rows_by_id[row["fact_id"]] = row
        facts.extend(rows_by_id.values())
        extractions.append({"article_id": article_id, "text_sha256": text_sha,
                            "extractor_version": EXTRACTOR_VERSION, "n_facts": len(rows_by_id), "extracted_at": now})
    return facts, extractions, errors, dropped


def fact_id(row: dict) -> str:
    """Stable id of a fact: where it stands in its article and what it says."""
    key = "|".join(str(row.get(k)) for k in (
        "article_id", "metric", "index_name", "kind", "component", "level",
        "evidence_start", "evidence_end", "value"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
