"""English index figures (PAR Index, SIPAS, PAPI, PCI, DTI): scores, ranks, their changes, component scores, names
listed with their scores (`Quang Ninh (73.2 points)`) and first places stated without a figure (`rose to the top
position`). The index a figure belongs to is found as in Vietnamese (`scrapers.facts.index.index_of`)."""
from __future__ import annotations

from dataclasses import replace

from scrapers.facts import lexicon as lx
from scrapers.facts.english import lexicon as en
from scrapers.facts.english.attributes import attach, body_tier
from scrapers.facts.english.numbers import is_ordinal
from scrapers.facts.figure import Figure, Sentence, clause_bounds, last_match, positions
from scrapers.facts.index import index_of, ordered_list, province_before_parenthesis
from scrapers.facts.numbers import NumberToken
from scrapers.models import Fact


def indices_in(sentence: str) -> list[tuple[int, str | None]]:
    """(position, code) of the indices an English sentence names; other rankings as code None."""
    found = sorted({m.start(): code for code, rx in en.INDEX_ALIASES for m in positions(rx, sentence)}.items())
    found += [(m.start(), None) for m in positions(en.NON_REFORM_INDEX, sentence)]
    return sorted(found, key=lambda item: item[0])


def read_index_figure(fig: Figure) -> Fact | None:
    """The index fact a figure states, if it is one."""
    part = _part_index_item(fig)
    index = part[1] if part else index_of(fig)
    if index is None or _of_a_ministry(fig):
        return None
    if fig.token.value > lx.HIGHEST_SCORE and en.COMMA_DECIMAL_SCORE.fullmatch(fig.s, fig.start, fig.end) and \
            en.POINTS_AFTER.match(fig.right):
        fig.token = replace(fig.token, value=fig.token.value / 1000)    # `with 48,095 points`: 48.095 points
    if not fig.sentence.indices and en.ECONOMIC_TOPIC.search(fig.s):
        return None                       # `attracted 1.5 billion USD of FDI, up 12 percent`: the index is left
    reading = _index_metric(fig, part)
    if reading is None:
        return None
    metric, unit, value, rank_of, component, year_back = reading
    if metric == "index_rank":
        index = _index_in_scope(fig) or index   # `9th nationwide in the provincial competitiveness index`
    if unit == "score" and en.PERCENTAGE_POINTS_AFTER.match(fig.right):
        unit = "percent"                  # `an increase of 1.32 percentage points` of a rate
    if metric == "index_score" and unit == "score" and index == "PAPI" and value <= en.PAPI_PART_SCALE:
        part = last_match(en.KNOWN_PART, fig.s, 0, fig.start)
        component = part.group() if part else fig.ctx.topic_part
        if component is None:
            return None                   # a PAPI dimension's score (no total is this low), its name not known
        metric = "index_component_score"  # `public service delivery index was the highest with 6.7 points`
    if metric in ("index_rank", "index_rank_change") and (_a_parts_place(fig) or body_tier(fig) or
                                                          _a_rates_place(fig)):
        return None                       # (`Phu Yen district ranking second`: a province's own body's place)
    if fig.province is None:
        fig.province = _holder(fig)
    own_year = en.IN_A_YEAR_AFTER.match(fig.right) if metric in ("index_rank", "index_score") else None
    if own_year and fig.year is None and not fig.year_before:
        fig.year = int(own_year.group("year"))   # `jumped to 37th position in 2015, 34th in 2016`
    elif not metric.endswith("_change"):  # a change runs from the edition before (`attributes.attach`)
        _date_by_edition(fig, year_back)
    return fig.fact(metric, value, unit, index=index, rank_of=rank_of, component=component)


