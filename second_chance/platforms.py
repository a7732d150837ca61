"""What we know about senders: applicant tracking systems, job boards, webmail, automated mailboxes."""

from __future__ import annotations

import re

from .email_model import Address

# Applicant tracking systems and recruiting platforms that relay employer mail from their own domains.
# A reply to these addresses reaches a robot or nobody; their brand is never the company.
ATS_DOMAINS: tuple[str, ...] = tuple(
    """
    greenhouse-mail.io greenhouse.io hire.lever.co lever.co ashbyhq.com ashby.io myworkday.com
    workday.com smartrecruiters.com smartrecruiters.net workablemail.com workable.com icims.com
    invalidemail.com taleo.net teamtailor-mail.com teamtailor.com recruitee-mailbox.com
    recruitee.com personio.de personio.com bamboohr.com jobvite.com applytojob.com jazzhr.com
    jazz.co dayforce.com dayforcehcm.com ceridian.com successfactors.com successfactors.eu sapsf.com
    sapsf.eu breezy.hr breezyhr.com pinpointhq.com comeet.co comeet.com homerun.co join.com
    rippling.com gem.com paradox.ai oraclecloud.com taleo.com ultipro.com paylocity.com adp.com
    bullhorn.com jobdiva.com hirebridge.com recruiterbox.com zohorecruit.com freshteam.com hibob.com
    factorialhr.com softgarden.de softgarden.io d.vinci.de dvinci.de rexx-systems.com concludis.de
    onlyfy.jobs prescreen.io talentsoft.com cornerstoneondemand.com csod.com welcometothejungle.com
    jobylon.com varbi.com reachmee.com hr-manager.net otys.nl recruitnow.nl gupy.io kenoby.com
    solides.com.br inhire.com.br lever-mail.com myworkdayjobs.com hirehive.com trakstar.com
    clearcompany.com phenompeople.com eightfold.ai beamery.com avature.net jobscore.com manatal.com
    """.split()
)
# Job boards and social networks: they relay mail and are not the employer either.
JOB_BOARD_DOMAINS: tuple[str, ...] = tuple(
    """
    linkedin.com indeed.com indeedemail.com glassdoor.com ziprecruiter.com monster.com stepstone.de
    xing.com welcometothejungle.co infojobs.net otta.com wellfound.com angel.co hired.com dice.com
    seek.com.au reed.co.uk totaljobs.com jobteaser.com
    """.split()
)
# Brand names as senders display them; "_" stands for a space.
ATS_BRANDS: frozenset[str] = frozenset(
    name.replace("_", " ")
    for name in """
    greenhouse lever ashby workday smartrecruiters workable icims taleo teamtailor recruitee
    personio bamboohr bamboo_hr jobvite jazzhr jazz_hr dayforce successfactors sap_successfactors
    breezy breezy_hr pinpoint comeet homerun join rippling gem paradox oracle ultipro paylocity adp
    linkedin indeed glassdoor ziprecruiter stepstone xing softgarden hibob factorial gupy
    infojobs monster totaljobs reed seek dice otta wellfound jobteaser welcome_to_the_jungle computrabajo
    catho vagas infoempleo bumeran zonajobs jobat hellowork cadremploi apec meteojob indeed_flex
    nationale_vacaturebank werkzoeken jobware karriere.at jobs.ch net-empregos sapo_emprego
    """.split()
)
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    """
    gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.es
    live.com live.fr live.nl msn.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.es yahoo.com.br
    ymail.com icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me fastmail.com
    fastmail.fm gmx.de gmx.net gmx.at gmx.ch gmx.com web.de posteo.de posteo.net mailbox.org
    t-online.de freenet.de orange.fr wanadoo.fr free.fr laposte.net sfr.fr bbox.fr libero.it
    virgilio.it telefonica.net terra.com.br uol.com.br bol.com.br sapo.pt ziggo.nl kpnmail.nl
    planet.nl hetnet.nl telenet.be skynet.be yandex.ru yandex.com mail.com zoho.com tutanota.com
    tuta.io hey.com qq.com 163.com seznam.cz wp.pl o2.pl
    """.split()
)

