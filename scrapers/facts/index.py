"""Index figures (PAR INDEX, SIPAS, PAPI, PCI, DTI, 766, DDCI): scores, ranks, their changes and
component scores, and first places stated without a figure (`dẫn đầu`)."""
from __future__ import annotations

import re
from dataclasses import replace

from scrapers.facts import lexicon as lx
from scrapers.facts.attributes import attach
from scrapers.facts.cue import lowered
from scrapers.facts.figure import (
    Figure,
    Sentence,
    aside_around,
    clause_bounds,
    finditer,
    first,
    last,
    last_match,
    open_aside,
    search,
)
from scrapers.facts.numbers import NumberToken, find_numbers
from scrapers.models import Fact


def indices_in(sentence: str) -> list[tuple[int, str | None]]:
    """(position, code) of the indices named in a sentence; other indices (`ICT INDEX`, `PGI`) as code None,
    so that a figure after them is not credited to a reform index named earlier."""
    if lx.INDEX_WORD_ANY.absent_from(lowered(sentence)):
        return []                         # a sentence without these words names no index: skip the aliases
    found: dict[int, str | None] = {}
    for code, rx in lx.INDEX_ALIASES:
        for m in rx.positions(sentence):  # an alias is looked for only where one of its words is
            found.setdefault(m.start(), code)
    found_list = sorted(found.items())
    others = [(m.start(), None) for m in lx.NON_REFORM_INDEX.positions(sentence)]
    return sorted(found_list + others, key=lambda item: item[0]) if others else found_list


def first_index_named(text: str) -> str | None:
    """The reform index a text names first (`indices_in(text)`'s first code, without reading every mention)."""
    named = [(at, n, code) for n, (code, rx) in enumerate(lx.INDEX_ALIASES) if (at := first(rx, text)) >= 0]
    return min(named)[2] if named else None   # on a tie the alias listed first names it, as in `indices_in`


def _in_a_closed_aside(s: str, pos: int, end: int) -> bool:
    """`PAR INDEX ... (gồm Chỉ số SIPAS đạt 8,5/10 điểm; ...). ... tăng 4,79 điểm`: an index named inside parentheses
    closed before the figure, with values of its own, is a part of the one under discussion, not the figure's
    subject. A gloss (`Chỉ số hiệu quả quản trị ... (PAPI)`) names the index itself."""
    aside = aside_around(s, pos, end)
    return aside is not None and bool(lx.ASIDE_WITH_VALUES.search(s, *aside))


def index_carried_on(sent: Sentence) -> str | None:
    """The index the sentences after this one are about: the last it names outside a closed aside."""
    kept = [code for pos, code in sent.indices if not _in_a_closed_aside(sent.text, pos, len(sent.text))]
    return kept[-1] if kept else sent.indices[-1][1]


def follow_component_headings(sent: Sentence, ctx) -> None:
    """At a paragraph start: a line naming a component on its own (`- Lĩnh vực Cải cách thể chế`) makes the
    paragraph after it that component's (`Đạt 9,42/10 điểm, chỉ số đạt 94,15%, xếp thứ 22/63`); any other paragraph
    ends it."""
    item = lx.NUMBERED_PART_ITEM.match(sent.text) if ctx.parts_listed else None
    if item and _is_component_name(item.group("name").lower()):
        # under a caption listing the parts (`Kết quả điểm ở 8 chỉ số nội dung như sau:`), a numbered paragraph
        # (`2. Công khai, minh bạch đạt 5,08 điểm (...); năm 2018 đạt 4,80 điểm`) gives its part's figures
        ctx.heading, ctx.component = None, item.group("name").strip()
        return
    ctx.parts_listed = bool(lx.PARTS_CAPTION.search(sent.text))
    topic = lx.PART_OF_INDEX_TOPIC.match(sent.text)
    if topic and _is_component_name(topic.group("name").lower()):
        ctx.topic_part = topic.group("name").strip()
    elif ctx.topic_part and (indices_in(sent.text) or
                             lx.HAS_DIGIT.search(sent.text) and not lx.INDEX_WORDS.search(sent.text)):
        ctx.topic_part = None             # the article goes on to an index as a whole, or to figures of other matters
    heading = None if lx.HAS_DIGIT.search(sent.text) else lx.COMPONENT_HEADING.match(sent.text)
    name = heading.group("name").strip() if heading else None
    if name and _is_component_name(name.lower()):
        ctx.heading, ctx.component = name, None
    else:
        ctx.heading, ctx.component = None, ctx.heading or ctx.topic_part


def index_of(fig: Figure) -> str | None:
    """The index a figure belongs to: the last named before it, else the first after, else the one discussed."""
    indices = fig.sentence.indices
    before = [code for pos, code in indices if pos < fig.start and not _in_a_closed_aside(fig.s, pos, fig.start)]
    if before:
        return before[-1]
    return indices[0][1] if indices else fig.ctx.index


def read_index_figure(fig: Figure) -> Fact | None:
    """The index fact a figure states, if it is one."""
    index = index_of(fig)
    if index is None:
        return _part_of_766_by_its_scale(fig)
    if index == "SIPAS" and _sipas_points_in_par(fig):
        name = lx.SIPAS_PART_NAME_BEFORE.search(fig.clause_left)
        return fig.fact("index_component_score", fig.token.value, "score", index="PAR",
                        component=name.group("name").strip() if name else "SIPAS")
    if fig.token.value > lx.HIGHEST_SCORE and lx.DOT_DECIMAL_SCORE.fullmatch(fig.s, fig.start, fig.end) and \
            lx.POINTS.match(fig.right):
        fig.token = replace(fig.token, value=fig.token.value / 1000)    # `đạt 42.394 điểm`: 42,394 points
    reading = _index_metric(fig)
    if reading is None:
        return None
    metric, unit, value, rank_of, component = reading
    if unit == "score" and value > lx.HIGHEST_SCORE:
        return None                       # a weight or a maximum on a larger scale, never a province's score
    if metric == "index_rank" and fig.s.find("về", fig.end, fig.end + 36) >= 0:
        # `... và thứ 7 cả nước về chỉ số hài lòng của người dân`: the index a rank is `về` names it
        matter = lx.RANK_MATTER_AFTER.match(fig.s, fig.end)
        named = [code for _, code in indices_in(matter.group("matter")) if code] if matter else []
        index = named[0] if named else index
    elif metric == "index_rank" and lx.INDEX_RIGHT_AFTER.match(fig.s, fig.end):
        # `xếp thứ 3 cả nước về Chỉ số PAPI, xếp thứ 5 Chỉ số SIPAS, thứ 10 Chỉ số PAR INDEX`: the index named right
        # after a place, with no `về`, is its
        named = [code for _, code in indices_in(fig.s[fig.end:fig.end + lx.INDEX_RIGHT_AFTER_REACH]) if code]
        index = named[0] if named else index
    elif metric == "index_rank" and (table := lx.RANK_TABLE_AFTER.match(fig.s, fig.end)):
        # `xếp thứ 1 trong bảng Chỉ số hài lòng`: the ranking table a rank is in names its index
        named = [code for _, code in indices_in(table.group("table")) if code]
        index = named[0] if named else index
    component = component and component_name(component)
    if unit == "score":
        _holder_named_after(fig, lx.HOLDER_AFTER_SCORE)
        if lx.SCORE_OPENS_CLAUSE.match(fig.near) and \
                not any(fig.left_start <= m.start < fig.start for m in fig.sentence.provinces):
            _holder_named_after(fig, lx.HOLDER_AFTER_OPENING_SCORE)   # `với 74,84 điểm thành phố Hải Phòng vươn lên`
    return fig.fact(metric, value, unit, index=index, rank_of=rank_of, component=component)


def _a_part_named_before(fig: Figure) -> bool:
    """Parts of an index named in the figure's clause before it (`chỉ số thành phần`, `trụ cột`), and no index named
    between them and it (`các chỉ số thành phần năm 2024, như: Chỉ số SIPAS của thành phố xếp thứ 34/63`: the SIPAS's
    own place; not the index they are parts of: `các hạng mục thành phần của DTI, về chính quyền số, ... xếp thứ 7`)."""
    part = last_match(lx.COMPONENT, fig.clause_left)
    return part is not None and not any(code and fig.clause[0] + part.end() <= pos < fig.start and
                                        not fig.s[:pos].endswith("của ") for pos, code in fig.sentence.indices)


def _sipas_part_share(fig: Figure):
    """`Chỉ số SIPAS ... là 80,08%; trong đó, mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công là
    80,43%`: after the SIPAS's own share in the sentence, the share of satisfaction with one matter is the part's."""
    if not fig.token.percent or not any(f.metric == "index_score" and f.index == "SIPAS" for f in fig.so_far):
        return None
    part = last_match(lx.SIPAS_PART_SHARE_BEFORE, fig.s, fig.previous.end if fig.previous else 0, fig.start)
    return ("index_component_score", "percent", fig.token.value, None, part.group("name")) if part else None


def _sipas_points_in_par(fig: Figure) -> bool:
    """`(SIPAS) đạt 8,15/10 điểm`, or `Chỉ số hài lòng ... đạt 9,12 điểm` after the PAR Index's other parts: SIPAS in
    points on the PAR Index's scale for it (SIPAS itself is a share; `Chỉ số SIPAS đạt 8,84 điểm, chiếm tỷ lệ 88,4%`
    on its own restates that share)."""
    tok = fig.token
    if tok.percent or tok.value > lx.SIPAS_POINTS_IN_PAR:
        return False
    if tok.denominator is not None:
        return tok.denominator == lx.SIPAS_POINTS_IN_PAR
    part_before = fig.ctx.last_part_score
    return part_before is not None and part_before.index == "PAR" and bool(lx.POINTS.match(fig.right))


