"""Benchmark: `second-chance analyze` on a generated mbox against the standard library merely parsing it.

    make bench                      # 20,000 and 40,000 messages, 3 runs each, median reported
    .venv/bin/python -m bench.analyze_mbox --sizes 5000 --runs 1

Each measurement runs in a fresh child process so peak memory (max RSS) belongs to that run alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.inbox import write_mbox

OUT = Path(__file__).resolve().parent / "out"

BASELINE = """
import mailbox, sys
count = sum(1 for _ in mailbox.mbox(sys.argv[1], create=False))
print(count)
"""


def _run(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process (wait4 gives that child's own usage)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{argv[0]} failed with exit code {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def _measure(argv: list[str], runs: int) -> dict[str, float]:
    results = [_run(argv) for _ in range(runs)]
    return {
        "seconds": statistics.median(r[0] for r in results),
        "peak_rss_mib": max(r[1] for r in results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 40_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--job-share", type=float, default=0.08, help="share of job mail in the inbox")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cli = str(Path(sys.executable).with_name("second-chance"))
    rows = []
    for size in args.sizes:
        path = OUT / f"inbox-{size}-{args.job_share:g}.mbox"
        if not path.exists():
            write_mbox(path, size, job_share=args.job_share)
        megabytes = path.stat().st_size / 1024 / 1024
        # The standard library first: it also warms the page cache for both.
        base = _measure([sys.executable, "-c", BASELINE, str(path)], args.runs)
        ours = _measure([cli, "analyze", str(path)], args.runs)
        rows.append(
            {
                "messages": size,
                "job_share": args.job_share,
                "mbox_mib": round(megabytes, 1),
                "stdlib_parse_s": round(base["seconds"], 2),
                "analyze_s": round(ours["seconds"], 2),
                "analyze_msgs_per_s": round(size / ours["seconds"]),
                "ratio": round(ours["seconds"] / base["seconds"], 2),
                "stdlib_peak_rss_mib": round(base["peak_rss_mib"], 1),
                "analyze_peak_rss_mib": round(ours["peak_rss_mib"], 1),
            }
        )
    (OUT / "analyze_mbox.json").write_text(json.dumps(rows, indent=2) + "\n")
    columns = ["messages", "job mail", "mbox MiB", "stdlib parse s", "analyze s", "analyze msg/s", "ratio"]
    print("| " + " | ".join([*columns, "peak MiB stdlib / analyze"]) + " |")
    print("|" + "---|" * 8)
    for r in rows:
        print(
            f"| {r['messages']:,} | {r['job_share']:.0%} | {r['mbox_mib']} | {r['stdlib_parse_s']} | "
            f"{r['analyze_s']} | "
            f"{r['analyze_msgs_per_s']:,} | {r['ratio']}x | {r['stdlib_peak_rss_mib']} / {r['analyze_peak_rss_mib']} |"
        )
    print(f"(median of {args.runs} runs; {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
