"""Cue words of English reform reports, each with an example (the twin of `scrapers.facts.lexicon`).

English pages of Vietnamese outlets and portals translate the same reports: `received 5,780 dossiers`, `98.5% of
dossiers were settled on time`, `abolish 520 administrative procedures`, `landing at 29th place with a score of 67.89
points`. Every cue the English rules read is here, compiled with `lexicon.cue(pattern, example)` (case-insensitive
unless `case=True`), so tests/facts/test_lexicon.py checks that each reads its example. As in the Vietnamese
lexicon, a cue anchored at a figure reads the words just before it (`...$`, its example ends there) or just after
it (`^...`). Examples are written for the project, never copied from articles.
"""
from __future__ import annotations

import re

from scrapers.facts.cue import Cue
from scrapers.facts.lexicon import cue

# --- figures that are not facts --------------------------------------------------------
# `Decision No. 1565`, `Plan No. 02-KH`, `Resolution 66/NQ-CP`: document numbers
# (`from number 15`, `to number 14`: a place in a ranking, `NUMBERED_PLACE_BEFORE`)
_NOT_A_PLACE = r"(?<!from )(?<!to )(?<!at )(?<!as )"
# (`ranked No. 13`, `to rank No. 6`: a place)
_NOT_A_RANK = r"(?<!ranked )(?<!rank )(?<!ranks )(?<!ranking )"
DOC_NUMBER_BEFORE = cue(r"(?:" + _NOT_A_RANK + r"No\.?|" + _NOT_A_PLACE +
                        r"Number|Decree|Resolution|Decision|Directive|Circular|Law)\s*$",
                        "under Decision No. ")
# `an increase of 4,630 records compared to 2023`, `up 2.1% from last year`, `an increase of nearly 600 applications`: a
# change of a count or a rate, not a level
CHANGE_BEFORE = cue(r"(?:(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline|growth)\s+of|"
                    r"(?<!\w)(?:up|down|rose|fell|increased|decreased|dropped|grew)(?:\s+by)?)"
                    r"(?:\s+(?:nearly|almost|about|approximately|around|over|more than|some))?\s*$",
                    "an increase of nearly ")
# `the 4th meeting`, `at 453 Le Loi Street`, `3 reviews`: what a figure names when it is no statistic
NOUN_OTHER = cue(r"^\s*(?:citizens?|people|persons?|reviews?|meetings?|consecutive|times?|streets?|hours?|minutes?|"
                 r"officials?|civil servants?|staff|employees?|localities|provinces|ministries|units?|agencies|"
                 r"business conditions?|groups? of|component|indicators?|areas?|visits?|views?|billion|VND|USD|"
                 r"cases? of (?:early )?(?:retirement|resignation|redundancy|violations?|infections?)|"
                 # (`17 file receiving counters`, `1 file lookup machine`: things named after files, not files)
                 r"(?:files?|records?|dossiers?)\s+(?:\w+\s+)?(?:counters?|machines?|kiosks?|desks?|systems?))(?!\w)",
                 " civil servants took part")   # (`resolved 3,867 cases of early retirement`: staff, not dossiers)
# `1,000 records/year/province`, `120 dossiers a day`: an average per period, not a count of the period
# (`400 administrative procedure files per month`: the noun may take several words; not `350 applications in a week`)
PER_PERIOD_AFTER = cue(r"^\s*(?:\w+\s+){0,3}\w+\s*(?:/\s*(?:year|month|week|day)|"
                       r"(?<!\sin )(?:a|per|each) (?:year|month|week|day))(?!\w)",
                       " records/year/province")
# ... and `each day it receives more than 300 records`, `On average, over 200,000 administrative documents are
# received ... every year` (the period or the average before the figure)
PER_PERIOD_BEFORE = cue(r"(?:(?<!\w)(?:each|every|per) (?:day|week|month|working day)|(?<!\w)on average)(?:,)?\s+"
                        r"(?:\w+\s+){0,5}$", "On average, each day it receives more than ")
# `in the first phase`, `level 3`: a label, not a statistic (`at the district level 136,350 records` names a tier)
LABEL_BEFORE = cue(r"(?:(?<!provincial )(?<!district )(?<!commune )(?<!communal )level|phase|stage|grade|week|category|"
                   + _NOT_A_RANK + r"No\.|"
                   + _NOT_A_PLACE + r"number)\s*$", "online public services at level ")
# `the rate of level 3 and 4 online applications`: a grade 3 or 4 after another, a label too
SECOND_LEVEL_BEFORE = cue(r"(?<!\w)levels? [1-4]\s*(?:and|or|,)\s*$", "the rate of level 3 and ")

# --- numbers ---------------------------------------------------------------------------
# English writes `2,941` for 2941 and `67.89` for 67.89 (the Vietnamese convention is the other way round); a
# figure may carry an ordinal suffix (`29th`), a scale word, `%`, `percent` or `per cent`, and a `/N` denominator.
# As in the Vietnamese pattern, the figure opens with its first digit and looks behind only then.
# (a Vietnamese decimal comma left in a translation before a share or points, `88,38%`, `1,82 points`, is a decimal,
# and so is one before four digits, which no thousands group has: `45,7047 points`, `(4,3875)`)
# (a hyphen before the digit is a minus sign only after a space or a parenthesis: `(-0.02%)`, not `COVID-19`, nor
# the grade of `level-3 and -4`)
NUMBER = cue(r"(?P<num>\d(?<![\w.,/:]\d)(?<!\w-\d)(?<!and -\d)(?<!, -\d)"
             r"(?>\d{0,2},\d{1,2}(?=\s*(?:%|per ?cent|points?)(?!\w))|\d{0,2},\d{4}(?![\d,])|"
             r"\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
             r"(?:(?:st|nd|rd|th)?/(?P<den>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?(?P<ord>st|nd|rd|th)?(?![\w/])"
             # (`2nd/63`, `57.04/61.50 points`)
             r"(?:(?P<high>\s*[-–]\s*\d+(?:\.\d+)?)(?=\s*(?:%|per ?cent)))?"
             r"(?:\s+(?P<scale>thousand|million|billion)(?!\w))?(?P<pct>\s*(?:%|per ?cent(?!\w)))?",
             "received 5,780 dossiers, 98.5% on time, 29th place")
# `two spots`, `three procedures`: number words count before a counted noun
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# `ranked second`, `came in fifth`: a rank in an ordinal word after a verb of ranking (`first` is a first place)
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10}
# (`secured the second place`, `retained its third position`, `arrive at the second position`, `climbed two spots to
# rank third`, `jump to fourth position`)
# (`ranking third out of 63 provinces`)
WORDED_RANK = cue(r"(?:(?:rank(?:ed|s|ing)|came(?: in)?|finish(?:ed|es)|placed|stood)\s+|"
                  r"(?:secured?|took|retained|won|claimed|held|kept|maintained)\s+(?:the|its)\s+|"   # (`to secure the
                  # second spot`)
                  r"(?<!\w)rank\s+|(?<!\w)(?:at|to|in)\s+(?:the\s+)?(?=\w+\s+(?:place|position|spot)(?!\w))|"
                  r"(?<!\w)(?:down|up|back)\s+to\s+(?=\w+\s+with(?!\w))|"   # (`slipped down to second with 73.2`)
                  r"(?<!\w)(?:places|spots|positions|ranks|notches|steps)\s+to\s+|"   # (`dropped two places to sixth`)
                  # (`; second place is Bac Giang province with a score of 72.67`)
                  r"(?<![\w-])(?=\w+\s+(?:place|position)\s+(?:is|was|went to|belongs to|belonged to)(?!\w))|"
                  # (`ranked fourth in 2014, third position in 2015, fourth in 2016`: a place and its year)
                  r"(?<![\w-])(?=\w+(?:\s+(?:place|position|spot))?\s+in\s+(?:19|20)\d\d(?!\d))|"
                  # (`was placed fourth and fifth, respectively`: the last of a respective list)
                  r"(?<=\sand\s)(?=\w+(?:\s+(?:place|position|spot))?,?\s+respectively(?!\w))|"
                  # (`Dong Thap is second in the 2020 PCI rankings`, `Dong Thap was in third with a score of 70.53`)
                  r"(?<!\w)(?:is|was)\s+(?:in\s+)?(?=\w+\s+(?:in|with|place|position|spot)(?!\w))|"
                  # (`Hanoi remains the second of 63 provinces/cities in the PAR index`: a place out of the country's)
                  r"(?<!\w)(?:remain(?:s|ed)?|is|was|became|stay(?:s|ed)?)\s+the\s+"
                  r"(?=\w+\s+(?:of|out of|among)\s+(?:the\s+)?(?:63|34)(?!\d)[^,.;]{0,30}?\sin\s)|"
                  # (`was the sixth best performer in the country`)
                  r"(?<!\w)the\s+(?=\w+\s+best(?:\s+performer)?\s+(?:in|of)\s+the\s+(?:country|nation)))"
                  r"(?P<word>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?!\w)", "HCMC came in fifth")
WORDED_COUNT = cue(r"(?<!\w)(?P<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
                   r"(?=\s+(?:spots?|places?|positions?|ranks?|notches|steps|levels?(?! of))(?!\w))",
                   "dropped two spots")

# --- sentences and clauses ---------------------------------------------------------------
# `Of which, ...`, `including 2,387 online`: the figures after break down the one before
# (`These include 1,209 online public services at stage 3 and 239 at stage 4`)
BREAKDOWN = cue(r"(?:of which|in which|including|among (?:them|which)|consisting of|(?:these|they|which) include[sd]?)",
                "including 2,387 online")
ITEM_JOIN = cue(r"\s(?:and|as well as)\s", "5,000 received and 4,000 resolved", case=True)
# `52 per cent ... in category 3, and 45 per cent in category 4`: the next item of a list, joined to the one before
NEXT_ITEM_JOIN = cue(r"\s*[,;]?\s*(?:and|while|as well as)?\s*", ", and ")

# a hard line wrap inside a sentence: the line ends in a comma or a word no sentence ends in, or the next line goes
# on with a figure (`As of the end of April` / `2025, a total of`; `November 15,` / `2022`)
WRAPPED_LINE_END = cue(r"(?:,|(?<!\w)(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|as|than|out of|"
                       r"January|February|March|April|May|June|July|August|September|October|November|December))$",
                       "As of the end of April")
WRAPPED_LINE_START = cue(r"\d", "2025, a cumulative total of")

# --- what is counted: the noun after (or before) a figure ----------------------------------
# (`profiles`: hồ sơ as machine translations give it)
_DOSSIER = r"dossiers?|records?|applications?|files?|cases?|profiles?"
# `documents` are dossiers when what is done to dossiers is said of them (`16,110 documents solved before schedule`,
# `42,474 new documents`, `2,863 documents are being processed`, `6,100 administrative documents have been submitted
# online`, `3,311,866 documents of administrative procedures`, and so are `3,257 requests were handled`); alone they
# are as often legal documents (`issued 15 documents guiding ...`)
_DOSSIER_DOCUMENTS = (r"(?:(?<=new )|(?<=online )|(?<=overdue )|(?<=solved )|(?<=resolved )|(?<=received ))documents|"
                      r"documents of administrative procedures?|"
                      r"(?:documents|requests)(?=\s+(?:(?:were|was|are|is|been|being|have|has)\s+){0,2}(?:solved|"
                      r"resolved|settled|received|processed|handled|returned|submitted|worked on|late|overdue|"
                      r"delayed))")
# `requests` are dossiers when they are administrative ones (`11,600 administrative requests`, `6,120 requests related
# to administrative procedures`, and so are `11,531 administrative inquiries`); alone they are as often a body's or a
# citizen's asks
_DOSSIER_REQUESTS = (r"administrative\s+(?:requests?|inquiry|inquiries)|"
                     r"requests?(?=\s+(?:related to|for|on|regarding|concerning)\s+administrative\s+procedures?)")
# the field a dossier is of, between its figure and its noun (`541 land records`, `4,000 business registration
# dossiers`)
_DOSSIER_FIELD = r"(?:land|business(?:\s+registration)?|civil\s+status|construction|household|investment|tax)"
_PROCEDURE = r"administrative procedures?|procedures?|APs?|TTHCs?"
_SERVICE = r"online public services?|online services?|public services?|services?|(?-i:OPS)"   # `1,816 OPS`
# words of status, channel, field or grade may stand between the figure and its noun (`120 overdue dossiers`, `45 new
# procedures`, `541 land records`, `1,500 full-process online public services`, `1,020 fully online public
# services`)
NOUN_AFTER = cue(rf"\s*(?:(?:central|provincial|district|commune|communal)-level\s+)?"
                 rf"(?:(?:online|overdue|late|pending|new|newly received|postal|digiti[sz]ed|solved|resolved|"
                 rf"received|other)\s+)?"
                 # (`17,600 land administrative procedure records`)
                 rf"(?:{_DOSSIER_FIELD}\s+(?=administrative\s))?"
                 rf"(?:(?:administrative\s+(?:procedure\s+)?|(?-i:TTHC)\s+)(?=(?:{_DOSSIER}|documents)(?!\w)))?"
                 rf"(?:{_DOSSIER_FIELD}\s+(?=(?:{_DOSSIER})(?!\w)))?"
                 rf"(?:({_DOSSIER}|{_DOSSIER_DOCUMENTS}|{_DOSSIER_REQUESTS})|"
                 rf"(?:(?:integrated|internal|new|newly (?:issued|announced|promulgated)|amended|revised|replaced|"
                 rf"valid|abolished|"
                 rf"simplified|modified)(?:\s+and\s+supplemented)?\s+)?"
                 rf"({_PROCEDURE})|(?:(?:integrated|full(?:\s*-\s*(?:process|service))?|fully|partial(?:ly)?|"
                 rf"level-[34](?:\s*(?:and|,)\s*-[34])?)\s+)?({_SERVICE})|"
                 rf"(decisions?)|"
                 rf"(days?))(?!\w)",
                 " administrative procedure records")
NOUN_CLASSES = ("dossier", "procedure", "service", "decision", "days")
# ... and when the verb before the figure is one done to dossiers (`the Center received 44,855 documents of 19
# departments`)
DOCUMENTS_AFTER = cue(r"\s*documents(?!\w)", " documents of 19 departments")
DOSSIER_VERB_BEFORE = cue(r"(?:received|resolved|solved|settled|processed|handled)"
                          r"(?:\s+(?:a total of|nearly|about|over|more than))?\s*$", "the Center received ")
