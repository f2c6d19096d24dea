#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for CI and benchmarks.
#
#   bash .ci/throwaway-postgres.sh start <dir> <port>   prints the connection URL (one line)
#   bash .ci/throwaway-postgres.sh stop <dir>           stops it and deletes <dir>
#   bash .ci/throwaway-postgres.sh down <dir>           stops the server, keeping its data
#   bash .ci/throwaway-postgres.sh up <dir>             starts it again (after down)
#
# down and up are for the reliability suite (tests/reliability/), which restarts the database
# under an app that must recover by itself.
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged user
# (PG_THROWAWAY_USER, default asiointi-pg, created when missing). It listens on 127.0.0.1 only,
# with its socket inside <dir>, and trades durability for speed: nothing in it is worth keeping.
# The role may create databases: the integration tests make a fresh one per test file.
set -euo pipefail

readonly MARKER=.throwaway-postgres
readonly DB_NAME=asiointi
readonly DB_ROLE=asiointi
PG_USER="${PG_THROWAWAY_USER:-asiointi-pg}"

# Only the URL goes to stdout, so callers can read it with $(...); everything else to stderr.
exec 3>&1 1>&2

die() {
  echo "throwaway-postgres: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start <dir> <port> | stop <dir> | down <dir> | up <dir>" >&2
  exit 2
}

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    # pg_config comes with libpq-dev too, which has no server binaries.
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  fi
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
    return
  fi
  die "PostgreSQL server binaries not found (no initdb via pg_config --bindir or in /usr/lib/postgresql/*/bin).
  Install them first, e.g.: apt-get install -y postgresql"
}

is_root() {
  [[ "$(id -u)" -eq 0 ]]
}

# Runs a command as the cluster's owner, from inside the cluster's folder so that no tool
# complains about a working directory it may not enter. The URL descriptor is closed: a server
# that inherited it would keep the caller's $(...) waiting for ever.
as_owner() {
  if is_root; then
    (cd "$DIR" && runuser -u "$PG_USER" -- "$@") 3>&-
  else
    (cd "$DIR" && "$@") 3>&-
  fi
}

ensure_user() {
  is_root || return 0
  id -u "$PG_USER" >/dev/null 2>&1 && return 0
  command -v useradd >/dev/null 2>&1 || die "cannot create user $PG_USER: useradd not found"
  # Another start may create the same user at the same moment; only its absence afterwards is an error.
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_USER" 2>/dev/null || true
  id -u "$PG_USER" >/dev/null 2>&1 || die "could not create user $PG_USER"
}

absolute_dir() {
  local dir="$1"
  [[ "$dir" = /* ]] || dir="$PWD/$dir"
  echo "${dir%/}"
}

start() {
  [[ $# -eq 2 ]] || usage
  DIR="$(absolute_dir "$1")"
  local port="$2"
  [[ "$port" =~ ^[0-9]+$ ]] && ((port > 0 && port < 65536)) || die "not a port number: $port"

  local bindir
  bindir="$(find_bindir)"

  mkdir -p "$DIR"
  if [[ -n "$(ls -A "$DIR")" ]]; then
    die "$DIR is not empty; give a new or empty folder"
  fi
  touch "$DIR/$MARKER"
  chmod 700 "$DIR"

  ensure_user
  if is_root; then
    chown -R "$PG_USER:" "$DIR"
    runuser -u "$PG_USER" -- test -x "$DIR" \
      || die "$PG_USER cannot enter $DIR: a parent folder is closed to it; choose a folder under /tmp"
  fi

  local data="$DIR/data" sockets="$DIR/socket" log="$DIR/postgres.log"
  as_owner mkdir -p "$sockets"
  as_owner "$bindir/initdb" --pgdata="$data" --username=postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }

  # The socket lives in a folder only the owner may enter, so trust there is safe; over TCP
  # a password is asked, as in production.
  as_owner tee "$data/pg_hba.conf" >/dev/null <<'EOF'
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
EOF
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# throw-away cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockets'
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF

  if ! as_owner "$bindir/pg_ctl" --pgdata="$data" --log="$log" --wait --timeout=30 start >/dev/null; then
    tail -n 20 "$log" >&2 || true
    die "the server did not start (is port $port free?)"
  fi

  local password
  password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
  as_owner "$bindir/psql" --no-psqlrc --quiet -v ON_ERROR_STOP=1 --host="$sockets" --port="$port" \
    --username=postgres --dbname=postgres \
    -c "create role $DB_ROLE login createdb password '$password'" \
    -c "create database $DB_NAME owner $DB_ROLE" >/dev/null \
    || die "could not create the role and database"

  local url="postgres://$DB_ROLE:$password@127.0.0.1:$port/$DB_NAME"
  # Ready means answering the URL the caller will use, password and all.
  local tries=0
  until "$bindir/psql" --no-psqlrc --quiet --tuples-only -c 'select 1' "$url" >/dev/null 2>&1; do
    tries=$((tries + 1))
    ((tries < 50)) || die "the server does not answer at 127.0.0.1:$port"
    sleep 0.2
  done
  echo "$url" >&3
}

stop() {
  [[ $# -eq 1 ]] || usage
  DIR="$(absolute_dir "$1")"
  [[ -d "$DIR" ]] || return 0
  # Never delete a folder this script did not make (an empty one is harmless to remove).
  if [[ ! -e "$DIR/$MARKER" ]]; then
    rmdir "$DIR" 2>/dev/null || die "$DIR was not made by this script; not deleting it"
    return 0
  fi
  if [[ -f "$DIR/data/postmaster.pid" ]]; then
    local bindir
    bindir="$(find_bindir)"
    # Immediate: no checkpoint, nothing to save.
    as_owner "$bindir/pg_ctl" --pgdata="$DIR/data" --mode=immediate --wait --timeout=30 stop >/dev/null 2>&1 || true
    local pid
    pid="$(head -n 1 "$DIR/data/postmaster.pid" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && [[ "$(ps -o comm= -p "$pid" 2>/dev/null || true)" == postgres ]]; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$DIR"
}

# A cluster this script made, by its folder; sets DIR.
made_here() {
  [[ $# -eq 1 ]] || usage
  DIR="$(absolute_dir "$1")"
  [[ -e "$DIR/$MARKER" && -d "$DIR/data" ]] || die "$DIR is not a cluster made by this script"
}

down() {
  made_here "$@"
  # Fast: the open connections are cut as in a real database restart, and what was committed is kept.
  as_owner "$(find_bindir)/pg_ctl" --pgdata="$DIR/data" --mode=fast --wait --timeout=30 stop >/dev/null \
    || die "the server in $DIR did not stop"
}

up() {
  made_here "$@"
  as_owner "$(find_bindir)/pg_ctl" --pgdata="$DIR/data" --log="$DIR/postgres.log" --wait --timeout=30 start >/dev/null \
    || { tail -n 20 "$DIR/postgres.log" >&2 || true; die "the server in $DIR did not start again"; }
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  down) shift; down "$@" ;;
  up) shift; up "$@" ;;
  *) usage ;;
esac
