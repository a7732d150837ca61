from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from second_chance.compose.drafting import ReplyOptions, template_text
from second_chance.compose.templates import DEFAULT_TEMPLATES, render

from ..deps import CurrentUser, StoreDep
from ..schemas import PreviewIn, PreviewOut, TemplateList, TemplateOut

router = APIRouter(tags=["templates"])


@router.get("/templates", response_model=TemplateList)
async def list_templates(_user: CurrentUser) -> TemplateList:
    """The built-in templates."""
    return TemplateList(
        items=[TemplateOut(id=t.id, language=t.language, name=t.name, body=t.body) for t in DEFAULT_TEMPLATES.values()]
    )


@router.post("/preview", response_model=PreviewOut)
async def preview(user: CurrentUser, store: StoreDep, body: PreviewIn) -> PreviewOut:
    """Render a reply without touching Gmail: the given template, else the user's, else the built-in one."""
    saved = await run_in_threadpool(store.get_settings, user.user_id)
    options = ReplyOptions(
        template_body=body.template,
        template_id=body.template_id or saved.default_template,
        templates_by_language=saved.templates_by_language,
    )
    values = {
        "company": body.company,
        "role": body.role,
        "recruiter_name": body.recruiter_name,
        "sender_name": body.sender_name or saved.sender_name,
        "signature": body.signature or saved.signature,
    }
    return PreviewOut(body=render(template_text(body.language, options), values))
