"""Evaluation: question sets, the runner over `Assistant.ask`, metrics and reports."""