def _part_of_766_by_its_scale(fig: Figure) -> Fact | None:
    """In a text naming no index: `mức độ hài lòng được chấm điểm 17,94/18 điểm`, `TP. HCM đạt 11,0/18 điểm mức độ
    hài lòng`: a score on the scale of one of the 766 index's parts, the part's words in its clause, is that part's;
    and the share right after it that restates it (`, đạt 99,66%`, `(tương đương 61,11%)`) too."""
    tok, previous = fig.token, fig.previous_fact
    if tok.percent:
        if previous is None or previous.index != "766" or previous.unit != "score" or \
                not _restates_its_scale(fig, previous):
            return None
        return fig.fact("index_component_score", tok.value, "percent", index="766", component=previous.component)
    part = _part_of_766_named(fig) if lx.POINTS.match(fig.right) else None
    return fig.fact("index_component_score", tok.value, "score", index="766", component=part) if part else None


def _part_of_766_named(fig: Figure) -> str | None:
    """The 766 index's part whose scale the figure is on (`8,1/12 điểm`) and whose words its clause holds, if one."""
    parts = lx.PARTS_OF_766_BY_SCALE.get(fig.token.denominator)
    if not parts or fig.token.value > fig.token.denominator:
        return None
    around = fig.s[fig.clause[0]:fig.start][-80:] + fig.right[:40]
    named = [name for name, words in parts if words.search(around)]
    return named[0] if len(named) == 1 else None


def _part_value_of_a_year(fig: Figure):
    """`Công khai, minh bạch (năm 2022: 4,8389; năm 2023: 5,3089)`: in parentheses after a part's name, a value after a
    year's label is that part's value of that year."""
    label = lx.YEAR_LABEL_BEFORE.search(fig.near)
    if label is None or fig.token.denominator is not None:
        return None
    opened = open_aside(fig.s, fig.start)
    if opened < 0:
        return None
    start = max(fig.s.rfind(";", 0, opened), fig.s.rfind(":", 0, opened), fig.s.rfind(")", 0, opened)) + 1
    name = lx.LAST_ITEM_JOIN.sub("", fig.s[start:opened].strip(" ,-–"), count=1)
    if not lx.COMPONENT_NAME.search(name + " ") or any(c.isdigit() for c in name):
        return None
    fig.year = int(label.group(1))
    return "index_component_score", "percent" if fig.token.percent else "score", fig.token.value, None, name


def _score_of_the_place_before(fig: Figure):
    """`Hải Phòng đứng thứ 1/63 (đạt 88,90%), ..., Đà Nẵng đứng thứ 22/63 (83,38%)`: a score in parentheses right after
    a place is the score of the place's holder."""
    previous, tok = fig.previous_fact, fig.token
    if previous is None or previous.metric != "index_rank" or fig.previous is None or \
            not (tok.percent or lx.POINTS.match(fig.right)) or \
            not lx.SCORE_AFTER_PLACE_BETWEEN.fullmatch(fig.s, fig.previous.end, fig.start):
        return None
    fig.province = previous.province
    return "index_score", "percent" if tok.percent else "score", tok.value, None, None


def _points_of_a_scheme(fig: Figure) -> bool:
    """The points an index's scheme gives in all (`tổng điểm đánh giá là 100 điểm, trong đó ...`) or to one of its
    parts (`..., trong đó 68 điểm đánh giá kết quả CCHC, 32 điểm đánh giá tác động`): its scale, no result."""
    if lx.SCHEME_TOTAL_BEFORE.search(fig.near) and lx.SCHEME_SPLIT_AFTER.match(fig.s, fig.end):
        return True
    return bool(lx.SCHEME_PART_AFTER.match(fig.s, fig.end) and
                lx.SCHEME_PART_BEFORE.search(fig.s, max(0, fig.start - 12), fig.start))


