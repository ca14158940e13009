"""The words CRMs and spreadsheets use: column names, statuses, stages, loss reasons.

Everything is compared after `normalise` (case, accents and punctuation ignored), so that
"Closed Won", "closedwon" and "CLOSED-WON" are one word, as are "Gagnée" and "gagnee".
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.messages import QT_TRANSLATE_NOOP

CTX = "Importing"


class Field(StrEnum):
    """What a column of an imported file can hold."""

    TITLE = "title"
    ACCOUNT = "account"
    CONTACT = "contact"
    EMAIL = "email"
    PHONE = "phone"
    AMOUNT = "amount"
    CURRENCY = "currency"
    STATUS = "status"
    STAGE = "stage"
    CREATED = "created"
    WON = "won"
    LOST = "lost"
    CLOSED = "closed"
    LOST_REASON = "lost_reason"
    ACTIVITIES = "activities"
    COMPETITOR = "competitor"
    NOTES = "notes"
    SOURCE_ID = "source_id"


FIELD_LABELS: dict[Field, str] = {
    Field.TITLE: QT_TRANSLATE_NOOP("Importing", "Deal title"),
    Field.ACCOUNT: QT_TRANSLATE_NOOP("Importing", "Account"),
    Field.CONTACT: QT_TRANSLATE_NOOP("Importing", "Contact"),
    Field.EMAIL: QT_TRANSLATE_NOOP("Importing", "Contact's email"),
    Field.PHONE: QT_TRANSLATE_NOOP("Importing", "Contact's phone"),
    Field.AMOUNT: QT_TRANSLATE_NOOP("Importing", "Amount"),
    Field.CURRENCY: QT_TRANSLATE_NOOP("Importing", "Currency"),
    Field.STATUS: QT_TRANSLATE_NOOP("Importing", "Status"),
    Field.STAGE: QT_TRANSLATE_NOOP("Importing", "Stage"),
    Field.CREATED: QT_TRANSLATE_NOOP("Importing", "Created on"),
    Field.WON: QT_TRANSLATE_NOOP("Importing", "Won on"),
    Field.LOST: QT_TRANSLATE_NOOP("Importing", "Lost on"),
    Field.CLOSED: QT_TRANSLATE_NOOP("Importing", "Closed on"),
    Field.LOST_REASON: QT_TRANSLATE_NOOP("Importing", "Loss reason"),
    Field.ACTIVITIES: QT_TRANSLATE_NOOP("Importing", "Activities done"),
    Field.COMPETITOR: QT_TRANSLATE_NOOP("Importing", "Competitor"),
    Field.NOTES: QT_TRANSLATE_NOOP("Importing", "Notes"),
    Field.SOURCE_ID: QT_TRANSLATE_NOOP("Importing", "ID in the CRM"),
}

DATE_FIELDS = (Field.CREATED, Field.WON, Field.LOST, Field.CLOSED)


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


# Column names, first match wins (Pipedrive, HubSpot, Salesforce, then plain words in
# English and French). Compared with `normalise`.
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.TITLE: ("Deal - Title", "Deal Name", "Opportunity Name", "Title", "Deal", "Titre",
                  "Affaire", "Nom de l'affaire", "Opportunité", "Name", "Nom"),
    Field.ACCOUNT: ("Deal - Organization", "Organization - Name", "Account Name", "Company",
                    "Company name", "Associated Company", "Organization", "Organisation",
                    "Account", "Compte", "Entreprise", "Société", "Client"),
    Field.CONTACT: ("Deal - Contact person", "Person - Name", "Contact Name",
                    "Associated Contact", "Primary Contact", "Contact", "Contact person",
                    "Interlocuteur"),
    Field.EMAIL: ("Person - Email - Work", "Person - Email", "Person - Email - Other",
                  "Person - Email - Home", "Contact Email", "Email", "E-mail", "Courriel"),
    Field.PHONE: ("Person - Phone - Work", "Person - Phone", "Person - Phone - Mobile",
                  "Contact Phone", "Phone", "Téléphone", "Tel"),
    Field.AMOUNT: ("Deal - Value", "Amount", "Value", "Montant", "Valeur", "Montant HT"),
    Field.CURRENCY: ("Deal - Currency of value", "Deal - Currency", "Currency",
                     "Opportunity Currency", "Amount Currency", "Devise", "Monnaie"),
    Field.STATUS: ("Deal - Status", "Status", "Statut", "État", "Etat"),
    Field.STAGE: ("Deal - Stage", "Deal Stage", "Stage", "Étape", "Phase"),
    Field.CREATED: ("Deal - Deal created", "Deal - Add time", "Create Date", "Created Date",
                    "Created", "Date de création", "Créée le", "Créé le", "Date d'ouverture"),
    Field.WON: ("Deal - Won time", "Won time", "Won date", "Date de gain", "Gagnée le"),
    Field.LOST: ("Deal - Lost time", "Lost time", "Lost date", "Date de perte", "Perdue le"),
    Field.CLOSED: ("Deal - Deal closed on", "Deal - Close time", "Close Date", "Closed Date",
                   "Closed", "Date de clôture", "Clôturée le", "Date de signature"),
    Field.LOST_REASON: ("Deal - Lost reason", "Closed Lost Reason", "Lost Reason",
                        "Loss Reason", "Reason Lost", "Raison de la perte", "Motif de perte",
                        "Raison de perte", "Motif"),
    Field.ACTIVITIES: ("Deal - Done activities", "Number of Sales Activities",
                       "Number of times contacted", "Activities done", "Done activities",
                       "Activity Count", "Activités réalisées", "Nombre d'échanges",
                       "Échanges", "Activités"),
    Field.COMPETITOR: ("Competitor", "Main Competitor", "Main Competitor(s)", "Competitors",
                       "Concurrent", "Concurrence"),
    Field.NOTES: ("Deal Description", "Description", "Notes", "Note", "Commentaire",
                  "Commentaires", "Remarques"),
    Field.SOURCE_ID: ("Deal - ID", "Record ID", "Deal ID", "Opportunity ID", "ID"),
}  # fmt: skip


def default_mapping(headers: list[str]) -> dict[Field, int]:
    """Each field's column (an index into `headers`), from the known column names."""
    found: dict[str, int] = {}
    for i, name in enumerate(headers):
        found.setdefault(normalise(name), i)
    mapping: dict[Field, int] = {}
    taken: set[int] = set()
    for field, names in ALIASES.items():
        for alias in names:
            column = found.get(normalise(alias))
            if column is not None and column not in taken:
                mapping[field] = column
                taken.add(column)
                break
    return mapping


