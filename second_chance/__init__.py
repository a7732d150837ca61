"""Second Chance: find job-rejection emails and draft a gracious reply in the same thread."""

__version__ = "0.1.0"
