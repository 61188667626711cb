"""Options several commands share, parsed in one place."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from datetime import date


def as_of(text: str | None) -> date:
    """``--as-of YYYY-MM-DD`` (default: today). A bad date is a usage error (E200) in every command."""
    from datetime import date

    from ..errors import UsageError
    from ..model.releases import ReleaseError, parse_date

    if text is None:
        return date.today()
    try:
        return parse_date(text, "--as-of")
    except ReleaseError as exc:
        raise UsageError(exc.message) from None
