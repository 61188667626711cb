"""policy verify: recompute the hash of every released text and check it against git.

For each release: every text's SHA-256 equals its record; a release cut from docs/ (not
imported) holds exactly docs/<language>/<document>.md of the commit it records; its tag, when
present, points at a commit holding the same record. Then, without tags (``tooling.chain``):
every file of every release folder is as the commit that added it wrote it (git history and the
work tree), the records form an unbroken hash chain, and every tag has its record.
``--site DIR`` checks a built or downloaded site against the repository instead.
Exit 0 all verified, 1 mismatches, 2 unreadable records or a clone lacking the recorded commits.
"""


def add_arguments(parser):
    parser.add_argument("--document", metavar="NAME", help="only this document")
    parser.add_argument("--site", metavar="DIR",
                        help="check a built or downloaded site (its history.json and version pages) against the "
                             "release records of this repository")


def run(args):
    import os

    from ...config import config_from
    from ...history.gitstore import GitStore
    from ...project import display_path, document_path
    from ...history.release_store import RECORD, load_releases, release_dir
    from ...model.releases import TAG_PREFIX
    from ...model.sections import sha256

    if args.document is not None:
        from ...project import document_argument

        document_argument(args.document, "--document")
    config = config_from(args)
    if args.site:
        return _verify_site(config, args)
    store = GitStore(config.root)
    history = load_releases(config, args.document)
    present = store.existing_commits(r.commit for releases in history.values() for r in releases)
    tags = store.tags(f"refs/tags/{TAG_PREFIX}")
    wanted = []
    for name, releases in history.items():
        for r in releases:
            if r.commit in present and not r.imported:
                wanted += [(r.commit, store.rel(document_path(config.docs_dir, lang, name))) for lang in r.texts]
            if r.tag in tags:
                wanted.append((tags[r.tag], store.rel(os.path.join(release_dir(config, name, r.id), RECORD))))
    at = store.blobs(wanted)
    problems = 0
    checked = 0
    shallow_missing = []
    for name, releases in sorted(history.items()):
        for r in releases:
            folder = release_dir(config, name, r.id)
            shown = display_path(folder)
            notes = []
            for lang, t in sorted(r.texts.items()):
                data = t.text.encode("utf-8")
                actual = sha256(data).hexdigest()
                checked += 1
                if actual != t.sha256:
                    problems += 1
                    print(f"{shown}/{lang}.md: error R020: SHA-256 {actual} differs from the recorded "
                          f"{t.sha256}; this published text has been changed. Restore it from git.")
                else:
                    notes.append(f"{lang} sha256 {actual[:12]}… ok")
            if r.commit not in present:
                shallow_missing.append((name, r))
                continue
            if not r.imported:
                for lang, t in sorted(r.texts.items()):
                    source = store.rel(document_path(config.docs_dir, lang, name))
                    at_commit = at[(r.commit, source)]
                    if at_commit != t.text.encode("utf-8"):
                        problems += 1
                        print(f"{shown}/{lang}.md: error R021: differs from {source} at commit {r.commit[:12]}, "
                              "the commit the release records it was cut from.")
                notes.append(f"= docs at {r.commit[:12]}")
            else:
                notes.append(f"imported at {r.commit[:12]}")
            tag_commit = tags.get(r.tag)
            if tag_commit:
                record = store.rel(os.path.join(folder, RECORD))
                with open(os.path.join(folder, RECORD), "rb") as fh:
                    if at[(tag_commit, record)] != fh.read():
                        problems += 1
                        print(f"{shown}/{RECORD}: error R022: differs from the record in the tag {r.tag}.")
                notes.append(f"tag {r.tag} ok")
            print(f"{name} {r.id}: " + "; ".join(notes))
    if shallow_missing:
        name, r = shallow_missing[0]
        more = f" (and {len(shallow_missing) - 1} more releases)" if len(shallow_missing) > 1 else ""
        err = store.missing_commit_error(r.commit, f"release {name} {r.id}{more}")
        raise err
    from ...history import chain

    audit, added_by = chain.audit_history(config, store, args.document)
    found = (audit + chain.chain_findings(config, history)
             + chain.tag_findings(config, tags, history, added_by, store, args.document))
    for problem in found:
        print(problem)
    problems += len(found)
    total = sum(len(v) for v in history.values())
    if not found:
        print(f"history: every file of the {total} release{'s' if total != 1 else ''} is as the commit that added it "
              "wrote it; the hash chain is unbroken.")
    if problems:
        print(f"policy verify: {problems} problem{'s' if problems != 1 else ''} in {total} releases.")
        return 1
    print(f"policy verify: {total} release{'s' if total != 1 else ''}, {checked} texts: every hash matches.")
    return 0


def _verify_site(config, args):
    import os

    from ...history import chain
    from ...errors import UsageError
    from ...history.release_store import load_releases

    if not os.path.isdir(args.site):
        raise UsageError(f"--site {args.site}: no such folder; give the folder of a built or downloaded site.")
    history = load_releases(config, args.document)
    found = chain.site_findings(config, args.site, history, args.document)
    for problem in found:
        print(problem)
    total = sum(len(v) for v in history.values())
    if found:
        print(f"policy verify --site: {len(found)} difference{'s' if len(found) != 1 else ''} between the site and "
              "the repository.")
        return 1
    print(f"policy verify --site: the site matches the repository ({total} release{'s' if total != 1 else ''}, "
          "every record digest and chain link).")
    return 0
