"""Vietnamese numerals: separators, scale words and number words.

Vietnamese writes `1.995` for 1995 and `90,88` for 90.88; English-style `65.2`
also appears, so a dot is a thousands separator only when every group after it
has exactly three digits. Scale words (ngàn, nghìn, triệu, tỷ) multiply.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

_UNITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
_SCALES = {"ngàn": 1e3, "nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

_WORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ)"
# Number words count only before a counted noun (`tăng một bậc`, `sáu thủ tục`): alone, `năm` is a year and
# `ba`, `tư` are other words. The nouns are found first (a plain scan), then the words just before them. A noun
# follows a space; that is checked on each match rather than looked behind for, so that the engine jumps from
# one noun's first letter to the next instead of trying every position (no noun holds another after a space).
_COUNTED_NOUN = re.compile(r"(?:bậc|hạng|hồ sơ|thủ tục|TTHC|dịch vụ|quyết định)(?!\w)", re.IGNORECASE)
_WORDS_BEFORE = re.compile(rf"(?<!\w)(?P<words>{_WORD}(?:\s+{_WORD})*)\s+$", re.IGNORECASE)
# The same patterns for lower-cased text: matching it without IGNORECASE is several times faster (lower-casing
# Vietnamese keeps every offset, which the callers check). Their words are written in lower case already but TTHC.
_COUNTED_NOUN_LOWER = re.compile(_COUNTED_NOUN.pattern.replace("TTHC", "tthc"))
_WORDS_BEFORE_LOWER = re.compile(_WORDS_BEFORE.pattern)
# A rank written as an ordinal word: after a rank word (`đứng thứ hai`, `giữ vị trí thứ năm`), or opening a clause
# that names who holds it (`Thứ tư là tỉnh Bắc Giang`). Elsewhere `thứ hai` is a weekday and `năm thứ ba` a count.
_ORDINAL_VALUES = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
                   "chín": 9, "mười": 10}
# (`Đà Nẵng xếp hạng thứ nhất, Thừa Thiên Huế thứ hai và Bắc Ninh thứ ba`: after a name, ending its item; the index
# reader takes it only after a province's name and a first place)
_ORDINAL = re.compile(r"(?:(?<!\w)(?:vị trí|đứng|xếp|hạng)(?: ở)?(?: vị trí)?\s+thứ\s+|"
                      r"(?:^|[,;:]\s*)thứ\s+(?=\w+\s+(?:là|thuộc về)\s)|"
                      r"(?<=\w )thứ\s+(?=(?:nhì|hai|ba|tư|năm)(?:\s+và\s|\s*[,;.]|\s*$)))"
                      r"(?P<word>nhất|nhì|hai|ba|tư|năm|sáu|bảy|bẩy|tám|chín|mười)(?!\w)", re.IGNORECASE)
_ORDINAL_LOWER = re.compile(_ORDINAL.pattern)        # for lower-cased text, like `_COUNTED_NOUN_LOWER`
# Atomic groups stop `65.2/100` from backtracking to `65`; a `/N` tail is kept
# as the denominator (ranks `3/63`, scores `65.2/100`, ratios `690/763`). A range
# of shares (`40-50%`, `70 – 80%`) is one figure, its lower bound: the text
# promises at least that much.
# The pattern opens with the number's first digit and only then looks behind it (`(?<![\w.,/:-]\d)`: the
# character before that digit is no letter, digit or separator), because a pattern that opens with a digit lets
# the regex engine jump from digit to digit instead of trying every position of the sentence.
# A number in digits is `\d{1,3}(?:\.\d{3})+(?:,\d+)?` (dotted thousands) or `\d+(?:[.,]\d+)?`; after its first digit
# (a dot before four digits is no thousands group: `46.0002 điểm` is a PAPI score written with a decimal dot):
_DIGITS_AFTER_FIRST = r"\d{0,2}(?:\.\d{3}(?!\d))+(?:,\d+)?|\d*(?:[.,]\d+)?"
NUMBER_RE = re.compile(
    rf"(?P<num>\d(?<![\w.,/:-]\d)(?>{_DIGITS_AFTER_FIRST}))"
    rf"(?:/(?P<den>(?>\d{{1,3}}(?:\.\d{{3}})+|\d+))(?P<date>[/-]\d+)?)?(?!\w|/\s*\d)"   # (`17265/trễ hạn`)
    rf"(?:(?P<high>\s*[-–]\s*\d{{1,3}}(?:,\d+)?)(?=\s*%))?"
    rf"(?:\s*(?P<scale>ngàn|nghìn|triệu|tỷ|tỉ)(?!\w))?(?P<pct>\s*%)?",
    re.IGNORECASE,
)


_DIGITS_ONLY = re.compile(r"[\d.,]+")
_THOUSANDS_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_DECIMAL = re.compile(r"\d+,\d+")
_DOT_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_SCALED = re.compile(r"([\d.,]+)\s*(ngàn|nghìn|triệu|tỷ|tỉ)?", re.IGNORECASE)


@dataclass(frozen=True)
class NumberToken:
    start: int
    end: int
    value: float
    percent: bool
    scaled: bool          # written with a scale word: a rounded figure
    denominator: int | None = None   # `3/63` -> 63
    ranged: bool = False  # `40-50%`: value is the lower bound


def is_share_of(part: float, whole: float, share: float) -> bool:
    """`share` (a percentage) is `part` over `whole`, to the share's last written digit (`65,9` is 3.845 / 5.830 cut
    to one decimal)."""
    last_digit = 10.0 ** -len(f"{share:g}".partition(".")[2])
    return bool(whole) and abs(100 * part / whole - share) <= last_digit


def parse_digits(text: str) -> float | None:
    """`1.995` -> 1995, `90,88` -> 90.88, `65.2` -> 65.2, `175.920` -> 175920."""
    s = text.strip()
    if s.isdecimal():                   # plain digits, most figures: no separator to read
        value = float(s)
        return value if math.isfinite(value) else None
    if not s or not _DIGITS_ONLY.fullmatch(s) or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if _THOUSANDS_DOTTED.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_DECIMAL.fullmatch(s):
        s = s.replace(",", ".")
    elif not _DOT_DECIMAL.fullmatch(s):
        return None
    value = float(s)
    return value if math.isfinite(value) else None


def parse_number_words(text: str) -> float | None:
    """hai -> 2, mười lăm -> 15, hai mươi mốt -> 21, một trăm linh năm -> 105."""
    words = unicodedata.normalize("NFC", text).lower().split()
    if not words:
        return None
    total, current = 0, None
    for word in words:
        if word in ("mười",):
            current = (current or 0) + 10
        elif word == "mươi":
            current = (current or 1) * 10
        elif word == "trăm":
            total += (current if current is not None else 1) * 100
            current = 0
        elif word in ("linh", "lẻ"):
            current = current or 0
        elif word in _UNITS:
            unit = _UNITS[word]
            if word in ("lăm", "mốt", "tư") and current is None:
                return None            # "lăm", "mốt" only follow a tens word
            current = (current or 0) + unit
        else:
            return None
    return float(total + (current or 0))


def parse_number(text: str) -> float | None:
    """Parse one written figure: digits with an optional scale word and %, or number words."""
    s = unicodedata.normalize("NFC", text).strip().rstrip("%").strip()
    m = _SCALED.fullmatch(s)
    if m:
        value = parse_digits(m.group(1))
        if value is None:
            return None
        if m.group(2):
            value = value * _SCALES[m.group(2).lower()]
        return round(value, 6)
    return parse_number_words(s)


def find_numbers(text: str) -> list[NumberToken]:
    """Every figure written in digits, with its scale word and % sign, number words before a counted noun, and ranks
    written as ordinal words."""
    tokens = []
    for m in NUMBER_RE.finditer(text):
        value = parse_digits(m.group("num"))
        if value is None or m.group("date"):
            continue
        den_text = (m.group("den") or "").replace(".", "")
        den = int(den_text) if den_text and len(den_text) < 10 else None
        if den is not None and den <= 12 and value <= 31 and m.group("num").isdecimal():
            continue                   # a day/month date such as 29/8 (`8,0/12 điểm` is no date)
        scale = m.group("scale")
        if scale:
            value = round(value * _SCALES[scale.lower()], 6)
        tokens.append(NumberToken(m.start(), m.end(), value, bool(m.group("pct")), bool(scale), den,
                                  bool(m.group("high"))))
    tokens = _join_worded_ratios(text, join_broken_decimals(text, tokens))
    lower = text.lower()
    if len(lower) == len(text):
        read, nouns, words_before = lower, _COUNTED_NOUN_LOWER, _WORDS_BEFORE_LOWER
    else:
        read, nouns, words_before = text, _COUNTED_NOUN, _WORDS_BEFORE
    for noun in nouns.finditer(read):
        if not noun.start() or not read[noun.start() - 1].isspace():
            continue
        lo = max(0, noun.start() - 40)
        m = words_before.search(read, lo, noun.start())
        value = parse_number_words(m.group("words")) if m else None
        if value:
            tokens.append(NumberToken(m.start(), m.start() + len(m.group("words")), value, False, False))
    tokens.extend(ordinal_ranks(text))
    return sorted(tokens, key=lambda t: t.start) if len(tokens) > 1 else tokens


def ordinal_ranks(text: str) -> list[NumberToken]:
    """Ranks written as ordinal words (`đứng thứ hai`, `Thứ tư là ...`)."""
    if "thứ" not in text and "Thứ" not in text:
        return []
    lower = text.lower()
    ordinals = _ORDINAL_LOWER.finditer(lower) if len(lower) == len(text) else _ORDINAL.finditer(text)
    return [NumberToken(m.start("word"), m.end("word"), float(_ORDINAL_VALUES[m.group("word").lower()]), False, False)
            for m in ordinals]


# `cho 11.241 trên tổng số 40.954 hồ sơ`, `xếp thứ 5 trên 63 tỉnh`, `365 trong số 1.234 thủ tục`: a part of a whole
# written in words, read as the
# ratio `11.241/40.954` when the whole counts what the reform figures count (not `2.028 trên 7.806 điều kiện`)
_WORDED_RATIO_BETWEEN = re.compile(r"\s+(?:trên|trong số)\s+(?:tổng số\s+)?")
_WORDED_RATIO_WHOLE = re.compile(r"\s*(?:hồ sơ|thủ tục|TTHC|dịch vụ|DVC|tỉnh|địa phương)(?!\w)", re.IGNORECASE)


def _join_worded_ratios(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    out: list[NumberToken] = []
    for tok in tokens:
        part = out[-1] if out else None
        if part is not None and part.denominator is None and not part.percent and tok.denominator is None and \
                not tok.percent and tok.value >= part.value and tok.value.is_integer() and \
                _WORDED_RATIO_BETWEEN.fullmatch(text, part.end, tok.start) and _WORDED_RATIO_WHOLE.match(text, tok.end):
            out[-1] = NumberToken(part.start, tok.end, part.value, False, part.scaled, int(tok.value))
            continue
        out.append(tok)
    return out


# `62, 16 điểm`, `(8, 12%)`: a decimal comma followed by a stray space, the fraction two digits before its unit; a
# decimal point followed by a line break (`reaching 88.` over `99%`, read as the space it stands for)
_BROKEN_DECIMAL = re.compile(r"[,.] (\d{2})(\s*%|\s+điểm|\s+points?)")


def join_broken_decimals(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """The tokens with a decimal broken by a stray space (`62, 16 điểm`, `88. 99%`) read as one figure."""
    out: list[NumberToken] = []
    skip = None
    for n, tok in enumerate(tokens):
        if tok is skip:
            continue
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        broken = _BROKEN_DECIMAL.match(text, tok.end)
        if broken and nxt is not None and nxt.start == broken.start(1) and tok.value.is_integer() and tok.value <= 100 \
                and not tok.percent and tok.denominator is None:
            out.append(NumberToken(tok.start, nxt.end, tok.value + int(broken.group(1)) / 100, nxt.percent, False))
            skip = nxt
            continue
        out.append(tok)
    return out
