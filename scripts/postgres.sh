#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, without systemd.
#
#   bash scripts/postgres.sh start   # initdb if needed, start, create the test databases, print URL
#   bash scripts/postgres.sh stop    # stop it (no error if it is not running)
#   bash scripts/postgres.sh url     # print the SQLAlchemy URL of the test database
#   bash scripts/postgres.sh status  # exit 0 if running
#   bash scripts/postgres.sh reset   # drop and re-create the test databases
#
# Environment:
#   EMUSEUM_PG_DIR   cluster directory            (default /tmp/emuseum-pg)
#   EMUSEUM_PG_PORT  TCP port on 127.0.0.1        (default 54329)
#   EMUSEUM_PG_BIN   PostgreSQL bin directory     (default: highest /usr/lib/postgresql/*/bin)
#   EMUSEUM_PG_WORKERS  how many per-xdist-worker databases (emuseum_test_gw0..N-1) (default 4)
#
# Settings are tuned for tests, not for data you want to keep: fsync=off,
# synchronous_commit=off, full_page_writes=off, trust auth on loopback only.
# As root, the server runs as the `postgres` OS user (initdb refuses root).
set -euo pipefail

PGDIR=${EMUSEUM_PG_DIR:-/tmp/emuseum-pg}
PORT=${EMUSEUM_PG_PORT:-54329}
WORKERS=${EMUSEUM_PG_WORKERS:-4}
DBNAME=emuseum_test
HOST=127.0.0.1
DATA=$PGDIR/data
LOGFILE=$PGDIR/postgres.log

die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }
note() { printf '[postgres] %s\n' "$*" >&2; }

url() { printf 'postgresql+psycopg://postgres@%s:%s/%s\n' "$HOST" "$PORT" "$DBNAME"; }

databases() {
    local i
    echo "$DBNAME"
    for ((i = 0; i < WORKERS; i++)); do echo "${DBNAME}_gw$i"; done
}

find_bin() {
    if [[ -n ${EMUSEUM_PG_BIN:-} ]]; then
        [[ -x $EMUSEUM_PG_BIN/initdb ]] || die "EMUSEUM_PG_BIN=$EMUSEUM_PG_BIN has no initdb"
        echo "$EMUSEUM_PG_BIN"
        return
    fi
    local d best=
    # Debian's server binaries are not on PATH; pick the highest version
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] && best=$d
    done
    if [[ -z $best ]]; then
        # fall back to whatever is on PATH (e.g. a non-Debian install)
        local p
        p=$(command -v initdb 2>/dev/null || true)
        [[ -n $p ]] && best=$(dirname "$(readlink -f "$p")")
    fi
    [[ -n $best ]] || die "no PostgreSQL server binaries found: run scripts/setup.sh (apt-get install postgresql)"
    echo "$best"
}

# run a server-side command as the cluster owner
as_owner() {
    if ((EUID == 0)); then
        if command -v runuser >/dev/null; then
            (cd / && runuser -u postgres -- "$@")
        else
            (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
        fi
    else
        "$@"
    fi
}

BIN=
psql_() {
    # client: connect over TCP with trust auth; PGCONNECT_TIMEOUT keeps it from hanging
    PGCONNECT_TIMEOUT=5 "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres "$@"
}

is_running() {
    [[ -f $DATA/PG_VERSION ]] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
    [[ -f $DATA/PG_VERSION ]] && return 0
    note "initdb into $DATA"
    mkdir -p "$PGDIR"
    if ((EUID == 0)); then
        id postgres >/dev/null 2>&1 || die "no 'postgres' OS user (it comes with the Debian postgresql package)"
        chown postgres: "$PGDIR"
        chmod 700 "$PGDIR"
        as_owner test -w "$PGDIR" ||
            die "user postgres cannot write to $PGDIR (a parent directory is not accessible?): set EMUSEUM_PG_DIR elsewhere, e.g. under /tmp"
    fi
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PGDIR/initdb.log" 2>&1 ||
        { cat "$PGDIR/initdb.log" >&2; die "initdb failed"; }
    # only loopback: replace the generated pg_hba.conf with an explicit one
    as_owner sh -c "cat > '$DATA/pg_hba.conf'" <<'EOF'
# emuseum test cluster: trust on the unix socket and loopback only
local   all   all                  trust
host    all   all   127.0.0.1/32   trust
host    all   all   ::1/128        trust
EOF
    as_owner sh -c "printf '\n# emuseum test settings (rewritten on every start)\ninclude_if_exists = '\''emuseum.conf'\''\n' >> '$DATA/postgresql.conf'"
}

write_conf() {
    # rewritten on every start so EMUSEUM_PG_PORT can change between runs
    as_owner sh -c "cat > '$DATA/emuseum.conf'" <<EOF
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$PGDIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 128MB
log_min_messages = warning
log_min_error_statement = error
EOF
}

create_databases() {
    local db existing
    existing=$(psql_ -d postgres -Atc 'SELECT datname FROM pg_database')
    for db in $(databases); do
        if ! grep -qx "$db" <<<"$existing"; then
            psql_ -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
            note "created database $db"
        fi
    done
}

drop_databases() {
    local db
    for db in $(databases); do
        psql_ -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
    done
}

cmd_start() {
    BIN=$(find_bin)
    init_cluster
    if is_running; then
        note "already running ($DATA)"
    else
        write_conf
        note "starting $("$BIN/postgres" --version | awk '{print $3}') on $HOST:$PORT ($DATA, log $LOGFILE)"
        if ((EUID == 0)); then touch "$LOGFILE" && chown postgres: "$LOGFILE"; fi
        # -w: wait until it accepts connections
        as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t 60 -s start ||
            { tail -n 30 "$LOGFILE" >&2; die "could not start PostgreSQL (port $PORT in use?)"; }
    fi
    "$BIN/pg_isready" -q -h "$HOST" -p "$PORT" -t 30 ||
        die "server in $DATA is running but not answering on $HOST:$PORT (started with another EMUSEUM_PG_PORT? run: $0 stop)"
    create_databases
    url
}

cmd_stop() {
    BIN=$(find_bin)
    if is_running; then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 -s stop
        note "stopped"
    else
        note "not running"
    fi
}

cmd_status() {
    BIN=$(find_bin)
    if is_running; then
        note "running ($DATA), $(url)"
    else
        note "not running"
        return 3
    fi
}

cmd_reset() {
    BIN=$(find_bin)
    is_running || die "not running: $0 start"
    drop_databases
    create_databases
    note "databases re-created"
    url
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    url) url ;;
    status) cmd_status ;;
    reset) cmd_reset ;;
    -h | --help | help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "usage: $0 start|stop|restart|url|status|reset" >&2; exit 2 ;;
esac
