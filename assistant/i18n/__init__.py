"""Languages: user-facing strings and answer-language detection."""
