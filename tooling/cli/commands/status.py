"""policy status: translated sections left stale by a change to the authoritative text.

Exit 0 when every translation is confirmed against the current authoritative text, 1 when a
section is stale (or a pin is left for a section that no longer exists), 2 on bad input.
"""


def add_arguments(parser):
    parser.add_argument("--document", metavar="NAME", help="only this document")
    parser.add_argument("--lang", metavar="LANG", action="append", help="only this translation (repeatable)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args):
    from ...checks.check import CheckResult, load_documents
    from ...config import config_from
    from ...errors import UsageError
    from ...findings import from_error
    from ...checks.freshness import describe_change, load_pins, orphan_pins, pins_path, stale_sections
    from ...checks.parity import language_name
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
    report = []
    for name in names:
        docs = result.documents[name]
        source = docs.get(config.authoritative)
        for lang in langs:
            translation = docs.get(lang)
            if source is None or translation is None:
                continue
            path = pins_path(config, lang, name)
            pins = load_pins(path)
            report.append((name, lang, source, translation, display_path(path), pins,
                           stale_sections(source, translation, pins), orphan_pins(source, translation, pins)))
    if args.format == "json":
        import json

        out = []
        for name, lang, source, translation, shown, pins, stale, orphans in report:
            out.append({"document": name, "language": lang, "pins": shown, "confirmed": pins is not None,
                        "stale": [{"id": s.section.id, "label": s.section.label(), "file": translation.path,
                                   "line": s.section.line, "source_file": source.path, "source_line": s.source.line,
                                   "never_confirmed": not s.confirmed, "old_source_text": s.old_text,
                                   "new_source_text": s.new_text} for s in stale],
                        "orphan_pins": orphans})
        print(json.dumps({"translations": out}, ensure_ascii=False, indent=2))
    else:
        for name, lang, source, translation, shown, pins, stale, orphans in report:
            tr_name, src_name = language_name(lang), language_name(config.authoritative)
            if pins is None:
                print(f"{name} ({tr_name}): never confirmed against the {src_name} text (no {shown}); every "
                      f"section is listed. Once checked: `policy sync {name} --lang {lang} --all`.")
            elif not stale and not orphans:
                print(f"{name} ({tr_name}): up to date with the {src_name} text "
                      f"({sum(1 for _ in translation.walk())} sections confirmed).")
                continue
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
    return 1 if any(stale or orphans for *_, stale, orphans in report) else 0


def _indent(text):
    return "\n".join("      " + line for line in text.split("\n"))
