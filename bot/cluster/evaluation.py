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
    """A worker's Bot over the current generation of the index (read, never built or refreshed here)."""

    def __init__(self, settings, folder: str):
        from bot.answer.engine import Bot
        from bot.index.embedding import Embedder
        from bot.index.store import IndexStore

        store = IndexStore.load(settings.index_dir)
        if str(store.folder) != folder:
            raise ClusterError(f"The index in {settings.index_dir} changed while the cluster started. Run the "
                               f"evaluation again.")
        self.bot = Bot(settings, Embedder.load(settings.model, settings.precision, settings.backend), store)

    def answer(self, rows: Sequence[QuestionRow]) -> list[Outcome]:
        """The rows answered one at a time, in order, timed as `answer_rows` times them."""
        return answer_rows(rows, self.bot.ask)


def answer_on_cluster(rows: Sequence[QuestionRow], bot, workers: int, progress: bool = False) -> list[Outcome]:
    """`rows` answered by `workers` actors, each with a Bot over `bot`'s index generation; in input order."""
    from tqdm import tqdm

    import_ray()
    from ray.util import ActorPool

    settings = dataclasses.replace(bot.settings, index_dir=Path(bot.settings.index_dir).resolve(),
                                   corpus_dir=Path(bot.settings.corpus_dir).resolve())
    pool = ActorPool(start_actors(Answerer, workers, settings, str(bot.store.folder)))
    parts = [list(rows[i:i + ROWS_PER_CALL]) for i in range(0, len(rows), ROWS_PER_CALL)]
    outcomes: list[Outcome] = []
    with tqdm(total=len(rows), disable=not progress, unit="q", desc="questions") as bar:
        for answered in pool.map(lambda actor, part: actor.answer.remote(part), parts):  # map keeps input order
            outcomes.extend(answered)
            bar.update(len(answered))
    return outcomes


def run_question_set_on_cluster(path: Path, out: Path, settings, address: str, workers: int | None = None,
                                **options) -> str:
    """`runs.run_question_set` with the answering spread over the cluster at `address`; returns the summary."""
    from bot.evaluation.runs import run_question_set

    with connected(address, workers) as count:
        return run_question_set(path, out, settings, answer=lambda rows, bot, progress:
                                answer_on_cluster(rows, bot, count, progress), **options)
