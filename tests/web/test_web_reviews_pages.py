"""The reviews pages (issue 15 item 5): review management (awaiting review with the
invitation links and the advice, reviews received with their state, the store rating),
the pools page, the operators' brushing queue with confirm and dismiss; scope (a
sub-account sees its own orders, another merchant's is 404), both languages, CSRF,
refusals in words and never a 500."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from reviews_support import SECRET, seed_reviews, use_invitation_secret
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.domain.review_display import invitation_valid
from sellerstar.store.review_tables import brushing_cases, brushing_suspects
from sellerstar.store.schema import notifications, penalty_points
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def client(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_reviews(world.engine)
    use_invitation_secret(app_client)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _rows(page: str, attribute: str) -> list[str]:
    return re.findall(rf'<tr data-{attribute}="([^"]+)"', page)


def _row(page: str, attribute: str, key: str) -> str:
    start = page.index(f'<tr data-{attribute}="{key}"')
    return page[start : page.index("</tr>", start)]


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_awaiting_review_lists_received_orders_inside_the_window_with_links(
    client: TestClient,
) -> None:
    sign_in(client, "m1-main")
    answer = client.get("/m/reviews")
    assert answer.status_code == 200
    page = answer.text
    assert "评价管理" in page and "待评价" in page and "已收到的评价" in page
    assert "收货后5天内邀评，最好1天内" in _text(page)
    # Newest receipt first; 90 days after receipt is the last day, 91 is out.
    assert _rows(page, "order") == ["O-NEW", "O-EDGE"]
    new = _row(page, "order", "O-NEW")
    assert 'data-testid="best-now"' in new and "最佳邀评时机" in new
    edge = _row(page, "order", "O-EDGE")
    assert 'data-testid="best-now"' not in edge and "已收货90天" in _text(edge)
    found = re.search(r'value="([^"]+)"', new)
    assert found is not None
    link = html.unescape(found[1])
    query = parse_qs(urlsplit(link).query)
    assert link.startswith("https://marketplace.example/review?order=O-NEW&sig=")
    assert invitation_valid("O-NEW", query["sig"][0], SECRET)
    assert not invitation_valid("O-EDGE", query["sig"][0], SECRET)
    assert "复制链接" in new


def test_without_a_secret_no_links_are_offered(client: TestClient) -> None:
    use_invitation_secret(client, None)
    sign_in(client, "m1-main")
    page = client.get("/m/reviews").text
    assert 'data-testid="no-links"' in page
    assert 'data-testid="invitation-link"' not in page
    assert _rows(page, "order") == ["O-NEW", "O-EDGE"]


def test_a_sub_account_sees_only_its_own_orders_and_reviews(client: TestClient) -> None:
    sign_in(client, "m1-sub")  # A2
    assert _rows(client.get("/m/reviews").text, "order") == ["O-NEW"]
    received = client.get("/m/reviews?tab=received").text
    assert _rows(received, "review") == ["R1", "D1"]  # D1 is about A2's product
    sign_in(client, "m1-sub3")  # A3
    assert _rows(client.get("/m/reviews").text, "order") == ["O-EDGE"]
    assert _rows(client.get("/m/reviews?tab=received").text, "review") == ["R2"]


def test_received_reviews_show_states_badges_and_never_direct_scores(
    client: TestClient,
) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/reviews?tab=received").text
    assert _rows(page, "review") == ["R3", "R4", "R1", "R2", "D1", "D2"]
    r1 = _row(page, "review", "R1")
    assert 'data-state="counted"' in r1 and "计分" in r1
    assert 'data-testid="badge"' not in r1  # an L2 buyer: no badge
    r2 = _row(page, "review", "R2")
    assert 'data-state="excluded"' in r2
    assert "超出评价期限提交" in r2 and "已确认刷评" in r2
    assert "铂金" in r2  # L3: Platinum
    r3 = _row(page, "review", "R3")
    assert 'data-state="not_yet"' in r3
    # Submitted after the newest stat date: the statistics of 12-05 show on 12-07.
    assert "统计将于2022年12月7日更新" in r3
    assert "Pro" in _row(page, "review", "R3")  # L4: Pro
    assert "Pro" in _row(page, "review", "R4")  # the marketplace's own badge
    d1 = _row(page, "review", "D1")
    assert "Quick replies to my inquiry" in d1 and 'data-state="counted"' in d1
    assert 'data-testid="scores"' not in d1
    d2 = _row(page, "review", "D2")
    assert "该买家无直评资格" in d2 and "不展示" in d2


def test_the_store_rating_is_floored(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/reviews?tab=rating").text
    rating = re.search(r'data-testid="store-rating">([^<]+)<', page)
    assert rating is not None and rating[1] == "3.9/5.0"  # 3.99, never rounded up
    assert "一般" in page and "3条计分评价" in page
    sign_in(client, "m2-main")
    page = client.get("/m/reviews?tab=rating").text
    rating = re.search(r'data-testid="store-rating">([^<]+)<', page)
    assert rating is not None and rating[1] == "4.6/5.0"
    assert "非常满意" in page


def test_both_languages_render(client: TestClient) -> None:
    sign_in(client, "m1-main")
    client.get("/lang/en?next=/m/reviews")
    for path in ("/m/reviews", "/m/reviews?tab=received", "/m/reviews?tab=rating",
                 "/m/reviews/pools"):  # fmt: skip
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert 'lang="en"' in answer.text
    page = _text(client.get("/m/reviews").text)
    assert "Invite within 5 days of receipt, best within 1 day" in page
    assert "Review management" in page and "Awaiting a review" in page
    received = client.get("/m/reviews?tab=received").text
    assert "Not yet counted: the statistics update on Dec 7, 2022" in _text(received)
    assert "submitted outside the review window" in received
    assert "Platinum" in received


def test_the_pools_page_shows_pools_selected_products_and_ranks(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/reviews/pools").text
    selected = page[page.index('data-testid="selected"') :]
    selected = selected[: selected.index("</section>")]
    assert _rows(selected, "product") == ["P-BAG"]
    assert "4.6" in selected and "Great bag" in selected
    pool = page[page.index('data-testid="well-reviewed"') :]
    pool = pool[: pool.index("</section>")]
    assert sorted(_rows(pool, "product")) == ["P-BAG", "P-CABLE"]
    ranks = page[page.index('data-testid="product-ranks"') :]
    assert "bags: 第1名" in _text(ranks[: ranks.index("</section>")])
    merchant = page[page.index('data-testid="merchant-ranks"') :]
    merchant = _text(merchant[: merchant.index("</section>")])
    assert "全部商家: 第2名" in merchant and "行业：apparel: 第1名" in merchant
    sign_in(client, "m1-sub3")  # A3 owns none of the pooled products
    page = client.get("/m/reviews/pools").text
    assert "P-BAG" not in page and "P-CABLE" not in page


def test_operators_see_a_merchant_s_pages_and_other_merchants_get_404(
    client: TestClient,
) -> None:
    sign_in(client, "ops")
    page = client.get("/ops/merchants/M1/reviews").text
    assert _rows(page, "order") == ["O-NEW", "O-EDGE"]
    assert client.get("/ops/merchants/M1/reviews/pools").status_code == 200
    assert client.get("/ops/merchants/NOPE/reviews").status_code == 404
    assert 'data-testid="merchant-reviews"' in client.get("/ops/merchants/M1").text
    sign_in(client, "m2-main")
    page = client.get("/m/reviews").text
    assert _rows(page, "order") == ["O-M2"]
    assert "O-NEW" not in client.get("/m/reviews?tab=received").text
    assert client.get("/ops/merchants/M1/reviews").status_code in (303, 403, 404)
    assert client.get("/ops/reviews/brushing").status_code in (303, 403)


def test_the_nav_links_the_pages(client: TestClient) -> None:
    sign_in(client, "m1-main")
    assert 'href="/m/reviews"' in client.get("/m/stars").text
    sign_in(client, "ops")
    assert 'href="/ops/reviews/brushing"' in client.get("/ops").text


def test_the_queue_groups_pending_suspects_by_merchant(client: TestClient) -> None:
    sign_in(client, "ops")
    page = client.get("/ops/reviews/brushing").text
    groups = re.findall(r'data-merchant="([^"]+)" data-testid="merchant-group"', page)
    assert groups == ["M1", "M2"]  # the strongest suspect first
    assert _rows(page, "review") == ["R2", "R1", "RM2"]
    r2 = _row(page, "review", "R2")
    assert "0.93" in r2 and "多个买家共同评价同一小批商家" in r2 and "与其他评价内容雷同" in r2
    assert "Perfect perfect perfect" in r2 and "L3" in r2
    assert "6.0" in _text(page)  # the points a case costs, from the rule-set


def _engine(client: TestClient) -> sa.Engine:
    engine: sa.Engine = client.app.state.engine  # type: ignore[attr-defined]
    return engine


def test_confirm_a_case_from_the_queue(client: TestClient) -> None:
    sign_in(client, "ops")
    answer = client.post(
        "/ops/reviews/brushing/confirm",
        data={"csrf_token": csrf_of(client), "review_id": ["R1", "R2"], "note": "ring of 2"},
    )
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"].startswith("/ops/reviews/brushing?done=case-")
    page = client.get(answer.headers["location"]).text
    assert "已确认，已通知商家" in page
    assert _rows(page, "review") == ["RM2"]
    with _engine(client).connect() as connection:
        case = connection.execute(sa.select(brushing_cases)).one()
        assert (case.merchant_id, case.review_count, case.points, case.note) == (
            "M1", 2, 6.0, "ring of 2",
        )  # fmt: skip
        ledger = connection.execute(sa.select(penalty_points)).one()
        assert (ledger.kind, ledger.entity_id, ledger.points) == (
            "review_brushing", str(case.case_id), 6.0,
        )  # fmt: skip
        assert connection.scalar(sa.select(sa.func.count()).select_from(notifications)) == 1
    history = client.get("/ops/reviews/brushing?state=confirmed").text
    assert sorted(_rows(history, "review")) == ["R1", "R2"]
    assert f'data-case="{case.case_id}"' in history


def test_dismiss_and_refusals_in_words(client: TestClient) -> None:
    sign_in(client, "ops")
    token = csrf_of(client)
    mixed = client.post(
        "/ops/reviews/brushing/confirm", data={"csrf_token": token, "review_id": ["R1", "RM2"]}
    )
    assert mixed.status_code == 422
    assert "一个刷评案件只针对一个商家" in mixed.text
    empty = client.post("/ops/reviews/brushing/confirm", data={"csrf_token": token})
    assert empty.status_code == 422 and "请至少选择一条疑似刷评" in empty.text
    unknown = client.post(
        "/ops/reviews/brushing/dismiss", data={"csrf_token": token, "review_id": ["NOPE"]}
    )
    assert unknown.status_code == 404
    gone = client.post(
        "/ops/reviews/brushing/dismiss", data={"csrf_token": token, "review_id": ["RM2"]}
    )
    assert gone.status_code == 303
    again = client.post(
        "/ops/reviews/brushing/confirm", data={"csrf_token": token, "review_id": ["RM2"]}
    )
    assert again.status_code == 409 and "其他运营已先处理了其中的疑似刷评" in again.text
    without = client.post("/ops/reviews/brushing/dismiss", data={"review_id": ["R1"]})
    assert without.status_code == 403
    with _engine(client).connect() as connection:
        states = {
            row.review_id: row.state
            for row in connection.execute(
                sa.select(brushing_suspects.c.review_id, brushing_suspects.c.state)
            )
        }
        assert states == {"R1": "pending", "R2": "pending", "RM2": "dismissed"}
        assert connection.scalar(sa.select(sa.func.count()).select_from(brushing_cases)) == 0
    sign_in(client, "m1-main")
    refused = client.post(
        "/ops/reviews/brushing/dismiss",
        data={"csrf_token": csrf_of(client), "review_id": ["R1"]},
    )
    assert refused.status_code in (303, 403)


def test_the_pages_hold_on_a_phone_width(client: TestClient) -> None:
    css = client.get("/static/app.css").text
    assert re.search(r"\.scroll \{[^}]*overflow-x: auto", css)
    sign_in(client, "m1-main")
    for path in ("/m/reviews", "/m/reviews?tab=received", "/m/reviews/pools"):
        page = client.get(path).text
        # Every table sits in a box that scrolls by itself.
        assert page.count("<table") == page.count('<div class="scroll">\n  <table'), path
