"""Which metric a figure states: the rules of each family (index, dossiers, procedures, online services)
are asked in turn, by the noun after the figure or, for a share, by the rate it names."""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.dossiers import (
    RATE_OF,
    counts_of_a_rate,
    dossier_count,
    dossier_status,
    names_an_outcome,
    share_of_a_part,
)
from scrapers.facts.figure import Figure, first, last, last_match, search
from scrapers.facts.index import read_index_figure
from scrapers.facts.numbers import is_share_of
from scrapers.facts.online import service_count, service_grade, services_in_place, services_over_all
from scrapers.facts.procedures import (
    days_cut,
    decision_count,
    handled_at_a_centre,
    procedure_count,
    procedures_made_public,
    procedures_simplified,
)
from scrapers.models import Fact


def read_figure(fig: Figure) -> Fact | None:
    """The fact a figure states, without its attributes; None when it states none."""
    if fig.token.percent and ("=" in fig.near or lx.FORMULA_AFTER.match(fig.right)):
        return None                      # `Tỉ lệ đúng hạn = 100% - Tỉ lệ trễ hạn`: a formula's term
    if fig.s[:fig.start].rstrip().endswith("/"):
        return None                      # `31,59/ 38,5 điểm tối đa`: the scale of the figure before, spaced
    if fig.token.percent and lx.SHARE_OF_THE_MAXIMUM_AFTER.match(fig.s, fig.end):
        return None                      # `mới đạt 70,1% điểm tối đa`: a part's share of its maximum points
    if fig.token.percent and (lx.SHARE_OF_A_STATUS_TOTAL_AFTER.match(fig.right) or
                              lx.SHARE_OF_A_CAUSE_AFTER.match(fig.right)):
        return None                      # `chiếm 79,37% trong tổng số hồ sơ trễ hạn`, `61% ... là do ...`: a share
                                         # of the late ones or of a cause
    if lx.UNNAMED_EXTREME_BEFORE.search(fig.near) and \
            not any(fig.left_start <= m.start < fig.start for m in fig.sentence.provinces) and \
            not lx.HOLDER_IN_PARENS_AFTER.match(fig.s, fig.end):
        return None                      # `tỉnh cao nhất là 94,07%`: the best place, unnamed, is no place's figure
    if fig.previous is not None and fig.previous_fact is None and \
            lx.CHANGE_IN_PARENS_AFTER_A_FIGURE.fullmatch(fig.s, fig.previous.end, fig.start) and \
            lx.UNNAMED_EXTREME_BEFORE.search(fig.s, max(0, fig.previous.start - 60), fig.previous.start):
        return None                      # `điểm cao nhất là 47.88 điểm (giảm 0.179 điểm ...)`: that place's change
    index_fact = read_index_figure(fig)
    if index_fact:
        return index_fact
    tok, right = fig.token, fig.right
    if tok.ranged and (lx.RANGE_FROM_BEFORE.search(fig.near) or lx.SPAN_BEFORE.search(fig.near)):
        return None                      # `từ 97-99%`, `khoảng 0,8 - 2%`: a span, no fact of its own
    if (lx.SPAN_BEFORE.search(fig.near) and lx.SPAN_DASH_AFTER.match(fig.s, tok.end)) or \
            (fig.previous is not None and lx.DASH_ALONE.fullmatch(fig.near) and
             lx.SPAN_BEFORE.search(fig.s, max(0, fig.previous.start - 20), fig.previous.start)):
        return None                      # `trong khoảng 75,03% - 90,61%`: the ends of a span
    if tok.percent and _shares_spanned(fig):
        return None                      # `tỷ lệ cắt giảm từ 5% đến 83%`, `tới 55 đến 57 %`: the ends of a span
    if tok.denominator is not None:
        part = counts_of_a_rate(fig)
        if part:
            return fig.fact(part, tok.value, "count")
    if tok.denominator is not None and (services := services_over_all(fig)):
        return fig.fact(services, tok.value, "count")
    if tok.denominator is not None and not _counted_part(fig.near, right, fig.clause_right) and \
            (noun_after(right) or _noun_before(fig.clause_left)) not in ("dossier", "days") and \
            not _listed_item(fig) and not _item_of_a_procedures_breakdown(fig):
        return None                      # ratios such as 690/763 dịch vụ (with dossiers) or 46/147 thủ tục (reviewed);
                                         # `đã giải quyết 4.561/5.650 hồ sơ`: the part is the dossier count (and
                                         # `tổng thời gian cắt giảm: 666/2.227 ngày` the days cut)
    if tok.percent and lx.PEOPLE_SATISFIED.match(fig.s, tok.end):
        # `95% công dân, tổ chức hài lòng`: the share of people satisfied
        return fig.fact("satisfaction_rate", tok.value, "percent")
    if lx.NOUN_OTHER.match(right) or (right.startswith(" bộ") and lx.MINISTRIES_AFTER.match(fig.s, tok.end)):
        return None
    if not tok.percent and (lx.PER_DAY.search(fig.clause_left[-60:] + right) or lx.PER_DAY.search(fig.s, 0, 30)):
        return None                      # `trung bình mỗi ngày, có khoảng 120 nghìn hồ sơ`: a rate per day; `Bình
                                         # quân mỗi năm, Sở ... tiếp nhận hơn 150.000 hồ sơ`: the sentence's frame
    previous = fig.previous_fact
    if tok.percent and previous is not None and previous.metric == "processing_days_cut" and \
            fig.start - fig.previous.end <= DAYS_SHARE_REACH:
        return None                      # `tổng thời gian cắt giảm 41/135 ngày, tỷ lệ cắt giảm 30%`: the share of
                                         # the time cut, no metric's
    if tok.percent and previous is not None and previous.unit == "percent" and \
            lx.COMPARED_VALUE_BEFORE.search(fig.near) and not lx.BASE_AFTER.match(fig.right):
        # `85,48% ... hài lòng, cao hơn mức 84,45% của năm 2019`: the same rate, of the other year
        other = [p for p in fig.sentence.periods if 0 <= p.start - tok.end <= 12 and p.period_start]
        if other:
            fig.year = int(other[0].period_start[:4])
        return fig.fact(previous.metric, tok.value, "percent", index=previous.index, component=previous.component)
    if tok.percent and previous is not None and previous.metric.startswith("online_services") and \
            previous.unit == "count" and fig.previous is not None and fig.previous.denominator and \
            lx.SHARE_OF_A_RATIO_BEFORE.fullmatch(fig.near) and \
            abs(100 * fig.previous.value / fig.previous.denominator - tok.value) < 1 and \
            lx.SERVICES_OVER_ALL_BEFORE.search(fig.s, fig.clause[0], fig.previous.start):
        # `... trên tổng số lượng dịch vụ công là 731/1777 thủ tục, đạt 41%`: the services' share of all services (a
        # share of services deployed, `81/96 dịch vụ, đạt 84,4%`, is a plan's)
        return fig.fact(previous.metric, tok.value, "percent")
    if tok.percent:
        metric = _percent_metric(fig)
        fig.ctx.last_percent_metric = metric
        if metric:
            fig.ctx.last_rate = metric
        if metric == "satisfaction_rate" and fig.ctx.index == "SIPAS" and \
                any(fig.clause[0] <= m.start < tok.start for m in fig.sentence.provinces):
            # `Quảng Ninh nhận được mức độ hài lòng ... cao nhất với 90,61%` in a SIPAS report: its SIPAS score
            return fig.fact("index_score", tok.value, "percent", index="SIPAS")
        return fig.fact(metric, tok.value, "percent") if metric else None
    metric, unit = _count_metric(fig)
    return fig.fact(metric, tok.value, unit) if metric else None


