"""policy check"""

import os
import sys

from ...errors import UsageError


def add_arguments(parser):
    parser.add_argument("--docs", metavar="DIR",
                        help="check this folder (holding zh/, en/, …) instead of the project's docs/")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args):
    from ...checks.check import run_check
    from ...config import config_from
    from ...findings import summary, to_json
    from ...project import journal_path

    config = config_from(args)
    if args.docs is not None and not os.path.isdir(args.docs):
        raise UsageError(f"--docs {args.docs}: no such folder.")
    journal = journal_path(config.root)
    if journal is not None and os.path.exists(journal):  # a release was killed part-way: finish or roll it back
        from ...history.gitstore import recover

        recover(config.root)
    result = run_check(config, args.docs)
    if args.format == "json":
        print(to_json(result.findings))
    else:
        out = sys.stdout
        for finding in result.findings:
            out.write(str(finding) + "\n")
        print(summary(result.findings, result.files))
    return result.exit_code
