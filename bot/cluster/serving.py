"""The chat's answering on Ray Serve replicas: each replica holds its own model and a Bot over the shared, read-only
index, and answers the questions the chat page and the API hand it. Everything else stays in the driver (app.py) as
on one machine: the page and its sessions (each conversation lives in its own browser and session state, and every
call carries the turns it is read with, so replicas hold no session), the login, uploads, and the index's builds.

A refresh reaches every replica through the calls themselves: each call names the generation the driver answers
from, and a replica that holds another one loads the index's current generation before answering, then answers
from it whole (the Bot of a generation is never changed, only replaced), as `Bot.refresh` swaps one process's index.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from pathlib import Path
from typing import Collection, Iterator, Sequence

from bot.answer.compose import Answer, compose_answer
from bot.answer.safety import Screening, screen_question
from bot.cluster.connection import ClusterError, connected, import_ray
from bot.errors import BotError
from bot.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "verbatim"
# A question takes well under a second on a replica; this bounds a call that waits behind a stuck or lost one.
ANSWER_TIMEOUT_SECONDS = 120.0
NOT_ANSWERED = "The answering service could not answer. Try again; if it keeps failing, check the server log."


@dataclasses.dataclass(frozen=True)
class Replicas:
    """How many answering replicas: `minimum` of them always, and Serve adds more under load up to `maximum`
    (autoscaling when `maximum` is larger). The autoscaling timings, in seconds, are Serve's own when None: a replica
    is added once the load has stayed above the target for `upscale_delay_seconds` (Serve: 30) and removed once it
    has stayed below for `downscale_delay_seconds` (600), the load being the handle's counts reported every
    `metrics_interval_seconds` (10) and averaged over the last `look_back_seconds` (30)."""

    minimum: int
    maximum: int
    upscale_delay_seconds: float | None = None
    downscale_delay_seconds: float | None = None
    metrics_interval_seconds: float | None = None
    look_back_seconds: float | None = None

    @classmethod
    def from_flags(cls, replicas: int | None, min_replicas: int | None, max_replicas: int | None) -> "Replicas":
        """`--replicas N` (a fixed count, default 1), or `--min-replicas A --max-replicas B` (autoscaling; A default
        1); a ClusterError saying what is wrong otherwise."""
        if replicas is not None and (min_replicas is not None or max_replicas is not None):
            raise ClusterError("Give either --replicas N (a fixed count) or --min-replicas and --max-replicas "
                               "(autoscaling), not both.")
        if min_replicas is not None and max_replicas is None:
            raise ClusterError("--min-replicas goes with --max-replicas (how far Serve may add replicas under load).")
        minimum = replicas if replicas is not None else (min_replicas if min_replicas is not None else 1)
        maximum = replicas if replicas is not None else (max_replicas if max_replicas is not None else minimum)
        if minimum < 1:
            raise ClusterError(f"There must be at least 1 answering replica, got {minimum}.")
        if maximum < minimum:
            raise ClusterError(f"--max-replicas ({maximum}) is below --min-replicas ({minimum}).")
        return cls(minimum, maximum)

    def describe(self) -> str:
        """"2 replicas" or "1 to 4 replicas (autoscaling)"."""
        if self.maximum == self.minimum:
            return f"{self.minimum} replica{'s' if self.minimum > 1 else ''}"
        return f"{self.minimum} to {self.maximum} replicas (autoscaling)"

    def deployment_options(self, settings: Settings, cpus: int) -> dict:
        """The Serve deployment's options: `cpus` per replica (its model's threads), and each replica answering
        `settings.concurrency` questions at once, as one app process does."""
        options = {"ray_actor_options": {"num_cpus": cpus}, "max_ongoing_requests": settings.concurrency}
        if self.maximum == self.minimum:
            return {**options, "num_replicas": self.minimum}
        # A replica busy with as many questions as it answers at once is full: past that Serve adds one.
        autoscaling = {"min_replicas": self.minimum, "max_replicas": self.maximum,
                       "target_ongoing_requests": settings.concurrency}
        timings = {"upscale_delay_s": self.upscale_delay_seconds, "downscale_delay_s": self.downscale_delay_seconds,
                   "metrics_interval_s": self.metrics_interval_seconds, "look_back_period_s": self.look_back_seconds}
        autoscaling.update({name: value for name, value in timings.items() if value is not None})
        return {**options, "autoscaling_config": autoscaling}


@dataclasses.dataclass(frozen=True)
class Served:
    """A replica's answers, with which replica gave them and from which generation of the index."""

    answers: tuple[Answer, ...]
    replica: str
    generation: str