# `the number of documents received online is nearly 700`: the noun before a linking verb heads the count
# (`documents` are dossiers only as such a head: alone they are as often legal documents)
COUNTED_HEAD = cue(rf"(?:number|total) of (?:\w+\s+){{0,2}}?(?:({_DOSSIER}|documents)|({_PROCEDURE})|({_SERVICE}))"
                   r"(?!\w)",
                   "the number of documents received online is")
ANY_COUNTED_HEAD = cue(r"(?:number|total) of", "the number of staff of the centre came to")
LINK_BEFORE = cue(r"(?:is|are|was|were|reached|totall?ed|stood at|amount(?:ed|s) to|came to|of)"
                  r"(?:\s+(?:nearly|almost|about|approximately|around|over|more than|less than|some))?\s*$",
                  "received online is nearly ")
# `amended 78 procedures, while removing 150 others`: a count of the same things as the count before
# `accounting for 58.86% of the total number of overdue files`: a part's share of the dossiers of one status, not the
# share of that status among all dossiers
SHARE_OF_A_STATUS_TOTAL_AFTER = cue(rf"\s*of (?:the )?total (?:number of )?(?:overdue|late|delayed|on-time|early)\s+"
                                    rf"(?:{_DOSSIER}|documents)(?!\w)", " of the total number of overdue files")
# `42,474 new documents`: dossiers newly received
NEW_DOSSIERS_AFTER = cue(rf"\s*new(?:ly received)?\s+(?:{_DOSSIER}|documents)(?!\w)", " new documents")
OTHERS_AFTER = cue(r"^\s*(?:others|other ones)(?!\w)", " others")
# `Among the 982 administrative procedures, 483 were newly issued`: a bare part of procedures, by what was done to it
# `approximately 550 can be completed fully online, while 945 can be partially processed online`: procedures provided
# online, at the grade the words name
DONE_ONLINE_AFTER = cue(r"\s*can\s+be\s+(?:\w+\s+){0,2}?online(?!\w)", " can be partially processed online")
# `of which 331 are fully online, 1,182 are partially online and 465 procedures are not supported online`: procedures
# counted by the grade they are online at (or not online at all: no fact)
GRADED_ONLINE_AFTER = cue(rf"\s*(?:(?:{_PROCEDURE})\s+)?(?:are|were|is)\s+(?:provided\s+)?(?P<grade>fully|partially)\s+"
                          r"online(?!\w)", " are fully online")
NOT_ONLINE_AFTER = cue(rf"\s*(?:(?:{_PROCEDURE})\s+)?(?:are|were|is)\s+not\s+(?:supported|provided|available)\s+online",
                       " procedures are not supported online")
# `199.626 TTHC were submitted online`: procedures handed in are their dossiers, handed in online
SUBMITTED_ONLINE_AFTER = cue(rf"\s*(?:(?:{_PROCEDURE})\s+)?(?:were|was|have been|has been)\s+"
                             r"(?:submitted|filed|lodged)\s+online(?!\w)",
                             " were submitted online")
PROCEDURES_NAMED = cue(rf"(?<!\w)(?:{_PROCEDURE})(?!\w)", "Among the 982 administrative procedures")
PROCEDURES_DONE_AFTER = cue(r"^\s*(?:(?:were|was|have been|has been)\s+(?:newly\s+)?(?:issued|abolished|amended|"
                            r"simplified|announced|replaced|cut|removed)|"
                            # (`Of the procedures, approximately 550 can be completed fully online`)
                            r"can\s+be\s+(?:completed|processed|performed|carried out)\s+(?:fully\s+|partially\s+)?"
                            r"online|can\s+be\s+(?:fully|partially)\s+(?:completed|processed|performed|carried out)\s+"
                            r"online)(?!\w)", " were newly issued")
# ... when they are the object of a verb of their own (`while removing 150 others`, not `and 25 others came`)
VERB_BEFORE = cue(r"(?<!\w)\w{2,}(?:ed|ing)\s*$", "while removing ")
# `891 of which were processed online`: a part of the count before
# `reached 97%, of which 66% were offered at level 4`: a part of the share before
OF_WHICH_BEFORE = cue(r"\s*(?:of|in) which\s*", " of which ")
OF_WHICH_AFTER = cue(r"^\s*of (?:which|them)", " of which were processed online")
# `... 3,311,866 documents ... have been resolved. Of the figure, 3,307,408 have been handled on time`: a sentence
# opening on the count of the one before breaks it down
OF_THE_COUNT_OPENS = cue(r"\s*(?:of|among) (?:the (?:figure|total|number)|these|them|this (?:figure|total|number))\s*,",
                         "Of the figure, ")

# `digitized 639 out of 1,414 incoming dossiers`, `926 out of 1,097 procedure outcomes`: a part of a whole of dossiers
# (or of their results); the part is the fact, the whole only its denominator
PART_OF_WHOLE_AFTER = cue(rf"\s*out of\s+(?:the\s+)?\d[\d,.]*\s+(?:incoming\s+|received\s+|submitted\s+)?"
                          rf"(?:administrative\s+)?(?:procedure\s+)?(?:{_DOSSIER}|outcomes|results)(?!\w)",
                          " out of 1,414 incoming dossiers")
# `100% of administrative procedures are not eligible for the construction of a full online public service`: the share
# of what cannot be put online, no reform figure
NOT_ELIGIBLE_AFTER = cue(r"[^,;.]{0,60}?(?<!\w)(?:not\s+eligible|ineligible)(?!\w)",
                         " of administrative procedures are not eligible")
# `2,051 out of 4,888 administrative procedures, 42 percent of the total`: the part's share of the whole
OF_THE_TOTAL_AFTER = cue(r"^\s*of the total(?!\s+(?:number\s+)?of)", " of the total")
# `simplified 4,818 out of 5,421 procedures`: a part of a whole of procedures, counted by what is done to it
PROCEDURES_OUT_OF_AFTER = cue(r"\s*out of\s+(?:the\s+)?\d[\d,.]*\s+(?:\w+\s+){0,2}?(?:administrative\s+)?"
                              r"procedures?(?!\w)", " out of 5,421 procedures")
# `15.7 out of the total of 18 points`, `83.08 out of the 100 points`: a score and the maximum of its scale
# ... and the maximum is followed by its points or by the clause's end (`scoring 86.94 out of 100,`)
SCORE_MAXIMUM_END = cue(r"\s*(?:points?(?!\w)|(?=[,.;)]|\s+(?:and|in|for|on|with|while)\s)|$)", " points")
SCORE_OUT_OF_BETWEEN = cue(r"\s+out of\s+(?:the\s+)?(?:total\s+(?:of\s+)?)?(?:the\s+)?", " out of the total of ")
OUT_OF_BEFORE = cue(r"(?<!\w)out of\s*(?:the\s*)?$", "639 out of ")
# ... with the part (`2,263 out of `): the figure whose whole follows
PART_OUT_OF_BEFORE = cue(r"(?P<part>\d[\d,.]*)\s+out of\s*(?:the\s*)?$", "2,263 out of ")

# --- dossier status and channel ------------------------------------------------------------
# (`4,180 records transferred from the previous period`: carried over)
# (`it is working on 1,256 others`, `156 are awaiting results`)
PENDING = cue(r"(?:(?:being|under|still) (?:processed|processing|handled|resolved|considered|worked on)|pending|"
              r"in progress|(?:is|are) (?:still )?working on|(?:are|is) awaiting (?:results|resolution|processing)|"
              r"carried over|not yet due|(?:transferred|carried|brought) (?:over )?from the previous (?:period|month|"
              r"quarter|year))", "197 dossiers are currently being processed within the deadline")
# `of which 965 are fully online public services and 1,266 are partially online`, `with 127 fully online`: a part of
# the procedures named before, by its online grade
GRADED_PART_AFTER = cue(r"\s*(?:are\s+|were\s+)?(?:fully|partially)\s+online(?!\w)", " are fully online")
# `7,800 records with a timely and early resolution rate of over 99%`: a rate named after a count, with its own status
WITH_A_RATE = cue(r"\s(?:with|at)\s+(?:a|an|the)\s+[^,;]{0,40}?\brate\b", " with a timely and early resolution rate")
# an online service's grade: its level (`level 3`), category (`category 4`) or stage (`239 at stage 4`)
_GRADE = r"(?:level|category|stage)"
# `(of which DVC level 3 is 398 services and DVC level 4 is 68 services)`: a grade named right before a count's `is`
# grades it (the grade after it is the next item's)
GRADE_IS_BEFORE = cue(rf"{_GRADE}[\s-]*[1-4]\s+(?:(?:online\s+)?(?:public\s+)?services?\s+)?"
                      r"(?:is|are|was|were|reached|numbered|:)\s*$", "DVC level 3 is ")
# `early and on-time`, `ahead of schedule and on schedule`: together they are the on-time share (FACTS.md)
ON_TIME = cue(r"(?:(?:early|ahead of (?:schedule|time)) (?:and|or) on[- ](?:time|schedule|duty)|"
              r"on[- ]time (?:or|and) (?:early|ahead of (?:schedule|time|(?:the )?deadline))|"
              r"(?:on[- ]time|correctly|on schedule|proper(?:ly)?(?: settlement)?(?: rate)?|on) (?:and|or) "
              r"(?:before|ahead of) (?:the )?"
              r"(?:deadline|schedule|time|due date)|"
              r"on[- ]time|on schedule|timely (?:(?:application|dossier|record) )?(?:settlement|resolution|handling|"
              r"processing|settled|resolved)|"
              # (`handled in time or even earlier than scheduled`)
              r"(?:(?<=handled )|(?<=resolved )|(?<=settled )|(?<=returned )|(?<=processed ))in time|"
              r"correct(?:ly)? and early|timely and early|early and timely|"   # (`a timely and early resolution rate`)
              r"within the (?:deadline|term|time limit|prescribed time)|"
              r"on[- ]duty (?=settlement|records?|dossiers?|files?))",   # (`on-duty`: a translation of `đúng hạn`)
              "the rate of settlement within the term")
EARLY = cue(r"(?<!and )(?:ahead of (?:schedule|time|(?:the )?deadline)|"
            r"(?:before|prior to) (?:the )?(?:deadline|schedule)|"
            r"(?<!\w)early(?!\w))"
            r"(?!\s+(?:and|or)\s+on[- ](?:time|schedule|duty))", "processed and delivered ahead of schedule")
# (`577 files were resolved after deadline`)
LATE = cue(r"(?:overdue|behind schedule|past the deadline|after (?:the )?deadline|delayed|(?<!\w)late(?!\w))",
           "102 applications were delayed")
# (`1,051 OPS at level 4`: online public services by their abbreviation)
# (`the rate of electronic administrative procedure settlement records`: electronic records are online ones, as
# `hồ sơ điện tử`; not `the conversion of paper records to electronic records`, a digitisation)
ONLINE = cue(r"(?:online|electronically|via the (?:national )?public service portal|(?-i:(?<!\w)OPS(?!\w))|"
             r"(?<!to )(?<!into )electronic(?= (?:\w+ ){0,3}(?:records|dossiers|applications|files)(?!\w)))",
             "submitted online")
POSTAL = cue(r"(?:postal|by post)", "returned by postal service")
# `the Provincial Post Office has returned the results of ... over 350,000 records`: the post as the subject
POST_OFFICE_SUBJECT = cue(r"(?<!\w)(?:Post Offices?|post offices?|Vietnam Post|VNPost|Vietnam Post Corporation)(?!\w)",
                          "the Provincial Post Office has returned", case=True)
# (not `the rate of exploitation and reuse of digitized data`: data reused, no records digitised)
DIGITISED = cue(r"(?<!reuse of )digit(?:al)?i[sz](?:ed|ing|ation)(?! data)", "the rate of digitizing file components")
# `the rate on time is only 91.74%`: a rate named by its status right after the word `rate`
STATUS_OPENS = cue(r"\s*(?:on[- ]time|ahead of (?:schedule|time)|early|late|overdue)(?!\w)", " on time")
# `The digitization of 100% of applications`: the share digitised, named by the act
DIGITISATION_OF_BEFORE = cue(r"(?<!\w)digiti[sz]ation of\s*$", "The digitization of ")
# `The satisfaction level of the people reaching over 97%`: the satisfaction rate, named before its verb
SATISFACTION_REACHING_BEFORE = cue(r"satisf(?:action|ied)(?: level| rate)?(?: of [^,;]{0,40}?)?\s+(?:reaching|reached|"
                                   r"was|is|stood at|at)\s+(?:over |about |nearly |more than |almost )?$",
                                   "The satisfaction level of the people reaching over ")
# `digitized 96.59% of results`: a share a verb of digitising is done to
DIGITISED_BEFORE = cue(r"(?<!\w)digiti[sz]ed\s*$", "; digitized ")
DIRECT = cue(r"(?<!\w)(?:direct(?:ly)?|in person|at the counters?)(?!\w)", "3,393 direct dossiers")
RECEIVED = cue(r"(?:receiv(?:ed|ing|es?)|accepted|took in|submitted)(?:\s+and\s+(?:processed|handled|resolved))?",
               "received and processed")
RESOLVED = cue(r"(?:resolv(?:ed|ing|es?)|(?<!\w)solv(?:ed|ing)|settled|settling|processed|handled|dealt with|"
               r"returned (?:the )?results? (?:of|for)|"
               r"completed)", "The Center has returned the results of")

# --- rates -------------------------------------------------------------------------------
# `98.5% of dossiers were settled on time`, `about 40% of administrative dossiers are processed online`: the share of
# the dossiers named after it
# (`96.7 percent of the requests to the agency were processed online`: requests are dossiers when they are processed,
# administrative ones always: `90 percent of the administrative inquiries have been addressed online`; `over 92% of
# submissions were made online`: dossiers handed in)
SHARE_OF_DOSSIERS_AFTER = cue(rf"^\s*of (?:the |all )?(?:total )?(?:number of )?"
                              rf"(?:(?:administrative\s+(?:procedure\s+)?)?(?:{_DOSSIER}|documents|submissions)(?!\w)|"
                              r"administrative (?:requests|inquiries)(?!\w)|"
                              r"requests(?=[^.;]{0,40}?\b(?:were|was|are)\s+(?:processed|resolved|settled|handled)))",
                              " of the dossiers were resolved ahead of schedule")
