"""The two databases a server can use, behind one shape: the environment that selects it, and a
row count read beside the server (not through it), so a proof does not trust the API alone."""

import sqlite3
from pathlib import Path

from harness import PostgresCluster, Workspace, random_keys

KINDS = ("sqlite", "postgres")


class SqliteDatabase:
    label = "SQLite"

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir  # the server keeps its file here, so its servers share this directory
        self.file = data_dir / "cellulite.sqlite"

    def server_env(self) -> dict:
        return {}

    def count_rows(self, table: str) -> int:
        # Read-only beside a running server: WAL lets a reader in while the server writes.
        with sqlite3.connect(f"file:{self.file}?mode=ro", uri=True, timeout=10) as db:
            return db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


class PostgresDatabase:
    label = "PostgreSQL"

    def __init__(self, cluster: PostgresCluster, name: str):
        self.cluster, self.name = cluster, name
        self.url = cluster.create_database(name)

    def server_env(self) -> dict:
        return {"DATABASE_URL": self.url}

    def count_rows(self, table: str) -> int:
        return int(self.cluster.query(self.name, f'SELECT count(*) FROM "{table}"')[0][0])


_cluster = None


def shared_cluster(ws: Workspace) -> PostgresCluster:
    """One PostgreSQL cluster per run; each proof takes its own empty database in it."""
    global _cluster
    if _cluster is None:
        _cluster = ws.postgres()
    return _cluster


def new_database(ws: Workspace, kind: str, name: str):
    if kind == "sqlite":
        return SqliteDatabase(ws.directory(f"{name}-sqlite"))
    return PostgresDatabase(shared_cluster(ws), name.replace("-", "_"))


def server_on(ws: Workspace, database, name: str, keys: dict):
    """A server on `database`: SQLite servers live in the database's directory, PostgreSQL ones
    each get a data directory of their own (nothing of the database is in it)."""
    data_dir = database.data_dir if isinstance(database, SqliteDatabase) else ws.directory(f"{name}-data")
    return ws.server(name, data_dir, database.server_env() | keys)


def started_server(ws: Workspace, database, name: str):
    """A server of its own on `database`, with fresh keys, started and answering /health."""
    server = server_on(ws, database, name, random_keys())
    server.start()
    server.wait_healthy()
    return server