def _index_metric(fig: Figure, part: tuple[str, str] | None):
    """(metric, unit, value, rank_of, component, years back) of an index figure, or None; `part` is the part of the
    index the figure's near words name in a list of parts (`_part_index_item`)."""
    tok, near, right, s = fig.token, fig.near, fig.right, fig.s
    if en.COUNTRY_MOVES_BEFORE.search(near):
        return None                       # `where Vietnam climbed 15 positions`: the country's place among countries
    if en.NOT_A_SCORE_BEFORE.search(near) or en.GAP_BEHIND_AFTER.match(s, fig.end) or \
            en.SCHEME_POINTS_AFTER.match(s, fig.end) or en.POINT_SCALE_AFTER.match(s, fig.end) or \
            fig.previous is not None and \
            en.NOT_A_SCORE_BEFORE.search(s, fig.clause[0], fig.previous.start) and en.PAIR_TO_BEFORE.match(near):
        return None                       # a scale's ends, a threshold, a gap, a weight, a scheme's points
    if _end_of_a_span(fig) or en.GAP_TO_MEAN_AFTER.match(fig.s[fig.end:]):
        return None                       # `ranging from 78.16% to 90.59%`, `4.38 points higher than the average`
    regional = en.REGIONAL_SUBJECT.search(s, 0, fig.start)
    if regional and not any(regional.end() <= m.start < fig.start for m in fig.sentence.provinces):
        return None                       # `the regional PCI increased by 10 percent`: a region's aggregate
    whole = float(tok.value).is_integer()
    named = _named_before_parenthesis(fig)
    if named is not None:                 # `Quang Ninh (73.2 points), Long An (72.64 points)`
        fig.province = named
        if en.POINTS_AFTER.match(right) or tok.percent:
            return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0
        if whole and is_ordinal(s, tok):
            return "index_rank", "rank", tok.value, None, None, 0   # `Thua Thien - Hue (6th), Bac Ninh (7th)`
        if not whole and (any(f.metric == "index_score" for f in fig.so_far) or
                          en.ORDER_NEXT.search(s, 0, fig.start) or fig.sentence.indices or
                          en.RANKED_AFTER_PARENS.match(s, fig.end)):
            # `... with 39.57, followed by Ha Tinh (39.32)`, `high PCI rankings include Quang Ninh (73.20)`, `Ho Chi
            # Minh City (65.2) ranked eighth`
            return "index_score", "score", tok.value, None, None, 0
        return None
    respective = _respective_item(fig)
    if respective is not None:
        return respective
    scored_part = en.PART_INDEX_SCORED_BEFORE.search(near) if tok.denominator else None
    if scored_part and tok.denominator != lx.FULL_SCALE.get(index_of(fig), 100):
        # `The progress index reached 19.45/20 points`: a part of the index on its own scale
        return "index_component_score", "score", tok.value, None, scored_part.group("name"), 0
    opens = en.WITH_OPENS.fullmatch(s, 0, fig.start)
    if opens and (tok.percent or en.POINTS_AFTER.match(right) or opens.group().rstrip().endswith("of")):
        after = [m for m in fig.sentence.provinces if fig.end <= m.start < fig.clause[1]]
        if after and not en.MINISTRY.search(s, fig.end, after[0].start):
            # `With 62.55 percent, ... Hau Giang was at the last place` (`With 89.95%, the Ministry of Justice shared
            # the top position with Quang Ninh`: the ministry's)
            fig.province = after[0].code
            return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0
    compared = en.COMPARED_YEAR_PARENS_BEFORE.search(s, max(0, fig.start - 40), fig.start)
    if compared and fig.previous_fact is not None and fig.previous_fact.metric == "index_rank_change" and whole and \
            (tok.denominator in lx.NATIONAL_RANK_OF or is_ordinal(s, tok)):
        year = int(compared.group("year"))   # `up 16 places compared to 2023 (57/63)`: that year's place
        fig.year = year
        back = fig.ctx.index_year - year if fig.ctx.index_year and fig.ctx.index_year > year else 0
        out_of = en.OUT_OF_AFTER.match(s[tok.end:])
        return "index_rank", "rank", tok.value, tok.denominator or (int(out_of.group("field")) if out_of else None), \
            None, back
    scored = fig.previous_fact
    if compared and scored is not None and scored.metric == "index_score_change":
        # `reached 0.7955, an increase of 8.6% compared to 2023 (0.7326)`: the value the change is from
        scored = next((f for f in reversed(fig.so_far) if f.metric in ("index_score", "index_component_score")), None)
    if compared and scored is not None and scored.metric in ("index_score", "index_component_score") and \
            (tok.percent or en.POINTS_AFTER.match(right) or not whole) and \
            scored.unit == ("percent" if tok.percent else "score"):
        fig.year, fig.province = int(compared.group("year")), scored.province   # `reached 35.77 points, higher than
        return scored.metric, scored.unit, tok.value, None, scored.component, 0  # in 2016 (35.57 points)`: 2016's
    own_scale = _part_on_its_own_scale(fig)
    if own_scale:                         # `its appraisal score reached 57.04/61.50 points`
        return "index_component_score", "score", tok.value, None, own_scale, 0
    pillar = en.KNOWN_PART_BEFORE.search(near) if index_of(fig) == "DTI" and not tok.percent else None
    if pillar:                            # `digital economy at 0.7723`: a DTI pillar's value
        return "index_component_score", "score", tok.value, None, pillar.group("name"), 0
    previous = fig.previous_fact
    if previous is not None and previous.metric == "index_score_change" and not whole and not tok.percent and \
            en.FROM_AFTER_A_CHANGE_BEFORE.search(near):
        own = [p for p in fig.sentence.periods if 0 <= p.start - tok.end <= 5 and p.period_start]
        if own and own[0].kind == "last_year" and fig.ctx.index_year:
            fig.year = fig.ctx.index_year - 1   # `from 72.95 last year` in a report of the 2023 edition: 2022's
        elif own:
            fig.year = int(own[0].period_start[:4])   # (`from 0.7326 in 2023`)
        fig.province = fig.province or previous.province   # the value the change's holder changed from
        return "index_score", "score", tok.value, None, previous.component, 1   # `up 8.6% from 0.7326 in 2023`
    if previous is not None and previous.metric in ("index_score", "index_component_score") and \
            previous.period_start and en.COMPARED_VALUE_BEFORE.search(near) and \
            (tok.percent or en.POINTS_AFTER.match(right)) and previous.unit == ("percent" if tok.percent else "score"):
        fig.province, fig.year = previous.province, int(previous.period_start[:4]) - 1
        return previous.metric, previous.unit, tok.value, None, previous.component, 1   # `, compared to the 80.08 per
        # cent in the previous year`: the same holder's value of the year before
    if not tok.percent and not whole and en.AVERAGED_BEFORE.search(near) and not _province_before(fig):
        return "index_score", "score", tok.value, None, None, 0   # `the DTI averaged 0.6961`: the provinces' mean
    if not tok.percent and not whole and tok.value <= 1 and en.NATIONAL_DTI.search(fig.clause_left) and \
            en.SCORE_BEFORE.search(near):
        return "index_score", "score", tok.value, None, None, 0   # `the national DTI in 2024 reached 0.7955`
    sipas_part = _sipas_part(fig) if tok.percent and index_of(fig) == "SIPAS" else None
    if sipas_part:                        # `The level of satisfaction with access to services was 83 per cent`
        return "index_component_score", "percent", tok.value, None, sipas_part, 0
    labelled = _part_labelled(fig)
    if labelled:                          # `Access to land: 7.67 points`
        return "index_component_score", "score", tok.value, None, labelled, 0
    mean_of_part = fig.ctx.last_part_score
    if mean_of_part is not None and fig.previous is None and not tok.percent and en.POINTS_AFTER.match(right) and \
            en.NATIONAL.search(fig.clause_left) and not fig.sentence.indices:
        # `Access to land: 7.67 points ... The national median was 6.94 points.`: the part's national mean
        return "index_component_score", "score", tok.value, None, mean_of_part.component, 0
    part_in = en.POINTS_IN_PART_AFTER.match(s, tok.end) or en.POINTS_FOR_KNOWN_PART_AFTER.match(s, tok.end) \
        if not tok.percent else None
    if part_in and not indices_in(part_in.group("name")):
        return "index_component_score", "score", tok.value, None, part_in.group("name"), 0   # `4.83 points in X`
    scaled = _part_on_a_scale_named_after(fig)
    if scaled:
        return "index_component_score", "score", tok.value, None, scaled, 0   # `18 out of 18 for transparency`
    if not tok.percent and (en.POINTS_AFTER.match(right) or not whole):
        part_scored = _part_scored_in_parentheses(fig)
        if part_scored:
            return "index_component_score", "score", tok.value, None, part_scored, 0
    listed = _named_right_before(fig)
    if listed is not None and (tok.percent or en.POINTS_AFTER.match(right)) and \
            any(f.metric == "index_score" for f in fig.so_far) and not en.OTHER_RATE.search(right):
        fig.province = listed             # `A with 91.4 percent, B 91.2 percent`: later items drop the `with`
        return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0
    ranked_part = en.PART_RANKED_BEFORE.search(fig.clause_left[-120:])
    if ranked_part and (whole or tok.percent):
        return None                       # `digital government ranked eighth`: the part's own rank
    if whole and en.PART_AFTER_RANK.match(right):
        return None                       # `ranks 17/63 in digital government`: the part's own rank
    if tok.denominator is not None and tok.denominator not in lx.NATIONAL_RANK_OF and \
            en.REGION.search(right[:50]):
        return None                       # `ranking 8/13 provinces in the Mekong Delta`: a region's ranking
    named_part = _named_part(fig) or (ranked_part.group("name") if ranked_part else None)
    if named_part and not whole and not tok.percent:
        return _score_of(fig, named_part) + (0,)   # `Dimension of Transparency was 5.61 over 10-point scale`
    dimension = en.PAPI_DIMENSION_BEFORE.search(near) if not tok.percent else None
    if dimension and en.POINTS_AFTER.match(right):
        verb = dimension.group("verb").lower()
        if verb in ("reached", "scored", "achieved", "was"):
            return "index_component_score", "score", tok.value, None, dimension.group("name"), 0
        sign = -1 if verb in en.DOWN_WORDS else 1
        return "index_score_change", "score", sign * tok.value, None, dimension.group("name"), 0
    part_moved = en.PART_INDEX_MOVED.search(fig.clause_left[-100:])
    if (part_moved or en.PART_INDEX_OF_MOVED.search(fig.clause_left[-100:])) and whole and not tok.percent:
        return None                       # `the market entry index fell 15 places to 18th`: the part's places
    if part_moved and en.POINTS_AFTER.match(right):
        verb = en.RANK_CHANGE_BEFORE.search(near[-30:])   # `fell 15 places ... but increased by 0.13 points`
        word = (verb.group(1) if verb else part_moved.group("verb")).lower()
        sign = -1 if word in en.DOWN_WORDS else 1
        return "index_score_change", "score", sign * tok.value, None, part_moved.group("name"), 0
    previous = fig.previous_fact
    if previous is not None and previous.metric == "index_rank_change" and not whole and \
            en.POINTS_AFTER_PLACES_BEFORE.match(near) and en.POINTS_AFTER.match(right):
        sign = -1 if previous.value < 0 else 1
        return "index_score_change", "score", sign * tok.value, None, None, 0
    field = en.PAR_FIELD_BEFORE.search(near)
    if field and (tok.percent or en.POINTS_AFTER.match(right)):
        return "index_component_score", "percent" if tok.percent else "score", tok.value, None, field.group("name"), 0
    if part and not whole and not tok.percent and en.POINTS_AFTER.match(right):
        return "index_component_score", "score", tok.value, None, part[0], 0
    listed, subject_part = _listed_component(fig), _part_subject(fig)
    # `... is the time cost with 9.06 points`, `vertical accountability (4.97 points)`
    known_part = en.KNOWN_PART_BEFORE.search(near) or \
        en.KNOWN_PART_BEFORE_PARENS.search(s, max(0, fig.start - 80), fig.start)
    component = _quoted_component(fig) or listed or named_part or subject_part or \
        (known_part and known_part.group("name")) or _part_topic(fig)
    if fig.previous_fact is not None and fig.previous_fact.metric == "index_score_change" and \
            fig.previous_fact.component and not tok.percent and \
            en.TO_AFTER_A_CHANGE.fullmatch(s, fig.previous.end, fig.start):
        return "index_component_score", "score", tok.value, None, fig.previous_fact.component, 0   # `..., to 7.37`
    ordinal = is_ordinal(s, tok)
    if ordinal and en.PLACE_SPAN_AFTER.match(s, fig.end) and not en.PAIR_FROM_BEFORE.search(near[-25:]):
        return None                       # `Ranked 4th to 10th are the following units`: a span of places, no place
    if en.OUT_OF_UNITS_AFTER.match(s, fig.end):
        return None                       # `ranking 10th out of 18 districts and cities`: a place inside a province
    previous = fig.previous_fact
    if ordinal and previous is not None and previous.metric == "index_rank" and en.IN_A_YEAR_AFTER.match(right) and \
            en.PLACES_BY_YEAR_BETWEEN.fullmatch(s, fig.previous.end, fig.start):
        return "index_rank", "rank", tok.value, None, None, 0   # `ranked fourth in 2014, third position in 2015, fourth
                                                                  # in 2016`: the list of places goes on, a year each
    in_pair = en.PAIR_TO_AFTER.match(right) or fig.previous is not None and en.PAIR_TO_BEFORE.match(near)
    if in_pair and not ordinal and not en.SCORE_MOVE.search(fig.clause_left):
        return None                       # `scores from 42.39 points to 43.95 points`: a band, not a change
    if ordinal and en.PAIR_FROM_BEFORE.search(near[-12:]) and en.PLACES_TO_AFTER.match(right):
        return "index_rank", "rank", tok.value, None, None, 1   # `fell from 6th last year to 8th`: last year's 6th
    if ordinal and fig.previous is not None and en.PLACES_TO_BEFORE.match(near) and \
            en.PAIR_FROM_BEFORE.search(s, max(0, fig.previous.start - 12), fig.previous.start):
        return "index_rank", "rank", tok.value, None, None, 0
    if en.PAIR_FROM_BEFORE.search(near[-12:]) and en.PAIR_TO_AFTER.match(right):
        fig.year_before = True            # (also in a sentence dated by its own year: `In 2017, ... from 36th to 44th`)
        return _pair_value(fig, component, ordinal) + (1,)   # `from 5.92 to 5.4 points`: 5.92 is the year before's
    if fig.previous is not None and en.PAIR_TO_BEFORE.match(near) and \
            en.PAIR_FROM_BEFORE.search(s, max(0, fig.previous.start - 12), fig.previous.start):
        return _pair_value(fig, component, ordinal) + (0,)
    signed = en.SIGN_IN_PARENS_BEFORE.search(s, max(0, tok.start - 4), tok.start)
    if signed:                            # `(+0.14 points)`, `(+2 grades)`, `Cost of time (+0.47)`
        sign = -1 if signed.group("sign") != "+" else 1
        if whole and en.RANK_CHANGE_UNIT_AFTER.match(right):
            return "index_rank_change", "rank", sign * tok.value, None, None, 0
        part = component or _part_before_parenthesis(fig, signed.start())
        return "index_score_change", "percent" if tok.percent else "score", sign * tok.value, None, part, 0
    after_score_change = en.SCORE_CHANGE_THEN_BEFORE.search(s, max(0, tok.start - 60), tok.start)
    if after_score_change and whole and en.RANK_CHANGE_UNIT_AFTER.match(right):
        sign = -1 if after_score_change.group("word").lower() in en.SCORE_DOWN_WORDS else 1
        return "index_rank_change", "rank", sign * tok.value, None, None, 0   # `... 2.86 points and 9 places`
    moved = en.MOVE_AFTER_PLACES.match(right) if whole else None
    if moved:
        return "index_rank_change", "rank", -tok.value if moved.group(1).lower() in ("down", "lower") else tok.value, \
            None, None, 0
    named_before = en.RANK_MOVE_NAMED_BEFORE.search(near[-30:]) if whole else None
    if named_before and en.RANK_CHANGE_UNIT_AFTER.match(right):   # `an improvement of 24 places`
        down = named_before.group(1).lower() in ("drop", "decline", "fall", "decrease", "slide")
        return "index_rank_change", "rank", -tok.value if down else tok.value, None, None, 0
    move_named = en.RANK_MOVE_NAMED_AFTER.match(s, tok.end) if whole else None
    if move_named:                        # `a 23-place climb in the national ranking`
        down = move_named.group(1).lower() in ("drop", "decline", "fall", "decrease", "slide")
        return "index_rank_change", "rank", -tok.value if down else tok.value, None, None, 0
    score_move = en.SCORE_MOVE_NAMED_AFTER.match(s, tok.end) if not tok.percent else None
    if score_move:                        # `a 14.5-point increase`
        down = score_move.group(1).lower() in ("drop", "decline", "fall", "decrease")
        return "index_score_change", "score", -tok.value if down else tok.value, None, component, 0
    if en.RANK_CHANGE_BEFORE.search(near[-30:]) and en.RANK_CHANGE_UNIT_AFTER.match(right) and whole:
        word = en.RANK_CHANGE_BEFORE.search(near[-30:]).group(1).lower()
        return "index_rank_change", "rank", -tok.value if word in en.DOWN_WORDS else tok.value, None, None, 0
    out_of = en.OUT_OF_AFTER.match(s[tok.end:])
    rank_of = tok.denominator or (int(out_of.group("field")) if out_of else None)
    moved_to = en.TO_BEFORE.search(near) and fig.previous_fact is not None and \
        fig.previous_fact.metric == "index_rank_change"       # `climbed five places to 12th`
    if whole and not tok.percent and (en.RANK_BEFORE.search(near[-25:]) and (ordinal or rank_of)
                                      or en.NUMBERED_PLACE_BEFORE.search(near[-25:])
                                      or en.PLACE_NUMBER_BEFORE.search(near[-25:]) and   # (`its No. 1 position`)
                                      en.PLACE_AFTER_ITS_NUMBER.match(s, tok.end)
                                      or ordinal and (en.PLACE_AFTER.match(right) or moved_to or
                                                      en.MOVED_TO_BEFORE.search(near[-20:]) or
                                                      rank_of in lx.NATIONAL_RANK_OF)   # (`the second of 63`)
                                      or moved_to and not en.POINTS_AFTER.match(right)):   # (`jumped two places to 24`)
        if not rank_of and en.REGION.search(right[:50]):
            return None                   # `ranking No. 13 out among Mekong Delta provinces`: a region's place
        # (`from position 27/63 to position 22/63`: the first of a pair of places is the year before's)
        fig.year_before = bool(en.PAIR_FROM_BEFORE.search(near[-25:]) and en.PAIR_TO_AFTER.match(right))
        return ("index_rank", "rank", tok.value, rank_of, None, int(fig.year_before)) if _of_the_index(s, tok.end) \
            else None
    later = en.HIGHER_THAN_A_YEAR_AFTER.match(right)
    if later and (not whole or tok.percent or en.POINTS_AFTER.match(right)):   # `2.81 points higher than in 2023`,
        # `4% higher than in 2018` (a whole number of places is a rank's move, read above)
        sign = -1 if later.group(1).lower() in ("lower", "less", "fewer") else 1
        return "index_score_change", "percent" if tok.percent else "score", sign * tok.value, None, component, 0
    change = en.SCORE_CHANGE_BEFORE.search(fig.clause_left[-50:])
    previous = fig.previous_fact
    after_its_score = previous is not None and \
        previous.metric in ("index_score", "index_component_score", "index_score_change")
    if previous is not None and previous.metric == "index_score_change" and \
            en.NEXT_CHANGE_ITEM_BETWEEN.fullmatch(s, fig.previous.end, fig.start) and \
            (tok.percent or en.POINTS_AFTER.match(right)):
        # `an increase of 1.32 percentage points compared to 2023 and 2.99 percentage points compared to 2022`
        return "index_score_change", previous.unit, tok.value, None, previous.component, 0
    referred = _referred_to(fig.ctx, s, fig.clause[0], fig.start) if change and not _province_before(fig) else None
    if change and (tok.percent or en.POINTS_AFTER.match(right)) and \
            (_province_before(fig) or after_its_score or _index_opens_the_clause(fig) or
             (component is not None and component in (listed, subject_part)) or
             (en.REFERRING_PRONOUN_OPENS.match(s, fig.clause[0]) and fig.ctx.last_ranked is not None) or referred):
        if referred:                      # `the province's total score decreased by 1.7 points`
            fig.province = referred
        word = next(w for w in change.groups() if w).lower()
        sign = -1 if word in en.SCORE_DOWN_WORDS else 1
        if after_its_score and not component:
            component = previous.component   # `digital economy at 0.7723, up 13.3%`: the part's change
        return "index_score_change", "percent" if tok.percent else "score", sign * tok.value, None, component, 0
    named_after = en.CHANGE_NAMED_AFTER.match(right) if after_its_score and tok.percent else None
    if named_after:                       # `the DTI averaged 0.6961, a 2.6% year-on-year increase`
        sign = -1 if named_after.group(1).lower() in en.SCORE_DOWN_WORDS else 1
        return "index_score_change", "percent", sign * tok.value, None, previous.component, 0
    if (en.POINTS_AFTER.match(right) or not whole and not tok.percent and en.SCORE_BEFORE.search(near)) \
            and not change:
        return _score_of(fig, component) + (0,)   # `73.02 points`, `a score of 73.02`
    if (tok.percent and index_of(fig) in en.PERCENT_INDICES or en.POINTS_AFTER.match(right)) and \
            en.NATIONAL.search(fig.clause_left[-60:]) and \
            (en.REACHED_BEFORE.search(near) or en.NATIONAL.search(near)):   # (`reaching an average of 83.94%`)
        return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0   # the national average
    # (the index named in the sentence, or a holder ranked in it before: `SIPAS 2018 results in Binh Duong province
    # reached 85.03%, ranked 23/63. In 2017, it reached 79.58%`)
    if (tok.percent and index_of(fig) in en.PERCENT_INDICES or en.POINTS_AFTER.match(right)) and \
            (fig.sentence.indices or fig.ctx.last_ranked is not None) and en.SCORE_BEFORE.search(near) and \
            not _province_before(fig) and not en.OTHER_RATE.search(right):
        holder = _referred_to(fig.ctx, fig.s, fig.clause[0], fig.start)
        if holder:                        # `For the SIPAS, the locality scored a rate of 87.59%`
            fig.province = holder
            return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0
    if tok.percent and index_of(fig) in en.PERCENT_INDICES and en.SCORE_BEFORE.search(near) and \
            (_province_before(fig) or _index_opens_a_provinces_clause(fig)) and \
            not en.OTHER_RATE.search(fig.clause_left[-80:]):
        return "index_score", "percent", tok.value, None, None, 0   # `Hanoi ... with 91.2 percent` (PAR, SIPAS), `the
        # satisfaction index of people ... reached 89.18 per cent`: the index the clause opens on
    if (tok.percent and index_of(fig) in en.PERCENT_INDICES or en.POINTS_AFTER.match(right)) and not change and \
            body_tier(fig) and not en.OTHER_RATE.search(fig.clause_left[-80:]) and not en.OTHER_RATE.search(right) \
            and not en.THRESHOLD_BEFORE.search(near):
        return "index_score", "percent" if tok.percent else "score", tok.value, None, None, 0   # `the Department
        # of Finance (93.89%)`, `Dong Da district came first with 96.3%`: a province's own body's score
    return None



