"""An English article, sentence by sentence: the English twin of the loop in `scrapers.facts.extract`.

Context carried from sentence to sentence is the same `ArticleContext`: the index under discussion and its edition,
the period a report frames, the tier it is talking about, a plan's horizon. An article whose title announces a plan
(`Plan to improve ...`, `... to be launched in 2018-2019`) gives targets wherever a sentence states no result.
"""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.english import lexicon as en
from scrapers.facts.english.attributes import attach, tier_mentions
from scrapers.facts.english.index import (
    first_places,
    indices_but_parts,
    indices_in,
    ranks_after_a_holder,
    ranks_listed_after,
)
from scrapers.facts.english.metric import read_figure
from scrapers.facts.english.numbers import find_numbers
from scrapers.facts.english.periods import find_periods
from scrapers.facts.figure import ArticleContext, Sentence, place_in_article, read_figures
from scrapers.facts.numbers import NumberToken
from scrapers.models import Fact
from scrapers.reference.provinces import find_province_mentions

# periods that frame the sentences after them (a comparison base frames nothing)
_FRAME_KINDS = {"range_dmy", "quarter", "since_day", "as_of_dmy", "as_of_month", "months_of_year", "month", "year",
                "year_range", "year_to_date"}
CENTRE_NAME_SPAN = 60                     # characters from a tier word to the end of the centre it names
TITLE_SENTENCES = 2                       # the title and the line after it say whether the article sets out a plan


def facts_of_article(sentences: list[Sentence], text: str, ctx: ArticleContext) -> tuple[list[Fact], dict[int, int]]:
    """The facts of an English article before restatements merge, and the sentence of each (by `id`)."""
    sentences = rejoin_wrapped_lines(sentences, text)
    ctx.index = next((code for _, code in indices_in(text) if code), None)
    edition = en.INDEX_EDITION.search(text) if ctx.index else None
    if edition:
        ctx.index_year = int(edition.group("year") or edition.group("year_before"))
    elif ctx.index and ctx.index != "766" and ctx.published:
        # indices are announced in the spring after the year they measure (the 766 index is scored month by month)
        ctx.index_year = ctx.published.year - 1
    plan = any(en.PLAN_TITLE.search(sent.text) for sent in sentences[:TITLE_SENTENCES])
    facts: list[Fact] = []
    sentence_of: dict[int, int] = {}
    for n_sent, sent in enumerate(sentences):
        sent._provinces = find_province_mentions(sent.text, english=True)
        sent.indices = indices_but_parts(sent.text)
        if sent.indices:
            ctx.index = sent.indices[-1][1]
        sent.periods = find_periods(sent.text, ctx.published, ctx.year)
        if ctx.period is not None and ctx.period.kind == "since_day":
            # `From July 1 until now, ... 197 dossiers are currently being processed`: the running frame's now
            sent.periods = [p for p in sent.periods if p.kind != "to_date"]
        planned = en.TARGET_BEFORE.search(sent.text)
        if planned and en.RESULT_VERB.search(sent.text, 0, planned.start()):
            planned = None                # `In 2022, it has implemented the plan to ...`: a report of a plan's work
        own = [p for p in sent.periods if not p.comparative]
        if planned and own:
            ctx.plan_period = own[-1]     # `the specific goal for 2025 is ...`: the horizon of the targets after it
        sent.target_mode = plan and not en.RESULT_VERB.search(sent.text)
        readable = lx.HAS_DIGIT.search(sent.text) or en.RANK_FIRST.search(sent.text) or \
            en.WORDED_RANK.search(sent.text) or en.WORDED_COUNT.search(sent.text) or \
            (ctx.last_rank is not None and en.ORDER_NEXT.search(sent.text)) or \
            en.TOP_PLACES_NAMED_BEFORE.search(sent.text) or en.RANKED_AFTER.search(sent.text)
        # (`came in fifth`, `It was followed by A`, `A and B are respectively ranked as ...`, `A and B ranked after C`)
        new = _facts_of_sentence(sent, text, ctx) if readable else []
        part = en.KNOWN_PART.search(sent.text) if ctx.topic_part is None else None
        if part:                          # the part of an index the article names first, what it is about: a later
            ctx.topic_part = part.group()  # dimension's score may not name it (`got 8.15 points on a 10-point scale`)
        facts.extend(new)
        sentence_of.update((id(f), n_sent) for f in new)
        ctx.follow_counts(new)
        ctx.follow_index_facts(new)
        frames = [p for p in own if p.kind in _FRAME_KINDS]
        if frames and not planned:
            ctx.period = frames[-1]
        if frames and frames[-1].kind == "since_day":
            ctx.since = frames[-1].period_start
        levels = {f.level for f in new if not f.metric.startswith("index")}
        if not new and en.SERVICE_CENTRE.search(sent.text):
            levels = _centre_tiers(sent)
        if len(levels) == 1:
            ctx.level = levels.pop()
        elif en.LEVEL_RESET.search(sent.text):
            ctx.level = None
    if not en.REFORM_TOPIC.search(text):    # a court's cases, a hospital's records: only index figures are reform's
        facts = [f for f in facts if f.metric.startswith("index")]
    return facts, sentence_of


