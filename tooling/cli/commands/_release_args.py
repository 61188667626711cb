"""Options shared by `policy release` and `policy import-release`."""


def add_release_arguments(parser, published_default):
    parser.add_argument("document", metavar="DOCUMENT", help="the document to release, e.g. privacy")
    parser.add_argument("--id", required=True, dest="release_id",
                        help="the release id (lower-case ASCII letters, digits, '.', '-', '_'), e.g. 2026-12-01")
    parser.add_argument("--kind", required=True, choices=("material", "editorial"),
                        help="material: users are told before it takes effect and may have to consent again; "
                             "editorial: corrections that change no right or duty")
    parser.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                        help=f"publication date (default: {published_default})")
    parser.add_argument("--effective", metavar="YYYY-MM-DD", required=True, help="effective date")
    parser.add_argument("--summary-zh", metavar="TEXT", help="summary of the changes in Chinese")
    parser.add_argument("--summary-en", metavar="TEXT", help="summary of the changes in English")
    parser.add_argument("--summary", metavar="LANG=TEXT", action="append",
                        help="summary in any configured language (repeatable)")


def run_release(args, source_dir=None):
    from ...config import config_from
    from ...errors import UsageError
    from ...history.publishing import cut, parse_summaries

    from ...project import document_argument

    document_argument(args.document)
    config = config_from(args)
    published = args.published
    if published is None:
        if source_dir is not None:
            raise UsageError("--published is required: give the date the historical version was published.")
        from datetime import date

        published = date.today().isoformat()
    summary = parse_summaries(config, args.summary, {"zh": args.summary_zh, "en": args.summary_en})
    check_summaries(summary)
    cut(config, args.document, args.release_id, args.kind, published, args.effective, summary, source_dir)
    return 0


def check_summaries(summary):
    """Refuse control characters in the summaries (E300): they are published in pages, e-mail,
    feeds and spreadsheets. Line breaks and tabs are allowed."""
    from ...text_rules import check_text

    for lang, text in sorted(summary.items()):
        option = f"--summary-{lang}" if lang in ("zh", "en") else f"--summary {lang}=…"
        check_text(text, f"the {lang} summary ({option})", multiline=True)
