"""policy verify: recompute the hash of every released text and check it against git.

For each release: every text's SHA-256 equals its record; a release cut from docs/ (not
imported) holds exactly docs/<language>/<document>.md of the commit it records; its tag, when
present, points at a commit holding the same record. Then, without tags (``tooling.chain``):
every file of every release folder is as the commit that added it wrote it (git history and the
work tree), the records form an unbroken hash chain, and every tag has its record.
``--site DIR`` checks a built or downloaded site against the repository instead. The results are
computed by ``tooling.history.verification``; this module prints them.
Exit 0 all verified, 1 mismatches, 2 unreadable records or a clone lacking the recorded commits.
"""


def add_arguments(parser):
    parser.add_argument("--document", metavar="NAME", help="only this document")
    parser.add_argument("--site", metavar="DIR",
                        help="check a built or downloaded site (its history.json and version pages) against the "
                             "release records of this repository")


def run(args):
    from ...config import config_from
    from ...history.gitstore import GitStore
    from ...history.verification import verify_history

    if args.document is not None:
        from ...project import document_argument

        document_argument(args.document, "--document")
    config = config_from(args)
    if args.site:
        return _verify_site(config, args)
    result = verify_history(config, GitStore(config.root), args.document)
    for check in result.releases:
        for problem in check.problems:
            print(problem)
        if check.commit_present:
            print(check.line)
    if result.missing_commit is not None:
        raise result.missing_commit
    for problem in result.history:
        print(problem)
    total = result.total
    if not result.history:
        print(f"history: every file of the {total} release{'s' if total != 1 else ''} is as the commit that added it "
              "wrote it; the hash chain is unbroken.")
    if result.problems:
        print(f"policy verify: {result.problems} problem{'s' if result.problems != 1 else ''} in {total} releases.")
        return 1
    print(f"policy verify: {total} release{'s' if total != 1 else ''}, {result.checked} texts: every hash matches.")
    return 0


def _verify_site(config, args):
    import os

    from ...errors import UsageError
    from ...history.verification import verify_site

    if not os.path.isdir(args.site):
        raise UsageError(f"--site {args.site}: no such folder; give the folder of a built or downloaded site.")
    result = verify_site(config, args.site, args.document)
    found, total = result.differences, result.total
    for problem in found:
        print(problem)
    if found:
        print(f"policy verify --site: {len(found)} difference{'s' if len(found) != 1 else ''} between the site and "
              "the repository.")
        return 1
    print(f"policy verify --site: the site matches the repository ({total} release{'s' if total != 1 else ''}, "
          "every record digest and chain link).")
    return 0
