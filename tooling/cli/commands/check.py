"""policy check"""

import os
import sys

from ...errors import UsageError


def add_arguments(parser):
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="two files to compare instead of a folder: the authoritative text first "
                             "(policy check zh.md en.md); works outside any project")
    parser.add_argument("--docs", metavar="DIR",
                        help="check this folder (holding zh/, en/, …) instead of the project's docs/; "
                             "works outside any project")
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
    from ...config import find_root
    from ...startup import RegexCache

    # the patterns of the fact and numbering readers, compiled once per project (startup.py), and the lexicon of
    # the parity check built once (checks/lexicon.py)
    root = os.path.dirname(os.path.abspath(args.config)) if args.config else find_root()
    if args.config and not os.path.isfile(args.config):
        root = None  # config_from reports it; nothing is written beside a file that is not there
    from ...checks import lexicon

    lexicon.keep_in(os.path.join(root, ".policy-cache", "lexicon.marshal") if root else None)
    with RegexCache(os.path.join(root, ".policy-cache", "regex.marshal") if root else None):
        return _run(args, root is not None)


def _run(args, project):
    from ...checks.check import check_pair, default_config, run_check
    from ...config import config_from
    from ...findings import summary, to_json
    from ...project import journal_path

    if args.files and (len(args.files) != 2 or args.docs is not None):
        raise UsageError("give two files to compare (the authoritative text first: policy check zh.md en.md), "
                         "or --docs DIR, or nothing to check the project.")
    if args.docs is not None and not os.path.isdir(args.docs):
        raise UsageError(f"--docs {args.docs}: no such folder.")
    # Outside a project, a folder or two files are checked with the defaults (Chinese
    # authoritative), and nothing is read or written but the documents themselves.
    if not project and not (args.files or args.docs):
        config_from(args)  # the clear "no policy.toml found" error
    config = config_from(args) if project else default_config()
    journal = journal_path(config.root) if project else None
    if journal is not None and os.path.exists(journal):  # a release was killed part-way: finish or roll it back
        from ...history.gitstore import recover

        recover(config.root)
    if args.files:
        result = check_pair(config, args.files, project=False)
    else:
        result = run_check(config, args.docs, project=project)
        if args.docs is not None and result.files == 0:
            # a wrong folder would otherwise pass as "no findings" (in CI too)
            folders = " and ".join(f"{os.path.join(args.docs, lang)}{os.sep}" for lang in config.languages)
            raise UsageError(f"--docs {args.docs}: no document found; the texts go in {folders}, under the same "
                             "file name (zh/privacy.md and en/privacy.md).")
    if args.format == "json":
        print(to_json(result.findings))
    elif args.format in ("github", "sarif"):
        from ... import __version__
        from .. import ci_formats

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
