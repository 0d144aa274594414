"""What users say about answers: thumbs up or down, wrong sources, and redacted question logs."""
