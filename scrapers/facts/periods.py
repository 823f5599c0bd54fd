"""Periods as Vietnamese reports write them, resolved to ISO start/end dates.

Relative phrases (`từ đầu năm đến nay`, `9 tháng qua`, `tính đến ngày 25-7`)
resolve against a reference date: the publication date, or the year the
article is talking about when the caller knows it better (see `extract`).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from scrapers.facts.cue import lower_case_twin

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_Y = r"(?:19|20)\d\d"
_DMY = rf"(\d{{1,2}})[/.-] ?(\d{{1,2}})[/.-] ?({_Y})"     # `15- 11-2021`: a stray space after a separator
_DM = r"(\d{1,2})[/-](\d{1,2})"
# after the first day of a running total: `đến nay` (to publication), or nothing (no range's second end)
_TO_NOW_OR_ALONE = r"(?:\s+(?:đến|tới)\s+nay(?!\w)|(?!\s*(?:đến|tới|-|–)))"


@dataclass(frozen=True)
class PeriodMention:
    start: int                 # offsets of the phrase in the text searched
    end: int
    text: str
    period_start: str | None   # ISO dates
    period_end: str | None
    comparative: bool = False  # `so với năm 2022`: the base of a change, not the fact's own period
    kind: str = ""             # the pattern that read it (`year`, `quarter`, `day`, `to_date`, ...)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_end(y: int, m: int) -> str | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    return _iso(y, m, calendar.monthrange(y, m)[1])


def _year(y: int) -> tuple[str | None, str | None]:
    return _iso(y, 1, 1), _iso(y, 12, 31)


# Order matters: longer, more specific phrases first; matches do not overlap.
_PATTERN_TEXTS: list[tuple[str, str]] = [
    # (`từ 1/7 đến 31/12/2025`: without its year, the first day's is the last day's)
    ("range_dmy", rf"(?:từ|trong)?\s*(?:ngày\s*)?(\d{{1,2}})[/.-] ?(\d{{1,2}})(?:[/.-] ?({_Y}))?\s*(?:đến|tới|-|–)\s*"
                  rf"(?:ngày\s*)?{_DMY}"),
    ("range_dm", rf"(?:từ|trong)?\s*(?:ngày\s*)?{_DM}\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?{_DM}(?![/\d-])"),
    # `Tính từ ngày 1 - 14/7/2025`, `từ 1 đến 15/8`: days of one month, the first written without its month
    ("range_days", rf"(?:(?:từ|trong)\s+(?:ngày\s*)?|ngày\s+)(\d{{1,2}})\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?"
                   rf"(\d{{1,2}})[/.-] ?(\d{{1,2}})(?:[/.-] ?({_Y}))?(?![/\d])"),
    # `Từ 1/7 đến hết năm 2025`, `từ ngày 01/7/2025 đến hết năm 2025`: from a day to the end of a year
    ("since_dm_year_end", rf"(?:từ|kể từ)\s+(?:ngày\s+)?{_DM}(?:[/.-]({_Y}))?\s+(?:đến|tới)\s+(?:hết|cuối)\s+"
                          rf"năm\s+({_Y})"),
    # `từ 15/3 đến nay`: from a day of the year the text is about to publication
    ("since_dm_to_date", rf"(?:từ|kể từ)\s+(?:ngày\s+)?{_DM}\s+(?:đến nay|tới nay)"),
    # `kể từ khi bắt đầu tiến hành vào năm 2005 tới nay`: what happened in that year starts the span, no frame
    ("since_year", rf"(?:từ|kể từ)(?:\s+khi\s+[^\d.,;]{{0,40}}?\s+vào)?\s+(?:năm\s+)?({_Y})\s+"
                   rf"(?:đến nay|tới nay|đến hết năm\s+({_Y}))"),
    ("stage", rf"giai đoạn\s+({_Y})\s*[-–]\s*({_Y}|\d\d)"),
    # `từ 2016 đến 2018`, `trong năm 2019 - 2020`: whole years from one to the other
    ("year_range", rf"(?:từ|trong)\s+(?:năm\s+)?({_Y})\s*(?:đến|tới|-|–)\s*(?:năm\s+)?({_Y})"),
    ("year_to_date", r"(?:ngay\s+)?từ đầu năm(?:\s+({_Y}))?(?:\s+(?:đến|tới) nay)?".replace("{_Y}", _Y)),
    ("months_of_year", rf"(\d{{1,2}}|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?(?:năm\s+)?({_Y})"),
    ("months_first", r"(\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu năm|(qua)|năm nay)"),
    # (`quý III.2020`: a dot between the quarter and its year)
    ("quarter", rf"quý\s+(I{{1,3}}|IV|[1-4])\s*(?:/|năm|-|\.)\s*({_Y})"),
    # `từ ngày 1 tháng 7 năm 2025 (đến nay)`: a running total from a day written in words
    ("since_day", rf"(?:từ|kể từ)\s+ngày\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\s+năm\s+({_Y}){_TO_NOW_OR_ALONE}"),
    # `ngày 28 tháng 7 năm 2025`: a day written in words
    ("day_in_words", rf"ngày\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\s+năm\s+({_Y})"),
    # `đến hết tháng 4/2018`, `đến tháng 8/2021`: a running total up to a month's end
    ("as_of_month", rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(\d{{1,2}})\s*(?:/|-|năm)\s*({_Y})"),
    ("month", rf"tháng\s+(\d{{1,2}})\s*(?:/|-|năm)\s*({_Y})"),
    # `tháng 10 vừa qua`: the latest such month up to publication
    ("month_recent", r"tháng\s+(\d{1,2})\s+(?:vừa qua|qua|vừa rồi|này)(?!\w)"),
    ("as_of_dmy", rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+{_DMY}"),
    # `đi vào hoạt động từ 02/6/2017`: where a running total starts
    ("since_day", rf"(?:từ|kể từ)\s+(?:ngày\s+)?{_DMY}{_TO_NOW_OR_ALONE}"),
    ("as_of_dm", rf"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+{_DM}(?![/\d])"),
    ("day", rf"ngày\s+{_DMY}"),
    # `so với năm 2022`, `so năm 2016`, `so với 2018`, `so với xếp hạng năm 2023`
    ("compare_year", rf"so(?: với)?\s+(?:cùng kỳ\s+|xếp hạng\s+|kết quả\s+)?(?:năm\s+)?({_Y})"),
    ("compare_prev", r"so với (?:năm trước|năm ngoái|cùng kỳ năm trước)"),
    ("year_end", rf"(?:vào\s+)?cuối năm\s+({_Y})"),
    ("year", rf"(?:năm|trong năm)\s+({_Y})"),
    # `hiện` alone means "now" only as an adverb before a verb (`hiện đang`, `hiện có`) or a comma;
    # inside compounds (`thực hiện`, `thể hiện`, `xuất hiện`) it is no period at all
    ("to_date", r"(?<!\w)(?:đến nay|tới nay|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )"
                r"hiện(?: nay| tại|(?=\s*,|\s+(?:đang|có|còn|đã|vẫn|là|đạt)(?!\w))))(?!\w)"),
    ("this_year", r"(?<!\w)trong năm(?!\s+(?:19|20)\d\d)(?!\w)"),
    ("year_label", rf"^\s*({_Y})\s*:"),
]
_PATTERNS = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERN_TEXTS]
# The same patterns for lower-cased text (Roman numerals in lower case): matching without IGNORECASE is several
# times faster, and lower-casing Vietnamese keeps every offset.
_LOWER_PATTERNS = [(name, re.compile(rx.replace("I{1,3}|IV", "i{1,3}|iv"))) for name, rx in _PATTERN_TEXTS]
assert all(rx.pattern == rx.pattern.lower() for _, rx in _LOWER_PATTERNS)

_WORD_MONTHS = {"sáu": 6, "chín": 9}
# A word each pattern's phrase must contain (lower case); patterns without an entry always run.
_KEYWORDS = {
    "since_year": ("từ",), "year_range": ("từ", "trong"), "stage": ("giai đoạn",), "year_to_date": ("đầu năm",),
    "months_of_year": ("tháng",),
    "months_first": ("tháng",), "quarter": ("quý",), "month": ("tháng",), "month_recent": ("tháng",),
    "as_of_dmy": ("ngày",),
    "as_of_dm": ("ngày",), "day": ("ngày",), "compare_year": ("so ",), "compare_prev": ("so với",),
    "as_of_month": ("tháng",), "since_day": ("từ",), "day_in_words": ("ngày",),
    "year_end": ("cuối năm",), "year": ("năm",), "to_date": ("nay", "hiện"), "this_year": ("trong năm",),
    "year_label": (":",),
}
# Dates (`2.1.2018`, `15/12`) carry no word: pseudo keywords stand for them, present when the text holds what
# every such date holds (a short regex that jumps from digit to digit, much cheaper than the range patterns).
_DATE_HINTS = {
    "<day/month/year>": re.compile(rf"\d[/.-]\d{{1,2}}[/.-]{_Y}"),   # a `_DMY` from the day's last digit on
    "<day/month>": re.compile(r"\d[/-]\d"),                          # a `_DM` day's last digit to the month's first
}
_KEYWORDS.update({"range_dmy": ("<day/month/year>",), "range_dm": ("<day/month>",),
                  "range_days": ("<day/month>", "<day/month/year>"),
                  "since_dm_year_end": ("hết năm", "cuối năm"),
                  "since_dm_to_date": ("đến nay", "tới nay")})
# keyword -> the patterns (their places in `_PATTERNS`) that need it, so that a sentence runs only the patterns
# whose words it holds, without walking the whole list
_PATTERNS_OF_KEYWORD: dict[str, frozenset[int]] = {
    keyword: frozenset(n for n, (name, _) in enumerate(_PATTERNS) if keyword in _KEYWORDS.get(name, ()))
    for keyword in sorted({k for keys in _KEYWORDS.values() for k in keys})}
_WORD_KEYWORDS = [(k, patterns) for k, patterns in _PATTERNS_OF_KEYWORD.items() if k not in _DATE_HINTS]
_ALWAYS_RUN = frozenset(n for n, (name, _) in enumerate(_PATTERNS) if not _KEYWORDS.get(name))
# Any period right after `so với` (`so với tháng 9-2020`, `so với cuối tháng 10/2022`) is a comparison base.
_COMPARED_TO = re.compile(r"so(?: với)?\s+(?:cùng kỳ\s+|cuối\s+|đầu\s+)?$", re.IGNORECASE)


def _resolve(name: str, g: tuple, ref: date | None, context_year: int | None) -> tuple[str | None, str | None, bool]:
    """(start, end, comparative) for one matched pattern."""
    ref_year = context_year or (ref.year if ref else None)
    if name == "range_dmy":
        first_year = int(g[2] or g[5])
        return _iso(first_year, int(g[1]), int(g[0])), _iso(int(g[5]), int(g[4]), int(g[3])), False
    if name == "range_dm":                # `từ ngày 10/8 đến 19/8`: days of the year the text is about
        if ref_year is None:
            return None, None, False
        return _iso(ref_year, int(g[1]), int(g[0])), _iso(ref_year, int(g[3]), int(g[2])), False
    if name == "range_days":              # (the year the text is about when none is written)
        year = int(g[3]) if g[3] else ref_year
        if year is None or int(g[0]) > int(g[1]):
            return None, None, False
        return _iso(year, int(g[2]), int(g[0])), _iso(year, int(g[2]), int(g[1])), False
    if name == "since_dm_year_end":
        year = int(g[3])
        return _iso(int(g[2]) if g[2] else year, int(g[1]), int(g[0])), _year(year)[1], False
    if name == "since_dm_to_date":
        if ref is None:
            return None, None, False
        start = _iso(ref.year, int(g[1]), int(g[0]))
        if start is not None and start > ref.isoformat():
            start = _iso(ref.year - 1, int(g[1]), int(g[0]))   # `từ 15/12 đến nay` written in March
        return start, ref.isoformat(), False
    if name == "since_year":
        end = _year(int(g[1]))[1] if g[1] else (ref.isoformat() if ref else None)
        return _year(int(g[0]))[0], end, False
    if name == "year_range":
        y0, y1 = int(g[0]), int(g[1])
        return (_year(y0)[0], _year(y1)[1], False) if y0 <= y1 else (None, None, False)
    if name == "stage":
        y0 = int(g[0])
        y1 = int(g[1]) if len(g[1]) == 4 else y0 // 100 * 100 + int(g[1])
        if y1 < y0:                 # a typo such as `2021 - 2015`: keep the usual five-year plan
            y1 = y0 + 4
        return _year(y0)[0], _year(y1)[1], False
    if name == "year_to_date":
        year = int(g[0]) if g[0] else ref_year
        if year is None:
            return None, None, False
        end = ref.isoformat() if ref and ref.year == year else _year(year)[1]
        return _year(year)[0], end, False
    if name in ("months_of_year", "months_first"):
        months = _WORD_MONTHS.get(str(g[0]).lower()) or int(g[0])
        year = int(g[1]) if name == "months_of_year" else ref_year
        if year is None or not 1 <= months <= 12:
            return None, None, False
        if name == "months_first" and g[1] and ref is not None and year == ref.year and months <= 2 < ref.month - 1:
            # `1 tháng qua` written in August: the month just past, not January (`9 tháng qua` written in October,
            # or early November, is January to September: reports of the year so far are the common case)
            return _iso(year, ref.month - months, 1), _month_end(year, ref.month - 1), False
        return _year(year)[0], _month_end(year, months), False
    if name == "quarter":
        q, year = _ROMAN[g[0].lower()], int(g[1])
        return _iso(year, 3 * q - 2, 1), _month_end(year, 3 * q), False
    if name == "month":
        month, year = int(g[0]), int(g[1])
        if not 1 <= month <= 12:
            return None, None, False
        return _iso(year, month, 1), _month_end(year, month), False
    if name == "month_recent":
        month = int(g[0])
        if ref is None or not 1 <= month <= 12:
            return None, None, False
        year = ref.year if month <= ref.month else ref.year - 1
        return _iso(year, month, 1), _month_end(year, month), False
    if name == "as_of_month":
        month, year = int(g[0]), int(g[1])
        return (None, _month_end(year, month), False) if 1 <= month <= 12 else (None, None, False)
    if name == "since_day":
        return _iso(int(g[2]), int(g[1]), int(g[0])), (ref.isoformat() if ref else None), False
    if name == "as_of_dmy":
        return None, _iso(int(g[2]), int(g[1]), int(g[0])), False
    if name == "as_of_dm":
        return None, (_iso(ref.year, int(g[1]), int(g[0])) if ref else None), False
    if name in ("day", "day_in_words"):
        day = _iso(int(g[2]), int(g[1]), int(g[0]))
        return day, day, False
    if name == "compare_year":
        base = int(g[0])
        end_year = context_year if context_year and context_year > base else base + 1
        return _year(base)[0], _year(end_year)[1], True
    if name == "compare_prev":
        if ref_year is None:
            return None, None, True
        return _year(ref_year - 1)[0], _year(ref_year)[1], True
    if name == "year_end":
        return None, _year(int(g[0]))[1], False
    if name in ("year", "year_label"):
        return (*_year(int(g[0])), False)
    if name == "to_date":
        return None, (ref.isoformat() if ref else None), False
    if name == "this_year":
        return (*_year(ref_year), False) if ref_year else (None, None, False)
    return None, None, False


# Completed sub-year periods with their year (`6 tháng đầu năm 2020`, `quý III/2021`, `tháng 10-2020`).
_REPORTED = re.compile(rf"(?:(\d{{1,2}}|sáu|chín)\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?({_Y})"
                       rf"|quý\s+(I{{1,3}}|IV|[1-4])\s*(?:/|năm|-)\s*({_Y})|tháng\s+(\d{{1,2}})\s*(?:/|-|năm)\s*({_Y}))",
                       re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|đến|tới|trước)\s*(?:hết\s+|cuối\s+)?$",
                             re.IGNORECASE)
# the same for lower-cased text, read several times faster (lower-casing keeps every offset, which is checked)
_REPORTED_LOWER, _PLANNED_BEFORE_LOWER = lower_case_twin(_REPORTED), lower_case_twin(_PLANNED_BEFORE)
assert _REPORTED_LOWER is not None and _PLANNED_BEFORE_LOWER is not None


def reported_through(text: str, published: date | None) -> date | None:
    """The publication date, or later when the text reports a completed period of that year ending later.

    A date known only as a year or month (`2020` -> 1 January; callers store such dates as the 1st) cannot
    precede the periods the article reports on, so `từ đầu năm đến nay` in it runs at least to their end.
    """
    if published is None or published.day != 1:
        return published                  # a full date is exact; approximate ones are stored as the 1st
    latest = published
    lower = text.lower()
    read, reported, planned = (lower, _REPORTED_LOWER, _PLANNED_BEFORE_LOWER) if len(lower) == len(text) else \
        (text, _REPORTED, _PLANNED_BEFORE)
    for m in reported.finditer(read):
        if planned.search(read, max(0, m.start() - 20), m.start()):
            continue
        if m.group(2):
            months = _WORD_MONTHS.get(m.group(1).lower()) or int(m.group(1))
            year, end = int(m.group(2)), _month_end(int(m.group(2)), months)
        elif m.group(4):
            year, end = int(m.group(4)), _month_end(int(m.group(4)), 3 * _ROMAN[m.group(3).lower()])
        else:
            year, end = int(m.group(6)), _month_end(int(m.group(6)), int(m.group(5)))
        if year == published.year and end and end > latest.isoformat():
            latest = date.fromisoformat(end)
    return latest


def find_periods(text: str, published: date | None, context_year: int | None = None) -> list[PeriodMention]:
    """All period phrases in `text`, left to right, without overlaps.

    `context_year` is the year the surrounding text is about (resolves `trong năm`,
    `so với năm trước`); it defaults to the publication year.
    """
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    wanted = set(_ALWAYS_RUN)             # the phrases the sentence can hold: most sentences lack most keywords
    for keyword, patterns in _WORD_KEYWORDS:
        if keyword in lower:
            wanted |= patterns
    for hint, hint_rx in _DATE_HINTS.items():
        if hint_rx.search(text):
            wanted |= _PATTERNS_OF_KEYWORD[hint]
    same_offsets = len(lower) == len(text)
    for n in sorted(wanted):
        name, rx = _PATTERNS[n]
        lower_rx = _LOWER_PATTERNS[n][1]
        for m in (lower_rx.finditer(lower) if same_offsets else rx.finditer(text)):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            if s >= e or any(s < te and ts < e for ts, te in taken):
                continue
            try:
                start, end, comparative = _resolve(name, m.groups(), published, context_year)
            except (ValueError, KeyError, OverflowError):
                continue
            comparative = comparative or bool(_COMPARED_TO.search(text, max(0, s - 30), s))
            taken.append((s, e))
            found.append(PeriodMention(s, e, text[s:e].strip(), start, end, comparative, name))
    found.sort(key=lambda p: p.start)
    return found


def resolve_period(text: str, published: date | None, context_year: int | None = None) -> PeriodMention | None:
    """The first period phrase in `text`, resolved (a convenience for single phrases)."""
    periods = find_periods(text, published, context_year)
    return periods[0] if periods else None
