"""Sentences -> reform facts (FACTS.md) with evidence offsets.

The extractor reads each figure in its clause: the noun after it says what is
counted (dossiers, procedures, services, decisions, days), the nearest status,
channel or verb cue says which metric, and the sentence supplies index, tier,
province, period, qualifier and target kind. Context that reports carry from
sentence to sentence (the period, the index being discussed, the tier, a plan's
target mode) is carried explicitly in `_Context`.

Offsets index the text passed in; text that is not NFC is normalised for
reading and offsets are mapped back, so `text[evidence_start:evidence_end]`
is always the evidence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from scrapers.facts import lexicon as lx
from scrapers.facts.numbers import NumberToken, find_numbers
from scrapers.facts.periods import PeriodMention, find_periods, reported_through
from scrapers.models import Fact

try:  # another module of the project; without it facts keep the source's province
    from scrapers.reference.provinces import find_province_mentions
except ImportError:  # pragma: no cover
    find_province_mentions = None

EXTRACTOR_VERSION = "facts-1.6"

_RATE_OF = {
    "dossiers_on_time": "dossiers_on_time_rate",
    "dossiers_early": "dossiers_early_rate",
    "dossiers_late": "dossiers_late_rate",
    "online_dossiers": "online_dossier_rate",
    "digitised_dossiers": "digitisation_rate",
    "procedures_one_stop": "procedures_one_stop",
    "procedures_in_effect": "procedures_in_effect",
    "online_services": "online_services",
    "online_services_full": "online_services_full",
    "online_services_partial": "online_services_partial",
}
_PERCENT_ONLY = {"dossiers_on_time_rate", "dossiers_early_rate", "dossiers_late_rate", "online_dossier_rate",
                 "digitisation_rate", "online_payment_rate", "satisfaction_rate"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZÀ-ỸĐ0-9])|\n")
_ABBREV_END = re.compile(r"(?:^|\s)(?:TP|Tp|TX|Q|P|Đ|ThS|TS|PGS|GS|Mr|St|[A-ZĐ])\.$")
_HAS_DIGIT = re.compile(r"\d")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_CLAUSE_BREAK = re.compile(r"[,;(]|\s(?:trong đó|còn lại)\s")
_RIGHT_BREAK = re.compile(r"[,;.()]|\s(?:trong đó)\s")


@dataclass
class _Context:
    """What the article has established so far."""
    period: PeriodMention | None = None
    published: date | None = None
    first_frame: PeriodMention | None = None  # the article's first reporting period: also its title's
    plan_period: PeriodMention | None = None  # `Kế hoạch ... giai đoạn 2021-2025`: what targets are set for
    owner_level: str | None = None          # `mục tiêu ... của Sở`: the tier whose plan the article sets out
    year: int | None = None
    index: str | None = None
    level: str | None = None
    target_list: bool = False
    last_percent_metric: str | None = None
    last_procedure: str | None = None       # a later `Trong đó:` breakdown repeats it
    online_topic: bool = False              # the text has named online public services: `triển khai N thủ tục` deploys them
    last_count: Fact | None = None          # last procedure or service count: `Cụ thể, Sở Y tế (42 TTHC)` breaks it down


@dataclass
class _Sentence:
    start: int
    text: str
    paragraph_start: bool
    periods: list[PeriodMention] = field(default_factory=list)


class ExtractionError(Exception):
    """A fault of the extractor on one article; the load step records it and goes on with the others."""


def extract_facts(text: str, *, article_id: str, published: date | None, province: str | None) -> list[Fact]:
    """Every reform figure stated in `text` (no text gives []).

    A fault while reading raises `ExtractionError` naming the article: it is never turned into "no facts",
    so a broken rule shows up in `raw.load_errors` instead of silently emptying the fact tables."""
    if not isinstance(text, str) or not text:
        return []
    try:
        norm, back = _normalise(text)
        facts = _extract(norm, article_id, published, province)
        return [_map_back(f, text, back) for f in facts if plausible(f)]
    except Exception as exc:
        raise ExtractionError(f"article {article_id}: {type(exc).__name__}: {exc}") from exc


# Bounds no report can exceed. A page that states `999.999.999.999%` or a rank
# past its field is wrong or hostile; its figure must not reach the warehouse,
# nor trip the blocking checks and stop every other article from publishing.
MAX_COUNT = 1e9            # dossiers, procedures, days: a year of the whole country is far below
MAX_SCORE = 1000.0         # every index scale (PCI 100, PAPI 60/80, PAR %, DDCI …) is below
MAX_RANK_OF = 1000         # provinces, ministries, districts or communes of one ranking


def plausible(fact: Fact) -> bool:
    value = fact.value
    if value != value or value in (float("inf"), float("-inf")):
        return False
    if fact.rank_of is not None and not 1 <= fact.rank_of <= MAX_RANK_OF:
        return False
    if fact.unit == "percent":
        return abs(value) <= 100
    if fact.unit == "rank":
        if fact.metric == "index_rank_change":
            return abs(value) <= MAX_RANK_OF
        return 1 <= value <= (fact.rank_of or MAX_RANK_OF)
    if fact.unit == "score":
        return abs(value) <= MAX_SCORE
    return 0 <= value <= MAX_COUNT


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """NFC text and, when it differs, a map from its offsets to the caller's."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out, back, i = [], [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        back.extend([i] * len(piece))
        i = j
    back.append(len(text))
    return "".join(out), back


def _map_back(fact: Fact, original: str, back: list[int] | None) -> Fact:
    if back is not None:
        fact.evidence_start, fact.evidence_end = back[fact.evidence_start], back[fact.evidence_end]
        fact.evidence = original[fact.evidence_start:fact.evidence_end]
    return fact


def _sentences(text: str) -> list[_Sentence]:
    """Sentences of the readable part (teasers under `Các tin khác` are cut off)."""
    cut = len(text)
    for m in re.finditer(r"[^\n]*", text):
        if lx.TEASER_HEADINGS.match(m.group()):
            cut = m.start()
            break
    sentences: list[_Sentence] = []
    pos, new_para = 0, True
    pending_start = None
    for m in list(_SENTENCE_END.finditer(text, 0, cut)) + [None]:
        end = m.start() if m else cut
        chunk = text[pos:end]
        if pending_start is None:
            pending_start = pos
        if m is not None and m.group() != "\n" and _ABBREV_END.search(chunk):
            pos = m.end()
            continue                      # `TP. Hải Phòng`: not a sentence end
        s = pending_start
        body = text[s:end]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            sentences.append(_Sentence(s + lead, body.strip(), new_para))
            new_para = False
        if m is None:
            break
        if "\n" in m.group():
            new_para = True
        pending_start = None
        pos = m.end()
    return sentences


