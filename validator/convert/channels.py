"""Through which channel words were said: cue words around the statement ("at a press
conference", "took to a social network", "told the Harbour Gazette", "in a statement"), the verb ("told reporters"),
and a relay (words quoted by a ministry reach the reporter as its statement).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteers.platforms import platform_in

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speakers import Mention

_CHANNEL_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (channel, re.compile(pattern, re.IGNORECASE))
    for channel, pattern in (
        ("press_conference", r"\b(press|news) conference\b"),
        ("briefing", r"\bbriefing\b"),
        ("social_media_post", r"\b(tweet(ed|s)?|social media|message board|newsgroup|posted on)\b"),
        ("press_release", r"\b(press|news) release\b"),
        ("statement", r"\bstatement\b"),
        ("interview", r"\b(interview|told (reporters|journalists|the press|the media)|spoke to|speaking to)\b"),
        ("call", r"\b(phone|telephone) (call|talks|conversation)\b"),
        ("speech", r"\b(speech|address(ed)?|ceremony|rally|lecture|in court)\b"),
        ("meeting_remarks", r"\b(during|at|in) the (meeting|talks|summit)\b"),
        ("publication", r"\b(wrote|writes|article|report|study|blog|website|letter|questionnaire|column|op-ed)\b"),
    )
)  # fmt: skip
_TOLD_OUTLET = re.compile(r"\b(told|remarks to|speaking to|spoke to) (the )?[A-Z]")


def channel_in(context: str, verb: Token, relayed_by: Mention | None) -> tuple[str, str | None]:
    platform = platform_in(context)
    if platform is not None:
        return "social_media_post", platform  # "took to a platform", "wrote on a platform"
    for channel, cue in _CHANNEL_CUES:
        if cue.search(context):
            return channel, platform
    if verb.lower_ in {"told", "tell", "tells"} and any(c.dep_ in {"dative", "dobj"} for c in verb.children):
        return "interview", platform
    if _TOLD_OUTLET.search(context):
        return "interview", platform
    if relayed_by is not None:
        return "statement", platform  # words that reach the reporter through someone else's statement
    return "unknown", platform
