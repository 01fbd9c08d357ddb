import os
import threading
import time

from bot.documents.watching import snapshot, watch
from bot.errors import BotError


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_watch_refreshes_at_once_then_after_each_settled_change(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    stop, calls, errors = threading.Event(), [], []
    worker = threading.Thread(target=watch, args=(tmp_path, lambda: calls.append(snapshot(tmp_path)), errors.append,
                                                  stop, 0.05))
    worker.start()
    try:
        deadline = time.monotonic() + 10
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(calls) == 1  # the first refresh catches changes made while the first index was built
        (tmp_path / "b.md").write_text("Two.", encoding="utf-8")
        while len(calls) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert set(calls[-1]) == {"a.txt", "b.md"}
        (tmp_path / "a.txt").unlink()
        while len(calls) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert set(calls[-1]) == {"b.md"} and errors == []
    finally:
        stop.set()
        worker.join(timeout=10)


def test_refresh_errors_are_reported_and_watching_goes_on(tmp_path):
    stop, errors = threading.Event(), []

    def failing_refresh():
        if errors:
            stop.set()
        raise BotError("no documents")

    worker = threading.Thread(target=watch, args=(tmp_path, failing_refresh, errors.append, stop, 0.05))
    worker.start()
    deadline = time.monotonic() + 10
    while not errors and time.monotonic() < deadline:
        time.sleep(0.01)
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    worker.join(timeout=10)
    assert not worker.is_alive() and len(errors) == 2 and str(errors[0]) == "no documents"
    assert "after changes to a.txt failed (no documents)" in str(errors[1])


def test_any_failure_of_one_round_is_reported_with_its_file_and_a_later_good_file_is_still_refreshed(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    stop, refreshed, errors = threading.Event(), [], []

    def refresh():
        files = set(snapshot(tmp_path))
        if "bad.pdf" in files and not errors:
            raise ValueError("text map yields U+D800")  # not a BotError: a reader's own bug
        refreshed.append(files)

    worker = threading.Thread(target=watch, args=(tmp_path, refresh, errors.append, stop, 0.05))
    worker.start()
    try:
        assert wait_for(lambda: refreshed)
        (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
        assert wait_for(lambda: errors)
        assert isinstance(errors[0], BotError)
        assert "bad.pdf" in str(errors[0]) and "ValueError: text map yields U+D800" in str(errors[0])
        (tmp_path / "good.txt").write_text("Two.", encoding="utf-8")
        assert wait_for(lambda: any("good.txt" in files for files in refreshed))
        assert worker.is_alive() and len(errors) == 1
    finally:
        stop.set()
        worker.join(timeout=10)


def test_a_file_edited_in_place_with_its_size_and_time_restored_is_still_seen_as_changed(tmp_path):
    path = tmp_path / "dose.txt"
    path.write_text("Take 2 tablets.", encoding="utf-8")
    before = os.stat(path)
    first = snapshot(tmp_path)
    time.sleep(0.01)
    path.write_text("Take 9 tablets.", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and snapshot(tmp_path) != first
