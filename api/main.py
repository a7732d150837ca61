"""The FastAPI application: routes, the one error shape, limits, CORS, and what is built once at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from second_chance.gmail import Budgets
from second_chance.service import KeyedLocks
from second_chance.settings import Settings
from second_chance.store import SqlStore, migrate
from second_chance.store.schema import make_engine

from . import errors
from .auth import TokenVerifier
from .inflight import InFlight
from .limits import BodyLimit
from .routes import health, messages, rejections, templates, user_settings
from .state import AppState

DESCRIPTION = """Finds job-rejection emails in your Gmail and puts a gracious reply draft in the same thread.

Authenticate with `Authorization: Bearer <Google OAuth access token>` carrying the scopes
`gmail.readonly` and `gmail.compose`. Every error has the shape `{"error": {"code": "...", "message": "..."}}`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    config = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(config.database_url)
        await run_in_threadpool(migrate, engine)
        async with httpx.AsyncClient(timeout=10.0) as http:
            app.state.second_chance = AppState(
                settings=config,
                store=SqlStore(engine),
                http=http,
                verifier=TokenVerifier(http, tokeninfo_url=config.tokeninfo_url, client_ids=config.oauth_client_ids),
                budgets=Budgets(config.quota_units_per_minute),
                locks=KeyedLocks(),
                inflight=InFlight(config.max_requests_per_user),
            )
            yield
        engine.dispose()

    app = FastAPI(
        title="Second Chance",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
        redoc_url=None,
    )
    errors.install(app)
    app.include_router(health.router)
    v1 = APIRouter(prefix="/v1", responses=errors.API_ERRORS)
    for module in (rejections, messages, user_settings, templates):
        v1.include_router(module.router)
    app.include_router(v1)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    if config.allowed_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.allowed_origins),
            allow_methods=["GET", "POST", "PUT"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )
    return app
