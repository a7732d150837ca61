from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from second_chance.service import find_rejections

from ..deps import CurrentUser, MailboxDep, State, StoreDep
from ..schemas import RejectionItem, RejectionList

router = APIRouter(tags=["rejections"])


@router.get("/rejections", response_model=RejectionList, response_model_by_alias=True)
async def list_rejections(
    state: State,
    user: CurrentUser,
    mailbox: MailboxDep,
    store: StoreDep,
    days: Annotated[int, Query(ge=1, le=365, description="How far back to look")] = 90,
) -> RejectionList:
    """The rejections in the user's Gmail, newest first, with what has been drafted or replied."""
    result = await run_in_threadpool(
        find_rejections, mailbox, store, user.user_id, days=days, limit=state.settings.max_candidates
    )
    return RejectionList(items=[RejectionItem.of(found) for found in result.items], scanned=result.scanned)
