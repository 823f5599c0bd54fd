"""Cue words of the reform vocabulary (FACTS.md), as compiled regexes.

Every cue is written for the language, not for one article: verbs and status
words for dossiers and procedures, the channel words that turn a dossier count
into an online or postal one, index names and their aliases, tiers of
government, qualifiers and target words.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE


def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _I)


# --- what is being counted: the noun after (or before) a figure ------------
NOUN_DOSSIER = rx(r"(?<!\w)(?:hồ sơ|HS|bộ hồ sơ)(?!\w)")
NOUN_PROCEDURE = rx(r"(?<!\w)(?:thủ tục(?: hành chính)?|TTHC|danh mục thủ tục)(?!\w)")
NOUN_SERVICE = rx(r"(?<!\w)(?:dịch vụ công|dịch vụ|DVC(?:TT)?)(?!\w)")
NOUN_DECISION = rx(r"(?<!\w)quyết định(?!\s+số)(?!\w)")
NOUN_DAYS = rx(r"^\s*ngày(?!\s*\d)")
NOUN_TRANSACTION = rx(r"(?<!\w)giao dịch(?!\w)")
# Nouns that make a figure something other than a reform statistic.
NOUN_OTHER = rx(
    r"^\s*(?:lượt|người|máy|đơn vị|cơ quan|điểm cầu|tổ|thành viên|chuyên mục|phóng sự|cuộc|tin|bài|"
    r"văn bản|phản ánh|kiến nghị|giờ|lần|xã|huyện|tỉnh|sở|nhóm|chỉ số|tiêu chí|"
    r"nhiệm vụ|lĩnh vực|phòng|cán bộ|công chức|biên chế|doanh nghiệp|dự án|tỷ đồng|triệu đồng|đồng|"
    r"km|ha|m2|%\s*(?:dân|số dân))(?!\w)"
)

# --- dossier status and channel cues --------------------------------------
ON_TIME = rx(r"(?:trước\s+(?:hạn\s+)?và\s+đúng\s+hạn|đúng\s+(?:hạn\s+)?và\s+trước\s+hạn|đúng\s+hạn|trong\s+hạn(?!\s+giải quyết))")
EARLY = rx(r"(?<!và )trước hạn(?!\s+và)")
LATE = rx(r"(?:trễ hạn|quá hạn|chậm hạn|chậm trễ)")
PENDING = rx(r"(?:đang giải quyết|tồn kỳ trước|chuyển kỳ sau|chuyển sang kỳ sau|trong hạn giải quyết|chưa đến hạn|đang xử lý)")
RECEIVED = rx(r"(?:tiếp nhận(?: mới)?|nhận mới|đã nhận)")
RESOLVED = rx(r"(?:giải quyết|xử lý xong|trả kết quả|có kết quả)")
ONLINE = rx(r"(?:trực tuyến|mức(?: độ)?\s*[34](?!\d)|dịch vụ công mức độ|DVCTT|qua mạng|online|toàn trình|một phần)")
POSTAL = rx(r"bưu chính")
DIRECT = rx(r"(?:trực tiếp)")
DIGITISED = rx(r"số hóa|số hoá")
PAYMENT = rx(r"thanh toán trực tuyến")
SATISFACTION = rx(r"(?<!chỉ số )(?:mức độ|sự|tỷ lệ)\s+hài lòng")
# Figures that are accumulated or due, never a dossier fact of their own.
DOSSIER_NOT_FACT = rx(r"(?:lũy kế|luỹ kế|đến hạn giải quyết|trả lại hồ sơ|rút hồ sơ|trực tiếp)")

# --- procedures ------------------------------------------------------------
PROC_DECISIONS = rx(r"(?:ban hành|ký|có)\s*$")
PROC_NEW = rx(r"(?:công bố mới|ban hành mới|mới)")
PROC_AMENDED = rx(r"(?:sửa đổi|bổ sung|thay thế)")
PROC_ABOLISHED = rx(r"(?:bãi bỏ|hủy bỏ|huỷ bỏ)")
PROC_PUBLISHED = rx(r"công bố")
PROC_IN_EFFECT = rx(r"(?:còn hiệu lực|có hiệu lực|đang hiệu lực|cơ sở dữ liệu quốc gia|CSDL quốc gia|được công bố, công khai|"
                    r"(?:đăng tải|công bố|niêm yết) công khai|cập nhật|niêm yết)")
PROC_ONE_STOP = rx(r"(?:một cửa|liên thông)")
PROC_SIMPLIFIED = rx(r"(?:cắt,? giảm thời (?:hạn|gian)|rút ngắn thời gian|đơn giản hóa|đơn giản hoá|tinh gọn|gộp,? ghép|cắt giảm)")
DAYS_CUT = rx(r"(?:ngày cắt giảm|cắt giảm được|giảm được|rút ngắn)")
NATIONAL_PORTAL = rx(r"(?:tích hợp|kết nối)[^.;]*?(?:Cổng (?:Dịch vụ công|DVC) quốc gia)|(?:Cổng (?:Dịch vụ công|DVC) quốc gia)[^.;]*?tích hợp")
# Procedures a ministry handles (`thuộc thẩm quyền giải quyết của Bộ Thông tin và Truyền thông`) are the
# country's, whatever province's portal reports them.
MINISTRY_SCOPE = re.compile(r"(?:thẩm quyền|chức năng|phạm vi)[^.;]{0,40}?của (?:các )?Bộ(?! phận)(?=\s+[A-ZĐ]|\s*,)")
# Figures set for later: `sẽ triển khai 102 thủ tục`, `danh mục 201 dịch vụ ... để triển khai đợt 2`.
FUTURE_BEFORE = rx(r"(?:(?<!\w)(?:sẽ|dự kiến sẽ)\s+(?:\w+\s+){0,4}|(?<!\w)(?:để|chuẩn bị)(?:\s+cho)?(?:\s+việc)?"
                   r"(?:\s+xây dựng(?: và)?)?\s+triển khai\s*)$")
FUTURE_AFTER = rx(r"^[^.;]{0,80}?(?<!\w)(?:để|sẽ)\s+(?:xây dựng(?: và)?\s+)?triển khai(?!\w)")
PROPOSED = rx(r"(?:kiến nghị|đề nghị|đề xuất|dự kiến)[^.;]{0,40}$")

# --- online services ---------------------------------------------------------
# grades are written `mức độ 3` or just `mức 3`
SERVICE_FULL = rx(r"(?:mức(?: độ)?\s*4(?!\s*(?:và|,)\s*(?:mức(?: độ)?\s*)?3)|toàn trình)")
SERVICE_PARTIAL = rx(r"(?:mức(?: độ)?\s*3(?!\s*(?:và|,)\s*(?:mức(?: độ)?\s*)?4)|một phần)")
SERVICE_BOTH = rx(r"mức(?: độ)?\s*3\s*(?:,|và|-|–)\s*(?:mức(?: độ)?\s*)?4(?!\d)")
SERVICE_LEVEL2 = rx(r"mức(?: độ)?\s*[12](?!\d)")

# --- indices -----------------------------------------------------------------
INDEX_ALIASES: list[tuple[str, re.Pattern]] = [
    ("766", rx(r"(?:Bộ chỉ số (?:chỉ đạo, điều hành và đánh giá chất lượng )?phục vụ người dân|chỉ số phục vụ người dân|Bộ chỉ số 766|Quyết định (?:số )?766)")),
    ("SIPAS", rx(r"(?:SIPAS|Chỉ số hài lòng|chỉ số đo lường sự hài lòng)")),
    ("PAPI", rx(r"(?:PAPI|Chỉ số hiệu quả quản trị và hành chính công)")),
    ("DDCI", rx(r"(?:DDCI|năng lực cạnh tranh cấp sở)")),
    ("PCI", rx(r"(?:PCI|năng lực cạnh tranh cấp tỉnh)")),
    ("DTI", rx(r"(?:DTI|chỉ số chuyển đổi số|chuyển đổi số cấp tỉnh)")),
    ("PAR", rx(r"(?:PAR[ -]?INDEX|chỉ số CCHC|chỉ số cải cách hành chính)")),
]
NON_REFORM_INDEX = rx(r"(?:PGI|chỉ số xanh|chỉ số PII|đổi mới sáng tạo|chỉ số giá|ICT[ -]?INDEX|sẵn sàng (?:cho )?ứng dụng)")
# Economic results (investment, money) share the words of rankings (`dẫn đầu`, `tăng 189%`) but are no index facts.
ECONOMIC_TOPIC = rx(r"(?:FDI|vốn đầu tư|thu hút đầu tư|USD|tỷ đồng|GRDP|xuất khẩu|thu ngân sách|tăng trưởng kinh tế)")
RANK = rx(r"(?:xếp(?: ở)?(?: vị trí)?(?: thứ| hạng)+(?: thứ)?|đứng(?: ở)?(?: vị trí)?(?: thứ)?|vị trí thứ|hạng|^\s*thứ)\s*$")
RANK_FIRST = rx(r"(?:dẫn đầu|đứng đầu|quán quân|vị trí số 1|ngôi đầu)")
REGIONAL = rx(r"^\s*(?:khu vực|vùng|miền|các tỉnh|nhóm|top|tốp|trong khu vực|của khu vực)")
RANK_CHANGE = rx(r"(tăng|giảm|tụt)\s*(?:\w+\s+){0,2}$")
RANK_CHANGE_UNIT = rx(r"^\s*(?:bậc|hạng|vị trí|bậc)")
SCORE_CHANGE = rx(r"(tăng|giảm|cao hơn|thấp hơn)\s*(?:nhẹ\s*|thêm\s*)?$")
POINTS = rx(r"^\s*(?:/\s*100\s*)?điểm(?! cầu)")
MAXIMUM_POINTS = rx(r"(?:điểm tối đa|tối đa là|thang điểm|trên tổng(?: số)? điểm|tổng điểm tối đa)[^,;]{0,40}$")
COMPONENT = rx(r"chỉ số thành phần|lĩnh vực thành phần|tiêu chí thành phần")
NOT_A_RANK = rx(r"(?:năm|lần|tháng)\s+thứ\s*$")

# --- tiers -------------------------------------------------------------------
LEVELS: list[tuple[str, re.Pattern]] = [
    # the provincial service centre, also when the text refers back to it as a bare capitalised `Trung tâm`
    ("province", rx(r"(?:Trung tâm Phục vụ hành chính công(?: (?:của )?tỉnh| (?:của )?thành phố| cấp tỉnh)?|"
                    r"(?-i:Trung tâm)(?!\s+(?-i:[A-ZĐ])|\s+hành chính công (?:các cấp|cấp huyện|huyện))|"
                    r"(?<!cơ quan chuyên môn )(?<!đơn vị )cấp tỉnh)")),
    # `sở` is a department, but not inside `cơ sở` (base) or `trụ sở` (head office)
    ("department", rx(r"(?:(?<!\w)(?<!cơ )(?<!trụ )(?:các )?[Ss]ở(?:, ban, ngành| ban ngành|, ngành)?(?!\w)|"
                      r"cơ quan(?:, đơn vị)? (?:chuyên môn )?cấp tỉnh|đơn vị cấp tỉnh|Công an tỉnh|Ban quản lý)")),
    ("district", rx(r"(?:cấp huyện|UBND (?:các )?(?:quận|huyện)|của huyện|huyện, thị xã|UBND cấp huyện|"
                    r"(?<!\w)(?:các |khối )?quận(?:, huyện)?(?!\w)|(?<!\w)(?:huyện|thị xã)\s+(?-i:[A-ZĐ]))")),
    # a named ward or commune (`phường Khương Mai`, `xã Tân Lập`), not `Xã hội`
    ("commune", rx(r"(?:cấp xã|UBND (?:các )?xã|(?<!\w)(?<!thị )(?-i:phường|xã|thị trấn)\s+(?-i:[A-ZĐ]))")),
]
# A tier after `của` and a count (`TTHC thuộc chức năng của 13 sở, ngành`) says whose the items are, spread over
# many bodies; it is not the tier of the figure. A counted subject (`có 16 Sở đạt 100%`) still is.
COUNTED_TIER_BEFORE = rx(r"(?:của|thuộc)\s+\d+\s+(?:đơn vị\s+|cơ quan\s+)?$")
# `cấp huyện và cấp xã đạt 98%`: one figure for several tiers names the first (FACTS.md)
TIER_JOIN = rx(r"^\s*(?:,|và|hoặc|cùng)\s*(?:UBND\s+)?$")
# `mục tiêu cụ thể ... của Sở`: a plan of a body the article refers back to without its name (`Sở`, `huyện`);
# its figures are about that tier. A named body (`của Sở Nội vụ`) usually reports for the whole province.
PLAN_OWNER = rx(r"(?:kế hoạch|mục tiêu|chỉ tiêu)[^.;:]{0,80}?(?<!\w)của\s+(?P<body>(?-i:Sở|Trung tâm|UBND huyện|huyện|xã))"
                r"(?!\s*(?-i:[A-ZĐ])|\w)")
LEVEL_RESET = rx(r"(?:toàn tỉnh|trên địa bàn tỉnh|toàn thành phố|các cấp|cả nước|toàn quốc)")

# --- qualifiers, targets, national scope -------------------------------------
QUALIFIERS: list[tuple[str, re.Pattern]] = [
    ("at_least", rx(r"(?:tối thiểu|ít nhất|không dưới|từ)\s*$")),
    ("at_most", rx(r"(?:tối đa|không quá|không vượt quá)\s*$")),
    ("over", rx(r"(?<!cao )(?<!nhiều )(?<!thấp )(?:trên|hơn|vượt|vượt quá)\s*$")),
    ("under", rx(r"(?:dưới|chưa đến|chưa tới|không đến)\s*$")),
    ("about", rx(r"(?:gần|khoảng|xấp xỉ|ước|trên dưới|chừng)\s*$")),
]
AT_LEAST_TAIL = rx(r"^\s*(?:%\s*)?trở lên")
TARGET = rx(r"(?:mục tiêu|chỉ tiêu(?! này| phản ánh| đánh giá)|phấn đấu|kế hoạch đề ra|kế hoạch(?: \w+){0,3} đề ra|định hướng|dự kiến|phải đạt|cần đạt)")
NATIONAL = rx(r"(?:giá trị trung bình|trung bình cả nước|các tỉnh, thành(?: phố)?+(?! trực thuộc)|toàn quốc|cả nước đạt)")

# --- text that is never read for facts ---------------------------------------
TEASER_HEADINGS = rx(r"^\s*(?:Các tin khác|Tin liên quan|Tin cùng chuyên mục|Bài liên quan|Xem thêm|Tin khác|Các tin đã đưa)\s*:?\s*$")
DOC_NUMBER_BEFORE = rx(r"(?:(?:định|thị|quyết|hoạch|văn|Công văn|báo cáo|Thông tư|Nghị định|Luật|Kế hoạch)\s+số|số hiệu|mã|ISO|TCVN)\s*$")
NOISE_AFTER = rx(r"^(?:\s*(?:lượt xem|lượt truy cập|lượt)|[-/][A-ZĐ]|:\d|\s*(?:giờ|h\d|phút)(?!\w))")
PHONE = rx(r"(?:0\d{2,3}[ .]?\d{3}[ .]?\d{3,4})")
