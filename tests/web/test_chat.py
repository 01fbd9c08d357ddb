"""The chat page's handlers with the real model: answers, sources panel, opening a quote, settings, feedback,
export, topics, examples and uploads."""

import json

import pytest

from bot import NOTICE
from bot.evaluation.metrics import summarize
from bot.evaluation.questions import read_questions
from bot.web.chat import chat_answer, example_questions, make_exporter, make_feedback, make_opener, make_session_handler
from tests.support import SEED_FILES

QUESTION = "Can magnesium help restless legs?"


def ask_page(bot, message, records=(), top_k=3, sources=()):
    text, panel, picker, document, records = make_session_handler(bot)(message, [], top_k, list(sources),
                                                                       list(records))
    return text, panel, picker, records


def test_the_sources_panel_shows_each_quote_in_its_paragraph_highlighted_and_checked(seed_bot):
    text, panel, picker, records = ask_page(seed_bot, QUESTION)
    answer = seed_bot.ask(QUESTION)
    assert text == answer.answer and records[-1] == answer.to_record("1")
    document = seed_bot.document(answer.quotes[0].source).text
    for quote in answer.quotes:
        assert f"<mark>{quote.text.replace(chr(8217), chr(8217))}</mark>" in panel
        line_start = document.rfind("\n", 0, quote.start) + 1
        assert document[line_start:quote.start] in panel  # the paragraph before the quote is shown too
    assert panel.count("\u2713 checked verbatim") == len(answer.quotes)
    assert "restless-legs-magnesium.txt, line 3" in panel and NOTICE in panel
    assert [label for label, _ in picker["choices"]][0].startswith("1. restless-legs-magnesium.txt, line")


def test_picking_a_quote_opens_the_document_there(seed_bot):
    _, _, picker, records = ask_page(seed_bot, QUESTION)
    view = make_opener(seed_bot)(0, records)
    quote = records[-1]["quotes"][0]
    assert f"<mark>{quote['text']}</mark>" in view and "restless-legs-magnesium.txt, line 3" in view
    assert make_opener(seed_bot)(None, records) == ""


def test_an_urgent_answer_is_marked_in_the_panel_and_off_topic_has_no_quotes(seed_bot):
    _, urgent, _, _ = ask_page(seed_bot, "I have crushing chest pain and my left arm is numb")
    assert "verbatim-urgent" in urgent and "emergency" in urgent
    _, off_topic, picker, _ = ask_page(seed_bot, "What is the capital of France?")
    assert "do not cover" in off_topic and picker["choices"] == []


def test_chat_handler_answers_with_notice_and_never_raises(seed_bot):
    from bot.web.chat import build_demo, make_handler
    respond = make_handler(seed_bot)
    reply = respond("Can magnesium help restless legs?")
    assert reply == seed_bot.ask("Can magnesium help restless legs?").answer and NOTICE in reply
    assert NOTICE in respond("") and NOTICE in respond(None) and NOTICE in respond({"text": "hi"})
    assert "emergency" in respond("I can't breathe")
    assert build_demo(seed_bot) is not None



def test_settings_limit_quotes_and_documents(make_bot):
    bot = make_bot({"iron.md": "# Iron\n\nIron is found in spinach. Iron helps blood carry oxygen. "
                               "Iron tablets can upset the stomach.\n",
                    "zinc.md": "# Zinc\n\nZinc is found in oysters. Zinc helps wounds heal.\n"})
    assert len(bot.ask("What does iron do?", top_k=1).quotes) == 1
    assert "iron.md" in {q.source for q in bot.ask("Where is iron found?").quotes}
    assert all(q.source == "zinc.md" for q in bot.ask("Where is iron found?", sources=["zinc.md"]).quotes)
    assert {q.source for q in bot.ask("Where is zinc found?", sources=["zinc.md"]).quotes} == {"zinc.md"}


