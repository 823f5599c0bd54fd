"""Which metric an English figure states: the index rules first, then, by the noun after the figure (or the head
before it, or the count it breaks down), the rules of the dossier, procedure and online-service families; a share by
the rate it names."""
from __future__ import annotations

from scrapers.facts.dossiers import RATE_OF, counts_of_a_rate
from scrapers.facts.english import lexicon as en
from scrapers.facts.english.dossiers import dossier_count, dossier_status, part_of_whole
from scrapers.facts.english.index import read_index_figure
from scrapers.facts.english.numbers import is_ordinal, parse_english
from scrapers.facts.english.online import on_the_national_portal, service_count, service_grade
from scrapers.facts.english.procedures import decision_count, part_of_procedures, procedure_count
from scrapers.facts.figure import Figure, last_match
from scrapers.facts.index import index_of
from scrapers.models import Fact

# the noun class of each metric family, for a part that names no noun (`including 2,387 online`)
_CLASS_OF_FAMILY = (("procedures", "procedure"), ("online_services", "service"), ("dossiers", "dossier"),
                    ("online_dossiers", "dossier"), ("postal_dossiers", "dossier"), ("digitised", "dossier"))


PART_OF_WHOLE_MIN = 100                   # a whole of dossiers this large is no scale of points (`9.5/10`, `18/20`)


def read_figure(fig: Figure) -> Fact | None:
    """The fact an English figure states, without its attributes; None when it states none."""
    index_fact = read_index_figure(fig)
    if index_fact:
        return index_fact
    tok, right = fig.token, fig.right
    if is_ordinal(fig.s, tok):
        return None                       # `ranking 8th nationwide` in a dossier report: a place, never a count
    previous = fig.previous_fact
    if previous is not None and not previous.metric.startswith("index") and previous.unit == "count" and \
            not tok.percent and en.TIER_ITEM_AFTER.match(right):
        return fig.fact(previous.metric, tok.value, "count")   # `1,400 provincial-level ...; 235 at the district level`
    # (`2,242 procedures. Of which, the city level is 1,845`: a sentence breaking down the count before it)
    broken_down = previous or (fig.ctx.last_count if fig.previous is None and en.BREAKDOWN.match(fig.s) else None)
    if broken_down is not None and not broken_down.metric.startswith("index") and \
            (en.TIER_ITEM_BEFORE.match(fig.near) or en.TIER_IS_BEFORE.search(fig.near) and not fig.right.strip(" )")) \
            and broken_down.unit == ("percent" if tok.percent else "count"):
        # `..., at the district level 136,350 records`, `the city level is 1,845; the commune level is 397)`
        return fig.fact(broken_down.metric, tok.value, broken_down.unit)
    if tok.ranged or en.NOUN_OTHER.match(right) or en.PER_PERIOD_AFTER.match(right) or \
            not tok.percent and en.PER_PERIOD_BEFORE.search(fig.clause_left[-100:]):
        return None                       # `30-50%`: a span; `3,100 citizens`; `1,000 records/year`, `each day it
                                          # receives 300 records`
    if en.CHANGE_BEFORE.search(fig.near):
        return None                       # `an increase of 4,630 records`: a change, not a count (index changes
                                          # are read above)
    if tok.percent and en.SHARE_OF_A_STATUS_TOTAL_AFTER.match(right):
        return None                       # `58.86% of the total number of overdue files`: a part's share of them
    if tok.percent:
        metric = _percent_metric(fig)
        if metric == "satisfaction_rate" and index_of(fig) == "SIPAS" and \
                (fig.sentence.indices or en.NATIONAL.search(fig.clause_left)):
            # `(SIPAS) 2023 ... the nation's average satisfaction level in 2023 was 82.66%`: the index's own score
            return fig.fact("index_score", tok.value, "percent", index="SIPAS")
        return fig.fact(metric, tok.value, "percent") if metric else None
    part = counts_of_a_rate(fig)
    if part:
        return fig.fact(part, tok.value, "count")   # `91% (309/338 applications)`: the rate's count and its whole
    whole = en.PART_OF_WHOLE_AFTER.match(fig.s, fig.end)
    if whole:                             # `digitized 639 out of 1,414 incoming dossiers`
        metric = part_of_whole(fig, whole.end())
        return fig.fact(metric, tok.value, "count") if metric else None
    procedures = en.PROCEDURES_OUT_OF_AFTER.match(fig.s, fig.end)
    if procedures:                        # `simplified 4,818 out of 5,421 procedures`
        metric = part_of_procedures(fig, procedures.end())
        return fig.fact(metric, tok.value, "count") if metric else None
    if en.OUT_OF_BEFORE.search(fig.near):
        return None                       # the whole of `639 out of 1,414 dossiers`: a denominator only
    graded = en.GRADED_PART_AFTER.match(fig.s, fig.end)   # (the anchored match first: most figures fail it)
    if graded and en.PROCEDURES_NAMED.search(fig.sentence_left):
        # `2,272 procedures, of which 965 are fully online public services and 1,266 are partially online`
        return fig.fact(service_grade(graded.group()), tok.value, "count")
    noun, head_at = _noun(fig)
    metric = None
    if noun == "dossier" and (tok.denominator is None or _part_of_its_whole(tok)):
        metric = dossier_count(fig, head_at)     # (`has resolved 3660/3695 records`: the part is the count)
    elif noun == "procedure":
        metric = procedure_count(fig)
    elif noun == "service" and tok.denominator is None:
        metric = service_count(fig)
    elif noun == "decision":
        metric = decision_count(fig)
    return fig.fact(metric, tok.value, "count") if metric else None


