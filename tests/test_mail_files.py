"""second_chance.mail_files.iter_raw_messages: .eml files, folders, mbox files and Maildirs as a stream."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from second_chance import mail_files
from second_chance.mail_files import RawMessage, iter_raw_messages, total_size
from second_chance.mime import parse_bytes

ENVELOPE = b"From ana@acme.example Mon Mar  4 10:00:00 2024\n"


def _message(subject: str, body: str = "Hello.") -> bytes:
    return f"From: ana@acme.example\nTo: sam.lee@example.org\nSubject: {subject}\n\n{body}\n".encode()


def _read(paths: list[Path], **kwargs: int) -> list[RawMessage]:
    return list(iter_raw_messages([str(p) for p in paths], **kwargs))


def test_single_eml(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(_message("One"))
    (raw,) = _read([path])
    assert raw == RawMessage(str(path), _message("One"), len(_message("One")), None)


def test_folder_is_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    files = {
        "c.eml": "C",
        "a/z.eml": "AZ",
        "b/deeper/m.EML": "BDM",
        "b/a.eml": "BA",
    }
    for name, subject in files.items():
        (tmp_path / name).write_bytes(_message(subject))
    (tmp_path / "notes.txt").write_bytes(_message("ignored txt"))
    (tmp_path / "b" / "inbox.mbox").write_bytes(ENVELOPE + _message("ignored mbox"))
    (tmp_path / "a" / "eml").write_bytes(_message("ignored, no suffix"))
    (tmp_path / "dir.eml").mkdir()  # a folder named like a message is not a message

    raws = _read([tmp_path])
    sources = [r.source for r in raws]
    assert sources == sorted(str(tmp_path / name) for name in files)
    assert all(r.error is None and r.data is not None for r in raws)
    subjects = [parse_bytes(r.data).subject for r in raws if r.data is not None]
    assert subjects == ["AZ", "BA", "BDM", "C"]


def test_mbox_messages_are_numbered_and_unquoted(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    first = _message("First", "Body line\n>From the beginning, we liked you.\nEnd")
    path.write_bytes(ENVELOPE + first + b"\n" + ENVELOPE + _message("Second") + b"\n" + ENVELOPE + _message("Third"))
    raws = _read([path])
    assert [r.source for r in raws] == [f"{path}#0", f"{path}#1", f"{path}#2"]
    assert all(r.error is None for r in raws)
    assert raws[0].data is not None
    assert b"\nFrom the beginning, we liked you.\n" in raws[0].data
    assert not raws[0].data.startswith(b"From ana@acme.example Mon")
    parsed = [parse_bytes(r.data) for r in raws if r.data is not None]
    assert [p.subject for p in parsed] == ["First", "Second", "Third"]
    assert parsed[0].text == "Body line\nFrom the beginning, we liked you.\nEnd"
    # Sizes are for progress: together they cover the file, give or take the envelope lines.
    total = sum(r.size for r in raws)
    assert path.stat().st_size - 3 * (len(ENVELOPE) + 1) <= total <= path.stat().st_size


def test_mboxrd_removes_one_level_of_deeper_quoting(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    path.write_bytes(ENVELOPE + _message("Quoted", "Start\n>>From deeper quoting.\nEnd"))
    (raw,) = _read([path])
    assert raw.data is not None
    assert parse_bytes(raw.data).text == "Start\n>From deeper quoting.\nEnd"


@pytest.mark.parametrize("chunk", [1, 7, 64, 1000])
def test_mbox_split_does_not_depend_on_read_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    # The reader scans fixed-size reads; separators cut by a read boundary must still be found.
    monkeypatch.setattr(mail_files, "_CHUNK", chunk, raising=False)
    bodies = ["", "Fromage is cheese.\n\nFrom: not a header", "x" * 300, ">From quoted\nlast line"]
    messages = [_message(f"M{i}", body) for i, body in enumerate(bodies)]
    path = tmp_path / "inbox.mbox"
    path.write_bytes(b"".join(ENVELOPE + m + b"\n" for m in messages))
    raws = _read([path])
    assert [r.source for r in raws] == [f"{path}#{i}" for i in range(len(bodies))]
    assert [r.data for r in raws] == [m.replace(b"\n>From ", b"\nFrom ") for m in messages]


def test_mbox_oversized_message_is_skipped_and_the_next_still_read(tmp_path: Path) -> None:
    path = tmp_path / "export"  # no suffix: recognised by its first line
    big = _message("Big", "x" * 5000)
    path.write_bytes(ENVELOPE + _message("Small") + ENVELOPE + big + ENVELOPE + _message("After"))
    raws = _read([path], max_bytes=1000)
    assert [r.source for r in raws] == [f"{path}#0", f"{path}#1", f"{path}#2"]
    small, skipped, after = raws
    assert small.data is not None
    assert parse_bytes(small.data).subject == "Small"
    assert skipped.data is None
    assert skipped.error is not None
    assert "too large" in skipped.error
    assert skipped.size > 1000
    assert abs(skipped.size - len(big)) <= len(ENVELOPE) + 1
    assert after.data is not None
    assert parse_bytes(after.data).subject == "After"


def test_maildir_cur_and_new(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "cur" / "1700000002.M1.host:2,S").write_bytes(_message("Cur two"))
    (tmp_path / "cur" / "1700000001.M1.host:2,S").write_bytes(_message("Cur one"))
    (tmp_path / "new" / "1700000003.M1.host").write_bytes(_message("New"))
    (tmp_path / "tmp" / "1700000004.M1.host").write_bytes(_message("Being delivered"))
    (tmp_path / "cur" / ".hidden").write_bytes(_message("Hidden"))
    raws = _read([tmp_path])
    assert all(r.error is None for r in raws)
    subjects = [parse_bytes(r.data).subject for r in raws if r.data is not None]
    assert sorted(subjects) == ["Cur one", "Cur two", "New"]
    assert subjects.index("Cur one") < subjects.index("Cur two")
    assert len(raws) == 3
    assert {Path(r.source).parent.name for r in raws} == {"cur", "new"}


def test_missing_path_gives_an_error_message(tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    present = tmp_path / "yes.eml"
    present.write_bytes(_message("Yes"))
    raws = _read([missing, present])
    assert raws[0] == RawMessage(str(missing), None, 0, "no such file or directory")
    assert raws[1].data == _message("Yes")


def test_oversized_eml_is_an_error_not_data(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    path.write_bytes(_message("Big", "x" * 2000))
    (raw,) = _read([path], max_bytes=100)
    assert raw.data is None
    assert raw.error is not None
    assert "too large" in raw.error


def test_eml_with_mbox_envelope_line(tmp_path: Path) -> None:
    path = tmp_path / "saved.eml"
    path.write_bytes(ENVELOPE + _message("Saved from mutt"))
    (raw,) = _read([path])
    assert raw.source == str(path)
    assert raw.data == _message("Saved from mutt")
    assert parse_bytes(raw.data).from_ is not None


def test_total_size(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(b"x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.eml").write_bytes(b"y" * 5)
    assert total_size([str(tmp_path), str(tmp_path / "a.eml"), str(tmp_path / "missing")]) == 25


def test_mbox_is_streamed_not_held_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "takeout.mbox"
    body = ("lorem ipsum dolor sit amet " * 30 + "\n") * 4
    with path.open("wb") as fh:
        for i in range(3000):
            fh.write(ENVELOPE + _message(f"Message {i}", body) + b"\n")
    file_size = path.stat().st_size
    assert file_size > 9_000_000

    started = time.perf_counter()
    tracemalloc.start()
    try:
        count = 0
        last_source = ""
        for raw in iter_raw_messages([str(path)]):
            assert raw.data is not None
            count += 1
            last_source = raw.source
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 3000
    assert last_source == f"{path}#2999"
    # A reader that held the mailbox would peak above the file size; one message plus a read buffer is tiny.
    assert peak < file_size / 4
    assert time.perf_counter() - started < 2.0
