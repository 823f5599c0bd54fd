"""Periods as English reports write them (`in 2024`, `as of September 22, 2025`, `since July 1`, `From July 1–7`,
`Compared to 2023`), resolved to ISO dates as `scrapers.facts.periods` resolves the Vietnamese ones, and of the same
kinds, so that the attribution of periods (`attributes`) reads both alike."""
from __future__ import annotations

from datetime import date

from scrapers.facts.english import lexicon as en
from scrapers.facts.periods import PeriodMention, _iso, _month_end, _year


def find_periods(text: str, published: date | None, context_year: int | None = None) -> list[PeriodMention]:
    """All period phrases of an English sentence, left to right, without overlaps."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in en.PERIODS:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            if s >= e or any(s < te and ts < e for ts, te in taken):
                continue
            if en.DOCUMENT_DATE_BEFORE.search(text, max(0, s - 12), s):
                taken.append((s, e))          # `Plan No. 02-KH/BCĐTW dated June 19, 2025`: a document's date
                continue
            start, end = _resolve(kind, m, published, context_year)
            if start is None and end is None:
                continue
            if start is None and end and kind in ("as_of_dmy", "as_of_month") and en.CUMULATIVE.search(text):
                start = f"{end[:4]}-01-01"    # `As of the end of April 2025, a cumulative total of ...`: the year's
            taken.append((s, e))
            found.append(PeriodMention(s, e, text[s:e].strip(), start, end, kind == "compare_year", kind))
    found.sort(key=lambda p: p.start)
    return found


def _resolve(kind: str, m, ref: date | None, context_year: int | None) -> tuple[str | None, str | None]:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else (context_year or (ref.year if ref else None))
    month = en.MONTHS.get(g["month"].lower()) if g.get("month") else None
    if year is None:
        return None, None
    if kind == "range_dmy" and g.get("month2"):   # `From January 1, 2022 to November 15, 2022`
        last = int(g["year2"])
        first = int(g["year"]) if g.get("year") else last
        return _iso(first, month, int(g["day"])), _iso(last, en.MONTHS[g["month2"].lower()], int(g["day2"]))
    if kind == "range_dmy":
        return _iso(year, month, int(g["day"])), _iso(year, month, int(g["day2"]))
    if kind == "quarter":
        last_month = 3 * en.QUARTERS[g["quarter"].lower()]
        return _iso(year, last_month - 2, 1), _month_end(year, last_month)
    if kind == "since_day":
        start = _iso(year, month, int(g.get("day") or 1))   # (`from the beginning of July`: its first day)
        # a running total up to publication; a publication known only by its year's first day says nothing of the end
        end = ref.isoformat() if ref and start and ref.isoformat() > start else None
        return start, end
    if kind == "as_of_dmy":
        return None, _iso(year, month, int(g["day"]))
    if kind == "as_of_month":
        return None, _month_end(year, month)
    if kind == "day":
        day = _iso(year, month, int(g["day"]))
        return day, day
    if kind == "months_of_year":
        months = 6 if g.get("half") else en.MONTH_COUNTS.get(g["months"].lower()) or int(g["months"])
        return (_year(year)[0], _month_end(year, months)) if 1 <= months <= 12 else (None, None)
    if kind == "month":
        if not g.get("year") and not context_year and ref and month > ref.month:
            year -= 1                     # `in November` in a text of March: the November before
        return _iso(year, month, 1), _month_end(year, month)
    if kind == "year_range":
        last = int(g["year2"])
        return (_year(year)[0], _year(last)[1]) if year <= last else (None, None)
    if kind == "last_year":               # `last year` in an article of 2024 is 2023; `this year` 2024
        if ref is None:
            return None, None
        return _year(ref.year - (m.group().lower().startswith("last")))
    if kind == "year_to_date":            # up to publication, when the year is the publication's (as `since_day`)
        start = _year(year)[0]
        return start, ref.isoformat() if ref and ref.year == year and ref.isoformat() > start else None
    if kind == "to_date":
        return None, ref.isoformat() if ref else None
    if kind == "compare_year":
        end_year = context_year if context_year and context_year > year else year + 1
        return _year(year)[0], _year(end_year)[1]
    return _year(year)
