"""The source clients send what each API documents and read its documented answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from sellerstar.ingest.aftership.client import AfterShipClient
from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client, query_sign
from sellerstar.ingest.seventeen_track.client import Number, SeventeenTrackClient

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
FAST = RetryPolicy(attempts=2, base_delay=0.0)


def mock(handler: object) -> httpx.MockTransport:
    return httpx.MockTransport(handler)  # type: ignore[arg-type]


def test_17track_register_posts_json_with_the_key_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=(DATA / "17track_register.json").read_bytes())

    client = SeventeenTrackClient("k3y", policy=FAST, transport=mock(handler))
    answer = client.register([Number("RR123456789CN", 3011), Number("21213123123230")])
    request = seen[0]
    assert request.url == "https://api.17track.net/track/v2.2/register"
    assert request.headers["17token"] == "k3y"
    assert json.loads(request.content) == [
        {"number": "RR123456789CN", "carrier": 3011},
        {"number": "21213123123230"},
    ]
    # -18019901 (registered already) counts as accepted; -18019903 is refused.
    assert answer.accepted == ("RR123456789CN", "21213123123230")
    assert [r.code for r in answer.rejected] == [-18019903]


def test_17track_sends_at_most_40_numbers_per_call() -> None:
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sizes.append(len(json.loads(request.content)))
        return httpx.Response(200, json={"code": 0, "data": {"accepted": [], "rejected": []}})

    client = SeventeenTrackClient("k", policy=FAST, transport=mock(handler))
    client.register([Number(f"N{i}") for i in range(85)])
    assert sizes == [40, 40, 5]


def test_17track_track_info_reads_the_lookup() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/gettrackinfo")
        return httpx.Response(200, content=(DATA / "17track_gettrackinfo.json").read_bytes())

    client = SeventeenTrackClient("k", policy=FAST, transport=mock(handler))
    parsed, rejected = client.track_info([Number("1Z2617V10397725789")], dt.UTC)
    assert len(parsed.reports[0].events) == 5 and rejected[0].code == -18019902


def test_17track_bad_key_is_a_clear_error() -> None:
    client = SeventeenTrackClient("k", policy=FAST, transport=mock(lambda r: httpx.Response(401)))
    with pytest.raises(SourceUnavailable, match="refused the API key"):
        client.register([Number("X")])


def test_17track_rate_limit_is_retried() -> None:
    answers = iter(
        [
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json={"code": 0, "data": {"accepted": [{"number": "X"}]}}),
        ]
    )
    waits: list[float] = []
    client = SeventeenTrackClient(
        "k", policy=FAST, transport=mock(lambda r: next(answers)), sleep=waits.append
    )
    assert client.register([Number("X")]).accepted == ("X",) and waits == [1.0]


def test_kuaidi100_subscribe_posts_the_documented_form() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"result": True, "returnCode": "200", "message": "提交成功"}
        )

    client = Kuaidi100Client("auth-key", policy=FAST, transport=mock(handler))
    answer = client.subscribe("yuantong", "V030344422", "https://p.example/webhooks/kuaidi100", "s")
    assert answer.accepted and answer.code == "200"
    form = parse_qs(seen[0].content.decode())
    assert seen[0].url == "https://poll.kuaidi100.com/poll"
    assert form["schema"] == ["json"]
    param = json.loads(form["param"][0])
    assert param == {
        "company": "yuantong",
        "number": "V030344422",
        "key": "auth-key",
        "parameters": {
            "callbackurl": "https://p.example/webhooks/kuaidi100",
            "resultv2": "4",
            "salt": "s",
        },
    }


@pytest.mark.parametrize(
    ("answer", "accepted"),
    [
        ({"result": False, "returnCode": "501", "message": "重复订阅"}, True),
        ({"result": False, "returnCode": "700", "message": "不支持的快递公司"}, False),
    ],
)
def test_kuaidi100_duplicate_subscription_counts_as_done(
    answer: dict[str, object], accepted: bool
) -> None:
    client = Kuaidi100Client(
        "k", policy=FAST, transport=mock(lambda r: httpx.Response(200, json=answer))
    )
    assert client.subscribe("ems", "1", "https://x", None).accepted is accepted


def test_kuaidi100_query_is_signed_with_param_key_and_customer() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=(DATA / "kuaidi100_query.json").read_bytes())

    client = Kuaidi100Client("KEY", "CUST", policy=FAST, transport=mock(handler))
    parsed = client.query("yuantong", "V030344422", dt.UTC)
    form = parse_qs(seen[0].content.decode())
    assert seen[0].url == "https://poll.kuaidi100.com/poll/query.do"
    assert form["customer"] == ["CUST"]
    assert form["sign"] == [query_sign(form["param"][0], "KEY", "CUST")]
    assert json.loads(form["param"][0]) == {"com": "yuantong", "num": "V030344422", "resultv2": "4"}
    assert len(parsed.reports[0].events) == 3


def test_kuaidi100_query_without_customer_is_refused() -> None:
    client = Kuaidi100Client(
        "KEY", None, policy=FAST, transport=mock(lambda r: httpx.Response(200))
    )
    with pytest.raises(SourceUnavailable, match="customer id"):
        client.query("ems", "1", dt.UTC)


def test_aftership_create_and_get_use_the_api_key_header() -> None:
    tracking = json.loads((DATA / "aftership_tracking_update.json").read_bytes())["msg"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        code = 201 if request.method == "POST" else 200
        return httpx.Response(code, json={"meta": {"code": code}, "data": tracking})

    client = AfterShipClient("as-key", policy=FAST, transport=mock(handler))
    created = client.create_tracking("9405516902697649303570", "usps", dt.UTC)
    assert created.tracking_id == "n33xyn2b61cm3kosdtnvu00e" and not created.existed
    assert seen[0].url == "https://api.aftership.com/tracking/2025-01/trackings"
    assert seen[0].headers["as-api-key"] == "as-key"
    assert json.loads(seen[0].content) == {
        "tracking_number": "9405516902697649303570",
        "slug": "usps",
    }
    parsed = client.get_tracking("n33xyn2b61cm3kosdtnvu00e", dt.UTC)
    assert seen[1].url.path.endswith("/trackings/n33xyn2b61cm3kosdtnvu00e")
    assert len(parsed.reports[0].events) == 7


def test_aftership_existing_tracking_is_not_an_error() -> None:
    answer = {"meta": {"code": 4003, "message": "Tracking already exists."}, "data": {}}
    client = AfterShipClient(
        "k", policy=FAST, transport=mock(lambda r: httpx.Response(400, json=answer))
    )
    assert client.create_tracking("1", None, dt.UTC).existed
