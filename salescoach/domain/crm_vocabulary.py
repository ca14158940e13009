"""The words CRMs and spreadsheets use: column names, statuses, stages, loss reasons.

Everything is compared after `normalise` (case, accents and punctuation ignored), so that
"Closed Won", "closedwon" and "CLOSED-WON" are one word, as are "Gagnée" and "gagnee".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from salescoach.domain.currencies import in_header, is_currency
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
    MODIFIED = "modified"  # last changed in the CRM: a closed deal's date when it has none
    COMMISSION = "commission"
    PRODUCT = "product"  # with the account, a title for files that have none


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
    Field.MODIFIED: QT_TRANSLATE_NOOP("Importing", "Last modified on"),
    Field.COMMISSION: QT_TRANSLATE_NOOP("Importing", "Commission"),
    Field.PRODUCT: QT_TRANSLATE_NOOP("Importing", "Product"),
}

# The command line's names (`--map FIELD=COLUMN`), as the issue and the README give them.
CLI_FIELDS: dict[str, Field] = {
    "id": Field.SOURCE_ID, "title": Field.TITLE, "account": Field.ACCOUNT,
    "contact": Field.CONTACT, "email": Field.EMAIL, "phone": Field.PHONE,
    "amount": Field.AMOUNT, "currency": Field.CURRENCY, "stage": Field.STAGE,
    "status": Field.STATUS, "created": Field.CREATED, "won": Field.WON, "lost": Field.LOST,
    "closed": Field.CLOSED, "modified": Field.MODIFIED, "lost_reason": Field.LOST_REASON,
    "activities": Field.ACTIVITIES, "commission": Field.COMMISSION,
    "competitor": Field.COMPETITOR, "notes": Field.NOTES, "product": Field.PRODUCT,
}  # fmt: skip

DATE_FIELDS = (Field.CREATED, Field.WON, Field.LOST, Field.CLOSED, Field.MODIFIED)


def normalise(text: str) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


# Column names, first match wins (Pipedrive in English and French, HubSpot, Salesforce,
# Maven, vtiger, Odoo, Bitrix24, then plain words in English, French, Spanish, German and
# Portuguese). Compared with `normalise`, so `close_value` is "close value". A column
# whose content does not fit the field (a Y/N column for a date) is passed over.
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.TITLE: ("Deal - Title", "Affaire - Titre", "Deal Name", "Opportunity Name",
                  "opportunity_name", "potentialname", "Title", "Deal", "Titre", "Affaire",
                  "Nom de l'affaire", "Opportunité", "Nombre de la oportunidad",
                  "Oportunidad", "Negocio", "Nombre del negocio", "Título", "Titulo",
                  "Name der Verkaufschance", "Verkaufschance", "Titel", "Nome do negócio",
                  "Negócio", "Oportunidade", "Name", "Nom", "Nombre", "Nome"),
    Field.ACCOUNT: ("Deal - Organization", "Affaire - Organisation", "Organization - Name",
                    "Account Name", "Company", "Company name", "company_name",
                    "Associated Company", "Organization", "Organisation", "Account",
                    "partner_name", "related_to", "Compte", "Entreprise", "Société",
                    "Client", "Empresa", "Cuenta", "Nombre de la cuenta", "Cliente",
                    "Compañía", "Firma", "Unternehmen", "Kunde", "Accountname",
                    "Organização", "Conta"),
    Field.CONTACT: ("Deal - Contact person", "Affaire - Personne à contacter",
                    "Person - Name", "Contact Name", "contact_name", "Associated Contact",
                    "Primary Contact", "Contact", "Contact person", "Interlocuteur",
                    "Contacto", "Persona de contacto", "Ansprechpartner", "Kontakt",
                    "Contato", "Pessoa de contato"),
    Field.EMAIL: ("Person - Email - Work", "Person - Email", "Person - Email - Other",
                  "Person - Email - Home", "Contact Email", "Associated Contact Email",
                  "email_from", "Email", "E-mail", "Courriel", "Correo", "Correo electrónico",
                  "E-Mail-Adresse"),
    Field.PHONE: ("Person - Phone - Work", "Person - Phone", "Person - Phone - Mobile",
                  "Contact Phone", "Phone", "Téléphone", "Tel", "Teléfono", "Telefon",
                  "Telefone", "mobile"),
    Field.AMOUNT: ("Deal - Value", "Affaire - Valeur", "Amount", "close_value",
                   "planned_revenue", "OPPORTUNITY", "Expected Revenue", "Value", "Montant",
                   "Valeur", "Montant HT", "Monto", "Importe", "Valor", "Betrag", "Wert",
                   "Umsatz"),
    Field.CURRENCY: ("Deal - Currency of value", "Deal - Currency", "Affaire - Devise",
                     "Currency", "CURRENCY_ID", "Opportunity Currency", "Amount Currency",
                     "Devise", "Monnaie", "Moneda", "Divisa", "Währung", "Moeda"),
    Field.STATUS: ("Deal - Status", "Affaire - Statut", "Status", "Statut", "État", "Etat",
                   "Estado", "Situação"),
    Field.STAGE: ("Deal - Stage", "Affaire - Étape", "Deal Stage", "deal_stage",
                  "sales_stage", "STAGE_ID", "stage_id", "Stage", "Étape", "Phase", "Etapa",
                  "Fase", "Verkaufsphase", "Stufe"),
    Field.CREATED: ("Deal - Deal created", "Deal - Add time", "Affaire - Affaire créée",
                    "Affaire - Date de création", "Create Date", "Created Date",
                    "deal_created_date", "createdtime", "DATE_CREATE", "create_date",
                    "engage_date", "Created", "Date de création", "Créée le", "Créé le",
                    "Date d'ouverture", "Fecha de creación", "Creado", "Erstellt am",
                    "Erstelldatum", "Data de criação", "Criado em"),
    Field.WON: ("Deal - Won time", "Affaire - Date de gain", "Won time", "Won date",
                "Date de gain", "Gagnée le", "Fecha de ganado", "Gewonnen am",
                "Data de ganho"),
    Field.LOST: ("Deal - Lost time", "Affaire - Date de perte", "Lost time", "Lost date",
                 "Date de perte", "Perdue le", "Fecha de pérdida", "Verloren am",
                 "Data de perda"),
    Field.CLOSED: ("Deal - Deal closed on", "Deal - Close time", "Affaire - Date de clôture",
                   "Close Date", "Closed Date", "close_date", "closingdate", "CLOSEDATE",
                   "date_deadline", "Closed", "Date de clôture", "Clôturée le",
                   "Date de signature", "Fecha de cierre", "Abschlussdatum",
                   "Schlusstermin", "Data de fechamento", "Data de fecho"),
    Field.MODIFIED: ("Deal - Update time", "Affaire - Date de mise à jour", "Last Modified Date",
                     "Last Modified", "last_modified_date", "modifiedtime", "DATE_MODIFY",
                     "write_date", "Modified", "Modifié le", "Date de modification",
                     "Fecha de modificación", "Geändert am", "Data de modificação"),
    Field.LOST_REASON: ("Deal - Lost reason", "Affaire - Raison de la perte",
                        "Closed Lost Reason", "Lost Reason", "Loss Reason", "Reason Lost",
                        "Raison de la perte", "Motif de perte", "Raison de perte", "Motif",
                        "Motivo de pérdida", "Razón de pérdida", "Verlustgrund",
                        "Motivo da perda"),
    Field.ACTIVITIES: ("Deal - Done activities", "Affaire - Activités terminées",
                       "Number of Sales Activities", "Number of times contacted",
                       "Activities done", "Done activities", "Activity Count",
                       "Activités réalisées", "Nombre d'échanges", "Échanges", "Activités"),
    Field.COMMISSION: ("Commission", "Deal - Commission", "Comisión", "Provision",
                       "Comissão"),
    Field.COMPETITOR: ("Competitor", "Main Competitor", "Main Competitor(s)", "Competitors",
                       "Concurrent", "Concurrence", "Competidor", "Wettbewerber",
                       "Concorrente"),
    Field.NOTES: ("Deal Description", "Description", "COMMENTS", "Notes", "Note",
                  "Commentaire", "Commentaires", "Remarques", "Descripción", "Notas",
                  "Beschreibung", "Descrição"),
    Field.SOURCE_ID: ("Deal - ID", "Affaire - ID", "Record ID", "Deal ID", "Opportunity ID",
                      "opportunity_id", "potentialid", "deal_id", "ID"),
    Field.PRODUCT: ("Product", "Product Name", "Produit", "Producto", "Produkt", "Produto"),
}  # fmt: skip

_DATE_LIKE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T].*)?|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})(?:[ T,].*)?"
)
_NUMBER_LIKE = re.compile(r"[-+]?[\s\u00a0\u202f'\d.,]*\d[\s\u00a0\u202f'\d.,]*\s*\D{0,4}")
_INTEGER = re.compile(r"\d+(?:[.,]0+)?")
SAMPLE_ROWS = 500  # enough to see what a column holds; few enough to be instant


def fits(field: Field, values: list[str]) -> bool:
    """Whether a column holding `values` (non-empty cells) can be `field`: a Y/N column is
    never a date, an invoice flag such as `Sin_Factura` never a currency. Compared before
    the file's dates and numbers are known, so loosely (any order of day and month)."""
    if not values:
        return True
    if field in DATE_FIELDS:
        good = sum(1 for v in values if _DATE_LIKE.fullmatch(v))
    elif field in (Field.AMOUNT, Field.COMMISSION):
        good = sum(1 for v in values if _NUMBER_LIKE.fullmatch(v))
    elif field is Field.ACTIVITIES:
        good = sum(1 for v in values if _INTEGER.fullmatch(v))
    elif field is Field.CURRENCY:
        good = sum(1 for v in values if is_currency_word(v))
    elif field is Field.EMAIL:
        good = sum(1 for v in values if "@" in v)
    elif field is Field.STATUS:
        good = sum(1 for v in values if status_word(v) is not None)
    else:
        return True
    # Most cells, not all: a typo in a real column is a bad row to report, not a reason
    # to read the column as something else.
    return good >= 0.5 * len(values)


