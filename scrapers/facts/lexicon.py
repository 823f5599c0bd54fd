"""Cue words of the reform vocabulary (FACTS.md), as compiled regexes, each with an example.

Every cue the extractor reads is here, written for the language rather than for
one article: verbs and status words for dossiers and procedures, the channel
words that turn a dossier count into an online or postal one, index names and
their aliases, tiers of government, qualifiers and target words, and the words
that break clauses.

`cue(pattern, example)` compiles a pattern (case-insensitive unless
`case=True`) and records an example of the text it reads; tests/facts/
test_lexicon.py checks that every cue matches its example. A cue anchored at a
figure reads the words just before it (`...$`) or just after it (`^...`), and
its example is that fragment. Examples are sentences written for the project,
never copied from articles.
"""
from __future__ import annotations

import re

from scrapers.facts.cue import Cue, compile_cue

EXAMPLES: dict[re.Pattern | Cue, str] = {}


def cue(pattern: str, example: str, *, case: bool = False) -> re.Pattern | Cue:
    compiled = compile_cue(pattern, case)
    EXAMPLES[compiled] = example
    return compiled


# Spellings Vietnamese writes both ways, each the same length as the one the cues are written in (the text is read
# in one spelling, see `extract._one_spelling`)
SPELLING_VARIANTS = [("tỉ lệ", "tỷ lệ"), ("Tỉ lệ", "Tỷ lệ"), ("TỈ LỆ", "TỶ LỆ")]

# --- sentences and clauses ------------------------------------------------------
# the stop itself is matched (not looked behind for) so that the engine scans for stops rather than trying every
# position; the sentence ends where `gap` starts
SENTENCE_END = cue(r"[.!?…](?P<gap>\s+)(?=[\"“(]?[A-ZÀ-ỸĐ0-9])|\n", "Tỉnh đạt 98%. Huyện đạt 97%.", case=True)
# `đạt 88.` over `99%`: a decimal point broken from its fraction by a line break ends no sentence
BROKEN_DECIMAL_AT_STOP = cue(r"\.[ \n]\d{2}\s*%", ".\n99%", case=True)
DECIMAL_WHOLE_END = cue(r"(?<![\d.,])\d{1,3}\.$", "đạt 88.", case=True)   # (not a year: `năm 2021.` over `76% TTHC`)
# `TP. Hải Phòng`, `ThS. Nguyễn Văn A`: a full stop after an abbreviation ends no sentence
ABBREV_END = cue(r"(?:^|\s)(?:TP|Tp|TX|Q|P|Đ|ThS|TS|PGS|GS|Mr|St|No|[A-ZĐ])\.$", "Sở Nội vụ TP.", case=True)
HAS_DIGIT = cue(r"\d", "đạt 98%", case=True)
# in a text wrapped at a width, a line that starts a paragraph or a list item is no wrapped sentence's next line
LINE_NOT_WRAPPED = cue(r"\n|\s*(?:\d{1,2}[.)]\s|[-–•+*])", "\n- Sở Tư pháp", case=True)
# `Gia nhập thị trường, tăng\n0,16 điểm`: a line that ends on the verb of the figure that opens the next goes on
FIGURE_VERB_AT_LINE_END = cue(r"(?<!\w)(?:tăng|giảm|đạt|là|với|chiếm|thứ|hạng)$", ", tăng", case=True)
YEAR_LIKE = cue(r"(?:19|20)\d\d", "2023", case=True)
# `1. Quảng Ninh: 71,25 điểm`: a list number at the start of a line ends no sentence
LIST_NUMBER_CHUNK = cue(r"^\s*\d{1,2}[.)]$", "1.", case=True)
NUMBERED_ITEM = cue(r"^\s*(\d{1,2})[.)]\s+", "2. Long An: 70,94 điểm", case=True)
# `(6th in 2018)`, `(85,2% năm 2022)`, `(6,88 điểm)`: a value in an aside (a dated window holds none)
# a figure and its unit right before a parenthesis that dates it (`60,65 điểm (năm 2016)`)
# (its unit written: `tháng 10 (từ 21/9 đến 20/10)` is a month and its window)
VALUE_RIGHT_BEFORE = cue(r"\d(?:st|nd|rd|th|\s*(?:%|điểm|points?|percent))\s*$", "60,65 điểm ", case=True)
# a rank's item up to the value after it (`th position with 66.70 points `, ` với 66,70 điểm `): no break, no other item
ITEM_OF_A_VALUE = cue(r"(?:(?:st|nd|rd|th)(?!\w))?\s*(?:position|place|vị trí|bậc|hạng)?\s*(?:with|với|đạt)\s+"
                      r"[\d.,]+\s*(?:%|điểm|points?|percent)\s*", "th position with 66.70 points ")
VALUE_IN_ASIDE = cue(r"\d(?:st|nd|rd|th)(?!\w)|\d\s*%|\d\s*(?:điểm|points?)(?!\w)", "(6th in 2018)", case=True)
# `15 Thanh Hóa` on a line of its own: a ranking table's row (read only when the name fills the rest of the line)
BARE_RANK_ROW = cue(r"^\s*(\d{1,2})\s+(?=\D)", "15 Thanh Hóa", case=True)
# `Top 5 tỉnh dẫn đầu PCI 2023:`: a caption over a numbered ranking
RANKING_CAPTION = cue(r"(?:(?:top|tốp)\s*\d+|bảng xếp hạng|xếp hạng|dẫn đầu|đứng đầu)[^.;]*:\s*$",
                      "Top 3 tỉnh dẫn đầu PCI 2023:")
LIST_ITEM_START = cue(r"\s*(?:\d+[.)]|[-+•])", "- Tỷ lệ hồ sơ đúng hạn đạt 98%", case=True)
# the near-left clause of a figure starts after one of these
CLAUSE_BREAK = cue(r"[,;(]|\s(?:trong đó|còn lại)\s", "tiếp nhận 500 hồ sơ, trong đó 450 hồ sơ", case=True)
RIGHT_BREAK = cue(r"[,;.()]|\s(?:trong đó)\s", "hồ sơ trực tuyến, còn lại", case=True)
# a figure's own noun phrase ends at one of these
# (a tier after another figure is that figure's: `2.268 thủ tục gồm 1.833 thủ tục cấp tỉnh`)
PHRASE_BREAK = cue(r"[,;()]|\s(?:trong đó|còn lại|và|gồm)\s|\d", "thủ tục cấp tỉnh và 200 thủ tục", case=True)
# a period after a figure is its own only when none of these stands between
# `6 tháng đầu năm 2021 (từ ngày 15/12/2020 ...`: between a named period and its cut-off dates
WINDOW_OPEN = cue(r"\s*\(\s*(?:tính\s*)?", " (tính ", case=True)
# `(năm 2021 là 6,88 điểm)`, `cao hơn năm 2019 (73,4)`: a period followed by its own value (a dated window in
# parentheses, `năm 2023 (15/12/2022 - 14/12/2023)`, is none)
ANOTHER_VALUE_AFTER = cue(r"\s*(?:(?:chỉ số này\s+|tỉnh\s+)?(?:là|đạt|được|:)\s*\d|\(\s*\d[\d.,]*\s*(?:%|điểm|\)))",
                          " chỉ số này là 6,88", case=True)
AFTER_PERIOD_BREAK = cue(r"[;:]|\d", "đạt 98%; năm 2023", case=True)
# `Các tin khác`: the teasers of other articles start here
TEASER_HEADINGS = cue(r"^\s*(?:Các tin khác|Tin liên quan|Tin cùng chuyên mục|Bài liên quan|Xem thêm|Tin khác|"
                      r"Các tin đã đưa)\s*:?\s*$", "Tin liên quan:")
# A sentence that breaks the previous figure down: `Cụ thể, Sở Xây dựng (21 TTHC), ...`, `Trong đó: ...`.
BREAKDOWN = cue(r"\s*(?:cụ thể|trong đó|bao gồm|gồm)(?!\w)", "Cụ thể, Sở Y tế (12 TTHC)")
IN_WHICH = cue(r"\s*trong đó", "Trong đó: 300 thủ tục cấp tỉnh")
# `đạt 47,8% (4.954.457/10.364.973) trong tổng số hồ sơ`: the counts of a rate, in parentheses right after it
RATIO_IN_PARENS_BEFORE = cue(r"^\s*\(\s*$", " (", case=True)
# `..., trong khi Điện Biên có ...`: a name after a contrast opens the next clause; it is not the figure's before it
CONTRAST = cue(r",\s*(?:trong khi|còn|nhưng|ngược lại)(?!\w)", ", trong khi Điện Biên")
# `Quảng Ninh là địa phương dẫn đầu với 47,8763/80 điểm và Cao Bằng là ...`: the name after `và` opens the next item
NEXT_ITEM_BETWEEN = cue(r"\s*(?:điểm|%)?\s*(?:,|;|và)\s*", " điểm và ", case=True)
# `59,58 (Cao Bằng)`, `34 bậc (Sóc Trăng)`: a parenthesis right after a figure and its unit names its holder
UNIT_ONLY = cue(r"\s*(?:điểm|%|bậc|hạng)?\s*", " điểm ", case=True)
# `cao hơn 5,45% so với đơn vị đứng ở vị trí thứ hai là thành phố Hà Nội`: a place compared with (a year compared
# with, `so với năm 2018, Quảng Ninh ...`, leaves the holder after it)
COMPARED_WITH_A_PLACE = cue(r"(?<!\w)so với\s+(?!(?:năm|cùng kỳ|kỳ|quý|tháng|\d))",
                            " so với đơn vị đứng ở vị trí thứ hai")
# `TPHCM là địa phương có số lượng hồ sơ cao nhất với 645.566 hồ sơ`: the volume of dossiers a place had, received
VOLUME_HEAD = cue(r"(?<!\w)số lượng (?:hồ sơ|HS)(?!\w)", "địa phương có số lượng hồ sơ cao nhất với ")
# `tiếp nhận 116.383 hồ sơ; trong đó ... của UBND thành phố có 63.273 hồ sơ, ... của UBND các xã có 53.110 hồ sơ`
BREAKDOWN_IN_CLAUSE = cue(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)", "; trong đó thuộc thẩm quyền cấp huyện")
# the scope of a channel word after a dossier count ends at a parenthesis or `, trong đó`
# (`, tỷ lệ hồ sơ trực tuyến đạt 15,9%`: a rate's channel, not the count's before it)
CHANNEL_SCOPE_END = cue(r"\(|,\s*(?:trong đó|với|gồm|tỷ lệ|tỉ lệ)(?!\w)", "hồ sơ, với 250 hồ sơ trực tuyến", case=True)
# cues before `và` belong to the previous item of a list
ITEM_JOIN = cue(r"\s(?:và|cùng)\s", "công bố mới 5 và sửa đổi", case=True)
# `1.178 dịch vụ công, trong đó cấp tỉnh 67, cấp huyện 1.111`, `(cấp tỉnh tiếp nhận 689 hồ sơ, ...)`: an item of a
# breakdown named by its tier alone, or with a plain verb
TIER_ITEM_BEFORE = cue(r"^\s*(?:(?:trong đó|gồm|bao gồm)\s*:?\s*)?(?:(?-i:UBND)\s+)?"
                       r"(?:cấp (?:tỉnh|sở|huyện|xã)|khối (?:sở|huyện|xã))\s*:?\s*"
                       r"(?:(?:tiếp nhận|giải quyết|có|là)\s*)?$", " trong đó cấp tỉnh ")

# --- what is being counted: the noun after (or before) a figure ----------------
# (`535 lượt yêu cầu qua hình thức trực tuyến`, `11.400 yêu cầu cấp phiếu lý lịch tư pháp`: requests for a paper)
_DOSSIER = r"hồ sơ|HS|bộ hồ sơ|lượt (?:hồ sơ|yêu cầu)|yêu cầu(?=\s+(?:cấp|đăng ký|giải quyết)(?!\w))"
_PROCEDURE = r"thủ tục(?: hành chính)?|TTHC|danh mục thủ tục"
_SERVICE = r"dịch vụ công|dịch vụ|DVC(?:TT)?"
NOUN_DOSSIER = cue(rf"(?<!\w)(?:{_DOSSIER})(?!\w)", "tiếp nhận 1.200 hồ sơ")
NOUN_PROCEDURE = cue(rf"(?<!\w)(?:{_PROCEDURE})(?!\w)", "công bố 35 thủ tục hành chính")
NOUN_SERVICE = cue(rf"(?<!\w)(?:{_SERVICE})(?!\w)", "cung cấp 420 dịch vụ công trực tuyến")
# the noun right after a count: dossier, procedure (also a bare `danh mục`), service, decision or days
# (`10 trường hợp trễ hạn`: cases counted in a dossier report are dossiers)
# (`chuyển trả 42.420 kết quả giải quyết thủ tục hành chính`: results returned count the dossiers resolved)
NOUN_AFTER = cue(rf"\s*(?:các\s+)?(?:({_DOSSIER}|trường hợp|kết quả giải quyết)|({_PROCEDURE}|danh mục)|({_SERVICE})|"
                 r"(quyết định)|(ngày)(?!\s*\d))(?!\w)", " thủ tục được công bố")
NOUN_CLASSES = ("dossier", "procedure", "service", "decision", "days")
# `tổng số hồ sơ ... là`, `số lượng thủ tục ... là`: the noun after `số` heads what is counted
COUNTED_HEAD = cue(rf"(?<!\w)(?:tổng )?số(?: lượng)?\s+(?:({_DOSSIER})|({_PROCEDURE})|({_SERVICE}))(?!\w)",
                   "tổng số hồ sơ yêu cầu giải quyết thủ tục hành chính là")
# the noun stands before a linking verb: `hồ sơ tồn kỳ trước chuyển sang là 2.171`
LINK_BEFORE = cue(r"(?:là|đạt|được|gồm|còn)\s*:?\s*$", "số hồ sơ quá hạn còn ")
# what a rate is a share of: `98% hồ sơ`, `100% số lượng thủ tục`
RATE_NOUN_AFTER = cue(r"\s*(?:các\s+|số\s+(?:lượng\s+)?)?(hồ sơ|HS|thủ tục|TTHC|dịch vụ|DVC|giao dịch)",
                      " số lượng hồ sơ")
# `đã giải quyết 1.753 hồ sơ, 100% giải quyết trước hạn`: a share followed right by the status of the dossiers counted
# (`43.953 hồ sơ với trên 96% đã được trả trước hẹn và đúng hẹn`; `867 hồ sơ được giải quyết, với 23,18% trong số đó
# quá hạn`: the share of those, by their status alone)
STATUS_OF_DOSSIERS_AFTER = cue(r"\s*(?:(?:đã\s+)?(?:được\s+)?(?:giải quyết|xử lý|trả(?: kết quả)?)\s+|"
                               r"(?:trong\s+)?số\s+(?:đó|này)\s+(?:bị\s+)?(?=quá|trễ|chậm))"
                               r"(?:trước|đúng|trễ|quá|sớm|chậm)\s+h[ạẹ]n", " giải quyết trước hạn")
# `Tiếp nhận và trả kết quả đúng hạn 100% hồ sơ hành chính`: the status of the dossiers named right before the share
STATUS_RIGHT_BEFORE = cue(r"(?:trước|đúng|trễ|quá|sớm|chậm)\s+(?:thời\s+)?h[ạẹ]n\s*$", "trả kết quả đúng hạn ")
# shares of something other than reform items: `100% văn bản`, `95% cán bộ`
RATE_OTHER_NOUN_AFTER = cue(r"\s*(?:các\s+)?(?:văn bản|phí|người|cán bộ|CBCCVC|phòng|cơ quan|đơn vị|nhiệm vụ|kết quả)",
                            " văn bản được ký số")
# Nouns that make a figure something other than a reform statistic.
NOUN_OTHER = cue(
    r"^\s*(?:lượt(?! hồ sơ| yêu cầu)|người|máy|đơn vị|cơ quan|điểm cầu|tổ|thành viên|chuyên mục|phóng sự|cuộc|tin|bài|"
    r"văn bản|phản ánh|kiến nghị|giờ|lần|xã|huyện|tỉnh|sở|nhóm|chỉ số|tiêu chí|"
    r"nhiệm vụ|lĩnh vực|phòng|cán bộ|công chức|biên chế|doanh nghiệp|dự án|tỷ đồng|triệu đồng|đồng|"
    r"km|ha|m2|%\s*(?:dân|số dân)|"
    # (`100% giao dịch ... được xác thực điện tử`, `50% số lượng người dân ... được xác thực`, `chiếm 20% GRDP`)
    r"giao dịch|số (?:lượng )?người|hộ gia đình|hộ dân|tài khoản|GRDP|GDP|"
    # (`cắt giảm ít nhất 20% TTHC, 20% chi phí tuân thủ`, `20% số quy định`: costs and regulations, not procedures)
    r"chi phí|(?:số )?quy định)(?!\w)", " lượt truy cập")

# `còn 3 bộ (Công Thương, Tài chính, Tư pháp)`, `5 bộ, ngành`: ministries counted, not sets of dossiers (`415 bộ`)
MINISTRIES_AFTER = cue(r"\s*bộ(?:\s*\(\s*(?-i:[A-ZĐ])|\s*,\s*(?:cơ quan|ngành)(?!\w))", " bộ (Công Thương, Tư pháp)")

# --- figures that are not facts ----------------------------------------------------
DOC_NUMBER_BEFORE = cue(r"(?:(?:định|thị|quyết|hoạch|văn|Công văn|báo cáo|Thông tư|Nghị định|Luật|Kế hoạch)\s+số|"
                        r"số hiệu|mã|ISO|TCVN)\s*$", "theo Quyết định số")
# `Quyết định số 766/QĐ-TTg ngày 23/6/2022`: the date of a cited document is no period
DOCUMENT_NUMBER_BEFORE = cue(r"\d+/[\w.\-/]+\s+(?:ngày\s+(?:\d{1,2}\s+)?)?$",
                             "Quyết định số 12/QĐ-UBND ngày ", case=True)
# (`(0) Bình luận`: a page's count of comments)
# (`176/QĐ-UBND`: a document's number before its capitals; not `17265/trễ hạn`, a list's next item)
# (`thứ 2 từ trái qua`: a place in a photo's caption)
NOISE_AFTER = cue(r"^(?:\s*(?:lượt xem|lượt truy cập|lượt(?! hồ sơ| yêu cầu))|\)\s*bình luận|(?-i:[-/][A-ZĐ])|:\d|"
                  r"\s*(?:giờ|h\d|phút)(?!\w)|\s*từ (?:trái|phải)(?: qua| sang)?(?!\w))",
                  " lượt xem")
# a figure after these is a grade, group, stage, term or ordinal, not a statistic
# `tuần 02`: a week's number
# (`ở mức 82,66%` is "at the level of", not a grade)
LABEL_BEFORE = cue(r"(?:mức độ|cấp độ|(?<!ở )(?<!với )(?<!hơn )mức|nhóm|top|tốp|giai đoạn|năm|Khóa|khoá|lần thứ|thành|"
                   r"tuần)\s*$", "so với tuần ")
WEEKDAY_BEFORE = cue(r"(?<!\w)thứ\s*$", "Thứ ")
# `...; (2) Tỷ lệ doanh nghiệp ...`: a list item's number in parentheses, after a clause's end or at the start
ENUMERATOR_BEFORE = cue(r"(?:^|[;:.,]|\s[-–])\s*\($", "; (", case=True)
ENUMERATOR_AFTER = cue(r"\)\s*[^\W\d]", ") Tỷ lệ", case=True)
# `Lượt xem: 1547`: a page's count of its readers
READERS_BEFORE = cue(r"(?<!\w)(?:lượt xem|lượt truy cập|lượt đọc)\s*:\s*$", "Lượt xem: ")
# the date after a weekday: `, Ngày 01/11`, `, ngày 27 tháng 6`
WEEKDAY_DATE_AFTER = cue(r"\s*,\s*(?:[Nn]gày\s+)?\d{1,2}(?:/\d|\s+tháng\s+\d)", ", Ngày 01/11", case=True)
# the words the label cues before a figure end with: words before it that end in none of them label nothing
LABEL_ENDINGS = tuple(sorted({*DOC_NUMBER_BEFORE.endings, *LABEL_BEFORE.endings, *WEEKDAY_BEFORE.endings,
                              *READERS_BEFORE.endings}))
PHONE = cue(r"(?:0\d{2,3}[ .]?\d{3}[ .]?\d{3,4})", "0236 382 2222")
# The conditions of an award or a ranking band (`đạt một trong các tiêu chí: ...`) are thresholds, not results.
CRITERIA = cue(r"(?:đạt|theo|đáp ứng)\s+(?:một trong\s+)?(?:các\s+)?tiêu chí\s*(?:sau)?\s*:",
               "khen thưởng tập thể đạt một trong các tiêu chí sau:")
# a change against another period, not a level: `tăng 500 hồ sơ`, `giảm thêm 2%`, `tăng hơn 9,1%`
CHANGE_BEFORE = cue(r"(?:tăng|giảm)\s*(?:thêm\s*)?(?:(?:hơn|gần|khoảng|trên)\s*)?$", "so với cùng kỳ tăng hơn ")
# (also after the year it is compared with: `cao hơn năm 2018 là 2,48%`)
# `hồ sơ trực tiếp chiếm 40,4%`: the share of dossiers handed in in person, no metric of the vocabulary
DIRECT_SHARE_BEFORE = cue(r"trực tiếp\s+(?:chiếm|đạt|là)\s*(?:tỷ lệ\s*)?(?:khoảng\s*)?$", "hồ sơ trực tiếp chiếm ")
# (`đạt 85,6%, vượt 30,6% so với chỉ tiêu`: the margin over a plan)
RATE_CHANGE_BEFORE = cue(r"(?:tăng|giảm|cao hơn|thấp hơn|vượt)\s*(?:thêm\s*)?"
                         r"(?:(?:so với )?(?:năm \d{4}|năm trước|cùng kỳ(?: năm trước)?)\s*(?:là\s*)?)?"
                         r"(?:(?:hơn|gần|khoảng|trên)\s*)?$",
                         "tỷ lệ đúng hạn cao hơn ")
# `cơ quan có tỷ lệ ... trên 65%`: a threshold
# `bằng trên 90% số hồ sơ của cả năm 2021`: a ratio to another period, not a rate
RATIO_TO_ANOTHER_BEFORE = cue(r"(?<!\w)bằng\s*(?:trên|hơn|gần|khoảng)?\s*$", "bằng trên ")
RATE_THRESHOLD_BEFORE = cue(r"có tỷ lệ[^,;]*(?:trên|dưới)\s*$", "các đơn vị có tỷ lệ hồ sơ trễ hạn trên ")
# `8 cơ quan và địa phương đạt tỷ lệ ... trên 50%`: a threshold a count of bodies passes
BODIES_COUNTED = cue(r"(?<!\w)\d+\s+(?:cơ quan|địa phương|tỉnh|đơn vị|bộ|xã|huyện|sở)(?!\w)", "8 cơ quan và địa phương")
THRESHOLD_WORD = cue(r"(?:trên|dưới|từ|hơn)\s*$", "đạt tỷ lệ trên ")