def _index_metric(fig: Figure):
    s, tok, near, right, clause_left = fig.s, fig.token, fig.near, fig.right, fig.clause_left
    indices = fig.sentence.indices
    near_tail = near[-40:]
    indicator = lx.PROCEDURES_INDICATOR_OF_766_BEFORE.search(near) if tok.percent else None
    if indicator and index_of(fig) == "766":
        return "index_component_score", "percent", tok.value, None, indicator.group("name")   # `- Tỷ lệ TTHC công
                                          # bố đúng hạn: 73,91%` under a part of the 766 index: an indicator's share
    if not tok.percent and lx.PARTS_COUNTED_AFTER.match(s, fig.end):
        return None                       # `04 Chỉ số thành phần ... tăng`: a count of parts
    if tok.denominator is None and lx.BODIES_MORE_OR_FEWER_AFTER.match(s, fig.end) and \
            lx.MORE_OR_FEWER_BEFORE.search(near):
        return None                       # `Tăng 5 đơn vị xếp hạng Tốt`: more bodies in a class
    if lx.INDICATORS_LISTED.match(s):
        return None                       # `- 06 chỉ tiêu tăng điểm: (1) ...`: the indicators under a part
    if lx.MAXIMUM_POINTS.search(near) or lx.CLASS_THRESHOLD_AFTER.match(s, fig.end):
        return None                       # `điểm tối đa cho tiêu chí này là 14,5`: the scale, not a result; `đạt 90
                                          # điểm trở lên được phân loại xuất sắc`: a class's threshold
    if _points_of_a_scheme(fig):
        return None                       # `tổng điểm đánh giá là 100 điểm, trong đó 68 điểm đánh giá ...`
    if lx.BEHIND_OR_SHARED_BEFORE.search(near):
        return None                       # `(kém 0,39 điểm)`, `Ba đơn vị dẫn đầu đều đạt trên 94 điểm`: a gap to the
                                          # leader, a floor the leading units share
    if lx.GAP_AMOUNT_BEFORE.search(near):
        return None                       # `cao hơn trung bình cả nước 0,99 điểm`: a gap to the mean
    if fig.previous is None and search(lx.GAP_TO_MEAN_BEFORE, fig.sentence, fig.left_start, fig.start):
        # `thấp hơn điểm trung vị là 1,22 điểm`: a gap to the mean; after the subject's own value
        # (`đạt 46,04 điểm, cao hơn mức trung bình là 42,33`) the figure is the mean's
        return None
    bare_part = lx.PART_NAME_RIGHT_BEFORE.search(near) if not tok.percent and tok.denominator is None else None
    if bare_part:
        # `Cả ba trụ cột ...: Chính quyền số 0,7582 (tăng 4,7%), Kinh tế số 0,7723`: a part named right before its value
        return "index_component_score", "score", tok.value, None, bare_part.group("name")
    named = _score_of_the_place_before(fig) or _part_value_of_a_year(fig) or _sipas_part_share(fig) or \
        _score_in_parentheses_after_a_name(fig) or _best_score_after_a_name_and_dash(fig)
    if named:
        return named
    if _regional(fig) or _of_ministries(fig) or _a_reform_rate(fig):
        return None
    if lx.GAP_BETWEEN_BEFORE.search(near) or _end_of_a_span(fig) or lx.GAP_NARROWED_BEFORE.search(clause_left) or \
            (lx.GAP_WORD_BEFORE.search(near) and lx.GAP_TO_OTHERS_AFTER.match(s, fig.end)):
        return None                       # a gap between two places; `chạy từ 7,19 điểm đến 8,0 điểm`
    if fig.previous is not None and fig.previous_fact is None and lx.COMPARED_VALUE_BEFORE.search(near) and \
            lx.GAP_NARROWED_BEFORE.search(s, 0, fig.previous.start):
        return None                       # `... hiện chỉ còn 17 điểm, thấp hơn mức 19 điểm năm 2015`: the gap before
    previous = fig.previous_fact
    if tok.percent and previous is not None and previous.metric in ("index_score", "index_component_score") and \
            previous.unit == "score" and lx.SCORE_AS_SHARE_BEFORE.match(near) and _restates(previous.value, tok.value):
        if previous.index != index_of(fig):
            return "index_score", "percent", tok.value, None, None   # the PAR Index's SIPAS part, then SIPAS's share
        return previous.metric, "percent", tok.value, None, previous.component   # `9,12 điểm, chiếm tỷ lệ 91,17%`
    if tok.percent and previous is not None and previous.metric == "index_component_score" and \
            previous.unit == "score" and _restates_its_scale(fig, previous):
        return previous.metric, "percent", tok.value, None, previous.component   # `57,46/70 điểm, đạt 82,09%`
    numbered = _numbered_rank(fig)
    if numbered:
        return numbered
    paired = _pair(fig)
    if paired:
        return paired
    compared = _scores_compared_in_parentheses(fig)
    if compared:
        return compared
    prior = _prior_value(fig) or _mean_of_the_part_before(fig)
    if prior:
        return prior
    respective = _respectively(fig)
    if respective:
        return respective
    listed = _place_after_name(fig) or _places_then_holders(fig)
    if listed:
        return listed
    goes_on = _score_list_goes_on(fig)
    if goes_on:
        return goes_on
    national_field = tok.denominator in lx.NATIONAL_RANK_OF and lx.RANK_OF_FIELD_BEFORE.search(near_tail)
    joined_place = "thứ" in near_tail and lx.JOINED_PLACE_BEFORE.search(near_tail) and lx.COUNTRY_AFTER.match(right)
    # `Quảng Ninh đứng đầu cả nước; Thừa Thiên Huế thứ hai; Bắc Ninh thứ ba`: a name right before its ordinal
    named_place = near_tail.endswith("thứ ") and tok.value <= 10 and \
        any(0 <= fig.start - 4 - m.end <= 1 for m in fig.sentence.provinces) and \
        (any(f.metric == "index_rank" for f in fig.so_far) or search(lx.RANK_FIRST, fig.sentence, 0, fig.start))
    # `Xếp thứ 2 và thứ 3`: the second of two places joined (not `thứ 6 và thứ 7`, weekdays, after no place)
    next_place = fig.previous_fact is not None and fig.previous_fact.metric == "index_rank" and \
        lx.PLACES_JOINED.fullmatch(near)
    if (lx.RANK.search(near_tail) or national_field or joined_place or named_place or next_place) and \
            not lx.NOT_A_RANK.search(near_tail) and \
            not (lx.RANK_MOVED_BY_BEFORE.search(near_tail) and lx.PLACES_AFTER.match(right)) and \
            not tok.percent:
        if lx.REGIONAL_OPENS.match(s) and tok.denominator not in lx.NATIONAL_RANK_OF and \
                not lx.COUNTRY_AFTER.match(right) and open_aside(s, fig.start) < 0:
            return None                   # `Trong khu vực Bắc Trung Bộ, Hà Tĩnh tiếp tục xếp thứ 2`: a region's (a
                                          # place in parentheses, `chỉ sau Long An (hạng 7)`, is the country's)
        if lx.REGIONAL.match(s[fig.end:fig.end + 40]) or _a_part_named_before(fig) or \
                not float(tok.value).is_integer() or fig.ctx.component or _headed_component(fig) or \
                _in_a_list_of_parts(fig) or search(lx.ASPECTS_BEFORE, fig.sentence, 0, fig.start):
            return None                   # a component's own rank (`- Lĩnh vực X` ... `xếp thứ 22/63`) is no fact
        if fig.previous is not None and lx.RANK_AFTER_MOVE.fullmatch(s, fig.previous.end, fig.start) and \
                _part_named_before(fig, fig.previous.start):
            return None                   # `tính năng động ... tăng 59 bậc đứng thứ 3`: the part's rank
        in_a_part = lx.RANK_IN_A_PART_AFTER.match(s, fig.end)
        if in_a_part and lx.COMPONENT_NAME.search(in_a_part.group("part") + " "):
            return None                   # `Xếp thứ 9 trong đảm bảo An toàn thông tin mạng`: the part's rank
        previous = fig.previous_fact
        if previous is not None and previous.component and lx.RANK.match(_after_points(near) + " ") and \
                previous.metric in ("index_component_score", "index_score_change"):
            return None                   # `chính quyền số đạt 0,71 điểm, xếp thứ 9`, `..., tăng 93,03% so với năm
                                          # 2021, xếp thứ 24/63`: the component's rank
        if previous is not None and previous.metric == "index_score" and \
                previous.level in ("district", "commune", "department") and lx.RANK.match(near.strip() + " "):
            return None                   # `huyện Krông Năng đạt 92,16 điểm, xếp thứ 2`: the district's place
        if previous is not None and previous.unit in ("count", "percent") and \
                not previous.metric.startswith("index") and \
                fig.start - fig.previous.end <= 60 and not any(pos < fig.start for pos, _ in indices):
            return None                   # `còn 5.830 hồ sơ quá hạn, đứng thứ 13/34 tỉnh`, `tỷ lệ hồ sơ trực tuyến
                                          # đạt 90,69%, đứng thứ 8/63`: the count's or the rate's rank
        part = lx.COMPONENT_RANK.search(near) or lx.COMPONENT_NAME.search(near)
        if part and _is_component_name(part.group("name")) and not any(c for _, c in indices_in(part.group())) or \
                _part_named_before_parenthesis(fig):
            return None                   # `Chỉ số tính minh bạch xếp thứ 2`, `(1) Chỉ số X (hạng 32/63)`: a part's
                                          # (not an index's: `Chỉ số quản trị hành chính công xếp thứ 17`)
        if tok.denominator and tok.denominator not in lx.NATIONAL_RANK_OF and lx.RANK_OF_PROVINCES.match(right):
            return None                   # `xếp hạng 3/13 tỉnh`: a region's ranking
        among = lx.RANK_AMONG_UNITS_AFTER.match(s, fig.end)
        if among and int(among.group("of")) not in lx.NATIONAL_RANK_OF:
            return None                   # `xếp thứ 3 trong số 10 phường`: a district's ranking of its wards
        if not tok.denominator and lx.RANKED_COUNT_AFTER.match(right):
            return None                   # `đo lường và xếp hạng 63 tỉnh`: how many are ranked
        if not tok.denominator and lx.RANK_SPAN_AFTER.match(s, fig.end):
            return None                   # `ở vị trí thứ 20 đến 28/63`: a span of places, no rank
        if lx.RANK_FROM_BEFORE.search(near_tail) and lx.TO_AFTER.match(right):
            return None                   # `từ vị trí thứ 7 lên vị trí thứ 5`: 7 was the rank before
        if index_of(fig) in lx.RANKS_WITHIN_A_PROVINCE:
            return None                   # DDCI ranks a province's departments and districts, never the province
        matter = lx.RANK_MATTER_AFTER.match(s, fig.end)
        if matter and not (indices_in(matter.group("matter")) or lx.REFORM_MATTER.search(matter.group("matter"))):
            return None                   # `đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước`: another matter's rank
        if _held_by_a_body(fig.sentence, fig.start, fig.end) or \
                fig.ctx.bodies_ranked and tok.denominator not in lx.NATIONAL_RANK_OF:
            return None                   # `thứ hai là Văn phòng UBND tỉnh`: a province's ranking of its bodies (not
                                          # a place out of the country's, `xếp thứ 22/63 tỉnh, thành phố`)
        _holder_named_after(fig)
        _second_of_two_places(fig)
        if lx.LAST_YEAR_AFTER.match(s, fig.end):
            fig.year_before = True        # `từ vị trí thứ 2 của năm ngoái`: last year's place
        return "index_rank", "rank", tok.value, tok.denominator, None
    change = lx.SCORE_CHANGE.search(near_tail) or lx.RANK_CHANGE.search(near_tail) or \
        lx.SCORE_THEN_RANK_CHANGE.search(s[:tok.start]) or lx.RANK_THEN_SCORE_CHANGE.search(s[:tok.start])
    in_parens = None if change else lx.CHANGE_THEN_PARENS.search(s, max(0, tok.start - 40), tok.start) or \
        lx.SUPERLATIVE_CHANGE_NAMED.search(s, max(0, tok.start - 80), tok.start)
    change = change or in_parens
    if change and lx.RISE_TO_BEFORE.search(near_tail):
        change = None                     # `tăng lên 88,13/100 điểm`: the value it rose to
    if change and (lx.POSSIBLE_CHANGE_BEFORE.search(near_tail) or lx.TARGET_PASSED_BEFORE.search(near_tail)):
        return None                       # `có thể tăng 10 bậc`, `vượt mục tiêu 3,87%`: no move of the index
    if change and lx.RANK_CHANGE_UNIT_AFTER.match(right):
        if (lx.COMPONENT_SUBJECT.search(clause_left) and not _index_named_after_a_part(fig)) or fig.ctx.component \
                or _headed_component(fig) or _listed_component(fig) or _part_named_before(fig, fig.start) or \
                fig.previous is not None and lx.MOVE_IN_PARENS_BETWEEN.fullmatch(s, fig.previous.end, fig.start) and \
                _part_named_before(fig, fig.previous.start):
            return None                   # `Nhóm chỉ số Hạ tầng số tăng 29 bậc`, `Nhận thức số xếp hạng 1/63 (tăng 31
                                          # bậc)`: the component's move
        if _after_a_rank_among_few(fig) or lx.UNITS_MOVED_BEFORE.search(near_tail):
            return None                   # `xếp thứ 2/18 huyện, tăng 2 bậc`, `2 đơn vị bị giảm 6 bậc`: a move in a
                                          # province's own ranking
        if _after_a_component_score(fig):
            return None                   # `Công khai minh bạch đạt 5,05 điểm, xếp thứ 35/63, giảm 11 bậc`
        sign = -1 if change.group(1).lower() in lx.DOWN_WORDS else 1
        return "index_rank_change", "rank", sign * tok.value, None, None
    component = _component(s, clause_left) or _named_component(fig) or _headed_component(fig) or fig.ctx.component or \
        _listed_component(fig)
    previous = fig.previous_fact
    if change and not component and previous is not None and previous.metric == "index_component_score" and \
            near.strip() == change.group().strip():
        component = previous.component    # `... đạt 7,49 điểm (giảm 0,42 điểm)`: the component's change
    if tok.percent and not change and lx.INDEX_RATIO_BEFORE.search(near):
        return "index_score", "percent", tok.value, None, None
    leads_a_group = tok.percent and lx.LEADS_A_GROUP_BEFORE.search(clause_left)   # `Dẫn đầu khối sở là X với 96,86%`
    has_index_words = bool(indices) or component or bool(lx.INDEX_WORDS.search(s)) or \
        (tok.percent and bool(lx.INDEX_RESULT_BEFORE.search(near) or leads_a_group))
    if not has_index_words:
        return None
    signed = lx.PLUS_BEFORE.search(near_tail)
    if signed and (tok.percent or lx.POINTS_OR_END.match(right)):
        return ("index_score_change", "percent" if tok.percent else "score", tok.value, None, component)
    if change and change.group(1).lower() in ("lên", "xuống", "thăng", "thụt"):
        return None                       # a move written with these words is a rank's (handled above) or a pair's
    if change and lx.GAP_TO_OTHERS_AFTER.match(fig.s, fig.end):
        return None                       # a gap to another place or to the mean
    if change and lx.SUPERLATIVE.search(change.group()) and not any(
            fig.clause[0] <= m.start < fig.start for m in fig.sentence.provinces):
        return None                       # `tỉnh giảm nhiều nhất là 2,94%`: a change of no named province
    # `đạt 84,43%, tăng 0,72%`: a change right after the score it changes is against the year before
    after_its_score = previous is not None and previous.metric == "index_score" and \
        near.strip() == change.group().strip() if change else False
    # `gồm Gia Lai (tăng 10,32 điểm); Vĩnh Long (tăng 12,10 điểm)`: a change opening a parenthesis right after a
    # province's name is that province's
    opened = s.rfind("(", max(0, tok.start - 12), tok.start) if change else -1
    named_change = opened >= 0 and lx.CHANGE_OPENS_PARENS.fullmatch(s, opened, tok.start) and \
        province_before_parenthesis(fig, opened)
    if change and (tok.percent or lx.POINTS.match(right) or component or lx.POINTS_OR_END.match(right)) \
            and (lx.COMPARED.search(s) or component or in_parens or after_its_score or named_change):
        if named_change:
            fig.province = named_change
        sign = -1 if change.group(1).lower() in lx.DOWN_WORDS else 1
        return "index_score_change", "percent" if tok.percent else "score", sign * tok.value, None, component
    if change:
        return None
    part_of = tok.denominator or _points_out_of(right)
    if tok.denominator in lx.NATIONAL_RANK_OF and _part_named_before_parenthesis(fig):
        return None                       # `(1) Chỉ số quản trị môi trường (17/63)`: a part's place among provinces
    if part_of and part_of != lx.FULL_SCALE.get(index_of(fig), 100):
        # `2,27/3 điểm`, `9,75 điểm/10 điểm`: points on one criterion's own scale, never the index score
        named = _part_named_before(fig, fig.start) if part_of not in lx.NATIONAL_RANK_OF else None   # (not `23/63`)
        name = component or _criterion(clause_left) or named or \
            (_part_of_766_named(fig) if index_of(fig) == "766" else None)
        return ("index_component_score", "score", tok.value, None, name) if name else None
    if lx.POINTS.match(right) or part_of or lx.TOTAL_POINTS_BEFORE.search(near):
        if component:
            return "index_component_score", "score", tok.value, None, component
        return "index_score", "score", tok.value, None, None
    if _bare_score_in_parentheses(fig):
        return "index_score", "score", tok.value, None, component   # `xếp hạng nhì là Sở Nội vụ (91,326)`
    listed = not float(tok.value).is_integer() and (any(f.metric == "index_component_score" for f in fig.so_far) or
                                                    _alone_in_parentheses(fig))   # `Chi phí thời gian (8,14); ...`
    if component and not tok.percent and (lx.IS_BEFORE.search(near) or listed):
        # `... đạt 5,78 điểm; chính sách hỗ trợ doanh nghiệp 5,09`: an item of a list of components without `điểm`
        return "index_component_score", "score", tok.value, None, component
    planned_floor = lx.INDEX_FLOOR_BEFORE.search(near) and (fig.sentence.target_mode or
                                                            search(lx.TARGET, fig.sentence, 0, fig.start))
    index_reaches_share = tok.percent and (lx.INDEX_REACHES_SHARE_BEFORE.search(near) or planned_floor) and \
        any(fig.left_start <= pos < fig.start and code for pos, code in indices) and not lx.PAPERS_WORDS.search(near)
    if index_reaches_share or tok.percent and (indices or component or lx.RANKING_WORDS.search(s)) \
            and (lx.REACHES_BEFORE.search(near) or leads_a_group) and not lx.NOT_INDEX_PERCENT.search(near):
        if component:
            return "index_component_score", "percent", tok.value, None, component
        return "index_score", "percent", tok.value, None, None
    if not tok.percent and not float(tok.value).is_integer() and tok.value <= 100 and lx.SCORE_BEFORE.search(near) \
            and (indices or lx.INDEX_WORDS.search(s)) and not lx.NOT_INDEX_PERCENT.search(clause_left):
        # `chỉ số tổng hợp đạt 47,88`, `đứng cuối cùng với 38,80`: a score written without `điểm`
        return "index_score", "score", tok.value, None, None
    return None


