"""Exports of a conversation expire: none outlives its half hour, and at most MAX_EXPORTS are kept."""

import os
import time

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
