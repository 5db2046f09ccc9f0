"""The per-user cache of derived tables: built once, read back unchanged, rebuilt when it is
damaged, and never in the way when it cannot be used."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from translit_cli import cache
from translit_cli.checks import known


class Builder:
    """Builds a table and counts how often it was asked to."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, frozenset[str]]:
        self.calls += 1
        return {"husain": frozenset({"حسين"}), "hasan": frozenset({"حسن", "حسان"})}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_and_read_back_equal(folder: Path) -> None:
    build = Builder()
    first = cache.cached("names", build)
    second = cache.cached("names", build)
    assert build.calls == 1  # the second lookup read the file
    assert first == second == Builder()()
    assert [p.name for p in folder.iterdir()] == [f"names-{cache.package_digest()}.marshal"]


def test_a_damaged_file_is_rebuilt_and_replaced(folder: Path) -> None:
    build = Builder()
    path = folder / f"names-{cache.package_digest()}.marshal"
    path.write_bytes(b"\x00not marshal")
    assert cache.cached("names", build) == build()
    assert marshal.loads(path.read_bytes()) == build()


def test_older_versions_of_a_table_are_removed_and_others_kept(folder: Path) -> None:
    (folder / "names-0123456789abcdef0123.marshal").write_bytes(marshal.dumps({}))
    (folder / "places-0123456789abcdef0123.marshal").write_bytes(marshal.dumps({}))
    cache.cached("names", Builder())
    assert sorted(p.name for p in folder.iterdir()) == [
        f"names-{cache.package_digest()}.marshal", "places-0123456789abcdef0123.marshal"]


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", "")
    build = Builder()
    cache.cached("names", build)
    cache.cached("names", build)
    assert build.calls == 2 and cache.cache_dir() is None


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRANSLIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "translit"


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(blocker / "translit"))
    build = Builder()
    assert cache.cached("names", build) == build()
    assert blocker.read_text() == "a file where the cache folder should be"


@pytest.mark.parametrize("precision", list(known.Precision))
def test_cached_lexicon_readings_equal_a_fresh_reading(precision: known.Precision) -> None:
    """What `translit check` loads from the cache is what reading the lexicon gives now."""
    fresh = known._readings_of(known._rows(), precision)
    assert known.known_readings(precision) == fresh
    assert len(fresh) > 10_000


def test_cached_name_readings_hold_names_only() -> None:
    names = known.name_words()
    assert names["husain"] == names["husayn"] and "baghdad" in names and "kitab" not in names


def test_without_a_home_or_xdg_folder_there_is_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRANSLIT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(cache.os.path, "expanduser", lambda path: path)  # HOME unset, no passwd entry
    assert cache.cache_dir() is None
