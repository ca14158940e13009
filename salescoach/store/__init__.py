"""SQLAlchemy models, the SQLite engine, migrations, and every read and write of rows. No Qt.

One module per table holds that table's reads and all its writes (`deals`, `accounts`,
`contacts`, `touches`, `debriefs`, `loss_reasons`, `followups`, `referral_thanks`,
`goals`, `nominations`); `deal_totals` and `touch_counts` add rows up for the charts and
figures; `bulk` loads and reads any table in bulk (imports, exports, the demo).
"""
