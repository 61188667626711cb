"""policy chain-records: the one-time migration of release records to the hash chain.

Records written before the chain existed (format 1) get their ``previous`` link (the SHA-256 of
the previous record of the same document, as committed) and format 2, in one commit whose message
carries ``Policy-Migration: hash-chain``. No other field and no released text changes; ``policy
verify`` accepts exactly that change and no other. Running it again does nothing.
"""


def add_arguments(parser):
    pass


def run(args):
    from ...history import chain
    from ...config import config_from
    from ...history.gitstore import GitStore
    from ...history.repolock import repository_lock

    config = config_from(args)
    # a release running at the same time must not be chained against records being rewritten
    with repository_lock(config.root, "policy chain-records"):
        chain.migrate(config, GitStore(config.root))
    return 0
