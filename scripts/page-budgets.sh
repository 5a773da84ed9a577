#!/usr/bin/env bash
# Page budgets (issue 13, item 5): starts the portal from the production jar on the embedded database
# with the demo profile, in a temporary folder holding a copy of docs/, and runs Lighthouse (desktop and
# mobile: performance, accessibility) and axe-core on the login, Today, review and dashboard pages in
# Debian's Chromium, signed in as learner1 for the pages behind login (scripts/page-budgets/).
# Budgets: performance >= 90 on desktop (mobile recorded), accessibility >= 95, no serious or critical
# axe violation. Exit 0 when all are met, 1 when one is missed, 2 when it could not measure.
#
# Usage: scripts/page-budgets.sh [--runs N] [--out DIR]   (needs ./mvnw -B -DskipTests package first)
# Env:   CHROME_PATH (default /usr/bin/chromium; a browser is never downloaded), JAVA_HOME
# Node:  Lighthouse 13 needs Node >= 22.19: the node on the PATH if it is new enough, else the Node 24
#        that scripts/provision-node.sh puts in ~/.vaadin for Vaadin's build.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/scripts/page-budgets"
jar="$root/webapp/target/studyportal.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[[ -f "$jar" ]] || { echo "No $jar: build it first with ./mvnw -B -DskipTests package" >&2; exit 2; }
[[ -x "$CHROME_PATH" ]] || { echo "No Chromium at $CHROME_PATH (Debian: apt-get install chromium)" >&2; exit 2; }
if grep -q '"productionMode" *: *false' <(unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null); then
  echo "$jar is not a production build" >&2; exit 2
fi

node_ok() { command -v "$1" >/dev/null && "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a==22&&b>=19)?0:1)'; }
if ! node_ok node; then
  vaadin_node="$(ls -d "$HOME"/.vaadin/node-v2[4-9]* 2>/dev/null | sort -V | tail -1 || true)"
  if [[ -z "$vaadin_node" ]]; then "$root/scripts/provision-node.sh" >&2; vaadin_node="$(ls -d "$HOME"/.vaadin/node-v2[4-9]* | sort -V | tail -1)"; fi
  export PATH="$vaadin_node/bin:$PATH"
  node_ok node || { echo "Lighthouse needs Node >= 22.19; found $(node --version)" >&2; exit 2; }
fi
if [[ ! -d "$tools/node_modules" || "$tools/package-lock.json" -nt "$tools/node_modules" ]]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) >&2
  touch "$tools/node_modules"
fi

work="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$root/docs" "$work/docs"
while :; do
  port=$(( 20000 + RANDOM % 20000 ))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
done
(cd "$work" && exec "$java" -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --management.server.port=0 >"$work/portal.log" 2>&1) &
pid=$!
# Ready (/readyz) comes after the start-up import of the bank and the demo accounts and histories.
for ((i = 0; i < 600; i++)); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/readyz" || true)" == 200 ]] && break
  kill -0 "$pid" 2>/dev/null || { echo "The portal ended; its log:" >&2; tail -40 "$work/portal.log" >&2; exit 2; }
  sleep 0.5
done
echo "Portal ready at http://127.0.0.1:$port (production jar, demo profile, embedded database)"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $("$CHROME_PATH" --version 2>/dev/null | head -1); Node $(node --version);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
(cd "$tools" && node page-budgets.mjs --base "http://127.0.0.1:$port" --chromium "$CHROME_PATH" "$@")
status=$?
set -e
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
