"""Talent recruitment's pages and API: who may do what (main account posts and opens,
sub-accounts read and schedule, operators read all, talents see their own), other
merchants' and talents' ids answer 404, candidates come explained, interviews refuse
double-booking and give .ics files, certificates verify publicly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from recruitment_support import CERTIFICATES, seed_talents
from web_support import World, csrf_of, sign_in

JOB = {
    "title": "数据运营专员",
    "city": "杭州",
    "duties": "分析店铺数据",
    "required": ["platform_operations", "data_analysis"],
    "preferred": ["advertising"],
    "skills": "Excel;SQL;数据分析",
    "salary_min": "8000",
    "salary_max": "12000",
    "currency": "CNY",
}
SLOT = {"date": "2030-01-15", "start": "10:00", "end": "11:00", "timezone": "Asia/Shanghai"}


@pytest.fixture
def client(signed_in: Callable[[str], TestClient], world: World) -> TestClient:
    seed_talents(world.engine)
    return signed_in("m1-main")


def _post(client: TestClient, path: str, data: Mapping[str, Any]) -> Any:
    return client.post(path, data={**data, "csrf_token": csrf_of(client)})


def _open_job(client: TestClient) -> int:
    answer = client.post(
        "/api/v1/recruitment/jobs",
        json={
            **{k: JOB[k] for k in ("title", "city", "duties", "currency")},
            "required_certifications": JOB["required"],
            "preferred_certifications": JOB["preferred"],
            "skills": ["Excel", "SQL", "数据分析"],
            "salary_min": 8000,
            "salary_max": 12000,
        },
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    assert answer.status_code == 201, answer.text
    job_id = int(answer.json()["job_id"])
    moved = client.post(
        f"/api/v1/recruitment/jobs/{job_id}/state",
        json={"state": "open"},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    assert moved.json()["state"] == "open"
    return job_id


def test_the_main_account_posts_opens_and_sees_explained_candidates(client: TestClient) -> None:
    posted = _post(client, "/m/recruitment/jobs", JOB)
    assert posted.status_code == 200, posted.text
    assert 'data-testid="open-job"' in posted.text
    job_id = _open_job(client)
    page = client.get(f"/m/recruitment/jobs/{job_id}")
    assert page.text.count('data-testid="candidate"') == 3
    assert page.text.count('data-testid="certified"') == 1  # T1 holds both required ones
    found = client.get(f"/api/v1/recruitment/jobs/{job_id}/candidates").json()
    assert [c["talent_id"] for c in found][:2] == ["T1", "T3"]
    assert found[0]["explanation"][0] == "2 of 2 required certifications"
    assert found[1]["explanation"][0] == (
        "0 of 2 required certifications, missing: Platform operations, Data analysis"
    )
    assert found[1]["matched_skills"] == ["Excel", "SQL"]


@pytest.mark.parametrize(
    ("change", "code", "status"),
    [
        ({"salary_min": "13000"}, "salary_range", 422),
        ({"salary_min": "abc"}, "salary_invalid", 422),
        ({"city": "", "title": "x"}, "city_or_remote", 422),
        ({"currency": "EUR"}, "currency", 422),
    ],
)
def test_a_bad_job_form_says_why_and_writes_nothing(
    client: TestClient, change: dict[str, str], code: str, status: int
) -> None:
    answer = _post(client, "/m/recruitment/jobs", JOB | change)
    assert answer.status_code == status
    assert 'data-testid="error"' in answer.text
    assert client.get("/api/v1/recruitment/jobs").json() == []


def test_sub_accounts_read_but_do_not_post_and_other_merchants_get_404(
    client: TestClient, app_client: TestClient
) -> None:
    job_id = _open_job(client)
    sign_in(app_client, "m1-sub")
    assert app_client.get(f"/m/recruitment/jobs/{job_id}").status_code == 200
    refused = _post(app_client, f"/m/recruitment/jobs/{job_id}/state", {"state": "closed"})
    assert refused.status_code == 403
    refused = _post(app_client, "/m/recruitment/jobs", JOB)
    assert refused.status_code == 403
    sign_in(app_client, "m2-main")
    assert app_client.get(f"/m/recruitment/jobs/{job_id}").status_code == 404
    assert app_client.get(f"/api/v1/recruitment/jobs/{job_id}/candidates").status_code == 404
    assert (
        _post(
            app_client, f"/m/recruitment/jobs/{job_id}/interviews", SLOT | {"talent_id": "T1"}
        ).status_code
        == 404
    )
    sign_in(app_client, "ops")
    assert app_client.get("/ops/recruitment").status_code == 200
    assert app_client.get(f"/ops/recruitment/jobs/{job_id}").status_code == 200
    assert len(app_client.get("/api/v1/recruitment/jobs").json()) == 1


def test_interviews_refuse_double_booking_and_give_both_sides_a_calendar_file(
    client: TestClient, app_client: TestClient
) -> None:
    job_id = _open_job(client)
    first = _post(client, f"/m/recruitment/jobs/{job_id}/interviews", SLOT | {"talent_id": "T1"})
    assert first.status_code == 200, first.text
    again = _post(
        client,
        f"/m/recruitment/jobs/{job_id}/interviews",
        SLOT | {"talent_id": "T2", "start": "10:30", "end": "11:30"},
    )
    assert again.status_code == 409
    (interview,) = client.get("/api/v1/recruitment/interviews").json()
    ics = client.get(f"/m/recruitment/interviews/{interview['interview_id']}.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    event = Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    sign_in(app_client, "talent-t1")
    mine = app_client.get("/recruitment/me")
    assert "数据运营专员" in mine.text and 'data-testid="ics"' in mine.text
    own = app_client.get(f"/recruitment/me/interviews/{interview['interview_id']}.ics")
    assert Calendar.from_ical(own.content).walk("VEVENT")[0]["UID"] == event["UID"]
    sign_in(app_client, "talent-t2")
    assert (
        app_client.get(f"/recruitment/me/interviews/{interview['interview_id']}.ics").status_code
        == 404
    )
    assert app_client.get("/api/v1/recruitment/me/interviews").json() == []
    assert (
        app_client.get(f"/m/recruitment/interviews/{interview['interview_id']}.ics").status_code
        == 403
    )


def test_a_certificate_verifies_publicly_and_a_mistyped_id_says_so(
    app_client: TestClient, world: World
) -> None:
    seed_talents(world.engine)
    certificate = next(iter(CERTIFICATES))
    page = app_client.get(f"/recruitment/certificates/{certificate}")
    assert page.status_code == 200 and 'data-testid="holder"' in page.text and "李娜" in page.text
    api = app_client.get(f"/api/v1/recruitment/certificates/{certificate}").json()
    assert api == {
        "certificate_id": certificate,
        "holder": "李娜",
        "kind": "platform_operations",
        "issued_on": "2022-06-30",
    }
    wrong = certificate[:-1] + str((int(certificate[-1]) + 1) % 10)
    missing = app_client.get("/recruitment/certificates", params={"id": wrong})
    assert missing.status_code == 404
    assert "check digit" in missing.text or "校验位" in missing.text
    assert app_client.get("/api/v1/recruitment/certificates/NOPE").status_code == 404


def test_the_api_edits_moves_cancels_and_refuses_what_the_rules_refuse(
    client: TestClient, app_client: TestClient
) -> None:
    job_id = _open_job(client)
    headers = {"X-CSRF-Token": csrf_of(client)}
    edited = client.put(
        f"/api/v1/recruitment/jobs/{job_id}",
        json={"title": "数据分析师", "remote": True, "salary_min": 9000, "salary_max": 9000,
              "currency": "USD"},
        headers=headers,
    )  # fmt: skip
    assert edited.status_code == 200, edited.text
    assert (edited.json()["remote"], edited.json()["currency"]) == (True, "USD")
    created = client.post(
        f"/api/v1/recruitment/jobs/{job_id}/interviews",
        json={"talent_id": "T1", "date": "2030-01-15", "start": "10:00", "end": "11:00"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    interview_id = created.json()["interview_id"]
    moved = client.post(
        f"/api/v1/recruitment/interviews/{interview_id}/reschedule",
        json={"date": "2030-01-15", "start": "09:00", "end": "10:00", "timezone": "UTC"},
        headers=headers,
    )
    assert moved.status_code == 200, moved.text
    assert (moved.json()["sequence"], moved.json()["starts_at"]) == (1, "2030-01-15T09:00:00Z")
    early = client.post(
        f"/api/v1/recruitment/interviews/{interview_id}/outcome",
        json={"outcome": "offer"},
        headers=headers,
    )
    assert (early.status_code, early.json()["code"]) == (409, "not_started")
    page = _post(
        client,
        f"/m/recruitment/interviews/{interview_id}/reschedule",
        {"date": "2030-01-16", "start": "09:00", "end": "09:10", "timezone": "UTC"},
    )
    assert page.status_code == 422 and 'data-testid="error"' in page.text
    cancelled = client.post(
        f"/api/v1/recruitment/interviews/{interview_id}/cancel", headers=headers
    )
    assert (cancelled.json()["state"], cancelled.json()["sequence"]) == ("cancelled", 2)
    again = client.post(f"/api/v1/recruitment/interviews/{interview_id}/cancel", headers=headers)
    assert (again.status_code, again.json()["code"]) == (409, "not_scheduled")
    closed = client.post(
        f"/api/v1/recruitment/jobs/{job_id}/state", json={"state": "closed"}, headers=headers
    )
    assert closed.json()["state"] == "closed"
    reopened = client.post(
        f"/api/v1/recruitment/jobs/{job_id}/state", json={"state": "open"}, headers=headers
    )
    assert (reopened.status_code, reopened.json()["code"]) == (409, "transition")
    sign_in(app_client, "m2-main")
    other = app_client.post(
        f"/api/v1/recruitment/interviews/{interview_id}/cancel",
        headers={"X-CSRF-Token": csrf_of(app_client)},
    )
    assert other.status_code == 404
