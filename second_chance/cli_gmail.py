"""The Gmail side of the command line: ``serve``, ``auth login`` and ``scan``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from platformdirs import user_config_dir
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .errors import SecondChanceError, Unauthenticated
from .gmail import GmailMailbox, QuotaBudget
from .service import DraftRequest, KeyedLocks, draft_reply, find_rejections
from .settings import REQUIRED_SCOPES, Settings
from .store import SqlStore, migrate
from .store.schema import make_engine

auth_app = typer.Typer(help="Sign in to Gmail for `scan`.", no_args_is_help=True)

TokenFileOpt = Annotated[
    Path | None,
    typer.Option("--token-file", help="Where the Gmail sign-in is kept (default: your config directory)"),
]


def default_token_file() -> Path:
    return Path(user_config_dir("second-chance", appauthor=False)) / "gmail-token.json"


def serve_command(
    demo: Annotated[
        bool, typer.Option("--demo", help="Embedded Gmail emulator with a sample inbox; token `demo`")
    ] = False,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
) -> None:
    """Run the REST API (and, with --demo, a sample Gmail to try it on)."""
    import uvicorn  # the service's dependencies load only when serving

    from api.demo import build_demo_app, is_loopback
    from api.main import create_app

    from .emulator.server import bind_socket

    if demo and not is_loopback(host):
        typer.echo(f"second-chance: demo mode only binds to loopback (127.0.0.1, ::1), not {host}", err=True)
        raise typer.Exit(2)
    app = build_demo_app(host, port) if demo else create_app(Settings())
    if demo:
        typer.echo(f"Demo on http://{host}:{port}  (token: demo)  docs: http://{host}:{port}/docs", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="info", proxy_headers=False))
    server.run(sockets=[bind_socket(host, port)])


@auth_app.command("login")
def login_command(
    client_secrets: Annotated[
        Path,
        typer.Option("--client-secrets", exists=True, dir_okay=False, help="OAuth client file (Desktop app type)"),
    ],
    token_file: TokenFileOpt = None,
) -> None:
    """Sign in with Google in the browser; the token is saved readable by you only."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets), scopes=list(REQUIRED_SCOPES))
    credentials = flow.run_local_server(port=0, open_browser=True)
    target = token_file or default_token_file()
    save_token(target, credentials.to_json())
    typer.echo(f"Signed in. Token saved to {target}")


def save_token(target: Path, content: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Created 0600 from the start: never readable by others, not even for a moment.
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    # An existing file keeps its mode through O_CREAT: narrow it before the secret goes in.
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(content)


def load_access_token(token_file: Path) -> str:
    """A valid access token from the saved sign-in, refreshed (and saved again) when it has expired."""
    from google.auth.exceptions import RefreshError
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    if not token_file.is_file():
        raise Unauthenticated(f"not signed in: run `second-chance auth login` (no {token_file})")
    try:
        info: Any = json.loads(token_file.read_text(encoding="utf-8"))
        if not isinstance(info, dict):
            raise ValueError("not a JSON object")
        credentials = Credentials.from_authorized_user_info(info, scopes=list(REQUIRED_SCOPES))  # type: ignore[no-untyped-call]
    except (ValueError, OSError) as exc:
        raise Unauthenticated(f"the saved sign-in in {token_file} is unreadable: sign in again") from exc
    if not credentials.valid:
        try:
            credentials.refresh(Request())
        except RefreshError as exc:
            raise Unauthenticated(
                "the saved sign-in has expired or was revoked: run `second-chance auth login`"
            ) from exc
        save_token(token_file, credentials.to_json())
    return str(credentials.token)


def scan_command(
    days: Annotated[int, typer.Option("--days", min=1, max=365, help="How far back to look")] = 90,
    create_drafts: Annotated[
        bool, typer.Option("--create-drafts", help="Create the reply drafts (default: only show what would be drafted)")
    ] = False,
    token_file: TokenFileOpt = None,
) -> None:
    """Find the rejections in your Gmail and show (or, with --create-drafts, create) the reply drafts."""
    settings = Settings()
    console = Console(stderr=True)
    try:
        token = load_access_token(token_file or default_token_file())
        mailbox = GmailMailbox(
            token,
            api_root=settings.gmail_api_url,
            budget=QuotaBudget(settings.quota_units_per_minute),
            timeout=settings.gmail_timeout_seconds,
        )
        engine = make_engine(settings.database_url)
        migrate(engine)
        store = SqlStore(engine)
        user_id = f"local:{mailbox.address()}"
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
            task = bar.add_task("Reading candidates", total=None)
            result = find_rejections(
                mailbox,
                store,
                user_id,
                days=days,
                limit=settings.max_candidates,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        rows: list[tuple[str, str, str, str, str]] = []
        locks = KeyedLocks()
        for found in result.items:
            a = found.analysis
            if found.replied:
                status = "already replied"
            elif found.draft_id:
                status = "already drafted"
            elif not create_drafts:
                status = "would draft"
            else:
                draft = draft_reply(mailbox, store, locks, user_id, a.id or "", DraftRequest())
                status = "drafted" if draft.created else "already drafted"
            to = a.reply_to or "(no human address: fill in To)"
            rows.append((a.company or "?", a.role or "", to, a.subject, status))
    except SecondChanceError as exc:
        typer.echo(f"second-chance: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    table = Table(title=f"{len(result.items)} rejections in {result.scanned} candidate messages (last {days} days)")
    for column in ("company", "role", "reply to", "subject", "status"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    if not create_drafts and rows:
        typer.echo("Dry run: nothing was created. Add --create-drafts to put the drafts in Gmail.", err=True)