def _respective_item(fig: Figure):
    """`Hanoi and Hai Phong ranked 14th and 21st respectively`: a later item of such a list states what the first
    did (a place or a score); every item's holder is the name at its place in the list of names before the list."""
    s, tok = fig.s, fig.token
    tail = en.RESPECTIVE_LIST_AFTER.match(s, tok.end)
    if tail is None:
        return None
    first, previous = fig.previous, fig.previous_fact
    later = first is not None and en.RESPECTIVE_ITEM_JOIN.fullmatch(s, first.end, tok.start)
    if later and (previous is None or not previous.metric.startswith("index")):
        return None
    start = first.start if later else tok.start   # (lists of two: longer ones are rare)
    names = [m for m in fig.sentence.provinces if fig.clause[0] <= m.start and m.end <= start]
    position = 1 if later else 0
    listed = position + 1 + sum(1 for _ in en.NUMBER.finditer(s, tok.end, tail.end()))
    if len(names) < listed:
        return None
    fig.province = names[len(names) - listed + position].code
    if not later:
        if is_ordinal(s, tok) and en.PLACES_LISTED_UNIT.search(tail.group()) and \
                not en.IN_TERMS_OF_AFTER.match(s, tail.end()) and _of_the_index(s, tail.end()):
            return "index_rank", "rank", tok.value, None, None, 0   # `dropped to the 13th and 14th spots, respectively`
        return None                       # the first item: what it states is read by the rules after
    return previous.metric, previous.unit, tok.value, previous.rank_of, previous.component, 0


