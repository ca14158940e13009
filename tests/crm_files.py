"""Files as CRMs and spreadsheets write them, for the import tests (made on the fly)."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

PIPEDRIVE = [
    "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency of value", "Deal - Status",
    "Deal - Lost reason", "Deal - Won time", "Deal - Lost time", "Deal - Deal created",
    "Deal - Expected close date", "Deal - Done activities", "Deal - Organization",
    "Deal - Contact person", "Person - Email - Work", "Deal - Stage",
]  # fmt: skip

PIPEDRIVE_ROWS = [
    ["1", "Logiciel de paie", "12500.50", "EUR", "Won", "", "2024-03-05 14:23:11", "",
     "2024-01-10 09:00:00", "2024-03-01", "5", "Boulangerie Dupont", "Claire Martin",
     "claire.martin@dupont.fr", "Negotiations Started"],
    ["2", "Audit sécurité", "8000", "EUR", "Lost", "Price", "", "2024-04-02 10:00:00",
     "2024-02-01 10:00:00", "", "3", "boulangerie dupont", "claire martin",
     "CLAIRE.MARTIN@dupont.fr", "Proposal Made"],
    ["3", "Parc de tablettes", "3000", "EUR", "Lost", "Went with their cousin's company", "",
     "2024-05-02 10:00:00", "2024-02-01 10:00:00", "", "0", "Garage Petit", "Paul Girard", "",
     "Qualified"],
    ["4", "Formation", "1000", "EUR", "Open", "", "", "", "2024-06-01 10:00:00", "2024-09-01",
     "2", "Garage Petit", "", "", "Contact Made"],
]  # fmt: skip


def write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    sep: str = ",",
    encoding: str = "utf-8",
) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def pipedrive(path: Path) -> Path:
    return write_csv(path, PIPEDRIVE, PIPEDRIVE_ROWS)


def hubspot(path: Path) -> Path:
    headers = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date",
               "Closed Lost Reason", "Associated Company",
               "Number of Sales Activities"]  # fmt: skip
    rows = [
        ["901", "Migration ERP", "Closed Won", "45000", "2024-06-30 00:00", "2024-01-15 10:00",
         "", "Transports Lefèvre", "12"],
        ["902", "Support annuel", "closedlost", "9000", "2024-05-15 00:00", "2024-02-01 10:00",
         "Budget", "Transports Lefèvre", "4"],
        ["903", "Extension", "contractsent", "15000", "2024-12-15 00:00", "2024-09-01 10:00",
         "", "Cabinet Moreau", "1"],
    ]  # fmt: skip
    return write_csv(path, headers, rows)


def salesforce(path: Path) -> Path:
    headers = ["Opportunity Name", "Account Name", "Amount", "Stage", "Close Date",
               "Created Date", "Opportunity ID"]  # fmt: skip
    rows = [
        ["Renouvellement", "Garage Petit", "7,500.00", "Closed Won", "12/31/2024",
         "10/02/2024", "0061x01"],
        ["Nouveau site", "Garage Petit", "1,250.00", "Closed Lost", "11/20/2024",
         "9/15/2024", "0061x02"],
        ["Maintenance", "Hôtel du Parc", "980.50", "Negotiation/Review", "1/30/2025",
         "12/01/2024", "0061x03"],
    ]  # fmt: skip
    return write_csv(path, headers, rows)


FRENCH_HEADERS = ["Affaire", "Compte", "Contact", "Montant", "Statut", "Date de création",
                  "Date de clôture", "Motif de perte", "Échanges"]  # fmt: skip
FRENCH_ROWS = [
    ["Logiciel de paie", "Boulangerie Dupont", "Élodie Lefèvre", "12 500,50 €", "Gagnée",
     "15/01/2024", "31/03/2024", "", "6"],
    ["Audit", "Cabinet Moreau", "", "8 000,00 €", "Perdue", "01/02/2024", "20/04/2024",
     "Trop cher", "3"],
    ["Formation", "Société Générale d'Équipement", "", "950 €", "En cours", "03/05/2024", "",
     "", "1"],
]  # fmt: skip


def french(path: Path, encoding: str = "cp1252") -> Path:
    """What French Excel writes: `;`, Windows-1252 (or UTF-8 with a BOM), 12 500,50 €."""
    return write_csv(path, FRENCH_HEADERS, FRENCH_ROWS, sep=";", encoding=encoding)


def big_pipedrive(path: Path, rows: int, bad_row: int | None = None, seed: int = 7) -> Path:
    """`rows` deals; with `bad_row`, that data row's value is not an amount."""
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        status = rng.choice(("Won", "Lost", "Lost", "Open"))
        created = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:00:00"
        closed = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 16:00:00"
        out.append([
            str(1000 + i), f"Affaire {i}",
            "abc" if i == bad_row else str(rng.randint(5, 900) * 100),
            "EUR", status, rng.choice(("Price", "Timing", "No budget", "")) if status == "Lost"
            else "", closed if status == "Won" else "", closed if status == "Lost" else "",
            created, "", str(rng.randint(0, 8)), f"Société {i % 300}", f"Contact {i % 700}",
            f"contact{i % 700}@example.com", "Qualified",
        ])  # fmt: skip
    return write_csv(path, PIPEDRIVE, out)
