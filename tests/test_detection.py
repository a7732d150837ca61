"""The detector on the cases the engine issue names: hard negatives it must not flag, rejections it must catch.

Every message here is our own short example of how such mail is written.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from second_chance.analysis import Analysis, analyze
from second_chance.mime import parse_bytes

ME = "Robin Hale <robin.hale@gmail.com>"


def run(
    body: str,
    *,
    subject: str = "Your application",
    sender: str = "Dana Kirk <dana.kirk@northwind-analytics.com>",
    html: bool = False,
    **headers: str,
) -> Analysis:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Message-ID"] = "<test-1@northwind-analytics.com>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        msg.set_content(f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>", subtype="html")
    else:
        msg.set_content(body)
    return analyze(parse_bytes(msg.as_bytes()))


NOT_REJECTIONS = {
    "reschedule with unfortunately": (
        "Hi Robin,\n\nUnfortunately I need to reschedule our interview on Thursday, as the hiring manager is "
        "travelling. Would Monday at 10:00 or Tuesday at 14:00 work for you?\n\nBest,\nDana",
        "Interview on Thursday",
    ),
    "move forward with your application": (
        "Hi Robin,\n\nThanks for applying for the Data Analyst role. We'd like to move forward with your "
        "application and invite you to a first call with our team lead.\n\nBest,\nDana",
        "Next steps",
    ),
    "ack: may not respond to everyone": (
        "Thank you for applying to Northwind Analytics! We have received your application for the Data Analyst "
        "position. Because of the number of applications, we may not be able to respond to everyone "
        "individually. If your profile matches, a recruiter will be in touch.",
        "Application received",
    ),
    "ack: if you don't hear from us": (
        "Thanks for your application for the Data Analyst role. If you don't hear from us within three weeks, "
        "please assume that your application has not been successful on this occasion.",
        "Thank you for applying",
    ),
    "offer: cannot raise base salary": (
        "Hi Robin,\n\nI spoke with the team about your counter-offer. Unfortunately we are unable to offer a "
        "higher base salary than in our offer letter, but we can add a signing bonus. We'd love to have you "
        "on the team.\n\nDana",
        "RE: Your offer",
    ),
    "offer": (
        "Hi Robin,\n\nI'm delighted to offer you the position of Data Analyst at Northwind Analytics. Your offer "
        "letter is attached; please sign it by Friday.\n\nCongratulations!\nDana",
        "Offer of employment",
    ),
    "job alert: no longer accepting applications": (
        "Hi Robin, the Data Analyst job you saved at Northwind Analytics is no longer accepting applications. "
        "Here are similar jobs you might like.",
        "A job you saved has closed",
    ),
    "newsletter quoting rejections": (
        'This week: what "we have decided to move forward with other candidates" really means, and how to '
        "answer it gracefully. Read more on our blog. You're receiving this because you subscribed.",
        "Issue #12: decoding rejection emails",
    ),
    "loan declined": (
        "Dear Robin,\n\nThank you for your personal loan application. After careful review, we regret to inform "
        "you that we are unable to approve your application at this time. You may request a copy of your "
        "credit report.\n\nConsumer Lending",
        "Your loan application",
    ),
    "credit card declined": (
        "Thank you for applying for the Rewards credit card. We're unable to approve your card application at "
        "this time. A letter explaining our decision will follow by post.",
        "Your credit card application",
    ),
    "apartment": (
        "Hi Robin,\n\nThanks for viewing the two-bedroom unit. The landlord has decided to move forward with "
        "another applicant for this lease. Your application fee will be refunded.\n\nLeasing Office",
        "Rental application - Unit 3B",
    ),
    "visa": (
        "Dear Robin,\n\nUnfortunately your H-1B registration was not selected in this year's lottery. This does "
        "not affect your current immigration status.\n\nImmigration team",
        "Visa registration result",
    ),
    "conference paper": (
        "Dear Robin,\n\nWe regret to inform you that your submission to the workshop has not been accepted for "
        "presentation. The reviewers' comments are below.\n\nProgram Committee",
        "Notification for submission #88",
    ),
    "grant": (
        "Dear Robin,\n\nThank you for your grant proposal. The panel has decided not to fund it in this cycle. "
        "We encourage you to apply for funding again next year.\n\nThe Foundation",
        "Your grant proposal",
    ),
    "university admission": (
        "Dear Robin,\n\nWe are sorry to tell you that we are unable to offer you a place on the MSc programme "
        "this year. Competition for admission was strong.\n\nGraduate Admissions",
        "Your application to study",
    ),
    "vendor": (
        "Dear Robin,\n\nThank you for your response to our RFP. After evaluating all proposals, we've decided to "
        "move forward with another vendor for this engagement.\n\nProcurement",
        "RFP outcome",
    ),
    "payout": (
        "Hi Robin, your payout of $120.00 was declined by your bank. Please update your bank details and we "
        "will retry the payout.",
        "Your payout was declined",
    ),
    "friend about her own rejection": (
        'hey, I got rejected from Northwind today, the classic "we have decided to pursue other candidates" '
        "email after three rounds. drinks on friday?",
        "ugh",
    ),
    "candidate experience survey": (
        "Hi Robin, you recently applied to Northwind Analytics. Even though the team wasn't able to move forward "
        "with your application this time, they'd value your feedback. The survey takes 3 minutes.",
        "How was your experience applying to Northwind Analytics?",
    ),
}


@pytest.mark.parametrize("name", list(NOT_REJECTIONS))
def test_hard_negatives_are_not_rejections(name: str) -> None:
    body, subject = NOT_REJECTIONS[name]
    sender = "Lena <lena.strand@gmail.com>" if name.startswith("friend") else "Dana Kirk <dana@example.org>"
    result = run(body, subject=subject, sender=sender)
    assert not result.is_rejection, (name, result.category, result.evidence)
    assert result.confidence < 0.5


def test_candidates_own_reply_is_not_a_rejection() -> None:
    body = (
        "Hi Dana,\n\nThank you for letting me know, and for your time. I'd love to stay in touch.\n\nRobin\n\n"
        "On Tue, 3 Jun 2025 at 10:00, Dana Kirk <dana.kirk@northwind-analytics.com> wrote:\n"
        "> We have decided to move forward with other candidates for the Data Analyst role.\n"
    )
    msg = EmailMessage()
    msg["From"] = ME
    msg["To"] = "Dana Kirk <dana.kirk@northwind-analytics.com>"
    msg["Subject"] = "Re: Your application"
    msg.set_content(body)
    result = analyze(parse_bytes(msg.as_bytes()))
    assert not result.is_rejection
    assert result.category == "own_reply"
    # The reply's counterpart: whom to write to is the recruiter, not the candidate.
    assert result.reply_to == "dana.kirk@northwind-analytics.com"
    assert result.recruiter_name == "Dana"


def test_me_option_marks_own_mail() -> None:
    msg = EmailMessage()
    msg["From"] = "Robin Hale <robin@hale.dev>"
    msg["To"] = "Dana Kirk <dana.kirk@northwind-analytics.com>"
    msg["Subject"] = "Re: Your application"
    msg.set_content("We have decided to move forward with other candidates. (Quoting your words back.)")
    result = analyze(parse_bytes(msg.as_bytes()), me=["robin@hale.dev"])
    assert not result.is_rejection
    assert result.category == "own_reply"


REJECTIONS = {
    "curt one-liner": ("Thanks for applying. We won't be moving forward at this time.", "rejection"),
    "other candidates": (
        "Thank you for your interest in the Data Analyst position. After careful review we have decided to "
        "move forward with other candidates whose experience more closely matches our needs.",
        "rejection",
    ),
    "after final round with feedback": (
        "Hi Robin,\n\nThank you for spending Friday with us for the final round. The panel enjoyed your case "
        "study, but we've decided to offer the role to another candidate with more experience in pricing. "
        "Your SQL was excellent; we'd have liked more depth on stakeholder management.\n\nDana",
        "rejection_after_interview",
    ),
    "position filled": (
        "Thank you for your application for the Data Analyst role. We wanted to let you know that the position "
        "has now been filled.",
        "position_filled",
    ),
    "on hold, not proceeding": (
        "Thank you for applying. The Data Analyst role has been put on hold after a budget review, so we will "
        "not be proceeding with your candidacy at this time.",
        "on_hold",
    ),
    "euphemism, no unfortunately": (
        "Hi Robin, thanks for coming in on Tuesday. We've asked another analyst to join the team, someone who "
        "has run our kind of forecasting before. I hope our paths cross again.",
        "rejection_after_interview",
    ),
    "went another direction": (
        "Robin - thanks for the trial shift. We went another direction for the sous chef spot. Good luck.",
        "rejection_after_interview",
    ),
    "unsuccessful on this occasion": (
        "Dear Robin,\n\nThank you for applying for the role of Tenancy Officer. I'm sorry to tell you that your "
        "application has been unsuccessful on this occasion.\n\nRecruitment",
        "rejection",
    ),
    "reapply / CV on file": (
        "Thank you for applying for the Product Designer role. We have decided to pursue other candidates for "
        "this position. We'll keep your CV on file and encourage you to apply again for future roles.",
        "rejection",
    ),
    "not selected": (
        "Dear Robin, we have carefully reviewed your qualifications. At this time, you were not selected to "
        "continue in the hiring process for the Registered Nurse position.",
        "rejection",
    ),
    "made an offer to another finalist": (
        "Robin, quick one: we've made an offer to another finalist for the founding engineer role and they've "
        "accepted. It was close.",
        "rejection_after_interview",
    ),
}


@pytest.mark.parametrize("name", list(REJECTIONS))
def test_rejections_are_caught(name: str) -> None:
    body, category = REJECTIONS[name]
    result = run(body, subject="Your application to Northwind Analytics")
    assert result.is_rejection, (name, result.category, result.evidence)
    assert result.confidence >= 0.5
    assert result.category == category
    assert result.evidence, "a rejection explains itself"


def test_html_only_rejection_reads_like_plain() -> None:
    body = (
        "Hi Robin,\n\nThank you for applying for the <b>Data Analyst</b> role at Northwind Analytics.\n\nAfter "
        "reviewing your application, we've decided that we will not be moving forward with your candidacy."
    )
    result = run(body, html=True, sender="Northwind Analytics Hiring Team <no-reply@ashbyhq.com>")
    assert result.is_rejection
    assert result.role == "Data Analyst"
    assert result.company == "Northwind Analytics"
    assert result.reply_to is None


MULTILINGUAL = {
    "de": (
        "Sehr geehrte Frau Hale,\n\nvielen Dank für Ihre Bewerbung als Datenanalystin. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\n"
        "Dana Kirk",
        "Ihre Bewerbung",
    ),
    "fr": (
        "Bonjour Robin,\n\nNous vous remercions pour votre candidature au poste d'analyste de données. Après "
        "étude de votre dossier, nous avons décidé de ne pas donner suite à votre candidature.\n\nCordialement,\n"
        "Dana Kirk",
        "Votre candidature",
    ),
    "es": (
        "Hola Robin:\n\nGracias por tu interés en el puesto de Analista de Datos. Lamentablemente, hemos decidido "
        "continuar el proceso con otros perfiles más cercanos a lo que buscamos.\n\nUn saludo,\nDana",
        "Tu candidatura",
    ),
    "nl": (
        "Beste Robin,\n\nBedankt voor je sollicitatie voor de functie van Data-analist. Helaas hebben we besloten "
        "om niet verder te gaan met jouw sollicitatie.\n\nMet vriendelijke groet,\nDana",
        "Je sollicitatie",
    ),
    "pt": (
        "Olá Robin,\n\nObrigado pela sua candidatura à vaga de Analista de Dados. Infelizmente, não seguiremos "
        "com a sua candidatura nesta fase do processo.\n\nCom os melhores cumprimentos,\nDana",
        "A sua candidatura",
    ),
}


@pytest.mark.parametrize("language", list(MULTILINGUAL))
def test_rejections_in_other_languages(language: str) -> None:
    body, subject = MULTILINGUAL[language]
    result = run(body, subject=subject)
    assert result.is_rejection, (language, result.category)
    assert result.language == language


NON_REJECTIONS_OTHER_LANGUAGES = {
    "de": ("Leider müssen wir unser Gespräch am Donnerstag verschieben. Passt Ihnen Montag um 10 Uhr?", "de"),
    "fr": (
        "Malheureusement, nous ne pouvons pas proposer de créneau lundi pour l'entretien. Mardi vous convient ?",
        "fr",
    ),
    "nl": ("Helaas moeten we ons gesprek van donderdag verzetten. Zou maandag om 10:00 uur je uitkomen?", "nl"),
    "pt": ("Infelizmente, se não recebermos resposta até 30 de abril, os seus dados serão eliminados.", "pt"),
    "es": ("Lamentablemente no podemos responder de forma individual a cada candidatura que recibimos.", "es"),
}


@pytest.mark.parametrize("language", list(NON_REJECTIONS_OTHER_LANGUAGES))
def test_unfortunately_in_other_languages_is_not_enough(language: str) -> None:
    body, expected = NON_REJECTIONS_OTHER_LANGUAGES[language]
    result = run(body, subject="Bewerbung / candidature / sollicitatie")
    assert not result.is_rejection, (language, result.evidence)
    assert result.language == expected


def test_unrelated_mail_skips_the_analysis_but_keeps_the_record_shape() -> None:
    result = run("Your order #1234 has shipped and will arrive on Monday.", subject="Your order has shipped")
    assert not result.is_rejection
    assert result.category == "other"
    assert result.company is None
    assert result.evidence == ()


def test_quoted_earlier_mail_does_not_decide() -> None:
    body = (
        "Hi Robin, great news: the team would like to invite you to the final round next week!\n\nDana\n\n"
        "On Mon, 2 Jun 2025, Robin Hale <robin.hale@gmail.com> wrote:\n"
        "> I was told by another company that they decided to move forward with other candidates, so I'm glad.\n"
    )
    assert not run(body, subject="Re: Final round").is_rejection


def test_rejection_in_a_thread_the_candidate_started() -> None:
    body = (
        "Hi Robin, quick update as promised: the team decided to go with another candidate for the SRE role. "
        "Thanks for your time.\n\nDana\n\n"
        "On Tue, 9 Sep 2025 at 16:12, Robin Hale <robin.hale@gmail.com> wrote:\n> Thanks for organising the loop!\n"
    )
    result = run(body, subject="Re: SRE interview loop")
    assert result.is_rejection
    assert result.recruiter_name == "Dana"


def test_deadline_conditions_in_an_invitation_decide_nothing() -> None:
    body = (
        "Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zum nächsten Schritt in unserem "
        "Auswahlverfahren einzuladen: einem Online-Assessment.\n\nDas Assessment muss bis zum 14.11. abgeschlossen "
        "sein. Nicht fristgerecht abgeschlossene Tests können wir leider nicht berücksichtigen.\n\nViel Erfolg!"
    )
    assert not run(
        body, subject="Einladung zum Online-Assessment", sender="Auenthal <noreply@smartrecruiters.com>"
    ).is_rejection
    late = "Hi Sam,\n\nPlease complete the test by Friday. Late submissions will not be considered.\n\nThanks"
    assert not run(late, subject="Your coding test").is_rejection


def test_an_offer_that_waits_for_references_is_no_rejection() -> None:
    body = (
        "Hi Marcus,\n\nThe panel would like to move forward with your application, and the next step is for us to "
        "take up references.\n\nUnfortunately we can't make a formal offer until references are back, but I'm "
        "hoping we can turn this around within a week.\n\nBest regards,\nSunita"
    )
    assert not run(body, subject="References - Operations Manager").is_rejection


def test_filled_in_the_active_voice() -> None:
    spanish = (
        "Hola Lucía:\n\nTe queríamos avisar de que ya hemos cubierto la plaza, así que de momento no podemos contar "
        "contigo.\n\nMuchas gracias por tu interés.\n\nMarta"
    )
    result = run(spanish, subject="Puesto de auxiliar", sender="Clinica Sonrisa <clinicasonrisa@hotmail.com>")
    assert result.is_rejection
    assert result.category == "position_filled"


def test_a_small_employer_on_webmail_answering_the_candidate_is_not_the_candidate() -> None:
    msg = EmailMessage()
    msg["From"] = "Deniz Yilmaz <yilmaz.joinery@outlook.com>"
    msg["To"] = "Marcus Hale <marcus.hale@postbox.example>"  # the candidate's own domain, not webmail
    msg["Subject"] = "Re: apprentice joiner"
    msg.set_content(
        "Hi Marcus\n\nThanks for coming in for the trial day. We've decided to go with the other lad for the "
        "apprenticeship.\n\nCheers\nDeniz\n\n________________________________\n"
        "From: Marcus Hale <marcus.hale@postbox.example>\nSent: Saturday, March 8, 2025 9:14 AM\n"
        "To: yilmaz.joinery@outlook.com\nSubject: apprentice joiner\n\nHi Deniz,\n\nThanks again for the trial day."
    )
    result = analyze(parse_bytes(msg.as_bytes()))
    assert result.is_rejection
    assert result.reply_to == "yilmaz.joinery@outlook.com"
    # Knowing the owner settles it without guessing, either way.
    assert analyze(parse_bytes(msg.as_bytes()), me=["marcus.hale@postbox.example"]).is_rejection
    assert not analyze(parse_bytes(msg.as_bytes()), me=["yilmaz.joinery@outlook.com"]).is_rejection


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        (
            "Então, a vaga de auxiliar de cozinha a gente já preencheu semana passada, viu. Obrigado pelo interesse!",
            "Re: Vaga auxiliar de cozinha",
            "Tempero da Vila <temperodavila@gmail.com>",
        ),
        (
            "I'm afraid I don't have good news - we've offered the Kettering role to one of our assistant managers.",
            "RE: Store Manager - Kettering",
            "Sophie Marsh <sophie.marsh@hartleyvine.example>",
        ),
        (
            "Danke, dass du Samstag den Probetag als Bäckergeselle gemacht hast. Wir haben uns am Ende für jemanden "
            "entschieden, der schon länger am Ofen gearbeitet hat. Also diesmal leider nicht.",
            "Probetag Samstag",
            "Bäckerei Lindner <baeckerei-lindner@web.de>",
        ),
        (
            "Pour le poste de superviseure de production : finalement, ils ont décidé de combler le poste à l'interne.",
            "Suivi – Superviseure de production",
            "Étienne Gagnon <etienne@recrutementboreal.example>",
        ),
    ],
)
def test_plain_spoken_decisions(body: str, subject: str, sender: str) -> None:
    assert run(body, subject=subject, sender=sender).is_rejection


def test_a_condition_put_first_decides_nothing() -> None:
    body = (
        "Hallo Jana,\n\nbitte mach den Online-Test bis Freitag. Ohne Test können wir dich im weiteren Verfahren "
        "leider nicht berücksichtigen.\n\nViele Grüße"
    )
    assert not run(body, subject="Dein Online-Test", sender="Nordfrisch <jobs@nordfrisch.example>").is_rejection


def test_a_decision_about_someone_elses_application_is_not_the_readers() -> None:
    body = (
        "Hi Ravi,\n\nThanks for referring Jamie Lowe for the Senior QA Engineer role.\n\nWe wanted to let you know "
        "that the hiring team has reviewed Jamie's application and has decided not to move forward at this time.\n\n"
        "Thank you for helping us grow the team - keep the referrals coming!"
    )
    result = run(body, subject="Update on your referral: Jamie Lowe", sender="Paddlewheel <no-reply@greenhouse.io>")
    assert not result.is_rejection  # and the model may not overrule a decision the rules read as someone else's


def test_if_you_hear_nothing_consider_it_a_no_is_an_acknowledgement() -> None:
    body = (
        "Olá Inês,\n\nObrigado pela sua candidatura à vaga de Analista de Dados. Confirmamos que a recebemos.\n\n"
        "Caso não receba qualquer contacto da nossa parte no prazo de 15 dias úteis, deverá considerar que a sua "
        "candidatura não foi selecionada para esta fase do processo.\n\nCumprimentos"
    )
    assert not run(body, subject="Candidatura recebida", sender="Cais Norte <no-reply@workablemail.com>").is_rejection
