"""Writers of one known-good row of each raw table, which tests then spoil."""
from __future__ import annotations

from scrapers.raw.schema import insert_frame

TITLE = "Cải cách hành chính tỉnh Vĩnh Phúc"
BODY = "Sáu tháng đầu năm, tỉnh đạt tỷ lệ 98,5% hồ sơ giải quyết đúng hạn."
TEXT = f"{TITLE}\n\n{BODY}"
EVIDENCE = "98,5% hồ sơ giải quyết đúng hạn"


def add_article(con, **changes) -> dict:
    row = {"article_id": "a1", "url": "https://vinhphuc.gov.vn/tin/1", "source_id": "vinhphuc", "province": "26",
           "title": TITLE, "published": "2024-06-11", "body": BODY, "text": TEXT} | changes
    insert_frame(con, "articles", [row])
    return row


def add_fact(con, **changes) -> dict:
    start = TEXT.index(EVIDENCE)
    row = {"fact_id": "f1", "article_id": "a1", "metric": "dossiers_on_time_rate", "value": 98.5, "unit": "percent",
           "qualifier": "exact", "kind": "actual", "province": "26", "period": "6 tháng đầu năm 2024",
           "period_start": "2024-01-01", "period_end": "2024-06-30", "evidence": EVIDENCE,
           "evidence_start": start, "evidence_end": start + len(EVIDENCE), "evidence_sentence": BODY,
           "sentence_start": TEXT.index(BODY), "sentence_end": TEXT.index(BODY) + len(BODY)} | changes
    insert_frame(con, "facts", [row])
    return row


def add_page(con, **changes) -> dict:
    row = {"url": "https://vinhphuc.gov.vn/tin/1", "sha256": "ab" * 32, "status": 200,
           "content_type": "text/html"} | changes
    row["page_key"] = row["url"]
    insert_frame(con, "pages", [row])
    return row


def add_ranking(con, n: int = 3, **changes_of_first) -> None:
    """A PAR Index ranking of `n` provinces from one publication file."""
    codes = ["01", "26", "79", "48", "31"][:n]
    rows = [{"index_name": "PAR", "year": 2023, "province_code": code, "score": 90.0 - i, "scale_max": 100.0,
             "rank": i + 1, "rank_of": n, "source_file": "par_2023.xlsx"} for i, code in enumerate(codes)]
    rows[0] |= changes_of_first
    insert_frame(con, "index_scores", rows)


def failed(result) -> dict[str, str]:
    """Name → severity of every expectation that failed."""
    return {o.expectation: o.severity for o in result.outcomes if not o.success}


def quarantined_by_row(con) -> dict[str, set[tuple[str, str]]]:
    """Row key → the (expectation, severity) pairs it is quarantined for."""
    rows: dict[str, set[tuple[str, str]]] = {}
    for key, expectation, severity in con.execute(
            "select row_key, expectation, severity from quality.quarantine").fetchall():
        rows.setdefault(key, set()).add((expectation, severity))
    return rows
