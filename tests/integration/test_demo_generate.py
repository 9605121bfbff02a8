"""A generated marketplace (20,000 orders) keeps the data contract and the rulebook's facts,
and contains every situation the metric engine has to handle."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pycountry
import pytest

from sellerstar.contract import TABLES, Kind
from sellerstar.demo import GenerateOptions, Summary, generate
from sellerstar.demo.carriers import is_pre_advice
from sellerstar.demo.policy import Policy
from sellerstar.domain.recruitment import Certification, check_digit_fails
from sellerstar.rules.book import load_rulebook

ORDERS = 20_000
AS_OF = dt.date(2022, 12, 6)
TZ = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai, the rule-set's platform zone
CUTOFF = dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), TZ)
Row = dict[str, Any]


@dataclass(frozen=True)
class Market:
    out: Path
    summary: Summary
    arrow: dict[str, pa.Table]
    rows: dict[str, list[Row]]
    policy: Policy


def _read(out: Path, name: str) -> pa.Table:
    single = out / f"{name}.parquet"
    return pq.read_table(single if single.exists() else out / name)


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Market:
    out = tmp_path_factory.mktemp("marketplace")
    summary = generate(GenerateOptions(out=out, orders=ORDERS, seed=11, chunk_size=8_000))
    arrow = {name: _read(out, name) for name in TABLES}
    rows = {name: table.to_pylist() for name, table in arrow.items()}
    return Market(out, summary, arrow, rows, Policy.from_rulebook(load_rulebook(), AS_OF))


def _by(rows: list[Row], key: str) -> dict[Any, Row]:
    return {row[key]: row for row in rows}


def _local_date(instant: dt.datetime) -> dt.date:
    return instant.astimezone(TZ).date()


def _platform_events(market: Market) -> dict[tuple[str, str], list[Row]]:
    """Distinct platform events per parcel (duplicates removed), by carrier and number."""
    seen: dict[tuple[str, str], dict[tuple[Any, str], Row]] = defaultdict(dict)
    for event in sorted(market.rows["tracking_events"], key=lambda e: e["received_at"]):
        if event["source"] == "platform":
            key = (event["event_time"], event["description"])
            seen[(event["carrier"], event["tracking_number"])].setdefault(key, event)
    return {parcel: list(events.values()) for parcel, events in seen.items()}


def test_big_tables_are_folders_of_parts_and_small_ones_single_files(market: Market) -> None:
    for name in ("orders", "shipments", "tracking_events", "tracking_appeals"):
        parts = sorted(p.name for p in (market.out / name).iterdir())
        assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    for name in ("merchants", "accounts", "guarantee_enrolments", "products"):
        assert (market.out / f"{name}.parquet").is_file()
    assert market.summary.rows == {name: t.num_rows for name, t in market.arrow.items()}


def test_columns_and_native_types_follow_the_contract(market: Market) -> None:
    native = {
        Kind.TS: pa.timestamp("us", tz="UTC"),
        Kind.DATE: pa.date32(),
        Kind.BOOL: pa.bool_(),
        Kind.MONEY: pa.decimal128(14, 2),
        Kind.DECIMAL: pa.decimal128(14, 2),
        Kind.INT: pa.int64(),
    }
    for name, contract in TABLES.items():
        schema = market.arrow[name].schema
        assert tuple(schema.names) == contract.column_names, name
        for column in contract.columns:
            assert schema.field(column.name).type == native.get(column.kind, pa.string())


def test_codes_countries_required_values_and_bounds(market: Market) -> None:
    for name, contract in TABLES.items():
        for column in contract.columns:
            values = [row[column.name] for row in market.rows[name]]
            present = [v for v in values if v is not None and v != ""]
            if column.required:
                assert len(present) == len(values), f"{name}.{column.name} has empty values"
            if column.codes is not None:
                assert set(present) <= column.codes, f"{name}.{column.name}"
            if column.kind is Kind.COUNTRY:
                assert all(pycountry.countries.get(alpha_2=v) for v in set(present))
            if column.min_value is not None:
                assert all(v >= column.min_value for v in present), f"{name}.{column.name}"
            if column.max_value is not None:
                assert all(v <= column.max_value for v in present), f"{name}.{column.name}"


def test_every_reference_resolves(market: Market) -> None:
    for name, contract in TABLES.items():
        for column in contract.columns:
            if column.references is None:
                continue
            target_table, target_column = column.references.split(".")
            known = set(market.arrow[target_table].column(target_column).to_pylist())
            values = {v for v in market.arrow[name].column(column.name).to_pylist() if v}
            assert values <= known, f"{name}.{column.name} -> {column.references}"


def test_keys_are_unique_and_event_repeats_are_redeliveries(market: Market) -> None:
    for name, contract in TABLES.items():
        keys = Counter(tuple(row[k] for k in contract.key) for row in market.rows[name])
        repeated = [key for key, count in keys.items() if count > 1]
        if name != "tracking_events":
            assert not repeated, name
    # An event delivered twice differs only in when it was received.
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    key = TABLES["tracking_events"].key
    for event in market.rows["tracking_events"]:
        groups[tuple(event[k] for k in key)].append(event)
    twice = [events for events in groups.values() if len(events) > 1]
    assert twice
    for events in twice:
        assert len({e["received_at"] for e in events}) == len(events)
        assert len({(e["location"], e["status"]) for e in events}) == 1


def test_order_life_cycle_matches_its_timestamps(market: Market) -> None:
    for order in market.rows["orders"]:
        status, paid, shipped = order["status"], order["paid_at"], order["shipped_at"]
        assert paid is None or paid >= order["created_at"]
        assert (order["ship_by"] is None) == (paid is None)
        assert order["ship_by"] is None or order["ship_by"] > paid
        assert shipped is None or shipped > paid
        if status == "created":
            assert paid is None
        if status == "paid":
            assert paid is not None and shipped is None
        if status in ("shipped", "received", "completed"):
            assert shipped is not None
        if shipped is None and status not in ("created", "paid"):
            assert status in ("cancelled", "refunded")


def test_the_talent_pool_is_mostly_certified_with_valid_certificate_ids(market: Market) -> None:
    talents = market.rows["talents"]
    certificates = market.rows["talent_certifications"]
    certified = {c["talent_id"] for c in certificates}

    assert len(talents) >= 40
    assert 0.65 <= len(certified) / len(talents) <= 0.95
    assert all(c["issued_on"] < AS_OF for c in certificates)
    assert not any(check_digit_fails(c["certificate_id"]) for c in certificates)
    assert {c["kind"] for c in certificates} == {kind.value for kind in Certification}
    assert all(t["skills"] and t["experience"] for t in talents)


def test_nothing_happens_after_the_as_of_date(market: Market) -> None:
    instants = {
        "orders": ("created_at", "paid_at", "shipped_at"),
        "shipments": ("uploaded_at",),
        "tracking_events": ("event_time", "received_at"),
        "tracking_appeals": ("submitted_at", "decided_at"),
        "guarantee_enrolments": ("joined_at", "left_at"),
        "radar_tasks": ("created_at", "closed_at"),
    }
    for name, columns in instants.items():
        for column in columns:
            latest = pc.max(market.arrow[name].column(column)).as_py()
            assert latest < CUTOFF, f"{name}.{column}"
    first = min(market.arrow["orders"].column("created_at").to_pylist())
    assert _local_date(first) == dt.date(2022, 6, 1)


def test_events_come_after_the_shipment_left_and_arrive_after_they_happen(market: Market) -> None:
    orders = _by(market.rows["orders"], "order_id")
    parcels = {(s["carrier"], s["tracking_number"]): s for s in market.rows["shipments"]}
    assert len(parcels) == len(market.rows["shipments"])  # one shipment per parcel
    for event in market.rows["tracking_events"]:
        shipment = parcels[(event["carrier"], event["tracking_number"])]
        assert event["event_time"] > orders[shipment["order_id"]]["shipped_at"]
        assert event["received_at"] >= event["event_time"]
        if event["source"] == "platform":
            assert event["received_at"] >= shipment["uploaded_at"]


def test_replaced_proofs_point_to_a_later_upload_of_the_same_order(market: Market) -> None:
    shipments = _by(market.rows["shipments"], "shipment_id")
    online = {(e["carrier"], e["tracking_number"]) for e in market.rows["tracking_events"]}
    replaced = [s for s in shipments.values() if s["replaced_by"]]
    assert replaced
    for old in replaced:
        new = shipments[old["replaced_by"]]
        assert new["order_id"] == old["order_id"]
        assert new["uploaded_at"] > old["uploaded_at"]
        assert new["tracking_number"] != old["tracking_number"]
        assert (old["carrier"], old["tracking_number"]) not in online


def test_appeals_sit_in_the_window_and_are_decided_in_time(market: Market) -> None:
    policy = market.policy
    orders = _by(market.rows["orders"], "order_id")
    shipments = _by(market.rows["shipments"], "shipment_id")
    events = _platform_events(market)
    for appeal in market.rows["tracking_appeals"]:
        shipment, order = shipments[appeal["shipment_id"]], orders[appeal["order_id"]]
        assert shipment["order_id"] == appeal["order_id"] and not shipment["replaced_by"]
        assert order["trade_assurance"] and order["export_mode"] == "tad"
        assert order["transport"] == "express" and order["trade_term"] not in ("EXW", "FCA")
        assert order["destination_country"] in policy.core_countries
        shipped = _local_date(order["shipped_at"])
        disclosed = max(
            shipped + dt.timedelta(days=policy.first_disclosure_days),
            policy.first_disclosure_from,
        )
        assert shipped >= disclosed - dt.timedelta(days=policy.tv_window_start_days)
        first_view = disclosed + dt.timedelta(days=policy.data_lag_days)
        submitted = _local_date(appeal["submitted_at"])
        assert first_view <= submitted < first_view + dt.timedelta(policy.appeal_window_days)
        assert submitted >= policy.appeals_open
        # Failing at first disclosure: too few platform events received by its end.
        disclosure_end = dt.datetime.combine(
            first_view - dt.timedelta(days=policy.data_lag_days - 1), dt.time(), TZ
        )
        parcel = events.get((shipment["carrier"], shipment["tracking_number"]), [])
        assert sum(e["received_at"] < disclosure_end for e in parcel) < 2
        decided = appeal["decided_at"]
        if appeal["status"] == "pending":
            assert decided is None
            assert appeal["submitted_at"] > CUTOFF - dt.timedelta(days=policy.review_sla_days)
        else:
            assert appeal["submitted_at"] <= decided
            assert decided <= appeal["submitted_at"] + dt.timedelta(days=policy.review_sla_days)


def test_appeal_decisions_follow_the_rule_of_their_type(market: Market) -> None:
    shipments = _by(market.rows["shipments"], "shipment_id")
    platform = _platform_events(market)
    third: dict[tuple[str, str], set[tuple[Any, str]]] = defaultdict(set)
    for e in market.rows["tracking_events"]:
        if e["source"] != "platform":
            third[(e["carrier"], e["tracking_number"])].add((e["event_time"], e["description"]))
    for appeal in market.rows["tracking_appeals"]:
        if appeal["status"] == "pending":
            continue
        shipment = shipments[appeal["shipment_id"]]
        parcel = (shipment["carrier"], shipment["tracking_number"])
        known = [e for e in platform.get(parcel, []) if e["received_at"] < appeal["submitted_at"]]
        real = [e for e in known if not is_pre_advice(parcel[0], e["description"])]
        outside = third.get(parcel, set())
        outside_real = [t for t in outside if not is_pre_advice(parcel[0], t[1])]
        rule = {
            "backend_has_two": len(known) >= 2,
            "single_real_event": len(known) == 1 and len(real) == 1,
            "third_party_tracking": len(outside) >= 2 or len(outside_real) >= 1,
        }[appeal["appeal_type"]]
        assert (appeal["status"] == "approved") == rule, appeal


def test_enrolments_respect_joining_leaving_and_rejoining(market: Market) -> None:
    policy = market.policy
    merchants = _by(market.rows["merchants"], "merchant_id")
    periods: dict[str, list[Row]] = defaultdict(list)
    for row in market.rows["guarantee_enrolments"]:
        periods[row["merchant_id"]].append(row)
    for merchant_id, rows in periods.items():
        merchant = merchants[merchant_id]
        assert merchant["membership"] in policy.qualifying_memberships
        assert merchant["ta_status"] in policy.admitted_ta_statuses
        rows.sort(key=lambda r: r["joined_at"])
        assert all(r["left_at"] is not None for r in rows[:-1])
        for row in rows:
            if row["left_at"] is not None:
                assert row["left_at"] - row["joined_at"] >= dt.timedelta(
                    days=policy.min_days_before_leaving
                )
        for before, after in pairwise(rows):
            assert after["joined_at"] - before["left_at"] >= dt.timedelta(
                days=policy.rejoin_block_days
            )


def test_accounts_and_ownership_stay_within_the_merchant(market: Market) -> None:
    accounts = _by(market.rows["accounts"], "account_id")
    roles = Counter((a["merchant_id"], a["role"]) for a in accounts.values())
    assert all(roles[(m, "main")] == 1 for m in _by(market.rows["merchants"], "merchant_id"))
    assert max(roles[key] for key in roles if key[1] == "sub") <= 5
    owned = [o for o in market.rows["orders"] if o["owner_account_id"]]
    assert owned
    for row in owned + market.rows["products"]:
        owner = accounts[row["owner_account_id"]]
        assert owner["merchant_id"] == row["merchant_id"]
    assert all(accounts[o["owner_account_id"]]["role"] == "sub" for o in owned)


def test_products_follow_the_catalogue_rules(market: Market) -> None:
    industries = dict(market.policy.industries)
    for product in market.rows["products"]:
        assert product["industry"] in industries
        assert (product["ships_within_days"] is not None) == product["is_rts"]
        assert (product["sample_price_usd"] is not None) == product["samples_supported"]


def test_a_few_titles_name_a_protected_right_in_its_industry(market: Market) -> None:
    rights = market.rows["ip_rights"]
    assert len(rights) >= 20 and any("路易威登" in (r["aliases"] or "") for r in rights)
    spellings = {
        word: right
        for right in rights
        for word in (right["mark"], *(right["aliases"] or "").split(";"))
        if word
    }
    products = market.rows["products"]
    marked = [p for p in products if any(word in p["title"] for word in spellings)]
    assert 0.02 <= len(marked) / len(products) <= 0.04
    assert any(" for " in p["title"] for p in marked)
    assert any(" Style " in p["title"] for p in marked)
    # Some declare the mark as their brand; other brands are the merchant's own, one each.
    marks = {right["mark"] for right in rights}
    assert any(p["brand"] in marks for p in marked)
    own: dict[str, set[str]] = defaultdict(set)
    for product in products:
        if product["brand"] and product["brand"] not in marks:
            own[product["merchant_id"]].add(product["brand"])
    assert own and all(len(brands) == 1 for brands in own.values())
    assert sum(1 for p in products if p["brand"]) < len(products) / 2
    assert {p["tier"] for p in products} == {"strong", "potential", "ordinary", "low"}
    assert all(p["image_path"] is None for p in products)


def test_imported_radar_tasks_are_open_within_the_deadline_or_rectified(market: Market) -> None:
    products = _by(market.rows["products"], "product_id")
    tasks = market.rows["radar_tasks"]
    deadline = dt.timedelta(days=market.policy.radar_deadline_days)
    live = dt.datetime.combine(market.policy.radar_live, dt.time(), TZ)
    assert {t["status"] for t in tasks} == {"open", "rectified"}
    assert {t["category"] for t in tasks} <= {"logistics", "service", "price", "other"}
    for task in tasks:
        assert task["right_id"] is None and task["created_at"] >= live
        if task["status"] == "open":
            assert task["closed_at"] is None
            assert CUTOFF - deadline < task["created_at"] < CUTOFF
            assert products[task["product_id"]]["status"] == "listed"
        else:
            assert task["created_at"] < task["closed_at"] <= task["created_at"] + deadline


def test_some_merchants_have_imported_penalty_points(market: Market) -> None:
    violations = market.rows["violations"]
    merchants = {v["merchant_id"] for v in violations}
    assert 0 < len(merchants) < len(market.rows["merchants"]) / 4
    start = dt.date(2022, 6, 1)
    assert any(v["occurred_on"] < start for v in violations)
    assert all(v["occurred_on"] <= AS_OF for v in violations)
    explicit = [v for v in violations if v["expires_on"] is not None]
    assert explicit and len(explicit) < len(violations)
    assert all(v["expires_on"] > v["occurred_on"] for v in explicit)


def test_merchant_sizes_are_skewed(market: Market) -> None:
    sizes = sorted(Counter(o["merchant_id"] for o in market.rows["orders"]).values())
    top_tenth = sum(sizes[-max(1, len(sizes) // 10) :])
    assert len(market.rows["merchants"]) == max(20, ORDERS // 300)
    assert top_tenth > 0.35 * ORDERS


def test_every_situation_occurs(market: Market) -> None:
    rows = market.rows
    shipments = rows["shipments"]
    current = [s for s in shipments if not s["replaced_by"]]
    per_order = Counter(s["order_id"] for s in current)
    platform = _platform_events(market)
    counts = {
        (s["carrier"], s["tracking_number"]): len(
            platform.get((s["carrier"], s["tracking_number"]), [])
        )
        for s in current
    }
    only_pre = [
        p
        for p, n in counts.items()
        if n == 1 and is_pre_advice(p[0], platform[p][0]["description"])
    ]
    only_real = [
        p
        for p, n in counts.items()
        if n == 1 and not is_pre_advice(p[0], platform[p][0]["description"])
    ]
    late = [
        e
        for e in rows["tracking_events"]
        if e["received_at"] - e["event_time"] > dt.timedelta(days=3)
    ]
    shipped_ids = {s["order_id"] for s in shipments}
    enrolled = Counter(e["merchant_id"] for e in rows["guarantee_enrolments"])
    left = [e for e in rows["guarantee_enrolments"] if e["left_at"] is not None]
    now_enrolled = {e["merchant_id"] for e in rows["guarantee_enrolments"] if e["left_at"] is None}
    fast = Counter(
        p["merchant_id"]
        for p in rows["products"]
        if p["is_rts"] and p["ships_within_days"] <= market.policy.fast_trade_max_ship_days
    )
    fast_trade = {m for m, n in fast.items() if n >= market.policy.fast_trade_min_rts_products}
    situations = {
        "multi-batch order": any(n >= 2 for n in per_order.values()),
        "re-uploaded proof": any(s["replaced_by"] for s in shipments),
        "never online": any(n == 0 for n in counts.values()),
        "pre-advice only": bool(only_pre),
        "one real scan only": bool(only_real),
        "tracked (>= 2 events)": any(n >= 2 for n in counts.values()),
        "late-arriving events": bool(late),
        "third-party 17track": any(e["source"] == "17track" for e in rows["tracking_events"]),
        "third-party kuaidi100": any(e["source"] == "kuaidi100" for e in rows["tracking_events"]),
        "shipped order without shipment": any(
            o["shipped_at"] and o["order_id"] not in shipped_ids for o in rows["orders"]
        ),
        "shipped late": any(
            o["shipped_at"] and o["shipped_at"] > o["ship_by"] for o in rows["orders"]
        ),
        "not trade assurance": any(not o["trade_assurance"] for o in rows["orders"]),
        "EXW/FCA": {"EXW", "FCA"} <= {o["trade_term"] for o in rows["orders"]},
        "all order statuses": {o["status"] for o in rows["orders"]}
        == TABLES["orders"].column("status").codes,
        "all appeal statuses": {a["status"] for a in rows["tracking_appeals"]}
        == {"pending", "approved", "rejected"},
        "all appeal types": len({a["appeal_type"] for a in rows["tracking_appeals"]}) == 3,
        "enrolment left": bool(left),
        "enrolment re-joined": any(n >= 2 for n in enrolled.values()),
        "joined after launch": any(
            _local_date(e["joined_at"]) >= market.policy.appeals_open
            for e in rows["guarantee_enrolments"]
        ),
        "fast-trade merchant enrolled": bool(fast_trade & now_enrolled),
        "most merchants not fast-trade": len(fast_trade) < len(rows["merchants"]) / 2,
        "RTS and custom products": {p["is_rts"] for p in rows["products"]} == {True, False},
    }
    missing = [name for name, present in situations.items() if not present]
    assert not missing, missing
