#!/usr/bin/env bash
# Installs the system packages NewsGraph needs, only when something is missing:
# libgraphviz-dev (cgraph + gvc, pkg-config libgvc), libxml2-dev and zlib1g-dev (web pages, feeds, WARC),
# the graphviz plugins config, a CJK fallback font, and chromium (headless, for the report tests).
set -euo pipefail
need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
dpkg -s graphviz >/dev/null 2>&1 || need+=(graphviz)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
dpkg -s fonts-droid-fallback >/dev/null 2>&1 || need+=(fonts-droid-fallback)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
# Headless Chromium loads the HTML report in the tests (they skip without it).
dpkg -s chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing: ${need[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Without the plugin config gvc loads no layouts ("Layout type: dot not recognized").
if ! ls /usr/lib/*/graphviz/config6* >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO dot -c
fi