def _holder(fig: Figure) -> str | None:
    """The province an English index figure is about: the last named before it in its clause (the subject: `Long An
    climbed five places to 6th`), else one named after it in the same phrase (`... ranked 9th was Hanoi`), never
    one of the next phrase (`the city ranked 9th, and Hanoi ranked first`)."""
    before = [m for m in fig.sentence.provinces if fig.clause[0] <= m.start and m.end <= fig.start]
    if len(before) > 1 and en.OVERTOOK_BETWEEN.fullmatch(fig.s, before[-2].end, before[-1].start):
        return before[-2].code            # `Hai Phong surpassed Dong Thap to secure the second spot`: the subject's
    if before:
        return before[-1].code
    after = [m for m in fig.sentence.provinces
             if m.start >= fig.end and not en.PHRASE_END.search(fig.s, fig.end, m.start)]
    return after[0].code if after else None


def _a_rates_place(fig: Figure) -> bool:
    """`the rate of businesses believing that local leaders have acted is only 60%, down 7 places and ranked 59/63`:
    a place or a move right after a share of respondents (a survey's indicator, no index's score) is the share's, and
    so is the place right after such a move."""
    previous = fig.previous
    if previous is None or fig.previous_fact is not None and fig.previous_fact.metric.startswith("index"):
        return False
    if fig.start - previous.end > RATES_PLACE_REACH or \
            not en.SHARE_OF_RESPONDENTS.search(fig.s, max(0, previous.start - RESPONDENTS_REACH), previous.end + 40):
        return False
    if previous.percent:
        return True
    # (the move before, itself after the share, was no fact: `60%, down 7 places and ranked 59/63`)
    return fig.previous_fact is None and bool(en.RANK_CHANGE_UNIT_AFTER.match(fig.s[previous.end:])) and \
        bool(en.SHARE_THEN_MOVE_BEFORE.search(fig.s, max(0, previous.start - RATES_PLACE_REACH), previous.start))


