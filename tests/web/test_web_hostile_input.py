"""Hostile input answered 4xx, never 500 (issue 12 item 4): JSON nested past any real
document, and numbers in URLs past what the store holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from web_support import KEY, SALT, SECRET, World, csrf_of

from sellerstar.config import Settings
from sellerstar.ingest import bounded_json
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.kuaidi100 import parse as kuaidi100
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.web.app import create_app
from sellerstar.web.routes.appeals import ROW_ID_MAX

DEEP = "[" * 100_000
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SignedIn = Callable[[str], TestClient]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_json_nested_to_the_limit_is_read_and_one_level_more_is_refused() -> None:
    assert bounded_json.loads(nested(bounded_json.MAX_DEPTH)) is not None
    assert bounded_json.loads('{"a": ' * 64 + "1" + "}" * 64) is not None
    for text in (nested(bounded_json.MAX_DEPTH + 1), '{"a": ' * 65 + "1" + "}" * 65, DEEP):
        with pytest.raises(bounded_json.TooDeep, match="nested deeper than 64 levels"):
            bounded_json.loads(text)
    # Bad JSON of any other kind is refused as before, with its own reason.
    with pytest.raises(ValueError, match="Expecting value"):
        bounded_json.loads("[1,")


def _17track(body: bytes) -> dict[str, Any]:
    headers = {"content-type": "application/json", "sign": seventeen_track.sign(body, KEY)}
    return {"content": body, "headers": headers}


def _aftership(body: bytes) -> dict[str, Any]:
    signature = aftership.signature(body, SECRET)
    headers = {"content-type": "application/json", aftership.SIGNATURE_HEADER: signature}
    return {"content": body, "headers": headers}


def _kuaidi100(body: bytes) -> dict[str, Any]:
    param = body.decode()
    form = urlencode({"sign": kuaidi100.sign(param, SALT), "param": param})
    return {"content": form, "headers": {"content-type": "application/x-www-form-urlencoded"}}


@SQLITE
@pytest.mark.parametrize(
    ("path", "signed", "where"),
    [
        ("/webhooks/17track", _17track, "body"),
        ("/webhooks/aftership", _aftership, "body"),
        ("/webhooks/kuaidi100", _kuaidi100, "param"),
    ],
)
def test_signed_deeply_nested_json_to_a_webhook_is_400_naming_it(
    hooks: TestClient, path: str, signed: Callable[[bytes], dict[str, Any]], where: str
) -> None:
    answer = hooks.post(path, **signed(DEEP.encode()))
    assert answer.status_code == 400, answer.text
    assert f"{where}: is not JSON (nested deeper than 64 levels" in answer.json()["detail"]


@SQLITE
def test_deeply_nested_json_to_the_api_is_4xx_naming_it(signed_in: SignedIn) -> None:
    client = signed_in("m1-main")
    headers = {"content-type": "application/json", "X-CSRF-Token": csrf_of(client)}
    answer = client.post("/api/v1/orders/O1/shipments/S1/replace", content=DEEP, headers=headers)
    assert answer.status_code == 400
    assert answer.json()["detail"] == "the JSON body is nested too deeply"
    # A body FastAPI parses (a pydantic model) is refused too.
    client = signed_in("ops")
    headers["X-CSRF-Token"] = csrf_of(client)
    answer = client.post("/api/v1/appeals/AP1/decision", content=DEEP, headers=headers)
    assert answer.status_code == 400
    assert answer.json()["detail"] == "the JSON body is nested too deeply"


@pytest.mark.parametrize(
    ("evidence_id", "status"),
    [("9223372036854775808", 422), (str(2**31), 422), (str(2**31 - 1), 404), ("0", 422)],
)
def test_an_evidence_number_past_the_store_is_refused_not_a_500(
    signed_in: SignedIn, evidence_id: str, status: int
) -> None:
    client = signed_in("ops")
    assert client.get(f"/appeals/AP1/evidence/{evidence_id}").status_code == status


def _routes(routes: list[Any]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # FastAPI's included router
            yield from _routes(route.original_router.routes)


def _params(dependant: Any) -> Iterator[Any]:
    yield from dependant.path_params + dependant.query_params
    for sub in dependant.dependencies:
        yield from _params(sub)


def test_every_number_in_a_url_is_bounded_to_what_the_store_holds() -> None:
    app = create_app(Settings(database_url="sqlite://"))
    numbers = [
        (route.path, param)
        for route in _routes(app.routes)
        for param in _params(route.dependant)
        if param.field_info.annotation in (int, int | None)
    ]
    assert any(path.endswith("{evidence_id}") for path, _ in numbers)
    for path, param in numbers:
        bounds = {type(m).__name__: m for m in param.field_info.metadata}
        assert "Ge" in bounds and "Le" in bounds, f"{path}: {param.name} is unbounded"
        assert bounds["Le"].le <= ROW_ID_MAX, f"{path}: {param.name}"


def test_the_nested_limit_is_far_above_the_feeds_documents() -> None:
    def depth(value: object) -> int:
        if isinstance(value, dict):
            return 1 + max(map(depth, value.values()), default=0)
        if isinstance(value, list):
            return 1 + max(map(depth, value), default=0)
        return 0

    feeds = Path(__file__).parents[1] / "data" / "feeds"
    deepest = max(depth(json.loads(p.read_bytes())) for p in feeds.glob("*.json"))
    assert deepest * 4 <= bounded_json.MAX_DEPTH


def test_a_nul_character_in_any_text_is_refused_not_a_500(
    signed_in: SignedIn, world: World
) -> None:
    # Found by the fuzzer: PostgreSQL text cannot hold NUL; SQLite can (and finds nothing).
    client = signed_in("m1-main")
    filing = {"order_id": "O\x00", "shipment_id": "S", "appeal_type": "t", "tracking_number": "T"}
    answers = [
        client.get("/api/v1/appeals/AP%00X"),
        client.post("/api/v1/appeals", data=filing, headers={"X-CSRF-Token": csrf_of(client)}),
    ]
    if world.url.startswith("postgresql"):
        for answer in answers:
            assert answer.status_code == 422, answer.text
            assert answer.json()["detail"] == "text must not contain the NUL character (0x00)"
    else:
        assert [answer.status_code for answer in answers] == [404, 404]