def _end_of_a_span(fig: Figure) -> bool:
    """`từ 7,19 điểm đến 8,0 điểm`: either end of a span of scores."""
    before = fig.previous
    if lx.RANGE_FROM_BEFORE.search(fig.near) and lx.SPAN_TO_AFTER.fullmatch(fig.right):
        return True
    if not float(fig.token.value).is_integer() and lx.DASH_SPAN_AFTER.match(fig.s[fig.end:fig.end + 6]) and \
            fig.s[max(0, fig.start - 2):fig.start].strip() in ("(", ""):
        return True                       # `(7,8579 - 8,3148 điểm)`: the band's lower end
    if before is not None and not float(fig.token.value).is_integer() and \
            lx.DASH_SPAN_AFTER.match(fig.s[before.end:fig.end]) and "(" in fig.s[max(0, before.start - 2):before.start]:
        return True                       # ... and its upper end
    return before is not None and bool(lx.SPAN_TO_AFTER.fullmatch(fig.s, before.end, fig.start)) and \
        bool(lx.RANGE_FROM_BEFORE.search(fig.s, max(0, before.start - 12), before.start))


def _index_named_after_a_part(fig: Figure) -> bool:
    """`... kết quả cao nhất về chỉ số thành phần ..., góp phần vào chỉ số PCI tăng 6 bậc`: an index named after the
    part, nearer the figure, is what moves."""
    part = last_match(lx.COMPONENT_SUBJECT, fig.s, fig.clause[0], fig.start)
    return part is not None and any(part.end() <= pos < fig.start and code for pos, code in fig.sentence.indices)


def _part_named_before_parenthesis(fig: Figure) -> bool:
    """The figure opens, after at most a rank word, a parenthesis right after a part's name (`Chỉ số quản trị môi
    trường (17/63)`, `Chỉ số trách nhiệm giải trình với người dân (hạng 32/63)`)."""
    opened = fig.s.rfind("(", max(0, fig.start - 12), fig.start)
    if opened < 0 or not lx.RANK_IN_PARENTHESES_BEFORE.fullmatch(fig.s, opened, fig.start):
        return False
    named = lx.COMPONENT_NAMED.search(fig.s, max(0, opened - 100), opened)
    if named is not None and _is_component_name(named.group("name")):
        return True
    # (`Cụ thể: Nhận thức số (hạng 62/63), thể chế số (hạng 63/63), ...`: a known part's name alone)
    return lx.COMPONENT_NAME.search(fig.s, max(0, opened - 60), opened) is not None


def _after_a_rank_among_few(fig: Figure) -> bool:
    """The figure follows a rank among a province's districts or a region's provinces (`xếp thứ 2/18 huyện`)."""
    before = fig.previous
    if before is not None and before.denominator is not None and before.denominator not in lx.NATIONAL_RANK_OF and \
            lx.RANK_OF_PROVINCES.match(fig.s[before.end:before.end + 20]):
        return True
    among = last_match(lx.RANK_AMONG_FEW_BEFORE, fig.s, fig.clause[0], fig.start)   # (with a change between: `thứ
    return among is not None and int(among.group("of")) not in lx.NATIONAL_RANK_OF     # 8/10 huyện (tăng 5,79%, ...`)


def _after_points(near: str) -> str:
    """The near words without the unit of the figure before them (`điểm xếp hạng` -> `xếp hạng`)."""
    return near.strip().removeprefix("điểm").lstrip(" ,").removeprefix("và ")   # (`đạt 0,7089 và xếp hạng`)


def _part_named_before(fig: Figure, pos: int) -> str | None:
    """The published part of an index that is the subject of the figure's clause, named right before `pos`
    (`Thiết chế pháp lý và an ninh trật tự tăng 39 bậc`, `điểm thẩm định bình quân 57,46/70 điểm`), if any."""
    part = lx.COMPONENT_NAME.search(fig.s, fig.clause[0], pos)
    return part.group("name") if part is not None and _is_component_name(part.group("name").lower()) else None


def _after_a_component_score(fig: Figure) -> bool:
    """A component's score or change was read earlier in the figure's clause: the moves after it are the component's
    (`Chỉ số kiểm soát ... tăng 0,48 điểm và tăng 25 bậc`)."""
    return any(f.component and f.metric in ("index_component_score", "index_score_change") and
               f.evidence_start >= fig.clause[0] for f in fig.so_far)


def _of_ministries(fig: Figure) -> bool:
    """`Trong nhóm 17 bộ, ngành ..., Bộ Tài chính ... với giá trị 0,6321`: ministries' scores and ranks are no
    province's and no country's (no facts), unless a province is named or a province scope returns before the figure."""
    scope = last_match(lx.MINISTRY_SCOPE_BEFORE, fig.s, 0, fig.start)
    if scope is None:                     # a sentence that goes on with the ranking of the sentence before (`Còn đối
        # với ... các bộ, ngành, ...` then `Vị trí thứ ba là Bảo hiểm xã hội Việt Nam với 80,33 điểm`)
        return fig.ctx.ministries and bool(lx.RANKING_GOES_ON_START.match(fig.s)) and \
            not (lx.PROVINCE_SCOPE.search(fig.s) or fig.sentence.provinces)
    return not (lx.PROVINCE_SCOPE.search(fig.s, scope.end(), fig.start) or
                any(scope.end() <= m.start < fig.start for m in fig.sentence.provinces))


def follow_ministries(sent: Sentence, ctx) -> None:
    """After a sentence: whether the ranking under discussion is the ministries' (`Còn đối với đánh giá các bộ,
    ngành, ...`), until a sentence names a province or the provinces' scope; or the province's own bodies' of one
    tier (`Chỉ số CCHC năm 2024 của UBND các huyện`), until a national ranking is named."""
    if lx.PROVINCE_SCOPE.search(sent.text) or sent.provinces:
        ctx.ministries = bool(lx.MINISTRY_SCOPE_BEFORE.search(sent.text)) and not sent.provinces
    elif lx.MINISTRY_SCOPE_BEFORE.search(sent.text):
        ctx.ministries = True
    lower = sent.lower if sent.lower is not None else sent.text.lower()
    bodies = search(lx.BODIES_INDEX, sent) if "các" in lower and ("cchc" in lower or "cải cách" in lower) else None
    if bodies:
        tiers = {m.lastgroup for m in lx.BODY_TIERS.finditer(sent.text, bodies.start(), bodies.end() + 60)}
        ctx.bodies_ranked, ctx.bodies_tier = True, tiers.pop() if len(tiers) == 1 else None
    elif ctx.bodies_ranked and search(lx.NATIONAL_RANKING, sent):
        ctx.bodies_ranked, ctx.bodies_tier = False, None


def _a_reform_rate(fig: Figure) -> bool:
    """A share after a reform rate named later than the index (`Theo Bộ chỉ số 766 ..., tỷ lệ thanh toán trực
    tuyến ..., cụ thể: ở địa phương đạt 43,11%`) is that rate, read by the other families."""
    if not fig.token.percent:
        return False
    rate = last_match(lx.REFORM_RATE_NAMED, fig.s, 0, fig.start)
    named = [pos for pos, _ in fig.sentence.indices if pos < fig.start]
    return rate is not None and rate.start() > max(named, default=-1)


