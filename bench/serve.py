"""Questions per second of the chat's `/ask` answered on N Ray Serve replicas (`app.py --cluster local --replicas
N`) against one plain app process, under bench/load.py's load (concurrent clients, each asking its questions one
after another, over loopback). Each round runs the plain process, then each replica count, every server a fresh
process on the same index (Ray's start and the replicas' model loads happen before the clock starts); each ratio is
to the plain process of the same round. Bounded in rounds, clients, requests and time.

    .venv/bin/python bench/serve.py [--replicas 1 2] [--rounds 2] [--clients 8] [--requests 20]
    .venv/bin/python bench/serve.py --hop [--requests 100]   # what the hop to a replica costs a question

`--hop` asks the same questions one at a time of the driver's own Bot and of one replica (`ServedBot.reply`), in
this process, alternating, without HTTP: the median milliseconds of each, and their difference, is the cost of
sending a question to a replica and its answer back.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from load import load  # noqa: E402  bench/load.py: start a server, wait for it, run the clients


DRIVER, REPLICA = "the driver's Bot", "one replica"


def p95(latencies: list[float]) -> float:
    return sorted(latencies)[max(0, int(0.95 * len(latencies)) - 1)]


def hop(requests: int) -> None:
    """Median ms per question of the driver's Bot and of one replica, asked in turns, one at a time."""
    sys.path.insert(0, str(REPO))
    from load import QUESTIONS

    from bot import Settings
    from bot.answer.engine import Bot
    from bot.cluster.serving import Replicas, ServedBot, replicas_on

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env(index_dir=f"{tmp}/index")
        local = Bot.open(settings)
        with replicas_on("local", settings, Replicas(1, 1), app_name="verbatim-bench") as handle:
            served = ServedBot(local, handle, Replicas(1, 1))
            times: dict[str, list[float]] = {DRIVER: [], REPLICA: []}
            for i in range(requests + len(QUESTIONS)):
                for name, bot in ((DRIVER, local), (REPLICA, served)):
                    started = time.perf_counter()
                    bot.reply(QUESTIONS[i % len(QUESTIONS)])
                    if i >= len(QUESTIONS):  # the first round warms both up
                        times[name].append((time.perf_counter() - started) * 1000)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name}: median {value:.1f} ms a question ({requests} questions, one at a time)")
    print(f"the hop: {medians[REPLICA] - medians[DRIVER]:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    parser.add_argument("--hop", action="store_true", help="measure the hop to a replica instead")
    args = parser.parse_args()
    if args.hop:
        hop(args.requests)
        return 0
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
