"""Hostile questions through the CLI, the chat handler and the HTTP API alike; files changing under the indexer;
a really full disk."""

import hashlib
import importlib.util
import json
import subprocess
import sys
import urllib.error
import urllib.request
import uuid

import pytest

from bot import NOTICE, Settings
from bot.cli import main
from bot.documents.corpus import load_corpus
from bot.errors import IndexStoreError
from bot.index.store import IndexStore
from bot.web.chat import make_handler
from tests.support import REPO

INVALID = ["", "   \n\t  ", "x" * 100_000, "what\x00is RLS?", "\x1b[31mred\x1b[0m RLS?", "abc\u202edcba RLS?",
           "zero\u200bwidth\u2066isolate", "What is \ud800 RLS?", "\udcff\udcfe legs"]
INJECTION = ["<script>alert(1)</script> what is RLS?", "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))"]


def assert_safe(text: str):
    assert NOTICE in text
    text.encode("utf-8")  # no lone surrogate: it can be printed and written
    for raw in ("<script", "<img", "](javascript", "\x1b[", "\x00", "\u202e"):
        assert raw not in text


@pytest.mark.parametrize("question", INVALID + INJECTION + [None, 42, {"text": None}, ["list"]])
def test_chat_handler_answers_every_hostile_question_with_the_notice(seed_bot, question):
    assert_safe(make_handler(seed_bot)(question))


@pytest.mark.parametrize("question", INVALID)
def test_cli_refuses_invalid_questions_with_exit_2_and_the_notice(question, capsys, tmp_path):
    code = main(["ask", question, "--corpus", str(tmp_path), "--index", str(tmp_path / "i")])
    out = capsys.readouterr().out
    assert code == 2 and "Traceback" not in out
    assert_safe(out)


@pytest.mark.slow
def test_eval_answers_a_question_file_with_text_that_is_not_unicode_and_reports_the_row(seed_settings, tmp_path,
                                                                                      capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "What is RLS?"}\n{"question": "What is \\ud800 RLS?"}\n'
                         '{"question": "My husband is having a heart attack \\udcff"}\n', encoding="utf-8")
    out = tmp_path / "r.jsonl"
    code = main(["eval", str(questions), "--out", str(out), "--corpus", str(seed_settings.corpus_dir),
                 "--index", str(seed_settings.index_dir)])
    assert code == 0, capsys.readouterr().err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in records] == ["answered", "invalid", "urgent"]
    assert "not valid Unicode at position 9" in records[1]["answer"]
    assert records[2]["answer"].startswith("**This may be an emergency.")


@pytest.mark.slow
def test_cli_answers_markup_as_text(seed_settings, capsys):
    for question in INJECTION:
        code = main(["ask", question, "--corpus", str(seed_settings.corpus_dir), "--index",
                     str(seed_settings.index_dir)])
        assert code == 0
        assert_safe(capsys.readouterr().out)


def ask_over_http(url: str, question: str) -> dict:
    """The `/ask` record for `question`, sent as raw JSON: "\\ud800" escapes reach the server as lone surrogates,
    which the Python client cannot send."""
    post = urllib.request.Request(f"{url}/gradio_api/call/ask", data=json.dumps({"data": [question]}).encode(),
                                  headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(post, timeout=60) as response:
        event = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{url}/gradio_api/call/ask/{event}", timeout=60) as response:
        lines = response.read().decode("utf-8").splitlines()
    return json.loads(lines[lines.index("event: complete") + 1].removeprefix("data: "))[0]


@pytest.mark.slow
def test_http_api_answers_every_hostile_question_with_the_notice(start_app):
    from gradio_client import Client

    url = start_app()
    client = Client(url, verbose=False)
    for question in INVALID:
        if len(question) > 10_000:  # refused before it is read (bot/web/guard.py), with a clear message
            with pytest.raises(urllib.error.HTTPError) as refused:
                ask_over_http(url, question)
            assert refused.value.code == 413 and "at most 2000 characters" in refused.value.read().decode()
            continue
        record = ask_over_http(url, question)
        assert record["status"] == "invalid", repr(question[:20])
        assert_safe(record["answer"])
        assert len(record["question"]) <= 2001  # an oversized question is never echoed whole
        record["question"].encode("utf-8")  # nor a lone surrogate
    for question in INJECTION:
        assert_safe(client.predict(question=question, api_name="/ask")["answer"])
        assert_safe(client.predict(message=question, api_name="/chat"))
    urgent = ask_over_http(url, "My husband is having a heart attack \ud800")
    assert urgent["status"] == "urgent" and urgent["answer"].startswith("**This may be an emergency.")


def test_a_file_changed_while_being_read_is_skipped_until_it_settles(tmp_path, monkeypatch):
    import os

    (tmp_path / "steady.txt").write_text("Steady words.", encoding="utf-8")
    moving = tmp_path / "moving.txt"
    moving.write_text("First version.", encoding="utf-8")
    moving_inode, real_fstat, written = moving.stat().st_ino, os.fstat, []

    def stat_while_someone_writes(fd):
        found = real_fstat(fd)
        if found.st_ino == moving_inode and not written:  # the reader has looked at the file, not yet read it
            written.append(moving.write_text("Second, longer version of the file.", encoding="utf-8"))
        return found

    monkeypatch.setattr(os, "fstat", stat_while_someone_writes)
    corpus = load_corpus(tmp_path)
    assert [d.source for d in corpus.documents] == ["steady.txt"]
    assert corpus.skipped[0].source == "moving.txt" and "changed while being read" in corpus.skipped[0].reason
    monkeypatch.undo()
    assert "Second, longer" in {d.source: d for d in load_corpus(tmp_path).documents}["moving.txt"].text


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MB tmpfs, when this machine lets the tests mount one (root in CI)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip() or 'not root'})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_really_full_disk_gives_a_clear_error_and_keeps_the_old_index(embedder, seed_corpus, small_disk):
    from bot.answer.engine import Bot

    settings = Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=small_disk / "index")
    Bot.open(settings, embedder=embedder)
    before = {p.relative_to(small_disk): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in small_disk.rglob("*") if p.is_file()}
    for i in range(30):  # far more text than 3 MB of index can hold (one index takes 1.3 MB)
        (seed_corpus / f"extra-{i}.txt").write_text(" ".join(f"Sentence {i}-{j} about topic {j * i}." for j in range(60)),
                                                    encoding="utf-8")
    with pytest.raises(IndexStoreError, match="No space left on device.*previous index is untouched"):
        Bot.open(settings, embedder=embedder)
    after = {p.relative_to(small_disk): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in small_disk.rglob("*") if p.is_file() and ".partial" not in p.parts}
    assert after == before
    old = IndexStore.load(settings.index_dir)  # the previous index still loads and serves
    assert set(old.manifest.files) == {"restless-legs-magnesium.txt"}


@pytest.mark.slow
def test_under_load_a_hostile_client_never_fails_the_others_or_their_emergency_messages(start_app, monkeypatch):
    spec = importlib.util.spec_from_file_location("hostile_load", REPO / "bench" / "hostile_load.py")
    bench = sys.modules["hostile_load"] = importlib.util.module_from_spec(spec)  # dataclasses look it up there
    spec.loader.exec_module(bench)
    monkeypatch.setenv("VERBATIM_CONCURRENCY", "8")  # questions answered at once share encoding batches
    outcome = bench.hostile_load(start_app(), clients=32, seconds=10, max_requests=400)
    assert outcome.answered >= 50 and outcome.hostile_sent >= 4
    assert outcome.failures == [] and outcome.urgent_missed == []