def _held_by_a_body(sent: Sentence, start: int, end: int) -> bool:
    """The rank written at s[start:end] is held by a department, an office or a district, named right after it
    (`thứ hai là Văn phòng UBND tỉnh`, after the places listed with it: `thứ 8 và thứ 9 là UBND huyện A và ...`) or
    as the subject of its clause (`Sở Tư pháp đứng đầu`, a city that is no province: `TP. Buôn Ma Thuột dẫn đầu`)."""
    s = sent.text
    if lx.RANK_HELD_BY_BODY_AFTER.match(s, lx.RANKS_LISTED_AFTER.match(s, end).end()):
        return True
    lo = max(s.rfind(":", 0, start), s.rfind(";", 0, start), s.rfind(",", 0, start), s.rfind(". ", 0, start)) + 1
    joined = s.rfind(" và ", lo, start)   # ... or of the next item (`Ban Dân tộc xếp thứ 20 với 76,29% và huyện Lục
    if lx.RANKED_BODY_SUBJECT.fullmatch(s, lo, start) or \
            joined >= 0 and lx.RANKED_BODY_SUBJECT.fullmatch(s, joined + 4, start):   # Yên xếp thứ 9`)
        return True
    city = lo - 3 if lo >= 3 and s.startswith("TP.", lo - 3) else lo     # (the dot of `TP.` ends no phrase)
    if lx.RANKED_CITY_SUBJECT.fullmatch(s, city, start) and not any(city <= p.start < start for p in sent.provinces):
        return True
    opened = open_aside(s, start)         # `UBND huyện Bắc Hà đạt 89,79 điểm (tháng 9 xếp hạng thứ 5)`: the body's
    if opened < 0:
        return False
    return bool(lx.RANKED_BODY_NAMED.search(s, max(0, last(lx.PHRASE_BEFORE_PARENS, s[:opened])), opened))


def _holder_named_after(fig: Figure, link=lx.HOLDER_AFTER_RANK) -> None:
    """`đứng thứ hai là Bình Dương, thứ ba là Thanh Hóa`: the name after `là` holds the rank, not the one before
    (after a score, `link` is `điểm thuộc về`)."""
    holder = link.match(fig.s, fig.end)
    if holder is None:
        return
    named = [m for m in fig.sentence.provinces if holder.end() <= m.start <= holder.end() + 12]
    if named:
        fig.province, fig.evidence_end = named[0].code, named[0].end


def _second_of_two_places(fig: Figure) -> None:
    """`Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Tây Ninh (47,35 điểm) và Bình Thuận`: the second of two places
    joined is held by the name after the one the first took, when that one is named after them."""
    previous = fig.previous_fact
    if previous is None or previous.metric != "index_rank" or not lx.PLACES_JOINED.fullmatch(fig.near):
        return
    first = [m for m in fig.sentence.provinces if m.start >= fig.end and m.code == previous.province]
    after = [m for m in fig.sentence.provinces if first and 0 < m.start - first[0].end <= NEXT_NAME_REACH]
    if after:
        fig.province, fig.evidence_end = after[0].code, after[0].end


NEXT_NAME_REACH = 30       # characters from a name to the next of a list (`Tây Ninh (47,35 điểm) và Bình Thuận`)


def bare_rank_row(sent: Sentence) -> re.Match | None:
    """`15 Thanh Hóa` on a line of its own: a ranking table's row, a number and a province's name filling the line."""
    row = lx.BARE_RANK_ROW.match(sent.text)
    end = len(sent.text.rstrip())
    return row if row is not None and any(m.start == row.end() and m.end >= end for m in sent.provinces) else None


def _numbered_rank(fig: Figure):
    """`Top 3 tỉnh dẫn đầu PCI 2023:` then `1. Quảng Ninh: 71,25 điểm`: the line's number is the name's rank."""
    if not fig.ctx.numbered_ranks:
        return None
    item = lx.NUMBERED_ITEM.match(fig.s) or bare_rank_row(fig.sentence)
    if item is None or item.start(1) != fig.start:
        return None
    named = [m for m in fig.sentence.provinces if m.start == item.end()]
    if not named:
        return None
    fig.province, fig.evidence_end = named[0].code, named[0].end
    return "index_rank", "rank", fig.token.value, None, None


def _place_after_name(fig: Figure):
    """`xếp trên các tỉnh: Lâm Đồng (46/63), Gia Lai (58/63)` or, after a rank, `(Kon Tum: xếp thứ 43; Lâm Đồng: 46)`:
    a whole number right after a province's name and `(` or `:` is that province's place in the national ranking."""
    tok = fig.token
    lo = max(0, tok.start - 3)
    if (fig.s.find("(", lo, tok.start) < 0 and fig.s.find(":", lo, tok.start) < 0) or tok.percent or \
            not float(tok.value).is_integer():
        return None
    previous = fig.previous_fact
    national = tok.denominator in lx.NATIONAL_RANK_OF
    after_rank = tok.denominator is None and previous is not None and previous.metric == "index_rank"
    if not (national or after_rank) or not lx.PLACE_ITEM_END.match(fig.right):
        return None
    named = [p for p in fig.sentence.provinces if 0 <= tok.start - p.end <= 3 and
             lx.NAME_THEN_PLACE.match(fig.s[p.end:tok.start])]
    if not named:
        return None
    fig.province = named[0].code
    return "index_rank", "rank", tok.value, tok.denominator, None


def _score_list_goes_on(fig: Figure):
    """`với điểm số lần lượt là 52,08; 48,01 và 40,32`: a bare score joined to a score just read is the next item of
    the same list (the `;` between them is no clause break here)."""
    previous, tok = fig.previous_fact, fig.token
    if previous is None or previous.metric not in ("index_score", "index_component_score") or \
            float(tok.value).is_integer() or tok.percent != (previous.unit == "percent") or \
            not lx.SCORE_LIST_JOIN.fullmatch(fig.s, fig.previous.end, tok.start) or \
            not lx.BARE_ITEM_END.match(fig.s, tok.end) or \
            not lx.BARE_ITEM_END.match(fig.s, fig.previous.end):
        return None
    fig.evidence_end = tok.end            # the item is the figure alone; the join after it is the next item's
    return previous.metric, previous.unit, tok.value, None, previous.component


def _regional(fig: Figure) -> bool:
    """A rank, score or change of a region (`thăng 1 bậc trong vùng`, `vùng Đông Nam Bộ đạt 87,79%`, `từ vị trí thứ
    5 lên thứ 4 trong vùng`: the first scope named after the figure in its item decides)."""
    if lx.REGIONAL_AFTER.match(fig.right) or (lx.REGIONAL_FRAME_BEFORE.search(fig.clause_left) and
                                              fig.token.denominator not in lx.NATIONAL_RANK_OF):
        return True                       # (`Nếu tính theo khu vực miền núi phía Bắc thì ... xếp thứ 2`; not a place
                                          # out of the country's 63 in it: `Gia Lai (58/63)`)
    item = lx.ITEM_END.split(fig.s[fig.end:fig.end + 80], maxsplit=1)[0]
    scope = lx.SCOPE_AFTER.search(item)
    if scope:
        return bool(scope.group("region"))
    region = last_match(lx.REGION_WORD, fig.s, max(fig.clause[0], fig.start - 60), fig.start)
    if region is not None and fig.token.value > lx.LARGEST_REGION and lx.RANK.search(fig.near[-40:]):
        return False                      # `... ở khu vực này gồm các tỉnh: Bạc Liêu đứng hạng 59`: no region's place
    if region is not None and fig.previous is not None and fig.previous.end <= region.start() and \
            fig.previous.denominator is not None and lx.SCORE_WITH_BEFORE.search(fig.near) and \
            lx.POINTS.match(fig.right):
        return False                      # `đứng thứ 5/11 tỉnh khu vực đồng bằng sông Hồng với 64,02 điểm`: the
                                          # region scopes the place; the score after `với` is the province's
    return region is not None and not lx.LEVEL_RESET.search(fig.s, region.end(), fig.start)


def _pair(fig: Figure):
    """`từ X lên/xuống Y`: X is the value of the year before (or of the year in parentheses after it), Y the
    current one; a rank when the pair names places (`từ vị trí 53 lên 46`), else a score."""
    s, tok = fig.s, fig.token
    near_tail = fig.near[-30:]
    if lx.PAIR_FROM_BEFORE.search(near_tail) and lx.PAIR_TO_AFTER.match(s, tok.end):
        phrase, role = near_tail, "from"
    elif fig.previous is not None and lx.PAIR_TO_BEFORE.search(near_tail) and \
            lx.PAIR_FROM_BEFORE.search(s, max(0, fig.previous.start - 30), fig.previous.start):
        phrase, role = s[max(0, fig.previous.start - 30):fig.previous.start] + near_tail, "to"
    else:
        return None
    if lx.NOT_INDEX_PERCENT.search(fig.clause_left) or not (fig.sentence.indices or lx.INDEX_WORDS.search(s) or
                                                             lx.COMPONENT_NAMED.search(fig.clause_left)):
        return None
    dated = lx.YEAR_IN_PARENTHESES_AFTER.match(s, tok.end) or \
        (role == "to" and lx.PAIR_END_YEAR_AFTER.match(s, tok.end))
    if dated:
        fig.year = int(dated.group(1))
    elif role == "from":
        fig.year_before = True
    if (lx.RANK_WORDS.search(phrase) or _places_by_their_move(fig, role)) and not tok.percent and \
            float(tok.value).is_integer():
        if _in_a_list_of_parts(fig) or _after_a_component_score(fig) or lx.COMPONENT_SUBJECT.search(fig.clause_left):
            return None                   # `trong đó cải cách thể chế từ vị trí thứ 57 ... lên 10/63`, `chỉ số quản
                                          # trị điện tử tăng 0,34 điểm, 14 bậc, từ bậc 30 lên 16`: a part's places
        return "index_rank", "rank", tok.value, tok.denominator, None
    component = _named_component(fig)
    if component:
        return "index_component_score", "score", tok.value, None, component
    return "index_score", "percent" if tok.percent else "score", tok.value, None, None


