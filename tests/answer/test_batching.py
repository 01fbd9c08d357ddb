"""Work from many threads merged into batches."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.answer.batching import Coalescer


def test_a_lone_caller_runs_alone_and_gets_its_own_results():
    calls = []
    coalescer = Coalescer(lambda items: calls.append(list(items)) or [x * 10 for x in items], max_items=4)
    assert list(coalescer.run([1, 2])) == [10, 20]
    assert list(coalescer.run([3])) == [30]
    assert calls == [[1, 2], [3]]


def test_callers_arriving_while_a_batch_runs_share_the_next_batch():
    first_started, release = threading.Event(), threading.Event()
    calls = []

    def work(items):
        calls.append(list(items))
        if len(calls) == 1:  # hold the first batch until every other caller is waiting
            first_started.set()
            assert release.wait(10)
        return [f"r{x}" for x in items]

    coalescer = Coalescer(work, max_items=4)
    with ThreadPoolExecutor(max_workers=7) as pool:
        first = pool.submit(coalescer.run, [0])
        assert first_started.wait(10)
        later = [pool.submit(coalescer.run, [i]) for i in range(1, 7)]
        while coalescer.waiting < 6:
            threading.Event().wait(0.01)
        release.set()
        results = [future.result(10) for future in [first, *later]]
    assert [list(r) for r in results] == [[f"r{i}"] for i in range(7)]
    assert [len(batch) for batch in calls] == [1, 4, 2]  # the six waiting callers in batches of at most 4
    assert sorted(x for batch in calls for x in batch) == list(range(7))


def test_an_error_reaches_the_caller_whose_items_cause_it_and_the_next_batch_still_runs():
    def work(items):
        if "bad" in items:
            raise ValueError("cannot encode")
        return items

    coalescer = Coalescer(work)
    with pytest.raises(ValueError, match="cannot encode"):
        coalescer.run(["ok", "bad"])
    assert list(coalescer.run(["fine"])) == ["fine"]


def test_a_failure_stays_with_the_caller_whose_items_cause_it():
    first_started, release = threading.Event(), threading.Event()
    calls = []

    def work(items):
        calls.append(list(items))
        if len(calls) == 1:  # hold the first batch until the others wait, so they share the next one
            first_started.set()
            assert release.wait(10)
        if "bad" in items:
            raise ValueError("cannot encode 'bad'")
        return [x.upper() for x in items]

    coalescer = Coalescer(work, max_items=8)
    with ThreadPoolExecutor(max_workers=5) as pool:
        first = pool.submit(coalescer.run, ["a"])
        assert first_started.wait(10)
        later = [pool.submit(coalescer.run, items) for items in (["b"], ["bad"], ["c", "d"], ["e"])]
        while coalescer.waiting < 5:
            threading.Event().wait(0.01)
        release.set()
        assert list(first.result(10)) == ["A"]
        with pytest.raises(ValueError, match="cannot encode"):
            later[1].result(10)
        assert [list(later[i].result(10)) for i in (0, 2, 3)] == [["B"], ["C", "D"], ["E"]]
    assert calls[1] == ["b", "bad", "c", "d", "e"]  # they shared a batch, which failed; each then ran alone
