import csv
import unicodedata

import pytest

from scrapers.reference.provinces import (
    UnresolvedProvince,
    canonical_tones,
    find_province_mentions,
    province_name,
    require_province,
    resolve_pci_id,
    resolve_province,
    resolve_unit_2025,
    strip_diacritics,
    successor_2025,
)


def _reference(shared_dir, name):
    with open(shared_dir / "reference" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("spelling, code", [
    ("Tỉnh Hòa Bình", "17"), ("Hoà Bình", "17"), ("Hòa Bình", "17"), ("hoa binh", "17"), ("HÒA BÌNH", "17"),
    ("Thành phố Hồ Chí Minh", "79"), ("TP. Hồ Chí Minh", "79"), ("TP.HCM", "79"), ("TPHCM", "79"),
    ("Tp HCM", "79"), ("Sài Gòn", "79"), ("Ho Chi Minh City", "79"), ("Hồ Chí Minh", "79"),
    ("Thừa Thiên Huế", "46"), ("Thừa Thiên - Huế", "46"), ("Huế", "46"), ("Hue", "46"), ("TT- Huế", "46"),
    ("Thua Thien-Hue", "46"), ("Thành phố Huế", "46"),
    ("Bà Rịa - Vũng Tàu", "77"), ("Bà Rịa–Vũng Tàu", "77"), ("BR-VT", "77"), ("BRVT", "77"),
    ("Đắk Lắk", "66"), ("Đắc Lắc", "66"), ("Dak Lak", "66"), ("Đắk Nông", "67"), ("Dak Nong", "67"),
    ("Hanoi", "01"), ("Thành phố Hà Nội", "01"), ("Khánh Hoà", "56"), ("Thanh Hoá", "38"), ("Quang Tri", "45"),
    ("Danang", "48"), ("Da Nang City", "48"), ("Quảng Ninh province", "22"), ("  tỉnh  Bắc   Kạn ", "06"),
    ("Bắc Cạn", "06"), ("Bac Can", "06"), ("Đắc Lắk", "66"), ("UBND tỉnh Cà Mau", "96"), ("TT.Huế", "46"),
])
def test_resolves_every_listed_spelling(spelling, code):
    assert resolve_province(spelling) == code


def test_resolves_all_63_names_with_and_without_diacritics_and_prefix(shared_dir):
    rows = _reference(shared_dir, "provinces_63.csv")
    assert len(rows) == 63
    for row in rows:
        for spelling in (row["name"], row["name_full"], strip_diacritics(row["name"]),
                         strip_diacritics(row["name"]).upper(), row["name_en_vietnamcode"], row["slug"]):
            assert resolve_province(spelling) == row["code"], spelling


def test_unknown_names_do_not_resolve():
    for spelling in ("", "Bình", "Hà Tây", "Việt Nam", "Bộ Nội vụ"):
        assert resolve_province(spelling) is None


def test_require_province_names_value_and_origin():
    with pytest.raises(UnresolvedProvince, match=r"'Hà Tây'.*PCI_2007.xls row 12"):
        require_province("Hà Tây", "PCI_2007.xls row 12")
    assert require_province("Cần Thơ", "x") == "92"


def test_pci_ids_are_not_gso_codes(shared_dir):
    for row in _reference(shared_dir, "provinces_63.csv"):
        assert resolve_pci_id(row["vcci_pci_id"]) == row["code"]
    assert resolve_pci_id(62.0) == "17"      # Hòa Bình, while GSO code 62 is Kon Tum
    assert resolve_province("62") is None
    assert resolve_pci_id("x") is None


def test_units_2025_and_successors_match_reference(shared_dir):
    for row in _reference(shared_dir, "provinces_34_2025.csv"):
        assert resolve_unit_2025(row["new_name"]) == row["new_code"]
        assert resolve_unit_2025(row["new_name_full_dvhcvn"]) == row["new_code"]
        assert resolve_unit_2025(strip_diacritics(row["new_name"])) == row["new_code"]
    for row in _reference(shared_dir, "merger_2025.csv"):
        assert successor_2025(row["old_code"]) == row["new_code"]
    assert resolve_unit_2025("TP.HCM") == "79"
    assert resolve_unit_2025("Bình Dương") is None  # merged away: not a 2025 unit
    with pytest.raises(UnresolvedProvince, match="'99'"):
        successor_2025("99")


def test_province_name_is_canonical():
    assert province_name("79") == "Hồ Chí Minh"
    assert unicodedata.is_normalized("NFC", province_name("17"))


def test_old_style_tones_fold_to_new_style_without_moving_offsets():
    assert canonical_tones("Hoà Bình, khoẻ, thuỷ, quý, hoàn") == "Hòa Bình, khỏe, thủy, quý, hoàn"
    assert len(canonical_tones("Hoà")) == len("Hoà")


def _mentions(text):
    return [(text[m.start:m.end], m.code) for m in find_province_mentions(text)]


def test_mentions_longest_first_and_with_prefixes():
    text = "Tỉnh Thừa Thiên Huế, TP.HCM, tỉnh Bà Rịa – Vũng Tàu và Thành phố Hà Nội"
    assert _mentions(text) == [
        ("Tỉnh Thừa Thiên Huế", "46"), ("TP.HCM", "79"), ("tỉnh Bà Rịa – Vũng Tàu", "77"), ("Thành phố Hà Nội", "01"),
    ]


def test_city_named_after_province_is_the_province():
    assert _mentions("UBND TP Hòa Bình và tỉnh Hoà Bình") == [("TP Hòa Bình", "17"), ("tỉnh Hoà Bình", "17")]


def test_mentions_are_diacritic_exact_and_case_aware():
    # "hòa bình" is "peace"; ASCII "Hue" is not Vietnamese prose.
    assert _mentions("vì hòa bình, Hoa Binh, Hue") == []
    assert _mentions("THÁI BÌNH DẪN ĐẦU, Bình Định thứ hai") == [("THÁI BÌNH", "34"), ("Bình Định", "52")]


def test_short_names_only_as_whole_words():
    assert _mentions("Huếch, Huế.") == [("Huế", "46")]


def test_phrases_that_are_not_provinces():
    text = "Thái Bình Dương; tư tưởng Hồ Chí Minh; Chủ tịch Hồ Chí Minh; Thái Bình"
    assert _mentions(text) == [("Thái Bình", "34")]


def test_mentions_of_every_province_name(shared_dir):
    for row in _reference(shared_dir, "provinces_63.csv"):
        text = f"Năm 2023, {row['name_full']} xếp thứ nhất."
        [mention] = find_province_mentions(text)
        assert (mention.code, mention.name) == (row["code"], row["name_full"])


def test_english_prose_names_provinces_without_diacritics():
    text = "Hai Phong, Thua Thien Hue, Ba Ria–Vung Tau, HCM City and Dak Lak, but not President Ho Chi Minh."
    assert [m.code for m in find_province_mentions(text, english=True)] == ["31", "46", "77", "79", "66"]
    assert find_province_mentions(text) == []          # Vietnamese prose keeps its diacritics
