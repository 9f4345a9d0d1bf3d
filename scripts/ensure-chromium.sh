#!/usr/bin/env bash
# Installs Debian's Chromium and a CJK font for the e2e tests and the benchmark, unless present.
# The dpkg lock can be held by another apt run (unattended upgrades, a parallel session), so
# each apt-get step is retried instead of failing the test run on a busy lock.
set -euo pipefail

if [[ -x /usr/bin/chromium ]] && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
	exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

retry() {
	local n
	for n in 1 2 3 4 5 6 7 8 9 10; do
		if "$@"; then return 0; fi
		echo "ensure-chromium: '$*' failed (try $n), retrying in 6 s" >&2
		sleep 6
	done
	return 1
}

export DEBIAN_FRONTEND=noninteractive
retry $SUDO apt-get update -q
retry $SUDO apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk
