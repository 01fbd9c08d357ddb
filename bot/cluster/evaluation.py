"""A question file answered across a Ray cluster: each worker actor holds one Bot over the shared, read-only index,
and the rows come back in input order, as the single-process run (`bot.evaluation.runs.answer_rows`) gives them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Sequence

from bot.cluster.connection import ClusterError, connected, import_ray, start_actors
from bot.evaluation.questions import QuestionRow
from bot.evaluation.runs import Outcome, answer_rows

ROWS_PER_CALL = 8  # small enough that the workers finish together, large enough that a call's overhead is nothing


class Answerer:
    """A worker's model, then its Bot over the generation of the index the driver answers from (read, never built or
    refreshed here). The model loads when the actor starts, while the driver opens the index."""

    def __init__(self, settings):
        from bot.index.embedding import Embedder

        self.settings = settings
        # Questions through the same kept encoder as the driver's (`Bot.open`): torch's float32 pass gives vectors a
        # few bits apart, so now and then another record, and on this machine takes twice as long a question.
        self.embedder = Embedder.load(settings.model, settings.precision, settings.backend,
                                      settings.question_encoder_dir())
        self.bot = None

    def answer(self, rows: Sequence[QuestionRow], folder: str) -> list[Outcome]:
        """The rows answered one at a time, in order, timed as `answer_rows` times them, from generation `folder`."""
        if self.bot is None or str(self.bot.store.folder) != folder:
            from bot.answer.engine import Bot
            from bot.index.store import IndexStore

            store = IndexStore.load(self.settings.index_dir)
            if str(store.folder) != folder:
                raise ClusterError(f"The index in {self.settings.index_dir} changed during the evaluation. Run it "
                                   f"again.")
            self.bot = Bot(self.settings, self.embedder, store)
        return answer_rows(rows, self.bot.ask)


def start_answerers(settings, count: int) -> list:
    """`count` Answerer actors with paths every node reads the same."""
    settings = dataclasses.replace(settings, index_dir=Path(settings.index_dir).resolve(),
                                   corpus_dir=Path(settings.corpus_dir).resolve())
    return start_actors(Answerer, count, settings)


def answer_on_cluster(rows: Sequence[QuestionRow], bot, actors: Sequence, progress: bool = False) -> list[Outcome]:
    """`rows` answered by `actors` (Answerer) from `bot`'s index generation; in input order."""
    from tqdm import tqdm

    import_ray()
    from ray.util import ActorPool

    folder = str(bot.store.folder)
    parts = [list(rows[i:i + ROWS_PER_CALL]) for i in range(0, len(rows), ROWS_PER_CALL)]
    outcomes: list[Outcome] = []
    with tqdm(total=len(rows), disable=not progress, unit="q", desc="questions") as bar:
        # map, not map_unordered: results come back in the order of the parts
        for answered in ActorPool(list(actors)).map(lambda actor, part: actor.answer.remote(part, folder), parts):
            outcomes.extend(answered)
            bar.update(len(answered))
    return outcomes


def run_question_set_on_cluster(path: Path, out: Path, settings, address: str, workers: int | None = None,
                                **options) -> str:
    """`runs.run_question_set` with the answering spread over the cluster at `address`; returns the summary."""
    from bot.evaluation.runs import run_question_set

    with connected(address, workers) as count:
        actors = start_answerers(settings, count)
        return run_question_set(path, out, settings, answer=lambda rows, bot, progress:
                                answer_on_cluster(rows, bot, actors, progress), **options)
