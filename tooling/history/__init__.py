"""The history: release records on disk, the git store (the only module importing git), publishing a
release, the changelog."""
