"""The writing coach's checks on French and English drafts whose counts are known."""

from __future__ import annotations

import pytest

from salescoach.domain.templates import Details, Moment, fill, placeholders_left
from salescoach.domain.writing import MAX_WORDS, Rule, check

FRENCH = (
    "Bonjour Claire,\n\n"
    "Je me permets de revenir vers vous. Pourriez-vous me dire pourquoi vous avez choisi "
    "une autre offre ? Merci de votre retour.\n\n"
    "Bien à vous,\nMarc"
)

ENGLISH = (
    "Hello Sam,\n\n"
    "Just checking in on our proposal. It was a pleasure to meet your team last week. "
    "Do you know someone who could benefit from a conversation with me?\n\n"
    "Best regards,\nAnna"
)


def test_french_counts() -> None:
    report = check(FRENCH, "Votre choix", "fr")
    # Bonjour Claire, | Je me permets…vous. | Pourriez-vous…offre ? | Merci…retour. |
    # Bien à vous, Marc
    assert report.words == 27  # "Pourriez-vous" is one word
    assert report.sentences == 5
    assert report.longest_sentence == 10
    assert FRENCH[slice(*report.longest_sentence_at)].startswith("Pourriez-vous")
    assert report.asks == 2  # the question, and « Merci de… », a request
    assert [f.phrase for f in report.fillers] == ["Je me permets de"]
    assert report.subject_chars == 11
    assert report.reading_seconds == round(27 * 60 / 195)
    assert not report.passes(Rule.ASKS)
    assert not report.passes(Rule.FILLERS)


def test_english_counts() -> None:
    report = check(ENGLISH, "A referral?", "en")
    assert report.words == 33
    assert report.sentences == 5
    assert report.longest_sentence == 12
    assert report.asks == 1
    assert report.passes(Rule.ASKS)
    assert [f.phrase for f in report.fillers] == ["Just checking in"]
    assert report.passes(Rule.SUBJECT) and report.passes(Rule.LENGTH)


def test_readability_follows_the_published_formulas() -> None:
    # Flesch (1948): 206.835 - 1.015 x 6 words per sentence - 84.6 x 1 syllable per word
    assert check("The cat sat on the mat.", "", "en").readability == pytest.approx(116.145)
    # Kandel and Moles (1958): 207 - 1.015 x 3 - 73.6 x 1
    assert check("Le chat dort.", "", "fr").readability == pytest.approx(130.355)
    hard = check(
        "Notwithstanding organisational considerations, implementation necessitates "
        "comprehensive institutional reconfiguration.",
        "",
        "en",
    )
    assert hard.readability is not None and hard.readability < 0
    assert not hard.passes(Rule.READABILITY)


def test_filler_matches_whole_words_only() -> None:
    assert check("En fait, non.", "", "fr").fillers
    assert not check("Un enfaitage.", "", "fr").fillers  # no filler inside a word
    assert not check("just checking inventory", "", "en").fillers


def test_empty_and_long_drafts() -> None:
    empty = check("", "", "fr")
    assert (empty.words, empty.asks, empty.readability) == (0, 0, None)
    assert not empty.passes(Rule.SUBJECT)  # an email needs a subject
    long = check("Merci pour votre temps. " * 2500, "x", "fr")
    assert long.words == 10_000
    assert not long.passes(Rule.LENGTH) and long.words > MAX_WORDS


def test_template_fills_details_and_leaves_visible_placeholders() -> None:
    full = fill(Moment.REFERRAL, "fr", Details("Claire", "Acme", "Migration CRM"))
    assert full.missing == ()
    assert "Bonjour Claire," in full.body and "pour Acme" in full.body
    assert "bénéficier d'une conversation avec moi ?" in full.body
    nobody = fill(Moment.ASK_WHY, "en", Details(deal="Renewal"))
    assert nobody.missing == ("first_name",)
    assert nobody.body.startswith("Hello [first name],")
    assert placeholders_left(nobody.body, "en") == ["[first name]"]
    # every template scores one ask, as the coach recommends
    for moment in (Moment.ASK_WHY, Moment.REFERRAL, Moment.STAY_IN_TOUCH, Moment.AFTER_CALL):
        for language in ("fr", "en"):
            filled = fill(moment, language, Details("Claire", "Acme", "CRM"))
            assert check(filled.body, filled.subject, language).asks == 1, (moment, language)
