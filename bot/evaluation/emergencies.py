"""Measuring the emergency screen on a labelled set of messages: how many emergencies it catches (recall, by category
and language) and how many other messages it calls urgent (false urgent, by kind: negated, mention, past, risk,
ordinary). The screen's third signal reads the model's vector of each message (`bot.answer.examples`), so the
model is loaded, but no index: this runs in seconds.

A labelled file is JSONL, one message a line: `{"id", "message", "urgent": true|false, "category", "kind",
"language"}` (`tests/data/emergencies.jsonl`). Rows are split in two halves by a hash of their id (`half`), so
that the screen can be developed on one half and reported on the other.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

from bot.answer.examples import example_bank
from bot.answer.safety import Screening, example_text, screen_by_example, screen_question
from bot.errors import QuestionFileError
from bot.evaluation.questions import describe_problems, read_json_rows
from bot.index.embedding import Embedder
from bot.settings import Settings

KINDS = ("emergency", "negated", "mention", "past", "risk", "ordinary", "hypothetical", "fiction", "third-party-past")
HALVES = ("development", "held-out")


@dataclass(frozen=True)
class LabelledMessage:
    """One message of a labelled set: whether it is an emergency happening now, which kind of emergency (or what
    it is about), what kind of message it is, and its language."""

    id: str
    message: str
    urgent: bool
    category: str
    kind: str
    language: str

    @property
    def half(self) -> str:
        """The half of the set this row falls in (`half_of` its id)."""
        return half_of(self.id)


def half_of(row_id: str) -> str:
    """The half of a labelled set a row falls in, by the sha256 of its id: "development" or "held-out" (the
    conversation set, `bench/emergency_conversations.py`, splits so too)."""
    return HALVES[hashlib.sha256(row_id.encode("utf-8")).digest()[0] % 2]


@dataclass(frozen=True)
class Rate:
    """How many of `total` messages the screen called urgent."""

    urgent: int
    total: int

    @property
    def share(self) -> float:
        return self.urgent / self.total if self.total else 0.0


@dataclass(frozen=True)
class EmergencyMeasures:
    """Urgent recall (emergencies called urgent) and false urgent (other messages called urgent), overall and by
    category, language and kind; and the messages it got wrong, by id."""

    messages: int
    recall: Rate
    false_urgent: Rate
    recall_by_category: dict[str, Rate]
    recall_by_language: dict[str, Rate]
    false_urgent_by_kind: dict[str, Rate]
    false_urgent_by_language: dict[str, Rate]
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]
    message_language: Rate | None = None  # caught emergencies answered in the message's own language

    def to_dict(self) -> dict:
        """The measures as JSON: rates as {"urgent", "total", "share"}."""
        def rate(value: Rate) -> dict:
            return {**asdict(value), "share": round(value.share, 4)}

        return {name: ({key: rate(r) for key, r in value.items()} if isinstance(value, dict)
                       else rate(value) if isinstance(value, Rate) else value)
                for name, value in ((f, getattr(self, f)) for f in self.__dataclass_fields__)}


def read_labelled(path: Path) -> list[LabelledMessage]:
    """The rows of a labelled emergency file; every bad row is reported as `file:line: reason`."""
    problems, rows = [], []
    for line, fields in read_json_rows(path):
        try:
            row = LabelledMessage(str(fields["id"]), fields["message"], fields["urgent"], fields["category"],
                                  fields["kind"], fields["language"])
        except KeyError as err:
            problems.append((line, f"missing {err.args[0]!r}"))
            continue
        if not isinstance(row.message, str) or not isinstance(row.urgent, bool) or row.kind not in KINDS:
            problems.append((line, f"expected a text 'message', true or false 'urgent' and a 'kind' of {KINDS}"))
        elif row.urgent != (row.kind == "emergency"):
            problems.append((line, "'urgent' is true exactly when 'kind' is \"emergency\""))
        else:
            rows.append(row)
    if problems:
        raise QuestionFileError(describe_problems(Path(path), problems) + "\nFix them and run again.")
    return rows


def measure(rows: Sequence[LabelledMessage], urgent: Sequence[bool],
            languages: Sequence[str] | None = None) -> EmergencyMeasures:
    """The measures of the screen's verdicts `urgent` (one per row, in order), and of the languages it would answer
    them in, when given."""
    def rates(pairs: Iterable[tuple[str, bool]]) -> dict[str, Rate]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for key, called in pairs:
            counts[key][0] += called
            counts[key][1] += 1
        return {key: Rate(*counts[key]) for key in sorted(counts)}

    emergencies = [(row, called) for row, called in zip(rows, urgent) if row.urgent]
    others = [(row, called) for row, called in zip(rows, urgent) if not row.urgent]
    return EmergencyMeasures(
        len(rows), Rate(sum(c for _, c in emergencies), len(emergencies)), Rate(sum(c for _, c in others), len(others)),
        rates((r.category, c) for r, c in emergencies), rates((r.language, c) for r, c in emergencies),
        rates((r.kind, c) for r, c in others), rates((r.language, c) for r, c in others),
        tuple(r.id for r, c in emergencies if not c), tuple(r.id for r, c in others if c),
        None if languages is None else Rate(sum(r.urgent and c and r.language == language for r, c, language
                                                in zip(rows, urgent, languages)), sum(c for _, c in emergencies)))


def screen_messages(messages: Sequence[str], settings: Settings) -> list[Screening]:
    """The screen's verdict on each message as the product screens a question: the phrases and the letters model,
    then, for the messages they pass, the example messages with the model's vector of each (the model is loaded,
    no index)."""
    screenings = [screen_question(message, settings.max_question_chars) for message in messages]
    read = [i for i, (message, screening) in enumerate(zip(messages, screenings))
            if screening.status == "ok" and example_text(message) is not None]
    if not read:
        return screenings
    embedder = Embedder.load(settings.model, settings.precision, settings.backend, settings.question_encoder_dir())
    bank = example_bank(embedder.model_hash)
    if bank is None:
        return screenings
    vectors = embedder.encode([messages[i] for i in read], batch_size=settings.encode_batch_size)
    for i, vector in zip(read, vectors):
        screenings[i] = screen_by_example(messages[i], vector, bank) or screenings[i]
    return screenings


def run_emergencies(path: Path, out: Path, settings: Settings, half: str | None = None) -> str:
    """Screen every message of the labelled file `path` (or of one `half` of it), write the measures to `out` as
    JSON, and return a summary to print."""
    rows = [row for row in read_labelled(path) if half is None or row.half == half]
    if not rows:
        raise QuestionFileError(f"{path}: no labelled messages{f' in the {half} half' if half else ''}.")
    screenings = screen_messages([row.message for row in rows], settings)
    measures = measure(rows, [s.status == "urgent" for s in screenings], [s.language for s in screenings])
    # What made each urgent verdict, so a false alarm can be read without running the screen again.
    triggers = {row.id: s.trigger for row, s in zip(rows, screenings) if s.status == "urgent"}
    crisis = crisis_line_reach(rows, screenings)
    out.write_text(json.dumps({**measures.to_dict(), "crisis_line": {k: asdict(r) | {"share": round(r.share, 4)}
                                                                     for k, r in crisis.items()},
                               "triggers": triggers}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return "\n".join([summary(measures, f"{path}{f' ({half} half)' if half else ''}", triggers),
                      "  crisis line: " + ", ".join(f"{key} {r.share:.0%} ({r.urgent}/{r.total})"
                                                    for key, r in crisis.items())])


def crisis_line_reach(rows: Sequence[LabelledMessage], screenings: Sequence[Screening]) -> dict[str, Rate]:
    """Whom the crisis line reaches: of the suicide emergencies, those whose answer gives it (urgent with thoughts of
    suicide, or answered with the line beside it, `Screening.crisis`), and of those the screen missed, those given it
    all the same; of the emergencies of other kinds, those given it besides the emergency message; of the other
    messages, those given it (a mention of suicide is meant to be)."""
    def given(screening: Screening) -> bool:
        return "suicide" in screening.kinds if screening.status == "urgent" else screening.crisis

    suicides = [(row, s) for row, s in zip(rows, screenings) if row.urgent and row.category == "suicide"]
    missed = [s for _, s in suicides if s.status != "urgent"]
    kinds = [s for row, s in zip(rows, screenings) if row.urgent and row.category != "suicide"]
    others = [s for row, s in zip(rows, screenings) if not row.urgent]
    return {"suicide emergencies": Rate(sum(given(s) for _, s in suicides), len(suicides)),
            "suicide emergencies missed": Rate(sum(given(s) for s in missed), len(missed)),
            "other emergencies": Rate(sum(given(s) for s in kinds), len(kinds)),
            "not urgent": Rate(sum(given(s) for s in others), len(others))}


def summary(measures: EmergencyMeasures, name: str, triggers: dict[str, str] | None = None) -> str:
    """The measures as lines of text; each false alarm with the words that made it urgent, when `triggers` has
    them."""
    def line(rates: dict[str, Rate]) -> str:
        return ", ".join(f"{key} {r.share:.0%} ({r.urgent}/{r.total})" for key, r in rates.items())

    return "\n".join([
        f"{name}: {measures.messages} messages; urgent recall {measures.recall.share:.1%} "
        f"({measures.recall.urgent}/{measures.recall.total}), false urgent {measures.false_urgent.share:.1%} "
        f"({measures.false_urgent.urgent}/{measures.false_urgent.total})",
        f"  recall by category: {line(measures.recall_by_category)}",
        f"  recall by language: {line(measures.recall_by_language)}",
        f"  false urgent by kind: {line(measures.false_urgent_by_kind)}",
        f"  false urgent by language: {line(measures.false_urgent_by_language)}",
        *([f"  emergencies caught answered in their own language: {measures.message_language.share:.1%} "
           f"({measures.message_language.urgent}/{measures.message_language.total})"]
          if measures.message_language else []),
        f"  missed: {', '.join(measures.missed[:20]) or 'none'}",
        "  false alarms: " + (", ".join(f"{id} ({(triggers or {})[id]!r})" if (triggers or {}).get(id) else id
                                        for id in measures.false_alarms[:20]) or "none")])
