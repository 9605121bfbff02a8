"""Screenshots of every page for the docs: `.venv/bin/python scripts/screenshots.py`.

Builds a small demo marketplace (the `make demo` pipeline) in a temporary folder, serves
it, signs in as each demo account in Debian's Chromium and saves one PNG per page and
language into docs/screenshots/. Chinese text needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from rich.console import Console

from sellerstar.demo.options import DEFAULT_AS_OF
from sellerstar.demo.pipeline import run_demo
from sellerstar.rules import load_rulebook
from sellerstar.services.demo_accounts import DEMO_PASSWORD
from sellerstar.web.local_browser import CHROMIUM_ARGS, chromium_path, live_server

# (file name, login, path); an order id is filled in from the logistics list.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("sign-in", "", "/login"),
    ("merchant-stars", "demo-main", "/m/stars"),
    ("merchant-logistics", "demo-main", "/m/logistics"),
    ("merchant-logistics-untrackable", "demo-main", "/m/logistics?untrackable=1"),
    ("merchant-tracking-detail", "demo-main", "{order}"),
    ("merchant-guaranteed-delivery", "demo-main", "/m/guaranteed-delivery"),
    ("merchant-appeals", "demo-main", "/m/appeals"),
    ("merchant-radar", "demo-main", "/m/radar"),
    ("merchant-radar-rules", "demo-main", "/m/radar/rules"),
    ("merchant-reviews", "demo-main", "/m/reviews"),
    ("merchant-reviews-received", "demo-main", "/m/reviews?tab=received"),
    ("merchant-reviews-pools", "demo-main", "/m/reviews/pools"),
    ("sub-account-logistics", "demo-sub", "/m/logistics"),
    ("operator-merchants", "demo-ops", "/ops"),
    ("operator-appeal-queue", "demo-ops", "/ops/appeals"),
    ("operator-radar-queues", "demo-ops", "/ops/radar/queues?kind=appeal"),
    ("operator-brushing-queue", "demo-ops", "/ops/reviews/brushing"),
    ("operator-jobs", "demo-ops", "/ops/jobs"),
)


def _sign_in(page: Page, login: str) -> None:
    page.goto("/login")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form[action='/login'] button[type=submit]").click()
    page.wait_for_load_state()


def _first_order(page: Page) -> str:
    page.goto("/m/logistics?untrackable=1")
    link = page.get_by_test_id("view-tracking").first
    href = link.get_attribute("href") if link.count() else None
    return href or "/m/logistics"


def shoot(out: Path, orders: int) -> list[Path]:
    """Build the demo, serve it and save the screenshots; returns the files written."""
    browser_path = chromium_path()
    if browser_path is None:
        raise SystemExit("Chromium is not installed (Debian: apt-get install chromium)")
    if shutil.which("fc-list") and "CJK" not in _fonts():
        print("warning: no CJK font; Chinese text will show as boxes (fonts-noto-cjk)")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/demo.db"
        run_demo(
            url, Path(folder) / "data", orders, load_rulebook(), console=Console(file=io.StringIO())
        )
        with live_server(url, DEFAULT_AS_OF) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=browser_path, args=list(CHROMIUM_ARGS)
            )
            for language in ("zh", "en"):
                for name, login, path in PAGES:
                    context = browser.new_context(
                        base_url=base, viewport={"width": 1280, "height": 900}
                    )
                    context.add_cookies(
                        [{"name": "sellerstar_lang", "value": language, "url": base}]
                    )
                    page = context.new_page()
                    if login:
                        _sign_in(page, login)
                    target = _first_order(page) if path == "{order}" else path
                    page.goto(target)
                    file = out / f"{name}.{language}.png"
                    page.screenshot(path=str(file), full_page=True)
                    written.append(file)
                    context.close()
            browser.close()
    return written


def _fonts() -> str:
    import subprocess

    return subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--orders", type=int, default=5000, help="Orders of the demo marketplace.")
    arguments = parser.parse_args()
    for file in shoot(arguments.out, arguments.orders):
        print(file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
