"""A figure and its surroundings: what every rule reads.

`Figure` holds one number of a sentence with the text around it cut the ways
the rules look at it (the near-left words back to the previous figure or clause
break, the words to its right, its clause, the sentence so far), the facts the
sentence has given before it, and what the article has established
(`ArticleContext`). A rule takes a `Figure` and returns a metric or None.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from scrapers.facts import lexicon as lx
from scrapers.facts.cue import Cue
from scrapers.facts.numbers import NumberToken
from scrapers.facts.periods import PeriodMention
from scrapers.models import Fact
from scrapers.reference.provinces import find_province_mentions


@dataclass
class ArticleContext:
    """What the article has established so far, carried from sentence to sentence."""
    article_id: str = ""
    default_province: str | None = None      # the source's province: figures name no other
    period: PeriodMention | None = None
    published: date | None = None
    published_by: date | None = None        # the latest it can be, when only its month or year is known
    first_frame: PeriodMention | None = None  # the article's first reporting period: also its title's
    plan_period: PeriodMention | None = None  # `Kế hoạch ... giai đoạn 2021-2025`: what targets are set for
    owner_level: str | None = None          # `mục tiêu ... của Sở`: the tier whose plan the article sets out
    year: int | None = None
    index: str | None = None
    level: str | None = None
    target_list: bool = False
    last_percent_metric: str | None = None
    last_procedure: str | None = None       # a later `Trong đó:` breakdown repeats it
    online_topic: bool = False              # online public services were named: `triển khai N thủ tục` deploys them
    last_count: Fact | None = None          # last procedure or service count: `Cụ thể, Sở Y tế (42 TTHC)` breaks down
    last_dossier_count: str | None = None   # ... the last dossier count's metric: `Trong đó, Sở Tư pháp (188 hồ sơ)`
    last_rank: Fact | None = None           # last index rank: `Tiếp theo là A, B` continues from it
    last_rank_of: dict = field(default_factory=dict)   # index -> its last rank, for an order cue naming its index
    last_ranked: str | None = None          # province of the last index fact: `địa phương giành vị trí á quân`
    last_part_score: Fact | None = None     # the last sentence's part score: `The national median was 6.94 points`
    numbered_ranks: bool = False            # under a ranking caption, numbered lines are ranks (`1. Quảng Ninh`)
    last_rate: str | None = None            # the last rate read: names compared on it (`vượt Đà Nẵng (58,89%)`)
    index_year: int | None = None           # the edition the article reports (`PCI 2017`), not its publication year
    since: str | None = None                # a day running totals start from (`hoạt động từ 02/6/2017`)
    windows: dict = field(default_factory=dict)  # named periods pinned to cut-off dates: (start, end) -> dated period
    heading: str | None = None              # a component named on a line of its own (`- Lĩnh vực Cải cách thể chế`)
    component: str | None = None            # ... whose figures the current paragraph gives
    topic_part: str | None = None           # the one part of an index the article is about, until one names an index
    parts_listed: bool = False              # under `8 chỉ số nội dung như sau:`, numbered paragraphs name the parts
    table_columns: tuple | None = None      # under a table's header line, what its rows' figures are (`tables`)
    table_holder: str | None = None         # ... and the province its caption (the line before) names alone
    ministries: bool = False                # the ranking under discussion is the ministries (`follow_ministries`)
    bodies_ranked: bool = False             # ... or the province's own bodies' (`follow_ministries`)
    bodies_tier: str | None = None          # ... when they are of one tier, that tier

    def follow_counts(self, new: list[Fact]) -> None:
        """After a sentence: the last procedure or service count, dossier count and procedure figure it gave, which a
        breakdown in a later sentence (`Trong đó: ...`, `Cụ thể, Sở Y tế (42 TTHC)`) goes on from."""
        for f in new:
            if f.metric.startswith("procedures"):
                self.last_procedure = f.metric
            if f.unit != "count":
                continue
            if f.metric.startswith(("procedures", "online_services")):
                self.last_count = f
            elif f.metric.startswith("dossiers"):
                self.last_dossier_count = f.metric

    def follow_index_facts(self, new: list[Fact]) -> None:
        """After a sentence: its index facts name the province `địa phương` / `the locality` refers back to, and its
        last rank stated, in the order of the text (first places are read last), is what an order cue continues."""
        for f in new:
            if f.province and f.metric.startswith("index"):
                self.last_ranked = f.province
        if new and any(f.metric.startswith("index") for f in new):
            self.last_part_score = next((f for f in reversed(new) if f.metric == "index_component_score"), None)
        ranks = sorted((f for f in new if f.metric == "index_rank" and f.kind == "actual"),
                       key=lambda f: f.evidence_start)
        # (`lùi xuống vị trí thứ 5 ... từ vị trí thứ 2 của năm ngoái`: the year before's place is no place a list
        # goes on from)
        latest = max((f.period_start[:4] for f in ranks if f.period_start), default=None)
        ranks = [f for f in ranks if not f.period_start or f.period_start[:4] == latest]
        if ranks:
            self.last_rank = ranks[-1]
        for f in ranks:
            self.last_rank_of[f.index] = f


@dataclass
class Sentence:
    start: int                               # offset in the article text
    text: str
    paragraph_start: bool
    periods: list[PeriodMention] = field(default_factory=list)
    indices: list[tuple[int, str | None]] = field(default_factory=list)  # (position, index code) named in it
    _provinces: list | None = None
    target_mode: bool = False                # a plan's paragraph or list: every figure is a target
    lower: str | None = None                 # the text lower-cased, when that keeps every offset (for cue twins)
    tiers: list[tuple[int, int, str]] | None = None  # tier words in it (start, end, tier), read once when asked
    duty_end: int | None = -1                # where its first duty cue ends (`phải tiếp nhận`); -1: not read yet
    cues_absent: dict = field(default_factory=dict)  # cue -> none of its words is in `lower` (asked once per figure)


    @property
    def provinces(self) -> list:
        """Province mentions in it (`scrapers.reference.provinces`), looked up when a rule first asks."""
        if self._provinces is None:
            self._provinces = find_province_mentions(self.text)
        return self._provinces

    @property
    def sole_province(self) -> str | None:
        """The code of the one province it names, when it names exactly one (a title's subject, a caption's holder)."""
        codes = {m.code for m in self.provinces}
        return codes.pop() if len(codes) == 1 else None


@dataclass
class Figure:
    """One number of a sentence, with the sentence, the article context and the facts read before it."""
    sentence: Sentence
    token: NumberToken
    ctx: ArticleContext
    previous: NumberToken | None = None      # the sentence's figure before this one
    next_start: int | None = None            # where the sentence's next figure starts
    previous_fact: Fact | None = None        # what the figure before gave (None: no fact)
    so_far: list[Fact] = field(default_factory=list)  # facts of this sentence before this figure
    # what a rule learned about the figure's attributes from its wording (read by `attributes`):
    year: int | None = None                  # the value is of this year (`(năm 2021 là 6,88 điểm)`)
    year_before: bool = False                # the value is of the year before the frame (X of `từ X lên Y`)
    province: str | None = None             # the province a list assigns (`A và B lần lượt xếp thứ 2 và 3`)
    evidence_end: int | None = None          # where the evidence ends when a rule knows better than `right`
    whole_metric: str | None = None          # the metric of a ratio's denominator, when it is a fact too

    # The cuts of the text every rule reads, made once when the figure is made (the rules read each several times):
    s: str = field(init=False)               # the sentence's text
    start: int = field(init=False)           # the figure's offsets in it
    end: int = field(init=False)
    left_start: int = field(init=False)      # where `near` starts
    near: str = field(init=False)            # the near-left words: back to the previous figure or clause break
    right: str = field(init=False)           # the words after the figure, up to the next figure or a clause break
    clause: tuple[int, int] = field(init=False)  # bounds of the figure's clause (between semicolons)
    clause_left: str = field(init=False)     # its clause up to the figure

    def __post_init__(self) -> None:
        s = self.s = self.sentence.text
        start, end = self.start, self.end = self.token.start, self.token.end
        lo = self.previous.end if self.previous else 0
        seg = s[lo:start]
        cut = 0
        for m in lx.CLAUSE_BREAK.finditer(seg):
            cut = m.end()
        self.left_start, self.near = lo + cut, seg[cut:]
        seg = s[end:self.next_start if self.next_start is not None else len(s)][:90]   # at most 90 characters
        m = lx.RIGHT_BREAK.search(seg)
        self.right = seg[:m.start()] if m else seg
        self.clause = clause_bounds(s, start)
        self.clause_left = s[self.clause[0]:start]

    @property
    def clause_right(self) -> str:
        return self.s[self.end:self.clause[1]]

    @property
    def sentence_left(self) -> str:
        return self.s[:self.start]

    def fact(self, metric: str, value: float, unit: str, **attributes) -> Fact:
        """A fact of this figure whose evidence runs from its near-left clause to the end of `right`."""
        end = self.evidence_end if self.evidence_end is not None else self.end + len(self.right.rstrip())
        return make_fact(self.s, metric, value, unit, self.left_start, end, **attributes)


def search(rx: re.Pattern | Cue, sentence: Sentence, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """`rx.search` over a sentence, through the cue's case-sensitive twin (`Cue.twin`) on the sentence's
    lower-cased text when it has one (the same match positions, several times faster than IGNORECASE)."""
    twin = rx.twin if isinstance(rx, Cue) else None
    lower = sentence.lower
    end = len(sentence.text) if endpos is None else endpos
    if twin is None or lower is None:
        return rx.search(sentence.text, pos, end)
    return None if _absent(rx, sentence) else twin.search(lower, pos, end)


def finditer(rx: re.Pattern | Cue, sentence: Sentence, pos: int = 0, endpos: int | None = None):
    """`rx.finditer` over a sentence, through the cue's twin like `search`."""
    twin = rx.twin if isinstance(rx, Cue) else None
    end = len(sentence.text) if endpos is None else endpos
    if twin is not None and sentence.lower is not None:
        return iter(()) if _absent(rx, sentence) else twin.finditer(sentence.lower, pos, end)
    return rx.finditer(sentence.text, pos, end)


