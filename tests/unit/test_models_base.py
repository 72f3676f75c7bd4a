"""EcwidDateTime parsing and the model encode/decode hooks."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from ecwid_async.models._base import EcwidDateTime, EcwidInput, EcwidModel, dec_hook, enc_hook


@pytest.mark.parametrize(
    "text",
    ["2014-10-19 18:56:21 +0400", "2014-10-19 18:56:21 -0530", "2000-01-01 00:00:00 +0000"],
)
def test_fast_path_agrees_with_strptime(text: str) -> None:
    parsed = EcwidDateTime.parse(text)
    assert parsed == dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
    assert parsed.utcoffset() == dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z").utcoffset()
    assert parsed.to_ecwid() == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-04-22", dt.datetime(2015, 4, 22, tzinfo=dt.timezone.utc)),
        ("2015-04-22 18:48:38", dt.datetime(2015, 4, 22, 18, 48, 38, tzinfo=dt.timezone.utc)),
        ("2015-04-22T18:48:38+02:00", dt.datetime(2015, 4, 22, 16, 48, 38, tzinfo=dt.timezone.utc)),
    ],
)
def test_other_documented_formats(text: str, expected: dt.datetime) -> None:
    assert EcwidDateTime.parse(text) == expected


def test_unix_seconds_and_garbage() -> None:
    assert EcwidDateTime.parse(1447804800) == dt.datetime(2015, 11, 18, tzinfo=dt.timezone.utc)
    with pytest.raises(ValueError, match="not an Ecwid date"):
        EcwidDateTime.parse("2014-13-45 99:00:00 +0000")
    with pytest.raises(ValueError, match="not an Ecwid date"):
        EcwidDateTime.parse("yesterday")


class _Thing(EcwidModel):
    created: EcwidDateTime | None = None
    some_count: int | None = None


class _ThingInput(EcwidInput):
    some_count: int | msgspec.UnsetType | None = msgspec.UNSET
    name: str | msgspec.UnsetType = msgspec.UNSET


def test_models_decode_camel_case_dates_and_ignore_unknown_fields() -> None:
    raw = b'{"created": "2014-10-19 18:56:21 +0400", "someCount": 3, "brandNew": [1]}'
    thing = msgspec.json.decode(raw, type=_Thing, dec_hook=dec_hook)
    assert thing.some_count == 3
    assert isinstance(thing.created, EcwidDateTime)
    assert msgspec.json.encode(thing, enc_hook=enc_hook) == (
        b'{"created":"2014-10-19 18:56:21 +0400","someCount":3}'
    )
    with pytest.raises(msgspec.ValidationError, match="not an Ecwid date"):
        msgspec.json.decode(b'{"created": "soon"}', type=_Thing, dec_hook=dec_hook)


def test_inputs_encode_only_what_was_set_including_explicit_null() -> None:
    assert msgspec.json.encode(_ThingInput()) == b"{}"
    assert msgspec.json.encode(_ThingInput(name="Tea")) == b'{"name":"Tea"}'
    assert msgspec.json.encode(_ThingInput(some_count=None)) == b'{"someCount":null}'


def test_plain_datetimes_encode_in_ecwid_format() -> None:
    aware = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert enc_hook(aware) == "2024-05-06 07:08:09 -0500"
    assert enc_hook(dt.datetime(2024, 5, 6, 7, 8, 9)) == "2024-05-06 07:08:09 +0000"
    assert enc_hook(dt.date(2024, 5, 6)) == "2024-05-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2014-10-19 18:56:21 +0400",
            dt.datetime(2014, 10, 19, 14, 56, 21, tzinfo=dt.timezone.utc),
        ),
        ("2014-10-19 18:56:21 -0530", dt.datetime(2014, 10, 20, 0, 26, 21, tzinfo=dt.timezone.utc)),
        ("2015-04-22T18:48:38+02:00", dt.datetime(2015, 4, 22, 16, 48, 38, tzinfo=dt.timezone.utc)),
        ("2015-04-22 18:48:38", dt.datetime(2015, 4, 22, 18, 48, 38, tzinfo=dt.timezone.utc)),
        ("2015-04-22", dt.datetime(2015, 4, 22, tzinfo=dt.timezone.utc)),
        (
            " 2015-04-22 18:48:38 +0000 ",
            dt.datetime(2015, 4, 22, 18, 48, 38, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_decode_hook_reads_each_form_as_parse_does_naive_ones_as_utc(
    text: str, expected: dt.datetime
) -> None:
    # The hook's fast path (C fromisoformat on 3.11+) must agree with parse() and never
    # hand back a naive datetime: Ecwid's zone-less dates are UTC.
    decoded = dec_hook(EcwidDateTime, text)
    assert type(decoded) is EcwidDateTime
    assert decoded == expected == EcwidDateTime.parse(text)
    assert decoded.utcoffset() == EcwidDateTime.parse(text).utcoffset()
    assert decoded.tzinfo is not None