# `2,602 records resolved on time, accounting for 96.2%`: the share of the count before
SHARE_OF_PREVIOUS = cue(r"(?<!\w)(?:accounting for|making up|representing|equal to|equivalent to|or|"
                        r"(?:reaching|achieving)(?: (?:a|the) rate of)?|(?:(?:with|at) )?a rate of)"
                        r"(?:\s+(?:more than|over|nearly|almost|about|approximately|less than))?\s*$",
                        "2,602 records resolved on time, accounting for ")
# `(exceeding 14.18% of the target assigned by the Government)`, `exceeded the target by 5%`: the margin a target was
# passed by, no rate (`surpassed 90%` is a rate reached)
TARGET_MARGIN_AFTER = cue(r"^\s*(?:of|over) the (?:target|plan)(?!\w)", " of the target assigned by the Government")
TARGET_PASSED_BEFORE = cue(r"(?<!\w)(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?) (?:the|its) target"
                           r"(?: [^,;]{0,40}?)? by\s*$", "exceeding the target assigned by the province by ")
# `in 2022 it reached 81.98%, in 2023 it reached 93.08%`: the same rate, of another year, its subject referred back to
PRONOUN_REACHED_BEFORE = cue(r"(?<!\w)(?:it|the figure|the rate|this rate)\s+(?:reached|was|stood at|rose to|fell to)"
                             r"\s*$", " in 2023 it reached ")
# what a rate of settlement or submission is about: `the rate of on-time settlement`, not `on-time disbursement`
RATE_OF_DOSSIERS = cue(r"dossier|record|application|file|settle|process|resol|submi|handl|return",
                       "the rate of on-time settlement")
# `received 2.6 million dossiers, with 99.7% resolved on time`: a share of the count before, by what was done to it
DONE_AFTER = cue(r"^\s*(?:of (?:them|these)\s+)?(?:(?:were|was|are|is|have been|has been|being)\s+)?"
                 r"(?:resolved|settled|processed|completed|submitted|filed|handled|returned|received|digiti[sz]ed|"
                 r"on time|"
                 r"ahead of (?:schedule|time)|early|late|delayed|overdue|"
                 r"(?:fully |partially )?(?:available|provided) online)(?!\w)",   # (`1,100 are partially ... online`)
                 " resolved on time")
# `the rate of on-time dossiers is 99.7%, and 0.3% late`: a share named by the status right after it
STATUS_RIGHT_AFTER = cue(r"^\s*(?:(?:were|was|are|is)\s+)?(?:late|overdue|delayed|behind|past the deadline|on[- ]time|"
                         r"early|ahead of|before the deadline|on or (?:ahead of|before)|online|digiti[sz]ed)(?!\w)",
                         " late")
# `the rate of eligible full-cycle administrative procedures reached only 48 percent`: a rate of procedures or
# services (not of dossiers) by their grade
PROCEDURES_OR_SERVICES = cue(rf"(?<!\w)(?:{_PROCEDURE}|{_SERVICE})(?!\w)", "administrative procedures")
# `Thach Ha commune with 1,443 records`, `Song Tri ward with 995`: a unit named right before its count
UNIT_WITH_BEFORE = cue(r"(?<!\w)(?:commune|ward|town|district|city|department|agency|office)\s+with\s*$",
                       "Thach Ha commune with ")
DOSSIER_NOUN = cue(rf"(?<!\w)(?:{_DOSSIER})(?!\w)", "records")
# `the rate of processing through online public services reaching 99.92%`: the share of dossiers handled online (what
# is processed through the services are dossiers)
PROCESSED_THROUGH_ONLINE = cue(r"^\s*of\s+(?:\w+\s+){0,2}?"
                               r"(?:processing|handling|settling|resolving|receiving|submitting)"
                               r"\s+(?:\w+\s+){0,3}?(?:through|via|using|by)\s+(?:the\s+)?online",
                               " of processing through online public services")
RATE_WORD = cue(r"(?<!\w)(?:rate|ratio|proportion|percentage)(?!\w)", "the rate of on-time settlement")
# `the percentage of online public services having records`, `the rate of online public services generating online
# applications`: the share of services used at all, no metric's
SERVICES_WITH_DOSSIERS = cue(r"services (?:having|with|that (?:had|have)|generating) (?:arising |online )?"
                             r"(?:records|dossiers|applications)",
                             "the percentage of online public services having records")
SATISFACTION = cue(r"satisf(?:action|ied)", "satisfaction from people and businesses")
# `enjoyed 99.4 percent in the level of satisfaction about its services`
SATISFACTION_LEVEL_AFTER = cue(r"^\s*(?:in|on|of|for)?\s*(?:the\s+)?(?:level|rate|degree)\s+of\s+satisf|"
                               # (`99.8 percent of locals were satisfied with public services`)
                               r"^\s*of\s+(?:the\s+)?(?:\w+\s+)?(?:locals|people|citizens|residents|respondents|users|"
                               r"organi[sz]ations and individuals|individuals|businesses)"
                               r"(?:\s+and\s+(?:organi[sz]ations|businesses|enterprises))?\s+(?:surveyed\s+)?"
                               r"(?:said\s+(?:that\s+)?they\s+)?(?:were|was|are|is|felt)\s+(?:very\s+|highly\s+)?satisfied",
                               " in the level of satisfaction")
# `89.5% of online payment services were implemented`: a share of the services paid for online
PAYMENT_SERVICES_AFTER = cue(r"^\s*of\s+(?:the\s+)?online\s+(?:fee\s+)?payment\s+services",
                             " of online payment services")
# `received the highest level of satisfaction with 89.5 percent`: a share named as the satisfaction it measures
SATISFACTION_WITH_BEFORE = cue(r"satisf(?:action|ied)[^,;]{0,40}?\s(?:with|at)\s*$", " level of satisfaction with ")
# `the people's satisfaction has increased from 73% to over 80%`: both ends of a move are the rate
SATISFACTION_FROM_TO_BEFORE = cue(r"satisf(?:action|ied)[^,;.]{0,40}?\sfrom\s+(?:\d[\d.,]*\s*(?:%|per\s?cent)\s+to\s+"
                                  r"(?:over\s+|nearly\s+|about\s+|more than\s+|almost\s+)?)?$",
                                  "satisfaction has increased from 73% to over ")
# `..., followed by birth certificates at 87.5 percent`: the next item of a list of shares of one kind
FOLLOWED_AT_BEFORE = cue(r"(?<!\w)followed by [^,;]{2,40}?\s(?:at|with)\s*$", ", followed by birth certificates at ")
PAYMENT = cue(r"(?:paid|payments?) online|online (?:\w+\s+){0,3}?payments?", "online fee and charge payment")

# --- procedures --------------------------------------------------------------------------
PROC_ABOLISHED = cue(r"(?:abolish(?:ed|es|ing)?|abolition|annul(?:led)?|scrapp?(?:ed|ing)?|remov(?:e|ed|es|ing))",
                     "while removing ")
# (`a reduction of processing time for ... 71 administrative procedures`, `43 administrative procedures were reduced`)
PROC_SIMPLIFIED = cue(r"(?:simplif(?:y|ied|ies|ying|ication)|streamlin(?:e|ed|ing)|"
                      r"(?:shorten|cut|reduc)(?:ed|ing|e|es|tions?(?: of| in))? (?:the )?(?:processing )?time|"
                      r"(?<!\w)(?:were|was|been) reduced(?!\w)|"
                      # (`with processing time cut`)
                      r"processing time (?:was |were |being )?(?:cut|reduced|shortened))",
                      "shortening the processing time for")
PROC_AMENDED = cue(r"(?:amended|supplemented|replaced|revised|modified)", "187 modified and supplemented procedures")
PROC_NEW = cue(r"(?:newly (?:issued|promulgated|announced)|new (?:administrative )?procedures)", "newly issued")
# `The province has 1,845 administrative procedures`: what it has is in force
# (`2,100 administrative procedures published on the province's electronic portal`: made public, so in force)
# (`1,867 valid administrative procedures have been applied`: valid ones are in force)
PROC_IN_EFFECT = cue(r"(?:in effect|in force|currently (?:has|have|applies|apply)|"
                     r"(?<!\w)valid(?= (?:administrative )?procedures?(?! results?))|"
                     r"(?<!\w)(?:procedures?|APs?)\s+(?:currently\s+)?(?:applied|in use)(?!\w)|"   # (`1,689 procedures
                     # applied at three administrative levels`)
                     r"(?:published|announced|publici[sz]ed|made public) on the [^.;]{0,50}?(?:portal|database)|"
                     r"on the National (?:Administrative Procedure )?Database|"   # as Vietnamese `CSDL quốc gia`
                     r"(?<!\w)(?:has|have|there are|applies|apply)\s+(?:a total of\s+|\w+ than\s+|nearly\s+|"
                     r"about\s+)?$)",
                     "The province has ")
# machine translations space the hyphen of a compound (`one -stop`, `full -service`); procedures a public
# administration service centre provides are one-stop ones, as in Vietnamese
PROC_ONE_STOP = cue(r"one\s*-\s*stop|single\s*-\s*window|Administrati(?:ve|on) Service Cent(?:er|re)s?",
                    "settled at the one -stop shop")
# `198 administrative procedures in 18 fields`, `1,409 administrative procedures, under the management authority of 18
# departments`, `1,400 administrative procedures (AP) received and resolved by 18 departments`: the set of procedures a
# body or a service centre takes, told by the fields or the bodies they belong to
PROCEDURES_OF_FIELDS_AFTER = cue(r"\s*(?:administrative\s+)?procedures?(?:\s*\([A-Za-z]{2,5}\))?\s*,?\s*"
                                 r"(?:in|of|across|under|from|received and resolved by|"
                                 r"under the (?:management\s+)?(?:authority|jurisdiction) of)\s+"
                                 r"(?:more than\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                 r"(?:fields|areas|sectors|departments|agencies|branches|units)(?!\w)",
                                 " administrative procedures in 18 fields")
PROC_PUBLISHED = cue(r"(?:announc(?:ed|ing|es?)|publish(?:ed|ing)|promulgat(?:ed|ing)|made public)"
                     r"(?! on the [^.;]{0,50}?(?:portal|database))",
                     "25 decisions announcing")
# `1,230 are provided as full-process online public services`: procedures counted as online services (`900 procedures
# are fully available online`)
ONLINE_SERVICES = cue(r"online (?:public )?services?|"
                      r"(?:fully |partially )?(?:available|provided|offered|delivered) online",
                      "provided as online public services")
# `100 percent of eligible administrative procedures provided online`, `100 percent of administrative services were
# made available online at Level 4`: a share of procedures (or services)
SHARE_OF_PROCEDURES_AFTER = cue(r"^\s*of (?:the |all |its |their )?(?:\w+\s+){0,2}?(?:administrative )?"
                                r"(?:procedures|services?|procedure(?!\s+(?:dossiers?|records?|files?|applications?|"
                                r"documents?)))(?!\w)", " of eligible administrative procedures")
# `The total number of administrative procedures at the three levels is 2,011`: the procedures in force, when their
# head names no kind
PROCEDURES_HEAD = cue(r"(?:total|number) of (?:effective |current |valid )?(?:administrative )?procedures",
                      "The total number of administrative procedures")
# `the number of administrative procedures provided under end-to-end online public services ... accounted for 55.5
# percent`: a share of procedures provided as online services, of the grade named
PROCEDURES_AS_SERVICES_BEFORE = cue(r"procedures (?:provided|offered|delivered)\s+(?:as|under|via|through)\s+"
                                    r"[^.;]{0,40}?online (?:public )?services?",
                                    "procedures provided under end-to-end online public services")
# `Online dossiers accounted for 65%`: the share of the dossiers named before
ACCOUNTED_FOR = cue(r"(?:accounted for|accounting for|made up|making up|represented|representing)\s*"
                    r"(?:about |nearly |over |more than |approximately )?$", "Online dossiers accounted for ")
# `records resolved on time reached 97.5%`: the subject of a rate of dossiers names them
DOSSIERS_NAMED = cue(rf"(?<!\w)(?:{_DOSSIER})(?!\w)", "Records returned on time reached ")
# `achieved a 99.98% on-time processing rate`: a share named by the status and the rate after it
STATUS_RATE_AFTER = cue(r"^\s*(?:on[- ]time|early|overdue|late)\s+"
                        r"(?:(?:processing|settlement|resolution|handling|completion)\s+)?rate(?!\w)",
                        " on-time processing rate")
# `a settlement rate that exceeded 99.9% on or ahead of schedule`: a rate of settling, its status right after the share
SETTLEMENT_RATE_BEFORE = cue(r"(?:settlement|processing|resolution|handling) rate\s+(?:that |which )?"
                             r"(?:exceeded|reached|was|stood at|hit|of)\s*(?:over\s+|nearly\s+|about\s+)?$",
                             "a settlement rate that exceeded ")
# `..., and online public services reached 80%`: a subject of services, which a rate of dossiers named before is not
SERVICES_NAMED = cue(rf"(?<!\w)(?:{_SERVICE})(?!\w)", "and online public services reached ")
# `Digitization of dossiers reached 92%`: a rate named by its subject before a verb of reaching
REACHED_BEFORE = cue(r"(?:reached|was|were|stood at|hit|achieved|is|are)\s*(?:over |about |nearly )?$",
                     "Digitization of dossiers reached ")
# `propose the reduction of 40 procedures`, `to review 30 procedures`: neither done nor decided
# (`Through review, the province currently has 1,848 procedures`: what a review found, a result)
PROPOSED = cue(r"(?:propos(?:e|ed|ing|al)|recommend(?:ed|ing)?|"
               r"(?<!through )(?<!after )(?<!upon )(?<!task of )review(?:ed|ing)?(?!,))[^.;]{0,40}$",
               "proposed to abolish ")   # (`completed ... the task of reviewing and simplifying 234 procedures`: done)

