"""Dutch cues (u and je/jij; Netherlands and Flanders)."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "YOUR": r"(?:je|jouw|uw)",
    "APP": r"(?:sollicitatie|kandidatuur|kandidaatstelling|aanmelding|cv|profiel|procedure|sollicitatieprocedure)",
    "PERSON": r"(?:kandida(?:at|ten|te)|sollicitant(?:en)?|persoon|personen|profiel(?:en)?|collega)",
    "JOBNOUN": r"(?:vacature|functie|positie|baan|rol|plek)",
}

_E: list[Entry] = [
    (
        Cue.REJECT,
        1.0,
        r"(?:niet|geen) (?:verder|door|vervolg|voort)\w*(?: \w+){0,3}? (?:met|in|aan|geven aan) (?:<<YOUR>>|de|het)? ?"
        r"(?:<<APP>>|procedure|proces|kandidatuur)|(?:<<YOUR>> <<APP>>) (?:\w+ ){0,3}?niet (?:verder|voort)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:niet|geen) (?:\w+ ){0,2}?(?:weerhouden|behouden|geselecteerd)|(?:kandidatuur|sollicitatie) (?:\w+ ){0,3}?"
        r"niet (?:\w+ )?(?:weerhouden|geselecteerd)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\bniet (?:langer |meer )?(?:met (?:je|jou|u|jouw|uw) (?:\w+ ){0,4}?)?(?:verder|door|voort)(?:gaan|zetten)?\b"
        r"|(?:zetten|gaan|zet|gaat) (?:we |wij )?(?:de |je |jouw |uw )?(?:procedure|sollicitatie|kandidatuur|proces|"
        r"gesprekken)(?: \w+){0,6}? niet (?:voort|verder|door)\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:besloten|besluit|beslist)(?: \w+){0,3}? (?:om )?(?:je|jou|u|jouw|uw)? ?(?:\w+ )?niet (?:verder|door|uit te "
        r"nodigen|mee te nemen|voort)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:gekozen|kiezen|keuze (?:gemaakt |gevallen )?(?:voor|op)|gegaan) (?:voor|met|op) (?:een |de )?(?:andere |"
        r"interne |\w+ )?<<PERSON>>",
    ),
    # "beslist om verder te gaan met een andere kandidaat" (Flemish and Dutch alike).
    (
        Cue.REJECT,
        1.0,
        r"(?:verder (?:te )?gaan|door (?:te )?gaan|verdergaan|doorgaan|verder gegaan) met (?:een |de )?(?:andere |"
        r"interne |\w+ )?<<PERSON>>",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:niet|geen) (?:\w+ ){0,2}?(?:in aanmerking|uit (?:te )?nodigen|uitnodigen|geselecteerd)|"
        r"(?:moeten|moet) (?:we|wij|ik) (?:je|u|jou) (?:\w+ )?teleurstellen|(?:<<YOUR>> <<APP>>) (?:\w+ ){0,3}?"
        r"(?:afgewezen|niet (?:succesvol|geselecteerd))",
    ),
    (
        Cue.REJECT,
        0.8,
        r"<<PERSON>> (?:\w+ ){0,3}?(?:die|wiens|met|wier) (?:\w+ ){0,6}?(?:beter|meer ervaring|dichter|nauwer) "
        r"(?:aansluit|past|bij)|<<PERSON>> (?:met|die) meer (?:ervaring|relevante)",
    ),
    (Cue.REJECT, 0.6, r"\bafwijzing\b"),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:is|werd|zijn) (?:inmiddels |al |intern )*(?:ingevuld|vervuld|vergeven|bezet)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:is|wordt|werd) (?:\w+ )?(?:stopgezet|ingetrokken|on hold|gepauzeerd|"
        r"geannuleerd|vervallen)|vacaturestop|personeelsstop|on hold (?:te )?(?:zetten|gezet)|"
        r"(?:vacature|functie) (?:\w+ ){0,3}?(?:stop te zetten|in te trekken)",
    ),
    (Cue.HINT, 0.15, r"\bhelaas\b|\bjammer\b"),
    (Cue.HINT, 0.5, r"tot (?:onze )?spijt|met spijt|teleurstellend"),
    (Cue.HINT, 0.3, r"succes (?:met|bij|in) (?:je|jouw|uw)|veel succes|veel geluk"),
    (
        Cue.HINT,
        0.3,
        r"(?:cv|gegevens|profiel) (?:\w+ ){0,3}?(?:bewaren|houden)|talentpool|(?:toekomstige|nieuwe) (?:vacatures|functies)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:uitnodigen|uitnodiging|uit te nodigen|nodigen (?:je|u) uit)[^.]{0,60}?(?:gesprek|interview|kennismaking|"
        r"ronde|assessment|sollicitatiegesprek)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:blij|verheugd) (?:je|u|jou) (?:\w+ ){0,3}?(?:te laten weten|uit te nodigen|mee te delen)|"
        r"graag (?:verder|door) met (?:je|jou|u)",
    ),
    (Cue.POSITIVE, 0.6, r"(?:volgende|tweede) (?:ronde|stap|fase|gesprek)"),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:zou|schikt|past) (?:\w+ ){0,5}?(?:uitkomen|schikken)|beschikbaarheid",
    ),
    (
        Cue.OFFER,
        1.0,
        r"(?:een |ons )?aanbod (?:doen|voor)|arbeidsovereenkomst|contractvoorstel|arbeidsvoorwaardenvoorstel",
    ),
    (Cue.OFFER, 0.6, r"gefeliciteerd|welkom (?:in|bij) (?:het|ons) team"),
    (
        Cue.ACK,
        0.9,
        r"(?:<<YOUR>> <<APP>>) (?:\w+ ){0,3}?ontvangen|ontvangstbevestiging|bevestig\w* (?:de )?ontvangst",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:nemen|neemt) (?:\w+ ){0,3}?contact (?:met (?:je|u) )?op|(?:gaan|zullen) (?:\w+ ){0,3}?(?:bekijken|beoordelen)",
    ),
    (
        Cue.ACK,
        0.9,
        r"niet (?:\w+ ){0,3}?(?:individueel|iedereen|persoonlijk) (?:\w+ ){0,2}?(?:reageren|antwoorden)",
    ),
    (
        Cue.RESCHEDULE,
        0.9,
        r"verzetten|verplaatsen|verschuiven|nieuw tijdstip|(?:gesprek|afspraak) (?:\w+ ){0,2}?(?:afzeggen|verzet)",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:assessment|thuisopdracht|case-opdracht|online test)\b",
    ),
    (Cue.SURVEY, 0.9, r"enquête|vragenlijst|kandidaatervaring"),
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:sollicitatie|kandidatuur) (?:\w+ ){0,3}?(?:ingetrokken|teruggetrokken)",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:bedankt|dank)[^.]{0,80}(?:gesprek|interview|kennismaking|tijd|case)|(?:na|tijdens) (?:ons|het|de) "
        r"(?:\w+ )?(?:gesprek|interview)",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:ons|het|jullie|je) (?:\w+ )?(?:gesprek|interview|kennismaking|sollicitatiegesprek) (?:van|met|afgelopen|vorige)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:met|voor) (?:een )?(?:andere |interne )?(?:kandida(?:at|te|ten)|sollicitant(?:en)?) (?:\w+ ){0,3}?in zee (?:te )?gaan",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:de )?voorkeur (?:te )?geven aan (?:een )?(?:andere )?(?:kandida(?:at|te)|sollicitant|persoon)|geen aanbod (?:kunnen|kan) doen",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bgaan (?:het )?niet met (?:je|jou|u) (?:doen|verder)|niet met (?:je|jou|u) in zee",
    ),
    (
        Cue.OUTREACH,
        0.9,
        r"\btoen\b|destijds|vorig jaar|een tijdje geleden|nieuwe (?:vacature|functie|rol)|zou je (?:openstaan|interesse hebben)|heb je interesse",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:als (?:je|jij|u|we|wij|er|het|dat)|indien|mocht|tenzij|hoewel|ofwel|ongeacht of)\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"\bniets van ons (?:gehoord|vernomen|ontvangen)|(?:heb|hoor|ontvang|krijg)t? je (?:\w+ ){0,8}?(?:niets|geen "
        r"(?:reactie|bericht|antwoord))|betekent niet|geen (?:invloed|gevolgen)|(?:mag|kun|kan|moet|mogen) (?:je|u|jij) (?:er )?(?:\w+ )?van uit ?gaan|"
        r"ga (?:er )?dan (?:maar )?van uit",
    ),
    # Voorwaarden over termijnen of volledigheid ("te laat ingeleverde ...") beslissen nog niets.
    (Cue.HEDGE, 1.0, r"\bte laat\b|onvolledig\w*|na de (?:deadline|sluitingsdatum)"),
    (
        Cue.FILLED,
        0.9,
        r"(?:we hebben|hebben we|wij hebben) (?:de |deze )?<<JOBNOUN>> (?:\w+ ){0,3}?(?:ingevuld|vervuld|vergeven|bezet)",
    ),
    (Cue.HEDGE, 1.0, r"^zonder\b"),
    # Verb first: "Helaas is de vacature Planner inmiddels ingevuld".
    (
        Cue.FILLED,
        0.9,
        r"\b(?:is|werd) de <<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:inmiddels |al |intern |helaas |reeds )*(?:ingevuld|"
        r"vervuld|vergeven|bezet)",
    ),
]

_CONTEXT: list[Entry] = [
    (Cue.JOB, 1.0, r"\b(?:sollicit\w*|kandida\w*)"),
    (Cue.JOB, 1.0, r"\b(?:vacature|functie|baan|positie)\b"),
    (Cue.JOB, 1.5, r"(?:sollicitatiegesprek|gesprek|interview)"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:recruiter|recruitment|werving|hr-afdeling|talent acquisition|p&o)\b",
    ),
    (Cue.JOB, 1.0, r"\b(?:cv|motivatiebrief|motivatie)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:lening|hypotheek|krediet|financieringsaanvraag)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:woning|huurwoning|appartement|verhuurder|bezichtiging|huurovereenkomst)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:visum|verblijfsvergunning|naturalisatie)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:toelating|inschrijving|masteropleiding|toelatingsbesluit)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:subsidie\w*|beurs)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:aanbesteding|offerte|leverancier\w*|gunning|opdrachtgever)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:uw artikel|je artikel|congres|paper|conferentie|reviewers)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:bestelling|terugbetaling|levering|vrijwilliger\w*)\b",
    ),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
