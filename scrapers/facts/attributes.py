"""Attributes of a fact once its metric is known: qualifier, kind (result or target), tier (`level`),
province and period."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from scrapers.facts import lexicon as lx
from scrapers.facts.figure import (
    ArticleContext,
    Figure,
    Sentence,
    aside_around,
    finditer,
    last_match,
    open_aside,
    search,
)
from scrapers.facts.periods import PeriodMention, find_periods
from scrapers.models import ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION, Fact

# named periods a report may pin to cut-off dates (`quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023)`)
WINDOW_KINDS = {"months_of_year", "months_first", "quarter", "month", "year"}
# periods that give only an end: with a start stated before (`từ 02/6/2017`) they close a running total
RUNNING_TOTAL_KINDS = {"as_of_month", "as_of_dmy"}
# Counts of things in place (services offered, procedures in force or handled at one-stop shops), not of events.
STOCK_METRICS = {"online_services", "online_services_full", "online_services_partial",
                 "online_services_national_portal", "procedures_in_effect", "procedures_one_stop"}
# Periods that set the time frame of what follows (`Năm 2023, ...` before a paragraph of results).
# Document dates (`ngày 12/5/2023` of a decision), `hiện nay`, retrospectives (`Từ năm 2012 đến nay`)
# and comparison bases do not.
FRAME_KINDS = {"year", "year_label", "months_of_year", "months_first", "quarter", "month", "month_recent", "range_dmy",
               "year_to_date", "as_of_dmy", "as_of_dm"}


def attach(fact: Fact, fig: Figure) -> None:
    """Set every attribute of `fact`, the reading of `fig`."""
    s, tok, ctx = fig.s, fig.token, fig.ctx
    fact.article = ctx.article_id
    fact.qualifier = qualifier(s, tok)
    # `Sở sẽ đưa 02 thủ tục mới ... vào giải quyết`: procedures announced are decided; `sẽ` only dates their use
    future = not fact.metric.startswith("procedure") and _future(fig)
    # (`... bảo đảm cắt giảm ít nhất 20% TTHC; hoàn thành trước ngày 01 tháng 11 năm 2024`: a task with a deadline)
    planned = fig.sentence.target_mode or _target_before(fig) or future or \
        search(lx.DEADLINE_AFTER, fig.sentence, tok.end) is not None or _set(fig, fact)
    fact.kind = "target" if planned else "actual"
    if fact.kind == "target" and fact.qualifier == "over" and lx.BEYOND_TARGET.search(s[:tok.start]):
        fact.qualifier = "at_least" if lx.AT_LEAST_WORD.search(s[:tok.start][-20:]) else "exact"
    if not fact.metric.startswith("index"):
        fact.level = level(fig)
    elif fact.unit != "rank":             # a rank is a province's: districts' and bodies' ranks are no facts
        fact.level = index_holder_tier(fig) or ctx.bodies_tier
    fact.province = _province(fig, fact)
    _period(fact, fig)
    if fact.kind == "actual" and _ends_well_after(fact.period_end, ctx.published_by or ctx.published) and \
            not fact.metric.endswith("_change") and not fact.metric.startswith("index") and \
            not _done_this_year(fig, fact) and not _stage_under_way(fact, ctx.published):
        fact.kind = "target"              # `đến năm 2020 ... đạt 50%` written in 2015: a plan, not a result


def _stage_under_way(fact: Fact, published: date | None) -> bool:
    """`Giai đoạn 2021-2025, Chủ tịch UBND tỉnh ban hành 331 quyết định` written in 2025: the figures of a stage
    begun more than a year before are its results so far (a plan for it is told by its words, `phấn đấu`)."""
    return published is not None and fact.period_start is not None and \
        (published - date.fromisoformat(fact.period_start)).days > STAGE_UNDER_WAY_DAYS


def _done_this_year(fig: Figure, fact: Fact) -> bool:
    """`năm 2021 ... đã thực hiện ...; ban hành 11 quyết định` written in August 2021: the running year's work done
    (not when a period comes between: `năm 2023 đã bãi bỏ 01 TTHC, năm 2025 ... đề xuất bãi bỏ 07 TTHC`)."""
    published = fig.ctx.published
    if published is None or fact.period_start is None or fact.period_start[:4] != str(published.year):
        return False
    done = last_match(lx.DONE_BEFORE, fig.s, 0, fig.start)
    return done is not None and not any(done.end() <= p.start < fig.start for p in fig.sentence.periods)


STAGE_UNDER_WAY_DAYS = 365


def _ends_well_after(period_end: str | None, published: date | None) -> bool:
    """A period ending this long after publication cannot hold results yet: a
    target. The raw facts check allows actual figures up to the same day."""
    if not period_end or published is None:
        return False
    return (date.fromisoformat(period_end) - published).days > ACTUAL_PERIOD_MAX_DAYS_AFTER_PUBLICATION


# --- qualifier and kind -------------------------------------------------------------

def qualifier(s: str, tok) -> str:
    before = s[max(0, tok.start - 20):tok.start]
    ending = before.rstrip().lower()
    for name, rx in lx.QUALIFIERS if ending.endswith(lx.QUALIFIER_ENDINGS) else ():
        if rx.search(before):
            from_alone = ending.endswith("từ")   # `từ X` is a minimum only with `trở lên`
            if name == "at_least" and from_alone and not lx.AT_LEAST_TAIL.match(s[tok.end:]):
                continue
            return name
    if lx.AT_LEAST_TAIL.match(s[tok.end:]) or tok.ranged:
        return "at_least"
    return "about" if tok.scaled else "exact"


def _future(fig: Figure) -> bool:
    """`sẽ triển khai 102 thủ tục`, `201 dịch vụ ... để triển khai đợt 2`: what is to be done is a plan."""
    s, tok = fig.s, fig.token
    return bool(search(lx.FUTURE_BEFORE, fig.sentence, fig.clause[0], tok.start) or lx.FUTURE_AFTER.match(s[tok.end:]))


def _target_before(fig: Figure) -> bool:
    """A plan's word before the figure in its sentence, unless a result is told after it (`... 50%: kết quả ... đạt`); a
    target met (`đạt và vượt chỉ tiêu`) only in its clause."""
    if search(lx.TARGET, fig.sentence, 0, fig.start) is None:
        return False
    for m in finditer(lx.TARGET, fig.sentence, 0, fig.start):
        if lx.RESULT_AFTER_QUOTA.search(fig.s, m.end(), fig.start):
            continue                      # `chỉ tiêu ... được quy định 50%: kết quả ... đạt 50,2%`: the result
        if lx.PURPOSE_BEFORE.search(fig.s, max(0, m.start() - 20), m.start()) and \
                lx.DONE_AFTER_A_PAUSE.search(fig.s, m.end(), fig.start):
            continue                      # `hướng đến mục tiêu ..., Bộ đã bãi bỏ 14 TTHC`: a deed, and its purpose
        if m.start() >= fig.clause[0] or not lx.TARGET_MET_BEFORE.search(fig.s[max(0, m.start() - 25):m.start()]):
            return True
    return False


def _set(fig: Figure, fact: Fact) -> bool:
    """A figure floored (`tối thiểu 80%`) or bound by a duty (`phải tiếp nhận`, `nhằm bảo đảm`, `... phải được
    trả`) is set for the future, not measured."""
    s, tok = fig.s, fig.token
    if fact.qualifier == "at_least" and lx.FLOOR_BEFORE.search(s[max(0, tok.start - 20):tok.start]):
        return True
    lower = fig.sentence.lower or s.lower()
    if "phải" in lower and lx.DUTY_AFTER.match(s[tok.end:tok.end + 80]):
        return True
    if fig.sentence.duty_end == -1:       # the sentence's first duty, read once for all its figures
        duty = search(lx.DUTY_BEFORE, fig.sentence)
        fig.sentence.duty_end = duty.end() if duty else None
    return fig.sentence.duty_end is not None and fig.sentence.duty_end <= tok.start


# --- tier ------------------------------------------------------------------------------

def level(fig: Figure) -> str | None:
    """The tier the figure is about.

    A tier inside the figure's own noun phrase (`315 thủ tục cấp huyện`, `hồ sơ của Trung tâm`) wins; else
    the nearest tier before it in its clause, unless a whole-territory scope (`trên địa bàn tỉnh`, `toàn tỉnh`)
    stands nearer; else the tier the text is already talking about.
    """
    s, tok, ctx = fig.s, fig.token, fig.ctx
    lo, hi = fig.clause
    if fig.sentence.tiers is None:
        fig.sentence.tiers = _tier_mentions(s, 0, len(s))
    mentions = [m for m in fig.sentence.tiers if lo <= m[0] and m[1] <= hi]
    own = [m for m in mentions if tok.end <= m[0] <= tok.end + 60 and not lx.PHRASE_BREAK.search(s, tok.end, m[0])]
    if own:
        return own[0][2]
    left = [m for m in mentions if m[1] <= tok.start]
    # a scope right after a tier (`91 xã, phường, thị trấn trên địa bàn tỉnh`) places that tier, it resets nothing
    scopes = [m.end() for m in finditer(lx.LEVEL_RESET, fig.sentence, lo, tok.start)
              if not any(0 <= m.start() - end <= 1 for _, end, _ in mentions)]
    if left and not (scopes and scopes[-1] > left[-1][1]):
        i = len(left) - 1
        while i > 0 and lx.TIER_JOIN.match(s[left[i - 1][1]:left[i][0]]):
            i -= 1
        return left[i][2]
    if scopes:
        return None
    # a clause without a tier of its own continues the sentence's (`91 xã ... tiếp nhận ...; đã giải quyết ...`)
    earlier = [f for f in fig.so_far if not f.metric.startswith("index")]
    if earlier:
        return earlier[-1].level
    if search(lx.LEVEL_RESET, fig.sentence):
        return None
    return ctx.level or ctx.owner_level


def index_holder_tier(fig: Figure) -> str | None:
    """The tier of the body an index figure is held by, when a district, a commune or a department named just
    before the figure in its clause holds it, or the bodies of a group its clause names lead; None (the province's or
    the country's) otherwise."""
    named_after = lx.HOLDER_IN_PARENS_AFTER.match(fig.s, fig.end)
    if named_after:                       # `98,63 điểm (Sở Công thương)`: the holder named in parentheses after it
        return next(tier for tier in ("district", "commune", "department") if named_after.group(tier))
    # `Dẫn đầu khối sở là Thanh tra tỉnh với 96,86%`, `Cục Thuế dẫn đầu khối cơ quan ngành dọc với 93,4%`: the leader
    # of a group of the province's bodies, when no body named before the figure holds it
    group = last_match(lx.GROUP_OF_BODIES, fig.s, fig.clause[0], fig.start)
    group_tier = group.lastgroup if group else None
    lo = max(fig.clause[0], fig.start - 70)
    body = last_match(lx.INDEX_HOLDER_BODY, fig.s, lo, fig.start)
    if body is None or lx.NOT_THE_HOLDER_BETWEEN.search(fig.s, body.end(), fig.start) or \
            lx.SOURCE_BEFORE.search(fig.s, max(0, body.start() - 8), body.start()):
        return group_tier
    if any(body.start() <= m.end and m.start < fig.start and not _in_the_name_of(body, m, fig.s)
           for m in fig.sentence.provinces):
        return group_tier                 # `thành phố Hồ Chí Minh` (a province named as a city), or a province
                                          # named between the body and the figure holds it
    return body.lastgroup


def _in_the_name_of(body, mention, s: str) -> bool:
    """The province ends a department's name (`Cục Hải quan Quảng Ninh với 77,81 điểm`, `Sở Tài chính Khánh Hòa`):
    the department holds the figure, not the province (`Ban Chỉ đạo CCHC của Chính phủ, Tuyên Quang đạt`: the
    province's)."""
    return body.lastgroup == "department" and body.end() <= mention.start <= body.end() + DEPARTMENT_NAME_MAX and \
        lx.NAME_WORDS.fullmatch(s, body.end(), mention.start) is not None


DEPARTMENT_NAME_MAX = 40    # characters from a department's opening word to the province that ends its name


def reporting_unit_level(sentences: list) -> str | None:
    """`district` or `commune` when the title or the lead names a district, a town or a commune first (`UBND huyện
    Đại Lộc vừa tổng kết ...`, `TX.Tân Uyên`, `TP Mỹ Tho`): the article is that unit's report. A province, its
    centre or `toàn tỉnh` named first (also `TP Hòa Bình`, a city named after its province) makes it the province's."""
    lead = [sent for sent in sentences if len(sent.text.split()) >= 5][:3]    # past menus and bylines
    for sent in lead:
        unit = lx.REPORTING_UNIT.search(sent.text)
        if unit is None:
            continue
        if unit.group("city"):
            if any(m.start <= unit.end("city") < m.end for m in sent.provinces):
                return None
            return "district"
        return None if unit.group("province") else ("district" if unit.group("district") else "commune")
    return None


def tier_of(phrase: str) -> str | None:
    return next((name for name, rx in lx.LEVELS if rx.search(phrase)), None)


def _tier_mentions(s: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, tier) of the tier words in s[lo:hi], left to right, without counted bodies."""
    found = []
    for name, rx in lx.LEVELS:
        for m in rx.finditer(s, lo, hi):
            if not lx.COUNTED_TIER_BEFORE.search(s, max(0, m.start() - 20), m.start()):
                found.append((m.start(), m.end(), name))
    found.sort(key=lambda m: (m[0], -m[1]))
    # a tier inside a longer one (`cấp tỉnh` in `các sở, ban ngành cấp tỉnh`) is part of it
    return [m for i, m in enumerate(found) if not any(o[0] <= m[0] and m[1] <= o[1] for o in found[:i])]


# --- province --------------------------------------------------------------------------

def _province(fig: Figure, fact: Fact) -> str | None:
    s, tok, default = fig.s, fig.token, fig.ctx.default_province
    if fig.province:
        return fig.province
    lo, hi = fig.clause
    ranked = fact.metric in ("index_rank", "index_rank_change")     # a rank is always a province's
    national = None if ranked else search(lx.NATIONAL, fig.sentence, max(lo, tok.start - 80), tok.start)
    if national and aside_around(s, national.start(), tok.start) is None:
        return None                       # a country-wide figure, said so in its clause (not in a parenthesis closed
                                          # before it: `đạt 6,60 điểm (trung bình của cả nước 6,75), giảm 0,25 điểm`)
    subject = search(lx.NATIONAL_SUBJECT, fig.sentence, max(lo, tok.start - 80), tok.start)
    if subject and aside_around(s, subject.start(), tok.start) is None and \
            not any(lo <= m.start < tok.start for m in fig.sentence.provinces):
        return None
    if fact.metric.startswith("procedure") and _ministry_scope(s, tok):
        return None
    near = [m for m in fig.sentence.provinces if lo <= m.start and m.end <= hi]
    if any(m.start >= tok.start for m in near):
        behind = search(lx.BEHIND, fig.sentence, tok.end, hi)   # `vị trí số 2, sau Hải Phòng`: ahead, not the holder
        # `đạt 90,09%, cao hơn 5,45% so với đơn vị đứng ở vị trí thứ hai là thành phố Hà Nội`: compared with
        compared = search(lx.COMPARED_WITH_A_PLACE, fig.sentence, tok.end, hi)
        # (a name before the figure in its own phrase: `, với tổng điểm đạt 45,35, Phú Thọ vươn lên` names none)
        phrase_start = max(lo, s.rfind(",", lo, tok.start))
        named_before = any(phrase_start <= m.start < tok.start for m in near)
        near = [m for m in near if m.start < tok.start or not (search(lx.CONTRAST, fig.sentence, tok.end, m.start) or
                                                              (behind and m.start > behind.start()) or
                                                              (compared and m.start > compared.start()) or
                                                              _holds_a_later_figure(fig, m) or
                                                              _in_a_parenthesis_after(s, tok.end, m.start) or
                                                              (named_before and
                                                               lx.NEXT_ITEM_BETWEEN.fullmatch(s, tok.end, m.start)))]
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


def _in_a_parenthesis_after(s: str, end: int, pos: int) -> bool:
    """`xếp thứ 8/61 tỉnh (có 2 tỉnh Bắc Ninh, Bắc Giang không đưa vào đánh giá)`: a name in a parenthesis opened
    after the figure's phrase remarks on it, and holds nothing (one opened right after it names the holder:
    `59,58 (Cao Bằng)`)."""
    opened = s.rfind("(", end, pos)
    return opened >= 0 and ")" not in s[opened:pos] and not lx.UNIT_ONLY.fullmatch(s, end, opened)


def _in_an_aside_with_a_value(fig: Figure, pos: int) -> bool:
    """`pos` lies in a parenthesis closed before the figure that holds a value of its own (`(6th in 2018)`, `(85,2%
    năm 2022)`); a dated window in parentheses (`tháng 10 (từ 21/9 đến 20/10)`) holds none."""
    aside = aside_around(fig.s, pos, fig.start)
    return aside is not None and lx.VALUE_IN_ASIDE.search(fig.s, *aside) is not None


def _dating_the_item_of(fig: Figure, period: PeriodMention) -> bool:
    """The period stands alone in a parenthesis that dates the value right before it, in the figure's own item
    (`4th position with 66.70 points (in 2017)`, `xếp thứ 4 với 66,70 điểm (năm 2017)`): it dates the figure too."""
    aside = _dating_aside(fig, period, len(fig.s))
    return aside is not None and lx.ITEM_OF_A_VALUE.fullmatch(fig.s, fig.end, aside[0]) is not None


def _dating_aside(fig: Figure, period: PeriodMention, end: int) -> tuple[int, int] | None:
    """The parenthesis closed before `end` that holds nothing but the period, right after a figure and its unit: it
    dates that figure, not the figures after it (`60,65 điểm (năm 2016) lên 66,70 điểm (năm 2017)`, `15th position
    with 60.65 points (in 2016) to 4th position`)."""
    aside = aside_around(fig.s, period.start, end)
    if aside is None or fig.s[period.end:aside[1]].strip() or \
            lx.VALUE_RIGHT_BEFORE.search(fig.s, max(0, aside[0] - 20), aside[0]) is None:
        return None
    return aside


def _holds_a_later_figure(fig: Figure, mention) -> bool:
    """`đạt 4,60 điểm (tỉnh đạt cao nhất 5,81 điểm thuộc về Hà Tĩnh)`: a name after `thuộc về` holds the figure
    before it, not an earlier one."""
    return fig.next_start is not None and fig.next_start < mention.start and \
        lx.HELD_BY_BEFORE.search(fig.s, max(0, mention.start - 12), mention.start) is not None


def _ministry_scope(s: str, tok) -> bool:
    """The first owner named after the figure (`thuộc thẩm quyền giải quyết của Sở ...` / `... của Bộ ...`) says whose
    procedures they are; without one, a ministry's scope anywhere in the sentence covers them."""
    owner = lx.OWNER_AFTER.search(s, tok.end)
    if owner:
        return bool(lx.MINISTRY_SCOPE.match(s, owner.start()))
    return bool(lx.MINISTRY_SCOPE.search(s))


