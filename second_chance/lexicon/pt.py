"""Portuguese cues (Portugal and Brazil; você, tu and o senhor/a senhora)."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "YOUR": r"(?:sua|tua|seu|teu|vossa)",
    "APP": r"(?:candidatura|aplicação|inscrição|perfil|currículo|cv|processo)",
    "PERSON": r"(?:candidat[oa]s?|perfis|perfil|pessoas?|profissionais?|outr[oa]s? candidat[oa]s?|finalistas?)",
    "JOBNOUN": r"(?:vaga|posição|cargo|função|oportunidade|processo)",
}

_E: list[Entry] = [
    (
        Cue.REJECT,
        1.0,
        r"não (?:\w+ ){0,2}?(?:seguir|seguiremos|avançar|avançaremos|prosseguir|prosseguiremos|continuar|continuaremos|"
        r"dar (?:seguimento|continuidade|sequência)|daremos (?:seguimento|continuidade|sequência)|iremos (?:seguir|avançar|"
        r"prosseguir|dar)|vamos (?:seguir|avançar|prosseguir|dar)|poderemos (?:seguir|avançar|prosseguir|dar)|"
        r"podemos (?:seguir|avançar|prosseguir|dar))(?: \w+){0,3}? (?:com|a|à|na|no|em) (?:a |o )?(?:<<YOUR>> )?"
        r"(?:<<APP>>|candidatura)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:optámos|optamos|decidimos|escolhemos|resolvemos|selecionamos|seleccionámos|preferimos) (?:por |seguir com |"
        r"avançar com |prosseguir com |continuar com |seguir o processo com |dar continuidade com ){0,2}(?:outr[oa]s?|um|"
        r"uma|o|a) (?:\w+ ){0,2}?<<PERSON>>",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:decidimos|optámos por|optamos por|resolvemos) não (?:seguir|avançar|prosseguir|continuar|dar)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:não|nao) (?:\w+ ){0,2}?(?:foi|foste|foram|será|seria) (?:\w+ )?(?:selecionad[oa]|seleccionad[oa]|"
        r"aprovad[oa]|escolhid[oa]|aceite|aceita)",
    ),
    (
        Cue.REJECT,
        0.8,
        r"<<PERSON>> (?:\w+ ){0,3}?(?:com|cujo|cuja|que) (?:\w+ ){0,6}?(?:mais (?:alinhad|adequad|próxim|aderente)|"
        r"mais experiência|experiência mais)",
    ),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:já )?(?:foi|está|encontra-se) (?:já )?(?:preenchid[oa]|ocupad[oa])",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,5}? (?:foi|está|será) (?:\w+ )?(?:cancelad[oa]|suspens[oa]|congelad[oa]|"
        r"encerrad[oa]|em pausa)|congelamento de contratações",
    ),
    (Cue.HINT, 0.5, r"\blamenta\w*|\blamento\b"),
    (Cue.HINT, 0.15, r"\binfelizmente\b"),
    (
        Cue.HINT,
        0.3,
        r"(?:sucesso|sorte) (?:na|em|para) (?:a )?(?:sua|tua)|muito sucesso|boa sorte",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:manter|guardar)\w* (?:\w+ ){0,2}?(?:currículo|cv|perfil|dados)|base de dados|banco de talentos|"
        r"(?:futuras|próximas) (?:oportunidades|vagas)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:convidar|convidá|convidamos|convite)[^.]{0,60}?(?:entrevista|conversa|reunião|etapa|fase)|"
        r"(?:foi|foste) (?:selecionad[oa]|seleccionad[oa]) para",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:temos o prazer|é com (?:muito )?(?:prazer|satisfação)|ficamos (?:muito )?felizes)",
    ),
    (Cue.POSITIVE, 0.6, r"(?:próxima|seguinte) (?:fase|etapa|entrevista)"),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:sua|tua) disponibilidade|qual (?:o )?(?:melhor )?horário",
    ),
    (
        Cue.OFFER,
        1.0,
        r"proposta (?:de (?:trabalho|emprego|contratação)|formal|salarial)|carta[- ]oferta",
    ),
    (Cue.OFFER, 0.6, r"parabéns|bem-vind[oa] (?:à|a) equipa|bem-vind[oa] ao time"),
    (
        Cue.ACK,
        0.9,
        r"recebemos (?:a )?(?:<<YOUR>> )?(?:<<APP>>|candidatura)|candidatura (?:foi )?recebida|confirma\w* (?:a )?rece[cp]?ção",
    ),
    (
        Cue.ACK,
        0.9,
        r"não (?:\w+ ){0,2}?(?:conseguimos|podemos|é possível) responder (?:\w+ ){0,3}?(?:individual|a cada)|"
        r"apenas (?:os|as) (?:candidat\w+|perfis) (?:selecionad|seleccionad)",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:vamos|iremos|será|irá) (?:\w+ )?(?:analisar|analisada|avaliar|avaliada)|entraremos em conta[c]?to",
    ),
    (
        Cue.RESCHEDULE,
        0.9,
        r"(?:reagendar|remarcar|adiar|alterar|mudar) (?:a |nossa |sua |tua )?(?:\w+ )?(?:entrevista|reunião|conversa)|"
        r"(?:entrevista|reunião) (?:\w+ ){0,2}?(?:adiada|remarcada|cancelada|reagendada)",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:teste técnico|desafio técnico|estudo de caso|teste online)",
    ),
    (
        Cue.SURVEY,
        0.9,
        r"inquérito|pesquisa de satisfação|questionário|avalie a sua experiência",
    ),
    (Cue.WITHDRAWN, 0.9, r"(?:candidatura) (?:\w+ ){0,3}?retirada|desistência"),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:obrigad[oa]|agradec\w*)[^.]{0,80}(?:entrevista|conversa|reunião|tempo)|(?:após|depois d[ae]) (?:a |nossa "
        r"|sua )?(?:\w+ )?(?:entrevista|conversa|reunião)",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:a |nossa |sua |tua )?(?:conversa|entrevista|reunião|chamada|papo) (?:de|com|da semana|que tivemos)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bencerr\w* (?:a |o )?(?:sua|tua|seu|teu) (?:candidatura|processo)|candidatura (?:foi )?encerrada",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:decid\w+|opt\w+|escolh\w+|resolv\w+|prefer\w+|selecion\w+) (?:por |seguir com |avançar com |prosseguir com |continuar com |seguir o processo com ){0,2}(?:outr[oa]s?|um|uma) (?:\w+ ){0,2}?(?:candidat[oa]s?|perfis|perfil|pessoas?|profissionais?|finalistas?)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:não|nao) (?:\w+ ){0,2}?(?:foi|foste|foram|será|seria) (?:\w+ )?considerad[oa]",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:perfil|candidatura|experiência) (?:\w+ )?não (?:se )?(?:enquadra|adequa|encaixa|corresponde|alinha)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"(?:processo|recrutamento|vaga|posição|função)(?: \w+){0,6}? (?:foi |está |ficou )?(?:suspens[oa]|cancelad[oa]|congelad[oa]|encerrad[oa]|adiad[oa])",
    ),
    (
        Cue.OUTREACH,
        0.9,
        r"naquela ocasião|na altura|no ano passado|há (?:alguns|uns) meses|nova vaga|nova oportunidade|teria interesse|tem interesse",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:se|caso|embora|mesmo que|a menos que)\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"não (?:significa|afeta|afecta|implica)|(?:pode|poderá|podes|deve|deverá|deves|devem|deverão) considerar|"
        r"considere que|"
        r"sem (?:resposta|notícias|retorno) (?:nossa|da nossa parte)",
    ),
    # Condições de prazo ou de documentação ("candidaturas fora do prazo não ...") não decidem nada.
    (Cue.HEDGE, 1.0, r"fora do prazo|incomplet[oa]s?\b|após o prazo"),
    (Cue.FILLED, 0.9, r"(?:já )?(?:preenchemos|ocupamos) (?:a |o |esta |este )?<<JOBNOUN>>"),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()/-]+){0,6}? (?:a gente |nós )?(?:já )?(?:preencheu|preenchemos|fechou|fechamos|ocupamos)\b",
    ),
    (Cue.HEDGE, 1.0, r"^sem\b"),
]

_CONTEXT: list[Entry] = [
    (Cue.JOB, 1.0, r"\bcandidat\w*"),
    (
        Cue.JOB,
        1.0,
        r"\b(?:vaga|cargo|função|emprego|posição|processo seletivo|processo de recrutamento)\b",
    ),
    (Cue.JOB, 1.5, r"\bentrevista"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:recrutamento|talent acquisition|recursos humanos|rh|equipa de talento)\b",
    ),
    (Cue.JOB, 1.0, r"\b(?:currículo|cv)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:empréstimo|crédito|financiamento|cartão de crédito)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:apartamento|arrendamento|aluguel|imóvel|senhorio)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:visto de (?:trabalho|residência|estudante)|autorização de residência)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:admissão|mestrado|matrícula|vaga no curso)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:bolsa de|subsídio)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:fornecedor\w*|proposta comercial|licitação|orçamento|caderno de encargos)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:seu artigo|congresso|conferência|revisores)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:encomenda|reembolso|voluntári\w*)\b"),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
