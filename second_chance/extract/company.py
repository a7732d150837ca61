"""The employer's name, as a person would write it in a reply ("Northwind Analytics", never "Greenhouse").

Candidates come from the sender's display name, phrases in the body ("the Backend role at Northwind"),
the sign-off ("Talent Partner, Northwind Analytics Inc."), the subject and, last, the sender's domain;
each source adds weight, and agreement with the domain or the ATS tenant slug adds more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..email_model import Address
from ..platforms import (
    ATS_BRANDS,
    is_ats_address,
    is_automated_address,
    is_freemail,
    is_job_board_address,
    registrable_label,
)
from .signature import SignOff, segments
from .vocab import (
    CAPITAL_ARTICLE,
    LEGAL_SUFFIX,
    ORG_WORDS,
    TEAM_WORDS,
    TITLE_WORDS,
    has_org_word,
    has_team_word,
    looks_like_person_name,
    squash_variants,
    strip_accents,
    strip_honorifics,
    tidy_company,
)

_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w&'’.+-]*|&)"
_CONNECTOR = r"(?:&|and|of|for|de|du|des|la|le|van|von|der|den|y|e|del|do|da|am|an|und|et|\+)"
_SUFFIX = r"(?:,? (?:Inc|LLC|Ltd|GmbH|AG|SA|S\.A\.|B\.V\.|Lda|Ltda|PLLC|LLP|plc)\.?)?"
ORG = rf"{_TOKEN}(?: (?:{_CONNECTOR} )?{_TOKEN}){{0,5}}{_SUFFIX}"
_ORG_LAZY = rf"{_TOKEN}(?: (?:{_CONNECTOR} )?{_TOKEN}){{0,5}}?"
_ORG_RE = re.compile(ORG)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_Adder = Callable[[str, float, str], None]

_EN_BODY = (
    rf"(?:position|role|job|opening|vacancy|post|opportunity|career|careers|openings|roles|positions|work|working|"
    rf"interest|interested|applying|application|applied|candidacy|journey|apply|joining|join|hiring|future|time|"
    rf"team|everyone|us|here|process|requisition|posting|opportunities)\s(?:at|with|to|in|for|on)\s(?:the\s)?(?P<c>{ORG})",
    rf"(?:interest in|applying to|applied to|application to|considering|join|joining|behalf of|thinking of|"
    rf"part of|interest in joining|interest in working (?:at|with)|career with|future with)\s(?:the\s)?(?P<c>{ORG})",
    rf"(?P<c>{ORG})(?:'s|’s)?\s(?:hiring|recruiting|recruitment|talent|people|hr|engineering|leadership)\s(?:team|group)",
    # Agency recruiters relaying a decision: "feedback from Northgate", "Karen at Northgate Logistics about ...".
    rf"(?:feedback|heard back|back|news|word|update|decision|call|phone|spoke|spoken|speaking)\s(?:from|with)\s"
    rf"(?:[A-Z]\w+\s(?:at|from)\s)?(?P<c>{ORG})",
    rf"\b[A-Z][a-z]+\s(?:at|from)\s(?P<c>{ORG})(?=\s(?:about|regarding|re|on|for|and|who)\b|[,.;:])",
    rf"(?:update|news|feedback)\s(?:on|from|about|regarding)\s(?P<c>{ORG})",
    rf"(?:shifts?|assignment|contract|interview|placement)\s(?:at|with|for)\s(?P<c>{ORG})",
    rf"\b(?i:recruiter|partner|manager|lead|director|head|coordinator|specialist|advisor|sourcer|founder|ceo|cto)"
    rf"\s(?:at|@)\s(?P<c>{ORG})",
)
_BODY_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    lang: tuple(re.compile(p) for p in patterns)
    for lang, patterns in {
        "en": _EN_BODY,
        "de": (rf"\b(?:bei|für|an|von)\s(?:der\s|die\s|den\s)?(?P<c>{ORG})",),
        "fr": (rf"\b(?:chez|de la société|au sein de|au sein d['’]|pour|à)\s(?:la\s|l['’])?(?P<c>{ORG})",),
        "es": (rf"\b(?:en|con|de|para)\s(?P<c>{ORG})",),
        "nl": (rf"\b(?:bij|voor|van)\s(?P<c>{ORG})",),
        "pt": (rf"\b(?:na|no|pela|pelo|da|do|com)\s(?P<c>{ORG})",),
    }.items()
}
_TEAM_LINE = re.compile(
    rf"^(?:the\s|ihr\s|dein\s|l['’]équipe\s|el equipo de\s|equipo de\s|equipa de\s|time de\s|het\s|o\s|a\s|team\s)?"
    rf"(?:(?:recruiting|recruiting-team|talent|talent-team|hr|people|hiring|recrutement|selección|recrutamento|"
    rf"talent acquisition|recursos humanos|ressources humaines)\s(?:team\s)?"
    rf"(?:der|de|von|of|at|bei)\s)?(?P<c>{_ORG_LAZY})\s?(?:hiring team|talent team|talent acquisition|recruiting team|"
    rf"recruiting|recruitment|careers|people team|hr team|team|crew|jobs|talent|hiring|recruitment team)?$",
    re.IGNORECASE,
)
# Words of a person's job title (not of a team's name): "Senior Recruiter | Meridale Staffing".
_PERSON_TITLE = re.compile(
    r"\b(?:recruiter|manager|partner|coordinator|director|lead|head|specialist|advisor|adviser|officer|consultant|"
    r"founder|co-founder|ceo|cto|coo|cfo|vp|president|owner|editor|associate|generalist|sourcer|assistant|analyst|"
    r"engineer|administrator|representative)\b",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    """
    i we our your you the this that these thank thanks hi hello dear best kind regards unfortunately
    please team monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today tomorrow yesterday
    candidate home career site careers page talent community applicant portal human resources talent
    acquisition recruiting hiring linkedin email mail us uk eu usa europe remote hybrid london
    berlin paris madrid amsterdam lisbon new york san francisco boston pacific cet et pt gmt utc am
    pm mr mrs ms dr sir madam herr frau madame monsieur mister re fw fwd ok hr cv frau herr sie ihr
    ihre ihnen wir uns unser vous nous votre notre usted nosotros je jij u wij uw você nós
    unfortunately leider malheureusement lamentablemente helaas infelizmente application
    applications position role job interview interviews offer update status decision next step steps
    feedback survey candidatura candidature bewerbung bewerbungen sollicitatie kandidatuur postulación
    postulacion solicitud vacante vacantes vacature vacatures vaga vagas stelle stellen poste postes puesto
    absage processo proceso procédure graduate intake internship apprenticeship
    christmas natal navidad noël noel weihnachten kerst kerstmis easter páscoa pascua pâques ostern pasen
    """.split()
)
# A web or mail domain is where a company lives, not how a person names it in a reply.
_DOMAIN_LIKE = re.compile(r"^(?:www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


@dataclass
class _Candidate:
    name: str
    score: float = 0.0
    sources: set[str] = field(default_factory=set)
    agrees_with_sender: bool = False
    raw: set[str] = field(default_factory=set)  # the texts it was found as, before tidying


def extract_company(
    *,
    subject: str,
    body: str,
    sign_off: SignOff,
    sender: Address | None,
    reply_to: Iterable[Address],
    recipients: Iterable[Address],
    language: str = "en",
    exclude: Iterable[str] = (),
    debug: list[tuple[str, float, list[str]]] | None = None,
) -> str | None:
    """The best-supported employer name, or None. ``debug`` receives the ranked candidates."""
    pool: dict[str, _Candidate] = {}
    excluded = _excluded_names(recipients, exclude)

    def add(name: str, weight: float, source: str) -> None:
        raw = name
        name = _YEAR_PREFIX.sub("", _CAREERS_SITE.sub("", name.strip()))
        name = tidy_company(_strip_team_words(tidy_company(name)))
        if not _plausible(name, excluded):
            return
        if source.startswith("body") and looks_like_person_name(name):
            weight *= 0.5  # "with Priya" is more often a person than a firm
        key = name.casefold()
        cand = pool.setdefault(key, _Candidate(name))
        cand.raw.add(raw)
        if source not in cand.sources or source.startswith("body"):
            cand.score += weight
        cand.sources.add(source)

    keys = _sender_keys(sender, reply_to)
    for address, weight in ((sender, 3.0), *((a, 1.5) for a in reply_to)):
        if address is not None:
            org = _org_from_display(address)
            if org:
                add(org, weight + 1.0, "display")  # how the sender names itself
    senders = {a.name.casefold() for a in (sender, *reply_to) if a is not None and a.name}
    for position, line in enumerate(sign_off.lines):
        if (position == 0 and looks_like_person_name(line)) or line.casefold() in senders:
            continue  # the signer, not the company
        _from_sign_off_line(line, add)
    _family_business(sign_off, sender, add)
    _signed_as_display(sign_off, sender, add)
    _from_footer(body, add)
    for match in _CLIENT.finditer(body[:6000]):
        add(_trim_org(match.group("c")), 3.0, "client")
    patterns = _BODY_PATTERNS["en"] + (_BODY_PATTERNS.get(language, ()) if language != "en" else ())
    for match in _DECIDER.finditer(body[:6000]):
        add(_trim_org(match.group("c")), 3.0, "decider")
    for match in _LABELLED.finditer(body[:6000]):
        add(match.group("c"), 5.0, "labelled")  # "Agency: Federal Maritime Data Service"
    for match in _LEGAL_IN_TEXT.finditer(body):
        name = tidy_company(match.group("c")).casefold()
        if not (name in pool and "legal" in pool[name].sources):
            add(match.group("c"), 1.5, "legal-text")  # "Harrowgate Mutual Society plc is registered in ..."
    for pattern in patterns:
        for count, match in enumerate(pattern.finditer(body[:6000])):
            if count >= 4:
                break
            add(_trim_org(match.group("c")), 1.0, f"body:{pattern.pattern[:12]}")
    _from_subject(subject, add)
    for key in keys:
        if key and not any(key in squash for cand in pool.values() for squash in squash_variants(cand.name)):
            spelled = _spelled_out(key, f"{subject}\n{body}")
            if spelled:
                add(spelled, 2.0, "spelled")  # "harrowgatemutual" written out as "Harrowgate Mutual"
            else:
                add(_title_from_slug(key), 0.5, "domain")
    if not pool:
        return None
    has_client = any("client" in cand.sources for cand in pool.values())
    agency = _CLIENT_MENTION.search(body) is not None
    for cand in pool.values():
        variants = squash_variants(cand.name)
        agrees = "domain" not in cand.sources and any(_keys_agree(v, k) for v in variants for k in keys)
        cand.agrees_with_sender = agrees
        if agrees:
            cand.score += 2.0
        occurrences = body.count(cand.name)
        cand.score += min(1.0, 0.3 * occurrences)
        if has_client and (agrees or "display" in cand.sources) and "client" not in cand.sources:
            cand.score *= 0.3  # an agency writing about "our client": the sender is not the employer
    _absorb_parts(pool)
    _prefer_expansions(pool)
    ranked = sorted(pool.values(), key=lambda c: (c.score, len(c.name)), reverse=True)
    own = [c for c in ranked if c.agrees_with_sender or "display" in c.sources]
    others = [c for c in ranked if c not in own and not any(_AGENCY.search(raw) for raw in c.raw)]
    agency_name = any(_AGENCY.search(raw) for c in own for raw in c.raw)
    # "They've decided ...", "Vantage Mutual have gone with ...": someone else decided, so the sender relays it.
    relayed = _THIRD_PERSON.search(body[:6000]) is not None or any("decider" in c.sources for c in others)
    if agency or ((agency_name or relayed) and others and others[0].score >= 1.5):
        # A recruitment agency writes for a client: the employer is the client, or nobody we can name.
        ranked = others
        if not ranked:
            return None
    if debug is not None:
        debug.extend((c.name, round(c.score, 2), sorted(c.sources)) for c in ranked)
    best = ranked[0]
    if best.score >= 1.0:
        return best.name
    # A person writing from a company domain and naming nothing else ("ayo@driftkite.example"): the domain's
    # own word is the name, when it reads as one word and not an abbreviation.
    if (
        best.sources == {"domain"}
        and len(pool) == 1
        and _WORD_LIKE_DOMAIN.fullmatch(best.name)
        and not _STAFFING_STEM.search(best.name)  # "Staffhive" relays for an employer it does not name
    ):
        return best.name
    return None


_DEPARTMENT = re.compile(
    r"(?:(?:finance|accounting|marketing|sales|engineering|operations|product|design|data|analytics|it|legal|"
    r"technology|tech|research|development|r&d|growth|strategy|communications|customer success|support|platform|"
    r"infrastructure|security|payments|risk|compliance|procurement|logistics|supply chain|emea|apac|americas|"
    r"administration|people|talent|hr|digital|retail|banking|insurance|healthcare|consumer|industrial|commercial|"
    r"external relations|internal communications|corporate affairs|faculty of \w+|school of \w+|department of \w+|"
    r"division of \w+|office of \w+|human capital|clinical trials unit|estates|facilities)"
    r"(?:\s(?:&|and|und|et|y|e)\s|\s)?)+",
    re.IGNORECASE,
)
# The organisation that made the decision, named as the subject of it: "Vantage Mutual have gone with ...".
_DECIDER = re.compile(
    rf"(?P<c>{ORG})\s(?:have|has|had)\s(?:now\s|just\s|unfortunately\s|also\s)?(?:decided|gone|chosen|filled|"
    rf"selected|come back|gotten back|got back|offered|appointed|hired|pulled|withdrawn|cancell?ed)"
)
_LABELLED = re.compile(
    rf"^(?i:agency|employer|company|organi[sz]ation|department|hiring organi[sz]ation|unternehmen|entreprise|"
    rf"empresa|organisatie|werkgever|arbeitgeber|employeur)\s?:\s?(?P<c>{ORG})\s*$",
    re.MULTILINE,
)
_LEGAL_IN_TEXT = re.compile(
    rf"(?P<c>{_TOKEN}(?: (?:{_CONNECTOR} )?{_TOKEN}){{0,5}}?),? (?:Inc|LLC|Ltd|GmbH|AG|SA|S\.A\.|B\.V\.|BV|NV|Lda|"
    rf"Ltda|PLLC|LLP|plc|Plc|PLC|Pvt|S\.L\.|SAS|SARL|S\.r\.l\.)\.?(?=[\s,;:)]|$)"
)
_THIRD_PERSON = re.compile(
    r"\bthey(?:'ve| have| had|'d)? (?:now |just |unfortunately |finally |also |since )?(?:decided|gone|went|chosen|"
    r"chose|selected|opted|appointed|offered|filled|hired)\b|\bils ont (?:finalement )?(?:décidé|choisi|retenu|opté)|"
    r"\b(?:ze|zij) hebben (?:\w+ )?(?:besloten|gekozen)|\b(?:eles|elas) (?:decidiram|optaram|escolheram)|"
    r"\bse han decantado|\b(?:ellos|ellas) (?:han )?(?:decidido|optado|elegido)",
    re.IGNORECASE,
)
# A recruiter relaying a client's decision ("heard back from the client", "the client has decided").
_CLIENT_MENTION = re.compile(
    r"\b(?:heard back|feedback|news|word|update|answer|response|decision|call) from (?:the|our|my) client\b|"
    r"\b(?:the|our|my) client (?:has|have|had|is|was|decided|came back|got back|went|chose|selected|filled)\b|"
    r"\b(?:notre|le) client (?:a|est)\b|\bretour (?:de|du) (?:notre )?client\b|\bunse?re?[mn]? (?:kunden|mandanten) "
    r"(?:hat|haben|ist)\b|\bder kunde (?:hat|ist)\b|\b(?:nuestro|el) cliente (?:ha|se)\b|\b(?:o nosso|nosso|o) cliente "
    r"(?:decidiu|optou|escolheu|já)\b|\b(?:onze|de) klant (?:heeft|is)\b",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"\b(?:search|recruitment|recruiters|staffing|personnel|resourcing|headhunt\w*|placements?|executive|talents|"
    r"personalberatung|personaldienst\w*|zeitarbeit|intérim|interim|uitzendbureau|werving|selectie|headhunting|"
    r"talent partners|recruiting partners|staff|people(?= ?$))\b",
    re.IGNORECASE,
)


def _excluded_names(recipients: Iterable[Address], people: Iterable[str]) -> set[str]:
    names = {p.casefold() for p in people if p}
    for addr in recipients:
        if addr.name:
            names.add(addr.name.casefold())
            names.update(tok.casefold() for tok in addr.name.split())
    return names


_FUNCTION_WORDS = frozenset("of and the for des de du la le les et und der die das van het y e do da".split())


def _plausible(name: str, excluded: set[str]) -> bool:
    if len(name) < 2 or len(name) > 60 or not any(ch.isalpha() for ch in name) or _MONEY.search(name):
        return False
    if _DOMAIN_LIKE.search(name) or _STREET.search(name) or name[0] in "&+-" or "(" in name:
        return False  # a web address, a street, a fragment, "Briones (La Rioja)"
    if _REFERENCE_NUMBER.search(name):
        return False  # "Kennziffer 2025-117"
    folded = name.casefold()
    if folded in excluded or folded in _GENERIC or folded in ATS_BRANDS:
        return False
    tokens = folded.split()
    if all(t in _GENERIC or t in TEAM_WORDS for t in tokens) or TITLE_WORDS.search(name):
        return False
    if all(t in _FUNCTION_WORDS for t in tokens):
        return False  # what is left of "Direction des Ressources Humaines" once its team words are gone
    if CAPITAL_ARTICLE.match(name) and len(tokens) >= 2:
        return True  # "The Copper Pan": the article is the name's own
    return tokens[0] not in {
        "your",
        "our",
        "my",
        "the",
        "this",
        "a",
        "an",
        "we",
        "thank",
        "thanks",
        "dear",
        "hi",
    }


def _org_from_display(address: Address) -> str | None:
    display = address.name.strip().strip('"')
    if not display or "@" in display:
        return None
    display = _ON_BEHALF.split(display, maxsplit=1)[0]
    person_at = _PERSON_AT.match(display)
    if person_at:
        display = person_at.group("org")  # "Priya from Quillmere", "Ana de Tulpstra": the part after the person
    parts = segments(display)
    if len(parts) > 1:
        # "Marloes van Dam | Tulpstra Software", "Selección · Pampa Digital": keep the organisation part.
        orgs = [p for p in parts if not (looks_like_person_name(strip_honorifics(p)) and not has_org_word(p))]
        orgs = [p for p in orgs if _strip_team_words(p)]
        display = orgs[-1] if orgs else ""
    if not display or display.casefold() in ATS_BRANDS:
        return None
    if " " not in display and display.islower():
        return None  # a tenant slug such as 'kittiwakeenergy': used for matching only
    # An automated or ATS sender is never a person writing: its one-word name ("Lumenweft") is the company.
    robot_name = " " not in display and (is_automated_address(address.email) or is_ats_address(address.email))
    if looks_like_person_name(display) and not has_team_word(display) and not robot_name:
        return None
    return _strip_team_words(display) or None


# "our client, Northgate Logistics", "notre client, la Brasserie Coulombel": an agency names the employer.
_CLIENT = re.compile(
    rf"\b(?i:our client|my client|a client of ours|notre client|unse?re?[mn]? (?:kunden|mandanten)|"
    rf"nuestro cliente|nosso cliente|o nosso cliente|onze klant|mijn klant)\b,?:? (?i:la |le |l'|el |la |o |a |"
    rf"de |der |die |het )?(?P<c>{ORG})"
)
_ADDRESS_PART = re.compile(r"\d")
_POSTCODE = re.compile(r"\d{4,}|\b\d+\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b")
_FOOTER_SPLIT = re.compile(r"\s[·|•]\s")


def _from_footer(body: str, add: _Adder) -> None:
    """Footer lines such as "Greyhaven Software · 4 Dawson Street · Dublin 2" name the company first."""
    lines = [line.strip() for line in body[-3000:].split("\n") if line.strip()]
    for line in lines[-25:]:
        if _EMAIL.search(line) or "http" in line:
            continue
        parts = [p.strip() for p in _FOOTER_SPLIT.split(line) if p.strip()]
        if _named_first(parts) and (len(parts) == 2 or any(_ADDRESS_PART.search(p) for p in parts[1:])):
            add(parts[0], 0.3 if looks_like_person_name(parts[0]) else 2.0, "footer")


def _named_first(parts: list[str]) -> bool:
    """Does a footer or sign-off line start with a name ("Quai 9 Analytics · 27 rue ...": a number in a name is
    fine; a postcode or a person's title is not)?"""
    return (
        len(parts) >= 2
        and not parts[0][:1].isdigit()
        and not _POSTCODE.search(parts[0])
        and not _PERSON_TITLE.search(parts[0])
        and _ORG_RE.fullmatch(parts[0]) is not None
    )


_ON_BEHALF = re.compile(
    r"\s+(?:via|on behalf of|through|über|im auftrag von|namens|de la part de|pour le compte de|en nombre de|"
    r"em nome de|par l'intermédiaire de)\s+",
    re.IGNORECASE,
)
_PERSON_AT = re.compile(r"^[A-ZÀ-Þ][\w'’-]+\s(?:from|at|@|de|von|bei|chez|van|da|do)\s(?P<org>[A-ZÀ-Þ0-9].+)$")
# Careers-site names: "Werken bij Gemeente Zuiderhaven", "Careers at Acme", "Karriere bei Nordlicht".
_CAREERS_SITE = re.compile(
    r"^(?:werken bij|working at|work at|careers at|careers @|jobs at|jobs @|arbeiten bei|karriere bei|jobs bei|"
    r"carrières chez|carrières|travailler chez|trabaja en|trabajar en|empleo en|carreiras|trabalhe na|trabalhe no)\s+",
    re.IGNORECASE,
)
# A street address ("Marktplatz 3", "14 Church Lane") is where a company is, not its name.
_STREET = re.compile(
    r"^\d+\w?\s+\S.*\b(?:street|st|road|rd|lane|avenue|ave|way|close|square|drive)\b|"
    r"\b(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|rue|avenue|calle|avenida|rua|travessa|laan|straat|plein|"
    r"kade|gracht)\s*\d+\w?$|^[\wäöüß-]+(?:straße|strasse|weg|platz|gasse|allee|laan|straat|plein)\s+\d+",
    re.IGNORECASE,
)
_WORD_LIKE_DOMAIN = re.compile(r"[A-Z][a-z]{4,}")
_STAFFING_STEM = re.compile(r"staff|recruit|talent|search|hire|hiring|jobs|personnel|people|career|interim|temp", re.I)
_REFERENCE_NUMBER = re.compile(r"\d{4,}|\d+[-/]\d+")
_YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d\s+")
_MONEY = re.compile(r"[$€£¥]|\b(?:usd|eur|gbp|chf|brl|inr|aud|cad)\b|\d+\s?k\b", re.IGNORECASE)
_CONNECTOR_WORDS = frozenset({"for", "of", "de", "du", "des", "der", "van", "von", "da", "do", "del", "für"})
_OFFICIAL = frozenset({"department", "office", "ministry", "bureau", "directorate"})


def _strip_team_words(name: str) -> str:
    stripped = _strip_team_tokens(name)
    # "The Acme Talent Team" names a team of Acme, and its article goes with the team.
    return CAPITAL_ARTICLE.sub("", stripped) if stripped != name.strip() else stripped


def _strip_team_tokens(name: str) -> str:
    tokens = name.replace("-", " - ").split()
    # "Penrose Bank Graduate Recruitment": the team and the programme it hires for both go.
    while tokens and (
        tokens[-1].casefold() in TEAM_WORDS or tokens[-1].casefold() in _RUN_ON or tokens[-1] in {"-", "&"}
    ):
        tokens.pop()
    # "Recruiting Acme" loses its team word; "Department for Transport" keeps it (a connector follows).
    while tokens and tokens[0].casefold() in TEAM_WORDS and not CAPITAL_ARTICLE.match(" ".join(tokens[:2])):
        if len(tokens) > 1 and tokens[0].casefold() in _OFFICIAL and tokens[1].casefold() in _CONNECTOR_WORDS:
            break
        tokens.pop(0)
    return " ".join(tokens).replace(" - ", "-")


def _from_sign_off_line(line: str, add: _Adder) -> None:
    if _EMAIL.search(line) or "http" in line:
        return
    parts = segments(line)
    if LEGAL_SUFFIX.search(parts[0]) if parts else False:
        add(parts[0], 3.0, "legal")
    whole_legal = re.match(
        rf"^(?P<c>{ORG}?),?\s(?:Inc|LLC|Ltd|GmbH(?:\s&\sCo\.\sKG)?|AG|SA|S\.A\.|S\.L\.|B\.V\.|"
        r"Lda|Ltda|PLLC|LLP|plc|N\.A\.|S\.r\.l\.|SAS|SARL|N\.V\.|BV|NV|Pvt)(?=\W|$)",
        line,
    )
    if whole_legal:
        add(whole_legal.group("c"), 3.0, "legal")
    if (
        len(parts) >= 2
        and (any(TITLE_WORDS.search(p) for p in parts[:-1]) or looks_like_person_name(strip_honorifics(parts[0])))
        and not TITLE_WORDS.search(parts[-1])
        and not _DEPARTMENT.fullmatch(parts[-1])
        and not _ADDRESS_PART.search(parts[-1])
    ):
        # "Talent Partner, Acme Health", "Rosa Delgado | Bramble & Birch Hospitality"
        add(parts[-1], 2.5, "title")
    if _named_first(parts) and _ADDRESS_PART.search(parts[1]):
        # "Bev's Kitchen, 14 Church Lane": the business, then where it is (a name alone there is rarer); a town
        # then a phone number ("Cambridge, MA | +1 617 ...") is no business.
        add(parts[0], 1.2 if looks_like_person_name(parts[0]) else 2.0, "footer")
    at_title = re.search(rf"(?:\b(?:at|bei|chez|en|bij|na)|@)\s(?P<c>{ORG})$", line)
    if at_title and TITLE_WORDS.search(line[: at_title.start()]):
        add(at_title.group("c"), 2.5, "title")
    team = _TEAM_LINE.match(line)
    if team and team.group("c") and has_team_word(line):
        add(team.group("c"), 2.5, "team")
    elif len(parts) == 1 and not TITLE_WORDS.search(line) and _ORG_RE.fullmatch(line):
        # "Coopérative Boréale" reads like a person's name; it counts only if the sender's domain backs it.
        add(line, 0.3 if looks_like_person_name(line) else 1.0, "signoff")


def _signed_as_display(sign_off: SignOff, sender: Address | None, add: _Adder) -> None:
    """ "Cida" then "Tempero da Vila – Vila Madalena" from "Tempero da Vila <...@gmail.com>": the name the mail is
    sent under, written again below a different signer, is the business (though it reads like a person's)."""
    if sender is None or not sender.name or len(sign_off.lines) < 2:
        return
    display = sender.name.strip().strip('"').casefold()
    if " " not in display:
        return
    first = display.split()[0]
    for index, line in enumerate(sign_off.lines):
        parts = segments(line)
        if index and parts and parts[0].casefold() == display:
            # Only under someone else's name: "Siobhan" then "Siobhan Daly" is a person signing twice.
            earlier = [e for e in sign_off.lines[:index] if looks_like_person_name(e.strip(" ,"))]
            if earlier and not any(e.casefold().split()[:1] == [first] for e in earlier):
                add(parts[0], 4.5, "display-signed")  # stronger than what the same line goes on to say
            return


def _family_business(sign_off: SignOff, sender: Address | None, add: _Adder) -> None:
    """ "Martin Carver" signing "Carver Joinery", "lola / fenwick studio": a business named after its owner,
    written under their name. Small firms write from webmail, so no domain backs it; the surname does."""
    if sender is None or not sender.name:
        return
    display = strip_honorifics(sender.name.strip().strip('"'))
    last, comma, first = display.partition(",")
    if comma and first.strip():
        display = f"{first.strip()} {last.strip()}"  # "Stolz, Heike" is Heike Stolz
    names = [t.casefold().strip(",.") for t in display.split()]
    if len(names) < 2:
        return
    surname = names[-1]
    for line in sign_off.lines:
        words = line.split()
        if not 2 <= len(words) <= 4 or _EMAIL.search(line) or TITLE_WORDS.search(line) or _ADDRESS_PART.search(line):
            continue
        folded = [w.casefold().strip(",.") for w in words]
        owner = folded[0] == surname or folded[0] in {names[0] + "'s", names[0] + "’s"}  # "Bev's Kitchen"
        if owner and not set(folded) <= set(names) and not looks_like_person_name(line):
            add(line.title() if line.islower() else line, 2.5, "family")


def _from_subject(subject: str, add: _Adder) -> None:
    subject = re.sub(r"^(?:(?:re|aw|fw|fwd|wg|tr|rv|sv)\s?:\s*)+", "", subject, flags=re.IGNORECASE)
    for pattern in (
        rf"\b(?i:application|applying|applied|interview|candidacy|role|position|job|offer|career|feedback|news|update|"
        rf"decision)s?\s(?:to|at|with|from|for)\s(?P<c>{ORG})",
        rf"\b(?:at|bei|chez|bij|na|no|en)\s(?P<c>{ORG})\s*$",
        rf"(?:^|:\s)(?P<c>{ORG})\s[-–—|:]\s",
        rf"\s[-–—|]\s(?P<c>{ORG})\s*$",
    ):
        for match in re.finditer(pattern, subject):
            add(_trim_org(match.group("c")), 1.5, "subject")


# Words a phrase runs on into after the name: "Halvard Foods Career Site", "the Penrose Bank Graduate Programme".
_RUN_ON = frozenset(
    """
    site page portal home website graduate graduates intern interns internship internships programme program
    scheme apprenticeship apprenticeships trainee trainees vacancy vacancies opportunity opportunities intake
    """.split()
)


def _trim_org(text: str) -> str:
    # Phrases run on into the next capitalised word: "Anvilstone Robotics Recruiting", "Halvard Foods Career Site".
    tokens = text.split()
    while tokens and (tokens[-1].casefold() in TEAM_WORDS or tokens[-1].casefold() in _GENERIC):
        tokens.pop()
    while len(tokens) > 1 and tokens[-1].casefold() in _RUN_ON:
        tokens.pop()
        while tokens and tokens[-1].casefold() in TEAM_WORDS:
            tokens.pop()
    return " ".join(tokens)


def _sender_keys(sender: Address | None, reply_to: Iterable[Address]) -> list[str]:
    """Squashed names the sending addresses carry: company domains and ATS tenant slugs."""
    keys: list[str] = []
    for address in (sender, *reply_to):
        if address is None or not address.email:
            continue
        local, _, domain = address.email.lower().rpartition("@")
        if is_ats_address(address.email):
            if not is_automated_address(address.email) and not is_job_board_address(address.email):
                slug = re.split(r"[.+]", local)[0]
                keys.append(re.sub(r"[^a-z0-9]", "", slug))
            continue
        if is_freemail(address):
            continue
        label = registrable_label(domain)
        keys.append(re.sub(r"[^a-z0-9]", "", strip_accents(label)))
    if sender is not None and sender.name and " " not in sender.name.strip() and sender.name.islower():
        keys.append(re.sub(r"[^a-z0-9]", "", sender.name.lower()))
    return [k for k in dict.fromkeys(keys) if len(k) >= 3]


_WORDS = re.compile(r"[^\W_][\w&'’-]*|&")  # "Quai 9" spells quai9.io


def _spelled_out(key: str, text: str) -> str | None:
    """The words of ``text`` that run together into the domain label ``key`` (1 to 4 words)."""
    if len(key) < 5:
        return None
    words = _WORDS.findall(text[:20000])
    squashed = [re.sub(r"[^a-z0-9]", "", strip_accents(w.lower().replace("&", "and"))) for w in words]
    for i, first in enumerate(squashed):
        if not first or not key.startswith(first):
            continue
        joined = ""
        for j in range(i, min(i + 5, len(words))):
            if words[j] == "&" and not key.startswith(joined + "and"):
                continue  # "Whitcombe & Larch" at whitcombelarch.com
            joined += squashed[j]
            if joined == key:
                end = j + 1
                while end < min(j + 3, len(words)) and _names_the_kind(words[end]):
                    end += 1  # laurentidetransit.ca for "Laurentide Transit Authority"
                found = " ".join(words[i:end])
                return found if not found.islower() else found.title()
            if not key.startswith(joined):
                break
    return None


def _names_the_kind(word: str) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and folded in ORG_WORDS and folded not in TEAM_WORDS


def _keys_agree(squashed: str, key: str) -> bool:
    if len(squashed) < 3:
        return False
    return squashed.startswith(key) or key.startswith(squashed) or (len(key) >= 5 and key in squashed)


def _title_from_slug(slug: str) -> str:
    return slug.capitalize()


def _prefer_expansions(pool: dict[str, _Candidate]) -> None:
    """'KCDC' (display name) stands for 'Kahurangi Coast District Council' (signature): name it in full."""
    for short in pool.values():
        if not (2 <= len(short.name) <= 6 and short.name.isupper() and short.name.isalpha()):
            continue
        for long in pool.values():
            words = [w for w in long.name.split() if w[:1].isupper()]
            if long is not short and "".join(w[0] for w in words).upper() == short.name:
                long.score += short.score
                short.score = 0.0
                break


def _absorb_parts(pool: dict[str, _Candidate]) -> None:
    """'Amberline' (domain) and 'Amberline Softworks' (signature) are one company, as are 'Boréale' (display
    name "Recrutement Boréale") and 'Coopérative Boréale' at cooperativeboreale.ca: credit the fuller name."""
    cands = sorted(pool.values(), key=lambda c: len(c.name))
    for short in cands:
        for long in cands:
            if long is short or len(long.name) <= len(short.name):
                continue
            folded_long, folded_short = long.name.casefold(), short.name.casefold()
            weak = all(source in {"domain", "subject"} or source.startswith("body") for source in short.sources)
            prefix = folded_long.startswith(folded_short + " ") and weak
            suffix = folded_long.endswith(" " + folded_short) and long.agrees_with_sender
            if prefix or suffix:
                long.score += short.score * 0.8
                short.score *= 0.2
                break
