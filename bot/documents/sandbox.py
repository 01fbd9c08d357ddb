"""Running a parser over untrusted bytes in a child process, so one hostile file costs bounded memory and time and
leaves the cores to answering.

The child is forked from a small server process that has the parsers loaded (multiprocessing's "forkserver"), so it
starts in milliseconds, with none of the caller's threads or memory. It gets an address-space limit, a CPU-time
limit and a low priority; the caller waits a bounded wall-clock time and kills it after. Its reply is JSON, not
pickle: a parser that misbehaves cannot hand the caller an object to run.

As with any multiprocessing child, a script run as the main program (`python app.py`) is imported again in each child
(`python -m bot` and `python -m pytest` are not), so such a script keeps heavy imports inside its `main()`.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import resource
import threading
from dataclasses import dataclass
from typing import Any, Callable

from bot.errors import DocumentError

_CONTEXT = multiprocessing.get_context("forkserver")
# Loaded once into the fork server, so each child starts with them in memory instead of importing them again.
_CONTEXT.set_forkserver_preload(["bot.documents.extraction", "bot.documents.pdf", "bot.documents.visibility",
                                  "bot.documents.ocr", "pypdf", "docx", "bs4", "lxml.etree", "tinycss2"])
# Children at once: each may use up to its memory limit, so a burst of uploads cannot multiply that without bound.
_SLOTS = threading.BoundedSemaphore(2)


@dataclass(frozen=True)
class Budget:
    """What one child may use: address space (bytes), wall-clock time (seconds), and how much lower its priority
    is than the caller's (os.nice increment)."""

    memory_bytes: int
    seconds: float
    niceness: int = 10


def run_isolated(function: Callable[..., Any], args: tuple, budget: Budget) -> Any:
    """`function(*args)` run in a child process within `budget`; its result must be JSON-serialisable.

    A DocumentError raised by `function` is raised here with the same message; running out of memory or time, or
    the child dying, is a DocumentError that says so. `function` must be a module-level function.
    """
    with _SLOTS:
        receiver, sender = _CONTEXT.Pipe(duplex=False)
        child = _CONTEXT.Process(target=_child, args=(sender, function, args, budget), daemon=True)
        started = False
        try:
            child.start()
            started = True
            sender.close()
            if not receiver.poll(budget.seconds):
                raise DocumentError(f"reading it took longer than {budget.seconds:g} s, so it was stopped; split it "
                                    "into smaller files or re-export it")
            payload = receiver.recv_bytes()
        except EOFError:
            payload = None
        finally:
            if started:
                if child.is_alive():
                    child.kill()
                child.join()
            sender.close()
            receiver.close()
    if payload is None:
        raise DocumentError(f"{_out_of_memory(budget)} or the reader crashed (exit code {child.exitcode}); "
                            "re-export it or split it into smaller files")
    reply = json.loads(payload)
    if "result" in reply:
        return reply["result"]
    if reply.get("memory"):
        raise DocumentError(f"{_out_of_memory(budget)}; split it into smaller files")
    raise DocumentError(reply["error"])


def _out_of_memory(budget: Budget) -> str:
    return f"reading it needs more than {budget.memory_bytes / 2**20:.0f} MB of memory"


def _child(sender, function: Callable[..., Any], args: tuple, budget: Budget) -> None:
    reply: dict[str, Any]
    try:
        resource.setrlimit(resource.RLIMIT_AS, (budget.memory_bytes, budget.memory_bytes))
        # A second stop, should the caller be gone: CPU time never exceeds the wall-clock time the caller waits.
        cpu = math.ceil(budget.seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a parser that crashes leaves no core file behind
        os.nice(budget.niceness)
        reply = {"result": function(*args)}
        payload = json.dumps(reply, ensure_ascii=False).encode("utf-8")
    except MemoryError:
        payload = b'{"memory": true}'
    except DocumentError as err:
        payload = json.dumps({"error": str(err)}).encode()
    except BaseException as err:  # noqa: BLE001 - whatever a parser raises, the caller gets a reason, not a trace
        payload = json.dumps({"error": f"could not be read ({type(err).__name__}); re-export it and add it "
                                       "again"}).encode()
    finally:
        reply = {}
    sender.send_bytes(payload)
    sender.close()
