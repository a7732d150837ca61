"""Reply templates: placeholders, optional parts, and one default per supported language.

Syntax, chosen so a template reads like the letter it produces:

- ``{company}``, ``{role}``, ``{recruiter_name}``, ``{sender_name}``, ``{signature}`` are replaced by values;
- ``[ ... ]`` is kept only when every placeholder inside it has a value: ``[ about the {role} role]``;
- ``[A|B]`` keeps the first alternative whose placeholders all have values: ``[Hi {recruiter_name},|Hello,]``;
- ``{{``, ``}}``, ``[[``, ``]]`` and ``||`` (inside brackets) stand for the literal characters.

Anything else in braces is an unknown placeholder: a ``TemplateError`` naming it, never a silent gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import TemplateError

PLACEHOLDERS: tuple[str, ...] = ("company", "role", "recruiter_name", "sender_name", "signature")
MAX_TEMPLATE_CHARS = 10_000
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ESCAPES = {"{{": "\x00", "}}": "\x01", "[[": "\x02", "]]": "\x03", "||": "\x04"}
_UNESCAPE = {"\x00": "{", "\x01": "}", "\x02": "[", "\x03": "]", "\x04": "|"}


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    language: str
    name: str
    body: str


def validate(body: str) -> None:
    """Raise ``TemplateError`` for an unknown placeholder or unbalanced brackets."""
    _parse(body)


def render(body: str, values: Mapping[str, str | None]) -> str:
    parts = _parse(body)
    filled = {k: (v or "").strip() for k, v in values.items()}
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(_substitute(part, filled))
            continue
        for alternative in part:
            names = [m.group(1) for m in _PLACEHOLDER.finditer(alternative)]
            if all(filled.get(name) for name in names):
                out.append(_substitute(alternative, filled))
                break
    return _tidy("".join(out))


def _parse(body: str) -> list[str | list[str]]:
    if len(body) > MAX_TEMPLATE_CHARS:
        raise TemplateError(f"template too long: {len(body):,} characters (limit {MAX_TEMPLATE_CHARS:,})")
    text = body
    for seq, mark in _ESCAPES.items():
        if seq != "||":
            text = text.replace(seq, mark)
    parts: list[str | list[str]] = []
    pos = 0
    while pos < len(text):
        start = text.find("[", pos)
        end_stray = text.find("]", pos)
        if end_stray != -1 and (start == -1 or end_stray < start):
            raise TemplateError(f"unbalanced ']' at character {end_stray + 1}")
        if start == -1:
            parts.append(text[pos:])
            break
        end = text.find("]", start + 1)
        if end == -1:
            raise TemplateError(f"unclosed '[' at character {start + 1}")
        inner = text[start + 1 : end]
        if "[" in inner:
            raise TemplateError(
                f"nested '[' at character {start + 1 + inner.index('[') + 1}: optional parts do not nest"
            )
        parts.append(text[pos:start])
        parts.append([alt.replace("\x04", "|") for alt in inner.replace("||", "\x04").split("|")])
        pos = end + 1
    for part in parts:
        for chunk in [part] if isinstance(part, str) else part:
            _check_placeholders(chunk)
    return parts


def _check_placeholders(chunk: str) -> None:
    for match in _PLACEHOLDER.finditer(chunk):
        if match.group(1) not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise TemplateError(f"unknown placeholder {{{match.group(1)}}}; use one of {known}")
    leftover = _PLACEHOLDER.sub("", chunk)
    if "{" in leftover or "}" in leftover:
        raise TemplateError("unbalanced '{' or '}': write {{ or }} for a literal brace")


def _substitute(chunk: str, values: Mapping[str, str]) -> str:
    text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), chunk)
    for mark, char in _UNESCAPE.items():
        text = text.replace(mark, char)
    return text


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip() + "\n"


_EN = """[Hi {recruiter_name},|Hello,]

Thank you for letting me know[ about the {role} role]. I'm disappointed, of course, but I'm glad you found the right person for the team.

I really enjoyed the process and getting to know the people involved, and it has only made me more excited about the idea of working [at {company}|with you] someday.

If anything changes, or when a similar role opens up, I'd love to be considered. What would be the best way to stay on your radar?

[Best regards,
{sender_name}|Best regards]
[{signature}]
"""

_DE = """[Hallo {recruiter_name},|Guten Tag,]

vielen Dank, dass Sie mir Bescheid gegeben haben[ – auch wenn es mit der Stelle als {role} diesmal nicht geklappt hat]. Natürlich ist das eine Enttäuschung, aber ich freue mich, dass Sie die richtige Person für Ihr Team gefunden haben.

