"""Every HTML page of the web app and the roles that open it, for the layout tests.

The app's GET routes (outside the JSON API) are read from the app itself, so a new route
without an entry here fails ``test_every_page_has_an_entry``: it is either a page (the roles
that may open it) or not a page (a file, a redirect, a probe; why). Path parameters are
filled by following the links of the pages a role has already opened (the demo marketplace
links to a task, an order, an appeal ...), and the operator's ``{merchant_id}`` is the demo
merchant's, so every page is reached the way a user reaches it. ``ERRORS`` adds error
pages (404, 403) in the frame of a role's pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

OPERATOR = "operator"
MAIN = "merchant_main"
SUB = "merchant_sub"
BUYER = "buyer"
TALENT = "talent"
ANONYMOUS = "anonymous"
LOGINS: dict[str, str | None] = {
    OPERATOR: "demo-ops",
    MAIN: "demo-main",
    SUB: "demo-sub",
    BUYER: "demo-buyer",
    TALENT: "demo-talent",
    ANONYMOUS: None,
}
MERCHANTS = (MAIN, SUB)
SIGNED_IN = (OPERATOR, MAIN, SUB, BUYER, TALENT)

NOT_PAGES: dict[str, str] = {
    "/healthz": "a JSON probe",
    "/readyz": "a JSON probe",
    "/": "redirects to the role's first page",
    "/lang/{locale}": "sets the language and redirects back",
    "/m/logistics/orders.csv": "a CSV download",
    "/ops/merchants/{merchant_id}/logistics/orders.csv": "a CSV download",
    "/m/logistics/orders/{order_id}/shipments/{shipment_id}/tracking.csv": "a CSV download",
    "/ops/merchants/{merchant_id}/logistics/orders/{order_id}"
    "/shipments/{shipment_id}/tracking.csv": "a CSV download",
    "/appeals/{appeal_id}/evidence/{evidence_id}": "an evidence file",
    "/radar/reviews/{review_id}/document": "a qualification document",
    "/m/recruitment/interviews/{interview_id}.ics": "a calendar file",
    "/recruitment/me/interviews/{interview_id}.ics": "a calendar file",
}

PAGES: dict[str, tuple[str, ...]] = {
    "/login": (ANONYMOUS,),
    "/account": SIGNED_IN,
    "/rules/changes": (OPERATOR, *MERCHANTS),
    "/qa": (ANONYMOUS, MAIN),
    "/qa/{channel_id}": (ANONYMOUS, MAIN),
    "/recruitment/certificates": (ANONYMOUS, TALENT),
    # A stranger reaches it by the certificate's number, not a link: the talent's links do.
    "/recruitment/certificates/{certificate_id}": (TALENT,),
    "/fairs": (OPERATOR, MAIN, TALENT),
    "/fairs/{fair_id}": (OPERATOR, MAIN, TALENT),
    "/venue": (BUYER, OPERATOR),
    "/recruitment/me": (TALENT,),
    # The merchant's pages (main account and sub-account) ...
    "/m/stars": MERCHANTS,
    "/m/penalty-points": MERCHANTS,
    "/m/logistics": MERCHANTS,
    "/m/logistics/orders/{order_id}": MERCHANTS,
    "/m/guaranteed-delivery": MERCHANTS,
    "/m/guarantee-service": MERCHANTS,
    "/m/appeals": MERCHANTS,
    "/m/appeals/new": (MAIN,),
    "/m/appeals/{appeal_id}": (MAIN,),
    "/m/radar": MERCHANTS,
    "/m/radar/rules": MERCHANTS,
    "/m/radar/tasks/{task_id}": (MAIN,),
    "/m/reviews": MERCHANTS,
    "/m/reviews/pools": MERCHANTS,
    "/m/samples": MERCHANTS,
    "/m/samples/registrations": MERCHANTS,
    "/m/market": MERCHANTS,
    "/m/qa": (MAIN,),
    "/m/recruitment": (MAIN,),
    "/m/recruitment/jobs/{job_id}": (MAIN,),
    "/m/inbox": MERCHANTS,
    "/m/notifications/preferences": MERCHANTS,
    "/m/notifications/webhooks": (MAIN,),
    # ... and the operator's view of them.
    "/ops/merchants/{merchant_id}/stars": (OPERATOR,),
    "/ops/merchants/{merchant_id}/penalty-points": (OPERATOR,),
    "/ops/merchants/{merchant_id}/logistics": (OPERATOR,),
    "/ops/merchants/{merchant_id}/logistics/orders/{order_id}": (OPERATOR,),
    "/ops/merchants/{merchant_id}/guaranteed-delivery": (OPERATOR,),
    "/ops/merchants/{merchant_id}/guarantee-service": (OPERATOR,),
    "/ops/merchants/{merchant_id}/radar": (OPERATOR,),
    "/ops/merchants/{merchant_id}/radar/rules": (OPERATOR,),
    "/ops/merchants/{merchant_id}/radar/tasks/{task_id}": (OPERATOR,),
    "/ops/merchants/{merchant_id}/reviews": (OPERATOR,),
    "/ops/merchants/{merchant_id}/reviews/pools": (OPERATOR,),
    "/ops/merchants/{merchant_id}/samples": (OPERATOR,),
    "/ops/merchants/{merchant_id}/samples/registrations": (OPERATOR,),
    "/ops/merchants/{merchant_id}/market": (OPERATOR,),
    # The operators' own pages.
    "/ops": (OPERATOR,),
    "/ops/merchants/{merchant_id}": (OPERATOR,),
    "/ops/jobs": (OPERATOR,),
    "/ops/users": (OPERATOR,),
    "/ops/appeals": (OPERATOR,),
    "/ops/appeals/{appeal_id}": (OPERATOR,),
    "/ops/radar/queues": (OPERATOR,),
    "/ops/radar/reviews/{review_id}": (OPERATOR,),
    "/ops/reviews/brushing": (OPERATOR,),
    "/ops/samples": (OPERATOR,),
    "/ops/market": (OPERATOR,),
    "/ops/market/tools/{tool_id}": (OPERATOR,),
    "/ops/qa": (OPERATOR,),
    "/ops/qa/{channel_id}": (OPERATOR,),
    "/ops/recruitment": (OPERATOR,),
    "/ops/recruitment/jobs/{job_id}": (OPERATOR,),
    "/ops/notifications": (OPERATOR,),
}

# Other states of a page worth their own look: a tab, a filter, another queue.
VARIANTS: dict[str, tuple[str, ...]] = {
    "/m/logistics": ("/m/logistics?untrackable=1",),
    "/m/reviews": ("/m/reviews?tab=received",),
    "/ops/radar/queues": ("/ops/radar/queues?kind=appeal",),
}

# Error pages in the frame of a signed-in role's pages: (url, status).
ERRORS: dict[str, tuple[tuple[str, int], ...]] = {
    MAIN: (("/m/logistics/orders/not-an-order", 404), ("/ops", 403)),
    ANONYMOUS: (("/no-such-page", 404),),
}


def html_get_paths(app: FastAPI) -> list[str]:
    """The path of every GET route of ``app`` outside the JSON API, in the app's order."""
    return [
        route.path
        for route in _flatten(app.routes)
        if isinstance(route, APIRoute)
        and "GET" in route.methods
        and not route.path.startswith("/api/")
    ]


