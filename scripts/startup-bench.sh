#!/usr/bin/env bash
# Start-up benchmark (issue 13, items 5 and 6): how long the portal takes from `java` to its first
# HTTP 200 and to ready, its resident memory then, and how long a no-op `sync` of the seed bank takes
# through the command line, each as shipped (java -jar) and with the JDK's AOT cache (JEP 483/514/515,
# an extracted jar and a cache from a training run, as Spring Boot documents it), beside a bare Spring
# Boot web application (bench/startup-floor) as the floor. Embedded H2 database, the bank in docs/.
#
# Usage: scripts/startup-bench.sh [runs]      (default 3 runs of each; needs the jars:
#        ./mvnw -B -DskipTests package; the floor is built here if missing)
# Env:   STARTUP_PARTS, any of "floor portal cli" (default all three); PORTAL_JAR and CLI_JAR to
#        measure other builds of the jars (an older one, say) than those in */target; STARTUP_JAVA_OPTS,
#        JVM options for every run, training included (the image's memory settings, say:
#        "-XX:MaxRAM=1g -XX:MaxRAMPercentage=75" is what a container limited to 1 GB gives the JVM)
# A measurement to read, not a test: nothing calls it from ./mvnw verify or CI. The bench module's
# single command can run it as it is (the hook: this script, exit 0, its table on standard output).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
parts=" ${STARTUP_PARTS:-floor portal cli} "
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
read -r -a jvm_opts <<<"${STARTUP_JAVA_OPTS:-}"
portal_jar="${PORTAL_JAR:-$root/webapp/target/studyportal.jar}"
cli_jar="${CLI_JAR:-$root/importer/target/studyportal-importer.jar}"
floor_jar="$root/bench/startup-floor/target/startup-floor.jar"

for jar in "$portal_jar" "$cli_jar"; do
  [[ -f "$jar" ]] || { echo "No $jar: build it first with ./mvnw -B -DskipTests package" >&2; exit 2; }
done
if [[ ! -f "$floor_jar" ]]; then
  (cd "$root" && ./mvnw -B -q -o -f bench/startup-floor/pom.xml package -DskipTests) >&2 \
    || (cd "$root" && ./mvnw -B -q -f bench/startup-floor/pom.xml package -DskipTests) >&2
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }

# Resident memory in MB: all of it (VmRSS), and the part that is the process's own (RssAnon: heap,
# metaspace, code, stacks) rather than mapped files (RssFile: jars, the AOT cache, shared by processes).
rss_mb() { awk '/^(VmRSS|RssAnon|RssFile)/ { v[$1] = int($2 / 1024) } END { printf "%d/%d/%d", v["VmRSS:"], v["RssAnon:"], v["RssFile:"] }' "/proc/$1/status"; }

# Starts a server in folder $1 (command after --), waits for 200 on $2 and then on $3 (ready), and
# sets first_ms, ready_ms and rss (MB at ready, "all/anonymous/files"); stops the server again. Runs in this shell, so that
# a failure ends the script and the trap stops the server.
measure_server() {
  local dir="$1" first_url="$2" ready_url="$3"; shift 4
  local start first="" ready=""
  start=$(now_ms)
  (cd "$dir" && exec "$@" >>"$dir/server.log" 2>&1) &
  server_pid=$!
  while [[ -z "$ready" ]]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "The server ended before it answered; its log:" >&2; tail -40 "$dir/server.log" >&2; exit 1
    fi
    if (( $(now_ms) - start > 300000 )); then echo "No answer within 300 s; log in $dir/server.log" >&2; exit 1; fi
    if [[ -z "$first" && "$(status_of "$first_url")" == 200 ]]; then first=$(( $(now_ms) - start )); fi
    if [[ -n "$first" && "$(status_of "$ready_url")" == 200 ]]; then ready=$(( $(now_ms) - start )); fi
    [[ -n "$ready" ]] || sleep 0.05
  done
  rss=$(rss_mb "$server_pid")
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  first_ms=$first; ready_ms=$ready
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
# The median of "all/anonymous/files" triples, component by component.
rss_median() {
  local list="$1"
  printf '%s/%s/%s MB' "$(echo "$list" | tr ' ' '\n' | cut -d/ -f1 | median)" \
    "$(echo "$list" | tr ' ' '\n' | cut -d/ -f2 | median)" "$(echo "$list" | tr ' ' '\n' | cut -d/ -f3 | median)"
}
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

# The JDK's AOT cache needs classes from plain jars on the class path, not the nested jars of
# Spring Boot's executable jar: extract it as Spring Boot documents (jarmode tools), train once.
extract() { # jar folder
  "$java" -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
}

echo "Start-up benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs each"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -r)," \
  "$("$java" -version 2>&1 | head -1)"
echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM options: ${STARTUP_JAVA_OPTS:-(none)}"

rows=()
add_row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

# --- the floor: a bare Spring Boot web application ------------------------------------------------
if [[ $parts == *" floor "* ]]; then
floor_dir="$work/floor"; mkdir -p "$floor_dir"
extract "$floor_jar" "$floor_dir/app"
(cd "$floor_dir" && "$java" "${jvm_opts[@]}" -XX:AOTCacheOutput="$floor_dir/app.aot" -Dspring.context.exit=onRefresh \
  -jar app/startup-floor.jar --server.port=0 >"$floor_dir/train.log" 2>&1)
