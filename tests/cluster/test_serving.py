"""The chat and its API answering on two Ray Serve replicas of a real local Ray cluster: concurrent conversations stay
apart, the answers are the single-process app's, an upload's refresh reaches both replicas, and `app.py --cluster`
keeps its login; autoscaled from one replica, load brings up a second and idleness removes it. Skipped, with the reason, only when Ray cannot start here; Ray Serve itself is installed by `make
test` (requirements-cluster.txt). The flag checks need no cluster."""

from __future__ import annotations

import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot import NOTICE, Settings
from bot.answer.phrases import ENGLISH
from bot.cluster.connection import ClusterError
from bot.cluster.serving import Replicas, ServedBot, start_replicas
from tests.cluster.test_cluster import FILES
from tests.support import REPO, free_port, read_source, status_of, write_files

LOGIN = ("alice", "s3cret")
# Each conversation's follow-ups are found only when read with its own first question (alone they are not found),
# and each first question is answered from a document of its own.
CONVERSATIONS = {
    "iron.md": ["Tell me about iron.", "How should it be taken?", "What makes it worse?"],
    "restless-legs-magnesium.txt": ["Can magnesium help restless legs?", "How should it be taken?", "Is it safe?"],
    "sleep.txt": ["Does caffeine affect sleep?", "When should I take it?", "What makes it worse?"],
}
QUESTIONS = ["Can magnesium help restless legs?", "What does a blood test measure?", "What is the capital of France?",
             "I want to end my life", "How should iron tablets be taken?", "What can I ask?", "", "a\x00b",
             "Does tea matter?", "I can't breathe and my chest hurts", "When should magnesium supplements be taken?",
             "What makes restless legs worse?"]
ZINC = "# Zinc\n\nZinc lozenges may shorten a cold by about a day.\n"


