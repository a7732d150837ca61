"""German cues (formal Sie and informal du)."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "YOU": r"(?:ihnen|dir|sie|dich)",
    "YOUR": r"(?:ihre[nrms]?|deine[nrms]?)",
    "APP": r"(?:bewerbung|kandidatur|unterlagen|bewerbungsunterlagen|profil)",
    "OTHER": (
        r"(?:eine[nr]? (?:andere[nr]? |weitere[nr]? )?|andere[nr]? |zugunsten (?:eine[sr]? )?(?:andere[nrs]? )?)"
        r"(?:\w+ ){0,2}?"
    ),
    "PERSON": r"(?:bewerber\w*|kandidat\w*|person\w*|profil\w*|interessent\w*|mitbewerber\w*|bewerbende\w*)",
    "JOBNOUN": r"(?:stelle|position|vakanz|ausschreibung|funktion|rolle|stellenausschreibung|job)",
}

_E: list[Entry] = [
    (
        Cue.REJECT,
        1.0,
        r"(?:nicht|keine?) (?:mehr |weiter |länger |weiterhin )*(?:[\w,]+ ){0,5}?(?:zu )?berücksichtig",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:müssen|muss|möchten|können|werden) (?:wir|ich) (?:\w+ ){0,4}?(?:eine |leider eine )?absage|"
        r"absage (?:erteilen|geben|mitteilen|aussprechen|zukommen)|(?:ihnen|dir) (?:\w+ ){0,3}eine absage",
    ),
    (Cue.REJECT, 0.6, r"\b(?:diese|unsere|die) absage\b"),
    (
        Cue.REJECT,
        1.0,
        r"(?:für|zugunsten) <<OTHER>><<PERSON>>[^.]{0,120}?(?:entschieden|entscheiden|entschlossen)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:uns|wir) (?:\w+ ){0,4}?(?:anders|anderweitig|gegen (?:ihre|deine|eine weitere)) (?:\w+ ){0,3}?"
        r"(?:entschieden|entscheiden)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:<<YOUR>> <<APP>>|mit (?:ihnen|dir)|ihre kandidatur|den prozess|das verfahren|den bewerbungsprozess)"
        r"[^.]{0,60}?nicht (?:weiter |mehr )?(?:verfolgen|weiterverfolgen|fortsetzen|fortführen|weiterführen|"
        r"berücksichtigen|in betracht ziehen|weitergehen|berücksichtigt)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"nicht (?:weiter|fort)(?:verfolgen|setzen|führen|zuführen|zusetzen|zuverfolgen)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:führen|setzen|verfolgen|gehen|machen) (?:wir )?(?:den prozess|das verfahren|(?:ihre|deine) (?:bewerbung|"
        r"kandidatur)|die gespräche|es)?(?: mit (?:ihnen|dir))?(?: \w+){0,5}? nicht (?:mehr )?(?:weiter|fort)\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bmit (?:eine[rnm]|einen|den|der) (?:anderen?|weiteren?) (?:\w+ )?<<PERSON>>",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<JOBNOUN>> (?:\w+ ){0,3}?mit (?:eine[rnm]|einen) (?:\w+ )?<<PERSON>> (?:\w+ ){0,6}?(?:zu )?(?:besetzen|besetzt|"
        r"nachzubesetzen)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"keine (?:positive|erfreuliche|gute) (?:rückmeldung|nachricht|antwort|entscheidung)|keine zusage|"
        r"nicht positiv (?:beantworten|bescheiden|entscheiden|ausgefallen)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"nicht (?:\w+ ){0,2}(?:in die engere (?:auswahl|wahl)|in die nächste (?:runde|phase|auswahlrunde)|"
        r"für (?:die|eine) weitere (?:auswahl|runde)|ausgewählt|berücksichtigt)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:<<YOUR>> <<APP>>|sie|du) (?:\w+ ){0,3}?(?:leider )?nicht (?:erfolgreich|berücksichtigt|ausgewählt|"
        r"weiterkommen|weiter im (?:prozess|verfahren))",
    ),
    (
        Cue.REJECT,
        0.8,
        r"<<PERSON>>[^.]{0,80}?(?:noch )?(?:genauer|besser|näher|eher|stärker|passender) (?:zu|auf|unseren?|dem|den)|"
        r"<<PERSON>>,? (?:deren|die|dessen) [^.]{0,80}?(?:genauer|besser|näher|eher|passender|mehr erfahrung)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:können|werden) (?:wir )?(?:ihnen|dir) (?:\w+ ){0,3}?(?:keine stelle|die stelle nicht|kein angebot)|"
        r"(?:kein|keinen) (?:vertrags)?angebot (?:machen|unterbreiten)",
    ),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:ist|wurde|wurden|haben|konnte|konnten|wird)(?: \w+){0,3}? "
        r"(?:besetzt|vergeben|nachbesetzt)|anderweitig (?:besetzt|vergeben)|(?:intern|bereits|schon|inzwischen|"
        r"mittlerweile) (?:besetzt|vergeben)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:ist|wurde|wird|werden)(?: \w+){0,3}? (?:eingefroren|gestoppt|gestrichen|"
        r"zurückgezogen|pausiert|auf eis gelegt|nicht (?:mehr )?(?:nach)?besetzt|aufgelöst|abgebrochen|storniert)|"
        r"einstellungsstopp|(?:prozess|verfahren|besetzung) (?:\w+ ){0,3}(?:gestoppt|pausiert|abgebrochen|auf eis)|"
        r"auf eis (?:gelegt|legen)",
    ),
    (Cue.HINT, 0.5, r"\bbedauer\w*"),
    (Cue.HINT, 0.15, r"\bleider\b"),
    (
        Cue.HINT,
        0.3,
        r"alles gute (?:für|auf)|viel erfolg (?:für|bei|auf)|(?:beruflichen|weiteren) (?:weg|zukunft|werdegang)",
    ),
    (
        Cue.HINT,
        0.3,
        r"talentpool|bewerberpool|(?:zukünftige|künftige) (?:vakanzen|stellen|positionen|ausschreibungen|möglichkeiten)|"
        r"in evidenz|(?:unterlagen|daten) (?:gerne |gern )?(?:aufbewahren|behalten|speichern)",
    ),
    (
        Cue.HINT,
        0.3,
        r"keine (?:wertung|bewertung|aussage über)|nicht leicht gemacht|(?:nicht )?leicht ?gefallen|schwer ?gefallen",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:einladen|einladung|laden (?:sie|dich) (?:gerne |gern )?(?:\w+ )?ein)[^.]{0,60}?(?:gespräch|interview|"
        r"kennenlernen|termin|runde|probearbeit|assessment|vorstellungsgespräch)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:freuen uns|freue mich)(?: sehr| besonders)?,? (?:ihnen|dir|sie|dich) (?:\w+ ){0,4}?(?:mitteilen|einladen|mitzuteilen|"
        r"einzuladen)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:prozess|verfahren|gespräche?) (?:\w+ ){0,3}?mit (?:ihnen|dir) (?:\w+ )?(?:fortsetzen|fortführen|weiterführen)",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:nächste[nr]?|zweite[nr]?|finale[nr]?) (?:runde|schritt|phase|gespräch)",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:passt|passen|würde) (?:ihnen|dir)|(?:ihre|deine) verfügbarkeit|terminvorschl",
    ),
    (
        Cue.OFFER,
        1.0,
        r"(?:vertragsangebot|arbeitsvertrag|angebot (?:unterbreiten|machen|zukommen)|unser angebot|ihr angebot|"
        r"zusage (?:geben|erteilen|mitteilen))",
    ),
    (
        Cue.OFFER,
        0.6,
        r"glückwunsch|gratulieren|willkommen im team",
    ),
    (
        Cue.ACK,
        0.9,
        r"eingang (?:ihrer|deiner) (?:bewerbung|unterlagen)|eingangsbestätigung|(?:bewerbung|unterlagen) "
        r"(?:\w+ ){0,3}?(?:erhalten|eingegangen|bekommen)",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:werden|wir) (?:\w+ ){0,3}?(?:prüfen|sichten|ansehen)|(?:sie|du) (?:hören|hörst) (?:in jedem fall |bald )?"
        r"von uns|(?:melden|wenden) (?:uns|wir) (?:\w+ ){0,3}?(?:bei ihnen|bei dir|zurück)",
    ),
    (
        Cue.ACK,
        0.9,
        r"nicht (?:jede[nrm]?|alle[n]?) (?:\w+ ){0,2}?(?:einzeln|individuell)|nur (?:ausgewählte|passende) "
        r"(?:bewerber|kandidat)",
    ),
    (
        Cue.RESCHEDULE,
        0.9,
        r"verschieb\w*|verschob\w*|verlegen|neuen termin|umplanen|(?:termin|gespräch) (?:\w+ ){0,3}?(?:absagen|abgesagt)",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:online-?test|probeaufgabe|fallstudie|case study|assessment-center|coding-aufgabe)\b",
    ),
    (
        Cue.SURVEY,
        0.9,
        r"\bumfrage|befragung|(?:bewerten|bewertung) (?:sie|du) |wie (?:war|haben sie) (?:ihre|deine|den) (?:erfahrung|bewerbungsprozess)",
    ),
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:bewerbung|kandidatur) (?:\w+ ){0,3}?zurückgezogen|zurückziehung",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:dank|danke|danken)[^.]{0,80}(?:gespräch|interview|kennenlernen|probearbeit|besuch|zeit)|"
        r"(?:nach|im) (?:dem |unserem |ihrem )?(?:\w+ )?(?:gespräch|interview|vorstellungsgespräch)|probearbeit",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:unser|unserem|das|ihr|dein|dem) (?:\w+ )?(?:gespräch|interview|kennenlernen|telefonat|vorstellungsgespräch) (?:am|vom|mit|letzte)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:prozess|verfahren|bewerbungsprozess|auswahlprozess|gespräche)(?: [\w()/-]+){0,12}? (?:beenden|abbrechen|einstellen|abschließen|nicht fortsetzen|nicht weiterführen)\b",
    ),
    (
        Cue.REJECT,
        0.85,
        r"\b(?:passt|gepasst|passen) (?:es |das )?(?:leider |diesmal |dieses mal |jetzt |aktuell )*nicht\b",
    ),
    (
        Cue.REJECT,
        0.9,
        r"mit (?:anderen |weiteren )?(?:leuten|kandidat\w*|bewerber\w*|personen|profilen) (?:\w+ ){0,2}?in die (?:nächste|zweite|finale) runde",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:wahl|entscheidung) (?:\w+ ){0,3}?(?:auf|für) (?:eine[nr]?|einen|andere\w*|den|die) (?:\w+ )?(?:bewerber\w*|kandidat\w*|mitbewerber\w*|person|kollegin|kollegen|profil) (?:\w+ ){0,3}?(?:gefallen|getroffen)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"für (?:eine[nr]? |einen |andere\w* )?(?:kandidierend\w*|kandidat\w*|bewerber\w*|mitbewerber\w*|personen) (?:\w+ ){0,8}?entschieden",
    ),
    (
        Cue.FILLED,
        0.9,
        r"(?:stelle|position|vakanz|funktion|rolle)(?: [\w()/-]+){0,6}? (?:besetzt|vergeben|nachbesetzt) (?:wurde|worden|ist|werden konnte|werden)\b",
    ),
    (
        Cue.OUTREACH,
        0.9,
        r"\bdamals\b|seinerzeit|vor einiger zeit|letztes jahr|neue (?:stelle|position|vakanz)|hätten sie interesse|hättest du interesse|wären sie offen",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:falls|wenn|sofern|ob|obwohl|auch wenn|entweder|selbst wenn|sollten (?:sie|wir|du))\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"(?:bedeutet|heißt) (?:\w+ )?nicht|keine (?:auswirkung|auswirkungen|einfluss)|beeinflusst (?:\w+ )?nicht|"
        r"davon aus(?:gehen)?|nichts von uns (?:gehört|hören)",
    ),
    # Bedingungen zu Fristen und Vollständigkeit ("nicht fristgerecht abgeschlossene Tests ...") entscheiden nichts.
    (
        Cue.HEDGE,
        2.0,  # the whole sentence: "Bewerbungen, bei denen ... nicht fristgerecht ..., können wir nicht ..."
        r"nicht (?:fristgerecht|rechtzeitig|vollständig)|verspätet\w*|unvollständig\w*|nach (?:ablauf|der frist|dem "
        r"stichtag)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:uns|wir) (?:\w+ ){0,4}?für (?:jemand(?:en)?|eine andere person)(?: anderen)? (?:\w+ ){0,2}?entschieden",
    ),
    (Cue.HEDGE, 1.0, r"^ohne\b"),
    # Verb first: "Leider ist die Stelle als Verkäuferin in unserer Filiale bereits vergeben".
    (
        Cue.FILLED,
        0.9,
        r"\b(?:ist|wurde) die <<JOBNOUN>>(?: [\w()/-]+){0,8}? (?:bereits |schon |inzwischen |mittlerweile |leider |"
        r"anderweitig )*(?:besetzt|vergeben|nachbesetzt)",
    ),
]

_CONTEXT: list[Entry] = [
    (
        Cue.JOB,
        1.0,
        r"\b(?:bewerbung|bewerber\w*|kandidat\w*|bewerbungsprozess|auswahlverfahren)",
    ),
    (
        Cue.JOB,
        1.0,
        r"\b(?:stelle|position|vakanz|stellenausschreibung|ausschreibung|job|tätigkeit|mitarbeit)\b",
    ),
    (Cue.JOB, 1.5, r"(?:vorstellungsgespräch|gespräch|interview)"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:recruiting|recruiter\w*|personalabteilung|talent acquisition|people & culture|hr-team)",
    ),
    (
        Cue.JOB,
        1.0,
        r"\b(?:lebenslauf|unterlagen|anschreiben|zeugnisse)\b",
    ),
    (Cue.JOB, 2.0, r"\((?:m/w/d|w/m/d|m/f/d|d/m/w|gn\*?|all genders)\)"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:kredit\w*|darlehen\w*|baufinanzierung|finanzierungsanfrage|schufa)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:wohnung\w*|mietvertrag|mietinteressent\w*|vermieter\w*|besichtigung|zimmer)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:visum|aufenthaltstitel|aufenthaltserlaubnis|einbürgerung)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:studienplatz|zulassung|studiengang|immatrikulation|hochschulzulassung|masterstudium|bewerbung um einen studienplatz)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:förderantrag|förderung|fördermittel|stipendium|zuschuss)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:lieferant\w*|vergabeverfahren|vergabe|(?:ihr|ihres|ihrem) angebots?|auftragsvergabe|dienstleister|"
        r"öffentliche ausschreibung|teilnahme an der ausschreibung)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:ihr beitrag|ihren beitrag|konferenz|einreichung|gutachter\w*|tagung|paper)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:bestellung|rückerstattung|lieferung|ehrenamt\w*|mitgliedschaft)\b",
    ),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