RATES_PLACE_REACH = 30     # characters from a share to the place or move that follows it
RESPONDENTS_REACH = 200    # characters before a share within which its respondents are named


def _index_in_scope(fig: Figure) -> str | None:
    """The index a place's scope names right after it (`9th nationwide in the provincial competitiveness index (CPI)`
    after a PAR place): the place is in that index's ranking, whatever was named before."""
    scope = en.RANK_SCOPE_AFTER.match(fig.s[fig.end:])
    codes = [code for _, code in indices_in(scope.group("matter")) if code] if scope else []
    return codes[0] if codes else None


def _index_opens_a_provinces_clause(fig: Figure) -> bool:
    """`..., and the satisfaction index of people ... reached 89.18 per cent`: the last index named before the figure
    opens its phrase (within its first three words after a comma) as the subject, not held by a district or a body
    (`Thang Binh had a satisfaction index of`), and is no aggregate of places (`a median value of`)."""
    named = [pos for pos, code in fig.sentence.indices if code and fig.clause[0] <= pos < fig.start]
    if not named or en.AGGREGATE_WORD.search(fig.clause_left):
        return False
    # (any index named in that phrase: `The Satisfaction Index of ... Services (SIPAS) has risen`)
    return _index_opens(fig, max(fig.clause[0], fig.s.rfind(",", 0, named[-1]) + 1))


