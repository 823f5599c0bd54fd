"""A cue of the lexicon: a compiled regex that skips, before matching, the texts it cannot match.

Python matches case-insensitive alternations of Vietnamese words slowly (several microseconds a sentence), and most
texts a cue is asked about hold none of its words. From the pattern, `required_words` derives literal words one of
which every match must contain (`(?:toàn tỉnh|cả nước)` -> {"toàn tỉnh", "cả nước"}); `Cue` answers "no match"
at once for a text without any of them, a substring test on the lower-cased text that costs a fraction of the
regex. Cues without such words, and case-sensitive ones (fast already), stay plain compiled patterns.
"""
from __future__ import annotations

import re
import sys
from re import _constants as sre
from re import _parser as sre_parse  # the stdlib's own pattern parser (stable across 3.11-3.12)

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


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


class Cue:
    """A compiled cue that tests for its required words before it runs the regex (see the module docstring)."""

    __slots__ = ("regex", "words")

    def __init__(self, regex: re.Pattern, words: frozenset[str]):
        self.regex = regex
        self.words = tuple(sorted(words, key=len))

    def absent_from(self, lowered: str) -> bool:
        """True when the lower-cased text holds none of the required words (the cue cannot match it)."""
        for word in self.words:  # noqa: SIM110 - faster than all() over a generator, on the hottest path
            if word in lowered:
                return False
        return True

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        return self.absent_from((text[pos:endpos] if pos or endpos < len(text) else text).lower())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos)    # anchored: fails at once on most texts, a test costs more

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._absent(text, pos, endpos) else self.regex.finditer(text, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)     # pattern, flags, sub, split: the compiled pattern's own

    def __repr__(self) -> str:
        return f"Cue({self.regex.pattern!r})"


def compile_cue(pattern: str, case: bool) -> re.Pattern | Cue:
    """The pattern compiled (case-insensitive unless `case`), as a `Cue` when it has required words."""
    regex = re.compile(pattern, 0 if case else re.IGNORECASE)
    words = None if case else required_words(regex)
    return Cue(regex, words) if words else regex
