"""Gmail's search language (the ``q`` parameter): tokenizer, recursive-descent parser, and matcher.

Precedence as in Gmail: ``OR`` binds tighter than the implicit AND, so ``a b OR c`` is ``a AND (b OR c)``;
``{a b c}`` is an OR group, ``(a b)`` an AND group, ``-x`` negates a word, phrase, operator or group.
Words match whole words, case-insensitively, with diacritics folded on both sides.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_WORD = re.compile(r"[^\W_]+")
_RELATIVE = re.compile(r"^(\d+)([dmy])$", re.IGNORECASE)
_SIZE = re.compile(r"^(\d+)([km]?)b?$", re.IGNORECASE)
_DATE_YMD = re.compile(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$")
_DATE_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
FIELD_GAP = 1_000  # positions between fields, so that a phrase never spans two of them

TEXT_OPERATORS = frozenset({"from", "to", "cc", "bcc", "subject", "deliveredto", "list", "filename"})
OTHER_OPERATORS = frozenset(
    {
        "in",
        "label",
        "category",
        "is",
        "has",
        "newer_than",
        "older_than",
        "after",
        "before",
        "newer",
        "older",
        "rfc822msgid",
        "larger",
        "smaller",
        "size",
    }
)
OPERATORS = TEXT_OPERATORS | OTHER_OPERATORS
IN_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "chat": "CHAT",
    "chats": "CHAT",
    "spam": "SPAM",
    "trash": "TRASH",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "unread": "UNREAD",
}
CATEGORIES = {
    "primary": "CATEGORY_PERSONAL",
    "personal": "CATEGORY_PERSONAL",
    "social": "CATEGORY_SOCIAL",
    "promotions": "CATEGORY_PROMOTIONS",
    "updates": "CATEGORY_UPDATES",
    "forums": "CATEGORY_FORUMS",
}
IS_LABELS = {"unread": "UNREAD", "starred": "STARRED", "important": "IMPORTANT", "chat": "CHAT", "draft": "DRAFT"}


class QueryError(ValueError):
    """A malformed query."""


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _pacific() -> tzinfo:
    try:
        return ZoneInfo("America/Los_Angeles")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=-8), "PST")


# --- the indexed message ------------------------------------------------------------------------------


@dataclass(slots=True)
class FieldIndex:
    words: frozenset[str]
    positions: dict[str, tuple[int, ...]]

    @classmethod
    def build(cls, texts: list[str]) -> FieldIndex:
        positions: dict[str, list[int]] = {}
        offset = 0
        for text in texts:
            found = words(text)
            for i, word in enumerate(found):
                positions.setdefault(word, []).append(offset + i)
            offset += len(found) + FIELD_GAP
        return cls(frozenset(positions), {w: tuple(p) for w, p in positions.items()})

    def has_phrase(self, phrase: tuple[str, ...]) -> bool:
        if not all(w in self.words for w in phrase):
            return False
        if len(phrase) == 1:
            return True
        rest = [frozenset(self.positions[w]) for w in phrase[1:]]
        return any(all(p + i + 1 in pos for i, pos in enumerate(rest)) for p in self.positions[phrase[0]])


@dataclass(slots=True)
class SearchDoc:
    """What search needs of one message, computed once when the message is stored."""

    fields: dict[str, FieldIndex]
    labels: frozenset[str]
    internal_ms: int
    message_id: str | None
    has_attachment: bool
    size: int

    @classmethod
    def build(
        cls,
        *,
        headers: Mapping[str, list[str]],
        text: str,
        filenames: list[str],
        labels: frozenset[str],
        internal_ms: int,
        message_id: str | None,
        size: int,
    ) -> SearchDoc:
        def h(name: str) -> list[str]:
            return headers.get(name, [])

        per_field = {
            "from": h("from") + h("sender"),
            "to": h("to") + h("cc") + h("bcc"),
            "cc": h("cc"),
            "bcc": h("bcc"),
            "subject": h("subject"),
            "deliveredto": h("delivered-to"),
            "list": h("list-id"),
            "filename": filenames,
        }
        fields = {name: FieldIndex.build(texts) for name, texts in per_field.items()}
        fields["all"] = FieldIndex.build(
            per_field["subject"] + per_field["from"] + per_field["to"] + filenames + [text]
        )
        return cls(fields, labels, internal_ms, message_id, bool(filenames), size)


# --- syntax tree --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    field: str
    phrase: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Op:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


Node = Term | Op | And | Or | Not


# --- tokenizer ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # WORD QUOTED OP NEG OR AND ( ) { }
    value: str
    pos: int
    spaced: bool  # whitespace before it


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    spaced = True
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            spaced = True
            continue
        if ch in "(){}":
            tokens.append(Token(ch, ch, i, spaced))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError(f"unterminated quote at {i}")
            tokens.append(Token("QUOTED", text[i + 1 : end], i, spaced))
            i = end + 1
        elif ch == "-" and spaced and (i + 1 == n or text[i + 1] in ")}"):
            raise QueryError(f"nothing to negate at {i}")
        elif ch in "-+" and i + 1 < n and not text[i + 1].isspace() and (spaced or text[i - 1] in "({-"):
            if ch == "-":
                tokens.append(Token("NEG", "-", i, spaced))
            i += 1  # "+word" is Gmail's exact-word form: whole words are all we match anyway
            spaced = False
            continue
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in '(){}"':
                i += 1
            word = text[start:i]
            name, colon, value = word.partition(":")
            if colon and name.lower() in OPERATORS:
                tokens.append(Token("OP", name.lower(), start, spaced))
                if value:
                    tokens.append(Token("WORD", value, start + len(name) + 1, False))
            elif word in ("OR", "AND"):
                tokens.append(Token(word, word, start, spaced))
            else:
                tokens.append(Token("WORD", word, start, spaced))
        spaced = False
    return tokens


# --- parser -------------------------------------------------------------------------------------------


@dataclass
class Query:
    root: Node | None
    # Positive mentions of in:spam / in:trash / in:drafts / in:anywhere lift the default exclusions.
    mentions: set[str] = field(default_factory=set)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def fail(self, what: str) -> QueryError:
        token = self.peek()
        where = f"at {token.pos}" if token else "at the end"
        return QueryError(f"{what} {where} in query {self.text!r}")

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.and_expr(None, closer=None)
        if self.peek() is not None:
            raise self.fail("unexpected " + repr(self.take().value))
        return node

    def and_expr(self, ctx: str | None, closer: str | None) -> Node:
        items: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token.kind == closer:
                break
            if token.kind in (")", "}"):
                raise self.fail(f"unbalanced {token.value!r}")
            if token.kind == "AND":
                if not items:
                    raise self.fail("AND without a left operand")
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in (")", "}", "OR", "AND"):
                    raise self.fail("AND without a right operand")
                continue
            items.append(self.or_expr(ctx))
        if not items:
            raise self.fail("empty group")
        return items[0] if len(items) == 1 else And(tuple(items))

    def or_expr(self, ctx: str | None) -> Node:
        items = [self.unary(ctx)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "}", "OR", "AND"):
                raise self.fail("OR without a right operand")
            items.append(self.unary(ctx))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def unary(self, ctx: str | None) -> Node:
        token = self.peek()
        if token is not None and token.kind == "NEG":
            self.take()
            if self.peek() is None:
                raise self.fail("nothing to negate")
            return Not(self.unary(ctx))
        return self.primary(ctx)

    def group(self, ctx: str | None) -> Node:
        opener = self.take()
        closer = ")" if opener.kind == "(" else "}"
        if opener.kind == "(":
            node = self.and_expr(ctx, closer=closer)
        else:
            items: list[Node] = []
            while (token := self.peek()) is not None and token.kind != closer:
                if token.kind in (")", "}"):
                    raise self.fail(f"unbalanced {token.value!r}")
                if token.kind in ("OR", "AND"):
                    self.take()  # redundant inside an OR group
                    continue
                items.append(self.or_expr(ctx))
            if not items:
                raise self.fail("empty group")
            node = items[0] if len(items) == 1 else Or(tuple(items))
        token = self.peek()
        if token is None or token.kind != closer:
            raise self.fail(f"missing {closer!r}")
        self.take()
        return node

    def primary(self, ctx: str | None) -> Node:
        token = self.peek()
        if token is None:
            raise self.fail("missing term")
        if token.kind in ("(", "{"):
            return self.group(ctx)
        if token.kind == "OP":
            self.take()
            value = self.peek()
            if value is None or value.spaced or value.kind not in ("WORD", "QUOTED", "(", "{"):
                raise self.fail(f"missing value for {token.value}:")
            if value.kind in ("(", "{"):
                return self.group(token.value)
            self.take()
            return make_operator(token.value, value.value)
        if token.kind in ("WORD", "QUOTED"):
            self.take()
            if ctx is not None:
                return make_operator(ctx, token.value)
            return Term("all", tuple(words(token.value)))
        if token.kind in ("OR", "AND"):
            raise self.fail(f"{token.kind} without a left operand")
        raise self.fail(f"unexpected {token.value!r}")


def make_operator(name: str, value: str) -> Node:
    if name in TEXT_OPERATORS:
        if value.lower() == "me" and name in ("from", "to", "cc", "bcc", "deliveredto"):
            return Op(name, "me")
        return Term(name, tuple(words(value)))
    lowered = value.lower()
    if name == "in" and lowered not in IN_LABELS and lowered != "anywhere":
        raise QueryError(f"unknown value in:{value}")
    if name == "category" and lowered not in CATEGORIES:
        raise QueryError(f"unknown value category:{value}")
    if name == "is" and lowered not in IS_LABELS and lowered != "read":
        raise QueryError(f"unknown value is:{value}")
    if name == "has" and lowered not in ("attachment", "userlabels", "nouserlabels"):
        raise QueryError(f"unknown value has:{value}")
    if name in ("newer_than", "older_than") and not _RELATIVE.match(value):
        raise QueryError(f"bad relative time {name}:{value}")
    if name in ("after", "before", "newer", "older"):
        parse_date_ms(value)
    if name in ("larger", "smaller", "size") and not _SIZE.match(value):
        raise QueryError(f"bad size {name}:{value}")
    if name == "rfc822msgid":
        value = value.strip().strip("<>")
        if not value:
            raise QueryError("empty rfc822msgid")
    return Op(name, value)


def parse_date_ms(value: str) -> int:
    """A date is midnight Pacific time, as in Gmail; a bare number is seconds since the epoch."""
    if value.isdigit() and len(value) >= 9:
        return int(value) * 1000
    match = _DATE_YMD.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DATE_MDY.match(value)
        if not match:
            raise QueryError(f"bad date {value!r}")
        month, day, year = (int(g) for g in match.groups())
    try:
        moment = datetime(year, month, day, tzinfo=_pacific())
    except ValueError as exc:
        raise QueryError(f"bad date {value!r}") from exc
    return int(moment.timestamp() * 1000)


def _mentions(node: Node | None, positive: bool, found: set[str]) -> None:
    if node is None:
        return
    if isinstance(node, Not):
        _mentions(node.item, not positive, found)
    elif isinstance(node, And | Or):
        for item in node.items:
            _mentions(item, positive, found)
    elif isinstance(node, Op) and positive:
        value = node.value.lower()
        if node.name in ("in", "label", "is"):
            if value == "anywhere" and node.name == "in":
                found.add("anywhere")
            elif value in ("spam", "trash"):
                found.add(value)
            elif value in ("draft", "drafts"):
                found.add("drafts")


def parse_query(text: str) -> Query:
    root = _Parser(text).parse()
    mentions: set[str] = set()
    _mentions(root, True, mentions)
    return Query(root, mentions)


# --- matching -----------------------------------------------------------------------------------------

Matcher = Callable[[SearchDoc], bool]


@dataclass(frozen=True, slots=True)
class Context:
    me: str
    now: datetime
    label_ids_by_name: Mapping[str, frozenset[str]]  # normalized label name -> label ids
    user_label_ids: frozenset[str]


def normalize_label_name(name: str) -> str:
    return re.sub(r"[\s/_-]+", "-", fold(name)).strip("-")


def _minus_months(moment: datetime, months: int) -> datetime:
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _relative_cutoff_ms(value: str, now: datetime) -> int:
    match = _RELATIVE.match(value)
    assert match is not None  # checked when parsed
    amount, unit = int(match.group(1)), match.group(2).lower()
    if unit == "d":
        cutoff = now - timedelta(days=amount)
    elif unit == "m":
        cutoff = _minus_months(now, amount)
    else:
        cutoff = _minus_months(now, 12 * amount)
    return int(cutoff.timestamp() * 1000)


def _size_bytes(value: str) -> int:
    match = _SIZE.match(value)
    assert match is not None
    return int(match.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[match.group(2).lower()]


def compile_query(node: Node | None, ctx: Context) -> Matcher:
    if node is None:
        return lambda doc: True
    return _compile(node, ctx)


def _labels_matcher(ids: frozenset[str]) -> Matcher:
    return lambda doc: not ids.isdisjoint(doc.labels)


def _compile(node: Node, ctx: Context) -> Matcher:
    if isinstance(node, Term):
        phrase, name = node.phrase, node.field
        if not phrase:
            return lambda doc: True  # punctuation only: Gmail ignores it
        if len(phrase) == 1:
            word = phrase[0]
            return lambda doc: word in doc.fields[name].words
        return lambda doc: doc.fields[name].has_phrase(phrase)
    if isinstance(node, Not):
        inner = _compile(node.item, ctx)
        return lambda doc: not inner(doc)
    if isinstance(node, And):
        parts = [_compile(item, ctx) for item in node.items]
        return lambda doc: all(part(doc) for part in parts)
    if isinstance(node, Or):
        single = [i for i in node.items if isinstance(i, Term) and len(i.phrase) == 1]
        fields = {i.field for i in single}
        if len(single) == len(node.items) and len(fields) == 1:
            # The common big OR of plain words: one set intersection instead of a loop.
            wanted = frozenset(i.phrase[0] for i in single)
            name = fields.pop()
            return lambda doc: not wanted.isdisjoint(doc.fields[name].words)
        parts = [_compile(item, ctx) for item in node.items]
        return lambda doc: any(part(doc) for part in parts)
    return _compile_op(node, ctx)


def _compile_op(node: Op, ctx: Context) -> Matcher:
    name, value = node.name, node.value
    lowered = value.lower()
    if name in TEXT_OPERATORS:  # only "me" reaches here
        phrase = tuple(words(ctx.me))
        return lambda doc: doc.fields[name].has_phrase(phrase)
    if name == "in":
        if lowered == "anywhere":
            return lambda doc: True
        return _labels_matcher(frozenset({IN_LABELS[lowered]}))
    if name == "label":
        ids = ctx.label_ids_by_name.get(normalize_label_name(value), frozenset())
        return _labels_matcher(ids)
    if name == "category":
        label = CATEGORIES[lowered]
        if label == "CATEGORY_PERSONAL":
            others = frozenset(v for v in CATEGORIES.values() if v != label)
            return lambda doc: label in doc.labels or others.isdisjoint(doc.labels)
        return _labels_matcher(frozenset({label}))
    if name == "is":
        if lowered == "read":
            return lambda doc: "UNREAD" not in doc.labels
        return _labels_matcher(frozenset({IS_LABELS[lowered]}))
    if name == "has":
        if lowered == "attachment":
            return lambda doc: doc.has_attachment
        user = ctx.user_label_ids
        if lowered == "userlabels":
            return lambda doc: not user.isdisjoint(doc.labels)
        return lambda doc: user.isdisjoint(doc.labels)
    if name in ("newer_than", "older_than"):
        cutoff = _relative_cutoff_ms(value, ctx.now)
        if name == "newer_than":
            return lambda doc: doc.internal_ms > cutoff
        return lambda doc: doc.internal_ms < cutoff
    if name in ("after", "newer"):
        moment = parse_date_ms(value)
        return lambda doc: doc.internal_ms >= moment
    if name in ("before", "older"):
        moment = parse_date_ms(value)
        return lambda doc: doc.internal_ms < moment
    if name == "rfc822msgid":
        return lambda doc: doc.message_id == value
    if name in ("larger", "size"):
        size = _size_bytes(value)
        return lambda doc: doc.size >= size
    if name == "smaller":
        size = _size_bytes(value)
        return lambda doc: doc.size < size
    raise QueryError(f"unsupported operator {name}:")  # pragma: no cover - every operator is handled above


def now_utc() -> datetime:
    return datetime.now(UTC)
