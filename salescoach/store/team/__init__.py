"""Team mode's side of the store: the shared PostgreSQL database (its schema, roles and
row-level security) and the laptop's record of what is still to sync."""