def _places_by_their_move(fig: Figure, role: str) -> bool:
    """`tăng từ 54 (năm 2021) lên 34`, `giảm từ 12 xuống 30`: two whole numbers without a unit that fall as the pair
    says they rise (or rise as it says they fall) are places, whatever word names them."""
    s, tok = fig.s, fig.token
    if role == "from":
        move = lx.PAIR_TO_AFTER.match(s, tok.end)
        other = lx.PAIR_BARE_PLACE_AFTER.match(s, move.end())
        if other is None or not lx.PAIR_BARE_PLACE_AFTER.match(s, tok.start - 1):
            return False
        before, after = tok.value, float(other.group(1))
    else:
        move = lx.PAIR_TO_BEFORE.search(fig.near[-30:])
        previous = fig.previous
        if not (lx.PAIR_BARE_PLACE_AFTER.match(s, tok.start - 1) and
                lx.PAIR_BARE_PLACE_AFTER.match(s, previous.start - 1)):
            return False
        before, after = previous.value, tok.value
    rising = "lên" in move.group().lower()
    return after < before if rising else after > before


def _places_then_holders(fig: Figure):
    """`Vị trí thứ 4 và thứ 5 trên bảng xếp hạng ... lần lượt thuộc về thành phố Hải Phòng (84,35%) và tỉnh Long An`:
    the places listed before `lần lượt là / thuộc về` go to the names after it, in the order written."""
    tok = fig.token
    if tok.percent or not float(tok.value).is_integer() or "lần lượt" not in (fig.sentence.lower or fig.s):
        return None
    holders = lx.HOLDERS_RESPECTIVELY_AFTER.search(fig.s, fig.end, fig.clause[1])
    if holders is None and lx.RESPECTIVELY_OPENS.match(fig.s, fig.clause[0]):
        # `Lần lượt đứng ở vị trí thứ 3 và thứ 4 trong bảng xếp hạng PCI 2018 là Long An (...) và Bến Tre`
        holders = lx.HOLDERS_AFTER.search(fig.s, fig.end, fig.clause[1])
    if holders is None:
        return None
    places = [m.start(1) for m in lx.PLACE_LISTED.finditer(fig.s, fig.clause[0], holders.start())]
    names = [p for p in fig.sentence.provinces if holders.end() <= p.start < fig.clause[1]]
    if tok.start not in places or len(names) < len(places):
        return None
    fig.province, fig.evidence_end = names[places.index(tok.start)].code, fig.end
    return "index_rank", "rank", tok.value, tok.denominator, None


def province_before_parenthesis(fig: Figure, opened: int) -> str | None:
    """The code of the province named right before the parenthesis at `opened` (`Đồng Tháp (`), if any."""
    named = [p for p in fig.sentence.provinces if 0 <= opened - p.end <= 1]
    return named[0].code if named else None


def _alone_in_parentheses(fig: Figure) -> bool:
    """The figure stands alone in parentheses: `(91,420)`, `(83.84%)`."""
    return fig.s[max(0, fig.start - 3):fig.start].rstrip().endswith("(") and \
        fig.s[fig.end:fig.end + 3].lstrip().startswith(")")


def _ranked_alone_in_parentheses(fig: Figure) -> bool:
    """The figure stands alone in parentheses in a clause that ranks places: `xếp hạng nhất ... (91,420)`."""
    return _alone_in_parentheses(fig) and bool(lx.RANKING_WORDS.search(fig.s, fig.clause[0], fig.token.start))


def _score_in_parentheses_after_a_name(fig: Figure):
    """`xếp sau tỉnh Gia Lai (83.84%), xếp trước các tỉnh: Đăk Lăk (81.49%)`, `lần lượt thuộc về thành phố Hải Phòng
    (84,35%)`: in a clause that ranks places, a score alone in parentheses right after a province's name is that
    province's, in a region's list too (a place in a region is the region's, a score is the province's own)."""
    tok = fig.token
    if float(tok.value).is_integer() and not tok.percent or not _ranked_alone_in_parentheses(fig) or \
            lx.SUPERLATIVE_CHANGE_NAMED.search(fig.s, max(0, tok.start - 80), tok.start):
        return None                       # a list that ranks places; `tăng cao nhất là Bình Thuận (6,39%)`: a change
    named = province_before_parenthesis(fig, fig.s.rfind("(", 0, tok.start))
    if named is None:
        return None
    fig.province = named
    return "index_score", "percent" if tok.percent else "score", tok.value, None, None


def _best_score_after_a_name_and_dash(fig: Figure):
    """`tỉnh đạt điểm cao nhất là Bến Tre - 46,74; thấp nhất là Bình Định – 40,84`: the score after the name of the
    best or the worst place and a dash is that province's."""
    tok = fig.token
    if float(tok.value).is_integer() or tok.percent:
        return None
    named = [m for m in fig.sentence.provinces if lx.DASH_ALONE.fullmatch(fig.s, m.end, tok.start)]
    if not named or not search(lx.SUPERLATIVE, fig.sentence, max(0, named[0].start - 40), named[0].start):
        return None
    fig.province = named[0].code
    return "index_score", "score", tok.value, None, None


def _scores_compared_in_parentheses(fig: Figure):
    """`Đồng Tháp (72,81 so với 72,1)`: in parentheses right after a province's name, its score and the score of the
    year it is compared with; both are that province's."""
    opened = fig.s.rfind("(", max(0, fig.start - 40), fig.start)
    pair = lx.SCORES_COMPARED_IN_PARENS.match(fig.s, opened) if opened >= 0 else None
    if pair is None or fig.start not in (pair.start("score"), pair.start("base")):
        return None
    named = province_before_parenthesis(fig, opened)
    if named is None:
        return None
    fig.province = named
    fig.year_before = fig.start == pair.start("base")
    return "index_score", "percent" if fig.token.percent else "score", fig.token.value, None, None


def _prior_value(fig: Figure):
    """A value of another year in parentheses after a figure: `(năm 2021 là 6,88 điểm)` restates the figure before
    for that year; `so với năm 2022 (80,08%)` gives the base of the change before."""
    previous = fig.previous_fact
    prior = lx.PRIOR_VALUE_BEFORE.search(fig.sentence_left[-25:])
    if previous is None or not previous.metric.startswith("index") or not prior or \
            lx.CHANGE_THEN_PARENS.search(fig.s, max(0, fig.start - 40), fig.start) or \
            lx.SUPERLATIVE_CHANGE_NAMED.search(fig.s, max(0, fig.start - 80), fig.start):
        return None                       # (`cao hơn năm 2021 không nhiều (0,37 điểm)`, `tăng thấp nhất là X (0,19%)`:
                                          # the amount of a change)
    tok = fig.token
    unit = "percent" if tok.percent else "score"
    if previous.metric == "index_score_change":
        if prior.group("year"):           # `giảm 1,21 điểm (năm 2020 là 63,44 điểm)`: the year it names
            fig.year = int(prior.group("year"))
        elif previous.period_start:       # `tăng 1,2 điểm so với năm 2022 (80,08)`: the base of the change
            fig.year = int(previous.period_start[:4])
        if tok.denominator:
            return "index_rank", "rank", tok.value, tok.denominator, None
        metric = "index_component_score" if previous.component else "index_score"
        return metric, unit, tok.value, None, previous.component
    if previous.metric == "index_rank_change" and tok.denominator:
        if previous.period_start:
            fig.year = int(previous.period_start[:4])
        return "index_rank", "rank", tok.value, tok.denominator, None
    if previous.metric in ("index_score", "index_component_score") and "năm" in fig.sentence_left[-25:]:
        return previous.metric, unit, tok.value, None, previous.component
    return None


def _mean_of_the_part_before(fig: Figure):
    """`CSTP Tiếp cận đất đai của tỉnh đạt 6,60 điểm (điểm số trung bình của cả nước 6,75 điểm)`: the mean in
    parentheses right after a part's score is that part's national mean."""
    previous = fig.previous_fact
    if previous is None or previous.metric != "index_component_score" or \
            not lx.MEAN_IN_PARENS_BEFORE.fullmatch(fig.s, fig.previous.end, fig.start):
        return None
    return previous.metric, "percent" if fig.token.percent else "score", fig.token.value, None, previous.component


def _respectively(fig: Figure):
    """`TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3`, `Hà Nội và TP.HCM ở mức lần lượt là 43,96 và 41,77 điểm`: each
    value after `lần lượt` is the next name's; ranks are read here, other values by the rules after."""
    s, previous = fig.s, fig.previous_fact
    cue = last_match(lx.RESPECTIVELY, s, fig.clause[0], fig.start)
    ranks_go_on = previous is not None and previous.metric == "index_rank"
    if cue is None and not ranks_go_on and not fig.near.rstrip().endswith(("thứ", "trí", "hạng")):
        return None
    # what joins the figure to the one before (`5, 6, 7`: the comma, which `near` leaves out as a clause break)
    joined = fig.previous is not None and lx.LIST_JOIN_BEFORE.match(s[fig.previous.end:fig.start])
    if cue is None:
        # without `lần lượt`: names, a place word and a list of places (the first place, or one the list goes on to)
        first = fig.next_start is not None and fig.near.rstrip().endswith(("thứ", "trí", "hạng")) and \
            lx.LIST_JOIN_BEFORE.match(s[fig.end:fig.next_start])
        if not (first or (joined and ranks_go_on)):
            return None
        cue = last_match(lx.PLACES_OF_NAMES, s, fig.clause[0], fig.start)
        if cue is None or len(_names_listed_before(fig, cue.start())) < 2:
            return None
    position = len(find_numbers(s[cue.end():fig.start]))
    names = _names_listed_before(fig, cue.start())
    if position < len(names) and len(names) > 1 and (position == 0 or joined):
        fig.province = names[position].code
    if position == 0:
        if not lx.RANK.search(fig.near[-40:]):
            return None
    elif not (fig.previous_fact is not None and fig.previous_fact.metric == "index_rank" and joined):
        return None
    if not float(fig.token.value).is_integer() or fig.token.percent or \
            _held_by_a_body(fig.sentence, fig.start, fig.end):
        return None                       # (`lần lượt xếp hạng thứ 8 và thứ 9 là UBND huyện A và UBND huyện B`)
    part = lx.COMPONENT_NAME.search(fig.near)
    if part and _is_component_name(part.group("name")):
        return None                       # `xếp hạng theo từng Chỉ số chính lần lượt là: Nhận thức số - xếp thứ 36`
    return "index_rank", "rank", fig.token.value, fig.token.denominator, None


