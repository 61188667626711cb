"""``policy build``: the published site, every release of every document in every language
(the engine is tooling.site.build)."""

import os
import time

from ...config import config_from


def add_arguments(parser):
    parser.add_argument("-o", "--output", metavar="DIR", default=None,
                        help="folder to write the site into (default: site/ in the project)")
    parser.add_argument("--no-cache", action="store_true",
                        help="render every page again instead of reusing the cached pages of released versions")
    parser.add_argument("--no-pdf", action="store_true",
                        help="no PDF of each version (a quicker preview; also POLICY_PDF=0)")
    parser.add_argument("-j", "--jobs", metavar="N", type=_jobs, default=None,
                        help="processes that render the released pages missing from the cache, e.g. on a "
                             "first build (default: the cores available; the site is the same whatever N)")
    add_site_arguments(parser)


def add_site_arguments(parser):
    """--as-of and --verbose, shared with `policy serve`."""
    parser.add_argument("--as-of", metavar="YYYY-MM-DD",
                        help="the site as it is on this date: which version is in force, which is "
                             "upcoming (default: today)")
    parser.add_argument("--verbose", action="store_true", help="show every message of mkdocs")


def run(args):
    from ...project import display_path
    from ...site.build import build_site

    config = config_from(args)
    as_of = _as_of(args.as_of)
    out = os.path.abspath(args.output) if args.output else os.path.join(config.root, "site")
    start = time.perf_counter()
    report = build_site(config, out, as_of, cache=not args.no_cache, verbose=args.verbose,
                        pdf=False if args.no_pdf else None, jobs=args.jobs)
    took = time.perf_counter() - start
    print(f"Built {report.pages} pages ({', '.join(config.languages)}) as of {as_of.isoformat()} into "
          f"{display_path(out)} in {took:.1f} s ({report.cached} released pages from the cache).")
    print_pdf_report(report)
    return 0


def print_pdf_report(report):
    """One line on the PDFs: how many were rendered, or why there are none (shared with deploy)."""
    import sys

    if report.pdf_skipped:
        print(f"warning: PDFs skipped: {report.pdf_skipped}. The site was built without PDF links.", file=sys.stderr)
    elif report.pdfs is not None:
        pdfs = report.pdfs
        each = f", {pdfs.seconds / pdfs.rendered:.2f} s each" if pdfs.rendered else ""
        print(f"PDFs: {pdfs.rendered + pdfs.cached} ({pdfs.rendered} rendered{each}, {pdfs.cached} from the cache).")


def _jobs(text):
    import argparse

    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes; write a whole number from 1, "
                                         "e.g. --jobs 2 (1: no worker processes)")
    return int(text)


def _as_of(text):
    from ..options import as_of

    return as_of(text)
