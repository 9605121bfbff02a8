#!/usr/bin/env bash
# Installs and runs the services the test suite needs, on loopback only.
#   install  - Debian packages the tests need, when absent (PostgreSQL server, Java for
#              Spark, Chromium for the browser tests)
#   start    - a throw-away PostgreSQL cluster; prints `export ...` lines for the test run
#   stop DIR - stops the cluster started in DIR and removes it
set -euo pipefail

PG_PORT="${SELLERSTAR_TEST_PG_PORT:-54329}"

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_pg_user() {
  # PostgreSQL refuses to run as root; CI runs as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: $*; install them (as root: apt-get install $*)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

cmd_install() {
  local need=()
  pg_bindir >/dev/null || need+=(postgresql)
  command -v java >/dev/null || need+=(default-jre-headless)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  if [ "${#need[@]}" -gt 0 ]; then apt_install "${need[@]}"; fi
}

cmd_start() {
  local bindir datadir
  bindir="$(pg_bindir)"
  datadir="$(mktemp -d /tmp/sellerstar-pg.XXXXXX)"
  chmod 755 "$datadir"
  [ "$(id -u)" = 0 ] && chown postgres: "$datadir"
  as_pg_user "$bindir/initdb" -D "$datadir/data" -U sellerstar --auth=trust -E UTF8 >/dev/null
  as_pg_user "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $datadir -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  as_pg_user "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U sellerstar sellerstar_test
  echo "export SELLERSTAR_TEST_PG_DIR=$datadir"
  echo "export SELLERSTAR_TEST_POSTGRES_URL=postgresql+psycopg://sellerstar@127.0.0.1:$PG_PORT/sellerstar_test"
}

cmd_stop() {
  local datadir="$1" bindir
  bindir="$(pg_bindir)"
  if [ -d "$datadir/data" ]; then
    as_pg_user "$bindir/pg_ctl" -D "$datadir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$datadir"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop "${2:?stop needs the directory printed by start}" ;;
  *) echo "usage: $0 install|start|stop DIR" >&2; exit 2 ;;
esac
