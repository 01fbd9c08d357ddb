"""Joining a Ray cluster (or starting one on this machine) for the length of one job, and the worker actors' pool."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Iterator

from bot.errors import BotError

REPO = Path(__file__).resolve().parents[2]
# Ray's own usage reports (network) stay off, and the model never comes from the hub at run time.
# A local cluster whose node misses Ray's start-up deadline is started again this many times in all.
LOCAL_START_ATTEMPTS = 3
_QUIET = {"RAY_USAGE_STATS_ENABLED": "0", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


class ClusterError(BotError):
    """Ray is not installed, the cluster cannot be reached, or a cluster job was asked for what it does not do."""


def import_ray():
    """The `ray` module, or a ClusterError naming the file to install it from."""
    os.environ.update(_QUIET)  # before ray is imported: it reads the setting then
    try:
        import ray
    except ImportError:
        raise ClusterError("--cluster needs Ray, which is not installed. Install it with "
                           "`pip install -r requirements-cluster.txt`.") from None
    return ray


def check_address(address: str) -> str:
    """`local`, `auto` or a cluster address (`ray://host:10001` or `host:6379`); anything else is a ClusterError."""
    address = (address or "").strip()
    if address in ("local", "auto") or ":" in address:
        return address
    raise ClusterError(f"--cluster takes local (start Ray on this machine), auto (join the Ray cluster running here) "
                       f"or an address such as ray://head:10001, got {address!r}.")


@contextlib.contextmanager
def connected(address: str, workers: int | None = None) -> Iterator[int]:
    """Joined to the cluster at `address` (`local` starts one here with this machine's CPUs) until the block ends,
    or to the one this process joined already; yields how many worker actors to start: `workers`, or one per CPU of
    the cluster."""
    address = check_address(address)
    if workers is not None and workers < 1:
        raise ClusterError(f"--workers must be at least 1, got {workers}.")
    ray = import_ray()
    if ray.is_initialized():  # the caller joined a cluster already (a notebook, the tests): use it and leave it up
        yield workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        return
    # Workers import `bot` from the same path (shared storage on a real cluster) and read no hub.
    runtime_env = {"env_vars": {**_QUIET, "PYTHONPATH": str(REPO)}}
    options = dict(include_dashboard=False, log_to_driver=False, configure_logging=False, runtime_env=runtime_env)
    try:
        if address == "local":
            _start_local(ray, max(workers or 1, os.cpu_count() or 1), options)
        else:
            ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as err:
        raise ClusterError(f"Could not join the Ray cluster at {address}: {err}. Start it with `ray start --head` "
                           f"on the head machine, or use --cluster local.") from None
    try:
        yield workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    finally:
        ray.shutdown()


def _start_local(ray, cpus: int, options: dict, attempts: int = LOCAL_START_ATTEMPTS) -> None:
    """A local cluster started, tried again from scratch when its node does not register in time: Ray gives it a
    fixed 30 s, which a machine busy with other work can exceed. A RuntimeError when every attempt timed out."""
    for attempt in range(1, attempts + 1):
        try:
            with _loopback_node():
                ray.init(num_cpus=cpus, **options)
            return
        except Exception as err:  # noqa: BLE001 - Ray raises a bare Exception for this timeout
            if "timed out during startup" not in str(err):
                raise
            ray.shutdown()
            if attempt == attempts:
                raise RuntimeError(f"Ray's node did not start within its 30 s, {attempts} times (is the machine "
                                   "busy?)") from None


@contextlib.contextmanager
def _loopback_node() -> Iterator[None]:
    """Ray's "local Ray" (one machine only, its default on macOS and Windows) while a local cluster starts: the node
    takes the loopback address, so every process of the cluster (GCS, raylet, agents, workers) listens on 127.0.0.1
    alone, not on all interfaces under the machine's outward address. Ray 2.60 has no option for it: `ray.init`
    turns `_node_ip_address="127.0.0.1"` into the outward address (`services.resolve_ip_for_localhost`), and only
    `ray_constants.ENABLE_RAY_CLUSTER` false (`RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0` when ray is imported) makes
    `services.get_node_ip_address` give the loopback one. Set for the start only: joining another cluster later in
    this process is unchanged."""
    constants = sys.modules.get("ray._private.ray_constants")
    if constants is None or not hasattr(constants, "ENABLE_RAY_CLUSTER"):  # not Ray itself (the tests' stand-in)
        yield
        return
    kept = constants.ENABLE_RAY_CLUSTER
    constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        constants.ENABLE_RAY_CLUSTER = kept


def start_actors(cls, count: int, *args) -> list:
    """`count` actors of `cls`, the cluster's CPUs shared out between them (one CPU each at least: a worker's model
    runs that many threads), each restarted by Ray when its process dies and the call that was running then retried
    on the new process (three times at most, so a worker that cannot start fails the job rather than loop)."""
    ray = import_ray()
    largest_node = max((node["Resources"].get("CPU", 0) for node in ray.nodes() if node.get("Alive")), default=1)
    cpus = max(1, min(int(ray.cluster_resources().get("CPU", 1)) // count, int(largest_node)))
    remote = ray.remote(num_cpus=cpus, max_restarts=3, max_task_retries=3)(cls)
    return [remote.remote(*args) for _ in range(count)]
