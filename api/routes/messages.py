from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path, Response, status
from starlette.concurrency import run_in_threadpool

from second_chance.compose.drafting import Overrides
from second_chance.service import DraftRequest, DraftResult, analyse_message, draft_reply

from ..deps import CurrentUser, MailboxDep, State, StoreDep
from ..errors import ErrorBody
from ..schemas import DraftOverrides, MessageAnalysis

router = APIRouter(tags=["messages"])

MessageId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="The Gmail message id")]


@router.get("/messages/{message_id}", response_model=MessageAnalysis, response_model_by_alias=True)
async def get_message(
    user: CurrentUser, mailbox: MailboxDep, store: StoreDep, message_id: MessageId
) -> MessageAnalysis:
    """The analysis of one message, rejection or not."""
    found = await run_in_threadpool(analyse_message, mailbox, store, user.user_id, message_id)
    return MessageAnalysis.of(found)


@router.post(
    "/messages/{message_id}/draft",
    # The service's result is the response as it stands: one definition, not a copy kept in step.
    response_model=DraftResult,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": DraftResult, "description": "The draft already existed: the same one is returned"},
        409: {"model": ErrorBody, "description": "You have already replied in this thread (code `already_replied`)"},
    },
)
async def create_draft(
    state: State,
    user: CurrentUser,
    mailbox: MailboxDep,
    store: StoreDep,
    message_id: MessageId,
    response: Response,
    overrides: Annotated[DraftOverrides | None, Body()] = None,
) -> DraftResult:
    """Put the reply draft in the message's thread. Asking again returns the same draft."""
    given = overrides or DraftOverrides()
    request = DraftRequest(
        overrides=Overrides(
            company=given.company, role=given.role, recruiter_name=given.recruiter_name, body=given.body
        ),
        template_id=given.template_id,
    )
    result = await run_in_threadpool(draft_reply, mailbox, store, state.locks, user.user_id, message_id, request)
    if not result.created:
        response.status_code = status.HTTP_200_OK
    return result
