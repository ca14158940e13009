"""Plain-Python core: enums, validation and arithmetic. No Qt, no SQLAlchemy."""
