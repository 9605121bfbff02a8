"""The discount sample venue's registration in the JSON API (rulebook §4, §4.1): the
caller's products with every rule each one fails, a check of products at given
discounted prices, registering many at once, withdrawing one, the registrations.

Merchant users see and act on their own products (a sub-account: those it owns);
operators read the merchant they name (``merchant_id``) and do not register. A refusal
answers ``{"detail": ..., "code": ...}``: 409 when the rules refuse (cap exceeded, the
right lost, not registered), 422 when the input needs correcting (a price that is not a
positive amount with at most 2 decimals). A product the caller may not see is 404. A
session must send its X-CSRF-Token on writes; an API token of scope ``read`` may only
read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from sellerstar.domain.access import MERCHANT_ROLES, OutOfScope, scope_for_merchant_user
from sellerstar.domain.samples import Failure, RegistrationState, SampleRule
from sellerstar.queries import sample_registrations as registration_queries
from sellerstar.queries import samples as queries
from sellerstar.rules import RuleBook
from sellerstar.services import sample_registrations
from sellerstar.services.sample_errors import SampleRefused
from sellerstar.store.db import transaction
from sellerstar.web.auth import ApiStaff, Auth, CsrfChecked, Now, ReadConnection, api_user
from sellerstar.web.deps import PageNumber, api_scope
from sellerstar.web.words import samples as words

router = APIRouter(prefix="/api/v1/samples", tags=["samples"])
MerchantId = Annotated[
    str | None, Query(max_length=128, description="Operators: the merchant to read.")
]
ApiMerchant = Annotated[Auth, Depends(api_user(*MERCHANT_ROLES))]
MAX_OFFERS = 200  # the bound of one request; the rule-set's cap refuses more in words


class Refusal(BaseModel):
    """Why the request was refused: a code and the reason in words."""

    detail: str
    code: str


class Invalid(BaseModel):
    """Input to correct: the reason in words, with a code when the rules named one (a
    request the schema refuses has none)."""

    detail: str
    code: str | None = None


REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Refusal, "description": "The rules refuse it (code says why)."},
    422: {"model": Invalid, "description": "The input needs correcting (code says what)."},
}


class RuleFailure(BaseModel):
    """One rule the product fails, with its numbers and the sentence the page shows."""

    rule: SampleRule
    actual: str = Field(description="The product's figure (empty when the rule has none).")
    limit: str = Field(description="The rule's figure (empty when the rule has none).")
    text: str = Field(description="The reason in words (English), as the page shows it.")


class Product(BaseModel):
    """A product and what the rules say of it now (without a discounted price)."""

    product_id: str
    title: str
    industry: str
    stock: int
    growth_score: int
    sample_price_usd: Decimal | None
    max_discount_factor: Decimal | None
    max_discount_price_usd: Decimal | None = Field(
        description="The highest discounted price the industry's factor allows."
    )
    eligible: bool
    failures: list[RuleFailure]
    registration_id: int | None
    registration_state: RegistrationState | None


class ProductList(BaseModel):
    """One page of the caller's products, with the places and the right to register."""

    total: int
    page: int
    pages: int
    places_taken: int
    places_left: int
    cap: int
    right_held: bool
    right_lost_at: dt.datetime | None
    right_lost_order_id: str | None
    right_returns_on: dt.date | None = Field(
        description="The day a lost right returns by itself; null: an operator restores it."
    )
    products: list[Product]


class Offer(BaseModel):
    """A product and its discounted sample price (USD, at most 2 decimals)."""

    product_id: str = Field(min_length=1, max_length=128)
    discount_price_usd: Decimal = Field(max_digits=20)


class Offers(BaseModel):
    """Products put forward together."""

    offers: list[Offer] = Field(min_length=1, max_length=MAX_OFFERS)

    @field_validator("offers")
    @classmethod
    def _once_each(cls, value: list[Offer]) -> list[Offer]:
        if len({offer.product_id for offer in value}) != len(value):
            raise ValueError("a product is offered twice")
        return value


