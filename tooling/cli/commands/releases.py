"""policy releases [--document D] [--as-of YYYY-MM-DD] [--format text|json]"""

NOT_YET = "not-yet-published"


def add_arguments(parser):
    parser.add_argument("--document", metavar="NAME", help="only this document")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date the statuses refer to (default: today)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args):
    from ...config import config_from
    from ...history.release_store import load_releases
    from ...model.releases import statuses
    from ..options import as_of as parse_as_of

    if args.document is not None:
        from ...project import document_argument

        document_argument(args.document, "--document")
    config = config_from(args)
    as_of = parse_as_of(args.as_of)
    history = load_releases(config, args.document)
    if args.document and args.document not in history:
        from ...errors import UsageError

        known = ", ".join(sorted(load_releases(config))) or "none"
        raise UsageError(f"document \u201c{args.document}\u201d has no releases (documents with releases: {known}).")
    rows = {}
    for name, releases in sorted(history.items()):
        status = statuses(releases, as_of)
        rows[name] = [(r, status.get(r.id, NOT_YET)) for r in reversed(releases)]
    if args.format == "json":
        import json

        data = {"as_of": as_of.isoformat(), "documents": {
            name: [{"id": r.id, "sequence": r.sequence, "kind": r.kind, "published": r.published.isoformat(),
                    "effective": r.effective.isoformat(), "status": s, "imported": r.imported,
                    "commit": r.commit, "tag": r.tag, "summary": r.summary} for r, s in items]
            for name, items in rows.items()}}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No releases yet. Cut the first with `policy release DOCUMENT --id … --kind … --effective …`.")
        return 0
    for name, items in rows.items():
        print(f"{name} ({config.title(name, config.authoritative)} / {config.title(name, 'en')}), as of "
              f"{as_of.isoformat()}:")
        width = max(len(r.id) for r, _ in items)
        print(f"  {'id'.ljust(width)}  kind       published   effective   status")
        for r, s in items:
            extra = "  (imported)" if r.imported else ""
            print(f"  {r.id.ljust(width)}  {r.kind.ljust(9)}  {r.published.isoformat()}  "
                  f"{r.effective.isoformat()}  {s.replace('-', ' ')}{extra}")
    return 0