# --- period ------------------------------------------------------------------------------

def periods_of(s: str, published: date | None, year: int | None) -> list[PeriodMention]:
    """Periods of a sentence, without the dates of the documents it cites: those date a paper, not a figure."""
    return [p for p in find_periods(s, published, year)
            if not lx.DOCUMENT_NUMBER_BEFORE.search(s, max(0, p.start - 60), p.start)]


def apply_reporting_windows(sent: Sentence, ctx: ArticleContext) -> None:
    """`6 tháng đầu năm 2021 (từ ngày 15/12/2020 đến ngày 15/6/2021)`: a named period given its cut-off dates means
    those dates, here and wherever the article names it again (`Trong 6 tháng đầu năm, ...`)."""
    periods = sent.periods
    for named, dated in zip(periods, periods[1:], strict=False):
        if named.kind in WINDOW_KINDS and dated.kind == "range_dmy" and named.period_start \
                and lx.WINDOW_OPEN.fullmatch(sent.text, named.end, dated.start):
            ctx.windows[(named.period_start, named.period_end)] = dated
    if ctx.windows:
        sent.periods = [_in_window(p, ctx.windows) for p in periods]


def _in_window(period: PeriodMention, windows: dict) -> PeriodMention:
    window = windows.get((period.period_start, period.period_end)) if period.kind in WINDOW_KINDS else None
    return replace(period, period_start=window.period_start, period_end=window.period_end) if window else period


