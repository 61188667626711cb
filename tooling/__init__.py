"""Bilingual policy publishing and versioning: section model, parity, releases, diffs, site."""

__version__ = "0.1.0"
