"""The job title the mail is about ("Backend Engineer"), without requisition numbers or gender markers."""

from __future__ import annotations

import re

# A title is a short run of words; it may hold parentheses, '&', '/', dashes and ", Capitalised" parts
# ("Operations Manager, Client Servicing"), never a sentence. Regexes find a loose run after an anchor;
# plain Python then trims it at the first word a title never contains (cheaper than lookaheads per word).
_RUN_WORD = r"(?:[\w()&/+#.’'–-]*[\w)]|&)"
_RUN = rf"{_RUN_WORD}(?:(?:,? |\s[–—-]\s){_RUN_WORD}){{0,9}}"
_LAZY_RUN = r"(?:[\w()&/+#.’',–-]+\s){1,9}?"
_STOP = frozenset(
    """
    at with in for and to from on the your our you we is was has have here this that which who where as by
    bei und für im mit von zu chez au à pour dans en et avec para con y del bij binnen op voor met na no em da do
    com e within based position role job opening vacancy post opportunity nach vor seit wegen ab um zum zur aus an
    auf über unter durch gegen ohne wird wurde ist sind haben hat wir sie ich du dich dir ihnen uns nicht noch
    vorerst leider bien que qui est sont avons nous vous ne pas basé basée situé hemos es son tu su por hebben heeft
    zijn wij je jouw uw hebt niet sua seu tua foi são já dont car mais pero maar mas aber sowie ainsi als wie comme
    como zoals a am beim vom standort así asi también aussi ook auch também our my it its dein deine deinen deiner
    ihr ihre ihren ihrer votre ton ta tes vos tu tus su sus seu sua teu tua je jouw uw your
    """.split()
)
_CONNECTORS = frozenset({"of", "and", "&", "de", "für", "der", "des", "du", "la", "y", "e", "van", "voor", "et", "und"})
_TOKENS = re.compile(r"(,\s|\s[–—-]\s|\s)")
_NOUN_EN = r"(?:position|role|post|job|opening|vacancy|opportunity|spot|requisition|req|search|seat|hire)"


def _anchors_ignore_case(pattern: str) -> str:
    """Anchor words match in any case ("Bewerbung als", "The ... Role"); the title keeps its case rules."""
    for group in ("(?P<r>", "(?P<b>"):
        head, found, tail = pattern.partition(group)
        if found:
            return f"(?i:{head}){group}{tail}"
    return f"(?i:{pattern})"


