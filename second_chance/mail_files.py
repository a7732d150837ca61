"""Local mail files as a stream of raw messages: .eml files, folders of them, mbox files and Maildirs.

An mbox is read line by line and one message at a time, so a multi-gigabyte Google Takeout export never
sits in memory; a message over the size limit is skipped without being held.
"""

from __future__ import annotations

import os
import re
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


_CHUNK = 1 << 20
_MBOXRD_QUOTED = re.compile(rb"\n>(>*From )")
_SEPARATOR = b"\nFrom "


class _MboxMessage:
    """The message being read: its bytes, or only its size once it is over the limit."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.chunks: list[bytes] = []
        self.size = 0
        self.oversized = False

    def add(self, data: bytes) -> None:
        self.size += len(data)
        if self.oversized:
            return
        if self.size > self.max_bytes:
            self.oversized, self.chunks = True, []
        else:
            self.chunks.append(data)

    def finish(self, source: str) -> RawMessage:
        if self.oversized:
            return RawMessage(
                source, None, self.size, f"message too large: {self.size:,} bytes (limit {self.max_bytes:,})"
            )
        # mboxrd quotes body lines beginning ">*From " with one more ">": take one off.
        return RawMessage(source, _MBOXRD_QUOTED.sub(rb"\n\1", b"".join(self.chunks)), self.size)


def _mbox(path: str, max_bytes: int) -> Iterator[RawMessage]:
    """Split on "From " lines in 1 MiB reads: bytes.find does the scanning, memory stays one message."""
    index = -1
    current = _MboxMessage(max_bytes)
    buf = b"\n"  # the first envelope line has no newline before it
    keep = len(_SEPARATOR) - 1
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(_CHUNK)
                buf += chunk
                start = 0
                waiting = False
                while (pos := buf.find(_SEPARATOR, start)) >= 0:
                    eol = buf.find(b"\n", pos + 1)
                    if eol < 0 and chunk:
                        waiting = True  # the envelope line continues in the next read
                        break
                    if index >= 0:
                        # The newline before "From " separates messages; it is not part of either.
                        current.add(buf[start:pos])
                        yield current.finish(f"{path}#{index}")
                    index += 1
                    current = _MboxMessage(max_bytes)
                    start = eol + 1 if eol >= 0 else len(buf)
                    current.size = start - pos - 1  # the envelope line counts towards progress
                if not chunk:
                    if index >= 0:
                        tail = buf[start:]
                        current.add(tail[:-1] if tail.endswith(b"\n\n") else tail)
                        yield current.finish(f"{path}#{index}")
                    return
                if waiting:
                    if index >= 0:
                        current.add(buf[start:pos])
                    buf = buf[pos:]
                elif len(buf) - start > keep:
                    # Keep a tail that could be the start of a separator cut by this read.
                    if index >= 0:
                        current.add(buf[start:-keep])
                    buf = buf[-keep:]
                else:
                    buf = buf[start:]
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
