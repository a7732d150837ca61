"""`second-chance scan` on an emulated Gmail, `auth` token handling, and `serve --demo` safety."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner, Result

from second_chance.cli import app
from second_chance.cli_gmail import save_token
from tests.gmail_env import NOW, OWNER, TOKEN, Gmail
from tests.samples import INVITE, REJECTION_ACME, REJECTION_BRIGHTWAVE


def _token_file(tmp_path: Path, token: str = TOKEN) -> Path:
    target = tmp_path / "token.json"
    expiry = (datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None).isoformat() + "Z"
    info = {
        "token": token,
        "refresh_token": "refresh",
        "client_id": "client-1.apps.googleusercontent.com",
        "client_secret": "not-secret",
        "token_uri": "https://oauth2.googleapis.com/token",
        "expiry": expiry,
    }
    save_token(target, json.dumps(info))
    return target


def _scan(gmail: Gmail, tmp_path: Path, *args: str) -> Result:
    env = {
        "SECOND_CHANCE_GMAIL_API_URL": gmail.url,
        "SECOND_CHANCE_DATABASE_URL": f"sqlite:///{tmp_path / 'local.sqlite3'}",
        "COLUMNS": "250",
        "NO_COLOR": "1",
    }
    return CliRunner().invoke(app, ["scan", "--token-file", str(_token_file(tmp_path)), *args], env=env)


def test_scan_is_a_dry_run_until_asked(gmail: Gmail, tmp_path: Path) -> None:
    for raw in (REJECTION_ACME, REJECTION_BRIGHTWAVE, INVITE):
        gmail.emu.add_message(OWNER, raw, internal_date=NOW - timedelta(days=2))
    dry = _scan(gmail, tmp_path, "--days", "30")
    assert dry.exit_code == 0, dry.output
    assert "would draft" in dry.stdout
    assert "Acme" in dry.stdout
    assert "Brightwave" in dry.stdout
    assert gmail.emu.drafts(OWNER) == []
    made = _scan(gmail, tmp_path, "--create-drafts")
    assert made.exit_code == 0, made.output
    assert made.stdout.count("drafted") == 2
    assert len(gmail.emu.drafts(OWNER)) == 2
    again = _scan(gmail, tmp_path, "--create-drafts")
    assert again.stdout.count("already drafted") == 2
    assert len(gmail.emu.drafts(OWNER)) == 2


def test_scan_without_sign_in_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["scan", "--token-file", str(tmp_path / "none.json")])
    assert result.exit_code == 1
    assert "second-chance auth login" in result.output


def test_token_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "token.json"
    target.write_text("{}")
    target.chmod(0o644)  # left readable by an earlier tool: narrowed before the secret goes in
    _token_file(tmp_path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_token_file_that_is_not_a_sign_in_is_refused_clearly(tmp_path: Path) -> None:
    target = tmp_path / "token.json"
    target.write_text("[1, 2]")
    result = CliRunner().invoke(app, ["scan", "--token-file", str(target)])
    assert result.exit_code == 1
    assert "unreadable" in result.output
    assert "Traceback" not in result.output


def test_demo_refuses_a_public_address() -> None:
    result = CliRunner().invoke(app, ["serve", "--demo", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "loopback" in result.output
