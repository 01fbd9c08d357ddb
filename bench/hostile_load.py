"""A shared server under load with one hostile client among the others: do the others' answers all come back, does
every urgent question get its emergency message, and does the server's memory level off? Loopback only; bounded in
clients, requests and time.

    python bench/hostile_load.py [--clients 32] [--seconds 60] [--corpus corpus] [--url http://127.0.0.1:PORT]

Without --url it starts `app.py` on a free loopback port over a temporary index of --corpus. Each good client asks
ordinary questions and urgent ones in turn; the hostile client sends text that is not valid Unicode (lone
surrogates, as raw JSON escapes), control characters, oversized questions and oversized request bodies, as fast as
it can. Questions go as raw HTTP (Gradio's `/gradio_api/call/ask`), since the Python client cannot send a lone
surrogate.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ORDINARY = ["Can magnesium help restless legs?", "What is restless legs syndrome?", "What is the capital of France?",
            "When should magnesium supplements be taken?"]
URGENT = ["My husband is having a heart attack", "I want to kill myself", "I can't breathe",
          "My child swallowed a bottle of pills"]
EMERGENCY_START = "**This may be an emergency."
HOSTILE = ["What is \ud800 magnesium?", "\udcff\udcfe legs", "chest pain \ud83d", "what\x00is RLS?",
           "x" * 100_000, "\u202edcba RLS?"]
HOSTILE_BODY_BYTES = 5_000_000  # an oversized request body, refused before it is parsed (or answered invalid)


@dataclass
class Outcome:
    """What the clients saw: answers to the good clients, their failures (an error, or an ordinary question answered
    `invalid`), urgent answers without the emergency message first, hostile requests sent, and the server's resident
    memory sampled during the run (MB, when the server's pid is known)."""

    answered: int = 0
    failures: list[str] = field(default_factory=list)
    urgent_missed: list[str] = field(default_factory=list)
    hostile_sent: int = 0
    memory_mb: list[float] = field(default_factory=list)


def ask(url: str, question: str, timeout: float = 120) -> dict:
    """The `/ask` record for `question`, sent as raw JSON (json.dumps escapes lone surrogates as "\\ud800")."""
    return _ask_body(url, json.dumps({"data": [question]}).encode(), timeout)


def _ask_body(url: str, body: bytes, timeout: float) -> dict:
    post = urllib.request.Request(f"{url}/gradio_api/call/ask", data=body,
                                  headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(post, timeout=timeout) as response:
        event = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{url}/gradio_api/call/ask/{event}", timeout=timeout) as response:
        lines = response.read().decode("utf-8").splitlines()
    for i, line in enumerate(lines):
        if line == "event: complete":
            return json.loads(lines[i + 1].removeprefix("data: "))[0]
    raise RuntimeError(f"no answer: {' | '.join(lines)[:200]}")


def hostile_load(url: str, clients: int, seconds: float, max_requests: int = 10_000, pid: int | None = None,
                 hostile_connections: int = 4) -> Outcome:
    """Run `clients - 1` good clients and one hostile client (on `hostile_connections` connections at once, so that
    its questions share batches with the others') against `url` for `seconds` (at most `max_requests` good
    questions in all)."""
    outcome, lock, stop = Outcome(), threading.Lock(), threading.Event()
    deadline = time.monotonic() + seconds

    def good(worker: int) -> None:
        i = worker
        while time.monotonic() < deadline and not stop.is_set():
            with lock:
                if outcome.answered + len(outcome.failures) >= max_requests:
                    return
            question = (URGENT if i % 2 else ORDINARY)[(i // 2) % 4]
            i += 1
            try:
                record = ask(url, question)
            except Exception as err:  # noqa: BLE001  every failure is counted, none stops the run
                with lock:
                    outcome.failures.append(f"{question}: {type(err).__name__}: {err}"[:200])
                continue
            with lock:
                if question in URGENT and not (record.get("status") == "urgent"
                                               and record.get("answer", "").startswith(EMERGENCY_START)):
                    outcome.urgent_missed.append(f"{question}: {record.get('status')}")
                elif question in ORDINARY and record.get("status") not in ("answered", "not_found"):
                    outcome.failures.append(f"{question}: {record.get('status')}: {record.get('answer', '')[:80]}")
                else:
                    outcome.answered += 1

    def hostile(connection: int) -> None:
        i = connection
        while time.monotonic() < deadline and not stop.is_set():
            try:
                if i % (len(HOSTILE) + 1) == len(HOSTILE):
                    _ask_body(url, b'{"data": ["' + b"x" * HOSTILE_BODY_BYTES + b'"]}', timeout=30)
                else:
                    ask(url, HOSTILE[i % len(HOSTILE)], timeout=30)
            except (urllib.error.URLError, OSError, RuntimeError, ValueError):
                pass  # refusing the hostile client is fine; only the others must not suffer
            i += 1
            with lock:
                outcome.hostile_sent += 1

    def sample() -> None:
        while pid and not stop.wait(1.0):
            outcome.memory_mb.append(_rss_mb(pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        with ThreadPoolExecutor(max_workers=clients - 1 + hostile_connections) as pool:
            futures = [pool.submit(good, w) for w in range(clients - 1)]
            futures += [pool.submit(hostile, c) for c in range(hostile_connections)]
            for future in futures:
                future.result(timeout=seconds + 300)
    finally:
        stop.set()
        sampler.join(5)
    return outcome


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_app(corpus: Path, index: Path) -> tuple[subprocess.Popen, str]:
    """`app.py` on a free loopback port over `corpus`; the process and its URL, once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, str(REPO / "app.py"), "--corpus", str(corpus), "--index", str(index),
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    url = f"http://127.0.0.1:{port}"
    for _ in range(480):
        try:
            urllib.request.urlopen(url, timeout=2)
            return process, url
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the app did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--url", help="a running server (memory is then not sampled)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        process, url = (None, args.url) if args.url else start_app(args.corpus, Path(tmp) / "index")
        try:
            outcome = hostile_load(url, args.clients, args.seconds, pid=process.pid if process else None)
        finally:
            if process:
                process.terminate()
                process.wait(timeout=30)
    print(f"{args.clients - 1} good clients and 1 hostile client for {args.seconds:.0f} s: {outcome.answered} answers, "
          f"{len(outcome.failures)} failed, {len(outcome.urgent_missed)} urgent answers without the emergency "
          f"message; {outcome.hostile_sent} hostile requests")
    for line in (outcome.failures + outcome.urgent_missed)[:10]:
        print(f"  {line}")
    if outcome.memory_mb:
        quarters = [outcome.memory_mb[min(len(outcome.memory_mb) - 1, len(outcome.memory_mb) * q // 4)]
                    for q in range(1, 5)]
        print("server memory at each quarter of the run: " + ", ".join(f"{mb:.0f} MB" for mb in quarters))
    return 1 if outcome.failures or outcome.urgent_missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
