"""--database URL / TRIAGE_DATABASE_URL: parsing, precedence, and the refusals that protect secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.store.url import ENV_VAR, DatabaseUrlError, parse, resolve


def test_sqlite_url_absolute_and_relative():
    assert parse("sqlite:////srv/triage/triage.db").path == Path("/srv/triage/triage.db")
    assert parse("sqlite:///var/demo/triage.db").path == Path("var/demo/triage.db")
    u = parse("sqlite:////srv/triage/triage.db")
    assert u.is_sqlite and u.data_dir == Path("/srv/triage")
    assert parse(str(u)) == u


def test_postgresql_url_keeps_host_port_user_db_and_sslmode():
    u = parse("postgresql://desk@db.clinic.local:5433/triage?sslmode=verify-full")
    assert (u.host, u.port, u.user, u.dbname) == ("db.clinic.local", 5433, "desk", "triage")
    assert u.params == {"sslmode": "verify-full"}
    assert u.conninfo() == "postgresql://desk@db.clinic.local:5433/triage?sslmode=verify-full"
    assert "desk" in u.display() and "db.clinic.local" in u.display()
    assert parse("postgres://h/triage").is_postgresql


@pytest.mark.parametrize("text, says", [
    ("postgresql://desk:secret@host/triage", "PGPASSWORD"),
    ("postgresql://desk@host/triage?password=secret", "PGPASSWORD"),
    ("postgresql://desk@host", "name the database"),
    ("postgresql://desk@host/triage?sslmode=maybe", "sslmode"),
    ("postgresql://desk@host/triage?sslmod=require", "unknown database URL parameter"),
    ("mysql://desk@host/triage", "sqlite:/// or postgresql://"),
    ("sqlite://triage.db", "three slashes"),
    ("postgresql://desk@host:port/triage", "port"),
])
def test_bad_urls_are_refused_with_a_message_that_says_what_to_write(text, says):
    with pytest.raises(DatabaseUrlError, match=says):
        parse(text)


def test_password_never_appears_in_the_error_message():
    with pytest.raises(DatabaseUrlError) as info:
        parse("postgresql://desk:hunter2@host/triage")
    assert "hunter2" not in str(info.value)


def test_command_line_wins_over_environment_which_wins_over_data_dir(tmp_path):
    env = {ENV_VAR: "postgresql://desk@envhost/triage"}
    assert resolve("sqlite:////x/triage.db", tmp_path, env).path == Path("/x/triage.db")
    assert resolve(None, tmp_path, env).host == "envhost"
    assert resolve(None, tmp_path, {}).path == tmp_path / "triage.db"