def _item_of_a_procedures_breakdown(fig: Figure) -> bool:
    """`477/1.822 TTHC được cắt giảm ... Trong đó, cấp tỉnh 330/1.449 TTHC, đạt 22,7%`: a ratio of procedures that
    breaks down the count of procedures before it (in its sentence, or one opening with `Trong đó`) counts what that
    count counts."""
    if noun_after(fig.right) != "procedure":
        return False
    return any(f.unit == "count" and f.metric.startswith("procedures") for f in fig.so_far) or \
        bool(lx.IN_WHICH.match(fig.s) and fig.ctx.last_procedure)


def _counted_part(near: str, right: str, clause_right: str) -> bool:
    """`đã triển khai 81/96 dịch vụ công trực tuyến`, `44/44 thủ tục ... được công bố công khai`, `477/1.822 thủ tục
    ... được thực hiện cắt giảm 30% thời gian`: the part is a count of services in place or procedures made public
    or simplified (or taken by a one-stop centre, named in the clause after them); other ratios (reviewed, with
    dossiers) are not facts."""
    noun = noun_after(right)
    if noun == "service":
        return services_in_place(near)
    # (`Trung tâm Hành chính công tỉnh giải quyết 1.287/1.503 thủ tục hành chính`: the centre named before them)
    # (`tổng số thủ tục được cắt giảm thời gian giải quyết là 26/157 thủ tục`: the cut named before the link)
    return noun == "procedure" and (procedures_made_public(right) or procedures_simplified(clause_right) or
                                    handled_at_a_centre(clause_right) or
                                    bool(lx.ONE_STOP_BODY_RECEIVES_BEFORE.search(near)) or
                                    bool(lx.LINK_BEFORE.search(near) and lx.PROC_SIMPLIFIED.search(near)))


