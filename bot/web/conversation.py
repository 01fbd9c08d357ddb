"""A chat session's answers: exporting them as Markdown or JSON, saving feedback on quotes as labelled rows of the
question-set format, so `python -m bot eval feedback.jsonl` measures against them, and what the browser keeps of
the conversation so that a reload finds it again."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import threading
import time
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Sequence

from bot.answer.compose import NOTICE, Answer, escape_markdown, location, shown_source
from bot.errors import BotError

FEEDBACK_FILE = "feedback.jsonl"
_APPENDING = threading.Lock()
EXPORT_PREFIX = "verbatim-conversation-"
# An export is a file to download now: after half an hour, or past the newest MAX_EXPORTS, it is deleted.
EXPORT_SECONDS = 30 * 60
MAX_EXPORTS = 200


# What `bot.answer.compose.escape_markdown` wrote so the chat shows document text as itself, undone in one pass.
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_\[\]~|#>])|&(amp|lt|gt);")
_ENTITY_TEXT = {"amp": "&", "lt": "<", "gt": ">"}
# Markdown ends a heading or a list item at a line break, and what follows it can start a block of its own.
_LINE_BREAKS = re.compile(r"[\r\n]+")


@dataclass(frozen=True)
class AskedAnswer(Answer):
    """An answer of the chat with the settings it was asked with that change it: the documents the search was limited
    to (`sources`, empty: all of them) and the quotes asked for (`top_k`, None: the default). A reload asks its
    question again with them, and exports record them."""

    sources: tuple[str, ...] = ()
    top_k: int | None = None

    def to_record(self, id: str) -> dict:
        """`Answer.to_record`, with `searched_only` (the documents searched, [] for all) and `top_k`."""
        return {**super().to_record(id), "searched_only": list(self.sources), "top_k": self.top_k}


# How many chosen documents a not-found answer names; past that, it says how many more.
NAMED_SOURCES = 3


def asked_with(answer: Answer, sources: Sequence[str] = (), top_k: int | None = None,
               documents_indexed: int = 0) -> AskedAnswer:
    """`answer` kept with the settings it was asked with. A not-found answer inside a document filter says, before
    the notice, which documents it searched and that clearing the filter searches all `documents_indexed`."""
    kept = {field.name: getattr(answer, field.name) for field in fields(Answer)}
    sources = tuple(sources)
    if answer.status == "not_found" and sources:
        kept["answer"] = _before_notice(answer.answer, filter_note(sources, documents_indexed))
    return AskedAnswer(**kept, sources=sources, top_k=top_k)


def filter_note(sources: Sequence[str], documents_indexed: int) -> str:
    """What a not-found answer adds when the search was limited to `sources`: which ones (the first NAMED_SOURCES),
    and how to search all."""
    names = [f"**{escape_markdown(shown_source(source))}**" for source in sources[:NAMED_SOURCES]]
    if len(sources) > NAMED_SOURCES:
        names.append(f"{len(sources) - NAMED_SOURCES} more")
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    which = f"{listed} was searched" if len(sources) == 1 else f"{len(sources)} documents were searched, {listed}"
    everything = f"all {documents_indexed} documents" if documents_indexed > len(sources) else "all documents"
    return (f"Only {which}, as chosen in Settings under \"Search only these documents\". Clear that choice to search "
            f"{everything}.")


def _before_notice(text: str, note: str) -> str:
    """`text` (an answer ending with its notice line) with `note` as the paragraph before the notice."""
    head, notice, tail = text.rpartition(f"\n\n*{NOTICE}*")
    return f"{head}\n\n{note}{notice}{tail}" if notice else f"{text}\n\n{note}"


def readable(text: str) -> str:
    """An answer's text as a person reads it in the chat: "A&amp;E" is "A&E", "\\*" is "*"."""
    return _MARKDOWN_ESCAPE.sub(lambda m: m.group(1) or _ENTITY_TEXT[m.group(2)], text)


