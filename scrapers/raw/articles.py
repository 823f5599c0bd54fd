"""`raw.pages` → `raw.articles`: every page content not parsed before, or
parsed with another parser version (`scrapers/parse/version.py`: a new
`PARSER_VERSION`, or a change to the page's source entry that parsing reads),
is read as an article (or noted as a listing, a skipped or a failed page, with
why). A page parsed again replaces its `raw.page_parses` row and its article;
the article's text hash changes only where the new parse reads other text, so
only those articles go back to the extractor. A page that is no article any
more keeps the article it gave before (nothing is lost on a parser's bad day);
its new outcome and reason are in `raw.page_parses` and `raw.load_errors`.

Chunks of pages are parsed over the worker pool and each chunk is written in
one transaction, so uncommitted rows never pile up and a step that stops keeps
the chunks it wrote. A page that fails is recorded in `raw.load_errors`.
"""
from __future__ import annotations

import hashlib
import json
from functools import partial
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from scrapers.crawl.archive import Archive
from scrapers.models import Article, article_id_for
from scrapers.parse.version import parse_key
from scrapers.raw.schema import SCHEMA, insert_frame, record_errors, transaction
from scrapers.raw.steps import CHUNK_SIZE, Progress, StepStats, chunked, map_chunks
from scrapers.sources.registry import SourceConfig, source_for_url