def launched_for(sent: Sentence, p: PeriodMention) -> bool:
    """`tổng kết ... năm 2022 và phát động phong trào thi đua năm 2023`: the period a plan is launched for, which
    frames no result."""
    return search(lx.PLAN_YEAR_BEFORE, sent, max(0, p.start - 60), p.start) is not None


def carry_period(sent: Sentence, ctx: ArticleContext, is_target) -> None:
    """A reported period stated in a sentence frames the following sentences until another is stated."""
    if is_target:
        return
    frames = [p for p in sent.periods if p.kind in FRAME_KINDS and not p.comparative and p.period_end
              and not lx.ANOTHER_VALUE_AFTER.match(sent.text, p.end)    # `(năm 2021 là 6,88)` frames nothing
              and not lx.HORIZON_BEFORE.search(sent.text, max(0, p.start - 20), p.start)    # nor `tầm nhìn đến`
              and not launched_for(sent, p)
              and not (p.kind == "year" and open_aside(sent.text, p.start) >= 0)]
    # (nor a year labelling an item in an aside: `(gồm 1.246 hồ sơ chuyển tiếp năm 2018 và 364 hồ sơ nộp mới năm 2019)`;
    # a reporting window in one frames: `(từ ngày 11/5 đến 17/5)`)
    if frames:
        ctx.period = frames[-1]


