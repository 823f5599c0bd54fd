"""Province names to GSO codes, in every spelling the sources use.

Publications and articles name provinces with or without diacritics, with
old-style tone placement (Hoà/Hòa), with administrative prefixes (Tỉnh,
Thành phố, TP.), as abbreviations (TP.HCM, BR-VT) or in English. Every stage
keys provinces by the two-digit GSO code of the pre-2025 list of 63, so this
module is the one place that turns a spelling into a code. The units created
on 1 July 2025 (34) have their own codes; `successor_2025` maps across.

The reference data are the dbt seeds in `dbt_project/seeds/` so that the
warehouse's `dim_province` and this resolver can never disagree.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scrapers.settings import SEEDS_DIR


class UnresolvedProvince(ValueError):
    """A province name or code that matches no unit; says what and from where."""

    def __init__(self, value: object, where: str):
        self.value = value
        self.where = where
        super().__init__(f"unknown province {value!r} ({where})")


@dataclass(frozen=True)
class ProvinceMention:
    """A province named in running text; `name` is the text as written there."""

    start: int
    end: int
    code: str
    name: str


# --- spelling normalisation -------------------------------------------------

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
# Old-style placement puts the tone on the second vowel of a word-final
# oa/oe/uy (hoà, khoẻ, thuỷ); new style on the first (hòa, khỏe, thủy). Both
# are correct Vietnamese, so both spellings are folded onto the new style.
# Each replacement swaps one precomposed letter for another: text length and
# offsets are unchanged.
_OLD_TO_NEW_TONE = {
    first + unicodedata.normalize("NFC", second + tone): unicodedata.normalize("NFC", first + tone) + second
    for a, b in (("o", "a"), ("o", "e"), ("u", "y"))
    for first, second in ((a, b), (a.upper(), b), (a.upper(), b.upper()))
    for tone in _TONES
}


def _old_tone_pattern() -> str:
    r"""`o(?<![qQ]o)(?:à|á|...)(?!\w)|O...|u...|U...`: the old-style pairs grouped by their first letter, so that the
    regex engine jumps from one o/O/u/U to the next instead of trying every position of the text. "qu" + y keeps
    its tone on y (quý), so a q before the first letter is excluded (the look-behind sits after that letter)."""
    by_first: dict[str, list[str]] = {}
    for pair in _OLD_TO_NEW_TONE:
        by_first.setdefault(pair[0], []).append(pair[1])
    return "|".join(re.escape(first) + f"(?<![qQ]{re.escape(first)})(?:" + "|".join(map(re.escape, seconds)) +
                    r")(?!\w)" for first, seconds in by_first.items())


_OLD_TONE_RE = re.compile(_old_tone_pattern())


def canonical_tones(text: str) -> str:
    """NFC text with old-style tone placement rewritten to the new style."""
    return _OLD_TONE_RE.sub(lambda m: _OLD_TO_NEW_TONE[m.group(0)], unicodedata.normalize("NFC", text))


def strip_diacritics(text: str) -> str:
    """ASCII-folded text: tones and vowel marks dropped, đ read as d."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PREFIXES = (("ubnd",), ("thanh", "pho"), ("t", "p"), ("tinh",), ("tp",))
_SUFFIXES = (("city",), ("province",))


def name_key(name: str) -> str:
    """The lookup key of a province spelling.

    Case, diacritics, punctuation and spaces do not distinguish provinces, nor
    do administrative prefixes (Tỉnh, Thành phố, TP.) or English suffixes, so
    "TP. Hồ Chí Minh", "Ho Chi Minh City" and "Hồ Chí Minh" share one key, and
    "Hanoi" meets "Hà Nội".
    """
    tokens = re.sub(r"[^a-z0-9]+", " ", strip_diacritics(canonical_tones(name)).lower()).split()
    stripped = True
    while stripped:
        stripped = False
        for prefix in _PREFIXES:
            if len(tokens) > len(prefix) and tuple(tokens[: len(prefix)]) == prefix:
                tokens, stripped = tokens[len(prefix):], True
        for suffix in _SUFFIXES:
            if len(tokens) > len(suffix) and tuple(tokens[-len(suffix):]) == suffix:
                tokens, stripped = tokens[: -len(suffix)], True
    return "".join(tokens)


# --- reference data ---------------------------------------------------------

def _read_seed(file_name: str) -> list[dict[str, str]]:
    with open(SEEDS_DIR / file_name, encoding="utf-8", newline="") as handle:
        return [{k: unicodedata.normalize("NFC", v) for k, v in row.items()} for row in csv.DictReader(handle)]