def _extract(text: str, article_id: str, published: date | None, province: str | None) -> list[Fact]:
    ctx = _Context(year=published.year if published else None)
    published = reported_through(text, published)
    ctx.published = published
    facts: list[Fact] = []
    sentence_of: dict[int, int] = {}         # id(fact) -> its sentence: figures of one sentence are never restatements
    paragraph_target = False
    for n_sent, sent in enumerate(_sentences(text)):
        if sent.paragraph_start:
            paragraph_target = ctx.target_list and bool(re.match(r"\s*(?:\d+[.)]|[-+•])", sent.text))
            if not paragraph_target:
                ctx.target_list = False
        readable = _HAS_DIGIT.search(sent.text) or lx.RANK_FIRST.search(sent.text)
        worded_frame = not readable and _WORDED_FRAME.search(sent.text)
        sent.periods = _periods_of(sent.text, published, ctx.year) if readable or worded_frame else []
        year_before = ctx.year
        for p in sent.periods:
            if not p.comparative and p.period_start and p.period_end and p.period_start[:4] == p.period_end[:4]:
                ctx.year = int(p.period_start[:4])
        if ctx.year != year_before:
            # re-resolve relative phrases against the year the text is about
            sent.periods = _periods_of(sent.text, published, ctx.year)
        target_here = lx.TARGET.search(sent.text)
        if target_here and ":" in sent.text[target_here.end():]:
            paragraph_target = True
            if sent.text.rstrip().endswith(":"):
                ctx.target_list = True
        owner = lx.PLAN_OWNER.search(sent.text)
        if owner:
            ctx.owner_level = _tier_of(owner.group("body"))
        stages = [p for p in sent.periods if p.kind == "stage" and not p.comparative]
        if stages:
            ctx.plan_period = stages[-1]      # a plan's stage (`giai đoạn 2021-2025`) frames the targets that follow
        if readable:
            breaks_down = ctx.last_count is not None and ctx.last_count.kind == "target" and _BREAKDOWN.match(sent.text)
            new = _facts_of_sentence(sent, text, ctx, article_id, province, paragraph_target or bool(breaks_down))
            ctx.online_topic = ctx.online_topic or bool(_ONLINE_SERVICES.search(sent.text))
        else:
            new = []
            ctx.online_topic = ctx.online_topic or bool(_ONLINE_SERVICES.search(sent.text))
            named = _index_in(sent.text)      # the index under discussion carries into later sentences
            ctx.index = named[-1][1] if named else ctx.index
        levels = {f.level for f in new}
        if new:
            ctx.level = levels.pop() if len(levels) == 1 else None
        elif lx.LEVEL_RESET.search(sent.text):
            ctx.level = None
        facts.extend(new)
        sentence_of.update((id(f), n_sent) for f in new)
        _carry_period(sent, ctx, target_here or paragraph_target)
        counts = [f for f in new if f.unit == "count" and f.metric.startswith(("procedures", "online_services"))]
        if counts:
            ctx.last_count = counts[-1]
        procedure_facts = [f.metric for f in new if f.metric.startswith("procedures")]
        if procedure_facts:
            ctx.last_procedure = procedure_facts[-1]
        if ctx.first_frame is None and ctx.period is not None:
            ctx.first_frame = ctx.period
    if ctx.first_frame is not None:
        for f in facts:
            if not f.period and f.kind == "actual" and not f.metric.endswith("_change"):
                _set_period(f, ctx.first_frame, from_context=True)
    return _dedupe(facts, sentence_of)


# A sentence that breaks the previous figure down: `Cụ thể, Sở Xây dựng (21 TTHC), ...`, `Trong đó: ...`.
_BREAKDOWN = re.compile(r"\s*(?:cụ thể|trong đó|bao gồm|gồm)(?!\w)", re.IGNORECASE)
_ONLINE_SERVICES = re.compile(r"(?:dịch vụ công|DVC)\s*(?:trực tuyến|TT\b|mức(?: độ)?\s*[34])", re.IGNORECASE)


# Time frames written without digits (`Ngay từ đầu năm, ...`, `Trong năm, ...`): sentences without figures
# are read for periods only when they hold one of these.
_WORDED_FRAME = re.compile(r"từ đầu năm|tháng (?:đầu năm|qua|năm nay)|(?<!\w)trong năm(?! \d)", re.IGNORECASE)


# The conditions of an award or a ranking band (`đạt một trong các tiêu chí: ...`) are thresholds, not results.
_CRITERIA = re.compile(r"(?:đạt|theo|đáp ứng)\s+(?:một trong\s+)?(?:các\s+)?tiêu chí\s*(?:sau)?\s*:", re.IGNORECASE)


# `Quyết định số 766/QĐ-TTg ngày 23/06/2022`, `Công văn số 3032/VPUBND-TH ngày 12 tháng 6 năm 2023`
_DOCUMENT_NUMBER_BEFORE = re.compile(r"\d+/[\w.\-/]+\s+(?:ngày\s+(?:\d{1,2}\s+)?)?$")


def _periods_of(s: str, published: date | None, year: int | None) -> list[PeriodMention]:
    """Periods of a sentence, without the dates of the documents it cites: those date a paper, not a figure."""
    return [p for p in find_periods(s, published, year)
            if not _DOCUMENT_NUMBER_BEFORE.search(s, max(0, p.start - 60), p.start)]


# Periods that set the time frame of what follows (`Năm 2023, ...` before a paragraph of results).
# Document dates (`ngày 12/5/2023` of a decision), `hiện nay`, retrospectives (`Từ năm 2012 đến nay`)
# and comparison bases do not.
_FRAME_KINDS = {"year", "year_label", "months_of_year", "months_first", "quarter", "month", "range_dmy",
                "year_to_date", "as_of_dmy", "as_of_dm"}


def _carry_period(sent: _Sentence, ctx: _Context, is_target) -> None:
    """A reported period stated in a sentence frames the following sentences until another is stated."""
    if is_target:
        return
    frames = [p for p in sent.periods if p.kind in _FRAME_KINDS and not p.comparative and p.period_end]
    if frames:
        ctx.period = frames[-1]


