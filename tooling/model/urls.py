"""The site's URL scheme, in one place: published links must never break.

Every page of a document exists in each language. The authoritative language lives at the site
root, each translation under its language code::

    {base}{doc}/                      the version in force        {base}en/{doc}/
    {base}{doc}/versions/{id}/        one version, permanently     {base}en/{doc}/versions/{id}/
    {base}{doc}/changes/{id}/         its change notice + redline  {base}en/{doc}/changes/{id}/
    {base}{doc}/history/              every release                {base}en/{doc}/history/
    {base}notices.json                the notice feed (all languages) and notices.schema.json
    {base}notices.{lang}.atom         one Atom feed per language
    {base}notices/index.json          the index of the notices, one entry per notice
    {base}notices/{notice id}.json    one notice, at a permanent URL (its bytes never change)

Functions return paths relative to the site root (``path_*``) or absolute URLs built on
``config.base_url`` (the others), so the site and the exporters link to the same places.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..config import Config

FEED_JSON = "notices.json"
FEED_SCHEMA = "notices.schema.json"
NOTICE_INDEX = "notices/index.json"


def notice_path(notice_id):
    return f"notices/{notice_id}.json"


def notice_url(config, notice_id):
    return absolute(config, notice_path(notice_id))


def notice_index_url(config):
    return absolute(config, NOTICE_INDEX)


def atom_name(language: str) -> str:
    return f"notices.{language}.atom"


def language_prefix(config: Config, language: str) -> str:
    """"" for the authoritative language (site root), "en/" for a translation."""
    return "" if language == config.authoritative else f"{language}/"


def path_in_force(config: Config, document: str, language: str) -> str:
    return f"{language_prefix(config, language)}{document}/"


def path_version(config: Config, document: str, release_id: str, language: str) -> str:
    return f"{language_prefix(config, language)}{document}/versions/{release_id}/"


def path_changes(config: Config, document: str, release_id: str, language: str) -> str:
    return f"{language_prefix(config, language)}{document}/changes/{release_id}/"


def path_history(config: Config, document: str, language: str) -> str:
    return f"{language_prefix(config, language)}{document}/history/"


def absolute(config: Config, path: str) -> str:
    return config.base_url + path


def in_force_url(config: Config, document: str, language: str) -> str:
    return absolute(config, path_in_force(config, document, language))


def version_url(config: Config, document: str, release_id: str, language: str) -> str:
    return absolute(config, path_version(config, document, release_id, language))


def changes_url(config: Config, document: str, release_id: str, language: str) -> str:
    return absolute(config, path_changes(config, document, release_id, language))


def history_url(config: Config, document: str, language: str) -> str:
    return absolute(config, path_history(config, document, language))


def home_url(config: Config, language: str) -> str:
    return absolute(config, language_prefix(config, language))


def feed_url(config: Config) -> str:
    return absolute(config, FEED_JSON)


def schema_url(config: Config) -> str:
    return absolute(config, FEED_SCHEMA)


def atom_url(config: Config, language: str) -> str:
    return absolute(config, atom_name(language))
