#!/usr/bin/env bash
# npm start: install dependencies if needed, then serve the site with live reload on http://127.0.0.1:5173/
set -e
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec npx vite dev --host 127.0.0.1 --port 5173
