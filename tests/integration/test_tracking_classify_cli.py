"""`sellerstar tracking classify`: CSV on stdin, the same rows plus pre_advice on stdout."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sellerstar.cli import build_app
from sellerstar.cli.tracking import classify_csv
from sellerstar.errors import InputError

EVENTS = (
    "carrier,description,status,order_no\n"
    'usps,"Pre-Shipment Info Sent to USPS, USPS Awaiting Item",,A1\n'
    "usps,Accepted at USPS Origin Facility,,A1\n"
    "fedex,Picked up,info_received,A2\n"
    "ups,Label created,in_transit,A3\n"
    "chinapost,包裹正在等待揽收,,A4\n"
    "zto,【上海市】 【外高桥北部】 已揽收,,A4\n"
)


def _run(stdin: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(build_app("tracking"), ["tracking", "classify"], input=stdin)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_rows_come_back_in_order_with_a_pre_advice_column() -> None:
    rows = _run(EVENTS)
    assert list(rows[0]) == ["carrier", "description", "status", "order_no", "pre_advice"]
    assert [r["pre_advice"] for r in rows] == ["true", "false", "true", "false", "true", "false"]
    # Every other cell is passed through unchanged, quoting included.
    assert rows[0]["description"] == "Pre-Shipment Info Sent to USPS, USPS Awaiting Item"
    assert [r["order_no"] for r in rows] == ["A1", "A1", "A2", "A3", "A4", "A4"]


def test_status_column_is_optional() -> None:
    rows = _run("description,carrier\nShipping Label Created,usps\nDelivered,usps\n")
    assert [r["pre_advice"] for r in rows] == ["true", "false"]


def test_an_existing_pre_advice_column_is_recomputed_in_place() -> None:
    out = io.StringIO()
    count = classify_csv(io.StringIO("carrier,pre_advice,description\nups,true,Origin Scan\n"), out)
    assert count == 1
    assert out.getvalue() == "carrier,pre_advice,description\nups,false,Origin Scan\n"


def test_blank_lines_are_skipped_and_a_bom_is_ignored() -> None:
    out = io.StringIO()
    assert classify_csv(io.StringIO("\ufeffcarrier,description\n\nups,Origin Scan\n"), out) == 1
    assert out.getvalue().splitlines()[0] == "carrier,description,pre_advice"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("carrier,text\nups,Origin Scan\n", r"line 1: missing column 'description'"),
        ("description\nOrigin Scan\n", r"line 1: missing column 'carrier'"),
        (
            "carrier,description\nups,Origin Scan\nups\n",
            r"line 3: missing value for column 'description'",
        ),
        ("", r"the input is empty"),
    ],
)
def test_bad_input_names_the_column_and_line(stdin: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        classify_csv(io.StringIO(stdin), io.StringIO())


def test_the_installed_command_reads_stdin_and_reports_errors_without_a_trace() -> None:
    command = [sys.executable, "-m", "sellerstar", "tracking", "classify"]
    ok = subprocess.run(command, input=EVENTS, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[1].endswith(",A1,true")
    bad = subprocess.run(
        command, input="carrier,text\nups,x\n", capture_output=True, text=True, check=False
    )
    assert bad.returncode == 1
    assert "line 1: missing column 'description'" in bad.stderr
    assert "Traceback" not in bad.stderr