# --- online services -----------------------------------------------------------------------
# (`level-3 and -4`)
SERVICE_BOTH = cue(rf"{_GRADE}s?[\s-]*3\s*(?:,|and|&|-|–)\s*-?(?:{_GRADE}[\s-]*)?4", "at level 3, 4")
# (`... carried out online in category 3, and 45 per cent in category 4`: a grade is also a category)
SERVICE_FULL = cue(rf"(?:{_GRADE}[\s-]*4|full\s*-?\s*(?:process|service|cycle)|"
                   r"full(?:y)? (?:(?:available|provided) )?online|(?:completed|processed) fully online|"
                   r"in full(?!\w)|end-to-end|online throughout|"   # (`toàn trình` word for word)
                   r"fourth level)",
                   "online public services at level 4")
SERVICE_PARTIAL = cue(rf"(?:{_GRADE}[\s-]*3|partial(?:ly)?|third level)", "online public services at level 3")
# (`724 services providing information online`: information only, below online public services)
SERVICE_LOW_GRADE = cue(rf"{_GRADE}[\s-]*[12](?!\d)|"
                        r"services?\s+(?:providing|giving|offering)\s+(?:only\s+)?information|"
                        r"information[- ]only", "services at level 2")
GRADE_AFTER = cue(rf"(?<!\w)(?:at|of|in|for) {_GRADE}[\s-]*[1-4](?!\d)", " administrative procedures at level 3")
# (the join may end the words before it: `OPS at level 3 and ` then `4`, a figure of its own)
GRADE_LIST_AFTER = cue(rf"(?:\s*(?:(?:,|and)\s*)?(?:{_GRADE}\s*)?[1-4](?![.,]?\d))+", ", 4", case=True)
INTEGRATED = cue(r"integrat(?:ed|ing|e|ion)", "has integrated ")
NATIONAL_PORTAL = cue(r"National (?:Public )?Service Portal|national portal", "on the National Public Service Portal")

# --- indices -------------------------------------------------------------------------------
INDEX_ALIASES: list[tuple[str, re.Pattern | Cue]] = [
    ("SIPAS", cue(r"SIPAS|satisfaction index|Satisfaction Index", "people's satisfaction index")),
    ("PAPI", cue(r"PAPI|Governance and Public Administration Performance Index", "the PAPI report")),
    ("PCI", cue(r"PCI|Provincial Competitiveness Index", "the 2024 Provincial Competitiveness Index")),
    ("DTI", cue(r"DTI|Digital Transformation (?:Assessment )?Index", "the Digital Transformation Index")),
    ("DDCI", cue(r"DDCI", "the DDCI rankings", case=True)),
    # the 766 index is named by what it measures: `the criteria for serving people and businesses`, `the public
    # service index for citizen and business satisfaction`, `the public service performance rankings`
    # ... or by its first two groups of criteria (`Transparency (15.67 points); Resolution progress (19.45 points)`),
    # or by its number (`Index Set No. 766`, `the Decision 766 index`), by the real-time services it scores, or as
    # the service quality the national portal scores (`on the National Public Service Portal, the service quality of
    # Lam Dong province is ranked 9/34`, `The ranking was based on the ratings in the National Public Service Portal`)
    # (`the index measuring service delivery for citizens and businesses through administrative procedures`)
    ("766", cue(r"(?:serving|service (?:for|to)|service delivery (?:for|to)) (?:the )?(?:people|citizens) and "
                r"businesses|"
                r"public service (?:index for (?:citizens?|people) and business(?:es)?|"
                r"performance (?:rankings?|index))|"
                r"(?<!\w)transparency\W(?:[^.]|\.\d){0,40}?(?:resolution|processing|settlement) progress|"
                r"(?:Decision|Index|Set)(?: of (?:indicators|indices|criteria))?(?: Set)?(?: No\.?)? ?766(?!\d)|"
                r"(?<!\d)766 [Ii]ndex|real[- ]time (?:on the )?(?:e-government|electronic|online)|"
                r"(?:service quality|quality of (?:public )?services?)[^.]{0,60}?National Public Service Portal|"
                r"National Public Service Portal[^.]{0,60}?(?:service quality|quality of (?:public )?services?)|"
                r"rank(?:ing|ed)[^.]{0,40}?ratings? (?:in|on|of) the National Public Service Portal",
                "the Assessment Table of criteria for serving people and businesses")),
    # (`the administration improvement index`: chỉ số cải cách hành chính translated word for word)
    ("PAR", cue(r"PAR[ -]?Index|Administrative Reform Index|Administration Reform (?:\(PAR\) )?Index|"
                r"administrati(?:on|ve) improvement index|"
                r"(?<!\w)(?-i:PAR)(?!\w)", "the Public Administration Reform (PAR) Index")),
]
# `PCI 2024`, `the 2024 Provincial Competitiveness Index`, `SIPAS 2022`: the edition an article reports
INDEX_EDITION = cue(r"(?:(?:PAR[ -]?Index|SIPAS|PAPI|PCI|DTI|DDCI)\s+(?P<year>(?:19|20)\d\d)(?!\d)|"
                    r"(?<!\d)(?P<year_before>(?:19|20)\d\d)\s+(?:PAR|SIPAS|PAPI|PCI|DTI|DDCI|"
                    r"(?:Provincial|Administrative|Public|Digital|People's)[\w\s']{0,40}?Index))",
                    "announced the 2024 Provincial Competitiveness Index")
# `Access to land: 7.67 points (up 0.55 points), the highest score in five years.`: a paragraph opened by a part's
# name and a colon, under a lead naming the parts (`The indices that increased over 2018 include:`)
PART_LABEL_OPENS = cue(r"^\s*(?:[-–•*+]\s*)?(?:\(\d{1,2}\)\s*|\d{1,2}[.)]\s*)?(?P<name>[A-Z][^:;()\d]{2,80}?)\s*:\s*$",
                       "Access to land: ", case=True)
# `Seven out of 10 component indicators advanced to make it ranked No. 6`: the part's indicators, and its place
PART_INDICATORS = cue(r"(?<!\w)(?:component|sub-?)\s*indicators(?!\w)", "Seven out of 10 component indicators")
NOT_A_PART_LABEL = cue(r"^(?:total|overall|score|result|in|for|at|as of)(?!\w)", "Total")
# `Plan No. 02-KH/BCĐTW dated June 19, 2025`: the date a document bears, no period of a figure
DOCUMENT_DATE_BEFORE = cue(r"(?<!\w)(?:dated|issued on|signed on)\s*$", " dated ")
# other rankings: their figures are no reform index's
NON_REFORM_INDEX = cue(r"Green Index|PGI|Innovation Index|PII|ICT Index|E-Government Development|EGDI",
                       "the Provincial Green Index")
# `NGHE AN RANKED 16TH`, `ranked 27th`, `landing at 29th place`
RANK_BEFORE = cue(r"(?:rank(?:ed|s|ing)?|placed|land(?:ed|ing) at|came(?: in)?|stood at|stopp(?:ed|ing) at|"
                  r"(?<!\w)(?:is|was)(?: in)?(?!\s+(?:of|the)(?!\w))|"   # (`Dong Thap is second in the 2020 PCI
                  # rankings`; not `This is the 11th year`)
                  r"(?:placed|ranked|put) (?:it|the (?:province|city|locality))(?: in)?|"   # (`placed it 23rd`)
                  r"stand(?:s|ing)?(?: currently| now)? at|"
                  r"finish(?:ed|ing)|position|"
                  r"place|No\.)\s*(?:of\s+)?(?:the\s+)?$", "landing at ")   # (`reach the rank of 24/63`)
# `from number 15 a year earlier`, `fell out of the top ten to number 14`: a place written as its number (also in
# words: `from number eight to number three`)
# (`ranked No. 13`, `to rank No. 6`)
NUMBERED_PLACE_BEFORE = cue(r"(?<!\w)(?:(?:from|to|at|as)\s+number|(?:rank(?:ed|s|ing)?|placed)\s+No\.?)\s*$",
                            "fell out of the top ten to number ")
NUMBERED_WORD_PLACE = cue(r"(?<!\w)(?:from|to|at|as)\s+number\s+(?P<word>" + "|".join(NUMBER_WORDS) + r")(?!\w)",
                          "a strong rise from number eight")
# `ranked 12 out of 63`, `ranked 12/63`: a place and the size of its field
OUT_OF_AFTER = cue(r"^\s*(?:(?:position|place|spot|rank)\s+)?(?:out of|among|of)\s+(?:the\s+)?(?:all\s+)?(?P<field>\d+)"
                   r"(?:\s+(?:provinces|localities|cities)|(?=\s*[,.;]))", " out of 63 provinces")   # or `out of 63,`
# `2.81 points higher than in 2023`: a change against an earlier year (against another place it is a gap, no fact)
HIGHER_THAN_A_YEAR_AFTER = cue(r"^\s*(?:percentage\s+)?(?:points?\s+)?(higher|lower|more|less|fewer) than\s+"
                               r"(?:in\s+|that (?:of|in)\s+|the score of\s+)?"
                               r"(?:(?:the\s+)?(?:PCI|PAPI|PAR Index|SIPAS|DTI)\s+)?"
                               r"(?:(?:19|20)\d\d|the previous year|last year|"
                               r"the (?:(?:19|20)\d\d|previous|last) (?:ranking|rankings|edition))",
                               # (`than in PCI 2021`, `0.1545 higher than the 2020 ranking`)
                               " points higher than in 2023")
# `5th in the Mekong Delta region`, `2nd nationwide in GRDP growth`: a rank in a region or in another matter
# (English `in` places a rank in a year, a ranking, a region or a matter alike, so the region and the other matters
# are named: `in 2023`, `in the PCI rankings`, `for the first time` keep the rank the index's)
RANK_SCOPE_AFTER = cue(r"^\s*(?:place|position|spot)?\s*(?:nationwide\s+|nationally\s+|in the country\s+)?"
                       r"(?:in|among|for|on)\s+"
                       r"(?P<matter>[^.;,(]{3,60})", " place in the Mekong Delta region")
REGION = cue(r"(?<!\w)(?:region|regional|area|Delta|Highlands|group)(?!\w)", "in the Mekong Delta region")
# `ranking second among the six centrally governed cities`: a place among a few
FEW_PLACES = cue(r"(?:the\s+)?(?!(?:63|62|61|34)(?!\d))(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve|thirteen|fourteen|fifteen)\s+(?:\w+\s+){0,3}(?:cities|provinces|localities)(?!\w)",
                 "the six centrally governed cities")
OTHER_MATTER = cue(r"growth|exports?|GRDP|FDI|investment|revenue|budget|tourism|football|sports?|tournament|exam|"
                   r"trade|production|income|disbursement|population|(?:number|rate|share) of|dossiers|"
                   r"applications|payments?|IT application|ICT", "2nd nationwide in export growth")   # (`ranked second
# nationally in index of IT application readiness`: the ICT index, no reform index)
# `ranks 17/63 in digital government`: the rank of a part (a DTI pillar, a dimension) named after it, no province's
PART_AFTER_RANK = cue(r"^\s*(?:provinces(?: and cities)?\s+)?(?:in|for|on) (?:the )?(?:digital (?:government|economy|"
                      r"society|infrastructure)|(?:dimension|pillar|sub-index|component)(?!\w))",
                      " in digital government")
# `It is 2 places up compared to 2022`: the move written after its places
MOVE_AFTER_PLACES = cue(r"^\s*(?:places?|positions?|ranks?|spots?)\s+(up|down|higher|lower)(?!\w)", " places up")
# `slipped down to second with 73.2 points`: an ordinal a place was moved to
MOVED_TO_BEFORE = cue(r"(?<!\w)(?:down|up|back)\s+to\s*$", " down to ")
PLACE_AFTER = cue(r"^\s*(?:place|position|spot|rank|best(?:\s+performer)?\s+(?:in|of)\s+the\s+(?:country|nation)|"
                  r"nationwide|nationally)(?!\w)", " place with a score")   # (`9th nationwide in the PCI`)
# `dropped two spots`, `rose 5 places`, `increased 21 ranks`
# (`an increase of 34 positions`, `a drop of 5 places`: the move as a noun)
# (`PCI 2022 soared 14 places`)
RANK_CHANGE_BEFORE = cue(r"(rose|risen|rising|climbed|climbing|increased|increasing|jumped|gained|moved up|went up|"
                         r"soared|surged|leapt|leaped|plunged|plummeted|tumbled|"
                         r"advanced|up|"
                         r"improved|improving|"
                         r"dropped|dropping|fell|falling|fallen|declined|slipped|slipping|decreased|decreasing|lost|"
                         r"went down|"
                         r"down|"
                         r"slid|"
                         r"(?<=an )(?:increase|improvement)|(?<=a )(?:rise|drop|fall|decrease|decline))"
                         # (`climbed a remarkable 10 spots`: a word of praise between the verb and its places)
                         r"\s*(?:by\s+|of\s+|an?\s+(?:remarkable|notable|impressive|significant|further|total of|"
                         r"whopping|staggering)\s+)?$",
                         "Ho Chi Minh City dropped ")
# `the rate of businesses believing ...`, `34% of surveyed businesses agree`: a share of a survey's respondents
SHARE_OF_RESPONDENTS = cue(r"(?:rate|percentage|share|proportion|%|percent) of (?:the )?(?:surveyed |polled )?"
                           r"(?:businesses|firms|enterprises|respondents|citizens|people)(?!\w)",
                           "the rate of businesses believing")
# `Hai Phong surpassed Dong Thap`: the name before the verb holds what follows (the place it secured)
OVERTOOK_BETWEEN = cue(r"\s+(?:surpass(?:ed|es)|overt(?:ook|akes)|outpac(?:ed|es)|outrank(?:ed|s)|replac(?:ed|es)|beat|"
                       r"(?:has |have )?(?:surpassed|overtaken|replaced))\s+", " surpassed ")
# `is only 60%, down `: a share right before a move of places (the share's own place moves)
SHARE_THEN_MOVE_BEFORE = cue(r"\d\s*(?:%|percent)\s*,?\s*(?:(?:down|up|dropping|falling|rising|increasing|decreasing)"
                             r"\s*(?:by\s*)?)?$", "is only 60%, down ")
RANK_CHANGE_UNIT_AFTER = cue(r"^\s*(?:spots?|places?|positions?|ranks?|notches|steps|grades?|levels?)(?!\w)",
                             " spots in the rankings")
