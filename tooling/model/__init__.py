"""The model: numbering, the section tree, facts, release records and the release model, the URL scheme.

Pure: it imports nothing of ours but the foundation (errors, findings, project, source).
"""
