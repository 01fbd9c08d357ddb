"""Questions per second of one app process under concurrent clients, against two floors in the same run: encode +
search in a tight loop, and a bare Gradio app that only encodes and searches, under the same clients and queue
settings (what serving over HTTP costs before Verbatim does anything). Loopback only; bounded in clients, requests
and time.

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

    from bot.index.embedding import Embedder
    embedder = Embedder.load("all-MiniLM-L6-v2")
    index = faiss.IndexFlatIP(embedder.dimension)
    index.add(embedder.encode(["Restless legs syndrome is a disorder.", "Magnesium is a mineral."] * 4))
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        index.search(embedder.encode([QUESTIONS[count % len(QUESTIONS)]]), 5)
        count += 1
    return count / (time.perf_counter() - started)


def in_process_qps(index_dir: str, threads: int, requests: int) -> tuple[float, float]:
    """Questions per second through `Bot.ask` from `threads` threads at once, and from one thread: the app's engine
    without HTTP (questions asked at once are encoded as one batch)."""
    sys.path.insert(0, str(REPO))
    from bot import Settings
    from bot.answer.engine import Bot

    bot = Bot.open(Settings.from_env(index_dir=index_dir))
    for question in QUESTIONS:
        bot.ask(question)

    def rate(workers: int) -> float:
        count = workers * requests
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda i: bot.ask(QUESTIONS[i % len(QUESTIONS)]), range(count)))
        return count / (time.perf_counter() - started)

    return rate(threads), rate(1)


def serve_floor(port: int) -> None:
    """The Gradio floor: an app whose `/ask` only encodes the question and searches, queued as Verbatim's is."""
    sys.path.insert(0, str(REPO))
    import faiss
    import gradio as gr

    from bot import Settings
    from bot.index.embedding import Embedder
    settings = Settings.from_env()  # the app's queue settings, VERBATIM_CONCURRENCY included
    embedder = Embedder.load(settings.model)
    index = faiss.IndexFlatIP(embedder.dimension)
    index.add(embedder.encode(["Restless legs syndrome is a disorder.", "Magnesium is a mineral."] * 4))

    def ask(question: str) -> dict:
        scores, ids = index.search(embedder.encode([question]), 5)
        return {"ids": ids[0].tolist(), "scores": scores[0].tolist()}

    with gr.Blocks() as demo:
        gr.api(ask, api_name="ask", concurrency_limit=settings.concurrency)
    demo.queue(max_size=settings.queue_size, default_concurrency_limit=settings.concurrency)
    demo.launch(server_name="127.0.0.1", server_port=port)


def load(command: list[str], clients: int, requests: int) -> tuple[float, list[float]]:
    """Start the server `command` (given a free port), wait for it, run the clients; questions/s and latencies."""
    from gradio_client import Client

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(command + ["--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
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
            for i in range(requests):
                started = time.perf_counter()
                c.predict(question=QUESTIONS[(worker + i) % len(QUESTIONS)], api_name="/ask")
                times.append((time.perf_counter() - started) * 1000)
            return times

        client(0)  # warm up
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            latencies = [t for batch in pool.map(client, range(clients), timeout=600) for t in batch]
        return len(latencies) / (time.perf_counter() - started), latencies
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    parser.add_argument("--serve-floor", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_floor:
        serve_floor(args.port)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        qps, latencies = load([sys.executable, str(REPO / "app.py"), "--index", f"{tmp}/index"], args.clients,
                              args.requests)
        gradio_qps, _ = load([sys.executable, __file__, "--serve-floor"], args.clients, args.requests)
        threaded_qps, one_thread_qps = in_process_qps(f"{tmp}/index", args.clients, args.requests)
    floor = floor_qps()
    print(f"{args.clients} clients x {args.requests} requests: {qps:.1f} questions/s, latency p50 "
          f"{statistics.median(latencies):.0f} ms, p95 {sorted(latencies)[int(0.95 * len(latencies)) - 1]:.0f} ms")
    print(f"floor (encode + search, tight loop, one process): {floor:.1f} /s; ratio {qps / floor:.2f}x")
    print(f"Gradio floor (an app whose /ask only encodes and searches, same clients and queue): {gradio_qps:.1f} /s; "
          f"ratio {qps / gradio_qps:.2f}x")
    print(f"in process (Bot.ask, no HTTP): {args.clients} threads {threaded_qps:.1f} /s "
          f"({threaded_qps / floor:.2f}x the floor), one thread {one_thread_qps:.1f} /s ({one_thread_qps / floor:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
