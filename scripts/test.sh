#!/usr/bin/env bash
# Set up and run the whole test suite (the README's test command):
#
#   bash scripts/test.sh [extra pytest arguments, passed to both runs]
#
# 1. scripts/setup.sh (fast when already done),
# 2. scripts/postgres.sh start (throwaway cluster on 127.0.0.1:54329),
# 3. pytest over tests/ on SQLite (EMUSEUM_TEST_DATABASE_URL unset), 2 xdist workers,
# 4. pytest over tests/ again on PostgreSQL, browser tests deselected
#    (they do not depend on the database engine).
# Exits non-zero if either run fails; "no tests collected" (pytest exit 5) is a failure.
#
# Environment:
#   PYTHON                 interpreter (default python3)
#   EMUSEUM_SKIP_SETUP=1   do not run scripts/setup.sh
#   EMUSEUM_TEST_WORKERS   xdist workers (default 2; PostgreSQL has databases for gw0..gw3)
#   EMUSEUM_TEST_TIMEOUT   seconds allowed per pytest run (default 900)
#   EMUSEUM_TEST_ONLY      "sqlite" or "postgres": run only that pass
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec </dev/null

PYTHON=${PYTHON:-python3}
WORKERS=${EMUSEUM_TEST_WORKERS:-2}
TIMEOUT=${EMUSEUM_TEST_TIMEOUT:-900}
ONLY=${EMUSEUM_TEST_ONLY:-}

say() { printf '[test.sh] %s\n' "$*"; }

if [[ ${EMUSEUM_SKIP_SETUP:-0} != 1 ]]; then
    setup_args=()
    if ((EUID != 0)) && ! sudo -n true 2>/dev/null; then
        say "not root and no sudo: setup without apt (--no-system)"
        setup_args+=(--no-system)
    fi
    bash scripts/setup.sh "${setup_args[@]}"
fi

if [[ $ONLY != sqlite ]]; then
    # one database per xdist worker: emuseum_test_gw0 .. gw(N-1), at least 4
    if [[ $WORKERS =~ ^[0-9]+$ ]] && ((WORKERS > 4)); then export EMUSEUM_PG_WORKERS=$WORKERS; fi
    PG_URL=$(bash scripts/postgres.sh start)
fi

# The search contract suite runs against a real OpenSearch node (fetched from Maven Central once,
# cached under build/opensearch/); it does not depend on the database, so only the SQLite pass runs
# it. The application's search tests (outbox, outages) run in both passes, so both need the node.
OPENSEARCH_URL=$(bash scripts/opensearch.sh start)
export EMUSEUM_OPENSEARCH_URL=$OPENSEARCH_URL

LOGDIR=$(mktemp -d /tmp/emuseum-test.XXXXXX)
trap 'rm -rf "$LOGDIR"' EXIT

declare -a SUMMARY=()
TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0
STATUS=0

# count "<n> <word>" in pytest's closing line
count() {
    local n
    n=$(grep -oE "(^|[^0-9a-z])[0-9]+ $1([^a-z]|$)" <<<"$2" | grep -oE '[0-9]+' | head -n1 || true)
    echo "${n:-0}"
}

# run_pytest NAME [env assignments...] -- pytest args...
run_pytest() {
    local name=$1; shift
    local envs=()
    while [[ $1 != -- ]]; do envs+=("$1"); shift; done
    shift
    local log=$LOGDIR/$name.log t0=$SECONDS rc
    say "=== $name: pytest $(printf '%q ' "$@")"
    set +e
    env -u EMUSEUM_TEST_DATABASE_URL "${envs[@]}" \
        timeout -k 30 "$TIMEOUT" "$PYTHON" -m pytest "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    local closing
    closing=$(grep -E '(^|=+ )(no tests ran|[0-9]+ (passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?))\b.* in [0-9.]+s' "$log" | tail -n1 | sed -E 's/^=+ //; s/ =+$//' || true)
    local passed failed errors skipped
    passed=$(count passed "$closing")
    failed=$(count failed "$closing")
    errors=$(count 'errors?' "$closing")
    skipped=$(count skipped "$closing")
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed + errors))
    TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
    local verdict
    case $rc in
        0) verdict="ok" ;;
        5) verdict="FAILED: no tests collected" ;;
        124 | 137) verdict="FAILED: timed out after ${TIMEOUT}s" ;;
        *) verdict="FAILED" ;;
    esac
    ((rc == 0)) || STATUS=1
    SUMMARY+=("$(printf '%-9s %s (pytest exit %s, %ss) %s' "$name:" "$verdict" "$rc" "$((SECONDS - t0))" "${closing:-no summary line}")")
}

COMMON=(-p no:cacheprovider -n "$WORKERS" tests/)

if [[ $ONLY != postgres ]]; then
    run_pytest sqlite -- "${COMMON[@]}" "$@"
fi
if [[ $ONLY != sqlite ]]; then
    run_pytest postgres "EMUSEUM_TEST_DATABASE_URL=$PG_URL" -- "${COMMON[@]}" -m "not browser" \
        --ignore=tests/test_search_contract.py --ignore=tests/test_kazakh.py "$@"
fi

echo
for line in "${SUMMARY[@]}"; do say "$line"; done
echo "total: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
exit "$STATUS"
