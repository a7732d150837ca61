"""Spanish cues (tú and usted; Spain and Latin America)."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "YOUR": r"(?:tu|su|vuestra)",
    "APP": r"(?:candidatura|postulación|solicitud|aplicación|perfil|cv|currículum|proceso)",
    "PERSON": r"(?:candidat[oa]s?|perfil(?:es)?|personas?|postulantes?|aspirantes?|profesionales?)",
    "JOBNOUN": r"(?:puesto|vacante|posición|plaza|oferta|cargo|proceso)",
}

_E: list[Entry] = [
    (
        Cue.REJECT,
        1.0,
        r"\bno (?:\w+ ){0,3}?(?:continuar|seguir|avanzar|proseguir|continuaremos|seguiremos|avanzaremos|"
        r"podremos continuar|podremos avanzar|vamos a (?:continuar|seguir|avanzar))(?: adelante)? (?:con|en) "
        r"(?:<<YOUR>>|el|la|este|esta)? ?(?:<<APP>>|proceso|candidatura)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:hemos|han|ha|decidimos|optamos|hemos optado por) (?:decidido |optado por )?no (?:continuar|seguir|avanzar|"
        r"proseguir|contar|seleccionar)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:continuar|seguir|avanzar|proseguir|optado por|optamos por|elegido|seleccionado|decant\w* por|decidido por|"
        r"quedado con|inclinado por|apostado por|apostar por)(?: el proceso| la selección| adelante)? (?:a |con |por )?"
        r"(?:otr[oa]s? |un |una )(?:\w+ ){0,2}?<<PERSON>>",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:no (?:has|ha|han|fue|fuiste|resultó|resultaste) (?:sido )?(?:seleccionad[oa]|elegid[oa]|escogid[oa]|"
        r"preseleccionad[oa])|(?:<<YOUR>> <<APP>>) no (?:ha sido|fue|será|resultó) (?:seleccionada|aceptada|exitosa|"
        r"elegida|considerada))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bno (?:\w+ )?(?:hemos|han|he) (?:\w+ )?(?:seleccionado|elegido|escogido|preseleccionado) (?:tu|su|vuestra) "
        r"(?:perfil|candidatura|postulación|solicitud)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"no (?:podemos|podremos|será posible) (?:\w+ ){0,2}?(?:continuar|avanzar|seguir|ofrecerte|ofrecerle|"
        r"considerar(?:te|le)?)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"no (?:seguirá|continuará|avanzará|pasará|pasarás|avanzarás|continuarás|seguirás)s? (?:adelante |avanzando )?"
        r"(?:en|a|con)",
    ),
    (
        Cue.REJECT,
        0.8,
        r"<<PERSON>> (?:\w+ ){0,3}?(?:que|cuy[oa]s?) (?:\w+ ){0,6}?(?:se ajusta|encaja|se adecua|más (?:cercan|"
        r"ajustad|alineado|adecuad)|mayor experiencia|más experiencia)",
    ),
    (
        Cue.REJECT,
        0.6,
        r"(?:<<YOUR>> <<APP>>|tu experiencia|su experiencia) no (?:encaja|se ajusta|corresponde)",
    ),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:ya )?(?:ha sido|fue|está|se ha|han sido) (?:ya )?(?:cubiert[oa]|ocupad[oa]|"
        r"adjudicad[oa])",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:ha sido|fue|está|se ha|queda) (?:\w+ )?(?:cancelad[oa]|suspendid[oa]|"
        r"congelad[oa]|en pausa|cerrad[oa])|congelación de (?:contrataciones|vacantes)",
    ),
    (Cue.HINT, 0.5, r"\blamenta\w*"),
    (
        Cue.HINT,
        0.15,
        r"lamentablemente|desafortunadamente|por desgracia",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:éxito|suerte) en (?:tu|su) (?:búsqueda|carrera|futuro|camino|trayectoria)|mucha suerte|mucho éxito",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:mantener|conservar|guardar)\w* (?:\w+ ){0,2}?(?:cv|currículum|perfil|datos|candidatura)|base de datos|"
        r"(?:futuras|próximas) (?:vacantes|oportunidades|posiciones|ofertas)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:invitarte|invitarle|invitaros|te invitamos|le invitamos|nos gustaría invitar)[^.]{0,60}?(?:entrevista|"
        r"reunión|llamada|fase|etapa)|(?:has|ha) (?:sido )?(?:seleccionad[oa]|preseleccionad[oa]) para|pasar a la "
        r"siguiente",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"nos (?:complace|alegra|encanta|da gusto) (?:\w+ ){0,2}?(?:informar|comunicar|invitar|ofrecer|contar)",
    ),
    (Cue.POSITIVE, 0.6, r"(?:siguiente|próxima) (?:fase|etapa|ronda|entrevista|paso)"),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:tu|su) disponibilidad|qué (?:día|horario)|te viene bien|le viene bien",
    ),
    (
        Cue.OFFER,
        1.0,
        r"oferta (?:de (?:trabajo|empleo)|laboral|formal|económica)|propuesta (?:económica|de contratación|laboral)|"
        r"(?:hacerte|hacerle|presentarte|presentarle) una (?:oferta|propuesta)",
    ),
    (
        Cue.OFFER,
        0.6,
        r"enhorabuena|felicidades|felicitaciones|bienvenid[oa] al equipo",
    ),
    (
        Cue.ACK,
        0.9,
        r"(?:hemos recibido|recibimos) (?:correctamente )?(?:<<YOUR>> )?(?:<<APP>>|candidatura)|confirma\w* (?:la )?recepción",
    ),
    (
        Cue.ACK,
        0.9,
        r"no (?:podemos|podremos|es posible) responder (?:\w+ ){0,3}?(?:individual|personalizad|a cada)|"
        r"si (?:tu|su) perfil (?:encaja|se ajusta)|solo (?:nos pondremos en contacto|contactaremos) con",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:revisará|revisaremos|analizará|analizaremos|estudiará|estudiaremos|va a revisar)|nos pondremos en contacto",
    ),
    (
        Cue.RESCHEDULE,
        0.9,
        r"(?:reprogramar|cambiar|mover|aplazar|posponer|reagendar) (?:la |nuestra |tu |su )?(?:\w+ )?(?:entrevista|"
        r"reunión|llamada|cita)|(?:entrevista|reunión) (?:\w+ ){0,2}?(?:aplazada|pospuesta|cancelada|reprogramada)",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:prueba técnica|caso práctico|ejercicio técnico|prueba online)",
    ),
    (Cue.SURVEY, 0.9, r"encuesta|cuestionario|valora (?:tu|su) experiencia"),
    (Cue.WITHDRAWN, 0.9, r"(?:candidatura|solicitud) (?:\w+ ){0,3}?retirada"),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:gracias|agradec\w*)[^.]{0,80}(?:entrevista|conversación|reunión|llamada|tiempo|proceso)|"
        r"(?:tras|después de) (?:la|nuestra|tu|su) (?:\w+ )?(?:entrevista|conversación|reunión)",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:la |nuestra |tu |su )?(?:charla|conversación|entrevista|reunión|llamada|videollamada) (?:del|de ayer|de la semana|con|que tuvimos)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:candidatura|postulación|perfil|solicitud) no (?:siga|continúe|continua|avance|pase|sigue|continúa|avanza|pasa) (?:adelante|a la siguiente|en el proceso)|\bdescartad[oa]s?\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bno (?:\w+ ){0,3}?(?:seguir|continuar|avanzar)\w* (?:avanzando |adelante )?(?:con|en) (?:tu|su|vuestra|el|la) (?:candidatura|postulación|solicitud|proceso|perfil)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:incorporación|contratación|selección) de otr[oa] (?:persona|candidat[oa]|perfil)|(?:cubierto|cubierta|ocupado|ocupada) (?:por|con) otr[oa]",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:perfil|experiencia|candidatura) no (?:se )?(?:ajusta|encaja|adecua|corresponde)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"\bcongel\w*|(?:búsqueda|proceso|vacante|posición)(?: \w+){0,4}? (?:ha |fue |queda |quedó )?(?:cancelad[oa]|suspendid[oa]|cerrad[oa]|pausad[oa]|finalizad[oa])",
    ),
    (
        Cue.OUTREACH,
        0.9,
        r"en (?:aquella|esa) ocasión|en su momento|el año pasado|hace (?:unos|algunos) meses|nueva vacante|nueva posición|te (?:interesaría|interesa)|le interesaría",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:si|aunque|en caso de que|a menos que|tanto si)\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"no (?:significa|afecta|implica)|(?:puedes|puede|podrás|podrá|debe|deberá|debes|deberás) considerar|"
        r"considera(?:r)? que|"
        r"entiend[ae] que|entender que|asum[ae] que|da por (?:hecho|sentado)|"
        r"sin (?:respuesta|noticias) (?:nuestra|de nuestra parte)",
    ),
    # Condiciones de plazo o de documentación ("las candidaturas fuera de plazo no ...") no deciden nada.
    (Cue.HEDGE, 1.0, r"fuera de plazo|incomplet[oa]s?\b|recibid[oa]s? (?:después|fuera)"),
    (
        Cue.FILLED,
        0.9,
        r"(?:ya )?(?:hemos|han|ha) (?:\w+ )?(?:cubierto|ocupado|llenado|adjudicado) (?:el |la |este |esta )?<<JOBNOUN>>",
    ),
    (
        Cue.REJECT,
        0.9,
        r"no (?:podemos|podremos|vamos a poder|podríamos) contar (?:contigo|con usted|con (?:tu|su) perfil)",
    ),
    (Cue.HEDGE, 1.0, r"^sin\b"),
]

_CONTEXT: list[Entry] = [
    (Cue.JOB, 1.0, r"\b(?:candidat\w*|postulaci\w*|postulante\w*)"),
    (
        Cue.JOB,
        1.0,
        r"\b(?:puesto|vacante|empleo|cargo|plaza|posición|proceso de selección)\b",
    ),
    (Cue.JOB, 1.5, r"\bentrevista"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:recursos humanos|talento|equipo de selección|reclutamiento|rrhh|responsable de selección)\b",
    ),
    (Cue.JOB, 1.0, r"\b(?:cv|currículum|curriculum|carta de presentación)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:préstamo|crédito|hipoteca|financiación|tarjeta de crédito)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:piso|alquiler|vivienda|arrendamiento|inmueble|departamento en)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:visado|permiso de residencia|tarjeta de residencia)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:admisión|matrícula|plaza en el máster|programa de máster|programa de posgrado)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:beca|subvención|convocatoria de ayudas)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:licitación|proveedor\w*|propuesta comercial|presupuesto|adjudicación del contrato)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:ponencia|congreso|su artículo|tu artículo|revisores|comité científico)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:pedido|reembolso|envío|voluntari\w*)\b"),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
