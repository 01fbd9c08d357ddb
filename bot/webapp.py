"""The Gradio chat: a pure handler `respond(message, history) -> str` and the page around it."""

from __future__ import annotations

import logging

import gradio as gr

from bot.answer import NOTICE, compose_answer
from bot.errors import BotError
from bot.safety import Screening

log = logging.getLogger(__name__)

SEED_EXAMPLES = ["Can magnesium help restless legs?", "When should magnesium supplements be taken?",
                 "What is restless legs syndrome?"]
QUEUE_SIZE = 64  # past this many waiting requests Gradio answers "queue full" instead of hanging
CONCURRENCY = 2  # one per core; encoding itself is serialized by the Embedder's lock


def make_handler(bot):
    """The chat function for `bot`: answers a message with exactly the record's `answer` text."""

    def respond(message, history=None) -> str:
        if isinstance(message, dict):  # multimodal textbox shape
            message = message.get("text", "")
        try:
            return bot.ask(message if isinstance(message, str) else "").answer
        except BotError as err:
            return compose_answer("", Screening("invalid", str(err)), [], bot.settings).answer
        except Exception:  # never show a traceback in the chat
            log.exception("answering failed")
            return compose_answer("", Screening("invalid", "Something went wrong while answering. Try again; "
                                                           "if it keeps failing, check the server log."),
                                  [], bot.settings).answer

    return respond


def example_questions(bot) -> list[str]:
    """Example questions that fit the corpus."""
    sources = {chunk.source for chunk in bot.store.chunks}
    return SEED_EXAMPLES if "restless-legs-magnesium.txt" in sources else []


def build_demo(bot) -> gr.Blocks:
    """The chat page for `bot`; call `.launch()` on it to serve."""
    demo = gr.ChatInterface(
        fn=make_handler(bot),
        chatbot=gr.Chatbot(height=520, sanitize_html=True, render_markdown=True, label="Verbatim"),
        examples=example_questions(bot) or None,
        cache_examples=False,
        title="Verbatim",
        description=("Answers only by quoting your documents word for word, with file and line numbers. "
                     f"**{NOTICE}**"),
        api_name="chat",
        analytics_enabled=False,
        concurrency_limit=CONCURRENCY,
    )
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=CONCURRENCY)
    return demo