NULLS = frozenset({"\\N", "NULL"})  # MySQL's dumps (vtiger) write \N; others NULL


def column_values(rows: Sequence[Sequence[str]], column: int) -> list[str]:
    """The non-empty cells of a column in the first `SAMPLE_ROWS` rows."""
    out = []
    for row in rows[:SAMPLE_ROWS]:
        if column < len(row):
            v = row[column].strip()
            if v and v not in NULLS:
                out.append(v)
    return out


def default_mapping(
    headers: list[str], rows: Sequence[Sequence[str]] = ()
) -> tuple[dict[Field, int], str | None]:
    """Each field's column (an index into `headers`), from the known column names and what
    the columns hold; and the currency an amount column's name gives (`amount_usd`)."""
    found: dict[str, int] = {}
    named: dict[str, tuple[int, str]] = {}  # "amount" -> (column of "amount_usd", "USD")
    for i, name in enumerate(headers):
        found.setdefault(normalise(name), i)
        said = in_header(name)
        if said is not None:
            named.setdefault(normalise(said[1]), (i, said[0]))
    mapping: dict[Field, int] = {}
    taken: set[int] = set()
    amount_currency: str | None = None
    for field, names in ALIASES.items():
        for alias in names:
            key = normalise(alias)
            column = found.get(key)
            currency = None
            if column is None and field in (Field.AMOUNT, Field.COMMISSION) and key in named:
                column, currency = named[key]
            if column is None or column in taken:
                continue
            if rows and not fits(field, column_values(rows, column)):
                continue
            mapping[field] = column
            taken.add(column)
            if field is Field.AMOUNT:
                amount_currency = currency
            break
    return mapping, amount_currency


