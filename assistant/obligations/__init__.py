"""Obligations: who must do what, by when, extracted from the indexed documents.

Nothing is imported here: `import assistant.obligations` stays free of DuckDB and regexes.
"""
