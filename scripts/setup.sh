#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian 12 machine (root) or an already prepared one.
# Installs the system packages the build needs, then the npm dependencies, then the PDF fonts.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  chromium            # PDFs and browser tests, driven by puppeteer-core (never a downloaded browser)
  poppler-utils       # pdffonts / pdftotext / pdftoppm for PDF inspection
  fonts-noto-cjk      # 黑体 / 宋体 fallbacks
  fonts-noto-cjk-extra # Noto Serif CJK SC Black: 小标宋 substitute
  fonts-lxgw-wenkai   # full-coverage TrueType fallback for rare place-name characters; 楷体
  texlive-lang-chinese # Fandol 仿宋/楷/宋/黑 (CFF; converted to TrueType by scripts/fonts)
  python3-fonttools   # CFF → TrueType conversion of the fonts above
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# `npm ci` fails on registry mirrors that lack other platforms' optional binaries
# (e.g. @pagefind/darwin-arm64); `npm install` honours the committed lockfile and skips them.
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm install"
  npm install --no-audit --no-fund --loglevel=error
fi

if [ -f scripts/fonts/prepare.sh ]; then
  bash scripts/fonts/prepare.sh
fi
echo "[setup] ok"
