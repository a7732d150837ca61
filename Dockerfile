# The Second Chance service image. The engine issue only needs the CLI; the REST service (issue 3) will
# replace the command with the API server.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY second_chance ./second_chance
COPY api ./api
COPY gmail_addon ./gmail_addon
RUN pip install --no-cache-dir . && useradd --create-home app
USER app

ENTRYPOINT ["second-chance"]
CMD ["--help"]
