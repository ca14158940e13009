"""The team's figures by month, kept up to date by the server itself.

The manager's view adds up every rep's history: read from the rows themselves that is
millions of JSON documents (a 20-rep team of 10,000 deals each holds ~2 million touches).
`team.monthly` holds, per rep and month, what the figures are made of (deals won and lost
per currency with their amounts, touches per kind, finished debriefs per reason and
control, debrief answers per question); statement-level triggers on `team.rows` add each
statement's new versions and take away its old ones, in the same transaction, whoever
writes (a month whose counts come back to zero stays, as zeros: readers skip it).
Row-level security on it is the rows' own: a rep reads their months, a manager everyone's
(set by `schema._roles_and_policies`).

Revision ID: t0002
Revises: t0001
Create Date: 2026-11-30
"""

from alembic import op

revision = "t0002"
down_revision = "t0001"
branch_labels = None
depends_on = None

# (kind, key, n, amount, commission, month, which rows): one GROUP BY each.
_FACTS = (
    (
        "d->>'status'",
        "d->>'currency'",
        "1",
        "coalesce((d->>'amount_cents')::bigint, 0)",
        "coalesce((d->>'commission_cents')::bigint, 0)",
        "d->>'closed_on'",
        "tbl = 'deals' AND d->>'status' IN ('won', 'lost')",
    ),
    ("'touch'", "d->>'kind'", "1", "0", "0", "d->>'occurred_at'", "tbl = 'touches'"),
    (
        "'loss'",
        "coalesce(d->>'reason_id', '') || ':' || coalesce(d->>'controllable', '')",
        "1",
        "coalesce((d->>'referral_asked')::bigint, 0)",
        "coalesce((d->>'referral_obtained')::bigint, 0)",
        "d->>'lost_on'",
        "tbl = 'debriefs' AND d->>'completed_at' IS NOT NULL",
    ),
)


def facts_select(source: str, sign: int) -> str:
    """The facts of the live rows of `source` (a table or a transition table), each
    counted `sign` times, grouped by (owner, month, kind, key)."""
    parts = [
        f"SELECT owner, team.month_of({month}) AS month, {kind} AS kind, {key} AS key, "
        f"{n} AS n, {amount} AS amount, {commission} AS commission "
        f"FROM (SELECT owner, tbl, data AS d FROM {source} WHERE NOT deleted) r WHERE {where}"
        for kind, key, n, amount, commission, month, where in _FACTS
    ]
    answers = " UNION ALL ".join(
        f"SELECT {q}, d->>'answer_{q}'" if q > 1 else f"SELECT {q} AS q, d->>'answer_{q}' AS a"
        for q in range(1, 7)
    )
    parts.append(
        "SELECT owner, team.month_of(d->>'lost_on'), 'answer', x.q || ':' || x.a, 1, 0, 0 "
        f"FROM (SELECT owner, tbl, data AS d FROM {source} WHERE NOT deleted) r "
        f"CROSS JOIN LATERAL ({answers}) x "
        "WHERE tbl = 'debriefs' AND d->>'completed_at' IS NOT NULL AND x.a IS NOT NULL"
    )
    union = " UNION ALL ".join(parts)
    return (
        f"SELECT owner, month, kind, coalesce(key, ''), {sign} * sum(n), {sign} * sum(amount), "
        f"{sign} * sum(commission) FROM ({union}) f WHERE month IS NOT NULL "
        "GROUP BY owner, month, kind, coalesce(key, '')"
    )


def add_facts(source: str, sign: int) -> str:
    return (
        "INSERT INTO team.monthly AS m (owner, month, kind, key, n, amount, commission) "
        f"{facts_select(source, sign)} "
        "ON CONFLICT (owner, month, kind, key) DO UPDATE SET n = m.n + excluded.n, "
        "amount = m.amount + excluded.amount, commission = m.commission + excluded.commission"
    )


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE team.monthly (
            owner name NOT NULL,
            month date NOT NULL,
            kind text NOT NULL,
            key text NOT NULL,
            n bigint NOT NULL,
            amount bigint NOT NULL,
            commission bigint NOT NULL,
            PRIMARY KEY (owner, month, kind, key)
        )"""
    )
    # The month of an ISO date or timestamp; NULL for anything else (never an error: a
    # push must not fail over one odd value).
    op.execute(
        r"""
        CREATE FUNCTION team.month_of(day text) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN day ~ '^\d{4}-(0[1-9]|1[0-2])'
                THEN make_date(substr(day, 1, 4)::int, substr(day, 6, 2)::int, 1) END
        $$"""
    )
    # SECURITY DEFINER: a rep may not write team.monthly, only their rows' triggers may.
    for op_name, body in (
        ("insert", add_facts("new_rows", 1)),
        ("update", f"{add_facts('old_rows', -1)}; {add_facts('new_rows', 1)}"),
        ("delete", add_facts("old_rows", -1)),
    ):
        op.execute(
            f"""
            CREATE FUNCTION team.monthly_after_{op_name}() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                {body};
                RETURN NULL;
            END $$"""
        )
        tables = {
            "insert": "NEW TABLE AS new_rows",
            "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "delete": "OLD TABLE AS old_rows",
        }[op_name]
        op.execute(
            f"CREATE TRIGGER rows_monthly_{op_name} AFTER {op_name.upper()} ON team.rows "
            f"REFERENCING {tables} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION team.monthly_after_{op_name}()"
        )
    op.execute(add_facts("team.rows", 1))


def downgrade() -> None:
    for op_name in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER rows_monthly_{op_name} ON team.rows")
        op.execute(f"DROP FUNCTION team.monthly_after_{op_name}()")
    op.execute("DROP FUNCTION team.month_of(text)")
    op.execute("DROP TABLE team.monthly")
