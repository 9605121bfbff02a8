"""`sellerstar tracking classify`: CSV on stdin, the same rows plus pre_advice on stdout."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

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


def _invoke(args: list[str], stdin: str = "") -> list[dict[str, str]]:
    result = CliRunner().invoke(build_app("tracking"), ["tracking", "classify", *args], input=stdin)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_file_argument_reads_the_file_and_dash_reads_stdin(tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_text("\ufeff" + EVENTS, encoding="utf-8")
    from_file = _invoke([str(events)])
    assert from_file == _run(EVENTS) == _invoke(["-"], EVENTS)
    assert [r["pre_advice"] for r in from_file] == [
        "true",
        "false",
        "true",
        "false",
        "true",
        "false",
    ]


def test_explain_adds_the_deciding_reason() -> None:
    rows = _invoke(["--explain"], EVENTS)
    assert list(rows[0])[-3:] == ["pre_advice", "reason", "uncertain"]
    reasons = [r["reason"] for r in rows]
    assert reasons[0] == "known_text"
    assert reasons[2] == reasons[3] == "status"
    assert reasons[4] == "text:zh_awaiting_pickup"
    assert reasons[1].startswith("model:") and reasons[5].startswith("model:")
    # The model names the n-grams that weighed most, at most three.
    assert 1 <= len(reasons[1].removeprefix("model:").split("; ")) <= 3
    assert {r["uncertain"] for r in rows} == {"false"}


def test_explain_marks_a_real_verdict_in_the_review_band() -> None:
    rows = _invoke(["--explain"], "carrier,description\ndhl,Sendung angemeldet\ndhl,Zugestellt\n")
    assert [(r["pre_advice"], r["uncertain"]) for r in rows] == [
        ("false", "true"),
        ("false", "false"),
    ]


def test_an_existing_reason_column_is_recomputed_in_place() -> None:
    out = io.StringIO()
    source = io.StringIO("carrier,reason,description\nups,old,Origin Scan\n")
    classify_csv(source, out, explain=True)
    header, row = out.getvalue().splitlines()
    assert header == "carrier,reason,description,pre_advice,uncertain"
    assert row == "ups,labelled_text,Origin Scan,false,false"  # a text of the labelled corpus


def test_a_row_longer_than_the_header_is_an_error() -> None:
    with pytest.raises(InputError, match=r"line 2: 3 cells for 2 columns"):
        classify_csv(io.StringIO("carrier,description\nups,Origin Scan,extra\n"), io.StringIO())


def test_a_missing_or_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "sellerstar", "tracking", "classify"]
    missing = subprocess.run(
        [*command, str(tmp_path / "nope.csv")], capture_output=True, text=True, check=False
    )
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "nope.csv" in missing.stderr
    binary = tmp_path / "events.csv"
    binary.write_bytes(b"carrier,description\nups,\xff\xfe\n")
    bad = subprocess.run([*command, str(binary)], capture_output=True, text=True, check=False)
    assert bad.returncode == 1 and "not UTF-8" in bad.stderr and "Traceback" not in bad.stderr


def test_a_large_file_is_classified_in_batches(tmp_path: Path) -> None:
    events = tmp_path / "many.csv"
    lines = ["carrier,description"] + [f"ups,Origin Scan {i % 7}" for i in range(25_000)]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    with events.open(encoding="utf-8") as handle:
        assert classify_csv(handle, out) == 25_000
    assert out.getvalue().count(",false\n") == 25_000
