from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from second_chance.store import UserSettings

from ..deps import CurrentUser, StoreDep
from ..schemas import UserSettingsBody

router = APIRouter(tags=["settings"])


@router.get("/settings", response_model=UserSettingsBody)
async def get_settings(user: CurrentUser, store: StoreDep) -> UserSettingsBody:
    saved = await run_in_threadpool(store.get_settings, user.user_id)
    return UserSettingsBody(
        sender_name=saved.sender_name,
        signature=saved.signature,
        default_template=saved.default_template,
        templates=saved.templates_by_language,
    )


@router.put("/settings", response_model=UserSettingsBody)
async def put_settings(user: CurrentUser, store: StoreDep, body: UserSettingsBody) -> UserSettingsBody:
    """Replace the user's settings (a field left out is reset to its default)."""
    await run_in_threadpool(
        store.put_settings,
        user.user_id,
        UserSettings(
            sender_name=body.sender_name or None,
            signature=body.signature or None,
            default_template=body.default_template,
            templates_by_language=dict(body.templates),
        ),
    )
    return body
