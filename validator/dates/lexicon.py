"""Words of English news that name or count time, and the regular-expression pieces built from them.

Every table is a named constant; the comment above it says where its values come from.
"""

from __future__ import annotations

import re

# Month names and their news abbreviations (AP style "Feb.", "Sept.", plus the three-letter forms).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common English words or given names ("may" the modal, "March" the
# verb, "April"/"June"/"August" the names): alone, they are dates only after a temporal cue.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "april", "june", "august", "mar", "jun", "aug"})

# Weekdays, ISO numbering (Monday = 1). Abbreviations only with a full stop ("Thurs."), so that
# "Sun" the newspaper and "Wed" the verb are never read as days.
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon.": 1,
    "tuesday": 2, "tue.": 2, "tues.": 2,
    "wednesday": 3, "wed.": 3,
    "thursday": 4, "thu.": 4, "thur.": 4, "thurs.": 4,
    "friday": 5, "fri.": 5,
    "saturday": 6, "sat.": 6,
    "sunday": 7, "sun.": 7,
}  # fmt: skip

# Cardinal number words up to the size news text spells out.
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "half": 0.5, "a half": 0.5, "a couple of": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip

# Quantity words that give no number: TIMEX3 writes the count as X ("several years" = PXY).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "numerous", "multiple")

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "final": -1, "last": -1,
}  # fmt: skip

# Time units with their TIMEX3 duration letters; decade, century and millennium use TIMEX3's
# DE, CE and ML (TimeML 1.2.1 annotation guidelines, section 2.2).
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W2",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "millennium": "ML", "millennia": "ML", "weekend": "WE",
}  # fmt: skip
TIME_UNITS = frozenset({"second", "minute", "hour"})

# Seasons (TIMEX3 codes) and the parts of a day (TIMEX3 MO, AF, EV, NI).
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

# Early/mid/late as TIMEX3 mods.
PART_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END",
}  # fmt: skip

# Words that refer to the present, past or future without a date (TIMEX3 *_REF values).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF",
    "in the future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "in the coming years": "FUTURE_REF", "in the near future": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
}  # fmt: skip

# Markers of future and past reference near a date, for dates the text leaves open ("Friday",
# "June 17"). Future markers win: news reports the past unless it says otherwise.
FUTURE_MARKERS = re.compile(
    r"\b(?:will|won't|shall|'ll|should|could|may|might|must|going to|is to|are to|was to|were to|is due|"
    r"are due|due to|scheduled|planned|plans?|planning|expected|expects?|set to|is set for|are set for|"
    r"upcoming|coming|next|"
    r"would|to be held|to take place|to begin|to start|to open|to meet|to visit|to vote|to hold|intends?|"
    r"aims?|hopes?|until|by then)\b"
)
# Past tense: auxiliaries, "ago", the commonest irregular past forms of news verbs, and
# lower-case words in -ed not after "be"/"been" (where they are passive, of any tense).
IRREGULAR_PAST = (
    "began",
    "became",
    "brought",
    "came",
    "chose",
    "did",
    "drove",
    "fell",
    "felt",
    "fled",
    "flew",
    "found",
    "gave",
    "got",
    "grew",
    "had",
    "heard",
    "held",
    "hit",
    "kept",
    "knew",
    "led",
    "left",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "ran",
    "rose",
    "said",
    "sat",
    "saw",
    "sent",
    "set",
    "shot",
    "shut",
    "sold",
    "spoke",
    "spent",
    "stood",
    "struck",
    "took",
    "taught",
    "thought",
    "told",
    "took",
    "was",
    "went",
    "were",
    "won",
    "wrote",
)
PAST_MARKERS = re.compile(
    rf"\b(?:ago|earlier|previously|already)\b"
    rf"|(?<!\bbe\s)(?<!\bbeen\s)\b(?:{'|'.join(IRREGULAR_PAST)}|[a-z]\w*ed)\b"
)


def alternation(words: object) -> str:
    """A regular-expression alternation of *words*, longest first, with spaces as `\\s+`."""
    items = sorted((str(word) for word in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)
