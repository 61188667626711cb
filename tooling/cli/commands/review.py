"""policy review DOC: the PIPL disclosure report for the legal team.

Warnings only (exit 0): which disclosures PRC law expects of a privacy statement that this one
lacks, states only vaguely or contradicts, each with the article, the place in the text and the
advice. Exit 2 on bad input (unreadable document, bad rules file) or usage.
"""


def add_arguments(parser):
    parser.add_argument("document", metavar="DOCUMENT", help="the document, e.g. privacy")
    parser.add_argument("--lang", choices=("zh", "en", "all"), default="all",
                        help="the language reviewed (default: all; the Chinese text is authoritative)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument("--docs", metavar="DIR", help="review this folder (holding zh/, en/) instead of docs/")
    parser.add_argument("--rules", metavar="FILE", help="rules file to apply (default: the PIPL rules)")


def run(args):
    import os

    from ...errors import UsageError
    from ...config import config_from
    from ...project import display_path, document_path
    from ...checks.review import RULES, load_rules, review_document
    from ...model.sections import parse_document
    from ...source import read_source

    config = config_from(args)
    docs_dir = args.docs if args.docs is not None else config.docs_dir
    if not os.path.isdir(docs_dir):
        raise UsageError(f"--docs {docs_dir}: no such folder.")
    rules = load_rules(args.rules or RULES)
    langs = config.languages if args.lang == "all" else [args.lang]
    if args.lang != "all" and args.lang not in config.languages:
        raise UsageError(f"--lang {args.lang}: the languages are {', '.join(config.languages)}.")
    results = []
    found = False
    for lang in langs:
        path = document_path(docs_dir, lang, args.document)
        if not os.path.exists(path):
            continue
        found = True
        shown = display_path(path)
        doc = parse_document(read_source(path, shown), args.document, lang)
        results.extend(review_document(rules, doc))
    if not found:
        raise UsageError(f"no document \u201c{args.document}\u201d in {display_path(docs_dir)} "
                         f"(looked for {', '.join(l + '/' + args.document + '.md' for l in langs)}).")
    if args.format == "json":
        import json

        print(json.dumps({"document": args.document, "rules": len(rules),
                          "rules_file": display_path(args.rules or RULES) if args.rules else "pipl",
                          "findings": [r.as_dict() for r in results]}, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(r.finding())
        codes = len({r.rule.code for r in results})
        print(f"policy review: {len(rules)} rules applied to {args.document} "
              f"({', '.join(langs)}); {len(results)} warning{'s' if len(results) != 1 else ''}"
              f" ({codes} rule{'s' if codes != 1 else ''}). The report points at gaps; it is not legal advice.")
    return 0
