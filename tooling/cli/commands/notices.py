"""policy notices export|push: change notices for the platform (json, atom, csv, email), exported
to files or pushed to the platform's endpoint.

Where the output goes:
  json, csv       one file: -o FILE, or standard output
  atom            one feed per language: with one language, -o FILE or standard output; with
                  --lang all (the default), -o DIR receives notices.<lang>.atom
  email           -o DIR receives one ready-to-send <notice-id>.<lang>.eml per notice and
                  language; without -o, the messages (subject, text, html) are printed as JSON

Nothing is written unless every notice could be made (a release without a summary in one
language stops the export with an error naming its record).

push: POSTs every notice not yet delivered, oldest first, to --url, signed with HMAC-SHA256
(see tooling/exporters/push.py).
"""

import os
import sys

from ...errors import UsageError

FORMATS = ("json", "atom", "csv", "email")


SECRET_ENV = "POLICY_PUSH_SECRET"


def add_arguments(parser):
    parser.add_argument("action", choices=("export", "push"),
                        help="export: write notices to files or standard output; push: deliver new notices "
                             "to the platform's endpoint")
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="export format (default: json). email without -o prints the messages as JSON "
                             "(subject, text, html); with -o DIR it writes one .eml per notice and language")
    parser.add_argument("--since", metavar="ID",
                        help="only notices later than this one: a notice id (privacy-2025-06-01, as the JSON "
                             "gives it) or a release id")
    parser.add_argument("--lang", choices=("zh", "en", "all"), default="all",
                        help="language(s) of the notices (default: all)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD",
                        help="the date the export describes: releases published by then (default: today)")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="file to write (a folder for atom with --lang all, and for email)")
    mail = parser.add_argument_group("e-mail headers (--format email)")
    mail.add_argument("--from", dest="sender", metavar="ADDRESS",
                      help="From header (default: the site name at noreply@ the site's host)")
    mail.add_argument("--date", dest="mail_date", metavar="YYYY-MM-DD",
                      help="Date header (default: the notice's publication date, 00:00 China Standard Time)")
    mail.add_argument("--message-id-domain", metavar="DOMAIN",
                      help="right-hand side of Message-ID <notice.lang@DOMAIN> (default: the site's host)")
    push = parser.add_argument_group("push")
    push.add_argument("--url", help="the platform's endpoint (http or https) receiving one POST per notice")
    push.add_argument("--secret-env", metavar="NAME", default=SECRET_ENV,
                      help=f"environment variable holding the HMAC-SHA256 secret (default: {SECRET_ENV}); "
                           "the secret itself is never an option")
    push.add_argument("--log", metavar="FILE",
                      help="delivery log (default: .git/policy/deliveries.json of the repository)")
    push.add_argument("--attempts", type=int, default=5, metavar="N", help="attempts per notice (default: 5)")
    push.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                      help="time-out of each attempt (default: 10)")
    push.add_argument("--backoff", type=float, default=1.0, metavar="SECONDS",
                      help="wait before the 2nd attempt, doubled for each later one (default: 1)")


EPILOG = """examples:
  policy notices export --as-of 2026-11-25 -o notices.json
  policy notices export --since privacy-2025-06-01 --format atom --lang en
  policy notices export --format email -o mail/ --from "Entroyi <privacy@entroyi.com>"
  POLICY_PUSH_SECRET=… policy notices push --url https://platform.example/hooks/policy

exit status: 0 done, 2 bad input, a refused push or a delivery that failed after every attempt
"""


def _languages(config, choice):
    order = config.ordered_languages
    if choice == "all":
        return order
    if choice not in order:
        raise UsageError(f"--lang {choice}: this project's languages are {', '.join(order)}.")
    return [choice]


def _as_of(text, option="--as-of"):
    from datetime import date

    from ...model.releases import ReleaseError, parse_date

    if text is None:
        return date.today()
    try:
        return parse_date(text, option)
    except ReleaseError as exc:
        raise UsageError(exc.message) from None


def _outputs(args, config, notices, languages, as_of):
    """[(file name or None for stdout, bytes)] for the chosen format."""
    from ...model import urls

    if args.format == "json":
        from ...notices import json_feed
        return [(None, json_feed.render(notices, config, as_of, languages))]
    if args.format == "csv":
        from ...notices import csv_export
        return [(None, csv_export.render(notices, languages))]
    if args.format == "atom":
        from ...notices import atom
        if len(languages) == 1:
            return [(None, atom.render(notices, config, languages[0], as_of))]
        if not args.output:
            raise UsageError("--format atom writes one feed per language: pass -o DIR to write them "
                             "all, or --lang zh|en for one feed on standard output.")
        return [(urls.atom_name(lang), atom.render(notices, config, lang, as_of)) for lang in languages]
    from ...notices import email
    messages = email.render_messages(notices, config, languages)
    if not args.output:
        return [(None, email.messages_json(messages))]
    headers = email.Headers(sender=args.sender, message_id_domain=args.message_id_domain,
                            date=_as_of(args.mail_date, "--date") if args.mail_date else None)
    return [(f"{m.name}.eml", email.to_eml(m, config, headers)) for m in messages]


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
    from ...config import config_from
    from ...notices.notices import build_notices, since
    from ...history.release_store import load_releases

    config = config_from(args)
    as_of = _as_of(args.as_of)
    releases = load_releases(config)
    notices = build_notices(config, releases, as_of)
    if args.since is not None:
        notices = since(notices, args.since, releases)
    if args.action == "push":
        return _push(args, config, notices)
    languages = _languages(config, args.lang)
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


def _push(args, config, notices):
    from urllib.parse import urlsplit

    from ...notices import json_feed, push

    if not args.url:
        raise UsageError("policy notices push needs --url, the platform's endpoint (https://…).")
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"--url {args.url}: not an http or https address.", code="X007")
    import re

    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.secret_env):
        raise UsageError("--secret-env takes the name of an environment variable (such as POLICY_PUSH_SECRET), "
                         "not the secret itself.", code="X006")
    secret = os.environ.get(args.secret_env, "")
    if not secret:
        raise UsageError(f"the environment variable {args.secret_env} holding the push secret is not set (or "
                         "empty). Set it from your CI's secret store; the secret is never passed as an option.",
                         code="X006")
    if args.attempts < 1 or args.timeout <= 0 or args.backoff < 0:
        raise UsageError("--attempts must be at least 1, --timeout above 0 and --backoff not negative.")
    log = args.log or push.default_log_path(config.root)
    if log is None:
        raise UsageError(f"{config.root} is not in a git repository, where the delivery log is kept: "
                         "pass --log FILE.")
    files = [(n.id, json_feed.render_notice(n, config)) for n in reversed(notices)]  # oldest first
    delivered, skipped = push.push(args.url, files, secret, log, args.attempts, args.timeout, args.backoff,
                                   report=lambda line: print(line, file=sys.stderr))
    print(f"{len(delivered)} delivered, {len(skipped)} already delivered (log: {log})", file=sys.stderr)
    return 0
