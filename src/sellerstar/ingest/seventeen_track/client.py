"""17TRACK Tracking API v2.2 over HTTP: register numbers, get their tracking (HTTP only).

Every call is a JSON POST to https://api.17track.net/track/v2.2/<endpoint> with the API
key in the ``17token`` header and at most 40 numbers; answers are read by :mod:`.parse`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable, make_client, send
from sellerstar.ingest.seventeen_track import parse
from sellerstar.ingest.tracking_facts import ParcelReport, Parsed, Problem

BASE_URL = "https://api.17track.net/track/v2.2"
MAX_NUMBERS = 40
ALREADY_REGISTERED = -18019901
NOT_REGISTERED = -18019902


@dataclass(frozen=True)
class Number:
    """A number to register or look up, with 17TRACK's carrier key when known."""

    number: str
    carrier: int | None = None
    tag: str | None = None

    def as_json(self) -> dict[str, object]:
        item: dict[str, object] = {"number": self.number}
        if self.carrier is not None:
            item["carrier"] = self.carrier
        if self.tag:
            item["tag"] = self.tag
        return item


@dataclass(frozen=True)
class Registered:
    """Outcome of ``register``: numbers now tracked (newly or already) and refused ones."""

    accepted: tuple[str, ...]
    rejected: tuple[parse.Rejection, ...]


class SeventeenTrackClient:
    """The API with one account key."""

    source = "17TRACK"

    def __init__(
        self,
        key: str,
        *,
        policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        base_url: str = BASE_URL,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._key = key
        self._http = make_client(base_url, self.policy, transport)
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def register(self, numbers: Sequence[Number]) -> Registered:
        """Start tracking ``numbers``; one already registered counts as accepted."""
        accepted: list[str] = []
        rejected: list[parse.Rejection] = []
        for batch in _batches(numbers):
            body = self._post("/register", [n.as_json() for n in batch])
            ok, refused, problems = parse.parse_register(body)
            if problems:
                raise SourceUnavailable(f"17TRACK register: {problems[0]}")
            accepted += ok
            for rejection in refused:
                if rejection.code == ALREADY_REGISTERED:
                    accepted.append(rejection.number)
                else:
                    rejected.append(rejection)
        return Registered(tuple(accepted), tuple(rejected))

    def track_info(
        self, numbers: Sequence[Number], zone: dt.tzinfo
    ) -> tuple[Parsed, list[parse.Rejection]]:
        """The tracking 17TRACK holds for registered ``numbers`` (``gettrackinfo``)."""
        reports: list[ParcelReport] = []
        rejected: list[parse.Rejection] = []
        problems: list[Problem] = []
        for batch in _batches(numbers):
            body = self._post("/gettrackinfo", [n.as_json() for n in batch])
            parsed, refused = parse.parse_lookup(body, zone)
            reports += parsed.reports
            problems += parsed.problems
            rejected += refused
        return Parsed("gettrackinfo", tuple(reports), tuple(problems)), rejected

    def _post(self, endpoint: str, payload: list[dict[str, object]]) -> bytes:
        request = self._http.build_request(
            "POST", endpoint, json=payload, headers={"17token": self._key}
        )
        response = send(self._http, request, self.policy, source=self.source, sleep=self._sleep)
        if response.status_code == 401:
            raise SourceUnavailable("17TRACK refused the API key (HTTP 401); check the key")
        if response.status_code != 200:
            raise SourceUnavailable(f"17TRACK {endpoint} answered HTTP {response.status_code}")
        return response.content


def _batches(numbers: Sequence[Number]) -> list[Sequence[Number]]:
    return [numbers[i : i + MAX_NUMBERS] for i in range(0, len(numbers), MAX_NUMBERS)]
