#!/usr/bin/env bash
# Checks docker/Dockerfile and the compose files on a machine with no Docker engine, so that a module,
# file or step the image needs cannot go missing unnoticed:
#  1. stages the build stage's context: an empty folder gets exactly what its COPY lines copy (minus
#     .dockerignore); its RUN lines later run there in order, Maven offline (-o) against ~/.m2 and
#     Node from ~/.vaadin (scripts/provision-node.sh), so nothing outside the COPY lines can help;
#  2. validates docker/compose*.yaml with `docker compose config -q` where the client has compose,
#     and reads them as YAML to check services, ports, health checks and nginx's upstream;
#  3. (the slow part) runs the build stage's RUN lines in that folder, then checks that every file the
#     runtime stage takes with COPY --from=build was built.
# Ends with one line, "docker build check: OK" or "docker build check FAILED: <why>", and a matching status.
#
# Usage: scripts/check-docker-build.sh            (about three minutes: an offline package, no tests)
# Env:   KEEP_STAGE=1 keeps the staged folder for a look; DOCKERFILE, COMPOSE_DIR to check others.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dockerfile="${DOCKERFILE:-docker/Dockerfile}"
compose_dir="${COMPOSE_DIR:-docker}"

fail() { printf 'docker build check FAILED: %s\n' "$*" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to read the Dockerfile and compose files"
[[ -f "$dockerfile" ]] || fail "$dockerfile does not exist"

stage="$(mktemp -d)"
logs="$(mktemp -d)"
trap '[[ -n "${KEEP_STAGE:-}" ]] || rm -rf "$stage"; rm -rf "$logs"' EXIT

# Step 1: parse the Dockerfile and stage the build context. The Python part writes the build stage's
# RUN lines (with their WORKDIR) and the files the runtime stage copies from it to $logs.
python3 - "$root" "$dockerfile" "$stage" "$logs" <<'PY' || fail "$(cat "$logs/reason" 2>/dev/null || echo 'could not stage the build context')"
import fnmatch, os, re, shutil, sys

root, dockerfile, stage, logs = sys.argv[1:5]

def give_up(reason):
    with open(os.path.join(logs, "reason"), "w") as f:
        f.write(reason)
    sys.exit(1)

def instructions(text):
    """Dockerfile instructions with their continuation lines joined, comments dropped."""
    result, current = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if current and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        keyword, _, rest = current.partition(" ")
        result.append((keyword.upper(), rest.strip()))
        current = ""
    return result

steps = instructions(open(os.path.join(root, dockerfile)).read())
stages, current = [], None
for keyword, rest in steps:
    if keyword == "FROM":
        match = re.match(r"(\S+)(?:\s+AS\s+(\S+))?", rest, re.IGNORECASE)
        current = {"image": match.group(1), "name": (match.group(2) or "").lower(), "steps": []}
        stages.append(current)
    elif current is not None:
        current["steps"].append((keyword, rest))
build = next((s for s in stages if s["name"] == "build"), None)
if build is None:
    give_up(f"{dockerfile} has no stage named 'build'")
runtime = stages[-1]
if runtime is build:
    give_up(f"{dockerfile} has no runtime stage after 'build'")

# .dockerignore as Docker reads it: patterns relative to the context, last match wins, '!' re-includes,
# a pattern that matches a folder leaves out everything below it.
ignore = []
ignore_file = os.path.join(root, ".dockerignore")
if os.path.exists(ignore_file):
    for line in open(ignore_file):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = os.path.normpath(line.lstrip("!").lstrip("/"))
        parts = []
        for piece in re.split(r"(\*\*/?|\*|\?)", pattern):
            if piece in ("**/", "**"):
                parts.append("(?:.*/)?" if piece == "**/" else ".*")
            elif piece == "*":
                parts.append("[^/]*")
            elif piece == "?":
                parts.append("[^/]")
            else:
                parts.append(re.escape(piece))
        ignore.append((negated, re.compile("".join(parts) + r"(?:/.*)?\Z")))

def ignored(relative):
    verdict = False
    for negated, regex in ignore:
        if regex.match(relative):
            verdict = not negated
    return verdict

workdir = "/"
def in_stage(path):
    """Where a path of the build stage lands in the staged folder, which stands for its WORKDIR."""
    absolute = os.path.normpath(path if path.startswith("/") else os.path.join(workdir, path))
    if os.path.relpath(absolute, build_root).startswith(".."):
        give_up(f"build stage path {absolute} lies outside WORKDIR {build_root}; this check cannot follow it")
    return os.path.join(stage, os.path.relpath(absolute, build_root))

def copy_one(source_relative, target):
    source = os.path.join(root, source_relative)
    if not os.path.exists(source) or ignored(source_relative):
        give_up(f"COPY {source_relative}: not in the build context"
                + (" (.dockerignore leaves it out)" if os.path.exists(source) else ""))
    if os.path.isdir(source):
        for folder, _, files in os.walk(source):
            for name in files:
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, root)
                if ignored(relative):
                    continue
                destination = os.path.join(target, os.path.relpath(path, source))
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                shutil.copy2(path, destination)
    else:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)

