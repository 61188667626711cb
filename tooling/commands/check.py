"""policy check"""

import os
import sys

from ..errors import UsageError


def add_arguments(parser):
    parser.add_argument("--docs", metavar="DIR",
                        help="check this folder (holding zh/, en/, …) instead of the project's docs/")
    parser.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text",
                        help="output format: text (path:line:col: error CODE: message), json, github "
                             "(workflow annotations for GitHub Actions) or sarif (SARIF 2.1.0 for code scanning)")


EPILOG = """examples:
  policy check
  policy check --docs tests/fixtures/as-received
  policy check --format github          (in a GitHub Actions job: annotations on the changed lines)
  policy check --format sarif > policy.sarif

exit status: 0 no errors (warnings allowed), 1 findings, 2 bad input or usage
"""


def run(args):
    from ..check import run_check
    from ..cli import config_from
    from ..findings import summary, to_json

    config = config_from(args)
    if args.docs is not None and not os.path.isdir(args.docs):
        raise UsageError(f"--docs {args.docs}: no such folder.")
    result = run_check(config, args.docs)
    if args.format == "json":
        print(to_json(result.findings))
    elif args.format in ("github", "sarif"):
        from .. import __version__, ci_formats

        if args.format == "github":
            sys.stdout.write(ci_formats.to_github(result.findings))
            print(summary(result.findings, result.files))
        else:
            sys.stdout.write(ci_formats.to_sarif(result.findings, __version__))
    else:
        out = sys.stdout
        for finding in result.findings:
            out.write(str(finding) + "\n")
        print(summary(result.findings, result.files))
    return result.exit_code
