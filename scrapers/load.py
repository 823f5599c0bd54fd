"""The steps that fill the raw layer: archive → pages → articles → facts, and
publications → index scores.

Each step reads what the previous one kept, works only on what is new (a page
not yet parsed, an article not yet read by this extractor version), writes in
one transaction (parsing and extraction: one per chunk of pages or articles,
so uncommitted rows never pile up in memory; a step that stops keeps the
chunks it wrote and the next run goes on from there), and returns counts for
the run summary. A page or article that
fails is recorded with its reason in `raw.load_errors` and the step goes on.

Parsing and extraction are CPU-bound pure functions of a page or an article, so
they run in chunks over a process pool (`settings.workers()` processes) while
this process, the only one that may hold the DuckDB file, reads the next
chunk's inputs and writes each finished chunk. Only a few chunks are in flight
at a time, so memory stays flat however many pages are pending.
"""
from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from scrapers import settings
from scrapers.archive import Archive, record_key
from scrapers.models import Article, article_id_for
from scrapers.raw_store import SCHEMA, insert_frame, record_errors, row_count, transaction
from scrapers.registry import SourceConfig, source_for_url

Progress = Callable[[str], None]


@dataclass
class StepStats:
    """What one step did, for logs and the run summary."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    details: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


# -- archive → raw.pages ---------------------------------------------------
def load_pages(con: duckdb.DuckDBPyConnection, archive: Archive) -> StepStats:
    """Every archived exchange as one row per (request, content); a re-fetch of
    the same content only moves `last_fetched_at`."""
    records = [
        {
            "page_key": record_key(r),
            "sha256": r["sha256"],
            "url": r["url"],
            "method": r.get("method", "GET"),
            "final_url": r.get("final_url"),
            "source_id": r.get("source_id"),
            "status": r.get("status"),
            "error": r.get("error"),
            "content_type": _header(r.get("headers") or {}, "content-type"),
            "size": r.get("size"),
            "reconstructed": bool(r.get("reconstructed")),
            "fetched_at": r.get("fetched_at"),
        }
        for r in archive.records()
    ]
    stats = StepStats()
    if archive.torn_lines:
        stats.errors.append(f"{archive.manifest_path}: unreadable manifest lines {archive.torn_lines} skipped")
    if not records:
        return stats
    frame = pd.DataFrame(records)
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"], utc=True).dt.tz_localize(None)
    before = row_count(con, f"{SCHEMA}.pages")
    con.register("_fetches", frame)
    try:
        with transaction(con):
            con.execute(f"""
                insert into {SCHEMA}.pages
                select page_key, sha256, any_value(url), any_value(method), any_value(final_url),
                       any_value(source_id), any_value(status), any_value(error), any_value(content_type),
                       any_value(size), bool_and(reconstructed), min(fetched_at), max(fetched_at)
                from _fetches group by page_key, sha256
                on conflict (page_key, sha256) do update set
                    last_fetched_at = greatest({SCHEMA}.pages.last_fetched_at, excluded.last_fetched_at)
            """)
    finally:
        con.unregister("_fetches")
    after = row_count(con, f"{SCHEMA}.pages")
    stats.new = after - before
    stats.unchanged = before
    return stats


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


# -- chunks over a process pool ---------------------------------------------
CHUNK_SIZE = 500
POOL_MIN_CHUNKS = 4          # below this a pool's start-up (~0.5 s) costs more than it saves
# Imported once in the fork server, so each worker starts with them loaded.
WORKER_PRELOAD = ["pandas", "scrapers.article", "scrapers.encoding", "scrapers.facts.extract"]


def _chunked(items: list, size: int = CHUNK_SIZE) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _map_chunks(work: Callable, inputs: Iterable, n_chunks: int) -> Iterator:
    """`work(chunk)` for each input chunk, results in input order.

    With few chunks or one worker it runs here (a pool costs more than it
    saves). Otherwise the chunks go to a forkserver pool (forking this
    process, which may hold DuckDB and Dagster threads, is not safe), at most
    two per worker in flight, so inputs are produced only as they are needed."""
    workers = min(settings.workers(), n_chunks)
    if workers < 2 or n_chunks < POOL_MIN_CHUNKS:
        yield from map(work, inputs)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        in_flight: list[Future] = []
        for chunk in inputs:
            in_flight.append(pool.submit(work, chunk))
            if len(in_flight) >= 2 * workers:
                yield in_flight.pop(0).result()
        for future in in_flight:
            yield future.result()


# -- raw.pages → raw.articles ------------------------------------------------
def parse_pages(
    con: duckdb.DuckDBPyConnection,
    archive: Archive,
    sources: dict[str, SourceConfig],
    progress: Progress | None = None,
) -> StepStats:
    """Parse every page content not parsed before into an article (or note why
    it is not one). The newest content of a URL wins in `raw.articles`."""
    pending = con.execute(f"""
        select p.page_key, p.sha256, p.url, p.method, p.status, p.error, p.content_type, p.source_id
        from {SCHEMA}.pages p
        anti join {SCHEMA}.page_parses q using (page_key, sha256)
        order by p.last_fetched_at, p.page_key
    """).fetchall()
    stats = StepStats()
    counts = dict.fromkeys(("article", "listing", "error", "skipped"), 0)
    article_ids: set[str] = set()
    chunks = _chunked(pending)
    work = partial(_parse_chunk, archive.root, sources)
    done = 0
    # Chunks are written in page order, so a later content of a URL replaces an
    # earlier one; each in its own transaction (see the module docstring).
    for outcomes, articles, errors in _map_chunks(work, chunks, -(-len(pending) // CHUNK_SIZE)):
        with transaction(con):
            if articles:
                con.register("_ids", pd.DataFrame({"article_id": list(articles)}))
                con.execute(f"delete from {SCHEMA}.articles where article_id in (select article_id from _ids)")
                con.unregister("_ids")
            insert_frame(con, "articles", articles.values(), list(ARTICLE_COLUMNS))
            insert_frame(con, "page_parses", outcomes,
                         ["page_key", "sha256", "url", "outcome", "reason", "article_id", "parsed_at"])
            record_errors(con, "parse", errors)
            article_ids.update(articles)
            for outcome in outcomes:
                counts[outcome["outcome"]] += 1
            stats.failed += len(errors)
            stats.errors.extend(f"{url}: {reason}" for url, _, reason in errors)
            done += len(outcomes)
            if progress and len(pending) > CHUNK_SIZE:
                progress(f"parsed {done}/{len(pending)} pages")
    stats.new = len(article_ids)
    stats.details = counts
    return stats


def _parse_chunk(archive_root, sources: dict[str, SourceConfig], rows: list[tuple]):
    """Parse one chunk of pending pages: (page_parses rows, articles by id, errors)."""
    from scrapers.article import PageParseError, parse_page
    from scrapers.encoding import decode_html

    archive = Archive(archive_root)
    parsed_at = pd.Timestamp.now()
    outcomes: list[dict] = []
    articles: dict[str, dict] = {}
    errors: list[tuple[str, str | None, str]] = []
    for key, sha, url, method, status, error, content_type, source_id in rows:
        outcome = {"page_key": key, "sha256": sha, "url": url, "outcome": "skipped", "reason": None,
                   "article_id": None, "parsed_at": parsed_at}
        outcomes.append(outcome)
        if status != 200 or error:   # a refused or cut-off body (size cap) is no page
            outcome["reason"] = error or f"HTTP status {status}"
            continue
        if method != "GET" or not _is_html_page(url, content_type):
            outcome["reason"] = f"not an HTML page ({content_type or 'no content type'})"
            continue
        source = sources.get(source_id) if source_id else None
        source = source or source_for_url(url, sources)
        try:
            html = decode_html(archive.read_body(sha), content_type)
            page = parse_page(html, url=url, source=source)
        except (PageParseError, OSError, ValueError) as exc:
            outcome.update(outcome="error", reason=str(exc))
            errors.append((url, None, str(exc)))
            continue
        if page.kind != "article":
            outcome["outcome"] = "listing"
            continue
        article = Article(
            article_id=article_id_for(url),
            url=url,
            source_id=source.id if source else (source_id or urlsplit(url).hostname or ""),
            province=source.province if source else None,
            title=page.title or "",
            published=page.published,
            body=page.body or "",
        )
        outcome.update(outcome="article", article_id=article.article_id)
        articles[article.article_id] = _article_row(article, sha, parsed_at)
    return outcomes, articles, errors


ARTICLE_COLUMNS = ("article_id", "url", "source_id", "province", "title", "published", "body", "text",
                   "text_sha256", "page_sha256", "parsed_at")


def _article_row(article: Article, page_sha: str, parsed_at: pd.Timestamp) -> dict:
    text = article.text
    return {
        "article_id": article.article_id,
        "url": article.url,
        "source_id": article.source_id,
        "province": article.province,
        "title": article.title,
        "published": article.published,
        "body": article.body,
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "page_sha256": page_sha,
        "parsed_at": parsed_at,
    }


def _is_html_page(url: str, content_type: str | None) -> bool:
    path = urlsplit(url).path.lower()
    if path.endswith(("robots.txt", ".rss", ".xml", ".json")):
        return False
    return content_type is None or "html" in content_type.lower()


# -- raw.articles → raw.facts -----------------------------------------------
FACT_COLUMNS = ("fact_id", "article_id", "metric", "value", "unit", "qualifier", "kind", "index_name",
                "component", "rank_of", "level", "province", "period", "period_start", "period_end",
                "evidence", "evidence_start", "evidence_end", "extractor_version", "extracted_at")


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
        reader.execute(f"select a.article_id, a.text, a.text_sha256, a.published, a.province {pending_sql} "
                       "order by a.article_id", [EXTRACTOR_VERSION])
        chunks = iter(partial(reader.fetchmany, CHUNK_SIZE), [])
        done = 0
        for facts, extractions in _map_chunks(partial(_extract_chunk, now), chunks, -(-n_pending // CHUNK_SIZE)):
            with transaction(con):
                con.register("_ids", pd.DataFrame({"article_id": [e["article_id"] for e in extractions]}))
                con.execute(f"delete from {SCHEMA}.facts where article_id in (select article_id from _ids)")
                con.unregister("_ids")
                insert_frame(con, "facts", facts, list(FACT_COLUMNS))
                insert_frame(con, "extractions", extractions,
                             ["article_id", "text_sha256", "extractor_version", "n_facts", "extracted_at"])
                stats.new += len(facts)
                done += len(extractions)
                if progress and n_pending > CHUNK_SIZE:
                    progress(f"extracted {done}/{n_pending} articles")
    stats.details = {"articles_read": done}
    return stats


def _extract_chunk(now: pd.Timestamp, rows: list[tuple]) -> tuple[list[dict], list[dict]]:
    """Facts of one chunk of articles, and one extraction record per article."""
    from scrapers.facts.extract import EXTRACTOR_VERSION, extract_facts

    facts: list[dict] = []
    extractions: list[dict] = []
    for article_id, text, text_sha, published, province in rows:
        found = extract_facts(text, article_id=article_id, published=published, province=province)
        rows_by_id = {}
        for fact in found:
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
    return facts, extractions


def fact_id(row: dict) -> str:
    """Stable id of a fact: where it stands in its article and what it says."""
    key = "|".join(str(row.get(k)) for k in (
        "article_id", "metric", "index_name", "kind", "component", "level",
        "evidence_start", "evidence_end", "value"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# -- publications → raw.index_scores -----------------------------------------
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


def load_index_scores(con: duckdb.DuckDBPyConnection, load) -> StepStats:
    """Replace the rows of every publication file that loaded; keep the errors
    of those that did not (their earlier rows stay)."""
    scores = list(load.scores)
    files = sorted({s.source_file for s in scores})
    now = pd.Timestamp.now()
    score_rows = [{
        "index_name": s.index_name, "year": s.year, "province_code": s.province_code,
        "province_name_raw": s.province_name_raw, "score": s.score, "scale_max": s.scale_max,
        "rank": s.rank, "rank_of": s.rank_of, "rank_computed": s.rank_computed,
        "source_file": s.source_file, "source_locator": s.source_locator, "loaded_at": now,
    } for s in scores]
    component_rows = [{
        "index_name": s.index_name, "year": s.year, "province_code": s.province_code,
        "component": name, "score": value, "source_file": s.source_file,
    } for s in scores for name, value in s.components.items()]
    with transaction(con):
        if files:
            con.register("_files", pd.DataFrame({"source_file": files}))
            for table in ("index_scores", "index_components"):
                con.execute(f"delete from {SCHEMA}.{table} where source_file in (select source_file from _files)")
            con.unregister("_files")
        insert_frame(con, "index_scores", score_rows, list(score_rows[0]) if score_rows else [])
        insert_frame(con, "index_components", component_rows,
                     ["index_name", "year", "province_code", "component", "score", "source_file"])
        record_errors(con, "publications", ((e.file, _where(e.sheet, e.locator), e.reason) for e in load.errors))
    return StepStats(new=len(score_rows), failed=len(load.errors), details={"files": len(files)},
                     errors=[str(e) for e in load.errors])


def _where(sheet: str | None, locator: str | None) -> str | None:
    parts = [p for p in (sheet and f"sheet {sheet!r}", locator) if p]
    return ", ".join(parts) or None


# -- registry → raw.sources ---------------------------------------------------
def load_sources(con: duckdb.DuckDBPyConnection, sources: dict[str, SourceConfig]) -> StepStats:
    """The registry as a table, so the warehouse can describe where facts came from."""
    rows = [{"source_id": s.id, "name": s.name, "family": s.family, "province": s.province,
             "hosts": ", ".join(s.hosts)} for s in sources.values()]
    with transaction(con):
        con.execute(f"delete from {SCHEMA}.sources")
        insert_frame(con, "sources", rows, ["source_id", "name", "family", "province", "hosts"])
    return StepStats(new=len(rows))
