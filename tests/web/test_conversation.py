"""Exports of a conversation expire: none outlives its half hour, and at most MAX_EXPORTS are kept. What the browser
keeps of a conversation: its questions and the settings each was asked with, whose they are, and not much; a
not-found answer inside a document filter says so, and exports record the filter."""

import json
import os
import time

import pytest

from bot.web.conversation import EXPORT_SECONDS, MAX_EXPORTS, expire_exports, write_export


def test_exports_older_than_half_an_hour_are_deleted_when_the_next_is_written(seed_bot, tmp_path):
    answers = (seed_bot.ask("What is RLS?"),)
    old = write_export(tmp_path, answers, "md")
    hour_ago = time.time() - EXPORT_SECONDS - 60
    os.utime(old, (hour_ago, hour_ago))
    recent = write_export(tmp_path, answers, "json")
    new = write_export(tmp_path, answers, "md")
    assert not old.exists() and recent.exists() and new.exists()
    (tmp_path / "notes.txt").write_text("not an export")
    os.utime(tmp_path / "notes.txt", (hour_ago, hour_ago))
    assert expire_exports(tmp_path) == [] and (tmp_path / "notes.txt").exists()  # only exports are touched


def test_only_the_newest_exports_are_kept_past_the_cap(tmp_path):
    now = time.time()
    for number in range(MAX_EXPORTS + 5):
        path = tmp_path / f"verbatim-conversation-{number:04d}.md"
        path.write_text("x")
        os.utime(path, (now - number, now - number))  # number 0 is the newest
    expired = expire_exports(tmp_path)
    assert len(expired) == 5 and len(list(tmp_path.iterdir())) == MAX_EXPORTS
    assert not (tmp_path / f"verbatim-conversation-{MAX_EXPORTS:04d}.md").exists()
    assert (tmp_path / "verbatim-conversation-0000.md").exists()


def test_exports_carry_the_text_a_person_reads_not_markdown_or_html_escapes():
    import json

    from bot import NOTICE
    from bot.answer.compose import Answer, escape_markdown
    from bot.web.conversation import export_json, export_markdown

    said = "Go to A&E if the dose is > 5 *tablets* <script>x</script> ~~~ [link](javascript:x)"
    answer = Answer("Dose?", "answered", f"> {escape_markdown(said)}\n\n**{NOTICE}**", NOTICE, ())
    assert "&lt;script" in answer.answer and "\\*" in answer.answer  # what the chat shows, escaped
    record = json.loads(export_json([answer]))["answers"][0]
    assert record["answer"] == f"> {said}\n\n**{NOTICE}**"
    markdown = export_markdown([answer])
    # shown as written, never rendered as markup; the answer's own bold and italic markers left out of its plain text
    # (a trial: "**This may be an emergency...**" read with its stars), a document's own stars kept
    assert f"~~~~text\n> {said}\n\n{NOTICE}\n~~~~" in markdown and "*tablets*" in markdown
    assert "&amp;" not in markdown and "&gt;" not in markdown and "\\*" not in markdown



