#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (cluster.sh):
# starts it, exports LIAN_TEST_PG_URI (its database `lian`),
# LIAN_TEST_PG_HOST (the socket's folder) and LIAN_TEST_PG_CLUSTER (the
# folder, for `cluster.sh restart`), runs the command, and stops it.
#
# LIAN_PG_WRAPPER, when set, is put before the command (valgrind …).
#
# When no server can be started the test is skipped (exit 77), except
# under CI=true, where that is a failure with the reason.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/lian-pg.XXXXXX")
trap 'env -u LD_PRELOAD bash "$here/cluster.sh" stop "$dir" >/dev/null 2>&1' EXIT

# The server is no part of what is tested: it runs without the test's
# preloaded sanitizer runtime.
if ! uri=$(env -u LD_PRELOAD bash "$here/cluster.sh" start "$dir" 2>"$dir.err"); then
  echo "with-cluster.sh: no PostgreSQL server could be started for the test:" >&2
  cat "$dir.err" >&2
  rm -f "$dir.err"
  if [ "${CI:-}" = true ]; then
    echo "with-cluster.sh: CI=true, so this is a failure, not a skip" >&2
    exit 1
  fi
  exit 77
fi
rm -f "$dir.err"
export LIAN_TEST_PG_URI=$uri LIAN_TEST_PG_HOST=$dir LIAN_TEST_PG_CLUSTER=$dir
# LIAN_PG_WRAPPER (e.g. valgrind …) runs the test under it, not the server.
# shellcheck disable=SC2086
${LIAN_PG_WRAPPER:-} "$@"
