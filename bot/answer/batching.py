"""Merging work that arrives from many threads at once into batches: under load, questions are encoded together,
which costs the model far less than encoding them one by one (the same idea as the dynamic batching of model
servers). An idle caller is served at once and alone, so a single question waits for nothing."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Sequence


@dataclass
class _Request:
    items: list
    ready: threading.Event = field(default_factory=threading.Event)
    leads: bool = False  # woken to run the next batch rather than with its result
    result: Sequence | None = None
    error: BaseException | None = None


class Coalescer:
    """Runs `work(items) -> results` (one result per item, in order) for callers on any number of threads, one
    batch at a time. The items that arrive while a batch runs wait and go into the next batch together, up to
    `max_items` (a request larger than that runs whole, alone). A caller's own thread runs the batch holding its
    items and then hands the next batch to a waiting caller, so no thread works for others indefinitely. An error
    in `work` is raised to every caller of that batch."""

    def __init__(self, work: Callable[[list], Sequence], max_items: int = 64):
        self._work = work
        self._max_items = max_items
        self._lock = threading.Lock()
        self._waiting: deque[_Request] = deque()
        self._busy = False

    @property
    def waiting(self) -> int:
        """How many items wait for a batch to run them (0 when idle)."""
        with self._lock:
            return sum(len(request.items) for request in self._waiting)

    def run(self, items: Sequence) -> Sequence:
        """`work`'s results for `items`, computed in a batch with whatever else is waiting."""
        request = _Request(list(items))
        with self._lock:
            self._waiting.append(request)
            idle, self._busy = not self._busy, True
        if not idle:
            request.ready.wait()
        if idle or request.leads:
            self._run_batch()
        if request.error is not None:
            raise request.error
        return request.result

    def _run_batch(self) -> None:
        with self._lock:
            batch = [self._waiting.popleft()]  # the caller running this batch: the first waiting
            size = len(batch[0].items)
            while self._waiting and size + len(self._waiting[0].items) <= self._max_items:
                batch.append(self._waiting.popleft())
                size += len(batch[-1].items)
        try:
            results = self._work([item for request in batch for item in request.items])
            start = 0
            for request in batch:
                request.result = results[start:start + len(request.items)]
                start += len(request.items)
        except Exception as err:
            if len(batch) == 1:
                batch[0].error = err
            else:
                for request in batch:
                    self._run_alone(request)
        except BaseException as err:  # an interrupt: nothing to isolate
            for request in batch:
                request.error = err
        with self._lock:
            if self._waiting:
                self._waiting[0].leads = True
                self._waiting[0].ready.set()
            else:
                self._busy = False
        for request in batch[1:]:
            request.ready.set()

    def _run_alone(self, request: _Request) -> None:
        try:
            request.result = self._work(request.items)
        except Exception as err:
            request.error = err
