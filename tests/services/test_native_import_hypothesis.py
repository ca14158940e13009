"""Generated salescoach JSON exports, from faithful to absurd: each imports, or is refused
with a message or a row-by-row report; never a crash, never half an import."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.domain.messages import UserError
from salescoach.domain.native_format import BY_NAME, Col, Kind
from salescoach.services import import_check, import_sample, importing
from salescoach.services.workspace import open_workspace

_IDS = [str(uuid.UUID(int=n)) for n in range(1, 6)]
_ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 10**15 + 1, 2**63, 10**25, 10**40]),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["a\x00b", "\ud800", "E" * 5000, "", "2024-02-30", "9999-12-31", "=1+1"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _good(col: Col) -> st.SearchStrategy[Any]:
    """What an export writes in `col`, or now and then anything at all."""
    kinds: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.ID: st.sampled_from(_IDS),
        Kind.TEXT: st.text(max_size=12),
        Kind.INT: st.integers(-10, 10**6),
        Kind.BOOL: st.booleans(),
        Kind.DATE: st.dates().map(lambda d: d.isoformat()),
        Kind.DATETIME: st.datetimes().map(lambda d: d.isoformat(sep=" ")),
        Kind.CHOICE: st.sampled_from(col.choices or ("x",)),
    }
    if col.name == "currency":
        return st.sampled_from(["EUR", "USD", "XYZ", "eur"])
    good = kinds[col.kind]
    if col.nullable:
        good = st.one_of(st.none(), good)
    return st.one_of(good, good, good, _ODD)


@st.composite
def exports(draw: st.DrawFn) -> str:
    tables: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(["accounts", "contacts", "deals", "touches",
                                               "goals"]), unique=True)):  # fmt: skip
        table = BY_NAME[name]
        rows = []
        for _ in range(draw(st.integers(0, 4))):
            row = {c.name: draw(_good(c)) for c in table.columns if draw(st.integers(0, 9))}
            rows.append(row if draw(st.integers(0, 20)) else draw(_ODD))
        tables[name] = rows
    doc: dict[str, Any] = {"format": "salescoach", "version": 1, "tables": tables}
    if not draw(st.integers(0, 8)):  # now and then, the outside is wrong
        doc[draw(st.sampled_from(["format", "version", "tables"]))] = draw(_ODD)
    text = json.dumps(doc)
    if not draw(st.integers(0, 10)):
        text = text[: draw(st.integers(0, len(text)))]
    return text


def _deals(folder: Path) -> int:
    with sqlite3.connect(folder / "data" / "salescoach.sqlite") as conn:
        n = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    conn.close()
    return n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=exports())
def test_any_json_export_imports_or_is_refused(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "export.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        ws = open_workspace(folder / "data")
        try:
            try:
                sample = import_sample.inspect_file(path)
                plan = import_check.check(ws.store, sample, import_sample.settings_for(sample))
                result = importing.write(ws.store, plan)
            except importing.ImportRefusedError as refused:
                assert refused.plan.problems
                assert all(p.row >= 1 and p.problem.english() for p in refused.plan.problems)
                assert _deals(folder) == 0
                result = importing.write(ws.store, refused.plan, skip_bad_rows=True)
            except UserError as exc:
                assert exc.message.english()
                assert _deals(folder) == 0
                return
            assert _deals(folder) == result.deals
        finally:
            ws.close()
