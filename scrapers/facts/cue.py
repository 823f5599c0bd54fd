"""A cue of the lexicon: a compiled regex that skips, before matching, the texts it cannot match.

Python matches case-insensitive alternations of Vietnamese words slowly (several microseconds a sentence), and most
texts a cue is asked about hold none of its words. From the pattern, `required_words` derives literal words one of
which every match must contain (`(?:toàn tỉnh|cả nước)` -> {"toàn tỉnh", "cả nước"}); `Cue` answers "no match"
at once for a text without any of them, a substring test on the lower-cased text that costs a fraction of the
regex. Cues without such words, and case-sensitive ones (fast already), stay plain compiled patterns.

When the words are there, a `Cue` asked about a whole text first reads its lower-cased copy with a case-sensitive
twin of the pattern (lower-casing Vietnamese keeps every offset, and matching without IGNORECASE is several times
faster): most such texts still hold no match, and only when the twin finds one does the regex itself run, so the
match returned is always the regex's own, on the text asked about.
"""
from __future__ import annotations

import re
import sys
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse  # the stdlib's own pattern parser (stable across 3.11-3.12)

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_MOST_ENDINGS = 64                        # beyond this many alternatives the ending test costs more than it saves


def required_words(rx: re.Pattern) -> frozenset[str] | None:
    """Lower-cased literal words one of which every match of `rx` contains, or None when the pattern has none."""
    words = _required(sre_parse.parse(rx.pattern, rx.flags))
    return frozenset(words) if words else None