def _part_of_its_whole(tok) -> bool:
    """`3660/3695`: a whole count of a part over its whole (a score's scale or a date is no such pair)."""
    return tok.value.is_integer() and float(tok.denominator).is_integer() and tok.value <= tok.denominator and \
        tok.denominator > PART_OF_WHOLE_MIN


def _noun(fig: Figure) -> tuple[str | None, int | None]:
    """What a count counts, and where its head starts when the noun stands before it."""
    m = en.NOUN_AFTER.match(fig.right)
    if m:
        return en.NOUN_CLASSES[m.lastindex - 1], None
    if en.DOCUMENTS_OR_REQUESTS_AFTER.match(fig.right) and (en.DOSSIER_VERB_BEFORE.search(fig.near) or (
            en.NAME_THEN_PARENS.search(fig.s, max(0, fig.start - 3), fig.start) and
            en.DOCUMENTS_LIST_LEAD.search(fig.sentence_left))):
        return "dossier", None            # `received 44,855 documents`, `received ... documents: A (34,679 documents)`
    head = last_match(en.COUNTED_HEAD, fig.clause_left)
    nearer = last_match(en.ANY_COUNTED_HEAD, fig.clause_left)
    if head and nearer.start() > head.start():
        head = None                       # `the number of staff ... came to 45`: a head nearer counts something else
    if head and en.LINK_BEFORE.search(fig.near):
        return en.NOUN_CLASSES[head.lastindex - 1], head.start()
    if en.OF_WHICH_AFTER.match(fig.right) or en.BREAKDOWN.search(fig.clause_left[-80:]) or \
            en.DONE_AFTER.match(fig.right) or en.OTHERS_AFTER.match(fig.right) and en.VERB_BEFORE.search(fig.near):
        # `891 of which`, `including 2,387 online`, `with 1,793 being returned`, `while removing 150 others`
        counts = [f for f in fig.so_far if f.unit == "count"]
        if counts:
            return _class_of(counts[-1].metric), None
        if fig.ctx.last_dossier_count and en.OF_THE_COUNT_OPENS.match(fig.s):
            return "dossier", None        # `Of the figure, 3,307,408 have been handled on time`
    if en.PROCEDURES_DONE_AFTER.match(fig.right) and en.PROCEDURES_NAMED.search(fig.clause_left):
        return "procedure", None          # `Among the 982 administrative procedures, 483 were newly issued`
    return None, None


def _class_of(metric: str) -> str | None:
    return next((noun for family, noun in _CLASS_OF_FAMILY if metric.startswith(family)), None)


# the shares of dossiers: a list of them names each share's status after it (`99.7% on time and 0.3% late`)
_DOSSIER_RATES = {rate for metric, rate in RATE_OF.items() if _class_of(metric) == "dossier"}


