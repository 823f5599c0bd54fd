"""A cue's shortcuts (its required words, its lower-case twin, the lower-cased texts it keeps) never change what
it finds: every cue of the lexicon answers exactly as its plain compiled regex on its example, written in
several cases and inside longer sentences."""
import re

import pytest

from scrapers.facts import lexicon as lx
from scrapers.facts.cue import Cue, compile_cue, ending_words, lower_case_twin

CUES = [rx for rx in lx.EXAMPLES if isinstance(rx, Cue)]


def _variants(example: str) -> list[str]:
    """The example as written, in capitals and in title case, alone and inside sentences around it."""
    cases = [example, example.upper(), example.title(), example.lower(), example + "\n", example + "  "]
    return cases + [f"Năm 2023, tỉnh cho biết {text} và 98,5% hồ sơ" for text in cases] + \
        [f"{text}; Sở Nội vụ" for text in cases]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_the_lexicon_has_cues_with_twins():
    assert len(CUES) > 100 and sum(cue.twin is not None for cue in CUES) > 100


@pytest.mark.parametrize("cue", CUES, ids=lambda cue: cue.pattern[:40])
def test_a_cue_finds_what_its_regex_finds(cue):
    for text in _variants(lx.EXAMPLES[cue]):
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, max(0, len(text) - 4))):
            want = cue.regex.search(text, pos, endpos)
            got = cue.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (text, pos, endpos)
            assert _spans(cue.finditer(text, pos, endpos)) == _spans(cue.regex.finditer(text, pos, endpos)), text
        assert _spans([cue.search(text)] if cue.search(text) else []) == \
            _spans([cue.regex.search(text)] if cue.regex.search(text) else [])


def test_the_twin_reads_lower_cased_text_as_ignorecase_reads_the_original():
    cue = compile_cue(r"(?:Trung tâm|UBND)\s+tỉnh", case=False)
    assert cue.twin.pattern == r"(?:trung tâm|ubnd)\s+tỉnh"
    for text in ("TRUNG TÂM tỉnh", "Ubnd Tỉnh", "trung tâm huyện"):
        assert bool(cue.twin.search(text.lower())) == bool(cue.regex.search(text))
        assert (m := cue.search(text)) is None or m.string is text   # the match is always on the text asked about


def test_no_twin_where_lower_casing_changes_the_pattern():
    assert lower_case_twin(re.compile(r"\S+ tỉnh", re.IGNORECASE)) is None
    assert lower_case_twin(re.compile(r"(?-i:TP)\. Huế", re.IGNORECASE)) is None


def test_a_search_at_the_end_finds_what_a_search_finds():
    from scrapers.facts.cue import search_at_end
    abbreviation = lx.ABBREV_END
    for text in ("Sở Nội vụ TP.", "TP.", "P.", "Theo ThS.", "x\nTP.", "Huyện đạt 98%.", "TP.\n", " Q.", "ABC."):
        want, got = abbreviation.search(text), search_at_end(abbreviation, text)
        assert (got and got.span()) == (want and want.span()), text
    unbounded = re.compile(r"(?:đạt|là)\s*$")            # no bound on its length: searched from the start
    assert search_at_end(unbounded, "tỷ lệ đạt    ").span() == (6, 13)
    not_at_end = re.compile(r"TP\.")
    assert search_at_end(not_at_end, "TP. Huế, TP.").span() == (0, 3)


def test_a_cue_read_at_the_end_knows_the_words_it_ends_with():
    over = compile_cue(r"(?<!cao )(?:trên|hơn|vượt quá)\s*$", case=False)
    assert over.endings == ("hơn", "trên", "vượt quá")
    for text in ("tiếp nhận HƠN  ", "trên\n", "cao hơn ", "hơn nữa", "vượt quá", "quá"):
        want, got = over.regex.search(text), over.search(text)
        assert (got and got.span()) == (want and want.span()), text
    assert ending_words(re.compile(r"xếp(?: thứ)?\s*$")) == ("xếp", "xếp thứ")
    assert ending_words(re.compile(r"(?:tăng|giảm)\s*(?:thêm\s*)?$")) is None   # may end in `tăng` or `thêm`: unknown
    assert ending_words(re.compile(r"(?:tăng|giảm)[^.;]*$")) is None         # ends in anything
    assert ending_words(re.compile(r"(?:trên|dưới)\s*$", re.MULTILINE)) is None


@pytest.mark.parametrize("cue", CUES, ids=lambda cue: cue.pattern[:40])
def test_the_positions_of_a_cue_are_those_of_its_regex(cue):
    for text in _variants(lx.EXAMPLES[cue]):
        assert _spans(cue.positions(text)) == _spans(cue.regex.finditer(text)), text
