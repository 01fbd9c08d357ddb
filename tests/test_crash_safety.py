"""Killing a process while it writes the index never leaves an index that fails to load."""

import random
import signal
import subprocess
import sys
import time

import pytest

from bot.index.generation import current_generation
from bot.index.store import IndexStore
from tests.support import REPO, small_store

pytestmark = pytest.mark.slow  # twenty child processes, killed at random points

WRITER = """
import sys
sys.path[:0] = [{repo!r}]
from tests.support import small_store
print("ready", flush=True)
i = 0
while True:
    i += 1
    small_store({index!r}, text=f"Version {{i}} here. Second sentence {{i}}.")
"""


def test_index_survives_twenty_kills_at_random_points(tmp_path):
    index = tmp_path / "index"
    small_store(index, text="Version 0 here. Second sentence 0.")
    script = WRITER.format(repo=str(REPO), index=str(index))
    rng = random.Random(7)
    versions = set()
    mid_write = 0
    for _ in range(20):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout.readline() == b"ready\n"  # past start-up (imports), however loaded the machine is
        time.sleep(rng.uniform(0.05, 0.6))  # into the save loop
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        live = current_generation(index).name
        mid_write += any(p.name.startswith(".") or (p.name.startswith("gen-") and p.name != live)
                         for p in index.iterdir() if p.name != "CURRENT")
        loaded = IndexStore.load(index)  # raises if anything is half-written
        assert loaded.chunks[0].text.startswith("Version ")
        versions.add(loaded.chunks[0].text)
    assert len(versions) > 1 and mid_write > 0  # kills landed while generations were being written
    small_store(index, text="Final one. Done.")
    leftovers = sorted(p.name for p in index.iterdir())
    assert leftovers == sorted(["CURRENT", current_generation(index).name])
