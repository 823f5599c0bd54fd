"""Attributes of an English fact: qualifier, kind and tier read with the English cues; province and period with the
Vietnamese reader's own attribution (`scrapers.facts.attributes`), which works on the figure's province mentions and
period mentions, whatever language they were read from."""
from __future__ import annotations

from scrapers.facts.attributes import _period, _province
from scrapers.facts.english import lexicon as en
from scrapers.facts.figure import Figure, last_match
from scrapers.models import Fact


def attach(fact: Fact, fig: Figure) -> None:
    """Set every attribute of `fact`, the reading of `fig`."""
    s, tok, ctx = fig.s, fig.token, fig.ctx
    fact.article = ctx.article_id
    fact.qualifier = qualifier(s, tok)
    index = fact.metric.startswith("index")
    # planned by the words of the figure's own phrase (`plans to abolish 520`, `520 procedures will be abolished`), or
    # of its sentence unless a result is reported between (`The centre, which will be upgraded, received 1,200 ...`)
    plan = last_match(en.TARGET_BEFORE, s, 0, tok.start)
    planned = (plan and not en.RESULT_VERB.search(s, plan.end(), tok.start)) or en.TARGET_AFTER.match(s[tok.end:])
    fact.kind = "target" if not index and (fig.sentence.target_mode or planned) else "actual"
    if not index:
        fact.level = level(fig)
    elif fact.metric in ("index_score", "index_score_change"):
        fact.level = body_tier(fig)       # a province's own body's score (`the Department of Finance (93.89%)`)
    # (an average of a province's own bodies, `departments ... averaged at 88.4%`, stays the province's)
    national = not fig.province and not fact.level and en.NATIONAL.search(s, max(fig.clause[0], tok.start - 80),
                                                                          tok.start)
    if national:
        fact.province = None
    elif index:                           # the index rules name the holder (`index._holder`), else it is the source's
        fact.province = fig.province or ctx.default_province
    else:
        fact.province = _province(fig, fact)
    if index and fact.metric.endswith("_change") and ctx.index_year and \
            not any(p.comparative for p in fig.sentence.periods):
        # `Nghe An increased 21 ranks` in a report of the 2022 edition: against the edition before
        year = ctx.index_year
        fact.period, fact.period_start, fact.period_end = "", f"{year - 1}-01-01", f"{year}-12-31"
    else:
        _period(fact, fig)
    if fact.period.startswith("năm "):    # a year a rule dated the figure by (`attributes._year_period`), in English
        fact.period = fact.period[len("năm "):]
    if fact.kind == "target" and fact.period_end and ctx.published and fact.period_end < ctx.published.isoformat():
        # `By the end of 2023, the province will receive ...` published in 2024: a translated estimate, a result
        fact.kind = "actual"


def qualifier(s: str, tok) -> str:
    before = s[max(0, tok.start - 25):tok.start]
    for name, rx in en.QUALIFIERS:
        if rx.search(before):
            return name
    return "at_least" if tok.ranged or en.AT_LEAST_AFTER.match(s, tok.end) else ("about" if tok.scaled else "exact")


def level(fig: Figure) -> str | None:
    """The tier a figure is about: a tier word in its own noun phrase, else the nearest before it in the sentence
    unless a whole territory is named nearer (`Thanh Hoa province implemented ...`), else the sentence's earlier
    figures' tier, else the tier the article is talking about."""
    s, tok = fig.s, fig.token
    mentions = tier_mentions(s)
    own = [m for m in mentions if tok.end <= m[0] <= tok.end + 40 and "," not in s[tok.end:m[0]] and
           ";" not in s[tok.end:m[0]] and not en.NEXT_ITEM_BETWEEN.search(s, tok.end, m[0])]
    if own:
        return own[0][2]
    left = [m for m in mentions if m[1] <= tok.start]
    resets = [m.end() for m in en.LEVEL_RESET.finditer(s, 0, tok.start)]
    if left and not (resets and resets[-1] > left[-1][1]):
        return left[-1][2]
    if resets:
        return None
    earlier = [f for f in fig.so_far if not f.metric.startswith("index")]
    if earlier:
        return earlier[-1].level
    return fig.ctx.level


def tier_mentions(s: str) -> list[tuple[int, int, str]]:
    """(start, end, tier) of the tier words of a sentence, left to right."""
    found = sorted((m.start(), m.end(), name) for name, rx in en.LEVELS for m in rx.finditer(s)
                   if not en.COUNTED_TIER_BEFORE.search(s, max(0, m.start() - 20), m.start()))
    return [m for n, m in enumerate(found) if not (m[2] == "department" and n and found[n - 1][2] != "department"
                                                   and en.OWNED_BODY_BETWEEN.fullmatch(s, found[n - 1][1], m[0]))]


def body_tier(fig: Figure) -> str | None:
    """The tier of a province's own body an index figure is held by (`INDEX_HOLDER_BODY`), named before it in its
    clause, or right after a clause that opens with it (`With 94%, the Department of Home Affairs ranked first`)."""
    before = last_match(en.INDEX_HOLDER_BODY, fig.s, fig.clause[0], fig.start)
    if before is not None and not en.NOT_THE_HOLDER_BETWEEN.search(fig.s, before.end(), fig.start):
        return before.lastgroup
    if en.WITH_OPENING.fullmatch(fig.s, fig.clause[0], fig.start):
        after = en.INDEX_HOLDER_BODY.search(fig.s, fig.end, min(len(fig.s), fig.end + 40))
        return after.lastgroup if after else None
    return None
