"""The index folder on disk: one writer at a time, and only regular files read."""

import os
import signal

import pytest

from bot.errors import IndexStoreError
from bot.index.generation import (
    build_lock,
    build_running,
    checked_generation,
    current_generation,
)
from tests.index.locking import held_elsewhere, start_holder
from tests.support import small_store
from tests.support.threads import read_in_a_thread


def test_a_second_writer_is_told_the_pid_of_the_process_building(tmp_path):
    index = tmp_path / "index"
    with held_elsewhere(index) as child:
        with build_lock(index) as lock:
            assert not lock.held and lock.holder == child.pid
        assert build_running(index).holder == child.pid  # a probe that only reads says as much
    with build_lock(index) as lock:
        assert lock.held
    assert build_running(index) is None


def test_the_build_lock_goes_with_its_holder_even_when_killed(tmp_path):
    index = tmp_path / "index"
    child = start_holder(index)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    with build_lock(index) as lock:
        assert lock.held


def test_one_process_holds_the_build_lock_once(tmp_path):
    with build_lock(tmp_path) as first, build_lock(tmp_path) as second:
        assert first.held and not second.held and second.holder == os.getpid()


@pytest.mark.parametrize("name", ["CURRENT", "manifest.json"])
def test_a_fifo_in_place_of_an_index_file_is_reported_as_damage_at_once(tmp_path, name):
    small_store(tmp_path)
    fifo = (tmp_path if name == "CURRENT" else current_generation(tmp_path)) / name
    fifo.unlink()
    os.mkfifo(fifo)
    err = read_in_a_thread(lambda: checked_generation(tmp_path), fifo)
    assert isinstance(err, IndexStoreError)
    assert "damaged" in str(err) and "FIFO" in str(err) and "python -m bot index" in str(err)


def test_a_link_to_a_device_in_place_of_current_is_reported_as_damage(tmp_path):
    small_store(tmp_path)
    (tmp_path / "CURRENT").unlink()
    (tmp_path / "CURRENT").symlink_to("/dev/null")
    with pytest.raises(IndexStoreError, match=r"damaged: CURRENT cannot be read \(not a regular file but a "
                                              r"character device\)"):
        current_generation(tmp_path)
