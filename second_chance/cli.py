"""The ``second-chance`` command line."""

from __future__ import annotations

import hashlib
import json
import sys
from email.utils import parseaddr
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .analysis import Analysis, analyze
from .cli_gmail import auth_app, scan_command, serve_command
from .compose.drafting import ReplyOptions, write_reply
from .compose.reply import to_message, valid_address
from .compose.templates import DEFAULT_TEMPLATES, validate
from .email_model import Address
from .errors import InvalidInput, SecondChanceError, UnreadableEmail
from .evaluation import evaluate
from .mail_files import RawMessage, iter_raw_messages, total_size
from .mime import parse_bytes
from .parallel import ordered_map, usable_cpus

app = typer.Typer(
    help="Find job-rejection emails and draft a gracious second-chance reply.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

PathsArg = Annotated[list[str], typer.Argument(help=".eml files, folders of them, mbox files or Maildirs")]
MeOpt = Annotated[
    list[str] | None,
    typer.Option("--me", help="Your own address (repeatable): mail you sent is never taken for a rejection"),
]


def _err(message: str) -> None:
    typer.echo(f"second-chance: {message}", err=True)


def analysis_record(source: str, result: Analysis) -> dict[str, object]:
    """The JSON Lines contract of ``analyze``: exactly these keys, in this order."""
    return {
        "source": source,
        "message_id": result.message_id,
        "is_rejection": result.is_rejection,
        "confidence": result.confidence,
        "category": result.category,
        "company": result.company,
        "role": result.role,
        "recruiter_name": result.recruiter_name,
        "reply_to": result.reply_to,
        "language": result.language,
        "evidence": list(result.evidence),
    }


@app.command("analyze")
def analyze_command(
    paths: PathsArg,
    me: MeOpt = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for big inputs (default: all cores)")
    ] = None,
) -> None:
    """Print one JSON object per message (JSON Lines)."""
    workers = jobs or (usable_cpus() if total_size(paths) >= PARALLEL_THRESHOLD_BYTES else 1)
    read = 0
    out = sys.stdout
    for line, error in ordered_map(
        partial(_analyze_batch, me=tuple(me or ())), iter_raw_messages(paths), workers=workers
    ):
        if error is not None:
            _err(error)
            continue
        read += 1
        out.write(line)
    if read == 0:
        _err("no message could be read")
        raise typer.Exit(1)


# Below this much input, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD_BYTES = 8 * 1024 * 1024


def _analyze_batch(batch: list[RawMessage], me: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """Runs in a worker: (JSON line, None) per message read, ("", error) per message that could not be."""
    results: list[tuple[str, str | None]] = []
    for raw in batch:
        if raw.data is None:
            results.append(("", f"{raw.source}: {raw.error}"))
            continue
        try:
            result = analyze(parse_bytes(raw.data), me=me)
        except UnreadableEmail as exc:
            results.append(("", f"{raw.source}: {exc.message}"))
            continue
        results.append((json.dumps(analysis_record(raw.source, result), ensure_ascii=False) + "\n", None))
    return results


# Inputs bigger than this get a progress bar: small runs should print nothing but their result.
PROGRESS_THRESHOLD_BYTES = 20 * 1024 * 1024


def _progress(console: Console, total: int) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=total < PROGRESS_THRESHOLD_BYTES,
    )


def draft_file_name(source: str, result: Analysis) -> str:
    """Stable per original message, so a second run finds the draft it wrote before."""
    key = result.message_id or f"{source}\n{result.subject}\n{result.date}"
    return f"reply-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.eml"


def _load_template(value: str | None) -> tuple[str | None, str | None]:
    """``--template`` takes a built-in id or a file with the user's own template."""
    if value is None:
        return None, None
    if value in DEFAULT_TEMPLATES:
        return value, None
    path = Path(value)
    if not path.is_file():
        known = ", ".join(DEFAULT_TEMPLATES)
        raise InvalidInput(f"--template {value!r} is neither a file nor a built-in template ({known})")
    try:
        body = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"--template {path}: cannot read it as UTF-8 text ({exc})") from exc
    validate(body)
    return None, body


