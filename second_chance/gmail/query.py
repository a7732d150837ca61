"""The Gmail search that picks candidates on Gmail's side.

Recall comes first: a rejection the query misses is never seen by the detector. Gmail matches whole words
(no prefixes, no splitting of compounds), so the list names the inflected forms a rejection is written
with, in every language the detector reads. Precision only costs quota: what the query lets through is
fetched and analysed, and the detector drops it. tests/test_gmail_query.py checks the query against every
labelled rejection we have.
"""

from __future__ import annotations

_WORDS = {
    "en": """
        application applications applied applying apply candidate candidates candidacy interview interviews
        interviewed interviewing recruiter recruiters recruiting recruitment hiring hire hired position positions
        role roles job jobs opening vacancy vacancies requisition unsuccessful unfortunately regret regrets
        resume résumé cv career careers talent shortlist shortlisted filled decided decision offer opportunity
        opportunities portfolio
    """,
    "de": """
        bewerbung bewerbungen beworben bewerber bewerberin bewerbers bewerbungsunterlagen bewerbungsprozess
        bewerbungsverfahren bewerbungsgespräch stelle stellen kandidat kandidatin kandidaten absage
        vorstellungsgespräch gespräch gespräche leider lebenslauf personalabteilung auswahlverfahren
        auswahlprozess stellenausschreibung
    """,
    "fr": """
        candidature candidatures candidat candidate candidats poste postes recrutement entretien entretiens
        emploi malheureusement retenu retenue profil regrettons processus
    """,
    "es": """
        candidatura candidaturas candidato candidata candidatos puesto vacante empleo entrevista postulación
        postulacion postulaste proceso selección seleccion lamentablemente desafortunadamente currículum
        curriculum perfil
    """,
    "nl": """
        sollicitatie sollicitaties gesolliciteerd vacature functie kandidaat kandidaten gesprek helaas werving
        procedure afwijzing
    """,
    "pt": """
        candidatura candidato candidata vaga vagas cargo emprego entrevista infelizmente seleção selecao
        processo currículo curriculo oportunidade
    """,
}
# People who write by hand turn candidates down in everyday words ("we went with someone who ...", "the spot's
# filled", "thanks for the trial shift"). Too common to search all mail for, they are searched for only in
# Gmail's Primary category, where such mail lands; ATS and bulk mail carries the words above.
_PERSONAL_WORDS = """
    someone somebody another further join joining spot filled filling trial shift pass passing fit hire
    direction decided decision experience team persona decantar otra otro autre quelqu'un anders andere jemand
    outra alguém iemand
"""
_PHRASES = (
    "coming in",
    "came in",
    "coming by",
    "went with",
    "gone with",
    "going with",
    "move forward",
    "moving forward",
)
# Never candidates: what the owner sent or is writing, and chat transcripts.
_EXCLUDE = "-in:sent -in:drafts -in:chats"


def _group(words: list[str]) -> str:
    return "{" + " ".join(words) + "}"


def candidate_query(days: int) -> str:
    """Messages of the last ``days`` days that could be a rejection."""
    job = list(dict.fromkeys(word for text in _WORDS.values() for word in text.split()))
    personal = [*_PERSONAL_WORDS.split(), *(f'"{phrase}"' for phrase in _PHRASES)]
    return f"({_group(job)} OR ({_group(personal)} category:primary)) {_EXCLUDE} newer_than:{days}d"


def sent_query(days: int) -> str:
    """What the owner sent in the same period: threads they may already have answered."""
    return f"in:sent newer_than:{days}d"
