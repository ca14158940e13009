"""The pure parts of reading a real export: words, content checks, encodings, table shape."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.crm_vocabulary import Field, default_mapping, fits, propose_status
from salescoach.domain.csv_formats import decode, mysql_dump, read_rows, unescape_mysql
from salescoach.domain.currencies import ALL, in_header, is_currency
from salescoach.domain.enums import DealStatus
from salescoach.domain.table_shape import cell_text, find_header, is_total_row

WON, LOST, OPEN = DealStatus.WON, DealStatus.LOST, DealStatus.OPEN


@pytest.mark.parametrize(
    ("stage", "status"),
    [
        ("Closed Won", WON), ("Gagné", WON), ("Ganada", WON), ("Gewonnen", WON),
        ("Fechado ganho", WON), ("C1:WON", WON), ("Closed Lost", LOST), ("Perdida", LOST),
        ("Descartada", LOST), ("Perdida por licitación", LOST), ("Verloren", LOST),
        ("LOSE", LOST), ("Draft Phase", OPEN), ("Fase 3 - Cotización presentada", OPEN),
        ("Prospecting", OPEN), ("Engaging", OPEN), ("Qualified to Buy", OPEN),
        ("EXECUTING", OPEN), ("", OPEN), ("Actualizada", None), ("Inactivo", None),
    ],
)  # fmt: skip
def test_stage_words_propose_a_status(stage: str, status: DealStatus | None) -> None:
    assert propose_status(stage) is status


def test_content_decides_before_the_name() -> None:
    assert not fits(Field.CLOSED, ["Y", "N", "N"])  # Bitrix24's CLOSED flag
    assert fits(Field.CLOSED, ["2021-02-10T03:00:00+03:00", "19.06.2025", "1/08/26"])
    assert not fits(Field.CURRENCY, ["Sin_Factura"] * 9 + ["USD"])
    assert fits(Field.CURRENCY, ["RUB", "CLP", "€", "usd"])
    headers = ["CLOSED", "CLOSEDATE", "currency", "amount_usd", "TITLE"]
    rows = [["N", "2021-02-10", "Sin_Factura", "100", "Сделка"]] * 3
    mapping, currency = default_mapping(headers, rows)
    assert mapping == {Field.TITLE: 4, Field.AMOUNT: 3, Field.CLOSED: 1}
    assert currency == "USD"


def test_currencies_come_from_the_cldr() -> None:
    assert {"RUB", "CLP", "COP", "MXN", "PAB", "JPY"} <= set(ALL)
    assert ALL[:5] == ("EUR", "USD", "GBP", "CHF", "CAD") and len(ALL) > 150
    assert not is_currency("XXX") and not is_currency("SIN_FACTURA")
    assert in_header("amount_usd") == ("USD", "amount_ ")
    assert in_header("Montant (EUR)")[0] == "EUR"  # type: ignore[index]
    assert in_header("Amount") is None and in_header("EUR") is None


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("ID,TITLE\n1,Портативные зарядные устройства\n3,Игрушки для детей\n", "cp1251",
         "cp1251"),
        ("Название;Сумма\nИгрушки для детей;100\nПортативные устройства;5\n", "koi8_r",
         "koi8_r"),
        ("Compañía;Año\nPeña;Señor\nMüller;Größe\n", "cp1252", "cp1252"),
        ("Prix;Montant\nCafé;12 € HT\n", "iso8859_15", "iso8859_15"),
    ],
    ids=["windows-1251", "koi8-r", "windows-1252-spanish", "iso-8859-15-euro"],
)  # fmt: skip
def test_encodings_are_detected(text: str, codec: str, expected: str) -> None:
    decoded, found = decode(text.encode(codec))
    assert (decoded, found) == (text, expected)


def test_mysql_escapes_and_nulls() -> None:
    text = '"1","Monitor de 32\\" pulgadas",\\N,"a\\\\b"\n'
    assert mysql_dump(text)
    [row] = read_rows(unescape_mysql(text), ",")
    assert row == ["1", 'Monitor de 32" pulgadas', "\\N", "a\\b"]
    assert not mysql_dump('"Deal - Title"\n"Audit"\n')


def test_header_below_title_rows_and_none_at_all() -> None:
    report = [["Opportunities by stage"], ["Filtered By: Stage"], [],
              ["Opportunity Name", "Stage", "Amount"], ["Audit", "Won", "12"]]  # fmt: skip
    assert find_header(report) == (3, True)
    dump = [["100", "Windrose", "179500.00000000", "\\N"], ["104", "Megamall", "420.0", "\\N"]]
    assert find_header(dump) == (0, False)
    assert find_header(report[3:], no_header=True) == (0, False)
    narrow = [["Deal - Title", "Deal - Value", "Deal - Status"],
              ["Audit", "12", "won", "x", "y", "z", "t", "u", "v"]]  # fmt: skip
    assert find_header(narrow) == (0, True)


@pytest.mark.parametrize(
    ("row", "total"),
    [
        (["Grand Totals (268 records)", "", "", "13300"], True),
        (["Total", "", "", "13300"], True),
        (["Summe", "", "", "5"], True),
        (["Confidential Information - Do Not Distribute"], True),
        (["Totalenergies renewal", "Acme", "Won", "5"], False),
        (["Audit", "Total SA", "Won", "5"], False),
        (["Total", "Acme", "Won", "5"], False),  # a deal titled "Total" fills its row
    ],
)
def test_total_rows(row: list[str], total: bool) -> None:
    assert is_total_row(row, 4) is total


def test_cells_as_they_are() -> None:
    assert cell_text(dt.datetime(2015, 10, 8)) == "2015-10-08"
    assert cell_text(dt.datetime(2015, 8, 14, 16, 8, 10)) == "2015-08-14 16:08:10"
    assert cell_text(dt.date(2024, 2, 1)) == "2024-02-01"
    assert (cell_text(800.0), cell_text(12500.5), cell_text(None)) == ("800", "12500.5", "")


@pytest.mark.parametrize(
    "headers",
    [
        ["Affaire - Titre", "Affaire - Valeur", "Affaire - Étape", "Affaire - Date de clôture"],
        ["Name der Verkaufschance", "Betrag", "Phase", "Abschlussdatum"],
        ["Nombre de la oportunidad", "Importe", "Etapa", "Fecha de cierre"],
        ["Nome do negócio", "Valor", "Etapa", "Data de fechamento"],
        ["opportunity_name", "close_value", "deal_stage", "close_date"],
    ],
    ids=["pipedrive-fr", "de", "es", "pt", "maven"],
)
def test_column_names_in_five_languages(headers: list[str]) -> None:
    rows = [["Audit", "1200", "Ganada", "2024-03-01"]]
    mapping, _ = default_mapping(headers, rows)
    assert mapping == {Field.TITLE: 0, Field.AMOUNT: 1, Field.STAGE: 2, Field.CLOSED: 3}


def test_french_pipedrive_is_pipedrive() -> None:
    from salescoach.domain.csv_formats import Format, detect_format

    assert detect_format(["Affaire - Titre", "Affaire - Valeur"]) is Format.PIPEDRIVE
