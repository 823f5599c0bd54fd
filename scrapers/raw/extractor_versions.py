"""How far `raw.extractions` lags behind the extractor: the articles a new
`EXTRACTOR_VERSION` sends back to be read again, for the run summary."""
from __future__ import annotations

import duckdb

from scrapers.raw.schema import SCHEMA


def articles_behind_extractor(con: duckdb.DuckDBPyConnection, extractor_version: str) -> int:
    """Articles whose current text was read for facts, but only by other
    extractor versions: the ones `extractor_version` reads again because it is
    new (a changed text is read again for that reason, and not counted here)."""
    return con.execute(f"""
        select count(*) from {SCHEMA}.articles a
        where exists (select 1 from {SCHEMA}.extractions e
                      where e.article_id = a.article_id and e.text_sha256 = a.text_sha256)
          and not exists (select 1 from {SCHEMA}.extractions e
                          where e.article_id = a.article_id and e.text_sha256 = a.text_sha256
                            and e.extractor_version = ?)
    """, [extractor_version]).fetchall()[0][0]
