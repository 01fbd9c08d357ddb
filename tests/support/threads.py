"""Running a read that might block, for tests of what must never block."""

import os
import threading

import pytest


def read_in_a_thread(read, fifo):
    """What `read()` raised (None if nothing), run in a thread; if it blocks on the FIFO `fifo`, the FIFO's other end
    is opened and closed so that the thread ends, and the test fails."""
    raised = []

    def run():
        try:
            read()
        except Exception as err:
            raised.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=5)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # end of file for the blocked reader
        thread.join(timeout=5)
        pytest.fail(f"reading blocked on the FIFO {fifo}")
    return raised[0] if raised else None