def _spellings(row: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    names = [row[c] for c in columns if row.get(c)]
    return names + [alias for alias in row.get("aliases", "").split(";") if alias]


def _key_index(file_name: str, rows: list[dict[str, str]], columns: tuple[str, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        for spelling in _spellings(row, columns):
            key = name_key(spelling)
            if index.setdefault(key, row["code"]) != row["code"]:
                raise ValueError(f"{SEEDS_DIR / file_name} line {line}: {spelling!r} also names {index[key]}")
    return index


@lru_cache(maxsize=1)
def _provinces_63() -> list[dict[str, str]]:
    return _read_seed("provinces_63.csv")


@lru_cache(maxsize=1)
def _keys_63() -> dict[str, str]:
    return _key_index("provinces_63.csv", _provinces_63(),
                      ("name", "name_full", "name_ascii", "slug", "name_en"))


@lru_cache(maxsize=1)
def _keys_34() -> dict[str, str]:
    return _key_index("provinces_34.csv", _read_seed("provinces_34.csv"), ("name", "name_full", "slug"))


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    return {row["old_code"]: row["new_code"] for row in _read_seed("province_merger_2025.csv")}


@lru_cache(maxsize=1)
def _pci_ids() -> dict[str, str]:
    return {row["vcci_pci_id"]: row["code"] for row in _provinces_63()}


# --- public API -------------------------------------------------------------

def resolve_province(name: str) -> str | None:
    """GSO code (pre-2025 list) of a province spelled any known way, else None.

    Codes and numeric ids are not names: VCCI's PCI ids go through
    `resolve_pci_id`, because id 62 (Hòa Bình) is GSO code 62 (Kon Tum).
    """
    return _keys_63().get(name_key(name)) if name else None


def require_province(name: str, where: str) -> str:
    """Like `resolve_province`, but an unknown name raises UnresolvedProvince naming `where`."""
    code = resolve_province(name)
    if code is None:
        raise UnresolvedProvince(name, where)
    return code


def resolve_unit_2025(name: str) -> str | None:
    """Code of one of the 34 units in place since 1 July 2025, else None."""
    return _keys_34().get(name_key(name)) if name else None


def resolve_pci_id(pci_id: int | float | str) -> str | None:
    """GSO code for the province id VCCI uses in its PCI data sets."""
    text = str(pci_id).strip()
    if re.fullmatch(r"\d+(\.0+)?", text):
        return _pci_ids().get(str(int(float(text))))
    return None


def _abbreviations(name: str) -> set[str]:
    """The ways data sets abbreviate a province in capitals, keeping Đ: the
    initials and the last syllable (BĐINH, TTHUE), the initials alone (HCM,
    BRVT) and the whole name run together (HAUGIANG)."""
    folded = ["".join("Đ" if ch in "đĐ" else strip_diacritics(ch).upper() for ch in syllable)
              for syllable in re.findall(r"\w+", name)]
    return {"".join(s[0] for s in folded[:-1]) + folded[-1], "".join(s[0] for s in folded), "".join(folded)}


@lru_cache(maxsize=1)
def _abbreviation_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for row in _provinces_63():
        for abbreviation in {a for spelling in _spellings(row, ("name",)) for a in _abbreviations(spelling)}:
            index.setdefault(abbreviation, set()).add(row["code"])
    return {abbreviation: tuple(sorted(codes)) for abbreviation, codes in index.items()}


def abbreviation_candidates(abbreviation: str) -> tuple[str, ...]:
    """GSO codes (ascending) a capitalised abbreviation may stand for: one
    code, several where provinces share it (HGIANG: Hà Giang and Hậu Giang),
    none if it abbreviates no province. Choosing among several is the
    caller's, who knows the data set's order."""
    key = unicodedata.normalize("NFC", abbreviation.strip()).upper().replace("Ð", "Đ")
    return _abbreviation_index().get(key, ())


# Provinces abolished before the 63-province list: publications of their time
# rank them, but they have no code in it.
_FORMER_PROVINCES = {"hatay": "Hà Tây (merged into Hà Nội on 1 August 2008)"}


def former_province(name: str) -> str | None:
    """Description of an abolished province named `name`, else None."""
    return _FORMER_PROVINCES.get(name_key(name)) if name else None


def successor_2025(code: str) -> str:
    """The 2025 unit a pre-2025 province became part of."""
    try:
        return _successors()[code]
    except KeyError:
        raise UnresolvedProvince(code, f"not a pre-2025 GSO code in {SEEDS_DIR / 'province_merger_2025.csv'}") from None


def province_name(code: str) -> str:
    """Canonical Vietnamese name of a pre-2025 GSO code."""
    for row in _provinces_63():
        if row["code"] == code:
            return row["name"]
    raise UnresolvedProvince(code, f"not a GSO code in {SEEDS_DIR / 'provinces_63.csv'}")


# --- names in running text --------------------------------------------------

# Phrases that contain a province name without meaning the province: the
# Pacific Ocean, and President Hồ Chí Minh (his thought, mausoleum, the Youth
# Union and the trail that bear his name).
_NOT_PROVINCES = (
    "Thái Bình Dương", "Chủ tịch Hồ Chí Minh", "Bác Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Tư tưởng Hồ Chí Minh",
    "TNCS Hồ Chí Minh", "Cộng sản Hồ Chí Minh", "đường Hồ Chí Minh", "Đường Hồ Chí Minh", "Lăng Hồ Chí Minh",
    "quốc gia Hồ Chí Minh", "Quốc gia Hồ Chí Minh", "Học viện Hồ Chí Minh",
)
# ... and the same in English prose
_NOT_PROVINCES_EN = (
    "President Ho Chi Minh", "Uncle Ho Chi Minh", "Ho Chi Minh Trail", "Ho Chi Minh Mausoleum",
    "Ho Chi Minh Communist Youth Union", "Ho Chi Minh National Academy", "Ho Chi Minh's",
)
_PROSE_PREFIX = r"(?:(?:[Tt]ỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ|TP\.?|Tp\.?|T\.P\.?)\s*)?"


def _written_in_prose(alias: str) -> bool:
    """Prose keeps diacritics: ASCII aliases ("Hue", "Hanoi") are English, not
    Vietnamese text, except abbreviations (TPHCM, BR-VT) that hold no English word (`HCM City`)."""
    if alias != strip_diacritics(alias):
        return True
    return re.search(r"[A-Z]{2}", alias) is not None and re.search(r"\b[A-Z][a-z]{2,}\b", alias) is None


def _surface_key(text: str) -> str:
    """Matched text folded to what identifies it: tone style, case, dash and space variants."""
    folded = re.sub(r"\s*[-–—]\s*", " - ", canonical_tones(text))
    return re.sub(r"\s+", " ", folded).casefold()


def _pattern_for(spelling: str) -> str:
    parts = re.split(r"(\s*[-–—]\s*|\s+)", spelling)
    return "".join(
        (r"\s*[-–—]\s*" if part.strip() else r"\s+") if i % 2 else re.escape(part) for i, part in enumerate(parts)
    )


@lru_cache(maxsize=2)
def _prose_matcher(english: bool = False) -> tuple[re.Pattern[str], dict[str, str | None]]:
    surfaces: dict[str, str | None] = {}
    spellings = set()
    for row in _provinces_63():
        names = [row["name"]] + [alias for alias in _spellings(row, ()) if _written_in_prose(alias)]
        if english:                      # English prose drops the diacritics: `Hai Phong`, `Thua Thien Hue`, `Vung Tau`
            names += _spellings(row, ("name_ascii", "name_en")) + [strip_diacritics(name) for name in names]
            names = list(dict.fromkeys(names))
        for spelling in names:
            spellings.add(canonical_tones(spelling))
            surfaces[_surface_key(spelling)] = row["code"]
    blockers = {canonical_tones(s) for s in _NOT_PROVINCES + (_NOT_PROVINCES_EN if english else ())}
    surfaces.update((_surface_key(phrase), None) for phrase in blockers)
    alternatives = spellings | {s.upper() for s in spellings} | blockers
    pattern = re.compile(
        r"(?<!\w)(?P<prefix>" + _PROSE_PREFIX + r")(?P<name>" + _alternation_by_first_letter(alternatives) + r")(?!\w)"
    )
    return pattern, surfaces


def _alternation_by_first_letter(spellings: set[str]) -> str:
    """`A(?:n Giang|...)|B(?:...)`: the regex engine tries every alternative of a flat alternation at each word
    start, but only one letter's group here. Within a group the longest spelling still comes first."""
    by_letter: dict[str, list[str]] = {}
    for spelling in sorted(spellings, key=len, reverse=True):
        by_letter.setdefault(spelling[0], []).append(spelling[1:])
    return "|".join(re.escape(letter) + "(?:" + "|".join(map(_pattern_for, rests)) + ")"
                    for letter, rests in sorted(by_letter.items()))


def find_province_mentions(text: str, *, english: bool = False) -> list[ProvinceMention]:
    """Provinces named in Vietnamese prose (or, with `english`, in English prose, which also writes them without
    diacritics: `Hai Phong`, `Ho Chi Minh City`, `Thua Thien-Hue`), in order of appearance.

    Matching is diacritic-exact and case-aware (title case or all capitals),
    so "hòa bình" (peace) is not Hòa Bình; the longest name wins at a
    position, so "Thừa Thiên Huế" is one mention; whole words only, so "Huế"
    inside another word is not matched. A city named after its province ("TP
    Hòa Bình") counts as the province. Offsets index the NFC form of `text`.
    """
    pattern, surfaces = _prose_matcher(english)
    nfc = unicodedata.normalize("NFC", text)
    canonical = canonical_tones(nfc)
    mentions = []
    for match in pattern.finditer(canonical):
        code = surfaces.get(_surface_key(match.group("name")))
        if code is None:
            continue
        mentions.append(ProvinceMention(match.start(), match.end(), code, nfc[match.start():match.end()]))
    return mentions