def test_a_markdown_export_shows_questions_names_and_headings_as_written_and_they_forge_no_structure():
    from markdown_it import MarkdownIt

    from bot import NOTICE
    from bot.answer.compose import Answer, Quote
    from bot.web.conversation import asked_with, export_markdown

    headings = ["## Doctor's advice", "> checked verbatim", "[Call now](javascript:alert(1))", "a\n# Forged & <b>x</b>"]
    quotes = tuple(Quote("Rest.", f"notes_{n}](javascript:x).md", 0, 5, 1, 1, None, None, heading, 0.5)
                   for n, heading in enumerate(headings))
    question = "What about *this*?\n\n# Forged heading\n> checked verbatim"
    answer = asked_with(Answer(question, "answered", f"> Rest.\n\n*{NOTICE}*", NOTICE, quotes),
                        ("leaflet_v2.md", "x](javascript:y).md\n# Forged"), 3, 4)
    markdown = export_markdown([answer])
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    assert "<a " not in html and "<b>" not in html and "<blockquote>" not in html  # the answer's "> Rest." is plain
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1 and html.count("<li>") == len(quotes)
    assert html.count("<em>") == 1  # the notice, nothing of a question's or document's

    def rendered(text):  # what a person reads, as markdown-it writes it in HTML
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    assert f"<h2>1. {rendered('What about *this*? # Forged heading > checked verbatim')}</h2>" in html
    for number, heading in enumerate(headings):
        where = f"notes_{number}](javascript:x).md, {heading.replace(chr(10), ' ')}, line 1"
        assert f"<li>Source: {rendered(where)} (characters 0-5, score 0.5)</li>" in html
    # a file name's line break is shown as its escape (shown_source), as in the chat
    assert f"<p>Searched only: {rendered('leaflet_v2.md, x](javascript:y).md')}\\x0a# Forged</p>" in html


def kept_answer(question):
    from bot.answer.compose import Answer

    return Answer(question, "answered", "text", "notice", ())


def questions_of(saved, username):
    from bot.web.conversation import saved_turns

    return [turn.question for turn in saved_turns(saved, username)]


def test_the_browser_keeps_only_the_questions_their_settings_and_whose_they_are():
    from bot.web.conversation import KeptTurn, asked_with, saved_conversation, saved_turns

    filtered = asked_with(kept_answer("What about at night?"), ("b.md", "a.md"), 4, 3)
    saved = saved_conversation([kept_answer("Can magnesium help?"), filtered], "alice")
    assert set(saved) == {"user", "turns"} and "alice" not in json.dumps(saved)
    assert saved["turns"] == [{"question": "Can magnesium help?", "sources": [], "top_k": None},
                              {"question": "What about at night?", "sources": ["b.md", "a.md"], "top_k": 4}]
    assert saved_turns(saved, "alice") == [KeptTurn("Can magnesium help?"),
                                           KeptTurn("What about at night?", ("a.md", "b.md"), 4)]
    assert saved_turns(saved, "bob") == [] and saved_turns(saved, None) == []  # another login's: nothing
    assert questions_of(saved_conversation([kept_answer("Why?")], None), None) == ["Why?"]


def test_a_conversation_kept_before_the_settings_were_is_read_as_questions_asked_with_the_defaults():
    from bot.web.conversation import KeptTurn, saved_turns, user_tag

    older = {"user": user_tag(None), "questions": ["Can magnesium help?", "Why?"]}
    assert saved_turns(older, None) == [KeptTurn("Can magnesium help?"), KeptTurn("Why?")]


@pytest.mark.parametrize("forged", [None, "text", [], {"user": 1}, {"questions": ["Why?"]}, {"questions": "Why?"},
                                    {"turns": [{"question": "Why?", "sources": "a.md", "top_k": "x"}]},
                                    {"turns": [{"question": "Why?", "sources": [1, None], "top_k": True}]}])
def test_a_malformed_kept_conversation_is_an_empty_one_and_a_malformed_setting_the_default(forged):
    from bot.web.conversation import KeptTurn, saved_turns, user_tag

    assert saved_turns(forged, None) == []
    if isinstance(forged, dict):
        assert saved_turns({**forged, "user": user_tag(None)}, None) in ([], [KeptTurn("Why?")])


def test_what_the_browser_keeps_stays_small_the_latest_questions_first():
    from bot.web.conversation import SAVED_BYTES, SAVED_QUESTIONS, saved_conversation, user_tag

    many = [kept_answer(f"Question {n}?") for n in range(SAVED_QUESTIONS + 20)]
    assert questions_of(saved_conversation(many, None), None) == [a.question for a in many[-SAVED_QUESTIONS:]]
    long = [kept_answer(f"{n} " + "\u00e9" * 1500) for n in range(30)]  # each about 9,000 bytes as JSON
    kept = saved_conversation(long, None)["turns"]
    assert 0 < len(kept) < 30 and kept[-1]["question"] == long[-1].question and len(json.dumps(kept)) <= SAVED_BYTES
    forged = {"user": user_tag(None), "turns": [a.question for a in long] + [3, "", "Why?"]}
    assert questions_of(forged, None)[-1] == "Why?" and len(json.dumps(questions_of(forged, None))) <= SAVED_BYTES


