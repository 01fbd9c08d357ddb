import threading
import time

from bot.documents.watching import snapshot, watch
from bot.errors import BotError


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
    assert not worker.is_alive() and [str(e) for e in errors] == ["no documents", "no documents"]