def _index_in(sentence: str) -> list[tuple[int, str | None]]:
    """(position, code) of the indices named in a sentence; other indices (`ICT INDEX`, `PGI`) as code None,
    so that a figure after them is not credited to a reform index named earlier."""
    found: list[tuple[int, str | None]] = []
    for code, rx in lx.INDEX_ALIASES:
        for m in rx.finditer(sentence):
            if not any(pos == m.start() for pos, _ in found):
                found.append((m.start(), code))
    found.extend((m.start(), None) for m in lx.NON_REFORM_INDEX.finditer(sentence))
    found.sort(key=lambda item: item[0])
    return found


def _facts_of_sentence(sent: _Sentence, text: str, ctx: _Context, article_id: str,
                       default_province: str | None, target_mode: bool) -> list[Fact]:
    s = sent.text
    indices = _index_in(s)
    if indices and not any(code for _, code in indices):
        ctx.index = None
        return []
    if indices:
        ctx.index = indices[-1][1]
    elif lx.ECONOMIC_TOPIC.search(s):
        ctx.index = None                  # `Thu hút FDI dẫn đầu cả nước`: the index discussed before is left
    mentions = find_province_mentions(s) if find_province_mentions else []
    period_spans = [(p.start, p.end) for p in sent.periods]
    out: list[Fact] = []
    prev_fact_by_token: dict[int, Fact | None] = {}
    tokens = [t for t in find_numbers(s) if not _is_noise(s, t, period_spans)]
    for n, tok in enumerate(tokens):
        prev_tok = tokens[n - 1] if n else None
        nxt_start = tokens[n + 1].start if n + 1 < len(tokens) else None
        fact = _read_figure(s, tok, prev_tok, nxt_start, prev_fact_by_token.get(n - 1), out, indices, ctx)
        prev_fact_by_token[n] = fact
        if fact is None:
            continue
        _attach(fact, s, tok, sent, ctx, mentions, default_province, target_mode, article_id)
        out.append(fact)
    out.extend(_first_places(s, sent, ctx, indices, mentions, default_province, target_mode, article_id))
    for f in out:
        f.evidence_start += sent.start
        f.evidence_end += sent.start
        f.evidence = text[f.evidence_start:f.evidence_end]
    return out


def _is_noise(s: str, tok: NumberToken, period_spans) -> bool:
    if any(ps <= tok.start < pe for ps, pe in period_spans):
        return True
    if _CRITERIA.search(s, 0, tok.start):
        return True                       # `tặng bằng khen cho tập thể đạt một trong các tiêu chí: 100% ...`: thresholds
    before, after = s[max(0, tok.start - 30):tok.start], s[tok.end:tok.end + 20]
    if lx.DOC_NUMBER_BEFORE.search(before) or lx.NOISE_AFTER.match(after):
        return True
    if re.search(r"(?:mức độ|mức|nhóm|top|tốp|giai đoạn|năm|Khóa|khoá|lần thứ|thành)\s*$", before, re.I):
        return True
    if re.search(r"(?<!\w)thứ\s*$", before, re.I) and re.match(r"\s*,\s*\d{1,2}/\d", after):
        return True                       # a weekday: `Thứ 3, 01/11/2022`
    raw = s[tok.start:tok.end]
    if _YEAR_LIKE.fullmatch(raw):
        return True
    return bool(lx.PHONE.fullmatch(raw))


