"""Reading article files and their meta lines for `reform extract` and `reform eval`.

A corpus text file may start with its source URL on the first line; that line
is skipped and evidence offsets index the text after it (what `article_text`
returns). HTML files are reduced to `title + blank line + body` with
`scrapers.parse.article.parse_page`, the same text `Article.text` gives the pipeline.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from scrapers.facts.extract import extract_facts


@dataclass(frozen=True)
class ArticleMeta:
    published: date | None
    province: str | None
    published_by: date | None = None      # the latest it can be, when only its month or year is known


def _date_parts(value) -> list[int]:
    """`2022-11` -> [2022, 11]: the year, month and day a meta date gives."""
    return [int(p) for p in str(value).split("-")[:3]]


def approx_date(published: str | None, approx: str | None = None) -> date | None:
    """`2024-04-01` -> that day; only `published_approx` `2022-11` or `2020` -> its first day."""
    for value in (published, approx):
        if not value:
            continue
        parts = _date_parts(value)
        try:
            return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            continue
    return None


def approx_date_by(published: str | None, approx: str | None) -> date | None:
    """The last day an approximate publication date can be (`2020` -> 2020-12-31, `2022-11` -> 2022-11-30); None
    when the day is known or nothing is."""
    if published or not approx:
        return None
    parts = _date_parts(approx)
    if len(parts) >= 3:
        return None
    year, month = parts[0], parts[1] if len(parts) == 2 else 12
    try:
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    except ValueError:
        return None


def load_meta(path: Path) -> dict[str, ArticleMeta]:
    """`article` -> meta, from a meta.jsonl in the format of ../shared/corpus/meta.jsonl."""
    metas: dict[str, ArticleMeta] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                published, approx = row.get("published"), row.get("published_approx")
                metas[str(row["article"])] = ArticleMeta(approx_date(published, approx), row.get("province"),
                                                         approx_date_by(published, approx))
            except (json.JSONDecodeError, KeyError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: bad meta line: {exc}") from exc
    return metas


def article_text(path: Path) -> str:
    """The text facts are read from (see the module docstring for what is skipped)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm") or raw.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        from scrapers.parse.article import parse_page
        page = parse_page(raw)
        return f"{page.title}\n\n{page.body or ''}" if page.title else (page.body or "")
    first, sep, rest = raw.partition("\n")
    if sep and first.strip().startswith(("http://", "https://")) and " " not in first.strip():
        return rest
    return raw


def facts_of_file(path: Path, meta: ArticleMeta) -> list[dict]:
    """Facts of one article file as FACTS.md rows (with evidence offsets); article = file stem."""
    text = article_text(path)
    return [f.as_dict() for f in extract_facts(text, article_id=path.stem, published=meta.published,
                                                 province=meta.province, published_by=meta.published_by)]
