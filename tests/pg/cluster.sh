#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for lian's tests and benchmarks, listening
# only on a Unix socket in its own folder (no TCP port, nothing shared).
#
#   bash tests/pg/cluster.sh start DIR   # prints the URI of its database `lian`
#   bash tests/pg/cluster.sh stop DIR    # stops it and removes DIR
#   bash tests/pg/cluster.sh restart DIR
#   bash tests/pg/cluster.sh stop-server|start-server DIR   # the cluster stays
#
# initdb refuses to run as root: as root the cluster is made and run by the
# `postgres` user that Debian's postgresql package creates. The superuser of
# the cluster is `lian` (trust authentication: the socket's folder is the
# only way in). PG_BIN overrides where initdb and pg_ctl are looked for.
set -euo pipefail

cmd=${1:?usage: cluster.sh start|stop|restart|stop-server|start-server DIR}
dir=${2:?usage: cluster.sh start|stop|restart|stop-server|start-server DIR}

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  echo "cluster.sh: no PostgreSQL server here (install Debian's postgresql package)" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin=$(find_bin)
data="$dir/data"
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "cluster.sh: as root, the 'postgres' user is needed" >&2; exit 1; }
      chown postgres "$dir"
      chmod 755 "$dir"
    fi
    as_owner "$bin/initdb" -D "$data" -A trust -U lian -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # Only the socket in DIR, no TCP; small and quick: a test cluster holds
    # little and need not survive a power cut. Kept in its configuration,
    # so that a restart or a start after stop-server is the same server.
    as_owner sh -c "cat >>'$data/postgresql.conf'" <<CONF
unix_socket_directories = '$dir'
listen_addresses = ''
fsync = off
full_page_writes = off
max_connections = 100
CONF
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -U lian lian
    echo "postgresql:///lian?host=$dir&user=lian"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -m fast restart >/dev/null
    ;;
  stop-server)   # stops the server and keeps the cluster, for start-server
    as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null
    ;;
  start-server)
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null
    ;;
  stop)
    if [ -d "$data" ]; then
      as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: cluster.sh start|stop|restart|stop-server|start-server DIR" >&2
    exit 2
    ;;
esac
