"""The published site: the pages and their URLs (site), the mkdocs adapter (the only module importing
mkdocs), its hooks and the theme."""
