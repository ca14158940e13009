"""Services orchestrate, the store persists: the rule is checked, not remembered.

Every read and write of rows is a function of `salescoach/store/`, so a service never
calls a session's or a connection's persistence methods, never builds an ORM model and
never assigns to one (not even to an object a store function returned). The scan reads
the services' source; the second half proves it catches each kind of breach.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "salescoach" / "services"
MODELS = ROOT / "salescoach" / "store" / "models.py"

# What a session or a connection does to rows. Transaction control (begin, commit,
# rollback, close) is orchestration and stays allowed.
PERSISTENCE = {
    "add", "add_all", "delete", "merge", "flush", "refresh", "expunge",
    "execute", "exec_driver_sql", "scalar", "scalars", "get", "query",
    "bulk_save_objects", "bulk_insert_mappings", "bulk_update_mappings",
}  # fmt: skip
# Context managers whose `as` name is a session or a connection.
OPENERS = {"session", "Session", "begin", "connect", "snapshot"}
HANDLE_TYPES = {"Session", "Connection"}
HANDLE_ATTRIBUTES = {"session", "conn", "connection"}  # `self.conn`


def _models() -> set[str]:
    tree = ast.parse(MODELS.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(
            isinstance(s, ast.Assign)
            and any(getattr(t, "id", "") == "__tablename__" for t in s.targets)
            for s in node.body
        )
    }


MODEL_NAMES = _models()


@dataclass(frozen=True)
class Breach:
    line: int
    what: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what}"


def _names_in(annotation: ast.expr | None) -> set[str]:
    if annotation is None:
        return set()
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        annotation = ast.parse(annotation.value, mode="eval").body
    return {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(annotation) if isinstance(n, ast.Attribute)
    }


def _bound_names(target: ast.expr) -> list[str]:
    """The plain names an assignment binds (`a`, `a, b`), not attributes it sets."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List):
        return [n for t in target.elts for n in _bound_names(t)]
    return []


def _root(node: ast.expr) -> ast.expr:
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node


def _called_name(call: ast.expr) -> str:
    if isinstance(call, ast.Call):
        f = call.func
        if isinstance(f, ast.Attribute):
            return f.attr
        if isinstance(f, ast.Name):
            return f.id
    return ""


class _Scan(ast.NodeVisitor):
    """One module: the store's names it imports, then each function's handles and rows."""

    def __init__(self) -> None:
        self.breaches: list[Breach] = []
        self.store_modules: set[str] = set()  # `from salescoach.store import deals`
        self.store_functions: set[str] = set()  # `from salescoach.store.deals import get`
        self.type_checking_depth = 0

    def scan(self, source: str) -> list[Breach]:
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {a.asname or a.name for a in node.names}
                if node.module == "salescoach.store":
                    self.store_modules |= names
                elif node.module.startswith("salescoach.store."):
                    self.store_functions |= names
        self.visit(tree)
        return self.breaches

    def _breach(self, node: ast.AST, what: str) -> None:
        self.breaches.append(Breach(getattr(node, "lineno", 0), what))

    # model imports: type hints only ----------------------------------------------------
    def visit_If(self, node: ast.If) -> None:
        checking = "TYPE_CHECKING" in ast.unparse(node.test)
        self.type_checking_depth += checking
        for child in node.body:
            self.visit(child)
        self.type_checking_depth -= checking
        for child in node.orelse:
            self.visit(child)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        models = node.module == "salescoach.store.models" or (
            node.module == "salescoach.store" and any(a.name == "models" for a in node.names)
        )
        if models and not self.type_checking_depth:
            self._breach(node, "imports the ORM models (allowed under TYPE_CHECKING only)")

    def visit_Import(self, node: ast.Import) -> None:
        models = any(a.name == "salescoach.store.models" for a in node.names)
        if models and not self.type_checking_depth:
            self._breach(node, "imports the ORM models (allowed under TYPE_CHECKING only)")

    # functions ---------------------------------------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        _Function(self, node).run()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815


