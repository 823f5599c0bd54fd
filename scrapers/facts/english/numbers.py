"""English numerals: `2,941` is 2941 and `67.89` is 67.89 (the Vietnamese convention, `scrapers.facts.numbers`, is
the other way round); `29th` is 29; `percent` and `per cent` mark a share; scale words multiply; number words count
before a counted noun (`two spots`), ordinal words after a verb of ranking (`came in fifth`)."""
from __future__ import annotations

from scrapers.facts.english import lexicon as en
from scrapers.facts.numbers import NumberToken, join_broken_decimals

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def parse_english(digits: str) -> float:
    """`2,941` -> 2941, `67.89` -> 67.89, `49,600.5` -> 49600.5; `88,38` (one or two digits after the comma, a
    Vietnamese decimal the number pattern only takes before a share or points) -> 88.38, `45,7047` (four, which no
    thousands group has) -> 45.7047."""
    whole, comma, tail = digits.rpartition(",")
    if comma and len(tail) != 3 and tail.isdecimal():
        return float(f"{whole}.{tail}")
    return float(digits.replace(",", ""))


def find_numbers(text: str) -> list[NumberToken]:
    """Every figure of an English sentence, in order."""
    tokens = []
    for m in en.NUMBER.finditer(text):
        value = _thousands(text, m) or parse_english(m.group("num"))
        den = _denominator(m.group("den")) if m.group("den") else None
        if den is not None and den <= 12 and value <= 31 and value.is_integer() and \
                not en.POINTS_AFTER.match(text[m.end():]):
            continue                      # a day/month date such as 7/7 (not `reached 10/10 points`)
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
        tokens.append(NumberToken(m.start(), m.end(), value, bool(m.group("pct")), bool(scale), den,
                                  bool(m.group("high"))))
    for m in en.WORDED_COUNT.finditer(text):
        tokens.append(NumberToken(m.start(), m.end(), float(en.NUMBER_WORDS[m.group("word").lower()]), False, False))
    for m in en.NUMBERED_WORD_PLACE.finditer(text):   # `from number eight to number three`
        tokens.append(NumberToken(m.start("word"), m.end("word"), float(en.NUMBER_WORDS[m.group("word").lower()]),
                                  False, False))
    for m in en.WORDED_RANK.finditer(text):
        tokens.append(NumberToken(m.start("word"), m.end("word"), float(en.ORDINAL_WORDS[m.group("word").lower()]),
                                  False, False))
    return _join_scores_out_of(text, join_broken_decimals(text, sorted(tokens, key=lambda t: t.start)))


def _join_scores_out_of(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`scored 15.7 out of the total of 18 points`: a score on the scale of its maximum, read as `15.7/18 points`
    (the maximum is no figure of its own)."""
    out: list[NumberToken] = []
    for tok in tokens:
        score = out[-1] if out else None
        if score is not None and score.denominator is None and not score.percent and not tok.percent and \
                en.SCORE_OUT_OF_BETWEEN.fullmatch(text, score.end, tok.start) and \
                en.SCORE_MAXIMUM_END.match(text, tok.end) and (en.POINTS_AFTER.match(text[tok.end:]) or
                                                               not score.value.is_integer()):
            out[-1] = NumberToken(score.start, tok.end, score.value, False, score.scaled,
                                  int(tok.value) if tok.value.is_integer() else tok.value)
            continue
        out.append(tok)
    return out


def _thousands(text: str, m) -> float | None:
    """`1.435 administrative procedures`, `32.884 online documents`: a count written the Vietnamese way in an English
    text (a dot before three digits, and dossiers, procedures or services counted after it); None otherwise."""
    written = m.group("num")
    whole, dot, tail = written.partition(".")
    if not dot or len(tail) != 3 or "," in written or m.group("pct") or m.group("den"):
        return None
    noun = en.NOUN_AFTER.match(text, m.end())
    return float(whole + tail) if noun and (noun.group(1) or noun.group(2) or noun.group(3)) else None


def _denominator(written: str) -> float | int:
    """`63` -> 63, `1,997` -> 1997, `61.50` -> 61.5 (a part's maximum)."""
    value = float(written.replace(",", ""))
    return int(value) if value.is_integer() else value


def is_ordinal(text: str, token: NumberToken) -> bool:
    """`29th`, `16TH`, `fifth`: a figure written as an ordinal (not `34.1 thousand`, a scale word's ending)."""
    if token.scaled:
        return False
    written = text[token.start:token.end].lower().partition("/")[0]    # (`36th/63`: the place out of the field)
    return written in en.ORDINAL_WORDS or written[-2:] in ("st", "nd", "rd", "th")
