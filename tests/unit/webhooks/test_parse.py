"""parse_webhook: the docs' examples, signed with the docs' formula, parse; every way a
delivery can be wrong is refused; no secret in any message."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
from pathlib import Path
from typing import Any

import msgspec
import pytest
from multidict import CIMultiDict

from ecwid_async import EcwidError
from ecwid_async.webhooks import (
    DEFAULT_MAX_AGE,
    SIGNATURE_HEADER,
    EventType,
    WebhookData,
    WebhookError,
    WebhookEvent,
    WebhookExpiredError,
    WebhookPayloadError,
    WebhookSignatureError,
    make_webhook,
    parse_webhook,
    sign_webhook,
)

EXAMPLES = Path(__file__).parent / "examples"
FIXTURES = sorted(p.name for p in EXAMPLES.glob("*.json"))
DOCS = Path(__file__).parents[4] / "shared" / "ecwid-docs" / "supplement" / "webhooks.md"
#: The docs' PHP example's secret.
SECRET = "abcde123456789"


def docs_signature(event_created: Any, event_id: Any, secret: str = SECRET) -> str:
    """The docs' formula, written out independently of the package (as the PHP does:
    ``base64_encode(hash_hmac("sha256", "$eventCreated.$eventId", $client_secret, true))``)."""
    message = f"{event_created}.{event_id}".encode()
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


def example(name: str) -> tuple[dict[str, Any], bytes]:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return json.loads(text), text.encode()


def signed(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    header = docs_signature(payload["eventCreated"], payload["eventId"], secret)
    return json.dumps(payload).encode(), {SIGNATURE_HEADER: header}


def valid(**changes: Any) -> dict[str, Any]:
    payload = {
        "eventId": "08a78904-0aa0-4c1a-953a-2e33c56236f0",
        "eventCreated": 1_700_000_000,
        "storeId": 1003,
        "entityId": 103,
        "eventType": "order.updated",
        "data": {"oldPaymentStatus": "AWAITING_PAYMENT", "newPaymentStatus": "PAID"},
    }
    payload.update(changes)
    return payload


NOW = 1_700_000_100.0


# -- the documented examples ---------------------------------------------------------------------
def test_there_is_one_fixture_per_documented_body_example() -> None:
    assert len(FIXTURES) == 20
    if DOCS.is_file():  # a clone without shared/ beside it has only the fixtures
        doc = DOCS.read_text(encoding="utf-8")
        section = doc[doc.index("### Webhook request body") : doc.index("The request body is")]
        assert section.count("```json") == len(FIXTURES)


def test_the_examples_cover_every_documented_event_type() -> None:
    types = {example(name)[0]["eventType"] for name in FIXTURES}
    assert types == {t.value for t in EventType}


@pytest.mark.parametrize("name", FIXTURES)
def test_documented_example_signed_with_the_docs_formula_parses(name: str) -> None:
    payload, body = example(name)
    headers = {SIGNATURE_HEADER: docs_signature(payload["eventCreated"], payload["eventId"])}

    event = parse_webhook(body, headers, client_secret=SECRET, max_age=None)

    assert event.event_id == payload["eventId"]
    assert event.event_created == payload["eventCreated"]
    assert event.store_id == payload["storeId"]
    assert event.entity_id == payload["entityId"]
    assert type(event.entity_id) is type(payload["entityId"])
    assert isinstance(event.event_type, EventType)
    assert event.event_type == payload["eventType"]
    assert msgspec.to_builtins(event.data) == payload.get("data", {})
    assert event.raw == payload


def test_entity_id_is_a_string_for_application_events_and_an_int_otherwise() -> None:
    installed = parse_webhook(
        *signed(example("13-application.installed.json")[0]), client_secret=SECRET, max_age=None
    )
    order = parse_webhook(
        *signed(example("04-order.created.json")[0]), client_secret=SECRET, max_age=None
    )
    assert installed.entity_id == "1003" and installed.entity == "application"
    assert order.entity_id == 103 and order.entity == "order"
    assert order.data == WebhookData(new_payment_status="PAID", new_fulfillment_status="SHIPPED")


def test_an_unknown_event_type_still_parses_as_a_plain_string() -> None:
    event = parse_webhook(
        *signed(valid(eventType="invoice.created")), client_secret=SECRET, now=NOW
    )
    assert event.event_type == "invoice.created"
    assert not isinstance(event.event_type, EventType)
    assert event.entity == "invoice"


def test_unknown_data_fields_are_tolerated_and_kept_in_raw() -> None:
    payload = valid(data={"newPaymentStatus": "PAID", "somethingNew": [1, 2]})
    event = parse_webhook(*signed(payload), client_secret=SECRET, now=NOW)
    assert event.data.new_payment_status == "PAID"
    assert event.raw["data"]["somethingNew"] == [1, 2]


def test_a_numeric_event_id_is_signed_as_its_text() -> None:
    # the docs' table says eventId is a number; the signed text is then its digits
    payload = valid(eventId=123456789)
    event = parse_webhook(*signed(payload), client_secret=SECRET, now=NOW)
    assert event.event_id == "123456789"


def test_created_is_the_utc_datetime_of_event_created() -> None:
    event = parse_webhook(*signed(valid()), client_secret=SECRET, now=NOW)
    assert event.created.timestamp() == 1_700_000_000
    assert event.created.tzinfo is not None


# -- signing helpers for users' tests -------------------------------------------------------------
def test_sign_webhook_is_the_docs_formula() -> None:
    assert sign_webhook(1234567, "80aece08-40e8-4145-8764-6c2f0d38678", client_secret=SECRET) == (
        docs_signature(1234567, "80aece08-40e8-4145-8764-6c2f0d38678")
    )


def test_make_webhook_builds_a_delivery_that_parses() -> None:
    body, headers = make_webhook(
        EventType.CUSTOMER_CREATED,
        1663830,
        client_secret=SECRET,
        store_id=1003,
        data={"customerEmail": "user@example.com"},
        event_id="e-1",
        event_created=1_700_000_000,
    )
    assert headers["Content-Type"] == "application/json; charset=UTF-8"
    event = parse_webhook(body, headers, client_secret=SECRET, now=NOW)
    assert event == WebhookEvent(
        event_id="e-1",
        event_type=EventType.CUSTOMER_CREATED,
        event_created=1_700_000_000,
        store_id=1003,
        entity_id=1663830,
        data=WebhookData(customer_email="user@example.com"),
        raw=json.loads(body),
    )


# -- headers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["X-Ecwid-Webhook-Signature", "x-ecwid-webhook-signature", "X-ECWID-WEBHOOK-SIGNATURE"]
)
def test_the_signature_header_is_found_in_any_case(name: str) -> None:
    body, headers = signed(valid())
    plain = {"Content-Type": "application/json", name: headers[SIGNATURE_HEADER]}
    assert parse_webhook(body, plain, client_secret=SECRET, now=NOW).entity_id == 103
    multi = CIMultiDict(plain)
    assert parse_webhook(body, multi, client_secret=SECRET, now=NOW).entity_id == 103


def test_whitespace_around_the_signature_is_ignored() -> None:
    body, headers = signed(valid())
    padded = {SIGNATURE_HEADER: f"  {headers[SIGNATURE_HEADER]} "}
    assert parse_webhook(body, padded, client_secret=SECRET, now=NOW).event_type == "order.updated"


# -- rejections ------------------------------------------------------------------------------------
def _refused(
    body: bytes, headers: dict[str, str], error: type[WebhookError], match: str, **kw: Any
) -> WebhookError:
    with pytest.raises(error, match=match) as info:
        parse_webhook(body, headers, client_secret=SECRET, **({"now": NOW} | kw))
    message = f"{info.value} {info.value!r}"
    assert SECRET not in message
    return info.value


def test_a_missing_signature_header_is_refused() -> None:
    body, _ = signed(valid())
    _refused(body, {"Content-Type": "application/json"}, WebhookSignatureError, "no X-Ecwid")


@pytest.mark.parametrize(
    "value",
    [
        "",
        "not base64 at all!",
        "MeV28XtFal4HCkYFvdilwckJinc6Dtp4ZWpPhm/pzd4",  # padding cut off
        base64.b64encode(b"short").decode(),
        base64.b64encode(b"x" * 33).decode(),
    ],
)
def test_a_malformed_signature_is_refused(value: str) -> None:
    body, _ = signed(valid())
    _refused(body, {SIGNATURE_HEADER: value}, WebhookSignatureError, "Base64|not an HMAC")


def test_a_signature_made_with_another_secret_is_refused() -> None:
    body, headers = signed(valid(), secret="someone-else")
    _refused(body, headers, WebhookSignatureError, "does not match")


def test_the_docs_header_example_does_not_verify_an_arbitrary_event() -> None:
    body, _ = signed(valid())
    header = {SIGNATURE_HEADER: "MeV28XtFal4HCkYFvdilwckJinc6Dtp4ZWpPhm/pzd4="}
    _refused(body, header, WebhookSignatureError, "does not match")


@pytest.mark.parametrize(
    ("field", "value"),
    [("eventId", "08a78904-0aa0-4c1a-953a-2e33c56236f1"), ("eventCreated", 1_700_000_001)],
)
def test_a_tampered_signed_field_is_refused(field: str, value: Any) -> None:
    _, headers = signed(valid())
    tampered = json.dumps(valid(**{field: value})).encode()
    _refused(tampered, headers, WebhookSignatureError, "does not match")


def test_the_signature_does_not_cover_the_rest_of_the_body() -> None:
    # Ecwid's signature covers eventCreated and eventId only: a changed entityId or data
    # still verifies, which is why a handler fetches the entity before acting on it.
    _, headers = signed(valid())
    changed = json.dumps(valid(entityId=999, data={"newPaymentStatus": "REFUNDED"})).encode()
    assert parse_webhook(changed, headers, client_secret=SECRET, now=NOW).entity_id == 999


def test_an_event_older_than_max_age_is_refused_as_a_replay() -> None:
    body, headers = signed(valid())
    created = valid()["eventCreated"]
    assert parse_webhook(body, headers, client_secret=SECRET, max_age=60, now=created + 60)
    error = _refused(body, headers, WebhookExpiredError, "replay", max_age=60, now=created + 61)
    assert isinstance(error, WebhookSignatureError)


def test_the_default_max_age_outlasts_ecwids_redeliveries() -> None:
    assert DEFAULT_MAX_AGE >= 24 * 3600  # Ecwid retries for a day with the original stamp
    body, headers = signed(valid())
    a_day_later = valid()["eventCreated"] + 24 * 3600 + 1
    assert parse_webhook(body, headers, client_secret=SECRET, now=a_day_later).entity_id == 103
    _refused(body, headers, WebhookExpiredError, "max_age", now=a_day_later + 2 * 86400)


def test_max_age_none_accepts_any_age() -> None:
    body, headers = signed(valid(eventCreated=1))
    assert parse_webhook(body, headers, client_secret=SECRET, max_age=None).event_created == 1


@pytest.mark.parametrize("body", [b"", b"not json", b'{"eventId": ', b"\xff\xfe", b"<xml/>"])
def test_a_body_that_is_not_json_is_a_payload_error(body: bytes) -> None:
    error = _refused(body, {SIGNATURE_HEADER: "x"}, WebhookPayloadError, "not valid JSON")
    assert isinstance(error, WebhookError) and isinstance(error, EcwidError)
    assert not isinstance(error, WebhookSignatureError)


@pytest.mark.parametrize(
    ("payload", "match"),
    [
        ([1, 2], "must be a JSON object, got list"),
        ("text", "must be a JSON object, got str"),
        (valid(eventId=None), "'eventId' must be a non-empty string, got null"),
        (valid(eventId=""), "'eventId' must be a non-empty string"),
        (valid(eventCreated="yesterday"), "'eventCreated' must be a UNIX timestamp"),
        (valid(eventCreated=True), "'eventCreated' must be a UNIX timestamp, got bool"),
        (valid(eventType=7), "'eventType' must be a string, got int"),
        (valid(storeId="store"), "'storeId' must be a number, got str"),
        (valid(entityId=None), "'entityId' must be a number or a string, got null"),
        (valid(data={"newPaymentStatus": 5}), "'data' is malformed"),
        (valid(data=[1]), "'data' is malformed"),
    ],
)
def test_a_body_that_is_not_a_webhook_is_a_payload_error(payload: Any, match: str) -> None:
    body = json.dumps(payload).encode()
    if isinstance(payload, dict) and payload.get("eventId") and payload.get("eventCreated"):
        headers = {SIGNATURE_HEADER: docs_signature(payload["eventCreated"], payload["eventId"])}
    else:
        headers = {SIGNATURE_HEADER: docs_signature(0, "x")}
    _refused(body, headers, WebhookPayloadError, match)


@pytest.mark.parametrize("secret", ["", None])
def test_an_empty_client_secret_is_a_value_error(secret: Any) -> None:
    body, headers = signed(valid())
    with pytest.raises(ValueError, match="client_secret must be a non-empty string"):
        parse_webhook(body, headers, client_secret=secret)


@pytest.mark.parametrize("max_age", [0, -5])
def test_a_non_positive_max_age_is_a_value_error(max_age: float) -> None:
    body, headers = signed(valid())
    with pytest.raises(ValueError, match="max_age must be > 0"):
        parse_webhook(body, headers, client_secret=SECRET, max_age=max_age)


def test_no_message_shows_the_expected_signature() -> None:
    body, _ = signed(valid())
    expected = docs_signature(valid()["eventCreated"], valid()["eventId"])
    wrong = {SIGNATURE_HEADER: sign_webhook(1, "x", client_secret="other")}
    error = _refused(body, wrong, WebhookSignatureError, "does not match")
    assert expected not in str(error)


# -- properties ------------------------------------------------------------------------------------
def _cases(n: int) -> list[tuple[str, int, str, int]]:
    rng = random.Random(14)
    alphabet = string.ascii_letters + string.digits + "-._~ éü€"

    def text(most: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, most)))

    return [
        (text(40).strip() or "x", rng.randint(0, 2**40), text(30), rng.randrange(32))
        for _ in range(n)
    ]


def test_any_signed_event_parses_and_any_flipped_bit_of_its_digest_is_refused() -> None:
    for event_id, created, secret, flip in _cases(300):
        body, headers = make_webhook(
            "order.updated",
            1,
            client_secret=secret,
            store_id=1,
            event_id=event_id,
            event_created=created,
        )
        assert headers[SIGNATURE_HEADER] == docs_signature(created, event_id, secret)
        event = parse_webhook(body, headers, client_secret=secret, max_age=None)
        assert (event.event_id, event.event_created) == (event_id, created)

        digest = bytearray(base64.b64decode(headers[SIGNATURE_HEADER]))
        digest[flip] ^= 1 << (created % 8)
        forged = {SIGNATURE_HEADER: base64.b64encode(bytes(digest)).decode()}
        with pytest.raises(WebhookSignatureError):
            parse_webhook(body, forged, client_secret=secret, max_age=None)