class _Function:
    """The handles (sessions, connections) and the ORM rows one function holds."""

    def __init__(self, module: _Scan, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.module = module
        self.node = node
        self.handles: set[str] = set()
        self.rows: set[str] = set()
        args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        for arg in args:
            names = _names_in(arg.annotation)
            if names & HANDLE_TYPES:
                self.handles.add(arg.arg)
            if names & MODEL_NAMES:
                self.rows.add(arg.arg)

    def _from_store(self, value: ast.expr | None) -> bool:
        """A call of a store function (which may return an ORM row)."""
        if not isinstance(value, ast.Call):
            return False
        f = value.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            return f.value.id in self.module.store_modules
        return isinstance(f, ast.Name) and f.id in self.module.store_functions

    def _is_handle(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.handles
        return isinstance(node, ast.Attribute) and node.attr in HANDLE_ATTRIBUTES

    def _bind(self, target: ast.expr, value: ast.expr | None) -> None:
        names = _bound_names(target)
        if self._from_store(value):
            self.rows.update(names)
        elif isinstance(value, ast.Call) and _called_name(value) in MODEL_NAMES:
            self.module._breach(value, f"builds an ORM {_called_name(value)}")
            self.rows.update(names)
        elif isinstance(value, ast.BoolOp | ast.IfExp):  # `found or Goal(...)`
            parts = value.values if isinstance(value, ast.BoolOp) else [value.body, value.orelse]
            for part in parts:
                self._bind(target, part)

    def _written(self, target: ast.expr) -> None:
        if isinstance(target, ast.Tuple | ast.List):
            for t in target.elts:
                self._written(t)
        elif isinstance(target, ast.Attribute | ast.Subscript):
            root = _root(target)
            on_row = isinstance(root, ast.Name) and root.id in self.rows
            if isinstance(target, ast.Attribute) and on_row:
                self.module._breach(target, f"assigns {ast.unparse(target)} on an ORM row")

    def run(self) -> None:
        # Statements in source order, so that names are bound before they are used.
        for node in ast.walk(self.node):
            if isinstance(node, ast.With | ast.AsyncWith):
                for item in node.items:
                    opened = _called_name(item.context_expr) in OPENERS
                    if opened and isinstance(item.optional_vars, ast.Name):
                        self.handles.add(item.optional_vars.id)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    self._bind(target, node.value)
            elif isinstance(node, ast.AnnAssign | ast.NamedExpr):
                self._bind(node.target, node.value)
            elif isinstance(node, ast.For | ast.AsyncFor):
                self._bind(node.target, node.iter)
        for node in ast.walk(self.node):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    self._written(target)
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                self._written(node.target)
            elif isinstance(node, ast.Delete):
                for target in node.targets:
                    self._written(target)
            elif isinstance(node, ast.Call):
                self._call(node)

    def _call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in PERSISTENCE and self._is_handle(f.value):
            self.module._breach(node, f"calls {ast.unparse(f)}() in a service")
        elif isinstance(f, ast.Name) and f.id in MODEL_NAMES:
            self.module._breach(node, f"builds an ORM {f.id}")
        elif isinstance(f, ast.Name) and f.id in ("setattr", "delattr") and node.args:
            target = node.args[0]
            if isinstance(target, ast.Name) and target.id in self.rows:
                self.module._breach(node, f"{f.id}() on an ORM row")
        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Attribute):
            # deal.roles.append(...): changing a row's relationship is a write too
            root = _root(f.value)
            changes = f.attr in ("append", "remove", "extend", "clear", "pop", "insert")
            if changes and isinstance(root, ast.Name) and root.id in self.rows:
                self.module._breach(node, f"changes {ast.unparse(f.value)} of an ORM row")


def breaches(source: str) -> list[Breach]:
    return _Scan().scan(source)


@pytest.mark.parametrize("path", sorted(SERVICES.glob("*.py")), ids=lambda p: p.name)
def test_services_leave_rows_to_the_store(path: Path) -> None:
    found = breaches(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: " + "; ".join(map(str, found))


# The scan itself: each breach is caught, and what services legitimately do is not. ---------
CAUGHT = {
    "session add": """
def f(self):
    with self.store.session() as s:
        s.add(thing)
""",
    "session delete": """
def f(self):
    with self.store.session() as session:
        session.delete(x)
""",
    "session execute": """
def f(self):
    with self.store.session() as s:
        s.execute(update(T).values(a=1))
""",
    "session get": """
def f(self):
    with self.store.session() as s:
        return s.get(Deal, key)
""",
    "merge through a parameter": """
def f(s: Session, row):
    s.merge(row)
""",
    "raw SQL on a connection": """
def f(store):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE deals SET title = ''")
""",
    "raw SQL on self.conn": """
class W:
    def f(self):
        self.conn.exec_driver_sql("SELECT 1")
""",
    "a row from a store function changed": """
from salescoach.store import deals
def f(self, s):
    deal = deals.get(s, key)
    deal.status = DealStatus.WON
""",
    "a row from an imported store function changed": """
from salescoach.store.followups import active_for
def f(self, s):
    f = active_for(s, a, c)
    f.every, f.unit = 3, "months"
""",
    "augmented assignment on a row": """
from salescoach.store import goals
def f(s):
    goal = goals.get(s, 2025)
    goal.amount_cents += 100
""",
    "setattr on a row": """
from salescoach.store import debriefs
def f(s, n):
    debrief = debriefs.for_deal(s, deal)
    setattr(debrief, f"answer_{n}", None)
""",
    "a model parameter changed": """
def f(s, deal: Deal):
    deal.competitor = ""
""",
    "a relationship changed": """
from salescoach.store import deals
def f(s):
    deal = deals.get(s, key)
    deal.roles.append(link)
""",
    "a model built": """
def f(s):
    goal = found or Goal(year=2025)
""",
    "models imported at run time": """
from salescoach.store.models import Deal
""",
}

LEFT_ALONE = {
    "store functions called with a session": """
from salescoach.store import deals, debriefs
def f(self, deal_id):
    with self.store.session() as s:
        if not deals.delete(s, deal_id):
            raise gone()
        debriefs.sync_lost_on(s, deal_id, None)
""",
    "reading a row a store function returned": """
from salescoach.store import deals
def f(self, s):
    deal = deals.get(s, key)
    return deal.notes, deal.roles[0].contact_id
""",
    "a calendar's add and a set's add": """
def f(rows):
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    seen = set()
    seen.add(1)
    counts = {}
    counts.get(1)
""",
    "the service's own state": """
from salescoach.store import bulk
class S:
    def f(self, conn):
        self.known = bulk.external_ids(conn)
        self._value = (1, 2)
        self.result.reasons += 1
""",
    "a plain result object": """
def f(w):
    r = w.result
    r.deals += 1
    result = ImportResult()
    result.dry_run = True
""",
    "transaction control": """
def f(store):
    with store.engine.connect() as conn:
        trans = conn.begin()
        trans.commit()
        conn.commit()
""",
    "models for type hints": """
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from salescoach.store.models import Deal
""",
}


@pytest.mark.parametrize("source", CAUGHT.values(), ids=CAUGHT.keys())
def test_the_scan_catches_each_breach(source: str) -> None:
    assert breaches(source)


@pytest.mark.parametrize("source", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_the_scan_leaves_orchestration_alone(source: str) -> None:
    assert breaches(source) == []
