"""Every rule code newsevent reports, with what it means."""

from __future__ import annotations

RULE_DESCRIPTIONS: dict[str, str] = {
    "json.syntax": "The input is not JSON.",
    "json.encoding": "The input is not UTF-8.",
    "json.bom": "The input starts with a byte-order mark, which JSON forbids.",
    "json.number": "A number is not JSON (NaN, Infinity), beyond double range, or an integer beyond 64 bits.",
    "json.depth": "The JSON is nested too deeply.",
    "json.duplicate-key": "A key appears twice in one object.",
    "json.too-large": "A record or document is over the size limit.",
    "json.truncated": "The input ends early.",
    "schema.required": "A required property is missing.",
    "schema.additionalProperties": "A property the format does not define.",
    "schema.enum": "A value outside the vocabulary.",
    "schema.type": "A value of the wrong JSON type.",
    "schema.pattern": "A string of the wrong shape.",
    "schema.format": "A string that is not a valid date, date-time or URI.",
    "schema.minimum": "A number below its minimum.",
    "schema.maximum": "A number above its maximum.",
    "schema.minLength": "An empty or too short string.",
    "schema.maxLength": "A too long string.",
    "schema.anyOf": "A value that fits none of the allowed forms.",
    "schema.oneOf": "A value that fits not exactly one of the allowed forms.",
    "schema.required-if": "A property required by another's value is missing.",
    "extension.namespace": "An extension key that is not a reverse-DNS namespace.",
    "ref.unresolved": "A local reference that names no object of the right kind.",
    "id.local-duplicate": "Two objects of a record share a local id.",
    "id.duplicate": "A record id that repeats in the feed.",
    "evidence.order": "An evidence span that ends before it starts.",
    "evidence.text": "Evidence text that differs from the article text at its offsets.",
    "article.hash": "A text hash that is not the hash of the article text.",
    "quote.not-in-text": (
        "A direct or mixed quote that is not in the article text (pieces of an interrupted quotation, "
        "joined by ' \u2026 ', each in turn)."
    ),
    "time.order": "An earliest bound after the latest.",
    "time.precision": "A precision that does not fit the TIMEX3 value, or a month or day the calendar does not have.",
    "time.bounds": "Bounds that do not agree with the value and precision.",
    "time.weekday": "A weekday in the text that is not the weekday of the date.",
    "time.after-publication": "An event that occurred, dated after its article was published.",
    "code.country": "An ISO 3166-1 code that does not exist, or alpha-2 and alpha-3 that disagree.",
    "code.subdivision": "An ISO 3166-2 code that does not exist.",
    "code.language": "A language tag whose language does not exist.",
}