# --- shares ----------------------------------------------------------------------------

# counts a share of which is a share of a part named before them (`... và tổng số hồ sơ là Y, chiếm Z%`)
TOTALS = ("dossiers_received", "dossiers_resolved")


def _shares_spanned(fig: Figure) -> bool:
    """The share ends a span after a bare figure (`tới 55 đến 57 % thời gian`; after `từ` that is a pair, `tăng từ 85
    đến 90%`), or is either end of `từ X% đến Y%` with no move before `từ`."""
    s, tok, previous = fig.s, fig.token, fig.previous
    joined = previous is not None and lx.SPAN_TO_AFTER.fullmatch(s, previous.end, tok.start)
    from_before = joined and lx.RANGE_FROM_BEFORE.search(s, max(0, previous.start - 12), previous.start)
    if joined and not previous.percent:
        return not from_before
    if lx.RANGE_FROM_BEFORE.search(fig.near) and lx.SPAN_OF_SHARES_AFTER.match(s, tok.end):
        start = tok.start
    elif joined and from_before:
        start = previous.start
    else:
        return False
    before_from = s[max(0, start - 20):start].rstrip()
    return not lx.MOVE_BEFORE_FROM.search(before_from[:-2] if before_from.endswith("từ") else before_from)


def _percent_metric(fig: Figure) -> str | None:
    s, tok, near, prev_tok, prev_fact = fig.s, fig.token, fig.near, fig.previous, fig.previous_fact
    if lx.RATE_CHANGE_BEFORE.search(near[-25:]) or lx.RATIO_TO_ANOTHER_BEFORE.search(near):
        return None                       # a change of a rate, not the rate
    if lx.SHARE_OF_TIME_AFTER.match(fig.right):
        return None                       # `mức giảm bình quân 55,15% thời gian giải quyết`: a share of time
    if lx.DIRECT_SHARE_BEFORE.search(near):
        return None                       # `hồ sơ trực tiếp chiếm 40,4%`: the share handed in in person
    if share_of_a_part(fig) or search(lx.NO_REFORM_SHARE, fig.sentence, fig.clause[0], fig.start):
        return None                       # (`khai thác Cơ sở dữ liệu quốc gia về dân cư ... đạt 91,4%`: data used;
                                          # `các dịch vụ công chưa đủ điều kiện lên mức 4 ... đạt 42,24%`)
    if lx.PENDING.search(near.rpartition(")")[2]):
        # `số hồ sơ tồn đọng 0,17%`: open dossiers have no rate in the vocabulary (an aside is no subject: `Tỷ lệ hồ sơ
        # giải quyết đúng hạn (bao gồm hồ sơ đã giải quyết và đang giải quyết) đạt 99,88%`)
        return None
    if lx.RATE_THRESHOLD_BEFORE.search(near) or (lx.THRESHOLD_WORD.search(near) and
                                                  lx.BODIES_COUNTED.search(fig.clause_left[-80:])):
        return None                       # a threshold: `cơ quan có tỷ lệ ... trên 65%`, `8 cơ quan đạt ... trên 50%`
    between = s[prev_tok.end:tok.start] if prev_tok is not None else ""
    if prev_tok is not None and lx.SHARE_OF_PREVIOUS.fullmatch(between) \
            and (prev_fact is None or prev_fact.unit == "count"):
        # `148.761 hồ sơ, đạt 98%`, `12 hồ sơ (chiếm 0,29%)`: the share of the figure before
        if lx.STATUS_NAMED_AFTER.match(fig.right):
            return dossier_status(fig.right, rate=True, first_cue=True)   # (`..., đạt tỷ lệ 97% hồ sơ đúng hạn`)
        if prev_tok.denominator is not None:
            # `81/96 dịch vụ, đạt 84,4%` restates the ratio: a share of a plan; after a rate the clause names (`tỷ lệ
            # số hóa thành phần hồ sơ là 1.939/1.940 hồ sơ, đạt 99,95%`) it is that rate
            # (points on a scale, `17,94/18 điểm, đạt tỷ lệ 99,66%`, are an index's, read by its rules)
            rate = last_match(lx.RATE_WORD, s, fig.clause[0], prev_tok.start)
            if rate is None and prev_fact is not None and \
                    ("dossiers" in prev_fact.metric or prev_fact.metric.startswith("procedures")) and \
                    prev_fact.metric in RATE_OF and is_share_of(prev_tok.value, prev_tok.denominator, tok.value):
                return RATE_OF[prev_fact.metric]   # `3.946/2.463.339 hồ sơ quá hạn (chiếm 0,16%)`: the late share;
                                                   # `cấp tỉnh 330/1.449 TTHC, đạt 22,7%`: the share simplified
            if rate is None or lx.POINTS.match(s[prev_tok.end:]):
                return None
            return _classify_percent(s[rate.start():prev_tok.start], after=False)
        if prev_fact is not None and prev_fact.metric not in RATE_OF:
            if prev_fact.metric not in TOTALS:
                return None               # `đang giải quyết 214 hồ sơ, chiếm 9,48%`: pending dossiers have no rate
            # `X hồ sơ trực tuyến ... và tổng số hồ sơ ... là Y, chiếm Z%`: the share of the part before the total
            parts = [f for f in fig.so_far if f.unit == "count" and f.metric in RATE_OF]
            return RATE_OF[parts[-1].metric] if parts else None
        if prev_fact is not None:
            return RATE_OF.get(prev_fact.metric)
        if not lx.NOUN_PROCEDURE.match(fig.right.lstrip()):
            return None
        # (a share of procedures after a figure that states nothing, `cắt giảm 30% thời gian giải quyết, đạt 26,1% TTHC
        # đã công bố`, is read by what it names)
    named = [m.code for m in fig.sentence.provinces if 0 <= tok.start - m.end <= 3]
    if named and lx.NAMED_SHARE_BEFORE.search(fig.sentence_left):
        # `vượt Đà Nẵng (58,89%), Hà Giang (55,76%)`: names compared on the rate the text reports, or on the rate
        # the sentence names after the list (`Đà Nẵng (67%), Hòa Bình (86,5%) ... dẫn đầu về tỷ lệ hồ sơ trực tuyến`)
        rate = fig.ctx.last_rate or _rate_named_after(fig)
        if rate:
            fig.province = named[0]
            return rate
    if lx.SAME_RATE.match(s):
        return fig.ctx.last_percent_metric
    if " so với" in fig.right[:9] and lx.DOSSIER_BASE_AFTER.match(fig.right) and lx.ONLINE.search(fig.clause_left):
        return "online_dossier_rate"      # `... dịch vụ công trực tuyến ... đạt 80% so với tổng hồ sơ`
    if lx.DIGITISING_BEFORE.search(near) and lx.DIGITISED_PAPERS_AFTER.match(fig.right):
        return "digitisation_rate"
    procedures_after = bool(lx.NOUN_PROCEDURE.match(fig.right.lstrip()))
    provided = lx.SERVICES_PROVIDED_FOR_BEFORE.search(near) if procedures_after else None
    if provided:
        return service_grade(provided.group())
    if procedures_after and lx.PROCEDURES_PROCESSED_ONLINE_AFTER.match(fig.s, fig.end):
        return "online_dossier_rate"      # `Hơn 98% thủ tục hành chính về cấp ... được xử lý trực tuyến`
    offered = lx.PROCEDURES_OFFERED_ONLINE_AFTER.match(fig.s, fig.end) if procedures_after else None
    if offered:
        return service_grade(offered.group())
    if procedures_after and lx.SIMPLIFYING_BEFORE.search(near):
        return "procedures_simplified"
    of_all = procedures_after and lx.SHARE_OF_ALL_PROCEDURES.match(fig.right) and lx.REACHING_BEFORE.search(near)
    counted = [f for f in fig.so_far if f.unit == "count" and f.metric.startswith("procedures") and
               f.metric in RATE_OF] if of_all else []
    if counted:
        return RATE_OF[counted[-1].metric]   # `465/1.790 TTHC được cắt giảm 30% thời gian, đạt 26,0% TTHC đã công bố`:
                                             # the count's share of all the procedures
    if lx.RATE_NOUN_AFTER.match(fig.right):
        if "hợp" in near[-20:] and lx.INTEGRATING_BEFORE.search(near[-20:]) and \
                lx.PORTAL_NAMED_AFTER.match(fig.clause_right) and lx.NOUN_SERVICE.search(fig.right):
            return "online_services_national_portal"   # `tích hợp 100% dịch vụ công trực tuyến lên Cổng ... quốc gia`
        metric = _classify_percent(fig.clause_right[:160], after=True)
        if metric is None and lx.STATUS_RIGHT_BEFORE.search(near):
            return dossier_status(near, rate=True)   # `trả kết quả đúng hạn 100% hồ sơ hành chính`
        return metric
    if lx.RATE_OTHER_NOUN_AFTER.match(fig.right):
        return None
    if lx.STATUS_OF_DOSSIERS_AFTER.match(fig.right) and any(f.metric in TOTALS for f in fig.so_far):
        return dossier_status(fig.right, rate=True, first_cue=True)   # `... 1.753 hồ sơ, 100% giải quyết trước hạn`
    clause_left = fig.clause_left
    rate_at = [m.start() for m in lx.RATE_WORD.finditer(clause_left)]
    for start in reversed(rate_at):
        metric = _classify_percent(clause_left[start:], after=False)
        if metric:
            return metric
    if not rate_at:
        metric = _classify_percent(clause_left[-120:], after=False)
        if metric:
            return metric
    if not fig.so_far and lx.RATE_BY_TIER_OPENS.match(s) and fig.ctx.last_percent_metric:
        return fig.ctx.last_percent_metric   # `Trong đó: cấp tỉnh đạt 63,8%`: the rate before, by tier
    if not fig.so_far and lx.UNITS_BY_RATE_OPENS.match(s) and fig.ctx.last_rate:
        return fig.ctx.last_rate          # `Các đơn vị có tỷ lệ ... đạt cao là: Xuân Định đạt 64,2%`: by unit
    earlier = [f for f in fig.so_far if f.unit == "percent" and not f.metric.startswith("index")]
    if earlier:
        return earlier[-1].metric       # `...đạt 99,74%; tại UBND cấp huyện đạt 99,33%`
    if lx.RATE_OR_SATISFACTION.search(fig.sentence_left):
        return _classify_percent(fig.sentence_left[-200:], after=False)
    return None