build_root = None
runs = []
for keyword, rest in build["steps"]:
    if keyword == "WORKDIR":
        workdir = os.path.normpath(os.path.join(workdir, rest))
        if build_root is None:
            build_root = workdir
    elif keyword in ("COPY", "ADD"):
        if build_root is None:
            build_root = workdir
        arguments = rest.split()
        if any(a.startswith("--from") for a in arguments):
            give_up(f"the build stage copies from another stage ({rest}); this check cannot follow it")
        arguments = [a for a in arguments if not a.startswith("--")]
        if len(arguments) < 2:
            give_up(f"cannot read '{keyword} {rest}'")
        *sources, destination = arguments
        into_folder = destination.endswith("/") or len(sources) > 1
        for pattern in sources:
            matches = sorted(p for p in fnmatch.filter(os.listdir(root), pattern)) if "*" in pattern else [pattern]
            if not matches:
                give_up(f"COPY {pattern}: nothing in the build context matches")
            for source in matches:
                source = os.path.normpath(source)
                if os.path.isdir(os.path.join(root, source)):
                    target = in_stage(destination)
                else:
                    target = in_stage(os.path.join(destination, os.path.basename(source)) if into_folder else destination)
                copy_one(source, target)
    elif keyword == "RUN":
        if rest.startswith("["):
            give_up("exec-form RUN in the build stage; this check replays shell-form RUN lines only")
        relative = os.path.relpath(workdir, build_root) if build_root else "."
        runs.append(f"{relative}\t{rest}")
    elif keyword in ("ENV", "ARG"):
        give_up(f"{keyword} in the build stage; teach this check to pass it on before relying on it")
if not runs:
    give_up("the build stage has no RUN line")
with open(os.path.join(logs, "runs"), "w") as f:
    f.write("\n".join(runs) + "\n")

needed = []
for keyword, rest in runtime["steps"]:
    if keyword == "COPY" and re.search(r"--from=build\b", rest, re.IGNORECASE):
        arguments = [a for a in rest.split() if not a.startswith("--")]
        for source in arguments[:-1]:
            needed.append(os.path.relpath(in_stage(source), stage))
if not needed:
    give_up("the runtime stage copies nothing from the build stage")
with open(os.path.join(logs, "needed"), "w") as f:
    f.write("\n".join(needed) + "\n")
PY

# Step 2: the compose files, first, as they take a second and the build minutes.
compose_files=("$compose_dir"/compose*.yaml)
[[ -e "${compose_files[0]}" ]] || fail "no compose*.yaml in $compose_dir"
if docker compose version >/dev/null 2>&1; then
  for file in "${compose_files[@]}"; do
    MYSQL_PASSWORD=check MYSQL_ROOT_PASSWORD=check docker compose -f "$file" config -q \
      || fail "docker compose config rejects $file"
    printf '== docker compose config accepts %s\n' "$file"
  done
