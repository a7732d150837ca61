"""The second-chance command line: analyze (JSON Lines), draft (reply .eml files) and eval."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from second_chance.cli import app
from tests.samples import LUNCH, REJECTION_ACME, REJECTION_BRIGHTWAVE

KEYS = [
    "source",
    "message_id",
    "is_rejection",
    "confidence",
    "category",
    "company",
    "role",
    "recruiter_name",
    "reply_to",
    "language",
    "evidence",
]

TRUNCATED = b"From: ana.ruiz@acme.example\nSubject: Your appli"


def _run(*args: str) -> Result:
    # A wide console: rich must not fold the table cells we look for.
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "250", "NO_COLOR": "1"})


def _records(result: Result) -> list[dict[str, object]]:
    lines = result.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        assert list(record) == KEYS
    return records


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "01_acme.eml").write_bytes(REJECTION_ACME)
    (folder / "02_lunch.eml").write_bytes(LUNCH)
    (folder / "03_brightwave.eml").write_bytes(REJECTION_BRIGHTWAVE)
    return folder


# --- analyze --------------------------------------------------------------------------------------------


def test_analyze_one_eml(inbox: Path) -> None:
    path = inbox / "01_acme.eml"
    result = _run("analyze", str(path))
    assert result.exit_code == 0, result.output
    (record,) = _records(result)
    assert record["source"] == str(path)
    assert record["message_id"] == "<rej-1@acme.example>"
    assert record["is_rejection"] is True
    assert record["category"] == "rejection"
    assert isinstance(record["confidence"], float)
    assert 0.5 < record["confidence"] <= 1.0
    assert record["company"] == "Acme"
    assert record["role"] == "Data Engineer"
    assert record["reply_to"] == "ana.ruiz@acme.example"
    assert record["language"] == "en"
    evidence = record["evidence"]
    assert isinstance(evidence, list)
    assert any("move forward with other candidates" in str(e) for e in evidence)
    assert result.stderr == ""


def test_analyze_folder(inbox: Path) -> None:
    (inbox / "notes.txt").write_text("not mail")
    result = _run("analyze", str(inbox))
    assert result.exit_code == 0, result.output
    records = _records(result)
    assert [r["source"] for r in records] == [
        str(inbox / "01_acme.eml"),
        str(inbox / "02_lunch.eml"),
        str(inbox / "03_brightwave.eml"),
    ]
    assert [r["is_rejection"] for r in records] == [True, False, True]
    assert records[1]["evidence"] == []
    assert records[2]["message_id"] == "<rej-2@brightwave.example>"


def test_analyze_mbox(tmp_path: Path) -> None:
    mbox = tmp_path / "takeout.mbox"
    envelope = b"From someone@example.net Mon Mar  4 10:00:00 2024\n"
    mbox.write_bytes(envelope + LUNCH + b"\n" + envelope + REJECTION_ACME + b"\n")
    result = _run("analyze", str(mbox))
    assert result.exit_code == 0, result.output
    records = _records(result)
    assert [r["source"] for r in records] == [f"{mbox}#0", f"{mbox}#1"]
    assert [r["message_id"] for r in records] == ["<lunch-1@example.net>", "<rej-1@acme.example>"]
    assert [r["is_rejection"] for r in records] == [False, True]


def test_analyze_reports_unreadable_files_and_goes_on(inbox: Path) -> None:
    broken = inbox / "00_broken.eml"
    broken.write_bytes(TRUNCATED)
    image = inbox / "02a_image.eml"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    missing = inbox / "missing.eml"
    result = _run("analyze", str(inbox), str(missing))
    assert result.exit_code == 0, result.output
    assert len(_records(result)) == 3
    errors = result.stderr.splitlines()
    assert errors == [
        f"second-chance: {broken}: truncated: the message ends inside its headers",
        f"second-chance: {image}: not an email message: binary data",
        f"second-chance: {missing}: no such file or directory",
    ]


def test_analyze_fails_only_when_nothing_was_read(tmp_path: Path) -> None:
    broken = tmp_path / "broken.eml"
    broken.write_bytes(TRUNCATED)
    result = _run("analyze", str(broken), str(tmp_path / "missing.eml"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "second-chance: no message could be read"


def test_analyze_without_rejections_still_succeeds(inbox: Path) -> None:
    result = _run("analyze", str(inbox / "02_lunch.eml"))
    assert result.exit_code == 0
    assert [r["is_rejection"] for r in _records(result)] == [False]


# --- draft ----------------------------------------------------------------------------------------------


def _drafts(folder: Path) -> dict[str, email.message.EmailMessage]:
    found: dict[str, email.message.EmailMessage] = {}
    for path in sorted(folder.iterdir()):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, email.message.EmailMessage)
        found[path.name] = message
    return found


def test_draft_writes_one_reply_per_rejection(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts" / "nested"
    (inbox / "00_broken.eml").write_bytes(TRUNCATED)
    result = _run("draft", str(inbox), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "2 rejection(s) in 3 message(s)" in result.stdout
    assert "00_broken.eml: truncated" in result.stderr
    drafts = _drafts(out)
    assert len(drafts) == 2
    assert all(name.startswith("reply-") and name.endswith(".eml") for name in drafts)
    by_parent = {str(m["In-Reply-To"]): m for m in drafts.values()}
    assert set(by_parent) == {"<rej-1@acme.example>", "<rej-2@brightwave.example>"}

    acme = by_parent["<rej-1@acme.example>"]
    assert acme["To"] == "ana.ruiz@acme.example"
    assert acme["Subject"] == "Re: Your application for Data Engineer at Acme"
    assert acme["References"] == "<app-0@example.org> <rej-1@acme.example>"
    assert acme["X-Unsent"] == "1"
    body = acme.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Data Engineer" in text
    assert "Acme" in text
    assert text.rstrip().endswith("Sam Lee")

    brightwave = by_parent["<rej-2@brightwave.example>"]
    assert brightwave["To"] == "tom.becker@brightwave.example"
    assert brightwave["Subject"] == "Re: Product Designer role at Brightwave"
    assert brightwave["References"] == "<rej-2@brightwave.example>"
    assert not list(out.glob("*.tmp"))


def test_draft_twice_does_not_duplicate(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    first = _run("draft", str(inbox), "--out", str(out))
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert len(before) == 2
    assert "already drafted" not in first.stdout
    second = _run("draft", str(inbox), "--out", str(out))
    assert second.exit_code == 0, second.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert second.stdout.count("already drafted") == 2


def test_draft_from_name_and_signature(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = _run(
        "draft",
        str(inbox / "01_acme.eml"),
        "--out",
        str(out),
        "--from",
        "Samantha Lee <sam@example.org>",
        "--signature",
        "linkedin.com/in/samlee",
        "--template",
        "brief-en",
    )
    assert result.exit_code == 0, result.output
    (message,) = _drafts(out).values()
    assert message["From"] == "Samantha Lee <sam@example.org>"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Hi Ana,\n\nThanks for letting me know")
    assert text.endswith("Thanks again,\nSamantha Lee\nlinkedin.com/in/samlee\n")


def test_draft_own_template_file(inbox: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.txt"
    template.write_text("[Dear {recruiter_name},|Hello,]\n\nThanks for the update about {company}.\n", "utf-8")
    out = tmp_path / "drafts"
    result = _run("draft", str(inbox / "01_acme.eml"), "--out", str(out), "--template", str(template))
    assert result.exit_code == 0, result.output
    (message,) = _drafts(out).values()
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == "Dear Ana,\n\nThanks for the update about Acme.\n"


def test_draft_with_unknown_placeholder_fails_clearly(inbox: Path, tmp_path: Path) -> None:
    template = tmp_path / "bad.txt"
    template.write_text("Hi {recruiter},\n\nThanks.\n", "utf-8")
    out = tmp_path / "drafts"
    result = _run("draft", str(inbox / "01_acme.eml"), "--out", str(out), "--template", str(template))
    assert result.exit_code == 2
    assert "unknown placeholder {recruiter}" in result.stderr
    assert "{recruiter_name}" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not list(out.glob("*.eml"))


def test_draft_with_unknown_template_name(inbox: Path, tmp_path: Path) -> None:
    result = _run("draft", str(inbox), "--out", str(tmp_path / "d"), "--template", "fancy-en")
    assert result.exit_code == 2
    assert "neither a file nor a built-in template" in result.stderr
    assert "classic-en" in result.stderr


def test_draft_bad_template_fails_even_without_rejections(inbox: Path, tmp_path: Path) -> None:
    template = tmp_path / "bad.txt"
    template.write_text("Hi {recruiter},\n", "utf-8")
    result = _run("draft", str(inbox / "02_lunch.eml"), "--out", str(tmp_path / "d"), "--template", str(template))
    assert result.exit_code == 2
    assert "unknown placeholder {recruiter}" in result.stderr


def test_draft_template_file_not_utf8(inbox: Path, tmp_path: Path) -> None:
    template = tmp_path / "latin1.txt"
    template.write_bytes("Hallo {recruiter_name}, schöne Grüße\n".encode("latin-1"))
    result = _run("draft", str(inbox / "01_acme.eml"), "--out", str(tmp_path / "d"), "--template", str(template))
    assert result.exit_code == 2
    assert str(template) in result.stderr


def test_draft_invalid_from_address_fails_clearly(inbox: Path, tmp_path: Path) -> None:
    sender = "a" * 300 + "@example.org"
    result = _run("draft", str(inbox / "01_acme.eml"), "--out", str(tmp_path / "d"), "--from", sender)
    assert result.exit_code == 2
    assert "not a valid sender address" in result.stderr


def test_draft_bad_from_without_at_sign(inbox: Path, tmp_path: Path) -> None:
    result = _run("draft", str(inbox), "--out", str(tmp_path / "d"), "--from", "Sam Lee")
    assert result.exit_code == 2
    assert "is not an email address" in result.stderr


def test_draft_nothing_readable(tmp_path: Path) -> None:
    result = _run("draft", str(tmp_path / "missing.eml"), "--out", str(tmp_path / "d"))
    assert result.exit_code == 1
    assert "no message could be read" in result.stderr


# --- eval -----------------------------------------------------------------------------------------------


def _labelled(inbox: Path, lunch_is_rejection: bool = False) -> None:
    labels = [
        {
            "file": "01_acme.eml",
            "rejection": True,
            "category": "rejection",
            "company": "Acme",
            "role": "Data Engineer",
            "recruiter_name": "Ana",
            "reply_to": "ana.ruiz@acme.example",
            "language": "en",
        },
        {"file": "02_lunch.eml", "rejection": lunch_is_rejection, "category": "other"},
        {"file": "03_brightwave.eml", "rejection": True, "company": "Brightwave", "language": "en"},
    ]
    (inbox / "labels.jsonl").write_text("".join(json.dumps(label) + "\n" for label in labels), "utf-8")


def test_eval_prints_precision_and_recall(inbox: Path) -> None:
    _labelled(inbox)
    result = _run("eval", str(inbox))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "messages        3 (0 unreadable)"
    assert "rejections      2 labelled, 2 detected" in lines
    assert "precision       1.000  (2/2)" in lines
    assert "recall          1.000  (2/2)" in lines
    assert "f1              1.000" in lines
    assert "  company         1.000  (2/2)" in lines


def test_eval_lists_misses(inbox: Path) -> None:
    _labelled(inbox, lunch_is_rejection=True)
    (inbox / "labels.jsonl").write_text(
        (inbox / "labels.jsonl").read_text("utf-8") + '{"file": "gone.eml", "rejection": false}\n', "utf-8"
    )
    result = _run("eval", str(inbox))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "messages        4 (1 unreadable)"
    assert "recall          0.667  (2/3)" in lines
    assert "precision       1.000  (2/2)" in lines
    assert "misses:" in lines
    assert any(line.startswith("  MISSED 02_lunch.eml") for line in lines)
    assert any(line.startswith("  UNREADABLE gone.eml") for line in lines)


def test_eval_field_lines_are_separated(inbox: Path) -> None:
    _labelled(inbox)
    lines = _run("eval", str(inbox)).stdout.splitlines()
    start = lines.index("extraction accuracy on labelled rejections:")
    for line in lines[start + 1 : start + 6]:
        name, score, *_ = line.split()
        assert name in {"company", "role", "recruiter_name", "reply_to", "language"}
        assert 0.0 <= float(score) <= 1.0


def test_eval_without_labels(inbox: Path) -> None:
    result = _run("eval", str(inbox))
    assert result.exit_code == 2
    assert "labels.jsonl not found" in result.stderr


def test_eval_with_a_bad_label_line(inbox: Path) -> None:
    (inbox / "labels.jsonl").write_text('{"file": "01_acme.eml"}\n', "utf-8")
    result = _run("eval", str(inbox))
    assert result.exit_code == 2
    assert "labels.jsonl:1: not a valid label line" in result.stderr


def test_analyze_in_worker_processes_matches_one_process(inbox: Path, tmp_path: Path) -> None:
    broken = inbox / "00_broken.eml"
    broken.write_bytes(TRUNCATED)
    mbox = tmp_path / "takeout.mbox"
    envelope = b"From someone@example.net Mon Mar  4 10:00:00 2024\n"
    mbox.write_bytes((envelope + LUNCH + b"\n" + envelope + REJECTION_ACME + b"\n") * 70)  # several batches
    single = _run("analyze", "--jobs", "1", str(inbox), str(mbox))
    parallel = _run("analyze", "--jobs", "2", str(inbox), str(mbox))
    assert single.exit_code == parallel.exit_code == 0, parallel.output
    assert len(_records(parallel)) == 3 + 140
    assert parallel.stdout == single.stdout  # same records, same order
    assert parallel.stderr == single.stderr
