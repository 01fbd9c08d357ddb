"""The chat page's handlers with the real model: answers, sources panel, opening a quote, settings, feedback,
export, topics, examples and uploads."""

import json

import gradio as gr
import pytest

from bot import NOTICE
from bot.answer.compose import location
from bot.answer.phrases import SPANISH
from bot.evaluation.metrics import summarize
from bot.evaluation.questions import read_questions
from bot.web.chat import (actions_for, chat_answer, example_questions, make_exporter, make_feedback,
                          make_opener, make_refusal_feedback, make_session_handler, new_chat, questions_as_typed)
from tests.support import SEED_FILES

QUESTION = "Can magnesium help restless legs?"
MANY_QUOTES = "When should magnesium supplements be taken?"


def chat_history(answers):
    """The Gradio chat history that shows `answers`."""
    return [{"role": role, "content": text} for answer in answers
            for role, text in (("user", answer.question), ("assistant", answer.answer))]


def chat_blocks(answers):
    """`chat_history(answers)` with each message's text in a content block, as Gradio keeps a chat's messages."""
    return [{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in chat_history(answers)]


def kept(bot, question, top_k=3, sources=()):
    """The answer a session keeps for `question` asked alone with these settings."""
    from bot.web.conversation import asked_with

    return asked_with(bot.ask(question, top_k, sources or None), sources, top_k, len(bot.store.documents))


def ask_page(bot, message, answers=(), top_k=3, sources=()):
    """The page after asking `message` in a session that holds `answers` (and shows them): a ChatTurn."""
    return make_session_handler(bot)(message, chat_history(answers), top_k, list(sources), answers)


def test_the_sources_panel_shows_each_quote_in_its_paragraph_highlighted_and_checked(seed_bot):
    turn = ask_page(seed_bot, QUESTION)
    answer = kept(seed_bot, QUESTION)
    assert turn.text == answer.answer and turn.answers == (answer,) and turn.document == ""
    document = seed_bot.document(answer.quotes[0].source).text
    for quote in answer.quotes:
        assert f"<mark>{quote.text}</mark>" in turn.panel
        line_start = document.rfind("\n", 0, quote.start) + 1
        assert document[line_start:quote.start] in turn.panel  # the paragraph before the quote is shown too
    assert turn.panel.count("\u2713 checked verbatim") == len(answer.quotes)
    assert "restless-legs-magnesium.txt, line 3" in turn.panel and NOTICE in turn.panel
    assert [label for label, _ in turn.picker["choices"]][0].startswith("1. restless-legs-magnesium.txt, line")
    assert turn.picker["value"] is None


def test_the_session_keeps_its_answers_in_order_and_a_new_chat_keeps_none(seed_bot):
    first = ask_page(seed_bot, QUESTION)
    second = ask_page(seed_bot, "What is the capital of France?", first.answers)
    assert second.answers == (kept(seed_bot, QUESTION), kept(seed_bot, "What is the capital of France?"))
    assert first.answers == (kept(seed_bot, QUESTION),)  # the earlier turn's answers are left as they were
    cleared = new_chat(seed_bot)
    assert cleared.answers == () and cleared.picker["choices"] == [] and "appear here" in cleared.panel


def test_picking_a_quote_opens_the_document_there(seed_bot):
    answers = ask_page(seed_bot, QUESTION).answers
    view = make_opener(seed_bot)(0, answers)
    quote = answers[-1].quotes[0]
    assert f"<mark>{quote.text}</mark>" in view and "restless-legs-magnesium.txt, line 3" in view
    assert make_opener(seed_bot)(None, answers) == "" and make_opener(seed_bot)(0, []) == ""
    assert make_opener(seed_bot)(99, answers) == ""  # no such quote


def test_an_urgent_answer_is_marked_in_the_panel_and_off_topic_has_no_quotes(seed_bot, tmp_path):
    urgent = ask_page(seed_bot, "I have crushing chest pain and my left arm is numb").panel
    assert "verbatim-urgent" in urgent and "emergency" in urgent
    # nothing beside the message: a trial saw "Swallow the capsules whole" and a dose under "my son swallowed a whole
    # bottle of pills", offered to open and to mark; the record keeps the quotes
    page = ask_page(seed_bot, "I have crushing chest pain, can magnesium help restless legs?")
    assert page.answers[-1].status == "urgent" and page.answers[-1].quotes
    assert "verbatim-card" not in page.panel and "<mark" not in page.panel and page.picker["choices"] == []
    assert actions_for(page.answers)[:2] == (False, False)
    assert make_opener(seed_bot)(0, page.answers) == ""
    assert "Pick a quote" in make_feedback(tmp_path, True)(0, page.answers).status
    # nor in the exports (a reviewer's: they listed the quotes the panel hides)
    markdown = open(make_exporter("md", tmp_path)(page.answers).file, encoding="utf-8").read()
    exported = json.loads(open(make_exporter("json", tmp_path)(page.answers).file, encoding="utf-8").read())
    assert "Source:" not in markdown and exported["answers"][0]["quotes"] == []
    off_topic = ask_page(seed_bot, "What is the capital of France?")
    assert "do not cover" in off_topic.panel and off_topic.picker["choices"] == []


def test_an_urgent_panel_speaks_the_message_s_language_with_its_crisis_line_and_no_english_line_about_quotes(
        seed_bot):
    # a browser trial's finding: after a Spanish emergency message the panel said "No quotes: an emergency is
    # answered by the message above, not by documents." and the notice in English only
    panel = ask_page(seed_bot, "quiero suicidarme esta noche").panel
    urgent = panel.split("<div class='verbatim-urgent' role='alert'>", 1)[1].split("</div>", 1)[0]
    assert "Llame ahora" in urgent and "988" in urgent  # the crisis line is part of the message, not a notice
    assert "No quotes" not in panel and SPANISH.notice in panel and "Not medical advice" not in panel


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
    answers = ask_page(seed_bot, MANY_QUOTES, ask_page(seed_bot, QUESTION).answers).answers
    assert "Pick a quote" in make_feedback(tmp_path, True)(None, answers).status
    assert "marked relevant" in make_feedback(tmp_path, True)(0, answers).status
    last = len(answers[-1].quotes) - 1
    assert last > 0
    assert "marked not relevant" in make_feedback(tmp_path, False)(last, answers).status
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    good, bad = (json.loads(line) for line in lines)
    record = answers[-1].to_record("1")
    assert good["quote"] == record["quotes"][0] and bad["quote"] == record["quotes"][last]
    assert good["question"] == bad["question"] == MANY_QUOTES
    assert good["expected"] == [record["quotes"][0]["text"]] and good["expected_status"] == "answered"
    assert good["expected_source"] == record["quotes"][0]["source"]
    assert bad["not_expected"] == [record["quotes"][last]["text"]] and "expected" not in bad
    rows = read_questions(tmp_path / "feedback.jsonl").rows
    assert [row.history for row in rows] == [(answers[-1].context,) if answers[-1].context else ()] * 2
    metrics = summarize(rows, [seed_bot.ask(row.question, history=row.history) for row in rows], [],
                        lambda source: seed_bot.document(source).text)
    assert metrics.hit_at_1 == 1.0 and metrics.with_not_expected == 1
    assert metrics.not_expected_quoted == 1.0  # the same bot still quotes the passage marked not relevant


def test_a_refusal_can_be_marked_as_one_the_documents_should_have_answered_once(seed_bot, tmp_path):
    # a browser trial's finding: feedback was on quotes only, so a wrong "not in your documents" could not be reported
    refused = ask_page(seed_bot, "What is the capital of France?").answers
    assert refused[-1].status == "not_found"
    mark = make_refusal_feedback(tmp_path)
    first = mark(refused, [])
    second = mark(refused, list(first.given))
    assert first.status.startswith("Saved:") and second.status.startswith("Already saved:")
    assert str(tmp_path) not in first.status + second.status
    row, = read_questions(tmp_path / "feedback.jsonl").rows
    assert row.question == "What is the capital of France?" and row.expected_status == "answered"
    metrics = summarize([row], [seed_bot.ask(row.question)], [], lambda source: seed_bot.document(source).text)
    assert metrics.with_expected_status == 1 and metrics.status_accuracy == 0.0  # the bot still refuses it
    answered = ask_page(seed_bot, QUESTION).answers
    assert "Only an answer saying" in mark(answered, []).status and "Only an answer saying" in mark([], []).status
    assert len((tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_refused_follow_up_is_marked_with_the_question_it_was_read_with_so_eval_asks_the_same(seed_bot, tmp_path):
    # a reviewer's: the refusal said "Read with your earlier question", its row held the bare follow-up
    first = ask_page(seed_bot, QUESTION).answers
    refused = ask_page(seed_bot, "what about for pregnant women?", first).answers
    assert refused[-1].status == "not_found" and refused[-1].context == QUESTION
    assert refused[-1].to_record("1")["context"] == QUESTION
    make_refusal_feedback(tmp_path)(refused, [])
    row, = read_questions(tmp_path / "feedback.jsonl").rows
    assert row.history == (QUESTION,)


def test_the_page_offers_only_the_actions_the_latest_answer_allows(seed_bot):
    assert actions_for([]) == (False, False, False, False, False)
    answered = ask_page(seed_bot, QUESTION).answers
    assert actions_for(answered) == (True, True, False, True, True)
    refused = ask_page(seed_bot, "What is the capital of France?", answered).answers
    assert actions_for(refused) == (False, False, True, True, True)
    # a turn that only settles an emergency is no refusal to mark (a trial's "Should have been answered" wrote it
    # into the feedback as a question to answer), and its panel says nothing was searched, in no English notice
    told = ask_page(seed_bot, "mi padre tiene un dolor fuerte en el pecho y suda").answers
    settled = ask_page(seed_bot, "falsa alarma, perdón", told)
    assert settled.answers[-1].status == "settled" and actions_for(settled.answers) == (False, False, False, True, True)
    assert "nothing was searched" in settled.panel and "do not cover" not in settled.panel
    assert "Not medical advice" not in settled.panel and SPANISH.usual_notice in settled.panel


def test_export_as_markdown_and_json_holds_quotes_sources_and_notice(seed_bot, tmp_path):
    answers = ask_page(seed_bot, QUESTION).answers
    answers = ask_page(seed_bot, "What is the capital of France?", answers).answers
    answers = ask_page(seed_bot, MANY_QUOTES, answers).answers
    from bot.web.conversation import readable

    nothing = make_exporter("md", tmp_path)([])
    assert (nothing.file, nothing.status) == (None, "Nothing to export yet: ask a question first.")
    exported = make_exporter("md", tmp_path)(answers)
    markdown = open(exported.file, encoding="utf-8").read()
    assert exported.status == "Exported 3 answer(s) as MD."
    assert "## 1. Can magnesium help restless legs?" in markdown and "## 2. What is the capital of France?" in markdown
    assert "Source: restless-legs-magnesium.txt, line 3 (characters" in markdown and NOTICE in markdown
    for quote in answers[0].quotes + answers[2].quotes:
        assert f"- Source: {location(quote)} (characters {quote.start}-{quote.end}, score {quote.score})" in markdown
    exported = json.loads(open(make_exporter("json", tmp_path)(answers).file, encoding="utf-8").read())
    assert exported["answers"] == [{**answer.to_record(str(number)), "answer": readable(answer.answer)}
                                   for number, answer in enumerate(answers, 1)]
    assert exported["notice"] == NOTICE


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


def test_example_questions_are_checked_in_one_batch_before_the_page_is_served(seed_bot, monkeypatch):
    encoded = []
    encode = seed_bot.embedder.encode
    monkeypatch.setattr(seed_bot.embedder, "encode",
                        lambda texts, **kw: encoded.append(len(texts)) or encode(texts, **kw))
    examples = example_questions(seed_bot)
    assert len(encoded) == 1 and encoded[0] >= len(examples) - 1, encoded  # one encoding, not one per candidate


class RecordedProgress:
    """Stands in for gr.Progress: records what the handler reports (Gradio shows the same calls as a bar)."""

    def __init__(self):
        self.steps = []
        self.values = []

    def tqdm(self, iterable, desc=None):
        for item in iterable:
            self.steps.append(desc)
            yield item

    def __call__(self, fraction, desc=None, unit=None):
        self.steps.append(desc)
        self.values.append((desc, fraction))


def upload_recorded(bot, path, progress=None):
    """What uploading `path` to `bot` reports: (progress steps, status, choices)."""
    from bot.web.chat import make_uploader

    progress = progress or RecordedProgress()
    uploaded = make_uploader(bot)([str(path)], progress=progress)
    return list(dict.fromkeys(progress.steps)), uploaded.status, uploaded.documents


def test_an_upload_shows_progress_while_checking_and_indexing_then_is_searchable(make_bot, tmp_path):
    upload = tmp_path / "zinc.md"
    upload.write_text("# Zinc\n\nZinc lozenges may shorten a cold by a day.\n", encoding="utf-8")
    bot = make_bot(SEED_FILES)
    steps, status, choices = upload_recorded(bot, upload)
    assert steps == ["Checking files", "Reading zinc.md", "Embedding zinc.md"]
    assert "Added **zinc.md**" in status and "Searchable now: 2 document(s)" in status
    assert "zinc.md" in choices["choices"]
    answer = bot.ask("Can zinc lozenges shorten a cold?")
    assert answer.status == "answered" and answer.quotes[0].source == "zinc.md"


def test_an_uploads_embedding_progress_moves_batch_by_batch_to_every_text_it_embeds(make_bot, tmp_path):
    from bot.web.indexing import UPLOAD_BATCH_TEXTS

    upload = tmp_path / "minerals.md"
    upload.write_text(minerals_markdown(20), encoding="utf-8")
    bot = make_bot(SEED_FILES)
    progress = RecordedProgress()
    _, status, _ = upload_recorded(bot, upload, progress)
    counts = [value for desc, value in progress.values if desc == "Embedding minerals.md"]
    embedded = int(status.split("(")[-1].split(" new texts")[0])
    # Batch by batch: chunk texts (each with its sentences pooled from its pass, `vectors="contextual"`), then
    # sentences; every vector counted.
    assert len(counts) > 3 and all(b[0] - a[0] <= UPLOAD_BATCH_TEXTS * 20 for a, b in zip(counts, counts[1:]))
    assert [done for done, _ in counts] == sorted({done for done, _ in counts})  # it only moves forward
    assert counts[-1] == (embedded, embedded) and all(0 < done <= total for done, total in counts)


MINERALS = ["magnesium", "zinc", "iron", "calcium", "potassium", "selenium", "iodine", "copper", "chromium",
            "manganese", "molybdenum", "phosphorus", "sodium", "fluoride", "boron", "cobalt", "silicon", "vanadium",
            "nickel", "lithium"]
EFFECTS = ["muscle cramps", "sleep quality", "wound healing", "bone density", "blood pressure", "thyroid function",
           "immune response", "energy levels", "nerve signals", "heart rhythm"]


def minerals_markdown(sections: int) -> str:
    """A Markdown document of `sections` sections of distinct sentences, about 30 texts to embed per section."""
    parts = []
    for number in range(sections):
        mineral = MINERALS[number % len(MINERALS)]
        parts.append(f"# {mineral.title()} notes {number}\n")
        parts.append(" ".join(f"Study {number}-{k} found that {mineral} taken for {k + 2} weeks changed "
                              f"{EFFECTS[(number + k) % len(EFFECTS)]} in {10 * (k + number) + 12} adults."
                              for k in range(14)) + "\n")
    return "\n".join(parts)


@pytest.mark.slow
def test_a_question_asked_while_an_upload_is_embedded_is_answered_before_the_embedding_ends(make_bot, tmp_path):
    import threading
    import time

    upload = tmp_path / "minerals.md"
    upload.write_text(minerals_markdown(40), encoding="utf-8")
    bot = make_bot(SEED_FILES)
    encode_passages, calls, started = bot.embedder.encode_passages, [], threading.Event()

    def watched(texts, *args, **kwargs):  # the real model, its calls timed
        started.set()
        begun = time.monotonic()
        vectors = encode_passages(texts, *args, **kwargs)
        calls.append((begun, time.monotonic(), len(texts)))
        return vectors

    bot.embedder.encode_passages = watched
    try:
        uploading = threading.Thread(target=upload_recorded, args=(bot, upload))
        uploading.start()
        assert started.wait(120), "the upload never reached the model"
        answer = bot.ask(QUESTION)
        answered = time.monotonic()
        uploading.join()
    finally:
        del bot.embedder.encode_passages
    assert answer.status == "answered" and sum(texts for _, _, texts in calls) > 500
    # Texts were still being embedded after the answer came: it did not wait for the upload to be indexed.
    assert answered < max(end for _, end, _ in calls)
    assert "minerals.md" in {document.source for document in bot.store.documents}


def test_an_upload_with_nothing_usable_reports_no_indexing_step(make_bot, tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    steps, status, _ = upload_recorded(make_bot(SEED_FILES), fake)
    assert steps == ["Checking files"]
    assert "Refused fake.pdf" in status and "Searchable now" not in status


def test_a_file_edited_in_place_with_its_size_and_time_kept_is_quoted_as_it_is_now(make_bot):
    import os
    import time

    text = "Magnesium dose: adults take 200 mg of magnesium each evening for leg cramps.\n"
    bot = make_bot({"dose.txt": text})
    question = "How much magnesium should adults take for leg cramps?"
    assert "200 mg" in ask_page(bot, question).text
    path = bot.settings.corpus_dir / "dose.txt"
    before = os.stat(path)
    time.sleep(0.01)
    path.write_text(text.replace("200", "400"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and modification time as they were
    turn = ask_page(bot, question)
    assert "400 mg" in turn.text and "200 mg" not in turn.text
    assert "\u2713 checked verbatim" in turn.panel and "out of date" not in turn.panel
    assert "400 mg" in chat_answer(bot, question).answer


def test_a_question_refused_as_too_long_is_sent_back_only_cut_to_the_limit(seed_bot):
    from bot.web.chat import make_api, make_handler

    huge = "Can magnesium help restless legs? " * 3000  # 102,000 characters, under the server's body limit
    limit = seed_bot.settings.max_question_chars
    record = make_api(seed_bot)(huge)
    assert record["status"] == "invalid" and NOTICE in record["answer"]
    assert len(record["question"]) <= limit + 1 and record["question"].endswith("\u2026")
    assert len(json.dumps(record)) < 2 * limit
    turn = ask_page(seed_bot, huge)
    assert turn.answers[-1].question == record["question"] and len(make_handler(seed_bot)(huge)) < limit
    assert make_api(seed_bot)(QUESTION)["question"] == QUESTION  # a question within the limit is kept whole


def test_a_session_keeps_only_its_latest_fifty_answers(seed_bot):
    from bot.web.chat import MAX_SESSION_ANSWERS

    answers = ()
    for number in range(MAX_SESSION_ANSWERS + 10):
        answers = ask_page(seed_bot, f"What is RLS? {number}", answers).answers
    assert len(answers) == MAX_SESSION_ANSWERS == 50
    assert answers[0].question == "What is RLS? 10"
    assert answers[-1].question == f"What is RLS? {MAX_SESSION_ANSWERS + 9}"


def test_the_chat_reads_a_follow_up_with_its_own_conversation(seed_bot):
    from bot.web.chat import make_api, user_turns

    history = [{"role": "user", "content": [{"type": "text", "text": "Can magnesium help restless legs?"}]},
               {"role": "assistant", "content": [{"type": "text", "text": "> Magnesium ..."}]}]
    assert user_turns(history) == ("Can magnesium help restless legs?",)
    assert user_turns([{"role": "user", "content": "plain"}, "junk", {"role": "user"}]) == ("plain",)
    turn = make_session_handler(seed_bot)("What about at night?", history, 3, [], ())
    assert turn.text.startswith("*Read with your earlier question:") and turn.answers[-1].status == "answered"
    assert make_session_handler(seed_bot)("What about at night?", [], 3, [], ()).answers[-1].status == "not_found"
    record = make_api(seed_bot).in_conversation("What about at night?", ["Can magnesium help restless legs?"])
    assert record["status"] == "answered" and record["context"] == "Can magnesium help restless legs?"


def test_the_example_questions_are_shown_in_the_empty_chat_as_buttons(seed_bot):
    from bot.web.chat import build_demo

    demo = build_demo(seed_bot)
    chatbot = next(block for block in demo.blocks.values() if isinstance(block, gr.Chatbot))
    assert [example["text"] for example in chatbot.examples] == example_questions(seed_bot)
    # No examples table: its gr.State column has no renderer in the browser (404s, an empty "Examples" row).
    assert not any(isinstance(block, gr.Dataset) and block.visible for block in demo.blocks.values())


@pytest.mark.parametrize("message", ["", "   \n", {"text": " ", "files": []}, None])
def test_an_empty_message_is_refused_at_the_box_and_adds_no_turn(message):
    from bot.web.chat import EMPTY_MESSAGE, check_message

    assert check_message(message) == {"__type__": "validate", "is_valid": False, "message": EMPTY_MESSAGE}
    assert check_message("Why?")["is_valid"] is True


def test_uploading_a_copy_of_an_indexed_document_under_another_name_adds_nothing(make_bot, tmp_path):
    bot = make_bot(SEED_FILES)
    [(name, data)] = SEED_FILES.items()
    copy = tmp_path / "copy.txt"
    copy.write_bytes(data)
    _, status, _ = upload_recorded(bot, copy)
    assert f"copy.txt: same content as **{name}**, not added" in status and "Added" not in status
    assert not (bot.settings.corpus_dir / "copy.txt").exists()
    assert [document.source for document in bot.store.documents] == [name]
    twin, twin_copy = tmp_path / "twin.txt", tmp_path / "twin-again.txt"
    for path in (twin, twin_copy):
        path.write_text("Zinc lozenges may shorten a cold by a day.\n", encoding="utf-8")
    status = upload_status(bot, [twin, twin_copy])
    assert "Added **twin.txt**" in status and "twin-again.txt: same content as **twin.txt**, not added" in status
    assert not (bot.settings.corpus_dir / "twin-again.txt").exists()


def upload_status(bot, paths):
    from bot.web.chat import make_uploader

    return make_uploader(bot)([str(path) for path in paths], progress=RecordedProgress()).status


def test_feedback_on_a_follow_up_to_a_follow_up_replays_with_every_turn_it_was_read_with(seed_bot, tmp_path):
    history = ["Can magnesium help restless legs?", "What about at night?"]
    answers = [seed_bot.ask("Does it work for everyone?", history=history)]
    assert "marked relevant" in make_feedback(tmp_path, True)(0, answers).status
    row, = read_questions(tmp_path / "feedback.jsonl").rows
    assert row.history == tuple(history)
    assert seed_bot.ask(row.question, history=row.history).quotes[0] == answers[0].quotes[0]


def test_feedback_given_twice_is_saved_once_and_the_confirmation_names_no_server_path(seed_bot, tmp_path):
    answers = ask_page(seed_bot, QUESTION).answers
    not_relevant = make_feedback(tmp_path, False)
    first = not_relevant(0, answers, [])
    second = not_relevant(0, answers, list(first.given))
    assert first.status == f"Saved: {location(answers[-1].quotes[0])} marked not relevant."
    assert second.status.startswith("Already saved:") and second.given == first.given
    # the other verdict on the same quote replaces the first (a browser trial: both rows were kept, contradicting);
    # a row written by another session, or by hand, stays as it was
    feedback = tmp_path / "feedback.jsonl"
    with open(feedback, "a", encoding="utf-8") as handle:
        handle.write('{"question": "by hand", "expected_status": "not_found"}\n')
    relevant = make_feedback(tmp_path, True)(0, answers, list(second.given))
    assert relevant.status == f"Changed: {location(answers[-1].quotes[0])} marked relevant (the earlier verdict replaced)."
    rows = [json.loads(line) for line in feedback.read_text(encoding="utf-8").splitlines()]
    assert [row.get("feedback") for row in rows] == [None, "relevant"] and rows[1]["expected"]
    assert len(relevant.given) == 1
    again = make_feedback(tmp_path, False)(0, answers, list(relevant.given))  # and back
    rows = [json.loads(line) for line in feedback.read_text(encoding="utf-8").splitlines()]
    assert [row.get("feedback") for row in rows] == [None, "not_relevant"] and again.status.startswith("Changed:")
    assert str(tmp_path) not in first.status + second.status + relevant.status + again.status


def test_feedback_that_cannot_be_saved_says_so_without_the_server_path(seed_bot, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the feedback folder should be", encoding="utf-8")
    result = make_feedback(blocked, True)(0, ask_page(seed_bot, QUESTION).answers, [])
    assert "Could not save" in result.status and str(tmp_path) not in result.status and result.given == ()


def test_after_undo_the_page_shows_the_answer_before_and_exports_only_what_the_chat_shows(seed_bot, tmp_path):
    from bot.web.chat import make_undo

    first = ask_page(seed_bot, QUESTION)
    second = ask_page(seed_bot, "What is the capital of France?", first.answers)
    undone = make_undo(seed_bot)(list(second.answers))
    assert undone.answers == first.answers and undone.panel == first.panel
    assert undone.picker["choices"] == first.picker["choices"]
    assert make_undo(seed_bot)(list(undone.answers)).answers == () and "appear here" in make_undo(seed_bot)([]).panel
    exported = json.loads(open(make_exporter("json", tmp_path)(undone.answers).file, encoding="utf-8").read())
    assert [record["question"] for record in exported["answers"]] == [QUESTION]


def test_a_retried_answer_replaces_the_one_it_retries(seed_bot):
    first = ask_page(seed_bot, QUESTION)
    second = ask_page(seed_bot, "What is the capital of France?", first.answers)
    # Retry: Gradio takes the last turn out of the chat and asks it again, the session still holding its answer.
    retried = make_session_handler(seed_bot)("What is the capital of France?", chat_history(first.answers), 3, [],
                                            second.answers)
    assert retried.answers == second.answers and len(retried.answers) == 2


def test_a_kept_conversation_is_asked_again_in_order_its_follow_ups_read_with_it(seed_bot):
    from bot.web.chat import restore_conversation
    from bot.web.conversation import saved_conversation

    first = ask_page(seed_bot, QUESTION)
    second = ask_page(seed_bot, "What about at night?", first.answers)
    saved = json.loads(json.dumps(saved_conversation(second.answers, "alice")))  # as the browser gives it back
    messages, turn = restore_conversation(seed_bot, saved, "alice")
    assert turn.answers == second.answers and turn.panel == second.panel
    assert turn.answers[-1].context == QUESTION  # the follow-up read with the question before it, as in the chat
    assert messages == chat_blocks(second.answers)
    nobody, empty = restore_conversation(seed_bot, saved, "bob")
    assert nobody == [] and empty.answers == () and "appear here" in empty.panel


def test_a_reload_asks_each_kept_question_with_the_documents_and_quote_count_it_was_asked_with(make_bot):
    from bot.web.chat import restore_conversation, settings_of
    from bot.web.conversation import saved_conversation

    bot = make_bot({"legs.md": "# Legs\n\nMagnesium supplements can help restless legs at night.\n\n"
                               "Magnesium relaxes the muscles of the legs.\n\nIron also helps restless legs.\n",
                    "hay-fever.md": "# Hay fever\n\nPollen causes hay fever in spring.\n"})
    inside = ask_page(bot, "Can magnesium help restless legs?", sources=["hay-fever.md"])
    assert inside.answers[-1].status == "not_found" and "Only **hay-fever.md** was searched" in inside.text
    assert "the documents chosen in Settings do not cover" in inside.panel
    one_quote = ask_page(bot, "Can magnesium help restless legs?", inside.answers, top_k=1)
    assert one_quote.answers[-1].status == "answered" and len(one_quote.answers[-1].quotes) == 1
    saved = json.loads(json.dumps(saved_conversation(one_quote.answers, None)))  # as the browser gives it back
    messages, turn = restore_conversation(bot, saved, None)
    assert turn.answers == one_quote.answers and messages == chat_blocks(one_quote.answers)
    assert "Only **hay-fever.md** was searched" in messages[1]["content"][0]["text"]
    # The settings show what the latest question was asked with, so the next one is asked as before the reload.
    top_k, documents = settings_of(bot, turn.answers)
    assert top_k["value"] == 1 and documents["value"] == []
    assert settings_of(bot, turn.answers[:1])[1]["value"] == ["hay-fever.md"]


def test_a_refused_upload_says_in_words_how_to_convert_it_not_with_a_command(seed_bot, tmp_path):
    windows = tmp_path / "notes.txt"
    windows.write_bytes("Caf\u00e9 au lait: na\u00efve \u201cquotes\u201d.\n".encode("windows-1252"))
    old_word = tmp_path / "leaflet.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    status = upload_status(seed_bot, [windows, old_word])
    assert "`" not in status and "iconv" not in status and "libreoffice --headless" not in status
    assert "save it with the encoding UTF-8 and upload it again" in status
    assert "save it as .docx" in status


def test_the_upload_box_names_every_format_an_upload_takes(seed_bot):
    from bot.documents.extraction import KINDS
    from bot.web.chat import build_demo

    demo = build_demo(seed_bot)
    box = next(block for block in demo.blocks.values() if getattr(block, "elem_id", None) == "verbatim-upload")
    named = box.label.split(": ", 1)[1].split(", ")
    assert len(named) == len(set(KINDS.values())) == 11
    assert {KINDS[extension] for extension in named} == set(KINDS.values())
    assert set(box.file_types) == set(KINDS)


def run_event(http, url: str, session_hash: str, fn_index: int, data: list):
    """Run a page's event as the browser does (join the queue, read its events); its output message."""
    joined = http.post(f"{url}/gradio_api/queue/join", json={"data": data, "fn_index": fn_index, "event_data": None,
                                                             "session_hash": session_hash, "trigger_id": None})
    assert joined.status_code == 200, joined.text
    with http.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": session_hash}) as events:
        for line in events.iter_lines():
            message = json.loads(line[5:]) if line.startswith("data:") else {}
            if message.get("msg") == "process_completed":
                return message["output"]
    raise AssertionError("the event never completed")


@pytest.mark.slow
def test_before_login_no_page_or_schema_names_a_document_and_after_it_the_filter_takes_them(start_app):
    import httpx

    url = start_app("--auth", "alice:s3cret")
    name = "restless-legs-magnesium.txt"
    with httpx.Client(timeout=60) as anyone:
        for path in ["/", "/?view=api", "/runs", "/config", "/gradio_api/info", "/gradio_api/openapi.json",
                     "/openapi.json", "/gradio_api/info?all_endpoints=true"]:
            assert name not in anyone.get(f"{url}{path}").text, path  # the login page embedded the API schema
    with httpx.Client(timeout=60) as alice:
        assert alice.post(f"{url}/login", data={"username": "alice", "password": "s3cret"}).status_code == 200
        config = alice.get(f"{url}/config").json()
        chooser = next(c["id"] for c in config["components"]
                       if c.get("props", {}).get("label", "").startswith("Search only these documents"))
        events = config["dependencies"]
        load = next(n for n, e in enumerate(events) if e["outputs"] == [chooser] and e["targets"][0][1] == "load")
        chat_page = next(n for n, e in enumerate(events) if e.get("api_name") == "chat_page")
        listed = run_event(alice, url, "alices-page", load, [])["data"][0]["choices"]
        assert [value for _, value in listed] == [name]  # the page lists the documents once logged in
        asked = run_event(alice, url, "alices-page", chat_page, ["What is RLS?", None, 3, [name], None])
        assert asked["data"][0].startswith("> ") and NOTICE in asked["data"][0]  # the filter works
        unknown = run_event(alice, url, "alices-page", chat_page, ["What is RLS?", None, 3, ["other.txt"], None])
        assert "not in the list of choices" in unknown["error"]  # and still takes only indexed documents


@pytest.mark.parametrize("typed", ["**bold** <img src=http://127.0.0.1:9/x.png> [a link](http://127.0.0.1:9/)",
                                   "a \\* backslash, A&E, &lt; and < 5 years", "> quoted\n- item"])
def test_a_user_s_message_goes_to_the_page_as_text_and_comes_back_as_typed(typed):
    # a trial: "**bold**" showed bold, and an <img> in a question fetched its address on every reload
    chat = questions_as_typed(gr.Chatbot())
    shown = chat.postprocess([{"role": "user", "content": typed}, {"role": "assistant", "content": "**Answer**"}])
    user, answer = shown.root
    assert user.content[0].text != typed and "<img" not in user.content[0].text and "**" not in user.content[0].text
    assert answer.content[0].text == "**Answer**"  # answers are Markdown the bot wrote
    back = chat.preprocess(shown)
    assert back[0]["content"][0]["text"] == typed and back[1]["content"][0]["text"] == "**Answer**"
