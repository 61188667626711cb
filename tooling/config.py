"""Project configuration: ``policy.toml`` at the root of the project.

Only the standard library's TOML reader is used; it is imported when a configuration is
actually read.
"""

import os

from .errors import ConfigError

CONFIG_NAME = "policy.toml"


class DocumentConfig:
    __slots__ = ("name", "titles")

    def __init__(self, name, titles):
        self.name = name
        self.titles = titles  # {language: title}


class Config:
    """Settings of one project. Defaults are those of this project's client."""

    __slots__ = ("root", "path", "languages", "authoritative", "docs_dir", "releases_dir",
                 "material_notice_days", "banner_days", "consent_for_material", "base_url",
                 "site_name", "documents", "raw")

    def __init__(self, root, path, data):
        self.root = root
        self.path = path
        self.raw = data
        langs = data.get("languages", {})
        self.languages = list(langs.get("all", ["zh", "en"]))
        self.authoritative = langs.get("authoritative", "zh")
        self.docs_dir = os.path.join(root, data.get("paths", {}).get("docs", "docs"))
        self.releases_dir = os.path.join(root, data.get("paths", {}).get("releases", "releases"))
        release = data.get("release", {})
        self.material_notice_days = release.get("material_notice_days", 30)
        notices = data.get("notices", {})
        self.banner_days = notices.get("banner_days_after_effective", 14)
        self.consent_for_material = notices.get("consent_for_material", True)
        site = data.get("site", {})
        self.base_url = site.get("base_url", "http://127.0.0.1:8000/")
        self.site_name = site.get("name", {})
        self.documents = {name: DocumentConfig(name, doc.get("title", {}) if isinstance(doc, dict) else {})
                          for name, doc in data.get("documents", {}).items()}
        self._validate()

    def _validate(self):
        where = self.path
        if not self.languages or not all(isinstance(x, str) and x for x in self.languages):
            raise ConfigError("[languages] all must list the language codes, e.g. all = [\"zh\", \"en\"].", where)
        if self.authoritative not in self.languages:
            raise ConfigError(
                f"[languages] authoritative = \"{self.authoritative}\" is not one of the languages "
                f"{self.languages}; exactly one of them must be authoritative.", where)
        if not isinstance(self.material_notice_days, int) or self.material_notice_days < 0:
            raise ConfigError("[release] material_notice_days must be a whole number of days, 0 or more.", where)
        from .project import check_document_name

        for name in self.documents:
            reason = check_document_name(name)
            if reason is not None:
                raise ConfigError(f"[documents.\"{name}\"]: {reason}. Rename the section (and the files of the "
                                  "document) to a name that follows this rule.", where, _document_line(where, name),
                                  code="E101")
        if not self.base_url.endswith("/"):
            self.base_url += "/"
        self._check_texts()

    def _check_texts(self):
        """Titles and site names are published in pages, e-mail subjects, feeds and CSV cells:
        refuse control characters in them (E300), naming the line of policy.toml."""
        from .text_rules import TextError, check_text

        fields = [("site", "name", lang, value) for lang, value in
                  (self.site_name.items() if isinstance(self.site_name, dict) else ())]
        fields += [(f"documents.{doc.name}", "title", lang, value) for doc in self.documents.values()
                   for lang, value in (doc.titles.items() if isinstance(doc.titles, dict) else ())]
        for table, key, lang, value in fields:
            try:
                check_text(value, f"[{table}] {key}.{lang}")
            except TextError as exc:
                raise TextError(exc.message, self.path, _line_of(self.path, table, key)) from None

    @property
    def translations(self):
        return [lang for lang in self.languages if lang != self.authoritative]

    @property
    def ordered_languages(self):
        """The authoritative language first, then the translations (the order of files, notices and feeds)."""
        return [self.authoritative] + self.translations

    def title(self, document, language):
        doc = self.documents.get(document)
        return (doc.titles.get(language) if doc else None) or document


def _line_of(path, table, key):
    """The line of ``key`` in ``[table]`` of the TOML file (for messages; None if not found)."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    inside = False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.strip("[] ") == table
        elif inside and stripped.split("=", 1)[0].strip().split(".")[0] == key:
            return number


def _document_line(path, name):
    """The line of policy.toml that names the document ``name`` (for the message), or None."""
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.lstrip().startswith("[") and "documents" in line and name in line:
                    return number
    except (OSError, UnicodeDecodeError):
        pass
    return None


def find_root(start=None):
    """The nearest folder at or above ``start`` that holds policy.toml, or None."""
    here = os.path.abspath(start or os.getcwd())
    while True:
        if os.path.isfile(os.path.join(here, CONFIG_NAME)):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(root=None, path=None):
    """Load the configuration of the project at ``root`` (found from the current folder if None)."""
    if path is None:
        root = root or find_root()
        if root is None:
            raise ConfigError(
                f"no {CONFIG_NAME} found in this folder or above it; run the command inside the "
                "policy project, or pass --config.")
        path = os.path.join(root, CONFIG_NAME)
    root = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ConfigError(f"cannot be read: {exc.strerror}", path) from None
    config = Config(root, path, _parse(raw, path, root))
    from .project import refuse_links

    refuse_links(config)
    return config


def config_from(args):
    """The project configuration named by ``--config`` or found from the current folder."""
    return load_config(path=args.config)


def _parse(raw, path, root):
    """Parse the TOML text, through a cache keyed by its SHA-256: the TOML reader costs more
    start-up time than all of ``policy check``'s own work, and the file rarely changes."""
    from .startup import keep, load_kept, read_toml, sha256

    key = sha256(raw).digest()
    cache = os.path.join(root, ".policy-cache", "config.marshal")
    data = load_kept(cache, key)
    if data is None:
        data = read_toml(raw, path, ConfigError)
        keep(cache, data, key)
    return data