# --- dossier status and channel cues -------------------------------------------
# `còn trong hạn` and `trong hạn giải quyết` are dossiers still open (PENDING), not resolved in time
# `hẹn` (the date promised on the receipt) is written for `hạn` (the time limit): `đúng hẹn`, `trễ hẹn`
# `sớm hạn` (ahead of the time limit) is written for `trước hạn`: `1.260 hồ sơ đúng và sớm hạn`; a comma joins the two
# as `và` does (`giải quyết và trả hồ sơ đúng hạn, trước hạn đạt 99,48%`, `trả hồ sơ trước hạn, đúng thời hạn`)
# (`đúng hoặc sớm hơn thời hạn`, `trước hoặc đúng hạn`: on time or early, either way round)
ON_TIME = cue(r"(?:(?:trước|sớm)\s+(?:thời\s+)?(?:h[ạẹ]n\s*)?(?:và|,|hoặc)\s+đúng\s+(?:thời\s+)?h[ạẹ]n|"
              r"đúng\s*(?:h[ạẹ]n\s*)?(?:và|,|hoặc)\s+(?:trước|sớm(?: hơn)?)\s+(?:thời\s+)?h[ạẹ]n|"
              r"đúng\s+(?:thời\s+)?h[ạẹ]n|"
              r"(?<!còn )(?<!đang )(?<!đang giải quyết )(?<!đang xử lý )"
              r"trong\s+hạn(?!\s+giải quyết))",
              "giải quyết đúng hẹn")   # `đang giải quyết trong hạn` is still open: pending
# (`sớm hạn` is written for `trước hạn`: `13.794 hồ sơ được giải quyết sớm hạn`)
# `hồ sơ được giải quyết trực tuyến đúng và trước hạn`: online is how they were resolved; the share is of time
RESOLVED_ONLINE_IN_TIME = cue(r"trực tuyến\s+(?:đúng|trước|sớm)\s+(?:thời\s+)?(?:h[ạẹ]n|và)",
                              "được giải quyết trực tuyến đúng và trước hạn")
# `gồm hồ sơ giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông, theo dịch vụ công trực tuyến là 260.752`: the
# channels a total takes in, no channel of its own
CHANNELS_LISTED = cue(r"cơ chế một cửa[^.;]{0,40}?,\s*(?:và\s+)?(?:theo|qua)\s+dịch vụ công trực tuyến\s*"
                      r"(?:là|đạt|có)?\s*$",
                      "theo cơ chế một cửa, cơ chế một cửa liên thông, theo dịch vụ công trực tuyến")
EARLY = cue(r"(?<!và )(?:trước|sớm) (?:thời )?h[ạẹ]n(?!\s+và)", "trả kết quả trước thời hạn")
# (`số hồ sơ chậm 0,63%`: dossiers that are late, not ones accepted late: `hồ sơ chậm được tiếp nhận`)
# (`998 hồ sơ quá hạn tiếp nhận`: accepted late on the portal, not resolved late; `chậm muộn`, `trả muộn` are late)
# (`"ngâm" gần 4.000 hồ sơ`, `hồ sơ bị ngâm`: dossiers sat on past their time, the press's word)
LATE = cue(r"(?:trễ h[ạẹ]n|quá h[ạẹ]n(?! tiếp nhận)|chậm h[ạẹ]n|chậm trễ|chậm muộn|trả muộn|"
           r"(?<=hồ sơ )chậm(?!\s+(?:được\s+)?tiếp nhận)|(?<!\w)ngâm(?!\w))",
           "giải quyết trễ hẹn")
# `tiếp nhận 1.334 hồ sơ trực tuyến và giải quyết đúng hạn`: the channel right after the noun is the count's; what
# was then done to the dossiers is another predicate
CHANNEL_THEN_VERB_AFTER = cue(r"\s*hồ sơ\s+(?:trực tuyến|qua mạng|qua dịch vụ bưu chính(?: công ích)?)\s+và\s+"
                              r"(?:đã\s+)?(?:được\s+)?(?:giải quyết|xử l[ýí]|trả kết quả)",
                              " hồ sơ trực tuyến và giải quyết")
# `1.052 hồ sơ của các đơn vị, sở ngành trên địa bàn tỉnh trễ hạn`: the status after the bodies the dossiers are of
STATUS_AFTER_HOLDERS = cue(r"\s*hồ sơ\s+(?:của|tại|thuộc)\s+[^.;()\d]{0,80}?\s(?P<status>trễ h[ạẹ]n|quá h[ạẹ]n|"
                           r"chậm h[ạẹ]n|đúng h[ạẹ]n|trước h[ạẹ]n)(?!\w)",
                           " hồ sơ của các sở, ngành trên địa bàn tỉnh trễ hạn")
# still open: carried over from the last period (`kỳ trước chuyển sang`), within their time limit, not yet due
# carried over from an earlier period (`kỳ trước chuyển sang`, `hồ sơ năm 2018 chuyển sang`, `chuyển tiếp`) or still
# being handled (`đang thực hiện xử lý`)
# (`hiện toàn tỉnh đang tiếp tục xử lý hơn 22.010 hồ sơ`, `109 hồ sơ đang trong thời gian xử lí`: `lí` is `lý`)
PENDING = cue(r"(?:đang (?:được )?(?:thực hiện |tiếp tục )?(?:giải quyết|xử l[ýí])|"
              r"đang trong thời gian (?:giải quyết|xử l[ýí])|"
              r"tồn kỳ trước|tồn đọng|"
              r"(?:kỳ|năm|tháng|quý) (?:báo cáo )?(?:trước|\d{4}) chuyển (?:sang|qua)|chuyển tiếp|chuyển kỳ sau|"
              r"chuyển sang kỳ sau|"
              r"trong (?:thời )?hạn (?:giải quyết|xử lý)|còn trong (?:thời )?hạn|chưa đến hạn)",
              "868 hồ sơ năm 2018 chuyển sang")
# `quá hạn đang xử lý`: overdue and still open is late (corpus README), not pending
OVERDUE_STILL_OPEN = cue(r"(?:quá|trễ|chậm) h[ạẹ]n\s+(?:đang|chưa|còn)", "hồ sơ quá hạn đang xử lý")
# `tiếp nhận`, `nhận mới`; `tần suất giao dịch nhiều là Công an tỉnh (590 hồ sơ)`: dossiers transacted were received;
# `tiếp nhận và giải quyết 15.211 hồ sơ`: a count of both is what was received
# (`người dân, doanh nghiệp đến giải quyết TTHC nhiều như: Sở Tư pháp (1.013 hồ sơ)`: what people brought in)
# (`đã tiếp nhận, giải quyết theo cơ chế một cửa ... 5.843 hồ sơ`: received, as `tiếp nhận và giải quyết`)
RECEIVED = cue(r"(?:tiếp nhận(?: mới)?(?:(?: và|,) (?:đã )?giải quyết)?|nhận mới|đã nhận|giao dịch|nộp mới|mới nộp|"
               r"hồ sơ (?:được )?ghi nhận|(?<=đến )giải quyết|"
               r"(?<!được )ghi nhận(?=\s+(?:gần |hơn |khoảng |trên |tổng số )?(?:\d|$)))",   # `ghi nhận gần 112.000`
               "hồ sơ nộp mới")
# `đã tiếp nhận, giải quyết 1.196 hồ sơ`: the comma cuts the figure's near words after `tiếp nhận,` (received, as
# RECEIVED reads it whole)
RECEIVED_BEFORE_THE_CUT = cue(r"tiếp nhận,\s*$", "đã tiếp nhận, ")
RESOLVED_OPENS = cue(r"\s*(?:đã\s+)?giải quyết", "giải quyết ")
# `thuộc thẩm quyền giải quyết của UBND huyện có 1.955 hồ sơ`: whose jurisdiction, not what was resolved; nor is
# `Hệ thống thông tin giải quyết TTHC`, a system's name
# (`đã tiếp nhận giải quyết tổng cộng gần 102.150 hồ sơ`: received to be resolved)
RESOLVED = cue(r"(?:(?<!yêu cầu )(?<!phải )(?<!cần )(?<!tiếp nhận và )(?<!tiếp nhận và đã )(?<!tiếp nhận, )"
               r"(?<!tiếp nhận )"
               r"(?<!tiếp nhận, đã )(?<!thẩm quyền )"
               r"(?<!thông tin )giải quyết|"
               r"xử lý xong|xử lý được|(?<!\w)đã (?:được )?xử l[ýí](?!\w)|"   # (`338.000 hồ sơ đã được xử lý`)
               r"trả kết quả|có kết quả)", "đã giải quyết")
# (`Tổng số hồ sơ điện tử năm 2021 là 1.617.249 hồ sơ`: electronic dossiers are online ones)
# (`hơn 85 triệu hồ sơ giao dịch điện tử`; `55 nghìn hồ sơ được thực hiện qua Cổng DVCQG`: the national portal's)
ONLINE = cue(r"(?:trực tuyến|(?:mức(?: độ)?|cấp độ)\s*(?:[34](?!\d)|ba(?!\w)|bốn(?!\w))|dịch vụ công mức độ|DVCTT|"
             r"qua mạng|online|"
             r"toàn trình|một phần|hồ sơ điện tử|giao dịch điện tử|qua Cổng (?:DVCQG|Dịch vụ công quốc gia)|"
             r"trên môi trường điện tử|qua (?:ứng dụng )?VNeID)",   # (`xử lý hoàn toàn trên môi trường điện tử`,
             # `11.400 yêu cầu cấp phiếu lý lịch tư pháp qua ứng dụng VneID`: the identity app is an online channel)
             "nộp qua mạng")
# (`Bưu cục ... đã chuyển trả 1.174 hồ sơ`, `Bưu điện tỉnh ... đã tiếp nhận hơn 4.400 hồ sơ`)
# (`185 hồ sơ được trả kết quả tại nhà cho công dân`: results brought home are sent by post)
POSTAL = cue(r"bưu chính|bưu cục|bưu điện|trả (?:kết quả )?tại nhà", "qua dịch vụ bưu chính công ích")
WHOLE_COUNT_BEFORE_PARENS = cue(r"\d\s*(?:hồ sơ|HS)?\s*\(\s*$", "2.988 hồ sơ (", case=True)
# `Về hồ sơ trực tuyến, trong quý, UBND thành phố tiếp nhận 581 hồ sơ`: the topic a sentence opens with is the status or
# channel of the dossiers it counts without naming one
TOPIC_LEAD = cue(r"\s*(?:về|đối với)\s+(?P<topic>[^,;:.]{3,40}?)\s*[,:]", "Về hồ sơ trực tuyến, ")
DIGITISED = cue(r"số hóa|số hoá", "hồ sơ được số hóa")
# `Thực hiện số hóa 100% hồ sơ giải quyết thủ tục hành chính`: the share of dossiers digitised, the verb before it
DIGITISING_BEFORE = cue(r"số (?:hóa|hoá)\s*$", "Thực hiện số hóa ")
# ... of the dossiers or their results (`số hóa 100% kết quả giải quyết thủ tục hành chính`)
DIGITISED_PAPERS_AFTER = cue(r"\s*(?:hồ sơ|kết quả(?: giải quyết)?)(?!\w)", " kết quả giải quyết")
# `toàn tỉnh đã số hóa được 879 kết quả TTHC`: a count of results digitised (dossiers' results)
DIGITISED_COUNT_BEFORE = cue(r"số (?:hóa|hoá)(?:\s+được)?\s*$", "đã số hóa được ")
RESULTS_OF_PROCEDURES_AFTER = cue(r"\s*kết quả(?: giải quyết)?\s+(?:TTHC|thủ tục)", " kết quả TTHC")
PAYMENT = cue(r"thanh toán trực tuyến", "thanh toán trực tuyến")
# what is paid online: dossiers, transactions, fees and financial obligations (`nghĩa vụ tài chính`), or the rate
# itself (`tỷ lệ thanh toán trực tuyến`); services that merely offer payment are services
# (`chỉ tiêu “Thanh toán trực tuyến”`: an indicator named by the payment is its rate)
PAYMENT_SUBJECT = cue(r"giao dịch|hồ sơ|nghĩa vụ tài chính|lệ phí|tỷ lệ thanh toán|chỉ tiêu\s*[“\"]\s*thanh toán",
                      "tỷ lệ thanh toán trực tuyến")
SATISFACTION = cue(r"(?<!chỉ số )(?:mức độ|sự|tỷ lệ)\s+hài lòng", "mức độ hài lòng của người dân")
SATISFACTION_HEAD = cue(r"\s*mức độ hài lòng", "mức độ hài lòng của tổ chức đối với dịch vụ")
# `tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính trong thực hiện TTHC, dịch vụ công`: payment is the head
PAYMENT_HEAD = cue(r"\s*tỷ lệ (?:\w+\s+){0,2}?thanh toán trực tuyến", "tỷ lệ thanh toán trực tuyến phí")
# `95% công dân, tổ chức hài lòng`: the share of people satisfied
# (`85,5% trong số gần 5.000 người dân được hỏi bày tỏ sự hài lòng`: the share of those asked)
PEOPLE_SATISFIED = cue(r"\s*(?:trong\s+)?(?:số\s+)?(?:(?:gần|hơn|khoảng|trên)\s+)?(?:[\d.]+\s+)?"
                       r"(?:công dân|người dân|tổ chức|doanh nghiệp)[^.;%]{0,40}?hài lòng",
                       " người dân hài lòng")
# `40 hồ sơ trễ hạn, chiếm tỷ lệ 79,37% trong tổng số hồ sơ trễ hạn của cả tỉnh`: a part's share of the dossiers of one
# status, not the share of that status among all dossiers
# `61% số hồ sơ bị đánh giá quá hạn là do dữ liệu đồng bộ chậm`, `39% còn lại do cán bộ`: shares of the causes
SHARE_OF_A_CAUSE_AFTER = cue(r"^[^.;,%]{0,60}?(?<!\w)(?:là do|còn lại do|do nguyên nhân)(?!\w)", " còn lại do cán bộ")
SHARE_OF_A_STATUS_TOTAL_AFTER = cue(r"^\s*(?:trong|của|so với)?\s*tổng số (?:hồ sơ|HS)\s+(?:bị\s+)?(?:giải quyết\s+)?"
                                    r"(?:trễ hạn|quá hạn|chậm|đúng hạn|trước hạn)",
                                    " trong tổng số hồ sơ trễ hạn của cả tỉnh")
# `tỉnh cao nhất là 94,07%`, `đơn vị có mức độ hài lòng thấp nhất khu vực đạt 80,21%`: the best or the worst place,
# left unnamed; its figure is no fact of any place we can name (`TPHCM là địa phương ... cao nhất với` names it); so
# is the highest or lowest score of a table (`điểm trung bình cả nước là 42,27 điểm, điểm cao nhất là 48,06 điểm`)
UNNAMED_EXTREME_BEFORE = cue(r"(?<!\w)(?:tỉnh|thành phố|địa phương|đơn vị|huyện|xã|phường|cơ quan|sở|điểm(?: số)?)"
                             r"(?:\s+(?:có|với)\s+[^,;()\d]{0,50}?)?\s+(?:cao|thấp)\s+nhất"
                             r"(?:\s+(?:cả nước|toàn quốc|khu vực|vùng))?(?:\s+(?:là|đạt|với|chỉ đạt|ở mức))?\s*$",
                             "tỉnh có mức độ hài lòng thấp nhất khu vực đạt ")
# `điểm cao nhất là 47.88 điểm (giảm 0.179 điểm so với năm 2021)`: the change of that unnamed place, in parentheses
CHANGE_IN_PARENS_AFTER_A_FIGURE = cue(r"\s*(?:điểm|%)?\s*\(\s*(?:tăng|giảm)\s*$", " điểm (giảm ")
# `Tỉ lệ đúng hạn = 100% - Tỉ lệ trễ hạn`: a term of a formula, no figure of a result
FORMULA_AFTER = cue(r"^\s*[-+−×*/]\s*(?:\(|(?:tỉ|tỷ) lệ|số )", " - Tỉ lệ trễ hạn")
# Figures that are accumulated or due, never a dossier fact of their own; dossiers accepted late on a portal
# (`1.401 hồ sơ chậm được tiếp nhận`) are neither received in the period nor resolved late; dossiers whose fees were
# paid online (`50 hồ sơ thanh toán trực tuyến`) are counted by the payment's channel, not the dossier's.
# (`đã trao đổi 1.164.552 bộ hồ sơ điện tử với Cổng dịch vụ công quốc gia`, `61 triệu hồ sơ đồng bộ trạng thái`:
# dossiers exchanged or synchronised between systems, no count of the period's)
# (`chờ bổ sung 783 hồ sơ`, `cá nhân xin rút 213 hồ sơ`: waiting for papers, withdrawn: no status of the vocabulary;
# `tiếp nhận đơn để xử lý với 04 trường hợp`: citizens' petitions, no dossiers)
# (`trả lại UBND cấp xã ... để bổ sung hơn 3.850 hồ sơ`: returned for papers to be added)
DOSSIER_NOT_FACT = cue(r"(?:lũy kế|luỹ kế|đến hạn giải quyết|trả lại hồ sơ|hồ sơ trả lại|rút hồ sơ|trực tiếp|"
                       r"chờ bổ sung|để bổ sung|xin rút|tiếp nhận đơn|đơn thư|tiếp công dân|"
                       r"(?:chậm|quá hạn)(?= (?:được )?tiếp nhận)|hồ sơ thanh toán|trao đổi|đồng bộ)",
                       "lũy kế từ đầu năm")
# `2.000 hồ sơ qua mạng trong tổng số 4.200 hồ sơ`: the total after a part
# `trong khoảng 75,03% - 90,61%`: the ends of a span, no facts of their own
SPAN_BEFORE = cue(r"(?:khoảng|từ)\s*$", "nằm trong khoảng ")
SPAN_DASH_AFTER = cue(r"\s*[-–]\s*\d", " - 9", case=True)
# `tỷ lệ cắt giảm từ 5% đến 83%`: two shares joined by `từ ... đến` with no move before them are a span's ends (`tăng
# từ 85% đến 90%` is a pair)
SPAN_OF_SHARES_AFTER = cue(r"\s*(?:đến|tới)\s*\d[\d.,]*\s*%", " đến 83%", case=True)
MOVE_BEFORE_FROM = cue(r"(?:tăng|(?<!cắt )giảm|nâng|lên|xuống)\s*$", "tăng ")   # (`tỷ lệ cắt giảm`: a cut's share)
# `cao hơn mức 84,45% của năm 2019`: the value of another year the figure before is compared with
COMPARED_VALUE_BEFORE = cue(r"(?:cao hơn|thấp hơn|so với)\s+(?:mức\s+)?$", "cao hơn mức ")
# `chiếm gần 66% tổng số hồ sơ quá hạn toàn tỉnh`: a share among the late dossiers, a part's, not the late rate
LATE_BASE_AFTER = cue(r"^\s*(?:tổng )?(?:số )?hồ sơ (?:xử lý |giải quyết )?(?:quá hạn|trễ hạn|chậm)",
                      " tổng số hồ sơ quá hạn toàn tỉnh")
# `trễ hạn ... chủ yếu trên lĩnh vực đất đai (chiếm 99,2%)`: the share of one field in the figure before
FIELD_SHARE_BEFORE = cue(r"chủ yếu (?:ở|trên|thuộc|tại|là)?\s*(?:các )?lĩnh vực[^.;()]{0,40}\(?(?:chiếm\s*)?$",
                         "chủ yếu trên lĩnh vực đất đai (chiếm ")
# `cao hơn 1,40% so với ...`: a figure followed by its base is the difference, not the other value
BASE_AFTER = cue(r"^\s*so với", " so với chỉ số trung bình")
# `từ 97-99%`: a span over years, no fact of its own
RANGE_FROM_BEFORE = cue(r"(?<!\w)từ\s*$", "tăng dần từ ")
# the total to handle (`hồ sơ ... yêu cầu giải quyết`, `phải giải quyết`, `tổng hồ sơ giải quyết theo cơ chế một cửa
# ... là 1.806 hồ sơ`: the one-stop shop's whole load, its on-time and pending parts) is what the period received
# (corpus README)
TOTAL_TO_HANDLE = cue(r"(?:yêu cầu|phải|cần|cần phải) giải quyết|tổng(?: số)? hồ sơ giải quyết theo cơ chế một cửa",
                      "tổng số hồ sơ phải giải quyết")
# `Đang giải quyết: 870 hồ sơ (trong hạn 669/quá hạn 201)`: within its term, a part of the pending ones
WITHIN_TERM_BEFORE = cue(r"(?<!\w)trong (?:thời )?hạn\s*(?:là\s*)?$", "trong hạn ")
# `(đúng hạn 17265/trễ hạn 1458)`: a status alone before a bare figure
STATUS_ALONE_BEFORE = cue(r"\W*(?:hồ sơ\s*)?(?:đúng|trễ|quá|trong|sớm|trước)\s+hạn\s*(?:là\s*)?", "/trễ hạn ")
# `đúng hạn 11817 hồ sơ/trễ hạn 1448 hồ sơ`: a slash before a status word ends an item of a list (not `giải quyết
# trước/đúng hạn`, one status written two ways), and so does `và` before another action (`đã giải quyết khoảng
# 8.100 hồ sơ và đang giải quyết ...`)
# (`tiếp nhận xử lý hơn 46.600 hồ sơ hành chính với tỷ lệ giải quyết trước hạn và đúng hạn đạt 100%`: the status
# after `với tỷ lệ` is the rate's)
NEXT_ITEM_IN_RIGHT = cue(r"(?:^|(?<=hồ sơ)|(?<=\d))/(?=\s*(?:đúng|trễ|quá|trong|sớm|trước)\s+hạn)|"
                         r"\s(?:và|,)\s+(?=(?:đang|đã)\s+(?:giải quyết|xử lý|tiếp nhận))|\s(?:với|có)\s+t[ỷỉ] lệ\s",
                         " hồ sơ/trễ hạn", case=True)
# `tiếp nhận mới hơn 142.000 hồ sơ (tính cả hồ sơ chuyển tiếp là 151.000)`: the total with the carried-over ones
TOTAL_WITH_CARRIED_BEFORE = cue(r"(?:tính|kể) cả (?:số )?(?:hồ sơ )?(?:kỳ trước )?chuyển (?:tiếp|sang|qua)"
                                r"(?: từ kỳ trước)?(?: là| thì| lên| có)?\s*$", "tính cả hồ sơ chuyển tiếp là ")
