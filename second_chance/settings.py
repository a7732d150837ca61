"""Service configuration: environment variables with the ``SECOND_CHANCE_`` prefix (names are a contract)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
GMAIL_COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
# Read to find rejections, compose to create drafts: nothing that can send, delete or relabel mail.
REQUIRED_SCOPES = (GMAIL_READONLY, GMAIL_COMPOSE)


def default_database_url() -> str:
    return f"sqlite:///{Path(user_data_dir('second-chance', appauthor=False)) / 'second-chance.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SECOND_CHANCE_", extra="ignore")

    gmail_api_url: str = "https://gmail.googleapis.com/"
    tokeninfo_url: str = "https://oauth2.googleapis.com/tokeninfo"
    oauth_client_ids: Annotated[tuple[str, ...], NoDecode] = ()
    allowed_origins: Annotated[tuple[str, ...], NoDecode] = ()
    database_url: str = Field(default_factory=default_database_url)
    demo: bool = False

    # Not part of the contract: tuning with safe defaults.
    max_body_bytes: int = 256 * 1024
    gmail_timeout_seconds: float = 30.0
    quota_units_per_minute: int = 15_000
    max_candidates: int = 2_000
    max_requests_per_user: int = 20  # running at once; each holds a worker thread while Gmail answers

    @field_validator("oauth_client_ids", "allowed_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("gmail_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @field_validator("allowed_origins")
    @classmethod
    def _no_wildcard(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if "*" in value:
            raise ValueError("a wildcard origin is not allowed: list the extension origins (chrome-extension://<id>)")
        return value