def test_feedback_rows_are_question_set_labels_that_eval_reads(seed_bot, tmp_path):
    _, _, _, records = ask_page(seed_bot, QUESTION)
    assert "Pick a quote" in make_feedback(tmp_path, True)(None, records)
    assert "marked relevant" in make_feedback(tmp_path, True)(0, records)
    last = len(records[-1]["quotes"]) - 1
    assert "marked not relevant" in make_feedback(tmp_path, False)(last, records)
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    good, bad = (json.loads(line) for line in lines)
    assert good["expected"] == [records[-1]["quotes"][0]["text"]] and good["expected_status"] == "answered"
    assert bad["not_expected"] == [records[-1]["quotes"][last]["text"]]
    rows = read_questions(tmp_path / "feedback.jsonl").rows
    metrics = summarize(rows, [seed_bot.ask(row.question) for row in rows], [],
                        lambda source: seed_bot.document(source).text)
    assert metrics.hit_at_1 == 1.0 and metrics.with_not_expected == 1
    assert metrics.not_expected_quoted == 1.0  # the same bot still quotes the passage marked not relevant


def test_export_as_markdown_and_json_holds_quotes_sources_and_notice(seed_bot, tmp_path):
    _, _, _, records = ask_page(seed_bot, QUESTION)
    _, _, _, records = ask_page(seed_bot, "What is the capital of France?", records)
    assert make_exporter("md", tmp_path)([]) == (None, "Nothing to export yet: ask a question first.")
    md_path, message = make_exporter("md", tmp_path)(records)
    markdown = open(md_path, encoding="utf-8").read()
    assert "## 1. Can magnesium help restless legs?" in markdown and "## 2. What is the capital of France?" in markdown
    assert "Source: restless-legs-magnesium.txt, line 3" in markdown and NOTICE in markdown
    json_path, _ = make_exporter("json", tmp_path)(records)
    exported = json.loads(open(json_path, encoding="utf-8").read())
    assert exported["answers"] == records and exported["notice"] == NOTICE


def test_what_can_i_ask_lists_the_topics_of_the_documents(seed_bot):
    answer = chat_answer(seed_bot, "What can I ask?")
    assert answer.status == "topics" and "restless-legs-magnesium.txt" in answer.answer and NOTICE in answer.answer
    assert "magnesium" in answer.answer.lower()


@pytest.mark.parametrize("question", ["What is RLS?", "Can magnesium help?"])
def test_ordinary_questions_are_not_taken_for_the_topics_question(seed_bot, question):
    assert chat_answer(seed_bot, question).status != "topics"


def test_example_questions_come_from_the_corpus_and_are_answered(seed_bot):
    examples = example_questions(seed_bot)
    assert examples[0] == "What can I ask?" and len(examples) >= 3
    for question in examples[1:]:
        assert seed_bot.ask(question).status == "answered"


class RecordedProgress:
    """Stands in for gr.Progress: records what the handler reports (Gradio shows the same calls as a bar)."""

    def __init__(self):
        self.steps = []

    def tqdm(self, iterable, desc=None):
        for item in iterable:
            self.steps.append(desc)
            yield item

    def __call__(self, fraction, desc=None):
        self.steps.append(desc)


def upload_recorded(bot, path):
    """What uploading `path` to `bot` reports: (progress steps, status, choices)."""
    from bot.web.chat import make_uploader

    progress = RecordedProgress()
    status, choices = make_uploader(bot)([str(path)], progress=progress)
    return progress.steps, status, choices


def test_an_upload_shows_progress_while_checking_and_indexing_then_is_searchable(make_bot, tmp_path):
    upload = tmp_path / "zinc.md"
    upload.write_text("# Zinc\n\nZinc lozenges may shorten a cold by a day.\n", encoding="utf-8")
    bot = make_bot(SEED_FILES)
    steps, status, choices = upload_recorded(bot, upload)
    assert steps == ["Checking files", "Indexing"]
    assert "Added **zinc.md**" in status and "Searchable now: 2 document(s)" in status
    assert "zinc.md" in choices["choices"]
    answer = bot.ask("Can zinc lozenges shorten a cold?")
    assert answer.status == "answered" and answer.quotes[0].source == "zinc.md"


def test_an_upload_with_nothing_usable_reports_no_indexing_step(make_bot, tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    steps, status, _ = upload_recorded(make_bot(SEED_FILES), fake)
    assert steps == ["Checking files"]
    assert "Refused fake.pdf" in status and "Searchable now" not in status