def parse_pages(
    con: duckdb.DuckDBPyConnection,
    archive: Archive,
    sources: dict[str, SourceConfig],
    progress: Progress | None = None,
) -> StepStats:
    """Parse every page content not parsed before, or parsed with another parser
    version, into an article (or note why it is not one). The newest content
    of a URL wins in `raw.articles`. `new` counts the articles not there
    before; `details` the outcomes, the pages parsed again for a new parser
    version, and the articles of those pages whose text changed."""
    pending, reparsed = _pending_pages(con, sources)
    stats = StepStats()
    counts = dict.fromkeys(("article", "listing", "error", "skipped"), 0)
    texts_changed = 0
    chunks = chunked(pending)
    work = partial(_parse_chunk, archive.root, sources)
    done = 0
    # Chunks are written in page order, so a later content of a URL replaces an
    # earlier one; each in its own transaction (see the module docstring).
    for outcomes, articles, errors in map_chunks(work, chunks, -(-len(pending) // CHUNK_SIZE)):
        with transaction(con):
            new, changed = _article_changes(con, articles.values())
            stats.new += new
            texts_changed += len(changed & {o["article_id"] for o in outcomes
                                            if (o["page_key"], o["sha256"]) in reparsed})
            if articles:
                con.register("_ids", pd.DataFrame({"article_id": list(articles)}))
                con.execute(f"delete from {SCHEMA}.articles where article_id in (select article_id from _ids)")
                con.unregister("_ids")
            # A page parsed again replaces its earlier parse (same page_key and sha256).
            con.register("_parsed", pd.DataFrame({"page_key": [o["page_key"] for o in outcomes],
                                                  "sha256": [o["sha256"] for o in outcomes]}))
            con.execute(f"delete from {SCHEMA}.page_parses q using _parsed d "
                        "where q.page_key = d.page_key and q.sha256 = d.sha256")
            con.unregister("_parsed")
            insert_frame(con, "articles", articles.values())
            insert_frame(con, "page_parses", outcomes)
            record_errors(con, "parse", errors)
            for outcome in outcomes:
                counts[outcome["outcome"]] += 1
            stats.failed += len(errors)
            stats.errors.extend(f"{url}: {reason}" for url, _, reason in errors)
            done += len(outcomes)
            if progress and len(pending) > CHUNK_SIZE:
                progress(f"parsed {done}/{len(pending)} pages")
    stats.details = {**counts, "reparsed_for_parser_version": len(reparsed),
                     "reparsed_texts_changed": texts_changed}
    return stats


def _pending_pages(con: duckdb.DuckDBPyConnection,
                   sources: dict[str, SourceConfig]) -> tuple[list[tuple], set[tuple[str, str]]]:
    """The pages to parse, in fetch order, and the (page_key, sha256) of those
    parsed before with another parser version (a parse from before versions
    were recorded has none). Every archived page is checked, so a page whose
    source entry changed is found however old it is: in SQL for pages fetched
    for a registered source, here for the others (the owner of a host shared
    by several sources depends on the URL)."""
    keys = pd.DataFrame({"source_id": list(sources), "parser_version": [parse_key(s) for s in sources.values()]},
                        columns=["source_id", "parser_version"])
    con.register("_keys", keys)
    try:
        rows = con.execute(f"""
            select p.page_key, p.sha256, p.url, p.method, p.status, p.error, p.content_type, p.source_id,
                   q.page_key is not null, q.parser_version, k.source_id is not null
            from {SCHEMA}.pages p
            left join {SCHEMA}.page_parses q using (page_key, sha256)
            left join _keys k on k.source_id = p.source_id
            where q.page_key is null or k.source_id is null or q.parser_version is distinct from k.parser_version
            order by p.last_fetched_at, p.page_key
        """).fetchall()
    finally:
        con.unregister("_keys")
    pending: list[tuple] = []
    reparsed: set[tuple[str, str]] = set()
    for *page, parsed, version, registered in rows:
        if parsed and not registered and version == parse_key(page_source(page[7], page[2], sources)):
            continue
        pending.append(tuple(page))
        if parsed:
            reparsed.add((page[0], page[1]))
    return pending, reparsed


def page_source(source_id: str | None, url: str, sources: dict[str, SourceConfig]) -> SourceConfig | None:
    """The registry entry a page is parsed with: the one it was fetched for,
    else the one owning its host."""
    source = sources.get(source_id) if source_id else None
    return source or source_for_url(url, sources)


def _article_changes(con: duckdb.DuckDBPyConnection, articles) -> tuple[int, set[str]]:
    """Of these article rows, how many are new, and the ids of those that replace one with another text."""
    frame = pd.DataFrame([{"article_id": a["article_id"], "text_sha256": a["text_sha256"]} for a in articles],
                         columns=["article_id", "text_sha256"])
    if frame.empty:
        return 0, set()
    con.register("_texts", frame)
    try:
        new, changed = con.execute(f"""
            select count(*) filter (where a.article_id is null),
                   list(t.article_id) filter (where a.article_id is not null
                                              and a.text_sha256 is distinct from t.text_sha256)
            from _texts t left join {SCHEMA}.articles a using (article_id)
        """).fetchall()[0]
        return new, set(changed or ())
    finally:
        con.unregister("_texts")


def _parse_chunk(archive_root, sources: dict[str, SourceConfig], rows: list[tuple]):
    """Parse one chunk of pending pages: (page_parses rows, articles by id, errors)."""
    from scrapers.parse.article import PageParseError, parse_page
    from scrapers.parse.encoding import decode_html

    archive = Archive(archive_root)
    parsed_at = pd.Timestamp.now()
    outcomes: list[dict] = []
    articles: dict[str, dict] = {}
    errors: list[tuple[str, str | None, str]] = []
    for key, sha, url, method, status, error, content_type, source_id in rows:
        source = page_source(source_id, url, sources)
        outcome = {"page_key": key, "sha256": sha, "url": url, "outcome": "skipped", "reason": None,
                   "article_id": None, "parsed_at": parsed_at, "found": None, "parser_version": parse_key(source)}
        outcomes.append(outcome)
        if status != 200 or error:   # a refused or cut-off body (size cap) is no page
            outcome["reason"] = error or f"HTTP status {status}"
            continue
        if method != "GET" or not _is_html_page(url, content_type):
            outcome["reason"] = f"not an HTML page ({content_type or 'no content type'})"
            continue
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
        outcome.update(outcome="article", article_id=article.article_id,
                       found=json.dumps(page.found, ensure_ascii=False, sort_keys=True))
        articles[article.article_id] = _article_row(article, sha, parsed_at)
    return outcomes, articles, errors


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
