"""Metrics of a question-set run and the comparison of two runs, on answers made by hand (no model)."""

import dataclasses
import json

from bot import NOTICE
from bot.answer.compose import Answer, Quote
from bot.evaluation.metrics import (Change, Comparison, Latency, compare_runs, format_comparison, format_summary,
                                    summarize, verbatim_ok)
from bot.evaluation.questions import QuestionRow

TEXT = "Iron helps blood carry oxygen. Zinc helps wounds heal."
METRICS_JSON_KEYS = ["questions", "statuses", "with_expected", "hit@1", "hit@3", "hit_at_k", "mrr",
                     "with_not_expected", "not_expected_quoted", "with_expected_source", "source_accuracy",
                     "with_expected_status", "status_accuracy", "confusion", "not_found_precision",
                     "not_found_recall", "latency_ms", "notice_ok", "verbatim_ok", "quotes_checked", "skipped_rows"]


def quote(text: str, source: str = "a.txt") -> Quote:
    start = TEXT.find(text)
    return Quote(text, source, start, start + len(text), 1, 1, None, None, "", 0.5)


def answer(question: str, status: str, *quotes: Quote) -> Answer:
    return Answer(question, status, f"...\n\n*{NOTICE}*", NOTICE, quotes)


ROWS = [QuestionRow("iron", "What does iron do?", 1, expected=("carry oxygen",), expected_source="a.txt",
                    expected_status="answered"),
        QuestionRow("zinc", "What does zinc do?", 2, expected=("wounds heal",), expected_source="b.txt",
                    not_expected=("Iron",)),
        QuestionRow("fr", "Capital of France?", 3, expected_status="not_found")]
ANSWERS = [answer("What does iron do?", "answered", quote("Iron helps blood carry oxygen.")),
           answer("What does zinc do?", "answered", quote("Iron helps blood carry oxygen."),
                  quote("Zinc helps wounds heal.", "b.txt")),
           answer("Capital of France?", "answered", quote("Zinc helps wounds heal."))]


def text_of(source: str) -> str | None:
    return TEXT if source == "a.txt" else None


def test_summarize_scores_answers_against_each_gold_field():
    metrics = summarize(ROWS, ANSWERS, [10.0, 20.0, 30.0], text_of)
    assert (metrics.questions, metrics.statuses, metrics.with_expected) == (3, {"answered": 3}, 2)
    assert (metrics.hit_at_1, metrics.hit_at_3, metrics.mrr) == (0.5, 1.0, 0.75)
    assert metrics.hit_at_k[2] == 1.0 and sorted(metrics.hit_at_k) == list(range(1, 11))
    assert (metrics.with_not_expected, metrics.not_expected_quoted) == (1, 1.0)
    assert (metrics.with_expected_source, metrics.source_accuracy) == (2, 0.5)  # zinc: b.txt only second
    assert (metrics.with_expected_status, metrics.status_accuracy) == (2, 0.5)
    assert metrics.confusion == {"answered": {"answered": 1, "not_found": 0, "urgent": 0, "invalid": 0},
                                 "not_found": {"answered": 1, "not_found": 0, "urgent": 0, "invalid": 0}}
    assert (metrics.not_found_precision, metrics.not_found_recall) == (None, 0.0)
    assert metrics.latency_ms == Latency(20.0, 29.0)
    assert metrics.notice_ok == 1.0 and (metrics.verbatim_ok, metrics.quotes_checked) == (0.75, 4)  # b.txt unread


def test_metrics_json_keeps_its_key_names_and_order():
    metrics = summarize(ROWS, ANSWERS, [10.0], text_of)
    data = json.loads(json.dumps(metrics.to_dict()))
    assert list(data) == METRICS_JSON_KEYS
    assert data["hit@1"] == 0.5 and data["hit_at_k"]["3"] == 1.0 and data["latency_ms"] == {"p50": 10.0, "p95": 10.0}
    assert summarize(ROWS, ANSWERS, [], text_of).to_dict()["latency_ms"] is None
    compared = dataclasses.replace(metrics, comparison=compare_runs(ROWS, ANSWERS, {}))
    assert list(compared.to_dict()) == METRICS_JSON_KEYS + ["comparison"]
    assert json.loads(json.dumps(compared.to_dict()))["comparison"] == {
        "better": [], "worse": [], "changed": [], "not_in_old": ["iron", "zinc", "fr"]}


