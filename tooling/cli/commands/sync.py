"""policy sync DOCUMENT [--lang LANG] (--section ID … | --all)

The translator's confirmation that the translated sections now render the current
authoritative sections: records, per section, the hash and the text of the authoritative
section in translations/<language>/<document>.json (commit that file with the translation).
"""


def add_arguments(parser):
    parser.add_argument("document", metavar="DOCUMENT", help="the document, e.g. privacy")
    parser.add_argument("--lang", metavar="LANG", action="append",
                        help="the translation confirmed (repeatable; default: every translation)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--section", metavar="ID", nargs="+", help="the section ids confirmed (see `policy status`)")
    which.add_argument("--all", action="store_true", help="confirm every section of the translation")


def run(args):
    import os

    from ...config import config_from
    from ...errors import UsageError
    from ...model.sections import parse_document
    from ...project import display_path, document_argument, document_path
    from ...source import read_source

    document_argument(args.document)
    config = config_from(args)
    langs = args.lang or config.translations
    for lang in langs:
        if lang not in config.translations:
            raise UsageError(f"--lang {lang}: the translations are {', '.join(config.translations)}.")

    def load(lang):
        path = document_path(config.docs_dir, lang, args.document)
        if not os.path.exists(path):
            raise UsageError(f"no document \u201c{args.document}\u201d: {display_path(path)} not found.")
        return parse_document(read_source(path, display_path(path)), args.document, lang)

    from ...history.repolock import repository_lock

    # The pins are read, confirmed and written under the repository lock: a release running at the
    # same time reads either the old pins or the new ones, and two syncs never lose each other's work.
    with repository_lock(config.root, f"policy sync {args.document}"):
        _confirm_all(args, config, langs, load)
    return 0


def _confirm_all(args, config, langs, load):
    import os

    from ...checks.freshness import confirm, load_pins, pins_json, pins_path
    from ...checks.parity import language_name
    from ...project import display_path

    source = load(config.authoritative)
    for lang in langs:
        translation = load(lang)
        path = pins_path(config, lang, args.document)
        pins, confirmed, dropped = confirm(source, translation, load_pins(path), None if args.all else args.section)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(pins_json(args.document, lang, config.authoritative, pins))
        os.replace(tmp, path)
        print(f"{display_path(path)}: {len(confirmed)} {language_name(lang)} section"
              f"{'s' if len(confirmed) != 1 else ''} confirmed against the current "
              f"{language_name(config.authoritative)} text"
              + (f" ({', '.join(confirmed)})" if confirmed and not args.all else "")
              + (f"; pins dropped for {', '.join(dropped)}" if dropped else "") + ". Commit this file.")
