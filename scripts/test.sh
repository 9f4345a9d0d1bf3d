#!/usr/bin/env bash
# Every test: unit and golden tests (vitest), then the browser end-to-end tests against the
# production build. Installs what the browser tests need (Debian's Chromium, a CJK font).
set -euo pipefail
cd "$(dirname "$0")/.."

# --strict: a corpus file the parser can no longer read fails the run here.
npm run -s ingest -- --strict
npm run -s check
npx vitest run
npm run -s test:e2e
