"""Dossier figures: received, resolved, pending, on time, early, late, online, postal, digitised."""
from __future__ import annotations

from dataclasses import replace

from scrapers.facts import lexicon as lx
from scrapers.facts.figure import Figure, first, last, open_aside, search
from scrapers.facts.numbers import find_numbers, is_share_of

# the rate metric of each count metric: `12 hồ sơ (chiếm 0,29%)` is the share of the count before
RATE_OF = {
    "dossiers_on_time": "dossiers_on_time_rate",
    "dossiers_early": "dossiers_early_rate",
    "dossiers_late": "dossiers_late_rate",
    "online_dossiers": "online_dossier_rate",
    "digitised_dossiers": "digitisation_rate",
    "procedures_one_stop": "procedures_one_stop",
    "procedures_in_effect": "procedures_in_effect",
    "procedures_simplified": "procedures_simplified",   # `đơn giản hóa 161 thủ tục, đạt tỷ lệ 27,5%`
    "online_services": "online_services",
    "online_services_full": "online_services_full",
    "online_services_partial": "online_services_partial",
}


# the count of dossiers whose share each dossier rate is: `online_dossier_rate` -> `online_dossiers`
_COUNT_OF_DOSSIER_RATE = {rate: count for count, rate in RATE_OF.items() if "dossiers" in count}


# dossiers resolved on time, early or late are shares of the dossiers resolved (the others of those received)
_SHARES_OF_RESOLVED = ("dossiers_on_time", "dossiers_early", "dossiers_late")


def counts_of_a_rate(fig: Figure) -> str | None:
    """`tỷ lệ hồ sơ trực tuyến đạt 47,8% (4.954.457/10.364.973)`: a ratio in parentheses right after a rate of
    dossiers, whose quotient is that rate, gives the part (the rate's count) and the whole (the dossiers received, or
    resolved for a share resolved on time, set on the figure). Returns the part's metric."""
    tok, previous = fig.token, fig.previous_fact
    if tok.denominator is None or previous is None or previous.unit != "percent" or fig.previous is None:
        return None
    part = _COUNT_OF_DOSSIER_RATE.get(previous.metric)
    if part is None or not lx.RATIO_IN_PARENS_BEFORE.match(fig.s[fig.previous.end:fig.start]):
        return None
    if not is_share_of(tok.value, tok.denominator, previous.value):
        return None
    fig.whole_metric = "dossiers_resolved" if part in _SHARES_OF_RESOLVED else "dossiers_received"
    return part


def share_of_a_part(fig: Figure) -> bool:
    """A share of a part in a total of its own kind, not a rate: `đặc khu có 3.845 hồ sơ (chiếm 65,9%)` after
    `còn 5.830 hồ sơ quá hạn` (3.845 / 5.830), `chiếm 66% tổng số hồ sơ quá hạn`, `chủ yếu trên lĩnh vực đất đai
    (chiếm 99,2%)`."""
    if ("hồ sơ" in fig.right and lx.LATE_BASE_AFTER.match(fig.right)) or \
            search(lx.FIELD_SHARE_BEFORE, fig.sentence, max(fig.clause[0], fig.start - 80), fig.start):
        return True
    counts = [f for f in fig.so_far if f.unit == "count" and f.metric in RATE_OF]
    if not counts:
        return False
    if fig.next_start is not None and fig.next_start - fig.end <= 12:
        after = find_numbers(fig.s[fig.next_start:fig.next_start + 24])
        if after and not after[0].percent:
            counts = counts + [replace(counts[-1], value=after[0].value)]
    if len(counts) < 2:
        return False
    part, share = counts[-1], fig.token.value
    return any(whole.metric == part.metric and whole.value > part.value and is_share_of(part.value, whole.value, share)
               for whole in counts[:-1])


def dossier_status(text: str, rate: bool, first_cue: bool = False) -> str | None:
    """The status or channel named nearest the end of `text` (or its start, with `first_cue`)."""
    def where(rx):
        if first_cue:
            p = first(rx, text)
            return -p if p >= 0 else None
        p = last(rx, text)
        return p if p >= 0 else None
    cues = [(where(lx.LATE), "dossiers_late"), (where(lx.ON_TIME), "dossiers_on_time"),
            (where(lx.EARLY), "dossiers_early"), (where(lx.ONLINE), "online_dossiers"),
            (where(lx.POSTAL), "postal_dossiers"), (where(lx.DIGITISED), "digitised_dossiers")]
    if not rate:
        cues.append((where(lx.PENDING), "dossiers_pending"))
    in_time = lx.RESOLVED_ONLINE_IN_TIME.search(text) is not None   # the channel gives way to the time status
    cues = [c for c in cues if c[0] is not None and not (in_time and c[1] == "online_dossiers")]
    if not cues:
        return None
    pos, metric = max(cues)
    if metric == "dossiers_pending" and lx.OVERDUE_STILL_OPEN.search(text):
        metric = "dossiers_late"          # `quá hạn đang xử lý`: still open and overdue is late (corpus README)
    return RATE_OF.get(metric) if rate else metric


