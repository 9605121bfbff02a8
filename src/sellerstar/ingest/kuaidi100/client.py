"""Kuaidi100 over HTTP: subscribe a number to pushes, query it in real time (HTTP only).

Subscribe (订阅): form POST to https://poll.kuaidi100.com/poll with ``schema=json`` and
``param`` = {company, number, key, parameters: {callbackurl, salt, resultv2}}. Real-time
query (实时查询): form POST to https://poll.kuaidi100.com/poll/query.do with ``customer``,
``param`` = {com, num, resultv2} and ``sign`` = upper-case MD5 of param + key + customer
(Kuaidi100's official SDK, github.com/kuaidi100-api/java-demo).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from sellerstar.ingest import bounded_json
from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable, make_client, send
from sellerstar.ingest.kuaidi100 import parse
from sellerstar.ingest.tracking_facts import Parsed

BASE_URL = "https://poll.kuaidi100.com"
SUBSCRIBED = "200"
ALREADY_SUBSCRIBED = "501"
# resultv2=4: event status codes (101 已下单 …), the finest Kuaidi100 gives.
RESULT_V2 = "4"


@dataclass(frozen=True)
class Subscription:
    """Outcome of a subscription: accepted (also when it existed), Kuaidi100's code, text."""

    accepted: bool
    code: str
    message: str


def query_sign(param: str, key: str, customer: str) -> str:
    """The ``sign`` of a real-time query: upper-case MD5 of param + key + customer."""
    return hashlib.md5((param + key + customer).encode("utf-8")).hexdigest().upper()


class Kuaidi100Client:
    """The API with one account (authorisation key, and customer id for queries)."""

    source = "Kuaidi100"

    def __init__(
        self,
        key: str,
        customer: str | None = None,
        *,
        policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        base_url: str = BASE_URL,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._key = key
        self._customer = customer
        self._http = make_client(base_url, self.policy, transport)
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def subscribe(
        self, company: str, number: str, callback_url: str, salt: str | None
    ) -> Subscription:
        """Ask Kuaidi100 to push ``number``'s tracking to ``callback_url``."""
        parameters: dict[str, str] = {"callbackurl": callback_url, "resultv2": RESULT_V2}
        if salt is not None:
            parameters["salt"] = salt
        param = {"company": company, "number": number, "key": self._key, "parameters": parameters}
        body = self._post("/poll", {"schema": "json", "param": _json(param)})
        try:
            answer = bounded_json.loads(body)
        except ValueError as exc:
            raise SourceUnavailable(f"Kuaidi100 subscribe answered no JSON ({exc})") from exc
        code = str(answer.get("returnCode", ""))
        accepted = answer.get("result") in (True, "true") or code == ALREADY_SUBSCRIBED
        return Subscription(accepted, code, str(answer.get("message", "")))

    def query(self, company: str, number: str, zone: dt.tzinfo) -> Parsed:
        """The tracking Kuaidi100 finds for ``number`` now."""
        if not self._customer:
            raise SourceUnavailable("Kuaidi100 query needs the customer id; set it first")
        param = _json({"com": company, "num": number, "resultv2": RESULT_V2})
        form = {
            "customer": self._customer,
            "param": param,
            "sign": query_sign(param, self._key, self._customer),
        }
        return parse.parse_query(self._post("/poll/query.do", form), zone)

    def _post(self, path: str, form: dict[str, str]) -> bytes:
        request = self._http.build_request("POST", path, data=form)
        response = send(self._http, request, self.policy, source=self.source, sleep=self._sleep)
        if response.status_code != 200:
            raise SourceUnavailable(f"Kuaidi100 {path} answered HTTP {response.status_code}")
        return response.content


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