STATUS_WORDS: dict[str, DealStatus] = {
    **dict.fromkeys(("open", "opened", "in progress", "active", "ouvert", "ouverte",
                     "en cours", "a faire"), DealStatus.OPEN),
    **dict.fromkeys(("won", "closed won", "closedwon", "win", "gagne", "gagnee", "signe",
                     "signee", "conclu", "conclue", "ferme gagne", "ferme gagnee"),
                    DealStatus.WON),
    **dict.fromkeys(("lost", "closed lost", "closedlost", "loss", "perdu", "perdue",
                     "ferme perdu", "ferme perdue", "abandonne", "abandonnee"),
                    DealStatus.LOST),
}  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def status_word(text: str) -> DealStatus | None:
    """A status (or a closed stage such as HubSpot's "closedwon") in words; None if not."""
    return STATUS_WORDS.get(normalise(text))


# Pipeline stages by keyword: HubSpot's defaults, Salesforce's, Pipedrive's, French words.
_STAGE_KEYWORDS: tuple[tuple[DealStage, tuple[str, ...]], ...] = (
    (DealStage.CLOSING, ("contract", "contrat", "closing", "signature", "commit", "verbal")),
    (DealStage.NEGOTIATION, ("negotiat", "negociat", "review", "bought in", "decision maker",
                             "decisionmaker", "perception")),
    (DealStage.PROPOSAL, ("proposal", "proposition", "quote", "devis", "offre", "value prop",
                          "presentation", "demo")),
    (DealStage.QUALIFIED, ("qualif", "needs analysis", "analyse", "discovery", "decouverte",
                           "contact made", "appointment", "rendez vous", "meeting")),
    (DealStage.LEAD, ("lead", "prospect", "new", "nouveau", "nouvelle", "piste")),
)  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def stage_word(text: str) -> DealStage | None:
    """The pipeline stage a CRM's stage name stands for; None when nothing matches."""
    words = normalise(text)
    if not words:
        return None
    squeezed = words.replace(" ", "")
    for stage, keys in _STAGE_KEYWORDS:
        if any(k in words or k.replace(" ", "") in squeezed for k in keys):
            return stage
    return None