@app.command("draft")
def draft_command(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", help="Folder for the reply drafts (.eml), created if missing")],
    me: MeOpt = None,
    template: Annotated[
        str | None, typer.Option("--template", help="A built-in template id or a file with your own template")
    ] = None,
    sender: Annotated[
        str | None,
        typer.Option("--from", help='Your address for the From line, e.g. "Mira Hollenbeck <mira@example.com>"'),
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="The name you sign with (default: as the mail addressed you)")
    ] = None,
    signature: Annotated[str | None, typer.Option("--signature", help="Text placed under your name")] = None,
) -> None:
    """Write one ready-to-send reply .eml per rejection into --out; re-running does not duplicate."""
    console = Console(stderr=True)
    try:
        template_id, template_body = _load_template(template)
        from_address = _parse_sender(sender)
        options = ReplyOptions(
            sender_name=name or (from_address.name if from_address else None),
            signature=signature,
            template_id=template_id,
            template_body=template_body,
        )
        out.mkdir(parents=True, exist_ok=True)
    except (SecondChanceError, OSError) as exc:
        _err(exc.message if isinstance(exc, SecondChanceError) else str(exc))
        raise typer.Exit(2) from exc
    rows: list[tuple[str, str, str, str, str]] = []
    notes: list[str] = []
    read = 0
    with _progress(console, total_size(paths)) as progress:
        task = progress.add_task("Drafting", total=total_size(paths))
        for raw in iter_raw_messages(paths):
            progress.advance(task, raw.size)
            if raw.data is None:
                _err(f"{raw.source}: {raw.error}")
                continue
            try:
                original = parse_bytes(raw.data)
            except UnreadableEmail as exc:
                _err(f"{raw.source}: {exc.message}")
                continue
            read += 1
            result = analyze(original, me=me or ())
            if not result.is_rejection:
                continue
            target = out / draft_file_name(raw.source, result)
            if target.exists():
                status = "already drafted"
            else:
                try:
                    draft = write_reply(original, result, options)
                except SecondChanceError as exc:
                    _err(f"{raw.source}: {exc.message}")
                    raise typer.Exit(2) from exc
                _write_atomically(target, to_message(draft, sender=from_address, unsent=True).as_bytes())
                status = "written" if draft.to else "written, no To (see below)"
                if not draft.to:
                    notes.append(f"{target.name}: no To because {result.reply_to_reason}")
            rows.append((result.company or "?", result.role or "", result.reply_to or "—", target.name, status))
    if read == 0:
        _err("no message could be read")
        raise typer.Exit(1)
    table = Table(title=f"{len(rows)} rejection(s) in {read} message(s)")
    for column in ("Company", "Role", "To", "Draft", "Status"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    stdout = Console()
    stdout.print(table)
    for note in notes:
        stdout.print(note, highlight=False)


def _parse_sender(value: str | None) -> Address | None:
    if not value:
        return None
    display, address = parseaddr(value)
    if "@" not in address:
        raise InvalidInput(f"--from {value!r} is not an email address")
    checked = valid_address(address)
    if checked is None:
        raise InvalidInput(f"--from: not a valid sender address: {address!r}")
    return Address(display, checked)


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


@app.command("eval")
def eval_command(
    folder: Annotated[Path, typer.Argument(help="A folder with .eml files and labels.jsonl")],
) -> None:
    """Print precision, recall and extraction accuracy against DIR/labels.jsonl, listing each miss."""
    try:
        report = evaluate(folder)
    except SecondChanceError as exc:
        _err(exc.message)
        raise typer.Exit(2) from exc
    for line in report.lines():
        typer.echo(line)


app.command("serve")(serve_command)
app.command("scan")(scan_command)
app.add_typer(auth_app, name="auth")


def main() -> None:
    app()
