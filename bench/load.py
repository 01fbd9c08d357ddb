"""Questions per second of one app process under concurrent clients, against the floor of encode + search in a
tight loop, in the same run. Loopback only; bounded in clients, requests and time.

    python bench/load.py [--clients 8] [--requests 20]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ["Can magnesium help restless legs?", "What is restless legs syndrome?", "What is the capital of France?",
             "When should magnesium supplements be taken?", "Why does magnesium relax muscles?"]


def floor_qps(seconds: float = 10.0) -> float:
    sys.path.insert(0, str(REPO))
    import faiss

    from bot.embedding import Embedder
    embedder = Embedder.load("all-MiniLM-L6-v2")
    index = faiss.IndexFlatIP(embedder.dimension)
    index.add(embedder.encode(["Restless legs syndrome is a disorder.", "Magnesium is a mineral."] * 4))
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        index.search(embedder.encode([QUESTIONS[count % len(QUESTIONS)]]), 5)
        count += 1
    return count / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    args = parser.parse_args()
    from gradio_client import Client

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([sys.executable, str(REPO / "app.py"), "--index", f"{tmp}/index", "--port",
                                   str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(240):
                try:
                    urllib.request.urlopen(url, timeout=2)
                    break
                except OSError:
                    time.sleep(0.5)

            def client(worker: int) -> list[float]:
                c = Client(url, verbose=False)
                times = []
                for i in range(args.requests):
                    started = time.perf_counter()
                    c.predict(question=QUESTIONS[(worker + i) % len(QUESTIONS)], api_name="/ask")
                    times.append((time.perf_counter() - started) * 1000)
                return times

            client(0)  # warm up
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                latencies = [t for batch in pool.map(client, range(args.clients), timeout=600) for t in batch]
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    floor = floor_qps()
    qps = len(latencies) / elapsed
    print(f"{args.clients} clients x {args.requests} requests: {qps:.1f} questions/s, latency p50 "
          f"{statistics.median(latencies):.0f} ms, p95 {sorted(latencies)[int(0.95 * len(latencies)) - 1]:.0f} ms")
    print(f"floor (encode + search, tight loop, one process): {floor:.1f} /s; ratio {qps / floor:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