def _names_listed_before(fig: Figure, pos: int) -> list:
    """The names listed right before `pos` (`TP.HCM và Quảng Ninh lần lượt`), in order: the last name before it and
    those joined to it by `,` or `và`."""
    before = [m for m in fig.sentence.provinces if fig.clause[0] <= m.start and m.end <= pos]
    if not before:
        return []
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if not lx.LIST_JOIN_BEFORE.match(fig.s[m.end:listed[0].start]):
            break
        listed.insert(0, m)
    return listed


def _named_component(fig: Figure) -> str | None:
    """`chỉ số gia nhập thị trường đạt 7,37 điểm`, `nhóm chỉ số công khai minh bạch tăng 0,1`: a named part of an
    index, on its own small scale."""
    quoted = lx.QUOTED_COMPONENT.search(fig.sentence_left[-100:])   # a quoted name may hold commas
    if quoted and fig.token.value <= 100 and _is_component_name(quoted.group("name").lower()):
        return quoted.group("name")       # `“Cải cách tài chính công” đạt 96,75%`: also as a share of its points
    if fig.token.percent or fig.token.value > 20:
        return None
    named_in = fig.near
    if not named_in.strip() and fig.sentence_left.rstrip().endswith("("):
        named_in = fig.sentence_left.rstrip()[:-1][-80:]   # `kiểm soát tham nhũng (4,58 điểm)`: the name before
    m = lx.COMPONENT_NAMED.search(named_in) or lx.COMPONENT_NAME.search(named_in)
    if not m and _after_a_total_broken_down(fig):
        m = lx.COMPONENT_NAME.search(fig.sentence_left[-80:])   # the name may hold the comma the near words stop at
    if not m and any(f.metric == "index_component_score" for f in fig.so_far):
        m = lx.COMPONENT_ITEM.search(fig.near)
    if not m:
        return None
    name = m.group("name").strip(" ,")
    return name if _is_component_name(name) else None


def _after_a_total_broken_down(fig: Figure) -> bool:
    """The figure follows an index's total score and `trong đó:` in its sentence (`đạt tổng điểm 78,96, trong đó:
    ...`): the scores after it are the total's parts."""
    total = next((f for f in reversed(fig.so_far) if f.metric == "index_score"), None)
    return total is not None and search(lx.PARTS_OF_A_TOTAL, fig.sentence, total.evidence_end, fig.start) is not None


def component_name(written: str) -> str:
    """A part's name as written, without the words around it that are no part of it (`- `, `đánh giá nhóm chỉ số
    về`, `sự hài lòng về`, `, số điểm đạt được`, `của tỉnh`); as written when nothing would be left."""
    name = lx.COMPONENT_NAME_TAIL.sub("", lx.COMPONENT_NAME_LEAD.sub("", written, count=1))
    return name if len(name) >= 3 else written


def _headed_component(fig: Figure) -> str | None:
    """The part named at the head of the figure's list item, before its colon (`1. Chỉ số “công khai, minh bạch”:`)."""
    head = lx.COMPONENT_ITEM_HEAD.match(fig.s)
    if head is None or head.end() > fig.start:
        return None
    name = head.group("name").strip()
    return name if _is_component_name(name.lower()) else None


def _is_component_name(name: str) -> bool:
    """A part's name, not the index's own (`chỉ số tổng hợp`, `chỉ số cải cách hành chính của tỉnh`)."""
    return not (lx.NOT_A_COMPONENT_NAME.search(name) or any(rx.search(name) for _, rx in lx.INDEX_ALIASES))


def _points_out_of(right: str) -> float | None:
    m = lx.POINTS_OUT_OF.match(right)
    return float(m.group(1).replace(",", ".")) if m else None


def _criterion(clause_left: str) -> str | None:
    """`chỉ số thành phần cải cách thủ tục hành chính đạt` -> `cải cách thủ tục hành chính`."""
    m = lx.CRITERION_NAME.search(clause_left)
    name = next(name for name in m.groups() if name).strip() if m else None
    return name if name and _is_component_name(name.lower()) else None


def _component(s: str, clause_left: str) -> str | None:
    """`điểm công khai, minh bạch là 15,67` or `Chính sách hỗ trợ doanh nghiệp: tăng 1,01` in a breakdown."""
    if not (lx.IN_WHICH.match(s) or lx.COMPONENT_LIST.match(s)):
        return None                       # a breakdown's sentence, tested first: it is the cheaper, rarer test
    label = lx.COMPONENT_LABEL.search(clause_left)
    if not label:
        return None
    name = label.group(1).strip(" ,")
    if lx.YEAR_LIKE.fullmatch(name) or lx.NOT_A_COMPONENT.search(name):
        return None
    return name


def _restates_its_scale(fig: Figure, previous: Fact) -> bool:
    """The share right after a part's score written on its own scale (`điểm thẩm định bình quân 57,46/70 điểm, đạt
    82,09%`) is that score over that scale."""
    scale = fig.previous.denominator if fig.previous is not None else None
    return bool(scale) and lx.PART_SHARE_BETWEEN.fullmatch(fig.s, fig.previous.end, fig.start) is not None and \
        abs(100 * previous.value / scale - fig.token.value) <= 0.01 * fig.token.value


def _restates(score: float, share: float) -> bool:
    """A share that is the score over a scale the indices use (10, 80, 100 points), to within 1 % (rounding)."""
    return any(abs(100 * score / scale - share) <= 0.01 * share for scale in (10, *lx.FULL_SCALE.values(), 100))


def _bare_score_in_parentheses(fig: Figure) -> bool:
    """`Sở Nông nghiệp ... xếp hạng nhất về Chỉ số cải cách hành chính (91,420)`: a decimal alone in parentheses, in a
    clause that ranks, is the score of what the clause ranks."""
    tok = fig.token
    return not tok.percent and not float(tok.value).is_integer() and _ranked_alone_in_parentheses(fig)


def _in_a_list_of_parts(fig: Figure) -> bool:
    """`một số chỉ số có thứ hạng đáng kể, như: Chính sách hỗ trợ doanh nghiệp (xếp hạng 10), ...`: the figure follows
    the lead of a list of the index's parts in its sentence; not when its item names an index of its own (`một số chỉ
    số ... như: Chỉ số năng lực cạnh tranh cấp tỉnh xếp thứ 23/63; Chỉ số cải cách hành chính xếp thứ 16`)."""
    lead = _list_of_parts_lead(fig)
    if lead is None:
        return False
    item = max(fig.s.rfind(";", lead.end(), fig.start), lead.end() - 1) + 1
    return not any(item <= pos < fig.start and code for pos, code in fig.sentence.indices)


def _list_of_parts_lead(fig: Figure) -> re.Match | None:
    """The last lead of a list of the index's parts before the figure in its sentence, if any."""
    lower = fig.sentence.lower or lowered(fig.s)
    for mark in lx.COMPONENT_LIST_LEAD_MARKS:   # most sentences hold none of them before the figure
        if lower.find(mark, 0, fig.start) >= 0:
            return last_match(lx.COMPONENT_LIST_LEAD, fig.s, 0, fig.start)
    return None


def _listed_component(fig: Figure) -> str | None:
    """`... lĩnh vực ... như: cải cách tổ chức bộ máy (giảm 0,21 điểm và giảm 9 bậc); hiện đại hóa ... (...)`: a figure
    in the parentheses after an item of a list of parts is that part's; the part is named between the item's start
    (the lead's colon or a semicolon) and its parenthesis."""
    lead = _list_of_parts_lead(fig)
    if lead is None:
        return None
    opened = fig.s.rfind("(", lead.end(), fig.start)
    if opened < 0 or ")" in fig.s[opened:fig.start]:
        # `cụ thể: Công khai, minh bạch đạt 13.6/18 điểm; Tiến độ giải quyết 18.5/20 điểm`: items between `;`
        start = max(fig.s.rfind(";", lead.end(), fig.start), lead.end() - 1) + 1
        item = lx.PART_ITEM_BEFORE_FIGURE.fullmatch(fig.s, start, fig.start)
        if item is None or not _is_component_name(item.group("name").lower()):
            return None
        return lx.PART_KIND_LEAD.sub("", item.group("name"), count=1)
    start = max(fig.s.rfind(";", lead.end(), opened), fig.s.rfind(")", lead.end(), opened), lead.end() - 1) + 1
    name = fig.s[start:opened].strip(" ,-–")
    # (a name holding a figure, `thiết chế pháp lý 7,87 điểm (giảm 0,16)`, is an item the rules before read)
    return name if 3 <= len(name) <= 90 and not any(c.isdigit() for c in name) else None