# `a 23-place climb in the national ranking`, `a 13-rank improvement`: a move named after its places
RANK_MOVE_NAMED_AFTER = cue(r"-(?:spot|place|position|rank|notch|step)\s+(improvement|increase|rise|jump|climb|gain|"
                            r"drop|decline|fall|decrease|slide)(?!\w)", "-place climb in the national ranking")
# `marking a notable improvement of 24 places`: a move named before its places
RANK_MOVE_NAMED_BEFORE = cue(r"(?<!\w)(improvement|increase|rise|jump|climb|gain|drop|decline|fall|decrease|slide)"
                             r" of\s*$", "a notable improvement of ")
# `This marks a 14.5-point increase`: a change of score named after its points
SCORE_MOVE_NAMED_AFTER = cue(r"-points?\s+(increase|rise|jump|gain|improvement|growth|drop|decline|fall|"
                             r"decrease)(?!\w)", "-point increase")
# a sentence about the index's parts, and the name of one right before its parenthesis (`including Cost of time (`,
# `; accountability to the people (`, `were public service provision (`, `(10/10 points), transparency and
# disclosure (`)
PARTS_NAMED = cue(r"(?<!\w)(?:component (?:index|indexes|indices|indicators)|sub-ind(?:ex|exes|ices)|dimensions|"
                  r"(?:indexes|indices|indicators) of components|"
                  r"content (?:axis|axes|areas?)|(?:component )?criteri(?:a|on)|"
                  r"pillars|index groups|groups of (?:indices|indexes|indicators|criteria))",
                  "Among the component indexes")
ITEM_NAME_BEFORE_PARENS = cue(r"(?:[;:]|\)\s*,|including|(?<!\w)(?:were|was|are|is)(?!\w))\s*"
                              r"(?P<name>(?:(?!(?<!\w)(?:were|was|are|is)\s)[^;:()\d]){3,60}?)\s*$", "; Dynamicity ",
                              case=True)
# ... or named in title case right before it (`three criteria of Transparency in Local Decision-making (6.499 points),
# Control of Corruption in the Public Sector (8.286 points)`)
TITLED_NAME_BEFORE_PARENS = cue(r"(?<![\w-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|in|of|the|and|for|to|at|on|"
                                r"with))*)\s*\(\s*$", "Control of Corruption in the Public Sector (", case=True)
# `(+0.14 points)`, `(+2 grades)`, `Cost of time (+0.47)`: a signed change in parentheses
SIGN_IN_PARENS_BEFORE = cue(r"\(\s*(?P<sign>[+\-−–])\s*$", " (+", case=True)
# `an increase of 2.86 percentage points and 9 places from 2023`: a rank change after a score change
SCORE_CHANGE_THEN_BEFORE = cue(r"(?P<word>increase|rise|gain|decrease|drop|fall|up|down)(?: of)?\s+[\d.,]+\s+"
                               r"(?:percentage\s+)?points?\s+and\s*$", "an increase of 2.86 percentage points and ")
DOWN_WORDS = ("dropped", "dropping", "fell", "falling", "fallen", "declined", "slipped", "slipping", "decreased",
              "decreasing", "lost",
              "went down", "down", "slid", "drop", "fall", "decrease", "decline", "plunged", "plummeted", "tumbled")
# `the most index growth, 13.2 percent`, `increased by 2.5 points`: a change of the score
SCORE_CHANGE_BEFORE = cue(r"(?:(growth|increase|rise|gain|improvement|jump|surge|decrease|decline|drop|fall)"
                          r"(?: of)?,?|"
                          r"(increased|rose|grew|improved|decreased|dropped|fell|declined)"
                          r"(?: (?:slightly|sharply|significantly|marginally))?(?: by)?|(gained) by|"
                          r"(?<=it )(added)|(?<=and )(added)|(?<=after )(adding)|(?<=by )(adding)|"   # (`after it
                          # added 1.62 points`, `up 3 places by adding 4.68 points`)
                          r"(?<!\w)(up|down|rising|falling|gaining|dropping|increasing|decreasing)(?: by)?)\s*$",
                          # (`down by 0.5`, `increasing 3.62 points compared to 2020`,
                          # `reaching 68.06 points, increased 3.67 points compared to 2022`; `gained 45.74 points` is
                          # the score)
                          "enjoyed the most index growth, ")
# `0.6961, a 2.6% year-on-year increase`: a change named after its figure
CHANGE_NAMED_AFTER = cue(r"^\s*(?:year-on-year\s+)?(increase|rise|growth|gain|decrease|drop|decline|fall)(?!\w)",
                         " year-on-year increase")
SCORE_DOWN_WORDS = ("decrease", "decline", "drop", "fall", "decreased", "dropped", "fell", "declined", "down",
                    "falling", "dropping")
# `from 5.92 to 5.4 points`: the value before and after
OUT_OF_UNITS_AFTER = cue(r"\s*(?:out of|among)\s+(?:the\s+)?(?:all\s+)?\d+\s+(?:districts?|communes?|wards?|towns?|"
                         r"departments?|agencies|units)(?!\w)", " out of 18 districts and cities")
# `on a scale from 0.25 to 2.5`, `exceeding the mark of 60 points`, `the score difference with the second-ranked
# locality now only 0.03 points`, `with each accounting for 10 points`: a scale, a threshold, a gap or a weight
NOT_A_SCORE_BEFORE = cue(r"(?:(?<!\w)scale (?:of|from)|(?<!\w)(?:mark|threshold) of|"
                         r"(?<!\w)(?:total assessment|total possible|maximum(?: possible)?) (?:score|points) "
                         r"(?:is|was|of)|"
                         # (`the maximum possible score of 60 points`, `The gap between the highest and the lowest
                         # provincial scores – over 33 points`)
                         r"(?<!\w)(?:difference|gap) (?:with|of|between|from)[^,;]{0,80}?|each accounting for)"
                         r"\s*(?:now\s+)?(?:only\s+|just\s+)?$", "on a scale from ")
# `with 68 points allocated to evaluating the outcomes ..., while 32 points assess the impact`: a scheme's points for
# a part of what it assesses (after `the total assessment score is 100 points`)
SCHEME_POINTS_AFTER = cue(r"\s*points?\s+(?:(?:are|is)\s+)?(?:(?:allocated|assigned|reserved|given)\s+(?:to|for)|"
                          r"(?:assess|evaluate|measure)s?)(?!\w)", " points allocated to")
# `Da Nang was 0.58 points behind first place winner Quang Ninh`: a gap to another place
GAP_BEHIND_AFTER = cue(r"\s*(?:percentage\s+)?(?:points?|%|percent)?\s*(?:behind|ahead of)(?!\w)", " points behind ")
PLACE_SPAN_AFTER = cue(r"\s*(?:to|through|-|–)\s*\d+(?:st|nd|rd|th)(?!\w)(?!\s+(?:in|last|this)\s)", " to 10th")
PAIR_FROM_BEFORE = cue(r"(?<!\w)from(?:\s+(?:the\s+)?(?:position|place|rank|No\.?))?\s*$", "falling sharply from ")
PAIR_TO_AFTER = cue(r"^\s*(?:points?\s+)?to(?!\w)", " to 5.4")
# `fell from 6th last year to 8th`: places of a pair with the first one's year between them
_PAIR_YEAR = r"(?:last year|the previous year|a year earlier|in (?:19|20)\d\d)"
PLACES_TO_AFTER = cue(r"^\s*" + _PAIR_YEAR + r"\s+to(?!\w)", " last year to 8th")
PLACES_TO_BEFORE = cue(r"^\s*" + _PAIR_YEAR + r"\s+to\s*$", " last year to ")
# a pair `from X to Y` is a change only after a verb of change (`fell from 5.92 to 5.4 points`); without one it is a
# band of scores (`scores from 42.39 points to 43.95 points`, `a score of 38.97 points to 39.95 points`)
SCORE_MOVE = cue(r"(?<!\w)(?:ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|declin\w*|increas\w*|"
                 r"decreas\w*|improv\w*|climb\w*|jump\w*|slid(?:e|es|ing)?|gr[eo]w(?:s|n|ing|th)?|gain\w*|"
                 r"(?:went|goes|moved?|moving) (?:up|down)|chang\w*|up|down)(?!\w)", "the score fell sharply from ")
# `climbed five places to 12th`: the place a move of ranks ends at
TO_BEFORE = cue(r"(?<!\w)to\s*(?:the\s+)?$", "climbed five places to ")
PAIR_TO_BEFORE = cue(r"^\s*(?:points?\s+)?to(?:\s+(?:the\s+)?(?:position|place|rank|No\.?))?\s*$", " to ")
# (`from position 27/63 to position 22/63`: a pair of places named as positions)
POINTS_AFTER = cue(r"^\s*(?:percentage\s+)?(?:points?|pts)(?!\w)", " points")
# `Ho Chi Minh City (65.2) ranked eighth`: a score in parentheses before the rank it has
RANKED_AFTER_PARENS = cue(r"\s*\)\s*(?:was\s+|is\s+)?(?:ranked|ranks|came|placed|stood|finished)(?!\w)",
                          ") ranked eighth")
SCORE_BEFORE = cue(r"(?:(?:a |total |overall )?score of|(?:index|rate|value) of|(?:record )?high of|scored|scoring|"
                   r"index (?:was|is|stood at)|"   # (`Hue's PAR INDEX was 88,38%`)
                   r"reaching|reached|(?:surged|rose|climbed|jumped|increased|improved) to|"   # (`surged to 86.76%`)
                   r"achieved|secured|posted|garnered|got|earned|with|(?<=atop )at)(?:\s+(?:only|just))?\s*$",
                   # (`at the bottom with only 75.03 per cent`, `continued to stay atop at 95.76%`)
                   "with a score of ")
# `the “equal competition” index`: a component named in quotes
# (also with its kind before the quotes: `The component index "Civil Service Reform" achieved 14.23/15 points`)
QUOTED_COMPONENT = cue(r"(?:[“\"‘](?P<name>[^”\"’]{3,60})[”\"’]\s*(?:index|sub-index|indicator|component|pillar|"
                       r"sub-criteri(?:a|on))|"
                       r"(?:component index|sub-index|sub-criteria|sub-criterion|component)\s*[“\"‘](?P<kind_first>"
                       r"[^”\"’]{3,60})[”\"’])", "the “equal competition” index")
# the published parts of the indices in English: PCI sub-indices, PAPI dimensions, DTI pillars
_PCI_SUBINDICES = (r"market entry|entry costs?|access to land|land access|(?:information )?transparency|"
                   r"time costs?|informal (?:charges?|costs?)|policy bias|(?:fair|equal) competition|proactivity|"
                   r"proactiveness|dynamism|business support (?:services|policy)|labou?r (?:training|policy)|"
                   r"legal institutions(?: (?:and|&) (?:public )?(?:security|order))?|law and order")
_PAPI_DIMENSIONS = (r"participation of (?:the )?people at (?:the )?(?:grassroots|local) levels?|participation at "
                    r"(?:the )?(?:grassroots|local) levels?|publicity and transparency|(?:vertical )?accountability"
                    r"(?: of people| to (?:the )?(?:people|citizens)| towards citizens)?|"
                    r"transparency in (?:local )?decision[- ]making|"
                    r"control of corruption(?: in (?:the )?public sector)?|corruption control|controlling corruption|"
                    r"public administrative procedures|public services? (?:provision|delivery)|"
                    r"provision of (?:the )?public services|environmental governance|e-governance")
_DTI_PILLARS = r"digital (?:government|economy|society)"
_KNOWN_PART = rf"{_PAPI_DIMENSIONS}|{_PCI_SUBINDICES}|{_DTI_PILLARS}"   # (longest first: `transparency in ...`)
# PAPI's dimensions are scored out of 10 and its total out of 80 (60 before 2018, never below 30): a PAPI score of 10
# or less is a dimension's
PAPI_PART_SCALE = 10
# `Transparency rose 0.22 points to 6.17, although it fell 15 places`, `One index – time costs – rose nine places`,
# `Particularly, the index in land access only increased 0.61 point`: a part of the index as the subject of its clause;
# its moves are its own
PART_SUBJECT = cue(r"\s*(?:\w+(?:\s+\w+)?,\s*)?(?:(?:One|Another|The)\s+(?:index|sub-index|indicator)\s*[–-]\s*|"
                   r"(?:the\s+)?(?:index|sub-index|indicator)\s+(?:in|on|of|for)\s+)?(?:the\s+)?(?P<name>"
                   rf"{_KNOWN_PART})(?:\s+(?:index|sub-index))?(?!\w)",
                   "One index – time costs – rose")
# `vertical accountability (4.97 points)`: a published part named right before the parenthesis of its score
# (also in quotes: `“Public Service Delivery” (6.870)`, `in “Public Administrative Procedures” with 7.169`)
KNOWN_PART_BEFORE_PARENS = cue(rf"(?<!\w)(?P<name>{_KNOWN_PART})[”\"’]?"
                               r"(?:\s+(?:index|sub-index|dimension))?\s*\(\s*$", "vertical accountability (")
# `declined slightly by 0.2 points, to 7.37`: the value a part's change led to
TO_AFTER_A_CHANGE = cue(r"\s*(?:points?)?\s*,?\s*to\s*", " points, to ", case=True)
# `Among 8 sub-indexes, Phu Tho has five of the highest scores, including: Control of corruption in the public sector
# with 7.48 points; ...`: a list of parts, led by a sentence naming them and a colon
# (`Specific indicators that decreased include: Informal costs dropped 0.24 points and ranked 47 places lower; ...`)
COMPONENT_LIST_LEAD = cue(r"(?<!\w)(?:sub-ind(?:ex|exes|ices)|sub-indicators?|"
                          r"component (?:index|indexes|indices|scores)|"
                          r"components|pillars|dimensions|indicators)(?!\w)[^.;:]{0,80}:",
                          "Among 8 sub-indexes, the province has five of the highest scores, including:")
# `; and Accountability to the public with 4.47 points`: one item of such a list, its part's name before `with`
# (also numbered and with a colon: `; (2) Access to land: 5.99 points`)
COMPONENT_ITEM = cue(r"^\s*(?:and\s+)?(?:\(\d{1,2}\)\s*)?(?P<name>[^;:()\d]{3,80}?)"
                     r"(?:\s+(?:with|at|scored|reached|(?:dropped|decreased|increased|rose|fell|declined|gained)"
                     r"(?: by)?)|:)\s*$",
                     " Publicity and transparency with ")
