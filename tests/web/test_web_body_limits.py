"""Request bodies bounded while they stream (issue 12 item 3): a body over its path's limit
is refused with 413 before the app reads past the limit, chunked or not; an upload from
someone who may not file is refused before a byte of it is read."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from web_support import NOW, World, sign_in

from sellerstar.config import Settings
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.web import auth
from sellerstar.web.app import create_app
from sellerstar.web.body_limits import BodyLimit, route_limits

KEY = "17track-key"
CHUNK = 16 * 1024
SMALL = {
    "body_max_bytes": 32 * 1024,
    "webhook_body_max_bytes": 64 * 1024,
    "evidence_max_bytes": 16 * 1024,
    "evidence_max_files": 2,
}
LIMITS = Settings(**SMALL)
UPLOAD_LIMIT = 2 * 16 * 1024 + 32 * 1024
PUSH = (Path(__file__).parents[1] / "data" / "feeds" / "17track_tracking_updated.json").read_bytes()
# The limits are checked before the store: one backend is enough.
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


class Feed:
    """ASGI wrapper: the next request's body comes from ``chunks`` as a chunked stream (no
    Content-Length); ``pulled`` counts the bytes the app read of it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.chunks: Iterator[bytes] | None = None
        self.pulled = 0

    def body(self, chunks: Iterator[bytes]) -> Feed:
        self.chunks, self.pulled = chunks, 0
        return self

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.chunks is None:
            await self.app(scope, receive, send)
            return
        chunks, self.chunks = self.chunks, None
        headers = [(k, v) for k, v in scope["headers"] if k != b"content-length"]
        scope = {**scope, "headers": [*headers, (b"transfer-encoding", b"chunked")]}
        ended = False

        async def feed() -> Message:
            nonlocal ended
            chunk = None if ended else next(chunks, None)
            if chunk is None:
                if ended:
                    return {"type": "http.disconnect"}
                ended = True
                return {"type": "http.request", "body": b"", "more_body": False}
            self.pulled += len(chunk)
            return {"type": "http.request", "body": chunk, "more_body": True}

        await self.app(scope, feed, send)


def pieces(body: bytes, size: int = CHUNK) -> Iterator[bytes]:
    return (body[i : i + size] for i in range(0, len(body), size))


@pytest.fixture
def feed(world: World, tmp_path: Path) -> Feed:
    settings = Settings(
        **SMALL,
        database_url=world.url,
        seventeen_track_key=KEY,
        evidence_dir=tmp_path / "evidence",
    )
    app = create_app(settings)
    app.dependency_overrides[auth.now] = lambda: NOW
    return Feed(app)


@pytest.fixture
def client(feed: Feed) -> Iterator[TestClient]:
    with TestClient(feed, base_url="http://testserver", follow_redirects=False) as client:
        yield client


def padded_push(size: int) -> bytes:
    """A valid 17TRACK push of exactly ``size`` bytes (JSON may end in blanks)."""
    assert len(PUSH) <= size
    return PUSH + b" " * (size - len(PUSH))


def post_push(client: TestClient, body: bytes = b"") -> tuple[int, dict[str, object]]:
    headers = {"content-type": "application/json", "sign": seventeen_track.sign(body, KEY)}
    answer = client.post("/webhooks/17track", content=body, headers=headers)
    return answer.status_code, answer.json()


def test_the_limits_of_the_paths() -> None:
    limit = BodyLimit(lambda *_: None, 1000, route_limits(LIMITS))  # type: ignore[arg-type, return-value]
    assert LIMITS.upload_max_bytes == UPLOAD_LIMIT
    assert limit.limit_for("/webhooks/17track") == 64 * 1024
    assert limit.limit_for("/api/v1/appeals") == limit.limit_for("/m/appeals") == UPLOAD_LIMIT
    # Only the filings themselves carry files; a decision is a small JSON body.
    assert limit.limit_for("/api/v1/appeals/AP1/decision") == 1000
    assert limit.limit_for("/m/appeals/new") == limit.limit_for("/webhooks") == 1000
    # A radar qualification carries one document; the task's other forms are small.
    document = LIMITS.evidence_max_bytes + LIMITS.body_max_bytes
    assert limit.limit_for("/m/radar/tasks/RT1/qualification") == document
    assert limit.limit_for("/api/v1/radar/tasks/RT1/qualification") == document
    assert limit.limit_for("/m/radar/tasks/RT1/appeal") == 1000
    assert limit.limit_for("/m/radar/tasks/RT1/x/qualification") == 1000


@SQLITE
def test_a_chunked_webhook_body_over_the_limit_is_refused_unread(
    client: TestClient, feed: Feed
) -> None:
    # The attack: a huge body without Content-Length; the app stops pulling at the limit.
    feed.body(itertools.repeat(b"[" * CHUNK, 64))  # 1 MiB, 16 times the limit
    status, answer = post_push(client)
    assert status == 413
    assert answer == {"detail": "the request body is too large", "max_bytes": 64 * 1024}
    assert feed.pulled <= 64 * 1024 + CHUNK