def rejoin_wrapped_lines(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences a hard line wrap split (`As of the end of April` / `2025, a total of ...`): a line that ends in no
    stop joins the next when it ends in a comma or a word no English sentence ends in, or the next goes on with a
    figure. The shared splitter joins lines that go on in lower case, and every line of a text wrapped at a width
    (`extract._line_goes_on`); a text with some long lines, or few lines, is wrapped only where this finds it."""
    out: list[Sentence] = []
    for sent in sentences:
        before = out[-1] if out else None
        if before is not None and text[before.start + len(before.text):sent.start] == "\n" and \
                (en.WRAPPED_LINE_END.search(before.text) or en.WRAPPED_LINE_START.match(sent.text)):
            joined = text[before.start:sent.start + len(sent.text)]
            lower = joined.lower()
            out[-1] = Sentence(before.start, joined, before.paragraph_start,
                               lower=lower if len(lower) == len(joined) else None)
        else:
            out.append(sent)
    return out


def _centre_tiers(sent: Sentence) -> set[str]:
    """The tiers of the service centres a sentence names: a tier word in the centre's name or just before it (`the
    Provincial Public Administration Center`, `In Dien Bien Phu ward, the Public Administration Service Center`),
    not the departments it works with (`coordination among the Center and relevant departments`); a centre `of` a
    province (`The Public Administration Center of Can Tho City`) is the province's."""
    s = sent.text
    centres = [m.end() for m in en.SERVICE_CENTRE.finditer(s)]
    tiers = {tier for start, end, tier in tier_mentions(s) if any(0 <= centre - end <= CENTRE_NAME_SPAN
                                                                  for centre in centres)}
    if not tiers and any(en.OF_THE_PLACE.fullmatch(s, centre, m.start) for centre in centres for m in sent.provinces):
        tiers.add("province")
    return tiers


def _facts_of_sentence(sent: Sentence, text: str, ctx: ArticleContext) -> list[Fact]:
    s = sent.text
    spans = [(p.start, p.end) for p in sent.periods]
    tokens = [t for t in find_numbers(s) if not _is_noise(s, t, spans)]
    out = read_figures(sent, tokens, ctx, read_figure, attach)
    out.extend(first_places(sent, ctx))
    out.extend(ranks_listed_after(sent, ctx, out))
    out.extend(ranks_after_a_holder(sent, ctx))
    place_in_article(out, sent, text)
    return out


def _is_noise(s: str, tok: NumberToken, spans) -> bool:
    """Figures that are part of a period, a document number, a label, a year or a phone number."""
    if any(start <= tok.start < end for start, end in spans):
        return True
    before = s[max(0, tok.start - 30):tok.start]
    if (en.DOC_NUMBER_BEFORE.search(before) or en.LABEL_BEFORE.search(before)) and \
            not (en.PLACE_NUMBER_BEFORE.search(before) and en.PLACE_AFTER_ITS_NUMBER.match(s, tok.end)):
        return True
    raw = s[tok.start:tok.end]
    if raw in ("3", "4") and en.SECOND_LEVEL_BEFORE.search(before):
        return True
    return bool(lx.YEAR_LIKE.fullmatch(raw) or lx.PHONE.fullmatch(raw))
