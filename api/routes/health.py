from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from ..deps import State
from ..schemas import Status

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Status)
async def healthz() -> Status:
    """The process is up."""
    return Status(status="ok")


@router.get("/readyz", response_model=Status, responses={503: {"description": "The database cannot be reached"}})
async def readyz(state: State) -> Status:
    """The service can serve: its database answers."""
    await run_in_threadpool(state.store.ping)
    return Status(status="ready")
