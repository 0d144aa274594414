"""Streamlit pages beyond the chat; each module exposes one render function."""
