"""Online public services: counts and shares by grade (mức độ 3 / 4, một phần / toàn trình) and those
integrated on the national portal."""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.figure import Figure, last


def service_grade(text: str) -> str | None:
    """The online-service metric of the grade named in `text`; None for grades 1-2 (no fact)."""
    if lx.SERVICE_LEVEL2.search(text) and not lx.SERVICE_HIGH_GRADE.search(text):
        return None
    if lx.SERVICE_BOTH.search(text):
        return "online_services"         # `mức độ 3, mức độ 4`: both grades together
    partial, full = last(lx.SERVICE_PARTIAL, text), last(lx.SERVICE_FULL, text)
    if partial < 0 and full < 0:
        return "online_services"
    # the grade named last, nearest the figure (`mức độ 3 là 32,3%, mức độ 4 là 37,4%`)
    return "online_services_partial" if partial > full else "online_services_full"


def service_count(fig: Figure) -> str | None:
    """The metric of a count of services (`420 dịch vụ công trực tuyến mức độ 4`)."""
    right, near = fig.right, fig.near
    if lx.SERVICE_LEVEL2.search(right) and not lx.SERVICE_HIGH_GRADE.search(right):
        return None
    if (lx.NATIONAL_PORTAL.search(fig.clause_left + " " + fig.clause_right[:80]) or
            lx.PORTAL_PROVIDES_BEFORE.search(fig.clause_left)) and lx.ONLINE.search(right + near):
        return "online_services_national_portal"
    if lx.ONLINE.search(right) or lx.SERVICES_PROVIDED_NEAR.search(near):
        phrase = right
        if _abbreviation_at(fig.s, fig.end + len(right)):   # `1.421 dịch vụ công (DVC) mức độ 4`: the grade after
            phrase = fig.s[fig.end:fig.next_start if fig.next_start is not None else fig.clause[1]][:100]  # it
        graded = graded_phrase(fig, phrase)
        grade = service_grade(graded if lx.ONLINE.search(graded) else near)
        if grade == "online_services":       # no grade named by the figure: the sentence's topic may name one
            return _topic_grade(fig) or grade
        return grade
    if lx.GRADED_SERVICES_BEFORE.search(near):
        return service_grade(near)        # `(mức độ 3 có 296 dịch vụ, mức độ 4 có 476 dịch vụ)`: the grade before
    services = [f for f in fig.so_far if f.unit == "count" and f.metric.startswith("online_services")]
    if services:
        return services[-1].metric       # `124 dịch vụ công trực tuyến mức độ 3 trong đó 14 dịch vụ khối sở`
    return _topic_grade(fig)


def graded_phrase(fig: Figure, phrase: str) -> str:
    """The figure's own phrase (text right after it) with the grade list it ends in: `320 dịch vụ mức 3, mức 4`
    runs past the comma that ends the phrase, `1.525 dịch vụ công trực tuyến mức độ 3 và 4` past the second grade's
    digit, where the phrase ends."""
    joined = lx.GRADE_JOIN_END.search(phrase)
    kept = phrase[:joined.start()] if joined else phrase
    more = lx.GRADE_LIST_AFTER.match(fig.s, fig.end + len(kept))
    return kept + (more.group() if more else phrase[len(kept):])


def _abbreviation_at(s: str, pos: int) -> bool:
    """A short abbreviation in parentheses opens at `pos` (`(DVC)`, `(DVCTT)`), not a breakdown (`(mức độ 3 có 296`)."""
    if not s.startswith("(", pos):
        return False
    close = s.find(")", pos)
    inner = s[pos + 1:close]
    return 0 < len(inner) <= 10 and not any(c.isdigit() for c in inner)


def _topic_grade(fig: Figure) -> str | None:
    """`Về dịch vụ công trực tuyến mức độ 3, ... 788 dịch vụ công`: the services of the sentence's opening topic."""
    topic = lx.SERVICE_TOPIC.match(fig.s)
    return service_grade(topic.group("topic")) if topic and lx.ONLINE.search(topic.group("topic")) else None


def services_over_all(fig: Figure) -> str | None:
    """`số lượng dịch vụ công trực tuyến toàn trình trên tổng số lượng dịch vụ công là 731/1777 thủ tục`: the metric
    of a ratio's part, the online services named before it over all services."""
    named = lx.SERVICES_OVER_ALL_BEFORE.search(fig.clause_left)
    return service_grade(named.group("services")) if named else None


def services_in_place(near: str) -> bool:
    """`đã triển khai 81/96 dịch vụ công trực tuyến`: the part of a ratio counts services in place."""
    return bool(lx.SERVICES_PROVIDED_BEFORE.search(near))