# `Some units have received a large number of public administration documents: Viet Tri City People's Committee
# (34,679 documents); ...`: a list led by what was done to the documents it counts
DOCUMENTS_LIST_LEAD = cue(r"(?:received|resolved|solved|settled|processed|handled)[^.;:]{0,60}?documents\s*:",
                          "Some units have received a large number of public administration documents:")
# `... are: Department of Agriculture (97.9%); Doan Hung District People's Committee (97.7%)`: from one item's figure in
# parentheses to the next item's, across the `;` or `,` between them and the next item's name
NEXT_LIST_ITEM_BETWEEN = cue(r"\s*%?\s*\)\s*[;,]\s*(?:and\s+)?[^;:()]{2,80}\(\s*",
                             "%); Doan Hung District People's Committee (")
# `in which, digital government ranked eighth with a value of 0.4449`: a part of the index (the DTI's pillars, a part
# named by its kind) ranked and valued in its own clause; its rank is no province's
PART_RANKED_BEFORE = cue(r"(?P<name>digital (?:human resources|government|economy|society|infrastructure)"
                         r"(?: activities)?|"
                         r"(?:dimension|sub-index|pillar|component index)(?: of| on)? [^,;]{3,50}?)"
                         r"(?:\s+and\s+digital\s+\w+)?\s+(?:both\s+)?(?:ranked|ranking|placed|stood)(?!\w)[^,;]{0,40}$",
                         "digital government ranked eighth with a value of ")
# `ranked 15th ..., in which the Publicity and Transparency Index reached 15.42 points; the Satisfaction Index reached
# 17.97 points`: after `in which` (or `of which`, `including`) the indices named with a score are the parts of the index
# named before (or, when none is named before the lead, the index under discussion); `the X Index` right before the
# figure is the part, and no index of its own, wherever in the sentence it stands (`of which: the satisfaction index
# reached 17.97 points` is the 766 index's part, not the SIPAS)
PARTS_LEAD = cue(r"(?<!\w)(?:in which|of which|including)(?!\w)", ", in which the")
_PART_INDEX = (r"(?<!\w)the\s+(?!(?-i:PAR|PCI|PAPI|SIPAS|DTI|DDCI)\s)(?P<name>[^\W\d_][\w ]{1,60}?)\s+Index\s+"
               r"(?:reached|achieved|scored|was|stood at)")
PART_INDEX_ITEM = cue(_PART_INDEX + r"\s*$", "the Publicity and Transparency Index reached ")
PART_INDEX_NAMED = cue(_PART_INDEX + r"(?!\w)", "of which: the satisfaction index reached 17.97 points")
# `The Transparency Index remained stable at 15.82/18 points`: a part named as an index, scored on its own scale
PART_INDEX_SCORED_BEFORE = cue(r"(?<!\w)the\s+(?!(?-i:PAR|PCI|PAPI|SIPAS|DTI|DDCI)\s)(?P<name>[^\W\d][\w ]{1,40}?)\s+"
                               r"index\s+(?:remained(?: stable)? at|reached|scored|stood at|was|achieved)\s*$",
                               "The Transparency Index remained stable at ")
# `In particular, its appraisal score reached 57.04/61.50 points, ... leadership and management impact assessment score
# 18.34/22 points`: a part scored on its own scale, named by the words its phrase opens with
PART_ON_ITS_SCALE_BEFORE = cue(r"(?:^|[,;:(]|In particular,?|(?<!\w)and)\s*(?:and\s+)?(?:its\s+|the\s+)?"
                               r"(?:(?:province|city|locality)['’]s\s+)?"
                               r"(?P<name>[^\W\d][^,;:()\d]{2,70}?(?:\([A-Z]{2,6}\)[^,;:()\d]{0,20}?)?)\s*"
                               r"(?:reached|was|is|stood at|scored|achieved|received|got|garnered|posted|secured|"
                               r"earned|of|at|with|:)?\s*$",
                               "In particular, its appraisal score reached ", case=True)
# `administrative procedure reform reached 98.85%`, `the public finance reform index reached 89.5%`: a field of the PAR
# Index named before its share
PAR_FIELD_BEFORE = cue(r"(?P<name>(?:administrative procedure|organi[sz]ational (?:structure|apparatus)|institutional|"
                       r"public finance|civil service(?: regime)?) reform)(?: index)?\s+"
                       r"(?:reached|achieved|scored|was)\s*$",
                       "administrative procedure reform reached ")
# `publicity and transparency increased by 0.28 points`: a PAPI dimension named by itself before its score or
# change
PAPI_DIMENSION_BEFORE = cue(rf"(?<!\w)(?P<name>{_PAPI_DIMENSIONS})\s+"
                            r"(?P<verb>increased|decreased|rose|fell|dropped|reached|scored|achieved|was)(?: by)?\s*$",
                            "publicity and transparency increased by ")
# `The equal competition index rose 34 places and 1.48 points`: a part named in lower case before `index` and its
# move; the places in its clause are the part's, the points its change
PART_INDEX_MOVED = cue(r"(?<!\w)the\s+(?P<name>(?-i:[a-z])[a-z ]{2,40}?)\s+index\s+"
                       r"(?P<verb>rose|climbed|increased|gained|fell|dropped|declined|decreased)(?!\w)",
                       "The equal competition index rose ")
# `the index of land access fell 11 levels`, `the index of informal charges reduced the most dramatically, down 17
# levels`: a known part named as `the index of X` before its move
PART_INDEX_OF_MOVED = cue(rf"(?<!\w)the\s+(?:index|sub-index|indicator)\s+(?:of|on|for|in)\s+(?:the\s+)?"
                          rf"(?P<name>{_KNOWN_PART})\s+(?P<verb>rose|climbed|increased|gained|fell|dropped|declined|"
                          r"decreased|reduced)(?!\w)", "the index of land access fell ")
# `up six places and 1.48 points`: the points after a move of places, moving the same way
POINTS_AFTER_PLACES_BEFORE = cue(r"^\s*(?:places?|positions?|ranks?|spots?)\s+and\s*$", " places and ")
# `Dimension of Transparency was 5.61 over 10-point scale`: a part named by its kind before the figure
NAMED_PART_BEFORE = cue(r"(?:dimension|sub-index|sub-indicator|pillar|component)\s+(?:of\s+)?"
                        r"(?P<name>[^,;:()\d]{3,80}?)\s+(?:was|is|reached|scored|stood at|at|with)\s*$",
                        "Dimension of Transparency was ")
# `with digital government scoring 0.7582, up 4.7%; digital economy at 0.7723`, `The highest score ... is the time
# cost with 9.06 points`: a published part of an index (a DTI pillar, a PCI sub-index, a PAPI dimension) named before
# its value
KNOWN_PART_BEFORE = cue(rf"(?<!\w)(?P<name>{_KNOWN_PART})[”\"’]?"
                        r"(?:\s+(?:index|sub-index))?\s+(?:scoring|scored|at|reached|was|is|stood at|with)\s*$",
                        "digital economy at ")
# `up 8.6% from 0.7326 in 2023`: after a change, the value it changed from, the year before's
FROM_AFTER_A_CHANGE_BEFORE = cue(r"(?<!\w)from\s*$", " from ")
# the SIPAS's parts as English editions name them: access to services, administrative procedures, civil servants,
# service outcomes, and the handling of feedback
_SIPAS_PARTS = (r"(?:overall )?(?:access to (?:public )?services|service access)|administrative procedures|"
                r"policy[- ]making and (?:execution|implementation)|public administrative services|"
                r"civil servants?[’']?s?\s+(?:performance|service|attitudes?)|service (?:outcomes|results)|"
                r"(?:the )?(?:receipt|reception|handling|settlement) of (?:feedback|complaints|petitions)|"
                r"(?:complaint|feedback|petition)s? (?:settlement|handling|reception)")
# `The level of satisfaction with access to services was 83 per cent`, `the satisfaction with overall service access
# nationwide is 84.27%`: a SIPAS part's share
SIPAS_PART_SATISFACTION_BEFORE = cue(rf"satisfaction (?:level )?with (?:the )?(?P<name>{_SIPAS_PARTS})"
                                     r"[^,;]{0,20}?\s+(?:was|is|were|are|reached|hit|achieved|stood at|at)\s*$",
                                     "The level of satisfaction with access to services was ")
# `..., administrative procedures 83.02 per cent, ... and complaint settlement 82.27 per cent`: the list's next part
SIPAS_PART_ITEM_BEFORE = cue(rf"\s*(?:and\s+)?(?P<name>{_SIPAS_PARTS})\s*", " administrative procedures ")
# `the rate of 100% for full-process online public services`: what a rate is of, named after its figure
RATE_FOR_AFTER = cue(r"\s*(?:%|per ?cent)?\s*for\s+(?P<what>[^,;()]{3,80})",
                     "% for full-process online public services")
# `recorded a 44% rate for fully online public services and 36.29% for ...`: a rate named after its own figure (what
# it is of ends before the next figure)
RATE_NAMED_AFTER = cue(r"\s*(?:%|per ?cent)?\s*rate\s+for\s+(?P<what>[^,;()]{3,80}?)(?=\s+and\s+\d|[,;()]|$)",
                       "% rate for fully online public services")
# `the DTI averaged 0.6961`: an average of the provinces or the country (`NATIONAL`), no province's own
# `with a median value of 87.02%`, `the highest average value ever, reaching 88.37%`: an aggregate of places
AGGREGATE_WORD = cue(r"(?<!\w)(?:average|median|mean)(?!\w)", "with a median value of ")
AVERAGED_BEFORE = cue(r"(?<!\w)(?:averaged|averaging)\s*(?:at\s+)?$", "the DTI averaged ")
# `According to the announcement of the Ministry of Science and Technology, ...`: a ministry named as the source
SOURCE_BEFORE = cue(r"(?:according to|announced by|reported by|released by)(?: the)?(?: \w+){0,2}(?: of)?\s*"
                    r"(?:the\s+)?$", "According to the announcement of the ")
# `the national DTI in 2024 reached 0.7955`, `Vietnam's 2024 DTI score reached 0.7955`: the country's own DTI
NATIONAL_DTI = cue(r"(?:(?<!\w)the national|(?<!\w)(?:Vietnam|Viet Nam)['’]s(?: \d{4})?)\s+(?-i:DTI)(?!\w)",
                   "the national DTI in 2024 reached")
# `Hai Duong got 4.83 points in people's participation at local levels; 5.45 points in transparency`: the part a
# score is in, named after its points (not a year, an index or a ranking: `points in 2020`, `in the PCI`)
POINTS_IN_PART_AFTER = cue(r"\s*points?\s+in\s+(?!(?:the|total|all)\b)(?!(?:PCI|PAPI|PAR|SIPAS|DTI)\b)"
                           r"(?P<name>[^\W\d][^,;.()\d]{2,60}?)(?=\s*(?:[,;.]|and\s|$))",
                           " points in people's participation at local levels;")
# `scoring 18 out of 18 for transparency, 8.04 out of 12 for online public services`: a part's score on its own
# scale, the part named after it
_PART_NAMED_AFTER = (r"\s*(?:points?\s+)?(?:for|in|on)\s+(?:the\s+)?(?P<name>[^\W\d][^,;.()\d]{2,50}?)"
                     r"(?=\s*(?:[,;.]|and\s|$))")
OUT_OF_FOR_PART_AFTER = cue(r"\s*out of\s+(?P<max>\d+(?:\.\d+)?)" + _PART_NAMED_AFTER, " out of 18 for transparency,")
# ... after a score written with its scale (`8.04 out of 12`, one figure)
PART_NAMED_AFTER = cue(_PART_NAMED_AFTER, " for online public services.")
PART_SCALE_MAX = 30                       # the largest scale of a part of an index (the 766 index's parts: 10-22)
# `6.33 points for control of corruption`, `seven points on e-governance`: a published part named after the points
# (only a known part's name: `points for the second year` names none)
POINTS_FOR_KNOWN_PART_AFTER = cue(rf"\s*points?\s+(?:for|on)\s+(?:the\s+)?(?P<name>{_KNOWN_PART})(?!\w)",
                                  " points for control of corruption")
# `On participation at grassroots level, Haiphong posted 4.98 points`, `PAPI regarding public services provision of
# Haiphong reached 7.99 points`, `For transparency ... and accountability of people, the port city secured 5.11 and
# 4.15 points respectively`: the published part(s) a clause is about, named before its figures
PART_TOPIC_BEFORE = cue(rf"(?<!\w)(?:on|for|in|regarding|in terms of|as for|with regard to)\s+(?:the\s+)?"
                        rf"(?P<names>(?:{_KNOWN_PART})(?:\s*(?:,|,?\s*and)\s+(?:the\s+)?(?:{_KNOWN_PART}))*)"
                        r"(?:\s+(?:index|sub-index|dimension))?(?!\w)",
                        "On participation at grassroots level, Haiphong posted ")
RESPECTIVELY = cue(r"(?<!\w)respectively(?!\w)", "5.11 and 4.15 points respectively")
KNOWN_PART = cue(rf"(?<!\w)(?:{_KNOWN_PART})(?!\w)", "control of corruption")
# `with 48,095 points` in a PAPI report: a score written with a Vietnamese decimal comma, read as thousands it is over
# every scale (as `lexicon.DOT_DECIMAL_SCORE` in Vietnamese)
COMMA_DECIMAL_SCORE = cue(r"\d{1,2},(?!000)\d{3}", "48,095", case=True)
# `its Informal Charge subindex score of 7.74 points`, `The progress criterion achieved 19.45 points`: a part named
# before its kind
PART_NAMED_BEFORE_KIND = cue(r"(?:(?-i:the|its|a|an|The)\s+|(?<![\w ]))(?P<name>[^\W\d]\w*(?: \w+){0,4}?)\s+"
                             r"(?:sub-?index|criterion)\s+(?:score\s+)?(?:of|was|is|at|reached|achieved|scored|with)\s*$",
                             "its Informal Charge subindex score of ")
