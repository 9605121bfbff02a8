"""What the web load benchmark asks for: the pages, the ids in them, and signed-in sessions."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import quote, urlencode

import sqlalchemy as sa

from sellerstar.store.db import create_engine

SESSION_COOKIE = "sellerstar_session"
_LOGIN_CSRF = "sellerstar_login_csrf"
_SAMPLE = 200  # distinct orders a rotating page cycles through


@dataclass(frozen=True)
class Page:
    """One measured page: its name and path; ``{order}`` (an order id) and ``{number}``
    (part of one) rotate over the orders of the user's list."""

    name: str
    path: str
    download: bool = False


PAGES: tuple[Page, ...] = (
    Page("healthz", "/healthz"),
    Page("api-me", "/api/v1/me"),
    Page("stars", "/m/stars"),
    Page("logistics", "/m/logistics"),
    Page("logistics-untrackable", "/m/logistics?untrackable=1"),
    Page("logistics-search", "/m/logistics?q={number}"),
    Page("logistics-page-5", "/m/logistics?page=5"),
    Page("order-detail", "/m/logistics/orders/{order}"),
    Page("guaranteed-delivery", "/m/guaranteed-delivery"),
    Page("api-orders", "/api/v1/logistics/orders"),
    Page("csv-download", "/m/logistics/orders.csv", download=True),
)


@dataclass(frozen=True)
class Probe:
    """One request before the load: the status, the size and the time it took."""

    status: int
    kilobytes: float
    milliseconds: float


class Client:
    """Plain HTTP/1.1 on loopback (standard library: the benchmark adds no dependency)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port

    def get(
        self, path: str, cookie: str = "", timeout: float = 120
    ) -> tuple[int, dict[str, str], bytes]:
        """GET ``path`` without following redirects."""
        return self._send("GET", path, cookie, None, timeout)

    def _send(
        self,
        method: str,
        path: str,
        cookie: str,
        form: dict[str, str] | None,
        timeout: float = 120,
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        headers = {"Cookie": cookie} if cookie else {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            cookies = SimpleCookie()
            for value in answer.headers.get_all("Set-Cookie") or []:
                cookies.load(value)
            jar = {name: morsel.value for name, morsel in cookies.items()}
            return answer.status, jar, answer.read()
        finally:
            connection.close()

    def sign_in(self, login: str, password: str) -> str:
        """Sign in through the form, as a browser does; returns the Cookie header value."""
        status, jar, _page = self.get("/login")
        token = jar.get(_LOGIN_CSRF)
        if status != 200 or not token:
            raise SystemExit(f"GET /login answered {status} without the sign-in CSRF cookie")
        form = {"login": login, "password": password, "csrf_token": token, "next_url": "/"}
        status, jar, page = self._send("POST", "/login", f"{_LOGIN_CSRF}={token}", form)
        if status != 303 or SESSION_COOKIE not in jar:
            raise SystemExit(f"signing in as {login} answered {status}: {page[:300]!r}")
        return f"{SESSION_COOKIE}={jar[SESSION_COOKIE]}"

    def probe(self, path: str, cookie: str, timeout: float = 120) -> Probe:
        """One timed request."""
        started = time.perf_counter()
        status, _jar, body = self.get(path, cookie, timeout)
        return Probe(status, len(body) / 1000, (time.perf_counter() - started) * 1000)


def wait_ready(client: Client, seconds: float) -> None:
    """Wait until the server says it is ready (the store answers and is migrated)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):  # not listening yet
            if client.get("/readyz")[0] == 200:
                return
        time.sleep(0.5)
    raise SystemExit(f"the server was not ready after {seconds:.0f} s")


def scope_orders(
    url: str, merchant_id: str, account_id: str | None, stat_date: dt.date
) -> list[str]:
    """Order ids a user sees on the stat date's order list (a spread sample of them)."""
    owner = "" if account_id is None else "AND owner_account_id = :account"
    query = sa.text(
        "SELECT order_id FROM order_tracking "
        f"WHERE merchant_id = :merchant AND stat_date = :day {owner} ORDER BY order_id"
    )
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = list(
                connection.scalars(
                    query, {"merchant": merchant_id, "account": account_id, "day": stat_date}
                )
            )
    finally:
        engine.dispose()
    if not found:
        raise SystemExit(f"merchant {merchant_id} has no order on {stat_date}'s order list")
    step = max(1, len(found) // _SAMPLE)
    return found[::step][:_SAMPLE]


def expand(page: Page, orders: Sequence[str]) -> list[str]:
    """The paths a page's run rotates over; a search asks for an order number's last 8
    digits, as someone copying it from a message would."""
    if not re.search(r"\{(order|number)\}", page.path):
        return [page.path]
    return [
        page.path.format(order=quote(o, safe=""), number=quote(o[-8:], safe="")) for o in orders
    ]
