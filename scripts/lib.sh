# shellcheck shell=bash
# Shared helpers for scripts/serve, scripts/test, scripts/build and scripts/size.
#
# Every ensure_* function is idempotent: it checks first and installs only
# what is missing (or at the wrong version), so a second run is quick.
# Nothing here downloads a prebuilt binary: tools come from crates.io, npm
# and Debian's packages only, and Trunk runs offline (see Trunk.toml).

set -euo pipefail

CADRE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CADRE_ROOT
cd "$CADRE_ROOT"

# Versions pinned by the project.
TRUNK_VERSION="0.21.14"        # trunk 0.22 needs a newer rustc than the machine's 1.95
WASM_TARGET="wasm32-unknown-unknown"

# Tools installed by cargo and npm go first on PATH.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CADRE_ROOT/node_modules/.bin:$CARGO_BIN:$PATH"
# Trunk must never reach out for updates or tool downloads.
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"

log()  { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# The wasm-bindgen version recorded in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$CADRE_ROOT/Cargo.lock"
}

ensure_rust_target() {
  have cargo || die "cargo not found: install Rust with rustup (https://rustup.rs)"
  if rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    return
  fi
  log "Adding the Rust target $WASM_TARGET"
  rustup target add "$WASM_TARGET"
}

# rustfmt and clippy, for the first step of scripts/test.
ensure_rust_components() {
  local c missing=()
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || missing+=("$c")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "Adding the Rust components: ${missing[*]}"
  rustup component add "${missing[@]}"
}

ensure_trunk() {
  if have trunk && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    return
  fi
  log "Installing trunk $TRUNK_VERSION from crates.io (first run only: about 15 minutes on 2 cores)."
  log "cargo's progress follows; it is compiling, not hung."
  cargo install --locked trunk --version "$TRUNK_VERSION"
  [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ] || die "trunk --version is not $TRUNK_VERSION"
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_lock_version)"
  [ -n "$want" ] || die "could not read the wasm-bindgen version from Cargo.lock"
  # Trunk.toml pins the same version (offline Trunk uses the one on PATH).
  if ! grep -q "^wasm_bindgen = \"$want\"" "$CADRE_ROOT/Trunk.toml"; then
    die "Trunk.toml [tools] wasm_bindgen must be \"$want\" (Cargo.lock's wasm-bindgen version)"
  fi
  if have wasm-bindgen && have wasm-bindgen-test-runner \
     && [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ]; then
    return
  fi
  log "Installing wasm-bindgen-cli $want from crates.io (first run only: about 6 minutes)."
  # No --locked: the CLI's own lock file does not build with this toolchain.
  cargo install wasm-bindgen-cli --version "$want" --force
  [ "$(wasm-bindgen --version)" = "wasm-bindgen $want" ] || die "wasm-bindgen --version is not $want"
}

# binaryen (wasm-opt) and playwright-core, pinned in package-lock.json.
ensure_npm_deps() {
  have node || die "node not found: install Node.js 20 or later"
  have npm || die "npm not found: install npm"
  local stamp="$CADRE_ROOT/node_modules/.cadre-lock"
  if [ -x "$CADRE_ROOT/node_modules/.bin/wasm-opt" ] && [ -f "$stamp" ] \
     && cmp -s "$stamp" "$CADRE_ROOT/package-lock.json"; then
    return
  fi
  log "Installing npm dev dependencies (npm ci: binaryen for wasm-opt, esbuild, playwright-core)"
  npm ci --no-audit --no-fund
  cp "$CADRE_ROOT/package-lock.json" "$stamp"
  wasm-opt --version | grep -q 'version_132' || die "wasm-opt on PATH is not binaryen version_132"
}

ensure_cargo_fetch() {
  # Trunk runs cargo offline, so every crate must already be in cargo's cache.
  log "cargo fetch"
  cargo fetch --quiet
}

apt_install() {
  # apt_install PACKAGE... : install Debian packages, or say what to install.
  if ! is_root || ! have apt-get; then
    die "missing: $* — install them (Debian: sudo apt-get install -y $*) and re-run"
  fi
  log "Installing Debian packages: $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "$@" </dev/null \
    || { apt-get update </dev/null && apt-get install -y --no-install-recommends "$@" </dev/null; }
}

ensure_browser() {
  local missing=()
  have chromium || missing+=(chromium)
  have chromedriver || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  have chromium && have chromedriver || die "chromium and chromedriver are still missing"
}

ensure_pdf_tools() {
  local missing=()
  have qpdf || missing+=(qpdf)
  have pdftotext || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  have qpdf && have pdftotext && have pdfinfo || die "qpdf and poppler-utils are still missing (Debian: apt-get install qpdf poppler-utils)"
}

ensure_python_docx() {
  have python3 || die "python3 not found: install Python 3 (used by the DOCX tests)"
  if python3 -c 'import docx' 2>/dev/null; then
    return
  fi
  log "Installing the Python package python-docx (pip)"
  python3 -m pip install --quiet --disable-pip-version-check python-docx \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages python-docx \
    || true
  python3 -c 'import docx' 2>/dev/null || die "python-docx is still missing: install it (pip install python-docx) and re-run"
}

# Firefox and WebKit, for scripts/test-browsers. geckodriver is installed OFF the
# PATH: wasm-bindgen-test-runner prefers geckodriver, then safaridriver, then
# chromedriver when it finds them on PATH, and would silently move every browser
# test to Firefox. Each engine's runs get GECKODRIVER / SAFARIDRIVER explicitly.
GECKODRIVER_VERSION="0.37.1"
if is_root; then
  GECKODRIVER_ROOT="${CADRE_GECKODRIVER_ROOT:-/opt/geckodriver}"