# `... là 21.686 hồ sơ, trong đó tiếp nhận mới 18.477 hồ sơ`: a total broken down into new and carried-over dossiers
# is the total to handle
SPLIT_INTO_NEW_AFTER = cue(r"^[^.;]{0,30}?(?:trong đó|gồm|bao gồm)(?:[^.;]|\.(?=\d)){0,40}?"
                           r"(?:tiếp nhận mới|mới tiếp nhận|nhận mới|nộp mới|chuyển tiếp|"
                           r"(?:kỳ|năm) (?:trước|\d{4}) chuyển (?:sang|qua))",
                           " hồ sơ (gồm 1246 hồ sơ chuyển tiếp")
# `190.319 hồ sơ mới tiếp nhận (trực tiếp và bưu chính)`: a count of one channel only is no fact
CHANNEL_ONLY_AFTER = cue(r"[^.;(]{0,40}\(\s*(?:trực tiếp|qua bưu chính|bưu chính)",
                         " hồ sơ mới tiếp nhận (trực tiếp và bưu chính")
TOTAL_AFTER_PART = cue(r"(?:trong|/)\s*tổng số\s*(?:gần|hơn|trên|khoảng)?\s*$", "qua mạng trong tổng số ")
DOSSIER_CHANNEL = cue(r"qua dịch vụ bưu chính|qua dịch vụ công|trực tuyến", "hồ sơ qua dịch vụ bưu chính")
# a counted head whose noun carries the online channel: `tổng số hồ sơ trực tuyến đã tiếp nhận ... là`
ONLINE_HEAD = cue(r"(?:tổng )?số(?: lượng)? (?:hồ sơ|HS)(?: TTHC)?(?: nộp| được nộp| tiếp nhận)? "
                  r"(?:trực tuyến|qua mạng)",
                  "tổng số hồ sơ trực tuyến đã tiếp nhận")
RECEIVED_OR_RETURNED = cue(r"tiếp nhận|trả kết quả", "tiếp nhận và trả kết quả")
# a rate named in the clause before a share: `tỷ lệ hồ sơ đúng hạn đạt`
RATE_WORD = cue(r"tỷ lệ|mức độ hài lòng", "tỷ lệ hồ sơ đúng hạn")
RATE_OR_SATISFACTION = cue(r"tỷ lệ|hài lòng", "người dân hài lòng")
# `Đà Nẵng (58,89%)`: a share in parentheses right after a name
NAMED_SHARE_BEFORE = cue(r"\(\s*$", "vượt Đà Nẵng (")
# Shares of what the vocabulary has no figure for, named in the clause before the figure: data used (`Đối với chỉ
# tiêu “Khai thác Cơ sở dữ liệu quốc gia về dân cư để giải quyết thủ tục hành chính” ... đạt 91,4%`), what cannot be
# put online (`tỷ lệ các dịch vụ công chưa đủ điều kiện lên mức 4 trên tổng số dịch vụ công đạt 42,24%`), results
# issued electronically and data digitised (`tỷ lệ hồ sơ cấp kết quả điện tử đạt 96%`, `dữ liệu số hóa ... đạt 59,3%`)
NO_REFORM_SHARE = cue(r"khai thác(?:,?\s*(?:và\s+)?sử dụng(?:\s+lại)?)?\s+(?:thông tin\s+)?"
                      r"(?:(?:cơ sở\s+)?dữ liệu|CSDL)|"
                      r"(?:chưa|không)\s+đủ\s+điều kiện|"
                      r"(?:cấp|trả) kết quả (?:giải quyết )?điện tử|dữ liệu số (?:hóa|hoá)|"
                      # (`Nâng tỷ lệ người dân trưởng thành sử dụng DVCTT lên 70%`: a share of people, no services')
                      r"tỷ lệ (?:người dân|người|dân số)(?: trưởng thành)?[^,;%\d]{0,30}?sử dụng",
                      "Khai thác Cơ sở dữ liệu quốc gia về dân cư")
# `tỷ lệ này`: the rate of the sentence before
SAME_RATE = cue(r"\s*(?:tỷ lệ này|tỷ lệ trên)", "Tỷ lệ này")
# `... đạt 50,2%. Trong đó: cấp tỉnh đạt 63,8%, cấp huyện chỉ đạt 33,3%`: a sentence breaking the rate before down by
# tier
RATE_BY_TIER_OPENS = cue(r"\s*(?:trong đó|cụ thể)\s*[:,]\s*(?:tại\s+)?(?:UBND\s+)?cấp (?:tỉnh|huyện|xã)",
                         "Trong đó: cấp tỉnh đạt ")
# `với mức giảm bình quân 55,15% thời gian giải quyết`: a share of the time a procedure takes, no share of procedures
SHARE_OF_TIME_AFTER = cue(r"\s*thời gian(?!\w)", " thời gian giải quyết")
# `Các đơn vị có tỷ lệ giao dịch đạt cao là: Xuân Định đạt 64,2%`, `Riêng 3 xã đạt thấp là: Suối Cát 23,8%`: units
# listed by the rate the text reports, the highest or the lowest
UNITS_BY_RATE_OPENS = cue(r"\s*(?:riêng\s+)?(?:các|những|\d+)\s+(?:đơn vị|xã|phường|địa phương|cơ quan)(?!\w)"
                          r"[^:;.]{0,60}?(?:cao|thấp)(?:\s+nhất)?\s*(?:là|gồm)?\s*:",
                          "Các đơn vị có tỷ lệ giao dịch đạt cao là:")
# `13.300 hồ sơ, đạt tỷ lệ 97% hồ sơ đúng hạn`, `..., đạt 100% tỷ lệ đúng hạn`: a share after a count that names its
# own status
STATUS_NAMED_AFTER = cue(r"\s*(?:hồ sơ|tỷ lệ)\s+(?:được\s+)?(?:giải quyết\s+|xử lý\s+)?(?:đúng|trước|sớm|trễ|quá|chậm)"
                         r"\s*(?:thời\s+)?h[ạẹ]n", " hồ sơ đúng hạn")
# `148.761 hồ sơ, đạt 98%`, `12 hồ sơ (chiếm 0,29%)`: between a count and the share of it (a share in parentheses
# after a longer phrase too: `1.052 hồ sơ của các sở, ngành ... trễ hạn so với quy định (chiếm 1,5%`)
SHARE_OF_PREVIOUS = cue(r"[^;.]{0,60}?(?:,\s*|\(\s*)(?:chiếm|đạt|tỷ lệ|với tỷ lệ)[^,;.%]{0,12}|"
                        r"[^;.()]{0,120}?\(\s*chiếm[^,;.%()]{0,12}", " hồ sơ trễ hạn (tỷ lệ ")

# --- procedures ------------------------------------------------------------------
PROC_NEW = cue(r"(?:công bố mới|ban hành mới|mới)", "công bố mới")
PROC_AMENDED = cue(r"(?:sửa đổi|bổ sung|thay thế(?! bằng dữ liệu))", "được sửa đổi, bổ sung")
PROC_ABOLISHED = cue(r"(?:bãi bỏ|hủy bỏ|huỷ bỏ)", "bãi bỏ")
PROC_PUBLISHED = cue(r"công bố", "công bố")
# (`hiện nay Hà Tĩnh có 1.819 thủ tục`: the subject may stand between `hiện nay` and `có`)
# (`... 10% thủ tục hành chính hiện có`: `hiện có` right after the noun is `existing`, no statement of procedures in
# force)
PROC_IN_EFFECT = cue(r"(?:còn hiệu lực|có hiệu lực|đang hiệu lực|cơ sở dữ liệu quốc gia|CSDL quốc gia|"
                     r"(?<!hành chính )(?<!TTHC )(?<!thủ tục )hiện (?:nay,? )?có|"
                     # (`Hiện số TTHC Bộ thực hiện ở 4 cấp là 447 TTHC`: the number a body has now)
                     r"(?<!\w)hiện(?: nay)?,?\s+(?:tổng\s+)?số\s+(?:thủ tục hành chính|TTHC|thủ tục)[^.;\d]{0,60}?"
                     r"\s(?:là|gồm)|"
                     r"tổng số (?:thủ tục hành chính|TTHC)[^.;]{0,50}? có|"
                     # (`Tổng số TTHC được công bố là 1.799 TTHC`: a total with no period is the stock, not what a
                     # period announced; `Với tổng số 1.654 TTHC hiện nay`; `cả 3 cấp đang có tổng số 1.101 thủ tục`)
                     r"tổng số (?:thủ tục hành chính|TTHC)(?![^.;\d]{0,40}?(?:trong|năm|quý|tháng|tuần))[^.;\d]{0,40}?"
                     r"\s(?:là|gồm)|"
                     r"^\s*(?:thủ tục hành chính|TTHC|thủ tục)\s+hiện nay(?!,?\s*(?:đã|được|đang))|"
                     r"(?<!\w)đang có(?:\s+tổng số)?\s*$|"
                     r"(?<!thực )(?<!thể )(?<!xuất )hiện nay,? [^,;.\d]{1,30}? có|"
                     r"đang (?:thực hiện|áp dụng|quản lý)|"   # (`Bộ đang quản lý 949 thủ tục`)
                     r"(?<!\w)bộ (?:thủ tục hành chính|TTHC)[^.;\d]{0,30}?(?:gồm|có|là)|"   # (`Bộ TTHC của Sở gồm 70`)
                     r"được công bố, công khai|(?:đăng tải|công bố|niêm yết) công khai|"
                     r"được công khai(?! đầy đủ)|cập nhật|niêm yết)",   # (`... được công khai trên Cổng ... là 1.778`)
                     "thủ tục còn hiệu lực")
PROC_ONE_STOP = cue(r"(?:một cửa|liên thông)", "thực hiện theo cơ chế một cửa liên thông")
# `đưa 365 thủ tục ... vào thực hiện giải quyết ... tại Trung tâm Hành chính công`: procedures brought into the
# one-stop centre
# `Trung tâm hành chính công thực hiện tiếp nhận và trả kết quả với 1.245 thủ tục`: procedures a one-stop body takes in
ONE_STOP_BODY_RECEIVES_BEFORE = cue(r"(?:Trung tâm (?:Phục vụ )?hành chính công|Bộ phận (?:một cửa|tiếp nhận và trả "
                                    r"kết quả))[^.;]{0,40}?(?:tiếp nhận(?: hồ sơ)?(?: và trả kết quả)?|giải quyết)"
                                    r"(?: (?:với|đối với|cho|của))?\s*$",
                                    "Trung tâm hành chính công thực hiện tiếp nhận và trả kết quả với ")
# `công bố thủ tục hành chính thực hiện tại Trung tâm Hành chính công tỉnh là 1.463`, `Tại Trung tâm ... hiện có 1038
# thủ tục`: the procedures a one-stop centre handles
ONE_STOP_CENTRE_HOLDS_BEFORE = cue(r"(?<!\w)tại (?:Trung tâm (?:Phục vụ )?hành chính công|Bộ phận một cửa)"
                                   r"[^.;\d]{0,50}?"
                                   r"(?:là|(?:hiện )?có)\s*$", "thực hiện tại Trung tâm Hành chính công tỉnh là ")
INTO_ONE_STOP_CENTRE = cue(r"[^.;]{0,120}?vào (?:thực hiện|giải quyết|tiếp nhận)[^.;]{0,120}?tại (?:Trung tâm|Bộ phận)",
                           " thủ tục của các sở vào thực hiện giải quyết theo quy trình tại Trung tâm")
# `365 trong số 1.234 thủ tục ... được thực hiện tại Trung tâm Hành chính công`: the procedures a one-stop centre takes
# (`290/295 thủ tục hành chính thực hiện tiếp nhận, giải quyết và trả kết quả theo cơ chế một cửa`)
HANDLED_AT_A_CENTRE_AFTER = cue(r"[^.;]{0,120}?(?:thực hiện|giải quyết|tiếp nhận)[^.;]{0,40}?"
                                r"(?:tại (?:Trung tâm|Bộ phận)|theo cơ chế một cửa)",
                                " thủ tục được thực hiện tại Trung tâm")
# simplified: time cut, merged, or papers replaced by data the state holds (`thay thế bằng dữ liệu`)
PROC_SIMPLIFIED = cue(r"(?:cắt,? giảm thời (?:hạn|gian)|rút ngắn thời gian|đơn giản hóa|đơn giản hoá|tinh gọn|"
                      r"gộp,? ghép|cắt giảm|thay thế bằng dữ liệu)", "thành phần hồ sơ được thay thế bằng dữ liệu")
# `..., đạt 26,1% TTHC đã công bố`: a share of all the procedures (announced, or the province's), after a count of some
SHARE_OF_ALL_PROCEDURES = cue(r"\s*(?:tổng số\s+)?(?:TTHC|thủ tục hành chính|thủ tục)(?:\s+(?:đã|được)\s+công bố|"
                              r"\s+của (?:tỉnh|thành phố)|\s*(?=[,.;)]|$))", " TTHC đã công bố")
REACHING_BEFORE = cue(r"(?<!\w)(?:đạt|chiếm|bằng)(?:\s+tỷ lệ)?\s*$", ", đạt ")
# `tăng thêm 117 TTHC so với năm 2017`: a count's change against another period (with `so với` after it), no count
# (`cắt giảm 30 thủ tục` cuts procedures)
PROC_CHANGE_BEFORE = cue(r"(?<!cắt )(?:tăng|giảm)(?:\s+thêm)?\s*$", "tăng thêm ")
BASE_NAMED_AFTER = cue(r"[^.;]{0,40}?(?<!\w)so với", " TTHC so với")
# neither a count of procedures in place nor of announced ones: `xóa bỏ`, `rà soát 40 thủ tục`
PROC_NOT_COUNTED = cue(r"xóa bỏ|xoá bỏ|rà soát\s*$", "đã rà soát ")
# `1.192 thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình`: procedures that could be put
# online, not services provided
ELIGIBLE_AFTER = cue(r"^[^,;.()]{0,40}?(?:\([^()]{1,12}\)\s*)?đủ điều kiện",
                     " thủ tục hành chính đủ điều kiện cung cấp")
# `tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ`: the share of online services that received any dossier, no
# reform figure of the vocabulary (neither a share of dossiers nor of procedures put online)
SERVICES_WITH_DOSSIERS = cue(r"(?:dịch vụ công|DVC)\s*trực tuyến\s+(?:có\s+)?phát sinh hồ sơ|DVCTT\s+(?:có\s+)?"
                             r"phát sinh hồ sơ", "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ")
# `Thành phố sẽ triển khai 102 thủ tục` in a text about online services: procedures put online
DEPLOY_BEFORE = cue(r"(?<!\w)triển khai\s*$", "sẽ triển khai ")
NATIONAL_PORTAL = cue(r"(?:tích hợp|kết nối)[^.;]*?(?:Cổng (?:Dịch vụ công|DVC) quốc gia)|"
                      r"(?:Cổng (?:Dịch vụ công|DVC) quốc gia)[^.;]*?tích hợp|"
                      r"(?:cung cấp|triển khai)[^.;]{0,60}?(?:trên|tại) Cổng (?:Dịch vụ công|DVC) quốc gia",
                      "tích hợp lên Cổng Dịch vụ công quốc gia")
# `Cổng dịch vụ công quốc gia đã cung cấp 2.829 dịch vụ công trực tuyến`: the services the portal itself provides
PORTAL_PROVIDES_BEFORE = cue(r"Cổng (?:Dịch vụ công|DVC) quốc gia\s+(?:đã\s+|hiện\s+|đang\s+)*(?:cung cấp|có)\s*$",
                             "Cổng dịch vụ công quốc gia đã cung cấp ")
INTEGRATED = cue(r"tích hợp", "đã tích hợp")
# `Tỷ lệ người dân thực hiện các dịch vụ công trực tuyến ... đạt 80% so với tổng hồ sơ tiếp nhận`: a share of dossiers
DOSSIER_BASE_AFTER = cue(r"^\s*so với tổng(?: số)? (?:hồ sơ|HS)(?!\w)", " so với tổng hồ sơ tiếp nhận")
# `tích hợp 30% các dịch vụ công trực tuyến ... với Cổng Dịch vụ công quốc gia`: the share integrated, its verb before
INTEGRATING_BEFORE = cue(r"tích hợp\s*$", "hoàn thành tích hợp ")
PORTAL_NAMED_AFTER = cue(r"^[^.;]{0,120}?Cổng (?:Dịch vụ công|DVC) quốc gia",
                         " dịch vụ công lên Cổng Dịch vụ công quốc gia")
# `(chiếm 71,7% tổng số 6.287 thủ tục hành chính)`: the base of the share before is the total of procedures
TOTAL_BASE_BEFORE = cue(r"^\s*(?:trên |trong |của )?tổng số\s*$", " tổng số ")
# `Tính trung bình mỗi ngày, có khoảng 120 nghìn hồ sơ`: an average per day or month, not a count of the period
# (`Trung bình 01 ngày, Trung tâm tiếp nhận khoảng 230 hồ sơ`, `Bình quân mỗi năm, ... tiếp nhận hơn 150.000 hồ sơ`)
PER_DAY = cue(r"(?:(?:trung bình|bình quân|mỗi) (?:mỗi |0?1 |một )?(?:ngày|tháng|tuần)|(?:trung bình|bình quân) "
              r"(?:mỗi|0?1|một) năm)(?!\w)", "Tính trung bình mỗi ngày")
# `nâng tổng số thủ tục ... của Sở lên 46`: the new total in place
RAISED_TO = cue(r"nâng (?:tổng )?số\b([^.;]*)\blên\s*$", "nâng tổng số thủ tục một cửa lên ")
# `Quyết định công bố 25 thủ tục`: procedures announced by a decision
ANNOUNCED_BY_DECISION = cue(r"quyết định công bố|công bố[^.;]*$", "ban hành quyết định công bố ")
DECISION = cue(r"quyết định", "quyết định")
DAYS_CUT = cue(r"(?:ngày cắt giảm|cắt giảm được|giảm được|rút ngắn)", "rút ngắn")
DAYS_CUT_CLAUSE = cue(r"cắt giảm|rút ngắn|giảm", "thời gian giải quyết giảm")
# Procedures a ministry handles (`thuộc thẩm quyền giải quyết của Bộ Thông tin và Truyền thông`) are the
# country's, whatever province's portal reports them.
MINISTRY_SCOPE = cue(r"(?:thẩm quyền|chức năng|phạm vi)[^.;]{0,40}?của (?:các )?Bộ(?! phận)(?=\s+[A-ZĐ]|\s*,)",
                     "thuộc thẩm quyền giải quyết của Bộ Tư pháp", case=True)
OWNER_AFTER = cue(r"(?:thẩm quyền|chức năng|phạm vi)[^.;]{0,40}?của\s", "thuộc phạm vi chức năng của ")
# Figures set for later: `sẽ triển khai 102 thủ tục`, `danh mục 201 dịch vụ ... để triển khai đợt 2`.
FUTURE_BEFORE = cue(r"(?:(?<!\w)(?:sẽ|dự kiến sẽ)\s+(?:\w+\s+){0,4}|(?<!\w)(?:để|chuẩn bị)(?:\s+cho)?(?:\s+việc)?"
                    r"(?:\s+xây dựng(?: và)?)?\s+triển khai\s*)$", "Sở sẽ triển khai ")
# `Theo đó, các sở, ngành đã thực hiện ...; ban hành 11 quyết định` in a text of August: the year's work done so far
DONE_BEFORE = cue(r"(?<!\w)đã (?!được giao|đề ra|đặt ra)\w", "các sở, ngành đã thực hiện ")
FUTURE_AFTER = cue(r"^[^.;]{0,80}?(?<!\w)(?:để|sẽ)\s+(?:xây dựng(?: và)?\s+)?triển khai(?!\w)",
                   " dịch vụ được chọn để triển khai")
# `bảo đảm cắt giảm ít nhất 20% TTHC ...; hoàn thành trước ngày 01 tháng 11 năm 2024`: a task given a deadline to be
# done by, later in its sentence, is a plan (a result is not told when to be finished)
DEADLINE_AFTER = cue(r"(?:hoàn thành|thực hiện xong|xong)\s+(?:trước|chậm nhất|trong)\s+(?:ngày|tháng|quý|năm)",
                     "; hoàn thành trước ngày 01 tháng 11 năm 2024")
PROPOSED = cue(r"(?:kiến nghị|đề nghị|đề xuất)[^.;]{0,40}$", "đề xuất bãi bỏ ")

# --- online services ---------------------------------------------------------------
# grades are written `mức độ 3`, just `mức 3`, `cấp độ 3`, or in words (`mức độ ba`, `mức độ bốn`)
_GRADE = r"(?:mức(?: độ)?|cấp độ)"
SERVICE_FULL = cue(rf"(?:{_GRADE}\s*(?:4|bốn(?!\w))(?!\s*(?:và|,)\s*(?:{_GRADE}\s*)?(?:3|ba(?!\w)))|toàn trình)",
                   "dịch vụ công mức độ bốn")
SERVICE_PARTIAL = cue(rf"(?:{_GRADE}\s*(?:3|ba(?!\w))(?!\s*(?:và|,)\s*(?:{_GRADE}\s*)?(?:4|bốn(?!\w)))|một phần)",
                      "dịch vụ công mức 3")
# (`trực tuyến một phần và toàn trình`: both grades named in words)
SERVICE_BOTH = cue(rf"{_GRADE}\s*(?:3|ba)\s*(?:,|và|-|–)\s*(?:{_GRADE}\s*)?(?:4|bốn)(?!\w)|"
                   r"một phần\s*(?:,|và|hoặc)\s*toàn trình|toàn trình\s*(?:,|và|hoặc)\s*một phần", "mức độ ba và bốn")
# the grades below online public services, by number or by what they give (`202 dịch vụ cung cấp thông tin trực
# tuyến`: information only)
SERVICE_LEVEL2 = cue(r"mức(?: độ)?\s*(?:[12](?!\d)|một(?!\w)|hai(?!\w))|^\s*dịch vụ (?:cung cấp )?thông tin",
                     "dịch vụ mức độ 2")
SERVICE_HIGH_GRADE = cue(r"mức độ\s*(?:[34]|ba(?!\w)|bốn(?!\w))", "mức độ 4")
# `(05 mức độ 3; 130 mức độ 4)`: a bare figure followed by its grade alone, an item of the services counted before it
GRADE_ALONE_AFTER = cue(r"\s*" + _GRADE + r"\s*[34](?!\d)", " mức độ 4")
# `dịch vụ công trực tuyến mức độ 3 là`, `mức độ 4 là`: a grade before a linking word; the count after it is of services
GRADED_SERVICES_BEFORE = cue(rf"{_GRADE}\s*(?:[34]|ba|bốn)\s+(?:là|có|gồm|đạt)\s*:?\s*$", "và mức độ 4 là ")
# `cung ứng dịch vụ công trực tuyến 3 cấp với 2.268 thủ tục`
SERVICES_WITH_BEFORE = cue(r"(?:dịch vụ công|DVC)\s*(?:trực tuyến|TT)(?:[^,;]|,\s*(?=\d)){0,30}?\s(?:với|gồm|là)"
                           r"\s*$",
                           "cung ứng dịch vụ công trực tuyến 3 cấp với ")
