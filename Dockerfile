# The Second Chance service: the REST API on port 8000. Configure it with SECOND_CHANCE_* variables
# (README, "Configuration"); mount a volume at /data to keep the SQLite database, or point
# SECOND_CHANCE_DATABASE_URL elsewhere.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 SECOND_CHANCE_DATABASE_URL=sqlite:////data/second-chance.sqlite3
WORKDIR /app
COPY pyproject.toml README.md ./
COPY second_chance ./second_chance
COPY api ./api
COPY gmail_addon ./gmail_addon
RUN pip install --no-cache-dir . && useradd --create-home app && mkdir /data && chown app /data
USER app
VOLUME /data
EXPOSE 8000

ENTRYPOINT ["second-chance"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