class Answering:
    """One replica: its own model, loaded when the replica starts, then a Bot over the generation of the index the
    driver answers from (read, never built or refreshed here)."""

    def __init__(self, settings: Settings):
        from bot.index.embedding import Embedder

        self.settings = settings
        self.embedder = Embedder.load(settings.model, settings.precision, settings.backend,
                                      settings.question_encoder_dir())
        self._bot = None
        self._switching = threading.Lock()
        self._passed_over: str | None = None  # a generation asked for that was no longer current when loaded
        try:  # the index as it is now, so the first question does not wait for it (the driver may still build one)
            self._bot = self._open_current()
        except BotError:
            pass

    def reply(self, question: object, top_k: int | None, sources: Collection[str] | None, topics: bool,
              history: Sequence[str], generation: str) -> Served:
        """`Bot.reply` from `generation` (or the newer current one when it has been replaced meanwhile)."""
        bot = self._bot_for(generation)
        return self._served([bot.reply(question, top_k, sources, topics, history)], bot)

    def ask_batch(self, questions: Sequence[str], top_k: int | None, sources: Collection[str] | None,
                  topics: bool, histories: Sequence[Sequence[str]] | None, generation: str) -> Served:
        """`Bot.ask_batch` from `generation`, as `reply`."""
        bot = self._bot_for(generation)
        return self._served(bot.ask_batch(questions, top_k, sources, topics, histories), bot)

    def _served(self, answers: Sequence[Answer], bot) -> Served:
        from ray import serve

        return Served(tuple(answers), serve.get_replica_context().replica_id.unique_id, bot.store.folder.name)

    def _bot_for(self, generation: str):
        """This replica's Bot, switched whole to the index's current generation first when the driver answers from
        another generation than the one it holds. A generation asked for that was already replaced when this replica
        loaded the index (the driver has not switched yet) is not loaded again for every call that names it."""
        bot = self._bot
        if bot is not None and generation in (bot.store.folder.name, self._passed_over):
            return bot
        with self._switching:
            if self._bot is None or generation not in (self._bot.store.folder.name, self._passed_over):
                self._bot = self._open_current()
                self._passed_over = None if self._bot.store.folder.name == generation else generation
            return self._bot

    def _open_current(self):
        """A Bot over the index's current generation, read-only."""
        from bot.answer.engine import Bot
        from bot.index.store import IndexStore

        return Bot(self.settings, self.embedder, IndexStore.load(self.settings.index_dir))


class ServedBot:
    """The bot the chat page is built over when it answers on Serve replicas: `reply`, `ask` and `ask_batch` go to a
    replica, with the generation of the index the driver holds; everything else (the documents and their views,
    `refresh`, the model an upload's build uses, settings) is the driver's own Bot's. `settings.concurrency` is the
    driver's: questions answered at once by all the replicas together."""

    def __init__(self, local, handle, replicas: Replicas):
        self._local = local
        # One handle per method, taken here, once: the first `handle.method` sets up the handle's router, which is
        # not thread-safe. Taken first from several chat threads at once, it made a router each, all reporting
        # under the one handle id; Serve kept the latest report (often an idle router's zero), so autoscaling saw
        # no load and never added a replica.
        self._methods = {method: getattr(handle, method) for method in ("reply", "ask_batch")}
        self.replicas = replicas
        self.settings = dataclasses.replace(local.settings,
                                            concurrency=local.settings.concurrency * replicas.maximum)
        self._answered: dict[str, str] = {}
        self._answered_lock = threading.Lock()

    def __getattr__(self, name: str):
        return getattr(self._local, name)

    @property
    def answered_by(self) -> dict[str, str]:
        """Each replica that has answered, with the generation of the index its latest answer came from."""
        with self._answered_lock:
            return dict(self._answered)

    def reply(self, question: object, top_k: int | None = None, sources: Collection[str] | None = None,
              topics: bool = False, history: Sequence[str] = ()) -> Answer:
        """`Bot.reply` on a replica: never raises. When no replica answers, the question is answered as
        `Bot.reply` answers a failure: an urgent question with its emergency message, any other as `invalid`,
        both with the notice."""
        # Whatever the caller passed as history, the earlier turns as a tuple (none when it is no list of them).
        history = tuple(history) if isinstance(history, (list, tuple)) else ()
        # An emergency is answered here, at once: its message must not wait behind a busy or stuck replica.
        if self._local.screening(question, history, topics).status == "urgent":
            return self._local.reply(question, top_k, sources, topics, history)
        try:
            return self._call("reply", question, top_k, sources, topics, history)[0]
        except Exception as err:  # noqa: BLE001 - never a traceback in the chat
            log.error("no replica answered: %s", err)
            screening = screen_question(question, self._local.settings.max_question_chars)
            if screening.status != "urgent":
                screening = Screening("invalid", NOT_ANSWERED)
            return compose_answer(question if isinstance(question, str) else "", screening, (), self.settings)

    def ask(self, question: str, top_k: int | None = None, sources: Collection[str] | None = None,
            topics: bool = False, history: Sequence[str] = ()) -> Answer:
        """`Bot.ask` on a replica."""
        return self.ask_batch([question], top_k, sources, topics, [history])[0]

    def ask_batch(self, questions: Sequence[str], top_k: int | None = None,
                  sources: Collection[str] | None = None, topics: bool = False,
                  histories: Sequence[Sequence[str]] | None = None) -> list[Answer]:
        """`Bot.ask_batch` on one replica, in order."""
        return self._call("ask_batch", list(questions), top_k, sources, topics,
                          [tuple(h) for h in histories] if histories is not None else None)

    def _call(self, method: str, *args) -> list[Answer]:
        generation = self._local.store.folder.name
        response = self._methods[method].remote(*args, generation)
        served: Served = response.result(timeout_s=ANSWER_TIMEOUT_SECONDS)
        with self._answered_lock:
            self._answered[served.replica] = served.generation
        return list(served.answers)


