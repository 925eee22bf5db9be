#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than the lockfile.
set -e
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
