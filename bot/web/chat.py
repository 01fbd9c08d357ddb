"""The Gradio chat page: the conversation, the sources panel beside it, uploads, feedback and export.

Handlers are plain functions made by `make_*(bot)`, so they test without a server; a handler that updates several
parts of the page returns a small dataclass (`ChatTurn`, `Uploaded`, `Exported`) and `build_demo` wires its fields to
the components by name. The session's state holds its `Answer`s; result records are made only for JSON.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import re
import tempfile
import weakref
from pathlib import Path
from typing import Callable, Sequence

import gradio as gr
from gradio.components.chatbot import TextMessage

from bot.answer.compose import NOTICE, Answer, Quote, escape_markdown, location
from bot.answer.topics import candidate_examples
from bot.documents.extraction import KINDS
from bot.documents.freshness import SourceCheck, answer_from_current_files
from bot.documents.uploads import save_upload_file
from bot.errors import BotError
from bot.web.conversation import (EXPORT_SECONDS, AskedAnswer, asked_with, browser_secret, feedback_row, readable,
                                  refusal_row, saved_conversation, saved_turns, save_feedback, write_export)
from bot.web.indexing import refresh_while_answering
from bot.web.page import (CHAT_SCROLL_JS, COPY_JS, EMPTY_ENTER_JS, EXPORT_JS, FOCUS_JS, LIVE_JS, MESSAGES_JS, PAGE_CSS,
                          QUESTION_NAME_JS)
from bot.web.views import CSS, SCROLL_TO_QUOTE_JS, document_view, sources_panel

log = logging.getLogger(__name__)

TOPICS_EXAMPLE = "What can I ask?"
MAX_QUOTES = 10
# A session keeps its latest answers for the quote picker, feedback and export; older ones go, so one long session
# cannot hold memory without end.
MAX_SESSION_ANSWERS = 50


def chat_answer(bot, message, top_k: int | None = None, sources=None, history=()) -> Answer:
    """What the chat answers a message (text, or the multimodal textbox's dict), read with the conversation's
    earlier user turns `history` where it leans on them: "What can I ask?" lists the documents' topics; any failure
    becomes an `invalid` answer that still carries the notice (`Bot.reply`). A file quoted that changed since it was
    indexed is read again first (`answer_from_current_files`)."""
    return answer_from_current_files(lambda: bot.reply(_text(message), top_k=top_k, sources=sources or None,
                                                       topics=True, history=history),
                                     bot.refresh, source_check(bot), bot.document)


# The earlier user turns a question is read with, at most (the latest ones).
MAX_HISTORY_TURNS = 10


def user_turns(history) -> tuple[str, ...]:
    """The text of the user's messages in a Gradio chat history (messages whose content is a string, a content
    block or a list of blocks), oldest first, the latest MAX_HISTORY_TURNS."""
    return _all_user_turns(history)[-MAX_HISTORY_TURNS:]


def _all_user_turns(history) -> tuple[str, ...]:
    turns = []
    for message in history or ():
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = message.get("content")
        blocks = content if isinstance(content, list) else [content]
        text = " ".join(block if isinstance(block, str) else str(block.get("text") or "")
                        for block in blocks if isinstance(block, (str, dict))).strip()
        if text:
            turns.append(text)
    return tuple(turns)


_SOURCE_CHECKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def source_check(bot) -> SourceCheck:
    """The check of `bot`'s indexed documents against its corpus folder: one per bot, as it remembers hashes."""
    check = _SOURCE_CHECKS.get(bot)
    return check if check is not None else _SOURCE_CHECKS.setdefault(bot, SourceCheck(bot.settings.corpus_dir))


def _text(message):
    return message.get("text", "") if isinstance(message, dict) else message


EMPTY_MESSAGE = "Type a question first."


def check_message(message) -> dict:
    """Gradio's validation of a chat message before it becomes a turn: a message with no text (Enter on an empty
    box) is refused at the box, so it adds no bubble, no answer and nothing to the export."""
    return gr.validate(bool(str(_text(message) or "").strip()), EMPTY_MESSAGE)


def make_handler(bot):
    """The text-only chat function `(message) -> answer text`, for the `/chat` endpoint."""

    def respond(message: str) -> str:
        return chat_answer(bot, message).answer

    return respond