class Checked(BaseModel):
    """One offered product: eligible at its price, or every rule it fails."""

    product_id: str
    eligible: bool
    failures: list[RuleFailure]


class CheckResult(BaseModel):
    products: list[Checked]


class Rejected(BaseModel):
    product_id: str
    already_registered: bool
    failures: list[RuleFailure]


class RegisterResult(BaseModel):
    """What a registration did: the registrations made and the products refused."""

    registered: dict[str, int] = Field(description="product id → registration id")
    rejected: list[Rejected]
    places_taken: int
    places_left: int


class Registration(BaseModel):
    registration_id: int
    product_id: str
    title: str
    state: RegistrationState
    discount_price_usd: Decimal
    sample_price_usd: Decimal
    discount_factor: Decimal | None
    in_venue: bool
    out_of_venue_because: list[RuleFailure]
    note: str
    registered_at: dt.datetime
    registered_by: str
    changed_at: dt.datetime


class RegistrationList(BaseModel):
    total: int
    page: int
    pages: int
    registrations: list[Registration]


def _failures(found: tuple[Failure, ...] | list[Failure]) -> list[RuleFailure]:
    return [
        RuleFailure(
            rule=f.rule,
            actual=f.actual,
            limit=f.limit,
            text=words.plain_text(words.rule_text(f), "en"),
        )
        for f in found
    ]


def refusal(refused: SampleRefused) -> JSONResponse:
    """The answer to a refusal: its code and the reason in English, with its status."""
    text = words.refusal_text(refused.code, refused.params)
    detail = words.plain_text(text, "en") if text.msgid != refused.code else str(refused)
    body = Refusal(detail=detail, code=refused.code).model_dump()
    return JSONResponse(body, status_code=words.refusal_status(refused.code))


def _rules(book: RuleBook, at: dt.datetime) -> Any:
    rules = queries.rules_at(book, at)
    if rules is None:
        raise SampleRefused("venue_not_open", "the sample venue is not in force on this date")
    return rules


@router.get("/products", responses=REFUSED, response_model=ProductList)
def products(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
    page: PageNumber = 1,
) -> Any:
    """The caller's products by id (operators: of ``merchant_id``), each with every rule
    it fails now and the highest discounted price allowed."""
    scope = api_scope(connection, auth.principal, merchant_id)
    book: RuleBook = request.app.state.rulebook
    try:
        rules = _rules(book, at)
    except SampleRefused as refused:
        return refusal(refused)
    head = queries.overview(connection, scope, book, at)
    found = queries.products(connection, scope, rules, page)
    return ProductList(
        total=found.total, page=found.page, pages=found.pages,
        places_taken=head.places.taken, places_left=head.places.left, cap=head.places.cap,
        right_held=head.right.held, right_lost_at=head.right.lost_at,
        right_lost_order_id=head.right.order_id, right_returns_on=head.right.returns_on,
        products=[
            Product(
                product_id=row.product_id, title=row.title, industry=row.industry,
                stock=row.stock, growth_score=row.growth_score,
                sample_price_usd=row.sample_price_usd, max_discount_factor=row.max_factor,
                max_discount_price_usd=row.max_discount_price, eligible=row.eligible,
                failures=_failures(row.failures), registration_id=row.registration_id,
                registration_state=row.registration_state,
            )
            for row in found.rows
        ],
    )  # fmt: skip


