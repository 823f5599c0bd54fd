"""Sentences -> reform facts (FACTS.md) with evidence offsets.

The extractor reads an article sentence by sentence and each figure in its
clause (`figure.Figure`): the noun after it says what is counted (dossiers,
procedures, services, decisions, days), and the rules of its family say which
metric (`index`, `dossiers`, `procedures`, `online`, dispatched by `metric`);
`attributes` then sets qualifier, kind, tier, province and period. Context that
reports carry from sentence to sentence (the period, the index being discussed,
the tier, a plan's target mode) is carried explicitly in `ArticleContext`. Every
cue is in `lexicon`; EVALUATION.md says how to add a rule.

Offsets index the text passed in; text that is not NFC is normalised for
reading and offsets are mapped back, so `text[evidence_start:evidence_end]`
is always the evidence.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from scrapers.facts import lexicon as lx
from scrapers.facts.attributes import (
    apply_reporting_windows,
    attach,
    carry_period,
    launched_for,
    periods_of,
    reporting_unit_level,
    set_period,
    tier_of,
)
from scrapers.facts.cue import search_at_end
from scrapers.facts.english.read import facts_of_article as english_facts
from scrapers.facts.figure import ArticleContext, Sentence, place_in_article, read_figures, search
from scrapers.facts.index import (
    bare_rank_row,
    first_index_named,
    first_places,
    follow_component_headings,
    follow_ministries,
    index_carried_on,
    indices_in,
    ordered_list,
)
from scrapers.facts.language import is_english
from scrapers.facts.metric import read_figure
from scrapers.facts.numbers import NumberToken, find_numbers, ordinal_ranks
from scrapers.facts.periods import reported_through
from scrapers.facts.tables import table_columns, table_row_facts
from scrapers.models import Fact
from scrapers.reference.provinces import canonical_tones

EXTRACTOR_VERSION = "facts-1.16"


class ExtractionError(Exception):
    """A fault of the extractor on one article; the load step records it and goes on with the others."""


@dataclass
class Reading:
    """What the extractor made of one article: the facts it keeps, and the
    figures it dropped as implausible with the reason for each."""

    facts: list[Fact] = field(default_factory=list)
    dropped: list[tuple[Fact, str]] = field(default_factory=list)


def read_article(text: str, *, article_id: str, published: date | None, province: str | None,
                 published_by: date | None = None) -> Reading:
    """Every reform figure stated in `text`, split into the facts kept and the
    figures no report can state (no text gives an empty reading).

    `published_by` is the latest the publication can be when only its month or year is known (`published` is then
    that span's first day, against which relative periods are resolved): a period ending before it may hold results.

    A fault while reading raises `ExtractionError` naming the article: it is never turned into "no facts",
    so a broken rule shows up in `raw.load_errors` instead of silently emptying the fact tables."""
    reading = Reading()
    if not isinstance(text, str) or not text:
        return reading
    try:
        norm, back = _normalise(text)
        for fact in _extract(norm, article_id, published, province, published_by):
            fact = _map_back(fact, text, back)
            reason = implausibility(fact)
            if reason is None:
                reading.facts.append(fact)
            else:
                reading.dropped.append((fact, reason))
    except Exception as exc:
        raise ExtractionError(f"article {article_id}: {type(exc).__name__}: {exc}") from exc
    return reading


def extract_facts(text: str, *, article_id: str, published: date | None, province: str | None,
                  published_by: date | None = None) -> list[Fact]:
    """The facts of `text` (see `read_article`; the implausible figures are left out)."""
    return read_article(text, article_id=article_id, published=published, province=province,
                        published_by=published_by).facts


# Bounds no report can exceed. A page that states `999.999.999.999%` or a rank
# past its field is wrong or hostile; its figure must not reach the warehouse,
# nor trip the blocking checks and stop every other article from publishing.
MAX_COUNT = 1e9            # dossiers, procedures, days: a year of the whole country is far below
MAX_SCORE = 1000.0         # every index scale (PCI 100, PAPI 60/80, PAR %, DDCI …) is below
MAX_RANK_OF = 1000         # provinces, ministries, districts or communes of one ranking


def implausibility(fact: Fact) -> str | None:
    """Why no report can state this figure, or None when it can."""
    value = fact.value
    if value != value or value in (float("inf"), float("-inf")):
        return "not a finite number"
    if fact.rank_of is not None and not 1 <= fact.rank_of <= MAX_RANK_OF:
        return f"a ranking of {fact.rank_of:g} is outside 1..{MAX_RANK_OF}"
    if fact.unit == "percent":
        return None if abs(value) <= 100 else f"a share of {value:g} % is over 100 %"
    if fact.unit == "rank":
        if fact.metric == "index_rank_change":
            return None if abs(value) <= MAX_RANK_OF else f"a rank change of {value:g} is over {MAX_RANK_OF}"
        field_size = fact.rank_of or MAX_RANK_OF
        return None if 1 <= value <= field_size else f"rank {value:g} is outside 1..{field_size:g}"
    if fact.unit == "score":
        return None if abs(value) <= MAX_SCORE else f"a score of {value:g} is over {MAX_SCORE:g}"
    if fact.unit == "count" and not float(value).is_integer():
        return f"a count of {value:g} is not a whole number"   # `DTI ... là 0,4595`: a score, never a count
    return None if 0 <= value <= MAX_COUNT else f"a count of {value:g} is outside 0..{MAX_COUNT:g}"


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """NFC text in one spelling (see `_one_spelling`) and, when NFC changes its length, a map from its offsets to
    the caller's."""
    if unicodedata.is_normalized("NFC", text):
        return _one_spelling(text), None
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
    return _one_spelling("".join(out)), back


def _one_spelling(nfc: str) -> str:
    """The variants Vietnamese writes both ways in one spelling, every offset kept: old-style tone placement (`hoà`
    -> `hòa`, `uỷ` -> `ủy`) and `tỉ lệ` -> `tỷ lệ`, so that one cue reads both. Evidence is cut from the caller's
    text, never from this one."""
    out = canonical_tones(nfc)
    for variant, spelling in lx.SPELLING_VARIANTS:
        out = out.replace(variant, spelling)
    if len(out) != len(nfc):
        raise ValueError("a spelling variant changed the length of the text")   # offsets would no longer map
    return out


def _map_back(fact: Fact, original: str, back: list[int] | None) -> Fact:
    """Offsets into the caller's text, and the evidence and its sentence cut from it (never from the normalised
    text the rules read)."""
    if back is not None:
        fact.evidence_start, fact.evidence_end = back[fact.evidence_start], back[fact.evidence_end]
        fact.sentence_start, fact.sentence_end = back[fact.sentence_start], back[fact.sentence_end]
    fact.evidence = original[fact.evidence_start:fact.evidence_end]
    fact.evidence_sentence = original[fact.sentence_start:fact.sentence_end]
    return fact


def _sentences(text: str) -> list[Sentence]:
    """Sentences of the readable part (teasers under `Các tin khác` are cut off)."""
    cut = len(text)
    pos = 0
    long_lines = []                       # lengths of the readable part's lines of 50 characters or more
    lines = 0                             # ... and how many lines hold anything
    for line in text.split("\n"):
        if lx.TEASER_HEADINGS.match(line):
            cut = pos
            break
        pos += len(line) + 1
        lines += bool(line.strip())
        if len(line) >= 50:
            long_lines.append(len(line))
    wrapped = len(long_lines) >= WRAPPED_LINES_MIN and max(long_lines) <= WRAP_WIDTH_MAX and \
        len(long_lines) >= WRAPPED_SHARE_MIN * lines
    sentences: list[Sentence] = []
    pos, new_para = 0, True
    pending_start = None
    for m in list(lx.SENTENCE_END.finditer(text, 0, cut)) + [None]:
        stop = m is not None and m.group("gap") is not None   # a full stop and the space after it, not a line break
        end = (m.start("gap") if stop else m.start()) if m else cut
        chunk = text[pos:end]
        if pending_start is None:
            pending_start = pos
        if stop and (search_at_end(lx.ABBREV_END, chunk) or lx.LIST_NUMBER_CHUNK.match(chunk) or
                     lx.BROKEN_DECIMAL_AT_STOP.match(text, m.start()) and search_at_end(lx.DECIMAL_WHOLE_END, chunk)):
            pos = m.end()
            continue                      # `TP. Hải Phòng`, `88.` over `99%`: not a sentence end
        if m is not None and not stop and _line_goes_on(text, m.start(), wrapped):
            pos = m.end()
            continue                      # `hồ sơ trực tuyến\ntrên địa bàn`: a line wrapped inside a sentence
        s = pending_start
        body = text[s:end]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            text_of = body.strip().replace("\n", " ")    # a line wrapped inside it reads as the space it stands for
            lowered = text_of.lower()
            sentences.append(Sentence(s + lead, text_of, new_para,
                                      lower=lowered if len(lowered) == len(text_of) else None))
            new_para = False
        if m is None:
            break
        if "\n" in m.group():
            new_para = True
        pending_start = None
        pos = m.end()
    return sentences


# Text copied from a page wrapped at a fixed width (English editions at 80 columns): its lines are all about that
# long, while a news page's paragraphs run to hundreds of characters on one line.
WRAP_WIDTH_MAX = 100       # the longest line of a wrapped text
WRAPPED_LINES_MIN = 5      # lines of 50 characters or more a text needs to be judged wrapped
WRAPPED_SHARE_MIN = 0.4    # ... and their share of its lines (a table's rows are many short lines)
TABLE_HEADING_MAX = 80     # the longest line read as a table's heading


def _line_goes_on(text: str, at: int, wrapped: bool) -> bool:
    """The line break at `at` is inside a sentence (text copied from a document, a PDF or a page wrapped at a width):
    the line before ends in a word or a figure, not a stop, and the next goes on in lower case (or with the figure of
    the verb the line ends on: `tăng` over `0,16 điểm`), or, in a text wrapped at a width, in any case unless it
    opens a paragraph or a list item (`district-level\nPeople's Committee`)."""
    before = text[at - 1] if at > 0 else "."
    if not (before.isalnum() or before in ",%)"):
        return False
    if wrapped:
        return not lx.LINE_NOT_WRAPPED.match(text, at + 1)
    if at + 1 >= len(text):
        return False
    nxt = text[at + 1]
    return nxt.islower() or nxt.isdigit() and bool(lx.FIGURE_VERB_AT_LINE_END.search(text, max(0, at - 8), at))


def _extract(text: str, article_id: str, published: date | None, province: str | None,
             published_by: date | None) -> list[Fact]:
    ctx = ArticleContext(article_id=article_id, default_province=province, year=published.year if published else None,
                         published_by=published_by)
    sentences = _sentences(text)
    if province is None and sentences:
        # a national paper or an aggregator, of no province of its own, reports the province its title names alone
        # (`Điện Biên: Năm 2023 chỉ số PCI của tỉnh tăng 31 bậc`), as a provincial outlet reports its own
        ctx.default_province = sentences[0].sole_province
    if is_english(text):                  # English pages of Vietnamese outlets: the English reader (`facts.english`)
        ctx.published = published
        facts, sentence_of = english_facts(sentences, text, ctx)
        return _dedupe(facts, sentence_of, set())
    # a ranking article may name its index only late (`... trong bảng xếp hạng PCI 2017`): until a sentence names
    # one, figures are read as the first reform index the article names
    ctx.index = first_index_named(text)
    edition = lx.INDEX_EDITION.search(text) if ctx.index else None
    ctx.index_year = int(edition.group(1)) if edition else None
    published = reported_through(text, published)
    ctx.published = published
    facts: list[Fact] = []
    sentence_of: dict[int, int] = {}         # id(fact) -> its sentence: figures of one sentence are never restatements
    paragraph_target = False
    for n_sent, sent in enumerate(sentences):
        header = None
        if sent.paragraph_start:
            follow_component_headings(sent, ctx)
            caption = sentences[n_sent - 1] if n_sent else None   # the line before a table's header
            header = table_columns(sent.text, caption.text if caption else "")
            if header:
                ctx.table_columns = header
                # its rows name no province: they are the one its caption names alone (`Bảng 1: Kết quả xếp hạng PCI
                # tỉnh Cà Mau giai đoạn 2018 - 2024`)
                ctx.table_holder = caption.sole_province if caption else None
            paragraph_target = ctx.target_list and bool(lx.LIST_ITEM_START.match(sent.text))
            if not paragraph_target:
                ctx.target_list = False
        # (a table's line without figures, `I Các sở, ban, ngành tỉnh`, is read as one of its lines; its header's
        # figures, `Năm 2022 2021`, name its columns)
        readable = not header and (
            lx.HAS_DIGIT.search(sent.text) or ctx.table_columns or search(lx.RANK_FIRST, sent) or
            ordinal_ranks(sent.text) or (ctx.last_rank is not None and lx.ORDER_NEXT.search(sent.text)) or
            search(lx.TOP_PLACES_NAMED_BEFORE, sent))   # `Các tỉnh xếp sau đó là A, B`, `A, B lần lượt là các ...`
        worded_frame = not readable and search(lx.WORDED_FRAME, sent)
        sent.periods = periods_of(sent.text, published, ctx.year) if readable or worded_frame else []
        year_before = ctx.year
        for p in sent.periods:
            if not p.comparative and p.period_start and p.period_end and p.period_start[:4] == p.period_end[:4] and \
                    not launched_for(sent, p):
                ctx.year = int(p.period_start[:4])
        if ctx.year != year_before:
            # re-resolve relative phrases against the year the text is about
            sent.periods = periods_of(sent.text, published, ctx.year)
        apply_reporting_windows(sent, ctx)
        if sent.text.endswith(":") and lx.RANKING_CAPTION.search(sent.text):   # a caption ends with its colon
            ctx.numbered_ranks = True         # `Top 3 tỉnh dẫn đầu PCI 2023:` over `1. Quảng Ninh ...`
        elif ctx.numbered_ranks:              # ... and goes on over its column heads and rows
            ctx.numbered_ranks = bool(lx.NUMBERED_ITEM.match(sent.text) or _table_heading(sent.text) or
                                      bare_rank_row(sent) is not None)
        elif _table_heading(sent.text) and lx.RANKING_CAPTION.search(sent.text + ":"):
            ctx.numbered_ranks = True         # or is a heading in capitals: `XẾP HẠNG` over `1 TP. Đà Nẵng`
        lower = sent.lower if sent.lower is not None else sent.text.lower()
        target_here = search(lx.TARGET, sent) if any(w in lower for w in lx.TARGET_WORDS) else None
        if target_here and ":" in sent.text[target_here.end():] and \
                not lx.RESULT_AFTER_QUOTA.search(sent.text, target_here.end()):   # (`...: kết quả ... đạt`: results)
            paragraph_target = True
            if sent.text.rstrip().endswith(":"):
                ctx.target_list = True
        owner = lx.PLAN_OWNER.search(sent.text) if "của" in lower and any(w in lower for w in lx.PLAN_WORDS) else None
        if owner:
            ctx.owner_level = tier_of(owner.group("body"))
        starts = [p.period_start for p in sent.periods if p.kind == "since_day" and not p.comparative]
        if starts:
            ctx.since = starts[-1]
        stages = [p for p in sent.periods if p.kind == "stage" and not p.comparative]
        if stages:
            ctx.plan_period = stages[-1]      # a plan's stage (`giai đoạn 2021-2025`) frames the targets that follow
        if readable:
            breaks_down = ctx.last_count is not None and ctx.last_count.kind == "target" and \
                lx.BREAKDOWN.match(sent.text)
            sent.target_mode = paragraph_target or bool(breaks_down)
            new = _facts_of_sentence(sent, text, ctx)
            ctx.online_topic = ctx.online_topic or bool(search(lx.ONLINE_SERVICES, sent))
        else:
            new = []
            ctx.online_topic = ctx.online_topic or bool(search(lx.ONLINE_SERVICES, sent))
            named = indices_in(sent.text)     # the index under discussion carries into later sentences
            ctx.index = named[-1][1] if named else ctx.index
        levels = {f.level for f in new}
        if new:
            ctx.level = levels.pop() if len(levels) == 1 else None
        elif search(lx.LEVEL_RESET, sent):
            ctx.level = None
        facts.extend(new)
        sentence_of.update((id(f), n_sent) for f in new)
        carry_period(sent, ctx, target_here or paragraph_target)
        ctx.follow_counts(new)
        ctx.follow_index_facts(new)
        follow_ministries(sent, ctx)
        if ctx.first_frame is None and ctx.period is not None:
            ctx.first_frame = ctx.period
    inferred: set[int] = set()                # facts whose period is only the article's first frame
    if ctx.first_frame is not None:
        for f in facts:
            if not f.period and f.kind == "actual" and not f.metric.endswith("_change"):
                set_period(f, ctx.first_frame, from_context=True)
                if not f.metric.startswith("index"):   # an index's year is its own, never a report's frame
                    inferred.add(id(f))
    if sentences and not search(lx.LEVEL_RESET, sentences[0]):
        _title_takes_the_body_tier(facts, sentence_of)
    kept = _dedupe(facts, sentence_of, inferred)
    unit_level = reporting_unit_level(sentences)
    for f in kept:                        # a district's or commune's own report: its figures without a tier are its
        if f.level is None and unit_level and not f.metric.startswith("index"):
            f.level = unit_level
    return kept


def _title_takes_the_body_tier(facts: list[Fact], sentence_of: dict[int, int]) -> None:
    """A title that names no tier and no whole territory (`Giải quyết được hơn 57.000 hồ sơ`) is about the body's
    subject: its figures take the tier of the body's first figure (`Trung tâm ... tiếp nhận`, `toàn huyện`)."""
    body = [f for f in facts if sentence_of.get(id(f), 0) > 0 and not f.metric.startswith("index")]
    if not body or body[0].level is None:
        return
    for f in facts:
        if sentence_of.get(id(f)) == 0 and f.level is None and not f.metric.startswith("index"):
            f.level = body[0].level


def _facts_of_sentence(sent: Sentence, text: str, ctx: ArticleContext) -> list[Fact]:
    s = sent.text
    if ctx.table_columns:
        rows = table_row_facts(sent, ctx, ctx.table_columns)
        if rows is not None:
            place_in_article(rows, sent, text)
            return rows
        ctx.table_columns = None          # the table has ended
    sent.indices = indices_in(s)
    if sent.indices and not any(code for _, code in sent.indices):
        ctx.index = None
        return []
    if sent.indices:
        ctx.index = index_carried_on(sent)
    elif lx.ECONOMIC_TOPIC.search(s) and not lx.REFORM_MATTER.search(s):
        # `Thu hút FDI dẫn đầu cả nước`: the index discussed before is left; not by `xếp thứ 5 về cải cách hành
        # chính là chìa khoá để thu hút đầu tư`, where investment is what the reform leads to
        ctx.index = None
    period_spans = [(p.start, p.end) for p in sent.periods]
    criteria = lx.CRITERIA.search(s) if "tiêu chí" in (sent.lower or s.lower()) else None
    criteria_end = criteria.end() if criteria else len(s) + 1
    tokens = [t for t in find_numbers(s) if not _is_noise(s, t, period_spans, criteria_end)]
    out = read_figures(sent, tokens, ctx, read_figure, attach)
    out.extend(first_places(sent, ctx))
    out.extend(ordered_list(sent, ctx, out))
    place_in_article(out, sent, text)
    return out


def _table_heading(text: str) -> bool:
    """`XẾP HẠNG`, `CHÍNH QUYỀN SỐ`: a short line in capitals without figures, a table's caption or column head."""
    return len(text) <= TABLE_HEADING_MAX and text.upper() == text and any(c.isalpha() for c in text) and \
        not any(c.isdigit() for c in text)


def _is_noise(s: str, tok: NumberToken, period_spans, criteria_end: int) -> bool:
    """Figures that are part of a period, a document number, a grade or a label, a weekday, a year or a phone."""
    if any(ps <= tok.start < pe for ps, pe in period_spans):
        return True
    if criteria_end <= tok.start:
        return True                       # `khen thưởng tập thể đạt một trong các tiêu chí: 100% ...`: thresholds
    before, after = s[max(0, tok.start - 30):tok.start], s[tok.end:tok.end + 20]
    if lx.NOISE_AFTER.match(after):
        return True
    if before.endswith("(") and lx.ENUMERATOR_AFTER.match(after) and lx.ENUMERATOR_BEFORE.search(before):
        return True                       # `; (2) Tỷ lệ doanh nghiệp`: an item's number
    if before.rstrip().lower().endswith(lx.LABEL_ENDINGS):     # else none of the label cues can match
        if lx.DOC_NUMBER_BEFORE.search(before) or lx.LABEL_BEFORE.search(before) or lx.READERS_BEFORE.search(before):
            return True
        if lx.WEEKDAY_DATE_AFTER.match(after) and lx.WEEKDAY_BEFORE.search(before):
            return True                   # a weekday: `Thứ 3, 01/11/2022` (the date after is the rarer, cheaper test)
    raw = s[tok.start:tok.end]
    if lx.YEAR_LIKE.fullmatch(raw):
        return True
    return bool(lx.PHONE.fullmatch(raw))


def _dedupe(facts: list[Fact], sentence_of: dict[int, int], inferred: set[int]) -> list[Fact]:
    """One fact per figure: restatements (title, lead, body) merge, keeping the fullest. Two equal figures of one
    sentence (`Sở Tài chính (02 TTHC), Sở Du lịch (02 TTHC)`) are two facts. A period inferred from the article's
    first frame (a title's) never keeps a restatement apart, and the stated one is kept."""
    kept: list[Fact] = []
    kept_of_figure: dict[tuple, list[int]] = {}   # (metric, index, kind, value, part) -> places in `kept`
    for f in facts:
        figure = (f.metric, f.index, f.kind, f.value, _part_key(f.component))
        candidates = kept_of_figure.setdefault(figure, [])   # only a fact stating the same figure can be restated
        for i in candidates:
            k = kept[i]
            if f.unit == "count" and sentence_of.get(id(k)) == sentence_of.get(id(f)):
                continue                  # equal counts of a list's items; equal shares in one sentence restate
            # a ministry's procedures restated later without their scope keep the national reading
            national = k.metric.startswith("procedure") and None in (k.province, f.province)
            same = (k.province == f.province or national or _fine_score(f)) and \
                (k.level == f.level or k.level is None or f.level is None)
            periods_agree = not k.period_end or not f.period_end or id(k) in inferred or id(f) in inferred or \
                (k.period_start, k.period_end) == (f.period_start, f.period_end) or _distinctive(f)
            if same and periods_agree:
                if (id(k) in inferred and id(f) not in inferred) or _fullness(f) > _fullness(k):
                    if k.level and not f.level:
                        f.level = k.level
                    kept[i] = f
                if national:
                    kept[i].province = None
                break
        else:
            candidates.append(len(kept))
            kept.append(f)
    return kept


def _part_key(component: str | None) -> str | None:
    """A part's name as restatements share it: `Time costs` and `the time cost with` name one part."""
    return component and component.casefold().removesuffix("s")


def _distinctive(f: Fact) -> bool:
    """A count like 5.830 restated in a later paragraph is the same figure even when that paragraph frames it with
    another date: two different counts of one metric hardly share four non-round digits."""
    return (f.unit == "count" and f.value >= 1000 and f.value % 100 != 0) or _fine_score(f)


def _fine_score(f: Fact) -> bool:
    """A score written to three or four decimals (`0,5064 điểm`) restated is the same figure, even where a later
    paragraph's `địa phương này` is read as another province."""
    return f.unit == "score" and len(f"{f.value:g}".partition(".")[2]) >= 3


def _fullness(f: Fact) -> int:
    return sum(v is not None and v != "" for v in (f.rank_of, f.period_end, f.period_start, f.level))
