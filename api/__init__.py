"""The REST API (FastAPI): a thin HTTP layer over the service in ``second_chance``."""
