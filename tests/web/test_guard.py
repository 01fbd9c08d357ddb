"""The guards in front of the chat server: request bodies refused before they are read, failed logins slowed then
locked out, sessions bound to their login, sessions and their memory capped and expired. Fast tests drive the
middleware in process; slow ones talk HTTP to app.py on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime
import json
import math
import socket
import time
from urllib.parse import urlparse

import httpx
import pytest
from fastapi import FastAPI, Request
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from bot import Settings
from bot.web.guard import (ADDRESS_LOCKOUT_SECONDS, FREE_FAILURES, UPLOAD_FILES_AT_ONCE, USER_LOCKOUT_SECONDS, BodyLimit,
                           LoginThrottle, body_limit_bytes, forget_idle_sessions, launch_options)

LIMIT = body_limit_bytes(Settings().max_question_chars)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail(throttle, times: int, address="10.0.0.1", user="alice") -> None:
    for _ in range(times):
        throttle.failed(address, user)


def test_failed_logins_are_free_at_first_then_wait_twice_as_long_each_time_up_to_a_lockout():
    clock = Clock()
    throttle = LoginThrottle(clock)
    fail(throttle, FREE_FAILURES - 1)
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0
    waits = []
    for _ in range(12):
        throttle.failed("10.0.0.1", "alice")
        waits.append(throttle.wait_seconds("10.0.0.1", "alice"))
    assert waits[:5] == [1, 2, 4, 8, 16]
    assert waits[-1] == ADDRESS_LOCKOUT_SECONDS and max(waits) == ADDRESS_LOCKOUT_SECONDS
    clock.now += ADDRESS_LOCKOUT_SECONDS
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0  # locked out for minutes, not for ever


def test_a_user_name_under_attack_holds_a_new_address_back_a_minute_at_most_and_a_known_one_not_at_all():
    clock = Clock()
    throttle = LoginThrottle(clock)
    throttle.succeeded("10.0.0.2", "alice")  # alice's own machine
    fail(throttle, 300, address="10.0.0.1")  # someone else guessing alice's password
    assert throttle.wait_seconds("10.0.0.1", "alice") == ADDRESS_LOCKOUT_SECONDS
    assert throttle.wait_seconds("10.0.0.1", "bob") == ADDRESS_LOCKOUT_SECONDS  # the address, whatever the name
    assert 0 < throttle.wait_seconds("10.0.0.3", "alice") <= USER_LOCKOUT_SECONDS
    assert throttle.wait_seconds("10.0.0.2", "alice") == 0
    assert throttle.wait_seconds("10.0.0.3", "bob") == 0


def test_failures_are_forgotten_after_a_quiet_window_and_a_good_login_starts_afresh():
    clock = Clock()
    throttle = LoginThrottle(clock)
    fail(throttle, FREE_FAILURES + 3)
    clock.now += 16 * 60
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0
    throttle.failed("10.0.0.1", "alice")
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0  # counting starts again
    fail(throttle, FREE_FAILURES + 3)
    clock.now += 60
    throttle.succeeded("10.0.0.1", "alice")
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0
    throttle.failed("10.0.0.1", "alice")
    assert throttle.wait_seconds("10.0.0.1", "alice") == 0


def echo_app(upload_bytes: int | None = None) -> TestClient:
    """A FastAPI app behind BodyLimit that answers how many bytes of JSON it read."""
    app = FastAPI(middleware=[Middleware(BodyLimit, max_bytes=LIMIT, max_question_chars=2000,
                                         upload_bytes=upload_bytes)])

    @app.post("/gradio_api/call/ask")
    async def ask(request: Request):
        return {"read": len(json.dumps(await request.json()))}

    @app.post("/gradio_api/upload")
    async def upload(request: Request):
        return {"read": len(await request.body())}

    return TestClient(app)


def test_the_longest_question_in_any_spelling_fits_the_body_limit():
    longest = json.dumps({"data": ["\U0001F600" * 2000, [], 3, ["a" * 100] * 100], "session_hash": "x" * 64,
                          "fn_index": 3, "trigger_id": 12, "event_data": None})
    assert len(longest) < LIMIT < 100_000
    assert echo_app().post("/gradio_api/call/ask", content=longest).status_code == 200


def test_a_body_over_the_limit_is_refused_413_by_its_length_or_as_it_streams_in():
    client = echo_app()
    big = json.dumps({"data": ["x" * (LIMIT + 1)]}).encode()
    refused = client.post("/gradio_api/call/ask", content=big)
    assert refused.status_code == 413 and "2000 characters" in refused.json()["error"]

    def streamed():  # no Content-Length: chunked, counted as it arrives
        for start in range(0, len(big), 4096):
            yield big[start:start + 4096]

    refused = client.post("/gradio_api/call/ask", content=streamed())
    assert refused.status_code == 413 and "shorter" in refused.json()["error"]
    assert client.post("/gradio_api/upload", content=b"u" * (5 * LIMIT)).json() == {"read": 5 * LIMIT}


def test_an_upload_request_has_its_own_larger_bound_so_no_form_field_of_any_size_is_read():
    client = echo_app(upload_bytes=6 * LIMIT)
    assert client.post("/gradio_api/upload", content=b"u" * (5 * LIMIT)).json() == {"read": 5 * LIMIT}
    refused = client.post("/gradio_api/upload", content=b"u" * (7 * LIMIT))
    assert refused.status_code == 413 and "fewer files" in refused.json()["error"]

    def streamed():
        for _ in range(7):
            yield b"u" * LIMIT

    assert client.post("/gradio_api/upload", content=streamed()).status_code == 413
    assert launch_options(Settings())["app_kwargs"]["middleware"][0].kwargs["upload_bytes"] == \
        UPLOAD_FILES_AT_ONCE * Settings().max_upload_mb * 1_000_000


def test_sessions_idle_for_the_hour_are_forgotten(seed_bot):
    from gradio.routes import App

    from bot.web.chat import build_demo

    demo = build_demo(seed_bot)
    holder = App.create_app(demo).state_holder
    for session in ("old", "recent"):
        holder[session]
    holder.time_last_used["old"] -= datetime.timedelta(minutes=61)
    assert forget_idle_sessions(holder) == 1
    assert "old" not in holder and "recent" in holder


class CachedBot:
    """The seed bot, answering every question with one ready answer: the web layer's memory without the engine's
    time (the engine's own memory levels off on its own)."""

    def __init__(self, bot):
        self.bot, self.answer = bot, bot.reply("Can magnesium help restless legs?")

    def __getattr__(self, name):
        return getattr(self.bot, name)

    def reply(self, question, **options):
        return self.answer


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


@pytest.mark.slow
def test_memory_levels_off_over_ten_thousand_requests_from_two_thousand_sessions(seed_bot):
    """10,000 `/ask` requests through Gradio's own session path (a session's state made on first use, as a request
    makes it), five from each of 2,000 sessions: twice the sessions the server keeps by default, each ~75 KB. The
    second 5,000 requests must add a small fraction of what the first did."""
    import gc

    from gradio.routes import App

    from bot.web.chat import build_demo

    settings = Settings()
    options = launch_options(settings)
    demo = build_demo(CachedBot(seed_bot))
    demo.state_session_capacity = options["state_session_capacity"]  # what demo.launch(**options) sets
    app = App.create_app(demo, app_kwargs=options["app_kwargs"])
    ask = next(fn for fn in demo.fns.values() if fn.api_name == "ask")

    async def requests(first: int, last: int) -> None:
        for number in range(first, last):
            state = app.state_holder[f"session-{number // 5}"]
            await demo.process_api(block_fn=ask, inputs=["Can magnesium help restless legs?"], state=state)

    started = time.monotonic()
    gc.collect()
    before = resident_bytes()
    asyncio.run(requests(0, 5_000))
    gc.collect()
    middle = resident_bytes()
    asyncio.run(requests(5_000, 10_000))
    gc.collect()
    after = resident_bytes()
    first, second = middle - before, after - middle
    assert first > 20e6  # the first 1,000 sessions do cost memory ...
    assert second < 0.15 * first, (first / 1e6, second / 1e6)  # ... and then it levels off
    assert len(app.state_holder.session_data) == settings.max_sessions
    assert time.monotonic() - started < 120


# Real servers on 127.0.0.1.

def login(url: str, user: str, password: str, address: str, http=httpx) -> httpx.Response:
    """A login from `address` (uvicorn takes a client's address from X-Forwarded-For on loopback, as from a
    reverse proxy on the same machine)."""
    return http.post(f"{url}/login", data={"username": user, "password": password},
                     headers={"X-Forwarded-For": address}, timeout=10)


@pytest.mark.slow
def test_wrong_passwords_are_answered_429_after_five_and_the_right_user_is_not_locked_out_for_long(start_app):
    url = start_app("--auth", "alice:s3cret")
    assert login(url, "alice", "s3cret", "10.0.0.2").status_code == 200  # alice's own machine, earlier
    started = time.monotonic()
    with httpx.Client() as http:
        answers = [login(url, "alice", f"guess{n}", "10.0.0.1", http) for n in range(300)]
    seconds = time.monotonic() - started
    assert seconds < 60
    statuses = [answer.status_code for answer in answers]
    assert statuses[:FREE_FAILURES] == [400] * FREE_FAILURES
    # after the free ones, one more try each time a wait (1 s, 2 s, 4 s ...) has passed
    assert statuses.count(400) <= FREE_FAILURES + math.log2(seconds + 1) + 1 and statuses.count(429) >= 280
    refused = answers[-1]
    assert "Too many failed logins" in refused.json()["error"]
    assert 1 <= int(refused.headers["Retry-After"]) <= ADDRESS_LOCKOUT_SECONDS
    assert login(url, "alice", "s3cret", "10.0.0.1").status_code == 429  # the guessing address: locked out
    elsewhere = login(url, "alice", "s3cret", "10.0.0.3")  # alice from a new address: held back a minute at most
    assert elsewhere.status_code == 429 and int(elsewhere.headers["Retry-After"]) <= USER_LOCKOUT_SECONDS
    assert login(url, "alice", "s3cret", "10.0.0.2").status_code == 200  # alice from where she logged in before


def raw_request(url: str, head: str, body: bytes) -> str:
    """Send `head` and `body` over a plain socket and return the start of the reply (not sending more of a body
    than given, as a client that declared a huge one would still be doing)."""
    parsed = urlparse(url)
    reply = b""
    with socket.create_connection((parsed.hostname, parsed.port), timeout=10) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        while b"}" not in reply:  # the JSON error, which may come in more than one piece
            try:
                piece = sock.recv(4096)
            except (TimeoutError, ConnectionError):
                break
            if not piece:
                break
            reply += piece
    return reply.decode("latin-1")


@pytest.mark.slow
def test_an_oversized_request_is_refused_413_before_it_is_read_and_uploads_still_reach_their_own_limit(start_app,
                                                                                                     tmp_path):
    url = start_app()
    head = ("POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 50000000\r\n")
    reply = raw_request(url, head, b'{"data": ["' + b"x" * 1000)  # 50 MB declared, 1 KB sent: no waiting for it
    assert reply.startswith("HTTP/1.1 413") and "2000 characters" in reply
    chunks = b"".join(b"%x\r\n%s\r\n" % (10_000, b"x" * 10_000) for _ in range(LIMIT // 10_000 + 2))
    head = ("POST /gradio_api/call/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n")
    assert raw_request(url, head, chunks).startswith("HTTP/1.1 413")

    from gradio_client import Client
    client = Client(url, verbose=False)
    record = client.predict(question="x" * 3000, api_name="/ask")  # too long, but well under the body limit
    assert record["status"] == "invalid" and len(record["question"]) <= 2001  # cut, not sent back whole

    upload = tmp_path / "big.txt"
    upload.write_bytes(b"Magnesium helps. " * 300_000)  # 5.1 MB: far over the body limit, under the 20 MB one
    sent = httpx.post(f"{url}/gradio_api/upload", files={"files": ("big.txt", upload.read_bytes())}, timeout=60)
    assert sent.status_code == 200 and len(sent.json()) == 1


def join(http: httpx.Client, url: str, session_hash: str, fn_index: int) -> httpx.Response:
    return http.post(f"{url}/gradio_api/queue/join", json={"data": ["What is RLS?"], "fn_index": fn_index,
                                                           "session_hash": session_hash, "event_data": None,
                                                           "trigger_id": None}, timeout=10)


@pytest.mark.slow
def test_one_login_cannot_use_or_listen_to_another_logins_session(start_app):
    url = start_app("--auth", "alice:s3cret", "--auth", "bob:hunter22")
    alice, bob, nobody = httpx.Client(), httpx.Client(), httpx.Client()
    assert alice.post(f"{url}/login", data={"username": "alice", "password": "s3cret"}).status_code == 200
    assert bob.post(f"{url}/login", data={"username": "bob", "password": "hunter22"}).status_code == 200
    config = alice.get(f"{url}/config").json()
    ask = next(number for number, fn in enumerate(config["dependencies"]) if fn.get("api_name") == "ask")
    assert join(alice, url, "alices-session", ask).status_code == 200
    taken = join(bob, url, "alices-session", ask)
    assert taken.status_code == 403 and "another login" in taken.json()["error"]
    with bob.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "alices-session"}) as listening:
        assert listening.status_code == 403
    assert nobody.post(f"{url}/gradio_api/cancel", json={"session_hash": "alices-session", "fn_index": ask,
                                                         "event_id": "e"}).status_code == 401
    # Gradio reads a JSON body after whitespace, and the last of repeated query values: neither slips past
    spaced = bob.post(f"{url}/gradio_api/queue/join", content=b"  " + json.dumps(
        {"data": ["What is RLS?"], "fn_index": ask, "session_hash": "alices-session", "event_data": None,
         "trigger_id": None}).encode(), headers={"content-type": "application/json"}, timeout=10)
    assert spaced.status_code == 403
    twice = bob.get(f"{url}/gradio_api/queue/data?session_hash=bobs-session&session_hash=alices-session")
    assert twice.status_code == 400
    assert nobody.post(f"{url}/gradio_api/cancel", content=b" " + json.dumps(
        {"session_hash": "alices-session", "fn_index": ask, "event_id": "e"}).encode(),
        headers={"content-type": "application/json"}).status_code == 401
    with alice.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "alices-session"}) as own:
        assert own.status_code == 200
    assert join(bob, url, "bobs-session", ask).status_code == 200


