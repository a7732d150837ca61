"""A fast first look: could this message be about a job at all?

Most of an inbox (receipts, newsletters, friends) never mentions applications, candidates, interviews or
roles in any of our languages. Those messages skip extraction and detection entirely; everything else
gets the full analysis. The word list errs on the side of letting mail through: a wrong pass costs only
time, a wrong stop would lose a rejection.
"""

from __future__ import annotations

import ahocorasick

_STEMS = """
applica applied applying apply candida interview recruit hiring hire talent career vacanc resume résumé
position role job opening requisition shortlist unsuccessful regret unfortunately direction filled process
finalist panel another further join decided decision portfolio
bewerb stelle kandidat absage vorstellungsgespräch gespräch leider lebenslauf personalabteilung
poste recrut entretien emploi malheureusement retenu
puesto vacante empleo entrevista postula selecci lamentablemente currículum
sollicit vacature functie gesprek helaas werving
vaga cargo emprego infelizmente seleção seleciona currículo
decant charla conversa kennenlernen rencontre échange
""".split()
_PHRASES = (
    "someone else",
    "somebody else",
    "another candidate",
    "other candidates",
    "move forward",
    "moving forward",
    "not selected",
    "trial shift",
    "coming in",
    "came in",
    "otra persona",
    "otro perfil",
    "otros perfiles",
    "otra candidat",
    "otro candidat",
    "otros candidat",
    "outra pessoa",
    "outro candidat",
    "outros candidat",
    "outro perfil",
    "andere kandidat",
    "anderen kandidat",
    "andere bewerber",
    "anderen bewerber",
    "autre candidat",
    "autres candidat",
    "autre profil",
    "autre personne",
    "andere kandidaat",
    "ander profiel",
    "iemand anders",
    "jemand anderen",
    "alguien más",
)


# People writing by hand turn candidates down in everyday words ("we went with someone who ...", "gonna pass
# on this one", "the barista job's gone"): mail a person wrote gets these on top.
_HUMAN_WORDS = (
    "someone",
    "somebody",
    "decided",
    "decision",
    "went with",
    "gone with",
    "going with",
    "go with",
    "went for",
    "gone for",
    "bring you",
    "on board",
    "onboard",
    "trial",
    "intern",
    "taken",
    "gone",
    "pass",
    "afraid",
    " fit",
    "shift",
    "hours",
    " cv",
    "tutor",
    "work",
    "sorry",
    "news",
    "keep looking",
    "stick with",
    "offer",
    "fill",
    "spot",
    "hire",
)


def _automaton(words: set[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_FOR_ANY_MAIL = _automaton({*_STEMS, *_PHRASES})
_FOR_HUMAN_MAIL = _automaton({*_STEMS, *_PHRASES, *_HUMAN_WORDS})


def may_be_about_a_job(text: str, *, written_by_a_person: bool = False) -> bool:
    """``text``: subject and body, any case. Bulk and automated mail is held to the job words alone."""
    automaton = _FOR_HUMAN_MAIL if written_by_a_person else _FOR_ANY_MAIL
    for _ in automaton.iter(text.lower()):
        return True
    return False
