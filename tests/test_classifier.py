"""The second-opinion model: the pure-Python scorer agrees with scikit-learn, and it only ever adds rejections."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from second_chance import classifier
from second_chance.analysis import analyze
from second_chance.mime import parse_bytes
from tests.test_detection import ME, run

# Non-native English with no phrase the rules know: "go on in the process with other applicants".
PLAIN_NO = (
    "Dear Robin,\n\nmany thanks for your application and your interest in Northwind.\n\n"
    "We have studied your documents with big interest. Sadly we decided to go on in the process with other "
    "applicants, whose experience fits closer to what we search at the moment.\n\n"
    "This was not an easy decision for us. We wish you for your further way all the best.\n\n"
    "Kind regards\nDana Kirk\nPeople & Culture"
)


def test_scorer_matches_the_training_library() -> None:
    checks = classifier.reference_checks()
    assert len(checks) >= 10
    for document, expected in checks:
        assert classifier.rejection_probability(document.split("\n")) == pytest.approx(expected, abs=1e-4)


def test_model_catches_what_the_rules_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(PLAIN_NO, subject="Your application as Data Analyst (m/w/d)")
    assert result.is_rejection
    assert result.category == "rejection"
    assert any("other applicants" in sentence for sentence in result.evidence)
    monkeypatch.setattr(classifier, "threshold", lambda: 1.1)
    assert not run(PLAIN_NO, subject="Your application as Data Analyst (m/w/d)").is_rejection


def test_model_never_overrules_the_owner_having_written_it() -> None:
    msg = EmailMessage()
    msg["From"] = ME
    msg["To"] = "Dana Kirk <dana.kirk@northwind-analytics.com>"
    msg["Subject"] = "Fwd: Your application"
    msg.set_content(PLAIN_NO)
    result = analyze(parse_bytes(msg.as_bytes()), me=["robin.hale@gmail.com"])
    assert not result.is_rejection
    assert result.category == "own_reply"


def test_ordinary_job_mail_stays_below_the_threshold() -> None:
    invite = (
        "Hi Robin,\n\nThanks for applying to the Data Analyst role. We'd love to invite you to a first call "
        "next week. Could you share two or three times that suit you?\n\nBest,\nDana"
    )
    assert classifier.rejection_probability([invite]) < classifier.threshold()