def _of_the_index(s: str, end: int) -> bool:
    """A rank is the index's unless the words after it place it in a region or another matter (`5th in the Mekong
    Delta region`, `2nd nationwide in GRDP growth`)."""
    scope = en.RANK_SCOPE_AFTER.match(s[end:])
    if scope is None:
        return True
    matter = scope.group("matter")
    return not (en.REGION.search(matter) or en.FEW_PLACES.match(matter) or
                en.OTHER_MATTER.search(matter) and not indices_in(matter))


def _pair_value(fig: Figure, component: str | None, ordinal: bool) -> tuple:
    """A value of a `from X to Y` pair: a rank when written as an ordinal (`from 15th to 12th`), else a score."""
    if ordinal:
        return "index_rank", "rank", fig.token.value, None, None
    return _score_of(fig, component)


def _score_of(fig: Figure, component: str | None) -> tuple:
    unit = "percent" if fig.token.percent else "score"
    if component:
        return "index_component_score", unit, fig.token.value, None, component
    return "index_score", unit, fig.token.value, None, None


def _quoted_component(fig: Figure) -> str | None:
    """`the “equal competition” index, falling sharply from 5.92 to 5.4 points`: the quoted part of the index."""
    m = last_match(en.QUOTED_COMPONENT, fig.s, fig.clause[0], fig.start)
    return (m.group("name") or m.group("kind_first")) if m else None


def _part_index_item(fig: Figure) -> tuple[str, str] | None:
    """`in which the Publicity and Transparency Index reached 15.42 points`: (the part's name, the index it is part
    of) when the figure's near-left words name `the X Index` in a list of parts after a lead (`in which`) and an index
    named before the lead."""
    item = en.PART_INDEX_ITEM.search(fig.near)
    if item is None:
        return None
    lead = last_match(en.PARTS_LEAD, fig.s, 0, fig.left_start + item.start())
    if lead is None:
        return None
    index = next((code for at, code in reversed(fig.sentence.indices) if at < lead.start() and code), fig.ctx.index)
    return (item.group("name"), index) if index else None


def indices_but_parts(sentence: str) -> list[tuple[int, str | None]]:
    """`indices_in`, less the names of parts listed after a lead (`of which: the satisfaction index reached`), which
    name no index of their own."""
    indices = indices_in(sentence)
    lead = en.PARTS_LEAD.search(sentence) if indices else None
    if lead is None:
        return indices
    parts = [(m.start("name"), m.end("name")) for m in en.PART_INDEX_NAMED.finditer(sentence, lead.end())]
    return [(at, code) for at, code in indices if not any(start <= at < end for start, end in parts)]


def _listed_component(fig: Figure) -> str | None:
    """`including: Control of corruption in the public sector with 7.48 points; Publicity and transparency with 5.84
    points`: in a list of parts after a lead naming them, the item's name before `with` is the figure's part; a
    province's name there makes it a list of places."""
    lead = last_match(en.COMPONENT_LIST_LEAD, fig.s, 0, fig.start)
    if lead is None:
        return None
    start = max(fig.s.rfind(";", lead.end(), fig.start) + 1, lead.end())
    item = en.COMPONENT_ITEM.match(fig.s[start:fig.start])
    if item is None or any(start <= m.start < fig.start for m in fig.sentence.provinces):
        return None
    return item.group("name")


def _a_parts_place(fig: Figure) -> bool:
    """`Law and order: 6.14 points (up 0.36 points), ranked No. 48 (6 places higher)`, `Seven out of 10 component
    indicators advanced to make it ranked No. 6`: a place or move after a part's score in its sentence, or of a part
    whose indicators the sentence counts, is the part's."""
    after_part = any(f.metric == "index_component_score" or f.component and f.metric == "index_score_change"
                     for f in fig.so_far) and \
        not any(f.evidence_end <= pos < fig.start for f in fig.so_far for pos, _ in fig.sentence.indices)
    return after_part or en.PART_INDICATORS.search(fig.s, 0, fig.start) is not None or _part_subject(fig) is not None


def _part_on_its_own_scale(fig: Figure) -> str | None:
    """A score over a maximum that is neither the index's full scale nor a count of places is a part's, named by the
    words its phrase opens with (`leadership and management impact assessment score 18.34/22 points`)."""
    tok = fig.token
    if tok.percent or tok.denominator is None or tok.value > tok.denominator or \
            tok.denominator in (lx.FULL_SCALE.get(index_of(fig), 100), *lx.NATIONAL_RANK_OF) or \
            not en.POINTS_AFTER.match(fig.right):
        return None
    lo = max(fig.clause[0], fig.start - 100, fig.previous.end if fig.previous else 0)
    named = en.PART_ON_ITS_SCALE_BEFORE.search(fig.s, lo, fig.start)
    if named is None or any(lo <= m.start < fig.start for m in fig.sentence.provinces) or \
            en.QUOTED_COMPONENT.search(fig.s, lo, fig.start):
        return None                       # (a part named in quotes is `_quoted_component`'s)
    return named.group("name").strip(" \"“”")


def _part_subject(fig: Figure) -> str | None:
    """The part of the index its clause opens with (`Transparency rose 0.22 points`, `One index – time costs –`)."""
    subject = en.PART_SUBJECT.match(fig.s[fig.clause[0]:fig.start])
    return subject.group("name") if subject else None


def _part_on_a_scale_named_after(fig: Figure) -> str | None:
    """`scoring 18 out of 18 for transparency, 8.04 out of 12 for online public services`: a score on a part's own
    small scale, the part named after it (not an index)."""
    tok = fig.token
    if tok.percent:
        return None
    scaled = en.OUT_OF_FOR_PART_AFTER.match(fig.s, tok.end)
    named = scaled or (en.PART_NAMED_AFTER.match(fig.s, tok.end) if tok.denominator else None)
    scale = float(scaled.group("max")) if scaled else tok.denominator
    if named is None or not tok.value <= scale <= en.PART_SCALE_MAX or indices_in(named.group("name")):
        return None
    return named.group("name")