def test_the_summary_names_each_metric_for_a_terminal():
    summary = format_summary(summarize(ROWS, ANSWERS, [10.0, 20.0], text_of))
    assert summary.splitlines()[0] == "3 questions: 3 answered, 0 not_found, 0 urgent, 0 invalid"
    assert "hit@1 50.0%  hit@3 100.0%  MRR 0.750  (2 with expected strings)" in summary
    assert "still quoted: 100.0% (1 rows)" in summary and "source accuracy 50.0% (2 rows)" in summary
    assert "status accuracy 50.0% (2 rows); not_found precision n/a, recall 0.0%" in summary
    assert "  expected not_found -> answered 1" in summary and "latency p50 15.0 ms, p95 19.5 ms" in summary
    assert summary.endswith("quotes verbatim at their offsets 75.0% (4 quotes)")


def test_a_comparison_names_questions_better_worse_and_changed_without_gold():
    rows = ROWS + [QuestionRow("free", "Anything?", 4), QuestionRow("new", "Asked only now?", 5)]
    old = {"iron": answer("What does iron do?", "not_found"), "zinc": ANSWERS[1],
           "fr": answer("Capital of France?", "not_found"),
           "free": answer("Anything?", "answered", quote("Iron helps blood carry oxygen."))}
    new = [*ANSWERS, answer("Anything?", "answered", quote("Zinc helps wounds heal.")), answer("Asked?", "invalid")]
    comparison = compare_runs(rows, new, old)
    assert comparison == Comparison(
        better=(Change("iron", "What does iron do?", "not_found", "answered", 0.0, 1.0, None,
                       "Iron helps blood carry oxygen."),),
        worse=(Change("fr", "Capital of France?", "not_found", "answered", 1.0, 0.0, None,
                      "Zinc helps wounds heal."),),
        changed=(Change("free", "Anything?", "answered", "answered", None, None, "Iron helps blood carry oxygen.",
                        "Zinc helps wounds heal."),),
        not_in_old=("new",))
    assert format_comparison(comparison).splitlines() == [
        "compared with the old run: 1 better, 1 worse, 1 changed without gold, 1 not in the old run",
        "  worse: fr: Capital of France? (not_found -> answered)",
        "  better: iron: What does iron do? (not_found -> answered)"]


def test_a_best_span_outside_its_quote_is_not_verbatim():
    quote = Quote("alpha beta", "a.txt", 0, 10, 1, 1, None, None, "", 0.9)
    inside = dataclasses.replace(quote, best_start=6, best_end=10)
    outside = dataclasses.replace(quote, best_start=6, best_end=12)
    answers = [Answer("q", "answered", "", "", (q,)) for q in (quote, inside, outside)]
    assert [verbatim_ok(a, lambda source: "alpha beta gamma") for a in answers] == [[True], [True], [False]]


def test_the_notice_check_takes_an_urgent_answer_s_own_notice_and_no_answer_without_one():
    from bot.answer.phrases import GERMAN

    urgent = Answer("Herzinfarkt", "urgent", f"**Notfall.**\n\n*{GERMAN.notice}*", GERMAN.notice, ())
    missing = Answer("What does iron do?", "not_found", "Nothing.", NOTICE, ())  # says the notice in no text
    invented = Answer("What does iron do?", "not_found", "Nothing.\n\n*Trust me.*", "Trust me.", ())
    assert summarize(ROWS[:1], [urgent], [1.0], text_of).notice_ok == 1.0
    assert summarize(ROWS[:2], [urgent, missing], [1.0, 1.0], text_of).notice_ok == 0.5
    assert summarize(ROWS[:1], [invented], [1.0], text_of).notice_ok == 0.0


def test_a_settled_turn_in_a_question_set_is_counted_as_its_own_status():
    # a turn that only settles an emergency is answered "settled" (no search): a row expecting another status counts
    # it as a miss, never a crash of the run
    row = QuestionRow("calm", "false alarm, sorry", 1, expected_status="not_found", history=("my dad has chest pain",))
    metrics = summarize([row], [answer("false alarm, sorry", "settled")], [1.0], text_of)
    assert metrics.statuses == {"settled": 1} and metrics.status_accuracy == 0.0
    assert metrics.confusion["not_found"]["settled"] == 1
