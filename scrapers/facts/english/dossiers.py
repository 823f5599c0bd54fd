"""English dossier figures: received, resolved, pending, on time, early, late, online, postal, digitised."""
from __future__ import annotations

from scrapers.facts.dossiers import RATE_OF
from scrapers.facts.english import lexicon as en
from scrapers.facts.figure import Figure, first, last, last_match

_STATUSES = ((en.PENDING, "dossiers_pending"), (en.LATE, "dossiers_late"), (en.ON_TIME, "dossiers_on_time"),
             (en.EARLY, "dossiers_early"), (en.ONLINE, "online_dossiers"), (en.POSTAL, "postal_dossiers"),
             (en.DIGITISED, "digitised_dossiers"))


def dossier_status(text: str, first_cue: bool, rate: bool = False) -> str | None:
    """The status or channel named first in `text` (`first_cue`: the text after a figure) or last (before it)."""
    found = []
    for rank, (rx, metric) in enumerate(_STATUSES):
        if rate and metric == "dossiers_pending":
            continue
        pos = first(rx, text) if first_cue else last(rx, text)
        if pos >= 0:
            found.append(((pos, rank) if first_cue else (-pos, rank), metric))
    if not found:
        return None
    metric = min(found)[1]
    return RATE_OF.get(metric) if rate else metric


def dossier_action(text: str) -> str | None:
    """Received or resolved, whichever `text` names last (`received and processed`: received)."""
    received, resolved = last(en.RECEIVED, text), last(en.RESOLVED, text)
    if received < 0 and resolved < 0:
        return None
    return "dossiers_received" if received >= resolved else "dossiers_resolved"


def dossier_count(fig: Figure, head_at: int | None) -> str | None:
    """The metric of a count of dossiers; `head_at` is where a counted head before it starts (`the number of
    documents received online is nearly 700`), None when the noun follows the figure."""
    # `2,199 ahead of schedule and 3,353 on schedule`: what follows the figure before is that figure's
    after_previous = fig.previous is not None and fig.left_start == fig.previous.end
    own_near = en.ITEM_JOIN.split(fig.near)[-1] if after_previous else fig.near
    head = fig.clause_left[head_at:] if head_at is not None else ""
    if en.DIRECT.search(fig.right) or en.DIRECT.search(own_near) or en.DIRECT.search(head):
        return None                       # `3,393 direct dossiers`: a count of one channel only is no fact
    if en.PAYMENT.search(fig.right) or en.PAYMENT.search(own_near):
        return None                       # `1,176 dossiers completed online fee payment`, `online payment was applied
                                          # for 13,392 dossiers`: payments have no count
    # (`7,800 records with a timely and early resolution rate of over 99%`: the status is the rate's)
    rate_after = en.WITH_A_RATE.search(fig.right)
    right = fig.right[:rate_after.start()] if rate_after else fig.right
    status = dossier_status(right, first_cue=True) or dossier_status(own_near + " " + head, first_cue=False)
    if status:
        return status
    counted = last_match(en.COUNTED_HEAD, fig.clause_left) if head_at is None else None
    if counted and en.LINK_BEFORE.search(fig.near.rstrip().rstrip(":")):
        # `The number of records received via online public services at levels 3 and 4 is: 3,993 records`
        status = dossier_status(fig.clause_left[counted.start():], first_cue=False)
        if status:
            return status
    if en.NEW_DOSSIERS_AFTER.match(fig.right):
        return "dossiers_received"        # `42,474 new documents`
    for text in (own_near, head, fig.right, fig.clause_left[-120:], fig.sentence_left[-200:]):
        action = dossier_action(text)
        if action:
            # (`collaborated with the Provincial Post Office to receive nearly 70,000 records`: the post carries them)
            return "postal_dossiers" if en.POST_OFFICE_SUBJECT.search(fig.clause_left) else action
    if fig.ctx.last_dossier_count in ("dossiers_received", "dossiers_resolved") and \
            en.UNIT_WITH_BEFORE.search(fig.near):
        return fig.ctx.last_dossier_count   # `Next is Thach Ha commune with 1,443 records`: a unit's part of the
                                            # count the article gave before
    return None


def part_of_whole(fig: Figure, whole_end: int) -> str | None:
    """`digitized 639 out of 1,414 incoming dossiers`, `5,996 out of 9,823 dossiers ... had been digitized`: the
    status a part of a whole of dossiers is counted by, named after the whole in its clause, else the status or what
    was done to it (`resolved 950 out of 1,000 dossiers`) named nearest before the part."""
    after = fig.s[whole_end:fig.clause[1]]
    return dossier_status(after, first_cue=True) or dossier_status(fig.near, first_cue=False) or \
        dossier_action(fig.near) or dossier_status(fig.clause_left, first_cue=False) or dossier_action(fig.clause_left)