def _part_topic(fig: Figure) -> str | None:
    """The published part the figure's clause is about, named before it (`On participation at grassroots level,
    Haiphong posted 4.98 points`); of several (`For transparency ... and accountability, the city secured 5.11 and 4.15
    points respectively`), the one at the figure's place in the list."""
    topic = last_match(en.PART_TOPIC_BEFORE, fig.s, fig.clause[0], fig.start)
    if topic is None:
        return None
    names = [m.group() for m in en.KNOWN_PART.finditer(topic.group("names"))]
    if len(names) == 1:
        return names[0]
    place = sum(1 for _ in en.NUMBER.finditer(fig.s, topic.end(), fig.start))
    listed = en.RESPECTIVELY.search(fig.s, fig.end, fig.clause[1]) and \
        sum(1 for _ in en.NUMBER.finditer(fig.s, topic.end(), fig.clause[1])) == len(names)
    return names[place] if listed and place < len(names) else None


def _part_labelled(fig: Figure) -> str | None:
    """The name before the colon that opens the figure's sentence (`Access to land: 7.67 points`), when it names no
    place and no index: a part of the index."""
    if fig.previous is not None or fig.token.percent or not en.POINTS_AFTER.match(fig.right):
        return None
    label = en.PART_LABEL_OPENS.match(fig.s[:fig.start])
    if label is None or fig.sentence.provinces and fig.sentence.provinces[0].start < fig.start:
        return None
    name = label.group("name").strip()
    return None if indices_in(name) or en.NOT_A_PART_LABEL.match(name) else name


def _part_before_parenthesis(fig: Figure, opened: int) -> str | None:
    """`the province has 5 increasing indexes including Cost of time (+0.47); Dynamicity (+0.18)`: in a sentence about
    the index's parts, the name right before the parenthesis (back to `;`, `:` or `including`) is the part's."""
    if not en.PARTS_NAMED.search(fig.s, 0, opened):
        return None
    item = en.ITEM_NAME_BEFORE_PARENS.search(fig.s, max(0, opened - 70), opened) or \
        en.TITLED_NAME_BEFORE_PARENS.search(fig.s, max(0, opened - 70), opened + 1)
    return item.group("name").strip("\"“” ").removeprefix("and ") if item else None


def _part_scored_in_parentheses(fig: Figure) -> str | None:
    """`5 content axes ...: People's participation at the grassroots level (5.5787 points); accountability to the
    people (4.3875)`: the part whose name opens the parenthesis the figure stands alone in."""
    opened = fig.s.rfind("(", 0, fig.start)
    if opened < 0 or fig.s[opened + 1:fig.start].strip():
        return None
    return _part_before_parenthesis(fig, opened)


def _named_part(fig: Figure) -> str | None:
    """`Dimension of Transparency was 5.61`, `a Time Cost subindex score of 8.40`: the part named with its kind right
    before the figure."""
    m = en.NAMED_PART_BEFORE.search(fig.near) or en.PART_NAMED_BEFORE_KIND.search(fig.near)
    return m.group("name") if m else None


def _named_before_parenthesis(fig: Figure) -> str | None:
    """The province named right before the parenthesis the figure opens (`Quang Ninh (`), if any."""
    if not en.NAME_THEN_PARENS.search(fig.s, max(0, fig.start - 3), fig.start):
        return None
    opened = fig.s.rfind("(", 0, fig.start)
    kind = en.PROVINCE_WORD_BEFORE_PARENS.search(fig.s, max(0, opened - 12), opened + 1)   # `Dong Thap Province (`
    # (the word may be the name's own: `Ho Chi Minh City (`)
    named = province_before_parenthesis(fig, kind.start()) if kind else None
    return named or province_before_parenthesis(fig, opened)


def _named_right_before(fig: Figure) -> str | None:
    """The province whose name is all the figure's near-left words hold (`, Bac Giang 91.16 percent`, `and Long An
    90.5 percent`), if any."""
    named = [m for m in fig.sentence.provinces if fig.left_start <= m.start and fig.s[m.end:fig.start].isspace()
             and en.LIST_ITEM_OPENING.fullmatch(fig.s, fig.left_start, m.start)]
    return named[0].code if named else None


def _sipas_part(fig: Figure) -> str | None:
    """The SIPAS part a share is the satisfaction with (`satisfaction with access to services was 83 per cent`), or
    the next part of such a list (`..., administrative procedures 83.02 per cent`)."""
    named = en.SIPAS_PART_SATISFACTION_BEFORE.search(fig.near)
    if named:
        return named.group("name")
    previous = fig.previous_fact
    item = en.SIPAS_PART_ITEM_BEFORE.fullmatch(fig.near) if previous is not None and \
        previous.metric == "index_component_score" and previous.index == "SIPAS" else None
    return item.group("name") if item else None


def _referred_to(ctx, s: str, lo: int, pos: int) -> str | None:
    """`the locality scored ...`, `the province kept its top position`: the province a clause names no other way
    than by referring back, the one last ranked, else the source's; None when the clause names none or a name."""
    if not en.REFERRING_SUBJECT.search(s, lo, pos):
        return None
    return ctx.last_ranked or ctx.default_province


def _province_before(fig: Figure) -> bool:
    return any(fig.clause[0] <= m.start < fig.start for m in fig.sentence.provinces)


def _end_of_a_span(fig: Figure) -> bool:
    """Either end of `ranging from 78.16% to 90.59%`."""
    if en.SPAN_FROM_BEFORE.search(fig.s, max(0, fig.start - 25), fig.start):
        return True
    before = fig.previous
    return before is not None and bool(en.SPAN_TO_BETWEEN.fullmatch(fig.s, before.end, fig.start)) and \
        bool(en.SPAN_FROM_BEFORE.search(fig.s, max(0, before.start - 25), before.start))


def _index_opens_the_clause(fig: Figure) -> bool:
    """`The Satisfaction Index of Public Administrative Services (SIPAS) in 2024 increased by 1.28%`: the index is
    the subject of its clause (named within its first three words)."""
    return _index_opens(fig, fig.clause[0])


def _index_opens(fig: Figure, lo: int) -> bool:
    """A reform index is named before the figure within the first three words from `lo`."""
    return any(code and lo <= pos < fig.start and len(fig.s[lo:pos].split()) <= 3 for pos, code in fig.sentence.indices)


