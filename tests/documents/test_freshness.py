"""Checking indexed documents against their files as they are now, and answering from current files."""

import os
import time
from types import SimpleNamespace

from bot.documents import freshness
from bot.documents.corpus import load_corpus
from bot.documents.freshness import SourceCheck, answer_from_current_files
from bot.errors import BotError


def edit_in_place_keeping_size_and_time(path, text):
    before = os.stat(path)
    time.sleep(0.01)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and os.stat(path).st_mtime_ns == before.st_mtime_ns


def indexed(folder):
    return {d.source: d for d in load_corpus(folder).documents}


def test_a_file_edited_in_place_with_its_size_and_time_restored_is_not_current(tmp_path):
    (tmp_path / "dose.txt").write_text("Take 2 tablets a day.", encoding="utf-8")
    documents, check = indexed(tmp_path), SourceCheck(tmp_path)
    assert check.is_current(documents["dose.txt"])
    edit_in_place_keeping_size_and_time(tmp_path / "dose.txt", "Take 9 tablets a day.")
    assert not check.is_current(documents["dose.txt"])
    assert check.changed(["dose.txt", "dose.txt"], documents.get) == ["dose.txt"]


def test_a_touched_file_with_the_same_bytes_is_current_and_hashed_once(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Same words.", encoding="utf-8")
    documents, check = indexed(tmp_path), SourceCheck(tmp_path)
    monkeypatch.setattr(freshness, "_RACY_NS", 0)  # the touch below is recent; here it may be trusted at once
    os.chmod(tmp_path / "a.txt", 0o600)  # the change time moves, the bytes stay
    hashed = []
    real_open = freshness.open_inside
    monkeypatch.setattr(freshness, "open_inside", lambda *args: hashed.append(args) or real_open(*args))
    assert check.is_current(documents["a.txt"]) and check.is_current(documents["a.txt"])
    assert len(hashed) == 1


def test_a_deleted_grown_or_linked_file_is_not_current(tmp_path):
    for name in ("gone.txt", "grown.txt", "linked.txt"):
        (tmp_path / name).write_text(f"Words of {name}.", encoding="utf-8")
    documents, check = indexed(tmp_path), SourceCheck(tmp_path)
    (tmp_path / "gone.txt").unlink()
    (tmp_path / "grown.txt").write_text("Words of grown.txt, and more.", encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text("Words of linked.txt.", encoding="utf-8")
    (tmp_path / "linked.txt").unlink()
    (tmp_path / "linked.txt").symlink_to(tmp_path / "elsewhere.txt")  # same bytes, but through a link
    assert check.changed(documents, documents.get) == ["gone.txt", "grown.txt", "linked.txt"]
    assert check.changed(["not-indexed.txt"], documents.get) == ["not-indexed.txt"]


def test_an_answer_quoting_a_changed_file_is_asked_again_after_a_refresh(tmp_path):
    (tmp_path / "dose.txt").write_text("Take 2 tablets a day.", encoding="utf-8")
    state = SimpleNamespace(documents=indexed(tmp_path), refreshes=0)

    def refresh():
        state.refreshes += 1
        state.documents = indexed(tmp_path)

    def ask():
        text = state.documents["dose.txt"].text
        return SimpleNamespace(quotes=[SimpleNamespace(source="dose.txt", text=text)])

    check = SourceCheck(tmp_path)
    current = lambda: answer_from_current_files(ask, refresh, check, lambda s: state.documents.get(s))
    assert current().quotes[0].text == "Take 2 tablets a day." and state.refreshes == 0
    edit_in_place_keeping_size_and_time(tmp_path / "dose.txt", "Take 9 tablets a day.")
    assert current().quotes[0].text == "Take 9 tablets a day." and state.refreshes == 1
    assert current().quotes[0].text == "Take 9 tablets a day." and state.refreshes == 1


def test_when_refreshing_fails_the_first_answer_is_kept(tmp_path):
    (tmp_path / "dose.txt").write_text("Take 2 tablets a day.", encoding="utf-8")
    documents = indexed(tmp_path)
    (tmp_path / "dose.txt").write_text("Changed.", encoding="utf-8")
    answer = SimpleNamespace(quotes=[SimpleNamespace(source="dose.txt")])

    def refresh():
        raise BotError("No document could be read.")

    assert answer_from_current_files(lambda: answer, refresh, SourceCheck(tmp_path), documents.get) is answer


def test_an_urgent_answer_is_given_at_once_even_when_a_file_it_would_quote_changed(tmp_path):
    # a reviewer's finding: the emergency message waited for the index to be refreshed, for quotes it never shows
    (tmp_path / "dose.txt").write_text("Take 2 tablets a day.", encoding="utf-8")
    documents = indexed(tmp_path)
    (tmp_path / "dose.txt").write_text("Changed.", encoding="utf-8")
    urgent = SimpleNamespace(status="urgent", quotes=[SimpleNamespace(source="dose.txt")])
    refreshes = []
    assert answer_from_current_files(lambda: urgent, lambda: refreshes.append(1), SourceCheck(tmp_path),
                                     documents.get) is urgent and refreshes == []