# Loss reasons as CRMs and reps write them, to the seeded reasons' codes
# (salescoach.domain.debrief.LOSS_REASON_SEEDS); the seeds' own English and French names
# match too.
REASON_WORDS: dict[str, str] = {
    **dict.fromkeys(("timing", "bad timing", "not now", "not the right time", "calendrier",
                     "pas le bon moment", "trop tot", "too early", "later", "plus tard"),
                    "timing"),
    **dict.fromkeys(("budget", "no budget", "pas de budget", "budget insuffisant",
                     "no money", "budget cut"), "budget"),
    **dict.fromkeys(("competitor", "competitor s better offer", "competitors better offer",
                     "lost to competitor", "went with competitor", "competition",
                     "chose competitor", "concurrent", "concurrence", "offre concurrente",
                     "meilleure offre concurrente", "offre concurrente plus interessante"),
                    "competitor_offer"),
    **dict.fromkeys(("in house", "handled in house", "built in house", "internal solution",
                     "en interne", "fait en interne", "gere en interne", "solution interne"),
                    "in_house"),
    **dict.fromkeys(("no decision", "no decision status quo", "status quo", "no decision made",
                     "pas de decision", "statu quo", "pas de decision statu quo"),
                    "no_decision"),
    **dict.fromkeys(("no decision maker", "no decision maker reached", "wrong contact",
                     "decideur non atteint", "pas de decideur", "decideur pas rencontre"),
                    "no_decision_maker"),
    **dict.fromkeys(("needs misunderstood", "misunderstood needs", "besoin mal compris",
                     "besoins mal compris"), "needs_misunderstood"),
    **dict.fromkeys(("price", "pricing", "too expensive", "price too high", "prix",
                     "trop cher", "tarif", "prix trop eleve"), "price"),
    **dict.fromkeys(("missing capability", "missing feature", "missing features",
                     "product fit", "feature gap", "fonctionnalite manquante",
                     "fonctionnalites manquantes", "capacite manquante"),
                    "missing_capability"),
    **dict.fromkeys(("unresponsive", "no response", "no answer", "ghosted", "went dark",
                     "unreachable", "injoignable", "pas de reponse", "sans reponse",
                     "ne repond plus"), "unresponsive"),
    **dict.fromkeys(("poor fit", "bad fit", "not a fit", "no fit", "not qualified",
                     "hors cible", "pas adapte", "mauvaise adequation"), "poor_fit"),
    **dict.fromkeys(("other", "others", "autre", "autres", "divers"), "other"),
}  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def seeded_reason(text: str) -> str | None:
    """The code of the seeded loss reason `text` names, or None (a reason of the rep's own)."""
    from salescoach.domain.debrief import LOSS_REASON_SEEDS

    words = normalise(text)
    for seed in LOSS_REASON_SEEDS:
        if words in (normalise(seed.code), normalise(seed.label)):
            return seed.code
    return REASON_WORDS.get(words)


CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "£": "GBP", "gbp": "GBP", "pound": "GBP", "livre": "GBP",
    "chf": "CHF", "fr": "CHF", "franc suisse": "CHF", "cad": "CAD", "c$": "CAD", "$ca": "CAD",
    "ca$": "CAD", "canadian dollar": "CAD",
}  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def currency_code(text: str) -> str:
    """An ISO code from what a file says ("€", "Euro", "eur"); unknown text upper-cased."""
    word = " ".join(text.strip().casefold().split())
    return CURRENCY_WORDS.get(word, text.strip().upper())


@lru_cache(maxsize=4096)  # a file repeats the same few words
def currency_in_amount(text: str) -> str | None:
    """The currency an amount names itself ("12 500,50 €", "$1,200"), if any."""
    for symbol, code in (("€", "EUR"), ("£", "GBP"), ("CHF", "CHF"), ("CAD", "CAD"),
                         ("$CA", "CAD"), ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"),
                         ("$", "USD")):  # fmt: skip
        if symbol in text.upper():
            return code
    return None
