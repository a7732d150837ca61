"""Extraction and verdict details learnt from how recruiters write: each case is our own short example."""

from __future__ import annotations

from second_chance.extract.role import clean_role
from second_chance.extract.vocab import tidy_company
from second_chance.platforms import is_automated_address
from tests.test_detection import run


def test_signing_formula_is_not_the_recruiters_name() -> None:
    body = (
        "Sehr geehrter Herr Hale,\n\nwir danken Ihnen für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass "
        "wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nIm Auftrag\n\n"
        "Bernd Kaulen\nPersonalabteilung\nStadtwerke Ahrtal GmbH"
    )
    result = run(body, subject="Ihre Bewerbung", sender="Personalabteilung <personal@stadtwerke-ahrtal.de>")
    assert result.is_rejection
    assert result.recruiter_name == "Bernd"


def test_no_reply_after_a_team_name_is_still_no_reply() -> None:
    assert is_automated_address("careers-noreply@transit.example")
    assert is_automated_address("jobs.do-not-reply@transit.example")
    assert not is_automated_address("anna.noreen@transit.example")
    body = (
        "Dear Robin,\n\nThank you for applying for the Systems Analyst position. After careful review, we regret "
        "to inform you that you have not been selected for an interview.\n\nQuestions can be sent to "
        "staffing@laurentidetransit.ca.\n\nStaffing Services\nLaurentide Transit Authority"
    )
    result = run(body, sender="LTA Staffing <careers-noreply@laurentidetransit.ca>")
    assert result.reply_to == "staffing@laurentidetransit.ca"
    # The domain spells "Laurentide Transit"; the name goes on to say what kind of body it is.
    assert result.company == "Laurentide Transit Authority"


def test_department_in_a_title_line_is_not_the_company() -> None:
    body = (
        "Bonjour Robin,\n\nMalgré la qualité de nos échanges, nous avons choisi de poursuivre avec un autre profil "
        "pour ce poste.\n\nBien à vous,\n\nSophie Marchal\nChargée de recrutement – Direction des Ressources "
        "Humaines\nGroupe Vernadet"
    )
    result = run(body, subject="Entretien Lead UX/UI", sender="Sophie Marchal <sophie.marchal@vernadet-assur.fr>")
    assert result.is_rejection
    assert result.company == "Groupe Vernadet"


def test_german_role_is_a_capitalised_noun() -> None:
    body = (
        "Sehr geehrter Herr Hale,\n\nherzlichen Dank für das Gespräch. Wir haben das Gespräch als sehr angenehm "
        "empfunden. Nach reiflicher Überlegung haben wir uns jedoch für einen anderen Bewerber entschieden.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogt\nHoffmann Ingenieure GmbH"
    )
    result = run(body, subject="Ihr Vorstellungsgespräch – Projektingenieur TGA", sender="Katrin Vogt <kv@hoffmann.de>")
    assert result.is_rejection
    assert result.role == "Projektingenieur TGA"


def test_subject_talking_about_a_title_names_only_the_title() -> None:
    body = (
        "Hi Robin, thanks for the take-home. We've decided to go a different direction, so we won't be moving you "
        "forward.\n\nRaj"
    )
    result = run(body, subject="Re: Backend Engineer take-home submission", sender="Raj Menon <raj@loopline.dev>")
    assert result.is_rejection
    assert result.role == "Backend Engineer"


def test_offer_that_declines_a_salary_wish_is_an_offer() -> None:
    body = (
        "Sehr geehrter Herr Hale,\n\nwir freuen uns sehr, Ihnen nach den beiden Gesprächen mitteilen zu können, "
        "dass wir Sie gerne als Projektleiter in unserem Team begrüßen möchten.\n\nIhren Wunsch nach einem "
        "höheren Einstiegsgehalt konnten wir leider nicht vollständig berücksichtigen.\n\n"
        "Mit freundlichen Grüßen\nSabine Lindner"
    )
    result = run(body, subject="Vertragsangebot – Projektleiter", sender="Sabine Lindner <sl@lindner-mb.de>")
    assert not result.is_rejection


def test_confirmed_withdrawal_is_not_a_rejection() -> None:
    body = (
        "Dear Robin,\n\nThis is to confirm that your application for the Graduate Analyst Programme has been "
        "withdrawn at your request. You will no longer be considered for this position.\n\nEarly Careers Team"
    )
    result = run(body, subject="Your application has been withdrawn")
    assert not result.is_rejection


def test_a_business_named_after_its_owner_signs_under_their_name() -> None:
    body = (
        "Hi Leah,\n\nThanks for your application for the bookkeeping position. We've found someone so I'll close "
        "this off now.\n\nAll the best,\nMartin\nCarver Joinery"
    )
    result = run(body, subject="RE: Bookkeeping position", sender="Martin Carver <martin.carver@outlook.com>")
    assert result.is_rejection
    assert result.company == "Carver Joinery"
    written_small = run(
        "hey leah, really sorry but we've decided not to take on an intern this summer after all.\n\nlola\n"
        "fenwick studio",
        subject="Re: summer internship",
        sender="Lola Fenwick <lola.f@gmail.com>",
    )
    assert written_small.company == "Fenwick Studio"