STATUS_WORDS: dict[str, DealStatus] = {
    **dict.fromkeys(("open", "opened", "in progress", "active", "ouvert", "ouverte",
                     "en cours", "a faire", "abierto", "abierta", "en curso", "offen",
                     "aberto", "aberta", "em andamento"), DealStatus.OPEN),
    **dict.fromkeys(("won", "closed won", "closedwon", "win", "gagne", "gagnee", "signe",
                     "signee", "conclu", "conclue", "ferme gagne", "ferme gagnee",
                     "ganado", "ganada", "cerrado ganado", "cerrada ganada", "gewonnen",
                     "abgeschlossen gewonnen", "ganho", "ganha", "fechado ganho",
                     "fechada ganha"), DealStatus.WON),
    **dict.fromkeys(("lost", "closed lost", "closedlost", "loss", "perdu", "perdue",
                     "ferme perdu", "ferme perdue", "abandonne", "abandonnee", "perdido",
                     "perdida", "cerrado perdido", "cerrada perdida", "verloren",
                     "abgeschlossen verloren", "fechado perdido", "fechada perdida"),
                    DealStatus.LOST),
}  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def status_word(text: str) -> DealStatus | None:
    """A status (or a closed stage such as HubSpot's "closedwon") in words; None if not."""
    return STATUS_WORDS.get(normalise(text))


