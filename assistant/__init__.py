"""The BPS plan assistant: cited answers over the district improvement plans."""
__version__ = "0.1.0"
