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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read once."""
    return Settings()
