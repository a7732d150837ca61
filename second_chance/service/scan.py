"""Find the rejections in a mailbox: search on Gmail's side, fetch in batches, analyse here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ..analysis import Analysis, analyze
from ..errors import NotFound, SecondChanceError
from ..gmail.port import BATCH_SIZE, Fetched, Mailbox, ThreadEntry
from ..gmail.query import candidate_query, sent_query
from ..store import Store

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True, slots=True)
class Found:
    """One analysed message, with what the user has done about it."""

    analysis: Analysis
    internal_date: int
    draft_id: str | None
    replied: bool


@dataclass(frozen=True, slots=True)
class ScanResult:
    items: list[Found]  # the rejections, newest first
    scanned: int  # messages fetched and analysed (the candidates Gmail's search let through)
    unreadable: int


def find_rejections(
    mailbox: Mailbox,
    store: Store,
    user_id: str,
    *,
    days: int,
    limit: int,
    progress: Progress | None = None,
) -> ScanResult:
    me = mailbox.address()
    refs = mailbox.search(candidate_query(days), limit=limit)
    ids = [ref.id for ref in refs]
    rejections: list[tuple[Analysis, int]] = []
    unreadable = 0
    done = 0
    for fetched in _fetch_ahead(mailbox, ids):
        for outcome in fetched.values():
            if not isinstance(outcome, Fetched):
                unreadable += not isinstance(outcome, NotFound)  # deleted since the search: not worth a mention
                continue
            analysis = analyze(outcome.email, me=[me])
            if analysis.is_rejection:
                rejections.append((analysis, outcome.internal_date))
        done += len(fetched)
        if progress:
            progress(done, len(ids))
    drafted = store.drafted(user_id, [a.id for a, _ in rejections if a.id])
    replied = _replied(mailbox, days, [(a.thread_id, when) for a, when in rejections if a.thread_id], limit)
    items = [
        Found(
            analysis=a,
            internal_date=when,
            draft_id=drafted[a.id].draft_id if a.id in drafted else None,
            replied=(a.thread_id, when) in replied,
        )
        for a, when in rejections
    ]
    items.sort(key=lambda f: f.internal_date, reverse=True)
    return ScanResult(items=items, scanned=done, unreadable=unreadable)


def _fetch_ahead(mailbox: Mailbox, ids: list[str]) -> Iterator[dict[str, Fetched | SecondChanceError]]:
    """One batch's worth at a time, the next one on its way while the caller analyses this one: Gmail's
    latency hides behind our own work. Only the helper thread touches the mailbox until the last batch is in."""
    chunks = [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
    if not chunks:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gmail-fetch") as pool:
        pending = pool.submit(mailbox.fetch, chunks[0])
        for chunk in chunks[1:]:
            ready = pending.result()
            pending = pool.submit(mailbox.fetch, chunk)
            yield ready
        yield pending.result()


def analyse_message(mailbox: Mailbox, store: Store, user_id: str, message_id: str) -> Found:
    """One message, analysed, with its draft and reply state."""
    outcome = mailbox.fetch([message_id]).get(message_id)
    if outcome is None:
        raise NotFound("no such message in this mailbox")
    if isinstance(outcome, SecondChanceError):
        raise outcome
    analysis = analyze(outcome.email, me=[mailbox.address()])
    record = store.drafted(user_id, [message_id]).get(message_id)
    thread_id = analysis.thread_id
    answered = bool(thread_id) and has_reply_after(
        mailbox.threads([thread_id]).get(thread_id, []) if thread_id else [], outcome.internal_date
    )
    return Found(
        analysis=analysis,
        internal_date=outcome.internal_date,
        draft_id=record.draft_id if record else None,
        replied=answered,
    )


# Forward prefixes as mail clients write them: en, de (WG), fr (TR), es (RV, Reenv), pt (Enc), nl (Doorst).
_FORWARD = re.compile(r"^\s*(?:fwd?|wg|tr|rv|reenv|enc|doorst)\s*:", re.IGNORECASE)


def has_reply_after(thread: list[ThreadEntry], after: int) -> bool:
    """Did the owner answer in this thread after the message received at ``after``? Forwarding the rejection
    to someone else is not an answer."""
    return any(
        "SENT" in entry.label_ids and entry.internal_date > after and not _FORWARD.match(entry.subject)
        for entry in thread
    )


def _replied(mailbox: Mailbox, days: int, rejections: list[tuple[str, int]], limit: int) -> set[tuple[str, int]]:
    """The (thread, received) pairs the owner has answered. Only threads that hold something the owner sent in
    the period (one list query) are fetched, to compare when."""
    if not rejections:
        return set()
    sent_threads = {ref.thread_id for ref in mailbox.search(sent_query(days), limit=limit * 5)}
    to_check = sorted({thread for thread, _ in rejections if thread in sent_threads})
    if not to_check:
        return set()
    threads = mailbox.threads(to_check)
    return {
        (thread, when) for thread, when in rejections if thread in threads and has_reply_after(threads[thread], when)
    }
