"""Administrative procedures: announced, new, amended, abolished, in force, at one-stop shops, simplified;
the decisions that announce them and the processing days cut."""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.figure import Figure, last, last_match
from scrapers.facts.online import graded_phrase, service_grade

# the kind or state of procedures, most specific first; `công bố` alone (published) comes last
_KINDS = [(lx.PROC_ABOLISHED, "procedures_abolished"), (lx.PROC_AMENDED, "procedures_amended"),
          (lx.PROC_NEW, "procedures_new"), (lx.PROC_SIMPLIFIED, "procedures_simplified"),
          (lx.PROC_ONE_STOP, "procedures_one_stop"), (lx.PROC_IN_EFFECT, "procedures_in_effect"),
          (lx.PROC_PUBLISHED, "procedures_published")]


def procedure_count(fig: Figure) -> str | None:
    """The metric of a count of procedures (or of services written as procedures: `1.089 thủ tục trực tuyến`)."""
    s, near, right, clause_left, sentence_left, ctx = fig.s, fig.near, fig.right, fig.clause_left, \
        fig.sentence_left, fig.ctx
    if lx.PROPOSED.search(sentence_left[-60:]) or lx.PROC_NOT_COUNTED.search(near):
        return None
    if lx.PROC_CHANGE_BEFORE.search(near) and lx.BASE_NAMED_AFTER.match(s, fig.end):
        return None                       # `tăng thêm 117 TTHC so với năm 2017`: a change, no count
    if fig.previous is not None and fig.previous.percent and lx.TOTAL_BASE_BEFORE.search(near):
        return "procedures_in_effect"     # `chiếm 71,7% tổng số 6.287 thủ tục`: the total the share is of
    if fig.token.denominator is not None and procedures_simplified(fig.clause_right):
        return "procedures_simplified"    # `477/1.822 thủ tục hành chính (TTHC) được thực hiện cắt giảm 30% thời gian`
    if lx.ELIGIBLE_AFTER.search(right) or lx.SERVICE_LEVEL2.search(right) and not lx.SERVICE_HIGH_GRADE.search(right):
        return None                       # (`258 TTHC giải quyết ở mức độ 2`: below online public services)
    if lx.ONLINE_SERVICE_AFTER.search(right) or lx.GRADED_PROCEDURES_AFTER.match(s, fig.end):
        # the grade may follow an abbreviation in parentheses (`... trực tuyến (DVCTT) toàn trình và 143 ...`): read the
        # figure's own phrase, up to the next figure
        own_phrase = s[fig.end:fig.next_start if fig.next_start is not None else fig.clause[1]][:100]
        return service_grade(graded_phrase(fig, own_phrase))
    if ctx.online_topic and lx.DEPLOY_BEFORE.search(near):
        return "online_services"          # `Thành phố sẽ triển khai 102 thủ tục`: procedures put online
    catalogue = lx.SERVICE_CATALOGUE_BEFORE.search(clause_left[-160:])
    if catalogue:                         # `công bố danh mục dịch vụ công trực tuyến mức độ 4 ... đối với 1.231 TTHC`
        return service_grade(catalogue.group())
    if lx.SERVICES_PROVIDED_BEFORE.search(near):
        # `... đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, trong đó đã cung cấp 1.134 thủ tục`:
        # procedures provided as the online services the sentence named before
        named = _services_named_last(sentence_left)
        if named is not None:
            return service_grade(named)
    own_near = lx.ITEM_JOIN.split(near)[-1]   # cues before `và` belong to the previous item
    if lx.GRADED_SERVICES_BEFORE.search(own_near) or lx.SERVICES_WITH_BEFORE.search(near):
        # `dịch vụ công trực tuyến mức độ 3 là 1.089 thủ tục`, `... và mức độ 4 là 450 thủ tục`,
        # `cung ứng dịch vụ công trực tuyến với 2.268 thủ tục`: services counted as procedures
        return service_grade(own_near)
    services_with = lx.SERVICES_WITH_BEFORE.search(fig.clause_left[-70:])
    if services_with:                     # `dịch vụ công trực tuyến mức độ 3, 4 với 23 thủ tục` (the comma cut `near`)
        return service_grade(services_with.group())
    if s[:fig.start].rstrip().endswith("("):
        # `05 đơn vị đã thực hiện dịch vụ công trực tuyến mức độ 3: Sở Tư pháp (06 TTHC), ...`: list items count
        # what the lead names
        named = _services_named_last(sentence_left)
        if named is not None:
            return service_grade(named)
        listed = [f for f in fig.so_far if f.metric.startswith("procedures")] or \
            ([ctx.last_count] if ctx.last_count is not None and ctx.last_count.metric.startswith("procedures") else [])
        if listed and not lx.NOUN_AFTER.match(right):
            return listed[-1].metric      # `Sở Công Thương (88), Sở GTVT (52)`: the bodies' shares of the last count
    clause_tail = clause_left[-120:]
    if lx.INTO_ONE_STOP_CENTRE.match(s, fig.end) or lx.ONE_STOP_BODY_RECEIVES_BEFORE.search(clause_tail) or \
            lx.ONE_STOP_CENTRE_HOLDS_BEFORE.search(clause_tail) or \
            (fig.token.denominator is not None and handled_at_a_centre(fig.clause_right)):
        return "procedures_one_stop"      # (`365 trong số 1.234 thủ tục ... được thực hiện tại Trung tâm`)
    if lx.NATIONAL_PORTAL.search(near + fig.clause_right[:80]) and lx.INTEGRATED.search(near + right):
        return "online_services_national_portal"   # (`tích hợp 1.400 TTHC lên Cổng dịch vụ công quốc gia`)
    raised = lx.RAISED_TO.search(near)
    if raised:                            # `nâng tổng số thủ tục ... của Sở lên 46`: the new total in place
        what = raised.group(1)
        if lx.NOUN_SERVICE.search(what) and lx.ONLINE.search(what):
            return service_grade(what)    # `nâng số dịch vụ công trực tuyến mức độ 3 lên 9 thủ tục`
        return "procedures_one_stop" if lx.PROC_ONE_STOP.search(what) else "procedures_in_effect"
    if lx.PROCEDURES_INVENTORIED_BEFORE.search(s, max(0, fig.left_start - 12), fig.start):
        return "procedures_in_effect"     # `đã thống kê, công bố tổng số 6.358 TTHC`
    if lx.PROCEDURES_LEFT_BEFORE.search(near) and "chưa" not in right:
        return "procedures_in_effect"     # `vẫn còn 432 thủ tục`: what is left after a cut (not `còn 5 ... chưa`)
    best = max(((last(rx, own_near), m) for rx, m in _KINDS), default=(-1, None))
    # the kind or state named after the noun: `05 thủ tục hành chính được sửa đổi, bổ sung`, `... mới ban hành`,
    # `1.125 thủ tục hành chính đang còn hiệu lực`; it beats cues further left, the nearest one wins, and it says
    # which kind a bare `công bố 06 TTHC mới` announces
    after = [(m.start(), metric) for rx, metric in _KINDS[:-1] for m in [rx.search(right)] if m]
    if best[0] >= 0 and not (best[1] == "procedures_published" and after):
        return best[1]
    if after:
        return min(after)[1]
    best = max(((last(rx, clause_left), m) for rx, m in _KINDS), default=(-1, None))
    if best[0] >= 0:
        return best[1]
    if lx.ANNOUNCED_BY_DECISION.search(sentence_left[-80:]) and lx.DECISION.search(sentence_left):
        return "procedures_published"
    # a breakdown (`Trong đó: 1.379 thủ tục hành chính cấp tỉnh`) repeats the last procedure figure's metric
    procedure_facts = [f for f in fig.so_far
                       if f.unit == "count" and f.metric.startswith(("procedures", "online_services"))]
    if procedure_facts:
        return procedure_facts[-1].metric
    if lx.IN_WHICH.match(s) and ctx.last_procedure:
        return ctx.last_procedure
    if (lx.BREAKDOWN.match(s) or lx.TIER_OPENS_SENTENCE.match(s)) and ctx.last_count is not None:
        return ctx.last_count.metric      # (`Cấp huyện có 115 TTHC ...`: the tier's part of the count before)
    return None