ONLINE_SERVICES = cue(r"(?:dịch vụ công|DVC)\s*(?:trực tuyến|TT\b|mức(?: độ)?\s*[34])", "dịch vụ công trực tuyến")
# (`1.282 thủ tục toàn trình và 345 thủ tục một phần`: procedures named by the grade they are online at)
# `đã thống kê, công bố tổng số 6.358 TTHC`, `đã thống kê, công khai 6.000 TTHC`: the procedures inventoried and listed,
# those in force (FACTS.md: publicly listed)
PROCEDURES_INVENTORIED_BEFORE = cue(r"thống kê,?\s+(?:và\s+)?công (?:bố|khai)(?:\s+tổng số)?\s*$",
                                    "đã thống kê, công bố tổng số ")
# `dù đã cắt giảm nhưng đến nay ngành thuế vẫn còn 432 thủ tục`, `từ 115 giảm còn 28 thủ tục`: the procedures left in
# force after a cut
PROCEDURES_LEFT_BEFORE = cue(r"(?<!\w)(?:vẫn|giảm|chỉ)\s+còn(?:\s+lại)?\s*$", "ngành thuế vẫn còn ")
# (`có 38 TTHC triển khai mức độ 3`, `1 TTHC giải quyết ở cấp độ 4`: procedures put online at a grade)
ONLINE_SERVICE_AFTER = cue(r"dịch vụ công trực tuyến|DVC trực tuyến|trực tuyến|(?-i:DVCTT)",
                           " thủ tục được cung cấp trực tuyến")
# `43 thủ tục hành chính (TTHC) mức độ 3`, `TTHC được cung cấp ở mức độ 4`, `thủ tục toàn trình`: procedures named
# by their online grade right after the figure (read on the sentence: the near-right words stop at a parenthesis)
GRADED_PROCEDURES_AFTER = cue(r"\s*thủ tục(?: hành chính)?\s+(?:toàn trình|một phần)|"
                              r"\s*(?:thủ tục(?: hành chính)?|TTHC)\s+(?:\(TTHC\)\s+)?"
                              r"(?:(?:được\s+)?(?:triển khai|thực hiện|cung cấp|giải quyết)\s+)?(?:ở\s+)?"
                              r"(?:mức(?: độ)?|cấp độ)\s*[34](?!\d)", " thủ tục hành chính (TTHC) mức độ 3")
# `công bố danh mục dịch vụ công trực tuyến mức độ 4 của các cơ quan ... đối với 1.231 thủ tục`: the procedures of a
# catalogue of online services are those services
SERVICE_CATALOGUE_BEFORE = cue(r"danh mục (?:dịch vụ công|DVC) trực tuyến[^.;]{0,100}?(?:đối với|gồm|với)\s*$",
                               "công bố danh mục dịch vụ công trực tuyến mức độ 4 của các cơ quan đối với ")
# `cung cấp dịch vụ công trực tuyến mức độ 4 đối với 100% thủ tục hành chính`: the share of procedures provided online
SERVICES_PROVIDED_FOR_BEFORE = cue(r"(?:cung cấp|triển khai)\s+(?:dịch vụ công|DVC)\s*trực tuyến[^.;]{0,40}?"
                                   r"đối với\s*$",
                                   "cung cấp dịch vụ công trực tuyến mức độ 4 đối với ")
# `81% thủ tục hành chính được triển khai cung cấp dịch vụ công trực tuyến`, `55,5% TTHC có phát sinh hồ sơ được
# cung cấp dịch vụ công trực tuyến toàn trình`: the share of procedures offered online (their dossiers only qualify
# which procedures), read up to the next figure
# `Hơn 98% thủ tục hành chính về cấp phù hiệu xe ô tô được xử lý trực tuyến`: procedures processed are their dossiers
# (a procedure is provided, its dossiers are processed): the online share of dossiers
PROCEDURES_PROCESSED_ONLINE_AFTER = cue(r"\s*(?:thủ tục hành chính|TTHC|thủ tục)(?!\w)[^;%\d]{0,80}?được\s+"
                                        r"(?:xử lý|giải quyết|tiếp nhận(?:,? (?:và )?giải quyết)?)\s+(?:hoàn toàn\s+)?"
                                        r"(?:trực tuyến|qua mạng|qua (?:dịch vụ công|DVC) trực tuyến)",
                                        " thủ tục hành chính về cấp phù hiệu được xử lý trực tuyến")
PROCEDURES_OFFERED_ONLINE_AFTER = cue(r"\s*(?:thủ tục hành chính|TTHC|thủ tục)(?!\w)[^,;%\d]{0,60}?(?:được\s+)?"
                                      r"(?:triển khai\s+)?cung cấp\s+(?:dưới hình thức\s+)?(?:dịch vụ công|DVC)\s*"
                                      r"trực tuyến(?:\s+(?:toàn trình|một phần|"
                                      r"mức(?: độ)? [1-4](?:\s*(?:,|và)\s*[1-4])?))?",
                                      " thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình")
# `hướng đến mục tiêu cải thiện môi trường đầu tư, Bộ đã bãi bỏ 14 TTHC`: a plan named as the purpose of a deed done
# after it (not `chỉ tiêu đã đề ra là 95%`, a plan set)
# (`Thực hiện mục tiêu cấp căn cước công dân ..., đã thực hiện tiếp nhận 552.708 hồ sơ`: the goal carried out)
PURPOSE_BEFORE = cue(r"(?:hướng (?:đến|tới)|nhằm|với|thực hiện)\s+(?:các\s+)?$", "hướng đến ")
DONE_AFTER_A_PAUSE = cue(r",[^,;.]*?(?<!\w)đã(?!\w)", ", Bộ đã")
# `bảo đảm cắt giảm ít nhất 20% TTHC`, `đơn giản hóa đối với ít nhất 50% TTHC nội bộ`: the share of procedures cut or
# simplified, the verb before it (with a floor or `đối với` between)
# (`toàn ngành đã đơn giản 80,1% thủ tục hành chính`: `đơn giản` alone as the verb)
SIMPLIFYING_BEFORE = cue(r"(?:cắt giảm|đơn giản hóa|đơn giản hoá|(?<=đã )đơn giản)"
                         r"(?:\s*,\s*(?:cắt giảm|đơn giản hóa|đơn giản hoá))?\s+"
                         r"(?:đối với\s+)?(?:ít nhất|tối thiểu|trên|khoảng)?\s*$", "cắt giảm, đơn giản hóa tối thiểu ")
# `Cấp huyện có 115 TTHC ...`, `Đối với cấp tỉnh có 1.072 TTHC`: a sentence opening with a tier gives its part
TIER_OPENS_SENTENCE = cue(r"\s*(?:Đối với\s+)?cấp (?:tỉnh|huyện|xã)\s+(?:có|là|gồm)", "Cấp huyện có ")
# `đã triển khai 81/96 dịch vụ`: a count of services in place
SERVICES_PROVIDED_BEFORE = cue(r"(?:cung cấp|triển khai|vận hành(?: chính thức)?|đưa vào[^,;]{0,20})\s*$",
                               "đã đưa vào vận hành ")
# `số lượng dịch vụ công trực tuyến toàn trình trên tổng số lượng dịch vụ công là 731/1777 thủ tục`: a ratio whose
# part is the online services named before it
SERVICES_OVER_ALL_BEFORE = cue(r"số (?:lượng )?(?P<services>(?:dịch vụ công|DVC)\s*(?:trực tuyến|TT)[^;:,]{0,40}?)\s+"
                               r"(?:trên|/)\s*tổng số[^;:]{0,60}?(?:là|đạt)(?:\s+là)?\s*:?\s*$",
                               "số lượng dịch vụ công trực tuyến toàn trình trên tổng số lượng dịch vụ công là ")
# the verb a share restating the figure before it follows (`, đạt 41%`, `(tương đương 61,11%)`)
_SHARE_VERB = r"(?:đạt|chiếm|bằng|tương đương|tương ứng)(?: với)?(?: tỷ lệ| tỉ lệ)?"
SHARE_OF_A_RATIO_BEFORE = cue(r"\s*" + _SHARE_VERB + r"\s*", " đạt ")
SERVICES_PROVIDED_NEAR = cue(r"cung cấp|trực tuyến", "cung cấp ")
# `Về dịch vụ công trực tuyến mức độ 3, ...`, `Còn đối với dịch vụ công mức độ 4, ...`: a sentence that opens on the
# services it is about; the services it counts are those
SERVICE_TOPIC = cue(r"\s*(?:còn\s+|riêng\s+)?(?:về|đối với)\s+(?P<topic>dịch vụ công[^,;:]{0,40})[,:]",
                    "Còn đối với dịch vụ công mức độ 4, trên địa bàn tỉnh có")
# `320 dịch vụ mức 3, mức 4`: a grade list that runs past a comma
GRADE_JOIN_END = cue(r"\s*(?:,|(?<!\w)và)\s*$", "mức độ 3 và ", case=True)
GRADE_LIST_AFTER = cue(r"(?:\s*(?:,|và)\s*(?:mức(?: độ)?\s*)?\d(?!\d))+", ", mức 4", case=True)

# --- indices ---------------------------------------------------------------------
INDEX_ALIASES: list[tuple[str, re.Pattern]] = [
    # the 766 index is also named by what it measures: `tiến độ giải quyết TTHC theo thời gian thực trên môi trường
    # điện tử`
    # (`kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính`: the index
    # named by what it measures)
    # (`xếp thứ 6/34 ... về chất lượng phục vụ giải quyết thủ tục hành chính công`, `Bộ chỉ số đánh giá chất lượng
    # phục vụ được tính trên 5 tiêu chí`; the portal that scores it: `Theo số liệu được trích xuất trên Cổng DVC quốc
    # gia, ... tỉnh đạt 82.8 điểm`)
    ("766", cue(r"(?:Bộ chỉ số (?:chỉ đạo, điều hành và đánh giá chất lượng )?phục vụ người dân|"
                r"chỉ số phục vụ người dân|Bộ chỉ số 766|Quyết định (?:số )?766|theo thời gian thực trên môi trường "
                r"điện tử|đánh giá chất lượng phục vụ người dân, doanh nghiệp|Bộ chỉ số đánh giá chất lượng phục vụ|"
                r"chất lượng phục vụ (?:giải quyết|trong giải quyết|trong thực hiện) thủ tục hành chính)",
                "Bộ chỉ số phục vụ người dân, doanh nghiệp")),
    # (`Chỉ số công khai minh bạch đạt 15,61 điểm; tiến độ, kết quả giải quyết hồ sơ đạt 19,63 điểm; dịch vụ công
    # trực tuyến ...`: the 766 index named by its parts, listed in their order)
    ("766", cue(r"công khai,? minh bạch[^.]{0,120}?tiến độ[^.]{0,200}?(?:trực tuyến|thanh toán|số hóa)",
                "công khai, minh bạch đạt 16 điểm; tiến độ giải quyết đạt 19 điểm; dịch vụ công trực tuyến")),
    # (written out so that each branch holds a long literal: the cue is then tried only on texts naming the portal)
    ("766", cue(r"trích xuất trên Cổng DVC quốc gia|trích xuất trên Cổng dịch vụ công quốc gia|"
                r"Cổng DVC quốc gia đánh giá|Cổng dịch vụ công quốc gia đánh giá",
                "Theo số liệu được trích xuất trên Cổng DVC quốc gia")),
    # (`xếp thứ 3/63 về mức độ hài lòng đối với sự phục vụ của cơ quan hành chính năm 2022`: the index named by what
    # it measures; not `tỷ lệ hài lòng ...`, a province's own survey)
    ("SIPAS", cue(r"(?:SIPAS|Chỉ số hài lòng|chỉ số đo lường sự hài lòng|"
                  r"(?<!tỷ lệ )(?<!tỉ lệ )mức độ hài lòng (?:của người dân(?:,? tổ chức)? )?đối với sự phục vụ của "
                  r"(?:các )?cơ quan hành chính)",
                  "Chỉ số hài lòng về sự phục vụ hành chính")),
    # (`Chỉ số quản trị hành chính công xếp thứ 17`: the name shortened)
    ("PAPI", cue(r"(?:PAPI|Chỉ số (?:hiệu quả )?quản trị (?:và )?hành chính công)", "chỉ số PAPI")),
    ("DDCI", cue(r"(?:DDCI|năng lực cạnh tranh cấp sở)", "Bộ chỉ số DDCI")),
    ("PCI", cue(r"(?:PCI|năng lực cạnh tranh cấp tỉnh)", "Chỉ số năng lực cạnh tranh cấp tỉnh")),
    # (`kết quả xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2020`, `công bố kết quả chuyển đổi số năm 2022`)
    # (`xếp thứ 8/63 tỉnh, thành phố trong cả nước về chuyển đổi số năm 2021`: a place in it)
    # (`Đà Nẵng dẫn đầu về chỉ số CĐS năm 2021`: the abbreviation; `chỉ số đánh giá chuyển đổi số của tỉnh`)
    ("DTI", cue(r"(?:DTI|chỉ số (?:đánh giá )?chuyển đổi số|chỉ số CĐS|chuyển đổi số cấp tỉnh|xếp hạng chuyển đổi số|"
                r"(?:kết quả|đánh giá) chuyển đổi số(?= năm| cấp)|"
                r"(?:xếp|đứng) (?:hạng |thứ |vị trí )[^.;]{0,60}? về chuyển đổi số)",
                "Chỉ số chuyển đổi số cấp tỉnh")),
    # (`xếp thứ 3 ... về kết quả xếp hạng thực hiện các nhiệm vụ cải cách hành chính`: the ranking the index makes)
    ("PAR", cue(r"(?:PAR[ -]?INDEX|chỉ số (?:\w+\s+){0,2}CCHC|chỉ số cải cách hành chính|"
                r"xếp hạng (?:kết quả )?(?:thực hiện (?:các )?nhiệm vụ |công tác )?(?:cải cách hành chính|CCHC))",
                "Chỉ số trung bình CCHC")),
]
# other rankings: the green index, innovation, ICT readiness, the UN e-government ranking of countries
# words one of which every index alias and other index contains: a sentence without any is not scanned for them
INDEX_WORD_ANY = cue(r"chỉ số|PAR|SIPAS|PAPI|PCI|DTI|DDCI|766|thời gian thực|năng lực cạnh tranh|chuyển đổi số|PGI|ICT|"
                     r"đổi mới sáng tạo|sẵn sàng|Chính phủ điện tử|Liên hợp quốc|EGDI|chất lượng phục vụ|"
                     r"mức độ hài lòng|xếp hạng", "Chỉ số PAPI")
NON_REFORM_INDEX = cue(r"(?:PGI|chỉ số xanh|chỉ số PII|đổi mới sáng tạo|chỉ số giá|ICT[ -]?INDEX|"
                       r"sẵn sàng (?:cho )?ứng dụng|xếp hạng Chính phủ điện tử|Liên hợp quốc đánh giá|EGDI)",
                       "chỉ số xếp hạng Chính phủ điện tử do Liên hợp quốc đánh giá")
# Economic results (investment, money, growth) share the words of rankings (`dẫn đầu`, `tăng 189%`) but are no index
# facts: `kinh tế Cà Mau tiếp tục tăng trưởng nhanh, đứng thứ 3 khu vực ... và thứ 16 cả nước`
ECONOMIC_TOPIC = cue(r"(?:FDI|vốn đầu tư|thu hút đầu tư|USD|tỷ đồng|GRDP|xuất khẩu|thu ngân sách|tăng trưởng kinh tế|"
                     r"kinh tế [^,.;]{0,30}?tăng trưởng)", "thu hút vốn FDI")
# a place in a ranking (a bare `vị trí` after a verb or `với` names one too: `áp chót với vị trí 62`, `đạt vị trí 22`,
# `Từ vị trí 63 của năm 2020`)
RANK = cue(r"(?:xếp(?: ở)?(?: vị trí)?(?: thứ| hạng)+(?: thứ)?|đứng(?: ở)?(?: vị trí)?(?: thứ)?|"
           r"vị trí (?:cao )?(?:thứ|số)|(?:với|đạt|giữ|ở|từ|xếp) vị trí|vị thứ|"
           r"(?<!thăng )(?<!tăng )(?<!tụt )(?<!lên )(?<!giảm )hạng|^\s*thứ)\s*$",
           "tỉnh xếp thứ ")
# `- Tỷ lệ TTHC công bố đúng hạn: 73,91%`: an indicator of the 766 index on the procedures themselves (published or
# updated on time), no share of dossiers
PROCEDURES_INDICATOR_OF_766_BEFORE = cue(r"(?P<name>Tỷ lệ (?:TTHC|thủ tục hành chính) (?:được )?(?:công bố|cập nhật|"
                                         r"công khai)[^:;%\d]{0,60}?)\s*:?\s*(?:đạt\s+|là\s+)?$",
                                         "Tỷ lệ TTHC công bố đúng hạn: ")
# `thứ 2 và thứ 3`: the near words of the second of two places joined
PLACES_JOINED = cue(r"\s*(?:và|,)\s*thứ\s*", " và thứ ")
# (not `nằm trong tốp dẫn đầu cả nước`, `nhóm dẫn đầu`: the leading group, no first place)
RANK_FIRST = cue(r"(?:(?<!tốp )(?<!top )(?<!nhóm )dẫn đầu|đứng đầu|quán quân|vị trí số 1|vị trí đầu tiên|ngôi đầu|"
                 r"ngôi vị đầu bảng)",
                 "tỉnh dẫn đầu cả nước")
# `dẫn đầu cả nước ở 3 tiêu chí: ...`, `dẫn đầu ở tiêu chí Quản trị môi trường`: a first place in parts of the index,
# not in the index
FIRST_IN_PARTS_AFTER = cue(r"^\s*(?:cả nước|toàn quốc)?\s*(?:ở|về)\s+(?:cả\s+)?(?:\d+\s+|các\s+)?"
                           r"(?:tiêu chí|nội dung|lĩnh vực|chỉ số thành phần|trụ cột)(?!\w)",
                           " cả nước ở 3 tiêu chí")
# `người đứng đầu`, `6 lần dẫn đầu`, `nhóm 10 tỉnh dẫn đầu`, `đơn vị đứng đầu` (unnamed), `từng nhiều năm dẫn đầu` (a
# past first place): no rank 1 of the province;
# ministries (`Bộ Tài chính dẫn đầu`, `khối bộ`) and groups (`các tỉnh đứng đầu`, `5 đơn vị dẫn đầu`; not a year before
# a province: `SIPAS năm 2019 tỉnh Quảng Ninh ... vươn lên vị trí dẫn đầu`) are no province's first place
NOT_FIRST_PLACE_BEFORE = cue(r"(?:(?:người|lần|nhóm[^,;]{0,40}|top[^,;]{0,20}|tiếp theo[^,;]{0,40}|(?-i:Bộ) này|"
                             r"(?<!là )(?<!\w)đơn vị|"
                             r"(?<!\w)từng[^,;.]{0,40}?)\s*|"
                             r"(?:(?<!\w)(?-i:Bộ)\s+(?-i:[A-ZĐ])|khối bộ|cấp bộ|(?<!trong số )các tỉnh|"
                             r"(?<!trong số )(?<!\w)(?!(?:19|20)\d\d\s)\d+\s+(?:đơn vị|tỉnh|"
                             r"địa phương|bộ))"
                             r"[^.;]{0,45})$", "Ở khối bộ, ngành, Bộ Tài chính vươn lên ")
# `“Xây dựng chính quyền số” tiếp tục dẫn đầu`: a field named in quotes holds the first place, not the province
QUOTED_SUBJECT_BEFORE = cue(r"(?<=\S)[”\"]\s*(?:\w+\s+){0,2}$", "lĩnh vực “Cải cách thể chế” tiếp tục ")
_REGION = r"(?:khu vực|vùng|miền|(?-i:ĐBSCL)|đồng bằng sông|Tây Nguyên|Tây Bắc|Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|" \
          r"Bắc Trung Bộ|Nam Trung Bộ|duyên hải)"
# (`xếp thứ 5 trong 6 tỉnh Bắc Trung Bộ`: a place among fewer provinces than the country's; `thứ 3 trong các tỉnh
# Bắc Trung Bộ`: among a region's)
# (`Xếp thứ 2 toàn tỉnh`: a place within the province, a district's)
REGIONAL = cue(r"^\s*(?:khu vực|vùng|miền|các tỉnh|nhóm|top|tốp|trong khu vực|của khu vực|toàn tỉnh|trong tỉnh|"
               r"trong (?:số )?(?!(?:63|62|61|34)(?!\d))\d{1,2} (?:tỉnh|địa phương)|"
               rf"trong (?:số )?các tỉnh(?:,? thành(?: phố)?)?\s+{_REGION})", " khu vực Tây Nguyên")
# `đứng đầu ĐBSCL`, `dẫn đầu miền Trung`: a first place within a region, named by its group or its own name (or
# within the province: `đơn vị dẫn đầu toàn tỉnh`, `TP. Tân An dẫn đầu tỉnh Long An`, `đứng đầu bảng xếp hạng khối
# các sở`)
REGIONAL_AFTER_FIRST = cue(rf"\s*(?:các tỉnh|toàn tỉnh|trong tỉnh|(?-i:tỉnh)\s+(?-i:[A-ZĐ])|"
                           rf"(?:bảng xếp hạng\s+)?khối\s+(?:các\s+)?(?:sở|huyện|xã|cơ quan|đơn vị)|{_REGION})",
                           " các tỉnh miền núi")
SEVERAL_INDICES = cue(r"(?:ở|trên) (?:trên )?cả|cả hai", "quán quân ở trên cả 4 bảng xếp hạng")
# `thăng` (rises) begins places' names too (`huyện Thăng Bình đạt 89,16 điểm`), which are no move
_THANG = r"thăng(?!\s+(?:bình|long)(?!\w))"
# a rank moves `tăng`, `thăng`, `lên` (up) or `giảm`, `tụt`, `thụt`, `xuống` (down) so many places
RANK_CHANGE = cue(r"(tăng|giảm|tụt|" + _THANG + r"|thụt|lên|xuống|nhảy(?: vọt)?|vươn lên|cải thiện|vượt|bứt phá)"
                  r"\s*(?:\w+\s+){0,2}$",
                  "nhảy vọt ")
DOWN_WORDS = ("giảm", "tụt", "thụt", "xuống", "thấp hơn")
# `vượt mục tiêu 3,87% so với Nghị quyết số 04`: how far a result passes its target, no change of the index
TARGET_PASSED_BEFORE = cue(r"vượt (?:mục tiêu|chỉ tiêu|kế hoạch)\s*$", "đồng thời vượt mục tiêu ")
# `ở con số 13, có thể tăng 10 bậc`: a move that could have been, no move made
POSSIBLE_CHANGE_BEFORE = cue(r"(?<!\w)có thể\s+(?:\w+\s+){0,3}$", "có thể tăng ")
# a score moves `tăng nhẹ`, `tăng mạnh nhất với`, `có mức tăng thấp nhất là`
# (`cao hơn năm trước 1,38 điểm`: the year compared with, then the amount)
SCORE_CHANGE = cue(r"(tăng|giảm|cao hơn|thấp hơn)\s*(?:nhẹ\s*|thêm\s*|(?:mạnh|cao|nhiều|sâu|thấp|ít) nhất"
                   r"(?:\s+(?:là|với))?\s*|(?:\w+\s+){0,2}(?:là|với)\s*|"
                   r"(?:so với\s+)?(?:năm trước|năm ngoái|kỳ trước|năm \d{4})(?:\s+(?:là|với))?\s*)?$",
                   "tăng mạnh nhất với ")
