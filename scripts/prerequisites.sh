#!/usr/bin/env bash
# Installs what building and testing Kubarium needs on a Debian-like machine, when it is missing:
# the ncurses development files (the dashboard links ncursesw) and tmux (the end-to-end terminal tests).
set -euo pipefail

missing=()
if [ ! -e /usr/include/ncursesw/curses.h ] && [ ! -e /usr/include/ncurses.h ]; then
  missing+=(libncurses-dev)
fi
if ! command -v tmux >/dev/null 2>&1; then
  missing+=(tmux)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "Swift 6 is required: https://www.swift.org/install/" >&2
  exit 1
fi
