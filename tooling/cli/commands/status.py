"""policy status: translated sections left stale by a change to the authoritative text.

Exit 0 when every translation is confirmed against the current authoritative text, 1 when a
section is stale (or a pin is left for a section that no longer exists), 2 on bad input. The
results are computed by ``tooling.checks.translation_status``; this module prints them.
"""


def add_arguments(parser):
    parser.add_argument("--document", metavar="NAME", help="only this document")
    parser.add_argument("--lang", metavar="LANG", action="append", help="only this translation (repeatable)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args):
    from ...checks.check import CheckResult, load_documents
    from ...config import config_from
    from ...errors import UsageError
    from ...checks.translation_status import translation_statuses
    from ...project import display_path
    from ...history.gitstore import recover_if_interrupted

    from ...project import document_argument

    if args.document is not None:
        document_argument(args.document, "--document")
    config = config_from(args)
    recover_if_interrupted(config)
    langs = args.lang or config.translations
    for lang in langs:
        if lang not in config.translations:
            raise UsageError(f"--lang {lang}: the translations are {', '.join(config.translations)}.")
    result = CheckResult()
    load_documents(config, config.docs_dir, result)
    if result.bad_input:
        for f in result.findings:
            print(f)
        return 2
    names = [args.document] if args.document else sorted(result.documents)
    if args.document and args.document not in result.documents:
        raise UsageError(f"no document \u201c{args.document}\u201d in {display_path(config.docs_dir)}.")
    report = translation_statuses(config, result.documents, names, langs)
    if args.format == "json":
        import json

        print(json.dumps({"translations": [status.to_json() for status in report]}, ensure_ascii=False, indent=2))
    else:
        for status in report:
            _print_status(config, status)
    return 0 if all(status.clean for status in report) else 1


def _print_status(config, status):
    from ...checks.freshness import describe_change
    from ...checks.parity import language_name

    name, lang, source, translation = status.document, status.language, status.source, status.translation
    shown, stale, orphans = status.pins_file, status.stale, status.orphans
    tr_name, src_name = language_name(lang), language_name(config.authoritative)
    if not status.confirmed:
        print(f"{name} ({tr_name}): never confirmed against the {src_name} text (no {shown}); every "
              f"section is listed. Once checked: `policy sync {name} --lang {lang} --all`.")
    elif status.clean:
        print(f"{name} ({tr_name}): up to date with the {src_name} text "
              f"({sum(1 for _ in translation.walk())} sections confirmed).")
        return
    elif stale:
        print(f"{name} ({tr_name}): {len(stale)} stale section{'s' if len(stale) != 1 else ''}.")
    else:
        print(f"{name} ({tr_name}): no stale section; {len(orphans)} pin"
              f"{' left for a section that no longer exists' if len(orphans) == 1 else 's left for sections that no longer exist'}.")
    for s in stale:
        sec = s.section
        print(f"{translation.path}:{sec.line}: {sec.label()} [{sec.id}]")
        if s.confirmed:
            print(f"    in the {src_name}, {s.source.label()} ({source.path}:{s.source.line}) changed since "
                  f"the translation was confirmed:")
            print(_indent(describe_change(s.old_text, s.new_text)))
        else:
            print(f"    never confirmed against {s.source.label()} in the {src_name} "
                  f"({source.path}:{s.source.line})")
    for sid in orphans:
        print(f"{shown}: pin for section [{sid}], which no longer exists; "
              f"`policy sync {name} --lang {lang} --section {sid}` drops it.")
    if stale:
        print(f"    After updating the translation: `policy sync {name} --lang {lang} --section ID` "
              f"(or --all).")


def _indent(text):
    return "\n".join("      " + line for line in text.split("\n"))