# `Dong Thap Province (46.961)`: the kind of place between a name and its parenthesis
PROVINCE_WORD_BEFORE_PARENS = cue(r"\s(?:[Pp]rovince|[Cc]ity)\s*\($", " Province (", case=True)
# `Quang Ninh (73.2 points)`: a figure in parentheses right after a name
NAME_THEN_PARENS = cue(r"\(\s*$", "Quang Ninh (", case=True)
# money and the economy share the words of rankings (`up 12 percent`, `ranked 3rd`) but are no index's
ECONOMIC_TOPIC = cue(r"(?<!\w)(?:FDI|USD|VND|GRDP|GDP|exports?|(?<!Planning and )investment|revenue|budget|"
                     r"(?<!Culture, Sports and )tourism|disbursement|year-on-year)(?!\w)",
                     "attracted 1.5 billion USD of FDI, up 12 percent year-on-year")
# (`the Department of Planning and Investment ... with 89.29 points`: a department's name names no economic topic)
# the indices whose total score is a percentage (PAR Index, SIPAS); PCI, PAPI and DTI are scored in points
PERCENT_INDICES = ("PAR", "SIPAS")
# a share named as another rate is that rate, not the index's score (`the rate of online dossiers reached 70%`)
# (`the locality scored a rate of 87.59%`: the index's own result, written as a rate)
OTHER_RATE = cue(r"(?<!\w)(?<!scored a )(?<!scoring a )(?<!achieved a )(?<!reached a )rate(?!\w)|dossiers?|records|"
                 r"applications|procedures|payments?|digiti[sz]|online", "the rate of online dossiers reached ")
# `, Bac Giang 91.16 percent, and Long An 90.5 percent`: what may open an item of a list before its name
LIST_ITEM_OPENING = cue(r"[\s,]*(?:and\s+)?", ", and ")
# `Hanoi and Hai Phong ranked 14th and 21st respectively`: a list of figures, each the name's at its place in the list
# of names before it; the list ends with `respectively`
# (`dropped to the 13th and 14th spots, respectively`)
_PLACE_UNITS = r"spots?|places?|positions?"
_RESPECTIVE_UNIT = rf"(?:\s*(?:points?|%|percent|{_PLACE_UNITS}))?"
RESPECTIVE_LIST_AFTER = cue(r"(?:st|nd|rd|th)?(?:" + _RESPECTIVE_UNIT +
                            r"\s*(?:,\s*and|,|and)\s*(?:the\s+)?(?:[\d.,]+(?:st|nd|rd|th)?|" + "|".join(ORDINAL_WORDS) +
                            r"))*" + _RESPECTIVE_UNIT +
                            r"\s*,?\s*respectively(?!\w)", " and 21st respectively")
# `1.32 percentage points`: a change of a rate, in its unit
PERCENTAGE_POINTS_AFTER = cue(r"^\s*percentage\s+points?(?!\w)", " percentage points")
# `It was also 4.38 percentage points higher than the average score of ...`: a gap to the mean, no fact
GAP_TO_MEAN_AFTER = cue(r"^\s*(?:percentage\s+)?(?:points?|%|percent)?\s*(?:higher|lower|more|less|above|below)\s+"
                        r"(?:than\s+)?(?:the\s+)?(?:national\s+|country['’]s\s+)?(?:average|median|mean)",
                        " percentage points higher than the average")
# `This represents an increase of 1.32 percentage points`: the index fact just stated, referred to
REFERRING_PRONOUN_OPENS = cue(r"\s*(?:This|It|That)\s+(?:represents|marks|is|was|means)(?!\w)", "This represents ",
                              case=True)
# `... compared to 2023 and 2.99 percentage points compared to 2022`: the next item of a list of changes
NEXT_CHANGE_ITEM_BETWEEN = cue(r"\s*(?:percentage\s+)?(?:points?|%)?\s*(?:compared (?:to|with)|from|over|against)\s+"
                               r"(?:(?:19|20)\d\d|the previous year|last year)\s*,?\s*and\s*",
                               " percentage points compared to 2023 and ")
# `up 16 places compared to 2023 (57/63)`, `an improvement of 7 ranks compared to 2021 (30th out of 63)`: the place
# of the year a move is compared with, in parentheses after it
# `82.66 per cent, compared to the 80.08 per cent in the previous year`: after a score, the year before's value
COMPARED_VALUE_BEFORE = cue(r"(?<!\w)compared (?:to|with)\s+(?:the\s+)?$", ", compared to the ")
COMPARED_YEAR_PARENS_BEFORE = cue(r"(?:compared (?:to|with)|from|over|than(?: in)?)\s+(?P<year>(?:19|20)\d\d)\s*\(\s*$",
                                  "compared to 2023 (")
# `With 62.55 percent, the Mekong Delta province of Hau Giang was at the last place`: a score opening its sentence,
# held by the province named after it
WITH_OPENS = cue(r"\s*With\s+(?:a\s+(?:total\s+)?(?:[A-Z]{3,5}\s+)?score\s+of\s+)?$", "With ", case=True)   # (`With a
# score of 72.8, Dong Thap is second`)
# `the regional PCI increased by 10 percent, ... from 59 points in 2015 to 64.99 points`: a region's aggregate
REGIONAL_SUBJECT = cue(r"(?<!\w)(?:regional|region['’]s)\s+(?:average\s+)?(?:PCI|PAPI|PAR|SIPAS|DTI|index|score)",
                       "the regional PCI increased")
# `with results across provinces ranging from 78.16% to 90.59%`: a span of places' values, neither end a fact
SPAN_FROM_BEFORE = cue(r"(?<!\w)(?:rang(?:ing|ed|es?)|var(?:ying|ied|ies|y))\s+from\s*$", " ranging from ")
SPAN_TO_BETWEEN = cue(r"\s*(?:%|percent|points?)?\s*to\s*", "% to ", case=True)
# `ranks Hanoi and HCMC in 55th and 59th place, respectively, in terms of controlling corruption`: a part's places
IN_TERMS_OF_AFTER = cue(r"\s*,?\s*in terms of(?!\w)", ", in terms of", case=True)
PLACES_LISTED_UNIT = cue(rf"(?<!\w)(?:{_PLACE_UNITS})(?!\w)", " 14th spots")
RESPECTIVE_ITEM_JOIN = cue(r"(?:st|nd|rd|th)?" + _RESPECTIVE_UNIT + r"\s*(?:,\s*and|,|and)\s*(?:the\s+)?", ", and ")
# a phrase of a sentence ends at a comma, a semicolon or a conjunction
PHRASE_END = cue(r"[,;]|\s(?:and|while|but|whereas)\s", ", and Hanoi ranked first", case=True)
# rank 1 without a figure: `at the first place`, `rose to the top position`, `topped the rankings`
RANK_FIRST = cue(r"(?:(?:at|in|into|took|take|takes|taking|claim(?:ed|s|ing)?) (?:the )?(?:first|top) "
                 r"(?:place|position|spot)|"
                 r"(?:rose|climbed|moved|jumped|returned) to (?:the )?(?:top|first)(?: (?:place|position|spot))?|"
                 r"(?:retain(?:ed|ing)|kept|keeping|held|holding|maintain(?:ed|ing)|secur(?:ed|ing)|hold|holds) "
                 r"(?:(?:its|the) )?(?:top|first|leading) (?:place|position|spot)|"
                 r"topped|tops|(?<=to )top the (?:list|rankings?|table)|rank(?:ed|s) (?:the )?(?:first|top|highest)|"
                 r"came first|"
                 r"(?:take|takes|took|taking) the lead|continu(?:es|ed|ing)? to lead(?!\w)|"   # (`continues to lead`)
                 # (`Da Nang dominates the Provincial Competitive Index (PCI) among 63 provinces`)
                 r"dominat(?:es|ed|ing)(?= the [^.;,]{0,40}?(?:index|rankings?|PCI|PAPI|SIPAS)(?!\w))|"
                 r"(?:stay|stays|stayed|remain(?:s|ed)?|is|was|sits|sat) atop|"   # (`continued to stay atop at 95.76%`)
                 r"placed first|reach(?:ed|es)? the top of|(?:to )?lead(?:s|ing)? the index|"
                 r"crowned (?:the )?top(?: performer)?|the most competitive (?:city|province|locality)|"
                 r"(?:led|leads) (?:the|this) (?:(?:19|20)\d\d )?(?:rankings?|list|table|country|nation)|"
                 r"(?:Leading|Topping|Heading) (?:the )?[^,.;]{0,40}?(?:rankings?|list|table)\s+(?:is|was)\s+)",
                 "Hai Phong rose to the top position")
# `Leading the PCI 2024 ranking is Hai Phong`: a first place whose holder follows it
HOLDER_FOLLOWS = cue(r"\s(?:is|was)\s+$", " ranking is ")
# `took the lead in Participation at Local Levels`: the lead in a part named after it (not `in the PAPI rankings`)
LEAD_IN_A_PART_AFTER = cue(r"(?<=lead)\s+in\s+[A-Z]", "took the lead in Participation at Local Levels", case=True)
# rank 2 without a figure: `Dong Thap was the runner-up`
RUNNER_UP = cue(r"(?:was|is|became|finished as|came in as|emerged as) (?:the )?runner-up", "was the runner-up")
# `Quang Ninh, Bac Giang, Hai Phong and Dong Thap are respectively ranked as the localities with ...`: names before
# the cue take the first places in order (as `lexicon.TOP_PLACES_NAMED_BEFORE` in Vietnamese)
TOP_PLACES_NAMED_BEFORE = cue(r"(?:are|were) respectively ranked(?: as)?(?: the)? (?:first|top|localities|provinces)|"
                              r"ranked (?:first|1st) (?:through|to) \w+,? respectively",
                              "are respectively ranked as the localities with high-quality economic management")
# `..., followed by A, B and C`: the names after the cue take the ranks after the last rank stated, in order
# (`Following Da Nang is Ho Chi Minh City`, `Followed closely behind Da Nang were Hai Phong City with 92.59% and Dong
# Nai`: the names after `is` take the next ranks; `Rounding out the top five were A, B, and C`: the names after the
# top two take the places up to five)
ORDER_NEXT = cue(r"(?<!\w)(?:(?:closely )?follow(?:ed|ing)(?: closely)? by|trailed by|"   # (`followed closely by`)
                 r"the next (?:positions|places|spots) (?:belong to|go to|are|were)|"
                 r"(?:following|follow(?:ed|ing)? (?:closely )?behind)\s+[^,.;]{2,40}?\s+"
                 r"(?:is|are|was|were|comes|came)|"
                 r"(?:rounding|rounded|completing|the rest of) (?:out )?the top (?:\w+ )?(?:is|are|was|were))(?!\w)",
                 "ranked first, followed by ")
# `where Vietnam climbed 15 positions to reach 71st out of 193 countries`: the country's place in a world ranking
COUNTRY_MOVES_BEFORE = cue(r"(?<!\w)(?:Vietnam|Viet Nam)\s+(?:has\s+)?(?:climbed|rose|moved|jumped|fell|dropped|"
                           r"slipped|ranked|ranks|stood|increased|improved|gained|advanced|went (?:up|down)|"
                           r"decreased)(?!\w)[^,;]{0,20}$", "where Vietnam climbed ")
# `higher than in PCI 2021`, `compared to PCI 2021`, `from position 16/63 of PCI 2021`: an edition named as the base
COMPARED_EDITION_BEFORE = cue(r"(?:compared (?:to|with)|than(?: in)?|from\s[^,;.]{0,30}?\sof|since|over)"
                              r"\s+(?:the\s+)?$", "higher than in ")
# `..., third position in 2015, fourth in 2016 and third in 2017`: the join and the year of a list of places (a year
# right after a place or a score is its own: `jumped to 37th position in 2015`)
PLACES_BY_YEAR_BETWEEN = cue(r"(?:\s+(?:position|place|spot))?\s+in\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|and\s+)",
                             " position in 2015, ")
IN_A_YEAR_AFTER = cue(r"(?:\s+(?:position|place|spot|points?))?\s+in\s+(?P<year>(?:19|20)\d\d)(?!\d)",
                      " position in 2015")
# `A, B and C ranked after Quang Ninh`: the names before take the places after the one named after
RANKED_AFTER = cue(r"(?:ranked|came|come|stood|were placed)\s+(?:right\s+)?(?:after|behind)\s+", " ranked after ")
# the list ends with the sentence (a full stop, not a decimal point), a semicolon or a new clause (`while`, `but`)
ORDER_END = cue(r";|\.(?!\d)|\s(?:while|whereas|but|and then)\s", ", while Hanoi ranked 15th", case=True)
# `the locality scored ...`, `the province kept its top position`: the province the article is about
REFERRING_SUBJECT = cue(r"(?<!\w)(?:(?:the|this|that) (?:locality|province|city)|this score)(?!\w)",
                        "the locality scored a rate of")
# `The national average was 85.6 percent`: the country's figure, no province's
# (`The SIPAS in 2024 increased by 1.28%, reaching an average of 83.94%`, `the average SIPAS Index results in 2024 are
# 83.94%`; `the average score for provincial-level agencies` is a province's bodies')
NATIONAL = cue(r"(?:national|nationwide|country['’]s|nation['’]s) (?:average|median)|"
               r"(?:reach(?:ed|ing)|with|at) an average (?:value |score )?of\s*$|"   # (`reaching an average value of`)
               r"(?<!\w)averag(?:ed|ing)\s*(?:at\s+)?$|"
               r"average (?:index |score |value |PAR Index value )?of (?:all )?(?:the )?(?:63 )?"
               r"(?:provinces|localities)|"
               r"(?<!\w)the average (?-i:PAR|SIPAS|PAPI|PCI|DTI)\s+(?:index\s+)?(?:results?|scores?|values?)(?!\w)",
               "The national average was ")
# a ministry ranked (`the Ministry of Justice`, `the MoJ`) is no province
MINISTRY = cue(r"(?:Ministry|MoJ|MoF|MoHA|State Bank|ministries)", "the Ministry of Justice", case=True)
# `the Department of Finance (93.89%)`, `Dong Da district came first with 96.3%`, `The city Inspectorate reported the
# lowest index`: a province's own bodies ranked by an index (as `lexicon.INDEX_HOLDER_BODY` in Vietnamese); their
# figures are theirs, at their tier
_BODY_NAME = r"(?!(?:For|In|At|The|All|Each|Of|On|Other)\s)[A-Z]\w*(?: [A-Z]\w*)*"   # `Dong Da`, not `For`
INDEX_HOLDER_BODY = cue(r"(?P<department>Departments? of [A-Z]|(?<!\w)departments(?!\w)|department-level agencies|"
                        r"Inspectorate|People['’]s Committee Office)|"
                        r"(?P<district>(?<!\w)" + _BODY_NAME + r" (?:district|town|township)(?![\w-])|"
                        r"(?<!\w)districts(?!\w))|"
                        r"(?P<commune>(?<!\w)" + _BODY_NAME + r" (?:[Cc]ommune|[Ww]ard)(?![\w-]))",
                        "the Department of Finance (", case=True)
