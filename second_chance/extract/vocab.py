"""Words that tell organisations, teams and people apart, and tidy names the way a person writes them."""

from __future__ import annotations

import re
import unicodedata

LEGAL_SUFFIX = re.compile(
    r"""(?:,?\s+(?:
        inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|llp|pllc|plc|p\.c\.|corp\.?|corporation|co\.|
        pvt\.?\s*ltd\.?|private\s+limited|pvt\.?|s\.?\s?a\.?\s+de\s+c\.?\s?v\.?|s\.?\s?de\s+r\.?\s?l\.?(?:\s+de\s+c\.?\s?v\.?)?|gmbh\s*&\s*co\.?\s*kg|gmbh|ggmbh|ag|se|kg|kgaa|ug(?:\s*\(haftungsbeschränkt\))?|e\.\s?v\.|
        s\.?\s?a\.?\s?s\.?|sas|sarl|s\.?\s?a\.?\s?r\.?\s?l\.?|sa|s\.a\.|s\.l\.u?\.?|sl|s\.?r\.?l\.?|srl|s\.p\.a\.|s\.?à\.?\s?r\.?\s?l\.?|
        b\.v\.|bv|n\.v\.|nv|v\.o\.f\.|lda\.?|ltda\.?|s/a|me|eireli|pty\.?\s+ltd\.?|pty|pte\.?(?:\s+ltd\.?)?|n\.a\.|
        a/s|aps|ab|as|asa|oy|oyj|
        sp\.\s?z\s?o\.o\.|s\.c\.|k\.k\.
    ))+\.?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Words naming a team or function rather than a company: stripped from "Acme Recruiting", never a person.
TEAM_WORDS = frozenset(
    """
    recruiting recruitment recruiter recruiters careers career jobs job hiring talent acquisition
    team teams hr human resources people culture staffing notifications notification department
    office services support candidate candidates experience admissions desk the via on behalf of
    operations personalabteilung recrutement ressources humaines équipe equipe equipo talento
    selección seleccion reclutamiento rrhh recursos humanos werving selectie recrutamento equipa
    recursos humanos personal personalwesen bewerbermanagement karriere stellen p&o hrm talentteam
    recruitingteam recruiting-team people-team resourcing unit division direction dirección directie section
    personas pessoas gente gestão gestion gestión humana humano humanos
    """.split()
)
# Words that make a display name an organisation (and never a person's name).
ORG_WORDS = TEAM_WORDS | frozenset(
    """
    inc llc ltd gmbh ag sa sl bv nv lda ltda plc llp pllc corp co company group holding holdings
    labs lab studio studios health healthcare security robotics payments foods food bakery dental
    analytics software systems capital partners energy housing retail travel games consulting
    conseil digital media solutions technologies technology tech ai bank banking university
    universität université universidad universiteit universidade college school district foundation
    institute law legal coffee roasters community hospitality financial finance insurance assurances
    logistics logística logistik logistique sistemas tecnologia tecnología mobility mobilité
    networks network cloud data engineering structural aerostructures manufacturing maschinenbau
    naturkost viajes energie energia zorg care clinic hospital medical pharma bio biotech
    therapeutics advisory associates agency search services store stores shop market marketplace
    seller support customer lending union credit card rewards freight transport transportation
    airlines aviation motors automotive construction architects architecture publishing press news
    newsletter magazine ledger daily weekly journal review reviews partners partnership ventures
    fund investments bakery restaurant trattoria café cafe hotel hotels resort residences properties
    realty apartments immigration chairs committee program programme conference workshop careerloom
    platform app apps cooperative co-op society association council ministry agency gov city county
    state public nonprofit charity trust nhs studio industries industrial enterprises global
    international worldwide grupo groupe gruppe groep brouwerij brauerei banque banco bank
    versicherungen versicherung seguros conservas medien editions éditions ediciones editora atelier
    maison casa haus authority autorité behörde commission board
    centre center hospitalier hospitalar klinik clinique clínica kliniek ziekenhuis krankenhaus hôpital
    hospitais gemeente stadt ville ayuntamiento prefeitura câmara municipalidad municipality kommune
    garage werkstatt atelier bäckerei konditorei boulangerie pâtisserie panadería padaria bakkerij
    empório emporio armazém mercearia tienda loja winkel laden boutique salon salão pizzeria brasserie
    bistro kitchen bar pub inn café restaurante restaurant pharmacy pharmacie apotheke farmácia hôtel hôtels
    hoteles hotéis bodega bodegas vinícola winery vineyard
    joinery carpentry plumbing electrical builders removals landscaping nursery florist
    """.split()
)
CLOSING = re.compile(
    r"""^(?:best|best\sregards|kind\sregards|warm\sregards|warmest\sregards|regards|many\sthanks|thanks|thank\syou|
    thanks\sagain|thanks\sso\smuch|cheers|sincerely|yours\ssincerely|yours\sfaithfully|yours\struly|respectfully|
    warmly|all\sthe\sbest|best\swishes|with\s(?:warm\s|kind\s|best\s|warmest\s)?(?:regards|wishes|thanks)|
    take\scare|talk\ssoon|speak\ssoon|with\sgratitude|with\sappreciation|warm\swishes|
    mit\sfreundlichen\sgrüßen|mit\sfreundlichen\sgrüssen|freundliche\sgrüße|viele\sgrüße|beste\sgrüße|
    herzliche\sgrüße|liebe\sgrüße|schöne\sgrüße|mfg|gruß|grüße|
    cordialement|bien\scordialement|bien\sà\svous|salutations|meilleures\ssalutations|sincères\ssalutations|
    belle\sjournée|à\sbientôt|
    un\ssaludo|saludos|saludos\scordiales|atentamente|cordialmente|un\sabrazo|abrazos|
    met\svriendelijke\sgroet(?:en)?|vriendelijke\sgroet(?:en)?|hartelijke\sgroet(?:en)?|groeten|groet|
    com\sos\smelhores\scumprimentos|melhores\scumprimentos|cumprimentos|atenciosamente|abraços?|um\sabraço|
    obrigad[oa]|saudações|beijos|groetjes|beste\sgroeten|lg|vg|bises|besos|saludos\scordiales|cordiales\ssaludos|
    abs|bjs|bjos|bjo|abç|bisous|cdlt|slds|grtz|gr|
    freundliche\sgrüsse|beste\sgrüsse|liebe\sgrüsse|viele\sgrüsse|mit\sfreundlichen\sgrüssen|
    herzliche\sgrüsse|bien\sà\stoi|à\strès\svite|un\sabrazo|abrazo|tot\sziens|até\sbreve|até\sjá|
    alles\sgute|bis\sbald|thanks\s(?:&|and)\sregards)\s*[,!.]*\s*$
    |^(?=.{0,40}$)[^.?!]*\b(?:regards|wishes|thanks|cheers|sincerely|grüße|grüßen|grüsse|grüssen|groet|groeten|
    groetjes|cordialement|
    salutations|saludos|cumprimentos|atenciosamente|abraços?|best)\b[^.?!]*[,!]\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
CLOSING_WORDS = re.compile(
    r"\b(?:regards|wishes|cheers|sincerely|grüße|grüsse|grüßen|grüssen|alles gute|bis bald|viel erfolg|cordialement|"
    r"salutations|saludos|abrazo|cumprimentos|atenciosamente|abraço|groet|groeten|groetjes|succes|suerte|sorte|"
    r"best of luck|all the best|take care|abs|bjs|bjos|beijos|bisous|cdlt)\b",
    re.IGNORECASE,
)
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good\s(?:morning|afternoon|evening)|hallo|guten\stag|liebe[rs]?|sehr\sgeehrte[rs]?|"
    r"bonjour|bonsoir|cher|chère|madame|monsieur|hola|estimad[oa]|querid[oa]|buenos\sdías|beste|hoi|geachte|"
    r"olá|ola|car[oa]|prezad[oa])\b",
    re.IGNORECASE,
)
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def squash_variants(text: str) -> set[str]:
    """Lower-case alphanumerics only, with and without German transliteration: matches domains and slugs."""
    lowered = text.lower().replace("&", " and ")
    return {re.sub(r"[^a-z0-9]", "", strip_accents(v)) for v in (lowered, lowered.translate(_TRANSLIT))}


