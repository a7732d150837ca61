"""Demo mode: the service with an embedded Gmail emulator holding a sample inbox, for `make run`.

The bearer token ``demo`` opens it. Because that token is public, demo mode binds to loopback only.
"""

from __future__ import annotations

import ipaddress
import re
import tempfile
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from importlib import resources
from pathlib import Path

from fastapi import FastAPI

from second_chance.emulator import GmailEmulator
from second_chance.errors import InvalidInput
from second_chance.mail_files import iter_raw_messages
from second_chance.settings import REQUIRED_SCOPES, Settings

from .main import create_app

DEMO_TOKEN = "demo"
DEMO_ADDRESS = "you@example.com"
DEMO_CLIENT_ID = "second-chance-demo.apps.googleusercontent.com"
EMULATOR_PREFIX = "/_gmail"
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_DATE_LINE = re.compile(rb"^Date:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def demo_settings(host: str, port: int, database_url: str | None = None) -> Settings:
    base = f"http://{'[' + host + ']' if ':' in host else host}:{port}{EMULATOR_PREFIX}/"
    return Settings(
        demo=True,
        gmail_api_url=base,
        tokeninfo_url=base + "tokeninfo",
        oauth_client_ids=(DEMO_CLIENT_ID,),
        # The emulated inbox starts afresh each run, so does the demo's ledger.
        database_url=database_url
        or f"sqlite:///{Path(tempfile.mkdtemp(prefix='second-chance-demo-')) / 'demo.sqlite3'}",
    )


def build_demo_app(host: str, port: int, *, database_url: str | None = None, now: datetime | None = None) -> FastAPI:
    if not is_loopback(host):
        raise InvalidInput(
            f"demo mode accepts the public token {DEMO_TOKEN!r}, so it only binds to loopback, not {host}"
        )
    emulator = GmailEmulator()
    emulator.add_user(
        email=DEMO_ADDRESS,
        token=DEMO_TOKEN,
        sub="demo-user",
        client_id=DEMO_CLIENT_ID,
        scopes=REQUIRED_SCOPES,
        expires_in=10 * 365 * 24 * 3600,
    )
    for raw in sample_messages(now or datetime.now(UTC)):
        emulator.add_message(DEMO_ADDRESS, raw, labels=("INBOX",))
    app = create_app(demo_settings(host, port, database_url))
    app.mount(EMULATOR_PREFIX, emulator.app)
    return app


def sample_messages(now: datetime) -> list[bytes]:
    """The sample inbox, re-dated to the last eight weeks (order kept) so that "the last 90 days" holds it all."""
    sample = resources.files("second_chance").joinpath("samples/inbox.mbox")
    with resources.as_file(sample) as path:
        messages = [raw.data for raw in iter_raw_messages([str(path)]) if raw.data is not None]
    dated = sorted(messages, key=_date)
    start = now - timedelta(days=56)
    step = timedelta(days=55) / max(1, len(dated) - 1)
    return [_redate(raw, start + i * step) for i, raw in enumerate(dated)]


def _date(raw: bytes) -> datetime:
    match = _DATE_LINE.search(_split(raw)[0])
    try:
        when = parsedate_to_datetime(match.group(0)[5:].decode("ascii", "replace").strip()) if match else None
    except (TypeError, ValueError):
        when = None
    if when is None:
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _redate(raw: bytes, when: datetime) -> bytes:
    head, rest = _split(raw)
    line = f"Date: {format_datetime(when)}".encode()
    head = _DATE_LINE.sub(lambda _m: line, head, count=1) if _DATE_LINE.search(head) else line + b"\n" + head
    return head + rest


def _split(raw: bytes) -> tuple[bytes, bytes]:
    end = _HEADER_END.search(raw)
    return (raw, b"") if end is None else (raw[: end.start()], raw[end.start() :])