Der Bewerbungsprozess und das Kennenlernen haben mir viel Freude gemacht und mich in dem Wunsch bestärkt, eines Tages [bei {company}|mit Ihnen] zu arbeiten.

Falls sich etwas ändert oder eine ähnliche Stelle frei wird, würde ich mich sehr freuen, wieder von Ihnen zu hören. Wie bleibe ich am besten auf Ihrem Radar?

[Viele Grüße
{sender_name}|Viele Grüße]
[{signature}]
"""

_FR = """[Bonjour {recruiter_name},|Bonjour,]

Merci beaucoup pour votre retour[ concernant le poste de {role}]. C'est une déception, bien sûr, mais je me réjouis que vous ayez trouvé la bonne personne pour votre équipe.

J'ai beaucoup apprécié le processus et nos échanges, et cela n'a fait que renforcer mon envie de travailler un jour [chez {company}|avec vous].

Si la situation évolue ou si un poste similaire s'ouvre, n'hésitez pas à penser à moi. Quelle serait la meilleure façon de rester en contact pour de futures opportunités ?

[Bien cordialement,
{sender_name}|Bien cordialement]
[{signature}]
"""

_ES = """[Hola {recruiter_name}:|Hola:]

Muchas gracias por avisarme[ sobre el puesto de {role}]. Me da pena, claro, pero me alegra que hayan encontrado a la persona adecuada para el equipo.

Disfruté mucho del proceso y de conocer a las personas con las que hablé, y eso solo ha aumentado mis ganas de trabajar algún día [en {company}|con ustedes].

Si algo cambia o se abre un puesto similar, me encantaría que me tuvieran en cuenta. ¿Cuál sería la mejor forma de seguir en su radar para futuras oportunidades?

[Un saludo,
{sender_name}|Un saludo]
[{signature}]
"""

_NL = """[Hoi {recruiter_name},|Goedendag,]

Bedankt dat je me op de hoogte hebt gebracht[ over de functie {role}]. Het is natuurlijk jammer, maar ik ben blij dat jullie de juiste persoon voor het team hebben gevonden.

Ik heb de procedure en de kennismaking erg gewaardeerd, en het heeft me alleen maar enthousiaster gemaakt om ooit [bij {company}|met jullie] te werken.

Mocht er iets veranderen of komt er een vergelijkbare functie vrij, dan hoor ik het heel graag. Hoe blijf ik het beste in beeld voor toekomstige vacatures?

[Met vriendelijke groet,
{sender_name}|Met vriendelijke groet]
[{signature}]
"""

_PT = """[Olá {recruiter_name},|Olá,]

Agradeço muito o retorno[ sobre a vaga de {role}]. É uma pena, claro, mas fico feliz por terem encontrado a pessoa certa para a vaga.

Gostei muito do processo e de conhecer as pessoas com quem conversei, e isso só aumentou a minha vontade de um dia trabalhar com vocês[ – {company} continua no topo da minha lista].

Se algo mudar ou surgir uma vaga semelhante, adoraria voltar a conversar. Qual seria a melhor forma de continuar no radar de vocês para futuras oportunidades?

[Atenciosamente,
{sender_name}|Atenciosamente]
[{signature}]
"""

_BRIEF_EN = """[Hi {recruiter_name},|Hello,]

Thanks for letting me know, and for your time throughout the process. I'm glad you found the right person[ for the {role} role], and I'd still love to work [at {company}|with you] one day. If anything opens up in the future, I hope you'll keep me in mind. How can I best stay on your radar?

[Thanks again,
{sender_name}|Thanks again]
[{signature}]
"""

DEFAULT_TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template("classic-en", "en", "Classic (English)", _EN),
        Template("classic-de", "de", "Klassisch (Deutsch)", _DE),
        Template("classic-fr", "fr", "Classique (français)", _FR),
        Template("classic-es", "es", "Clásica (español)", _ES),
        Template("classic-nl", "nl", "Klassiek (Nederlands)", _NL),
        Template("classic-pt", "pt", "Clássico (português)", _PT),
        Template("brief-en", "en", "Brief (English)", _BRIEF_EN),
    )
}


def default_template_for(language: str) -> Template:
    return DEFAULT_TEMPLATES.get(f"classic-{language}", DEFAULT_TEMPLATES["classic-en"])


def get_template(template_id: str) -> Template:
    try:
        return DEFAULT_TEMPLATES[template_id]
    except KeyError:
        known = ", ".join(DEFAULT_TEMPLATES)
        raise TemplateError(f"unknown template {template_id!r}; built-in templates: {known}") from None