# Italian/Chilean "SpA" only as written: "Day Spa" is a business, not a legal form.
_SPA = re.compile(r",?\s+SpA\.?$")


def strip_legal_suffix(name: str) -> str:
    previous = None
    while previous != name:
        previous = name
        name = _SPA.sub("", LEGAL_SUFFIX.sub("", name)).strip().rstrip(",").strip()
    return name


# A lower-case article belongs to the sentence ("the Acme team"); a capitalised one may be the name's own
# ("The Copper Pan", "The Lantern Inn") and stays, unless it heads a team's name.
_LEADING_ARTICLE = re.compile(
    r"^(?:the|die|der|das|la|le|les|el|los|las|het|de|del|da|do|von|van|o|a|os|as)\s+(?=[A-ZÀ-Þ])"
)
CAPITAL_ARTICLE = re.compile(r"^(?:The|Die|Der|Das|La|Le|Les|El|Los|Las|Het)\s+(?=[A-ZÀ-Þ])")
_COUNTRY_SUFFIX = re.compile(
    r"\s+(?:deutschland|germany|uk|u\.k\.|gb|france|españa|spain|nederland|netherlands|portugal|brasil|brazil|"
    r"schweiz|suisse|switzerland|österreich|austria|belgique|belgië|belgium|ireland|usa|us|europe|emea|iberia|"
    r"benelux|dach|méxico|mexico|argentina|chile|colombia|canada|australia|india)$",
    re.IGNORECASE,
)


