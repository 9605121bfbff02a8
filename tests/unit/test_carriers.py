"""The carrier registry: source codes, reverse look-ups and tracking-number checks."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import numpy as np
import pytest

from sellerstar.demo import carriers as demo_carriers
from sellerstar.demo.text import to_arrow
from sellerstar.demo.tracking_numbers import tracking_numbers
from sellerstar.domain import carriers as registry
from sellerstar.domain.carriers import (
    CARRIERS,
    by_aftership,
    by_kuaidi100,
    by_seventeen_track,
    carrier,
    carriers_matching,
    check_tracking_number,
)
from sellerstar.domain.carriers_reference import reference_markdown

# Published examples: the carrier's own test numbers or the standard's worked example.
VALID = [
    ("ups", "1Z999AA10123456784"),  # UPS developer test number
    ("royalmail", "AA473124829GB"),  # UPU S10 worked example
    ("usps", "9400111201080805483016"),
    ("usps", "9361289878700317633795"),
    ("usps", "03071790000523483741"),
    ("usps", "92748931507708513018050063"),
    ("canadapost", "0073938000549297"),
    ("dhl", "3318810025"),
    ("dhl", "73891051146"),
    ("dhl", "JJD0099999999"),
    ("purolator", "320595463938"),
    ("purolator", "KYV009956937"),
    ("yodel", "JJD0002257639032011"),
    ("yunexpress", "YT2229521272164446"),
    ("deutschepost", "01030E092806011E001E"),
    ("tnt", "GD123456785WW"),
    ("cainiao", "LP00123456789012"),
]
INVALID = [  # one digit off: the check digit catches it
    ("ups", "1Z999AA10123456785"),
    ("royalmail", "AA473124828GB"),
    ("usps", "03071790000523483742"),
    ("canadapost", "0073938000549292"),
    ("dhl", "3318810010"),
    ("purolator", "320595463939"),
]
REQUIRED = {
    "ups", "fedex", "dhl", "usps", "aramex", "tnt", "4px", "yunexpress", "yanwen", "cainiao",
    "chinapost", "ems", "sfexpress", "royalmail", "canadapost", "auspost", "postnl", "dpd",
    "gls", "japanpost", "koreapost", "deutschepost", "laposte", "postnord", "singpost",
    "hkpost", "purolator", "correos", "posteitaliane", "yodel", "evri", "jtexpress",
}  # fmt: skip


def test_at_least_thirty_carriers_with_lower_case_codes() -> None:
    assert set(CARRIERS) >= REQUIRED
    assert len(CARRIERS) >= 30
    for code, found in CARRIERS.items():
        assert code == found.code == code.lower().strip()
        assert found.transport in {"express", "postal", "sea"}


def test_the_demo_uses_registry_codes() -> None:
    assert set(demo_carriers.CARRIERS) <= set(CARRIERS)


def test_source_codes_are_unique_so_reverse_look_ups_are_unambiguous() -> None:
    for attribute in ("seventeen_track", "kuaidi100", "aftership"):
        values = [getattr(c, attribute) for c in CARRIERS.values()]
        known = [v for v in values if v is not None]
        assert len(known) == len(set(known)), attribute


def test_reverse_look_ups_round_trip() -> None:
    for found in CARRIERS.values():
        if found.seventeen_track is not None:
            assert by_seventeen_track(found.seventeen_track) is found
        if found.aftership is not None:
            assert by_aftership(found.aftership.upper()) is found
        if found.kuaidi100 is not None:
            assert by_kuaidi100(f" {found.kuaidi100} ") is found
    assert by_seventeen_track(1) is None
    assert by_aftership("no-such-courier") is None
    assert by_kuaidi100("nosuchcompany") is None


def test_confirmed_source_codes() -> None:
    # Spot checks against the sources' own lists (docs/carriers.md).
    assert (carrier("ups").seventeen_track, carrier("usps").seventeen_track) == (100002, 21051)
    assert carrier("chinapost").seventeen_track == 3011
    assert carrier("4px").kuaidi100 == "disifang"
    assert carrier("sfexpress").kuaidi100 == "shunfeng"
    assert carrier("laposte").aftership == "la-poste-colissimo"


def test_unknown_code_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="unknown carrier code 'pigeon'"):
        carrier("pigeon")
    assert carrier(" UPS ").code == "ups"


@pytest.mark.parametrize(("code", "number"), VALID)
def test_published_numbers_pass(code: str, number: str) -> None:
    assert check_tracking_number(code, number).ok


@pytest.mark.parametrize(("code", "number"), INVALID)
def test_a_wrong_check_digit_is_flagged(code: str, number: str) -> None:
    result = check_tracking_number(code, number)
    assert (result.ok, result.reason) == (False, "bad_format")


def test_numbers_are_normalised_before_checking() -> None:
    assert check_tracking_number("UPS", " 1z999 aa1 0123 456784\t").ok
    assert check_tracking_number("royalmail", "aa 473 124 829 gb").ok


def test_a_wrong_carrier_names_the_carriers_the_number_fits() -> None:
    result = check_tracking_number("fedex", "1Z999AA10123456784")
    assert result == registry.NumberCheck(False, "bad_format", ("ups",))
    # A Chinese postal item uploaded as a UPS shipment.
    assert set(check_tracking_number("ups", "LX123456785CN").likely_carriers) == {
        "chinapost",
        "yanwen",
    }
    # A check digit decides: the same shape with a wrong digit fits nobody.
    assert check_tracking_number("ups", "LX123456784CN").likely_carriers == ()


def test_empty_and_unknown_carrier() -> None:
    assert check_tracking_number("ups", "  ") == registry.NumberCheck(False, "empty", ())
    unknown = check_tracking_number("pigeon", "1Z999AA10123456784")
    assert unknown == registry.NumberCheck(False, "unknown_carrier", ("ups",))


def test_carriers_without_published_formats_accept_any_number() -> None:
    assert CARRIERS["aramex"].number_patterns == ()
    assert check_tracking_number("aramex", "anything-at-all").ok


def test_s10_numbers_only_fit_the_posts_of_their_country() -> None:
    assert set(carriers_matching("AA473124829GB")) == {"royalmail"}
    assert "ems" in carriers_matching("EA123456785CN")
    assert "ems" not in carriers_matching("LX123456785CN")


def _demo_numbers(number_format: str) -> list[str]:
    serial = np.arange(0, 70_000, 7, dtype=np.int64)
    matrix = tracking_numbers(number_format, serial, serial % 97, np.random.default_rng(3))
    return [str(n) for n in to_arrow(matrix).to_pylist()]


def test_demo_tracking_numbers_pass_the_real_checks() -> None:
    failing = set()
    for demo in demo_carriers.CARRIERS.values():
        numbers = _demo_numbers(demo.number_format)
        if not all(check_tracking_number(demo.code, n).ok for n in numbers):
            failing.add(demo.code)
    assert failing == set()


def test_docs_carriers_md_is_what_the_generator_writes() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "carriers.md"
    assert docs.read_text(encoding="utf-8") == reference_markdown(), (
        "docs/carriers.md is out of date: run "
        "`python -m sellerstar.domain.carriers_reference docs/carriers.md`"
    )
    for code in CARRIERS:
        assert f"| `{code}` |" in reference_markdown()


@pytest.mark.parametrize(
    "module", ["carriers", "carrier_data", "carriers_reference", "pre_advice", "pre_advice_texts"]
)
def test_domain_modules_use_the_standard_library_only(module: str) -> None:
    path = Path(registry.__file__).parent / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
        for name in names:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or name.startswith("sellerstar.domain"), name