def _left(s: str, tok: NumberToken, prev: NumberToken | None) -> tuple[int, str]:
    """The near-left clause: back to the previous figure or clause break."""
    lo = prev.end if prev else 0
    seg = s[lo:tok.start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(seg):
        cut = m.end()
    return lo + cut, seg[cut:]


def _right(s: str, tok: NumberToken, nxt_start: int | None) -> str:
    seg = s[tok.end:nxt_start if nxt_start is not None else len(s)][:90]
    m = _RIGHT_BREAK.search(seg)
    return seg[:m.start()] if m else seg


def _clause_bounds(s: str, pos: int) -> tuple[int, int]:
    lo = s.rfind(";", 0, pos) + 1
    hi = s.find(";", pos)
    return lo, (hi if hi >= 0 else len(s))


def _read_figure(s, tok, prev_tok, nxt_start, prev_fact, so_far, indices, ctx) -> Fact | None:
    left_start, near = _left(s, tok, prev_tok)
    right = _right(s, tok, nxt_start)
    c_lo, c_hi = _clause_bounds(s, tok.start)
    clause_left, clause_right = s[c_lo:tok.start], s[tok.end:c_hi]
    sentence_left = s[:tok.start]
    ev_end = tok.end + len(right.rstrip())

    index_fact = _read_index_figure(s, tok, near, right, clause_left, indices, ctx)
    if index_fact:
        metric, unit, value, rank_of, component = index_fact
        return _fact(metric, value, unit, left_start, ev_end, s, index=_index_for(s, tok, indices, ctx),
                     rank_of=rank_of, component=component)
    if tok.denominator is not None and not _counted_part(near, right):
        return None                      # ratios such as 690/763 dịch vụ (with dossiers) or 46/147 thủ tục (reviewed)
    if tok.percent and _PEOPLE_SATISFIED.match(s, tok.end):
        # `95% công dân, tổ chức hài lòng`: the share of people satisfied
        return _fact("satisfaction_rate", tok.value, "percent", left_start, ev_end, s)
    if lx.NOUN_OTHER.match(right):
        return None
    if tok.percent:
        metric = _percent_metric(s, tok, near, right, clause_left, clause_right, sentence_left, prev_tok, prev_fact,
                                 so_far, ctx)
        if metric:
            ctx.last_percent_metric = metric
            return _fact(metric, tok.value, "percent", left_start, ev_end, s)
        ctx.last_percent_metric = None
        return None
    metric, unit = _count_metric(s, tok, near, right, clause_left, clause_right, sentence_left, so_far, ctx)
    if metric:
        return _fact(metric, tok.value, unit, left_start, ev_end, s)
    return None


_PEOPLE_SATISFIED = re.compile(r"\s*(?:số\s+)?(?:công dân|người dân|tổ chức|doanh nghiệp)[^.;%]{0,40}?hài lòng", re.I)


def _counted_part(near: str, right: str) -> bool:
    """`đã triển khai 81/96 dịch vụ công trực tuyến`, `44/44 thủ tục ... được công bố công khai`: the part is a
    count of services in place or procedures made public; other ratios (reviewed, with dossiers) are not facts."""
    noun = _noun_class(right)
    if noun == "service":
        return bool(re.search(r"(?:cung cấp|triển khai|vận hành(?: chính thức)?|đưa vào[^,;]{0,20})\s*$", near, re.I))
    return noun == "procedure" and bool(lx.PROC_IN_EFFECT.search(right))


def _fact(metric, value, unit, ev_start, ev_end, s, **kw) -> Fact:
    while ev_start < ev_end and not s[ev_start].isalnum():
        ev_start += 1
    return Fact(article="", metric=metric, value=float(value), unit=unit, evidence_start=ev_start,
                evidence_end=max(ev_end, ev_start), **kw)


# --- index figures -------------------------------------------------------------

def _index_for(s, tok, indices, ctx) -> str | None:
    before = [code for pos, code in indices if pos < tok.start]
    if before:
        return before[-1]
    return indices[0][1] if indices else ctx.index


def _read_index_figure(s, tok, near, right, clause_left, indices, ctx):
    index = _index_for(s, tok, indices, ctx)
    if index is None:
        return None
    near_tail = near[-40:]
    if lx.MAXIMUM_POINTS.search(near):
        return None                       # `điểm tối đa cho tiêu chí này là 14,5`: the scale, not a result
    if lx.RANK.search(near_tail) and not lx.NOT_A_RANK.search(near_tail) and not tok.percent:
        if lx.REGIONAL.match(right) or lx.COMPONENT.search(clause_left) or not float(tok.value).is_integer():
            return None
        if re.search(r"(?<!\w)từ\s+(?:vị trí|hạng)?\s*(?:thứ)?\s*$", near_tail, re.I) and \
                re.match(r"\s*(?:lên|xuống)", right, re.I):
            return None                   # `từ vị trí thứ 7 lên vị trí thứ 5`: 7 was the rank before
        return "index_rank", "rank", tok.value, tok.denominator, None
    change = lx.SCORE_CHANGE.search(near_tail) or lx.RANK_CHANGE.search(near_tail) or \
        re.search(r"(tăng|giảm)\s*[\d.,]+\s*điểm\s+và\s*$", s[:tok.start], re.I)
    if change and re.match(r"\s*(?:\d[\d,.]*\s*điểm\s+và\s+)?(?:bậc|hạng)", right):
        sign = -1 if change.group(1).lower() in ("giảm", "tụt", "thấp hơn") else 1
        return "index_rank_change", "rank", sign * tok.value, None, None
    component = _component(s, tok, clause_left)
    has_index_words = bool(indices) or component or bool(re.search(r"xếp|đứng|điểm(?! cầu)|hạng", s, re.I))
    if not has_index_words:
        return None
    if change and (tok.percent or lx.POINTS.match(right) or component or re.match(r"\s*(?:điểm|$)", right)):
        if re.search(r"so với", s[tok.end:]) or component:
            sign = -1 if change.group(1).lower() in ("giảm", "thấp hơn") else 1
            return ("index_score_change", "percent" if tok.percent else "score", sign * tok.value, None,
                    component)
    if change:
        return None
    part_of = tok.denominator or _points_out_of(right)
    if part_of and part_of != 100:
        # `2,27/3 điểm`, `9,75 điểm/10 điểm`: points on one criterion's own scale, never the index score
        name = component or _criterion(clause_left)
        return ("index_component_score", "score", tok.value, None, name) if name else None
    if lx.POINTS.match(right) or tok.denominator == 100 or re.search(r"(?:tổng điểm|điểm số)[^,;]*?(?:là|đạt)\s*:?\s*$", near, re.I):
        if component:
            return "index_component_score", "score", tok.value, None, component
        return "index_score", "score", tok.value, None, None
    if component and re.search(r"(?:là|đạt)\s*:?\s*$", near) and not tok.percent:
        return "index_component_score", "score", tok.value, None, component
    if tok.percent and (indices or re.search(r"xếp|đứng|dẫn đầu|quán quân", s, re.I)) \
            and re.search(r"đạt\s*:?\s*$", near) and not re.search(r"tỷ lệ|hồ sơ|thủ tục", near, re.I):
        return "index_score", "percent", tok.value, None, None
    return None


def _points_out_of(right: str) -> float | None:
    m = re.match(r"\s*điểm\s*/\s*(\d+(?:[.,]\d+)?)", right)
    return float(m.group(1).replace(",", ".")) if m else None


def _criterion(clause_left: str) -> str | None:
    """`chỉ số thành phần cải cách thủ tục hành chính đạt` -> `cải cách thủ tục hành chính`."""
    m = re.search(r"(?:chỉ số thành phần|tiêu chí(?: thành phần)?|lĩnh vực)\s+([^,;:]{3,80}?)\s+(?:đạt|là|được)\s*$",
                  clause_left, re.I)
    return m.group(1).strip() if m else None


def _component(s, tok, clause_left) -> str | None:
    """`điểm công khai, minh bạch là 15,67` or `Chính sách hỗ trợ doanh nghiệp: tăng 1,01` in a breakdown."""
    label = re.search(r"^\s*(?:trong đó,?\s*)?(?:điểm\s+)?([^:;]{3,80}?)\s*(?::\s*(?:tăng|giảm)?|\s(?:là|đạt))\s*$",
                      clause_left, re.I)
    if not label:
        return None
    breakdown = re.match(r"\s*trong đó", s, re.I) or re.match(r"^[^:;]{3,80}:\s*(?:tăng|giảm)", s, re.I)
    if not breakdown:
        return None
    name = label.group(1).strip(" ,")
    if _YEAR_LIKE.fullmatch(name) or re.search(r"tổng|tỉnh|thành phố|UBND", name, re.I):
        return None
    return name


def _first_places(s, sent, ctx, indices, mentions, default_province, target_mode, article_id) -> list[Fact]:
    """`dẫn đầu`, `quán quân`: rank 1 without a figure; one fact per index named with `ở cả`."""
    out = []
    for m in lx.RANK_FIRST.finditer(s):
        after = s[m.end():m.end() + 40]
        if re.search(r"(?:người|lần|nhóm[^,;]{0,40}|top[^,;]{0,20})\s*$", s[max(0, m.start() - 50):m.start()], re.I):
            continue                      # `người đứng đầu`, `6 lần đứng đầu`, `nhóm 10 tỉnh dẫn đầu`
        if lx.REGIONAL.match(after) or re.match(r"\s*(?:khu vực|các tỉnh|vùng)", after, re.I):
            continue
        if lx.COMPONENT.search(s[:m.start()]):
            continue
        codes = [c for _, c in indices] if re.search(r"ở cả|cả hai", s, re.I) and len(indices) > 1 else \
            [_index_for(s, NumberToken(m.start(), m.end(), 1, False, False), indices, ctx)]
        lo, hi = _clause_bounds(s, m.start())
        for code in dict.fromkeys(codes):
            if code is None:
                continue
            f = Fact(article="", metric="index_rank", value=1.0, unit="rank", index=code,
                     evidence_start=lo + (len(s[lo:m.start()]) - len(s[lo:m.start()].lstrip())), evidence_end=m.end())
            _attach(f, s, NumberToken(m.start(), m.end(), 1, False, False), sent, ctx, mentions, default_province,
                    target_mode, article_id)
            out.append(f)
    return out


# --- percent and count figures --------------------------------------------------------

def _percent_metric(s, tok, near, right, clause_left, clause_right, sentence_left, prev_tok, prev_fact, so_far, ctx):
    near_tail = near[-25:]
    if re.search(r"(?:tăng|giảm|cao hơn|thấp hơn)\s*(?:thêm\s*)?$", near_tail, re.I):
        return None                       # a change of a rate, not the rate
    if re.search(r"có tỷ lệ[^,;]*(?:trên|dưới)\s*$", near, re.I):
        return None                       # a threshold: `cơ quan có tỷ lệ ... trên 65%`
    between = s[prev_tok.end:tok.start] if prev_tok is not None else ""
    if prev_tok is not None and re.fullmatch(r"[^;.]{0,60}?(?:,\s*|\(\s*)(?:chiếm|đạt)[^,;.%]{0,12}", between, re.I) \
            and (prev_fact is None or prev_fact.unit == "count"):
        # `148.761 hồ sơ, đạt 98%`, `12 hồ sơ (chiếm 0,29%)`: the share of the figure before
        if prev_tok.denominator is not None:
            return None                   # `81/96 dịch vụ, đạt 84,4%` restates the ratio: a share of a plan
        return _RATE_OF.get(prev_fact.metric) if prev_fact is not None else None
    if re.match(r"\s*(?:tỷ lệ này|tỷ lệ trên)", s, re.I):
        return ctx.last_percent_metric
    noun_right = re.match(r"\s*(?:các\s+|số\s+(?:lượng\s+)?)?(hồ sơ|HS|thủ tục|TTHC|dịch vụ|DVC|giao dịch)", right, re.I)
    if noun_right:
        return _classify_percent(clause_right[:160], after=True)
    if re.match(r"\s*(?:các\s+)?(?:văn bản|phí|người|cán bộ|CBCCVC|phòng|cơ quan|đơn vị|nhiệm vụ|kết quả)", right, re.I):
        return None
    rate_at = [m.start() for m in re.finditer(r"tỷ lệ|mức độ hài lòng", clause_left, re.I)]
    for start in reversed(rate_at):
        metric = _classify_percent(clause_left[start:], after=False)
        if metric:
            return metric
    if not rate_at:
        metric = _classify_percent(clause_left[-120:], after=False)
        if metric:
            return metric
    earlier = [f for f in so_far if f.unit == "percent" and not f.metric.startswith("index")]
    if earlier:
        return earlier[-1].metric       # `...đạt 99,74%; tại UBND cấp huyện đạt 99,33%`
    if re.search(r"tỷ lệ|hài lòng", sentence_left, re.I):
        return _classify_percent(sentence_left[-200:], after=False)
    return None


def _classify_percent(subject: str, after: bool) -> str | None:
    """The rate named in `subject`: its first cue when the subject follows the figure, else its last."""
    def at(rx):
        ms = [m.start() for m in rx.finditer(subject)]
        if not ms:
            return None
        return -ms[0] if after else ms[-1]
    dossier_status = _dossier_status(subject, rate=True, first=after)
    resolved_status = dossier_status in ("dossiers_on_time_rate", "dossiers_early_rate", "dossiers_late_rate")
    if not after and re.match(r"\s*mức độ hài lòng", subject, re.I):
        return "satisfaction_rate"        # `mức độ hài lòng của cá nhân đối với dịch vụ ...`: satisfaction is the head
    cues = []
    for rx, metric in ((lx.SATISFACTION, "satisfaction_rate"), (lx.DIGITISED, "digitisation_rate")):
        pos = at(rx)
        if pos is not None:
            cues.append((pos, metric))
    pay = at(lx.PAYMENT)
    if pay is not None and re.search(r"giao dịch|hồ sơ", subject, re.I):
        cues.append((pay, "online_payment_rate"))
    dossier, procedure, service = at(lx.NOUN_DOSSIER), at(lx.NOUN_PROCEDURE), at(lx.NOUN_SERVICE)
    if (dossier is not None or resolved_status) and dossier_status:
        anchor = [p for p in (dossier, procedure) if p is not None]
        cues.append((anchor[0] if anchor else 0, dossier_status))
    elif procedure is not None or service is not None:
        pos = max(p for p in (procedure, service) if p is not None)
        if lx.NATIONAL_PORTAL.search(subject):
            cues.append((pos, "online_services_national_portal"))
        elif lx.ONLINE.search(subject) or (service is not None and procedure is None):
            grade = _service_grade(subject)
            if grade:
                cues.append((pos, grade))
        elif lx.PROC_ONE_STOP.search(subject):
            cues.append((pos, "procedures_one_stop"))
        elif lx.PROC_IN_EFFECT.search(subject):
            cues.append((pos, "procedures_in_effect"))
        elif lx.PROC_SIMPLIFIED.search(subject):
            cues.append((pos, "procedures_simplified"))
    if not cues:
        return None
    return max(cues)[1]


def _last(rx, text) -> int:
    """End of the last match of `rx` in `text`, or -1."""
    pos = -1
    for m in rx.finditer(text):
        pos = m.end()
    return pos


def _first(rx, text) -> int:
    m = rx.search(text)
    return m.start() if m else -1


def _service_grade(text: str) -> str | None:
    if lx.SERVICE_LEVEL2.search(text) and not re.search(r"mức độ\s*[34]", text, re.I):
        return None
    if lx.SERVICE_BOTH.search(text):
        return "online_services"         # `mức độ 3, mức độ 4`: both grades together
    if lx.SERVICE_PARTIAL.search(text):
        return "online_services_partial"
    if lx.SERVICE_FULL.search(text):
        return "online_services_full"
    return "online_services"


def _dossier_status(text: str, rate: bool, first: bool = False) -> str | None:
    """The status or channel named nearest the end of `text` (or its start, with `first`)."""
    def where(rx):
        if first:
            p = _first(rx, text)
            return -p if p >= 0 else None
        p = _last(rx, text)
        return p if p >= 0 else None
    cues = [(where(lx.LATE), "dossiers_late"), (where(lx.ON_TIME), "dossiers_on_time"),
            (where(lx.EARLY), "dossiers_early"), (where(lx.ONLINE), "online_dossiers"),
            (where(lx.POSTAL), "postal_dossiers"), (where(lx.DIGITISED), "digitised_dossiers")]
    if not rate:
        cues.append((where(lx.PENDING), "dossiers_pending"))
    cues = [c for c in cues if c[0] is not None]
    if not cues:
        return None
    pos, metric = max(cues)
    return _RATE_OF.get(metric) if rate else metric


def _count_metric(s, tok, near, right, clause_left, clause_right, sentence_left, so_far, ctx):
    noun = _noun_class(right) or _noun_class_left(clause_left)
    if noun is None:
        return None, None
    if noun == "dossier":
        return _dossier_count(near, right, clause_left, clause_right, sentence_left, so_far), "count"
    if noun == "procedure":
        return _procedure_count(s, tok, near, right, clause_left, clause_right, sentence_left, so_far, ctx), "count"
    if noun == "service":
        if lx.SERVICE_LEVEL2.search(right) and not re.search(r"mức độ\s*[34]", right, re.I):
            return None, None
        if lx.NATIONAL_PORTAL.search(clause_left + " " + clause_right[:80]) and lx.ONLINE.search(right + near):
            return "online_services_national_portal", "count"
        if lx.ONLINE.search(right) or re.search(r"cung cấp|trực tuyến", near, re.I):
            # `320 dịch vụ mức 3, mức 4`: the grade list runs past the comma that ends `right`
            more = re.match(r"(?:\s*(?:,|và)\s*(?:mức(?: độ)?\s*)?\d(?!\d))+", s[tok.end + len(right):])
            graded = right + (more.group() if more else "")
            return _service_grade(graded if lx.ONLINE.search(graded) else near), "count"
        services = [f for f in so_far if f.unit == "count" and f.metric.startswith("online_services")]
        if services:
            return services[-1].metric, "count"   # `124 dịch vụ công trực tuyến mức độ 3 trong đó 14 dịch vụ khối sở`
        return None, None
    if noun == "decision":
        if re.search(r"công bố", right + s[tok.end:tok.end + 60], re.I) and not lx.PROPOSED.search(near):
            return "procedure_decisions", "count"
        return None, None
    if noun == "days":
        if lx.DAYS_CUT.search(near) or re.search(r"cắt giảm|rút ngắn|giảm", clause_left[-80:], re.I):
            return "processing_days_cut", "days"
    return None, None


def _noun_class(phrase: str) -> str | None:
    m = re.match(r"\s*(?:các\s+)?(?:(hồ sơ|HS|bộ hồ sơ)|(thủ tục|TTHC|danh mục)|(dịch vụ|DVC)|(quyết định)|(ngày)(?!\s*\d))(?!\w)",
                 phrase, re.I)
    if not m:
        return None
    return ["dossier", "procedure", "service", "decision", "days"][m.lastindex - 1]


def _noun_class_left(clause_left: str) -> str | None:
    """`hồ sơ tồn kỳ trước chuyển sang là 2.171`: the noun stands before a linking `là`/`đạt`."""
    if not re.search(r"(?:là|đạt|được|gồm)\s*:?\s*$", clause_left, re.I):
        return None
    best, kind = -1, None
    for k, rx in (("dossier", lx.NOUN_DOSSIER), ("procedure", lx.NOUN_PROCEDURE), ("service", lx.NOUN_SERVICE)):
        p = _last(rx, clause_left)
        if p > best:
            best, kind = p, k
    return kind


def _dossier_count(near, right, clause_left, clause_right, sentence_left, so_far) -> str | None:
    if lx.DOSSIER_NOT_FACT.search(near) or lx.DOSSIER_NOT_FACT.search(right) or \
            lx.DOSSIER_NOT_FACT.search(clause_left[-50:]):
        return None
    if re.search(r"(?:tăng|giảm)\s*(?:thêm\s*)?$", near, re.I):
        return None                       # a change against another period
    if re.search(r"(?:trong|/)\s*tổng số\s*(?:gần|hơn|trên|khoảng)?\s*$", near, re.I):
        # `2.000 hồ sơ qua mạng trong tổng số 4.200 hồ sơ được giải quyết`: the channel is the part's; the total
        # is received or resolved as its own verb or the sentence says
        for text in (right, sentence_left[-200:]):
            action = max((_last(lx.RECEIVED, text), "dossiers_received"),
                         (_last(lx.RESOLVED, text), "dossiers_resolved"))
            if action[0] >= 0:
                return action[1]
        return None
    for text in (right, near):
        status = _dossier_status(text, rate=False)
        if status:
            return status
    scope = re.split(r"\(|,\s*trong đó", clause_right[:120])[0]
    channel = re.search(r"qua dịch vụ bưu chính|qua dịch vụ công|trực tuyến", scope, re.I)
    if channel and re.search(r"tiếp nhận|trả kết quả", near, re.I):
        return "postal_dossiers" if "bưu" in channel.group().lower() else "online_dossiers"
    for text in (near, right):
        action = max((_last(lx.RECEIVED, text), "dossiers_received"), (_last(lx.RESOLVED, text), "dossiers_resolved"))
        if action[0] >= 0:
            return action[1]
    for text in (clause_left, sentence_left[-200:]):
        status = _dossier_status(text, rate=False)
        action = max((_last(lx.RECEIVED, text), "dossiers_received"), (_last(lx.RESOLVED, text), "dossiers_resolved"))
        if status or action[0] >= 0:
            return status or action[1]
    return None


def _procedure_count(s, tok, near, right, clause_left, clause_right, sentence_left, so_far, ctx) -> str | None:
    if lx.PROPOSED.search(sentence_left[-60:]) or re.search(r"xóa bỏ|xoá bỏ|rà soát\s*$", near, re.I):
        return None
    if re.search(r"dịch vụ công trực tuyến|DVC trực tuyến|trực tuyến", right, re.I):
        return _service_grade(right)
    if ctx.online_topic and re.search(r"(?<!\w)triển khai\s*$", near, re.I):
        return "online_services"          # `Thành phố sẽ triển khai 102 thủ tục`: procedures put online
    if s[:tok.start].rstrip().endswith("("):
        # `05 đơn vị đã thực hiện dịch vụ công trực tuyến mức độ 3: Sở Tư pháp (06 TTHC), ...`: list items count
        # what the lead names
        lead = [m for m in _ONLINE_SERVICES.finditer(sentence_left)]
        if lead:
            return _service_grade(sentence_left[lead[-1].start():lead[-1].end() + 12])
    if lx.NATIONAL_PORTAL.search(right + clause_right[:60]) and re.search(r"tích hợp", near + right, re.I):
        return "online_services_national_portal"
    raised = re.search(r"nâng (?:tổng )?số\b([^.;]*)\blên\s*$", near, re.I)
    if raised:                            # `nâng tổng số thủ tục ... của Sở lên 46`: the new total in place
        what = raised.group(1)
        if lx.NOUN_SERVICE.search(what) and lx.ONLINE.search(what):
            return _service_grade(what)   # `nâng số dịch vụ công trực tuyến mức độ 3 lên 9 thủ tục`
        return "procedures_one_stop" if lx.PROC_ONE_STOP.search(what) else "procedures_in_effect"
    ordered = [(lx.PROC_ABOLISHED, "procedures_abolished"), (lx.PROC_AMENDED, "procedures_amended"),
               (lx.PROC_NEW, "procedures_new"), (lx.PROC_SIMPLIFIED, "procedures_simplified"),
               (lx.PROC_ONE_STOP, "procedures_one_stop"), (lx.PROC_IN_EFFECT, "procedures_in_effect"),
               (lx.PROC_PUBLISHED, "procedures_published")]
    own_near = re.split(r"\s(?:và|cùng)\s", near)[-1]   # cues before `và` belong to the previous item
    best = max(((_last(rx, own_near), m) for rx, m in ordered), default=(-1, None))
    # the kind or state named after the noun: `05 thủ tục hành chính được sửa đổi, bổ sung`, `... mới ban hành`,
    # `1.125 thủ tục hành chính đang còn hiệu lực`; it beats cues further left, the nearest one wins, and it says
    # which kind a bare `công bố 06 TTHC mới` announces
    after = [(m.start(), metric) for rx, metric in ordered[:-1] for m in [rx.search(right)] if m]
    if best[0] >= 0 and not (best[1] == "procedures_published" and after):
        return best[1]
    if after:
        return min(after)[1]
    best = max(((_last(rx, clause_left), m) for rx, m in ordered), default=(-1, None))
    if best[0] >= 0:
        return best[1]
    if re.search(r"quyết định công bố|công bố[^.;]*$", s[:tok.start][-80:], re.I) and re.search(r"quyết định", s[:tok.start], re.I):
        return "procedures_published"
    # a breakdown (`Trong đó: 1.379 thủ tục hành chính cấp tỉnh`) repeats the last procedure figure's metric
    procedure_facts = [f for f in so_far if f.unit == "count" and f.metric.startswith(("procedures", "online_services"))]
    if procedure_facts:
        return procedure_facts[-1].metric
    if re.match(r"\s*trong đó", s, re.I) and ctx.last_procedure:
        return ctx.last_procedure
    if _BREAKDOWN.match(s) and ctx.last_count is not None:
        return ctx.last_count.metric
    return None


# --- attributes -------------------------------------------------------------------

def _attach(fact: Fact, s: str, tok: NumberToken, sent: _Sentence, ctx: _Context, mentions,
            default_province: str | None, target_mode: bool, article_id: str) -> None:
    fact.article = article_id
    fact.qualifier = _qualifier(s, tok)
    # `Sở sẽ đưa 02 thủ tục mới ... vào giải quyết`: procedures announced are decided; `sẽ` only dates their use
    future = not fact.metric.startswith("procedure") and _future(s, tok)
    fact.kind = "target" if target_mode or _target_before(s, tok) or future else "actual"
    if fact.kind == "target" and fact.qualifier == "over" and re.search(r"vượt\s+mục tiêu", s[:tok.start], re.I):
        fact.qualifier = "at_least" if re.search(r"tối thiểu|ít nhất", s[:tok.start][-20:], re.I) else "exact"
    if not fact.metric.startswith("index"):
        fact.level = _level(s, tok, ctx)
    fact.province = _province(s, tok, fact, mentions, default_province)
    _period(fact, s, tok, sent, ctx)
    if fact.kind == "actual" and _ends_well_after(fact.period_end, ctx.published) and \
            not fact.metric.endswith("_change"):
        fact.kind = "target"              # `đến năm 2020 ... đạt 50%` written in 2015: a plan, not a result


def _ends_well_after(period_end: str | None, published: date | None) -> bool:
    """A period ending two months or more after publication cannot hold results yet."""
    if not period_end or published is None:
        return False
    return (date.fromisoformat(period_end) - published).days > 60


def _qualifier(s: str, tok: NumberToken) -> str:
    before = s[max(0, tok.start - 20):tok.start]
    for name, rx in lx.QUALIFIERS:
        if rx.search(before):
            if name == "at_least" and before.rstrip().lower().endswith("từ") and not lx.AT_LEAST_TAIL.match(s[tok.end:]):
                continue
            return name
    if lx.AT_LEAST_TAIL.match(s[tok.end:]) or tok.ranged:
        return "at_least"
    return "about" if tok.scaled else "exact"


def _future(s: str, tok: NumberToken) -> bool:
    """`sẽ triển khai 102 thủ tục`, `201 dịch vụ ... để triển khai đợt 2`: what is to be done is a plan."""
    lo = _clause_bounds(s, tok.start)[0]
    return bool(lx.FUTURE_BEFORE.search(s, lo, tok.start) or lx.FUTURE_AFTER.match(s[tok.end:]))


def _target_before(s: str, tok: NumberToken) -> bool:
    m = None
    for m in lx.TARGET.finditer(s[:tok.start]):
        pass
    return m is not None


def _level(s: str, tok: NumberToken, ctx: _Context) -> str | None:
    """The tier the figure is about.

    A tier inside the figure's own noun phrase (`315 thủ tục cấp huyện`, `hồ sơ của Trung tâm`) wins; else
    the nearest tier before it in its clause, unless a whole-territory scope (`trên địa bàn tỉnh`, `toàn tỉnh`)
    stands nearer; else the tier the text is already talking about.
    """
    lo, hi = _clause_bounds(s, tok.start)
    mentions = _tier_mentions(s, lo, hi)
    own = [m for m in mentions if tok.end <= m[0] <= tok.end + 60 and not _PHRASE_BREAK.search(s, tok.end, m[0])]
    if own:
        return own[0][2]
    left = [m for m in mentions if m[1] <= tok.start]
    scopes = [m.end() for m in lx.LEVEL_RESET.finditer(s, lo, tok.start)]
    if left and not (scopes and scopes[-1] > left[-1][1]):
        i = len(left) - 1
        while i > 0 and lx.TIER_JOIN.match(s[left[i - 1][1]:left[i][0]]):
            i -= 1
        return left[i][2]
    if scopes or lx.LEVEL_RESET.search(s):
        return None
    return ctx.level or ctx.owner_level


def _tier_of(phrase: str) -> str | None:
    return next((name for name, rx in lx.LEVELS if rx.search(phrase)), None)


_PHRASE_BREAK = re.compile(r"[,;()]|\s(?:trong đó|còn lại|và)\s")


def _tier_mentions(s: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, tier) of the tier words in s[lo:hi], left to right, without counted bodies."""
    found = []
    for name, rx in lx.LEVELS:
        for m in rx.finditer(s, lo, hi):
            if not lx.COUNTED_TIER_BEFORE.search(s, max(0, m.start() - 20), m.start()):
                found.append((m.start(), m.end(), name))
    return sorted(found)


def _province(s: str, tok: NumberToken, fact: Fact, mentions, default: str | None) -> str | None:
    if lx.NATIONAL.search(s[max(0, tok.start - 80):tok.start]):
        return None
    if fact.metric.startswith("procedure") and _ministry_scope(s, tok):
        return None
    lo, hi = _clause_bounds(s, tok.start)
    near = [m for m in mentions if lo <= m.start and m.end <= hi]
    if not near:
        return default
    if not fact.metric.startswith("index"):
        # a province named in prose (`huyện X của tỉnh Y`) overrides only when it is the subject nearby
        near = [m for m in near if abs(m.start - tok.start) < 120]
        if not near:
            return default

    def dist(m):
        return tok.start - m.end if m.end <= tok.start else (m.start - tok.end) + 10
    return min(near, key=dist).code


def _ministry_scope(s: str, tok: NumberToken) -> bool:
    """The first owner named after the figure (`thuộc thẩm quyền giải quyết của Sở ...` / `... của Bộ ...`) says whose
    procedures they are; without one, a ministry's scope anywhere in the sentence covers them."""
    owner = _OWNER_AFTER.search(s, tok.end)
    if owner:
        return bool(lx.MINISTRY_SCOPE.match(s, owner.start()))
    return bool(lx.MINISTRY_SCOPE.search(s))


_OWNER_AFTER = re.compile(r"(?:thẩm quyền|chức năng|phạm vi)[^.;]{0,40}?của\s", re.IGNORECASE)


def _period(fact: Fact, s: str, tok: NumberToken, sent: _Sentence, ctx: _Context) -> None:
    from_context = False
    if fact.metric.endswith("_change"):
        comp = [p for p in sent.periods if p.comparative]
        chosen = min(comp, key=lambda p: abs(p.start - tok.end)) if comp else _year_on_year(ctx.period)
    else:
        own = [p for p in sent.periods if not p.comparative]
        # items of a target list (`mục tiêu: năm 2022, ... 40%; tối thiểu 70% ...`) do not share periods across `;`
        lo = _clause_bounds(s, tok.start)[0] if fact.kind == "target" else 0
        before = [p for p in own if lo <= p.start and p.end <= tok.start]
        # a period after the figure is its own only in the same clause with no other figure between
        # (`đạt 71%, ... 65% vào cuối năm 2022`: the year-end is the 65%'s; `...30%; Năm 2021, ...` frames what follows)
        after = [p for p in own if p.start >= tok.end and not _AFTER_PERIOD_BREAK.search(s, tok.end, p.start)]
        from_context = not before and not after
        carried = ctx.plan_period if fact.kind == "target" and ctx.plan_period else ctx.period
        chosen = before[-1] if before else (after[0] if after else carried)
    if chosen is not None:
        _set_period(fact, chosen, from_context)
        if not chosen.comparative and fact.kind == "actual":
            ctx.period = chosen               # a target's horizon is not the period of the results around it
    else:
        fact.period = ""


def _year_on_year(frame: PeriodMention | None) -> PeriodMention | None:
    """A change stated without its base (`tăng 1,01` under `năm 2023, ...`) is against the year before."""
    if frame is None or not frame.period_end:
        return None
    year = int(frame.period_end[:4])
    return PeriodMention(frame.start, frame.end, frame.text, f"{year - 1}-01-01", f"{year}-12-31", True, "compare_prev")


def _set_period(fact: Fact, period: PeriodMention, from_context: bool) -> None:
    fact.period, fact.period_start, fact.period_end = period.text, period.period_start, period.period_end
    if from_context and fact.kind == "actual" and fact.metric in _STOCK_METRICS:
        fact.period_start = None              # a stock carried from a reporting period is a state at its end


_AFTER_PERIOD_BREAK = re.compile(r"[;:]|\d")
# Counts of things in place (services offered, procedures in force or handled at one-stop shops), not of events.
_STOCK_METRICS = {"online_services", "online_services_full", "online_services_partial",
                  "online_services_national_portal", "procedures_in_effect", "procedures_one_stop"}


def _dedupe(facts: list[Fact], sentence_of: dict[int, int]) -> list[Fact]:
    """One fact per figure: restatements (title, lead, body) merge, keeping the fullest. Two equal figures of one
    sentence (`Sở Tài chính (02 TTHC), Sở Du lịch (02 TTHC)`) are two facts."""
    kept: list[Fact] = []
    for f in facts:
        for i, k in enumerate(kept):
            if f.unit == "count" and sentence_of.get(id(k)) == sentence_of.get(id(f)):
                continue                  # equal counts of a list's items; equal shares in one sentence restate
            # a ministry's procedures restated later without their scope keep the national reading
            national = k.metric.startswith("procedure") and None in (k.province, f.province)
            same = (k.metric, k.index, k.kind, k.value, k.component) == (f.metric, f.index, f.kind, f.value, f.component) \
                and (k.province == f.province or national) and (k.level == f.level or k.level is None or f.level is None)
            periods_agree = not k.period_end or not f.period_end or \
                (k.period_start, k.period_end) == (f.period_start, f.period_end)
            if same and periods_agree:
                if _fullness(f) > _fullness(k):
                    kept[i] = f
                if national:
                    kept[i].province = None
                break
        else:
            kept.append(f)
    return kept


def _fullness(f: Fact) -> int:
    return sum(v is not None and v != "" for v in (f.rank_of, f.period_end, f.period_start, f.level))
