"""Jinja2 environments, one per UI language, and the filters the pages share."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from sellerstar.domain import figures
from sellerstar.web import charts
from sellerstar.web.i18n import LOCALES, babel_locale, template_gettext, translations
from sellerstar.web.notification_badge import unread_for
from sellerstar.web.rule_banners import banners_for
from sellerstar.web.words.site import ROLE_LABELS, STATUS_TITLES


def _filters(locale: str) -> dict[str, Any]:
    where = babel_locale(locale)

    def percent(value: float | None, digits: int = 2) -> str:
        if value is None:
            return "—"
        return format_percent(value, format=f"#,##0.{'0' * digits}%", locale=where)

    def number(value: float | int | None, digits: int = 0) -> str:
        if value is None:
            return "—"
        pattern = f"#,##0.{'0' * digits}" if digits else "#,##0"
        return format_decimal(value, format=pattern, locale=where)

    def figure(value: float | None, name: str = "score") -> str:
        # One number, one rounding (domain/figures.py): every page shows a metric, a rate
        # or a score through this filter, so the same figure reads the same everywhere.
        if value is None or value != value:
            return "—"
        kind = figures.kind_of(name)
        number = figures.rounded(value, kind)
        if kind == "rate":
            pattern = f"#,##0.{'#' * figures.PERCENT_DECIMALS}%"
            return format_percent(number, format=pattern, locale=where)
        pattern = f"#,##0.{'#' * figures.SCORE_DECIMALS}"
        return format_decimal(number, format=pattern, locale=where)

    def date(value: dt.date | None, style: str = "medium") -> str:
        return "—" if value is None else format_date(value, format=style, locale=where)

    def datetime(value: dt.datetime | None, zone: str = "Asia/Shanghai") -> str:
        if value is None:
            return "—"
        if value.tzinfo is None:  # the store keeps UTC
            value = value.replace(tzinfo=dt.UTC)
        # A numeric pattern reads the same in every language: no Babel call per table row.
        return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")

    return {
        "percent": percent,
        "number": number,
        "figure": figure,
        "date": date,
        "datetime": datetime,
    }


def make_environment(locale: str) -> jinja2.Environment:
    """The template environment of one UI language (autoescaped, strict undefined)."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("sellerstar.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates ship with the package: no need to stat them on every render.
        auto_reload=False,
        cache_size=-1,
    )
    environment.install_gettext_translations(  # type: ignore[attr-defined]
        translations(locale), newstyle=True
    )
    # Jinja's `_` goes through three wrappers per call; pages make hundreds of calls.
    gettext = template_gettext(locale)
    environment.globals["_"] = gettext
    environment.globals["say"] = lambda text: gettext(text.msgid, **text.params)
    environment.filters.update(_filters(locale))
    environment.globals["locale"] = locale
    environment.globals["locales"] = LOCALES
    environment.globals["role_labels"] = ROLE_LABELS
    environment.globals["status_titles"] = STATUS_TITLES
    environment.globals["trend_chart"] = charts.trend
    return environment


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a page in the request's language with what every page needs."""
    state = request.state
    environments: dict[str, jinja2.Environment] = request.app.state.templates
    auth = getattr(state, "auth", None)
    page = (
        environments[state.locale]
        .get_template(template)
        .render(
            request=request,
            principal=auth.principal if auth else None,
            csrf_token=auth.csrf_token if auth else "",
            rule_banners=banners_for(request),
            unread_notifications=unread_for(request, auth.principal if auth else None),
            **context,
        )
    )
    return HTMLResponse(page, status_code=status_code, headers={"Cache-Control": "no-store"})


def render_part(request: Request, template: str, context: dict[str, Any]) -> Markup:
    """Render a page part in the request's language from ``context`` alone (no user, no
    request: what it shows is the same for everyone with the same context)."""
    environments: dict[str, jinja2.Environment] = request.app.state.templates
    return Markup(environments[request.state.locale].get_template(template).render(context))
