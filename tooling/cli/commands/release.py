"""policy release DOCUMENT --id ID --kind material|editorial --effective DATE --summary-zh … --summary-en …"""

from ._release_args import add_release_arguments, run_release


def add_arguments(parser):
    parser.epilog = ("Refused (exit 2, nothing written) when `policy check` has errors, docs/ has uncommitted "
                     "changes, the id exists, the dates are wrong, a material release gives too little notice, "
                     "or a summary is missing, or while git is in the middle of a merge, cherry-pick, revert, rebase "
                     "or bisect. Waits for another policy command that writes (at most POLICY_LOCK_TIMEOUT "
                     "seconds, default 120).")
    add_release_arguments(parser, "today")


def run(args):
    return run_release(args)
