"""A synthetic job seeker's inbox, written to an mbox for benchmarks (deterministic for a given seed).

The mix follows a mailbox during a job search: mostly newsletters, receipts, notifications and personal mail;
8% job mail (3% rejections; 5% job-board alerts, acknowledgements and interview invitations). ``job_share``
scales the job mail for a heavier run. Bodies are plain, multipart/alternative or HTML-only, some
quoted-printable or base64.
"""

from __future__ import annotations

import mailbox
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

COMPANIES = [
    "Northwind Analytics",
    "Bluefin Robotics",
    "Copperleaf Health",
    "Marigold Systems",
    "Quarry Lane Foods",
    "Ostara Mobility",
    "Halden Energie",
    "Vireo Payments",
    "Saltmarsh Studio",
    "Tamarind Labs",
    "Brightwater Bank",
    "Kestrel Logistics",
    "Lumen & Oak",
    "Pinecrest Software",
    "Riverbend Retail",
]
ROLES = [
    "Data Analyst",
    "Backend Engineer",
    "Product Designer",
    "Operations Manager",
    "Account Executive",
    "Site Reliability Engineer",
    "Marketing Lead",
    "Financial Analyst",
]
PEOPLE = ["Alex Morgan", "Priya Shah", "Jonas Keller", "Marta Ruiz", "Sam Okafor", "Lea Dubois", "Tom Becker"]
ATS = [
    "no-reply@us.greenhouse-mail.io",
    "no-reply@hire.lever.co",
    "no-reply@ashbyhq.com",
    "notification@smartrecruiters.com",
    "noreply@personio.de",
]
ME = "Robin Hale <robin.hale@gmail.com>"

LOREM = (
    "This week we look at the small habits that make a big difference: planning the week on Sunday, keeping "
    "a short list of priorities, and saying no to meetings without an agenda. Our readers shared their own "
    "tips, and we picked the ten we liked best. "
)
REJECTIONS = [
    "Thank you for applying for the {role} role at {company}. After reviewing your application we have decided "
    "to move forward with other candidates whose experience more closely matches our needs.\n\nWe wish you the "
    "best in your search.",
    "Thanks again for taking the time to interview with us for the {role} position. It was a difficult decision, "
    "but we will not be moving forward with your application at this time. We'll keep your CV on file.",
    "I wanted to let you know personally that we've offered the {role} role to another candidate. I enjoyed our "
    "conversations and hope our paths cross again.",
    "We regret to inform you that your application for {role} at {company} has been unsuccessful on this occasion.",
]
JOB_OTHER = [
    "Thank you for applying to the {role} position at {company}! We have received your application and will "
    "review it over the coming weeks.",
    "We'd love to invite you to an interview for the {role} role. Please share your availability for next week.",
    "10 new jobs for \u201c{role}\u201d near you: {company}, and more. See all jobs on the board.",
]


def _message(rng: random.Random, index: int, when: datetime, job_share: float) -> EmailMessage:
    msg = EmailMessage()
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(idstring=str(index), domain="bench.example")
    msg["To"] = ME
    company = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    person = rng.choice(PEOPLE)
    kind = rng.random()
    rejections = job_share * 3 / 8
    if kind < rejections:
        body = rng.choice(REJECTIONS).format(role=role, company=company)
        first = person.split()[0]
        if rng.random() < 0.5:
            msg["From"] = f"{company} Recruiting <{rng.choice(ATS)}>"
            signature = f"{company} Talent Team"
        else:
            msg["From"] = f"{person} <{first.lower()}@{company.split()[0].lower()}.example>"
            signature = f"{person}\nTalent Partner, {company}"
        msg["Subject"] = rng.choice([f"Your application to {company}", f"{role} - {company}", "Update"])
        msg["X-Bench-Kind"] = "rejection"
        _body(rng, msg, f"Hi Robin,\n\n{body}\n\nBest,\n{signature}\n", html_share=0.4)
    elif kind < job_share:  # other job mail
        msg["From"] = f"{company} Careers <{rng.choice(ATS)}>"
        msg["Subject"] = f"{company}: {role}"
        msg["X-Bench-Kind"] = "job"
        _body(rng, msg, "Hi Robin,\n\n" + rng.choice(JOB_OTHER).format(role=role, company=company) + "\n", 0.5)
    elif kind < job_share + 0.35:  # newsletters and marketing
        msg["From"] = f"The {company} Digest <news@{company.split()[0].lower()}.example>"
        msg["Subject"] = f"Issue #{index % 300}: ten habits worth keeping"
        msg["List-Unsubscribe"] = "<https://news.example/unsubscribe>"
        msg["Precedence"] = "bulk"
        msg["X-Bench-Kind"] = "newsletter"
        _body(rng, msg, "Hello reader,\n\n" + LOREM * rng.randint(4, 14), html_share=0.8)
    elif kind < job_share + 0.57:  # receipts and notifications
        msg["From"] = f"{company} <no-reply@{company.split()[0].lower()}.example>"
        msg["Subject"] = f"Your receipt #{100000 + index}"
        msg["X-Bench-Kind"] = "receipt"
        _body(rng, msg, f"Thanks for your order #{100000 + index}. Total: {rng.randint(5, 400)}.00 EUR.\n", 0.9)
    else:  # personal
        msg["From"] = f"{person} <{person.split()[0].lower()}@fastmail.example>"
        msg["Subject"] = rng.choice(["dinner saturday?", "photos from the hike", "Re: that book", "quick question"])
        msg["X-Bench-Kind"] = "personal"
        _body(rng, msg, "Hey Robin,\n\nAre you free on Saturday? We could try the new place near the river.\n", 0.0)
    return msg


def _body(rng: random.Random, msg: EmailMessage, text: str, html_share: float) -> None:
    cte = rng.choice(["7bit", "quoted-printable", "base64"]) if text.isascii() else "quoted-printable"
    if rng.random() >= html_share:
        msg.set_content(text, cte=cte)
        return
    paragraphs = "".join(
        f'<tr><td style="padding:8px;font-family:Arial"><p>{p}</p></td></tr>' for p in text.split("\n\n")
    )
    html = (
        '<html><head><style>td{font-size:14px}</style></head><body><table role="presentation" width="100%">'
        f'{paragraphs}<tr><td><a href="https://example.com/unsubscribe">Unsubscribe</a></td></tr></table></body></html>'
    )
    if rng.random() < 0.5:
        msg.set_content(text, cte=cte)
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", cte="quoted-printable")


def messages(count: int, seed: int = 7, job_share: float = 0.08) -> Iterator[EmailMessage]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for index in range(count):
        yield _message(rng, index, start + timedelta(minutes=37 * index), job_share)


def write_mbox(path: Path, count: int, seed: int = 7, job_share: float = 0.08) -> Path:
    if path.exists():
        path.unlink()
    box = mailbox.mbox(str(path), create=True)
    box.lock()
    try:
        for msg in messages(count, seed, job_share):
            box.add(msg)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path