def names_an_outcome(text: str) -> bool:
    """`đã được giải quyết`, `đúng hạn`: `text` names what was done to dossiers or their status."""
    return dossier_status(text, rate=False) is not None or _received_or_resolved(text)[0] >= 0


def _received_or_resolved(text: str) -> tuple[int, str]:
    """(end of the last cue, metric) of receiving or resolving named in `text`; position -1 when neither is.
    Dossiers `yêu cầu giải quyết` (to be handled) were received, not resolved."""
    received = max(last(lx.RECEIVED, text), last(lx.TOTAL_TO_HANDLE, text))
    resolved = last(lx.RESOLVED, text)
    return (received, "dossiers_received") if received >= resolved else (resolved, "dossiers_resolved")


def _tier_item_of_a_breakdown(fig: Figure) -> str | None:
    """`Số hồ sơ kỳ trước chuyển qua là 5.508 hồ sơ (cấp tỉnh tiếp nhận 1.230 hồ sơ, cấp huyện ...)`: a tier's count in
    parentheses right after a count of dossiers is that count's part, whatever plain verb it has: the whole's metric,
    or "" (no fact) when the whole is none (`Số mới tiếp nhận trực tiếp ... là 864.891 hồ sơ (cấp tỉnh ...)`). None
    when the figure is no such item."""
    opened = open_aside(fig.s, fig.start)
    if opened < 0 or fig.previous is None:
        return None
    item_start = max(opened, fig.s.rfind(",", opened, fig.start), fig.s.rfind(";", opened, fig.start)) + 1
    if not lx.TIER_ITEM_BEFORE.match(fig.s[item_start:fig.start]):
        return None
    if fig.previous.end < opened:         # the first item: the whole is the count right before the parenthesis
        whole = lx.WHOLE_COUNT_BEFORE_PARENS.search(fig.s, max(0, fig.previous.end - 1), opened + 1)
        if whole is None:
            return None
    previous = fig.previous_fact
    return previous.metric if previous is not None and previous.unit == "count" else ""


def dossier_count(fig: Figure) -> str | None:
    """The metric of a count of dossiers."""
    metric = _dossier_count(fig)
    if metric in ("dossiers_resolved", None) and lx.SPLIT_INTO_NEW_AFTER.match(fig.s[fig.end:]):
        return "dossiers_received"        # `xử lý tổng số 1.610 hồ sơ (gồm ... chuyển tiếp và ... nộp mới)`
    counts = [f for f in fig.so_far if f.unit == "count"]
    if metric == "dossiers_on_time" and counts and counts[-1].metric == "dossiers_pending" and \
            lx.WITHIN_TERM_BEFORE.search(fig.near):
        return "dossiers_pending"         # `Đang giải quyết: 870 hồ sơ (trong hạn 669/...)`: pending, still in time
    if metric == "dossiers_on_time" and lx.PENDING.search(fig.near) and not lx.ON_TIME.search(fig.near):
        return "dossiers_pending"         # `đang giải quyết 3.098 hồ sơ trong hạn`: still open, within its time
    return metric


def _in_a_postal_breakdown(fig: Figure) -> bool:
    """`qua dịch vụ bưu chính công ích 2.239 hồ sơ (trong đó: Tiếp nhận 1.076 hồ sơ; trả kết quả cho công dân 1.163 hồ
    sơ)`: the items of a breakdown in parentheses after a postal count are carried by the post too."""
    opened = open_aside(fig.s, fig.start)
    return opened >= 0 and bool(lx.POSTAL.search(fig.s, max(0, opened - 120), opened))