def _opens_after_the_count(fig: Figure) -> bool:
    """The share opens a parenthesis right after the count before it and its noun (`759 full online services (`)."""
    between = fig.s[fig.previous.end:fig.start]
    return between.rstrip().endswith("(") and not any(mark in between for mark in ",;:")


def _names_a_grade(text: str) -> bool:
    return any(rx.search(text) for rx in (en.SERVICE_BOTH, en.SERVICE_FULL, en.SERVICE_PARTIAL))


def _part_before_its_whole(fig: Figure) -> Fact | None:
    """The count of `N out of M` when the figure before is its whole M (which states no fact of its own)."""
    if fig.previous is None or fig.previous_fact is not None or not fig.so_far:
        return None
    part, written = fig.so_far[-1], en.PART_OUT_OF_BEFORE.search(fig.s, 0, fig.previous.start)
    # (the part must be the fact before: `2,263 out of 6,974 business conditions, or 32 percent` gave none)
    return part if written and parse_english(written.group("part")) == part.value else None


INTEGRATED_REACH = 60                     # characters after a share within which `integrated` is its own phrase's


def _percent_metric(fig: Figure) -> str | None:
    right, clause_right = fig.right, fig.clause_right[:160]
    if en.TARGET_MARGIN_AFTER.match(right) or en.TARGET_PASSED_BEFORE.search(fig.near):
        return None                       # `exceeding 14.18% of the target`: a margin over a target
    if en.NOT_ELIGIBLE_AFTER.match(fig.s, fig.end):
        return None                       # `100% of administrative procedures are not eligible for ...`
    if en.DIGITISED_BEFORE.search(fig.near) or \
            en.DIGITISATION_OF_BEFORE.search(fig.near) and en.DOSSIER_NOUN.search(right[:30]):
        return "digitisation_rate"        # `digitized 96.59% of results`, `The digitization of 100% of applications`
    if en.SATISFACTION_REACHING_BEFORE.search(fig.near):
        return "satisfaction_rate"        # `The satisfaction level of the people reaching over 97%`
    if en.PAYMENT.search(fig.clause_left) and en.SHARE_OF_PREVIOUS.search(fig.near) or \
            en.PAYMENT_SERVICES_AFTER.match(right):
        return "online_payment_rate"      # `online payment was applied for 13,392 dossiers, reaching 86.76%`, `89.5% of
                                          # online payment services were implemented`
    if en.OF_WHICH_AFTER.match(right):
        # `137 applications, 99.3 per cent of which were submitted online`: a share of the count before
        counts = [f for f in fig.so_far if f.unit == "count" and _class_of(f.metric) == "dossier"]
        return dossier_status(clause_right, first_cue=True, rate=True) if counts else None
    shared = en.SHARE_OF_DOSSIERS_AFTER.match(right) and (
        dossier_status(clause_right, first_cue=True, rate=True) or
        # (`to solve on time as much as 95% of profiles`: the status before the share)
        en.RESOLVED_BEFORE.search(fig.near) and dossier_status(fig.near, first_cue=False, rate=True))
    if shared:
        return shared                     # `100% of dossiers are digitized` (`35,6% of the files resolved` names no
                                          # status of its own: the count's share, read below)
    if en.STATUS_RATE_AFTER.match(right):
        return dossier_status(right, first_cue=True, rate=True)   # `achieved a 99.98% on-time processing rate`
    if en.SETTLEMENT_RATE_BEFORE.search(fig.near) and en.STATUS_RIGHT_AFTER.match(right):
        return dossier_status(right, first_cue=True, rate=True)   # `a settlement rate that exceeded 99.9% on or ahead
                                                                   # of schedule`
    previous = fig.previous_fact
    if previous is not None and previous.metric in _DOSSIER_RATES and \
            en.NEXT_LIST_ITEM_BETWEEN.fullmatch(fig.s, fig.previous.end, fig.start):
        return previous.metric            # `... are: A (97.9%); B (97.7%)`: the next item of the list
    if previous is not None and previous.metric in _DOSSIER_RATES and en.STATUS_RIGHT_AFTER.match(right):
        status = dossier_status(right, first_cue=True, rate=True)   # `is 99.7%, and 0.3% late`: the next share
        if status:
            return status
    if previous is not None and previous.metric.startswith("online_services") and previous.unit == "count" and \
            _opens_after_the_count(fig):
        return previous.metric            # `759 full online public services (39.45%)`: the count's share
    if previous is not None and previous.metric.startswith("online_services") and previous.unit == "percent" and \
            en.NEXT_ITEM_JOIN.fullmatch(fig.near) and _names_a_grade(right):
        return service_grade(right)       # `52 per cent ... in category 3, and 45 per cent in category 4`
    if previous is not None and previous.metric.startswith("online_services") and previous.unit == "percent" and \
            en.OF_WHICH_BEFORE.fullmatch(fig.near):
        return service_grade(fig.right)   # `online public services reached 97%, of which 66% were offered at level 4`
    if previous is not None and previous.unit == "percent" and (en.PRONOUN_REACHED_BEFORE.search(fig.near) or
                                                                en.FOLLOWED_AT_BEFORE.search(fig.near)):
        return previous.metric            # `in 2022 it reached 81.98%, in 2023 it reached 93.08%`
    count = previous or _part_before_its_whole(fig)
    if count is not None and count.metric in RATE_OF and (en.SHARE_OF_PREVIOUS.search(fig.near) or
                                                          en.OF_THE_TOTAL_AFTER.match(right)):
        return RATE_OF[count.metric]      # `2,602 records resolved on time, accounting for 96.2%`, `4,818 out of 5,421
                                          # procedures, equivalent to 37.31%`, `..., 42 percent of the total`
    if count is not None and count.metric in RATE_OF and count.unit == "count" and \
            _opens_after_the_count(fig) and not fig.right.strip(" )"):
        return RATE_OF[count.metric]      # `16,263 files were resolved on time or before deadline (96.57%)`, `5,666 out
                                          # of 6,230 applications processed ahead of schedule (90.94%)`
    if en.DONE_AFTER.match(right) and any(_class_of(f.metric) == "dossier" for f in fig.so_far):
        return dossier_status(clause_right, first_cue=True, rate=True)   # `..., with 99.7% resolved on time`
    if en.ACCOUNTED_FOR.search(fig.near) and en.PROCEDURES_AS_SERVICES_BEFORE.search(fig.near):
        return service_grade(fig.near)    # `procedures provided under end-to-end online public services accounted for`
    if en.ACCOUNTED_FOR.search(fig.near) and en.NOUN_AFTER.search(fig.near):
        status = dossier_status(fig.near, first_cue=False, rate=True)   # `Online dossiers accounted for 65%`
        if status:
            return status
    # (`are integrated and provided on the National ...`: integrated in the figure's own phrase, not `undergoing
    # testing before being integrated into` it)
    on_the_portal = on_the_national_portal(fig, clause_right[:INTEGRATED_REACH])
    if en.SHARE_OF_PROCEDURES_AFTER.match(right) and (en.ONLINE.search(clause_right) or on_the_portal or
                                                      en.GRADE_AFTER.search(clause_right[:80])):
        # (`100% of public services eligible for Level 4`: a grade of online service names them online; `80% of
        # administrative procedures are integrated and provided on the National Public Service Portal`: the portal)
        if on_the_portal:
            return "online_services_national_portal"   # `has integrated 100% of its online public services onto the
                                                       # National Public Service Portal`
        # `100 percent of eligible procedures provided as online services`; the grade named before the next figure is
        # the figure's own (`52 per cent ... online in category 3, and 45 per cent in category 4`)
        own = fig.s[fig.end:fig.next_start] if fig.next_start is not None else clause_right
        return service_grade(own if _names_a_grade(own) else clause_right)
    if en.SHARE_OF_PROCEDURES_AFTER.match(right) and en.PROC_IN_EFFECT.search(clause_right):
        return "procedures_in_effect"     # `announced 100% of administrative procedures and published them on the
                                          # national database`
    if en.SATISFACTION.match(right.strip()) or en.SATISFACTION_LEVEL_AFTER.match(right) or \
            en.SATISFACTION_WITH_BEFORE.search(fig.near) or \
            en.SATISFACTION_FROM_TO_BEFORE.search(fig.clause_left[-90:]):
        return "satisfaction_rate"        # `at least 95% satisfaction from people and businesses`, `satisfaction has
                                          # increased from 73% to over 80%`
    own_rate = en.RATE_NAMED_AFTER.match(fig.s, fig.end)
    if own_rate and en.SERVICES_NAMED.search(own_rate.group("what")) and en.ONLINE.search(own_rate.group("what")):
        return service_grade(own_rate.group("what"))   # `a 44% rate for fully online public services`
    rate = last_match(en.RATE_WORD, fig.clause_left)
    if rate is not None and en.SERVICES_WITH_DOSSIERS.search(fig.clause_left, rate.start()):
        return None                       # `the percentage of online public services having records`
    if rate is None:
        if en.REACHED_BEFORE.search(fig.near):   # `Digitization of dossiers reached 92%`
            if en.DIGITISED.search(fig.near):
                return "digitisation_rate"
            if en.PAYMENT.search(fig.near):
                return "online_payment_rate"
            if en.SATISFACTION.search(fig.near):
                return "satisfaction_rate"   # `people's satisfaction with public services reached 86.7%`
            if en.DOSSIERS_NAMED.search(fig.near):   # `records resolved on time reached 97.5%`
                return dossier_status(fig.near, first_cue=False, rate=True)
        return None
    if fig.previous is not None and fig.clause[0] + rate.start() < fig.previous.start and \
            en.REACHED_BEFORE.search(fig.near) and en.SERVICES_NAMED.search(fig.near):
        return None                       # `the rate of ... reached 97.5%, and online public services reached 80%`
    subject = fig.clause_left[max(0, rate.start() - 40):]   # (`The online payment implementation rate`)
    if en.SATISFACTION.search(subject):
        return "satisfaction_rate"        # `the satisfaction rate ... will reach at least 95%`
    if en.PAYMENT.search(subject):
        return "online_payment_rate"
    if en.DIGITISED.search(subject) and not en.RATE_OF_DOSSIERS.search(fig.clause_left[rate.end():]):
        return "digitisation_rate"        # `implemented document digitisation, reaching a rate of 86.91%`
    about = fig.clause_left[rate.end():]
    if en.STATUS_OPENS.match(about) and (en.DOSSIER_NOUN.search(fig.s) or en.DOSSIER_NOUN.search(fig.right)):
        status = dossier_status(about, first_cue=True, rate=True)   # `the rate on time is only 91.74% out of
        if status:                                                   # 42,300 records`
            return status
    for_what = en.RATE_FOR_AFTER.match(fig.s, fig.end)
    earlier_figures = fig.previous is not None and (fig.clause[0] + rate.start() < fig.previous.start or
                                                    en.RATE_NAMED_AFTER.match(fig.s, fig.previous.end))
    if for_what and (not about.strip(" of") or earlier_figures):
        # `maintains the rate of 100% for full-process online public services`; `a 44% rate for fully online public
        # services and 36.29% for partially online services`: the figure's own `for` names what it is of, when the
        # rate named before is an earlier figure's
        about = for_what.group("what")
    if en.PROCESSED_THROUGH_ONLINE.match(about):
        return "online_dossier_rate"      # `the rate of processing through online public services reaching 99.92%`
    if en.PROCEDURES_OR_SERVICES.search(about) and en.SERVICE_FULL.search(about) and not en.DOSSIER_NOUN.search(about):
        return "online_services_full"     # `the rate of administrative procedures provided as full-process online
                                          # public services was 48%`
    if en.SERVICES_NAMED.search(about) and en.ONLINE.search(about) and not en.DOSSIER_NOUN.search(about):
        return service_grade(about)       # `the rate of online public services in Da Nang is ... at 95%`
    if en.RATE_OF_DOSSIERS.search(about):  # `the rate of records resolved on time`
        status = dossier_status(about, first_cue=True, rate=True)
        if status == "online_dossier_rate" and en.ON_TIME.search(about):
            status = "dossiers_on_time_rate"   # `a rate of online applications being processed on time`: the
                                               # channel names whose dossiers, the status what is measured
    elif en.RATE_OF_DOSSIERS.search(fig.clause_left) or en.DOSSIER_NOUN.search(subject):
        # `40,120 records, with an on-time rate of`; `the online application submission rate, reaching`
        status = dossier_status(fig.near, first_cue=False, rate=True) or \
            dossier_status(subject, first_cue=True, rate=True)
    else:
        return None                       # `the rate of on-time disbursement`: no dossiers
    return status if status in RATE_OF.values() else None
