"""English online-service figures: services by grade (level 3 / level 4, partial / full process) and those
integrated on the National Public Service Portal."""
from __future__ import annotations

from scrapers.facts.english import lexicon as en
from scrapers.facts.figure import Figure, last_match


def service_grade(text: str) -> str | None:
    """The online-service metric of the grade named in `text`; None for grades 1-2 (no fact)."""
    if en.SERVICE_BOTH.search(text):
        return "online_services"
    if en.SERVICE_LOW_GRADE.search(text):
        return None
    if en.SERVICE_FULL.search(text):
        return "online_services_full"
    if en.SERVICE_PARTIAL.search(text):
        return "online_services_partial"
    return "online_services"


def service_count(fig: Figure) -> str | None:
    """The metric of a count of services (`128 online public services at level 3`); only online ones count."""
    more = en.GRADE_LIST_AFTER.match(fig.s, fig.end + len(fig.right))
    graded = fig.right + (more.group() if more else "")   # `at level 3, 4`: the grade list runs past the comma
    listed = any(f.metric.startswith("online_services") for f in fig.so_far)   # `..., of which 980 are full-process`
    if not (en.ONLINE.search(graded + " " + fig.near) or listed):
        return None
    if on_the_national_portal(fig, graded):
        return "online_services_national_portal"
    own_grade = en.GRADE_IS_BEFORE.search(fig.near)
    grade = service_grade(own_grade.group() if own_grade else graded)
    lead = last_match(en.BREAKDOWN, fig.s, 0, fig.start)
    whole = next((f for f in reversed(fig.so_far) if lead is not None and f.evidence_end <= lead.start() and
                  f.unit == "count" and f.metric in ("online_services_full", "online_services_partial")), None)
    if grade == "online_services" and whole is not None and not en.GRADE_AFTER.search(graded):
        return whole.metric               # `1,226 public services of Level 4 ..., including 1,002 province-level
                                          # services`: the items a graded whole breaks down into are of its grade
    return grade


def on_the_national_portal(fig: Figure, after: str) -> bool:
    """Services integrated on the National Public Service Portal: the portal named in the figure's clause (or soon
    after it) and integration in its near words or in `after` (`integrated 1,594 services`, `746 procedures delivered
    online, synchronized with and integrated into the National Public Service Portal`), or the services named right
    after the figure as on the portal (`provides 2,028 online public services on the national public service
    portal`)."""
    return bool(en.NATIONAL_PORTAL.search(fig.s, fig.clause[0], fig.end + 120) and
                (en.INTEGRATED.search(fig.near + after) or en.SERVICES_ON_THE_PORTAL_AFTER.match(fig.s, fig.end)))