@router.post("/check", responses=REFUSED, response_model=CheckResult)
def check(
    request: Request,
    body: Offers,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
) -> Any:
    """Every rule each offered product fails at its discounted price; writes nothing."""
    scope = api_scope(connection, auth.principal, merchant_id)
    try:
        rules = _rules(request.app.state.rulebook, at)
        prices = {
            offer.product_id: sample_registrations.checked_price(
                offer.product_id, offer.discount_price_usd
            )
            for offer in body.offers
        }
    except SampleRefused as refused:
        return refusal(refused)
    found = queries.check_products(connection, scope, rules, dict(prices))
    missing = [product_id for product_id in prices if product_id not in found]
    if missing:
        raise OutOfScope(f"no product {missing[0]}")
    return CheckResult(
        products=[
            Checked(product_id=i, eligible=not found[i], failures=_failures(found[i]))
            for i in prices
        ]
    )


@router.post(
    "/registrations",
    dependencies=[CsrfChecked],
    status_code=201,
    responses=REFUSED,
    response_model=RegisterResult,
)
def register(request: Request, body: Offers, auth: ApiMerchant, at: Now) -> Any:
    """Register the offered products that pass every rule, in one go; the others come
    back with their reasons. A batch that does not fit the places left is refused whole
    (``cap_exceeded``)."""
    principal = auth.principal
    scope = scope_for_merchant_user(principal)
    offers = {offer.product_id: offer.discount_price_usd for offer in body.offers}
    try:
        with transaction(request.app.state.engine) as connection:
            done = sample_registrations.register(
                connection, book=request.app.state.rulebook, actor_login=principal.login,
                merchant_id=scope.merchant_id, offers=offers, now=at,
                account_id=scope.account_id,
            )  # fmt: skip
    except SampleRefused as refused:
        return refusal(refused)
    return RegisterResult(
        registered=done.registered,
        rejected=[
            Rejected(
                product_id=r.product_id,
                already_registered=r.already_registered,
                failures=_failures(r.failures),
            )
            for r in done.rejected
        ],
        places_taken=done.places_taken,
        places_left=done.places_left,
    )


@router.post(
    "/products/{product_id}/withdraw",
    dependencies=[CsrfChecked],
    responses=REFUSED,
    response_model=Registration,
)
def withdraw(request: Request, product_id: str, auth: ApiMerchant, at: Now) -> Any:
    """Withdraw the product's registration: its place is freed."""
    principal = auth.principal
    scope = scope_for_merchant_user(principal)
    try:
        with transaction(request.app.state.engine) as connection:
            registration_id = sample_registrations.withdraw(
                connection, actor_login=principal.login, merchant_id=scope.merchant_id,
                product_id=product_id, now=at, account_id=scope.account_id,
            )  # fmt: skip
    except SampleRefused as refused:
        return refusal(refused)
    with request.app.state.engine.connect() as connection:
        row = registration_queries.registration(connection, registration_id, None)
    assert row is not None  # withdrawn just now in this scope
    return _registration(row)


def _registration(row: registration_queries.RegistrationRow) -> Registration:
    return Registration(
        registration_id=row.registration_id, product_id=row.product_id, title=row.title,
        state=row.state, discount_price_usd=row.discount_price_usd,
        sample_price_usd=row.sample_price_usd, discount_factor=row.factor,
        in_venue=row.in_venue, out_of_venue_because=_failures(row.out_because),
        note=row.note, registered_at=row.registered_at, registered_by=row.registered_by,
        changed_at=row.changed_at,
    )  # fmt: skip


@router.get("/registrations")
def registrations(
    request: Request,
    auth: ApiStaff,
    connection: ReadConnection,
    at: Now,
    merchant_id: MerchantId = None,
    state: RegistrationState | None = None,
    page: PageNumber = 1,
) -> RegistrationList:
    """The caller's registrations (operators: of ``merchant_id``), latest change first;
    an active one out of the venue says which rules it fails now."""
    scope = api_scope(connection, auth.principal, merchant_id)
    rules = queries.rules_at(request.app.state.rulebook, at)
    found = registration_queries.registrations(connection, scope, rules, state=state, page=page)
    return RegistrationList(
        total=found.total, page=found.page, pages=found.pages,
        registrations=[_registration(row) for row in found.rows],
    )  # fmt: skip