def _services_named_last(sentence_left: str) -> str | None:
    """The last online services named before the figure in its sentence, with the words of grade that follow them
    (`dịch vụ công trực tuyến toàn trình`), or None when none are named."""
    named = last_match(lx.ONLINE_SERVICES, sentence_left)
    return sentence_left[named.start():named.end() + 12] if named else None


def decision_count(fig: Figure) -> str | None:
    """`ban hành 12 quyết định công bố`: decisions announcing procedures."""
    if lx.PROC_PUBLISHED.search(fig.right + fig.s[fig.end:fig.end + 60]) and not lx.PROPOSED.search(fig.near):
        return "procedure_decisions"
    return None


def days_cut(fig: Figure) -> str | None:
    """`rút ngắn 120 ngày`: processing days cut."""
    if lx.PAIR_FROM_BEFORE.search(fig.near) or lx.PAIR_TO_BEFORE.search(fig.near):
        return None                       # `từ 26 ngày xuống còn 13 ngày`: the times before and after, not the cut
    if lx.DAYS_CUT.search(fig.near) or lx.DAYS_CUT_CLAUSE.search(fig.clause_left[-80:]):
        return "processing_days_cut"
    return None


def procedures_made_public(right: str) -> bool:
    """`44/44 thủ tục ... được công bố công khai`: the part of a ratio counts procedures in force."""
    return bool(lx.PROC_IN_EFFECT.search(right))


def procedures_simplified(clause_right: str) -> bool:
    """`477/1.822 thủ tục hành chính (TTHC) được thực hiện cắt giảm 30% thời gian`: the part of a ratio counts
    procedures simplified when its clause names a cut soon after it."""
    return bool(lx.PROC_SIMPLIFIED.search(clause_right, 0, SIMPLIFIED_REACH))


SIMPLIFIED_REACH = 80      # characters after a ratio of procedures within which a cut names what it counts


def handled_at_a_centre(clause_right: str) -> bool:
    """`365 trong số 1.234 thủ tục ... được thực hiện tại Trung tâm Hành chính công`: the part of a ratio counts the
    procedures a one-stop centre takes."""
    return bool(lx.HANDLED_AT_A_CENTRE_AFTER.match(clause_right))