@pytest.mark.slow
def test_a_launched_server_keeps_no_more_sessions_than_max_sessions_and_forgets_idle_ones(seed_bot, monkeypatch):
    """A smaller run over real HTTP (300 `/ask` requests, each a session of its own, as API calls are): the server
    `demo.launch(**launch_options(settings))` starts keeps at most `max_sessions` of them, and its sweep forgets
    sessions idle for the hour."""
    import dataclasses

    from bot.web import guard
    from bot.web.chat import build_demo
    from tests.support import free_port

    monkeypatch.setattr(guard, "SWEEP_SECONDS", 0.2)
    settings = dataclasses.replace(seed_bot.settings, max_sessions=100)
    demo = build_demo(CachedBot(seed_bot))
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True,
                **launch_options(settings))
    try:
        url = f"http://127.0.0.1:{port}/gradio_api/call/ask"
        with httpx.Client(timeout=30) as http:
            for _ in range(300):
                event = http.post(url, json={"data": ["Can magnesium help restless legs?"]}).json()["event_id"]
                assert "answered" in http.get(f"{url}/{event}").text
        holder = demo.server_app.state_holder
        assert len(holder.session_data) == settings.max_sessions
        for session in list(holder.time_last_used):
            holder.time_last_used[session] -= datetime.timedelta(minutes=61)
        time.sleep(1)
        assert len(holder.session_data) == 0
    finally:
        demo.close()