def _rate_named_after(fig: Figure) -> str | None:
    """The rate a sentence names after a list of shares (`... là 5 tỉnh dẫn đầu về tỷ lệ hồ sơ trực tuyến`)."""
    named = lx.RATE_WORD.search(fig.s, fig.end)
    return _classify_percent(fig.s[named.start():named.start() + 160], after=True) if named else None


def _classify_percent(subject: str, after: bool) -> str | None:
    """The rate named in `subject`: its first cue when the subject follows the figure, else its last."""
    if lx.SERVICES_WITH_DOSSIERS.search(subject):
        return None
    def at(rx):
        ms = [m.start() for m in rx.finditer(subject)]
        if not ms:
            return None
        return -ms[0] if after else ms[-1]
    status = dossier_status(subject, rate=True, first_cue=after)
    paid = lx.PAYMENT.search(subject)
    if status == "online_dossier_rate" and paid and paid.start() <= first(lx.ONLINE, subject) < paid.end():
        status = None                     # `97,7% hồ sơ có thu phí, lệ phí được thanh toán trực tuyến`: paid online
    resolved_status = status in ("dossiers_on_time_rate", "dossiers_early_rate", "dossiers_late_rate")
    if not after and lx.SATISFACTION_HEAD.match(subject):
        return "satisfaction_rate"        # `mức độ hài lòng của cá nhân đối với dịch vụ ...`: satisfaction is the head
    if not after and lx.PAYMENT_HEAD.match(subject):
        return "online_payment_rate"
    cues = []
    for rx, metric in ((lx.SATISFACTION, "satisfaction_rate"), (lx.DIGITISED, "digitisation_rate")):
        pos = at(rx)
        if pos is not None:
            cues.append((pos, metric))
    pay = at(lx.PAYMENT)
    if pay is not None and lx.PAYMENT_SUBJECT.search(subject):
        cues.append((pay, "online_payment_rate"))
    dossier, procedure, service = at(lx.NOUN_DOSSIER), at(lx.NOUN_PROCEDURE), at(lx.NOUN_SERVICE)
    if (dossier is not None or resolved_status) and status:
        anchor = [p for p in (dossier, procedure) if p is not None]
        cues.append((anchor[0] if anchor else 0, status))
    elif (procedure is not None or service is not None) and not _dossiers_first(subject):
        # (a share of dossiers with no status is none of services: `tỷ lệ xử lý hồ sơ trên Cổng Dịch vụ công`)
        pos = max(p for p in (procedure, service) if p is not None)
        if lx.NATIONAL_PORTAL.search(subject):
            cues.append((pos, "online_services_national_portal"))
        elif lx.ONLINE.search(subject) or (service is not None and procedure is None):
            grade = service_grade(subject)
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