def test_job_boards_web_addresses_and_programme_words_are_not_the_employer() -> None:
    body = (
        "Hola Marta:\n\nGracias por tu interés. Lamentablemente hemos decidido continuar con otros candidatos para "
        "el puesto.\n\nUn saludo,\nEquipo de Selección\nTajo Seguros\nwww.tajoseguros.es"
    )
    result = run(body, subject="Tu candidatura", sender="InfoJobs <noreply@infojobs.net>")
    assert result.company == "Tajo Seguros"
    graduate = run(
        "Hi Jasmine,\n\nUnfortunately your application will not progress further this year.\n\n"
        "Graduate Recruitment Team\nPenrose Bank",
        sender="Penrose Bank Graduate Recruitment <no-reply@hire.lever.co>",
    )
    assert graduate.company == "Penrose Bank"


def test_legal_forms_are_dropped_but_a_day_spa_keeps_its_name() -> None:
    assert tidy_company("Cordillera Pagos SpA") == "Cordillera Pagos"
    assert tidy_company("Léman Data Sàrl") == "Léman Data"
    assert tidy_company("Serenity Day Spa") == "Serenity Day Spa"


def test_role_titles_lose_the_terms_of_the_job_and_what_ran_into_them() -> None:
    assert clean_role("Community Fundraising Coordinator (0.8 FTE)") == "Community Fundraising Coordinator"
    assert clean_role("Vacature Informatieadviseur (32-36 uur)") == "Informatieadviseur"
    assert clean_role("Naar Senior Data Analist") == "Senior Data Analist"
    assert clean_role("Diseñador UI y el tiempo dedicado") == "Diseñador UI"
    assert clean_role("Chargé(e) de recrutement (CDI)") == "Chargé(e) de recrutement"  # as the employer wrote it
    assert clean_role("Research and Development Engineer") == "Research and Development Engineer"
    assert clean_role("Teamleiter Lager, JR-10482") == "Teamleiter Lager"
    assert clean_role("Management Analyst II (Exam #25-0612-01)") == "Management Analyst II"
    assert clean_role("Analista de Datos (Madrid)") == "Analista de Datos"
    assert clean_role("Statistician (Data Science)") == "Statistician (Data Science)"
    assert clean_role("te dragen") is None


def test_a_name_then_an_address_in_the_sign_off_is_the_business() -> None:
    cafe = run(
        "Hi Marcus\n\nJust letting you know the barista job's been taken now, sorry.\n\nCheers\nBev\n"
        "Bev's Kitchen, 14 Church Lane",
        subject="barista job",
        sender="Bev Thornton <bevs.cafe@outlook.com>",
    )
    assert cafe.company == "Bev's Kitchen"
    numbered = run(
        "Salut Jonas,\n\nOn a longuement débattu et on part finalement sur un autre profil.\n\nBelle suite à toi,\n"
        "Léa\n\nLéa Fontaine – Head of Talent\nQuai 9 Analytics · 27 rue du Faubourg-Poissonnière, 75009 Paris",
        subject="Ta candidature Data Engineer",
        sender="Léa Fontaine <lea.fontaine@quai9.io>",
    )
    assert numbered.company == "Quai 9 Analytics"


def test_the_article_of_a_name_stays_and_a_teams_goes() -> None:
    cafe = run(
        "Hi Marcus,\n\nSorry, we've given the weekend shifts to someone with more experience.\n\nMaggie\n"
        "The Copper Kettle, 22 Mill Street",
        sender="Maggie - The Copper Kettle <copperkettle.cafe@gmail.com>",
    )
    assert cafe.company == "The Copper Kettle"
    team = run(
        "Dear Robin,\n\nWe regret to inform you that we will not be moving forward with your application.\n\n"
        "The Northwind Analytics Talent Team",
    )
    assert team.company == "Northwind Analytics"


def test_an_agency_relaying_someone_elses_decision_names_the_employer() -> None:
    body = (
        "Hi Marcus,\n\nI've just come off the phone with the hiring manager at Fenwick Marine about the Marine "
        "Electrician position.\n\nUnfortunately they've decided not to progress your application to an offer.\n\n"
        "Kind regards,\nClaire Dunmore\nSenior Consultant | TalentBridge Partners"
    )
    result = run(body, subject="Feedback from Fenwick Marine", sender="Claire Dunmore <claire@talentbridge.example>")
    assert result.company == "Fenwick Marine"
    named = run(
        "Hi Priya,\n\nAs mentioned, Vantage Mutual have gone with someone else for the Claims PM role.\n\nBest,\n"
        "Sian\n\nSian Pritchard\nSenior Consultant, Harlow & Finch",
        subject="Vantage Mutual – Claims PM",
        sender="Sian Pritchard <sian@harlowandfinch.example>",
    )
    assert named.company == "Vantage Mutual"


