"""Evaluation reports from answers made by hand (no model): the failing questions and the files written."""

from bot import NOTICE
from bot.answer.compose import Answer, Quote
from bot.answer.support import Matcher, default_model, question_focus, weigh
from bot.evaluation.metrics import summarize
from bot.evaluation.questions import QuestionRow
from bot.evaluation.report import Failure, Refusal, failing, refusals, write_report
from bot.evaluation.runs import Outcome
from bot.index.lexical import LexicalIndex

TEXT = "Iron helps blood carry oxygen. <b>Zinc</b> helps wounds heal."
IRON = Quote("Iron helps blood carry oxygen.", "a.txt", 0, 30, 1, 1, None, None, "", 0.5)
OUTCOMES = [
    Outcome(QuestionRow("iron", "What does iron do?", 1, expected=("oxygen",), expected_source="a.txt",
                        expected_status="answered"),
            Answer("What does iron do?", "answered", NOTICE, NOTICE, (IRON,), similarity=0.7), 5.0),
    Outcome(QuestionRow("zinc", "What does <b>zinc</b> do?", 2, expected=("wounds",), expected_source="b.txt",
                        expected_status="answered"),
            Answer("What does <b>zinc</b> do?", "answered", NOTICE, NOTICE, (IRON,), similarity=0.4), 6.0),
    Outcome(QuestionRow("pain", "Chest pain?", 3, expected_status="urgent"),
            Answer("Chest pain?", "not_found", NOTICE, NOTICE, (), similarity=0.1), 7.0)]


def test_failing_names_each_gold_field_the_answer_misses():
    assert failing(OUTCOMES) == [
        Failure("zinc", "What does <b>zinc</b> do?", "no quote contains an expected string; first quote not from "
                "b.txt", "wounds", ("Iron helps blood carry oxygen.",)),
        Failure("pain", "Chest pain?", "status not_found, expected urgent", "urgent", ())]


def test_reports_show_the_summary_and_the_failing_questions_escaped(tmp_path):
    metrics = summarize([o.row for o in OUTCOMES], [o.answer for o in OUTCOMES], [5.0, 6.0, 7.0],
                        lambda source: TEXT)
    write_report(tmp_path / "r.html", metrics, OUTCOMES, threshold=0.3)
    write_report(tmp_path / "r.md", metrics, OUTCOMES, threshold=0.3, comparison_text="1 better")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "hit@1 50.0%" in page and "Failing questions (2)" in page and "data:image/png;base64," in page
    assert "<b>zinc</b>" not in page and "&lt;b&gt;zinc&lt;/b&gt;" in page
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| zinc | What does &lt;b&gt;zinc&lt;/b&gt; do? |" in markdown and "| urgent | (nothing) |" in markdown
    assert "| wounds | Iron helps blood carry oxygen. |" in markdown
    assert "## Against the old run" in markdown and "![scores.png](r-scores.png)" in markdown
    assert (tmp_path / "r-scores.png").stat().st_size > 1000 and (tmp_path / "r-hit_at_k.png").is_file()


def test_reports_show_what_decided_each_not_found_answer(tmp_path):
    lexical = LexicalIndex([TEXT])
    matcher = Matcher(question_focus("Does iron help pregnancy?", lexical), lexical)
    evidence = weigh(matcher, IRON.text, TEXT, 0.45, default_model())
    outcomes = [*OUTCOMES, Outcome(QuestionRow("preg", "Does iron help pregnancy?", 4),
                                   Answer("Does iron help pregnancy?", "not_found", NOTICE, NOTICE, (),
                                          similarity=0.45, evidence=evidence), 8.0)]
    assert refusals(outcomes, 0.41) == [
        Refusal("pain", "Chest pain?", "best similarity 0.100 below 0.41", 0.1, (), ()),
        Refusal("preg", "Does iron help pregnancy?", "the question asks about pregnancy, which the passage does not "
                "mention", 0.45, ("iron",), ("pregnancy",))]
    metrics = summarize([o.row for o in outcomes], [o.answer for o in outcomes], [5.0] * 4, lambda source: TEXT)
    write_report(tmp_path / "r.md", metrics, outcomes, threshold=0.41)
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "## Not found, and what decided it (2)" in markdown
    assert "| preg | Does iron help pregnancy? | the question asks about pregnancy" in markdown
    assert "| iron | pregnancy |" in markdown
