#!/usr/bin/env bash
# Installs what ipindex needs from Debian's packages when it is missing (run as root, or with sudo).
# Java and Maven build everything else (Maven resolves the Java libraries from Maven Central).
set -euo pipefail
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)

if [ ${#need[@]} -gt 0 ]; then
  echo "ipindex setup: installing ${need[*]} …" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >&2
elif [ $quiet -eq 0 ]; then
  echo "ipindex setup: everything needed is installed." >&2
fi
