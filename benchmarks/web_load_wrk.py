"""Drive the web app with wrk (Debian package `wrk`): one fixed-duration run per page.

wrk keeps a fixed number of connections busy (a closed loop: each connection sends its
next request when the previous answer arrived, or after a pause when a think time is
given), so 50 connections are 50 users clicking without pause, or at the given pace. A
generated Lua script rotates the run's paths and session cookies, counts the HTTP
statuses (a 303 to the sign-in page must not pass for a fast page) and prints one JSON
line with the latency percentiles.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_MARK = "WRK-RESULT "
_LUA = r"""
local paths = @PATHS@
local cookies = @COOKIES@
local threads = {}
local started = 0

function setup(thread)
  thread:set("id", started)
  table.insert(threads, thread)
  started = started + 1
end

function init(args)
  statuses = {}
  -- Threads start at different places, so the run does not ask for one page in lockstep.
  n = id * 7919
  math.randomseed(id + 1)
end
@DELAY@
function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local cookie = cookies[(n % #cookies) + 1]
  return wrk.format("GET", path, {["Cookie"] = cookie, ["Accept-Encoding"] = "identity"})
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("statuses")) do
      total[key] = (total[key] or 0) + count
    end
  end
  local parts = {}
  for key, count in pairs(total) do
    table.insert(parts, string.format('"%s": %d', key, count))
  end
  local e = summary.errors
  io.write(string.format(
    '@MARK@{"duration_us": %d, "requests": %d, "bytes": %d, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "max_us": %d, "mean_us": %.1f, "errors": {"connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d}, "statuses": {%s}}\n',
    summary.duration, summary.requests, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, e.connect, e.read, e.write, e.timeout,
    table.concat(parts, ", ")))
end
"""


@dataclass(frozen=True)
class LoadResult:
    """One wrk run: how many answers, how fast, with which statuses."""

    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float
    megabytes: float
    statuses: dict[str, int]
    socket_errors: dict[str, int]

    @property
    def per_second(self) -> float:
        """Answers per second over the run."""
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failures(self) -> int:
        """Answers that were not 200, and requests that got no answer."""
        wrong = sum(count for status, count in self.statuses.items() if status != "200")
        return wrong + sum(self.socket_errors.values())


def ensure_wrk() -> str:
    """The wrk executable; installs Debian's package when it is missing and we are root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        sys.exit("wrk is missing: install it (as root: apt-get install wrk)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
    ):
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return shutil.which("wrk") or sys.exit("apt-get installed wrk but it is not on PATH")


def _lua_list(values: Sequence[str]) -> str:
    # JSON string escapes are valid Lua for ASCII text; paths are URL-encoded already.
    for value in values:
        if not value.isascii():
            raise ValueError(f"not ASCII, URL-encode it first: {value!r}")
    return "{" + ", ".join(json.dumps(value) for value in values) + "}"


def run_wrk(
    base_url: str,
    paths: Sequence[str],
    cookies: Sequence[str],
    *,
    connections: int,
    threads: int,
    seconds: int,
    think_ms: int = 0,
) -> LoadResult:
    """Keep ``connections`` users busy for ``seconds`` on ``paths`` (rotated); each user
    waits ``think_ms`` on average (uniform, ±50 %) before each request, or not at all."""
    fill = {
        "PATHS": _lua_list(paths),
        "COOKIES": _lua_list(cookies),
        "MARK": _MARK,
        "DELAY": _delay(think_ms),
    }
    # One pass, so a value that happens to contain a placeholder's name stays intact.
    script = re.sub(r"@([A-Z]+)@", lambda m: fill[m.group(1)], _LUA)
    with tempfile.TemporaryDirectory(prefix="web-load-") as folder:
        lua = Path(folder) / "rotate.lua"
        lua.write_text(script, encoding="ascii")
        command = [
            ensure_wrk(),
            f"--threads={threads}",
            f"--connections={connections}",
            f"--duration={seconds}s",
            # A slow answer must be measured, not dropped as a timeout (wrk's default 2 s).
            "--timeout=60s",
            f"--script={lua}",
            base_url,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"wrk failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith(_MARK)), None)
    if line is None:
        sys.exit(f"wrk printed no result:\n{done.stdout}\n{done.stderr}")
    return _result(json.loads(line.removeprefix(_MARK)))


def _delay(think_ms: int) -> str:
    # wrk calls delay() before every request of a connection, the first one included, so
    # the users also start spread out; it does not count the pause in the latency.
    if think_ms <= 0:
        return ""
    low, high = think_ms // 2, think_ms + think_ms // 2
    return f"function delay()\n  return math.random({low}, {high})\nend\n"


def _result(raw: dict[str, Any]) -> LoadResult:
    return LoadResult(
        requests=int(raw["requests"]),
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        mean_ms=raw["mean_us"] / 1000,
        megabytes=raw["bytes"] / 1e6,
        statuses={str(k): int(v) for k, v in raw["statuses"].items()},
        socket_errors={k: int(v) for k, v in raw["errors"].items() if v},
    )