# `giảm khá sâu (8,12%)`, `tăng mạnh (5 bậc)`: the amount of a change in parentheses after its verb; after a
# comparison with a year, only with a word of degree (`cao hơn năm 2021 không nhiều (0,37 điểm)`): without it
# (`cao hơn năm 2021 (80,08%)`) the value is the year's
CHANGE_THEN_PARENS = cue(r"(tăng|giảm|tụt|" + _THANG + r"|thụt|cao hơn|thấp hơn)"
                         r"(?:(?<!hơn)\s*(?:\w+\s+){0,2}|(?<=hơn)\s*"
                         r"(?:(?:so với\s+)?năm \d{4}\s+)?(?:không nhiều|không đáng kể|đáng kể|một chút|chút ít|"
                         r"(?:khá |rất )?nhiều|nhẹ)\s*)\(\s*$",
                         "cao hơn năm 2021 không nhiều (")
# `tăng cao nhất là Bình Thuận (6,39%)`: the place that moved most, named, with its change in parentheses
SUPERLATIVE_CHANGE_NAMED = cue(r"(tăng|giảm)\s+(?:cao|nhiều|mạnh|sâu|thấp|ít)\s+nhất\s+(?:là|thuộc về)\s+"
                               r"[^,;()]{2,40}?\(\s*$", "tăng cao nhất là Bình Thuận (")
# `(+6,39%)`: a signed change
PLUS_BEFORE = cue(r"\+\s*$", "(+")
# `tăng 0,8 điểm và 3 bậc`: the rank change after a score change
SCORE_THEN_RANK_CHANGE = cue(r"(tăng|giảm)\s*[\d.,]+\s*điểm\s+và\s*$", "tăng 0,8 điểm và ")
# `tăng 29 bậc và 8,06 điểm`: the score change after a rank change
RANK_THEN_SCORE_CHANGE = cue(r"(tăng|giảm|tụt|thăng|thụt|cải thiện)\s*[\d.,]+\s*(?:bậc|hạng)\s*(?:và|,)\s*$",
                             "tăng 29 bậc và ")
# `chỉ số này tăng lên 88,13/100 điểm`: what it rose to, the new value, not the amount of the change
RISE_TO_BEFORE = cue(r"(?:tăng|giảm|nâng)\s+(?:lên|xuống|còn)\s+(?:mức\s+|thành\s+)?$", "tăng lên ")
# `- 06 chỉ tiêu tăng điểm: (1) Tỷ lệ doanh nghiệp ... (từ 16% giảm còn 11%)`: the indicators under a part, counted
# and listed, are survey shares, no index figures
INDICATORS_LISTED = cue(r"\s*[-–+•]?\s*\d+\s+chỉ tiêu\s+(?:tăng|giảm|không đổi|không thay đổi|giữ nguyên)",
                        "- 06 chỉ tiêu tăng điểm")
# `từ X lên Y`, `từ vị trí 53 lên 46`, `từ 41,71 (2021) xuống 41,56 (2022)`: a value before and after
# (`tăng 1 bậc từ bậc 62/63 lên 61/63`, `giảm 5 bậc, từ bậc 56 xuống 61`)
PAIR_FROM_BEFORE = cue(r"(?<!\w)từ\s+(?:(?:vị trí|hạng|thứ hạng|bậc)\s+)?(?:(?:thứ|số)\s+)?$", "tăng từ vị trí thứ ")
PAIR_TO_AFTER = cue(r"\s*(?:\(\s*(?:năm\s+)?\d{4}\s*\)\s*)?(?:lên|xuống)(?!\w)", " (2021) xuống", case=True)
PAIR_TO_BEFORE = cue(r"(?<!\w)(?:lên|xuống)(?:\s+còn)?\s+(?:(?:vị trí|hạng)\s+)?(?:thứ\s+)?$", "lên vị trí thứ ")
# `lên 34 vào năm 2022`: the year the value a pair goes to is of, after it
PAIR_END_YEAR_AFTER = cue(r"\s*(?:điểm\s+)?(?:vào\s+|trong\s+)?năm\s+((?:19|20)\d\d)(?!\d)", " vào năm 2022")
# `từ 54 (năm 2021) lên 34`: the whole number a pair goes to, without a unit (places: at most two digits)
PAIR_BARE_PLACE_AFTER = cue(r"(?:\s+còn)?\s+(\d{1,2})(?![\d%]|[.,]\d|\s*(?:%|điểm))", " 34 vào năm 2022", case=True)
RANK_WORDS = cue(r"vị trí|hạng|(?<!\w)thứ(?!\w)|(?<!\w)bậc(?!\w)", "thứ hạng")
# `41,56 (2022)`: the year a value is of
YEAR_IN_PARENTHESES_AFTER = cue(r"\s*\(\s*(?:năm\s+)?((?:19|20)\d\d)\s*\)", " (2022)", case=True)
# `Chỉ số SIPAS ... là 80,08%; trong đó, mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công là 80,43%`:
# a part of the SIPAS, the satisfaction with one of its matters, named before its share
SIPAS_PART_SHARE_BEFORE = cue(r"(?P<name>(?:mức độ |sự )?hài lòng (?:đối với|về) (?:việc |sự )?[^;:\d]{3,80}?)\s+"
                              r"(?:là|đạt|ở mức)\s*$",
                              "mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công là ")
# `(năm 2021 là 6,88 điểm)`, `so với năm 2022 (80,08%)`: a value of another year in parentheses
PRIOR_VALUE_BEFORE = cue(r"\(\s*(?:năm\s+(?P<year>(?:19|20)\d\d)\s+(?:là|đạt|được)\s*)?$", "(năm 2021 là ")
# a rank or score of a region, not of the province: `thăng 1 bậc trong vùng`, `xếp thứ 2 trong khu vực`
REGIONAL_AFTER = cue(r"^\s*(?:bậc|hạng|điểm)?\s*(?:trong|của|thuộc|tại|ở|so với các tỉnh (?:trong|thuộc))\s+(?:các\s+)?"
                     r"(?:vùng|khu vực|nhóm)",
                     " bậc trong vùng")
# the scope a ranking names after its figures: `trong cả nước` or `trong vùng`
SCOPE_AFTER = cue(r"(?:trong|của|toàn) (?:(?P<region>vùng|khu vực)|cả nước|toàn quốc|quốc)|"
                  r"(?<!\w)(?:cả nước|toàn quốc)",
                  " lên thứ 4 trong vùng")
# an item ends at a stop, `và`, `nhưng`, or the parenthesis it stands in (`(giảm 19 bậc), xếp thứ 4 của khu vực`)
ITEM_END = cue(r"[;.)]|\s(?:và|nhưng)\s", " và tăng", case=True)
# the six socio-economic regions are named without `vùng` too (`Xếp vị trí thứ 4 là Bắc Trung Bộ và Duyên hải miền
# Trung`)
_REGION_NAME = r"(?-i:Bắc Trung Bộ|Nam Trung Bộ|Đông Nam Bộ|Tây Nguyên|Đồng bằng sông (?:Hồng|Cửu Long)|Trung du)"
SCORE_WITH_BEFORE = cue(r"(?<!\w)với\s*$", " với ")
REGION_WORD = cue(r"(?<!\w)(?:vùng|khu vực(?! công))(?!\w)|" + _REGION_NAME, "vùng Đông Nam Bộ")
# the most provinces a region ranks (the Mekong delta's 13, the northern midlands and mountains' 14): a place after it
# (`Nhóm rất thấp ở khu vực này gồm các tỉnh: Bạc Liêu đứng hạng 59`) is a national one
LARGEST_REGION = 14
# `xếp hạng 3/13 tỉnh`: a rank out of fewer provinces than the country has is a region's
# `chỉ duy trì ở vị trí thứ 20 đến 28/63`: the ranks a province moved between over years, a span and no rank
RANK_SPAN_AFTER = cue(r"\s*(?:đến|tới|[-–])\s*(?:thứ\s+|vị trí\s+)?\d", " đến 28", case=True)
RANK_OF_PROVINCES = cue(r"^\s*(?:tỉnh|địa phương|huyện|quận|thị xã|xã|phường|sở|cơ quan|đơn vị)(?!\w)", " huyện")
# `xếp hạng 63 tỉnh, thành phố`: how many are ranked, not a place
# (`bảng xếp hạng 10 đơn vị tỉnh thành dẫn đầu`: the units a ranking shows)
RANKED_COUNT_AFTER = cue(r"^\s*(?:tỉnh|địa phương|bộ|cơ quan|quốc gia|đơn vị)(?!\s+(?-i:[A-ZĐ]))", " tỉnh, thành phố")
NATIONAL_RANK_OF = (63, 62, 61, 34)
# `xếp thứ 3 trong số 10 phường`, `đứng thứ 5 trên 18 huyện`: a place among a district's wards or a province's districts
RANK_AMONG_UNITS_AFTER = cue(r"\s*(?:trong số|trên|trong)\s+(?P<of>\d{1,2})\s+(?:phường|xã|huyện|quận|thị xã|sở|"
                             r"đơn vị|cơ quan|địa phương cấp)(?!\w)", " trong số 10 phường")
# `đứng thứ 8/10 huyện, thị xã, thành phố trên địa bàn tỉnh (tăng 5,79%, tăng 02 bậc`: a place among a province's own
RANK_AMONG_FEW_BEFORE = cue(r"(?:thứ|hạng)\s*\d{1,2}\s*/\s*(?P<of>\d{1,2})\s+(?:tỉnh|huyện|quận|thị xã|xã|phường|sở|"
                            r"đơn vị)(?!\w)", "đứng thứ 8/10 huyện", case=True)
# `xếp trên các tỉnh: Lâm Đồng (46/63)`, `(Kon Tum: xếp thứ 43; Lâm Đồng: 46)`: a name with its place right after it
NAME_THEN_PLACE = cue(r"^\s*(?:\(|:)\s*$", " (", case=True)
# ... and nothing after the place but the end of its item (`Lâm Đồng: 46 điểm` is a score)
PLACE_ITEM_END = cue(r"^\s*(?:[);,.]|$)", "; Gia Lai: 58", case=True)
# indices that rank the bodies inside one province: their ranks are no national ranks (the issue's rule)
RANKS_WITHIN_A_PROVINCE = ("DDCI",)
# the full scale of an index's total score (`PAPI ... đạt 40,42/80 điểm`); a share of another scale is a criterion's
FULL_SCALE = {"PAPI": 80}
# no index scores a province above 100 (PAR, SIPAS, PCI, 766, DDCI: 100; PAPI: 80; DTI: 1): `Chính phủ số (400 điểm)`
# is a pillar's weight in a thousand-point scale
HIGHEST_SCORE = 100
# `tỉnh Quảng Trị đạt 42.394 điểm`: a score written with a decimal dot, read as thousands it is over every scale; a
# round thousand (`1.000 điểm`) is a scale's size
DOT_DECIMAL_SCORE = cue(r"\d{1,2}\.(?!000)\d{3}", "42.394", case=True)
# `xếp 25/63`, `xếp vị trí 61/63`: a place in the national ranking written with its field size only
RANK_OF_FIELD_BEFORE = cue(r"(?:xếp|vị trí|vị thứ)\s*$", "Phú Yên xếp ")
# `A, B và C lần lượt xếp thứ 2, 3 và 4`: values in the order of the names before
RESPECTIVELY = cue(r"lần lượt", "lần lượt xếp thứ")
# `Vị trí thứ 4 và thứ 5 ... lần lượt thuộc về thành phố Hải Phòng và tỉnh Long An`: places listed before their holders
HOLDERS_RESPECTIVELY_AFTER = cue(r"lần lượt\s+(?:là|thuộc về)\s", " lần lượt thuộc về ")
# ... or `lần lượt` opening the clause and the names after a plain `là`
RESPECTIVELY_OPENS = cue(r"\s*lần lượt\s", "Lần lượt đứng ở vị trí thứ 3 và thứ 4")
HOLDERS_AFTER = cue(r"(?<!\w)(?:là|thuộc về)\s(?=\s*(?:tỉnh |thành phố |TP\.?\s?)?(?-i:[A-ZĐ]))", " là Long An")
PLACE_LISTED = cue(r"(?<!\w)thứ\s+(\d{1,2})(?!\d)", "thứ 4", case=True)
# `Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7`: names, a place word and as many places, without `lần lượt`
PLACES_OF_NAMES = cue(r"(?:giữ|xếp|đứng)(?: ở)?(?: các)?(?: vị trí| hạng)(?: thứ)?|xếp thứ|đứng thứ",
                      "Thanh Hóa, Điện Biên giữ vị trí thứ ")
LIST_JOIN_BEFORE = cue(r"^\s*(?:,|và)\s*$", " và ")
# names of a list joined in either language (`A, B và C`, `A, B, and C`)
NAMES_JOIN = cue(r"^\s*(?:,|và|,?\s*and)\s*$", ", and ")
# a list of names opens a sentence or follows a lead ending in a comma or colon (`According to the results, A, B`)
NAMES_LEAD = cue(r"(?:^|[,:]\s*)$", "According to this year's PCI results, ")
# `với điểm số lần lượt là 52,08; 48,01 và 40,32`: bare scores of a list go on after `,`, `;` or `và`, each with nothing
# after it but the next join or the sentence's end
SCORE_LIST_JOIN = cue(r"\s*(?:[,;]|và)\s*", "; ", case=True)
BARE_ITEM_END = cue(r"\s*(?:[,;)]|và(?!\w)|\.?\s*$)", " và ", case=True)
# `tiếp theo là A, B, C`: the names after rank N are ranks N+1, N+2, ...
# (`Đà Nẵng xếp vị trí đầu tiên ... Sau đó là Hải Phòng, Đồng Nai, Thừa Thiên Huế`: `sau đó là`, then come)
ORDER_NEXT = cue(r"(?:tiếp theo(?: đó)?(?: lần lượt)?(?: là)?|theo sau là|tiếp (?:đến|đó)(?: lần lượt)? là|"
                 r"(?<!\w)sau đó(?: lần lượt)? là|"
                 r"kế (?:đến|tiếp)(?: đó)?(?: là)?|"
                 r"(?:xếp|đứng) (?:ngay )?sau(?: đó)?(?: lần lượt)?(?: là)|"
                 r"vị trí (?:sau|tiếp theo)(?: đó)?(?: vẫn)?(?: lần lượt)?(?: thuộc về| là)|"
                 # (`Sau Đà Nẵng là Thừa Thiên Huế, Bắc Ninh`: after the name just ranked)
                 r"(?<!\w)sau (?P<after>(?:tỉnh |thành phố |TP\.\s?)?(?-i:[A-ZĐ])[^,;.\d]{1,25}?) (?:lần lượt )?là"
                 r"(?= (?:tỉnh |thành phố |TP)?(?-i:[A-ZĐ])))",
                 "Các tỉnh xếp sau đó lần lượt là")
# `Nhóm các địa phương tiếp theo là A, B, C`: the next group, named with no order among them
# `...; và Thủ tục hành chính công (...)`: the word joining the last item of a list to the others
LAST_ITEM_JOIN = cue(r"^(?:và|hoặc)\s+", "và Thủ tục hành chính công")
# `(năm 2022: 4,8389; năm 2023: 5,3089)`: a value labelled by its year
YEAR_LABEL_BEFORE = cue(r"(?:^\s*|[(;,]\s*)năm\s+((?:19|20)\d\d)\s*:\s*$", "(năm 2022: ")
# `đứng thứ 1/63 (đạt 88,90%)`: a score in parentheses right after a place
SCORE_AFTER_PLACE_BETWEEN = cue(r"\s*\(\s*(?:đạt|với)?\s*", " (đạt ")
# `xếp thứ 5 Chỉ số SIPAS`: an index named right after a place
INDEX_RIGHT_AFTER = cue(r"\s*(?:Chỉ số|PAR[ -]?INDEX|SIPAS|PAPI|PCI|DTI)(?!\w)", " Chỉ số SIPAS", case=True)
INDEX_RIGHT_AFTER_REACH = 40   # characters after the place in which its index's name is read
# `từ vị trí thứ 2 của năm ngoái`: a figure of the year before
LAST_YEAR_AFTER = cue(r"\s*(?:của\s+|trong\s+)?năm (?:ngoái|trước)(?!\w)", " của năm ngoái")
# `... tiếp theo trong nhóm 10 tỉnh đứng đầu PCI 2018 bao gồm Bình Dương, ...`: the words that open a list of names
NAMES_OPENER = cue(r"(?:bao gồm|gồm|là)\s*:?\s*(?=(?-i:[A-ZĐ]))", " bao gồm Bình Dương")
GROUP_BEFORE_ORDER = cue(r"(?<!\w)nhóm(?:\s+[^\s,;.]+){0,4}\s*$", "Nhóm các địa phương ")
# `3 vị trí dẫn đầu Chỉ số SIPAS năm 2023 lần lượt thuộc về A, B và C`: the names take the first places in order
# (`5 địa phương lần lượt đứng đầu bảng là: A, B, ...`: the places named by their holders)
# (`10 tỉnh, thành có PCI dẫn đầu bảng xếp hạng theo thứ tự là: A, B, ...`)
TOP_PLACES_IN_ORDER = cue(r"(?:\d|ba|năm)\s+(?:vị trí (?:dẫn đầu|đầu tiên|cao nhất)[^.;]{0,60}?"
                          r"lần lượt (?:thuộc về|là)|"
                          r"(?:địa phương|tỉnh(?:, thành(?: phố)?)?) lần lượt (?:đứng|dẫn) đầu[^.;:]{0,30}?là|"
                          r"(?:địa phương|tỉnh(?:, thành(?: phố)?)?)[^.;:]{0,40}?(?:dẫn đầu|đứng đầu|cao nhất)"
                          r"[^.;:]{0,30}?theo thứ tự(?: là)?)",
                          "3 vị trí dẫn đầu Chỉ số SIPAS năm 2023 lần lượt thuộc về")
# `Quảng Ninh, Bắc Giang, Hải Phòng và Đồng Tháp lần lượt là các địa phương có chất lượng điều hành ... được đánh giá
# cao nhất`: the names before the cue, listed from the sentence's start, take the first places in order
# (`... lần lượt là các địa phương có chất lượng điều hành kinh tế được đánh giá cao trong bảng xếp hạng`)
TOP_PLACES_NAMED_BEFORE = cue(r"lần lượt là (?:các|những) (?:địa phương|tỉnh(?:, thành(?: phố)?)?)[^.;]{0,120}?"
                              r"(?:cao nhất|dẫn đầu|đứng đầu|tốt nhất|cao trong bảng xếp hạng)",
                              "lần lượt là các địa phương có chất lượng điều hành được đánh giá cao nhất")
# `giữ vững vị trí số 2 toàn quốc, sau Hải Phòng`: the places named after `sau` are ahead of the figure's holder
# (the development gold gives them no rank: `sau` is no order cue)
BEHIND = cue(r"(?<!\w)(?:xếp |đứng )?(?:chỉ )?sau(?!\w)", ", sau Hải Phòng")
# (a list ends at a stop, not at the dot of `TP.HCM`)
ORDER_END = cue(r";|(?<!TP)\.|(?<!\w)(?:trong nhóm|nhóm|thuộc nhóm)(?!\w)", "trong nhóm 10 tỉnh")
RANK_SECOND = cue(r"(?<!\w)á quân(?!\w)", "á quân")
# `chỉ số gia nhập thị trường đạt 7,37`, `nhóm chỉ số công khai minh bạch`, `trụ cột kinh tế số`: a named part
COMPONENT_NAMED = cue(r"(?:(?:nhóm )?chỉ số(?: thành phần| nội dung)?|trụ cột|lĩnh vực)\s+"
                      r"(?-i:(?:[a-zà-ỹđ ,]{0,40}?\snhư\s+)?(?P<name>[a-zà-ỹđ][a-zà-ỹđ ,]{2,60}?))\s+"
                      r"(?:đạt|là|được|ở mức|với|(?:tăng|giảm)(?: nhẹ| thêm)?)?\s*$",
                      "nhóm chỉ số công khai minh bạch tăng ")
RANK_CHANGE_UNIT_AFTER = cue(r"\s*(?:\d[\d,.]*\s*điểm\s+và\s+)?(?:thứ\s+)?(?:bậc|hạng)", " bậc", case=True)
# `có 2 đơn vị bị giảm 6 bậc xếp hạng`: units or agencies moving in a province's own ranking, not the province
UNITS_MOVED_BEFORE = cue(r"(?<!\w)(?:đơn vị|cơ quan)\s+(?:bị\s+|được\s+)?(?:tăng|giảm|tụt)\s*$", " đơn vị bị giảm ")
# `đạt 6,60 điểm (điểm số trung bình của cả nước 6,75`: the country's mean, in parentheses after a score
MEAN_IN_PARENS_BEFORE = cue(r"\s*(?:điểm\s*)?\(\s*(?:(?:điểm|điểm số|mức|chỉ số)\s+)?(?:trung bình|bình quân|trung vị)"
                            r"(?:\s+(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|các tỉnh))?\s*(?:là|:)?\s*",
                            " điểm (điểm số trung bình của cả nước ")
# `từ vị trí thứ 7 lên vị trí thứ 5`: the first figure was the rank before
RANK_FROM_BEFORE = cue(r"(?<!\w)từ\s+(?:vị trí|hạng)?\s*(?:thứ)?\s*$", "từ vị trí thứ ")
TO_AFTER = cue(r"\s*(?:lên|xuống)", " lên")
# `so với năm 2021`, also without `với`: `so năm 2018`, `so cùng kỳ`
COMPARED = cue(r"[Ss]o với|(?<!\w)[Ss]o (?=năm|cùng kỳ|kỳ|\d)", "So với năm 2022,", case=True)
# `điểm` is also a place (`điểm cầu`, a meeting's site; `1.600 điểm thu phát sóng`, broadcasting sites)
_POINTS_WORD = r"điểm(?!\s+(?:cầu|thu phát|phát sóng|giao dịch|bưu điện|truy cập))"
INDEX_WORDS = cue(r"xếp|đứng|" + _POINTS_WORD + "|hạng", "xếp hạng")
RANKING_WORDS = cue(r"xếp|đứng|dẫn đầu|quán quân|vị trí|thứ hạng", "đứng thứ")
# `Với kết quả 90,23%, tỉnh ... giữ vững vị trí số 2`: the result of the index under discussion, named sentences before
INDEX_RESULT_BEFORE = cue(r"(?:với|đạt) kết quả(?: là| đạt)?\s*:?\s*$", "Với kết quả ")
# `Dẫn đầu khối sở là Thanh tra tỉnh với 96,86%`, `UBND huyện X đứng đầu khối UBND cấp huyện, đạt chỉ số 91,04%`: the
# score of the body leading a group of the province's bodies, in the index under discussion
LEADS_A_GROUP_BEFORE = cue(r"(?:dẫn đầu|đứng đầu)\s+khối\s[^;]{0,80}?(?:với|đạt)(?:\s+chỉ số)?\s*$",
                           "Dẫn đầu khối sở là Thanh tra tỉnh với ")
