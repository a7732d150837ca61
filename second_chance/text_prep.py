"""From a message's text to what the detector reads: the new part only, in sentences.

Earlier messages quoted below a reply, signatures and phrases in quotation marks must not decide the
verdict: a friend quoting "we have decided to pursue other candidates" has not been rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u00ad": None,
        "\u034f": None,
        "\r": None,
    }
)

# Where an earlier message starts: attribution lines of the common clients in our languages, Outlook's
# header block and separators, and '>' quoting.
_REPLY_MARKERS = re.compile(
    r"""^(?:
        (?:On|Le|Am|El|Op|Em|Il|Den)\s[^\n]{1,250}(?:\n[^\n]{1,250})?\s
            (?:wrote|a\s[ée]crit|schrieb|escribi[óo]|schreef|escreveu|ha\sscritto|skrev)[^\n]{0,80}:[ \t]*$
        | -{2,}\s*(?:Original\sMessage|Ursprüngliche\sNachricht|Message\sd'origine|Mensaje\soriginal|
                   Oorspronkelijk\sbericht|Mensagem\soriginal|Messaggio\soriginale)\s*-{2,}[^\n]*$
        | _{20,}[ \t]*$
        | (?:From|Von|De|Van|Da)\s?:[ \t][^\n]+\n(?:[^\n]*\n){0,3}?
            (?:Sent|Date|Gesendet|Datum|Envoy[ée]|Enviado|Verzonden|Data|Inviato)\s?:[ \t]
        | >[^\n]*
    )""",
    re.MULTILINE | re.VERBOSE,
)
_SIGNATURE_MARKERS = re.compile(
    r"""^(?:
        --[ \t]?$
        | (?:Sent\sfrom\smy|Get\sOutlook\sfor|Von\smeinem|Envoy[ée]\sde\smon|Enviado\sdesde\smi|
           Verzonden\svanaf\smijn|Enviado\sdo\smeu|Gesendet\svon)\b[^\n]*$
    )""",
    re.MULTILINE | re.VERBOSE,
)
_QUOTED_SPEECH = re.compile(r'"[^"\n]{3,600}"|«[^»\n]{3,600}»|‹[^›\n]{3,600}›')
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s")
# A sentence ends at . ! ? … before a capital, but not after a day number ("am 30. September").
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[\"'(¿¡]?[A-ZÀ-ÖØ-ÞĀ-Ž0-9])")
_SPACES = re.compile(r"[ \t]+")
_MAX_SENTENCE = 600


def normalize(text: str) -> str:
    """Unify apostrophes, quotes and spaces so patterns can be written once."""
    return text.translate(_TRANSLATE)


@dataclass(frozen=True, slots=True)
class PreparedText:
    new_part: str  # the message's own text: quoted earlier messages removed, signature kept
    quoted_part: str  # what was cut off as an earlier message
    body: str  # new_part without the signature block
    sentences: tuple[str, ...]  # sentences of the subject and body, quoted speech blanked out


def prepare(subject: str, text: str, *, keep_quoted: bool = False) -> PreparedText:
    """``keep_quoted``: read the quoted part too (a forwarded message is the point of a forward)."""
    text = normalize(text)
    new_part, quoted = split_reply(text)
    body = split_signature(new_part)
    if keep_quoted and quoted:
        unquoted = "\n".join(line.lstrip("> ") for line in quoted.split("\n"))
        body = f"{body}\n\n{unquoted}"
    sentences = [blank_quoted_speech(normalize(subject))] if subject else []
    sentences.extend(split_sentences(body, blank_quotes=True))
    return PreparedText(new_part=new_part, quoted_part=quoted, body=body, sentences=tuple(sentences))


def split_reply(text: str) -> tuple[str, str]:
    match = _REPLY_MARKERS.search(text)
    if match is None:
        return text.strip(), ""
    head = text[: match.start()].strip()
    if not head:
        # Bottom-posted or fully quoted: keep the unquoted lines rather than nothing.
        unquoted = "\n".join(line for line in text.splitlines() if not line.startswith(">"))
        return unquoted.strip(), text
    return head, text[match.start() :]


def split_signature(text: str) -> str:
    match = _SIGNATURE_MARKERS.search(text)
    if match is None or match.start() == 0:
        return text
    return text[: match.start()].rstrip()


def blank_quoted_speech(sentence: str) -> str:
    return _QUOTED_SPEECH.sub(" … ", sentence)


def paragraphs(text: str) -> list[str]:
    """Paragraphs with hard-wrapped lines joined; short lines (signatures, lists) stay lines."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        joined: list[str] = [lines[0]]
        for line in lines[1:]:
            prev = joined[-1]
            if len(prev) >= 40 and not _BULLET.match(line) and not prev.endswith(":"):
                joined[-1] = f"{prev} {line}"
            else:
                joined.append(line)
        result.append("\n".join(joined))
    return result


def split_sentences(text: str, *, blank_quotes: bool = False) -> list[str]:
    sentences: list[str] = []
    for para in paragraphs(text):
        if blank_quotes:
            # Before splitting: a quotation often spans several sentences.
            para = blank_quoted_speech(para)
        for line in para.split("\n"):
            for sentence in _SENTENCE_END.split(line):
                sentence = sentence.strip()
                if sentence:
                    sentences.append(sentence[:_MAX_SENTENCE])
    return sentences
