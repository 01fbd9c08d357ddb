"""Every format end to end with the real model: found, quoted verbatim, cited at the right page or heading;
bad files skipped; the index follows the folder as files are added, changed and deleted."""

import os
import signal
import subprocess
import sys
import time

import pytest

from bot.index.store import IndexStore
from tests.support import REPO, SEED, SEED_FILES, open_bot, read_source, write_files
from tests.support.documents import HOSTILE_HTML, docx_bytes, pdf_bytes, rich_docx_bytes

IRON = "Iron tablets should be taken on an empty stomach with a glass of orange juice."
SUN = "Twenty minutes of midday sunlight lets the skin make its own vitamin D."
ZINC = "Zinc lozenges may shorten the common cold by about one day."
STORAGE = "Store the tablets below 25 degrees in a dry place."  # a footnote of rich_docx_bytes()
NAPS = "Short naps of twenty minutes improve alertness in the afternoon."
VITAMIN_D_HTML = HOSTILE_HTML.replace("<h2>Sleep</h2>", f"<h2>Sunlight</h2><p>{SUN}</p><h2>Sleep</h2>")


def mixed_files() -> dict[str, str | bytes]:
    """The seed article and a file of every format, with a damaged PDF, a binary file and a copy to be skipped."""
    return {
        SEED.name: SEED.read_bytes(),
        "leaflet.pdf": pdf_bytes(["Minerals leaflet\nCalcium builds strong bones and teeth.", f"Iron\n{IRON}"],
                                 outline={0: (0, "Minerals leaflet"), 1: (1, "Iron")}),
        "guide.html": VITAMIN_D_HTML,
        "care.docx": docx_bytes([("Title", "Winter care"), ("Heading 1", "Zinc"), ("Heading 2", "Colds"),
                                 ("Normal", ZINC)]),
        "rich.docx": rich_docx_bytes(),
        "notes.md": f"# Sleep\n\nGood sleep matters.\n\n## Naps\n\n{NAPS}\n",
        "broken.pdf": b"%PDF-1.4 truncated",
        "photo.txt": bytes(range(256)),
        "zz-copy.txt": SEED.read_bytes(),
    }


@pytest.fixture(scope="module")
def mixed_bot(embedder, tmp_path_factory):
    return open_bot(tmp_path_factory.mktemp("mixed"), mixed_files(), embedder)