def _absent(cue: Cue, sentence: Sentence) -> bool:
    """`cue.absent_from(sentence.lower)`, kept: the rules ask the same cues of every figure of a sentence."""
    absent = sentence.cues_absent.get(cue)
    if absent is None:
        absent = sentence.cues_absent[cue] = cue.absent_from(sentence.lower)
    return absent


def make_fact(s: str, metric: str, value: float, unit: str, ev_start: int, ev_end: int, **attributes) -> Fact:
    while ev_start < ev_end and not s[ev_start].isalnum():
        ev_start += 1
    return Fact(article="", metric=metric, value=float(value), unit=unit, evidence_start=ev_start,
                evidence_end=max(ev_end, ev_start), **attributes)


def read_figures(sentence: Sentence, tokens: list[NumberToken], ctx: ArticleContext,
                 read: Callable[[Figure], Fact | None], attach: Callable[[Fact, Figure], None]) -> list[Fact]:
    """The facts of a sentence's figures, left to right: `read` says what each states (None: nothing), `attach` sets
    its attributes. Each figure sees the one before it, the fact that one gave and the facts given so far."""
    out: list[Fact] = []
    previous_fact = None
    for n, tok in enumerate(tokens):
        fig = Figure(sentence, tok, ctx, previous=tokens[n - 1] if n else None,
                     next_start=tokens[n + 1].start if n + 1 < len(tokens) else None,
                     previous_fact=previous_fact, so_far=out)
        fact = read(fig)
        previous_fact = fact
        if fact is None:
            continue
        attach(fact, fig)
        out.append(fact)
        if fig.whole_metric:              # `47,8% (4.954.457/10.364.973)`: the ratio's whole is a fact too
            out.append(replace(fact, metric=fig.whole_metric, value=float(tok.denominator)))
    return out