def _dossiers_first(subject: str) -> bool:
    """Dossiers are the head of a share's subject: named before any procedure or service."""
    dossier = first(lx.NOUN_DOSSIER, subject)
    return dossier >= 0 and all(p < 0 or dossier < p for p in (first(lx.NOUN_PROCEDURE, subject),
                                                                first(lx.NOUN_SERVICE, subject)))


DAYS_SHARE_REACH = 40      # characters from a days cut to the share of time it is

# --- counts ------------------------------------------------------------------------------

def _count_metric(fig: Figure) -> tuple[str | None, str | None]:
    noun = noun_after(fig.right) or _noun_before(fig.clause_left) or _head_ending_at(fig) or _part_of_dossiers(fig)
    if noun == "dossier":
        return dossier_count(fig), "count"
    if noun == "procedure":
        return procedure_count(fig), "count"
    if noun == "service":
        metric = service_count(fig)
        return (metric, "count") if metric else (None, None)
    if noun == "decision":
        metric = decision_count(fig)
        return (metric, "count") if metric else (None, None)
    if noun == "days":
        metric = days_cut(fig)
        return (metric, "days") if metric else (None, None)
    if lx.DIGITISED_COUNT_BEFORE.search(fig.near) and lx.RESULTS_OF_PROCEDURES_AFTER.match(fig.right):
        return "digitised_dossiers", "count"   # `đã số hóa được 879 kết quả TTHC`
    metric = _listed_item(fig) or _tier_item(fig) or _graded_item(fig)
    return (metric, "count") if metric else (None, None)


