"""The radar's store job on both databases: what it scans, the tasks it opens and the ones
it does not, idempotence, the removed products and deadlines it handles, the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa
from PIL import Image
from radar_world import (
    BOOK,
    appeal,
    at,
    decide,
    edit,
    principal,
    qualify,
    seed,
    task,
)
from typer.testing import CliRunner

from factories import product_row, right_row
from sellerstar.cli import app
from sellerstar.jobs import radar as radar_job
from sellerstar.jobs.radar import JOB_NAME, run_radar_job
from sellerstar.services import radar_submissions
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    penalty_points,
    radar_findings,
    radar_scans,
)

T0 = at("2022-11-14 10:00")
_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]


@pytest.fixture
def engine(store_engine: sa.Engine) -> Iterator[sa.Engine]:
    seed(store_engine)
    with transaction(store_engine) as connection:
        connection.execute(
            _products.insert(),
            [
                product_row("C1", "M1", "Plain canvas tote bag", owner_account_id="AC-M1-sub"),
                product_row("C2", "M2", "Leather belt", description="Slvtote style buckle"),
                product_row("D1", "M1", "LV speedy bag", status="delisted"),
            ],
        )
    yield store_engine


def _run(engine: sa.Engine, now: dt.datetime, root: Path) -> dict[str, int]:
    summary = run_radar_job(engine, BOOK, now, image_root=root)
    assert summary is not None
    return summary


def _open_tasks(engine: sa.Engine) -> dict[tuple[str, str], Any]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(_tasks).where(_tasks.c.status == "open"))
        return {(row.product_id, row.right_id): row for row in rows}


def _all_tasks(engine: sa.Engine) -> list[Any]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(_tasks).order_by(_tasks.c.created_at)))


def _set_product(engine: sa.Engine, product_id: str, **values: Any) -> None:
    with transaction(engine) as connection:
        connection.execute(
            sa.update(_products).where(_products.c.product_id == product_id).values(**values)
        )


def test_the_first_run_opens_a_task_per_suspected_right_and_records_each_scan(
    engine: sa.Engine, tmp_path: Path
) -> None:
    summary = _run(engine, T0, tmp_path)
    opened = _open_tasks(engine)
    assert sorted(opened) == [
        ("P1", "R-LV"), ("P2", "R-LV"), ("P3", "R-NIKE"), ("P4", "R-LV"), ("P5", "R-LV"),
    ]  # fmt: skip
    lv = opened[("P1", "R-LV")]
    assert (lv.category, lv.created_at, lv.closed_at) == ("risk_control", T0, None)
    assert lv.detail == 'Suspected infringement of trademark "LV" (Louis Vuitton Malletier)'
    assert opened[("P3", "R-NIKE")].detail == (
        'Suspected infringement of trademark "Nike" (Nike, Inc.)'
    )
    assert summary == {
        "products_listed": 7, "products_scanned": 7, "findings": 5, "tasks_opened": 5,
        "covered_by_task": 0, "qualified": 0, "images_unreadable": 0,
        "tasks_of_removed_products": 0, "delisted": 0, "waiting": 0, "delisted_again": 0,
    }  # fmt: skip
    with engine.connect() as connection:
        (finding,) = connection.execute(
            sa.select(radar_findings).where(radar_findings.c.task_id == lv.task_id)
        ).all()
        scans = {r.product_id: r for r in connection.execute(sa.select(radar_scans))}
        (run,) = connection.execute(sa.select(job_runs).where(job_runs.c.job == JOB_NAME)).all()
    assert (finding.field, finding.matched_text, finding.span_start, finding.span_end) == (
        "title", "LV", 0, 2,
    )  # fmt: skip
    assert finding.fingerprint == scans["P1"].fingerprint
    assert sorted(scans) == ["C1", "C2", "P1", "P2", "P3", "P4", "P5"]  # listed only
    assert (scans["C1"].findings, scans["P1"].findings) == (0, 1)
    assert len({s.rights_fingerprint for s in scans.values()}) == 1
    assert (run.status, run.summary) == ("succeeded", summary)


def test_a_second_run_scans_nothing_and_opens_nothing(engine: sa.Engine, tmp_path: Path) -> None:
    _run(engine, T0, tmp_path)
    again = _run(engine, T0 + dt.timedelta(hours=1), tmp_path)
    assert (again["products_scanned"], again["tasks_opened"]) == (0, 0)
    assert len(_all_tasks(engine)) == 5


def test_pages_of_listings_scan_and_rescan_as_one_read_does(
    engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages of two: the delisted D1 falls inside a page, a page ends inside the products
    # already scanned, and the last page is short.
    monkeypatch.setattr(radar_job, "PAGE_SIZE", 2)
    first = _run(engine, T0, tmp_path)
    assert (first["products_listed"], first["products_scanned"], first["tasks_opened"]) == (7, 7, 5)
    _set_product(engine, "P3", title="Plain running shoes")
    again = _run(engine, T0 + dt.timedelta(hours=1), tmp_path)
    assert (again["products_listed"], again["products_scanned"], again["tasks_opened"]) == (7, 1, 0)
    with engine.connect() as connection:
        assert len(connection.execute(sa.select(radar_scans)).all()) == 7


def test_a_right_s_goods_decide_an_everyday_mark_and_changed_goods_rescan(
    engine: sa.Engine, tmp_path: Path
) -> None:
    with transaction(engine) as connection:
        connection.execute(_rights.insert(), [right_row("R-DOVE", "Dove", goods="soap;香皂")])
        connection.execute(
            _products.insert(),
            [
                product_row("G1", "M1", "Dove Wedding Favor Box 50pcs"),
                product_row("G2", "M1", "Dove Beauty Soap Bar 90g"),
            ],
        )
    first = _run(engine, T0, tmp_path)
    dove = {p for p, r in _open_tasks(engine) if r == "R-DOVE"}
    assert dove == {"G2"}  # soap is Dove's goods, a wedding favour box is not
    with transaction(engine) as connection:
        connection.execute(
            sa.update(_rights).where(_rights.c.right_id == "R-DOVE").values(goods="soap;box")
        )
    again = _run(engine, T0 + dt.timedelta(hours=1), tmp_path)
    assert again["products_scanned"] == first["products_listed"]  # the rights changed
    assert {p for p, r in _open_tasks(engine) if r == "R-DOVE"} == {"G1", "G2"}


def test_a_changed_product_is_scanned_again_but_its_open_task_covers_it(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    _set_product(engine, "P1", title="LV monogram tote, new colours")
    summary = _run(engine, T0 + dt.timedelta(hours=1), tmp_path)
    assert (summary["products_scanned"], summary["covered_by_task"]) == (1, 1)
    assert summary["tasks_opened"] == 0 and len(_all_tasks(engine)) == 5


def test_an_approved_edit_still_infringing_gets_a_new_task(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    first = _open_tasks(engine)[("P1", "R-LV")].task_id
    review_id = edit(engine, "sub1", first, T0 + dt.timedelta(hours=1), title="L-V tote")
    decide(engine, review_id, True, T0 + dt.timedelta(hours=2))
    summary = _run(engine, T0 + dt.timedelta(days=1), tmp_path)
    assert summary["products_scanned"] == 1 and summary["tasks_opened"] == 1
    second = _open_tasks(engine)[("P1", "R-LV")]
    assert second.task_id != first and task(engine, first).status == "rectified"
    # Its content is the edited one: the same content is not tasked twice.
    assert _run(engine, T0 + dt.timedelta(days=2), tmp_path)["tasks_opened"] == 0


def test_a_cleared_task_is_not_opened_again_for_the_same_content(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    cleared = _open_tasks(engine)[("P2", "R-LV")].task_id
    decide(engine, appeal(engine, "sub1", cleared, T0), True, T0 + dt.timedelta(hours=1))
    # A new right rescans every listing; the cleared finding stays cleared.
    with transaction(engine) as connection:
        connection.execute(_rights.insert(), [right_row("R-GUCCI", "Gucci")])
    summary = _run(engine, T0 + dt.timedelta(days=1), tmp_path)
    assert summary["products_scanned"] == 7
    assert (summary["tasks_opened"], summary["covered_by_task"]) == (0, 5)
    assert task(engine, cleared).status == "cleared"


def test_an_approved_qualification_keeps_new_tasks_of_its_right_away(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    lv = _open_tasks(engine)[("P1", "R-LV")].task_id
    decide(engine, qualify(engine, "sub1", lv, T0), True, T0 + dt.timedelta(hours=1))
    with transaction(engine) as connection:
        connection.execute(
            _products.insert(),
            [
                product_row("N1", "M1", "LV trunk", owner_account_id="AC-M1-sub"),
                product_row("N2", "M2", "LV trunk"),
                product_row("N3", "M1", "Nike cap"),
            ],
        )
    summary = _run(engine, T0 + dt.timedelta(days=1), tmp_path)
    assert (summary["products_scanned"], summary["qualified"], summary["tasks_opened"]) == (3, 1, 2)
    opened = _open_tasks(engine)
    assert ("N1", "R-LV") not in opened
    assert ("N2", "R-LV") in opened and ("N3", "R-NIKE") in opened


def test_the_job_rectifies_removed_products_and_enforces_deadlines(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    tasks = _open_tasks(engine)
    _set_product(engine, "P2", status="deleted")
    edit(engine, "sub1b", tasks[("P3", "R-NIKE")].task_id, T0 + dt.timedelta(days=6))
    summary = _run(engine, T0 + dt.timedelta(days=7), tmp_path)
    assert summary["tasks_of_removed_products"] == 1
    assert (summary["delisted"], summary["waiting"]) == (3, 1)
    assert task(engine, tasks[("P2", "R-LV")].task_id).status == "rectified"
    assert task(engine, tasks[("P3", "R-NIKE")].task_id).status == "open"
    with engine.connect() as connection:
        points = connection.execute(sa.select(penalty_points)).all()
    assert sorted(p.entity_id for p in points) == sorted(
        tasks[k].task_id for k in (("P1", "R-LV"), ("P4", "R-LV"), ("P5", "R-LV"))
    )
    again = _run(engine, T0 + dt.timedelta(days=7, hours=1), tmp_path)
    assert (again["delisted"], again["products_scanned"], again["tasks_opened"]) == (0, 0, 0)


def test_no_product_radar_in_force_no_run(engine: sa.Engine, tmp_path: Path) -> None:
    before = at("2022-10-24 23:59")  # the radar is live from 2022-10-25
    assert run_radar_job(engine, BOOK, before, image_root=tmp_path) is None
    with engine.connect() as connection:
        assert connection.execute(sa.select(job_runs)).all() == []
        assert connection.execute(sa.select(radar_scans)).all() == []
    assert _run(engine, at("2022-10-25 00:00"), tmp_path)["tasks_opened"] == 5


def _picture(path: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    blocks = rng.integers(0, 256, size=(8, 8, 3), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(blocks).resize((256, 256), Image.Resampling.NEAREST).save(path)


def test_images_a_copy_of_a_protected_image_is_found_and_a_changed_image_rescanned(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _picture(tmp_path / "rights" / "lv.png", 1)
    _picture(tmp_path / "products" / "c1.png", 1)  # the protected picture, copied
    _picture(tmp_path / "products" / "c2.png", 2)
    with transaction(engine) as connection:
        connection.execute(
            sa.update(_rights)
            .where(_rights.c.right_id == "R-LV")
            .values(image_path="rights/lv.png")
        )
    _set_product(engine, "C1", image_path="products/c1.png")
    _set_product(engine, "C2", image_path="products/c2.png")
    _set_product(engine, "P3", image_path="products/missing.png")
    _run(engine, T0, tmp_path)
    opened = _open_tasks(engine)
    assert ("C1", "R-LV") in opened and ("C2", "R-LV") not in opened
    with engine.connect() as connection:
        step = connection.scalar(
            sa.select(radar_findings.c.step).where(
                radar_findings.c.task_id == opened[("C1", "R-LV")].task_id
            )
        )
    assert step == "image"
    # A new picture under the same path is new content: scanned again.
    _picture(tmp_path / "products" / "c2.png", 1)
    summary = _run(engine, T0 + dt.timedelta(hours=1), tmp_path)
    assert summary["products_scanned"] == 1 and ("C2", "R-LV") in _open_tasks(engine)


def test_an_unreadable_image_does_not_stop_the_run(engine: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    _picture(tmp_path / "lv.png", 1)
    with transaction(engine) as connection:
        connection.execute(
            sa.update(_rights).where(_rights.c.right_id == "R-LV").values(image_path="lv.png")
        )
    _set_product(engine, "P1", image_path="broken.jpg")
    summary = _run(engine, T0, tmp_path)
    assert summary["images_unreadable"] == 1
    assert ("P1", "R-LV") in _open_tasks(engine)  # its text was still scanned


def test_the_cli_runs_the_job_at_a_platform_time(
    engine: sa.Engine, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELLERSTAR_PRODUCT_IMAGES_DIR", str(tmp_path))
    from sellerstar.config import get_settings

    get_settings.cache_clear()
    try:
        runner = CliRunner()
        result = runner.invoke(
            app, ["radar", "run", "--at", "2022-11-14 10:00", "--database", database_url]
        )
        assert result.exit_code == 0, result.output
        assert "scanned 7 of 7 listed products: 5 findings, 5 tasks opened" in result.output
        assert {row.created_at for row in _all_tasks(engine)} == {T0}
        again = runner.invoke(
            app, ["radar", "run", "--at", "2022-11-21T02:00:00Z", "--database", database_url]
        )
        assert again.exit_code == 0, again.output
        assert "0 tasks opened" in again.output
        assert "5 products delisted with penalty points" in again.output
        bad = runner.invoke(app, ["radar", "run", "--at", "soon", "--database", database_url])
        assert bad.exit_code != 0
    finally:
        get_settings.cache_clear()


def test_a_sub_account_sees_its_own_tasks_opened_by_the_job(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _run(engine, T0, tmp_path)
    tasks = _open_tasks(engine)
    with transaction(engine) as connection:
        radar_submissions.task_in_scope(
            connection, principal("sub1"), tasks[("P1", "R-LV")].task_id
        )
