"""Joining a cluster: what the CLI says when it cannot, and how texts are cut over the workers (no cluster)."""

import sys

import pytest

from bot.cli import main
from bot.cluster.building import slices


def test_cluster_without_ray_installed_names_the_file_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    (tmp_path / "q.txt").write_text("Can magnesium help?\n")
    assert main(["eval", str(tmp_path / "q.txt"), "--out", str(tmp_path / "r.jsonl"), "--cluster", "local",
                 "--index", str(tmp_path / "index"), "--corpus", str(tmp_path)]) == 2
    assert main(["index", "--cluster", "local", "--index", str(tmp_path / "index"), "--corpus", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("pip install -r requirements-cluster.txt") == 2 and "Traceback" not in err


@pytest.mark.parametrize("argv, wanted", [
    (["index", "--cluster", "nowhere"], "--cluster takes local"),
    (["index", "--cluster", "local", "--workers", "0"], "--workers must be at least 1"),
    (["index", "--cluster", "local", "--watch"], "leave out --cluster to watch"),
    (["index", "--workers", "2"], "--workers goes with --cluster"),
])
def test_bad_cluster_flags_are_refused_before_anything_starts(argv, wanted, tmp_path, capsys):
    assert main(argv + ["--index", str(tmp_path / "index"), "--corpus", str(tmp_path)]) == 2
    assert wanted in capsys.readouterr().err


def test_cluster_eval_takes_a_question_file_not_a_benchmark(tmp_path, capsys):
    assert main(["eval", "--beir", str(tmp_path), "--out", str(tmp_path / "r.tsv"), "--cluster", "local"]) == 2
    assert "--cluster answers a question file" in capsys.readouterr().err


def test_texts_are_cut_in_whole_batches_over_the_workers_in_order():
    assert slices(10, 2, 2) == [slice(0, 6), slice(6, 10)]
    assert slices(3, 4, 2) == [slice(0, 2), slice(2, 3)]  # fewer batches than workers: some stay idle
    assert slices(128, 2, 64) == [slice(0, 64), slice(64, 128)]
    assert slices(1, 1, 64) == [slice(0, 1)]


class _SlowRay:
    """A stand-in for `ray` whose node misses its start-up deadline the first `misses` times."""

    def __init__(self, misses: int):
        self.misses, self.inits, self.shutdowns = misses, 0, 0

    def init(self, **options):
        self.inits += 1
        if self.inits <= self.misses:
            raise Exception("The current node timed out during startup. This could happen because ...")

    def shutdown(self):
        self.shutdowns += 1


def test_a_local_cluster_whose_node_misses_rays_start_deadline_is_started_again():
    from bot.cluster.connection import LOCAL_START_ATTEMPTS, _start_local

    slow = _SlowRay(misses=LOCAL_START_ATTEMPTS - 1)
    _start_local(slow, 2, {})
    assert slow.inits == LOCAL_START_ATTEMPTS and slow.shutdowns == LOCAL_START_ATTEMPTS - 1
    never = _SlowRay(misses=LOCAL_START_ATTEMPTS)
    with pytest.raises(RuntimeError, match="did not start within"):
        _start_local(never, 2, {})


def _outward_address() -> str | None:
    """This machine's address toward other machines (no packet is sent), or None without a network."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the route
            return probe.getsockname()[0]
        except OSError:
            return None


def _accepts(host: str, port: int) -> bool:
    import socket

    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


@pytest.mark.slow
def test_a_local_cluster_listens_on_the_loopback_address_only():
    ray = pytest.importorskip("ray")
    from bot.cluster.connection import ClusterError, connected

    if ray.is_initialized():
        pytest.skip("this process joined a Ray cluster already: `connected` would use it, not start one")
    joined = connected("local", 1)
    try:
        joined.__enter__()
    except ClusterError as err:
        pytest.skip(f"Ray cannot start a local cluster on this machine: {err}")
    try:
        nodes = [node for node in ray.nodes() if node.get("Alive")]
        gcs_host, gcs_port = ray.get_runtime_context().gcs_address.rsplit(":", 1)
        assert [node["NodeManagerAddress"] for node in nodes] == ["127.0.0.1"] and gcs_host == "127.0.0.1"
        assert _accepts("127.0.0.1", int(gcs_port))
        outward = _outward_address()
        if outward and not outward.startswith("127."):
            assert not _accepts(outward, int(gcs_port))  # Ray's own default: listening on every interface
            assert not _accepts(outward, nodes[0]["NodeManagerPort"])
    finally:
        joined.__exit__(None, None, None)
