"""Change notices (``notices``: one ``Notice`` per release) and the exporters that turn them into
bytes: the JSON feed for the platform, Atom feeds, CSV for operations teams, and ready-to-send emails.

Each exporter is deterministic: the same notices and options give the same bytes (dates come
from the release records and the ``as_of`` date, never from the clock).
"""