def _period(fact: Fact, fig: Figure) -> None:
    s, tok, sent, ctx = fig.s, fig.token, fig.sentence, fig.ctx
    from_context = False
    if fact.metric.endswith("_change"):
        comp = [p for p in sent.periods if p.comparative]
        chosen = min(comp, key=lambda p: abs(p.start - tok.end)) if comp else _year_on_year(ctx.period)
        if chosen is not None and chosen.period_start and fact.metric.startswith("index") and ctx.index_year \
                and chosen.kind == "compare_year" and int(chosen.period_start[:4]) < ctx.index_year:
            # `tăng 29 bậc so với năm 2021` in a report of the 2022 edition runs to the end of 2022
            chosen = PeriodMention(chosen.start, chosen.end, chosen.text, chosen.period_start,
                                   f"{ctx.index_year}-12-31", True, chosen.kind)
    else:
        own = [p for p in sent.periods if not p.comparative]
        # items of a target list (`mục tiêu: năm 2022, ... 40%; tối thiểu 70% ...`) do not share periods across `;`
        lo = fig.clause[0] if fact.kind == "target" else 0
        # `(năm 2021 là 6,88 điểm), tiếp cận đất đai đạt 7,62`: a period with its own value before is not ours
        # (nor one in an aside with its own value: `Binh Duong (6th in 2018) ... dropped to the 13th`)
        before = [p for p in own if lo <= p.start and p.end <= tok.start
                  and not ((m := lx.ANOTHER_VALUE_AFTER.match(s, p.end)) and m.end() <= tok.start)
                  and not _in_an_aside_with_a_value(fig, p.start) and _dating_aside(fig, p, tok.start) is None]
        # a period after the figure is its own only in the same clause with no other figure between
        # (`đạt 71%, ... 65% vào cuối năm 2022`: the year-end is the 65%'s; `...30%; Năm 2021, ...` frames what follows)
        # `đạt 7,37 điểm (năm 2021 là 6,88 điểm)`: a period that introduces another value is that value's
        after = [p for p in own if p.start >= tok.end and not lx.AFTER_PERIOD_BREAK.search(s, tok.end, p.start)
                 and not lx.ANOTHER_VALUE_AFTER.match(s, p.end)] or \
            [p for p in own if p.start >= tok.end and _dating_the_item_of(fig, p)][:1]
        from_context = not before and not after
        carried = ctx.plan_period if fact.kind == "target" and ctx.plan_period else ctx.period
        chosen = before[-1] if before else (after[0] if after else carried)
        if chosen is not None and chosen.period_start is None and chosen.kind in RUNNING_TOTAL_KINDS \
                and ctx.since and chosen.period_end and ctx.since < chosen.period_end \
                and fact.metric not in STOCK_METRICS:
            # `hoạt động từ 02/6/2017 ... đến hết tháng 4/2018 đã tiếp nhận ...`: a running total since that day
            chosen = PeriodMention(chosen.start, chosen.end, chosen.text, ctx.since, chosen.period_end, False,
                                   chosen.kind)
        comparisons = [p for p in sent.periods if p.kind == "compare_year" and p.period_end]
        if chosen is None and fact.metric.startswith("index") and comparisons and fig.year is None:
            fig.year = int(comparisons[0].period_start[:4]) + 1   # `đạt 86,57%, tăng 1 bậc so với năm 2020`: of 2021
        edition = lx.INDEX_EDITION.search(s) if fact.metric.startswith("index") and not before and not after \
            and fig.year is None and not fig.year_before else None
        if edition:
            fig.year = int(edition.group(1))  # `(PAR Index 2024) với 96,17 điểm`: the edition the sentence names
        elif fact.metric.startswith("index") and ctx.index_year and fig.year is None and not fig.year_before \
                and (chosen is None or chosen.kind not in ("year", "year_label")):
            fig.year = ctx.index_year         # an index figure is of the edition the article reports
    if fig.year is not None:
        chosen, from_context = _year_period(fig.year, chosen), False
    elif fig.year_before and chosen is not None and chosen.period_end:
        chosen, from_context = _year_period(int(chosen.period_end[:4]) - 1, chosen), False
    elif fig.year_before and fact.metric.startswith("index") and ctx.index_year:
        chosen, from_context = _year_period(ctx.index_year - 1, chosen), False   # the year before the edition's
    if chosen is not None:
        set_period(fact, chosen, from_context)
        if not chosen.comparative and fact.kind == "actual" and fig.year is None and not fig.year_before \
                and not lx.ANOTHER_VALUE_AFTER.match(s, chosen.end) and not _labels_an_item(fig, chosen):
            ctx.period = chosen               # a target's horizon is not the period of the results around it
    else:
        fact.period = ""