def needs_a_link(app: FastAPI) -> set[str]:
    """The paths that are only opened with a required query parameter (such as the filing
    form's order): they are reached through a link, never by their bare path."""
    return {
        route.path
        for route in _flatten(app.routes)
        if isinstance(route, APIRoute) and any(_required_queries(route.dependant))
    }


def _required_queries(dependant: Dependant) -> Iterator[bool]:
    for parameter in dependant.query_params:
        yield parameter.field_info.is_required()
    for dependency in dependant.dependencies:
        yield from _required_queries(dependency)


def _flatten(routes: Iterable[BaseRoute]) -> Iterator[BaseRoute]:
    # FastAPI keeps an included router as one entry that holds the router's own routes.
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _flatten(included.routes)
        else:
            yield route


def _pattern(template: str) -> re.Pattern[str]:
    escaped = re.escape(template)
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"[^/?#]+", escaped) + "$")


@dataclass
class Walk:
    """The pages one role opens: the bare paths first, then each page with parameters or a
    required query through the first link to it found on the pages opened so far."""

    role: str
    merchant_id: str
    linked_only: set[str]
    seen_links: set[str] = field(default_factory=set)
    opened: dict[str, str] = field(default_factory=dict)

    def templates(self) -> list[str]:
        return [path for path, roles in PAGES.items() if self.role in roles]

    def direct(self) -> list[str]:
        """The role's pages opened by their path (the operator's with the demo merchant)."""
        urls: list[str] = []
        for template in self.templates():
            path = template.replace("{merchant_id}", self.merchant_id)
            if "{" not in path and template not in self.linked_only:
                urls.append(path)
                urls.extend(VARIANTS.get(template, ()))
        return urls

    def saw(self, hrefs: Iterable[str]) -> None:
        self.seen_links.update(href for href in hrefs if href.startswith("/"))

    def next_linked(self) -> tuple[str, str] | None:
        """A page not opened yet that a seen link leads to: (template, url)."""
        literal = {path for path in PAGES if "{" not in path}
        for template in self.templates():
            if template in self.opened or template in literal - self.linked_only:
                continue
            pattern = _pattern(template.replace("{merchant_id}", self.merchant_id))
            for href in sorted(self.seen_links):
                path = urlsplit(href).path
                if pattern.match(path) and (path not in literal or template == path):
                    return template, href
        return None

    def missing(self) -> list[str]:
        direct = {path for path in PAGES if "{" not in path} - self.linked_only
        return [t for t in self.templates() if t not in self.opened and t not in direct]
