"""The layout checks of every page on a phone (390 x 844) and a desktop (1440 x 900).

``walk_role`` signs one role in, opens each of its pages (``page_inventory``) once in one
browser page, and checks it at both sizes by resizing (one load, two layouts: every other
page is loaded at the desktop size first, so both sizes are also seen fresh):

- the page never scrolls sideways: ``document.documentElement.scrollWidth`` is at most
  ``window.innerWidth`` (a wide table scrolls inside its own box);
- on the phone, every link, button and form control of the main content, the header and
  the menu is at least 44 x 44 px, except a link inside a sentence (WCAG 2.5.5's inline
  exception) and a checkbox or radio button whose label is the target;
- on the phone the menu is a closed disclosure whose links show when it is opened; on the
  desktop it is an open row of links without the toggle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from browser_support import TIMEOUT_MS, copy_store, sign_in
from page_inventory import ERRORS, LOGINS, Walk
from playwright.sync_api import Browser, Page

from sellerstar.domain.access import Role
from sellerstar.services import accounts
from sellerstar.services.demo_accounts import DEMO_PASSWORD
from sellerstar.store.db import create_engine, transaction
from sellerstar.store.schema import contract_tables, users
from sellerstar.web.i18n import LOCALE_COOKIE

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}
TAP_PX = 44
SECOND_LOGIN = "layout-second-main"

# What sticks out of the page and what is too small to tap, as text for the failure list.
_CHECK = """(tap) => {
  const width = window.innerWidth;
  const label = (e) => {
    const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim();
    return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')
      + ' "' + text.slice(0, 30) + '"';
  };
  const result = {overflow: document.documentElement.scrollWidth - width, wide: [], small: []};
  if (result.overflow > 0) {
    const clipped = (e) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x !== 'visible') return true;
      }
      return false;
    };
    for (const e of document.body.querySelectorAll('*')) {
      const box = e.getBoundingClientRect();
      if (box.right > width + 0.5 && !clipped(e)) {
        result.wide.push(label(e) + ' right=' + Math.round(box.right));
        if (result.wide.length >= 5) break;
      }
    }
  }
  if (!tap) return result;
  const targets = document.querySelectorAll(
    'main a[href], main button, main summary, main select, main textarea,'
    + ' main input:not([type=hidden]), header a[href], header button, header summary');
  for (const e of targets) {
    let target = e;
    const type = (e.getAttribute('type') || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') target = e.closest('label') || e;
    const style = getComputedStyle(target);
    const box = target.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
    if (e.tagName === 'A' && style.display === 'inline') {
      const words = [...e.parentElement.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (words) continue;  // a link inside a sentence
    }
    if (box.width < tap - 0.5 || box.height < tap - 0.5) {
      result.small.push(label(target) + ' ' + Math.round(box.width) + 'x'
        + Math.round(box.height));
    }
  }
  return result;
}"""


@dataclass
class Findings:
    """What went wrong on the pages of one role, page by page."""

    problems: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)

    def add(self, url: str, size: str, what: str) -> None:
        self.problems.append(f"{url} at {size}: {what}")


def prepare_store(demo_store: str, folder: Path) -> tuple[str, str]:
    """A copy of the demo store with a main account (``SECOND_LOGIN``) of the merchant that
    has the most radar tasks among those with appeals: the demo merchant has neither, so
    the pages of a task and of an appeal are reached through it. Returns (url, merchant)."""
    url = copy_store(demo_store, folder)
    engine = create_engine(url)
    tasks = contract_tables["radar_tasks"]
    products = contract_tables["products"]
    appeals = contract_tables["tracking_appeals"]
    orders = contract_tables["orders"]
    accounts_table = contract_tables["accounts"]
    try:
        with transaction(engine) as connection:
            appealing = sa.select(orders.c.merchant_id).join(
                appeals, appeals.c.order_id == orders.c.order_id
            )
            merchant = connection.scalar(
                sa.select(products.c.merchant_id)
                .join(tasks, tasks.c.product_id == products.c.product_id)
                .where(products.c.merchant_id.in_(appealing))
                .group_by(products.c.merchant_id)
                .order_by(sa.func.count().desc(), products.c.merchant_id)
                .limit(1)
            )
            assert merchant is not None, "the demo has a merchant with radar tasks and appeals"
            account = connection.scalar(
                sa.select(accounts_table.c.account_id).where(
                    accounts_table.c.merchant_id == merchant, accounts_table.c.role == "main"
                )
            )
            connection.execute(users.delete().where(users.c.login == SECOND_LOGIN))
            accounts.create_user(
                connection,
                login=SECOND_LOGIN,
                display_name="Layout check",
                role=Role.MERCHANT_MAIN,
                password=DEMO_PASSWORD,
                merchant_id=merchant,
                account_id=account,
                now=dt.datetime.now(dt.UTC),
                actor="test",
            )
    finally:
        engine.dispose()
    return url, str(merchant)


def demo_merchant(store: str) -> str:
    """The demo merchant (demo-main's)."""
    engine = create_engine(store)
    try:
        with engine.connect() as connection:
            merchant = connection.scalar(
                sa.select(users.c.merchant_id).where(users.c.login == "demo-main")
            )
    finally:
        engine.dispose()
    assert merchant is not None
    return str(merchant)


def walk_role(
    browser: Browser,
    base_url: str,
    role: str,
    merchants: tuple[str, str],
    linked_only: set[str],
    locale: str = "zh",
) -> Findings:
    """Open every page of ``role`` at both sizes; the second of ``merchants`` (and its main
    account) is tried for the pages the demo merchant has nothing to link to."""
    findings = Findings()
    walk = Walk(role, merchants[0], linked_only)
    page = _signed_in_page(browser, base_url, LOGINS[role], locale)
    try:
        _check_menu(page, walk.direct()[0], findings)
        for url in walk.direct():
            _visit(page, walk, url, url, findings)
        while (linked := walk.next_linked()) is not None:
            _visit(page, walk, *linked, findings)
        for url, status in ERRORS.get(role, ()):
            _visit(page, walk, url, url, findings, status)
        if walk.missing():
            findings.problems += _second_merchant(browser, base_url, walk, merchants[1], locale)
    finally:
        page.context.close()
    findings.problems += [f"{role}: no link leads to {path}" for path in walk.missing()]
    return findings


def _second_merchant(
    browser: Browser, base_url: str, first: Walk, merchant: str, locale: str
) -> list[str]:
    findings = Findings()
    login = SECOND_LOGIN if first.role != "operator" else LOGINS["operator"]
    walk = Walk(first.role, merchant, first.linked_only)
    walk.opened = dict(first.opened)
    missing = first.missing()
    page = _signed_in_page(browser, base_url, login, locale)
    try:
        for template in walk.templates():
            url = template.replace("{merchant_id}", merchant)
            if "{" not in url and any(path.startswith(template + "/") for path in missing):
                walk.opened.pop(template, None)
                _visit(page, walk, template, url, findings)
        while (linked := walk.next_linked()) is not None:
            _visit(page, walk, *linked, findings)
    finally:
        page.context.close()
    first.opened.update(walk.opened)
    return findings.problems


def _signed_in_page(browser: Browser, base_url: str, login: str | None, locale: str) -> Page:
    context = browser.new_context(base_url=base_url, locale="zh-CN", viewport=PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    if login is not None:
        sign_in(page, login)  # through the Chinese form, then the page's language
    context.add_cookies([{"name": LOCALE_COOKIE, "value": locale, "url": base_url}])
    return page


def _visit(
    page: Page, walk: Walk, template: str, url: str, findings: Findings, status: int = 200
) -> None:
    answer = page.goto(url)
    walk.opened[template] = url
    findings.opened.append(url)
    if answer is None or answer.status != status:
        findings.add(url, "load", f"status {answer.status if answer else None}")
        return
    walk.saw(
        page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    )
    sizes = (PHONE, DESKTOP) if page.viewport_size == PHONE else (DESKTOP, PHONE)
    for size in sizes:
        if page.viewport_size != size:
            page.set_viewport_size(size)
        _check(page, url, size, findings)


def _check(page: Page, url: str, size: dict[str, int], findings: Findings) -> None:
    name = f"{size['width']}px"
    found = page.evaluate(_CHECK, TAP_PX if size == PHONE else 0)
    if found["overflow"] > 0:
        findings.add(url, name, f"scrolls sideways by {found['overflow']}px: {found['wide']}")
    if found["small"]:
        findings.add(url, name, f"too small to tap: {found['small'][:6]}")


def _check_menu(page: Page, url: str, findings: Findings) -> None:
    """The menu of a signed-in role: closed on the phone with a tappable toggle whose links
    are tappable once open, a plain row on the desktop."""
    page.goto(url)
    menu = page.locator("header details.menu")
    if menu.count() == 0:  # a stranger has no menu
        return
    links = page.locator("nav.main a")
    toggle = menu.locator("summary")
    if not toggle.is_visible() or links.first.is_visible():
        findings.add(url, "390px", "the menu is not a closed disclosure with a toggle")
    toggle.click()
    found = page.evaluate(_CHECK, TAP_PX)
    if not links.first.is_visible() or found["overflow"] > 0 or found["small"]:
        findings.add(url, "390px", f"the open menu: {found}")
    toggle.click()
    page.set_viewport_size(DESKTOP)
    if toggle.is_visible() or not all(link.is_visible() for link in links.all()):
        findings.add(url, "1440px", "the menu's links are not all shown without a toggle")
    page.set_viewport_size(PHONE)