def _labels_an_item(fig: Figure, period: PeriodMention) -> bool:
    """`(gồm 378 hồ sơ năm 2018 và 78 hồ sơ năm 2019)`: a year after the figure in an aside labels its item and frames
    nothing after it (as `carry_period` reads such years)."""
    return period.kind == "year" and period.start >= fig.end and open_aside(fig.s, period.start) >= 0


def _year_period(year: int, near: PeriodMention | None) -> PeriodMention:
    """The calendar year `year`, for a value a rule dates itself (a prior-year value, the X of a pair)."""
    start, end = (near.start, near.end) if near else (0, 0)
    return PeriodMention(start, end, f"năm {year}", f"{year}-01-01", f"{year}-12-31", False, "year")


def _year_on_year(frame: PeriodMention | None) -> PeriodMention | None:
    """A change stated without its base (`tăng 1,01` under `năm 2023, ...`) is against the year before."""
    if frame is None or not frame.period_end:
        return None
    year = int(frame.period_end[:4])
    return PeriodMention(frame.start, frame.end, frame.text, f"{year - 1}-01-01", f"{year}-12-31", True, "compare_prev")


def set_period(fact: Fact, period: PeriodMention, from_context: bool) -> None:
    fact.period, fact.period_start, fact.period_end = period.text, period.period_start, period.period_end
    if from_context and fact.kind == "actual" and fact.metric in STOCK_METRICS:
        fact.period_start = None              # a stock carried from a reporting period is a state at its end
