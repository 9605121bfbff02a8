"""Filing a tracking appeal through the merchant's pages (rulebook §1.4, issue 5 item 2):
who may file, the window on both sides, every refusal (nothing written), the evidence
checks, and the form's words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from appeals_support import (
    appeal_id_of,
    appeal_rows,
    appeal_world,
    audit_rows,
    file_form,
    parcel_of,
    png,
    principal,
    shipped_rules,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of

from sellerstar.domain.access import Scope
from sellerstar.services.appeals import AppealRefused, EvidenceLimits, file_appeal
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def appeals(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[Path]:
    """The appeal world, today = NOW, evidence under tmp_path; yields the evidence folder."""
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    use_evidence_folder(app_client, folder)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield folder
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _nothing_written(world: World, folder: Path) -> None:
    assert appeal_rows(world.engine) == []
    assert audit_rows(world.engine) == []
    assert not folder.exists() or not any(folder.rglob("*.*"))


def _refusal(page: str) -> str:
    match = re.search(r'data-testid="refusal">(.*?)</p>', page, re.S)
    assert match, page
    return match.group(1)


def test_the_main_account_files_and_everything_is_recorded(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    answer = file_form(client, parcel_of("TA2"), "single_real_event")
    appeal_id = appeal_id_of(answer)
    (row,) = appeal_rows(world.engine)
    assert (row.appeal_id, row.order_id, row.shipment_id, row.status) == (
        appeal_id,
        "TA2",
        "S2",
        "pending",
    )
    assert row.submitted_at == NOW and row.decided_at is None
    with world.engine.connect() as connection:
        review = connection.execute(sa.select(appeal_reviews)).one()
        stored = connection.execute(sa.select(appeal_evidence)).one()
    assert (review.filed_by, review.merchant_id, review.owner_account_id) == ("m1-main", "M1", None)
    assert review.due_on == dt.date(2022, 12, 12)  # filed 12-06, 7 calendar days, day 1 incl.
    assert (stored.content_type, stored.original_name) == ("image/png", "shot.png")
    assert (appeals / stored.relative_path).read_bytes() == png()
    (audit,) = audit_rows(world.engine)
    assert (audit.actor, audit.action, audit.entity_id, audit.at) == (
        "m1-main",
        "appeal_filed",
        appeal_id,
        NOW,
    )
    assert audit.detail == {
        "order_id": "TA2",
        "shipment_id": "S2",
        "appeal_type": "single_real_event",
        "precheck": "approve",
    }
    page = client.get(answer.headers["location"])
    assert page.status_code == 200
    assert 'data-testid="filed"' in page.text and "申诉中" in page.text
    assert "2022-12-12" in page.text  # the decision due date


@SQLITE
def test_the_owning_sub_account_files_but_not_on_others_orders(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-sub")
    assert file_form(client, parcel_of("TA1"), "single_real_event").status_code == 404
    assert client.get("/m/appeals/new", params={"order_id": "TA1"}).status_code == 404
    _nothing_written(world, appeals)
    appeal_id_of(file_form(client, parcel_of("TA20"), "single_real_event"))
    (audit,) = audit_rows(world.engine)
    assert audit.actor == "m1-sub"


@SQLITE
@pytest.mark.parametrize("login", ["m2-main", "m1-sub3"])
def test_an_order_the_user_may_not_see_is_not_found(
    signed_in: SignedIn, appeals: Path, world: World, login: str
) -> None:
    client = signed_in(login)
    target = parcel_of("TA20") if login == "m1-sub3" else parcel_of("TA1")
    assert file_form(client, target, "single_real_event").status_code == 404
    assert client.get("/m/appeals/new", params={"order_id": target.order_id}).status_code == 404
    _nothing_written(world, appeals)


@SQLITE
def test_operators_file_nothing(signed_in: SignedIn, appeals: Path, world: World) -> None:
    client = signed_in("ops")
    assert client.get("/m/appeals/new", params={"order_id": "TA1"}).status_code == 403
    assert file_form(client, parcel_of("TA1"), "single_real_event").status_code == 403
    parcel = parcel_of("TA1")
    with pytest.raises(AppealRefused) as refused:  # the service refuses it too
        file_appeal(world.engine, Scope("M1", by_operator=True), principal("ops"),
                    order_id="TA1", shipment_id=parcel.shipment_id,
                    appeal_type="single_real_event", tracking_number=parcel.tracking_number,
                    files=[("s.png", png())], book=shipped_rules(),
                    limits=EvidenceLimits(appeals, 1 << 20, 5), now=NOW)  # fmt: skip
    assert refused.value.code == "not_merchant"
    _nothing_written(world, appeals)


@SQLITE
@pytest.mark.parametrize(
    ("order_id", "allowed", "code"),
    [
        ("TA9", True, None),  # closes today
        ("TA8", False, "window_closed"),  # closed yesterday
        ("TA7", True, None),  # opens today
        ("TA10", False, "window_not_open"),  # opens tomorrow
    ],
)
def test_the_window_on_both_sides(
    signed_in: SignedIn,
    appeals: Path,
    world: World,
    order_id: str,
    allowed: bool,
    code: str | None,
) -> None:
    client = signed_in("m1-main")
    answer = file_form(client, parcel_of(order_id), "third_party_tracking")
    if allowed:
        appeal_id_of(answer)
        return
    assert answer.status_code == 409
    assert code == "window_closed" or "2022-12-07" in _refusal(answer.text)
    assert code == "window_not_open" or "已于2022-12-05结束" in _refusal(answer.text)
    _nothing_written(world, appeals)


@SQLITE
def test_a_passing_shipment_and_a_second_appeal_are_refused(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    passing = file_form(client, parcel_of("TA6", 0), "backend_has_two")
    assert passing.status_code == 409
    assert "现已有至少2条平台轨迹" in _refusal(passing.text)
    _nothing_written(world, appeals)
    first = appeal_id_of(file_form(client, parcel_of("TA6", 1), "third_party_tracking"))
    again = file_form(client, parcel_of("TA6", 1), "third_party_tracking")
    assert again.status_code == 409
    assert "已提交过申诉" in _refusal(again.text)
    assert [row.appeal_id for row in appeal_rows(world.engine)] == [first]
    assert len(audit_rows(world.engine)) == 1
    # The form now links the appeal and offers no shipment of the order.
    form = client.get("/m/appeals/new", params={"order_id": "TA6"}).text
    assert f'href="/m/appeals/{first}"' in form and 'data-testid="appeal-form"' not in form


@SQLITE
@pytest.mark.parametrize(
    ("change", "status", "words"),
    [
        (
            {"tracking_number": "794600009999"},
            422,
            "您填写的物流单号与该物流单（794600000001）不符",
        ),
        ({"appeal_type": "made_up"}, 422, "请选择申诉类型"),
        ({"files": []}, 422, "请至少上传一张轨迹截图"),
        ({"files": [("notes.png", b"%PDF-1.7 not an image", "image/png")]}, 422, "notes.png 不是"),
        ({"files": [("big.png", png(900, 900, "blue"), "image/png")]}, 422, "big.png 超过1 KB"),
        ({"files": [(f"s{i}.png", png(), "image/png") for i in range(3)]}, 422, "最多上传2张"),
    ],
)
def test_input_refusals_show_the_form_again_and_write_nothing(
    signed_in: SignedIn,
    appeals: Path,
    world: World,
    change: dict[str, object],
    status: int,
    words: str,
) -> None:
    client = signed_in("m1-main")
    use_evidence_folder(client, appeals, evidence_max_bytes=1024, evidence_max_files=2)
    arguments: dict[str, object] = {"tracking_number": None, "files": None, **change}
    appeal_type = str(change.get("appeal_type", "single_real_event"))
    answer = file_form(
        client,
        parcel_of("TA1"),
        appeal_type,
        files=arguments["files"],  # type: ignore[arg-type]
        tracking_number=arguments["tracking_number"],  # type: ignore[arg-type]
    )
    assert answer.status_code == status
    assert words in _refusal(answer.text)
    assert 'data-testid="appeal-form"' in answer.text  # the form again, to correct
    _nothing_written(world, appeals)


@SQLITE
def test_the_form_needs_its_csrf_token(signed_in: SignedIn, appeals: Path, world: World) -> None:
    client = signed_in("m1-main")
    parcel = parcel_of("TA1")
    answer = client.post(
        "/m/appeals",
        data={"csrf_token": "forged", "order_id": "TA1", "shipment_id": parcel.shipment_id,
              "appeal_type": "single_real_event", "tracking_number": parcel.tracking_number},
        files=[("screenshots", ("s.png", png(), "image/png"))],
    )  # fmt: skip
    assert answer.status_code == 403
    _nothing_written(world, appeals)


@SQLITE
def test_the_form_shows_the_seed_types_each_shipment_and_the_advice(
    signed_in: SignedIn, appeals: Path
) -> None:
    client = signed_in("m1-main")
    page = client.get("/m/appeals/new", params={"order_id": "TA6"})
    assert page.status_code == 200
    text = page.text
    assert '<optgroup label="商家后台有轨迹但订单仍被判定轨迹不达标">' in text
    assert '<optgroup label="商家后台没有轨迹但17track或快递100上有轨迹">' in text
    assert text.index('value="backend_has_two"') < text.index('value="single_real_event"')
    assert text.index('value="single_real_event"') < text.index("商家后台没有轨迹但17track")
    assert "商家MA后台只有一条轨迹，但此条轨迹为非预报信息轨迹" in text
    assert "商家MA后台能查到订单有2条轨迹" in text
    # S61 passes (no radio, the reason in words), S62 is the one to appeal (preselected).
    assert re.findall(r'name="shipment_id" value="([^"]+)"', text) == ["S62"]
    assert 'value="S62" required checked' in text
    s61 = re.search(r'<tr data-shipment="S61">(.*?)</tr>', text, re.S)
    assert s61 and "轨迹达标" in s61.group(1) and 'data-code="passing"' in s61.group(1)
    assert "2022-12-04 – 2022-12-10" in text  # the window of the ship date
    assert 'enctype="multipart/form-data"' in text and "multiple" in text
    assert 'accept="image/png, image/jpeg, image/webp, image/gif"' in text
    assert f'name="csrf_token" value="{csrf_of(client)}"' in text
    assert "特别留意" in text and "以下两种情况如导致轨迹不达标将无法申诉成功" in text
    assert "您可以及时重新上传物流凭证, 平台会重新抓取轨迹" in text


@SQLITE
def test_a_closed_order_shows_why_and_no_form(signed_in: SignedIn, appeals: Path) -> None:
    text = signed_in("m1-main").get("/m/appeals/new", params={"order_id": "TA8"}).text
    assert 'data-code="window_closed"' in text and "已于2022-12-05结束" in text
    assert 'data-testid="appeal-form"' not in text


@SQLITE
def test_the_form_in_english(signed_in: SignedIn, appeals: Path) -> None:
    client = signed_in("m1-main")
    client.get("/lang/en")
    text = client.get("/m/appeals/new", params={"order_id": "TA1"}).text
    assert "The backend has tracking but the order was still judged" in text
    assert "Please note" in text