def place_in_article(facts: list[Fact], sentence: Sentence, text: str) -> None:
    """Offsets of facts read from a sentence made offsets of the article `text`, with their evidence and sentence."""
    for f in facts:
        f.evidence_start += sentence.start
        f.evidence_end += sentence.start
        f.evidence = text[f.evidence_start:f.evidence_end]
        f.sentence_start, f.sentence_end = sentence.start, sentence.start + len(sentence.text)
        f.evidence_sentence = sentence.text


def clause_bounds(s: str, pos: int) -> tuple[int, int]:
    lo = s.rfind(";", 0, pos) + 1
    hi = s.find(";", pos)
    return lo, (hi if hi >= 0 else len(s))


def positions(rx: re.Pattern | Cue, text: str):
    """The matches of `rx` in `text` for a caller that keeps only their positions (a cue reads them with its twin)."""
    return rx.positions(text) if isinstance(rx, Cue) else rx.finditer(text)


def last(rx: re.Pattern | Cue, text: str) -> int:
    """End of the last match of `rx` in `text`, or -1."""
    pos = -1
    for m in positions(rx, text):
        pos = m.end()
    return pos


def open_aside(s: str, pos: int) -> int:
    """Where the parenthesis `pos` lies in opens (it is not closed before `pos`); -1 when `pos` lies in none."""
    opened = s.rfind("(", 0, pos)
    return opened if opened > s.rfind(")", 0, pos) else -1


def aside_around(s: str, pos: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) of the parenthesis `pos` lies in, when it closes before `end`; None otherwise."""
    opened = open_aside(s, pos)
    closed = s.find(")", pos, end) if opened >= 0 else -1
    return (opened, closed) if closed >= 0 else None


def last_match(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last match of `rx` in text[pos:endpos], or None."""
    found = None
    for found in rx.finditer(text, pos, len(text) if endpos is None else endpos):  # noqa: B007 - the last one is kept
        pass
    return found


def first(rx: re.Pattern | Cue, text: str) -> int:
    m = next(iter(positions(rx, text)), None)
    return m.start() if m else -1
