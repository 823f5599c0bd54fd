"""The records that flow between the scraping stages.

They are plain dataclasses so that every stage can be tested without a
database or an orchestrator; `scrapers.raw.schema` maps them onto the DuckDB raw
tables.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FetchedResponse:
    """One HTTP exchange as kept in the raw archive (live or replayed)."""

    url: str                      # canonical URL that was requested
    final_url: str                # URL after redirects (same host, by policy)
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str               # ISO 8601 UTC
    source_id: str | None = None
    reconstructed: bool = False   # a page rebuilt by the project, not captured from the site
    method: str = "GET"           # POST for JSON list APIs
    request_data: str | None = None  # urlencoded form of a POST, sorted keys (part of the archive key)
    error: str | None = None      # why this exchange yielded no usable page (kept so nothing is lost)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True)
class Article:
    """An article page reduced to what the warehouse keeps of it."""

    article_id: str               # stable id derived from the canonical URL
    url: str
    source_id: str
    province: str | None          # GSO code (pre-2025 list) from the source's registry entry
    title: str
    published: str | None         # ISO date
    body: str                     # NFC plain text, paragraphs separated by blank lines

    @property
    def text(self) -> str:
        """The text facts are read from; evidence offsets index into it."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


def article_id_for(url: str) -> str:
    """Stable id of an article: the first 16 hex digits of its URL's SHA-1."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


# How long after its article's publication an actual figure's period may end:
# a month's or quarter's report appears in its last days, a year's results at
# the year-end conference in mid-November or December. A figure whose period
# ends later is a plan (kind `target`). The extractor classifies by it and the
# raw_facts expectations check by it: one window, so they never disagree.
ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION = 60


@dataclass
class Fact:
    """One reform statistic read from one article, in the shape of FACTS.md."""

    article: str
    metric: str
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "actual"
    index: str | None = None
    component: str | None = None
    rank_of: int | None = None
    level: str | None = None
    province: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    evidence: str = ""
    evidence_start: int = 0       # offsets of `evidence` in the article text
    evidence_end: int = 0
    # the whole sentence the evidence stands in (a reader sees `đạt 100%` in its context), with its offsets
    evidence_sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class IndexScore:
    """One province-year row of a published index table (or ranking)."""

    index_name: str               # PCI, PAPI, PAR, SIPAS, 766
    year: int
    province_code: str            # GSO code, pre-2025 list (post-2025 units map via dim_province)
    province_name_raw: str        # the name as the publication spells it
    score: float | None
    scale_max: float | None
    rank: int | None
    rank_of: int | None
    rank_computed: bool           # True where the publication gives no rank and we ranked by score
    components: dict[str, float] = field(default_factory=dict)
    source_file: str = ""         # file name or URL of the publication
    source_locator: str = ""      # sheet and row (or table row) the figures were read from
    tier: str = "official"        # official (the publisher's release) | secondary (a transcription) | cross-check
    measure: str = "total"        # total | total_6dim (PAPI's six dimensions, comparable across 2011–2024)
    source_sheet: str | None = None
    source_row: int | None = None  # 1-based row of the file (CSV: header = row 1)
    flags: tuple[str, ...] = ()   # doubts the publication carries: year_inferred, doubtful_row…
    period: str | None = None     # part of the year when finer than it (766 views: H1, Q1…Q4, M01…M12)
    fetched_at: str | None = None  # ISO time a live answer was fetched (766 snapshots)
    component_labels: dict[str, str] = field(default_factory=dict)  # component -> its Vietnamese name