def _graded_item(fig: Figure) -> str | None:
    """`807 dịch vụ; trong đó, mức độ 3 là 691, mức độ 4 là 116`: a bare figure after a grade, in a sentence that
    counted online services before it, is that grade's part; so is one before a grade (`135 dịch vụ công trực tuyến
    (05 mức độ 3; 130 mức độ 4)`)."""
    graded_after = lx.GRADE_ALONE_AFTER.match(fig.right)
    if not (lx.GRADED_SERVICES_BEFORE.search(fig.near) or graded_after):
        return None
    counted = any(f.unit == "count" and f.metric.startswith("online_services") for f in fig.so_far)
    if not counted:
        return None
    return service_grade(graded_after.group() if graded_after else fig.near)


def _part_of_dossiers(fig: Figure) -> str | None:
    """`116.000 hồ sơ, trong đó hơn 88.000 đã được giải quyết`: a bare figure after `trong đó` that names what was
    done to it after it (and not before it), or one right after a status alone (`(đúng hạn 17265/trễ hạn 1458)`),
    is a part of the dossiers counted before it."""
    counted = any(f.unit == "count" and f.metric.startswith("dossiers") for f in fig.so_far)
    if counted and lx.BREAKDOWN_IN_CLAUSE.search(fig.s, fig.previous.end, fig.start) and \
            names_an_outcome(fig.right) and not names_an_outcome(fig.near):
        return "dossier"
    if counted and lx.STATUS_ALONE_BEFORE.fullmatch(fig.near):
        return "dossier"                  # `18273 hồ sơ (đúng hạn 17265/trễ hạn 1458)`: the parts by status
    return None


