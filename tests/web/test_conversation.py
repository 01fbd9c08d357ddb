"""Exports of a conversation expire: none outlives its half hour, and at most MAX_EXPORTS are kept. What the browser
keeps of a conversation: its questions only, whose they are, and not much."""

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
    assert "&amp;" in answer.answer and "\\*" in answer.answer  # what the chat shows, escaped
    record = json.loads(export_json([answer]))["answers"][0]
    assert record["answer"] == f"> {said}\n\n**{NOTICE}**"
    markdown = export_markdown([answer])
    assert f"~~~~text\n> {said}\n\n**{NOTICE}**\n~~~~" in markdown  # shown as written, never rendered as markup
    assert "&amp;" not in markdown and "&gt;" not in markdown and "\\*" not in markdown


def kept_answer(question):
    from bot.answer.compose import Answer

    return Answer(question, "answered", "text", "notice", ())


def test_the_browser_keeps_only_the_questions_and_whose_they_are():
    from bot.web.conversation import saved_conversation, saved_questions

    saved = saved_conversation([kept_answer("Can magnesium help?"), kept_answer("What about at night?")], "alice")
    assert set(saved) == {"user", "questions"} and "alice" not in json.dumps(saved)
    assert saved["questions"] == ["Can magnesium help?", "What about at night?"]
    assert saved_questions(saved, "alice") == ["Can magnesium help?", "What about at night?"]
    assert saved_questions(saved, "bob") == [] and saved_questions(saved, None) == []  # another login's: nothing
    assert saved_questions(saved_conversation([kept_answer("Why?")], None), None) == ["Why?"]


@pytest.mark.parametrize("forged", [None, "text", [], {"user": 1}, {"questions": ["Why?"]}, {"questions": "Why?"}])
def test_a_malformed_kept_conversation_is_an_empty_one(forged):
    from bot.web.conversation import saved_questions, user_tag

    assert saved_questions(forged, None) == []
    if isinstance(forged, dict):
        assert saved_questions({**forged, "user": user_tag(None)}, None) in ([], ["Why?"])


def test_what_the_browser_keeps_stays_small_the_latest_questions_first():
    from bot.web.conversation import SAVED_BYTES, SAVED_QUESTIONS, saved_conversation, saved_questions, user_tag

    many = [kept_answer(f"Question {n}?") for n in range(SAVED_QUESTIONS + 20)]
    assert saved_conversation(many, None)["questions"] == [a.question for a in many[-SAVED_QUESTIONS:]]
    long = [kept_answer(f"{n} " + "\u00e9" * 1500) for n in range(30)]  # each about 9,000 bytes as JSON
    kept = saved_conversation(long, None)["questions"]
    assert 0 < len(kept) < 30 and kept[-1] == long[-1].question and len(json.dumps(kept)) <= SAVED_BYTES
    forged = {"user": user_tag(None), "questions": [a.question for a in long] + [3, "", "Why?"]}
    assert saved_questions(forged, None)[-1] == "Why?" and len(json.dumps(saved_questions(forged, None))) <= SAVED_BYTES


def test_the_browser_secret_is_kept_in_the_index_folder_for_its_owner_only(tmp_path):
    import stat

    from bot.web.conversation import browser_secret

    first = browser_secret(tmp_path / "index")
    assert browser_secret(tmp_path / "index") == first and len(first) == 64
    assert stat.S_IMODE((tmp_path / "index" / "browser-secret").stat().st_mode) == 0o600
    assert browser_secret(tmp_path / "other") != first
