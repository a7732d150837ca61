"""The q language on its own: parsing, precedence, and what each operator matches."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from second_chance.emulator.search import And, Not, Op, Or, QueryError, Term, parse_query, tokenize
from second_chance.emulator.store import Store

from .conftest import NOW, ROBIN, make_raw


def w(word: str, field: str = "all") -> Term:
    return Term(field, tuple(word.split()))


def test_or_binds_tighter_than_and() -> None:
    assert parse_query("a b OR c").root == And((w("a"), Or((w("b"), w("c")))))
    assert parse_query("a OR b c").root == And((Or((w("a"), w("b"))), w("c")))
    assert parse_query("a AND b OR c").root == And((w("a"), Or((w("b"), w("c")))))
    assert parse_query("a or b").root == And((w("a"), w("or"), w("b")))  # lowercase "or" is a word


def test_groups_braces_and_negation() -> None:
    assert parse_query("-(a b)").root == Not(And((w("a"), w("b"))))
    assert parse_query("-{a b}").root == Not(Or((w("a"), w("b"))))
    assert parse_query("{a b c}").root == Or((w("a"), w("b"), w("c")))
    assert parse_query("x -y").root == And((w("x"), Not(w("y"))))
    assert parse_query("e-mail").root == w("e mail")  # a hyphen inside a word is no negation
    assert parse_query("--a").root == Not(Not(w("a")))


def test_phrases_and_operators() -> None:
    assert parse_query('"not moving forward"').root == w("not moving forward")
    assert parse_query('subject:"next steps"').root == w("next steps", "subject")
    assert parse_query("subject:(a b)").root == And((w("a", "subject"), w("b", "subject")))
    assert parse_query("from:{x y}").root == Or((w("x", "from"), w("y", "from")))
    assert parse_query('-subject:"re hi"').root == Not(w("re hi", "subject"))
    assert parse_query("from:jobs@acme.example").root == w("jobs acme example", "from")
    assert parse_query("in:inbox -in:sent").root == And((Op("in", "inbox"), Not(Op("in", "sent"))))
    assert parse_query("rfc822msgid:<a@b>").root == Op("rfc822msgid", "a@b")
    assert parse_query("http://x.example/a").root == w("http x example a")  # not an operator
    assert parse_query("").root is None
    assert parse_query("(a)").root == w("a")


def test_tokens_keep_positions() -> None:
    assert [t.kind for t in tokenize('-from:"a b" (c OR {d})')] == [
        "NEG",
        "OP",
        "QUOTED",
        "(",
        "WORD",
        "OR",
        "{",
        "WORD",
        "}",
        ")",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "(a",
        "a)",
        "{a",
        "a}",
        '"open',
        "OR a",
        "a OR",
        "a AND",
        "AND a",
        "()",
        "{}",
        "-",
        "subject:",
        "from: alice",
        "in:nowhere",
        "category:junk",
        "is:weird",
        "newer_than:3w",
        "after:2024/13/45",
        "before:yesterday",
        "larger:huge",
        "has:gold",
    ],
)
def test_malformed_queries(query: str) -> None:
    with pytest.raises(QueryError):
        parse_query(query)


# --- matching ----------------------------------------------------------------------------------------


@pytest.fixture
def store() -> Store:
    store = Store(lambda: NOW)
    store.add_user(ROBIN, "1")
    return store


def _ids(store: Store, q: str) -> set[str]:
    box = store.mailbox(ROBIN)
    return {m.id for m in store.list_messages(box, q, [], False)}


def test_words_are_whole_and_diacritics_fold_both_ways(store: Store) -> None:
    team = store.add_message(ROBIN, make_raw(body="Toute l'équipe vous remercie", message_id="<1@x>"))
    plain = store.add_message(ROBIN, make_raw(body="the equipe is small", message_id="<2@x>"))
    assert _ids(store, "equipe") == {team, plain}
    assert _ids(store, "ÉQUIPE") == {team, plain}
    assert _ids(store, "equip") == set()
    assert _ids(store, '"vous remercie"') == {team}
    assert _ids(store, '"remercie vous"') == set()


def test_free_text_covers_subject_addresses_and_html(store: Store) -> None:
    html = (
        b"From: Talent Team <talent@globex.example>\r\nTo: robin@example.com\r\nSubject: Update\r\n"
        b"Date: Mon, 04 Mar 2024 10:00:00 +0000\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><style>.hidden{}</style><body><p>We&rsquo;ve decided&nbsp;to <b>pursue</b> others</p></body></html>"
    )
    message = store.add_message(ROBIN, html)
    for query in ("talent", "globex", "talent@globex.example", "update", '"decided to pursue others"', "robin"):
        assert _ids(store, query) == {message}, query
    assert _ids(store, "hidden") == set()
    assert _ids(store, "from:globex -subject:update") == set()
    assert _ids(store, "to:robin@example.com subject:update from:(talent team)") == {message}
    assert _ids(store, "from:me") == set()
    assert _ids(store, "to:me") == {message}


def test_labels_categories_dates_and_more(store: Store) -> None:
    updates = store.add_message(
        ROBIN, make_raw(message_id="<u@x>"), labels=("INBOX", "CATEGORY_UPDATES", "Job Hunt/2024")
    )
    personal = store.add_message(
        ROBIN, make_raw(message_id="<p@x>", date="Sat, 01 Jun 2024 08:00:00 +0000"), labels=("INBOX", "UNREAD")
    )
    sent = store.add_message(ROBIN, make_raw(message_id="<s@x>", date="Fri, 01 Dec 2023 08:00:00 +0000"), ("SENT",))
    assert _ids(store, "category:updates") == {updates}
    assert _ids(store, "category:primary") == {personal, sent}
    assert _ids(store, "label:job-hunt-2024") == {updates}
    assert _ids(store, "is:unread") == {personal}
    assert _ids(store, "is:read") == {updates, sent}
    assert _ids(store, "in:sent") == {sent}
    assert _ids(store, "-in:sent") == {updates, personal}
    assert _ids(store, "newer_than:2d") == {personal}
    assert _ids(store, "older_than:2m") == {updates, sent}
    assert _ids(store, "older_than:3m") == {sent}
    assert _ids(store, "newer_than:1y") == {updates, personal, sent}
    assert _ids(store, "after:2024/03/01 before:2024/03/05") == {updates}
    assert _ids(store, "after:2024-03-05") == {personal}
    assert _ids(store, "before:12/02/2023") == {sent}
    assert _ids(store, "rfc822msgid:u@x") == {updates}
    assert _ids(store, "rfc822msgid:<p@x>") == {personal}
    assert _ids(store, "has:userlabels") == {updates}
    assert _ids(store, "{in:sent is:unread}") == {personal, sent}
    assert _ids(store, "-{in:sent is:unread}") == {updates}
    assert _ids(store, "smaller:10M") == {updates, personal, sent}
    assert _ids(store, "larger:1M") == set()


def test_has_attachment_and_filename(store: Store) -> None:
    raw = (
        b"From: a@x\r\nTo: robin@example.com\r\nSubject: CV\r\nDate: Mon, 04 Mar 2024 10:00:00 +0000\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n'
        b'--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="robin-cv.pdf"\r\n\r\n'
        b"%PDF\r\n--B--\r\n"
    )
    with_file = store.add_message(ROBIN, raw)
    store.add_message(ROBIN, make_raw(message_id="<n@x>"))
    assert _ids(store, "has:attachment") == {with_file}
    assert _ids(store, "filename:pdf") == {with_file}
    assert _ids(store, "filename:robin-cv.pdf") == {with_file}


def test_large_query_over_many_messages_is_fast() -> None:
    store = Store(lambda: datetime(2024, 6, 1, tzinfo=UTC))
    store.add_user(ROBIN, "1")
    vocabulary = [f"word{i}" for i in range(400)]
    bodies = []
    for i in range(5000):
        body = " ".join(vocabulary[(i * 7 + k) % 400] for k in range(60))
        bodies.append(f" {body} message{i} ")
        store.add_message(ROBIN, make_raw(message_id=f"<{i}@x>", body=body + f" message{i}"))
    phrase_pairs = [(vocabulary[i], vocabulary[i + 1]) for i in range(0, 200, 2)]
    phrases = " ".join(f'"{a} {b}"' for a, b in phrase_pairs)
    words = " ".join(vocabulary[300:350])
    expected = sum(
        1
        for body in bodies
        if any(f" {a} {b} " in body for a, b in phrase_pairs) or any(f" {x} " in body for x in vocabulary[300:350])
    )
    q = f"newer_than:1y -in:sent ({{{phrases}}} OR {{{words}}}) -subject:zzz"
    assert len(parse_query(q).root.items) == 4  # type: ignore[union-attr]
    box = store.mailbox(ROBIN)
    started = time.perf_counter()
    found = store.list_messages(box, q, [], False)
    elapsed = time.perf_counter() - started
    assert len(found) == expected
    assert elapsed < 3.0, elapsed
    started = time.perf_counter()
    store.list_messages(box, q, [], False)  # the next page of the same query is served from the cache
    assert time.perf_counter() - started < 0.05
