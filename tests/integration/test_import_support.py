"""A small valid marketplace feed, and writers for it as CSV, JSONL or Parquet files.

Shared by the import tests (no tests here). Rows are plain dicts of text, as a feed has
them; a test changes one value and checks the import's answer.
"""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from sellerstar.contract import TABLES

Feed = dict[str, list[dict[str, str]]]

_FEED: Feed = {
    "merchants": [
        {
            "merchant_id": "M1",
            "name": "Ningbo Tools",
            "main_industry": "Tools",
            "membership": "export_pass",
            "ta_status": "active",
        },
        {
            "merchant_id": "M2",
            "name": "Yiwu Apparel",
            "main_industry": "",
            "membership": "none",
            "ta_status": "none",
        },
    ],
    "accounts": [
        {"account_id": "A1", "merchant_id": "M1", "role": "main", "name": "Boss"},
        {"account_id": "A2", "merchant_id": "M1", "role": "sub", "name": "Sales"},
        {"account_id": "A3", "merchant_id": "M2", "role": "main", "name": "Owner"},
    ],
    "orders": [
        {
            "order_id": "O1",
            "merchant_id": "M1",
            "owner_account_id": "A2",
            "buyer_id": "B1",
            "trade_assurance": "true",
            "destination_country": "US",
            "trade_term": "FOB",
            "export_mode": "tad",
            "transport": "express",
            "payment_method": "tt",
            "status": "shipped",
            "created_at": "2022-09-01T10:00:00+08:00",
            "paid_at": "2022-09-01T11:00:00+08:00",
            "ship_by": "2022-09-05T11:00:00+08:00",
            "shipped_at": "2022-09-03T09:00:00+08:00",
            "amount_usd": "120.50",
            "all_items_rts": "true",
            "delivery_promise": "false",
        },
        {
            "order_id": "O2",
            "merchant_id": "M2",
            "owner_account_id": "",
            "buyer_id": "B2",
            "trade_assurance": "false",
            "destination_country": "GB",
            "trade_term": "EXW",
            "export_mode": "other",
            "transport": "sea",
            "payment_method": "lc",
            "status": "created",
            "created_at": "2022-09-02T10:00:00+08:00",
            "paid_at": "",
            "ship_by": "",
            "shipped_at": "",
            "amount_usd": "0",
            "all_items_rts": "false",
            "delivery_promise": "false",
        },
    ],
    "shipments": [
        {
            "shipment_id": "S1",
            "order_id": "O1",
            "carrier": "ups",
            "tracking_number": "1Z001",
            "transport": "express",
            "uploaded_at": "2022-09-03T09:00:00+08:00",
            "replaced_by": "S2",
        },
        {
            "shipment_id": "S2",
            "order_id": "O1",
            "carrier": "ups",
            "tracking_number": "1Z002",
            "transport": "express",
            "uploaded_at": "2022-09-04T09:00:00+08:00",
            "replaced_by": "",
        },
        {
            "shipment_id": "S3",
            "order_id": "O2",
            "carrier": "dhl",
            "tracking_number": "JD3",
            "transport": "sea",
            "uploaded_at": "2022-09-05T09:00:00+08:00",
            "replaced_by": "",
        },
    ],
    "tracking_events": [
        {
            "carrier": "ups",
            "tracking_number": "1Z002",
            "event_time": "2022-09-04T12:00:00+08:00",
            "received_at": "2022-09-04T13:00:00+08:00",
            "description": "Shipper created a label",
            "location": "",
            "status": "info_received",
            "source": "platform",
        },
        {
            "carrier": "ups",
            "tracking_number": "1Z002",
            "event_time": "2022-09-05T08:00:00+08:00",
            "received_at": "2022-09-05T09:00:00+08:00",
            "description": "Departed facility",
            "location": "Shenzhen",
            "status": "in_transit",
            "source": "platform",
        },
    ],
    "tracking_appeals": [
        {
            "appeal_id": "P1",
            "order_id": "O1",
            "shipment_id": "S2",
            "appeal_type": "backend_has_two",
            "submitted_at": "2022-10-01T10:00:00+08:00",
            "status": "pending",
            "decided_at": "",
        },
        {
            "appeal_id": "P2",
            "order_id": "O2",
            "shipment_id": "S3",
            "appeal_type": "third_party_tracking",
            "submitted_at": "2022-10-01T10:00:00+08:00",
            "status": "approved",
            "decided_at": "2022-10-03T10:00:00+08:00",
        },
    ],
    "guarantee_enrolments": [
        {"merchant_id": "M1", "joined_at": "2022-08-01T00:00:00+08:00", "left_at": ""},
    ],
    "products": [
        {
            "product_id": "PR1",
            "merchant_id": "M1",
            "owner_account_id": "A2",
            "title": "Socket set",
            "description": "",
            "leaf_category": "Hand Tools",
            "industry": "Tools",
            "is_rts": "true",
            "ships_within_days": "5",
            "stock": "120",
            "growth_score": "70",
            "samples_supported": "true",
            "sample_price_usd": "9.90",
            "status": "listed",
            "brand": "Kraftwerk",
            "tier": "A",
            "image_path": "",
        },
    ],
    "ip_rights": [
        {
            "right_id": "R1",
            "holder": "Louis Vuitton Malletier",
            "kind": "trademark",
            "mark": "Louis Vuitton",
            "aliases": "LV;路易威登",
            "image_path": "",
        },
    ],
    "radar_tasks": [
        {
            "task_id": "T1",
            "product_id": "PR1",
            "category": "logistics",
            "right_id": "",
            "detail": "Ships later than the listed handling time",
            "created_at": "2022-10-26T10:00:00+08:00",
            "status": "open",
            "closed_at": "",
        },
    ],
    "capability_scores": [
        {
            "merchant_id": "M1",
            "stat_date": "2022-11-01",
            "merchant_score": "82.5",
            "marketing_score": "71",
            "transaction_score": "90.00",
        },
    ],
    "assurance_inputs": [
        {
            "merchant_id": "M1",
            "stat_date": "2022-11-01",
            "risk_health_score": "95",
            "buyer_review_score": "4.6",
        },
    ],
    "late_delivery_claims": [
        {
            "claim_id": "C1",
            "order_id": "O1",
            "filed_at": "2022-09-20T10:00:00+08:00",
            "promised_delivery_at": "2022-09-15T23:59:59+08:00",
            "delivered_at": "2022-09-18T10:00:00+08:00",
            "coupon_used": "true",
        },
    ],
    "violations": [
        {
            "violation_id": "V1",
            "merchant_id": "M1",
            "rule": "counterfeit_complaint",
            "occurred_on": "2022-10-20",
            "points": "4",
            "expires_on": "",
            "detail": "Buyer complaint upheld",
        },
    ],
    "buyers": [
        {"buyer_id": "B1", "tier": "L3", "badge": "platinum", "country": "GB"},
        {"buyer_id": "B2", "tier": "L0", "badge": "", "country": "US"},
    ],
    "transaction_reviews": [
        {
            "review_id": "TR1",
            "order_id": "O1",
            "product_id": "PR1",
            "merchant_id": "M1",
            "buyer_id": "B1",
            "received_at": "2022-11-20T10:00:00+08:00",
            "submitted_at": "2022-11-21T09:30:00+08:00",
            "product_quality": "5",
            "supplier_service": "4",
            "on_time_shipment": "5",
            "text": "Great quality, fast shipping",
        },
    ],
    "direct_reviews": [
        {
            "review_id": "DR1",
            "merchant_id": "M1",
            "product_id": "",
            "buyer_id": "B1",
            "submitted_at": "2022-11-22T09:30:00+08:00",
            "basis": "opportunity",
            "communication": "5",
            "capability": "",
            "text": "Quick answers",
        },
    ],
    "business_actions": [
        {
            "action_id": "A1",
            "buyer_id": "B1",
            "merchant_id": "M1",
            "product_id": "PR1",
            "kind": "inquiry",
            "at": "2022-11-01T08:00:00+08:00",
        },
    ],
    "order_judgements": [
        {"order_id": "O2", "judgement": "abnormal", "judged_at": "2022-11-25T12:00:00+08:00"},
    ],
    "confirmed_brushing": [
        {"review_id": "TR1", "confirmed_at": "2022-12-01T12:00:00+08:00", "detail": ""},
    ],
    "talents": [
        {
            "talent_id": "T1",
            "name": "李娜",
            "school": "浙江大学",
            "major": "电子商务",
            "graduation_year": "2021",
            "city": "杭州",
            "skills": "Excel;直播运营;Google Ads",
            "experience": "两年跨境店铺运营",
        },
        {
            "talent_id": "T2",
            "name": "Wang Lei",
            "school": "",
            "major": "",
            "graduation_year": "",
            "city": "",
            "skills": "",
            "experience": "",
        },
    ],
    "talent_certifications": [
        {
            "certificate_id": "C1",
            "talent_id": "T1",
            "kind": "data_analysis",
            "issued_on": "2022-06-30",
        },
    ],
}

assert set(_FEED) == set(TABLES), "the test feed must cover every contract table"


def valid_feed() -> Feed:
    """A fresh copy of a feed that satisfies every rule of the contract."""
    return copy.deepcopy(_FEED)


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    names = columns if columns is not None else list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def write_parquet(path: Path, rows: list[dict[str, object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def write_feed(directory: Path, feed: Feed, fmt: str = "csv") -> Path:
    """Every table of ``feed`` as one file of format ``fmt`` (csv, jsonl or parquet)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in feed.items():
        if not rows:
            continue
        if fmt == "csv":
            write_csv(directory / f"{name}.csv", rows)
        elif fmt == "jsonl":
            write_jsonl(directory / f"{name}.jsonl", list(rows))
        else:
            write_parquet(directory / f"{name}.parquet", list(rows))
    return directory