@SQLITE
def test_a_declared_length_over_the_limit_is_refused_before_the_app_reads(
    client: TestClient, feed: Feed
) -> None:
    calls = []

    def chunks() -> Iterator[bytes]:
        calls.append(1)
        yield b"x"

    status, _ = post_push(client, padded_push(64 * 1024 + 1))
    assert status == 413
    feed.body(chunks())  # the next request streams; nothing of this one is read either
    assert post_push(client)[0] == 401 and calls


@SQLITE
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize(("extra", "status"), [(0, 200), (1, 413)])
def test_the_webhook_limit_on_both_sides(
    client: TestClient, feed: Feed, chunked: bool, extra: int, status: int
) -> None:
    body = padded_push(64 * 1024 + extra)
    headers = {"content-type": "application/json", "sign": seventeen_track.sign(body, KEY)}
    if chunked:
        feed.body(pieces(body))
    answer = client.post("/webhooks/17track", content=b"" if chunked else body, headers=headers)
    assert answer.status_code == status, answer.text


@SQLITE
def test_the_default_limit_on_both_sides(client: TestClient, feed: Feed) -> None:
    token = sign_in(client, "ops")
    headers = {"content-type": "application/json", "X-CSRF-Token": token}
    decision = json.dumps({"decision": "approve", "reason": "other", "note": ""}).encode()
    for extra, refused in ((0, False), (1, True)):
        body = decision + b" " * (32 * 1024 + extra - len(decision))
        feed.body(pieces(body))
        answer = client.post("/api/v1/appeals/AP-none/decision", headers=headers)
        assert (answer.status_code == 413) is refused, answer.text
        assert feed.pulled == (32 * 1024 if not refused else feed.pulled)
        assert feed.pulled <= 32 * 1024 + CHUNK


def _multipart(size: int) -> tuple[bytes, dict[str, str]]:
    """A filing of exactly ``size`` bytes: the fields and one file padded to fit."""
    fields = {"order_id": "O1", "shipment_id": "S1", "appeal_type": "single_real_event"}
    head = b"".join(
        f'--b\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in {**fields, "tracking_number": "T1"}.items()
    )
    file_head = (
        b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n"
    )
    tail = b"\r\n--b--\r\n"
    fill = size - len(head) - len(file_head) - len(tail)
    body = head + file_head + b"\0" * fill + tail
    assert len(body) == size
    return body, {"content-type": "multipart/form-data; boundary=b"}


@SQLITE
@pytest.mark.parametrize(
    ("path", "answer"), [("/api/v1/appeals", 401), ("/m/appeals", 303)], ids=["api", "page"]
)
def test_a_strangers_upload_is_refused_before_it_is_read(
    client: TestClient, feed: Feed, path: str, answer: int
) -> None:
    body, headers = _multipart(10 * UPLOAD_LIMIT)
    feed.body(pieces(body))
    refused = client.post(path, headers=headers)
    assert refused.status_code == answer
    assert feed.pulled == 0
    # Signed in without the role (an operator): refused as unread.
    sign_in(client, "ops")
    feed.body(pieces(body))
    assert client.post(path, headers=headers).status_code == 403
    assert feed.pulled == 0


@SQLITE
@pytest.mark.parametrize("path", ["/api/v1/appeals", "/m/appeals"], ids=["api", "page"])
def test_the_upload_limit_on_both_sides(client: TestClient, feed: Feed, path: str) -> None:
    token = sign_in(client, "m1-main")
    for extra, refused in ((0, False), (1, True)):
        body, headers = _multipart(UPLOAD_LIMIT + extra)
        feed.body(pieces(body))
        answer = client.post(path, headers={**headers, "X-CSRF-Token": token})
        assert (answer.status_code == 413) is refused, answer.text
        assert feed.pulled <= UPLOAD_LIMIT + CHUNK
    assert feed.pulled > UPLOAD_LIMIT  # the refused one was pulled up to the limit


@SQLITE
@pytest.mark.parametrize(
    ("locale", "title", "message"),
    [("zh", "内容过大", "请求内容过大"), ("en", "Too large", "the request body is too large")],
)
def test_a_page_answers_413_in_the_users_language(
    client: TestClient, feed: Feed, locale: str, title: str, message: str
) -> None:
    sign_in(client, "m1-main")
    client.cookies.set("sellerstar_lang", locale)
    feed.body(itertools.repeat(b"a" * CHUNK, 64))
    answer = client.post(
        "/m/guarantee-service", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 413
    assert answer.headers["content-type"].startswith("text/html")
    assert title in answer.text and message in answer.text
    assert feed.pulled <= 32 * 1024 + CHUNK
