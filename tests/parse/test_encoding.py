"""decode_html: declared charsets are trusted only when they decode cleanly."""
import codecs
import unicodedata

from scrapers.parse.encoding import decode_html

VIET = ("<html><head><meta charset=\"utf-8\"><title>Cải cách hành chính</title></head><body>"
        "<p>Chủ tịch UBND tỉnh đã ký 142 Quyết định công bố 1.995 danh mục thủ tục hành chính, "
        "xếp thứ 50/63 về chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan nhà nước.</p></body></html>")


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """windows-1258 writes Vietnamese as a letter (with its circumflex, breve or
    horn) followed by a combining tone mark."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        letter = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out += (letter + "".join(c for c in decomposed if c in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def test_utf8_declared_in_header():
    assert decode_html(VIET.encode("utf-8"), "text/html; charset=UTF-8") == VIET


def test_output_is_nfc_even_when_the_page_is_decomposed():
    nfd = unicodedata.normalize("NFD", VIET)
    assert decode_html(nfd.encode("utf-8")) == VIET


def test_declared_utf8_but_sent_in_windows_1258():
    assert decode_html(to_cp1258(VIET), "text/html; charset=utf-8") == VIET


def test_declared_utf8_but_sent_in_cp1252():
    text = "<p>Tây Ninh, Cà Mau, Hà Giang, Lào Cai, café à la carte</p>"
    assert decode_html(text.encode("cp1252"), "text/html; charset=UTF-8") == text


def test_meta_http_equiv_charset_used_without_header():
    text = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>Sở Nội vụ tỉnh</p>'
    assert decode_html(to_cp1258(text)) == text


def test_header_beats_meta():
    text = '<meta charset="iso-8859-1"><p>Hòa Bình</p>'
    assert decode_html(text.encode("utf-8"), "text/html; charset=utf-8") == text


def test_bom_is_stripped_and_wins():
    assert decode_html(codecs.BOM_UTF8 + VIET.encode("utf-8"), "text/html; charset=iso-8859-1") == VIET


def test_unknown_declared_charset_falls_back_to_detection():
    assert decode_html(VIET.encode("utf-8"), "text/html; charset=x-no-such-charset") == VIET
