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

FEED_JSON = "notices.json"
FEED_SCHEMA = "notices.schema.json"
NOTICE_INDEX = "notices/index.json"


def notice_path(notice_id):
    return f"notices/{notice_id}.json"


def notice_url(config, notice_id):
    return absolute(config, notice_path(notice_id))


def notice_index_url(config):
    return absolute(config, NOTICE_INDEX)


def atom_name(language):
    return f"notices.{language}.atom"


def language_prefix(config, language):
    """"" for the authoritative language (site root), "en/" for a translation."""
    return "" if language == config.authoritative else f"{language}/"


def path_in_force(config, document, language):
    return f"{language_prefix(config, language)}{document}/"


def path_version(config, document, release_id, language):
    return f"{language_prefix(config, language)}{document}/versions/{release_id}/"


def path_changes(config, document, release_id, language):
    return f"{language_prefix(config, language)}{document}/changes/{release_id}/"


def path_history(config, document, language):
    return f"{language_prefix(config, language)}{document}/history/"


def absolute(config, path):
    return config.base_url + path


def in_force_url(config, document, language):
    return absolute(config, path_in_force(config, document, language))


def version_url(config, document, release_id, language):
    return absolute(config, path_version(config, document, release_id, language))


def changes_url(config, document, release_id, language):
    return absolute(config, path_changes(config, document, release_id, language))


def history_url(config, document, language):
    return absolute(config, path_history(config, document, language))


def home_url(config, language):
    return absolute(config, language_prefix(config, language))


def feed_url(config):
    return absolute(config, FEED_JSON)


def schema_url(config):
    return absolute(config, FEED_SCHEMA)


def atom_url(config, language):
    return absolute(config, atom_name(language))
