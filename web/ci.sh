#!/usr/bin/env bash
# The participant page's CI: install the pinned packages, rebuild the committed bundle
# and fail if it differs, then run the tests (plain Node, then Chromium against the host).
#   CICLO_BIN=target/release/ciclo bash web/ci.sh
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund --ignore-scripts
npm run build
if ! git diff --exit-code --stat -- ../assets/web; then
    echo "assets/web differs from a fresh build of web/: run 'npm run build' in web/ and commit the result" >&2
    exit 1
fi
if [ -n "$(git status --porcelain -- ../assets/web)" ]; then
    echo "assets/web has files that are not committed:" >&2
    git status --porcelain -- ../assets/web >&2
    exit 1
fi

if [ -z "${CICLO_BIN:-}" ]; then
    for candidate in ../target/release/ciclo ../target/debug/ciclo; do
        if [ -x "$candidate" ]; then CICLO_BIN="$(cd "$(dirname "$candidate")" && pwd)/ciclo"; break; fi
    done
fi
: "${CICLO_BIN:?set CICLO_BIN to the ciclo binary (cargo build --release first)}"
export CICLO_BIN
node test/run.mjs
