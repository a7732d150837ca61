"""The ``second-chance`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .analysis import Analysis, analyze
from .errors import SecondChanceError, UnreadableEmail
from .evaluation import evaluate
from .mail_files import iter_raw_messages
from .mime import parse_bytes

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
def analyze_command(paths: PathsArg, me: MeOpt = None) -> None:
    """Print one JSON object per message (JSON Lines)."""
    read = 0
    out = sys.stdout
    for raw in iter_raw_messages(paths):
        if raw.data is None:
            _err(f"{raw.source}: {raw.error}")
            continue
        try:
            result = analyze(parse_bytes(raw.data), me=me or ())
        except UnreadableEmail as exc:
            _err(f"{raw.source}: {exc.message}")
            continue
        read += 1
        out.write(json.dumps(analysis_record(raw.source, result), ensure_ascii=False) + "\n")
    if read == 0:
        _err("no message could be read")
        raise typer.Exit(1)


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


def main() -> None:
    app()