def test_a_not_found_answer_in_a_document_filter_names_the_documents_and_how_to_search_all():
    from bot import NOTICE
    from bot.answer.compose import NOT_FOUND, Answer
    from bot.web.conversation import asked_with, export_json, export_markdown

    not_found = Answer("Is it safe?", "not_found", f"{NOT_FOUND}\n\n*{NOTICE}*", NOTICE, ())
    one = asked_with(not_found, ("leaflet_v2.pdf",), 3, 14)
    assert one.answer == (f"{NOT_FOUND}\n\nOnly **leaflet\\_v2.pdf** was searched, as chosen in Settings under "
                          f"\"Search only these documents\". Clear that choice to search all 14 documents."
                          f"\n\n*{NOTICE}*")
    many = asked_with(not_found, ("a.md", "b.md", "c.md", "d.md", "e.md"), None, 14).answer
    assert "Only 5 documents were searched, **a.md**, **b.md**, **c.md** and 2 more, as chosen" in many
    assert asked_with(not_found, (), 3, 14).answer == not_found.answer  # no filter: as composed
    answered = Answer("Dose?", "answered", f"> text\n\n*{NOTICE}*", NOTICE, ())
    assert asked_with(answered, ("a.md",), 3, 14).answer == answered.answer
    # Exports record what each turn searched.
    record = json.loads(export_json([one, asked_with(answered, (), 3, 14)]))["answers"]
    assert [(r["searched_only"], r["top_k"]) for r in record] == [(["leaflet_v2.pdf"], 3), ([], 3)]
    assert "Only leaflet_v2.pdf was searched" in record[0]["answer"].replace("**", "")
    assert "Status: not_found\n\nSearched only: leaflet\\_v2.pdf\n" in export_markdown([one])


def test_the_browser_secret_is_kept_in_the_index_folder_for_its_owner_only(tmp_path):
    import stat

    from bot.web.conversation import browser_secret

    first = browser_secret(tmp_path / "index")
    assert browser_secret(tmp_path / "index") == first and len(first) == 64
    assert stat.S_IMODE((tmp_path / "index" / "browser-secret").stat().st_mode) == 0o600
    assert browser_secret(tmp_path / "other") != first


def test_a_changed_verdict_is_written_in_one_step_keeping_every_other_line_and_the_file_s_mode(tmp_path, monkeypatch):
    # a reviewer's findings: a row holding U+2028 was never found; a hand-written line in Latin-1 raised; the file's
    # mode became 0644; a failure after the old row was taken out lost both rows
    from bot.errors import BotError
    from bot.web.conversation import FEEDBACK_FILE, save_feedback

    path = tmp_path / FEEDBACK_FILE
    save_feedback(tmp_path, {"id": "a", "question": "line\u2028separated", "feedback": "relevant"})
    with open(path, "ab") as handle:
        handle.write('{"question": "écrit à la main"}\n'.encode("latin-1"))
    save_feedback(tmp_path, {"id": "b", "question": "other", "feedback": "relevant"})
    os.chmod(path, 0o600)
    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *args: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(BotError, match="Could not save feedback"):
        save_feedback(tmp_path, {"id": "c", "feedback": "not_relevant"}, replacing="a")
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    monkeypatch.undo()
    save_feedback(tmp_path, {"id": "c", "feedback": "not_relevant"}, replacing="a")
    lines = path.read_bytes().split(b"\n")[:-1]
    assert lines == before.split(b"\n")[1:-1] + [b'{"id": "c", "feedback": "not_relevant"}']
    assert os.stat(path).st_mode & 0o777 == 0o600
