"""A chat session's record: exporting it as Markdown or JSON, and saving feedback on quotes as labelled rows of
the question-set format, so `python -m bot eval feedback.jsonl` measures against them."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from pathlib import Path

from bot.answer.compose import NOTICE, Quote, location
from bot.errors import BotError

FEEDBACK_FILE = "feedback.jsonl"
_APPENDING = threading.Lock()


def export_markdown(records: list[dict]) -> str:
    """The conversation as Markdown: each question, the answer as shown (quotes, sources, notice)."""
    parts = ["# Verbatim conversation", "", f"Exported {time.strftime('%Y-%m-%d %H:%M:%S %Z')}.", ""]
    for number, record in enumerate(records, 1):
        parts += [f"## {number}. {record['question']}", "", f"Status: {record['status']}", "", record["answer"], ""]
        for quote in record["quotes"]:
            parts.append(f"- Source: {location(Quote(**quote))} (characters {quote['start']}-{quote['end']}, "
                         f"score {quote['score']})")
        parts.append("")
    parts.append(f"*{NOTICE}*")
    return "\n".join(parts) + "\n"


def export_json(records: list[dict]) -> str:
    """The conversation as JSON: the result record of every answer, in order, with the notice."""
    return json.dumps({"exported": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "notice": NOTICE, "answers": records},
                      ensure_ascii=False, indent=2) + "\n"


def write_export(folder: Path, records: list[dict], kind: str) -> Path:
    """Write the conversation as `kind` ("md" or "json") to a new file in `folder`; returns its path."""
    text = export_markdown(records) if kind == "md" else export_json(records)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"verbatim-conversation-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.{kind}"
    path.write_text(text, encoding="utf-8")
    return path


def feedback_row(record: dict, quote_index: int, relevant: bool) -> dict:
    """One labelled row in the question-set format. A relevant quote becomes the gold answer (`expected`,
    `expected_source`, `expected_status`); a quote marked not relevant goes to `not_expected`."""
    quote = record["quotes"][quote_index]
    row = {"id": f"feedback-{uuid.uuid4().hex[:12]}", "question": record["question"],
           "feedback": "relevant" if relevant else "not_relevant", "quote": quote,
           "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if relevant:
        row.update(expected=[quote["text"]], expected_source=quote["source"], expected_status="answered")
    else:
        row["not_expected"] = [quote["text"]]
    return row


def save_feedback(folder: Path, row: dict) -> Path:
    """Append `row` to `folder/feedback.jsonl` as one line; BotError if it cannot be written."""
    path = Path(folder) / FEEDBACK_FILE
    line = json.dumps(row, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _APPENDING, open(path, "a", encoding="utf-8") as handle:  # sessions never interleave lines
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise BotError(f"Could not save feedback to {path} ({err.strerror}). Check the --feedback folder.") from None
    return path