def _of_a_ministry(fig: Figure) -> bool:
    """`The MoJ topped the list with 91.9 percent`: a ministry's figure, unless a province is named after it."""
    ministry = last_match(en.MINISTRY, fig.s, fig.clause[0], fig.start)
    if ministry is None or en.SOURCE_BEFORE.search(fig.s, max(0, ministry.start() - 40), ministry.start()):
        return False                      # (`According to the announcement of the Ministry of ...`: the source)
    return not any(ministry.end() <= m.start < fig.start for m in fig.sentence.provinces)


def _date_by_edition(fig: Figure, years_back: int) -> None:
    """An index figure in a sentence that states no period of its own is of the edition the sentence names, else of
    the one the article reports (`the 2024 PCI`); a from-value is of the edition before."""
    ctx = fig.ctx
    if any(not p.comparative for p in fig.sentence.periods):
        return
    # (`In the PCI 2023, Da Nang slipped to second` in a 2024 report; not `higher than in PCI 2021`, a base)
    edition = next((m for m in en.INDEX_EDITION.finditer(fig.s)
                    if not en.COMPARED_EDITION_BEFORE.search(fig.s, max(0, m.start() - 40), m.start())), None)
    year = int(edition.group("year") or edition.group("year_before")) if edition else ctx.index_year
    if year is not None:
        fig.year = year - years_back


def first_places(sent: Sentence, ctx) -> list[Fact]:
    """`Hai Phong at the first place`, `Hai Phong rose to the top position`: rank 1 of the province named before
    (and `Dong Thap was the runner-up`: rank 2)."""
    out = []
    places = [(m, 1.0) for m in en.RANK_FIRST.finditer(sent.text)] + \
        [(m, 2.0) for m in en.RUNNER_UP.finditer(sent.text)]
    listed = [(m.start(), m.end()) for m in en.TOP_PLACES_NAMED_BEFORE.finditer(sent.text)]
    for m, place in places:
        if any(lo <= m.start() < hi for lo, hi in listed):
            continue                      # `A, B and C ranked first through third respectively`: the list's
        lo = clause_bounds(sent.text, m.start())[0]
        # (the name may stand an apposition before: `Da Nang, the poster city of central Vietnam, has ... topped`;
        # after `Leading the PCI 2024 ranking is`, it follows)
        follows = bool(en.HOLDER_FOLLOWS.search(m.group()))
        named = [p for p in sent.provinces if p.start == m.end()] if follows else \
            [p for p in sent.provinces if lo <= p.start and 0 <= m.start() - p.end <= 70]
        holder = named[-1].code if named else _referred_to(ctx, sent.text, lo, m.start())
        if not holder or not _of_the_index(sent.text, m.end()) or en.LEAD_IN_A_PART_AFTER.match(sent.text, m.end()):
            continue                      # `The MoJ topped the list`: no province's first place
        fig = Figure(sent, NumberToken(m.start(), m.end(), place, False, False), ctx, province=holder)
        index = index_of(fig)
        if index is None or _of_a_ministry(fig):
            continue
        _date_by_edition(fig, 0)
        out_of = en.OUT_OF_AFTER.match(sent.text[m.end():])     # `ranks first among all 63 provinces`
        # `maintained first position on the Public Administration Reform Index`: the index named right after the
        # place is the one it tops, whatever was named before
        named_after = [code for pos, code in sent.indices if code and 0 <= pos - m.end() <= INDEX_TOPPED_SPAN]
        for code in _indices_topped(sent, m, lo) or named_after[:1] or [index]:
            fact = Fact(article="", metric="index_rank", value=place, unit="rank", index=code,
                        rank_of=int(out_of.group("field")) if out_of else None,
                        evidence_start=named[-1].start if named and not follows else m.start(),
                        evidence_end=named[-1].end if named and follows else m.end())
            attach(fact, fig)
            out.append(fact)
    return out


INDEX_TOPPED_SPAN = 20     # characters from a first place to the index it names (` on the Public Administration`)


def _indices_topped(sent: Sentence, m, lo: int) -> list[str]:
    """`Quang Ninh topped the 2022 PCI ... and the 2022 PAPI`: the indices a first place names after it, when there
    are several and none is named before it; the list ends at the next first place or the next province named
    (`topped the PCI, while Hanoi led the PAPI`)."""
    s = sent.text
    if any(lo <= pos < m.start() for pos, _ in sent.indices):
        return []
    ends = [n.start() for n in en.RANK_FIRST.finditer(s, m.end())] + \
        [p.start for p in sent.provinces if p.start >= m.end()] + [len(s)]
    codes = list(dict.fromkeys(code for pos, code in sent.indices if m.end() <= pos < min(ends) and code))
    return codes if len(codes) > 1 else []


def ranks_after_a_holder(sent: Sentence, ctx) -> list[Fact]:
    """`Hai Phong, Bac Giang and Hai Duong ranked after Quang Ninh in terms of the SIPAS`: the names listed before the
    cue take, in order, the places after the place the article gave the province named after it."""
    s = sent.text
    cue = en.RANKED_AFTER.search(s)
    holder = next((m for m in sent.provinces if cue and m.start == cue.end()), None)
    if holder is None:
        return []
    index = next((code for pos, code in sent.indices if pos >= holder.end and code), None) or \
        next((code for _, code in sent.indices if code), None) or ctx.index
    held = ctx.last_rank_of.get(index)
    if held is None or held.province != holder.code:
        return []
    names = [m for m in sent.provinces if m.end <= cue.start()]
    if not names or not s[names[-1].end:cue.start()].isspace() or \
            not all(lx.NAMES_JOIN.match(s[a.end:b.start]) for a, b in zip(names, names[1:], strict=False)):
        return []
    out = []
    for n, name in enumerate(names, start=1):
        fig = Figure(sent, NumberToken(name.start, name.end, n, False, False), ctx, province=name.code)
        fact = Fact(article="", metric="index_rank", value=held.value + n, unit="rank", index=index,
                    evidence_start=name.start, evidence_end=name.end)
        attach(fact, fig)
        out.append(fact)
    return out


def ranks_listed_after(sent: Sentence, ctx, so_far: list[Fact]) -> list[Fact]:
    """`Quang Ninh ranked first, followed by Hai Phong, Hanoi and Bac Giang`: the Vietnamese reader's ordered list
    (`scrapers.facts.index.ordered_list`) with the English order cue."""
    return ordered_list(sent, ctx, so_far, en.ORDER_NEXT, en.ORDER_END, attach, top_places=None,
                        top_names_first=en.TOP_PLACES_NAMED_BEFORE)
