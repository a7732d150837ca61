"""Which of our languages a message is written in.

We only need to choose between the languages we can read and reply in, so a profile of frequent,
distinctive function words is enough, deterministic and costs microseconds; general-purpose detectors are
slower and answer a question (any of 100+ languages) we do not ask.
"""

from __future__ import annotations

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "nl", "pt")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        the and you your we our for with this that have has been will would not thank thanks to of is
        are was were be at from it as about please regards best role position application team
        """.split()
    ),
    "de": frozenset(
        """
        der die das und nicht sie ihre ihr ihnen wir uns unser unsere mit für ist eine einer einen dem
        den des auf zu bei vielen dank leider wurde werden haben hat sich auch noch nach grüße
        freundlichen bewerbung stelle über gerne möchten können wünschen
        """.split()
    ),
    "fr": frozenset(
        """
        le la les et vous votre vos nous notre nos pour avec est une des du au aux dans sur pas ne que
        qui être avons sommes merci bien cordialement candidature poste malheureusement cette ce je suis
        très
        """.split()
    ),
    "es": frozenset(
        """
        el la los las y tu su sus nosotros nuestro nuestra para con es una del al en por que no hemos
        muy gracias saludos candidatura puesto lamentablemente este esta te le usted como más proceso
        """.split()
    ),
    "nl": frozenset(
        """
        het een en je jouw jij uw u wij we ons onze voor met is van niet op dat zijn hebben heeft bij
        bedankt groet vriendelijke sollicitatie functie helaas graag naar ook nog wordt
        """.split()
    ),
    "pt": frozenset(
        """
        o os as e você seu sua seus suas nós nosso nossa para com é uma do da dos das ao não que em por
        obrigado obrigada cumprimentos candidatura vaga infelizmente foi muito sua também mais processo
        """.split()
    ),
}
_SAMPLE_CHARS = 1200


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _STOPWORDS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


# Punctuation and digits become spaces, so a plain split() yields the words (far cheaper than a regex).
_SEPARATORS = str.maketrans({ch: " " for ch in "0123456789.,;:!?()[]{}<>\"'«»„“”‘’/\\|@#$%^&*+=_~`–—-…·•\t\r\n"})


def detect_language(text: str, default: str = "en", *, sample: int = _SAMPLE_CHARS) -> str:
    scores = dict.fromkeys(SUPPORTED_LANGUAGES, 0)
    languages_of = _LANGUAGES_OF
    for word in text[:sample].lower().translate(_SEPARATORS).split():
        languages = languages_of.get(word)
        if languages:
            for lang in languages:
                scores[lang] += 1
    best = max(SUPPORTED_LANGUAGES, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default
