"""The command line end to end with the real bundled model: index, ask and eval, and `python -m bot` as a program."""

import json
import os
import subprocess
import sys

import pytest

from bot import NOTICE
from bot.answer.compose import NOTICES
from bot.cli import main
from tests.support import REPO, read_source


@pytest.mark.slow
def test_cli_index_ask_and_eval(seed_corpus, tmp_path, capsys):
    flags = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "index")]
    assert main(["index", *flags]) == 0
    assert "Indexed 1 file(s)" in capsys.readouterr().out
    assert main(["index", *flags]) == 0
    assert "up to date" in capsys.readouterr().out

    assert main(["ask", "Can magnesium help restless legs?", "--json", *flags]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "answered" and record["notice"] == NOTICE
    content = read_source(seed_corpus, record["quotes"][0]["source"])
    assert all(content[q["start"]:q["end"]] == q["text"] for q in record["quotes"])

    questions = tmp_path / "q.csv"
    questions.write_text('id,question\na,Can magnesium help restless legs?\nb,What is the capital of France?\n'
                         'c,"My child swallowed a bottle of pills"\nd,\n', encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["eval", str(questions), "--out", str(out), *flags]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["status"]) for r in rows] == [("a", "answered"), ("b", "not_found"), ("c", "urgent"),
                                                      ("d", "invalid")]
    assert all(r["notice"] in r["answer"] and r["notice"] in NOTICES for r in rows)
    assert [r["notice"] == NOTICE for r in rows] == [True, True, False, True]  # an urgent answer has its own
    assert "Wrote 4 result(s)" in capsys.readouterr().out
    metrics = json.loads((tmp_path / "r.metrics.json").read_text())
    assert (metrics["notice_ok"], metrics["verbatim_ok"], metrics["questions"]) == (1.0, 1.0, 4)



@pytest.mark.slow
def test_ask_prints_plain_text_in_the_terminal_and_the_exact_quote_with_json(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Magnesium citrate & zinc: take 2 *tablets* at night when the score is > 5 [daily].\n"
    (corpus / "doses_2.txt").write_text(text, encoding="utf-8")
    flags = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    question = "How many tablets of magnesium citrate should I take at night?"
    assert main(["ask", question, *flags]) == 0
    printed = capsys.readouterr().out
    assert f"> {text.strip()}" in printed and "doses_2.txt, line 1" in printed  # as written, not as Markdown
    assert "\\" not in printed and "&amp;" not in printed and "&gt;" not in printed
    assert main(["ask", question, "--json", *flags]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [quote["text"] for quote in record["quotes"]] == [text.strip()]  # the exact text, as in the document
    assert text[record["quotes"][0]["start"]:record["quotes"][0]["end"]] == text.strip()

def test_ask_prints_an_emergency_without_markdown_stars_and_draws_them_on_a_terminal(seed_corpus, tmp_path, capsys):
    # a trial's finding: "**This may be an emergency. ...**" and "*Not medical advice...*" printed as typed
    from bot.cli import terminal_text

    flags = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "index")]
    assert main(["ask", "I have crushing chest pain and my left arm is numb", *flags]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("This may be an emergency. Call your local emergency number now") and "*" not in printed
    marked = "**Call now.** Then:\n\n> take 2 \\*tablets\\* **at night**, A&amp;E\n\n*Not medical advice.*"
    assert terminal_text(marked) == "Call now. Then:\n\n> take 2 *tablets* at night, A&E\n\nNot medical advice."
    assert terminal_text(marked, styled=True) == ("\033[1mCall now.\033[22m Then:\n\n> take 2 *tablets* \033[1mat night"
                                                  "\033[22m, A&E\n\n\033[3mNot medical advice.\033[23m")


@pytest.mark.slow
def test_eval_scores_gold_fields_writes_reports_and_compares_runs(seed_corpus, tmp_path, capsys):
    flags = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "index")]
    questions = tmp_path / "gold.jsonl"
    rows = [
        {"id": "mg", "question": "Can magnesium help restless legs?", "expected": "magnesium supplements can be "
         "highly beneficial", "expected_source": "restless-legs-magnesium.txt", "expected_status": "answered"},
        {"id": "bed", "question": "When should magnesium supplements be taken?", "expected": ["before bed"],
         "expected_status": "answered"},
        {"id": "fr", "question": "What is the capital of <b>France</b>?", "expected_status": "not_found"},
        {"id": "er", "question": "My child swallowed a bottle of pills", "expected_status": "urgent"},
        {"id": "miss", "question": "What is restless legs syndrome?", "expected": "no such words anywhere",
         "expected_status": "not_found"},
    ]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, html, md = tmp_path / "r.jsonl", tmp_path / "report.html", tmp_path / "report.md"
    assert main(["eval", str(questions), "--out", str(out), "--report", str(html), "--report", str(md), *flags]) == 0
    printed = capsys.readouterr().out
    metrics = json.loads((tmp_path / "r.metrics.json").read_text())
    assert metrics["hit@1"] == metrics["hit@3"] == round(2 / 3, 4)
    assert metrics["source_accuracy"] == 1.0 and metrics["status_accuracy"] == 0.8
    assert metrics["confusion"]["not_found"]["answered"] == 1
    assert (metrics["not_found_precision"], metrics["not_found_recall"]) == (1.0, 0.5)
    assert metrics["notice_ok"] == 1.0 and metrics["verbatim_ok"] == 1.0
    assert "status accuracy 80.0%" in printed and "hit@1 66.7%" in printed
    page = html.read_text(encoding="utf-8")
    assert "data:image/png;base64," in page and "Failing questions (1)" in page and "miss" in page
    assert "<b>France</b>" not in page  # question text is escaped
    assert (tmp_path / "report-scores.png").stat().st_size > 1000 and "Failing questions (1)" in md.read_text()

    rows[4]["question"] = "What is the capital of Spain?"  # now comes back not_found: better
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["eval", str(questions), "--out", str(tmp_path / "r2.jsonl"), "--compare", str(out), *flags]) == 0
    assert "1 better, 0 worse" in capsys.readouterr().out
    comparison = json.loads((tmp_path / "r2.metrics.json").read_text())["comparison"]
    assert [e["id"] for e in comparison["better"]] == ["miss"]


