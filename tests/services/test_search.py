"""Find anything: the full-text index follows every write (the forms, deletes and their
cascades, an import, the demo, an upgrade of an older database), ignores accents and case,
and matches what is being typed as a prefix."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salescoach.domain.deals import AccountDraft, ContactDraft, DealDraft, TouchDraft
from salescoach.domain.debrief import DebriefDraft
from salescoach.domain.enums import TouchKind
from salescoach.domain.search import HitKind, fts_query
from salescoach.services import import_check, import_sample, importing
from salescoach.services.workspace import Workspace, open_workspace
from salescoach.store.database import run_migrations, schema_engine
from tests import crm_files


def _found(ws: Workspace, text: str) -> set[tuple[HitKind, str]]:
    return {(h.kind, h.title) for h in ws.search.find(text)}


def test_a_deal_is_found_as_typed_then_follows_its_edits_and_deletion(
    workspace: Workspace,
) -> None:
    p = workspace.pipeline
    deal = p.save_deal(DealDraft("Logiciel de paie", "Boulangerie Dupont", competitor="Sage"))
    for typed in ("log", "LOGICIEL", "logiciel pa", "sag", "paie logi"):
        assert (HitKind.DEAL, "Logiciel de paie") in _found(workspace, typed), typed
    assert (HitKind.ACCOUNT, "Boulangerie Dupont") in _found(workspace, "boul")

    p.save_deal(DealDraft("Téléphonie IP", "Boulangerie Dupont"), deal.id)
    assert _found(workspace, "logiciel") == set()
    assert (HitKind.DEAL, "Téléphonie IP") in _found(workspace, "telephonie")

    p.delete_deal(deal.id)
    assert _found(workspace, "telephonie") == set()


def test_accents_and_case_are_ignored_both_ways(workspace: Workspace) -> None:
    p = workspace.pipeline
    account = p.save_account(AccountDraft("Hôtel Nguyen", city="Besançon"))
    p.save_contact(ContactDraft("Élodie", "Lefèvre", account, email="elodie@nguyen.fr"))
    assert _found(workspace, "elodie lefevre") == {(HitKind.CONTACT, "Élodie Lefèvre")}
    assert _found(workspace, "ÉLO") == {(HitKind.CONTACT, "Élodie Lefèvre")}
    assert _found(workspace, "besancon") == {(HitKind.ACCOUNT, "Hôtel Nguyen")}
    [hit] = workspace.search.find("elodie")
    assert hit.detail == "Hôtel Nguyen"  # the person's company tells two Élodies apart


def test_renamed_and_deleted_accounts_and_contacts_leave_the_index(workspace: Workspace) -> None:
    p = workspace.pipeline
    account = p.save_account(AccountDraft("Garage Petit"))
    contact = p.save_contact(ContactDraft("Paul", "Girard", account))
    p.save_account(AccountDraft("Garage Grand"), account)
    p.save_contact(ContactDraft("Paul", "Martin", account), contact)
    assert _found(workspace, "petit") == set() and _found(workspace, "girard") == set()
    assert _found(workspace, "grand") == {(HitKind.ACCOUNT, "Garage Grand")}
    assert _found(workspace, "martin") == {(HitKind.CONTACT, "Paul Martin")}
    p.delete_contact(contact)
    p.delete_account(account)
    assert _found(workspace, "garage") == set() and _found(workspace, "paul") == set()


def test_touch_notes_and_debriefs_are_found_and_go_with_their_deal(workspace: Workspace) -> None:
    p = workspace.pipeline
    deal = p.save_deal(DealDraft("Audit sécurité", "Cabinet Moreau"))
    at = dt.datetime(2025, 3, 1, 10, 0)
    touch = p.log_touch(TouchDraft(TouchKind.CALL, at, deal.id, note="Demande un délai"))
    workspace.debriefs.mark_lost(deal.id, dt.date(2025, 3, 2))
    draft = DebriefDraft(deal.id, lessons="Rappeler le directeur financier plus tôt")
    workspace.debriefs.save_draft(draft)

    [note] = workspace.search.find("delai")
    assert (note.kind, note.id, note.deal_id, note.title) == (
        HitKind.TOUCH, touch, deal.id, "Audit sécurité"
    )  # fmt: skip
    assert "délai" in note.detail
    [debrief] = workspace.search.find("financ")
    assert (debrief.kind, debrief.deal_id, debrief.title) == (
        HitKind.DEBRIEF, deal.id, "Audit sécurité"
    )  # fmt: skip

    workspace.debriefs.save_draft(DebriefDraft(deal.id, lessons="Parler au dirigeant"))
    assert workspace.search.find("financ") == []
    p.delete_touch(touch)
    assert workspace.search.find("delai") == []
    workspace.debriefs.save_draft(DebriefDraft(deal.id, lessons="Parler au dirigeant"))
    p.delete_deal(deal.id)  # its debrief goes with it, by the foreign key's cascade
    assert workspace.search.find("dirigeant") == []


def test_an_import_is_indexed(workspace: Workspace, tmp_path: Path) -> None:
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    sample = import_sample.inspect_file(path)
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    importing.write(workspace.store, plan)
    assert _found(workspace, "tablettes") == {(HitKind.DEAL, "Parc de tablettes")}
    assert (HitKind.ACCOUNT, "Garage Petit") in _found(workspace, "garage")
    assert _found(workspace, "girard") == {(HitKind.CONTACT, "Paul Girard")}


def _indexed(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}_fts_docsize").fetchone()[0]
            for table in ("deals", "accounts", "contacts", "touches", "debriefs")
        }


def _with_text(db: Path) -> dict[str, int]:
    where = {
        "deals": "title != ''",
        "accounts": "name != ''",
        "contacts": "first_name != '' OR last_name != '' OR email != ''",
        "touches": "note != '' OR outcome != ''",
        "debriefs": "lessons != '' OR prospect_said != '' OR note_1 != '' OR competitor != ''",
    }
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE {w}").fetchone()[0]
                for t, w in where.items()}  # fmt: skip


def test_the_demo_is_indexed_whole(workspace: Workspace) -> None:
    workspace.load_demo(deals=120, seed=2)
    db = workspace.data_dir / "salescoach.sqlite"
    counts = _indexed(db)
    assert counts == _with_text(db) and min(counts.values()) > 0
    title = workspace.pipeline.deal_rows()[0].title
    assert (HitKind.DEAL, title) in _found(workspace, title)


def test_upgrading_an_older_database_indexes_its_rows(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    db = folder / "salescoach.sqlite"
    engine = schema_engine(db)
    run_migrations(engine, "0007")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO accounts (id, name, sector, city, notes, created_at, updated_at) "
            "VALUES ('00000000000000000000000000000001', 'Scierie Rousseau', '', 'Épinal', "
            "'', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
    ws = open_workspace(folder)
    try:
        assert _found(ws, "epinal") == {(HitKind.ACCOUNT, "Scierie Rousseau")}
    finally:
        ws.close()


def test_what_is_typed_cannot_break_the_query(workspace: Workspace) -> None:
    workspace.pipeline.save_deal(DealDraft('Offre "spéciale" AND co', "Acme"))
    for typed in ('"', "AND", "OR NOT", "*", "a:b", "(", 'sp\u00e9ciale"', "-", "NEAR("):
        workspace.search.find(typed)  # no FTS5 syntax error, whatever the rep types
    assert fts_query("  - * ") is None
    assert fts_query("d") is None  # from the second letter on (one would be slow)
    assert fts_query("d dupo") == '"dupo"*'
    assert (HitKind.DEAL, 'Offre "spéciale" AND co') in _found(workspace, '"spéciale" and')


def test_the_copy_taken_before_an_upgrade_recognises_an_indexed_database(
    workspace: Workspace,
) -> None:
    """The next upgrade copies the database first, unless a copy of the same data is there:
    telling them apart must read past the index's tables (some have no rowid)."""
    from salescoach.store.database import fingerprint

    workspace.pipeline.save_deal(DealDraft("Logiciel de paie", "Boulangerie Dupont"))
    db = workspace.data_dir / "salescoach.sqlite"
    before = fingerprint(db, live=True)
    assert fingerprint(db, live=True) == before
    workspace.pipeline.save_deal(DealDraft("Audit", "Boulangerie Dupont"))
    assert fingerprint(db, live=True) != before


