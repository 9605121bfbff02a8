"""One Settings class, read from SELLERSTAR_* environment variables."""

from __future__ import annotations

import datetime as dt
import string
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Process-wide settings. Example: ``SELLERSTAR_DATABASE_URL=postgresql+psycopg://...``."""

    model_config = SettingsConfigDict(env_prefix="SELLERSTAR_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///var/sellerstar.db",
        description="SQLAlchemy URL of the system of record (SQLite file or PostgreSQL).",
    )
    rules_dir: Path | None = Field(
        default=None,
        description="Extra folder of rule-set TOML files, read after the shipped ones.",
    )
    backend: str = Field(
        default="duckdb",
        validation_alias=AliasChoices("SELLERSTAR_BACKEND", "SELLERSTAR_ENGINE", "backend"),
        description="Metric backend: `duckdb` (embedded) or `spark`; also read from the "
        "former name SELLERSTAR_ENGINE.",
    )
    spark_master: str = Field(
        default="local[2]",
        description="Spark master URL used when the metric backend is `spark`.",
    )
    daily_job_at: dt.time = Field(
        default=dt.time(1, 0),
        description="Platform time of day from which `sellerstar scheduler` runs the daily "
        "job (the figures must be refreshed before the rule-set's refresh time, 06:00).",
    )
    web_host: str = Field(default="127.0.0.1", description="Address `sellerstar serve` listens on.")
    web_port: int = Field(default=8000, ge=1, le=65535, description="Port of `sellerstar serve`.")
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="Addresses of the reverse proxies whose X-Forwarded-For `sellerstar "
        "serve` trusts for the client's address (comma-separated, `*` for any). The sign-in "
        "limit counts failures per client address: behind a proxy not listed here, every "
        "user would share the proxy's address.",
    )
    worker_healthcheck_seconds: int = Field(
        default=30,
        ge=1,
        description="With several workers, how long `sellerstar serve` waits for a busy "
        "worker to answer its health check before replacing it (a replaced worker drops its "
        "requests and the jobs it runs).",
    )
    web_lock_wait_seconds: float = Field(
        default=10.0,
        gt=0,
        le=120,
        description="SQLite only: how long a web request waits for the store's write lock "
        "(held by an import or a job) before it is answered 503 with Retry-After. Batch "
        "work waits 60 s.",
    )
    session_hours: int = Field(
        default=12, ge=1, le=24 * 30, description="How long a sign-in lasts, in hours."
    )
    sign_in_max_failures: int = Field(
        default=10,
        ge=1,
        description="Failed sign-ins for one login, or from one client address, within "
        "the window after which signing in is refused (429, without checking the password) "
        "until the oldest of them leaves the window.",
    )
    sign_in_window_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="The window of the sign-in limit, in minutes."
    )
    api_token_days: int = Field(
        default=90,
        ge=1,
        le=3650,
        description="How long a new API token lives, in days (`sellerstar users token "
        "create --days` overrides it).",
    )
    api_token_use_minutes: int = Field(
        default=5,
        ge=1,
        le=24 * 60,
        description="An API token's last use is written at most once per this many minutes, "
        "so that reads do not write.",
    )
    page_cache_size: int = Field(
        default=2048,
        ge=0,
        description="Rendered page parts (star page, logistics headline) each web worker "
        "keeps until the batch jobs write again; about 20 kB each. 0: render every time.",
    )
    evidence_dir: Path = Field(
        default=Path("var/evidence"),
        description="Folder of appeal evidence (screenshots); outside the database, served "
        "only to those who may see the appeal.",
    )
    product_images_dir: Path = Field(
        default=Path("var/product-images"),
        description="Folder of product images and protected reference images in store mode: "
        "the `image_path` of `products` and `ip_rights` is relative to it (copy the images "
        "of an imported folder here). The product radar's daily scan reads them.",
    )
    evidence_max_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, description="Largest evidence file accepted, in bytes."
    )
    evidence_max_files: int = Field(
        default=5, ge=1, le=20, description="Most evidence files one appeal may carry."
    )
    body_max_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest request body, in bytes, of every form and JSON request; a "
        "larger body is refused with 413 while it streams. The filing of an appeal (POST "
        "/m/appeals, /api/v1/appeals) may be evidence_max_files x evidence_max_bytes larger, "
        "a radar qualification (/m/radar/tasks/{id}/qualification, its /api/v1 twin) "
        "evidence_max_bytes larger.",
    )
    webhook_body_max_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=1024,
        description="Largest body, in bytes, of a tracking-feed push (paths under "
        "/webhooks/); a larger one is refused with 413 while it streams.",
    )
    clock_date: dt.date | None = Field(
        default=None,
        description="For demonstrations: the platform date the web app and the CLI treat as today "
        "(`make demo` serves the demo on its view date, 2022-12-06). Empty: the real date.",
    )
    cookie_secure: bool | None = Field(
        default=None,
        description="Mark cookies Secure (HTTPS only). Empty: when the request came over "
        "HTTPS (behind a proxy, set it to true).",
    )
    # Tracking feeds (docs/tracking-feeds.md). A variable name cannot start with a digit
    # in Python, hence the alias of the 17TRACK key.
    seventeen_track_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "SELLERSTAR_17TRACK_KEY", "SELLERSTAR_SEVENTEEN_TRACK_KEY", "seventeen_track_key"
        ),
        description="17TRACK API key, also read from SELLERSTAR_17TRACK_KEY: registers "
        "numbers and checks the `sign` of its webhook. Empty: the 17TRACK webhook is off.",
    )
    aftership_secret: SecretStr | None = Field(
        default=None,
        description="AfterShip webhook secret (checks the aftership-hmac-sha256 header). "
        "Empty: the AfterShip webhook is off.",
    )
    aftership_api_key: SecretStr | None = Field(
        default=None, description="AfterShip API key for creating trackings; empty: not used."
    )
    kuaidi100_salt: SecretStr | None = Field(
        default=None,
        description="Kuaidi100 subscription salt (checks the `sign` of its push). Empty: the "
        "Kuaidi100 webhook is off.",
    )
    kuaidi100_key: SecretStr | None = Field(
        default=None, description="Kuaidi100 authorisation key (授权码) for subscribe and query."
    )
    kuaidi100_customer: str | None = Field(
        default=None, description="Kuaidi100 customer id, needed by the real-time query."
    )
    kuaidi100_callback_url: str | None = Field(
        default=None,
        description="Public URL of this platform's /webhooks/kuaidi100, sent when subscribing.",
    )
    feeds_timeout_seconds: float = Field(
        default=10.0, gt=0, le=120, description="Timeout of one call to a tracking source."
    )
    feeds_attempts: int = Field(
        default=4, ge=1, le=10, description="Attempts per call to a tracking source (retries)."
    )

    # Review invitations (docs/reviews-pages.md): the link a merchant copies per order.
    review_invitation_url: str = Field(
        default="https://marketplace.example/review?order={order_id}&sig={sig}",
        description="Template of the review invitation link a merchant copies per order "
        "awaiting a review: `{order_id}` (URL-quoted) and `{sig}`, the hex HMAC-SHA256 of the "
        "order id keyed by SELLERSTAR_REVIEW_INVITATION_SECRET, which the marketplace checks.",
    )
    review_invitation_secret: SecretStr | None = Field(
        default=None,
        description="Key of the invitation links' signature, shared with the marketplace. "
        "Empty: the pages offer no invitation links (the advice still shows).",
    )

    # Notifications (docs/notifications.md): the notifier's email, webhooks and retries.
    smtp_host: str | None = Field(
        default=None, description="SMTP server of notification emails. Empty: email is off."
    )
    smtp_port: int = Field(default=587, ge=1, le=65535, description="Port of the SMTP server.")
    smtp_user: str | None = Field(default=None, description="SMTP login; empty: no login.")
    smtp_password: SecretStr | None = Field(default=None, description="SMTP password.")
    smtp_security: str = Field(
        default="starttls",
        pattern="^(starttls|ssl|none)$",
        description="`starttls` (upgrade the connection), `ssl` (TLS from the start, port "
        "465) or `none` (plain: a local relay or the tests' server only).",
    )
    mail_from: str = Field(
        default="sellerstar <no-reply@sellerstar.invalid>",
        description="From address of notification emails.",
    )
    notify_backoff_base_seconds: float = Field(
        default=60.0,
        gt=0,
        description="Wait after a delivery's first failure; doubled after each further one.",
    )
    notify_backoff_max_seconds: float = Field(
        default=6 * 3600.0, gt=0, description="Longest wait between two attempts."
    )
    notify_backoff_jitter: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="Each wait is drawn from [wait x (1 - jitter), wait], so that failed "
        "deliveries do not all come back at once.",
    )
    notify_max_attempts: int = Field(
        default=10,
        ge=1,
        le=100,
        description="Attempts of one email or webhook delivery "
        "before it is dead (operators can retry it).",
    )
    notify_lease_seconds: int = Field(
        default=300,
        ge=5,
        description="How long a worker holds a delivery it is sending; a worker that died "
        "before recording the outcome leaves it to be sent again (same idempotency key) "
        "after this.",
    )
    notify_webhook_timeout_seconds: float = Field(
        default=10.0, gt=0, le=120, description="Timeout of one webhook POST."
    )
    notify_webhook_max_endpoints: int = Field(
        default=5, ge=1, le=50, description="Most active webhook endpoints per merchant."
    )
    notify_webhook_allow_loopback_http: bool = Field(
        default=False,
        description="Accept plain http:// webhook URLs to 127.0.0.1/localhost (tests, local "
        "receivers); every other URL must be https://.",
    )

    @field_validator("review_invitation_url")
    @classmethod
    def _invitation_template(cls, value: str) -> str:
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as broken:
            raise ValueError(f"not a URL template: {broken}") from None
        if used != {"order_id", "sig"}:
            raise ValueError("the template must use {order_id} and {sig}, and nothing else")
        return value

    @property
    def upload_max_bytes(self) -> int:
        """Largest body of an appeal's filing: its evidence files and the form's fields."""
        return self.evidence_max_files * self.evidence_max_bytes + self.body_max_bytes

    @property
    def document_upload_max_bytes(self) -> int:
        """Largest body of a radar qualification: one document and the form's fields."""
        return self.evidence_max_bytes + self.body_max_bytes


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read once."""
    return Settings()