# ... not when the body only announces or reports the province's index (`the Department of Home Affairs announced`)
NOT_THE_HOLDER_BETWEEN = cue(r"announc|publish|according to|province['’]s|of the province", " announced that the ")
# `all of the 10 localities achieved scores above 80%`: a threshold, no body's score
THRESHOLD_BEFORE = cue(r"(?<!\w)(?:above|over|below|under|at least|more than)\s*$", "achieved scores above ")
# `With 94%, the Department of Home Affairs ranked first`: a clause opening with its figure, its holder after it
WITH_OPENING = cue(r"\s*with\s*", "With ")

# an English article on administrative reform names its matter: without it, `cases` and `records` are a court's
# or a hospital's, and no dossier, procedure or service fact is read (a land registration office's records are
# dossiers)
REFORM_TOPIC = cue(r"administrative procedure|public administration|dossier|public service|one-stop|\bAPs?\b|"
                   r"administrative (?:reform|records|services)|land registration",
                   "the commune Public Administration Service Center")

# --- tiers ----------------------------------------------------------------------------------
LEVELS: list[tuple[str, re.Pattern | Cue]] = [
    # the provincial centre, also named by its province (`Long An Public Administration Service Center`; a ward's or a
    # district's centre names its tier after the name, which is read as that tier, nearer the figure)
    ("province", cue(r"provincial(?:-level)?\s+(?:Public\s+Administration\s+)?(?:Service\s+)?Cent(?:er|re)|"
                     r"(?:(?<=the )|(?<=at ))provincial level|(?<!\w)province-level(?!\w)|"
                     r"(?!(?-i:The|This|That|Its|Wards?|Communes?|Districts?|Towns?|Townships?|City)(?!\w))"
                     r"(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?(?<!Ward)(?<!Commune)(?<!District)(?<!Town)"
                     r"\s+(?-i:Public\s+Administration\s+Service\s+Cent(?:er|re))",
                     "the Provincial Public Administration Center")),
    # `professional agencies digitized 639 dossiers`: the departments of the province (sở, ban, ngành)
    ("department", cue(r"(?:professional|specialized|specialised|provincial) agencies|(?<!\w)departments?(?:-level)?"
                       r"(?: and (?:branches|sectors|agencies))?(?!\w)", "professional agencies digitized")),
    ("district", cue(r"(?<!\w)district(?:s|-level)?(?!\w)", "district-level")),
    ("commune", cue(r"(?<!\w)(?:communes?|communal|wards?|townships?)(?:-level)?(?!\w)",
                    "Phu Lien Ward Public Administration Service Center")),
]
# `the commune's modern reception and processing department`: a body a tier owns is of that tier, not a department
OWNED_BODY_BETWEEN = cue(r"['’]s\s+[^,;.\d]{0,50}", "'s modern reception and processing ")
# `received at the provincial level was 90,010 records, at the district level 136,350 records, and at the commune
# level 187,299 records`: the items after the first name their tier only and state what the first states
TIER_ITEM_BEFORE = cue(r"^\s*(?:(?:records|dossiers|applications|documents|percent)?\s*,)?\s*(?:and\s+)?"
                       r"(?:at|in|for)\s+the\s+(?:provincial|district|commune|communal)"
                       r"(?:-|\s+)level\s*$", ", and at the commune level ")
# `of which the provincial level is 1,569 administrative procedures; district level is 300 ...`: an item named by its
# tier before its figure
TIER_IS_BEFORE = cue(r"(?:provincial|city|district|commune|communal)(?:-|\s+)level\s+(?:is|was|has|had)\s*$",
                     "; district level is ")
# `755 procedures are at the provincial level`: an item's tier named in its own words after it
TIER_NAMED_AFTER = cue(r"^[^,;]{0,30}?(?:at|in|for) the (?:provincial|district|commune|communal)(?:-|\s+)level(?!\w)",
                       " procedures are at the provincial level")
# `nearly 1,400 provincial-level administrative procedures; 235 at the district level`: the tier after a bare figure
# `... announced a list of 3 internal administrative procedures. There are 2 central-level administrative procedures
# ...; there is 1 provincial-level administrative procedure`: a sentence listing the count before by tier
# (not `including`, `of which`: they break down a count of their own sentence)
TIER_ITEMS_BEFORE = cue(r"(?<!\w)(?:there (?:are|is)|these (?:are|include)|this is|of (?:these|them))\s*$",
                        "There are ")
TIER_NOUN_AFTER = cue(r"\s*(?:central|provincial|district|commune|communal)-level\s", " central-level ")
# `abolished 2 administrative procedures that were announced in Decision No. 319`: when the procedures were announced
# before, not what was done to them now
ANNOUNCED_BEFORE_IN_A_DECISION = cue(r"^\s*(?:administrative\s+)?procedures?\s+(?:that|which)\s+"
                                     r"(?:were|was|had been)\s+announced\s+in\s+(?:Decision|Decree)",
                                     " administrative procedures that were announced in Decision")
TIER_ITEM_AFTER = cue(r"^\s*(?:at|in|for)\s+the\s+(?:provincial|district|commune|communal)(?:-|\s+)level(?!\w)",
                      " at the district level")
# `... was 98.9 percent and by communal People's Committee was 99.74 percent`: a tier after `and`, `while` or `but`
# begins the next item; it is no tier of the figure's own noun phrase
NEXT_ITEM_BETWEEN = cue(r"(?<!\w)(?:and|while|whereas|but)(?!\w)", " percent and by communal")
# `received 44,855 documents of 19 departments`: bodies counted after a figure say whose the items are, spread over
# many bodies; they are not the tier of the figure
COUNTED_TIER_BEFORE = cue(r"(?<!\w)of\s+(?:the\s+)?\d+\s+$", " documents of 19 ")
# a service centre: a sentence naming one with its tier (`the commune Public Administration Service Center`) says which
# tier the figures after it are about, even when it states none itself
SERVICE_CENTRE = cue(r"Cent(?:er|re)s?(?!\w)", "In Dien Bien Phu ward, the Public Administration Service Center")
# `the Center of Can Tho City`: the words between a centre and the province it serves
OF_THE_PLACE = cue(r"\s+of\s+(?:the\s+)?", " of ")
# a whole territory: the figure belongs to no tier
LEVEL_RESET = cue(r"(?:(?-i:[A-Z])\w* province(?!\w)|nationwide|across the (?:province|country)|"
                  r"(?:whole|entire) (?:province|country)|ministries)", "Thanh Hoa province implemented")

# --- qualifiers and targets ---------------------------------------------------------------------
QUALIFIERS: list[tuple[str, re.Pattern | Cue]] = [
    ("at_least", cue(r"(?:at least|a minimum of|no less than|not less than)\s*$", "reach at least ")),
    ("at_most", cue(r"(?:at most|no more than|not more than|a maximum of)\s*$", "no more than ")),
    ("over", cue(r"(?:more than|over|above|upwards of|exceeding|exceeded|surpassed)\s*$", "received over ")),
    ("under", cue(r"(?:less than|fewer than|under|below)\s*$", "fewer than ")),
    ("about", cue(r"(?:nearly|almost|approximately|about|around|roughly|some|close to)\s*$", "received nearly ")),
]
# `30 percent or more`: a figure that is the least of what it states
AT_LEAST_AFTER = cue(r"\s*(?:%|percent|per cent)?\s*or (?:more|above|higher)(?!\w)", " percent or more")
# a plan or a duty: `plans to abolish`, `aiming to achieve`, `will reach`, `are tasked to launch`
# (`has determined to handle as much as 80% of administrative procedures online`)
TARGET_BEFORE = cue(r"(?<!\w)(?:plans? to|planned to|aim(?:s|ing)? (?:to|for)|aims? at|target(?:s|ed|ing)?|goal|will|"
                    r"shall|determined to|in order to ensure|"   # (`in order to ensure that the rate ... reaches 50%`)
                    r"strives? to|striving to|expected|tasked (?:to|with)|must|is to|are to|set to)(?!\w)",
                    "the Ministry plans to abolish")
# `to solve on time as much as 95% of profiles`: a verb of resolving before a share
RESOLVED_BEFORE = cue(r"(?<!\w)(?:solv|resolv|settl|process|handl)(?:e|es|ed|ing)\b[^,;.]{0,40}$", "to solve on time ")
# (`80% of administrative procedures in Hanoi to go online in 2019`)
TARGET_AFTER = cue(r"^[^.;]{0,60}?(?<!\w)(?:(?:will be|to be|are to be|is to be)\s+\w+ed|to go (?:online|live))(?!\w)",
                   " online public services to be launched")
# an article that sets out a plan: its figures without a result verb are targets
PLAN_TITLE = cue(r"(?<!\w)(?:plan|programme|program|roadmap|strategy)(?!\w)|to be (?:launched|provided|abolished)",
                 "Plan to improve online public services")
RESULT_VERB = cue(r"(?<!\w)(?:(?<!to )(?:has|have)|had|was|were|recorded|achieved|reached|received|resolved|saw)"
                  r"(?!\w)",
                  "the province has received")

# --- periods (read by `english.periods`) ------------------------------------------------------
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_Y = r"(?:19|20)\d\d"
# Longer, more specific phrases first; matches do not overlap (as `scrapers.facts.periods`).
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
PERIODS: list[tuple[str, re.Pattern | Cue]] = [
    # `From January 1, 2022 to November 15, 2022`: a span across months
    ("range_dmy", cue(rf"(?:from\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}),?(?:\s+(?P<year>{_Y}))?\s*(?:[–-]|to|until|till)\s*"
                      rf"{_MONTH2}\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>{_Y})",
                      "From January 1, 2022 to November 15, 2022")),
    ("range_dmy", cue(rf"(?:from\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})\s*(?:[–-]|to|until)\s*(?P<day2>\d{{1,2}})(?![\d/])"
                      rf"(?:,?\s+(?P<year>{_Y}))?", "From July 1–7, the center received")),
    # `From the beginning of July 2025 to the present`: a running total from a month's first day
    ("since_day", cue(rf"(?:since|from)\s+(?:the\s+)?(?:beginning|start)\s+of\s+{_MONTH}(?:,?\s+(?P<year>{_Y}))?"
                      rf"(?:\s+(?:until|till|to)\s+(?:now|date|the present))?",
                      "From the beginning of July 2025 to the present")),
    ("since_day", cue(rf"(?:since|from|as from|starting from)\s+{_MONTH}\s+(?P<day>\d{{1,2}})(?!\d)"
                      rf"(?:,?\s+(?P<year>{_Y}))?(?:\s+(?:until|till|to)\s+(?:now|date|the present))?",
                      "From July 1 until now, the center")),
    ("as_of_dmy", cue(rf"(?:as of|as at|up to|until)\s+(?:the end of\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+"
                      rf"(?P<year>{_Y})", "as of September 22, 2025")),
    ("as_of_month", cue(rf"(?:as of|by|until) (?:the end of\s+)?{_MONTH},?\s+(?P<year>{_Y})",
                        "by the end of June 2024")),
    ("day", cue(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{_Y})", "on June 19, 2025")),
    # `in the first quarter of 2019`, `In the first quarter, ...` (of the year the text is about)
    ("quarter", cue(rf"(?:the\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
                    rf"(?:\s+of\s+(?:the year\s+)?(?P<year>{_Y}))?", "In the first quarter of 2019")),
    ("months_of_year", cue(rf"(?:the\s+)?first\s+"
                           rf"(?:(?P<months>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|"
                           rf"(?P<half>half))"
                           rf"\s+of\s+"
                           rf"(?:the year\s+)?(?P<year>{_Y})", "in the first six months of 2024")),
    ("month", cue(rf"{_MONTH},?\s+(?P<year>{_Y})", "in October 2025")),
    # `in April, the centre received ...`: a month of the year the text is about
    ("month", cue(rf"(?<!\w)(?:in|during|for)\s+(?:the month of\s+)?{_MONTH}(?!\w)(?!\s*\d)", "Also in April, ")),
    ("year_range", cue(rf"(?:(?:in|from|during|between|for)\s+(?:the\s+)?(?:period\s+)?)?(?P<year>{_Y})\s*"
                       rf"(?:[-–]|to|and)\s*(?P<year2>{_Y})", "to be launched in 2018-2019")),
    ("compare_year", cue(rf"(?:compared (?:to|with)|than(?: in)?|against|from)\s+(?:the same period (?:of|in)\s+)?"
                         rf"(?:in\s+)?(?P<year>{_Y})(?!\s*(?:[-–]|to|until)\s*\d)",
                         "Compared to 2023, the city dropped")),
    # `since the beginning of the year`, `from the start of 2025`: the year so far
    ("year_to_date", cue(rf"(?:since|from) the (?:beginning|start) of (?:the year|this year|(?P<year>{_Y}))",
                         "since the beginning of the year")),
    # `currently providing 1,559 online public services`: a state on the day of publication
    ("to_date", cue(r"(?<!\w)(?:currently|at present|presently|to date|as of now|until now|up to now|so far)(?!\w)",
                    "the province is currently providing")),
    ("last_year", cue(r"(?<!\w)(?:last|this) year(?!\w)", "Last year, the city received")),
    ("year", cue(rf"(?:(?<!\w)(?:in|for|by|during|through|of)\s+(?:the end of\s+|the year\s+)?|^\s*)(?P<year>{_Y})"
                 rf"(?!\s*[-–/]\s*\d)(?!\w)", "In 2023, the city ranked 27th")),
]
# `a cumulative total of`, `accumulated since the beginning of the year`: a running total of the year so far
CUMULATIVE = cue(r"cumulative|accumulated|since the (?:beginning|start) of the year|year-to-date|so far this year",
                 "As of the end of April 2025, a cumulative total of")
MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
MONTH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
