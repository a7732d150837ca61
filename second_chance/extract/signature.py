"""The sign-off block at the end of a message: who signed, with which title, for which company."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import CLOSING, GREETING

FOOTER = re.compile(
    r"unsubscribe|privacy|receiving this|you received|©|copyright|https?://|www\.|sent with|powered by|"
    r"do not reply|don't reply|not monitored|unmonitored|automated|automatisch|abmelden|désinscri|darse de baja|"
    r"afmelden|cancelar (?:a )?subscrição|descadastr|[\w.+-]+@[\w-]+\.\w|envoyé (?:via|depuis|avec)|sent via|"
    r"enviado (?:a través|con|via)|gesendet (?:über|mit|via)|verzonden (?:via|met)",
    re.IGNORECASE,
)
_INLINE_CLOSING = re.compile(
    r"^(?P<closing>best|cheers|thanks|thank you|regards|best regards|kind regards|all the best|warmly|saludos|"
    r"grüße|groet(?:en)?|cumprimentos|cordialement|abraço)[,!]?\s+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\s*$",
    re.IGNORECASE,
)
_DASH_NAME = re.compile(r"^[—–-]\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\s*$")
_MAX_LINES = 10
_SHORT = 70
SEGMENT_SPLIT = re.compile(r"\s+[|·•–—]\s+|\s+-\s+|,\s+|\s+/\s+")
# Names signed together: "Ruth & the Tideline team", "Halima and Bertrand".
_PEOPLE_SPLIT = re.compile(
    r"\s+(?:&|and|und|et|y|e|en)\s+(?=(?:the|das|die|dein|ihr|l'|le|la|el|o|a|het|de|team|equipo|équipe|equipa)\b)"
)


@dataclass(frozen=True, slots=True)
class SignOff:
    lines: tuple[str, ...]  # the block's lines, signer first when there is one
    greeting_name: str | None  # the name the message greets ("Hi Mira," -> "Mira"): the recipient


# "Mit freundlichen Grüßen / Im Auftrag / Bernd Kaulen": a signing formula between the closing and the name.
_ON_BEHALF = re.compile(
    r"^(?:i\.\s?a\.|im auftrag|i\.\s?v\.|in vertretung|p\.\s?p\.?|pp\.?|p\.\s?o\.?)$", re.IGNORECASE
)

_ON_BEHALF_PREFIX = re.compile(r"^(?:i\.\s?a\.|i\.\s?v\.|p\.\s?p\.?)\s+(?=\w)", re.IGNORECASE)


def find_sign_off(text: str) -> SignOff:
    lines = [line.strip() for line in text.split("\n")]
    greeting = _greeting_name(lines)
    block = _after_closing(lines)
    if block is None:
        block = _trailing_block(lines)
    return SignOff(lines=tuple(block[:_MAX_LINES]), greeting_name=greeting)


def _greeting_name(lines: list[str]) -> str | None:
    for line in lines[:6]:
        if not line:
            continue
        if GREETING.match(line):
            rest = GREETING.sub("", line, count=1).strip(" ,:!")
            rest = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Sr|Sra|Mme|M|Mevrouw|Meneer|Sr\.|Sra\.)\.?\s+", "", rest)
            token = rest.split(" ")[0].strip(",:!") if rest else ""
            return token or None
        return None
    return None


def _after_closing(lines: list[str]) -> list[str] | None:
    nonblank = [i for i, line in enumerate(lines) if line]
    for i in reversed(nonblank[-30:]):
        line = lines[i]
        inline = _INLINE_CLOSING.match(line)
        if inline:
            return [inline.group("name"), *_block_after(lines, i + 1)]
        if CLOSING.match(line):
            return _block_after(lines, i + 1)
    return None


def _block_after(lines: list[str], start: int) -> list[str]:
    block: list[str] = []
    for line in lines[start:]:
        if not line or (not block and _ON_BEHALF.match(line)):
            continue
        if len(line) > 120:
            break
        if not block:
            line = _ON_BEHALF_PREFIX.sub("", line)  # "i.A. Bernd Kaulen"
        block.append(line)
        if len(block) >= _MAX_LINES:
            break
    return block


def _trailing_block(lines: list[str]) -> list[str]:
    """No closing formula: the run of short lines at the end (name, title, company) is the sign-off."""
    block: list[str] = []
    for line in reversed(lines):
        if not line:
            continue
        dash = _DASH_NAME.match(line)
        if dash:
            block.append(dash.group("name"))
            continue
        if FOOTER.search(line):
            if block:
                break
            continue
        if len(line) > _SHORT or line.endswith((".", "?", "!", ":")):
            break
        block.append(line)
        if len(block) >= _MAX_LINES:
            break
    block.reverse()
    return block


def segments(line: str, *, people: bool = False) -> list[str]:
    parts = [part.strip() for part in SEGMENT_SPLIT.split(line) if part.strip()]
    if people:
        parts = [p.strip() for part in parts for p in _PEOPLE_SPLIT.split(part) if p.strip()]
    return parts