# What an answer's own Markdown marks bold and italic ("**This may be an emergency...**", "*Not medical advice...*"),
# and its escapes, which `readable` reads.
_EMPHASIS = re.compile(r"\\.|\*\*|\*", re.DOTALL)


def plain_text(answer: str, styles: dict[str, tuple[str, str]] | None = None) -> str:
    """An answer's Markdown as plain text: its emphasis markers left out (read as typos in an export or a terminal,
    two trials' findings) or, with `styles` (a marker, "**" or "*", to what starts and ends it), drawn so; its
    escapes read as what they stand for."""
    inside = {"**": False, "*": False}

    def drawn(match: re.Match) -> str:
        token = match.group()
        if token.startswith("\\"):
            return token  # an escape: `readable` reads it
        inside[token] = not inside[token]
        return styles[token][0 if inside[token] else 1] if styles else ""

    return readable(_EMPHASIS.sub(drawn, answer))


def _fenced(text: str) -> str:
    """`text` as a Markdown block shown exactly as written: no document markup becomes a tag, link or emphasis."""
    longest = max((len(run) for run in re.findall(r"~+", text)), default=0)
    fence = "~" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def _inline(text: str) -> str:
    """A person's or a document's `text` within one line of Markdown (a heading, a list item), rendered as itself:
    its line breaks spaces, its markup escaped, so a heading "## Advice" or "> checked verbatim", or a name holding
    "](javascript:...)", makes no heading, quote block or link of the export's."""
    return escape_markdown(_LINE_BREAKS.sub(" ", text))


def export_markdown(answers: Sequence[Answer]) -> str:
    """The conversation as Markdown: each question, the answer as a person reads it (quotes, sources, notice; as
    plain text in a block, so nothing in a document renders as markup), and where each quote stands. Questions,
    document names and headings are escaped: rendered, they read as written, and add no structure."""
    parts = ["# Verbatim conversation", "", f"Exported {time.strftime('%Y-%m-%d %H:%M:%S %Z')}.", ""]
    for number, answer in enumerate(answers, 1):
        parts += [f"## {number}. {_inline(answer.question)}", "", f"Status: {answer.status}", ""]
        sources = getattr(answer, "sources", ())
        if sources:
            parts += [f"Searched only: {', '.join(_inline(shown_source(source)) for source in sources)}", ""]
        parts += [_fenced(plain_text(answer.answer)), ""]
        for quote in answer.shown_quotes:
            parts.append(f"- Source: {_inline(location(quote))} (characters {quote.start}-{quote.end}, "
                         f"score {quote.score})")
        parts.append("")
    parts.append(f"*{NOTICE}*")
    return "\n".join(parts) + "\n"


def export_json(answers: Sequence[Answer]) -> str:
    """The conversation as JSON: the result record of every answer, in order (ids "1", "2", ...), with the notice;
    each answer's text as a person reads it (no Markdown or HTML escapes)."""
    records = [{**answer.to_record(str(number)), "answer": readable(answer.answer),
                "quotes": [asdict(quote) for quote in answer.shown_quotes]}
               for number, answer in enumerate(answers, 1)]
    return json.dumps({"exported": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "notice": NOTICE, "answers": records},
                      ensure_ascii=False, indent=2) + "\n"


def write_export(folder: Path, answers: Sequence[Answer], kind: str) -> Path:
    """Write the conversation as `kind` ("md" or "json") to a new file in `folder`; returns its path. Earlier
    exports past their time are deleted first (`expire_exports`)."""
    text = export_markdown(answers) if kind == "md" else export_json(answers)
    folder.mkdir(parents=True, exist_ok=True)
    expire_exports(folder)
    path = folder / f"{EXPORT_PREFIX}{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:12]}.{kind}"
    path.write_text(text, encoding="utf-8")
    return path