def _tier_item(fig: Figure) -> str | None:
    """`1.178 dịch vụ công, trong đó cấp tỉnh 67, cấp huyện 1.111`: a bare figure after a tier alone is that tier's
    part of the count before it."""
    if fig.right.strip() or not lx.TIER_ITEM_BEFORE.match(fig.near):
        return None
    counts = [f for f in fig.so_far if f.unit == "count"]
    return counts[-1].metric if counts else None


def _listed_item(fig: Figure) -> str | None:
    """`Sở Khoa học và Công nghệ (191 DVCTT), Sở Xây dựng (160), ...`: a bare figure in parentheses after a body's
    name is the next item of the list of counts before it, in this sentence or, for a list that runs on into the
    next line (`Sở Tài chính (88), ...`), the last count of services or procedures read. So is a ratio or a figure
    with its share after it (`Sở Công Thương (2.968/3.183, tỷ lệ 93,2%); Sở Tài chính (40/48, tỷ lệ 83,3%)`)."""
    if not fig.s[:fig.start].rstrip().endswith("(") or not fig.s[fig.end:].lstrip().startswith((")", ",")):
        return None
    items = [f for f in fig.so_far if f.unit == "count" and fig.s[:f.evidence_start].rstrip().endswith("(")]
    if items:
        return items[-1].metric
    last = fig.ctx.last_count
    return last.metric if last is not None and not fig.so_far and fig.sentence.paragraph_start else None


def noun_after(phrase: str) -> str | None:
    """What the noun right after a figure counts: dossier, procedure, service, decision or days."""
    m = lx.NOUN_AFTER.match(phrase)
    return lx.NOUN_CLASSES[m.lastindex - 1] if m else None


def _head_ending_at(fig: Figure) -> str | None:
    """`..., tổng số hồ sơ giải quyết đúng và trước hạn 1.375.`: a counted head right before a figure that ends its
    clause counts it, without a linking verb."""
    if fig.right.strip(" .;,)"):
        return None
    counted = lx.COUNTED_HEAD.search(fig.near)
    return lx.NOUN_CLASSES[counted.lastindex - 1] if counted else None


def _noun_before(clause_left: str) -> str | None:
    """`hồ sơ tồn kỳ trước chuyển sang là 2.171`: the noun stands before a linking `là`/`đạt`. The head is the
    first noun counted (`số hồ sơ yêu cầu giải quyết thủ tục hành chính là 59.010`: dossiers)."""
    counted = lx.COUNTED_HEAD.search(clause_left)
    if counted and clause_left.rstrip().endswith("("):
        # `Số thủ tục hành chính nhiều nhất thuộc Sở Công Thương (88), Sở GTVT (52)`: bodies' counts of the head
        return lx.NOUN_CLASSES[counted.lastindex - 1]
    if not lx.LINK_BEFORE.search(clause_left):
        return None
    if counted:
        return lx.NOUN_CLASSES[counted.lastindex - 1]
    best, kind = -1, None
    for k, rx in (("dossier", lx.NOUN_DOSSIER), ("procedure", lx.NOUN_PROCEDURE), ("service", lx.NOUN_SERVICE)):
        p = last(rx, clause_left)
        if p > best:
            best, kind = p, k
    return kind