# Local parts of mailboxes no human reads.
_AUTOMATED_LOCAL = re.compile(
    r"""^(?:
        no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreply|donotreply|no[-_.]?respon[dse]+|
        notifications?|notify|alerts?|surveys?|mailer[-_.]?daemon|postmaster|bounces?|auto[-_.]?(?:reply|confirm|mail)?|
        automated|system|robot|unsubscribe|info[-_.]?noreply|
        nicht[-_.]?antworten|ne[-_.]?pas[-_.]?repondre|nepasrepondre|no[-_.]?responder|noresponder|
        niet[-_.]?beantwoorden|nao[-_.]?responda|naoresponda
    )(?:[-_.+].*)?$""",
    re.VERBOSE,
)
# "careers-noreply", "jobs.donotreply": the no-reply word may come after a team name.
_NO_REPLY_SEGMENT = re.compile(
    r"[-_.+](?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?respon[dse]+|nicht[-_.]?antworten|"
    r"ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|niet[-_.]?beantwoorden|nao[-_.]?responda)(?:[-_.+]|$)"
)
# Mailboxes that exist but are the wrong place for a thank-you note.
_UNSUITABLE_LOCAL = re.compile(
    r"^(?:privacy|privacidade|privacidad|privacite|confidentialite|dpo|gdpr|rgpd|lgpd|avg|datenschutz|dataprotection|"
    r"data[-_.]protection|protecaodedados|protecciondedatos|legal|abuse|security|webmaster|press|"
    r"unsubscribe|billing|invoices?|accounts?payable)(?:[-_.+].*)?$"
)


_JOB_BOARDS = frozenset(JOB_BOARD_DOMAINS)
_RELAY_DOMAINS = frozenset(ATS_DOMAINS) | _JOB_BOARDS
# Platforms that send from many country domains (personio.de, personio.com, m.personio.es ...).
_RELAY_LABELS = frozenset({"personio", "successfactors", "myworkday", "greenhouse-mail", "teamtailor-mail"})


def domain_matches(domain: str, suffixes: frozenset[str]) -> bool:
    """Is ``domain`` one of ``suffixes`` or a subdomain of one?"""
    labels = domain.lower().rstrip(".").split(".")
    return any(".".join(labels[i:]) in suffixes for i in range(len(labels) - 1))


def is_ats_address(address: str) -> bool:
    domain = address.rpartition("@")[2].lower()
    return domain_matches(domain, _RELAY_DOMAINS) or not _RELAY_LABELS.isdisjoint(domain.split(".")[:-1])


def is_job_board_address(address: str) -> bool:
    return domain_matches(address.rpartition("@")[2], _JOB_BOARDS)


def is_automated_address(address: str) -> bool:
    local = address.rpartition("@")[0].lower()
    return bool(_AUTOMATED_LOCAL.match(local) or _NO_REPLY_SEGMENT.search(local))


def is_relay_or_robot(address: str) -> bool:
    """True when a reply to this address would not reach a person who can read it."""
    if not address or "@" not in address:
        return True
    return is_ats_address(address) or is_automated_address(address)


def is_unsuitable_for_reply(address: str) -> bool:
    return bool(_UNSUITABLE_LOCAL.match(address.rpartition("@")[0].lower()))


def is_freemail(address: Address | str) -> bool:
    email = address.email if isinstance(address, Address) else address
    return email.rpartition("@")[2].lower() in FREEMAIL_DOMAINS


def registrable_label(domain: str) -> str:
    """The name-bearing label of a domain: 'mail.kieselberg-mobility.de' -> 'kieselberg-mobility'."""
    parts = [p for p in domain.lower().split(".") if p]
    if len(parts) < 2:
        return parts[0] if parts else ""
    # Second-level country domains such as co.uk, com.br, org.uk.
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac", "gov", "edu", "gob", "gv"}:
        return parts[-3]
    return parts[-2]
