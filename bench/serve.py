"""Questions per second of the chat's `/ask` answered on N Ray Serve replicas (`app.py --cluster local --replicas
N`) against one plain app process, under bench/load.py's load (concurrent clients, each asking its questions one
after another, over loopback). Each round runs the plain process, then each replica count, every server a fresh
process on the same index (Ray's start and the replicas' model loads happen before the clock starts); each ratio is
to the plain process of the same round. Bounded in rounds, clients, requests and time.

    .venv/bin/python bench/serve.py [--replicas 1 2] [--rounds 2] [--clients 8] [--requests 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from load import load  # noqa: E402  bench/load.py: start a server, wait for it, run the clients


def p95(latencies: list[float]) -> float:
    return sorted(latencies)[max(0, int(0.95 * len(latencies)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, str(REPO / "app.py"), "--index", f"{tmp}/index"]
        for number in range(1, args.rounds + 1):
            plain, latencies = load(app, args.clients, args.requests)
            rows.append((number, "one app process", plain, 1.0, latencies))
            print(rows[-1][:4], flush=True)
            for count in args.replicas:
                qps, latencies = load(app + ["--cluster", "local", "--replicas", str(count)], args.clients,
                                      args.requests)
                rows.append((number, f"{count} replica(s)", qps, qps / plain, latencies))
                print(rows[-1][:4], flush=True)
    print(f"\n{args.clients} clients x {args.requests} requests each, /ask over loopback\n")
    print("| round | server | questions/s | ratio to one app process | p50 ms | p95 ms |\n|---|---|---|---|---|---|")
    for number, server, qps, ratio, latencies in rows:
        print(f"| {number} | {server} | {qps:.1f} | {ratio:.2f}x | {statistics.median(latencies):.0f} | "
              f"{p95(latencies):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
