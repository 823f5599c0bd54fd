"""Index figures (PAR INDEX, SIPAS, PAPI, PCI, DTI, 766, DDCI): scores, ranks, their changes and
component scores, and first places stated without a figure (`dẫn đầu`)."""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.attributes import attach
from scrapers.facts.figure import Figure, Sentence, clause_bounds
from scrapers.facts.numbers import NumberToken
from scrapers.models import Fact


def indices_in(sentence: str) -> list[tuple[int, str | None]]:
    """(position, code) of the indices named in a sentence; other indices (`ICT INDEX`, `PGI`) as code None,
    so that a figure after them is not credited to a reform index named earlier."""
    found: list[tuple[int, str | None]] = []
    for code, rx in lx.INDEX_ALIASES:
        for m in rx.finditer(sentence):
            if not any(pos == m.start() for pos, _ in found):
                found.append((m.start(), code))
    found.extend((m.start(), None) for m in lx.NON_REFORM_INDEX.finditer(sentence))
    found.sort(key=lambda item: item[0])
    return found


def index_of(fig: Figure) -> str | None:
    """The index a figure belongs to: the last named before it, else the first after, else the one discussed."""
    indices = fig.sentence.indices
    before = [code for pos, code in indices if pos < fig.start]
    if before:
        return before[-1]
    return indices[0][1] if indices else fig.ctx.index


def read_index_figure(fig: Figure) -> Fact | None:
    """The index fact a figure states, if it is one."""
    index = index_of(fig)
    if index is None:
        return None
    reading = _index_metric(fig)
    if reading is None:
        return None
    metric, unit, value, rank_of, component = reading
    return fig.fact(metric, value, unit, index=index, rank_of=rank_of, component=component)


def _index_metric(fig: Figure):
    s, tok, near, right, clause_left = fig.s, fig.token, fig.near, fig.right, fig.clause_left
    indices = fig.sentence.indices
    near_tail = near[-40:]
    if lx.MAXIMUM_POINTS.search(near):
        return None                       # `điểm tối đa cho tiêu chí này là 14,5`: the scale, not a result
    if lx.RANK.search(near_tail) and not lx.NOT_A_RANK.search(near_tail) and not tok.percent:
        if lx.REGIONAL.match(right) or lx.COMPONENT.search(clause_left) or not float(tok.value).is_integer():
            return None
        if lx.RANK_FROM_BEFORE.search(near_tail) and lx.TO_AFTER.match(right):
            return None                   # `từ vị trí thứ 7 lên vị trí thứ 5`: 7 was the rank before
        return "index_rank", "rank", tok.value, tok.denominator, None
    change = lx.SCORE_CHANGE.search(near_tail) or lx.RANK_CHANGE.search(near_tail) or \
        lx.SCORE_THEN_RANK_CHANGE.search(s[:tok.start])
    if change and lx.RANK_CHANGE_UNIT_AFTER.match(right):
        sign = -1 if change.group(1).lower() in ("giảm", "tụt", "thấp hơn") else 1
        return "index_rank_change", "rank", sign * tok.value, None, None
    component = _component(s, clause_left)
    has_index_words = bool(indices) or component or bool(lx.INDEX_WORDS.search(s))
    if not has_index_words:
        return None
    if change and (tok.percent or lx.POINTS.match(right) or component or lx.POINTS_OR_END.match(right)):
        if lx.COMPARED.search(s[tok.end:]) or component:
            sign = -1 if change.group(1).lower() in ("giảm", "thấp hơn") else 1
            return ("index_score_change", "percent" if tok.percent else "score", sign * tok.value, None,
                    component)
    if change:
        return None
    part_of = tok.denominator or _points_out_of(right)
    if part_of and part_of != 100:
        # `2,27/3 điểm`, `9,75 điểm/10 điểm`: points on one criterion's own scale, never the index score
        name = component or _criterion(clause_left)
        return ("index_component_score", "score", tok.value, None, name) if name else None
    if lx.POINTS.match(right) or tok.denominator == 100 or lx.TOTAL_POINTS_BEFORE.search(near):
        if component:
            return "index_component_score", "score", tok.value, None, component
        return "index_score", "score", tok.value, None, None
    if component and lx.IS_BEFORE.search(near) and not tok.percent:
        return "index_component_score", "score", tok.value, None, component
    if tok.percent and (indices or lx.RANKING_WORDS.search(s)) \
            and lx.REACHES_BEFORE.search(near) and not lx.NOT_INDEX_PERCENT.search(near):
        return "index_score", "percent", tok.value, None, None
    return None


def _points_out_of(right: str) -> float | None:
    m = lx.POINTS_OUT_OF.match(right)
    return float(m.group(1).replace(",", ".")) if m else None


def _criterion(clause_left: str) -> str | None:
    """`chỉ số thành phần cải cách thủ tục hành chính đạt` -> `cải cách thủ tục hành chính`."""
    m = lx.CRITERION_NAME.search(clause_left)
    return m.group(1).strip() if m else None


def _component(s: str, clause_left: str) -> str | None:
    """`điểm công khai, minh bạch là 15,67` or `Chính sách hỗ trợ doanh nghiệp: tăng 1,01` in a breakdown."""
    label = lx.COMPONENT_LABEL.search(clause_left)
    if not label:
        return None
    breakdown = lx.IN_WHICH.match(s) or lx.COMPONENT_LIST.match(s)
    if not breakdown:
        return None
    name = label.group(1).strip(" ,")
    if lx.YEAR_LIKE.fullmatch(name) or lx.NOT_A_COMPONENT.search(name):
        return None
    return name


def first_places(sent: Sentence, ctx) -> list[Fact]:
    """`dẫn đầu`, `quán quân`: rank 1 without a figure; one fact per index named with `ở cả`."""
    s, indices = sent.text, sent.indices
    out = []
    for m in lx.RANK_FIRST.finditer(s):
        after = s[m.end():m.end() + 40]
        if lx.NOT_FIRST_PLACE_BEFORE.search(s[max(0, m.start() - 50):m.start()]):
            continue                      # `người đứng đầu`, `6 lần đứng đầu`, `nhóm 10 tỉnh dẫn đầu`
        if lx.REGIONAL.match(after) or lx.REGIONAL_AFTER_FIRST.match(after):
            continue
        if lx.COMPONENT.search(s[:m.start()]):
            continue
        fig = Figure(sent, NumberToken(m.start(), m.end(), 1, False, False), ctx)
        codes = [c for _, c in indices] if lx.SEVERAL_INDICES.search(s) and len(indices) > 1 else [index_of(fig)]
        lo, hi = clause_bounds(s, m.start())
        for code in dict.fromkeys(codes):
            if code is None:
                continue
            f = Fact(article="", metric="index_rank", value=1.0, unit="rank", index=code,
                     evidence_start=lo + (len(s[lo:m.start()]) - len(s[lo:m.start()].lstrip())), evidence_end=m.end())
            attach(f, fig)
            out.append(f)
    return out
