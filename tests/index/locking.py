"""A real second process holding an index folder's build lock, for tests of what a writer or reader does then."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support import REPO

HOLDER = """
import sys
sys.path[:0] = [{repo!r}]
from bot.index.generation import build_lock
with build_lock({index!r}) as lock:
    print("held" if lock.held else "busy", flush=True)
    sys.stdin.readline()
"""


def start_holder(index_dir: Path) -> subprocess.Popen:
    """A child process that holds the build lock of `index_dir` until its stdin is closed (or it is killed)."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(repo=str(REPO), index=str(index_dir))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if child.stdout.readline() != "held\n":
        child.kill()
        child.wait(timeout=30)
        raise RuntimeError(f"the child process could not take the build lock of {index_dir}")
    return child


def stop(child: subprocess.Popen) -> None:
    """Let the holder go and wait for it."""
    if child.poll() is None:
        child.stdin.close()
    child.wait(timeout=30)


@contextmanager
def held_elsewhere(index_dir: Path) -> Iterator[subprocess.Popen]:
    """The build lock of `index_dir` held by another process for the block (the process is yielded)."""
    child = start_holder(index_dir)
    try:
        yield child
    finally:
        stop(child)
