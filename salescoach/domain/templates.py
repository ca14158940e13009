"""The composer's templates: one per moment the article and the transcript name, in French
and English (the rep picks the email's language, whatever the app's), filled with the
contact's and the deal's details.

The templates are the rep's words, not the interface's: they are data in both languages
here, not translations, so that a French app can write an English email. The French follows
the article (« demander à nos prospects pourquoi ils ont décidé de ne pas nous accompagner »,
« demandez une référence à quelqu'un qui pourrait bénéficier d'une conversation avec vous »,
« voir comment les choses se passent »).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.messages import QT_TRANSLATE_NOOP


class Moment(StrEnum):
    ASK_WHY = "ask_why"  # after a no: ask why they said no
    REFERRAL = "referral"  # after a no: ask for a referral
    STAY_IN_TOUCH = "stay_in_touch"  # the note every few months
    THANK_ADVOCATE = "thank_advocate"  # thank someone who referred you
    AFTER_WEBINAR = "after_webinar"
    AFTER_CALL = "after_call"
    BLANK = "blank"


MOMENT_TITLES: dict[Moment, str] = {
    Moment.ASK_WHY: QT_TRANSLATE_NOOP("Writing", "Ask why they said no"),
    Moment.REFERRAL: QT_TRANSLATE_NOOP("Writing", "Ask for a referral after a no"),
    Moment.STAY_IN_TOUCH: QT_TRANSLATE_NOOP("Writing", "Stay in touch"),
    Moment.THANK_ADVOCATE: QT_TRANSLATE_NOOP("Writing", "Thank an advocate"),
    Moment.AFTER_WEBINAR: QT_TRANSLATE_NOOP("Writing", "Follow up after a webinar"),
    Moment.AFTER_CALL: QT_TRANSLATE_NOOP("Writing", "Follow up after a call"),
    Moment.BLANK: QT_TRANSLATE_NOOP("Writing", "Blank email"),
}

# The fields a template may use, and the placeholder left visible when one is unknown.
PLACEHOLDERS = {
    "fr": {
        "first_name": "[prénom]",
        "company": "[entreprise]",
        "deal": "[projet]",
        "referred": "[personne recommandée]",
    },
    "en": {
        "first_name": "[first name]",
        "company": "[company]",
        "deal": "[project]",
        "referred": "[person referred]",
    },
}

FIELD_NAMES: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Writing", "the contact's first name"),
    "company": QT_TRANSLATE_NOOP("Writing", "the company"),
    "deal": QT_TRANSLATE_NOOP("Writing", "the deal"),
    "referred": QT_TRANSLATE_NOOP("Writing", "who they referred"),
}

# (subject, body) per moment and language; {field} is filled in.
TEMPLATES: dict[str, dict[Moment, tuple[str, str]]] = {
    "fr": {
        Moment.ASK_WHY: (
            "Votre décision sur {deal}",
            "Bonjour {first_name},\n\n"
            "Merci d'avoir pris le temps d'étudier notre proposition pour {deal}. "
            "Je respecte votre décision.\n\n"
            "Pour apprendre et m'améliorer, pourriez-vous me dire en deux lignes "
            "pourquoi vous avez décidé de ne pas nous accompagner ?\n\n"
            "Bien à vous,",
        ),
        Moment.REFERRAL: (
            "Une recommandation ?",
            "Bonjour {first_name},\n\n"
            "Merci encore pour nos échanges sur {deal}, même si le moment n'était pas le bon "
            "pour {company}.\n\n"
            "Connaissez-vous quelqu'un qui pourrait bénéficier d'une conversation avec moi ?\n\n"
            "Bien à vous,",
        ),
        Moment.STAY_IN_TOUCH: (
            "Des nouvelles de {company}",
            "Bonjour {first_name},\n\n"
            "Cela fait quelques mois : je voulais voir comment les choses se passent chez "
            "{company}. Voici une ressource qui pourrait vous être utile.\n\n"
            "Avez-vous un quart d'heure pour en parler ce mois-ci ?\n\n"
            "Bien à vous,",
        ),
        Moment.THANK_ADVOCATE: (
            "Merci pour votre recommandation",
            "Bonjour {first_name},\n\n"
            "Merci de m'avoir mis en relation avec {referred}. "
            "Votre confiance compte beaucoup pour moi.\n\n"
            "Puis-je vous tenir au courant de la suite ?\n\n"
            "Bien à vous,",
        ),
        Moment.AFTER_WEBINAR: (
            "Suite au webinar",
            "Bonjour {first_name},\n\n"
            "Merci d'avoir suivi notre webinar. Voici l'enregistrement et les supports.\n\n"
            "Voulez-vous que nous regardions ensemble ce que cela donnerait pour {company} ?\n\n"
            "Bien à vous,",
        ),
        Moment.AFTER_CALL: (
            "Suite à notre appel : {deal}",
            "Bonjour {first_name},\n\n"
            "Merci pour notre appel. Voici ce que j'en retiens pour {deal} : [points clés].\n\n"
            "Êtes-vous disponible mardi pour l'étape suivante ?\n\n"
            "Bien à vous,",
        ),
        Moment.BLANK: ("", "Bonjour {first_name},\n\n\n\nBien à vous,"),
    },
    "en": {
        Moment.ASK_WHY: (
            "Your decision on {deal}",
            "Hello {first_name},\n\n"
            "Thank you for taking the time to consider our proposal for {deal}. "
            "I respect your decision.\n\n"
            "So that I can learn and improve, could you tell me in two lines why you decided "
            "not to go ahead with us?\n\n"
            "Best regards,",
        ),
        Moment.REFERRAL: (
            "A referral?",
            "Hello {first_name},\n\n"
            "Thank you again for our talks about {deal}, even if the timing was not right "
            "for {company}.\n\n"
            "Do you know someone who could benefit from a conversation with me?\n\n"
            "Best regards,",
        ),
        Moment.STAY_IN_TOUCH: (
            "News from {company}",
            "Hello {first_name},\n\n"
            "It has been a few months: I wanted to see how things are going at {company}. "
            "Here is a resource you may find useful.\n\n"
            "Do you have fifteen minutes to talk this month?\n\n"
            "Best regards,",
        ),
        Moment.THANK_ADVOCATE: (
            "Thank you for the referral",
            "Hello {first_name},\n\n"
            "Thank you for introducing me to {referred}. Your trust means a lot to me.\n\n"
            "May I keep you posted on how it goes?\n\n"
            "Best regards,",
        ),
        Moment.AFTER_WEBINAR: (
            "After the webinar",
            "Hello {first_name},\n\n"
            "Thank you for joining our webinar. Here are the recording and the slides.\n\n"
            "Shall we look together at what it would mean for {company}?\n\n"
            "Best regards,",
        ),
        Moment.AFTER_CALL: (
            "After our call: {deal}",
            "Hello {first_name},\n\n"
            "Thank you for the call. Here is what I took away for {deal}: [key points].\n\n"
            "Are you free on Tuesday for the next step?\n\n"
            "Best regards,",
        ),
        Moment.BLANK: ("", "Hello {first_name},\n\n\n\nBest regards,"),
    },
}

_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Details:
    """What the composer knows about who it writes to; empty when unknown."""

    first_name: str = ""
    company: str = ""
    deal: str = ""
    referred: str = ""
    email: str = ""


@dataclass(frozen=True)
class Filled:
    subject: str
    body: str
    missing: tuple[str, ...]  # fields left as a visible placeholder, in order of use


def fill(moment: Moment, language: str, details: Details) -> Filled:
    """The template of `moment` in `language` ("fr" or "en") with `details` filled in; an
    unknown field stays as a bracketed placeholder the rep sees, and is named in `missing`."""
    language = language if language in TEMPLATES else "en"
    subject, body = TEMPLATES[language][moment]
    missing: list[str] = []

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        value = getattr(details, name, "").strip()
        if value:
            return value
        if name not in missing:
            missing.append(name)
        return PLACEHOLDERS[language][name]

    return Filled(_FIELD.sub(one, subject), _FIELD.sub(one, body), tuple(missing))


def placeholders_left(text: str, language: str) -> list[str]:
    """The placeholders of `language` still in `text` (the rep has not replaced them)."""
    return [p for p in PLACEHOLDERS.get(language, PLACEHOLDERS["en"]).values() if p in text]


@dataclass(frozen=True)
class DraftRow:
    """A composer's draft as saved: `key` names the moment and who it is for."""

    key: str
    moment: str
    language: str
    deal_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    subject: str
    body: str


def draft_key(moment: Moment, deal_id: uuid.UUID | None, contact_id: uuid.UUID | None) -> str:
    return f"{moment.value}:{deal_id or '-'}:{contact_id or '-'}"
