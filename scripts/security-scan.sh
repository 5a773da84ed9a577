#!/usr/bin/env bash
# Scans a running portal with sqlmap and wapiti, the way an outsider with a learner's account would.
# Not part of the test suite: it takes about ten minutes and its findings need a person to read them.
#
#   scripts/security-scan.sh            build the jar, start it (demo profile, H2 in a temporary
#                                       folder, a free port), log in as learner1, scan, stop it
#   SKIP_BUILD=1 scripts/security-scan.sh   use webapp/target/studyportal.jar as it is
#   MVN_FLAGS=-o scripts/security-scan.sh   build offline
#
# Reports go to target/security-scan/ (sqlmap.log and its folders, wapiti.json, wapiti.log, portal.log);
# the summary at the end counts wapiti's findings by severity and lists the high ones.
# Installs sqlmap and wapiti with apt-get when they are missing (Debian packages; needs root).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/target/security-scan"
JAR="$ROOT/webapp/target/studyportal.jar"
DEMO_USER=learner1
DEMO_PASSWORD=studyportal-demo
WAPITI_SECONDS="${WAPITI_SECONDS:-300}"
SQLMAP_SECONDS="${SQLMAP_SECONDS:-120}"

if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 && -z "${JAVA_HOME:-}" ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
fi

missing=()
command -v sqlmap >/dev/null || missing+=(sqlmap)
command -v wapiti >/dev/null || missing+=(wapiti)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if [[ "${SKIP_BUILD:-}" != 1 || ! -f "$JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -DskipTests package -pl core,importer,webapp -am)
fi

rm -rf "$OUT"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"

# The portal runs in a temporary folder, so its H2 database (./data) starts empty and goes with it.
(cd "$WORK" && exec java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --server.address=127.0.0.1 --studyportal.import.source.path="$ROOT/docs" >"$OUT/portal.log" 2>&1) &
PORTAL=$!
stop_portal() {
    kill "$PORTAL" 2>/dev/null && wait "$PORTAL" 2>/dev/null || true
    rm -rf "$WORK"
}
trap stop_portal EXIT

echo "Starting the portal at $BASE"
for _ in $(seq 1 180); do
    curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$PORTAL" 2>/dev/null || { echo "The portal did not start; see $OUT/portal.log"; exit 1; }
    sleep 1
done

# Form login as Spring Security expects it: the login page's CSRF token, then POST /login.
COOKIES="$WORK/cookies.txt"
csrf_token() {
    curl -fsS -c "$COOKIES" -b "$COOKIES" "$BASE/login" |
        sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -n1
}
TOKEN="$(csrf_token)"
[[ -n "$TOKEN" ]] || { echo "No CSRF token on the login page"; exit 1; }
curl -fsS -o /dev/null -c "$COOKIES" -b "$COOKIES" \
    --data-urlencode "username=$DEMO_USER" --data-urlencode "password=$DEMO_PASSWORD" \
    --data-urlencode "_csrf=$TOKEN" "$BASE/login"
SESSION="$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES" | tail -n1)"
[[ -n "$SESSION" ]] || { echo "Logging in as $DEMO_USER gave no session"; exit 1; }
if curl -sS -o /dev/null -w '%{redirect_url}' -b "JSESSIONID=$SESSION" "$BASE/library" | grep -q '/login'; then
    echo "The session cookie does not open /library: logging in as $DEMO_USER failed"; exit 1
fi
echo "Logged in as $DEMO_USER"

echo "sqlmap: the login form (fresh CSRF token per request), then the pages as $DEMO_USER"
sqlmap_run() {
    timeout "$SQLMAP_SECONDS" sqlmap --batch --disable-coloring --level=2 --risk=1 --output-dir="$OUT/sqlmap" "$@" \
        >>"$OUT/sqlmap.log" 2>&1 || true
}
sqlmap_run -u "$BASE/login" --data="username=learner2&password=wrong-password&_csrf=x" \
    --csrf-token=_csrf --csrf-url="$BASE/login" --skip=_csrf
# The login scan's failed logins are learner2's, so learner1's session below is not locked out.
sqlmap_run -u "$BASE/question/1*" --cookie="JSESSIONID=$SESSION"
sqlmap_run -u "$BASE/library?q=1" --cookie="JSESSIONID=$SESSION"
sqlmap_run -u "$BASE/" --cookie="JSESSIONID=$SESSION" --crawl=2 --forms --crawl-exclude='logout|VAADIN'

echo "wapiti: $WAPITI_SECONDS s at most, no brute force, nothing fetched from the internet"
# Brute force (brute_login_form, buster, nikto) would only trip the login throttle; wapp downloads its
# database. (Wapiti 3.0.4's -x fails on Python 3.11; logging out is a Vaadin action, no link to crawl.)
MODULES=backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,shellshock,sql,ssrf,xss,xxe
timeout $((WAPITI_SECONDS + 120)) wapiti -u "$BASE/" --scope folder -m "$MODULES" \
    -H "Cookie: JSESSIONID=$SESSION" --max-scan-time "$WAPITI_SECONDS" \
    --no-bugreport --flush-session --store-session "$WORK/wapiti-session" -v 1 \
    -f json -o "$OUT/wapiti.json" >"$OUT/wapiti.log" 2>&1 || true

echo
echo "=== Summary (high and critical need a look before anything else) ($(date -u +%Y-%m-%dT%H:%MZ)) ==="
if grep -q "is vulnerable\|sqlmap identified the following injection point" "$OUT/sqlmap.log"; then
    echo "sqlmap: INJECTION FOUND (high):"
    grep -A3 "identified the following injection point" "$OUT/sqlmap.log"
else
    echo "sqlmap: no injection found:"
    grep -h "testing URL\|does not seem to be injectable\|no usable links\|no parameter(s) found\|CRITICAL" \
        "$OUT/sqlmap.log" | cut -c 12- | sed 's/^/  /' || true
fi
if [[ -f "$OUT/wapiti.json" ]]; then
    python3 - "$OUT/wapiti.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
# Wapiti's levels: 4 critical, 3 high, 2 medium, 1 low, 0 information.
levels = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}
counts = {"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0}
findings = []
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, items in report.get(section, {}).items():
        for item in items:
            level = levels.get(int(item.get("level", 0)), "info") if section == "vulnerabilities" else (
                "medium" if section == "anomalies" else "info")
            counts[level] += 1
            findings.append((level, category, item.get("method", ""), item.get("path", ""),
                             item.get("parameter", ""), item.get("info", "")))
print("wapiti: " + ", ".join(f"{n} {level}" for level, n in counts.items()))
for level, category, method, path, parameter, info in sorted(findings):
    print(f"  [{level}] {category}: {method} {path} {parameter} - {info}".rstrip())
PY
else
    echo "wapiti: no report (see $OUT/wapiti.log)"
fi
echo "Reports in $OUT"