# A stage name holding one of these words is a closed deal ("Perdida por licitación",
# Bitrix24's "C1:LOSE"), in English, French, Spanish, German and Portuguese.
_WON_WORDS = frozenset(("won", "win", "gagne", "gagnee", "ganado", "ganada", "gewonnen",
                        "ganho", "ganha", "vendido", "vendida", "success"))  # fmt: skip
_LOST_WORDS = frozenset((
    "lost", "lose", "perdu", "perdue", "perdido", "perdida", "descartado", "descartada",
    "descartados", "rechazado", "rechazada", "cancelado", "cancelada", "verloren",
    "abgelehnt", "abgesagt", "storniert", "annule", "annulee", "abandonne", "abandonnee",
    "cancelled", "canceled", "rejected", "refuse", "refusee", "apology", "junk",
))  # fmt: skip
# …and one holding these is a step of the pipeline, still open (Salesforce's "Draft
# Phase", vtiger's "Fase 3 - Cotización presentada", Bitrix24's stage ids).
_OPEN_WORDS = frozenset((
    "phase", "fase", "etapa", "stufe", "draft", "entwurf", "borrador", "rascunho",
    "preparation", "executing", "invoice", "prepayment", "engaging", "evaluando",
    "preventa", "cotizacion", "negociacion", "propuesta", "calificacion", "verhandlung",
    "angebot", "proposta", "negociacao", "qualificacao", "pending", "en attente",
))  # fmt: skip


@lru_cache(maxsize=4096)
def propose_status(stage: str) -> DealStatus | None:
    """The status a CRM's stage value stands for, as proposed to the rep: won or lost from
    its words, open for a step of the pipeline; None when the words do not tell."""
    said = status_word(stage)
    if said is not None:
        return said
    words = set(normalise(stage).split())
    if not words:
        return DealStatus.OPEN  # no stage at all: an open deal
    if words & _WON_WORDS and not words & _LOST_WORDS:
        return DealStatus.WON
    if words & _LOST_WORDS and not words & _WON_WORDS:
        return DealStatus.LOST
    if words & _OPEN_WORDS or stage_word(stage) is not None:
        return DealStatus.OPEN
    return None


# Pipeline stages by keyword: HubSpot's defaults, Salesforce's, Pipedrive's, French words.
_STAGE_KEYWORDS: tuple[tuple[DealStage, tuple[str, ...]], ...] = (
    (DealStage.CLOSING, ("contract", "contrat", "closing", "signature", "commit", "verbal")),
    (DealStage.NEGOTIATION, ("negotiat", "negociat", "review", "bought in", "decision maker",
                             "decisionmaker", "perception")),
    (DealStage.PROPOSAL, ("proposal", "proposition", "quote", "devis", "offre", "value prop",
                          "presentation", "demo", "cotizacion", "propuesta", "angebot",
                          "proposta", "invoice")),
    (DealStage.QUALIFIED, ("qualif", "needs analysis", "analyse", "discovery", "decouverte",
                           "contact made", "appointment", "rendez vous", "meeting", "engag",
                           "evalua", "preventa", "preparation")),
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
    "ca$": "CAD", "canadian dollar": "CAD", "₽": "RUB", "руб": "RUB", "rub": "RUB",
    "r$": "BRL", "real": "BRL", "reais": "BRL", "peso": "MXN",
}  # fmt: skip


@lru_cache(maxsize=4096)  # a file repeats the same few words
def currency_code(text: str) -> str:
    """An ISO code from what a file says ("€", "Euro", "eur"); unknown text upper-cased."""
    word = " ".join(text.strip().casefold().split())
    return CURRENCY_WORDS.get(word, text.strip().upper())


def is_currency_word(text: str) -> bool:
    """Whether a cell names a currency (any ISO 4217 code, or a word or symbol for one)."""
    return is_currency(currency_code(text))


@lru_cache(maxsize=4096)  # a file repeats the same few words
def currency_in_amount(text: str) -> str | None:
    """The currency an amount names itself ("12 500,50 €", "$1,200"), if any."""
    for symbol, code in (("€", "EUR"), ("£", "GBP"), ("CHF", "CHF"), ("CAD", "CAD"),
                         ("$CA", "CAD"), ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"),
                         ("$", "USD")):  # fmt: skip
        if symbol in text.upper():
            return code
    return None