def test_cli_bad_input_exits_non_zero_with_a_clear_message(tmp_path, capsys):
    assert main(["ask", "   "]) == 2
    assert "empty" in capsys.readouterr().out
    assert main(["index", "--corpus", str(tmp_path / "missing"), "--index", str(tmp_path / "i")]) == 2
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"question": "ok?"}\n{"oops": 1}\n')
    out = tmp_path / "r.jsonl"
    assert main(["eval", str(bad), "--out", str(out)]) == 2
    assert f"{bad}:2: missing 'question'" in capsys.readouterr().err and not out.exists()


@pytest.mark.slow
def test_python_dash_m_bot_runs_as_a_program(seed_corpus, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "What is restless legs syndrome?", "--json",
                             "--corpus", str(seed_corpus), "--index", str(tmp_path / "i")],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "answered"
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_cli_never_imports_gradio(seed_corpus, tmp_path):
    code = ("import sys; from bot.cli import main; "
            f"code = main(['ask', 'What is RLS?', '--corpus', {str(seed_corpus)!r}, '--index', {str(tmp_path / 'i')!r}]); "
            "print('exit', code, 'gradio' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.stdout.strip().splitlines()[-1] == "exit 0 False", result.stderr[-500:]



def _run_and_list_heavy_imports(args: list[str], cwd, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the CLI with `args` in a fresh process; its last line of output lists the heavy packages it imported."""
    code = ("import sys; from bot.cli import main; code = main(%r); "
            "print('exit', code, sorted({m.split('.')[0] for m in sys.modules} & "
            "{'torch', 'sentence_transformers', 'transformers', 'gradio'}))" % (args,))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})})


@pytest.mark.slow
def test_ask_and_eval_on_a_current_index_never_import_torch(seed_corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("VERBATIM_ENCODER_CACHE")
    flags = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "i")]
    environment = {"VERBATIM_ENCODER_CACHE": ""}  # the default: kept inside the index folder
    assert main(["index", *flags]) == 0  # builds, and keeps the question encoder
    assert any((tmp_path / "i" / "question-encoder").iterdir())
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "Can magnesium help restless legs?", "expected_status": "answered"}\n'
                         '{"question": "What is the capital of France?"}\n', encoding="utf-8")
    for args in (["ask", "Can magnesium help restless legs?", *flags],
                 ["eval", str(questions), "--out", str(tmp_path / "r.jsonl"), *flags]):
        result = _run_and_list_heavy_imports(args, REPO, environment)
        assert result.stdout.strip().splitlines()[-1] == "exit 0 []", (args[0], result.stdout, result.stderr[-800:])
        assert result.stderr.strip() == "", result.stderr
    assert "certain cases of restless leg syndrome" in (tmp_path / "r.jsonl").read_text(encoding="utf-8").lower()
    # A changed corpus is noticed first: the refresh needs the model, and then torch is used.
    (seed_corpus / "more.txt").write_text("Iron deficiency can worsen restless legs.", encoding="utf-8")
    result = _run_and_list_heavy_imports(["ask", "Does iron matter?", *flags], REPO, environment)
    assert "torch" in result.stdout.strip().splitlines()[-1], result.stdout


@pytest.mark.slow
def test_a_damaged_question_encoder_means_torch_and_one_line_on_stderr(seed_corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("VERBATIM_ENCODER_CACHE")
    flags = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "i")]
    assert main(["index", *flags]) == 0
    kept = next((tmp_path / "i" / "question-encoder").iterdir())
    (kept / "model.bin").write_bytes(b"\0" * 1000)
    result = _run_and_list_heavy_imports(["ask", "Can magnesium help restless legs?", *flags], REPO,
                                         {"VERBATIM_ENCODER_CACHE": ""})
    assert result.stdout.strip().splitlines()[-1].startswith("exit 0"), result.stderr
    assert "Certain cases of restless leg syndrome" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "question encoder" in lines[0] and "torch" in lines[0], result.stderr
    # It was saved again, sound: the next ask needs no torch.
    result = _run_and_list_heavy_imports(["ask", "Can magnesium help restless legs?", *flags], REPO,
                                         {"VERBATIM_ENCODER_CACHE": ""})
    assert result.stdout.strip().splitlines()[-1] == "exit 0 []", result.stderr

def test_index_while_another_build_runs_stops_at_once_naming_its_pid(tmp_path, capsys):
    from tests.index.locking import held_elsewhere
    from tests.support import write_files

    corpus = write_files(tmp_path / "corpus", {"a.txt": "Iron is found in spinach."})
    index = tmp_path / "index"
    with held_elsewhere(index) as child:
        assert main(["index", "--corpus", str(corpus), "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert f"Another build of the index in {index} is running (pid {child.pid})" in err
    assert "--index" in err and "disk space" not in err
    assert sorted(p.name for p in index.iterdir()) == [".lock"]  # nothing written, nothing left half-done


SLOW_BUILD = """
import os, sys, time
sys.path[:0] = [{repo!r}]
import bot.index.embedding as embedding

def held_up(encode):
    def held(self, *args, **options):  # a long build: held up until the test lets it go
        open({started!r}, "w").close()
        deadline = time.monotonic() + 120
        while not os.path.exists({release!r}) and time.monotonic() < deadline:
            time.sleep(0.05)
        return encode(self, *args, **options)
    return held

embedding.Embedder.encode_passages = held_up(embedding.Embedder.encode_passages)
embedding.Embedder.encode_spans = held_up(embedding.Embedder.encode_spans)
from bot.cli import main
sys.exit(main(["index", "--corpus", {corpus!r}, "--index", {index!r}]))
"""


@pytest.mark.slow
def test_a_second_index_and_an_ask_during_a_long_rebuild_neither_break_it_nor_wait_for_it(tmp_path, capsys):
    import time

    from bot.index.store import IndexStore
    from tests.support import write_files

    corpus = write_files(tmp_path / "corpus", {"iron.txt": "Iron is found in spinach and lentils."})
    index = tmp_path / "index"
    flags = ["--corpus", str(corpus), "--index", str(index)]
    assert main(["index", *flags]) == 0
    (corpus / "zinc.txt").write_text("Zinc is found in oysters and pumpkin seeds.", encoding="utf-8")
    started, release = tmp_path / "started", tmp_path / "release"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    script = SLOW_BUILD.format(repo=str(REPO), started=str(started), release=str(release), corpus=str(corpus),
                               index=str(index))
    first = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not started.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert started.exists(), first.communicate(timeout=30)
        second = subprocess.run([sys.executable, "-m", "bot", "index", *flags], capture_output=True, text=True,
                                env={**env, "PYTHONPATH": str(REPO)}, cwd=tmp_path, timeout=300)
        assert second.returncode == 2, second.stderr
        assert f"Another build of the index in {index} is running (pid {first.pid})" in second.stderr
        capsys.readouterr()
        assert main(["ask", "Where is iron found?", *flags]) == 0
        asked = capsys.readouterr()
        assert "spinach" in asked.out
        assert f"another process (pid {first.pid}) is rebuilding the index" in asked.err
        assert "corpus changed (zinc.txt)" in asked.err
    finally:
        release.touch()
        out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert "Indexed 2 file(s)" in out
    assert IndexStore.load(index).document("zinc.txt") is not None
    assert not (index / ".partial").exists() and not [p for p in index.iterdir() if p.name.startswith(".tmp-")]


def test_eval_of_a_device_or_a_row_nested_too_deeply_exits_2_naming_the_problem(tmp_path, capsys):
    device = tmp_path / "device.jsonl"
    device.symlink_to("/dev/null")  # as /dev/zero, which would be read until memory runs out
    out = tmp_path / "r.jsonl"
    assert main(["eval", str(device), "--out", str(out)]) == 2
    assert "not a regular file but a character device" in capsys.readouterr().err
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"question": "ok?"}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    assert main(["eval", str(deep), "--out", str(out)]) == 2
    assert f"{deep}:2: invalid JSON (nested too deeply)" in capsys.readouterr().err and not out.exists()


@pytest.mark.slow
def test_output_cut_short_by_its_reader_is_not_reported_as_an_error(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(f"{sys.executable} -m bot eval --emergencies {REPO}/tests/data/emergencies.jsonl --out "
                            f"{tmp_path}/m.json | head -c 10", shell=True, capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120)
    assert result.stdout and result.stderr == ""
