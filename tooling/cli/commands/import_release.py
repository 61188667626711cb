"""policy import-release DOCUMENT --from DIR --id ID --kind … --published DATE --effective DATE --summary-…

Records a historical version exactly as it was published: the texts come from DIR (holding
<language>/<document>.md), their lint findings are recorded in the release instead of blocking
it, and no notice period is applied (the dates are history).
"""

import os

from ._release_args import add_release_arguments, run_release


def add_arguments(parser):
    parser.add_argument("--from", required=True, dest="source", metavar="DIR",
                        help="folder holding <language>/<document>.md as published")
    add_release_arguments(parser, "required")


def run(args):
    from ...errors import UsageError

    if not os.path.isdir(args.source):
        raise UsageError(f"--from {args.source}: no such folder.")
    return run_release(args, source_dir=args.source)
