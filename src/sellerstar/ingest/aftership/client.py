"""AfterShip Tracking API over HTTP: create a tracking, get one (HTTP only).

Endpoints of API version :data:`API_VERSION` under https://api.aftership.com/tracking/,
key in the ``as-api-key`` header (https://www.aftership.com/docs/tracking/quickstart).
Answers are ``{"meta": {"code", "message"}, "data": {tracking}}``, read by :mod:`.parse`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from sellerstar.ingest import bounded_json
from sellerstar.ingest.aftership import parse
from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable, make_client, send
from sellerstar.ingest.tracking_facts import Parsed

API_VERSION = "2025-01"
BASE_URL = f"https://api.aftership.com/tracking/{API_VERSION}"
# meta.code of a create for a number (and slug) AfterShip tracks already.
ALREADY_EXISTS = frozenset({4003, 4016})


@dataclass(frozen=True)
class Created:
    """Outcome of a create: AfterShip's tracking id (when given) and whether it existed."""

    tracking_id: str | None
    existed: bool
    parsed: Parsed


class AfterShipClient:
    """The API with one key."""

    source = "AfterShip"

    def __init__(
        self,
        api_key: str,
        *,
        policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        base_url: str = BASE_URL,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._key = api_key
        self._http = make_client(base_url, self.policy, transport)
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def create_tracking(self, number: str, slug: str | None, zone: dt.tzinfo) -> Created:
        """Start tracking ``number`` (with the courier ``slug`` when known)."""
        payload: dict[str, str] = {"tracking_number": number}
        if slug:
            payload["slug"] = slug
        response = self._call("POST", "/trackings", payload)
        meta = _meta(response)
        if meta in ALREADY_EXISTS:
            return Created(None, True, Parsed("api"))
        if response.status_code not in (200, 201):
            raise SourceUnavailable(f"AfterShip create answered {response.status_code}: {meta}")
        parsed, tracking_id = parse.parse_api_answer(response.content, zone)
        return Created(tracking_id, False, parsed)

    def get_tracking(self, tracking_id: str, zone: dt.tzinfo) -> Parsed:
        """The tracking with AfterShip id ``tracking_id``."""
        response = self._call("GET", f"/trackings/{tracking_id}", None)
        if response.status_code != 200:
            raise SourceUnavailable(
                f"AfterShip get answered {response.status_code}: {_meta(response)}"
            )
        return parse.parse_api_answer(response.content, zone)[0]

    def _call(self, method: str, path: str, payload: dict[str, str] | None) -> httpx.Response:
        request = self._http.build_request(
            method, path, json=payload, headers={"as-api-key": self._key}
        )
        response = send(self._http, request, self.policy, source=self.source, sleep=self._sleep)
        if response.status_code == 401:
            raise SourceUnavailable("AfterShip refused the API key (HTTP 401); check the key")
        return response


def _meta(response: httpx.Response) -> int | None:
    try:
        code = bounded_json.loads(response.content).get("meta", {}).get("code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, int) else None