def assert_quotes_verbatim(bot, answer):
    for quote in answer.quotes:
        assert bot.document(quote.source).text[quote.start:quote.end] == quote.text
        if quote.source.endswith((".txt", ".md")):
            assert read_source(bot.settings.corpus_dir, quote.source)[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("question, sentence, source, place", [
    ("When should iron tablets be taken?", IRON, "leaflet.pdf",
     {"page_start": 2, "line_start": None, "heading": "Minerals leaflet > Iron"}),
    ("How does the skin make vitamin D?", SUN, "guide.html", {"heading": "Magnesium > Sunlight", "page_start": None}),
    ("Can zinc lozenges shorten a cold?", ZINC, "care.docx", {"heading": "Winter care > Zinc > Colds"}),
    ("How should the tablets be stored?", STORAGE, "rich.docx", {"heading": "Leaflet > Footnotes"}),
    ("Do short naps improve alertness?", NAPS, "notes.md", {"heading": "Sleep > Naps", "line_start": 7}),
])
def test_each_format_is_found_quoted_verbatim_and_cited(mixed_bot, question, sentence, source, place):
    answer = mixed_bot.ask(question)
    assert answer.status == "answered"
    assert_quotes_verbatim(mixed_bot, answer)
    quote = next(q for q in answer.quotes if sentence in q.text)
    assert quote.source == source
    assert {key: getattr(quote, key) for key in place} == place
    assert source in answer.answer


def test_citations_read_naturally_in_the_answer(mixed_bot):
    assert "leaflet.pdf, page 2, Minerals leaflet > Iron" in mixed_bot.ask("When should iron tablets be taken?").answer
    assert "notes.md, Sleep > Naps, line 7" in mixed_bot.ask("Do short naps improve alertness?").answer


def test_bad_and_duplicate_files_are_skipped_and_reported(mixed_bot):
    skipped = {s.source: s.reason for s in mixed_bot.build_report.skipped}
    assert set(skipped) == {"broken.pdf", "photo.txt", "zz-copy.txt"}
    assert "damaged PDF" in skipped["broken.pdf"] and "binary" in skipped["photo.txt"]
    assert {d.source for d in mixed_bot.store.documents} == {SEED.name, "leaflet.pdf", "guide.html", "care.docx",
                                                              "rich.docx", "notes.md"}


def test_hidden_html_is_never_quoted(mixed_bot):
    html = mixed_bot.document("guide.html").text
    for hidden in ("script text", "Invisible div", "Hidden navigation", "Template text"):
        assert hidden not in html
    assert "Invisible" not in mixed_bot.ask("What does the invisible div say?").answer


def test_identical_passages_are_quoted_once(make_bot):
    shared = "Magnesium citrate is absorbed better than magnesium oxide."
    bot = make_bot({"a.md": f"# A\n\nFirst leaflet.\n\n{shared}\n",
                    "b.txt": f"Second leaflet, other words.\n{shared}\n"})
    texts = [q.text for q in bot.ask("Which magnesium form is absorbed better?").quotes]
    assert texts.count(shared) == 1


@pytest.mark.slow
def test_refresh_reads_and_embeds_only_what_changed_and_forgets_deleted_files(make_bot):
    bot = make_bot(mixed_files())
    corpus = bot.settings.corpus_dir
    assert bot.refresh().rebuilt is False
    extra = "Vitamin B12 is found in eggs, milk and fish."
    (corpus / "b12.docx").write_bytes(docx_bytes([("Heading 1", "B12"), ("Normal", extra)]))
    report = bot.refresh()
    # its heading and sentence, each as a chunk's text, a sentence and pooled in its chunk (`vectors="contextual"`)
    assert report.rebuilt and 0 < report.embedded <= 6 and report.reused > 50
    assert any(extra in q.text for q in bot.ask("Where is vitamin B12 found?").quotes)
    (corpus / "b12.docx").write_bytes(docx_bytes([("Heading 1", "B12"), ("Normal", extra.replace("fish", "clams"))]))
    report = bot.refresh()
    assert 0 < report.embedded <= 6
    assert any("clams" in q.text for q in bot.ask("Where is vitamin B12 found?").quotes)
    (corpus / "b12.docx").unlink()
    bot.refresh()
    assert all(c.source != "b12.docx" for c in bot.store.chunks)
    assert all(q.source != "b12.docx" for q in bot.ask("Where is vitamin B12 found?").quotes)


def test_refresh_starts_from_the_index_it_holds_unless_another_process_replaced_it(make_bot, embedder, monkeypatch):
    from bot.index.refresh import open_index

    bot = make_bot(SEED_FILES)
    corpus, settings = bot.settings.corpus_dir, bot.settings
    loads, load = [], IndexStore.load
    monkeypatch.setattr(IndexStore, "load", staticmethod(lambda index_dir: loads.append(index_dir) or load(index_dir)))
    (corpus / "zinc.txt").write_text("Zinc lozenges may shorten a common cold.\n", encoding="utf-8")
    report = bot.refresh()
    assert report.rebuilt and report.reused > 0 and loads == []  # no second copy of the index it serves
    (corpus / "iron.txt").write_text("Iron is found in lentils and spinach.\n", encoding="utf-8")
    open_index(settings, embedder)  # as `python -m bot index` in another process would
    assert len(loads) == 1
    report = bot.refresh()
    assert not report.rebuilt and len(loads) == 2 and "iron.txt" in bot.store.manifest.files


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


def indexed_sources(index_dir):
    try:
        return set(IndexStore.load(index_dir).manifest.files)
    except Exception:  # noqa: BLE001 - not built yet, or being swapped
        return set()


@pytest.mark.slow
def test_index_watch_follows_added_and_deleted_files(tmp_path):
    corpus, index = write_files(tmp_path / "corpus", SEED_FILES), tmp_path / "index"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    watcher = subprocess.Popen([sys.executable, "-m", "bot", "index", "--watch", "--interval", "0.3", "--corpus",
                                str(corpus), "--index", str(index)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: indexed_sources(index) == {SEED.name}, 120, "the first build")
        (corpus / "new.pdf").write_bytes(pdf_bytes(["Selenium is found in Brazil nuts."]))
        wait_for(lambda: "new.pdf" in indexed_sources(index), 60, "the added file")
        (corpus / "bad.txt").write_bytes(b"\xff\xfe")
        (corpus / "new.pdf").unlink()
        wait_for(lambda: indexed_sources(index) == {SEED.name}, 60, "the deleted file to go")
    finally:
        watcher.send_signal(signal.SIGTERM)
        out, err = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, err
    assert "Stopped watching" in out and "Traceback" not in err
    assert "skipped bad.txt: not valid UTF-8" in err


@pytest.mark.slow
def test_eval_checks_quotes_of_every_format_verbatim(tmp_path, capsys):
    import json

    from bot.cli import main

    corpus = write_files(tmp_path / "corpus", mixed_files())
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps({"question": q, "expected": [e]}) + "\n" for q, e in [
        ("When should iron tablets be taken?", "empty stomach"), ("How does the skin make vitamin D?", "sunlight"),
        ("Can zinc lozenges shorten a cold?", "Zinc lozenges"), ("Do short naps improve alertness?", "naps")]),
        encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["eval", str(questions), "--out", str(out), "--corpus", str(corpus), "--index",
                 str(tmp_path / "index")]) == 0
    metrics = json.loads((tmp_path / "r.metrics.json").read_text(encoding="utf-8"))
    assert metrics["verbatim_ok"] == 1.0 and metrics["quotes_checked"] >= 4 and metrics["hit@1"] == 1.0
