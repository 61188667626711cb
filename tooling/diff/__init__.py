"""The diff engine (diffing) and its renderers (redline)."""
