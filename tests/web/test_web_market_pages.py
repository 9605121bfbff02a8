"""The service market's pages (issue 17): the catalogue by category with providers,
prices and the coupons left; a claim on the launch day and the coupon under 我的优惠券;
every refusal in words (409) and nothing written; the operators' stock and claims; who
may see what. SQLite (the API tests cover PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from market_support import LAUNCH, TOOL, seed_market
from web_support import World, csrf_of, sign_in

from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def client(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_market(world.engine)
    app_client.app.dependency_overrides[now] = lambda: LAUNCH  # type: ignore[attr-defined]
    app_client.cookies.set("sellerstar_lang", "en")
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _row(page: str, tool_id: str) -> str:
    start = page.index(f'data-tool="{tool_id}"')
    return page[start : page.index("</tr>", start)]


def _claim(client: TestClient, tool_id: str = TOOL) -> object:
    return client.post(
        f"/m/market/tools/{tool_id}/coupon",
        data={"csrf_token": csrf_of(client)},
        follow_redirects=True,
    )


def test_the_catalogue_by_category_with_prices_and_coupons_left(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/market")
    assert page.status_code == 200
    text = _text(page.text)
    for words in ("Shop design", "Live-stream services", "Apps and tools", "Shooting services",
                  "Launch day 2022-10-28: 50 coupons per tool", "No coupons yet."):  # fmt: skip
        assert words in text
    row = _text(_row(page.text, TOOL))
    assert "Dianxiaobao" in row and "CNY 199 / month" in row and "CNY 1 / month" in row
    assert "50 of 50 left" in row
    shooting = client.get("/m/market?category=shooting").text
    assert 'data-tool="T-PHOTO"' in shooting and f'data-tool="{TOOL}"' not in shooting
    assert client.get("/m/market?category=nope").status_code == 422


def test_a_claim_shows_the_coupon_and_a_second_is_refused(client: TestClient) -> None:
    sign_in(client, "m1-main")
    answer = _claim(client)
    assert answer.status_code == 200  # type: ignore[attr-defined]
    page = answer.text  # type: ignore[attr-defined]
    assert "Coupon claimed for your main account: 店小宝, valid on 2022-10-28." in _text(page)
    assert 'data-testid="coupon" data-tool="T-DIANXIAOBAO"' in page
    assert "49 of 50 left" in _text(_row(page[page.index('data-testid="tools"') :], TOOL))
    again = client.post(f"/m/market/tools/{TOOL}/coupon", data={"csrf_token": csrf_of(client)})
    assert again.status_code == 409
    assert "already has this tool's coupon" in _text(again.text)


def test_the_sub_account_sees_the_main_accounts_coupon(client: TestClient) -> None:
    sign_in(client, "m1-main")
    _claim(client)
    client.cookies.clear()
    client.cookies.set("sellerstar_lang", "en")
    sign_in(client, "m1-sub")
    page = client.get("/m/market").text
    assert 'data-testid="coupon" data-tool="T-DIANXIAOBAO"' in page
    assert 'data-testid="have-coupon"' in _row(page[page.index('data-testid="tools"') :], TOOL)


def test_refusals_in_words(client: TestClient) -> None:
    sign_in(client, "m2-main")  # Hong Kong
    page = client.get("/m/market").text
    assert "registered in HK: the launch coupons are for mainland-China" in _text(page)
    refused = client.post(f"/m/market/tools/{TOOL}/coupon", data={"csrf_token": csrf_of(client)})
    assert refused.status_code == 409
    assert "for merchants registered in mainland China only" in _text(refused.text)
    client.app.dependency_overrides[now] = lambda: LAUNCH + dt.timedelta(days=39)  # type: ignore[attr-defined]
    client.cookies.clear()
    client.cookies.set("sellerstar_lang", "en")
    sign_in(client, "m1-main")
    late = client.post(f"/m/market/tools/{TOOL}/coupon", data={"csrf_token": csrf_of(client)})
    assert late.status_code == 409
    text = _text(late.text)
    assert "on the launch day 2022-10-28 only (today is 2022-12-06)" in text
    assert "The launch day 2022-10-28 is past: the launch coupons have expired." in text


def test_a_claim_of_a_tool_that_is_not_there_is_not_found(client: TestClient) -> None:
    sign_in(client, "m1-main")
    missing = client.post("/m/market/tools/T-NOPE/coupon", data={"csrf_token": csrf_of(client)})
    assert missing.status_code == 404
    assert "This tool has no launch coupons." in _text(missing.text)


def test_operators_see_stock_and_claims_and_set_the_stock(client: TestClient) -> None:
    sign_in(client, "m1-sub")
    _claim(client)
    client.cookies.clear()
    client.cookies.set("sellerstar_lang", "en")
    sign_in(client, "ops")
    page = client.get("/ops/market").text
    row = _row(page, TOOL)
    assert 'data-claimed="1"' in row and 'data-left="49"' in row
    claims = client.get(f"/ops/market/tools/{TOOL}").text
    assert 'data-merchant="M1"' in claims and "m1-sub" in claims and "A2" in claims
    assert client.get("/ops/market/tools/T-NOPE").status_code == 404
    token = csrf_of(client)
    low = client.post(f"/ops/market/tools/{TOOL}/stock", data={"csrf_token": token, "stock": "0"})
    assert low.status_code == 409 and "1 coupons are claimed already" in _text(low.text)
    bad = client.post(f"/ops/market/tools/{TOOL}/stock", data={"csrf_token": token, "stock": "-3"})
    assert bad.status_code == 422
    done = client.post(
        f"/ops/market/tools/{TOOL}/stock", data={"csrf_token": token, "stock": "60"},
        follow_redirects=True,
    )  # fmt: skip
    assert "The stock of 店小宝 is 60 coupons." in _text(done.text)
    assert 'data-left="59"' in _row(done.text, TOOL)
    # The operator reads a merchant's page as its main account sees it, without the button.
    seen = client.get("/ops/merchants/M1/market").text
    assert 'data-testid="coupon"' in seen and 'data-testid="claim"' not in seen


def test_who_may_see_what(client: TestClient) -> None:
    assert client.get("/m/market", follow_redirects=False).status_code in (303, 401)
    sign_in(client, "m1-main")
    assert client.get("/ops/market").status_code == 403
    assert client.post(f"/m/market/tools/{TOOL}/coupon", data={}).status_code == 403  # no CSRF
    client.cookies.clear()
    sign_in(client, "ops")
    forbidden = client.post(f"/m/market/tools/{TOOL}/coupon", data={"csrf_token": csrf_of(client)})
    assert forbidden.status_code == 403
    assert client.get("/ops/merchants/M9/market").status_code == 404


def test_the_page_in_chinese(client: TestClient) -> None:
    client.cookies.set("sellerstar_lang", "zh")
    sign_in(client, "m1-main")
    page = client.get("/m/market").text
    row = page[page.index(f'data-tool="{TOOL}"') :]
    assert "店小宝" in row[: row.index("</tr>")]
    assert '<html lang="zh-CN">' in page
