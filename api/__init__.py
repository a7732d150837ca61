"""The REST API (FastAPI): a thin HTTP layer over the engine. Built in the Gmail/REST issue."""