def _one(db: Path, sql: str) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        record_id, text = conn.execute(sql).fetchone()
    return str(record_id), str(text)


def test_after_the_demo_every_kind_of_record_is_found_and_writes_still_indexed(
    workspace: Workspace,
) -> None:
    """The demo indexes its rows once at the end rather than row by row: the result is the
    same for whoever searches, and the index follows the writes made after it."""
    workspace.load_demo(deals=120, seed=4)
    db = workspace.data_dir / "salescoach.sqlite"
    wanted = {
        HitKind.DEAL: "SELECT id, title FROM deals ORDER BY rowid LIMIT 1",
        HitKind.ACCOUNT: "SELECT id, name FROM accounts ORDER BY rowid LIMIT 1",
        HitKind.TOUCH: "SELECT id, note FROM touches WHERE note != '' ORDER BY rowid LIMIT 1",
        HitKind.DEBRIEF: "SELECT id, lessons FROM debriefs WHERE lessons != '' "
        "ORDER BY rowid LIMIT 1",
    }
    for kind, sql in wanted.items():
        record_id, text = _one(db, sql)
        words = " ".join(text.split()[:4])
        hits = workspace.search.find(words, per_kind=100_000)
        assert (kind, record_id) in {(h.kind, h.id.hex) for h in hits}, (kind, words)

    deal = workspace.pipeline.save_deal(DealDraft("Xylophones pour Zanzibar", "Orchestre"))
    assert (HitKind.DEAL, "Xylophones pour Zanzibar") in _found(workspace, "xylophon")
    workspace.pipeline.delete_deal(deal.id)
    assert _found(workspace, "xylophon") == set()


def test_a_demo_stopped_halfway_leaves_the_index_following_writes(workspace: Workspace) -> None:
    from salescoach.services.demo import generate_demo

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt  # as the rep closing the app in the middle would

    with pytest.raises(KeyboardInterrupt):
        generate_demo(workspace.store, deals=1200, seed=4, progress=stop)
    assert workspace.pipeline.deal_rows() == []
    workspace.pipeline.save_deal(DealDraft("Xylophones pour Zanzibar", "Orchestre"))
    assert (HitKind.DEAL, "Xylophones pour Zanzibar") in _found(workspace, "zanzib")
    assert (HitKind.ACCOUNT, "Orchestre") in _found(workspace, "orchest")