def tidy_company(name: str) -> str:
    name = _SPACES.sub(" ", name).strip(" \t,;:-–—·|\"'")
    name = _LEADING_ARTICLE.sub("", name)
    name = strip_legal_suffix(name)
    name = _COUNTRY_SUFFIX.sub("", name) if " " in name else name
    return strip_legal_suffix(name).strip(" \t,;:-–—·|\"'.")


_HONORIFIC = re.compile(
    r"^(?:(?:i\.\s?a|i\.\s?v|ppa|pp|mr|mrs|ms|miss|mx|dr|dra|prof|lic|ing|mag|dipl|dipl\.-ing|herr|frau|sr|sra|srta|"
    r"mme|mlle|m|dhr|mevr|"
    r"drs|ir|mba|phd|eng|arq|abg|cpa)\.?\s+)+",
    re.IGNORECASE,
)


def strip_honorifics(text: str) -> str:
    return _HONORIFIC.sub("", text.strip())


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,.;:()\"'·|/]+", text.lower()) if w]


# German and Dutch write organisations as compounds: "Forschungszentrum", "Stadtwerke", "Bauverband".
_ORG_COMPOUND = re.compile(
    r"\w{3,}(?:zentrum|institut|verband|werke?|gesellschaft|stiftung|schule|klinik|klinikum|bank|versicherung|"
    r"gruppe|amt|behörde|verlag|kanzlei|technik|systeme|logistik|handel|genossenschaft|centrum|instituut|"
    r"vereniging|stichting|ziekenhuis|bedrijf|groep|makelaardij)$"
)


def has_org_word(text: str) -> bool:
    return any(w in ORG_WORDS or _ORG_COMPOUND.fullmatch(w) for w in words(text))


def has_team_word(text: str) -> bool:
    return any(w in TEAM_WORDS for w in words(text))


_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’.-]*(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]*)?$")
# German compounds name departments: "Personalmanagement", "Personalabteilung", "Bewerbermanagement".
_DEPARTMENT_SUFFIX = re.compile(
    r"(?:management|abteilung|wesen|bereich|team|recruiting|marketing|service|services|support|gestion|ressources)$",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "la",
        "le",
        "y",
        "e",
        "bin",
        "al",
    }
)


def looks_like_person_name(text: str) -> bool:
    """'Priyanka Nair', 'Zoë', 'Jan van der Berg' yes; 'Talent Acquisition', 'Bayleaf Payments', 'ACME' no."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or has_org_word(text) or any(_DEPARTMENT_SUFFIX.search(t) for t in tokens):
        return False
    significant = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    if not significant or not _NAME_TOKEN.match(significant[0]):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in _NAME_PARTICLES for t in tokens)


def first_name(text: str) -> str | None:
    tokens = text.split()
    # "Ma. Cristina": an abbreviated first given name; greet by the one written out.
    while len(tokens) > 1 and tokens[0].endswith(".") and len(tokens[0]) <= 3:
        tokens = tokens[1:]
    if not tokens:
        return None
    token = tokens[0].strip(",.;:")
    return token if _NAME_TOKEN.match(token) and token.lower() not in _NAME_PARTICLES else None


# Words of job titles and functions, in six languages: never a company's name, never a first name.
TITLE_WORDS = re.compile(
    r"\b(?:recruit\w*|talent|manager|partner|coordinator|director|lead|head|specialist|advisor|adviser|officer|"
    r"consultant|cto|ceo|coo|cfo|founder|co-founder|engineer|acquisition|people|hr|human resources|vp|president|"
    r"owner|chef|editor|principal|associate|generalist|sourcer|assistant|responsable|leiter\w*|chargée?|"
    r"recruteu?r\w*|reclutador\w*|recrutador\w*|teamleider|gerente|directeur|directrice|jefe|jefa|diretor\w*|"
    r"personalreferent\w*|referent\w*|sachbearbeiter\w*|geschäftsführ\w*|inhaber\w*|werving|medewerker|"
    r"coordenador\w*|coordinador\w*|analista|analyst|representative|administrator|secretary|"
    r"receptionist|asistente|assistente|assistent\w*|sekretär\w*|secrétaire|secretaria|secretária)\b",
    re.IGNORECASE,
)
