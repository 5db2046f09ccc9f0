"""Test-session settings shared by every test module."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Derived tables are cached in a folder of this session, never in the user's own cache
    (:mod:`translit_cli.cache`): a test run neither reads what another run stored nor leaves
    files behind.  Subprocesses of the CLI tests inherit the setting."""
    os.environ["TRANSLIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("translit-cache"))
