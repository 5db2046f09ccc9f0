"""Scheme letter tables (TOML, one file per scheme), installed as package data."""