for variant in jar aot; do
  firsts=""; rsss=""
  for ((i = 1; i <= runs; i++)); do
    port=$(free_port)
    if [[ $variant == jar ]]; then cmd=("$java" "${jvm_opts[@]}" -jar "$floor_jar" --server.port="$port")
    else cmd=("$java" "${jvm_opts[@]}" -XX:AOTCache="$floor_dir/app.aot" -jar app/startup-floor.jar --server.port="$port"); fi
    measure_server "$floor_dir" "http://127.0.0.1:$port/" "http://127.0.0.1:$port/" -- "${cmd[@]}"
    firsts+=" $first_ms"; rsss+=" $rss"
  done
  echo "floor ($variant): first 200 [$firsts ] ms, RSS [$rsss ] MB"
  add_row "bare Spring Boot web app, $( [[ $variant == jar ]] && echo 'java -jar' || echo 'AOT cache')" \
    "$(seconds "$(echo "$firsts" | median)") ($(echo "$firsts" | range) ms)" "—" "$(rss_median "$rsss")" "floor"
done

fi

# --- the portal -----------------------------------------------------------------------------------
if [[ $parts == *" portal "* ]]; then
portal_dir="$work/portal"; mkdir -p "$portal_dir"
extract "$portal_jar" "$portal_dir/app"
portal_main="$(ls "$portal_dir"/app/*.jar | head -1)"
train_dir="$work/portal-training"; mkdir -p "$train_dir"
# Training: start the context once on a throwaway embedded database, then exit (Spring's onRefresh).
(cd "$train_dir" && "$java" "${jvm_opts[@]}" -XX:AOTCacheOutput="$portal_dir/app.aot" -Dspring.context.exit=onRefresh \
  -jar "$portal_main" --server.port=0 --management.server.port=0 >"$train_dir/train.log" 2>&1) \
  || { echo "Training run failed:" >&2; tail -30 "$train_dir/train.log" >&2; exit 1; }
for variant in jar aot; do
  data="$work/portal-$variant"; mkdir -p "$data"; cp -r "$root/docs" "$data/docs"
  firsts=""; readys=""; rsss=""; first_start=""
  for ((i = 0; i <= runs; i++)); do
    port=$(free_port)
    if [[ $variant == jar ]]; then cmd=("$java" "${jvm_opts[@]}" -jar "$portal_jar")
    else cmd=("$java" "${jvm_opts[@]}" -XX:AOTCache="$portal_dir/app.aot" -jar "$portal_main"); fi
    cmd+=(--server.port="$port" --management.server.port=0)
    measure_server "$data" "http://127.0.0.1:$port/login" "http://127.0.0.1:$port/readyz" -- "${cmd[@]}"
    if (( i == 0 )); then first_start="$first_ms $ready_ms $rss"; continue; fi # empty database: migrations, first import
    firsts+=" $first_ms"; readys+=" $ready_ms"; rsss+=" $rss"
  done
  read -r f0 r0 m0 <<<"$first_start"
  echo "portal ($variant): first start on an empty database: first 200 $f0 ms, ready $r0 ms, RSS $m0 MB;" \
    "restarts: first 200 [$firsts ] ms, ready [$readys ] ms, RSS [$rsss ] MB"
  label=$( [[ $variant == jar ]] && echo 'java -jar' || echo 'AOT cache')
  add_row "portal, $label: first start (empty database, seed bank imported)" "$(seconds "$f0")" "$(seconds "$r0")" "$m0 MB" \
    "≤ 10 s, ≤ 600 MB$( [[ $variant == aot ]] && echo '; ≤ 8 s')"
  add_row "portal, $label: restart (median of $runs)" "$(seconds "$(echo "$firsts" | median)") ($(echo "$firsts" | range) ms)" \
    "$(seconds "$(echo "$readys" | median)")" "$(rss_median "$rsss")" "≤ 10 s, ≤ 600 MB$( [[ $variant == aot ]] && echo '; ≤ 8 s')"
done

fi

# --- the command line: a no-op sync of the seed bank ----------------------------------------------
if [[ $parts == *" cli "* ]]; then
cli_dir="$work/cli"; mkdir -p "$cli_dir"; cp -r "$root/docs" "$cli_dir/docs"
extract "$cli_jar" "$cli_dir/app"
cli_main="$(ls "$cli_dir"/app/*.jar | head -1)"
sync_once() { (cd "$cli_dir" && "$@" sync docs >/dev/null 2>>"$cli_dir/sync.log"); }
sync_once "$java" "${jvm_opts[@]}" -jar "$cli_jar"            # the first sync: imports the bank
sync_once "$java" "${jvm_opts[@]}" -jar "$cli_jar"            # records the bank's digest (see docs/benchmarks.md, run 2)
# Training on the command's own work, a no-op sync.
sync_once "$java" "${jvm_opts[@]}" -XX:AOTCacheOutput="$cli_dir/app.aot" -jar "$cli_main"
for variant in jar aot; do
  times=""
  for ((i = 1; i <= runs; i++)); do
    if [[ $variant == jar ]]; then cmd=("$java" "${jvm_opts[@]}" -jar "$cli_jar")
    else cmd=("$java" "${jvm_opts[@]}" -XX:AOTCache="$cli_dir/app.aot" -jar "$cli_main"); fi
    start=$(now_ms); sync_once "${cmd[@]}"; times+=" $(( $(now_ms) - start ))"
  done
  echo "cli no-op sync ($variant): [$times ] ms"
  add_row "no-op \`sync docs\` of the seed bank, $( [[ $variant == jar ]] && echo 'java -jar' || echo 'AOT cache')" \
    "—" "$(seconds "$(echo "$times" | median)") ($(echo "$times" | range) ms)" "—" "≤ 3 s"
done

fi

echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Measurement | First HTTP 200 | Ready / done | Resident memory: all/own/files | Goal |"
echo "| --- | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
