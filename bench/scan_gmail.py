"""Benchmark: `GET /v1/rejections` on an emulated Gmail of 5,000 messages (200 rejections) at 100 ms per
Gmail round trip, through the real REST API and google-api-python-client over HTTP.

    .venv/bin/python -m bench.scan_gmail                 # 5,000 messages, 100 ms latency
    .venv/bin/python -m bench.scan_gmail --faults 0.2    # the same with a fifth of Gmail's answers failing

Reports wall time, HTTP round trips and quota units against the minimum: a search that returned exactly the
rejections (one list page, one batch per 50 of them, the token check).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

import httpx

from api.main import create_app
from bench.inbox import messages
from second_chance.emulator import FaultPlan, GmailEmulator, serve_in_background
from second_chance.settings import REQUIRED_SCOPES, Settings

OWNER = "robin.hale@gmail.com"
TOKEN = "bench-token"
CLIENT = "bench.apps.googleusercontent.com"
LABELS = {
    "rejection": ("INBOX", "CATEGORY_UPDATES"),
    "job": ("INBOX", "CATEGORY_UPDATES"),
    "newsletter": ("INBOX", "CATEGORY_PROMOTIONS"),
    "receipt": ("INBOX", "CATEGORY_UPDATES"),
    "personal": ("INBOX", "CATEGORY_PERSONAL"),
}
OUT = Path(__file__).resolve().parent / "out"


def seed(emulator: GmailEmulator, count: int, job_share: float, now: datetime) -> int:
    rejections = 0
    for index, message in enumerate(messages(count, seed=11, job_share=job_share)):
        kind = str(message["X-Bench-Kind"])
        rejections += kind == "rejection"
        when = now - timedelta(minutes=30 * (count - index))  # the last ~100 days
        emulator.add_message(OWNER, message.as_bytes(), labels=LABELS[kind], internal_date=when)
    return rejections


def _gmail_process(conn: Connection, count: int, now: datetime) -> None:
    """The emulated Gmail in a process of its own, as the real one is: its work does not share our GIL."""
    emulator = GmailEmulator(now=lambda: now)
    emulator.add_user(email=OWNER, token=TOKEN, sub="bench", client_id=CLIENT, scopes=REQUIRED_SCOPES)
    rejections = seed(emulator, count, job_share=0.1185, now=now)  # 200 rejections, as the issue asks
    url, stop = serve_in_background(emulator.app)
    conn.send((url, rejections))
    while True:
        command, argument = conn.recv()
        if command == "configure":
            latency, faults = argument
            emulator.latency = latency
            emulator.faults = FaultPlan(rate=faults, seed=3, retry_after=0)
            emulator.reset_stats()
            conn.send(None)
        elif command == "stats":
            conn.send(asdict(emulator.stats))
        else:
            stop()
            conn.send(None)
            return


def run(count: int, latency: float, faults: float) -> dict[str, object]:
    now = datetime.now(UTC)
    ours, theirs = multiprocessing.Pipe()
    gmail = multiprocessing.get_context("spawn").Process(target=_gmail_process, args=(theirs, count, now))
    gmail.start()
    gmail_url, rejections = ours.recv()
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings(
                gmail_api_url=gmail_url,
                tokeninfo_url=gmail_url + "tokeninfo",
                oauth_client_ids=(CLIENT,),
                database_url=f"sqlite:///{folder}/bench.sqlite3",
            )
            api_url, stop_api = serve_in_background(create_app(settings))
            try:
                ours.send(("configure", (latency, faults)))
                ours.recv()
                started = time.perf_counter()
                response = httpx.get(
                    api_url + "v1/rejections?days=120", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600
                )
                wall = time.perf_counter() - started
                response.raise_for_status()
                body = response.json()
            finally:
                stop_api()
        ours.send(("stats", None))
        stats = ours.recv()
    finally:
        ours.send(("stop", None))
        ours.recv()
        gmail.join()
    minimum_trips = 1 + 1 + math.ceil(rejections / 50)  # token check, one list page, the batches
    return {
        "messages": count,
        "rejections_in_inbox": rejections,
        "found": len(body["items"]),
        "candidates_fetched": body["scanned"],
        "latency_ms": round(latency * 1000),
        "fault_rate": faults,
        "wall_s": round(wall, 2),
        "minimum_wall_s": round(minimum_trips * latency, 2),
        "round_trips": stats["http_round_trips"],
        "minimum_round_trips": minimum_trips,
        "batch_round_trips": stats["batch_round_trips"],
        "quota_units": sum(stats["units"].values()),
        "minimum_quota_units": 5 + 5 * rejections,
        "faults_injected": stats["faults_injected"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--faults", type=float, default=0.0)
    args = parser.parse_args()
    result = run(args.messages, args.latency, args.faults)
    OUT.mkdir(exist_ok=True)
    (OUT / f"scan_gmail-{args.faults:g}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
