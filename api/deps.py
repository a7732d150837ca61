"""Typed dependencies: the shared state, the calling user, and a Gmail mailbox on their behalf."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from second_chance.errors import Unauthenticated
from second_chance.gmail import GmailMailbox, Mailbox
from second_chance.store import Store

from .auth import Principal
from .state import AppState

_bearer = HTTPBearer(auto_error=False, description="A Google OAuth access token with gmail.readonly and gmail.compose")


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.second_chance
    return state


State = Annotated[AppState, Depends(get_state)]


async def current_user(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials.strip():
        raise Unauthenticated("sign in with Google: send Authorization: Bearer <access token>")
    return await state.verifier.verify(credentials.credentials.strip())


CurrentUser = Annotated[Principal, Depends(current_user)]


def get_store(state: State) -> Store:
    return state.store


StoreDep = Annotated[Store, Depends(get_store)]


def get_mailbox(state: State, user: CurrentUser) -> Iterator[Mailbox]:
    """A fresh client per request (the Google client objects are not thread-safe), within the user's cap on
    requests running at once; its connections are closed when the request ends."""
    with state.inflight.slot(user.user_id):
        mailbox = GmailMailbox(
            user.token,
            api_root=state.settings.gmail_api_url,
            budget=state.budgets.for_user(user.user_id),
            timeout=state.settings.gmail_timeout_seconds,
            address=user.email,
        )
        try:
            yield mailbox
        finally:
            mailbox.close()


MailboxDep = Annotated[Mailbox, Depends(get_mailbox)]