def _required(items) -> set[str] | None:
    """The best set of alternatives a sequence requires: one literal run, or the union over a group's branches."""
    best: set[str] | None = None
    run: list[str] = []

    def keep(words: set[str] | None) -> None:
        nonlocal best
        if words and (best is None or _strength(words) > _strength(best)):
            best = words

    for op, arg in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            keep({"".join(run).lower()})
            run = []
        if op is sre.SUBPATTERN:
            keep(_required(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            keep(_required(arg))
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                keep(set().union(*branches))
        elif op in _REPEATS and arg[0] >= 1:
            keep(_required(arg[2]))
    return best


def _strength(words: set[str]) -> float:
    """Longer words reject more texts; fewer alternatives cost fewer tests."""
    return min(len(w) for w in words) - 0.01 * len(words)


def ending_words(rx: re.Pattern) -> tuple[str, ...] | None:
    """For a cue read at the end of the words before a figure (`(?:trên|hơn)\\s*$`): lower-cased literal endings one
    of which every match ends with, trailing spaces aside; None for other patterns or when no such ending exists."""
    if rx.flags & re.MULTILINE:
        return None                       # `$` then matches before every newline
    items = list(sre_parse.parse(rx.pattern, rx.flags))
    if not items or items[-1] != (sre.AT, sre.AT_END):
        return None
    items.pop()
    while items and _spaces_only(items[-1]):
        items.pop()
    tails = _endings(items)
    words = {tail.rstrip().lower() for tail in tails} if tails else set()
    return tuple(sorted(words)) if words and "" not in words else None


def _spaces_only(item) -> bool:
    op, arg = item
    if op in _REPEATS:
        return all(_spaces_only(sub) for sub in arg[2])
    if op is sre.IN:
        return arg == [(sre.CATEGORY, sre.CATEGORY_SPACE)]
    return op is sre.LITERAL and chr(arg).isspace()


def _endings(items) -> set[str] | None:
    """Strings one of which every match of the sequence ends with (the literal run at its end, through groups and
    optional literal parts), or None."""
    tails = {""}
    for op, arg in reversed(items):
        if op in _ZERO_WIDTH:
            continue                      # look-arounds and anchors consume nothing
        whole = _literal_strings([(op, arg)])
        if whole is not None:
            tails = {w + t for w in whole for t in tails}
            if len(tails) > _MOST_ENDINGS:
                return None
            continue
        if op is sre.SUBPATTERN:
            inner = _endings(list(arg[-1]))
        elif op is sre.BRANCH:
            branches = [_endings(list(branch)) for branch in arg[1]]
            inner = None if None in branches else set().union(*branches)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _endings(list(arg[2]))
        else:
            inner = None
        return tails if inner is None else {w + t for w in inner for t in tails}
    return tails


def _literal_strings(items) -> set[str] | None:
    """Every string a sequence of literals, literal groups and optional literal parts matches, or None."""
    out = {""}
    for op, arg in items:
        if op is sre.LITERAL:
            alternatives = {chr(arg)}
        elif op is sre.SUBPATTERN:
            alternatives = _literal_strings(arg[-1])
        elif op is sre.BRANCH:
            branches = [_literal_strings(branch) for branch in arg[1]]
            alternatives = None if None in branches else set().union(*branches)
        elif op in _REPEATS and arg[:2] == (0, 1):
            inner = _literal_strings(arg[2])
            alternatives = None if inner is None else inner | {""}
        elif op in _ZERO_WIDTH:
            continue
        else:
            return None
        if alternatives is None:
            return None
        out = {o + a for o in out for a in alternatives}
        if len(out) > _MOST_ENDINGS:
            return None
    return out


# The rules ask many cues about the same few texts of a figure (its near-left words, its clause, ...): the
# lower-cased texts are kept, a look-up costing less than lower-casing Vietnamese again.
_LOWERED: dict[str, str] = {}
_LOWERED_KEPT = 512


def _lower_and_keep(text: str) -> str:
    if len(_LOWERED) >= _LOWERED_KEPT:
        _LOWERED.clear()
    lowered = _LOWERED[text] = text.lower()
    return lowered


def lowered(text: str) -> str:
    """The text lower-cased, kept for the next cue asked about it (`Cue.search` and `finditer` write this out)."""
    return _LOWERED.get(text) or _lower_and_keep(text)


class Cue:
    """A compiled cue that tests for its required words before it runs the regex (see the module docstring).

    Rules ask cues hundreds of times an article, so the word test is written out in `search` and `finditer`
    rather than called, and the anchored `match`/`fullmatch` are the compiled pattern's own methods. The twin
    filters `search` over a whole text only: on a slice (`pos`, `endpos`) a look-behind would see less than the
    regex does. (For `finditer` the twin saves nothing: texts that hold the words mostly hold a match.)"""

    __slots__ = ("regex", "words", "endings", "match", "fullmatch", "twin")

    def __init__(self, regex: re.Pattern, words: frozenset[str]):
        self.regex = regex
        # a word containing another (`kế hoạch`, `hoạch`) adds no test: a text holding it holds the shorter one
        self.words = tuple(sorted((w for w in words if not any(o != w and o in w for o in words)), key=len))
        self.endings = ending_words(regex)
        self.twin = lower_case_twin(regex)
        self.match = regex.match            # anchored: fails at once on most texts, a word test costs more
        self.fullmatch = regex.fullmatch

    def absent_from(self, lowered: str) -> bool:
        """True when the lower-cased text holds none of the required words (the cue cannot match it)."""
        for word in self.words:  # noqa: SIM110 - faster than all() over a generator, on the hottest path
            if word in lowered:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        whole = not pos and endpos >= len(text)
        part = text if whole else text[pos:endpos]
        lowered = _LOWERED.get(part) or _lower_and_keep(part)
        if self.endings is not None and not lowered.rstrip().endswith(self.endings):
            return None
        for word in self.words:
            if word in lowered:
                if whole and self.twin is not None and len(lowered) == len(text) and not self.twin.search(lowered):
                    return None
                return self.regex.search(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        part = text[pos:endpos] if pos or endpos < len(text) else text
        lowered = _LOWERED.get(part) or _lower_and_keep(part)
        for word in self.words:
            if word in lowered:
                return self.regex.finditer(text, pos, endpos)
        return iter(())

    def positions(self, text: str):
        """The matches of the cue in a text for a caller that keeps only their positions: read with the twin on the
        lower-cased copy when lower-casing keeps the offsets (their groups are then lower-cased)."""
        lower = lowered(text)
        if self.absent_from(lower):
            return iter(())
        if self.twin is not None and len(lower) == len(text):
            return self.twin.finditer(lower)
        return self.regex.finditer(text)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)     # pattern, flags, sub, split: the compiled pattern's own

    def __repr__(self) -> str:
        return f"Cue({self.regex.pattern!r})"


def lower_case_twin(regex: re.Pattern) -> re.Pattern | None:
    """The pattern lower-cased and compiled case-sensitively, to read lower-cased text several times faster than
    IGNORECASE reads the original; None when lower-casing would change what it means (`\\S`, `(?-i:...)`)."""
    if re.search(r"\\[A-Z]|\(\?-i", regex.pattern):
        return None
    try:
        return re.compile(regex.pattern.lower())
    except re.error:
        return None


def search_at_end(rx: re.Pattern | Cue, text: str) -> re.Match | None:
    """`rx.search(text)` for a cue read at the end of a text (`TP.$`): when every match ends with `$` and is at most
    N characters long, only the last N + 1 characters (`$` also matches before a final newline) can start one, so
    the search starts there instead of trying every earlier position. The match is the one `rx.search` finds."""
    width = _width_at_end(rx.pattern, rx.flags)
    return rx.search(text, 0 if width is None else max(0, len(text) - width - 1))


@cache
def _width_at_end(pattern: str, flags: int) -> int | None:
    """The longest match of a pattern whose matches all end with `$`, or None (not anchored so, or unbounded)."""
    if flags & re.MULTILINE:
        return None                       # `$` then matches before every newline
    parsed = sre_parse.parse(pattern, flags)
    if not parsed.data or parsed.data[-1] != (sre.AT, sre.AT_END):
        return None
    width = parsed.getwidth()[1]
    return width if width < sre.MAXREPEAT else None


def compile_cue(pattern: str, case: bool) -> re.Pattern | Cue:
    """The pattern compiled (case-insensitive unless `case`), as a `Cue` when it has required words."""
    regex = re.compile(pattern, 0 if case else re.IGNORECASE)
    words = None if case else required_words(regex)
    return Cue(regex, words) if words else regex
