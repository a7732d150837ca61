"""Local mail files as a stream of raw messages: .eml files, folders of them, mbox files and Maildirs.

An mbox is read line by line and one message at a time, so a multi-gigabyte Google Takeout export never
sits in memory; a message over the size limit is skipped without being held.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .mime import MAX_MESSAGE_BYTES


@dataclass(frozen=True, slots=True)
class RawMessage:
    source: str  # the path as given or found; for an mbox, "PATH#N" with N counted from 0
    data: bytes | None  # None when the message could not be read
    size: int  # bytes of input this message took up, for progress
    error: str | None = None


def iter_raw_messages(paths: Sequence[str], *, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            if _is_maildir(path):
                yield from _maildir(given, max_bytes)
            else:
                for found in sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml" and p.is_file()):
                    yield _eml(str(found), max_bytes)
        elif path.is_file():
            if _looks_like_mbox(path):
                yield from _mbox(given, max_bytes)
            else:
                yield _eml(given, max_bytes)
        else:
            yield RawMessage(given, None, 0, "no such file or directory")


def total_size(paths: Sequence[str]) -> int:
    total = 0
    for given in paths:
        path = Path(given)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def _looks_like_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return False
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _eml(path: str, max_bytes: int) -> RawMessage:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return RawMessage(path, None, size, f"message too large: {size:,} bytes (limit {max_bytes:,})")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return RawMessage(path, None, 0, f"cannot read file: {exc.strerror or exc}")
    if data.startswith(b"From ") and b"\n" in data:
        data = data.split(b"\n", 1)[1]  # an mbox envelope line in front of a single message
    return RawMessage(path, data, size)


def _mbox(path: str, max_bytes: int) -> Iterator[RawMessage]:
    index = -1
    chunks: list[bytes] = []
    size = 0
    oversized = False

    def finish() -> RawMessage:
        source = f"{path}#{index}"
        if oversized:
            return RawMessage(source, None, size, f"message too large: {size:,} bytes (limit {max_bytes:,})")
        return RawMessage(source, b"".join(chunks), size)

    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.startswith(b"From "):
                    if index >= 0:
                        yield finish()
                    index += 1
                    chunks, size, oversized = [], len(line), False
                    continue
                size += len(line)
                if oversized:
                    continue
                if size > max_bytes:
                    oversized, chunks = True, []
                    continue
                if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
                    line = line[1:]  # mboxrd quoting of body lines that began with "From "
                chunks.append(line)
            if index >= 0:
                yield finish()
    except OSError as exc:
        yield RawMessage(f"{path}#{max(index, 0)}", None, 0, f"cannot read mbox: {exc.strerror or exc}")


def _maildir(path: str, max_bytes: int) -> Iterator[RawMessage]:
    for sub in ("new", "cur"):
        folder = Path(path) / sub
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.is_file() and not entry.name.startswith("."):
                yield _eml(str(entry), max_bytes)
