"""What each suite reads: one SQL query per table, with the helper columns its
expectations check and a key that names a row in quarantine.

Checks that need more than one row or table (evidence against the article
text, NFC, rank_of against the ranked count) are computed here in DuckDB, so
the suites stay plain column expectations that GX can render and count.
"""
from __future__ import annotations

from dataclasses import dataclass

from scrapers.models import ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION


@dataclass(frozen=True)
class Dataset:
    """The rows of one table as a suite validates them."""

    table: str          # the table whose rows fail and are quarantined
    query: str          # selects the table's rows, helper columns and `_row_key`


ROW_KEY = "_row_key"

# Only the start of each body travels to pandas (its leading white space
# removed, so a blank body stays blank): the full texts of a large archive
# would cost gigabytes and no expectation reads past the first characters.
_RAW_ARTICLES = Dataset("raw.articles", f"""
    select * exclude (body, text),
        left(regexp_replace(body, '^\\s+', ''), 200) as body,
        coalesce(title = nfc_normalize(title), true)
            and coalesce(body = nfc_normalize(body), true)
            and coalesce(text = nfc_normalize(text), true) as is_nfc,
        article_id as {ROW_KEY}
    from raw.articles
""")

# A page is one (request, content) pair; a space never occurs in a request key.
_RAW_PAGES = Dataset("raw.pages", f"""
    select *, page_key || ' ' || sha256 as {ROW_KEY}
    from raw.pages
""")

# Offsets are code points in Python and in DuckDB's substring alike.
# The evidence itself is compared with its article here, in DuckDB; the
# strings stay out of pandas.
_RAW_FACTS = Dataset("raw.facts", f"""
    select f.* exclude (evidence, evidence_sentence, period, extractor_version, extracted_at),
        a.published,
        a.article_id is not null as article_exists,
        f.metric in ('index_rank_change', 'index_score_change') as is_signed,
        coalesce(
            f.evidence_start >= 0
            and f.evidence_end <= length(a.text)
            and substring(a.text, f.evidence_start + 1, f.evidence_end - f.evidence_start) = f.evidence,
            false) as evidence_in_text,
        coalesce(
            f.sentence_start >= 0
            and f.sentence_end <= length(a.text)
            and substring(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) = f.evidence_sentence,
            false) as sentence_in_text,
        (f.index_name is not null) = starts_with(f.metric, 'index_') as index_matches_metric,
        a.published + interval {ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION} day as latest_actual_period_end,
        f.fact_id as {ROW_KEY}
    from raw.facts f
    left join raw.articles a using (article_id)
""")

_RAW_INDEX_SCORES = Dataset("raw.index_scores", f"""
    select *,
        count(rank) over (partition by index_name, year, period, measure, source_file) as n_ranked,
        concat_ws('|', index_name, year, province_code, source_file) as {ROW_KEY}
    from raw.index_scores
""")

SUITE_DATASETS: dict[str, tuple[Dataset, ...]] = {
    "raw_articles": (_RAW_ARTICLES,),
    "raw_pages": (_RAW_PAGES,),
    "raw_facts": (_RAW_FACTS,),
    "raw_index_scores": (_RAW_INDEX_SCORES,),
}