@dataclasses.dataclass(frozen=True)
class ChatTurn:
    """What the page shows after a chat message, or after the chat is cleared: the answer as the conversation
    shows it, the sources panel, the quote picker's update, the document view, and this session's answers."""

    text: str
    panel: str
    picker: dict
    document: str
    answers: tuple[Answer, ...]


@dataclasses.dataclass(frozen=True)
class Uploaded:
    """What the page shows after an upload: what happened to each file, and the document chooser's update."""

    status: str
    documents: dict


@dataclasses.dataclass(frozen=True)
class Exported:
    """What the page shows after an export: the file to download (None if nothing was written), and a message."""

    file: str | None
    status: str


def make_session_handler(bot):
    """The chat page's function: answers, then updates the sources panel, the quote picker and this session's
    latest MAX_SESSION_ANSWERS answers (kept in the session's own state, so sessions never see each other's
    answers; with a login, a session is its user's alone: bot/web/guard.py)."""

    def respond(message, history, top_k, sources, answers) -> ChatTurn:
        # After Retry the chat holds one turn fewer than the answers: the retried answer is dropped, not kept.
        kept = tuple(answers or ())[:len(_all_user_turns(history))]
        answer = ask_with_settings(bot, message, _quote_count(top_k), _chosen(sources), user_turns(history))
        return latest_turn(bot, (*kept, answer)[-MAX_SESSION_ANSWERS:])

    return respond


def ask_with_settings(bot, message, top_k: int | None, sources: tuple[str, ...], history=()) -> AskedAnswer:
    """`chat_answer` kept with the settings it was asked with (`asked_with`), so a reload asks it again with them."""
    answer = chat_answer(bot, message, top_k, sources, history)
    return asked_with(answer, sources, top_k, len(bot.store.documents))


def _chosen(sources) -> tuple[str, ...]:
    """The documents chosen in "Search only these documents", in a stable order."""
    return tuple(sorted({source for source in sources or () if isinstance(source, str)}))


def latest_turn(bot, answers: Sequence[Answer]) -> ChatTurn:
    """The page showing the latest of a session's `answers`: its text, sources panel and quote picker."""
    if not answers:
        return new_chat(bot)
    answer = answers[-1]
    choices = [(f"{i}. {location(q)}", i - 1) for i, q in enumerate(answer.shown_quotes, 1)]
    return ChatTurn(answer.answer, sources_panel(answer, bot.document, source_check(bot).is_current),
                    gr.update(choices=choices, value=None), "", tuple(answers))


def make_undo(bot):
    """What Undo in the chat does to the rest of the page: the latest answer goes from the session (the sources
    panel, quote picker, feedback and export), and the page shows the one before it."""

    def undo(answers) -> ChatTurn:
        return latest_turn(bot, tuple(answers or ())[:-1])

    return undo


def new_chat(bot) -> ChatTurn:
    """The page of a session that has asked nothing yet (what clearing the chat returns to)."""
    return ChatTurn("", sources_panel(None, bot.document), gr.update(choices=[], value=None), "", ())


def restore_conversation(bot, saved, username: str | None) -> tuple[list[dict], ChatTurn]:
    """The conversation this browser kept for `username` (`saved_turns`) asked again, in order, each question with
    the documents and quote count it was asked with and read with the questions before it, as in the chat: its
    messages for the chat, and the page of its latest answer. The answers are the documents' answers now, so what
    the browser sends back is never shown as an answer."""
    turns = saved_turns(saved, username)
    questions = [turn.question for turn in turns]
    answers = [ask_with_settings(bot, turn.question, _quote_count(turn.top_k), turn.sources,
                                 tuple(questions[:number])[-MAX_HISTORY_TURNS:])
               for number, turn in enumerate(turns)]
    # In content blocks, as Gradio keeps a chat's messages: its Retry reads the blocks of the chat's state, and a
    # message restored as a bare string failed it (a trial: HTTP 500 after a reload, the Send button gone).
    messages = [{"role": role, "content": [{"type": "text", "text": text}]} for answer in answers
                for role, text in (("user", answer.question), ("assistant", answer.answer))]
    return messages, latest_turn(bot, answers)


def _username(request) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def _quote_count(value) -> int | None:
    try:
        return min(max(int(value), 1), MAX_QUOTES)
    except (TypeError, ValueError):
        return None


