"""policy diff FROM TO: what changed between two versions, as a redline (html), a unified diff
(text) or data (json).

Each version is a release id, ``latest`` (the newest release), ``in-force`` (the release in
force today, or on ``--as-of``) or ``working`` (the current sources in docs/).
"""

import os
import sys

from ...errors import UsageError

WORKING, LATEST, IN_FORCE = "working", "latest", "in-force"


def add_arguments(parser):
    parser.add_argument("old", metavar="FROM", help="release id, latest, in-force or working")
    parser.add_argument("new", metavar="TO", help="release id, latest, in-force or working")
    parser.add_argument("--document", metavar="NAME", help="only this document (default: every document)")
    parser.add_argument("--lang", default="all", metavar="LANG",
                        help="a language code (zh, en, …) or all (default: all)")
    parser.add_argument("--format", choices=("text", "html", "json", "markdown"), default="text",
                        help="text: unified diff; html: redline page; json: data; markdown: a short summary "
                             "of the affected sections, for a pull request's comment (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the standard output")
    parser.add_argument("--as-of", metavar="DATE", help="the day that decides which release is in force (YYYY-MM-DD)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text diff (auto: only on a terminal, and not when NO_COLOR is set)")
    parser.add_argument("--exit-code", action="store_true",
                        help="exit with 1 when the versions differ, 0 when they are the same")


class Version:
    """One side of the comparison for one document: its label and its text per language."""

    def __init__(self, label, texts, release=None):
        self.label = label
        self.texts = texts        # {language: text} (working: read on demand)
        self.release = release


EPILOG = """examples:
  policy diff latest working                              (what the pending edits change)
  policy diff latest working --format html -o redline.html
  policy diff latest working --format markdown            (the summary a CI job posts on the pull request)
  policy diff 2025-06-01 2026-12-01 --lang en --exit-code

exit status: 0 done (with --exit-code: 0 identical, 1 different), 2 bad input or usage
"""


def _texts(release):
    """The released texts with Unix line endings: a text released from a Windows checkout (CRLF)
    compares equal to the same text in docs/, which is read with its line endings normalised."""
    return {lang: t.text.replace("\r\n", "\n").replace("\r", "\n") for lang, t in release.texts.items()}


def _known(releases):
    return [r.id for r in releases]


def _resolve(spec, document, releases, config, as_of):
    from ...model.releases import in_force

    if spec == WORKING:
        return Version(WORKING, None)
    if spec == LATEST:
        if not releases:
            raise UsageError(f"“latest”: {document} has no release yet; compare with working, "
                             "or publish a release first.")
        r = releases[-1]
        return Version(r.id, _texts(r), r)
    if spec == IN_FORCE:
        r = in_force(releases, as_of)
        if r is None:
            known = ", ".join(_known(releases)) or "none"
            raise UsageError(f"“in-force”: no release of {document} is in force on {as_of.isoformat()} "
                             f"(releases: {known}).")
        return Version(r.id, _texts(r), r)
    for r in releases:
        if r.id == spec:
            return Version(r.id, _texts(r), r)
    choices = _known(releases) + [LATEST, IN_FORCE, WORKING]
    raise UsageError(f"unknown version “{spec}” of {document}. Known versions: {', '.join(choices)}.")


def _text(version, document, language, config):
    if version.texts is None:
        from ...project import document_path, display_path
        from ...source import read_source

        path = document_path(config.docs_dir, language, document)
        return read_source(path, display_path(path)).text
    text = version.texts.get(language)
    if text is None:
        have = ", ".join(sorted(version.texts)) or "none"
        raise UsageError(f"release {version.label} of {document} has no {language} text "
                         f"(it has: {have}); choose --lang among those.")
    return text


def _documents(args, config, history):
    from ...project import discover

    known = sorted(set(config.documents) | set(history) | set(discover(config.docs_dir, config.languages)))
    if args.document:
        if args.document not in known:
            raise UsageError(f"--document {args.document}: no such document. "
                             f"Documents: {', '.join(known) or 'none'}.")
        return [args.document]
    if not known:
        raise UsageError("no documents found: nothing to compare.")
    return known


def _languages(args, config):
    if args.lang == "all":
        return config.ordered_languages
    if args.lang not in config.languages:
        raise UsageError(f"--lang {args.lang}: not a language of this project; "
                         f"use one of {', '.join(config.languages)} or all.")
    return [args.lang]


def run(args):
    from ...config import config_from
    from ...history.release_store import load_releases

    if args.document is not None:
        from ...project import document_argument

        document_argument(args.document, "--document")
    config = config_from(args)
    from ..options import as_of as parse_as_of

    as_of = parse_as_of(args.as_of)
    history = load_releases(config)
    languages = _languages(args, config)
    documents = _documents(args, config, history)

    from ...diff.diffing import diff_documents

    diffs = []
    labels = set()
    for document in documents:
        releases = history.get(document, [])
        old = _resolve(args.old, document, releases, config, as_of)
        new = _resolve(args.new, document, releases, config, as_of)
        labels.add((old.label, new.label))
        for lang in languages:
            diff = diff_documents(_text(old, document, lang, config), _text(new, document, lang, config),
                                  lang, document, old.label, new.label)
            if diff.parse_error:
                print(f"policy diff: warning: {diff.parse_error}; comparing the whole text of "
                      f"{document} ({lang}).", file=sys.stderr)
            diffs.append(diff)
    from_id, to_id = next(iter(labels)) if len(labels) == 1 else (args.old, args.new)
    output = _render(args, diffs, from_id, to_id)
    if args.output:
        _write(args.output, output)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    if args.exit_code:
        return 1 if any(d.has_changes for d in diffs) else 0
    return 0


def _use_color(args):
    if args.color != "auto":
        return args.color == "always"
    if args.output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _render(args, diffs, from_id, to_id):
    from ...diff import redline

    if args.format == "json":
        import json

        return json.dumps(redline.to_json(diffs, from_id, to_id), ensure_ascii=False, indent=1) + "\n"
    if args.format == "html":
        return redline.render_html_page(diffs, from_id, to_id)
    if args.format == "markdown":
        from ..ci_formats import to_markdown

        return to_markdown(diffs, from_id, to_id)
    return redline.render_text(diffs, _use_color(args))


def _write(path, text):
    """Write through a temporary file, so that an interrupted run leaves no half-written file."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"-o {path}: the folder {folder} does not exist.")
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise UsageError(f"-o {path}: cannot write the file ({exc.strerror}).") from None
