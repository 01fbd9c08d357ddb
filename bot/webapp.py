"""The Gradio chat: a pure handler `respond(message, history) -> str` and the page around it."""

from __future__ import annotations

import logging

import gradio as gr

from pathlib import Path

from bot.answer import NOTICE, Answer, compose_answer, escape_markdown
from bot.errors import BotError
from bot.extraction import KINDS
from bot.safety import Screening
from bot.uploads import save_upload_file

log = logging.getLogger(__name__)

SEED_EXAMPLES = ["Can magnesium help restless legs?", "When should magnesium supplements be taken?",
                 "What is restless legs syndrome?"]


def answer_safely(bot, message) -> Answer:
    """Answer a chat or API message; any failure becomes an `invalid` answer that still carries the notice."""
    if isinstance(message, dict):  # multimodal textbox shape
        message = message.get("text", "")
    question = message if isinstance(message, str) else ""
    try:
        return bot.ask(question)
    except BotError as err:
        return compose_answer(question, Screening("invalid", str(err)), [], bot.settings)
    except Exception:  # never show a traceback in the chat
        log.exception("answering failed")
        return compose_answer(question, Screening("invalid", "Something went wrong while answering. Try again; "
                                                             "if it keeps failing, check the server log."),
                              [], bot.settings)


def make_handler(bot):
    """The chat function for `bot`: answers a message with exactly the record's `answer` text."""

    def respond(message, history=None) -> str:
        return answer_safely(bot, message).answer

    return respond


def example_questions(bot) -> list[str]:
    """Example questions that fit the corpus."""
    sources = {chunk.source for chunk in bot.store.chunks}
    return SEED_EXAMPLES if "restless-legs-magnesium.txt" in sources else []


def make_api(bot):
    """The `/ask` endpoint: a question in, the result record out (as `python -m bot ask --json` prints it)."""

    def ask(question: str) -> dict:
        return answer_safely(bot, question).to_record("1")

    return ask


def make_uploader(bot):
    """The upload handler: saves good files into the corpus folder, refreshes the index, says what happened."""

    def upload(files, progress=gr.Progress(track_tqdm=True)) -> str:
        paths = [Path(getattr(f, "name", f)) for f in (files or [])]
        if not paths:
            return ""
        limit = bot.settings.max_upload_mb * 1_000_000
        lines, saved = [], 0
        for path in progress.tqdm(paths, desc="Checking files"):
            result = save_upload_file(bot.settings.corpus_dir, path, limit)
            if result.saved_as and not result.reason:
                saved += 1
                lines.append(f"- Added **{escape_markdown(result.saved_as)}**")
            elif result.saved_as:
                lines.append(f"- {escape_markdown(result.saved_as)}: {escape_markdown(result.reason)}")
            else:
                lines.append(f"- Refused {escape_markdown(path.name)}: {escape_markdown(result.reason)}")
        if saved:
            progress(0.5, desc="Indexing")
            try:
                report = bot.refresh(progress=True)
            except BotError as err:
                return "\n".join(lines + [f"\nIndexing failed: {escape_markdown(str(err))}"])
            lines.append(f"\nSearchable now: {report.files} document(s), {report.chunks} passages "
                         f"({report.embedded} new passages read in {report.seconds:.1f} s).")
        return "\n".join(lines)

    return upload


def build_demo(bot) -> gr.Blocks:
    """The chat page for `bot`, with the API endpoints `/chat` (answer text) and `/ask` (result record)."""
    with gr.Blocks(title="Verbatim", analytics_enabled=False) as demo:
        gr.ChatInterface(
            fn=make_handler(bot),
            chatbot=gr.Chatbot(height=520, sanitize_html=True, render_markdown=True, label="Verbatim"),
            examples=example_questions(bot) or None,
            cache_examples=False,
            title="Verbatim",
            description=("Answers only by quoting your documents word for word, with file and line numbers. "
                         f"**{NOTICE}**"),
            api_name="chat",
            analytics_enabled=False,
            concurrency_limit=bot.settings.concurrency,
        )
        with gr.Accordion("Add documents", open=False):
            files = gr.File(label=f"PDF, Word, HTML, Markdown or text, up to {bot.settings.max_upload_mb} MB each",
                            file_count="multiple", file_types=sorted(KINDS), type="filepath")
            status = gr.Markdown()
            files.upload(make_uploader(bot), inputs=files, outputs=status, api_name="upload",
                         concurrency_limit=1)
        gr.api(make_api(bot), api_name="ask", concurrency_limit=bot.settings.concurrency)
    # A bounded queue: past queue_size waiting requests Gradio answers "queue full" at once instead of hanging.
    demo.queue(max_size=bot.settings.queue_size, default_concurrency_limit=bot.settings.concurrency)
    return demo


def read_auth(pairs: list[str], auth_file: str | None) -> list[tuple[str, str]]:
    """`user:password` pairs from flags and from a file (one pair a line, # comments); raises BotError if malformed."""
    lines = list(pairs)
    if auth_file:
        try:
            with open(auth_file, encoding="utf-8") as handle:
                lines += [line.strip() for line in handle if line.strip() and not line.startswith("#")]
        except OSError as err:
            raise BotError(f"Cannot read the auth file {auth_file} ({err.strerror}). Check the path.") from None
    credentials = []
    for line in lines:
        user, sep, password = line.partition(":")
        if not sep or not user or not password:
            raise BotError("An --auth value must look like user:password, with neither part empty.")
        credentials.append((user, password))
    return credentials
