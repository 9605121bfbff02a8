"""The product radar's pages (issue 14 item 6): the merchant's list in the seed's words,
its counts and filters, the task page and the three ways out, the operators' queues and
decisions; scope (a sub-account sees the tasks of the products it owns, another
merchant's task is 404), CSRF, uploads refused in words, never a 500."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from radar_support import (
    LONG_DETAIL,
    OPENED,
    RadarWorld,
    pdf,
    seed_radar,
    task_status,
    use_evidence_folder,
)
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.domain.access import Principal, Role
from sellerstar.rules import load_rulebook
from sellerstar.services import radar_submissions
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def radar(world: World) -> RadarWorld:
    return seed_radar(world.engine)


@pytest.fixture
def client(app_client: TestClient, radar: RadarWorld, tmp_path: Path) -> Iterator[TestClient]:
    use_evidence_folder(app_client, tmp_path / "evidence")
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr data-task="([^"]+)"', page)


def _row(page: str, task_id: str) -> str:
    start = page.index(f'<tr data-task="{task_id}"')
    return page[start : page.index("</tr>", start)]


def _post(client: TestClient, path: str, **data: str) -> tuple[int, str, str]:
    answer = client.post(path, data={"csrf_token": csrf_of(client), **data})
    return answer.status_code, answer.headers.get("location", ""), answer.text


def _decide(client: TestClient, review_id: str, decision: str, reason: str = "") -> int:
    data = {"decision": decision, "reason": reason}
    return _post(client, f"/ops/radar/reviews/{review_id}/decision", **data)[0]


def _pending_review(client: TestClient, kind: str) -> str:
    page = client.get(f"/ops/radar/queues?kind={kind}").text
    found = re.findall(r'<tr data-review="([^"]+)"', page)
    assert found, page
    return found[0]


def test_the_merchant_list_speaks_the_seed_words(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    answer = client.get("/m/radar")
    assert answer.status_code == 200
    page = answer.text
    assert sorted(_rows(page)) == sorted([radar.bag, radar.wallet, radar.shoe, radar.cable])
    banner = re.search(r'data-testid="banner">(.*?)</p>', page, re.S)
    assert banner is not None
    assert "疑似知识产权侵权商品会有7天内整改期限，到期未整改会进行下架处理" in banner[1]
    assert "预计24h后返回资质审核结果，可刷新页面更新" in banner[1]
    assert 'href="/m/radar/rules#risk"' in banner[1]  # the risk link is a link, not text
    assert "查看知识产权规则说明" in page
    for word in ("风控处罚问题", "物流问题", "服务问题", "价格问题", "其他问题产品"):
        assert word in page
    for word in ("完成整改品", "合理品", "问题品", "产品分层", "负责人"):
        assert word in page
    bag = _row(page, radar.bag)
    assert "疑似侵犯商标“LV”" in bag
    assert "5天后将被下架并扣分" in bag
    for button in ("编辑商品", "上传知识产权资质备案", "申诉（限1次/任务）", "下架商品"):
        assert button in bag
    assert "Sales 2" in bag and "LV style tote bag" in bag
    cable = _row(page, radar.cable)
    assert "上传知识产权资质备案" not in cable  # not an IP task
    assert "Shipping promise broken on order 39." in cable


def test_the_counts_are_distinct_products_per_category_and_outcome(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/radar").text
    tab = re.search(r'data-testid="category-risk_control">.*?data-testid="count">(\d+)<', page)
    assert tab is not None and tab[1] == "3"
    problem = re.search(r'data-testid="outcome-problem">.*?data-testid="count">(\d+)<', page, re.S)
    assert problem is not None and problem[1] == "4"
    logistics = client.get("/m/radar?category=logistics").text
    assert _rows(logistics) == [radar.cable]
    shown = re.search(
        r'data-testid="outcome-problem">.*?data-testid="count">(\d+)<', logistics, re.S
    )
    assert shown is not None and shown[1] == "1"


def test_the_problem_detail_is_cut_at_three_lines_with_the_whole_text_on_hover(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/radar").text
    cable = _row(page, radar.cable)
    box = re.search(r'<div class="clamp3" data-testid="problem" title="([^"]*)"', cable)
    assert box is not None and html.unescape(box[1]).strip() == LONG_DETAIL
    css = client.get("/static/radar.css").text
    rule = re.search(r"\.clamp3 \{([^}]*)\}", css)
    assert rule is not None and "-webkit-line-clamp: 3" in rule[1] and "overflow: hidden" in rule[1]
    bag = _row(page, radar.bag)
    title = re.search(r'data-testid="problem" title="([^"]*)"', bag)
    assert title is not None
    assert "疑似侵犯商标“LV”" in html.unescape(title[1])
    assert "标题: “LV” (exact, 1.00)" in html.unescape(title[1])


def test_filters_tier_owner_and_outcome(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    assert sorted(_rows(client.get("/m/radar?tier=A").text)) == sorted([radar.bag, radar.shoe])
    assert _rows(client.get("/m/radar?owner=A3").text) == [radar.shoe]
    assert sorted(_rows(client.get("/m/radar?tier=&owner=").text)) == sorted(
        [radar.bag, radar.wallet, radar.shoe, radar.cable]
    )
    assert _rows(client.get("/m/radar?outcome=rectified").text) == []
    assert client.get("/m/radar?outcome=nonsense").status_code == 422
    options = client.get("/m/radar").text
    assert '<option value="A3" >Sales 3</option>' in options.replace(
        'value="A3"  >', 'value="A3" >'
    )


def test_a_sub_account_sees_only_the_tasks_of_its_products(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-sub")
    page = client.get("/m/radar").text
    assert sorted(_rows(page)) == sorted([radar.bag, radar.wallet])
    assert client.get(f"/m/radar/tasks/{radar.bag}").status_code == 200
    assert client.get(f"/m/radar/tasks/{radar.shoe}").status_code == 404
    status, _, _ = _post(client, f"/m/radar/tasks/{radar.shoe}/appeal", statement="mine?")
    assert status == 404
    assert task_status(client_engine(client), radar.shoe) == "open"


def client_engine(client: TestClient) -> sa.Engine:
    engine: sa.Engine = client.app.state.engine  # type: ignore[attr-defined]
    return engine


def test_another_merchants_task_is_not_found(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    assert client.get(f"/m/radar/tasks/{radar.other}").status_code == 404
    status, _, text = _post(client, f"/m/radar/tasks/{radar.other}/delist")
    assert status == 404 and "Traceback" not in text


def test_forms_need_the_csrf_token(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    answer = client.post(f"/m/radar/tasks/{radar.bag}/appeal", data={"statement": "x"})
    assert answer.status_code == 403
    upload = client.post(
        f"/m/radar/tasks/{radar.bag}/qualification",
        data={"qualification_kind": "brand_authorisation"},
        files={"document": ("auth.pdf", pdf(), "application/pdf")},
    )
    assert upload.status_code == 403
    assert task_status(client_engine(client), radar.bag) == "open"


def test_edit_then_an_operator_approves_and_the_task_is_rectified(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-sub")
    form = client.get(f"/m/radar/tasks/{radar.bag}").text
    assert 'value="LV style tote bag"' in form and "Classic tote, LV pattern." in form
    status, location, _ = _post(
        client, f"/m/radar/tasks/{radar.bag}/edit",
        title="Canvas tote bag", description="Classic tote.", brand="",
    )  # fmt: skip
    assert (status, location) == (303, f"/m/radar/tasks/{radar.bag}?done=edit")
    page = client.get("/m/radar").text
    assert "商品审核中, 请等待" in _row(page, radar.bag)
    assert 'data-testid="edit-button"' not in _row(page, radar.bag)
    again = _post(client, f"/m/radar/tasks/{radar.bag}/edit", title="Another bag")
    assert again[0] == 409 and "已在审核中" in again[2]

    sign_in(client, "ops")
    queue = client.get("/ops/radar/queues?kind=edit").text
    assert "商品编辑审核" in queue and "24" in re.search(r'data-testid="sla">(.*?)<', queue)[1]  # type: ignore[index]
    review_id = _pending_review(client, "edit")
    review = client.get(f"/ops/radar/reviews/{review_id}").text
    before = re.search(r'<tr data-field="title">.*?"before">(.*?)<.*?"after">(.*?)<', review, re.S)
    assert before is not None and (before[1], before[2]) == ("LV style tote bag", "Canvas tote bag")
    assert _decide(client, review_id, "approve") == 303
    assert task_status(client_engine(client), radar.bag) == "rectified"
    decided = client.get(f"/ops/radar/reviews/{review_id}").text
    kept = re.search(r'<tr data-field="title">.*?"before">(.*?)<', decided, re.S)
    assert kept is not None and kept[1] == "LV style tote bag"  # the before survives

    sign_in(client, "m1-main")
    page = client.get("/m/radar?outcome=rectified").text
    assert _rows(page) == [radar.bag]
    assert "完成整改" in _row(page, radar.bag)
    assert "Canvas tote bag" in _row(page, radar.bag)


def test_a_rejected_edit_shows_the_reason(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    _post(client, f"/m/radar/tasks/{radar.shoe}/edit", title="Running shoe N1ke v2")
    sign_in(client, "ops")
    review_id = _pending_review(client, "edit")
    refused = client.post(
        f"/ops/radar/reviews/{review_id}/decision",
        data={"csrf_token": csrf_of(client), "decision": "reject", "reason": "  "},
    )
    assert refused.status_code == 422 and "请填写驳回原因" in refused.text
    assert _decide(client, review_id, "reject", "The title still says N1ke.") == 303
    sign_in(client, "m1-main")
    row = _row(client.get("/m/radar").text, radar.shoe)
    assert "审核不通过" in row and "查看原因" in row and "The title still says N1ke." in row
    assert "5天后将被下架并扣分" in row


def test_one_appeal_per_task_greyed_after_and_rejection_keeps_the_deadline(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-main")
    before = client.get(f"/m/radar/tasks/{radar.wallet}").text
    deadline = re.search(r'data-testid="deadline">(.*?)<', before)
    assert deadline is not None
    status, location, _ = _post(
        client, f"/m/radar/tasks/{radar.wallet}/appeal", statement="We sell authentic stock."
    )
    assert (status, location) == (303, f"/m/radar/tasks/{radar.wallet}?done=appeal")
    row = _row(client.get("/m/radar").text, radar.wallet)
    assert "申诉中, 待人工审核" in row
    assert re.search(r'aria-disabled="true" data-testid="appeal-button"', row)
    second = _post(client, f"/m/radar/tasks/{radar.wallet}/appeal", statement="Again.")
    assert second[0] == 409 and "该任务已申诉过（每个任务1次）" in second[2]

    sign_in(client, "ops")
    review_id = _pending_review(client, "appeal")
    assert "We sell authentic stock." in client.get(f"/ops/radar/reviews/{review_id}").text
    assert _decide(client, review_id, "reject", "No authorisation shown.") == 303
    again = client.post(
        f"/ops/radar/reviews/{review_id}/decision",
        data={"csrf_token": csrf_of(client), "decision": "approve", "reason": ""},
    )
    assert again.status_code == 409 and "已由其他运营人员处理" in again.text

    sign_in(client, "m1-main")
    after = client.get(f"/m/radar/tasks/{radar.wallet}").text
    assert re.search(r'data-testid="deadline">(.*?)<', after)[1] == deadline[1]  # type: ignore[index]
    row = _row(client.get("/m/radar").text, radar.wallet)
    assert "申诉失败" in row and "No authorisation shown." in row
    assert re.search(r'aria-disabled="true" data-testid="appeal-button"', row)
    assert "5天后将被下架并扣分" in row
    assert task_status(client_engine(client), radar.wallet) == "open"


def test_a_qualification_closes_every_open_task_of_its_right(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-sub")
    answer = client.post(
        f"/m/radar/tasks/{radar.bag}/qualification",
        data={"csrf_token": csrf_of(client), "qualification_kind": "brand_authorisation",
              "note": "Authorised reseller"},
        files={"document": ("licence.pdf", pdf(), "application/pdf")},
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    page = client.get("/m/radar").text
    for task_id in (radar.bag, radar.wallet):
        assert "审核中, 请等待" in _row(page, task_id)
    document = re.search(
        r'href="(/radar/reviews/[^"]+/document)"', client.get(f"/m/radar/tasks/{radar.bag}").text
    )
    assert document is not None
    served = client.get(document[1])
    assert served.status_code == 200 and served.content.startswith(b"%PDF-")
    assert served.headers["content-type"] == "application/pdf"

    for login in ("m2-main", "m1-sub3"):
        sign_in(client, login)
        assert client.get(document[1]).status_code == 404

    sign_in(client, "ops")
    review_id = _pending_review(client, "qualification")
    review = client.get(f"/ops/radar/reviews/{review_id}").text
    assert "品牌授权" in review and "Authorised reseller" in review
    assert client.get(document[1]).status_code == 200
    assert _decide(client, review_id, "approve") == 303
    engine = client_engine(client)
    assert [task_status(engine, t) for t in (radar.bag, radar.wallet, radar.shoe)] == [
        "rectified",
        "rectified",
        "open",
    ]
    assert task_status(engine, radar.other) == "open"  # another merchant's task of LV


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notes.pdf", b"just some text, not a document", "不是PDF"),
        ("big.pdf", b"%PDF-" + b"0" * 2048, "大于 1 KB"),
        ("empty.pdf", b"", "请选择要上传的资质文件"),
    ],
)
def test_a_bad_upload_is_refused_in_words(
    client: TestClient, radar: RadarWorld, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    use_evidence_folder(client, tmp_path / "evidence", evidence_max_bytes=1024)
    sign_in(client, "m1-main")
    answer = client.post(
        f"/m/radar/tasks/{radar.bag}/qualification",
        data={"csrf_token": csrf_of(client), "qualification_kind": "supply_chain"},
        files={"document": (name, content, "application/pdf")},
    )
    assert answer.status_code == 422, answer.text
    assert words in answer.text and 'data-testid="refusal"' in answer.text
    assert not list((tmp_path / "evidence").rglob("*.*"))
    assert "审核中, 请等待" not in _row(client.get("/m/radar").text, radar.bag)


def test_an_unknown_qualification_kind_is_refused_in_words(
    client: TestClient, radar: RadarWorld
) -> None:
    sign_in(client, "m1-main")
    answer = client.post(
        f"/m/radar/tasks/{radar.bag}/qualification",
        data={"csrf_token": csrf_of(client), "qualification_kind": "trust_me"},
        files={"document": ("a.pdf", pdf(), "application/pdf")},
    )
    assert answer.status_code == 422 and "请选择资质类型" in answer.text


def test_delisting_rectifies_the_task(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    status, location, _ = _post(client, f"/m/radar/tasks/{radar.cable}/delist")
    assert (status, location) == (303, f"/m/radar/tasks/{radar.cable}?done=delist")
    page = client.get(f"/m/radar/tasks/{radar.cable}").text
    assert "商品已下架" in page and 'data-testid="delist-form"' not in page
    assert task_status(client_engine(client), radar.cable) == "rectified"
    closed = _post(client, f"/m/radar/tasks/{radar.cable}/appeal", statement="late")
    assert closed[0] == 409 and "该任务已结束" in closed[2]


def test_the_queues_are_for_operators_with_overdue_marks(
    client: TestClient, radar: RadarWorld, world: World
) -> None:
    boss = Principal(0, "m1-main", "Boss", Role.MERCHANT_MAIN, "M1", "A1")
    with transaction(world.engine) as connection:
        radar_submissions.submit_appeal(
            connection, boss, radar.shoe, statement="old", book=load_rulebook(), now=OPENED
        )
        radar_submissions.submit_edit(
            connection, boss, radar.cable, title="USB-C cable", description=None, brand=None,
            book=load_rulebook(), now=NOW - dt.timedelta(hours=1),
        )  # fmt: skip
    sign_in(client, "m1-main")
    assert client.get("/ops/radar/queues").status_code == 403
    assert client.get("/ops/radar/reviews/RR1").status_code == 403
    sign_in(client, "ops")
    appeals = client.get("/ops/radar/queues?kind=appeal").text
    assert "申诉审核" in appeals and "48" in appeals
    # Filed at OPENED, due 48 h later: exactly now, not overdue yet; a second later, overdue.
    assert 'class="overdue"' not in _review_tag(appeals, radar.shoe)
    client.app.dependency_overrides[now] = lambda: NOW + dt.timedelta(seconds=1)  # type: ignore[attr-defined]
    appeals = client.get("/ops/radar/queues?kind=appeal").text
    assert 'class="overdue"' in _review_tag(appeals, radar.shoe) and "已逾期" in appeals
    edits = client.get("/ops/radar/queues?kind=edit").text
    assert 'class="overdue"' not in _review_tag(edits, radar.cable)  # due in 23 h
    tab = re.search(
        r'data-testid="tab-appeal">.*?"pending-count">(\d+)<.*?(\d+) 条已超期', edits, re.S
    )
    assert tab is not None and (tab[1], tab[2]) == ("1", "1")


def _review_tag(page: str, task_id: str) -> str:
    found = re.search(r'<tr data-review="[^"]+" data-task="' + task_id + r'"[^>]*>', page)
    assert found is not None, page
    return found[0]


def test_operators_see_a_merchants_radar_read_only(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "ops")
    page = client.get("/ops/merchants/M1/radar").text
    assert sorted(_rows(page)) == sorted([radar.bag, radar.wallet, radar.shoe, radar.cable])
    assert 'data-testid="edit-button"' not in page
    task = client.get(f"/ops/merchants/M1/radar/tasks/{radar.bag}").text
    assert 'data-testid="edit-form"' not in task and "疑似侵犯商标“LV”" in task
    assert client.get(f"/ops/merchants/M1/radar/tasks/{radar.other}").status_code == 404
    assert client.get("/ops/merchants/NOPE/radar").status_code == 404
    sign_in(client, "m1-main")
    assert client.get("/ops/merchants/M1/radar").status_code == 403


def test_the_rules_page_takes_its_numbers_from_the_rule_set(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/radar/rules").text
    assert "自任务创建起7个自然日内" in page
    assert "记2.0分" in page and "最多6.0分" in page and "365天" in page
    assert "48小时" in page and "24小时" in page


def test_the_pages_in_english(client: TestClient, radar: RadarWorld) -> None:
    sign_in(client, "m1-main")
    client.cookies.set("sellerstar_lang", "en")
    page = client.get("/m/radar").text
    bag = _row(page, radar.bag)
    assert "Will be delisted with penalty points in 5 days" in bag
    assert "Suspected trademark infringement: “LV”" in bag
    assert "Appeal (limited to 1 per task)" in bag
    assert "Risk-control penalty issues" in page and "Problem products" in page


def test_a_product_changed_in_the_store_keeps_the_page_working(
    client: TestClient, radar: RadarWorld, world: World
) -> None:
    # An imported task of a product without tier or owner, closed before the radar's rule-set.
    products = contract_tables["products"]
    with transaction(world.engine) as connection:
        connection.execute(
            sa.update(products).where(products.c.product_id == "P-SHOE").values(status="deleted")
        )
        connection.execute(
            contract_tables["radar_tasks"].insert().values(
                task_id="T-OLD", product_id="P-SHOE", category="price", right_id=None,
                detail="Price 300% over the market", status="delisted",
                created_at=dt.datetime(2021, 1, 1, tzinfo=dt.UTC),
                closed_at=dt.datetime(2021, 1, 8, tzinfo=dt.UTC),
            )
        )  # fmt: skip
    sign_in(client, "m1-main")
    page = client.get("/m/radar?category=price").text
    assert _rows(page) == ["T-OLD"]
    assert "已下架并扣分" in _row(page, "T-OLD")
    assert client.get("/m/radar/tasks/T-OLD").status_code == 200


def test_a_document_over_the_limit_is_refused_in_words_and_a_huge_body_unread(
    client: TestClient, radar: RadarWorld
) -> None:
    settings = client.app.state.settings  # type: ignore[attr-defined]
    sign_in(client, "m1-main")
    path = f"/m/radar/tasks/{radar.bag}/qualification"
    form = {"csrf_token": csrf_of(client), "qualification_kind": "supply_chain"}
    over = b"%PDF-" + b"0" * settings.evidence_max_bytes  # one file, just over the limit
    answer = client.post(path, data=form, files={"document": ("big.pdf", over, "application/pdf")})
    assert answer.status_code == 422 and "文件大于 5 MB" in answer.text
    huge = b"0" * (settings.evidence_max_bytes + settings.body_max_bytes + 1)
    refused = client.post(
        path, data=form, files={"document": ("huge.pdf", huge, "application/pdf")}
    )
    assert refused.status_code == 413
