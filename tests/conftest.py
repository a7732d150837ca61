"""Fixtures shared across test modules."""

from tests.gmail_env import gmail

__all__ = ["gmail"]