POINTS = cue(r"^\s*(?:/\s*100\s*)?" + _POINTS_WORD, " điểm")
POINTS_OR_END = cue(r"\s*(?:điểm|$)", " điểm", case=True)
POINTS_OUT_OF = cue(r"\s*điểm\s*/\s*(\d+(?:[.,]\d+)?)", " điểm/10", case=True)
TOTAL_POINTS_BEFORE = cue(r"(?:(?:tổng điểm|điểm số)[^,;]*?(?:là|đạt|bình quân)|"
                          r"(?:với|có|đạt) (?:tổng (?:số )?điểm|(?:tổng )?điểm số|số điểm|điểm tổng hợp))\s*:?\s*$",
                          "Với điểm số ")
IS_BEFORE = cue(r"(?:là|đạt)\s*:?\s*$", "chỉ số thành phần này đạt ", case=True)
# (`giảm còn 82,50%`: the value it fell to)
REACHES_BEFORE = cue(r"(?:đạt|là|ở mức|với|[Vv]ới kết quả|(?:tăng|giảm) (?:lên|xuống|còn))\s*:?\s*$",
                     "(SIPAS 2023) ở mức ", case=True)
# `chỉ số tổng hợp đạt 47,88`, `đứng cuối cùng với 38,80`: a score written without `điểm`
# (`chỉ số ... chuyển đổi số của tỉnh đạt giá trị 0,3504`: the DTI's value)
SCORE_BEFORE = cue(r"(?:đạt|là|với|được)(?: giá trị)?\s*:?\s*$", "đứng cuối cùng với ", case=True)
NOT_INDEX_PERCENT = cue(r"tỷ lệ|hồ sơ|thủ tục", "tỷ lệ hồ sơ")
# The 766 index's parts, each on its own scale of points (Quyết định 766/QĐ-TTg): a score on one of these scales
# next to the part's words, in a text naming no index (`mức độ hài lòng được chấm điểm 17,94/18 điểm`), is that part's
PARTS_OF_766_BY_SCALE = {
    18: (("mức độ hài lòng", cue(r"hài lòng", "mức độ hài lòng")),
         ("công khai, minh bạch", cue(r"công khai|minh bạch", "công khai, minh bạch"))),
    20: (("tiến độ giải quyết", cue(r"tiến độ", "tiến độ giải quyết")),),
    # (the online services' part also as `Tỷ lệ hồ sơ nộp trực tuyến đạt 8,1/12 điểm`)
    12: (("dịch vụ công trực tuyến", cue(r"trực tuyến|DVCTT", "dịch vụ công trực tuyến")),),
    10: (("thanh toán trực tuyến", cue(r"thanh toán", "thanh toán trực tuyến")),),
    22: (("số hóa hồ sơ", cue(r"số hóa|số hoá", "số hóa hồ sơ")),),
}
# `17,94/18 điểm, đạt 99,66%`, `11,0/18 điểm ... (tương đương 61,11%)`: the share the part's score is of its scale
PART_SHARE_BETWEEN = cue(r"\s*(?:điểm\s*)?(?:[^,;()\d]{0,30}?)?[,(]?\s*" + _SHARE_VERB + r"\s*", " điểm, đạt ")
# `Chỉ số SIPAS đạt tỷ lệ 89,13%`: the share an index named right before reaches is its result
INDEX_REACHES_SHARE_BEFORE = cue(r"(?:đạt|là|ở mức)\s+(?:tỷ lệ|tỉ lệ)\s*:?\s*$", "Chỉ số SIPAS đạt tỷ lệ ")
# ... and a plan's floor for it (`Mục tiêu ...: Chỉ số SIPAS năm 2023 đạt từ 85% trở lên`; of results, a floor is a
# class's threshold: `Nhóm I có chỉ số CCHC đạt từ 90% trở lên`)
INDEX_FLOOR_BEFORE = cue(r"(?:đạt|là|ở mức)\s+(?:từ|trên|tối thiểu|ít nhất)\s*$", "Chỉ số SIPAS đạt từ ")
PAPERS_WORDS = cue(r"hồ sơ|thủ tục|dịch vụ", "tỷ lệ hồ sơ")
# `sở Nội vụ đạt 93,95 điểm, tỷ lệ chỉ số đạt 95,27%`, `Đức Linh (tỷ lệ chỉ số 89,33%)`: the index as a share of its
# maximum (a province's ranking of its bodies gives both)
INDEX_RATIO_BEFORE = cue(r"tỷ lệ chỉ số\s*(?:đạt|là)?\s*:?\s*$", "tỷ lệ chỉ số đạt ")
MAXIMUM_POINTS = cue(r"(?:điểm tối đa|tối đa là|thang điểm|trên tổng(?: số)? điểm|tổng điểm tối đa)[^,;]{0,40}$",
                     "điểm tối đa của tiêu chí là ")
# The PAR Index gives people's satisfaction (SIPAS, itself a share) up to 10 of its points: `Điểm Chỉ số hài lòng về
# sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 8,15/10 điểm` is that part of the PAR Index; its name
SIPAS_POINTS_IN_PAR = 10
SIPAS_PART_NAME_BEFORE = cue(r"(?:điểm\s+)?(?P<name>chỉ số (?:sự )?hài lòng[^:;]*?)\s*(?:đạt|là|được|:)*\s*$",
                             "Điểm Chỉ số hài lòng của người dân (SIPAS) đạt ")
# An index's scheme split into its points: `tổng điểm đánh giá là 100 điểm, trong đó 68 điểm đánh giá kết quả, 32 điểm
# đánh giá tác động`: the total, then the points each part is given (a result names its part first: `trong đó điểm
# thẩm định đạt 57,5`)
SCHEME_TOTAL_BEFORE = cue(r"tổng(?: số)? điểm(?: đánh giá)?\s+(?:là|bằng)\s*$", "tổng điểm đánh giá là ")
SCHEME_SPLIT_AFTER = cue(r"\s*điểm\s*,?\s*trong đó\s*[,:]?\s*\d", " điểm, trong đó, 6")
SCHEME_PART_AFTER = cue(r"\s*điểm\s+(?:để\s+|dùng để\s+|dành cho\s+)?đánh giá(?!\w)", " điểm đánh giá kết quả")
SCHEME_PART_BEFORE = cue(r"(?:trong đó|[,;])\s*$", "trong đó ")
# (`CSTP Tiếp cận đất đai`: chỉ số thành phần abbreviated)
# (`Ở trụ cột Chính quyền số, Thái Nguyên xếp thứ 3 toàn quốc`: a clause about one pillar)
COMPONENT = cue(r"chỉ số thành phần|(?<!\w)CSTP(?!\w)|lĩnh vực thành phần|tiêu chí thành phần|hạng mục thành phần|"
                r"trong (?:các|\d+) trụ cột|(?:^|(?<=\s))(?:ở|về|đối với) trụ cột", "Trong 3 trụ cột đánh giá tác động")
# `Kết quả, địa phương giành vị trí á quân`: a first or second place held by the province just discussed
REFERRING_SUBJECT = cue(r"(?:^|,)\s*(?:địa phương|tỉnh|thành phố)(?: này)?\s+(?:\w+\s+){0,3}$",
                        "Kết quả, địa phương giành vị trí ")
# `đánh giá cao tỉnh về những khía cạnh như ... (xếp thứ 2/62); ... (xếp thứ 4/63)`: the aspects' own ranks
ASPECTS_BEFORE = cue(r"(?:những|các|\d+) khía cạnh", "đánh giá cao tỉnh về những khía cạnh như")
# `cao hơn 9 điểm so với địa phương có điểm số thấp nhất`, `cao hơn 1,40% so với chỉ số trung bình chung các tỉnh`:
# a gap to another place or to the mean, not a change of the index over time
# (also `cao hơn 1,4% chỉ số trung bình chung của các tỉnh`, without `so với`)
GAP_TO_OTHERS_AFTER = cue(r"\s*(?:%\s*|điểm\s*)?(?:so với (?:(?:mức|chỉ số|điểm)\s+){0,2}(?:địa phương|tỉnh|thành phố|"
                          r"bình quân|trung bình|trung vị|các tỉnh|cả nước|đơn vị)|"
                          r"(?:(?:mức|chỉ số|điểm)\s+){1,2}(?:bình quân|trung bình|trung vị))",
                          " điểm so với địa phương có điểm số thấp nhất")
# `cao hơn trung bình cả nước 0,99 điểm`: the amount of a gap to the mean, written right after it
GAP_AMOUNT_BEFORE = cue(r"(?:cao|thấp) hơn\s+(?:(?:mức|chỉ số|điểm)\s+){0,2}(?:trung bình|trung vị|bình quân)"
                        r"(?:\s+chung)?(?:\s+của)?(?:\s+(?:cả nước|toàn quốc|các tỉnh))?\s*$",
                        "cao hơn trung bình cả nước ")
# `Hải Phòng đạt 91,98 điểm (kém 0,39 điểm)`: how far behind the leader, no score; `Ba đơn vị dẫn đầu đều đạt trên 94
# điểm`: a floor the leading units share, no unit's score; `mới đạt 70,1% điểm tối đa`: a share of a part's maximum
BEHIND_OR_SHARED_BEFORE = cue(r"(?:(?<!\w)(?:kém|thua)\s+(?:(?:tỉnh|địa phương|đơn vị) (?:dẫn đầu|đứng đầu)\s+)?|"
                              r"(?<!\w)(?:\d+|hai|ba|bốn|năm|các)\s+(?:đơn vị|sở|huyện|xã|cơ quan|địa phương)"
                              r"[^,;.\d]{0,30}?\s+đều\s+đạt(?:\s+(?:trên|từ|dưới))?\s*)$",
                              "Hải Phòng đạt 91,98 điểm (kém ")
SHARE_OF_THE_MAXIMUM_AFTER = cue(r"\s*(?:số\s+)?điểm tối đa", " điểm tối đa")
# `chênh lệch của đơn vị đứng đầu và đơn vị đứng cuối là 0,81 điểm`: a gap between two places, no place's score
GAP_BETWEEN_BEFORE = cue(r"(?<!\w)(?:chênh lệch|khoảng cách)(?!\s+(?:không|rất))[^,;]{0,80}?(?:là|khoảng|chỉ|gần)\s*$",
                         "chênh lệch của đơn vị đứng đầu và đơn vị đứng cuối bảng xếp hạng là ")
# `Khoảng cách giữa nhóm đầu bảng và nhóm cuối đã thu hẹp đáng kể, hiện chỉ còn 17 điểm`: the gap it narrowed to
GAP_NARROWED_BEFORE = cue(r"(?<!\w)(?:chênh lệch|khoảng cách)[^;.]{0,80}?(?:thu hẹp|nới rộng|rút ngắn)[^;.]{0,30}?"
                          r"(?:còn|xuống)\s*$", "Khoảng cách giữa nhóm đầu và nhóm cuối đã thu hẹp, hiện chỉ còn ")
# `cao hơn tới 47,88 điểm so với đơn vị đứng cuối`: a gap to another place, written before and after the figure
GAP_WORD_BEFORE = cue(r"(?:cao|thấp) hơn(?:\s+(?:tới|gần|khoảng|đến))?\s*$", "cao hơn tới ")
# `điểm số của 11 huyện chạy từ 7,19 điểm đến 8,0 điểm`: the ends of a span of places' scores, no place's score
SPAN_TO_AFTER = cue(r"\s*(?:điểm\s*)?(?:đến|tới|[-–])\s*$", " điểm đến ")
# `Cao (7,8579 - 8,3148 điểm)`: a band of scores written with a dash
DASH_SPAN_AFTER = cue(r"\s*[-–]\s*\d", " - 8", case=True)
# `có điểm số thấp hơn điểm trung vị là 1,22 điểm`: the same gap with the mean named before the figure
GAP_TO_MEAN_BEFORE = cue(r"(?:cao|thấp) hơn\s+(?:(?:mức|chỉ số|điểm)\s+){0,2}(?:trung bình|trung vị|bình quân)"
                         r"[^,;]{0,30}?\s(?:là|khoảng)\s*$", "Tỉnh có điểm thấp hơn điểm trung vị là ")

# `chỉ số thành phần cải cách thủ tục hành chính đạt` -> `cải cách thủ tục hành chính`
# `Điểm do Bộ Nội vụ thẩm định đạt`, `Điểm đánh giá công khai, minh bạch:`: a score card's line names its criterion
# after `điểm` (commas allowed: the name ends at the colon or the verb)
CRITERION_NAME = cue(r"(?:(?:chỉ số thành phần|(?<!\w)CSTP|tiêu chí(?: thành phần)?|lĩnh vực)\s+([^,;:]{3,80}?)\s+"
                     r"(?:đạt|là|được)|"
                     r"(?<!\w)(?:nhóm )?chỉ số về\s+([^;:]{3,80}?)\s+(?:đạt|là|được)|"
                     r"(?<!\w)(?:điểm(?:\s+tiêu chí|\s+đánh giá(?! tác động))?\s+"
                     r"(?!(?:thẩm định|đánh giá tác động|do)(?!\w))([^;:.()]{3,80}?)|"
                     r"(điểm\s+(?:thẩm định|đánh giá tác động|do)(?!\w)[^;:.()]{0,80}?))\s*(?:\s(?:đạt|là)|:)|"
                     # `chỉ số Công khai, minh bạch đạt 13.2/18 điểm`: any name after `chỉ số`, for points on its own
                     # scale (the only place this cue is read)
                     r"(?<!\w)chỉ số\s+(?!(?:thành phần|về)\s)([^;:.()\d%]{3,60}?)(?:\s+(?:đạt|là))?)\s*$",
                     "chỉ số thành phần công khai minh bạch đạt ")
# `điểm công khai, minh bạch là 15,67` or `Chính sách hỗ trợ doanh nghiệp: tăng 1,01` in a breakdown
# (a list item's label may open with its bullet and run long: `+ Mức độ hài lòng đối với việc chính quyền cung cấp
# thông tin, giải thích chính sách dễ tìm, dễ thấy: đạt 80 %`)
COMPONENT_LABEL = cue(r"^\s*(?:[-–+•*]\s*)?(?:trong đó,?\s*)?(?:điểm\s+(?!(?:thẩm định|đánh giá tác động|do)(?!\w)))?"
                      r"([^:;]{3,140}?)\s*"
                      r"(?::\s*(?:tăng|giảm|đạt)?|\s(?:là|đạt))\s*$", "Trong đó, điểm tiếp cận đất đai là ")
# `04 Chỉ số thành phần có tỷ lệ hài lòng tăng`: a count of the index's parts, no score and no change
# (`là 1 trong 8 trục nội dung của Chỉ số PAPI`: one of the parts)
PARTS_COUNTED_AFTER = cue(r"\s*(?:trong\s+\d+\s+)?(?:chỉ số thành phần|tiêu chí(?: thành phần)?|lĩnh vực|trụ cột|"
                          r"(?:trục )?nội dung|chỉ số(?=\s+(?:tăng|giảm)\s+điểm))(?!\w)",
                          " Chỉ số thành phần có tỷ lệ hài lòng tăng")   # (`5 chỉ số giảm điểm`: parts that fell)
# `Tăng 5 đơn vị xếp hạng Tốt`, `giảm 1 đơn vị so với năm 2019`: more or fewer bodies in a class, no change of a score
BODIES_MORE_OR_FEWER_AFTER = cue(r"\s*(?:cơ quan|đơn vị|địa phương)(?!\w)", " đơn vị xếp hạng Tốt")
MORE_OR_FEWER_BEFORE = cue(r"(?:tăng|giảm)(?:\s+thêm)?\s*$", "Tăng ")
# what may follow a place out of the provinces (`1/63 tỉnh, thành`) before the words after it
_OF_PROVINCES = r"\s*(?:tỉnh,?\s*(?:thành(?: phố)?)?\s*)?"
# `Nhận thức số xếp hạng 1/63 (tăng 31 bậc)`: a move in parentheses right after a rank, of the same subject
MOVE_IN_PARENS_BETWEEN = cue(_OF_PROVINCES + r"\(\s*(?:tăng|giảm|tụt|thăng)\s*", " (tăng ")
# `Xếp thứ 9 trong đảm bảo An toàn thông tin mạng`: a rank in a part of the index, named after it
# (`đứng thứ 3 ở trụ cột Chính quyền số`: the pillar's place)
RANK_IN_A_PART_AFTER = cue(_OF_PROVINCES + r"(?:trong|ở(?=\s+trụ cột))\s+"
                           r"(?P<part>(?:(?!\s(?:và|với)\s)[^,;.()]){3,60})", " trong xếp hạng thể chế số")
# `tăng 59 bậc đứng thứ 3`: a rank right after a move, of the same subject
RANK_AFTER_MOVE = cue(r"\s*(?:bậc|hạng)\s*,?\s*(?:và\s+)?(?:đứng|xếp)(?:\s+hạng)?(?:\s+thứ)?\s*", " bậc đứng thứ ")
# `Quản trị điện tử là 1 trong 8 trục nội dung của Chỉ số PAPI`: an article about one part of an index, whose
# figures that name no other part are that part's
PART_OF_INDEX_TOPIC = cue(r"\s*(?P<name>[^,.;:]{3,60}?)\s+là\s+(?:1|một)\s+trong\s+(?:\d+|các|những)\s+"
                          r"(?:trục nội dung|chỉ số thành phần|nội dung|lĩnh vực|trụ cột)(?!\w)",
                          "Quản trị điện tử là 1 trong 8 trục nội dung")
# `đạt 9,12 điểm, chiếm tỷ lệ 91,17%`: a score restated as a share of its scale
SCORE_AS_SHARE_BEFORE = cue(r"^\s*,?\s*(?:chiếm|tương đương|tương ứng)(?: với)?(?: tỷ lệ)?\s*$", " chiếm tỷ lệ ")
COMPONENT_LIST = cue(r"^[^:;]{3,140}:\s*(?:tăng|giảm|đạt)", "Tiến độ giải quyết: Đạt")
# `một số lĩnh vực lại giảm điểm như: cải cách tổ chức bộ máy (giảm 0,21 điểm và giảm 9 bậc); ...`: a list of the
# index's parts, each named before its figures in parentheses
# (`3/7 lĩnh vực có kết quả chỉ số tăng so với năm 2021, trong đó cải cách tài chính công xếp hạng 6/63`)
COMPONENT_LIST_LEAD = cue(r"(?:lĩnh vực|chỉ số thành phần|(?:các|một số|những|\d+(?:/\d+)?)\s+chỉ số|nội dung|trụ cột)"
                          r"[^.:;]{0,80}?(?:(?:như|gồm|là|cụ thể)\s*:|(?<!\w)(?:như|nhất là)(?=\s+[A-ZĐ]))|"
                          r"(?:các|một số|những|\d+(?:/\d+)?)\s+(?:lĩnh vực|chỉ số thành phần|trụ cột)[^.:;]{0,80}?,\s*"
                          r"trong đó(?!\w)|"
                          # (`Trong đó, chỉ số công tác chỉ đạo điều hành đứng thứ 51; ...; cải cách tài chính công đứng
                          # thứ 21`: after the index's own figures, its parts listed with semicolons)
                          r"^\s*(?:trong đó|cụ thể)\s*[,:]\s*(?=(?:chỉ số|lĩnh vực|nội dung|trụ cột)\s[^;]*;)",
                          "một số lĩnh vực, nội dung lại giảm điểm như:")
# what every match of COMPONENT_LIST_LEAD holds (a colon, `trong đó`, `như`, `cụ thể`, `nhất là`): a cheaper test than
# its words, `chỉ số` being in most index sentences; a new branch of the lead adds its mark here
COMPONENT_LIST_LEAD_MARKS = (":", "trong đó", "như", "cụ thể", "nhất là")
# `..., tiếp cận đất đai đạt 7,62 điểm`: the next item of a list of components (a verb alone, `năm 2020, đạt 5,15`,
# names none)
COMPONENT_ITEM = cue(r"^\s*(?:điểm\s*,?\s*)?(?:và\s+|như\s+)?(?!(?:tăng|giảm|cao hơn|thấp hơn)\b)"
                     r"(?!(?:đạt|là|được|ở mức)\s*$)"
                     r"(?-i:(?P<name>[a-zà-ỹđ][a-zà-ỹđ ]{2,60}?))\s*(?:đạt|là|được|ở mức)?\s*$",
                     " tiếp cận đất đai đạt ")
# `tăng mạnh nhất`, `giảm ít nhất`: a superlative change names its province, or it is nobody's
SUPERLATIVE = cue(r"nhất", "tăng nhiều nhất")
# a dash alone between two things: the ends of a span (`75,03% - 90,61%`), a name and its score (`Bến Tre - 46,74`)
DASH_ALONE = cue(r"\s*[-–]\s*", " - ", case=True)
# `Chỉ số PCI 2017`, `PAPI năm 2022`: the year an index's edition is of
INDEX_EDITION = cue(r"(?:PAR[ -]?INDEX|SIPAS|PAPI|PCI|DTI|DDCI|chỉ số [^.;,]{0,60}?)\s+(?:(?:toàn quốc|cả nước)\s+)?"
                    r"(?:năm\s+)?((?:19|"
                    r"20)\d\d)(?!\d)",
                    "bảng xếp hạng PCI 2017")
