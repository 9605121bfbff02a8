"""Kuaidi100 (快递100), pure: subscription pushes (订阅推送) and real-time query answers.

Format (https://api.kuaidi100.com/document/ 快递信息推送服务, mirrored at
https://apifox.com/apidoc/project-514987/api-8568518): a form POST
(application/x-www-form-urlencoded) with ``param`` (a JSON text: ``status`` polling /
shutdown / abort / updateall, ``autoCheck``, ``comOld``/``comNew``, ``lastResult`` with
``com``, ``nu``, ``state`` and ``data[]`` = {``context``, ``time``, ``ftime``, ``status``,
``areaName``, ``statusCode``}, newest first) and ``sign`` = upper-case MD5 of param + salt
(https://api.kuaidi100.com/document/dingyueyuantong). The receiver must answer
:data:`ACCEPTED`, else Kuaidi100 pushes again.

>>> param = '{"status":"polling","lastResult":{"com":"yuantong","nu":"V1","data":[' \\
...     '{"context":"已揽收","ftime":"2012-08-27 23:22:42","status":"揽收"}]}}'
>>> report = parse_push(param, dt.timezone(dt.timedelta(hours=8))).reports[0]
>>> report.provider_carrier, report.events[0].status, report.events[0].event_time.hour
('yuantong', 'in_transit', 15)
>>> verify(param, "salt", sign(param, "salt")), sign(param, "salt").isupper()
(True, True)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

from sellerstar.ingest import bounded_json
from sellerstar.ingest.tracking_facts import (
    EventFact,
    ParcelReport,
    Parsed,
    Problem,
    read_instant,
    read_list,
    read_object,
    read_text,
)

FEED = "kuaidi100"
ACCEPTED: dict[str, Any] = {"result": True, "returnCode": "200", "message": "成功"}
STOPPED = frozenset({"shutdown", "abort"})

# Main states (0在途 1揽收 2疑难 3签收 4退签 5派件 6退回 7转投 8清关 10待清关 11清关中
# 12已清关 13清关异常 14拒签), as code and as the text of an event's ``status``.
STATE_CODES: dict[str, str] = {
    "0": "in_transit",
    "1": "in_transit",
    "2": "exception",
    "3": "delivered",
    "4": "exception",
    "5": "out_for_delivery",
    "6": "exception",
    "7": "in_transit",
    "8": "in_transit",
    "10": "in_transit",
    "11": "in_transit",
    "12": "in_transit",
    "13": "exception",
    "14": "exception",
}
# Advanced states (resultv2=4) that differ from their main state.
SUB_STATE_CODES: dict[str, str] = {
    "101": "info_received",  # 已下单: the order exists, nothing collected
    "102": "info_received",  # 待揽收
    "204": "attempt_fail",  # 派件异常
    "206": "attempt_fail",  # 无法联系
    "205": "available_for_pickup",  # 柜或驿站超时未取
    "501": "available_for_pickup",  # 投柜或驿站
}
STATE_TEXTS: dict[str, str] = {
    "在途": "in_transit",
    "揽收": "in_transit",
    "已揽收": "in_transit",
    "干线": "in_transit",
    "转投": "in_transit",
    "转单": "in_transit",
    "清关": "in_transit",
    "待清关": "in_transit",
    "清关中": "in_transit",
    "已清关": "in_transit",
    "疑难": "exception",
    "退签": "exception",
    "退回": "exception",
    "拒签": "exception",
    "清关异常": "exception",
    "签收": "delivered",
    "派件": "out_for_delivery",
    "已下单": "info_received",
    "待揽收": "info_received",
    "投柜或驿站": "available_for_pickup",
}


def sign(param: str, salt: str) -> str:
    """The ``sign`` of a push: upper-case MD5 hex of ``param`` + ``salt``."""
    return hashlib.md5((param + salt).encode("utf-8")).hexdigest().upper()


def verify(param: str, salt: str, signature: str | None) -> bool:
    """Whether ``signature`` is the sign of ``param`` under ``salt`` (constant time)."""
    if not signature:
        return False
    return hmac.compare_digest(sign(param, salt), signature.strip().upper())


def split_form(body: bytes) -> tuple[str | None, str | None]:
    """``param`` and ``sign`` of a form-encoded push body.

    >>> split_form(b"sign=AB&param=%7B%22status%22%3A%22polling%22%7D")
    ('{"status":"polling"}', 'AB')
    """
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    param = fields.get("param", [None])[0]
    signature = fields.get("sign", [None])[0]
    return param, signature


def status_of(item: Mapping[str, Any]) -> str | None:
    """Normalised status of one event: its ``statusCode``, else its ``status`` text.

    >>> status_of({"statusCode": "101"}), status_of({"status": "派件"}), status_of({})
    ('info_received', 'out_for_delivery', None)
    """
    code = item.get("statusCode")
    if isinstance(code, int | str) and str(code):
        code = str(code)
        found = SUB_STATE_CODES.get(code) or STATE_CODES.get(code) or _family(code)
        if found is not None:
            return found
    text = item.get("status")
    return STATE_TEXTS.get(text.strip()) if isinstance(text, str) else None


def parse_push(param: str | None, zone: dt.tzinfo) -> Parsed:
    """The ``param`` of a push; ``comNew`` wins when Kuaidi100 corrected the company."""
    problems: list[Problem] = []
    root = _load(param, "param", problems)
    if root is None:
        return Parsed("", problems=tuple(problems))
    kind = read_text(root.get("status"), "param.status", problems) or ""
    result = read_object(root.get("lastResult"), "param.lastResult", problems)
    if result is None:
        return Parsed(kind, problems=tuple(problems))
    corrected = root.get("comNew") if str(root.get("autoCheck")) == "1" else None
    reports = []
    main = _result(result, "param.lastResult", zone, problems, corrected, kind in STOPPED)
    if main is not None:
        reports.append(main)
    # International subscriptions add the destination country's carrier (interCom=1).
    if isinstance(root.get("destResult"), Mapping) and root["destResult"].get("nu"):
        dest = _result(root["destResult"], "param.destResult", zone, problems, None, False)
        if dest is not None:
            reports.append(dest)
    return Parsed(kind, tuple(reports), tuple(problems))


def parse_query(body: bytes, zone: dt.tzinfo) -> Parsed:
    """A real-time query (实时查询) answer; an error answer is one problem with its text."""
    problems: list[Problem] = []
    root = _load(body.decode("utf-8", errors="replace"), "body", problems)
    if root is None:
        return Parsed("query", problems=tuple(problems))
    if root.get("result") is False or (root.get("returnCode") and not root.get("nu")):
        message = f"Kuaidi100 answered {root.get('returnCode')}: {root.get('message')}"
        return Parsed("query", problems=(Problem("returnCode", message),))
    report = _result(root, "body", zone, problems, None, False)
    return Parsed("query", () if report is None else (report,), tuple(problems))


def _result(
    result: Mapping[str, Any],
    path: str,
    zone: dt.tzinfo,
    problems: list[Problem],
    corrected: Any,
    stopped: bool,
) -> ParcelReport | None:
    before = len(problems)
    number = read_text(result.get("nu"), f"{path}.nu", problems)
    company = read_text(result.get("com"), f"{path}.com", problems, required=False)
    if isinstance(corrected, str) and corrected:
        company = corrected
    events = []
    for i, raw in enumerate(read_list(result.get("data"), f"{path}.data", problems)):
        event = _event(raw, f"{path}.data[{i}]", zone, problems)
        if event is not None:
            events.append(event)
    if number is None or len(problems) > before:
        return None
    return ParcelReport(FEED, number, company, tuple(events), stopped)


def _event(raw: Any, path: str, zone: dt.tzinfo, problems: list[Problem]) -> EventFact | None:
    item = read_object(raw, path, problems)
    if item is None:
        return None
    key = "ftime" if item.get("ftime") else "time"
    instant = read_instant(item.get(key), f"{path}.{key}", zone, problems)
    context = read_text(item.get("context"), f"{path}.context", problems)
    if instant is None or context is None:
        return None
    location = read_text(item.get("areaName"), f"{path}.areaName", problems, required=False)
    if location is None:
        location = read_text(item.get("location"), f"{path}.location", problems, required=False)
    return EventFact(instant, context, location, status_of(item))


def _family(code: str) -> str | None:
    # An advanced code (301 本人签收, 1002 干线, 401 已销单, ...) shares the meaning of the
    # main state of its first digit (1001-1003 belong to 0 在途; both are in transit).
    return STATE_CODES.get(code[0]) if len(code) >= 3 else None


def _load(text: str | None, path: str, problems: list[Problem]) -> Mapping[str, Any] | None:
    if text is None:
        problems.append(Problem(path, "is missing"))
        return None
    try:
        root = bounded_json.loads(text)
    except ValueError as exc:
        problems.append(Problem(path, f"is not JSON ({exc})"))
        return None
    return read_object(root, path, problems)