_PATTERNS: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    lang: tuple((re.compile(_anchors_ignore_case(p)), w) for p, w in patterns)
    for lang, patterns in {
        "en": (
            (
                rf"\b(?:position|role|post|job|vacancy|opening) (?:of|as) (?:an? )?(?P<r>{_RUN})"
                rf"(?=\s\(|[,.;:!?)]|$|\s(?:at|with|in|here|on|for|based|within|and)\b)",
                3.0,
            ),
            (rf"\b(?i:the|our|your|this|for|an?|open) (?P<b>{_LAZY_RUN})(?i:{_NOUN_EN})\b", 3.0),
            (
                rf"\b(?:applying|applied|application|apply|candidacy|interview|interviews|interviewing)s?\s(?:for|as)\s"
                rf"(?:the\s|our\s|an?\s)?(?P<r>{_RUN})"
                rf"(?=\s\(|[,.;:!?]|$|\s(?:at|with|position|role|here|job|opening|vacancy|and|in|on)\b)",
                2.0,
            ),
            (
                rf"\b(?:to be|join(?:ing)? (?:us|the team) as|hire as|as) (?:our|a|an|the) (?:new )?(?P<r>{_RUN})"
                rf"(?=[,.;:!?]|$|\s(?:at|with|in|on|for|here|and)\b)",
                1.5,
            ),
            (
                rf"\bjoin (?:us|the team|our team) as (?P<r>{_RUN})(?=[,.;:!?]|$|\s(?:at|with|in|on|for|here)\b)",
                1.5,
            ),
        ),
        "de": (
            (
                rf"\b(?:bewerbung|stelle|position|tätigkeit|einstieg|mitarbeit|interesse|gespräch)\w*\s(?:\w+\s){{0,3}}?als\s(?:„|\")?(?P<r>{_RUN})",
                3.0,
            ),
            (rf"\b(?:stelle|position|vakanz|rolle|job)\s(?:des|der|als|zum|zur)\s(?P<r>{_RUN})", 2.5),
            (rf"\bfür\s(?:die\s)?(?:stelle|position|rolle)\s(?:als\s)?(?:„|\")?(?P<r>{_RUN})", 2.5),
        ),
        "fr": (
            (rf"\bposte\s(?:de|d['’]|d’)\s?(?P<r>{_RUN})", 3.0),
            (rf"\bcandidature\s(?:en tant que|comme|pour le poste de|au poste de)\s(?P<r>{_RUN})", 3.0),
        ),
        "es": (
            (rf"\b(?:puesto|cargo|posición|vacante|plaza|rol|búsqueda)\s(?:de|como)\s(?P<r>{_RUN})", 3.0),
            (
                rf"\b(?:candidatura|postulación|solicitud)\s(?:para|al puesto de|a)\s(?:el\s|la\s)?(?P<r>{_RUN})",
                2.5,
            ),
        ),
        "nl": (
            (rf"\b(?:functie|vacature|positie|rol)\s(?:van|als|voor)\s(?:de\s)?(?P<r>{_RUN})", 3.0),
            (rf"\bsollicitatie\s(?:als|voor)\s(?:de\s(?:functie\s)?(?:van\s)?)?(?P<r>{_RUN})", 3.0),
        ),
        "pt": (
            (rf"\b(?:vaga|posição|cargo|função|oportunidade)\s(?:de|para)\s(?P<r>{_RUN})", 3.0),
            (rf"\bcandidatura\s(?:para|à vaga de|ao cargo de|a)\s(?:a\s|o\s)?(?P<r>{_RUN})", 2.5),
        ),
    }.items()
}
_MARKERS = re.compile(
    r"""\s*(?:
        \((?:[mwfdhxv]\s?/\s?){1,3}[mwfdhxv]\s?\*?\)|\((?:all\sgenders|gn\*?|alle\sgeschlechter|tous\sgenres)\)|
        \((?:remote|hybrid|on-?site|grade|band|pay\sband|salary|full-time|permanent|fixed-term)\b[^()]*\)|
        \((?:[^()]*\b(?:req(?:uisition)?|ref|posting|competition|concours|job\sid|id|r-\d|jr-?\d|vacature|referentie|réf)\b[^()]*|
           [a-z]{1,3}-?\d{3,}[^()]*|\#?\d{3,}[^()]*|(?:vacaturenummer|referentienummer|kennziffer|referenz|
           n[º°o]\.?|número|referência|referencia)\s?[^()]*)\)|
        [-–]\s(?:[mwfdhxv]/){1,3}[mwfdhxv]\b|
        \s(?:[mwfdhxv]/){1,3}[mwfdhxv]$|
        (?:\s|^)(?:\#|no\.\s?|req\.?\s?\#?)\d{3,}\b|
        \s[-–—]?\s?(?:job\s)?requisition\s\#?\w*\d\w*|
        \s[-–—]\s(?:ref\.?\s|réf\.?\s)?\#?[a-z]{0,4}-?\d[\w-]*$|
        \s\(\s*\)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SUBJECT_PREFIX = re.compile(
    r"""^(?:(?:re|aw|fw|fwd|wg|tr|rv|sv)\s?:\s*)*(?:
        (?:your\s|an\s)?(?:job\s)?application(?:\s(?:status|update|received|outcome|decision))?(?:\s(?:for|to|as|at))?(?:\sthe)?|
        application\sreceived|thank\syou\sfor\s(?:applying|your\sapplication)(?:\s(?:to|for))?|
        (?:an\s)?update\s(?:on|regarding|about)\s(?:your\sapplication\s(?:for|to)\s)?(?:the\s)?|
        regarding\s(?:your\s(?:application|candidacy)\s(?:for\s)?)?(?:the\s)?|following\sup|interview\s(?:invitation|availability|request)(?:\s(?:for|with))?|
        (?:ihre|deine)\sbewerbung\s(?:als|für|auf|um)(?:\sdie\sstelle)?(?:\sals)?|eingangsbestätigung|absage|
        (?:votre|ta)\s(?:candidature|postulation)(?:\s(?:au|pour\sle)\sposte\sde|\spour)?|candidature|postulation|
        (?:tu|su)\s(?:candidatura|postulación|solicitud)(?:\s(?:para|a|al)(?:\spuesto\sde)?)?|proceso\sde\sselección|
        (?:je|jouw|uw)\s(?:sollicitatie|kandidatuur)(?:\s(?:als|voor|bij))?|
        (?:búsqueda|vacante|oferta|stellenangebot|vacature|vaga|posición)\b|
        (?:a\s)?(?:sua|tua)\scandidatura(?:\s(?:para|à|a)(?:\svaga\sde)?)?|processo\sseletivo
    )\s*[:–—-]?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_TRAILING_NOUN = re.compile(r"\s(?:role|position|job|opening|vacancy|post|stelle|poste|puesto|vaga|vacature)$", re.I)
_AT_COMPANY = re.compile(r"\s(?:at|bei|chez|en|bij|na|with|@)\s.+$")
_SUBJECT_SPLIT = re.compile(r"\s+[-–—|]\s+|:\s+|\s+/\s+")
_GENERIC_SUBJECT = re.compile(
    r"\b(?:application|applying|update|status|outcome|decision|interview|thank|thanks|your|next|step|round|offer|"
    r"news|regarding|following|feedback|received|confirmation|invitation|reminder|result|response|chat|call|"
    r"bewerbung|rückmeldung|candidature|réponse|candidatura|respuesta|sollicitatie|reactie|resposta|position update|"
    r"you|we|our|moved|quick|loop|follow|up|postulation|kandidatuur|gesprek|entretien|entrevista|gespräch|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|"
    r"mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|segunda|terça|quarta|quinta|sexta)\b",
    re.IGNORECASE,
)
_NOT_TITLES = frozenset(
    """
    time interest application applications process team company opportunity role position job
    experience background profile patience consideration cv resume portfolio candidacy search it
    this that one us
    """.split()
)


# Nouns that make a phrase a job title: a found title is evidence that the mail is about a job.
TITLE_NOUN = re.compile(
    r"(?:engineer|developer|designer|manager|analyst|officer|coordinator|specialist|assistant|director|lead|head|"
    r"architect|consultant|scientist|technician|nurse|chef|cook|teacher|advisor|adviser|associate|administrator|"
    r"representative|executive|planner|editor|writer|programmer|researcher|intern|trainee|apprentice|supervisor|"
    r"operator|agent|accountant|controller|partner|producer|strategist|owner|recruiter|marketer|buyer|clerk|"
    r"driver|mechanic|electrician|therapist|pharmacist|physician|doctor|paralegal|counsel|lawyer|attorney|sre|"
    r"devops|programmer|tester|artist|animator|photographer|barista|server|cashier|receptionist|secretary|"
    r"ingenieur|entwickler|berater|leiter|referent|sachbearbeiter|kaufmann|kauffrau|konstrukteur|mitarbeiter|"
    r"ingénieur|développeu|chargé|chef de|responsable|consultante?|assistante?|directeur|technicien|"
    r"ingeniero|desarrollador|analista|diseñador|gerente|jefe|técnico|asesor|coordinador|responsable|"
    r"ontwikkelaar|medewerker|adviseur|beheerder|analist|spécialiste|especialista|engenheir|desenvolvedor|gestor|coordenador|técnico|assistente|"
    r"stagiair|estagiário|becario|praktikant|werkstudent)",
    re.IGNORECASE,
)


class RoleVotes:
    """Title candidates found once in a message; ``best`` picks one once the company is known."""

    def __init__(self) -> None:
        self.votes: dict[str, float] = {}
        self.display: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.subject_votes: list[tuple[str, str, float]] = []  # (key, subject part, weight)

    def add(self, title: str, weight: float) -> None:
        key = title.casefold()
        self.order.setdefault(key, len(self.order))
        self.votes[key] = self.votes.get(key, 0.0) + weight
        if key not in self.display or self.display[key].islower():
            self.display[key] = title

    def best(self, company: str | None = None) -> str | None:
        votes = dict(self.votes)
        folded_company = company.casefold() if company else None
        for key, part, weight in self.subject_votes:
            if folded_company and folded_company in part.casefold():
                continue  # "Acme - Data Analyst": the company's part of a subject is no title
            votes[key] = votes.get(key, 0.0) + weight
            if TITLE_NOUN.search(key):
                for short in [k for k in votes if key.startswith(k + " ") and not TITLE_NOUN.search(k)]:
                    # The body shortens what the subject names in full ("the founding backend role").
                    votes[key] += votes.pop(short)
        if folded_company:
            votes.pop(folded_company, None)
        if not votes:
            return None
        key, score = max(votes.items(), key=lambda kv: (kv[1], -self.order[kv[0]]))
        if score < 1.2:
            return None
        title = self.display[key]
        if folded_company and title.casefold().startswith(folded_company + " "):
            title = title[len(folded_company) + 1 :]  # "Loftgrain Ops Lead": the company is said elsewhere
        return title


# Titles are named early in a message; the rest is signature, footer and quoted mail.
_ROLE_TEXT_CHARS = 2500


def find_roles(subject: str, body: str, language: str) -> RoleVotes:
    found = RoleVotes()
    text = _MARKERS.sub("", body[:_ROLE_TEXT_CHARS])
    subject = _MARKERS.sub("", subject)
    folded_text = text.casefold()
    for lang in dict.fromkeys(("en", language)):
        for pattern, weight in _PATTERNS.get(lang, ()):
            for source, bonus, dashes in ((text, 0.0, True), (subject, 0.5, False)):
                for match in pattern.finditer(source):
                    raw = _trim(match, dashes=dashes) or ""
                    if lang == "de" and raw[:1].islower():
                        continue  # German titles are nouns, written with a capital: "als sehr angenehm" is no title
                    title = clean_role(raw)
                    if title:
                        found.add(title, weight + bonus)
    for part in _subject_parts(subject, language):
        title = clean_role(part)
        if title is None:
            continue
        titled = TITLE_NOUN.search(title) is not None
        key = title.casefold()
        if key in folded_text:
            weight = 2.5 if titled else 1.0
        elif titled:
            weight = 1.2  # named only in the subject: believe it when it reads like a job title
        else:
            continue
        found.order.setdefault(key, len(found.order))
        found.display.setdefault(key, title)
        found.subject_votes.append((key, part, weight))
    return found


def extract_role(subject: str, body: str, language: str, *, company: str | None = None) -> str | None:
    return find_roles(subject, body, language).best(company)


def _trim(match: re.Match[str], *, dashes: bool) -> str | None:
    """Cut a loose run down to the title: forwards to the first stop word, or, for a run that ends at a
    noun ("... the Backend Engineer role"), backwards to the last stop word before it."""
    groups = match.groupdict()
    if groups.get("b") is not None:
        parts = _TOKENS.split(groups["b"].strip())
        words = parts[::2]
        cut = max((i for i, w in enumerate(words) if w.casefold() in _STOP), default=-1)
        if cut >= 0:
            parts = parts[2 * (cut + 1) :]
        return "".join(parts).strip() or None
    parts = _TOKENS.split(groups["r"])
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        word = parts[i]
        folded = word.casefold()
        following = parts[i + 2] if i + 2 < len(parts) else ""
        if folded in _STOP and not (folded in _CONNECTORS and following and following.casefold() not in _STOP):
            break
        if i > 0:
            separator = parts[i - 1]
            capitalised = word[:1].isupper()
            if separator.strip() in {"–", "—", "-"} and not (dashes and capitalised):
                break  # in a subject a dash separates parts: "Data Analyst – feedback"
            if separator.startswith(",") and not capitalised:
                break
            kept.append(separator)
        kept.append(word)
    title = "".join(kept).strip()
    while title.split() and title.split()[-1].casefold() in _CONNECTORS:
        title = title.rsplit(" ", 1)[0]
    return title or None


def _subject_parts(subject: str, language: str) -> list[str]:
    stripped = _SUBJECT_PREFIX.sub("", subject.strip()).strip()
    parts = [p.strip() for p in _SUBJECT_SPLIT.split(stripped) if p.strip()]
    result = []
    for part in parts:
        part = _AT_COMPANY.sub("", part)
        if language == "en":  # elsewhere titles go on in lower case: "Conseiller en communication"
            part = _title_case_head(part)
        part = _TRAILING_NOUN.sub("", part)
        if _GENERIC_SUBJECT.search(part):
            continue
        result.append(part)
    return result


def _title_case_head(part: str) -> str:
    """ "Backend Engineer take-home submission" -> "Backend Engineer": a subject that opens with a capitalised
    title and goes on in lower case is talking about the title, not naming more of it."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return part
    for i, word in enumerate(words[1:], start=1):
        if word[:1].islower() and word not in _SMALL_WORDS and word not in _CONNECTORS:
            head = " ".join(words[:i])
            return head if TITLE_NOUN.search(head) else part
    return part


_CITIES = (
    "london|manchester|birmingham|leeds|glasgow|edinburgh|dublin|bristol|cardiff|belfast|new york|san francisco|"
    "boston|chicago|seattle|austin|toronto|montreal|vancouver|sydney|melbourne|singapore|bangalore|bengaluru|mumbai|"
    "delhi|pune|hyderabad|chennai|lagos|abuja|nairobi|cape town|johannesburg|berlin|munich|münchen|hamburg|frankfurt|"
    "köln|cologne|düsseldorf|stuttgart|vienna|wien|zurich|zürich|geneva|genève|basel|bern|paris|lyon|marseille|"
    "toulouse|lille|nantes|bordeaux|brussels|bruxelles|brussel|antwerp|antwerpen|ghent|gent|amsterdam|rotterdam|"
    "utrecht|the hague|den haag|eindhoven|madrid|barcelona|valencia|sevilla|seville|bilbao|málaga|lisbon|lisboa|porto|"
    "são paulo|sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|mexico city|ciudad de méxico|cdmx|"
    "bogotá|bogota|medellín|lima|santiago|buenos aires|montevideo|milan|milano|rome|roma|warsaw|prague|stockholm|"
    "copenhagen|oslo|helsinki"
).split("|")
# The terms of the job rather than its title: "(0.8 FTE)", "(part-time, 21 hours)", "(32-36 uur)", "(CDI)",
# where it is ("(Madrid)"), and its paperwork (", JR-10482", ", Scale II", "(Exam #25-0612)").
_TERMS = re.compile(
    r",\s(?:ref\.?\s|req\.?\s)?\#?[a-z]{0,4}-?\d[\w-]*$|,\s(?:scale|grade|band|level|pay grade)\s[\w-]+$|"
    r",?\s(?:vacaturenummer|referentie(?:nummer)?|requisition|job id|kennziffer|référence|réf\.?|referencia|"
    r"referência)\s?[:#]?\s?\S*\d\S*$|"
    r"\s[-–—]\s(?:cdi|cdd|intérim|interim|freelance|alternance|full[- ]time|part[- ]time|permanent|fixed[- ]term|"
    r"temporary|contract|befristet|unbefristet|vollzeit|teilzeit)$|"
    r"\s*\([^()]*/\s?\d+[^()]*\)|\s*\([^()]*\b20\d\d\b[^()]*\)|"
    rf"\s*\((?:{'|'.join(_CITIES)})(?:,\s[^()]+)?\)|\s*\([^()]*\#\s?\d[^()]*\)|"
    r"\s*\((?:[^()]*\d[^()]*\b(?:fte|hours?|hrs|h|uur|stunden|std|heures|horas|days?|dias|tage|dagen|wk|weeks?|"
    r"months?|semaines?|mois|meses)\b[^()]*|\d(?:[.,]\d+)?\s?fte|cdi|cdd|befristet|unbefristet|vollzeit|teilzeit|"
    r"temps plein|temps partiel|tempo integral|meio período|jornada completa|media jornada|fulltime|parttime|"
    r"vast contract|tijdelijk)\)",
    re.IGNORECASE,
)
# Words a title was introduced with that a pattern swept in: "Naar Senior Data Analist", "Vacature Informatieadviseur".
_LEAD_IN = re.compile(
    r"^(?:naar|voor|als|for|as|to|para|pour|für|vacature|vacancy|vacante|stelle|poste|vaga|job|position|role)\s+"
    r"(?=\S)",
    re.IGNORECASE,
)
# A title runs on into the sentence: "Diseñador UI y el tiempo dedicado", "Data Analyst and the time you gave".
_RUN_ON_CLAUSE = re.compile(
    r"\s+(?:y|e|and|et|und|en)\s+(?:el|la|los|las|the|le|les|o|os|a|as|de|het|die|der|das)\s.*$"
)


def clean_role(raw: str) -> str | None:
    title = raw.strip().strip("\"'„“”«»")
    previous = None
    while previous != title:
        previous = title
        title = _MARKERS.sub("", title).strip(" ,;:-–—")
        title = _TERMS.sub("", title).strip(" ,;:-–—")
        title = _LEAD_IN.sub("", title)
    # Gendered endings ("Chargé(e)", "Diseñador/a") stay as the employer wrote them.
    title = _RUN_ON_CLAUSE.sub("", title)
    title = re.sub(r"\s+", " ", title)
    words = title.split()
    if not 1 <= len(words) <= 9 or len(title) > 80:
        return None
    while words and words[0].casefold() in _LEADING_ADJECTIVES:
        words = words[1:]
    title = " ".join(words)
    if _PROCESS_WORDS.search(title):
        return None  # "Fase de Entrevistas": a stage of the process, not a job
    if not words or title.casefold() in _NOT_TITLES or words[0].casefold() in _NOT_FIRST_WORDS:
        return None
    if len(words) == 1 and title.islower():
        return None  # "a similar opening": one lower-case word in running text is rarely a title
    if not any(ch.isalpha() for ch in title) or title.count("(") != title.count(")"):
        return None
    if title[0].islower():
        # Written in running text ("the backend developer (Go) position"); a reply names it as a title.
        title = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in _SMALL_WORDS else w for w in words)
    return title


_PROCESS_WORDS = re.compile(
    r"\b(?:fase|phase|etapa|stage|proceso|processus|processo|entrevistas?|interviews?|entretiens?|gespräche?|"
    r"gesprekken|vorstellungsgespräch\w*|sollicitatiegesprek\w*)\b",
    re.IGNORECASE,
)
# A title never starts with a function word: "te dragen", "to join" are what a pattern ran into.
_NOT_FIRST_WORDS = frozenset("a an the your our this to of for te om zu um à pour para por voor van aan de del".split())
_LEADING_ADJECTIVES = frozenset(
    """
    equal similar new other open future suitable exciting relevant right same current available
    great perfect ideal specific particular above following remaining next first second final
    external internal permanent temporary full-time part-time remote hybrid advertised posted recent
    latest upcoming
    """.split()
)
_SMALL_WORDS = frozenset({"of", "and", "de", "la", "y", "e", "du", "des", "van", "der", "für", "do", "da"})
