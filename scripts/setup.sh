#!/usr/bin/env bash
# Install everything emuseum needs on a fresh Debian 12 machine (and be quick
# when it is already done).
#
#   bash scripts/setup.sh              # system packages + Python + npm + translations
#   bash scripts/setup.sh --no-system  # skip apt (no root needed)
#   bash scripts/setup.sh --force      # redo the Python and npm steps even if up to date
#
# Environment: PYTHON (default python3) selects the interpreter used for pip.
# No virtualenv is created: CI runs as root on a throwaway machine.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

PYTHON=${PYTHON:-python3}
SYSTEM=1
FORCE=0

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

for arg in "$@"; do
    case $arg in
        --no-system) SYSTEM=0 ;;
        --force) FORCE=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "setup.sh: unknown option: $arg" >&2; usage >&2; exit 2 ;;
    esac
done

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

T0=$SECONDS
STAMPS=$ROOT/build/setup-stamps
mkdir -p "$STAMPS"

# hash of the given files plus extra words, to decide if a step must be redone
fingerprint() {
    local extra=$1; shift
    local f
    {
        printf '%s\n' "$extra"
        for f in "$@"; do
            if [[ -f $f ]]; then printf '== %s\n' "$f"; cat "$f"; fi
        done
    } | sha256sum | cut -d' ' -f1
}

# ---------------------------------------------------------------- system (apt)
# postgresql: test database server; chromium: browser tests (Playwright drives
# /usr/bin/chromium, never a downloaded browser); fonts-noto-core: covers
# Kazakh Cyrillic (Ә Ғ Қ Ң Ө Ұ Ү Һ І) in screenshots; nginx-light and wrk:
# benchmarks only; libvips-tools: the `vips` command bench/ingest.py measures
# against (the application's libvips comes from pip: pyvips[binary]);
# libmagic1: needed by iiif-validator (python-magic); iipimage-server and
# lighttpd: the IIPImage anchor of bench/iiif_tiles.py; libegl1, libegl-mesa0,
# libgl1-mesa-dri, libopengl0: OpenGL with no display or GPU (EGL on Mesa's
# llvmpipe) for the previews of 3D models; openjdk-17-jre-headless and maven:
# the OpenSearch node of the search contract tests (scripts/opensearch.sh).
APT_PACKAGES=(postgresql chromium fonts-noto-core nginx-light wrk libvips-tools libmagic1 iipimage-server lighttpd libegl1 libegl-mesa0 libgl1-mesa-dri libopengl0 openjdk-17-jre-headless maven)

pkg_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) == ii* ]]
}

if ((SYSTEM)); then
    command -v dpkg-query >/dev/null || die "dpkg-query not found: not a Debian machine? use --no-system"
    missing=()
    for p in "${APT_PACKAGES[@]}"; do
        pkg_installed "$p" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        SUDO=()
        if ((EUID != 0)); then
            command -v sudo >/dev/null || die "need root for apt-get (missing: ${missing[*]}); or run with --no-system"
            SUDO=(sudo -n)
        fi
        export DEBIAN_FRONTEND=noninteractive
        log "apt: installing ${missing[*]}"
        "${SUDO[@]}" apt-get update -qq
        # --no-install-recommends keeps the install small; what is listed here
        # is all that is needed (Chromium runs headless).
        "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
            "${missing[@]}" >/dev/null
        for p in "${missing[@]}"; do
            pkg_installed "$p" || die "apt: $p did not install"
        done
        log "apt: done"
    else
        log "apt: all system packages present (${APT_PACKAGES[*]})"
    fi
else
    log "apt: skipped (--no-system)"
fi

# ---------------------------------------------------------------- Python
command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
py_prefix=$("$PYTHON" -c 'import sys; print(sys.prefix, sys.version.split()[0])')
# Rust: pip install builds indexer._fields (the search indexer's compiled form store,
# indexer/native) with cargo. rustup puts cargo in ~/.cargo/bin, which a non-login shell may
# not have on its PATH. Without cargo the install goes on and search indexing uses the slower
# Python store (under CI=true, tests/test_form_store.py then fails).
if ! command -v cargo >/dev/null 2>&1 && [[ -x $HOME/.cargo/bin/cargo ]]; then
    export PATH=$HOME/.cargo/bin:$PATH
fi
if command -v cargo >/dev/null 2>&1; then
    rust=$(cargo --version 2>/dev/null || echo cargo)
else
    rust="no cargo"
    log "WARNING: no cargo (Rust 1.74 or newer): indexer._fields will not be built; search indexing falls back to Python, slower"
fi
pip_fp=$(fingerprint "$ROOT|$py_prefix|$rust" pyproject.toml indexer/native/Cargo.toml indexer/native/Cargo.lock indexer/native/src/lib.rs)
pip_stamp=$STAMPS/pip
if ((FORCE == 0)) && [[ -f $pip_stamp && $(<"$pip_stamp") == "$pip_fp" ]] &&
    { [[ $rust == "no cargo" ]] || compgen -G "$ROOT/indexer/_fields.*.so" >/dev/null; } &&
    (cd / && "$PYTHON" - "$ROOT" <<'PY') 2>/dev/null; then
# installed, editable, and from this work tree (not from another clone)?
import importlib.metadata, json, os, sys, urllib.parse, urllib.request
d = importlib.metadata.distribution("emuseum")
u = json.loads(d.read_text("direct_url.json"))
path = urllib.request.url2pathname(urllib.parse.urlparse(u["url"]).path)
sys.exit(0 if u.get("dir_info", {}).get("editable") and os.path.samefile(path, sys.argv[1]) else 1)
PY
    log "python: emuseum[test] already installed for $py_prefix"
else
    log "python: pip install -e '.[test]' ($py_prefix)"
    "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore -e '.[test]'
    printf '%s\n' "$pip_fp" >"$pip_stamp"
    # pyenv: make new console scripts (pybabel, pytest, emuseum) visible
    if command -v pyenv >/dev/null 2>&1; then pyenv rehash 2>/dev/null || true; fi
    log "python: done"
fi

# ---------------------------------------------------------------- npm
if [[ -f package.json ]]; then
    command -v npm >/dev/null || die "npm not found"
    npm_fp=$(fingerprint "$(node --version 2>/dev/null)" package.json package-lock.json)
    npm_stamp=node_modules/.emuseum-setup-stamp
    if ((FORCE == 0)) && [[ -f $npm_stamp && $(<"$npm_stamp") == "$npm_fp" ]]; then
        log "npm: node_modules up to date"
    else
        if [[ -f package-lock.json ]]; then
            log "npm: npm ci"
            npm ci --no-audit --no-fund --loglevel=error
        else
            log "npm: npm install (creates package-lock.json)"
            npm install --no-audit --no-fund --loglevel=error
        fi
        # the lock file may just have been written: fingerprint again
        fingerprint "$(node --version 2>/dev/null)" package.json package-lock.json >"$npm_stamp"
        log "npm: done"
    fi
fi

# ---------------------------------------------------------------- translations
TRANSLATIONS=emuseum/translations
if [[ -d $TRANSLATIONS ]] && [[ -n $(find "$TRANSLATIONS" -name '*.po' -print -quit) ]]; then
    log "babel: compiling $TRANSLATIONS"
    "$PYTHON" -m babel.messages.frontend -q compile -f -d "$TRANSLATIONS"
else
    log "babel: no .po files under $TRANSLATIONS yet, nothing to compile"
fi

log "ready in $((SECONDS - T0))s"