def ordered_list(sent: Sentence, ctx, so_far: list[Fact], order_next=lx.ORDER_NEXT, order_end=lx.ORDER_END,
                 attach_to=attach, top_places=lx.TOP_PLACES_IN_ORDER,
                 top_names_first=lx.TOP_PLACES_NAMED_BEFORE) -> list[Fact]:
    """`... dẫn đầu; tiếp theo đó là A, B và C`: the names after the order cue take the ranks after the last rank
    stated (in this sentence or before), in the order written; after `3 vị trí dẫn đầu ... lần lượt thuộc về` they
    take the first places. The English reader passes its own cues and `attach` (and no top-places cue)."""
    s = sent.text
    top = top_places.search(s) if top_places is not None else None
    cue = top or order_next.search(s)
    if cue is None:
        return _top_places_named_before(sent, ctx, attach_to, top_names_first)
    if top:                               # `3 vị trí dẫn đầu ... lần lượt thuộc về A, B và C`: from the first place
        index = next((code for pos, code in reversed(sent.indices) if pos < top.end()), None) or ctx.index
        if index is None:
            return []
        after_rank = 0
    elif lx.GROUP_BEFORE_ORDER.search(s, max(0, cue.start() - 40), cue.start()):
        return []                         # `Nhóm các địa phương tiếp theo là A, B`: a group, in no order
    else:
        ranks = [f for f in so_far if f.metric == "index_rank" and f.evidence_start < cue.start()]
        # the last rank in the order of the text: first places (`Hà Nội dẫn đầu, thứ 2 là Huế`) are read last; from
        # sentences before, the last of the index the sentence names (`Regarding the PAR Index, A was followed by B`)
        named = [code for pos, code in sent.indices if pos < cue.start() and code]
        last_rank = max(ranks, key=lambda f: f.evidence_start) if ranks else \
            (ctx.last_rank_of.get(named[-1]) if named else None) or ctx.last_rank
        after = cue.groupdict().get("after")
        if after and last_rank is not None and \
                not any(m.code == last_rank.province for m in sent.provinces if cue.start() <= m.start < cue.end()):
            return []                     # `Sau Đà Nẵng là A, B`: the list goes on from Đà Nẵng's place, if it is known
        if last_rank is None or last_rank.value >= MAX_LISTED_RANK:
            return []
        after_rank, index = last_rank.value, last_rank.index
    start = cue.end()
    end = order_end.search(s, start)
    opener = lx.NAMES_OPENER.search(s, start, start + NAMES_OPENER_REACH) if end is not None and not top else None
    if opener is not None and end.start() < opener.start():
        # `Năm tỉnh, thành phố tiếp theo trong nhóm 10 tỉnh ... đứng đầu PCI 2018 bao gồm A, B, ...`: the names follow
        # the words that open them, past the group the order is in
        start = opener.end()
        end = order_end.search(s, start)
    names = [m for m in sent.provinces if m.start >= start and (end is None or m.start < end.start())]
    out = []
    for n, name in enumerate(dict.fromkeys(names, None), start=1):
        fig = Figure(sent, NumberToken(name.start, name.end, 1, False, False), ctx, province=name.code)
        fact = Fact(article="", metric="index_rank", value=after_rank + n, unit="rank", index=index,
                    evidence_start=name.start, evidence_end=name.end)
        attach_to(fact, fig)
        out.append(fact)
    return out


def _top_places_named_before(sent: Sentence, ctx, attach_to, top_names_first) -> list[Fact]:
    """`Quảng Ninh, Bắc Giang, ... và Đồng Tháp lần lượt là các địa phương ... được đánh giá cao nhất`: the names
    listed before the cue (opening the sentence or after a lead), take the first places in order."""
    s = sent.text
    cue = top_names_first.search(s)
    if cue is None:
        return []
    names = [m for m in sent.provinces if m.end <= cue.start()]
    if len(names) < 2 or not lx.NAMES_LEAD.search(s, 0, names[0].start) or \
            not s[names[-1].end:cue.start()].isspace() or \
            not all(lx.NAMES_JOIN.match(s[a.end:b.start]) for a, b in zip(names, names[1:], strict=False)):
        return []
    index = next((code for _, code in sent.indices if code), None) or ctx.index
    if index is None:
        return []
    out = []
    for n, name in enumerate(names, start=1):
        fig = Figure(sent, NumberToken(name.start, name.end, n, False, False), ctx, province=name.code)
        fact = Fact(article="", metric="index_rank", value=float(n), unit="rank", index=index,
                    evidence_start=name.start, evidence_end=name.end)
        attach_to(fact, fig)
        out.append(fact)
    return out


# an order cue continues a top list (`nhóm 10 tỉnh dẫn đầu`), not a ranking from the middle of the table
MAX_LISTED_RANK = 20
NAMES_OPENER_REACH = 100   # characters from an order cue to the words that open its names
INDEX_AFTER_TITLE_REACH = 3   # characters from a title (`quán quân`) to the index it is of (`" PCI`)


def first_places(sent: Sentence, ctx) -> list[Fact]:
    """`dẫn đầu`, `quán quân`: rank 1 without a figure, `á quân`: rank 2; one fact per index named with `ở cả`."""
    out = [f for m in finditer(lx.RANK_FIRST, sent) for f in _place(sent, ctx, m, 1)]
    out += [f for m in finditer(lx.RANK_SECOND, sent) for f in _place(sent, ctx, m, 2)]
    return out


def _holder_named(sent: Sentence, m) -> bool:
    """`các tỉnh, thành phố thì đứng đầu vẫn là tỉnh Quảng Ninh`, `10 tỉnh tốp đầu do Quảng Ninh tiếp tục dẫn đầu`: the
    holder of a first place named after it (`là`) or before it (`do`) makes it a province's, whatever group came
    before."""
    s = sent.text
    if lx.PLACES_COUNTED_BEFORE.search(s, max(0, m.start() - 25), m.start()):
        return False                      # `2 vị trí dẫn đầu thuộc về A và B`: the top places, not the first
    holder = lx.HOLDER_AFTER_RANK.match(s, m.end())
    if holder and any(holder.end() <= p.start <= holder.end() + 12 for p in sent.provinces):
        return True
    return any(0 <= m.start() - p.end <= 20 and lx.LED_BY_BEFORE.search(s, max(0, p.start - 4), p.start)
               for p in sent.provinces)


def _place(sent: Sentence, ctx, m, rank: int) -> list[Fact]:
    s, indices = sent.text, sent.indices
    after = s[m.end():m.end() + 40]
    if ctx.bodies_ranked or search(lx.BODIES_INDEX, sent, 0, m.start()) or \
            search(lx.LOWER_TIER_SCOPE_BEFORE, sent, 0, m.start()):
        return []                         # a first place in the province's ranking of its own bodies (`Kết quả Chỉ
                                          # số CCHC của UBND các huyện, ... trong đó ... dẫn đầu`, `ở cấp huyện, Nam
                                          # Giang tiếp tục dẫn đầu`)
    if lx.NOT_FIRST_PLACE_BEFORE.search(s[max(0, m.start() - 50):m.start()]) and not _holder_named(sent, m):
        return []                         # `người đứng đầu`, `6 lần đứng đầu`, `nhóm 10 tỉnh dẫn đầu`
    if lx.REGIONAL.match(after) or lx.REGIONAL_AFTER_FIRST.match(after) or lx.COMPONENT.search(s[:m.start()]) or \
            lx.COMPONENT.search(after) or lx.FIRST_IN_PARTS_AFTER.match(after):
        return []                         # a region's or a component's first place (`đứng đầu ... chỉ số thành phần`)
    if lx.QUOTED_SUBJECT_BEFORE.search(s, max(0, m.start() - 30), m.start()):
        return []                         # `“Cải cách tài chính công” tiếp tục dẫn đầu`: a field's first place
    if lx.COMPONENT_NAME.search(s, clause_bounds(s, m.start())[0], m.start()):
        return []                         # `chỉ số Nhận thức số của Lào Cai đứng đầu`: a part's first place
    matter = lx.RANK_MATTER_AFTER.match(s, m.end())
    if matter and not (indices_in(matter.group("matter")) or lx.REFORM_MATTER.search(matter.group("matter"))):
        return []                         # `dẫn đầu về xây dựng chính quyền điện tử`: first in another matter
    if matter and lx.COMPONENT_NAME.search(matter.group("matter") + " ") and \
            not any(code for _, code in indices_in(matter.group("matter"))):
        return []                         # `dẫn đầu cả nước về chỉ số xây dựng chính quyền số`: a part's first place
    if _held_by_a_body(sent, m.start(), m.end()):
        return []                         # `Sở Thông tin và Truyền thông dẫn đầu`: first among the province's bodies
    fig = Figure(sent, NumberToken(m.start(), m.end(), rank, False, False), ctx)
    if _of_ministries(fig):
        return []                         # `Trong nhóm 9 bộ, ngành ..., Viện Hàn lâm ... giữ vị trí dẫn đầu`
    holder = lx.HOLDER_AFTER_RANK.match(s, m.end())     # `đứng đầu vẫn là tỉnh Quảng Ninh`
    named = [p for p in sent.provinces if p.start - m.end() == 1 and s[m.end()] == " "] or \
        [p for p in sent.provinces if holder and holder.end() <= p.start <= holder.end() + 12]
    subject = [p for p in sent.provinces if clause_bounds(s, m.start())[0] <= p.start and p.end <= m.start()]
    if named:
        fig.province = named[0].code      # `á quân Đồng Nai`: the name right after the title
    elif subject:
        fig.province = subject[-1].code   # `Đà Nẵng có năm thứ 3 liên tiếp dẫn đầu, TP.HCM ...`: the subject before
    elif ctx.last_ranked and lx.REFERRING_SUBJECT.search(s, clause_bounds(s, m.start())[0], m.start()):
        fig.province = ctx.last_ranked    # `Kết quả, địa phương giành vị trí á quân`: the province just discussed
    right_after = [c for pos, c in indices if c and 0 < pos - m.end() <= INDEX_AFTER_TITLE_REACH]
    codes = [c for _, c in indices] if lx.SEVERAL_INDICES.search(s) and len(indices) > 1 else \
        right_after[:1] or [index_of(fig)]   # (`ngôi "quán quân" PCI tiếp tục thuộc về ...`: the index right after it)
    lo = clause_bounds(s, m.start())[0]
    out = []
    for code in dict.fromkeys(codes):
        if code is None or code in lx.RANKS_WITHIN_A_PROVINCE:
            continue                      # DDCI's first place is a department's or a district's, never the province's
        f = Fact(article="", metric="index_rank", value=float(rank), unit="rank", index=code,
                 evidence_start=lo + (len(s[lo:m.start()]) - len(s[lo:m.start()].lstrip())), evidence_end=m.end())
        attach(f, fig)
        if f.province is not None:        # a first place held by no province (`nhưng dẫn đầu là ...`) is no fact
            out.append(f)
    return out
