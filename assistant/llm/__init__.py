"""Clients for language-model servers; their libraries stay inside this package."""