def test_names_that_are_not_the_company_name() -> None:
    person_from = run(
        "Hi Sam,\n\nUnfortunately we won't be moving forward with your application.\n\nPriya",
        sender="Priya from Quillmere <priya@quillmere.example>",
    )
    assert person_from.company == "Quillmere"
    careers_site = run(
        "Beste Wout,\n\nHelaas hebben we besloten om niet verder te gaan met je sollicitatie.\n\n"
        "Met vriendelijke groet,\nWerken bij Gemeente Zuiderhaven",
        subject="Je sollicitatie",
        sender="Werken bij Gemeente Zuiderhaven <noreply@zuiderhaven.example>",
    )
    assert careers_site.company == "Gemeente Zuiderhaven"
    street = run(
        "Hallo Frau Schulz,\n\nleider ist die Stelle als Verkäuferin schon vergeben.\n\nViele Grüße\nPetra Lindner\n\n"
        "Bäckerei Lindner\nMarktplatz 3 · Annaberg",
        subject="AW: Bewerbung Verkäuferin",
        sender="Bäckerei Lindner <baeckerei-lindner@web.de>",
    )
    assert street.is_rejection
    assert street.company == "Bäckerei Lindner"


def test_an_ats_senders_one_word_name_and_a_founders_domain_are_the_company() -> None:
    ats = run(
        "Hi Amira,\n\nWe've reviewed your application and, unfortunately, we won't be moving forward at this time."
        "\n\nThe Recruiting Team",
        sender="Lumenweft <no-reply@ashbyhq.com>",
    )
    assert ats.company == "Lumenweft"
    founder = run(
        "Hey Rohan,\n\nGoing to be straight with you: we're going to pass for now.\n\nAyo",
        subject="Re: Founding engineer chat",
        sender="Ayo Bankole <ayo@driftkite.example>",
    )
    assert founder.company == "Driftkite"
    agency = run(
        "Hi, sorry, the client went with someone else for the kitchen porter shifts.\n\nKez",
        sender="Kez Mensah <kez@staffhive.example>",
    )
    assert agency.company is None  # an agency that does not name its client names nobody


def test_the_person_to_greet_in_a_forward_is_the_forwarder() -> None:
    body = (
        "Hi Yassin,\n\nSee below from the client, sorry.\n\nBas\n\n-----Original Message-----\n"
        "From: Rijnmond Havenlogistiek - HR <hr@rijnmond.example>\nSent: Wed, 23 Apr 2025 11:05:00 +0200\n"
        "To: Bas Hoekstra <bas.hoekstra@havenflex.example>\nSubject: RE: Voorstel kandidaat Planner\n\n"
        "Beste Bas,\n\nDank voor het voorstellen van de heer Hale. Helaas is de vacature Planner Containeroperaties "
        "inmiddels ingevuld.\n\n"
        "Met vriendelijke groet,\nIngrid Smit\nHR-adviseur\nRijnmond Havenlogistiek B.V."
    )
    result = run(body, subject="Fw: Vacature Planner", sender="Bas Hoekstra <bas.hoekstra@havenflex.example>")
    assert result.is_rejection
    assert result.recruiter_name == "Bas"
    assert result.company == "Rijnmond Havenlogistiek"


def test_a_last_comma_first_display_name_is_a_person_not_a_family_firm() -> None:
    body = (
        "Liebe Frau Ebner,\n\nleider haben wir uns für eine andere Kandidatin entschieden.\n\nHerzliche Grüße\n"
        "Heike Stolz\n\n--\nProf. Dr. Heike Stolz\nAbteilung Pflanzengenomik\nForschungszentrum Auenwald"
    )
    result = run(body, subject="AW: Bewerbung Doktorand", sender="Stolz, Heike <heike.stolz@fz-auenwald.example>")
    assert result.recruiter_name == "Heike"
    assert result.company != "Heike Stolz"


def test_a_business_named_like_a_person_signs_under_its_owner() -> None:
    body = (
        "Oi Lucas, tudo bem?\n\nEntão, a vaga de auxiliar de cozinha a gente já preencheu semana passada, viu.\n\n"
        "Abs,\nCida\nTempero da Vila – Vila Madalena"
    )
    result = run(body, subject="Re: Vaga auxiliar de cozinha", sender="Tempero da Vila <tempero.vila@gmail.com>")
    assert result.company == "Tempero da Vila"
    assert result.recruiter_name == "Cida"  # "Abs," is a closing (abraços), not a name


def test_reference_numbers_legal_forms_and_process_stages_are_not_names() -> None:
    assert tidy_company("Northgate Maritime Pte Ltd") == "Northgate Maritime"
    assert clean_role("Fase de Entrevistas") is None
    assert clean_role("Marine Operations Intern (Jan - Jun 2026)") == "Marine Operations Intern"
    body = (
        "Liebe Frau Ebner,\n\nleider haben wir uns für eine andere Kandidatin entschieden.\n\nHerzliche Grüße\n"
        "Heike Stolz\nForschungszentrum Auenwald"
    )
    result = run(
        body, subject="AW: Bewerbung – Kennziffer 2025-117", sender="Heike Stolz <h.stolz@fz-auenwald.example>"
    )
    assert result.company == "Forschungszentrum Auenwald"