def _dossier_count(fig: Figure) -> str | None:
    near, right, clause_left, sentence_left = fig.near, fig.right, fig.clause_left, fig.sentence_left
    right = lx.NEXT_ITEM_IN_RIGHT.split(right)[0]   # `(đúng hạn 11817 hồ sơ/trễ hạn 1448 hồ sơ)`: the next item's
    # `994 hồ sơ trực tiếp ... và 278.219 hồ sơ trực tuyến`: what follows the figure before is that figure's (not
    # so at a sentence's start: `Hồ sơ giải quyết đúng và trước hạn là 182.735 hồ sơ`)
    after_a_figure = fig.previous is not None and fig.left_start == fig.previous.end
    own_near = lx.ITEM_JOIN.split(near)[-1] if after_a_figure and lx.NOUN_AFTER.match(near) else near
    # a cue of no fact before the figure reaches back to the phrase of the figure before it, not into it (`Có 4.215
    # hồ sơ đến hạn giải quyết, đã có 4.186 hồ sơ được trả kết quả đúng hạn`: the second is a fact)
    lead = clause_left[-50:]
    if fig.previous is not None and fig.previous.end >= fig.clause[0]:
        phrase_end = lx.CLAUSE_BREAK.search(fig.s, fig.previous.end, fig.start)
        lead = fig.s[phrase_end.end() if phrase_end else fig.start:fig.start][-50:]
    if lx.DOSSIER_NOT_FACT.search(own_near) or lx.DOSSIER_NOT_FACT.search(right) or \
            (own_near == near and lx.DOSSIER_NOT_FACT.search(lead)):
        return None
    if lx.CHANNEL_ONLY_AFTER.match(fig.s, fig.end):
        return None
    if lx.TOTAL_WITH_CARRIED_BEFORE.search(own_near):
        return "dossiers_received"        # `tính cả hồ sơ chuyển tiếp là 151.000`: the total to handle
    if lx.CHANGE_BEFORE.search(near):
        return None                       # a change against another period
    if lx.TOTAL_AFTER_PART.search(near):
        # `2.000 hồ sơ qua mạng trong tổng số 4.200 hồ sơ được giải quyết`: the channel is the part's; the total
        # is received or resolved as its own verb or the sentence says
        for text in (right, sentence_left[-200:]):
            action = _received_or_resolved(text)
            if action[0] >= 0:
                return action[1]
        return None
    if search(lx.CHANNELS_LISTED, fig.sentence, max(0, fig.start - 150), fig.start):
        action = _received_or_resolved(sentence_left[-200:])   # the channels a total takes in name no channel
        if action[0] >= 0:
            return action[1]
    channel_first = lx.CHANNEL_THEN_VERB_AFTER.match(fig.s, fig.end)
    if channel_first:
        return dossier_status(channel_first.group(), rate=False, first_cue=True)
    for text in (right, own_near):
        status = dossier_status(text, rate=False)
        if status:
            return status
    held = lx.STATUS_AFTER_HOLDERS.match(fig.s, fig.end)
    if held:
        return dossier_status(held.group("status"), rate=False)
    part = _tier_item_of_a_breakdown(fig)
    if part is not None:
        return part or None
    scope = lx.CHANNEL_SCOPE_END.split(fig.clause_right[:120])[0]
    channel = lx.DOSSIER_CHANNEL.search(scope)
    if channel and lx.RECEIVED_OR_RETURNED.search(near):
        return "postal_dossiers" if "bưu" in channel.group().lower() else "online_dossiers"
    heads = list(lx.COUNTED_HEAD.finditer(clause_left))
    if heads and lx.ONLINE_HEAD.match(clause_left, heads[-1].start()) and lx.LINK_BEFORE.search(near):
        return "online_dossiers"          # `tổng số hồ sơ trực tuyến đã tiếp nhận, giải quyết ... là 43.007 hồ sơ`
    topic = lx.TOPIC_LEAD.match(fig.s)
    status = dossier_status(topic.group("topic"), rate=False) if topic and topic.end() <= fig.start else None
    if status:
        return status                     # `Về hồ sơ trực tuyến, ... UBND thành phố tiếp nhận 581 hồ sơ`
    if lx.RESOLVED_OPENS.match(own_near) and lx.RECEIVED_BEFORE_THE_CUT.search(fig.s, 0, fig.left_start):
        return "dossiers_received"        # `đã tiếp nhận, giải quyết 1.196 hồ sơ`: both, read as received
    for text in (own_near, right):
        action = _received_or_resolved(text)
        if action[0] >= 0:
            # `Bưu điện tỉnh ... đã tiếp nhận hơn 4.400 hồ sơ và chuyển trả 42.420 kết quả`: the post carries them
            return "postal_dossiers" if lx.POSTAL.search(clause_left) or _in_a_postal_breakdown(fig) else action[1]
    # `218.763 hồ sơ của các tổ chức, cá nhân yêu cầu giải quyết`: the total to handle, named after a comma
    own_phrase = fig.s[fig.end:fig.next_start if fig.next_start is not None else fig.clause[1]][:80]
    if lx.TOTAL_TO_HANDLE.search(own_phrase):
        return "dossiers_received"
    for text in (clause_left, sentence_left[-200:]):
        status = dossier_status(text, rate=False)
        action = _received_or_resolved(text)
        if status or action[0] >= 0:
            return status or action[1]
    if lx.VOLUME_HEAD.search(own_near):
        return "dossiers_received"        # `có số lượng hồ sơ cao nhất với 645.566 hồ sơ`: no status, the volume
    # an item of a breakdown (`trong đó ... có 63.273 hồ sơ, ... có tổng số 53.110 hồ sơ`) without words of its own
    # is a part of what the item before it was
    earlier = [f for f in fig.so_far if f.unit == "count" and f.metric.startswith("dossiers")]
    if earlier and lx.BREAKDOWN_IN_CLAUSE.search(clause_left):
        return earlier[-1].metric
    if not earlier and fig.ctx.last_dossier_count and lx.BREAKDOWN.match(fig.s):
        return fig.ctx.last_dossier_count  # `Trong đó, nhiều nhất là Sở Tư pháp (188 hồ sơ)`: the last sentence's count
    return None
