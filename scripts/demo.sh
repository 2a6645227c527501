#!/usr/bin/env bash
# Set up this machine and run the national demo on the embedded defaults
# (SQLite, local media, embedded job worker), served by gunicorn:
#
#   bash scripts/demo.sh [--bind 0.0.0.0:8000]
#
# Builds ~5,200 trilingual exhibits in 64+ museums of all 20 regions into ./instance
# (replacing its contents), then serves http://127.0.0.1:8000/ until Ctrl-C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
setup_args=()
if ((EUID != 0)) && ! sudo -n true 2>/dev/null; then setup_args+=(--no-system); fi
bash scripts/setup.sh "${setup_args[@]}"
bind=()
if [[ ${1:-} == --bind ]]; then bind=(--bind "$2"); fi
exec "${PYTHON:-python3}" -m emuseum.cli demo "${bind[@]}"
