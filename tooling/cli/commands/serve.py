"""``policy serve``: preview the site while editing, with live reload.

The staging tree is regenerated from docs/ and releases/ before every rebuild, so a change
saved in docs/zh/privacy.md shows in the browser a moment later (on the in-force page while
nothing is released, and on the parallel view).
"""

import os

from ...config import config_from
from .build import _as_of, add_site_arguments


def add_arguments(parser):
    parser.add_argument("-a", "--dev-addr", metavar="HOST:PORT", default="127.0.0.1:8000",
                        help="address to serve the preview on (default: 127.0.0.1:8000)")
    add_site_arguments(parser)


def run(args):
    from ...site import mkdocs_adapter
    from ...site.build import mkdocs_config_file, stage

    config = config_from(args)
    as_of = _as_of(args.as_of)
    cache_root = os.path.join(config.root, ".policy-cache")
    staging = os.path.join(cache_root, "serve-staging")
    _, navs, _ = stage(config, as_of, staging, cache_root, preview=True)

    def restage():
        stage(config, as_of, staging, cache_root, preview=True)

    watch = [path for path in (config.docs_dir, config.releases_dir, config.path) if os.path.exists(path)]
    print(f"Previewing the site as of {as_of.isoformat()} on http://{args.dev_addr}/ "
          f"(reloads when docs/ or releases/ change; the text being edited is under 'Working draft'; "
          "Ctrl+C to stop).")
    mkdocs_adapter.serve(mkdocs_config_file(config), staging, navs=navs, watch=watch, before=restage,
                         addr=args.dev_addr, verbose=args.verbose)
    return 0
