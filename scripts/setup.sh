#!/usr/bin/env bash
# Installs everything moodle-capacity needs on a fresh Debian machine, idempotently:
# system packages (node-canvas build deps, poppler), npm packages, k6 (PATH or built with Go), moto.
# Each step says what it does and skips itself when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf '\n==> %s\n' "$*"; }

# 1. System packages: cairo/pango/jpeg/gif/rsvg for node-canvas, poppler for checking PDFs, venv for moto.
apt_pkgs=(build-essential pkg-config python3-venv libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev poppler-utils fonts-dejavu-core)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "system packages present"
fi

# 2. npm packages. canvas compiles against the system cairo; node's headers come from /usr/include/node.
if [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || ! node -e "require('canvas')" 2>/dev/null; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  say "npm packages present"
fi

# 3. k6: PATH if new enough, else .tools/bin/k6, else build the pinned release with Go.
say "k6"
node bin/moodle-capacity.mjs k6

# 4. moto's server (a real CloudWatch-compatible API) in a project venv.
moto_version=5.2.5
venv=.tools/moto-venv
if [ ! -x "$venv/bin/moto_server" ] || ! "$venv/bin/python" -c "import moto,sys; sys.exit(0 if moto.__version__=='$moto_version' else 1)" 2>/dev/null; then
  say "installing moto[server]==$moto_version into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "moto[server]==$moto_version"
else
  say "moto $moto_version present"
fi

say "setup done ($root)"
