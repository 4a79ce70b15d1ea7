"""What orjson accepts but would lose: repeated keys and integers beyond 64 bits, however written."""

from __future__ import annotations

import orjson
import pytest

from validator.json_checks import is_lossless, lossless_problems


@pytest.mark.parametrize(
    "raw",
    [
        rb'{"a":1,"a":2,"c"  :3}',  # a space before one colon, a repeated key elsewhere
        rb'{"a":1, "a":2, "c":3}',  # spaces after commas
        rb'{"x":{"k\\":1,"k\\":2}}',  # the repeated key ends in an escaped backslash
        rb'{"k\\\\\\":1,"k\\\\\\":2}',  # ... in three of them
        b'{"a":1,\n"a":2}',
    ],
)
def test_a_repeated_key_is_found_however_the_text_is_written(raw: bytes) -> None:
    problems, too_deep = lossless_problems(raw, orjson.loads(raw))
    assert [problem.rule for problem in problems] == ["json.duplicate-key"]
    assert not too_deep
    assert not is_lossless(raw, orjson.loads(raw))


@pytest.mark.parametrize(
    "raw",
    [
        rb'{"t":"x\":y","u":1}',  # an escaped quote and a colon inside a string
        rb'{"t\\":1}',  # a key ending in an escaped backslash, once
        rb'{"t" : "a",  "u" :2}',
        rb'{"t":"\u0022:"}',  # written as an escape, re-serialised as \"
    ],
)
def test_text_without_repeated_keys_loses_nothing(raw: bytes) -> None:
    assert lossless_problems(raw, orjson.loads(raw)) == ([], False)
    assert is_lossless(raw, orjson.loads(raw))


def test_an_integer_beyond_64_bits_is_found() -> None:
    raw = b'{"n": 18446744073709551616}'
    assert [problem.rule for problem in lossless_problems(raw, orjson.loads(raw))[0]] == ["json.number"]
    assert not is_lossless(raw, orjson.loads(raw))
    assert is_lossless(b'{"n":18446744073709551615}\r\n', orjson.loads(b'{"n":18446744073709551615}'))
