"""policy notices export: change notices for the platform (json, atom, csv, email).

Where the output goes:
  json, csv       one file: -o FILE, or standard output
  atom            one feed per language: with one language, -o FILE or standard output; with
                  --lang all (the default), -o DIR receives notices.<lang>.atom
  email           -o DIR receives one ready-to-send <notice-id>.<lang>.eml per notice and
                  language; without -o, the messages (subject, text, html) are printed as JSON

Nothing is written unless every notice could be made (a release without a summary in one
language stops the export with an error naming its record).
"""

import os
import sys

from ..errors import UsageError

FORMATS = ("json", "atom", "csv", "email")


def add_arguments(parser):
    parser.add_argument("action", choices=("export",), help="what to do (export)")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("--since", metavar="ID",
                        help="only notices later than this one: a notice id (privacy-2025-06-01, as the JSON gives it) or a release id")
    parser.add_argument("--lang", choices=("zh", "en", "all"), default="all",
                        help="language(s) of the notices (default: all)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD",
                        help="the date the export describes: releases published by then, and the "
                             "feed's generation date (default: today)")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="file to write (a folder for atom with --lang all, and for email)")


def _languages(config, choice):
    order = [config.authoritative] + config.translations
    if choice == "all":
        return order
    if choice not in order:
        raise UsageError(f"--lang {choice}: this project's languages are {', '.join(order)}.")
    return [choice]


def _as_of(text):
    from datetime import date

    from ..releases import ReleaseError, parse_date

    if text is None:
        return date.today()
    try:
        return parse_date(text, "--as-of")
    except ReleaseError as exc:
        raise UsageError(exc.message) from None


def _outputs(args, config, notices, languages, as_of):
    """[(file name or None for stdout, bytes)] for the chosen format."""
    from .. import urls

    if args.format == "json":
        from ..exporters import json_feed
        return [(None, json_feed.render(notices, config, as_of, languages))]
    if args.format == "csv":
        from ..exporters import csv_export
        return [(None, csv_export.render(notices, languages))]
    if args.format == "atom":
        from ..exporters import atom
        if len(languages) == 1:
            return [(None, atom.render(notices, config, languages[0], as_of))]
        if not args.output:
            raise UsageError("--format atom writes one feed per language: pass -o DIR to write them "
                             "all, or --lang zh|en for one feed on standard output.")
        return [(urls.atom_name(lang), atom.render(notices, config, lang, as_of)) for lang in languages]
    from ..exporters import email
    messages = email.render_messages(notices, config, languages)
    if not args.output:
        return [(None, email.messages_json(messages))]
    return [(f"{m.name}.eml", email.to_eml(m)) for m in messages]


def _write(path, data):
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise UsageError(f"cannot write {path}: {exc.strerror}.") from None


def run(args):
    from ..cli import config_from
    from ..notices import build_notices, since
    from ..release_store import load_releases

    config = config_from(args)
    languages = _languages(config, args.lang)
    as_of = _as_of(args.as_of)
    releases = load_releases(config)
    notices = build_notices(config, releases, as_of)
    if args.since is not None:
        notices = since(notices, args.since, releases)
    outputs = _outputs(args, config, notices, languages, as_of)
    if outputs and outputs[0][0] is None:
        (_, data), = outputs
        if args.output:
            if os.path.isdir(args.output):
                raise UsageError(f"-o {args.output} is a folder; --format {args.format} writes one file.")
            _write(args.output, data)
            print(f"wrote {args.output} ({len(notices)} notices)", file=sys.stderr)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        return 0
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        raise UsageError(f"-o {args.output} is a file; --format {args.format} writes a folder of files.")
    os.makedirs(args.output, exist_ok=True)
    for name, data in outputs:
        _write(os.path.join(args.output, name), data)
    print(f"wrote {len(outputs)} files to {args.output} ({len(notices)} notices)", file=sys.stderr)
    return 0