else
  GECKODRIVER_ROOT="${CADRE_GECKODRIVER_ROOT:-$HOME/.cache/cadre/geckodriver}"
fi
GECKODRIVER_BIN="$GECKODRIVER_ROOT/bin/geckodriver"

ensure_firefox() {
  have firefox-esr || have firefox || apt_install firefox-esr
  have firefox-esr || have firefox || die "Firefox is still missing"
}

ensure_geckodriver() {
  local version=""
  [ -x "$GECKODRIVER_BIN" ] && version="$("$GECKODRIVER_BIN" --version 2>/dev/null || true)"
  if [[ "${version%%$'\n'*}" == "geckodriver $GECKODRIVER_VERSION"* ]]; then
    return
  fi
  log "Installing geckodriver $GECKODRIVER_VERSION from crates.io into $GECKODRIVER_ROOT (first run only: 3 to 7 minutes on 2 cores)."
  cargo install --locked --root "$GECKODRIVER_ROOT" geckodriver --version "$GECKODRIVER_VERSION" \
    || cargo install --root "$GECKODRIVER_ROOT" geckodriver --version "$GECKODRIVER_VERSION"
  [ -x "$GECKODRIVER_BIN" ] || die "geckodriver is still missing at $GECKODRIVER_BIN"
}

# WebKitGTK's WebDriver and MiniBrowser (package webkit2gtk-driver), and a virtual
# display: WebKitGTK has no headless mode.
ensure_webkit() {
  local missing=()
  have WebKitWebDriver || missing+=(webkit2gtk-driver)
  have xvfb-run || missing+=(xvfb)
  have xauth || missing+=(xauth)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  have WebKitWebDriver && have xvfb-run || die "WebKitWebDriver and xvfb-run are still missing"
}

# Everything needed to build the site.
ensure_build_tools() {
  ensure_rust_target
  ensure_npm_deps
  ensure_wasm_bindgen
  ensure_trunk
  ensure_cargo_fetch
}

# The release site in dist/, with relative URLs (works from any sub-path).
# build_release [DIR [TRUNK_ARGS...]]: another folder and extra trunk options, e.g.
# the benchmark's build: build_release target/dist-bench --features bench.
build_release() {
  local dir="${1:-dist}"
  shift || true
  log "trunk build --release ${*:-} ($dir/, relative URLs)"
  trunk build --release --public-url ./ --dist "$dir" "$@" || return 1
  # The wasm-bindgen glue and the stylesheets, minified: about 3 KB of the first screen,
  # gzipped (Trunk's own minify would also rewrite the page, which scripts/csp and the
  # tests read, for 120 bytes). scripts/csp then writes their integrity hashes again.
  local asset
  for asset in "$dir"/cadre-*.js "$dir"/*.css; do
    esbuild "$asset" --minify --log-level=warning --allow-overwrite --outfile="$asset" || return 1
  done
  if ! grep -q "from '\./cadre-" "$dir/index.html"; then
    warn "$dir/index.html does not import ./cadre-*.js with a relative URL"
    return 1
  fi
  # The modules loaded after the first screen (src/web/later.rs), each built apart so
  # the first screen does not carry it: the writers (src/bin/writers.rs, imported at the
  # review step), the embedding form (src/bin/embed_setup.rs, on opening its panel) and
  # the agreement (src/bin/agreement.rs, on opening its panel or a link carrying a
  # contract), into $dir/<name>/.
  local later
  for later in writers embed_setup agreement; do
    log "$later module (cargo build --bin $later, wasm-bindgen, wasm-opt -Oz: $dir/$later/)"
    cargo build --release --target "$WASM_TARGET" --bin "$later" "$@" || return 1
    rm -rf "${dir:?}/$later"
    wasm-bindgen --target web --no-typescript --out-dir "$dir/$later" \
      "target/$WASM_TARGET/release/$later.wasm" || return 1
    wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$dir/$later/${later}_bg.wasm" -o "$dir/$later/${later}_bg.wasm" || return 1
    # A module's own stylesheet, when it has one, comes with it (styles/<name>.css).
    if [ -f "styles/$later.css" ]; then
      esbuild "styles/$later.css" --minify --log-level=warning --outfile="$dir/$later/$later.css" || return 1
    fi
  done
  # The entry of open.html, the page a Cadre link opens (scripts/csp writes the page).
  esbuild static/open.js --minify --log-level=warning --outfile="$dir/agreement/open.js" || return 1
  # The PDF's fonts and their licence, fetched by the writers module at the first PDF.
  mkdir -p "$dir/writers/fonts"
  cp fonts/CadreSans-Regular.ttf fonts/CadreSans-Bold.ttf fonts/CadreSans-Italic.ttf fonts/OFL.txt \
    "$dir/writers/fonts/" || return 1
  # The Content-Security-Policy with the hash of Trunk's inline loader ($dir/csp.txt,
  # $dir/_headers, a <meta> in $dir/index.html) and the service worker $dir/sw.js.
  log "scripts/csp (Content-Security-Policy, service worker)"
  node scripts/csp "$dir" || return 1
  esbuild "$dir/sw.js" --minify --log-level=warning --allow-overwrite --outfile="$dir/sw.js" || return 1
}

# True when DIR (default dist/) exists and nothing it is built from is newer.
dist_is_fresh() {
  local dir="${1:-dist}"
  [ -f "$dir/index.html" ] || return 1
  local newer
  newer="$(find src styles static fonts scripts/csp index.html Cargo.toml Cargo.lock Trunk.toml \
    -newer "$dir/index.html" -print -quit 2>/dev/null || true)"
  [ -z "$newer" ]
}