def _picked_quote(answers: Sequence[Answer], index) -> Quote | None:
    if not answers or index is None:
        return None
    quotes = answers[-1].shown_quotes
    return quotes[index] if isinstance(index, int) and 0 <= index < len(quotes) else None


def make_opener(bot):
    """Opening a quote of the latest answer in its document."""

    def open_quote(index, answers) -> str:
        quote = _picked_quote(answers, index)
        return "" if quote is None else document_view(quote, bot.document(quote.source),
                                                      is_current=source_check(bot).is_current)

    return open_quote


@dataclasses.dataclass(frozen=True)
class FeedbackGiven:
    """What the page shows after a feedback click: the confirmation, and what this session has saved, each as
    "KEY ROW-ID" (`feedback_key`, the row's id), so a second click on the same verdict writes no second row and the
    other verdict on the same quote replaces the first."""

    status: str
    given: tuple[str, ...]


# The feedback keys a session remembers: every quote of every kept answer, and each refusal's mark.
MAX_FEEDBACK_KEYS = MAX_QUOTES * MAX_SESSION_ANSWERS + MAX_SESSION_ANSWERS


def feedback_key(answer: Answer, index: int, relevant: bool) -> str:
    """What names one verdict on one quote of one answer (answers equal by value are the same answer)."""
    text = json.dumps([answer.to_record(""), index, relevant], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_feedback(feedback_dir: Path, relevant: bool):
    """Saving "relevant" / "not relevant" for the picked quote of the latest answer as a labelled JSONL row, once
    per (answer, quote) in a session: the same verdict again writes nothing, the other one replaces it."""

    def give_feedback(index, answers, given=()) -> FeedbackGiven:
        given = tuple(given or ())
        quote = _picked_quote(answers, index)
        if quote is None:
            return FeedbackGiven("Pick a quote of the latest answer first.", given)
        label = "relevant" if relevant else "not relevant"
        return _saved_once(feedback_dir, given, feedback_key(answers[-1], index, relevant),
                           lambda: feedback_row(answers[-1], index, relevant),
                           f"{escape_markdown(location(quote))} marked {label}",
                           feedback_key(answers[-1], index, not relevant))

    return give_feedback


def _saved_once(feedback_dir: Path, given: tuple[str, ...], key: str, row, what: str,
                other: str = "") -> FeedbackGiven:
    """Saving the row `row()` makes under `key` unless this session already has, saying so (`what` was marked); a
    row this session saved under `other` (the other verdict on the same quote) is taken out of the file."""
    saved = dict(entry.partition(" ")[::2] for entry in given)
    if key in saved:
        return FeedbackGiven(f"Already saved: {what}.", given)
    made = row()
    try:
        save_feedback(feedback_dir, made, replacing=saved.get(other, ""))
    except BotError as err:
        log.warning("%s", err)  # names the server's folder: for the operator, not the page
        return FeedbackGiven("Could not save the feedback on the server; try again later.", given)
    kept = tuple(entry for entry in given if entry.partition(" ")[0] != other)
    said = f"Changed: {what} (the earlier verdict replaced)" if other in saved else f"Saved: {what}"
    return FeedbackGiven(f"{said}.", (*kept, f"{key} {made['id']}")[-MAX_FEEDBACK_KEYS:])


def actions_for(answers) -> tuple[bool, bool, bool, bool, bool]:
    """Which of "Relevant", "Not relevant", "Should have been answered", "Export Markdown" and "Export JSON" the page
    offers after `answers`: marking a quote when the latest answer has quotes, marking a refusal when it is one,
    exporting when there is anything to export."""
    latest = answers[-1] if answers else None
    quoted = bool(latest and latest.shown_quotes)
    refused = bool(latest and latest.status == "not_found")
    return quoted, quoted, refused, bool(answers), bool(answers)


def make_refusal_feedback(feedback_dir: Path):
    """Saving "should have been answered" for the latest answer when it is "not in your documents" (a refusal has no
    quote to mark) as a labelled JSONL row, once per answer in a session."""

    def give_feedback(answers, given=()) -> FeedbackGiven:
        given = tuple(given or ())
        if not answers or answers[-1].status != "not_found":
            return FeedbackGiven("Only an answer saying the documents do not cover the question can be marked as "
                                 "one they should have answered.", given)
        return _saved_once(feedback_dir, given, feedback_key(answers[-1], -1, True), lambda: refusal_row(answers[-1]),
                           "this answer marked as one the documents should have answered")

    return give_feedback


def make_exporter(kind: str, folder: Path):
    """Exporting this session's conversation as Markdown ("md") or JSON ("json")."""

    def export(answers) -> Exported:
        if not answers:
            return Exported(None, "Nothing to export yet: ask a question first.")
        path = write_export(folder, answers, kind)
        return Exported(str(path), f"Exported {len(answers)} answer(s) as {kind.upper()}.")

    return export


def _export_shown(exporter: Callable, answers) -> tuple[dict, str]:
    """The export box's update and the message after `exporter` ran: the box shown with the file, or hidden."""
    result = exporter(answers)
    return gr.update(value=result.file, visible=result.file is not None), result.status


def make_uploader(bot):
    """The upload handler: saves good files into the corpus folder, refreshes the index while questions go on
    being answered (`refresh_while_answering`), showing each step's progress, and says what happened."""

    def upload(files, progress=gr.Progress()) -> Uploaded:
        paths = [Path(getattr(f, "name", f)) for f in (files or [])]
        if not paths:
            return Uploaded("", gr.update())
        limit = bot.settings.max_upload_mb * 1_000_000
        lines, saved, digests = [], 0, _indexed_digests(bot)
        for path in progress.tqdm(paths, desc="Checking files"):
            result = save_upload_file(bot.settings.corpus_dir, path, limit, digests)
            if result.same_as:
                lines.append(f"- {escape_markdown(path.name)}: same content as **{escape_markdown(result.same_as)}**"
                             ", not added")
                continue
            if result.saved_as and not result.reason:
                saved += 1
                digests.setdefault(_file_sha256(path), result.saved_as)  # two copies in one upload: one is added
                lines.append(f"- Added **{escape_markdown(result.saved_as)}**")
            elif result.saved_as:
                lines.append(f"- {escape_markdown(result.saved_as)}: {escape_markdown(in_words(result.reason))}")
            else:
                lines.append(f"- Refused {escape_markdown(path.name)}: {escape_markdown(in_words(result.reason))}")
        if saved:
            names = ", ".join(path.name for path in paths)
            progress(0.0, desc=f"Reading {names}")
            try:
                report = refresh_while_answering(
                    bot, lambda done, total: progress((done, total), desc=f"Embedding {names}", unit="texts"))
            except BotError as err:
                return Uploaded("\n".join(lines + [f"\nIndexing failed: {escape_markdown(str(err))}"]), gr.update())
            lines.append(f"\nSearchable now: {report.files} document(s), {report.chunks} passages "
                         f"({report.embedded} new texts embedded in {report.seconds:.1f} s).")
        return Uploaded("\n".join(lines), gr.update(choices=document_choices(bot)))

    return upload


# The commands a refusal names for the command line (bot/documents), and what the page says instead: a browser user
# has no shell to run them in.
_COMMANDS_IN_WORDS = (
    (re.compile(r"convert it with `iconv [^`]*`"),
     "open it in a text editor, save it with the encoding UTF-8 and upload it again"),
    (re.compile(r"convert it with `libreoffice [^`]*` \(or save it as (\.\w+)\)"),
     r"open it in Word or LibreOffice, save it as \1"),
)


def in_words(reason: str) -> str:
    """A refusal's `reason` as the page says it: a conversion command a person cannot run in a browser said in
    words (the command line keeps the command)."""
    for command, words in _COMMANDS_IN_WORDS:
        reason = command.sub(words, reason)
    return reason


def accepted_formats() -> str:
    """The file formats an upload takes, as the upload box names them: one extension per kind in
    `bot.documents.extraction.KINDS` (".md", not also ".markdown")."""
    first: dict[str, str] = {}
    for extension, kind in KINDS.items():
        first.setdefault(kind, extension)
    return ", ".join(first.values())


def _indexed_digests(bot) -> dict[str, str]:
    """The sha256 of each indexed file's bytes -> its source, the first source (sorted) for files alike."""
    digests = {}
    for document in sorted(bot.store.documents, key=lambda document: document.source):
        digests.setdefault(document.sha256, document.source)
    return digests


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def make_api(bot):
    """The `/ask` endpoint: a question in, the result record out (as `python -m bot ask --json` prints it); its
    `in_conversation` attribute is the `/ask_in_conversation` endpoint, which also takes the conversation's earlier
    user turns (`history`, oldest first) to read a follow-up with."""

    def ask(question: str) -> dict:
        return ask_in_conversation(question, [])

    def ask_in_conversation(question: str, history: list[str]) -> dict:
        turns = tuple(turn for turn in history or () if isinstance(turn, str))[-MAX_HISTORY_TURNS:]
        return answer_from_current_files(lambda: bot.reply(_text(question), history=turns), bot.refresh,
                                         source_check(bot), bot.document).to_record("1")

    ask.in_conversation = ask_in_conversation

    return ask


def document_choices(bot) -> list[str]:
    """The indexed documents, for the "search only these" setting."""
    return [document.source for document in bot.store.documents]


def example_questions(bot, limit: int = 3) -> list[str]:
    """"What can I ask?" and up to `limit` questions built from the corpus's own topics that it answers, all checked
    in one batch (one encoding, by the kept question encoder when there is one: no model to load before serving)."""
    candidates = candidate_examples(bot.store.documents, limit=3 * limit)
    try:
        answers = bot.ask_batch(candidates) if candidates else []
    except Exception as err:  # examples are a convenience: the page opens without them
        log.warning("example questions left out: %s", err)
        answers = []
    found = [question for question, answer in zip(candidates, answers) if answer.status == "answered"]
    return [TOPICS_EXAMPLE, *found[:limit]]


def returning(kind: type, fields: Sequence[str], fn: Callable) -> Callable:
    """`fn`, which returns a `kind` (one of the dataclasses above), as Gradio calls it: the values of `fields`, in
    order, as a tuple. Gradio matches a tuple to outputs by position, so `build_demo` makes `fields` and the outputs
    from one mapping; a name that is not a field of `kind` fails here, when the page is built."""
    unknown = set(fields) - {field.name for field in dataclasses.fields(kind)}
    if unknown:
        raise ValueError(f"{kind.__name__} has no field {', '.join(sorted(unknown))}.")

    @functools.wraps(fn)  # keeps fn's signature, where Gradio looks for gr.Progress
    def as_tuple(*args, **kwargs) -> tuple:
        result = fn(*args, **kwargs)
        return tuple(getattr(result, name) for name in fields)

    return as_tuple


def questions_as_typed(chatbot: gr.Chatbot) -> gr.Chatbot:
    """`chatbot`, showing each of the user's messages as typed. The page renders every message as Markdown with HTML,
    so "**bold**" was bold and an `<img>` in a question fetched its address, again on each reload (a trial): a user's
    text is escaped on its way to the page (`escape_markdown`) and read back as typed on its way from it
    (`readable`), so the chat's own history, Retry and Undo still hold what was typed. The instance's methods are
    wrapped, not the class extended: Gradio writes a stub file beside the module of every component class."""
    to_page, from_page = chatbot.postprocess, chatbot.preprocess

    def postprocess(value):
        data = to_page(value)
        for message in data.root:
            if message.role == "user":
                for part in message.content:
                    if isinstance(part, TextMessage):
                        part.text = escape_markdown(part.text)
        return data

    def preprocess(payload):
        messages = from_page(payload)
        for message in messages:
            if message["role"] == "user":
                for part in message["content"]:
                    if part.get("type") == "text":
                        part["text"] = readable(part["text"])
        return messages

    chatbot.postprocess, chatbot.preprocess = postprocess, preprocess
    return chatbot


QUESTION_PLACEHOLDER = "Ask your documents..."


def page_style() -> dict:
    """The keyword arguments of `demo.launch` that style the page: Gradio's default theme with its font at the weights
    Gradio ships whole, 400 and 700, from files the app serves (nothing from the network), and PAGE_CSS. The theme's
    600 file holds a few letters only, and 700 was not loaded at all, so bold and semibold text (the notice) was drawn
    in two fonts; without a 600 face the browser draws semibold with the 700 one."""
    font = [gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui",
            "sans-serif"]
    return {"theme": gr.themes.Default(font=font), "css": PAGE_CSS, "i18n": gr.I18n(**STATUS_WORDS)}


# What the page's status region (read aloud by screen readers) says when an event ends: Gradio 6.31 announces its
# own key, "common.complete", which none of its languages defines (a browser trial); others fall back to English.
STATUS_WORDS = {"en": {"common": {"complete": "Done"}}}


def build_demo(bot, feedback_dir: Path | None = None, export_dir: Path | None = None) -> gr.Blocks:
    """The chat page for `bot`, with the API endpoints `/chat` (answer text), `/ask` (result record) and
    `/upload`. Feedback goes to `feedback_dir` (default `feedback/` beside the corpus folder)."""
    settings = bot.settings
    feedback_dir = Path(feedback_dir or Path(settings.corpus_dir).parent / "feedback")
    export_dir = Path(export_dir or tempfile.mkdtemp(prefix="verbatim-export-"))
    # Gradio's copies of uploads and exports are deleted once EXPORT_SECONDS old (checked every 10 minutes).
    with gr.Blocks(title="Verbatim", analytics_enabled=False, delete_cache=(600, EXPORT_SECONDS)) as demo:
        gr.Markdown(f"## Verbatim\nAnswers only by quoting your documents word for word, with where each quote "
                    f"stands.\n\n**{NOTICE}**", elem_id="verbatim-notice")
        answers = gr.State([])
        panel = gr.HTML(sources_panel(None, bot.document), css_template=CSS, elem_id="verbatim-sources",
                        render=False)
        picker = gr.Radio(choices=[], type="value", label="Open a quote in its document", render=False,
                          elem_id="verbatim-picker")
        document = gr.HTML("", css_template=CSS, elem_id="verbatim-document", render=False,
                           js_on_load=SCROLL_TO_QUOTE_JS)
        page = {"panel": panel, "picker": picker, "document": document, "answers": answers}  # ChatTurn fields
        with gr.Row():
            with gr.Column(scale=3):
                with gr.Accordion("Settings", open=False):
                    top_k = gr.Slider(1, MAX_QUOTES, value=min(settings.top_k, MAX_QUOTES), step=1,
                                      label="Quotes per answer")
                    # No choices here: what the page is built with is public, in the API schema the login page
                    # embeds (Gradio 6), so a page gets the names from the load below, once logged in.
                    documents = gr.Dropdown(choices=[], value=[], multiselect=True,
                                            label="Search only these documents (none chosen: all)")
                extra_inputs = [top_k, documents, answers]
                chat = gr.ChatInterface(
                    fn=returning(ChatTurn, ["text", *page], make_session_handler(bot)),
                    # No "share" button: it posts to Hugging Face Spaces discussions, which does nothing here.
                    chatbot=questions_as_typed(gr.Chatbot(height=520, sanitize_html=True, render_markdown=True,
                                                          label="Verbatim", autoscroll=False,
                                                          buttons=["copy", "copy_all"], elem_id="verbatim-chat")),
                    # Named for screen readers; not autofocused, which on a phone scrolls the title and notice
                    # away: FOCUS_JS focuses it without scrolling, where a keyboard is at hand.
                    textbox=gr.Textbox(label="Your question", show_label=False, placeholder=QUESTION_PLACEHOLDER,
                                       submit_btn="Send", elem_id="verbatim-question", autofocus=False,
                                       lines=1, max_lines=6),
                    additional_inputs=extra_inputs,
                    additional_outputs=list(page.values()),
                    # Message-only rows (None for every extra input): Gradio then shows them in the empty chat
                    # as buttons that ask with the page's current settings. A value for an extra input would
                    # instead put them in a table whose gr.State column has no example renderer (an empty row).
                    examples=[[question, *(None for _ in extra_inputs)] for question in example_questions(bot)],
                    cache_examples=False,
                    run_examples_on_click=True,
                    validator=check_message,
                    api_name="chat_page",
                    api_visibility="undocumented",
                    analytics_enabled=False,
                    concurrency_limit=settings.concurrency,
                )
                new_chat_button = gr.Button("New chat", size="sm", elem_id="verbatim-new-chat")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                panel.render()
                picker.render()
                document.render()
                # Each action is offered only when the latest answer allows it (`actions_for`).
                with gr.Row():
                    relevant = gr.Button("Relevant", size="sm", interactive=False)
                    not_relevant = gr.Button("Not relevant", size="sm", interactive=False)
                    # A refusal has no quote to mark: the reader can still say the documents do answer it.
                    wrongly_refused = gr.Button("Should have been answered", size="sm", interactive=False)
                feedback_status = gr.Markdown(elem_id="verbatim-feedback")
                with gr.Row():
                    export_md = gr.Button("Export Markdown", size="sm", interactive=False)
                    export_json = gr.Button("Export JSON", size="sm", interactive=False)
                # Shown once there is a file: empty, it looked like a place to drop one (a browser trial).
                exported = gr.File(label="Export", interactive=False, visible=False, elem_id="verbatim-export")
                export_status = gr.Markdown(elem_id="verbatim-export-status")
        with gr.Accordion("Add documents", open=False):
            files = gr.File(label=f"Documents up to {settings.max_upload_mb} MB each: {accepted_formats()}",
                            file_count="multiple", file_types=sorted(KINDS), type="filepath",
                            elem_id="verbatim-upload")
            status = gr.Markdown(elem_id="verbatim-upload-status")
        picker.change(make_opener(bot), inputs=[picker, answers], outputs=document, api_visibility="private")
        given = gr.State([])
        feedback = {"status": feedback_status, "given": given}  # FeedbackGiven fields
        # One feedback click at a time: each reads what the one before saved (`given`), so two quick clicks of
        # different verdicts replace, never keep both rows (a reviewer's finding).
        one_at_a_time = {"concurrency_id": "feedback", "concurrency_limit": 1}
        for button, verdict in ((relevant, True), (not_relevant, False)):
            button.click(returning(FeedbackGiven, list(feedback), make_feedback(feedback_dir, verdict)),
                         inputs=[picker, answers, given], outputs=list(feedback.values()), api_visibility="private",
                         **one_at_a_time)
        wrongly_refused.click(returning(FeedbackGiven, list(feedback), make_refusal_feedback(feedback_dir)),
                              inputs=[answers, given], outputs=list(feedback.values()), api_visibility="private",
                              **one_at_a_time)
        for button, kind in ((export_md, "md"), (export_json, "json")):
            button.click(functools.partial(_export_shown, make_exporter(kind, export_dir)), inputs=answers,
                         outputs=[exported, export_status], api_visibility="private")
        started_over = keep_conversation_in_browser(bot, demo, chat, page, new_chat_button, (top_k, documents))
        # Gradio empties the question box's placeholder while it answers and never puts it back: put back with each
        # change of the chat.
        chat.chatbot.change(lambda: gr.update(placeholder=QUESTION_PLACEHOLDER), outputs=chat.textbox, queue=False,
                            api_visibility="private")
        # A new answer (or none) resets what was about the one before: a feedback confirmation, an export's file and
        # confirmation (a browser trial's finding), and which actions the page offers: buttons that would only say
        # "Pick a quote first" or "Nothing to export yet" are not offered (`actions_for`).
        def reset(kept) -> tuple:
            return ("", gr.update(value=None, visible=False), "",
                    *(gr.update(interactive=on) for on in actions_for(kept)))

        about_answers = [feedback_status, exported, export_status, relevant, not_relevant, wrongly_refused, export_md,
                         export_json]
        answers.change(reset, inputs=answers, outputs=about_answers, queue=False, api_visibility="private")
        # Undo, Clear and New chat set the answers from a handler of their own, whose change Gradio does not always
        # pass on: the export of an undone answer stayed offered (a browser trial: "Exported 3 answer(s)" under two
        # turns). Each resets them itself once done.
        for event in started_over:
            event.then(reset, inputs=answers, outputs=about_answers, queue=False, api_visibility="private")
        demo.load(None, js=FOCUS_JS)
        demo.load(None, js=EMPTY_ENTER_JS)
        demo.load(None, js=QUESTION_NAME_JS)
        demo.load(None, js=CHAT_SCROLL_JS)
        demo.load(None, js=MESSAGES_JS)
        demo.load(None, js=COPY_JS)
        demo.load(None, js=EXPORT_JS)
        demo.load(None, js=LIVE_JS)
        # Every page (a reload, another tab) lists the documents indexed now, uploads since the start included; the
        # list is this session's, so the filter takes a name only once the page has it.
        demo.load(lambda: gr.update(choices=document_choices(bot)), outputs=documents, api_visibility="private")
        upload = {"status": status, "documents": documents}  # Uploaded fields
        # Progress shows over the file box, where the file was just dropped: the status below is empty (no height)
        # until the upload is done, and the document chooser sits in the closed Settings.
        # The box is emptied once its files are read: a second upload sent the first one's files again, and was
        # told "same content as" the file it had just added (a browser trial).
        files.upload(returning(Uploaded, list(upload), make_uploader(bot)), inputs=files, outputs=list(upload.values()),
                     api_name="upload", concurrency_limit=1, show_progress_on=files).then(
            lambda: None, outputs=files, queue=False, api_visibility="private")
        gr.api(make_handler(bot), api_name="chat", concurrency_limit=settings.concurrency)
        api = make_api(bot)
        gr.api(api, api_name="ask", concurrency_limit=settings.concurrency)
        gr.api(api.in_conversation, api_name="ask_in_conversation", concurrency_limit=settings.concurrency)
    # A bounded queue: past queue_size waiting requests Gradio answers "queue full" at once instead of hanging.
    demo.queue(max_size=settings.queue_size, default_concurrency_limit=settings.concurrency)
    return demo


def keep_conversation_in_browser(bot, demo: gr.Blocks, chat: gr.ChatInterface, page: dict,
                                 new_chat_button: gr.Button, settings: tuple[gr.Slider, gr.Dropdown]) -> tuple:
    """Wire `demo` (inside its Blocks) so that its conversation is kept in the browser (localStorage): its questions
    and whose they are (`saved_conversation`), written whenever the session's answers change, asked again when a
    page opens (`restore_conversation`), so a reload finds it and another login on this browser does not. "New
    chat" and the chat's own Clear start over, and forget it. `page` maps the `ChatTurn` fields after `text` to
    their components; `settings` (the quote count and the document chooser) are set back to what the latest kept
    question was asked with, so the next question is asked as it would have been before the reload. Returns the
    events of New chat, Clear and Undo, which change the answers without a chat turn."""
    saved = gr.BrowserState(saved_conversation((), None), storage_key="verbatim-conversation",
                            secret=browser_secret(bot.settings.index_dir))
    conversation = [chat.chatbot, chat.chatbot_state, *page.values()]  # the chat's messages twice, then the page
    answers = page["answers"]
    page_of = functools.partial(returning, ChatTurn, list(page))

    def keep(kept_answers, request: gr.Request) -> dict:
        return saved_conversation(tuple(kept_answers or ()), _username(request))

    def restore(saved_value, request: gr.Request) -> tuple:
        messages, turn = restore_conversation(bot, saved_value, _username(request))
        return (messages, messages, *page_of(lambda: turn)(), *settings_of(bot, turn.answers))

    def start_over(request: gr.Request) -> tuple:
        return ([], [], *page_of(lambda: new_chat(bot))(), keep((), request))

    def clear_page(request: gr.Request) -> tuple:  # the chat itself Gradio clears
        return start_over(request)[2:]

    def undo_page(kept_answers, request: gr.Request) -> tuple:
        turn = make_undo(bot)(kept_answers)
        return (*page_of(lambda: turn)(), keep(turn.answers, request))

    # A chat turn changes the answers (its handler cannot see the login); Undo, Clear and New chat write at once.
    answers.change(keep, inputs=answers, outputs=saved, api_visibility="private", queue=False)
    demo.load(restore, inputs=saved, outputs=[*conversation, *settings], api_visibility="private")
    return (new_chat_button.click(start_over, outputs=[*conversation, saved], api_visibility="private", queue=False),
            chat.chatbot.clear(clear_page, outputs=[*page.values(), saved], api_visibility="private"),
            chat.chatbot.undo(undo_page, inputs=answers, outputs=[*page.values(), saved], api_visibility="private",
                              queue=False))


def settings_of(bot, answers: Sequence[Answer]) -> tuple[dict, dict]:
    """The updates of the quote count and the document chooser that show the settings the latest of `answers` was
    asked with (nothing changed without one); the chooser lists the documents indexed now."""
    latest = answers[-1] if answers else None
    top_k = getattr(latest, "top_k", None)
    choices = document_choices(bot)
    chosen = [source for source in getattr(latest, "sources", ()) if source in choices]
    return (gr.update(value=top_k) if top_k else gr.update(),
            gr.update(choices=choices, value=chosen) if latest is not None else gr.update(choices=choices))


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