def expire_exports(folder: Path, max_age_seconds: float = EXPORT_SECONDS, keep: int = MAX_EXPORTS) -> list[Path]:
    """Delete the exports in `folder` older than `max_age_seconds`, and all but the newest `keep`; returns them."""
    now, exports = time.time(), []
    for path in Path(folder).glob(f"{EXPORT_PREFIX}*"):
        try:
            exports.append((path.stat().st_mtime, path))
        except FileNotFoundError:  # another session's sweep got there first
            continue
    exports.sort(reverse=True)
    expired = [path for number, (mtime, path) in enumerate(exports) if number >= keep or now - mtime > max_age_seconds]
    for path in expired:
        path.unlink(missing_ok=True)
    return expired


def feedback_row(answer: Answer, quote_index: int, relevant: bool) -> dict:
    """One labelled row in the question-set format. A relevant quote becomes the gold answer (`expected`,
    `expected_source`, `expected_status`); a quote marked not relevant goes to `not_expected`."""
    quote = answer.quotes[quote_index]
    row = {"id": f"feedback-{uuid.uuid4().hex[:12]}", "question": answer.question,
           "feedback": "relevant" if relevant else "not_relevant", "quote": asdict(quote),
           "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if answer.context:  # a follow-up: eval reads it with the earlier turns it was read with, as the chat did
        row["history"] = list(answer.read_with) or [answer.context]
    if relevant:
        row.update(expected=[quote.text], expected_source=quote.source, expected_status="answered")
    else:
        row["not_expected"] = [quote.text]
    return row


def refusal_row(answer: Answer) -> dict:
    """One labelled row in the question-set format for a "not in your documents" answer its reader says the documents
    do answer: `expected_status` "answered", which `eval` measures as status accuracy."""
    row = {"id": f"feedback-{uuid.uuid4().hex[:12]}", "question": answer.question, "feedback": "wrongly_refused",
           "expected_status": "answered", "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if answer.context:  # a follow-up, asked again by eval with the turns it was read with
        row["history"] = list(answer.read_with) or [answer.context]
    return row


def save_feedback(folder: Path, row: dict, replacing: str = "") -> Path:
    """Append `row` to `folder/feedback.jsonl` as one line; with `replacing`, the id of a row whose verdict its reader
    changed, the file is written again without that row and with `row`, in one step (the file holds the latest
    verdict only, and a failure leaves it as it was). BotError if it cannot be written."""
    path = Path(folder) / FEEDBACK_FILE
    line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _APPENDING, _file_lock(path):  # sessions and processes never interleave lines
            if replacing and path.is_file():
                _replace_row(path, replacing, line)
            else:
                with open(path, "ab") as handle:
                    handle.write(line)
                    handle.flush()
                    os.fsync(handle.fileno())
    except OSError as err:
        raise BotError(f"Could not save feedback to {path} ({err.strerror}). Check the --feedback folder.") from None
    return path


@contextlib.contextmanager
def _file_lock(path: Path):
    """An exclusive lock on `path`'s lock file beside it, held while the block runs: another app process writing to
    the same feedback folder waits (where the system has no such locks, the process's own lock is all)."""
    try:
        import fcntl
    except ImportError:  # not on a POSIX system
        yield
        return
    with open(path.with_name(f".{path.name}.lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _replace_row(path: Path, row_id: str, line: bytes) -> None:
    """Write the feedback file `path` again, line by line as bytes (a line written by hand in another encoding, or
    holding a line separator other than "\\n", stays as it was), without the row whose id is `row_id` and with
    `line` at its end, into a file beside it that then takes its place, with its permissions."""
    marker = json.dumps(row_id).encode("utf-8")
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(path, "rb") as old, open(temporary, "wb") as new:
            for text in old:
                if marker in text and _row_id(text) == row_id:
                    continue
                new.write(text if text.endswith(b"\n") else text + b"\n")
            new.write(line)
            new.flush()
            os.fsync(new.fileno())
        shutil.copymode(path, temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _row_id(text: bytes) -> object:
    """The id of the JSON object on a feedback file's line, or None."""
    try:
        found = json.loads(text.decode("utf-8"))
    except ValueError:
        return None
    return found.get("id") if isinstance(found, dict) else None


# What the browser keeps of a conversation is sent back whole when a page opens: kept small against the server's cap
# on a request's body (bot/web/guard.py), the latest questions first.
SAVED_BYTES = 16_000
SAVED_QUESTIONS = 50


def user_tag(username: str | None) -> str:
    """What names a login in the browser's copy of a conversation (no login: the empty name)."""
    return hashlib.sha256(f"verbatim-user:{username or ''}".encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class KeptTurn:
    """A question of a conversation the browser kept, with the settings it was asked with (as `AskedAnswer`)."""

    question: str
    sources: tuple[str, ...] = ()
    top_k: int | None = None


def saved_conversation(answers: Sequence[Answer], username: str | None) -> dict:
    """What the browser keeps of a conversation: the questions asked, each with the documents it searched and the
    quotes it asked for (an `AskedAnswer`'s `sources` and `top_k`), oldest first (the latest SAVED_QUESTIONS, within
    SAVED_BYTES as JSON), and whose they are. No answers: they are asked again when a page opens, so nothing the
    browser sends back can become an answer, a quote or a feedback row."""
    turns = [{"question": answer.question, "sources": list(getattr(answer, "sources", ())),
              "top_k": getattr(answer, "top_k", None)} for answer in answers]
    return {"user": user_tag(username), "turns": _latest(turns)}


def saved_turns(saved: object, username: str | None) -> list[KeptTurn]:
    """The questions of the conversation the browser kept (`saved_conversation`), if it is `username`'s, with the
    settings each was asked with: a copy another login left in this browser, or anything malformed, is an empty
    conversation; a malformed setting is the default. A copy of the questions alone (kept before the settings
    were) is read too."""
    if not isinstance(saved, dict) or saved.get("user") != user_tag(username):
        return []
    turns = saved.get("turns", saved.get("questions"))
    if not isinstance(turns, list):
        return []
    kept = [_kept_turn(turn if isinstance(turn, dict) else {"question": turn}) for turn in turns]
    return _latest([turn for turn in kept if turn is not None])


def _kept_turn(turn: dict) -> KeptTurn | None:
    question, sources, top_k = turn.get("question"), turn.get("sources"), turn.get("top_k")
    if not isinstance(question, str) or not question.strip():
        return None
    sources = tuple(sorted({source for source in sources if isinstance(source, str)})) \
        if isinstance(sources, list) else ()
    return KeptTurn(question, sources, top_k if isinstance(top_k, int) and not isinstance(top_k, bool) else None)


def _latest(turns: Sequence) -> list:
    """The latest of `turns` (in order) that make at most SAVED_QUESTIONS and SAVED_BYTES as JSON."""
    kept: list = []
    size = 2
    for turn in reversed(turns[-SAVED_QUESTIONS:]):
        size += len(json.dumps(asdict(turn) if isinstance(turn, KeptTurn) else turn)) + 1
        if size > SAVED_BYTES:
            break
        kept.append(turn)
    return kept[::-1]


def browser_secret(index_dir: Path) -> str:
    """The key the browser's kept conversation is sealed with (`gr.BrowserState`), kept in `index_dir` so that a
    conversation survives a server restart; made once, readable by its owner only. A folder that cannot keep it
    gives a key for this process alone (a restart then starts the chat empty)."""
    path = Path(index_dir) / "browser-secret"
    try:
        kept = path.read_text(encoding="ascii").strip()
        if len(kept) == 64:
            return kept
    except OSError:
        pass
    secret = secrets.token_hex(32)
    try:
        Path(index_dir).mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secret)
    except OSError:
        pass
    return secret

