"""A Spark standalone cluster on this machine for the tests: one master, two workers.

Started from pyspark's own jars (the `spark` extra; nothing is downloaded), every daemon
bound to 127.0.0.1 on free ports, each worker with one core and a little memory. The
daemons are plain ``java`` processes started here, so they are stopped by their own ids.

A driver reaches the cluster through :meth:`SparkCluster.driver_env`: the master URL as
``SELLERSTAR_SPARK_MASTER``, and a ``SPARK_CONF_DIR`` whose ``spark-defaults.conf`` holds
what a production deployment would put there too (driver address, executor memory,
shuffle partitions, the executors' Python).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

WORKERS = 2
WORKER_MEMORY = "1g"
EXECUTOR_MEMORY = "768m"
DAEMON_HEAP = "-Xmx256m"
START_TIMEOUT_S = 90.0
_PR_SET_PDEATHSIG = 1


def spark_home() -> Path:
    """The pyspark package: its jars are a Spark distribution's (imported only when used, so
    the metric tests run without the `spark` extra under ``-m "not spark"``)."""
    import pyspark

    return Path(pyspark.__file__).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SparkCluster:
    """Start with :meth:`start`, stop with :meth:`stop` (idempotent, kills what it started)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.ui_port = _free_port()
        self.url = f"spark://127.0.0.1:{self.port}"
        self.conf_dir = folder / "conf"
        self._processes: list[subprocess.Popen[bytes]] = []

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            SPARK_HOME=str(spark_home()),
            SPARK_LOCAL_IP="127.0.0.1",
            # What bin/load-spark-env.sh sets: a worker builds its executors' command with
            # it (pyspark ships the jars, not the build directories it looks for otherwise).
            SPARK_SCALA_VERSION="2.13",
            # Executors run Python (if ever) with the driver's interpreter and packages.
            PYSPARK_PYTHON=sys.executable,
        )
        return env

    def _daemon(self, name: str, main: str, *args: str) -> None:
        command = [
            "java",
            DAEMON_HEAP,
            "-cp",
            f"{spark_home() / 'jars'}/*",
            main,
            *args,
        ]
        log = (self.folder / f"{name}.log").open("wb")
        self._processes.append(
            subprocess.Popen(
                command,
                env=self._env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own process group: stop() ends the daemon and the executors it forked.
                start_new_session=True,
                preexec_fn=_end_with_parent,
            )
        )
        log.close()

    def start(self) -> SparkCluster:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._write_defaults()
        self._daemon(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--webui-port",
            str(self.ui_port),
        )
        for number in range(1, WORKERS + 1):
            work = self.folder / f"worker-{number}"
            work.mkdir(exist_ok=True)
            self._daemon(
                f"worker-{number}",
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--port",
                str(_free_port()),
                "--webui-port",
                str(_free_port()),
                "--cores",
                "1",
                "--memory",
                WORKER_MEMORY,
                "--work-dir",
                str(work),
                self.url,
            )
        try:
            self._wait_for_workers()
        except BaseException:
            self.stop()
            raise
        return self

    def _write_defaults(self) -> None:
        self.conf_dir.mkdir(exist_ok=True)
        defaults = {
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.executor.memory": EXECUTOR_MEMORY,
            "spark.executor.cores": "1",
            "spark.cores.max": str(WORKERS),
            "spark.sql.shuffle.partitions": "4",
            "spark.pyspark.python": sys.executable,
            "spark.pyspark.driver.python": sys.executable,
        }
        (self.conf_dir / "spark-defaults.conf").write_text(
            "".join(f"{key} {value}\n" for key, value in defaults.items())
        )

    def state(self) -> dict[str, object]:
        """The master's own view (its JSON status page)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=5) as r:
            found: dict[str, object] = json.load(r)
        return found

    def alive_workers(self) -> int:
        workers = self.state().get("workers", [])
        assert isinstance(workers, list)
        return sum(1 for worker in workers if worker.get("state") == "ALIVE")

    def workers_that_ran(self, application: str) -> int:
        """How many workers started an executor of ``application`` (an id such as
        ``app-20221204…``): each one makes a folder for it in its work dir."""
        return sum(
            1
            for number in range(1, WORKERS + 1)
            if (self.folder / f"worker-{number}" / application).is_dir()
        )

    def _wait_for_workers(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            for process in self._processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a Spark daemon exited early; see {self.folder}/*.log")
            try:
                if self.alive_workers() == WORKERS:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"the Spark cluster did not start in time; see {self.folder}/*.log")

    def driver_env(self) -> dict[str, str]:
        """Environment of a driver process (the CLI) that uses this cluster."""
        env = self._env()
        env.update(
            SELLERSTAR_SPARK_MASTER=self.url,
            SPARK_CONF_DIR=str(self.conf_dir),
            PYSPARK_DRIVER_PYTHON=sys.executable,
        )
        return env

    def stop(self) -> None:
        # The group, not only the daemon: a worker's executors are its children.
        for process in reversed(self._processes):
            _signal_group(process, signal.SIGTERM)
        for process in reversed(self._processes):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait()
        self._processes.clear()


def _end_with_parent() -> None:
    # A killed test run (no finalizer) must not leave daemons behind: Linux sends SIGTERM
    # to the daemon when the process that started it exits.
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


def remove(cluster: SparkCluster) -> None:
    """Stop the cluster and delete its folder (logs, executors' work dirs)."""
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)