# the published parts of the indices: DTI pillars, PCI sub-indices, PAPI dimensions, PAR fields
# the names of the indices' parts (PCI, PAPI, PAR Index, DTI), as a text writes them
_PART_NAMES = (r"chính quyền số|kinh tế số|xã hội số|CQS|KTS|XHS|gia nhập thị trường|"
                # (the DTI's sub-indices: `Nhận thức số xếp hạng 1/63`, `An toàn thông tin mạng xếp hạng 26/63`)
                r"nhận thức số|thể chế số|hạ tầng số|nhân lực số|an toàn thông tin mạng|"
                r"hoạt động (?:chính quyền|kinh tế|xã hội) số|"
                r"tiếp cận đất đai|tính minh bạch|"
                r"chi phí thời gian|chi phí không chính thức|cạnh tranh bình đẳng|"
                r"tính năng động(?: và)?(?: tiên phong)?(?: của (?:chính quyền|lãnh đạo) tỉnh)?|"
                r"(?:dịch vụ |chính sách )?hỗ trợ doanh nghiệp|đào tạo lao động|"
                r"thiết chế pháp lý(?: và an ninh trật tự)?|"
                r"tham gia của người dân(?: ở| tại)?(?: cấp cơ sở)?|"
                r"(?:công khai,? )?minh bạch trong (?:việc )?(?:ra )?quyết định|công khai,? minh bạch|"
                r"trách nhiệm (?:giải trình(?: của chính quyền)?(?: với người dân)?|với người dân)|"
                r"kiểm soát tham nhũng(?: trong khu vực công)?|"
                r"thủ tục hành chính công|cung ứng dịch vụ công|quản trị môi trường|quản trị điện tử|"
                # the PAR Index's fields (`Chỉ số Công tác chỉ đạo điều hành Cải cách hành chính đạt 8,94 điểm`)
                r"công tác chỉ đạo,? điều hành(?: (?:về )?cải cách hành chính)?|cải cách thể chế|"
                r"cải cách tổ chức bộ máy(?: hành chính)?(?: nhà nước)?|cải cách chế độ công vụ|"
                r"cải cách tài chính công|hiện đại hóa (?:nền )?hành chính(?: nhà nước)?|"
                # (the PAR's two kinds of points: `điểm thẩm định bình quân 57,46/70 điểm`)
                r"điểm thẩm định|điểm điều tra xã hội học|điểm điều tra XHH")
COMPONENT_NAME = cue(r"[“\"]?(?P<name>" + _PART_NAMES + r")"
                     r"[”\"]?(?:\s+(?-i:[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*)*)|"
                     r"\s+của (?:tỉnh|thành phố|địa phương|(?-i:[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*)*))|"
                     r"\s+cấp tỉnh|\s+bình quân)?"
                     r"\s*[:\-–]?\s*"   # (`Nhận thức số - xếp thứ 36`: a dash between the part and its place)
                     # (`Chi phí không chính thức tăng 0,28 điểm`, `... tiên phong của chính quyền tỉnh tăng 59 bậc`)
                     r"(?:(?:đều |cũng |cùng )?(?:đạt(?: từ)?|là|được|ở mức|tăng|giảm|"
                     r"với|xếp(?: hạng)?(?: thứ)?|"
                     r"ở vị trí(?: thứ)?|xếp(?: hạng| ở)?(?: vị trí)?(?: thứ)?|đứng(?: thứ)?)\s*)?$",
                         "chính quyền số Trà Vinh đạt ")
# a part's name alone, as a ranking's header names its columns (`Tỉnh Gia nhập thị trường Tiếp cận đất đai ...`)
PART_NAME = cue(r"(?<!\w)(?:" + _PART_NAMES + r")(?!\w)", "Gia nhập thị trường")
# ... right before its value, with no verb (`Chính quyền số 0,7582 (tăng 4,7%), Kinh tế số 0,7723`)
PART_NAME_RIGHT_BEFORE = cue(r"(?:^|[,;:]\s*)(?P<name>" + _PART_NAMES + r")\s*$", ": Chính quyền số ")
# `“Cải cách tài chính công” đạt 96,75%`: a quoted name in an index report is a component's (or pillar's)
# (`dẫn đầu cả nước về chỉ số thành phần “Xây dựng và phát triển chính quyền điện tử, chính quyền số”, đạt 91,99%`)
QUOTED_COMPONENT = cue(r"[“\"](?P<name>[^”\"]{3,80})[”\"]\s*,?\s*(?:(?:tăng|giảm)\s+[\d.,]+\s*điểm\s*,?\s*)?"
                       r"(?:đạt|là|được|với|tăng|giảm)\s*$", "“Kiểm soát tham nhũng” giảm 0,4 điểm, đạt ")
# `Nhóm chỉ số Hạ tầng số tăng 29 bậc`: a component's own change of rank, not the index's
COMPONENT_SUBJECT = cue(r"(?:nhóm chỉ số|chỉ số thành phần|chỉ số nội dung|trụ cột|lĩnh vực)\s+\S",
                        "Nhóm chỉ số Nhân lực số tăng")
# `- Lĩnh vực Cải cách thể chế` on a line of its own: the paragraph after it gives that component's figures
COMPONENT_HEADING = cue(r"[-–•*+\s]*(?:\d{1,2}[.)]\s*)?(?:lĩnh vực|chỉ số thành phần|chỉ số nội dung|trụ cột|"
                        r"nhóm chỉ số)\s+(?P<name>\w[^.;:\d]{2,80}?)\s*:?\s*$", "- Lĩnh vực Cải cách thể chế")
# `Đồng Tháp (72,81 so với 72,1)`: a place's score and, after `so với`, the score it is compared with, in parentheses
SCORES_COMPARED_IN_PARENS = cue(r"\(\s*(?P<score>\d{1,2}(?:,\d+)?)\s*(?:điểm\s*)?(?:,\s*)?so với\s+"
                                r"(?:năm \d{4}\s*(?:là\s*)?)?(?P<base>\d{1,2}(?:,\d+)?)\s*(?:điểm\s*)?\)",
                                "Đồng Tháp (72,81 so với 72,1)")
# `1. Chỉ số “công khai, minh bạch”: Năm 2019, Lào Cai đạt 5,46 điểm; năm 2020, đạt 5,61 điểm`: a list item headed by
# a part's name and a colon, whose figures are that part's
# `Kết quả điểm ở 8 chỉ số nội dung như sau:`: a caption over a numbered list of the index's parts ...
PARTS_CAPTION = cue(r"(?:\d+|các|những)\s+(?:chỉ số (?:nội dung|thành phần)|lĩnh vực|trụ cột|nội dung)"
                    r"[^.;:]{0,60}?:\s*$",
                    "Kết quả điểm ở 8 chỉ số nội dung như sau:")
# ... and an item of it, the part named before its verb or colon (`3. Trách nhiệm giải trình với dân: 4,52 điểm`)
NUMBERED_PART_ITEM = cue(r"\s*\d{1,2}[.)]\s*(?:chỉ số\s+)?[“\"]?(?P<name>[^\d:;()“”\"]{3,80}?)[”\"]?\s*(?::|đạt(?!\w))",
                         "2. Công khai, minh bạch đạt ")
# `Lào Cai đạt tổng điểm 78,96, trong đó: chỉ số công khai, minh bạch là 15,34 điểm, ...`: a total's parts follow
PARTS_OF_A_TOTAL = cue(r"(?<!\w)trong đó\s*:", ", trong đó:")
# `(hạng 32/63)`, `(17/63)`: a place in parentheses, with at most a rank word before the figure
RANK_IN_PARENTHESES_BEFORE = cue(r"\(\s*(?:(?:xếp\s+)?(?:hạng|thứ|vị trí)(?:\s+thứ)?\s*)?", "(hạng ", case=True)
# an item of such a list without parentheses: the part's name, then its verb or nothing, then the figure
PART_ITEM_BEFORE_FIGURE = cue(r"\s*(?P<name>[^\W\d][^\d;:()]{2,60}?)\s*(?:đạt|là|:)?\s*", " Tiến độ giải quyết ")
COMPONENT_ITEM_HEAD = cue(r"[-–•*+\s]*(?:\d{1,2}[.)]\s*)?"
                          r"(?:lĩnh vực|chỉ số(?: thành phần| nội dung)?|trụ cột|nhóm chỉ số)\s+"
                          r"[“\"]?(?!(?:thành phần|nội dung)\W)(?P<name>\w[^.;:\d“”\"]{2,80}?)[”\"]?\s*:",
                          "1. Chỉ số “công khai, minh bạch”:")
# Words around a part's name that are no part of it: a list's dash, `về` and the words leading to it (`đánh giá nhóm
# chỉ số về công khai, minh bạch`, `sự hài lòng về TTHC`), and a tail saying whose or what (`, số điểm đạt được`,
# `của tỉnh về CCHC`)
# `chỉ số Số hóa hồ sơ`, `lĩnh vực cải cách tài chính công`: the kind of part an item of a list names before its name
PART_KIND_LEAD = cue(r"^(?:chỉ số(?: thành phần)?|lĩnh vực|nội dung|trụ cột)\s+", "chỉ số Số hóa hồ sơ")
COMPONENT_NAME_LEAD = cue(r"^[-–•*+\s]*(?:\(\d{1,2}\)\s*)?"   # (a list's number: `(2) Công khai minh bạch`)
                          r"(?:(?:đánh giá\s+)?(?:nhóm\s+)?(?:chỉ số\s+)?(?:(?:sự|mức độ)\s+)?(?:hài lòng\s+)?về\s+)?",
                          "đánh giá nhóm chỉ số về công khai, minh bạch")
COMPONENT_NAME_TAIL = cue(r"(?:,\s*(?:số điểm|điểm số)(?: đạt được)?|,\s*(?:tăng|giảm)|"
                          r"\s+của tỉnh(?:\s+về\s+(?:CCHC|cải cách hành chính))?)\s*$",
                          "khảo sát lãnh đạo quản lý của tỉnh về CCHC")
# `chỉ số tổng hợp`, `chỉ số chung`, `chỉ số này`: the index itself, not a part of it
# (`tỉnh đạt cao nhất 5,81 điểm thuộc về Hà Tĩnh`: the place that scored best, not a part)
NOT_A_COMPONENT_NAME = cue(r"^(?:tổng hợp|chung|này|trên|của|(?:số )?trung bình|trung vị|bình quân|cải cách hành chính|"
                           r"năng lực cạnh tranh|hài lòng|chuyển đổi số|hiệu quả quản trị|"
                           r"(?:tỉnh|thành phố|địa phương)\s+(?:đạt|có))",
                           "tổng hợp")
# `Chỉ số tính minh bạch xếp thứ 2`: a component's own rank
COMPONENT_RANK = cue(r"(?:chỉ số(?: thành phần| nội dung)?|trụ cột|"
                     r"lĩnh vực)\s+(?-i:(?P<name>[a-zà-ỹđ][a-zà-ỹđ ,]{2,60}?))\s+"
                     r"(?:đều\s+|cũng\s+)?(?:xếp|đứng|ở vị trí)", "Chỉ số tính minh bạch xếp ")
NOT_A_COMPONENT = cue(r"tổng|tỉnh|thành phố|UBND", "tổng điểm")
NOT_A_RANK = cue(r"(?:năm|lần|tháng)\s+thứ\s*$", "năm thứ ")
# `giảm thứ hạng 17 bậc`: a rank moved by so many places, a change (read with `RANK_CHANGE`), no place
RANK_MOVED_BY_BEFORE = cue(r"(?:tăng|giảm|tụt|thăng|lùi)\s+(?:thứ hạng|vị trí|hạng)\s*$", "giảm thứ hạng ")
PLACES_AFTER = cue(r"\s*(?:bậc|hạng|vị trí)(?!\w)", " bậc")
# `xếp thứ 28 cả nước về PAR Index và thứ 7 cả nước về chỉ số hài lòng`: a second place joined to a rank, with the
# country after it (`thứ 6 và thứ 7` alone are weekdays)
JOINED_PLACE_BEFORE = cue(r"(?:và|,)\s+thứ\s*$", " và thứ ")
COUNTRY_AFTER = cue(r"^\s*(?:trên\s+)?(?:cả nước|toàn quốc)", " cả nước về chỉ số hài lòng")
# `Trong nhóm 17 bộ, ngành ...`, `DTI cấp bộ ... là 0,4595`: what follows ranks ministries, no province, until a
# province scope comes back (`DTI cấp tỉnh`, `nhóm các tỉnh`)
MINISTRY_SCOPE_BEFORE = cue(r"(?:cấp bộ|khối bộ|(?:các|nhóm(?: \d+)?|\d+) bộ, (?:ngành|cơ quan)|"
                            r"bộ, cơ quan ngang bộ|(?:các|nhóm(?: \d+)?|\d+) bộ(?= (?:có|không|cung cấp)))",
                            "Trong nhóm 17 bộ, ngành cung cấp dịch vụ công, ")
PROVINCE_SCOPE = cue(r"(?:cấp tỉnh|các tỉnh|tỉnh, thành|địa phương)", "DTI cấp tỉnh")
# `cơ quan đạt 90 điểm trở lên được phân loại xuất sắc`: the threshold of a class, no body's score
CLASS_THRESHOLD_AFTER = cue(r"\s*(?:điểm|%)?\s*(?:trở lên|trở xuống)?\s*(?:thì\s+)?(?:sẽ\s+)?(?:được|bị)\s+"
                            r"(?:phân loại|xếp loại)", " điểm trở lên được phân loại xuất sắc")
# `Nếu tính theo khu vực miền núi phía Bắc thì tỉnh Lạng Sơn đã vươn lên xếp thứ 2`: a ranking counted in a region
CHANGE_OPENS_PARENS = cue(r"\(\s*(?:tăng|giảm)\s*", "(tăng ", case=True)
# `Trong khu vực Bắc Trung Bộ, Hà Tĩnh tiếp tục xếp thứ 2, ...; Nghệ An xếp thứ 3`: a sentence opening on a
# region ranks within it (a place `toàn quốc`, or out of the country's 63, stays national)
REGIONAL_OPENS = cue(r"\s*(?:Trong|Tại|Ở|Xét trong)\s+(?:khu vực|vùng)(?!\w)", "Trong khu vực Bắc Trung Bộ, ",
                     case=True)
REGIONAL_FRAME_BEFORE = cue(r"(?<!\w)(?:tính|xét) (?:theo|trong|riêng) (?:khu vực|vùng)(?!\w)",
                            "Nếu tính theo khu vực miền núi phía Bắc thì ")
# `Vị trí thứ ba là ...`, `Thấp nhất là ...`: a sentence that goes on with the ranking of the sentence before
RANKING_GOES_ON_START = cue(r"\s*(?:Vị trí|Đứng|Xếp|Tiếp theo|Tiếp đến|Kế tiếp|Thấp nhất|Cuối bảng)(?!\w)",
                            "Vị trí thứ ba là ", case=True)
# `Theo Bộ chỉ số 766 ..., tỷ lệ hồ sơ trực tuyến ... đạt 47,8%`: a reform rate named after the index is that rate,
# not the index's score (a satisfaction rate is how SIPAS is written, so it is not one of these)
REFORM_RATE_NAMED = cue(r"tỷ lệ (?:\w+ ){0,3}?(?:hồ sơ|thanh toán|thủ tục|TTHC|dịch vụ công|số hóa|số hoá)",
                        "tỷ lệ thanh toán trực tuyến")
# `(gồm Chỉ số SIPAS đạt 8,5/10 điểm; ...)`: an aside that states values, not a gloss such as `(PAPI)`
ASIDE_WITH_VALUES = cue(r"(?:đạt|là|gồm)\s", "(gồm Chỉ số SIPAS đạt 8,5/10 điểm)")
# `đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước`: a rank in another matter; `về cải cách hành chính`, `về chỉ số
# hài lòng`: in the index's own
RANK_MATTER_AFTER = cue(r"[^.;,(]{0,30}?(?<!\w)(?<!thuộc )về\s+(?P<matter>[^.;,(]{3,60})",
                        " toàn quốc về tỷ lệ cấp thẻ")
# `xếp thứ 1 trong bảng Chỉ số hài lòng`, `trong Bảng xếp hạng PCI`: the ranking table a rank is in
RANK_TABLE_AFTER = cue(r"\s*(?:/\d+\s*)?(?:trong|tại|của)\s+bảng\s+(?:xếp hạng\s+)?(?P<table>[^.;,(]{2,60})",
                       " trong bảng Chỉ số hài lòng")
REFORM_MATTER = cue(r"cải cách hành chính|CCHC|chuyển đổi số|năng lực cạnh tranh|hài lòng|quản trị|phục vụ người dân|"
                    r"chỉ số|xếp hạng", "cải cách hành chính")
# `đứng thứ hai là tỉnh Bình Dương`: who holds the rank follows it (a province name, within a few words)
_HOLDER_LINK = r"\s*(?:vẫn\s+)?(?:là|thuộc về)\s+"   # `vẫn là`, `thuộc về`: a rank and who holds it
HOLDER_AFTER_RANK = cue(_HOLDER_LINK, " vẫn là tỉnh Bình Dương")
# `tỉnh đạt cao nhất 5,81 điểm thuộc về Hà Tĩnh`: a score and who holds it
HOLDER_AFTER_SCORE = cue(r"\s*điểm\s+thuộc về\s+", " điểm thuộc về ")
# `với 74,84 điểm thành phố Hải Phòng vươn lên dẫn đầu`: a clause that opens with the score, whose holder is named
# right after its unit (not `với 66,30 điểm), Sơn La`, nor `với 71,24 điểm và Bà Rịa`: the next item's)
SCORE_OPENS_CLAUSE = cue(r"^\s*với\s*$", " với ")
HOLDER_AFTER_OPENING_SCORE = cue(r"\s*điểm\s+(?=(?:tỉnh\s+|thành phố\s+)?[A-ZĐ])", " điểm thành phố Hải Phòng",
                                 case=True)
HELD_BY_BEFORE = cue(r"thuộc về\s+$", " thuộc về ")
PLACES_COUNTED_BEFORE = cue(r"\d+\s+(?:vị trí|tỉnh|địa phương|đơn vị)\s*$", "2 vị trí ")
# `10 tỉnh tốp đầu do Quảng Ninh tiếp tục dẫn đầu`: the leader of a group named before the first place
LED_BY_BEFORE = cue(r"(?<!\w)do\s+$", "tốp đầu do ")

# --- tiers -----------------------------------------------------------------------
# the words naming a district, a city (of a province: a district's tier) and a commune before their names
_DISTRICT_WORD = r"(?-i:huyện|thị xã|quận|Huyện|Thị xã|Quận)"
_CITY_WORD = r"(?-i:thành phố|Thành phố)"
_COMMUNE_WORD = r"(?-i:xã|phường|thị trấn|Xã|Phường|Thị trấn)"
# An index score held by a district, a commune or a department (`Chỉ số CCHC của huyện Thăng Bình đạt 89,16 điểm`,
# `UBND huyện Thạnh Trị đạt 8,0 điểm` in a DDCI, `Sở Tư pháp (71,05 điểm)`): the body named by its name just before
# the figure; a `tỉnh` between them (`Sở Nội vụ công bố chỉ số của tỉnh đạt`) or `theo` before it (the source, not
# the holder) leaves the score the province's
INDEX_HOLDER_BODY = cue(r"(?<!\w)(?:(?P<district>(?:" + _DISTRICT_WORD + "|" + _CITY_WORD + r"|(?-i:TP|Tp|TX)\.?)"
                        r"\s*(?-i:[A-ZĐ]))|"
                        r"(?P<commune>" + _COMMUNE_WORD + r"\s*(?-i:[A-ZĐ]))|"
                        r"(?P<department>(?-i:Sở|Ban|Cục|Chi cục|Văn phòng)\s*(?-i:[A-ZĐ])|"
                        r"(?-i:Công an tỉnh|Bảo hiểm [Xx]ã hội(?: tỉnh)?)))",
                        "UBND huyện Thạnh Trị đạt ")
# a group of the province's bodies a figure's clause names (`Dẫn đầu khối sở là Thanh tra tỉnh với 96,86%`, `dẫn đầu
# khối cơ quan ngành dọc`, `đứng đầu khối UBND cấp huyện`): the tier of the bodies in it
GROUP_OF_BODIES = cue(r"(?<!\w)khối\s+(?:các\s+)?(?:(?P<district>(?:UBND\s+)?(?:cấp\s+)?(?:huyện|quận))|"
                      r"(?P<commune>(?:UBND\s+)?(?:cấp\s+)?(?:xã|phường))|(?P<department>sở|cơ quan|đơn vị|ban))(?!\w)",
                      "đứng đầu khối UBND cấp huyện")
# the words of a body's name between its opening word and the province that ends it (`Hải quan ` in `Cục Hải quan
# Quảng Ninh`): no punctuation, no `của` (whose body it is)
NAME_WORDS = cue(r"(?:(?!của\s)[^\W\d_][\w&-]*(?![\w&-])\s*)*", "ải quan ", case=True)
# A rank held by a department, an office or a district (`Sở Thông tin và Truyền thông dẫn đầu`, `thứ hai là Văn phòng
# UBND tỉnh`, `UBND huyện Lệ Thủy xếp thứ nhất`): a province's ranking of its own bodies, no rank of the province. A
# bare `thành phố` names a province as often as a district (`TP Hải Phòng`): only `UBND thành phố` is a body.
_RANKED_BODY = (r"(?:(?-i:UBND)\s+(?:" + _DISTRICT_WORD + "|" + _CITY_WORD + "|" + _COMMUNE_WORD + r")|"
                r"(?-i:Sở|Ban|Văn phòng|Cục|Chi cục|Công an|Bảo hiểm)|" + _DISTRICT_WORD + r")\s+(?-i:[A-ZĐ])")
# `công bố Chỉ số cải cách hành chính năm 2024 của UBND các huyện, thị xã, thành phố trong tỉnh`: the ranking the
# article goes on with is the province's own, of its bodies of one tier, until a national ranking is named
BODIES_INDEX = cue(r"(?:Chỉ số|kết quả xếp hạng|xếp hạng)\s+(?:cải cách hành chính|CCHC)(?:\s+năm\s+\d{4})?\s+"
                   r"(?:của|đối với)\s+(?:(?-i:UBND)\s+)?(?:các|\d+)\s+(?:huyện|quận|thị xã|sở|cơ quan chuyên môn|"
                   r"xã|phường)(?!\w)", "công bố Chỉ số cải cách hành chính năm 2024 của UBND các huyện")
# ... the tiers it names (`của các sở, ban, ngành và UBND các huyện`: two)
BODY_TIERS = cue(r"(?<!\w)(?:(?P<district>huyện|quận|thị xã)|(?P<department>sở|cơ quan chuyên môn)|"
                 r"(?P<commune>xã|phường))(?!\w)", "các sở, ban, ngành và UBND các huyện")
# `Trong khi đó, ở cấp huyện, Nam Giang tiếp tục dẫn đầu`, `đối với UBND cấp huyện`: a ranking of a province's
# districts or communes
LOWER_TIER_SCOPE_BEFORE = cue(r"(?<!\w)(?:ở|tại|đối với|trong|với) (?:(?-i:UBND) )?(?:cấp|khối) (?:huyện|xã)(?!\w)",
                              "Trong khi đó, ở cấp huyện, ")
NATIONAL_RANKING = cue(r"cả nước|toàn quốc|(?:63|62|61|34) tỉnh|tỉnh, thành phố|Bộ Nội vụ|PAR Index|SIPAS|PAPI|PCI",
                       "xếp thứ 12/63 tỉnh, thành phố")
# (a region is no province either: `xếp vị trí thứ 2 là vùng Đông Nam Bộ`)
RANK_HELD_BY_BODY_AFTER = cue(_HOLDER_LINK + "(?:" + _RANKED_BODY + r"|vùng\s|khu vực\s|" +
                              _REGION_NAME + ")", " là Văn phòng UBND tỉnh", case=True)
