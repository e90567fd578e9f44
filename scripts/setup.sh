#!/usr/bin/env bash
# Installs what ipindex needs from Debian's packages when it is missing (run as root, or with sudo).
# Java and Maven build everything else (Maven resolves the Java libraries from Maven Central).
set -euo pipefail
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
# the report: a Chinese font for PDF and charts (WenQuanYi Micro Hei, Apache-2.0 option), pdftoppm to look at pages
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# the dashboard's browser tests: Debian's Chromium and its driver (no browser download by a test tool)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)

if [ ${#need[@]} -gt 0 ]; then
  echo "ipindex setup: installing ${need[*]} …" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >&2
elif [ $quiet -eq 0 ]; then
  echo "ipindex setup: everything needed is installed." >&2
fi
