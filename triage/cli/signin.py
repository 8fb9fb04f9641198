"""One sign-in convention for every command that acts as a person: ``--user NAME`` and the password
from the environment variable ``TRIAGE_PASSWORD`` or, on a terminal, a prompt that does not echo.

A password is never a command-line argument (it would sit in the shell history and in ``ps``), and a
command run without a terminal and without ``TRIAGE_PASSWORD`` stops with a clear message instead of
an ``EOFError`` traceback from ``getpass``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from triage.errors import TriageError

if TYPE_CHECKING:
    from triage.records import User
    from triage.store import CaseStore

PASSWORD_ENV = "TRIAGE_PASSWORD"


class NoPassword(TriageError):
    """No ``TRIAGE_PASSWORD`` and no terminal to prompt on."""


def add_user_argument(parser: argparse.ArgumentParser, *, role: str = "administrator") -> None:
    """``--user NAME`` (default: the login name of the shell, ``$USER``)."""
    parser.add_argument("--user", default=os.environ.get("USER", ""),
                        help=f"{role} user name; password from ${PASSWORD_ENV} or a prompt")


def read_password(prompt: str, *, confirm: bool = False) -> str:
    """``TRIAGE_PASSWORD`` if set, otherwise a prompt on the terminal (twice when ``confirm``).

    Raises
    ------
    NoPassword
        Neither the variable nor a terminal is there.
    """
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise NoPassword(f"no terminal to ask for the password: set {PASSWORD_ENV} "
                         "(e.g. read from a file only you can read) or run this in a terminal")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise NoPassword("the two passwords differ")
    except EOFError:
        raise NoPassword(f"the password prompt was closed; set {PASSWORD_ENV} instead") from None
    return first


def sign_in(store: "CaseStore", username: str) -> "User":
    """Sign ``username`` in with the password from :func:`read_password` (wrong password, locked or
    disabled accounts raise the store's own errors)."""
    if not username:
        raise NoPassword("say who you are with --user NAME")
    return store.accounts.login(username, read_password(f"Password of {username}: "))
