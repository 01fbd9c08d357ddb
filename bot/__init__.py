"""Verbatim: answers questions only by quoting your documents word for word, with file and line numbers."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before anything imports huggingface_hub (gradio does too)
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Idle OpenMP threads of faiss and torch otherwise spin, stealing the cores from each other (measured in
# bench/README.md). Must be set before either library loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from bot.answer.compose import NOTICE, Answer, Quote  # noqa: E402
from bot.errors import BotError, CorpusError, IndexStoreError, ModelError, QuestionFileError  # noqa: E402
from bot.settings import Settings  # noqa: E402


def __getattr__(name):
    # Bot pulls in torch; import it lazily so `from bot import Settings` stays fast.
    if name == "Bot":
        from bot.answer.engine import Bot
        return Bot
    raise AttributeError(name)


__all__ = ["Answer", "Bot", "BotError", "CorpusError", "IndexStoreError", "ModelError", "NOTICE",
           "QuestionFileError", "Quote", "Settings"]
