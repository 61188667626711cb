"""``policy serve``: preview the site while editing, with live reload.

The staging tree is regenerated from docs/ and releases/ after every change, so a change
saved in docs/zh/privacy.md shows in the browser a moment later (on the in-force page while
nothing is released, and on the parallel view): only the pages whose text changed are rendered
again (tooling/site/preview.py).
"""

import errno

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
    import signal
    import sys

    from ...site import mkdocs_adapter
    from ...site.preview import PreviewSession, error_page

    host, port = _address(args.dev_addr)
    _check_free(host, port)
    config_from(args)  # a bad policy.toml is said before anything starts
    as_of = _as_of(args.as_of)
    session = PreviewSession(lambda: config_from(args), as_of, f"{host}:{port}", verbose=args.verbose)

    def said(rebuild):
        what = (f"{rebuild.pages} page{'s' if rebuild.pages != 1 else ''} rendered again" if rebuild.kind == "pages"
                else f"full build: {rebuild.why}")
        print(f"Preview rebuilt in {rebuild.seconds * 1000:.0f} ms ({what}).", flush=True)

    def on_change(paths):
        rebuild = session.changed(paths)
        if rebuild is None or rebuild.kind == "none":
            return False
        said(rebuild)
        return True

    def say(exc):
        where = exc.location()
        print(f"{where + ': ' if where else ''}error {exc.code}: {exc.message} "
              "(the preview shows this error until the file is fixed)", file=sys.stderr, flush=True)

    def stop(signum, frame):  # `kill` stops the preview as Ctrl+C does (its temporary site is removed)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        said(session.start())
        print(f"Previewing the site as of {as_of.isoformat()} on http://{args.dev_addr}/ "
              f"(reloads when docs/ or releases/ change; the text being edited is under 'Working draft'; "
              "Ctrl+C to stop).", flush=True)
        mkdocs_adapter.serve_preview(session.preview, watch=session.watch(), on_change=on_change,
                                     error_page=error_page, say=say, addr=f"{host}:{port}")
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
            raise
        raise _port_busy(host, port, exc) from None
    except KeyboardInterrupt:
        pass
    finally:
        session.close()
    return 0
