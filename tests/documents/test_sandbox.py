import multiprocessing
import os
import resource
import time

import pytest

from bot.documents.sandbox import Budget, run_isolated
from bot.errors import DocumentError

BUDGET = Budget(memory_bytes=1 << 30, seconds=20)


def test_the_result_comes_back_from_the_child():
    assert run_isolated(divmod, (17, 5), BUDGET) == [3, 2]  # JSON: a tuple comes back as a list


def test_the_child_runs_at_a_lower_priority_than_the_caller():
    assert run_isolated(os.nice, (0,), BUDGET) == os.nice(0) + BUDGET.niceness


def test_the_child_has_its_memory_limit():
    assert run_isolated(resource.getrlimit, (resource.RLIMIT_AS,), BUDGET) == [1 << 30, 1 << 30]


def test_running_out_of_memory_is_a_reason_not_a_crash():
    with pytest.raises(DocumentError, match="needs more than 512 MB of memory"):
        run_isolated(bytearray, (2 << 30,), Budget(memory_bytes=512 << 20, seconds=20))


def test_a_child_past_its_time_is_killed():
    started = time.monotonic()
    with pytest.raises(DocumentError, match="took longer than 0.5 s, so it was stopped"):
        run_isolated(time.sleep, (30,), Budget(memory_bytes=1 << 30, seconds=0.5))
    assert time.monotonic() - started < 5
    assert not multiprocessing.active_children()


def test_a_document_error_in_the_child_keeps_its_message():
    with pytest.raises(DocumentError, match="not a PDF"):
        run_isolated(_refuse, (), BUDGET)


def test_a_child_that_dies_gives_a_reason():
    with pytest.raises(DocumentError, match="crashed"):
        run_isolated(os.abort, (), BUDGET)


def _refuse():
    raise DocumentError("not a PDF")