fi
# Compose's own check cannot see nginx.conf, so the YAML reading below runs either way.
python3 - "$logs" "$dockerfile" "${compose_files[@]}" <<'PY' || fail "$(cat "$logs/compose-reason" 2>/dev/null || echo 'the compose files do not read')"
import os, re, sys
logs, dockerfile, files = sys.argv[1], sys.argv[2], sys.argv[3:]

def give_up(reason):
    with open(os.path.join(logs, "compose-reason"), "w") as f:
        f.write(reason)
    sys.exit(1)

try:
    import yaml
except ImportError:
    give_up("PyYAML is missing (apt-get install python3-yaml) to read the compose files")

dockerfile_has_healthcheck = bool(re.search(r"^HEALTHCHECK\s+.*CMD", open(dockerfile).read(), re.M | re.S))

def image_built(service):
    return "build" in service and service["build"].get("dockerfile", "").endswith("docker/Dockerfile")

for file in files:
    try:
        document = yaml.safe_load(open(file))
    except yaml.YAMLError as error:
        give_up(f"{file} is not valid YAML: {str(error).splitlines()[0]}")
    services = document.get("services") or {}
    if "mysql" not in services or not str(services["mysql"].get("image", "")).startswith("mysql:8.4"):
        give_up(f"{file}: no mysql service on image mysql:8.4")
    portals = {name: s for name, s in services.items() if s.get("image", "").startswith("studyportal") or "build" in s}
    if not portals:
        give_up(f"{file}: no portal service")
    for name, service in services.items():
        depends = service.get("depends_on") or {}
        for needed in depends:
            if needed not in services:
                give_up(f"{file}: {name} depends on {needed}, which is no service")
        for volume in service.get("volumes") or []:
            source = str(volume).split(":")[0]
            if source and not source.startswith((".", "/")) and source not in (document.get("volumes") or {}):
                give_up(f"{file}: {name} mounts the volume {source}, which the file does not declare")
            if source.startswith(".") and not os.path.exists(os.path.join(os.path.dirname(file), source)):
                give_up(f"{file}: {name} mounts {source}, which does not exist beside the file")
        if "healthcheck" in service and not service["healthcheck"].get("test"):
            give_up(f"{file}: {name} has a health check without a test")
        for needed, condition in depends.items():
            target = services.get(needed, {})
            healthy = "healthcheck" in target or (image_built(target) and dockerfile_has_healthcheck)
            if (condition or {}).get("condition") == "service_healthy" and not healthy:
                give_up(f"{file}: {name} waits for {needed} to be healthy, which has no health check")
    for name, service in portals.items():
        if image_built(service) and service["build"].get("context") != "..":
            give_up(f"{file}: {name} builds from {service['build'].get('context')}, not the repository root (..)")
        environment = service.get("environment") or {}
        if environment.get("SPRING_PROFILES_ACTIVE") != "mysql" or "mysql:3306" not in str(environment.get("MYSQL_URL", "")):
            give_up(f"{file}: {name} does not use the mysql profile against the mysql service")
        if (service.get("depends_on") or {}).get("mysql", {}).get("condition") != "service_healthy":
            give_up(f"{file}: {name} does not wait for mysql to be healthy")
    published = [str(p) for s in services.values() for p in s.get("ports") or []]
    if len(published) != len(set(p.rsplit(":", 1)[0] for p in published)):
        give_up(f"{file}: two services publish the same host port: {published}")
    nginx = services.get("nginx")
    if nginx is None:
        if len(portals) != 1:
            give_up(f"{file}: {len(portals)} portal services and no nginx in front of them")
        continue
    # Behind the proxy: the portals publish nothing themselves and trust the proxy's headers only.
    for name, service in portals.items():
        if service.get("ports"):
            give_up(f"{file}: {name} publishes a port although nginx is in front of it")
        environment = service.get("environment") or {}
        if environment.get("SERVER_FORWARD_HEADERS_STRATEGY") != "native":
            give_up(f"{file}: {name} sits behind nginx without SERVER_FORWARD_HEADERS_STRATEGY=native")
        proxies = str(environment.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", ""))
        nginx_address = next(iter((nginx.get("networks") or {}).values()), {}) or {}
        address = nginx_address.get("ipv4_address", "")
        if not address or not re.fullmatch(proxies, address):
            give_up(f"{file}: {name} trusts proxies '{proxies}', which does not match nginx's address '{address}'")
    if len(portals) < 2:
        give_up(f"{file}: nginx in front of {len(portals)} portal, no scale-out")
    config_mount = next((str(v) for v in nginx.get("volumes") or [] if "nginx.conf" in str(v)), None)
    if config_mount is None:
        give_up(f"{file}: nginx mounts no nginx.conf")
    config = open(os.path.join(os.path.dirname(file), config_mount.split(":")[0])).read()
    upstream = re.search(r"upstream\s+(\S+)\s*\{(.*?)\}", config, re.S)
    if upstream is None:
        give_up("nginx.conf has no upstream block")
    servers = set(re.findall(r"^\s*server\s+([\w.-]+):8080\b", upstream.group(2), re.M))
    if servers != set(portals):
        give_up(f"nginx.conf's upstream lists {sorted(servers)}, the compose file's portals are {sorted(portals)}")
    if not re.search(r"^\s*(ip_hash|hash\s+\S+)", upstream.group(2), re.M):
        give_up("nginx.conf's upstream is not sticky (no ip_hash or hash): Vaadin keeps UI state per node")
    if f"http://{upstream.group(1)}" not in config:
        give_up(f"nginx.conf never proxies to its upstream {upstream.group(1)}")
    for header in ("X-Forwarded-For", "X-Forwarded-Proto", "Upgrade"):
        if header not in config:
            give_up(f"nginx.conf does not set {header}")
    print(f"== {file}: nginx -> {sorted(servers)}, sticky, one mysql")
for file in files:
    print(f"== {file} reads as expected")
PY

# Step 3: run the build stage's RUN lines in the staged folder, as the image's /bin/sh would.
# Maven goes offline (-o): a network could hide a module or file the context lacks, and CI has ~/.m2.
[[ -n "${JAVA_HOME:-}" ]] && export PATH="$JAVA_HOME/bin:$PATH"
started=$SECONDS
step=0
while IFS=$'\t' read -r folder command; do
  step=$((step + 1))
  offline="$(printf '%s' "$command" | sed -E 's#(^|[;&|(] *)(\./mvnw|mvn)( |$)#\1\2 -o\3#g')"
  printf '== RUN %s (in the staged %s)\n' "$offline" "$folder"
  if ! (cd "$stage/$folder" && sh -c "$offline") >"$logs/run-$step.log" 2>&1; then
    tail -n 40 "$logs/run-$step.log" >&2
    # Maven's first error line that names the cause, not its general preamble.
    reason="$(sed -nE 's/^(\[ERROR\] *)+//p' "$logs/run-$step.log" \
      | grep -vE '^$|^Some problems were|^The build could not read|^To see the full|^Re-run Maven|^For more information|^\[Help|^->|^Failed to execute goal .*-> \[Help' \
      | head -n 1 | sed -E "s#$stage#<staged>#g; s/ @ *$//" | cut -c1-220 || true)"
    fail "RUN #$step ($command) failed: ${reason:-see the output above}"
  fi
  printf '   done, %d s since the first RUN\n' "$((SECONDS - started))"
done <"$logs/runs"
printf '== build stage replayed in %d s\n' "$((SECONDS - started))"

# Step 4: everything the runtime stage copies from the build stage exists.
while read -r artifact; do
  [[ -e "$stage/$artifact" ]] || fail "the runtime stage copies $artifact from the build stage, which did not produce it"
  printf '== built %s\n' "$artifact"
done <"$logs/needed"

echo "docker build check: OK"
