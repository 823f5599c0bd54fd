"""English procedure figures: abolished, simplified, amended, new, in force, one-stop, announced."""
from __future__ import annotations

from scrapers.facts.english import lexicon as en
from scrapers.facts.english.dossiers import dossier_action
from scrapers.facts.english.online import on_the_national_portal, service_grade
from scrapers.facts.figure import Figure, first, last

# the kind or state of procedures, most specific first; `announced` alone comes last
_KINDS = ((en.PROC_ABOLISHED, "procedures_abolished"), (en.PROC_SIMPLIFIED, "procedures_simplified"),
          (en.PROC_AMENDED, "procedures_amended"), (en.PROC_NEW, "procedures_new"),
          (en.PROC_ONE_STOP, "procedures_one_stop"), (en.PROC_IN_EFFECT, "procedures_in_effect"),
          (en.PROC_PUBLISHED, "procedures_published"))


def decision_count(fig: Figure) -> str | None:
    """`issued 25 decisions announcing 312 administrative procedures`: decisions announcing procedures."""
    return "procedure_decisions" if en.PROC_PUBLISHED.search(fig.s[fig.end:fig.end + 60]) else None


def procedure_count(fig: Figure) -> str | None:
    """The metric of a count of procedures: the kind named right after it (`520 procedures will be abolished`),
    else a dossier's action right before it (a procedure is not received, its dossier is), else the kind nearest
    before it (`simplified 718 administrative procedures`)."""
    if fig.token.denominator is not None and en.LINK_BEFORE.search(fig.near) and \
            en.PROC_SIMPLIFIED.search(fig.clause_left[-80:]):
        return "procedures_simplified"    # `The total number of administrative procedures to be cut and simplified is
                                          # 3,071/4,888 administrative procedures`: the cut named before the link
    if fig.token.denominator is not None and en.DONE_TO_A_RATIO_AFTER.match(fig.s, fig.end):
        return "procedures_simplified"    # `933/1,937 administrative procedures (reaching 48%) have been reduced`
    if fig.token.denominator is not None or en.PROPOSED.search(fig.sentence_left[-60:]):
        return None                       # `2,941/4,888 APs to be reduced`, `propose to abolish`: no count of its own
    own_right = en.ITEM_JOIN.split(fig.right)[0]   # `134 procedures and simplified 402`: the cue after `and` is 402's
    if en.SUBMITTED_ONLINE_AFTER.match(own_right):
        return "online_dossiers"
    graded = en.GRADED_ONLINE_AFTER.match(own_right)
    if graded:
        return "online_services_full" if graded.group("grade").lower() == "fully" else "online_services_partial"
    if en.NOT_ONLINE_AFTER.match(own_right):
        return None
    if en.ONLINE_SERVICES.search(own_right) or en.GRADE_AFTER.search(own_right) or \
            en.DONE_ONLINE_AFTER.match(own_right):   # (`550 can be completed fully online`: provided online)
        # `1,230 are provided as full-process online public services`, `256 procedures at level 3`: the grades of
        # online service (levels 1-4) grade only procedures provided online
        if on_the_national_portal(fig, fig.s[fig.end:fig.clause[1]][:120]):
            return "online_services_national_portal"
        return service_grade(own_right)
    counted = fig.ctx.last_count
    if counted is not None and counted.metric.startswith("procedures") and \
            en.TIER_ITEMS_BEFORE.search(fig.near) and en.TIER_NOUN_AFTER.match(fig.right):
        return counted.metric             # `There are 2 central-level administrative procedures`: the count before
    after = [(first(rx, own_right), metric) for rx, metric in _KINDS]
    after = [(pos, metric) for pos, metric in after if pos >= 0 and not (
        metric == "procedures_published" and en.ANNOUNCED_BEFORE_IN_A_DECISION.match(own_right))]
    if after:
        return min(after)[1]
    if en.PROCEDURES_OF_FIELDS_AFTER.match(fig.s, fig.end):
        # `receiving and handling 198 administrative procedures in 18 fields`: the set a body takes, in force; the
        # set a service centre takes (`The Center is the focal point for ... 1,409 administrative procedures, under
        # the management authority of 18 departments`) is the one-stop set
        return "procedures_one_stop" if en.SERVICE_CENTRE.search(fig.s) else "procedures_in_effect"
    # `the province received 34,530 administrative procedures`, `the Commune Public Administration Service Center has
    # received nearly 900 administrative procedures`: what is received or resolved are the procedures' dossiers
    if not any(rx.search(fig.near) for rx, _ in _KINDS) or en.DOSSIER_VERB_BEFORE.search(fig.near):
        action = dossier_action(fig.near)
        if action:
            return action
    before = [(last(rx, fig.clause_left[-80:]), metric) for rx, metric in _KINDS]
    before = [(pos, metric) for pos, metric in before if pos >= 0]
    if before:
        return max(before)[1]
    previous = fig.previous_fact          # `including nearly 1,700 provincial-level procedures and over 400 ...`
    if previous is not None and previous.metric.startswith("procedures") and \
            (en.BREAKDOWN.search(fig.clause_left) or en.TIER_IS_BEFORE.search(fig.near) or
             en.TIER_NOUN_AFTER.match(fig.right) and en.TIER_NOUN_AFTER.match(fig.s, fig.previous.end)):
        return previous.metric            # (`...; district level is 300 administrative procedures`, `1 central-level
                                          # administrative procedure (...) and 1 provincial-level ...`)
    if previous is not None and previous.metric.startswith("online_services") and previous.unit == "count" and \
            en.BREAKDOWN.search(fig.clause_left) and en.TIER_NAMED_AFTER.match(own_right):
        return previous.metric            # `802 online public services, of which 755 procedures are at the
                                          # provincial level`: the services' items by tier
    if en.PROCEDURES_HEAD.search(fig.clause_left):
        # `The total number of administrative procedures ... is 2,011`: no kind named, the procedures in force;
        # `the total number of administrative procedures providing online services reached 1,159`: the services
        return service_grade(fig.clause_left) if en.ONLINE_SERVICES.search(fig.clause_left) else "procedures_in_effect"
    return None


def part_of_procedures(fig: Figure, whole_end: int) -> str | None:
    """`21 out of 24 administrative procedures with processing time cut`, `simplified 4,818 out of 5,421 procedures`,
    `received and resolved 13,925 out of 13,930 administrative procedures`: the kind a part of a whole of procedures is
    counted by, named after the whole in its clause, else as a count of procedures; a part received and resolved
    is the part resolved."""
    after = fig.s[whole_end:fig.clause[1]][:80]
    named = [(first(rx, after), metric) for rx, metric in _KINDS]
    named = [(pos, metric) for pos, metric in named if pos >= 0]
    if named:
        return min(named)[1]
    metric = procedure_count(fig)
    if metric == "dossiers_received" and last(en.RESOLVED, fig.near) >= 0:
        return "dossiers_resolved"
    return metric
