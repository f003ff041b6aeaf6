#!/bin/sh
# Renders an html report of srb to a PNG with headless Chromium, to look at it
# (charts legible, nothing cut) and for the README's picture.
#
#   scripts/render-html.sh report.html [out.png] [width] [height]
#
# Installs Debian's chromium if it is missing (needs root). The page holds no
# external reference, so the render needs no network.
set -eu
input=${1:?usage: scripts/render-html.sh FILE.html [OUT.png] [WIDTH] [HEIGHT]}
output=${2:-${input%.html}.png}
width=${3:-1400}
height=${4:-1000}

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update && apt-get install -y chromium
fi

case $input in /*) path=$input ;; *) path=$(pwd)/$input ;; esac
case $output in /*) target=$output ;; *) target=$(pwd)/$output ;; esac
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$target" --window-size="$width,$height" "file://$path" 2>/dev/null
echo "$target"
