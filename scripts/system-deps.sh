#!/usr/bin/env bash
# Debian packages the portal and its tests use; installs only what is missing.
# chromium: browser tests (Playwright drives Debian's build, never a downloaded one);
# antiword/catdoc: old Word 97 .doc text; ocrmypdf + tesseract-ocr-vie: OCR of scans;
# fonts-dejavu-core: the OCR test renders a Vietnamese scan with it.
set -euo pipefail
packages=(chromium antiword catdoc ocrmypdf tesseract-ocr-vie fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Thiếu gói Debian: ${missing[*]}. Chạy với quyền root: sudo $0" >&2
  exit 1
fi
echo "Cài gói Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
