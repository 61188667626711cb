"""What the termbase (termbase.py) and its matching (terms_match.py) share."""

from ..errors import PolicyError

TERMS_NAME = "terms.toml"


class TermbaseError(PolicyError):
    code = "T010"
