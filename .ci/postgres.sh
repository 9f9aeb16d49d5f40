#!/usr/bin/env bash
# Sourced by .ci/run: installs PostgreSQL from Debian's packages when it is missing, starts a throwaway
# server on loopback for this run, and exports CHIASE_TEST_DATABASE_URL for the tests of the production
# (PostgreSQL) path. Tests that need it skip with a visible message when the variable is unset.
# A free loopback port unless one is given (several runs may share a machine).
pg_port="${CHIASE_TEST_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
pg_dir="$(mktemp -d /tmp/chiase-ci-pg.XXXXXX)"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL server not found: installing it from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

# initdb refuses to run as root: the data directory belongs to the postgres user.
run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = "0" ]; then chown postgres "$pg_dir"; fi
run_as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
if ! run_as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
  echo "PostgreSQL did not start; its log:" >&2
  cat "$pg_dir/server.log" >&2
  exit 1
fi
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres chiase_test

export CHIASE_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/chiase_test"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (CHIASE_TEST_DATABASE_URL)"

stop_ci_postgres() {
  run_as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_ci_postgres EXIT
