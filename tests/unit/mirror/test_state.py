"""Feed states round-trip as JSON; items' ids and times come from their raw JSON."""

from __future__ import annotations

import json

import pytest

from ecwid_async.mirror import ENTITIES, SyncState, decode_state, encode_state
from ecwid_async.mirror.state import fingerprint, item_head


def test_state_round_trips_as_plain_json() -> None:
    state = SyncState(cursor=10, deleted_cursor=9, stats_seen=8, recent={"5": ("ab", 10)})
    data = encode_state(state)
    assert json.loads(data)["recent"] == {"5": ["ab", 10]}
    assert decode_state(data) == state
    assert decode_state(encode_state(SyncState())) == SyncState()


@pytest.mark.parametrize("bad", [b"[]", b"{", b'{"version": 99}'])
def test_a_state_that_is_not_one_is_refused(bad: bytes) -> None:
    with pytest.raises(ValueError, match="feed state"):
        decode_state(bad)


def test_item_heads_per_entity() -> None:
    assert item_head(ENTITIES["products"], b'{"id": 5, "updateTimestamp": 1700000000}') == (
        5,
        1700000000,
    )
    customer = b'{"id": 7, "updated": "2024-06-04 21:15:10 +0000"}'
    assert item_head(ENTITIES["customers"], customer) == (7, 1717535710)
    coupon = b'{"id": 8, "updateDate": "2024-06-04 21:15:10 +0000"}'
    assert item_head(ENTITIES["coupons"], coupon) == (8, 1717535710)
    assert item_head(ENTITIES["carts"], b'{"cartId": "C-1"}') == ("C-1", None)
    gone = b'{"id": 492512057, "orderId": "EBJFT", "date": "2024-06-04 21:15:10 +0000"}'
    assert item_head(ENTITIES["orders"], gone, deleted=True) == ("EBJFT", None)
    assert item_head(ENTITIES["products"], b'{"id": 3, "date": "x"}', deleted=True) == (3, None)
    with pytest.raises(ValueError, match="without 'cartId'"):
        item_head(ENTITIES["carts"], b'{"id": 1}')


def test_fingerprints_follow_the_bytes() -> None:
    assert fingerprint(b'{"id":1}') == fingerprint(b'{"id":1}') != fingerprint(b'{"id":2}')