_RANKED_SUBJECT_OPENS = r"\s*(?:(?-i:Cụ thể|Theo đó|Trong đó|năm \d{4}|Năm \d{4}),?\s+)?"
RANKED_BODY_SUBJECT = cue(_RANKED_SUBJECT_OPENS + _RANKED_BODY + r"[^:;,.]{0,60}$",
                          "năm 2023 UBND huyện Quảng Điền ", case=True)
# `TP. Buôn Ma Thuột tiếp tục dẫn đầu`: a city of the province (when the name after `TP.` is no province's)
RANKED_CITY_SUBJECT = cue(_RANKED_SUBJECT_OPENS + r"(?-i:TP\.?|Thành phố|thành phố)\s*(?-i:[A-ZĐ])[^:;,.]{0,60}$",
                          "TP. Buôn Ma Thuột tiếp tục ", case=True)
# `là UBND huyện Bắc Hà đạt 89,79 điểm (tháng 9 xếp hạng thứ 5)`: a body named in the phrase before the parenthesis
# a rank stands in (a phrase ends at a colon, a semicolon, a full stop or a comma that is no decimal comma)
RANKED_BODY_NAMED = cue(_RANKED_BODY, "là UBND huyện Bắc Hà đạt 89,79 điểm (", case=True)
PHRASE_BEFORE_PARENS = cue(r"[:;]|,(?!\d)|\.\s", "; xếp hạng thứ 3 là", case=True)
# `lần lượt xếp hạng thứ 8 và thứ 9 là UBND huyện ...`: the places listed after a figure, up to whom they are held by
RANKS_LISTED_AFTER = cue(r"(?:\s*(?:,|và)\s*(?:thứ\s*)?\d+)*", " và thứ 9", case=True)
# `Điểm số cao nhất là 98,63 điểm (Sở Công thương)`: the holder of the best or worst figure named in parentheses after
# it; the figure is that body's
HOLDER_IN_PARENS_AFTER = cue(r"\s*(?:điểm|%)?\s*\(\s*(?:(?-i:UBND)\s+)?(?:" + INDEX_HOLDER_BODY.pattern + ")",
                             " điểm (Sở Công thương)")
NOT_THE_HOLDER_BETWEEN = cue(r"(?<!\w)(?:tỉnh|công bố|theo)(?!\w)", " công bố chỉ số của tỉnh đạt ")
SOURCE_BEFORE = cue(r"(?<!\w)theo\s*$", "Theo ")
LEVELS: list[tuple[str, re.Pattern]] = [
    # the provincial service centre, also when the text refers back to it as a bare capitalised `Trung tâm`
    ("province", cue(r"(?:Trung tâm (?:Kiểm soát (?:thủ tục hành chính|TTHC)(?: \(TTHC\))? và )?(?:Phục vụ |Dịch vụ )?"
                     r"(?:[Hh]ành chính công|HCC)(?! (?:các cấp|cấp huyện|huyện|quận))"
                     r"(?: (?:của )?tỉnh| (?:của )?thành phố| cấp tỉnh| và [Xx]úc tiến đầu tư)?|"
                     r"(?-i:Trung tâm)(?!\s+(?-i:[A-ZĐ])|\s+hành chính công (?:các cấp|cấp huyện|huyện))|"
                     r"(?<!cơ quan chuyên môn )(?<!đơn vị )cấp tỉnh)", "Trung tâm Phục vụ hành chính công tỉnh")),
    # `sở` is a department, but not inside `cơ sở` (base) or `trụ sở` (head office)
    # `các sở, ban ngành cấp tỉnh` is the department tier, not the province's centre
    ("department", cue(r"(?:(?<!\w)(?<!cơ )(?<!trụ )(?:các )?[Ss]ở(?:, ban, ngành|, ban ngành| ban ngành|, ngành)?"
                       r"(?: cấp tỉnh)?(?!\w)|"
                       r"cơ quan(?:, đơn vị)? (?:chuyên môn )?cấp tỉnh|đơn vị cấp tỉnh|Công an tỉnh|Ban quản lý)",
                       "các sở, ban, ngành")),
    # `toàn huyện`, `UBND Q.1`: a district's report
    ("district", cue(r"(?:cấp huyện|UBND (?:các )?(?:quận|huyện)|của huyện|huyện, thị xã|UBND cấp huyện|"
                     r"toàn (?:huyện|quận|thị xã)(?!\w)|(?<!\w)(?-i:Q)\.\s?\d|"
                     r"(?<!\w)(?:các |khối )?quận(?:, huyện)?(?!\w)|(?<!\w)(?:huyện|thị xã)\s+(?-i:[A-ZĐ]))",
                     "UBND cấp huyện")),
    # a named ward or commune (`phường Khương Mai`, `xã Tân Lập`), not `Xã hội`
    # (`cấp phường`: a city's district's communes are wards)
    ("commune", cue(r"(?:cấp (?:xã|phường)|UBND (?:các )?xã|(?<!\w)xã, phường, thị trấn|"
                    r"(?<!\w)(?<!thị )(?-i:phường|xã|thị trấn)\s+(?-i:[A-ZĐ]))", "91 xã, phường, thị trấn")),
]
# The unit an article reports on, named in its title or lead: `UBND huyện Đại Lộc`, `thị xã Tân Uyên`, `phường Hải
# Vân`; a province or its centre named first makes it the province's report
REPORTING_UNIT = cue(r"(?<!\w)(?:(?P<district>" + _DISTRICT_WORD + r"\s+|(?-i:TX)\.\s*)|"
                     r"(?P<city>(?-i:TP|Tp)(?:\.\s*|\s+)|" + _CITY_WORD + r"\s+)|"
                     r"(?P<commune>" + _COMMUNE_WORD + r"\s+))(?-i:[A-ZĐ0-9])|"
                     r"(?P<province>(?<!\w)(?-i:tỉnh|Tỉnh|TỈNH)\s+(?-i:[A-ZĐ])|Trung tâm Phục vụ hành chính công|"
                     r"(?:toàn|cấp|UBND|Ủy ban nhân dân|địa bàn|của) tỉnh(?!\w)|Tỉnh ủy)",
                     "UBND huyện Đại Lộc tổ chức hội nghị")   # (`TPO - ...`, an outlet's byline, names no city)
# A tier after `của` and a count (`TTHC thuộc chức năng của 13 sở, ngành`) says whose the items are, spread over
# many bodies; it is not the tier of the figure. A counted subject (`có 16 Sở đạt 100%`) still is.
COUNTED_TIER_BEFORE = cue(r"(?:của|thuộc)\s+\d+\s+(?:đơn vị\s+|cơ quan\s+)?$", "thuộc thẩm quyền của 13 ")
# `cấp huyện và cấp xã đạt 98%`: one figure for several tiers names the first (FACTS.md)
TIER_JOIN = cue(r"^\s*(?:,|và|hoặc|cùng)\s*(?:UBND\s+)?$", " và ")
# `mục tiêu cụ thể ... của Sở`: a plan of a body the article refers back to without its name (`Sở`, `huyện`);
# its figures are about that tier. A named body (`của Sở Nội vụ`) usually reports for the whole province.
PLAN_WORDS = ("kế hoạch", "mục tiêu", "chỉ tiêu")
PLAN_OWNER = cue(r"(?:kế hoạch|mục tiêu|chỉ tiêu)[^.;:]{0,80}?(?<!\w)của\s+(?P<body>(?-i:Sở|Trung tâm|UBND huyện|"
                 r"huyện|xã))"
                 r"(?!\s*(?-i:[A-ZĐ])|\w)", "Mục tiêu cụ thể của Sở")
LEVEL_RESET = cue(r"(?:toàn tỉnh|trên địa bàn tỉnh|toàn thành phố|các cấp|cả nước|toàn quốc)", "trên địa bàn tỉnh")

# --- qualifiers, targets, national scope -------------------------------------------
QUALIFIERS: list[tuple[str, re.Pattern]] = [
    ("at_least", cue(r"(?:tối thiểu|ít nhất|không dưới|từ)\s*$", "phấn đấu tối thiểu ")),
    ("at_most", cue(r"(?:tối đa|không quá|không vượt quá)\s*$", "không quá ")),
    ("over", cue(r"(?<!cao )(?<!nhiều )(?<!thấp )(?:trên|hơn|vượt|vượt quá)\s*$", "tiếp nhận hơn ")),
    ("under", cue(r"(?:dưới|chưa đến|chưa tới|không đến)\s*$", "chưa đến ")),
    ("about", cue(r"(?:gần|khoảng|xấp xỉ|ước|trên dưới|chừng)\s*$", "xấp xỉ ")),
]
# the words every qualifier ends with: words before a figure that end in none of them qualify nothing
QUALIFIER_ENDINGS = tuple(sorted({ending for _, rx in QUALIFIERS for ending in rx.endings}))
AT_LEAST_TAIL = cue(r"^\s*(?:(?:%|điểm)\s*)?trở lên", " điểm trở lên")
BEYOND_TARGET = cue(r"vượt\s+mục tiêu", "đạt 100%, vượt mục tiêu")
AT_LEAST_WORD = cue(r"tối thiểu|ít nhất", "ít nhất")
# words every TARGET (and PLAN_OWNER) phrase contains: a sentence with none of them is no plan, unscanned
TARGET_WORDS = ("mục tiêu", "chỉ tiêu", "phấn đấu", "kế hoạch", "định hướng", "dự kiến", "phải đạt", "cần đạt")
# (`các chỉ tiêu kinh tế - xã hội`, `Một số chỉ tiêu đạt cao như:`, `chỉ tiêu thành phần`: an index's indicators,
# no target; `kết quả thực hiện một số chỉ tiêu ... như sau:`: the results of the targets)
TARGET = cue(r"(?:mục tiêu|(?<!kết quả thực hiện )(?<!kết quả thực hiện một số )(?<!kết quả thực hiện các )"
             r"chỉ tiêu(?! này| phản ánh| đánh giá| kinh tế| đạt cao| thành phần| tăng điểm| giảm điểm)|"
             r"phấn đấu|kế hoạch đề ra|"
             r"kế hoạch(?: \w+){0,3} đề ra|"
             r"định hướng|dự kiến|phải đạt|cần đạt)", "phấn đấu đến cuối năm")
# A floor set for a figure (`tối thiểu 80%`, `ít nhất 20% toàn trình`) is a plan's: results are measured, not
# floored. `giảm ít nhất là 0,2%` (the smallest fall) is a superlative, not a floor.
FLOOR_BEFORE = cue(r"(?<!giảm )(?<!tăng )(?:tối thiểu|ít nhất|không dưới)\s*$", "phải tiếp nhận tối thiểu ")
# A duty, purpose or pledge before a figure (`phải tiếp nhận`, `nhằm bảo đảm`, `bảo đảm cung cấp khoảng 300 dịch vụ`,
# `chỉ thị yêu cầu các bộ hoàn thành`, `thời gian đăng ký cắt giảm`) sets it (`đã đảm bảo` is a result); `tổng số
# hồ sơ phải giải quyết` (the total to handle) and `không phải` are no duty.
DUTY_BEFORE = cue(r"(?:(?<!không )(?<!chưa )phải\s+(?:được\s+)?(?:tiếp nhận|bảo đảm|đảm bảo|đạt|hoàn thành|"
                  r"thực hiện|cung cấp|tích hợp|trả)(?!\s+lại)|(?:nhằm|để)\s+(?:bảo|đảm)\s+bảo|"
                  r"(?<!đã )(?<!được )(?:bảo đảm|đảm bảo)\s+(?:cung cấp\s+)?"
                  r"(?=(?:khoảng|trên|ít nhất|tối thiểu)?\s*\d)|"
                  r"yêu cầu\s+(?:các|mỗi|toàn bộ)\s|đăng ký(?=\s+(?:thêm\s+)?(?:cắt giảm|đơn giản hóa|rút ngắn)))",
                  "Chính phủ yêu cầu các bộ hoàn thành ")
# `100% hồ sơ ... sẽ phải được tiếp nhận trực tuyến`: the duty written after the figure it binds
DUTY_AFTER = cue(r"^[^.;,]{0,60}?(?<!không )(?<!chưa )phải\s+được\s", "% hồ sơ phải được trả đúng hạn")
# `đạt và vượt chỉ tiêu năm 2022; chỉ số ... tăng 7 bậc`: a target met is a result; it makes a target only of the
# figure in its own clause (`vượt mục tiêu tối thiểu 85%`)
# `tổng kết ... năm 2022 và phát động phong trào thi đua năm 2023`, `tổng kết ... năm 2023, triển khai nhiệm vụ năm
# 2024`: the year a plan is launched for frames no result (not `Kế hoạch CCHC năm 2022`: a year's plan carried out
# frames its results)
PLAN_YEAR_BEFORE = cue(r"(?:phát động|phương hướng|triển khai nhiệm vụ)[^,;.:]{0,50}$", " triển khai nhiệm vụ ")
# `Đối với chỉ tiêu “Hồ sơ trực tuyến” được quy định 50%: kết quả chung của cả tỉnh đạt 50,2%`: the result told after
# a quota and its colon is no target
RESULT_AFTER_QUOTA = cue(r":\s*(?:kết quả|thực hiện được|thực tế|đã đạt|đạt được)", ": kết quả chung của cả tỉnh đạt ")
# (`hoàn thành 10/10 chỉ tiêu`: the targets met, counted)
TARGET_MET_BEFORE = cue(r"(?:đạt|vượt|hoàn thành)(?: và vượt)?\s+(?:\d+(?:\s*/\s*\d+)?\s+)?$", "đạt và vượt ")
# a figure for the whole country: `trung bình cả nước`, `trung bình các tỉnh`, `chung cả nước`
# (`thuộc nhóm các tỉnh, thành phố có ...` names a group a province belongs to, not the country)
NATIONAL = cue(r"(?:giá trị trung bình|trung bình (?:\w+\s+){0,4}?(?:của )?(?:cả nước|toàn quốc|các tỉnh)|"
               r"chung cả nước|(?<!nhóm )(?<!thuộc )các tỉnh, thành(?: phố)?+(?! trực thuộc)|toàn quốc|"
               r"(?<!\w)(?<!của )cả nước (?:đạt|là)|"
               # (`Chỉ số hài lòng trung bình đạt 83,94%`, `chỉ số DTI quốc gia năm 2024 đạt 0,7955`: the country's)
               r"(?<!\w)chỉ số (?:\w+\s+){0,3}?(?:trung bình|quốc gia)"
               r"(?!\s+(?:của\s+)?(?:tỉnh|thành phố|huyện|địa phương)))",
               "Chỉ số trung bình CCHC năm 2022 của các tỉnh")

# `người dân hài lòng ... trong cả nước năm 2023 ở mức 82,66%`: the country as the subject (when no province is named)
NATIONAL_SUBJECT = cue(r"(?<!\d )(?:trong|của|trên|toàn) cả nước", "nói chung trong cả nước")

# `giai đoạn 2021 - 2025, tầm nhìn đến năm 2030`: a plan's horizon, which frames no result reported after it
HORIZON_BEFORE = cue(r"(?:tầm nhìn|định hướng)(?:\s+(?:đến|tới))?\s*$", "tầm nhìn đến ")

# --- periods ---------------------------------------------------------------------
# Time frames written without digits (`Ngay từ đầu năm, ...`, `Trong năm, ...`): sentences without figures
# are read for periods only when they hold one of these.
WORDED_FRAME = cue(r"từ đầu năm|tháng (?:đầu năm|qua|năm nay)|(?<!\w)trong năm(?! \d)", "Trong năm, tỉnh đã")


# --- tables of an index's parts (`tables`) ------------------------------------------
# a header line naming the parts' column and its score columns
# (`TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung cả nước Điểm đạt được Ghi chú (điểm so với cùng kỳ: tăng +; ...)`)
TABLE_PARTS_HEADER = cue(r"^\s*(?:(?:TT|STT)\s+)?(?:Nhóm chỉ số|Chỉ số thành phần|Tiêu chí|Lĩnh vực)\s+.*điểm",
                         "TT Nhóm chỉ số Điểm tối đa Điểm đạt được")
# ... or of a province's own bodies (`STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại`): each row
# gives a body's result (`1 Văn phòng UBND tỉnh 71.5 69.25 96.85% Tốt`), read as its share of the points
TABLE_BODIES_HEADER = cue(r"^\s*(?:(?:TT|STT)\s+)?(?:tên cơ quan|cơ quan, đơn vị|tên đơn vị|đơn vị|cơ quan)\s+.*điểm",
                          "STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại")
# a group's line in such a table (`I Các sở, ban, ngành tỉnh`): no row, the table goes on
TABLE_GROUP_ROW = cue(r"^\s*(?:[IVX]{1,4}|[A-D])[.)]?\s+[^\d]{3,80}$", "I Các sở, ban, ngành tỉnh", case=True)
# the columns by what they hold: the scale's maximum, the country's mean, the score, and its change
TABLE_COLUMNS = (("max", cue(r"điểm tối đa|thang điểm", "Điểm tối đa")),
                 ("mean", cue(r"trung bình|trung vị", "Điểm trung bình chung cả nước")),
                 ("score", cue(r"điểm (?:đạt được|của tỉnh|tỉnh đạt|số đạt được|thẩm định|đánh giá)|kết quả đạt được",
                               "Điểm đạt được")),
                 ("share", cue(r"tỷ lệ (?:đạt|điểm)|tỷ lệ %", "Tỷ lệ đạt")),
                 ("change", cue(r"so với|tăng,? giảm|tăng/giảm", "Ghi chú (điểm so với cùng kỳ: tăng +; giảm -)")))
# a row: an optional number, the part's name, then its figures (`1 Công khai, minh bạch 18 10,6 10,2 -1,2`)
# (a body's row may end in its class, and its name hold a dash: `1 Văn phòng UBND tỉnh 71.5 69.25 96.85% Tốt`, `9 Sở
# Lao động - Thương binh và Xã hội 100 86.84 86.84% Tốt`)
TABLE_ROW = cue(r"\s*(?:\d{1,2}[.)]?\s+)?(?P<name>[^\W\d](?:[^\d+\-–−]|\s[\-–]\s){2,80}?)\s+"
                r"(?P<figures>[+\-–−]?\d[\d,.]*%?(?:\s+[+\-–−]?\d[\d,.]*%?)+)(?:\s+[^\W\d][^\d]{0,20})?\s*$",
                "1 Công khai, minh bạch 18 10,6 10,2 -1,2")
TABLE_TOTAL_ROW = cue(r"(?:Tổng cộng|Tổng điểm|Tổng|Chỉ số tổng hợp)(?!\w)", "Tổng cộng")
# a header line of a table by year (`Năm 2022 2021 2020`): a label, then only the years its columns are of
YEAR_TABLE_HEADER = cue(r"\s*(?:[^\W\d][^\d]{0,30}?\s+)?(?:(?:năm\s+)?(?:19|20)\d\d\s*){2,}",
                        "Năm 2022 2021 2020")
# ... a row under it: a name, then one cell a column, each a figure or empty (`N/A`, `-`)
# (`Cạnh tranh bình đẳng 7.31 5.98 N/A`)
YEAR_TABLE_ROW = cue(r"\s*(?P<name>[^\W\d](?:[^\d+\-–−]|\s[\-–]\s){1,80}?)\s+"
                     r"(?P<cells>(?:[+\-–−]?\d[\d,.]*%?|N/A|-|–)(?:\s+(?:[+\-–−]?\d[\d,.]*%?|N/A|-|–))+)\s*",
                     "Cạnh tranh bình đẳng 7.31 5.98 N/A")
# ... its second header line when each year has a score and a place (`Điểm số Thứ hạng Điểm số Thứ hạng ...`)
SCORE_AND_PLACE_HEADS = cue(r"\s*(?:Điểm(?: số)?\s+(?:Thứ hạng|Xếp hạng|Hạng)\s*){2,}",
                            "Điểm số Thứ hạng Điểm số Thứ hạng")
YEAR_TABLE_CELL = cue(r"(?P<sign>[\-–−])?\+?(?P<digits>\d[\d,.]*)(?P<percent>%)?|N/A|-|–", "7.31", case=True)
# ... the row of the index's own score (`PCI`, `Điểm số`, `Tổng điểm`) and of its rank (`Xếp hạng`)
YEAR_TABLE_INDEX_ROW = cue(r"(?:(?:Điểm|Chỉ số)\s+)?[A-Z]{2,6}(?:[ -]INDEX)?|Điểm số|Điểm tổng hợp|Tổng điểm|Tổng",
                           "PCI", case=True)
YEAR_TABLE_RANK_ROW = cue(r"(?:xếp hạng|thứ hạng|hạng|thứ bậc)(?:\s*\([^)]*\))?", "Xếp hạng")
# ... or by year down its rows, its cells between bars (`Năm | Điểm số | Xếp hạng so với cả nước | Nhóm điều hành |`):
# the first column's head names the years, the others are the index's score, its rank, or neither (a class, a
# region's place)
YEAR_ROWS_HEAD = cue(r"\s*(?:năm|year)\s*", "Năm")
YEAR_ROWS_RANK_COLUMN = cue(r"xếp hạng|thứ hạng|hạng|thứ bậc|vị trí", "Kết quả xếp hạng so với cả nước")
YEAR_ROWS_SCORE_COLUMN = cue(r"điểm", "Điểm số")
YEAR_ROWS_OTHER_COLUMN = cue(r"khu vực|vùng|nhóm|tối đa|trung bình|tăng|giảm", "Kết quả xếp hạng so với khu vực ĐBSCL")
# ... or of provinces down its rows (`Bảng chỉ số PCI` of pcivietnam.vn, a top-10 of a province's portal): the first
# column names the province, the others its parts, its score, its place and its class
#   Tỉnh Gia nhập thị trường Tiếp cận đất đai ... Điểm số PCI Bảng xếp hạng Xếp loại PCI
#   Quảng Ninh 7.98 7.39 ... 73.02 1 Rất tốt
PROVINCES_TABLE_HEAD = cue(r"\s*(?:Tỉnh|Địa phương)(?:\s*[,/]\s*(?:thành phố|TP))?\s+", "Tỉnh, Thành phố ")
# its columns other than the parts (`COMPONENT_NAME`), the class first: its words hold a rank's (`Nhóm xếp hạng`)
PROVINCES_TABLE_COLUMNS = (("class", cue(r"nhóm xếp hạng|xếp loại(?: (?:PCI|PAPI|chung))?|nhóm điều hành",
                                         "Nhóm xếp hạng")),
                           ("score", cue(r"(?:điểm(?: số)?|tổng điểm)(?: (?:PCI|PAPI|PAR INDEX|SIPAS|DTI|tổng hợp))?",
                                         "Điểm số PCI")),
                           ("rank", cue(r"(?:bảng )?xếp hạng|thứ hạng|hạng", "Bảng xếp hạng")))
# a figure of a row, with its sign (`-1,2`, `+0,6`: a change; the figure pattern leaves a sign out, as a range's dash)
TABLE_FIGURE = cue(r"(?P<sign>[\-–−])?\+?(?P<digits>\d[\d,.]*)", " -1,2", case=True)
