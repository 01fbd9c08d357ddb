"""app.py as a user runs it: refusing unsafe sharing, and a real server on loopback with a login."""

import json
import sys
import time
import urllib.request

import pytest

from bot import NOTICE, BotError
from bot.web.chat import read_auth
from tests.support import REPO, read_source, status_of


def test_auth_pairs_come_from_flags_and_a_file(tmp_path):
    logins = tmp_path / "logins"
    logins.write_text("# team\nbob:pw:with:colons\n\ncarol:x\n")
    assert read_auth(["alice:s3cret"], str(logins)) == [("alice", "s3cret"), ("bob", "pw:with:colons"),
                                                        ("carol", "x")]
    for bad in ["nocolon", ":pw", "user:"]:
        with pytest.raises(BotError, match="user:password"):
            read_auth([bad], None)
    with pytest.raises(BotError, match="Cannot read the auth file"):
        read_auth([], str(tmp_path / "missing"))


def test_share_without_a_login_refuses_to_start(capsys):
    sys.path.insert(0, str(REPO))
    import app
    assert app.main(["--share"]) == 2
    assert "Refusing to open a public share link" in capsys.readouterr().err


@pytest.fixture
def server(start_app):
    return start_app("--auth", "alice:s3cret")


def headers_of(url: str, **headers) -> dict:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
        return {k.lower(): v for k, v in response.headers.items()}


@pytest.mark.slow
def test_no_cors_grant_for_foreign_origins_and_no_file_route_outside_the_app(start_app):
    url = start_app()
    assert "access-control-allow-origin" not in headers_of(f"{url}/config", Origin="http://evil.example")
    assert headers_of(f"{url}/config", Origin=url).get("access-control-allow-origin") == url
    for path in [REPO / "index" / ".gitignore", REPO / ".venv" / "pyvenv.cfg", REPO / "app.py",
                 REPO / "corpus" / "restless-legs-magnesium.txt", "/etc/passwd"]:
        assert status_of(f"{url}/gradio_api/file={path}") in (403, 404), path
    assert status_of(f"{url}/gradio_api/file=../../etc/passwd") in (403, 404)


@pytest.mark.slow
def test_with_a_login_every_api_route_needs_it_and_ask_returns_the_record(server, seed_corpus):
    assert status_of(f"{server}/config") == 401
    assert status_of(f"{server}/gradio_api/info") == 401
    post = urllib.request.Request(f"{server}/gradio_api/call/ask", data=json.dumps({"data": ["hi"]}).encode(),
                                  headers={"Content-Type": "application/json"}, method="POST")
    assert status_of(post) == 401

    from gradio_client import Client
    with pytest.raises(Exception):
        Client(server, verbose=False)
    client = Client(server, auth=("alice", "s3cret"), verbose=False)
    record = client.predict(question="Can magnesium help restless legs?", api_name="/ask")
    assert record["status"] == "answered" and record["notice"] == NOTICE
    content = read_source(seed_corpus, record["quotes"][0]["source"])
    assert all(content[q["start"]:q["end"]] == q["text"] for q in record["quotes"])
    for bad in ["", "   ", "x" * 3000, "a\x00b", "\x1b[31mred\x1b[0m", "abc\u202edcba"]:
        answer = client.predict(question=bad, api_name="/ask")
        assert answer["status"] == "invalid" and NOTICE in answer["answer"], repr(bad[:20])
        assert len(answer["question"]) <= 2001  # a question refused as too long is not sent back whole
    with pytest.raises(Exception, match="413"):  # far too long to read at all (tests/web/test_guard.py)
        client.predict(question="x" * 100_000, api_name="/ask")
    injected = client.predict(message="<img src=x onerror=alert(1)> **bold** what is RLS?", api_name="/chat")
    assert "<img" not in injected and NOTICE in injected
    assert NOTICE in client.predict(message="What is the capital of France?", api_name="/chat")


QUESTIONS = ["Can magnesium help restless legs?", "What is restless legs syndrome?", "What is the capital of France?",
             "When should magnesium supplements be taken?", "I can't breathe", "Are there magnesium creams?"]


@pytest.mark.slow
def test_concurrent_clients_get_exactly_the_serial_answers(start_app):
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    url = start_app()
    serial = {q: Client(url, verbose=False).predict(question=q, api_name="/ask") for q in QUESTIONS}

    def session(worker: int) -> list[tuple[str, dict]]:
        client = Client(url, verbose=False)  # one client per simulated user
        return [(q, client.predict(question=q, api_name="/ask"))
                for q in QUESTIONS[worker % len(QUESTIONS):] + QUESTIONS[:worker % len(QUESTIONS)]]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [pair for batch in pool.map(session, range(8), timeout=240) for pair in batch]
    assert len(results) == 8 * len(QUESTIONS)
    for question, record in results:
        assert record == serial[question]  # same answer, and never another session's question or quotes


@pytest.mark.slow
def test_a_full_queue_answers_busy_at_once_instead_of_hanging(start_app, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    monkeypatch.setenv("VERBATIM_QUEUE_SIZE", "1")
    monkeypatch.setenv("VERBATIM_CONCURRENCY", "1")
    url = start_app()

    def ask(i: int) -> str:
        try:
            Client(url, verbose=False).predict(question=f"{QUESTIONS[i % 4]} {'again ' * (i % 3)}", api_name="/ask")
            return "answered"
        except Exception as err:
            return "busy" if "queue is full" in str(err).lower() else f"error: {err}"

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=24) as pool:
        outcomes = list(pool.map(ask, range(24), timeout=180))
    assert set(outcomes) <= {"answered", "busy"}, outcomes
    assert "busy" in outcomes and "answered" in outcomes
    assert time.monotonic() - started < 180


@pytest.mark.slow
def test_uploaded_documents_are_checked_saved_and_searchable_at_once(start_app, seed_corpus, tmp_path):
    from gradio_client import Client, handle_file

    from tests.support.documents import docx_bytes

    url = start_app()
    upload_dir = tmp_path / "uploads"
    upload_dir.mkdir()
    good = upload_dir / "winter care.docx"
    good.write_bytes(docx_bytes([("Heading 1", "Zinc"), ("Normal", "Zinc lozenges may shorten a cold by a day.")]))
    fake = upload_dir / "fake.pdf"
    fake.write_text("<script>alert(1)</script>", encoding="utf-8")
    client = Client(url, verbose=False)
    status, documents = client.predict([handle_file(str(good)), handle_file(str(fake))], api_name="/upload")
    assert "winter care.docx" in str(documents)  # the "search only these documents" choices follow
    assert "Added **winter care.docx**" in status and "Searchable now" in status
    assert "Refused fake.pdf: its content is text" in status and "<script>" not in status
    assert sorted(p.name for p in seed_corpus.iterdir()) == ["restless-legs-magnesium.txt", "winter care.docx"]
    record = client.predict(question="Can zinc lozenges shorten a cold?", api_name="/ask")
    assert record["status"] == "answered"
    assert record["quotes"][0]["source"] == "winter care.docx" and record["quotes"][0]["heading"] == "Zinc"
