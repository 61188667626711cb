"""``policy serve``: preview the site while editing, with live reload.

The staging tree is regenerated from docs/ and releases/ before every rebuild, so a change
saved in docs/zh/privacy.md shows in the browser a moment later (on the in-force page while
nothing is released, and on the parallel view).
"""

import errno
import os

from ...config import config_from
from ...errors import UsageError
from .build import _as_of, add_site_arguments


def add_arguments(parser):
    parser.add_argument("-a", "--dev-addr", metavar="HOST:PORT", default="127.0.0.1:8000",
                        help="address to serve the preview on (default: 127.0.0.1:8000)")
    add_site_arguments(parser)


EPILOG = """examples:
  policy serve
  policy serve -a 127.0.0.1:8001 --as-of 2026-12-01

exit status: 0 stopped, 2 bad input or usage (a port already in use, …)
"""


def _address(text):
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"-a {text}: write the address as HOST:PORT, for example 127.0.0.1:8000.")
    return host.strip("[]") or "127.0.0.1", int(port)


def _port_busy(host, port, exc=None):
    return UsageError(f"cannot serve on {host}:{port}: {'the port is already in use' if exc is None or exc.errno == errno.EADDRINUSE else exc.strerror} "
                      f"(another `policy serve` or program?). Stop it, or choose another port: "
                      f"policy serve -a {host}:{port + 1 if port < 65535 else 8000}.", code="E201")


def _check_free(host, port):
    """Fail before staging the site when the address cannot be bound (as the server binds it)."""
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise _port_busy(host, port, exc) from None


def run(args):
    from ...site import mkdocs_adapter
    from ...site.build import preview_caches, mkdocs_config_file, stage

    host, port = _address(args.dev_addr)
    _check_free(host, port)
    config = config_from(args)
    as_of = _as_of(args.as_of)
    cache_root = os.path.join(config.root, ".policy-cache")
    staging = os.path.join(cache_root, "serve-staging")
    caches = preview_caches(config, cache_root)
    _, navs, _ = stage(config, as_of, staging, cache_root, preview=True, cache=caches)

    def restage():
        stage(config, as_of, staging, cache_root, preview=True, cache=caches)

    watch = [path for path in (config.docs_dir, config.releases_dir, config.path) if os.path.exists(path)]
    print(f"Previewing the site as of {as_of.isoformat()} on http://{args.dev_addr}/ "
          f"(reloads when docs/ or releases/ change; the text being edited is under 'Working draft'; "
          "Ctrl+C to stop).")
    try:
        mkdocs_adapter.serve(mkdocs_config_file(config), staging, navs=navs, watch=watch, before=restage,
                             addr=args.dev_addr, verbose=args.verbose, caches=caches)
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
            raise
        raise _port_busy(host, port, exc) from None
    return 0
