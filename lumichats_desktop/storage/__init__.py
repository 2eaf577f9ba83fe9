"""The SQLite conversation store: schema, migrations, repository, search, export. Imports no Qt."""
