"""The first name of the human who wrote or signed the message, to greet them; 'Hiring Team' is nobody."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..email_model import Address
from ..platforms import ATS_BRANDS
from .signature import FOOTER, SignOff, segments
from .vocab import (
    CLOSING_WORDS,
    TITLE_WORDS,
    first_name,
    has_org_word,
    looks_like_person_name,
    squash_variants,
    strip_honorifics,
)


def extract_recruiter_name(
    *,
    sign_off: SignOff,
    senders: Iterable[Address],
    recipients: Iterable[Address],
    company: str | None,
) -> str | None:
    senders = tuple(senders)
    excluded = {sign_off.greeting_name.casefold()} if sign_off.greeting_name else set()
    for addr in recipients:
        excluded.update(token.casefold() for token in addr.name.split())
    company_keys = squash_variants(company) if company else set()

    def _names_company(text: str) -> bool:
        # "Maplecrest Mutual" (display) for "Maplecrest Mutual Insurance Company": a company, not a person.
        return any(key.startswith(variant) for key in company_keys for variant in squash_variants(text) if variant)

    def person(text: str) -> str | None:
        text = text.strip(" -–—,")
        if not looks_like_person_name(text) or _names_company(text):
            return None
        name = first_name(text)
        if not name or name.casefold() in excluded or name.casefold() in ATS_BRANDS or TITLE_WORDS.fullmatch(name):
            return None  # "Assistant", "Teamleider", "Indeed": a title or a platform signed, not a person
        return name

    for line in sign_off.lines[:3]:
        parts = segments(strip_honorifics(_PARENTHESES.sub("", line)), people=True)
        if not parts or FOOTER.search(line) or CLOSING_WORDS.search(line):
            continue
        if has_org_word(parts[0]) or parts[0].casefold() in _NOT_NAMES:
            break  # a person signs above the team or company line, never below it
        name = person(parts[0])
        if name:
            return _full_form(name, senders)
        if company_keys and squash_variants(parts[0]) & company_keys:
            break
    for addr in senders:
        if addr.name and "@" not in addr.name:
            display = segments(strip_honorifics(addr.name))[0] if segments(addr.name) else addr.name
            name = person(display)
            if name and (len(display.split()) > 1 or _local_part_names(addr, display)):
                return name
    return None


_PARENTHESES = re.compile(r"\s*\([^()]{0,30}\)")


def _full_form(signed: str, senders: Iterable[Address]) -> str:
    """'Gav' signing for Gavin Pryce: greet the name the sender goes by in full."""
    for addr in senders:
        given = first_name(addr.name) if addr.name else None
        if given and given != signed and given.casefold().startswith(signed.casefold()) and len(signed) >= 2:
            return given
    return signed


def _local_part_names(addr: Address, name: str) -> bool:
    local = addr.local_part
    return any(len(v) >= 3 and v in local for v in squash_variants(name))


_NOT_NAMES = frozenset(
    """
    unsubscribe privacy help imprint impressum datenschutz regards thanks cheers best sincerely
    confidential disclaimer legal terms contact careers jobs team recruiting hr
    """.split()
)