@dataclass
class Served:
    url: str
    bot: ServedBot
    local: object  # the driver's own Bot: the single-process app's answers
    root: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The chat page with its login, answering on two Serve replicas of a local Ray cluster, as `app.py --cluster
    local --replicas 2` serves it, in this process so the tests see which replica answered."""
    import ray  # noqa: F401  installed by make test: its absence fails here, it is no reason to skip

    from bot.answer.engine import Bot
    from bot.cluster.serving import replicas_on
    from bot.web.chat import build_demo
    from bot.web.guard import launch_options

    root = tmp_path_factory.mktemp("served")
    write_files(root / "corpus", FILES)
    settings = Settings.from_env(environ={}, corpus_dir=root / "corpus", index_dir=root / "index",
                                 encoder_cache=os.environ.get("VERBATIM_ENCODER_CACHE"))
    local = Bot.open(settings)  # as app.py opens it
    replicas = Replicas(2, 2)
    joined = replicas_on("local", settings, replicas, app_name="verbatim-test")
    try:
        handle = joined.__enter__()
    except ClusterError as err:
        pytest.skip(f"Ray cannot start a local cluster on this machine: {err}")
    bot = ServedBot(local, handle, replicas)
    port = free_port()
    demo = build_demo(bot, feedback_dir=root / "feedback")
    try:
        demo.launch(server_name="127.0.0.1", server_port=port, auth=[LOGIN], prevent_thread_lock=True, quiet=True,
                    **launch_options(bot.settings))
        yield Served(f"http://127.0.0.1:{port}", bot, local, root)
    finally:
        demo.close()
        joined.__exit__(None, None, None)


def _client(url: str):
    from gradio_client import Client

    return Client(url, auth=LOGIN, verbose=False)


def _running_replicas(app_name: str) -> int:
    from ray import serve

    return serve.status().applications[app_name].deployments["Answering"].replica_states.get("RUNNING", 0)


@pytest.mark.slow
def test_under_load_autoscaling_adds_a_second_replica_then_removes_it_the_answers_unchanged(tmp_path):
    """On a local cluster of its own (so it runs before the fixed replicas above take the CPUs): from one replica,
    eight threads asking at once through one ServedBot, as the chat's threads do, bring up the second within a bounded
    time, which answers too; idle again, the deployment goes back to one. Serve's timings are set short so it reacts
    within seconds (its defaults wait 30 s to add and 10 min to remove)."""
    import ray

    from bot.answer.engine import Bot
    from bot.cluster.serving import replicas_on

    assert not ray.is_initialized(), "this test starts its own cluster: run it before the tests on the fixture's"
    write_files(tmp_path / "corpus", FILES)
    settings = Settings.from_env(environ={}, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index",
                                 encoder_cache=os.environ.get("VERBATIM_ENCODER_CACHE"))
    local = Bot.open(settings)
    questions = QUESTIONS[:6]
    expected = {question: local.reply(question) for question in questions}
    replicas = Replicas(1, 2, upscale_delay_seconds=1, downscale_delay_seconds=2, metrics_interval_seconds=0.5,
                        look_back_seconds=2)
    app_name = "verbatim-autoscale"
    try:
        joined = replicas_on("local", settings, replicas, app_name=app_name)
        handle = joined.__enter__()
    except ClusterError as err:
        pytest.skip(f"Ray cannot start a local cluster on this machine: {err}")
    try:
        bot = ServedBot(local, handle, replicas)
        assert _running_replicas(app_name) == 1
        loaded, wrong = threading.Event(), []

        def ask(number: int) -> None:
            while not loaded.is_set():
                question = questions[number % len(questions)]
                if bot.reply(question) != expected[question]:
                    wrong.append(question)
                number += 1

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=8) as pool:
            asking = [pool.submit(ask, number) for number in range(8)]
            deadline = time.monotonic() + 120  # the second replica loads its model: seconds, longer on a busy machine
            try:
                while _running_replicas(app_name) < 2 or len(bot.answered_by) < 2:
                    assert time.monotonic() < deadline, (_running_replicas(app_name), bot.answered_by)
                    assert not any(future.done() for future in asking), [f.exception() for f in asking]
                    time.sleep(0.5)
                scaled_up = time.monotonic() - started
            finally:
                loaded.set()
            for future in asking:
                future.result(timeout=120)
        assert not wrong, wrong
        idle, deadline = time.monotonic(), time.monotonic() + 60
        while _running_replicas(app_name) > 1:
            assert time.monotonic() < deadline, _running_replicas(app_name)
            time.sleep(0.5)
        print(f"two replicas answering {scaled_up:.1f} s into the load, one again {time.monotonic() - idle:.1f} s "
              f"after it")  # what bench/README.md reports (pytest -s)
        assert bot.reply(questions[0]) == expected[questions[0]]
    finally:
        joined.__exit__(None, None, None)


@pytest.mark.slow
def test_two_replicas_answer_interleaved_conversations_each_read_with_its_own_history(served):
    from bot.web.chat import make_api

    single = make_api(served.local).in_conversation  # the single-process app's /ask_in_conversation
    sessions = [(source, turns) for source, turns in CONVERSATIONS.items()] * 2  # six users, two per conversation
    turn_taken = threading.Barrier(len(sessions), timeout=120)

    def converse(session) -> list[tuple[str, list[str], dict]]:
        _, turns = session
        client, asked = _client(served.url), []
        for number, question in enumerate(turns):
            turn_taken.wait()  # every session asks its next turn at once: the conversations interleave
            history = turns[:number]
            asked.append((question, history, client.predict(question=question, history=history,
                                                             api_name="/ask_in_conversation")))
        return asked

    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        conversations = list(pool.map(converse, sessions, timeout=300))
    assert len(served.bot.answered_by) == 2  # both replicas answered
    for (source, turns), asked in zip(sessions, conversations):
        assert [question for question, _, _ in asked] == turns
        for question, history, record in asked:
            assert record == single(question, history)
            assert record["status"] == "answered" and record["quotes"][0]["source"] == source, (source, question)
            if history:
                assert f"Read with your earlier question: “{turns[0]}”" in record["answer"]
            assert record["notice"] == NOTICE


@pytest.mark.slow
def test_answers_on_the_replicas_are_the_single_process_answers(served):
    from bot.web.chat import make_api, make_handler

    client = _client(served.url)
    with ThreadPoolExecutor(max_workers=4) as pool:
        records = list(pool.map(lambda q: _client(served.url).predict(question=q, api_name="/ask"), QUESTIONS,
                                timeout=240))
    assert records == [make_api(served.local)(question) for question in QUESTIONS]
    assert [r["status"] for r in records[2:4]] == ["not_found", "urgent"]
    assert len(records[-2]["quotes"]) >= 2 and len(records[-1]["quotes"]) >= 2  # several quotes each, as served
    assert all(r["notice"] == (ENGLISH.notice if r["status"] == "urgent" else NOTICE) for r in records)
    for message in ["What can I ask?", "I can't breathe and my chest hurts"]:  # the chat lists topics; /ask not
        assert client.predict(message=message, api_name="/chat") == make_handler(served.local)(message)
    assert client.predict(message="I can't breathe", api_name="/chat").startswith("**This may be an emergency")


@pytest.mark.slow
def test_an_upload_reaches_both_replicas_which_switch_to_the_new_index(served, tmp_path):
    from gradio_client import handle_file

    before = served.local.store.folder.name
    upload = tmp_path / "zinc.md"
    upload.write_text(ZINC, encoding="utf-8")
    client = _client(served.url)
    status, _ = client.predict([handle_file(str(upload))], api_name="/upload")
    assert "Added **zinc.md**" in status and "Searchable now" in status
    after = served.local.store.folder.name
    assert after != before

    question = "Do zinc lozenges shorten a cold?"
    records = []
    deadline = time.monotonic() + 120
    # Routing picks the less busy of two replicas: concurrent questions reach both, a few rounds at most.
    while set(served.bot.answered_by.values()) != {after} or len(served.bot.answered_by) < 2:
        assert time.monotonic() < deadline, served.bot.answered_by
        with ThreadPoolExecutor(max_workers=6) as pool:
            records += pool.map(lambda _: _client(served.url).predict(question=question, api_name="/ask"), range(6),
                                timeout=120)
    assert all(r["status"] == "answered" and r["quotes"][0]["source"] == "zinc.md" for r in records)
    text = read_source(served.root / "corpus", "zinc.md")
    assert all(text[q["start"]:q["end"]] == q["text"] for r in records for q in r["quotes"])


@pytest.mark.slow
def test_app_on_the_cluster_keeps_its_login_and_answers_with_the_notice(start_app, seed_corpus):
    from gradio_client import Client

    url = start_app("--cluster", "local", "--replicas", "2", "--auth", ":".join(LOGIN))
    assert status_of(f"{url}/config") == 401
    assert status_of(f"{url}/gradio_api/info") == 401
    with pytest.raises(Exception):
        Client(url, auth=("alice", "wrong"), verbose=False)
    client = Client(url, auth=LOGIN, verbose=False)
    record = client.predict(question="Can magnesium help restless legs?", api_name="/ask")
    assert record["status"] == "answered" and record["notice"] == NOTICE
    content = read_source(seed_corpus, record["quotes"][0]["source"])
    assert all(content[q["start"]:q["end"]] == q["text"] for q in record["quotes"])
    assert client.predict(question="I can't breathe", api_name="/ask")["status"] == "urgent"


@pytest.mark.parametrize("argv, wanted", [
    (["--replicas", "2"], "go with --cluster"),
    (["--cluster", "nowhere"], "--cluster takes local"),
    (["--cluster", "local", "--replicas", "0"], "at least 1 answering replica"),
    (["--cluster", "local", "--replicas", "2", "--max-replicas", "3"], "not both"),
    (["--cluster", "local", "--min-replicas", "3", "--max-replicas", "2"], "is below --min-replicas"),
    (["--cluster", "local", "--min-replicas", "2"], "goes with --max-replicas"),
])
def test_bad_replica_flags_are_refused_before_anything_starts(argv, wanted, capsys):
    sys.path.insert(0, str(REPO))
    import app

    assert app.main(argv) == 2
    err = capsys.readouterr().err
    assert wanted in err and "Traceback" not in err


def test_replicas_are_fixed_or_autoscaled_with_each_answering_as_many_as_one_app_process():
    settings = Settings.from_env(environ={})
    assert Replicas.from_flags(None, None, None) == Replicas(1, 1)
    assert Replicas.from_flags(3, None, None) == Replicas(3, 3)
    assert Replicas.from_flags(None, None, 4) == Replicas(1, 4)
    fixed = Replicas(2, 2).deployment_options(settings, cpus=1)
    assert fixed == {"ray_actor_options": {"num_cpus": 1}, "max_ongoing_requests": settings.concurrency,
                     "num_replicas": 2}
    scaled = Replicas(1, 4).deployment_options(settings, cpus=2)["autoscaling_config"]
    assert scaled == {"min_replicas": 1, "max_replicas": 4, "target_ongoing_requests": settings.concurrency}
    quick = Replicas(1, 2, upscale_delay_seconds=1, look_back_seconds=2).deployment_options(settings, cpus=1)
    assert quick["autoscaling_config"] == {"min_replicas": 1, "max_replicas": 2,
                                           "target_ongoing_requests": settings.concurrency, "upscale_delay_s": 1,
                                           "look_back_period_s": 2}


def test_without_ray_serve_installed_the_error_names_the_file_to_install(monkeypatch):
    import ray

    monkeypatch.setitem(sys.modules, "ray.serve", None)  # `from ray import serve` raises ImportError
    monkeypatch.delattr(ray, "serve", raising=False)
    with pytest.raises(ClusterError, match=r"pip install -r requirements-cluster\.txt"):
        start_replicas(Settings.from_env(environ={}), Replicas(1, 1))


class _Unanswered:
    """A deployment handle none of whose replicas answers in time."""

    def __getattr__(self, method):
        return self

    def remote(self, *args):
        return self

    def result(self, timeout_s=None):
        raise TimeoutError("no replica answered")


def test_when_no_replica_answers_an_emergency_still_gets_its_message_and_every_answer_the_notice(seed_bot):
    bot = ServedBot(seed_bot, _Unanswered(), Replicas(2, 2))
    urgent = bot.reply("I can't breathe and my chest hurts")
    assert urgent.status == "urgent" and urgent.answer.startswith("**This may be an emergency")
    failed = bot.reply("Can magnesium help restless legs?")
    assert failed.status == "invalid" and "could not answer" in failed.answer
    assert failed.notice == NOTICE and NOTICE in failed.answer
    assert urgent.notice == ENGLISH.notice and urgent.answer.endswith(f"*{ENGLISH.notice}*")
    assert bot.settings.concurrency == 2 * seed_bot.settings.concurrency  # the app lets through what both answer
    for history in (None, 5, iter(["earlier"])):  # never raises, whatever is passed as the history
        assert bot.reply("Can magnesium help restless legs?", history=history).notice == NOTICE


class _Stuck:
    """A deployment handle whose replicas never answer: each call waits until the test lets it go."""

    def __init__(self):
        self.calls, self.released = 0, threading.Event()

    def __getattr__(self, method):
        return self

    def remote(self, *args):
        self.calls += 1
        released = self.released

        class Response:
            def result(self, timeout_s=None):
                released.wait(timeout_s)
                raise TimeoutError("no replica answered")

        return Response()


def test_an_emergency_is_answered_at_once_by_the_app_not_queued_behind_stuck_replicas(seed_bot):
    handle = _Stuck()
    bot = ServedBot(seed_bot, handle, Replicas(2, 2))
    started = time.monotonic()
    urgent = bot.reply("I am having crushing chest pain right now and I cannot breathe")
    follow_up = bot.reply("Would it help?", history=["I want to end my life tonight"])
    assert time.monotonic() - started < 10 and handle.calls == 0
    assert urgent.status == follow_up.status == "urgent" and urgent.answer.startswith("**This may be an emergency")
    assert urgent == seed_bot.reply("I am having crushing chest pain right now and I cannot breathe")
    handle.released.set()



class _Recorded:
    """A deployment handle that answers with the driver's Bot at once and records which thread took each of its
    method handles."""

    def __init__(self, local):
        self.local, self.taken_by = local, []

    def __getattr__(self, method):
        self.taken_by.append(threading.current_thread().name)
        return self

    def remote(self, question, *args):
        from bot.cluster.serving import Served as Replied

        replied = Replied((self.local.reply(question),), "replica", self.local.store.folder.name)
        return type("Response", (), {"result": lambda _, timeout_s=None: replied})()


def test_the_handle_s_methods_are_taken_once_not_from_each_chat_thread(seed_bot):
    # Serve sets a handle's router up the first time a method is taken, unguarded: taken from several threads at
    # once it made several routers, whose load reports overwrote each other, and autoscaling saw none.
    handle = _Recorded(seed_bot)
    bot = ServedBot(seed_bot, handle, Replicas(1, 2))
    taken = list(handle.taken_by)
    question = "Can magnesium help restless legs?"
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(bot.reply, [question] * 8))
    assert handle.taken_by == taken and set(taken) == {threading.current_thread().name}
    assert answers == [seed_bot.reply(question)] * 8