def replica_cpus(replicas: Replicas) -> int:
    """The CPUs each replica takes: the cluster's shared out over the most replicas there can be, one at least and
    no more than its largest machine has (a replica runs on one)."""
    ray = import_ray()
    largest = max((node["Resources"].get("CPU", 0) for node in ray.nodes() if node.get("Alive")), default=1)
    return max(1, min(int(ray.cluster_resources().get("CPU", 1)) // replicas.maximum, int(largest)))


def start_replicas(settings: Settings, replicas: Replicas, app_name: str = APP_NAME):
    """Deploy the answering replicas on the cluster this process has joined (each loads its model before this
    returns); their deployment handle. Serve's own HTTP proxy stays off: the chat server is the driver's."""
    ray = import_ray()
    try:
        from ray import serve
    except ImportError:
        raise ClusterError("Serving on a cluster needs Ray Serve, which is not installed. Install it with "
                           "`pip install -r requirements-cluster.txt`.") from None

    logging.getLogger("ray.serve").setLevel(logging.WARNING)  # its start and stop lines, in the app's output
    settings = dataclasses.replace(settings, index_dir=Path(settings.index_dir).resolve(),
                                   corpus_dir=Path(settings.corpus_dir).resolve(),
                                   encoder_cache=settings.encoder_cache and Path(settings.encoder_cache).resolve())
    quiet = {"log_level": "WARNING", "enable_access_log": False}
    serve.start(proxy_location="Disabled", logging_config=quiet)
    deployment = serve.deployment(Answering, name="Answering").options(
        **replicas.deployment_options(settings, replica_cpus(replicas)))
    try:
        return serve.run(deployment.bind(settings), name=app_name, route_prefix=None, logging_config=quiet)
    except (RuntimeError, ray.exceptions.RayError) as err:
        raise ClusterError(f"The answering replicas did not start: {err}. Check that every machine of the cluster "
                           f"has the model and reads the index folder at {settings.index_dir}.") from None


@contextlib.contextmanager
def replicas_on(address: str, settings: Settings, replicas: Replicas, app_name: str = APP_NAME) -> Iterator:
    """Joined to the cluster at `address` (`local` starts one here with a CPU for each replica at least) with the
    answering replicas deployed, until the block ends; yields their deployment handle. The replicas are deleted
    at the end; a cluster started here stops with them."""
    with connected(address, replicas.maximum):
        handle = start_replicas(settings, replicas, app_name)
        try:
            yield handle
        finally:
            from ray import serve

            try:
                # Its router's load reports to Serve, on a thread of its own, stop here, not with the process: they
                # would go on failing every report interval against a cluster started after this one.
                handle.shutdown()
                serve.delete(app_name)
            except Exception as err:  # noqa: BLE001 - leaving anyway; `serve shutdown` on the cluster removes them
                log.warning("could not delete the answering replicas: %s", err)
