#!/usr/bin/env bash
# A local Postgres for Dagster's storage (runs, events, schedules), from
# Debian's packages, listening on 127.0.0.1 only.
#
#   scripts/postgres.sh start DIR   install postgresql if missing, start a cluster
#                                   in DIR/pgdata on a free port, create the
#                                   database and user, print the settings
#   scripts/postgres.sh stop DIR    stop that cluster (the data stays in DIR)
#
# Idempotent: `start` on a running cluster prints its settings again; `stop`
# on a stopped one does nothing. Run as root (it installs packages and runs
# the server as the postgres user) or as the user that owns DIR.
# The printed lines are the DAGSTER_PG_* variables deploy/dagster.postgres.yaml reads.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" ]]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/pgdata"
db=${DAGSTER_PG_DB:-dagster}
user=${DAGSTER_PG_USER:-dagster}
password=${DAGSTER_PG_PASSWORD:-dagster}

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [[ -n "$found" ]] && echo "$found"
}

# Commands run as the cluster's owner: postgres when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  bin_dir >/dev/null && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "postgres.sh: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "postgres.sh: installing Debian's postgresql" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  # Debian's package starts its own main cluster; ours is separate, so leave it alone.
  bin_dir >/dev/null || { echo "postgres.sh: apt-get install postgresql left no /usr/lib/postgresql/*/bin" >&2; exit 1; }
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

settings() {
  local port
  port=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$data/postgresql.auto.conf" | tail -n1)
  echo "DAGSTER_PG_HOST=127.0.0.1"
  echo "DAGSTER_PG_PORT=$port"
  echo "DAGSTER_PG_DB=$db"
  echo "DAGSTER_PG_USER=$user"
  echo "DAGSTER_PG_PASSWORD=$password"
}

running() {
  [[ -d "$data" ]] && as_owner "$(bin_dir)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
  install_postgres
  local bin
  bin=$(bin_dir)
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$dir"
    as_owner test -w "$dir" || { echo "postgres.sh: the postgres user cannot reach $dir (a parent folder is closed to it)" >&2; exit 1; }
  fi
  if [[ ! -f "$data/PG_VERSION" ]]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # Loopback only, the socket in the cluster's folder (not /var/run/postgresql, which may be missing).
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '$data'"
      echo "port = $(free_port)"
    } | as_owner tee -a "$data/postgresql.auto.conf" >/dev/null
  fi
  if ! running; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null \
      || { echo "postgres.sh: the server in $data did not start; see $data/server.log" >&2; exit 1; }
  fi
  local port psql
  port=$(settings | sed -n 's/^DAGSTER_PG_PORT=//p')
  # The administrator over the socket (trusted); the dagster user over TCP with its password.
  psql=(as_owner "$bin/psql" -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [[ -z $("${psql[@]}" -c "select 1 from pg_roles where rolname = '$user'") ]]; then
    "${psql[@]}" -c "create role \"$user\" login password '$password'"
  fi
  if [[ -z $("${psql[@]}" -c "select 1 from pg_database where datname = '$db'") ]]; then
    "${psql[@]}" -c "create database \"$db\" owner \"$user\""
  fi
  settings
}

stop() {
  if running; then
    as_owner "$(bin_dir)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "postgres.sh: unknown action '$action' (start or stop)" >&2; exit 2 ;;
esac
