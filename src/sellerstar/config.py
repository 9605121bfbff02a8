"""One Settings class, read from SELLERSTAR_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
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
    engine: str = Field(
        default="duckdb",
        description="Metric engine: `duckdb` (embedded) or `spark`.",
    )
    spark_master: str = Field(
        default="local[2]",
        description="Spark master URL used when the engine is `spark`.",
    )
    web_host: str = Field(default="127.0.0.1", description="Address `sellerstar serve` listens on.")
    web_port: int = Field(default=8000, ge=1, le=65535, description="Port of `sellerstar serve`.")
    session_hours: int = Field(
        default=12, ge=1, le=24 * 30, description="How long a sign-in lasts, in hours."
    )
    evidence_dir: Path = Field(
        default=Path("var/evidence"),
        description="Folder of appeal evidence (screenshots); outside the database, served "
        "only to those who may see the appeal.",
    )
    evidence_max_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, description="Largest evidence file accepted, in bytes."
    )
    evidence_max_files: int = Field(
        default=5, ge=1, le=20, description="Most evidence files one appeal may carry."
    )
    cookie_secure: bool | None = Field(
        default=None,
        description="Mark cookies Secure (HTTPS only). Empty: when the request came over "
        "HTTPS (behind a proxy, set it to true).",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read once."""
    return Settings()
